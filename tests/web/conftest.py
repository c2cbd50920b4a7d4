"""A web app over a fresh workspace holding the flagship scenario."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from truce.web import create_app

FLAGSHIP = "gaza-ceasefire-2024"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = Path(tmp_path_factory.mktemp("web")) / "workspace.db"
    app = create_app(str(db))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        # No cookie yet: a program's request, answered with JSON when it asks for it.
        added = client.post("/scenarios", data={"bundled": FLAGSHIP}, headers={"Accept": "application/json"})
        assert added.status_code == 201, added.text
        yield client
    app.state.jobs.shutdown()
