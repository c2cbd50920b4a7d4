"""Source and target of an event from the dependency parse (PLOVER annotation rules 3-5).

**Source**: the subject, or the passive agent (*by X*); coordinated,
participle and complement clauses inherit their governor's subject, an
infinitive complement its governor's object (*urged Hamas to accept*).
**Target**: the direct object, else an indirect object, else the object of
*with, to, on, against, at, for, from, toward, into, over* (never of *in,
near, along*: those are places), else the object's own prepositional phrase
after a light verb (*held talks with X*), else the subject of a complement
clause (*demanded that Israel withdraw*).  Named recipients only: generic
agents (*90 people*, *protesters*) and the source's own people (*withdrew
its troops*) are no target; the named author of what is supported,
demanded, rejected or criticised is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.acts import arrival_host, arrival_purpose
from truce.news.clauses import (
    SAYING,
    aside_content,
    clause_for,
    fronted_participle,
    governor,
    misparsed,
    name_before,
    nonrestrictive,
    scope,
)
from truce.news.dates import CALENDAR_NAMES
from truce.news.lexicon import OWNING_PRONOUNS
from truce.news.subjects import (
    apposed_after_fronted,
    first_conjunct,
    fronted_clause_subject,
    listed_after_setting,
    shared_subject,
    stray_subjects,
)
from truce.news.triggers import causes, charged_clause, hyphenated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from truce.news.arguments import SentenceActors
    from truce.news.mentions import ActorRef

__all__ = ["Roles"]

_TARGET_PREPS = frozenset({"with", "to", "on", "against", "at", "for", "from", "toward", "towards", "into",
                           "over", "upon"})
_GIVING = frozenset({"hand", "give", "cede", "surrender", "transfer", "return"})  # yields handed to someone
_PARTNER_PREPS = frozenset({"with", "to", "for"})  # whom ties, talks or aid cut off were with or for
# Acceptance, support, demands, rejections and criticism take the named author of their object as target
# (annotation rule 5), and attacks the named owner of what they hit ("struck Hezbollah targets").
_AUTHOR_TARGETS = frozenset({"03", "05", "10", "11", "12", "17", "18", "19", "20"})
_FORCE = frozenset({"18", "19", "20"})  # CAMEO assault, fight, mass violence
# Agentless passives a speaker reports as its own act: agreeing, consulting, engaging, aiding, yielding.
_SPEAKERS_OWN = frozenset({"03", "04", "05", "06", "07", "08"})
_DISTRIBUTIVE = frozenset({"both", "each", "all"})
_JOINING = _DISTRIBUTIVE | {"and", "the"}  # between the names of a subject hung before a comma
_ON = frozenset({"on", "against"})
_REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself"})


class Roles:
    """Sources and targets of the verbs of one sentence (sources cached: clauses inherit them).

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
        refs: list[ActorRef] = []
        deps = {c.dep_ for c in tok.children if not fronted_participle(c)}
        if fronted_participle(tok):  # "Agreeing to a truce, Israel and Hamas signed": the verb's subject
            self._sources[tok.i] = refs = self.sources(tok.head)
            return refs
        for child in tok.children:
            if child.dep_ == "nsubj" and child.lower_ in ("which", "who") and nonrestrictive(tok):
                # ", which refused": the noun it follows
                refs = self.actors.resolve(tok.head)
                break
            if child.dep_ == "nsubj" and child.lower_ in _REFLEXIVE and tok.head.i != tok.i:
                refs = self.sources(tok.head)  # "Kyiv declared itself ready to accept": the declarer
                break
            if child.dep_ == "nsubj" and not fronted_clause_subject(tok, child):
                refs = self._subject(tok, child)
                break
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                refs = self.actors.resolve(objs[0]) if objs else []
                break
        else:
            gov = governor(tok)
            if misparsed(tok):  # "Sisi hosted Blinken": the name before the verb read as a modifier
                refs = self.actors.resolve(name_before(tok) or first_conjunct(tok.head))
            elif gov is not None and not deps & {"nsubjpass", "expl", "csubj"} and \
                    tok.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "acomp") and \
                    gov.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
                refs = self.sources(gov) if tok.dep_ != "xcomp" or tok.i in self.commanded else \
                    (self._child(gov, "dobj", "dative") or self.sources(gov) or self._child(gov, "nsubjpass"))
        if not refs and "nsubjpass" in deps:
            refs = self._passive_source(tok)
        if not refs and not deps & {"nsubj", "nsubjpass", "expl", "csubj"}:
            listed = [r for t in listed_after_setting(tok) for r in self.actors.resolve(t, 1)
                      if r.kind != "agent"]
            refs = listed or self._dated_subject(tok) or self._fronted(tok.i, tok.doc)
        self._sources[tok.i] = refs
        return refs

    def _subject(self, tok: Token, child: Token) -> list[ActorRef]:
        """The actors a verb's subject names, with what the parser split off it."""
        if child.lemma_.lower() in self.truces:
            return []  # "the Lebanon truce took effect", "a Gaza cease-fire offers": the place it holds in
        misread = child.lower_ in _DISTRIBUTIVE or child.tag_ == "VBG"  # "both", a participle
        refs = self.actors.resolve(child) or (self._fronted(tok.i, tok.doc) if misread else []) or \
            [r for a in apposed_after_fronted(tok, child) for r in self.actors.resolve(a)]
        if refs and child.left_edge.i > 0 and tok.doc[child.left_edge.i - 1].lower_ == "and":
            refs = [*(r for r in self._fronted(child.left_edge.i, tok.doc) if r not in refs), *refs]
        if child.lower_ == "they" and tok.dep_ == "ccomp" and len(self.sources(tok.head)) > 1:
            refs = self.sources(tok.head)  # "Armenia and Azerbaijan said they had agreed": both
        for other in stray_subjects(tok, child):  # two subjects joined by "and" left unlinked
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
        on a word before the comma."""
        refs: list[ActorRef] = []
        heads: list[Token] = []
        k = end - 1
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
        that a calendar name modifies there is the verb's subject."""
        fronted = (c for c in tok.children if c.dep_ == "prep" and c.i < tok.i and c.lower_ in ("on", "in"))
        for prep in fronted:
            for obj in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ not in CALENDAR_NAMES):
                if any(c.dep_ == "compound" and c.lower_ in CALENDAR_NAMES and c.i == prep.i + 1
                       for c in obj.subtree):  # "On [Friday Yemen's government and the Houthis] started"
                    return self.actors.resolve(obj)
        return []

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
        if code[:2] in _FORCE:
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
        """"was killed in an Israeli airstrike", "were wounded by Russian shelling": a passive act of
        force without an agent is done by whoever owns the weapon or strike that did it."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "during")):
            for obj in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ in self.weapons):
                refs = [r for r in self.actors.resolve(obj) if r.kind != "agent"]
                if refs:
                    return refs
        return []

    def _child(self, tok: Token, *deps: str) -> list[ActorRef]:
        """The actors of a verb's first child with one of ``deps``: its object, or the passive subject of
        a frame, which is the subject of its complement ("Blinken is scheduled to meet")."""
        child = next((c for c in tok.children if c.dep_ in deps), None)
        return self.actors.resolve(child) if child is not None else []

    def targets(self, tok: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """Named recipients only: generic agents ("90 people", "protesters") are no target (rule 5)."""
        names = {r.name for r in sources}
        code = self.codes.get(tok.i, "")
        author = code[:2] in _AUTHOR_TARGETS
        met = self._met(tok, names) if code[:2] == "04" or code == "036" else []
        direct = [] if arrival_purpose(tok) else self._direct_target(tok, names, author)  # a venue: no host
        found = met or [r for r in direct if r.kind != "agent"] or \
            (arrival_host(tok, sources, self.actors) if code[:2] in ("04", "07") else []) or \
            (self.actors.resolve(tok.head) if name_before(tok) is not None else [])
        if found:
            return found
        # "Hamas, Israel charged, had broken the truce"; "said Russia was responsible for the attack"
        content = aside_content(tok) or charged_clause(tok, self.actors.lexicon)
        clauses = [content] if content is not None else [  # "called for Israel to pull out": Israel
            c for c in tok.children if c.dep_ in ("ccomp", "xcomp") or clause_for(c)]
        own = {(r.code or "")[:3] for r in sources if r.code}
        for clause in clauses:  # "demanded that X withdraw"
            for child in clause.children:
                if child.dep_ in ("nsubj", "nsubjpass"):  # the source's own state is no target of its
                    # words ("insisted that Israeli troops must stay", "warned that Moscow could strike")
                    return [r for r in self.actors.resolve(child)
                            if r.name not in names and r.kind != "agent" and (r.code or "-")[:3] not in own]
            if clause.dep_ == "xcomp":  # "agreed to hand back villages to Azerbaijan", "offered talks
                found = self._content_partner(clause, names) or (  # with Kyiv", "threatened to topple X"
                    [r for c in (clause, *clause.conjuncts) for o in c.children if o.dep_ == "dobj" and
                     o.pos_ == "PROPN" for r in self.actors.resolve(o) if r.name not in names]  # a name
                    if code[:2] == "13" else [])
                if found:
                    return found
        return []

    def _content_partner(self, clause: Token, names: set[str]) -> list[ActorRef]:
        """The partner of what a verb agrees to, offers or refuses: whom a yield is handed to, or the
        *with* of the talks it proposes."""
        code = self.codes.get(clause.i, "")
        lexicon = self.actors.lexicon
        if code[:2] == "08" or clause.lemma_.lower() in _GIVING or clause.lemma_.lower() in lexicon.handovers:
            preps = [c for c in clause.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
            preps += [g for c in clause.children if c.dep_ == "prt" for g in c.children if g.lower_ == "to"]
        elif clause.i in self.light and code[:2] == "04":
            preps = [g for g in clause.doc[self.light[clause.i]].children
                     if g.dep_ == "prep" and g.lower_ == "with"]
        else:
            return []
        for prep in preps:
            refs = [r for r in self._prep_target(prep, names, False) if r.kind != "agent"]
            if refs:
                return refs
        return []

    def _met(self, tok: Token, names: set[str]) -> list[ActorRef]:
        """Whom a trip or a meeting is with, when its purpose or topic names them: "travel to Moscow
        to meet Putin", "arrive in Cairo for talks with Egyptian officials", "discussed the plan with
        Mikati" (the partner, rather than the place of the trip)."""
        for child in tok.children:
            if child.dep_ == "advcl" and child.i in self.codes and self.codes[child.i][:2] == "04" and \
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):  # a purpose
                refs = [r for c in child.children if c.dep_ in ("dobj", "prep") for r in
                        (self.actors.resolve(c) if c.dep_ == "dobj" else self._prep_target(c, names, False))
                        if r.name not in names and r.kind != "agent"]
                if refs:
                    return refs
            if child.dep_ in ("prep", "dobj"):
                nouns = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
                for noun in nouns:
                    for prep in (g for g in noun.children if g.dep_ == "prep" and g.lower_ == "with"):
                        refs = [r for r in self._prep_target(prep, names, False) if r.kind != "agent"]
                        if refs:
                            return refs
        return []

    def _direct_target(self, tok: Token, names: set[str], author: bool) -> list[ActorRef]:
        ordered = sorted(tok.children,
                         key=lambda c: (c.dep_ not in ("dobj", "nsubjpass"), c.dep_ != "dative", c.i))
        released = self.codes.get(tok.i, "").startswith("084")  # people set free are no recipient
        presented = self.codes.get(tok.i, "") == "045"  # "set out Israel's proposal": no recipient named
        proposals = self.actors.lexicon.proposals
        # "hand their weapons over to the army": the recipient hangs on the particle
        ordered += [g for c in tok.children
                    if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("over", "back"))
                    for g in c.children if g.dep_ == "prep"]
        ordered += (shared := shared_subject(tok))  # "Hamas stayed away but was briefed by Egypt"
        preps = _target_preps(self.codes.get(tok.i, ""))
        for child in ordered:
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "sent a delegation to Cairo"
                refs = self._prep_target(child, names, author)
                if refs:
                    return refs
            elif child.dep_ == "nsubjpass" and _own_people(child) and tok.dep_ == "ccomp" and \
                    tok.head.lemma_.lower() in SAYING:  # "Hezbollah said its commander had been killed":
                refs = [r for r in self.sources(tok.head) if r.name not in names]  # the speaker's people
                if refs:
                    return refs
            elif (child.dep_ in ("dobj", "dative", "nsubjpass") or child in shared) and not released and \
                    not _own_people(child) and not (presented and child.lemma_.lower() in proposals):
                found = self.actors.resolve(child, author=author)
                refs = [r for r in found if r.name not in names and r.kind != "agent"]
                if refs:
                    return refs
            if child.dep_ == "prep" and child.lower_ in preps and not (
                    child.lower_ == "at" and self.codes.get(tok.i, "")[:2] < "10"):  # "agreed at the White
                # House": the place of a statement or of cooperation, not its partner ("fired at")
                refs = self._prep_target(child, names, author)
                if refs:
                    return refs
        # "held talks with X"; ties, talks or aid cut name whom they were with or for (CAMEO 16: "broke off
        # relations with Rwanda", "paused aid to Ukraine"); talks refused or offered, whom with ("ruled out")
        code = self.codes.get(tok.i, "")
        objects = [tok.doc[self.light[tok.i]]] if tok.i in self.light else []
        lexicon = self.actors.lexicon
        objects += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c not in objects and (
            code[:2] == "16" or (code[:2] in ("03", "10", "12") and  # "put talks with X on hold", "talks
                                 c.lower_ in lexicon.event_nouns) or  # with Kyiv were proposed"
            ((code == "057" or code[:2] == "03") and hyphenated(c) in lexicon.proposals))]  # "approved a
        # cease-fire with Hezbollah": the partner of an agreement accepted
        preps = _target_preps(code) if tok.i in self.light else _PARTNER_PREPS
        if code == "085":  # sanctions eased are on whom they were on ("lifted sanctions on Syria")
            objects, preps, author = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")], _ON, True
        elif code.startswith("112"):  # "blamed the attack on Hezbollah": whom an act is blamed on
            objects += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c not in objects]
            preps = preps | _ON
        for obj in objects:
            for prep in (g for o in (obj, *obj.conjuncts) for g in o.children
                         if g.dep_ == "prep" and g.lower_ in preps):
                refs = self._prep_target(prep, names, author)
                if refs:
                    return refs
        return []

    def _prep_target(self, prep: Token, names: set[str], author: bool) -> list[ActorRef]:
        found = [r for p in (prep, *prep.conjuncts) for r in self._prep_objects(p, names, author)]
        return list(dict.fromkeys(found))  # "with Qatar's prime minister and with hostage families"

    def _prep_objects(self, prep: Token, names: set[str], author: bool) -> list[ActorRef]:
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ == "with" and (obj.lower_.endswith("ing") or any(
                    c.dep_ == "acl" and c.tag_ == "VBG" for c in obj.children)):
                continue  # "with the Emirates mediating": a circumstance, not a recipient
            refs = [r for r in self.actors.resolve(obj, author=author)
                    if r.name not in names and r.kind != "agent"]
            if refs:
                return refs
        return []


def _target_preps(code: str) -> frozenset[str]:
    """Prepositions that name a target: not "from" for a yield ("resigned from Singapore": where from)."""
    return _TARGET_PREPS - {"from"} if code[:2] == "08" else _TARGET_PREPS


def _own_people(token: Token) -> bool:
    """"withdrew its troops", "recalled their envoys": the source's own people are no target."""
    return any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in token.children)
