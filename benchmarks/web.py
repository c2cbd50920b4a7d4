"""Web app throughput: requests per second and latency with 20 concurrent clients on 127.0.0.1.

Measures the flagship scenario page and its ``.json`` twin, and two peers in
the same run: a static file served by the same app (``/static/style.css``)
and a minimal FastAPI endpoint in its own uvicorn server (the floor of the
stack). Each target gets a warm-up and then a bounded number of requests
over keep-alive connections. Prints one table; ratios are against the
static file of the same server.

    python benchmarks/web.py [--requests-per-client 40]
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

CLIENTS = 20
FLAGSHIP = "gaza-ceasefire-2024"
MINIMAL_APP = """
from fastapi import FastAPI
app = FastAPI()

@app.get("/ping")
def ping() -> dict[str, str]:
    return {"ping": "pong"}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int, process: subprocess.Popen[bytes]) -> None:
    while True:
        if process.poll() is not None:
            raise SystemExit(f"server on port {port} exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)


def hammer(port: int, path: str, per_client: int) -> tuple[float, list[float]]:
    """Wall time and every request's latency (seconds), CLIENTS keep-alive clients at once."""
    latencies: list[list[float]] = [[] for _ in range(CLIENTS)]
    start = threading.Barrier(CLIENTS + 1)

    def client(k: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        start.wait()
        for _ in range(per_client):
            t0 = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                raise SystemExit(f"{path}: HTTP {response.status}")
            latencies[k].append(time.perf_counter() - t0)
        connection.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(CLIENTS)]
    for thread in threads:
        thread.start()
    start.wait()
    t0 = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - t0, [x for row in latencies for x in row]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests-per-client", type=int, default=40)
    args = parser.parse_args()
    servers: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory() as folder:
        try:
            port, peer_port = free_port(), free_port()
            servers.append(subprocess.Popen(
                [sys.executable, "-m", "truce", "serve", "--db", str(Path(folder) / "bench.db"),
                 "--port", str(port)],
                stderr=subprocess.DEVNULL))
            (Path(folder) / "minimal.py").write_text(MINIMAL_APP, encoding="utf-8")
            servers.append(subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "minimal:app", "--port", str(peer_port),
                 "--log-level", "warning"],
                cwd=folder, env={**os.environ, "PYTHONPATH": folder}, stderr=subprocess.DEVNULL))
            wait_for(port, servers[0])
            wait_for(peer_port, servers[1])
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
            connection.request("POST", "/scenarios", body=f"bundled={FLAGSHIP}",
                               headers={"Content-Type": "application/x-www-form-urlencoded",
                                        "Accept": "application/json"})
            assert connection.getresponse().status == 201
            targets = [("scenario page", port, f"/scenarios/{FLAGSHIP}"),
                       ("scenario page .json", port, f"/scenarios/{FLAGSHIP}.json"),
                       ("peer: static file, same app", port, "/static/style.css"),
                       ("peer: minimal FastAPI endpoint", peer_port, "/ping")]
            rows = []
            for label, target_port, path in targets:
                hammer(target_port, path, 5)  # warm-up
                wall, latencies = hammer(target_port, path, args.requests_per_client)
                rows.append((label, len(latencies) / wall, statistics.median(latencies),
                             statistics.quantiles(latencies, n=20)[18]))
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=30)
    base_rate, base_p95 = rows[2][1], rows[2][3]
    print(f"{CLIENTS} concurrent clients, {args.requests_per_client} requests each, keep-alive, 127.0.0.1")
    print(f"{'target':32} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'req/s ratio':>12} {'p95 ratio':>10}")
    for label, rate, p50, p95 in rows:
        print(f"{label:32} {rate:8.0f} {1000 * p50:8.1f} {1000 * p95:8.1f} {rate / base_rate:12.2f} "
              f"{p95 / base_p95:10.2f}")


if __name__ == "__main__":
    main()
