"""GENIUS XML import: shared ANAC domains, hand-computed utilities, hostile input, CLI.

The oracle utilities are computed here from the XML with the standard library
(independent of ``truce.io.genius``), following GENIUS's definition: weight
times evaluation over the issue's largest evaluation, summed over issues.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import xml.etree.ElementTree as ET
from fractions import Fraction
from itertools import product
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.conftest import SHARED, shared_path
from truce.errors import ImportFormatError
from truce.io.genius import genius_file_kind, read_genius, read_genius_folder
from truce.io.scenario_file import dump_scenario, load_scenario
from truce.model.scenario import Scenario

GENIUS = SHARED / "data" / "genius"
DOMAINS = sorted(p.name for p in GENIUS.iterdir() if p.is_dir()) if GENIUS.is_dir() else ["(absent)"]


# -- an independent oracle ----------------------------------------------------


def file_utility_tables(profile: Path) -> tuple[dict[str, float], dict[str, dict[str, float]], float]:
    """Weights (as in the file), normalised evaluations and reservation of a profile."""
    root = ET.parse(profile).getroot()
    objective = root.find("objective")
    assert objective is not None
    names = {i.get("index"): i.get("name") for i in objective.iter("issue")}
    weights = {str(names[w.get("index")]): float(w.get("value", "nan")) for w in objective.iter("weight")}
    values: dict[str, dict[str, float]] = {}
    for issue in objective.iter("issue"):
        raw = {str(item.get("value")): float(item.get("evaluation", "nan")) for item in issue.iter("item")}
        values[str(issue.get("name"))] = {v: e / max(raw.values()) for v, e in raw.items()}
    reservation = root.find("reservation")
    return weights, values, float(reservation.get("value", "0")) if reservation is not None else 0.0


def file_utility(profile: Path, outcome: dict[str, str]) -> float:
    weights, values, _ = file_utility_tables(profile)
    return math.fsum(weights[i] * values[i][o] for i, o in outcome.items())


def scenario_utility(scenario: Scenario, party: str, outcome: dict[str, str]) -> float:
    preference = scenario.preference(party)
    assert preference is not None
    return math.fsum(preference.weights[i].value * preference.values[i][o].value for i, o in outcome.items())


def reference(domain: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(shared_path("data", "genius", domain, "reference.json").read_text())
    return data


def profiles_of(domain: str) -> list[Path]:
    ref = reference(domain)
    return [GENIUS / domain / f for f in ref["source"]["profile_files_in_ufun_order"]]


# -- the shared ANAC domains --------------------------------------------------


@pytest.mark.parametrize("domain", DOMAINS)
def test_shared_domain_matches_reference_issues(domain: str) -> None:
    folder = shared_path("data", "genius", domain)
    ref = reference(domain)
    result = read_genius_folder(folder)
    scenario = result.scenario
    assert [i.id for i in scenario.issues] == [i["name"] for i in ref["issues"]]
    for issue, expected in zip(scenario.issues, ref["issues"], strict=True):
        assert list(issue.option_ids) == expected["values"]
    assert list(scenario.party_ids) == [
        f.removesuffix(".xml") for f in ref["source"]["profile_files_in_ufun_order"]
    ]
    assert list(result.discount_factors.values()) == ref["discount_factors_in_xml"]
    for party, profile, reserved in zip(
        scenario.parties, profiles_of(domain), ref["reserved_values_in_xml"], strict=True
    ):
        weights, _, _ = file_utility_tables(profile)
        sums_to_one = sum(Fraction(str(w)) for w in weights.values()) == 1
        preference = scenario.preference(party.id)
        assert preference is not None
        assert party.reservation_value.value == pytest.approx(reserved, abs=1e-15)
        assert party.discount_factor == result.discount_factors[party.id]
        # weights are kept as in the file (GENIUS semantics); a sum other than 1 is said
        assert {i: w.value for i, w in preference.weights.items()} == weights
        assert preference.normalised == sums_to_one
        assert any(profile.name in w and "sum to" in w for w in result.warnings) == (not sums_to_one)


@pytest.mark.parametrize("domain", DOMAINS)
def test_utilities_equal_hand_computed_and_reference(domain: str) -> None:
    folder = shared_path("data", "genius", domain)
    scenario = read_genius_folder(folder).scenario
    profiles = profiles_of(domain)
    rng = np.random.default_rng(7)
    outcomes = [
        {i.id: i.option_ids[rng.integers(len(i.options))] for i in scenario.issues} for _ in range(25)
    ]
    ref = reference(domain)["genius_normalized"]
    outcomes += ref["pareto_frontier"]["outcomes"]
    for outcome in outcomes:
        for party, profile in zip(scenario.party_ids, profiles, strict=True):
            expected = file_utility(profile, outcome)
            assert scenario_utility(scenario, party, outcome) == pytest.approx(expected, abs=1e-12)
    # the oracle itself agrees with the reference's GENIUS-normalised utilities
    for outcome, utilities in zip(
        ref["pareto_frontier"]["outcomes"], ref["pareto_frontier"]["utilities"], strict=True
    ):
        got = [file_utility(p, outcome) for p in profiles]
        assert got == pytest.approx(utilities, abs=1e-12)


@pytest.mark.parametrize("domain", DOMAINS)
def test_yaml_round_trip_is_exact(domain: str, tmp_path: Path) -> None:
    scenario = read_genius_folder(shared_path("data", "genius", domain)).scenario
    path = tmp_path / "scenario.yaml"
    path.write_text(dump_scenario(scenario), encoding="utf-8")
    assert load_scenario(path) == scenario


def _validated_again(scenario: Scenario) -> Scenario:
    return Scenario.model_validate(scenario.model_dump(mode="python", round_trip=True))


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_reader_builds_what_validation_builds(domain: str) -> None:
    """The reader skips pydantic's field validation: validating what it built changes nothing."""
    scenario = read_genius_folder(shared_path("data", "genius", domain)).scenario
    again = _validated_again(scenario)
    assert again == scenario and again.model_dump() == scenario.model_dump()


