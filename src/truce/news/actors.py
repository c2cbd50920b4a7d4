"""Actor mentions: dictionary matches, titles, demonyms and references.

Mentions follow rules 5-7 of the project's
annotation guide: a title and a name are one mention, places introduced by
"in / along / near / within" are locations, demonyms count only before a head
noun ("Israeli delegation") or coordinated with a name, pronouns resolve to
the nearest fitting antecedent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from truce.news.dictionary import Actor, ActorDictionary, _state_words
from truce.news.document import ActorMention, Canonical, Sentence
from truce.news.tokens import Tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc


__all__ = ["find_mentions"]

_LOCATIVE = frozenset("in along near within inside throughout across".split())
# "in southern Lebanon": a compass adjective between the preposition and the place.
_COMPASS = frozenset("southern northern eastern western central north south east west".split())
# "left Cairo": the place a delegation departs from is not an actor.
_DEPARTURE = frozenset("left leaving leaves departed".split())
# "the Doha talks": a city naming the venue of a meeting is not an actor.
_VENUE_OF = frozenset("talks round meeting meetings summit negotiations".split())
# "the cabinet", "the official", "the ministry", "the military": definite descriptions
# that refer back to an actor (annotation rule 6).
_STATE_BODIES = frozenset({("cabinet",), ("security", "cabinet"), ("government",)})
_ARMED_BODIES = frozenset({("military",), ("army",)})
# "topple the government", "the cabinet vote": the institution, not the state acting.
_INSTITUTION_BEFORE = frozenset("topple toppled toppling quit quits quitting leave leaving join joined joining "
                                "down dissolve dissolved".split())
_INSTITUTION_AFTER = frozenset("vote votes decision decisions meeting meetings session sessions minister "
                               "ministers member members debate crisis coalition".split())
_DEFINITE_HEADS = frozenset("official forum ministry cabinet security government military army president "
                            "prime".split())
_GROUP_ADJECTIVES = frozenset("militant armed islamist palestinian".split())
_PERSON_PRONOUNS = frozenset("he his him she her".split())
_THING_PRONOUNS = frozenset("it its".split())
_GROUP_NOUNS = frozenset("group movement organisation organization militia".split())
_NOT_PRONOUN_AFTER_IT = frozenset(
    """clear unclear likely unlikely possible impossible expected important necessary
    time hard difficult easy true false reported said understood believed thought known
    remains seems appears""".split()
)
_BAD_TITLE_START = frozenset({"of", "'s", "’s", "the"})


@dataclass
class _Span:
    start: int  # token indices, end exclusive
    end: int
    canonical: Canonical
    mention_type: str
    actor_type: str | None


def find_mentions(
    doc: Doc, sentences: Sequence[Sentence], dictionary: ActorDictionary, tokens: Tokens | None = None
) -> list[ActorMention]:
    """Actor mentions in a processed document, with pronouns and "both sides" resolved."""
    tok = tokens or Tokens.of(doc)
    sent_of = tok.sentence_of(sentences)
    lower = tok.lower
    n = len(tok)
    spans: list[_Span] = []
    for ent in doc.ents:
        kind, _, actor_type = ent.label_.partition("|")
        before = lower[ent.start - 1] if ent.start > 0 else ""
        after = lower[ent.end] if ent.end < n else ""
        if before in _COMPASS and ent.start > 1:
            before = lower[ent.start - 2]
        if kind in ("name", "nominal") and actor_type == "state" and before in _LOCATIVE | _DEPARTURE:
            continue  # a place introduced by in/along/near/within is a location (rule 5)
        if kind == "name" and actor_type == "state" and before == "the" and after in _VENUE_OF:
            continue  # "the Doha talks": the venue
        if (before == "-" and not tok.spaced[ent.start - 1]) or (after == "-" and not tok.spaced[ent.end - 1]):
            continue  # part of a compound modifier ("Gaza-Egypt border")
        if actor_type == "person" and after in ("bin", "ibn"):
            continue  # "Sheikh Mohammed bin Zayed": a longer name, someone else
        canonical: Canonical = ent.ent_id_ or None
        end = ent.start + 1 if kind == "demonym" else ent.end  # "Israeli conditions": the demonym only
        spans.append(_Span(ent.start, end, canonical, kind, actor_type or None))
    spans = _extend_titles(tok, spans, dictionary)
    spans = _add_coordinated_demonyms(tok, spans, dictionary)
    spans.sort(key=lambda s: s.start)
    spans = _resolve_references(tok, spans, sent_of, dictionary)
    spans = _quoted_first_person(tok, spans, dictionary)
    mentions = []
    for span in spans:
        start, end = tok.starts[span.start], tok.ends[span.end - 1]
        mentions.append(ActorMention(
            sentence_index=sent_of[span.start], start=start, end=end, text=tok.text[start:end],
            canonical=span.canonical, mention_type=span.mention_type, actor_type=span.actor_type,
            party=dictionary.party_of(span.canonical),
        ))
    return mentions


def _extend_titles(tok: Tokens, spans: list[_Span], dictionary: ActorDictionary) -> list[_Span]:
    """Join a person's name with the title before it ("Israeli President Isaac Herzog")."""
    lower = tok.lower
    titles = dictionary.title_words
    countries, demonyms = _state_words(dictionary)
    absorbed: set[int] = set()
    for span in spans:
        if span.actor_type != "person":
            continue
        j = span.start
        while j > 0 and (lower[j - 1] in titles or lower[j - 1] in countries):
            j -= 1
        while j < span.start and lower[j] in _BAD_TITLE_START:
            j += 1
        real = [w for w in lower[j:span.start] if w in titles and w not in countries
                and w not in demonyms and w not in _BAD_TITLE_START]
        if j < span.start and real:
            absorbed.update(id(s) for s in spans if s is not span and s.start >= j and s.end <= span.start)
            span.start = j
            span.mention_type = "title_name"
    return [s for s in spans if id(s) not in absorbed]


