"""The twenty-ninth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped. Parse repairs: "go on to" and an infinitive is a catenative complement; a *whose* phrase read as
a conjunct or an apposition starts a relative clause; a fronted participle clause read as a subject is an
adverbial clause; a name before an adjective of the object of a verb of giving is its first object; a verb
of saying read as a reduced relative is the verb; a participle read as a gerund modifies the noun after
it; a modifier hung on a determiner modifies its noun. Who: the antecedent of *whose*, of "it" (a subject
before it) and of "he" (none of a coordinated pair); a lower-case descriptor after a name ("the Islamic
Jihad group"); the author of a noun named by a title with a name in apposition; a passive participle
opening the sentence, or after *stand*, is said of the subject; a possessive names the agent of a strike;
"the Pakistani leader" is the head of its government the sentence names. Frames: projectiles sent in a
direction, rained down or directed in a barrage are fired; assuring someone of a past act reports it; an
inverted condition the parser read as a content clause still conditions a threat; what a proposal is for
is no target; a comma in a list of nouns ends no fronted phrase; talks that set a visit in time are not
the visitor's; saying something in a denial denies it; casting doubt on talks while one pair kills
charges; a proposal put on the table or presented is its presenter's. a purpose hung on the place reached
is the purpose of the trip. seeking to do an act is an attempt, which the act tells. Words: getting to a
capital, an answer handed over, conditions released, a stoppage proclaimed, a route left, turning one's
back on an offer."""

from __future__ import annotations


