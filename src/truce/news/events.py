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
import re
from collections.abc import Sequence

from truce.news.arguments import (
    ADVERBS,
    BE_FORMS,
    DETERMINERS,
    Candidate,
    EventContext,
    clause_end,
    is_boundary,
    is_passive,
    noun_source,
    object_of,
    subject_of,
    word_then_actor,
)
from truce.news.document import Canonical, Event, Sentence, TimeExpression
from truce.news.issues import IssueLexicon, main_issue
from truce.news.triggers import TriggerEntry, TriggerLexicon, TriggerMatch, cameo_root

__all__ = ["EventContext", "find_events"]

_NOUN_BEFORE = DETERMINERS | frozenset(
    "’s 's of during in at after following before amid with between for from by new key main "
    "core latest further recent upcoming first second final fresh renewed israeli egyptian qatari american palestinian iranian diplomatic possible "
    "potential proposed planned previous last next indirect direct".split()
)
_COMPLEMENT_TAKERS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
_AUX = BE_FORMS | frozenset("has have had will would could should may might must do does did".split())
_FUTURE_FRAME = frozenset("scheduled set due expected planned planning plans plan intends intend "
                          "poised going about".split())
_FRAME_IN_TRIGGER = frozenset("scheduled set due expected planned".split())
_FUTURE_WORDS = frozenset("will 'll shall upcoming further next planned scheduled".split())
_HYPOTHETICAL = frozenset("could would might may should must if unless whether cannot".split())
_NEGATION = frozenset("not n't never no".split())
_LINKING = frozenset("on over about regarding concerning discuss review aim aimed toward towards for".split())
# "a cease-fire and hostage release deal": an event noun naming a deal is its content, not an act.
_DEAL_HEADS = frozenset("deal deals agreement accord framework plan proposal talks negotiations".split())
# "asked whether Netanyahu was doing enough": a question, not a request.
_QUESTION_WORDS = frozenset("whether if why how what when who".split())
# "setting off mass protests": the acts a nominal event caused have their own, unnamed, actors.
_CAUSING = frozenset("off sparking sparked triggering triggered prompting prompted".split())
# "accused Israel of ... and said Cairo rejected ...": a new report, not the accusation's content.
_REPORTING = frozenset("said says added stated noted".split())
_VOTE = frozenset("vote votes voted voting".split())
_MONTH_DAY = frozenset("jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun".split())
_REGIONAL = frozenset({"Iran", "Hezbollah", "Houthis", "Ali Khamenei", "Hassan Nasrallah",
                       "Masoud Pezeshkian", "Mohammed Abdulsalam", "Abbas Araghchi"})
_REFUSABLE = frozenset({"AGREE", "CONCEDE", "RETREAT", "COOPERATE", "AID", "SUPPORT"})
_FUTURE_TYPE = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
                "RETREAT": "CONCEDE"}


def _choose_entry(ctx: EventContext, m: TriggerMatch, first: int) -> TriggerEntry | None:
    by_pos = {e.pos: e for e in m.entries}
    before = ctx.lower[m.start - 1] if m.start > first else ""
    if "literal" in by_pos:
        return by_pos["literal"]
    before2 = ""
    if m.start - 1 > first and not {m.start - 1, m.start - 2} & ctx.mention_tokens.keys():
        before2 = ctx.lower[m.start - 2]
    if ("verb" in by_pos and before not in _NOUN_BEFORE and before2 not in DETERMINERS
            and not before[:1].isdigit()):  # "the July 13 strike" is a noun
        word = ctx.words[m.start]
        if m.start > first and word[:1].isupper() and before not in ("“", '"'):
            return by_pos.get("noun")  # a capitalised word mid-sentence is a name
        return by_pos["verb"]
    return by_pos.get("noun")


