"""Acts named by a class of verbs and their object: giving back, stopping or reducing, yielding, leaving
ground, readiness (arriving and carrying somewhere: :mod:`truce.news.journeys`).

Rules over whole classes of verbs (``handovers``, ``reductions``, ``cancellations`` in ``additions.yaml``)
and of objects (people held, armed forces, their weapons and bases, fighting), which rewording moves
between: *transferred / returned / handed back the hostages* release them (CAMEO 084); *stopped / halted /
scaled back military activity* de-escalates (087); *called off / cancelled the visit* reduces relations
(16); forces told to *get ready* raise their alert (152, in :mod:`truce.news.coder`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.delegations import TEAMS, delegations_parted
from truce.news.journeys import reached_place
from truce.news.lexicon import FORCE, Lexicon, plover_type
from truce.news.votes import vote_cast

if TYPE_CHECKING:
    from spacy.tokens import Token


__all__ = ["DEMANDING", "DE_ESCALATION", "HALTS", "PERSONS", "YIELDED_POSITIONS", "accompanying",
           "attack_code", "class_code", "counted", "counting", "declared_truce", "delisted",
           "deployment_code", "handover_code", "international_body", "left_body", "published", "readiness",
           "reduction_code", "withdrawal_code", "yielded"]

# CAMEO release persons or property; de-escalate military engagement; reduce relations
_RELEASE, DE_ESCALATION, _REDUCED_RELATIONS = "084", "087", "160"
_SANCTIONS, _EASED = "163", "085"  # CAMEO impose an embargo, boycott or sanctions; ease them
_DECLARED_TRUCE = "0871"  # CAMEO declare a truce or cease-fire (de-escalation, 087)
_DECLARING = frozenset({"announce", "declare", "proclaim"})
_ORDERING = frozenset({"order", "decree"})  # a halt to one's own fighting ordered is declared
PERSONS = frozenset({"schoolgirl", "girl", "boy", "child", "woman", "man", "captive", "detainee",
                     "serviceman", "sailor", "crew", "national", "citizen", "journalist", "worker",
                     "fisherman", "pilot"})
"""Nouns for people set free or handed over, besides WordNet's hostages, prisoners and people."""
HALTS = frozenset({"halt", "end", "cessation", "suspension", "pause", "stop", "freeze", "moratorium",
                   "standstill"})
"""Nouns of a halt to something: to fighting a truce, to talks a break."""
_FIGHTING = frozenset({"operation", "hostility", "offensive", "campaign", "fighting", "bombardment"})
YIELDED_POSITIONS = frozenset({"weapon", "weapons", "arms", "base", "bases", "outpost", "positions"})
_OPERATIONS = frozenset({"activity", "operation", "action", "campaign", "presence"})  # "military activity"
_LEAVING = frozenset({"leave", "vacate", "abandon", "quit", "evacuate"})
_ATTACKED, _DROPPED = "190", "080"  # CAMEO use conventional military force; yield
DEMANDING = frozenset({"insist", "demand", "require", "press", "call"})
"""Verbs of demanding: stopped ("stopped insisting that") or backed away from, a demand is dropped."""
_STARTING = frozenset({"start", "begin", "take", "run", "last", "come"})  # "a truce starting on Monday"
_RECALLING, _RECALLED = frozenset({"recall", "withdraw", "pull", "bring", "call"}), "161"
_MOVING, _DEPLOYED = frozenset({"move", "rush", "shift", "redeploy", "ferry", "reposition"}), "154"
_PUBLISHING, _STATEMENT = frozenset({"release", "issue", "publish", "post", "air", "broadcast"}), "010"
_MEDIA = frozenset({"video", "statement", "footage", "report", "recording", "audio", "image", "photo",
                    "photograph", "document", "figure", "data", "tape", "message", "communique", "clip"})
_LISTS = frozenset({"list", "blacklist", "register", "registry"})
_BODIES = frozenset({"alliance", "bloc", "organisation", "organization"})  # not a union or a coalition
# Ground held: with the ``town`` and ``stronghold`` synonym sets, what forces occupy and leave.
_GROUND = frozenset("""corridor route axis territory zone region district province strip enclave area areas
    belt position positions base bases hill hills hilltop hilltops border frontier capital island port airport
    villages towns cities""".split())


def readiness(tok: Token) -> bool:
    """Whether a clause orders readiness ("told the army to get ready", "to prepare for an operation",
    "to stand by"): of one's own forces, a raised alert (CAMEO 152, MOBILIZE)."""
    return tok.lemma_.lower() == "prepare" or any(
        c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in ("ready", "by") for c in tok.children)


