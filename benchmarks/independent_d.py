"""A fourth independent noise model of Vietnamese addresses (set d), written from the registers only.

    from benchmarks.independent_d import generate
    cases = generate(300, 4242, Path("../shared/reference"))

Written without reading the address reader or its case files, in shapes that registers and clerks
produce and that the earlier sets stress less: business-registry and post-office listings (capitals,
industrial zones, lots, floors, buildings, the commune repeated in the post office's name), land-record
lines with parcel and map-sheet numbers, hospital and school records with a name and a birth date
before the address, an old commune with its province but no district, a commune without its type
word, old towns written `TT.`, numbered wards in every spelling (`P.3`, `P03`, `F3`, `Q.10`), an old
commune with the new province it went to, provinces written by their common abbreviations,
diacritics dropped on some words only, messy separators, trailing notes, and the new two-level form
as clerks write it. It uses the standard library only and imports nothing of the project.

Every address is built from real units. Its acceptable answers come from the crosswalk
(`commune_mapping.csv`): all successors of the old commune written (several when it was split), or
the new commune itself for the new form. `also_named` is filled when the words written also fit
other units: the model records which names and type words the text carries (commune, district,
province, each with or without its type word and diacritics) and looks them up in the registers
itself, old reading and new reading alike (a new commune may come with the old province it was
in; a bare name without district may be a district's); every new commune those readings lead to is
listed, the truth included.
"""

from __future__ import annotations

