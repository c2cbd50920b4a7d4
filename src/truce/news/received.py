"""Acts told from the side of the one they are done to: the subject is the target, and the giver of the
act, named in a phrase of its own, is the source (the *received* events of :mod:`truce.news.coder`).

- *came under fire from Hamas*, *under attack by Israel*, *came under a barrage of rockets launched by
  Hezbollah*, *was targeted with rockets launched by Hezbollah*: an attack received (CAMEO 190), by the
  owner of the attack or of its weapons;
- *the town fell to the rebels*: a place taken by force (192);
- *Blinken was the guest of Sisi*: a visit hosted (043), by the host (and *Sisi received Blinken*, told
  from the host's side: :func:`hosted`);
- *three fighters died at the hands of Israeli soldiers*: killed (190), by those at whose hands;
- *Deif was killed in Israel's strike*, *died in the strike it carried out*: killed (190), by the owner
  of the attack.

The last three name the agent by a phrase other than the passive's *by* (on such agentive phrases and
passive-like constructions: Quirk et al. 1985, *A Comprehensive Grammar of the English Language*;
Huddleston & Pullum 2002, ch. 16).  Each function returns the act's CAMEO code and the index of its giver's
token, else None.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from truce.news.acts import attack_code, counted, counting
from truce.news.votes import adopted_by_vote

if TYPE_CHECKING:
    from spacy.tokens import Token

    from truce.news.lexicon import Lexicon

__all__ = ["act_received", "causes", "died", "hosted", "received_code"]

_ATTACKED, _OCCUPIED, _HOSTED = "190", "192", "043"  # CAMEO use force, occupy territory, host a visit
_FROM_BY = frozenset({"from", "by"})  # who an attack received is by
_ARMED = frozenset({"MIL", "REB", "UAF", "INS"})  # agent codes of armed forces and groups
_DEATHS = frozenset({"die", "perish"})  # a death told, with no killer as subject
_DYING = _DEATHS | {"kill", "slay", "murder"}
_APPEAL = "020"  # an appeal (CAMEO 02)
_HANDED = frozenset({"give", "hand", "send", "pass"})  # "were handed the reply of Hamas": Hamas replied
_TALKING = frozenset({"discuss", "talk", "review", "consult", "coordinate", "brief"})  # what a call is about
_NAMING = frozenset({"amod", "compound", "poss"})  # modifiers that name whose forces a noun is
_WELCOMING = frozenset({"welcome", "host"})  # with a visitor as object: hosting the visit (043)
_SAID_FROM = frozenset({"05", "10", "11", "12", "13"})  # what "came from" someone: support, demands, blame,
# rejections, warnings


def act_received(tok: Token, lexicon: Lexicon, found: Container[int]) -> tuple[str, int] | None:
    """The act verb ``tok`` tells as received, with its giver (the rules of this module), else None."""
    return under_fire(tok, lexicon, found) or fell_to(tok, lexicon, found) or guest_of(tok, found) or \
        at_hands_of(tok, found) or killed_in(tok, lexicon, found) or struck_with(tok, lexicon)


def under_fire(tok: Token, lexicon: Lexicon, found: Container[int]) -> tuple[str, int] | None:
    """"came under Azerbaijani shelling", "came under fire from Hamas", "under attack by Israel", "came
    under a barrage of rockets launched by Hezbollah", and the copula of "was the target of an Israeli
    strike": an attack received, done by its owner (its modifier, *from* or *by*, or the agent of the
    weapons launched), on the subject: (code, giver).  The parser may take the owner for the object of
    *under* and the attack for a clause of its own ("came under Russian shelling": *shelling* a
    participle); the owner is then that object."""
    target = tok.lemma_.lower() == "be" and any(c.dep_ == "attr" and c.lemma_ == "target"
                                                for c in tok.children)
    if tok.lemma_.lower() != "come" and not target:
        return None
    heads = [a for a in tok.children if a.dep_ == "attr"] if target else [tok]
    for noun in (g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == ("of" if target else
                 "under") for g in c.children if g.dep_ == "pobj"):
        givers = []
        if noun.i in found and noun.i + 1 < len(tok.doc) and attack_code(tok.doc[noun.i + 1], lexicon):
            noun, givers = tok.doc[noun.i + 1], [noun]
        chain = counting(noun, lexicon, ("pobj",))  # "a barrage of hundreds of rockets": the rockets
        code = attack_code(chain[-1], lexicon)
        givers += [m for counted in chain for m in counted.children if m.dep_ in _NAMING and m.i in found]
        givers += _launchers(chain)
        givers += [g for h in (*chain, tok) for p in h.children if p.dep_ == "prep" and p.lower_ in _FROM_BY
                   for g in p.children if g.dep_ == "pobj"]
        if code is not None and givers:
            return code, givers[0].i
    return None


def struck_with(tok: Token, lexicon: Lexicon) -> tuple[str, int] | None:
    """"Israel was targeted with hundreds of rockets launched by Hezbollah": an attack received, told in
    the passive without an agent, by whoever launched the weapons it was made with: (code, giver)."""
    senses = lexicon.verbs.get(tok.lemma_.lower(), ())[:2]
    if not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children) or \
            not any((s.code or "")[:2] in ("18", "19", "20") for s in senses):
        return None
    launchers = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for n in p.children
                 if n.dep_ == "pobj" for g in _launchers(counting(n, lexicon, ("pobj",)))]
    return (_ATTACKED, launchers[0].i) if launchers else None


def _launchers(chain: list[Token]) -> list[Token]:
    """Who launched the weapons of a counted chain: the agent of a participle on one ("rockets launched
    by Hezbollah")."""
    return [g for counted in chain for launched in counted.children if launched.dep_ == "acl"
            for p in launched.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]


def fell_to(tok: Token, lexicon: Lexicon, found: Container[int]) -> tuple[str, int] | None:
    """"The town fell to the rebels", "Kidal fell to Malian troops": a place taken by force (CAMEO
    192, as "captured the town"), by the actor it fell to: (code, index of that actor)."""
    if tok.lemma_.lower() != "fall":
        return None
    for taker in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj"):
        agent = lexicon.agents.get(taker.lower_) or lexicon.agents.get(taker.lemma_.lower()) or ""
        if taker.i in found or agent[:3] in _ARMED:
            return _OCCUPIED, taker.i
    return None


def guest_of(tok: Token, found: Container[int]) -> tuple[str, int] | None:
    """"Blinken was the guest of Egypt's president, al-Sisi": the host received the visitor (CAMEO 043,
    as "Sisi hosted Blinken"), by the actor named after *of*: (code, index of the host)."""
    if tok.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    hosts = [k for a in tok.children if a.dep_ == "attr" and a.lemma_.lower() == "guest"
             for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj" for k in _named(g, found)]
    return (_HOSTED, hosts[0]) if hosts else None


def at_hands_of(tok: Token, found: Container[int]) -> tuple[str, int] | None:
    """"Three Hamas fighters died at the hands of Israeli soldiers", "were killed at the hands of the
    militia": killed (CAMEO 190) by those at whose hands: (code, index of the killer)."""
    if tok.lemma_.lower() not in _DYING:
        return None
    killers = [k for p in tok.children if p.dep_ == "prep" and p.lower_ == "at" for h in p.children
               if h.dep_ == "pobj" and h.lower_ == "hands" for o in h.children if o.dep_ == "prep" and
               o.lower_ == "of" for g in o.children if g.dep_ == "pobj" for k in _named(g, found)]
    return (_ATTACKED, killers[0]) if killers else None


def killed_in(tok: Token, lexicon: Lexicon, found: Container[int]) -> tuple[str, int] | None:
    """"Mohammed Deif was killed in Israel's strike", "died in its strike", "was killed in the strike it
    carried out": killed (CAMEO 190) by the one whose attack it was, the attack's owner or the subject of
    the clause that tells it was carried out: (code, index of the killer)."""
    if tok.lemma_.lower() not in _DYING or any(c.dep_ == "dobj" for c in tok.children):
        return None  # "it killed Deif in the strike": the killer is the subject, as the active tells
    for attack in (g for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                   if g.dep_ == "pobj" and attack_code(g, lexicon)):
        owners = [m.i for m in attack.children if m.dep_ == "poss" and (m.tag_ == "PRP$" or m.i in found)]
        owners = owners or [s.i for c in attack.children if c.dep_ == "relcl" for s in c.children
                            if s.dep_ == "nsubj" and (s.i in found or s.tag_ == "PRP")]  # "the strike it did"
        if owners:
            return _ATTACKED, owners[0]
    return None


def died(verb: Token) -> bool:
    """Whether a verb tells a death: "died", "perished", "lost their lives" (CAMEO codes "died in
    clashes" as fighting, 190; the dead are its victims, not its source)."""
    lemma = verb.lemma_.lower()
    return lemma in _DEATHS or (lemma == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children))


def _named(noun: Token, found: Container[int]) -> list[int]:
    """The index of the actor mention a noun makes, or its apposition's ("Egypt's president, al-Sisi"), or
    the noun's when a modifier names whose it is ("Israeli soldiers": the armed forces; "its troops")."""
    own = [k.i for k in (noun, *(c for c in noun.children if c.dep_ == "appos")) if k.i in found]
    return own or [noun.i for k in noun.children
                   if k.dep_ in _NAMING and (k.i in found or k.tag_ == "PRP$")][:1]


def received_code(tok: Token, lexicon: Lexicon) -> tuple[str, int] | None:
    """An event received ("got a phone call from Macron", "won the backing of Hamas", "were given the
    response of Hamas", "met with rejection from Egypt") or come from someone ("a warning came from
    Sisi"): the event noun's code and the token of its giver, who is the source; the receiver is the
    target."""
    causing = causes(tok, lexicon)
    given = tok.lemma_.lower() in _HANDED and any(c.dep_ == "auxpass" for c in tok.children)  # "were given"
    came = tok.lemma_.lower() == "come"  # "condemnation of the vote came from the Forum": the Forum's
    met = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
           if g.dep_ == "pobj"] if tok.lemma_.lower() == "meet" else []  # "met with rejection from Egypt"
    if tok.lemma_.lower() not in lexicon.receiving and not causing and not given and not came and not met:
        return None
    for noun in met or (c for c in tok.children if c.dep_ == ("nsubj" if came else "dobj")):
        code = lexicon.light_nouns.get(noun.lower_) or lexicon.event_nouns.get(noun.lower_) or \
            lexicon.light_nouns.get(noun.lemma_.lower())
        code = _APPEAL if _appeal_call(noun, tok) else code
        givers = [g for h in ((tok,) if came else (noun, tok)) for p in h.children  # a noun's *of* is its
                  if p.dep_ == "prep" and p.lower_ in ("from", "of", "by")  # topic when it "came from"
                  for g in p.children if g.dep_ == "pobj"]
        if causing or met:  # "drew Egypt's condemnation", "met with Gallant's opposition"
            givers += [c for c in noun.children if c.dep_ == "poss"]
        if code is not None and givers and not (came and code[:2] not in _SAID_FROM):
            return adopted_by_vote(code, givers[0]), givers[0].i  # "the attack came from the north": from
            # where; "the proposal came from Israel": whose it is, no act told
    return None