def _objects(tok: Token, lexicon: Lexicon) -> list[Token]:
    """A verb's objects, counted ("the bodies of four hostages"), also after *on* ("cut back on")."""
    return [counted(c, lexicon) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + \
        [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
         for g in c.children if g.dep_ == "pobj"]


def handover_code(tok: Token, lexicon: Lexicon) -> str | None:
    """Verbs of giving back or passing on ("transferred the hostages to the Red Cross", "handed back
    the prisoners") release the people held they hand over (CAMEO 084, RETREAT); else None."""
    lemma = tok.lemma_.lower()
    particles = [f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt"]
    if lemma not in lexicon.handovers and not any(p in lexicon.handovers for p in particles):
        return None
    held = lexicon.synsets.get("hostage", frozenset()) | PERSONS
    return _RELEASE if any(o.lemma_.lower() in held or o.lower_ in held for o in _objects(tok, lexicon)) \
        else None


def yielded(obj: Token, lexicon: Lexicon) -> str | None:
    """What yielding ``obj`` is: people held released (084), armed forces, their weapons or bases
    withdrawn or handed over (087); else None."""
    lemma, lower = obj.lemma_.lower(), obj.lower_
    held = lexicon.synsets.get("hostage", frozenset()) | lexicon.synsets.get("people", frozenset())
    if lemma in held or lower in held:
        return _RELEASE
    forces = lexicon.synsets.get("military", frozenset())
    agent = lexicon.agents.get(lower) or lexicon.agents.get(lemma) or ""
    weapons = lexicon.synsets.get("weapon", frozenset()) | YIELDED_POSITIONS
    if lower in forces or lemma in forces or agent[:3] == "MIL" or lower in lexicon.weapons or \
            lemma in weapons or lower in weapons:
        return DE_ESCALATION
    return None


def reduction_code(tok: Token, lexicon: Lexicon) -> str | None:
    """Stopping or reducing fighting, attacks or military activity ("ordered its troops to stop all military
    activity", "to scale back operations", "to stop kidnapping") de-escalates (CAMEO 087, RETREAT); calling
    off or suspending a visit, meeting or talks reduces relations (16); lifting, suspending or easing
    sanctions, an embargo, curbs or tariffs (or ending a sanctions programme) eases them (085); else None."""
    lemma = "halt" if _brought_to_halt(tok) else tok.lemma_.lower()
    particles = [f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt"]
    objects = _objects(tok, lexicon)
    easing = lexicon.easings | lexicon.cancellations | lexicon.reductions
    if (lemma in easing or any(p in easing for p in particles)) and any(
            (lexicon.light_nouns.get(w.lower_) or "")[:3] == _SANCTIONS
            for o in objects for w in (o, *(c for c in o.children if c.dep_ == "compound"))):
        return _EASED  # "lifted all sanctions on Syria", "paused its curbs on exports"
    if (lemma in lexicon.cancellations or any(p in lexicon.cancellations for p in particles)) and any(
            (lexicon.event_nouns.get(o.lower_) or "")[:2] == "04" for o in objects):
        return _REDUCED_RELATIONS
    halted = [g for o in objects for g in (*_halted(o), *(_halted(tok) if o.lemma_.lower() in HALTS else ()))]
    if lemma in _DECLARING | _ORDERING | {"call"} and any(  # "called a halt to the negotiations", as
            (lexicon.event_nouns.get(g.lower_) or "")[:2] == "04" for g in halted):  # suspending them is
        return _REDUCED_RELATIONS  # ("to" may hang on the verb)
    if lemma not in lexicon.reductions:
        return None
    forces = lexicon.synsets.get("military", frozenset())
    for act in (c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"):  # "to stop kidnapping"
        if act.lemma_.lower() in DEMANDING:
            return _DROPPED  # "had stopped insisting that Israel commit": a demand dropped (08, CONCEDE)
        mapped = next((plover_type(s.code) for s in lexicon.verbs.get(act.lemma_.lower(), ()) if s.code),
                      None)
        if mapped is not None and mapped[0] in ("ASSAULT", "COERCE"):
            return DE_ESCALATION
    for obj in objects:
        code = lexicon.light_nouns.get(obj.lower_) or lexicon.light_nouns.get(obj.lemma_.lower())
        mapped = plover_type(code) if code else None
        lemma = obj.lemma_.lower()
        military = lemma in _OPERATIONS and any(  # "military activity", "its troop presence"
            c.lower_ in forces or (lexicon.agents.get(c.lower_) or "")[:3] == "MIL"
            for c in obj.children if c.dep_ in ("amod", "compound"))
        if (mapped is not None and mapped[0] == "ASSAULT") or lemma == "hostility" or military or \
                obj.lower_ in forces or lemma in forces:
            return DE_ESCALATION
    return None


def international_body(noun: Token, lexicon: Lexicon) -> bool:
    """An international body or alliance: a name the dictionary codes IGO ("NATO", "the European Union"),
    or a noun for one ("the alliance", "the bloc")."""
    name = " ".join(t.lower_ for t in noun.subtree if t.dep_ != "det")
    entry = lexicon.actors.get(noun.lower_) or lexicon.actors.get(name)
    code = entry.codes[0][0] if entry is not None and entry.codes else ""
    return noun.lemma_.lower() in _BODIES or code[:3] in ("IGO", "NGO")


def class_code(tok: Token, lexicon: Lexicon) -> str | None:
    """The code a class of verbs with its object gives, over the verb's own (the rules below, in order):
    stopping or reducing, giving back, a truce declared, ground left, forces moved, a statement released,
    a name delisted, a body left, a place reached, a negotiating team recalled, a vote cast, negotiators
    who parted; else None."""
    return reduction_code(tok, lexicon) or handover_code(tok, lexicon) or declared_truce(tok, lexicon) or \
        withdrawal_code(tok, lexicon) or deployment_code(tok, lexicon) or published(tok) or delisted(tok) or \
        left_body(tok, lexicon) or reached_place(tok, lexicon) or recalled_team(tok) or \
        vote_cast(tok, lexicon) or delegations_parted(tok)


def left_body(tok: Token, lexicon: Lexicon) -> str | None:
    """An alliance or international body left or quit ("announced they were leaving ECOWAS"): relations
    reduced (CAMEO 16, SANCTION), as "their withdrawal from ECOWAS" is; else None."""
    if tok.lemma_.lower() not in ("leave", "quit", "exit"):
        return None
    return _REDUCED_RELATIONS if any(c.dep_ == "dobj" and international_body(c, lexicon)
                                     for c in tok.children) else None


def published(tok: Token) -> str | None:
    """A video, statement or report released, issued or published ("Hamas released a video showing a
    hostage"): a public statement (CAMEO 010, which PLOVER does not code), not a release of people."""
    if tok.lemma_.lower() not in _PUBLISHING:
        return None
    return _STATEMENT if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MEDIA
                             for c in tok.children) else None


def delisted(tok: Token) -> str | None:
    """A group or a state taken off a list of terrorist organisations, of state sponsors of terrorism or
    a sanctions list ("removed the TPLF from its list of terrorist organisations"): sanctions eased
    (CAMEO 085, RETREAT; a listing freezes assets), not an expulsion; else None."""
    if tok.lemma_.lower() not in ("remove", "delist", "take", "strike", "drop"):
        return None
    lists = [g for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "off")
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _LISTS]
    return _EASED if lists or tok.lemma_.lower() == "delist" else None


def recalled_team(tok: Token) -> str | None:
    """One's own negotiators, delegation or envoys recalled, pulled out or brought home ("Washington
    recalled its negotiators from Doha", "brought its negotiating team home"): relations with the talks'
    partners reduced (CAMEO 161, SANCTION), as recalling an ambassador is; else None."""
    lemma = tok.lemma_.lower()
    if lemma not in _RECALLING:
        return None
    away = lemma == "recall" or any(c.lower_ in ("home", "back", "out", "from") for c in tok.children)
    teams = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in TEAMS and
             any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)]
    return _RECALLED if away and teams else None


