"""A third independent noise model of Vietnamese addresses (set c), written from the registers only.

    from benchmarks.independent_c import generate
    cases = generate(300, 1507, Path("../shared/reference"))

Written without reading the address reader, its dev set or the other two noise models, from what
households, clerks, land offices, health-insurance cards, schools, post offices and OCR actually
produce. Every family imitates one source of addresses (see FAMILIES and the family functions).
It uses the standard library only and imports nothing of the project.

Ground truth comes from the crosswalk (`commune_mapping.csv`): an old commune's acceptable answers are
all its successors (several when it was split); a new-form address's answer is the new commune itself.
`also_named` is not empty when the words written genuinely fit several units: the model looks the
written names up in the registers itself (type word, commune, district, province, with or without
diacritics), and lists every new commune such a reading leads to.
"""

from __future__ import annotations

import csv
import os
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

FAMILIES = (
    "household_register",
    "land_certificate",
    "health_card",
    "school_record",
    "caps_no_marks",
    "ime_encoding",
    "numbered_ward",
    "town_and_city",
    "new_province_old_commune",
    "old_new_note",
    "old_now_new",
    "trailing_noise",
    "no_province",
    "reversed_order",
    "one_letter_typo",
    "english",
)


@dataclass(frozen=True)
class Case:
    family: str
    address: str
    truth: tuple[str, ...]  # every acceptable new commune code
    also_named: tuple[str, ...]  # every new commune the words could mean, when more than the truth
    old_codes: tuple[str, ...]  # the old commune(s) the address was written from (empty: new form)
    several: bool  # the text genuinely names several units
    note: str = ""


def default_reference() -> Path:
    """`$ADMIN_MERGE_REFERENCE`, else ../shared/reference beside the checkout."""
    env = os.environ.get("ADMIN_MERGE_REFERENCE")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "reference"


# ---------------------------------------------------------------------------------------------
# Text keys: written names compared the way a reader of the form would (tone placement ignored).

_TONE_MARKS = {"\u0300": "2", "\u0301": "1", "\u0309": "3", "\u0303": "4", "\u0323": "5"}


