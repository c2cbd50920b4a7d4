"""Throughput of the news pipeline, in sentences per second, against spaCy itself.

A synthetic corpus is built from varied sentences (actors x acts x issues x
times, plus sentences with quotes, titles and abbreviations) and grouped
into articles of 20 sentences.  The peer is spaCy's own ``nlp.pipe`` with
the same components, on the same sentences, in the same run: the ratio says
what truce adds on top of tokenising, tagging and parsing (actors, events,
dates, issues).  Rows: with the parser (``syntax="parse"``; peer: the
model's tagger, parser and lemmatiser) and without it (``syntax="window"``:
tokenizer and truce's lookup tagger, no statistical model; peer: the
tokenizer and spaCy's lookup lemmatiser) on one core; for reference, the
statistical tagger without the parser; and with the parser on all cores
(one pipeline per process, as a batch job would run; peer: ``nlp.pipe``
with ``n_process``).  Prints a table; never asserts times.

Run: ``python benchmarks/news.py [--sentences 4000] [--processes N]``; a quick check:
``--sentences 400 --processes 1``."""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import time

from rich.console import Console
from rich.table import Table

SUBJECTS = [
    "Hamas",
    "Israel",
    "Egypt",
    "Qatar",
    "The United States",
    "U.S. Secretary of State Antony Blinken",
    "Israeli Prime Minister Benjamin Netanyahu",
    "Defense Minister Yoav Gallant",
    "CIA Director William Burns",
    "Hezbollah",
    "Iran",
    "Egyptian officials",
    "An Israeli delegation",
    "Khalil al-Hayya",
]
ACTS = [
    "accused {o} of introducing new demands on {i}",
    "rejected the latest proposal on {i}",
    "urged {o} to accept a deal on {i}",
    "met {o} to discuss {i}",
    "praised {o} for its efforts on {i}",
    "is scheduled to meet {o} to review {i}",
    "dropped its demand on {i}",
    "threatened to quit over {i}",
    "condemned the attack on {o}",
    "welcomed the bridging proposal on {i}",
    "has not yet agreed to {i}",
    "could escalate the conflict over {i}",
]
OBJECTS = ["Hamas", "Israel", "Egypt", "Qatar", "the mediators", "Netanyahu", "the U.S.", "Iran"]
ISSUES = [
    "the Philadelphi corridor",
    "the release of hostages",
    "the Netzarim corridor",
    "Palestinian prisoners",
    "a permanent cease-fire",
    "humanitarian aid",
    "troop withdrawal",
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
    return [" ".join(sentences[k : k + 20]) for k in range(0, len(sentences), 20)]


def _rate(run, articles):  # type: ignore[no-untyped-def]
    """(sentences, wall seconds, CPU seconds of this process)."""
    start, cpu = time.perf_counter(), time.process_time()
    sentences = run(articles)
    return sentences, time.perf_counter() - start, time.process_time() - cpu


_PIPELINES: dict[str, object] = {}


def _truce(syntax: str, articles: list[str]) -> int:
    """Sentences analysed; the pipeline is built once per process, outside the timed runs."""
    from truce.news.pipeline import NewsPipeline

    pipeline = _PIPELINES.get(syntax)
    if pipeline is None:
        pipeline = _PIPELINES[syntax] = NewsPipeline(syntax=syntax)
    date = dt.date(2024, 8, 19)
    return sum(len(a.sentences) for a in pipeline.ingest_many((None, a, date) for a in articles))  # type: ignore[attr-defined]


def _truce_chunk(job: tuple[str, list[str]]) -> int:
    return _truce(*job)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=4_000)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    from truce.news.sentences import split_sentences

    articles = corpus(args.sentences)
    split = [s.text for a in articles for s in split_sentences(a)]
    rows = []
    for syntax in ("parse", "window"):
        nlp = _peer(syntax, split)
        list(nlp.pipe(split[:50]))
        peer = _rate(lambda texts, nlp=nlp: sum(1 for _ in nlp.pipe(texts, batch_size=64)), split)
        _truce(syntax, articles[:3])  # warm the lexicon cache
        ours = _rate(lambda arts, syntax=syntax: _truce(syntax, arts), articles)
        rows.append((f"spaCy nlp.pipe, {MODEL_NAMES[syntax]} (peer)", *peer, None))
        rows.append((f"truce NewsPipeline(syntax={syntax!r})", *ours, peer[0] / peer[1]))
    tagger = _peer("tagger", split)
    list(tagger.pipe(split[:50]))
    rows.append((f"spaCy nlp.pipe, {MODEL_NAMES['tagger']} (reference)",
                 *_rate(lambda texts: sum(1 for _ in tagger.pipe(texts, batch_size=64)), split), None))
    if args.processes > 1:
        rows += _all_cores(args.processes, articles, split)
    _print(rows, len(articles), len(split))
    for (_, n, _, peer_cpu, _), (name, m, _, cpu, _) in zip(rows[0:4:2], rows[1:4:2], strict=True):
        own = (cpu / m - peer_cpu / n) * 1000
        print(f"{name}: truce's own work {own:.2f} ms per sentence (CPU) on top of spaCy's "
              f"{peer_cpu / n * 1000:.2f} ms ({own / (peer_cpu / n * 1000):.0%})")
    _seed_sentence_f1()