def test_explicit_profile_order_is_kept() -> None:
    folder = shared_path("data", "genius", "CameraC")
    result = read_genius(
        folder / "Camera-C-domain.xml", [folder / "Camera-C-prof2.xml", folder / "Camera-C-prof1.xml"]
    )
    assert result.scenario.party_ids == ("Camera-C-prof2", "Camera-C-prof1")
    assert result.scenario.id == "Camera-C"
    assert genius_file_kind(folder / "Camera-C-domain.xml") == "domain"
    assert genius_file_kind(folder / "Camera-C-prof1.xml") == "profile"


# -- synthetic files written here ---------------------------------------------

DOMAIN = """<negotiation_template><utility_space number_of_issues="2">
<objective index="0" name="root" type="objective" etype="objective">
  <issue index="1" name="Price level" type="discrete" etype="discrete" vtype="discrete">
    <item index="1" value="low cost"/><item index="2" value="high"/><item index="3" value="mid"/>
  </issue>
  <issue index="2" name="Days" type="integer" etype="integer" vtype="integer"
         lowerbound="2" upperbound="5"/>
</objective></utility_space></negotiation_template>"""

PROFILE = """<utility_space><objective index="0" name="root" type="objective" etype="objective">
  <issue index="1" name="Price level" type="discrete" etype="discrete" vtype="discrete">
    <item index="1" value="low cost" evaluation="{e1}"/>
    <item index="2" value="high" evaluation="2"/>
    <item index="3" value="mid" evaluation="8"/>
  </issue>
  <issue index="2" name="Days" type="integer" etype="integer" vtype="integer"
         lowerbound="2" upperbound="5">
    <evaluator ftype="linear" slope="{slope}" offset="0.2"/>
  </issue>
  {weights}
</objective>
<discount_factor value="{discount}"/>
<reservation value="0.3"/>
</utility_space>"""

WEIGHTS = '<weight index="1" value="0.6"/><weight index="2" value="0.4"/>'


def write_case(
    tmp_path: Path,
    *,
    domain: str = DOMAIN,
    weights: str = WEIGHTS,
    e1: str = "10",
    slope: str = "0.3",
    discount: str = "0.9",
    n_profiles: int = 2,
) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "Shop-domain.xml").write_text(domain)
    for k in range(1, n_profiles + 1):
        (tmp_path / f"Shop-prof{k}.xml").write_text(
            PROFILE.format(e1=e1, slope=slope, weights=weights, discount=discount)
        )
    return tmp_path


