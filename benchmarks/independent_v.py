"""A twenty-second independent noise model of Vietnamese addresses (set v), written from the registers only.

    from benchmarks.independent_v import generate
    cases = generate(150, 4141, Path("../shared/reference"))

Written without reading the address reader, its case files, the dev-set generators or the bodies
of the other models (only set u's frame: `Case` with `truth` / `also_named`, `generate(n, seed,
reference_dir)`, `FAMILIES`, and the family lists of sets a-u, to write other shapes). Set v copies
how addresses come out of dictation, web pages, spreadsheets, parcels and old papers, and names
that look like something else. Every unit comes from the registers (`old_units.csv`,
`old_districts.csv`, `old_provinces.csv`, `new_units.csv`, `new_provinces.csv`), every truth from
the crosswalk (`commune_mapping.csv`). About two addresses in five are in the two-level form of
July 2025. Families:

- `dictation`: phone voice typing: lower case, the punctuation spoken as words (`phẩy`, `chấm`,
  `gạch ngang`, `xuống dòng`), numbers now and then in words (`thôn ba`, `số nhà mười hai`), an
  opening such as `địa chỉ của em là` and fillers (`à`, `ờ`).
- `breadcrumb`: the hierarchy from the province down, as a web page's breadcrumb or a drop-down
  path prints it (`Trang chủ › Tỉnh Long An › Huyện Đức Hòa › Xã Tân Phú`, `Việt Nam > ... >
  Ấp 3`, `Long An / Đức Hòa / Tân Phú`, arrows `→`, `->`, `»`, `▸`): the arrows are a path here,
  not an old-to-new line.
- `province_streets`: a house on a street named after a province or a city of elsewhere (`25
  Đường Lạng Sơn`, `12 đường Hải Phòng`, `8 Phú Yên`), in a ward of another province.
- `house_number_maze`: house numbers with letters, slashes and rooms (`12A/3B`, `K45/12 H7`,
  `23bis`, `Số 5 ngách 12/34 ngõ 56`, `P.1205 tầng 12 tòa CT3`, `P 302 nhà B`, `Lô B2-15`,
  `Kiot số 3 chợ`, `Căn hộ 12.05 Block B`).
- `excel_dates`: a spreadsheet's autoformat: a house number `12/5` shown as `12-May`,
  `12/05/2026`, `2026-05-12 00:00:00` or `May-12`, a street `3/2` as `03-Feb`, a phone in
  scientific notation (`9.12346E+08`), cells joined by commas or tabs.
- `former_provinces`: provinces and cities of before (`Hà Tây`, `Sông Bé`, `Minh Hải`, `Hà Bắc`,
  `Cửu Long`, `Vĩnh Phú`, `Bắc Thái`, `Quảng Nam - Đà Nẵng`, `Phú Khánh`, `Nghĩa Bình`, `Thuận
  Hải`, `Hoàng Liên Sơn`, `Cao Lạng`, `Hà Sơn Bình`, `Gia Lai - Kon Tum`, `Bình Trị Thiên`,
  `Huyện Mê Linh, tỉnh Vĩnh Phúc`), `Sài Gòn` for Hồ Chí Minh City, `Chợ Lớn` after Quận 5 or 6,
  `Hòn Gai` for Hạ Long, `Vũng Tàu` for Bà Rịa - Vũng Tàu: with a commune and its district, so
  the place is decided (old papers copied: `Nơi sinh:`, `Quê quán:`).
- `carrier_label`: parcel labels of the carriers (`GHN`, `GHTK`, `J&T`, `SPX`, `Viettel Post`,
  `VNPost`) with their sort or route codes (`HCM-Q10-03`, `LA-DH-02`), the delivery post office,
  the recipient, a cash-on-delivery amount and a weight.
- `type_like_names`: communes whose names start with a hamlet's or a type's word (`Bản Hon`,
  `Buôn Trấp`, `Làng Mô`, `Phố Lu`, `Thị Cầu`, `Đội Cấn`, `Xóm Củi`, `Thành Công`, `Thượng ...`),
  written without their type word or lower case, after a hamlet of the same word (`Bản Nà Khoang,
  Bản Hon, Tam Đường, Lai Châu`).
- `suffix_initial`: communes whose name ends with a position word (`Đông`, `Tây`, `Nam`, `Bắc`,
  `Thượng`, `Hạ`, `Trung`, `Đoài`, `Ngoài`, `Trong`, `Nhất`, `Nhì`) with that word cut to its
  initial in a narrow column (`X. Tân Phú Đ.`, `Hòa Bình T`); the truth lists every commune of the
  place whose name fits, whatever its last word (`T.` is `Tây`, `Trung`, `Thượng` or `Thái`), never
  the commune of the bare name.
- `syllable_initials`: the district and the province (and now and then the commune) with their
  first syllable cut to its initial (`H. Đ.Hòa, T. L.An`, `X. T.Phú`); the truth lists every
  commune the cut names fit in the written place.
- `postfix_type`: the type word after each name without brackets, in the order of a translated
  form (`Long An tỉnh Đức Hòa huyện Tân Phú xã`, `Tân Phú xã, Đức Hòa huyện, Long An tỉnh`).
- `mixture`: two noises in one address (a label's wrapper or a path around a maze house number,
  a date-formatted number, a province-named street, cut initials or a former province).

Truth rules, written from the registers: a name is compared case, spacing and tone placement aside
(`hoà` is `hòa`). An old address designates every old commune of the written name and type (any
type when none is written) in the written district of the province; its truth is every successor
of those communes in `commune_mapping.csv` (a flag listing them is right for a split commune). A
two-level address designates the new unit of the written name and type in the new province named.
Hamlets, streets, house numbers, rooms, codes, dates and amounts designate no unit. `also_named` is
the truth (the words name no other unit the writer meant).
"""

