"""A twenty-fifth independent noise model of Vietnamese addresses (set y), written from the registers only.

    from benchmarks.independent_y import generate
    cases = generate(150, 6464, Path("../shared/reference"))

Written without reading the address reader, its case files, the dev-set generators or the bodies
of the other models (only set x's frame: `Case` with `truth` / `also_named`, `generate(n, seed,
reference_dir)`, `FAMILIES`, and the family lists of sets a-x, to write other shapes). Set y copies
texts whose words lead to a unit other than the one meant: a commune named like a district of
another province, type words of before the 2026 changes, numerals in names written as words or
Roman, a street named like a neighbouring ward, a Word table or a CSV row, roads whose names carry
type words, industrial zones, markets and bus stations named after other places, the islands, and
dialect spellings with abbreviations. Every unit comes from the registers (`old_units.csv`,
`old_districts.csv`, `old_provinces.csv`, `new_units.csv`, `new_provinces.csv`,
`register_changes.csv`), every truth from the crosswalks (`commune_mapping.csv`,
`district_mapping.csv`). Hamlets, groups and houses are numbered (`Thôn 3`, `Ấp 2`, `Tổ 5`,
`Khu phố 4`, `số 12`). Families:

- `named_like_far_district`: an old commune named like a district of another province (`Xã Yên
  Thành, Huyện ...`) written with its own district and no province, or a new unit so named with
  its new province. Truth: every commune of that name and type in the written scope.
- `type_before_2026`: the units of Đồng Nai, Quảng Ninh and Bắc Ninh in the two-level form with the
  July-2025 type words (`Xã Lộc Ninh, Tỉnh Đồng Nai`), the 2026 ones or one of each, sometimes with
  the old province in a note. `Thành phố Bắc Ninh` is also the old city: its wards' truth is both.
- `numeral_names`: new units with a number in their name (`Xã Cát Tiên 3`, `Phường Móng Cái 1`)
  with the number as a word (`Cát Tiên Ba`), Roman (`A Lưới IV`), `số 3` or zero-padded.
- `street_like_neighbour`: a famous-person or event street (`Quang Trung`, `Trần Phú`, `Hùng
  Vương`) that is also a ward or commune of the same district (old form) or province (two-level
  form) before the unit of the address, with or without `đường`.
- `word_table`: a row of a Word or Excel table pasted with tabs, `|` or wide spaces, from the
  province down to the hamlet, with or without a row number and type words. Without type words
  the cells also read small to large (`Tuyên Quang  Bình Thuận` is also Xã Tuyên Quang of the old
  Bình Thuận): the truth is every unit of both readings.
- `csv_row`: a CSV row with quoted fields holding commas (`"Số 7, ngõ 15"`), doubled quotes,
  a name and a phone number, `,` or `;` between the fields.
- `road_type_words`: roads whose names carry type words (`Quốc lộ 1A`, `Tỉnh lộ 10`, `ĐT.741`,
  `đường Huyện 22`, `Hương lộ 2`, `đường liên xã`, `đường Xã Đàn`) before the units.
- `industrial_zone_elsewhere`: a lot in an industrial zone or cluster named after another commune
  of the district (old form) or another unit of the province (two-level form).
- `market_station`: a kiosk in a market, a bus station or a supermarket named after an old district
  of the new province that is also a new unit's name, in another new unit of that province.
- `island_units`: the communes of the island districts in the old form (`huyện đảo`, the city of
  Phú Quốc written `huyện`), the island districts without communes alone, and the special zones
  (`Đặc khu`, `ĐK`) in the two-level form, with the new or the old province.
- `dialect_and_abbrev`: a `y` written `i` or `Quy` written `Qui` (`Mĩ`, `Kì`, `Lí`, `Qui`) in one
  name, with abbreviated type words (`X.`, `H.`, `TT.`, `P.`, `Q.`, `TX.`).

Truth rules, written from the registers: a name is compared case, spacing, hyphens and tone
placement aside (`hoà` is `hòa`; for `dialect_and_abbrev` also `i`/`y` after a consonant). An old
address designates every old commune of the written name and type in the written district (in the
written province, old or new; in every province when none is written); its truth is every
successor of those communes in `commune_mapping.csv`. A two-level address designates the new unit
of the written name and type (the July-2025 or the 2026 type) in the new province named (or in the
new province an old province named went into, when the unit took communes from it); a new unit of
the written name in a new province that took communes of the written district is also designated.
A district written alone designates the units of `district_mapping.csv` (used for the islands
only). Streets, roads, hamlets, markets, stations, industrial zones and people designate no unit.
`also_named` is the truth.
"""

from __future__ import annotations

