"""The thirty-third round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: acts told from the side of the one they are done to (a barrage come under, a guest's host, death
at someone's hands); votes against; revenge for someone; talks brought to a halt; an act excluded; a
warning by someone; unhappiness signalled; an office held, parties that disagree, views and delays that
are no acts; a content clause read as relative; a clause summed up as a demand; trips to press the
parties; demands backed away from; proposals of several authors."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("template", "expected"), [
    ("{A} came under a barrage of hundreds of rockets launched by {B} on Sunday.", ("ASSAULT", "B", "A")),
    ("{PA} was the guest of {PB} in the capital on Tuesday.", ("CONSULT", "PB", "PA")),
    ("On Tuesday, {PA} was the guest of {PB}.", ("CONSULT", "PB", "PA")),
])
def test_acts_told_from_the_side_of_their_target(coded_sides, pair, template, expected) -> None:  # type: ignore[no-untyped-def]
    """The subject is the target, the giver named by a phrase of its own the source."""
    kind, source, target = expected
    assert coded_sides(template, pair) == [(kind, pair[source], pair[target])]


def test_death_at_the_hands_of_troops(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("Three {b} soldiers died at the hands of {a} troops on Monday.", pair) == \
        [("ASSAULT", pair["A"], pair["B"])]


def test_votes_against(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """A vote to oppose rejects; a vote to deplore deplores, against the one deplored."""
    assert coded_sides("{PA} voted to oppose the maps.", pair) == [("REJECT", pair["PA"], None)]
    assert coded_sides("The assembly of {A} voted to deplore {B}'s invasion.", pair) == \
        [("ACCUSE", pair["A"], pair["B"])]


def test_revenge_for_someone_is_no_threat_to_them(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} pledged revenge for {PB}.", pair) == [("THREATEN", pair["PA"], None)]


@pytest.mark.parametrize(("template", "kind"), [
    ("{A} brought the talks with {B} to a halt on Sunday.", "SANCTION"),
    ("{A} has backed away from its demand for a permanent truce.", "CONCEDE"),
    ("{PA} excluded any withdrawal from the border.", "REJECT"),
    ("The risk of war was highlighted in a warning by {PA}.", "THREATEN"),
    ("{A} signaled unhappiness with the latest proposal.", "ACCUSE"),
    ("{PA} asked how mediating could work if one side kills the other side's negotiator.", "ACCUSE"),
])
def test_acts_named_by_their_wording(coded_sides, pair, template, kind) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(template, pair)
    assert [e[0] for e in events] == [kind]
    assert events[0][1] == pair["PA" if "{PA}" in template else "A"]


@pytest.mark.parametrize("template", [
    "{A} and {B} still disagree over the border.",
    "{PA} expressed the view that a deal was achievable.",
    "{A} had delayed its retaliation so that the talks could succeed.",
    "The draft calls for {A} to stop its offensive while {B} hands back the prisoners.",
])
def test_states_views_and_contents_are_no_acts(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == []


def test_disagreeing_with_someone_still_charges(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} disagreed with {B} over the border.", pair) == [("ACCUSE", pair["A"], pair["B"])]


def test_an_office_held_is_no_act(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA}, who once led the {a} army, arrived in {B} on Monday.", pair) == \
        [("CONSULT", pair["PA"], pair["B"])]


def test_the_content_of_a_report_said(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("A {b} news site said in a report on Monday that {A} had pressed for the release "
                       "of prisoners.", pair) == [("REQUEST", pair["A"], None)]


def test_agreements_observed(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} and {B} said in a joint statement that they would observe all agreements on "
                       "the cease-fire.", pair) == [("AGREE", frozenset((pair["A"], pair["B"])), None)]


def test_a_demand_turned_down_by_an_agent(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """", a demand turned down by X" parsed as a main verb with a subject: the agent rejects it."""
    events = coded_sides("{A} also wanted to vet travellers going back to the north, a demand turned down "
                         "by {B}, a report said.", pair)
    # and the clause the noun sums up is the demand, told as fact (since the forty-eighth round)
    assert [(kind, source) for kind, source, _ in events] == [("REQUEST", pair["A"]), ("REJECT", pair["B"])]


def test_proposals_of_several_authors_name_no_one_target(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} rejected both the {b} proposal of eight towers and the American proposal of "
                       "two.", pair) == [("REJECT", pair["A"], None)]


def test_a_trip_to_press_the_parties_is_to_the_host(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} arrived in {B} on Sunday to press both sides to accept the deal.", pair) == \
        [("CONSULT", pair["PA"], pair["B"])]
    assert coded_sides("{PA} arrived in {B} on Sunday to hold talks on the border.", pair) == \
        [("CONSULT", pair["PA"], None)]


def test_a_destination_hung_on_the_last_member(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} had dispatched its delegation, including army chief Asim Munir, navy chief "
                       "Dinesh Tripathi and Maj. Gen. Ali Khan, to {B} on Aug. 22.", pair) == \
        [("CONSULT", pair["A"], pair["B"])]


def test_a_content_clause_read_as_relative(repaired, pair) -> None:  # type: ignore[no-untyped-def]
    """The parser's reading of "A site said in a report that {A} had pressed": the *that*-clause a
    relative clause of "report"; it is the complement of "said"."""
    doc = repaired(f"""
        site NN NOUN nsubj 1 site
        said VBD VERB ROOT 1 say
        in IN ADP prep 1 in
        a DT DET det 4 a
        report NN NOUN pobj 2 report
        that IN SCONJ mark 8 that
        {pair["A"]} NNP PROPN nsubj 8 {pair["A"]}
        had VBD AUX aux 8 have
        pressed VBN VERB relcl 4 press""", frozenset({"say"}))
    assert (doc[8].dep_, doc[8].head.i) == ("ccomp", 1)


def test_an_adverbial_idiom_read_as_an_object(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """"has time and again refused": the parser makes "has" the verb and "time" its object."""
    assert coded_sides("{A}, which has time and again refused to accept {b} troops, objected to the maps.",
                       pair) == [("REJECT", pair["A"], None), ("REJECT", pair["A"], None)]


@pytest.mark.parametrize("template", [
    "{PA} laid out on Friday what he said was a {b} offer for a truce, urging {B} to take the deal.",
    "Unveiling on Friday what he said was a {b} plan for a truce, {PA} called on {B} to agree to it.",
])
def test_another_s_proposal_laid_out(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    """Another's offer or plan presented is a proposal put forward (mediation), also when the parser hangs
    the free relative's "what" on the verb of saying."""
    assert coded_sides(template, pair) == [("CONSULT", pair["PA"], None), ("REQUEST", pair["PA"], pair["B"])]


