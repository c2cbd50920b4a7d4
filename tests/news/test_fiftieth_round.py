"""The fiftieth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped, or on a parse given as rows where the parser errs only with some names: a meeting anticipated,
as one expected, is announced; talks held by or between parties; an act reported by its doer; talks
stayed or walked away from; praise that praises no one; a title welcomed with its holder's name; what
one hears from another; forces going after targets; the alarm raised; a particle follows its verb; an
aside read as a relative clause; terms released; a main clause after a fronted condition; an adjective
read as an object; a plural noun tagged as a verb in the subject; several parties negotiating; relative
clauses of place."""

from __future__ import annotations

import datetime as dt


def test_a_meeting_anticipated(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{a} and Qatari mediators are anticipated to meet again with {b} negotiators next week."
    assert coded_sides(template, pair) == [("AGREE", frozenset({pair["A"], "Qatar"}), pair["B"])]
    assert coded_sides("{A} is anticipated to strike {B}.", pair) == []  # a prediction of force is no event


def test_talks_held_by_or_between_parties(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    both = [("CONSULT", frozenset({pair["A"], pair["B"]}), None)]
    assert coded_sides("Talks held in Geneva by {A} and {B} ended on Sunday.", pair) == both
    template = "Talks on a truce held over two days in Geneva by {A} and {B} broke up."
    assert coded_sides(template, pair) == both  # the parser hangs the participle on the topic
    template = "No accord came as a session of talks held in Geneva between {a} and {b} negotiators ended."
    assert coded_sides(template, pair) == both


def test_an_act_reported_by_its_doer(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for verb in ("reported", "confirmed", "acknowledged"):
        assert coded_sides(f"{{A}} {verb} launching hundreds of rockets at {{B}}.", pair) == [
            ("ASSAULT", pair["A"], pair["B"])]
    assert "ASSAULT" not in [t for t, _, _ in coded_sides("{A} denied launching rockets at {B}.", pair)]


def test_talks_stayed_or_walked_away_from(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} stayed away from the talks in Geneva.", pair) == [("REJECT", pair["A"], None)]
    assert coded_sides("{A} walked away from the negotiations with {B} on Sunday.", pair)[0][:2] == (
        "SANCTION", pair["A"])  # talks halted (CAMEO 164)
    assert coded_sides("{A} stepped away from the talks on Sunday.", pair) == [("SANCTION", pair["A"], None)]
    assert coded_sides("{a} troops stayed away from the border.", pair) == []  # a place: no act


def test_praise_that_praises_no_one(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} valued the corridor above the lives of its soldiers, {B} charged.", pair) == [
        ("ACCUSE", pair["B"], pair["A"])]  # a preference stated, no praise
    assert coded_sides("{A} had valued the corridor more highly than the hostages.", pair) == []
    assert coded_sides("{PA} said he recognised that some in {B} would disagree with the plan.", pair) == []
    assert coded_sides("{PA} praised {B} for its role.", pair) == [("SUPPORT", pair["PA"], pair["B"])]
    assert coded_sides("{PA} recognised {a} sovereignty over the islands.", pair) == [
        ("SUPPORT", pair["PA"], pair["A"])]  # "over" on the object ranks nothing


def test_a_title_welcomed_with_its_holders_name(coded) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2024, 8, 20)
    assert coded("In El Alamein, Sisi welcomed the U.S. secretary of state, Antony Blinken.", day) == [
        ("CONSULT", "Abdel Fattah al-Sisi", "Antony Blinken")]  # hosting a visit (043)
    assert coded("In Washington, Blinken welcomed the Egyptian president, Abdel Fattah al-Sisi.", day) == [
        ("CONSULT", "Antony Blinken", "Abdel Fattah al-Sisi")]


def test_what_one_hears_from_another(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PB} heard from {PA} that {A} had accepted the plan.", pair) == [
        ("AGREE", pair["A"], None)]  # told, as "{PA} told {PB}" is: the content only
    assert coded_sides("{PB} heard from {PA} on Monday.", pair) == [("CONSULT", pair["PB"], pair["PA"])]


