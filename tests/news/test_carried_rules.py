"""Rules over general gaps of the parse path, each on sentences of its own (none from a gold set), in
other conflicts and with other verbs than the sets that showed the gap, with label swaps:

- the named proposer of a proposal is the target of its acceptance, support or rejection when a
  participle of proposing, offering or demanding names it (*a peace plan put forward by Saudi
  Arabia*, *the compromise offered by Azerbaijan*); who brokered, backed, signed or holds it is no
  author of it, and nor is the agent of a participle on anything but a proposal;
- a word the tagger read as an adjective but the parser made an object is an argument all the same
  (*dismissed Hamas's counterproposal*);
- a verb in the past that the parser hung on a list of names it made the root of the sentence is the
  sentence's verb, and the whole list its subject (*Germany, Italy and several partners urged*);
- the agent of a participle on a passive's subject is not the passive's agent (*a truce proposed by
  Qatar has been accepted, Hamas said*).
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2025, 3, 4)


def _coded(pipeline, text: str) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.source, e.target) for e in pipeline.ingest(text, DAY).events]


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
@pytest.mark.parametrize(("template", "kind"), [
    ("{a} rejected a peace plan put forward by {b}.", "REJECT"),
    ("{a} turned down the compromise offered by {b} on Monday.", "REJECT"),
    ("{a} accepted the ceasefire demanded by {b}.", "AGREE"),
    ("{a} said it had endorsed the initiative suggested by {b}.", "SUPPORT"),
])
def test_the_proposer_named_by_a_participle_is_the_target(pipeline, a: str, b: str, template: str,  # type: ignore[no-untyped-def]
                                                         kind: str) -> None:
    """Label swap: either side's proposal, accepted or rejected by the other, makes it the target."""
    assert _coded(pipeline, template.format(a=a, b=b)) == [(kind, a, b)]


def test_every_proposer_joined_by_and_is_a_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Serbia welcomed the framework proposed by the European Union and the United States."
    coded = _coded(pipeline, text)
    assert coded == [("SUPPORT", "Serbia", ("European Union", "United States"))]


@pytest.mark.parametrize("text", ["Ethiopia rejected the truce brokered by Kenya.",
                                  "Russia dismissed the proposal signed by Ukraine.",
                                  "Ethiopia rejected the villages held by Tigrayan forces."])
def test_a_broker_signer_or_holder_is_no_author(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [t for _, _, t in _coded(pipeline, text)] == [None]


@pytest.mark.parametrize(("a", "b"), [("Hamas", "Israel"), ("Israel", "Hamas")])
def test_a_proposal_tagged_as_an_adjective_is_still_the_object(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{a} on Sunday dismissed {b}'s counterproposal as absurd.") == [("REJECT", a, b)]


@pytest.mark.parametrize(("a", "b"), [("Germany", "Italy"), ("Italy", "Germany")])
@pytest.mark.parametrize(("template", "kind"), [
    ("{a}, {b} and several partners urged on Monday an immediate truce in Sudan.", "REQUEST"),
    ("{a}, {b} and several governments condemned on Sunday the arrest of the opposition leader.", "ACCUSE"),
])
def test_a_verb_hung_on_a_root_list_of_names_is_the_sentences(pipeline, a: str, b: str, template: str,  # type: ignore[no-untyped-def]
                                                              kind: str) -> None:
    """Label swap: the named members of the list are the sources, in either order."""
    assert _coded(pipeline, template.format(a=a, b=b)) == [(kind, (a, b), None)]


def test_a_participle_before_its_noun_is_not_taken_for_the_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    """"President al-Sisi hosted Blinken", parsed with *Blinken* the root: the guest is no source."""
    text = "Egyptian President Abdel Fattah al-Sisi hosted Blinken in El Alamein on Tuesday."
    coded = _coded(pipeline, text)
    assert all(source != "Antony Blinken" for _, source, _ in coded)


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
@pytest.mark.parametrize("template", ["A ceasefire offered by {b} has been accepted, {a} said.",
                                      "A ceasefire offered by {b} was accepted by {a} on Monday."])
def test_the_agent_of_a_participle_on_the_subject_is_not_the_passives(pipeline, a: str, b: str,  # type: ignore[no-untyped-def]
                                                                    template: str) -> None:
    """Label swap: the acceptance is the speaker's (or the passive's own agent's), the proposer its target."""
    assert _coded(pipeline, template.format(a=a, b=b)) == [("AGREE", a, b)]
