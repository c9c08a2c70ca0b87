"""`admin-merge report MIGRATED [--html report.html]`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from admin_merge.cli.app import app
from admin_merge.cli.console import emit_json, info, out
from admin_merge.cli.options import MappingsOpt, ReportFormat, ReportFormatOpt
from admin_merge.matching.model import STATUS_ORDER as STATUSES
from admin_merge.plan.schema import DEFAULT_PREFIX


def province_table(provinces: list[dict[str, object]], title: str, changed: bool = False) -> Table:
    table = Table(title=title, title_justify="left")
    for c in ("code", "province", "rows", *STATUSES, *(["changed"] if changed else [])):
        table.add_column(c, justify="left" if c in ("code", "province") else "right")
    for p in provinces:
        statuses = p["statuses"]
        assert isinstance(statuses, dict)
        table.add_row(
            str(p["code"]),
            Text(str(p["name"])),
            f"{p['rows']:,}",
            *(f"{statuses.get(s, 0):,}" for s in STATUSES),
            *([f"{p.get('changed', 0):,}"] if changed else []),
        )
    return table


@app.command("report")
def report_cmd(
    migrated: Annotated[str, typer.Argument(help="A file written by migrate.")],
    html: Annotated[Path | None, typer.Option(help="Also write a self-contained HTML report.")] = None,
    prefix: Annotated[str, typer.Option(help="Prefix of the new unit columns used by migrate.")] = DEFAULT_PREFIX,
    top: Annotated[int, typer.Option(help="How many unresolved references to list.")] = 50,
    force: Annotated[bool, typer.Option(help="Overwrite an existing --html file.")] = False,
    fmt: ReportFormatOpt = ReportFormat.text,
    mappings: MappingsOpt = None,
) -> None:
    """Status breakdown of a migrated file: nationally, per new province, largest unresolved, splits.

    Example: admin-merge report households.migrated.csv --html report.html
    """
    from admin_merge.api import report, write_html
    from admin_merge.io.formats import parse_location
    from admin_merge.io.output import output_plan

    with output_plan([parse_location(migrated).path], force=force) as plan:
        if html is not None:
            plan.claim(html, "HTML report")  # refused before any work
        result = report(migrated, prefix=prefix, top=top, directory=mappings)
        if html is not None:
            write_html(result, html, outputs=plan)
    if html is not None:
        info(f"wrote {html}")
    if fmt is ReportFormat.json:
        emit_json(result.to_dict())
        raise typer.Exit(0)
    out.print(Text(f"{result.path}: {result.rows:,} rows, {result.resolved_share:.1f} % resolved", style="bold"))
    out.print(province_table(result.provinces, "rows per new province"))
    unresolved = Table(title="largest unresolved references", title_justify="left")
    for c in ("reference", "status", "rows", "candidates"):
        unresolved.add_column(c, justify="right" if c == "rows" else "left")
    for u in result.unresolved[:20]:
        unresolved.add_row(
            Text(u["reference"]),
            u["status"],
            f"{u['rows']:,}",
            Text("; ".join(f"{c['code']} {c['name']}" for c in u["candidates"])),
        )
    out.print(unresolved)
    raise typer.Exit(0)
