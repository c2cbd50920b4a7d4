"""Code events in a parsed sentence: verb and noun triggers, modality, source and target.

Verbs of the CAMEO dictionary (by lemma) get a code from their patterns
(:mod:`truce.news.patterns`); nouns of the event-noun list get theirs
directly.  The dependency parse then decides (PLOVER codebook; annotation
rules 2-5):

1. **What is reported**: a verb in the complement of another coded verb
   (*urged Hamas to accept*, *accused Israel of setting*) is that verb's
   content, not an event; so is a relative or reduced relative clause
   (*hostages held by Hamas*) and a purpose clause (*to secure*).  The
   complement of an uncoded verb of saying is the reported act.
2. **Modality**: *will* or a scheduling frame (*is expected/scheduled/set
   to*) makes a future act, PLOVER's future rules then code a future meeting
   or support as AGREE and a future withdrawal as CONCEDE; modal verbs and
   *if/unless/until* clauses make it hypothetical, a ``neg`` dependent
   negates it (a negated future withdrawal is a REJECT).
3. **Source**: the subject, or the passive agent (*by X*); coordinated,
   participle and complement clauses inherit their governor's subject.
4. **Target**: the direct object, else an indirect object, else the object
   of *with, to, on, against, at, for, from, toward, into, over* (never of
   *in, near, along*: those are places).

Only events whose source is an actor are returned as coded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from truce.news.lexicon import Lexicon, plover_type
from truce.news.mentions import ActorRef, Discourse, MentionFinder
from truce.news.patterns import ArgumentWords, candidate_senses, choose_among

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["RawEvent", "code_sentence"]

_TARGET_PREPS = frozenset({"with", "to", "on", "against", "at", "for", "from", "toward", "towards", "into",
                           "over", "upon"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
_MODAL_AUX = frozenset({"could", "might", "may", "would", "should", "must", "can"})
_FUTURE_FRAMES = frozenset({"schedule", "expect", "set", "due", "plan", "slate", "poise", "go", "prepare"})
_THREAT_OF_FORCE = "138"
_ATTACK = "190"
_COUNTS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "series", "wave",
                     "barrage", "number", "string"})
_PREDICTIONS = frozenset({"expect", "likely"})
_CONDITIONS = frozenset({"if", "unless", "until", "once", "whether", "lest"})
_BACKGROUND = frozenset({"relcl", "acl", "amod", "csubj", "csubjpass", "compound", "nmod", "appos"})
# Support, demands, rejections and criticism take the named author of their object as target
# (annotation rule 5), and attacks the named owner of what they hit ("struck Hezbollah targets").
_AUTHOR_TARGETS = frozenset({"05", "10", "11", "12", "17", "18", "19", "20"})
_SAYING = frozenset({"say", "tell", "add", "announce", "report", "state", "confirm", "claim", "write",
                     "insist", "declare", "note", "reply", "answer"})


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
        return bool(self.sources) and not self.negated and self.modality in ("asserted", "future")


class _Sentence:
    def __init__(self, sent: Span, lexicon: Lexicon, finder: MentionFinder, discourse: Discourse,
                 day: dt.date) -> None:
        self.sent, self.lexicon, self.finder, self.discourse, self.day = sent, lexicon, finder, discourse, day
        self.found = finder.mentions(sent, day)
        self.codes: dict[int, str] = {}
        self.light: dict[int, int] = {}
        self._sources: dict[int, list[ActorRef]] = {}

    # --- codes -------------------------------------------------------------------------------
    def verb_code(self, tok: Token) -> str | None:
        if tok.lemma_.lower() in self.lexicon.desires:
            return None
        senses = self.lexicon.verbs.get(tok.lemma_.lower()) or self.lexicon.verbs.get(tok.lower_)
        if not senses:
            return None
        particles = [c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "agent")]
        return choose_among(candidate_senses(senses, particles), self._words(tok), self.lexicon)

    def light_code(self, tok: Token) -> str | None:
        """A light verb takes the code of its event-noun object ("issued a warning", "held talks")."""
        lemma = tok.lemma_.lower()
        if lemma not in self.lexicon.light_verbs and lemma not in self.lexicon.firing_verbs:
            return None
        nouns = self.lexicon.light_nouns
        for child in (_counted(c) for c in tok.children):
            if child.dep_ in ("dobj", "nsubjpass", "pobj"):
                code = nouns.get(child.lower_) or self.lexicon.event_nouns.get(child.lower_) or \
                    nouns.get(child.lemma_.lower())
                if lemma in self.lexicon.firing_verbs and child.lower_ in self.lexicon.weapons:
                    code = _ATTACK
                elif lemma not in self.lexicon.light_verbs:
                    code = None
                if code is not None:
                    self.light[tok.i] = child.i
                    return code
        return None

    def hostile(self, tok: Token) -> bool:
        """A commitment whose content is force ("vowed revenge", "pledged to keep fighting") is a
        threat: PLOVER's THREATEN covers stated intentions of conflictual acts (CAMEO 138)."""
        for child in (c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")):
            for t in child.subtree:
                code = self.codes.get(t.i) or self.lexicon.light_nouns.get(t.lower_) or \
                    self.lexicon.light_nouns.get(t.lemma_.lower()) or ""
                mapped = plover_type(code) if code else None
                if mapped is not None and mapped[0] in ("ASSAULT", "COERCE"):
                    return True
        return False

    def _words(self, tok: Token) -> ArgumentWords:
        """Pattern words: the subject, each object's noun phrase (head and its left modifiers),
        and prepositional phrases of the verb and of its objects (PETRARCH's head-noun matching)."""
        before: list[str] = []
        after: list[str] = []
        preps: list[tuple[str, list[str]]] = []
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                before += _phrase(child)
            elif child.dep_ in ("prep", "agent"):
                words = [w for g in child.children if g.dep_ == "pobj" for w in _phrase(g)]
                preps.append((child.lower_, words))
            elif child.dep_ in ("dobj", "attr", "oprd", "dative", "prt", "acomp", "npadvmod", "advmod"):
                after += _phrase(child)
                preps += [(g.lower_, [w for o in g.children if o.dep_ == "pobj" for w in _phrase(o)])
                          for g in child.children if g.dep_ == "prep"]
        return ArgumentWords(before, after, preps)

    # --- roles -------------------------------------------------------------------------------
    def governor(self, tok: Token) -> Token | None:
        head = tok.head
        if head.i == tok.i:
            return None
        if head.dep_ == "prep" and head.head.i != head.i:
            return head.head
        return head

    def modality(self, tok: Token) -> tuple[str, bool]:
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if marks & _CONDITIONS:
            return "hypothetical", negated
        gov = self.governor(tok)
        if tok.dep_ in _BACKGROUND and not self.misparsed(tok):
            return "complement", negated
        if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in tok.children):
            return "complement", negated  # a free relative: "what it called pre-emptive strikes"
        if tok.dep_ == "advcl" and ("to" in aux or "in" in marks):
            return "purpose", negated
        if tok.dep_ in ("xcomp", "ccomp") and gov is not None and gov.lemma_.lower() in self.lexicon.desires:
            return "hypothetical", negated
        if tok.dep_ in ("xcomp", "ccomp", "pcomp", "conj", "advcl") and gov is not None and \
                gov.pos_ in ("VERB", "AUX", "ADJ"):
            inherited, gov_negated = self.modality(gov)
            if tok.dep_ == "conj":
                return (inherited, negated or gov_negated) if inherited != "asserted" or not aux else \
                    self._own(aux, negated, gov)
            if tok.dep_ in ("xcomp", "ccomp") and gov.lemma_.lower() in _FUTURE_FRAMES:
                return self._framed(tok, gov), negated or gov_negated
            if tok.dep_ in ("xcomp", "ccomp", "pcomp") and gov.i in self.codes:
                return "requested", negated
            if tok.dep_ in ("xcomp", "pcomp"):
                return ("complement" if inherited == "asserted" else inherited), negated
            if inherited == "hypothetical":
                return "hypothetical", negated
        return self._own(aux, negated, gov)

    def _framed(self, tok: Token, frame: Token) -> str:
        """*is scheduled / set / due to* announce a future act; *is expected to* predicts one, which
        PLOVER codes only for engagements (meetings and visits are announced that way)."""
        if frame.lemma_.lower() not in _PREDICTIONS:
            return "future"
        code = self.codes.get(tok.i, "")
        return "future" if code[:2] == "04" else "hypothetical"

    def misparsed(self, tok: Token) -> bool:
        """A participle attached to a noun but with a direct object ("airstrikes killed 90 people") is
        the clause's own verb: a reduced relative ("hostages held by Hamas") has no object."""
        return tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.tag_ != "VB" and \
            any(c.dep_ == "dobj" for c in tok.children)  # not an infinitive: "the right to resume fighting"

    def _own(self, aux: set[str], negated: bool, gov: Token | None) -> tuple[str, bool]:
        if aux & _FUTURE_AUX:
            return "future", negated
        if aux & _MODAL_AUX:
            said = gov is not None and gov.lemma_.lower() in _SAYING and "would" in aux
            return ("future" if said else "hypothetical"), negated
        return "asserted", negated

    def sources(self, tok: Token) -> list[ActorRef]:
        if tok.i in self._sources:
            return self._sources[tok.i]
        self._sources[tok.i] = []
        refs: list[ActorRef] = []
        deps = {c.dep_ for c in tok.children}
        for child in tok.children:
            if child.dep_ == "nsubj":
                refs = self.finder.resolve(child, self.found, self.discourse, self.day)
                break
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                refs = self.finder.resolve(objs[0], self.found, self.discourse, self.day) if objs else []
                break
        else:
            gov = self.governor(tok)
            if self.misparsed(tok):
                refs = self.finder.resolve(tok.head, self.found, self.discourse, self.day)
            elif gov is not None and not deps & {"nsubjpass", "expl", "csubj"} and \
                    tok.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "acomp") and \
                    gov.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
                refs = self.sources(gov) if tok.dep_ != "xcomp" else \
                    (self._object(gov) or self.sources(gov) or self._passive_subject(gov))
        self._sources[tok.i] = refs
        return refs

    def _passive_subject(self, tok: Token) -> list[ActorRef]:
        """"Blinken is scheduled to meet": the passive subject of a frame is the subject of its complement."""
        for child in tok.children:
            if child.dep_ == "nsubjpass":
                return self.finder.resolve(child, self.found, self.discourse, self.day)
        return []

    def _object(self, tok: Token) -> list[ActorRef]:
        for child in tok.children:
            if child.dep_ in ("dobj", "dative"):
                return self.finder.resolve(child, self.found, self.discourse, self.day)
        return []

    def targets(self, tok: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """Named recipients only: generic agents ("90 people", "protesters") are no target (rule 5)."""
        names = {r.name for r in sources}
        author = self.codes.get(tok.i, "")[:2] in _AUTHOR_TARGETS
        found = [r for r in self._direct_target(tok, names, author) if r.kind != "agent"]
        if found:
            return found
        for clause in (c for c in tok.children if c.dep_ in ("ccomp", "xcomp")):  # "demanded that X withdraw"
            for child in clause.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return [r for r in self.finder.resolve(child, self.found, self.discourse, self.day)
                            if r.name not in names and r.kind != "agent"]
        return []

    def _direct_target(self, tok: Token, names: set[str], author: bool) -> list[ActorRef]:
        ordered = sorted(tok.children,
                         key=lambda c: (c.dep_ not in ("dobj", "nsubjpass"), c.dep_ != "dative", c.i))
        for child in ordered:
            if child.dep_ in ("dobj", "dative", "nsubjpass") and not _own(child):
                found = self.finder.resolve(child, self.found, self.discourse, self.day, author=author)
                refs = [r for r in found if r.name not in names and r.kind != "agent"]
                if refs:
                    return refs
            if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
                refs = self._prep_target(child, names, author)
                if refs:
                    return refs
        for obj in (c for c in ordered if self.light.get(tok.i) == c.i):  # "held talks with X"
            for prep in (g for g in obj.children if g.dep_ == "prep" and g.lower_ in _TARGET_PREPS):
                refs = self._prep_target(prep, names, author)
                if refs:
                    return refs
        return []

    def _prep_target(self, prep: Token, names: set[str], author: bool) -> list[ActorRef]:
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            refs = [r for r in self.finder.resolve(obj, self.found, self.discourse, self.day, author=author)
                    if r.name not in names and r.kind != "agent"]
            if refs:
                return refs
        return []

    # --- events ------------------------------------------------------------------------------
    def scope(self, tok: Token) -> tuple[int, ...]:
        skip = {c.i for c in tok.children if c.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis")}
        out: list[int] = []
        stack = [tok]
        while stack:
            t = stack.pop()
            out.append(t.i)
            stack += [c for c in t.children if c.i not in skip]
        return tuple(sorted(out))

    def event(self, tok: Token, cameo: str, sources: list[ActorRef], targets: list[ActorRef],
              modality: str, negated: bool) -> RawEvent | None:
        mapped = plover_type(cameo)
        if mapped is None:
            return None
        kind, mode = mapped
        if modality == "future":
            if negated and kind in ("RETREAT", "CONCEDE", "AGREE"):
                kind, negated, modality = "REJECT", False, "asserted"
            elif kind in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
                kind, mode = "AGREE", None
            elif kind == "RETREAT":
                kind = "CONCEDE"
        return RawEvent(tok.i, kind, mode, cameo, tuple(sources), tuple(targets), negated, modality,
                        self.scope(tok))

    def noun_event(self, tok: Token, cameo: str) -> RawEvent | None:
        """An event noun: its agent is its possessor, the members of *between*, its *by* phrase, or
        the subject of the verb it is the object of (*held talks*, *during talks with X, Y said*)."""
        gov = self.governor(tok) if tok.dep_ == "pobj" else (tok.head if tok.head.i != tok.i else None)
        if gov is not None and gov.i in self.codes and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
            return None
        sources: list[ActorRef] = []
        targets: list[ActorRef] = []
        for child in tok.children:
            if child.dep_ == "poss":
                sources = self.finder.resolve(child, self.found, self.discourse, self.day)
            elif child.dep_ == "prep" and child.lower_ in ("between", "among", "by"):
                for obj in (g for g in child.children if g.dep_ == "pobj"):
                    sources = self.finder.resolve(obj, self.found, self.discourse, self.day)
            elif child.dep_ == "prep" and child.lower_ in ("with", "to"):
                for obj in (g for g in child.children if g.dep_ == "pobj"):
                    targets = self.finder.resolve(obj, self.found, self.discourse, self.day) or targets
            elif child.dep_ == "acl" and child.lemma_.lower() in ("involve", "include"):
                for obj in (g for g in child.children if g.dep_ == "dobj"):
                    sources = self.finder.resolve(obj, self.found, self.discourse, self.day)
        modality, negated = "asserted", False
        if gov is not None and gov.pos_ in ("VERB", "AUX"):
            modality, negated = self.modality(gov)
            if not sources and tok.dep_ in ("dobj", "pobj", "nsubj"):
                sources = self.sources(gov) if tok.dep_ != "nsubj" else []
        elif tok.dep_ in ("nsubj", "nsubjpass", "ROOT") and not sources:
            return None
        return self.event(tok, cameo, sources, targets, modality, negated)


def code_sentence(sent: Span, lexicon: Lexicon, finder: MentionFinder, discourse: Discourse,
                  day: dt.date) -> tuple[list[RawEvent], dict[int, ActorRef]]:
    """Events of one parsed sentence (coded and uncoded) and its actor mentions by token."""
    state = _Sentence(sent, lexicon, finder, discourse, day)
    verbs = [t for t in sent if t.pos_ == "VERB"]
    for tok in verbs:
        code = state.light_code(tok) or state.verb_code(tok)
        if code is not None and plover_type(code) is not None:
            state.codes[tok.i] = code
    for tok in verbs:
        if state.codes.get(tok.i, "")[:2] == "03" and state.hostile(tok):
            state.codes[tok.i] = _THREAT_OF_FORCE
    for tok in verbs:  # subjects in order, so that a later "it" / "he" can refer to them
        for ref in state.sources(tok)[:1]:
            discourse.remember_local(ref)
    events: list[RawEvent] = []
    for tok in sent:
        if tok.i in state.codes:
            modality, negated = state.modality(tok)
            sources = state.sources(tok)
            targets = state.targets(tok, sources)
            made = state.event(tok, state.codes[tok.i], sources, targets, modality, negated)
        elif tok.pos_ == "NOUN" and tok.lower_ in lexicon.event_nouns:
            made = state.noun_event(tok, lexicon.event_nouns[tok.lower_])
        else:
            continue
        if made is not None and not _same_act(made, events, sent):
            events.append(made)
    main = [t for t in sent if t.dep_ == "ROOT"]
    main += [c for t in main for c in t.conjuncts]
    for tok in main:  # later sentences refer back to the main clause's subject
        for child in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
            for ref in finder.resolve(child, state.found, discourse, day)[:1]:
                discourse.remember(ref)
    discourse.end_sentence()
    return events, state.found


def _counted(token: Token) -> Token:
    """"dozens of rockets", "a series of strikes": the counted noun."""
    if token.dep_ in ("dobj", "nsubjpass") and (token.like_num or token.lemma_.lower() in _COUNTS):
        return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), token)
    return token


def _own(token: Token) -> bool:
    """"withdrew its troops", "recalled their envoys": the source's own people are no target."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in token.children)


def _phrase(token: Token) -> list[str]:
    """Forms and lemmas of a noun phrase's head and its left modifiers."""
    words = [t for left in token.lefts for t in left.subtree] + [token]
    return [w for t in words for w in (t.lower_, t.lemma_.lower())]


def _same_act(event: RawEvent, earlier: list[RawEvent], sent: Span) -> bool:
    """A participle clause of the same type as its governor ("struck Tel Aviv, killing one") is one
    act; the demand of a protest ("protested, demanding a deal") is its topic (PLOVER), not an act."""
    tok = sent.doc[event.head]
    return tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG" and any(
        e.head == tok.head.i and e.event_type in (event.event_type, "PROTEST") for e in earlier)