import csv
import os
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "business_registry",
    "post_office",
    "land_parcel",
    "patient_record",
    "pupil_record",
    "no_district",
    "commune_no_type",
    "old_town",
    "ward_number",
    "old_commune_new_province",
    "province_abbrev",
    "some_words_unmarked",
    "messy_separators",
    "trailing_note",
    "new_form_clerk",
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
# Comparing written names with register names, word by word: a word written with diacritics is
# compared with them (tone placement ignored: hòa = hoà), a word written without any, without.

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def unmarked(text: str) -> str:
    """The text without diacritics (đ -> d)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).lower()
    out = []
    for w in "".join(c if c.isalnum() else " " for c in text).split():
        out.append(w.lstrip("0") or "0" if w.isdigit() else w)
    return out


def _tone_free(word: str) -> str:
    nfd = unicodedata.normalize("NFD", word)
    return "".join(c for c in nfd if c not in _TONES) + "".join(sorted(c for c in nfd if c in _TONES))


def _same_word(written: str, name: str) -> bool:
    if unmarked(written) == written:
        return unmarked(name) == written
    return _tone_free(written) == _tone_free(name)


def same_name(written: str, name: str) -> bool:
    a, b = _words(written), _words(name)
    return len(a) == len(b) and all(_same_word(x, y) for x, y in zip(a, b, strict=True))


def _index_key(text: str) -> str:
    return " ".join(_words(unmarked(text)))


# ---------------------------------------------------------------------------------------------
# Registers


@dataclass(frozen=True)
class Old:
    code: str
    name: str
    type: str
    short: str
    dcode: str
    pcode: str
    successors: tuple[str, ...]


@dataclass(frozen=True)
class New:
    code: str
    name: str
    type: str
    short: str
    pcode: str
    type_now: str  # after the changes since July 2025 (a xã that became a phường)


@dataclass(frozen=True)
class District:
    code: str
    type: str
    short: str
    pcode: str


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    type: str
    short: str
    new: str  # an old province: the new one it went into; a new province: its type after 2025


@dataclass
class Registers:
    old: dict[str, Old]
    new: dict[str, New]
    districts: dict[str, District]
    oldp: dict[str, Province]
    newp: dict[str, Province]
    old_by: dict[str, list[str]] = field(default_factory=dict)
    new_by: dict[str, list[str]] = field(default_factory=dict)
    old_list: list[str] = field(default_factory=list)
    new_list: list[str] = field(default_factory=list)
    towns: list[str] = field(default_factory=list)
    numbered: list[str] = field(default_factory=list)
    unit_keys: set[str] = field(default_factory=set)
    moved: list[str] = field(default_factory=list)  # old communes whose province merged into another
    by_province: dict[str, list[str]] = field(default_factory=dict)
    province_cache: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    district_by: dict[str, list[str]] = field(default_factory=dict)
    in_district: dict[str, list[str]] = field(default_factory=dict)

    def province_readings(self, written: str) -> tuple[frozenset[str], frozenset[str]]:
        """The old and the new provinces a written province name (without type word) can be."""
        if written not in self.province_cache:
            olds = frozenset(c for c, p in self.oldp.items() if same_name(written, p.short))
            news = frozenset(c for c, p in self.newp.items() if same_name(written, p.short))
            self.province_cache[written] = (olds, news)
        return self.province_cache[written]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load(reference: Path) -> Registers:
    succ: dict[str, set[str]] = defaultdict(set)
    for r in _rows(reference / "commune_mapping.csv"):
        succ[r["old_commune_code"]].add(r["new_commune_code"])
    districts = {
        r["district_code"]: District(
            r["district_code"], r["district_type"], r["district_short_name"], r["province_code"]
        )
        for r in _rows(reference / "old_districts.csv")
    }
    old = {
        r["commune_code"]: Old(
            r["commune_code"],
            r["commune_name"],
            r["commune_type"],
            r["commune_short_name"],
            r["district_code"],
            r["province_code"],
            tuple(sorted(succ[r["commune_code"]])),
        )
        for r in _rows(reference / "old_units.csv")
    }
    changed = {r["code"]: r for r in _rows(reference / "register_changes.csv")}
    new = {
        r["commune_code"]: New(
            r["commune_code"],
            r["commune_name"],
            r["commune_type"],
            r["commune_short_name"],
            r["province_code"],
            changed[r["commune_code"]]["type_after"] if r["commune_code"] in changed else r["commune_type"],
        )
        for r in _rows(reference / "new_units.csv")
    }
    oldp = {
        r["province_code"]: Province(
            r["province_code"], r["province_name"], r["province_type"], r["province_short_name"], r["new_province_code"]
        )
        for r in _rows(reference / "old_provinces.csv")
    }
    newp = {}
    for r in _rows(reference / "new_provinces.csv"):
        code = r["province_code"]
        now = changed[code]["type_after"] if code in changed else r["province_type"]
        newp[code] = Province(code, r["province_name"], r["province_type"], r["province_short_name"], now)
    reg = Registers(old, new, districts, oldp, newp)
    for code in sorted(old):
        reg.old_by.setdefault(_index_key(old[code].short), []).append(code)
    for code in sorted(new):
        reg.new_by.setdefault(_index_key(new[code].short), []).append(code)
    reg.old_list = sorted(old)
    reg.new_list = sorted(new)
    reg.towns = [c for c in reg.old_list if old[c].type == "thị trấn"]
    reg.numbered = [c for c in reg.old_list if old[c].short.isdigit()]
    reg.moved = [c for c in reg.old_list if oldp[old[c].pcode].new != old[c].pcode]
    for c in reg.old_list:
        reg.by_province.setdefault(old[c].pcode, []).append(c)
        reg.in_district.setdefault(old[c].dcode, []).append(c)
    for code in sorted(districts):
        reg.district_by.setdefault(_index_key(districts[code].short), []).append(code)
    reg.unit_keys = (
        {_index_key(o.short) for o in old.values()}
        | {_index_key(n.short) for n in new.values()}
        | {_index_key(d.short) for d in districts.values()}
        | {_index_key(p.short) for p in (*oldp.values(), *newp.values())}
    )
    return reg


# ---------------------------------------------------------------------------------------------
# What the text says, and every unit it can mean


@dataclass(frozen=True)
class Said:
    """The unit names an address carries, as written (type words as register type words)."""

    commune: str
    ctype: str | None  # None: written without its type word
    district: str | None = None  # None: no district written
    dtype: str | None = None
    old_provinces: frozenset[str] = frozenset()  # the provinces the written province can be
    new_provinces: frozenset[str] = frozenset()


def readings(reg: Registers, said: Said) -> set[str]:
    """Every new commune the written names lead to, reading the text as an old or a new address."""
    out: set[str] = set()
    any_province = not said.old_provinces and not said.new_provinces
    key = _index_key(said.commune)
    for code in reg.old_by.get(key, ()):
        o = reg.old[code]
        if not same_name(said.commune, o.short) or said.ctype not in (None, o.type):
            continue
        if not any_province and o.pcode not in said.old_provinces and reg.oldp[o.pcode].new not in said.new_provinces:
            continue
        if said.district is not None:
            d = reg.districts[o.dcode]
            if not same_name(said.district, d.short) or said.dtype not in (None, d.type):
                continue
        out.update(o.successors)
    if said.district is None:
        # A two-level address in the new register, its province written new or as the old one it
        # came from (a new commune with the province people still write).
        successor = said.new_provinces | {reg.oldp[p].new for p in said.old_provinces}
        for code in reg.new_by.get(key, ()):
            n = reg.new[code]
            if not same_name(said.commune, n.short) or said.ctype not in (None, n.type, n.type_now):
                continue
            if any_province or n.pcode in successor:
                out.add(code)
    if said.district is None and said.ctype is None:
        # A bare name that is also a district's: the address may name the district and no commune.
        for dcode in reg.district_by.get(key, ()):
            d = reg.districts[dcode]
            if not same_name(said.commune, d.short):
                continue
            if any_province or d.pcode in said.old_provinces or reg.oldp[d.pcode].new in said.new_provinces:
                for code in reg.in_district.get(dcode, ()):
                    out.update(reg.old[code].successors)
    return out


# ---------------------------------------------------------------------------------------------
# Writing units the way people do

COMMUNE_WORDS: dict[str, tuple[tuple[str, int], ...]] = {
    "xã": (("Xã", 6), ("xã", 4), ("X.", 2), ("x.", 1)),
    "phường": (("Phường", 6), ("phường", 3), ("P.", 3), ("p.", 1), ("P ", 1)),
    "thị trấn": (("Thị trấn", 5), ("thị trấn", 2), ("TT.", 3), ("TT ", 2), ("T.T ", 1), ("Thị Trấn", 1)),
    "đặc khu": (("Đặc khu", 3), ("đặc khu", 1)),
}
DISTRICT_WORDS: dict[str, tuple[tuple[str, int], ...]] = {
    "huyện": (("Huyện", 6), ("huyện", 4), ("H.", 3), ("h.", 1)),
    "quận": (("Quận", 6), ("quận", 3), ("Q.", 3), ("Q ", 1)),
    "thị xã": (("Thị xã", 5), ("thị xã", 2), ("TX.", 3), ("TX ", 1), ("T.X ", 1)),
    "thành phố": (("Thành phố", 5), ("thành phố", 2), ("TP.", 3), ("TP ", 2), ("Tp.", 1)),
}
PROVINCE_WORDS: dict[str, tuple[tuple[str, int], ...]] = {
    "tỉnh": (("Tỉnh", 5), ("tỉnh", 3), ("T.", 1), ("", 5)),
    "thành phố": (("Thành phố", 4), ("thành phố", 1), ("TP.", 3), ("TP ", 2), ("Tp.", 1), ("", 5)),
}

# Common public spellings of provinces: (text, old provinces, new provinces it can stand for).
PROVINCE_ABBREVIATIONS: dict[str, tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]] = {
    "01": (
        ("HN", ("01",), ("01",)),
        ("TP.HN", ("01",), ("01",)),
        ("Tp HN", ("01",), ("01",)),
        ("Ha Noi", ("01",), ("01",)),
    ),
    "79": (
        ("TP.HCM", ("79",), ("79",)),
        ("TPHCM", ("79",), ("79",)),
        ("Tp.HCM", ("79",), ("79",)),
        ("TP. HCM", ("79",), ("79",)),
        ("HCM", ("79",), ("79",)),
        ("Tp Hồ Chí Minh", ("79",), ("79",)),
        ("Sài Gòn", ("79",), ("79",)),
    ),
    "77": (
        ("BR-VT", ("77",), ()),
        ("BRVT", ("77",), ()),
        ("BR - VT", ("77",), ()),
        ("Bà Rịa-Vũng Tàu", ("77",), ()),
        ("T. BR-VT", ("77",), ()),
    ),
    "46": (
        ("TT-Huế", ("46",), ("46",)),
        ("TT Huế", ("46",), ("46",)),
        ("TT.Huế", ("46",), ("46",)),
        ("Thừa Thiên-Huế", ("46",), ("46",)),
        ("T.T.Huế", ("46",), ("46",)),
    ),
    "66": (
        ("Đắc Lắc", ("66",), ("66",)),
        ("ĐắkLắk", ("66",), ("66",)),
        ("Daklak", ("66",), ("66",)),
        ("Đăk Lăk", ("66",), ("66",)),
    ),
    "67": (("Đắc Nông", ("67",), ()), ("Đăk Nông", ("67",), ()), ("ĐắkNông", ("67",), ())),
    "62": (("KonTum", ("62",), ()), ("Kontum", ("62",), ())),
}

STREETS = (
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Nguyễn Huệ",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Quang Trung",
    "Nguyễn Trãi",
    "Trần Phú",
    "Hùng Vương",
    "Lê Duẩn",
    "Phan Chu Trinh",
    "Điện Biên Phủ",
    "Nguyễn Văn Cừ",
    "Võ Thị Sáu",
    "Cách Mạng Tháng Tám",
    "30 Tháng 4",
    "Ngô Quyền",
    "Bà Triệu",
    "Lê Hồng Phong",
    "Nguyễn Thị Minh Khai",
    "Quốc lộ 1A",
    "Tỉnh lộ 8",
)
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Gia")
GIVEN = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hoa",
    "Hương",
    "Lan",
    "Mai",
    "Nam",
    "Thảo",
    "Tuấn",
    "Yến",
    "Hằng",
    "Khánh",
    "Trang",
)
BUILDINGS = (
    "Viettel",
    "VNPT",
    "Vincom",
    "Petrolimex",
    "Bitexco",
    "Lotte",
    "Keangnam",
    "Indochina",
    "Pearl Plaza",
    "Capital Tower",
    "Sông Đà",
    "Licogi",
    "HUD",
)
COMPANIES = (
    "Minh Anh",
    "Hoàng Phát",
    "Đức Thành",
    "Thiên Long",
    "Việt Hưng",
    "Tân Tiến",
    "Kim Ngân",
    "Hải Âu",
    "Sao Việt",
)


def weighted(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([o for o, _ in options], [w for _, w in options])[0]


def typed(word: str, name: str) -> str:
    """A type word and a name: 'Xã Tân Lập', 'X. Tân Lập', 'TT Cầu Giát', 'P.3', 'Q.10'."""
    if not word:
        return name
    if word.endswith(" "):
        return word + name
    if word.endswith(".") and name[:1].isdigit():
        return word + name
    return f"{word} {name}"


def commune_text(rng: random.Random, ctype: str, short: str) -> str:
    return typed(weighted(rng, COMMUNE_WORDS[ctype]), short)


def district_text(rng: random.Random, d: District) -> str:
    return typed(weighted(rng, DISTRICT_WORDS[d.type]), d.short)


def province_text(rng: random.Random, p: Province, ptype: str | None = None) -> str:
    return typed(weighted(rng, PROVINCE_WORDS[ptype or p.type]), p.short)


def street(rng: random.Random) -> str:
    n = rng.randint(1, 399)
    form = rng.randrange(7)
    name = rng.choice(STREETS)
    if form == 0:
        return f"Số {n} đường {name}"
    if form == 1:
        return f"{n} {name}"
    if form == 2:
        return f"số {n}/{rng.randint(1, 40)} {name}"
    if form == 3:
        return f"Ngõ {rng.randint(1, 200)}, đường {name}"
    if form == 4:
        return f"Hẻm {rng.randint(1, 300)} {name}"
    if form == 5:
        return f"{n}A Đ. {name}"
    return f"Kiệt {rng.randint(1, 90)} {name}"


NORTHERN_UPLANDS = frozenset(("02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "20"))


def hamlet(rng: random.Random, ctype: str, pcode: str = "01") -> str:
    """A hamlet or a town block, with the word used in that part of the country."""
    n = rng.randint(1, 15)
    if ctype == "xã":
        if pcode >= "70":
            return f"{rng.choice(('Ấp', 'Ấp', 'ấp'))} {n}"
        word = weighted(rng, (("Thôn", 5), ("Xóm", 3), ("thôn", 2), ("Bản", 3 if pcode in NORTHERN_UPLANDS else 0)))
        if rng.random() < 0.25 and word != "Bản":
            return f"{word} {rng.choice(('Đông', 'Đoài', 'Trại', 'Chợ', 'Giữa', 'Ngoài'))}"
        return f"{word} {n}"
    word = weighted(rng, (("Tổ", 3), ("Khu phố", 3), ("KP", 2), ("Tổ dân phố", 2), ("TDP", 1), ("Khối", 1)))
    return f"{word} {n}"


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def birth_date(rng: random.Random, first: int = 1940, last: int = 2018) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(first, last)}"


def drop_marks(rng: random.Random, text: str, p: float) -> str:
    """Diacritics dropped on each word with probability `p`."""
    return " ".join(unmarked(w) if rng.random() < p else w for w in text.split(" "))


# ---------------------------------------------------------------------------------------------
# Building an old-form address


@dataclass
class Drawn:
    address: str
    truth: tuple[str, ...]
    said: Said
    note: str


def _old_note(reg: Registers, o: Old) -> str:
    d = reg.districts[o.dcode]
    return f"old {o.code} {o.name}, {d.type} {d.short}, {reg.oldp[o.pcode].name} -> {','.join(o.successors)}"


def _new_note(reg: Registers, n: New) -> str:
    return f"new {n.code} {n.name}, {reg.newp[n.pcode].name}"


def old_parts(
    rng: random.Random,
    reg: Registers,
    o: Old,
    *,
    district: float = 0.8,
    commune_type: float = 1.0,
    province: Province | None = None,
    province_as: tuple[str, frozenset[str], frozenset[str]] | None = None,
    marks: Callable[[str], str] = lambda s: s,
) -> tuple[list[str], Said]:
    """The commune, district and province of an old commune as written, and what they say.

    `province`: write this province (the old one by default); `province_as`: write this text
    for the province, standing for these old and new provinces."""
    cname = marks(o.short)
    ctype: str | None = o.type if (rng.random() < commune_type or o.short.isdigit()) else None
    parts = [typed(marks(weighted(rng, COMMUNE_WORDS[o.type])), cname) if ctype else cname]
    dname: str | None = None
    dtype: str | None = None
    if rng.random() < district:
        d = reg.districts[o.dcode]
        dname = marks(d.short)
        if rng.random() < 0.15 and not d.short.isdigit():
            parts.append(dname)
        else:
            dtype = d.type
            parts.append(typed(marks(weighted(rng, DISTRICT_WORDS[d.type])), dname))
    if province_as is not None:
        ptext, olds, news = province_as
    else:
        p = province or reg.oldp[o.pcode]
        pshort = marks(p.short)
        ptext = typed(marks(weighted(rng, PROVINCE_WORDS[p.type])), pshort)
        olds, news = reg.province_readings(pshort)
    parts.append(ptext)
    return parts, Said(cname, ctype, dname, dtype, olds, news)


def new_parts(
    rng: random.Random, reg: Registers, n: New, marks: Callable[[str], str] = lambda s: s
) -> tuple[list[str], Said]:
    ctype = n.type_now if rng.random() < 0.5 else n.type
    cname = marks(n.short)
    p = reg.newp[n.pcode]
    pshort = marks(p.short)
    ptype = p.new if rng.random() < 0.5 else p.type
    olds, news = reg.province_readings(pshort)
    parts = [commune_text(rng, ctype, cname), province_text(rng, p, ptype)]
    return parts, Said(cname, ctype, None, None, olds, news)


def _old(rng: random.Random, reg: Registers) -> Old:
    return reg.old[rng.choice(reg.old_list)]


def _new(rng: random.Random, reg: Registers) -> New:
    return reg.new[rng.choice(reg.new_list)]


def join(parts: list[str], sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def _free_name(rng: random.Random, reg: Registers, names: tuple[str, ...]) -> str:
    """A building or company name that is no unit's name."""
    free = [n for n in names if _index_key(n) not in reg.unit_keys]
    return rng.choice(free)


