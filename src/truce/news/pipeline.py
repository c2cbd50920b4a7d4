"""The news pipeline: text in, dated and coded events out.

:class:`NewsPipeline` loads spaCy's blank English pipeline (no downloaded
weights) with an EntityRuler built from the actor dictionary once; each call
of :meth:`NewsPipeline.ingest` then splits sentences, finds actor mentions and
time expressions, and codes PLOVER events linked to issues.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from truce.errors import NewsInputError
from truce.news.actors import find_mentions
from truce.news.dates import find_time_expressions, is_future_context
from truce.news.dictionary import ActorDictionary, add_entity_ruler
from truce.news.document import ArticleAnalysis, Event, Sentence
from truce.news.events import EventContext, find_events
from truce.news.issues import IssueLexicon, main_issue
from truce.news.sentences import split_sentences
from truce.news.tokens import Tokens
from truce.news.triggers import TriggerLexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from truce.model.scenario import Scenario

__all__ = ["NewsPipeline"]


class NewsPipeline:
    """Load once, ingest many articles.

    Parameters
    ----------
    scenario
        Optional scenario: its parties (with aliases) join the actor
        dictionary and events are linked to its party ids; its issues'
        keywords extend the issue lexicon.
    """

    def __init__(self, scenario: Scenario | None = None) -> None:
        import spacy

        dictionary = ActorDictionary.shipped()
        issues = IssueLexicon.shipped()
        if scenario is not None:
            dictionary = dictionary.with_scenario(scenario)
            issues = issues.extended(scenario.issues)
        self.scenario = scenario
        self.actors = dictionary
        self.issues = issues
        self.triggers = TriggerLexicon.shipped()
        self.nlp = spacy.blank("en")
        for abbreviation in _TITLE_ABBREVIATIONS:  # "Maj. Gen. Eliezer Toledano": one token per title
            for form in (abbreviation, abbreviation.upper()):
                self.nlp.tokenizer.add_special_case(form, [{"ORTH": form}])  # type: ignore[union-attr]
        add_entity_ruler(self.nlp, dictionary)

    def ingest(self, text: str, date: dt.date, *, doc_id: str | None = None) -> ArticleAnalysis:
        """Analyse one article published on ``date``."""
        return self._analyse(self.nlp(_checked(text)), date, doc_id)

    def ingest_many(
        self, articles: Iterable[tuple[str | None, str, dt.date]], batch_size: int = 32
    ) -> Iterator[ArticleAnalysis]:
        """Analyse ``(doc_id, text, date)`` triples, streaming them through spaCy in batches."""
        items = list(articles)
        texts = (_checked(text) for _, text, _ in items)
        for (doc_id, _, date), doc in zip(items, self.nlp.pipe(texts, batch_size=batch_size),
                                          strict=True):
            yield self._analyse(doc, date, doc_id)

    def _analyse(self, doc: Doc, date: dt.date, doc_id: str | None) -> ArticleAnalysis:
        tokens = Tokens.of(doc)
        text = tokens.text
        sentences = split_sentences(text)
        mentions = find_mentions(doc, sentences, self.actors, tokens)
        times = find_time_expressions(text, sentences, date)
        sentence_tokens = [tokens.token_range(s.start, s.end) for s in sentences]
        token_of = {start: i for i, start in enumerate(tokens.starts)}
        mention_at = {}
        mention_tokens = {}
        for m in mentions:
            first = token_of.get(m.start)
            if first is None:
                continue
            last = tokens.token_range(m.start, m.end)[1]
            mention_at[first] = m
            for k in range(first, last):
                mention_tokens[k] = (first, last)
        ctx = EventContext(
            text=text, lower=tokens.lower, words=tokens.words, starts=tokens.starts,
            ends=tokens.ends, mention_at=mention_at, mention_tokens=mention_tokens,
            future_sentence={s.index: is_future_context(s.text) for s in sentences},
            time_tokens=frozenset(k for t in times for k in range(*tokens.token_range(t.start, t.end))),
        )
        coded, uncoded = find_events(ctx, sentences, sentence_tokens, self.triggers, self.issues,
                                     times, date)
        if self.actors.parties:
            coded = [self._with_parties(e) for e in coded]
            uncoded = [self._with_parties(e) for e in uncoded]
        return ArticleAnalysis(
            text=text, publication_date=date, sentences=tuple(sentences),
            actor_mentions=tuple(mentions), time_expressions=tuple(times), events=tuple(coded),
            uncoded_events=tuple(uncoded), doc_id=doc_id,
            sentence_issues=self._sentence_issues(text, sentences),
        )

    def _with_parties(self, event: Event) -> Event:
        from dataclasses import replace

        return replace(event, source_party=self.actors.party_of(event.source),
                       target_party=self.actors.party_of(event.target))

    def _sentence_issues(self, text: str, sentences: list[Sentence]) -> dict[int, tuple[str, ...]]:
        out: dict[int, tuple[str, ...]] = {}
        for s in sentences:
            issue, others = main_issue(text, self.issues.find(text, s.start, s.end))
            if issue is not None:
                out[s.index] = (issue, *others)
        return out


_TITLE_ABBREVIATIONS = ("Maj.", "Lt.", "Col.", "Brig.", "Sgt.", "Capt.", "Cmdr.", "Adm.", "Cpl.")


def _checked(text: str) -> str:
    if not text.strip():
        raise NewsInputError("article is empty (no text to read)", hint="give the article's text")
    return text
