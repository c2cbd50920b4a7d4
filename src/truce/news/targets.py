"""Target of an event from the dependency parse (PLOVER annotation rules 4-5).

**Target**: the direct object, else an indirect object, else the object of
*with, to, on, against, at, for, from, toward, into, over* (never of *in,
near, along*: those are places), else the object's own prepositional phrase
after a light verb (*held talks with X*), else the subject of a complement
clause (*demanded that Israel withdraw*).  Named recipients only: generic
agents (*90 people*, *protesters*) and the source's own people (*withdrew
its troops*) are no target; the named author of what is supported,
demanded, rejected or criticised is.  The sources the targets are told
apart from come from :class:`~truce.news.roles.Roles`, which adds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.acts import accompanying, counting
from truce.news.appeals import DEMAND_NOUNS
from truce.news.charges import charged_clause, rhetorical_charge
from truce.news.clause_readings import aside_content, conditions
from truce.news.clauses import SAYING, clause_for, name_before
from truce.news.delegations import TEAMS
from truce.news.journeys import SENDING, arrival_host, arrival_purpose, displaced_destinations
from truce.news.lexicon import FORCE, OWNING_PRONOUNS
from truce.news.orders import civilian
from truce.news.phrases import at_door, broken_names, hyphenated, members_listed, origins, with_participles
from truce.news.subjects import shared_subject

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from truce.news.arguments import SentenceActors
    from truce.news.mentions import ActorRef

__all__ = ["TargetRoles"]

_TARGET_PREPS = frozenset({"with", "to", "on", "against", "at", "for", "from", "toward", "towards", "into",
                           "over", "upon"})
_GIVING = frozenset({"hand", "give", "cede", "surrender", "transfer", "return"})  # yields handed to someone
# "with X and with Y", "with X as well as with Y"; "cast his against": his vote, no one
_JOINING, _POSSESSIVE_PRONOUNS = ("well", "and"), frozenset({"his", "hers", "theirs", "ours", "yours"})
_PARTNER_PREPS = frozenset({"with", "to", "for"})  # whom ties, talks or aid cut off were with or for
# Acceptance, support, demands, rejections and criticism take the named author of their object as target
# (annotation rule 5), and attacks the named owner of what they hit ("struck Hezbollah targets").
_AUTHOR_TARGETS = frozenset({"03", "05", "10", "11", "12", "17", "18", "19", "20"})
_GAPS = frozenset({"gap", "difference", "divide", "rift", "divergence", "disagreement"})  # "close the gaps"
_SEPARATING = frozenset({"separate", "divide"})  # "the gaps separating ...", "what divides ..."
_ON = frozenset({"on", "against"})
_DEPARTURES = frozenset({"departure", "exit"})  # demanded of forces, a withdrawal (no act of its own: a trip)
_TOWARD = _ON | {"toward", "towards", "into"}  # not "at": "killed a hundred people at the ministry" is where
_AIMED = _TOWARD | {"at"}


class TargetRoles:
    """The targets of the verbs of one sentence (a part of :class:`~truce.news.roles.Roles`)."""

    actors: SentenceActors
    codes: dict[int, str]
    light: dict[int, int]

    def sources(self, tok: Token) -> list[ActorRef]:
        """The actors who do the act of verb ``tok`` (:meth:`truce.news.roles.Roles.sources`)."""
        raise NotImplementedError

    def targets(self, tok: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """Named recipients only: generic agents ("90 people", "protesters") are no target (rule 5)."""
        names = {r.name for r in sources}
        code = self.codes.get(tok.i, "")
        author = code[:2] in _AUTHOR_TARGETS
        met = self._met(tok, names) if code[:2] == "04" or code == "036" else []
        direct = [] if arrival_purpose(tok) else self._direct_target(tok, names, author)  # a venue: no host
        found = met or [r for r in direct if r.kind != "agent"] or \
            (arrival_host(tok, sources, self.actors) if code[:2] in ("04", "07") else []) or \
            (self.actors.resolve(tok.head) if name_before(tok) is not None else []) or \
            (self._sought(tok, names) if code[:2] in FORCE else []) or self._voted_for(tok, names) or \
            (self._bridged(tok, names) if code == "045" else []) or \
            (self._deterred(tok, names, {(r.code or "")[:3] for r in sources}) if code[:2] == "13" else [])
        if found:
            return found
        # "Hamas, Israel charged, had broken the truce"; "said Russia was responsible for the attack"
        lexicon = self.actors.lexicon
        content = aside_content(tok) or charged_clause(tok, lexicon) or rhetorical_charge(tok, lexicon)
        threat = code[:2] == "13"  # its infinitive may be parsed as a purpose ("threatened Sunday to quit")
        summed = any(  # "Israel wanted to vet them, a demand turned down by Hamas": the clause summed up
            c.dep_.startswith("nsubj") and c.lemma_.lower() in DEMAND_NOUNS for c in tok.children)
        clauses = [content] if content is not None else [  # "called for Israel to pull out": Israel
            c for c in tok.children if (c.dep_ in ("ccomp", "xcomp") and not (summed and c.i < tok.i)) or
            clause_for(c) or (
                threat and c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))] + [
            g for p in tok.children if code[:2] == "10" and p.dep_ == "prep" and p.lower_ == "on"
            for g in p.children if g.dep_ == "pcomp"]  # "insisted on Israel withdrawing"
        nouns = [tok.doc[self.light[tok.i]]] if tok.i in self.light else \
            [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and code[:2] == "10"]
        nouns += [n for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for n in p.children
                  if n.dep_ == "pobj"]  # "charged in a statement that Netanyahu had set conditions"
        clauses += [c for n in nouns for c in n.children if c.dep_ in ("acl", "ccomp") and any(
            m.lower_ == "that" for m in c.children)]  # "a demand that Israeli forces pull out was made by
        # Cairo", "put forward a demand that Israel vacate": the noun's own clause
        own = {r.code[:3] for r in sources if r.code and (code[:2] != "11" or not civilian(r))}
        for clause in clauses:  # "demanded that X withdraw"
            avenged = threat and clause.lemma_.lower() == "avenge"  # "vowed that his death would be avenged"
            agents = [g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            for child in (agents[:1] if agents else clause.children):  # "charged that the rocket was fired
                if child.dep_ in ("nsubj", "nsubjpass", "pobj") and not avenged:  # by Hezbollah": the doer
                    # (the agent of a passive); the source's own state is no target of its words ("insisted
                    # that Israeli troops must stay", "warned that Moscow could strike"); a demand of one of
                    # its people is ("the forum demanded that Netanyahu accept"), as is a civil group's charge
                    refs = [r for r in self.actors.resolve(child) if r.name not in names and r.kind != "agent"
                            and ((r.code or "-")[:3] not in own or (r.person and code[:2] in ("02", "10")))]
                    if refs or not threat:  # "warned that they would bring Netanyahu down": at whom
                        return refs
            if clause.dep_ == "xcomp" or threat:  # "agreed to hand back villages to Azerbaijan", "offered
                found = self._content_partner(clause, names) or (  # talks with Kyiv", "threatened to topple"
                    [r for c in (clause, *clause.conjuncts) for o in c.children
                     if o.dep_ in ("dobj", "dative") and (o.pos_ == "PROPN" or any(  # a name, or a title
                         a.dep_ == "appos" and a.pos_ == "PROPN" for a in o.children))  # with one
                     for r in self.actors.resolve(o) if r.name not in names]
                    if (threat or code[:2] == "03") and clause.lemma_.lower() != "avenge" else [])  # not the
                # avenged; "offered to give Netanyahu a safety net", "proposed to shield Netanyahu": whom for
                if found:
                    return found
        return self._to_withdraw(tok, names) if code[:2] in ("02", "10") else []

    def _to_withdraw(self, tok: Token, names: set[str]) -> list[ActorRef]:
        """Those a demand asks to pull back, by the noun of withdrawal it demands ("demanded the
        withdrawal of Israeli troops", "called for the removal of Israeli soldiers", "the departure of
        Israeli troops"), as "demanded that Israeli troops withdraw" names them."""
        acts = self.actors.lexicon.named_acts
        nouns = [c for c in tok.children if c.dep_ == "dobj"] + [g for p in tok.children if p.dep_ == "prep"
                                                                 and p.lower_ == "for" for g in p.children]
        nouns = [n for n in nouns if acts.get(n.lemma_.lower(), "")[:2] == "08" or
                 n.lemma_.lower() in _DEPARTURES]
        return [r for n in nouns for p in n.children
                if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                for r in self.actors.resolve(o) if r.name not in names and r.kind != "agent"]

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
            if child.dep_ in ("prep", "dobj") and child.lower_ != "with":  # "with X as well as with Y": both
                nouns = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [
                    child, *(o for p in child.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                             for o in p.children if o.dep_ == "pobj")]  # "held a meeting in Rome with"
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
        proposals = self.actors.lexicon.proposals
        presented = proposals if self.codes.get(tok.i, "") == "045" else frozenset()  # "set out X's plan"
        ordered += [g for c in tok.children  # "hand their weapons over to the army": the recipient hangs on
                    if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("over", "back"))
                    for g in c.children if g.dep_ == "prep"]  # the particle
        ordered += (shared := shared_subject(tok))  # "Hamas stayed away but was briefed by Egypt"
        ordered += [*self._aimed(tok), *(inserted := displaced_destinations(tok, self.codes))]
        preps = _target_preps(self.codes.get(tok.i, "")) | self._pursued(tok)
        for child in ordered:
            if (child.dep_ == "dative" and child.pos_ == "ADP") or child in inserted:  # "sent aides to Baku"
                refs = self._prep_target(child, names, author)
                if refs:
                    return refs
            elif child.dep_ == "nsubjpass" and _own_people(child) and tok.dep_ == "ccomp" and \
                    tok.head.lemma_.lower() in SAYING:  # "Hezbollah said its commander had been killed":
                refs = [r for r in self.sources(tok.head) if r.name not in names]  # the speaker's people
                if refs:
                    return refs
            elif (child.dep_ in ("dobj", "dative", "nsubjpass") or child in shared) and not released and \
                    not _no_recipient(tok, child) and child.lemma_.lower() not in presented and \
                    not self._attack_object(tok, child) and child.lower_ not in _POSSESSIVE_PRONOUNS and \
                    not any(a.dep_ == "acl" and a.lemma_.lower() in SAYING for a in child.children):
                # not "..., a Saudi outlet reported": whoever reports what the sentence tells is no target
                found = self.actors.resolve(child, author=author)
                refs = [r for r in found if r.name not in names and r.kind != "agent"]
                if refs:  # "rejected both Israel's proposal and the U.S. one": no one target
                    return [] if author and self._authors_differ(child, refs) else refs
            if child.dep_ == "prep" and child.lower_ in preps and \
                    not _no_partner(tok, child, self.codes.get(tok.i, ""), proposals):
                refs = self._prep_target(child, names, author)
                if refs:
                    return refs
        # "held talks with X"; ties, talks or aid cut name whom with or for (16); talks refused or offered
        code = self.codes.get(tok.i, "")
        deep = code.startswith("112")  # a charge's "on" may hang on a place ("the strike on Gaza on Hamas")
        objects = [tok.doc[self.light[tok.i]]] if tok.i in self.light else []
        lexicon = self.actors.lexicon
        objects += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c not in objects and (
            code[:2] == "16" or (code[:2] in ("03", "10", "12") and  # "put talks with X on hold", "talks
                                 c.lower_ in lexicon.event_nouns) or  # with Kyiv were proposed"
            ((code == "057" or code[:2] == "03") and hyphenated(c) in lexicon.proposals))]  # "approved a
        # cease-fire with Hezbollah": the partner of an agreement accepted
        preps = _target_preps(code) | ({"of"} if code[:2] in ("11", "12") else set()) if tok.i in self.light \
            else _PARTNER_PREPS  # "voiced its rejection of Netanyahu's remarks": whose remarks
        if code == "085":  # sanctions eased are on whom they were on ("lifted sanctions on Syria")
            objects, preps, author = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")], _ON, True
        elif deep:  # whom an act is blamed on: "blamed the attack on Hezbollah", "laid the blame for the
            objects += [o for c in tok.children for o in (c, *(c.children if c.lower_ == "for" else ()))
                        if o.dep_ in ("dobj", "nsubjpass", "pobj") and o not in objects]  # killing on Iran"
            preps = preps | _ON
        for obj in objects:
            for prep in (g for o in (obj, *obj.conjuncts) for g in (o.subtree if deep else o.children)
                         if g.dep_ == "prep" and (g.lower_ in preps or (deep and at_door(g)))):
                refs = self._prep_target(prep, names, author)
                if refs:
                    return refs
        return []

    def _voted_for(self, tok: Token, names: set[str]) -> list[ActorRef]:
        """Whom a vote against something is on: the target of the act voted for ("voted to deplore Russia's
        invasion": Russia), when the vote takes that act's code (:func:`truce.news.votes.vote_cast`)."""
        if tok.lemma_.lower() != "vote" or self.codes.get(tok.i, "")[:2] not in ("11", "12"):
            return []
        return [r for c in tok.children if c.dep_ == "xcomp" for r in self._direct_target(c, names, True)
                if r.kind != "agent"]

    def _authors_differ(self, noun: Token, refs: list[ActorRef], others: Iterable[Token] = ()) -> bool:
        """Whether a conjunct of ``noun`` (or one of ``others``, the objects of coordinated prepositions)
        names another author than ``refs`` (annotation rule 5 names the author of what is rejected as its
        target; things of several authors have no one author)."""
        named = {r.name for r in refs}

        def agents(c: Token) -> list[Token]:  # "the two proposed by the United States"
            return [g for p in c.children if p.dep_ == "acl" for b in p.children if b.dep_ == "agent"
                    for g in b.children]
        hung = [c for p in noun.children if p.dep_ == "prep" for g in p.children
                for c in (*g.conjuncts, *(o for o in g.children if g.dep_ == "conj" and o.dep_ == "pobj"))
                if c.lemma_.lower() in self.actors.lexicon.proposals or c.pos_ == "NUM" or agents(c)]
        # "Israel's proposal of eight towers and the U.S. proposal (the American one)": the author of a
        # conjunct is its owner or the agent of its participle
        return any({r.name for a in (c, *agents(c)) for r in self.actors.resolve(a, author=True)
                    if r.kind != "agent"} - named for c in (*noun.conjuncts, *hung, *others))

    def _sought(self, tok: Token, names: set[str]) -> list[ActorRef]:
        """Whom an attack sets out to kill or hit, by its purpose ("struck a compound in a bid to kill
        Mohammed Deif", "bombed the house to kill the commander")."""
        purposes = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and
                    any(a.lower_ == "to" for a in c.children)]
        purposes += [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                     if g.lemma_.lower() in ("bid", "attempt", "effort")
                     for a in g.children if a.dep_ == "acl"]
        return [r for v in purposes if self.codes.get(v.i, "")[:2] in FORCE for o in v.children
                if o.dep_ == "dobj" for r in self.actors.resolve(o)
                if r.kind != "agent" and r.name not in names]

    def _deterred(self, tok: Token, names: set[str], own: set[str]) -> list[ActorRef]:
        """Whom a threat would deter: the subject of its condition ("threatened to quit the coalition
        if Netanyahu agreed to the deal", "... were he to consent", "should Netanyahu accept", "in the
        event that he signs"), the one whose act it answers (Schelling 1966, *Arms and Influence*: a
        threat is conditional on the other's choice).  Its own state is no one it deters ("if its
        territory came under attack"); its own ministers may be."""
        for clause in conditions(tok):
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and (  # someone, not "the unrest"
                c.pos_ in ("PROPN", "PRON") or c.lower_ in self.actors.lexicon.agents)]
            found = [r for s in subjects[:1] for r in self.actors.resolve(s) if r.name not in names and
                     r.kind != "agent" and (r.person or (r.code or "-")[:3] not in own)]
            if found:
                return found
        return []

    def _bridged(self, tok: Token, names: set[str]) -> list[ActorRef]:
        """Whom a proposal mediates between, by the gaps it is to close ("proposals designed to close the
        gaps between the positions of Israel and Hamas", "... between Israeli and Hamas positions", "the
        gaps separating the positions of Israel and Hamas", "what still separates Israel and Hamas")."""
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        refs: list[ActorRef] = []
        words = [t for o in objects for t in o.subtree]
        sides = [g for t in words if t.lower_ == "between" and t.head.lemma_.lower() in _GAPS
                 for g in t.children if g.dep_ == "pobj"]
        sides += [g for t in words if t.lemma_.lower() in _SEPARATING and (
            t.head.lemma_.lower() in _GAPS or any(c.lower_ == "what" for c in t.children))
                  for g in t.children if g.dep_ == "dobj"]
        sides += [c for side in sides for c in side.conjuncts if c.lower_ in ("that", "those")]  # "Israel's
        for side in sides:  # stance and that of Hamas"
            of = [o for p in side.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]  # "the positions of Israel and Hamas"
            refs += self.actors.resolve(of[0]) if of else self.actors.resolve(side, author=True)
        return [r for r in dict.fromkeys(refs) if r.name not in names and r.kind != "agent"]

    def _aimed(self, tok: Token) -> list[Token]:
        """Where a force act is aimed when the parser hung it on the act's subject or object: "an attack
        by the Houthis on Tel Aviv killed one", "launched hundreds of rockets and drones toward Israel"."""
        if self.codes.get(tok.i, "")[:2] not in FORCE:
            return []
        lexicon, found = self.actors.lexicon, []  # "sent dozens of warplanes against X": on the counted noun
        for c in (c for c in tok.children if c.dep_ in ("nsubj", "dobj")):  # too, or what it is coordinated
            nouns = (c, *counting(c, lexicon), *accompanying(tok, c))  # with ("along with"); weapons fired
            chain = dict.fromkeys(w for t in nouns for w in (t, *t.conjuncts))  # "at" X are aimed at X
            armed = any(n.lower_ in lexicon.weapons for n in chain)
            preps = _AIMED if c.dep_ == "nsubj" or armed else _TOWARD
            found += [p for n in chain for p in with_participles(n)  # "sent a drone crashing into Tel Aviv"
                      if p.dep_ == "prep" and p.lower_ in preps]
        return found

    def _pursued(self, verb: Token) -> frozenset[str]:
        """The preposition of a prepositional verb of force ("went after Deif": CAMEO 190 by its phrase),
        which marks whom the act is aimed at (Huddleston & Pullum 2002, ch. 4, on prepositional verbs)."""
        code = self.codes.get(verb.i, "")
        return frozenset(s.particle for s in self.actors.lexicon.verbs.get(verb.lemma_.lower(), ())
                         if s.particle and s.code == code and code[:2] in FORCE)

    def _attack_object(self, verb: Token, noun: Token) -> bool:
        """An attack noun as the object of an act of force ("unleashed strikes on Hezbollah"): the act
        itself, whose owner is its doer, no target (whom it hits is its *on*); a weapon may be what is
        hit ("hit forty bombers")."""
        nouns = self.actors.lexicon.light_nouns
        return self.codes.get(verb.i, "")[:2] in FORCE and \
            (nouns.get(noun.lower_) or nouns.get(noun.lemma_.lower()) or "")[:2] in FORCE

    def _prep_target(self, prep: Token, names: set[str], author: bool) -> list[ActorRef]:
        """Whom a preposition names, with its coordinates ("with X and with Y", "with X as well as with
        Y", "held meetings with X and with Y", the parser hanging the second on the verb)."""
        heads: tuple[Token, ...] = (prep.head, prep.head.head) if prep.head.dep_ == "dobj" else (prep.head,)
        heads += tuple(g for g in prep.children if g.dep_ == "pobj")  # the second hung on the first's object
        again = [s for h in heads for s in h.children if s.lower_ == prep.lower_ == "with" and s.i > prep.i
                 and s.dep_ in ("prep", "conj") and any(t.lower_ in _JOINING for t in prep.doc[prep.i:s.i])]
        found = [r for p in (prep, *prep.conjuncts, *again) for r in self._prep_objects(p, names, author)]
        objects = [g for p in (prep, *prep.conjuncts) for g in p.children if g.dep_ == "pobj"]
        if author and found and self._authors_differ(objects[0], found, objects[1:]):
            return []  # "said no both to Israel's watchtowers and to the pair suggested by Washington"
        return list(dict.fromkeys(found))  # "with Qatar's prime minister and with hostage families"

    def _prep_objects(self, prep: Token, names: set[str], author: bool) -> list[ActorRef]:
        for obj in [*(g for g in prep.children if g.dep_ == "pobj"), *broken_names(prep, self.actors.found)]:
            if prep.lower_ == "with" and (obj.lower_.endswith("ing") or any(
                    c.dep_ == "acl" and c.tag_ == "VBG" for c in obj.children)) and not origins(obj):
                continue  # "with the Emirates mediating": a circumstance, not a recipient (but "with
                # officials representing Israel": those officials)
            if at_door(prep):  # "laid the blame at Israel's door": blamed Israel
                obj = next((c for c in obj.children if c.dep_ == "poss"), obj)
            refs = [r for r in self.actors.resolve(obj, author=author)
                    if r.name not in names and r.kind != "agent"]
            if refs:
                return refs
        return []


