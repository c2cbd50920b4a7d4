"""The thirty-fourth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: an aside with an auxiliary read as the main clause; an auxiliary parted from its participle by
an adverbial; the one avenged is no target of a vow; a coordinated verb shares the patient of the verb
before it; participants named among whom, or as those attending; stopping insisting drops a demand;
officials representing a state stand for it."""

from __future__ import annotations


def test_an_aside_with_an_auxiliary(repaired, pair) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "{A}, {B} has charged, has brought in demands": "charged" the main verb
    with two subjects, the content verb its conjunct."""
    doc = repaired(f"""
        {pair["A"]} NNP PROPN nsubj 4 {pair["A"]}
        , , PUNCT punct 4 ,
        {pair["B"]} NNP PROPN nsubj 4 {pair["B"]}
        has VBZ AUX aux 4 have
        charged VBN VERB ROOT 4 charge
        , , PUNCT punct 4 ,
        has VBZ AUX aux 7 have
        brought VBN VERB conj 4 bring
        demands NNS NOUN dobj 7 demand
        . . PUNCT punct 4 .""", frozenset({"say"}))
    assert [(doc[i].dep_, doc[i].head.i) for i in (0, 2, 4, 7)] == \
        [("nsubj", 7), ("nsubj", 4), ("parataxis", 7), ("ROOT", 7)]


def test_an_auxiliary_parted_from_its_participle(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    sentence = "{PA} told reporters that {A} had on Sunday rebuffed {B}'s latest conditions."
    assert coded_sides(sentence, pair) == [("REJECT", pair["A"], pair["B"])]


def test_the_one_avenged_is_no_target(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} vowed that {PB}'s death would be avenged.", pair) == \
        [("THREATEN", pair["PA"], None)]


def test_a_conjunct_shares_the_patient(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """"examined by X" after "the maps were presented to Y": the maps examined, a text read, no inquiry."""
    assert coded_sides("The maps were first presented to {PB} and later examined by {PA}.", pair) == []


def test_participants_among_whom_and_those_attending(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    both = frozenset((pair["PA"], pair["PB"]))
    assert coded_sides("Among the participants in the talks in Rome were {PA} and {PB}.", pair) == \
        [("CONSULT", both, None)]
    assert coded_sides("Those attending the Rome session included {PA} and {PB}.", pair) == \
        [("CONSULT", both, None)]


def test_stopping_insisting_drops_a_demand(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} had stopped insisting that {B} commit to a permanent truce.", pair) == \
        [("CONCEDE", pair["A"], None)]


def test_officials_representing_a_state(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} met officials representing {B} in Rome.", pair) == \
        [("CONSULT", pair["PA"], pair["B"])]


def test_a_vote_summed_up_by_what_critics_warned(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """", a move critics warned could doom the talks": the supplement sums the vote up; keeping forces
    on a border, voted for, is no threat."""
    sentence = "The cabinet of {A} voted late Thursday to endorse maps keeping its forces on the border, " \
        "a move critics warned could sink the talks."
    assert coded_sides(sentence, pair) == [("AGREE", pair["A"], None)]
