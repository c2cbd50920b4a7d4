"""The fifty-first round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: a proposal called a non-starter for someone is rejected by that one; what one cannot accept or
countenance is refused; a conjunct after "nor" is negated; a price to pay promised; talks pulled back
from; a thing valued above an act; talks that several parties did something in are theirs; figures of a
party; an act done by or in doing another; a partitive object; rockets aimed; a name described; an
agreement withheld; agents after "by ... and by"; those met who represent a party; lives taken; death at
the hands of "its" troops; whom forces went after; an act taken part in; the team of a group; a team
taken somewhere; the doer charged in a passive; members listed after a delegation sent (a parse given as
rows); a verb of telling read as a modifier, a trailing aside read as a relative, a bare relative clause
or a plural noun read as a conjunct, an adjective hung on a participle modifier, a second subject after
"and" and a content clause hung on a time (on a parse given as rows, as the parser errs only with some
names)."""

from __future__ import annotations


def test_a_non_starter(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "Any deal leaving {a} troops in the valley is a non-starter for {B}, {PB} said."
    assert coded_sides(template, pair) == [("REJECT", pair["B"], None)]  # the one it is a non-starter for
    assert coded_sides("A withdrawal is a non-starter, {PA} said.", pair) == [("REJECT", pair["PA"], None)]


def test_what_one_cannot_bear_is_refused(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for verb in ("accept", "countenance", "tolerate"):
        assert coded_sides(f"{{PA}} said he could not {verb} a halt to the fighting.", pair) == [
            ("REJECT", pair["PA"], None)]
    assert coded_sides("{A} could not accept the deal if {B} stayed there.", pair) == []  # a condition


def test_a_conjunct_after_nor_is_negated(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} said he could not accept a halt, nor would he agree to {b} troops staying in the valley."
    assert coded_sides(template, pair) == [("REJECT", pair["PA"], None), ("REJECT", pair["PA"], None)]


def test_a_price_to_pay_promised(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} pledged that {B} would pay a heavy price.", pair) == [
        ("THREATEN", pair["PA"], pair["B"])]  # as a penalty promised


def test_talks_pulled_back_from(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} pulled back from the talks on Sunday.", pair) == [("SANCTION", pair["A"], None)]


def test_a_thing_valued_above_an_act(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{a} ministers had valued the corridor above keeping the captives alive.", pair) == []


def test_a_verb_of_telling_read_as_a_modifier(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        Sharif NNP PROPN ROOT 0 Sharif
        , , PUNCT punct 0 ,
        informed VBN VERB amod 4 inform
        India NNP PROPN poss 4 India
        envoys NNS NOUN appos 0 envoy
        that IN SCONJ mark 8 that
        Pakistan NNP PROPN nsubj 8 Pakistan
        had VBD AUX aux 8 have
        accepted VBN VERB relcl 0 accept
        . . PUNCT punct 0 .
    """)
    assert (doc[2].dep_, doc[0].dep_, doc[0].head.i, doc[4].dep_, doc[8].dep_, doc[8].head.i) == (
        "ROOT", "nsubj", 2, "dobj", "ccomp", 2)
    assert doc[9].head.i == 2


def test_a_bare_relative_clause_read_as_a_conjunct(repaired) -> None:  # type: ignore[no-untyped-def]
    rows = """
        Modi NNP PROPN nsubj 1 Modi
        rejected VBD VERB ROOT 1 reject
        the DT DET det 3 the
        declaration NN NOUN dobj 1 declaration
        Pakistan NNP PROPN nsubj 5 Pakistan
        signed VBD VERB conj 1 sign
        . . PUNCT punct 1 .
    """
    doc = repaired(rows)
    assert (doc[5].dep_, doc[5].head.i) == ("relcl", 3)  # a relative clause of the declaration
    doc = repaired("""
        Modi NNP PROPN nsubj 1 Modi
        rejected VBD VERB ROOT 1 reject
        the DT DET det 3 the
        declaration NN NOUN dobj 1 declaration
        and CC CCONJ cc 1 and
        Pakistan NNP PROPN nsubj 6 Pakistan
        signed VBD VERB conj 1 sign
        . . PUNCT punct 1 .
    """)
    assert doc[6].dep_ == "conj"  # with a coordinator, a conjunct


def test_talks_that_several_parties_did_something_in(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A} and {B} failed to reach a deal in two days of negotiations in Geneva."
    assert coded_sides(template, pair) == [("CONSULT", frozenset({pair["A"], pair["B"]}), None)]


def test_a_second_subject_after_and(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        Modi NNP PROPN nsubj 9 Modi
        , , PUNCT punct 0 ,
        the DT DET det 3 the
        premier NN NOUN appos 0 premier
        , , PUNCT punct 0 ,
        and CC CCONJ cc 0 and
        Sharif NNP PROPN nsubj 9 Sharif
        , , PUNCT punct 6 ,
        envoys NNS NOUN appos 6 envoy
        warned VBD VERB ROOT 9 warn
        . . PUNCT punct 9 .
    """)
    assert (doc[6].dep_, doc[6].head.i) == ("conj", 0)  # the first subject's conjunct


def test_figures_of_a_party(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} sat down with figures from {B} on Wednesday.", pair) == [
        ("CONSULT", pair["PA"], pair["B"])]
    assert coded_sides("Senior {a} figures met {PB}.", pair) == [("CONSULT", pair["A"], pair["PB"])]


def test_a_content_clause_hung_on_a_time(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        India NNP PROPN nsubj 1 India
        insisted VBD VERB ROOT 1 insist
        earlier RBR ADV advmod 1 early
        in IN ADP prep 2 in
        the DT DET det 5 the
        month NN NOUN pobj 3 month
        that IN SCONJ dobj 8 that
        troops NNS NOUN nsubj 8 troop
        withdraw VBP VERB relcl 5 withdraw
        . . PUNCT punct 1 .
    """, saying=frozenset({"insist"}))
    assert (doc[8].dep_, doc[8].head.i) == ("ccomp", 1)  # what was insisted on, not a relative of "month"


def test_an_act_done_by_or_in_doing_another(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} responded by shelling {b} posts.", pair) == [("ASSAULT", pair["A"], pair["B"])]
    assert coded_sides("{A} did not respond by shelling {b} posts.", pair) == []  # negated with its governor
    assert coded_sides("Time is short, {PA} said in urging {PB} to withdraw.", pair) == [
        ("REQUEST", pair["PA"], pair["PB"])]
    assert coded_sides("{A} accused {B} of breaking the truce by shelling the valley.", pair) == [
        ("ACCUSE", pair["A"], pair["B"])]  # the means of the charge is charged, not done by the accuser


def test_a_partitive_object(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} pulled the last of its troops out of the valley.", pair) == [
        ("RETREAT", pair["A"], None)]  # the troops, not "the last", choose the sense of "pull out"


def test_rockets_aimed_at_a_target(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} said more than 300 of its rockets were aimed at {b} positions.", pair) == [
        ("ASSAULT", pair["A"], pair["B"])]  # fired, as "directed at" them


def test_a_name_described_is_no_pattern_word(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} had accepted the plan, {PA} told the visiting {PB} on Monday.", pair) == [
        ("AGREE", pair["A"], None)]  # "visiting" describes the one told, no visit announced (036)


def test_a_plural_noun_read_as_a_conjunct(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        Sharif NNP PROPN nsubj 1 Sharif
        led VBD VERB ROOT 1 lead
        a DT DET det 3 a
        group NN NOUN dobj 1 group
        of IN ADP prep 3 of
        Pakistan NNP PROPN pobj 4 Pakistan
        envoys VBZ VERB conj 1 envoy
        into IN ADP prep 6 into
        Delhi NNP PROPN pobj 7 Delhi
        . . PUNCT punct 1 .
    """)
    assert (doc[6].tag_, doc[6].dep_, doc[6].head.i, doc[5].dep_, doc[5].head.i, doc[7].head.i) == (
        "NNS", "pobj", 4, "compound", 6, 1)


def test_ones_agreement_withheld(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} has so far withheld its agreement to the plan.", pair) == []  # no coercion


def test_coordinated_agent_phrases(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("Blame for the raid was laid on {B} by {PA} and by China.", pair) == [
        ("ACCUSE", frozenset({pair["PA"], "China"}), pair["B"])]  # both agents, each after its own "by"


def test_met_with_those_representing_a_party(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} conferred on Sunday with officials representing {B}.", pair) == [
        ("CONSULT", pair["PA"], pair["B"])]  # the party represented, not a circumstance ("with X mediating")


def test_the_lives_taken_and_its_hands(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{a} troops took the lives of three {b} soldiers.", pair) == [
        ("ASSAULT", pair["A"], pair["B"])]  # the people whose lives they were
    assert coded_sides("The {a} army said three {b} soldiers had died at the hands of its troops.", pair) == [
        ("ASSAULT", pair["A"], pair["B"])]  # "its": at whose hands, the dead the target


def test_whom_forces_went_after(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{a} jets went after {b} targets on Sunday.", pair) == [
        ("ASSAULT", pair["A"], pair["B"])]  # the preposition of "go after" marks the target


def test_an_adjective_hung_on_a_participle_modifier(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        Modi NNP PROPN nsubj 1 Modi
        met VBD VERB ROOT 1 meet
        with IN ADP prep 1 with
        the DT DET det 7 the
        Pakistani JJ ADJ amod 7 pakistani
        and CC CCONJ cc 4 and
        Chinese JJ ADJ conj 4 chinese
        negotiating VBG VERB compound 8 negotiate
        teams NNS NOUN pobj 2 team
        . . PUNCT punct 1 .
    """)
    assert (doc[4].head.i, doc[3].head.i, doc[6].head.i) == (8, 8, 4)  # the teams are Pakistani, Chinese


def test_an_act_taken_part_in(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("Some 100 {a} jets took part in raids on {B} on Sunday.", pair) == [
        ("ASSAULT", pair["A"], pair["B"])]  # the raids' code, not a meeting attended
    assert coded_sides("{a} troops participated in the attack on the {b} post.", pair) == [
        ("ASSAULT", pair["A"], pair["B"])]
    assert coded_sides("{A} took part.", pair) == [("CONSULT", pair["A"], None)]  # attended, as before


def test_members_listed_after_a_delegation_sent(from_rows, pipeline, pair) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from truce.news.coder import code_sentence
    from truce.news.mentions import Discourse

    first, last = pair["PA"].split()
    rows = f"""{pair["A"]} NNP PROPN nsubj 1 {pair["A"]}
        dispatched VBD VERB ROOT 1 dispatch
        its PRP$ PRON poss 3 its
        team NN NOUN dobj 1 team
        to IN ADP prep 1 to
        Doha NNP PROPN pobj 4 Doha
        , , PUNCT punct 1 ,
        among IN ADP prep 10 among
        them PRP PRON pobj 7 they
        {first} NNP PROPN compound 10 {first}
        {last} NNP PROPN dobj 1 {last}
        . . PUNCT punct 1 ."""
    raw, _ = code_sentence(from_rows(rows)[:], pipeline.lexicon, pipeline.finder, Discourse(),
                           dt.date(2024, 8, 20))
    coded = [(e.event_type, [r.name for r in e.sources], [r.name for r in e.targets]) for e in raw if e.coded]
    assert coded == [("CONSULT", [pair["A"]], ["Qatar"])]  # its members (the second object), no target


def test_the_team_of_a_group(coded) -> None:  # type: ignore[no-untyped-def]
    for group in ("Hezbollah", "the Houthis"):  # a group's team, not its state's government, either group
        events = coded(f"{group} sent a team to Doha on Saturday, but the team left on Sunday, saying it "
                       "would reject any new terms.")
        assert [(t, s) for t, s, _ in events if t == "REJECT"] == [("REJECT", group.removeprefix("the "))]


def test_the_doer_charged_in_a_passive(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} charged that the rocket was fired by {B}.", pair) == [
        ("ACCUSE", pair["A"], pair["B"])]  # the agent, who did it, not the rocket


def test_a_trailing_aside_read_as_a_relative(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        The DT DET det 1 the
        rocket NN NOUN nsubjpass 3 rocket
        was VBD AUX auxpass 3 be
        fired VBN VERB ROOT 3 fire
        by IN ADP agent 3 by
        Pakistan NNP PROPN pobj 4 Pakistan
        , , PUNCT punct 5 ,
        India NNP PROPN nsubj 8 India
        charged VBD VERB relcl 5 charge
        . . PUNCT punct 3 .
    """, frozenset({"say"}))
    assert (doc[8].dep_, doc[8].head.i, doc[3].dep_, doc[3].head.i) == ("ROOT", 8, "ccomp", 8)


def test_a_team_taken_somewhere(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} took a {a} team to Doha on Friday.", pair) == [("CONSULT", pair["A"], "Qatar")]
    # the team's journey, as "led a team to Doha" is; no seizure (CAMEO's "take")
