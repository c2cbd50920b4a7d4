"""Targets that one act of a sentence takes from another.

A threat is against whom its threatened act is done to ("threatened to destroy South Korea"); a
condemnation of an attack named without its owner ("condemned the strike after Israeli jets hit
Hamas leaders") is of whoever carried out the attack the sentence tells (CAMEO 13 and 11-12 code
whom a threat or a condemnation is to), a protest against whom it is against; what a resolution
adopted says is the adopter's act; a deal brokered between parties is theirs too; an act told twice
in one sentence (a participle clause retelling it) is one act.  A breach of a truce
or an agreement that one actor says another committed ("Kyiv said Moscow had violated the truce")
is the first one's charge against the second (CAMEO 112), as "accused Moscow of violating" is; so
is an accusation denied whose content the sentence tells ("Hezbollah denied Israel's accusation that
it was behind the strike"), and the denial is aimed at no one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from truce.news.clause_readings import according_to
from truce.news.clauses import SAYING, content_of, fronted_participle
from truce.news.lexicon import FORCE, plover_type
from truce.news.objects import KEPT_IN_PLACE, STAYING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from truce.news.coder import RawEvent, _Sentence
    from truce.news.mentions import ActorRef

__all__ = ["linked_targets", "one_act_each", "same_act"]

# texts a body adopts by a vote, and decrees a leader signs or issues ("signed an executive order ending
# the sanctions programme": the ending is the signer's act)
_TEXTS = frozenset({"resolution", "motion", "declaration", "order", "decree", "directive", "proclamation"})
_ADOPTING = frozenset({"adopt", "pass", "approve", "sign", "issue"})
_BREACHING = frozenset({"violate", "breach", "break"})  # with a truce, treaty or deal as object
_REQUITALS = frozenset({"revenge", "retribution", "vengeance", "retaliation", "reprisal", "reprisals"})
_CHARGE, _VIOLATED_TRUCE, _MEDIATED, _AGREED = "112", "196", "045", "057"
_AIMED = frozenset({"on", "against", "to", "toward", "towards", "at", "from"})
# participles of an act's motive or means ("Retaliating for the killing, Hezbollah fired")
_MEANS_OR_MOTIVE = frozenset({"protest", "use", "deploy", "employ", "retaliate", "avenge"})
_OUSTERS = frozenset({"resignation", "removal", "ouster", "impeachment", "departure"})  # of someone


def linked_targets(events: list[RawEvent], state: _Sentence) -> list[RawEvent]:
    """The sentence's events, threats and condemnations without a target given the one they take, the
    content of a resolution adopted made the adopter's act, and a denied charge made its owner's."""
    events = _denied_charges(_brokered_deals(_charged_breaches(_adopted_texts(events, state), state), state),
                             state)
    return [_protested(_charged_in_words(_condemned_attack(_threat_target(e, events, state), events, state),
                                         state), state) for e in events]


def _adopted_texts(events: list[RawEvent], state: _Sentence) -> list[RawEvent]:
    """"The Security Council adopted a resolution demanding a cease-fire", "passed a resolution that
    demands", "a resolution backing the plan was adopted": what a resolution or motion says is what
    the body that adopts it does (a demand, support), and the adoption is no act of its own."""
    doc, out, dropped = state.sent.doc, [], set()
    for event in events:
        clause = doc[event.head]
        text = clause.head  # "adopted a resolution on Thursday demanding": hung on the verb, after the text
        texts = [c for c in text.children if c.dep_ == "dobj" and c.i < clause.i] \
            if clause.dep_ == "advcl" and clause.tag_ == "VBG" else []
        text = texts[0] if texts else text
        verb = text.head
        if (clause.dep_ in ("acl", "relcl") or texts) and text.lemma_.lower() in _TEXTS and \
                text.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _ADOPTING:
            modality, negated = state.modality(verb)
            event = replace(event, sources=tuple(state.roles.sources(verb)), modality=modality,
                            negated=negated or event.negated)
            dropped.add(verb.i)
        out.append(event)
    return [e for e in out if e.head not in dropped]


def _brokered_deals(events: list[RawEvent], state: _Sentence) -> list[RawEvent]:
    """A truce or deal brokered between two parties ("Oman brokered a cease-fire between Washington and
    the Houthis"): the parties agreed to it (CAMEO 057), as well as the broker mediated it (045)."""
    doc, added = state.sent.doc, []
    for event in (e for e in events if e.cameo == _MEDIATED):
        deals = [o for o in doc[event.head].children
                 if o.dep_ == "dobj" and o.lemma_.lower() in state.lexicon.proposals]
        parties = [r for d in deals for p in d.children if p.dep_ == "prep" and p.lower_ == "between"
                   for g in p.children if g.dep_ == "pobj" for r in state.actors.resolve(g)
                   if r.kind != "agent" and r not in event.sources]
        if len(parties) > 1:
            kind, mode = plover_type(_AGREED) or ("AGREE", None)
            added.append(replace(event, head=deals[0].i, event_type=kind, mode=mode, cameo=_AGREED,
                                 sources=tuple(dict.fromkeys(parties)), targets=()))
    return events + added


def _charged_breaches(events: list[RawEvent], state: _Sentence) -> list[RawEvent]:
    """A breach of an agreement told as what another actor says ("Kyiv said Moscow had violated the
    truce", "..., Kyiv said", "according to Kyiv", "saying Israel had broken the truce") is that
    actor's charge against the one in breach (CAMEO 112, ACCUSE): whether a truce was violated is
    the claim of a side, as in "accused Moscow of violating".  A charge told by a verb that is an
    accusation itself ("charging that the RSF had violated the truce") is against the one in breach."""
    doc, out = state.sent.doc, []
    for event in events:
        verb = doc[event.head]
        breaches = [c for c in verb.children if c.dep_ == "ccomp" and _breach(c, state, "")]
        if event.event_type == "ACCUSE" and not event.targets and breaches:
            event = replace(event, targets=tuple(state.roles.sources(breaches[0])))
        elif _breach(verb, state, event.cameo):
            speakers = _speakers(verb, state)
            if speakers and not {r.name for r in speakers} & {r.name for r in event.sources}:
                kind, mode = plover_type(_CHARGE) or ("ACCUSE", None)
                event = replace(event, event_type=kind, mode=mode, cameo=_CHARGE, sources=tuple(speakers),
                                targets=event.sources)
        out.append(event)
    return out


def _denied_charges(events: list[RawEvent], state: _Sentence) -> list[RawEvent]:
    """"Hezbollah denied Israel's accusation that it was behind the strike", "rejected Israeli
    accusations that it ...": an accusation whose content the sentence tells, denied, is its owner's
    charge against the one who denies it (CAMEO 112), and the denial, of a charge, is aimed at no one.
    A charge only referred to ("dismissed Canada's allegations as absurd") is none the sentence tells;
    the dismissal is aimed at its owner."""
    doc, out = state.sent.doc, []
    for event in events:
        verb = doc[event.head]
        charges = [c for c in verb.children if c.dep_ == "dobj" and event.event_type == "REJECT"
                   and (state.lexicon.light_nouns.get(c.lower_) or "")[:2] == "11" and any(
                       a.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in a.children)
                       for a in (*c.children, *verb.children) if a.i > c.i)]  # or hung on the verb
        denying = {r.name for r in event.sources}
        owners = [r for c in charges for m in c.children if m.dep_ in ("poss", "amod")
                  for r in state.actors.resolve(m) if r.name not in denying]
        if owners and event.sources:
            kind, mode = plover_type(_CHARGE) or ("ACCUSE", None)
            out.append(replace(event, head=charges[0].i, event_type=kind, mode=mode, cameo=_CHARGE,
                               sources=tuple(owners), targets=event.sources, negated=False,
                               modality="asserted"))
            event = replace(event, targets=())
        out.append(event)
    return out


