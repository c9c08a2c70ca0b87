"""Crosswalks between any two snapshots of the chain, composed step by step.

Composition rules: whole∘whole = whole, anything with a partial = partial; a successor is
primary when it was reached through primaries only. Each row keeps the chain of legal bases of
the steps that changed the unit (or its province) on the way.

The units a crosswalk starts from:

- ``from`` on or after 1 July 2025: the communes of the snapshot in force on that date;
- ``from`` before: every commune state of the registers before 30 June 2025 that was in force on
  that date or later (a record written since then may carry any of them), and the communes of
  the register of 30 June 2025.
"""

from __future__ import annotations

from dataclasses import dataclass

from admin_merge.errors import InputError, option
from admin_merge.registry.chain import BEFORE_REFORM, REFORM_2025, Chain, Link
from admin_merge.registry.crosswalk import Crosswalk

COMPOSED_COLUMNS = (
    "from_snapshot",
    "old_code",
    "old_name",
    "old_district_code",
    "old_province_code",
    "valid_from",
    "valid_until",
    "to_snapshot",
    "new_code",
    "new_name",
    "new_province_code",
    "new_province_name",
    "relation",
    "is_primary",
    "n_successors",
    "legal_bases",
)


@dataclass(frozen=True, slots=True)
class _Start:
    code: str
    name: str
    district_code: str
    province_code: str
    valid_from: str
    valid_until: str


@dataclass(frozen=True, slots=True)
class ComposedRow:
    from_snapshot: str
    old_code: str
    old_name: str
    old_district_code: str
    old_province_code: str
    valid_from: str
    valid_until: str
    to_snapshot: str
    new_code: str
    new_name: str
    new_province_code: str
    new_province_name: str
    relation: str
    is_primary: bool
    n_successors: int
    legal_bases: str


# A path in progress: (current code, relation, primary, legal bases so far).
_Path = tuple[str, str, bool, tuple[str, ...]]


def _step(paths: list[_Path], links: dict[str, list[Link]], extra: dict[str, str]) -> list[_Path]:
    out: list[_Path] = []
    for code, relation, primary, bases in paths:
        for link in links.get(code, ()):
            basis = link.legal_basis
            added = [f"{link.date} {basis}"] if basis else []
            province_basis = extra.get(link.new_code)
            if province_basis:
                added.append(f"{link.date} {province_basis}")
            out.append(
                (
                    link.new_code,
                    "whole" if relation == "whole" and link.relation == "whole" else "partial",
                    primary and link.primary,
                    bases + tuple(added),
                )
            )
    return out


def _merge(paths: list[_Path]) -> list[_Path]:
    """One path per target: whole if any path to it is whole, primary if any is primary."""
    merged: dict[str, _Path] = {}
    for code, relation, primary, bases in paths:
        found = merged.get(code)
        if found is None:
            merged[code] = (code, relation, primary, bases)
        else:
            rel = "whole" if "whole" in (found[1], relation) else "partial"
            merged[code] = (code, rel, found[2] or primary, found[3] if len(found[3]) >= len(bases) else bases)
    return list(merged.values())


