"""A twenty-first independent noise model of Vietnamese addresses (set u), written from the registers only.

    from benchmarks.independent_u import generate
    cases = generate(150, 3131, Path("../shared/reference"))

Written without reading the address reader, its case files, the dev-set generators or the bodies
of the other models (only set t's frame: `Case` with `truth` / `also_named`, `generate(n, seed,
reference_dir)`, `FAMILIES`, and the family lists of sets a-t, to write other shapes). Set u copies
what the documents and exports of 2025-2026 do to an address: the wording of the arrangement
resolutions copied after the new unit, forms whose labels carry two or three type words, the
regional words for hamlets, postal codes, look-alike letters and broken encodings, words typed
twice, type letters glued to the name, the three provinces that became cities in 2026, legal
bases and dates after the address, the output of the old-to-new look-up sites. Every unit comes
from the registers (`old_units.csv`, `old_districts.csv`, `old_provinces.csv`, `new_units.csv`,
`new_provinces.csv`, `register_changes.csv`), every truth from the crosswalk
(`commune_mapping.csv`). About two addresses in five are in the two-level form of July 2025.
Families:

- `resolution_wording`: a new unit followed by the resolution's own words for what it was made
  of (`xã B (thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã
  A1, A2 và thị trấn A3), tỉnh C`, `hợp nhất xã A1 với một phần xã A2`, `sáp nhập từ ...`), the
  old units listed with their own types, parts of split communes as `một phần`, the old district
  or province now and then.
- `dual_labels`: form fields whose labels name two or three types (`Phường/Xã:`, `Quận/Huyện/Thị
  xã:`, `Tỉnh/TP:`, `Xã/Phường/Đặc khu:`), values with or without their type word, the district
  field of a two-level address left as `---`, `(không)`, `Không có`, `N/A`.
- `regional_hamlets`: the regional words for a hamlet or a quarter (`Khóm 4`, `Khối 7`, `Tiểu
  khu 3`, `Khu vực 2`/`KV2`, `Buôn`, `Bon`, `Plei`, `Bản`, `Sóc`, `Phum`, `Làng`, `Đội 5`,
  `Cụm dân cư 3`, `Liên gia 4`, `TDP số 5`, `KDC số 2`), numbered or named (named only with a
  name that is no unit's), most in the provinces that use the word.
- `postal_codes`: addresses of the six cities of 2025 with a postal code of five or six figures
  (`..., Hà Nội 10000`, `Mã bưu chính: 700000`, `ZIP 550000`, `(Postcode 04000)`).
- `homoglyphs`: `Ð`/`ð` (U+00D0/U+00F0) for `Đ`/`đ` and Cyrillic or Greek letters that look like
  Latin ones (`а`, `е`, `о`, `р`, `с`, `х`, `у`, `і`, `Т`, `Н`, `К`, `М`, `В`, `Х`, `Ο`), as
  old fonts, PDF copies and OCR leave them.
- `encoding_damage`: UTF-8 read as Windows-1252 (`XÃ£ TÃ¢n PhÃº`), in whole or from some part on,
  UTF-8 read as Windows-1258 (the code page of Vietnamese Windows), and text saved through a
  Windows-1252 file (`Huy?n ??c H?a`: letters that code page lacks become `?`).
- `stutter`: a word or a unit written twice (`Xã xã Tân Phú`, `P. Phường Bến Nghé`, `Tân Phú
  Tân Phú`, `Long An, tỉnh Long An`, `Việt Nam, Việt Nam`, the commune again at the end).
- `modifier_marks_lost`: one or two letters of the unit names lose their horn, breve or
  circumflex (or `đ` its bar) while the tone mark stays (`Phuớc`, `Truờng`, `Tan Phú`, `Buon
  Hồ`, `Ngư Thủy Bác`), as a keyboard whose `w` or doubled letter failed leaves them; where that
  spells another unit of the same place, that unit is also named.
- `cities_2026`: the three provinces that became centrally-run cities in 2026 (`Thành phố Đồng
  Nai`, `TP. Quảng Ninh`, `TP Bắc Ninh`) with their units of either type; old addresses of their
  old provinces with the new city's name as the province; old addresses inside the former
  district-level `Thành phố Bắc Ninh` written without their province (both readings are truth).
- `special_zones`: the 13 special zones as people write them after July 2025 (`ĐK Phú Quốc`,
  `Đ.K Côn Đảo`, `đặc khu kinh tế Vân Đồn`, `Đặc khu Cô Tô (huyện Cô Tô cũ)`, `ĐKhu Lý Sơn`),
  with a hamlet or a house number, and the old communes that went into them written with their
  island district (`huyện đảo`, `TP đảo Phú Quốc`) and old province, or with the zone as district.
- `legal_basis_tail`: a legal basis, a date or a clerk's remark after the address (`(theo Nghị
  quyết số 1656/NQ-UBTVQH15 ngày 16/6/2025)`, `- căn cứ NQ 202/2025/QH15`, `(ĐVHC mới từ ngày
  01/7/2025)`, `(theo CCCD cấp ngày 12/3/2022)`), with the resolution that arranged the province.
- `converter_output`: lines copied from the old-to-new look-up sites (`Xã A, Huyện D, Tỉnh E →
  Xã B, Tỉnh C`, `=>`, `->`, `⇒`, `➜`, `chuyển thành`, `Cũ: ... | Mới: ...`, a table row `A |
  D | E | B | C`, the new one first with `←`): B is the address asked for.
- `mixture`: one address with two noises: the ones above (look-alike letters, stutters, a postal
  code, a legal tail, a regional hamlet, dual labels) and the type's letters glued to the name
  with no dot or space (`XTân Phú`, `HĐức Hòa`, `TXTrảng Bàng`, `TPBiên Hòa`, `TTHậu Nghĩa`).

Truth rules, written from the registers: a name is compared case, spacing and tone placement aside
(`hoà` is `hòa`). An old address designates every old commune of the written name and type (any
type when none is written) in the written district of the old province named (for a new
province's name: the old provinces merged into it); its truth is every successor of those
communes in `commune_mapping.csv` (a flag listing them is right for a split commune). A two-level
address designates the new unit of the written name and type (its type of July 2025 or of its 2026
change) in the new province named. A line with an old and a new unit (look-up sites, the
resolution's wording) designates the new unit written. A text that reads both as an old and as a
two-level address designates both. `also_named` is the truth plus the other units the words name
(the successors of the old units a resolution lists or a look-up line starts with, the new unit
named like an old commune in its province). Hamlets, postal codes, legal bases and dates designate
no unit.

First figures, when the set was written (the reader of 6c4b792, which had not seen it),
`evaluate_independent.py --set u --n 150` at seeds 3131 / 7 / 99, in % of each family ("flag" a
flag listing every acceptable unit, "w/ tr." a flag around the one acceptable unit, "other"
another unit the words name given with confidence, "w/o" a flag without the truth; confidently
wrong in cases):

    family                right     flag      w/ tr.    other  w/o    unmatched  wrong
    resolution_wording    38/33/35  5/4/4     15/23/23  0/0/0  5/4/1  37/36/36   0/0/1
    dual_labels           55/50/49  3/2/5     16/22/19  0/0/0  1/0/1  25/26/25   0/0/1
    regional_hamlets      96/94/97  4/6/3     0/0/0     0/0/0  0/0/0  0/0/0      0/0/0
    postal_codes          86/84/83  7/11/13   6/4/3     0/0/0  0/0/0  1/1/1      0/0/0
    homoglyphs            63/55/66  4/3/3     7/15/11   1/1/0  0/1/1  25/25/19   2/0/0
    encoding_damage       65/63/71  5/4/1     8/4/6     0/0/1  0/1/0  19/29/21   4/0/1
    stutter               81/74/72  3/5/3     7/11/13   0/0/0  0/0/0  9/8/11     0/2/0 (1 exception)
    modifier_marks_lost   89/93/91  5/4/4     6/3/5     0/0/0  0/0/0  0/0/0      0/0/0
    cities_2026           97/95/97  2/3/3     1/2/1     0/0/0  0/0/0  0/0/0      0/0/0
    special_zones         90/95/95  1/1/0     9/3/5     0/0/0  0/0/0  0/0/0      0/0/0
    legal_basis_tail      87/86/90  3/5/1     7/8/7     0/0/0  0/0/0  3/1/2      0/0/0
    converter_output      84/81/83  9/11/10   7/8/7     0/0/0  0/0/0  0/0/0      0/0/0
    mixture               71/63/63  7/5/7     9/13/9    0/0/1  1/1/1  12/17/18   1/1/1
    all (1,950)           77.0/74.2/76.3  4.6/5.0/4.4  7.4/9.0/8.3  w/o 0.5/0.5/0.4
                          unmatched 10.1/11.0/10.3  wrong 7/3/4  exception 0/0/1

Confidently wrong (14 over the three seeds): look-alike letters read by a near name (`P. Hòa
Сường, TP. Đà Nẵng` with a Cyrillic `С` as Phường Hương Trà, `хã Bảо Lâm 5, tỉnh Lâm Ðồng` as
Phường Cam Ly - Đà Lạt, `Xã Bình Gіang, Thành phố Hải Рhòng` as Xã Đại Sơn), UTF-8 read as
Windows-1258 (`XĂ£ ... ThĂ¡i Ninh` (Đông Thái Ninh) as Xã Thái Ninh, `xĂ£ QuĂ¢n Chu` as Xã Chợ Mới) and `?`
for lost letters (`ph??ng Xuân Lâm, th? xã Nghi S?n` as Phường Nghi Sơn), a type word typed twice
(`P. Phường Mỹ Trà, Tỉnh Đồng Tháp` as Xã Ba Sao, `X. Xã An Hiệp, Tỉnh Vĩnh Long` as Xã Hòa Bình),
a resolution's list after the unit (`Xã Phú Vinh (... các xã Phú Diên, Vinh Xuân, ...), Thành phố
Huế` as Phường Thuận Hóa), bare form values (`Phường/Xã: Tân Phước | Huyện/Quận: Phú Mỹ |
Tỉnh/Thành: Bà Rịa - Vũng Tàu` as Phường Bà Rịa). `P. Phường Xuân Hương - Đà Lạt, Tỉnh Lâm Đồng`
raises a RecursionError.
"""

