"""A ninth independent noise model of Vietnamese addresses (set i), written from the registers only.

    from benchmarks.independent_i import generate
    cases = generate(300, 2612, Path("../shared/reference"))

Written without reading the address reader, its case files or the bodies of the other models (only
set h's frame: registers, keys and readings, and the family lists of sets a-h, to write other
shapes). Set i is about how real registers and their exports print addresses: the QR code of a
chip identity card (`|`-separated fields: number, old number, name, birth date, sex, address,
issue date); the card's bilingual labels (`Nơi thường trú / Place of residence:`) with the address
in capitals, marked or ASCII; the national business-registration portal (`Địa chỉ trụ sở chính:
Số 12, Đường ..., Xã X, Huyện Y, Tỉnh Z, Việt Nam` with phone, e-mail and the managing tax office);
tax-code listings (`0101234567 - CÔNG TY ... - address - Chi cục Thuế ...`, tax offices' own
abbreviations `H.`, `T.`, `TP.`, `TX.`, `Tx`); cadastral books (parcel, map sheet, area, land-use
code `ONT`/`LUC`/`CLN`, `xứ đồng`, lower-case type words, `Bản đồ địa chính xã X`); school and
health records whose parent address is glued from separate cells, some empty (`, , Xã X, , Tỉnh
Y`), some in column order district before commune; spreadsheet exports with province, district and
commune in their own columns joined by ` | `, a tab or `;`, province first, type words in the
header only; the new two-level form as a new clerk writes it, with the 2026 changes of type
(`Phường Tiên Du, Thành phố Bắc Ninh`) and the special zones; old unit codes written beside or
instead of the commune's name (`Mã xã 27001`, `Xã X (mã ĐVHC 27001)`, `80-802-27001`); the farm
town of Việt Lâm (`TTNT Việt Lâm`) and Xã Nông Trường, border-post addresses (`Đồn Biên phòng X,
xã X`) and island communes (`xã đảo`); apostrophes in minority-language names printed with other
glyphs (`’`, `‘`, `` ` ``, `´`, `ʼ`) and in capitals (`EA H’LEO`); text typed without a Vietnamese
keyboard (no marks, `dd` for đ, now and then one word left in Telex: `Huyeenj`, `Xax`); the wrong
but common province of merged provinces (the new province with the old district, `(mới)`, `sau
sáp nhập`; the old province after the new commune); and mixtures of two of these. It uses the
standard library only and imports nothing of the project.

Every address is built from real units of `old_units.csv` / `new_units.csv`. `truth` comes from the
crosswalk (`commune_mapping.csv`): every successor of the old commune written (several when it was
split), or the new commune itself for the new form. `also_named` is every new commune the written
words also fit: the commune's name (and type word, when written) is looked up in both registers,
keeping the units whose district and province fit the text, read as an old address and as a new
one. A written unit code is read in both registers. Landmarks named after the commune itself (the
border post, `Bản đồ địa chính xã X`) and the managing tax office (named after the district written)
are not other readings.

First figures, when the set was written (the reader of main e16ac32, which had not seen it),
`evaluate_independent.py --set i --n 300` at seeds 2612 / 7 / 99, in % of each family ("flagged"
is split/ambiguous listing the truth):

    family               right           flagged           flagged w/o truth  unmatched       confidently wrong
    cccd_qr              0/0/0           0/0/0             0/0/0              100/100/100     0/0/0
    card_caps            93/97/94        7/3/6             0/0/0              0/0/0           0/0/0
    enterprise_portal    49/47/52        51/53/48          0/0/0              0/0/0           0/0/0
    tax_listing          37/37/42        63/63/58          0/0/0              0/0/0           0/0/0
    cadastral_book       95/91/94        5/9/6             0/0/0              0/0/0           0/0/0
    school_cells         89/89/89        10/11/11          0/0/0              0/0/0           0/0/0
    excel_columns        78/76/81        16/17/15          1/4/1              5/3/3           0/2/1
    new_clerk            96/96/97        4/4/3             0/0/0              0/0/0           0/0/0
    unit_codes           42/34/35        39/46/45          6/7/5              13/13/15        0/0/0
    farms_posts_islands  61/62/65        39/38/35          0/0/0              0/0/0           0/0/0
    apostrophe_glyphs    100/100/100     0/0/0             0/0/0              0/0/0           0/0/0
    no_vn_keyboard       95/93/92        5/7/8             0/0/0              0/0/0           0/0/0
    merged_province      82/84/82        1/2/2             0/0/0              17/14/16        0/0/0
    mixtures             55/59/53        29/24/29          2/2/2              13/15/16        0/0/0
    all (4,200 each)     69.5/68.8/69.7  19.2/19.8/19.0    0.6/1.0/0.6        10.6/10.4/10.7  0/2/1

The confidently wrong answers are all spreadsheet columns without type words: `Phú Thọ | Phú Thọ |
Phú Hộ | Ấp 9` (old Xã Phú Hộ of Thị xã Phú Thọ, truth 07954 Phường Phong Châu) read as Phường Phú
Thọ 07942 (already_new); `3036 | Phú Thọ | Đoan Hùng | Hùng Xuyên` (truth 07999 Xã Chí Đám) read
as Xã Tiên La 12634 of Hưng Yên; `1883 ; Hồ Chí Minh ; 11 ; 5 ; Khu phố 15` (Phường 5 of Quận 11,
truth 27211 Phường Hòa Bình) read as Phường Chợ Lớn 27343. A draft of the model also found `Ddoi
3, Xa Ia Tor, Gia Lai` (truth 23908 Xã Ia Tôr) read as Xã Ia Krái 23776. What is not right is
mostly: the QR code's fields (all unmatched); the managing tax office after the address (`Chi cục
Thuế huyện Y`, `CCT H.Y`: flagged with every commune of the district); codes in brackets after each
unit (`Xã X [02728], Huyện Y [082]`: unmatched, or flagged with wards of Hồ Chí Minh City); `sau
sáp nhập` after the new province (unmatched); a code beside or instead of the name (flagged with
the district's communes); the island commune written `xã đảo` (flagged with the truth only) and the
farm town `TTNT Việt Lâm` (flagged with Xã Việt Lâm).
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
    "cccd_qr",
    "card_caps",
    "enterprise_portal",
    "tax_listing",
    "cadastral_book",
    "school_cells",
    "excel_columns",
    "new_clerk",
    "unit_codes",
    "farms_posts_islands",
    "apostrophe_glyphs",
    "no_vn_keyboard",
    "merged_province",
    "mixtures",
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
    new_province_after: dict[str, str] = field(default_factory=dict)  # p -> its type after 2026
    to_new_province: dict[str, str] = field(default_factory=dict)
    successors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    constituents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    old_by_key: dict[tuple[bool, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    new_by_key: dict[tuple[bool, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    by_district: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    district: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # d -> (type, short, old p)
    keys: set[str] = field(default_factory=set)  # marked and unmarked keys of every unit name
    old_codes: list[str] = field(default_factory=list)
    new_codes: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # new communes re-typed after July 2025
    apostrophes: list[str] = field(default_factory=list)  # old communes with ' in their or the district's name
    islands: list[str] = field(default_factory=list)  # old communes of island districts
    border: list[str] = field(default_factory=list)  # old xã of border provinces


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


_ISLAND_DISTRICTS = {"Vân Đồn", "Cô Tô", "Cát Hải", "Phú Quốc", "Kiên Hải", "Phú Quý", "Phú Quí"}
_BORDER_PROVINCES = {
    "02", "04", "10", "11", "12", "14", "20", "22", "38", "40", "42", "44", "45", "46", "49",
    "62", "64", "66", "67", "70", "72", "80", "87", "89", "91",
}  # fmt: skip


@cache
def _load(reference: Path) -> Registers:
    reg = Registers()
    for r in _rows(reference / "old_provinces.csv"):
        reg.old_province[r["province_code"]] = Province(
            r["province_code"], r["province_type"], r["province_short_name"]
        )
        reg.to_new_province[r["province_code"]] = r["new_province_code"]
    for r in _rows(reference / "new_provinces.csv"):
        reg.new_province[r["province_code"]] = Province(
            r["province_code"], r["province_type"], r["province_short_name"]
        )
    for r in _rows(reference / "old_districts.csv"):
        reg.district[r["district_code"]] = (r["district_type"], r["district_short_name"], r["province_code"])
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
        for marked in (True, False):
            reg.old_by_key[(marked, fold(o.short, marked))].append(o.code)
        if "'" in o.short or "'" in o.d_short:
            reg.apostrophes.append(o.code)
        if o.d_short in _ISLAND_DISTRICTS:
            reg.islands.append(o.code)
        if o.p_code in _BORDER_PROVINCES and o.type == "xã":
            reg.border.append(o.code)
    changes = _rows(reference / "register_changes.csv")
    later = {r["code"]: r["type_after"] for r in changes if r["level"] == "commune"}
    reg.new_province_after = {r["code"]: r["type_after"] for r in changes if r["level"] == "province"}
    for r in _rows(reference / "new_units.csv"):
        code = r["commune_code"]
        types = frozenset({r["commune_type"]} | ({later[code]} if code in later else set()))
        n = New(code, r["commune_type"], types, r["commune_short_name"], r["province_code"])
        reg.new[code] = n
        for marked in (True, False):
            reg.new_by_key[(marked, fold(n.short, marked))].append(code)
    reg.changed = sorted(c for c in later if c in reg.new)
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
) -> set[str]:
    """Every new commune the text can mean, read as an old address and as a new one. A district
    written with no province may be the province itself."""
    found: set[str] = set()
    key = fold(commune, marked)
    for code in reg.old_by_key.get((marked, key), ()):
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


def old_reading(
    reg: Registers,
    o: Old,
    marked: bool = True,
    typed: bool = True,
    district: bool = True,
    province: bool = True,
    district_typed: bool | None = None,
) -> set[str]:
    p = reg.old_province[o.p_code]
    ct = frozenset({o.type}) if typed else None
    dt = typed if district_typed is None else district_typed
    dfit = named(o.d_short, frozenset({o.d_type}) if dt else None, marked) if district else None
    pfit = named(p.short, None, marked) if province else None
    return readings(reg, o.short, ct, marked, dfit, pfit)


def new_reading(
    reg: Registers, n: New, marked: bool = True, typed: bool = True, province: str | None = None
) -> set[str]:
    p = province or reg.new_province[n.p_code].short
    return readings(reg, n.short, n.types if typed else None, marked, None, named(p, None, marked))


# ---------------------------------------------------------------------------------------------
# Writing.

Made = tuple[str, tuple[str, ...], tuple[str, ...], str]

_TYPE_WORD = {
    "xã": "Xã",
    "phường": "Phường",
    "thị trấn": "Thị trấn",
    "đặc khu": "Đặc khu",
    "huyện": "Huyện",
    "quận": "Quận",
    "thị xã": "Thị xã",
    "thành phố": "Thành phố",
    "tỉnh": "Tỉnh",
}
# The tax offices' and land offices' own short forms of the type words.
_TAX_ABBR = {
    "xã": ("X.", "Xã"),
    "phường": ("P.", "Phường"),
    "thị trấn": ("TT.", "Thị trấn"),
    "huyện": ("H.", "Huyện"),
    "quận": ("Q.", "Quận"),
    "thị xã": ("TX.", "Tx"),
    "thành phố": ("TP.", "Tp"),
    "tỉnh": ("T.", "Tỉnh"),
}

_STREETS = (
    "Nguyễn Trãi",
    "Trần Hưng Đạo",
    "Hai Bà Trưng",
    "Phan Đình Phùng",
    "Nguyễn Văn Cừ",
    "Cách Mạng Tháng Tám",
    "Hoàng Hoa Thám",
    "Nguyễn Thị Minh Khai",
    "Tôn Đức Thắng",
    "Phạm Văn Đồng",
    "Võ Nguyên Giáp",
    "Nguyễn Chí Thanh",
)
_PEOPLE = (
    "Nguyễn Văn Hùng",
    "Trần Thị Mai",
    "Lê Minh Tuấn",
    "Phạm Thị Hương",
    "Hoàng Văn Nam",
    "Vũ Thị Lan",
    "Đỗ Đức Mạnh",
    "Bùi Thị Thu",
)
_COMPANIES = (
    "CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ HOÀNG GIA",
    "CÔNG TY CỔ PHẦN XÂY DỰNG SÔNG ĐÀ 25",
    "CÔNG TY TNHH MỘT THÀNH VIÊN NÔNG SẢN XANH",
    "DOANH NGHIỆP TƯ NHÂN VẬN TẢI TÂM ĐỨC",
    "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP ĐỒNG XANH",
    "CÔNG TY TNHH SẢN XUẤT BAO BÌ KIM NGÂN",
)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def typed(type_word: str, short: str) -> str:
    """`Xã Tân Phú`; numbered units keep their number (`Phường 3`)."""
    return f"{_TYPE_WORD[type_word]} {short}"


def _hamlet(rng: random.Random, o_type: str) -> str:
    n = rng.randint(1, 15)
    if o_type == "phường":
        return rng.choice((f"Tổ dân phố {n}", f"Tổ {n}", f"Khu phố {n}", f"Số {rng.randint(1, 200)} ngõ {n}"))
    if o_type == "thị trấn":
        return rng.choice((f"Tổ dân phố số {n}", f"Khu {n}", f"Tiểu khu {n}"))
    return rng.choice((f"Thôn {n}", f"Xóm {n}", f"Ấp {n}", f"Đội {n}", f"Tổ {n}"))


def _street(reg: Registers, rng: random.Random) -> str:
    for _ in range(8):
        s = rng.choice(_STREETS)
        if fold(s) not in reg.keys and fold(s, False) not in reg.keys:
            return s
    return "Nguyễn Trãi"


def _province_text(reg: Registers, p_code: str, new: bool = False, after: bool = False) -> str:
    p = (reg.new_province if new else reg.old_province)[p_code]
    t = reg.new_province_after.get(p_code, p.type) if new and after else p.type
    return typed(t, p.short)


def old_pick(reg: Registers, rng: random.Random) -> Old:
    return reg.old[rng.choice(reg.old_codes)]


def old_full(reg: Registers, o: Old) -> list[str]:
    """The three units of an old commune, typed."""
    return [typed(o.type, o.short), typed(o.d_type, o.d_short), _province_text(reg, o.p_code)]


def _truth(reg: Registers, o: Old) -> tuple[str, ...]:
    return reg.successors[o.code]


def _note(reg: Registers, o: Old) -> str:
    return f"old {o.code} {o.type} {o.short} / {o.d_short} / {reg.old_province[o.p_code].short}"


# Text typed without a Vietnamese keyboard: no marks, `dd` for đ; Telex keystrokes when the
# typist knows them (a letter after the vowel: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, dd đ; the tone
# as the last letter of the word: s sắc, f huyền, r hỏi, x ngã, j nặng).

_TELEX_TONE = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_TELEX_BASE = {"\u0306": "w", "\u0302": None, "\u031b": "w"}  # breve, circumflex (doubled), horn


def ascii_dd(text: str) -> str:
    return strip_marks(text.replace("đ", "dd").replace("Đ", "Dd"))


def telex(word: str) -> str:
    """The keys of one word; the tone key goes after the letters, before a comma or a bar."""
    tail = word[len(word.rstrip(",;|.")) :]
    out: list[str] = []
    tone = ""
    for ch in unicodedata.normalize("NFD", word[: len(word) - len(tail)].replace("đ", "dd").replace("Đ", "Dd")):
        if ch in _TELEX_TONE:
            tone = _TELEX_TONE[ch]
        elif ch in _TELEX_BASE:
            mark = _TELEX_BASE[ch]
            out.append(mark if mark else out[-1].lower())
        else:
            out.append(ch)
    return "".join(out) + tone + tail


def _plain(rng: random.Random, text: str, telex_share: float = 0.0) -> str:
    """ASCII with `dd`; now and then one word in Telex instead."""
    words = text.split(" ")
    marked_words = [i for i, w in enumerate(words) if strip_marks(w) != w]
    keep = rng.choice(marked_words) if marked_words and rng.random() < telex_share else -1
    return " ".join(telex(w) if i == keep else ascii_dd(w) for i, w in enumerate(words))


# ---------------------------------------------------------------------------------------------
# The families. Each returns (address, truth, also_named, note) or None to draw again; `plain`
# prints the text without marks (the mixtures).


def cccd_qr(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """The QR code of a chip identity card: number|old number|name|birth|sex|address|issued."""
    o = old_pick(reg, rng)
    parts = old_full(reg, o)
    if rng.random() < 0.6:
        parts.insert(0, _hamlet(rng, o.type))
    address = ", ".join(parts)
    if plain:
        address = _plain(rng, address)
    p_digits = o.p_code.rjust(3, "0")
    number = f"{p_digits}{rng.choice('0123')}{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}"
    old_number = "" if rng.random() < 0.3 else f"{rng.randint(10000000, 399999999):09d}"
    name = rng.choice(_PEOPLE)
    if plain:
        name = ascii_dd(name)
    born = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(1950, 2005)}"
    issued = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(2016, 2024)}"
    sex = rng.choice(("Nam", "Nữ")) if not plain else rng.choice(("Nam", "Nu"))
    text = "|".join((number, old_number, name, born, sex, address, issued))
    truth = _truth(reg, o)
    return text, truth, _also(truth, old_reading(reg, o, marked=not plain)), _note(reg, o)


_LABELS = (
    ("Nơi thường trú / Place of residence:", "NOI THUONG TRU / PLACE OF RESIDENCE:"),
    ("Nơi cư trú / Place of residence:", "NOI CU TRU / PLACE OF RESIDENCE:"),
    ("Nơi đăng ký khai sinh / Place of birth:", "NOI DANG KY KHAI SINH / PLACE OF BIRTH:"),
)


def card_caps(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """The card's face: a bilingual label, the address in capitals (marked, or ASCII as some
    card readers print it), sometimes broken on two lines after the commune."""
    o = old_pick(reg, rng)
    parts = old_full(reg, o)
    if rng.random() < 0.5:
        parts.insert(0, _hamlet(rng, o.type))
    ascii_only = plain or rng.random() < 0.4
    label = rng.choice(_LABELS)[1 if ascii_only else 0]
    split = rng.random() < 0.4
    first, rest = parts[:-2], parts[-2:]
    body = ", ".join(first) + (",\n" if split else ", ") + ", ".join(rest)
    body = body.upper()
    if ascii_only:
        body = strip_marks(body)
    text = f"{label} {body}"
    truth = _truth(reg, o)
    return text, truth, _also(truth, old_reading(reg, o, marked=not ascii_only)), _note(reg, o)


def _tax_office(o: Old, abbreviated: bool) -> str:
    if abbreviated:
        return f"CCT {_TAX_ABBR[o.d_type][0]}{o.d_short}"
    return f"Chi cục Thuế {o.d_type} {o.d_short}"


def enterprise_portal(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """The business-registration portal: head office, `Việt Nam`, phone, e-mail, tax office."""
    o = old_pick(reg, rng)
    lead = f"Số {rng.randint(1, 300)}, Đường {_street(reg, rng)}" if o.type == "phường" else _hamlet(rng, o.type)
    parts = [lead, *old_full(reg, o), "Việt Nam"]
    address = ", ".join(parts)
    label = rng.choice(("Địa chỉ trụ sở chính:", "Địa chỉ trụ sở chính", "Trụ sở chính:", "Địa chỉ chi nhánh:"))
    extra = []
    if rng.random() < 0.6:
        extra.append(f"Điện thoại: 0{rng.randint(200, 299)}{rng.randint(1000000, 9999999)}")
    if rng.random() < 0.4:
        extra.append("Email: lienhe@congty.vn")
    if rng.random() < 0.5:
        extra.append(f"Cơ quan thuế quản lý: {_tax_office(o, False)}")
    text = f"{label} {address}" + ("" if not extra else rng.choice(("; ", "\n", " - ")) + "; ".join(extra))
    if plain:
        text = _plain(rng, text)
    truth = _truth(reg, o)
    return text, truth, _also(truth, old_reading(reg, o, marked=not plain)), _note(reg, o)


def tax_listing(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """A tax-code listing: code - taxpayer - address in the tax office's abbreviations - office."""
    o = old_pick(reg, rng)
    p = reg.old_province[o.p_code]
    style = rng.random()
    if style < 0.5:  # short forms glued to the name: X.Tân Phú, H.Đức Hòa, T.Long An
        cw = _TAX_ABBR[o.type][0]
        parts = [f"{cw}{o.short}", f"{_TAX_ABBR[o.d_type][0]}{o.d_short}", f"{_TAX_ABBR[p.type][0]}{p.short}"]
    else:  # the long forms of the tax software: `Tx`, `Tp`
        parts = [typed(o.type, o.short), f"{_TAX_ABBR[o.d_type][1]} {o.d_short}", f"{_TAX_ABBR[p.type][1]} {p.short}"]
    if rng.random() < 0.5:
        parts.insert(0, _hamlet(rng, o.type))
    tax_code = f"{rng.randint(100000000, 6399999999):010d}"
    if rng.random() < 0.3:
        tax_code += f"-{rng.randint(1, 20):03d}"
    who = rng.choice(_COMPANIES) if rng.random() < 0.6 else rng.choice(_PEOPLE).upper()
    fields = [tax_code, who, ", ".join(parts)]
    if rng.random() < 0.6:
        fields.append(_tax_office(o, rng.random() < 0.5))
    text = " - ".join(fields)
    if plain:
        text = _plain(rng, text)
    truth = _truth(reg, o)
    return text, truth, _also(truth, old_reading(reg, o, marked=not plain)), _note(reg, o)


