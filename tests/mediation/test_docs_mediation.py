"""docs/mediation.md: every example runs and prints what the page says (a doctest of the page)."""

from __future__ import annotations

import doctest
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "mediation.md"


def test_mediation_page_examples_print_what_the_page_says() -> None:
    test = doctest.DocTestParser().get_doctest(DOC.read_text(encoding="utf-8"), {}, DOC.name, str(DOC), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
    assert runner.tries >= 20
