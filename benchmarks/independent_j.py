"""A tenth independent noise model of Vietnamese addresses (set j), written from the registers only.

    from benchmarks.independent_j import generate
    cases = generate(300, 3012, Path("../shared/reference"))

Written without reading the address reader, its case files or the bodies of the other models (only
set i's frame: registers, keys and readings, and the family lists of sets a-i, to write other
shapes). Set j is about addresses typed by ordinary people in chat, social commerce and mobile
forms (Facebook and Zalo shop orders, ride-hailing and food-delivery apps, bank KYC forms filled on
a phone): provinces by their chat abbreviations (`HN`, `SG`, `Sài Gòn`, `tphcm`, `ĐN` / `DN` for
Đà Nẵng or Đồng Nai, `BD`, `BRVT`, `HP`, `CT`, `QN`); cities by their nicknames with no province
(`BMT`, `Ban Mê`, `TDM`, `dalat`, `Nha Trang`, `Vũng Tàu`, `TP.TĐ`); city districts by their
initials (`Q.BT`, `q.gv`, `QPN`, `Q.HBT`, `Q.CG`); numbered wards and districts glued (`p12q10`,
`f.5 q.8`, `P7-Q3`, `q1`); everything in lower case without marks or punctuation on one line; the
landmarks people give (`hẻm 123/4`, `kiệt 45` in Đà Nẵng and Huế, `ngõ 6 ngách 8` in the north,
`gần chợ X` named after the commune itself, `chung cư`, `toà`, `block A`, `KĐT`, a chain store);
teen code (`fường`, `wận`, `z`/`w`/`f` for d/gi, qu, ph; `ko`, `đc`, `j`, repeated letters, emoji);
a buyer's name, phone number and order note in the same line with the address anywhere among
them; the new two-level form as people write it in 2026 (`P. X, tp hcm`), now and then with their
old district by habit; apps' English (`Ward 12, District 10, HCMC`, `Thao Dien, Thu Duc City`,
`Ben Thanh Ward, Ho Chi Minh City` for the new units); the province left out, or only the district
and the province; phone-keyboard slips (a neighbouring QWERTY key, an English autocorrect: `Thank`
for Thanh, `Bing` for Binh, `Link` for Linh); and mixtures of two of these. It uses the standard
library only and imports nothing of the project.

Every address is built from real units of `old_units.csv` / `new_units.csv`. `truth` comes from the
crosswalk (`commune_mapping.csv`): every successor of the old commune written (several when it was
split), or the new commune itself for the new form; a district written without a commune means
every new commune its communes went to. `also_named` is every new commune the written words also
fit: the commune's name (and type word, when written) is looked up in both registers, keeping the
units whose district and province fit the text (a chat abbreviation fits every province it is
used for: `ĐN` Đà Nẵng and Đồng Nai, `BD` Bình Dương and, unmarked, Bình Định, `QN` Quảng Ninh,
Quảng Nam and Quảng Ngãi; district initials fit every district of those initials), read as an old
address and as a new one. A slip is read as written and as meant. Landmarks named after the
commune itself are not other readings. A district written alone (no commune) without a type word,
and a new commune written without a type word, province or district, are also read as each other
(`Tuyên Hóa, Quảng Trị` is the new Xã Tuyên Hóa or the old Huyện Tuyên Hóa).

First figures, when the set was written (the reader of main ab92c0c, which had not seen it),
`evaluate_independent.py --set j --n 300` at seeds 3012 / 7 / 99, in % of each family ("flagged"
is split/ambiguous listing the truth, rightly flagged included):

    family               right           flagged           flagged w/o truth  unmatched       confidently wrong
    province_chat        81/81/77        7/8/10            1/0/0              11/11/12        2/2/1
    city_nicknames       78/82/78        7/6/10            0/0/0              15/11/13        0/0/0
    district_initials    29/28/29        29/29/34          0/0/0              42/43/37        0/0/0
    numbered_glued       80/82/75        19/15/21          0/0/0              1/2/4           0/0/0
    flat_lowercase       95/94/93        3/5/5             0/0/0              1/1/2           0/0/0
    landmarks            87/90/87        9/6/9             3/2/2              1/2/2           1/0/1
    teen_code            45/36/45        8/9/8             0/0/0              47/54/47        0/0/0
    name_phone_note      40/47/46        24/18/18          5/5/5              30/30/31        0/2/0
    new_form_2026        92/92/94        7/6/3             0/0/0              1/1/3           1/1/0
    english_app          96/94/92        4/6/8             0/0/0              0/0/0           0/0/0
    missing_province     59/62/64        41/37/34          0/0/0              0/1/1           0/0/0
    keyboard_slips       79/81/79        14/12/16          0/0/0              7/7/4           0/1/2
    mixtures             59/51/55        16/14/14          1/2/0              23/33/30        1/2/0
    all (3,900 each)     70.8/70.8/70.4  14.4/13.2/14.7    0.7/0.8/0.7        13.8/15.1/14.2  5/8/4

The confidently wrong answers: Quảng Nam written `Q.Nam` / `QNam` read as Xã Năm Căn 32191 or Xã
Tam Giang 32206 of Cà Mau (`x.Bình Trung, Thăng Bình, QNam`; `A Xan, Tây Giang, QNam`), and with a
slip as Xã Hải Hưng 14248; `x. Hiệp Đức - DN` (Đà Nẵng) read as Xã Hiệp Đức 28501 of Đồng Tháp;
`x. đông thuận ct` (Cần Thơ) as Xã Kông Bơ La 23674; `xã Vân Du - T.Hóa` as Xã Xuân Trúc 12166;
`Tuyên Hóa - Quảng Trị` (with a name and phone) as Phường Quảng Trị 19360; `TT Đắk Mil, H. Đắk
Mil, Đắk Nông` with a phone and a note as Xã Dục Nông 23383; `xã Xuân Thọ 1, TX.Sông Cầu` and `La
Hai - h. Đồng Xuân - Phú Yên (KCN cổng số 2)` as Xã Chuyên Mỹ 10330 of Hà Nội; `Bình Lợi -
h.Vĩnh Cửu - Đồng Nai` as Xã Thọ Sơn 25402; `P5,Bạc Liêu,Bạc Liêu` as Phường Bạc Liêu 31825; `Quang
Hia, Ba Don` (a slip in Quảng Hòa) as Phường Ba Đồn 19009. What is not right is mostly: district
initials (`Q.gv`, `QHM`, `q.dd`, `quận tb`: unmatched), chat words around the address (`đc ko ạ`,
`j cũng đc`, `nhaaa`, emoji) and teen spellings (`fường`, `wận`, `Fú`, `Zưỡng`: unmatched), the
buyer's name, phone and note on the same line or on separate lines (unmatched, or flagged with the
truth among the candidates), the city nicknames `BMT`, `Ban Mê`, `TDM` (unmatched), and provinces
written `Đ.Nẵng`, `bd`, `ct`, `QNam` (unmatched).
"""