from __future__ import annotations

import csv
import os
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "resolution_wording",
    "dual_labels",
    "regional_hamlets",
    "postal_codes",
    "homoglyphs",
    "encoding_damage",
    "stutter",
    "modifier_marks_lost",
    "cities_2026",
    "special_zones",
    "legal_basis_tail",
    "converter_output",
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
    """A name compared case, spacing, apostrophes and tone placement aside."""
    t = unicodedata.normalize("NFC", text).casefold().replace("’", "'").replace("'", "").replace("-", " ")
    for a, b in _TONE_MOVES.items():
        t = t.replace(a, b)
    return " ".join(t.split())


_ABBREV = {
    "xã": "X.",
    "phường": "P.",
    "thị trấn": "TT.",
    "đặc khu": "ĐK.",
    "huyện": "H.",
    "quận": "Q.",
    "thị xã": "TX.",
    "thành phố": "TP.",
    "tỉnh": "T.",
}
_GLUED = {
    "xã": ("X",),
    "phường": ("P", "Ph"),
    "thị trấn": ("TT", "Tt", "TTr"),
    "đặc khu": ("ĐK", "Đk"),
    "huyện": ("H",),
    "quận": ("Q",),
    "thị xã": ("TX", "Tx"),
    "thành phố": ("TP", "Tp"),
    "tỉnh": ("T", "T"),
}


