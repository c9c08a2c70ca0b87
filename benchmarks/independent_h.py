"""An eighth independent noise model of Vietnamese addresses (set h), written from the registers only.

    from benchmarks.independent_h import generate
    cases = generate(300, 1010, Path("../shared/reference"))

Written without reading the address reader, its case files or the bodies of the other models (only
set g's and set f's frame: registers, keys and readings, and the family lists of sets a-g, to write
other shapes). Set h is about compound and descriptive noise: two or three simple noises in one
address (no diacritics, abbreviated type words, a one-letter slip in a name, a part dropped, no
commas, order reversed, one case); directions around the address that name other real units
(`gần chợ X`, `đối diện UBND xã Y`, `cạnh trường THCS Z`, `ngã ba W`, `cầu V`, where X..V are
communes of the same district); delivery notes, a name, a phone number and an order number mixed
in anywhere; a hamlet named exactly like another commune of the district (`Thôn Tân Lập, Xã Đồng
Tâm, ...`); a town named like its district written with only one of the two, or both untyped;
communes whose name the province repeats, written without their district; the new two-level form
written with an old unit (`Phường X (cũ), TP Y`, `Xã X mới`, `sáp nhập từ ...`, a split commune in
the new form); numbered wards with leading zeros, Roman numerals and house numbers that look like
ward numbers (`12/5 đường 3/2, P.05, Q.10`); the administrative part first and the street after it;
heavy OCR of scanned forms (`rn`/`m`, `l`/`1`, `O`/`0`, diacritics lost on some words, a word
broken by a space); old and new parts mixed inconsistently (a new commune with an old district that
is not its origin, an old commune with a new province that does not contain it); and very short
addresses (`Tân Phú, Đồng Nai`, `P.3, Q.5`, `xã Đông Thạnh`). It uses the standard library only
and imports nothing of the project.

Every address is built from real units of `old_units.csv` / `new_units.csv`. `truth` comes from the
crosswalk (`commune_mapping.csv`): every successor of the old commune written (several when it was
split), or the new commune itself for the new form. `also_named` is every new commune the written
words also fit: the model looks the commune's name (and type word, when written) up in both
registers and keeps the units whose district and province fit the text, read as an old address and
as a new one; a contradictory text takes every reading. Names that are only landmarks (`chợ X`,
`UBND xã Y`), hamlets under a typed commune (`Thôn Y, Xã X`) and the old units in a note of a new
address (`sáp nhập từ xã A`) are not readings: the typed commune says where the address is. A
slipped or OCR-damaged name is drawn only when its damaged form is no unit's name.

First figures, when the set was written (the reader of main 2344ae1, which had not seen it),
`evaluate_independent.py --set h --n 300` at seeds 1010 / 7 / 99, in % of each family ("flagged"
is split/ambiguous listing the truth; "on named" counts confident answers on another unit the
text also names):

    family               right        flagged      flagged w/o truth  unmatched    on named  confidently wrong
    compound_noise       91/90/91     7/8/7        1/1/1              0/0/1        0/0/0     0/0/0
    directions           78/74/72     11/14/14     4/3/8              7/8/6        0/0/0     0/0/0
    delivery_notes       40/42/42     17/20/17     7/7/6              37/31/35     0/0/0     0/0/0
    hamlet_namesake      95/97/96     5/3/3        0/0/0              0/0/0        0/0/0     0/0/1
    town_same_name       75/76/73     25/24/27     0/0/0              0/0/0        0/0/0     0/0/0
    province_namesake    25/28/26     65/61/64     0/1/1              0/0/0        30/30/28  0/0/0
    new_form_old_unit    80/77/77     8/6/9        0/0/0              12/16/15     1/1/0     0/0/0
    numbers              96/94/96     4/6/4        0/0/0              0/0/0        0/0/0     0/0/0
    admin_first          4/4/5        8/8/6        28/27/26           59/61/63     0/0/0     0/0/1
    heavy_ocr            54/59/58     24/27/23     1/1/1              21/13/18     0/0/0     1/0/0
    mixed_old_new        15/19/15     55/47/52     16/18/14           13/16/18     0/0/1     2/1/3
    very_short           82/85/80     18/14/19     0/0/0              0/0/0        0/0/0     0/0/0
    all (3,600 each)     61.3/62.1/60.9  20.5/19.9/20.4  4.8/4.9/4.7  12.4/12.2/13.1  31/31/29  3/1/5

The confidently wrong answers: a new commune written with an old district of its province that
is not its origin, read by a fuzzy match as a commune of that district (`Xã Gia Hưng, Huyện
Nghĩa Hưng, Tỉnh Ninh Bình`, truth 14482, read as 13957; `Xã Bình Hòa, Huyện Gò Quao, Tỉnh An
Giang`, 30607 read as 30958; `Xã Quan Thành, Huyện Quỳnh Lưu, T. Nghệ An`, 17569 read as 17176;
`Xã Đông Thụy Anh, Huyện Kim Động, Hưng Yên`, 12862 read as 12286; `Xã Phong Hải, Thành phố Yên
Bái, Tỉnh Lào Cai`, 02902 read as Phường Yên Bái 04252; `Xã Đoài Phương, Huyện Mỹ Đức, HN`, 09616
read as Xã Mỹ Đức 10441); a hamlet named like a province, untyped before an untyped commune, read
as the province (`Quảng Bình, Quảng Thạch, Huyện Quảng Xương, Thanh Hóa`, truth 16549, read as
19030 in Quảng Trị); the new form with the hamlet after it (`Xã Tiên Du, Bắc Ninh – Tổ 18 (cạnh
nhà văn hóa)`, 09319 read as 08275 in Phú Thọ); heavy OCR (`Xã Chiềng 5ơri, Thị xã Mộc Chaii,
Tỉnh Sơn La`, 03985 read as 04144 of another district).
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

FAMILIES: tuple[str, ...] = (
    "compound_noise",
    "directions",
    "delivery_notes",
    "hamlet_namesake",
    "town_same_name",
    "province_namesake",
    "new_form_old_unit",
    "numbers",
    "admin_first",
    "heavy_ocr",
    "mixed_old_new",
    "very_short",
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
# Keys: lower case, tone placement ignored (hòa = hoà), hyphens as spaces, apostrophes dropped,
# leading zeros of numbers dropped; unmarked text compares without diacritics.

_TONES = "\u0300\u0301\u0303\u0309\u0323"


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


# ---------------------------------------------------------------------------------------------
# The registers.


@dataclass(frozen=True)
class Old:
    code: str
    type: str
    short: str
    d_code: str
    d_type: str
    d_short: str
    p_code: str


@dataclass(frozen=True)
class New:
    code: str
    type: str
    types: frozenset[str]  # its type, and the type it has after the changes of 2026
    short: str
    p_code: str


@dataclass(frozen=True)
class Province:
    code: str
    type: str
    short: str


@dataclass
class Registers:
    old: dict[str, Old] = field(default_factory=dict)
    new: dict[str, New] = field(default_factory=dict)
    old_province: dict[str, Province] = field(default_factory=dict)
    new_province: dict[str, Province] = field(default_factory=dict)
    to_new_province: dict[str, str] = field(default_factory=dict)
    successors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    constituents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    old_by_key: dict[tuple[bool, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    new_by_key: dict[tuple[bool, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    by_district: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_province: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    new_by_province: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    districts_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # old p -> d codes
    district: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # d -> (type, short, old p)
    old_provinces_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # new p -> old
    keys: set[str] = field(default_factory=set)  # marked and unmarked keys of every unit name
    spellings: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # unmarked -> marked keys
    old_codes: list[str] = field(default_factory=list)
    new_codes: list[str] = field(default_factory=list)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def _load(reference: Path) -> Registers:
    reg = Registers()
    for r in _rows(reference / "old_provinces.csv"):
        reg.old_province[r["province_code"]] = Province(
            r["province_code"], r["province_type"], r["province_short_name"]
        )
        reg.to_new_province[r["province_code"]] = r["new_province_code"]
        reg.old_provinces_of[r["new_province_code"]].append(r["province_code"])
    for r in _rows(reference / "new_provinces.csv"):
        reg.new_province[r["province_code"]] = Province(
            r["province_code"], r["province_type"], r["province_short_name"]
        )
    for r in _rows(reference / "old_districts.csv"):
        reg.district[r["district_code"]] = (r["district_type"], r["district_short_name"], r["province_code"])
        reg.districts_of[r["province_code"]].append(r["district_code"])
    for r in _rows(reference / "old_units.csv"):
        d_type, d_short, _ = reg.district[r["district_code"]]
        o = Old(
            r["commune_code"],
            r["commune_type"],
            r["commune_short_name"],
            r["district_code"],
            d_type,
            d_short,
            r["province_code"],
        )
        reg.old[o.code] = o
        reg.by_district[o.d_code].append(o.code)
        reg.by_province[o.p_code].append(o.code)
        for marked in (True, False):
            reg.old_by_key[(marked, fold(o.short, marked))].append(o.code)
    later = {r["code"]: r["type_after"] for r in _rows(reference / "register_changes.csv") if r["level"] == "commune"}
    for r in _rows(reference / "new_units.csv"):
        code = r["commune_code"]
        types = frozenset({r["commune_type"]} | ({later[code]} if code in later else set()))
        n = New(code, r["commune_type"], types, r["commune_short_name"], r["province_code"])
        reg.new[code] = n
        reg.new_by_province[n.p_code].append(code)
        for marked in (True, False):
            reg.new_by_key[(marked, fold(n.short, marked))].append(code)
    succ: dict[str, set[str]] = defaultdict(set)
    cons: dict[str, set[str]] = defaultdict(set)
    for r in _rows(reference / "commune_mapping.csv"):
        succ[r["old_commune_code"]].add(r["new_commune_code"])
        cons[r["new_commune_code"]].add(r["old_commune_code"])
    reg.successors = {k: tuple(sorted(v)) for k, v in succ.items()}
    reg.constituents = {k: tuple(sorted(v)) for k, v in cons.items()}
    shorts = [o.short for o in reg.old.values()] + [n.short for n in reg.new.values()]
    shorts += [d[1] for d in reg.district.values()]
    shorts += [p.short for p in (*reg.old_province.values(), *reg.new_province.values())]
    for s in shorts:
        reg.keys.update((fold(s), fold(s, False)))
        reg.spellings[fold(s, False)].add(fold(s))
    reg.old_codes, reg.new_codes = sorted(reg.old), sorted(reg.new)
    return reg


def load(reference: Path) -> Registers:
    return _load(reference.resolve())


# ---------------------------------------------------------------------------------------------
# What a text says of a district or a province: a test on a unit's (type, short name).

Fits = Callable[[str, str], bool]


def named(name: str, types: frozenset[str] | None = None, marked: bool = True) -> Fits:
    key = fold(name, marked)
    return lambda t, s: (types is None or t in types) and fold(s, marked) == key


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
    old: bool = True,
    new: bool = True,
) -> set[str]:
    """Every new commune the text can mean, read as an old address (`old`) and as a new one
    (`new`). A district written with no province may be the province itself."""
    found: set[str] = set()
    key = fold(commune, marked)
    for code in reg.old_by_key.get((marked, key), ()) if old else ():
        o = reg.old[code]
        if types is not None and o.type not in types:
            continue
        new_p = reg.to_new_province[o.p_code]
        if district is not None:
            fits = district(o.d_type, o.d_short)
            if not fits and province is None:
                fits = _province_fits(reg, district, {o.p_code}, new_p)
            if not fits:
                continue
        if province is not None and not _province_fits(reg, province, {o.p_code}, new_p):
            continue
        found.update(reg.successors[code])
    if not new or (types is not None and types <= {"thị trấn"}):
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


def old_reading(reg: Registers, o: Old, marked: bool = True, typed: bool = True, district: bool = True) -> set[str]:
    p = reg.old_province[o.p_code]
    ct = frozenset({o.type}) if typed else None
    dfit = named(o.d_short, frozenset({o.d_type}) if typed else None, marked) if district else None
    return readings(reg, o.short, ct, marked, dfit, named(p.short, None, marked))


def new_reading(reg: Registers, n: New, marked: bool = True, typed: bool = True) -> set[str]:
    p = reg.new_province[n.p_code]
    return readings(reg, n.short, n.types if typed else None, marked, None, named(p.short, None, marked))


# ---------------------------------------------------------------------------------------------
# Writing.

Made = tuple[str, tuple[str, ...], tuple[str, ...], str]

ABBREVIATIONS = {
    "phường": "P.",
    "xã": "X.",
    "thị trấn": "TT.",
    "quận": "Q.",
    "huyện": "H.",
    "thị xã": "TX.",
    "thành phố": "TP.",
    "tỉnh": "T.",
    "đặc khu": "ĐK.",
}
# Province shorthands in common use (Ho Chi Minh City, Hà Nội, Bà Rịa - Vũng Tàu, Huế).
PROVINCE_SHORTHANDS = {
    "Hồ Chí Minh": ("TP.HCM", "TPHCM", "HCM", "Tp Hồ Chí Minh"),
    "Hà Nội": ("HN", "Hà Nội"),
    "Bà Rịa - Vũng Tàu": ("BR-VT", "BRVT", "Bà Rịa Vũng Tàu"),
    "Huế": ("TT Huế", "Thừa Thiên Huế"),
}

_STREETS = (
    "Lê Lợi",
    "Nguyễn Huệ",
    "Trần Hưng Đạo",
    "Hai Bà Trưng",
    "Quang Trung",
    "Nguyễn Văn Cừ",
    "Lý Thường Kiệt",
    "Điện Biên Phủ",
    "Hùng Vương",
    "Ngô Quyền",
)
_PEOPLE = (
    "Nguyễn Văn Hùng",
    "Trần Thị Lan",
    "Lê Minh Tuấn",
    "Phạm Thị Hồng",
    "Hoàng Văn Nam",
    "Vũ Thị Mai",
    "Đặng Quốc Bảo",
    "Bùi Thị Thu",
)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def typed(type_word: str, short: str, style: str = "full") -> str:
    if style == "abbr":
        return f"{ABBREVIATIONS[type_word]}{' ' if len(short) > 2 or not short.isdigit() else ''}{short}"
    if style == "none":
        return short
    return f"{_cap(type_word)} {short}"


def province_text(rng: random.Random, p: Province, style: str | None = None) -> str:
    style = style or rng.choice(("full", "full", "abbr", "none", "short"))
    if style == "short" and p.short in PROVINCE_SHORTHANDS:
        return rng.choice(PROVINCE_SHORTHANDS[p.short])
    if style == "short":
        style = "none"
    return typed(p.type, p.short, style)


def head(rng: random.Random, o_type: str, p_code: str) -> str:
    if o_type == "phường" or (o_type == "thị trấn" and rng.random() < 0.6):
        n = rng.randint(1, 300)
        return rng.choice(
            (
                f"{n} {rng.choice(_STREETS)}",
                f"Số {n} đường {rng.choice(_STREETS)}",
                f"{n}/{rng.randint(2, 60)} {rng.choice(_STREETS)}",
                f"Ngõ {rng.randint(1, 200)} {rng.choice(_STREETS)}",
            )
        )
    if int(p_code) >= 75:
        return f"Ấp {rng.choice(('1', '2', '3', 'Bình Minh', 'Hòa Thuận'))}"
    return rng.choice((f"Thôn {rng.randint(1, 12)}", f"Xóm {rng.randint(1, 12)}", f"Tổ {rng.randint(1, 20)}"))


def _note(reg: Registers, o: Old, truth: tuple[str, ...]) -> str:
    p = reg.old_province[o.p_code]
    return f"old {o.code} {o.type} {o.short}, {o.d_type} {o.d_short}, {p.short} -> {'/'.join(truth)}"


def _new_note(reg: Registers, n: New) -> str:
    return f"new {n.code} {n.type} {n.short}, {reg.new_province[n.p_code].short}"


def _old(rng: random.Random, reg: Registers) -> Old:
    return reg.old[rng.choice(reg.old_codes)]


def _new(rng: random.Random, reg: Registers) -> New:
    return reg.new[rng.choice(reg.new_codes)]


def _is_name(reg: Registers, text: str) -> bool:
    return fold(text) in reg.keys or fold(text, False) in reg.keys


def old_parts(rng: random.Random, reg: Registers, o: Old, style: str = "full") -> list[str]:
    p = reg.old_province[o.p_code]
    return [typed(o.type, o.short, style), typed(o.d_type, o.d_short, style), province_text(rng, p)]


# ---------------------------------------------------------------------------------------------
# Simple noises for the compound family. Each rewrites the parts (head, commune, district,
# province) and the reading flags; they compose.

_VOWELS = "aăâeêioôơuưy"


def slip(rng: random.Random, name: str) -> str:
    """One letter of a name wrong: dropped, doubled, swapped with the next, or a neighbour key."""
    words = name.split()
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) < 3 or w.isdigit():
        return name
    j = rng.randrange(1, len(w))
    kind = rng.choice(("drop", "double", "swap", "key"))
    if kind == "drop":
        w = w[:j] + w[j + 1 :]
    elif kind == "double":
        w = w[:j] + w[j] + w[j:]
    elif kind == "swap" and j < len(w) - 1:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    else:
        near = {"n": "m", "m": "n", "h": "g", "g": "h", "t": "r", "r": "t", "i": "o", "o": "i", "u": "y", "c": "v"}
        if w[j].lower() in near:
            w = w[:j] + near[w[j].lower()] + w[j + 1 :]
    words[i] = w
    return " ".join(words)


_LETTERS = "abcdefghijklmnopqrstuvwxyz "


def near_other(reg: Registers, original: str, slipped: str) -> bool:
    """Whether a slipped name may be read as another unit's: the slipped form is a unit's name,
    or one edit (unmarked) from a name other than the original's, or the original shares its
    unmarked spelling with another name (`Nghĩa Hùng` / `Nghĩa Hưng`)."""
    if _is_name(reg, slipped) or len(reg.spellings[fold(original, False)]) > 1:
        return True
    own, s = fold(original, False), fold(slipped, False)
    variants = {s[:i] + s[i + 1 :] for i in range(len(s))}
    variants |= {s[:i] + c + s[i + 1 :] for i in range(len(s)) for c in _LETTERS}
    variants |= {s[:i] + c + s[i:] for i in range(len(s) + 1) for c in _LETTERS}
    variants |= {s[:i] + s[i + 1] + s[i] + s[i + 2 :] for i in range(len(s) - 1)}
    return any(v != own and v in reg.spellings for v in variants)


def compound_noise(reg: Registers, rng: random.Random) -> Made | None:
    """Two or three independent simple noises in one old address: no diacritics, abbreviated
    type words, untyped parts, a one-letter slip in the commune or the district, the district
    dropped, the province by a shorthand, no commas, the order reversed, one case."""
    o = _old(rng, reg)
    p = reg.old_province[o.p_code]
    truth = reg.successors[o.code]
    pool = [
        "marks",
        "abbr",
        "untyped",
        "slip_c",
        "slip_d",
        "slip_p",
        "drop_d",
        "drop_p",
        "no_commas",
        "dashes",
        "reverse",
        "case",
        "shorthand",
        "country",
    ]
    chosen = set(rng.sample(pool, rng.choice((2, 2, 3))))
    clashes = (
        {"slip_c", "slip_d"},
        {"slip_c", "slip_p"},
        {"slip_d", "slip_p"},
        {"slip_d", "drop_d"},
        {"slip_p", "drop_p"},
        {"slip_p", "shorthand"},
        {"shorthand", "drop_p"},
        {"drop_d", "drop_p"},
        {"abbr", "untyped"},
        {"no_commas", "dashes"},
    )
    if any(pair <= chosen for pair in clashes):
        return None
    c_name, d_name = o.short, o.d_short
    if "slip_c" in chosen:
        c_name = slip(rng, o.short)
        if c_name == o.short or near_other(reg, o.short, c_name):
            return None
    if "slip_d" in chosen:
        d_name = slip(rng, o.d_short)
        if d_name == o.d_short or near_other(reg, o.d_short, d_name):
            return None
    style = "abbr" if "abbr" in chosen else "none" if "untyped" in chosen else "full"
    if style == "none" and (o.short.isdigit() or o.d_short.isdigit()):
        return None  # `5, 10, ...` is no address
    pt = province_text(rng, p, "short" if "shorthand" in chosen else None)
    if "slip_p" in chosen:
        slipped = slip(rng, p.short)
        if slipped == p.short or near_other(reg, p.short, slipped):
            return None
        pt = pt.replace(p.short, slipped)
    parts = [head(rng, o.type, o.p_code), typed(o.type, c_name, style)]
    if "drop_d" not in chosen:
        parts.append(typed(o.d_type, d_name, style))
    if "drop_p" not in chosen:
        parts.append(pt)
    if "reverse" in chosen:
        parts.reverse()
    if "country" in chosen:
        parts.append(rng.choice(("Việt Nam", "VN", "Vietnam")))
    text = (" " if "no_commas" in chosen else " - " if "dashes" in chosen else ", ").join(parts)
    if "marks" in chosen:
        text = strip_marks(text)
    if "case" in chosen:
        text = rng.choice((text.upper(), text.lower()))
    marked = "marks" not in chosen
    typed_ = style != "none"
    fits = readings(
        reg,
        o.short,
        frozenset({o.type}) if typed_ else None,
        marked,
        None if "drop_d" in chosen else named(o.d_short, frozenset({o.d_type}) if typed_ else None, marked),
        None if "drop_p" in chosen else named(p.short, None, marked),
    )
    return text, truth, _also(truth, fits), f"{_note(reg, o, truth)} [{'+'.join(sorted(chosen))}]"


# ---------------------------------------------------------------------------------------------


def _others_in_district(reg: Registers, o: Old) -> list[Old]:
    return [reg.old[c] for c in reg.by_district[o.d_code] if fold(reg.old[c].short) != fold(o.short)]


def _landmark(rng: random.Random, y: Old) -> str:
    t = y.type
    return rng.choice(
        (
            f"gần chợ {y.short}",
            f"đối diện UBND {t} {y.short}",
            f"cạnh trường THCS {y.short}",
            f"ngã ba {y.short}",
            f"cầu {y.short}",
            f"gần trạm y tế {t} {y.short}",
            f"đường đi {t} {y.short}",
            f"sau nhà văn hóa thôn {rng.randint(1, 9)}",
        )
    )


def directions(reg: Registers, rng: random.Random) -> Made | None:
    """Directions around the address naming a real unit of the same district (or, for a new
    address, an old commune of the province): `gần chợ X`, `đối diện UBND xã Y`, `cạnh trường
    THCS Z`, `ngã ba W`, `cầu V`, before the units, between the head and them, or after them in
    brackets. The landmark is no reading: the typed commune says where the address is."""
    if rng.random() < 0.65:
        o = _old(rng, reg)
        others = _others_in_district(reg, o)
        if not others:
            return None
        y = rng.choice(others)
        truth = reg.successors[o.code]
        units = old_parts(rng, reg, o, rng.choice(("full", "full", "abbr")))
        fits = old_reading(reg, o)
        h = head(rng, o.type, o.p_code)
        note = _note(reg, o, truth)
    else:
        n = _new(rng, reg)
        pool = [c for c in reg.new_by_province[n.p_code] if c != n.code]
        near = rng.sample(pool, min(3, len(pool)))
        others_old = [reg.old[c] for q in near for c in reg.constituents.get(q, ())]
        others_old = [x for x in others_old if fold(x.short) != fold(n.short)]
        if not others_old:
            return None
        y = rng.choice(others_old)
        truth = (n.code,)
        units = [typed(n.type, n.short), province_text(rng, reg.new_province[n.p_code])]
        fits = new_reading(reg, n)
        h = head(rng, n.type, n.p_code)
        note = _new_note(reg, n)
    mark = _landmark(rng, y)
    where = rng.choice(("before", "middle", "after"))
    if where == "before":
        text = ", ".join([_cap(mark), h, *units])
    elif where == "middle":
        text = ", ".join([h, mark, *units])
    else:
        text = f"{h}, {', '.join(units)} ({mark})"
    return text, truth, _also(truth, fits), f"{note}; landmark {y.code} {y.short}"


# ---------------------------------------------------------------------------------------------


def _phone(rng: random.Random) -> str:
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    prefix = rng.choice(("09", "03", "08", "07"))
    return rng.choice(
        (
            f"{prefix}{digits}",
            f"{prefix}{digits[:2]} {digits[2:5]} {digits[5:]}",
            f"+84 {prefix[1]}{digits}",
            f"{prefix}{digits[:2]}.{digits[2:5]}.{digits[5:]}",
        )
    )


def _delivery(rng: random.Random) -> str:
    return rng.choice(
        (
            "giao giờ hành chính",
            "gọi trước khi giao",
            "(nhà màu xanh)",
            "không giao thứ 7, CN",
            "để hàng ở bảo vệ",
            f"Mã đơn: DH{rng.randint(100000, 999999)}",
            f"#SPX{rng.randint(10**9, 10**10 - 1)}",
            f"SĐT {_phone(rng)}",
            f"{rng.choice(_PEOPLE)} - {_phone(rng)}",
            f"Người nhận: {rng.choice(_PEOPLE)}",
            f"COD {rng.randint(1, 9)}{rng.choice(('50', '00', '99'))}.000đ",
            "hàng dễ vỡ xin nhẹ tay",
            "gần cổng số 2",
        )
    )


def delivery_notes(reg: Registers, rng: random.Random) -> Made | None:
    """Delivery notes, a name, a phone number and an order number mixed into an old or a new
    address: before it, after it, or between two of its parts."""
    if rng.random() < 0.6:
        o = _old(rng, reg)
        truth = reg.successors[o.code]
        parts = [head(rng, o.type, o.p_code), *old_parts(rng, reg, o, rng.choice(("full", "abbr")))]
        fits = old_reading(reg, o)
        note = _note(reg, o, truth)
    else:
        n = _new(rng, reg)
        truth = (n.code,)
        parts = [head(rng, n.type, n.p_code), typed(n.type, n.short), province_text(rng, reg.new_province[n.p_code])]
        fits = new_reading(reg, n)
        note = _new_note(reg, n)
    notes: list[str] = []
    while len(notes) < rng.choice((1, 2, 2, 3)):
        extra = _delivery(rng)
        if extra not in notes:
            notes.append(extra)
            parts.insert(rng.randint(0, len(parts)), extra)
    sep = rng.choice((", ", ", ", " - ", "; "))
    return sep.join(parts), truth, _also(truth, fits), note


# ---------------------------------------------------------------------------------------------


def hamlet_namesake(reg: Registers, rng: random.Random) -> Made | None:
    """A hamlet named exactly like another commune of the same district (`Thôn Tân Lập, Xã Đồng
    Tâm, ...`), with or without the word for hamlet. With the commune typed the hamlet is no
    reading; with the commune untyped too (`Tân Lập, Đồng Tâm, Huyện ...`) both are."""
    o = _old(rng, reg)
    if o.type != "xã":
        return None
    others = [x for x in _others_in_district(reg, o) if x.type == "xã"]
    if not others:
        return None
    y = rng.choice(others)
    truth = reg.successors[o.code]
    word = "Ấp" if int(o.p_code) >= 75 else rng.choice(("Thôn", "Xóm", "Bản", "Thôn"))
    form = rng.choice(("hamlet", "bare", "bare_both"))
    p = reg.old_province[o.p_code]
    if form == "hamlet":
        first = f"{rng.choice((word, word.lower()))} {y.short}"
        units = old_parts(rng, reg, o, rng.choice(("full", "abbr")))
        fits = old_reading(reg, o)
    elif form == "bare":
        first = y.short
        units = old_parts(rng, reg, o, rng.choice(("full", "abbr")))
        fits = old_reading(reg, o)
    else:
        first = y.short
        units = [o.short, typed(o.d_type, o.d_short), province_text(rng, p)]
        dfit = named(o.d_short, frozenset({o.d_type}))
        fits = readings(reg, o.short, None, True, dfit, named(p.short))
        fits |= readings(reg, y.short, None, True, dfit, named(p.short))
    return ", ".join([first, *units]), truth, _also(truth, fits), f"{_note(reg, o, truth)}; hamlet {y.short} [{form}]"


# ---------------------------------------------------------------------------------------------


def town_same_name(reg: Registers, rng: random.Random) -> Made | None:
    """A town named like its district (Thị trấn X in Huyện X) written with only one of them, with
    both untyped, or with the town typed and the district bare."""
    o = _old(rng, reg)
    if o.type != "thị trấn" or fold(o.short) != fold(o.d_short):
        return None
    p = reg.old_province[o.p_code]
    truth = reg.successors[o.code]
    h = head(rng, o.type, o.p_code)
    pt = province_text(rng, p)
    form = rng.choice(("town_only", "both_bare", "town_typed_district_bare", "abbr_both", "bare_one"))
    x = o.short
    pf = named(p.short)
    if form == "town_only":
        text = ", ".join([h, typed("thị trấn", x, rng.choice(("full", "abbr"))), pt])
        fits = readings(reg, x, frozenset({"thị trấn"}), True, None, pf)
    elif form == "both_bare":
        text = ", ".join([h, x, x, pt])
        fits = readings(reg, x, None, True, named(x), pf)
    elif form == "town_typed_district_bare":
        text = ", ".join([h, typed("thị trấn", x), x, pt])
        fits = readings(reg, x, frozenset({"thị trấn"}), True, named(x), pf)
    elif form == "abbr_both":
        text = ", ".join([h, f"TT {x}", f"H {x}", pt])
        fits = readings(reg, x, frozenset({"thị trấn"}), True, named(x, frozenset({"huyện"})), pf)
    else:
        text = ", ".join([h, x, pt])
        fits = readings(reg, x, None, True, None, pf)
    return text, truth, _also(truth, fits), f"{_note(reg, o, truth)} [{form}]"


# ---------------------------------------------------------------------------------------------


def province_namesake(reg: Registers, rng: random.Random) -> Made | None:
    """A commune whose name (and type) the province repeats in another district, or the new
    province in another old province, written without its district: every unit of that name in
    the province is a reading."""
    o = _old(rng, reg)
    new_p = reg.to_new_province[o.p_code]
    same = [
        c
        for q in reg.old_provinces_of[new_p]
        for c in reg.by_province[q]
        if c != o.code and reg.old[c].type == o.type and fold(reg.old[c].short) == fold(o.short)
    ]
    if not same:
        return None
    truth = reg.successors[o.code]
    marked = rng.random() < 0.8
    style = rng.choice(("full", "full", "abbr"))
    p = reg.old_province[o.p_code] if rng.random() < 0.5 else reg.new_province[new_p]
    parts = [head(rng, o.type, o.p_code), typed(o.type, o.short, style), province_text(rng, p)]
    text = ", ".join(parts)
    if not marked:
        text = strip_marks(text)
    fits = readings(reg, o.short, frozenset({o.type}), marked, None, named(p.short, None, marked))
    return text, truth, _also(truth, fits), f"{_note(reg, o, truth)}; also {'/'.join(same)}"


# ---------------------------------------------------------------------------------------------


def new_form_old_unit(reg: Registers, rng: random.Random) -> Made | None:
    """The new two-level form written with an old unit: `Phường X (cũ), TP Y` with the new
    province, `Xã X mới, Tỉnh Y` for a new commune, `Xã N (sáp nhập từ xã A, xã B)`, `Xã A cũ
    nay là Xã N`, and a split commune in the new form (every successor acceptable)."""
    form = rng.choice(("old_marked", "new_marked", "merged_from", "now_is", "split"))
    if form in ("old_marked", "split"):
        o = _old(rng, reg)
        truth = reg.successors[o.code]
        if form == "split" and len(truth) < 2:
            return None
        if form == "old_marked" and len(truth) > 1 and rng.random() < 0.5:
            return None
        if any(reg.new[t].short == o.short and reg.new[t].type == o.type for t in truth):
            return None  # the old name lives on unchanged: no old unit in the new form
        np = reg.new_province[reg.to_new_province[o.p_code]]
        mark = rng.choice((" (cũ)", " cũ", " (trước sáp nhập)")) if form == "old_marked" else ""
        text = ", ".join([head(rng, o.type, o.p_code), typed(o.type, o.short) + mark, province_text(rng, np)])
        fits = readings(reg, o.short, frozenset({o.type}), True, None, named(np.short), new=not mark)
        return text, truth, _also(truth, fits), f"{_note(reg, o, truth)} [{form}]"
    n = _new(rng, reg)
    np = reg.new_province[n.p_code]
    truth = (n.code,)
    if form == "new_marked":
        mark = rng.choice((" mới", " (mới)", " (sau sáp nhập)"))
        text = ", ".join([head(rng, n.type, n.p_code), typed(n.type, n.short) + mark, province_text(rng, np)])
        fits = readings(reg, n.short, n.types, True, None, named(np.short), old=False)
        return text, truth, _also(truth, fits), f"{_new_note(reg, n)} [{form}]"
    olds = [reg.old[c] for c in reg.constituents.get(n.code, ()) if fold(reg.old[c].short) != fold(n.short)]
    if not olds:
        return None
    if form == "merged_from":
        picked = rng.sample(olds, min(len(olds), rng.choice((1, 2, 3))))
        listed = ", ".join(f"{x.type} {x.short}" for x in picked)
        h = head(rng, n.type, n.p_code)
        text = f"{h}, {typed(n.type, n.short)} (sáp nhập từ {listed}), {province_text(rng, np)}"
    else:
        x = rng.choice(olds)
        text = (
            f"{head(rng, n.type, n.p_code)}, {typed(x.type, x.short)} cũ nay là {typed(n.type, n.short)}, "
            f"{province_text(rng, np)}"
        )
    fits = new_reading(reg, n)
    return text, truth, _also(truth, fits), f"{_new_note(reg, n)} [{form}]"


# ---------------------------------------------------------------------------------------------

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def numbers(reg: Registers, rng: random.Random) -> Made | None:
    """Numbered wards with leading zeros (`P.05`), glued (`P5`), Roman-numbered wards as written,
    and house numbers, alleys and numbered streets that look like ward numbers (`12/5 đường 3/2`,
    `đường số 9`, `KP 6`), with the numbered or Roman-numbered district where it has one."""
    o = _old(rng, reg)
    if not (o.type == "phường" and (o.short.isdigit() or o.short in _ROMAN)):
        return None
    p = reg.old_province[o.p_code]
    truth = reg.successors[o.code]
    num = o.short
    if num.isdigit():
        z = f"{int(num):02d}"
        w = rng.choice((f"P.{z}", f"Phường {z}", f"P{num}", f"F{num}", f"P.{num}", f"Phường {num}"))
    else:
        w = rng.choice((f"Phường {num}", f"P.{num}", f"P. {num}"))
    dn = o.d_short
    if dn.isdigit():
        d = rng.choice((f"Q.{int(dn):02d}", f"Quận {int(dn):02d}", f"Q{dn}", f"Q.{dn}", f"Quận {dn}"))
    else:
        d = typed(o.d_type, dn, rng.choice(("full", "abbr")))
    a, b = rng.randint(1, 300), rng.randint(1, 40)
    h = rng.choice(
        (
            f"{a}/{b} đường 3/2",
            f"{a}/{b} Đường 30/4",
            f"Số {a} đường số {rng.randint(1, 30)}",
            f"Tổ {rng.randint(1, 40)}, KP {rng.randint(1, 12)}",
            f"{a} Hẻm {b}/{rng.randint(1, 20)}",
            f"Lô {rng.choice('ABCDE')}{b}, Khu {rng.randint(1, 9)}",
            f"{a}/{b}/{rng.randint(1, 9)} Đường 2/9",
        )
    )
    parts = [h, w, d] + ([province_text(rng, p)] if rng.random() < 0.6 else [])
    text = rng.choice((", ", " ", ", ", " - ")).join(parts)
    pf = named(p.short) if len(parts) == 4 else None
    fits = readings(reg, num, frozenset({"phường"}), True, named(dn, frozenset({o.d_type})), pf)
    return text, truth, _also(truth, fits), _note(reg, o, truth)


# ---------------------------------------------------------------------------------------------


def admin_first(reg: Registers, rng: random.Random) -> Made | None:
    """The administrative part first and the street, hamlet or household after it (`Xã X, Huyện
    Y, Tỉnh Z - Thôn 3 nhà ông A`), in the old or the new form."""
    if rng.random() < 0.65:
        o = _old(rng, reg)
        truth = reg.successors[o.code]
        units = old_parts(rng, reg, o, rng.choice(("full", "abbr")))
        fits = old_reading(reg, o)
        h = head(rng, o.type, o.p_code)
        note = _note(reg, o, truth)
    else:
        n = _new(rng, reg)
        truth = (n.code,)
        units = [typed(n.type, n.short), province_text(rng, reg.new_province[n.p_code])]
        fits = new_reading(reg, n)
        h = head(rng, n.type, n.p_code)
        note = _new_note(reg, n)
    tail = rng.choice(
        (
            f"{h} nhà ông {rng.choice(_PEOPLE)}",
            f"{h}, nhà bà {rng.choice(_PEOPLE).split()[-1]}",
            h,
            f"{h} (cạnh nhà văn hóa)",
            f"{h}, {rng.choice(_PEOPLE)}",
        )
    )
    sep = rng.choice((" - ", ", ", " – ", "; "))
    return ", ".join(units) + sep + tail, truth, _also(truth, fits), note


# ---------------------------------------------------------------------------------------------


def ocr_word(rng: random.Random, word: str) -> str:
    """Two or three scanner confusions in one word."""
    subs = (
        ("m", "rn"),
        ("rn", "m"),
        ("l", "1"),
        ("i", "l"),
        ("o", "0"),
        ("O", "0"),
        ("I", "l"),
        ("h", "b"),
        ("n", "ri"),
        ("e", "c"),
        ("u", "ii"),
        ("d", "cl"),
        ("T", "7"),
        ("g", "q"),
        ("B", "8"),
        ("S", "5"),
    )
    for _ in range(rng.choice((2, 3))):
        options = [(a, b) for a, b in subs if a in word]
        r = rng.random()
        if r < 0.25:
            word = strip_marks(word)
        elif r < 0.35 and len(word) > 3:
            j = rng.randint(2, len(word) - 1)
            word = word[:j] + " " + word[j:]
        elif options:
            a, b = rng.choice(options)
            idx = [i for i in range(len(word)) if word.startswith(a, i)]
            i = rng.choice(idx)
            word = word[:i] + b + word[i + len(a) :]
    return word


def heavy_ocr(reg: Registers, rng: random.Random) -> Made | None:
    """A scanned form read by OCR: two or three confusions in two or three words of the units
    (`rn`/`m`, `l`/`1`, `O`/`0`, `h`/`b`, a word broken by a space, diacritics lost on some
    words only). Drawn only when no damaged name is another unit's name."""
    o = _old(rng, reg)
    p = reg.old_province[o.p_code]
    truth = reg.successors[o.code]
    names = [o.short, o.d_short, p.short]
    words = [(i, j) for i, n in enumerate(names) for j, w in enumerate(n.split()) if not w.isdigit()]
    if len(words) < 2:
        return None
    hit = set(rng.sample(words, min(len(words), rng.choice((2, 3)))))
    damaged = []
    for i, n in enumerate(names):
        ws = n.split()
        damaged.append(" ".join(ocr_word(rng, w) if (i, j) in hit else w for j, w in enumerate(ws)))
    for before, after in zip(names, damaged, strict=True):
        if after != before and _is_name(reg, after):
            return None
    parts = [head(rng, o.type, o.p_code), typed(o.type, damaged[0]), typed(o.d_type, damaged[1])]
    parts.append(typed(p.type, damaged[2]))
    fits = old_reading(reg, o, marked=False)
    return ", ".join(parts), truth, _also(truth, fits), _note(reg, o, truth)


