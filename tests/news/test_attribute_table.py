"""The attribute table against spaCy's own attribute ruler and lemmatiser, token by token.

The reference is the ruler and lemmatiser the model ships: both run on
copies of the same parsed documents (tagger and parser output, before the
rules), and every token must come out with the same part of speech,
morphology, tag, dependency label and lemma on every sentence of the blind
gold sets, on sentences that reach the two-token rules and whitespace
tokens, and on random word sequences.  Each document is annotated twice by
the same table, so that lemmas kept from a first sight are checked too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from truce.io.news_gold import load_sentence_gold
from truce.news.attribute_table import ATTRIBUTE_TABLE, AttributeTable, tabulable

BLIND = Path(__file__).parent / "data" / "blind"
RULE_CASES = [  # each reaches a rule of two tokens, a dependency rule or a space rule
    "There is no deal yet, and there were no talks.",
    "We're gon na talk, they said, and we got ta hurry.",
    "Let's meet in Cairo.  Y'all know that.",
    "He ai n't coming and she ain't either.",
    "Hamas  said\nthe talks\tresumed, but I did not go; you did it and it did.",
    "That is what we need, not this.",
    "Do you have it? I have.",
]
WORDS = ["there", "is", "are", "gon", "na", "got", "ta", "let", "'s", "y'", "all", "ai", "n't", "i", "you",
         "it", "do", "did", "have", "that", "this", "but", "Hamas", "Israel", "talks", "met", "said",
         "the", "a", "to", "of", "nothin'", "c'm", "on", " ", ",", "."]


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    import spacy

    from truce.news.pipeline import MODEL

    nlp = spacy.load(MODEL, exclude=["ner", "senter"])
    lemmatizer = nlp.get_pipe("lemmatizer")
    return nlp, AttributeTable(nlp.vocab, nlp.get_pipe("attribute_ruler").patterns,
                               lambda token: lemmatizer.lemmatize(token)[0])


def _annotations(doc) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.dep_, t.lemma_) for t in doc]


def _compare(model, texts: list[str]) -> int:  # type: ignore[no-untyped-def]
    """Tokens compared; asserts that ruler and table agree on each."""
    nlp, table = model
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        parsed = list(nlp.pipe(texts))
    tokens = 0
    for doc in parsed:
        expected = _annotations(lemmatizer(ruler(doc.copy())))
        for _ in range(2):
            assert _annotations(table(doc.copy())) == expected, doc.text
        tokens += len(doc)
    return tokens


def test_the_model_rules_are_tabulable(model) -> None:  # type: ignore[no-untyped-def]
    nlp, _ = model
    assert tabulable(nlp.get_pipe("attribute_ruler").patterns)


def test_same_as_spacy_ruler_on_every_blind_sentence(model) -> None:  # type: ignore[no-untyped-def]
    texts = sorted({s.text for path in sorted(BLIND.glob("*.yaml")) for s in load_sentence_gold(path)})
    assert len(texts) > 4_000
    assert _compare(model, texts) > 80_000


def test_same_as_spacy_ruler_on_two_token_and_space_rules(model) -> None:  # type: ignore[no-untyped-def]
    _compare(model, RULE_CASES)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_same_as_spacy_ruler_on_random_word_sequences(model, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    _compare(model, [" ".join(words)])


def test_patterns_outside_the_table_keep_the_ruler() -> None:
    assert tabulable([{"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["talk"]}}]], "attrs": {"POS": "NOUN"}}])
    assert not tabulable([{"patterns": [[{"LOWER": "talk", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    assert not tabulable([{"patterns": [[{"ORTH": "Talk"}]], "attrs": {"POS": "NOUN"}}])
    assert not tabulable([{"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {"POS": "NOUN"}}])


def test_the_parse_pipeline_runs_the_table(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ATTRIBUTE_TABLE in pipeline.nlp.pipe_names
    assert not {"attribute_ruler", "lemmatizer"} & set(pipeline.nlp.pipe_names)
