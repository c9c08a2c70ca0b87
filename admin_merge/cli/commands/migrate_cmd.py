"""`admin-merge migrate INPUT -o OUTPUT`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from admin_merge.cli.app import app
from admin_merge.cli.console import emit_json, err, info
from admin_merge.cli.options import AsOfOpt, MappingsOpt, OnBadBytes, QuietOpt, ReportFormat, ReportFormatOpt
from admin_merge.io.formats import Format
from admin_merge.matching.model import STATUS_ORDER as STATUSES
from admin_merge.plan.schema import DEFAULT_PREFIX


def _col(help_text: str) -> object:
    return typer.Option(help=help_text, rich_help_panel="Reference columns")


@app.command("migrate")
def migrate_cmd(
    input: Annotated[
        str,
        typer.Argument(
            help="CSV/TSV, Parquet, JSON/NDJSON, .xlsx, file.duckdb:TABLE, or a postgresql:// URL (--engine postgres)."
        ),
    ],
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Target (format from its extension); '-' for CSV on stdout.")
    ] = None,
    commune_code_col: Annotated[str | None, _col("Column with old commune codes.")] = None,
    district_code_col: Annotated[str | None, _col("Column with old district codes.")] = None,
    province_code_col: Annotated[str | None, _col("Column with old province codes.")] = None,
    commune_col: Annotated[str | None, _col("Column with commune/ward names.")] = None,
    district_col: Annotated[str | None, _col("Column with district names.")] = None,
    province_col: Annotated[str | None, _col("Column with province names.")] = None,
    address_col: Annotated[str | None, _col("Column with free-text addresses.")] = None,
    on_split: Annotated[
        str,
        typer.Option(
            help="flag: leave the commune empty for split communes; "
            "primary: fill the primary successor (status stays 'split')."
        ),
    ] = "flag",
    prefix: Annotated[str, typer.Option(help="Prefix of the new unit columns.")] = DEFAULT_PREFIX,
    encoding: Annotated[
        str | None,
        typer.Option(help="CSV encoding (default: detected): utf-8, utf-8-sig, cp1258, tcvn3 (ABC), vni."),
    ] = None,
    on_bad_bytes: Annotated[
        OnBadBytes,
        typer.Option(help="Invalid bytes in a UTF-8 file: fail (name the lines) or replace them with U+FFFD."),
    ] = OnBadBytes.fail,
    skip_rows: Annotated[int, typer.Option(min=0, help="Lines above the CSV header to skip (a title).")] = 0,
    safe_csv: Annotated[
        bool,
        typer.Option(help="CSV/TSV output: prefix cells starting with = + - @ tab CR with ' (spreadsheet formulas)."),
    ] = False,
    delimiter: Annotated[str | None, typer.Option(help="CSV delimiter (default: sniffed).")] = None,
    output_format: Annotated[
        Format | None, typer.Option(help="Output format when the extension does not say it.")
    ] = None,
    report: Annotated[Path | None, typer.Option(help="Write the report as JSON to this file.")] = None,
    decisions: Annotated[Path | None, typer.Option(help="A filled-in review file (review export) to apply.")] = None,
    rules: Annotated[
        Path | None, typer.Option(help="Rules for split communes (YAML): streets or villages -> successor.")
    ] = None,
    fail_on: Annotated[
        str | None, typer.Option(help="Comma-separated statuses that make the run exit 1, e.g. split,unmatched.")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Processes resolving distinct references (default: every core).")
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            help="Where the data is joined: local (polars), duckdb (inside DuckDB), postgres (inside the "
            "database of a postgresql:// URL), spark (Parquet paths, local Spark).",
            rich_help_panel="Engine",
        ),
    ] = "local",
    table: Annotated[
        str | None,
        typer.Option(help="The source table (postgres, or a DuckDB database file).", rich_help_panel="Engine"),
    ] = None,
    memory_limit: Annotated[
        str | None,
        typer.Option(
            help="duckdb: memory DuckDB may use before it spills to a temporary directory (e.g. 2GB).",
            rich_help_panel="Engine",
        ),
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing output.")] = False,
    dry_run: Annotated[bool, typer.Option(help="Compute the report; write no dataset.")] = False,
    fmt: ReportFormatOpt = ReportFormat.text,
    mappings: MappingsOpt = None,
    as_of: AsOfOpt = None,
    codes_from: Annotated[
        str | None,
        typer.Option(
            "--codes-from",
            metavar="DATE",
            help="Snapshot the commune codes come from (YYYY-MM-DD; default: detected per column).",
        ),
    ] = None,
    quiet: QuietOpt = False,
) -> None:
    """Rewrite a dataset to the new units: keeps every row and column, adds new_* columns and a status.

    Example: admin-merge migrate sample_data/households.csv -o households.new.csv --report report.json

    In PostgreSQL: admin-merge migrate postgresql:///db --engine postgres --table households -o households_2025
    """
    from admin_merge.api import migrate
    from admin_merge.cli.progress import progress_callback
    from admin_merge.engines.local import MigrateOptions
    from admin_merge.errors import InputError
    from admin_merge.io.output import os_error, output_plan
    from admin_merge.plan.columns import ReferenceColumns
    from admin_merge.runtime.policy import default_workers, policy

    failing = {s.strip() for s in (fail_on or "").split(",") if s.strip()}
    unknown = failing - set(STATUSES)
    if unknown:
        raise InputError(f"--fail-on: unknown status(es) {', '.join(sorted(unknown))}; known: {', '.join(STATUSES)}")
    options = MigrateOptions(
        columns=ReferenceColumns(
            province_code_col, district_code_col, commune_code_col, province_col, district_col, commune_col, address_col
        ),
        on_split=on_split,  # type: ignore[arg-type]
        prefix=prefix,
        encoding=encoding,
        on_bad_bytes=on_bad_bytes.value,
        skip_rows=skip_rows,
        safe_csv=safe_csv,
        delimiter=delimiter,
        output_format=output_format,
        force=force,
        dry_run=dry_run,
        mappings=mappings,
        decisions=decisions,
        rules=rules,
        workers=workers,
        as_of=as_of,
        codes_from=codes_from,
        memory_limit=memory_limit,
    )
    # Every output of the run (dataset, report) appears only when all of them were written.
    with output_plan(force=force) as plan:
        if report is not None:
            plan.claim(report, "report")
        # The CLI owns its process: every core, and no collector pauses while resolving.
        with (
            progress_callback(quiet or output == "-") as progress,
            policy(workers=default_workers(), pause_gc=True),
        ):
            result = migrate(input, output, options, engine=engine, table=table, progress=progress, outputs=plan)
        if report is not None:
            staged = plan.stage(report)
            try:
                staged.write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
            except OSError as exc:
                raise os_error(report, exc) from None
    for note in result.warnings:
        err.print(Text("warning: ", style="yellow") + Text(note))
    if fmt is ReportFormat.json and output != "-":
        emit_json(result.to_dict())
    elif not quiet:
        _summary(result)
    failed = result.rows_with(failing)
    if failed:
        err.print(Text(f"{failed:,} rows have a status in --fail-on ({', '.join(sorted(failing))})", style="red"))
    raise typer.Exit(1 if failed else 0)


def _summary(result: object) -> None:
    from admin_merge.plan.report import MigrationReport

    assert isinstance(result, MigrationReport)
    used = ", ".join(f"{col} ({role})" for role, col in result.columns.items())
    info(f"columns {'detected' if result.columns_detected else 'used'}: {used}")
    info(f"names and types written as in force on {result.options.get('as_of')} (--as-of)")
    for column in result.code_columns:
        info(column["message"])
        if column["disagreeing_rows"]:
            info(f"{column['disagreeing_rows']:,} rows: the code and the commune name disagree (status ambiguous)")
    if result.through_history:
        info(f"{result.through_history:,} rows read in a register before 30 June 2025 (see their notes)")
    table = Table(title=f"{result.input} -> {result.output or '(dry run)'}", title_justify="left")
    table.add_column("status")
    table.add_column("rows", justify="right")
    table.add_column("%", justify="right")
    table.add_column("distinct", justify="right")
    for status in STATUSES:
        n = result.statuses.get(status, 0)
        if n:
            pct = 100 * n / result.rows_in if result.rows_in else 0
            table.add_row(status, f"{n:,}", f"{pct:.1f}", f"{result.distinct_statuses.get(status, 0):,}")
    table.add_row("total", f"{result.rows_in:,}", "100.0", f"{result.distinct_references:,}", style="bold")
    err.print(table)
    if result.top_unresolved:
        top = Table(title="largest unresolved references", title_justify="left")
        for c in ("rows", "status", "reference", "candidates"):
            top.add_column(c, justify="right" if c == "rows" else "left")
        for u in result.top_unresolved[:10]:
            ref = " / ".join(str(v) for v in u["reference"].values() if v)
            top.add_row(f"{u['rows']:,}", u["status"], Text(ref), Text("|".join(u["candidates"])))
        err.print(top)
    written = f"{result.rows_out:,} rows written" if not result.dry_run else "dry run: nothing written"
    info(f"{written} in {result.seconds:.2f} s (rows in {result.rows_in:,}, out {result.rows_out:,})")