def plain(text: str) -> str:
    """Without any diacritic (đ -> d)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _syllable_key(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(_TONE_MARKS[c] for c in decomposed if c in _TONE_MARKS)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return base + tones


def _words(text: str) -> list[str]:
    cleaned = "".join(c if c.isalnum() else " " for c in text.lower())
    return [w.lstrip("0") or "0" if w.isdigit() else w for w in cleaned.split()]


def akey(text: str) -> str:
    """Name key with diacritics, independent of tone placement (hòa = hoà) and leading zeros."""
    return " ".join(_syllable_key(w) for w in _words(text))


def pkey(text: str) -> str:
    """Name key without diacritics."""
    return " ".join(_words(plain(text)))


# ---------------------------------------------------------------------------------------------
# Registers


@dataclass
class Old:
    code: str
    name: str
    type: str
    short: str
    en: str
    dcode: str
    dname: str
    dtype: str
    dshort: str
    den: str
    pcode: str
    successors: tuple[str, ...] = ()


@dataclass
class New:
    code: str
    name: str
    type: str
    short: str
    en: str
    pcode: str
    name_now: str = ""  # after the changes since July 2025 (a xã that became a phường)
    type_now: str = ""


@dataclass
class Province:
    code: str
    name: str
    type: str
    short: str
    en: str
    new: str = ""  # old province: its new province


@dataclass
class Data:
    old: dict[str, Old]
    new: dict[str, New]
    oldp: dict[str, Province]
    newp: dict[str, Province]
    merged: dict[str, tuple[str, ...]]  # new province -> old provinces
    districts: dict[str, tuple[str, str, str, str]]  # code -> (pcode, type, short, en)
    old_by: dict[tuple[bool, str], list[str]] = field(default_factory=dict)
    new_by: dict[tuple[bool, str], list[str]] = field(default_factory=dict)
    dist_by: dict[tuple[bool, str], list[str]] = field(default_factory=dict)
    prov_by: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict)
    old_list: list[str] = field(default_factory=list)
    new_list: list[str] = field(default_factory=list)
    numbered: list[str] = field(default_factory=list)
    towns: list[str] = field(default_factory=list)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# Other ways people write a province (the alias is looked up as the province it stands for).
PROVINCE_SPELLINGS: dict[str, tuple[str, ...]] = {
    "01": ("Hà Nội", "HN", "TP Hà Nội", "TP. Hà Nội", "Thủ đô Hà Nội"),
    "79": ("TP.HCM", "TPHCM", "TP HCM", "Tp. Hồ Chí Minh", "Sài Gòn", "HCM", "TP. Hồ Chí Minh"),
    "77": ("BR-VT", "BRVT", "Bà Rịa Vũng Tàu", "Bà Rịa-Vũng Tàu", "tỉnh BR-VT"),
    "46": ("Thừa Thiên Huế", "TT Huế", "Thừa Thiên - Huế", "TT-Huế"),
    "66": ("Đăk Lăk", "Đắc Lắc", "Daklak"),
    "67": ("Đăk Nông", "Đắc Nông"),
    "62": ("KonTum",),
    "48": ("TP Đà Nẵng", "Đà Nẵng"),
    "92": ("TP Cần Thơ", "Cần Thơ"),
    "31": ("TP Hải Phòng", "Hải Phòng"),
}
ENGLISH_PROVINCES = {"01": ("Hanoi", "Ha Noi"), "79": ("HCMC", "Saigon", "Ho Chi Minh City"), "46": ("Hue",)}


def load(reference: Path) -> Data:
    oldp = {
        r["province_code"]: Province(
            r["province_code"],
            r["province_name"],
            r["province_type"],
            r["province_short_name"],
            r["province_name_en"],
            r["new_province_code"],
        )
        for r in _rows(reference / "old_provinces.csv")
    }
    newp = {
        r["province_code"]: Province(
            r["province_code"], r["province_name"], r["province_type"], r["province_short_name"], r["province_name_en"]
        )
        for r in _rows(reference / "new_provinces.csv")
    }
    merged: dict[str, list[str]] = defaultdict(list)
    for p in sorted(oldp.values(), key=lambda p: p.code):
        merged[p.new].append(p.code)
    districts = {
        r["district_code"]: (r["province_code"], r["district_type"], r["district_short_name"], r["district_name_en"])
        for r in _rows(reference / "old_districts.csv")
    }
    old = {
        r["commune_code"]: Old(
            r["commune_code"],
            r["commune_name"],
            r["commune_type"],
            r["commune_short_name"],
            r["commune_name_en"],
            r["district_code"],
            r["district_name"],
            r["district_type"],
            districts[r["district_code"]][2],
            r["district_name_en"],
            r["province_code"],
        )
        for r in _rows(reference / "old_units.csv")
    }
    succ: dict[str, list[str]] = defaultdict(list)
    for r in _rows(reference / "commune_mapping.csv"):
        succ[r["old_commune_code"]].append(r["new_commune_code"])
    for code, o in old.items():
        o.successors = tuple(sorted(set(succ[code])))
    new = {
        r["commune_code"]: New(
            r["commune_code"],
            r["commune_name"],
            r["commune_type"],
            r["commune_short_name"],
            r["commune_name_en"],
            r["province_code"],
            r["commune_name"],
            r["commune_type"],
        )
        for r in _rows(reference / "new_units.csv")
    }
    for r in _rows(reference / "register_changes.csv"):
        if r["level"] == "commune" and r["code"] in new:
            new[r["code"]].name_now, new[r["code"]].type_now = r["name_after"], r["type_after"]
        elif r["level"] == "province" and r["code"] in newp:
            newp[r["code"]].type = r["type_after"]  # now a centrally-run city
            newp[r["code"]].name = r["name_after"]
    data = Data(old, new, oldp, newp, {k: tuple(v) for k, v in merged.items()}, districts)
    for plain_mode in (False, True):
        k = pkey if plain_mode else akey
        for code in sorted(old):
            data.old_by.setdefault((plain_mode, k(old[code].short)), []).append(code)
        for code in sorted(new):
            data.new_by.setdefault((plain_mode, k(new[code].short)), []).append(code)
        for code in sorted(districts):
            data.dist_by.setdefault((plain_mode, k(districts[code][2])), []).append(code)
    for p in oldp.values():
        for spelling in (
            p.short,
            p.name,
            p.en,
            *PROVINCE_SPELLINGS.get(p.code, ()),
            *ENGLISH_PROVINCES.get(p.code, ()),
        ):
            for key in (akey(spelling), pkey(spelling)):
                data.prov_by.setdefault(key, (set(), set()))[0].add(p.code)
    for p in newp.values():
        same = oldp[p.code].short == p.short if p.code in oldp else False
        extra = (*PROVINCE_SPELLINGS.get(p.code, ()), *ENGLISH_PROVINCES.get(p.code, ())) if same else ()
        for spelling in (p.short, p.name, p.en, *extra):
            for key in (akey(spelling), pkey(spelling)):
                data.prov_by.setdefault(key, (set(), set()))[1].add(p.code)
    data.old_list = sorted(old)
    data.new_list = sorted(new)
    data.numbered = [c for c in data.old_list if old[c].short.isdigit()]
    data.towns = [c for c in data.old_list if old[c].type == "thị trấn" or old[c].dtype in ("thị xã", "thành phố")]
    return data


# ---------------------------------------------------------------------------------------------
# What the written words can mean


_PROVINCE_WORDS = ("tỉnh", "thành phố", "tp", "t", "thủ đô", "province", "city")


def _province_codes(d: Data, text: str) -> tuple[set[str], set[str]]:
    """The old and new provinces a written province stands for (type word or not)."""
    for key in (akey(text), pkey(text)):
        if key in d.prov_by:
            return d.prov_by[key]
        for word in _PROVINCE_WORDS:
            for w in (akey(word), pkey(word)):
                if key.startswith(w + " ") and key[len(w) + 1 :] in d.prov_by:
                    return d.prov_by[key[len(w) + 1 :]]
                if key.endswith(" " + w) and key[: -len(w) - 1] in d.prov_by:
                    return d.prov_by[key[: -len(w) - 1]]
    raise KeyError(f"no province written as {text!r}")


def readings(
    d: Data,
    commune: str,
    ctype: str | None,
    district: str | None = None,
    dtype: str | None = None,
    province: str | None = None,
    plain_mode: bool = False,
    new_too: bool | None = None,
) -> set[str]:
    """Every new commune the words lead to: old communes of that name (type, district, province as
    written) through the crosswalk, and, when no district is written, new communes of that name in
    the province written."""
    k = pkey if plain_mode else akey
    old_provs: set[str] | None = None
    new_provs: set[str] | None = None
    if province is not None:
        olds, news = _province_codes(d, province)
        old_provs = set(olds) | {o for n in news for o in d.merged.get(n, ())}
        new_provs = set(news) | {d.oldp[o].new for o in olds}
    dists: set[str] | None = None
    if district is not None:
        dists = {
            c
            for c in d.dist_by.get((plain_mode, k(district)), [])
            if (dtype is None or d.districts[c][1] == dtype) and (old_provs is None or d.districts[c][0] in old_provs)
        }
    out: set[str] = set()
    for code in d.old_by.get((plain_mode, k(commune)), []):
        o = d.old[code]
        if ctype is not None and o.type != ctype:
            continue
        if old_provs is not None and o.pcode not in old_provs:
            continue
        if dists is not None and o.dcode not in dists:
            continue
        out.update(o.successors)
    if new_too if new_too is not None else district is None:
        for code in d.new_by.get((plain_mode, k(commune)), []):
            n = d.new[code]
            if ctype is not None and ctype not in (n.type, n.type_now):
                continue
            if new_provs is not None and n.pcode not in new_provs:
                continue
            out.add(code)
    return out


# ---------------------------------------------------------------------------------------------
# Pieces of an address as people write them

NORTH = {"01", "22", "24", "25", "26", "27", "30", "31", "33", "34", "35", "36", "37"}
HIGHLAND_NORTH = {"02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20"}
CENTRAL = {"38", "40", "42", "44", "45", "46", "48", "49", "51", "52", "54", "56", "58", "60"}
HIGHLAND_SOUTH = {"62", "64", "66", "67", "68"}
MEKONG = {"80", "82", "83", "84", "86", "87", "89", "91", "92", "93", "94", "95", "96"}

HAMLET_NAMES = (
    "Tân Lập",
    "Tân Tiến",
    "Hòa Bình",
    "Đoàn Kết",
    "Quyết Thắng",
    "Thống Nhất",
    "Độc Lập",
    "Bình An",
    "Phú Hòa",
    "Trung Tâm",
    "Đông",
    "Tây",
    "Nam",
    "Bắc",
    "Thượng",
    "Hạ",
    "Trung",
    "Tân Thành",
    "Quang Trung",
    "Phú Thọ",
    "An Lạc",
    "Bình Minh",
    "Tân Hòa",
    "Hưng Thịnh",
    "Đồng Tâm",
    "Tiến Bộ",
    "Bình Thạnh",
    "Mỹ Lợi",
)
ETHNIC_HAMLETS = ("Nà Pục", "Co Sáng", "Pá Khoang", "Huổi Lèng", "Nậm Cang", "Khe Mạ", "Lũng Phìn", "Pác Nặm")
HIGHLAND_HAMLETS = ("Ea Tân", "Kon Jri", "Plei Ring", "Ea Kmar", "Đăk Mế", "Cư Dluê", "Tơ Vơ", "Buôn Ju")
STREETS = (
    "Lê Lợi",
    "Trần Phú",
    "Quang Trung",
    "Nguyễn Trãi",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Hoàng Văn Thụ",
    "Điện Biên Phủ",
    "Trần Hưng Đạo",
    "Lê Hồng Phong",
    "Nguyễn Du",
    "Phan Chu Trinh",
    "Ngô Quyền",
    "Nguyễn Huệ",
    "Hùng Vương",
    "Lê Duẩn",
    "Võ Thị Sáu",
    "Cách Mạng Tháng Tám",
    "Nguyễn Văn Cừ",
    "Bạch Đằng",
)
PEOPLE = (
    "Nguyễn Văn An",
    "Trần Thị Lan",
    "Lê Minh Tuấn",
    "Phạm Thị Hoa",
    "Hoàng Đức Anh",
    "Vũ Thị Mai",
    "Đặng Quốc Bảo",
    "Bùi Thị Ngọc",
    "Đỗ Văn Hùng",
    "Ngô Thị Thu",
    "Lý Gia Hân",
    "Huỳnh Tấn Phát",
)
SCHOOL_NAMESAKES = (
    "Lê Lợi",
    "Quang Trung",
    "Trần Phú",
    "Nguyễn Trãi",
    "Kim Đồng",
    "Lê Quý Đôn",
    "Chu Văn An",
    "Nguyễn Du",
    "Võ Thị Sáu",
    "Lý Tự Trọng",
    "Hoàng Hoa Thám",
    "Trần Quốc Toản",
    "Lê Hồng Phong",
    "Ngô Quyền",
    "Hai Bà Trưng",
)


def hamlet(rng: random.Random, pcode: str, ctype: str) -> str:
    """A hamlet, residential group or house as the register of that region writes it."""
    n = rng.randint(1, 15)
    if ctype == "phường" or ctype == "thị trấn":
        if pcode in MEKONG and rng.random() < 0.4:
            return rng.choice((f"Khóm {n}", f"Khóm {rng.choice(HAMLET_NAMES)}", f"khóm {n}"))
        if pcode in ("40", "42") and rng.random() < 0.4:
            return f"Khối {rng.choice((str(n), rng.choice(HAMLET_NAMES)))}"
        street = rng.choice(STREETS)
        if pcode in ("46", "48", "49") and rng.random() < 0.3:  # Huế and Đà Nẵng write alleys as kiệt
            return rng.choice(
                (f"K{rng.randint(1, 400)}/{rng.randint(1, 60)} {street}", f"Kiệt {rng.randint(1, 300)} {street}")
            )
        if pcode in ("92", "52", "56") and rng.random() < 0.3:  # Cần Thơ, Quy Nhơn, Nha Trang: khu vực
            return rng.choice((f"Khu vực {n}", f"KV{n}", f"khu vực {rng.choice(HAMLET_NAMES)}"))
        if pcode in MEKONG | {"70", "72", "74", "75", "77", "79"} and rng.random() < 0.3:
            return rng.choice(
                (
                    f"Hẻm {rng.randint(1, 500)} {street}",
                    f"{rng.randint(1, 300)}/{rng.randint(1, 40)}/{rng.randint(1, 20)} {street}",
                    f"H{rng.randint(1, 99)}/{rng.randint(1, 20)} {street}",
                )
            )
        return rng.choice(
            (
                f"Tổ {n}",
                f"Tổ dân phố {n}",
                f"TDP {rng.choice(HAMLET_NAMES)}",
                f"Khu phố {n}",
                f"KP{n}",
                f"Số {rng.randint(1, 399)} {rng.choice(('đường', 'Đường', 'phố', 'Đ.'))} {street}",
                f"{rng.randint(1, 199)}/{rng.randint(1, 60)} {street}",
                f"Số {rng.randint(1, 99)}, ngõ {rng.randint(1, 300)}, phố {street}",
                f"Tổ {n}, khu phố {rng.randint(1, 9)}",
            )
        )
    if pcode in HIGHLAND_NORTH and rng.random() < 0.5:
        return rng.choice((f"Bản {rng.choice(ETHNIC_HAMLETS)}", f"Thôn {rng.choice(ETHNIC_HAMLETS)}", f"Xóm {n}"))
    if pcode in HIGHLAND_SOUTH and rng.random() < 0.5:
        return rng.choice((f"Buôn {rng.choice(HIGHLAND_HAMLETS)}", f"Thôn {n}", f"Làng {rng.choice(HIGHLAND_HAMLETS)}"))
    if pcode in MEKONG or pcode in ("70", "72", "74", "75", "77", "79"):
        return rng.choice(
            (f"Ấp {n}", f"Ấp {rng.choice(HAMLET_NAMES)}", f"ấp {rng.choice(HAMLET_NAMES)}", f"Tổ {n}, ấp {n % 7 + 1}")
        )
    if pcode in NORTH:
        return rng.choice(
            (
                f"Thôn {rng.choice(HAMLET_NAMES)}",
                f"Xóm {n}",
                f"thôn {n}",
                f"Xóm {n}, thôn {rng.choice(HAMLET_NAMES)}",
                f"Đội {n}",
            )
        )
    return rng.choice((f"Thôn {n}", f"Thôn {rng.choice(HAMLET_NAMES)}", f"Xóm {n}", f"Tổ {n}"))


COMMUNE_TYPE = {"xã": "Xã", "phường": "Phường", "thị trấn": "Thị trấn", "đặc khu": "Đặc khu"}
COMMUNE_ABBR = {
    "xã": ("X.", "X ", "Xã "),
    "phường": ("P.", "P ", "P."),
    "thị trấn": ("TT.", "TT ", "T.T "),
    "đặc khu": ("ĐK ",),
}
DISTRICT_TYPE = {"huyện": "Huyện", "quận": "Quận", "thị xã": "Thị xã", "thành phố": "Thành phố"}
DISTRICT_ABBR = {
    "huyện": ("H.", "H ", "h."),
    "quận": ("Q.", "Q ", "Q"),
    "thị xã": ("TX.", "TX ", "Tx."),
    "thành phố": ("TP.", "Tp.", "TP "),
}


def commune_text(rng: random.Random, ctype: str, short: str, style: str) -> str:
    if style == "bare":
        return short
    if style == "abbr":
        if short.isdigit() and ctype == "phường":
            return (
                rng.choice(
                    ("P.", "P", "F", "P.0" if len(short) == 1 else "P.", "Phường 0" if len(short) == 1 else "P.")
                )
                + short
            )
        return rng.choice(COMMUNE_ABBR[ctype]) + short
    word = COMMUNE_TYPE[ctype]
    return f"{word if style == 'full' else word.lower()} {short}"


def district_text(rng: random.Random, dtype: str, short: str, style: str) -> str:
    if style == "bare":
        return short
    if style == "abbr":
        return rng.choice(DISTRICT_ABBR[dtype]) + short
    word = DISTRICT_TYPE[dtype]
    return f"{word if style == 'full' else word.lower()} {short}"


def province_text(rng: random.Random, p: Province, style: str, spellings: bool = True) -> str:
    if spellings and p.code in PROVINCE_SPELLINGS and rng.random() < 0.35:
        return rng.choice(PROVINCE_SPELLINGS[p.code])
    if style == "bare":
        return p.short
    if style == "abbr":
        return ("T. " if p.type == "tỉnh" else rng.choice(("TP. ", "Tp "))) + p.short
    word = "Tỉnh" if p.type == "tỉnh" else "Thành phố"
    return f"{word if style == 'full' else word.lower()} {p.short}"


def join(rng: random.Random, parts: Iterable[str]) -> str:
    sep = rng.choice((", ", ", ", ", ", " - ", ",", " "))
    return sep.join(p for p in parts if p)


# ---------------------------------------------------------------------------------------------
# Families. Each returns (address, truth, also_named words, old codes, note) or None to draw again.

Drawn = tuple[str, tuple[str, ...], set[str], tuple[str, ...], str] | None


def _old_form(
    rng: random.Random, d: Data, o: Old, style: str, with_hamlet: float = 0.7, district: bool = True
) -> tuple[str, set[str]]:
    """An old commune in the old form (hamlet, commune, district, province) and what it can mean."""
    p = d.oldp[o.pcode]
    parts = [hamlet(rng, o.pcode, o.type) if rng.random() < with_hamlet else ""]
    parts.append(commune_text(rng, o.type, o.short, style))
    if district:
        parts.append(district_text(rng, o.dtype, o.dshort, style))
    ptext = province_text(rng, p, style)
    parts.append(ptext)
    named = readings(d, o.short, o.type, o.dshort if district else None, o.dtype if district else None, ptext)
    return join(rng, parts), named


def _new_form(rng: random.Random, d: Data, n: New, style: str, with_hamlet: float = 0.7) -> tuple[str, set[str]]:
    """A new commune in the two-level form (hamlet, commune, province), by its July 2025 type or
    today's, and what it can mean."""
    p = d.newp[n.pcode]
    now = rng.random() < 0.5
    ctype = n.type_now if now else n.type
    parts = [hamlet(rng, n.pcode, ctype) if rng.random() < with_hamlet else ""]
    parts.append(commune_text(rng, ctype, n.short, style))
    ptext = province_text(rng, p, style, spellings=False)
    parts.append(ptext)
    return join(rng, parts), readings(d, n.short, ctype, None, None, ptext)