from __future__ import annotations

import csv
import os
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "dictation",
    "breadcrumb",
    "province_streets",
    "house_number_maze",
    "excel_dates",
    "former_provinces",
    "carrier_label",
    "type_like_names",
    "suffix_initial",
    "syllable_initials",
    "postfix_type",
    "mixture",
)


@dataclass(frozen=True)
class Case:
    family: str
    address: str
    truth: tuple[str, ...]
    also_named: tuple[str, ...]
    note: str


def reference_dir() -> Path:
    """`$ADMIN_MERGE_REFERENCE`, else `../shared/reference` beside the checkout."""
    env = os.environ.get("ADMIN_MERGE_REFERENCE")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "reference"


# ---------------------------------------------------------------- names and keys

_TONE_MOVES = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}


def key(text: str) -> str:
    """A name compared case, spacing and tone placement aside."""
    t = " ".join(unicodedata.normalize("NFC", text).lower().replace("'", "").split())
    for a, b in _TONE_MOVES.items():
        t = t.replace(a, b)
    return t


def plain(text: str) -> str:
    """Without marks (`Đức Hòa` -> `Duc Hoa`)."""
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in t if not unicodedata.combining(ch))


_FULL = {
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
_ABBR = {
    "xã": "X.",
    "phường": "P.",
    "thị trấn": "TT.",
    "đặc khu": "ĐK",
    "huyện": "H.",
    "quận": "Q.",
    "thị xã": "TX.",
    "thành phố": "TP.",
    "tỉnh": "T.",
}


def typed(typ: str, name: str, style: str) -> str:
    """`style`: full (`Xã Tân Phú`), lower (`xã Tân Phú`), abbr (`X. Tân Phú`), none (`Tân Phú`);
    a numbered name keeps its type word."""
    if style == "none" and not name.isdigit():
        return name
    if style == "abbr":
        return f"{_ABBR[typ]} {name}" if typ != "đặc khu" else f"ĐK {name}"
    if style == "lower":
        return f"{typ} {name}"
    return f"{_FULL[typ]} {name}"


@dataclass(frozen=True)
class Old:
    code: str
    typ: str
    short: str
    dcode: str
    dtyp: str
    dshort: str
    pcode: str
    ptyp: str
    pshort: str


@dataclass(frozen=True)
class New:
    code: str
    typ: str
    short: str
    pcode: str
    ptyp: str
    pshort: str


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


class Registers:
    def __init__(self, ref: Path) -> None:
        self.olds: list[Old] = []
        self.by_district: dict[str, list[Old]] = {}
        self.districts_of: dict[str, list[tuple[str, str, str]]] = {}  # province -> (code, type, short)
        dshort: dict[str, str] = {}
        for r in _read(ref / "old_districts.csv"):
            dshort[r["district_code"]] = r["district_short_name"]
            self.districts_of.setdefault(r["province_code"], []).append(
                (r["district_code"], r["district_type"], r["district_short_name"])
            )
        pshort = {r["province_code"]: r["province_short_name"] for r in _read(ref / "old_provinces.csv")}
        self.new_province_of = {r["province_code"]: r["new_province_code"] for r in _read(ref / "old_provinces.csv")}
        for r in _read(ref / "old_units.csv"):
            o = Old(
                r["commune_code"],
                r["commune_type"],
                r["commune_short_name"],
                r["district_code"],
                r["district_type"],
                dshort[r["district_code"]],
                r["province_code"],
                r["province_type"],
                pshort[r["province_code"]],
            )
            self.olds.append(o)
            self.by_district.setdefault(o.dcode, []).append(o)
        self.old_provinces: dict[str, tuple[str, str]] = {
            r["province_code"]: (r["province_type"], r["province_short_name"]) for r in _read(ref / "old_provinces.csv")
        }
        self.succ: dict[str, list[str]] = {}
        for r in _read(ref / "commune_mapping.csv"):
            self.succ.setdefault(r["old_commune_code"], []).append(r["new_commune_code"])
        changed = {r["code"] for r in _read(ref / "register_changes.csv")}
        new_short = {r["province_code"]: r["province_short_name"] for r in _read(ref / "new_provinces.csv")}
        self.news: list[New] = []
        self.by_province: dict[str, list[New]] = {}
        for r in _read(ref / "new_units.csv"):
            if r["commune_code"] in changed:
                continue  # written the July-2025 way or the 2026 way: left out of the two-level form
            n = New(
                r["commune_code"],
                r["commune_type"],
                r["commune_short_name"],
                r["province_code"],
                r["province_type"],
                new_short[r["province_code"]],
            )
            self.news.append(n)
            self.by_province.setdefault(n.pcode, []).append(n)
        self.changed_provinces = changed
        self.new_provinces = {r["province_code"]: r["province_short_name"] for r in _read(ref / "new_provinces.csv")}
        self.all_keys: set[str] = {key(o.short) for o in self.olds} | {key(n.short) for n in self.news}
        self.all_keys |= {key(d[2]) for ds in self.districts_of.values() for d in ds}
        self.all_keys |= {key(p[1]) for p in self.old_provinces.values()}

    def old_truth(self, o: Old, typ_written: bool, name_key: str | None = None) -> tuple[str, ...]:
        k = name_key if name_key is not None else key(o.short)
        out: set[str] = set()
        for c in self.by_district[o.dcode]:
            if key(c.short) == k and (not typ_written or c.typ == o.typ):
                out.update(self.succ[c.code])
        return tuple(sorted(out))

    def namesakes(self, a_old: Old | None, a_new: New | None, fits: Callable[[str], bool], typ: str | None) -> set[str]:
        """The other reading of the words: for an old address, the new units of its new province
        whose name fits; for a two-level one, the successors of the old communes of the provinces
        merged into it whose name fits (`typ`: the type written, None when untyped)."""
        out: set[str] = set()
        if a_old is not None:
            for n in self.by_province.get(self.new_province_of[a_old.pcode], []):
                if fits(n.short) and (typ is None or n.typ == typ):
                    out.add(n.code)
        if a_new is not None:
            for o in self.olds:
                if self.new_province_of[o.pcode] == a_new.pcode and fits(o.short) and (typ is None or o.typ == typ):
                    out.update(self.succ[o.code])
        return out

    def new_truth(self, n: New, typ_written: bool) -> tuple[str, ...]:
        k = key(n.short)
        return tuple(
            sorted(
                c.code for c in self.by_province[n.pcode] if key(c.short) == k and (not typ_written or c.typ == n.typ)
            )
        )


# ---------------------------------------------------------------- building blocks

_STREETS = (
    "Lê Lợi",
    "Nguyễn Trãi",
    "Lý Thường Kiệt",
    "Phan Chu Trinh",
    "Nguyễn Văn Cừ",
    "Võ Thị Sáu",
    "Điện Biên Phủ",
    "Nguyễn Thị Minh Khai",
    "Bà Triệu",
    "Tôn Đức Thắng",
    "Phạm Văn Đồng",
    "Lê Duẩn",
    "Nguyễn Chí Thanh",
    "Cách Mạng Tháng Tám",
    "Nguyễn Đình Chiểu",
    "Mạc Đĩnh Chi",
)
_HAMLET_WORDS = ("Thôn", "Ấp", "Tổ", "Xóm", "Tổ dân phố", "Khu phố")
_NAMES = ("Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thị Hoa", "Võ Văn Tài", "Đặng Thu Trang")


@dataclass
class Addr:
    """One address to write: an old commune with its district and province, or a new unit."""

    old: Old | None = None
    new: New | None = None
    local: str = ""  # house and street, or hamlet
    notes: list[str] = field(default_factory=list)

    @property
    def urban(self) -> bool:
        typ = self.old.typ if self.old else self.new.typ if self.new else ""
        return typ in ("phường", "thị trấn")


class Builder:
    def __init__(self, reg: Registers, r: random.Random) -> None:
        self.reg = reg
        self.r = r

    def pick(self, two_level: float = 0.4) -> Addr:
        r = self.r
        if r.random() < two_level:
            return Addr(new=r.choice(self.reg.news))
        return Addr(old=r.choice(self.reg.olds))

    def hamlet(self, a: Addr) -> str:
        r = self.r
        if a.urban and r.random() < 0.7:
            return f"{self.house()} {r.choice(('', 'đường ', 'Đường ', 'Đ. '))}{r.choice(_STREETS)}"
        word = r.choice(_HAMLET_WORDS[:4] if not a.urban else _HAMLET_WORDS[2:])
        return f"{word} {r.randint(1, 15)}"

    def house(self) -> str:
        r = self.r
        n = str(r.randint(1, 320))
        return r.choice((n, n, f"Số {n}", f"số {n}", f"{n}/{r.randint(2, 40)}"))

    def commune_style(self) -> str:
        return self.r.choice(("full", "full", "full", "lower", "abbr", "abbr"))

    def province_name(self, a: Addr, style: str) -> str:
        if a.old:
            o = a.old
            return typed(o.ptyp, o.pshort, style)
        assert a.new
        n = a.new
        if n.pcode in self.reg.changed_provinces and style != "none":
            style = "none"  # became a city in 2026: the name alone
        return typed(n.ptyp, n.pshort, style)

    def parts(self, a: Addr, style: str, province_style: str | None = None) -> list[str]:
        """Commune, district (old form) and province, small to big."""
        ps = province_style or style
        if a.old:
            o = a.old
            return [typed(o.typ, o.short, style), typed(o.dtyp, o.dshort, style), self.province_name(a, ps)]
        assert a.new
        return [typed(a.new.typ, a.new.short, style), self.province_name(a, ps)]

    def also(self, a: Addr, typ_written: bool) -> set[str]:
        """The namesakes a reader may take the words for (see `Registers.namesakes`)."""
        unit = a.old if a.old else a.new
        assert unit is not None
        k = key(unit.short)
        return self.reg.namesakes(a.old, a.new, lambda name: key(name) == k, unit.typ if typ_written else None)

    def truth(self, a: Addr, typ_written: bool) -> tuple[str, ...]:
        if a.old:
            return self.reg.old_truth(a.old, typ_written)
        assert a.new
        return self.reg.new_truth(a.new, typ_written)


def _case(family: str, address: str, truth: tuple[str, ...], note: str, also: set[str] | None = None) -> Case:
    return Case(family, address, truth, tuple(sorted(set(truth) | (also or set()))), note)


def _note(a: Addr) -> str:
    if a.old:
        return f"old {a.old.code} {a.old.typ} {a.old.short} / {a.old.dshort} / {a.old.pshort}"
    assert a.new
    return f"new {a.new.code} {a.new.typ} {a.new.short} / {a.new.pshort}"


# ---------------------------------------------------------------- numbers in words

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def words(n: int) -> str:
    """A number below 1000 as it is spoken (`mười hai`, `hai mươi mốt`, `một trăm linh năm`)."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "mười" + ("" if n == 10 else " lăm" if n == 15 else f" {_DIGITS[n % 10]}")
    if n < 100:
        t, u = divmod(n, 10)
        tail = "" if u == 0 else " mốt" if u == 1 else " lăm" if u == 5 else " tư" if u == 4 else f" {_DIGITS[u]}"
        return f"{_DIGITS[t]} mươi{tail}"
    h, rest = divmod(n, 100)
    if rest == 0:
        return f"{_DIGITS[h]} trăm"
    if rest < 10:
        return f"{_DIGITS[h]} trăm linh {_DIGITS[rest]}"
    return f"{_DIGITS[h]} trăm {words(rest)}"


# ---------------------------------------------------------------- families


def gen_dictation(b: Builder) -> Case | None:
    r = b.r
    a = b.pick()
    spoken_type = r.random() < 0.85
    style = "lower" if spoken_type else "none"
    units = [p.lower() for p in b.parts(a, style)]
    if a.old and a.old.typ == "phường" and a.old.short.isdigit() and r.random() < 0.5:
        units[0] = f"phường {words(int(a.old.short))}"
    if a.old and a.old.dtyp == "quận" and a.old.dshort.isdigit() and r.random() < 0.5:
        units[1] = f"quận {words(int(a.old.dshort))}"
    local = ""
    if r.random() < 0.7:
        if a.urban:
            n = r.randint(1, 250)
            num = words(n) if r.random() < 0.5 else str(n)
            lead = r.choice(("số nhà ", "số ", "nhà số ", ""))
            local = f"{lead}{num} {r.choice(('đường ', ''))}{r.choice(_STREETS).lower()}"
        else:
            n = r.randint(1, 12)
            local = f"{r.choice(('thôn', 'ấp', 'xóm', 'tổ'))} {words(n) if r.random() < 0.6 else n}"
    seq = ([local] if local else []) + units
    seps = (" phẩy ", " phẩy ", " , phẩy ", " gạch ngang ", " xuống dòng ", " chấm phẩy ")
    sep = r.choice(seps)
    text = seq[0]
    for part in seq[1:]:
        text += (
            (sep if r.random() < 0.8 else r.choice(seps))
            + (r.choice(("à ", "ờ ", "")) if r.random() < 0.2 else "")
            + part
        )
    opening = r.choice(
        ("", "", "địa chỉ của em là ", "giao cho chị ở ", "em ở ", "địa chỉ ", "gửi về ", "nhà mình ở ", "ờ ")
    )
    ending = r.choice(("", "", " chấm", " chấm hết", " nhé", " ạ", " chấm xuống dòng"))
    text = opening + text + ending
    if r.random() < 0.4:
        text = text[0].upper() + text[1:]
    return _case("dictation", text, b.truth(a, spoken_type), _note(a), b.also(a, spoken_type))


_CRUMB_SEPS = (" > ", " › ", " » ", " → ", " / ", " -> ", " >> ", " ▸ ", " \\ ", " ⟩ ")


def gen_breadcrumb(b: Builder) -> Case | None:
    r = b.r
    a = b.pick()
    style = r.choice(("full", "full", "none", "abbr", "lower"))
    units = list(reversed(b.parts(a, style)))
    head: list[str] = []
    lead = r.random()
    if lead < 0.25:
        head = [r.choice(("Trang chủ", "Home", "Danh mục", "Địa bàn"))]
    elif lead < 0.5:
        head = [r.choice(("Việt Nam", "Vietnam", "VN"))]
    tail: list[str] = []
    if r.random() < 0.45:
        tail = [b.hamlet(a)]
    sep = r.choice(_CRUMB_SEPS)
    text = sep.join(head + units + tail)
    if r.random() < 0.15:
        text = f"Bạn đang ở: {text}"
    return _case("breadcrumb", text, b.truth(a, style != "none"), _note(a), b.also(a, style != "none"))


def gen_province_streets(b: Builder) -> Case | None:
    r = b.r
    a = b.pick()
    if not a.urban and r.random() < 0.7:
        return None
    mine = a.old.pcode if a.old else a.new.pcode if a.new else ""
    others = [p for code, (_, p) in sorted(b.reg.old_provinces.items()) if code != mine and "-" not in p]
    street = r.choice(others)
    if r.random() < 0.2:
        street = r.choice(("Hà Nội", "Hải Phòng", "Huế", "Đà Lạt", "Nha Trang", "Vũng Tàu", "Sài Gòn", "Buôn Ma Thuột"))
    prefix = r.choice(("Đường ", "đường ", "Đường ", "Đ. ", "", "phố "))
    house = b.house()
    style = b.commune_style()
    parts = b.parts(a, style)
    text = f"{house} {prefix}{street}, " + ", ".join(parts)
    return _case("province_streets", text, b.truth(a, True), _note(a) + f"; street {street}", b.also(a, True))


def _maze_number(r: random.Random) -> str:
    n = r.randint(1, 300)
    m = r.randint(1, 60)
    k = r.randint(1, 30)
    letter = r.choice("ABCDEFGH")
    return r.choice(
        (
            f"{n}{letter}/{m}{r.choice('ABC')}",
            f"{n}/{m}/{k}{letter}",
            f"K{n}/{m} H{k}",
            f"kiệt {n}/{m} nhà số {k}",
            f"{n}bis {r.choice(_STREETS)}",
            f"{n}Bis/{m}",
            f"Số {k} ngách {m}/{n} ngõ {n + 3}",
            f"số {k}, ngách {m}, ngõ {n}",
            f"P.{r.randint(2, 30)}{r.randint(1, 20):02d} tầng {r.randint(2, 30)} tòa {letter}{r.randint(1, 5)}",
            f"P {r.randint(1, 9)}0{r.randint(1, 9)} nhà {letter}",
            f"P.{r.randint(1, 12)} tầng {r.randint(2, 6)}",
            f"Phòng {r.randint(101, 909)}, dãy {letter}",
            f"Lô {letter}{r.randint(1, 9)}-{m}",
            f"Kiot số {k} chợ",
            f"Căn hộ {r.randint(2, 35)}.{r.randint(1, 20):02d} Block {letter}",
            f"{n}/{m}{letter} hẻm {n} đường số {k}",
            f"Nhà {k} dãy {letter}{r.randint(1, 9)}",
            f"{n}-{n + 2} {r.choice(_STREETS)}",
        )
    )


def gen_house_maze(b: Builder) -> Case | None:
    r = b.r
    a = b.pick()
    if not a.urban and r.random() < 0.6:
        return None
    style = b.commune_style()
    number = _maze_number(r)
    if r.random() < 0.5 and not number.startswith(("P", "Phòng", "Kiot", "Căn", "Lô", "Nhà", "kiệt", "Số", "số")):
        number += f" {r.choice(_STREETS)}"
    sep = r.choice((", ", ", ", " - ", " "))
    text = number + sep + sep.join(b.parts(a, style))
    return _case("house_number_maze", text, b.truth(a, True), _note(a) + f"; house {number}", b.also(a, True))


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _as_date(day: int, month: int, r: random.Random) -> str:
    return r.choice(
        (
            f"{day}-{_MONTHS[month - 1]}",
            f"{day:02d}-{_MONTHS[month - 1]}",
            f"{_MONTHS[month - 1]}-{day}",
            f"{day:02d}/{month:02d}/2026",
            f"{month}/{day}/2026",
            f"2026-{month:02d}-{day:02d} 00:00:00",
            f"{day}/{month}/2026 0:00",
        )
    )


def gen_excel(b: Builder) -> Case | None:
    r = b.r
    a = b.pick()
    style = b.commune_style()
    cells: list[str] = []
    if a.urban or r.random() < 0.4:
        d, m = r.randint(1, 31), r.randint(1, 12)
        if r.random() < 0.2:
            house = f"{r.randint(1, 200)} đường {_as_date(3, 2, r)}"  # Đường 3/2
        else:
            house = f"{_as_date(d, m, r)} {r.choice(_STREETS)}" if r.random() < 0.7 else _as_date(d, m, r)
        cells.append(house)
    else:
        d, m = r.randint(1, 12), r.randint(1, 12)
        cells.append(f"{r.choice(('Tổ', 'Thôn', 'Xóm', 'Ấp'))} {_as_date(d, m, r)}")  # `Tổ 1/2` autoformatted
    cells += b.parts(a, style)
    if r.random() < 0.4:
        phone = f"{r.randint(3, 9)}.{r.randint(10000, 99999)}E+08"
        cells = [phone, *cells] if r.random() < 0.5 else [*cells, phone]
    sep = r.choice((", ", ",", "\t", "; ", " "))
    return _case("excel_dates", sep.join(cells), b.truth(a, style != "none"), _note(a), b.also(a, style != "none"))


# former name -> (old province codes it covered, old district codes when only some of a province's)
_FORMER: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Hà Tây": (
        ("01",),
        ("268", "269", "271", "272", "273", "274", "275", "276", "277", "278", "279", "280", "281", "282"),
    ),
    "Hà Sơn Bình": (
        ("01", "17"),
        ("268", "269", "271", "272", "273", "274", "275", "276", "277", "278", "279", "280", "281", "282"),
    ),
    "Sông Bé": (("70", "74"), ()),
    "Minh Hải": (("95", "96"), ()),
    "Hà Bắc": (("24", "27"), ()),
    "Cửu Long": (("84", "86"), ()),
    "Vĩnh Phú": (("25", "26"), ()),
    "Bắc Thái": (("06", "19"), ()),
    "Quảng Nam - Đà Nẵng": (("48", "49"), ()),
    "Phú Khánh": (("54", "56"), ()),
    "Nghĩa Bình": (("51", "52"), ()),
    "Thuận Hải": (("58", "60"), ()),
    "Hoàng Liên Sơn": (("10", "15"), ()),
    "Cao Lạng": (("04", "20"), ()),
    "Gia Lai - Kon Tum": (("62", "64"), ()),
    "Bình Trị Thiên": (("44", "45", "46"), ()),
    "Vĩnh Phúc": (("01",), ("250",)),  # Mê Linh until 2008
}
_LABELS = ("", "", "", "Nơi sinh: ", "Quê quán: ", "Nguyên quán: ", "HKTT cũ: ", "Địa chỉ (theo giấy khai sinh): ")


def gen_former(b: Builder) -> Case | None:
    r = b.r
    reg = b.reg
    pick = r.random()
    style = b.commune_style()
    if pick < 0.7:
        former = r.choice(sorted(_FORMER))
        provs, dists = _FORMER[former]
        pool = [o for o in reg.olds if o.pcode in provs and (not dists or o.pcode != "01" or o.dcode in dists)]
        if former == "Vĩnh Phúc":
            pool = reg.by_district["250"]
        o = r.choice(pool)
        ptyp = r.choice(("tỉnh ", "Tỉnh ", "T. ", "", "tỉnh "))
        a = Addr(old=o)
        parts = [typed(o.typ, o.short, style), typed(o.dtyp, o.dshort, style), f"{ptyp}{former}"]
    else:
        city = r.choice(("Sài Gòn", "Chợ Lớn", "Hòn Gai", "Vũng Tàu"))
        if city == "Sài Gòn":
            o = r.choice([c for c in reg.olds if c.pcode == "79" and c.dtyp in ("quận",)])
            parts = [
                typed(o.typ, o.short, style),
                typed(o.dtyp, o.dshort, style),
                r.choice(("Sài Gòn", "SG", "Saigon", "TP Sài Gòn")),
            ]
        elif city == "Chợ Lớn":
            o = r.choice(reg.by_district[r.choice(("774", "775"))])
            parts = [typed(o.typ, o.short, style), typed(o.dtyp, o.dshort, style), "Chợ Lớn"]
            if r.random() < 0.5:
                parts.append(r.choice(("TP.HCM", "Sài Gòn", "Thành phố Hồ Chí Minh")))
        elif city == "Hòn Gai":
            o = r.choice(reg.by_district["193"])
            parts = [typed(o.typ, o.short, style), r.choice(("Hòn Gai", "TP Hòn Gai", "thị xã Hòn Gai")), "Quảng Ninh"]
        else:
            o = r.choice([c for c in reg.olds if c.pcode == "77" and c.dcode not in ("747",)])
            parts = [
                typed(o.typ, o.short, style),
                typed(o.dtyp, o.dshort, style),
                r.choice(("Vũng Tàu", "tỉnh Vũng Tàu", "T. Vũng Tàu")),
            ]
        a = Addr(old=o)
    if r.random() < 0.5:
        parts.insert(0, b.hamlet(a))
    text = r.choice(_LABELS) + ", ".join(parts)
    truth = reg.old_truth(a.old, style != "none") if a.old else ()
    return _case("former_provinces", text, truth, _note(a) + f"; {parts[-1]}", b.also(a, style != "none"))


_PROV_CODES = {"Hà Nội": "HN", "Hồ Chí Minh": "HCM", "Đà Nẵng": "DNG", "Hải Phòng": "HP", "Cần Thơ": "CT", "Huế": "HUE"}


def _initials(name: str) -> str:
    if name.isdigit():
        return f"Q{name}"
    return "".join(plain(w)[0].upper() for w in name.split() if w)


def gen_carrier(b: Builder) -> Case | None:
    r = b.r
    a = b.pick()
    style = b.commune_style()
    pshort = a.old.pshort if a.old else a.new.pshort if a.new else ""
    pc = _PROV_CODES.get(pshort, _initials(pshort))
    if a.old:
        mid = _initials(a.old.dshort)
        office = f"BC {a.old.dshort}" if r.random() < 0.5 else f"Bưu cục {a.old.dshort}"
    else:
        assert a.new
        mid = _initials(a.new.short)
        office = f"BC {a.new.short}"
    route = r.choice(
        (
            f"{pc}-{mid}-{r.randint(1, 20):02d}",
            f"{pc}{r.randint(1, 9)}-{mid}",
            f"{r.randint(10, 99)}-{pc}-{mid}{r.randint(1, 9)}",
        )
    )
    addr = ", ".join([b.hamlet(a), *b.parts(a, style)])
    phone = f"09{r.randint(10000000, 99999999)}"
    if r.random() < 0.5:
        phone = phone[:4] + "****" + phone[-2:]
    cod = f"{r.randint(5, 90) * 10}.000đ"
    carrier = r.choice(("GHN", "GHTK", "J&T Express", "SPX", "Viettel Post", "VNPost", "Ninja Van", "Best Express"))
    bill = f"{plain(carrier)[:3].upper()}{r.randint(10**8, 10**9 - 1)}"
    lines = [
        f"{carrier} - {bill}",
        f"Người nhận: {r.choice(_NAMES)} - {phone}",
        f"Địa chỉ: {addr}",
        r.choice((f"Tuyến: {route}", f"Mã phân loại: {route}", f"Sort code: {route}", route)),
        r.choice((f"Bưu cục phát: {office}", office, "")),
        r.choice((f"COD: {cod}", f"Tiền thu hộ: {cod}", f"KL: {r.randint(1, 30) / 10}kg", "")),
    ]
    lines = [x for x in lines if x]
    if r.random() < 0.3:
        lines[2], lines[3] = lines[3], lines[2]
    sep = r.choice((" | ", "\n", " - ", " || "))
    return _case(
        "carrier_label",
        sep.join(lines),
        b.truth(a, style != "none"),
        _note(a) + f"; route {route}",
        b.also(a, style != "none"),
    )


_LIKE_WORDS = ("Bản", "Buôn", "Làng", "Phố", "Thị", "Đội", "Xóm", "Thành", "Thượng", "Hạ")
_HAMLET_SYLLABLES = ("Nà", "Pá", "Huổi", "Co", "Phiêng", "Khau", "Nặm", "Tổng", "Pắc", "Lũng", "Kéo", "Cốc")
_HAMLET_TAILS = ("Khoang", "Hốc", "Lếch", "Muông", "Lìu", "Chả", "Phải", "Mạ", "Kham", "Sản", "Cáy", "Ngùa")
_BUON_NAMES = ("Kô Siêr", "Tơng Jú", "Ea Bông", "Cư Mblim", "Kram", "Ky", "Mblát", "Êa Kmăn")


def _hamlet_like(word: str, r: random.Random, reg: Registers) -> str:
    for _ in range(20):
        if word == "Bản":
            cand = f"Bản {r.choice(_HAMLET_SYLLABLES)} {r.choice(_HAMLET_TAILS)}"
        elif word == "Buôn":
            cand = f"Buôn {r.choice(_BUON_NAMES)}"
        elif word == "Làng":
            cand = (
                f"Làng {r.choice(('Mới', 'Chài', 'Gốm', 'Nghề', 'Cũ'))}"
                if r.random() < 0.5
                else f"Làng {r.randint(1, 9)}"
            )
        elif word == "Xóm":
            cand = f"Xóm {r.randint(1, 14)}"
        elif word == "Phố":
            cand = f"Phố {r.choice(('Chợ', 'Ga', 'Mới', 'Cũ'))}" if r.random() < 0.4 else f"Tổ {r.randint(1, 20)}"
        else:
            cand = f"{r.choice(('Thôn', 'Tổ', 'Xóm', 'Tổ dân phố'))} {r.randint(1, 12)}"
        if key(cand.split(" ", 1)[1]) not in reg.all_keys and key(cand) not in reg.all_keys:
            return cand
    return f"Tổ {r.randint(1, 12)}"


def gen_type_like(b: Builder) -> Case | None:
    r = b.r
    reg = b.reg
    if r.random() < 0.4:
        pool_n = [n for n in reg.news if n.short.split()[0] in _LIKE_WORDS]
        a = Addr(new=r.choice(pool_n))
        first = a.new.short.split()[0] if a.new else ""
    else:
        pool_o = [o for o in reg.olds if o.short.split()[0] in _LIKE_WORDS]
        a = Addr(old=r.choice(pool_o))
        first = a.old.short.split()[0] if a.old else ""
    commune_style = r.choice(("none", "none", "none", "lower", "full"))
    rest = r.choice(("full", "none", "abbr", "none"))
    parts = b.parts(a, rest)
    assert a.old or a.new
    unit = a.old if a.old else a.new
    assert unit is not None
    parts[0] = typed(unit.typ, unit.short, commune_style)
    if r.random() < 0.7:
        parts.insert(0, _hamlet_like(first, r, reg))
    if r.random() < 0.3:
        parts = [p.lower() for p in parts]
    sep = r.choice((", ", " - ", ", "))
    return _case(
        "type_like_names",
        sep.join(parts),
        b.truth(a, commune_style != "none"),
        _note(a),
        b.also(a, commune_style != "none"),
    )


_POSITIONS = ("Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Đoài", "Ngoài", "Trong", "Nhất", "Nhì")


def gen_suffix_initial(b: Builder) -> Case | None:
    r = b.r
    reg = b.reg
    two = r.random() < 0.4
    if two:
        n = r.choice([x for x in reg.news if len(x.short.split()) > 1 and x.short.split()[-1] in _POSITIONS])
        a = Addr(new=n)
        words_ = n.short.split()
        siblings = [(x.short, x.typ, x.code) for x in reg.by_province[n.pcode]]
        typ = n.typ
    else:
        o = r.choice([x for x in reg.olds if len(x.short.split()) > 1 and x.short.split()[-1] in _POSITIONS])
        a = Addr(old=o)
        words_ = o.short.split()
        siblings = [(x.short, x.typ, x.code) for x in reg.by_district[o.dcode]]
        typ = o.typ
    prefix = " ".join(words_[:-1])
    initial = words_[-1][0]
    cut = f"{prefix} {initial}{r.choice(('.', '.', '', '.'))}"
    style = b.commune_style()
    typ_written = r.random() < 0.8
    commune = typed(typ, cut, style if typ_written else "none")
    rest = b.parts(a, style)[1:]
    local = [b.hamlet(a)] if r.random() < 0.5 else []
    text = ", ".join([*local, commune, *rest])

    def fits(short: str) -> bool:
        w = short.split()
        return len(w) > 1 and key(" ".join(w[:-1])) == key(prefix) and w[-1][0] == initial  # `T.`: Tây, Thái, ...

    truth: set[str] = set()
    for short, t, code in siblings:
        if fits(short) and (not typ_written or t == typ):
            truth.update(reg.succ[code] if not two else [code])
    also = reg.namesakes(a.old, a.new, fits, typ if typ_written else None)
    return _case("suffix_initial", text, tuple(sorted(truth)), _note(a) + f"; written {cut}", also)


def _cut_first(name: str) -> str | None:
    w = name.split()
    if len(w) < 2 or name.isdigit():
        return None
    return f"{w[0][0]}.{' '.join(w[1:])}"


def _fits(cut: str, name: str) -> bool:
    w = name.split()
    return len(w) >= 2 and key(f"{w[0][0]}.{' '.join(w[1:])}") == key(cut)


def gen_syllable_initials(b: Builder) -> Case | None:
    r = b.r
    reg = b.reg
    a = b.pick()
    style = r.choice(("abbr", "abbr", "full", "none"))
    typ_written = style != "none"
    if a.old:
        o = a.old
        dcut, pcut = _cut_first(o.dshort), _cut_first(o.pshort)
        if o.pshort == "Hồ Chí Minh":
            pcut = "HCM" if r.random() < 0.5 else "H.C.Minh"
        if dcut is None and pcut is None:
            return None
        ccut = _cut_first(o.short) if r.random() < 0.3 else None
        ctext = ccut or o.short
        dtext = dcut or o.dshort
        ptext = pcut or o.pshort
        parts = [typed(o.typ, ctext, style), typed(o.dtyp, dtext, style), typed(o.ptyp, ptext, style)]
        # every province whose name the cut fits, every district of them the cut fits
        if pcut and pcut not in ("HCM", "H.C.Minh"):
            provs = [c for c, (_, p) in reg.old_provinces.items() if _fits(pcut, p)]
        else:
            provs = [o.pcode]
        truth: set[str] = set()
        for pc in provs:
            for dc, dt, ds in reg.districts_of[pc]:
                if dcut is not None and not (_fits(dcut, ds) and (not typ_written or dt == o.dtyp)):
                    continue
                if dcut is None and dc != o.dcode:
                    continue
                for c in reg.by_district.get(dc, []):
                    ok = _fits(ccut, c.short) if ccut else key(c.short) == key(o.short)
                    if ok and (not typ_written or c.typ == o.typ):
                        truth.update(reg.succ[c.code])

        def fits_old(name: str) -> bool:
            return _fits(ccut, name) if ccut else key(name) == key(o.short)

        also = reg.namesakes(o, None, fits_old, o.typ if typ_written else None)
    else:
        n = a.new
        assert n
        pcut = _cut_first(n.pshort)
        if pcut is None:
            return None
        ccut = _cut_first(n.short) if r.random() < 0.3 else None
        ptyp_style = style if n.pcode not in reg.changed_provinces else "none"
        parts = [typed(n.typ, ccut or n.short, style), typed(n.ptyp, pcut, ptyp_style)]
        truth = set()
        for pc, ps in reg.new_provinces.items():
            if not _fits(pcut, ps):
                continue
            for u in reg.by_province.get(pc, []):
                ok = _fits(ccut, u.short) if ccut else key(u.short) == key(n.short)
                if ok and (not typ_written or u.typ == n.typ):
                    truth.add(u.code)

        def fits_new(name: str) -> bool:
            return _fits(ccut, name) if ccut else key(name) == key(n.short)

        also = reg.namesakes(None, n, fits_new, n.typ if typ_written else None)
    if r.random() < 0.5:
        parts.insert(0, b.hamlet(a))
    sep = r.choice((", ", " - ", ","))
    return _case("syllable_initials", sep.join(parts), tuple(sorted(truth)), _note(a), also)


def gen_postfix(b: Builder) -> Case | None:
    r = b.r
    a = b.pick()
    units: list[tuple[str, str]] = []
    if a.old:
        o = a.old
        units = [(o.short, o.typ), (o.dshort, o.dtyp), (o.pshort, o.ptyp)]
    else:
        assert a.new
        ptyp = a.new.ptyp if a.new.pcode not in b.reg.changed_provinces else "thành phố"
        units = [(a.new.short, a.new.typ), (a.new.pshort, ptyp)]
    if any(name.isdigit() for name, _ in units):
        return None
    cap = r.random() < 0.3
    pieces = [f"{name} {_FULL[t] if cap else t}" for name, t in units]
    korean_order = r.random() < 0.5
    local = b.hamlet(a) if r.random() < 0.5 else ""
    if korean_order:
        seq = list(reversed(pieces)) + ([local] if local else [])
        sep = r.choice((" ", ", ", " "))
    else:
        seq = ([local] if local else []) + pieces
        sep = r.choice((", ", ", ", " - "))
    text = sep.join(seq)
    if r.random() < 0.3:
        text += r.choice((", Việt Nam", " Việt Nam", ", VN"))
    return _case("postfix_type", text, b.truth(a, True), _note(a), b.also(a, True))


_MIX: tuple[str, ...] = ("label_maze", "crumb_excel", "street_initials", "former_maze", "dictation_suffix")


def gen_mixture(b: Builder) -> Case | None:
    r = b.r
    kind = r.choice(_MIX)
    if kind == "label_maze":
        c = gen_carrier(b)
        if c is None:
            return None
        number = _maze_number(r)
        address = c.address.replace("Địa chỉ: ", f"Địa chỉ: {number}, ", 1)
        return Case("mixture", address, c.truth, c.also_named, c.note + f"; {kind}")
    if kind == "crumb_excel":
        a = b.pick()
        style = r.choice(("full", "none", "abbr"))
        crumbs = list(reversed(b.parts(a, style)))
        d, m = r.randint(1, 28), r.randint(1, 12)
        crumbs.append(f"{_as_date(d, m, r)} {r.choice(_STREETS)}")
        text = r.choice(_CRUMB_SEPS).join(crumbs)
        return _case("mixture", text, b.truth(a, style != "none"), _note(a) + f"; {kind}", b.also(a, style != "none"))
    if kind == "street_initials":
        c = gen_syllable_initials(b)
        if c is None:
            return None
        mine = c.note.split(" / ")[-1]
        street = r.choice([p for _, p in b.reg.old_provinces.values() if p != mine and "-" not in p])
        return Case("mixture", f"{b.house()} Đường {street}, {c.address}", c.truth, c.also_named, c.note + f"; {kind}")
    if kind == "former_maze":
        c = gen_former(b)
        if c is None or not c.truth:
            return None
        label = next((x for x in _LABELS if x and c.address.startswith(x)), "")
        body = c.address[len(label) :]
        return Case("mixture", f"{label}{_maze_number(r)}, {body}", c.truth, c.also_named, c.note + f"; {kind}")
    c = gen_suffix_initial(b)
    if c is None:
        return None
    text = c.address.lower().replace(", ", r.choice((" phẩy ", " gạch ngang ")))
    return Case("mixture", text, c.truth, c.also_named, c.note + f"; {kind}")


_MAKERS: dict[str, Callable[[Builder], Case | None]] = {
    "dictation": gen_dictation,
    "breadcrumb": gen_breadcrumb,
    "province_streets": gen_province_streets,
    "house_number_maze": gen_house_maze,
    "excel_dates": gen_excel,
    "former_provinces": gen_former,
    "carrier_label": gen_carrier,
    "type_like_names": gen_type_like,
    "suffix_initial": gen_suffix_initial,
    "syllable_initials": gen_syllable_initials,
    "postfix_type": gen_postfix,
    "mixture": gen_mixture,
}


def generate(n: int, seed: int, reference_dir: Path | None = None) -> list[Case]:
    """`n` addresses per family, reproducible from `seed` whatever the string hash seed."""
    reg = Registers(reference_dir or _default_reference())
    cases: list[Case] = []
    for i, family in enumerate(FAMILIES):
        b = Builder(reg, random.Random(seed * 1049 + i))
        made: list[Case] = []
        while len(made) < n:
            case = _MAKERS[family](b)
            if case is not None and case.truth:
                made.append(case)
        cases.extend(made)
    return cases


def _default_reference() -> Path:
    return reference_dir()


if __name__ == "__main__":  # a quick look: python benchmarks/independent_v.py
    import sys

    for c in generate(4, 4141, _default_reference()):
        sys.stdout.write(f"[{c.family}] {c.address!r}\n    truth={c.truth} also={c.also_named} ({c.note})\n")
