"""Analyses and article ingests started from the browser, run in worker threads.

Each job is a stored run: recorded as ``running`` at once (the page that
shows it polls its progress), then completed with its result or its error.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from truce.store import ScenarioVersion, Workspace

__all__ = ["Jobs"]


class Jobs:
    """A small pool of worker threads writing their runs to ``workspace``."""

    def __init__(self, workspace: Workspace, workers: int = 2) -> None:
        self.workspace = workspace
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="truce-job")
        self.futures: dict[int, Future[None]] = {}

    def start_analysis(self, version: ScenarioVersion, variant: str | None) -> int:
        """Start ``truce analyze`` on a stored scenario version; returns the run id."""
        run_id = self.workspace.start_run("analysis", scenario_version=version, seed=0, variant=variant,
                                          parameters={"disagreement": None, "as_of": None})
        self.futures[run_id] = self.pool.submit(self._analyze, run_id, version, variant)
        return run_id

    def _analyze(self, run_id: int, version: ScenarioVersion, variant: str | None) -> None:
        from truce.analysis.overview import analyze

        def work() -> dict[str, Any]:
            scenario = version.scenario()
            if variant is not None:
                scenario = scenario.with_variant(variant)
            counted = 0

            def progress(done: int, total: int) -> None:
                nonlocal counted
                counted += done
                self.workspace.report_progress(run_id, counted, total)

            return analyze(scenario, progress=progress, seed=0).to_json()

        self._complete(run_id, work)

    def start_simulation(self, version: ScenarioVersion, runs: int, seed: int = 0) -> int:
        """Start ``truce simulate`` (default strategies, 100 rounds) on a stored scenario version."""
        run_id = self.workspace.start_run("simulation", scenario_version=version, seed=seed,
                                          parameters={"runs": runs, "rounds": 100})
        self.futures[run_id] = self.pool.submit(self._simulate, run_id, version, runs, seed)
        return run_id

    def _simulate(self, run_id: int, version: ScenarioVersion, runs: int, seed: int) -> None:
        from truce.simulation import simulate

        def work() -> dict[str, Any]:
            scenario = version.scenario()
            counted = 0

            def progress(done: int, total: int) -> None:
                nonlocal counted
                counted += done
                self.workspace.report_progress(run_id, counted, total)

            return simulate(scenario, runs=runs, seed=seed, rounds=100, start=scenario.date,
                            progress=progress).to_json()

        self._complete(run_id, work)

    def start_ingest(self, title: str, text: str, published: dt.date, version: ScenarioVersion | None) -> int:
        """Start coding the events of an article (linked to a stored scenario, if given)."""
        run_id = self.workspace.start_run("news", scenario_version=version,
                                          parameters={"articles": [title], "date": published.isoformat()})
        self.futures[run_id] = self.pool.submit(self._ingest, run_id, title, text, published, version)
        return run_id

    def _ingest(self, run_id: int, title: str, text: str, published: dt.date,
                version: ScenarioVersion | None) -> None:
        from truce.news.pipeline import NewsPipeline

        def work() -> dict[str, Any]:
            scenario = None if version is None else version.scenario()
            analysis = NewsPipeline(scenario=scenario).ingest(text, published, doc_id=title)
            self.workspace.add_article(title, published, text, [e.to_json() for e in analysis.events],
                                       [s.text for s in analysis.sentences],
                                       scenario=None if version is None else version.key)
            return {"articles": [analysis.to_json()]}

        self._complete(run_id, work)

    def _complete(self, run_id: int, work: Any) -> None:
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
        self.pool.shutdown(wait=True, cancel_futures=False)
