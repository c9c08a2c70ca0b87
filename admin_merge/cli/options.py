"""Option definitions shared by several commands."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


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
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]


class Lang(StrEnum):
    vi = "vi"
    en = "en"


LangOpt = Annotated[
    Lang, typer.Option("--lang", help="Language of the files a clerk reads (HTML report, review file): vi or en.")
]
