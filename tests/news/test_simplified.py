"""A sentence that codes nothing is parsed again with its people written by name alone (no title, no
description in apposition), or with an opening participle the tagger read as a name in lower case: the
rewriting, the mapping back to the article's characters, and coding through it, with the sides
swapped."""

from __future__ import annotations

import datetime as dt

import pytest

IN_2024 = dt.date(2024, 8, 20)


@pytest.mark.parametrize(("state", "leader"), [("Armenia", "Prime Minister Nikol Pashinyan"),
                                               ("Azerbaijan", "President Ilham Aliyev")])
def test_titled_and_described_names_parsed_alone(coded, state: str, leader: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{leader} informed Secretary of State Antony Blinken that {state} would not leave the "
                 "border zone.", IN_2024) == [("REJECT", state, None)]
    assert coded(f"On Sunday Antony Blinken, the top diplomat of the United States, conferred in Vienna with "
                 f"{state}'s officials.", IN_2024) == [("CONSULT", "Antony Blinken", state)]


def test_the_rewriting_maps_back_to_the_original_characters(pipeline) -> None:  # type: ignore[no-untyped-def]
    from truce.news.coder import code_sentence
    from truce.news.mentions import Discourse
    from truce.news.simplified import names_alone, original_spans

    text = "Prime Minister Benjamin Netanyahu met Antony Blinken, the top U.S. diplomat, in Jerusalem."
    doc = pipeline.nlp(text)
    _, found = code_sentence(doc[:], pipeline.lexicon, pipeline.finder, Discourse(), IN_2024)
    rewritten, pieces = names_alone(doc, found)
    assert rewritten == "Benjamin Netanyahu met Antony Blinken in Jerusalem."
    spans = original_spans(pipeline.nlp(rewritten), pieces, 100)
    assert [text[s - 100:e - 100] for s, e in spans] == [
        "Prime Minister Benjamin Netanyahu", "Prime Minister Benjamin Netanyahu", "met", "Antony", "Blinken",
        "in", "Jerusalem", "."]
    plain = pipeline.nlp("Netanyahu met Blinken in Jerusalem.")
    assert names_alone(plain, code_sentence(plain[:], pipeline.lexicon, pipeline.finder, Discourse(),
                                            IN_2024)[1]) is None


@pytest.mark.parametrize(("state", "other", "leader"), [("Armenia", "Azerbaijan", "Nikol Pashinyan"),
                                                        ("Azerbaijan", "Armenia", "Ilham Aliyev")])
def test_an_opening_participle_read_as_a_name(coded, state: str, other: str, leader: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"Dismissing {other}'s reply on Tuesday, {leader} said it fell well short of what {state} "
                 "needed.", IN_2024) == [("REJECT", leader, other)]


def test_only_participles_of_the_dictionary_are_lowered(pipeline) -> None:  # type: ignore[no-untyped-def]
    from truce.news.simplified import participle_lowered

    verbs = pipeline.lexicon.verbs
    doc = pipeline.nlp("Dismissing Armenia's reply on Tuesday, Ilham Aliyev said it fell well short.")
    assert doc[0].tag_ == "NNP"  # the tagger's reading this rule mends
    assert participle_lowered(doc, {}, verbs)[0] == doc.text[0].lower() + doc.text[1:]
    assert participle_lowered(pipeline.nlp("Beijing said it opposed the sanctions."), {}, verbs) is None