def _pick_old(rng: random.Random, d: Data) -> Old:
    return d.old[rng.choice(d.old_list)]


def _pick_new(rng: random.Random, d: Data) -> New:
    return d.new[rng.choice(d.new_list)]


def household_register(rng: random.Random, d: Data) -> Drawn:
    """Household book / residence confirmation (CT07): a 'Thường trú' label, the hamlet or residential
    group first, type words in lower case; since July 2025 the confirmation prints the new form."""
    label = rng.choice(
        (
            "Thường trú: ",
            "Nơi thường trú: ",
            "HKTT: ",
            "Địa chỉ thường trú: ",
            "Nơi ở hiện tại: ",
            "Thường trú tại ",
            "ĐKTT: ",
            "Tạm trú: ",
            "",
        )
    )
    if rng.random() < 0.3:
        n = _pick_new(rng, d)
        text, named = _new_form(rng, d, n, rng.choice(("lower", "full")), 0.9)
        return label + text, (n.code,), named, (), "new form"
    o = _pick_old(rng, d)
    text, named = _old_form(rng, d, o, rng.choice(("lower", "lower", "full")), 0.9)
    return label + text, o.successors, named, (o.code,), "old form"


def land_certificate(rng: random.Random, d: Data) -> Drawn:
    """Land-use certificate (sổ đỏ/sổ hồng): parcel and map-sheet numbers, then the old address."""
    o = _pick_old(rng, d)
    text, named = _old_form(rng, d, o, rng.choice(("lower", "full")), 0.5)
    parcel, sheet = rng.randint(1, 1500), rng.randint(1, 60)
    head = rng.choice(
        (
            f"Thửa đất số {parcel}, tờ bản đồ số {sheet}, ",
            f"Thửa đất số: {parcel}; Tờ bản đồ số: {sheet}; Địa chỉ: ",
            f"Thửa {parcel}, tờ BĐ {sheet}, ",
            "Địa chỉ thửa đất: ",
            f"TĐ {parcel} TBĐ {sheet} - ",
            f"Thửa đất số {parcel}, tờ bản đồ số {sheet}, xứ đồng {rng.choice(HAMLET_NAMES)}, ",
        )
    )
    return head + text, o.successors, named, (o.code,), "old form"


