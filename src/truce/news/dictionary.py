"""The actor dictionary and the spaCy EntityRuler built from it.

The shipped dictionary (``data/actors.yaml``) lists states, leaders,
ministers, organisations and armed groups of the Gaza talks and their
mediators, each with a canonical name, type and country; a scenario adds its
parties and their aliases (:meth:`ActorDictionary.with_scenario`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from truce.news.document import Canonical

if TYPE_CHECKING:
    from spacy.language import Language

    from truce.model.scenario import Scenario

__all__ = ["Actor", "ActorDictionary", "add_entity_ruler"]


@dataclass(frozen=True)
class Actor:
    """One entry of the actor dictionary."""

    canonical: str
    type: str
    country: str | None = None
    affiliation: str | None = None
    mediator: bool = False
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    armed_forces: str | None = None


@dataclass(frozen=True)
class ActorDictionary:
    """Actors with their surface forms, plus the words used around them."""

    actors: tuple[Actor, ...]
    nominal_heads: tuple[str, ...]
    armed_heads: tuple[str, ...]
    agent_heads: tuple[str, ...]
    generic: dict[str, str | None]
    title_words: frozenset[str]
    parties: dict[str, str] = field(default_factory=dict)

    @classmethod
    def shipped(cls) -> ActorDictionary:
        """The dictionary shipped in ``truce/news/data/actors.yaml``."""
        return _shipped()

    def with_scenario(self, scenario: Scenario) -> ActorDictionary:
        """Add the scenario's parties: their names and aliases link to party ids.

        An alias that names a known actor (or contains one's name, as in
        "Secretary of State Antony Blinken") only links that actor to the
        party; other aliases become new names of the party's own actor, which
        is the known actor named like the party or else a new one.
        """
        import re

        actors = list(self.actors)
        known_words = {w.lower() for a in actors for w in (a.canonical, *a.names, *a.demonyms)}
        pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(known_words, key=len, reverse=True))
            + r")(?![\w-])", re.IGNORECASE)
        links: dict[str, str] = {}
        for party in scenario.parties:
            labels = [party.id, party.label, *party.aliases]
            own = next((a for a in actors if a.canonical.lower() == party.label.lower()
                        or party.label in a.names), None)
            if own is None:
                own = Actor(canonical=party.label, type="organisation")
                actors.append(own)
            extra = tuple(label for label in labels[1:]
                          if label not in own.names and not pattern.search(label))
            updated = replace(own, names=own.names + extra)
            actors = [updated if a.canonical == own.canonical else a for a in actors]
            for label in labels:
                links.setdefault(label.lower(), party.id)
            links.setdefault(own.canonical.lower(), party.id)
        return replace(self, actors=tuple(actors), parties=links)

    def party_of(self, canonical: Canonical) -> str | tuple[str, ...] | None:
        """The scenario party an actor stands for (via canonical name, names, affiliation, country)."""
        if canonical is None or not self.parties:
            return None
        if isinstance(canonical, tuple):
            found = tuple(dict.fromkeys(p for p in (self.party_of(c) for c in canonical) if isinstance(p, str)))
            return found[0] if len(found) == 1 else (found or None)
        seen: set[str] = set()
        name: str | None = canonical
        while name is not None and name not in seen:
            seen.add(name)
            if name.lower() in self.parties:
                return self.parties[name.lower()]
            actor = self.by_canonical.get(name)
            if actor is None:
                return None
            for alias in actor.names:
                if alias.lower() in self.parties:
                    return self.parties[alias.lower()]
            name = actor.affiliation or actor.country
        return None

    def ruler_patterns(self, nlp: Language) -> list[dict[str, Any]]:
        """EntityRuler phrase patterns (case-sensitive): names, name or demonym + head noun, generics.

        Only phrase patterns are used: spaCy's PhraseMatcher scales to thousands
        of them, where token patterns would dominate the run time.
        """
        patterns: list[dict[str, Any]] = []

        def add(label: str, ident: str, phrase: str) -> None:
            patterns.append({"label": label, "id": ident, "pattern": phrase})

        for actor in self.actors:
            kind = "group" if actor.type == "population" else "name"
            for name in actor.names:
                add(f"{kind}|{actor.type}", actor.canonical, name)
                if name[:1].islower():  # sentence-initial "Families of the hostages"
                    add(f"{kind}|{actor.type}", actor.canonical, name[:1].upper() + name[1:])
                if actor.type != "person" and actor.type != "population" and " " not in name:
                    for head in self.nominal_heads:
                        add(f"nominal|{actor.type}", actor.canonical, f"{name} {head}")
            for demonym in actor.demonyms:
                for head in self.nominal_heads:
                    add(f"nominal|{actor.type}", actor.canonical, f"{demonym} {head}")
                for head in self.armed_heads:
                    add("nominal|armed_group", actor.armed_forces or actor.canonical, f"{demonym} {head}")
                for head in self.agent_heads:
                    add(f"demonym|{actor.type}", actor.canonical, f"{demonym} {head}")
        for phrase, resolution in self.generic.items():
            for variant in {phrase, phrase[:1].upper() + phrase[1:]}:
                add("generic|", resolution or "", variant)
        return patterns

    def demonym_actor(self, word: str) -> Actor | None:
        return _demonyms(self).get(word)

    @property
    def by_canonical(self) -> dict[str, Actor]:
        return _by_canonical(self)


@cache
def _shipped() -> ActorDictionary:
    text = resources.files("truce.news").joinpath("data/actors.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    actors = tuple(
        Actor(
            canonical=entry["canonical"],
            type=entry["type"],
            country=entry.get("country"),
            affiliation=entry.get("affiliation"),
            mediator=bool(entry.get("mediator", False)),
            names=tuple(str(n) for n in entry.get("names", ())),
            demonyms=tuple(str(n) for n in entry.get("demonyms", ())),
            armed_forces=entry.get("armed_forces"),
        )
        for entry in data["actors"]
    )
    return ActorDictionary(
        actors=actors,
        nominal_heads=tuple(data["nominal_heads"]),
        armed_heads=tuple(data["armed_heads"]),
        agent_heads=tuple(data["agent_heads"]),
        generic=dict(data["generic"]),
        title_words=frozenset(str(w).lower() for w in data["title_words"]),
    )


@dataclass(frozen=True)
class _Derived:
    demonyms: dict[str, Actor]
    by_canonical: dict[str, Actor]
    countries: frozenset[str]
    demonym_words: frozenset[str]


def _demonyms(dictionary: ActorDictionary) -> dict[str, Actor]:
    return _derived(dictionary).demonyms


def _by_canonical(dictionary: ActorDictionary) -> dict[str, Actor]:
    return _derived(dictionary).by_canonical


def _state_words(dictionary: ActorDictionary) -> tuple[frozenset[str], frozenset[str]]:
    derived = _derived(dictionary)
    return derived.countries, derived.demonym_words


def _derived(dictionary: ActorDictionary) -> _Derived:
    """Lookup tables computed once per dictionary (kept on the frozen instance)."""
    cached = dictionary.__dict__.get("_derived")
    if not isinstance(cached, _Derived):
        cached = _Derived(
            demonyms={d: a for a in dictionary.actors for d in a.demonyms},
            by_canonical={a.canonical: a for a in dictionary.actors},
            countries=frozenset(n.lower() for a in dictionary.actors if a.type == "state" for n in a.names),
            demonym_words=frozenset(d.lower() for a in dictionary.actors for d in a.demonyms),
        )
        object.__setattr__(dictionary, "_derived", cached)
    return cached


def add_entity_ruler(nlp: Language, dictionary: ActorDictionary) -> None:
    """Add an EntityRuler with the dictionary's patterns (case-sensitive phrase matching)."""
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "validate": False})
    ruler.add_patterns(dictionary.ruler_patterns(nlp))  # type: ignore[attr-defined]
