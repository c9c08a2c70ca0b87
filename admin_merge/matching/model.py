"""References (what a record says) and resolutions (what it resolves to)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import KW_ONLY, asdict, dataclass, field
from enum import Enum, StrEnum
from typing import Any, Final


class Outcome(Enum):
    """What a status means for a person."""

    RESOLVED = "resolved"  # one new commune a person may rely on
    UNRESOLVED = "unresolved"  # a person has to decide
    NOTHING = "nothing"  # nothing to resolve


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

    @property
    def outcome(self) -> Outcome:
        return _OUTCOMES[self]


_OUTCOMES = {
    Status.EXACT: Outcome.RESOLVED,
    Status.FUZZY: Outcome.RESOLVED,
    Status.ALREADY_NEW: Outcome.RESOLVED,
    Status.DECIDED: Outcome.RESOLVED,
    Status.SPLIT: Outcome.UNRESOLVED,
    Status.AMBIGUOUS: Outcome.UNRESOLVED,
    Status.UNMATCHED: Outcome.UNRESOLVED,
    Status.EMPTY: Outcome.NOTHING,
}


STATUS_ORDER = tuple(s.value for s in Status)

# The statuses of each outcome, in display order (tuples of values, for columns and tables).
RESOLVED_ORDER = tuple(s.value for s in Status if s.outcome is Outcome.RESOLVED)
UNRESOLVED_ORDER = tuple(s.value for s in Status if s.outcome is Outcome.UNRESOLVED)
RESOLVED = frozenset(s for s in Status if s.outcome is Outcome.RESOLVED)
UNRESOLVED = frozenset(s for s in Status if s.outcome is Outcome.UNRESOLVED)
# For a SQL ``IN``: the values are fixed identifiers, so quoting them is enough.
UNRESOLVED_SQL = "(" + ", ".join(f"'{v}'" for v in UNRESOLVED_ORDER) + ")"


# The note of a commune of an earlier register read with the district its own was merged into
# later (a list half updated): weaker evidence than a reading where the record says.
HALF_UPDATED = "merged since into the district written"


class Reason(StrEnum):
    """Why a resolution is what it is, for code to branch on (the note says it to a person)."""

    NONE = ""
    CONFLICT = "conflict"  # two columns of one record (or the columns and the address) contradict each other
    NOT_A_CODE = "not_a_code"  # the commune code column holds no code
    UNKNOWN_CODE = "unknown_code"  # a commune code in neither register
    RETIRED_CODE = "retired_code"  # a code retired before the reform, read as its successor when it has one
    PROVINCE_NOT_FOUND = "province_not_found"
    DISTRICT_NOT_FOUND = "district_not_found"
    COMMUNE_NOT_FOUND = "commune_not_found"
    NO_UNIT_FOUND = "no_unit_found"  # an address in which no administrative unit is recognised
    NO_COMMUNE_WRITTEN = "no_commune_written"  # only a district (or only a province) is given
    NOT_IN_DISTRICT = "not_in_district"  # the commune written is none of the district's
    NOT_IN_PROVINCE = "not_in_province"  # the commune written is none of the province's
    SEVERAL_DISTRICTS = "several_districts"  # the district name fits several districts
    SEVERAL_OLD_COMMUNES = "several_old_communes"  # the name fits several old communes
    OLD_AND_NEW = "old_and_new"  # the name fits an old unit and a different new unit
    NO_SUCCESSOR = "no_successor"  # the old commune goes nowhere in the mappings
    EARLIER_REGISTER = "earlier_register"  # read in a register before 30 June 2025 (the note says which)
    READINGS_DISAGREE = "readings_disagree"  # an address reads two ways that lead to different units


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

    # Written out (see ``Resolution.__init__``).
    def __init__(
        self,
        province_code: str | None = None,
        district_code: str | None = None,
        commune_code: str | None = None,
        province: str | None = None,
        district: str | None = None,
        commune: str | None = None,
        address: str | None = None,
    ) -> None:
        object.__setattr__(self, "province_code", province_code)
        object.__setattr__(self, "district_code", district_code)
        object.__setattr__(self, "commune_code", commune_code)
        object.__setattr__(self, "province", province)
        object.__setattr__(self, "district", district)
        object.__setattr__(self, "commune", commune)
        object.__setattr__(self, "address", address)

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

    # Written out (see ``Resolution.__init__``).
    def __init__(
        self, province_code: str | None = None, district_code: str | None = None, commune_codes: tuple[str, ...] = ()
    ) -> None:
        object.__setattr__(self, "province_code", province_code)
        object.__setattr__(self, "district_code", district_code)
        object.__setattr__(self, "commune_codes", commune_codes)


_NO_UNITS = OldUnits()  # the default of a resolution (frozen: one serves all)
# Statuses and reasons by value, for ``Resolution.from_tuple``: calling an enum class with a value
# goes through its metaclass in Python, a dict look-up does not (the parent of worker processes
# rebuilds a resolution for every reference they read).
_STATUSES: Final[dict[str, Status]] = {s.value: s for s in Status}
_REASONS: Final[dict[str, Reason]] = {r.value: r for r in Reason}


@dataclass(frozen=True, slots=True)
class Resolution:
    """Built with keywords after the status: ``Resolution(Status.EXACT, score=100.0, ...)``."""

    status: Status
    _: KW_ONLY
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
    reason: Reason = Reason.NONE

    # Written out, not generated: compiled with mypyc, the ``__init__`` that dataclasses
    # generates stays interpreted (slower by half), and every address builds a few resolutions.
    # Frozen: the fields are set through ``object.__setattr__``, as the generated one does.
    def __init__(
        self,
        status: Status,
        *,
        score: float = 0.0,
        new_province_code: str | None = None,
        new_commune_code: str | None = None,
        candidates: tuple[str, ...] = (),
        primary: str | None = None,
        old: OldUnits = _NO_UNITS,
        street: str | None = None,
        note: str = "",
        parsed: tuple[str | None, str | None, str | None] = (None, None, None),
        reason: Reason = Reason.NONE,
    ) -> None:
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "new_province_code", new_province_code)
        object.__setattr__(self, "new_commune_code", new_commune_code)
        object.__setattr__(self, "candidates", candidates)
        object.__setattr__(self, "primary", primary)
        object.__setattr__(self, "old", old)
        object.__setattr__(self, "street", street)
        object.__setattr__(self, "note", note)
        object.__setattr__(self, "parsed", parsed)
        object.__setattr__(self, "reason", reason)

    def codes(self) -> frozenset[str]:
        """The new communes it leads to: its new commune, or its candidates."""
        return frozenset(c for c in (self.new_commune_code, *self.candidates) if c)

    def with_street(self, street: str | None) -> Resolution:
        """The same resolution for another address of the same unit part (the hot path of
        address reading: built directly, as dataclasses.replace is far slower)."""
        return self.with_address_parts(street, self.parsed)

    def with_address_parts(self, street: str | None, parsed: tuple[str | None, str | None, str | None]) -> Resolution:
        return Resolution(
            self.status,
            score=self.score,
            new_province_code=self.new_province_code,
            new_commune_code=self.new_commune_code,
            candidates=self.candidates,
            primary=self.primary,
            old=self.old,
            street=street,
            note=self.note,
            parsed=parsed,
            reason=self.reason,
        )

    def flagged(
        self,
        candidates: Iterable[str],
        note: str,
        *,
        score: float,
        other_province: str | None,
        old: OldUnits | None = None,
        reason: Reason = Reason.READINGS_DISAGREE,
    ) -> Resolution:
        """This reading flagged: ``ambiguous`` between ``candidates``, keeping what was read (old
        units, street, parsed parts); the new province stays when ``other_province`` is the same."""
        provinces = {self.new_province_code, other_province}
        return Resolution(
            Status.AMBIGUOUS,
            score=score,
            new_province_code=provinces.pop() if len(provinces) == 1 else None,
            candidates=tuple(sorted(candidates)),
            old=self.old if old is None else old,
            street=self.street,
            note=note,
            parsed=self.parsed,
            reason=reason,
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
            self.reason.value,
        )

    @classmethod
    def from_tuple(cls, values: tuple[Any, ...]) -> Resolution:
        status, score, province, commune, candidates, primary, old, street, note, parsed, reason = values
        # Built by its own name, not ``cls``: compiled with mypyc, a call of ``cls`` goes through
        # the type's generic call with its keywords parsed each time.
        return Resolution(
            _STATUSES[status],
            score=score,
            new_province_code=province,
            new_commune_code=commune,
            candidates=candidates,
            primary=primary,
            old=OldUnits(*old),
            street=street,
            note=note,
            parsed=parsed,
            reason=_REASONS[reason],
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        data["reason"] = self.reason.value
        data["candidates"] = list(self.candidates)
        data["old"]["commune_codes"] = list(self.old.commune_codes)
        data["parsed"] = dict(zip(("province", "district", "commune"), self.parsed, strict=True))
        return data
