"""A person's decisions for unresolved references, reusable across datasets.

Decisions are keyed by the *question* a person answers, not by row or column name, so one
review file applies to the next dataset too:
- a split old commune: ``commune_code=26737`` (the same question for a code row, a row of
  names and every address in that commune, whatever its street);
- an address: its unit part as read (``units=province=...|district=...|commune=...``), so a
  decision on "Phường Đa Kao, Quận 1" serves every street of Đa Kao;
- otherwise the normalized reference (codes zero-padded, names by their name key), which is
  also the street-level key an export can keep on request.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from admin_merge.errors import InputError
from admin_merge.matching.codes import normalize_code
from admin_merge.matching.model import ROLES, Reference, Resolution, Status
from admin_merge.registry.registers import Registers
from admin_merge.text.normalize import name_key

CODE_LEVEL = {"province_code": "province", "district_code": "district", "commune_code": "commune"}
REQUIRED = ("reference_key", "decision")
# The Vietnamese headers of a review file (`review export --lang vi`) of the columns read back.
COLUMN_ALIASES = {"khoa_tham_chieu": "reference_key", "quyet_dinh": "decision", "phuong_an": "candidates"}
PARSED_LEVELS = ("province", "district", "commune")


def reference_key(ref: Reference) -> str:
    """``commune_code=26737`` or ``province=thanh hoa|commune=xa hoang phu`` (name keys).

    A valid commune code alone decides the key (the upper codes add nothing to it), so a
    decision made on a file with province, district and commune codes serves one with the
    commune code only.
    """
    if ref.commune_code is not None and not ref.address:
        code = normalize_code(ref.commune_code, "commune")
        if code is not None:
            return f"commune_code={code}"
    parts = []
    for role in ROLES:
        value = getattr(ref, role)
        if value is None or not str(value).strip():
            continue
        if role in CODE_LEVEL:
            norm = normalize_code(value, CODE_LEVEL[role]) or str(value).strip()
        else:
            norm = name_key(str(value))
        parts.append(f"{role}={norm}")
    return "|".join(parts)


def unit_key(ref: Reference, res: Resolution) -> str | None:
    """The key of the question behind a resolution, wider than one record (None: none)."""
    if res.status is Status.SPLIT and len(res.old.commune_codes) == 1:
        return f"commune_code={res.old.commune_codes[0]}"
    if ref.address and any(res.parsed):
        units = (f"{level}={name_key(v)}" for level, v in zip(PARSED_LEVELS, res.parsed, strict=True) if v)
        return "units=" + "|".join(units)
    return None


def review_key(ref: Reference, res: Resolution, street_level: bool = False) -> str:
    """The key a review entry is filed under: the unit part, or the whole reference."""
    if not street_level:
        key = unit_key(ref, res)
        if key is not None:
            return key
    return reference_key(ref)


@dataclass(frozen=True)
class Decision:
    key: str
    code: str
    row: int


class Decisions:
    def __init__(
        self, path: Path, decisions: dict[str, Decision], registers: Registers, warnings: list[str] | None = None
    ) -> None:
        self.path = path
        self.by_key = decisions
        self.registers = registers
        self.warnings = warnings or []  # decisions that are valid but surprising

    def __len__(self) -> int:
        return len(self.by_key)

    def apply(self, ref: Reference, res: Resolution) -> Resolution:
        """The decided resolution, or ``res`` itself when nobody decided this reference.

        A decision on this very reference wins; one on its unit part (or its split old commune)
        applies when the decided commune is one of the candidates (or there are none)."""
        decision = self.by_key.get(reference_key(ref))
        if decision is None:
            key = unit_key(ref, res)
            decision = self.by_key.get(key) if key is not None else None
            if (
                decision is None
                or res.status is Status.DECIDED  # already settled by a rule for this street
                or (res.candidates and decision.code not in res.candidates)
            ):
                return res
        unit = self.registers.new_communes[decision.code]
        return replace(
            res,
            status=Status.DECIDED,
            score=100.0,
            new_province_code=unit.province_code,
            new_commune_code=unit.code,
            note=f"decided in {self.path.name} (row {decision.row}); was {res.status.value}",
        )


def decisions_from_rows(
    path: Path, columns: list[str], rows: Iterable[dict[str, Any]], registers: Registers
) -> Decisions:
    """Check the rows of a filled-in review file. Bad decisions are rejected with their row."""
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise InputError(f"{path}: not a review file (missing column {', '.join(missing)})")
    decided: dict[str, Decision] = {}
    warnings: list[str] = []
    for index, row in enumerate(rows):
        line = index + 2  # the header is row 1
        raw = str(row.get("decision") or "").strip()
        if not raw:
            continue  # undecided: the row stays as it was
        key = str(row.get("reference_key") or "").strip()
        if not key:
            raise InputError(f"{path}: row {line}: decision '{raw}' has no reference_key")
        code = normalize_code(raw, "commune")
        candidates = {c for c in str(row.get("candidates") or "").split("|") if c}
        if code is None or (code not in candidates and code not in registers.new_communes):
            raise InputError(
                f"{path}: row {line}: decision '{raw}' is neither one of the candidates "
                f"({', '.join(sorted(candidates)) or 'none'}) nor a new commune code"
            )
        if key in decided and decided[key].code != code:
            raise InputError(
                f"{path}: row {line}: reference decided twice ({decided[key].code} at row "
                f"{decided[key].row}, {code} here)"
            )
        decided[key] = Decision(key, code, line)
        unit = registers.new_communes.get(code)
        provinces = {registers.new_communes[c].province_code for c in candidates if c in registers.new_communes}
        if unit is not None and provinces and unit.province_code not in provinces:
            names = ", ".join(
                sorted(registers.new_provinces[p].name for p in provinces if p in registers.new_provinces)
            )
            province = registers.new_provinces.get(unit.province_code)
            where = province.name if province else unit.province_code
            warnings.append(
                f"{path}: row {line}: decision {code} ({unit.name}, {where}) is in another province "
                f"than the candidates ({names}); its rows move there"
            )
    return Decisions(Path(path), decided, registers, warnings)