_LAND_USE = ("ONT", "ODT", "LUC", "CLN", "BHK", "NTS", "RSX")
_FIELDS = ("Đồng Trên", "Cửa Làng", "Bãi Giữa", "Gò Cao", "Đồng Sau", "Bờ Hồ")


def cadastral_book(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """A cadastral book: parcel, map sheet, area, land use, then the place in lower-case types."""
    o = old_pick(reg, rng)
    parcel, sheet = rng.randint(1, 1500), rng.randint(1, 80)
    area = f"{rng.randint(40, 3000)},{rng.randint(0, 9)}"
    use = rng.choice(_LAND_USE)
    p = reg.old_province[o.p_code]
    units = [f"{o.type} {o.short}", f"{o.d_type} {o.d_short}"]
    with_province = rng.random() < 0.6
    if with_province:
        units.append(f"{p.type} {p.short}")
    place = ", ".join(units)
    if rng.random() < 0.4:
        place = f"xứ đồng {rng.choice(_FIELDS)}, {place}"
    style = rng.randrange(3)
    if style == 0:
        text = f"Thửa đất số {parcel}, tờ bản đồ số {sheet}, {place}"
    elif style == 1:
        text = (
            f"Thửa số: {parcel}; Tờ bản đồ số: {sheet}; Diện tích: {area} m²; Mục đích sử dụng: {use}; "
            f"Địa chỉ thửa đất: {place}"
        )
    else:
        text = f"Tờ {sheet} thửa {parcel} ({area} m², {use}) - Bản đồ địa chính {o.type} {o.short} - {place}"
    if plain:
        text = _plain(rng, text)
    truth = _truth(reg, o)
    also = old_reading(reg, o, marked=not plain, province=with_province)
    return text, truth, _also(truth, also), _note(reg, o)


def school_cells(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """A pupil's or patient's address glued from cells (house, hamlet, commune, district,
    province), empty cells kept as `, ,`, and some schools' column order district first."""
    o = old_pick(reg, rng)
    p = reg.old_province[o.p_code]
    with_types = rng.random() < 0.7
    commune = typed(o.type, o.short) if with_types else o.short
    district = typed(o.d_type, o.d_short) if with_types else o.d_short
    province = typed(p.type, p.short) if with_types else p.short
    hamlet = _hamlet(rng, o.type) if rng.random() < 0.5 else ""
    house = "" if rng.random() < 0.7 else f"Số {rng.randint(1, 120)}"
    drop_district = rng.random() < 0.3
    drop_province = not drop_district and rng.random() < 0.2
    d_cell = "" if drop_district else district
    p_cell = "" if drop_province else province
    order = rng.randrange(3)
    if order == 0:
        cells = [house, hamlet, commune, d_cell, p_cell]
    elif order == 1:  # district column before the commune column
        cells = [house, hamlet, d_cell, commune, p_cell]
    else:  # province, district, commune, then the hamlet
        cells = [p_cell, d_cell, commune, hamlet, house]
    if order != 0 and not with_types:
        return None  # an untyped commune after an untyped district is anyone's guess
    text = ", ".join(cells)
    if plain:
        text = _plain(rng, text)
    truth = _truth(reg, o)
    also = old_reading(
        reg, o, marked=not plain, typed=with_types, district=not drop_district, province=not drop_province
    )
    return text, truth, _also(truth, also), _note(reg, o)


def excel_columns(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """Province, district and commune in their own columns, joined by a fixed separator, the
    type words in the header only (or kept), province first."""
    o = old_pick(reg, rng)
    p = reg.old_province[o.p_code]
    with_types = rng.random() < 0.5
    if with_types:
        cells = [typed(p.type, p.short), typed(o.d_type, o.d_short), typed(o.type, o.short)]
    else:
        cells = [p.short, o.d_short, o.short]
    if rng.random() < 0.4:
        cells.append(_hamlet(rng, o.type))
    if rng.random() < 0.3:
        cells.insert(0, str(rng.randint(1, 5000)))  # the row number column
    sep = rng.choice((" | ", "\t", ";", " ; ", "|"))
    text = sep.join(cells)
    if plain:
        text = _plain(rng, text)
    truth = _truth(reg, o)
    also = old_reading(reg, o, marked=not plain, typed=with_types)
    return text, truth, _also(truth, also), _note(reg, o)


def new_clerk(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """The new two-level form written right by a new clerk, with the 2026 changes of type."""
    if reg.changed and rng.random() < 0.25:
        n = reg.new[rng.choice(reg.changed)]
        after = True
    else:
        n = reg.new[rng.choice(reg.new_codes)]
        after = rng.random() < 0.5
    t = sorted(n.types - {n.type})[0] if after and len(n.types) > 1 else n.type
    p_text = _province_text(reg, n.p_code, new=True, after=after)
    lead = _hamlet(rng, t)
    if t == "phường" and rng.random() < 0.5:
        lead = f"Số {rng.randint(1, 300)} {_street(reg, rng)}"
    style = rng.randrange(4)
    if style == 0:
        text = f"{typed(t, n.short)}, {p_text}"
    elif style == 1:
        text = f"{lead}, {typed(t, n.short)}, {p_text}"
    elif style == 2:
        text = f"Địa chỉ cư trú: {lead}, {typed(t, n.short)}, {p_text}, Việt Nam"
    else:
        text = f"{lead} - {typed(t, n.short)} - {p_text}"
    if plain:
        text = _plain(rng, text)
    truth = (n.code,)
    also = new_reading(reg, n, marked=not plain)
    return text, truth, _also(truth, also), f"new {n.code} {t} {n.short}"


def unit_codes(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """Old unit codes beside or instead of the commune's name."""
    o = old_pick(reg, rng)
    p = reg.old_province[o.p_code]
    d_text, p_text = typed(o.d_type, o.d_short), typed(p.type, p.short)
    style = rng.randrange(5)
    name_written = True
    if style == 0:
        text = f"{typed(o.type, o.short)} (mã ĐVHC {o.code}), {d_text}, {p_text}"
    elif style == 1:
        text = f"Mã xã {o.code}, {d_text}, {p_text}"
        name_written = False
    elif style == 2:
        text = f"{o.p_code}-{o.d_code}-{o.code} {typed(o.type, o.short)}, {d_text}, {p_text}"
    elif style == 3:
        text = f"Mã tỉnh: {o.p_code}; Mã huyện: {o.d_code}; Mã xã: {o.code}; {typed(o.type, o.short)}, {d_text}"
    else:
        c_text = f"{typed(o.type, o.short)} [{o.code}]"
        text = f"{_hamlet(rng, o.type)}, {c_text}, {d_text} [{o.d_code}], {p_text} [{o.p_code}]"
    if plain:
        text = _plain(rng, text)
    truth = _truth(reg, o)
    also = old_reading(reg, o, marked=not plain, province=style != 3) if name_written else set()
    if o.code in reg.new and reg.new[o.code].p_code == reg.to_new_province[o.p_code]:
        also.add(o.code)  # the same code in the new register, same province
    return text, truth, _also(truth, also), _note(reg, o)


def farms_posts_islands(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """The farm town (`Thị trấn Nông trường Việt Lâm`, `TTNT`), Xã Nông Trường, border posts
    named after their commune, island communes written `xã đảo`."""
    kind = rng.randrange(4)
    if kind == 0:
        farms = [c for c in reg.old_codes if reg.old[c].short.startswith("Nông trường ")]
        if not farms:
            return None
        o = reg.old[rng.choice(farms)]
        rest = o.short.removeprefix("Nông trường ")
        p = reg.old_province[o.p_code]
        forms = (
            (f"Thị trấn Nông trường {rest}", True),
            (f"TTNT {rest}", True),
            (f"TT. NT {rest}", True),
            (f"Thị trấn NT {rest}", True),
            (f"Nông trường {rest}", True),
        )
        c_text, _ = rng.choice(forms)
        text = f"{_hamlet(rng, o.type)}, {c_text}, {typed(o.d_type, o.d_short)}, {typed(p.type, p.short)}"
        truth = _truth(reg, o)
        also = old_reading(reg, o)
    elif kind == 1:
        farms = [c for c in reg.old_codes if fold(reg.old[c].short) == fold("Nông Trường")]
        if not farms:
            return None
        o = reg.old[rng.choice(farms)]
        text = f"Thôn {rng.randint(1, 9)}, xã Nông Trường, huyện {o.d_short}, {_province_text(reg, o.p_code)}"
        truth = _truth(reg, o)
        also = old_reading(reg, o, district_typed=True)
    elif kind == 2:
        o = reg.old[rng.choice(reg.border)]
        post = rng.choice(("Đồn Biên phòng", "Đồn BP", "Đồn biên phòng"))
        d_text = typed(o.d_type, o.d_short)
        text = f"{post} {o.short}, {typed(o.type, o.short)}, {d_text}, {_province_text(reg, o.p_code)}"
        truth = _truth(reg, o)
        also = old_reading(reg, o)
    else:
        o = reg.old[rng.choice(reg.islands)]
        c_text = f"xã đảo {o.short}" if o.type == "xã" else typed(o.type, o.short)
        text = f"{_hamlet(rng, o.type)}, {c_text}, {typed(o.d_type, o.d_short)}, {_province_text(reg, o.p_code)}"
        truth = _truth(reg, o)
        also = old_reading(reg, o, typed=o.type != "xã", district_typed=True)
    if plain:
        text = _plain(rng, text)
        also = old_reading(reg, o, marked=False, typed=False)
    return text, truth, _also(truth, also), _note(reg, o)


_GLYPHS = ("\u2019", "\u2018", "`", "\u00b4", "\u02bc", "'")


def apostrophe_glyphs(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """Minority-language names with an apostrophe printed as another glyph, in capitals or with
    the letter after it capitalised (`Ea H’Leo`)."""
    if not reg.apostrophes:
        return None
    o = reg.old[rng.choice(reg.apostrophes)]
    glyph = rng.choice(_GLYPHS)

    def mark(name: str) -> str:
        name = name.replace("' ", "'")  # `Ia H' Drai` as the other registers print it
        if rng.random() < 0.4:
            name = "'".join(_cap(part) for part in name.split("'"))
        return name.replace("'", glyph)

    p = reg.old_province[o.p_code]
    parts = [typed(o.type, mark(o.short)), typed(o.d_type, mark(o.d_short)), typed(p.type, p.short)]
    if rng.random() < 0.4:
        parts.insert(0, _hamlet(rng, o.type))
    text = ", ".join(parts)
    if rng.random() < 0.3:
        text = text.upper()
    if plain:
        text = _plain(rng, text)
    truth = _truth(reg, o)
    return text, truth, _also(truth, old_reading(reg, o, marked=not plain)), _note(reg, o)


def no_vn_keyboard(reg: Registers, rng: random.Random, plain: bool = True) -> Made | None:
    """Typed without a Vietnamese keyboard: no marks, `dd` for đ, lower case or not, and in a
    third of them one word left in Telex."""
    o = old_pick(reg, rng)
    if "đ" not in (o.short + o.d_short).lower() and rng.random() < 0.6:
        return None  # most of them have a đ to type
    parts = old_full(reg, o)
    if rng.random() < 0.5:
        parts.insert(0, _hamlet(rng, o.type))
    text = _plain(rng, ", ".join(parts), telex_share=0.33)
    if rng.random() < 0.3:
        text = text.lower()
    truth = _truth(reg, o)
    return text, truth, _also(truth, old_reading(reg, o, marked=False)), _note(reg, o)


def merged_province(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """The wrong but common province of merged provinces: the old commune and district with the
    new province (`(mới)`, `sau sáp nhập`), or the new commune with the old province."""
    if rng.random() < 0.6:
        o = old_pick(reg, rng)
        new_p = reg.to_new_province[o.p_code]
        if new_p == o.p_code:
            return None
        p_text = _province_text(reg, new_p, new=True)
        p_text = rng.choice((p_text, f"{p_text} (mới)", f"{p_text} sau sáp nhập", f"{p_text} mới"))
        text = f"{_hamlet(rng, o.type)}, {typed(o.type, o.short)}, {typed(o.d_type, o.d_short)}, {p_text}"
        if plain:
            text = _plain(rng, text)
        truth = _truth(reg, o)
        also = readings(
            reg,
            o.short,
            frozenset({o.type}),
            not plain,
            named(o.d_short, frozenset({o.d_type}), not plain),
            named(reg.new_province[new_p].short, None, not plain),
        )
        return text, truth, _also(truth, also), _note(reg, o) + f" with new province {new_p}"
    n = reg.new[rng.choice(reg.new_codes)]
    olds = sorted({reg.old[c].p_code for c in reg.constituents.get(n.code, ())})
    olds = [p for p in olds if fold(reg.old_province[p].short) != fold(reg.new_province[n.p_code].short)]
    if not olds:
        return None
    old_p = reg.old_province[rng.choice(olds)]
    p_text = rng.choice((typed(old_p.type, old_p.short), f"{typed(old_p.type, old_p.short)} (cũ)", old_p.short))
    text = f"{_hamlet(rng, n.type)}, {typed(n.type, n.short)}, {p_text}"
    if plain:
        text = _plain(rng, text)
    truth = (n.code,)
    also = new_reading(reg, n, marked=not plain, province=old_p.short)
    return text, truth, _also(truth, also), f"new {n.code} {n.short} with old province {old_p.code}"


_MIXABLE: tuple[Callable[[Registers, random.Random, bool], Made | None], ...] = (
    cccd_qr,
    enterprise_portal,
    tax_listing,
    cadastral_book,
    school_cells,
    excel_columns,
    new_clerk,
    unit_codes,
    merged_province,
)


def mixtures(reg: Registers, rng: random.Random, plain: bool = False) -> Made | None:
    """Two of the above: a register's shape typed without a Vietnamese keyboard, or a card's QR
    code and a merged province, or an export in capitals."""
    roll = rng.random()
    if roll < 0.6:
        maker = rng.choice(_MIXABLE)
        made = maker(reg, rng, True)
        if made is None:
            return None
        return made[0], made[1], made[2], f"{maker.__name__} typed plain; {made[3]}"
    if roll < 0.8:  # a spreadsheet column export of the new province with the old district
        o = old_pick(reg, rng)
        new_p = reg.to_new_province[o.p_code]
        if new_p == o.p_code:
            return None
        sep = rng.choice((" | ", "\t", ";"))
        text = sep.join((_province_text(reg, new_p, new=True), typed(o.d_type, o.d_short), typed(o.type, o.short)))
        truth = _truth(reg, o)
        also = readings(
            reg,
            o.short,
            frozenset({o.type}),
            True,
            named(o.d_short, frozenset({o.d_type})),
            named(reg.new_province[new_p].short),
        )
        return text, truth, _also(truth, also), _note(reg, o) + " columns, new province"
    made = unit_codes(reg, rng)
    if made is None:
        return None
    return made[0].upper(), made[1], made[2], "unit_codes in capitals; " + made[3]


def generate(n_per_family: int, seed: int, reference: Path | None = None) -> list[Case]:
    """`n_per_family` addresses for each family, reproducible for a seed."""
    reg = load(reference or reference_dir())
    rng = random.Random(seed)
    makers: dict[str, Callable[[Registers, random.Random], Made | None]] = {
        "cccd_qr": cccd_qr,
        "card_caps": card_caps,
        "enterprise_portal": enterprise_portal,
        "tax_listing": tax_listing,
        "cadastral_book": cadastral_book,
        "school_cells": school_cells,
        "excel_columns": excel_columns,
        "new_clerk": new_clerk,
        "unit_codes": unit_codes,
        "farms_posts_islands": farms_posts_islands,
        "apostrophe_glyphs": apostrophe_glyphs,
        "no_vn_keyboard": no_vn_keyboard,
        "merged_province": merged_province,
        "mixtures": mixtures,
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
