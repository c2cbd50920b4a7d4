"""``python -m truce`` runs the command line."""

from truce.cli import main

main()