from __future__ import annotations

import csv
import os
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "province_chat",
    "city_nicknames",
    "district_initials",
    "numbered_glued",
    "flat_lowercase",
    "landmarks",
    "teen_code",
    "name_phone_note",
    "new_form_2026",
    "english_app",
    "missing_province",
    "keyboard_slips",
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
    en: str
    d_en: str


@dataclass(frozen=True)
class New:
    code: str
    type: str
    types: frozenset[str]  # its type, and the type it has after the changes of 2026
    short: str
    p_code: str
    en: str


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
    by_province: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    new_by_province: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    district: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # d -> (type, short, old p)
    keys: set[str] = field(default_factory=set)  # marked and unmarked keys of every unit name
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
            r["commune_name_en"],
            r["district_name_en"],
        )
        reg.old[o.code] = o
        reg.by_district[o.d_code].append(o.code)
        reg.by_province[o.p_code].append(o.code)
        for marked in (True, False):
            reg.old_by_key[(marked, fold(o.short, marked))].append(o.code)
    changes = _rows(reference / "register_changes.csv")
    later = {r["code"]: r["type_after"] for r in changes if r["level"] == "commune"}
    reg.new_province_after = {r["code"]: r["type_after"] for r in changes if r["level"] == "province"}
    for r in _rows(reference / "new_units.csv"):
        code = r["commune_code"]
        types = frozenset({r["commune_type"]} | ({later[code]} if code in later else set()))
        n = New(code, r["commune_type"], types, r["commune_short_name"], r["province_code"], r["commune_name_en"])
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


def any_of(names: tuple[str, ...], marked: bool = True) -> Fits:
    keys = {fold(n, marked) for n in names}
    return lambda t, s: fold(s, marked) in keys


def _initials(name: str) -> str:
    return "".join(w[0] for w in fold(name, False).split())


def initials(letters: str, types: frozenset[str]) -> Fits:
    """A district written by the initials of its name (`BT` fits Bình Thạnh and Bình Tân)."""
    key = fold(letters, False).replace(" ", "")
    return lambda t, s: t in types and _initials(s) == key


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


def _note(reg: Registers, o: Old) -> str:
    return f"old {o.code} {o.type} {o.short} / {o.d_short} / {reg.old_province[o.p_code].short}"


# ---------------------------------------------------------------------------------------------
# How people in chat write the provinces and cities: each spelling with every province it is used
# for (`ĐN` is Đà Nẵng in the centre and Đồng Nai in the south; `BD` unmarked is Bình Dương and
# could be Bình Định; `QN` is Quảng Ninh, Quảng Nam or Quảng Ngãi).

