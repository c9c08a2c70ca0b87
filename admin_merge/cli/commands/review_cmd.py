"""`admin-merge review export MIGRATED -o review.csv`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from admin_merge.cli.app import app
from admin_merge.cli.console import info
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
from admin_merge.plan.schema import DEFAULT_PREFIX

review_app = typer.Typer(
    help="The review loop: export unresolved references, decide, migrate --decisions.", no_args_is_help=True
)
app.add_typer(review_app, name="review")


@review_app.command("export")
def export_cmd(
    migrated: Annotated[str, typer.Argument(help="A file written by migrate.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="review.csv or review.xlsx")],
    min_score: Annotated[int | None, typer.Option(help="Also list fuzzy matches scoring below this.")] = None,
    prefix: Annotated[str, typer.Option(help="Prefix of the new unit columns used by migrate.")] = DEFAULT_PREFIX,
    force: Annotated[bool, typer.Option(help="Overwrite an existing review file.")] = False,
    street_keys: Annotated[
        bool, typer.Option(help="One entry per written address (street included), not per unit part.")
    ] = False,
    rules: Annotated[
        Path | None, typer.Option(help="Rules for split communes: list the rules known for each split entry.")
    ] = None,
    lang: LangOpt = Lang.vi,
    commune_code_col: CommuneCodeCol = None,
    district_code_col: DistrictCodeCol = None,
    province_code_col: ProvinceCodeCol = None,
    commune_col: CommuneCol = None,
    district_col: DistrictCol = None,
    province_col: ProvinceCol = None,
    address_col: AddressCol = None,
    mappings: MappingsOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """List each unresolved question once (an address by its unit part, a split by its old commune),
    with old unit names, candidates, examples and an empty `decision` column.

    Fill `decision` (quyet_dinh) with a new commune code, then:
    admin-merge migrate INPUT -o OUT --decisions review.csv

    Example: admin-merge review export households.migrated.csv -o review.csv
    """
    from admin_merge.api import review_export
    from admin_merge.cli.progress import progress_callback
    from admin_merge.plan.columns import ReferenceColumns

    columns = ReferenceColumns(
        province_code_col, district_code_col, commune_code_col, province_col, district_col, commune_col, address_col
    )

    with progress_callback(quiet) as progress:
        result = review_export(
            migrated,
            output,
            min_score=min_score,
            prefix=prefix,
            force=force,
            directory=mappings,
            lang=lang.value,
            street_keys=street_keys,
            progress=progress,
            columns=columns,
            rules=rules,
        )
    info(f"wrote {result.entries:,} entries ({result.rows:,} rows) to {result.path}")
    raise typer.Exit(0)
