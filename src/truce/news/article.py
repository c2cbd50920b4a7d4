"""Assemble one article's analysis from its parsed sentences.

Per sentence: actor mentions, events (from :mod:`truce.news.coder` or
:mod:`truce.news.window`), the time expression of each event's clause
(annotation rule 10: its own clause first, else the clause of the verb that
reports it), and the negotiation issue its own arguments name (rule 9;
meetings only when a prepositional phrase or purpose clause links them).
"""

from __future__ import annotations

import copy
import datetime as dt
from functools import partial
from typing import TYPE_CHECKING, cast

from truce.news.clause_readings import main_clause
from truce.news.dates import find_time_expressions, scheduled_present
from truce.news.document import ActorMention, ArticleAnalysis, Canonical, Event, Sentence, TimeExpression
from truce.news.issues import IssueHit, main_issue
from truce.news.lexicon import cameo_root
from truce.news.mentions import ActorRef, Discourse
from truce.news.parse_view import doc_view
from truce.news.simplified import Piece, names_alone, original_spans, participle_lowered

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from truce.news.coder import RawEvent
    from truce.news.pipeline import NewsPipeline

__all__ = ["ArticleBuilder"]

_MEETING_LINKS = frozenset({"on", "about", "over", "for", "regarding", "to"})


def _canonical(refs: tuple[ActorRef, ...]) -> Canonical:
    names = tuple(dict.fromkeys(r.name for r in refs))
    if not names:
        return None
    return names[0] if len(names) == 1 else names


Coded = tuple["list[RawEvent]", "dict[int, ActorRef]", "Doc"]
"""The events, actor mentions and parse of one coding of a sentence."""