_DN = ("Đà Nẵng", "Đồng Nai")
_CHAT_PROVINCES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "01": (("HN", ("Hà Nội",)), ("hn", ("Hà Nội",)), ("Hà Nội", ("Hà Nội",)), ("HÀ NỘI", ("Hà Nội",))),
    "79": (
        ("SG", ("Hồ Chí Minh",)),
        ("sg", ("Hồ Chí Minh",)),
        ("Sài Gòn", ("Hồ Chí Minh",)),
        ("HCM", ("Hồ Chí Minh",)),
        ("hcm", ("Hồ Chí Minh",)),
        ("tphcm", ("Hồ Chí Minh",)),
        ("TPHCM", ("Hồ Chí Minh",)),
        ("tp hcm", ("Hồ Chí Minh",)),
        ("Tp.HCM", ("Hồ Chí Minh",)),
        ("HCMC", ("Hồ Chí Minh",)),
    ),
    "48": (("ĐN", _DN), ("DN", _DN), ("dn", _DN), ("Đà Nẵng", ("Đà Nẵng",)), ("Đ.Nẵng", ("Đà Nẵng",))),
    "75": (("ĐN", _DN), ("DN", _DN), ("Đồng Nai", ("Đồng Nai",)), ("Đ.Nai", ("Đồng Nai",))),
    "74": (("BD", ("Bình Dương", "Bình Định")), ("bd", ("Bình Dương", "Bình Định")), ("Bình Dương", ("Bình Dương",))),
    "77": (("BRVT", ("Bà Rịa - Vũng Tàu",)), ("brvt", ("Bà Rịa - Vũng Tàu",)), ("BR-VT", ("Bà Rịa - Vũng Tàu",))),
    "31": (("HP", ("Hải Phòng",)), ("hp", ("Hải Phòng",)), ("Hải Phòng", ("Hải Phòng",))),
    "92": (("CT", ("Cần Thơ",)), ("ct", ("Cần Thơ",)), ("Cần Thơ", ("Cần Thơ",))),
    "46": (("Huế", ("Huế",)), ("TT Huế", ("Huế",)), ("TTH", ("Huế",))),
    "22": (("QN", ("Quảng Ninh", "Quảng Nam", "Quảng Ngãi")), ("Quảng Ninh", ("Quảng Ninh",))),
    "49": (("QNam", ("Quảng Nam",)), ("Q.Nam", ("Quảng Nam",))),
    "38": (("Thanh Hoá", ("Thanh Hóa",)), ("T.Hóa", ("Thanh Hóa",))),
}
# District-level cities by the names and nicknames people give them, with no province.
_CITY_NICKNAMES: dict[str, tuple[str, ...]] = {
    "643": ("BMT", "Ban Mê", "tp BMT", "Buôn Ma Thuột", "Ban Mê Thuột"),
    "672": ("Đà Lạt", "dalat", "Dalat", "tp Đà Lạt"),
    "568": ("Nha Trang", "nha trang", "tp Nha Trang"),
    "747": ("Vũng Tàu", "tp Vũng Tàu", "vũng tàu"),
    "718": ("TDM", "Thủ Dầu Một", "tp TDM"),
    "769": ("TP.TĐ", "Thủ Đức", "tp Thủ Đức", "TĐ"),
    "731": ("Biên Hòa", "tp Biên Hoà", "biên hoà"),
    "193": ("Hạ Long", "tp Hạ Long"),
    "540": ("Quy Nhơn", "Qui Nhơn"),
    "503": ("Hội An", "hoi an"),
}
# City districts by their initials, as Saigon and Hanoi people write them.
_DISTRICT_INITIALS: dict[str, tuple[str, ...]] = {
    "765": ("BT", "bt"),
    "764": ("GV", "gv"),
    "766": ("TB", "tb"),
    "768": ("PN", "pn"),
    "767": ("TP",),
    "769": ("TĐ", "TD"),
    "007": ("HBT", "hbt"),
    "005": ("CG", "cg"),
    "002": ("HK", "hk"),
    "001": ("BĐ",),
    "006": ("ĐĐ", "DD"),
    "009": ("TX",),
    "008": ("HM",),
    "004": ("LB",),
    "021": ("BTL",),
    "019": ("NTL",),
}
# English names as apps write the big cities.
_EN_PROVINCES: dict[str, tuple[str, ...]] = {
    "79": ("Ho Chi Minh City", "HCMC", "Saigon", "HCM City", "Ho Chi Minh"),
    "01": ("Hanoi", "Ha Noi", "Hanoi City"),
    "48": ("Da Nang", "Danang", "Da Nang City"),
    "31": ("Hai Phong", "Haiphong"),
    "92": ("Can Tho", "Can Tho City"),
    "46": ("Hue", "Hue City"),
}

_STREETS = (
    "Nguyễn Trãi",
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Phan Đình Phùng",
    "Nguyễn Văn Cừ",
    "Cách Mạng Tháng Tám",
    "Nguyễn Thị Minh Khai",
    "Tôn Đức Thắng",
    "Phạm Văn Đồng",
    "Võ Văn Tần",
    "Điện Biên Phủ",
    "Nguyễn Đình Chiểu",
)
_CHAINS = ("Bách Hóa Xanh", "Circle K", "Co.opmart", "Vinmart", "Highlands Coffee", "Thế Giới Di Động", "cây xăng")
_BUYERS = ("Chị Lan", "a Hùng", "Anh Tuấn", "c.Mai", "Cô Hương", "Em Thảo", "Mr Khoa", "Ngọc Trâm", "bạn Vy")
_NOTES = (
    "giao giờ hành chính",
    "ship COD",
    "gọi trước khi giao",
    "size M màu đen x2",
    "để ở bảo vệ giúp em",
    "freeship nha shop",
    "thu hộ 350k",
    "giao sau 17h",
    "đơn 2 áo 1 quần",
    "ko nghe máy thì nhắn zalo",
)
_EMOJI = ("📍", "🏠", "❤️", "🙏", "😘", "🥰", "👉", "!!!", "..", ":))")
_NORTH = {"01", "31", "22", "24", "25", "26", "27", "30", "33", "34", "35", "36", "37", "19", "20"}
_CENTRAL_KIET = {"46", "48"}
_SOUTH = {
    "70",
    "72",
    "74",
    "75",
    "77",
    "79",
    "80",
    "82",
    "83",
    "84",
    "86",
    "87",
    "89",
    "91",
    "92",
    "93",
    "94",
    "95",
    "96",
}

Made = tuple[str, tuple[str, ...], tuple[str, ...], str]


def _types(t: str) -> frozenset[str]:
    return frozenset({t})


def _street(reg: Registers, rng: random.Random) -> str:
    for _ in range(8):
        s = rng.choice(_STREETS)
        if fold(s) not in reg.keys and fold(s, False) not in reg.keys:
            return s
    return "Võ Văn Tần"