def _target_preps(code: str) -> frozenset[str]:
    """Prepositions that name a target: not "from" for a yield ("resigned from Singapore": where from)."""
    return _TARGET_PREPS - {"from"} if code[:2] == "08" else _TARGET_PREPS


def _no_partner(verb: Token, prep: Token, code: str, proposals: frozenset[str]) -> bool:
    """A preposition on the verb that names no partner: the place of a statement or of cooperation
    ("agreed at the White House"; "fired at" names one), or what a proposal before it is for ("turned
    down plans last week for Israeli towers", the parser hanging the *for* on the verb)."""
    if prep.lower_ == "at":
        return code[:2] < "10"
    return prep.lower_ == "for" and any(c.dep_ == "dobj" and c.i < prep.i and (
        hyphenated(c) in proposals or c.lemma_.lower() in proposals) for c in verb.children)


def _no_recipient(verb: Token, noun: Token) -> bool:
    """One's own people ("its commander had been killed"), a delegation sent ("envoys were dispatched by
    Israel to Cairo": Israel's visit to Egypt) or its members listed ("sent its team to Cairo, among them
    Barnea, ...") are no target of the act."""
    return _own_people(noun) or members_listed(noun) or (
        noun.dep_ == "nsubjpass" and noun.lemma_ in TEAMS and verb.lemma_ in SENDING)


def _own_people(token: Token) -> bool:
    """"withdrew its troops", "recalled their envoys": the source's own people are no target."""
    return any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in token.children)
