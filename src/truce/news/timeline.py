"""Turn coded news events into scenario timeline events.

Pure: returns a new, re-validated :class:`~truce.model.scenario.Scenario`;
writing it is the caller's job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from truce.news.document import ArticleAnalysis, Canonical, Event

if TYPE_CHECKING:
    from truce.model.elements import TimelineEvent
    from truce.model.scenario import Scenario

__all__ = ["append_to_timeline", "timeline_events"]


def _label(actor: Canonical) -> str:
    if actor is None:
        return "—"
    return " and ".join(actor) if isinstance(actor, tuple) else actor


def _ids(value: str | tuple[str, ...] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)


def _event_day(event: Event, published: dt.date) -> dt.date:
    if event.date and len(event.date) == 10:
        return dt.date.fromisoformat(event.date)
    return published


def timeline_events(analysis: ArticleAnalysis, scenario: Scenario, source_title: str) -> list[TimelineEvent]:
    """Timeline events for the coded events of one article.

    An event dated to a day keeps that day; one dated to a week or month, or
    not dated, is placed on the publication date and says so in its
    description.
    """
    from truce.model.elements import Source, TimelineEvent

    out = []
    for event in analysis.events:
        sentence = analysis.sentences[event.sentence_index].text
        parties = tuple(dict.fromkeys(
            p for p in (*_ids(event.source_party), *_ids(event.target_party)) if p in scenario.party_ids
        ))
        issues = tuple(i for i in dict.fromkeys((event.issue, *event.other_issues))
                       if i is not None and i in scenario.issue_ids)
        when = f" (time: {event.date_text} = {event.date})" if event.date and len(event.date) != 10 else ""
        source_actor = event.source_party if isinstance(event.source_party, str) else _label(event.source)
        target_actor = event.target_party if isinstance(event.target_party, str) else _label(event.target)
        out.append(TimelineEvent(
            date=_event_day(event, analysis.publication_date),
            title=f"{event.event_type}: {_label(event.source)} → {_label(event.target)} ({event.trigger})",
            description=sentence + when,
            event_type=event.event_type,
            source_actor=None if source_actor == "—" else source_actor,
            target_actor=None if target_actor == "—" else target_actor,
            parties=parties,
            issues=issues,
            confidence="reported",
            sources=(Source(title=source_title, date=analysis.publication_date,
                            note=f"coded by truce ingest from sentence {event.sentence_index}",
                            confidence="reported"),),
        ))
    return out


def append_to_timeline(scenario: Scenario, articles: Iterable[tuple[ArticleAnalysis, str]]) -> Scenario:
    """The scenario with the articles' events appended to its timeline (duplicates skipped)."""
    from truce.model.scenario import Scenario

    timeline = list(scenario.timeline)
    seen = {(e.date, e.title, e.description) for e in timeline}
    for analysis, title in articles:
        for event in timeline_events(analysis, scenario, title):
            key = (event.date, event.title, event.description)
            if key not in seen:
                seen.add(key)
                timeline.append(event)
    timeline.sort(key=lambda e: e.date)
    updated = scenario.model_copy(update={"timeline": tuple(timeline)})
    return Scenario.model_validate(updated.model_dump(mode="python", round_trip=True))
