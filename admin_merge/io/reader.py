"""Open a dataset as a polars LazyFrame without changing it, through its format's module."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from admin_merge.errors import InputError
from admin_merge.io.dataset import Dataset, OnBadBytes, ReadOptions
from admin_merge.io.formats import Location, handler

__all__ = ["Dataset", "ReadOptions", "drop_blank_lines", "open_dataset", "opened"]


def drop_blank_lines(dataset: Dataset) -> bool:
    """For a dataset opened with ``check_blank_lines=False``: search the file for blank lines and,
    when it has some, read a copy without them. Whether the frame changed."""
    if not dataset.blank_lines_unchecked:
        return False
    from admin_merge.io.formats.delimited import reread_without_blank_lines

    return reread_without_blank_lines(dataset)


def open_dataset(
    loc: Location,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    on_bad_bytes: OnBadBytes = "fail",
    skip_rows: int = 0,
    check_blank_lines: bool = True,
) -> Dataset:
    path = loc.path
    if not path.exists():
        raise InputError(f"{path}: file not found")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a dataset")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file (a pipe or a device); save the data to a file first")
    options = ReadOptions(encoding, delimiter, on_bad_bytes, skip_rows, check_blank_lines)
    try:
        return handler(loc.format).read(loc, options)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except Exception as exc:  # polars, fastexcel and duckdb raise many kinds of errors
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable"
        raise InputError(f"{path}: cannot read as {loc.format.value}: {first}") from None


@contextlib.contextmanager
def opened(
    loc: Location,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    on_bad_bytes: OnBadBytes = "fail",
    skip_rows: int = 0,
    check_blank_lines: bool = True,
) -> Iterator[Dataset]:
    dataset = open_dataset(
        loc,
        encoding=encoding,
        delimiter=delimiter,
        on_bad_bytes=on_bad_bytes,
        skip_rows=skip_rows,
        check_blank_lines=check_blank_lines,
    )
    try:
        yield dataset
    finally:
        dataset.close()