def deployment_code(tok: Token, lexicon: Lexicon) -> str | None:
    """Armed forces or their weapons moved, rushed or shifted somewhere ("Poland moved troops and
    equipment to its border", "India rushed troops and tanks to Ladakh"): a deployment (CAMEO 154,
    MOBILIZE); moving anything else is no event; else None."""
    if tok.lemma_.lower() not in _MOVING:
        return None
    forces = lexicon.synsets.get("military", frozenset()) | lexicon.synsets.get("weapon", frozenset())
    armed = [o for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for o in (c, *c.conjuncts)
             if o.lower_ in forces or o.lemma_.lower() in forces or o.lower_ in lexicon.weapons or
             (lexicon.agents.get(o.lower_) or "")[:3] == "MIL"]
    return _DEPLOYED if armed else None


def withdrawal_code(tok: Token, lexicon: Lexicon) -> str | None:
    """Armed forces or a named state or group leaving, vacating or abandoning ground ("Israeli soldiers
    left the villages they occupied", "Israel would not leave the corridor", "Russian troops left the
    city") withdraw (CAMEO 087, RETREAT); leaving a named city ("left Cairo", "quit the Egyptian capital")
    only travels; else None."""
    if tok.lemma_.lower() not in _LEAVING:
        return None
    forces = lexicon.synsets.get("military", frozenset())
    holders = [c for c in tok.children if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in forces or
                                                                 c.lemma_.lower() in forces)]
    ground = lexicon.synsets.get("town", frozenset()) | lexicon.synsets.get("stronghold", frozenset())
    held = [o for o in _objects(tok, lexicon) if (o.lemma_.lower() in ground | _GROUND or o.lower_ in _GROUND)
            and not (o.lemma_.lower() == "capital" and any(m.dep_ in ("amod", "poss") for m in o.children))]
    inherited = tok.dep_ in ("xcomp", "pcomp", "acl") and not any(c.dep_ == "nsubj" for c in tok.children)
    return DE_ESCALATION if held and (holders or inherited) else None  # "had no intention of leaving it"


