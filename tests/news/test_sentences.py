"""Sentence splitting: quotes, abbreviations, titles, paragraphs."""

from __future__ import annotations

from truce.news.sentences import split_sentences


def _texts(text):
    return [s.text for s in split_sentences(text)]


def test_abbreviations_and_titles_do_not_split():
    text = "Gen. Herzi Halevi met Mr. Burns in the U.S. capital on Aug. 16. Talks went on."
    assert _texts(text) == ["Gen. Herzi Halevi met Mr. Burns in the U.S. capital on Aug. 16.",
                            "Talks went on."]


def test_us_can_end_a_sentence():
    expected = ["Hamas blamed the U.S.", "The talks stalled."]
    assert _texts("Hamas blamed the U.S. The talks stalled.") == expected


def test_quotes_stay_with_their_sentence():
    text = '"We will not leave," Netanyahu said. "Never." Hamas replied: "Why?" he asked.'
    assert _texts(text) == ['"We will not leave," Netanyahu said.', '"Never."',
                            'Hamas replied: "Why?" he asked.']


def test_typographic_quotes_and_paragraphs():
    text = "Blinken said “the deal is close.”\n\nEgypt agreed\n\nQatar too."
    assert _texts(text) == ["Blinken said “the deal is close.”", "Egypt agreed", "Qatar too."]


def test_offsets_index_the_input():
    text = "  First one.  Second one!\nThird?  "
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
    assert [s.index for s in split_sentences(text)] == [0, 1, 2]
