"""Events: PLOVER type from a trigger, negation, modality, source and target.

Without a trained parser, the arguments come from patterns around the
trigger (after the annotation guide's rules 2-5 and 8-10, which paraphrase
the PLOVER codebook):

* the nearest actor before a verb that is not inside a prepositional phrase
  is its source, and the actor right after it (possibly after ``with``,
  ``to``, ``on``, ``for``, ``of``) its target; coordinated actors form a
  compound actor;
* a passive ("Both sides are urged") swaps them, with ``by X`` as source;
* "talks between A and B" has source ``[A, B]``; "A's visit" has source A;
* a trigger that is an infinitive or gerund complement ("urged X *to
  reach*", "in order to", "before *traveling*") is not an asserted act;
  could/would/if make it hypothetical; scheduled/will make it future, and a
  future meeting or aid is AGREE, a future withdrawal CONCEDE (PLOVER's
  future rules).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from truce.news.document import ActorMention, Canonical, Event, Sentence, TimeExpression
from truce.news.issues import IssueLexicon, main_issue
from truce.news.triggers import TriggerEntry, TriggerLexicon, TriggerMatch, cameo_root

__all__ = ["EventContext", "find_events"]

_DETERMINERS = frozenset(
    "the a an this that these those its his her their our my your any some such each every "
    "no both all".split()
)
_NOUN_BEFORE = _DETERMINERS | frozenset(
    "’s 's of during in at after following before amid with between for from by new key main core latest further recent upcoming first second final fresh "
    "renewed israeli egyptian qatari american palestinian iranian diplomatic possible "
    "potential proposed planned previous last next indirect direct".split()
)
_PREPOSITIONS = frozenset(
    "of for with to from by in on at near along within into over about against between "
    "among amid after before during including regarding despite toward towards across "
    "through under around behind like than".split()
)
_TARGET_PREPS = frozenset("with to on upon for of".split())
_MATERIAL_PREPS = frozenset("at against on".split())
_SUBORDINATORS = frozenset("after before since until as while".split())
_BLOCK_TARGET = frozenset("if unless because when while although though since until after before "
                          "as whether where".split())
_QUANTITIES = frozenset("thousands hundreds dozens tens scores millions some many most several "
                        "all none both one two three".split())
_COMPLEMENT_TAKERS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
_BE = frozenset("is are was were be been being am 's".split())
_AUX = _BE | frozenset("has have had will would could should may might must do does did".split())
_ADVERBS = frozenset(
    "also reportedly again now not never already repeatedly strongly publicly formally "
    "officially then still just once firmly sharply quickly later earlier initially "
    "finally jointly separately yet n't".split()
)
_FUTURE_FRAME = frozenset("scheduled set due expected planned planning plans plan intends intend "
                          "poised going about".split())
_FRAME_IN_TRIGGER = frozenset("scheduled set due expected planned".split())
_FUTURE_WORDS = frozenset("will 'll shall upcoming further next planned scheduled".split())
_HYPOTHETICAL = frozenset("could would might may should must if unless whether cannot".split())
_NEGATION = frozenset("not n't never no".split())
_LIGHT_VERBS = frozenset(
    "hold holds held holding have has had conduct conducted began begin begun started start "
    "resumed resume resumes concluded wrapped joined join attended attend led lead call calls called "
    "stage staged launched organized organised".split()
)
_INTRO = frozenset("during in at after following before ahead amid".split())
_CLAUSE_WORDS = frozenset("but while though although whereas amid which who after as".split())
_LINKING = frozenset("on over about regarding concerning discuss review aimed toward towards for".split())
_REGIONAL = frozenset({"Iran", "Hezbollah", "Houthis", "Ali Khamenei", "Hassan Nasrallah",
                       "Masoud Pezeshkian", "Mohammed Abdulsalam", "Abbas Araghchi"})
_FUTURE_TYPE = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
                "RETREAT": "CONCEDE"}


@dataclass
class EventContext:
    """Per-document token data the event rules look at."""

    text: str
    lower: list[str]
    words: list[str]
    starts: list[int]
    ends: list[int]
    mention_at: dict[int, ActorMention]  # first token of a mention -> mention
    mention_tokens: dict[int, tuple[int, int]]  # token -> (start, end) of its mention
    future_sentence: dict[int, bool]


@dataclass
class _Candidate:
    match: TriggerMatch
    entry: TriggerEntry
    start: int
    end: int
    modality: str
    negated: bool
    sentence: Sentence
    first: int  # first token of the sentence
    last: int  # end token of the sentence


def _choose_entry(ctx: EventContext, m: TriggerMatch, first: int) -> TriggerEntry | None:
    by_pos = {e.pos: e for e in m.entries}
    before = ctx.lower[m.start - 1] if m.start > first else ""
    if "literal" in by_pos:
        return by_pos["literal"]
    before2 = ""
    if m.start - 1 > first and not {m.start - 1, m.start - 2} & ctx.mention_tokens.keys():
        before2 = ctx.lower[m.start - 2]
    if "verb" in by_pos and before not in _NOUN_BEFORE and before2 not in _DETERMINERS:
        word = ctx.words[m.start]
        if m.start > first and word[:1].isupper() and before not in ("“", '"'):
            return by_pos.get("noun")  # a capitalised word mid-sentence is a name
        return by_pos["verb"]
    return by_pos.get("noun")


def _modality(ctx: EventContext, c: _Candidate) -> tuple[str, bool, int]:
    """(modality, negated, first token of the trigger text) of a candidate."""
    lower, i = ctx.lower, c.start
    trigger_start = i
    window = [w for w in lower[max(c.first, i - 4):i]]
    stop = next((k for k in range(len(window) - 1, -1, -1) if window[k] in (",", ";", ":", "—")), -1)
    window = window[stop + 1:]
    negated = any(w in _NEGATION for w in window) or "yet to" in " ".join(window)
    modality = "asserted"
    if c.entry.pos == "noun":
        right = lower[c.end:min(c.last, c.end + 5)]
        if any(w in _NEGATION for w in right[:4]) and any(w in ("has", "have", "had", "was", "were", "is", "are")
                                                          for w in right[:2]):
            negated = True
        left = lower[max(c.first, i - 8):i]
        if any(w in _FUTURE_WORDS for w in left) or "set to" in " ".join(left):
            modality = "future"
        if any(w in ("could", "would", "might", "if") for w in left[-4:]):
            modality = "hypothetical"
        return modality, negated, trigger_start
    word = lower[i]
    k = i - 1
    while k > c.first and lower[k] in _ADVERBS:
        k -= 1
    prev = lower[k] if k >= c.first else ""
    if (c.entry.pos == "verb" and word.endswith("ed") and k >= c.first and prev not in _AUX
            and k not in ctx.mention_tokens and prev not in ("and", "but", ",", "who", "which", "that", "he", "she",
                                                             "it", "they", "we", "i")
            and "by" in lower[c.end:min(c.last, c.end + 4)]):
        return "complement", negated, trigger_start  # "the declaration signed in Beijing by Hamas"
    if word.endswith("ing") and c.entry.pos == "verb" and prev not in _BE:
        return "complement", negated, trigger_start
    if prev == "to":
        frame = lower[k - 1] if k - 1 >= c.first else ""
        if frame in _FUTURE_FRAME or frame in _BE:
            modality = "future"
            if frame in _FRAME_IN_TRIGGER:
                trigger_start = k - 1
        elif frame == "order" or frame in ("efforts", "effort", "bid", "attempt", "aimed", "working", "work"):
            return "purpose", negated, trigger_start
        else:
            return "requested", negated, trigger_start
    if any(w in _HYPOTHETICAL for w in window):
        return "hypothetical", negated, trigger_start
    if any(w in ("will", "'ll", "shall") for w in window):
        modality = "future"
    return modality, negated, trigger_start


def _is_boundary(ctx: EventContext, k: int) -> bool:
    w = ctx.lower[k]
    if w in (";", ":", "—", "–"):
        return True
    if w == "," and k + 1 < len(ctx.lower):
        nxt = ctx.lower[k + 1]
        if nxt == "and" and _coordination_comma(ctx, k):
            return False
        return nxt in _CLAUSE_WORDS or nxt in ("and", "but", "saying", "adding", "according")
    return w == "amid"


def _args_end(ctx: EventContext, c: _Candidate, next_start: int, issue_keyword: bool) -> int:
    end = min(c.last, next_start)
    for k in range(c.end, end):
        if _is_boundary(ctx, k):
            return k
        if (c.entry.pos == "noun" and ctx.lower[k] == "," and not _coordination_comma(ctx, k)
                and not issue_keyword):
            return k
    return end


def _coordination_comma(ctx: EventContext, k: int) -> bool:
    """A comma inside a list of actors ("Egypt, Qatar, and the U.S.")."""
    if (k - 1) not in ctx.mention_tokens:
        return False
    j = k + 1
    while j < len(ctx.lower) and ctx.lower[j] in ("and", "the", "or"):
        j += 1
    return j in ctx.mention_at


def _subject_candidate(ctx: EventContext, mention_start: int, first: int) -> bool:
    """Whether a mention can be a subject: not inside a prepositional phrase."""
    k = mention_start - 1
    while k >= first and ctx.lower[k] in _DETERMINERS:
        k -= 1
    if k < first or ctx.lower[k] not in _PREPOSITIONS or ctx.lower[k] in _SUBORDINATORS:
        return True
    # "thousands of Israelis protested"
    return ctx.lower[k] == "of" and k - 1 >= first and ctx.lower[k - 1] in _QUANTITIES


def _coordinated(ctx: EventContext, start: int, limit: int) -> tuple[list[ActorMention], int]:
    """The mention at ``start`` and the actors coordinated with it ("A, B and C").

    A list needs a conjunction before its last item: in "talks with X, Blinken
    said" the comma does not join X and Blinken.
    """
    found = [ctx.mention_at[start]]
    ends = [ctx.mention_tokens[start][1]]
    joined = [True]
    while ends[-1] < limit:
        end = ends[-1]
        j = end
        if ctx.lower[end] in ("’s", "'s"):
            # "Qatar's prime minister and ...": skip the possessed title
            while j + 1 < limit and ctx.lower[j + 1] not in ("and", ",", "or") and j - end < 3:
                j += 1
            end = j = j + 1
        while j < limit and ctx.lower[j] in (",", "and", "the", "as", "well", "or"):
            j += 1
        if j == end or j not in ctx.mention_at or end >= limit or ctx.lower[end] not in (",", "and", "or", "as"):
            break
        separator = ctx.lower[end:j]
        found.append(ctx.mention_at[j])
        ends.append(ctx.mention_tokens[j][1])
        joined.append(any(w in ("and", "or", "as") for w in separator))
    while len(found) > 1 and not joined[-1]:
        found.pop()
        ends.pop()
        joined.pop()
    return found, ends[-1]


def _actor(mentions: Sequence[ActorMention]) -> Canonical:
    names: list[str] = []
    for m in mentions:
        if m.canonical is None:
            continue
        for name in (m.canonical if isinstance(m.canonical, tuple) else (m.canonical,)):
            if name not in names:
                names.append(name)
    if not names:
        return None
    return names[0] if len(names) == 1 else tuple(names)


def _subject(ctx: EventContext, c: _Candidate, used: set[int]) -> Canonical:
    for k in range(c.start - 1, c.first - 1, -1):
        if ctx.lower[k] == ";":
            return None
        span = ctx.mention_tokens.get(k)
        if span is None or span[0] in used or not _subject_candidate(ctx, span[0], c.first):
            continue
        start = span[0]
        # walk back over a coordination ("Egypt, Qatar and the U.S. urged")
        separators: tuple[str, ...] = ("and", "or")
        while True:
            j = start - 1
            while j >= c.first and ctx.lower[j] == "the":
                j -= 1
            if j >= c.first and ctx.lower[j] in separators and (j - 1) in ctx.mention_tokens:
                start = ctx.mention_tokens[j - 1][0]
                separators = (",", "and", "or")
                continue
            if (j - 1 >= c.first and ctx.lower[j] in separators and ctx.lower[j - 1] == ","
                    and (j - 2) in ctx.mention_tokens):
                start = ctx.mention_tokens[j - 2][0]
                separators = (",", "and", "or")
                continue
            break
        mentions, _ = _coordinated(ctx, start, c.start)
        return _actor(mentions)
    return None


def _object(ctx: EventContext, c: _Candidate, end: int, used: set[int]) -> Canonical:
    """The actor right after the trigger (possibly after with/to/on/for/of), and those coordinated with it."""
    allowed = _TARGET_PREPS | (_MATERIAL_PREPS if c.entry.material else frozenset())
    steps = 0
    for k in range(c.end, end):
        if k in ctx.mention_at:
            mentions, stop = _coordinated(ctx, k, end)
            used.update(ctx.mention_tokens[m_k][0] for m_k in range(k, stop) if m_k in ctx.mention_tokens)
            return _actor(mentions)
        w = ctx.lower[k]
        if (w in (",", ";") or (w in ("and", "or") and not c.entry.material)
                or (w in _PREPOSITIONS and w not in allowed) or w in _BLOCK_TARGET):
            return None
        if steps and w in ("that", "which", "who"):
            return None
        if w not in _DETERMINERS:
            steps += 1
        if steps > 5:
            return None
    return None


def _after_word(ctx: EventContext, word: str, start: int, end: int,
                list_end: int | None = None) -> Canonical:
    for k in range(start, end):
        if ctx.lower[k] == word:
            j = k + 1
            while j < end and ctx.lower[j] in _DETERMINERS:
                j += 1
            if j in ctx.mention_at:
                mentions, _ = _coordinated(ctx, j, list_end or end)
                return _actor(mentions)
            return None
    return None


def _noun_source(ctx: EventContext, c: _Candidate, end: int, used: set[int]) -> Canonical:
    k = c.start - 1
    steps = 0
    while k >= c.first and steps < 4:
        w = ctx.lower[k]
        if w in ("’s", "'s", "’") and (k - 1) in ctx.mention_tokens:
            return _actor([ctx.mention_at[ctx.mention_tokens[k - 1][0]]])
        if k in ctx.mention_tokens and ctx.mention_at[ctx.mention_tokens[k][0]].mention_type == "pronoun":
            return _actor([ctx.mention_at[ctx.mention_tokens[k][0]]])
        if w in _LIGHT_VERBS:
            return _subject(ctx, c, used)
        if w in _PREPOSITIONS or w in (",", ";"):
            break
        k -= 1
        steps += 1
    by = _after_word(ctx, "by", c.end, end)
    if by is not None:
        return by
    if k >= c.first and ctx.lower[k] in _INTRO and all(
            ctx.lower[j] in _INTRO or ctx.lower[j] in _DETERMINERS for j in range(c.first, k + 1)):
        for j in range(c.end, c.last):
            if ctx.lower[j] == ",":
                for m in range(j + 1, c.last):
                    if m in ctx.mention_at and _subject_candidate(ctx, m, j + 1):
                        return _actor([ctx.mention_at[m]])
                break
    return None


def _is_passive(ctx: EventContext, c: _Candidate) -> bool:
    if c.start != c.match.start:
        return False  # "is scheduled to meet": the frame is part of the trigger
    word = ctx.lower[c.start]
    if c.entry.pos != "verb" or not (word.endswith(("ed", "en")) or word in ("met", "held", "sought", "struck", "hit", "shot")):
        return False
    k = c.start - 1
    while k > c.first and ctx.lower[k] in _ADVERBS:
        k -= 1
    return k >= c.first and ctx.lower[k] in _BE and ctx.lower[k] != "'s"


def find_events(
    ctx: EventContext,
    sentences: Sequence[Sentence],
    sentence_tokens: Sequence[tuple[int, int]],
    lexicon: TriggerLexicon,
    issues: IssueLexicon,
    times: Sequence[TimeExpression],
    article_date: dt.date,
) -> tuple[list[Event], list[Event]]:
    """Coded events and uncoded (negated, hypothetical, requested) ones, in text order."""
    del article_date  # values in ``times`` are already resolved against it
    coded: list[Event] = []
    uncoded: list[Event] = []
    for sentence, (first, last) in zip(sentences, sentence_tokens, strict=True):
        candidates: list[_Candidate] = []
        def choose(m: TriggerMatch, first: int = first) -> TriggerEntry | None:
            return _choose_entry(ctx, m, first)

        for m, entry in lexicon.match(ctx.lower, first, last, choose):
            if m.start in ctx.mention_tokens:
                continue  # inside an actor mention ("Israeli airstrike")
            c = _Candidate(m, entry, m.start, m.end, "asserted", False, sentence, first, last)
            c.modality, c.negated, c.start = _modality(ctx, c)
            candidates.append(c)
        _mark_complements(ctx, candidates)
        asserted = [c for c in candidates if c.modality in ("asserted", "future") and c.entry.pos != "noun"]
        used: set[int] = set()
        spans: list[tuple[int, int]] = []
        for c in candidates:
            later = [o.start for o in asserted if o.start >= c.end]
            keyword = bool(issues.find(ctx.text, ctx.starts[c.match.start], ctx.ends[c.end - 1]))
            end = _args_end(ctx, c, min(later, default=last), keyword)
            event = _build_event(ctx, c, end, used, issues, times)
            if event is None:
                continue
            if (c.entry.pos == "noun" and event.source is None
                    and any(a <= c.start < b for a, b in spans)):
                continue  # a nominal event that is the object or purpose of a coded one (rule 2)
            if event.coded:
                spans.append((c.end, end))
            (coded if event.coded else uncoded).append(event)
    return coded, uncoded


def _mark_complements(ctx: EventContext, candidates: list[_Candidate]) -> None:
    """Acts inside what is demanded, alleged, refused or threatened are not coded (rule 2)."""
    governing: _Candidate | None = None
    for c in candidates:
        if governing is not None and c.modality in ("asserted", "future"):
            between = range(governing.end, c.start)
            coordinated = c.start > governing.end and ctx.lower[c.start - 1] in ("and", "but")
            if not coordinated and not any(_is_boundary(ctx, k) for k in between):
                c.modality = "requested"
                continue
        if c.modality in ("asserted", "future") and c.entry.event_type in _COMPLEMENT_TAKERS:
            governing = c


def _build_event(ctx: EventContext, c: _Candidate, end: int, used: set[int],
                 issues: IssueLexicon, times: Sequence[TimeExpression]) -> Event | None:
    entry = c.entry
    match_start = c.match.start
    target: Canonical = None
    if entry.pos == "noun":
        between = _after_word(ctx, "between", c.end, end, c.last)
        source = between if between is not None else _noun_source(ctx, c, end, used)
        if between is None:
            target = _object(ctx, c, end, used)
    elif _is_passive(ctx, c):
        target = _subject(ctx, c, used)
        source = _after_word(ctx, "by", c.end, end)
    else:
        source = _subject(ctx, c, used)
        if entry.target == "between":
            target = _after_word(ctx, "between", c.end, end, c.last)
        if target is None:
            target = _object(ctx, c, end, used)
    # issue: from the event's own arguments (rule 9)
    arg_start = ctx.starts[match_start]
    arg_end = ctx.ends[end - 1] if end > c.end else ctx.ends[c.end - 1]
    hits = issues.find(ctx.text, arg_start, arg_end)
    if entry.material:
        hits = [h for h in hits if not _locative(ctx.text, h.start)]
    if entry.meeting:
        linked = any(h.start < ctx.ends[c.end - 1] for h in hits)
        frame_hits = issues.find(ctx.text, c.sentence.start, ctx.starts[c.start])
        if not linked and not frame_hits:
            link = next((k for k in range(c.end, end) if ctx.lower[k] in _LINKING), None)
            hits = [h for h in hits if link is not None and h.start >= ctx.starts[link]]
        else:
            hits = frame_hits + hits
    issue, others = main_issue(ctx.text, hits)
    if source is None and issue is None:
        return None  # rule 3: no actor and no link to the negotiation
    regional = [a for a in _names(source) + _names(target) if a in _REGIONAL]
    if regional and issue != "regional_escalation":
        issue, others = "regional_escalation", tuple(x for x in (issue, *others) if x and x != "regional_escalation")
    event_type, mode = entry.event_type, entry.mode
    if c.modality == "future" and event_type in _FUTURE_TYPE:
        event_type, mode = _FUTURE_TYPE[event_type], None
    t_end = c.end
    while t_end - 1 > c.start and ctx.lower[t_end - 1] in ("with", "to") and entry.event_type == "CONSULT":
        t_end -= 1
    if target is not None and target == source:
        target = None  # a reflexive "its mission" is no recipient
    t_start, t_stop = ctx.starts[c.start], ctx.ends[t_end - 1]
    date_text, date = _event_date(ctx, c, t_start, t_stop, arg_end, times)
    return Event(
        sentence_index=c.sentence.index, event_type=event_type, source=source, target=target,
        trigger=ctx.text[t_start:t_stop], trigger_start=t_start, trigger_end=t_stop, mode=mode,
        negated=c.negated, modality=c.modality, issue=issue, other_issues=others,
        date_text=date_text, date=date, cameo_root=cameo_root(event_type, mode),
    )


def _names(actor: Canonical) -> list[str]:
    if actor is None:
        return []
    return list(actor) if isinstance(actor, tuple) else [actor]


def _locative(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start].lower().split()
    return any(w in ("in", "near", "along", "at", "within", "inside") for w in before[-3:])


def _event_date(ctx: EventContext, c: _Candidate, t_start: int, t_end: int, arg_end: int,
                times: Sequence[TimeExpression]) -> tuple[str | None, str | None]:
    """The time expression of the event's clause (rule 10): in its arguments, else before it."""
    sentence = c.sentence
    local = [t for t in times if sentence.start <= t.start < sentence.end and t.type == "DATE"]
    explicit = [t for t in local if not t.is_vague]
    inside = [t for t in explicit if t_end <= t.start < arg_end]
    if inside:
        return inside[0].text, inside[0].value
    before = [t for t in explicit if t.end <= t_start]
    if before:
        return before[-1].text, before[-1].value
    near = [t for t in local if t.is_vague and t.end <= t_start and len(ctx.text[t.end:t_start].split()) <= 3
            and "," not in ctx.text[t.end:t_start]]
    if near:
        return near[-1].text, None
    return None, None
