"""Rules over general gaps of the parse path, each on sentences of its own (none from a gold set), in
other conflicts and with other verbs than the sets that showed the gap, with label swaps:

- the named proposer of a proposal is the target of its acceptance, support or rejection when a
  participle of proposing, offering or demanding names it (*a peace plan put forward by Saudi
  Arabia*, *the compromise offered by Azerbaijan*); who brokered, backed, signed or holds it is no
  author of it, and nor is the agent of a participle on anything but a proposal;
- a word the tagger read as an adjective or a verb but the parser made a subject or object is an
  argument all the same (*dismissed Hamas's counterproposal*, *Civilian envoys from Israel*);
- a verb in the past that the parser hung on a list of names it made the root of the sentence is the
  sentence's verb, and the whole list its subject (*Germany, Italy and several partners urged*);
- the agent of a participle on a passive's subject is not the passive's agent (*a truce proposed by
  Qatar has been accepted, Hamas said*);
- a relative clause set off by a comma, opened by *which* or *who*, in the simple past or past
  perfect, tells an act of the noun it follows (*without the Houthis, who refused to send a
  delegation*); a present one tells a standing state (*Qatar, which hosts Hamas leaders*);
- an absolute clause after *with* with its own subject is an act told beside the main one (*...,
  with Armenia accusing Azerbaijan of shelling*);
- a reaction drawn, prompted or sparked is done by its own agent to the one that caused it (*drew
  condemnation from Venezuela*), never by the subject; without an agent of its own it is not coded;
- lifting, suspending or easing sanctions, tariffs or curbs eases them (RETREAT), on whom they were;
- a threat without a target is against the actor its threatened act is done to (*threatened to
  destroy Israel*, *vowed to keep attacking Saudi Arabia*), not a grievance avenged or a thing;
- an attack condemned, named without its owner, is the attack the sentence tells (*condemned the
  airstrike after Israeli jets bombed Beirut*): its doer is the target;
- *at* a place is where a statement or an act of cooperation happens (*signed a treaty at the
  Kremlin*), never its partner; it stays the target of force (*fired missiles at Ukraine*);
- a name before talks, a meeting or a summit is where they are held (*the Moscow summit*), not a
  party to them;
- a state body *in* a place that stands for a state is that state's (*the government in Kabul*,
  *struck the energy ministry in Kyiv*);
- an agent noun of several words in the dictionary (*coast guard*, *border guards*) is an agent
  when its head alone is none, for a particular body (an owner or a determiner);
- a group named by its members as a subject (*rebel groups including the M23 and the ADF*, *Gulf
  states such as Qatar and Oman*) stands for them; as an object (*sent a delegation including X*)
  the members are the source's own;
- a truce announced or declared by one party is its own halt (CAMEO 0871, RETREAT), not an
  agreement; one announced by several parties is theirs (AGREE);
- what a resolution, motion or declaration adopted says is the act of the body that adopts it
  (*adopted a resolution demanding that Russia withdraw*), and the adoption is no act of its own;
  one vetoed is only rejected;
- failing to do something is neither the act nor a refusal of it (*met but failed to agree*);
- an act retold by its doer's own participle clause (*struck ..., saying it had targeted ...*;
  *declared a truce, ordering its troops to halt ...*) is one act; another doer's act told there
  is its own;
- the partner of a truce or deal accepted or approved is the target (*approved a truce with the ELN*);
- a name the parser hung on an adjective it read as a coordinated noun is that party (*the Sudanese
  army and the paramilitary Rapid Support Forces*);
- an order to leave given to others expels them: a population or foreign forces (COERCE), diplomats
  (SANCTION); one's own forces ordered out are not expelled;
- a reflexive subject is the governing clause's (*Kyiv declared itself ready to accept*);
- quitting, abandoning or leaving talks refuses them as pulling out does (REJECT); leaving a city
  is nothing;
- a state's presidency is its government; opening talks begins them (a verb of phase);
- a participle clause opening the sentence that the parser made the clausal subject (*Agreeing to a
  cease-fire ..., Armenia and Azerbaijan signed*) is an adverbial: the names after the comma are
  the subject, and the participle's act the same act.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
@pytest.mark.parametrize(("template", "kind"), [
    ("{a} rejected a peace plan put forward by {b}.", "REJECT"),
    ("{a} turned down the compromise offered by {b} on Monday.", "REJECT"),
    ("{a} accepted the ceasefire demanded by {b}.", "AGREE"),
    ("{a} said it had endorsed the initiative suggested by {b}.", "SUPPORT"),
])
def test_the_proposer_named_by_a_participle_is_the_target(coded, a: str, b: str, template: str,  # type: ignore[no-untyped-def]
                                                         kind: str) -> None:
    """Label swap: either side's proposal, accepted or rejected by the other, makes it the target."""
    assert coded(template.format(a=a, b=b)) == [(kind, a, b)]


