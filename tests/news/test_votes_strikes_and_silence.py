"""The thirty-first round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: "voted no" rejects also when the parser makes "no" an adverb; calling workers out on strike is
a strike; declining to comment or to say anything is no stance taken; generic receivers of a reply are
no target; a name the parser hung on the noun after its verb ("played host") is the verb's subject; one
who is opposed opposes; an answer ("no") hung on a preposition is the verb's."""

from __future__ import annotations


def test_voting_no_on_a_plan(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} voted no on the plan at Thursday's cabinet session.", pair) == \
        [("REJECT", pair["PA"], None)]


def test_calling_workers_out_on_strike(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{a} unions called workers out on a general strike on Monday.", pair) == \
        [("PROTEST", f"{pair['a']} unions", None)]


def test_declining_to_say_anything(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} declined to say anything about the killing of the commander.", pair) == []
    assert coded_sides("{A} refused to accept the deal.", pair) == [("REJECT", pair["A"], None)]


def test_generic_receivers_are_no_target(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """Generic addressees name no one (annotation rule 5), receivers of a reply too."""
    assert coded_sides("The mediators received the response of {A} on Tuesday.", pair) == \
        [("CONSULT", pair["A"], None)]


def test_a_name_the_parser_hung_on_the_noun_after_its_verb(repaired, pair) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "{PA} played host to {PB}": "played" a modifier of "host", the name a
    compound of it; the verb is the root and the name its subject."""
    last = pair["PA"].split()[-1]
    doc = repaired(f"""
        {last} NNP PROPN compound 2 {last}
        played VBD VERB amod 2 play
        host NN NOUN ROOT 2 host
        to IN ADP prep 2 to
        {pair["PB"].split()[-1]} NNP PROPN pobj 3 {pair["PB"].split()[-1]}""")
    assert [(t.dep_, t.head.i) for t in doc] == [("nsubj", 1), ("ROOT", 1), ("dobj", 1), ("prep", 2),
                                                 ("pobj", 3)]


def test_one_who_is_opposed_opposes(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} was opposed to the maps during Thursday's cabinet vote.", pair) == \
        [("REJECT", pair["PA"], None)]
    assert coded_sides("The plan was opposed by {A}.", pair) == [("REJECT", pair["A"], None)]


def test_an_answer_hung_on_a_preposition(repaired, pair) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "{A} said no to the towers": "no" an interjection of "to"."""
    doc = repaired(f"""
        {pair["A"]} NNP PROPN nsubj 1 {pair["A"]}
        said VBD VERB ROOT 1 say
        no UH INTJ intj 3 no
        to IN ADP prep 1 to
        the DT DET det 5 the
        towers NNS NOUN pobj 3 tower""")
    assert (doc[2].dep_, doc[2].head.i) == ("intj", 1)