def test_synthetic_domain_with_integer_issue(tmp_path: Path) -> None:
    result = read_genius_folder(write_case(tmp_path))
    scenario = result.scenario
    assert scenario.id == "Shop"
    assert scenario.party_ids == ("Shop-prof1", "Shop-prof2")
    price, days = scenario.issues
    assert price.id == "Price level" and price.option_ids == ("low cost", "high", "mid")
    assert days.kind == "numeric" and days.option_ids == ("2", "3", "4", "5")
    assert [o.level for o in days.options] == [2.0, 3.0, 4.0, 5.0]
    preference = scenario.preference("Shop-prof1")
    assert preference is not None
    assert {o: v.value for o, v in preference.values["Price level"].items()} == {
        "low cost": 1.0,
        "high": 0.2,
        "mid": 0.8,
    }
    # GENIUS: clip(offset + slope * (v - lowerbound), 0, 1), not divided by the maximum
    assert [preference.values["Days"][d].value for d in days.option_ids] == pytest.approx(
        [0.2, 0.5, 0.8, 1.0]
    )
    assert scenario.parties[0].reservation_value.value == 0.3
    assert result.discount_factors == {"Shop-prof1": 0.9, "Shop-prof2": 0.9}
    assert result.warnings == ()
    for price_option, day in product(price.option_ids, days.option_ids):
        expected = 0.6 * {"low cost": 1.0, "high": 0.2, "mid": 0.8}[price_option] + 0.4 * min(
            1.0, 0.2 + 0.3 * (int(day) - 2)
        )
        got = scenario_utility(scenario, "Shop-prof2", {"Price level": price_option, "Days": day})
        assert got == pytest.approx(expected, abs=1e-15)


def test_weights_not_summing_to_one_are_kept_with_a_warning(tmp_path: Path) -> None:
    weights = '<weight index="1" value="0.9"/><weight index="2" value="0.6"/>'
    result = read_genius_folder(write_case(tmp_path, weights=weights))
    preference = result.scenario.preference("Shop-prof1")
    assert preference is not None and not preference.normalised
    assert preference.weights["Price level"].exact == Fraction(9, 10)
    assert result.scenario.parties[0].reservation_value.exact == Fraction(3, 10)
    assert len(result.warnings) == 2 and "sum to 1.5" in result.warnings[0] and "kept" in result.warnings[0]


def test_normalize_weights_divides_weights_and_reservation_by_their_sum(tmp_path: Path) -> None:
    weights = '<weight index="1" value="0.9"/><weight index="2" value="0.6"/>'
    result = read_genius_folder(write_case(tmp_path, weights=weights), normalize_weights=True)
    preference = result.scenario.preference("Shop-prof1")
    assert preference is not None and preference.normalised
    assert preference.weights["Price level"].exact == Fraction(3, 5)
    assert result.scenario.parties[0].reservation_value.exact == Fraction(1, 5)
    assert "divided" in result.warnings[0]


@pytest.mark.parametrize("normalize", [False, True])
def test_a_synthetic_domain_is_built_as_validation_builds_it(tmp_path: Path, normalize: bool) -> None:
    weights = '<weight index="1" value="0.9"/><weight index="2" value="0.6"/>'
    folder = write_case(tmp_path, weights=weights, e1="3")
    scenario = read_genius_folder(folder, normalize_weights=normalize).scenario
    again = _validated_again(scenario)
    assert again == scenario and again.model_dump() == scenario.model_dump()


def test_discount_factor_outside_unit_interval_warns(tmp_path: Path) -> None:
    result = read_genius_folder(write_case(tmp_path, discount="1.5"))
    assert result.discount_factors["Shop-prof1"] == 1.0
    assert "discount factor 1.5" in result.warnings[0]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<utility_space><objective index="0" name="&lol3;"/></utility_space>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<negotiation_template><utility_space><objective index="0" name="root">
