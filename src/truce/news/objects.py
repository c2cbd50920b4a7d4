"""A verb's code made specific by its object, after CAMEO's own sub-codes and the annotation rules.

A verb's CAMEO code is often generic: *disapprove* (110), *yield* (080), *provide* (06), *mediate*
(045).  Its object tells which act it is: to disapprove of or block a proposal is to reject it (12),
to yield people held is to release them (084), to send troops is to deploy them (154), to send relief
is aid (073), to sign a decree is no agreement, to join an alliance is no meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.acts import DEMANDING, PERSONS, YIELDED_POSITIONS, counted, international_body
from truce.news.journeys import ARRIVING
from truce.news.lexicon import CONSULTED, FORCE, OWNING_PRONOUNS, Lexicon
from truce.news.mentions import ActorRef
from truce.news.orders import DIPLOMATS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from truce.news.arguments import SentenceActors

__all__ = ["KEPT_IN_PLACE", "STAYING", "kept_in_place", "object_specific", "state_of"]

KEPT_IN_PLACE = "1246"  # CAMEO refuse to de-escalate military engagement (PLOVER REJECT)
STAYING = frozenset({"stay", "remain", "keep", "maintain"})
_PLACES = frozenset({"in", "on", "along", "at", "inside", "within"})
_PROMISING = frozenset({"will", "would", "'ll", "shall", "must"})
_STATES = frozenset({"contact", "touch", "power", "office", "favour", "favor", "charge", "force", "place"})
_PROPOSED = "045"  # CAMEO mediate (a proposal put forward, in the annotation rules)
_DENIED = "016"  # CAMEO deny responsibility (a statement, which PLOVER does not code)
_PESSIMISM, _WARNED = "012", "130"  # CAMEO make a pessimistic comment (no event); warn (THREATEN)
_DENYING = frozenset({"deny", "dismiss", "reject", "rebuff", "refute"})
# Verbs of refusal that share a block of CAMEO's dictionary with "deny": the block's "deny" patterns
# (016, "denied any presence") are statements of denial, while refusing something is a rejection
_REFUSING = frozenset({"reject", "refuse", "rebuff", "spurn", "decline"})
_DISPUTING = frozenset({"dispute", "contest"})  # CAMEO's disapproval (110); of a that-clause, a denial
_CLAIMS = frozenset({"report", "allegation", "accusation", "charge", "claim", "assertion", "remark",
                     "statement", "suggestion", "speculation", "rumour", "rumor"})
# One's part in an act: denying it rejects the charge of it as denying the charge does ("denied any
# involvement", "denied responsibility for the attack")
_PART = frozenset({"involvement", "role", "responsibility", "part", "complicity", "link", "links"})
_MISSIONS = frozenset({"mission", "monitor", "observer"})  # civilians posted abroad (an EU border mission)
_ARMED_MISSIONS = frozenset({"military", "peacekeeping", "naval", "armed", "combat"})
_UNITS = frozenset({"group", "unit", "column", "force", "squadron", "flotilla", "detachment", "contingent"})
_DEPLOYING = frozenset({"order", "send", "dispatch", "deploy", "rush"})  # armed units sent somewhere
_HEADING = frozenset({"lead", "head"})  # CAMEO's 060 (cooperation); "led by X" says who heads a group
_BLOCKING = frozenset({"block", "torpedo", "stall"})  # with a text or a decision as object: a veto
_RELATIONS_CUT = "161"  # CAMEO reduce or break diplomatic relations
_DECREES = {"order": "010", "decree": "010", "directive": "010", "proclamation": "010", "law": "010",
            "bill": "010", "application": "020"}  # a statement (not coded); an appeal (REQUEST)
# Verbs of setting free or handing over (the people they set free: acts.PERSONS, WordNet's hostages,
# prisoners and people, and the dictionary's agent nouns)
_FREEING = frozenset({"free", "release", "hand", "return", "repatriate", "swap", "exchange"})
_TRAVEL = frozenset({"fly", "sail"})  # CAMEO files them with shows of force (15) by their patterns
_ADOPTING = frozenset({"ratify", "endorse", "approve", "adopt", "settle"})  # texts accepted (AGREE)
_HANDING = frozenset({"hand", "give", "deliver", "submit", "pass", "convey", "send", "transmit"})
_REPLIES = frozenset({"response", "reply", "answer", "counterproposal", "counteroffer"})
_SENDING = frozenset({"send", "dispatch", "launch", "fire", "fly"})
_OFFERING, _INTENT = frozenset({"propose", "suggest"}), "030"  # CAMEO express intent to cooperate
_DRAWDOWNS = frozenset({"drawdown", "reduction", "cut", "withdrawal", "pullback", "pullout"})  # of forces
_FORCES = frozenset({"force", "troop", "soldier", "presence", "deployment"})
_UNOWNED = frozenset({"military", "armed"})  # "a reduction of military forces" names no owner
_HOPES = frozenset({"hope", "chance", "prospect", "trust", "confidence", "momentum", "optimism"})
_TEXT_SETS = ("treaty", "ceasefire")  # PETRARCH synonym sets of agreements
_PLANS = frozenset({"deal", "plan", "text", "framework", "map", "maps", "draft", "roadmap", "proposal"})
_RELIEF = frozenset({"rescue", "relief", "medical", "aid", "humanitarian", "emergency"})
_BRIEFED, _KILLED, _KILLING_IDIOMS = "040", "186", frozenset({"eliminate", "take"})  # "took out a chief"
_AT = frozenset({"against", "at", "toward", "towards"})  # where weapons are sent: fired at
_PRAISED, _ACKNOWLEDGING = "051", frozenset({"recognise", "recognize", "acknowledge", "appreciate"})
_RANKING = frozenset({"above", "than"})  # "valued X above Y", "more highly than Y" (not "over": sovereignty)


def _object(verb: Token, lexicon: Lexicon) -> Token | None:
    """The verb's object (what is counted, for "two days of talks"); for a relative pronoun, the noun
    it stands for ("the maps, which Burns examined")."""
    obj = next((counted(c, lexicon) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        obj = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)  # "were presented to X
        # and later examined by Y": the maps
    return verb.head if obj is not None and obj.tag_ == "WDT" and verb.dep_ == "relcl" else obj


def object_specific(tok: Token, code: str, lexicon: Lexicon) -> str:
    """A generic code made specific by the verb's object, after CAMEO's own sub-codes: to disapprove
    of (110) or block a proposal, plan, offer, demand or aid is to reject it (12), as is to deny or
    dismiss a claim (CAMEO's 016 is a statement); to yield (080) people held or armed forces is to
    release them (084) or withdraw them (087), which PLOVER calls RETREAT; to send or provide (06)
    troops is a deployment (154), PLOVER's MOBILIZE; to propose doing something oneself is an offer
    (030); to examine a text is to read it, no investigation (09); see also :func:`_refused_or_dropped`."""
    obj = _object(tok, lexicon)
    moved = _movement(tok, obj, code, lexicon)
    if moved is not None:
        return moved
    relief = obj is not None and any(c.lower_ in _RELIEF for c in obj.subtree if c.i < obj.i)
    goods = obj is not None and any((lexicon.light_nouns.get(w.lower_) or "")[:2] == "07"
                                    for w in (obj, *obj.conjuncts))  # "flew tents and food to Pakistan"
    if (relief and code in ("036", "042")) or ((relief or goods) and (code[:2] in ("04", "06") or
                                                                      tok.lemma_.lower() in _TRAVEL)):
        return "073"  # rescue teams or relief goods sent are humanitarian aid, not a visit or cooperation
    refused_or_dropped = _refused_or_dropped(tok, obj, code, lexicon)
    if refused_or_dropped is not None:
        return refused_or_dropped
    if code[:2] == "02" and tok.lemma_.lower() in _OFFERING and obj is None and any(c.dep_ == "xcomp" and (
            c.tag_ == "VBG" or any(a.lower_ == "to" for a in c.children)) for c in tok.children):
        return _INTENT  # "proposed reducing its forces", "proposed to shield Netanyahu in the Knesset": an
        # offer of one's own act (03, AGREE), no appeal
    if obj is not None and code == _PROPOSED and _own_drawdown(obj, lexicon):
        return _INTENT  # "put forward a drawdown of its forces", "a plan to thin out its forces": an offer
        # of one's own concession (03, AGREE), as "offered to thin out its forces" is
    if obj is not None and code[:2] == "09" and (obj.lemma_.lower() in lexicon.proposals or obj.lower_ in
                                                 lexicon.proposals):
        return "010"  # "the maps were examined by Burns": a text studied, no investigation of anyone (09)
    if obj is not None and code[:2] in FORCE and obj.lemma_.lower() in _HOPES:
        return "010"  # "killed any hope for the talks", "destroyed the chances of a deal": a figure of speech
    specific = _seen(tok, obj) or _by_verb(tok, obj, lexicon) or _by_class(tok, obj, code, lexicon) or \
        _civilians_posted(obj, code, lexicon) or _no_praise(tok, obj, code)
    if specific is not None:
        return specific
    if obj is None or not (code in ("110", "08", "080") or code.startswith(("06", "07"))):
        return code
    lemma, lower = obj.lemma_.lower(), obj.lower_
    agent = lexicon.agents.get(lower) or lexicon.agents.get(lemma) or ""
    armed = _armed_units(obj, lexicon)
    if code.startswith(("06", "07")):  # sending or deploying troops is a force posture (154), not
        # cooperation or aid; sending a delegation, negotiators or officials is a visit (042; rule 5),
        # sending rescue, relief or medical teams is aid
        return "154" if armed else "042" if agent[:3] == "GOV" and not relief else code
    if code == "110":
        return "120" if lemma in lexicon.proposals or lower in lexicon.proposals else code
    held = lexicon.synsets.get("hostage", frozenset()) | lexicon.synsets.get("people", frozenset())
    if lemma in held or lower in held:
        return "084"
    weapons = lexicon.synsets.get("weapon", frozenset()) | YIELDED_POSITIONS
    if armed or lower in lexicon.weapons or lemma in weapons or lower in weapons:
        return "087"  # armed forces, their weapons or their bases handed over: a military retreat
    person = obj.pos_ == "PROPN" or lemma in PERSONS or lower in lexicon.agents
    if tok.lemma_.lower() in _FREEING and person:
        return "084"  # "freed 82 of the schoolgirls", "handed over Sergeant Bergdahl": people released
    # letting people or goods into a place is allowing access (086), e.g. aid into a closed area
    return "0863" if any(c.dep_ == "prep" and c.lower_ in ("into", "through")
                         for c in (*tok.children, *obj.children)) else code


def _by_class(tok: Token, obj: Token | None, code: str, lexicon: Lexicon) -> str | None:
    """Codes a class of verbs takes over CAMEO's pattern, by their object, subject or the pattern's code."""
    if tok.lemma_.lower() == "oppose" and code[:2] != "12":
        return "120"  # opposing rejects; CAMEO files "oppose" in the block of complaints, whose default code
        # (114) is COMPLAIN's, and some of whose patterns match it too
    if code == _BRIEFED and tok.lemma_.lower() == "fill" and not any(c.lower_ == "in" and not any(
            g.dep_ == "pobj" for g in c.children) for c in tok.children):  # the particle, not a preposition
        return "010"  # "filled the streets ... in a march": no one filled in (briefed)
    if code == _KILLED and tok.lemma_.lower() in _KILLING_IDIOMS and (obj is None or not (
            obj.pos_ == "PROPN" or obj.lemma_.lower() in PERSONS or obj.lower_ in lexicon.agents)):
        return "010"  # killing idioms kill people only: "eliminated the backlog", "took out a loan"
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is not None and code[:2] == "04" and tok.lemma_.lower() in ARRIVING and \
            _weapons(subject, lexicon) and not _armed_units(subject, lexicon):
        return "070"  # "the first tanks from Poland arrived in Ukraine": weapons delivered are aid, as
        # weapons sent are
    if obj is not None and code[:2] == "05" and _own_agreement(tok, obj, lexicon):
        return "057"  # "endorsed a truce with Hezbollah": a party approving its own deal agrees to it
    claim = obj is not None and (obj.lemma_.lower() in _CLAIMS or obj.lower_ in _PART)
    if code[:2] == "11" and tok.lemma_.lower() in _DISPUTING and (claim or any(c.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children)):
        return "120"  # "disputed that Israel had agreed", "disputed claims that ...": denied what the clause
        # or the claim says, as "denied that" does
    if code == _DENIED and (tok.lemma_.lower() in _REFUSING or (tok.lemma_.lower() in _DENYING and claim)):
        return "120"  # "denied the reports", "dismissed the allegations", "denied any role", "rejected any
        # presence": a rejection (CAMEO 016 is no event)
    if code == _PESSIMISM and tok.lemma_.lower() == "warn":
        return _WARNED  # "warned of the risk of a regional war": a warning, as "warned that" is (CAMEO files
        # the danger warned of, "of risk", "of catastrophe", as a pessimistic comment, which PLOVER lacks)
    if obj is not None and code == _PROPOSED and obj.lemma_.lower() in ("condition", "demand", "term"):
        return "100"  # conditions or demands set out are demands, not a proposal (045)
    return None


def _own_drawdown(obj: Token, lexicon: Lexicon) -> bool:
    """Whether a proposal is of a cut in one's own forces: a noun of drawing down ("a drawdown of forces",
    "a reduction of its forces") or a plan to reduce them ("a plan to thin out their forces"), the forces
    unowned or the proposer's own."""
    acts = [c for c in obj.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lexicon.reductions
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if obj.lemma_.lower() not in _DRAWDOWNS and not acts:
        return False
    forces = [g for h in (obj, *acts) for p in h.children if p.dep_ in ("prep", "dobj")
              for g in (p, *p.children) if g.dep_ in ("pobj", "dobj") and g.lemma_.lower() in _FORCES]
    return bool(forces) and all(_own_or_unowned(f) for f in forces)


def _own_or_unowned(noun: Token) -> bool:
    """Whether a noun names no owner but its source's ("its forces", "forces", not "Israeli forces")."""
    return not any((c.dep_ == "poss" and c.lower_ not in OWNING_PRONOUNS) or (
        c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN") and c.lower_ not in _UNOWNED)
        for c in noun.children)


def _movement(tok: Token, obj: Token | None, code: str, lexicon: Lexicon) -> str | None:
    """Flights and arrivals: flying somewhere with no armed subject is a visit (CAMEO files "fly" with
    shows of force, 15); forces arriving nowhere named aid no one ("just before its forces arrived":
    CAMEO's military aid, 072, wants a recipient); weapons that land attack, forces that land deploy;
    else None."""
    lemma = tok.lemma_.lower()
    if not (lemma == "land" or (obj is None and ((code[:2] == "15" and lemma in _TRAVEL) or (
            code[:2] == "07" and lemma in ARRIVING)))):
        return None  # the subject is read only for these (a hot path: every coded verb comes here)
    armed = _armed_subject(tok, lexicon)
    if obj is None and code[:2] == "15" and lemma in _TRAVEL and not armed:
        return "042"  # "flew into Cairo to discuss the truce"
    if obj is None and code[:2] == "07" and lemma in ARRIVING and armed and not any(
            c.dep_ == "prep" for c in tok.children):
        return ""
    if lemma == "land" and armed:  # no arrival: "rockets landed near Sderot", "marines landed on the beaches"
        weapons = lexicon.weapons
        return "190" if any(c.dep_ == "nsubj" and (c.lower_ in weapons or c.lemma_.lower() in weapons)
                            for c in tok.children) else "154"
    return None


def _civilians_posted(obj: Token | None, code: str, lexicon: Lexicon) -> str | None:
    """"Ready to station its border mission (its monitors) there again": civilians posted to help are
    material cooperation (060), no force posture (CAMEO 15) as troops deployed are; else None."""
    if obj is None or code[:2] != "15" or obj.lemma_.lower() not in _MISSIONS or any(
            m.lower_ in _ARMED_MISSIONS for m in obj.children) or _armed_units(obj, lexicon):
        return None
    return "060"


def _seen(tok: Token, obj: Token | None) -> str | None:
    """"Blinken is set to see Netanyahu in Jerusalem": a person named, seen, is met (CAMEO 040); seeing
    someone as something, or seeing someone do something, judges or wishes."""
    if tok.lemma_.lower() != "see" or obj is None or obj.pos_ != "PROPN" or obj.dep_ != "dobj":
        return None
    judged = any(c.dep_ in ("xcomp", "oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
                 for c in tok.children)
    return None if judged else CONSULTED


def _by_verb(tok: Token, obj: Token | None, lexicon: Lexicon) -> str | None:
    """Codes some verbs take whatever CAMEO's pattern says, by their object or their voice."""
    lemma = tok.lemma_.lower()
    if lemma in _HEADING and any(c.dep_ == "agent" for c in tok.children):
        return "010"  # "a delegation led by X", "Headed by X, the team ...": who heads a group, no act
    if lemma == "bend" and (tok.dep_ in ("acl", "amod", "acomp") or (tok.lower_ == "bent" and any(
            c.dep_ == "prep" and c.lower_ == "on" for c in tok.children))):
        return "010"  # "coalition members bent on an endless war" (the parser may read a past tense): set
        # on it, a state, nothing yielded
    if lemma == "hear" and any(c.dep_ == "ccomp" for c in tok.children):
        return "010"  # "heard from Netanyahu that Israel had approved it": told, as "Netanyahu told him" is
    if obj is None:
        return None
    if lemma in ("delay", "postpone") and obj.lemma_.lower() in _REPLIES | {"decision"} and \
            any(c.dep_ == "poss" for c in obj.children):
        return "010"  # "delayed its response to give the talks a chance": one's own step timed, no refusal
    if lemma in ("send", "bring", "fly") and any(c.lower_ in ("back", "home") for c in tok.children) and (
            obj.lemma_.lower() in PERSONS or obj.lemma_.lower() in lexicon.synsets.get("people", ())):
        return "084"  # "sent four Ukrainian children back to their families": people returned (RETREAT)
    if lemma in _HANDING and obj.lemma_.lower() in _REPLIES:
        return "046"  # "handed their answer over to the mediators": a reply in negotiations, no yield
    sent = (obj, *obj.conjuncts) if lemma in _SENDING else ()
    if any(counted(w, lexicon).lower_ in lexicon.weapons for w in sent) and any(
            c.dep_ == "prep" and c.lower_ in _AT for w in (tok, *sent) for c in w.children):
        return "190"  # "sent some 100 jets against Hezbollah", "sent 320 rockets and drones against army
        # positions" (the parser may hang "against" on the last one), "sent drones toward Israel": an attack
    if lemma in _DEPLOYING and _armed_units(obj, lexicon) and any(
            c.dep_ == "prep" and c.lower_ in ("to", "towards", "toward", "into") for c in tok.children):
        return "154"  # "ordered troops and warplanes to Saudi Arabia": a deployment (MOBILIZE)
    if lemma == "expel" and obj.lemma_.lower() in DIPLOMATS:
        return _RELATIONS_CUT  # "expelled the French ambassador": a cut in relations (SANCTION)
    if lemma == "join" and international_body(obj, lexicon):
        return "010"  # "Finland joined NATO": membership taken up, no meeting (CAMEO's 040 for "join talks")
    texts = (_PLANS, *(lexicon.synsets.get(k, ()) for k in _TEXT_SETS)) if lemma in _ADOPTING else ()
    if texts and (obj.lower_ in _PLANS or any(obj.lemma_.lower() in words for words in texts)) and \
            not any(c.lower_ == "between" for c in obj.children):  # others' truce endorsed: support
        return "057"  # "ratified the deal", "endorsed the maps": a text accepted (AGREE), as "approved" is;
        # CAMEO's patterns make some of them endorsements (051)
    if lemma == "sign" and obj.lemma_.lower() in _DECREES:
        return _DECREES[obj.lemma_.lower()]  # a decree signed is no agreement (its content may be an act);
        # an application signed asks to join
    return None


def _no_praise(tok: Token, obj: Token | None, code: str) -> str | None:
    """CAMEO's praise (051) that praises no one: a thing ranked against another ("valued the corridor
    above the hostages' lives", "more highly than"), a preference stated; a fact acknowledged ("recognised
    that some would disagree"), a report."""
    if code != _PRAISED:
        return None
    if obj is None:
        acknowledged = tok.lemma_.lower() in _ACKNOWLEDGING and any(c.dep_ == "ccomp" for c in tok.children)
        return "010" if acknowledged else None
    ranked = any(t.lower_ in _RANKING and t.dep_ in ("prep", "mark", "advmod") for c in tok.children
                 if c.dep_ in ("prep", "advmod") for t in c.subtree)  # not "sovereignty over the territory"
    return "010" if ranked else None


def _armed_units(obj: Token, lexicon: Lexicon) -> bool:
    """Armed forces and their units or ships, named by a noun or its compounds ("the frigate Hessen",
    "two aircraft carrier groups", "troops and warplanes"); weapons alone sent to another are aid."""
    forces = lexicon.synsets.get("military", frozenset())
    words = [w for o in (obj, *obj.conjuncts)  # a unit named by its kind: "the frigate Hessen", "carrier
             for w in (o, *(c for c in o.children if c.dep_ == "compound"  # groups"; not "artillery shells"
                            and (o.pos_ == "PROPN" or o.lemma_.lower() in _UNITS)))]
    return any(w.lower_ in forces or w.lemma_.lower() in forces or
               (lexicon.agents.get(w.lower_) or lexicon.agents.get(w.lemma_.lower()) or "")[:3] == "MIL"
               for w in words)


def _own_agreement(verb: Token, noun: Token, lexicon: Lexicon) -> bool:
    """A truce, deal or treaty "with" another party (the parser may hang *with* on the verb): the
    subject is a party to it."""
    deals = lexicon.synsets.get("ceasefire", frozenset()) | lexicon.synsets.get("treaty", frozenset())
    return (noun.lower_ in deals or noun.lemma_.lower() in deals) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in (*noun.children, *verb.children))


def _weapons(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names weapons ("tanks", "missiles", "air defence systems")."""
    weapons = lexicon.synsets.get("weapon", frozenset())
    return noun.lower_ in lexicon.weapons or noun.lemma_.lower() in weapons or noun.lower_ in weapons


def _refused_or_dropped(tok: Token, obj: Token | None, code: str, lexicon: Lexicon) -> str | None:
    """A proposal or aid blocked ("blocked a resolution", "blocked 50 billion euros of EU aid": a veto, 12);
    an act excluded ("excluded any withdrawal": ruled out, 12, as "ruled out" does; excluding a party from
    talks keeps CAMEO's code); a demand backed away from ("backed away from its demand", "... from
    insisting that": dropped, 080, CONCEDE, no retreat of forces, CAMEO's "back away" 0874); else None."""
    lemma = tok.lemma_.lower()
    if obj is not None and lemma in _BLOCKING and any(
            w.lemma_.lower() in lexicon.proposals or (lexicon.light_nouns.get(w.lower_) or "")[:2] == "07"
            for w in (obj, *(g for p in obj.children if p.lower_ in ("of", "in") for g in p.children))):
        return "120"
    acts = (lexicon.named_acts, lexicon.event_nouns, lexicon.light_nouns)
    if obj is not None and lemma == "exclude" and any(obj.lemma_.lower() in nouns for nouns in acts):
        return "120"
    return "080" if code[:2] == "08" and _backed_away_from_demand(tok, lexicon) else None


def _backed_away_from_demand(tok: Token, lexicon: Lexicon) -> bool:
    """Whether what the verb (or its adverb: "backed away from") is *from* is a demand or demanding."""
    froms = [p for h in (tok, *(c for c in tok.children if c.dep_ in ("advmod", "prt")))
             for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
    return any(o.lemma_.lower() in lexicon.proposals or o.lemma_.lower() in DEMANDING
               for p in froms for o in p.children if o.dep_ in ("pobj", "pcomp"))


def _armed_subject(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's subject is armed forces or their weapons ("bombers flew near Alaska")."""
    forces = lexicon.synsets.get("military", frozenset()) | lexicon.synsets.get("weapon", frozenset())
    return any(c.dep_ == "nsubj" and ((lexicon.agents.get(c.lower_) or "")[:3] == "MIL" or c.lower_ in forces
                                      or c.lemma_.lower() in forces or c.lower_ in lexicon.weapons)
               for c in tok.children)


def kept_in_place(tok: Token, actors: SentenceActors) -> str | None:
    """A state's forces, or the state, that will stay where they are ("Israeli forces would stay in the
    Philadelphi corridor", "Israel will remain on the border", "troops will stay put", "will keep its
    forces in the corridor"): a refusal to withdraw them (CAMEO 1246), as "would not withdraw" is; a stay
    told as fact or of people held ("the hostages would remain in captivity") is a state, no act; else
    None."""
    lemma = tok.lemma_.lower()
    if lemma not in STAYING or not any(c.dep_ == "aux" and c.lower_ in _PROMISING for c in tok.children):
        return None
    if lemma in ("keep", "maintain") and not any((r.code or "")[-3:] == "MIL" for c in tok.children
                                                 if c.dep_ == "dobj" for r in actors.resolve(c)):
        return None  # its forces kept there ("will keep its troops in the corridor"), not talks kept going
    places = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in _PLACES for o in c.children
              if o.dep_ == "pobj" and o.lower_ not in actors.lexicon.event_nouns and
              o.lemma_.lower() not in _STATES]
    placed = places or any(c.lower_ == "put" for c in tok.children)  # "will stay put"
    subjects = [r for c in tok.children if c.dep_ == "nsubj" for r in actors.resolve(c)]
    armed = subjects and all(not r.person and (r.code or "-")[3:] in ("", "MIL") for r in subjects)
    return KEPT_IN_PLACE if placed and armed else None


def state_of(ref: ActorRef, lexicon: Lexicon) -> ActorRef:
    """The state whose forces or government ``ref`` are ("Israeli troops", "Netanyahu's office": Israel),
    else ``ref``."""
    code = ref.code or ""
    if len(code) != 6 or code[3:] not in ("MIL", "GOV"):
        return ref
    return ActorRef(lexicon.name_of_code(code[:3]) or ref.name, code[:3], False, ref.start, ref.end)
