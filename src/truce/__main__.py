"""The ``truce`` console script and ``python -m truce``.

``truce --version`` is answered here, before the command line (and its
framework) is imported, so it costs little more than starting Python.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Entry point of the ``truce`` console script."""
    if sys.argv[1:] == ["--version"]:
        from truce import __version__

        sys.stdout.write(f"truce {__version__}\n")
        return
    from truce.cli import main as run_command_line

    run_command_line()


if __name__ == "__main__":
    main()