def _breach(verb: Token, state: _Sentence, cameo: str) -> bool:
    """A verb of breaking with a truce, a treaty or a deal as its object ("violated the cease-fire"),
    or coded by CAMEO's own pattern for a violated cease-fire (196)."""
    if cameo == _VIOLATED_TRUCE:
        return True
    agreements = state.lexicon.synsets.get("ceasefire", frozenset()) | \
        state.lexicon.synsets.get("treaty", frozenset()) | state.lexicon.proposals
    return verb.lemma_.lower() in _BREACHING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in agreements for c in verb.children)


def _speakers(verb: Token, state: _Sentence) -> list[ActorRef]:
    """Who says what ``verb`` tells: the subject of the verb of saying it is the complement of, or
    the object of *according to*; none when it is told as a fact."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAYING:
        return state.roles.sources(verb.head)
    return [r for o in according_to(verb) for r in state.actors.resolve(o)]


def _threat_target(event: RawEvent, events: list[RawEvent], state: _Sentence) -> RawEvent:
    """A threat with no target of its own is against the actor its threatened act is done to: the
    act's object when it names one ("threatened to destroy South Korea", "vowed to keep fighting
    Israel"), else whom the act is aimed at (:func:`_aimed_at`), else the actor a threatened thing is
    for, against or on ("vowed harsh punishment for Israel", "threatened tariffs on Colombia").  CAMEO
    13 codes whom the threat is to.  A grievance avenged ("vowed to avenge Haniyeh's death", "to
    retaliate for the killing of Haniyeh") names none."""
    if event.event_type != "THREATEN" or event.targets:
        return event
    doc = state.sent.doc
    for act in (e for e in events if content_of(doc[e.head], event.head)):
        # never the threatener's own ("to pull his fighters out"), nor the one avenged ("to avenge Haniyeh")
        names = {r.name for r in event.sources} | _grievance(doc[act.head], state)
        named = [r for o in doc[act.head].children if o.dep_ == "dobj" and _names_actor(o, state)
                 for r in state.actors.resolve(o) if r.kind != "agent" and r.name not in names] or \
            _aimed_at(doc[act.head], state, names)
        if named:
            return replace(event, targets=tuple(named))
    names = {r.name for r in event.sources}  # "vowed harsh punishment for Israel" (not "revenge for the
    named = [r for o in doc[event.head].children if o.dep_ == "dobj" for p in o.children  # death of X",
             if p.dep_ == "prep" and p.lower_ in ("for", "against", "on")  # nor "revenge for Haniyeh": the
             and not (p.lower_ == "for" and o.lemma_.lower() in _REQUITALS) for g in p.children  # one avenged
             if g.dep_ == "pobj" and _names_actor(g, state) for r in state.actors.resolve(g)
             if r.kind != "agent" and r.name not in names]
    return replace(event, targets=tuple(named)) if named else event


def _aimed_at(act: Token, state: _Sentence, names: set[str]) -> list[ActorRef]:
    """Whom an act is aimed at by a preposition of its own or of its object ("to impose tariffs on
    Colombia", "to retaliate against South Korea's drills", "to fire missiles toward the American
    territory of Guam"), the owner of a thing counting (annotation rule 5); a thing's owner named
    only by a demonym of the act's object ("to attack Colombian ships") names none (rule 7)."""
    heads = [act, *(o for o in act.children if o.dep_ == "dobj")]
    return [r for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _AIMED
            for g in p.children if g.dep_ == "pobj" for r in state.actors.resolve(g, author=True)
            if r.kind != "agent" and r.name not in names]


def _grievance(act: Token, state: _Sentence) -> set[str]:
    """Who a threatened act is in answer for ("to avenge Haniyeh's death", "to retaliate for the
    killing of Haniyeh"): the wronged, not the threatened."""
    avenged = [o for o in act.children if o.dep_ == "dobj"] if act.lemma_.lower() == "avenge" else []
    avenged += [g for p in act.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
                if g.dep_ == "pobj"]
    return {r.name for o in avenged for t in o.subtree for r in state.actors.resolve(t, 1)}


def _protested(event: RawEvent, state: _Sentence) -> RawEvent:
    """A protest with no target of its own is against whom it is said to be against ("against President
    Vucic", "against the tax rises in Ruto's finance bill", the owner of a thing counting) or whose
    resignation it demands ("demanding that Carrie Lam resign", "to demand the resignation of Prayuth"):
    PLOVER's PROTEST names the one protested against."""
    if event.event_type != "PROTEST" or event.targets:
        return event
    verb, names = state.sent.doc[event.head], {r.name for r in event.sources}
    heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    heads += [verb.head] if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else []  # "staged a protest against"
    against = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "against"
               for g in p.children if g.dep_ == "pobj"]
    demands = [c for c in verb.subtree if c.lemma_.lower() == "demand" and c.pos_ == "VERB"]
    ousted = [s for d in demands for c in d.children if c.dep_ == "ccomp" for s in c.children
              if s.dep_ == "nsubj"]  # "demanding that Carrie Lam resign"
    ousted += [g for d in demands for o in d.children if o.dep_ == "dobj" and o.lemma_.lower() in _OUSTERS
               for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    found = [r for t in (*against, *ousted) for r in state.actors.resolve(t, author=True)
             if r.kind != "agent" and r.name not in names]
    return replace(event, targets=tuple(dict.fromkeys(found))) if found else event


def _names_actor(tok: Token, state: _Sentence) -> bool:
    """An object that is an actor itself, an agent noun or a weapon (not an event or thing of one's)."""
    lexicon, lemma = state.lexicon, tok.lemma_.lower()
    return tok.i in state.actors.found or tok.lower_ in lexicon.agents or lemma in lexicon.agents or \
        tok.lower_ in lexicon.weapons or lemma in lexicon.weapons


def _condemned_attack(event: RawEvent, events: list[RawEvent], state: _Sentence) -> RawEvent:
    """"Qatar condemned the strike after Israeli jets hit Hamas leaders": an attack condemned or
    rejected, named by a noun with no owner, is the one the sentence tells; its doer is the target."""
    if event.event_type not in ("ACCUSE", "REJECT") or event.targets:
        return event
    lexicon, doc = state.lexicon, state.sent.doc
    attack = [o for o in doc[event.head].children if o.dep_ == "dobj" and not any(
        c.dep_ in ("poss", "amod", "compound", "prep") for c in o.children) and
        (lexicon.light_nouns.get(o.lower_) or lexicon.event_nouns.get(o.lower_) or "")[:2] in FORCE]
    doers = [r for e in events if attack and e.event_type == "ASSAULT" and e.head != event.head
             for r in e.sources if r not in event.sources]
    return replace(event, targets=tuple(dict.fromkeys(doers))) if doers else event


def _charged_in_words(event: RawEvent, state: _Sentence) -> RawEvent:
    """"Condemning the vote, the forum said Israel's cabinet had put the corridor before the hostages":
    a condemnation with no target of its own is of whom the condemner's words in the same sentence
    charge, the subject of what it says."""
    if event.event_type != "ACCUSE" or event.targets or not event.sources:
        return event
    names = {r.name for r in event.sources}
    for verb in (t for t in state.sent if t.lemma_.lower() in SAYING and t.i != event.head):
        said = [c for c in verb.children if c.dep_ == "ccomp"]
        if {r.name for r in state.roles.sources(verb)} != names or any(  # not the condemnation's own
                event.head in (t.i for t in c.subtree) for c in said):  # words ("said it is unhappy")
            continue
        charged = [r for c in said for s in c.children
                   if s.dep_ in ("nsubj", "nsubjpass") for r in state.actors.resolve(s)
                   if r.kind != "agent" and r.name not in names]
        if charged:
            return replace(event, targets=tuple(dict.fromkeys(charged)))
    return event


def one_act_each(events: list[RawEvent], sent: Span, commanded: dict[int, int]) -> list[RawEvent]:
    """The events left when each act told twice is told once (:func:`same_act`); an act left without a
    target takes the one its retelling by a participle names ("slammed the vote, accusing the cabinet of
    preferring the corridor": the cabinet).  Not an act of force: its participle tells what was hit
    ("launched operations, pounding Armenian positions"), a place, not whom the act was against."""
    kept = [e for e in events if not same_act(e, events, sent, commanded)]
    retold = [e for e in events if e.targets and e.cameo[:2] not in FORCE and sent.doc[e.head].tag_ == "VBG"
              and not any(c.dep_ == "mark" for c in sent.doc[e.head].children) and e not in kept]
    return [next((replace(e, targets=r.targets) for r in retold if r.event_type == e.event_type and
                  sent.doc[r.head].head.i == e.head and r.sources == e.sources), e) if not e.targets else e
            for e in kept]


def same_act(event: RawEvent, events: list[RawEvent], sent: Span,
             commanded: dict[int, int] | None = None) -> bool:
    """A participle clause of the same type as its governor ("struck Tel Aviv, killing one") is one
    act, as is a killing coordinated with the attack it ends ("hit Tel Aviv and killed one"); the
    demand of a protest ("protested, demanding a deal"; "Demanding a deal, thousands blocked a road")
    is its topic (PLOVER), and the means of an act ("Using 100 jets, Israel struck", "..., deploying 100
    jets") part of it."""
    tok = sent.doc[event.head]
    if tok.lemma_.lower() in _MEANS_OR_MOTIVE and tok.dep_ in ("advcl", "csubj") and tok.tag_ == "VBG" and \
            any(e.head == tok.head.i for e in events):  # "Protesting the abstention, Netanyahu scrapped
        return True  # the visit": the act's motive; "Using 100 jets, Israel struck": its means
    if event.event_type == "ASSAULT" and tok.dep_ == "conj" and not event.targets and \
            not any(c.dep_.startswith("nsubj") for c in tok.children) and any(
            e.head == tok.head.i and e.event_type == "ASSAULT" and e.sources == event.sources
            for e in events):
        return True  # "a drone hit Tel Aviv and killed one person", "shot and killed": one attack
    if any(e.event_type == event.event_type and e.modality == event.modality and
           sent.doc[e.head].dep_ == "xcomp" and sent.doc[e.head].head.i == tok.i for e in events):
        return True  # "continued to carry out strikes": the phase and the act it governs are one act
    targets = {r.name for r in event.targets}
    if any((_retold_by_relative(e, event, sent) and targets <= {r.name for r in e.targets}) or
           (_retold_by_relative(event, e, sent) and targets < {r.name for r in e.targets}) for e in events):
        return True  # "was unacceptable to Egypt, which rejected both": one act, told with its target once
    names = {r.name for r in event.sources}
    if event.cameo == KEPT_IN_PLACE and tok.lemma_.lower() in STAYING:  # "would stay in the corridor and
        return any(e.event_type == "REJECT" and sent.doc[e.head] in tok.conjuncts and  # not withdraw": one
                   {r.name for r in e.sources} == names for e in events)  # refusal; a denial is another
    told = tok.head if tok.dep_ in ("ccomp", "xcomp") and tok.head.dep_ == "advcl" and \
        tok.head.tag_ == "VBG" else None  # "struck nine sites, saying it had targeted ..."
    if told is not None and any(e.head == told.head.i and e.event_type == event.event_type and
                                {r.name for r in e.sources} == names for e in events):
        return True  # the act retold by its doer's own participle ("declared a truce, ordering a halt")
    by = commanded or {}  # "Announcing a truce, Putin ordered his troops to stop": the act ordered
    retold = (tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG") or fronted_participle(tok)
    return retold and any(tok.head.i in (e.head, by.get(e.head)) and
                          e.event_type in (event.event_type, "PROTEST") for e in events)


def _retold_by_relative(act: RawEvent, retold: RawEvent, sent: Span) -> bool:
    """``retold`` is told by a relative clause on a noun after the head of ``act``, of its type and by
    its doers ("was unacceptable to Egypt, which rejected both", "drew condemnation from the Forum,
    which accused the cabinet of ...")."""
    tok = sent.doc[retold.head]
    return tok.dep_ == "relcl" and act.event_type == retold.event_type and act.head < tok.head.i and \
        {r.name for r in act.sources} == {r.name for r in retold.sources} and \
        tok.head in sent.doc[act.head].subtree