def health_card(rng: random.Random, d: Data) -> Drawn:
    """Health-insurance card: 'X./P./TT.', 'H./Q./TX./TP.', 'T.' abbreviations, the district now and
    then left out, sometimes the card number and the registered clinic's code, sometimes printed in
    capitals."""
    if rng.random() < 0.2:
        n = _pick_new(rng, d)
        text, named = _new_form(rng, d, n, rng.choice(("abbr", "full")), 0.6)
        truth: tuple[str, ...] = (n.code,)
        olds: tuple[str, ...] = ()
        pcode = n.pcode
    else:
        o = _pick_old(rng, d)
        text, named = _old_form(rng, d, o, "abbr", 0.6, district=rng.random() < 0.85)
        truth, olds = o.successors, (o.code,)
        pcode = o.pcode
    # The card number: group, benefit level, the issuing province's code, ten digits; the clinic
    # registered for first care: the province's code and the clinic's number.
    group = rng.choice(("GD", "HS", "DN", "HT", "CN", "TE", "BT"))
    card = f"{group}{rng.randint(1, 5)}{pcode}{rng.randint(10**9, 10**10 - 1)}"
    clinic = f"{pcode}-{rng.randint(1, 250):03d}"
    if rng.random() < 0.25:
        text = text.upper()
    shape = rng.random()
    if shape < 0.3:
        text = f"Mã thẻ: {card} - Địa chỉ: {text} - Nơi ĐKKCB: {clinic}"
    elif shape < 0.6:
        text = f"Địa chỉ: {text}"
    elif shape < 0.75:
        text = f"{card} | {text}"
    return text, truth, named, olds, "abbreviated"