class ArticleBuilder:
    """Collects sentences of one article and builds its :class:`ArticleAnalysis`.

    Parameters
    ----------
    pipeline
        The pipeline whose lexicons, issues and scenario parties are used.
    text
        The article's text.
    date
        Its publication date, against which time expressions are resolved.
    doc_id
        The article's id, if it has one.
    """

    def __init__(self, pipeline: NewsPipeline, text: str, date: dt.date, doc_id: str | None) -> None:
        self.pipeline, self.text, self.date, self.doc_id = pipeline, text, date, doc_id
        self.discourse = Discourse()
        self.sentences: list[Sentence] = []
        self.mentions: list[ActorMention] = []
        self.events: list[Event] = []
        self.uncoded: list[Event] = []
        self.times: list[TimeExpression] = []
        self._spans: list[tuple[int, int]] = []  # the characters of each token of the sentence being added
        self._issue_hits: list[list[IssueHit]] = []  # the issue keywords of each sentence added

    def add(self, sentence: Sentence, doc: Doc) -> None:
        """Code one sentence, parsed as ``doc``."""
        from truce.news.coder import code_sentence
        from truce.news.window import code_window

        if self.pipeline.syntax == "parse":  # the rules read a snapshot of the parse (truce.news.parse_view);
            doc = cast("Doc", doc_view(doc))  # cast: it has the part of spaCy's Doc API that they use
        self.sentences.append(sentence)
        self._issue_hits.append(self.pipeline.issues.find(self.text, sentence.start, sentence.end))
        self._spans = [(sentence.start + t.idx, sentence.start + t.idx + len(t.text)) for t in doc]
        past = [start for t, (start, _) in zip(doc, self._spans, strict=True) if t.tag_ in ("VBD", "VBN")]
        scheduled = [start for t, (start, _) in zip(doc, self._spans, strict=True)
                     if self.pipeline.syntax == "parse" and scheduled_present(t)]
        times = find_time_expressions(self.text, [sentence], self.date, past, scheduled)
        self.times += times
        span = doc[:]
        if self.pipeline.syntax == "parse":
            before = copy.copy(self.discourse)
            raw, found = code_sentence(
                span, self.pipeline.lexicon, self.pipeline.finder, self.discourse, self.date
            )
            main = None if any(e.coded for e in raw) else main_clause(doc)
            if main is not None and any(k >= main for k in found) and any(e.head >= main for e in raw):
                # the parser made a fronted phrase the head, and the main clause names an actor and an
                # act it did not code: the main clause alone
                text, start = doc[main:].text, doc[main].idx
                spans = partial(original_spans, pieces=[(0, len(text), start, start + len(text), False)],
                                offset=sentence.start)
                raw, found, doc = self._reparsed(text, spans, before, (raw, found, doc))
            for simpler in (names_alone, self._participle_lowered):  # names the parser may have misread
                rewritten = None if any(e.coded for e in raw) else simpler(doc, found)
                if rewritten is not None:
                    text, pieces = rewritten
                    spans = partial(original_spans, pieces=pieces, offset=sentence.start)
                    raw, found, doc = self._reparsed(text, spans, before, (raw, found, doc))
        else:
            raw, found = code_window(
                span, self.pipeline.lexicon, self.pipeline.finder, self.discourse, self.date
            )
        seen: set[tuple[int, int]] = set()
        for ref in found.values():
            if (ref.start, ref.end) in seen:
                continue
            seen.add((ref.start, ref.end))
            start, end = self._spans[ref.start][0], self._spans[ref.end - 1][1]
            self.mentions.append(
                ActorMention(
                    sentence.index,
                    start,
                    end,
                    self.text[start:end],
                    ref.name,
                    ref.kind,
                    party=self.pipeline.party_of(ref.name, ref.code) if self.pipeline.parties else None,
                )
            )
        for event in raw:
            built = self._event(sentence, doc, event, times)
            (self.events if event.coded else self.uncoded).append(built)

    def _participle_lowered(self, doc: Doc, found: dict[int, ActorRef]) -> tuple[str, list[Piece]] | None:
        """:func:`truce.news.simplified.participle_lowered` with the dictionary's verbs."""
        return participle_lowered(doc, found, self.pipeline.lexicon.verbs)

    def _reparsed(self, text: str, spans: Callable[[Doc], list[tuple[int, int]]], before: Discourse,
                  first: Coded) -> Coded:
        """A simpler sentence (:mod:`truce.news.simplified`) parsed and coded in place of the sentence,
        when it codes an event the sentence's own parse did not; else the first coding.  ``spans`` gives
        the article's characters of each of its tokens."""
        from truce.news.coder import code_sentence

        alone = cast("Doc", doc_view(self.pipeline.nlp(text)))  # a snapshot of the parse, as in add
        discourse = copy.copy(before)
        lexicon, finder = self.pipeline.lexicon, self.pipeline.finder
        raw, found = code_sentence(alone[:], lexicon, finder, discourse, self.date)
        if not any(e.coded for e in raw):
            return first
        self.discourse = discourse
        self._spans = spans(alone)
        return raw, found, alone

    def _chars(self, sentence: Sentence, doc: Doc, tokens: tuple[int, ...]) -> list[tuple[int, int]]:
        """Character spans of tokens of the sentence being added."""
        return [self._spans[i] for i in tokens]

    def _time(
        self, sentence: Sentence, doc: Doc, event: RawEvent, times: list[TimeExpression]
    ) -> TimeExpression | None:
        scopes = [event.scope]
        head = doc[event.head]
        if head.dep_ in ("ccomp", "xcomp", "conj") and head.head.i != head.i:
            gov = head.head
            scopes.append(
                tuple(
                    t.i
                    for t in gov.children
                    if t.dep_ in ("prep", "npadvmod", "advmod", "nsubj")
                    for t in t.subtree
                )
            )
        for scope in scopes:
            chars = self._chars(sentence, doc, scope)
            for t in times:
                if any(a <= t.start < b or t.start <= a < t.end for a, b in chars):
                    return t
        return None

    def _issue(self, sentence: Sentence, doc: Doc, event: RawEvent) -> tuple[str | None, tuple[str, ...]]:
        head = doc[event.head]
        scope = event.scope
        if event.event_type in ("CONSULT",) or event.mode == "visit" or event.cameo.startswith("04"):
            linked = [
                c
                for c in head.children
                if (c.dep_ == "prep" and c.lower_ in _MEETING_LINKS) or c.dep_ in ("xcomp", "advcl")
            ]
            scope = tuple(sorted(t.i for c in linked for t in c.subtree))
        subject = {t.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        chars = self._chars(sentence, doc, tuple(i for i in scope if i not in subject))
        if not chars:
            return None, ()
        lo, hi = min(a for a, _ in chars), max(b for _, b in chars)
        hits = [h for h in self._issue_hits[-1] if lo <= h.start and h.end <= hi and
                any(a <= h.start < b for a, b in chars)]
        return main_issue(self.text, hits)

    def _event(self, sentence: Sentence, doc: Doc, event: RawEvent, times: list[TimeExpression]) -> Event:
        head = doc[event.head]
        start = sentence.start + head.idx
        when = self._time(sentence, doc, event, times)
        issue, others = self._issue(sentence, doc, event)
        source, target = _canonical(event.sources), _canonical(event.targets)
        parties = self.pipeline.parties
        return Event(
            sentence_index=sentence.index,
            event_type=event.event_type,
            source=source,
            target=target,
            trigger=head.text,
            trigger_start=start,
            trigger_end=start + len(head.text),
            mode=event.mode,
            negated=event.negated,
            modality=event.modality,
            issue=issue,
            other_issues=others,
            date_text=when.text if when else None,
            date=when.value if when is not None and not when.is_vague else None,
            cameo_root=cameo_root(event.event_type, event.mode),
            cameo_code=event.cameo,
            source_code=_codes(event.sources),
            target_code=_codes(event.targets),
            source_party=_party(self.pipeline, event.sources) if parties else None,
            target_party=_party(self.pipeline, event.targets) if parties else None,
        )

    def finish(self) -> ArticleAnalysis:
        """The analysis of the sentences added, with the issues each sentence names."""
        sentence_issues: list[tuple[int, tuple[str, ...]]] = []
        for s, hits in zip(self.sentences, self._issue_hits, strict=True):
            issue, others = main_issue(self.text, hits)
            if issue is not None:
                sentence_issues.append((s.index, (issue, *others)))
        return ArticleAnalysis(
            text=self.text,
            publication_date=self.date,
            sentences=tuple(self.sentences),
            actor_mentions=tuple(self.mentions),
            time_expressions=tuple(self.times),
            events=tuple(self.events),
            uncoded_events=tuple(self.uncoded),
            doc_id=self.doc_id,
            sentence_issues=tuple(sentence_issues),
        )


def _codes(refs: tuple[ActorRef, ...]) -> str | tuple[str, ...] | None:
    codes = tuple(dict.fromkeys(r.code for r in refs if r.code))
    if not codes:
        return None
    return codes[0] if len(codes) == 1 else codes


def _party(pipeline: NewsPipeline, refs: tuple[ActorRef, ...]) -> str | tuple[str, ...] | None:
    found = tuple(dict.fromkeys(p for p in (pipeline.party_of(r.name, r.code) for r in refs) if p))
    if not found:
        return None
    return found[0] if len(found) == 1 else found