<issue index="1" name="&xxe;"><item index="1" value="a"/></issue>
</objective></utility_space></negotiation_template>"""


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ({"domain": BILLION_LAUGHS}, "refused XML with a DTD"),
        ({"domain": EXTERNAL_ENTITY}, "refused XML with a DTD"),
        ({"domain": "<negotiation_template><utility_space>"}, "not well-formed XML"),
        ({"domain": "<html><body/></html>"}, "no <utility_space><objective>"),
        (
            {
                "domain": DOMAIN.replace(
                    'type="integer" etype="integer" vtype="integer"', 'type="real" etype="real" vtype="real"'
                )
            },
            "real-valued",
        ),
        ({"domain": DOMAIN.replace('upperbound="5"', 'upperbound="1000000000000"')}, "bounds"),
        ({"weights": '<weight index="1" value="1.0"/>'}, r"'Days' \(index 2\) has no weight"),
        ({"weights": WEIGHTS + '<weight index="9" value="0.1"/>'}, "unknown issue index 9"),
        ({"weights": '<weight index="1" value="0"/><weight index="2" value="0"/>'}, "all weights are 0"),
        ({"weights": '<weight index="1" value="x"/><weight index="2" value="1"/>'}, "not a finite number"),
        ({"e1": "-1"}, "negative evaluation"),
        ({"e1": "nan"}, "not a finite number"),
        ({"slope": ""}, "no 'slope' attribute"),
        ({"n_profiles": 0}, "at least two"),
        ({"n_profiles": 1}, "at least two"),
    ],
)
def test_bad_input_raises_import_format_error(tmp_path: Path, case: dict[str, Any], message: str) -> None:
    folder = write_case(tmp_path, **case)
    with pytest.raises(ImportFormatError, match=message) as info:
        read_genius_folder(folder)
    text = str(info.value)
    assert "\n" not in text and info.value.file is not None
    assert str(tmp_path) in info.value.file


def test_unknown_value_and_missing_evaluation(tmp_path: Path) -> None:
    write_case(tmp_path)
    profile = tmp_path / "Shop-prof1.xml"
    text = profile.read_text()
    profile.write_text(text.replace('value="mid"', 'value="middle"'))
    with pytest.raises(ImportFormatError, match="'middle' is not a value"):
        read_genius_folder(tmp_path)
    profile.write_text(text.replace('evaluation="8"', ""))
    with pytest.raises(ImportFormatError, match="no 'evaluation' attribute"):
        read_genius_folder(tmp_path)


def test_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="not a folder"):
        read_genius_folder(tmp_path / "nowhere")
    write_case(tmp_path)
    with pytest.raises(ImportFormatError, match="cannot read file"):
        read_genius(tmp_path / "Shop-domain.xml", [tmp_path / "Shop-prof1.xml", tmp_path / "missing.xml"])
    with pytest.raises(ImportFormatError, match="given twice"):
        read_genius(tmp_path / "Shop-domain.xml", [tmp_path / "Shop-prof1.xml"] * 2)


# -- command line -------------------------------------------------------------


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    program = "import truce.cli.genius\nfrom truce.cli import main\nmain()"
    return subprocess.run(
        [sys.executable, "-c", program, "import", "genius", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_cli_imports_a_folder_and_files(tmp_path: Path) -> None:
    folder = write_case(tmp_path / "case")
    out = tmp_path / "shop.yaml"
    done = run_cli(folder, "-o", out)
    assert done.returncode == 0, done.stderr
    assert load_scenario(out) == read_genius_folder(folder).scenario
    done = run_cli(
        folder / "Shop-domain.xml",
        folder / "Shop-prof2.xml",
        folder / "Shop-prof1.xml",
        "-o",
        out,
        "--force",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["parties"] == ["Shop-prof2", "Shop-prof1"] and summary["outcomes"] == 12
    assert load_scenario(out).party_ids == ("Shop-prof2", "Shop-prof1")


def test_cli_bad_input_exits_2_with_one_message(tmp_path: Path) -> None:
    folder = write_case(tmp_path / "case", domain=BILLION_LAUGHS)
    done = run_cli(folder, "-o", tmp_path / "out.yaml")
    assert done.returncode == 2
    assert "refused XML with a DTD" in done.stderr and "Traceback" not in done.stderr
    good = write_case(tmp_path / "good")
    (tmp_path / "exists.yaml").write_text("x")
    done = run_cli(good, "-o", tmp_path / "exists.yaml")
    assert done.returncode == 2 and "already exists" in done.stderr
    done = run_cli(
        good / "Shop-prof1.xml", good / "Shop-prof2.xml", good / "Shop-prof1.xml", "-o", tmp_path / "x.yaml"
    )
    assert done.returncode == 2 and "domain files" in done.stderr
    done = run_cli(tmp_path / "nowhere", "-o", tmp_path / "x.yaml")
    assert done.returncode == 2 and "no such file or folder" in done.stderr


def test_a_genius_folder_is_a_scenario_wherever_one_is_taken(tmp_path: Path) -> None:
    """One process: ``truce analyze FOLDER --json`` equals import + analyze of the YAML."""
    folder = write_case(tmp_path / "case")
    assert load_scenario(folder) == read_genius_folder(folder).scenario
    out = tmp_path / "shop.yaml"
    assert run_cli(folder, "-o", out).returncode == 0

    def analyze(source: Path) -> dict[str, Any]:
        done = subprocess.run([sys.executable, "-m", "truce", "analyze", str(source), "--json"],
                              capture_output=True, text=True, timeout=60, check=True)
        return dict(json.loads(done.stdout))

    assert analyze(folder) == analyze(out)
