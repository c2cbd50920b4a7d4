"""Source and target of an event from the dependency parse (PLOVER annotation rules 3-5).

**Source**: the subject, or the passive agent (*by X*); coordinated,
participle and complement clauses inherit their governor's subject, an
infinitive complement its governor's object (*urged Hamas to accept*).
**Target**: :mod:`truce.news.targets` (the direct object, else an indirect
object, else a prepositional object that is no place, ...), which
:class:`Roles` joins to the sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.acts import counted
from truce.news.appeals import demand_stated
from truce.news.clause_readings import according_to, judged, made_clear
from truce.news.clauses import (
    SAYING,
    fronted_participle,
    governor,
    misparsed,
    name_before,
    nonrestrictive,
    scope,
)
from truce.news.dates import CALENDAR_NAMES
from truce.news.delegations import delegation_acts, delegation_taken
from truce.news.lexicon import FORCE, OWNING_PRONOUNS
from truce.news.objects import KEPT_IN_PLACE, STAYING, state_of
from truce.news.phrases import attack_noun
from truce.news.received import causes, died
from truce.news.subjects import (
    accompanied,
    apposed_after_fronted,
    comma_listed,
    described_name,
    first_conjunct,
    fronted_clause_subject,
    listed_after_setting,
    named_mediators,
    stray_subjects,
)
from truce.news.targets import TargetRoles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from truce.news.arguments import SentenceActors
    from truce.news.mentions import ActorRef

__all__ = ["Roles"]

# Verbs that take a small clause ("see the hostages freed", "have their sanctions lifted")
_SMALL_CLAUSE_HEADS = frozenset({"see", "have", "get", "want", "leave", "find", "watch", "need"})
# Agentless passives a speaker reports as its own act: agreeing, consulting, engaging, aiding, yielding.
_SPEAKERS_OWN = frozenset({"03", "04", "05", "06", "07", "08"})
_DISTRIBUTIVE = frozenset({"both", "each", "all"})
_JOINING = _DISTRIBUTIVE | {"and", "the"}  # between the names of a subject hung before a comma
_REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself"})
_MEANS_PREPS = frozenset({"in", "by", "during"})  # "killed in an airstrike", "by shelling", "during raids"
_STATIVE = frozenset({"opposed", "committed", "determined", "resolved", "inclined", "used"})  # states held


def _passive_participle_clause(tok: Token) -> bool:
    """An adverbial clause of a past participle with no auxiliary or agent ("forced to choose between a
    deal and the corridor, he would choose ..."): the main clause's subject is its patient, not its doer
    (Huddleston & Pullum 2002, ch. 14, on past-participial supplements).  A participle of state is the
    subject's own ("Egypt, long opposed to ..., stayed silent")."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.lower_ not in _STATIVE and not any(
        c.dep_ in ("aux", "auxpass", "agent") for c in tok.children)


