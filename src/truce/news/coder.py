"""Code events in a parsed sentence: triggers, modality, source and target.

Verbs of the CAMEO dictionary and light verbs with an event noun get a code
(:mod:`truce.news.triggers`); nouns of the event-noun list get theirs
directly.  The dependency parse then decides (PLOVER codebook; annotation
rules 2-5): what is reported and its modality (:mod:`truce.news.clauses`),
and the source and target (:mod:`truce.news.roles`).  PLOVER's future rules
then code a future meeting or support as AGREE, a future withdrawal as
CONCEDE and a refused future concession as REJECT.

Only events whose source is an actor are returned as coded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, cast

from truce.news import acts, gatherings
from truce.news.appeals import demand_stated
from truce.news.clause_readings import chosen_not_to, judged, reading_code
from truce.news.clauses import SAYING, TEMPORAL, Modality, governor, scope
from truce.news.gatherings import announced, gathered, jointly, landmark, participants_named, planned_parties
from truce.news.lexicon import CONSULTED, FORCE, GATHERINGS, Lexicon, plover_type
from truce.news.linked import linked_targets, one_act_each
from truce.news.mentions import ActorRef, Discourse, MentionFinder
from truce.news.named_acts import named_act
from truce.news.no_acts import CHOOSING, INSTRUMENTAL
from truce.news.objects import kept_in_place, object_specific
from truce.news.orders import civilian, order_to_leave
from truce.news.parse_view import span_view
from truce.news.received import act_received, causes, hosted, received_code
from truce.news.roles import Roles
from truce.news.triggers import (
    NAMING,
    THREAT_OF_FORCE,
    commanded,
    hostile,
    left_feeling,
    light_code,
    verb_code,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["RawEvent", "code_sentence"]

_NO_COMMENT = "011"  # CAMEO decline comment
_PAUSES = frozenset({"pause", "freeze", "suspension", "halt", "moratorium"})
_APPEALS = frozenset({"call", "urge", "demand", "appeal", "ask", "press", "seek"})
_OFFERS = frozenset({"offer", "propose", "plan", "agree", "decide"})  # an intent to provide aid stays one
_MEETING_VERBS = frozenset({"meet", "negotiate", "confer"})  # CAMEO files some patterns as intents (03)
_SETTINGS = frozenset({"summit", "summits"})  # gatherings that are where other acts happen
_HORTATIVE = frozenset({"us", "me", "'s"})  # "let us", "let me", "let's"
_CROWDING = frozenset({"gather", "converge", "assemble", "congregate", "throng", "flock", "mass"})
# Told (not) to expect something is told what the speaker will (not) do ("not to expect support": 12)
_EXPECTING = frozenset({"expect", "count", "rely", "anticipate"})
_REFUSED, _INTENT_TO_MEET, _INTENT, _ALERT, _DEMAND = "120", "036", "030", "152", "100"


@dataclass(frozen=True)
class RawEvent:
    """An event found in a parsed sentence (token indices of the sentence's doc)."""

    head: int
    event_type: str
    mode: str | None
    cameo: str
    sources: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    negated: bool
    modality: str
    scope: tuple[int, ...]

    @property
    def coded(self) -> bool:
        """True when the event has a source and is told as asserted or future, not negated."""
        return bool(self.sources) and not self.negated and self.modality in ("asserted", "future")


class _Sentence:
    """One sentence being coded: its actors, the codes of its verbs, their modality and roles."""

    def __init__(self, sent: Span, lexicon: Lexicon, finder: MentionFinder, discourse: Discourse,
                 day: dt.date) -> None:
        self.sent, self.lexicon = sent, lexicon
        self.actors = finder.in_sentence(sent, discourse, day)
        self.codes: dict[int, str] = {}
        self.light: dict[int, int] = {}  # light verb -> its event-noun object
        self.givers: dict[int, int] = {}  # verb of receiving -> the giver ("a call from X")
        self.commanded: dict[int, int] = {}  # act ordered of one's own forces -> the verb of command
        framing = lexicon.aspectual | INSTRUMENTAL | CHOOSING  # verbs whose complement is told as they are
        self.modality = Modality(self.codes, lexicon.desires, framing, self.commanded).of
        self.roles = Roles(self.actors, self.codes, self.light, self.commanded)

    def code_verbs(self, verbs: list[Token]) -> None:
        """The CAMEO code of every verb that has one; commitments to use force become threats."""
        found, lexicon = self.actors.found, self.lexicon
        for tok in verbs:
            received = received_code(tok, lexicon) or act_received(tok, lexicon, found) or \
                gathered(tok, lexicon) or left_feeling(tok, lexicon)
            if received is not None:
                self.codes[tok.i], self.givers[tok.i] = received
                continue
            if causes(tok, self.lexicon):
                continue  # "sparked protests": no act of the subject's, and the protests are not its
            host = hosted(tok, self.lexicon)
            if host is not None:  # "received Blinken"; "Blinken was received by Sisi": Sisi's, as active
                self.codes[tok.i] = host
                continue
            light = light_code(tok, self.lexicon)
            if light is not None:
                self.light[tok.i] = light[1]
            code = light[0] if light else kept_in_place(tok, self.actors) or verb_code(tok, self.lexicon)
            if code is not None:
                code = object_specific(tok, code, self.lexicon)
            code = self._refined(tok, code)
            if code is not None and plover_type(code) is not None:
                self.codes[tok.i] = code
        for tok in verbs:
            self._chosen_not_to(tok)
            self._commitment(tok)
            if self._order_to_leave(tok):
                continue
            act = commanded(tok, self.lexicon, self.codes)
            if act is not None and acts.readiness(act):
                self.codes[act.i] = _ALERT  # one's own forces told to get ready: a raised alert
            if act is not None:  # the order is the act ordered; no demand on one's own forces
                self.codes.pop(tok.i, None)
            if act is not None and act.i in self.codes:
                self.commanded[act.i] = tok.i
                if self.codes[act.i] in ("08", "080"):  # forces ordered to withdraw (087)
                    self.codes[act.i] = "087"

    def _refined(self, tok: Token, code: str | None) -> str | None:
        """A verb's code after the rules over its object and frame (classes of verbs and nouns)."""
        lemma = tok.lemma_.lower()
        code = acts.class_code(tok, self.lexicon) or reading_code(tok) or code
        code = self._resumed(tok) or code
        if code is not None and code[:2] == "09" and lemma in _APPEALS:
            code = "020"  # "called for an independent inquiry": an appeal for an inquiry, not one made
        if code is not None and code[:2] == "10" and any(c.lower_ == "longer" and any(
                n.lower_ == "no" for n in c.children) for c in tok.children):
            code = "080"  # "no longer demands a guarantee": a demand dropped, a yield (08), as "dropped" is
        if code is not None and code.startswith("181") and lemma == "hold":
            code = None  # "is holding 59 hostages": a state; taking them is the act (181)
        commanding = lemma in self.lexicon.commands and (code is None or code[:2] == "01")
        act = _directive(tok) if commanding else None
        if act is not None:  # "told Putin to respect the truce": a command, as "ordered" is (CAMEO 10)
            code = _DEMAND if act.lemma_.lower() not in _EXPECTING else \
                _REFUSED if any(c.dep_ == "neg" for c in act.children) else None  # "not to expect"
        hortative = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _HORTATIVE
        if lemma == "let" and (hortative or any(c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "know"
                                                for c in tok.children)):
            code = None  # "let us be clear", "let me say": a speaker's exhortation, nothing let through;
            # "let Blinken know that ...": told him, as "informed" is
        if lemma == "fail" and any(c.dep_ == "xcomp" for c in tok.children):
            code = None  # "met but failed to agree": neither the act nor a refusal of it (CAMEO 12)
        if any(c.dep_ == "xcomp" and c.lemma_.lower() == "comment" for c in tok.children):
            code = None  # "declined to comment": CAMEO 011, no event in PLOVER
        elif code == _NO_COMMENT and lemma not in ("decline", "refuse"):
            # CAMEO's "* COMMENT" pattern (011, decline comment) fits "declined to comment", not
            # "rejected Netanyahu's comments": that takes the verb's own code (a rejection)
            code = next((s.code for s in self.lexicon.verbs.get(lemma, ()) if s.code), None)
        joint = jointly(tok)  # several parties negotiating or talking met, whatever CAMEO's default
        return joint if joint == CONSULTED or plover_type(code or "") is None else code

    def _resumed(self, tok: Token) -> str | None:
        """Lifting or ending a pause, freeze or suspension of something resumes it: "lifted its pause
        on military aid" is aid (the code of what was paused), not a concession; else None."""
        if tok.lemma_.lower() not in ("lift", "end"):
            return None
        for halt in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _PAUSES):
            for noun in (g for p in halt.children if p.dep_ == "prep" and p.lower_ in ("on", "of")
                         for g in p.children if g.dep_ == "pobj"):
                code = self.lexicon.light_nouns.get(noun.lower_) or self.lexicon.event_nouns.get(noun.lower_)
                if code is not None:
                    return code
        return None

    def _order_to_leave(self, tok: Token) -> bool:
        """An order to leave (:mod:`truce.news.orders`): one's own forces' retreat, coded on the act
        ordered (whose source is the orderer), or the expulsion of others; whether there was one."""
        found = order_to_leave(tok, self.lexicon, self.actors)
        if found is None:
            return False
        code, at = found
        if at != tok.i:
            self.codes.pop(tok.i, None)
            self.commanded[at] = tok.i
        self.codes[at] = code
        return True

    def _chosen_not_to(self, tok: Token) -> None:
        """"Hamas opted not to join the talks": a choice not to meet, agree or yield refuses it (12)."""
        refused = chosen_not_to(tok)
        if refused is not None and self.codes.get(refused.i, "13")[:2] not in (*FORCE, "13"):
            self.codes[tok.i] = _REFUSED

    def _commitment(self, tok: Token) -> None:
        """A commitment whose content is force is a threat (138), a vote for it none ("voted to endorse maps
        keeping forces on the corridor"); a vow of something coded that is not force an intent (030)."""
        code = self.codes.get(tok.i, "") if tok.lemma_ != "vote" else ""
        committing = tok.lemma_.lower() in self.lexicon.commitments
        if code[:2] == "03" or (committing and code == THREAT_OF_FORCE[:2] + "0"):
            if hostile(tok, self.codes, self.lexicon):
                self.codes[tok.i] = THREAT_OF_FORCE
            elif committing and any(c.dep_ == "xcomp" and c.i in self.codes for c in tok.children):
                self.codes[tok.i] = _INTENT

    def event(self, tok: Token, cameo: str, sources: list[ActorRef], targets: list[ActorRef],
              modality: str, negated: bool) -> RawEvent | None:
        mapped = plover_type(cameo)
        if mapped is None:
            return None
        kind, mode = mapped
        if (cameo == _INTENT_TO_MEET or (cameo[:2] == "03" and tok.lemma_.lower() in _MEETING_VERBS)) and \
                modality == "asserted" and tok.tag_ in ("VBD", "VBN"):
            kind, mode = "CONSULT", None  # "met Biden at an estate": a meeting held, not an intent (036)
        if cameo.startswith("033") and modality == "asserted" and tok.tag_ in ("VBD", "VBN") and \
                tok.lemma_.lower() not in self.lexicon.commitments | _OFFERS:
            kind, mode = "AID", None  # "donated vehicles": aid given, which CAMEO files as an intent (033)
        if kind == "ASSAULT" and sources and all((r.code or "")[-3:] == "COP" for r in sources):
            kind, mode = "COERCE", None  # police who raid or storm enforce (CAMEO 17), armed forces attack
        elif sources and all(civilian(r) for r in sources) and (kind in ("ASSAULT", "MOBILIZE", "COERCE") or
                                                                 tok.lemma_.lower() in _CROWDING):
            # the public protests where forces would attack, mobilise or coerce and where officials would
            # meet: protesters who storm or clash (CAMEO 145), rally (141), block a road or occupy a
            # building (144, no adversary: the road blocked), gather or converge on a capital (141)
            targets = [] if kind in ("COERCE", "CONSULT") else targets
            kind, mode = "PROTEST", None
        if kind == "MOBILIZE" and sources and targets and all(
                (t.code or "")[:3] == (sources[0].code or "-")[:3] for t in targets):
            targets = []  # forces deployed at home ("sent the army into the streets"): no adversary
        if modality == "future":
            if negated and kind in ("RETREAT", "CONCEDE", "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"):
                # a refused future concession, meeting or help ("would not pull out", "will not meet")
                kind, negated, modality = "REJECT", False, "asserted"
            elif kind in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
                kind, mode = "AGREE", None
            elif kind == "RETREAT":
                kind = "CONCEDE"
            elif kind in ("ASSAULT", "COERCE"):  # an announced act of force is a threat (CAMEO 138)
                kind, mode = "THREATEN", None
        kept = tuple(t for t in targets if kind != "REJECT" or not civilian(t))  # a population is no party
        return RawEvent(tok.i, kind, mode, cameo, tuple(sources), kept, negated, modality, scope(tok))

    def noun_event(self, tok: Token, cameo: str) -> RawEvent | None:
        """An event noun: its agent is its possessor, the members of *between*, its *by* phrase, or
        the subject of the verb it is the object of (*held talks*, *during talks with X, Y said*)."""
        gov = governor(tok) if tok.dep_ == "pobj" else (tok.head if tok.head.i != tok.i else None)
        if gov is not None and gov.i in self.codes and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") \
                and not (tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL | {"in", "during"} and
                         gatherings.with_partner(tok) and self.light.get(gov.i) != tok.i) \
                and not (cameo in GATHERINGS and announced(tok)[0]):  # ("took part in talks with X": the act)
            return None  # part of the coded act, unless set beside it in time ("following a call with") or
            # announced by it ("a meeting is planned": the frame's own code is an intent with no actor)
        if gov is not None and tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL and gov.i not in self.codes:
            gov = next((c for c in gov.children if c.dep_ == "xcomp" and c.i in self.codes), gov)  # "After a
            # meeting with X, Blinken is set to fly on": as planned as the act it comes before or after
        if gov is not None and tok.dep_ == "dobj" and gov.lemma_.lower() in SAYING | NAMING:
            return None  # the audience: "told a joint meeting of Congress"; what is named: "called the
            # counterproposal delusional" (no proposal by the one who names it)
        if (tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.lower_ in _SETTINGS) or \
                gatherings.to_the_press(tok):  # the occasion of another act: "welcomed the union at their
            return None  # summit"; a statement to the press: "declared at a press briefing"
        sources, targets = gatherings.noun_parties(tok, self.actors)
        if gov is not None and tok.dep_ == "dobj" and causes(gov, self.lexicon):
            return None  # "sparked protests": whose they are is not said (a named giver is coded above)
        modality, negated = "asserted", False
        if gov is not None and gov.pos_ in ("VERB", "AUX"):
            modality, negated = ("hypothetical", False) if tok.dep_ == "dobj" and gov.lemma_.lower() in \
                self.lexicon.desires else self.modality(gov)  # "wants more talks": wished for, not held
            if not sources and tok.dep_ in ("dobj", "pobj", "nsubj") and not landmark(tok, gov, self.lexicon):
                sources = self.roles.sources(gov) if tok.dep_ != "nsubj" else []
        elif tok.dep_ in ("nsubj", "nsubjpass", "ROOT") and not sources:
            return None
        unit = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in self.lexicon.quantities else tok  # "rounds of talks are planned"
        if cameo in GATHERINGS and (planned := planned_parties(unit, self.actors.resolve, sources, targets)):
            (sources, targets), modality = planned, "future"
        return self.event(tok, cameo, sources, targets, modality, negated)


