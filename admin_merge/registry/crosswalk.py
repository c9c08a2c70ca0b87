"""The crosswalk: the flat old commune -> new commune table compiled from a mapping set."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from admin_merge.registry.chain import Chain
from admin_merge.registry.model import MappingSet
from admin_merge.registry.registers import Registers

COLUMNS = (
    "old_province_code",
    "old_district_code",
    "old_commune_code",
    "old_commune_name",
    "new_province_code",
    "new_commune_code",
    "new_commune_name",
    "relation",
    "is_primary",
    "primary_basis",
    "n_successors",
    "legal_basis",
    "note",
)


@dataclass(frozen=True, slots=True)
class CrosswalkRow:
    old_province_code: str
    old_district_code: str
    old_commune_code: str
    old_commune_name: str
    new_province_code: str
    new_commune_code: str
    new_commune_name: str
    relation: str
    is_primary: bool
    primary_basis: str
    n_successors: int
    legal_basis: str
    note: str


class Crosswalk:
    """One row per (old commune, new commune). Lookups both ways."""

    def __init__(
        self,
        rows: list[CrosswalkRow],
        registers: Registers,
        digest: str = "",
        whole_districts: dict[str, str] | None = None,
        directory: Path | None = None,
        chain: Chain | None = None,
    ) -> None:
        self.rows = rows
        # The snapshots before and after this step: history states and later reforms.
        self.chain = chain if chain is not None else Chain(registers, [], [])
        self.directory = directory if directory is not None else registers.source.parent
        # Old districts without communes that became one new unit whole (island districts).
        self.whole_districts = whole_districts or {}
        self.registers = registers
        self.digest = digest
        self._succ: dict[str, list[CrosswalkRow]] = defaultdict(list)
        self._pred: dict[str, list[CrosswalkRow]] = defaultdict(list)
        for row in rows:
            self._succ[row.old_commune_code].append(row)
            self._pred[row.new_commune_code].append(row)
        self._district_units: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            units = self._district_units[row.old_district_code]
            if row.new_commune_code not in units:
                units.append(row.new_commune_code)

    def __len__(self) -> int:
        return len(self.rows)

    def successors(self, old_commune_code: str) -> list[CrosswalkRow]:
        """New communes an old commune went to (several when it was split)."""
        return self._succ.get(old_commune_code, [])

    def predecessors(self, new_commune_code: str) -> list[CrosswalkRow]:
        """Old communes (whole or partial) that formed a new commune."""
        return self._pred.get(new_commune_code, [])

    def district_successors(self, old_district_code: str) -> list[str]:
        """New commune codes that received any part of an old district."""
        if old_district_code in self.whole_districts:
            return [self.whole_districts[old_district_code]]
        return self._district_units.get(old_district_code, [])


def compile_crosswalk(mset: MappingSet) -> Crosswalk:
    """Flatten a mapping set. Names come from the registers (codes are authoritative)."""
    reg = mset.registers
    raw: list[tuple[str, str, Any]] = []
    count: dict[str, int] = defaultdict(int)
    for f, commune in mset.communes():
        for s in commune.sources:
            raw.append((f.province.code if f.province else "", commune.code, (commune, s)))
            count[s.code] += 1
    rows = []
    for province_code, new_code, (commune, s) in raw:
        old = reg.old_communes.get(s.code)
        new = reg.new_communes.get(new_code)
        rows.append(
            CrosswalkRow(
                old_province_code=old.province_code if old else "",
                old_district_code=old.district_code if old else s.district,
                old_commune_code=s.code,
                old_commune_name=old.name if old else s.name,
                new_province_code=new.province_code if new else province_code,
                new_commune_code=new_code,
                new_commune_name=new.name if new else commune.name,
                relation=s.relation,
                is_primary=bool(s.primary) if s.relation == "partial" else True,
                primary_basis=s.primary_basis if s.relation == "partial" else "single_successor",
                n_successors=count[s.code],
                legal_basis=commune.legal_basis,
                note=s.note,
            )
        )
    rows.sort(key=lambda r: (r.old_commune_code, r.new_commune_code))
    districts = {d.code: c.code for _, c in mset.communes() for d in c.districts if d.relation == "whole"}
    return Crosswalk(
        rows, reg, mset.digest, districts, mset.directory, Chain(reg, mset.reforms, mset.history, mset.unresolved)
    )