def _peer(syntax: str, sentences: list[str]):  # type: ignore[no-untyped-def]
    """spaCy's own pipeline with the components truce's ``syntax`` runs.

    ``parse``: the model's tagger, parser, attribute ruler and lemmatiser, as spaCy runs them (truce
    applies the attribute rules as a table).  ``window``: the model's tokenizer and
    spaCy's lookup lemmatiser (``mode="lookup"``), its table holding the lemma truce's lookup tagger
    gives each word of the corpus, so that both do one dictionary lookup per token.  ``tagger``:
    the statistical tagger and rule lemmatiser without the parser (what the window coder ran on
    before it had the lookup tagger).
    """
    import spacy
    from spacy.lookups import Lookups

    from truce.news.pipeline import MODEL, load_model

    if syntax == "parse":  # spaCy's own components, its attribute ruler included
        return spacy.load(MODEL, exclude=["ner", "senter"])
    if syntax == "tagger":
        return spacy.load(MODEL, exclude=["parser", "ner", "senter"])
    ours = load_model("window")
    table: dict[str, str] = {}
    for doc in ours.pipe(sentences[:2000]):
        table.update((t.text, t.lemma_) for t in doc)
    nlp = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
                                     "senter"])
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lookups = Lookups()
    lookups.add_table("lemma_lookup", table)
    lemmatizer.lookups = lookups
    return nlp


def _print(rows: list[tuple], articles: int, sentences: int) -> None:  # type: ignore[type-arg]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    title = f"news throughput ({articles} articles, {sentences:,} sentences; load average {load:.1f})"
    table = Table(title=title)
    for column in ("pipeline", "sentences", "wall s", "sentences/s", "CPU s", "sentences per CPU s",
                   "ratio to peer (wall)"):
        table.add_column(column, justify="right" if column != "pipeline" else "left")
    for name, n, seconds, cpu, peer_rate in rows:
        rate = n / seconds
        per_cpu = f"{n / cpu:,.0f}" if cpu > 0.05 * seconds else "-"  # the work ran in other processes
        table.add_row(name, f"{n:,}", f"{seconds:.2f}", f"{rate:,.0f}", f"{cpu:.2f}", per_cpu,
                      "1.00" if peer_rate is None else f"{rate / peer_rate:.2f}")
    Console(width=170).print(table)


def _all_cores(processes: int, articles: list[str], split: list[str]) -> list[tuple]:  # type: ignore[type-arg]
    """Rows for the parser on all cores: spaCy's n_process against one truce pipeline per process."""
    nlp = _peer("parse", split)
    peer = _rate(lambda texts: sum(1 for _ in nlp.pipe(texts, batch_size=64, n_process=processes)), split)
    chunks = [("parse", articles[k::processes]) for k in range(processes)]
    with multiprocessing.Pool(processes) as pool:
        pool.map(_truce_chunk, [("parse", articles[:2])] * processes * 2)  # build the pipelines
        ours = _rate(lambda jobs: sum(pool.map(_truce_chunk, jobs)), chunks)
    return [(f"spaCy nlp.pipe n_process={processes}, with parser (peer)", *peer, None),
            (f"truce parse, {processes} processes (batch)", *ours, peer[0] / peer[1])]


MODEL_NAMES = {"parse": "tagger + parser + lemmatiser", "window": "tokenizer + lookup lemmatiser",
               "tagger": "statistical tagger + lemmatiser, no parser"}


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
    for name, spans in (
        ("spaCy sentencizer (peer)", set(spacy_sentencizer_spans(text))),
        ("truce split_sentences", {(x.start, x.end) for x in split_sentences(text)}),
    ):
        hits = len(spans & truth)
        table.add_row(name, str(len(spans)), str(hits), f"{2 * hits / (len(spans) + len(truth)):.3f}")
    Console().print(table)


if __name__ == "__main__":
    main()