def _house(reg: Registers, rng: random.Random, p_code: str) -> str:
    n = rng.randint(1, 250)
    st = _street(reg, rng)
    if p_code in _NORTH and rng.random() < 0.5:
        return rng.choice(
            (f"số {n} ngõ {rng.randint(2, 99)} {st}", f"ngõ {rng.randint(2, 99)} ngách {rng.randint(1, 30)} {st}")
        )
    if p_code in _CENTRAL_KIET and rng.random() < 0.5:
        return f"kiệt {rng.randint(2, 150)} {st}"
    if p_code in _SOUTH and rng.random() < 0.5:
        return f"hẻm {rng.randint(2, 400)}/{rng.randint(1, 40)} {st}"
    return rng.choice((f"{n} {st}", f"số {n} {st}", f"{n}/{rng.randint(1, 30)} {st}", f"{n} đường {st}"))


_COMMUNE_CHAT = {
    "phường": ("P.", "p.", "p", "P", "phường", "Phường"),
    "xã": ("X.", "x.", "xã", "Xã", "x"),
    "thị trấn": ("TT.", "tt", "thị trấn", "Thị trấn", "TT"),
    "đặc khu": ("đặc khu", "Đặc khu", "ĐK"),
}
_DISTRICT_CHAT = {
    "quận": ("Q.", "q.", "q", "Q", "quận", "Quận"),
    "huyện": ("H.", "h.", "huyện", "Huyện", "h"),
    "thị xã": ("TX.", "tx", "thị xã", "Tx."),
    "thành phố": ("TP.", "tp", "Tp.", "thành phố", "TP"),
}


def _chat(rng: random.Random, table: dict[str, tuple[str, ...]], t: str, short: str, typed: bool = True) -> str:
    """A unit as typed in chat: `P.12`, `p12`, `p tân định`, `Q. Bình Thạnh`, `h Đức Hòa`."""
    if not typed:
        return short
    word = rng.choice(table[t])
    if short.isdigit():
        return f"{word}{short}" if rng.random() < 0.6 else f"{word} {short}"
    return f"{word}{short}" if word.endswith(".") and rng.random() < 0.4 else f"{word} {short}"


def _province_chat(reg: Registers, rng: random.Random, p_code: str, abbreviate: float = 0.7) -> tuple[str, Fits]:
    """The province as people type it, and what it fits."""
    if p_code in _CHAT_PROVINCES and rng.random() < abbreviate:
        text, names = rng.choice(_CHAT_PROVINCES[p_code])
        return text, any_of(names, False)
    short = reg.old_province[p_code].short
    return rng.choice((short, short, f"tỉnh {short}", f"T. {short}")), any_of((short,), False)


def _pick(reg: Registers, rng: random.Random, pool: list[str]) -> Old:
    return reg.old[rng.choice(pool)]


def _district_namesakes(reg: Registers, name: str, marked: bool, province: Fits | None) -> set[str]:
    """Every new commune of the old districts called `name` (in a province that fits)."""
    found: set[str] = set()
    key = fold(name, marked)
    for d, (_, short, p) in reg.district.items():
        if fold(short, marked) != key:
            continue
        if province is not None and not _province_fits(reg, province, {p}, reg.to_new_province[p]):
            continue
        for c in reg.by_district.get(d, ()):
            found.update(reg.successors[c])
    return found


def _standard(reg: Registers, rng: random.Random, o: Old, abbreviate: float = 0.7) -> tuple[list[str], set[str]]:
    """Commune, district and province as typed in chat, and what they can mean."""
    ct = rng.random() < 0.85 or o.short.isdigit()
    dt = rng.random() < 0.7 or o.d_short.isdigit()
    ptext, pfit = _province_chat(reg, rng, o.p_code, abbreviate)
    parts = [
        _chat(rng, _COMMUNE_CHAT, o.type, o.short, ct),
        _chat(rng, _DISTRICT_CHAT, o.d_type, o.d_short, dt),
        ptext,
    ]
    fits = readings(
        reg, o.short, _types(o.type) if ct else None, True, named(o.d_short, _types(o.d_type) if dt else None), pfit
    )
    return parts, fits


def _join(rng: random.Random, parts: list[str]) -> str:
    return rng.choice((", ", ", ", " ", " - ", ",")).join(p for p in parts if p)


# ---------------------------------------------------------------------------------------------
# The families.


def province_chat(reg: Registers, rng: random.Random) -> Made | None:
    p = rng.choice(sorted(_CHAT_PROVINCES))
    o = _pick(reg, rng, reg.by_province[p])
    parts, fits = _standard(reg, rng, o, abbreviate=0.9)
    if rng.random() < 0.6:
        parts.insert(0, _house(reg, rng, o.p_code))
    truth = reg.successors[o.code]
    return _join(rng, parts), truth, _also(truth, fits), _note(reg, o)


def city_nicknames(reg: Registers, rng: random.Random) -> Made | None:
    d = rng.choice(sorted(_CITY_NICKNAMES))
    o = _pick(reg, rng, reg.by_district[d])
    nick = rng.choice(_CITY_NICKNAMES[d])
    ct = rng.random() < 0.85 or o.short.isdigit()
    parts = [_chat(rng, _COMMUNE_CHAT, o.type, o.short, ct), nick]
    if rng.random() < 0.5:
        parts.insert(0, _house(reg, rng, o.p_code))
    province: Fits | None = None
    if rng.random() < 0.2:
        ptext, province = _province_chat(reg, rng, o.p_code)
        parts.append(ptext)
    fits = readings(reg, o.short, _types(o.type) if ct else None, True, any_of((o.d_short,), False), province)
    truth = reg.successors[o.code]
    return _join(rng, parts), truth, _also(truth, fits), _note(reg, o) + f" as {nick}"