def _add_coordinated_demonyms(tok: Tokens, spans: list[_Span], dictionary: ActorDictionary) -> list[_Span]:
    """A demonym coordinated with an actor ("Israeli and Hamas stances") stands for its party."""
    starts = {s.start for s in spans}
    covered = {i for s in spans for i in range(s.start, s.end)}
    added = []
    lower = tok.lower
    for i in range(len(tok) - 3, -1, -1):  # right to left, so "Israeli, Egyptian and Qatari officials" chains
        actor = dictionary.demonym_actor(tok.words[i])
        if actor is None or i in covered:
            continue
        if lower[i + 1] in ("and", "or", ",") and i + 2 in starts:
            added.append(_Span(i, i + 1, actor.canonical, "demonym", actor.type))
            starts.add(i)
    return spans + added


def _resolve_references(tok: Tokens, spans: list[_Span], sent_of: list[int],
                        dictionary: ActorDictionary) -> list[_Span]:
    """Resolve "both sides" and add pronouns that refer back to an actor (rule 6)."""
    actors = dictionary.by_canonical
    armed_forces = {a.armed_forces for a in dictionary.actors if a.armed_forces}
    covered = {i for s in spans for i in range(s.start, s.end)}
    by_start = {s.start: s for s in spans}
    out: list[_Span] = []
    history: list[_Span] = []  # resolved, named mentions so far
    person_pronouns: list[_Span] = []
    lower = tok.lower
    n = len(tok)
    for i in range(n):
        span = by_start.get(i)
        if span is not None:
            if span.mention_type == "generic":
                if span.canonical == "both":
                    span.canonical = _last_two_sides(history, sent_of[i], sent_of, actors)
                    span.mention_type = "nominal"
                else:
                    span.canonical = None
            out.append(span)
            if span.canonical is not None and span.mention_type != "generic":
                history.append(span)
            continue
        if i in covered:
            continue
        word = lower[i]
        if word in _PERSON_PRONOUNS:
            antecedent = _last(history, sent_of[i], sent_of, lambda s: s.actor_type == "person")
            if antecedent is None:  # the first person named in the previous sentence (its subject)
                antecedent = next((s for s in history if sent_of[s.start] == sent_of[i] - 1
                                   and s.actor_type == "person"), None)
            if antecedent is None:  # "He said ... ." "“...,” he said.": a chain of pronouns
                antecedent = next((s for s in person_pronouns if sent_of[s.start] == sent_of[i] - 1), None)
            if antecedent is not None:
                pronoun = _Span(i, i + 1, antecedent.canonical, "pronoun", "person")
                out.append(pronoun)
                person_pronouns.append(pronoun)
        elif word in _GROUP_NOUNS and i > 0 and (lower[i - 1] == "the" or (
                i > 1 and lower[i - 1] in _GROUP_ADJECTIVES and lower[i - 2] == "the")):
            antecedent = _last(history, sent_of[i] - 1, sent_of,
                               lambda s: _group_of(s, actors) is not None and s.canonical not in armed_forces)
            if antecedent is not None:  # "which the group denied", "the militant group"
                first = i if lower[i - 1] == "the" else i - 1
                group = _group_of(antecedent, actors)
                resolved = _Span(first, i + 1, group, "nominal",
                                 actors[group].type if isinstance(group, str) and group in actors else None)
                out.append(resolved)
                history.append(resolved)
        elif word in _DEFINITE_HEADS and i > 0 and lower[i - 1] == "the" and (found := _definite(tok, i, history, sent_of, actors)):
            out.append(found)
            history.append(found)
            covered.update(range(found.start, found.end))
        elif word in _THING_PRONOUNS:
            nxt = lower[i + 1] if i + 1 < n else ""
            nxt2 = lower[i + 2] if i + 2 < n else ""
            if word == "it" and (nxt2 in _NOT_PRONOUN_AFTER_IT or nxt in _NOT_PRONOUN_AFTER_IT):
                continue

            def fits(s: _Span) -> bool:  # "its" does not refer back to "Israeli troops"
                return (s.actor_type not in (None, "person", "population")
                        and not isinstance(s.canonical, tuple) and not _plural(tok, s))

            antecedent = _last(history, sent_of[i], sent_of, fits)
            prev = lower[i - 1] if i else ""
            if prev == "that" and i > 1:
                prev = lower[i - 2]
            if prev in _SPEECH or prev in ("announced", "confirmed", "saying", "adding"):
                # "Hamas accused Israel ... and said it would not ...": the speaker, the sentence's subject
                subject = next((s for s in history if sent_of[s.start] == sent_of[i] and s.start < i
                                and (s.start == 0 or lower[s.start - 1] not in _PREPOSITION_BEFORE)), None)
                if subject is not None and fits(subject):
                    antecedent = subject
            if antecedent is None and nxt not in ("is", "was"):  # "Last week it rejected ...": the previous sentence's subject
                antecedent = next((s for s in history if sent_of[s.start] == sent_of[i] - 1 and fits(s)), None)
            if antecedent is not None:
                out.append(_Span(i, i + 1, antecedent.canonical, "pronoun", antecedent.actor_type))
    return out


