"""Throughput of the news pipeline, in sentences per second on one core.

A large synthetic corpus is built from varied sentences (actors x acts x
issues x times, plus sentences with quotes, titles and abbreviations) and
grouped into articles of 20 sentences.  The peer is spaCy's blank English
pipeline with its rule-based ``sentencizer`` on the same corpus: the cheapest
thing that splits sentences, so the ratio says what the full pipeline
(sentences, actors, events, dates, issues) costs on top.  Prints a table;
never asserts times.

Run: ``python benchmarks/news.py [--sentences 20000]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from rich.console import Console
from rich.table import Table

SUBJECTS = [
    "Hamas", "Israel", "Egypt", "Qatar", "The United States", "U.S. Secretary of State Antony Blinken",
    "Israeli Prime Minister Benjamin Netanyahu", "Defense Minister Yoav Gallant", "CIA Director William Burns",
    "Hezbollah", "Iran", "Egyptian officials", "An Israeli delegation", "Khalil al-Hayya",
]
ACTS = [
    "accused {o} of introducing new demands on {i}", "rejected the latest proposal on {i}",
    "urged {o} to accept a deal on {i}", "met {o} to discuss {i}", "praised {o} for its efforts on {i}",
    "is scheduled to meet {o} to review {i}", "dropped its demand on {i}", "threatened to quit over {i}",
    "condemned the attack on {o}", "welcomed the bridging proposal on {i}",
    "has not yet agreed to {i}", "could escalate the conflict over {i}",
]
OBJECTS = ["Hamas", "Israel", "Egypt", "Qatar", "the mediators", "Netanyahu", "the U.S.", "Iran"]
ISSUES = [
    "the Philadelphi corridor", "the release of hostages", "the Netzarim corridor",
    "Palestinian prisoners", "a permanent cease-fire", "humanitarian aid", "troop withdrawal",
]
TIMES = ["on Monday", "this week", "on Friday", "in early August", "on August 16", "yesterday", ""]
EXTRA = [
    '"We will not accept it," a Hamas official said.',
    "Talks between Gen. Herzi Halevi and Mr. Burns went on in the U.S. capital.",
    "Efforts to broker a truce also include discussions between Israeli and Egyptian officials.",
    "The conflict, which began in early October, has resulted in significant casualties.",
]


def corpus(n_sentences: int, seed: int = 7) -> list[str]:
    """Articles of 20 sentences each, ``n_sentences`` in total."""
    rng = random.Random(seed)
    sentences = []
    for _ in range(n_sentences):
        if rng.random() < 0.15:
            sentences.append(rng.choice(EXTRA))
            continue
        act = rng.choice(ACTS).format(o=rng.choice(OBJECTS), i=rng.choice(ISSUES))
        when = rng.choice(TIMES)
        sentences.append(f"{rng.choice(SUBJECTS)} {act}{' ' + when if when else ''}.")
    return [" ".join(sentences[k:k + 20]) for k in range(0, len(sentences), 20)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=20_000)
    args = parser.parse_args()

    import spacy

    from truce.news.pipeline import NewsPipeline

    articles = corpus(args.sentences)
    date = dt.date(2024, 8, 19)

    peer = spacy.blank("en")
    peer.add_pipe("sentencizer")
    list(peer.pipe(articles[:5]))
    start = time.perf_counter()
    peer_sentences = sum(len(list(doc.sents)) for doc in peer.pipe(articles, batch_size=64))
    peer_seconds = time.perf_counter() - start

    pipeline = NewsPipeline()
    list(pipeline.ingest_many((None, a, date) for a in articles[:5]))
    start = time.perf_counter()
    analyses = list(pipeline.ingest_many((None, a, date) for a in articles))
    seconds = time.perf_counter() - start
    sentences = sum(len(a.sentences) for a in analyses)
    events = sum(len(a.events) for a in analyses)

    ours_rate = sentences / seconds
    peer_rate = peer_sentences / peer_seconds
    table = Table(title=f"news pipeline throughput, one core ({len(articles)} articles)")
    for column in ("pipeline", "sentences", "seconds", "sentences/s", "ratio to peer"):
        table.add_column(column, justify="right" if column != "pipeline" else "left")
    table.add_row("spaCy blank + sentencizer (peer)", f"{peer_sentences:,}", f"{peer_seconds:.2f}",
                  f"{peer_rate:,.0f}", "1.00")
    table.add_row(f"truce NewsPipeline ({events:,} events)", f"{sentences:,}", f"{seconds:.2f}",
                  f"{ours_rate:,.0f}", f"{ours_rate / peer_rate:.2f}")
    Console().print(table)
    _seed_sentence_f1()


def _seed_sentence_f1() -> None:
    """Sentence-boundary F1 of both splitters on the seed gold, when ../shared is present."""
    import json
    from pathlib import Path

    from truce.news.sentences import spacy_sentencizer_spans, split_sentences

    shared = Path(__file__).resolve().parents[1].parent / "shared"
    gold_path = shared / "data" / "news" / "seed_gold.json"
    if not gold_path.is_file():
        print("(seed gold not found next to the repository: sentence F1 not measured)")
        return
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (shared / "seed" / "article.txt").read_text(encoding="utf-8")
    truth = {(s["start"], s["end"]) for s in gold["sentences"]}
    table = Table(title="sentence boundaries on the seed article (gold: 19 sentences)")
    for column in ("splitter", "sentences", "exact matches", "F1"):
        table.add_column(column)
    for name, spans in (("spaCy sentencizer (peer)", set(spacy_sentencizer_spans(text))),
                        ("truce split_sentences", {(x.start, x.end) for x in split_sentences(text)})):
        hits = len(spans & truth)
        table.add_row(name, str(len(spans)), str(hits), f"{2 * hits / (len(spans) + len(truth)):.3f}")
    Console().print(table)


if __name__ == "__main__":
    main()
