"""Dataset formats, chosen by file extension (or explicitly), and the registry of their modules.

Each format has one module in this package with three functions: ``read(location, options)``
-> :class:`~admin_merge.io.dataset.Dataset`, ``write(frame, path, shown)`` and ``count(path)``
(rows of a file just written). Adding a format means adding its module, its member of
:class:`Format` and its extensions here.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from admin_merge.errors import InputError

if TYPE_CHECKING:
    import polars as pl

    from admin_merge.io.dataset import Dataset, ReadOptions


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
# A table in a DuckDB file: any name after the colon (it is always quoted in SQL).
_DUCKDB_TARGET = re.compile(r"^(?P<path>.+\.(?:duckdb|db)):(?P<table>.+)$", re.IGNORECASE)
# The module of each format in this package.
MODULES = {
    Format.csv: "delimited",
    Format.tsv: "tsv",
    Format.parquet: "parquet",
    Format.json: "json_array",
    Format.ndjson: "ndjson",
    Format.xlsx: "xlsx",
    Format.duckdb: "duckdb_table",
}


class FormatModule(Protocol):
    """What a format module provides."""

    def read(self, location: Location, options: ReadOptions) -> Dataset: ...

    def write(self, frame: pl.LazyFrame, path: Path, shown: str) -> None: ...

    def count(self, path: Path) -> int: ...


def handler(fmt: Format) -> FormatModule:
    """The module of ``fmt`` (imported on first use, so ``--help`` loads none of them)."""
    name = MODULES.get(fmt)
    if name is None:
        raise InputError(f"no reader or writer for the format '{fmt}'")
    return cast(FormatModule, importlib.import_module(f"{__name__}.{name}"))


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