def code_sentence(sent: Span, lexicon: Lexicon, finder: MentionFinder, discourse: Discourse,
                  day: dt.date) -> tuple[list[RawEvent], dict[int, ActorRef]]:
    """Events of one parsed sentence (coded and uncoded) and its actor mentions by token."""
    # the rules read a snapshot of the parse (truce.news.parse_view), which has the part of spaCy's
    # Span API that they use (hence the cast)
    sent = cast("Span", span_view(sent))
    state = _Sentence(sent, lexicon, finder, discourse, day)
    verbs = [t for t in sent if t.pos_ == "VERB" or _copular_head(t, lexicon)]
    state.code_verbs(verbs)
    told = (r for t in sent if t.lower_ == "according" for to in t.children if to.lower_ == "to" for o in
            to.children if o.dep_ == "pobj" for r in state.actors.resolve(o)[:1])  # "According to X, it"
    fronted = [range(t.left_edge.i, t.right_edge.i + 1) for t in verbs if t.tag_ == "VBG" and t.i < t.head.i]
    later = sorted(verbs, key=lambda t: any(t.i in f for f in fronted))  # a participle clause before its verb
    for ref in chain(told, (r for tok in later for r in state.roles.sources(tok)[:1])):  # takes its subject,
        # named after it ("Retaliating ..., Hezbollah said, it had sent"): lazily, subjects in order, so that
        discourse.remember_local(ref)  # a later "it" / "he" can refer to them
    events: list[RawEvent] = []
    for tok in sent:
        if tok.i in state.codes:
            modality, negated = state.modality(tok)
            negated &= judged(tok) is None  # "it was not true that ...": the negation is the judgement
            sources = state.roles.sources(tok)
            targets = state.roles.targets(tok, sources)
            if modality == "future" and _foretold(tok, sources, targets, state):
                modality = "hypothetical"
            if tok.i in state.givers:  # "Mikati got a call from Macron": Macron called Mikati
                receivers = [found for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")  # "were given
                             if (found := state.actors.resolve(c, author=True))]  # the reply", "killed at"
                givers = gatherings.givers(sent.doc[state.givers[tok.i]], state.codes[tok.i], state.actors)
                giving = {g.name for g in givers}
                received = receivers[0] if receivers else state.roles.trailing_cause(tok) or sources
                sources, targets = givers, [t for t in received if t.name not in giving and t.kind != "agent"]
                # "Present at the meeting were A and B": none met themselves; "the mediators": no one (rule 5)
            made = state.event(tok, state.codes[tok.i], sources, targets, modality, negated)
        elif tok.pos_ == "NOUN" and tok.lower_ in lexicon.event_nouns:
            made = state.noun_event(tok, lexicon.event_nouns[tok.lower_])
        elif tok.pos_ == "NOUN" and tok.lower_ in lexicon.named_acts:
            made = named_act(state, tok, lexicon.named_acts[tok.lower_])
        else:
            continue
        if made is not None:
            events.append(made)
    events = linked_targets(one_act_each(events, sent, state.commanded), state)
    main = [t for t in sent if t.dep_ == "ROOT"]
    main += [c for t in main for c in t.conjuncts]
    for tok in main:  # later sentences refer back to the main clause's subject
        for child in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
            for ref in state.actors.resolve(child)[:1]:
                discourse.remember(ref)
    discourse.end_sentence()
    return events, state.actors.found


