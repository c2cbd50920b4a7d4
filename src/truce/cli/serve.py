"""``truce serve``: the web app over a workspace."""

from __future__ import annotations

from typing import Annotated

import typer

from truce.cli.app import app, err_console
from truce.cli.saving import DbOpt

__all__ = ["serve"]


@app.command("serve")
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the workspace in a browser: scenarios, plots, solutions, diffs, graph model, timeline, mediation,
    simulation, runs."""
    import uvicorn

    from truce.web import create_app

    web = create_app(db)
    reach = ("only this machine can connect; use --host 0.0.0.0 to share it on the network"
             if host in ("127.0.0.1", "localhost", "::1") else "other machines on the network can connect")
    err_console.print(f"serving the workspace {web.state.workspace.location} at http://{host}:{port}/ "
                      f"(listening on {host}: {reach})", highlight=False, soft_wrap=True)
    uvicorn.run(web, host=host, port=port, log_level="warning")
