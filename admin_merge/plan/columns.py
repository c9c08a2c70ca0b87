"""Which columns hold the references: named by the user, or detected by their usual names."""

from __future__ import annotations

from dataclasses import dataclass, fields

from admin_merge.errors import InputError, option
from admin_merge.text.normalize import ascii_key

# Usual column names (compared as diacritic-free keys, spaces and underscores ignored).
CANDIDATES: dict[str, tuple[str, ...]] = {
    "province_code": ("ma_tinh", "matinh", "ma_tinh_tp", "ma_tinh_thanh", "province_code", "province_id", "tinh_code"),
    "district_code": ("ma_huyen", "mahuyen", "ma_quan_huyen", "district_code", "district_id", "huyen_code"),
    "commune_code": (
        "ma_xa",
        "maxa",
        "ma_phuong_xa",
        "ma_xa_phuong",
        "commune_code",
        "ward_code",
        "commune_id",
        "ward_id",
        "xa_code",
    ),
    "province": ("tinh", "ten_tinh", "tinh_thanh", "tinh_tp", "tinh_thanh_pho", "province", "province_name"),
    "district": ("huyen", "ten_huyen", "quan_huyen", "district", "district_name"),
    "commune": ("xa", "ten_xa", "phuong_xa", "xa_phuong", "commune", "ward", "commune_name", "ward_name"),
    "address": ("dia_chi", "diachi", "address", "addr", "full_address", "dia_chi_day_du"),
}


@dataclass(frozen=True)
class ReferenceColumns:
    province_code: str | None = None
    district_code: str | None = None
    commune_code: str | None = None
    province: str | None = None
    district: str | None = None
    commune: str | None = None
    address: str | None = None

    def used(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}

    def names(self) -> list[str]:
        return list(dict.fromkeys(self.used().values()))


def _key(name: str) -> str:
    return ascii_key(name).replace(" ", "_")


def listing(columns: list[str], limit: int = 20) -> str:
    """A list of column names for a message, cut after ``limit`` with a count."""
    shown = ", ".join(columns[:limit])
    return shown + (f" ... and {len(columns) - limit:,} more" if len(columns) > limit else "")


def _named(available: list[str], column: str, role: str, source: str) -> str:
    """The column the user named: an exact match first, else the one match ignoring case."""
    if column in available:
        return column
    folded = [c for c in available if c.casefold() == column.casefold()]
    if len(folded) == 1:
        return folded[0]
    option = f"--{role.replace('_', '-')}-col"
    if len(folded) > 1:
        raise InputError(f"{source}: column '{column}' ({option}) matches {', '.join(folded)} ignoring case; name one")
    import difflib

    close = difflib.get_close_matches(column, available, n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise InputError(
        f"{source}: column '{column}' ({option}) not found{hint} ({len(available):,} columns: {listing(available)})"
    )


def _detect(available: list[str]) -> dict[str, str]:
    by_key: dict[str, str] = {}
    for column in available:
        by_key.setdefault(_key(column), column)
    detected: dict[str, str] = {}
    for role, names in CANDIDATES.items():
        for name in names:
            if name in by_key:
                detected[role] = by_key[name]
                break
    return detected


CODE_ROLES = ("province_code", "district_code", "commune_code")


def choose_columns(available: list[str], given: ReferenceColumns, source: str) -> tuple[ReferenceColumns, bool]:
    """The columns to use and whether they were detected. Named columns must exist (matched
    exactly, else ignoring case). An address column named alone is used together with the
    code columns found by their usual names (codes decide where they agree with the address)."""
    named = {role: _named(available, column, role, source) for role, column in given.used().items()}
    if named:
        if set(named) == {"address"}:
            detected = _detect([c for c in available if c != named["address"]])
            named.update({role: detected[role] for role in CODE_ROLES if role in detected})
        return ReferenceColumns(**named), False
    detected = _detect(available)
    if not detected:
        raise InputError(
            f"{source}: no reference column found; name one with {option('commune_code_col', 'COLUMN')}, "
            f"{option('commune_col', 'COLUMN')} or {option('address_col', 'COLUMN')} "
            f"({len(available):,} columns: {listing(available)})"
        )
    return ReferenceColumns(**detected), True