def school_record(rng: random.Random, d: Data) -> Drawn:
    """Enrolment forms and school records: a pupil, a class and a school named after a hero, the commune
    or the district, then the home address or the birthplace ('Quê quán') in the old form."""
    o = _pick_old(rng, d)
    school_name = rng.choice((rng.choice(SCHOOL_NAMESAKES), o.short, o.dshort))
    school = f"Trường {rng.choice(('TH', 'THCS', 'THPT', 'Tiểu học', 'Mầm non'))} {school_name}"
    label = rng.choice(("Địa chỉ: ", "Đ/c: ", "Chỗ ở hiện nay: ", "Quê quán: ", "Nơi sinh: ", "Hộ khẩu: "))
    with_hamlet = 0.0 if label in ("Quê quán: ", "Nơi sinh: ") else 0.7
    text, named = _old_form(rng, d, o, rng.choice(("full", "lower", "abbr")), with_hamlet)
    pupil = rng.choice(PEOPLE)
    klass = f"{rng.randint(1, 12)}{rng.choice('ABCD')}{rng.randint(1, 9)}"
    head = rng.choice(
        (f"HS {pupil}, lớp {klass}, {school}. ", f"{pupil} - Lớp {klass} - {school} - ", f"{school}; ", "")
    )
    return head + label + text, o.successors, named, (o.code,), "old form"


def caps_no_marks(rng: random.Random, d: Data) -> Drawn:
    """Bank, telecom and older database exports: capitals without diacritics, short type words, now
    and then a scanned 0 for O."""
    o = _pick_old(rng, d)
    p = d.oldp[o.pcode]
    style = rng.choice(("full", "abbr", "bare_types"))
    if style == "bare_types":
        parts = [o.short, o.dshort, p.short]
        named = readings(d, o.short, None, o.dshort, None, p.short, plain_mode=True)
    else:
        ptext = province_text(rng, p, style)
        parts = [commune_text(rng, o.type, o.short, style), district_text(rng, o.dtype, o.dshort, style), ptext]
        named = readings(d, o.short, o.type, o.dshort, o.dtype, ptext, plain_mode=True)
    if rng.random() < 0.4:
        parts.insert(0, hamlet(rng, o.pcode, o.type))
    text = plain(join(rng, parts)).upper()
    if rng.random() < 0.1:
        i = text.find("O")
        if i > 0:
            text = text[:i] + "0" + text[i + 1 :]
    return text, o.successors, named, (o.code,), style


# Telex and VNI: what a keyboard writes when the input method is off or set to the other scheme.
_MODS_TELEX = {"â": "aa", "ă": "aw", "ê": "ee", "ô": "oo", "ơ": "ow", "ư": "uw", "đ": "dd"}
_MODS_VNI = {"â": "a6", "ă": "a8", "ê": "e6", "ô": "o6", "ơ": "o7", "ư": "u7", "đ": "d9"}
_TONE_TELEX = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_TONE_VNI = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}


def _keyboard(word: str, vni: bool) -> str:
    """One word typed in Telex or VNI; the tone key comes last, before any punctuation."""
    tail = ""
    while word and not word[-1].isalnum():
        word, tail = word[:-1], word[-1] + tail
    mods, tones = (_MODS_VNI, _TONE_VNI) if vni else (_MODS_TELEX, _TONE_TELEX)
    out, tone = [], ""
    for ch in unicodedata.normalize("NFD", word):
        if ch in tones:
            tone = tones[ch]
            continue
        out.append(ch)
    base = unicodedata.normalize("NFC", "".join(out))
    typed = []
    for ch in base:
        low = ch.lower()
        if low in mods:
            seq = mods[low]
            typed.append(
                seq.upper() if ch.isupper() and not vni else (seq[0].upper() + seq[1:] if ch.isupper() else seq)
            )
        else:
            typed.append(ch)
    return "".join(typed) + tone + tail


def _cp1258_as_latin(text: str) -> str:
    """A Windows-1258 file (tones as combining marks) opened as Windows-1252."""
    raw = bytearray()
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        head = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
        for part in (head, *(c for c in decomposed if c in _TONE_MARKS)):
            try:
                raw += part.encode("cp1258")
            except UnicodeEncodeError:
                raw += plain(part).encode("ascii", "replace")
    return raw.decode("cp1252", errors="replace")


def _old_tone_style(text: str) -> str:
    """Old-style tone placement (hoà, thuỷ, khoẻ) and decomposed (NFD) characters, as macOS writes."""
    swaps = {}
    for a, b in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in "\u0300\u0301\u0309\u0303\u0323":
            swaps[unicodedata.normalize("NFC", a + mark + b)] = unicodedata.normalize("NFC", a + b + mark)
    for new_style, old_style in swaps.items():
        text = text.replace(new_style, old_style)
    return unicodedata.normalize("NFD", text)


