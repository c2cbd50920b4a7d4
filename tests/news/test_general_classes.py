"""Rules over whole classes of constructions that rewording moves between, each on sentences of its
own (none from a gold set):

- readiness (*ready*, *willing* to) announces the act, as *will* does (PLOVER's future rules);
- verbs of giving back or passing on release the people held they hand over;
- stopping or reducing fighting or military activity de-escalates (CAMEO 087);
- a vow of something coded that is not force is an intent (AGREE), not a threat;
- one's own forces told to get ready: a raised alert (MOBILIZE);
- *committed to*, *initialled*, *shipped*, *boycotted the talks*; *only after* is a condition.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2025, 3, 4)


def _coded(pipeline, text: str) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.source, e.target) for e in pipeline.ingest(text, DAY).events]


@pytest.mark.parametrize("frame", ["was ready to", "stood ready to", "was willing to", "is prepared to"])
def test_readiness_announces_the_act(pipeline, frame: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"Armenia said it {frame} free the prisoners.") == [("CONCEDE", "Armenia", None)]


def test_readiness_refused_is_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Serbia is not willing to withdraw its troops.") == [("REJECT", "Serbia", None)]


@pytest.mark.parametrize("verb", ["transferred", "returned", "handed back", "repatriated"])
def test_giving_back_people_held_releases_them(pipeline, verb: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"Azerbaijan {verb} six prisoners to Armenia.") == [
        ("RETREAT", "Azerbaijan", "Armenia")]


def test_bodies_of_people_held_are_counted_as_they_are(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Hezbollah returned the bodies of two captives.") == [
        ("RETREAT", "Hezbollah", None)]


@pytest.mark.parametrize("text", ["Colombia returned to the talks in Havana.",
                                  "Chile transferred $2 million."])
def test_giving_back_anything_else_is_no_release(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(kind == "RETREAT" for kind, _, _ in _coded(pipeline, text))


@pytest.mark.parametrize(("a", "b"), [("Russia", "Ukraine"), ("Ukraine", "Russia")])
def test_ordering_forces_to_stop_fighting_de_escalates(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: either side ordering its forces to stop is coded alike."""
    assert _coded(pipeline, f"{a} ordered its troops to stop all military activity against {b}.")[0][:2] == \
        ("RETREAT", a)


def test_stopping_cooperation_is_not_de_escalation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Mali suspended its military cooperation with France.")[0][0] == "SANCTION"


@pytest.mark.parametrize("text", ["Turkey vowed to sharply reduce its military activity near the border.",
                                  "Turkey vowed to scale back its military operations near the border."])
def test_a_vow_to_de_escalate_is_no_threat(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, text) == [("AGREE", "Turkey", None)]


def test_a_vow_of_force_stays_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Turkey vowed to keep fighting.") == [("THREATEN", "Turkey", None)]


@pytest.mark.parametrize("text", ["Kenya instructed the army to get ready for an offensive.",
                                  "Kenya ordered its troops to prepare for an offensive."])
def test_forces_told_to_get_ready_are_a_raised_alert(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, text) == [("MOBILIZE", "Kenya", None)]


def test_committed_to_is_agreement_committing_a_crime_is_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Peru and Chile committed to working toward a deal.") == [
        ("AGREE", ("Peru", "Chile"), None)]
    assert _coded(pipeline, "The rebels committed atrocities.") == []


