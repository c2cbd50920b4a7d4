"""Reference check against NegMAS's time-based negotiators (Boulware, linear, Conceder) in its SAO mechanism.

NegMAS is AGPL and is never installed with truce: this test runs only where a
separate environment with NegMAS exists (``TRUCE_NEGMAS_PYTHON``, or
``benchmarks/.venv-peer`` as created by the benchmarks) and the GENIUS domains
of ``../shared/data`` are present; it skips otherwise.  On these domains both
tools reach the same agreement in the same round (tolerance 1e-9 on utilities);
docs/simulation.md explains where their offering rules differ.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, shared_path
from truce.io.genius import read_genius_folder
from truce.simulation import simulate

PAIRS = [("boulware", "conceder"), ("linear", "linear"), ("conceder", "boulware")]


def _negmas_python() -> Path:
    given = os.environ.get("TRUCE_NEGMAS_PYTHON")
    python = Path(given) if given else REPO / "benchmarks" / ".venv-peer" / "bin" / "python"
    if not python.exists():
        pytest.skip("no NegMAS environment (set TRUCE_NEGMAS_PYTHON or create benchmarks/.venv-peer)")
    return python


@pytest.mark.parametrize("domain", ["CameraC", "EnglandvsZimbabweA"])
def test_same_agreements_as_negmas_time_based_negotiators(domain: str) -> None:
    python = _negmas_python()
    folder = shared_path("data", "genius", domain)
    job = json.dumps({"folder": str(folder), "runs": 1, "n_steps": 100, "pairs": [list(p) for p in PAIRS]})
    done = subprocess.run(
        [str(python), str(REPO / "benchmarks" / "peer_negmas_sao.py"), job],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    peer = json.loads(done.stdout)["results"]
    scenario = read_genius_folder(folder).scenario
    a, b = (p.id for p in scenario.negotiators)
    for (first, second), theirs in zip(PAIRS, peer, strict=True):
        ours = simulate(
            scenario, runs=1, rounds=100, strategies={a: [first], b: [second]}, shock_effects=False
        )
        assert ours.agreements == theirs["agreements"]
        assert ours.mean_steps == theirs["mean_steps"]
        assert ours.by_strategy[0].utility_mean == pytest.approx(theirs["utility"], abs=1e-9)
