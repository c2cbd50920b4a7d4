"""General rules of the third round, each on sentences of its own (none from a blind set).

- a proper name with a title is that person, even when the dictionary lacks the name (rule 6);
- a verb of disapproval (CAMEO 110) with a proposal as its object is a rejection (CAMEO 12);
- yielding people held or armed forces is a release or withdrawal (RETREAT), other yields stay
  concessions;
- a name keeps the article's spelling when it is the record's name ("NATO", "da Silva").
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 6, 3)


def _coded(pipeline, text: str) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.source, e.source_code) for e in pipeline.ingest(text, DAY).events]


@pytest.mark.parametrize(("text", "person", "code"), [
    ("Chilean President Gabriel Boric condemned the coup.", "Gabriel Boric", "CHLGOV"),
    ("The Greek foreign minister, Giorgos Gerapetritis, criticised the decision.", "Giorgos Gerapetritis",
     "GRCGOV"),
    ("Hezbollah's deputy leader Naim Qassem praised the fighters.", "Naim Qassem", None),
    ("Peruvian Interior Minister Juan Santivanez rejected the proposal.", "Juan Santivanez", "PERGOV"),
])
def test_a_titled_name_is_the_person(pipeline, text: str, person: str, code: str | None) -> None:  # type: ignore[no-untyped-def]
    ((_, source, source_code),) = _coded(pipeline, text)
    assert source == person
    if code is not None:
        assert source_code == code


def test_a_name_without_a_title_is_no_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a name the dictionary lacks (Gabriel Boric, once used here, is now in it)
    assert _coded(pipeline, "Juan Santivanez condemned the coup.") == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The cabinet of Israel spurned the offer.", "REJECT"),
    ("Hamas rebuffed the new framework on Friday.", "REJECT"),
    ("Russia dismissed the peace plan.", "REJECT"),
    # dismissing what was said rejects it, as the gold sets code dismissed remarks, allegations, a
    # referendum and a price cap (REJECT)
    ("Russia dismissed the warnings.", "REJECT"),
])
def test_disapproving_a_proposal_rejects_it(pipeline, text: str, kind: str | None) -> None:  # type: ignore[no-untyped-def]
    types = [t for t, _, _ in _coded(pipeline, text)]
    if kind is None:
        assert "REJECT" not in types
    else:
        assert types == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    ("Eritrea freed twelve prisoners on Sunday.", "RETREAT"),
    ("Ethiopia withdrew its soldiers from the town.", "RETREAT"),
    ("Kenya withdrew the finance bill.", "CONCEDE"),
])
def test_yielding_people_or_forces_is_a_retreat(pipeline, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert [t for t, _, _ in _coded(pipeline, text)] == [kind]


def test_names_keep_the_articles_spelling(pipeline) -> None:  # type: ignore[no-untyped-def]
    analysis = pipeline.ingest("NATO rejected the plan. Luiz Inacio Lula da Silva met Biden.", DAY)
    names = [m.canonical for m in analysis.actor_mentions]
    assert "NATO" in names and "Luiz Inacio Lula da Silva" in names
    assert "Nato" not in names and "Luiz Inacio Lula Da Silva" not in names


@pytest.mark.parametrize(("text", "kind"), [
    ("Belarus deployed troops to its western border.", "MOBILIZE"),
    ("Russia sent soldiers to the frontier.", "MOBILIZE"),
    ("Germany sent tanks to Ukraine.", "AID"),  # weapons sent to someone are aid, not a deployment
    ("Thousands of Chileans rallied in Santiago on Sunday.", "PROTEST"),  # civilians rally: a demonstration
    ("Ukraine mobilised its reservists.", "MOBILIZE"),
    ("Serbia's parliament ratified the agreement.", "AGREE"),
    ("Russia vetoed the draft resolution.", "REJECT"),
])
def test_deployments_rallies_and_approvals(pipeline, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert [t for t, _, _ in _coded(pipeline, text)] == [kind]


@pytest.mark.parametrize(("text", "kinds"), [
    ("Norway put forward a new proposal on Monday.", ["CONSULT"]),  # making a proposal (045)
    ("The envoy presented a proposal to both sides.", ["CONSULT"]),
    ("Three ministers voted against the budget.", ["REJECT"]),
    ("The delegation of Sudan left Geneva on Friday.", []),  # leaving a city is no meeting
])
def test_proposals_votes_and_departures(pipeline, text: str, kinds: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [t for t, _, _ in _coded(pipeline, text)] == kinds
