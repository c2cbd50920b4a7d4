"""The twenty-fifth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: a CAMEO pattern written for the verb itself decides before one written for another verb of
its block; the agent of a verb of creating a text or a plan (drafted, drawn up, laid down) is the
author of what is accepted or refused; an attack borne by air or by weapons ("air raids", "drone
attacks") is the armed forces' act, also when people died in it; claiming responsibility for an attack
claims the attack; taking lives kills; keeping someone informed and briefings received are
consultations; standing or holding firm insists; "no longer demands" drops a demand; requiring is
demanding; "out of the question" and a verb of judging with "unacceptable" reject; attendance told with
inversion ("Attending the session were A and B", "Present at the meeting were ...", "Participants in
the meeting included ...") is a meeting of those named, none of them its own target; trying, aiming or
striving to do something is no act of its own, and what someone is persuaded to do is the persuaded
one's, not the persuader's; letting someone know tells them; weapons sent against someone are fired;
"was slain", which the parser reads as an adjective, is no act of the slain; a participle on a noun in
a prepositional phrase ("of the people taken hostage") is no clause of that noun; a plan or an
initiative unveiled, presented or launched is a proposal made, and one signed or approved is accepted;
calling for a strike calls it; appreciation or gratitude voiced praises; using something to do an act
is that act ("used 100 jets to strike"), while a use CAMEO codes itself keeps its code ("used tear gas
to disperse"); pointing the finger at someone accuses them; retribution promised threatens; forces
that remain deployed keep a state, no deployment made; sitting out talks refuses them, and what one
chooses or opts to do is done, told as the choice is; a meeting said to be likely is announced, as an
expected one is, while an attack said to be likely is only predicted; several parties working together
or acting in a joint operation cooperate, while saying something in a joint statement is no act; an
attack received "by" someone is theirs, as one "from" them is; "off the table" rejects as "out of the
question" does; a gathering is a meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from truce.news.lexicon import Lexicon
from truce.news.patterns import ArgumentWords, choose_code

SIDES = [
    {"A": "India", "B": "Pakistan", "a": "Indian", "b": "Pakistani", "P": "Narendra Modi"},
    {"A": "Pakistan", "B": "India", "a": "Pakistani", "b": "Indian", "P": "Shehbaz Sharif"},
]
IN_2024 = dt.date(2024, 8, 20)


@pytest.fixture(params=SIDES, ids=["India first", "Pakistan first"])
def side(request):  # type: ignore[no-untyped-def]
    """The names of one side (A) and the other (B), both ways round."""
    return request.param


def _code(coded, template: str, side: dict[str, str]) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    """Coded events, with several actors as a set (their order is the parser's)."""
    def one(x: object) -> object:
        return frozenset(x) if isinstance(x, tuple) else x

    return [(t, one(s), one(g)) for t, s, g in coded(template.format(**side), IN_2024)]


def test_a_pattern_written_for_the_verb_itself_decides() -> None:
    """CAMEO's complaint block shares "* SANCTIONS" between DEBATE (040) and OPPOSE (052)."""
    lexicon = Lexicon.shipped()
    sanctions = ArgumentWords([], ["sanctions"], [])

    def code(verb: str) -> str | None:
        sense = next(s for s in lexicon.verbs[verb] if s.particle is None)
        return choose_code(sense, sanctions, lexicon)

    assert (code("debate"), code("oppose")) == ("040", "052")


def test_the_author_of_a_text_by_a_verb_of_creation(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "{A} rejected the terms drafted by {B}.", side) == [("REJECT", a, b)]
    assert _code(coded, "{A} accepted the plan drawn up by {B}.", side) == [("AGREE", a, b)]
    assert _code(coded, "{A} turned down the conditions laid down by {B}.", side) == [("REJECT", a, b)]


def test_attacks_borne_by_air_and_responsibility_claimed(coded, side) -> None:  # type: ignore[no-untyped-def]
    a = side["A"]
    assert _code(coded, "At least 20 soldiers were killed in {a} air raids on Sunday.", side) == \
        [("ASSAULT", a, None)]
    assert _code(coded, "Twelve people died in {a} air raids on Sunday.", side) == [("ASSAULT", a, None)]
    assert _code(coded, "{A} claimed responsibility for the attack on the {b} base.", side) == \
        [("ASSAULT", a, None)]
    assert _code(coded, "{a} troops took the lives of ten militants.", side) == [("ASSAULT", a, None)]


def test_an_israeli_air_raid_is_the_israeli_forces() -> None:
    """The armed forces by name where the dictionary names them (ISRMIL), both as actor and as
    the owner of the raid people died in."""
    from truce.news.pipeline import NewsPipeline

    pipeline = NewsPipeline()
    for text in ("At least 90 people were killed in Israeli air raids on Saturday.",
                 "No fewer than 90 people died in Israeli air raids on Saturday."):
        assert [(e.event_type, e.source) for e in pipeline.ingest(text, IN_2024).events] == \
            [("ASSAULT", "Israel Defense Forces")]


def test_briefings_and_firm_stances(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "{A} was kept informed by mediators from France.", side) == [("CONSULT", "France", a)]
    assert _code(coded, "{A} received briefings from {b} officials.", side) == [("CONSULT", b, a)]
    assert _code(coded, "{A} stood firm on its demands.", side) == [("REQUEST", a, None)]
    assert _code(coded, "{A} has held firm that any deal must include its prisoners.", side) == \
        [("REQUEST", a, None)]


def test_demands_dropped_and_required(coded, side) -> None:  # type: ignore[no-untyped-def]
    a = side["A"]
    assert _code(coded, "{A} no longer demands the release of its prisoners.", side) == [("CONCEDE", a, None)]
    assert _code(coded, "{A} no longer requires guarantees from {B}.", side) == [("CONCEDE", a, None)]
    assert _code(coded, "{A} requires guarantees from France.", side) == [("REQUEST", a, "France")]


def test_judged_out_of_the_question_or_unacceptable(coded, side) -> None:  # type: ignore[no-untyped-def]
    p, b = side["P"], side["B"]
    assert _code(coded, "{P} said a withdrawal from the border was out of the question.", side) == \
        [("REJECT", p, None)]
    assert _code(coded, "{P} called the {b} demands unacceptable.", side) == [("REJECT", p, b)]
    for template in ("{P} deemed the {b} offer unacceptable.", "{P} called any halt to the fighting "
                     "unacceptable.", "{P} found the {b} proposal unacceptable."):
        assert [(t, s) for t, s, _ in _code(coded, template, side)] == [("REJECT", p)]


def test_attendance_told_with_inversion(coded, side) -> None:  # type: ignore[no-untyped-def]
    met = frozenset({side["P"], "Emmanuel Macron"})
    for template in ("Attending the session were {P} and Emmanuel Macron.",
                     "Present at the meeting in Paris were {P} and Emmanuel Macron.",
                     "Participants in the meeting in Paris included {P} and Emmanuel Macron."):
        assert _code(coded, template, side) == [("CONSULT", met, None)]


def test_attempts_and_object_control(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "Antony Blinken arrived in {A} on Sunday, aiming to persuade both sides to accept "
                 "the proposal.", side) == [("CONSULT", "Antony Blinken", a)]
    assert _code(coded, "{A} is striving to resolve those concerns.", side) == []
    assert _code(coded, "{A} tried to storm the {b} base.", side) == []
    assert _code(coded, "Antony Blinken urged {A} to accept the proposal.", side) == \
        [("REQUEST", "Antony Blinken", a)]
    assert _code(coded, "{P} let Antony Blinken know that {A} had agreed to the offer.", side) == \
        [("AGREE", a, None)]
    assert _code(coded, "{A} said it had sent 300 rockets and drones against {b} army positions.", side) == \
        [("ASSAULT", a, b)]
    assert _code(coded, "{A} sent weapons to Ukraine.", side) == [("AID", a, "Ukraine")]


def test_the_slain_and_the_taken_are_no_source(coded, side) -> None:  # type: ignore[no-untyped-def]
    assert _code(coded, "{P} was slain in {B} on Wednesday.", side) == []
    assert _code(coded, "Of the 200 people taken hostage in October, 90 remain in captivity.", side) == []


def test_plans_strikes_gratitude_and_use(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b, p = side["A"], side["B"], side["P"]
    assert _code(coded, "{A} unveiled a plan for a truce on Friday.", side) == [("CONSULT", a, None)]
    assert _code(coded, "{A} launched an initiative to end the fighting.", side) == [("CONSULT", a, None)]
    assert _code(coded, "{A} signed the {b} plan.", side) == [("AGREE", a, b)]
    assert _code(coded, "{a} unions called for a general strike.", side) == \
        [("PROTEST", f"{side['a']} unions", None)]
    assert _code(coded, "{P} expressed gratitude to {B} for its help.", side) == [("SUPPORT", p, b)]
    assert _code(coded, "{A} used 100 jets to strike {b} positions.", side) == [("ASSAULT", a, b)]
    assert _code(coded, "{a} police used tear gas to disperse the protesters.", side) == [("COERCE", a, None)]


def test_fingers_retribution_and_states_kept(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b, p = side["A"], side["B"], side["P"]
    assert _code(coded, "{A} pointed the finger at {B} over the killing.", side) == [("ACCUSE", a, b)]
    assert _code(coded, "{P} promised {B} severe retribution.", side) == [("THREATEN", p, b)]
    assert _code(coded, "{a} troops will remain deployed along the border.", side) == []
    assert _code(coded, "{A} deployed troops along the border.", side) == [("MOBILIZE", a, None)]


def test_talks_sat_out_and_choices(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "{A} sat out the talks in Geneva.", side) == [("REJECT", a, None)]
    assert _code(coded, "{A} chose to sit out the talks in Geneva.", side) == [("REJECT", a, None)]
    assert _code(coded, "{A} opted to attack {B}.", side) == [("ASSAULT", a, b)]


def test_likely_meetings(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "Mediators from France are likely to meet negotiators from {A} and {B} next week.",
                 side) == [("AGREE", "France", frozenset({a, b}))]
    assert _code(coded, "{A} is likely to attack {B}.", side) == []


def test_acts_done_together(coded, side) -> None:  # type: ignore[no-untyped-def]
    pair = frozenset({side["A"], side["B"]})
    assert _code(coded, "{A} and {B} are working together to trace weapons smuggled across the border.",
                 side) == [("COOPERATE", pair, None)]
    assert _code(coded, "{a} and {b} police dismantled a smuggling ring in a joint operation.", side) == \
        [("COOPERATE", pair, None)]
    assert _code(coded, "{A} and {B} said in a joint statement that talks would resume next week.",
                 side) == []


def test_attacks_by_tables_and_gatherings(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, p = side["A"], side["P"]
    assert _code(coded, "The border town came under attack by {A} on Saturday.", side) == \
        [("ASSAULT", a, None)]
    assert _code(coded, "{P} said a pullback from the border was off the table.", side) == \
        [("REJECT", p, None)]
    assert _code(coded, "The gathering in Geneva brought together {P} and Emmanuel Macron.", side) == \
        [("CONSULT", frozenset({p, "Emmanuel Macron"}), None)]