def typed(typ: str, name: str, style: str) -> str:
    """`name` with its type word: `full` (Xã), `lower` (xã), `abbr` (X.), `glued` (XTân Phú), `bare`."""
    if style == "bare":
        return name
    if style == "abbr":
        return f"{_ABBREV[typ]} {name}" if len(name) > 2 or not name.isdigit() else f"{_ABBREV[typ]}{name}"
    if style == "glued":
        return f"{_GLUED[typ][0]}{name}"
    word = typ if style == "lower" else typ[0].upper() + typ[1:]
    return f"{word} {name}"


# ---------------------------------------------------------------- registers


@dataclass(frozen=True)
class Old:
    code: str
    name: str
    typ: str
    district: str
    dname: str
    dtyp: str
    province: str
    pname: str
    ptyp: str


@dataclass(frozen=True)
class New:
    code: str
    name: str
    typ: str
    typ_2026: str
    province: str


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


class Registers:
    """The reference CSVs, indexed the way the truth rules read them."""

    def __init__(self, ref: Path) -> None:
        self.old_prov: dict[str, dict[str, str]] = {r["province_code"]: r for r in _read(ref / "old_provinces.csv")}
        self.new_prov: dict[str, dict[str, str]] = {r["province_code"]: r for r in _read(ref / "new_provinces.csv")}
        self.changes: dict[str, dict[str, str]] = {r["code"]: r for r in _read(ref / "register_changes.csv")}
        self.olds: list[Old] = []
        self.old_by_code: dict[str, Old] = {}
        self.old_by_district: dict[str, list[Old]] = defaultdict(list)
        self.districts_of: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # province -> (code, name, type)
        seen_d: set[str] = set()
        for r in _read(ref / "old_units.csv"):
            o = Old(
                r["commune_code"],
                r["commune_short_name"],
                r["commune_type"],
                r["district_code"],
                _short(r["district_name"], r["district_type"]),
                r["district_type"],
                r["province_code"],
                self.old_prov[r["province_code"]]["province_short_name"],
                r["province_type"],
            )
            self.olds.append(o)
            self.old_by_code[o.code] = o
            self.old_by_district[o.district].append(o)
            if o.district not in seen_d:
                seen_d.add(o.district)
                self.districts_of[o.province].append((o.district, o.dname, o.dtyp))
        self.news: list[New] = []
        self.new_by_code: dict[str, New] = {}
        self.new_by_province: dict[str, list[New]] = defaultdict(list)
        for r in _read(ref / "new_units.csv"):
            ch = self.changes.get(r["commune_code"])
            n = New(
                r["commune_code"],
                r["commune_short_name"],
                r["commune_type"],
                ch["type_after"] if ch else r["commune_type"],
                r["province_code"],
            )
            self.news.append(n)
            self.new_by_code[n.code] = n
            self.new_by_province[n.province].append(n)
        self.by_province_name: dict[tuple[str, str], list[Old]] = defaultdict(list)
        for o in self.olds:
            self.by_province_name[(o.province, key(o.name))].append(o)
        self.successors: dict[str, list[str]] = defaultdict(list)
        self.relation: dict[str, str] = {}
        self.preds: dict[str, list[tuple[str, str]]] = defaultdict(list)  # new -> (old code, relation)
        for r in _read(ref / "commune_mapping.csv"):
            self.successors[r["old_commune_code"]].append(r["new_commune_code"])
            self.preds[r["new_commune_code"]].append((r["old_commune_code"], r["relation"]))
        self.old_provs_of: dict[str, list[str]] = defaultdict(list)
        for code, r in self.old_prov.items():
            self.old_provs_of[r["new_province_code"]].append(code)
        self.unit_keys: set[str] = set()
        for o in self.olds:
            self.unit_keys.update((key(o.name), key(o.dname), key(o.pname)))
        for n in self.news:
            self.unit_keys.add(key(n.name))
        for r in self.new_prov.values():
            self.unit_keys.add(key(r["province_short_name"]))

    def new_pname(self, province: str) -> str:
        return self.new_prov[province]["province_short_name"]

    def new_ptyp(self, province: str, after_2026: bool) -> str:
        ch = self.changes.get(province)
        if ch and after_2026:
            return ch["type_after"]
        return self.new_prov[province]["province_type"]

    def read_old(self, name: str, typ: str | None, dname: str, dtyp: str | None, provinces: list[str]) -> set[str]:
        """Successors of every old commune of `name` (and `typ`) in the districts of `dname` (and
        `dtyp`) of the old `provinces`."""
        k, dk = key(name), key(dname)
        out: set[str] = set()
        for prov in provinces:
            for o in self.by_province_name.get((prov, k), ()):
                if (typ is None or o.typ == typ) and key(o.dname) == dk and (dtyp is None or o.dtyp == dtyp):
                    out.update(self.successors[o.code])
        return out

    def read_new(self, name: str, typ: str | None, province: str) -> set[str]:
        """Every new unit of `name` (of `typ`, before or after 2026) in `province`."""
        k = key(name)
        return {
            n.code
            for n in self.new_by_province[province]
            if key(n.name) == k and (typ is None or typ in (n.typ, n.typ_2026))
        }

    def new_named_like(self, name: str, old_province: str) -> set[str]:
        """The new units named like an old commune in the new province its old province went into."""
        return self.read_new(name, None, self.old_prov[old_province]["new_province_code"])


def _short(full: str, typ: str) -> str:
    return full[len(typ) + 1 :] if full.lower().startswith(typ + " ") else full


# ---------------------------------------------------------------- address builder


@dataclass
class Addr:
    """One address as parts (hamlet first) with its truth and the other units its words name."""

    hamlet: str
    commune: str
    district: str
    province: str
    truth: set[str]
    also: set[str]
    note: str
    is_new: bool
    typ: str
    name: str
    dtyp: str
    dname: str
    ptyp: str
    pname: str

    def parts(self) -> list[str]:
        return [p for p in (self.hamlet, self.commune, self.district, self.province) if p]

    def text(self, sep: str = ", ") -> str:
        return sep.join(self.parts())


