"""The forty-fourth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: a relative clause that opens with a part of its antecedent ("one of which was"), read as the
root; an adjective complement read as a modifier of the next name ("it was untrue Israel had ..."); a
reckoning promised is a threat; a leader named by title and surname; updates received from someone
are a briefing; and, in the forty-fifth round, being on board with a plan accepts it and siding against
it rejects it."""

from __future__ import annotations


def test_a_partitive_relative_read_as_the_root(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = ("The {a} government put forward four terms that it said could not be negotiated, one of "
                "which was that {A} could restart its campaign.")
    assert coded_sides(template, pair) == [("REQUEST", pair["A"], None)]


def test_the_partitive_relative_hangs_on_the_main_clause(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        India NNP PROPN nsubj 1 India
        issued VBD VERB ccomp 8 issue
        four CD NUM nummod 3 four
        conditions NNS NOUN dobj 1 condition
        , , PUNCT punct 8 ,
        one CD NUM nsubj 8 one
        of IN ADP prep 5 of
        which WDT PRON pobj 6 which
        was VBD AUX ROOT 8 be
        . . PUNCT punct 8 .
    """)
    assert (doc[1].dep_, doc[8].dep_, doc[8].head.i, doc[9].head.i) == ("ROOT", "relcl", 3, 1)


def test_an_adjective_complement_read_as_a_modifier(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA}'s office said on Monday that it was untrue {A} had consented to scaling back its troops."
    assert coded_sides(template, pair) == [("REJECT", pair["A"], None)]


def test_a_reckoning_promised_is_a_threat(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} promised a severe reckoning for {B} after the attack on the embassy."
    assert coded_sides(template, pair) == [("THREATEN", pair["PA"], pair["B"])]


def test_a_leader_by_title_and_surname(coded) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    assert coded("Ayatollah Khamenei vowed revenge for the killing.", dt.date(2024, 8, 1)) == \
        [("THREATEN", "Ali Khamenei", None)]


def test_updates_received_are_a_briefing(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{B} received updates from {A}'s mediators on the talks."
    assert coded_sides(template, pair) == [("CONSULT", pair["A"], pair["B"])]


def test_on_board_with_a_plan_accepts_it(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A} was on board with the compromise plan, {PA} told {PB} on Monday."
    assert coded_sides(template, pair) == [("AGREE", pair["A"], None)]


def test_siding_against_a_plan_rejects_it(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} sided against the maps when ministers cast their ballots on Thursday."
    assert coded_sides(template, pair) == [("REJECT", pair["PA"], None)]
