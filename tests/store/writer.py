"""A separate process that writes to a workspace: used by the concurrency and kill -9 tests.

usage: python writer.py URL NAME RUNS [hang]

Stores a scenario and RUNS finished runs, printing ``done N`` after each commit.
With ``hang``, it then starts one more run and writes its progress in a loop
until it is killed, after printing ``writing``.
"""

from __future__ import annotations

import sys

from truce.model.scenario import Scenario
from truce.store import Workspace

SCENARIO = {
    "id": "toy",
    "parties": [{"id": "a", "reservation_value": 0.3}, {"id": "b", "reservation_value": 0.3}],
    "issues": [{"id": "x", "options": [{"id": "lo"}, {"id": "hi"}]}],
    "preferences": [
        {"party": "a", "weights": {"x": 1}, "values": {"x": {"lo": 0, "hi": 1}}},
        {"party": "b", "weights": {"x": 1}, "values": {"x": {"lo": 1, "hi": 0}}},
    ],
}


def main(url: str, name: str, count: int, hang: bool) -> None:
    workspace = Workspace.open(url)
    version = workspace.add_scenario(Scenario.model_validate(SCENARIO))
    for k in range(count):
        with workspace.record_run("analysis", scenario_version=version, seed=k,
                                  parameters={"writer": name, "k": k}) as run:
            run.progress(1, 2)
            run.result = {"writer": name, "k": k, "payload": list(range(50))}
        print(f"done {k}", flush=True)
    if hang:
        run_id = workspace.start_run("simulation", scenario_version=version, parameters={"writer": name})
        print("writing", flush=True)
        step = 0
        while True:
            step += 1
            workspace.report_progress(run_id, step, 10**9)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), len(sys.argv) > 4 and sys.argv[4] == "hang")