_HAMLET_WORDS = ("Thôn", "Ấp", "Tổ", "Khu phố", "Xóm", "Tổ dân phố")


class Builder:
    def __init__(self, reg: Registers, rng: random.Random) -> None:
        self.reg = reg
        self.rng = rng

    def hamlet(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.35:
            return ""
        if roll < 0.5:
            return f"Số {r.randint(1, 250)}"
        return f"{r.choice(_HAMLET_WORDS)} {r.randint(1, 12)}"

    def style(self) -> str:
        return self.rng.choices(("full", "lower", "abbr"), (5, 3, 2))[0]

    def old_unit(self, pred: Callable[[Old], bool] | None = None) -> Old:
        while True:
            o = self.rng.choice(self.reg.olds)
            if pred is None or pred(o):
                return o

    def new_unit(self, pred: Callable[[New], bool] | None = None) -> New:
        while True:
            n = self.rng.choice(self.reg.news)
            if pred is None or pred(n):
                return n

    def old_addr(self, o: Old | None = None, style: str | None = None, province_new: bool = False) -> Addr:
        """An old three-level address; `province_new`: the province written as the new one."""
        reg, r = self.reg, self.rng
        o = o or self.old_unit()
        st = style or self.style()
        if province_new:
            np = reg.old_prov[o.province]["new_province_code"]
            ptyp, pname = reg.new_ptyp(np, r.random() < 0.5), reg.new_pname(np)
            provinces = reg.old_provs_of[np]
        else:
            ptyp, pname = o.ptyp, o.pname
            provinces = [o.province]
        truth = reg.read_old(o.name, o.typ, o.dname, o.dtyp, provinces)
        also = truth | reg.new_named_like(o.name, o.province)
        return Addr(
            self.hamlet(),
            typed(o.typ, o.name, st),
            typed(o.dtyp, o.dname, st),
            typed(ptyp, pname, st if st != "abbr" or ptyp != "tỉnh" else r.choice(("abbr", "full", "bare"))),
            truth,
            also,
            f"old {o.code}",
            False,
            o.typ,
            o.name,
            o.dtyp,
            o.dname,
            ptyp,
            pname,
        )

    def new_addr(self, n: New | None = None, style: str | None = None) -> Addr:
        reg, r = self.reg, self.rng
        n = n or self.new_unit()
        st = style or self.style()
        after = r.random() < 0.5
        typ = n.typ_2026 if after else n.typ
        ptyp = reg.new_ptyp(n.province, after or r.random() < 0.3)
        pname = reg.new_pname(n.province)
        truth = reg.read_new(n.name, typ, n.province)
        also = set(truth)
        for op in reg.old_provs_of[n.province]:
            for o in reg.by_province_name.get((op, key(n.name)), ()):
                if o.typ == typ:
                    also.update(reg.successors[o.code])
        return Addr(
            self.hamlet(),
            typed(typ, n.name, st),
            "",
            typed(ptyp, pname, st if st != "abbr" or ptyp != "tỉnh" else r.choice(("abbr", "full", "bare"))),
            truth,
            also,
            f"new {n.code}",
            True,
            typ,
            n.name,
            "",
            "",
            ptyp,
            pname,
        )

    def any_addr(self, style: str | None = None) -> Addr:
        return self.new_addr(style=style) if self.rng.random() < 0.4 else self.old_addr(style=style)


def _case(family: str, address: str, a: Addr, extra: str = "") -> Case:
    return Case(family, address, tuple(sorted(a.truth)), tuple(sorted(a.also | a.truth)), (a.note + extra).strip())


# ---------------------------------------------------------------- families


def _type_list(olds: list[tuple[Old, bool]], r: random.Random) -> str:
    """Old units listed the way a resolution lists them: the whole ones grouped by type, then the
    parts of split ones (`một phần`, `một phần diện tích`, `phần còn lại của`)."""
    groups: dict[str, list[str]] = defaultdict(list)
    parts: list[str] = []
    for o, part in olds:
        if part:
            lead = r.choice(("một phần ", "một phần diện tích ", "phần còn lại của ", ""))
            parts.append(f"{lead}{o.typ} {o.name}")
        else:
            groups[o.typ].append(o.name)
    chunks: list[str] = []
    for typ, names in groups.items():
        if len(names) > 1:
            word = ("các " + typ) if r.random() < 0.6 else typ
            chunks.append(f"{word} {', '.join(names[:-1])} và {names[-1]}")
        else:
            chunks.append(f"{typ} {names[0]}")
    chunks.extend(parts)
    if len(chunks) == 1:
        return chunks[0]
    return ", ".join(chunks[:-1]) + " và " + chunks[-1]


def gen_resolution(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    n = b.new_unit(lambda n: len(reg.preds.get(n.code, ())) >= 2)
    a = b.new_addr(n)
    olds = [(reg.old_by_code[c], rel == "partial") for c, rel in reg.preds[n.code]]
    if len(olds) > 5:
        olds = r.sample(olds, 5)
    listed = _type_list(olds, r)
    for o, _ in olds:
        a.also.update(reg.successors[o.code])
    head = ", ".join(p for p in (a.hamlet, a.commune) if p)
    dist = ""
    if r.random() < 0.25:
        o0 = olds[0][0]
        dist = f", {typed(o0.dtyp, o0.dname, 'lower')} cũ"
    prov = a.province
    if r.random() < 0.2:
        o0 = olds[0][0]
        prov = f"{a.province} ({typed(o0.ptyp, o0.pname, 'lower')} cũ)"
    t = r.randrange(6)
    if t == 0:
        basis = "thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của"
        s = f"{head} ({basis} {listed}){dist}, {prov}"
    elif t == 1:
        s = f"{head}, {prov} (sáp nhập từ {listed}{dist})"
    elif t == 2:
        s = f"{head} (hợp nhất {listed}){dist}, {prov}"
    elif t == 3:
        s = f"{head}, {prov} - trên cơ sở nhập {listed}"
    elif t == 4:
        s = f"{head} (gồm {listed} trước đây){dist}, {prov}"
    else:
        s = f"{head}, {prov}; hình thành từ việc sắp xếp {listed}{dist}"
    return _case("resolution_wording", s, a)


_DL_COMMUNE = ("Phường/Xã", "Xã/Phường", "Xã/Phường/Thị trấn", "Phường/Xã/Thị trấn", "Xã/Phường/Đặc khu")
_DL_DISTRICT = ("Quận/Huyện", "Quận/Huyện/Thị xã", "Huyện/Quận", "Quận/Huyện/TX/TP", "Quận/huyện")
_DL_PROVINCE = ("Tỉnh/Thành phố", "Tỉnh/TP", "Tỉnh/Thành", "Tỉnh/TP trực thuộc TW", "Tỉnh/thành phố")
_DL_EMPTY = ("", "---", "(không)", "Không có", "N/A", "-", "(đã bỏ cấp huyện)")


def gen_dual(b: Builder) -> Case | None:
    r = b.rng
    st = r.choice(("bare", "bare", "full", "lower"))
    a = b.any_addr(style=st)
    if st == "bare" and not a.is_new:
        o = b.reg.old_by_code[a.note.split()[1]]
        a.truth = b.reg.read_old(o.name, None, o.dname, None, [o.province])
        a.also |= a.truth
    if st == "bare" and a.is_new:
        n = b.reg.new_by_code[a.note.split()[1]]
        a.truth = b.reg.read_new(n.name, None, n.province)
        a.also |= a.truth
    upper = r.random() < 0.2
    lab = [r.choice(_DL_COMMUNE), r.choice(_DL_DISTRICT), r.choice(_DL_PROVINCE)]
    if upper:
        lab = [x.upper() for x in lab]
    fields = []
    if a.hamlet:
        fields.append(f"{r.choice(('Số nhà/Đường', 'Địa chỉ chi tiết', 'Thôn/Ấp/Tổ', 'Số nhà, đường'))}: {a.hamlet}")
    fields.append(f"{lab[0]}: {a.commune}")
    if a.is_new:
        if r.random() < 0.7:
            fields.append(f"{lab[1]}: {r.choice(_DL_EMPTY)}".rstrip())
    else:
        fields.append(f"{lab[1]}: {a.district}")
    fields.append(f"{lab[2]}: {a.province}")
    if r.random() < 0.3:
        fields.reverse()
    sep = r.choice(("; ", " - ", "\n", "  ", " | ", ", "))
    return _case("dual_labels", sep.join(fields), a)


_REGION_WORDS: dict[str, tuple[str, ...]] = {
    "Khóm": ("Cà Mau", "Bạc Liêu", "Sóc Trăng", "Trà Vinh", "An Giang", "Đồng Tháp", "Vĩnh Long"),
    "Khối": ("Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Quảng Nam"),
    "Tiểu khu": ("Quảng Bình", "Sơn La"),
    "Khu vực": ("Cần Thơ", "Hậu Giang", "Bình Định"),
    "KV": ("Cần Thơ", "Bình Định"),
    "Đội": ("Thái Bình", "Nam Định", "Hà Nam"),
    "Cụm dân cư": ("An Giang", "Đồng Tháp"),
    "Liên gia": ("Lâm Đồng",),
    "TDP số": ("Hà Nội", "Bắc Giang", "Thái Nguyên"),
    "KDC số": ("Long An", "Bình Dương", "Đồng Nai"),
    "Khu": ("Phú Thọ", "Hải Dương", "Quảng Ninh"),
}
_NAMED_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Buôn": (("Đắk Lắk", "Đắk Nông", "Phú Yên"), ("Kô Sia", "Tring", "Dhăm", "Ea Bông", "Cuôr Kăp", "Ko Đung")),
    "Bon": (("Đắk Nông", "Lâm Đồng"), ("Bu Nơr", "Sa Pa", "Đăk R'Moan", "Ja Lú", "Pi Nao")),
    "Plei": (("Gia Lai", "Kon Tum"), ("Ơi", "Rơ", "Bông", "Chuét", "Pông", "Kép")),
    "Bản": (("Sơn La", "Lai Châu", "Điện Biên", "Lào Cai", "Hà Giang"), ("Mới", "Nà Cang", "Co Muông", "Huổi Lếch")),
    "Sóc": (("Sóc Trăng", "Trà Vinh"), ("Mới", "Tháp", "Xoài", "Ruộng")),
    "Phum": (("Trà Vinh", "Sóc Trăng", "Kiên Giang"), ("Thơm", "Chùa", "Giữa")),
    "Làng": (("Gia Lai", "Kon Tum"), ("Mơ Nú", "Kép", "Đê Kjiêng", "Ktu")),
}


def _regional(b: Builder) -> tuple[str, Addr]:
    reg, r = b.reg, b.rng
    named = r.random() < 0.4
    if named:
        word = r.choice(tuple(_NAMED_WORDS))
        provinces, names = _NAMED_WORDS[word]
        nm = r.choice([x for x in names if key(x) not in reg.unit_keys] or ["Mới"])
        hamlet = f"{word} {nm}"
    else:
        word = r.choice(tuple(_REGION_WORDS))
        provinces = _REGION_WORDS[word]
        num = r.randint(1, 15)
        hamlet = f"{word}{num}" if word == "KV" else f"{word} {num}"
    regional = r.random() < 0.8
    if r.random() < 0.4:
        pick = {c for c, p in reg.new_prov.items() if p["province_short_name"] in provinces} if regional else set()
        a = b.new_addr(b.new_unit(lambda n: not pick or n.province in pick))
    else:
        pick = {c for c, p in reg.old_prov.items() if p["province_short_name"] in provinces} if regional else set()
        a = b.old_addr(b.old_unit(lambda o: not pick or o.province in pick))
    return hamlet, a


def gen_regional(b: Builder) -> Case | None:
    r = b.rng
    hamlet, a = _regional(b)
    a.hamlet = hamlet if r.random() < 0.8 else f"{a.hamlet} {hamlet}".strip() if a.hamlet.startswith("Số") else hamlet
    return _case("regional_hamlets", a.text(r.choice((", ", " - ", ", "))), a, f" hamlet={hamlet}")


_POSTAL: dict[str, tuple[str, ...]] = {
    "01": ("10000", "100000", "11000", "10000"),
    "31": ("04000", "180000", "04000"),
    "48": ("50000", "550000"),
    "46": ("49000", "530000"),
    "79": ("70000", "700000", "72000"),
    "92": ("94000", "900000"),
}


def _postal(b: Builder, a: Addr, code: str) -> str:
    r = b.rng
    t = r.randrange(6)
    base = a.text()
    if t == 0:
        return f"{base} {code}"
    if t == 1:
        return f"{base}, {code}, Việt Nam"
    if t == 2:
        return f"{base}. Mã bưu chính: {code}"
    if t == 3:
        return f"{base} (ZIP {code})"
    if t == 4:
        return f"{base}, Postcode {code}, Vietnam"
    return f"{base} - MBC {code}"


def gen_postal(b: Builder) -> Case | None:
    r = b.rng
    prov = r.choice(tuple(_POSTAL))
    if r.random() < 0.4:
        a = b.new_addr(b.new_unit(lambda n: n.province == prov))
    else:
        a = b.old_addr(b.old_unit(lambda o: o.province == prov))
    code = r.choice(_POSTAL[prov])
    return _case("postal_codes", _postal(b, a, code), a, f" postal={code}")


_LOOKALIKE = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "y": "у",
    "i": "і",
    "T": "Т",
    "H": "Н",
    "K": "К",
    "M": "М",
    "B": "В",
    "X": "Х",
    "O": "Ο",
    "P": "Р",
    "C": "С",
    "A": "А",
}


