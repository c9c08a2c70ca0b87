"""Turning a failed read into one line that names the input file and, where it can, the line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from admin_merge.errors import InputError, option
from admin_merge.io.dataset import Dataset, OnBadBytes
from admin_merge.io.encoding import Encoding, canonical, detect, scan_utf8
from admin_merge.io.formats import Format


def encoding_of(path: Path, *, given: str | None, on_bad_bytes: OnBadBytes) -> Encoding:
    """After the CSV reader met invalid UTF-8 past the probed head: the encoding of the whole
    file, or an error naming the damaged lines."""
    if given is None:
        return detect(path, on_bad_bytes=on_bad_bytes, whole_file=True)
    name = canonical(given)
    scan = scan_utf8(path)
    if on_bad_bytes == "replace":
        return Encoding(name, replace=True)
    if scan.bad_lines:
        raise InputError(scan.describe(path))
    raise InputError(f"{path}: not valid {given} text; check {option('encoding')}")


def first_long_record(path: Path, delimiter: str, skip_rows: int = 0) -> tuple[int, int, int] | None:
    """(line, fields, header fields) of the first record with more fields than the header."""
    with path.open("rb") as fh:
        text = io.TextIOWrapper(fh, encoding="utf-8", errors="replace", newline="")
        for _ in range(skip_rows):
            text.readline()
        reader = csv.reader(text, delimiter=delimiter)
        width: int | None = None
        try:
            for row in reader:
                if not row:
                    continue
                if width is None:
                    width = len(row)
                elif len(row) > width:
                    return skip_rows + reader.line_num, len(row), width
        except csv.Error:
            return None
    return None


LONE_CR = "a line ends with a lone carriage return (CR); save the file with LF or CRLF line ends"


def lone_cr_line(path: Path, limit: int = 1 << 30) -> int | None:
    """The line (counted by LF) of the first CR that is not followed by LF, within ``limit`` bytes."""
    line = 1
    read = 0
    carry = b""
    with path.open("rb") as fh:
        while read < limit and (chunk := fh.read(1 << 22)):
            data = carry + chunk
            start = 0
            while (at := data.find(b"\r", start)) >= 0:
                if at + 1 == len(data):
                    break  # decided by the next chunk
                if data[at + 1 : at + 2] != b"\n":
                    return line + data.count(b"\n", 0, at)
                start = at + 1
            line += data.count(b"\n", 0, len(data) - (1 if data.endswith(b"\r") else 0))
            carry = b"\r" if data.endswith(b"\r") else b""
            read += len(chunk)
    return None


def read_error(dataset: Dataset, exc: Exception, *, writing: str | None = None) -> InputError:
    """The input named first (the output is only where the rows were going)."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable"
    path = dataset.location.path
    tail = f"; nothing was written to {writing}" if writing else ""
    if "more fields" in message and dataset.location.format in (Format.csv, Format.tsv):
        found = first_long_record(path, dataset.delimiter or ",")
        if found is not None:
            line, n, width = found
            return InputError(f"{path}:{line}: {n} fields where the header has {width}{tail}")
        cr = lone_cr_line(path)
        if cr is not None:
            return InputError(f"{path}:{cr}: {LONE_CR}{tail}")
        return InputError(f"{path}: a row has more fields than the header{tail}")
    return InputError(f"{path}: cannot read: {message}{tail}")