# ---------------------------------------------------------------------------------------------
# Families


def business_registry(rng: random.Random, reg: Registers) -> Drawn:
    """Business-registry and tax listings: lots in industrial zones, floors of buildings, often in capitals."""
    o = _old(rng, reg)
    parts, said = old_parts(rng, reg, o, district=0.9)
    d = reg.districts[o.dcode]
    kind = rng.randrange(4)
    if kind == 0:
        lot = f"Lô {rng.choice('ABCDE')}{rng.randint(1, 12)}"
        zone = rng.choice(
            (f"KCN {d.short}", f"Khu công nghiệp {d.short}", f"CCN {o.short}", f"Cụm công nghiệp {o.short}")
        )
        head = [lot, zone] if rng.random() < 0.7 else [f"{lot}-{rng.randint(1, 9)}, {zone}"]
    elif kind == 1:
        floor = rng.choice(("Tầng", "Lầu", "Tầng")) + f" {rng.randint(2, 25)}"
        head = [f"{floor}, Tòa nhà {_free_name(rng, reg, BUILDINGS)}", street(rng)]
    elif kind == 2:
        head = [f"Lô CN-{rng.randint(1, 30):02d}", f"KCN {d.short}"]
    else:
        head = [f"Số {rng.randint(1, 300)}", hamlet(rng, o.type, o.pcode)]
    text = join(head + parts + (["Việt Nam"] if rng.random() < 0.3 else []))
    if rng.random() < 0.3:
        text = f"CÔNG TY TNHH {_free_name(rng, reg, COMPANIES)} - {text}"
    elif rng.random() < 0.4:
        text = "Địa chỉ trụ sở chính: " + text
    if rng.random() < 0.6:
        text = text.upper()
    return Drawn(text, o.successors, said, _old_note(reg, o))


