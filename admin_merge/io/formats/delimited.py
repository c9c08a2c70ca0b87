"""CSV and TSV: every column read as text (codes keep their leading zeros).

The encoding is detected from the file (:mod:`admin_merge.io.encoding`) or given; the delimiter
is sniffed from the header line or given. The header is parsed here with the csv module (the
polars reader keeps doubled quotes in header names); a repeated name is renamed with a note.
A file that is not plain UTF-8, has lines to skip above its header, or blank lines (which are
not rows) is first copied, cleaned and as NFC UTF-8, into the run's scratch directory; the
input itself is only read.
"""

from __future__ import annotations

import csv
import io
import mmap
from dataclasses import replace
from pathlib import Path

import polars as pl

from admin_merge.errors import InputError, option
from admin_merge.io.dataset import Dataset, ReadOptions
from admin_merge.io.encoding import Encoding, bad_line, canonical, decoder, detect
from admin_merge.io.formats import Format, Location
from admin_merge.io.tempfiles import scratch_directory

SNIFF_BYTES = 64 * 1024


def read(location: Location, options: ReadOptions) -> Dataset:
    path = location.path
    if path.stat().st_size == 0:
        raise InputError(f"{path}: file is empty (not even a header row)")
    if options.encoding:
        encoding = Encoding(canonical(options.encoding), replace=options.on_bad_bytes == "replace")
    else:
        encoding = detect(path, on_bad_bytes=options.on_bad_bytes)
    return open_text(location, options, encoding)


def open_text(location: Location, options: ReadOptions, encoding: Encoding) -> Dataset:
    """Open with a known encoding (the engine calls it again after a late invalid byte)."""
    path = location.path
    dataset = Dataset(location, pl.LazyFrame(), [], str(encoding), options=options)
    source = path
    try:
        copy = not encoding.native or options.skip_rows > 0
        if not copy and options.check_blank_lines:
            copy = has_blank_lines(path)
        dataset.blank_lines_unchecked = not copy and not options.check_blank_lines
        if copy:
            directory = scratch_directory()
            dataset.scratch.append(directory)
            source = directory / "input.csv"
            _clean_copy(path, source, encoding, options.skip_rows)
        with source.open("r", encoding="utf-8-sig", errors="replace", newline="") as fh:
            sample = fh.read(SNIFF_BYTES)
        if not sample.strip():
            raise InputError(f"{path}: file has no header row")
        first_cr, first_lf = sample.find("\r"), sample.find("\n")
        if first_cr >= 0 and (first_lf < 0 or first_cr < first_lf - 1):
            from admin_merge.io.diagnose import LONE_CR

            raise InputError(f"{path}:1: {LONE_CR}")
        sep = options.delimiter or _sniff_delimiter(sample, "\t" if location.format is Format.tsv else ",")
        header, second = _first_records(sample, sep)
        if second is not None and 0 < len(header) < len(second):
            line = options.skip_rows + 1
            if len(header) * 2 <= len(second):  # one or two cells above a wide table: a title
                raise InputError(
                    f"{path}:{line}: looks like a title, not a header ({len(header)} field(s); the next line has "
                    f"{len(second)}); pass {option('skip_rows', options.skip_rows + 1)}"
                )
            raise InputError(f"{path}:{line + 1}: {len(second)} fields where the header has {len(header)}")
        names, notes = unique_names(header, str(path))
        dataset.notes += notes
        frame = pl.scan_csv(source, separator=sep, infer_schema=False, encoding="utf8", raise_if_empty=False)
        try:
            read_names = frame.collect_schema().names()
        except pl.exceptions.PolarsError as exc:
            raise InputError(f"{path}: cannot read as CSV: {str(exc).splitlines()[0]}") from None
        if len(read_names) == len(names) and read_names != names:
            frame = pl.scan_csv(
                source, separator=sep, infer_schema=False, encoding="utf8", raise_if_empty=False, new_columns=names
            )
            read_names = names
        dataset.frame, dataset.columns, dataset.delimiter = frame, read_names, sep
        dataset.text_path = source
        return dataset
    except BaseException:
        dataset.close()
        raise


