"""CLI: ``truce ingest`` (articles into coded events) and ``truce eval-news``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from truce.cli.app import app, console, print_json
from truce.cli.saving import DbOpt, SaveOpt, save_articles
from truce.errors import NewsInputError

if TYPE_CHECKING:
    import datetime as dt

    from rich.console import Console

__all__ = ["eval_news", "ingest", "render_article"]


def _read_inputs(paths: list[str], date: str | None, encoding: str | None) -> list[tuple[str, str, dt.date]]:
    from truce.io.news_text import parse_date, read_article

    given = parse_date(date, what="--date") if date else None
    inputs = []
    for path in paths:
        if path == "-":
            article = read_article("<stdin>", data=sys.stdin.buffer.read(), encoding=encoding)
        else:
            article = read_article(path, encoding=encoding)
        published = given or article.published
        if published is None:
            raise NewsInputError(
                "no publication date",
                file=article.name,
                hint="pass --date YYYY-MM-DD (HTML pages may carry it as article:published_time)",
            )
        inputs.append((article.name, article.text, published))
    return inputs


def render_article(name: str, doc: dict[str, Any], out: Console) -> None:
    """One article's coded events as a table, from its JSON document (``ArticleAnalysis.to_json``)."""
    from rich.markup import escape
    from rich.table import Table

    def show(actor: Any) -> str:
        return "—" if actor is None else " + ".join(actor) if isinstance(actor, list | tuple) else str(actor)

    events = doc.get("events", [])
    table = Table(
        title=f"{escape(name)} ({doc['publication_date']}): {len(events)} events "
        f"in {len(doc.get('sentences', []))} sentences"
    )
    for column in ("#", "type", "source", "target", "trigger", "issue", "date"):
        table.add_column(column)
    for e in events:
        table.add_row(
            str(e["sentence_index"]),
            e["event_type"],
            escape(show(e.get("source"))),
            escape(show(e.get("target"))),
            escape(e.get("trigger") or "—"),
            escape(e.get("issue") or "—"),
            escape(e.get("date") or e.get("date_text") or "—"),
        )
    out.print(table)


@app.command("ingest")
def ingest(
    articles: list[str] = typer.Argument(None, help="Text or HTML files; '-' reads standard input."),
    date: str | None = typer.Option(None, "--date", help="Publication date YYYY-MM-DD."),
    scenario: str | None = typer.Option(None, "--scenario", help="Scenario file or bundled name."),
    as_json: bool = typer.Option(False, "--json", help="Print the analysis as JSON."),
    as_csv: bool = typer.Option(False, "--csv", help="Print events as CSV (with CAMEO roots)."),
    as_jsonl: bool = typer.Option(False, "--jsonl", help="Print events as JSON lines."),
    update: Path | None = typer.Option(
        None, "--update", help="Write the scenario with the events appended to its timeline to this new file."
    ),
    force: bool = typer.Option(False, "--force", help="Let --update overwrite an existing file."),
    batch: Path | None = typer.Option(
        None, "--batch", help='JSONL of {"id", "text", "date"}; prints one analysis per line.'
    ),
    encoding: str | None = typer.Option(None, "--encoding", help="Text encoding (default UTF-8)."),
    save: SaveOpt = False,
    db: DbOpt = None,
) -> None:
    """Read news articles and print the dated, coded events found (PLOVER types)."""
    _check_options(articles, batch, scenario, update, force, (as_json, as_csv, as_jsonl))
    from truce.news.pipeline import NewsPipeline

    loaded = None
    if scenario is not None:
        from truce.io.scenario_file import load_scenario

        loaded = load_scenario(scenario)
    if batch is not None:
        _run_batch(batch, loaded)
        return
    inputs = _read_inputs(list(articles), date, encoding)
    pipeline = NewsPipeline(scenario=loaded)
    analyses = list(pipeline.ingest_many((None, text, published) for _, text, published in inputs))
    names = [name for name, _, _ in inputs]
    if save or db is not None:
        save_articles(save, db, names, analyses, scenario=loaded, origin=scenario)
    if update is not None and loaded is not None:
        from truce.io.scenario_file import save_scenario
        from truce.news.timeline import append_to_timeline

        updated = append_to_timeline(loaded, zip(analyses, names, strict=True))
        save_scenario(updated, update, overwrite=force, origin=scenario)
    _print_analyses(
        names, analyses, "json" if as_json else "csv" if as_csv else "jsonl" if as_jsonl else None
    )
    if update is not None and not (as_json or as_csv or as_jsonl):
        console.print(f"wrote {update}", markup=False)