def _modality(ctx: EventContext, c: Candidate) -> tuple[str, bool, int]:
    """(modality, negated, first token of the trigger text) of a candidate."""
    lower, i = ctx.lower, c.start
    trigger_start = i
    window = [w for w in lower[max(c.first, i - 4):i]]
    stop = next((k for k in range(len(window) - 1, -1, -1) if window[k] in (",", ";", ":", "—")), -1)
    window = window[stop + 1:]
    negated = any(w in _NEGATION for w in window) or "yet to" in " ".join(window)
    modality = "asserted"
    if c.end < c.last and ctx.lower[c.end] in _DEAL_HEADS and c.entry.event_type != "CONSULT":
        return "complement", negated, trigger_start  # "hostage release deal"
    left8 = lower[max(c.first, i - 8):i]
    if "as long as" in " ".join(window if c.entry.pos != "noun" else left8[-5:]):
        return "hypothetical", negated, trigger_start  # "as long as the talks continue": a condition
    at = next((j for j in range(len(left8) - 1) if left8[j] == "according" and left8[j + 1] == "to"), None)
    if at is not None and not any(w in (",", ";") for w in left8[at:]):
        return "complement", negated, trigger_start  # "according to a leaked account of the meeting"
    if c.entry.pos == "noun":
        right = lower[c.end:min(c.last, c.end + 5)]
        if any(w in _NEGATION for w in right[:4]) and any(w in ("has", "have", "had", "was", "were", "is", "are")
                                                          for w in right[:2]):
            negated = True
        left = lower[max(c.first, i - 8):i]
        part = next((j for j in range(len(left) - 1) if left[j] in ("part", "participate", "participated", "attend",
                                                                     "attended") and "," not in left[j:]), None)
        if part is not None and any(w in _NEGATION for w in left[max(0, part - 3):part]):
            negated = True  # "Hamas did not take part in the Doha talks"
        if any(w in _FUTURE_WORDS for w in left) or "set to" in " ".join(left):
            modality = "future"
        if right[:1] and right[0] in BE_FORMS and len(right) > 2 and right[1] in _FUTURE_FRAME and right[2] == "to":
            modality = "future"  # "Talks are expected to resume"
        if any(w in ("could", "would", "might", "if") for w in left[-4:]):
            modality = "hypothetical"
        if any(w in _CAUSING for w in left[-3:]):
            return "complement", negated, trigger_start  # "setting off mass protests"
        to = next((j for j in range(len(left) - 2, max(-1, len(left) - 5), -1) if left[j] == "to"), None)
        if (to is not None and to > 0 and modality == "asserted" and ctx.words[i - len(left) + to + 1].isalpha()
                and ctx.words[i - len(left) + to + 1].islower()
                and left[to + 1] not in DETERMINERS and left[to - 1] not in _FUTURE_FRAME
                and left[to - 1] not in BE_FORMS and not any(w in (",", ";") for w in left[to:])):
            return "purpose", negated, trigger_start  # "held back its reply to give the Cairo talks a chance"
        return modality, negated, trigger_start
    word = lower[i]
    k = i - 1
    while k > c.first and lower[k] in ADVERBS:
        k -= 1
    prev = lower[k] if k >= c.first else ""
    if (c.entry.pos == "verb" and word.endswith("ed") and k >= c.first and prev not in _AUX
            and k not in ctx.mention_tokens and prev not in ("and", "but", ",", "who", "which", "that", "he", "she",
                                                             "it", "they", "we", "i")
            and "by" in lower[c.end:min(c.last, c.end + 4)]):
        return "complement", negated, trigger_start  # "the declaration signed in Beijing by Hamas"
    if word.endswith("ing") and c.entry.pos == "verb" and prev not in BE_FORMS:
        if (prev == "," and k - 1 >= c.first and lower[k - 1] in _REPORTING
                and c.entry.event_type in _COMPLEMENT_TAKERS):
            return "asserted", negated, trigger_start  # "“...,” he said, urging Hamas to take the deal"
        return "complement", negated, trigger_start
    if any(w in _CAUSING for w in lower[max(c.first, i - 3):i]):
        return "complement", negated, trigger_start  # "setting off mass protests"
    if word.startswith("ask") and any(w in _QUESTION_WORDS for w in lower[c.end:min(c.last, c.end + 5)]):
        return "complement", negated, trigger_start  # "asked on Monday whether ..."
    if (c.entry.pos == "verb" and k >= c.first and k not in ctx.mention_tokens and ctx.words[k][:1].islower()
            and prev.endswith("s") and prev not in _AUX and prev not in ADVERBS and prev.isalpha()
            and c.end + 1 < c.last and lower[c.end] in ("on", "since", "in", "during")
            and ctx.words[c.end + 1][:1].isupper() and ctx.words[c.end + 1].rstrip(".").lower()[:3] in _MONTH_DAY):
        return "complement", negated, trigger_start  # "the 251 hostages seized on Oct. 7 remain"
    if prev == "to":
        frame = lower[k - 1] if k - 1 >= c.first else ""
        if any(w in _VOTE for w in lower[max(c.first, k - 6):k]) and not any(
                w in (",", ";") for w in lower[max(c.first, k - 6):k]):
            return "asserted", negated, trigger_start  # "voted late on Thursday to approve the maps"
        if frame in _FUTURE_FRAME or frame in BE_FORMS:
            modality = "future"
            if frame in _FRAME_IN_TRIGGER:
                trigger_start = k - 1
        elif frame == "order" or frame in ("efforts", "effort", "bid", "attempt", "aimed", "working", "work"):
            return "purpose", negated, trigger_start
        else:
            return "requested", negated, trigger_start
    if _reported_future(ctx, c, k):
        return "future", negated, trigger_start  # "Smotrich said he would vote against it"
    if any(w in _HYPOTHETICAL for w in window):
        return "hypothetical", negated, trigger_start
    left8v = lower[max(c.first, i - 15):i]
    for j in range(len(left8v) - 1, -1, -1):
        if left8v[j] in (",", ";", ":"):
            break
        if j and left8v[j] == "if" and left8v[j - 1] not in ("asked", "ask", "asks", "asking", "wondered", "see", "know"):
            return "hypothetical", negated, trigger_start  # "ready to redeploy if a cease-fire ... were agreed"
        if left8v[j] in ("once", "until", "unless") and (j + 1 == len(left8v) or left8v[j + 1] not in ("again", "more")):
            return "hypothetical", negated, trigger_start  # "once a cease-fire is agreed": a condition
    if any(w in ("will", "'ll", "shall") for w in window):
        modality = "future"
    return modality, negated, trigger_start