# ---------------------------------------------------------------------------------------------


def mixed_old_new(reg: Registers, rng: random.Random) -> Made | None:
    """Old and new parts mixed inconsistently: a new commune with an old district of its new
    province that holds none of its constituents; an old commune (with its district) under a new
    province that does not contain it; a new commune under the old province of one of its
    constituents. Every reading of a contradictory text is named (under the district written, a
    commune of that name whatever its type word: `Phường Hưng Đạo, Thành phố Chí Linh` may be
    the old Xã Hưng Đạo there)."""
    form = rng.choice(("new_wrong_district", "old_wrong_province", "new_old_province"))
    if form == "old_wrong_province":
        o = _old(rng, reg)
        same = [c for c in reg.old_by_key[(True, fold(o.short))] if reg.old[c].type == o.type]
        if [c for c in same if fold(reg.old[c].d_short) == fold(o.d_short)] != [o.code]:
            return None  # the commune and district name it alone in the country
        own = reg.to_new_province[o.p_code]
        q = reg.new_province[rng.choice([c for c in sorted(reg.new_province) if c != own])]
        truth = reg.successors[o.code]
        text = ", ".join([head(rng, o.type, o.p_code), typed(o.type, o.short), typed(o.d_type, o.d_short)])
        text += ", " + province_text(rng, q)
        ct = frozenset({o.type})
        dfit = named(o.d_short, frozenset({o.d_type}))
        fits = readings(reg, o.short, ct, True, dfit, None)
        fits |= readings(reg, o.short, ct, True, None, named(q.short))
        return text, truth, _also(truth, fits), f"{_note(reg, o, truth)}; province written {q.short}"
    n = _new(rng, reg)
    np = reg.new_province[n.p_code]
    truth = (n.code,)
    olds = [reg.old[c] for c in reg.constituents.get(n.code, ())]
    if not olds:
        return None
    if form == "new_wrong_district":
        own = {x.d_code for x in olds}
        ds = [d for q in reg.old_provinces_of[n.p_code] for d in reg.districts_of[q] if d not in own]
        ds = [d for d in ds if reg.district[d][1] not in {x.d_short for x in olds}]
        if not ds:
            return None
        d_type, d_short, _ = reg.district[rng.choice(ds)]
        text = ", ".join([head(rng, n.type, n.p_code), typed(n.type, n.short), typed(d_type, d_short)])
        text += ", " + province_text(rng, np)
        fits = new_reading(reg, n)
        fits |= readings(reg, n.short, None, True, named(d_short, frozenset({d_type})), None)
        return text, truth, _also(truth, fits), f"{_new_note(reg, n)}; district written {d_type} {d_short}"
    x = rng.choice(olds)
    op = reg.old_province[x.p_code]
    if fold(op.short) == fold(np.short):
        return None
    text = ", ".join([head(rng, n.type, n.p_code), typed(n.type, n.short), province_text(rng, op)])
    fits = readings(reg, n.short, n.types, True, None, named(op.short))
    return text, truth, _also(truth, fits), f"{_new_note(reg, n)}; old province written {op.short}"


