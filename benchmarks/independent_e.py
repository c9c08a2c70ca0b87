"""A fifth independent noise model of Vietnamese addresses (set e), written from the registers only.

    from benchmarks.independent_e import generate
    cases = generate(150, 3321, Path("../shared/reference"))

Written without reading the address reader, its case files or the bodies of the other models, in
shapes that forms, exports and people produce: apartment and industrial-zone addresses (`Căn hộ`,
`Tầng`, `Tòa`, `Chung cư`, `KĐT`, `KCN`, `Cụm công nghiệp`, `Lô`) before the units; tax-invoice
headers (company name, `Mã số thuế`/`MST`, `Địa chỉ:`/`ĐC:`, a phone number) on one line or
several; addresses printed province first (`Tỉnh X, Huyện Y, Xã Z`); bank and telecom exports in
capitals without diacritics; an old commune with its old district and no province; one typing
error from a real keyboard (a neighbouring key, a doubled, dropped or swapped letter) in one unit's
name; Telex or VNI keystrokes left in one word when the input method was off (`Huyeenj`,
`Xax`, `Huye6n5`); the new two-level form with the old address in a note (`(cũ: ...)`,
`trước đây là ...`) or with the province first; a hamlet named like a commune of elsewhere
(`Thôn Tân Lập, Xã ...`); line breaks, ` / `, `;` or `|` between the units; tone placement
variants (`hòa`/`hoà`, `thủy`/`thuỷ`) and decomposed Unicode (NFD, or tones only as combining
marks as Windows-1258 text converts); district-level cities and towns written `TP`/`TX` with or
without their province; and English forms (`Ward 5, District 3, HCMC`, `Hamlet 2, X Commune`).
It uses the standard library only and imports nothing of the project.

Every address is built from real units of `old_units.csv` / `new_units.csv`. Its acceptable answers
(`truth`) come from the crosswalk (`commune_mapping.csv`): every successor of the old commune
written (several when it was split), or the new commune itself for the new form. `also_named` is
filled when the names written also fit other units: the model records which names and type words
the text carries for the commune, district and province and looks them up in the registers itself
(tone placement ignored; unmarked text compared unmarked), reading the text as an old address and
as a new one (a new commune with the old district or province it was formed from; a `TP` name
without province may be the province's); every new commune these readings lead to is listed, the
truth included. Words written as a hamlet, street, building or company are not unit names.
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
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "apartment_zone",
    "tax_invoice",
    "province_first",
    "caps_ascii_export",
    "district_no_province",
    "keyboard_typo",
    "ime_residue",
    "new_form_note",
    "hamlet_namesake",
    "line_separators",
    "unicode_forms",
    "city_town_tp",
    "english_latin",
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
# Name keys: marked text is compared with tone placement ignored (hòa = hoà), unmarked text without
# any diacritics; apostrophes dropped, hyphens as spaces, leading zeros of numbers dropped.

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng


def unmarked(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def _syllable_key(word: str) -> str:
    nfd = unicodedata.normalize("NFD", word)
    tones = "".join(c for c in nfd if c in _TONES)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES)) + tones


def name_key(name: str, marked: bool) -> str:
    text = unicodedata.normalize("NFC", name).lower().replace("'", "").replace("\u2019", "").replace("-", " ")
    if not marked:
        text = unmarked(text)
    words = [w.lstrip("0") or "0" if w.isdigit() else w for w in text.split()]
    return " ".join(_syllable_key(w) for w in words)


# ---------------------------------------------------------------------------------------------
# The registers.


@dataclass(frozen=True)
class Old:
    code: str
    name: str
    type: str
    short: str
    en: str
    d_code: str
    d_name: str
    d_type: str
    d_short: str
    d_en: str
    p_code: str
    p_name: str
    p_type: str
    p_short: str
    p_en: str


@dataclass(frozen=True)
class New:
    code: str
    name: str
    types: frozenset[str]  # its type, and the type it has after later changes
    short: str
    en: str
    p_code: str


@dataclass
class Registers:
    old: dict[str, Old] = field(default_factory=dict)
    new: dict[str, New] = field(default_factory=dict)
    successors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    old_to_new_province: dict[str, str] = field(default_factory=dict)
    new_province: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)  # name, type, short, en
    old_province: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)
    constituents: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # new -> old communes
    old_by_key: dict[tuple[bool, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    new_by_key: dict[tuple[bool, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    names: set[str] = field(default_factory=set)  # unmarked keys of every unit name (typo check)
    province_keys: set[str] = field(default_factory=set)  # unmarked keys of province names


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load(reference: Path) -> Registers:
    reg = Registers()
    for r in _rows(reference / "old_provinces.csv"):
        reg.old_province[r["province_code"]] = (
            r["province_name"],
            r["province_type"],
            r["province_short_name"],
            r["province_name_en"],
        )
        reg.old_to_new_province[r["province_code"]] = r["new_province_code"]
    for r in _rows(reference / "new_provinces.csv"):
        reg.new_province[r["province_code"]] = (
            r["province_name"],
            r["province_type"],
            r["province_short_name"],
            r["province_name_en"],
        )
    d_short = {r["district_code"]: r["district_short_name"] for r in _rows(reference / "old_districts.csv")}
    for r in _rows(reference / "old_units.csv"):
        p = reg.old_province[r["province_code"]]
        o = Old(
            r["commune_code"],
            r["commune_name"],
            r["commune_type"],
            r["commune_short_name"],
            r["commune_name_en"],
            r["district_code"],
            r["district_name"],
            r["district_type"],
            d_short[r["district_code"]],
            r["district_name_en"],
            r["province_code"],
            p[0],
            p[1],
            p[2],
            p[3],
        )
        reg.old[o.code] = o
        for marked in (True, False):
            reg.old_by_key[(marked, name_key(o.short, marked))].append(o.code)
        reg.names.update(name_key(n, False) for n in (o.short, o.d_short, o.p_short))
    later = {r["code"]: r["type_after"] for r in _rows(reference / "register_changes.csv") if r["level"] == "commune"}
    for r in _rows(reference / "new_units.csv"):
        types = {r["commune_type"]} | ({later[r["commune_code"]]} if r["commune_code"] in later else set())
        n = New(
            r["commune_code"],
            r["commune_name"],
            frozenset(types),
            r["commune_short_name"],
            r["commune_name_en"],
            r["province_code"],
        )
        reg.new[n.code] = n
        for marked in (True, False):
            reg.new_by_key[(marked, name_key(n.short, marked))].append(n.code)
        reg.names.add(name_key(n.short, False))
    succ: dict[str, set[str]] = defaultdict(set)
    for r in _rows(reference / "commune_mapping.csv"):
        succ[r["old_commune_code"]].add(r["new_commune_code"])
        reg.constituents[r["new_commune_code"]].add(r["old_commune_code"])
    reg.successors = {k: tuple(sorted(v)) for k, v in succ.items()}
    reg.province_keys = {name_key(p[2], False) for p in (*reg.old_province.values(), *reg.new_province.values())}
    reg.names |= reg.province_keys
    return reg


# ---------------------------------------------------------------------------------------------
# What a text says, and every new commune it can mean.


@dataclass(frozen=True)
class Said:
    """One unit as written: its name (as the register spells it, for matching), its type word or
    None, and whether the text carries diacritics."""

    name: str
    type: str | None
    marked: bool = True


def _same(said: Said, name: str) -> bool:
    return name_key(said.name, said.marked) == name_key(name, said.marked)


def _province_fits(reg: Registers, said: Said, old_codes: set[str], new_code: str | None) -> bool:
    keys = {reg.old_province[p][2] for p in old_codes}
    if new_code:
        keys.add(reg.new_province[new_code][2])
    return any(_same(said, k) for k in keys)


def readings(reg: Registers, commune: Said, district: Said | None, province: Said | None) -> set[str]:
    """Every new commune the text can mean: read as an old address, and as a new one."""
    found: set[str] = set()
    key = name_key(commune.name, commune.marked)
    for code in reg.old_by_key.get((commune.marked, key), ()):
        o = reg.old[code]
        if commune.type and commune.type != o.type:
            continue
        new_p = reg.old_to_new_province[o.p_code]
        if district is not None:
            fits = _same(district, o.d_short) and district.type in (None, o.d_type)
            as_province = province is None and _province_fits(reg, district, {o.p_code}, new_p)
            if not (fits or as_province):
                continue
        if province is not None and not _province_fits(reg, province, {o.p_code}, new_p):
            continue
        found.update(reg.successors[code])
    if commune.type == "thị trấn":
        return found
    for code in reg.new_by_key.get((commune.marked, key), ()):
        n = reg.new[code]
        if commune.type and commune.type not in n.types:
            continue
        olds = [reg.old[c] for c in reg.constituents.get(code, ())]
        old_p = {o.p_code for o in olds}
        if district is not None:
            fits = any(_same(district, o.d_short) and district.type in (None, o.d_type) for o in olds)
            as_province = province is None and _province_fits(reg, district, old_p, n.p_code)
            if not (fits or as_province):
                continue
        if province is not None and not _province_fits(reg, province, old_p, n.p_code):
            continue
        found.add(code)
    return found


def also_named(reg: Registers, truth: tuple[str, ...], *said: Said | None) -> tuple[str, ...]:
    commune, district, province = said
    assert commune is not None
    fits = readings(reg, commune, district, province) | set(truth)
    return tuple(sorted(fits)) if fits != set(truth) else ()


# ---------------------------------------------------------------------------------------------
# Writing units.

_COMMUNE_ABBR = {"xã": ("X.", "x."), "phường": ("P.", "P", "p."), "thị trấn": ("TT.", "TT", "T.T.")}
_DISTRICT_ABBR = {
    "huyện": ("H.", "H", "h."),
    "quận": ("Q.", "Q", "q."),
    "thị xã": ("TX.", "TX", "Tx.", "T.X."),
    "thành phố": ("TP.", "TP", "Tp.", "T.P"),
}
_PROVINCE_ABBR = {"tỉnh": ("T.", "tỉnh"), "thành phố": ("TP.", "TP", "Tp.")}


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def write_unit(rng: random.Random, type_word: str, short: str, abbr: dict[str, tuple[str, ...]]) -> str:
    """`Xã An Bình`, `xã An Bình`, `X. An Bình`, `P.5`, `Q3` ..."""
    r = rng.random()
    if r < 0.5:
        return f"{_cap(type_word)} {short}"
    if r < 0.6:
        return f"{type_word} {short}"
    a = rng.choice(abbr[type_word])
    if short.isdigit() and type_word == "phường" and rng.random() < 0.3:
        a = "F"  # numbered wards of Ho Chi Minh City's habit
    glue = "" if (a.endswith(".") and rng.random() < 0.4) or (short.isdigit() and rng.random() < 0.5) else " "
    return f"{a}{glue}{short}"


def write_commune(rng: random.Random, o: Old) -> str:
    return write_unit(rng, o.type, o.short, _COMMUNE_ABBR)


def write_district(rng: random.Random, o: Old) -> str:
    return write_unit(rng, o.d_type, o.d_short, _DISTRICT_ABBR)


def write_province(rng: random.Random, name: str, ptype: str, short: str) -> str:
    r = rng.random()
    if r < 0.45:
        return short
    if r < 0.8:
        return f"{_cap(ptype)} {short}"
    a = rng.choice(_PROVINCE_ABBR[ptype])
    return f"{a} {short}"


def write_old_province(rng: random.Random, o: Old) -> str:
    return write_province(rng, o.p_name, o.p_type, o.p_short)


_STREETS = (
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Nguyễn Huệ",
    "Hai Bà Trưng",
    "Quang Trung",
    "Lý Thường Kiệt",
    "Nguyễn Văn Cừ",
    "Điện Biên Phủ",
    "Hùng Vương",
    "Phan Chu Trinh",
    "Võ Thị Sáu",
    "Trường Chinh",
)


def _region(o: Old) -> str:
    """north (Thôn, Xóm), centre and highlands (Thôn, Tổ, Làng), south (Ấp)."""
    return "north" if int(o.p_code) < 38 else "centre" if int(o.p_code) < 70 else "south"


def filler(rng: random.Random, o: Old) -> str:
    """What comes before the units: a house on a street, or a numbered hamlet / residential group."""
    n = rng.randint(1, 25)
    if o.type == "phường" and rng.random() < 0.6:
        house = rng.choice((f"Số {rng.randint(1, 300)}", f"{rng.randint(1, 300)}", f"{rng.randint(1, 99)}/{n}"))
        street = rng.choice(_STREETS) if rng.random() < 0.5 else f"Ngõ {rng.randint(1, 200)}"
        return (
            f"{house} {'đường ' if rng.random() < 0.4 else ''}{street}" if "Ngõ" not in street else f"{house} {street}"
        )
    if o.type == "phường" or o.type == "thị trấn":
        return rng.choice((f"Tổ {n}", f"Tổ dân phố {n}", f"Khu phố {n}", f"TDP {n}", f"KP{n}"))
    if _region(o) == "north":
        return rng.choice((f"Thôn {n}", f"Xóm {n}", f"Đội {n}", f"Tổ {n}"))
    if _region(o) == "centre":
        return rng.choice((f"Thôn {n}", f"Tổ {n}", f"Thôn {n}", f"Làng {n}"))
    return rng.choice((f"Ấp {n}", f"Thôn {n}", f"Tổ {n}", f"Ấp {n}A"))


# ---------------------------------------------------------------------------------------------
# Families. Each takes the registers, an rng and an old commune and gives (address, truth,
# also_named, note), or None when the family cannot write that commune.

Made = tuple[str, tuple[str, ...], tuple[str, ...], str]


def _note(o: Old, truth: tuple[str, ...]) -> str:
    return f"old {o.code} {o.name}, {o.d_name}, {o.p_name} -> {'/'.join(truth)}"


def _old_case(
    reg: Registers, o: Old, address: str, commune: Said, district: Said | None, province: Said | None, extra: str = ""
) -> Made:
    truth = reg.successors[o.code]
    return address, truth, also_named(reg, truth, commune, district, province), _note(o, truth) + extra


def _full(o: Old, marked: bool = True) -> tuple[Said, Said, Said]:
    return Said(o.short, o.type, marked), Said(o.d_short, o.d_type, marked), Said(o.p_short, None, marked)


def fam_apartment_zone(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    plain = not o.short.isdigit() and name_key(o.short, False) not in reg.province_keys
    d_plain = name_key(o.d_short, False) not in reg.province_keys
    if o.type == "phường":
        floor = rng.randint(2, 35)
        tower = rng.choice(("CT1", "CT2", "A", "B2", "T3", "HH4", "N02", "S1.05", "R2"))
        head = rng.choice(
            (
                f"Căn hộ {floor}{rng.randint(1, 20):02d}, Tầng {floor}, Tòa {tower}",
                f"P.{floor}{rng.randint(1, 20):02d} Tòa nhà {tower}",
                f"Tầng {floor}, Tòa nhà {tower}, Chung cư {rng.choice(('Hoa Sen', 'Sky Garden', 'Golden Park'))}",
                f"Căn {tower}-{floor}.{rng.randint(1, 20):02d} Chung cư {tower}",
                f"Lô {tower}, KĐT mới {o.short}" if plain else f"Lô {tower}, KĐT mới",
                f"Shophouse SH{rng.randint(1, 60)}, Khu đô thị {o.short}" if plain else "Shophouse SH2",
            )
        )
    else:
        lot = f"{rng.choice('ABCDEFGHK')}{rng.randint(1, 40)}"
        head = rng.choice(
            (
                f"Lô {lot}, KCN {o.d_short}" if d_plain else f"Lô {lot}, KCN",
                f"Lô {lot} Khu công nghiệp {o.short}" if plain else f"Lô {lot} Khu công nghiệp",
                f"Cụm công nghiệp {o.short}, Lô {lot}" if plain else f"Cụm công nghiệp, Lô {lot}",
                f"Nhà xưởng số {rng.randint(1, 12)}, Lô {lot}, CCN {o.short}" if plain else f"Xưởng {lot}",
                f"Đường số {rng.randint(1, 15)}, KCN {o.d_short}" if d_plain else f"Đường số {rng.randint(1, 15)}",
            )
        )
    sep = rng.choice((", ", ", ", " - ", " "))
    parts = [head, write_commune(rng, o), write_district(rng, o), write_old_province(rng, o)]
    return _old_case(reg, o, sep.join(parts), *_full(o))


_COMPANY = (
    "CÔNG TY TNHH THƯƠNG MẠI VÀ DỊCH VỤ HOÀNG GIA",
    "CÔNG TY CỔ PHẦN ĐẦU TƯ XÂY DỰNG SỐ 9",
    "CÔNG TY TNHH MỘT THÀNH VIÊN NÔNG SẢN XANH",
    "HỘ KINH DOANH TẠP HÓA MINH TÂM",
    "CÔNG TY TNHH SẢN XUẤT BAO BÌ VIỆT",
    "DOANH NGHIỆP TƯ NHÂN VẬT LIỆU XÂY DỰNG 68",
    "CÔNG TY CP CÔNG NGHỆ SAO VÀNG",
)


def fam_tax_invoice(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    mst = f"{rng.randint(1, 99):02d}{rng.randint(0, 99999999):08d}"
    if rng.random() < 0.3:
        mst += f"-{rng.randint(1, 999):03d}"
    unit = ", ".join((filler(rng, o), write_commune(rng, o), write_district(rng, o), write_old_province(rng, o)))
    label = rng.choice(("Địa chỉ: ", "Địa chỉ:", "ĐC: ", "Đ/c: ", "Địa chỉ trụ sở: "))
    mst_label = rng.choice(("Mã số thuế: ", "MST: ", "MST:", "Mã số thuế (Tax code): "))
    phone = f"Điện thoại: 0{rng.randint(200, 299)} {rng.randint(3000000, 3999999)}"
    company = rng.choice(_COMPANY)
    shape = rng.randrange(4)
    if shape == 0:
        text = f"{company}\n{mst_label}{mst}\n{label}{unit}\n{phone}"
    elif shape == 1:
        text = f"{mst_label}{mst} - {label}{unit}"
    elif shape == 2:
        text = f"Đơn vị bán hàng: {company} | {mst_label}{mst} | {label}{unit} | {phone}"
    else:
        text = f"{label}{unit}. {mst_label}{mst}"
    return _old_case(reg, o, text, *_full(o))


def fam_province_first(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    prov = rng.choice((f"{_cap(o.p_type)} {o.p_short}", o.p_short, f"{o.p_type} {o.p_short}"))
    parts = [prov, write_district(rng, o), write_commune(rng, o)]
    if rng.random() < 0.5:
        parts.append(filler(rng, o))
    sep = rng.choice((", ", " - ", ", ", " > ", " – "))
    text = sep.join(parts)
    if rng.random() < 0.2:
        text = f"Nơi thường trú: {text}"
    return _old_case(reg, o, text, *_full(o))


_ASCII_COMMUNE = {"xã": ("XA", "X."), "phường": ("PHUONG", "P.", "P"), "thị trấn": ("THI TRAN", "TT", "TT.")}
_ASCII_DISTRICT = {
    "huyện": ("HUYEN", "H.", "H"),
    "quận": ("QUAN", "Q.", "Q"),
    "thị xã": ("THI XA", "TX", "TX."),
    "thành phố": ("THANH PHO", "TP", "TP."),
}


def fam_caps_ascii_export(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    def up(s: str) -> str:
        return unmarked(s).upper()

    c = f"{rng.choice(_ASCII_COMMUNE[o.type])} {up(o.short)}"
    d = f"{rng.choice(_ASCII_DISTRICT[o.d_type])} {up(o.d_short)}"
    r = rng.random()
    p = up(o.p_short) if r < 0.6 else (f"TINH {up(o.p_short)}" if o.p_type == "tỉnh" else f"TP {up(o.p_short)}")
    head = up(filler(rng, o))
    sep = rng.choice((", ", ",", " ", " - "))
    text = sep.join((head, c, d, p))
    if rng.random() < 0.3:
        text = text.replace(", ", ",")
    return _old_case(reg, o, text, *_full(o, marked=False))


def fam_district_no_province(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    parts = [write_commune(rng, o), write_district(rng, o)]
    if rng.random() < 0.6:
        parts.insert(0, filler(rng, o))
    c, d, _ = _full(o)
    return _old_case(reg, o, ", ".join(parts), c, d, None)


_QWERTY = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours(ch: str) -> str:
    for r, row in enumerate(_QWERTY):
        i = row.find(ch)
        if i >= 0:
            near = row[max(0, i - 1) : i] + row[i + 1 : i + 2]
            for rr in (r - 1, r + 1):
                if 0 <= rr < 3:
                    near += _QWERTY[rr][max(0, i - 1) : i + 1]
            return near
    return ""


def typo(rng: random.Random, name: str) -> str:
    """One keyboard slip on one plain letter inside a word of the name (not its first): a
    neighbouring key, a doubled or dropped letter, or two plain letters swapped."""
    plain = "abcdefghijklmnopqrstuvwxyz"
    spots = [i for i, ch in enumerate(name) if ch.lower() in plain and i > 0 and name[i - 1] != " "]
    if not spots:
        return name
    i = rng.choice(spots)
    ch = name[i]
    kind = rng.randrange(4)
    if kind == 0:
        rep = rng.choice(_neighbours(ch.lower()) or ch)
        return name[:i] + (rep.upper() if ch.isupper() else rep) + name[i + 1 :]
    if kind == 2:
        return name[:i] + name[i + 1 :]
    if kind == 3 and i + 1 < len(name) and name[i + 1].lower() in plain:
        return name[:i] + name[i + 1] + ch + name[i + 2 :]
    return name[:i] + ch + name[i:]


def fam_keyboard_typo(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    which = "commune" if rng.random() < 0.7 else "district"
    name = o.short if which == "commune" else o.d_short
    if sum(ch.isalpha() for ch in name) < 5 or name.isdigit():
        return None
    for _ in range(5):
        bad = typo(rng, name)
        if name_key(bad, False) not in reg.names and bad != name:
            break
    else:
        return None
    c = f"{_cap(o.type)} {bad if which == 'commune' else o.short}"
    d = f"{_cap(o.d_type) if rng.random() < 0.6 else rng.choice(_DISTRICT_ABBR[o.d_type])} "
    d += bad if which == "district" else o.d_short
    parts = [c, d, write_old_province(rng, o)]
    if rng.random() < 0.5:
        parts.insert(0, filler(rng, o))
    return _old_case(reg, o, ", ".join(parts), *_full(o), extra=f" (typo in {which}: {name} -> {bad})")


_TELEX_TONE = {"\u0300": "f", "\u0301": "s", "\u0303": "x", "\u0309": "r", "\u0323": "j"}
_VNI_TONE = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


def keystrokes(word: str, vni: bool) -> str:
    """The keys typed for a word (Telex or VNI) as they stay when the input method is off."""
    out: list[str] = []
    tone = ""
    for ch in unicodedata.normalize("NFD", word):
        if ch in _TELEX_TONE:
            tone = (_VNI_TONE if vni else _TELEX_TONE)[ch]
        elif ch == "\u0302":  # circumflex: aa ee oo / 6
            out.append("6" if vni else out[-1].lower())
        elif ch in "\u0306\u031b":  # breve / horn: w / 8, 7
            out.append(("8" if ch == "\u0306" else "7") if vni else "w")
        elif ch in "đĐ":
            out.append(("d9" if vni else "dd") if ch == "đ" else ("D9" if vni else "Dd"))
        else:
            out.append(ch)
    return "".join(out) + tone


def fam_ime_residue(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    c = [_cap(o.type), o.short]
    d = [_cap(o.d_type), o.d_short]
    p = [o.p_short]
    parts = [c, d, p]
    words = [
        (i, j, w) for i, part in enumerate(parts) for j, word in enumerate(part) for w in [word] if w != unmarked(w)
    ]
    if not words:
        return None
    i, j, w = rng.choice(words)
    vni = rng.random() < 0.3
    pieces = w.split()
    k = rng.randrange(len(pieces))
    marked_pieces = [x for x in range(len(pieces)) if pieces[x] != unmarked(pieces[x])]
    k = rng.choice(marked_pieces) if marked_pieces else k
    pieces[k] = keystrokes(pieces[k], vni)
    parts[i][j] = " ".join(pieces)
    head = [filler(rng, o)] if rng.random() < 0.5 else []
    text = ", ".join(head + [" ".join(x) for x in parts])
    return _old_case(reg, o, text, *_full(o), extra=f" ({'VNI' if vni else 'Telex'} in {w!r})")


def fam_new_form_note(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    succ = reg.successors[o.code]
    n = reg.new[rng.choice(succ)]
    pname, ptype, pshort, _ = reg.new_province[n.p_code]
    ntype = rng.choice(sorted(n.types))
    new_c = (
        f"{_cap(ntype)} {n.short}"
        if rng.random() < 0.7
        else f"{rng.choice(_COMMUNE_ABBR.get(ntype, ('ĐK',)))} {n.short}"
    )
    prov = write_province(rng, pname, ptype, pshort)
    old_bits = [f"{o.type} {o.short}", f"{o.d_type} {o.d_short}"]
    if o.p_code != n.p_code or rng.random() < 0.3:
        old_bits.append(f"{o.p_type} {o.p_short}")
    old = ", ".join(old_bits)
    shape = rng.randrange(5)
    head = f"{filler(rng, o)}, " if rng.random() < 0.5 else ""
    if shape == 0:
        text = f"{head}{new_c}, {prov} (cũ: {old})"
    elif shape == 1:
        text = f"{prov}, {new_c}, {head.rstrip(', ')}".rstrip(", ")
    elif shape == 2:
        text = f"{head}{new_c} (trước đây là {old}), {prov}"
    elif shape == 3:
        text = f"{head}{new_c}, {prov} (địa chỉ cũ: {_cap(old)})"
    else:
        text = f"{head}{new_c}, {prov} [trước sáp nhập: {old}]"
    truth = (n.code,)
    said_c = Said(n.short, ntype)
    said_p = Said(pshort, None)
    fits = readings(reg, said_c, None, said_p) | set(truth)
    also = tuple(sorted(fits)) if fits != set(truth) else ()
    return text, truth, also, f"new {n.code} {n.name}, {pname} <- {_note(o, succ)}"


_HAMLET_WORDS_NORTH = ("Thôn", "Xóm", "Làng", "Thôn", "Đội")
_HAMLET_WORDS_SOUTH = ("Ấp", "Ấp", "Thôn", "Khóm")


def fam_hamlet_namesake(reg: Registers, rng: random.Random, o: Old, pool: list[str]) -> Made | None:
    own = {name_key(x, False) for x in (o.short, o.d_short, o.p_short)}
    for _ in range(20):
        other = reg.old[rng.choice(pool)]
        if other.p_code != o.p_code and not other.short.isdigit() and name_key(other.short, False) not in own:
            break
    else:
        return None
    if o.type == "phường":
        hamlet = f"{rng.choice(('Tổ dân phố', 'Khu phố', 'Khối'))} {other.short}"
    else:
        words = _HAMLET_WORDS_SOUTH if _region(o) == "south" else _HAMLET_WORDS_NORTH
        hamlet = f"{rng.choice(words)} {other.short}"
    parts = [hamlet, write_commune(rng, o), write_district(rng, o), write_old_province(rng, o)]
    return _old_case(reg, o, ", ".join(parts), *_full(o), extra=f" (hamlet named like {other.code} {other.name})")


def fam_line_separators(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    parts = [write_commune(rng, o), write_district(rng, o), write_old_province(rng, o)]
    if rng.random() < 0.6:
        parts.insert(0, filler(rng, o))
    sep = rng.choice(("\n", "\r\n", " / ", "/", "; ", ";", " | ", ",\n", " ; ", "\t"))
    return _old_case(reg, o, sep.join(parts), *_full(o), extra=f" (separator {sep!r})")


_TONE_SWAP = re.compile(r"^([^aeiouy]*)(oa|oe|uy)$")


def old_style_tone(word: str) -> str | None:
    """hòa <-> hoà, thủy <-> thuỷ, khỏe <-> khoẻ (open syllables only); None when not such a word."""
    nfd = unicodedata.normalize("NFD", word)
    tones = [c for c in nfd if c in _TONES]
    base = "".join(c for c in nfd if c not in _TONES)
    low = base.lower()
    if len(tones) != 1 or not _TONE_SWAP.match(low) or low.startswith(("qu", "gi")):
        return None
    on_last = nfd.endswith(tones[0])
    moved = base[:-1] + tones[0] + base[-1:] if on_last else base + tones[0]
    return unicodedata.normalize("NFC", moved)


def tones_as_marks(text: str) -> str:
    """Windows-1258 style: letters precomposed with their vowel marks, tones as combining marks after."""
    pieces: list[str] = []
    letter, tone = "", ""
    for ch in unicodedata.normalize("NFD", text):
        if ch in _TONES:
            tone += ch
        elif unicodedata.combining(ch):
            letter += ch
        else:
            pieces.append(unicodedata.normalize("NFC", letter) + tone)
            letter, tone = ch, ""
    pieces.append(unicodedata.normalize("NFC", letter) + tone)
    return "".join(pieces)


def fam_unicode_forms(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    text = ", ".join((filler(rng, o), write_commune(rng, o), write_district(rng, o), write_old_province(rng, o)))
    kind = rng.randrange(4)
    words = text.split(" ")
    swapped = [old_style_tone(w.rstrip(",")) for w in words]
    if kind == 0 and any(swapped):
        text = " ".join((s + ("," if w.endswith(",") else "")) if s else w for w, s in zip(words, swapped, strict=True))
        how = "tone placement"
    elif kind == 1:
        text = tones_as_marks(text)
        how = "tones as combining marks"
    elif kind == 2:
        text = " ".join(unicodedata.normalize("NFD", w) if rng.random() < 0.5 else w for w in words)
        how = "some words NFD"
    else:
        text = unicodedata.normalize("NFD", text)
        how = "NFD"
    return _old_case(reg, o, text, *_full(o), extra=f" ({how})")


def fam_city_town_tp(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    if o.d_type not in ("thành phố", "thị xã"):
        return None
    c = write_commune(rng, o)
    a = rng.choice(_DISTRICT_ABBR[o.d_type] + (_cap(o.d_type),))
    d = f"{a}{'' if a.endswith('.') and rng.random() < 0.4 else ' '}{o.d_short}"
    parts = [c, d]
    with_province = rng.random() < 0.5
    if with_province:
        parts.append(write_old_province(rng, o))
    if rng.random() < 0.5:
        parts.insert(0, filler(rng, o))
    sep = rng.choice((", ", " - ", ","))
    cs, ds, ps = _full(o)
    return _old_case(reg, o, sep.join(parts), cs, ds, ps if with_province else None)


_EN_HAMLET = ("Hamlet", "Village", "Group", "Quarter")


def fam_english_latin(reg: Registers, rng: random.Random, o: Old) -> Made | None:
    en_type = o.en.rsplit(" ", 1)[-1]
    cname = o.en[: -len(en_type) - 1]
    # "Ward 5"; else the register's "Tan Thanh Commune", now and then "Commune Tan Thanh"
    c = f"Ward {cname}" if cname.isdigit() else f"{en_type} {cname}" if rng.random() < 0.2 else o.en
    d_type = o.d_en.rsplit(" ", 1)[-1]
    dname = o.d_en[: -len(d_type) - 1]
    if dname.isdigit():
        d = f"District {dname}"
    else:
        d = rng.choice((o.d_en, o.d_en, f"{dname} Dist." if d_type == "District" else o.d_en))
    p_type = o.p_en.rsplit(" ", 1)[-1]
    pname = o.p_en[: -len(p_type) - 1]
    if o.p_code == "79":
        p = rng.choice(("HCMC", "Ho Chi Minh City", "HCM City", "Saigon, Ho Chi Minh City"))
    elif o.p_code == "01":
        p = rng.choice(("Hanoi", "Ha Noi", "Hanoi City"))
    else:
        p = rng.choice((o.p_en, pname, f"{pname} Prov."))
    head = []
    if rng.random() < 0.5:
        n = rng.randint(1, 12)
        head = [
            f"{rng.choice(_EN_HAMLET)} {n}"
            if o.type != "phường"
            else f"No. {rng.randint(1, 300)} {rng.choice(_STREETS)} Street"
        ]
    text = ", ".join([*head, c, d, p])
    if rng.random() < 0.15:
        text += ", Vietnam"
    said_c = Said(o.short, o.type, False)
    said_d = Said(o.d_short, o.d_type, False)
    said_p = Said(o.p_short, None, False)
    if o.p_code == "01" and "Hanoi" in p:
        said_p = Said("Hà Nội", None, True)
    return _old_case(reg, o, text, said_c, said_d, said_p)


# ---------------------------------------------------------------------------------------------


def generate(n_per_family: int, seed: int, reference: Path | None = None) -> list[Case]:
    """`n_per_family` addresses for each family, reproducible for a seed."""
    reg = load(reference or reference_dir())
    rng = random.Random(seed)
    codes = sorted(reg.old)
    makers: dict[str, Callable[[Registers, random.Random, Old], Made | None]] = {
        "apartment_zone": fam_apartment_zone,
        "tax_invoice": fam_tax_invoice,
        "province_first": fam_province_first,
        "caps_ascii_export": fam_caps_ascii_export,
        "district_no_province": fam_district_no_province,
        "keyboard_typo": fam_keyboard_typo,
        "ime_residue": fam_ime_residue,
        "new_form_note": fam_new_form_note,
        "hamlet_namesake": lambda reg, rng, o: fam_hamlet_namesake(reg, rng, o, codes),
        "line_separators": fam_line_separators,
        "unicode_forms": fam_unicode_forms,
        "city_town_tp": fam_city_town_tp,
        "english_latin": fam_english_latin,
    }
    cases: list[Case] = []
    for family in FAMILIES:
        made = 0
        while made < n_per_family:
            o = reg.old[rng.choice(codes)]
            out = makers[family](reg, rng, o)
            if out is None:
                continue
            address, truth, also, note = out
            cases.append(Case(family, address, truth, also, note))
            made += 1
    return cases