def ime_encoding(rng: random.Random, d: Data) -> Drawn:
    """Telex/VNI typed with the input method off (whole address or a few words), a UTF-8 file read as
    Windows-1252, a Windows-1258 file read as Windows-1252, and decomposed old-style tones."""
    o = _pick_old(rng, d)
    text, named = _old_form(rng, d, o, rng.choice(("full", "lower", "abbr")), 0.5)
    shape = rng.random()
    if shape < 0.35:
        out, note = " ".join(_keyboard(w, vni=False) for w in text.split(" ")), "telex"
    elif shape < 0.55:
        words = text.split(" ")
        start = rng.randrange(len(words))
        out = " ".join(_keyboard(w, False) if i >= start else w for i, w in enumerate(words))
        note = "telex after a word"
    elif shape < 0.7:
        out, note = " ".join(_keyboard(w, vni=True) for w in text.split(" ")), "vni"
    elif shape < 0.82:
        out, note = text.encode("utf-8").decode("cp1252", errors="replace"), "utf-8 as cp1252"
    elif shape < 0.9:
        out, note = _cp1258_as_latin(text), "cp1258 as cp1252"
    else:
        out, note = _old_tone_style(text), "nfd old tones"
    return out, o.successors, named, (o.code,), note


def numbered_ward(rng: random.Random, d: Data) -> Drawn:
    """Numbered wards of Saigon and the southern and central towns: 'P.05', 'Phường 05', 'F5', 'P5',
    'Q.3', 'Q3', districts named or numbered, the city as TP.HCM, Sài Gòn or nothing."""
    o = d.old[rng.choice(d.numbered)]
    p = d.oldp[o.pcode]
    num = o.short
    ward = rng.choice(
        (
            f"P.{num}",
            f"P.{int(num):02d}",
            f"Phường {int(num):02d}",
            f"Phường {num}",
            f"F{num}",
            f"F.{num}",
            f"P{num}",
            f"phường {num}",
            f"P {num}",
        )
    )
    if o.dshort.isdigit():
        dn = o.dshort
        district = rng.choice((f"Q.{dn}", f"Q{dn}", f"Quận {dn}", f"Q.{int(dn):02d}", f"quận {dn}", f"Q {dn}"))
    else:
        district = district_text(rng, o.dtype, o.dshort, rng.choice(("full", "abbr", "abbr", "bare", "lower")))
    bare_district = district == o.dshort
    ptext = province_text(rng, p, rng.choice(("full", "abbr", "bare")))
    if rng.random() < 0.2 and o.pcode == "79":
        ptext = ""
    street = f"{rng.randint(1, 500)}{rng.choice(('', '/' + str(rng.randint(1, 40)), 'A', 'B'))} {rng.choice(STREETS)}"
    parts = [street if rng.random() < 0.6 else "", ward, district, ptext]
    named = readings(d, num, "phường", o.dshort, None if bare_district else o.dtype, ptext or None)
    return join(rng, parts), o.successors, named, (o.code,), "numbered"


def town_and_city(rng: random.Random, d: Data) -> Drawn:
    """Towns (thị trấn) and the communes of district-level towns and cities (TX., TP.), abbreviated;
    a town often written without its district."""
    o = d.old[rng.choice(d.towns)]
    p = d.oldp[o.pcode]
    style = rng.choice(("abbr", "abbr", "full", "lower"))
    parts = [hamlet(rng, o.pcode, o.type) if rng.random() < 0.5 else "", commune_text(rng, o.type, o.short, style)]
    drop_district = o.type == "thị trấn" and rng.random() < 0.35
    if not drop_district:
        parts.append(district_text(rng, o.dtype, o.dshort, style))
    ptext = province_text(rng, p, rng.choice(("abbr", "full", "bare")))
    parts.append(ptext)
    named = readings(d, o.short, o.type, None if drop_district else o.dshort, None if drop_district else o.dtype, ptext)
    return join(rng, parts), o.successors, named, (o.code,), "no district" if drop_district else "with district"


def new_province_old_commune(rng: random.Random, d: Data) -> Drawn:
    """Records where only the province was updated: the old commune (and often the old district)
    under the new province, or both provinces, 'tỉnh Tiền Giang (nay là Đồng Tháp)'."""
    o = _pick_old(rng, d)
    oldp, newp = d.oldp[o.pcode], d.newp[d.oldp[o.pcode].new]
    style = rng.choice(("full", "lower", "abbr"))
    keep_district = rng.random() < 0.6
    parts = [hamlet(rng, o.pcode, o.type) if rng.random() < 0.5 else "", commune_text(rng, o.type, o.short, style)]
    if keep_district:
        parts.append(district_text(rng, o.dtype, o.dshort, style))
    shape = rng.random()
    if shape < 0.7 or oldp.code == newp.code:
        ptext = province_text(rng, newp, style, spellings=False)
        parts.append(ptext)
    elif shape < 0.85:
        ptext = newp.short
        parts.append(f"{province_text(rng, oldp, 'lower', spellings=False)} (nay là {newp.short})")
    else:
        ptext = newp.short
        parts.append(f"{province_text(rng, newp, 'full', spellings=False)} ({oldp.short} cũ)")
    named = readings(d, o.short, o.type, o.dshort if keep_district else None, o.dtype if keep_district else None, ptext)
    return join(rng, parts), o.successors, named, (o.code,), "with district" if keep_district else "no district"


def old_new_note(rng: random.Random, d: Data) -> Drawn:
    """'cũ'/'mới' notes beside the units: 'xã A (cũ)', 'huyện Y cũ', 'Địa chỉ cũ: ...', and the new
    form marked '(mới)'."""
    if rng.random() < 0.25:
        n = _pick_new(rng, d)
        p = d.newp[n.pcode]
        ptext = province_text(rng, p, "lower", spellings=False)
        text = join(
            rng,
            [
                hamlet(rng, n.pcode, n.type) if rng.random() < 0.6 else "",
                f"{commune_text(rng, n.type, n.short, rng.choice(('lower', 'full')))} {rng.choice(('(mới)', 'mới'))}",
                f"{ptext}{rng.choice((' (mới)', '', ' mới'))}",
            ],
        )
        return text, (n.code,), readings(d, n.short, n.type, None, None, ptext), (), "new form marked mới"
    o = _pick_old(rng, d)
    p = d.oldp[o.pcode]
    style = rng.choice(("lower", "full", "abbr"))
    mark = rng.choice((" (cũ)", " cũ", " (cũ)"))
    ctext = commune_text(rng, o.type, o.short, style)
    dtext = district_text(rng, o.dtype, o.dshort, style)
    ptext = province_text(rng, p, style)
    where = rng.random()
    if where < 0.35:
        parts = [ctext + mark, dtext, ptext]
    elif where < 0.6:
        parts = [ctext, dtext + mark, ptext]
    elif where < 0.8:
        parts = [ctext + mark, dtext + mark, ptext + mark]
    else:
        parts = [rng.choice(("Địa chỉ cũ: ", "(địa chỉ cũ) ", "ĐC cũ: ")) + ctext, dtext, ptext]
    if rng.random() < 0.5:
        parts.insert(0, hamlet(rng, o.pcode, o.type))
    named = readings(d, o.short, o.type, o.dshort, o.dtype, ptext)
    return join(rng, parts), o.successors, named, (o.code,), "old form marked cũ"