def test_forces_going_after_targets(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    went = coded_sides("{a} jets went after {B} in the south on Sunday.", pair)
    assert went[0][:2] == ("ASSAULT", pair["A"])
    template = "{PA} was shown the maps, after which {PB} went over them."
    assert "ASSAULT" not in [t for t, _, _ in coded_sides(template, pair)]  # "after which": no particle


def test_the_alarm_raised(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for verb in ("raised", "sounded"):
        assert coded_sides(f"{{PA}} {verb} the alarm about a possible war with {{B}}.", pair)[0][:2] == (
            "THREATEN", pair["PA"])


def test_an_aside_read_as_a_relative_clause(repaired) -> None:  # type: ignore[no-untyped-def]
    rows = """
        Every DT DET det 1 every
        party NN NOUN nsubj 8 party
        , , PUNCT punct 1 ,
        the DT DET det 4 the
        minister NN NOUN nsubj 5 minister
        added VBD VERB relcl 1 add
        , , PUNCT punct 1 ,
        should MD AUX aux 8 should
        hold VB VERB ROOT 8 hold
        back RB ADV advmod 8 back
        . . PUNCT punct 8 .
    """
    doc = repaired(rows, saying=frozenset({"add"}))
    assert (doc[5].dep_, doc[5].head.i) == ("parataxis", 8)  # an aside of "hold"
    doc = repaired(rows.replace("minister NN NOUN", "who WP PRON"), saying=frozenset({"add"}))
    assert doc[5].dep_ == "relcl"  # a relative word: a relative clause


def test_terms_released(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} released four terms on Monday.", pair) == [("REQUEST", pair["A"], None)]
    template = "Among the terms that {A} published the following day was the right to resume the war."
    assert coded_sides(template, pair) == [("REQUEST", pair["A"], None)]  # "the following day": a time
    assert coded_sides("{B} accepted the terms.", pair) == [("AGREE", pair["B"], None)]


def test_a_main_clause_after_a_fronted_condition(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        Should MD AUX aux 2 should
        Sharif NNP PROPN nsubj 2 Sharif
        sign VB VERB ROOT 2 sign
        on RP ADP prt 2 on
        to IN ADP prep 2 to
        the DT DET det 6 the
        deal NN NOUN pobj 4 deal
        , , PUNCT punct 6 ,
        Modi NNP PROPN appos 6 Modi
        and CC CCONJ cc 8 and
        Jaishankar NNP PROPN conj 8 Jaishankar
        threatened VBD VERB acl 6 threaten
        to TO PART aux 13 to
        quit VB VERB xcomp 11 quit
        . . PUNCT punct 2 .
    """)
    assert (doc[11].dep_, doc[8].dep_, doc[8].head.i, doc[2].dep_, doc[2].head.i) == (
        "ROOT", "nsubj", 11, "advcl", 11)
    assert doc[14].head.i == 11  # the full stop goes with the main verb


def test_an_adjective_read_as_the_object_of_a_preposition(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        talks NNS NOUN ROOT 0 talk
        with IN ADP prep 0 with
        the DT DET det 3 the
        Indian JJ ADJ pobj 1 indian
        and CC CCONJ cc 3 and
        Pakistani JJ ADJ conj 3 pakistani
        negotiating VBG VERB pcomp 1 negotiate
        teams NNS NOUN dobj 6 team
    """)
    assert (doc[7].dep_, doc[7].head.i) == ("pobj", 1)  # the noun is the object
    assert [(doc[i].dep_, doc[i].head.i) for i in (2, 3, 6)] == [("det", 7), ("amod", 7), ("amod", 7)]


def test_a_plural_noun_tagged_as_a_verb_in_the_subject(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        a DT DET det 1 a
        group NN NOUN nsubj 4 group
        of IN ADP prep 1 of
        Indian NNP PROPN pobj 2 Indian
        envoys VBZ VERB nsubj 5 envoy
        came VBD VERB ROOT 5 come
    """)
    assert (doc[4].tag_, doc[4].dep_, doc[4].head.i) == ("NNS", "pobj", 2)  # the object of "of"
    assert (doc[1].dep_, doc[1].head.i, doc[3].dep_, doc[3].head.i) == ("nsubj", 5, "compound", 4)
    doc = repaired("""
        Pakistani NNP PROPN nsubj 1 Pakistani
        envoys VBZ VERB nsubj 2 envoy
        came VBD VERB ROOT 2 come
    """)
    assert (doc[1].tag_, doc[0].dep_) == ("NNS", "compound")


def test_several_parties_negotiating_met(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    both = [("CONSULT", frozenset({pair["A"], pair["B"]}), None)]
    assert coded_sides("{A} and {B} negotiated over a truce.", pair) == both  # not CAMEO's default (080)
    assert coded_sides("{A} and {B} spent two days haggling over a truce.", pair) == both  # time spent on it
    assert coded_sides("{A} negotiated the release of the fishermen.", pair)[0][0] != "CONSULT"  # one party


def test_a_relative_clause_of_place_tells_an_act(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "No accord came out of Geneva on Sunday, where {A} and {B} had spent two days negotiating."
    assert coded_sides(template, pair) == [("CONSULT", frozenset({pair["A"], pair["B"]}), None)]
    template = "The talks had been fruitful, {PA} said in Kabul, where he arrived on Monday."
    assert coded_sides(template, pair) == [("CONSULT", pair["PA"], "Afghanistan")]  # the place of arrival
