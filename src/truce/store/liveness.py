"""Whether a run stored as ``running`` still has a process working on it.

A run records, when it starts, the host and id of its process and the
process's start time (so that a recycled process id is not taken for it),
and then a heartbeat every :data:`HEARTBEAT_INTERVAL_S` seconds while it
works.  A run whose process is gone (killed with ``kill -9``, a crashed
machine, a closed laptop) is shown as ``interrupted``: on the same host when
its process no longer exists, is a zombie or is another process with the
same id; on another host, where the process cannot be looked at, when its
heartbeat is older than :data:`STALE_AFTER_S` seconds.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["HEARTBEAT_INTERVAL_S", "STALE_AFTER_S", "RunProcess", "current_process", "process_gone"]

#: Seconds between two heartbeats of a running run.
HEARTBEAT_INTERVAL_S = 15.0
#: A run on another host whose last heartbeat is older than this is taken as interrupted.
STALE_AFTER_S = 8 * HEARTBEAT_INTERVAL_S


@dataclass(frozen=True)
class RunProcess:
    """The process a run was recorded by: host, process id, start time and last heartbeat."""

    host: str
    pid: int
    start: int | None
    heartbeat_at: dt.datetime | None

    def to_json(self) -> dict[str, Any]:
        """The ``process`` of a run's JSON document; ``heartbeat_at`` as an ISO time."""
        return {"host": self.host, "pid": self.pid, "start": self.start,
                "heartbeat_at": None if self.heartbeat_at is None else self.heartbeat_at.isoformat()}


def _stat(pid: int) -> tuple[str, int] | None:
    """State letter and start time (clock ticks after boot) of a process, from Linux's ``/proc``."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: split after its closing one.
    fields = text[text.rindex(")") + 2:].split()
    return fields[0], int(fields[19])


def current_process() -> tuple[str, int, int | None]:
    """Host name, process id and start time (None where ``/proc`` is missing) of this process."""
    pid = os.getpid()
    stat = _stat(pid)
    return socket.gethostname(), pid, None if stat is None else stat[1]


def process_gone(process: RunProcess, now: dt.datetime) -> bool:
    """True when the process that recorded a run no longer works on it (see the module docstring)."""
    if process.host != socket.gethostname():
        beat = process.heartbeat_at
        return beat is None or (now - beat).total_seconds() > STALE_AFTER_S
    try:
        os.kill(process.pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # a live process of another user
        pass
    stat = _stat(process.pid)
    if stat is None:
        return False
    state, start = stat
    return state in ("Z", "X") or (process.start is not None and start != process.start)
