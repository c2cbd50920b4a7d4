"""Stances told in other words, each rule on sentences of its own (none from a gold set), with the
sides swapped:

- a main clause's *would not* refuses, as *will not* does, unless a condition makes it hypothetical;
- *came out against* opposes, as *was against* does;
- a demand *set aside* is yielded, a rivalry set aside is no event;
- a vote held with no side taken is no act; *voted for*, *voted yes* and *voted to approve* agree;
- a head of government's office is the state; a noun that describes a name ("the Lebanese group
  Hezbollah") does not stand for it; members listed "among them" are no target; the one avenged is
  no target of a threat; a trio or a handful of people stands for the people;
- *called for* appeals whatever the parser hangs after it; the first of a list of subjects hung on the
  verb is a subject; "the Egyptian capital" stands for its state as "Cairo" does; a briefing received
  is a consultation by whom it is from; thanks for a state arm's backing, or for support it extended,
  are to that state;
- weapons fired in the passive are their owner's attack; an it-cleft and "the ninth time that ..."
  tell their clause as fact; a war named with its place is no actor;
- a relative clause on what a verb of showing points out tells the subject's stance ("points on which
  it will not compromise"); unwillingness refuses; what reports say is no act of their own;
- a promise that someone will face punishment threatens them; displeasure voiced or felt criticises;
  a text settled is agreed;
- a clause summed up after a comma by "a move critics said ..." is told as fact; a verb coordinated
  with the main verb past a free relative is the main verb's; a truce named with its place is no
  target; a proposal to close the gaps between two sides is to both; whom a threat would bring down
  is its target; voting no rejects; a meeting's participants named after it met; a family name goes
  on after the dictionary's phrase of a person ("... Al Thani");
- a population is no target of a rejection; a condemnation with no target is of whom the condemner's
  words charge; a head of government named by office is the one the sentence names;
- an opening "Led by X and Y," is parsed apart; "held X to blame", "issued a denial", "opted out of
  the talks" are idioms; needing to do something is no demand; talks "that brought together" X and Y
  are theirs; "which" is no person's; a demand made is on the subject of its own clause; proposing
  to do something oneself offers it; examining a text investigates no one;
- an abbreviated rank ("Maj. Gen.") is one token; casting doubt or giving priority is no act; the
  means of an attack ("deploying 100 jets") is part of it; targets belonging to X are X's; a barrage
  aimed at X is at X; "the bloc" refers back to an international body;
- whoever reports what a sentence tells is no target of it; "the mediators, X, Y and Z" are X, Y and Z;
  "with X as well as with Y" names both; a tour is a visit; sticking to one's terms maintains them;
- a reply delivered in the passive is its author's; those "given" a reply receive it;
- a phase verb with a complement ("went on to urge") is no act of its own; swearing to do something
  commits to it; weapons fired "into" X are aimed at X; a demand put forward is on the subject of its
  own clause; an attack that "claimed" lives killed; sounding the alarm warns; what holds "without"
  an act is a condition; a delegation that "landed in" a capital visited it, rockets that landed
  attacked; "the ninth time X has visited" tells the visit;
- "the Prime Minister's Office" is the government of the state its sentence names, whichever it is.
"""

from __future__ import annotations

import datetime as dt

import pytest