_SAYING = _REPORTING | frozenset("adding saying announced told insisted".split())


def _reported_future(ctx: EventContext, c: Candidate, k: int) -> bool:
    """ "X said (that) Y would <verb>": an announced act (future in the past), not a hypothetical.

    ``k`` is the token before the trigger, past any adverbs; a condition after
    the trigger ("would quit if ...") keeps it hypothetical.
    """
    lower = ctx.lower
    j = k
    while j > c.first and lower[j] in ("not", "n't", "never"):
        j -= 1
    if j <= c.first or lower[j] != "would" or (j - 1) not in ctx.mention_tokens:
        return False
    m = ctx.mention_tokens[j - 1][0] - 1
    if m >= c.first and lower[m] == "that":
        m -= 1
    while m >= c.first and (m in ctx.time_tokens or lower[m] == "on"):
        m -= 1  # "said on Saturday that Washington would present"
    if m < c.first or lower[m] not in _SAYING:
        return False
    return not any(w in ("if", "unless", "once", "until") for w in lower[c.end:c.last])


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
        candidates: list[Candidate] = []
        def choose(m: TriggerMatch, first: int = first) -> TriggerEntry | None:
            return _choose_entry(ctx, m, first)

        for m, entry in lexicon.match(ctx.lower, first, last, choose):
            if m.start in ctx.mention_tokens:
                continue  # inside an actor mention ("Israeli airstrike")
            c = Candidate(m, entry, m.start, m.end, "asserted", False, sentence, first, last)
            c.modality, c.negated, c.start = _modality(ctx, c)
            _mark_refusal(ctx, c)
            candidates.append(c)
        _mark_complements(ctx, candidates)
        asserted = [c for c in candidates if c.modality in ("asserted", "future") and c.entry.pos != "noun"]
        used: set[int] = set()
        spans: list[tuple[int, int, str]] = []
        prior: list[tuple[int, Canonical]] = []  # (end, source) of the coded verbs before the current one
        for c in candidates:
            later = [o.start for o in asserted if o.start >= c.end]
            keyword = bool(issues.find(ctx.text, ctx.starts[c.match.start], ctx.ends[c.end - 1]))
            end = clause_end(ctx, c, min(later, default=last), keyword)
            event = _build_event(ctx, c, end, used, issues, times, prior)
            if event is None:
                continue
            if c.entry.pos == "noun" and any(a <= c.start < b and (event.source is None or kind == event.event_type)
                                             for a, b, kind in spans):
                # a nominal event that is the object or purpose of a coded one (rule 2), or the same
                # act named again ("said it had killed Deif in the July 13 strike")
                continue
            if event.coded:
                spans.append((c.end, end, event.event_type))
                if c.entry.pos == "verb":
                    prior.append((event.trigger_end, event.source))
            (coded if event.coded else uncoded).append(event)
    return coded, uncoded