# ---------------------------------------------------------------------------------------------


def very_short(reg: Registers, rng: random.Random) -> Made | None:
    """Very short addresses: the commune's bare name and a province (`Tân Phú, Đồng Nai`), a
    numbered ward and its district (`P.3, Q.5`), the typed commune alone (`xã Đông Thạnh`), the
    commune and its district untyped. Every unit the few words fit is named."""
    form = rng.choice(("name_province", "ward_district", "commune_alone", "commune_district", "new_name_province"))
    if form == "new_name_province":
        n = _new(rng, reg)
        np = reg.new_province[n.p_code]
        text = f"{n.short}, {np.short}"
        truth = (n.code,)
        fits = readings(reg, n.short, None, True, None, named(np.short))
        return text, truth, _also(truth, fits), f"{_new_note(reg, n)} [{form}]"
    o = _old(rng, reg)
    truth = reg.successors[o.code]
    p = reg.old_province[o.p_code]
    if form == "name_province":
        if o.short.isdigit():
            return None
        text = f"{o.short}, {p.short}"
        fits = readings(reg, o.short, None, True, None, named(p.short))
    elif form == "ward_district":
        if not (o.type == "phường" and o.short.isdigit()):
            return None
        d = f"Q.{o.d_short}" if o.d_type == "quận" else typed(o.d_type, o.d_short, "abbr")
        text = f"P.{o.short}, {d}"
        fits = readings(reg, o.short, frozenset({"phường"}), True, named(o.d_short, frozenset({o.d_type})), None)
    elif form == "commune_alone":
        if o.short.isdigit():
            return None
        text = f"{o.type} {o.short}"
        fits = readings(reg, o.short, frozenset({o.type}), True, None, None)
    else:
        if o.short.isdigit() or o.d_short.isdigit():
            return None
        text = f"{o.short}, {o.d_short}"
        fits = readings(reg, o.short, None, True, named(o.d_short), None)
    return text, truth, _also(truth, fits), f"{_note(reg, o, truth)} [{form}]"


# ---------------------------------------------------------------------------------------------


def generate(n_per_family: int, seed: int, reference: Path | None = None) -> list[Case]:
    """`n_per_family` addresses for each family, reproducible for a seed."""
    reg = load(reference or reference_dir())
    rng = random.Random(seed)
    makers: dict[str, Callable[[Registers, random.Random], Made | None]] = {
        "compound_noise": compound_noise,
        "directions": directions,
        "delivery_notes": delivery_notes,
        "hamlet_namesake": hamlet_namesake,
        "town_same_name": town_same_name,
        "province_namesake": province_namesake,
        "new_form_old_unit": new_form_old_unit,
        "numbers": numbers,
        "admin_first": admin_first,
        "heavy_ocr": heavy_ocr,
        "mixed_old_new": mixed_old_new,
        "very_short": very_short,
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
