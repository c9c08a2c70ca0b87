"""The in-memory model of a mapping directory: provinces, their new communes and sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from admin_merge.registry.problems import Problem
from admin_merge.registry.registers import Registers

if TYPE_CHECKING:
    from admin_merge.registry.steps import HistoryState, Reform, UnresolvedRetired


@dataclass(frozen=True, slots=True)
class Location:
    """Where a value stands in a mapping file (1-based line and column)."""

    file: str
    line: int
    column: int


@dataclass(slots=True)
class Source:
    """An old commune that went (wholly or partly) into a new commune."""

    code: str
    name: str
    district: str
    relation: str  # "whole" | "partial"
    primary: bool | None
    primary_basis: str
    note: str
    loc: Location
    name_loc: Location
    district_loc: Location


@dataclass(slots=True)
class DistrictSource:
    """An old district without communes that became a new unit whole (island districts)."""

    code: str
    name: str
    relation: str
    loc: Location


@dataclass(slots=True)
class NewCommuneEntry:
    code: str
    name: str
    type: str
    legal_basis: str
    note: str
    sources: list[Source]
    districts: list[DistrictSource]
    loc: Location
    name_loc: Location
    type_loc: Location


@dataclass(slots=True)
class MergedFrom:
    code: str
    name: str
    loc: Location


@dataclass(slots=True)
class ProvinceEntry:
    code: str
    name: str
    type: str
    legal_basis: str
    effective_date: str
    merged_from: list[MergedFrom]
    loc: Location
    name_loc: Location


@dataclass(slots=True)
class MappingFile:
    path: Path
    display: str
    province: ProvinceEntry | None
    communes: list[NewCommuneEntry]


@dataclass
class MappingSet:
    """A loaded mapping directory with the registers it is checked against."""

    directory: Path
    registers: Registers
    files: list[MappingFile]
    load_problems: list[Problem] = field(default_factory=list)
    digest: str = ""
    # The dated steps after 1 July 2025 and the unit states before 30 June 2025 (mappings/reforms,
    # mappings/history); empty for a directory that has none.
    reforms: list[Reform] = field(default_factory=list)
    history: list[HistoryState] = field(default_factory=list)
    # Communes retired before 30 June 2025 with no successor established (mappings/history).
    unresolved: list[UnresolvedRetired] = field(default_factory=list)

    def communes(self) -> list[tuple[MappingFile, NewCommuneEntry]]:
        return [(f, c) for f in self.files for c in f.communes]