def test_initialled_and_shipped(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Serbia and Kosovo initialled a deal.") == [("AGREE", ("Serbia", "Kosovo"), None)]
    assert _coded(pipeline, "Japan shipped food to Haiti.") == [("AID", "Japan", "Haiti")]


def test_boycotting_talks_rejects_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Armenia boycotted the talks in Moscow.") == [("REJECT", "Armenia", None)]


def test_only_after_is_a_condition(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Talks would resume only after Russia halted its offensive, Kyiv said.") == []


def test_parenthesised_qualifiers_and_articles_are_not_written_in_news(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Phoenix files "the islamic state" and names with a parenthesised acronym or country; news text
    writes the bare name."""
    assert _coded(pipeline, "Islamic State fighters attacked a checkpoint.") == [
        ("ASSAULT", "Islamic State", None)]
    assert _coded(pipeline, "The Irish National Liberation Army declared a cease-fire.")[0][1] == \
        "Irish National Liberation Army"


def test_display_names_keep_minor_words_lower_case() -> None:
    from truce.news.actor_records import _title

    assert _title("democratic republic of the congo") == "Democratic Republic of the Congo"
    assert _title("national liberation army (colombia)") == "National Liberation Army"


@pytest.mark.parametrize(("a", "b"), [("Kim Jong Un", "Xi Jinping"), ("Xi Jinping", "Kim Jong Un")])
def test_a_short_word_ending_a_name_is_no_acronym(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{a} met {b} in Beijing.") == [("CONSULT", a, b)]
    assert _coded(pipeline, "The UN met the G7.")[0][1] == "United Nations"


@pytest.mark.parametrize(("leader", "state"), [("Saudi", "Saudi Arabia"), ("Iranian", "Iran")])
def test_a_coalition_led_by_a_state_is_that_state(pipeline, leader: str, state: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"The {leader}-led coalition and the Houthis accepted a truce.") == [
        ("AGREE", (state, "Houthis"), None)]


@pytest.mark.parametrize(("a", "b"), [("Mali", "Niger"), ("Niger", "Mali")])
def test_ties_cut_name_whom_they_were_with(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    for verb in ("severed", "broke off", "cut"):
        assert _coded(pipeline, f"{a} {verb} diplomatic relations with {b}.") == [("SANCTION", a, b)]
    assert _coded(pipeline, f"{a} paused all military aid to {b}.") == [("SANCTION", a, b)]


def test_goods_halted_into_a_place_name_no_partner(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Israel halted the entry of goods into Gaza.") == [("SANCTION", "Israel", None)]


def test_naming_is_not_calling(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Colombia called the proposal delusional.") == []
    assert _coded(pipeline, "Colombia called on Venezuela to withdraw.") == [
        ("REQUEST", "Colombia", "Venezuela")]


def test_weapons_and_bases_handed_over_are_a_military_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "France handed over its last military base in Chad.")[0][:2] == \
        ("RETREAT", "France")
    assert _coded(pipeline, "The M23 handed over their heavy weapons.")[0][:2] == ("RETREAT", "M23")


def test_rescue_teams_sent_are_aid_a_delegation_is_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Spain sent rescue teams to Morocco.") == [("AID", "Spain", "Morocco")]
    assert _coded(pipeline, "Spain sent a delegation to Morocco.") == [("CONSULT", "Spain", "Morocco")]


@pytest.mark.parametrize("verb", ["pulled out of", "withdrew from", "backed out of"])
def test_leaving_talks_rejects_them_leaving_a_deal_reduces_relations(  # type: ignore[no-untyped-def]
        pipeline, verb: str) -> None:
    assert _coded(pipeline, f"Armenia {verb} the talks.") == [("REJECT", "Armenia", None)]
    assert _coded(pipeline, f"Armenia {verb} the deal.") == [("SANCTION", "Armenia", None)]


def test_nominalised_acts_and_promised_countermeasures(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Kenya announced its acceptance of the proposal.") == [("AGREE", "Kenya", None)]
    assert _coded(pipeline, "Kenya voiced its rejection of the proposal.") == [("REJECT", "Kenya", None)]
    assert _coded(pipeline, "Kenya promised firm countermeasures.") == [("THREATEN", "Kenya", None)]
    assert _coded(pipeline, "Kenya rebuffed any mediation.") == [("REJECT", "Kenya", None)]


def test_a_summit_between_leaders_is_a_meeting_not_as_a_setting(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "A summit between Putin and Xi Jinping ended without a deal.") == [
        ("CONSULT", ("Vladimir Putin", "Xi Jinping"), None)]
    assert _coded(pipeline, "The G20 welcomed the African Union at their summit.") == [
        ("SUPPORT", "G20", "African Union")]


def test_conditions_set_out_are_demands(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Serbia set out four conditions.") == [("REQUEST", "Serbia", None)]
    assert _coded(pipeline, "Serbia set out a proposal.") == [("CONSULT", "Serbia", None)]


@pytest.mark.parametrize("subject", ["The navies of India and Japan", "Indian and Japanese troops",
                                     "India and Japan"])
def test_drills_of_several_parties_are_joint(pipeline, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{subject} held an exercise off Chennai.") == [
        ("COOPERATE", ("India", "Japan"), None)]
    assert _coded(pipeline, "India held military drills off Chennai.") == [("MOBILIZE", "India", None)]


def test_phase_and_act_are_one_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "The Myanmar military continued to carry out air strikes on villages.") == [
        ("ASSAULT", "Myanmar", None)]
    assert _coded(pipeline, "The Myanmar military went on bombing villages.") == [
        ("ASSAULT", "Myanmar", None)]


def test_a_state_of_emergency_declared_is_coercion(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Peru's government declared a state of emergency.") == [("COERCE", "Peru", None)]


@pytest.mark.parametrize(("leader", "state"), [("Trump", "United States"), ("Putin", "Russia")])
def test_forces_deployed_at_home_have_no_target(pipeline, leader: str, state: str) -> None:  # type: ignore[no-untyped-def]
    city = {"Trump": "Los Angeles", "Putin": "Moscow"}[leader]
    assert _coded(pipeline, f"{leader} deployed troops to {city}.")[0][2] is None
    assert _coded(pipeline, f"{state} deployed troops to Lithuania.") == [("MOBILIZE", state, "Lithuania")]


def test_congo_alone_is_the_democratic_republic(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Wire-service style: the other Congo is written "Republic of Congo"."""
    assert _coded(pipeline, "Congo cut ties with Rwanda.") == [
        ("SANCTION", "Democratic Republic of the Congo", "Rwanda")]


def test_a_person_flying_somewhere_visits(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Erdogan flew into Baku to discuss the border.") == [
        ("CONSULT", "Recep Tayyip Erdogan", "Azerbaijan")]
    assert not any(kind == "CONSULT" for kind, _, _ in _coded(pipeline, "Russian bombers flew near Alaska."))


def test_asking_whether_is_a_question_not_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Chile asked whether Peru was doing enough.") == []
    assert _coded(pipeline, "Chile asked Peru to withdraw.") == [("REQUEST", "Chile", "Peru")]


def test_talks_with_several_parties_and_no_agent_are_theirs(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Two days of negotiations with Peru and Chile ended on Sunday.") == [
        ("CONSULT", ("Peru", "Chile"), None)]
    assert _coded(pipeline, "Japan backed the opening of talks with Peru and Chile.")[0][:2] == \
        ("SUPPORT", "Japan")


def test_an_event_noun_of_an_actor_is_that_actors(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "The latest mission of Antony Blinken comes at a time of hope.") == [
        ("CONSULT", "Antony Blinken", None)]


def test_proposals_tabled_and_feelings_voiced(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Chile tabled a proposal.") == [("CONSULT", "Chile", None)]
    assert _coded(pipeline, "Chile voiced its gratitude for the support.") == [("SUPPORT", "Chile", None)]
    assert _coded(pipeline, "Chile voiced its displeasure with the plan.") == [("ACCUSE", "Chile", None)]


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
def test_what_is_agreed_to_be_handed_over_names_its_recipient(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{a} agreed to hand back four villages to {b}.") == [("AGREE", a, b)]
    assert _coded(pipeline, f"{a} agreed to travel to Moscow.") == [("AGREE", a, None)]


def test_talks_offered_or_refused_name_whom_they_were_with(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Putin offered to hold direct talks with Ukraine.") == [
        ("AGREE", "Vladimir Putin", "Ukraine")]
    assert _coded(pipeline, "Iran ruled out negotiations with the United States.") == [
        ("REJECT", "Iran", "United States")]


def test_the_sources_own_state_is_no_target_of_its_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Netanyahu insisted that Israeli troops must stay in the corridor.") == [
        ("REQUEST", "Benjamin Netanyahu", None)]
    assert _coded(pipeline, "Netanyahu insisted that Hamas must leave the corridor.") == [
        ("REQUEST", "Benjamin Netanyahu", "Hamas")]


def test_a_subject_after_a_fronted_day_is_the_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The parser reads "On Tuesday mediators from Egypt and Qatar urged" as "On [Tuesday mediators]"."""
    assert _coded(pipeline, "On Tuesday mediators from Egypt and Qatar urged the two sides to talk.") == [
        ("REQUEST", ("Egypt", "Qatar"), None)]
    coded = _coded(pipeline, "On Thursday Hassan Rashad, Egypt's intelligence chief, met Hamas in Cairo.")
    assert coded[0][1] == "Hassan Rashad"


def test_a_surname_alone_names_the_office_holder_of_the_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Only an office holder in office on the article date, and only one of that name."""
    assert _coded(pipeline, "Modi and Xi held a meeting in Kazan.") == [
        ("CONSULT", ("Narendra Modi", "Xi Jinping"), None)]
    assert _coded(pipeline, "Brown rejected the plan.") == []


def test_a_visit_called_off_reduces_relations(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Kenya called off a planned visit to Uganda.") == [
        ("SANCTION", "Kenya", "Uganda")]
    assert _coded(pipeline, "Kenya cancelled the talks with Uganda.") == [("SANCTION", "Kenya", "Uganda")]
    assert _coded(pipeline, "Blinken ended his visit to Cairo.") == [("CONSULT", "Antony Blinken", None)]


def test_a_pledge_to_stop_force_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "The ELN pledged to stop kidnapping for ransom.") == [
        ("AGREE", "National Liberation Army", None)]


def test_describing_as_is_a_view_not_an_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Petro described the attack as a blow to the process.") == []


def test_a_past_meeting_is_held_and_abstaining_is_no_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "Paul Kagame and William Ruto met in Doha under the auspices of Qatar's emir.")
    assert coded == [("CONSULT", ("Paul Kagame", "William Ruto"), None)]
    assert _coded(pipeline, "The United States abstained.") == []


def test_nominalised_acts_need_their_own_agent(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "The release of 110 prisoners by Israel followed the truce.") == [
        ("RETREAT", "Israel", None)]
    assert _coded(pipeline, "The handover of heavy weapons by the M23 began on Monday.") == [
        ("RETREAT", "M23", None)]
    assert _coded(pipeline, "Mali and Niger announced their withdrawal from ECOWAS.") == [
        ("SANCTION", ("Mali", "Niger"), "ECOWAS")]
    assert _coded(pipeline, "Hamas demanded the release of all prisoners by Israel.") == [
        ("REQUEST", "Hamas", None)]
    assert _coded(pipeline, "The deadline for Israel's withdrawal was extended.") == []
    assert _coded(pipeline, "Hezbollah welcomed the hostages' release.")[0][:2] == ("SUPPORT", "Hezbollah")


def test_two_subjects_left_unlinked_are_both_sources(pipeline) -> None:  # type: ignore[no-untyped-def]
    """"Congo's Felix Tshisekedi and Rwandan President Paul Kagame called": the parser makes both nsubj;
    a state's possessive before an unknown name makes it that state's person, as a title does."""
    coded = _coded(pipeline, "Meeting in Nairobi on Friday, Congo's Felix Tshisekedi and Rwandan President "
                             "Paul Kagame called for an immediate truce.")
    assert ("REQUEST", ("Felix Tshisekedi", "Paul Kagame"), None) in coded


def test_a_body_filed_under_its_unions_code_is_the_union(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "The European Commission withdrew its proposal.")[0][1] == "European Union"


@pytest.mark.parametrize(("force", "kind"), [("Georgian police", "COERCE"), ("Georgian troops", "ASSAULT")])
def test_police_who_raid_enforce(pipeline, force: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{force} raided the offices of three parties.")[0][:2] == (kind, "Georgia")


def test_aid_given_is_aid_aid_pledged_an_intent(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Canada donated military vehicles to Ukraine.") == [("AID", "Canada", "Ukraine")]
    assert _coded(pipeline, "Canada pledged military vehicles to Ukraine.") == [
        ("AGREE", "Canada", "Ukraine")]


def test_rejecting_comments_is_a_rejection_declining_to_comment_no_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Egypt rejected Netanyahu's comments.") == [
        ("REJECT", "Egypt", "Benjamin Netanyahu")]
    assert _coded(pipeline, "Egypt declined to comment.") == []


def test_a_semicolon_separates_two_statements(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "Israel blamed Hezbollah for the rocket attack; Hezbollah denied it.")
    assert ("ACCUSE", "Israel", "Hezbollah") in coded


def test_talks_in_which_an_act_is_done_are_an_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "In talks with Israeli President Isaac Herzog, Antony Blinken stressed the need "
                             "for calm.")
    assert ("CONSULT", "Antony Blinken", "Isaac Herzog") in coded


def test_conditions_issued_are_demands(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Turkey issued four conditions.") == [("REQUEST", "Turkey", None)]


@pytest.mark.parametrize("text", [
    "Israel's army told residents of the town to leave their homes.",
    "Residents of the town were ordered by the Israeli military to leave their homes."])
def test_civilians_ordered_out_are_expelled(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, text) == [("COERCE", "Israel Defense Forces", None)]


def test_several_parties_who_talk_meet(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Delegations from Peru and Chile talked for twelve hours in Lima.") == [
        ("CONSULT", ("Peru", "Chile"), None)]
    assert _coded(pipeline, "Peru talked about tariffs.") == []


def test_an_act_on_no_object_is_not_done(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Kyiv has agreed to no surrender of territory.") == []
    assert _coded(pipeline, "Kyiv has agreed to a surrender of territory.") == [("AGREE", "Ukraine", None)]


@pytest.mark.parametrize(("a", "b"), [("Hamas", "Hezbollah"), ("Hezbollah", "Hamas")])
def test_what_one_comes_under_is_done_by_its_owner(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"The convoy came under fire from {a}.")[0][:2] == ("ASSAULT", a)
    assert _coded(pipeline, f"The plan came under criticism from {b}.")[0][:2] == ("ACCUSE", b)


def test_a_free_relative_with_a_copula_names_the_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Modi held what was his first meeting with Xi in five years.") == [
        ("CONSULT", "Narendra Modi", "Xi Jinping")]


def test_an_exchange_of_prisoners_between_the_sides_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "An exchange of prisoners between Armenia and Azerbaijan began on Friday.") == [
        ("COOPERATE", ("Armenia", "Azerbaijan"), None)]
    assert _coded(pipeline, "An exchange of fire between Armenia and Azerbaijan followed.") == []


def test_a_subject_after_a_fronted_day_with_its_own_possessor(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "On Friday Yemen's government and the Houthis started a swap of prisoners.") == [
        ("COOPERATE", ("Yemen", "Houthis"), None)]


def test_the_rebels_refer_back_to_the_armed_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "Colombia and the ELN agreed to extend the truce, and the guerrillas "
                             "promised to stop kidnapping.")
    assert ("AGREE", "National Liberation Army", None) in coded
    assert _coded(pipeline, "The rebels attacked a convoy.") == [("ASSAULT", "Rebels", None)]


def test_abiding_by_an_agreement_accepts_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Hezbollah said it would abide by the truce.") == [("AGREE", "Hezbollah", None)]


def test_holding_hostages_is_a_state_taking_them_an_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Hamas is holding 59 hostages.") == []
    assert _coded(pipeline, "Hamas took 250 hostages.") == [("ASSAULT", "Hamas", None)]


def test_lifting_a_pause_on_aid_resumes_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Washington lifted its pause on military aid.") == [
        ("AID", "United States", None)]
    assert _coded(pipeline, "The EU lifted its ban on imports.") == [("CONCEDE", "European Union", None)]


