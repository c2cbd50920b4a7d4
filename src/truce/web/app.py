"""The web app: one route table; every page is also JSON at the same path plus ``.json``.

Pages are rendered on the server (Jinja2) from the same data the ``.json``
twin returns; the only scripts are plotly.js (served from the installed
``plotly`` package) and a few lines that poll a running job.  Errors a user
can cause are shown with the message the CLI gives and a 4xx status.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from truce import __version__
from truce.errors import StoreError, TruceError
from truce.web import pages
from truce.web.security import CSRF_FIELD, check_post, csrf_token

if TYPE_CHECKING:
    import jinja2

    from truce.store import ScenarioVersion, Workspace
    from truce.web.jobs import Jobs

__all__ = ["create_app"]

PageData = Callable[..., dict[str, Any]]
#: Most negotiations per strategy combination one simulation started from the browser may run.
MAX_SIMULATION_RUNS = 5_000
#: Most sampled utility models of one mediation started from the browser.
MAX_MEDIATION_SAMPLES = 20_000


@functools.cache
def _templates() -> jinja2.Environment:
    import jinja2

    loader = jinja2.ChoiceLoader([jinja2.PackageLoader("truce.web", "templates"),
                                  jinja2.PackageLoader("truce.report", "templates")])
    return jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True,
                              undefined=jinja2.StrictUndefined)


def _wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return request.url.path.endswith(".json") or ("application/json" in accept and "text/html" not in accept)


def _render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
    html = _templates().get_template(template).render(
        data=data, version=__version__, csrf_field=CSRF_FIELD, csrf=csrf_token(request),
        path=request.url.path)
    response = HTMLResponse(html, status_code=status)
    response.set_cookie("truce_csrf", csrf_token(request), httponly=True, samesite="strict")
    return response


def _error_response(request: Request, exc: TruceError) -> Response:
    # Lookups of what is not in the workspace ("no scenario 'x' ...", "no run 7 ...") are 404s.
    missing = isinstance(exc, StoreError) and exc.message.startswith("no ")
    status = getattr(exc, "status", None) or (404 if missing else 400)
    if _wants_json(request):
        return JSONResponse({"error": str(exc), "status": status}, status_code=status)
    return _render(request, "error.html.j2", {"title": "Error", "error": str(exc), "status": status}, status)


def _page(app: FastAPI, path: str, template: str) -> Callable[[PageData], PageData]:
    """Register ``path`` (HTML) and ``path + '.json'`` (the same data as JSON) for a page function."""

    def register(function: PageData) -> PageData:
        @functools.wraps(function)
        def as_json(*args: Any, **kwargs: Any) -> JSONResponse:
            return JSONResponse(function(*args, **kwargs))

        @functools.wraps(function)
        def as_html(*args: Any, **kwargs: Any) -> HTMLResponse:
            return _render(kwargs["request"], template, function(*args, **kwargs))

        # The .json route goes first: "/scenarios/{key}" would otherwise take "x.json" as a key.
        app.add_api_route(path.rstrip("/") + ".json" if path != "/" else "/.json", as_json, methods=["GET"])
        app.add_api_route(path, as_html, methods=["GET"], response_class=HTMLResponse)
        return function

    return register


def _add_pages(app: FastAPI, workspace: Workspace) -> None:
    @_page(app, "/", "overview.html.j2")
    def overview(request: Request) -> dict[str, Any]:
        return pages.overview_page(workspace)

    @_page(app, "/scenarios/{key}", "scenario.html.j2")
    def scenario(request: Request, key: str) -> dict[str, Any]:
        return pages.scenario_page(workspace, key)

    @_page(app, "/scenarios/{key}/frontier", "frontier.html.j2")
    def frontier(request: Request, key: str, variant: str | None = None) -> dict[str, Any]:
        return pages.frontier_page(workspace, key, variant or None)

    @_page(app, "/scenarios/{key}/solutions", "solutions.html.j2")
    def solutions(request: Request, key: str, variant: str | None = None) -> dict[str, Any]:
        return pages.solutions_page(workspace, key, variant or None)

    @_page(app, "/scenarios/{key}/diff", "diff.html.j2")
    def diff(request: Request, key: str, before: str | None = None,
             after: str | None = None) -> dict[str, Any]:
        return pages.diff_page(workspace, key, before or None, after or None)

    @_page(app, "/scenarios/{key}/conflict", "conflict.html.j2")
    def conflict(request: Request, key: str) -> dict[str, Any]:
        return pages.conflict_page(workspace, key)

    @_page(app, "/scenarios/{key}/timeline", "timeline.html.j2")
    def timeline(request: Request, key: str) -> dict[str, Any]:
        return pages.timeline_page(workspace, key)

    @_page(app, "/scenarios/{key}/simulation", "simulation.html.j2")
    def simulation(request: Request, key: str, variant: str | None = None) -> dict[str, Any]:
        return pages.simulation_page(workspace, key, variant or None)

    @_page(app, "/scenarios/{key}/mediation", "mediation.html.j2")
    def mediation(request: Request, key: str, variant: str | None = None) -> dict[str, Any]:
        return pages.mediation_page(workspace, key, variant or None)

    @_page(app, "/runs", "runs.html.j2")
    def runs(request: Request) -> dict[str, Any]:
        return pages.runs_page(workspace)

    @_page(app, "/runs/{run_id}", "run.html.j2")
    def run(request: Request, run_id: int) -> dict[str, Any]:
        return pages.run_page(workspace, run_id)


def _add_actions(app: FastAPI, workspace: Workspace, jobs: Jobs) -> None:
    from truce.web.uploads import MAX_UPLOAD_BYTES, display_name, scenario_from_upload, text_from_upload

    def see_other(request: Request, path: str, document: dict[str, Any]) -> Response:
        if _wants_json(request):
            return JSONResponse(document, status_code=201, headers={"Location": path})
        return RedirectResponse(path, status_code=303)

    @app.post("/scenarios")
    async def upload_scenario(request: Request) -> Response:
        form = await check_post(request, MAX_UPLOAD_BYTES)
        upload = form.get("file")
        bundled = form.get("bundled")
        if isinstance(bundled, str) and bundled:
            from truce.io.scenario_file import inline_conflict, load_scenario

            scenario, origin = inline_conflict(load_scenario(bundled), bundled), bundled
        elif upload is None or isinstance(upload, str):
            raise TruceError("no file in the form", field="file",
                             hint="choose a scenario YAML file to upload")
        else:
            data = await upload.read(MAX_UPLOAD_BYTES + 1)
            scenario = scenario_from_upload(data, upload.filename)
            origin = display_name(upload.filename, "upload.yaml")
        version = workspace.add_scenario(scenario, origin=origin)
        return see_other(request, f"/scenarios/{version.key}", version.to_json())

    @app.post("/articles")
    async def upload_article(request: Request) -> Response:
        form = await check_post(request, MAX_UPLOAD_BYTES)
        upload, date, key = form.get("file"), form.get("date"), form.get("scenario")
        if upload is None or isinstance(upload, str):
            raise TruceError("no file in the form", field="file", hint="choose an article text file")
        name = display_name(upload.filename, "article.txt")
        text = text_from_upload(await upload.read(MAX_UPLOAD_BYTES + 1), name)
        try:
            published = dt.date.fromisoformat(str(date))
        except ValueError:
            raise TruceError(f"publication date {date!r} is not a date", field="date",
                             hint="write it as YYYY-MM-DD") from None
        version = workspace.scenario_version(key) if isinstance(key, str) and key else None
        run_id = jobs.start_ingest(name, text, published, version)
        return see_other(request, f"/runs/{run_id}", {"run": run_id})


def _whole_number(form: Any, name: str, default: int, high: int) -> int:
    text = str(form.get(name) or default)
    if not text.isdigit() or not 1 <= int(text) <= high:
        raise TruceError(f"{name} {text!r} is not a whole number from 1 to {high:,}", field=name)
    return int(text)


def _variant(form: Any, version: ScenarioVersion) -> str | None:
    """The form's variant (None for the base scenario); an unknown one is refused before a run starts."""
    variant = form.get("variant")
    if not isinstance(variant, str) or not variant:
        return None
    version.scenario().variant(variant)
    return variant


