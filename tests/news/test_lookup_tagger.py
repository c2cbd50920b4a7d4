"""The lookup tagger: parts of speech and lemmas without a statistical model.

Reference values are English grammar written down by hand; the statistical
tagger of the packaged spaCy model is the independent reference on whole
development sentences (it is not the code under test, and it errs too, so
the test asks for broad agreement, not identity).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from truce.news.lookup_tagger import LookupTagger
from truce.news.word_classes import WordClasses, english_classes

DATA = Path(__file__).parent / "data"
RULES = {  # Morphy's detachment rules, as WordNet states them
    "noun": [["s", ""], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"],
             ["men", "man"], ["ies", "y"]],
    "verb": [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""], ["ed", "e"], ["ed", ""], ["ing", "e"],
             ["ing", ""]],
}


@pytest.fixture(scope="module")
def tagger() -> LookupTagger:
    from truce.news.pipeline import load_model

    return load_model("window").get_pipe("truce_lookup_tagger")


def tag(tagger: LookupTagger, sentence: str) -> dict[str, tuple[str, str]]:
    """Word -> (Penn tag, lemma), for sentences whose words are all different."""
    words = sentence.replace(".", " .").replace(",", " ,").split()
    return {w: (t, lemma) for w, (t, _, lemma) in zip(words, tagger.tag_words(words), strict=True)}


def test_toy_dictionary_lemmas() -> None:
    index = {"verb": ["accuse", "carry", "talk", "agree", "seed", "see"], "noun": ["talk", "talks"]}
    exceptions = {"verb": {"met": ["meet"], "fled": ["flee"]}}
    classes = WordClasses(index, exceptions, RULES, extra_verbs=["redeploy"])
    assert classes.lemma("accused", "verb") == ("accuse", "ed")
    assert classes.lemma("carries", "verb") == ("carry", "ies")
    assert classes.lemma("carrying", "verb") == ("carry", "ing")
    assert classes.lemma("agreed", "verb") == ("agree", "ed")
    assert classes.lemma("met", "verb") == ("meet", "ed")  # an exception, not a rule
    assert classes.lemma("seed", "verb") == ("seed", "")  # a verb of its own before "see" + "ed"
    assert classes.lemma("talks", "noun") == ("talk", "s")  # a plural before the listed "talks"
    assert classes.lemma("redeploy", "verb") == ("redeploy", "")
    assert classes.lemma("redeployed", "verb") is None
    assert classes.lemma("table", "verb") is None
    word = classes.word("talks")
    assert word.verb == ("talk", "VBZ") and word.noun == "talk"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hamas accused Israel of blocking aid convoys.",
         {"accused": ("VBD", "accuse"), "blocking": ("VBG", "block"), "convoys": ("NNS", "convoy")}),
        ("Israel closed the Rafah crossing on Tuesday.",
         {"closed": ("VBD", "close"), "crossing": ("NN", "crossing")}),
        ("The Houthi attack on the tanker was condemned by Saudi Arabia.",
         {"attack": ("NN", "attack"), "was": ("VBD", "be"), "condemned": ("VBN", "condemn")}),
        ("Fighting raged in northern Gaza.", {"Fighting": ("NN", "fighting"), "raged": ("VBD", "rage")}),
        ("Peace talks resumed in Cairo.", {"talks": ("NNS", "talk"), "resumed": ("VBD", "resume")}),
        ("Hamas demands guarantees.", {"demands": ("VBZ", "demand"), "guarantees": ("NNS", "guarantee")}),
        ("An explosion hit a market in Khartoum.", {"hit": ("VBD", "hit")}),
        ("The visit was cut short.", {"visit": ("NN", "visit"), "cut": ("VBN", "cut")}),
        ("Egypt urged Hamas to accept the proposed deal.",
         {"urged": ("VBD", "urge"), "accept": ("VB", "accept"), "proposed": ("JJ", "proposed")}),
        ("If the talks stall, Qatar could suspend its mediation.",
         {"stall": ("VBP", "stall"), "could": ("MD", "could"), "suspend": ("VB", "suspend")}),
        ("He later met envoys who fled the city.",
         {"later": ("RB", "later"), "met": ("VBD", "meet"), "fled": ("VBD", "flee")}),
        ("Blinken said that talks would resume.", {"talks": ("NNS", "talk"), "resume": ("VB", "resume")}),
        ("Egypt had talks with Israel.", {"had": ("VBD", "have")}),
    ],
)
def test_reference_sentences(tagger, sentence, expected):
    got = tag(tagger, sentence)
    assert {w: got[w] for w in expected} == expected


def test_auxiliary_and_main_verb_have(tagger):
    words = "Israel has rejected the plan and had talks with Egypt .".split()
    pos = {w: p for w, (_, p, _) in zip(words, tagger.tag_words(words), strict=True)}
    assert (pos["has"], pos["had"]) == ("AUX", "VERB")


def test_possessive_and_contraction(tagger):
    assert tagger.tag_words(["Israel", "'s", "army"])[1][0] == "POS"
    assert tagger.tag_words(["it", "'s", "over"])[1][:2] == ("VBZ", "AUX")


def test_function_words_are_strings():
    classes = english_classes()
    assert {"on", "off", "no"} <= set(classes.function)  # YAML would read them as booleans unquoted
    assert classes.function["on"].tag == "IN" and classes.function["to"].tag == "TO"
    assert "hit" in classes.unchanged_past


WORDS = ["Hamas", "Israel", "accused", "talks", "the", "attack", "on", "will", "not", "to", "meet",
         "Egypt", ",", "and", "crossing", "its", "forces", "demands", "was", "hit", "."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_every_word_gets_one_analysis(tagger, words):
    tagged = tagger.tag_words(words)
    assert len(tagged) == len(words)
    function = english_classes().function
    for k, (word, (penn, pos, lemma)) in enumerate(zip(words, tagged, strict=True)):
        assert penn and pos and lemma
        if word in ("the", "on", "to", "will"):  # context never changes a plain function word
            assert (penn, pos) == (function[word].tag, function[word].pos)
        if word in ("Hamas", "Egypt") and k > 0:  # a capitalised name inside the sentence
            assert (penn, pos, lemma) == ("NNP", "PROPN", word)
        if word in (",", "."):
            assert pos == "PUNCT"


def test_tagging_ignores_which_name_stands_where(tagger):
    """Swapping two names changes nothing else (the tagger has no view on who acts)."""
    a = "Hamas accused Israel of attacking the crossing and demands talks .".split()
    b = [{"Hamas": "Israel", "Israel": "Hamas"}.get(w, w) for w in a]
    assert [t[:2] for t in tagger.tag_words(a)][1:] == [t[:2] for t in tagger.tag_words(b)][1:]


def test_agrees_with_the_statistical_tagger_on_development_sentences(tagger):
    """On the development sentences, which words are verbs of the CAMEO dictionary (and their lemmas)
    agree with spaCy's statistical tagger for at least 93 % of the words either marks."""
    import spacy

    from truce.news.lexicon import Lexicon
    from truce.news.pipeline import MODEL

    texts = [text for name in ("varied_events.yaml", "dev_patterns.yaml", "dev_paraphrases.yaml")
             for item in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
             for text in item.get("paraphrases") or [item["text"]]]
    statistical = spacy.load(MODEL, exclude=["parser", "ner", "senter"])
    verbs = Lexicon.shipped().verbs
    marked = agreed = 0
    for doc in statistical.pipe(texts):
        for token, (penn, pos, lemma) in zip(doc, tagger.tag_words([t.text for t in doc]), strict=True):
            theirs = token.tag_.startswith("VB") and token.pos_ != "AUX" and token.lemma_.lower() in verbs
            ours = penn.startswith("VB") and pos != "AUX" and lemma.lower() in verbs
            if theirs or ours:
                marked += 1
                agreed += theirs == ours and token.lemma_.lower() == lemma.lower()
    assert marked > 300
    assert agreed / marked >= 0.93, (agreed, marked)


def test_factory_needs_the_lemmatizer_tables():
    import spacy

    from truce.news.lookup_tagger import LOOKUP_TAGGER

    with pytest.raises(ValueError, match="lemmatizer"):
        spacy.blank("en").add_pipe(LOOKUP_TAGGER)
