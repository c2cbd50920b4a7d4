"""Fuzzing the readers through the command line: whatever the file holds, truce answers
with exit code 0, or with exit code 2 and one error message; never a traceback, and
never a half-written or unwanted output file.

Each input starts from a valid file and is broken by hypothesis: a value replaced by
an arbitrary YAML value, a key dropped, the text cut or spliced, an attribute of the
XML replaced.  The entry point runs in-process, so the examples stay cheap.
"""

from __future__ import annotations

import copy
import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.cli_runner import CliResult, run_truce
from tests.model.test_scenario import BASE

CHICKEN = Path(__file__).parent / "conflict" / "cases" / "chicken.yaml"
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 10),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["lo", "hi", "p", "a", "b", "x", "y", "[a]", "Driver 1", "NNYY", "Y-N-", "2025-13-45"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["id", "name", "value", "x", "a"]), inner, max_size=3),
    ),
    max_leaves=8,
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for k, value in enumerate(data):
            found += _paths(value, (*prefix, k))
    return found


RAW = [
    "2025-13-45", "2024-02-30", "!!int x", "!!float y", "[1, {a: 1}]", "[[1, 2], 3]", "{a: 1}", "1.5", "-0.1",
    "yes", "null", "''", "[lo, hi]", "&a [*a]", "x in [lo, mid]", "\"[b]x[/b]\"", "[Driver 1, Driver 2]",
]
"""Raw YAML put in place of a value: impossible dates, explicit tags, nested lists and mappings."""

KEYS = [
    "id", "name", "date", "reservation_value", "conflict", "moves", "status_quo", "states_count",
    "infeasible", "preference_statements", "nmae", "optoins", "weights", "values", "terms",
]
PLACEHOLDER = "fuzz-placeholder"


def _mutated(base: dict[str, Any]) -> st.SearchStrategy[str]:
    """YAML text of ``base`` with a value replaced, an entry dropped or added, a key repeated,
    or the text cut and spliced."""
    paths = _paths(base)

    @st.composite
    def build(draw: st.DrawFn) -> str:
        data = copy.deepcopy(base)
        path = draw(st.sampled_from(paths))
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        raw = draw(st.sampled_from(RAW))
        new = draw(st.one_of(st.just(PLACEHOLDER), values))
        operation = draw(st.sampled_from(["replace", "delete", "add", "repeat", "splice"]))
        if operation == "replace":
            parent[path[-1]] = new
        elif operation == "delete":
            del parent[path[-1]]
        elif operation == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(KEYS))] = new
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True).replace(PLACEHOLDER, raw)
        lines = text.splitlines(keepends=True)
        if operation == "repeat":  # a mapping line given twice
            k = draw(st.integers(0, len(lines) - 1))
            lines.insert(k, lines[k])
        elif operation == "splice":
            k = draw(st.integers(0, len(lines)))
            noise = draw(st.sampled_from(["", "\n", ":", "- ", "  x: 1\n", "'", "{", raw]))
            lines = [*lines[:k], noise, *lines[k:]]
        return "".join(lines)

    return build()


