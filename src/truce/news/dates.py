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
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from truce.news.document import Sentence, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CALENDAR_NAMES", "WEEKDAYS", "find_time_expressions", "is_future_context",
           "resolve_calendar_date", "scheduled_present"]

# The names and number words below are the one copy of each list; the patterns are built from them.
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve")
_MONTHS = {name[:3].lower(): k for k, name in enumerate(_MONTH_NAMES, 1)}
_WEEKDAYS = [name.lower() for name in _WEEKDAY_NAMES]
_NUMBERS = {word: k for k, word in enumerate(_NUMBER_WORDS, 1)} | {"a": 1, "an": 1}
CALENDAR_NAMES = frozenset(name.lower() for name in (*_MONTH_NAMES, *_WEEKDAY_NAMES))
"""Month and weekday names, lower-case (capitalised words that are never part of a name)."""
WEEKDAYS = frozenset(_WEEKDAYS)
"""Weekday names, lower-case."""
_PLANNABLE = frozenset({"head", "travel", "visit", "fly", "meet", "go", "arrive", "leave", "return", "hold"})
_MONTH = (  # full names and their news abbreviations ("Aug.", "Sept.")
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_FULL_MONTH = f"(?:{'|'.join(_MONTH_NAMES)})"
_WEEKDAY = f"(?:{'|'.join(_WEEKDAY_NAMES)})"
_UNIT = r"(?:day|week|month|year)"
_WORD = re.compile(r"\S+")
_DURATION_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def _count(upto: int) -> str:
    """Number words up to ``upto``, the first letter in either case ("Three days later")."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _NUMBER_WORDS[:upto])


_SOURCES: tuple[tuple[str, str, int], ...] = (  # kind, pattern, flags; tried in this order
    ("iso", r"\b(20\d\d)-(\d\d)-(\d\d)\b", 0),
    ("month_day", rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b(?:,? (?:19|20)\d\d\b)?", 0),
    ("day_month", rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?:,? (?:19|20)\d\d\b)?", 0),
    ("weekday", rf"\b(?:(?:last|next|this|on|[Ee]arly|[Ll]ate) )?{_WEEKDAY}\b", 0),
    ("day_after", r"\b(?:[Tt]he (?:next|following|previous) day|[Tt]he day before(?=[,.])"
                  rf"|(?:[Aa]|{_count(6)}|\d) days? (?:later|earlier))\b", 0),
    ("ago", rf"\b(?:[Aa]n?|{_count(10)}|\d+) {_UNIT}s? ago\b", 0),
    ("week", r"\b(?:(?:earlier|later) )?(?:this|last|next|the past|the coming) (?:week|weekend)\b", re.I),
    ("month_rel", r"\b(?:(?:earlier|later) )?(?:this|last|next) month\b", re.I),
    ("year_rel", r"\b(?:(?:earlier|later) )?(?:this|last|next) year\b", re.I),
    ("day_rel", r"\b(?:(?:earlier|later) )?(?:today|tonight|yesterday|tomorrow)\b|\blast night\b", re.I),
    ("month", rf"\b(?:(?:early|mid|late)[- ])?{_FULL_MONTH}(?: (?:19|20)\d\d)?\b", 0),
    ("year", r"(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bof ))(?:19|20)\d\d\b", 0),
    ("duration", rf"(?<![-\w])(?:\d+|{'|'.join(_NUMBER_WORDS)})(?: {_UNIT}s?|-{_UNIT})\b(?!-)"
                 rf"|\ban? {_UNIT}(?= (?:after|before)\b)", re.I),
    ("vague", r"\b(?:recent(?:ly)?|current(?:ly)?|upcoming|the (?:near|coming) (?:future|days|weeks))\b",
     re.I),
)
_NEEDS = {  # kind -> what every match holds (with the kind's flags): a sentence without it skips the kind
    "iso": r"\d",
    "month_day": r"\d",
    "day_month": r"\d",
    "weekday": "day",  # Monday ... Sunday
    "day_after": "day",
    "ago": " ago",
    "week": "week",
    "month_rel": "month",
    "year_rel": "year",
    "day_rel": "today|tonight|yesterday|tomorrow|last night",
    "year": r"\d",
    "duration": "day|week|month|year",
    "vague": "recent|current|upcoming|the near|the coming",
}
_PATTERNS = [(kind, re.compile(pattern, flags), re.compile(_NEEDS.get(kind, ""), flags))
             for kind, pattern, flags in _SOURCES]
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
    text: str, sentences: Sequence[Sentence], article_date: dt.date, past_tense: Collection[int] = (),
    scheduled: Collection[int] = (),
) -> list[TimeExpression]:
    """Every time expression in ``text``, with its value resolved against ``article_date``.

    ``past_tense`` holds the offsets in ``text`` where the tagger found a past-tense verb (Penn
    tags VBD, VBN): a weekday next to one is a past day even in a sentence about the future.
    ``scheduled`` holds those of present tenses that tell a plan ("Blinken heads to Egypt on
    Tuesday"): their sentence is about the future.
    """
    found: list[TimeExpression] = []
    for sentence in sentences:
        body = sentence.text
        past = {k - sentence.start for k in past_tense if sentence.start <= k < sentence.end}
        future = is_future_context(body) or any(sentence.start <= k < sentence.end for k in scheduled)
        taken: list[tuple[int, int]] = []
        for kind, pattern, needs in _PATTERNS:
            if needs.search(body) is None:
                continue
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
                if future and kind == "weekday" and _past_verb_next_to(body, start, end, past):
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


def _past_verb_next_to(body: str, start: int, end: int, past: Collection[int]) -> bool:
    """Whether a past-tense verb (by the tagger: ``past`` holds where such verbs start in ``body``)
    stands right before ("said on Thursday") or after ("on Thursday accused") a date."""
    before = [(m.start(), m.group()) for m in _WORD.finditer(body, max(0, start - 20), start)]
    near = [k for k, w in before[-2:] if w != "on"][-1:]
    near += [m.start() for m in _WORD.finditer(body, end, end + 20)][:1]
    return any(k in past for k in near)


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


def scheduled_present(verb: Token) -> bool:
    """A present tense of travel or meeting with the weekday it falls on ("Blinken heads to Egypt on
    Tuesday"): a fixed plan (Quirk et al. 1985, 4.21, the simple present of a scheduled future)."""
    return verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in _PLANNABLE and any(
        w.lower_ in WEEKDAYS for c in verb.children if c.dep_ in ("prep", "npadvmod") for w in c.subtree)
