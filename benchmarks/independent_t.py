"""A twentieth independent noise model of Vietnamese addresses (set t), written from the registers only.

    from benchmarks.independent_t import generate
    cases = generate(150, 2020, Path("../shared/reference"))

Written without reading the address reader, its case files, the dev-set generators or the bodies
of the other models (only set s's frame: `Case` with `truth` / `also_named`, `generate(n, seed,
reference_dir)`, `FAMILIES`, and the family lists of sets a-s, to write other shapes). Set t copies
how clerks and old systems write the unit words themselves: numbers as Roman numerals or in
words, type words cut short, after the name or behind a slash, the hierarchy told with `thuộc`,
the commune written twice around its hamlet, spreadsheet columns pasted in the wrong order,
Caps Lock left on, syllables run together. Every unit comes from the registers (`old_units.csv`,
`new_units.csv`, the provinces, `register_changes.csv`), every truth from the crosswalk
(`commune_mapping.csv`). About two addresses in five are in the two-level form of July 2025.
Hamlets and houses are numbered (`Thôn 3`, `Ấp 2`, `Tổ 5`, `Khu phố 4`, `số 12`). Families:

- `roman_numerals`: numbered wards and districts written in Roman numerals (`Phường XIV, Quận
  X, TP. Hồ Chí Minh`, `P.IV - Q.III`), with the district or with the province only; a third are
  communes of any kind whose hamlet is numbered in Roman numerals (`Ấp III, Xã Tân Phú, ...`).
- `number_words`: numbered wards and districts written in words (`Phường Mười Bốn, Quận Năm`,
  `phường hai mươi mốt quận bình thạnh`, `mười lăm` / `mười tư` / `hai mươi lăm`).
- `type_word_cut`: type words cut by one or two letters as a narrow label or a hurried typist
  leaves them (`Phườn`, `Huyệ`, `Tỉn`, `Thị tr`, `Thành ph`, `Quậ`), only where the rest names one
  type.
- `type_after_name`: the type after the name, in brackets, in full or by its letter (`Tân Phú
  (xã) - Đức Hòa (huyện) - Long An (tỉnh)`, `Tân Phú (X), Đức Hòa (H), Long An (T)`).
- `thuoc_chain`: the hierarchy told with `thuộc`, `trực thuộc`, `trên địa bàn`, `tại` (`thôn 3
  thuộc xã A, huyện B, tỉnh C`, `xã A thuộc huyện B thuộc tỉnh C`, `trên địa bàn phường A,
  thành phố C`).
- `commune_twice`: the commune before its hamlet bare and again after it with its type (`A -
  Thôn 3 xã A - Huyện B - Tỉnh C`, `Xã A, Ấp 2 xã A, ...`).
- `shuffled_columns`: bare names of the commune, district and province columns (or commune and
  province) pasted in any order, joined by `|`, `;` or tabs, a hamlet column first now and then.
- `capslock_inverted`: the address typed with Caps Lock on (`xÃ tÂN pHÚ, hUYỆN đỨC hÒA`).
- `glued_syllables`: the syllables of each name run together, in marks or without, in capitals
  or CamelCase (`Xã TânPhú, Huyện ĐứcHòa`, `XA TANPHU HUYEN DUCHOA TINH LONGAN`).
- `slash_abbreviations`: type words abbreviated with a slash (`X/Tân Phú - H/Đức Hòa - T/Long
  An`, `Tổ 3/KP2/P/Tân Phong/TP/Biên Hòa`).
- `mixture`: one old or new address written with two or three of the noises above (cut type
  words, types after names, slashes, Caps Lock, glued syllables, no marks).

Truth rules, written from the registers: a name is compared case, spacing and tone placement aside
(`hoà` is `hòa`), without marks when the writer wrote none, without spaces when the writer glued
the syllables, numbers by their value (`XIV`, `mười bốn` and `14` are one name). An old address
designates every old commune of the written name and type (any type when none is written) in the
districts of the written name and type (any, when no district is written) of the old province
named (for a new province's name: the old provinces merged into it); its truth is every successor
of those communes in `commune_mapping.csv`. A two-level address designates every new unit of the
written name and type (its type of July 2025 or of its 2026 change) in the new province named (for
an old province's name: the new province it went into). Columns in an unknown order designate what
any assignment of the columns to the levels designates. Where the text cannot decide (numbered
wards without their district, a split commune), the truth is every candidate and a flag listing
them is right. `also_named` is the truth plus the other reading of the words (the new unit named
like the old commune in the new province; the successors of the old communes named like the new
unit in the old provinces of the province written). A hamlet, a house number or a `thuộc` does
not designate a unit of its own.

First figures, when the set was written (the reader of d5bfd8b, which had not seen it),
`evaluate_independent.py --set t --n 150` at seeds 2020 / 7 / 99, in % of each family (columns as
in set s: "flag" a flag listing every acceptable unit, "w/ tr." a flag around the one acceptable
unit, "one of" one successor of a split given with confidence, "other" another reading of the
words given with confidence, "w/o" a flag without the truth; confidently wrong in cases):

    family                right     flag      w/ tr.    one of  other  w/o       unmatched  wrong
    roman_numerals        91/81/85  9/17/12   0/0/0     0/0/0   0/0/0  0/0/0     1/1/3      0/0/0
    number_words          81/83/81  17/17/18  1/0/1     0/0/0   0/0/0  0/0/0     0/0/0      0/0/0
    type_word_cut         73/71/73  4/3/3     17/21/19  0/0/1   0/0/0  1/1/0     1/2/3      6/1/3
    type_after_name       9/8/5     0/0/1     5/5/4     1/1/0   0/1/0  40/37/35  33/37/39   18/17/26
    thuoc_chain           43/37/42  3/3/3     42/47/43  0/0/0   0/0/0  0/0/1     12/13/11   0/0/1
    commune_twice         94/97/93  5/2/3     1/1/3     0/0/0   0/0/0  0/0/0     0/0/0      0/0/0
    shuffled_columns      55/55/49  19/25/23  22/15/16  0/0/0   0/0/0  2/5/8     1/1/3      1/0/1
    capslock_inverted     99/94/95  1/6/5     0/0/0     0/0/0   0/0/0  0/0/0     0/0/0      0/0/0
    glued_syllables       89/95/92  5/3/3     3/1/2     0/0/0   0/0/0  0/0/0     3/1/3      0/0/0
    slash_abbreviations   34/38/33  3/3/9     33/32/31  0/0/0   0/1/1  0/0/2     29/26/24   0/0/0
    mixture               33/30/27  2/3/3     11/9/9    0/0/0   0/0/0  17/17/21  32/37/34   7/8/9
    all (1,650)           63.8/62.8/61.4  6.3/7.4/7.5  12.4/11.9/11.6  w/o 5.5/5.5/6.1
                          unmatched 10.1/10.7/10.8  wrong 32/26/40

Confidently wrong (98 over the three seeds): the type after the name (`Lang Minh (X), Xuân Lộc (H),
Đồng Nai (T)`, `Tà Long (xã); Quảng Trị (tỉnh)`, `Dai Tu (xa), Thai Nguyen (tinh)`) read as the new
ward named like the province or the old district, as another unit of the province, or as a unit of
another province (`HAI AN (X), NINH BINH (T)` as the old Xã Ninh Bình of Khánh Hòa); a ward whose
type word is cut (`Phườn Gia Lộc - Thị x Trảng Bàng - Tỉn Tây Ninh`) read as the new ward named
like its old district; `xã Hoàng Vân thuộc tỉnh Bắc Ninh` as Phường Bắc Giang; columns in another
order (`Tân Thành Bình;Bến Tre;Mỏ Cày Bắc`, `Mễ Sở; Hưng Yên; Văn Giang`) read as the ward named
like the province or as a commune of another province.

What is not right is mostly: a type after its name in brackets (unmatched, or flagged among the
wards named like the province), a type word behind a slash (`X/Tân Phú`: unmatched in a quarter,
flagged with the truth in a third), the hierarchy told with `thuộc` (flagged with the truth among
the district's units in nearly half, unmatched in an eighth), a cut type word (flagged with the
truth).
"""

