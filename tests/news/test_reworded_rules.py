"""Rules for constructions that rewording moves an act into, each on sentences of its own (none from a
gold set), with label swaps:

- an agentless passive act of cooperation reported by a named speaker is the speaker's own (*the
  crossing will be reopened, Sudan said*), never an act done to the speaker or its own people;
- the parties named between a comma and the verb that the parser hung on the phrase before the
  comma are its sources (*After talks in Vienna, Armenia and Azerbaijan both agreed*, *Under
  pressure from Iran, Armenia and Azerbaijan called for*, *..., Armenia's Pashinyan and Azerbaijani
  President Aliyev signed*); *they* after several speakers is all of them;
- a copular stance is coded as the verb it stands for (*was in favour of a truce* supports it);
- walking out of talks leaves them, as pulling out does (REJECT);
- a state's forces withdrawn, in an agentless passive, are the state's retreat;
- a name the parser joined to another's apposition (*by Armenia's prime minister Nikol Pashinyan and
  Azerbaijan's Ilham Aliyev*) and every *of* joined by *and* (*envoys of Armenia and of Azerbaijan*)
  are sources too;
- in a passive reported by a speaker, the speaker's own people done to make the speaker the target
  (*Kosovo said its soldiers were attacked by Serbia*);
- a fronted clause the parser flattened into the verb (*After contacts with Kosovo, Serbia set free*)
  leaves the subject after the comma.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("a", "b"), [("Serbia", "Kosovo"), ("Kosovo", "Serbia")])
@pytest.mark.parametrize("template", ["The border crossing with {b} will be reopened, {a} said.",
                                      "{a} said the border crossing with {b} would be reopened."])
def test_agentless_passive_reported_is_the_speakers_act(coded, a: str, b: str, template: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: either speaker announcing the reopening is its source."""
    assert [(k, s) for k, s, _ in coded(template.format(a=a, b=b))] == [("CONCEDE", a)]


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
def test_agentless_acceptance_reported_is_the_speakers(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"The proposal of {b} has been accepted, {a} said.") == [("AGREE", a, b)]


@pytest.mark.parametrize("text", ["Armenia said its proposal had been accepted.",
                                  "Armenia said Armenia had been invited to the talks.",
                                  "Armenia said it had been invited to the talks.",
                                  "Armenia said the proposal had been accepted by Azerbaijan."])
