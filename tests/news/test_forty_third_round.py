"""The forty-third round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: the definite plural demonym stands for its state; a content clause hung on the addressee of a
verb of telling; a reduced relative read as the main verb; co-agents after a passive's agent; wanting
others to act demands it; disputing that something is so denies it; pushing back against remarks
rejects them; a body that decides by vote adopts what it backs; a question decided with no decision
told is no act; a penalty promised is a threat; a leader refusing his own state's withdrawal refuses it
for the state; a meeting's partners named after its place; a civilian mission posted abroad is
cooperation; a text tabled is put forward; a response put off is no rejection; a reply passed on is its
authors'; a present tense of travel with a weekday is scheduled (and dated ahead); "met with
rejection from" someone is that one's act; meetings lined up, or due in a place, are planned."""

from __future__ import annotations


def test_the_definite_plural_demonym_is_the_state(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "People familiar with the talks said the {b}s had called for a full list of the detainees."
    assert coded_sides(template, pair) == [("REQUEST", pair["B"], None)]
    template = "The {a}s and {b}s signed the accord in Geneva on Monday."
    assert coded_sides(template, pair) == [("AGREE", frozenset({pair["A"], pair["B"]}), None)]


def test_a_counted_plural_demonym_is_the_population(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    coded = coded_sides("Thousands of {b}s rallied in the capital on Sunday.", pair)
    assert [t for t, *_ in coded] == ["PROTEST"]
    assert coded[0][1] != pair["B"]


def test_a_content_clause_hung_on_the_addressee(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        Netanyahu NNP PROPN nsubj 1 Netanyahu
        assured VBD VERB ROOT 1 assure
        the DT DET det 3 the
        secretary NN NOUN dobj 1 secretary
        , , PUNCT punct 3 ,
        Blinken NNP PROPN appos 3 Blinken
        , , PUNCT punct 3 ,
        that IN SCONJ mark 10 that
        Israel NNP PROPN nsubj 10 Israel
        had VBD AUX aux 10 have
        signed VBN VERB relcl 3 sign
        on RP ADP prt 10 on
        . . PUNCT punct 1 .
    """)
    assert (doc[10].dep_, doc[10].head.i) == ("ccomp", 1)
    doc = repaired("""
        Netanyahu NNP PROPN nsubj 1 Netanyahu
        praised VBD VERB ROOT 1 praise
        the DT DET det 3 the
        secretary NN NOUN dobj 1 secretary
        that IN SCONJ mark 6 that
        Israel NNP PROPN nsubj 6 Israel
        trusted VBD VERB relcl 3 trust
        . . PUNCT punct 1 .
    """)
    assert doc[6].dep_ == "relcl"  # no verb of telling: the relative clause stays


def test_a_content_clause_of_telling_codes_the_told_act(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = ("On Monday, {PA} informed the U.S. secretary of state, Antony Blinken, that {A} had signed "
                "on to the compromise plan.")
    assert coded_sides(template, pair) == [("AGREE", pair["A"], None)]


def test_a_reduced_relative_read_as_the_main_verb(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        The DT DET det 1 the
        declaration NN NOUN nsubj 2 declaration
        agreed VBD VERB ROOT 2 agree
        in IN ADP prep 2 in
        Beijing NNP PROPN pobj 3 Beijing
        was VBD AUX auxpass 6 be
        rejected VBN VERB ccomp 2 reject
        by IN ADP agent 6 by
        Israel NNP PROPN pobj 7 Israel
        . . PUNCT punct 2 .
    """)
    assert (doc[6].dep_, doc[1].dep_, doc[1].head.i, doc[2].dep_, doc[2].head.i) == \
        ("ROOT", "nsubjpass", 6, "acl", 1)
    assert doc[9].head.i == 6


def test_the_agent_of_a_reduced_relative_sentence(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "The declaration agreed between {A} and the rebels was turned down by {PB}."
    assert coded_sides(template, pair) == [("REJECT", pair["PB"], None)]


def test_co_agents_after_a_passive_agent(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "A bridging proposal was tabled on Friday by {A} together with {B} and Qatar."
    assert coded_sides(template, pair) == [("CONSULT", frozenset({pair["A"], pair["B"], "Qatar"}), None)]


def test_wanting_others_to_act_demands_it(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} wanted the offer altered in 29 places.", pair) == [("REQUEST", pair["A"], None)]
    assert coded_sides("{A} wants {B} to crack down on the militants.", pair) == \
        [("REQUEST", pair["A"], pair["B"])]
    assert coded_sides("{A} wants a deal before the election.", pair) == []


def test_disputing_that_something_is_so_denies_it(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA}'s office on Monday disputed that {A} had consented to shrink its forces in the zone."
    assert coded_sides(template, pair) == [("REJECT", pair["A"], None)]


def test_pushing_back_against_remarks(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "On Tuesday {A}'s foreign ministry pushed back against the remarks made by {PB}."
    assert coded_sides(template, pair) == [("REJECT", pair["A"], pair["PB"])]


def test_a_body_that_votes_adopts_what_it_backs(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for template in ("Late on Thursday, {A}'s security cabinet backed in a vote military maps keeping its "
                     "troops along the border.",
                     "Maps keeping {a} troops along the border won the backing of {A}'s security cabinet.",
                     "The {a} security cabinet gave its backing to maps keeping troops along the border."):
        assert coded_sides(template, pair) == [("AGREE", pair["A"], None)]
    assert coded_sides("The plan won the backing of {B}.", pair) == [("SUPPORT", pair["B"], None)]


def test_a_question_decided(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} voted against the maps when the cabinet decided the matter on Thursday."
    assert coded_sides(template, pair) == [("REJECT", pair["PA"], None)]
    assert [t for t, *_ in coded_sides("{A} decided against joining the alliance.", pair)] == ["REJECT"]


def test_a_penalty_promised_is_a_threat(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} pledged a severe penalty for {B} after the attack on the embassy."
    assert coded_sides(template, pair) == [("THREATEN", pair["PA"], pair["B"])]


def test_a_leader_refusing_his_own_states_withdrawal(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA}, addressing journalists on Monday, ruled out any {a} pullback from the disputed zone."
    assert coded_sides(template, pair) == [("REJECT", pair["A"], None)]
    template = "{PA} ruled out any {b} role in the talks."
    assert [s for _, s, _ in coded_sides(template, pair)] in ([], [pair["PA"]])


def test_a_meetings_partners_after_its_place(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} held a Sunday meeting in the Italian capital with {b} and Qatari representatives."
    assert coded_sides(template, pair) == [("CONSULT", pair["PA"], frozenset({pair["B"], "Qatar"}))]


def test_a_civilian_mission_posted_is_cooperation(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A} is willing to station its border mission at the crossing again, {PA} said."
    assert coded_sides(template, pair) == [("AGREE", pair["A"], None)]
    assert [t for t, *_ in coded_sides("{A} deployed troops to the border with {B}.", pair)] == ["MOBILIZE"]


def test_a_text_tabled_is_put_forward(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} tabled its bridging text on Friday.", pair) == [("CONSULT", pair["A"], None)]


def test_a_response_put_off_is_no_rejection(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for verb in ("deferred", "put off"):
        template = "{B} " + verb + " its response to let the talks play out, {PB} said."
        assert coded_sides(template, pair) == []


def test_a_reply_passed_on_is_its_authors(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "The reply of {B} was passed on Tuesday to mediators from {A}."
    assert coded_sides(template, pair) == [("CONSULT", pair["B"], pair["A"])]


def test_a_present_tense_with_a_weekday_is_scheduled(pipeline, pair) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    monday = dt.date(2024, 8, 19)
    for text in ("{PA} travels to {B} on Tuesday for talks on the truce.", "{PA} visits {B} on Tuesday."):
        analysis = pipeline.ingest(text.format(**pair), monday)
        assert [(e.event_type, e.source, e.target, e.modality) for e in analysis.events] == \
            [("AGREE", pair["PA"], pair["B"], "future")]
        assert [t.value for t in analysis.time_expressions] == ["2024-08-20"]
    events = pipeline.ingest("{PA} travelled to {B} on Tuesday.".format(**pair), monday).events
    assert [(e.event_type, e.modality) for e in events] == [("CONSULT", "asserted")]


def test_a_plural_noun_as_the_root_after_its_subject_is_a_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("Blinken heads to Egypt on Tuesday.")
    assert (doc[1].tag_, doc[1].pos_, doc[1].lemma_) == ("VBZ", "VERB", "head")


def test_met_with_a_reaction_from_someone(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA}'s remarks met with rejection from {B}'s foreign ministry on Tuesday."
    assert coded_sides(template, pair) == [("REJECT", pair["B"], pair["PA"])]
    template = "The cabinet vote on the border was met with condemnation by {B}."
    assert [(t, s) for t, s, _ in coded_sides(template, pair)] == [("ACCUSE", pair["B"])]
    assert coded_sides("{PA} met with {PB} in Geneva.", pair) == [("CONSULT", pair["PA"], pair["PB"])]


def test_meetings_lined_up_or_due_are_planned(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} has talks lined up with {PB}.", pair) == [("AGREE", pair["PA"], pair["PB"])]
    assert coded_sides("{PA} is due in {B} on Tuesday for talks about the truce.", pair) == \
        [("AGREE", pair["PA"], pair["B"])]
    assert coded_sides("{PA} had talks with {PB}.", pair) == [("CONSULT", pair["PA"], pair["PB"])]
