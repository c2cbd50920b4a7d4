"""Link text to negotiation issues with a keyword lexicon per issue.

The shipped lexicon (``data/issues.yaml``) covers the labels of the project's
annotation guide (rule 9): cease-fire, hostages, prisoners, Philadelphi
corridor / Gaza-Egypt border, Netzarim corridor, withdrawal, humanitarian aid
and regional escalation.  A scenario extends it with the ``keywords`` of its
issues.  When several labels describe the same thing ("withdrawal from the
Philadelphi corridor") the more specific one is the main issue; when they are
separate, coordinated items the first one mentioned is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:
    from truce.model.elements import Issue

__all__ = ["IssueHit", "IssueLabel", "IssueLexicon", "main_issue"]

_SEPARATE = re.compile(r",|;|\band\b|\bor\b|\bas well as\b|\bto\b")


@dataclass(frozen=True, slots=True)
class IssueLabel:
    """An issue label with its keyword pattern."""

    id: str
    specificity: int
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class IssueHit:
    """A keyword of ``label`` found at ``[start, end)``."""

    label: str
    specificity: int
    start: int
    end: int


def _compile(keywords: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(keywords) + r")(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class IssueLexicon:
    """Keyword patterns per issue label."""

    labels: tuple[IssueLabel, ...]
    keywords: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @classmethod
    def shipped(cls) -> IssueLexicon:
        """The lexicon in ``truce/news/data/issues.yaml``."""
        return _shipped()

    def extended(self, issues: Iterable[Issue]) -> IssueLexicon:
        """Add a scenario's issues: their keywords join the label with the same id, or a new label.

        Scenario keywords are literal phrases, matched case-insensitively on word boundaries.
        """
        keywords = dict(self.keywords)
        specificity = {label.id: label.specificity for label in self.labels}
        for issue in issues:
            extra = tuple(re.escape(k.strip()).replace(r"\ ", r"\s+") for k in issue.keywords if k.strip())
            if not extra:
                continue
            keywords[issue.id] = keywords.get(issue.id, ()) + extra
            specificity.setdefault(issue.id, 2)
        return _build(keywords, specificity)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[IssueHit]:
        """Keyword hits in ``text[start:end]`` (offsets into ``text``), ordered by position."""
        stop = len(text) if end is None else end
        hits = [
            IssueHit(label.id, label.specificity, m.start(), m.end())
            for label in self.labels
            for m in label.pattern.finditer(text, start, stop)
        ]
        hits.sort(key=lambda h: (h.start, -h.specificity))
        return hits


def main_issue(text: str, hits: list[IssueHit]) -> tuple[str | None, tuple[str, ...]]:
    """The main issue and the other issues of a span's keyword hits.

    Hits close together, with no comma or conjunction between them, describe
    the same thing; the most specific label of the first such group is the
    main issue.
    """
    if not hits:
        return None, ()
    groups: list[list[IssueHit]] = [[hits[0]]]
    for hit in hits[1:]:
        last = groups[-1][-1]
        gap = text[last.end:hit.start]
        if hit.start <= last.end or (len(gap) <= 30 and not _SEPARATE.search(gap)):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    first = max(groups[0], key=lambda h: h.specificity)
    others: list[str] = []
    for group in groups:
        for hit in sorted(group, key=lambda h: -h.specificity):
            if hit.label != first.label and hit.label not in others:
                others.append(hit.label)
    return first.label, tuple(others)


def _build(keywords: dict[str, tuple[str, ...]], specificity: dict[str, int]) -> IssueLexicon:
    labels = tuple(IssueLabel(k, specificity.get(k, 2), _compile(v)) for k, v in keywords.items())
    return IssueLexicon(labels=labels, keywords=tuple(keywords.items()))


@cache
def _shipped() -> IssueLexicon:
    text = resources.files("truce.news").joinpath("data/issues.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    keywords = {entry["id"]: tuple(entry["keywords"]) for entry in data["issues"]}
    specificity = {entry["id"]: int(entry["specificity"]) for entry in data["issues"]}
    return _build(keywords, specificity)
