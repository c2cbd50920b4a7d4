"""The twenty-sixth and twenty-seventh rounds' readings, each on sentences of its own (none from a gold set),
with the sides swapped. Parse repairs: a finite verb that the parser coordinates with a gerund or an
infinitive, or with the verb of a relative clause whose gap it cannot share, is the conjunct of the finite
verb above it; a second subject after a verb other than one of saying is its object; a name after a date
with no comma is the subject; the noun an approximator counts is the object; a past tense with a subject
read as an adjective is the verb. Who: a title with a person in apposition is the person, a plural title
before names joined by "and" is every name; names opening with lower-case particles; hyphenated agent
nouns; a plural pronoun after a coordinated subject is all of it; parenthetical and "according to" judges;
a visit "for" a person is theirs; a round of talks bringing parties together is their meeting. Targets: a
demanded withdrawal names who is to withdraw; the one a threat would oust may be named by a title and a
name. Frames: forces sent to attack attack; an agenda listing a meeting plans it; wanting something done
demands it; found responsible or to blame accuses; "no" on a passive subject negates; existential and
repeated-act relative clauses are told; a participle of saying after an agreement reports; heading one's
delegation is a role; travelling home is no visit; conceding what one knows yields nothing. Words: taking
issue, giving precedence, standing by or remaining insistent on a demand, pulling the plug on talks, being
grateful."""

from __future__ import annotations

import pytest

from truce.news.parse_repairs import ParseRepairs

SIDES = [
    {"A": "India", "B": "Pakistan", "a": "Indian", "b": "Pakistani", "P": "Narendra Modi"},
    {"A": "Pakistan", "B": "India", "a": "Pakistani", "b": "Indian", "P": "Shehbaz Sharif"},
]


@pytest.fixture(params=SIDES, ids=["India first", "Pakistan first"])
def side(request):  # type: ignore[no-untyped-def]
    """The names of one side (A) and the other (B), both ways round."""
    return request.param