def _mark_refusal(ctx: EventContext, c: Candidate) -> None:
    """A negated future yield or agreement ("will not withdraw", "won't accept") is a refusal."""
    if not c.negated or c.entry.event_type not in _REFUSABLE or c.entry.pos != "verb":
        return
    window = ctx.lower[max(c.first, c.start - 4):c.start]
    if (any(w in ("will", "would", "wo", "'ll", "shall") for w in window) or "going" in window) and any(
            w in ("not", "n't", "never") for w in window):
        c.modality, c.negated, c.refusal = "asserted", False, True


def _mark_complements(ctx: EventContext, candidates: list[Candidate]) -> None:
    """Acts inside what is demanded, alleged, refused or threatened are not coded (rule 2)."""
    governing: Candidate | None = None
    for c in candidates:
        if governing is not None and c.modality in ("asserted", "future"):
            between = range(governing.end, c.start)
            coordinated = c.start > governing.end and ctx.lower[c.start - 1] in ("and", "but")
            reported = any(ctx.lower[k] == "and" and ctx.lower[k + 1] in _REPORTING for k in between)
            if not coordinated and not reported and not any(is_boundary(ctx, k) for k in between):
                c.modality = "requested"
                continue
        if c.modality in ("asserted", "future") and c.entry.event_type in _COMPLEMENT_TAKERS:
            governing = c


def _build_event(ctx: EventContext, c: Candidate, end: int, used: set[int],
                 issues: IssueLexicon, times: Sequence[TimeExpression],
                 prior: Sequence[tuple[int, Canonical]] = ()) -> Event | None:
    entry = c.entry
    match_start = c.match.start
    target: Canonical = None
    if entry.pos == "noun":
        between = word_then_actor(ctx, "between", c.end, end, c.last)
        if between is None and c.entry.meeting:  # "negotiations in Cairo involving Israel, Egypt and Qatar"
            between = word_then_actor(ctx, "involving", c.end, end, c.last)
        source = between if between is not None else noun_source(ctx, c, end, used)
        if between is None:
            target = object_of(ctx, c, end, used)
    elif is_passive(ctx, c):
        target = subject_of(ctx, c, used)
        source = word_then_actor(ctx, "by", c.end, end)
    else:
        source = subject_of(ctx, c, used)
        if entry.target == "between":
            target = word_then_actor(ctx, "between", c.end, end, c.last)
        if target is None:
            target = object_of(ctx, c, end, used)
    # issue: from the event's own arguments (rule 9)
    arg_start = ctx.starts[match_start]
    arg_end = ctx.ends[end - 1] if end > c.end else ctx.ends[c.end - 1]
    hits = issues.find(ctx.text, arg_start, arg_end)
    if entry.pos != "noun" and source is None and is_passive(ctx, c):  # "90% of the deal has been agreed"
        hits = issues.find(ctx.text, ctx.starts[_clause_start(ctx, c)], arg_start) + hits
    if entry.material:
        hits = [h for h in hits if not _locative(ctx.text, h.start)]
    if entry.meeting:
        linked = any(h.start < ctx.ends[c.end - 1] for h in hits)
        frame_hits = issues.find(ctx.text, ctx.starts[_clause_start(ctx, c)], ctx.starts[c.start])
        if not linked and not frame_hits:
            link = next((k for k in range(c.end, end) if ctx.lower[k] in _LINKING), None)
            hits = [h for h in hits if link is not None and h.start >= ctx.starts[link]]
        else:
            hits = frame_hits + hits
    issue, others = main_issue(ctx.text, hits)
    if source is None and (issue is None or entry.material):
        return None  # rule 3: no actor and no link to the negotiation; violence needs an actor
    regional = [a for a in _names(source) + _names(target) if a in _REGIONAL]
    if regional and issue != "regional_escalation":
        issue, others = "regional_escalation", tuple(x for x in (issue, *others) if x and x != "regional_escalation")
    event_type, mode = entry.event_type, entry.mode
    if c.refusal:
        event_type, mode = "REJECT", None  # "Israel will not withdraw": a refusal (PLOVER REJECT)
    elif c.modality == "future" and event_type in _FUTURE_TYPE:
        event_type, mode = _FUTURE_TYPE[event_type], None
    t_end = c.end
    while t_end - 1 > c.start and ctx.lower[t_end - 1] in ("with", "to") and entry.event_type == "CONSULT":
        t_end -= 1
    if target is not None and target == source:
        target = None  # a reflexive "its mission" is no recipient
    t_start, t_stop = ctx.starts[c.start], ctx.ends[t_end - 1]
    elsewhere = [p for p, who in prior if who != source]  # coordinated verbs with a subject of their own
    date_text, date = _event_date(ctx, c, t_start, t_stop, arg_end, times, elsewhere)
    return Event(
        sentence_index=c.sentence.index, event_type=event_type, source=source, target=target,
        trigger=ctx.text[t_start:t_stop], trigger_start=t_start, trigger_end=t_stop, mode=mode,
        negated=c.negated, modality=c.modality, issue=issue, other_issues=others,
        date_text=date_text, date=date, cameo_root=cameo_root(event_type, mode),
    )