def homoglyph(text: str, r: random.Random) -> str:
    eth = r.random() < 0.8
    rate = r.choice((0.0, 0.15, 0.3)) if eth else r.choice((0.15, 0.3))
    out = []
    for ch in text:
        if ch == "Đ" and eth:
            out.append("Ð")
        elif ch == "đ" and eth:
            out.append("ð")
        elif ch in _LOOKALIKE and r.random() < rate:
            out.append(_LOOKALIKE[ch])
        else:
            out.append(ch)
    return "".join(out)


def gen_homoglyph(b: Builder) -> Case | None:
    a = b.any_addr()
    s = a.text()
    if "đ" not in s.casefold() and b.rng.random() < 0.6:
        return None  # most of these addresses carry a `đ`, the letter old fonts replace
    t = homoglyph(s, b.rng)
    if t == s:
        return None
    return _case("homoglyphs", t, a)


def _cp1252(text: str) -> str:
    """UTF-8 bytes shown as Windows-1252 (bytes it lacks as their Latin-1 control characters)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def _cp1258(text: str) -> str:
    """UTF-8 bytes shown as Windows-1258, the code page of Vietnamese Windows."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1258"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def gen_encoding(b: Builder) -> Case | None:
    r = b.rng
    a = b.any_addr()
    parts = a.parts()
    t = r.randrange(4)
    if t == 3:
        s = _cp1258(", ".join(parts))
    elif t == 0:
        s = _cp1252(", ".join(parts))
    elif t == 1:
        k = r.randrange(1, len(parts))
        s = ", ".join(parts[:k]) + ", " + _cp1252(", ".join(parts[k:]))
    else:
        s = unicodedata.normalize("NFC", ", ".join(parts)).encode("cp1252", errors="replace").decode("cp1252")
        if s.count("?") > len(s) // 3:
            return None
    if s == ", ".join(parts):
        return None
    return _case("encoding_damage", s, a, f" kind={t}")