import csv
import os
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "named_like_far_district",
    "type_before_2026",
    "numeral_names",
    "street_like_neighbour",
    "word_table",
    "csv_row",
    "road_type_words",
    "industrial_zone_elsewhere",
    "market_station",
    "island_units",
    "dialect_and_abbrev",
)

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
CONSONANT_Y = ("b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "qu")


@dataclass(frozen=True)
class Case:
    family: str
    address: str
    truth: tuple[str, ...]
    also_named: tuple[str, ...]
    note: str


def _default_reference() -> Path:
    env = os.environ.get("ADMIN_MERGE_REFERENCE")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "reference"


def _syllables(text: str) -> list[tuple[str, str]]:
    """(base letters, tone mark) of each syllable, tone placement aside."""
    s = unicodedata.normalize("NFD", text.lower().replace("-", " ").replace("'", "").replace("\u2019", ""))
    out = []
    for syl in s.split():
        tone = next((c for c in syl if c in TONES), "")
        base = unicodedata.normalize("NFC", "".join(c for c in syl if c not in TONES))
        out.append((base, tone))
    return out


@cache
def key(text: str) -> str:
    return " ".join(b + t for b, t in _syllables(text))


@cache
def key_iy(text: str) -> str:
    """The key with a final `y` after a consonant read as `i` (`Mỹ` = `Mĩ`, `Quy` = `Qui`)."""
    parts = []
    for base, tone in _syllables(text):
        if base.endswith("y") and base[:-1] in CONSONANT_Y:
            base = base[:-1] + "i"
        parts.append(base + tone)
    return " ".join(parts)


def _with_tone(base: str, tone: str) -> str:
    """Put `tone` on the main vowel of `base` (one vowel: on it)."""
    if not tone:
        return base
    nfd = unicodedata.normalize("NFD", base)
    for i in range(len(nfd) - 1, -1, -1):
        if nfd[i] in "aeiouy":
            j = i + 1
            while j < len(nfd) and unicodedata.combining(nfd[j]):
                j += 1
            return unicodedata.normalize("NFC", nfd[:j] + tone + nfd[j:])
    return base


@dataclass(frozen=True)
class Old:
    code: str
    name: str
    type: str
    dcode: str
    dname: str
    dtype: str
    pcode: str
    pname: str


@dataclass(frozen=True)
class New:
    code: str
    name: str
    type: str
    pcode: str
    pname: str


class Registers:
    def __init__(self, ref: Path) -> None:
        def rows(name: str) -> list[dict[str, str]]:
            with (ref / name).open(encoding="utf-8", newline="") as f:
                return list(csv.DictReader(f))

        self.old_prov = {r["province_code"]: r for r in rows("old_provinces.csv")}
        self.new_prov = {r["province_code"]: r for r in rows("new_provinces.csv")}
        self.old_dist = {r["district_code"]: r for r in rows("old_districts.csv")}
        self.old: list[Old] = []
        for r in rows("old_units.csv"):
            p = self.old_prov[r["province_code"]]
            d = self.old_dist[r["district_code"]]
            self.old.append(
                Old(
                    r["commune_code"],
                    r["commune_short_name"],
                    r["commune_type"],
                    r["district_code"],
                    d["district_short_name"],
                    d["district_type"],
                    r["province_code"],
                    p["province_short_name"],
                )
            )
        self.new: list[New] = []
        for r in rows("new_units.csv"):
            p = self.new_prov[r["province_code"]]
            self.new.append(
                New(
                    r["commune_code"],
                    r["commune_short_name"],
                    r["commune_type"],
                    r["province_code"],
                    p["province_short_name"],
                )
            )
        self.new_by_code = {u.code: u for u in self.new}
        self._keyed: dict[str, tuple[dict[str, list[Old]], dict[str, list[New]]]] = {}
        self.type_2026: dict[str, str] = {}
        self.prov_type_2026: dict[str, str] = {}
        for r in rows("register_changes.csv"):
            if r["level"] == "commune":
                self.type_2026[r["code"]] = r["type_after"]
            else:
                self.prov_type_2026[r["code"]] = r["type_after"]
        self.succ: dict[str, set[str]] = defaultdict(set)
        self.sources: dict[str, set[str]] = defaultdict(set)  # new code -> old province codes
        self.src_dist: dict[str, set[str]] = defaultdict(set)  # new code -> old district codes
        for r in rows("commune_mapping.csv"):
            self.succ[r["old_commune_code"]].add(r["new_commune_code"])
            self.sources[r["new_commune_code"]].add(r["old_province_code"])
            self.src_dist[r["new_commune_code"]].add(r["old_district_code"])
        self.dist_units: dict[str, set[str]] = defaultdict(set)
        for r in rows("district_mapping.csv"):
            self.dist_units[r["old_district_code"]].add(r["new_commune_code"])
            self.sources[r["new_commune_code"]].add(r["old_province_code"])
            self.src_dist[r["new_commune_code"]].add(r["old_district_code"])
        self.old_in_dist: dict[str, list[Old]] = defaultdict(list)
        for o in self.old:
            self.old_in_dist[o.dcode].append(o)
        self.new_in_prov: dict[str, list[New]] = defaultdict(list)
        for u in self.new:
            self.new_in_prov[u.pcode].append(u)

    def _by_key(self, keyfn: Callable[[str], str]) -> tuple[dict[str, list[Old]], dict[str, list[New]]]:
        """The old and new units by the key of their name, built once per key function."""
        name = keyfn.__name__
        if name not in self._keyed:
            olds: dict[str, list[Old]] = defaultdict(list)
            news: dict[str, list[New]] = defaultdict(list)
            for o in self.old:
                olds[keyfn(o.name)].append(o)
            for u in self.new:
                news[keyfn(u.name)].append(u)
            self._keyed[name] = (olds, news)
        return self._keyed[name]

    def new_types(self, u: New) -> set[str]:
        return {u.type, self.type_2026.get(u.code, u.type)}

    def readings(
        self,
        name: str,
        ctype: str | None,
        dist: str | None,
        prov: str | None,
        keyfn: Callable[[str], str] = key,
        dtype: str | None = None,
        new_form: bool = True,
        old_form: bool = True,
    ) -> set[str]:
        """Every new code the written commune `name` (type `ctype`, district `dist`, province `prov`,
        each None when not written) can designate, read as an old and as a two-level address."""
        k = keyfn(name)
        kd = keyfn(dist) if dist else None
        kp = keyfn(prov) if prov else None
        out: set[str] = set()
        if old_form:
            for o in self._by_key(keyfn)[0].get(k, []):
                if ctype and o.type != ctype:
                    continue
                if kd is not None and (keyfn(o.dname) != kd or (dtype and o.dtype != dtype)):
                    continue
                if kp is not None:
                    provs = {keyfn(o.pname)} | {
                        keyfn(self.new_prov[self.new_by_code[c].pcode]["province_short_name"])
                        for c in self.succ[o.code]
                    }
                    if kp not in provs:
                        continue
                out |= self.succ[o.code]
        if new_form:
            for u in self._by_key(keyfn)[1].get(k, []):
                if ctype and ctype not in self.new_types(u):
                    continue
                if kp is not None:
                    provs = {keyfn(u.pname)} | {
                        keyfn(self.old_prov[p]["province_short_name"]) for p in self.sources[u.code]
                    }
                    if kp not in provs:
                        continue
                if kd is not None and not any(
                    keyfn(self.old_dist[d]["district_short_name"]) == kd
                    and dtype in (None, self.old_dist[d]["district_type"])
                    for d in self.src_dist[u.code]
                ):
                    continue
                out.add(u.code)
        return out


TYPE_FULL = {"xã": "Xã", "phường": "Phường", "thị trấn": "Thị trấn", "đặc khu": "Đặc khu"}
TYPE_ABBR = {"xã": "X.", "phường": "P.", "thị trấn": "TT.", "đặc khu": "ĐK"}
DTYPE_FULL = {"huyện": "Huyện", "quận": "Quận", "thị xã": "Thị xã", "thành phố": "Thành phố"}
DTYPE_ABBR = {"huyện": "H.", "quận": "Q.", "thị xã": "TX.", "thành phố": "TP."}
HAMLET = {"thị trấn": ("Khu phố", "Tổ dân phố", "Khu"), "phường": ("Tổ", "Khu phố", "Tổ dân phố")}
PEOPLE = (
    "Nguyễn Văn Hùng",
    "Trần Thị Lan",
    "Lê Văn Tám",
    "Phạm Thị Thu Hà",
    "Hoàng Minh Tuấn",
    "Vũ Thị Mai",
    "Đặng Quốc Việt",
    "Bùi Thị Ngọc Ánh",
    "Đỗ Văn Khoa",
    "Ngô Thị Hương",
)
STREET_NAMES = (
    "Quang Trung",
    "Lê Lợi",
    "Trần Phú",
    "Hùng Vương",
    "Nguyễn Trãi",
    "Lê Hồng Phong",
    "Hoàng Văn Thụ",
    "Trần Hưng Đạo",
    "Lý Thường Kiệt",
    "Hai Bà Trưng",
    "Ngô Quyền",
    "Phan Đình Phùng",
    "Điện Biên Phủ",
    "Bạch Đằng",
    "Hoàng Hoa Thám",
    "Nguyễn Du",
    "Lê Lai",
    "Trưng Vương",
    "Minh Khai",
    "Lam Sơn",
    "Phan Bội Châu",
    "Nguyễn Văn Cừ",
    "Đống Đa",
    "Thống Nhất",
    "Hòa Bình",
    "Chi Lăng",
    "Ba Đình",
    "Đông Kinh",
    "Hồng Bàng",
    "Nguyễn Trung Trực",
    "Trần Quang Khải",
    "Lê Thánh Tông",
    "Võ Thị Sáu",
    "Tô Hiệu",
    "Độc Lập",
    "Tân Bình",
    "Phù Đổng",
    "Tân Sơn",
    "Yết Kiêu",
    "Hà Huy Tập",
)


class Builder:
    def __init__(self, reg: Registers, rng: random.Random) -> None:
        self.reg = reg
        self.rng = rng

    def pick(self, seq: list | tuple):  # type: ignore[no-untyped-def,type-arg]
        return seq[self.rng.randrange(len(seq))]

    def hamlet(self, ctype: str, pcode: str = "01") -> str:
        """A numbered hamlet, group or house, in the words of the region (`Bản` in the north-west
        mountains, `Ấp` in the south)."""
        r = self.rng
        if ctype == "phường" and r.random() < 0.3:
            return f"Số {r.randint(1, 250)}"
        if ctype in ("xã", "đặc khu"):
            words: tuple[str, ...] = (
                ("Ấp",) if pcode >= "70" else ("Thôn", "Bản", "Xóm") if pcode <= "17" else ("Thôn", "Xóm")
            )
        else:
            words = HAMLET[ctype]
        return f"{self.pick(words)} {r.randint(1, 12)}"

    def ctyped(self, name: str, ctype: str, style: str) -> str:
        if style == "abbr":
            return f"{TYPE_ABBR[ctype]} {name}" if ctype != "đặc khu" else f"ĐK {name}"
        if style == "lower":
            return f"{ctype} {name}"
        return f"{TYPE_FULL[ctype]} {name}"

    def dtyped(self, name: str, dtype: str, style: str) -> str:
        if style == "abbr":
            return f"{DTYPE_ABBR[dtype]} {name}"
        if style == "lower":
            return f"{dtype} {name}"
        return f"{DTYPE_FULL[dtype]} {name}"

    def ptyped_old(self, pcode: str, style: str) -> str:
        p = self.reg.old_prov[pcode]
        short = p["province_short_name"]
        if style == "none":
            return short
        if p["province_type"] == "thành phố":
            return f"TP. {short}" if style == "abbr" else f"Thành phố {short}"
        return short if style == "abbr" else f"{'tỉnh' if style == 'lower' else 'Tỉnh'} {short}"

    def ptyped_new(self, pcode: str, style: str, year: int = 2025) -> str:
        p = self.reg.new_prov[pcode]
        short = p["province_short_name"]
        ptype = self.reg.prov_type_2026.get(pcode, p["province_type"]) if year == 2026 else p["province_type"]
        if style == "none":
            return short
        if ptype == "thành phố":
            return f"TP. {short}" if style == "abbr" else f"Thành phố {short}"
        return short if style == "abbr" else f"{'tỉnh' if style == 'lower' else 'Tỉnh'} {short}"

    def new_tail(self, u: New, styles: tuple[str, ...], pstyles: tuple[str, ...]) -> str:
        """`Xã X, Tỉnh P` of a new unit, in one of `styles` and one of `pstyles` for the province."""
        ctext = self.ctyped(u.name, u.type, self.pick(styles))
        return f"{ctext}, {self.ptyped_new(u.pcode, self.pick(pstyles))}"

    def case(self, family: str, address: str, truth: Iterable[str], note: str) -> Case | None:
        t = tuple(sorted(set(truth)))
        if not t:
            return None
        return Case(family, address, t, t, note)

    def old_three(self, o: Old, style: str | None = None, province: bool = True) -> tuple[str, str | None]:
        """`Xã X, Huyện D, Tỉnh P` in one style; returns the text and the province written."""
        style = style or self.pick(("full", "full", "abbr", "lower"))
        parts = [self.ctyped(o.name, o.type, style), self.dtyped(o.dname, o.dtype, style)]
        prov = None
        if province:
            parts.append(self.ptyped_old(o.pcode, "lower" if style == "lower" else style))
            prov = o.pname
        return ", ".join(parts), prov


def _district_like_province(reg: Registers, name: str) -> bool:
    return any(key(p["province_short_name"]) == key(name) for p in [*reg.old_prov.values(), *reg.new_prov.values()])


_CACHE: dict[int, dict[str, object]] = {}


def _index(reg: Registers) -> dict[str, object]:
    """Lookups built once per Registers."""
    cached = _CACHE.get(id(reg))
    if cached is not None:
        return cached
    dist_names: dict[str, set[str]] = defaultdict(set)  # key -> province codes with a district so named
    for d in reg.old_dist.values():
        dist_names[key(d["district_short_name"])].add(d["province_code"])
    far_old = [
        o
        for o in reg.old
        if key(o.name) in dist_names and dist_names[key(o.name)] - {o.pcode} and o.pcode not in dist_names[key(o.name)]
    ]
    far_new = []
    for u in reg.new:
        provs = dist_names.get(key(u.name), set())
        if provs and not provs & reg.sources[u.code]:
            far_new.append(u)
    numerals = [u for u in reg.new if u.name[-1].isdigit()]
    iy = [o for o in reg.old if key_iy(o.name) != key(o.name) or key_iy(o.dname) != key(o.dname)]
    iy_new = [u for u in reg.new if key_iy(u.name) != key(u.name)]
    out: dict[str, object] = {"far_old": far_old, "far_new": far_new, "numerals": numerals, "iy": iy, "iy_new": iy_new}
    _CACHE[id(reg)] = out
    return out


def _split_number(name: str) -> tuple[str, int]:
    head, _, num = name.rpartition(" ")
    return head, int(num)


WORDS = {1: "Một", 2: "Hai", 3: "Ba", 4: "Bốn", 5: "Năm"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}


def f_named_like_far_district(b: Builder, family: str) -> Case | None:
    idx = _index(b.reg)
    r = b.rng
    if r.random() < 0.65:
        o: Old = b.pick(idx["far_old"])  # type: ignore[arg-type]
        if _district_like_province(b.reg, o.dname):
            return None
        style = b.pick(("full", "abbr", "lower"))
        addr = f"{b.hamlet(o.type, o.pcode)}, {b.ctyped(o.name, o.type, style)}, {b.dtyped(o.dname, o.dtype, style)}"
        return b.case(
            family, addr, b.reg.readings(o.name, o.type, o.dname, None, dtype=o.dtype), f"old {o.code}, no province"
        )
    u: New = b.pick(idx["far_new"])  # type: ignore[arg-type]
    style = b.pick(("full", "lower"))
    ctext = b.ctyped(u.name, u.type, style)
    addr = f"{b.hamlet(u.type, u.pcode)}, {ctext}, {b.ptyped_new(u.pcode, b.pick(('full', 'none')))}"
    return b.case(family, addr, b.reg.readings(u.name, u.type, None, u.pname), f"new {u.code}")


def f_type_before_2026(b: Builder, family: str) -> Case | None:
    reg = b.reg
    r = b.rng
    if r.random() < 0.6:
        code = b.pick(sorted(reg.type_2026))
    else:
        code = b.pick([u.code for p in ("75", "22", "24") for u in reg.new_in_prov[p]])
    u = reg.new_by_code[code]
    t25, t26 = u.type, reg.type_2026.get(code, u.type)
    ctype = b.pick((t25, t25, t26))
    year = b.pick((2025, 2026))
    pstyle = b.pick(("full", "full", "lower", "none"))
    prov = reg.new_prov[u.pcode]["province_short_name"]
    ptext = b.ptyped_new(u.pcode, pstyle, year)
    addr = f"{b.hamlet(ctype, u.pcode)}, {b.ctyped(u.name, ctype, b.pick(('full', 'lower')))}, {ptext}"
    if r.random() < 0.3:
        olds = sorted(reg.sources[code] - {u.pcode})
        if olds:
            addr += f" ({reg.old_prov[b.pick(olds)]['province_short_name']} cũ)"
    truth = reg.readings(u.name, ctype, None, prov)
    if ptext.lower().startswith("thành phố") or ptext.startswith("TP."):
        truth |= reg.readings(u.name, ctype, prov, None, dtype="thành phố", new_form=False)  # the old city of that name
    return b.case(family, addr, truth, f"{code} {t25}->{t26} written {ctype}, {ptext}")


def f_numeral_names(b: Builder, family: str) -> Case | None:
    reg = b.reg
    r = b.rng
    u: New = b.pick(_index(reg)["numerals"])  # type: ignore[arg-type]
    head, num = _split_number(u.name)
    form = b.pick(("word", "roman", "so", "pad", "dash"))
    written = {
        "word": f"{head} {WORDS[num]}",
        "roman": f"{head} {ROMAN[num]}",
        "so": f"{head} số {num}",
        "pad": f"{head} 0{num}",
        "dash": f"{head}-{num}",
    }[form]
    style = b.pick(("full", "lower", "abbr"))
    pwhich = r.random()
    if pwhich < 0.5:
        ptext = b.ptyped_new(u.pcode, b.pick(("full", "none")))
        prov: str | None = reg.new_prov[u.pcode]["province_short_name"]
    elif pwhich < 0.8:
        olds = sorted(reg.sources[u.code])
        pc = b.pick(olds)
        ptext = b.ptyped_old(pc, b.pick(("full", "none")))
        prov = reg.old_prov[pc]["province_short_name"]
    else:
        ptext, prov = "", None
    addr = f"{b.hamlet(u.type, u.pcode)}, {b.ctyped(written, u.type, style)}" + (f", {ptext}" if ptext else "")
    return b.case(family, addr, reg.readings(u.name, u.type, None, prov), f"{u.code} {u.name} as {form}")


def f_street_like_neighbour(b: Builder, family: str) -> Case | None:
    reg = b.reg
    r = b.rng
    street = b.pick(STREET_NAMES)
    k = key(street)
    num = f"{r.randint(1, 300)}{b.pick(('', '', '/2', 'A', '/15'))}"
    road = b.pick(("", "đường ", "Đường ", "phố "))
    if r.random() < 0.5:  # old form: the street is a commune of the same district
        namesakes = [o for o in reg.old if key(o.name) == k]
        if not namesakes:
            return None
        s = b.pick(namesakes)
        others = [o for o in reg.old_in_dist[s.dcode] if o.code != s.code and o.type != "xã"]
        if not others:
            return None
        o = b.pick(others)
        style = b.pick(("full", "abbr", "lower"))
        if r.random() < 0.8:
            addr = f"Số {num} {road}{street}, {b.old_three(o, style)[0]}"
        else:
            unit, dist = b.ctyped(o.name, o.type, style), b.dtyped(o.dname, o.dtype, style)
            addr = f"{unit} - {num} {road}{street} - {dist} - {o.pname}"
        return b.case(
            family, addr, reg.readings(o.name, o.type, o.dname, o.pname), f"street {street} = {s.code}; unit {o.code}"
        )
    namesakes_new = [u for u in reg.new if key(u.name) == k]
    if not namesakes_new:
        return None
    s2 = b.pick(namesakes_new)
    others_new = [u for u in reg.new_in_prov[s2.pcode] if u.code != s2.code]
    u = b.pick(others_new)
    addr = f"{num} {road}{street}, {b.new_tail(u, ('full', 'lower', 'abbr'), ('full', 'none'))}"
    return b.case(
        family, addr, reg.readings(u.name, u.type, None, u.pname), f"street {street} = {s2.code}; unit {u.code}"
    )


def f_word_table(b: Builder, family: str) -> Case | None:
    reg = b.reg
    r = b.rng
    sep = b.pick(("\t", "\t", " | ", "    ", "\t\t"))
    typed = r.random() < 0.5
    lead = [str(r.randint(1, 120))] if r.random() < 0.5 else []
    if r.random() < 0.6:
        o: Old = b.pick(reg.old)
        if _district_like_province(reg, o.dname) and not typed:
            return None
        cells = [
            b.ptyped_old(o.pcode, "full") if typed else o.pname,
            b.dtyped(o.dname, o.dtype, "full") if typed else o.dname,
            b.ctyped(o.name, o.type, "full") if typed else o.name,
            b.hamlet(o.type, o.pcode),
        ]
        truth = reg.readings(o.name, o.type if typed else None, o.dname, o.pname)
        if not typed:  # untyped cells also read small to large: the first cell a commune
            truth |= reg.readings(o.pname, None, o.dname, o.name)
        note = f"old {o.code}"
    else:
        u: New = b.pick(reg.new)
        if u.code in reg.type_2026 and typed:
            return None
        cells = [
            b.ptyped_new(u.pcode, "full") if typed else u.pname,
            b.ctyped(u.name, u.type, "full") if typed else u.name,
            b.hamlet(u.type, u.pcode),
        ]
        truth = reg.readings(u.name, u.type if typed else None, None, u.pname)
        if not typed:
            truth |= reg.readings(u.pname, None, None, u.name)
        note = f"new {u.code}"
    return b.case(family, sep.join(lead + cells), truth, note)


def f_csv_row(b: Builder, family: str) -> Case | None:
    reg = b.reg
    r = b.rng
    person = b.pick(PEOPLE)
    phone = f"09{r.randint(10000000, 99999999)}"
    house = b.pick(
        (f"Số {r.randint(1, 99)}, ngõ {r.randint(2, 300)}", f"{r.randint(1, 200)}, tổ {r.randint(1, 30)}", "")
    )
    if r.random() < 0.6:
        o: Old = b.pick(reg.old)
        unit = b.hamlet(o.type, o.pcode)
        shape = r.randrange(3)
        if shape == 0:
            cells = (
                b.ctyped(o.name, o.type, "full"),
                b.dtyped(o.dname, o.dtype, "full"),
                b.ptyped_old(o.pcode, "full"),
            )
            row = f'"{person}","{house or unit}","{cells[0]}","{cells[1]}","{cells[2]}",{phone}'
        elif shape == 1:
            row = f'{r.randint(1, 500)},"{person}","{unit}, {b.old_three(o, "full")[0]}",{phone}'
        else:
            row = f'"{person}";"Nhà văn hóa ""{unit}"", {b.old_three(o, "lower")[0]}";"{phone}"'
        truth = reg.readings(o.name, o.type, o.dname, o.pname)
        note = f"old {o.code}"
    else:
        u: New = b.pick(reg.new)
        if u.code in reg.type_2026:
            return None
        unit = b.hamlet(u.type, u.pcode)
        if r.random() < 0.5:
            ctext, ptext = b.ctyped(u.name, u.type, "full"), b.ptyped_new(u.pcode, "full")
            row = f'"{person}","{house or unit}, {ctext}","{ptext}",{phone}'
        else:
            no = r.randint(1, 500)
            ctext, ptext = b.ctyped(u.name, u.type, "lower"), b.ptyped_new(u.pcode, "lower")
            row = f'{no};"{person}";"{unit}, {ctext}, {ptext}";{phone}'
        truth = reg.readings(u.name, u.type, None, u.pname)
        note = f"new {u.code}"
    return b.case(family, row, truth, note)


def _road(b: Builder, o_or_u: Old | New) -> str:
    r = b.rng
    n = r.randint(1, 60)
    options = [
        f"Km {r.randint(1, 120)}+{r.randint(0, 9)}00 Quốc lộ {r.randint(1, 60)}{b.pick(('', 'A', 'B', 'C'))}",
        f"Số {r.randint(1, 400)} Tỉnh lộ {n}",
        f"{r.randint(1, 400)} đường Tỉnh lộ {n}",
        f"{r.randint(1, 200)} ĐT.{r.randint(600, 999)}",
        f"Số {r.randint(1, 200)} đường tỉnh {n}",
        f"{r.randint(1, 200)} đường Huyện {n}",
        f"{r.randint(1, 200)} ĐH.{n:02d}",
        f"Số {r.randint(1, 150)} Hương lộ {r.randint(1, 20)}",
        f"{r.randint(1, 150)} Liên tỉnh lộ {r.randint(2, 30)}",
        "Đường liên xã",
        f"Mặt đường liên huyện, cách UBND {r.randint(1, 9)}00 m",
        f"Số {r.randint(1, 300)} QL{r.randint(1, 60)}",
    ]
    if isinstance(o_or_u, Old) and o_or_u.dname == "Đống Đa" and o_or_u.pcode == "01":
        options.append(f"Số {r.randint(1, 200)} đường Xã Đàn")
    return b.pick(options)


def f_road_type_words(b: Builder, family: str) -> Case | None:
    reg = b.reg
    r = b.rng
    if r.random() < 0.15:
        cands = list(reg.old_in_dist["006"])  # Quận Đống Đa, Hà Nội: đường Xã Đàn
        o: Old = b.pick(cands)
        addr = f"Số {r.randint(1, 200)} đường Xã Đàn, {b.old_three(o)[0]}"
        return b.case(family, addr, reg.readings(o.name, o.type, o.dname, o.pname), f"Xã Đàn; {o.code}")
    if r.random() < 0.6:
        o = b.pick(reg.old)
        text, prov = b.old_three(o)
        addr = f"{_road(b, o)}, {text}"
        return b.case(family, addr, reg.readings(o.name, o.type, o.dname, prov), f"old {o.code}")
    u: New = b.pick(reg.new)
    if u.code in reg.type_2026:
        return None
    addr = f"{_road(b, u)}, {b.new_tail(u, ('full', 'lower'), ('full', 'none'))}"
    return b.case(family, addr, reg.readings(u.name, u.type, None, u.pname), f"new {u.code}")


def f_industrial_zone_elsewhere(b: Builder, family: str) -> Case | None:
    reg = b.reg
    r = b.rng
    zone = b.pick(("KCN", "Khu công nghiệp", "CCN", "Cụm công nghiệp", "KCN", "Cụm CN"))
    lot = b.pick(
        (
            f"Lô {b.pick('ABCDE')}{r.randint(1, 30)}",
            f"Lô CN{r.randint(1, 20)}",
            f"Nhà xưởng số {r.randint(1, 12)}",
            f"Đường số {r.randint(1, 15)}",
        )
    )
    if r.random() < 0.5:
        o: Old = b.pick([o for o in reg.old if o.type == "xã"])
        others = [x for x in reg.old_in_dist[o.dcode] if x.code != o.code and key(x.name) != key(o.name)]
        if not others:
            return None
        z = b.pick(others).name
        text, prov = b.old_three(o)
        addr = f"{lot}, {zone} {z}{b.pick(('', '', ' mở rộng', ' 2'))}, {text}"
        return b.case(family, addr, reg.readings(o.name, o.type, o.dname, prov), f"zone {z}; old {o.code}")
    u: New = b.pick(reg.new)
    if u.code in reg.type_2026:
        return None
    others_new = [x for x in reg.new_in_prov[u.pcode] if key(x.name) != key(u.name)]
    z = b.pick(others_new).name
    addr = f"{lot}, {zone} {z}, {b.new_tail(u, ('full', 'lower'), ('full', 'none'))}"
    return b.case(family, addr, reg.readings(u.name, u.type, None, u.pname), f"zone {z}; new {u.code}")


def f_market_station(b: Builder, family: str) -> Case | None:
    reg = b.reg
    r = b.rng
    d = b.pick(list(reg.old_dist.values()))
    dname = d["district_short_name"]
    named = [u for u in reg.new if key(u.name) == key(dname) and d["district_code"] in reg.src_dist[u.code]]
    if not named:
        return None
    homes = [
        u
        for u in reg.new
        if d["district_code"] in reg.src_dist[u.code] and key(u.name) != key(dname) and u.code not in reg.type_2026
    ]
    if not homes:
        return None
    u = b.pick(homes)
    place = b.pick(
        (
            f"Ki-ốt số {r.randint(1, 80)}, Chợ {dname}",
            f"Kiot {r.randint(1, 80)} chợ {dname}",
            f"Bến xe {dname}",
            f"Bến xe khách {dname}",
            f"Quầy {r.randint(1, 40)}, Chợ trung tâm {dname}",
            f"Siêu thị Co.opmart {dname}",
            f"Gần cổng chợ {dname}",
        )
    )
    addr = f"{place}, {b.new_tail(u, ('full', 'lower'), ('full', 'none'))}"
    return b.case(
        family, addr, reg.readings(u.name, u.type, None, u.pname), f"{dname} is {named[0].code}; unit {u.code}"
    )


ISLAND_DISTRICTS = ("203", "207", "317", "318", "471", "498", "536", "576", "602", "755", "911", "912")


def f_island_units(b: Builder, family: str) -> Case | None:
    reg = b.reg
    r = b.rng
    dcode = b.pick([c for c in ISLAND_DISTRICTS if c in reg.old_dist])
    d = reg.old_dist[dcode]
    dname = d["district_short_name"]
    pc = d["province_code"]
    shape = r.random()
    dword = (
        b.pick(("huyện đảo", "Huyện đảo", "H. đảo", "huyện", "Huyện"))
        if d["district_type"] == "huyện" or dcode == "911"
        else "Thành phố"
    )
    if reg.old_in_dist[dcode] and shape < 0.5:
        o = b.pick(reg.old_in_dist[dcode])
        ptext = b.ptyped_old(pc, b.pick(("full", "none"))) if r.random() < 0.8 else ""
        addr = (
            f"{b.hamlet(o.type, o.pcode)}, {b.ctyped(o.name, o.type, b.pick(('full', 'lower', 'abbr')))}, "
            f"{dword} {dname}" + (f", {ptext}" if ptext else "")
        )
        truth = reg.readings(o.name, o.type, dname, o.pname if ptext else None)
        return b.case(family, addr, truth, f"old {o.code}")
    if not reg.old_in_dist[dcode] and shape < 0.5:
        addr = f"{dword} {dname}, {b.ptyped_old(pc, b.pick(('full', 'none')))}"
        return b.case(family, addr, reg.dist_units[dcode], f"district {dcode} alone")
    units = sorted(reg.dist_units[dcode])
    zones = [reg.new_by_code[c] for c in units if reg.new_by_code[c].type == "đặc khu"]
    if not zones:
        return None
    u = b.pick(zones)
    word = b.pick(("Đặc khu", "đặc khu", "ĐK", "Đặc khu", "ĐK."))
    if r.random() < 0.6:
        ptext = b.ptyped_new(u.pcode, b.pick(("full", "none")))
        prov = u.pname
    else:
        ptext = b.ptyped_old(pc, b.pick(("full", "none")))
        prov = reg.old_prov[pc]["province_short_name"]
    addr = f"{b.hamlet('xã' if r.random() < 0.5 else 'thị trấn', u.pcode)}, {word} {u.name}, {ptext}"
    return b.case(family, addr, reg.readings(u.name, "đặc khu", None, prov), f"zone {u.code}")


def _iy_variant(name: str) -> str | None:
    """`name` with every final `y` after a consonant written `i` (tone kept), or None if it has none."""
    words = name.split()
    changed = False
    out = []
    for w in words:
        syls = _syllables(w)
        base, tone = syls[0] if len(syls) == 1 else ("", "")
        if base.endswith("y") and base[:-1] in CONSONANT_Y:
            nw = _with_tone(base[:-1] + "i", tone)
            if w[0].isupper():
                nw = nw[0].upper() + nw[1:]
            out.append(nw)
            changed = True
        else:
            out.append(w)
    return " ".join(out) if changed else None


def f_dialect_and_abbrev(b: Builder, family: str) -> Case | None:
    reg = b.reg
    r = b.rng
    idx = _index(reg)
    if r.random() < 0.65:
        o: Old = b.pick(idx["iy"])  # type: ignore[arg-type]
        cname = _iy_variant(o.name) or o.name
        dname = _iy_variant(o.dname) or o.dname
        style = b.pick(("abbr", "abbr", "lower"))
        ptext = b.ptyped_old(o.pcode, b.pick(("none", "abbr")))
        addr = (
            f"{b.hamlet(o.type, o.pcode)}, {b.ctyped(cname, o.type, style)}, {b.dtyped(dname, o.dtype, style)}, {ptext}"
        )
        truth = reg.readings(cname, o.type, dname, o.pname, keyfn=key_iy)
        return b.case(family, addr, truth, f"old {o.code} as {cname}/{dname}")
    u: New = b.pick(idx["iy_new"])  # type: ignore[arg-type]
    if u.code in reg.type_2026:
        return None
    cname = _iy_variant(u.name) or u.name
    addr = f"{b.hamlet(u.type, u.pcode)}, {b.ctyped(cname, u.type, 'abbr')}, "
    addr += b.ptyped_new(u.pcode, b.pick(("none", "abbr")))
    return b.case(family, addr, reg.readings(cname, u.type, None, u.pname, keyfn=key_iy), f"new {u.code} as {cname}")


FAMILY_FUNCS: dict[str, Callable[[Builder, str], Case | None]] = {
    "named_like_far_district": f_named_like_far_district,
    "type_before_2026": f_type_before_2026,
    "numeral_names": f_numeral_names,
    "street_like_neighbour": f_street_like_neighbour,
    "word_table": f_word_table,
    "csv_row": f_csv_row,
    "road_type_words": f_road_type_words,
    "industrial_zone_elsewhere": f_industrial_zone_elsewhere,
    "market_station": f_market_station,
    "island_units": f_island_units,
    "dialect_and_abbrev": f_dialect_and_abbrev,
}


def generate(n: int, seed: int, reference_dir: Path | None = None) -> list[Case]:
    """`n` addresses per family, reproducible from `seed` whatever the string hash seed."""
    reg = Registers(reference_dir or _default_reference())
    cases: list[Case] = []
    for i, family in enumerate(FAMILIES):
        b = Builder(reg, random.Random(seed * 1000 + i))
        made = 0
        attempts = 0
        while made < n and attempts < n * 400:
            attempts += 1
            case = FAMILY_FUNCS[family](b, family)
            if case is None or not case.truth:
                continue
            cases.append(case)
            made += 1
    return cases