from __future__ import annotations

import csv
import itertools
import os
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "roman_numerals",
    "number_words",
    "type_word_cut",
    "type_after_name",
    "thuoc_chain",
    "commune_twice",
    "shuffled_columns",
    "capslock_inverted",
    "glued_syllables",
    "slash_abbreviations",
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


def unmark(text: str) -> str:
    """The letters without diacritics (`đ` as `d`)."""
    base = "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", base.replace("đ", "d").replace("Đ", "D"))


def key(text: str, marks: bool = True, glue: bool = False) -> str:
    """A name compared: case, spacing, hyphens, apostrophes, tone placement and leading zeros aside;
    without marks when `marks` is false, without spaces when `glue` is true."""
    t = unicodedata.normalize("NFC", text).lower().replace("’", "'").replace("-", " ")
    for a, b in _TONE_MOVES.items():
        t = t.replace(a, b)
    t = " ".join(t.split())
    if t.isdigit():
        t = str(int(t))
    if not marks:
        t = unmark(t)
    return t.replace(" ", "") if glue else t


_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def number_words(n: int, rng: random.Random) -> str:
    """A number below 100 in Vietnamese words (`mười lăm`, `hai mươi mốt`, `mười tư` or `mười bốn`)."""
    if n < 10:
        return _DIGIT_WORDS[n]
    tens, unit = divmod(n, 10)
    head = "mười" if tens == 1 else f"{_DIGIT_WORDS[tens]} mươi"
    if unit == 0:
        return head
    if unit == 5:
        tail = "lăm"
    elif unit == 1 and tens > 1:
        tail = "mốt"
    elif unit == 4 and rng.random() < 0.4:
        tail = "tư"
    else:
        tail = _DIGIT_WORDS[unit]
    return f"{head} {tail}"