def district_initials(reg: Registers, rng: random.Random) -> Made | None:
    d = rng.choice(sorted(_DISTRICT_INITIALS))
    o = _pick(reg, rng, reg.by_district[d])
    letters = rng.choice(_DISTRICT_INITIALS[d])
    if o.d_type == "thành phố":
        district = rng.choice((f"TP.{letters}", f"tp {letters}", f"TP {letters}"))
    else:
        district = rng.choice(
            (f"Q.{letters}", f"q.{letters.lower()}", f"Q{letters}", f"Q {letters}", f"quận {letters}")
        )
    ct = rng.random() < 0.9 or o.short.isdigit()
    commune = _chat(rng, _COMMUNE_CHAT, o.type, o.short, ct)
    if o.p_code == "79" and o.short.isdigit() and rng.random() < 0.4:
        commune = rng.choice(("f", "F", "f.", "F.")) + o.short
    parts = [commune, district]
    province: Fits | None = None
    if rng.random() < 0.6:
        ptext, province = _province_chat(reg, rng, o.p_code, 0.9)
        parts.append(ptext)
    if rng.random() < 0.6:
        parts.insert(0, _house(reg, rng, o.p_code))
    dfit = initials(letters, _types(o.d_type))
    fits = readings(reg, o.short, _types(o.type) if ct else None, True, dfit, province)
    truth = reg.successors[o.code]
    return _join(rng, parts), truth, _also(truth, fits), _note(reg, o) + f" as {district}"


def numbered_glued(reg: Registers, rng: random.Random) -> Made | None:
    pool = [c for c in reg.by_province["79"] if reg.old[c].d_short.isdigit()]
    o = _pick(reg, rng, pool)
    if o.short.isdigit():
        w = o.short
        ward = rng.choice(
            (
                f"p{w}",
                f"P{w}",
                f"p.{w}",
                f"P.{w}",
                f"f{w}",
                f"F{w}",
                f"f.{w}",
                f"F.{w}",
                f"phường {w}",
                f"P{int(w):02d}",
            )
        )
    else:
        ward = rng.choice((f"p.{o.short}", f"P. {o.short}", f"phường {o.short}", f"p {o.short.lower()}"))
    q = o.d_short
    district = rng.choice((f"q{q}", f"Q{q}", f"q.{q}", f"Q.{q}", f"quận {q}", f"Quận {q}"))
    glue = rng.choice(("", " ", ".", "-", ", ", " - ", "/")) if ward[-1].isdigit() else rng.choice((" ", ", ", " - "))
    text = ward + glue + district
    province: Fits | None = None
    if rng.random() < 0.6:
        ptext, province = _province_chat(reg, rng, "79", 0.9)
        text += rng.choice((" ", ", ", " - ")) + ptext
    if rng.random() < 0.5:
        text = _house(reg, rng, "79") + rng.choice((" ", ", ")) + text
    fits = readings(reg, o.short, _types("phường"), True, named(q, _types("quận")), province)
    truth = reg.successors[o.code]
    return text, truth, _also(truth, fits), _note(reg, o)


_FLAT_COMMUNE = {"phường": ("p", "phuong", "f"), "xã": ("x", "xa"), "thị trấn": ("tt", "thi tran")}
_FLAT_DISTRICT = {
    "quận": ("q", "quan"),
    "huyện": ("h", "huyen"),
    "thị xã": ("tx", "thi xa"),
    "thành phố": ("tp", "thanh pho"),
}


def flat_lowercase(reg: Registers, rng: random.Random) -> Made | None:
    o = _pick(reg, rng, reg.old_codes)
    ct, dt = rng.random() < 0.8 or o.short.isdigit(), rng.random() < 0.7 or o.d_short.isdigit()
    words = []
    if rng.random() < 0.7:
        words.append(_house(reg, rng, o.p_code))
    elif o.type != "phường":
        words.append(rng.choice(("thon", "xom", "ap", "to", "khu")) + f" {rng.randint(1, 15)}")
    words.append((rng.choice(_FLAT_COMMUNE[o.type]) + " " if ct else "") + o.short)
    words.append((rng.choice(_FLAT_DISTRICT[o.d_type]) + " " if dt else "") + o.d_short)
    ptext, pfit = _province_chat(reg, rng, o.p_code, 0.6)
    if "." in ptext:  # a dotted abbreviation (`T.Hóa`) loses its sense without punctuation
        ptext, pfit = reg.old_province[o.p_code].short, any_of((reg.old_province[o.p_code].short,), False)
    words.append(ptext)
    text = strip_marks(" ".join(words)).lower()
    text = re.sub(r"[^\w ]", " ", text)
    text = " ".join(text.split())
    fits = readings(
        reg,
        o.short,
        _types(o.type) if ct else None,
        False,
        named(o.d_short, _types(o.d_type) if dt else None, False),
        pfit,
    )
    truth = reg.successors[o.code]
    return text, truth, _also(truth, fits), _note(reg, o)


def _landmark(reg: Registers, rng: random.Random, o: Old) -> str:
    own = o.short if not o.short.isdigit() else None
    options = [
        f"gần {rng.choice(_CHAINS)}",
        f"đối diện {rng.choice(_CHAINS)}",
        "cạnh cây xăng",
        "sau lưng bệnh viện",
        f"chung cư {rng.choice(('Hoàng Anh', 'Sky Garden', 'Sunrise', 'Ehome'))} block {rng.choice('ABCD')}",
        f"toà {rng.choice('ABCDE')}{rng.randint(1, 3)} KĐT mới",
        f"KCN cổng số {rng.randint(1, 4)}",
        f"căn {rng.randint(1, 30)}{rng.randint(1, 20):02d} block {rng.choice('ABC')}",
    ]
    if own:
        options += [f"gần chợ {own}", f"đối diện trường THCS {own}", f"cạnh UBND {o.type} {own}"]
    return rng.choice(options)