def reread_without_blank_lines(dataset: Dataset) -> bool:
    """The dataset read again from a copy without blank lines, when the file has any."""
    dataset.blank_lines_unchecked = False
    if not has_blank_lines(dataset.location.path):
        return False
    options = replace(dataset.options, check_blank_lines=True)
    fresh = open_text(dataset.location, options, Encoding(dataset.encoding or "utf-8"))
    dataset.close()
    dataset.frame, dataset.columns, dataset.scratch = fresh.frame, fresh.columns, fresh.scratch
    dataset.text_path = fresh.text_path
    return True


def has_blank_lines(path: Path) -> bool:
    """Whether the file has an empty line (searched at C speed)."""
    with path.open("rb") as fh:
        try:
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
                return mm.find(b"\n\n") >= 0 or mm.find(b"\n\r\n") >= 0 or mm[:1] in (b"\n", b"\r")
        except ValueError:  # an empty file cannot be mapped
            return False


def _lines(path: Path, encoding: Encoding) -> io.TextIOBase | None:
    """Text lines for encodings that are not ASCII-compatible (UTF-16/32); None otherwise."""
    if encoding.name.startswith(("utf-16", "utf-32", "utf_16", "utf_32")):
        errors = "replace" if encoding.replace else "strict"
        return open(path, encoding=encoding.name, errors=errors, newline="")
    return None


def _clean_copy(path: Path, target: Path, encoding: Encoding, skip_rows: int) -> None:
    """Decode line by line to NFC UTF-8, leaving out the skipped lines and blank lines
    (outside a quoted value: a quote count of odd parity opens or closes one)."""
    decode = decoder(encoding.name, replace=encoding.replace)
    quoted = False
    wide = _lines(path, encoding)
    with target.open("w", encoding="utf-8", newline="") as out:
        if wide is not None:
            with wide:
                numbered = enumerate(wide, start=1)
                try:
                    for n, text in numbered:
                        quoted = _emit(out, text, n, skip_rows, quoted)
                except UnicodeDecodeError as exc:
                    raise bad_line(path, encoding.name, n + 1, b"", exc) from None
            return
        with path.open("rb") as fh:
            for n, raw in enumerate(fh, start=1):
                try:
                    text = decode(raw)
                except UnicodeDecodeError as exc:
                    raise bad_line(path, encoding.name, n, raw, exc) from None
                quoted = _emit(out, text, n, skip_rows, quoted)


def _emit(out: io.TextIOBase, text: str, n: int, skip_rows: int, quoted: bool) -> bool:
    if n <= skip_rows:
        return quoted
    if n == skip_rows + 1:
        text = text.lstrip("\ufeff")
    if not quoted and not text.strip("\r\n"):
        return quoted
    out.write(text)
    return quoted ^ (text.count('"') % 2 == 1)


def _sniff_delimiter(sample: str, default: str) -> str:
    try:
        return csv.Sniffer().sniff(sample.split("\n", 20)[0], delimiters=",;\t|").delimiter
    except csv.Error:
        return default


def _first_records(sample: str, sep: str) -> tuple[list[str], list[str] | None]:
    """The header and the record after it, parsed as CSV (doubled quotes undone)."""
    reader = csv.reader(io.StringIO(sample.lstrip("\ufeff")), delimiter=sep)
    try:
        header = next(reader, [])
        second = next(reader, None)
    except csv.Error:
        return [], None
    return header, second


def unique_names(header: list[str], source: str) -> tuple[list[str], list[str]]:
    """Header names made unique (``ten``, ``ten_2``), with a note for each repeated name."""
    seen: dict[str, int] = {}
    taken = set(header)
    names: list[str] = []
    notes: list[str] = []
    for name in header:
        if name not in seen:
            seen[name] = 1
            names.append(name)
            continue
        seen[name] += 1
        k = seen[name]
        while f"{name}_{k}" in taken:
            k += 1
        new = f"{name}_{k}"
        taken.add(new)
        names.append(new)
        notes.append(f"{source}: column '{name}' appears more than once; this one is read as '{new}'")
    return names, notes


def write(frame: pl.LazyFrame, path: Path, shown: str, *, separator: str = ",") -> None:
    frame.sink_csv(path, separator=separator)


def count(path: Path, *, separator: str = ",") -> int:
    return int(pl.scan_csv(path, separator=separator, infer_schema=False).select(pl.len()).collect().item())
