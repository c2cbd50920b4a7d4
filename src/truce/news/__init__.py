"""News: articles into a dated, coded event timeline linked to the negotiation.

spaCy's blank English pipeline with an EntityRuler from a shipped actor
dictionary, a quote- and abbreviation-aware sentence splitter, PLOVER event
types from a trigger lexicon (with negation and modality), time expressions
resolved against the article date, and keyword links to negotiation issues.
No model weights are downloaded.  See ``docs/news.md``.
"""

from __future__ import annotations

from truce.news.document import ActorMention, ArticleAnalysis, Event, Sentence, TimeExpression
from truce.news.evaluate import GoldDocument, NewsScores, evaluate, load_gold, score_documents
from truce.news.pipeline import NewsPipeline
from truce.news.sentences import split_sentences
from truce.news.text import Article, read_article
from truce.news.timeline import append_to_timeline, timeline_events
from truce.news.triggers import PLOVER_TYPES, cameo_root

__all__ = [
    "PLOVER_TYPES",
    "ActorMention",
    "Article",
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
    "load_gold",
    "read_article",
    "score_documents",
    "split_sentences",
    "timeline_events",
]