def post_office(rng: random.Random, reg: Registers) -> Drawn:
    """Post-office lists: the office named after its commune or district, then the address."""
    o = _old(rng, reg)
    parts, said = old_parts(rng, reg, o, district=0.85)
    d = reg.districts[o.dcode]
    name = rng.choice(
        (
            f"Điểm BĐVHX {o.short}",
            f"Bưu cục {o.short}",
            f"BC {o.short}",
            f"Bưu điện {d.type} {d.short}",
            f"Bưu cục cấp 3 {o.short}",
        )
    )
    sep = rng.choice((", ", " - ", " - ", "; "))
    text = join([name, hamlet(rng, o.type, o.pcode), *parts], sep)
    if rng.random() < 0.25:
        text = text.upper()
    return Drawn(text, o.successors, said, _old_note(reg, o))


def land_parcel(rng: random.Random, reg: Registers) -> Drawn:
    """Land-record lines: parcel, map sheet and area before the place."""
    o = _old(rng, reg)
    parts, said = old_parts(rng, reg, o, district=0.9)
    parcel = rng.choice(
        (
            f"Thửa đất số {rng.randint(1, 900)}, tờ bản đồ số {rng.randint(1, 60)}",
            f"Thửa số {rng.randint(1, 900)}, TBĐ số {rng.randint(1, 60)}",
            f"Thửa đất số {rng.randint(1, 900)}; tờ bản đồ số {rng.randint(1, 60)}",
        )
    )
    area = f"diện tích {rng.randint(40, 3000)},{rng.randint(0, 9)} m2" if rng.random() < 0.5 else ""
    where = join([hamlet(rng, o.type, o.pcode), *parts]) if rng.random() < 0.6 else join(parts)
    text = join([parcel, area]) + rng.choice((", tại ", " tại: ", ", địa chỉ: ", " - "))
    return Drawn(text + where, o.successors, said, _old_note(reg, o))


