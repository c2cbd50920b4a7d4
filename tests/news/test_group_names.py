"""Groups of people are named as groups, not as their state; states by their names.

Annotation rule 6 keeps populations and groups apart from states: "Kenyan protesters" are no act of
Kenya's, "Syrian rebels" fight Syria's government.  A group an agent noun stands for is named by the
noun and the modifiers that say what kind of group it is.  Every case runs with the labels swapped.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 6, 3)


def _coded(pipeline, text: str) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.source, e.target) for e in pipeline.ingest(text, DAY).events]


@pytest.mark.parametrize(("demonym", "state"), [("Kenyan", "Kenya"), ("Ugandan", "Uganda")])
def test_a_states_people_are_no_state(pipeline, demonym: str, state: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{demonym} protesters marched on parliament on Tuesday.")
    assert [(kind, source) for kind, source, _ in coded] == [("PROTEST", f"{demonym} protesters")]
    event = pipeline.ingest(f"{demonym} rebels agreed to a cease-fire on Tuesday.", DAY).events[0]
    assert (event.source, event.source_code[:3]) == (f"{demonym} rebels", pipeline.ingest(
        f"{state} agreed to a cease-fire on Tuesday.", DAY).events[0].source_code[:3])
    # a state's own bodies stay the state (rule 6)
    assert _coded(pipeline, f"{demonym} troops withdrew from the border town on Monday.")[0][1] == state


@pytest.mark.parametrize("group", ["Pro-Russian fighters", "Pro-Western fighters"])
def test_a_group_is_named_by_what_kind_of_group_it_is(pipeline, group: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{group} seized the rail hub on Wednesday.")[0][1] == group
    text = f"Two other suspected {group.lower()} seized the rail hub on Wednesday."
    assert _coded(pipeline, text)[0][1] == group[:1].upper() + group[1:].lower()


@pytest.mark.parametrize(("demonym", "state"), [("Sri Lankan", "Sri Lanka"), ("North Korean", "North Korea")])
def test_a_state_is_named_by_its_name_not_its_demonym(pipeline, demonym: str, state: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"The {demonym} government and the rebels signed a cease-fire on Friday.")
    assert coded[0][0] == "AGREE" and state in coded[0][1]


@pytest.mark.parametrize(("demonym", "state"), [("Thai", "Thailand"), ("Nepali", "Nepal")])
def test_people_of_the_speaker_freed_by_no_one_named(pipeline, demonym: str, state: str) -> None:  # type: ignore[no-untyped-def]
    """An agentless release of the speaker's own people is no act of the speaker's."""
    text = f"Twenty {demonym} farm workers had been released by Friday, the {demonym} foreign ministry said."
    assert _coded(pipeline, text) == []


@pytest.mark.parametrize(("demonym", "state"), [
    ("Serb", "Serbia"), ("Nepali", "Nepal"), ("Kazakh", "Kazakhstan"),
    ("Bosnian Serb", "Bosnia and Herzegovina")])
def test_demonyms_the_dictionary_lacks(pipeline, demonym: str, state: str) -> None:  # type: ignore[no-untyped-def]
    """Demonyms of ``additions.yaml`` name their state's record ("Bosnian Serb": Bosnia's, not Serbia's)."""
    assert _coded(pipeline, f"{demonym} troops withdrew from the border town on Monday.")[0][1] == state


@pytest.mark.parametrize("group", ["separatists", "guerrillas"])
def test_they_of_what_a_group_says_is_the_group(pipeline, group: str) -> None:  # type: ignore[no-untyped-def]
    text = f"The {group} said on Tuesday they had withdrawn heavy artillery from the front line."
    assert _coded(pipeline, text) == [("RETREAT", group.capitalize(), None)]


@pytest.mark.parametrize(("a", "b", "state"), [("Burundian", "Rwandan", "Rwanda"),
                                               ("Rwandan", "Burundian", "Burundi")])
def test_the_sides_named_by_collective_nouns(pipeline, a: str, b: str, state: str) -> None:  # type: ignore[no-untyped-def]
    """Parties, factions and movements are sides; "all parties" is no one in particular (rule 5)."""
    assert _coded(pipeline, f"Nineteen {a} parties signed a peace accord on Monday.") == \
        [("AGREE", f"{a} parties", None)]
    coded = _coded(pipeline, f"The {b} government and two {a} rebel movements agreed on a cease-fire.")
    assert coded == [("AGREE", (state, f"{a} rebel movements"), None)]
    assert _coded(pipeline, "All parties signed a peace accord on Monday.") == []
    assert _coded(pipeline, f"{a} factions including Hamas and Fatah signed a declaration.") == \
        [("AGREE", ("Hamas", "Fatah"), None)]


@pytest.mark.parametrize("region", ["Latin American", "South American", "Central American"])
def test_a_regions_states_are_no_state(pipeline, region: str) -> None:  # type: ignore[no-untyped-def]
    """"Latin American countries" are not the United States: a region's adjective names no state."""
    coded = _coded(pipeline, f"Venezuela expelled the diplomats of seven {region} countries on Monday.")
    assert coded == [("SANCTION", "Venezuela", None)]
    assert _coded(pipeline, "More than twenty countries expelled Russian diplomats on Monday.") == \
        [("SANCTION", "Countries", "Russia")]


@pytest.mark.parametrize(("rank", "name"), [
    ("General", "Konstantin Pulikovsky"), ("Cardinal", "Matteo Zuppi"), ("Colonel", "Assimi Goita")])
def test_a_rank_or_honorific_is_no_part_of_a_name(pipeline, rank: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{rank} {name} met Yuri Ushakov in Moscow on Thursday.") == \
        [("CONSULT", name, "Yuri Ushakov")]
    body = _coded(pipeline, "The General Assembly condemned the attack on Thursday.")
    assert body[0][1] == "General Assembly"
