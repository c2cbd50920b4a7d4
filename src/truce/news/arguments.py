"""The actor an argument of a verb or event noun stands for.

An argument (a subject, an object, the object of a preposition) stands for an actor when it is a mention
(:mod:`truce.news.mentions`), when it is an agent noun (PETRARCH's agents: *government*, *forces*,
*protesters*) modified by a state (*Israeli forces*, *Egypt's foreign ministry*) or followed by *of* and an
actor (*the leaders of Egypt and Qatar*), when it counts or groups an actor (*thousands of protesters*), or
when it is a pronoun, *the group*, *the ministry* or *the president* referring back to an earlier actor (*the
team* to the group of the sentence that has one). Coordinated arguments form a compound actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.dates import CALENDAR_NAMES
from truce.news.delegations import TEAMS
from truce.news.lexicon import FORCE, STATE_AGENTS, Lexicon
from truce.news.mentions import ActorRef, Discourse
from truce.news.phrases import (
    author_words,
    borne_by_arms,
    compound_agent,
    coordinated_subject,
    doers,
    group_name,
    half_of_pair,
    head_office,
    hyphen_pair,
    hyphenated,
    in_chain,
    joined_by_hyphen,
    members_listed,
    named_body,
    names_in,
    nominal_argument,
    office_holder,
    origins,
    placed_event,
    seat,
    state_arm,
)
from truce.news.populations import population

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Token

__all__ = ["SentenceActors"]

_ANY, _KINDS = frozenset({"all", "every", "each", "any"}), frozenset({"any", "no"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_OTHER_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_STATE_BODIES = frozenset({"administration", "government", "cabinet", "army", "military", "authorities",
                           "regime", "country"})
# nouns that stand for their owner ("the Palestinian group") or refer back to a body ("the group said")
_GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militants"})
_BLOCS = frozenset({"IGO", "NGO", "MNC"})  # code prefixes of bodies of no one state
_HYPHENED_BY = frozenset({"led", "launched", "fired"})  # "the Saudi-led coalition", "a Houthi-launched drone"
_TITLES = frozenset({"president", "minister", "leader", "spokesman", "spokeswoman", "chief", "premier",
                     "king", "emir", "envoy", "secretary", "official", "head", "director", "commander",
                     # ranks and honorifics before a name ("General Pulikovsky", "Cardinal Zuppi"): not of it
                     "general", "colonel", "admiral", "marshal", "lieutenant", "sergeant", "cardinal",
                     "archbishop", "bishop", "ayatollah"})


class SentenceActors:
    """A sentence's actor mentions and what came before it: resolves argument tokens to actors.

    Parameters
    ----------
    lexicon
        The actor dictionary and word lists.
    found
        The actor named at each token of the sentence (token index -> actor).
    discourse
        The actors earlier sentences named, for pronouns and bare nouns ("the army").
    day
        The article's date, for offices named by title alone ("the U.S. secretary of state").
    """

    def __init__(self, lexicon: Lexicon, found: dict[int, ActorRef], discourse: Discourse,
                 day: dt.date | None = None) -> None:
        self.lexicon, self.found, self.discourse, self.day = lexicon, found, discourse, day

    def resolve(self, token: Token, depth: int = 0, *, author: bool = False) -> list[ActorRef]:
        """The actors an argument token stands for (several when coordinated); empty if none.  With
        ``author``, a noun whose modifier names an actor stands for it (the author of "the Israeli
        conditions", "Netanyahu's remarks"), as objects do (annotation rule 5)."""
        refs: list[ActorRef] = []
        ref = self.found.get(token.i)  # "Itamar Ben-Gvir and ...": "and" may hang on any word of the name
        heads = [token.doc[k] for k in range(ref.start, ref.end)] if ref is not None else [token]
        coordinated = [c for h in heads for c in h.conjuncts if c.i not in range(heads[0].i, heads[-1].i + 1)]
        for tok in (token, *coordinated) if depth == 0 else (token,):
            refs += [r for r in self._single(tok, depth, author) if r not in refs]
        # "Thailand's prime minister Anutin Charnvirakul and Cambodia's Hun Manet", "Ben-Gvir, the security
        # minister, and Smotrich": the parser joins the second name to the first's apposition (a named actor)
        for name in (a for h in heads for a in h.children if a.dep_ == "appos" and depth == 0
                     and a.pos_ in ("PROPN", "NOUN") and not members_listed(a)):
            refs += [r for c in name.conjuncts if c not in coordinated and c.i != token.i
                     for r in self._single(c, depth, author)
                     if r.kind != "agent" and r not in refs and (name.pos_ == "PROPN" or r.person)]
        if depth == 0 and refs and (token.pos_ == "PROPN" or (token.lemma_.lower() in _TITLES and any(
                c.dep_ == "appos" for c in token.children))):  # "ministers Ben-Gvir and Smotrich": both
            refs = self._flattened(token) or refs
        return refs

    def _flattened(self, token: Token) -> list[ActorRef]:
        """Titled names joined by "and" that the parser chained as one compound ("National Security
        Minister Itamar Ben-Gvir and Finance Minister Bezalel Smotrich"): every name of the chain."""
        if not any(t.lower_ == "and" for t in token.doc[token.left_edge.i:token.right_edge.i + 1]):
            return []
        chain = [t for t in token.subtree if t.i == token.i or in_chain(t, token)]
        if not any(t.dep_ == "cc" and t.lower_ == "and" for t in chain):
            return []
        named = (self.found.get(t.i) or (self._titled_person(t) if t.dep_ != "compound" else None)
                 for t in chain if t.pos_ == "PROPN")
        refs = list(dict.fromkeys(r for r in named if r is not None))
        if any(r.person for r in refs):  # "CIA Director William Burns": the body names his office
            refs = [r for r in refs if r.person]
        return refs if len(refs) > 1 else []

    def _pronoun(self, token: Token) -> list[ActorRef]:
        if token.lower_ in ("their", "they", "them") and (subject := coordinated_subject(token)) is not None:
            return self.resolve(subject)  # "Egypt, Qatar and the U.S. made headway in their talks": all
        discourse, person = self.discourse, token.lower_ in _PERSON_PRONOUNS
        plural = discourse.reporting_group(token)
        named = [r for k, r in sorted(self.found.items()) if k < token.i and r.person]  # "him": the last
        local = discourse.local_antecedent(token, self.found, person)  # person named before
        ref = (named[-1] if named and token.lower_ in ("him", "her") else None) or local or (
            None if person else plural) or (discourse.person if person else discourse.other)
        return [ActorRef(ref.name, ref.code, ref.person, token.i, token.i + 1, "pronoun")] if ref else []

    def _owners(self, token: Token) -> list[ActorRef]:
        """Actors named by a noun's modifiers: compounds, possessives, demonyms (with their coordinates)."""
        owners: list[ActorRef] = []
        gathering = placed_event(token, self.lexicon)
        for child in token.children:
            if child.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            if gathering and child.dep_ == "compound" and child.pos_ == "PROPN":
                continue  # "the Doha talks", "the Gaza war", "a Gaza truce": where, not whose
            by = child.dep_ == "amod" and child.lower_ in _HYPHENED_BY and joined_by_hyphen(child)
            leaders = [g for g in child.children if g.dep_ in ("npadvmod", "compound")] if by else []
            # "Israeli and Lebanese civilian envoys": demonyms the parser hung on another adjective
            stacked = [g for g in child.children if g.dep_ == "amod" and g.i in self.found] \
                if child.dep_ == "amod" else []
            stacked += [c for g in stacked for c in g.conjuncts]
            for c in (child, *child.conjuncts, *leaders, *stacked, *hyphen_pair(child, self.found)):  # "the
                if half_of_pair(c, self.found) and c not in leaders:  # Saudi-led coalition": its leader's;
                    continue  # "the US-Israeli plan": both; "the Egyptian-backed plan": not one half alone
                body = self.lexicon.agents.get(c.lower_) or ""
                if named := names_in(c, self.found):  # its name, or one in its compounds ("the Houthi drone")
                    refs = named
                elif c.lower_ in _PERSON_PRONOUNS | _OTHER_PRONOUNS and child.dep_ == "poss":
                    refs = self._pronoun(c)
                elif c.tag_ == "WP$" and token.head.dep_ == "relcl":  # "the army, whose leaders": the army's
                    refs = self.resolve(token.head.head, 1)
                elif child.dep_ == "poss" and state_arm(c):  # "the Biden administration's backing"
                    refs = self._single(c, 1)
                elif body:  # "government and ELN negotiators": the government of the ELN's state
                    refs = self._partner_state(c, body)
                else:
                    refs = []
                owners += [r for r in refs if r not in owners]
        return owners

    def _single(self, token: Token, depth: int, author: bool = False) -> list[ActorRef]:
        if token.i in self.found:  # "the American president, Joe Biden": the person named (rule 6)
            named = [self.found[c.i] for c in token.children if c.dep_ == "appos" and c.i in self.found]
            persons = [r for r in named if r.person and not self.found[token.i].person]
            return persons[:1] if persons and self._is_title(token) else [self.found[token.i]]
        lower = token.lower_
        if lower in _PERSON_PRONOUNS | _OTHER_PRONOUNS:
            return self._pronoun(token)
        if (by_name := self._by_name(token)) is not None:
            return by_name
        of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in (c, *(k for k in c.conjuncts if k.lower_ == "of"))  # "of X and of Y"
              for g in p.children if g.dep_ == "pobj"]
        if (token.like_num or token.lemma_.lower() in self.lexicon.quantities) and of and depth < 2:
            counted = self.resolve(of[0], depth + 1, author=author)  # else a count of weapons' owner: "a
            return counted or (self._owners(token) if borne_by_arms(of[0], self.lexicon) else [])  # Hezbollah
            # salvo of rockets"
        if lower in self.lexicon.generic_name_words and of and depth < 2:  # "the State of Palestine",
            states = [r for r in self.resolve(of[0], depth + 1) if len(r.code or "") == 3]  # "the
            if states:  # Republic of Chile": the state its distinctive name names
                return states
        weapon = borne_by_arms(token, self.lexicon)
        agent = "MIL" if weapon else self.lexicon.agents.get(hyphenated(token)) or \
            self.lexicon.agents.get(token.lemma_.lower()) or compound_agent(token, self.lexicon)
        members = self._members(token) if depth == 0 and token.dep_ in ("nsubj", "nsubjpass") else []
        if members and (agent or "")[:3] not in STATE_AGENTS:  # "Palestinian factions including Hamas"
            return members  # are those named; "an Israeli team including Barnea" is Israel's (rule 6)
        if any(c.dep_ == "det" and (c.lower_ in _ANY if agent is not None else author and c.lower_ in _KINDS)
               for c in token.children):  # "all parties", "every party": no one in particular (rule 5);
            return []  # "rejected any Israeli military presence": a kind of thing, no author's
        owners = self._owners(token)
        origin = origins(token)
        force = weapon or (self.lexicon.light_nouns.get(lower) or "")[:2] in FORCE
        if force and not owners:  # "an airstrike it carried out", "an attack by the Houthis"
            owners = [r for d in doers(token) for r in self._single(d, depth + 1)] or \
                [r for g in origin if g.head.lower_ == "from" for r in self.resolve(g)]  # "warships from
            # India and Japan": all of them
        named_by = {c.dep_ for c in token.children if c.i in self.found or c.dep_ == "poss"}
        if author and not owners:
            owners = self._authors(token, depth)
        if owners and (author or agent is not None or force or token.lemma_.lower() in _GROUP_NOUNS
                       or named_by & {"compound", "poss"} or lower == "capital"):  # "the Egyptian capital"
            armed = any(c.dep_ in ("compound", "amod") and self.lexicon.agents.get(c.lower_, "")[:3] == "MIL"
                        for c in token.children)  # "Israeli military positions": the state's forces'
            return [self._with_agent(owner, agent or ("MIL" if armed else None), token) for owner in owners]
        if members:
            return members
        if back := self._referring_back(token, agent):
            return back
        if agent is not None and depth < 2 and not weapon and token.lemma_ != "side":  # alone, names no one
            return self._agent_noun(token, agent, of + origin + seat(token, agent, self.found), depth)
        return []

    def _by_name(self, token: Token) -> list[ActorRef] | None:
        """The actor a word stands for by a name beside it or its own form; ``[]`` when it is no
        argument, ``None`` when its name says nothing and the other readings are to be tried."""
        found = self.found
        if token.lemma_.lower() in self.lexicon.locations or token.lower_ in self.lexicon.locations:
            return []  # "the Yemeni port of Hodeidah", "the Rafah crossing": a place, no actor (rule 5)
        named = [found[c.i] for c in token.children if c.dep_ == "appos" and c.i in found and
                 not members_listed(c)] or [
            found[a.i] for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            for a in o.children if a.dep_ == "appos" and a.i in found and found[a.i].person]  # "the head of
        # Mossad, David Barnea": the parser hangs the name on "Mossad"
        if token.pos_ == "ADJ" and named:  # "the Sudanese army and the paramilitary Rapid Support
            return named[:1]  # Forces": the name the parser hung on the adjective it read as a noun
        if token.pos_ not in ("NOUN", "PROPN", "NUM") and not nominal_argument(token):
            return []
        persons = [r for r in named if r.person]
        if persons and self._is_title(token):  # "Egypt's foreign minister, Badr Abdelatty", "the Iranian
            return persons[:1]  # commander Qassem Soleimani": the person (rule 6), not the office's state
        others = [r for r in named if not r.person]
        if others and token.pos_ == "NOUN":  # "the militant group Hamas": the name
            return others[:1]
        titled = head_office(token, self.found, self.discourse.other, self.lexicon) or \
            self._titled_person(token) or population(token, self.lexicon) or named_body(token, found) or \
            office_holder(token, self._owners, self.found, self.lexicon, self.day)
        return [titled] if titled is not None else None

    def _referring_back(self, token: Token, agent: str | None) -> list[ActorRef]:
        """*the group* (*the movement*, *the militants*; *the bloc*, to an international body) refers back
        to the last group named before it in the sentence ("Israel blamed Hezbollah ..., which the group
        denied"), else to the last actor named as a subject; *the rebels* (*the guerrillas*) to the armed
        group named last before it in the sentence ("the ELN agreed ..., and the guerrillas promised")."""
        if not any(c.lower_ == "the" for c in token.children):
            return []
        bloc = token.lower_ == "bloc"
        groups = [r for k, r in sorted(self.found.items()) for c in (r.code or "",) if k < token.i and c[3:]
                  and not r.person and c[3:6] not in STATE_AGENTS and (not bloc or c[:3] == "IGO")]
        back_to = (groups[-1] if groups else None) or self.discourse.local_other or self._members_group() or \
            self.discourse.other
        if (token.lower_ in _GROUP_NOUNS or bloc) and back_to:
            return [ActorRef(back_to.name, back_to.code, False, token.i, token.i + 1, "nominal")]
        named = [r for k, r in sorted(self.found.items()) if k < token.i and (r.code or "").endswith("REB")]
        if agent == "REB" and named:
            return [ActorRef(named[-1].name, named[-1].code, False, token.i, token.i + 1, "nominal")]
        return []

    def _members_group(self) -> ActorRef | None:
        """The organisation whose code is that of this sentence's subject person ("Hamas official Osama
        Hamdan said the group had agreed": Hamas)."""
        person = self.discourse.local_person
        name = self.lexicon.organisations.get(person.code or "") if person is not None else None
        return ActorRef(name, person.code, False, person.start, person.end, "nominal") \
            if person is not None and name is not None else None

    def _is_title(self, token: Token) -> bool:
        """A title, or an agent noun of a state's office (*president*, *ambassador*, *commander*)."""
        agent = self.lexicon.agents.get(token.lower_) or self.lexicon.agents.get(token.lemma_.lower()) or ""
        return token.lower_ in _TITLES or agent[:3] in STATE_AGENTS

    def _state_owner(self, token: Token) -> bool:
        """A state's possessive before a name ("Congo's Felix Tshisekedi"): its person, as with a title."""
        ref = self.found.get(token.i)
        return token.dep_ == "poss" and ref is not None and not ref.person and len(ref.code or "") == 3

    def _titled_person(self, token: Token) -> ActorRef | None:
        """A proper name the dictionary lacks, with a title ("Kenyan President William Ruto", "the
        Greek foreign minister, Giorgos Gerapetritis"), is that person (annotation rule 6); the
        state or group named beside the title gives the code (its government for a state)."""
        head, title = token, token
        if not (token.pos_ == "PROPN" and not self._is_title(token)):
            appos = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if not (appos and self._is_title(token)) or appos[0].i in self.found:
                return None
            head = appos[0]
        if head.lower_ in self.lexicon.agents or head.lower_ in self.lexicon.generic_name_words:
            return None  # "the General Assembly": a body, no person
        name = [head]
        for t in reversed(head.doc[head.left_edge.i : head.i]):
            if t.pos_ != "PROPN" or t.dep_ != "compound" or self._is_title(t) or t.i in self.found or \
                    t.lower_ in CALENDAR_NAMES:  # "On Thursday Hassan Rashad ...": no part of the name
                break
            name.insert(0, t)
        words = [t for c in (title.lefts if title is not head else head.lefts) for t in c.subtree]
        if title is head:  # "Hassan Rashad, Egypt's intelligence chief,": the title in apposition
            words += [t for c in head.children if c.dep_ == "appos" and self._is_title(c) for t in c.subtree]
        known = any(t.i in self.found for t in head.subtree if t.dep_ == "compound" or t.i == head.i)
        if title is head and not any(self._is_title(t) for t in words) and (
                known or not any(self._state_owner(t) for t in words)):
            return None  # neither a title nor a state's possessive ("Congo's Felix Tshisekedi")
        owner = next((self.found[t.i] for t in (*words, *title.subtree) if t.i in self.found), None)
        code = owner.code if owner is not None and not owner.person else None
        if code is not None and len(code) == 3:
            code += "GOV"
        text = head.doc[name[0].i : head.i + 1].text  # as written: "Omar al-Bashir", not "al - Bashir"
        return ActorRef(text, code, True, name[0].i, head.i + 1, "name")

    def _authors(self, token: Token, depth: int) -> list[ActorRef]:
        """The named author of a noun (:func:`truce.news.phrases.author_words`): "the request of / from / by
        Sweden", "the support of the Biden administration", "the remarks made by Netanyahu"."""
        found = self.found
        named = [g for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "from", "by")
                 for o in c.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)  # "from Egypt and Qatar"
                 if g.i in found or (state_arm(g) and depth < 2) or any(  # "by the Israeli prime minister,
                     a.dep_ == "appos" and a.i in found for a in g.children)]  # Benjamin Netanyahu"
        owners = [r for g in named for r in ([found[g.i]] if g.i in found else self._single(g, depth + 1))
                  if r.kind not in ("pronoun", "agent")]
        if owners:
            return owners
        by, subjects = author_words(token, self.lexicon)
        return [r for g in by for r in self.resolve(g) if r.kind not in ("pronoun", "agent")] or \
            [r for g in subjects for r in self._single(g, depth + 1) if r.kind != "pronoun"]

    def _members(self, token: Token) -> list[ActorRef]:
        """"Palestinian factions including Hamas and Fatah", "Gulf states such as Qatar and Oman": a
        group named by its members stands for them as a subject (as an object, "sent a delegation
        including X", the members are the source's own)."""
        preps = [c for c in token.children if c.dep_ == "prep" and (c.lower_ == "including" or (
            c.lower_ == "as" and any(k.lower_ == "such" for k in c.children)))]
        return [r for p in preps for g in p.children if g.dep_ == "pobj" for r in self.resolve(g)
                if r.kind != "agent"]

    def _agent_noun(self, token: Token, agent: str, of: list[Token], depth: int) -> list[ActorRef]:
        """An agent noun: "the leaders of Egypt", "the army" or "the president" referring back, or generic."""
        joined = len({o.head.i for o in of if o.head.lower_ == "of"}) > 1
        found: list[ActorRef] = []
        for obj in of:  # with its coordinates: "the leaders of Egypt and Qatar", and every *of* joined
            found += [r for o in (obj, *obj.conjuncts) for r in self.resolve(o, depth + 1)  # by *and*:
                      if not found or r.kind != "agent"]
            if found and not joined:  # "commanders of Ethiopia's government and of the Tigrayan forces"
                break
        if found:
            return list(dict.fromkeys(found))
        partner = self._partner_state(token, agent)
        if partner:
            return partner
        if agent[:3] in STATE_AGENTS and any(c.lower_ == "the" for c in token.children) and \
                hyphenated(token) not in self.lexicon.third_parties:
            if token.lemma_ in TEAMS and (group := self.discourse.local_other) and len(group.code or "") > 3:
                return [ActorRef(group.name, group.code, False, token.i, token.i + 1, "nominal")]  # its team
            back = self.discourse.person if token.lower_ in _TITLES else \
                self.discourse.local_state or self.discourse.state or self.discourse.other
            if back is not None and back in (self.discourse.state, self.discourse.local_state):
                code = (back.code or "")[:3] + agent  # "the army", "the ministry": that agent of the state
                name = self.lexicon.code_names.get(code) or self.lexicon.code_names.get(code[:3], back.name)
                return [ActorRef(name, code, False, token.i, token.i + 1, "nominal")]
            if back is not None:  # "the president": the person last named
                return [ActorRef(back.name, back.code, back.person, token.i, token.i + 1, "nominal")]
        return [ActorRef(group_name(token), agent, False, token.left_edge.i, token.i + 1, "agent")]

    def _partner_state(self, token: Token, agent: str) -> list[ActorRef]:
        """A state body without its state beside a group ("the government and the ELN", "government and
        ELN negotiators"): that body of the group's state, named as the state (rule 6)."""
        beside = [*token.conjuncts, *(token.head.conjuncts if token.dep_ in ("compound", "nmod") else ())]
        beside += [g for c in beside for g in c.children if g.dep_ == "compound"]  # "and RSF negotiators"
        codes = [r.code or "" for r in (self.found[c.i] for c in beside if c.i in self.found) if not r.person]
        partner = next((c for c in codes if len(c) > 3 and c[:3].isalpha() and c[:3] not in _BLOCS and
                        c[3:6] not in STATE_AGENTS), "")
        if token.lower_ not in _STATE_BODIES or agent[:3] not in STATE_AGENTS or not partner:
            return []
        name = self.lexicon.name_of_code(code := partner[:3] + agent)  # None for a state it does not name
        return [ActorRef(name, code, False, token.i, token.i + 1, "nominal")] if name else []

    def _with_agent(self, owner: ActorRef, agent: str | None, token: Token) -> ActorRef:
        if owner.person and owner.code and ((agent == "GOV" and token.lower_ in _STATE_BODIES) or (
                token.lower_ == "office" and owner.code[3:6] == "GOV")):
            # "the Biden administration", "Netanyahu's office" (a head of government's) are the state (rule 6)
            code = owner.code[:3] + "GOV"
            name = self.lexicon.name_of_code(code) or owner.name
            return ActorRef(name, code, False, owner.start, token.i + 1, "nominal")
        if owner.person or owner.code is None or agent is None or (  # "the Houthi movement": the Houthis
                token.lower_ in _GROUP_NOUNS and len(owner.code) > 3 and owner.kind == "name"):
            return ActorRef(owner.name, owner.code, owner.person, owner.start, token.i + 1, "nominal")
        code = owner.code[:3] + agent
        region = len(owner.code) == 3 and owner.code not in self.lexicon.code_names  # "Latin American"
        if (agent[:3] not in STATE_AGENTS or region) and len(owner.code) == 3 and owner.kind == "name" and \
                owner.start < token.i:
            # "Kenyan protesters": a group of a state's people is no state (rule 6), nor a region's states one
            return ActorRef(group_name(token), code, False, owner.start, token.i + 1, "agent")
        name = self.lexicon.code_names.get(code, owner.name)
        return ActorRef(name, code, False, owner.start, token.i + 1, "nominal")