def patient_record(rng: random.Random, reg: Registers) -> Drawn:
    """Hospital records: name, sex, birth date or age, then where the patient lives."""
    o = _old(rng, reg)
    parts, said = old_parts(rng, reg, o, district=0.8)
    name = person(rng)
    born = rng.choice((f"sinh ngày {birth_date(rng)}", f"SN {rng.randint(1940, 2020)}", f"{rng.randint(1, 95)} tuổi"))
    sex = rng.choice(("Nam", "Nữ"))
    addr = join([hamlet(rng, o.type, o.pcode), *parts]) if rng.random() < 0.7 else join(parts)
    form = rng.randrange(4)
    if form == 0:
        text = f"BN {name}, {sex}, {born}, trú tại {addr}"
    elif form == 1:
        text = f"Họ tên: {name.upper()} - Ngày sinh: {birth_date(rng)} - Nơi cư trú: {addr}"
    elif form == 2:
        text = f"{name} ({rng.randint(1940, 2020)}) - {addr}"
    else:
        text = f"Bệnh nhân: {name}, {born}; ĐC: {addr}"
    return Drawn(text, o.successors, said, _old_note(reg, o))


def pupil_record(rng: random.Random, reg: Registers) -> Drawn:
    """School records: pupil, class, the school (often named after its commune or district), address."""
    o = _old(rng, reg)
    parts, said = old_parts(rng, reg, o, district=0.8)
    d = reg.districts[o.dcode]
    school = rng.choice(
        (
            f"Trường TH {o.short}",
            f"Trường THCS {o.short}",
            f"THCS {o.short}",
            f"Trường THPT {d.short}",
            f"Trường Mầm non {o.short}",
        )
    )
    klass = f"Lớp {rng.randint(1, 12)}{rng.choice('ABCDE')}"
    addr = join(parts)
    form = rng.randrange(3)
    if form == 0:
        text = f"HS {person(rng)}, {klass}, {school}, NS {birth_date(rng, 2006, 2020)}, địa chỉ: {addr}"
    elif form == 1:
        text = f"{person(rng)} - {birth_date(rng, 2006, 2020)} - {school} - {hamlet(rng, o.type, o.pcode)}, {addr}"
    else:
        text = f"Học sinh: {person(rng).upper()}; Ngày sinh: {birth_date(rng, 2006, 2020)}; Thường trú: {addr}"
    return Drawn(text, o.successors, said, _old_note(reg, o))


