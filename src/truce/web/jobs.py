"""Analyses, simulations, mediations and article ingests started from the browser, run in worker threads.

Each job is a stored run: recorded as ``running`` at once (the page that
shows it polls its progress), then completed with its result or its error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from truce.store.records import RunHandle

if TYPE_CHECKING:
    from truce.store import ScenarioVersion, Workspace

__all__ = ["Jobs"]


class Jobs:
    """A small pool of worker threads writing their runs to ``workspace``.

    Parameters
    ----------
    workspace
        Where each job is recorded as a run, with its progress, result or error.
    workers
        Number of worker threads.
    """

    def __init__(self, workspace: Workspace, workers: int = 2) -> None:
        self.workspace = workspace
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="truce-job")
        self.futures: dict[int, Future[None]] = {}

    def _progress(self, run_id: int) -> Callable[[int, int], None]:
        """A progress callback for engines that report steps done (not a running total)."""
        handle = RunHandle(self.workspace, run_id)
        counted = 0

        def advance(done: int, total: int) -> None:
            nonlocal counted
            counted += done
            handle.progress(counted, total)

        return advance

    def start_analysis(self, version: ScenarioVersion, variant: str | None) -> int:
        """Start ``truce analyze`` on a stored scenario version; returns the run id."""
        from truce.store.replay import analysis_run

        run_id = self.workspace.start_run(
            "analysis",
            scenario_version=version,
            seed=0,
            variant=variant,
            parameters={"disagreement": None, "as_of": None},
        )
        def work() -> dict[str, Any]:
            from truce.analysis.summary import summarize

            scenario = version.scenario()
            result = analysis_run(scenario, variant=variant, progress=self._progress(run_id))
            when = (scenario.variant(variant).date if variant else None) or scenario.date
            # stored as ``truce analyze --save`` stores it: with the summary the CLI prints
            return {**result.to_json(), "summary": summarize(result, as_of=when).to_json()}

        self._submit(run_id, work)
        return run_id

    def start_simulation(
        self, version: ScenarioVersion, runs: int, seed: int = 0, *, variant: str | None = None
    ) -> int:
        """Start ``truce simulate`` (default strategies, 100 rounds) on a stored scenario version or variant.

        Round 0 is where the scenario's data says talks stand (:func:`~truce.simulation.simulation_start`),
        and the variant applies on its date after the shocks dated before it, as in the CLI.
        """
        from truce.simulation import simulate, simulation_start

        scenario = version.scenario()
        start = simulation_start(scenario, variant)
        parameters = {"runs": runs, "rounds": 100, "start": None if start is None else start.isoformat()}
        run_id = self.workspace.start_run(
            "simulation", scenario_version=version, seed=seed, variant=variant, parameters=parameters
        )
        self._submit(
            run_id,
            lambda: simulate(
                scenario, runs=runs, seed=seed, rounds=100, start=start, variant=variant,
                progress=self._progress(run_id),
            ).to_json(),
        )
        return run_id

    def start_mediation(
        self, version: ScenarioVersion, variant: str | None, *, samples: int, top: int, seed: int = 0
    ) -> int:
        """Start ``truce mediate`` (bridging proposals) on a stored scenario version or variant."""
        from truce.store.replay import mediation_run

        parameters = {
            "samples": samples,
            "top": top,
            "as_of": None,
            "red_line_belief": None,
            "ranker": "p_accept_all",
        }
        run_id = self.workspace.start_run(
            "mediation", scenario_version=version, seed=seed, variant=variant, parameters=parameters
        )
        handle = RunHandle(self.workspace, run_id)  # the search reports a running total
        self._submit(
            run_id,
            lambda: mediation_run(
                version.scenario(),
                variant=variant,
                seed=seed,
                parameters=parameters,
                progress=handle.progress,
            ).to_json(),
        )
        return run_id

    def start_ingest(self, title: str, text: str, published: dt.date, version: ScenarioVersion | None) -> int:
        """Start coding the events of an article (linked to a stored scenario, if given)."""
        run_id = self.workspace.start_run(
            "news", scenario_version=version, parameters={"articles": [title], "date": published.isoformat()}
        )
        self._submit(run_id, lambda: self._ingest(title, text, published, version))
        return run_id

    def _ingest(
        self, title: str, text: str, published: dt.date, version: ScenarioVersion | None
    ) -> dict[str, Any]:
        from truce.news.pipeline import NewsPipeline

        scenario = None if version is None else version.scenario()
        analysis = NewsPipeline(scenario=scenario).ingest(text, published, doc_id=title)
        self.workspace.add_article(
            title,
            published,
            text,
            [e.to_json() for e in analysis.events],
            [s.text for s in analysis.sentences],
            scenario=None if version is None else version.key,
        )
        return {"articles": [analysis.to_json()]}

    def _submit(self, run_id: int, work: Callable[[], dict[str, Any]]) -> None:
        self.futures[run_id] = self.pool.submit(self._complete, run_id, work)

    def _complete(self, run_id: int, work: Callable[[], dict[str, Any]]) -> None:
        from truce.errors import TruceError

        try:
            with self.workspace.keep_alive(run_id):
                result = work()
        except TruceError as exc:
            self.workspace.fail_run(run_id, str(exc))
        except Exception as exc:  # recorded on the run, shown on its page
            self.workspace.fail_run(run_id, f"internal error: {type(exc).__name__}: {exc}")
        else:
            self.workspace.finish_run(run_id, result)

    def shutdown(self) -> None:
        """Wait for the jobs started to finish, then stop the worker threads."""
        self.pool.shutdown(wait=True, cancel_futures=False)
