"""The migration report: figures a person (stderr summary) and a pipeline (JSON) can act on."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class MigrationReport:
    input: str
    output: str | None
    output_format: str | None
    columns: dict[str, str]
    columns_detected: bool
    rows_in: int = 0
    rows_out: int = 0
    distinct_references: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    distinct_statuses: dict[str, int] = field(default_factory=dict)
    top_unresolved: list[dict[str, Any]] = field(default_factory=list)
    conflicts: int = 0
    options: dict[str, Any] = field(default_factory=dict)
    mappings: dict[str, str] = field(default_factory=dict)
    decisions: dict[str, Any] | None = None
    rules: dict[str, Any] | None = None  # rules for split communes: file, rows decided per rule (file:line)
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)  # things the user should know (renamed columns ...)
    dry_run: bool = False
    seconds: float = 0.0
    version: str = ""
    # Per commune-code column: which snapshot its codes come from and the figures it rests on.
    code_columns: list[dict[str, Any]] = field(default_factory=list)
    # Rows whose unit was read in a register before 30 June 2025 (their note says which), and
    # the references with the most such rows.
    through_history: int = 0
    top_through_history: list[dict[str, Any]] = field(default_factory=list)

    def rows_with(self, statuses: set[str]) -> int:
        return sum(n for s, n in self.statuses.items() if s in statuses)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