def gen_stutter(b: Builder) -> Case | None:
    r = b.rng
    a = b.any_addr()
    t = r.randrange(7)
    parts = a.parts()
    ci = parts.index(a.commune)
    if t == 0:  # the type word twice
        parts[ci] = f"{a.typ.capitalize()} {a.typ} {a.name}"
    elif t == 1:  # abbreviation and full word
        parts[ci] = f"{_ABBREV[a.typ]} {a.typ.capitalize()} {a.name}"
    elif t == 2:  # the name twice
        parts[ci] = f"{typed(a.typ, a.name, 'full')} {a.name}"
    elif t == 3:  # the province bare and typed
        parts[-1] = f"{a.pname}, {typed(a.ptyp, a.pname, 'lower')}"
    elif t == 4:
        parts.append(r.choice(("Việt Nam, Việt Nam", "VN, Việt Nam", "Vietnam Việt Nam")))
    elif t == 5:  # the commune again at the end
        parts.append(a.commune)
    else:  # the whole unit part typed twice in one field
        parts[ci] = f"{a.commune} {a.commune}"
    return _case("stutter", ", ".join(parts), a, f" kind={t}")


_BASE_MARK = {"ư": "u", "ơ": "o", "ă": "a", "â": "a", "ê": "e", "ô": "o", "đ": "d"}


def strip_modifier(ch: str) -> str:
    """`ch` without its horn, breve, circumflex or bar, its tone mark kept (`ướ` letter by letter)."""
    d = unicodedata.normalize("NFD", ch)
    base, marks = d[0], d[1:]
    low = base.lower()
    keep = "".join(m for m in marks if m not in "\u031b\u0306\u0302")
    if low == "đ":
        return "d" if base == "đ" else "D"
    if not marks or keep == marks:
        return ch
    return unicodedata.normalize("NFC", base + keep)


def lose_marks(name: str, r: random.Random, count: int) -> str:
    spots = [i for i, ch in enumerate(name) if strip_modifier(ch) != ch]
    if not spots:
        return name
    chars = list(name)
    for i in r.sample(spots, min(count, len(spots))):
        chars[i] = strip_modifier(chars[i])
    return "".join(chars)


