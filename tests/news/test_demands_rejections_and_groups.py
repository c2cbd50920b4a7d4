"""The thirtieth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: insisting on someone doing something demands it of them; a rejection voiced of someone's remarks
is of them; the departure of troops demanded names whose troops they are (a departure is no act of its
own); a group or a team of people stands for the people; presenting someone with a response gives it; a
name after a fronted phrase whose preposition the parser left without its object is the subject;
stressing how important something is appeals for it (annotation rule 4)."""

from __future__ import annotations


def test_insisting_on_someone_doing_something(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} insisted on {B} withdrawing from the border area.", pair) == \
        [("REQUEST", pair["A"], pair["B"])]


def test_a_rejection_voiced_of_someones_remarks(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A}'s foreign ministry voiced its rejection of {PB}'s remarks.", pair) == \
        [("REJECT", pair["A"], pair["PB"])]


def test_the_departure_of_troops_demanded(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} demanded the departure of {b} troops from the border.", pair) == \
        [("REQUEST", pair["A"], pair["B"])]
    assert coded_sides("{PA}'s departure for Paris was delayed.", pair) == []  # a trip, no withdrawal


def test_a_group_of_people_stands_for_them(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} sat down with a group of {b} officials in Paris.", pair) == \
        [("CONSULT", pair["PA"], pair["B"])]


def test_presenting_someone_with_a_response(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} on Tuesday presented the mediators with its response.", pair) == \
        [("CONSULT", pair["A"], None)]


def test_a_name_after_a_fronted_phrase_that_lost_its_object(pipeline, from_rows, pair) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "After {PB}'s killing in Paris, {A}'s Prime Minister {PA} promised that {B}
    would face severe punishment": *After* with no object, the killing the subject, the minister an
    apposition of Paris. The name after the comma is the subject (who threatens), not the one killed."""
    import datetime as dt

    from truce.news.coder import code_sentence
    from truce.news.mentions import Discourse

    first, last = pair["PA"].split()
    rows = f"""After IN ADP prep 13 after
        {pair["PB"].split()[-1]} NNP PROPN poss 3 {pair["PB"].split()[-1]}
        's POS PART case 1 's
        killing NN NOUN nsubj 13 killing
        in IN ADP prep 3 in
        Paris NNP PROPN pobj 4 Paris
        , , PUNCT punct 5 ,
        {pair["A"]} NNP PROPN poss 12 {pair["A"]}
        's POS PART case 7 's
        Prime NNP PROPN compound 10 prime
        Minister NNP PROPN compound 12 minister
        {first} NNP PROPN compound 12 {first}
        {last} NNP PROPN appos 5 {last}
        promised VBD VERB ROOT 13 promise
        that IN SCONJ mark 17 that
        {pair["B"]} NNP PROPN nsubj 17 {pair["B"]}
        would MD AUX aux 17 would
        face VB VERB ccomp 13 face
        severe JJ ADJ amod 19 severe
        punishment NN NOUN dobj 17 punishment
        . . PUNCT punct 13 ."""
    raw, _ = code_sentence(from_rows(rows)[:], pipeline.lexicon, pipeline.finder, Discourse(),
                           dt.date(2024, 8, 20))
    coded = [(e.event_type, [r.name for r in e.sources], [r.name for r in e.targets]) for e in raw if e.coded]
    assert coded == [("THREATEN", [pair["PA"]], [pair["B"]])]


def test_stressing_how_important_something_is_appeals_for_it(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """Annotation rule 4: "stressed the importance of", "emphasized the urgency of" a deal is a REQUEST."""
    pa = pair["PA"]
    assert coded_sides("{PA} stressed the importance of seizing the opportunity.", pair) == \
        [("REQUEST", pa, None)]
    assert coded_sides("{PA} underlined how important it was to seize the chance.", pair) == \
        [("REQUEST", pa, None)]