def landmarks(reg: Registers, rng: random.Random) -> Made | None:
    o = _pick(reg, rng, reg.old_codes)
    parts, fits = _standard(reg, rng, o, abbreviate=0.5)
    mark = _landmark(reg, rng, o)
    where = rng.random()
    if where < 0.4:
        parts = [_house(reg, rng, o.p_code), mark, *parts]
    elif where < 0.7:
        parts = [mark, *parts]
    else:
        parts = [_house(reg, rng, o.p_code), *parts[:-1], parts[-1] + f" ({mark})"]
    truth = reg.successors[o.code]
    return _join(rng, parts), truth, _also(truth, fits), _note(reg, o) + f" at {mark}"


def _teen_syllable(rng: random.Random, syl: str) -> str:
    low = syl.lower()
    cap = syl[:1].isupper()
    out = syl
    if low.startswith("ph"):
        out = ("F" if cap else "f") + syl[2:]
    elif low.startswith("qu"):
        out = ("W" if cap else "w") + syl[2:]
    elif low.startswith("gi") and len(low) > 2:
        out = ("Z" if cap else "z") + syl[2:]
    elif low.startswith("d"):
        out = ("Z" if cap else "z") + syl[1:]
    return out if rng.random() < 0.7 else syl


def teen(rng: random.Random, name: str) -> str:
    return " ".join(_teen_syllable(rng, w) for w in name.split())


_TEEN_TYPES = {
    "phường": ("fường", "Fường", "f"),
    "quận": ("wận", "Wận", "q"),
    "xã": ("xã", "x"),
    "huyện": ("huyện", "h"),
    "thị trấn": ("tt", "thị trấn"),
    "thị xã": ("tx", "thị xã"),
    "thành phố": ("tp", "thành fố"),
}
_TEEN_MESSAGES = (
    "e ở {a} nha shop",
    "ship về {a} đc ko ạ",
    "đc giao {a} ko shop",
    "{a} ạaaa",
    "nhà e {a} 🏠",
    "📍{a}",
    "{a} ❤️❤️",
    "{a} nhaaa, ko có ai thì gửi bảo vệ",
    "{a}, j cũng đc miễn giao nhanh 🙏",
    "cho e về {a} z shop",
)


def teen_code(reg: Registers, rng: random.Random) -> Made | None:
    o = _pick(reg, rng, reg.old_codes)
    c_name, d_name = teen(rng, o.short), teen(rng, o.d_short)
    ptext, pfit = _province_chat(reg, rng, o.p_code, 0.7)
    if rng.random() < 0.5 and ptext == reg.old_province[o.p_code].short:
        written = teen(rng, ptext)
        pfit = any_of((ptext, written), False)
        ptext = written
    addr = _join(
        rng,
        [
            f"{rng.choice(_TEEN_TYPES[o.type])} {c_name}",
            f"{rng.choice(_TEEN_TYPES[o.d_type])} {d_name}",
            ptext,
        ],
    )
    if rng.random() < 0.4:
        addr = _house(reg, rng, o.p_code) + " " + addr
    text = rng.choice(_TEEN_MESSAGES).format(a=addr)
    ct, dt = _types(o.type), _types(o.d_type)
    fits = readings(reg, o.short, ct, True, named(o.d_short, dt), pfit)
    if (c_name, d_name) != (o.short, o.d_short):
        dfit = any_of((o.d_short, d_name))
        fits |= readings(reg, c_name, ct, True, dfit, pfit) | readings(reg, o.short, ct, True, dfit, pfit)
    truth = reg.successors[o.code]
    return text, truth, _also(truth, fits), _note(reg, o)


def _phone(rng: random.Random) -> str:
    head = rng.choice(("09", "03", "08", "07"))
    digits = head + "".join(str(rng.randint(0, 9)) for _ in range(8))
    style = rng.random()
    if style < 0.5:
        return digits
    if style < 0.7:
        return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    if style < 0.85:
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    return "+84 " + digits[1:]


def _order_line(rng: random.Random, addr: str) -> str:
    """A buyer's name, phone and note with the address anywhere among them."""
    labelled = rng.random() < 0.3
    bits = [
        ("Tên: " if labelled else "") + rng.choice(_BUYERS),
        ("SĐT: " if labelled else rng.choice(("", "sđt ", "sdt "))) + _phone(rng),
        ("ĐC: " if labelled else "") + addr,
    ]
    if rng.random() < 0.7:
        bits.append(rng.choice(_NOTES))
    rng.shuffle(bits)
    return rng.choice((" - ", " | ", ", ", "  ", " / ", "\n")).join(bits)


def name_phone_note(reg: Registers, rng: random.Random) -> Made | None:
    o = _pick(reg, rng, reg.old_codes)
    parts, fits = _standard(reg, rng, o, abbreviate=0.6)
    addr = _join(rng, [_house(reg, rng, o.p_code), *parts])
    truth = reg.successors[o.code]
    return _order_line(rng, addr), truth, _also(truth, fits), _note(reg, o)