def _add_run_actions(app: FastAPI, workspace: Workspace, jobs: Jobs) -> None:
    """Analyses, simulations and mediations started from a scenario's pages."""

    def started(request: Request, run_id: int) -> Response:
        if _wants_json(request):
            return JSONResponse({"run": run_id}, status_code=201, headers={"Location": f"/runs/{run_id}"})
        return RedirectResponse(f"/runs/{run_id}", status_code=303)

    @app.post("/scenarios/{key}/runs")
    async def start_analysis(request: Request, key: str) -> Response:
        form = await check_post(request, 4096)
        version = workspace.scenario_version(key)
        return started(request, jobs.start_analysis(version, _variant(form, version)))

    @app.post("/scenarios/{key}/simulations")
    async def start_simulation(request: Request, key: str) -> Response:
        form = await check_post(request, 4096)
        version = workspace.scenario_version(key)
        variant = _variant(form, version)
        runs = _whole_number(form, "runs", 200, MAX_SIMULATION_RUNS)
        return started(request, jobs.start_simulation(version, runs, variant=variant))

    @app.post("/scenarios/{key}/mediations")
    async def start_mediation(request: Request, key: str) -> Response:
        form = await check_post(request, 4096)
        version = workspace.scenario_version(key)
        variant = _variant(form, version)
        samples = _whole_number(form, "samples", 2000, MAX_MEDIATION_SAMPLES)
        top = _whole_number(form, "top", 5, 20)
        return started(request, jobs.start_mediation(version, variant, samples=samples, top=top))


def _add_static(app: FastAPI) -> None:
    from importlib import resources

    from truce.report.plots import plotly_js

    @app.get("/static/plotly.min.js")
    def plotly() -> Response:
        return Response(_cached(plotly_js), media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/static/style.css")
    def style() -> Response:
        css = (resources.files("truce.report") / "templates" / "style.css").read_text(encoding="utf-8")
        return Response(css, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"})


@functools.cache
def _cached(load: Callable[[], str]) -> bytes:
    return load().encode("utf-8")


def create_app(db: str | None = None, *, workspace: Workspace | None = None) -> FastAPI:
    """The web app over the workspace at ``db`` (``$TRUCE_DB``, else ``./truce.db``)."""
    from truce.store import Workspace
    from truce.web.jobs import Jobs

    store = workspace or Workspace.open(db)
    jobs = Jobs(store)
    app = FastAPI(title="truce", version=__version__, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.workspace, app.state.jobs = store, jobs

    @app.exception_handler(TruceError)
    async def user_error(request: Request, exc: TruceError) -> Response:
        """A user's error as a 4xx page, or as JSON when JSON is asked for."""
        return _error_response(request, exc)

    @app.exception_handler(404)
    async def not_found(request: Request, exc: Exception) -> Response:
        """An unknown path as a 404 page (or JSON) pointing back to the overview."""
        return _error_response(request, StoreError(f"no page at {request.url.path}", hint="start from /"))

    _add_static(app)
    _add_pages(app, store)
    _add_actions(app, store, jobs)
    _add_run_actions(app, store, jobs)
    return app
