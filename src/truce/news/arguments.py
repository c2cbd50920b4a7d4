"""Source and target of an event from patterns around its trigger.

Without a trained parser (annotation guide rules 5 and 6, after the PLOVER
codebook's source/target definitions): the nearest actor before a verb that is
not inside a prepositional phrase is its source; the actor right after it
(possibly after with/to/on/for/of) is its target; coordinated actors form a
compound actor; "between A and B" and "A's visit" give the source of a noun;
a passive swaps source and target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from truce.news.document import ActorMention, Canonical, Sentence
from truce.news.triggers import TriggerEntry, TriggerMatch

__all__ = ["ADVERBS", "BE_FORMS", "DETERMINERS", "Candidate", "EventContext", "actor_of", "clause_end", "is_boundary", "is_passive",
           "noun_source", "object_of", "subject_of", "word_then_actor"]

DETERMINERS = frozenset(
    "the a an this that these those its his her their our my your any some such each every "
    "no both all".split()
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
_ENVOYS = frozenset("mediators officials delegations delegates negotiators envoys representatives "
                    "diplomats ministers leaders".split())
# "presented an Israeli proposal": the demonym is the proposal's author, not the recipient.
_PROPOSALS = frozenset("proposal proposals plan plans offer text terms conditions demands".split())
# "vowed to avenge Haniyeh's death": the possessor of these nouns is no recipient.
_NOT_RECIPIENT = frozenset("death killing assassination funeral fate body bodies murder".split())
# words after "to" that begin a noun phrase, not an infinitive ("flew to southern Lebanon")
_NOUNISH = frozenset("southern northern eastern western central north south east west both "
                     "israeli egyptian qatari american palestinian iranian lebanese u.s. "
                     "more less".split())
_QUANTITIES = frozenset("thousands hundreds dozens tens scores millions some many most several "
                        "all none both one two three".split())
BE_FORMS = frozenset("is are was were be been being am 's".split())
ADVERBS = frozenset(
    "also reportedly again now not never already repeatedly strongly publicly formally "
    "officially then still just once firmly sharply quickly later earlier initially "
    "finally jointly separately yet n't".split()
)
_LIGHT_VERBS = frozenset(
    "hold holds held holding have has had conduct conducted began begin begun started start "
    "resumed resume resumes concluded wrapped joined join attended attend led lead call calls called "
    "stage staged launched organized organised".split()
)
_ADJECTIVAL = frozenset("committed prepared determined opposed".split())
_TAKE_PART = frozenset("part participated participate participates participating".split())
_INTRO = frozenset("during in at after following before ahead amid".split())
_CLAUSE_WORDS = frozenset("but while though although whereas amid which who after as".split())

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
    time_tokens: frozenset[int] = field(default_factory=frozenset)  # tokens inside time expressions


@dataclass
class Candidate:
    match: TriggerMatch
    entry: TriggerEntry
    start: int
    end: int
    modality: str
    negated: bool
    sentence: Sentence
    first: int  # first token of the sentence
    last: int  # end token of the sentence
    refusal: bool = False


def is_boundary(ctx: EventContext, k: int) -> bool:
    w = ctx.lower[k]
    if w in (";", ":", "—", "–"):
        return True
    if w == "," and k + 1 < len(ctx.lower):
        nxt = ctx.lower[k + 1]
        if nxt == "and" and _coordination_comma(ctx, k):
            return False
        return nxt in _CLAUSE_WORDS or nxt in ("and", "but", "saying", "adding", "according")
    return w == "amid"


def clause_end(ctx: EventContext, c: Candidate, next_start: int, issue_keyword: bool) -> int:
    end = min(c.last, next_start)
    for k in range(c.end, end):
        if is_boundary(ctx, k):
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
    while k >= first and ctx.lower[k] in DETERMINERS:
        k -= 1
    if k < first or ctx.lower[k] not in _PREPOSITIONS or ctx.lower[k] in _SUBORDINATORS:
        return True
    if ctx.lower[k] == "from" and k - 1 >= first and ctx.lower[k - 1] in _ENVOYS:
        return True  # "Mediators from Egypt and Qatar are expected to hold talks"
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


def actor_of(mentions: Sequence[ActorMention]) -> Canonical:
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


def _verb_coordination(ctx: EventContext, c: Candidate) -> bool:
    """Whether the trigger is a second verb with the first one's subject ("A presented X and urged B")."""
    k = c.start - 1
    while k > c.first and ctx.lower[k] in ADVERBS:
        k -= 1
    return (k - 1 >= c.first and ctx.lower[k] in ("and", "but") and (k - 1) not in ctx.mention_tokens
            and ctx.lower[k - 1] != ",")