SIDES = [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")]
IN_2023 = dt.date(2023, 5, 1)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_would_not_in_a_main_clause_refuses(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} would not countenance pulling its troops out of the border zone.") == \
        [("REJECT", a, None)]
    assert coded(f"{a} would not accept any deal with {b} if the border stayed closed.") == []


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_coming_out_against(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a}'s parliament came out against the plan of {b}.")[0][0] == "REJECT"


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_a_demand_set_aside(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} has set aside its demand for a full withdrawal by {b}.")[0][:2] == ("CONCEDE", a)
    assert [e[0] for e in coded(f"{a} sent rescue teams to {b}, setting aside years of rivalry.")] == ["AID"]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_a_vote_takes_a_side_only_when_it_says_so(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    rejected = coded(f"{a}'s foreign minister rejected the plan of {b} when the cabinet voted on it.")
    assert [e[0] for e in rejected] == ["REJECT"]
    assert coded(f"{a}'s cabinet voted on Thursday to approve the plan of {b}.")[0][0] == "AGREE"
    assert coded(f"{a}'s parliament voted yes.")[0][0] == "AGREE"


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_who_acts_and_who_is_acted_on(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    leader = leader_of(a)
    assert coded(f"{leader}'s office rejected the plan.", dt.date(2023, 5, 1))[0][:2] == ("REJECT", a)
    assert coded(f"On Sunday the Iranian-backed group Hezbollah fired rockets at {b}.") == \
        [("ASSAULT", "Hezbollah", b)]
    sent = coded(f"{a} sent a delegation to Moscow, among them the foreign minister of {a}, on Monday.")
    assert sent == [("CONSULT", a, "Russia")]
    assert coded(f"{a}'s president promised to avenge {leader_of(b)}.") == [("THREATEN", a, None)]
    assert coded(f"{a}'s soldiers killed a trio of {b}'s soldiers.")[0][2] == b


def leader_of(state: str) -> str:
    """A head of government of 2023, named."""
    return {"Armenia": "Nikol Pashinyan", "Azerbaijan": "Ilham Aliyev"}[state]


DEMONYM = {"Armenia": "Armenian", "Azerbaijan": "Azerbaijani"}
CAPITAL = {"Armenia": "Yerevan", "Azerbaijan": "Baku"}


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_appeals_lists_capitals_briefings_and_thanks(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    called = f"{a} called for a complete list of the hostages still alive and for a mechanism to stop raids."
    assert coded(called)[0][:2] == ("REQUEST", a)
    listed = coded(f"Moscow, {CAPITAL[a]} and {CAPITAL[b]} presented a bridging proposal on Friday.")
    assert sorted(listed[0][1]) == sorted([a, b, "Russia"])
    assert coded(f"{a}'s delegation was sent to the {DEMONYM[b]} capital on Monday.") == [("CONSULT", a, b)]
    assert coded(f"{a} received a briefing from {DEMONYM[b]} mediators.") == [("CONSULT", b, a)]
    thanks = f"{a}'s president voiced gratitude for the {DEMONYM[b]} government's backing."
    assert coded(thanks)[0][::2] == ("SUPPORT", b)
    extended = f"{a}'s president expressed thanks for the support extended by the {DEMONYM[b]} government."
    assert coded(extended)[0][::2] == ("SUPPORT", b)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_weapons_clefts_and_counts(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} said more than 30 of its rockets had been fired at {DEMONYM[b]} positions.") == \
        [("ASSAULT", a, b)]
    cleft = f"It was earlier this month that {CAPITAL[a]} demanded the withdrawal of {b}'s troops."
    assert coded(cleft)[0][:2] == ("REQUEST", a)
    ninth = f"This marks the ninth time since the Karabakh war erupted that {a}'s leader went to Moscow."
    assert coded(ninth) == [("CONSULT", a, "Russia")]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_stances_shown_and_reports_denied(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} has signalled points on which it will not compromise.") == [("REJECT", a, None)]
    assert coded(f"{a} has signalled its willingness to resume talks with {b}.")[0][:2] == ("AGREE", a)
    assert coded(f"{a} is unwilling to compromise.") == [("REJECT", a, None)]
    denied = f"Reports that {a} had consented to scaling back forces were denied by {leader_of(a)}'s office."
    assert coded(denied, dt.date(2023, 5, 1)) == [("REJECT", a, None)]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_threats_displeasure_and_settlements(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a}'s president promised that {b} would face harsh punishment.")[0][::2] == ("THREATEN", b)
    assert coded(f"{a} has voiced discontent with the latest proposal.") == [("ACCUSE", a, None)]
    assert coded(f"{a} said it was unhappy with the latest proposal.") == [("ACCUSE", a, None)]
    assert coded(f"{a}'s envoy said most paragraphs of the text with {b} were settled.")[0][0] == "AGREE"


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_main_clauses_and_mediation(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    x = leader_of(a)
    moved = f"{a}'s cabinet voted to approve the maps of its border with {b}, a move critics said may end it."
    assert coded(moved)[0][:2] == ("AGREE", a)
    unveiled = (f"On Friday, {x} unveiled what he described as a {DEMONYM[a]} proposal for a lasting "
                f"Karabakh cease-fire and called on {b} to accept the deal.")
    assert coded(unveiled, IN_2023) == [("CONSULT", x, None), ("REQUEST", x, b)]
    gaps = f"Russia has put forward proposals designed to close the gaps between {a}'s and {b}'s positions."
    assert coded(gaps) == [("CONSULT", "Russia", (a, b))]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_threats_votes_and_meetings(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    x, y = leader_of(a), leader_of(b)
    threat = f"Two ministers of {b} warned that they would quit the coalition and bring {y} down."
    assert coded(threat, IN_2023)[0][::2] == ("THREATEN", y)
    assert coded(f"{x} voted no.", IN_2023) == [("REJECT", x, None)]
    together = f"The Moscow meeting brought together {x}, {y} and Sergei Lavrov."
    assert sorted(coded(together, IN_2023)[0][1]) == sorted([x, y, "Sergei Lavrov"])
    part = f"Taking part in the meeting in Geneva were {x} and Qatari Prime Minister Sheikh Mohammed bin " \
        "Abdulrahman Al Thani."
    assert sorted(coded(part, IN_2023)[0][1]) == sorted([x, "Mohammed bin Abdulrahman Al Thani"])


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_populations_charges_and_office_holders(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    x = leader_of(a)
    refused = f"{x} said he would not accept {DEMONYM[b]}s returning to the border villages."
    assert coded(refused, IN_2023) == [("REJECT", x, None)]
    condemned = f"Condemning the vote, {a}'s opposition said the {DEMONYM[b]} parliament had chosen war."
    assert coded(condemned)[0][::2] == ("ACCUSE", b)
    y = leader_of(b)
    held = f"{a} said the plan met {y}'s conditions, and added that it held the {DEMONYM[b]} prime " \
        "minister responsible for the failure."
    assert coded(held, IN_2023)[-1][::2] == ("ACCUSE", y)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_idioms_and_clauses_of_nouns(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    x, y = leader_of(a), leader_of(b)
    led = f"Led by {x} and Foreign Minister Sergei Lavrov, a delegation travelled to {CAPITAL[b]} last week."
    assert [e[0] for e in coded(led, IN_2023)] == ["CONSULT"]
    assert coded(f"{a} said it held {y} fully to blame for the failure.", IN_2023)[0][::2] == ("ACCUSE", y)
    assert coded(f"{a}'s government issued a denial that it had agreed to withdraw.")[0][:2] == ("REJECT", a)
    opted = f"Insisting that {b} needed to commit to the plan, {a} opted out of the talks in Geneva."
    assert coded(opted) == [("REJECT", a, None)]
    together = f"The round of negotiations that brought together {a}, {b} and Russia broke up on Sunday."
    assert sorted(coded(together)[0][1]) == sorted([a, b, "Russia"])


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_relatives_demands_offers_and_texts(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    which = f"A {DEMONYM[a]} delegation headed by {leader_of(a)}, which had arrived in Moscow, left Sunday."
    assert coded(which, IN_2023)[0][:2] == ("CONSULT", a)
    demand = f"A demand that {DEMONYM[b]} forces pull out of the border zone was made by {CAPITAL[a]} in May."
    assert coded(demand)[0][::2] == ("REQUEST", b)
    assert coded(f"{a} had proposed reducing its forces on the border.") == [("AGREE", a, None)]
    assert coded(f"The maps were later examined by {leader_of(b)}.", IN_2023) == []


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_ranks_means_owners_and_blocs(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    ranked = f"{DEMONYM[a]} negotiators headed by Maj. Gen. Ali Hasanov took maps to {CAPITAL[b]}."
    assert coded(ranked) == [("CONSULT", a, b)]
    assert coded(f"The killing cast doubt over the talks {a} has held with {b}.") == []
    deployed = f"{a} struck {b}'s positions early on Sunday, deploying roughly 100 jets."
    assert [e[0] for e in coded(deployed)] == ["ASSAULT"]
    assert coded(f"{DEMONYM[a]} aircraft bombed dozens of targets belonging to {b}.")[0][2] == b
    barrage = f"{a} on Sunday unleashed a barrage of hundreds of rockets and drones against {b}."
    assert coded(barrage)[0][2] == b
    bloc = f"Josep Borrell, the European Union's top diplomat, said the bloc would send a mission to {a}."
    assert ("AGREE", "European Union") in [e[:2] for e in coded(bloc)]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_reporters_mediators_and_partners(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    reported = f"{a} had requested the release of five prisoners a week, not three, a Turkish outlet said."
    assert coded(reported)[0][::2] == ("REQUEST", None)
    mediators = f"Friday saw the three mediators, {a}, {b} and Russia, unveil a bridging proposal."
    assert sorted(coded(mediators)[0][1]) == sorted([a, b, "Russia"])
    met = f"{leader_of(a)} sat down in Paris with {b}'s premier as well as with Russia's foreign minister."
    assert sorted(coded(met, IN_2023)[0][2]) == sorted([b, "Russia"])


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_tours_and_terms_kept(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    tour = f"{leader_of(a)}'s current Middle East tour, his ninth, coincides with renewed hope for a deal."
    assert coded(tour, IN_2023) == [("CONSULT", leader_of(a), None)]
    terms = f"Saying {a} was sticking to the terms it had accepted, a delegation of {a} left {CAPITAL[b]}."
    assert ("REQUEST", a, None) in coded(terms)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_replies_delivered_and_given(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"On Tuesday, the response from {a} was delivered to mediators.")[0][:2] == ("CONSULT", a)
    given = f"{DEMONYM[b]} mediators were given the response of {a} on Tuesday."
    assert coded(given) == [("CONSULT", a, b)]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_phases_oaths_aims_and_conditions(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    went = f"Having met {leader_of(b)} on Monday, {leader_of(a)} went on to urge {b} to accept the plan."
    assert [e[0] for e in coded(went, IN_2023)] == ["CONSULT", "REQUEST"]
    x = leader_of(a)
    assert coded(f"{x} swore to avenge the soldiers.", IN_2023) == [("THREATEN", x, None)]
    assert coded(f"{a} fired hundreds of rockets and drones into {b} on Sunday.") == [("ASSAULT", a, b)]
    assert coded(f"{a} put forward a demand that {b} vacate the border villages.") == [("REQUEST", a, b)]
    assert coded(f"Friday's strike on {CAPITAL[b]} by a {DEMONYM[a]} drone claimed one life.") == \
        [("ASSAULT", a, b)]
    assert coded(f"{x} sounded the alarm over the risk of a regional war.", IN_2023)[0][0] == "THREATEN"
    condition = f"{a} said an agreement was impossible without {b} fully withdrawing from the border."
    assert coded(condition) == []


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_landings_and_counted_visits(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"A {DEMONYM[a]} team landed in {CAPITAL[b]} late on Saturday.") == [("CONSULT", a, b)]
    assert coded(f"{DEMONYM[a]} rockets landed in open areas near {CAPITAL[b]}.")[0][:2] == ("ASSAULT", a)
    ninth = f"This is the ninth time {leader_of(a)} has visited Moscow since the war broke out."
    assert coded(ninth, IN_2023) == [("CONSULT", leader_of(a), "Russia")]


@pytest.mark.parametrize(("a", "b"), [*SIDES, ("Pakistan", "Afghanistan"), ("Israel", "Egypt")])
def test_the_prime_ministers_office_is_of_the_state_named(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    denied = f"The Prime Minister's Office denied on Monday that {a} had agreed to withdraw troops from {b}."
    assert coded(denied)[0][:2] == ("REJECT", a)
    assert coded(f"{a}'s Prime Minister's Office issued a denial on Monday.")[0][:2] == ("REJECT", a)
