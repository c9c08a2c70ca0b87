"""A seventh independent noise model of Vietnamese addresses (set g), written from the registers only.

    from benchmarks.independent_g import generate
    cases = generate(300, 1654, Path("../shared/reference"))

Written without reading the address reader, its case files or the bodies of the other models (only
their family lists, to write other shapes, and set f's frame: registers, keys and readings), in
shapes that people and systems produce and that sets a-f do not: a record whose district or
province was picked one row off in an alphabetical drop-down list (`Xã Xuân Ngọc, Huyện Xuân
Trường, Long An` for Nam Định); a call-centre recording turned into text, lower case, no
punctuation, numbers in words and filler words (`dạ em ở phường năm ờ quận mười một ...
đó ạ`); web and spreadsheet residue (HTML character references `&#7879;`, `&nbsp;`, `<br>`,
the leading apostrophe of a text cell, CSV quotes with a doubled quote inside, an empty cell
exported as `NULL` or `#N/A`, non-breaking and zero-width spaces, a number cell exported as
`12.0`); addresses copied from Google Maps (`..., Thành phố Hồ Chí Minh 700000, Việt Nam`, names
without type words, a plus code in front) and OpenStreetMap, coordinates pasted beside them; the
13 special zones (đặc khu) in the new form and their island districts in the old one (`huyện
đảo`, Phú Quốc still written as one, districts without communes written alone); minority-language
names spelled as each clerk has them (`Ea H'leo`, `Ea Hleo`, `Ea-H'leo`, `EaHleo`, `Đăk`/`Đắk`/
`Dak`, `Krong`); text pasted twice (a unit twice in a row, the province at both ends, the whole
address twice); names misremembered with two syllables swapped (`Hòa Phú` for Phú Hòa) or the
last one dropped; communes of earlier rounds (2004 to early 2025, `history/unit_history.csv`)
with the district and province of their time (`Xã Xuy Xá, Huyện Mỹ Đức, Tỉnh Hà Tây`); the
changes after July 2025 (Đồng Nai, Quảng Ninh and Bắc Ninh as cities, 22 xã become phường) in the
newest and the 2025 form; Vietnamese typed without a Vietnamese keyboard (VIQR: `Xa~ Ta^n Phu'`)
or through a Chinese/Japanese input method (full-width `，`, `Ｐ．５`); and type words as agencies
abbreviate them (`P-`, `X-`, `T.T`, `Tt.`, `Tx.`, `F5` in Saigon), with Vị Thanh's Roman-numbered
wards written in Arabic numerals. It uses the standard library only and imports nothing of the
project.

Every address is built from real units of `old_units.csv` / `new_units.csv` (and, for the earlier
rounds, `history/unit_history.csv`). Its acceptable answers (`truth`) come from the crosswalk
(`commune_mapping.csv`): every successor of the old commune written (several when it was split),
the new commune itself when the text gives the new form, the special zone an island district
became (`district_mapping.csv`), or every successor of the register units a historical commune
became. `also_named` is filled when the words written also fit other units: the model looks the
commune's name (and type word) up in the registers, keeps the units whose district and province
fit what the text says of them, reading the text as an old address and as a new one; for a
contradiction it takes both readings (the commune in its province whatever the district; the
commune under its district whatever the province; the commune under the district written). A
contradiction is drawn only where the rest of the text still identifies the commune; a swapped
syllable only when no unit of the district or of the new province bears the swapped name; a
dropped syllable names every unit the shorter name fits.

First figures, when the set was written (the reader of main 7a85638, which had not seen it),
`evaluate_independent.py --set g --n 300` at seeds 1654 / 7 / 99, in % of each family ("flagged"
is split/ambiguous listing the truth):

    family                 right        flagged      flagged w/o truth  unmatched    confidently wrong
    field_contradiction    1/0/1        56/59/60     4/2/3              39/38/36     0/0/0
    call_transcript        44/42/41     5/7/6        0/0/1              51/51/52     0/0/0
    web_artefacts          47/43/43     7/7/8        3/1/2              41/48/45     7/5/6
    map_export             85/81/84     4/5/6        0/0/0              12/14/9      0/0/0
    special_zones          70/76/71     29/23/29     1/0/1              0/0/0        0/0/0
    minority_spellings     98/100/100   2/0/0        0/0/0              0/0/0        0/0/0
    repeated_parts         74/67/74     26/33/26     0/0/0              0/0/0        0/0/0
    syllable_slip          2/1/2        95/96/96     2/1/0              0/0/0        2/5/4
    earlier_round_units    80/78/77     20/22/23     0/0/0              0/0/0        0/0/0
    after_2026_changes     99/98/99     1/2/1        0/0/0              0/0/0        0/0/0
    viqr_fullwidth         71/72/65     11/10/18     2/1/2              16/18/15     0/0/0
    agency_abbreviations   60/59/62     33/35/30     0/0/0              7/7/7        0/0/0
    all (3,600 each)       60.8/59.7/60.0  24.2/25.0/25.2  0.9/0.5/0.7  13.8/14.6/13.8  9/10/10

(2 answers at seed 99 were confident on a unit the text also names.) The confidently wrong answers:
HTML character references (`X&#227; Ba Tr&#7841;i, Huy&#7879;n Ba V&#236;, ...`) read by a fuzzy
match as Phường Vị Thanh (31321) or Phường Sơn Trà (20263); `Phường 1.0, Thành phố Mỹ Tho` (a
non-breaking space, the number cell exported as `1.0`; truth 28261) read as Phường Trung An
(28285); and swapped names read as a neighbour by a fuzzy match (`Xã Hòa Xuân, Huyện Thọ Xuân`,
old Xã Xuân Hòa, truth 15520, read as Xã Thọ Xuân 15499; `Xã Tân Bình, Huyện Tây Sơn`, old Xã
Bình Tân, truth 21817, read as Xã Bình An 21829).
"""

from __future__ import annotations

import csv
import os
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

# Type words as clerks abbreviate them, with their dot.
TYPE_ABBREVIATIONS = {
    "phường": "P.",
    "xã": "X.",
    "thị trấn": "TT.",
    "quận": "Q.",
    "huyện": "H.",
    "thị xã": "TX.",
    "thành phố": "TP.",
}

FAMILIES: tuple[str, ...] = (
    "field_contradiction",
    "call_transcript",
    "web_artefacts",
    "map_export",
    "special_zones",
    "minority_spellings",
    "repeated_parts",
    "syllable_slip",
    "earlier_round_units",
    "after_2026_changes",
    "viqr_fullwidth",
    "agency_abbreviations",
)


@dataclass(frozen=True)
class Case:
    family: str
    address: str
    truth: tuple[str, ...]  # every acceptable new commune code
    also_named: tuple[str, ...]  # every new commune the written words can mean, when more than the truth
    note: str


def reference_dir() -> Path:
    """`$ADMIN_MERGE_REFERENCE`, else ../shared/reference beside the checkout."""
    env = os.environ.get("ADMIN_MERGE_REFERENCE")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "reference"