# ---------------------------------------------------------------- registers


@dataclass(frozen=True)
class Old:
    code: str
    ctype: str
    name: str
    d_code: str
    d_type: str
    d_name: str
    p_code: str


@dataclass(frozen=True)
class New:
    code: str
    ctype: str
    name: str
    p_code: str


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _short(full: str, typ: str) -> str:
    return full[len(typ) :].strip() if full.lower().startswith(typ) else full


class Registers:
    def __init__(self, ref: Path) -> None:
        self.olds: list[Old] = []
        self.old_prov: dict[str, tuple[str, str]] = {}  # code -> (type, short name)
        for r in _read(ref / "old_units.csv"):
            self.olds.append(
                Old(
                    r["commune_code"],
                    r["commune_type"],
                    r["commune_short_name"],
                    r["district_code"],
                    r["district_type"],
                    _short(r["district_name"], r["district_type"]),
                    r["province_code"],
                )
            )
            self.old_prov[r["province_code"]] = (r["province_type"], _short(r["province_name"], r["province_type"]))
        self.news: list[New] = []
        self.new_prov: dict[str, tuple[str, str]] = {}
        for r in _read(ref / "new_units.csv"):
            self.news.append(New(r["commune_code"], r["commune_type"], r["commune_short_name"], r["province_code"]))
            self.new_prov[r["province_code"]] = (r["province_type"], _short(r["province_name"], r["province_type"]))
        self.new_by_code = {n.code: n for n in self.news}
        self.new_types: dict[str, set[str]] = {n.code: {n.ctype} for n in self.news}
        self.new_prov_types: dict[str, set[str]] = {p: {t} for p, (t, _) in self.new_prov.items()}
        for r in _read(ref / "register_changes.csv"):
            target = self.new_types if r["level"] == "commune" else self.new_prov_types
            if r["code"] in target:
                target[r["code"]].add(r["type_after"])
        self.old_to_new_prov = {
            r["old_province_code"]: r["new_province_code"] for r in _read(ref / "province_mapping.csv")
        }
        self.olds_of_new_prov: dict[str, set[str]] = defaultdict(set)
        for o_p, n_p in self.old_to_new_prov.items():
            self.olds_of_new_prov[n_p].add(o_p)
        succ: dict[str, list[str]] = defaultdict(list)
        for r in _read(ref / "commune_mapping.csv"):
            if r["new_commune_code"] not in succ[r["old_commune_code"]]:
                succ[r["old_commune_code"]].append(r["new_commune_code"])
        self.succ = {k: tuple(v) for k, v in succ.items()}
        self.olds = [o for o in self.olds if self.succ.get(o.code)]
        self.by_district: dict[str, list[Old]] = defaultdict(list)
        for o in self.olds:
            self.by_district[o.d_code].append(o)
        self.pools: dict[str, list[Old]] = {}
        self._old_index: dict[tuple[bool, bool], dict[str, list[Old]]] = {}
        self._new_index: dict[tuple[bool, bool], dict[str, list[New]]] = {}

    def olds_named(self, cname: str, marks: bool, glue: bool) -> list[Old]:
        """The old communes whose name has the key of `cname` (an index per way of comparing)."""
        index = self._old_index.get((marks, glue))
        if index is None:
            index = defaultdict(list)
            for o in self.olds:
                index[key(o.name, marks, glue)].append(o)
            self._old_index[(marks, glue)] = index
        return index.get(key(cname, marks, glue), [])

    def news_named(self, cname: str, marks: bool, glue: bool) -> list[New]:
        index = self._new_index.get((marks, glue))
        if index is None:
            index = defaultdict(list)
            for n in self.news:
                index[key(n.name, marks, glue)].append(n)
            self._new_index[(marks, glue)] = index
        return index.get(key(cname, marks, glue), [])

    # -- provinces a written name designates
    def old_provs(self, written: str | None, marks: bool, glue: bool) -> set[str] | None:
        if written is None:
            return None
        k = key(written, marks, glue)
        out = {p for p, (_, n) in self.old_prov.items() if key(n, marks, glue) == k}
        for p, (_, n) in self.new_prov.items():
            if key(n, marks, glue) == k:
                out |= self.olds_of_new_prov[p]
        return out

    def new_provs(self, written: str | None, marks: bool, glue: bool) -> set[str] | None:
        if written is None:
            return None
        k = key(written, marks, glue)
        out = {p for p, (_, n) in self.new_prov.items() if key(n, marks, glue) == k}
        out |= {self.old_to_new_prov[p] for p, (_, n) in self.old_prov.items() if key(n, marks, glue) == k}
        return out

    def old_designated(
        self,
        cname: str,
        ctype: str | None,
        dname: str | None,
        dtype: str | None,
        pname: str | None,
        marks: bool = True,
        glue: bool = False,
    ) -> set[str]:
        """The old communes the words designate (a `None` is a part not written)."""
        provs = self.old_provs(pname, marks, glue)
        dk = None if dname is None else key(dname, marks, glue)
        return {
            o.code
            for o in self.olds_named(cname, marks, glue)
            if (ctype is None or o.ctype == ctype)
            and (dk is None or key(o.d_name, marks, glue) == dk)
            and (dtype is None or o.d_type == dtype)
            and (provs is None or o.p_code in provs)
        }

    def new_designated(
        self, cname: str, ctype: str | None, pname: str | None, marks: bool = True, glue: bool = False
    ) -> set[str]:
        provs = self.new_provs(pname, marks, glue)
        return {
            n.code
            for n in self.news_named(cname, marks, glue)
            if (ctype is None or ctype in self.new_types[n.code]) and (provs is None or n.p_code in provs)
        }

    def successors(self, olds: Iterable[str]) -> set[str]:
        return {s for o in olds for s in self.succ[o]}


