"""Where the graph-model test cases live: the public ones in ../shared and our own."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED_CASES = REPO.parent / "shared" / "data" / "gmcr"
OWN_CASES = HERE / "cases"


def shared_case_params() -> list[object]:
    """One parameter per public case file; a single skipping parameter where absent."""
    files = sorted(SHARED_CASES.glob("*.yaml")) if SHARED_CASES.is_dir() else []
    if not files:
        reason = "reference data ../shared/data/gmcr is not present next to the repo"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="no-shared-data")]
    return [pytest.param(path, id=path.stem) for path in files]


def own_case_params() -> list[object]:
    return [pytest.param(path, id=path.stem) for path in sorted(OWN_CASES.glob("*.yaml"))]