# ---------------------------------------------------------------------------------------------
# Keys: names compare in lower case, tone placement ignored (hòa = hoà), hyphens as spaces,
# apostrophes dropped, leading zeros of numbers dropped; unmarked text compares without diacritics.

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng


def strip_marks(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


@cache
def fold(name: str, marked: bool = True) -> str:
    text = unicodedata.normalize("NFC", name).lower().replace("'", "").replace("\u2019", "").replace("-", " ")
    if not marked:
        text = strip_marks(text)
    out = []
    for word in text.split():
        if word.isdigit():
            out.append(word.lstrip("0") or "0")
            continue
        nfd = unicodedata.normalize("NFD", word)
        tones = "".join(c for c in nfd if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES)) + tones)
    return " ".join(out)


@cache
def loose(text: str) -> str:
    """Unmarked, lower case, dots as spaces, spaces collapsed: for prefixes left by a cut."""
    return " ".join(strip_marks(unicodedata.normalize("NFC", text)).lower().replace(".", " ").split())


# ---------------------------------------------------------------------------------------------
# The registers.


@dataclass(frozen=True)
class Old:
    code: str
    name: str
    type: str
    short: str
    d_code: str
    d_name: str
    d_type: str
    d_short: str
    p_code: str
    p_name: str
    p_type: str
    p_short: str


@dataclass(frozen=True)
class New:
    code: str
    name: str
    type: str
    types: frozenset[str]  # its type, and the type it has after later changes
    short: str
    p_code: str


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    type: str
    short: str