def test_going_on_to_act_is_the_act(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("Antony Blinken went on to appeal to {B} to shun any step that might derail the "
                       "talks.", pair) == [("REQUEST", "Antony Blinken", pair["B"])]


def test_a_whose_phrase_starts_a_relative_clause(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """The leader of the relative clause is no accuser; he vows revenge of his own."""
    assert coded_sides("{B} was blamed for the bombing by both {A} and Iran, whose supreme leader, Ali "
                       "Khamenei, vowed revenge.", pair) == [
        ("ACCUSE", frozenset({pair["A"], "Iran"}), pair["B"]), ("THREATEN", "Ali Khamenei", None)]
    assert coded_sides("Talks opened on Wednesday without the {b} army, whose pair refused to send a "
                       "delegation.", pair) == [("REJECT", pair["B"], None)]


def test_a_fronted_participle_clause_is_said_of_the_subject(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("Voicing appreciation for {A}'s support, Emmanuel Macron also condemned the recent "
                       "attacks.", pair) == [("SUPPORT", "Emmanuel Macron", pair["A"]),
                                             ("ACCUSE", "Emmanuel Macron", None)]
    assert coded_sides("Accused by {A} of shelling border villages, {B} denied any involvement.", pair) == \
        [("ACCUSE", pair["A"], pair["B"]), ("REJECT", pair["B"], None)]


def test_the_first_object_of_a_verb_of_giving(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} pledged to give {PB} parliamentary backing for the deal.", pair) == \
        [("AGREE", pair["PA"], pair["PB"])]


def test_projectiles_sent_in_a_direction_are_fired(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair["A"], pair["B"]
    assert coded_sides("{A} sent dozens of rockets and drones over the border on Sunday.", pair) == \
        [("ASSAULT", a, None)]
    assert coded_sides("{A} sent hundreds of missiles at {B}.", pair) == [("ASSAULT", a, b)]
    assert coded_sides("{A} sent drones to {B}.", pair) == [("AID", a, b)]  # supplied


def test_an_answer_handed_over_and_a_stoppage_proclaimed(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} handed the mediators its answer on Tuesday.", pair) == \
        [("CONSULT", pair["A"], None)]
    assert coded_sides("{A} and the Islamic Jihad group handed their answer to the mediators.", pair) == \
        [("CONSULT", frozenset({pair["A"], "Palestinian Islamic Jihad"}), None)]
    assert coded_sides("{A}'s unions announced a nationwide stoppage on Monday.", pair) == \
        [("PROTEST", "Unions", None)]


def test_statements_by_a_titled_person_are_theirs(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A}'s foreign ministry rejected statements by the {b} prime minister, {PB}.",
                       pair) == [("REJECT", pair["A"], pair["PB"])]


def test_assuring_someone_of_a_past_act_reports_it(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} assured Antony Blinken on Monday that {A} had accepted the plan.", pair) == \
        [("AGREE", pair["A"], None)]


def test_leaving_a_route_withdraws(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} told the envoy that {A} had no intention of leaving the mountain route.", pair) \
        == [("REJECT", pair["A"], None)]


def test_the_antecedents_of_it_and_he(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """"it" looks back to a subject before it; "he" is none of a pair named as subject."""
    assert coded_sides("Although {B} did not attend the talks, it was briefed by mediators from {A} and "
                       "Qatar.", pair) == [("CONSULT", frozenset({pair["A"], "Qatar"}), pair["B"])]
    assert coded_sides("{PA} and Emmanuel Macron have threatened to bring {PB}'s government down if he signs "
                       "the deal.", pair) == [("THREATEN", frozenset({pair["PA"], "Emmanuel Macron"}),
                                               pair["PB"])]


def test_an_inverted_condition_read_as_a_content_clause(repaired, pair) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "{A} threatened to bring down the coalition should {PB} consent to the deal",
    with the condition a content clause of "threatened": it is still the threat's condition."""
    from truce.news.clause_readings import conditions

    doc = repaired(f"""
        {pair["A"]} NNP PROPN nsubj 1 {pair["A"]}
        threatened VBD VERB ROOT 1 threaten
        to TO PART aux 3 to
        bring VB VERB xcomp 1 bring
        down RP ADP prt 3 down
        the DT DET det 6 the
        coalition NN NOUN dobj 3 coalition
        should MD AUX aux 9 should
        {pair["PB"].split()[-1]} NNP PROPN nsubj 9 {pair["PB"].split()[-1]}
        consent VB VERB ccomp 1 consent
        . . PUNCT punct 1 .""")
    assert [t.lower_ for t in conditions(doc[1])] == ["consent"]


def test_a_comma_in_a_list_of_nouns_ends_no_fronted_phrase(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """"see women, older men and wounded soldiers freed": the people freed are no actor, and the
    words after the first comma are no main clause to parse alone."""
    assert coded_sides("The first phase would see women, older men and wounded soldiers freed, and {A}'s "
                       "offer to cut its troops was consistent with the deal.", pair) == []


def test_what_a_proposal_is_for_is_no_target(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} turned down plans last week for {b} watchtowers along the border.", pair) == \
        [("REJECT", pair["A"], None)]


def test_a_verb_of_saying_read_as_a_reduced_relative(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """"A news outlet reported on Aug. 24 that ...", which the parser reads as a noun phrase."""
    assert coded_sides("A {a} news outlet reported on Aug. 24 that {B} had sought the release of five "
                       "prisoners a week.", pair) == [("REQUEST", pair["B"], None)]


def test_conditions_released_are_demands(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("The {b} government released four conditions on Tuesday.", pair) == \
        [("REQUEST", pair["B"], None)]
    assert coded_sides("{A} released four {b} prisoners on Tuesday.", pair) == [("RETREAT", pair["A"], None)]


def test_a_possessive_names_the_agent_of_a_strike(pipeline, pair) -> None:  # type: ignore[no-untyped-def]
    """"its strike" is the state's own act; a demonym names its armed forces (annotation rule 6)."""
    import datetime as dt

    def codes(text: str) -> list[str | None]:
        return [e.source_code for e in pipeline.ingest(text.format(**pair), dt.date(2024, 8, 20)).events]

    code = {"India": "IND", "Pakistan": "PAK"}[pair["A"]]
    assert codes("{A} says its strike on Saturday killed the commander.") == [code]
    assert codes("{A} says {A}'s strike on Saturday killed the commander.") == [code]
    assert codes("{A} says {a} airstrikes on Saturday killed the commander.") == [code + "MIL"]


def test_talks_that_set_a_visit_in_time_are_not_the_visitors(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA}'s trip to Paris came shortly before upcoming talks in {B}.", pair) == \
        [("CONSULT", pair["PA"], "France")]


def test_saying_in_a_denial_denies(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} had not agreed to cut its forces along the border, the {a} foreign ministry said "
                       "in a denial on Monday.", pair) == [("REJECT", pair["A"], None)]


def test_a_proposal_put_on_the_table_is_its_presenters(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    pa, b = pair["PA"], pair["B"]
    assert coded_sides("{PA} rebuffed the proposals {B} had put on the table.", pair) == [("REJECT", pa, b)]
    assert coded_sides("{PA} rebuffed the proposals {B} presented.", pair) == [("REJECT", pa, b)]
    assert coded_sides("{PA} turned his back on the offers made by {B}.", pair) == [("REJECT", pa, b)]


def test_a_barrage_directed_or_rockets_rained_are_fired(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair["A"], pair["B"]
    assert coded_sides("{A} directed a barrage of rockets at {B} on Sunday.", pair) == [("ASSAULT", a, b)]
    assert coded_sides("{A} rained rockets on {B} on Sunday.", pair) == [("ASSAULT", a, b)]


def test_doubt_cast_on_talks_while_one_side_kills_charges(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """A rhetorical question in other words: casting doubt, wondering whether talks stand a chance."""
    pa = pair["PA"]
    assert coded_sides("{PA} cast doubt on whether talks could succeed if one pair assassinates the other "
                       "pair's negotiators.", pair) == [("ACCUSE", pa, None)]
    assert coded_sides("{PA} wondered aloud whether talks stood any chance if one pair kills the other "
                       "pair's envoys.", pair) == [("ACCUSE", pa, None)]
    assert coded_sides("{PA} cast doubt on the figures.", pair) == []  # a view, no act


def test_a_participle_read_as_a_gerund(repaired, pair) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "met with the {a} and {B} negotiating teams": a gerund clause with the
    teams as its object; "negotiating" modifies "teams", which is the object of "with"."""
    doc = repaired(f"""
        met VBD VERB ROOT 0 meet
        with IN ADP prep 0 with
        the DT DET det 3 the
        {pair["a"]} JJ ADJ amod 6 {pair["a"].lower()}
        and CC CCONJ cc 3 and
        {pair["B"]} NNP PROPN conj 3 {pair["B"]}
        negotiating VBG VERB pcomp 1 negotiate
        teams NNS NOUN dobj 6 team""")
    assert [(t.dep_, t.head.i) for t in doc][3:] == [("amod", 7), ("cc", 3), ("conj", 3), ("amod", 7),
                                                     ("pobj", 1)]


def test_a_modifier_hung_on_a_determiner(repaired, pair) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "talks with the {a} and {B} teams", "{a}" a pre-conjunct of "the"."""
    doc = repaired(f"""
        talks NNS NOUN ROOT 0 talk
        with IN ADP prep 0 with
        the DT DET det 6 the
        {pair["a"]} JJ ADJ preconj 2 {pair["a"].lower()}
        and CC CCONJ cc 3 and
        {pair["B"]} NNP PROPN conj 3 {pair["B"]}
        teams NNS NOUN pobj 1 team""")
    assert (doc[3].dep_, doc[3].head.i) == ("amod", 6)


def test_the_leader_of_a_state_is_its_head_named_in_the_sentence(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair["A"], pair["B"]
    assert coded_sides("{A} said the plan met {PB}'s terms, and it blamed the {b} leader for the collapse of "
                       "the talks.", pair) == [("ACCUSE", a, pair["PB"])]
    assert coded_sides("{A} blamed the {b} leader for the collapse of the talks.", pair) == [("ACCUSE", a, b)]


def test_standing_accused(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{B} stands accused by {A} of attaching new demands to the prisoner exchange.",
                       pair) == [("ACCUSE", pair["A"], pair["B"])]


def test_getting_to_a_capital_is_a_trip(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """A trip there; with a purpose of its own the capital is the venue, no host (annotation rule 5)."""
    assert coded_sides("{PA} got to Paris on Friday.", pair) == [("CONSULT", pair["PA"], "France")]
    assert coded_sides("The {a} delegation got to Paris on Friday to hear what the talks had produced.",
                       pair) == [("CONSULT", pair["A"], None)]
    assert coded_sides("{a} negotiators reached the French capital to be briefed on the talks.", pair) == \
        [("CONSULT", pair["A"], None)]


def test_seeking_to_act_is_an_attempt_told_by_the_act(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """Seeking to do an act is an attempt, no request; seeking what names no act asks it of others."""
    assert coded_sides("{PA} arrived in Paris on Sunday, seeking to persuade both sides to accept the "
                       "proposal.", pair) == [("CONSULT", pair["PA"], "France")]
    assert coded_sides("{A} is seeking to resolve those concerns.", pair) == []
    assert coded_sides("{A} was also seeking to vet {b} citizens returning home.", pair) == \
        [("REQUEST", pair["A"], None)]