def no_district(rng: random.Random, reg: Registers) -> Drawn:
    """An old commune and its old province, the district left out."""
    o = _old(rng, reg)
    parts, said = old_parts(rng, reg, o, district=0.0)
    head = [street(rng)] if o.type == "phường" and rng.random() < 0.5 else [hamlet(rng, o.type, o.pcode)]
    if rng.random() < 0.3:
        head = []
    return Drawn(join(head + parts, rng.choice((", ", ", ", " - "))), o.successors, said, _old_note(reg, o))


def commune_no_type(rng: random.Random, reg: Registers) -> Drawn:
    """The commune written without its type word, district and province as usual."""
    o = _old(rng, reg)
    while o.short.isdigit():
        o = _old(rng, reg)
    parts, said = old_parts(rng, reg, o, district=0.85, commune_type=0.0)
    head = [hamlet(rng, o.type, o.pcode)] if rng.random() < 0.6 else []
    return Drawn(join(head + parts, rng.choice((", ", ", ", " - "))), o.successors, said, _old_note(reg, o))


def old_town(rng: random.Random, reg: Registers) -> Drawn:
    """An old district town (thị trấn), written in its many short forms."""
    o = reg.old[rng.choice(reg.towns)]
    parts, said = old_parts(rng, reg, o, district=0.75)
    form = rng.choice(("TT.", "TT ", "T.T ", "Tt.", "t.t ", "Thị Trấn ", "thị trấn ", "TT. "))
    parts[0] = f"{form}{o.short}"
    head = [street(rng) if rng.random() < 0.4 else hamlet(rng, "thị trấn", o.pcode)] if rng.random() < 0.7 else []
    return Drawn(join(head + parts), o.successors, said, _old_note(reg, o))


