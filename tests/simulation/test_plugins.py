"""A strategy installed by another package through the ``truce.strategies`` entry-point group."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.model.test_scenario import BASE

PLUGIN = '''
import numpy as np
from truce.simulation import BiddingStrategy


class HalfWay(BiddingStrategy):
    """Aim halfway between the best outcome and the reservation value, from the first offer on."""

    name = "half-way"
    summary = "aims halfway between its best outcome and its reservation value"
    citation = "example plug-in"
    parameters = {"share": 0.5}

    def target(self, view):
        return view.u_max - self.params["share"] * (view.u_max - view.u_min)
'''


def test_entry_point_strategy_is_registered_and_used(tmp_path: Path) -> None:
    (tmp_path / "halfway_plugin.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    dist = tmp_path / "halfway_plugin-0.1.dist-info"
    dist.mkdir()
    metadata = "Metadata-Version: 2.1\nName: halfway-plugin\nVersion: 0.1\n"
    (dist / "METADATA").write_text(metadata, encoding="utf-8")
    entry_points = "[truce.strategies]\nhalf-way = halfway_plugin:HalfWay\n"
    (dist / "entry_points.txt").write_text(entry_points, encoding="utf-8")
    import yaml

    scenario = tmp_path / "toy.yaml"
    scenario.write_text(yaml.safe_dump(BASE), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    listed = subprocess.run(
        [sys.executable, "-m", "truce", "strategies", "--json"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert "half-way" in [s["name"] for s in json.loads(listed.stdout)["strategies"]], listed.stderr
    ran = subprocess.run(
        [sys.executable, "-m", "truce", "simulate", str(scenario), "--json", "--runs", "20", "--rounds", "5",
         "--strategy", "a=half-way:share=0.9", "--strategy", "b=half-way"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert ran.returncode == 0, ran.stderr
    strategies = json.loads(ran.stdout)["by_strategy"][0]["strategies"]
    assert strategies == {"a": "half-way:share=0.9", "b": "half-way"}
