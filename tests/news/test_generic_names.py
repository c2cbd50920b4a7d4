"""Generic words never stand for a named actor, on sentences of their own (none from a gold set), in
several conflicts and wordings, with label swaps:

- a generic agent noun alone (*army*, *police*, *party*, *front*), also capitalised at the start of
  a sentence (*Army officers seized power*), resolves to no named group whose dictionary name merely
  ends in it (the Sudan People's Liberation Army, the Kurdish Democratic Union Party): unnamed army
  officers are no named actor;
- a multi-word name is found as a whole or by its distinctive words, never by a generic word it
  shares with another name: *the State of Palestine* is Palestine (its distinctive word), not Islamic
  State; *the Republic of Chile* is Chile;
- a function word or a calendar noun written with a capital (*Some 30 hostages*, *New Year's Day*)
  is no surname of an office holder;
- the named groups and office holders themselves are still found by their names.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 8, 19)


def _coded(pipeline, text: str) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.source, e.target) for e in pipeline.ingest(text, DAY).events]


def _actors(pipeline, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    out: set[str] = set()
    for e in pipeline.ingest(text, DAY).events:
        for side in (e.source, e.target):
            out |= {side} if isinstance(side, str) else set(side or ())
    return out


@pytest.mark.parametrize("text", [
    "Army officers seized power in Niger on Wednesday.",
    "Army officers detained the president in Libreville.",
    "Army commanders attacked the rebel camp near Goma.",
    "Party officials rejected the budget in Nairobi.",
    "Front commanders attacked the town on Sunday.",
    "State security forces attacked the protesters in Tehran.",
    "Union leaders accepted the wage offer.",
])
def test_a_generic_word_alone_names_no_group_ending_in_it(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    named = {"Sudan People's Liberation Army", "Kurdish Democratic Union Party", "Islamic Front",
             "Islamic State", "Sudan Peoples Liberation Movement"}
    assert not _actors(pipeline, text) & named


@pytest.mark.parametrize(("a", "b"), [("Iran", "Egypt"), ("Egypt", "Iran")])
@pytest.mark.parametrize("opening", ["State media reported", "State television said", "Party officials said"])
def test_a_capitalised_generic_word_is_no_source(pipeline, a: str, b: str, opening: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: the reported act is the named state's, whichever it is."""
    assert _coded(pipeline, f"{opening} that {a} had rejected the proposal from {b}.") == [("REJECT", a, b)]


@pytest.mark.parametrize(("a", "b"), [("Brazil", "Palestine"), ("Mexico", "Palestine"), ("Chile", "Kosovo")])
@pytest.mark.parametrize("kind", ["State", "Republic"])
def test_a_state_named_by_its_formal_name_is_that_state(pipeline, a: str, b: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{a} recognised the {kind} of {b} on Friday.") == [("SUPPORT", a, b)]


@pytest.mark.parametrize(("a", "b"), [("Palestine", "Chile"), ("Chile", "Palestine")])
def test_a_formal_name_as_subject_is_the_state(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: either state, named formally, thanks the other."""
    assert _coded(pipeline, f"The State of {a} praised {b} on Friday.") == [("SUPPORT", a, b)]


@pytest.mark.parametrize("text", [
    "Some 30 of the hostages held by Hamas are thought to be alive.",
    "A magnitude 7.5 earthquake struck Japan on New Year's Day.",
    "\"I know some will not agree,\" Biden said.",
])
def test_a_function_word_or_a_day_is_no_surname(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _actors(pipeline, text) & {"Maxime Some", "Stockwell Day", "Juan Carlos I"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Islamic State fighters attacked a checkpoint in Syria.", [("ASSAULT", "Islamic State", None)]),
    ("The Sudan People's Liberation Army attacked the town.",
     [("ASSAULT", "Sudan People's Liberation Army", None)]),
    ("Modi praised Japan on Friday.", [("SUPPORT", "Narendra Modi", "Japan")]),
])
def test_names_are_still_found_by_their_names(pipeline, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, text) == expected