def test_passive_done_to_the_speaker_or_with_an_agent_is_not_the_speakers(coded, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(source != "Armenia" for _, source, _ in coded(text))


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
@pytest.mark.parametrize("word", ["both", "each"])
def test_parties_before_a_distributive_subject_are_its_sources(coded, a: str, b: str, word: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: "After talks in Vienna, A and B both agreed" is agreed by both, in either order."""
    events = coded(f"After two days of talks in Vienna, {a} and {b} {word} accepted a truce.")
    assert ("AGREE", (a, b), None) in events


@pytest.mark.parametrize("text", ["In Vienna on Friday, all accepted a truce.",
                                  "In Vienna, Armenia and Azerbaijan said both sides accepted a truce."])
def test_a_distributive_subject_without_names_alone_before_it_names_no_party(coded, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(source != ("Armenia", "Azerbaijan") for _, source, _ in coded(text))


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
@pytest.mark.parametrize("frame", ["{a} was in favour of a truce with {b}.",
                                   "{a} said that it was in favor of a truce with {b}."])
def test_a_copular_stance_is_coded_as_its_verb(coded, a: str, b: str, frame: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: being in favour of something supports it, as "supported" does."""
    assert [(k, s) for k, s, _ in coded(frame.format(a=a, b=b))] == [("SUPPORT", a)]


@pytest.mark.parametrize("text", ["Armenia was in Vienna for a week.",
                                  "Armenia was not in favour of the plan."])
def test_a_copula_without_a_stance_or_denied_supports_nothing(coded, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(kind != "SUPPORT" for kind, _, _ in coded(text))


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
def test_a_subject_hung_on_the_phrase_before_a_comma_is_the_subject(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: "Under pressure from Iran, A and B called for" is called for by both."""
    events = coded(f"Under pressure from Iran, {a} and {b} called for a truce.")
    assert ("REQUEST", (a, b), None) in events


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
def test_they_after_several_speakers_is_all_of_them(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"{a} and {b} said on Thursday that they had agreed on the text of a treaty.")
    assert events == [("AGREE", (a, b), None)]


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
@pytest.mark.parametrize("fronted", ["Meeting in Doha under the auspices of the emir of Qatar",
                                     "On Friday"])
def test_names_after_a_fronted_phrase_are_the_subject(coded, a: str, b: str, fronted: str) -> None:  # type: ignore[no-untyped-def]
    """A participle the parser read as the subject, or a day it hung the names on, names no party."""
    assert ("AGREE", (a, b), None) in coded(f"{fronted}, {a} and {b} each signed the deal.")


def test_a_list_running_across_the_comma_is_not_a_fronted_subject(coded) -> None:  # type: ignore[no-untyped-def]
    text = "Meeting in Vienna, the envoys of Serbia, Kosovo, Armenia and Azerbaijan signed a deal."
    events = coded(text)
    assert all(source != ("Armenia", "Azerbaijan") for _, source, _ in events)


@pytest.mark.parametrize(("a", "b"), [("Serbia", "Kosovo"), ("Kosovo", "Serbia")])
def test_walking_out_of_talks_rejects_them(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert [(k, s) for k, s, _ in coded(f"{a} walked out of the talks with {b} on Monday.")] == [
        ("REJECT", a)]


def test_walking_out_of_a_room_rejects_nothing(coded) -> None:  # type: ignore[no-untyped-def]
    assert all(kind != "REJECT" for kind, _, _ in coded("Serbia walked out of the room."))


@pytest.mark.parametrize(("a", "b"), [("Russian", "Russia"), ("Ukrainian", "Ukraine")])
def test_forces_withdrawn_are_their_states_retreat(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: either side's troops pulled back, with no agent named, are that side's retreat."""
    assert coded(f"{a} troops were withdrawn from the town.") == [("RETREAT", b, None)]


def test_people_freed_are_not_their_states_retreat(coded) -> None:  # type: ignore[no-untyped-def]
    assert all(source != "Ukraine" for _, source, _ in coded("Ukrainian soldiers were freed."))


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
def test_every_of_joined_by_and_names_a_party(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    text = f"In Vienna, military commanders of {a}'s government and of {b}'s army signed a deal."
    events = coded(text)
    assert [(k, set(s)) for k, s, _ in events] == [("AGREE", {a, b})]


@pytest.mark.parametrize(("first", "second"), [
    ("Armenia's prime minister Nikol Pashinyan", "Azerbaijan's Ilham Aliyev"),
    ("Azerbaijan's president Ilham Aliyev", "Armenia's Nikol Pashinyan")])
def test_a_name_joined_to_an_apposition_is_a_party(coded, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"A declaration on the border was signed by {first} and {second} on Sunday.")
    assert len(events) == 1 and events[0][0] == "AGREE" and len(events[0][1]) == 2  # type: ignore[arg-type]


@pytest.mark.parametrize(("a", "b"), [("Serbia", "Kosovo"), ("Kosovo", "Serbia")])
def test_the_speakers_people_in_a_passive_make_the_speaker_the_target(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: "A said its soldiers were attacked by B" is B's attack on A."""
    assert coded(f"{a} said its soldiers were attacked by {b}.") == [("ASSAULT", b, a)]


@pytest.mark.parametrize(("a", "b"), [("Serbia", "Kosovo"), ("Kosovo", "Serbia")])
def test_a_flattened_fronted_clause_leaves_the_subject_after_the_comma(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: "After direct contacts with B, A on Monday set free ..." is A's release."""
    events = coded(f"After direct contacts with {b}, {a} on Monday set free two prisoners.")
    assert [(k, s) for k, s, _ in events] == [("RETREAT", a)]
