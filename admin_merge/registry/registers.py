"""The old (three-level) and new (two-level) unit registers shipped in ``mappings/registers``."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from admin_merge.errors import MappingError

REGISTER_FILES = (
    "old_provinces.csv",
    "old_districts.csv",
    "old_communes.csv",
    "new_provinces.csv",
    "new_communes.csv",
    "aliases.csv",
    "retired_codes.csv",
)


@dataclass(frozen=True, slots=True)
class Province:
    code: str
    name: str
    type: str
    short_name: str
    name_en: str


@dataclass(frozen=True, slots=True)
class OldProvince(Province):
    new_code: str


@dataclass(frozen=True, slots=True)
class NewProvince(Province):
    resolution: str


@dataclass(frozen=True, slots=True)
class OldDistrict:
    code: str
    name: str
    type: str
    short_name: str
    name_en: str
    province_code: str


@dataclass(frozen=True, slots=True)
class Commune:
    code: str
    name: str
    type: str
    short_name: str
    name_en: str
    province_code: str


@dataclass(frozen=True, slots=True)
class OldCommune(Commune):
    district_code: str


@dataclass(frozen=True, slots=True)
class NewCommune(Commune):
    resolution: str


@dataclass(frozen=True, slots=True)
class Alias:
    register: str  # "old" | "new"
    level: str  # "province" | "commune"
    code: str
    name: str
    alias: str
    kind: str
    source: str


@dataclass(frozen=True, slots=True)
class RetiredCode:
    """A commune code seen in early-2025 lists but gone from the register of 30 June 2025."""

    code: str
    name: str
    district_code: str
    province_code: str
    successor_old_code: str
    successor_basis: str


@dataclass
class Registers:
    """Both registers, indexed by code. Codes are strings; never mix the two registers."""

    old_provinces: dict[str, OldProvince]
    old_districts: dict[str, OldDistrict]
    old_communes: dict[str, OldCommune]
    new_provinces: dict[str, NewProvince]
    new_communes: dict[str, NewCommune]
    aliases: list[Alias]
    retired: dict[str, RetiredCode]
    source: Path
    _districts_of: dict[str, list[OldDistrict]] = field(default_factory=dict, repr=False)
    _communes_of_district: dict[str, list[OldCommune]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        by_province: dict[str, list[OldDistrict]] = defaultdict(list)
        for d in self.old_districts.values():
            by_province[d.province_code].append(d)
        by_district: dict[str, list[OldCommune]] = defaultdict(list)
        for c in self.old_communes.values():
            by_district[c.district_code].append(c)
        self._districts_of = dict(by_province)
        self._communes_of_district = dict(by_district)

    def districts_of(self, province_code: str) -> list[OldDistrict]:
        return self._districts_of.get(province_code, [])

    def communes_of_district(self, district_code: str) -> list[OldCommune]:
        return self._communes_of_district.get(district_code, [])


def _read(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except FileNotFoundError:
        raise MappingError(f"{path}: register file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingError(f"{path}: cannot read register file: {exc}") from None


def load_registers(directory: Path) -> Registers:
    """Read the register CSV files of ``directory`` (a ``registers/`` folder)."""
    try:
        return Registers(
            old_provinces={
                r["province_code"]: OldProvince(
                    r["province_code"],
                    r["province_name"],
                    r["province_type"],
                    r["province_short_name"],
                    r["province_name_en"],
                    r["new_province_code"],
                )
                for r in _read(directory / "old_provinces.csv")
            },
            old_districts={
                r["district_code"]: OldDistrict(
                    r["district_code"],
                    r["district_name"],
                    r["district_type"],
                    r["district_short_name"],
                    r["district_name_en"],
                    r["province_code"],
                )
                for r in _read(directory / "old_districts.csv")
            },
            old_communes={
                r["commune_code"]: OldCommune(
                    r["commune_code"],
                    r["commune_name"],
                    r["commune_type"],
                    r["commune_short_name"],
                    r["commune_name_en"],
                    r["province_code"],
                    r["district_code"],
                )
                for r in _read(directory / "old_communes.csv")
            },
            new_provinces={
                r["province_code"]: NewProvince(
                    r["province_code"],
                    r["province_name"],
                    r["province_type"],
                    r["province_short_name"],
                    r["province_name_en"],
                    r["resolution"],
                )
                for r in _read(directory / "new_provinces.csv")
            },
            new_communes={
                r["commune_code"]: NewCommune(
                    r["commune_code"],
                    r["commune_name"],
                    r["commune_type"],
                    r["commune_short_name"],
                    r["commune_name_en"],
                    r["province_code"],
                    r["resolution"],
                )
                for r in _read(directory / "new_communes.csv")
            },
            aliases=[Alias(**r) for r in _read(directory / "aliases.csv")],
            retired={
                r["retired_code"]: RetiredCode(
                    r["retired_code"],
                    r["name"],
                    r["district_code"],
                    r["province_code"],
                    r["successor_old_code"],
                    r["successor_basis"],
                )
                for r in _read(directory / "retired_codes.csv")
            },
            source=directory,
        )
    except KeyError as exc:
        raise MappingError(f"{directory}: register file lacks column {exc}") from None
