"""``truce import genius``: GENIUS / ANAC XML to scenario YAML."""

from __future__ import annotations

from pathlib import Path

import typer

from truce.cli.app import err_console, escape, import_app, print_json, print_line

__all__ = ["import_genius"]


@import_app.command("genius")
def import_genius(
    paths: list[Path] = typer.Argument(
        ...,
        help="A GENIUS folder, or the domain XML followed by the profile XMLs in party order.",
        show_default=False,
    ),
    output: Path = typer.Option(..., "--output", "-o", help="Scenario YAML file to write."),
    force: bool = typer.Option(False, "--force", help="Overwrite the output file."),
    normalize_weights: bool = typer.Option(
        False, "--normalize-weights",
        help="Divide weights that do not sum to 1 (and the reservation value) by their sum.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary."),
) -> None:
    """Import a GENIUS domain and its profiles as a truce scenario.

    Party ids are the profile file names without .xml. Weights that do not sum
    to 1 are kept as in the file (GENIUS semantics) and reported as warnings;
    --normalize-weights rescales them (with the reservation value).
    """
    from truce.errors import ImportFormatError
    from truce.io.genius import genius_file_kind, read_genius, read_genius_folder
    from truce.io.scenario_file import save_scenario

    for path in paths:
        if not path.exists():
            raise ImportFormatError("no such file or folder", file=path, hint="check the path")
    if len(paths) == 1 and paths[0].is_dir():
        result = read_genius_folder(paths[0], normalize_weights=normalize_weights)
    else:
        if len(paths) < 3:
            raise ImportFormatError(
                f"{len(paths)} file(s) given",
                file=paths[0],
                hint="give a GENIUS folder, or DOMAIN.xml PROFILE.xml PROFILE.xml ...",
            )
        domains = [p for p in paths if genius_file_kind(p) == "domain"]
        if len(domains) != 1:
            raise ImportFormatError(
                f"{len(domains)} of the files given are domain files (without <weight>)",
                file=domains[1] if domains else paths[0],
                hint="give exactly one domain XML and one profile XML per party",
            )
        result = read_genius(
            domains[0], [p for p in paths if p != domains[0]], normalize_weights=normalize_weights
        )
    scenario = result.scenario
    target = save_scenario(scenario, output, overwrite=force)
    outcomes = 1
    for issue in scenario.issues:
        outcomes *= len(issue.options)
    if as_json:
        print_json(
            {
                "output": str(target),
                "scenario": scenario.id,
                "parties": list(scenario.party_ids),
                "issues": len(scenario.issues),
                "outcomes": outcomes,
                "discount_factors": result.discount_factors,
                "warnings": list(result.warnings),
            }
        )
        return
    for warning in result.warnings:
        err_console.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False, soft_wrap=True)
    print_line(
        f"Wrote {target}: {len(scenario.parties)} parties "
        f"({', '.join(scenario.party_ids)}), {len(scenario.issues)} issues, {outcomes:,} outcomes."
    )
