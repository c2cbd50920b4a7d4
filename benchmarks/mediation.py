"""Mediation: top proposals over the flagship space and CP-SAT repair, against plain numpy in the same run.

1. Top-10 proposals by P(every party accepts) from 10^4 samples over the whole
   flagship space (the base scenario, whose zone is widest: the hardest case
   for the search, since many packages are accepted in nearly every sample).  The peer is the plain
   numpy baseline: materialise each sample's utilities over every outcome and
   compare with the reservation values and red lines.  It is run on
   ``--baseline-samples`` samples (default 50) and its rate of (sample ×
   outcome) acceptance evaluations extrapolated to 10^4 samples, since it
   scales linearly; the two top-10 lists are compared on those samples.
   The same search ranks by the Nash product and the max-min of expected
   gains (``key``); the baseline would have to evaluate at least the same
   acceptances, so its time above bounds theirs from below.
2. Repair of a text on a 10^12-outcome additive space (12 issues × 10
   options, two parties) by CP-SAT; the peer is chunked enumeration of the
   zone, measured on 10^7 outcomes and extrapolated.

Prints a Markdown table with the targets (top-10 from 10^4 samples in under
2 s and at least 20x the baseline; the CP-SAT repair in under 10 s), and the
load average before and after, since the machine may be shared; nothing is
asserted.

    python benchmarks/mediation.py          # the full measurement (minutes of CPU)
    python benchmarks/mediation.py --quick  # every row on small sizes, to check that it runs
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from collections.abc import Callable
from typing import TypeVar

import numpy as np

import truce
from truce.analysis.zone import in_zone
from truce.mediation.repair import repair_text
from truce.mediation.search import top_outcomes
from truce.model.outcomes import OutcomeSpace
from truce.model.uncertainty import TableSample, UncertaintyModel

T = TypeVar("T")


CPU: dict[str, float] = {}


def timed(run: Callable[[], T], label: str = "") -> tuple[T, float]:
    """Result and wall time; the process CPU time goes to ``CPU[label]`` (the machine may be shared)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = run()
    CPU[label] = time.process_time() - cpu
    return result, time.perf_counter() - start


def baseline_counts(sample: TableSample, block: int = 8) -> np.ndarray:
    """Plain numpy: every sample's utilities over every outcome, then compare (no search, no bounds).

    Vectorised over blocks of samples and chunks of outcomes.
    """
    space = sample.space
    counts = np.zeros(space.size, dtype=np.int64)
    # a mediator's red line binds every party
    owner = [[space.parties.index(r.party)] if r.party in space.parties else ... for r in space.red_lines]
    for k, rows in enumerate(space.chunks(1 << 15)):
        start = k * (1 << 15)
        masks = space.red_line_masks(rows)
        for lo in range(0, sample.size, block):
            part = sample.window(lo, lo + block)
            utility = sum(part.float_tables[i][:, rows[:, i], :] for i in range(len(space.issues)))
            accept = utility >= part.reservation[:, None, :]
            for line in range(len(space.red_lines)):
                held = part.red_lines[:, line]
                if held.any():
                    sub = accept[held]
                    sub[:, :, owner[line]] &= masks[None, :, line, None]
                    accept[held] = sub
            counts[start : start + len(rows)] += accept.all(axis=2).sum(axis=0)
    return counts