def _check_options(
    articles: list[str] | None,
    batch: Path | None,
    scenario: str | None,
    update: Path | None,
    force: bool,
    formats: tuple[bool, ...],
) -> None:
    """One-line errors for option combinations that cannot work (before anything is read)."""
    if sum(formats) > 1:
        raise NewsInputError("choose one of --json, --csv and --jsonl")
    if not articles and batch is None:
        raise NewsInputError(
            "no article given", hint="name one or more files, '-' for stdin, or --batch IN.jsonl"
        )
    if update is not None and scenario is None:
        raise NewsInputError("--update needs --scenario", hint="name the scenario whose timeline to extend")
    if update is not None and update.exists() and not force:
        raise NewsInputError(
            f"{update} already exists", file=update, hint="choose a new output file or pass --force"
        )


def _print_analyses(names: list[str], analyses: list[Any], form: str | None) -> None:
    if form == "json":
        documents = [a.to_json() for a in analyses]
        print_json(documents[0] if len(documents) == 1 else documents)
    elif form is not None:
        from truce.io.event_export import event_rows, events_csv, events_jsonl

        rows = [row for name, a in zip(names, analyses, strict=True) for row in event_rows(name, a)]
        sys.stdout.write(events_csv(rows) if form == "csv" else events_jsonl(rows))
    else:
        for name, analysis in zip(names, analyses, strict=True):
            render_article(name, analysis.to_json(), console)


def _run_batch(batch: Path, scenario: Any) -> None:
    from truce.io.news_text import parse_date, read_batch
    from truce.news.pipeline import NewsPipeline

    records = read_batch(batch)
    pipeline = NewsPipeline(scenario=scenario)
    analyses = pipeline.ingest_many((r["id"], r["text"], parse_date(r["date"])) for r in records)
    out = "".join(json.dumps(a.to_json(), ensure_ascii=False) + "\n" for a in analyses)
    sys.stdout.write(out)


@app.command("eval-news")
def eval_news(
    gold: Path = typer.Argument(
        ...,
        help="Gold annotations: articles (JSON like seed_gold.json, or JSONL) "
        "or sentences (YAML, see tests/news/data/blind/).",
    ),
    text: Path | None = typer.Option(None, "--text", help="Article text for a single gold document."),
    syntax: str = typer.Option(
        "parse", "--syntax", help="'parse' (dependency parse) or 'window' (word order, no parser)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score the news pipeline against gold annotations: metrics, per-type precision/recall, confusion."""
    from rich.markup import escape

    from truce.io.news_gold import load_gold, load_sentence_gold
    from truce.io.news_text import read_text_file
    from truce.news.evaluate import evaluate
    from truce.news.pipeline import NewsPipeline
    from truce.news.sentence_scores import evaluate_sentences

    pipeline = NewsPipeline(syntax=syntax)
    scores: Any
    if gold.suffix.lower() in (".yaml", ".yml"):
        scores = evaluate_sentences(load_sentence_gold(gold), pipeline)
        documents = f"{scores.counts['sentences']} sentences"
    else:
        article = read_text_file(text) if text is not None else None
        scores = evaluate(load_gold(gold, text=article), pipeline)
        documents = f"{scores.counts['documents']} documents"
    if as_json:
        print_json(scores.to_json())
        return
    _print_scores(f"news pipeline ({syntax}) vs {escape(gold.name)} ({documents})", scores)


def _print_scores(title: str, scores: Any) -> None:
    from rich.table import Table

    def show(value: float | None) -> str:
        return "—" if value is None else f"{value:.3f}"

    table = Table(title=title)
    table.add_column("metric")
    table.add_column("score", justify="right")
    for name, value in scores.metrics.items():
        table.add_row(name, show(value))
    console.print(table)
    per_type = Table(title="per event type")
    for column in ("type", "precision", "recall", "tp", "fp", "fn"):
        per_type.add_column(column, justify="left" if column == "type" else "right")
    for kind, row in scores.per_type.items():
        per_type.add_row(
            kind, show(row["precision"]), show(row["recall"]), str(row["tp"]), str(row["fp"]), str(row["fn"])
        )
    console.print(per_type)
    columns = sorted({c for cols in scores.confusion.values() for c in cols})
    confusion = Table(title="confusion (rows: gold, columns: coded; '-' = none)")
    confusion.add_column("gold")
    for column in columns:
        confusion.add_column(column[:6], justify="right")
    for row, cols in scores.confusion.items():
        confusion.add_row(row, *(str(cols.get(c, "")) for c in columns))
    console.print(confusion)
