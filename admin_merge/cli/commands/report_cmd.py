"""`admin-merge report MIGRATED [--html report.html]`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from admin_merge.cli.app import app
from admin_merge.cli.console import emit_json, info, out
from admin_merge.cli.options import (
    AddressCol,
    CommuneCodeCol,
    CommuneCol,
    DistrictCodeCol,
    DistrictCol,
    Lang,
    LangOpt,
    MappingsOpt,
    ProvinceCodeCol,
    ProvinceCol,
    QuietOpt,
    ReportFormat,
    ReportFormatOpt,
)
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


def _unit(unit: object) -> str:
    if not isinstance(unit, dict):
        return ""
    return f"{unit['code']} {unit['name']}".strip()


def _old(old: dict[str, Any]) -> str:
    """``25801 Xã A / 720 Huyện B / 74 Tỉnh C``: every old code with its name."""
    parts = [
        "; ".join(_unit(c) for c in old.get("communes") or []),
        _unit(old.get("district")),
        _unit(old.get("province")),
    ]
    return " / ".join(p for p in parts if p)


@app.command("report")
def report_cmd(
    migrated: Annotated[str, typer.Argument(help="A file written by migrate.")],
    html: Annotated[Path | None, typer.Option(help="Also write a self-contained HTML report.")] = None,
    prefix: Annotated[str, typer.Option(help="Prefix of the new unit columns used by migrate.")] = DEFAULT_PREFIX,
    top: Annotated[int, typer.Option(help="How many unresolved questions to list.")] = 50,
    force: Annotated[bool, typer.Option(help="Overwrite an existing --html file.")] = False,
    lang: LangOpt = Lang.vi,
    commune_code_col: CommuneCodeCol = None,
    district_code_col: DistrictCodeCol = None,
    province_code_col: ProvinceCodeCol = None,
    commune_col: CommuneCol = None,
    district_col: DistrictCol = None,
    province_col: ProvinceCol = None,
    address_col: AddressCol = None,
    fmt: ReportFormatOpt = ReportFormat.text,
    mappings: MappingsOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """One table per question: status per new province, unresolved, split, moved between provinces,
    and per new commune the old units that fed it.

    Example: admin-merge report households.migrated.csv --html report.html --lang vi
    """
    from admin_merge.analysis.i18n import Words
    from admin_merge.analysis.units import candidates_text
    from admin_merge.api import report, write_html
    from admin_merge.cli.progress import progress_callback
    from admin_merge.io.formats import parse_location
    from admin_merge.io.output import output_plan
    from admin_merge.plan.columns import ReferenceColumns

    columns = ReferenceColumns(
        province_code_col, district_code_col, commune_code_col, province_col, district_col, commune_col, address_col
    )

    with output_plan([parse_location(migrated).path], force=force) as plan:
        if html is not None:
            plan.claim(html, "HTML report")  # refused before any work
        with progress_callback(quiet) as progress:
            result = report(migrated, prefix=prefix, top=top, directory=mappings, progress=progress, columns=columns)
        if html is not None:
            write_html(result, html, outputs=plan, lang=lang.value)
    if html is not None:
        info(f"wrote {html}")
    if fmt is ReportFormat.json:
        emit_json(result.to_dict())
        raise typer.Exit(0)
    words = Words("en")
    out.print(Text(f"{result.path}: {result.rows:,} rows, {result.resolved_share:.1f} % resolved", style="bold"))
    out.print(province_table(result.provinces, "rows per new province"))
    unresolved = Table(
        title=f"unresolved ({result.unresolved_entries:,} questions; {min(20, len(result.unresolved))} largest)",
        title_justify="left",
    )
    for c in ("reference", "status", "rows", "old units", "candidates"):
        unresolved.add_column(c, justify="right" if c == "rows" else "left")
    for u in result.unresolved[:20]:
        unresolved.add_row(
            Text(" | ".join(u["examples"])),
            u["status"],
            f"{u['rows']:,}",
            Text(_old(u["old"])),
            Text(candidates_text(u["candidates"], words)),
        )
    out.print(unresolved)
    splits = Table(title=f"split old communes ({len(result.splits):,})", title_justify="left")
    for c in ("old commune", "rows", "successors"):
        splits.add_column(c, justify="right" if c == "rows" else "left")
    for x in result.splits[:20]:
        splits.add_row(Text(_old(x["old"])), f"{x['rows']:,}", Text(candidates_text(x["candidates"], words)))
    out.print(splits)
    if result.moved:
        moved = Table(title=f"moved to another province ({len(result.moved):,})", title_justify="left")
        for c in ("old province", "new province", "how", "old communes", "rows"):
            moved.add_column(c, justify="right" if c in ("rows", "old communes") else "left")
        for m in result.moved:
            moved.add_row(
                Text(_unit(m["old_province"])),
                Text(_unit(m["new_province"])),
                "province merged" if m["merged"] else "commune handed over",
                f"{m['old_communes']:,}",
                f"{m['rows']:,}",
            )
        out.print(moved)
    raise typer.Exit(0)
