"""Shared test fixtures.

Reference data lives in ``../shared/data`` next to the repository; tests that
need it skip with a reason where it is absent, so a clone of the project alone
still passes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Path under ``../shared``, or skip the calling test with a reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference data {Path('..', 'shared', *parts)} is not present next to the repo")
    return path


@pytest.fixture
def shared() -> Path:
    """The ``../shared`` folder (skips where absent)."""
    return shared_path()
