"""Ties decided exactly: truce and NegMAS against a rational-arithmetic count.

ANAC-like GENIUS domains with ties (two-digit decimal weights, small integer
evaluations, reservation values that outcomes meet exactly) are written to a
temporary folder.  For each, the script counts the Pareto frontier (outcomes
every party rates at least its reservation value, as NegMAS reports it) and
the agreement zone three ways: exactly, with :class:`fractions.Fraction` from
the decimal strings in the files (code of this script only); with truce; and
with NegMAS 0.16 (float comparisons) in its own environment
(``benchmarks/.venv-peer``, see ``frontier.py``).  It prints one table.

    .venv/bin/python benchmarks/ties.py [--no-peer]
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from fractions import Fraction
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frontier import PEER_SCRIPT, PEER_TIMEOUT, peer_python
from truce.analysis import agreement_zone, pareto_frontier
from truce.io.genius import read_genius_folder
from truce.model.outcomes import OutcomeSpace

DOMAINS = [  # (name, options per issue, seed, reservation values)
    ("ties 3,600", [5, 4, 3, 3, 5, 4], 1, ("0.55", "0.6")),
    ("ties 14,400", [5, 4, 4, 3, 5, 4, 3], 2, ("0.6", "0.55")),
    ("ties 150,528", [8, 8, 7, 7, 6, 8], 3, ("0.5", "0.45")),
]


def write_domain(folder: Path, sizes: list[int], seed: int, reservation: tuple[str, str]) -> Path:
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True)
    def issue(i: int, n: int, evaluations: list[int] | None) -> str:
        items = "".join(
            f'<item index="{j + 1}" value="v{j}"'
            + ("" if evaluations is None else f' evaluation="{evaluations[j]}"') + "/>"
            for j in range(n)
        )
        return (f'<issue index="{i + 1}" name="issue{i}" etype="discrete" type="discrete" vtype="discrete">'
                f"{items}</issue>")
    body = "".join(issue(i, n, None) for i, n in enumerate(sizes))
    (folder / "Ties-domain.xml").write_text(
        f'<negotiation_template><utility_space number_of_issues="{len(sizes)}"><objective index="0" '
        f'name="root" type="objective" etype="objective">{body}</objective></utility_space>'
        "</negotiation_template>"
    )
    for p in range(2):
        cuts = np.sort(rng.choice(np.arange(1, 100), size=len(sizes) - 1, replace=False))
        weights = np.diff(np.concatenate([[0], cuts, [100]]))
        issues = "".join(issue(i, n, rng.integers(1, 6, size=n).tolist()) for i, n in enumerate(sizes))
        weight_xml = "".join(
            f'<weight index="{i + 1}" value="{w / 100:.2f}"/>' for i, w in enumerate(weights)
        )
        (folder / f"Ties-prof{p + 1}.xml").write_text(
            f'<utility_space><objective index="0" name="root" type="objective" etype="objective">{issues}'
            f'{weight_xml}</objective><discount_factor value="1.0"/><reservation value="{reservation[p]}"/>'
            "</utility_space>"
        )
    return folder


def exact_counts(folder: Path) -> tuple[int, int]:
    """Distinct utility vectors on the frontier (individually rational part) and zone size."""
    domain = ET.parse(folder / "Ties-domain.xml").getroot()
    names = [[item.get("value") for item in issue.iter("item")] for issue in domain.iter("issue")]
    parties = []
    for profile in sorted(folder.glob("Ties-prof*.xml")):
        root = ET.parse(profile).getroot()
        weights = [Fraction(w.get("value")) for w in root.iter("weight")]
        tables = []
        for issue, w in zip(root.iter("issue"), weights, strict=True):
            evaluations = [Fraction(item.get("evaluation")) for item in issue.iter("item")]
            tables.append([w * e / max(evaluations) for e in evaluations])
        parties.append((tables, Fraction(root.find("reservation").get("value"))))
    points = []
    for outcome in itertools.product(*(range(len(n)) for n in names)):
        u = tuple(sum(t[i][o] for i, o in enumerate(outcome)) for t, _ in parties)
        if all(x >= r for x, (_, r) in zip(u, parties, strict=True)):
            points.append(u)
    points.sort(key=lambda u: (-u[0], -u[1]))
    frontier, best = 0, None
    for _, group in itertools.groupby(points, key=lambda u: u[0]):
        members = list(group)
        if best is None or members[0][1] > best:
            frontier += 1
            best = members[0][1]
    return frontier, len(points)


def truce_counts(folder: Path) -> tuple[int, int]:
    space = OutcomeSpace.from_scenario(read_genius_folder(folder).scenario)
    frontier = pareto_frontier(space)
    rational = (frontier.integer_utilities >= space.integer_reservation).all(axis=1)
    distinct = {tuple(u) for u in frontier.integer_utilities[rational].tolist()}
    return len(distinct), int(agreement_zone(space).size or 0)


def negmas_counts(python: Path, folder: Path) -> tuple[int, int, str]:
    job = json.dumps({"folders": [str(folder)], "repeat": 1, "zone": True})
    done = subprocess.run([str(python), str(PEER_SCRIPT), job], capture_output=True, text=True,
                          timeout=PEER_TIMEOUT, check=True)
    document = json.loads(done.stdout)
    result = document["results"][0]
    distinct = {tuple(u) for u in result["utilities"]}
    return len(distinct), int(result["zone"]), str(document["negmas_version"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-peer", action="store_true", help="Count with truce and the exact oracle only.")
    args = parser.parse_args()
    python = None if args.no_peer else peer_python()
    version = "–"
    print("| domain | outcomes | frontier: exact | truce | NegMAS | zone: exact | truce | NegMAS |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, sizes, seed, reservation in DOMAINS:
            folder = write_domain(Path(tmp) / f"d{seed}", sizes, seed, reservation)
            exact = exact_counts(folder)
            ours = truce_counts(folder)
            peer = ("–", "–")
            if python is not None:
                f, z, version = negmas_counts(python, folder)
                peer = (f"{f:,}", f"{z:,}")
            print(f"| {name} | {int(np.prod(sizes)):,} | {exact[0]:,} | {ours[0]:,} | {peer[0]} | "
                  f"{exact[1]:,} | {ours[1]:,} | {peer[1]} |")
    print(f"\nNegMAS {version}. Frontier: distinct utility vectors among outcomes every party rates at "
          "least its reservation value (NegMAS reports those).")


if __name__ == "__main__":
    main()
