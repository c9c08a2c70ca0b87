"""`admin-merge mappings validate | show | stats | export-crosswalk`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from admin_merge.cli.app import mappings_app
from admin_merge.cli.console import emit_json, err, info, out
from admin_merge.cli.options import FormatOpt, MappingsOpt, OutputFormat, ReportFormat, ReportFormatOpt


@mappings_app.command("validate")
def validate_cmd(
    directory: Annotated[
        Path | None, typer.Argument(help="Mapping directory (default: the shipped mappings).", file_okay=False)
    ] = None,
    fmt: FormatOpt = OutputFormat.text,
) -> None:
    """Check mapping files: syntax, codes, names, coverage, splits, national totals.

    Example: admin-merge mappings validate mappings/ --format github
    """
    from admin_merge.api import validate
    from admin_merge.cli.render_validation import render_github, render_text, write_step_summary

    result = validate(directory)
    if fmt is OutputFormat.json:
        emit_json(result.to_dict())
    elif fmt is OutputFormat.github:
        render_github(result)
    else:
        render_text(result)
    if os.environ.get("GITHUB_STEP_SUMMARY"):
        write_step_summary(result, Path(os.environ["GITHUB_STEP_SUMMARY"]))
    raise typer.Exit(0 if result.ok else 1)


@mappings_app.command("show")
def show_cmd(
    code: Annotated[
        str, typer.Argument(help="A province (2 digits), old district (3) or commune (5) code, old or new.")
    ],
    mappings: MappingsOpt = None,
    fmt: ReportFormatOpt = ReportFormat.text,
) -> None:
    """Show what merged into what for one unit, with the legal basis.

    Example: admin-merge mappings show 26740
    """
    from admin_merge.api import load_crosswalk
    from admin_merge.cli.render_show import render_show
    from admin_merge.registry.inspect import describe

    view = describe(load_crosswalk(mappings), code)
    if fmt is ReportFormat.json:
        emit_json(view)
    else:
        render_show(view)
    raise typer.Exit(0)


@mappings_app.command("stats")
def stats_cmd(mappings: MappingsOpt = None, fmt: ReportFormatOpt = ReportFormat.text) -> None:
    """Totals per new province and nationally: units by type, whole and partial sources, splits.

    Example: admin-merge mappings stats --format json
    """
    from admin_merge.api import load_crosswalk
    from admin_merge.registry.inspect import statistics

    stats = statistics(load_crosswalk(mappings))
    if fmt is ReportFormat.json:
        emit_json(stats)
        raise typer.Exit(0)
    table = Table(title="Mapping statistics", title_justify="left")
    columns = [
        "code",
        "province",
        "communes",
        "phường",
        "xã",
        "đặc khu",
        "old provinces",
        "old communes",
        "whole",
        "partial rows",
        "split old",
    ]
    for c in columns:
        table.add_column(c, justify="left" if c == "province" else "right")
    for row in [*stats["provinces"], {**stats["national"], "code": "", "name": "Nation"}]:
        table.add_row(
            row["code"],
            Text(row["name"]),
            *(
                f"{row[k]:,}"
                for k in (
                    "new_communes",
                    "phuong",
                    "xa",
                    "dac_khu",
                    "old_provinces",
                    "old_communes",
                    "whole",
                    "partial_rows",
                    "split_old_communes",
                )
            ),
        )
    out.print(table)
    raise typer.Exit(0)


@mappings_app.command("export-crosswalk")
def export_cmd(
    output: Annotated[Path, typer.Option("--output", "-o", help="Target file: .csv, .parquet, .json or .ndjson.")],
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
    mappings: MappingsOpt = None,
    from_date: Annotated[
        str | None,
        typer.Option("--from", help="Snapshot the old units are read in (YYYY-MM-DD); composes the chain."),
    ] = None,
    to_date: Annotated[
        str | None, typer.Option("--to", help="Snapshot the units are carried to (YYYY-MM-DD, default today).")
    ] = None,
) -> None:
    """Write the compiled crosswalk: one row per (old commune, new commune).

    With --from/--to the crosswalk is composed over the chain of snapshots (history rounds,
    30 June 2025, 1 July 2025, the later reforms), with the legal bases of every step per row.

    Example: admin-merge mappings export-crosswalk --from 2019-01-01 --to 2026-12-01 -o crosswalk.csv
    """
    from admin_merge.api import export_crosswalk

    rows = export_crosswalk(output, mappings, force=force, from_date=from_date, to_date=to_date)
    span = f" from {from_date or '2025-06-30'} to {to_date or 'today'}" if from_date or to_date else ""
    info(f"wrote {rows:,} crosswalk rows{span} to {output}")
    err.file.flush()
    raise typer.Exit(0)