def old_now_new(rng: random.Random, d: Data) -> Drawn:
    """Both forms in one field: 'xã A (nay là xã B), tỉnh C', 'phường B (trước là phường A, quận Y)',
    'xã A cũ nay thuộc xã B'. The writer names the new unit, so that unit is the answer."""
    o = _pick_old(rng, d)
    b = d.new[rng.choice(o.successors)]
    newp = d.newp[b.pcode]
    style = rng.choice(("lower", "full", "abbr"))
    a_text = commune_text(rng, o.type, o.short, style)
    b_text = commune_text(rng, b.type, b.short, style)
    dtext = district_text(rng, o.dtype, o.dshort, style)
    ptext = province_text(rng, newp, rng.choice(("lower", "full", "bare")), spellings=False)
    shape = rng.random()
    if shape < 0.3:
        text = f"{a_text} (nay là {b_text}), {ptext}"
    elif shape < 0.5:
        text = f"{b_text} (trước là {a_text}, {dtext}), {ptext}"
    elif shape < 0.7:
        text = f"{a_text} cũ nay thuộc {b_text}, {ptext}"
    elif shape < 0.85:
        text = (
            f"{b_text}, {ptext} ({a_text}, {dtext}, {province_text(rng, d.oldp[o.pcode], 'lower', spellings=False)} cũ)"
        )
    else:
        text = f"{a_text}, {dtext} - nay là {b_text}, {ptext}"
    if rng.random() < 0.5:
        text = f"{hamlet(rng, o.pcode, o.type)}, {text}"
    named = readings(d, b.short, b.type, None, None, ptext) | {b.code}
    return text, (b.code,), named, (o.code,), "both forms"


def trailing_noise(rng: random.Random, d: Data) -> Drawn:
    """Post and shop orders, business and tax registers: the address followed by a postcode, a phone
    number, a tax code, the country, in any order."""
    if rng.random() < 0.35:
        n = _pick_new(rng, d)
        text, named = _new_form(rng, d, n, rng.choice(("full", "lower", "abbr")), 0.8)
        truth: tuple[str, ...] = (n.code,)
        olds: tuple[str, ...] = ()
    else:
        o = _pick_old(rng, d)
        text, named = _old_form(rng, d, o, rng.choice(("full", "lower", "abbr")), 0.8)
        truth, olds = o.successors, (o.code,)
    extras = []
    if rng.random() < 0.6:
        code = rng.choice(
            (f"{rng.randint(10, 96)}000", f"{rng.randint(10, 96)}{rng.randint(100, 999)}", f"{rng.randint(10, 96)}0000")
        )
        extras.append(rng.choice((code, f"Mã bưu chính {code}", f"MBC: {code}", f"({code})")))
    if rng.random() < 0.6:
        phone = f"09{rng.randint(0, 9)}{rng.randint(1000000, 9999999)}"
        spaced = f"{phone[:4]} {phone[4:7]} {phone[7:]}"
        extras.append(rng.choice((f"ĐT: {spaced}", f"SĐT {phone}", f"(+84) {phone[1:]}", phone, f"Tel: {spaced}")))
    if rng.random() < 0.2:
        extras.append(f"MST: 0{rng.randint(100000000, 999999999)}")
    if rng.random() < 0.6 or not extras:
        extras.append(rng.choice(("Việt Nam", "VN", "Vietnam", "VIỆT NAM", "Viet Nam")))
    rng.shuffle(extras)
    head = rng.choice(("", "", "", "Trụ sở chính: ", "Người nhận: " + rng.choice(PEOPLE) + ", ", "Giao hàng: "))
    return head + text + rng.choice((", ", " - ", " ")) + ", ".join(extras), truth, named, olds, "trailing"


def no_province(rng: random.Random, d: Data) -> Drawn:
    """Local forms that stop at the district: the commune and district only (the province goes
    without saying for the office that wrote it)."""
    o = _pick_old(rng, d)
    style = rng.choice(("lower", "full", "abbr"))
    parts = [
        hamlet(rng, o.pcode, o.type) if rng.random() < 0.6 else "",
        commune_text(rng, o.type, o.short, style),
        district_text(rng, o.dtype, o.dshort, style),
    ]
    named = readings(d, o.short, o.type, o.dshort, o.dtype, None)
    return join(rng, parts), o.successors, named, (o.code,), "no province"


def reversed_order(rng: random.Random, d: Data) -> Drawn:
    """Exports of cascading drop-down lists: province first, then district, commune and hamlet,
    joined by ' - ', ' > ', ' / ' or commas, with or without type words."""
    o = _pick_old(rng, d)
    p = d.oldp[o.pcode]
    typed = rng.random() < 0.6
    style = rng.choice(("full", "lower", "abbr")) if typed else "bare"
    ptext = province_text(rng, p, style)
    parts = [ptext, district_text(rng, o.dtype, o.dshort, style), commune_text(rng, o.type, o.short, style)]
    if rng.random() < 0.5:
        parts.append(hamlet(rng, o.pcode, o.type))
    sep = rng.choice((" - ", " > ", " / ", ", ", " | ", " – "))
    named = readings(d, o.short, o.type if typed else None, o.dshort, o.dtype if typed else None, ptext)
    return sep.join(parts), o.successors, named, (o.code,), "typed" if typed else "bare"


_NEAR_KEYS = {
    "a": "sqw",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "mb",
    "o": "ip",
    "p": "o",
    "q": "w",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "x": "zc",
    "y": "tu",
}


