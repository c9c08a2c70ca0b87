"""References (what a record says) and resolutions (what it resolves to)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """In display order: resolved first, then what needs a person, then nothing to do."""

    EXACT = "exact"
    FUZZY = "fuzzy"
    ALREADY_NEW = "already_new"
    DECIDED = "decided"
    SPLIT = "split"
    AMBIGUOUS = "ambiguous"
    UNMATCHED = "unmatched"
    EMPTY = "empty"


STATUS_ORDER = tuple(s.value for s in Status)


# Statuses that give one new commune a person may rely on.
RESOLVED = frozenset({Status.EXACT, Status.FUZZY, Status.ALREADY_NEW, Status.DECIDED})
# Statuses a person has to decide.
UNRESOLVED = frozenset({Status.SPLIT, Status.AMBIGUOUS, Status.UNMATCHED})
UNRESOLVED_SQL = "('split', 'ambiguous', 'unmatched')"


@dataclass(frozen=True, slots=True)
class Reference:
    """A unit mention in one record. Any field may be missing."""

    province_code: str | None = None
    district_code: str | None = None
    commune_code: str | None = None
    province: str | None = None
    district: str | None = None
    commune: str | None = None
    address: str | None = None

    def has_columns(self) -> bool:
        """Any code or name column given (besides a free-text address)."""
        codes = self.province_code or self.district_code or self.commune_code
        return bool(codes or self.province or self.district or self.commune)

    def is_empty(self) -> bool:
        return all(
            v is None or not str(v).strip()
            for v in (
                self.province_code,
                self.district_code,
                self.commune_code,
                self.province,
                self.district,
                self.commune,
                self.address,
            )
        )


# The parts a reference can have, in field order (column roles, decision keys, review columns).
ROLES = ("province_code", "district_code", "commune_code", "province", "district", "commune", "address")


@dataclass(frozen=True, slots=True)
class OldUnits:
    """The old units a reference was matched to (for reports and review)."""

    province_code: str | None = None
    district_code: str | None = None
    commune_codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolution:
    status: Status
    score: float = 0.0
    new_province_code: str | None = None
    new_commune_code: str | None = None
    candidates: tuple[str, ...] = ()
    primary: str | None = None
    old: OldUnits = field(default_factory=OldUnits)
    street: str | None = None
    note: str = ""
    # What an address was read as: (province, district, commune) as written.
    parsed: tuple[str | None, str | None, str | None] = (None, None, None)

    def with_street(self, street: str | None) -> Resolution:
        """The same resolution for another address of the same unit part (the hot path of
        address reading: built directly, dataclasses.replace costs three times as much)."""
        return self.with_address_parts(street, self.parsed)

    def with_address_parts(self, street: str | None, parsed: tuple[str | None, str | None, str | None]) -> Resolution:
        return Resolution(
            self.status,
            self.score,
            self.new_province_code,
            self.new_commune_code,
            self.candidates,
            self.primary,
            self.old,
            street,
            self.note,
            parsed,
        )

    def as_tuple(self) -> tuple[Any, ...]:
        """Plain values, to cross a process boundary cheaply."""
        old = self.old
        return (
            self.status.value,
            self.score,
            self.new_province_code,
            self.new_commune_code,
            self.candidates,
            self.primary,
            (old.province_code, old.district_code, old.commune_codes),
            self.street,
            self.note,
            self.parsed,
        )

    @classmethod
    def from_tuple(cls, values: tuple[Any, ...]) -> Resolution:
        status, score, province, commune, candidates, primary, old, street, note, parsed = values
        return cls(Status(status), score, province, commune, candidates, primary, OldUnits(*old), street, note, parsed)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        data["candidates"] = list(self.candidates)
        data["old"]["commune_codes"] = list(self.old.commune_codes)
        data["parsed"] = dict(zip(("province", "district", "commune"), self.parsed, strict=True))
        return data
