"""The fifty-second round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: negotiators showing up or turning up in a capital arrive there; weapons let loose are fired; a
price paid is suffered; a participle with an active subject of its own, read as an adjective, is a past
tense; a plural root after a subject with an apposition is a verb (on a parse given as rows, as the
parser errs only with some names)."""

from __future__ import annotations


def test_showing_up_in_a_capital(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for verb in ("showed", "turned"):
        assert coded_sides(f"{{a}} negotiators {verb} up in Doha on Thursday to hold talks.", pair) == [
            ("CONSULT", pair["A"], None)]  # a visit for talks held there, as "arrived in Doha to" is


def test_a_participle_with_its_own_subject(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        Pakistan NNP PROPN poss 2 Pakistan
        's POS PART case 0 's
        premier NN NOUN nsubj 3 premier
        hosted VBN VERB amod 4 host
        officials NNS NOUN ROOT 4 official
        from IN ADP prep 4 from
        India NNP PROPN pobj 5 India
        . . PUNCT punct 4 .
    """)
    assert (doc[3].dep_, doc[3].tag_, doc[4].dep_, doc[4].head.i, doc[2].head.i) == (
        "ROOT", "VBD", "dobj", 3, 3)


def test_weapons_let_loose(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} on Sunday let loose a salvo of rockets toward {B}.", pair) == [
        ("ASSAULT", pair["A"], pair["B"])]  # fired, no release


def test_a_price_paid(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} has paid a heavy price in lives since the war began.", pair) == []  # suffered
    assert coded_sides("{PA} pledged that {B} would pay a heavy price.", pair) == [
        ("THREATEN", pair["PA"], pair["B"])]  # promised to another: still a threat


def test_a_plural_root_after_a_subject_with_an_apposition(from_rows) -> None:  # type: ignore[no-untyped-def]
    from truce.news.parse_repairs import ParseRepairs

    repair = ParseRepairs(frozenset(), lemmatize=lambda t: t.lemma_)  # the pipeline passes its lemmatiser
    doc = repair(from_rows("""
        the DT DET det 2 the
        Indian JJ ADJ amod 2 indian
        diplomat NN NOUN nsubj 6 diplomat
        , , PUNCT punct 2 ,
        Jaishankar NNP PROPN appos 2 Jaishankar
        , , PUNCT punct 2 ,
        heads NNS NOUN ROOT 6 head
        to IN ADP prep 6 to
        Doha NNP PROPN pobj 7 Doha
        . . PUNCT punct 6 .
    """))
    assert (doc[6].tag_, doc[6].pos_) == ("VBZ", "VERB")  # a verb in -s after the subject's whole phrase


def test_wanted_with_a_participle_on_its_object(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for clause in ("five prisoners freed each week", "20 changes made to the plan"):
        assert coded_sides(f"{{A}} wanted {clause}, officials said.", pair) == [
            ("REQUEST", pair["A"], None)]  # a state of things others are to bring about
    assert coded_sides("{A} wants the prisoners held by {B}.", pair) == []  # a participle with an agent


def test_blame_laid_for_an_act(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for where in ("on {B}", "at {B}'s door"):
        assert coded_sides(f"{{A}} laid the blame for the bombing {where}.", pair) == [
            ("ACCUSE", pair["A"], pair["B"])]  # whom the act is blamed on, the "on" hung on the act
    assert coded_sides("{A} condemned the violence aimed at {B}.", pair) == [
        ("ACCUSE", pair["A"], None)]  # "at" names no one blamed but at someone's door


def test_a_condition_in_the_event_that(from_rows) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "India vowed to quit in the event that Modi accepts the deal", with the
    clause after "in the event" a content clause of "vowed": it is still the vow's condition."""
    from truce.news.clause_readings import conditions

    doc = from_rows("""
        India NNP PROPN nsubj 1 India
        vowed VBD VERB ROOT 1 vow
        to TO PART aux 3 to
        quit VB VERB xcomp 1 quit
        in IN ADP prep 3 in
        the DT DET det 6 the
        event NN NOUN pobj 4 event
        that IN SCONJ mark 9 that
        Modi NNP PROPN nsubj 9 Modi
        accepts VBZ VERB ccomp 1 accept
        the DT DET det 11 the
        deal NN NOUN dobj 9 deal
        . . PUNCT punct 1 .""")
    assert [t.lower_ for t in conditions(doc[1])] == ["accepts"]


def test_a_past_act_in_a_clause_of_time(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    told = "Critics said the move could doom the talks after {a} ministers {verb} the plan on Thursday."
    assert coded_sides(told.format(a=pair["a"], verb="approved"), pair) == [
        ("AGREE", pair["A"], None)]  # a past tense in a clause of time: a fact, whatever the mood above
    assert coded_sides(told.format(a=pair["a"], verb="approve"), pair) == []  # a time to come: no fact


def test_a_proposal_floated(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    text = "{A} has floated proposals meant to narrow the gaps between {B} and the rebels."
    assert coded_sides(text, pair) == [("CONSULT", pair["A"], pair["B"])]  # put forward, as one tabled is
    assert coded_sides("{PB} rejected the ideas {A} had floated.", pair) == [
        ("REJECT", pair["PB"], pair["A"])]  # the proposal's author is whom it is rejected of
    assert coded_sides("{A}'s central bank floated the rupee.", pair) == []  # no proposal


def test_the_agent_of_a_passive_relative(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PB} spurned the proposals that had been offered by {A}.", pair) == [
        ("REJECT", pair["PB"], pair["A"])]  # their author, as "the proposals offered by" names


def test_with_one_partner_as_well_as_with_another(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    text = "{PA} sat down in Paris with the {b} prime minister, {PB}, as well as with hostages' families."
    assert coded_sides(text, pair) == [("CONSULT", pair["PA"], frozenset({pair["PB"], "Hostages' families"}))]
    text = "{PA} met in Paris with {B}'s premier and with the families of people held captive."  # the second
    assert coded_sides(text, pair) == [  # name broken by the parser into an absolute clause ("held captive")
        ("CONSULT", pair["PA"], frozenset({pair["B"], "Hostages' families"}))]


def test_a_rhetorical_question_put_first(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for asker in ("{PA}", "{A}'s prime minister, {PA},"):
        text = f"How can mediation succeed when one party assassinates the other's negotiator, {asker} asked."
        assert coded_sides(text, pair) == [("ACCUSE", pair["PA"], None)]  # the question asserts its answer, a
        # charge, with the verb of asking after it


def test_a_charge_retold_by_a_participle(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} slammed the vote, accusing {B} of breaking the truce.", pair) == [
        ("ACCUSE", pair["A"], pair["B"])]  # one act, its target named by the participle that retells it


def test_a_civil_group_charging_its_own_government(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{a} students charged that the {a} government had abandoned the talks.", pair) == [
        ("ACCUSE", f"{pair['a']} students", pair["A"])]  # a charge against their own state's government
    assert coded_sides("{A} insisted that {a} troops must stay.", pair) == [
        ("REQUEST", pair["A"], None)]  # a state's words about its own forces name no target


def test_the_content_of_a_message_left_with(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    text = "The {a} envoys left Doha on Sunday with the message that {A} would not accept new conditions."
    assert coded_sides(text, pair) == [("REJECT", pair["A"], None)]  # told, as "left, saying that ..." is
    assert coded_sides("The {a} envoys left Doha with the hope that {A} would accept the plan.", pair) == []


def test_a_past_tense_read_as_an_adjective_after_an_agent(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        Indian JJ ADJ amod 1 indian
        negotiators NNS NOUN ROOT 1 negotiator
        led VBN VERB acl 1 lead
        by IN ADP agent 2 by
        Ajit NNP PROPN compound 5 Ajit
        Doval NNP PROPN nmod 7 Doval
        departed VBD VERB amod 7 depart
        Doha NNP PROPN pobj 3 Doha
        on IN ADP prep 2 on
        Sunday NNP PROPN pobj 8 Sunday
        . . PUNCT punct 1 .
    """)
    arcs = [(t.dep_, t.head.i) for t in (doc[6], doc[1], doc[7], doc[5], doc[8])]
    assert arcs == [("ROOT", 6), ("nsubj", 6), ("dobj", 6), ("pobj", 3), ("prep", 6)]  # the verb, its subject
    # and object; the agent ends with the name; what followed the verb hangs on it


def test_a_borrowed_pattern_of_denial(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} has ruled out any {b} military presence on the border.", pair) == [
        ("REJECT", pair["A"], None)]  # a refusal: DENY's "* PRESENCE" (016, words) is the denial's own
    assert coded_sides("{A} denied any military presence in {B}.", pair) == []  # a denial: a statement
