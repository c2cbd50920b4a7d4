"""The ``truce`` console script and ``python -m truce``.

``truce --version`` is answered here, before the command line (and its
framework) is imported, so it costs little more than starting Python.

When the command is done the process is about to end: every object left is
moved out of the cyclic garbage collector's reach (:func:`gc.freeze`), so the
interpreter's shutdown does not walk them all once more before the operating
system frees the memory anyway (about 5 % of a short command's instructions).
Output is flushed and ``atexit`` handlers run as before.
"""

from __future__ import annotations

import gc
import sys


def main() -> None:
    """Entry point of the ``truce`` console script."""
    if sys.argv[1:] == ["--version"]:
        from truce import __version__

        sys.stdout.write(f"truce {__version__}\n")
        return
    from truce.cli import main as run_command_line

    try:
        run_command_line()
    finally:
        gc.freeze()


if __name__ == "__main__":
    main()
