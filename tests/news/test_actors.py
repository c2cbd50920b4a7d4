"""Actor mentions, the EntityRuler dictionary and links to scenario parties."""

from __future__ import annotations

import datetime as dt

import pytest

from truce.news.dictionary import ActorDictionary

DAY = dt.date(2024, 8, 19)


def _mentions(pipeline, text):
    return [(m.text, m.canonical, m.mention_type) for m in pipeline.ingest(text, DAY).actor_mentions]


def test_shipped_dictionary_has_the_gold_canonical_names():
    names = {a.canonical for a in ActorDictionary.shipped().actors}
    for name in ("United States", "Antony Blinken", "Hamas", "Israel", "Isaac Herzog", "Benjamin Netanyahu",
                 "Yoav Gallant", "Egypt", "Qatar", "Iran", "Palestinians", "Israelis", "Joe Biden",
                 "William Burns", "Mohammed bin Abdulrahman Al Thani", "Abdel Fattah al-Sisi",
                 "European Union", "Jordan", "United Arab Emirates", "Turkey", "Hezbollah",
                 "Israel Defense Forces", "Itamar Ben-Gvir", "Ismail Haniyeh", "United Nations",
                 "Hostages' families", "Israeli settlers", "Palestinian prisoners' commission"):
        assert name in names
    for actor in ActorDictionary.shipped().actors:
        assert actor.type in {"state", "person", "organisation", "armed_group", "population", "international"}


def test_titles_join_names(pipeline):
    assert _mentions(pipeline, "Egyptian intelligence chief Abbas Kamel met CIA Director William Burns.") == [
        ("Egyptian intelligence chief Abbas Kamel", "Abbas Kamel", "title_name"),
        ("CIA Director William Burns", "William Burns", "title_name"),
    ]


def test_places_after_in_are_locations(pipeline):
    found = _mentions(pipeline, "Talks in Cairo resumed as Egypt hosted the Gaza-Egypt border talks.")
    assert found == [("Egypt", "Egypt", "name")]


def test_demonyms_need_a_head_or_a_coordinated_name(pipeline):
    found = _mentions(pipeline, "Israeli troops and Palestinian prisoners; the Israeli and Hamas positions.")
    assert found == [("Israeli troops", "Israel Defense Forces", "name"), ("Israeli", "Israel", "demonym"),
                     ("Hamas", "Hamas", "name")]


def test_pronouns_and_both_sides(pipeline):
    text = "Hamas accused Israel. Blinken said both sides must move. He said it was time."
    found = _mentions(pipeline, text)
    assert ("both sides", ("Hamas", "Israel"), "nominal") in found or \
        ("both sides", ("Israel", "Hamas"), "nominal") in found
    assert ("He", "Antony Blinken", "pronoun") in found
    assert not any(m[0] == "it" for m in found)  # "it was time" is not an actor


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