class Roles(TargetRoles):
    """Sources and targets of the verbs of one sentence (sources cached: clauses inherit them; targets
    from :class:`~truce.news.targets.TargetRoles`).

    By token index: ``codes`` gives each coded verb's CAMEO code, ``light`` each light verb's
    event noun (*held talks*), ``commanded`` each act ordered of one's own forces its command.
    """

    def __init__(self, actors: SentenceActors, codes: dict[int, str], light: dict[int, int],
                 commanded: dict[int, int] | None = None) -> None:
        self.actors, self.codes, self.light = actors, codes, light
        self.commanded = commanded if commanded is not None else {}
        self.weapons = actors.lexicon.weapons
        synsets = actors.lexicon.synsets  # agreements as things: a modifier is where they hold (rule 7)
        self.truces = synsets.get("ceasefire", frozenset()) | synsets.get("treaty", frozenset())
        self._sources: dict[int, list[ActorRef]] = {}

    def sources(self, tok: Token) -> list[ActorRef]:
        """The actors who do the act of verb ``tok``: its subject or agent, else its governing clause's."""
        if tok.i in self._sources:
            return self._sources[tok.i]
        self._sources[tok.i] = []
        refs: list[ActorRef] | None = self._not_by_subject(tok)
        if refs is not None:
            self._sources[tok.i] = refs
            return refs
        refs = []
        deps = {c.dep_ for c in tok.children if not fronted_participle(c)}
        for child in tok.children:
            if child.dep_ == "nsubj" and child.lower_ in ("which", "who", "that") and (
                    (nonrestrictive(tok) and child.lower_ != "that") or delegation_acts(tok)):
                refs = self._antecedent(tok, child)  # ", which refused": the noun it follows
                break
            if child.dep_ == "nsubj" and child.lower_ in _REFLEXIVE and tok.head.i != tok.i:
                refs = self.sources(tok.head)  # "Kyiv declared itself ready to accept": the declarer
                break
            if child.dep_ == "nsubj" and self._patient_subject(tok, child):
                continue
            if child.dep_ == "nsubj" and not fronted_clause_subject(tok, child) and \
                    not described_name(tok, child):
                refs = self._subject(tok, child)
                break
            if child.dep_ == "csubj" and child.tag_ == "VBG" and apposed_after_fronted(tok, child):
                refs = self._subject(tok, child)  # "Using 100 warplanes, Israel carried out": the name
                break
            if child.dep_ == "agent" and child.lower_ == "by":  # not "expected between A and B"
                objs = [g for b in (child, *child.conjuncts) for g in b.children if g.dep_ == "pobj"]
                refs = self.actors.resolve(objs[0]) if objs else []
                refs += [r for o in objs[:1] for t in (*accompanied(tok, o), *objs[1:])  # "by Hamas and by
                         for r in self.actors.resolve(t) if r not in refs]  # Iran": both
                break
        else:
            gov = _clause_above(tok)
            if misparsed(tok):  # "Sisi hosted Blinken": the name before the verb read as a modifier
                refs = self.actors.resolve(name_before(tok) or first_conjunct(tok.head))
            elif gov is not None and not deps & {"nsubjpass", "expl", "csubj"} and \
                    tok.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "acomp") and \
                    gov.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and not _passive_participle_clause(tok):
                refs = self.sources(gov) if tok.dep_ != "xcomp" or tok.i in self.commanded else \
                    self._controller(gov)
                if not refs and gov.pos_ == "NOUN" and gov.dep_ == "dobj" and gov.head.lemma_ == "have":
                    refs = self.sources(gov.head)  # "Israel had no intention of leaving": the holder's
        if not refs and "nsubjpass" in deps:
            refs = self._passive_source(tok)
        if not refs and not deps & {"nsubj", "nsubjpass", "expl", "csubj"}:
            listed = [r for t in listed_after_setting(tok) for r in self.actors.resolve(t, 1)
                      if r.kind != "agent"]
            refs = listed or self._dated_subject(tok) or self._fronted(tok.i, tok.doc)
        refs = named_mediators(self._own_state_refusing(tok, refs), self.actors.lexicon.third_parties)
        self._sources[tok.i] = refs
        return refs

    def _own_state_refusing(self, tok: Token, refs: list[ActorRef]) -> list[ActorRef]:
        """"Netanyahu ruled out any Israeli withdrawal": a leader refusing a withdrawal or a release of his
        own state's refuses it for the state, as "Israel will not withdraw, Netanyahu said" does; else
        ``refs``."""
        lexicon = self.actors.lexicon
        if self.codes.get(tok.i, "")[:2] != "12" or not refs or not all(r.person for r in refs):
            return refs
        states = [r for a in tok.children if a.dep_ == "dobj" and (lexicon.named_acts.get(a.lower_) or "")[:2]
                  == "08" for m in a.children if m.dep_ in ("amod", "poss")
                  for r in self.actors.resolve(m) if not r.person and len(r.code or "") == 3]
        if not states or not all(r.code == states[0].code for r in states) or not all(
                (r.code or "")[:3] == states[0].code for r in refs):
            return refs
        return states[:1]

    def _patient_subject(self, tok: Token, subject: Token) -> bool:
        """A subject that is the patient of a passive the parser did not mark: of a participle in a small
        clause ("would see women and wounded hostages freed", "..., said people briefed on the talks"), or
        of a verb with an agent when the subject names no one (", a demand turned down by Hamas" parsed as
        a main verb: the agent does it)."""
        gov = tok.head.lemma_.lower()
        small_clause = tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp") and (
            gov in _SMALL_CLAUSE_HEADS or (gov in SAYING and tok.i > tok.head.i)) and not any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children)
        return small_clause or (not self.actors.resolve(subject) and any(
            c.dep_ == "agent" and any(self.actors.resolve(g) for g in c.children) for c in tok.children))

    def _antecedent(self, tok: Token, relative: Token) -> list[ActorRef]:
        """The noun a relative clause follows; "which" is no person's ("a delegation headed by al-Hayya,
        which had arrived": the delegation)."""
        refs = self.actors.resolve(tok.head)
        if relative.lower_ == "which" and refs and all(r.person for r in refs):
            return next((self.actors.resolve(a) for a in tok.head.ancestors if a.pos_ == "NOUN"), refs)
        return refs

    def _not_by_subject(self, tok: Token) -> list[ActorRef] | None:
        """Sources that are not the verb's own subject: none for the dead ("92 people died in the
        strike": its victims) but the owner of what killed them ("died in Israeli air raids"), the judge
        of a copula that judges, a delegation headed somewhere, the owner of a demand told, the main
        verb's subject for a fronted participle ("Agreeing to a truce, Israel and Hamas signed"); else
        None."""
        if died(tok) or (tok.dep_ == "acomp" and tok.tag_ == "VBN" and self.codes.get(tok.i, "")[:2] in
                         FORCE):
            return self._instrument(tok)  # by whoever owns the strike they died in, if it is named; "was
            # slain in Tehran", a passive the parser read as an adjective: not by the slain
        if judged(tok) is not None:
            return self._judge(tok)
        if (team := delegation_taken(tok)) is not None:  # "led a Hamas team into Cairo": the team's
            return self.actors.resolve(team)
        if demand_stated(tok) is not None:  # "Israeli demands included a list": the demand's owner
            return [r for c in tok.children if c.dep_ == "nsubj" for r in self.actors.resolve(c, author=True)]
        if self.codes.get(tok.i) == KEPT_IN_PLACE and tok.lemma_.lower() in STAYING:
            return self._keeping_state(tok)
        return self.sources(tok.head) if fronted_participle(tok) else None

    def _keeping_state(self, tok: Token) -> list[ActorRef]:
        """"Israeli forces would stay in the corridor": the state that refuses to withdraw them; forces
        of no state named are the speaker's own ("the office said troops would remain there")."""
        lexicon = self.actors.lexicon
        refs = [state_of(r, lexicon) for c in tok.children if c.dep_ == "nsubj"
                for r in self.actors.resolve(c)]
        if refs and all(lexicon.name_of_code(r.code or "-") for r in refs):
            return refs
        said = tok.head if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAYING else None
        return [state_of(r, lexicon) for r in self.sources(said)] if said is not None else []

    def _judge(self, copula: Token) -> list[ActorRef]:
        """Who finds something unacceptable or untrue: the *to* or *for* of the complement ("unacceptable to
        Hamas", "a non-starter for Hamas"), else the one who says so ("it would be unacceptable to end the
        war, Smotrich said"), also in a parenthetical the parser hangs on the copula ("a pullback, Netanyahu
        said, was off the table") or after *according to* ("According to Smotrich, a halt was ruled out")."""
        judges = [g for a in copula.children if a.dep_ in ("acomp", "attr") for p in a.children
                  if p.dep_ == "prep" and p.lower_ in ("to", "for") for g in p.children if g.dep_ == "pobj"]
        if judges:
            return self.actors.resolve(judges[0])
        if copula.dep_ == "ccomp" and (copula.head.lemma_.lower() in SAYING or made_clear(copula.head)):
            return self.sources(copula.head)
        said = [c for c in copula.children if c.dep_ == "parataxis" and c.lemma_.lower() in SAYING]
        if said:
            return self.sources(said[0])
        return [r for o in according_to(copula) for r in self.actors.resolve(o)]

    def _subject(self, tok: Token, child: Token) -> list[ActorRef]:
        """The actors a verb's subject names, with what the parser split off it."""
        if child.lemma_.lower() in self.truces:
            return []  # "the Lebanon truce took effect", "a Gaza cease-fire offers": the place it holds in
        misread = child.lower_ in _DISTRIBUTIVE or child.tag_ == "VBG"  # "both", a participle
        unnamed = child.i not in self.actors.found  # the name after the fronted phrase, not its noun's owner

        def apposed() -> list[ActorRef]:
            return [r for a in apposed_after_fronted(tok, child) for r in self.actors.resolve(a)]

        refs = (apposed() if unnamed else []) or self.actors.resolve(child) or (
            self._fronted(tok.i, tok.doc) if misread else []) or ([] if unnamed else apposed())
        if refs and child.left_edge.i > 0 and tok.doc[child.left_edge.i - 1].lower_ == "and":
            refs = [*(r for r in self._fronted(child.left_edge.i, tok.doc) if r not in refs), *refs]
        if child.lower_ == "they" and tok.dep_ == "ccomp" and len(self.sources(tok.head)) > 1:
            refs = self.sources(tok.head)  # "Armenia and Azerbaijan said they had agreed": both
        for other in (*stray_subjects(tok, child), *comma_listed(tok, child), *accompanied(tok, child)):
            refs += [r for r in self.actors.resolve(other) if r not in refs]
        return refs

    def trailing_cause(self, tok: Token) -> list[ActorRef]:
        """"Israeli jets struck Hamas leaders gathered in Doha ..., drawing condemnation from Qatar": a
        reaction drawn by a participle after a comma is to the main clause's act, wherever the parser
        hung it: the main clause's source (the reaction's target)."""
        if tok.tag_ != "VBG" or tok.i == 0 or tok.doc[tok.i - 1].text != "," or \
                not causes(tok, self.actors.lexicon):
            return []
        root = tok.sent.root
        return self.sources(root) if root.pos_ in ("VERB", "AUX") else []

    def _fronted(self, end: int, doc: Doc) -> list[ActorRef]:
        """The subject the parser hung on the phrase before a comma ("After talks in Riyadh, Russia and
        Ukraine both agreed", "After a meeting with Macron, Egypt and Qatar urged", "Meeting under
        the auspices of the emir of Qatar, Congo's Felix Tshisekedi and Rwandan President Paul Kagame
        called"): the names joined by *and* between the comma and token ``end``, when the first hangs
        on a word before the comma; so a name set off by commas right before the verb ("After Haniyeh
        was killed in Tehran, Iran's supreme leader, Ayatollah Ali Khamenei, vowed")."""
        refs: list[ActorRef] = []
        heads: list[Token] = []
        while end > 0 and doc[end - 1].dep_ in ("aux", "auxpass") and doc[end - 1].head.i == end:
            end -= 1  # "..., Antony Blinken, is set to meet": the auxiliaries before the verb
        k = end - 2 if end > 1 and doc[end - 1].text == "," else end - 1
        while k >= 0 and doc[k].text != ",":
            if doc[k].lower_ in _JOINING:
                k -= 1
                continue
            found = [r for r in self.actors.resolve(doc[k], 1) if r.kind != "agent"]
            if not found or (doc[k].pos_ not in ("PROPN", "NOUN") and k not in self.actors.found):
                return []
            refs[:0], heads[:0] = found, [doc[k]]
            k = doc[k].left_edge.i - 1
        if k < 1 or not refs or doc[k - 1].dep_ == "conj":  # "of the United States, Israel, Egypt and
            return []  # Qatar": a list across the comma
        hung = heads[0].dep_ in ("conj", "prep", "appos") and heads[0].head.i <= k
        return list(dict.fromkeys(refs)) if hung else []

    def _dated_subject(self, tok: Token) -> list[ActorRef]:
        """"On Tuesday mediators from Egypt and Qatar urged ...": the parser reads the subject after a
        fronted day or month as the object of its preposition ("On [Tuesday mediators]"); the noun
        that a calendar name modifies there is the verb's subject.  So is a subject the parser hung on
        the auxiliary when a date stands between it and the verb."""
        fronted = (c for c in tok.children if c.dep_ == "prep" and c.i < tok.i and c.lower_ in ("on", "in"))
        for prep in fronted:
            for obj in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ not in CALENDAR_NAMES):
                if any(c.dep_ == "compound" and c.lower_ in CALENDAR_NAMES and c.i == prep.i + 1
                       for c in obj.subtree):  # "On [Friday Yemen's government and the Houthis] started"
                    return self.actors.resolve(obj)
        # "Hamas had on July 6 withdrawn its demand": the subject hung on the auxiliary before the date
        return [r for a in tok.children if a.dep_ == "aux" and a.i < tok.i for s in a.children
                if s.dep_ == "nsubj" for r in self.actors.resolve(s)]

    def _passive_source(self, tok: Token) -> list[ActorRef]:
        """A passive verb whose agent the parser hung elsewhere in its clause ("was brushed aside as
        unrealistic by Lavrov", "was reopened to aid trucks by Israel"); a delegation sent (042) is
        its own side's visit; an act of force done in an actor's strike (see ``_instrument``)."""
        own = set(scope(tok))
        for by in (t for t in tok.subtree if t.i in own and t.lower_ == "by" and t.dep_ in ("prep", "agent")
                   and not (t.head.i != tok.i and t.head.dep_ in ("acl", "relcl"))):  # "a truce proposed by
            # X has been accepted": the agent of a participle on the subject is not the passive's
            for obj in (g for g in by.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")):
                refs = [r for r in self.actors.resolve(obj) if r.kind != "agent"]
                if refs:
                    return refs
        code = self.codes.get(tok.i, "")
        if code == "042":
            return [r for c in tok.children if c.dep_ == "nsubjpass" for r in self.actors.resolve(c)
                    if r.kind != "agent"]
        noun = tok.doc[self.light[tok.i]] if tok.i in self.light else next(  # a reply handed on (046):
            (c for c in tok.children if c.dep_ == "nsubjpass" and code == "046"), None)  # "was passed to"
        if noun is not None and noun.dep_ == "nsubjpass":  # "the response from Hamas was delivered": by Hamas
            authors = [r for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "of") for g in
                       p.children if g.dep_ == "pobj" for r in self.actors.resolve(g) if r.kind != "agent"]
            if authors:
                return authors
        if code[:2] in FORCE:
            return self._instrument(tok)
        if code[:4] == "0874":  # "Ukrainian troops were withdrawn": a state's forces pulled back, its retreat
            forces = [r for c in tok.children if c.dep_ == "nsubjpass" for r in self.actors.resolve(c)
                      if r.kind != "agent" and (r.code or "").endswith("MIL")]
            if forces:
                return forces
        return self._speaker(tok) if code[:2] in _SPEAKERS_OWN else []

    def _speaker(self, tok: Token) -> list[ActorRef]:
        """"The crossing will be reopened, the government said", "Hamas said the proposal had been
        accepted": an agentless passive act of cooperation reported by a named speaker is the
        speaker's own announcement (never an act done to the speaker or its own people)."""
        said = tok.head
        if tok.dep_ not in ("ccomp", "parataxis") or said.lemma_.lower() not in SAYING:
            return []
        subjects = [c for c in said.children if c.dep_ == "nsubj"]
        refs = [r for r in self.actors.resolve(subjects[0]) if r.kind != "agent"] if subjects else []
        patients = [c for c in tok.children if c.dep_ == "nsubjpass"]
        owned = any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for p in patients for c in p.children)
        names = {r.name for r in refs}
        states = {(r.code or "")[:3] for r in refs if len(r.code or "") >= 3}  # "Thai workers": Thailand's
        done_to_speaker = any(p.pos_ == "PRON" or any(r.name in names or (r.code or "")[:3] in states
                                                      for r in self.actors.resolve(p)) for p in patients)
        if not patients or owned or done_to_speaker:
            return []
        return refs

    def _instrument(self, tok: Token) -> list[ActorRef]:
        """"was killed in an Israeli airstrike", "were wounded by Russian shelling", "died at the hands of its
        troops": a passive act of force without an agent is done by whoever owns the weapon, strike or
        attack that did it, at whose hands, or the weapons fired ("320 of its rockets had been fired")."""
        for fired in (counted(c, self.actors.lexicon) for c in tok.children if c.dep_ == "nsubjpass"):
            refs = [r for r in self.actors.resolve(fired) if r.kind != "agent"] \
                if fired.lemma_.lower() in self.weapons or fired.lower_ in self.weapons else []
            if refs:
                return refs
        hands = [o for p in tok.children if p.lower_ == "at" for h in p.children if h.lower_ == "hands"
                 for o in h.children if o.lower_ == "of"]  # "at the hands of X"
        for prep in (*hands, *(c for c in tok.children if c.dep_ == "prep" and c.lower_ in _MEANS_PREPS)):
            for obj in (g for g in prep.children if g.dep_ == "pobj" and (
                    prep in hands or g.lower_ in self.weapons or attack_noun(g, self.actors.lexicon))):
                refs = [r for r in self.actors.resolve(obj) if r.kind != "agent"]
                if refs:
                    return refs
        return []

    def _controller(self, gov: Token) -> list[ActorRef]:
        """Who does what an infinitive under ``gov`` says: the object of a verb of object control, also
        when it names no one in particular ("persuaded both sides to accept": the sides, not the
        persuader); else the subject ("used jets to strike"), or the passive subject of a frame."""
        obj = next((c for c in gov.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None:
            agents = self.actors.lexicon.agents
            someone = obj.pos_ in ("PROPN", "PRON") or obj.lower_ in agents or obj.lemma_.lower() in agents
            someone &= obj.lower_ not in self.weapons  # "used 100 warplanes to pound Hezbollah": the user's
            refs = self.actors.resolve(obj)
            if refs or someone:
                return refs
        return self.sources(gov) or self._child(gov, "nsubjpass")

    def _child(self, tok: Token, *deps: str) -> list[ActorRef]:
        """The actors of a verb's first child with one of ``deps``: its object, or the passive subject of
        a frame, which is the subject of its complement ("Blinken is scheduled to meet")."""
        child = next((c for c in tok.children if c.dep_ in deps), None)
        return self.actors.resolve(child) if child is not None else []


def _clause_above(tok: Token) -> Token | None:
    """The governor of a verb, or, for a verb of its tense that the parser joined by *and* to a clause
    whose subject is the dummy *it* of a copula ("said it was time for the war to end and called on
    Hamas"), the clause above it (the sayer's), for *it* does no act."""
    gov = governor(tok)
    if gov is None or tok.dep_ != "conj" or gov.i != tok.head.i or gov.tag_ != tok.tag_:
        return gov
    dummy = gov.lemma_.lower() == "be" and gov.dep_ == "ccomp" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in gov.children) and any(
        c.dep_ in ("attr", "acomp") for c in gov.children)
    return governor(gov) if dummy else gov