def _check(result: CliResult, outputs: list[Path]) -> None:
    assert result.code in (0, 2), (result.code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    if result.code == 2:
        assert result.stderr.startswith("error: ") and result.stderr.count("error: ") == 1, result.stderr
        assert not [p for p in outputs if p.exists()], "an output was written although the command failed"


@FUZZ
@given(_mutated(BASE))
@example("date: 2025-13-45\n" + yaml.safe_dump(BASE))
@example(yaml.safe_dump(BASE).replace("id: toy", "id: toy\nconflict: {decision_makers: not a list}"))
def test_fuzzed_scenario_files(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scenario.yaml"
        path.write_text(text, encoding="utf-8")
        _check(run_truce("validate", str(path)), [])
        result = run_truce("analyze", str(path), "--json")
        _check(result, [])


tokens = st.sampled_from(
    ["x", "y", "lo", "mid", "hi", "p", "q", '"lo"', "'p'", "==", "!=", ">=", "<", ">", "in", "not", "and",
     "or", "(", ")", "[", "]", ",", "1", "0.5", "-", "\\", "if", "x.y", "é", "lo,", '"']
)


@FUZZ
@given(st.one_of(st.lists(tokens, max_size=9).map(" ".join), st.text(max_size=20)))
def test_fuzzed_red_line_expressions(expression: str) -> None:
    data = copy.deepcopy(BASE)
    data["red_lines"][0]["expression"] = expression
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scenario.yaml"
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        _check(run_truce("analyze", str(path), "--json"), [])
        _check(run_truce("diff", str(path), "--red-line", f"a: {expression}", "--json"), [])


def _case() -> dict[str, Any]:
    case: dict[str, Any] = yaml.safe_load(CHICKEN.read_text(encoding="utf-8"))
    for metadata in ("source", "notes", "expected", "expected_status_quo"):
        case.pop(metadata, None)
    return case


@FUZZ
@given(_mutated(_case()))
@example(yaml.safe_dump(_case()).replace("status_quo: 1", "status_quo: [1, 2]"))
@example(yaml.safe_dump(_case()).replace("status_quo: 1", "moves: {Driver 1: [[1, {a: 1}]]}"))
def test_fuzzed_graph_model_cases(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.yaml"
        path.write_text(text, encoding="utf-8")
        graphml = Path(folder) / "graph.graphml"
        _check(run_truce("conflict", str(path), "--json", "--graphml", str(graphml)), [graphml])


DOMAIN = """<negotiation_template><utility_space number_of_issues="2">
<objective index="0" name="root" type="objective" etype="objective">
  <issue index="1" name="price" type="discrete" etype="discrete" vtype="discrete">
    <item index="1" value="low"/><item index="2" value="high"/>
  </issue>
  <issue index="2" name="days" type="integer" etype="integer" vtype="integer" lowerbound="1" upperbound="3"/>
</objective></utility_space></negotiation_template>"""

PROFILE = """<utility_space><objective index="0" name="root" type="objective" etype="objective">
  <issue index="1" name="price" type="discrete" etype="discrete" vtype="discrete">
    <item index="1" value="low" evaluation="{e1}"/><item index="2" value="high" evaluation="3"/>
  </issue>
  <issue index="2" name="days" type="integer" etype="integer" vtype="integer" lowerbound="1" upperbound="3">
    <evaluator ftype="linear" slope="{slope}" offset="0.1"/>
  </issue>
  <weight index="1" value="{w1}"/><weight index="2" value="0.4"/>
</objective>
<discount_factor value="{discount}"/>
<reservation value="{reservation}"/>
</utility_space>"""

attribute = st.one_of(
    st.sampled_from(["1", "0", "-1", "0.6", "1e308", "nan", "inf", "", "x", "1,5", "2", "0.99999"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters='"<&'), max_size=6),
)


@FUZZ
@given(
    st.fixed_dictionaries(
        {"e1": attribute, "slope": attribute, "w1": attribute, "discount": attribute,
         "reservation": attribute}
    ),
    st.integers(0, len(PROFILE) + 200),
    st.booleans(),
)
def test_fuzzed_genius_files(fields: dict[str, str], cut: int, break_domain: bool) -> None:
    profile = PROFILE.format(**fields)
    if cut < len(profile):
        profile = profile[:cut]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        domain = root / "Shop-domain.xml"
        domain.write_text(DOMAIN[: cut % len(DOMAIN)] if break_domain else DOMAIN, encoding="utf-8")
        (root / "Shop-prof1.xml").write_text(profile, encoding="utf-8")
        other = PROFILE.format(e1=5, slope=0.2, w1=0.6, discount=1, reservation=0)
        (root / "Shop-prof2.xml").write_text(other, encoding="utf-8")
        output = root / "out" / "scenario.yaml"
        output.parent.mkdir()
        result = run_truce("import", "genius", str(domain), str(root / "Shop-prof1.xml"),
                           str(root / "Shop-prof2.xml"), "-o", str(output))
        _check(result, [output])
        assert [p.name for p in output.parent.iterdir()] == (["scenario.yaml"] if result.code == 0 else [])
