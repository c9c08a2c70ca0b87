"""Registers through time: dated snapshots chained by reforms.

The chain, oldest first:

- the unit states of the registers before 30 June 2025 (``mappings/history``), each with its
  successors in the register of 30 June 2025, and the communes retired before it whose successor
  is not established, each with its candidates in that register;
- the register of 30 June 2025 (three levels, ``registers/old_*.csv``);
- the arrangement of 1 July 2025 (the province files) to the two-level register of that date
  (``registers/new_*.csv``);
- the dated reforms after it (``mappings/reforms``), each giving the next snapshot.

Snapshots after 1 July 2025 are computed by applying the reforms in date order to the register
of 1 July 2025. Codes are kept by a rename or re-typing; a reform entry with ``sources`` merges
units (the sources leave the register, the entry's code holds the merged unit).
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass, field

from admin_merge.errors import InputError, option
from admin_merge.registry.registers import Registers
from admin_merge.registry.steps import HistoryState, Reform, UnresolvedRetired

BEFORE_REFORM = "2025-06-30"
REFORM_2025 = "2025-07-01"
BASIS_2025 = "202/2025/QH15"


def today() -> str:
    return _dt.date.today().isoformat()


def as_of_date(value: str | None, what: str = "as_of") -> str:
    """``value`` as an ISO date (default: today); InputError naming the option ``what`` when it is not one."""
    if value is None or not str(value).strip():
        return today()
    try:
        return _dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InputError(f"{option(what, repr(value))}: not a date YYYY-MM-DD") from None


@dataclass(frozen=True, slots=True)
class SnapshotUnit:
    code: str
    name: str
    type: str
    province_code: str  # communes only ("" for provinces)


@dataclass(slots=True)
class Snapshot:
    """The two-level register in force on ``date``."""

    date: str
    provinces: dict[str, SnapshotUnit]
    communes: dict[str, SnapshotUnit]

    def totals(self) -> dict[str, int]:
        keys = {"tỉnh": "tinh", "thành phố": "thanh_pho", "xã": "xa", "phường": "phuong", "đặc khu": "dac_khu"}
        counts = {"provinces": len(self.provinces), "communes": len(self.communes)}
        for unit in (*self.provinces.values(), *self.communes.values()):
            key = keys.get(unit.type, unit.type)
            counts[key] = counts.get(key, 0) + 1
        return counts


@dataclass(frozen=True, slots=True)
class Link:
    """One edge of a step: a unit of one snapshot to a unit of the next."""

    new_code: str
    relation: str  # "whole" | "partial"
    primary: bool
    legal_basis: str  # "" when the step did not change the unit
    date: str


@dataclass
class Chain:
    """The reforms after 1 July 2025 (sorted by date), the unit states before 30 June 2025 and
    the communes retired before it with no successor established."""

    registers: Registers
    reforms: list[Reform]
    history: list[HistoryState]
    unresolved: list[UnresolvedRetired] = field(default_factory=list)
    _snapshots: dict[str, Snapshot] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.reforms = sorted(self.reforms, key=lambda r: r.effective_date)
        self.history_by_successor: dict[tuple[str, str], list[HistoryState]] = defaultdict(list)
        self.history_by_code: dict[tuple[str, str], list[HistoryState]] = defaultdict(list)
        for state in self.history:
            self.history_by_code[(state.level, state.code)].append(state)
            for s in state.successors:
                self.history_by_successor[(s.level, s.code)].append(state)

    # ----- dates and snapshots ------------------------------------------------------------
    def dates(self) -> list[str]:
        """Every snapshot date of the chain: history rounds, 30 June and 1 July 2025, the reforms."""
        rounds = sorted({s.valid_until for s in self.history if s.valid_until < BEFORE_REFORM})
        return [*rounds, BEFORE_REFORM, REFORM_2025, *(r.effective_date for r in self.reforms)]

    def snapshot_date(self, date: str) -> str:
        """The date of the snapshot in force on ``date`` (the last snapshot date not after it)."""
        dates = [d for d in self.dates() if d <= date]
        return dates[-1] if dates else self.dates()[0]

    def snapshot(self, date: str) -> Snapshot:
        """The two-level register in force on ``date`` (1 July 2025 or later)."""
        key = REFORM_2025 if date < REFORM_2025 else self.snapshot_date(date)
        found = self._snapshots.get(key)
        if found is None:
            found = self._snapshots[key] = self._build_snapshot(key)
        return found

    def _build_snapshot(self, date: str) -> Snapshot:
        reg = self.registers
        provinces = {c: SnapshotUnit(c, p.name, p.type, "") for c, p in reg.new_provinces.items()}
        communes = {c: SnapshotUnit(c, u.name, u.type, u.province_code) for c, u in reg.new_communes.items()}
        for reform in self.reforms:
            if reform.effective_date > date:
                break
            apply_reform(reform, provinces, communes)
        return Snapshot(date, provinces, communes)

    def names_at(self, date: str) -> tuple[dict[str, str], dict[str, str]]:
        """Province and commune names in force on ``date``, by code."""
        snap = self.snapshot(date)
        return {c: u.name for c, u in snap.provinces.items()}, {c: u.name for c, u in snap.communes.items()}

    def later_forms(self) -> dict[tuple[str, str], set[tuple[str, str]]]:
        """(level, code) -> every (name, type) the unit carried after 1 July 2025."""
        forms: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        for reform in self.reforms:
            for change in reform.changes:
                forms[(change.level, change.code)].add((change.name, change.type))
        return forms

    # ----- steps --------------------------------------------------------------------------
    def reform_links(self, reform: Reform, before: Snapshot) -> dict[str, list[Link]]:
        """Commune edges of one reform: merged sources to their unit, every other unit to itself."""
        links: dict[str, list[Link]] = {}
        date = reform.effective_date
        for change in reform.changes:
            if change.level != "commune":
                continue
            if change.sources:
                for s in change.sources:
                    links.setdefault(s.code, []).append(
                        Link(change.code, s.relation, s.relation == "whole" or s.primary, change.legal_basis, date)
                    )
            elif change.code in before.communes:
                links[change.code] = [Link(change.code, "whole", True, change.legal_basis, date)]
        for code in before.communes:
            if code not in links:
                links[code] = [Link(code, "whole", True, "", date)]
        return links

    def province_bases(self, reform: Reform) -> dict[str, str]:
        return {c.code: c.legal_basis for c in reform.changes if c.level == "province"}


def apply_reform(reform: Reform, provinces: dict[str, SnapshotUnit], communes: dict[str, SnapshotUnit]) -> None:
    """Turn the snapshot before ``reform`` (the two dicts, changed in place) into the one after it."""
    for change in reform.changes:
        if change.level == "province":
            provinces[change.code] = SnapshotUnit(change.code, change.name, change.type, "")
            continue
        previous = communes.get(change.code)
        province = change.province or (previous.province_code if previous else "")
        if not province:
            province = next((communes[s.code].province_code for s in change.sources if s.code in communes), "")
        for s in change.sources:
            if s.code != change.code and s.relation == "whole":
                communes.pop(s.code, None)
        communes[change.code] = SnapshotUnit(change.code, change.name, change.type, province)