_PREPOSITION_BEFORE = frozenset("with to in by of from for on at the a an".split())
_FIRST_PERSON = frozenset("we our us".split())
_SPEECH = frozenset("said says say told tells added adds stated wrote writes insisted insists warned warns "
                    "declared declares".split())
_QUOTES = frozenset({"“", "”", '"'})


def _quoted_first_person(tok: Tokens, spans: list[_Span], dictionary: ActorDictionary) -> list[_Span]:
    """"we" / "our" / "us" inside a quote stand for the speaker's side (rule 6).

    The speaker is the actor right before or after the reporting verb next to
    the closing quote ("“...,” Hamas official Osama Hamdan said", "“...,” he
    said", "“...,” said Netanyahu") or before the opening one ("Netanyahu
    said: “...”"); a person speaks for their organisation or state.
    """
    lower = tok.lower
    if not any(w in _FIRST_PERSON for w in lower) or not any(w in _QUOTES for w in lower):
        return spans
    by_start = {s.start: s for s in spans}
    by_end = {s.end: s for s in spans}
    covered = {i for s in spans for i in range(s.start, s.end)}
    actors = dictionary.by_canonical
    added: list[_Span] = []
    n = len(tok)
    open_at: int | None = None
    for i in range(n):
        if i and "\n" in tok.text[tok.ends[i - 1]:tok.starts[i]]:
            open_at = None  # a quote does not run over a paragraph break here
        w = lower[i]
        if w not in _QUOTES:
            continue
        closing = w == "”" or (w == '"' and open_at is not None)
        if not closing:
            open_at = i
            continue
        if open_at is None:
            continue
        inside = [k for k in range(open_at + 1, i) if lower[k] in _FIRST_PERSON and k not in covered]
        start, open_at = open_at, None
        if not inside:
            continue
        speaker = None
        if i + 2 < n and lower[i + 1] in _SPEECH:
            speaker = by_start.get(i + 2)  # ",” said Netanyahu"
        elif i + 1 < n and (found := by_start.get(i + 1)) is not None and found.end < n and lower[found.end] in _SPEECH:
            speaker = found  # ",” Hamdan said" / ",” he said"
        elif start >= 2 and lower[start - 1] in (":", ",") and lower[start - 2] in _SPEECH:
            speaker = by_end.get(start - 2)  # "Netanyahu said: “...”"
        side = _side_of(speaker, actors) if speaker is not None else None
        if side is None:
            continue
        actor = actors.get(side)
        added.extend(_Span(k, k + 1, side, "pronoun", actor.type if actor else None) for k in inside)
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: s.start)


def _side_of(span: _Span, actors: dict[str, Actor]) -> str | None:
    """The organisation or state a speaker's "we" stands for."""
    if not isinstance(span.canonical, str):
        return None
    actor = actors.get(span.canonical)
    if actor is None or actor.type != "person":
        return span.canonical if actor is not None and actor.type not in ("population",) else None
    for side in (actor.affiliation, actor.country):
        if side and side in actors:
            return side
    return None