def ward_number(rng: random.Random, reg: Registers) -> Drawn:
    """Numbered wards and districts: Phường 3, P.3, P3, P. 03, F3 (Saigon), Q.10, Q10."""
    o = reg.old[rng.choice(reg.numbered)]
    d = reg.districts[o.dcode]
    n = o.short
    forms = [f"Phường {n}", f"P.{n}", f"P{n}", f"P. {int(n):02d}", f"phường {int(n):02d}", f"P.{int(n):02d}"]
    if o.pcode == "79":
        forms += [f"F{n}", f"F.{n}", f"f{n}"]
    ward = rng.choice(forms)
    if d.short.isdigit():
        dist = rng.choice((f"Quận {d.short}", f"Q.{d.short}", f"Q{d.short}", f"Q. {d.short}", f"quận {d.short}"))
    else:
        dist = district_text(rng, d)
    p = reg.oldp[o.pcode]
    pshort = p.short
    olds, news = reg.province_readings(pshort)
    if p.code in PROVINCE_ABBREVIATIONS and rng.random() < 0.4:
        ptext, po, pn = rng.choice(PROVINCE_ABBREVIATIONS[p.code])
        olds, news = frozenset(po), frozenset(pn)
    else:
        ptext = province_text(rng, p)
    head = street(rng)
    if rng.random() < 0.35:
        text = f"{head} {ward} {dist} {ptext}"  # written without commas, as on a parcel label
    else:
        text = join([head, ward, dist, ptext], rng.choice((", ", ", ", " - ")))
    said = Said(n, "phường", d.short, d.type, olds, news)
    return Drawn(text, o.successors, said, _old_note(reg, o))


def old_commune_new_province(rng: random.Random, reg: Registers) -> Drawn:
    """An old commune (with or without its old district) and the new province it went into."""
    o = reg.old[rng.choice(reg.moved)]
    newp = reg.newp[reg.oldp[o.pcode].new]
    parts, said = old_parts(rng, reg, o, district=0.5, province=newp)
    if rng.random() < 0.5:
        province_type = newp.new if rng.random() < 0.5 else newp.type
        parts[-1] = province_text(rng, newp, province_type)
    head = [hamlet(rng, o.type, o.pcode)] if rng.random() < 0.5 else []
    return Drawn(join(head + parts), o.successors, said, _old_note(reg, o))


def province_abbrev(rng: random.Random, reg: Registers) -> Drawn:
    """Provinces written by their common abbreviations or run-together spellings."""
    pcode = rng.choice(sorted(PROVINCE_ABBREVIATIONS))
    o = reg.old[rng.choice(reg.by_province[pcode])]
    text, olds, news = rng.choice(PROVINCE_ABBREVIATIONS[pcode])
    parts, said = old_parts(rng, reg, o, district=0.75, province_as=(text, frozenset(olds), frozenset(news)))
    head = [street(rng) if o.type == "phường" else hamlet(rng, o.type, o.pcode)] if rng.random() < 0.6 else []
    return Drawn(join(head + parts, rng.choice((", ", ", ", " - ", ","))), o.successors, said, _old_note(reg, o))


def some_words_unmarked(rng: random.Random, reg: Registers) -> Drawn:
    """Diacritics dropped on some words only (a phone keyboard that gave up halfway)."""
    o = _old(rng, reg)
    p = rng.uniform(0.25, 0.6)
    parts, said = old_parts(rng, reg, o, district=0.8, marks=lambda s: drop_marks(rng, s, p))
    head = [drop_marks(rng, hamlet(rng, o.type, o.pcode), p)] if rng.random() < 0.5 else []
    return Drawn(join(head + parts), o.successors, said, _old_note(reg, o))


