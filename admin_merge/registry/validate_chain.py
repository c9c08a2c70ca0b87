"""Checks of the chain of snapshots: the reforms after 1 July 2025 and the history before 2025.

Each reform is checked against the snapshot it applies to, computed from the register of
1 July 2025 and the reforms before it: dates in order, legal basis present, every named unit
present in the snapshot before (a rename) and every unit of that snapshot present somewhere in
the next, names before the step as the snapshot has them, valid type words, and the totals the
file states. History states must lead to units of the register of 30 June 2025, and the
candidates of a retired code with no successor established must be units of that register.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from admin_merge.registry.chain import BEFORE_REFORM, REFORM_2025, Chain, Snapshot, SnapshotUnit, apply_reform
from admin_merge.registry.model import Location
from admin_merge.registry.problems import Problem
from admin_merge.registry.steps import Reform, UnitChange
from admin_merge.text.normalize import name_key

TYPES = {"province": ("tỉnh", "thành phố"), "commune": ("xã", "phường", "đặc khu")}


@dataclass
class ChainSummary:
    """Totals of every snapshot after 1 July 2025 and the size of the history."""

    snapshots: list[dict[str, Any]] = field(default_factory=list)
    reforms: int = 0
    history_states: int = 0
    unresolved_retired: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "snapshots": self.snapshots,
            "reforms": self.reforms,
            "history_states": self.history_states,
            "unresolved_retired": self.unresolved_retired,
        }


class _ChainValidator:
    def __init__(self, chain: Chain) -> None:
        self.chain = chain
        self.reg = chain.registers
        self.problems: list[Problem] = []

    def add(self, loc: Location, code: str, message: str) -> None:
        self.problems.append(Problem(loc.file, loc.line, loc.column, code, message))

    def run(self) -> ChainSummary:
        summary = ChainSummary(
            reforms=len(self.chain.reforms),
            history_states=len(self.chain.history),
            unresolved_retired=len(self.chain.unresolved),
        )
        reg = self.reg
        provinces = {c: SnapshotUnit(c, p.name, p.type, "") for c, p in reg.new_provinces.items()}
        communes = {c: SnapshotUnit(c, u.name, u.type, u.province_code) for c, u in reg.new_communes.items()}
        summary.snapshots.append({"date": REFORM_2025, **Snapshot(REFORM_2025, provinces, communes).totals()})
        previous_date = REFORM_2025
        seen_dates: dict[str, Reform] = {}
        for reform in self.chain.reforms:
            self.check_dates(reform, previous_date, seen_dates)
            before = Snapshot(previous_date, dict(provinces), dict(communes))
            self.check_changes(reform, before)
            apply_reform(reform, provinces, communes)
            after = Snapshot(reform.effective_date, provinces, communes)
            self.check_coverage(reform, before, after)
            totals = after.totals()
            summary.snapshots.append({"date": reform.effective_date, **totals})
            for key, expected in reform.totals:
                if totals.get(key, 0) != expected:
                    self.add(
                        reform.totals_loc,
                        "AM606",
                        f"totals: {key} is {totals.get(key, 0):,} after the step of {reform.effective_date}, "
                        f"the file says {expected:,}",
                    )
            previous_date = max(previous_date, reform.effective_date or previous_date)
        self.check_history()
        self.check_unresolved()
        return summary

    def check_dates(self, reform: Reform, previous_date: str, seen: dict[str, Reform]) -> None:
        date = reform.effective_date
        if not date:
            return
        if date in seen:
            other = seen[date]
            self.add(reform.date_loc, "AM604", f"another reform has the same effective date: {other.display}")
        seen[date] = reform
        if date <= REFORM_2025:
            self.add(reform.date_loc, "AM604", f"effective_date {date} is not after the register of {REFORM_2025}")
        if reform.previous and reform.previous >= date:
            self.add(
                reform.previous_loc,
                "AM604",
                f"previous snapshot {reform.previous} is not before effective_date {date}",
            )
        elif reform.previous and reform.previous != previous_date:
            self.add(
                reform.previous_loc,
                "AM604",
                f"previous snapshot is {reform.previous}, but the chain's snapshot before {date} is {previous_date}",
            )

    def check_changes(self, reform: Reform, before: Snapshot) -> None:
        seen: set[tuple[str, str]] = set()
        sources_to: dict[str, list[tuple[UnitChange, str, Location]]] = defaultdict(list)
        for change in reform.changes:
            key = (change.level, change.code)
            if key in seen:
                self.add(change.loc, "AM205", f"{change.level} {change.code} is changed twice in this step")
            seen.add(key)
            self.check_type(change)
            book = before.provinces if change.level == "province" else before.communes
            unit = book.get(change.code)
            if not change.sources:
                if unit is None:
                    self.add(
                        change.loc,
                        "AM601",
                        f"{change.level} {change.code} is not in the snapshot of {before.date}: a rename keeps "
                        "the code, so it would be missing from the next snapshot",
                    )
                    continue
                self.check_before(change, unit)
            for s in change.sources:
                if s.code not in book:
                    self.add(s.loc, "AM601", f"source {change.level} {s.code} is not in the snapshot of {before.date}")
                sources_to[s.code].append((change, s.relation, s.loc))
            if change.province and change.province not in before.provinces:
                self.add(change.loc, "AM601", f"province {change.province} is not in the snapshot of {before.date}")
        for code, targets in sources_to.items():
            if len(targets) > 1 and any(rel == "whole" for _, rel, _ in targets):
                self.add(targets[1][2], "AM304", f"unit {code} goes to several units but is marked whole")
            if len(targets) == 1 and targets[0][1] == "partial":
                self.add(targets[0][2], "AM308", f"unit {code} is partial but has no other successor")

    def check_type(self, change: UnitChange) -> None:
        allowed = TYPES[change.level]
        if change.type and change.type not in allowed:
            self.add(change.name_loc, "AM608", f"type '{change.type}' is not one of {', '.join(allowed)}")
        elif change.type and change.name and not name_key(change.name).startswith(name_key(change.type) + " "):
            self.add(change.name_loc, "AM608", f"name '{change.name}' does not start with its type '{change.type}'")

    def check_before(self, change: UnitChange, unit: SnapshotUnit) -> None:
        if change.name_before and name_key(change.name_before) != name_key(unit.name):
            self.add(
                change.before_loc,
                "AM605",
                f"{change.level} {change.code} is '{unit.name}' before this step, not '{change.name_before}'",
            )
        if change.type_before and change.type_before != unit.type:
            self.add(
                change.before_loc,
                "AM605",
                f"{change.level} {change.code} is a '{unit.type}' before this step, not a '{change.type_before}'",
            )
        if (change.name, change.type) == (unit.name, unit.type):
            self.add(change.loc, "AM609", f"{change.level} {change.code} does not change in this step")

    def check_coverage(self, reform: Reform, before: Snapshot, after: Snapshot) -> None:
        links = self.chain.reform_links(reform, before)
        for code in before.communes:
            targets = [link.new_code for link in links.get(code, [])]
            missing = [t for t in targets if t not in after.communes]
            if not targets or missing:
                where = next((c.loc for c in reform.changes if c.code == code), reform.loc)
                self.add(
                    where,
                    "AM602",
                    f"commune {code} of the snapshot of {before.date} goes nowhere in the snapshot of "
                    f"{reform.effective_date}",
                )
        for change in reform.changes:
            if change.level == "commune" and change.code in after.communes:
                province = after.communes[change.code].province_code
                if province not in after.provinces:
                    self.add(
                        change.loc, "AM601", f"commune {change.code} is in province {province}, not in the snapshot"
                    )

    def check_history(self) -> None:
        reg = self.reg
        books: dict[str, Any] = {
            "province": reg.old_provinces,
            "district": reg.old_districts,
            "commune": reg.old_communes,
        }
        seen: set[tuple[str, str, str, str]] = set()
        for state in self.chain.history:
            key = (state.level, state.code, state.name, state.valid_until)
            if key in seen:
                self.add(state.loc, "AM612", f"{state.level} {state.code} ({state.name}) is listed twice")
            seen.add(key)
            self._check_dates(state.loc, state.valid_from, state.valid_until, REFORM_2025)
            for s in state.successors:
                if s.code and s.code not in books[s.level]:
                    self.add(
                        state.loc,
                        "AM611",
                        f"successor {s.level} {s.code} of {state.name} is not in the register of {BEFORE_REFORM}",
                    )
            relations = [s.relation for s in state.successors]
            if len(relations) > 1 and "whole" in relations:
                self.add(state.loc, "AM304", f"{state.name} goes to several units but one is marked whole")

    def _check_dates(self, loc: Location, valid_from: str | None, valid_until: str | None, latest: str) -> None:
        """A state's dates (AM604): it ends no later than ``latest``, and after it begins."""
        if valid_until and valid_until > latest:
            self.add(loc, "AM604", f"valid_until {valid_until} is after the register of {BEFORE_REFORM}")
        if valid_from and valid_until and valid_from >= valid_until:
            self.add(loc, "AM604", f"valid_from {valid_from} is not before valid_until")

    def check_unresolved(self) -> None:
        """A retired code with no successor established: its districts and candidates are units
        of the register of 30 June 2025 (names as the register has them), it is listed once, and
        it is no unit of that register by the same name (that unit would be its successor)."""
        reg = self.reg
        seen: set[tuple[str, str, str]] = set()
        for entry in self.chain.unresolved:
            key = (entry.code, entry.name, entry.valid_until)
            if key in seen:
                self.add(entry.loc, "AM612", f"retired code {entry.code} ({entry.name}) is listed twice")
            seen.add(key)
            self._check_dates(entry.loc, entry.valid_from, entry.valid_until, BEFORE_REFORM)
            living = reg.old_communes.get(entry.code)
            if living is not None and name_key(living.name) == name_key(entry.name):
                self.add(
                    entry.loc,
                    "AM614",
                    f"{entry.code} is {living.name} in the register of {BEFORE_REFORM}: its successor is known",
                )
            for code in entry.districts:
                if code and code not in reg.old_districts:
                    self.add(
                        entry.loc,
                        "AM611",
                        f"district {code} of retired code {entry.code} is not in the register of {BEFORE_REFORM}",
                    )
            for c in entry.candidates:
                unit = reg.old_communes.get(c.code)
                if unit is None:
                    self.add(
                        c.loc,
                        "AM611",
                        f"candidate {c.code} of retired code {entry.code} is not in the register of {BEFORE_REFORM}",
                    )
                elif c.name and name_key(c.name) != name_key(unit.name):
                    self.add(c.loc, "AM614", f"candidate {c.code} is '{unit.name}' in the register, not '{c.name}'")


def validate_chain(chain: Chain) -> tuple[ChainSummary, list[Problem]]:
    validator = _ChainValidator(chain)
    summary = validator.run()
    return summary, validator.problems