def flagship(samples: int, baseline_samples: int) -> None:
    scenario = truce.load_scenario("gaza-ceasefire-2024")  # the base scenario: the widest zone
    model = UncertaintyModel.from_scenario(scenario)
    space = model.space
    (sample,) = model.sample(samples, np.random.default_rng(0), chunk=samples)
    _, t_truce = timed(lambda: top_outcomes(sample, 10), "truce")
    small = sample.window(0, baseline_samples)
    counts, t_base = timed(lambda: baseline_counts(small), "baseline")
    same = sorted(counts, reverse=True)[:10] == [r.count for r in top_outcomes(small, 10)]
    rate_base = baseline_samples * space.size / t_base
    rate_truce = samples * space.size / t_truce
    print(
        f"| top-10 proposals, {samples:,} samples × {space.size:,} outcomes | {t_truce:.2f} s "
        f"| {samples * space.size / rate_base:,.0f} s (extrapolated from {baseline_samples} samples) "
        f"| {rate_truce / rate_base:,.0f}× | {'yes' if same else 'NO'} | < 2 s at 10,000 samples, ≥ 20× |"
    )
    print(
        f"| (sample × outcome) acceptance evaluations per second | {rate_truce:.3g} | {rate_base:.3g} "
        f"| {rate_truce / rate_base:,.0f}× | | ≥ 20× |"
    )
    cpu_base = CPU["baseline"] * samples / baseline_samples
    print(
        f"| top-10 proposals, process CPU time | {CPU['truce']:.2f} s | {cpu_base:,.0f} s "
        f"| {cpu_base / CPU['truce']:,.0f}× | | |"
    )
    for key in ("nash", "max_min"):
        _, t_key = timed(lambda key=key: top_outcomes(sample, 10, key=key), key)  # type: ignore[misc]
        print(
            f"| top-10 by {key}, same samples, whole space (exact) | {t_key:.2f} s (CPU {CPU[key]:.2f} s) "
            f"| ≥ {samples * space.size / rate_base:,.0f} s (acceptance alone) "
            f"| ≥ {samples * space.size / rate_base / t_key:,.0f}× | | |"
        )


def repair(issues: int = 12, probe: int = 10**7) -> None:
    rng = np.random.default_rng(2024)
    weights = rng.dirichlet(np.ones(issues), size=2)
    space = OutcomeSpace(
        issues=tuple(f"i{i}" for i in range(issues)),
        options=tuple(tuple(f"o{j}" for j in range(10)) for _ in range(issues)),
        parties=("a", "b"),
        float_tables=tuple(rng.random((10, 2)) * weights[:, i] for i in range(issues)),
        reservation=np.array([0.55, 0.55]),
    )
    text = {f"i{i}": "o0" for i in range(issues)}
    result, t_cp = timed(lambda: repair_text(space, text, "a", method="cp-sat"), "cp-sat")
    _, t_probe = timed(
        lambda: sum(
            int(in_zone(space, rows).sum())
            for rows, _ in zip(space.chunks(1 << 20), range(probe >> 20), strict=False)
        )
    )
    t_enum = t_probe / ((probe >> 20) << 20) * space.size
    changed = "none" if result.repair is None else len(result.repair.changed_issues)
    print(
        f"| repair by CP-SAT, {space.size:.0e} outcomes ({changed} issues changed) | {t_cp:.2f} s "
        f"(CPU {CPU['cp-sat']:.2f} s) "
        f"| {t_enum:,.0f} s (enumeration of {probe:,} outcomes, extrapolated) | {t_enum / t_cp:,.0f}× | "
        f"| < 10 s |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--samples", type=int, default=10_000)
    parser.add_argument("--baseline-samples", type=int, default=50)
    parser.add_argument(
        "--probe", type=int, default=10**7, help="outcomes enumerated to extrapolate the repair's peer"
    )
    parser.add_argument(
        "--quick", action="store_true",
        help="200 samples, 4 for the baseline, a 2**20-outcome probe: seconds, not minutes",
    )
    args = parser.parse_args()
    if args.quick:
        args.samples, args.baseline_samples, args.probe = 200, 4, 1 << 20
    import ortools

    print(
        f"Python {platform.python_version()}, numpy {np.__version__}, OR-Tools {ortools.__version__}, "
        f"{os.cpu_count()} CPUs; load average {_load()} at the start"
    )
    print()
    print("| task | truce | plain numpy / enumeration | ratio | same top-10 | target |")
    print("|---|---:|---:|---:|:---:|---|")
    flagship(args.samples, args.baseline_samples)
    repair(probe=args.probe)
    print()
    print(f"load average {_load()} at the end")


def _load() -> str:
    """The 1-, 5- and 15-minute load averages (n/a where the platform has none)."""
    if not hasattr(os, "getloadavg"):
        return "n/a"
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