# ---------------------------------------------------------------- writing


@dataclass
class Style:
    """How one address is written: type words (`full`, `lower`, `dot`, `slash`, `cut`, `after`,
    `after_letter`, `none`), marks, glued syllables, case (`as_is`, `upper`, `swap`), separator."""

    types: str = "full"
    marks: bool = True
    glue: bool = False
    case: str = "as_is"
    sep: str = ", "
    numbers: str = "digits"  # digits, roman, words


_ABBREV = {
    "xã": "X",
    "phường": "P",
    "thị trấn": "TT",
    "đặc khu": "ĐK",
    "huyện": "H",
    "quận": "Q",
    "thị xã": "TX",
    "thành phố": "TP",
    "tỉnh": "T",
}
_ALL_TYPES = ("xã", "phường", "thị trấn", "đặc khu", "huyện", "quận", "thị xã", "thành phố", "tỉnh")


def _cut_options(typ: str) -> list[str]:
    """The type word cut by one or two letters, where what is left begins no other type word."""
    out = []
    for n in (1, 2):
        cut = typ[:-n].rstrip()
        if len(cut) < 3 or cut == typ:
            continue
        if all(not t.startswith(cut) for t in _ALL_TYPES if t != typ):
            out.append(cut)
    return out


@dataclass
class Unit:
    level: str  # commune, district, province
    typ: str | None  # None: written without a type word
    name: str