def _group_of(span: _Span, actors: dict[str, Actor]) -> Canonical:
    """The organisation a mention stands for: itself, or a person's group ("Hamas negotiator ...")."""
    if span.actor_type in ("armed_group", "organisation"):
        return span.canonical
    actor = actors.get(span.canonical) if isinstance(span.canonical, str) else None
    if actor is not None and actor.type in ("armed_group", "organisation") and span.mention_type == "nominal":
        return actor.canonical  # "a Hamas delegation ... The group"
    if actor is not None and actor.type == "person" and actor.affiliation:
        group = actors.get(actor.affiliation)
        if group is not None and group.type in ("armed_group", "organisation"):
            return group.canonical
    return None


def _plural(tok: Tokens, span: _Span) -> bool:
    """A nominal mention with a plural head noun ("Israeli troops", "Egyptian officials")."""
    head = tok.words[span.end - 1]
    return head[:1].islower() and head.endswith("s") and not head.endswith("ss")


def _definite(tok: Tokens, i: int, history: list[_Span], sent_of: list[int],
              actors: dict[str, Actor]) -> _Span | None:
    """A definite description at token ``i`` (after "the") that refers back to an actor.

    "the official" / "the forum": the last mention with that head noun; "the
    ministry": the actor that owns the last "... Ministry" ("Egypt's Foreign
    Ministry"); "the cabinet" / "the government": the state of the last
    non-mediator actor named; "the military": the armed forces of the last
    state (or its forces) named.
    """
    lower = tok.lower
    word = lower[i]
    recent: list[_Span] = []
    for span in reversed(history):
        if sent_of[span.start] < sent_of[i] - 3:
            break
        recent.append(span)
    recent.reverse()
    if word in ("president", "prime"):  # "the president": the last person named with that title
        title = ("president",) if word == "president" else ("prime", "minister")
        if tuple(lower[i:i + len(title)]) != title or (i + len(title) < len(lower)
                                                       and lower[i + len(title)] in ("’s", "'s")):
            return None
        found = next((s for s in reversed(history) if s.actor_type == "person" and s.mention_type == "title_name"
                      and any(tuple(lower[j:j + len(title)]) == title for j in range(s.start, s.end))), None)
        return _Span(i, i + len(title), found.canonical, "nominal", "person") if found else None
    if word in ("official", "forum"):
        found = next((s for s in reversed(recent) if lower[s.end - 1] == word), None)
        return _Span(i, i + 1, found.canonical, "nominal", found.actor_type) if found else None
    if word == "ministry":
        for j in range(i - 1, max(-1, i - 80), -1):
            if tok.words[j] == "Ministry":
                owner = next((s for s in reversed(history) if j - 4 <= s.end <= j), None)
                if owner is not None:
                    return _Span(i, i + 1, owner.canonical, "nominal", owner.actor_type)
                return None
        return None
    words = tuple(lower[i:i + 2])
    length = 2 if words in _STATE_BODIES or words in _ARMED_BODIES else 1
    words = words[:length]
    if words in _STATE_BODIES:
        after = lower[i + length] if i + length < len(lower) else ""
        if (i > 1 and lower[i - 2] in _INSTITUTION_BEFORE) or after in _INSTITUTION_AFTER:
            return None
        for span in reversed(recent):
            actor = actors.get(span.canonical) if isinstance(span.canonical, str) else None
            state = actors.get(actor.country) if actor is not None and actor.country else None
            if state is not None and state.type == "state" and not state.mediator:
                return _Span(i, i + length, state.canonical, "nominal", "state")
        return None
    if words in _ARMED_BODIES:
        for span in reversed(recent):
            actor = actors.get(span.canonical) if isinstance(span.canonical, str) else None
            if actor is None:
                continue
            if actor.type == "armed_group" and actor.country and \
                    actors.get(actor.country, actor).armed_forces == actor.canonical:
                return _Span(i, i + length, actor.canonical, "nominal", "armed_group")
            if actor.type == "state" and actor.armed_forces:
                return _Span(i, i + length, actor.armed_forces, "nominal", "armed_group")
        return None
    return None


def _last(history: list[_Span], min_sentence: int, sent_of: list[int], accept: Any) -> _Span | None:
    for span in reversed(history):
        if sent_of[span.start] < min_sentence:
            return None
        if accept(span):
            return span
    return None


def _last_two_sides(history: list[_Span], sentence: int, sent_of: list[int],
                    actors: dict[str, Actor]) -> Canonical:
    """The two negotiating sides most recently named (mediators and people's states excluded)."""
    found: list[str] = []
    for span in reversed(history):
        if sent_of[span.start] < sentence - 3:
            break
        if not isinstance(span.canonical, str):
            continue
        actor = actors.get(span.canonical)
        name = span.canonical
        if actor is not None and actor.type == "person":
            name = actor.affiliation or actor.country or name
            actor = actors.get(name)
        if actor is None or actor.mediator or actor.type in ("population", "international"):
            continue
        if name not in found:
            found.append(name)
        if len(found) == 2:
            break
    return tuple(reversed(found)) if len(found) == 2 else None
