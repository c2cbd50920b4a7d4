"""Named groups and bodies the actor dictionary lacks, and names with particles, on sentences of their
own (none from a gold set), with label swaps:

- a run of capitalised words that ends in, or is headed before *of* by, a word that ends the names of
  groups and bodies (*Front*, *Movements*, *Army*, *Government of*, *Coordination of*) is an actor of
  that name, a demonym opening it included ("the Libyan National Army"); a body of an actor the
  dictionary has ("the U.N. General Assembly") is left to that actor, and a run without such a word
  ("Christmas Day") is none;
- a first name followed by a name particle (*al-*, *bin*, *von*, *de*) is no surname alone: "Omar
  al-Bashir" is not an office holder named Omar;
- a person with a title is named as written ("Omar al-Bashir", not "al - Bashir").
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2015, 6, 20)


def _coded(pipeline, text: str, day: dt.date = DAY) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.source, e.target) for e in pipeline.ingest(text, day).events]


@pytest.mark.parametrize(("group", "state"), [("Coordination of Azawad Movements", "Mali"),
                                              ("Front for Change and Concord in Chad", "Chad"),
                                              ("Union of Forces for Democracy and Development", "Chad")])
def test_an_unlisted_group_is_an_actor_of_its_name(pipeline, group: str, state: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"The {group} signed a peace deal with {state} in Algiers on Saturday.")
    assert [(kind, source) for kind, source, _ in coded] == [("AGREE", group)]


@pytest.mark.parametrize(("a", "b"), [("Government of National Accord", "Libyan National Army"),
                                      ("Libyan National Army", "Government of National Accord")])
def test_two_unlisted_bodies_and_a_demonym_opening_one(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"The {a} and the {b} signed a permanent cease-fire in Geneva on Friday.")
    assert [(kind, source) for kind, source, _ in coded] == [("AGREE", (a, b))]


def test_a_body_of_a_listed_actor_is_left_to_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "The U.N. General Assembly condemned Russia's annexation of four regions.")
    assert [(kind, source) for kind, source, _ in coded] == [("ACCUSE", "United Nations")]


def test_a_run_without_a_body_word_is_no_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "Russia launched a massive attack on Ukraine's energy grid on Christmas Day.")
    assert [(kind, source) for kind, source, _ in coded] == [("ASSAULT", "Russia")]


@pytest.mark.parametrize("president", ["Idriss Deby", "Abdoulaye Wade"])
def test_a_name_particle_continues_a_name(pipeline, president: str) -> None:  # type: ignore[no-untyped-def]
    """"Omar al-Bashir" is one man, not an office holder named Omar beside one named al-Bashir."""
    text = f"{president} and Sudan's Omar al-Bashir signed an accord in Dakar."
    coded = _coded(pipeline, text, dt.date(2008, 3, 13))
    assert len(coded) == 1 and coded[0][0] == "AGREE" and len(coded[0][1]) == 2
    assert not any("Noh Omar" in source for _, source, _ in coded)


@pytest.mark.parametrize("accord", ["the Good Friday Accord", "the Paris Climate Accord"])
def test_an_agreement_named_accord_is_no_actor(pipeline, accord: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"Serbia rejected {accord} on Monday.")
    assert [(kind, source) for kind, source, _ in coded] == [("REJECT", "Serbia")]
    assert not any("Accord" in str(target) for _, _, target in coded)
