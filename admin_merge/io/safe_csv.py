"""Neutralising spreadsheet formulas in CSV files a person opens in Excel or LibreOffice.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by a
spreadsheet as a formula (CSV injection, OWASP). Such a cell is written with a leading ``'``,
which the spreadsheet shows as text. Review files always get this; migrate outputs keep the
data byte for byte unless ``--safe-csv`` is given.
"""

from __future__ import annotations

import polars as pl

FORMULA_START = r"^[=+\-@\t\r]"


def neutralise(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Every text column with formula-like cells prefixed by ``'``."""
    text = [name for name, dtype in frame.collect_schema().items() if dtype in (pl.Utf8, pl.Categorical)]
    if not text:
        return frame
    return frame.with_columns(
        pl.when(pl.col(c).cast(pl.Utf8).str.contains(FORMULA_START))
        .then(pl.lit("'") + pl.col(c).cast(pl.Utf8))
        .otherwise(pl.col(c).cast(pl.Utf8))
        .alias(c)
        for c in text
    )