def _copular_head(tok: Token, lexicon: Lexicon) -> bool:
    """A copula the parser made the head of its clause ("was in favour of a truce", "is unhappy with it"):
    its idioms are stances coded as the verb they stand for (``idioms`` of ``additions.yaml``), a guest is
    hosted, a target attacked (``received``), a demand told by its noun, a judgement ("a non-starter"); or
    one that names who met."""
    copula = tok.pos_ == "AUX" and tok.lemma_.lower() == "be" and tok.dep_ not in ("aux", "auxpass")
    stance = any(c.dep_ in ("prep", "acomp") or (c.dep_ == "attr" and c.lemma_ in ("guest", "target"))
                 for c in tok.children)
    return (copula and (stance or demand_stated(tok) is not None or judged(tok) is not None)) or \
        participants_named(tok, lexicon) is not None


def _foretold(tok: Token, sources: list[ActorRef], targets: list[ActorRef], state: _Sentence) -> bool:
    """An act another party is told to be going to do ("Gallant told his colleagues that Hamas would reject
    the maps"): the speaker's prediction, not the doer's announced intent, which its own people (a body
    the speaker's phrase names is the speaker's: "Borrell, the EU's top diplomat, said the bloc would"),
    or the party it is done to, tell ("Kim will visit Russia, the Kremlin said")."""
    speakers = [r for r in state.roles.sources(tok.head) if r.kind not in ("pronoun", "agent") and r.code] \
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAYING else []
    named = {t.i for c in tok.head.children if c.dep_ == "nsubj" for t in c.subtree}
    own = {(r.code or "")[:3] for r in (*speakers, *(r for k, r in state.actors.found.items() if k in named))}
    return bool(speakers and sources) and not any((r.code or "")[:3] in own for r in (*sources, *targets))


def _directive(verb: Token) -> Token | None:
    """The infinitive complement of a verb's object ("told Kenya to stop the shipments"): what the
    object is to do, not what the subject says; else None."""
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and
                   any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return infinitives[0] if infinitives and any(c.dep_ == "dobj" for c in verb.children) else None