def gen_modifier(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    a = b.any_addr(style=r.choice(("full", "lower", "abbr")))
    count = r.choice((1, 1, 2))
    name = lose_marks(a.name, r, count)
    if name == a.name:
        return None
    a.commune = a.commune.replace(a.name, name)
    if a.district and r.random() < 0.4:
        dname = lose_marks(a.dname, r, 1)
        a.district = a.district.replace(a.dname, dname)
    if r.random() < 0.3:
        a.province = a.province.replace(a.pname, lose_marks(a.pname, r, 1))
    # the damaged name may spell another unit of the same place: that unit is named too
    if a.is_new:
        n = reg.new_by_code[a.note.split()[1]]
        a.also |= reg.read_new(name, a.typ, n.province)
    else:
        o = reg.old_by_code[a.note.split()[1]]
        a.also |= reg.read_old(name, a.typ, o.dname, o.dtyp, [o.province])
    return _case("modifier_marks_lost", a.text(), a, f" {a.name} -> {name}")


def gen_cities(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    prov = r.choice(("75", "22", "24"))
    pname = reg.new_pname(prov)
    city = r.choice((f"Thành phố {pname}", f"TP. {pname}", f"TP {pname}", f"thành phố {pname}", f"Tp.{pname}"))
    t = r.random()
    if t < 0.45:  # a new unit of the city
        changed = [n for n in reg.new_by_province[prov] if n.typ != n.typ_2026]
        n = r.choice(changed) if changed and r.random() < 0.4 else b.new_unit(lambda n: n.province == prov)
        typ = n.typ_2026 if r.random() < 0.75 else n.typ
        a = b.new_addr(n)
        a.truth = reg.read_new(n.name, typ, prov)
        a.also |= a.truth
        st = r.choice(("full", "lower", "abbr"))
        s = ", ".join(p for p in (a.hamlet, typed(typ, n.name, st), city) if p)
        return _case("cities_2026", s, a, f" new city {prov}")
    if t < 0.8:  # an old address with the city's name as its province
        o = b.old_unit(lambda o: reg.old_prov[o.province]["new_province_code"] == prov)
        a = b.old_addr(o)
        a.truth = reg.read_old(o.name, o.typ, o.dname, o.dtyp, reg.old_provs_of[prov])
        a.also |= a.truth
        s = ", ".join(p for p in (a.hamlet, a.commune, a.district, city) if p)
        return _case("cities_2026", s, a, " old with city")
    # old wards of the former district-level Thành phố Bắc Ninh (256) or Hạ Long / Biên Hòa
    dist = r.choice(("256", "193", "731"))
    o = r.choice(reg.old_by_district[dist])
    a = b.old_addr(o)
    np = reg.old_prov[o.province]["new_province_code"]
    other = reg.read_new(o.name, o.typ, np) if o.dname == reg.new_pname(np) else set()
    a.truth |= other
    a.also |= a.truth
    st = r.choice(("full", "lower", "abbr"))
    city = f"{r.choice(('Thành phố', 'TP.', 'TP'))} {o.dname}"
    s = ", ".join(p for p in (a.hamlet, typed(o.typ, o.name, st), city) if p)
    return _case("cities_2026", s, a, f" old district city {dist}")


_ZONE_WORDS = ("Đặc khu", "đặc khu", "ĐK", "ĐK.", "Đ.K", "ĐKhu", "Đặc khu kinh tế", "đặc khu hành chính - kinh tế")


def gen_zones(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    zones = [n for n in reg.news if n.typ == "đặc khu"]
    if r.random() < 0.45:
        n = r.choice(zones)
        a = b.new_addr(n)
        a.truth = {n.code}
        a.also |= a.truth
        zone = f"{r.choice(_ZONE_WORDS)} {n.name}"
        olds = [reg.old_by_code[c] for c, _ in reg.preds.get(n.code, ())]
        if olds and r.random() < 0.3:
            o = olds[0]
            zone += f" ({typed(o.dtyp, o.dname, 'lower')} cũ)"
        s = ", ".join(p for p in (a.hamlet, zone, a.province) if p)
        return _case("special_zones", s, a, " zone")
    codes = {n.code for n in zones}
    o = b.old_unit(lambda o: any(c in codes for c in reg.successors[o.code]))
    a = b.old_addr(o)
    t = r.randrange(3)
    if t == 0:
        district = f"{r.choice(('huyện đảo', 'Huyện đảo', 'H. đảo'))} {o.dname}" if o.dtyp == "huyện" else a.district
    elif t == 1:
        district = f"{r.choice(('TP đảo', 'thành phố đảo'))} {o.dname}" if o.dtyp == "thành phố" else a.district
    else:  # the writer puts the zone where the district was; the old commune is what the words name
        zone = next(c for c in reg.successors[o.code] if c in codes)
        district = f"{r.choice(_ZONE_WORDS)} {reg.new_by_code[zone].name}"
        a.truth = reg.read_old(o.name, o.typ, o.dname, o.dtyp, [o.province])
        if key(reg.new_by_code[zone].name) != key(o.dname):
            return None
    s = ", ".join(p for p in (a.hamlet, a.commune, district, a.province) if p)
    return _case("special_zones", s, a, f" island commune kind={t}")


def _tail(b: Builder, a: Addr) -> str:
    reg, r = b.reg, b.rng
    if a.is_new:
        n = reg.new_by_code[a.note.split()[1]]
        res = reg.new_prov[n.province]["resolution"]
        return r.choice(
            (
                f"(theo Nghị quyết số {res} ngày 16/6/2025)",
                f"(NQ {res.split('/')[0]})",
                "- căn cứ NQ 202/2025/QH15",
                "(ĐVHC mới từ ngày 01/7/2025)",
                f"(sau sắp xếp theo NQ số {res})",
                "(cập nhật địa giới mới 2025)",
                "(từ 1/7/2025)",
                "(theo Quyết định 19/2025/QĐ-TTg)",
            )
        )
    return r.choice(
        (
            f"(theo CCCD cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2016, 2024)})",
            "(địa chỉ trước 01/7/2025)",
            f"(theo sổ hộ khẩu số {r.randint(100, 9999)})",
            "(chưa cập nhật theo NQ 202/2025/QH15)",
            f"(đăng ký thường trú từ {r.randint(1995, 2020)})",
            "(địa giới cũ)",
        )
    )


def gen_tail(b: Builder) -> Case | None:
    a = b.any_addr()
    tail = _tail(b, a)
    sep = b.rng.choice((" ", " ", ", "))
    return _case("legal_basis_tail", f"{a.text()}{sep}{tail}", a, f" tail={tail}")


_ARROWS = (" → ", " -> ", " => ", " ⇒ ", " ➜ ", " chuyển thành ", " >> ", " --> ")


def gen_converter(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    o = b.old_unit()
    succ = reg.successors[o.code]
    if not succ:
        return None
    n = reg.new_by_code[r.choice(succ)]
    old = b.old_addr(o, style=r.choice(("full", "full", "lower", "abbr")))
    new = b.new_addr(n, style=r.choice(("full", "full", "lower", "abbr")))
    new.also |= old.truth | old.also
    old_txt = ", ".join(p for p in (old.commune, old.district, old.province))
    new_txt = ", ".join(p for p in (new.commune, new.province))
    t = r.randrange(5)
    ham = f"{old.hamlet}, " if old.hamlet and r.random() < 0.5 else ""
    if t == 0:
        s = f"{ham}{old_txt}{r.choice(_ARROWS)}{new_txt}"
    elif t == 1:
        s = f"{ham}{old.commune} ({old.district}, {old.province}){r.choice(_ARROWS)}{new.commune} ({new.province})"
    elif t == 2:
        s = f"Cũ: {ham}{old_txt} | Mới: {new_txt}"
    elif t == 3:
        cells = [old.name, old.dname, old.pname, new.name, new.pname]
        s = (ham.replace(", ", " | ") if ham else "") + r.choice((" | ", "\t", ";")).join(cells)
        if r.random() < 0.5:
            s = f"{old.commune} | {old.district} | {old.province} | {new.commune} | {new.province}"
    else:
        s = f"{ham}{new_txt} ← {old_txt}"
    return _case("converter_output", s, new, f" from old {o.code}")


_NOISES = ("homoglyph", "stutter", "glued", "postal", "tail", "regional", "dual")


def gen_mixture(b: Builder) -> Case | None:
    r = b.rng
    kinds = r.sample(_NOISES, 2)
    if "regional" in kinds:
        hamlet, a = _regional(b)
        a.hamlet = hamlet
    elif "postal" in kinds:
        prov = r.choice(tuple(_POSTAL))
        if r.random() < 0.4:
            a = b.new_addr(b.new_unit(lambda n: n.province == prov))
        else:
            a = b.old_addr(b.old_unit(lambda o: o.province == prov))
    else:
        a = b.any_addr()
    if "glued" in kinds:
        a.commune = f"{r.choice(_GLUED[a.typ])}{a.name}"
        if a.district:
            a.district = f"{r.choice(_GLUED[a.dtyp])}{a.dname}"
    if "stutter" in kinds:
        a.commune = f"{a.typ.capitalize()} {a.commune}" if r.random() < 0.5 else f"{a.commune} {a.name}"
    if "dual" in kinds:
        s = f"{r.choice(_DL_COMMUNE)}: {a.commune}; "
        if a.district:
            s += f"{r.choice(_DL_DISTRICT)}: {a.district}; "
        s += f"{r.choice(_DL_PROVINCE)}: {a.province}"
        if a.hamlet:
            s = f"Thôn/Ấp: {a.hamlet}; {s}"
    else:
        s = a.text()
    if "postal" in kinds:
        prov = next(c for c, p in b.reg.new_prov.items() if p["province_short_name"] == a.pname) if a.is_new else None
        codes = _POSTAL.get(prov or "", ())
        if not codes:
            for c in _POSTAL:
                if b.reg.old_prov.get(c, {}).get("province_short_name") == a.pname:
                    codes = _POSTAL[c]
        s = f"{s} {r.choice(codes or ('10000',))}"
    if "tail" in kinds:
        s = f"{s} {_tail(b, a)}"
    if "homoglyph" in kinds:
        s = homoglyph(s, r)
    return _case("mixture", s, a, f" {'+'.join(kinds)}")


_MAKERS: dict[str, Callable[[Builder], Case | None]] = {
    "resolution_wording": gen_resolution,
    "dual_labels": gen_dual,
    "regional_hamlets": gen_regional,
    "postal_codes": gen_postal,
    "homoglyphs": gen_homoglyph,
    "encoding_damage": gen_encoding,
    "stutter": gen_stutter,
    "modifier_marks_lost": gen_modifier,
    "cities_2026": gen_cities,
    "special_zones": gen_zones,
    "legal_basis_tail": gen_tail,
    "converter_output": gen_converter,
    "mixture": gen_mixture,
}


def generate(n: int, seed: int, reference_dir: Path | None = None) -> list[Case]:
    """`n` addresses per family, reproducible from `seed` whatever the string hash seed."""
    reg = Registers(reference_dir or _default_reference())
    cases: list[Case] = []
    for i, family in enumerate(FAMILIES):
        b = Builder(reg, random.Random(seed * 1033 + i))
        made: list[Case] = []
        while len(made) < n:
            case = _MAKERS[family](b)
            if case is not None and case.truth:
                made.append(case)
        cases.extend(made)
    return cases


def _default_reference() -> Path:
    return reference_dir()


if __name__ == "__main__":  # a quick look: python benchmarks/independent_u.py
    import sys

    for c in generate(4, 3131, _default_reference()):
        sys.stdout.write(f"[{c.family}] {c.address!r}\n    truth={c.truth} also={c.also_named} ({c.note})\n")
