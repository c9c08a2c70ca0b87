"""`admin-merge mappings export-sql --dialect DIALECT`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from admin_merge.cli.app import mappings_app
from admin_merge.cli.console import info
from admin_merge.cli.options import MappingsOpt


@mappings_app.command("export-sql")
def export_sql_cmd(
    dialect: Annotated[
        str,
        typer.Option(help="postgres, duckdb, spark, trino, bigquery, snowflake, mysql, tsql or oracle."),
    ],
    table: Annotated[str | None, typer.Option(help="Table to migrate (with --column): adds the query.")] = None,
    column: Annotated[str | None, typer.Option(help="Its column of old commune codes.")] = None,
    target: Annotated[str | None, typer.Option(help="Table the query creates (default: TABLE_migrated).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")] = None,
    prefix: Annotated[str, typer.Option(help="Prefix of the new unit columns.")] = "new_",
    on_split: Annotated[str, typer.Option(help="flag or primary, as for migrate.")] = "flag",
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
    mappings: MappingsOpt = None,
) -> None:
    """Write the commune-code crosswalk as SQL, so a code column can be migrated in any engine.

    Example: admin-merge mappings export-sql --dialect postgres --table households --column ma_xa -o migrate.sql
    """
    import sys

    from admin_merge.api import export_sql
    from admin_merge.errors import InputError
    from admin_merge.io.output import os_error, output_plan

    if on_split not in ("flag", "primary"):
        raise InputError(f"--on-split must be 'flag' or 'primary', not '{on_split}'")
    script = export_sql(
        dialect, table=table, column=column, target=target, prefix=prefix, on_split=on_split, directory=mappings
    )
    if output is None:
        sys.stdout.write(script)
        sys.stdout.flush()
        raise typer.Exit(0)
    with output_plan(force=force) as plan:
        plan.claim(output, "SQL script")
        staged = plan.stage(output)
        try:
            staged.write_text(script, encoding="utf-8")
        except OSError as exc:
            raise os_error(output, exc) from None
    info(f"wrote the {dialect} script to {output}")
    raise typer.Exit(0)
