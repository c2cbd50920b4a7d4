"""The web app in a real browser (Debian's chromium driven by Playwright): pages, plots, uploads, runs.

One browser session for the module. Screenshots go to ``build/screenshots``
(ignored by git). Accessibility basics are checked on every page: labelled
form fields, alt text or labels on pictures, headings in order.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import FLAGSHIP

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed "
                                "(make test installs it with apt-get)")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from truce.web import create_app

    app = create_app(str(tmp_path_factory.mktemp("browser") / "workspace.db"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    while not running.started:  # start-up wait, not a timing assertion
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=30)
    app.state.jobs.shutdown()


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900}, base_url=server)
        tab.set_default_timeout(60_000)
        yield tab
        browser.close()


def accessibility_problems(page: Any) -> list[str]:
    return page.evaluate("""() => {
      const problems = [];
      for (const field of document.querySelectorAll("input:not([type=hidden]), select, textarea")) {
        const labelled = (field.id && document.querySelector(`label[for="${field.id}"]`))
          || field.getAttribute("aria-label") || field.closest("label");
        if (!labelled) problems.push(`field without label: ${field.name}`);
      }
      for (const img of document.querySelectorAll("img")) {
        if (!img.hasAttribute("alt")) problems.push(`image without alt: ${img.src}`);
      }
      for (const pic of document.querySelectorAll("[role=img]")) {
        if (!pic.getAttribute("aria-label")) problems.push("picture without aria-label");
      }
      let level = 0;
      for (const h of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
        const next = Number(h.tagName[1]);
        if (next > level + 1) problems.push(`heading h${next} after h${level}: ${h.textContent}`);
        level = next;
      }
      if (document.querySelectorAll("h1").length !== 1) problems.push("not exactly one h1");
      if (!document.documentElement.lang) problems.push("no lang attribute");
      return problems;
    }""")


def visit(page: Any, path: str, shot: str) -> Any:
    response = page.goto(path)
    page.screenshot(path=str(SHOTS / f"{shot}.png"), full_page=False)
    assert accessibility_problems(page) == [], path
    return response


def test_flagship_pages_plots_uploads_and_runs(page: Any, tmp_path: Path) -> None:
    visit(page, "/", "overview")
    page.select_option("#bundled", FLAGSHIP)
    page.get_by_role("button", name="Add bundled scenario").click()
    page.wait_for_url(f"**/scenarios/{FLAGSHIP}")
    assert "Israel" in page.locator("main").inner_text()

    for name in ("", "/solutions", "/diff", "/timeline", "/simulation"):
        response = visit(page, f"/scenarios/{FLAGSHIP}{name}", f"scenario{name.replace('/', '-')}")
        assert response.status == 200, name
    visit(page, f"/scenarios/{FLAGSHIP}/frontier", "frontier")
    page.wait_for_selector("#frontier-plot svg.main-svg")
    assert page.locator("#frontier-plot .scatterlayer .point").count() > 100
    visit(page, f"/scenarios/{FLAGSHIP}/conflict", "conflict")
    assert page.locator("figure.graph svg circle").count() > 0

    bad = tmp_path / "broken.yaml"
    bad.write_text("id: broken\nparties: [unclosed\n", encoding="utf-8")
    page.goto("/")
    page.set_input_files("#scenario-file", str(bad))
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Upload scenario").click()
    assert navigation.value.status == 400
    assert page.get_by_role("alert").inner_text().startswith("broken.yaml:3: invalid YAML")
    page.screenshot(path=str(SHOTS / "upload-error.png"))

    page.goto(f"/scenarios/{FLAGSHIP}")
    page.get_by_role("button", name="Start analysis").click()
    page.wait_for_url("**/runs/*")
    page.wait_for_function("document.getElementById('run-status').textContent === 'succeeded'")
    page.screenshot(path=str(SHOTS / "run.png"))
    run_id = page.url.rsplit("/", 1)[1]
    visit(page, "/runs", "runs")
    assert page.get_by_role("link", name=run_id, exact=True).count() == 1


def test_the_report_renders_offline(page: Any, tmp_path: Path) -> None:
    from truce.cli.report import write_report

    report = write_report(FLAGSHIP, tmp_path / "report.html")
    page.route("http*://**", lambda route: route.abort())  # no network: everything must be inside
    try:
        page.goto(report.as_uri())
        page.wait_for_selector("#frontier-plot svg.main-svg")
        assert page.locator("#frontier-plot .scatterlayer .point").count() > 100
        assert accessibility_problems(page) == []
        page.screenshot(path=str(SHOTS / "report.png"))
    finally:
        page.unroute("http*://**")


def _start_from_page(page: Any, path: str, fields: dict[str, str], button: str) -> str:
    visit(page, path, path.strip("/").replace("/", "-"))
    for selector, value in fields.items():
        if selector.endswith("variant"):
            page.select_option(selector, value)
        else:
            page.fill(selector, value)
    page.get_by_role("button", name=button).click()
    page.wait_for_url("**/runs/*")
    page.wait_for_function("document.getElementById('run-status').textContent !== 'running'", timeout=600_000)
    assert page.locator("#run-status").inner_text() == "succeeded"
    return page.url.rsplit("/", 1)[1]


def test_mediation_and_simulation_started_from_their_pages_render_with_plots(page: Any) -> None:
    page.goto("/")
    page.select_option("#bundled", FLAGSHIP)
    page.get_by_role("button", name="Add bundled scenario").click()
    page.wait_for_url(f"**/scenarios/{FLAGSHIP}")
    variant = "early_september_sep5"
    fields = {"#med-variant": variant, "#med-samples": "200", "#med-top": "3"}
    run_id = _start_from_page(page, f"/scenarios/{FLAGSHIP}/mediation", fields, "Start mediation")
    page.wait_for_selector("#mediation-plot svg.main-svg")
    assert page.locator("#mediation-plot .bars path").count() > 0
    assert "reopens the zone" in page.locator("main").inner_text()
    page.screenshot(path=str(SHOTS / "mediation-run.png"), full_page=True)
    visit(page, f"/scenarios/{FLAGSHIP}/mediation?variant={variant}", "mediation")
    assert page.get_by_role("link", name=run_id, exact=True).count() >= 1
    page.wait_for_selector("#mediation-plot svg.main-svg")
    assert page.locator("main table").first.locator("tbody tr").count() == 3

    _start_from_page(page, f"/scenarios/{FLAGSHIP}/simulation", {"#sim-runs": "3"}, "Start simulation")
    page.wait_for_selector("#simulation-plot svg.main-svg")
    visit(page, f"/scenarios/{FLAGSHIP}/simulation", "simulation")
    page.wait_for_selector("#simulation-plot svg.main-svg")
    assert page.locator("#simulation-plot .bars path").count() > 0
    assert "agreement in" in page.locator("main").inner_text()