def new_form_2026(reg: Registers, rng: random.Random) -> Made | None:
    n = reg.new[rng.choice(reg.new_codes)]
    olds = [reg.old[c] for c in reg.constituents.get(n.code, ())]
    t = rng.choice(sorted(n.types))
    ct = rng.random() < 0.9 or n.short.isdigit()
    commune = _chat(rng, _COMMUNE_CHAT, t, n.short, ct)
    old_p = sorted({x.p_code for x in olds})
    if old_p and old_p != [n.p_code] and rng.random() < 0.2:
        ptext, pfit = _province_chat(reg, rng, rng.choice(old_p), 0.8)  # the old province by habit
    elif n.p_code in _CHAT_PROVINCES and rng.random() < 0.7:
        text, names = rng.choice(_CHAT_PROVINCES[n.p_code])
        ptext, pfit = text, any_of(names, False)
    else:
        p = reg.new_province[n.p_code]
        ptype = reg.new_province_after.get(n.p_code, p.type)
        ptext = rng.choice((p.short, f"{'TP' if ptype == 'thành phố' else 'tỉnh'} {p.short}"))
        pfit = any_of((p.short,), False)
    parts = [commune, ptext]
    dfit: Fits | None = None
    if olds and rng.random() < 0.35:
        o = rng.choice(olds)
        parts.insert(1, _chat(rng, _DISTRICT_CHAT, o.d_type, o.d_short))
        dfit = named(o.d_short, _types(o.d_type))
    if rng.random() < 0.6:
        parts.insert(0, _house(reg, rng, n.p_code))
    fits = readings(reg, n.short, frozenset({t}) if ct else None, True, dfit, pfit)
    if not ct and dfit is None:
        fits |= _district_namesakes(reg, n.short, True, pfit)  # an untyped name may be an old district's
    truth = (n.code,)
    return _join(rng, parts), truth, _also(truth, fits), f"new {n.code} {n.type} {n.short} / {n.p_code}"


_EN_COMMUNE = {"phường": "Ward", "xã": "Commune", "thị trấn": "Town", "đặc khu": "Special Zone"}
_EN_DISTRICT = {"quận": ("District", frozenset({"quận", "huyện"})), "huyện": ("District", frozenset({"quận", "huyện"}))}
_EN_DISTRICT |= {"thị xã": ("Town", frozenset({"thị xã"})), "thành phố": ("City", frozenset({"thành phố"}))}


def _en_unit(word: str, short: str) -> str:
    plain = strip_marks(short)
    return f"{word} {plain}" if plain.isdigit() else f"{plain} {word}"


def _en_province(reg: Registers, rng: random.Random, p_code: str, new: bool) -> tuple[str, Fits]:
    p = (reg.new_province if new else reg.old_province)[p_code]
    if p_code in _EN_PROVINCES:
        return rng.choice(_EN_PROVINCES[p_code]), any_of((p.short,), False)
    plain = strip_marks(p.short)
    return rng.choice((plain, f"{plain} Province", f"{plain} province")), any_of((p.short,), False)


def english_app(reg: Registers, rng: random.Random) -> Made | None:
    tail = rng.choice(("", "", ", Vietnam", ", Viet Nam", " 700000, Vietnam"))
    house = strip_marks(_house(reg, rng, "01").replace("số ", "").replace("đường ", ""))
    house = re.sub(r"^(ngõ|ngo)", "Lane", re.sub(r"^(hẻm|hem)", "Alley", house))
    if rng.random() < 0.6:
        o = _pick(reg, rng, reg.old_codes)
        ct = rng.random() < 0.75 or o.short.isdigit()
        commune = _en_unit(_EN_COMMUNE[o.type], o.short) if ct else strip_marks(o.short)
        dword, dtypes = _EN_DISTRICT[o.d_type]
        district = _en_unit(dword, o.d_short)
        ptext, pfit = _en_province(reg, rng, o.p_code, False)
        parts = [commune, district, ptext]
        if rng.random() < 0.6:
            parts.insert(0, house)
        fits = readings(reg, o.short, _types(o.type) if ct else None, False, named(o.d_short, dtypes, False), pfit)
        truth = reg.successors[o.code]
        return ", ".join(parts) + tail, truth, _also(truth, fits), _note(reg, o) + " in English"
    n = reg.new[rng.choice(reg.new_codes)]
    ct = rng.random() < 0.7
    commune = _en_unit(_EN_COMMUNE[n.type], n.short) if ct else strip_marks(n.short)
    ptext, pfit = _en_province(reg, rng, n.p_code, True)
    parts = [commune, ptext]
    if rng.random() < 0.6:
        parts.insert(0, house)
    fits = readings(reg, n.short, n.types if ct else None, False, None, pfit)
    if not ct:
        fits |= _district_namesakes(reg, n.short, False, pfit)
    truth = (n.code,)
    return ", ".join(parts) + tail, truth, _also(truth, fits), f"new {n.code} {n.short} in English"


def missing_province(reg: Registers, rng: random.Random) -> Made | None:
    o = _pick(reg, rng, reg.old_codes)
    if rng.random() < 0.65:
        ct, dt = rng.random() < 0.85 or o.short.isdigit(), rng.random() < 0.7 or o.d_short.isdigit()
        parts = [_chat(rng, _COMMUNE_CHAT, o.type, o.short, ct), _chat(rng, _DISTRICT_CHAT, o.d_type, o.d_short, dt)]
        if rng.random() < 0.6:
            parts.insert(0, _house(reg, rng, o.p_code))
        fits = readings(
            reg, o.short, _types(o.type) if ct else None, True, named(o.d_short, _types(o.d_type) if dt else None), None
        )
        truth = reg.successors[o.code]
        return _join(rng, parts), truth, _also(truth, fits), _note(reg, o) + " no province"
    # Only the district and the province: every new commune of the district is meant.
    dt = rng.random() < 0.7 or o.d_short.isdigit()
    ptext, pfit = _province_chat(reg, rng, o.p_code, 0.6)
    parts = [_chat(rng, _DISTRICT_CHAT, o.d_type, o.d_short, dt), ptext]
    if rng.random() < 0.4:
        parts.insert(0, _house(reg, rng, o.p_code))
    truth = tuple(sorted({s for c in reg.by_district[o.d_code] for s in reg.successors[c]}))
    fits = _district_namesakes(reg, o.d_short, True, pfit)
    if not dt:
        fits |= readings(reg, o.d_short, None, True, None, pfit)
    return _join(rng, parts), truth, _also(truth, fits), f"district {o.d_code} {o.d_short} only"


