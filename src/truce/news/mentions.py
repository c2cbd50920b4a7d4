"""Actor mentions in a parsed sentence, and the actor an argument stands for.

Mentions are the longest phrases of the lexicon (Phoenix actors, hand
additions, scenario parties and aliases) starting at a capitalised token.
An argument of a verb (a subject, an object, the object of a preposition)
stands for an actor when it is a mention, when it is an agent noun
(PETRARCH's agents: *government*, *forces*, *protesters*) modified by a
state (*Israeli forces*, *Egypt's foreign ministry*) or followed by *of*
and an actor (*the leaders of Egypt and Qatar*), or when it is a pronoun
or *the group* referring back to an earlier actor.  Coordinated arguments
form a compound actor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from truce.news.lexicon import ActorEntry, Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["ActorRef", "Discourse", "MentionFinder"]

_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_OTHER_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militants"})
_QUANTITIES = frozenset({"thousand", "hundred", "dozen", "million", "ten", "score", "crowd", "number"})
_STATE_AGENTS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_TITLES = frozenset(
    {
        "president",
        "minister",
        "leader",
        "spokesman",
        "spokeswoman",
        "chief",
        "premier",
        "king",
        "emir",
        "envoy",
        "secretary",
        "official",
    }
)
_MAX_WORDS = 8


@dataclass(frozen=True)
class ActorRef:
    """An actor as coded: display name, CAMEO actor code, and the token span that names it."""

    name: str
    code: str | None
    person: bool
    start: int
    end: int
    kind: str = "name"


@dataclass
class Discourse:
    """What earlier sentences of the article said: the last person and the last other actor."""

    person: ActorRef | None = None
    other: ActorRef | None = None
    local_person: ActorRef | None = None
    local_other: ActorRef | None = None
    state: ActorRef | None = None
    local_state: ActorRef | None = None

    def remember(self, ref: ActorRef) -> None:
        """Keep an actor named as a subject for later pronouns."""
        if ref.person:
            self.person = ref
        elif ref.kind != "agent":
            self.other = ref
            self.state = _state_of(ref) or self.state

    def remember_local(self, ref: ActorRef) -> None:
        """Keep a subject of the current sentence (preferred by pronouns in the same sentence)."""
        if ref.person:
            self.local_person = ref
        elif ref.kind != "agent":
            self.local_other = ref
            state = _state_of(ref)
            self.local_state = state or self.local_state

    def end_sentence(self) -> None:
        self.local_person = self.local_other = self.local_state = None


def _state_of(ref: ActorRef) -> ActorRef | None:
    """The state an actor belongs to ("Israeli officials": Israel), for a later "the army"."""
    if (
        ref.code
        and len(ref.code) >= 3
        and ref.code[:3].isalpha()
        and ref.kind in ("name", "nominal")
        and not ref.code.startswith(("IGO", "NGO"))
    ):
        return ActorRef(ref.name, ref.code[:3], False, ref.start, ref.end, ref.kind)
    return None


class _Words:
    """A sentence's tokens as plain strings, indexed like its doc: phrases are looked up by joining
    them, without building spaCy spans."""

    def __init__(self, sent: Span) -> None:
        pad = [""] * sent.start
        tokens = list(sent)
        self.lower = pad + [t.lower_ for t in tokens]
        self.space = pad + [t.whitespace_ for t in tokens]
        self.upper = [False] * sent.start + [t.text[:1].isupper() for t in tokens]
        self.punct = [False] * sent.start + [t.is_punct for t in tokens]

    def key(self, i: int, j: int) -> str:
        """The lower-cased text of tokens ``i`` to ``j`` (as ``doc[i:j].text.lower()``)."""
        return "".join(self.lower[k] + self.space[k] for k in range(i, j - 1)) + self.lower[j - 1]


class MentionFinder:
    """Find mentions in a sentence and resolve arguments to actors."""

    def __init__(self, lexicon: Lexicon, extra: dict[str, ActorEntry] | None = None) -> None:
        self.lexicon = lexicon
        self.extra = extra or {}
        self.max_words = min(_MAX_WORDS, lexicon.max_phrase_words)
        self.first_words = lexicon.first_words | {k.split()[0] for k in self.extra if k.strip()}
        self.lower_first_words = frozenset(k.split()[0] for k in lexicon.lower_case if k.strip())

    def _entry(self, key: str) -> ActorEntry | None:
        return self.extra.get(key) or self.lexicon.actors.get(key)

    def _ref(self, entry: ActorEntry, start: int, end: int, day: dt.date, phrase: str) -> ActorRef:
        code = entry.code_on(day)
        name = entry.name
        words = phrase.removeprefix("the ").split()
        if entry.person and len(words) > 1 and not set(words) & set(name.lower().split()):
            name = " ".join(w[:1].upper() + w[1:] for w in words)  # a person filed under another record
        if entry.state and code is not None:
            name = self.lexicon.code_names.get(code, name)
        return ActorRef(name, code, entry.person, start, end)

    def _may_start(self, words: _Words, i: int, stop: int) -> bool:
        """Whether a phrase can start at token ``i``: its first word (the tokens up to the first
        whitespace) must begin some phrase of the dictionary, a lower-case phrase for a lower-case
        token.  One set lookup per token instead of a dictionary lookup per span."""
        firsts = self.first_words if words.upper[i] else self.lower_first_words
        word = ""
        for k in range(i, min(stop, i + self.max_words)):
            word += words.lower[k]
            if word in firsts:
                return True
            if words.space[k]:
                return False
        return False

    def _match(self, words: _Words, i: int, stop: int) -> tuple[int, ActorEntry, str] | None:
        """The longest phrase starting at token ``i``: (end, entry, phrase)."""
        if not self._may_start(words, i, stop):
            return None
        upper = words.upper[i]
        for j in range(min(stop, i + self.max_words), i, -1):
            if words.punct[j - 1] and j - 1 > i:
                continue
            key = words.key(i, j)
            entry = self._entry(key) if upper or key in self.lexicon.lower_case else None
            if entry is not None:
                return j, entry, key
        return None

    def mentions(self, sent: Span, day: dt.date) -> dict[int, ActorRef]:
        """Token index (in the doc) -> the mention covering it; longest match first."""
        out: dict[int, ActorRef] = {}
        words = _Words(sent)
        i, stop = sent.start, sent.end
        while i < stop:
            found = self._match(words, i, stop)
            if words.lower[i] == "the" and i + 1 < stop:  # "The Islamic Resistance Movement": skip "the"
                later = self._match(words, i + 1, stop)
                if later is not None and (found is None or later[0] >= found[0]):
                    i += 1
                    found = later
            if found is None:
                i += 1
                continue
            end, entry, key = found
            ref = self._ref(entry, i, end, day, key)
            for k in range(i, end):
                out[k] = ref
            i = end
        return out

    def resolve(
        self,
        token: Token,
        found: dict[int, ActorRef],
        discourse: Discourse,
        day: dt.date,
        depth: int = 0,
        *,
        author: bool = False,
    ) -> list[ActorRef]:
        """The actors an argument token stands for (several when coordinated); empty if none.

        With ``author``, a noun whose modifier names an actor stands for it (the author of
        "the Israeli conditions", "Netanyahu's remarks"), as objects do (annotation rule 5).
        """
        refs: list[ActorRef] = []
        heads = [token]
        if token.i in found:  # "Itamar Ben-Gvir and ...": the coordination may hang on any word of the name
            ref = found[token.i]
            heads = [token.doc[k] for k in range(ref.start, ref.end)]
        coordinated = [c for h in heads for c in h.conjuncts if c.i not in range(heads[0].i, heads[-1].i + 1)]
        for tok in (token, *coordinated) if depth == 0 else (token,):
            refs += [r for r in self._single(tok, found, discourse, day, depth, author) if r not in refs]
        return refs

    def _pronoun(self, token: Token, discourse: Discourse) -> list[ActorRef]:
        person = token.lower_ in _PERSON_PRONOUNS
        ref = (discourse.local_person if person else discourse.local_other) or (
            discourse.person if person else discourse.other
        )
        return [ActorRef(ref.name, ref.code, ref.person, token.i, token.i + 1, "pronoun")] if ref else []

    def _owners(self, token: Token, found: dict[int, ActorRef], discourse: Discourse) -> list[ActorRef]:
        """Actors named by a noun's modifiers: compounds, possessives, demonyms (with their coordinates)."""
        owners: list[ActorRef] = []
        for child in token.children:
            if child.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            for c in (child, *child.conjuncts):
                if c.i in found:
                    refs = [found[c.i]]
                elif c.lower_ in _PERSON_PRONOUNS | _OTHER_PRONOUNS and child.dep_ == "poss":
                    refs = self._pronoun(c, discourse)
                else:
                    refs = []
                owners += [r for r in refs if r not in owners]
        return owners

    def _single(
        self,
        token: Token,
        found: dict[int, ActorRef],
        discourse: Discourse,
        day: dt.date,
        depth: int,
        author: bool = False,
    ) -> list[ActorRef]:
        if token.i in found:
            return [found[token.i]]
        lower = token.lower_
        if lower in _PERSON_PRONOUNS | _OTHER_PRONOUNS:
            return self._pronoun(token, discourse)
        if token.pos_ not in ("NOUN", "PROPN", "NUM"):
            return []
        named = [
            found[c.i] for c in token.children if c.dep_ == "appos" and c.i in found and found[c.i].person
        ]
        if named and lower in _TITLES:  # "Egypt's foreign minister, Badr Abdelatty": the person (rule 6)
            return named[:1]
        of = [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if (token.like_num or token.lemma_.lower() in _QUANTITIES) and of and depth < 2:
            return self.resolve(of[0], found, discourse, day, depth + 1, author=author)
        weapon = lower in self.lexicon.weapons
        agent = (
            "MIL"
            if weapon
            else self.lexicon.agents.get(lower) or self.lexicon.agents.get(token.lemma_.lower())
        )
        owners = self._owners(token, found, discourse)
        named_by = {c.dep_ for c in token.children if c.i in found or c.dep_ == "poss"}
        if author and not owners:
            owners = self._authors(token, found, discourse, day, depth)
        if owners and (
            author
            or agent is not None
            or token.lemma_.lower() in _GROUP_NOUNS
            or named_by & {"compound", "poss"}
        ):
            return [self._with_agent(owner, agent, token) for owner in owners]
        back_to = discourse.local_other or discourse.other
        if lower in _GROUP_NOUNS and any(c.lower_ == "the" for c in token.children) and back_to:
            return [ActorRef(back_to.name, back_to.code, False, token.i, token.i + 1, "nominal")]
        if agent is not None and depth < 2 and not weapon:
            return self._agent_noun(token, agent, of, found, discourse, day, depth)
        return []

    def _authors(
        self, token: Token, found: dict[int, ActorRef], discourse: Discourse, day: dt.date, depth: int
    ) -> list[ActorRef]:
        """The named author of a noun: "the request of / from / by Sweden", "the proposals Hamas had
        offered"."""
        owners = [
            found[g.i]
            for c in token.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "from", "by")
            for g in c.children
            if g.dep_ == "pobj" and g.i in found
        ]
        for clause in (c for c in token.children if c.dep_ == "relcl" and not owners):
            for subject in (g for g in clause.children if g.dep_ == "nsubj"):
                owners = [
                    r for r in self._single(subject, found, discourse, day, depth + 1) if r.kind != "pronoun"
                ]
        return owners

    def _agent_noun(
        self,
        token: Token,
        agent: str,
        of: list[Token],
        found: dict[int, ActorRef],
        discourse: Discourse,
        day: dt.date,
        depth: int,
    ) -> list[ActorRef]:
        """An agent noun: "the leaders of Egypt", "the army" or "the president" referring back, else
        generic."""
        for obj in of:
            refs = self.resolve(obj, found, discourse, day, depth + 1)
            if refs:
                return refs
        if agent[:3] in _STATE_AGENTS and any(c.lower_ == "the" for c in token.children):
            back = (
                discourse.person
                if token.lower_ in _TITLES
                else discourse.local_state or discourse.state or discourse.other
            )
            if back is not None and back in (discourse.state, discourse.local_state):
                code = (back.code or "")[:3] + agent  # "the army", "the ministry": that agent of the state
                name = self.lexicon.code_names.get(code) or self.lexicon.code_names.get(code[:3], back.name)
                return [ActorRef(name, code, False, token.i, token.i + 1, "nominal")]
            if back is not None:  # "the president": the person last named
                return [ActorRef(back.name, back.code, back.person, token.i, token.i + 1, "nominal")]
        text = token.text if token.text[:1].isupper() else token.text.capitalize()
        return [ActorRef(text, agent, False, token.left_edge.i, token.i + 1, "agent")]

    def _with_agent(self, owner: ActorRef, agent: str | None, token: Token) -> ActorRef:
        if owner.person or owner.code is None or agent is None:
            return ActorRef(owner.name, owner.code, owner.person, owner.start, token.i + 1, "nominal")
        code = owner.code[:3] + agent
        name = self.lexicon.code_names.get(code, owner.name)
        return ActorRef(name, code, False, owner.start, token.i + 1, "nominal")