def _object_position(ctx: EventContext, mention_start: int, first: int) -> bool:
    """A mention right after a verb or a relative word ("what he called an Israeli proposal")."""
    k = mention_start - 1
    while k >= first and ctx.lower[k] in DETERMINERS:
        k -= 1
    if k < first:
        return False
    w = ctx.words[k]
    return w.isalpha() and w.islower() and w not in ("and", "but", "or", "that", "then")


def subject_of(ctx: EventContext, c: Candidate, used: set[int]) -> Canonical:
    coordinated_verb = _verb_coordination(ctx, c)
    skip_to = c.start
    for k in range(c.start - 1, c.first - 1, -1):
        if k >= skip_to:
            continue
        if ctx.lower[k] == ";":
            return None
        if ctx.lower[k] == ",":  # "The delegation, which included Barnea, had been sent": skip the relative clause
            j = next((j for j in range(k - 1, c.first - 1, -1) if ctx.lower[j] in (";", ":")
                      or (ctx.lower[j] == "," and ctx.lower[j + 1] in ("which", "who", "whose"))), None)
            if j is not None and ctx.lower[j] == "," and j + 1 < k:
                skip_to = j
                continue
        span = ctx.mention_tokens.get(k)
        if span is None or span[0] in used or not _subject_candidate(ctx, span[0], c.first):
            continue
        if coordinated_verb and _object_position(ctx, span[0], c.first):
            continue  # "Biden presented what he called an Israeli proposal ... and urged Hamas"
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
        if start != span[0] and not _subject_candidate(ctx, start, c.first):
            continue  # "a delegation led by A and B brought": the list is inside a by-phrase
        mentions, _ = _coordinated(ctx, start, c.start)
        return actor_of(mentions)
    return None


def object_of(ctx: EventContext, c: Candidate, end: int, used: set[int]) -> Canonical:
    """The actor right after the trigger (possibly after with/to/on/for/of), and those coordinated with it."""
    allowed = _TARGET_PREPS | (_MATERIAL_PREPS if c.entry.material else frozenset())
    steps = 0
    complement = False  # inside "threatened to topple X": X is the threatened party
    for k in range(c.end, end):
        if k in ctx.mention_at:
            mention = ctx.mention_at[k]
            m_end = ctx.mention_tokens[k][1]
            proposal = m_end < len(ctx.lower) and ctx.lower[m_end] in _PROPOSALS
            if mention.mention_type == "demonym" and ((c.entry.event_type == "CONSULT" and proposal) or any(
                    ctx.lower[j] in _PREPOSITIONS and ctx.lower[j] not in ("to", "with") for j in range(c.end, k))):
                # "dropped its demand for an Israeli commitment", "presented an Israeli proposal":
                # the agent of a noun, no recipient
                return None
            stop_k = ctx.mention_tokens[k][1]
            if stop_k + 1 < end and ctx.lower[stop_k] in ("’s", "'s") and ctx.lower[stop_k + 1] in _NOT_RECIPIENT:
                return None  # "vowed to avenge Haniyeh's death"
            mentions, stop = _coordinated(ctx, k, end)
            used.update(ctx.mention_tokens[m_k][0] for m_k in range(k, stop) if m_k in ctx.mention_tokens)
            return actor_of(mentions)
        w = ctx.lower[k]
        if k in ctx.time_tokens:
            continue  # "demanded earlier this month that Israeli forces leave"
        if w == "to" and not complement and _infinitive(ctx, k + 1):
            if c.entry.event_type != "THREATEN":
                return None  # "seeking to screen Palestinians": what is sought, not an addressee
            complement, allowed, steps = True, allowed | _MATERIAL_PREPS, 0
            continue
        if (w in (",", ";") or (w in ("and", "or") and not c.entry.material and not complement)
                or (w in _PREPOSITIONS and w not in allowed) or w in _BLOCK_TARGET):
            return None
        if steps and w in ("that", "which", "who"):
            return None
        if w not in DETERMINERS:
            steps += 1
        if steps > 5:
            return None
    return None