def test_calling_for_an_inquiry_is_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "The European Union called for an independent inquiry.") == [
        ("REQUEST", "European Union", None)]


def test_funds_paid_out_are_aid_and_deciding_against_refuses(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Japan paid out three billion yen to Ukraine.") == [("AID", "Japan", "Ukraine")]
    assert _coded(pipeline, "Brazil decided against joining the initiative.") == [("REJECT", "Brazil", None)]


@pytest.mark.parametrize("text", ["Russia stationed nuclear missiles in Belarus.",
                                  "Putin ordered two nuclear submarines to be positioned near Alaska."])
def test_weapons_stationed_or_ordered_into_position_mobilise(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, text)[0][0] == "MOBILIZE"


def test_protesting_as_a_motive_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "Protesting the abstention, Benjamin Netanyahu scrapped the planned visit.")
    assert [kind for kind, _, _ in coded] == ["SANCTION"]


def test_a_recipient_after_a_particle_and_no_recipient_of_a_proposal_presented(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "The M23 handed their heavy weapons over to Congo's army.") == [
        ("RETREAT", "M23", "Democratic Republic of the Congo")]
    assert _coded(pipeline, "Joe Biden set out Israel's proposal.") == [("CONSULT", "Joe Biden", None)]


def test_an_event_noun_made_in_a_relative_clause_is_its_makers(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "This is the ninth trip Antony Blinken has made to the region.") == [
        ("CONSULT", "Antony Blinken", None)]


def test_demonyms_hung_on_another_adjective(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "For the first time in decades, Israeli and Lebanese civilian envoys met for "
                             "talks in Naqoura on Wednesday.")
    assert coded == [("CONSULT", ("Israel", "Lebanon"), None)]


def test_putting_off_a_release_refuses_it_for_now(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Netanyahu put off the release of 600 prisoners.") == [
        ("REJECT", "Benjamin Netanyahu", None)]