class Writer:
    def __init__(self, reg: Registers, rng: random.Random) -> None:
        self.reg = reg
        self.rng = rng

    def name(self, name: str, st: Style) -> str:
        if name.isdigit():
            n = int(name)
            if st.numbers == "roman":
                return roman(n)
            if st.numbers == "words":
                w = number_words(n, self.rng)
                return w.title() if self.rng.random() < 0.6 else w
            return name
        text = name if st.marks else unmark(name)
        if st.glue:
            parts = text.split()
            text = "".join(p[:1].upper() + p[1:] for p in parts) if self.rng.random() < 0.7 else "".join(parts)
        return text

    def typed(self, u: Unit, st: Style) -> str:
        nm = self.name(u.name, st)
        if u.typ is None or st.types == "none":
            return nm
        t = u.typ
        r = self.rng
        if st.types == "full":
            word = t[:1].upper() + t[1:] if r.random() < 0.7 else t
            if t == "thành phố" and u.level != "commune" and r.random() < 0.3:
                word = r.choice(("TP.", "TP"))
            return f"{word if st.marks else unmark(word)} {nm}"
        if st.types == "lower":
            return f"{t if st.marks else unmark(t)} {nm}"
        if st.types == "dot":
            ab = _ABBREV[t]
            return f"{ab}.{nm}" if r.random() < 0.5 else f"{ab}. {nm}"
        if st.types == "slash":
            ab = _ABBREV[t]
            return f"{ab}/{nm}" if r.random() < 0.7 else f"{ab}/ {nm}"
        if st.types == "cut":
            opts = _cut_options(t)
            word = r.choice(opts) if opts and r.random() < 0.75 else t
            word = word[:1].upper() + word[1:]
            return f"{word if st.marks else unmark(word)} {nm}"
        if st.types in ("after", "after_letter"):
            tag = _ABBREV[t] if st.types == "after_letter" else (t if st.marks else unmark(t))
            return f"{nm} ({tag})"
        raise ValueError(st.types)

    def finish(self, text: str, st: Style) -> str:
        if st.case == "upper":
            return text.upper()
        if st.case == "swap":
            return text.swapcase()
        return text

    def render(self, units: list[Unit], local: list[str], st: Style) -> str:
        parts = [*local, *(self.typed(u, st) for u in units)]
        return self.finish(st.sep.join(parts), st)

    def hamlet(self, ctype: str, numbers: str = "digits") -> str:
        r = self.rng
        n = r.randint(1, 12)
        num = roman(n) if numbers == "roman" else str(n)
        if ctype == "phường":
            word = r.choice(("Khu phố", "Tổ dân phố", "Tổ", "KP"))
        elif ctype == "thị trấn":
            word = r.choice(("Khu", "Tổ dân phố", "Khu phố", "Tổ"))
        else:
            word = r.choice(("Thôn", "Ấp", "Xóm", "Bản", "Tổ"))
        return f"{word} {num}"

    def house(self) -> str:
        r = self.rng
        return r.choice(
            (f"Số {r.randint(1, 250)}", f"số nhà {r.randint(1, 120)}", f"{r.randint(1, 300)}/{r.randint(1, 40)}")
        )

    # -- the units of one address and what they designate
    def old_units(self, o: Old, with_district: bool = True, prov_typed: float = 0.85) -> list[Unit]:
        ptype, pname = self.reg.old_prov[o.p_code]
        units = [Unit("commune", o.ctype, o.name)]
        if with_district:
            units.append(Unit("district", o.d_type, o.d_name))
        units.append(Unit("province", ptype if self.rng.random() < prov_typed else None, pname))
        return units

    def new_units(self, n: New, prov_typed: float = 0.85) -> list[Unit]:
        ptype, pname = self.reg.new_prov[n.p_code]
        return [
            Unit("commune", n.ctype, n.name),
            Unit("province", ptype if self.rng.random() < prov_typed else None, pname),
        ]


def _part(units: list[Unit], level: str) -> Unit | None:
    return next((u for u in units if u.level == level), None)


