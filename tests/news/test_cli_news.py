"""The CLI: truce ingest and truce eval-news."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from tests.conftest import shared_path
from truce.cli import app

runner = CliRunner()
ARTICLE = ("Hamas accused Israel on Friday of new demands on the Philadelphi corridor. "
           "Blinken will travel to Egypt on Tuesday to discuss the cease-fire.")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_ingest_table(article):
    result = runner.invoke(app, ["ingest", str(article), "--date", "2024-08-19"])
    assert result.exit_code == 0, result.output
    assert "ACCUSE" in result.output and "AGREE" in result.output


def test_ingest_json(article):
    result = runner.invoke(app, ["ingest", str(article), "--date", "2024-08-19", "--json"])
    doc = json.loads(result.stdout)
    assert doc["publication_date"] == "2024-08-19"
    assert [(e["event_type"], e["date"]) for e in doc["events"]] == [("ACCUSE", "2024-08-16"),
                                                                       ("AGREE", "2024-08-20")]


def test_ingest_stdin():
    result = runner.invoke(app, ["ingest", "-", "--date", "2024-08-19", "--json"], input=ARTICLE)
    assert json.loads(result.stdout)["events"][0]["source"] == "Hamas"


def test_ingest_csv_has_cameo_roots(article):
    result = runner.invoke(app, ["ingest", str(article), "--date", "2024-08-19", "--csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["event_type"], r["cameo_root"]) for r in rows] == [("ACCUSE", "11"), ("AGREE", "03")]


def test_ingest_jsonl(article):
    result = runner.invoke(app, ["ingest", str(article), "--date", "2024-08-19", "--jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["target"] == "Israel" and rows[0]["issue"] == "philadelphi_corridor"


def test_batch(tmp_path):
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        json.dumps({"id": "a", "text": ARTICLE, "date": "2024-08-19"}) + "\n"
        + json.dumps({"id": "b", "text": "Egypt rejected the maps.", "date": "2024-08-24"}) + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["ingest", "--batch", str(batch)])
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["a", "b"]
    assert docs[1]["events"][0]["event_type"] == "REJECT"


def test_batch_bad_line_writes_nothing(tmp_path):
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": ARTICLE, "date": "2024-08-19"}) + "\n{oops\n",
                     encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--batch", str(batch)])
    assert result.exit_code != 0 and result.stdout == ""
    assert "in.jsonl:2" in str(result.exception)


@pytest.mark.parametrize(("args", "message"), [
    (["ingest", "{article}"], "--date"),
    (["ingest", "{article}", "--date", "19/08/2024"], "YYYY-MM-DD"),
    (["ingest", "{article}", "--date", "2024-08-19", "--json", "--csv"], "one of"),
    (["ingest", "{article}", "--date", "2024-08-19", "--update", "{article}"], "--scenario"),
])
def test_errors_are_news_input_errors(article, args, message):
    from truce.errors import NewsInputError

    result = runner.invoke(app, [a.format(article=article) for a in args])
    assert isinstance(result.exception, NewsInputError)
    assert message in str(result.exception)


def test_update_writes_a_new_scenario_and_never_overwrites(tmp_path, article):
    from tests.news.test_actors import SCENARIO
    from truce.io.scenario_file import load_scenario

    scenario = tmp_path / "s.yaml"
    scenario.write_text(SCENARIO, encoding="utf-8")
    out = tmp_path / "out.yaml"
    args = ["ingest", str(article), "--date", "2024-08-19", "--scenario", str(scenario), "--update", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert len(load_scenario(out).timeline) == 2
    before = out.read_text(encoding="utf-8")
    again = runner.invoke(app, args)
    assert "already exists" in str(again.exception)
    assert out.read_text(encoding="utf-8") == before


def test_cli_main_exits_2_without_traceback(tmp_path, capsys, monkeypatch):
    from truce.cli import main

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["truce", "ingest", str(empty), "--date", "2024-08-19"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "empty" in err and "Traceback" not in err


def test_eval_news_json():
    gold = shared_path("data", "news", "seed_gold.json")
    result = runner.invoke(app, ["eval-news", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["metrics"]["sentence_f1"] >= 0.95
    assert {"precision", "recall"} <= scores["per_type"]["ACCUSE"].keys() and scores["confusion"]


def test_eval_news_sentence_gold_table(tmp_path):
    gold = tmp_path / "gold.yaml"
    gold.write_text("- date: 2024-08-19\n  text: Hamas accused Israel of new demands.\n"
                    "  events: [{type: ACCUSE, source: Hamas, target: Israel}]\n"
                    "- date: 2024-08-19\n  text: Egypt rejected the maps.\n"
                    "  events: [{type: REQUEST, source: Egypt, target: null}]\n", encoding="utf-8")
    result = runner.invoke(app, ["eval-news", str(gold)])
    assert result.exit_code == 0, result.output
    assert "per event type" in result.output and "confusion" in result.output
    scores = json.loads(runner.invoke(app, ["eval-news", str(gold), "--json"]).stdout)
    assert scores["metrics"]["event_type_recall"] == 0.5
    assert scores["confusion"]["REQUEST"] == {"REJECT": 1}


def test_eval_news_with_text_option(tmp_path):
    gold = json.loads(shared_path("data", "news", "seed_gold.json").read_text(encoding="utf-8"))
    gold.pop("source_file")
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    text = shared_path("seed", "article.txt")
    result = runner.invoke(app, ["eval-news", str(path), "--text", str(text), "--json"])
    assert json.loads(result.stdout)["metrics"]["date_accuracy"] >= 0.9


def test_update_with_the_bundled_flagship_scenario(tmp_path, article):
    from truce.io.scenario_file import bundled_scenarios, load_scenario

    if "gaza-ceasefire-2024" not in bundled_scenarios():
        pytest.skip("the bundled scenario gaza-ceasefire-2024 is not present")
    out = tmp_path / "out.yaml"
    result = runner.invoke(app, ["ingest", str(article), "--date", "2024-08-19", "--scenario",
                                 "gaza-ceasefire-2024", "--update", str(out), "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["events"][0]["source_party"] == "hamas" and doc["events"][0]["target_party"] == "israel"
    before = load_scenario("gaza-ceasefire-2024")
    after = load_scenario(out)
    assert len(after.timeline) == len(before.timeline) + len(doc["events"])
