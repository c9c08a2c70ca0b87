"""`admin-merge diff BEFORE AFTER [--key COL]`: exit 0 identical, 1 different, 2 error."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from admin_merge.cli.app import app
from admin_merge.cli.commands.report_cmd import province_table
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
)
from admin_merge.matching.model import RESOLVED_ORDER
from admin_merge.plan.schema import DEFAULT_PREFIX


class DiffFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


@app.command("diff")
def diff_cmd(
    before: Annotated[str, typer.Argument(help="The dataset before migration (or an earlier migrated version).")],
    after: Annotated[str, typer.Argument(help="A migrated dataset.")],
    key: Annotated[str | None, typer.Option(help="Column identifying a row in both (default: the row number).")] = None,
    html: Annotated[Path | None, typer.Option(help="Also write a self-contained HTML report.")] = None,
    prefix: Annotated[str, typer.Option(help="Prefix of the new unit columns used by migrate.")] = DEFAULT_PREFIX,
    force: Annotated[bool, typer.Option(help="Overwrite an existing --html file.")] = False,
    commune_code_col: CommuneCodeCol = None,
    district_code_col: DistrictCodeCol = None,
    province_code_col: ProvinceCodeCol = None,
    commune_col: CommuneCol = None,
    district_col: DistrictCol = None,
    province_col: ProvinceCol = None,
    address_col: AddressCol = None,
    fmt: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="text, json, or csv (per new commune).")
    ] = DiffFormat.text,
    lang: LangOpt = Lang.vi,
    mappings: MappingsOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Compare before/after: per new province and commune, rows, statuses, old units, changed rows.

    Example: admin-merge diff sample_data/households.csv households.migrated.csv --key ho_id --html diff.html
    """
    from admin_merge.api import diff, write_html
    from admin_merge.cli.progress import progress_callback
    from admin_merge.io.formats import parse_location
    from admin_merge.io.output import output_plan
    from admin_merge.plan.columns import ReferenceColumns

    columns = ReferenceColumns(
        province_code_col, district_code_col, commune_code_col, province_col, district_col, commune_col, address_col
    )

    with output_plan([parse_location(before).path, parse_location(after).path], force=force) as plan:
        if html is not None:
            plan.claim(html, "HTML report")  # refused before any work
        with progress_callback(quiet) as progress:
            result = diff(before, after, key=key, prefix=prefix, directory=mappings, columns=columns, progress=progress)
        if html is not None:
            write_html(result, html, outputs=plan, lang=lang.value)
    if html is not None:
        info(f"wrote {html}")
    if fmt is DiffFormat.json:
        emit_json(result.to_dict())
    elif fmt is DiffFormat.csv:
        import polars as pl

        rows = [
            {
                "new_commune_code": c["code"],
                "new_commune_name": c["name"],
                "new_province_code": c["province_code"],
                "rows": c["rows"],
                "changed": c["changed"],
                **{f"status_{s}": c["statuses"].get(s, 0) for s in RESOLVED_ORDER},
                "came_from": "; ".join(f"{f['reference']} ({f['rows']})" for f in c["from"]),
            }
            for c in result.communes
        ]
        from admin_merge.io.safe_csv import neutralise

        # The references as written come from the dataset: formula-like cells get a leading '.
        sys.stdout.write(neutralise(pl.DataFrame(rows).lazy()).collect().write_csv() if rows else "new_commune_code\n")
        sys.stdout.flush()
    else:
        out.print(Text(f"{result.before} -> {result.after}", style="bold"))
        out.print(
            Text(
                f"rows {result.rows_before:,} -> {result.rows_after:,}; changed {result.changed:,}; "
                f"only before {result.only_before:,}; only after {result.only_after:,}; "
                f"{'identical' if result.identical else 'different'}"
            )
        )
        out.print(province_table(result.provinces, "rows per new province (after)", changed=True))
        for r in result.changed_rows[:20]:
            out.print(
                Text(
                    f"  {r['key']}: {r['before_unit'] or '-'} ({r['before_status'] or '-'}) -> "
                    f"{r['after_unit'] or '-'} ({r['after_status']})"
                )
            )
    raise typer.Exit(0 if result.identical else 1)
