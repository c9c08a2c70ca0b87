"""Dataset formats, chosen by file extension (or explicitly)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from admin_merge.errors import InputError


class Format(StrEnum):
    csv = "csv"
    tsv = "tsv"
    parquet = "parquet"
    json = "json"
    ndjson = "ndjson"
    xlsx = "xlsx"
    duckdb = "duckdb"


EXTENSIONS = {
    ".csv": Format.csv,
    ".txt": Format.csv,
    ".tsv": Format.tsv,
    ".tab": Format.tsv,
    ".parquet": Format.parquet,
    ".pq": Format.parquet,
    ".json": Format.json,
    ".ndjson": Format.ndjson,
    ".jsonl": Format.ndjson,
    ".xlsx": Format.xlsx,
    ".duckdb": Format.duckdb,
    ".db": Format.duckdb,
}
_DUCKDB_TARGET = re.compile(r"^(?P<path>.+\.(?:duckdb|db)):(?P<table>[A-Za-z_][\w.]*)$")


@dataclass(frozen=True)
class Location:
    """A dataset: a file, or a table in a DuckDB database file (``file.duckdb:table``)."""

    path: Path
    format: Format
    table: str | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.table}" if self.table else str(self.path)


def format_for_path(path: Path | str, explicit: Format | None = None) -> Format:
    if explicit is not None:
        return explicit
    suffix = Path(str(path)).suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    known = ", ".join(sorted(EXTENSIONS))
    raise InputError(f"{path}: unknown file extension '{suffix}' (known: {known}, or file.duckdb:table)")


def parse_location(text: str | Path, explicit: Format | None = None) -> Location:
    """``data.csv`` -> csv file; ``db.duckdb:households`` -> a DuckDB table."""
    m = _DUCKDB_TARGET.match(str(text))
    if m:
        return Location(Path(m.group("path")), Format.duckdb, m.group("table"))
    fmt = format_for_path(text, explicit)
    if fmt is Format.duckdb:
        raise InputError(f"{text}: name the table as {text}:TABLE")
    return Location(Path(text), fmt)
