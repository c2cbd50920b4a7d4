"""Typed results of the news pipeline and their stable JSON form.

The JSON document has the shape of the project's gold annotations
(``shared/data/news/seed_gold.json``): ``publication_date``, ``sentences``,
``events``, ``actor_mentions`` and ``time_expressions``, with offsets as Python
string indices into the input text (end exclusive).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ActorMention",
    "ArticleAnalysis",
    "Canonical",
    "Event",
    "Sentence",
    "TimeExpression",
    "canonical_json",
]

Canonical = str | tuple[str, ...] | None
"""An actor's canonical name, a tuple of names for a compound actor, or ``None``."""


def canonical_json(value: Canonical) -> str | list[str] | None:
    """The JSON form of a canonical actor (tuples become lists)."""
    return list(value) if isinstance(value, tuple) else value


def _json(record: object, names: tuple[str, ...]) -> dict[str, Any]:
    """The named fields of a record, in order, tuples as lists (compound actors, issue lists)."""
    values = ((name, getattr(record, name)) for name in names)
    return {name: list(v) if isinstance(v, tuple) else v for name, v in values}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text == article[start:end]``."""

    index: int
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        """``index``, ``start``, ``end`` and ``text``."""
        return _json(self, ("index", "start", "end", "text"))


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span that names (or stands for) an actor.

    ``mention_type`` is one of ``name``, ``title_name``, ``nominal``,
    ``demonym``, ``group``, ``pronoun``, ``generic`` (annotation rule 7).
    """

    sentence_index: int
    start: int
    end: int
    text: str
    canonical: Canonical
    mention_type: str
    actor_type: str | None = None
    party: str | tuple[str, ...] | None = None

    def to_json(self) -> dict[str, Any]:
        """The mention's span, text, canonical actor and type, with ``party`` when linked to one."""
        out = _json(self, ("sentence_index", "start", "end", "text", "canonical", "mention_type"))
        if self.party is not None:
            out["party"] = canonical_json(self.party)
        return out


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression with its value resolved against the article date.

    ``value`` is ``YYYY-MM-DD``, an ISO week ``YYYY-Www``, a month ``YYYY-MM``,
    a duration (``P10M``) or ``PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF``
    (TimeML) for vague references.
    """

    sentence_index: int
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None

    @property
    def is_vague(self) -> bool:
        """True for a vague reference (``PAST_REF`` ...) or a duration, which dates no event."""
        return self.value.endswith("_REF") or self.type == "DURATION"

    def to_json(self) -> dict[str, Any]:
        """The expression's span, text, TimeML ``type`` and ``value``, with ``mod`` when set."""
        out = _json(self, ("sentence_index", "start", "end", "text", "type", "value"))
        if self.mod:
            out["mod"] = self.mod
        return out


_EVENT_FIELDS = ("sentence_index", "event_type", "source", "target", "trigger", "trigger_start",
                 "trigger_end", "mode", "negated", "modality", "issue", "other_issues", "date_text", "date",
                 "cameo_root", "cameo_code", "source_code", "target_code")


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event (PLOVER type) with its actors, issue and date.

    ``negated`` and ``modality`` record how the text presents the act:
    ``asserted``, ``future`` (scheduled or announced), ``hypothetical``
    (could, if), ``requested`` (the content of an appeal) or ``purpose``.
    Only asserted or future, non-negated events are coded (PLOVER's future
    rules); the others are kept as ``uncoded_events``.
    """

    sentence_index: int
    event_type: str
    source: Canonical
    target: Canonical
    trigger: str
    trigger_start: int
    trigger_end: int
    mode: str | None = None
    negated: bool = False
    modality: str = "asserted"
    issue: str | None = None
    other_issues: tuple[str, ...] = ()
    date_text: str | None = None
    date: str | None = None
    cameo_root: str | None = None
    source_party: str | tuple[str, ...] | None = None
    target_party: str | tuple[str, ...] | None = None
    cameo_code: str | None = None
    source_code: str | tuple[str, ...] | None = None
    target_code: str | tuple[str, ...] | None = None

    @property
    def coded(self) -> bool:
        """True for an asserted or future event that is not negated (PLOVER's rules)."""
        return not self.negated and self.modality in ("asserted", "future")

    def to_json(self) -> dict[str, Any]:
        """The event's fields, with ``source_party`` and ``target_party`` when linked to a scenario."""
        out = _json(self, _EVENT_FIELDS)
        if self.source_party is not None or self.target_party is not None:
            out["source_party"] = canonical_json(self.source_party)
            out["target_party"] = canonical_json(self.target_party)
        return out


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything the pipeline found in one article.

    ``sentence_issues`` pairs a sentence index with the issues its text names (main issue first),
    in sentence order; a tuple, so that the analysis is immutable throughout.
    """

    text: str
    publication_date: dt.date
    sentences: tuple[Sentence, ...]
    actor_mentions: tuple[ActorMention, ...]
    time_expressions: tuple[TimeExpression, ...]
    events: tuple[Event, ...]
    uncoded_events: tuple[Event, ...] = ()
    doc_id: str | None = None
    sentence_issues: tuple[tuple[int, tuple[str, ...]], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The stable JSON document (same shape as the gold annotations)."""
        out: dict[str, Any] = {}
        if self.doc_id is not None:
            out["id"] = self.doc_id
        out["publication_date"] = self.publication_date.isoformat()
        out["sentences"] = [s.to_json() for s in self.sentences]
        out["events"] = [e.to_json() for e in self.events]
        out["uncoded_events"] = [e.to_json() for e in self.uncoded_events]
        out["actor_mentions"] = [m.to_json() for m in self.actor_mentions]
        out["time_expressions"] = [t.to_json() for t in self.time_expressions]
        if self.sentence_issues:
            out["sentence_issues"] = {str(k): list(v) for k, v in self.sentence_issues}
        return out