def read_old(reg: Registers, units: list[Unit], st: Style) -> tuple[set[str], set[str]]:
    """Truth and also-named of an old three-level (or two-part) address."""
    c, d, p = _part(units, "commune"), _part(units, "district"), _part(units, "province")
    assert c is not None
    typed = st.types != "none"
    marks, glue = st.marks, st.glue
    olds = reg.old_designated(
        c.name,
        c.typ if typed else None,
        d.name if d else None,
        (d.typ if typed else None) if d else None,
        p.name if p else None,
        marks,
        glue,
    )
    truth = reg.successors(olds)
    also = set(truth)
    if not c.name.isdigit():
        also |= reg.new_designated(c.name, c.typ if typed else None, p.name if p else None, marks, glue)
    return truth, also


def read_new(reg: Registers, units: list[Unit], st: Style) -> tuple[set[str], set[str]]:
    c, p = _part(units, "commune"), _part(units, "province")
    assert c is not None
    typed = st.types != "none"
    truth = reg.new_designated(c.name, c.typ if typed else None, p.name if p else None, st.marks, st.glue)
    olds = reg.old_designated(c.name, c.typ if typed else None, None, None, p.name if p else None, st.marks, st.glue)
    return truth, truth | reg.successors(olds)


class Builder:
    def __init__(self, reg: Registers, rng: random.Random) -> None:
        self.reg = reg
        self.rng = rng
        self.w = Writer(reg, rng)

    def pick_old(self) -> Old:
        return self.rng.choice(self.reg.olds)

    def pick_new(self) -> New:
        return self.rng.choice(
            [n for n in self.reg.news if n.ctype != "đặc khu"] if self.rng.random() < 0.97 else self.reg.news
        )

    def numbered(self) -> list[Old]:
        if "numbered" not in self.reg.pools:
            self.reg.pools["numbered"] = [o for o in self.reg.olds if o.name.isdigit() or o.d_name.isdigit()]
        return self.reg.pools["numbered"]

    def case(self, family: str, text: str, truth: set[str], also: set[str], note: str) -> Case | None:
        if not truth:
            return None
        return Case(family, text, tuple(sorted(truth)), tuple(sorted(truth | also)), note)

    def plain(self, family: str, st: Style, new_share: float = 0.4, twice: bool = False) -> Case | None:
        """An old or new address written in style `st`, a hamlet or house in front now and then."""
        r, w = self.rng, self.w
        if r.random() < new_share:
            n = self.pick_new()
            units = w.new_units(n)
            local = [w.hamlet(n.ctype)] if r.random() < 0.5 else []
            if r.random() < 0.2:
                local.insert(0, w.house())
            text = w.render(units, local, st)
            truth, also = read_new(self.reg, units, st)
            return self.case(family, text, truth, also, f"new {n.code} {n.ctype} {n.name} ({n.p_code}); {st}")
        o = self.pick_old()
        units = w.old_units(o, with_district=r.random() < 0.92)
        local = [w.hamlet(o.ctype)] if r.random() < 0.5 else []
        if r.random() < 0.2:
            local.insert(0, w.house())
        text = w.render(units, local, st)
        truth, also = read_old(self.reg, units, st)
        return self.case(family, text, truth, also, f"old {o.code} {o.ctype} {o.name}, {o.d_type} {o.d_name}; {st}")


# ---------------------------------------------------------------- families


def _numbered_family(b: Builder, family: str, numbers: str) -> Case | None:
    r, w, reg = b.rng, b.w, b.reg
    st = Style(types=r.choice(("full", "full", "lower", "dot")), sep=r.choice((", ", " - ", ", ")), numbers=numbers)
    if numbers == "words" and r.random() < 0.3:
        st = replace(st, types="lower", sep=" ")
    if numbers == "roman" and r.random() < 0.33:
        o = b.pick_old()
        if o.name.isdigit() or o.d_name.isdigit():
            return None
        units = w.old_units(o)
        local = [w.hamlet(o.ctype, numbers="roman")]
        text = w.render(units, local, replace(st, numbers="digits"))
        truth, also = read_old(reg, units, st)
        return b.case(family, text, truth, also, f"old {o.code} {o.ctype} {o.name}, {o.d_name}; Roman hamlet")
    o = r.choice(b.numbered())
    with_district = r.random() < 0.8 or not o.name.isdigit()
    units = w.old_units(o, with_district=with_district)
    local = [w.house()] if r.random() < 0.4 else []
    if o.ctype == "phường" and r.random() < 0.3:
        local.append(w.hamlet("phường"))
    text = w.render(units, local, st)
    if st.types == "lower" and st.sep == " ":
        text = text.lower()
    truth, also = read_old(reg, units, st)
    return b.case(
        family,
        text,
        truth,
        also,
        f"old {o.code} {o.ctype} {o.name}, {o.d_type} {o.d_name} ({o.p_code}); district written: {with_district}",
    )


