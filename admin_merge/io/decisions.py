"""Reading a filled-in review file (CSV or XLSX) into checked decisions."""

from __future__ import annotations

from pathlib import Path

from admin_merge.io.formats import parse_location
from admin_merge.io.reader import opened
from admin_merge.matching.decisions import COLUMN_ALIASES, Decisions, decisions_from_rows
from admin_merge.registry.registers import Registers


def load_decisions(path: Path, registers: Registers) -> Decisions:
    """Read a filled-in review file. Bad decisions are rejected with their row."""
    location = parse_location(path)
    with opened(location) as dataset:
        named = {c: COLUMN_ALIASES.get(c, c) for c in dataset.columns}  # Vietnamese headers too
        wanted = [c for c, name in named.items() if name in ("reference_key", "decision", "candidates")]
        frame = dataset.frame.select(wanted).rename({c: named[c] for c in wanted}).collect()
        rows = frame.iter_rows(named=True) if wanted else iter(())
        return decisions_from_rows(Path(path), list(named.values()), rows, registers)
