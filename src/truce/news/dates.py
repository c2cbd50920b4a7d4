"""Time expressions, resolved against the article date.

Values follow TimeML / TIMEX3 conventions as used in the project's gold
annotations (rule 10 of ``shared/data/news/README.md``): ``YYYY-MM-DD`` for a
day, ``YYYY-Www`` for an ISO week, ``YYYY-MM`` for a month, ``P10M`` for a
duration, and ``PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF`` for vague
references.  Calendar dates ("August 16", "16 Aug. 2024") are parsed with
``dateparser``; the relative rules (weekdays, "this week", "early October",
"10 months") are our own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from truce.news.document import Sentence, TimeExpression

__all__ = ["find_time_expressions", "is_future_context", "resolve_calendar_date"]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a": 1,
    "an": 1,
}
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DURATION_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y"}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")),
    ("month_day", re.compile(rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b(?:,? (?:19|20)\d\d\b)?")),
    ("day_month", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?:,? (?:19|20)\d\d\b)?")),
    ("weekday", re.compile(rf"\b(?:(?:last|next|this|on|[Ee]arly|[Ll]ate) )?{_WEEKDAY}\b")),
    (
        "day_after",
        re.compile(
            r"\b(?:[Tt]he (?:next|following|previous) day|[Tt]he day before(?=[,.])"
            r"|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d) days? (?:later|earlier))\b"
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
            r"|\d+) "
            r"(?:day|week|month|year)s? ago\b"
        ),
    ),
    (
        "week",
        re.compile(
            r"\b(?:(?:earlier|later) )?(?:this|last|next|the past|the coming) (?:week|weekend)\b",
            re.IGNORECASE,
        ),
    ),
    ("month_rel", re.compile(r"\b(?:(?:earlier|later) )?(?:this|last|next) month\b", re.IGNORECASE)),
    ("year_rel", re.compile(r"\b(?:(?:earlier|later) )?(?:this|last|next) year\b", re.IGNORECASE)),
    (
        "day_rel",
        re.compile(
            r"\b(?:(?:earlier|later) )?(?:today|tonight|yesterday|tomorrow)\b|\blast night\b", re.IGNORECASE
        ),
    ),
    ("month", re.compile(rf"\b(?:(?:early|mid|late)[- ])?{_FULL_MONTH}(?: (?:19|20)\d\d)?\b")),
    ("year", re.compile(r"(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bof ))(?:19|20)\d\d\b")),
    (
        "duration",
        re.compile(
            r"(?<![-\w])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r"(?: (?:day|week|month|year)s?|-(?:day|week|month|year))\b(?!-)"
            r"|\ban? (?:day|week|month|year)(?= (?:after|before)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "vague",
        re.compile(
            r"\b(?:recent(?:ly)?|current(?:ly)?|upcoming|the (?:near|coming) (?:future|days|weeks))\b",
            re.IGNORECASE,
        ),
    ),
]
_FUTURE = re.compile(
    r"\b(?:will|scheduled|set to|due to|expected to|plans? to|planned|planning to|upcoming|"
    r"next|later this|is to|are to|going to|intends? to|to be held)\b",
    re.IGNORECASE,
)
_MONTH_NEEDS_CONTEXT = frozenset({"may", "march", "june", "july"})


def is_future_context(text: str) -> bool:
    """Whether a sentence talks about the future (so "Monday" is the next Monday)."""
    return _FUTURE.search(text) is not None


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


@lru_cache(maxsize=4096)
def _parse_calendar(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a calendar date string, parsed with dateparser."""
    import dateparser

    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    parsed = dateparser.parse(cleaned, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month"]})
    if parsed is None:
        return None
    year = parsed.year if re.search(r"\b(?:19|20)\d\d\b", text) else None
    return year, parsed.month, parsed.day


def resolve_calendar_date(text: str, article_date: dt.date, *, future: bool = False) -> str | None:
    """Resolve "August 16" (no year) to the nearest fitting year around the article date.

    Without a future context the date is the latest one no more than a week
    after the article date; in a future context, the earliest one no more
    than a week before it.
    """
    parsed = _parse_calendar(text)
    if parsed is None:
        return None
    year, month, day = parsed
    if year is None:
        candidates = []
        for y in (article_date.year - 1, article_date.year, article_date.year + 1):
            try:
                candidates.append(dt.date(y, month, day))
            except ValueError:
                continue
        week = dt.timedelta(days=7)
        if future:
            later = [c for c in candidates if c >= article_date - week]
            chosen = min(later) if later else max(candidates)
        else:
            earlier = [c for c in candidates if c <= article_date + week]
            chosen = max(earlier) if earlier else min(candidates)
        return chosen.isoformat()
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_Resolved = tuple[str, str, str | None] | None


def _weekday(text: str, date: dt.date, future: bool) -> _Resolved:
    words = text.lower().split()
    mod = {"early": "START", "late": "END"}.get(words[0])
    target = _WEEKDAYS.index(words[-1])
    offset = (target - date.weekday()) % 7
    if words[0] == "last" or (offset and not future and words[0] != "next"):
        back = (date.weekday() - target) % 7 or 7
        return "DATE", (date - dt.timedelta(days=back)).isoformat(), mod
    if words[0] == "next" or offset:
        return "DATE", (date + dt.timedelta(days=offset or 7)).isoformat(), mod
    return "DATE", date.isoformat(), mod


def _day_after(text: str, date: dt.date, future: bool) -> _Resolved:
    """Resolved later against the previous day named (find_time_expressions)."""
    words = text.lower().split()
    if words[0] == "the":
        shift = -1 if words[-1] in ("previous", "before") or words[1] == "previous" else 1
    else:
        count = int(words[0]) if words[0].isdigit() else _NUMBERS[words[0]]
        shift = count * (1 if words[-1] == "later" else -1)
    return "DATE", f"REL{shift:+d}", None


def _ago(text: str, date: dt.date, future: bool) -> _Resolved:
    amount, unit = text.lower().split()[:2]
    number = int(amount) if amount.isdigit() else _NUMBERS[amount]
    unit = unit.rstrip("s")
    if unit == "day":
        return "DATE", (date - dt.timedelta(days=number)).isoformat(), None
    if unit == "week":
        return "DATE", _iso_week(date - dt.timedelta(weeks=number)), None
    if unit == "month":
        return "DATE", _month_value(*_shift_month(date, -number)), None
    return "DATE", str(date.year - number), None


def _shift(low: str) -> int:
    return -1 if ("last" in low or "past" in low) else 1 if ("next" in low or "coming" in low) else 0


def _day_rel(text: str, date: dt.date, future: bool) -> _Resolved:
    low = text.lower()
    shift = -1 if low == "last night" else {"yesterday": -1, "tomorrow": 1}.get(low.split()[-1], 0)
    return "DATE", (date + dt.timedelta(days=shift)).isoformat(), None


def _month(text: str, date: dt.date, future: bool) -> _Resolved:
    match = re.match(r"(?:(early|mid|late)[- ])?([A-Za-z]+)(?: (\d{4}))?", text)
    assert match is not None
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((match[1] or "").lower())
    month = _MONTHS[match[2][:3].lower()]
    if match[3]:
        return "DATE", _month_value(int(match[3]), month), mod
    year = date.year if month <= date.month or future else date.year - 1
    if future and month < date.month:
        year = date.year + 1
    return "DATE", _month_value(year, month), mod


def _duration(text: str, date: dt.date, future: bool) -> _Resolved:
    amount, unit = text.lower().replace("-", " ").split()  # "10 months", "the six-week first phase"
    number = int(amount) if amount.isdigit() else _NUMBERS[amount]
    return "DURATION", f"P{number}{_DURATION_UNIT[unit.rstrip('s')]}", None


def _vague(text: str, date: dt.date, future: bool) -> _Resolved:
    low = text.lower()
    value = (
        "PAST_REF"
        if low.startswith("recent")
        else "PRESENT_REF"
        if low.startswith("current")
        else "FUTURE_REF"
    )
    return "DATE", value, None


def _calendar(text: str, date: dt.date, future: bool) -> _Resolved:
    value = resolve_calendar_date(text, date, future=future)
    return ("DATE", value, None) if value else None


_RESOLVERS: dict[str, Callable[[str, dt.date, bool], _Resolved]] = {
    "iso": lambda text, date, future: ("DATE", text, None),
    "year": lambda text, date, future: ("DATE", text, None),
    "month_day": _calendar,
    "day_month": _calendar,
    "weekday": _weekday,
    "day_after": _day_after,
    "ago": _ago,
    "week": lambda text, date, future: (
        "DATE",
        _iso_week(date + dt.timedelta(weeks=_shift(text.lower()))),
        None,
    ),
    "month_rel": lambda text, date, future: (
        "DATE",
        _month_value(*_shift_month(date, _shift(text.lower()))),
        None,
    ),
    "year_rel": lambda text, date, future: ("DATE", str(date.year + _shift(text.lower())), None),
    "day_rel": _day_rel,
    "month": _month,
    "duration": _duration,
    "vague": _vague,
}


def _resolve(kind: str, text: str, date: dt.date, future: bool) -> _Resolved:
    """(type, value, mod) of one match, or None to drop it."""
    resolver = _RESOLVERS.get(kind)
    return resolver(text, date, future) if resolver is not None else None


def find_time_expressions(
    text: str, sentences: Sequence[Sentence], article_date: dt.date
) -> list[TimeExpression]:
    """Every time expression in ``text``, with its value resolved against ``article_date``."""
    found: list[TimeExpression] = []
    for sentence in sentences:
        body = sentence.text
        future = is_future_context(body)
        taken: list[tuple[int, int]] = []
        for kind, pattern in _PATTERNS:
            for match in pattern.finditer(body):
                start, end = match.start(), match.end()
                if any(start < b and a < end for a, b in taken):
                    continue
                phrase = match.group(0)
                if kind == "weekday" and phrase.lower().startswith("on "):
                    start += 3
                    phrase = phrase[3:]
                if kind == "month" and phrase.lower() in _MONTH_NEEDS_CONTEXT:
                    before = body[max(0, start - 8) : start].lower().split()
                    if not before or before[-1] not in (
                        "in",
                        "since",
                        "until",
                        "by",
                        "of",
                        "early",
                        "late",
                        "mid",
                        "last",
                        "next",
                        "from",
                        "through",
                    ):
                        continue
                local_future = future
                if future and kind == "weekday" and _past_verb_next_to(body, start, end):
                    local_future = False  # "Hamas on Thursday accused ... the next round": a past Thursday
                resolved = _resolve(kind, phrase, article_date, local_future)
                if resolved is None:
                    continue
                kind_type, value, mod = resolved
                taken.append((match.start(), match.end()))
                found.append(
                    TimeExpression(
                        sentence_index=sentence.index,
                        start=sentence.start + start,
                        end=sentence.start + end,
                        text=phrase,
                        type=kind_type,
                        value=value,
                        mod=mod,
                    )
                )
    found.sort(key=lambda t: t.start)
    return _resolve_day_after(found)


_PAST_IRREGULAR = frozenset(
    "said met held told made gave took spoke left sent struck hit fought brought began "
    "went saw won led flew came put set sought".split()
)


def _past_verb_next_to(body: str, start: int, end: int) -> bool:
    """Whether a past-tense verb stands right before ("said on Thursday") or after ("on Thursday accused")
    a date."""
    before = body[max(0, start - 20) : start].split()
    after = body[end : end + 20].split()
    near = [w for w in before[-2:] if w != "on"][-1:] + after[:1]
    return any(w.isalpha() and w.islower() and (w.endswith("ed") or w in _PAST_IRREGULAR) for w in near)


def _resolve_day_after(found: list[TimeExpression]) -> list[TimeExpression]:
    """ "The next day", "three days later": counted from the last calendar day named before (dropped
    without one)."""
    out: list[TimeExpression] = []
    last_day: dt.date | None = None
    for t in found:
        if t.value.startswith("REL"):
            if last_day is None:
                continue
            last_day += dt.timedelta(days=int(t.value[3:]))
            t = TimeExpression(
                sentence_index=t.sentence_index,
                start=t.start,
                end=t.end,
                text=t.text,
                type=t.type,
                value=last_day.isoformat(),
                mod=t.mod,
            )
        elif t.type == "DATE" and len(t.value) == 10 and t.value[4] == "-":
            last_day = dt.date.fromisoformat(t.value)
        out.append(t)
    return out