def attack_code(noun: Token, lexicon: Lexicon) -> str | None:
    """The code of a noun that names an attack ("shelling", "fire", "attack"), else None."""
    return lexicon.light_nouns.get(noun.lower_) or \
        (_ATTACKED if noun.lower_ in lexicon.weapons or noun.lower_ == "fire" else None)


def _brought_to_halt(tok: Token) -> bool:
    """"brought the talks to a halt", "... to a standstill": halted them."""
    return tok.lemma_.lower() == "bring" and any(p.dep_ == "prep" and p.lower_ == "to" and any(
        g.lemma_.lower() in HALTS for g in p.children) for p in tok.children)


def _halted(noun: Token) -> list[Token]:
    """What a halt, end or suspension is of ("a halt to the talks", "an end of air strikes"); of a verb
    whose object is a halt, what its own "to" phrase names."""
    if noun.lemma_.lower() not in HALTS and noun.pos_ != "VERB":
        return []
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("to", "of", "in", "on")
            for g in p.children if g.dep_ == "pobj"]


def _halt_to_fighting(noun: Token, lexicon: Lexicon) -> bool:
    """A halt, end or suspension of fighting: of attacks, strikes, an offensive or military operations."""
    return any((attack_code(g, lexicon) or "")[:2] in FORCE or g.lemma_.lower() in _FIGHTING
               for g in _halted(noun))


def declared_truce(tok: Token, lexicon: Lexicon) -> str | None:
    """A truce or cease-fire announced or declared by one party ("Myanmar's junta announced a temporary
    cease-fire", "a truce was declared by the Syrian presidency") is its own halt (CAMEO 0871, declare
    a truce, RETREAT), not an agreement; one between parties or announced by several is one (057).  So
    is a halt, end or suspension of fighting announced or ordered ("ordered a halt to military
    operations in Georgia", "announced an end to air strikes")."""
    if tok.lemma_.lower() not in _DECLARING | _ORDERING:
        return None
    truces = lexicon.synsets.get("ceasefire", frozenset()) - {"fire"}
    doc = tok.doc
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    halts = [c for c in objects if tok.lemma_.lower() in _DECLARING and (c.lower_ in truces or (
        c.lower_ == "fire" and c.i > 1 and doc[c.i - 1].text == "-" and doc[c.i - 2].lower_ == "cease"))]
    halts += [c for c in objects if _halt_to_fighting(c, lexicon)]
    parties = [c for c in tok.children if c.dep_ == "nsubj" and (c.conjuncts or any(
        g.dep_ == "cc" for g in c.children))]
    agreed = any((g.dep_ in ("acl", "relcl") and g.lemma_.lower() not in _STARTING) or
                 (g.dep_ == "prep" and g.lower_ in ("between", "with")) for h in halts for g in h.children)
    return _DECLARED_TRUCE if halts and not parties and not agreed else None


def counted(token: Token, lexicon: Lexicon) -> Token:
    """"dozens of rockets", "a series of strikes", "$2 billion in aid": the counted noun."""
    return counting(token, lexicon)[-1]


def counting(token: Token, lexicon: Lexicon, roles: tuple[str, ...] = ("dobj", "nsubjpass")) -> list[Token]:
    """The nouns from a count to what it counts ("a barrage of hundreds of rockets": barrage, hundreds,
    rockets), the counted noun last; a count counts only in ``roles`` (an object, by default)."""
    chain = [token]
    for _ in range(2):  # "a barrage of hundreds of rockets": the rockets
        if token.dep_ in roles and (token.like_num or token.lemma_.lower() in lexicon.quantities or
                                    token.lower_ in lexicon.quantities):  # a form the lemmatiser misses
            token = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                          for g in c.children if g.dep_ == "pobj"), token)
            chain = [t for t in chain if t.i != token.i] + [token]
            roles = ("pobj",)
    return chain


def accompanying(*tokens: Token) -> list[Token]:
    """The nouns joined to the words' objects by *along with* or *together with* ("fired rockets along with
    drones at Israel": the drones, where the parser hangs what they are aimed at), a coordination told by
    a preposition (Huddleston & Pullum 2002, ch. 15)."""
    return [o for t in tokens for p in t.children if p.lower_ in ("along", "together") for w in p.children
            if w.lower_ == "with" for o in w.children if o.dep_ == "pobj"]