_QWERTY = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_AUTOCORRECT = {"thanh": "thank", "binh": "bing", "linh": "link", "hung": "hunt", "son": "soon", "hoa": "how"}


def _neighbours(ch: str) -> str:
    for r, row in enumerate(_QWERTY):
        i = row.find(ch)
        if i < 0:
            continue
        near = row[max(0, i - 1) : i] + row[i + 1 : i + 2]
        for other in (r - 1, r + 1):
            if 0 <= other < 3:
                near += _QWERTY[other][max(0, i - 1) : i + 1]
        return near
    return ""


def slip(rng: random.Random, name: str) -> str:
    """One slip on a phone keyboard in an unmarked name: a neighbouring key or an autocorrect."""
    words = name.split()
    auto = [i for i, w in enumerate(words) if w.lower() in _AUTOCORRECT]
    if auto and rng.random() < 0.5:
        i = rng.choice(auto)
        new = _AUTOCORRECT[words[i].lower()]
        words[i] = new.capitalize() if words[i][:1].isupper() else new
        return " ".join(words)
    spots = [(i, j) for i, w in enumerate(words) for j in range(1, len(w)) if _neighbours(w[j].lower())]
    if not spots:
        return name
    i, j = rng.choice(spots)
    w = words[i]
    words[i] = w[:j] + rng.choice(_neighbours(w[j].lower())) + w[j + 1 :]
    return " ".join(words)


def keyboard_slips(reg: Registers, rng: random.Random) -> Made | None:
    o = _pick(reg, rng, reg.old_codes)
    c_plain, d_plain = strip_marks(o.short), strip_marks(o.d_short)
    in_commune = not o.short.isdigit() and (o.d_short.isdigit() or rng.random() < 0.6)
    c_text = slip(rng, c_plain) if in_commune else c_plain
    d_text = d_plain if in_commune else slip(rng, d_plain)
    if (c_text, d_text) == (c_plain, d_plain):
        return None
    ct, dt = rng.random() < 0.85 or o.short.isdigit(), rng.random() < 0.7 or o.d_short.isdigit()
    cw = (
        {"phường": "P", "xã": "X", "thị trấn": "TT"}[o.type]
        if rng.random() < 0.6
        else rng.choice(_FLAT_COMMUNE[o.type]).capitalize()
    )
    dw = {"quận": "Q", "huyện": "H", "thị xã": "TX", "thành phố": "TP"}[o.d_type]
    ptext, pfit = _province_chat(reg, rng, o.p_code, 0.4)
    ptext = strip_marks(ptext)
    parts = [(f"{cw} " if ct else "") + c_text, (f"{dw} " if dt else "") + d_text, ptext]
    if rng.random() < 0.5:
        parts.insert(0, strip_marks(_house(reg, rng, o.p_code)))
    ctypes = _types(o.type) if ct else None
    dfit = any_of((o.d_short, d_text), False)
    if dt:
        base = dfit
        dfit = lambda t, s: t == o.d_type and base(t, s)  # noqa: E731
    fits = readings(reg, o.short, ctypes, False, dfit, pfit) | readings(reg, c_text, ctypes, False, dfit, pfit)
    truth = reg.successors[o.code]
    return _join(rng, parts), truth, _also(truth, fits), _note(reg, o) + f" slip {c_text} / {d_text}"


def _teen_wrap(rng: random.Random, text: str) -> str:
    text = re.sub(r"\bphường\b", "fường", text)
    text = re.sub(r"\bPhường\b", "Fường", text)
    text = re.sub(r"\bquận\b", "wận", text)
    text = re.sub(r"\bQuận\b", "Wận", text)
    return rng.choice(_TEEN_MESSAGES).format(a=text)


def mixtures(reg: Registers, rng: random.Random) -> Made | None:
    base = rng.choice(
        (province_chat, city_nicknames, district_initials, numbered_glued, landmarks, new_form_2026, missing_province)
    )
    made = base(reg, rng)
    if made is None:
        return None
    text, truth, also, note = made
    wrap = rng.choice(("order", "teen", "lower", "emoji"))
    if wrap == "order":
        text = _order_line(rng, text)
    elif wrap == "teen":
        text = _teen_wrap(rng, text)
    elif wrap == "lower":
        text = text.lower()
    else:
        text = f"{rng.choice(_EMOJI)} {text} {rng.choice(_EMOJI)}"
    return text, truth, also, f"{base.__name__} + {wrap}; {note}"


def generate(n_per_family: int, seed: int, reference: Path | None = None) -> list[Case]:
    """`n_per_family` addresses for each family, reproducible for a seed."""
    reg = load(reference or reference_dir())
    rng = random.Random(seed)
    makers: dict[str, Callable[[Registers, random.Random], Made | None]] = {
        "province_chat": province_chat,
        "city_nicknames": city_nicknames,
        "district_initials": district_initials,
        "numbered_glued": numbered_glued,
        "flat_lowercase": flat_lowercase,
        "landmarks": landmarks,
        "teen_code": teen_code,
        "name_phone_note": name_phone_note,
        "new_form_2026": new_form_2026,
        "english_app": english_app,
        "missing_province": missing_province,
        "keyboard_slips": keyboard_slips,
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