def test_every_proposer_joined_by_and_is_a_target(coded) -> None:  # type: ignore[no-untyped-def]
    text = "Serbia welcomed the framework proposed by the European Union and the United States."
    events = coded(text)
    assert events == [("SUPPORT", "Serbia", ("European Union", "United States"))]


@pytest.mark.parametrize("text", ["Ethiopia rejected the truce brokered by Kenya.",
                                  "Russia dismissed the proposal signed by Ukraine.",
                                  "Ethiopia rejected the villages held by Tigrayan forces."])
def test_a_broker_signer_or_holder_is_no_author(coded, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [t for _, _, t in coded(text)] == [None]


@pytest.mark.parametrize(("a", "b"), [("Hamas", "Israel"), ("Israel", "Hamas")])
def test_a_proposal_tagged_as_an_adjective_is_still_the_object(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} on Sunday dismissed {b}'s counterproposal as absurd.") == [("REJECT", a, b)]


@pytest.mark.parametrize(("a", "b"), [("Germany", "Italy"), ("Italy", "Germany")])
@pytest.mark.parametrize(("template", "kind"), [
    ("{a}, {b} and several partners urged on Monday an immediate truce in Sudan.", "REQUEST"),
    ("{a}, {b} and several governments condemned on Sunday the arrest of the opposition leader.", "ACCUSE"),
])
def test_a_verb_hung_on_a_root_list_of_names_is_the_sentences(coded, a: str, b: str, template: str,  # type: ignore[no-untyped-def]
                                                              kind: str) -> None:
    """Label swap: the named members of the list are the sources, in either order."""
    assert coded(template.format(a=a, b=b)) == [(kind, (a, b), None)]


def test_a_participle_before_its_noun_is_not_taken_for_the_verb(coded) -> None:  # type: ignore[no-untyped-def]
    """"President al-Sisi hosted Blinken", parsed with *Blinken* the root: the guest is no source."""
    text = "Egyptian President Abdel Fattah al-Sisi hosted Blinken in El Alamein on Tuesday."
    events = coded(text)
    assert all(source != "Antony Blinken" for _, source, _ in events)


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
@pytest.mark.parametrize("template", ["A ceasefire offered by {b} has been accepted, {a} said.",
                                      "A ceasefire offered by {b} was accepted by {a} on Monday."])
def test_the_agent_of_a_participle_on_the_subject_is_not_the_passives(coded, a: str, b: str,  # type: ignore[no-untyped-def]
                                                                    template: str) -> None:
    """Label swap: the acceptance is the speaker's (or the passive's own agent's), the proposer its target."""
    assert coded(template.format(a=a, b=b)) == [("AGREE", a, b)]


@pytest.mark.parametrize(("a", "b"), [("the Houthis", "Houthis"), ("Eritrea", "Eritrea")])
@pytest.mark.parametrize("clause", ["who refused to send a delegation",
                                    "which had declined to send a delegation"])
def test_a_nonrestrictive_relative_in_the_past_is_an_act_of_its_noun(coded, a: str, b: str,  # type: ignore[no-untyped-def]
                                                                   clause: str) -> None:
    events = coded(f"Peace talks opened in Geneva on Monday without {a}, {clause}.")
    assert events == [("REJECT", b, None)]


def test_a_present_relative_tells_a_state_not_an_act(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Qatar, which hosts Hamas leaders, urged Israel to accept the plan.") == [
        ("REQUEST", "Qatar", "Israel")]


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
@pytest.mark.parametrize("main", ["Fighting flared again on Sunday", "The talks collapsed on Monday"])
def test_an_absolute_clause_after_with_is_an_act(coded, a: str, b: str, main: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: "..., with A accusing B of shelling" is A's accusation of B."""
    assert coded(f"{main}, with {a} accusing {b} of shelling its villages.") == [("ACCUSE", a, b)]


@pytest.mark.parametrize(("a", "b"), [("Colombia", "Venezuela"), ("Venezuela", "Colombia")])
@pytest.mark.parametrize("template", ["{a}'s offensive against the rebels drew condemnation from {b}.",
                                      "{a}'s raid on the border town prompted condemnation from {b}."])
def test_a_reaction_drawn_is_its_givers_on_the_cause(coded, a: str, b: str, template: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: the condemnation is the one condemning's, of the one whose act drew it."""
    assert coded(template.format(a=a, b=b)) == [("ACCUSE", b, a)]


def test_a_trailing_reaction_is_to_the_main_act(coded) -> None:  # type: ignore[no-untyped-def]
    events = coded("Russia launched a missile strike on Kyiv, drawing condemnation from Poland.")
    assert ("ACCUSE", "Poland", "Russia") in events


@pytest.mark.parametrize("text", ["The verdict sparked protests across Georgia.",
                                  "Georgia's decision to suspend talks triggered protests in Tbilisi.",
                                  "The arrest, which set off mass protests, was condemned."])
def test_protests_sparked_are_not_the_causers(coded, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(kind != "PROTEST" for kind, _, _ in coded(text))


@pytest.mark.parametrize(("a", "b"), [("Canada", "Iran"), ("Iran", "Canada")])
@pytest.mark.parametrize("verb", ["lifted", "suspended", "eased"])
def test_sanctions_eased_are_a_retreat_towards_their_target(coded, a: str, b: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: sanctions lifted by either side on the other are its retreat, the other the target."""
    assert coded(f"{a} {verb} sanctions on {b} on Monday.") == [("RETREAT", a, b)]


def test_sanctions_imposed_stay_coercion(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Japan imposed sanctions on North Korea.") == [("COERCE", "Japan", "North Korea")]


@pytest.mark.parametrize(("a", "b"), [("Iran", "Israel"), ("Israel", "Iran")])
@pytest.mark.parametrize("template", ["{a} threatened on Sunday to destroy {b} if it attacked its bases.",
                                      "{a} vowed to keep attacking {b} until the blockade was lifted.",
                                      "{a} pledged to go on fighting {b}."])
def test_a_threat_is_against_whom_its_act_is_done_to(coded, a: str, b: str, template: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: the threatened side is the target, in either direction."""
    assert coded(template.format(a=a, b=b)) == [("THREATEN", a, b)]


@pytest.mark.parametrize("text", ["Iran vowed to avenge the general's death.",
                                  "The rebels vowed to attack Colombian ships.",
                                  "Hamas threatened to pull its fighters out of the city."])
def test_a_grievance_or_a_thing_names_no_threatened_actor(coded, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(k, t) for k, _, t in coded(text)] == [("THREATEN", None)]


@pytest.mark.parametrize(("a", "b", "place"), [("Israeli", "Israel Defense Forces", "Beirut"),
                                               ("Russian", "Russia", "Kyiv")])
def test_an_attack_condemned_is_the_one_told(coded, a: str, b: str, place: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"Turkey condemned the airstrike after {a} jets bombed {place} on Monday.")
    assert ("ACCUSE", "Turkey", b) in events


def test_an_attack_condemned_alone_has_no_doer(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Egypt condemned the attack on Monday.") == [("ACCUSE", "Egypt", None)]


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
@pytest.mark.parametrize(("template", "kind"), [
    ("{a} and {b} signed a treaty at the Kremlin on Monday.", "AGREE"),
    ("{a} and {b} met at the Elysee Palace.", "CONSULT"),
])
def test_at_a_place_is_no_partner_of_cooperation(coded, a: str, b: str, template: str,  # type: ignore[no-untyped-def]
                                                 kind: str) -> None:
    assert coded(template.format(a=a, b=b)) == [(kind, (a, b), None)]


def test_at_stays_the_target_of_force(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Russia fired missiles at Ukraine.") == [("ASSAULT", "Russia", "Ukraine")]


@pytest.mark.parametrize(("text", "kind"), [("Kosovo welcomed the Brussels talks on Monday.", "SUPPORT"),
                                            ("Armenia boycotted the Moscow summit.", "REJECT")])
def test_a_name_before_talks_is_where_they_are_held(coded, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert [(k, t) for k, _, t in coded(text)] == [(kind, None)]


def test_talks_named_by_their_place_are_no_act_of_its_state(coded) -> None:  # type: ignore[no-untyped-def]
    """Talks that collapsed were held, between their parties: not by Turkey, where they were."""
    assert coded("The Ankara talks between Russia and Ukraine collapsed.") == \
        [("CONSULT", ("Russia", "Ukraine"), None)]


@pytest.mark.parametrize(("place", "state"), [("Kyiv", "Ukraine"), ("Moscow", "Russia")])
def test_a_state_body_in_a_capital_is_its_states(coded, place: str, state: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap over the two capitals: the ministry struck is the state the capital stands for."""
    other = "Russian" if state == "Ukraine" else "Ukrainian"
    events = coded(f"{other} drones struck the energy ministry in {place} on Monday.")
    assert [(k, t) for k, _, t in events] == [("ASSAULT", state)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The government in Kabul rejected the talks on Monday.", ("REJECT", "Afghanistan", None)),
    # expelling an ambassador cuts relations (SANCTION, CAMEO 161), as docs/news.md's CAMEO 16 convention says
    ("The junta in Mali expelled the French ambassador.", ("SANCTION", "Mali", "France")),
])
def test_a_state_body_in_a_place_acts_for_its_state(coded, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert coded(text) == [expected]


@pytest.mark.parametrize(("a", "b", "state_a", "state_b"), [("Greek", "Turkish", "Greece", "Turkey"),
                                                            ("Turkish", "Greek", "Turkey", "Greece")])
def test_a_coast_guard_is_its_states_agent(coded, a: str, b: str, state_a: str, state_b: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: either state's coast guard detaining the other's boat is that state's coercion."""
    events = coded(f"The {a} coast guard detained a {b} fishing boat.")
    assert events == [("COERCE", state_a, state_b)]


def test_border_guards_are_their_states_agent(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Ukrainian border guards detained two Russian soldiers.") == [
        ("COERCE", "Ukraine", "Russia")]


@pytest.mark.parametrize(("tag", "pos", "dep", "expected"), [
    ("VBZ", "VERB", "nsubj", True),  # "Civilian envoys from ...", envoys tagged as a verb
    ("JJ", "ADJ", "dobj", True),  # "dismissed Hamas's counterproposal", tagged as an adjective
    ("VBZ", "VERB", "ROOT", False),  # a verb that is one
])
def test_a_mistagged_argument_is_still_an_argument(pipeline, tag: str, pos: str, dep: str,  # type: ignore[no-untyped-def]
                                                   expected: bool) -> None:
    from spacy.tokens import Doc

    from truce.news.phrases import nominal_argument

    doc = Doc(pipeline.nlp.vocab, words=["Civilian", "envoys", "met"], tags=["JJ", tag, "VBD"],
              pos=["ADJ", pos, "VERB"], deps=["amod", dep, "ROOT" if dep != "ROOT" else "dep"],
              heads=[1, 2, 2])
    assert nominal_argument(doc[1]) is expected


@pytest.mark.parametrize(("a", "b"), [("Qatar", "Oman"), ("Oman", "Qatar")])
@pytest.mark.parametrize("template", ["Gulf states such as {a} and {b} urged restraint.",
                                      "Arab states including {a} and {b} urged restraint."])
def test_a_group_named_by_its_members_is_them(coded, a: str, b: str, template: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: the members are the sources in the order named."""
    assert coded(template.format(a=a, b=b)) == [("REQUEST", (a, b), None)]


def test_a_delegation_including_people_sent_is_no_target(coded) -> None:  # type: ignore[no-untyped-def]
    events = coded("Israel sent a delegation including Mossad chief David Barnea to Cairo.")
    assert all(target != "David Barnea" for _, _, target in events)


@pytest.mark.parametrize(("text", "source"), [
    ("Ethiopia's government announced a unilateral cease-fire in Tigray on Monday.", "Ethiopia"),
    ("The ELN declared a three-day truce for the elections.", "National Liberation Army"),
    ("A humanitarian truce was announced by the Sudanese army on Friday.", "Sudan"),
])
def test_a_truce_declared_by_one_party_is_its_halt(coded, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(text) == [("RETREAT", source, None)]


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
def test_a_truce_announced_by_both_is_their_agreement(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} and {b} announced a cease-fire on Monday.") == [("AGREE", (a, b), None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The General Assembly adopted a resolution on Thursday demanding that Russia withdraw its troops.",
     [("REQUEST", "General Assembly", "Russia")]),
    ("The African Union adopted a declaration backing the Ethiopian peace plan.",
     [("SUPPORT", "African Union", "Ethiopia")]),
    ("A resolution condemning Israel was approved by the General Assembly.",
     [("ACCUSE", "General Assembly", "Israel")]),
    ("Russia vetoed a resolution demanding a truce in Sudan.", [("REJECT", "Russia", None)]),
])
def test_what_an_adopted_resolution_says_is_the_adopters_act(coded, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert coded(text) == expected


@pytest.mark.parametrize(("a", "b"), [("Serbia", "Kosovo"), ("Kosovo", "Serbia")])
def test_failing_to_agree_is_no_refusal(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"{a} and {b} met in Brussels but failed to agree on a deal.")
    assert events == [("CONSULT", (a, b), None)]


def test_failing_to_reach_a_deal_is_no_event(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Ethiopia failed to reach a deal with Egypt over the dam.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel struck Hezbollah positions in Lebanon on Monday, saying it had targeted weapons depots.",
     [("ASSAULT", "Israel", "Hezbollah")]),
    ("Colombia declared a truce on Friday, ordering its troops to halt all offensive operations.",
     [("RETREAT", "Colombia", None)]),
    ("Russia struck Kyiv on Monday, saying Ukraine had attacked Belgorod.",
     [("ASSAULT", "Russia", "Ukraine"), ("ASSAULT", "Ukraine", "Russia")]),
])
def test_an_act_retold_by_its_doers_participle_is_one_act(coded, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert coded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Colombia's cabinet approved a truce with the ELN on Monday.",
     [("AGREE", "Colombia", "National Liberation Army")]),
    ("Sudan's army accepted a cease-fire with the RSF.", [("AGREE", "Sudan", "Rapid Support Forces")]),
    ("A truce with the M23 was approved by Congo's government.",
     [("AGREE", "Democratic Republic of the Congo", "M23")]),
])
def test_the_partner_of_a_truce_accepted_is_the_target(coded, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert coded(text) == expected


def test_a_name_hung_on_a_coordinated_adjective_is_a_party(coded) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya said the Sudanese army and the paramilitary Rapid Support Forces had accepted the plan."
    assert coded(text) == [("AGREE", ("Sudan", "Rapid Support Forces"), None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Burkina Faso ordered the French ambassador to leave the country.",
     [("SANCTION", "Burkina Faso", "France")]),
    ("Sudan ordered United Nations peacekeepers to leave the country.",
     [("COERCE", "Sudan", "United Nations")]),
])
def test_an_order_to_leave_given_to_others_expels_them(coded, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert coded(text) == expected


def test_ones_own_forces_ordered_out_are_not_expelled(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Russia ordered its troops to leave Kherson.") == [("RETREAT", "Russia", None)]


@pytest.mark.parametrize(("a", "kind", "content"), [("Armenia", "AGREE", "sign the peace treaty"),
                                                     ("Hamas", "CONCEDE", "release the hostages")])
def test_a_reflexive_subject_is_the_declarers(coded, a: str, kind: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} declared itself ready to {content}.") == [(kind, a, None)]


@pytest.mark.parametrize(("a", "verb"), [("Serbia", "quit"), ("Kosovo", "abandoned"), ("Serbia", "left")])
def test_quitting_talks_rejects_them(coded, a: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} {verb} the negotiations in Brussels on Monday.") == [("REJECT", a, None)]


def test_leaving_a_city_is_nothing(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("The Serbian delegation left Brussels on Monday.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Egyptian presidency announced a three-day truce in Sinai.", [("RETREAT", "Egypt", None)]),
    ("Serbia and Kosovo opened talks in Brussels on Monday.", [("CONSULT", ("Serbia", "Kosovo"), None)]),
    ("The European Union decided to open negotiations with Albania.",
     [("AGREE", "European Union", "Albania")]),
])
def test_a_presidency_and_talks_opened(coded, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert coded(text) == expected


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
def test_a_fronted_participle_read_as_subject_leaves_the_names_after_it(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"Agreeing to a cease-fire and to the release of all remaining prisoners, {a} and {b} signed "
            "the first phase of the American plan in Washington on Friday.")
    assert coded(text) == [("AGREE", (a, b), None)]


@pytest.mark.parametrize(("a", "b"), [("Pashinyan", "Aliyev"), ("Aliyev", "Pashinyan")])
def test_office_holders_after_the_dictionary_snapshot(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap: heads of government added to ``additions.yaml`` by surname, either way round."""
    names = {"Pashinyan": "Nikol Pashinyan", "Aliyev": "Ilham Aliyev"}
    assert coded(f"{a} met {b} in Prague on Thursday.") == [("CONSULT", names[a], names[b])]