def gen_roman(b: Builder) -> Case | None:
    return _numbered_family(b, "roman_numerals", "roman")


def gen_words(b: Builder) -> Case | None:
    return _numbered_family(b, "number_words", "words")


def gen_cut(b: Builder) -> Case | None:
    r = b.rng
    st = Style(types="cut", marks=r.random() < 0.85, sep=r.choice((", ", " - ", ",  ")))
    return b.plain("type_word_cut", st)


def gen_after(b: Builder) -> Case | None:
    r = b.rng
    st = Style(types=r.choice(("after", "after_letter")), sep=r.choice((", ", " - ", "; ")))
    return b.plain("type_after_name", st)


def gen_thuoc(b: Builder) -> Case | None:
    r, w, reg = b.rng, b.w, b.reg
    st = Style(types=r.choice(("full", "lower", "lower")))
    if r.random() < 0.4:
        n = b.pick_new()
        units = w.new_units(n, prov_typed=0.95)
        c, p = (w.typed(u, st) for u in units)
        ham = w.hamlet(n.ctype)
        text = r.choice(
            (
                f"{ham} thuộc {c}, {p}",
                f"{ham}, {c} thuộc {p}",
                f"trên địa bàn {c}, {p}",
                f"{ham} - {c} (trực thuộc {p})",
                f"tại {ham}, {c}, {p}",
            )
        )
        truth, also = read_new(reg, units, st)
        return b.case("thuoc_chain", text, truth, also, f"new {n.code} {n.ctype} {n.name}")
    o = b.pick_old()
    units = w.old_units(o, prov_typed=0.95)
    c, d, p = (w.typed(u, st) for u in units)
    ham = w.hamlet(o.ctype)
    text = r.choice(
        (
            f"{ham} thuộc {c}, {d}, {p}",
            f"{ham}, {c} thuộc {d} thuộc {p}",
            f"{ham}, {c} thuộc {d}, {p}",
            f"trên địa bàn {c} ({'thuộc' if r.random() < 0.5 else 'trực thuộc'} {d}), {p}",
            f"tại {ham} {c}, {d} - {p}",
            f"{c}, trực thuộc {d}, {p}",
        )
    )
    truth, also = read_old(reg, units, st)
    return b.case("thuoc_chain", text, truth, also, f"old {o.code} {o.ctype} {o.name}, {o.d_type} {o.d_name}")


def gen_twice(b: Builder) -> Case | None:
    r, w, reg = b.rng, b.w, b.reg
    st = Style(types=r.choice(("full", "lower")), sep=r.choice((", ", " - ")))
    if r.random() < 0.4:
        n = b.pick_new()
        units = w.new_units(n)
        ctype = n.ctype
        truth, also = read_new(reg, units, st)
        note = f"new {n.code} {n.ctype} {n.name}"
    else:
        o = b.pick_old()
        if o.name.isdigit():
            return None
        units = w.old_units(o)
        ctype = o.ctype
        truth, also = read_old(reg, units, st)
        note = f"old {o.code} {o.ctype} {o.name}, {o.d_type} {o.d_name}"
    c = units[0]
    ham = w.hamlet(ctype)
    rest = [w.typed(u, st) for u in units[1:]]
    shape = r.randrange(3)
    if shape == 0:  # `A - Thôn 3 xã A - Huyện B - Tỉnh C`
        head = [c.name, f"{ham} {w.typed(c, replace(st, types='lower'))}"]
    elif shape == 1:  # `Xã A, Ấp 2 xã A, ...`
        head = [w.typed(c, st), f"{ham} {w.typed(c, replace(st, types='lower'))}"]
    else:  # `Thôn 3 A, Xã A, ...`
        head = [f"{ham} {c.name}", w.typed(c, st)]
    text = st.sep.join([*head, *rest])
    return b.case("commune_twice", text, truth, also, note)