def _typo(rng: random.Random, name: str) -> str:
    """One slip in a long name: a neighbouring key, a dropped, doubled or swapped letter, or the
    tone of one syllable."""
    positions = [i for i, c in enumerate(name) if c.isalpha() and i > 0]
    i = rng.choice(positions)
    kind = rng.random()
    if kind < 0.25:  # another tone on the syllable
        words = name.split(" ")
        w = rng.randrange(len(words))
        core = unicodedata.normalize("NFD", words[w])
        core = "".join(c for c in core if c not in _TONE_MARKS)
        letters = list(core)
        vowels = [j for j, c in enumerate(letters) if plain(c).lower() in "aeiouy"]
        if vowels:
            letters.insert(vowels[-1] + 1, rng.choice(list(_TONE_MARKS)))
        words[w] = unicodedata.normalize("NFC", "".join(letters))
        return " ".join(words)
    ch = name[i]
    base = plain(ch).lower()
    if kind < 0.5 and base in _NEAR_KEYS:
        slip = rng.choice(_NEAR_KEYS[base])
        return name[:i] + (slip.upper() if ch.isupper() else slip) + name[i + 1 :]
    if kind < 0.7:
        return name[:i] + name[i + 1 :]
    if kind < 0.85:
        return name[:i] + ch + name[i:]
    if i + 1 < len(name) and name[i + 1].isalpha():
        return name[:i] + name[i + 1] + ch + name[i + 2 :]
    return name[:i] + name[i + 1 :]


def one_letter_typo(rng: random.Random, d: Data) -> Drawn:
    """One slip of the hand in a long commune or district name (two words or more, nine letters or
    more) that makes no other unit's name."""
    o = _pick_old(rng, d)
    target = "commune" if rng.random() < 0.7 else "district"
    name = o.short if target == "commune" else o.dshort
    if len(name.split()) < 2 or sum(c.isalpha() for c in name) < 9:
        return None
    wrong = _typo(rng, name)
    if akey(wrong) == akey(name) or (False, akey(wrong)) in d.old_by or (False, akey(wrong)) in d.new_by:
        return None
    if (False, akey(wrong)) in d.dist_by:
        return None
    style = rng.choice(("lower", "full", "abbr"))
    p = d.oldp[o.pcode]
    ptext = province_text(rng, p, style)
    parts = [
        hamlet(rng, o.pcode, o.type) if rng.random() < 0.5 else "",
        commune_text(rng, o.type, wrong if target == "commune" else o.short, style),
        district_text(rng, o.dtype, wrong if target == "district" else o.dshort, style),
        ptext,
    ]
    named = readings(d, o.short, o.type, o.dshort, o.dtype, ptext)
    return join(rng, parts), o.successors, named, (o.code,), f"typo in the {target}: {name} -> {wrong}"


_EN_COMMUNE = {"xã": "Commune", "phường": "Ward", "thị trấn": "Township", "đặc khu": "Special Zone"}
_EN_DISTRICT = {"huyện": "District", "quận": "District", "thị xã": "Town", "thành phố": "City"}


def english(rng: random.Random, d: Data) -> Drawn:
    """Addresses written in English for visas, shipping and company registers: 'Tan Hoa Commune,
    Cho Gao District', 'Ward 5, District 3, HCMC', 'No. 12, Lane 34, ... Street'."""
    street = rng.choice(
        (
            "",
            "",
            f"No. {rng.randint(1, 300)}, {plain(rng.choice(STREETS))} Street",
            f"Hamlet {rng.randint(1, 12)}",
            f"Group {rng.randint(1, 30)}",
        )
    )
    if rng.random() < 0.3:
        n = _pick_new(rng, d)
        p = d.newp[n.pcode]
        ptext = rng.choice((p.en, plain(p.short), *ENGLISH_PROVINCES.get(p.code, ())))
        ctext = rng.choice((f"{plain(n.short)} {_EN_COMMUNE[n.type]}", n.en))
        if n.short.isdigit():
            ctext = f"Ward {n.short}"
        named = readings(d, plain(n.short), n.type, None, None, ptext, plain_mode=True)
        return (
            join(rng, [street, ctext, ptext, rng.choice(("Vietnam", "Viet Nam", ""))]),
            (n.code,),
            named,
            (),
            "new form",
        )
    o = _pick_old(rng, d)
    p = d.oldp[o.pcode]
    ctext = f"Ward {o.short}" if o.short.isdigit() else rng.choice((o.en, f"{plain(o.short)} {_EN_COMMUNE[o.type]}"))
    if o.type == "thị trấn" and rng.random() < 0.5:
        ctext = f"{plain(o.short)} Town"
    dtext = (
        f"District {o.dshort}"
        if o.dshort.isdigit()
        else rng.choice((o.den, f"{plain(o.dshort)} {_EN_DISTRICT[o.dtype]}", f"{plain(o.dshort)} Dist."))
    )
    ptext = rng.choice(
        (
            p.en,
            plain(p.short),
            f"{plain(p.short)} Province" if p.type == "tỉnh" else p.en,
            *ENGLISH_PROVINCES.get(p.code, ()),
        )
    )
    if rng.random() < 0.3:
        ctext, dtext, ptext = ctext.upper(), dtext.upper(), ptext.upper()
    named = readings(d, plain(o.short), o.type, plain(o.dshort), None, ptext, plain_mode=True)
    return (
        join(rng, [street, ctext, dtext, ptext, rng.choice(("Vietnam", "Viet Nam", "", "VN"))]),
        o.successors,
        named,
        (o.code,),
        "old form",
    )


GENERATORS: dict[str, Callable[[random.Random, Data], Drawn]] = {
    "household_register": household_register,
    "land_certificate": land_certificate,
    "health_card": health_card,
    "school_record": school_record,
    "caps_no_marks": caps_no_marks,
    "ime_encoding": ime_encoding,
    "numbered_ward": numbered_ward,
    "town_and_city": town_and_city,
    "new_province_old_commune": new_province_old_commune,
    "old_new_note": old_new_note,
    "old_now_new": old_now_new,
    "trailing_noise": trailing_noise,
    "no_province": no_province,
    "reversed_order": reversed_order,
    "one_letter_typo": one_letter_typo,
    "english": english,
}


def generate(n_per_family: int, seed: int, reference_dir: Path | None = None) -> list[Case]:
    """`n_per_family` cases of every family; the same seed gives the same cases."""
    d = load(reference_dir or default_reference())
    cases: list[Case] = []
    for family in FAMILIES:
        rng = random.Random(f"independent-c:{seed}:{family}")
        made = 0
        while made < n_per_family:
            drawn = GENERATORS[family](rng, d)
            if drawn is None:
                continue
            address, truth, named, olds, note = drawn
            truth_set = set(truth)
            if not truth_set <= named:  # the words must lead to the answer; else the model is wrong
                raise AssertionError(f"{family}: {address!r} does not lead to {truth} ({sorted(named)})")
            also = tuple(sorted(named)) if named != truth_set else ()
            cases.append(Case(family, address, tuple(sorted(truth_set)), also, olds, bool(also), note))
            made += 1
    return cases
