"""Open a dataset as a polars LazyFrame without changing it.

CSV/TSV: encoding sniffed (UTF-8, UTF-8 with BOM, else Windows-1258, or ``--encoding``),
delimiter sniffed, every column read as text so codes keep their leading zeros. A non-UTF-8
file is transcoded (to NFC UTF-8) into a temporary file; the input is only ever read.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from admin_merge.errors import InputError
from admin_merge.io.formats import Format, Location

SNIFF_BYTES = 64 * 1024
CHUNK = 1024 * 1024
# Bytes checked for UTF-8 before reading; an invalid byte further on is caught by the reader
# (polars refuses invalid UTF-8) and the file is then re-read as Windows-1258.
UTF8_PROBE = 8 * CHUNK
FALLBACK_ENCODING = "cp1258"


@dataclass
class Dataset:
    location: Location
    frame: pl.LazyFrame
    columns: list[str]
    encoding: str | None = None
    delimiter: str | None = None
    temp_files: list[Path] = field(default_factory=list)

    def close(self) -> None:
        for path in self.temp_files:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _is_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    read = 0
    with path.open("rb") as fh:
        try:
            while read < UTF8_PROBE and (chunk := fh.read(CHUNK)):
                decoder.decode(chunk)
                read += len(chunk)
            if read < UTF8_PROBE:
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def detect_encoding(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8" if _is_utf8(path) else FALLBACK_ENCODING


def _transcode(path: Path, encoding: str) -> Path:
    """Re-encode to NFC UTF-8 in a temporary file (Windows-1258 writes tones as combining marks)."""
    fd, name = tempfile.mkstemp(prefix="admin-merge-", suffix=".csv")
    target = Path(name)
    try:
        with path.open("r", encoding=encoding, newline="") as src, open(fd, "w", encoding="utf-8", newline="") as dst:
            for line in src:
                dst.write(unicodedata.normalize("NFC", line))
    except (UnicodeDecodeError, LookupError) as exc:
        target.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot decode as {encoding} ({exc}); pass --encoding") from None
    return target


def _sniff_delimiter(sample: str, default: str) -> str:
    try:
        return csv.Sniffer().sniff(sample.split("\n", 20)[0], delimiters=",;\t|").delimiter
    except csv.Error:
        return default


def _open_csv(loc: Location, encoding: str | None, delimiter: str | None) -> Dataset:
    path = loc.path
    if path.stat().st_size == 0:
        raise InputError(f"{path}: file is empty (not even a header row)")
    enc = (encoding or detect_encoding(path)).lower()
    temp: list[Path] = []
    source = path
    if enc not in ("utf-8", "utf8", "utf-8-sig"):
        source = _transcode(path, enc)
        temp.append(source)
    with source.open("r", encoding="utf-8-sig", errors="replace", newline="") as fh:
        sample = fh.read(SNIFF_BYTES)
    if not sample.strip():
        raise InputError(f"{path}: file has no header row")
    sep = delimiter or _sniff_delimiter(sample, "\t" if loc.format is Format.tsv else ",")
    frame = pl.scan_csv(source, separator=sep, infer_schema=False, encoding="utf8", raise_if_empty=False)
    try:
        columns = frame.collect_schema().names()
    except pl.exceptions.PolarsError as exc:
        raise InputError(f"{path}: cannot read as CSV: {str(exc).splitlines()[0]}") from None
    return Dataset(loc, frame, columns, enc, sep, temp)


def open_dataset(loc: Location, *, encoding: str | None = None, delimiter: str | None = None) -> Dataset:
    path = loc.path
    if not path.exists():
        raise InputError(f"{path}: file not found")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a dataset")
    try:
        if loc.format in (Format.csv, Format.tsv):
            return _open_csv(loc, encoding, delimiter)
        if loc.format is Format.parquet:
            frame = pl.scan_parquet(path)
        elif loc.format is Format.ndjson:
            frame = pl.scan_ndjson(path, infer_schema_length=10_000)
        elif loc.format is Format.json:
            frame = pl.read_json(path).lazy()
        elif loc.format is Format.xlsx:
            # Every cell as text: codes keep leading zeros, nothing is reinterpreted.
            frame = pl.read_excel(path, infer_schema_length=0).lazy()
        elif loc.format is Format.duckdb:
            frame = _read_duckdb_table(loc).lazy()
        else:  # pragma: no cover - enum is exhaustive
            raise InputError(f"{path}: cannot read {loc.format.value}")
        columns = frame.collect_schema().names()
    except InputError:
        raise
    except Exception as exc:  # polars, fastexcel and duckdb raise many kinds of errors
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{path}: cannot read as {loc.format.value}: {first}") from None
    return Dataset(loc, frame, columns)


def _read_duckdb_table(loc: Location) -> pl.DataFrame:
    import duckdb

    con = duckdb.connect(str(loc.path), read_only=True)
    try:
        con.execute("SET enable_progress_bar = false")
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if loc.table not in tables:
            raise InputError(f"{loc}: no table '{loc.table}' in {loc.path} (tables: {', '.join(sorted(tables))})")
        # rowid keeps the stored order explicit: a plain scan makes no promise about it.
        frame: pl.DataFrame = con.sql(f'SELECT * FROM "{loc.table}" ORDER BY rowid').pl()
        return frame
    finally:
        con.close()


@contextlib.contextmanager
def opened(loc: Location, *, encoding: str | None = None, delimiter: str | None = None) -> Iterator[Dataset]:
    dataset = open_dataset(loc, encoding=encoding, delimiter=delimiter)
    try:
        yield dataset
    finally:
        dataset.close()
