"""Option definitions shared by several commands."""

from __future__ import annotations

from enum import Enum, StrEnum
from pathlib import Path
from typing import Annotated

import typer


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class OnBadBytes(Enum):
    fail = "fail"
    replace = "replace"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


MappingsOpt = Annotated[
    Path | None,
    typer.Option(
        "--mappings",
        "-m",
        help="Mapping directory (default: the shipped national mappings).",
        envvar="ADMIN_MERGE_MAPPINGS",
        file_okay=False,
    ),
]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
ReportFormatOpt = Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="Write the names and types in force on this date (YYYY-MM-DD; default: today).",
    ),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]


class Lang(StrEnum):
    vi = "vi"
    en = "en"


LangOpt = Annotated[
    Lang, typer.Option("--lang", help="Language of the files a clerk reads (HTML report, review file): vi or en.")
]


def _col(help_text: str) -> object:
    return typer.Option(help=help_text, rich_help_panel="Reference columns")


# The reference columns, as migrate names them; report, diff and review export take the same
# options (default: the columns recorded in the migration report beside the file, or detected).
CommuneCodeCol = Annotated[str | None, _col("Column with old commune codes.")]
DistrictCodeCol = Annotated[str | None, _col("Column with old district codes.")]
ProvinceCodeCol = Annotated[str | None, _col("Column with old province codes.")]
CommuneCol = Annotated[str | None, _col("Column with commune/ward names.")]
DistrictCol = Annotated[str | None, _col("Column with district names.")]
ProvinceCol = Annotated[str | None, _col("Column with province names.")]
AddressCol = Annotated[str | None, _col("Column with free-text addresses.")]
