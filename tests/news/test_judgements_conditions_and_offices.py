"""Readings of clauses, conditions of threats and offices named by title, each rule on sentences of its
own (none from a gold set), with the sides swapped:

- a rhetorical question that doubts what can work while the other side uses force charges it;
- a clause summed up after a comma by "a condition" is a demand; a stance shown by pointing to issues
  on which one refuses; "won't" is *will not*; "the Armenian side" is the state;
- the subject after a fronted participle that the parser made an apposition; a verb joined by *and* to
  a dummy-*it* clause is the sayer's; a condemnation that "came from" someone is theirs; "the visit is
  X's third" is X's visit;
- "unacceptable to X" and "not true that ..." reject; "there would be no withdrawal" refuses one;
  "made clear that" tells, as *said* does; a choice not to join talks refuses them, a choice not to
  strike threatens no one;
- an acceptance told to someone is an act; the participants named after a meeting met; holding firm to
  one's terms maintains them; being adamant that something must be demands it;
- pinning an attack on someone accuses them; registering opposition rejects; rebuffing claims rejects
  them; the office of a prime minister is the state; a ministry in a capital is that state's;
- a threat's target is the one whose act its condition names (*if*, *should*, *in the event that*);
- proposing or offering to give someone something is an offer to them; a vote cast against rejects;
- "his country" is the state of the person "his" refers to; "him" is the last person named;
- a name set off by commas right before its verb is its subject; a relative clause with no relative
  word on a root noun that describes its subject is the main clause; a subject hung on the auxiliary
  before a date is the verb's;
- an office named by title alone is its holder on the article's date, and the state outside the term;
- strikes unleashed on someone are the act, not what they hit; "the Lebanese group" is the group of that
  state named before; a base-form verb in a series after a comma is an infinitive of the series; a text
  "which" someone examined is read, no one investigated; a declaration named after a capital is placed
  there, not authored by its state; "the Yerevan visit" is a visit to Armenia;
- further stances and parses (budging, spurning, maintaining one's insistence, holding to blame, a
  demand's subjunctive, a point conceded of another, free relatives, participles as subjects), those
  "together with" a subject, a group named in an attack noun's compounds;
- the main clause after a fronted phrase the parser made the root is parsed and coded alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

SIDES = [
    {"A": "Armenia", "B": "Azerbaijan", "a": "Armenian", "b": "Azerbaijani", "P": "Pashinyan",
     "Pfull": "Nikol Pashinyan", "Q": "Aliyev", "capA": "Yerevan", "townA": "Syunik"},
    {"A": "Azerbaijan", "B": "Armenia", "a": "Azerbaijani", "b": "Armenian", "P": "Aliyev",
     "Pfull": "Ilham Aliyev", "Q": "Pashinyan", "capA": "Baku", "townA": "Tovuz"},
]
PERSONS = {"Pashinyan": "Nikol Pashinyan", "Aliyev": "Ilham Aliyev"}
IN_2024 = dt.date(2024, 8, 20)


@pytest.fixture(params=SIDES, ids=["Armenia first", "Azerbaijan first"])
def side(request):  # type: ignore[no-untyped-def]
    """The names of one side (A) and the other (B), both ways round."""
    return request.param


def _code(coded, template: str, side: dict[str, str]):  # type: ignore[no-untyped-def]
    return coded(template.format(**side), IN_2024)


def test_rhetorical_questions_summed_up_demands_and_stances(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "{A} questioned how mediation could work when {B} assassinates its negotiators.",
                 side) == [("ACCUSE", a, b)]
    assert _code(coded, "According to a report last week, {A} also wanted to inspect the villages, a "
                 "condition rejected by {B}.", side) == [("REQUEST", a, None), ("REJECT", b, None)]
    assert _code(coded, "{A} has pointed to issues on which it refuses to give ground.", side) == \
        [("REJECT", a, None)]
    assert _code(coded, "{A} won't give ground on the border, its foreign ministry said.", side) == \
        [("REJECT", a, None)]
    assert _code(coded, "The {a} side insisted on a prisoner exchange.", side) == [("REQUEST", a, None)]


def test_subjects_the_parser_hung_elsewhere(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b, person = side["A"], side["B"], PERSONS[side["P"]]
    assert _code(coded, "Voicing concern over the shelling, the {a} foreign ministry condemned the attacks "
                 "on its villages.", side) == [("ACCUSE", a, None)]
    assert _code(coded, "{P} said it was time for the war to end and called on {B} to accept the deal.",
                 side) == [("REQUEST", person, b)]
    assert _code(coded, "Condemnation of the shelling came from {A}.", side) == [("ACCUSE", a, None)]
    assert _code(coded, "The visit is {A}'s third to Vienna since the war.", side) == [("CONSULT", a, None)]
    assert _code(coded, "After the village was shelled in {townA}, {A}'s prime minister, {Pfull}, vowed to "
                 "punish {B}.", side) == [("THREATEN", person, b)]
    assert _code(coded, "{A} had on May 6 withdrawn its demand for a border commission.", side) == \
        [("CONCEDE", a, None)]
    assert coded(f"America's top diplomat Antony Blinken arrived in {a} on Sunday, seeking to pressure both "
                 "sides into accepting the proposal.", IN_2024)[0] == ("CONSULT", "Antony Blinken", a)


def test_judgements_denials_and_choices(coded, side) -> None:  # type: ignore[no-untyped-def]
    a = side["A"]
    assert _code(coded, "Any deal that left {b} troops in the corridor would be unacceptable to {A}, its "
                 "foreign minister said.", side) == [("REJECT", a, None)]
    assert _code(coded, "{A} said it was not true that it had agreed to withdraw from the border zone.",
                 side) == [("REJECT", a, None)]
    assert _code(coded, "{A} said there would be no {a} withdrawal from the border zone.", side) == \
        [("REJECT", a, None)]
    assert _code(coded, "{A} made clear to {B} that {A} would not be withdrawing from the border zone.",
                 side) == [("REJECT", a, None)]
    assert _code(coded, "{A} opted not to join the talks in Vienna.", side) == [("REJECT", a, None)]
    assert "THREATEN" not in {t for t, _, _ in _code(coded, "{A} decided not to strike {B}.", side)}


def test_acceptances_meetings_and_terms(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "{A} held firm to the terms it had agreed to in May.", side) == [("REQUEST", a, None)]
    assert _code(coded, "{A}'s foreign minister informed the mediators of {B}'s acceptance of the plan.",
                 side) == [("AGREE", b, None)]
    assert _code(coded, "Participants in the meeting in Vienna were {A} and {B}.", side) == \
        [("CONSULT", (a, b), None)]
    assert _code(coded, "{A} has been adamant that any deal must include a border commission.", side) == \
        [("REQUEST", a, None)]


def test_blame_opposition_and_seats(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "{A} pinned the shelling of the village on {B}.", side) == [("ACCUSE", a, b)]
    assert _code(coded, "{A}'s president registered his opposition to the plan.", side) == \
        [("REJECT", a, None)]
    assert _code(coded, "{A} rebuffed {B}'s claims about the shelling.", side) == [("REJECT", a, b)]
    assert _code(coded, "The office of {A}'s prime minister rejected the plan.", side) == \
        [("REJECT", a, None)]
    assert _code(coded, "{B}'s remarks were rejected by the foreign ministry in {capA}.", side) == \
        [("REJECT", a, b)]


@pytest.mark.parametrize("sentence", [
    "{A} threatened to close the border if {B} held the vote.",
    "{A} threatened to close the border should {B} go ahead with the vote.",
    "{A} threatened to close the border in the event that {B} holds the vote.",
    "Should {B} go ahead with the vote, {A} has threatened to close the border."])
def test_a_threat_is_at_whom_its_condition_names(coded, side, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _code(coded, sentence, side) == [("THREATEN", side["A"], side["B"])]
    assert _code(coded, "{A} threatened to close the border.", side) == [("THREATEN", side["A"], None)]
    assert _code(coded, "{A} threatened to close the border.", side) == [("THREATEN", side["A"], None)]


def test_offers_votes_and_pronouns(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    for verb in ("proposed", "offered"):
        assert _code(coded, "{A} " + verb + " to give {B} a corridor to the exclave.", side) == \
            [("AGREE", a, b)]
    assert _code(coded, "{A} cast a vote against the resolution.", side) == [("REJECT", a, None)]
    assert _code(coded, "{P} told reporters that his country had agreed to the plan.", side) == \
        [("AGREE", a, None)]
    assert _code(coded, "The statement said the deal met {Q}'s terms and that {A} held him responsible for "
                 "the delay.", side) == [("ACCUSE", a, PERSONS[side["Q"]])]


@pytest.mark.parametrize(("first", "second"), [("Qatar", "Egypt"), ("Egypt", "Qatar")])
def test_an_office_named_by_title_is_its_holder_on_the_date(coded, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    title = {"Qatar": "prime minister", "Egypt": "president"}
    holder = {"Qatar": "Mohammed bin Abdulrahman Al Thani", "Egypt": "Abdel Fattah al-Sisi"}
    text = f"{first}'s {title[first]} met {second}'s {title[second]} in Doha."
    assert coded(text, IN_2024) == [("CONSULT", holder[first], holder[second])]
    # in 2020 the Qatari prime minister was another, whom the offices do not list: the state stands for him
    in_2020 = {"Qatar": "Qatar", "Egypt": "Abdel Fattah al-Sisi"}
    assert coded(text, dt.date(2020, 1, 10)) == [("CONSULT", in_2020[first], in_2020[second])]


GROUPS = [("Israeli", "Hezbollah", "southern Lebanon", "Lebanese"),
          ("Saudi", "Houthis", "northern Yemen", "Yemeni")]


@pytest.mark.parametrize(("state", "group", "place", "region"), GROUPS)
def test_attacks_and_groups_told_by_their_state(  # type: ignore[no-untyped-def]
        coded, state: str, group: str, place: str, region: str) -> None:
    """Strikes unleashed are the act, not what they hit; "the Lebanese group" is the group named before."""
    name = {"Israeli": "Israel", "Saudi": "Saudi Arabia"}[state]
    article = "the " if group == "Houthis" else ""
    assert coded(f"Early on Sunday the {state} government unleashed strikes on {article}{group} in {place} "
                 "that it characterised as pre-emptive, with roughly 100 jets taking part.", IN_2024) == \
        [("ASSAULT", name, group)]
    assert coded(f"Armenia pinned the shelling of the village on {article}{group}, a charge the {region} "
                 "group denied.", IN_2024)[-1] == ("REJECT", group, None)


def test_a_text_named_after_a_capital_is_placed_there(coded, side) -> None:  # type: ignore[no-untyped-def]
    """"The Beijing declaration", "the Minsk agreements": where a text was agreed, not its author."""
    assert _code(coded, "{A}'s foreign minister dismissed the Vienna declaration signed by {B} and Russia.",
                 side) == [("REJECT", side["A"], None)]


def test_a_visit_named_after_its_place(coded, side) -> None:  # type: ignore[no-untyped-def]
    """"The Yerevan visit by X": the place visited stands for its state, as "a visit to Yerevan" does."""
    assert _code(coded, "The {capA} visit by Antony Blinken took place on Monday.", side) == \
        [("CONSULT", "Antony Blinken", side["A"])]


def test_series_of_infinitives_and_texts_studied(coded, side) -> None:  # type: ignore[no-untyped-def]
    """A base-form verb in a series after a comma is one of the series' infinitives; a text examined
    through a relative pronoun is read, no one investigated."""
    assert _code(coded, "{P} underlined how important it was to seize the present opportunity to bring the "
                 "prisoners home, put a cease-fire in place and open the way to lasting peace.", side) == \
        [("REQUEST", PERSONS[side["P"]], None)]  # an appeal (annotation rule 4), no cease-fire in place
    assert _code(coded, "{A}'s foreign minister was shown the maps, which Russia's envoy and {B}'s foreign "
                 "minister subsequently examined.", side) == []


def test_more_stances_and_the_parses_they_come_in(coded, side) -> None:  # type: ignore[no-untyped-def]
    """Budging yields ("will not budge" refuses); spurning rejects; maintaining one's insistence and
    holding someone to blame in an infinitive; a demand takes a past spelled as the base form as its
    subjunctive; the ninth (visit) someone has made; a point conceded of another is a statement; a free
    relative's name as the naming verb's object; a participle parsed as the clausal subject."""
    a, b = side["A"], side["B"]
    assert _code(coded, "{A} has signalled points on which it will not budge.", side) == \
        [("REJECT", a, None)]
    assert _code(coded, "{A} spurned the reply from {B}.", side) == [("REJECT", a, b)]
    assert _code(coded, "Leaving Vienna on Sunday, an {a} team said {A} maintained its insistence on the "
                 "terms it had accepted.", side) == [("REQUEST", a, None)]
    assert _code(coded, "{A} holds {B} fully to blame for sabotaging the talks, its statement said.",
                 side) == [("ACCUSE", a, b)]
    assert _code(coded, "The {a} government demanded earlier in the month that {B}'s forces quit the border "
                 "villages.", side) == [("REQUEST", a, b)]
    assert _code(coded, "The visit is the ninth {P} has made to Moscow since the war broke out in October.",
                 side) == [("CONSULT", PERSONS[side["P"]], None)]
    assert _code(coded, "{A} conceded that {B} had not broken the truce.", side) == []
    assert _code(coded, "In the early hours of Sunday, {A} mounted what it termed preemptive attacks on {B}, "
                 "deploying around a hundred drones.", side)[0][:2] == ("ASSAULT", a)
    assert _code(coded, "Using roughly 100 drones, {A} early Sunday carried out what it described as "
                 "pre-emptive strikes on {B}.", side) == [("ASSAULT", a, b)]


@pytest.mark.parametrize(("first", "second"), [("Egypt", "Qatar"), ("Qatar", "Egypt")])
def test_those_together_with_the_subject_act_with_it(coded, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"On Friday the United States, together with {first} and {second}, unveiled a bridging "
                 "proposal.", IN_2024) == [("CONSULT", ("United States", first, second), None)]


@pytest.mark.parametrize("group", ["Houthi", "Hezbollah"])
def test_a_group_named_in_an_attack_nouns_compounds_did_it(coded, group: str) -> None:  # type: ignore[no-untyped-def]
    name = {"Houthi": "Houthis"}.get(group, group)
    assert coded(f"Friday's {group} drone strike on Tel Aviv claimed one life.", IN_2024) == \
        [("ASSAULT", name, "Israel")]


def test_the_main_clause_after_a_fronted_phrase_the_parser_made_the_head(coded, side) -> None:  # type: ignore[no-untyped-def]
    """When the parser makes a fronted participle the root, the main clause is parsed and coded alone."""
    assert _code(coded, "Seeking to persuade both sides to accept the proposal, Secretary of State Antony "
                 "Blinken travelled to {A} on Sunday.", side) == [("CONSULT", "Antony Blinken", side["A"])]
