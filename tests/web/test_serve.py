"""``truce serve`` listens on 127.0.0.1 by default and says so."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def test_serve_binds_loopback_and_says_so(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "truce", "serve", "--db", str(tmp_path / "w.db"),
                               "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        assert server.stderr is not None
        line = server.stderr.readline()
        assert f"at http://127.0.0.1:{port}/" in line and "only this machine can connect" in line
        for _ in range(600):  # until uvicorn accepts connections
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/.json", timeout=5) as response:
                    assert response.status == 200
                    break
            except OSError:
                if server.poll() is not None:
                    raise
                time.sleep(0.1)
        else:
            raise AssertionError("the server never answered")
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True)
        if listening.returncode == 0:
            local = {line.split()[3] for line in listening.stdout.splitlines()}
            assert local == {f"127.0.0.1:{port}"}
    finally:
        server.terminate()
        server.wait(timeout=30)