_CLAUSE_OPENERS = frozenset("it he she they we which who that since when after before until while".split())


def _other_clause(ctx: EventContext, start: int, end: int) -> bool:
    """Whether a subordinate or relative clause opens between two offsets.

    "a plan it accepted in early July", "since the war began in October": the
    time expression belongs to that clause's verb, not to the trigger (rule 10).
    """
    between = ctx.text[start:end].lower()
    if _NOMINAL_EVENT.search(between):
        return True  # "in response to the killing of a senior commander last month"
    return any(w in _CLAUSE_OPENERS for w in between.split())


_NOMINAL_EVENT = re.compile(r"\bthe (?:killing|assassination|death|murder)s? of\b")


def _in_attribution(ctx: EventContext, sentence: Sentence, t: TimeExpression, t_start: int) -> bool:
    """Whether a time sits in a fronted attribution ("According to a report published on Aug. 24, X asked")."""
    head = ctx.text[sentence.start:t.start].lower()
    at = head.rfind("according to")
    return at >= 0 and "," not in head[at:] and "," in ctx.text[t.end:t_start]


def _new_subject_between(ctx: EventContext, sentence: Sentence, t: TimeExpression, t_start: int) -> bool:
    """Whether ", but X" / ", and X" with a new subject separates a non-fronted time from the trigger.

    "Gallant urged the cabinet on Sunday ..., but Smotrich refused": Sunday is
    not Smotrich's; a fronted "On Sunday, ..." scopes over both clauses.
    """
    between = ctx.text[t.end:t_start]
    if not any(f", {w} " in between for w in ("but", "and", "while")):
        return False
    fronted = not any(sentence.start <= m.start < t.start for m in ctx.mention_at.values())
    return not fronted


def _clause_start(ctx: EventContext, c: Candidate) -> int:
    """First token of the trigger's clause: after the last comma, semicolon or "but" before it."""
    for k in range(c.start - 1, c.first - 1, -1):
        if ctx.lower[k] in (",", ";", ":", "but"):
            return k + 1
    return c.first


def _names(actor: Canonical) -> list[str]:
    if actor is None:
        return []
    return list(actor) if isinstance(actor, tuple) else [actor]


def _locative(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start].lower().split()
    return any(w in ("in", "near", "along", "at", "within", "inside") for w in before[-3:])


def _event_date(ctx: EventContext, c: Candidate, t_start: int, t_end: int, arg_end: int,
                times: Sequence[TimeExpression], prior: Sequence[int] = ()) -> tuple[str | None, str | None]:
    """The time expression of the event's clause (rule 10): in its arguments, else before it."""
    sentence = c.sentence
    local = [t for t in times if sentence.start <= t.start < sentence.end and t.type == "DATE"]
    explicit = [t for t in local if not t.is_vague]
    inside = [t for t in explicit if t_end <= t.start < arg_end and not _other_clause(ctx, t_end, t.start)]
    if inside:
        return inside[0].text, inside[0].value
    before = [t for t in explicit if t.end <= t_start and not _new_subject_between(ctx, sentence, t, t_start)
              and not _in_attribution(ctx, sentence, t, t_start)
              # "He said the movement had accepted the plan in July and called on ...": July is accepted's
              and not any(p <= t.start and not re.search(r"[,;:]|\bbut\b", ctx.text[p:t.start]) for p in prior)]
    if before:
        return before[-1].text, before[-1].value
    near = [t for t in local if t.is_vague and t.end <= t_start and len(ctx.text[t.end:t_start].split()) <= 3
            and "," not in ctx.text[t.end:t_start]]
    if near:
        return near[-1].text, None
    return None, None