def _infinitive(ctx: EventContext, k: int) -> bool:
    """Whether token ``k`` (after "to") starts a verb phrase rather than a noun phrase."""
    if k >= len(ctx.lower) or k in ctx.mention_tokens:
        return False
    w = ctx.words[k]
    return w.isalpha() and w.islower() and w not in DETERMINERS and w not in _NOUNISH


def word_then_actor(ctx: EventContext, word: str, start: int, end: int,
                list_end: int | None = None) -> Canonical:
    for k in range(start, end):
        if ctx.lower[k] == word:
            j = k + 1
            while j < end and ctx.lower[j] in DETERMINERS:
                j += 1
            if j in ctx.mention_at:
                mentions, _ = _coordinated(ctx, j, list_end or end)
                return actor_of(mentions)
            return None
    return None


def noun_source(ctx: EventContext, c: Candidate, end: int, used: set[int]) -> Canonical:
    k = c.start - 1
    steps = 0
    while k >= c.first and steps < 4:
        w = ctx.lower[k]
        if w in ("’s", "'s", "’") and (k - 1) in ctx.mention_tokens:
            return actor_of([ctx.mention_at[ctx.mention_tokens[k - 1][0]]])
        if k in ctx.mention_tokens and ctx.mention_at[ctx.mention_tokens[k][0]].mention_type == "pronoun":
            return actor_of([ctx.mention_at[ctx.mention_tokens[k][0]]])
        if w in _LIGHT_VERBS:
            return subject_of(ctx, c, used)
        if w == "in" and k - 1 >= c.first and ctx.lower[k - 1] in _TAKE_PART:
            return subject_of(ctx, c, used)  # "A, B and C took part in the Rome meeting"
        if w in _PREPOSITIONS or w in (",", ";"):
            break
        k -= 1
        steps += 1
    by = word_then_actor(ctx, "by", c.end, end)
    if by is not None:
        return by
    if k >= c.first and ctx.lower[k] in _INTRO and all(
            ctx.lower[j] in _INTRO or ctx.lower[j] in DETERMINERS for j in range(c.first, k + 1)):
        for j in range(c.end, c.last):
            if ctx.lower[j] == ",":
                for m in range(j + 1, c.last):
                    if m in ctx.mention_at and _subject_candidate(ctx, m, j + 1):
                        return actor_of([ctx.mention_at[m]])
                break
    return None


def is_passive(ctx: EventContext, c: Candidate) -> bool:
    if c.start != c.match.start:
        return False  # "is scheduled to meet": the frame is part of the trigger
    word = ctx.lower[c.start]
    if c.entry.pos != "verb" or not (word.endswith(("ed", "en")) or word in ("met", "held", "sought", "struck", "hit", "shot")):
        return False
    if word in _ADJECTIVAL and c.end - c.start > 1:
        return False  # "it was committed to the July 2 proposal": a stance, not a passive
    k = c.start - 1
    while k > c.first and ctx.lower[k] in ADVERBS:
        k -= 1
    return k >= c.first and ctx.lower[k] in BE_FORMS and ctx.lower[k] != "'s"