def _appeal_call(noun: Token, verb: Token) -> bool:
    """A call for something or to do something ("calls for a truce", "faces calls from the families to
    sign the deal", the infinitive of plural calls maybe hung on the verb): an appeal (CAMEO 020), not
    a telephone call and what it was to talk about ("got a call from Biden to discuss the war")."""
    hung = (*noun.children, *(verb.children if noun.lower_ == "calls" else ()))
    return noun.lemma_.lower() == "call" and any((c.dep_ == "prep" and c.lower_ == "for") or (
        c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.i > noun.i and
        c.lemma_.lower() not in _TALKING and any(a.lower_ == "to" for a in c.children)) for c in hung)


def causes(tok: Token, lexicon: Lexicon) -> bool:
    """A verb of causing or drawing a reaction ("sparked protests", "set off protests", "drew
    condemnation"; ``causes`` of ``additions.yaml``)."""
    lemma = tok.lemma_.lower()
    return lemma in lexicon.causes or any(
        f"{lemma} {c.lower_}" in lexicon.causes for c in tok.children if c.dep_ == "prt")


def hosted(tok: Token, lexicon: Lexicon) -> str | None:
    """A verb of receiving or welcoming whose object is a visitor ("received Blinken", "received a
    delegation", "a group of Hamas officials", "welcomed Kishida at the White House"): hosting a visit
    (CAMEO 043).  Told in the passive ("Blinken was received by Sisi") it is the same act, the host's,
    as the active tells it.  None when the verb hosts no one."""
    admitted = any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)  # "welcomed X as a member"
    lemma = tok.lemma_.lower()
    visitors = [v for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                for v in (_holder(counted(c, lexicon)),)
                if v.pos_ == "PROPN" or (lexicon.agents.get(v.lower_) or "")[:3] in ("GOV", "LEG")]
    if lemma == "welcome":  # a person welcomed, not a body ("welcomed the African Union at their summit")
        visitors = [c for c in visitors if c.pos_ == "PROPN" and not any(d.dep_ == "det" for d in c.children)]
    if lemma not in lexicon.receiving | _WELCOMING or admitted or not visitors:
        return None
    return _HOSTED


def _holder(noun: Token) -> Token:
    """The name in apposition to a title ("the secretary of state, Antony Blinken"), else the noun."""
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), noun)