def messy_separators(rng: random.Random, reg: Registers) -> Drawn:
    """Doubled spaces and punctuation, line breaks turned into ' / ' or ';'."""
    if rng.random() < 0.25:
        n = _new(rng, reg)
        parts, said = new_parts(rng, reg, n)
        truth, note = (n.code,), _new_note(reg, n)
        head = hamlet(rng, n.type, n.pcode)
    else:
        o = _old(rng, reg)
        parts, said = old_parts(rng, reg, o, district=0.85)
        truth, note = o.successors, _old_note(reg, o)
        head = hamlet(rng, o.type, o.pcode) if rng.random() < 0.5 else street(rng)
    pieces = [head, *parts]
    style = rng.randrange(5)
    if style == 0:
        text = " / ".join(pieces)
    elif style == 1:
        text = ";".join(pieces) if rng.random() < 0.5 else "; ".join(pieces)
    elif style == 2:
        text = "".join(x + rng.choice((",, ", " , ", ",  ", ". ,", " ,")) for x in pieces[:-1]) + pieces[-1]
    elif style == 3:
        text = "  ".join(x + "," for x in pieces)  # every part closed by a comma, two spaces between
    else:
        text = " - ".join(pieces).replace(" ", "  ") + rng.choice((".", "..", " ,", ""))
    if rng.random() < 0.3:
        text = rng.choice(("- ", ", ", "  ", "/ ")) + text
    return Drawn(text, truth, said, note)


NOTES = (
    "(gần chợ)",
    "(cạnh UBND xã)",
    "- ĐT: 0912 345 678",
    "SĐT 0987.654.321",
    "Việt Nam",
    "VN",
    "(giao giờ hành chính)",
    "(gọi trước khi giao)",
    "(địa chỉ cũ)",
    "(theo sổ hộ khẩu)",
    "- nhà có cổng xanh",
    "*chưa cập nhật địa chỉ mới*",
    "(đối diện trường học)",
    "- hết",
)


def trailing_note(rng: random.Random, reg: Registers) -> Drawn:
    """A note after the address: a phone number, delivery advice, the country, 'old address'."""
    o = _old(rng, reg)
    parts, said = old_parts(rng, reg, o, district=0.8)
    head = [street(rng) if o.type == "phường" else hamlet(rng, o.type, o.pcode)] if rng.random() < 0.6 else []
    note = rng.choice(NOTES)
    if rng.random() < 0.2:
        note = note + " " + rng.choice(NOTES)
    sep = " " if note.startswith(("-", "(")) and rng.random() < 0.7 else rng.choice((" ", ", ", " - "))
    return Drawn(join(head + parts) + sep + note, o.successors, said, _old_note(reg, o))


def new_form_clerk(rng: random.Random, reg: Registers) -> Drawn:
    """The new two-level form as clerks write it since July 2025: short type words, capitals, lots."""
    n = _new(rng, reg)
    parts, said = new_parts(rng, reg, n)
    head = rng.choice(
        (
            [hamlet(rng, n.type, n.pcode)],
            [street(rng)],
            [f"Lô {rng.choice('ABCD')}{rng.randint(1, 20)}", f"KCN {n.short}"],
            [f"Tầng {rng.randint(2, 20)}, Tòa nhà {_free_name(rng, reg, BUILDINGS)}", street(rng)],
            [],
        )
    )
    text = join(head + parts, rng.choice((", ", ", ", " - ")))
    if rng.random() < 0.35:
        text = text.upper()
    if rng.random() < 0.15:
        text += rng.choice((" (địa chỉ mới)", ", Việt Nam", " (sau sáp nhập)"))
    return Drawn(text, (n.code,), said, _new_note(reg, n))


BUILDERS: dict[str, Callable[[random.Random, Registers], Drawn]] = {
    "business_registry": business_registry,
    "post_office": post_office,
    "land_parcel": land_parcel,
    "patient_record": patient_record,
    "pupil_record": pupil_record,
    "no_district": no_district,
    "commune_no_type": commune_no_type,
    "old_town": old_town,
    "ward_number": ward_number,
    "old_commune_new_province": old_commune_new_province,
    "province_abbrev": province_abbrev,
    "some_words_unmarked": some_words_unmarked,
    "messy_separators": messy_separators,
    "trailing_note": trailing_note,
    "new_form_clerk": new_form_clerk,
}


def generate(n_per_family: int, seed: int, reference: Path | None = None) -> list[Case]:
    """`n_per_family` cases of every family, in the order of `FAMILIES`, from one seeded generator."""
    reg = load(reference or reference_dir())
    rng = random.Random(seed)
    out: list[Case] = []
    for family in FAMILIES:
        for _ in range(n_per_family):
            drawn = BUILDERS[family](rng, reg)
            meant = readings(reg, drawn.said)
            if not set(drawn.truth) <= meant:
                raise AssertionError(f"{family}: the readings of {drawn.said} miss the truth of {drawn.address!r}")
            also = tuple(sorted(meant)) if meant != set(drawn.truth) else ()
            out.append(Case(family, drawn.address, drawn.truth, also, drawn.note))
    return out