def test_walking_out_of_one_s_coalition(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} said he would walk out of the coalition and topple the government if it "
                       "accepted the deal.", pair) == []


def test_their_meeting_is_the_teller_s_with_the_one_told(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("In an oblique reference to the war, {PA} told {PB} in their meeting that provocative "
                       "steps had to be averted.", pair) == [("CONSULT", pair["PA"], pair["PB"])]


@pytest.mark.parametrize(("label", "clause_head"), [("advcl", 4), ("nsubj", 0)])
def test_a_name_read_as_a_verb(repaired, pair, label, clause_head) -> None:  # type: ignore[no-untyped-def]
    """The tagger's reading of "{PA}, meeting {PB}, underscored ...": the name a participle in *-en*, which
    the parser makes an adverbial clause, or its subject with the participle clause hung on the name; it
    is the verb's subject, a proper noun, and the clause hangs on the verb."""
    name = pair["PA"].split()[-1]
    doc = repaired(f"""
        {name} VBN VERB {label} 4 {name.lower()}
        , , PUNCT punct 0 ,
        meeting VBG VERB advcl {clause_head} meet
        {pair["PB"].split()[-1]} NNP PROPN dobj 2 {pair["PB"].split()[-1]}
        underscored VBD VERB ROOT 4 underscore""")
    assert (doc[0].dep_, doc[0].tag_, doc[0].head.i, doc[2].head.i) == ("nsubj", "NNP", 4, 4)


@pytest.mark.parametrize("template", [
    "{PA} met {b} Prime Minister {PB} as well as relatives of hostages in the capital.",
    "In the capital, {PA} met with the {b} prime minister as well as families of the hostages.",
])
def test_a_conjunct_after_as_well_as(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(template, pair)
    assert len(events) == 1 and events[0][:2] == ("CONSULT", pair["PA"]) and len(events[0][2]) == 2


def test_said_in_an_appeal(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("Every party should steer clear of moves that could wreck the talks, {PA} added in an "
                       "appeal.", pair) == [("REQUEST", pair["PA"], None)]


def test_a_no_vote_cast(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    """"a no vote": "no" after an article modifies the noun; it negates nothing."""
    assert coded_sides("{PA} cast a no vote on the maps.", pair) == [("REJECT", pair["PA"], None)]
    assert coded_sides("{A} made no concession.", pair) == []


def test_participants_present_at_a_meeting(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} and {PB} were all present at the meeting in the capital.", pair) == \
        [("CONSULT", frozenset((pair["PA"], pair["PB"])), None)]