class Composer:
    """Composes the steps of one crosswalk's chain."""

    def __init__(self, crosswalk: Crosswalk) -> None:
        self.xw = crosswalk
        self.chain: Chain = crosswalk.chain
        self.reg = crosswalk.registers

    def links_2025(self, code: str, level: str = "commune") -> list[Link]:
        if level == "district":
            targets = self.xw.district_successors(code)
            whole = code in self.xw.whole_districts
            return [Link(t, "whole" if whole else "partial", whole, "", REFORM_2025) for t in targets]
        return [
            Link(r.new_commune_code, r.relation, r.is_primary, r.legal_basis, REFORM_2025)
            for r in self.xw.successors(code)
        ]

    def starts(self, from_date: str) -> list[tuple[_Start, list[_Path], str]]:
        """Units read in the snapshot of ``from_date``, with their paths to 1 July 2025 (or later)
        and the date of the snapshot that first no longer has them."""
        found: list[tuple[_Start, list[_Path], str]] = []
        if from_date >= REFORM_2025:
            snap = self.chain.snapshot(from_date)
            for code, unit in sorted(snap.communes.items()):
                start = _Start(code, unit.name, "", unit.province_code, snap.date, "")
                found.append((start, [(code, "whole", True, ())], snap.date))
            return found
        for state in self.chain.history:
            if state.level != "commune" or state.valid_until <= from_date:
                continue
            start = _Start(
                state.code,
                state.name,
                state.district_code,
                state.province_code,
                state.valid_from,
                state.valid_until,
            )
            basis = state.legal_basis or "?"
            paths: list[_Path] = []
            for s in state.successors:
                for link in self.links_2025(s.code, s.level):
                    bases = [f"{state.valid_until} {basis}"]
                    if link.legal_basis:
                        bases.append(f"{REFORM_2025} {link.legal_basis}")
                    relation = "whole" if s.relation == "whole" and link.relation == "whole" else "partial"
                    paths.append((link.new_code, relation, s.relation == "whole" and link.primary, tuple(bases)))
            found.append((start, _merge(paths), state.valid_until))
        for code, old in sorted(self.reg.old_communes.items()):
            start = _Start(code, old.name, old.district_code, old.province_code, "", REFORM_2025)
            paths = [
                (link.new_code, link.relation, link.primary, (f"{REFORM_2025} {link.legal_basis}",))
                for link in self.links_2025(code)
            ]
            found.append((start, paths, BEFORE_REFORM))
        return found

    def compose(self, from_date: str, to_date: str) -> list[ComposedRow]:
        if to_date < REFORM_2025:
            raise InputError(
                f"{option('to_date', to_date)}: the crosswalk leads to a two-level register (1 July 2025 or later)"
            )
        if from_date > to_date:
            raise InputError(f"{option('from_date', from_date)} is after {option('to_date', to_date)}")
        target = self.chain.snapshot(to_date)
        begin = self.chain.snapshot_date(from_date) if from_date >= REFORM_2025 else REFORM_2025
        steps = [r for r in self.chain.reforms if begin < r.effective_date <= target.date]
        starts = self.starts(from_date)
        all_paths = [paths for _, paths, _ in starts]
        previous_date = begin
        for reform in steps:
            before = self.chain.snapshot(previous_date)
            links = self.chain.reform_links(reform, before)
            province_bases = self.chain.province_bases(reform)
            after = self.chain.snapshot(reform.effective_date)
            extra = {
                code: province_bases[unit.province_code]
                for code, unit in after.communes.items()
                if unit.province_code in province_bases
            }
            all_paths = [_merge(_step(paths, links, extra)) for paths in all_paths]
            previous_date = reform.effective_date
        rows: list[ComposedRow] = []
        read_in = self.chain.snapshot_date(from_date) if from_date >= REFORM_2025 else from_date
        for (start, _, _), paths in zip(starts, all_paths, strict=True):
            for code, relation, primary, bases in sorted(paths):
                unit = target.communes.get(code)
                province = target.provinces.get(unit.province_code) if unit else None
                rows.append(
                    ComposedRow(
                        from_snapshot=read_in,
                        old_code=start.code,
                        old_name=start.name,
                        old_district_code=start.district_code,
                        old_province_code=start.province_code,
                        valid_from=start.valid_from,
                        valid_until=start.valid_until,
                        to_snapshot=target.date,
                        new_code=code,
                        new_name=unit.name if unit else "",
                        new_province_code=unit.province_code if unit else "",
                        new_province_name=province.name if province else "",
                        relation=relation,
                        is_primary=primary,
                        n_successors=len(paths),
                        legal_bases="; ".join(dict.fromkeys(bases)),
                    )
                )
        return rows


def compose_crosswalk(crosswalk: Crosswalk, from_date: str, to_date: str) -> list[ComposedRow]:
    """The crosswalk from the snapshot of ``from_date`` to the one in force on ``to_date``."""
    return Composer(crosswalk).compose(from_date, to_date)