def gen_shuffled(b: Builder) -> Case | None:
    r, reg = b.rng, b.reg
    sep = r.choice((" | ", "|", "; ", ";", "\t"))
    marks = r.random() < 0.8
    if r.random() < 0.35:
        n = b.pick_new()
        fields = [n.name, reg.new_prov[n.p_code][1]]
        note = f"new {n.code} {n.ctype} {n.name}"
        old_form = False
    else:
        o = b.pick_old()
        if o.name.isdigit() or o.d_name.isdigit():
            return None
        fields = [o.name, o.d_name, reg.old_prov[o.p_code][1]]
        note = f"old {o.code} {o.ctype} {o.name}, {o.d_type} {o.d_name}"
        old_form = True
    order = list(fields)
    while order == fields:
        r.shuffle(order)
    written = [f if marks else unmark(f) for f in order]
    lead = [b.w.hamlet("xã")] if r.random() < 0.25 else []
    text = sep.join([*lead, *written])
    truth: set[str] = set()
    also: set[str] = set()
    if old_form:
        for c, d, p in itertools.permutations(written):
            truth |= reg.successors(reg.old_designated(c, None, d, None, p, marks))
        for c, p in itertools.permutations(written, 2):
            also |= reg.new_designated(c, None, p, marks)
    else:
        for c, p in itertools.permutations(written):
            truth |= reg.new_designated(c, None, p, marks)
            also |= reg.successors(reg.old_designated(c, None, None, None, p, marks))
    return b.case("shuffled_columns", text, truth, also, f"{note}; columns {order}")


def gen_capslock(b: Builder) -> Case | None:
    r = b.rng
    st = Style(types=r.choice(("full", "full", "lower", "dot")), case="swap", sep=r.choice((", ", " - ")))
    return b.plain("capslock_inverted", st)


def gen_glued(b: Builder) -> Case | None:
    r = b.rng
    marks = r.random() < 0.5
    st = Style(
        types=r.choice(("full", "lower", "dot")),
        marks=marks,
        glue=True,
        case="upper" if not marks and r.random() < 0.6 else "as_is",
        sep=r.choice((", ", " ", " - ")),
    )
    return b.plain("glued_syllables", st)


def gen_slash(b: Builder) -> Case | None:
    r = b.rng
    st = Style(types="slash", marks=r.random() < 0.85, sep=r.choice((", ", " - ", "/", " ")))
    return b.plain("slash_abbreviations", st)


def gen_mixture(b: Builder) -> Case | None:
    r = b.rng
    st = Style(types=r.choice(("cut", "after", "after_letter", "slash")), sep=r.choice((", ", " - ", " ")))
    for noise in r.sample(["swap", "glue", "nomarks", "upper"], r.choice((1, 2))):
        if noise == "swap" and st.case == "as_is":
            st.case = "swap"
        elif noise == "upper" and st.case == "as_is":
            st.case = "upper"
        elif noise == "glue":
            st.glue = True
        elif noise == "nomarks":
            st.marks = False
    return b.plain("mixture", st)


_MAKERS: dict[str, Callable[[Builder], Case | None]] = {
    "roman_numerals": gen_roman,
    "number_words": gen_words,
    "type_word_cut": gen_cut,
    "type_after_name": gen_after,
    "thuoc_chain": gen_thuoc,
    "commune_twice": gen_twice,
    "shuffled_columns": gen_shuffled,
    "capslock_inverted": gen_capslock,
    "glued_syllables": gen_glued,
    "slash_abbreviations": gen_slash,
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
            if case is not None:
                made.append(case)
        cases.extend(made)
    return cases


def _default_reference() -> Path:
    return reference_dir()


if __name__ == "__main__":  # a quick look: python benchmarks/independent_t.py
    import sys

    for c in generate(3, 2020, _default_reference()):
        sys.stdout.write(f"[{c.family}] {c.address!r}\n    truth={c.truth} also={c.also_named} ({c.note})\n")