def test_a_finite_conjunct_of_a_gerund_is_the_finite_verbs(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    p, b = side["P"], side["B"]
    assert coded_sides("{P} commended {B} for signing up to the accord and pressed France to take the same "
                       "step.", side) == [("SUPPORT", p, b), ("REQUEST", p, "France")]
    assert coded_sides("{P} declared that the war must now come to an end and called on {B} to accept the "
                       "agreement.", side) == [("REQUEST", p, b)]


def test_a_participle_closing_a_list_of_nouns_stays_in_it(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """"and wounded hostages" closes the list of those freed; no one wounded anyone."""
    assert coded_sides("The first phase would last six weeks and see women, elderly men and wounded "
                       "hostages released, the {a} official said.", side) == []


def test_the_arcs_after_a_repair(pipeline, side) -> None:  # type: ignore[no-untyped-def]
    """The conjunct and its "and" hang from the finite verb; the old head keeps its own words."""
    doc = pipeline.nlp("{P} commended {B} for signing up to the accord and pressed France to act."
                       .format(**side))
    pressed = next(t for t in doc if t.lower_ == "pressed")
    assert (pressed.head.lower_, pressed.dep_, doc[pressed.i - 1].head.lower_) == ("commended", "conj",
                                                                                    "commended")
    signing = next(t for t in doc if t.lower_ == "signing")
    assert pressed not in list(signing.children) and signing.right_edge.lower_ == "accord"
    assert ParseRepairs()(doc) is doc  # a second pass changes nothing
    assert pressed.head.lower_ == "commended"


def test_a_second_subject_after_the_verb_is_its_object(repaired, side) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "{A}'s leader {P} welcomed Blinken to Goa" (for some names only)."""
    doc = repaired(f"""
        {side["A"]} NNP PROPN poss 2 {side["A"]}
        's POS PART case 0 's
        leader NN NOUN nsubj 4 leader
        {side["P"].split()[-1]} NNP PROPN appos 2 {side["P"].split()[-1]}
        welcomed VBD VERB ROOT 4 welcome
        Blinken NNP PROPN nsubj 4 Blinken
        to IN ADP prep 4 to
        Goa NNP PROPN pobj 6 Goa""")
    assert [t.dep_ for t in doc] == ["poss", "case", "nsubj", "appos", "ROOT", "dobj", "prep", "pobj"]
    said = repaired(f"""
        {side["P"].split()[-1]} NNP PROPN nsubj 1 {side["P"].split()[-1]}
        said VBD VERB ROOT 1 say
        Blinken NNP PROPN nsubj 1 Blinken""", frozenset({"say"}))
    assert said[2].dep_ == "nsubj"  # not for a verb of saying


def test_quotative_inversion_keeps_its_subject(pipeline, side) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("\u201cWe will not accept it,\u201d said {P}.".format(**side))
    assert [t.dep_ for t in doc if t.lower_ == side["P"].split()[-1].lower()] == ["nsubj"]


def test_a_parenthetical_speaker_judges(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    p = side["P"]
    assert coded_sides("Even for the opening phase, {P} said, a pullback from the border was off the table.",
                       side) == [("REJECT", p, None)]
    assert coded_sides("For the first phase, {P} said, a withdrawal was out of the question.", side) == \
        [("REJECT", p, None)]


def test_travelling_home_is_no_visit(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("The {a} negotiators went home on Sunday.", side) == []
    assert coded_sides("The {a} delegation flew home on Sunday.", side) == []
    assert coded_sides("The {a} delegation went to Paris on Sunday.", side) == \
        [("CONSULT", side["A"], "France")]


def test_an_approximator_leaves_the_counted_noun_the_object(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert coded_sides("{A} said it launched upwards of 320 rockets and drones against {b} army sites.",
                       side) == [("ASSAULT", a, b)]
    assert coded_sides("{A} fired upward of 200 rockets at {B}.", side) == [("ASSAULT", a, b)]


def test_a_title_with_a_name_in_apposition_is_the_person(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """"the American president, Joe Biden": the person, not the office's state (rule 6)."""
    b = side["B"]
    assert coded_sides("The American president, Joe Biden, appealed to {B} on Friday to accept the plan.",
                       side) == [("REQUEST", "Joe Biden", b)]
    assert coded_sides("{B} was pressed on Friday by the American president, Joe Biden, to sign the deal.",
                       side) == [("REQUEST", "Joe Biden", b)]


def test_a_past_tense_with_a_subject_is_the_verb(repaired, side) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "In a vote, the {a} cabinet endorsed maps drawn up by the army": a noun
    phrase "endorsed maps" with no verb, though it tags "endorsed" as a past tense with a subject."""
    doc = repaired(f"""
        In IN ADP prep 6 in
        a DT DET det 2 a
        vote NN NOUN pobj 0 vote
        , , PUNCT punct 6 ,
        {side["a"]} JJ ADJ amod 5 {side["a"].lower()}
        cabinet NN NOUN nsubj 6 cabinet
        endorsed VBD VERB amod 7 endorse
        maps NNS NOUN ROOT 7 map
        . . PUNCT punct 7 .""")
    assert [(t.dep_, t.head.i) for t in doc] == [("prep", 6), ("det", 2), ("pobj", 0), ("punct", 6),
                                                 ("amod", 5), ("nsubj", 6), ("ROOT", 6), ("dobj", 6),
                                                 ("punct", 6)]
    assert [t.i for t in doc[6].subtree] == list(range(9))


def test_according_to_a_judge_and_go_betweens(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    p, a = side["P"], side["A"]
    assert coded_sides("According to {P}, any halt to the fighting was out of the question.", side) == \
        [("REJECT", p, None)]
    assert coded_sides("Go-betweens from France and Qatar briefed {A} on the talks.", side) == \
        [("CONSULT", frozenset({"France", "Qatar"}), a)]
    assert coded_sides("{A} sent the go-betweens its reply on Tuesday.", side) == [("CONSULT", a, None)]
    assert coded_sides("{A} said it had sent upwards of 300 missiles against {b} army positions.", side) == \
        [("ASSAULT", a, side["B"])]


def test_a_conjunct_with_its_own_object_leaves_a_relative_clause(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """"what {P} wanted and blamed X": "blamed" has its own object, so it shares no relative gap."""
    assert coded_sides("{A}, in its statement, said the new plan was aligned with what {P} wanted and blamed "
                       "the {b} prime minister for frustrating the mediators.", side) == \
        [("ACCUSE", side["A"], side["B"])]


def test_a_name_opening_with_a_lower_case_particle(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    b = side["B"]
    for template, name in (("On Sunday, al-Hayya blamed {B} for the delay.", "Khalil al-Hayya"),
                           ("On Monday, al-Sisi blamed {B} for the delay.", "Abdel Fattah al-Sisi"),
                           ("On Monday, von der Leyen blamed {B} for the delay.", "Ursula von der Leyen")):
        assert coded_sides(template, side) == [("ACCUSE", name, b)]


def test_no_deal_reached_is_none(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("No agreement was reached, {A} said.", side) == []
    assert coded_sides("No prisoners were released by {A} on Monday.", side) == []


def test_forces_sent_to_attack_attack(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """The attack they are sent to make is the act (as for an order to one's own forces), told as the
    sending is; forces sent with no attack to make are deployed."""
    a, b = side["A"], side["B"]
    assert coded_sides("{A} sent roughly 100 warplanes to bomb {B} on Sunday.", side) == [("ASSAULT", a, b)]
    assert coded_sides("{A} sent 2,000 troops to the border on Sunday.", side) == [("MOBILIZE", a, None)]
    # the purpose as an adverbial clause; forces sent somewhere, or to hold ground, are deployed
    assert coded_sides("{A} sent 100 fighter jets to bomb {B} on Sunday.", side) == [("ASSAULT", a, b)]
    for template in ("{A} sent the army into the streets to fight gangs.",
                     "{A} sent warships and jets to surround {B} in a large drill."):
        assert coded_sides(template, side) == [("MOBILIZE", a, None)]


def test_pulling_the_plug_on_talks(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} pulled the plug on the truce talks.", side) == [("SANCTION", side["A"], None)]


def test_an_agenda_listing_a_meeting_plans_it(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """"X's itinerary calls for a meeting with Y" is X's meeting with Y, planned (AGREE, as "is scheduled
    to meet"), no appeal."""
    p, b = side["P"], side["B"]
    for template in ("{P}'s itinerary calls for a Monday meeting with {b} officials in Paris.",
                     "{P}'s schedule includes talks with {b} officials on Monday."):
        assert coded_sides(template, side) == [("AGREE", p, b)]


def test_a_round_of_talks_bringing_parties_together(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    met = frozenset({side["A"], side["B"], "France"})
    assert coded_sides("A two-day round of talks in Paris, bringing together {A}, {B} and France, wrapped up "
                       "on Sunday.", side) == [("CONSULT", met, None)]


def test_taking_issue_and_giving_precedence(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} took issue with the {b} maps.", side) == [("REJECT", side["A"], side["B"])]
    assert coded_sides("{A} had given the corridor precedence over the captives.", side) == []


def test_found_to_blame_is_accused(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    a, b, p = side["A"], side["B"], side["P"]
    assert coded_sides("{A} considers {B} responsible for the collapse.", side) == [("ACCUSE", a, b)]
    assert coded_sides("{A} deemed {P} entirely to blame for the failure.", side) == [("ACCUSE", a, p)]


def test_a_name_after_a_date_without_a_comma_is_the_subject(repaired, side) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "On Friday {A}, together with ..., put a proposal on the table" (for some
    names only): the name as the date's apposition, the verb without a subject."""
    doc = repaired(f"""
        On IN ADP prep 3 on
        Friday NNP PROPN pobj 0 Friday
        {side["A"]} NNP PROPN appos 1 {side["A"]}
        put VBD VERB ROOT 3 put
        a DT DET det 5 a
        proposal NN NOUN dobj 3 proposal
        . . PUNCT punct 3 .""")
    assert [(t.dep_, t.head.i) for t in doc] == [("prep", 3), ("pobj", 0), ("nsubj", 3), ("ROOT", 3),
                                                 ("det", 5), ("dobj", 3), ("punct", 3)]


def test_wanting_something_done_demands_it(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """A state of things wanted that others are to bring about is demanded; wanting to act oneself is a
    wish, no act."""
    a = side["A"]
    assert coded_sides("{A} wanted the hostages freed this week.", side) == [("REQUEST", a, None)]
    assert coded_sides("{A} wanted to meet {B}.", side) == []


def test_a_relative_clause_on_an_existential_pivot_is_told(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """"there are issues on which it refuses to give ground" tells the refusal, as "it refuses to give
    ground on some issues" would."""
    a = side["A"]
    assert coded_sides("{A} has made clear there are issues on which it refuses to give ground.", side) == \
        [("REJECT", a, None)]
    assert coded_sides("There are areas where {A} will not compromise.", side) == [("REJECT", a, None)]


def test_heading_ones_delegation_is_a_role(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """"X led a delegation out of Cairo, declaring ...": told as "a delegation led by X" is (no act of
    leading); a participle of saying reports, whatever the act before it."""
    assert coded_sides("{P} led an {a} delegation out of Paris on Sunday, declaring that {A} was holding "
                       "firm to the terms it had agreed to.", side) == [("REQUEST", side["A"], None)]


def test_a_plural_title_before_two_names_is_both(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """"Far-right ministers A and B": the parser hangs B on the title and A inside B's name."""
    both = frozenset({"Itamar Ben-Gvir", "Bezalel Smotrich"})
    assert coded_sides("Far-right ministers Itamar Ben-Gvir and Bezalel Smotrich vowed to collapse the "
                       "coalition if {P} signs on to the accord.", side) == [("THREATEN", both, side["P"])]


def test_a_demanded_withdrawal_names_who_is_to_withdraw(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert coded_sides("{A} demanded the withdrawal of {b} troops from the border.", side) == \
        [("REQUEST", a, b)]
    assert coded_sides("{A} called for the removal of {b} soldiers from the crossing.", side) == \
        [("REQUEST", a, b)]
    assert coded_sides("{A} stood by its demand for the terms.", side) == [("REQUEST", a, None)]
    assert coded_sides("{A} stood by its insistence that any accord keep the terms.", side) == \
        [("REQUEST", a, None)]
    assert coded_sides("{A} remained insistent on the terms it had accepted.", side) == [("REQUEST", a, None)]


def test_a_repeated_act_in_a_relative_clause_is_told(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """"{A}, which has repeatedly refused ..., objected": two refusals."""
    a = side["A"]
    assert coded_sides("{A}, which has repeatedly refused to accept any {b} troops on its border, reportedly "
                       "objected to the new maps.", side) == [("REJECT", a, None), ("REJECT", a, None)]


def test_the_target_of_a_threat_named_by_a_title_and_a_name(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    both = frozenset({"Itamar Ben-Gvir", "Bezalel Smotrich"})
    assert coded_sides("Ben-Gvir and Smotrich vowed on Saturday to walk out of the government and oust the "
                       "{a} premier, {P}, if he went along with the agreement.", side) == \
        [("THREATEN", both, side["P"])]


def test_a_plural_pronoun_bound_by_a_coordinated_subject(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """"A, B and France ... their negotiations": all three, not the last one named."""
    met = frozenset({side["A"], side["B"], "France"})
    assert coded_sides("{A}, {B} and France are reported to have made headway in their recent negotiations "
                       "on a proposed deal.", side) == [("CONSULT", met, None)]


def test_a_visit_for_a_person_is_theirs(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("This marks the ninth Middle East visit for {P} since the war began.", side) == \
        [("CONSULT", side["P"], None)]


def test_conceding_what_one_knows_yields_nothing(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    p = side["P"]
    assert coded_sides("{P} conceded that he knew the plan would not win everyone's approval.", side) == []
    assert coded_sides("{P} conceded that he had lost the vote.", side) == [("CONCEDE", p, None)]


def test_being_grateful_praises(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} was grateful to France for its help.", side) == [("SUPPORT", side["A"], "France")]


def test_the_owner_of_an_agenda_meets_the_partners_on_it(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    """"Talks with A and B are on {P}'s agenda": {P} is to meet them (not A and B each other)."""
    assert coded_sides("Talks with Emmanuel Macron and Olaf Scholz are on {P}'s agenda this week.", side) == \
        [("AGREE", side["P"], frozenset({"Emmanuel Macron", "Olaf Scholz"}))]


def test_more_readings_of_repetition_and_knowledge(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    a = side["A"]
    assert coded_sides("{A}, which has refused more than once to accept {b} troops on its border, reportedly "
                       "objected to the maps.", side) == [("REJECT", a, None), ("REJECT", a, None)]
    assert coded_sides("{P} admitted he was aware that some would not go along with the plan.", side) == []
