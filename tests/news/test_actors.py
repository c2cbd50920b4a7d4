"""Actors: the Phoenix dictionaries with hand additions, office holders by date, agents, scenario parties."""

from __future__ import annotations

import datetime as dt

import pytest

from truce.news.lexicon import Lexicon

DAY = dt.date(2024, 8, 19)


def _coded(pipeline, text, day=DAY):
    return [(e.event_type, e.source, e.source_code, e.target) for e in pipeline.ingest(text, day).events]


def test_office_holders_resolve_by_the_article_date():
    netanyahu = Lexicon.shipped().actors["benjamin netanyahu"]
    assert netanyahu.code_on(dt.date(1992, 5, 1)) == "ISRELI"  # before his first term
    assert netanyahu.code_on(dt.date(1997, 5, 1)) == "ISRGOV"
    assert netanyahu.code_on(dt.date(2024, 8, 19)) == "ISRGOV"
    blinken = Lexicon.shipped().actors["blinken"]  # a hand addition: Phoenix (2014) predates his office
    assert blinken.code_on(dt.date(2023, 1, 1)) == "USAGOV"
    assert blinken.code_on(dt.date(2026, 1, 1)) == "USAELI"


def test_additions_give_reasons_and_known_codes():
    from importlib import resources

    import yaml

    path = resources.files("truce.news").joinpath("data/additions.yaml")
    additions = yaml.safe_load(path.read_text("utf-8"))
    for item in additions["actors"]:
        assert item["reason"] and item["codes"]
    for lemma, item in additions["verbs"].items():
        # a code, or null with replace: a wrong default taken away (the block's patterns stay)
        code = item["code"]
        assert item["reason"] and (code.isdigit() if code is not None else item["replace"]), lemma


@pytest.mark.parametrize("name", ["additions.yaml", "issues.yaml", "word_classes.yaml"])
def test_shipped_word_lists_repeat_no_key(name: str) -> None:
    """YAML keeps the last of two equal keys without a word: a second "declare:" once dropped the
    first one's "walkout"."""
    from importlib import resources

    import yaml

    repeated: list[str] = []

    class Checked(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
            keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
            repeated.extend(str(k) for k in keys if keys.count(k) > 1)
            return super().construct_mapping(node, deep=deep)

    yaml.load(resources.files("truce.news").joinpath(f"data/{name}").read_text("utf-8"), Checked)
    assert not repeated, sorted(set(repeated))


def test_states_agents_and_people(pipeline):
    assert _coded(pipeline, "Israeli forces attacked Hezbollah.") == [
        ("ASSAULT", "Israel Defense Forces", "ISRMIL", "Hezbollah")]
    assert _coded(pipeline, "Egypt's foreign ministry condemned Israel.") == [
        ("ACCUSE", "Egypt", "EGYGOV", "Israel")]
    assert _coded(pipeline, "Prime Minister Benjamin Netanyahu met Blinken in Jerusalem.") == [
        ("CONSULT", "Benjamin Netanyahu", "ISRGOV", "Antony Blinken")]


def test_places_after_in_are_not_targets(pipeline):
    assert _coded(pipeline, "Blinken met Netanyahu in Jerusalem.")[0][3] == "Benjamin Netanyahu"
    assert _coded(pipeline, "Blinken held talks in Cairo.")[0][3] is None


def test_pronouns_refer_back(pipeline):
    events = pipeline.ingest("Hamas rejected the plan. It accused Israel of new demands.", DAY).events
    assert [(e.event_type, e.source) for e in events] == [("REJECT", "Hamas"), ("ACCUSE", "Hamas")]


def test_no_event_without_an_actor(pipeline):
    assert pipeline.ingest("Talks are expected to resume in Cairo next week.", DAY).events == ()
    assert pipeline.ingest("A man was killed in a strike on Tuesday.", DAY).events == ()


SCENARIO = """
id: mini
parties:
  - {id: israel, name: Israel, aliases: [Israeli government, IDF]}
  - {id: hamas, name: Hamas, aliases: [Islamic Resistance Movement]}
  - {id: us, name: United States, role: mediator, aliases: [Washington]}
issues:
  - id: corridor
    keywords: [border strip]
    options: [{id: stay}, {id: leave}]
preferences:
  - {party: israel, weights: {corridor: 1.0}, values: {corridor: {stay: 1.0, leave: 0.0}}}
  - {party: hamas, weights: {corridor: 1.0}, values: {corridor: {stay: 0.0, leave: 1.0}}}
"""


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    from truce.io.scenario_file import load_scenario

    path = tmp_path_factory.mktemp("scenario") / "mini.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    return load_scenario(path)


def test_scenario_links_parties_and_issues(scenario):
    from truce.news.pipeline import NewsPipeline

    pipe = NewsPipeline(scenario=scenario)
    text = ("The Islamic Resistance Movement accused Netanyahu of blocking a deal on the border strip. "
            "Blinken urged Hamas to agree.")
    analysis = pipe.ingest(text, DAY)
    first = analysis.events[0]
    assert first.source == "Hamas" and first.source_party == "hamas"
    assert first.target == "Benjamin Netanyahu" and first.target_party == "israel"  # via his country
    assert "corridor" in (first.issue, *first.other_issues)
    assert analysis.events[1].source_party == "us"


def test_timeline_update_is_a_valid_new_scenario(scenario):
    from truce.news.pipeline import NewsPipeline
    from truce.news.timeline import append_to_timeline

    pipe = NewsPipeline(scenario=scenario)
    analysis = pipe.ingest("Hamas accused Israel on Friday of new demands on the border strip.", DAY)
    updated = append_to_timeline(scenario, [(analysis, "test article")])
    assert len(updated.timeline) == 1
    event = updated.timeline[0]
    assert event.date == dt.date(2024, 8, 16)
    assert event.parties == ("hamas", "israel") and event.issues == ("corridor",)
    assert event.event_type == "ACCUSE" and event.source_actor == "hamas"
    again = append_to_timeline(updated, [(analysis, "test article")])
    assert len(again.timeline) == 1  # duplicates are skipped
    assert scenario.timeline == ()  # the input is unchanged