@dataclass
class Registers:
    old: dict[str, Old] = field(default_factory=dict)
    new: dict[str, New] = field(default_factory=dict)
    old_province: dict[str, Province] = field(default_factory=dict)
    new_province: dict[str, Province] = field(default_factory=dict)
    old_to_new_province: dict[str, str] = field(default_factory=dict)
    successors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    constituents: dict[str, tuple[str, ...]] = field(default_factory=dict)  # new -> old communes
    old_by_key: dict[tuple[bool, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    new_by_key: dict[tuple[bool, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    districts: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> type, short
    by_province: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # old p -> communes
    by_district: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # old d -> communes
    new_by_province: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    names: set[str] = field(default_factory=set)  # marked keys of every unit name (misspelling check)
    by_unmarked: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # unmarked -> marked keys
    old_codes: list[str] = field(default_factory=list)  # in code order, to draw from
    new_codes: list[str] = field(default_factory=list)
    # Set g's additions: island districts that became one special zone, the states of earlier
    # rounds (historical full name, district and province of their time -> register codes of
    # 30 Jun 2025), the changes after July 2025, and every district of each old province.
    zone_districts: dict[str, str] = field(default_factory=dict)  # old district -> special zone
    history: list[tuple[str, str, str, tuple[str, ...]]] = field(default_factory=list)
    changed: dict[str, tuple[str, str]] = field(default_factory=dict)  # commune -> (type before, after)
    province_after: dict[str, str] = field(default_factory=dict)  # province -> type after 2026
    districts_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # old p -> d codes
    district_of: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # d code -> (type, short, p)
    minority: list[str] = field(default_factory=list)  # old communes with a minority-language name, drawn from


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load(reference: Path) -> Registers:
    reg = Registers()
    for r in _rows(reference / "old_provinces.csv"):
        code = r["province_code"]
        reg.old_province[code] = Province(code, r["province_name"], r["province_type"], r["province_short_name"])
        reg.old_to_new_province[code] = r["new_province_code"]
    for r in _rows(reference / "new_provinces.csv"):
        code = r["province_code"]
        reg.new_province[code] = Province(code, r["province_name"], r["province_type"], r["province_short_name"])
    for r in _rows(reference / "old_districts.csv"):
        reg.districts[r["district_code"]] = (r["district_type"], r["district_short_name"])
        reg.districts_of[r["province_code"]].append(r["district_code"])
        reg.district_of[r["district_code"]] = (r["district_type"], r["district_short_name"], r["province_code"])
    for r in _rows(reference / "old_units.csv"):
        p = reg.old_province[r["province_code"]]
        d_type, d_short = reg.districts[r["district_code"]]
        o = Old(
            r["commune_code"],
            r["commune_name"],
            r["commune_type"],
            r["commune_short_name"],
            r["district_code"],
            r["district_name"],
            d_type,
            d_short,
            p.code,
            p.name,
            p.type,
            p.short,
        )
        reg.old[o.code] = o
        reg.by_province[o.p_code].append(o.code)
        reg.by_district[o.d_code].append(o.code)
        for marked in (True, False):
            reg.old_by_key[(marked, fold(o.short, marked))].append(o.code)
        reg.names.update(fold(n) for n in (o.short, o.d_short, o.p_short))
    later = {r["code"]: r["type_after"] for r in _rows(reference / "register_changes.csv") if r["level"] == "commune"}
    for r in _rows(reference / "new_units.csv"):
        code = r["commune_code"]
        types = {r["commune_type"]} | ({later[code]} if code in later else set())
        n = New(
            code, r["commune_name"], r["commune_type"], frozenset(types), r["commune_short_name"], r["province_code"]
        )
        reg.new[code] = n
        reg.new_by_province[n.p_code].append(code)
        for marked in (True, False):
            reg.new_by_key[(marked, fold(n.short, marked))].append(code)
        reg.names.add(fold(n.short))
    succ: dict[str, set[str]] = defaultdict(set)
    cons: dict[str, set[str]] = defaultdict(set)
    for r in _rows(reference / "commune_mapping.csv"):
        succ[r["old_commune_code"]].add(r["new_commune_code"])
        cons[r["new_commune_code"]].add(r["old_commune_code"])
    reg.successors = {k: tuple(sorted(v)) for k, v in succ.items()}
    reg.constituents = {k: tuple(sorted(v)) for k, v in cons.items()}
    reg.names.update(fold(p.short) for p in (*reg.old_province.values(), *reg.new_province.values()))
    reg.old_codes, reg.new_codes = sorted(reg.old), sorted(reg.new)
    for key in reg.names:
        reg.by_unmarked[strip_marks(key)].add(key)
    zones = {c for c, n in reg.new.items() if n.type == "đặc khu"}
    for r in _rows(reference / "district_mapping.csv"):
        if r["district_entirely_in_this_unit"] == "yes" and r["new_commune_code"] in zones:
            reg.zone_districts[r["old_district_code"]] = r["new_commune_code"]
    for r in _rows(reference / "register_changes.csv"):
        if r["level"] == "commune":
            reg.changed[r["code"]] = (r["type_before"], r["type_after"])
        else:
            reg.province_after[r["code"]] = r["type_after"]
    states: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for r in _rows(reference / "history" / "unit_history.csv"):
        if r["level"] != "commune" or r["successor_level"] != "commune" or r["confidence"] == "low":
            continue
        if r["successor_code"] not in reg.successors or not r["district_name"] or not r["province_name"]:
            continue
        key = (r["name"], r["district_name"], r["province_name"], r["valid_until"])
        states[key].update(reg.successors[r["successor_code"]])
    reg.history = [(k[0], k[1], k[2], tuple(sorted(v))) for k, v in sorted(states.items())]
    return reg


# ---------------------------------------------------------------------------------------------
# What a text says of a district or a province: a test on a unit's (type, short name).

Fits = Callable[[str, str], bool]


def named(name: str, types: frozenset[str] | None = None, marked: bool = True) -> Fits:
    """The unit written by its name, with one of `types` when the type word is written."""
    key = fold(name, marked)
    return lambda t, s: (types is None or t in types) and fold(s, marked) == key


def any_of(*names: str) -> Fits:
    """A province written by a shorthand that means these register names (type not checked)."""
    keys = {fold(n) for n in names}
    return lambda t, s: fold(s) in keys


_LOOSE_TYPES = {
    "huyện": ("huyen", "h"),
    "quận": ("quan", "q"),
    "thị xã": ("thi xa", "tx"),
    "thành phố": ("thanh pho", "tp"),
    "tỉnh": ("tinh", "t"),
}


def prefix(fragment: str, complete: bool) -> Fits | None:
    """What is left of a unit after a cut: every unit one of whose written forms (type word in
    full or abbreviated, or none) starts with the fragment; the whole form when `complete`."""
    frag = loose(fragment)
    if not frag:
        return None

    def fits(t: str, s: str) -> bool:
        forms = [loose(s)] + [f"{a} {loose(s)}" for a in _LOOSE_TYPES.get(t, ())]
        return any(f == frag if complete else f.startswith(frag) for f in forms)

    return fits


def _province_fits(reg: Registers, fits: Fits, old_codes: set[str], new_code: str | None) -> bool:
    units = [reg.old_province[p] for p in old_codes]
    if new_code:
        units.append(reg.new_province[new_code])
    return any(fits(u.type, u.short) for u in units)


def readings(
    reg: Registers,
    commune: str,
    types: frozenset[str] | None,
    marked: bool,
    district: Fits | None,
    province: Fits | None,
) -> set[str]:
    """Every new commune the text can mean: read as an old address, and as a new one. The commune
    is written in full (name, and type word when `types` is given); a district that may be a
    province is read as either when no province is written."""
    found: set[str] = set()
    key = fold(commune, marked)
    for code in reg.old_by_key.get((marked, key), ()):
        o = reg.old[code]
        if types is not None and o.type not in types:
            continue
        new_p = reg.old_to_new_province[o.p_code]
        if district is not None:
            fits = district(o.d_type, o.d_short)
            if not fits and province is None:
                fits = _province_fits(reg, district, {o.p_code}, new_p)
            if not fits:
                continue
        if province is not None and not _province_fits(reg, province, {o.p_code}, new_p):
            continue
        found.update(reg.successors[code])
    if types is not None and types <= {"thị trấn"}:
        return found
    for code in reg.new_by_key.get((marked, key), ()):
        n = reg.new[code]
        if types is not None and not types & n.types:
            continue
        olds = [reg.old[c] for c in reg.constituents.get(code, ())]
        old_p = {o.p_code for o in olds}
        if district is not None:
            fits = any(district(o.d_type, o.d_short) for o in olds)
            if not fits and province is None:
                fits = _province_fits(reg, district, old_p, n.p_code)
            if not fits:
                continue
        if province is not None and not _province_fits(reg, province, old_p, n.p_code):
            continue
        found.add(code)
    return found


def _also(truth: tuple[str, ...], fits: set[str]) -> tuple[str, ...]:
    fits = fits | set(truth)
    return tuple(sorted(fits)) if fits != set(truth) else ()


def old_reading(reg: Registers, o: Old, marked: bool = True, typed: bool = True) -> set[str]:
    """The old address written in full: commune, district and province."""
    ct = frozenset({o.type}) if typed else None
    dt = frozenset({o.d_type}) if typed else None
    return readings(reg, o.short, ct, marked, named(o.d_short, dt, marked), named(o.p_short, None, marked))


def new_reading(reg: Registers, n: New, marked: bool = True, typed: bool = True) -> set[str]:
    """The new address: commune and new province."""
    p = reg.new_province[n.p_code]
    return readings(reg, n.short, frozenset({n.type}) if typed else None, marked, None, named(p.short, None, marked))


# ---------------------------------------------------------------------------------------------
# Writing.

Made = tuple[str, tuple[str, ...], tuple[str, ...], str]

_STREETS = (
    "Lê Lợi",
    "Nguyễn Trãi",
    "Trần Phú",
    "Hoàng Văn Thụ",
    "Lạc Long Quân",
    "Cách Mạng Tháng Tám",
    "Nguyễn Thị Minh Khai",
    "Phạm Văn Đồng",
    "Võ Văn Kiệt",
    "Tôn Đức Thắng",
)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def typed_name(type_word: str, short: str) -> str:
    return f"{_cap(type_word)} {short}"


def head(rng: random.Random, o: Old) -> str:
    """The part before the units: a house on a street in a ward or town, a hamlet elsewhere."""
    if o.type == "phường" or (o.type == "thị trấn" and rng.random() < 0.7):
        n = rng.randint(1, 250)
        return rng.choice(
            (
                f"{n} {rng.choice(_STREETS)}",
                f"Số {n} đường {rng.choice(_STREETS)}",
                f"{n}/{rng.randint(2, 40)} {rng.choice(_STREETS)}",
                f"Tổ {rng.randint(1, 30)}, Khu phố {rng.randint(1, 12)}",
            )
        )
    if int(o.p_code) >= 75:
        return rng.choice((f"Ấp {rng.randint(1, 9)}", f"Tổ {rng.randint(1, 20)}, Ấp {rng.randint(1, 9)}"))
    return rng.choice((f"Thôn {rng.randint(1, 15)}", f"Xóm {rng.randint(1, 15)}", f"Tổ {rng.randint(1, 20)}"))


_PROVINCE_WORDS = {"tỉnh": ("Tỉnh ", "tỉnh ", "T. ", ""), "thành phố": ("Thành phố ", "TP. ", "TP ", "Tp. ", "")}


def province_text(rng: random.Random, p: Province) -> str:
    return f"{rng.choice(_PROVINCE_WORDS[p.type])}{p.short}"


def _note(o: Old, truth: tuple[str, ...]) -> str:
    return f"old {o.code} {o.name}, {o.d_name}, {o.p_name} -> {'/'.join(truth)}"


def _new_note(reg: Registers, n: New) -> str:
    return f"new {n.code} {n.name}, {reg.new_province[n.p_code].name}"


def _old(rng: random.Random, reg: Registers) -> Old:
    return reg.old[rng.choice(reg.old_codes)]


def _new(rng: random.Random, reg: Registers) -> New:
    return reg.new[rng.choice(reg.new_codes)]


_TYPE_WORDS = ("thị trấn", "thành phố", "thị xã", "phường", "xã", "quận", "huyện", "tỉnh", "đặc khu")


def split_type(full: str) -> tuple[str, str]:
    """`Thị trấn Phù Yên` -> (`thị trấn`, `Phù Yên`)."""
    low = full.lower()
    for t in _TYPE_WORDS:
        if low.startswith(t + " "):
            return t, full[len(t) + 1 :]
    return "", full


def _province_of_district(reg: Registers, d_code: str) -> Province:
    return reg.old_province[reg.district_of[d_code][2]]


def _sort_key(name: str) -> str:
    return fold(name, False)


# ---------------------------------------------------------------------------------------------
# Families. Each takes the registers and an rng and gives (address, truth, also_named, note), or
# None when the drawn unit does not suit it.


def field_contradiction(reg: Registers, rng: random.Random) -> Made | None:
    """A record whose district (or province) was picked one row off in an alphabetical drop-down
    list: the commune is the one meant, the district next to its own in the list (of the same
    province) does not hold a commune of that name, or the province is the one next to its own.
    Drawn only where the rest identifies the commune (its name is the only one of its type in the
    province, or the only one of its type in a district of that name in the country). Every unit
    the text fits is named: the commune in its province whatever the district, the commune under
    its district whatever the province, and the commune under the district written."""
    o = _old(rng, reg)
    p = reg.old_province[o.p_code]
    truth = reg.successors[o.code]
    ct = frozenset({o.type})
    key = (o.type, fold(o.short))
    if rng.random() < 0.6:
        if [c for c in reg.by_province[o.p_code] if (reg.old[c].type, fold(reg.old[c].short)) == key] != [o.code]:
            return None  # only a commune whose name the province does not repeat

        ds = sorted(reg.districts_of[o.p_code], key=lambda d: _sort_key(reg.district_of[d][1]))
        i = ds.index(o.d_code)
        options = [ds[j] for j in (i - 1, i + 1) if 0 <= j < len(ds)]
        options = [d for d in options if reg.by_district[d]]
        if not options:
            return None
        d = rng.choice(options)
        d_type, d_short, _ = reg.district_of[d]
        if any(fold(reg.old[c].short) == fold(o.short) for c in reg.by_district[d]):
            return None
        parts = [typed_name(o.type, o.short), typed_name(d_type, d_short), province_text(rng, p)]
        fits = readings(reg, o.short, ct, True, None, named(p.short))
        fits |= readings(reg, o.short, ct, True, named(d_short, frozenset({d_type})), named(p.short))
        note = f" (district written {d_short})"
    else:
        same = [c for c in reg.old_by_key[(True, fold(o.short))] if reg.old[c].type == o.type]
        if [c for c in same if fold(reg.old[c].d_short) == fold(o.d_short)] != [o.code]:
            return None  # only a commune whose name and district the country does not repeat
        ps = sorted(reg.old_province, key=lambda c: _sort_key(reg.old_province[c].short))
        i = ps.index(o.p_code)
        q = reg.old_province[ps[(i + rng.choice((-1, 1))) % len(ps)]]
        parts = [typed_name(o.type, o.short), typed_name(o.d_type, o.d_short), province_text(rng, q)]
        dfit = named(o.d_short, frozenset({o.d_type}))
        fits = readings(reg, o.short, ct, True, dfit, None)
        fits |= readings(reg, o.short, ct, True, dfit, named(q.short))
        note = f" (province written {q.short})"
    if rng.random() < 0.5:
        parts.insert(0, head(rng, o))
    return ", ".join(parts), truth, _also(truth, fits), _note(o, truth) + note


_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def spoken_number(n: int, rng: random.Random) -> str:
    """A number below 1,000 as a speech recogniser writes it out (`mười lăm`, `hai mươi mốt`)."""
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        first = "mười" if tens == 1 else f"{_DIGITS[tens]} mươi"
        if unit == 0:
            return first
        if unit == 5:
            last = "lăm"
        elif unit == 1 and tens > 1:
            last = "mốt"
        elif unit == 4 and tens > 1:
            last = rng.choice(("bốn", "tư"))
        else:
            last = _DIGITS[unit]
        return f"{first} {last}"
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return f"{_DIGITS[hundreds]} trăm"
    if rest < 10:
        return f"{_DIGITS[hundreds]} trăm {rng.choice(('linh', 'lẻ'))} {_DIGITS[rest]}"
    return f"{_DIGITS[hundreds]} trăm {spoken_number(rest, rng)}"


def _spoken_name(short: str, rng: random.Random) -> str:
    """A name read out: its numbers in words (`phường ba bảo lộc` for Phường 3 Bảo Lộc)."""
    return " ".join(spoken_number(int(w), rng) if w.isdigit() else w.lower() for w in short.split())


_FILLERS = ("ờ", "à", "ừm", "dạ", "thì", "ạ")


def call_transcript(reg: Registers, rng: random.Random) -> Made | None:
    """A call-centre recording turned into text: lower case, no punctuation, every number in words
    (`phường năm quận mười một`), filler words between the parts, the type words spoken in full."""
    start = rng.choice(
        ("dạ em ở ", "địa chỉ là ", "ờ nhà em ở ", "dạ giao giúp em tới ", "alo dạ cho chị về ", "tôi ở ", "")
    )
    end = rng.choice(("", "", " ạ", " nhé", " nha em", " đó ạ"))

    def glue(parts: list[str]) -> str:
        out = parts[0]
        for part in parts[1:]:
            out += " " + (rng.choice(_FILLERS) + " " if rng.random() < 0.3 else "") + part
        return out

    if rng.random() < 0.2:  # the new address, read out
        n = _new(rng, reg)
        p = reg.new_province[n.p_code]
        parts = [f"{n.type} {_spoken_name(n.short, rng)}", f"{p.type} {p.short.lower()}"]
        if rng.random() < 0.4:
            parts[1] = p.short.lower()
        text = start + glue(parts) + end
        fits = new_reading(reg, n)
        return text, (n.code,), _also((n.code,), fits), _new_note(reg, n)
    o = _old(rng, reg)
    p = reg.old_province[o.p_code]
    parts = [f"{o.type} {_spoken_name(o.short, rng)}", f"{o.d_type} {_spoken_name(o.d_short, rng)}"]
    parts.append(f"{p.type} {p.short.lower()}" if rng.random() < 0.6 else p.short.lower())
    if rng.random() < 0.4:
        if o.type == "phường" or o.type == "thị trấn":
            street = rng.choice(_STREETS).lower()
            parts.insert(0, f"số {spoken_number(rng.randint(1, 299), rng)} đường {street}")
        else:
            parts.insert(0, f"{rng.choice(('thôn', 'xóm', 'ấp', 'tổ'))} {spoken_number(rng.randint(1, 15), rng)}")
    text = start + glue(parts) + end
    truth = reg.successors[o.code]
    return text, truth, _also(truth, old_reading(reg, o)), _note(o, truth)


def _entities(text: str, rng: random.Random) -> str:
    """Every letter outside ASCII as a numeric character reference (`&#7879;` or `&#x1EC7;`)."""
    hexa = rng.random() < 0.3
    return "".join(ch if ord(ch) < 128 else (f"&#x{ord(ch):X};" if hexa else f"&#{ord(ch)};") for ch in text)


def web_artefacts(reg: Registers, rng: random.Random) -> Made | None:
    """An address that went through a web page or a spreadsheet export: letters as HTML character
    references, `&nbsp;`, `<br>` between the lines, the leading apostrophe that keeps a cell as
    text, CSV quotes left around it (with a doubled quote inside), an empty cell exported as `NULL`
    or `#N/A`, non-breaking and zero-width spaces, a number cell exported as `12.0`."""
    o = _old(rng, reg)
    p = reg.old_province[o.p_code]
    truth = reg.successors[o.code]
    number = rng.randint(1, 250)
    house = f"{number}.0 {rng.choice(_STREETS)}" if rng.random() < 0.3 else head(rng, o)
    c = typed_name(o.type, o.short) + (".0" if o.short.isdigit() and rng.random() < 0.5 else "")
    cells = [house, c, typed_name(o.d_type, o.d_short), p.name]
    fits = old_reading(reg, o)
    kinds = rng.sample(("entities", "nbsp", "br", "apostrophe", "quotes", "null", "spaces"), rng.choice((1, 1, 2)))
    if "null" in kinds:
        empty = rng.choice(("NULL", "#N/A", "nan", "None", "#VALUE!"))
        if rng.random() < 0.3:
            cells[2] = empty  # the district cell was empty
            fits = readings(reg, o.short, frozenset({o.type}), True, None, named(p.short))
        else:
            cells.insert(rng.choice((0, 1, len(cells))), empty)
    sep = ", "
    if "br" in kinds:
        sep = rng.choice(("<br>", "<br/>", "<br />", ",<br>", "<BR>"))
    if "nbsp" in kinds:
        cells = [cell.replace(" ", "&nbsp;") if rng.random() < 0.6 else cell for cell in cells]
    if "spaces" in kinds:
        cells = [
            rng.choice(("\u00a0", "\u200b", "\ufeff", "")) + cell.replace(" ", rng.choice(("\u00a0", " ")))
            for cell in cells
        ]
    text = sep.join(cells)
    if "entities" in kinds:
        text = _entities(text, rng)
    if "quotes" in kinds:
        text = (
            '"' + text.replace(cells[0], f'{cells[0]} ""{rng.choice(("nhà trọ", "cửa hàng", "cổng sau"))}""', 1) + '"'
        )
    if "apostrophe" in kinds:
        text = "'" + text
    return text, truth, _also(truth, fits), _note(o, truth) + f" ({'+'.join(kinds)})"


# Postcodes Google Maps prints after the province of the three cities where they are best known.
_POSTCODES = {"01": "100000", "79": "700000", "48": "550000"}
_PLUS = "23456789CFGHJMPQRVWX"


def _plus_code(rng: random.Random) -> str:
    return "".join(rng.choice(_PLUS) for _ in range(4)) + "+" + "".join(rng.choice(_PLUS) for _ in range(2))


def _coordinates(rng: random.Random) -> str:
    lat, lon = rng.uniform(8.6, 23.3), rng.uniform(102.2, 109.4)
    return rng.choice((f"({lat:.4f}, {lon:.4f})", f"{lat:.6f},{lon:.6f}", f"@{lat:.7f},{lon:.7f}"))


def map_export(reg: Registers, rng: random.Random) -> Made | None:
    """An address copied from a map service: Google Maps (`X, Y, Z 700000, Việt Nam`, the commune
    and the district often without their type words, a plus code in front), OpenStreetMap's
    display name (road, commune, district, province, country), coordinates pasted beside it; and
    since the reform the maps' new form (commune, province, country)."""
    country = rng.choice(("Việt Nam", "Việt Nam", "Vietnam", "Viet Nam"))
    if rng.random() < 0.25:
        n = _new(rng, reg)
        p = reg.new_province[n.p_code]
        parts = [typed_name(n.type, n.short), p.short + (f" {_POSTCODES[n.p_code]}" if n.p_code in _POSTCODES else "")]
        if rng.random() < 0.5:
            parts.insert(0, f"{rng.randint(1, 250)} {rng.choice(_STREETS)}")
        text = ", ".join([*parts, country])
        if rng.random() < 0.3:
            text = f"{_plus_code(rng)} {text}"
        return text, (n.code,), _also((n.code,), new_reading(reg, n)), _new_note(reg, n)
    o = _old(rng, reg)
    p = reg.old_province[o.p_code]
    truth = reg.successors[o.code]
    shape = rng.randrange(4)
    fits = old_reading(reg, o)
    road = f"{rng.randint(1, 250)} {rng.choice(_STREETS)}"
    if shape == 0:  # Google, a city address
        pw = p.name if rng.random() < 0.5 else p.short
        pw += f" {_POSTCODES[o.p_code]}" if o.p_code in _POSTCODES else ""
        parts = [road, typed_name(o.type, o.short), typed_name(o.d_type, o.d_short), pw, country]
    elif shape == 1:  # Google, names without type words (numbers keep theirs)
        c = typed_name(o.type, o.short) if o.short.isdigit() else o.short
        d = typed_name(o.d_type, o.d_short) if o.d_short.isdigit() else o.d_short
        parts = [c, d, p.short, country]
        if rng.random() < 0.3:
            parts.insert(0, road)
        fits = readings(
            reg,
            o.short,
            frozenset({o.type}) if o.short.isdigit() else None,
            True,
            named(o.d_short, frozenset({o.d_type}) if o.d_short.isdigit() else None),
            named(p.short),
        )
    elif shape == 2:  # OpenStreetMap's display name
        parts = [rng.choice(_STREETS), typed_name(o.type, o.short), typed_name(o.d_type, o.d_short), p.name, country]
        if rng.random() < 0.5:
            parts.insert(0, str(rng.randint(1, 250)))
    else:  # a plus code and the locality
        c = o.short if rng.random() < 0.5 and not o.short.isdigit() else typed_name(o.type, o.short)
        parts = [
            f"{_plus_code(rng)} {c}",
            o.d_short if not o.d_short.isdigit() else typed_name(o.d_type, o.d_short),
            p.short,
        ]
        fits = readings(
            reg, o.short, None if c == o.short else frozenset({o.type}), True, named(o.d_short), named(p.short)
        )
        if rng.random() < 0.5:
            parts.append(country)
    text = ", ".join(parts)
    if rng.random() < 0.3:
        text = f"{text} {_coordinates(rng)}" if rng.random() < 0.6 else f"{_coordinates(rng)} - {text}"
    return text, truth, _also(truth, fits), _note(o, truth) + f" (shape {shape})"


def special_zones(reg: Registers, rng: random.Random) -> Made | None:
    """The 13 special zones (đặc khu) formed from island districts: the new form (`Đặc khu Phú Quốc,
    An Giang`, `ĐK Côn Đảo`), an old commune of an island district written with `huyện đảo` (Phú
    Quốc, a city since 2020, still written as one), and an island district written without a
    commune (Côn Đảo, Bạch Long Vĩ, Lý Sơn had none)."""
    r = rng.random()
    zones = sorted(c for c, n in reg.new.items() if n.type == "đặc khu")
    if r < 0.4:
        n = reg.new[rng.choice(zones)]
        p = reg.new_province[n.p_code]
        word = rng.choice(("Đặc khu ", "đặc khu ", "ĐK ", "Đặc khu ", "ĐK. "))
        parts = [word + n.short, province_text(rng, p)]
        if rng.random() < 0.4:
            parts.insert(
                0,
                rng.choice(
                    (
                        f"Khu {rng.randint(1, 12)}",
                        f"Thôn {rng.randint(1, 9)}",
                        f"{rng.randint(1, 150)} {rng.choice(_STREETS)}",
                    )
                ),
            )
        return ", ".join(parts), (n.code,), _also((n.code,), new_reading(reg, n)), _new_note(reg, n)
    island = sorted({o.d_code for c in zones for o in (reg.old[x] for x in reg.constituents.get(c, ()))})
    if r < 0.8:
        d = rng.choice(island)
        o = reg.old[rng.choice(reg.by_district[d])]
        p = reg.old_province[o.p_code]
        island_word = rng.random() < 0.6
        d_text = (
            f"{rng.choice(('Huyện đảo', 'huyện đảo', 'H. đảo'))} {o.d_short}"
            if island_word
            else typed_name(o.d_type, o.d_short)
        )
        parts = [typed_name(o.type, o.short), d_text, province_text(rng, p)]
        if rng.random() < 0.5:
            parts.insert(0, head(rng, o))
        truth = reg.successors[o.code]
        dfit = named(o.d_short, None if island_word else frozenset({o.d_type}))
        fits = readings(reg, o.short, frozenset({o.type}), True, dfit, named(p.short))
        return ", ".join(parts), truth, _also(truth, fits), _note(o, truth)
    d = rng.choice(sorted(reg.zone_districts))
    d_type, d_short, p_code = reg.district_of[d]
    p = reg.old_province[p_code]
    word = rng.choice(("Huyện đảo ", "huyện đảo ", "Huyện ", "H. "))
    parts = [word + d_short, province_text(rng, p)]
    if rng.random() < 0.5:
        parts.insert(0, rng.choice((f"Khu {rng.randint(1, 12)}", f"Số {rng.randint(1, 99)} {rng.choice(_STREETS)}")))
    truth = (reg.zone_districts[d],)
    return ", ".join(parts), truth, (), f"old district {d} {d_type} {d_short}, {p.name} -> {truth[0]}"


_MINORITY_FIRST = (
    "ea",
    "ia",
    "cư",
    "đắk",
    "đăk",
    "đak",
    "krông",
    "chư",
    "kon",
    "ya",
    "ayun",
    "đăk",
    "yang",
    "pơ",
    "ta",
    "a",
)


@cache
def mkey(name: str) -> str:
    """A minority-language name compared without marks, apostrophes, hyphens or spaces."""
    text = strip_marks(unicodedata.normalize("NFC", name)).lower()
    return "".join(ch for ch in text if ch.isalnum())


def _minority(name: str) -> bool:
    words = name.split()
    return "'" in name or (len(words) >= 2 and words[0].lower() in _MINORITY_FIRST)


def respell(rng: random.Random, name: str) -> str | None:
    """One of the ways a minority-language name is written: apostrophe dropped, typographic or
    spaced, a hyphen between the syllables, the syllables glued (`IaGrai`), the letter after the
    apostrophe in the other case, `Đắk`/`Đăk`/`Dak` and `Krông`/`Krong` as each writer has it."""
    options = []
    if "'" in name:
        options += [
            name.replace("'", ""),
            name.replace("'", "’"),
            name.replace("'", "' "),
            name.replace("'", "`"),
            "'".join(part[:1].swapcase() + part[1:] if i else part for i, part in enumerate(name.split("'"))),
        ]
    words = name.split()
    if len(words) >= 2:
        options.append("-".join(words))
        options.append(words[0] + words[1][:1].upper() + words[1][1:] + "".join(" " + w for w in words[2:]))
        first = words[0]
        swaps = {
            "Đắk": ("Đăk", "Dak", "Đak"),
            "Đăk": ("Đắk", "Dak"),
            "Krông": ("Krong",),
            "Cư": ("Cu",),
            "Chư": ("Chu",),
        }
        for alt in swaps.get(first, ()):
            options.append(" ".join([alt, *words[1:]]))
    options = [x for x in options if x != name]
    return rng.choice(options) if options else None


def minority_spellings(reg: Registers, rng: random.Random) -> Made | None:
    """Central Highlands and northern names written as each clerk spells them (`Ea H'leo`, `Ea
    Hleo`, `Ea-H'leo`, `EaHleo`, `Đắk R'Lấp`, `Đăk Rlấp`, `Dak Rlap`): the commune's name, the
    district's, or both. Every unit whose name has the same letters (marks, apostrophes, hyphens
    and spaces aside) in a district of the same letters and the province written is named."""
    if not reg.minority:
        reg.minority = [c for c in reg.old_codes if _minority(reg.old[c].short) or _minority(reg.old[c].d_short)]
    o = reg.old[rng.choice(reg.minority)]
    p = reg.old_province[o.p_code]
    c, d = o.short, o.d_short
    if _minority(c) and (not _minority(d) or rng.random() < 0.6):
        c = respell(rng, c) or c
        if _minority(d) and rng.random() < 0.3:
            d = respell(rng, d) or d
    else:
        d = respell(rng, d) or d
    if (c, d) == (o.short, o.d_short):
        return None
    parts = [typed_name(o.type, c), typed_name(o.d_type, d), province_text(rng, p)]
    if rng.random() < 0.5:
        parts.insert(0, head(rng, o))
    truth = reg.successors[o.code]
    fits: set[str] = set()
    for code in reg.by_province[o.p_code]:
        x = reg.old[code]
        if mkey(x.short) == mkey(c) and x.type == o.type and mkey(x.d_short) == mkey(d) and x.p_code == o.p_code:
            fits.update(reg.successors[code])
    for code in reg.new_by_province[reg.old_to_new_province[o.p_code]]:
        n = reg.new[code]
        olds = reg.constituents.get(code, ())
        if mkey(n.short) == mkey(c) and o.type in n.types and any(mkey(reg.old[x].d_short) == mkey(d) for x in olds):
            fits.add(code)
    note = (
        _note(o, truth)
        + (f" ({o.short} -> {c})" if c != o.short else "")
        + (f" ({o.d_short} -> {d})" if d != o.d_short else "")
    )
    return ", ".join(parts), truth, _also(truth, fits), note


def repeated_parts(reg: Registers, rng: random.Random) -> Made | None:
    """Text pasted twice: one unit written twice in a row (`Xã A, Xã A, Huyện B`), the province at
    both ends, the whole address twice (an autocomplete that added what was typed), or the commune
    both with and without its type word."""
    o = _old(rng, reg)
    p = reg.old_province[o.p_code]
    c, d, pw = typed_name(o.type, o.short), typed_name(o.d_type, o.d_short), province_text(rng, p)
    h = head(rng, o)
    shape = rng.randrange(5)
    if shape == 0:
        parts = [h, c, c, d, pw]
    elif shape == 1:
        parts = [h, c, d, d, pw]
    elif shape == 2:
        parts = [p.name, h, c, d, pw]
    elif shape == 3:
        whole = ", ".join((c, d, pw))
        parts = [h, whole + rng.choice((" ", ", ", " - ")) + whole]
    else:
        parts = [h, o.short, c, d, pw]
    truth = reg.successors[o.code]
    return ", ".join(parts), truth, _also(truth, old_reading(reg, o)), _note(o, truth) + f" (shape {shape})"


def syllable_slip(reg: Registers, rng: random.Random) -> Made | None:
    """A name as people misremember it: two syllables swapped (`Hòa Phú` for Phú Hòa), drawn only
    when no unit of that district or of the new province has the swapped name, so the rest still
    points at the truth; or a three-syllable name missing its last syllable (`Phú Thạnh` for Phú
    Thạnh Đông), when every unit that shorter name fits is named."""
    o = _old(rng, reg)
    p = reg.old_province[o.p_code]
    words = o.short.split()
    if any(w.isdigit() for w in words) or len(words) < 2:
        return None
    truth = reg.successors[o.code]
    ct = frozenset({o.type})
    dfit, pfit = named(o.d_short, frozenset({o.d_type})), named(p.short)
    if len(words) == 2 or rng.random() < 0.5:
        i = rng.randrange(len(words) - 1)
        written = [*words[:i], words[i + 1], words[i], *words[i + 2 :]]
        slip = " ".join(written)
        if fold(slip) == fold(o.short):
            return None
        nearby = {fold(reg.old[x].short) for x in reg.by_district[o.d_code]}
        nearby |= {fold(reg.new[x].short) for x in reg.new_by_province[reg.old_to_new_province[o.p_code]]}
        if fold(slip) in nearby or readings(reg, slip, ct, True, dfit, pfit):
            return None
        fits: set[str] = set()
    else:
        slip = " ".join(words[:-1])
        fits = readings(reg, slip, ct, True, dfit, pfit)
    parts = [typed_name(o.type, slip), typed_name(o.d_type, o.d_short), province_text(rng, p)]
    if rng.random() < 0.5:
        parts.insert(0, head(rng, o))
    return ", ".join(parts), truth, _also(truth, fits), _note(o, truth) + f" ({o.short} -> {slip})"


def earlier_round_units(reg: Registers, rng: random.Random) -> Made | None:
    """An old record that still carries a commune of an earlier round (merged, split, renamed,
    re-typed or moved between 2004 and early 2025), with the district and province of its time
    (`Xã Phú Lãm, Thị xã Hà Đông, Tỉnh Hà Tây`). The truth: every new successor of the register
    units it became. Units of today whose name, district and province the words also fit are named."""
    name, d_name, p_name, succ = rng.choice(reg.history)
    c_type, c_short = split_type(name)
    d_type, d_short = split_type(d_name)
    p_type, p_short = split_type(p_name)
    if not c_type or not d_type or not p_type:
        return None
    abbr = TYPE_ABBREVIATIONS
    short = rng.random() < 0.3
    parts = [
        f"{abbr[c_type]} {c_short}" if short else name,
        f"{abbr[d_type]} {d_short}" if short else d_name,
        p_short if rng.random() < 0.4 else p_name,
    ]
    if rng.random() < 0.4:
        parts.insert(
            0,
            rng.choice(
                (
                    f"Thôn {rng.randint(1, 12)}",
                    f"Xóm {rng.randint(1, 12)}",
                    f"Tổ {rng.randint(1, 30)}",
                    f"Số {rng.randint(1, 200)} {rng.choice(_STREETS)}",
                )
            ),
        )
    fits = readings(reg, c_short, frozenset({c_type}), True, named(d_short, frozenset({d_type})), named(p_short))
    return ", ".join(parts), succ, _also(succ, fits), f"historical {name}, {d_name}, {p_name} -> {'/'.join(succ)}"


def after_2026_changes(reg: Registers, rng: random.Random) -> Made | None:
    """Addresses of the provinces and communes changed after July 2025 (Đồng Nai, Quảng Ninh and
    Bắc Ninh became centrally-run cities; 22 xã became phường): the newest form (`Phường Long Thành,
    Thành phố Đồng Nai`), the 2025 form of the same commune, and an old address written with the
    province's new type (`Xã Tam An, Huyện Long Thành, Thành phố Đồng Nai`)."""
    r = rng.random()
    if r < 0.6:
        pool = (
            sorted(reg.changed)
            if rng.random() < 0.6
            else sorted(c for c in reg.new_codes if reg.new[c].p_code in reg.province_after)
        )
        n = reg.new[rng.choice(pool)]
        p = reg.new_province[n.p_code]
        newest = rng.random() < 0.65
        t = reg.changed[n.code][1] if newest and n.code in reg.changed else n.type
        if newest and n.p_code in reg.province_after:
            pw = rng.choice(("Thành phố ", "TP. ", "TP ", "Tp. ")) + p.short
        else:
            pw = province_text(rng, p)
        parts = [typed_name(t, n.short), pw]
        if rng.random() < 0.4:
            parts.insert(
                0,
                rng.choice(
                    (
                        f"{rng.randint(1, 250)} {rng.choice(_STREETS)}",
                        f"Khu phố {rng.randint(1, 9)}",
                        f"Ấp {rng.randint(1, 9)}",
                        f"Thôn {rng.randint(1, 9)}",
                    )
                ),
            )
        fits = readings(reg, n.short, frozenset({t}), True, None, named(p.short))
        tag = "newest" if newest else "2025 form"
        return ", ".join(parts), (n.code,), _also((n.code,), fits), _new_note(reg, n) + f" ({tag})"
    olds = [c for c in reg.old_codes if reg.old_to_new_province[reg.old[c].p_code] in reg.province_after]
    o = reg.old[rng.choice(olds)]
    p = reg.old_province[o.p_code]
    new_p = reg.new_province[reg.old_to_new_province[o.p_code]]
    pw = rng.choice(("Thành phố ", "TP. ")) + (new_p.short if rng.random() < 0.5 else p.short)
    parts = [typed_name(o.type, o.short), typed_name(o.d_type, o.d_short), pw]
    if rng.random() < 0.5:
        parts.insert(0, head(rng, o))
    truth = reg.successors[o.code]
    fits = readings(
        reg, o.short, frozenset({o.type}), True, named(o.d_short, frozenset({o.d_type})), any_of(p.short, new_p.short)
    )
    return ", ".join(parts), truth, _also(truth, fits), _note(o, truth) + " (province as a city)"


_VIQR_MARKS = {"\u0301": "'", "\u0300": "`", "\u0309": "?", "\u0303": "~", "\u0323": "."}
_VIQR_SHAPES = {"\u0302": "^", "\u0306": "(", "\u031b": "+"}


def viqr(text: str, rng: random.Random) -> str:
    """Vietnamese quoted-readable, as typed where no Vietnamese keyboard exists: `Xa~ Ta^n Phu'`,
    `dd` for đ; the marks after the vowel that carries them."""
    dd = rng.choice(("dd", "dd", "d-"))
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append(dd if ch == "đ" else dd.upper() if dd == "dd" else "D-")
            continue
        nfd = unicodedata.normalize("NFD", ch)
        base = nfd[0]
        shape = "".join(_VIQR_SHAPES.get(m, "") for m in nfd[1:])
        tone = "".join(_VIQR_MARKS.get(m, "") for m in nfd[1:])
        out.append(base + shape + tone)
    return "".join(out)


def fullwidth(text: str, rng: random.Random) -> str:
    """Text from a Chinese or Japanese input method: ASCII letters, digits and punctuation in their
    full-width forms (`Ｐ．５`, `，`), sometimes the ideographic space."""
    space = rng.choice((" ", " ", "\u3000"))
    letters = rng.random() < 0.5  # letters too, in the words typed in ASCII only (`ＴＰ．ＨＣＭ`, `Ｐ．５`)
    out = []
    for word in text.split(" "):
        ascii_word = letters and word.isascii()
        out.append(
            "".join(
                chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" and (ascii_word or not ch.isalpha()) else ch for ch in word
            )
        )
    return space.join(out)


def viqr_fullwidth(reg: Registers, rng: random.Random) -> Made | None:
    """An address typed without a Vietnamese keyboard, in VIQR (`Xa~ Ta^n Phu', Huye^.n DDu+'c
    Ho`a`), or through a Chinese/Japanese input method that gives full-width characters
    (`１２ Lê Lợi，Ｐ．５，Ｑ．３`)."""
    o = _old(rng, reg)
    p = reg.old_province[o.p_code]
    abbr = TYPE_ABBREVIATIONS
    if rng.random() < 0.5:
        c, d = typed_name(o.type, o.short), typed_name(o.d_type, o.d_short)
    else:
        c, d = f"{abbr[o.type]}{o.short}", f"{abbr[o.d_type]}{o.d_short}"
    parts = [c, d, province_text(rng, p)]
    if rng.random() < 0.5:
        parts.insert(0, head(rng, o))
    text = ", ".join(parts)
    kind = "viqr" if rng.random() < 0.5 else "fullwidth"
    text = viqr(text, rng) if kind == "viqr" else fullwidth(text, rng)
    truth = reg.successors[o.code]
    return text, truth, _also(truth, old_reading(reg, o)), _note(o, truth) + f" ({kind})"


# Abbreviations of type words seen in agency records and on envelopes besides the usual `P.`/`Q.`:
# with a hyphen, without a dot, with the dot inside (`T.T`, `T.X`), in mixed case (`Tt.`, `Tx.`),
# and `F`/`F.` for a numbered ward (Saigon usage).
_AGENCY = {
    "phường": ("P-", "P ", "P.", "p."),
    "xã": ("X-", "X ", "X.", "x."),
    "thị trấn": ("T.T ", "Tt.", "TT ", "T.trấn ", "TT-"),
    "quận": ("Q-", "Q ", "Q.", "q."),
    "huyện": ("H-", "H ", "h."),
    "thị xã": ("T.X ", "Tx.", "TX-", "TX "),
    "thành phố": ("T.P ", "Tp-", "TP-", "Tp "),
    "tỉnh": ("T-", "T.", "T ", ""),
}
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI", "7": "VII", "8": "VIII", "9": "IX"}
_ARABIC = {v: k for k, v in _ROMAN.items()}


def agency_abbreviations(reg: Registers, rng: random.Random) -> Made | None:
    """Type words abbreviated as agencies and envelopes have them (`P-`, `X-`, `T.T`, `Tt.`, `Tx.`,
    `F5` for Phường 5 in Saigon) and the wards named by Roman numerals in the register (Vị Thanh's
    Phường I-VII) written in Arabic numerals (`P.3, TP Vị Thanh`)."""
    o = _old(rng, reg)
    if rng.random() < 0.08:
        roman = [c for c in reg.old_codes if reg.old[c].type == "phường" and reg.old[c].short in _ARABIC]
        o = reg.old[rng.choice(roman)]
    p = reg.old_province[o.p_code]
    c_short = _ARABIC.get(o.short, o.short)
    if o.p_code == "79" and o.short.isdigit() and rng.random() < 0.5:
        c = rng.choice(("F", "F.", "f")) + o.short
    else:
        w = rng.choice(_AGENCY[o.type])
        c = f"{w}{c_short}"
    w = rng.choice(_AGENCY[o.d_type])
    d = f"{w}{o.d_short}"
    pw = rng.choice(_AGENCY[p.type]) + (p.short if rng.random() < 0.8 else p.short.upper())
    parts = [c, d, pw]
    if rng.random() < 0.5:
        parts.insert(0, head(rng, o))
    text = rng.choice((", ", " - ", ",", "; ")).join(parts)
    truth = reg.successors[o.code]
    return text, truth, _also(truth, old_reading(reg, o)), _note(o, truth) + (" (roman)" if c_short != o.short else "")


# ---------------------------------------------------------------------------------------------


def generate(n_per_family: int, seed: int, reference: Path | None = None) -> list[Case]:
    """`n_per_family` addresses for each family, reproducible for a seed."""
    reg = load(reference or reference_dir())
    rng = random.Random(seed)
    makers: dict[str, Callable[[Registers, random.Random], Made | None]] = {
        "field_contradiction": field_contradiction,
        "call_transcript": call_transcript,
        "web_artefacts": web_artefacts,
        "map_export": map_export,
        "special_zones": special_zones,
        "minority_spellings": minority_spellings,
        "repeated_parts": repeated_parts,
        "syllable_slip": syllable_slip,
        "earlier_round_units": earlier_round_units,
        "after_2026_changes": after_2026_changes,
        "viqr_fullwidth": viqr_fullwidth,
        "agency_abbreviations": agency_abbreviations,
    }
    cases: list[Case] = []
    for family in FAMILIES:
        made = 0
        while made < n_per_family:
            out = makers[family](reg, rng)
            if out is None:
                continue
            address, truth, also, note = out
            cases.append(Case(family, address, truth, also, note))
            made += 1
    return cases
