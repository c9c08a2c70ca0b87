"""A nineteenth independent noise model of Vietnamese addresses (set s), written from the registers only.

    from benchmarks.independent_s import generate
    cases = generate(150, 1919, Path("../shared/reference"))

Written without reading the address reader, its case files, the dev-set generators or the bodies
of the other models (only set r's frame: `Case` with `truth` / `also_named`, `generate(n, seed,
reference_dir)`, `FAMILIES`, and the family lists of the earlier sets, to write other shapes). Set s
copies what government registers hold through time and the names that mislead: a unit named like
its district, namesakes, split communes, the 2026 changes, the rounds of 2019-2021, new communes
named like old districts, old districts kept by habit, provinces of the other era, reversed order,
streets named like communes and numbered wards. Every unit comes from the registers
(`old_units.csv`, `new_units.csv`, the provinces, `register_changes.csv`,
`history/unit_history.csv`), every truth from the crosswalk (`commune_mapping.csv`). Clerks write
type words in full, abbreviated (`X.`, `P.`, `TT`, `H.`, `TX`, `Q.`, `TP`, `T.`) or in lower case,
leave a commune's type word out now and then (`Thôn 3 - Tân Lập - Hữu Lũng - Lạng Sơn`), join the
parts with commas or dashes, sometimes in capitals or without marks; hamlets and houses
are numbered (`Thôn 3`, `Xóm 2`, `Ấp 5`, `Tổ 7`, `Khu phố 4`, `số 12`), and a street is never named
like a unit of its province except in `street_named_like_commune`. Families:

- `town_named_like_district`: a commune of a district that also holds a town or ward of the
  district's name (`Thị trấn X` of `Huyện X`, `Phường X` of `Thị xã X`), the commune written
  first: `Thôn 3 - X. A - X - T. P` (the truth is A, never the town X).
- `namesake_communes`: a commune name found in several districts of its province, written with
  its district (decided), or with the province only (every namesake of the province is the truth).
- `split_commune`: an old commune that went to several new units, with or without a hamlet.
- `register_2026`: a unit of the 2026 changes (Đồng Nai, Quảng Ninh, Bắc Ninh) in the two-level
  form, dated before or after the change and written with either type (the old type after the
  change, the new type before it), the province as `Tỉnh` or `Thành phố`.
- `earlier_round`: a commune merged, renamed or re-typed in 2019-2021, written with its name,
  district and province of that time (`history/unit_history.csv`, high confidence only; left out
  when the name still designates a unit of the register of 2025 in that district).
- `new_named_like_old_district`: a new commune named like an old district or an old town of
  another district (`Xã Thoại Sơn`), two-level, with or without the province, sometimes after a
  hamlet named like an old commune of that district (`Ấp Vọng Thê, xã Thoại Sơn`).
- `old_district_by_habit`: `xã A, huyện B (cũ), tỉnh C`, B one of the districts A came from or,
  for some, another district of the same old province.
- `province_era_swap`: a new commune under the old province it came from (`Xã A, Tỉnh Hà
  Giang`), or an old three-level address under the new province (`..., Huyện Bắc Mê, Tỉnh Tuyên
  Quang`).
- `reverse_order`: province first, then district and commune, hamlets and house numbers after.
- `street_named_like_commune`: `Số 45 đường Trần Phú, Phường C, ...` where a unit named Trần Phú
  lies elsewhere in the same district or province; the address is C.
- `numbered_wards`: `Phường 2` / `P.2` / `F2` / `P02` of provinces with several wards of that
  number, written with the city or district, or with the province only.
- `mixture`: one of `town_named_like_district`, `namesake_communes`, `split_commune`,
  `old_district_by_habit`, `street_named_like_commune`, `numbered_wards` or `earlier_round`
  written with two more noises (reversed order, no marks, capitals, no separators).

Truth rules, written from the registers: a name is compared case, spacing and tone placement aside
(`hoà` is `hòa`), without marks when the writer wrote none, numbers without leading zeros. An old
address designates every old commune of the written name and type (any type when none is written)
in the districts of the written name and type of the old province named (for a new province's
name: the old provinces merged into it); its truth is every successor of those communes in
`commune_mapping.csv`. A two-level address designates every new unit of the written name and type
(the type of July 2025 or of its 2026 change) in the new province named (for an old province's
name: the new province it went into). Where the text cannot decide (namesakes without district,
a split commune), the truth is every candidate and a flag listing them is right. A state of an
earlier round designates its successors in the register of 2025, then theirs in the crosswalk.
`also_named` is the truth plus the other reading of the words (the new unit named like an old
commune and the reverse, old namesakes under a wider province). A street, a hamlet, a house number
or a district named beside a new unit designates no unit of its own.

First figures, when the set was written (the reader of 745711d, which had not seen it),
`evaluate_independent.py --set s --n 150` at seeds 1919 / 7 / 99, in % of each family (columns as
in set r: "flag" a flag listing every acceptable unit, "w/ tr." a flag around the one acceptable
unit, "one of" one successor of a split given with confidence, "other" another reading of the
words given with confidence, "w/o" a flag without the truth; confidently wrong in cases):

    family                       right      flag        w/ tr.    partial  one of  other  w/o    unmatched  wrong
    town_named_like_district     97/95/97   3/5/3       0/0/0     0/0/0    0/0/0   0/0/0  0/0/0  0/0/0      0/0/0
    namesake_communes            36/37/41   64/63/59    0/0/0     0/0/0    0/0/0   0/0/0  0/0/0  0/0/0      0/0/0
    split_commune                0/0/0      100/100/100 0/0/0     0/0/0    0/0/0   0/0/0  0/0/0  0/0/0      0/0/0
    register_2026                99/99/99   1/0/1       0/1/0     0/0/0    0/0/0   0/0/0  0/0/0  0/0/0      0/0/0
    earlier_round                79/78/79   5/4/3       11/13/8   0/0/1    1/1/0   0/0/1  2/2/3  0/1/3      3/2/5
    new_named_like_old_district  72/78/79   24/18/18    3/4/2     0/0/0    0/0/0   0/0/0  0/0/0  1/0/1      0/0/0
    old_district_by_habit        65/61/55   1/1/0       15/18/25  0/0/0    0/0/0   0/0/1  4/3/5  15/17/14   0/0/0
    province_era_swap            97/97/96   1/3/3       1/0/0     0/0/0    0/0/0   0/0/0  0/0/0  1/0/1      0/0/0
    reverse_order                95/97/94   5/3/5       0/0/1     0/0/0    0/0/0   0/0/0  0/0/0  0/0/0      0/1/0
    street_named_like_commune    89/91/89   11/9/11     0/0/0     0/0/0    0/0/0   0/0/0  0/0/0  0/0/0      0/0/0
    numbered_wards               52/52/49   48/48/51    0/0/0     0/0/0    0/0/0   0/0/0  0/0/0  0/0/0      0/0/0
    mixture                      58/48/56   30/35/27    6/8/9     0/0/0    0/0/0   1/0/0  1/3/0  5/6/5      0/1/5
    all (1,800)                  70.0/69.5/69.5  24.4/23.9/23.4  3.0/3.7/3.7  w/o 0.6/0.7/0.6
                                 unmatched 1.8/1.9/2.0  wrong 3/4/10

Confidently wrong (17 over the three seeds): sixteen communes of the 2019-2021 rounds written under
their district and province of the time, read as a commune of that district with a similar name
(`Xã Long Sơn - H Lương Sơn - tỉnh Hoà Bình` as Xã Lương Sơn, `X.Đức Long - H. Đức Thọ` as Xã Đức
Đồng, `TT Nghi Xuân` of Nghi Xuân as the new Xã Nghi Xuân) or of another province (`X Xuan Le, H Loc
Binh, T. Lang Son` as Xuân Lẹ of Thanh Hóa, `XÃ QUẢNG TÂM, TP. THANH HÓA` as Quảng Tâm of Tuy Đức,
`X. HƯƠNG VINH, THỊ XÃ HƯƠNG TRÀ` as Xã Bình Điền of the communes of Hương Trà); `phường Xuân Hương - Đà Lạt` read as
Phường Xuân Trường - Đà Lạt.

What is not right is mostly: `xã A, huyện B (cũ), tỉnh C` where B is not a district A came from is
left unmatched or flagged among the communes of B (the new name and the province decide it); a
commune of an earlier round is flagged among the units of its district without its successor.
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
from typing import Any

FAMILIES: tuple[str, ...] = (
    "town_named_like_district",
    "namesake_communes",
    "split_commune",
    "register_2026",
    "earlier_round",
    "new_named_like_old_district",
    "old_district_by_habit",
    "province_era_swap",
    "reverse_order",
    "street_named_like_commune",
    "numbered_wards",
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


# ---------------------------------------------------------------- text keys

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


def key(text: str, marks: bool = True) -> str:
    """A name compared: case, spacing, hyphens, apostrophes, tone placement and leading zeros aside."""
    t = unicodedata.normalize("NFC", text).lower().replace("’", "'").replace("-", " ")
    for a, b in _TONE_MOVES.items():
        t = t.replace(a, b)
    t = " ".join(t.split())
    if t.isdigit():
        t = str(int(t))
    return unmark(t) if not marks else t


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


@dataclass(frozen=True)
class State:
    """A commune of an earlier round: its name, type and parents of the time, and its successors."""

    code: str
    ctype: str
    name: str
    d_code: str
    d_type: str
    d_name: str
    p_code: str
    p_type: str
    p_name: str
    until: str
    change: str
    successors: tuple[str, ...]  # codes of the register of 2025


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _short(full: str, typ: str) -> str:
    return full[len(typ) :].strip() if full.lower().startswith(typ) else full


_COMMUNE_TYPES = ("thị trấn", "phường", "xã")
_DISTRICT_TYPES = ("thành phố", "thị xã", "quận", "huyện")


def _split_type(full: str, types: Iterable[str]) -> tuple[str, str]:
    low = full.lower()
    for t in types:
        if low.startswith(t + " "):
            return t, full[len(t) :].strip()
    return "", full


class Registers:
    def __init__(self, ref: Path) -> None:
        self.olds: list[Old] = []
        self.old_prov_name: dict[str, str] = {}
        self.old_prov_type: dict[str, str] = {}
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
            self.old_prov_name[r["province_code"]] = _short(r["province_name"], r["province_type"])
            self.old_prov_type[r["province_code"]] = r["province_type"]
        self.news: list[New] = []
        self.new_prov_name: dict[str, str] = {}
        self.new_prov_type: dict[str, str] = {}
        for r in _read(ref / "new_units.csv"):
            self.news.append(New(r["commune_code"], r["commune_type"], r["commune_short_name"], r["province_code"]))
            self.new_prov_name[r["province_code"]] = _short(r["province_name"], r["province_type"])
            self.new_prov_type[r["province_code"]] = r["province_type"]
        self.old_by_code = {o.code: o for o in self.olds}
        self.new_by_code = {n.code: n for n in self.news}
        self.by_district: dict[str, list[Old]] = defaultdict(list)
        self.old_by_prov: dict[str, list[Old]] = defaultdict(list)
        for o in self.olds:
            self.by_district[o.d_code].append(o)
            self.old_by_prov[o.p_code].append(o)
        self.new_by_prov: dict[str, list[New]] = defaultdict(list)
        for n in self.news:
            self.new_by_prov[n.p_code].append(n)
        self.old_to_new_prov = {
            r["old_province_code"]: r["new_province_code"] for r in _read(ref / "province_mapping.csv")
        }
        self.olds_of_new_prov: dict[str, set[str]] = defaultdict(set)
        for o_p, n_p in self.old_to_new_prov.items():
            self.olds_of_new_prov[n_p].add(o_p)
        succ: dict[str, list[str]] = defaultdict(list)
        self.fed: dict[str, set[str]] = defaultdict(set)  # new code -> old codes that went (partly) into it
        for r in _read(ref / "commune_mapping.csv"):
            if r["new_commune_code"] not in succ[r["old_commune_code"]]:
                succ[r["old_commune_code"]].append(r["new_commune_code"])
            self.fed[r["new_commune_code"]].add(r["old_commune_code"])
        self.succ: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in succ.items()}
        # 2026 changes: commune code -> (date, type before, type after); province code -> same
        self.changes: dict[str, tuple[str, str, str]] = {}
        self.prov_changes: dict[str, tuple[str, str, str]] = {}
        for r in _read(ref / "register_changes.csv"):
            entry = (r["effective_date"], r["type_before"], r["type_after"])
            if r["level"] == "commune":
                self.changes[r["code"]] = entry
            else:
                self.prov_changes[r["code"]] = entry
        self.states = self._states(ref / "history" / "unit_history.csv")
        self.old_index: dict[bool, dict[str, list[Old]]] = {m: defaultdict(list) for m in (True, False)}
        self.new_index: dict[bool, dict[str, list[New]]] = {m: defaultdict(list) for m in (True, False)}
        for m in (True, False):
            for o in self.olds:
                self.old_index[m][key(o.name, m)].append(o)
            for n in self.news:
                self.new_index[m][key(n.name, m)].append(n)
        self.pools: dict[str, list[Any]] = {}  # the families' pools, built once

    def _states(self, path: Path) -> list[State]:
        grouped: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
        for r in _read(path):
            if r["level"] != "commune" or r["successor_level"] != "commune":
                continue
            if r["change"] not in ("merged", "renamed", "retyped") or r["confidence"] != "high":
                continue
            if not ("2019" <= r["valid_until"][:4] <= "2021"):
                continue
            grouped[(r["code"], r["name"], r["valid_until"])].append(r)
        out: list[State] = []
        for (code, name, until), rows in sorted(grouped.items()):
            r = rows[0]
            ctype, cname = _split_type(name, _COMMUNE_TYPES)
            dtype, dname = _split_type(r["district_name"], _DISTRICT_TYPES)
            ptype, pname = _split_type(r["province_name"], ("thành phố", "tỉnh"))
            succ = tuple(sorted({x["successor_code"] for x in rows}))
            if not ctype or not dtype or not ptype or any(s not in self.succ for s in succ):
                continue
            out.append(
                State(
                    code,
                    ctype,
                    cname,
                    r["district_code"],
                    dtype,
                    dname,
                    r["province_code"],
                    ptype,
                    pname,
                    until,
                    r["change"],
                    succ,
                )
            )
        return out

    # -- designation

    def old_provs(self, written: str, marks: bool = True) -> set[str]:
        """Old provinces of that name (narrow reading)."""
        return {p for p, nm in self.old_prov_name.items() if key(nm, marks) == key(written, marks)}

    def old_provs_wide(self, written: str, marks: bool = True) -> set[str]:
        """Old provinces of that name and those merged into the new province of that name."""
        out = self.old_provs(written, marks)
        for p in self.new_provs_named(written, marks):
            out |= self.olds_of_new_prov[p]
        return out

    def new_provs_named(self, written: str, marks: bool = True) -> set[str]:
        return {p for p, nm in self.new_prov_name.items() if key(nm, marks) == key(written, marks)}

    def new_provs(self, written: str, marks: bool = True) -> set[str]:
        """New provinces of that name, else the new provinces the old provinces of that name went into."""
        named = self.new_provs_named(written, marks)
        return named or {self.old_to_new_prov[p] for p in self.old_provs(written, marks)}

    def old_designated(
        self,
        cname: str,
        ctype: str | None,
        dname: str | None,
        dtype: str | None,
        provs: set[str] | None,
        marks: bool = True,
    ) -> set[str]:
        """Old commune codes the words fit."""
        ck = key(cname, marks)
        dk = key(dname, marks) if dname is not None else None
        return {
            o.code
            for o in self.old_index[marks].get(ck, [])
            if (ctype is None or o.ctype == ctype)
            and (dk is None or key(o.d_name, marks) == dk)
            and (dtype is None or o.d_type == dtype)
            and (provs is None or o.p_code in provs)
        }

    def successors(self, olds: Iterable[str]) -> set[str]:
        return {n for o in olds for n in self.succ[o]}

    def new_designated(self, cname: str, ctype: str | None, provs: set[str] | None, marks: bool = True) -> set[str]:
        """New commune codes the words fit (either type of a 2026 change)."""
        ck = key(cname, marks)
        out = set()
        for n in self.new_index[marks].get(ck, []):
            types = {n.ctype} | ({self.changes[n.code][2]} if n.code in self.changes else set())
            if (ctype is None or ctype in types) and (provs is None or n.p_code in provs):
                out.add(n.code)
        return out


# ---------------------------------------------------------------- writing

TYPE_FORMS: dict[str, tuple[str, ...]] = {
    "xã": ("Xã {}", "Xã {}", "X. {}", "X.{}", "xã {}", "xa {}", "X {}"),
    "phường": ("Phường {}", "Phường {}", "P. {}", "P.{}", "phường {}", "P {}"),
    "thị trấn": ("Thị trấn {}", "Thị trấn {}", "TT {}", "TT. {}", "TT.{}", "thị trấn {}"),
    "đặc khu": ("Đặc khu {}", "đặc khu {}", "ĐK {}"),
    "huyện": ("Huyện {}", "Huyện {}", "H. {}", "H.{}", "huyện {}", "H {}"),
    "thị xã": ("Thị xã {}", "Thị xã {}", "TX {}", "TX. {}", "TX.{}", "thị xã {}"),
    "quận": ("Quận {}", "Quận {}", "Q. {}", "Q.{}", "quận {}"),
    "thành phố": ("Thành phố {}", "Thành phố {}", "TP {}", "TP. {}", "TP.{}", "Tp. {}", "thành phố {}"),
    "tỉnh": ("Tỉnh {}", "Tỉnh {}", "T. {}", "T.{}", "tỉnh {}"),
}
NUMBERED_WARD_FORMS = ("Phường {}", "P.{}", "P. {}", "P{:0>2}", "F{}", "F.{}", "phường {}", "Phường {:0>2}")
NUMBERED_DISTRICT_FORMS = ("Quận {}", "Q.{}", "Q. {}", "Q{}", "quận {}")
HCM_FORMS = ("TP.HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TPHCM", "TP Hồ Chí Minh", "Tp.HCM")
SEPS = (", ", ", ", " - ", ",", " – ", " , ")
HAMLET_NORTH = ("Thôn {}", "Xóm {}", "Thôn {}", "Bản {}", "Đội {}")
HAMLET_SOUTH = ("Ấp {}", "Ấp {}", "Tổ {}", "Khóm {}")
HAMLET_URBAN = ("Tổ {}", "Khu phố {}", "Tổ dân phố {}", "KP{}", "Tổ {}, Khu phố {}")
SOUTH = {
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
    "70",
    "72",
    "74",
    "75",
    "77",
}
STREETS = (
    "Trần Phú",
    "Nguyễn Trãi",
    "Lê Lợi",
    "Quang Trung",
    "Hùng Vương",
    "Lê Hồng Phong",
    "Hoàng Văn Thụ",
    "Ngô Quyền",
    "Lý Thường Kiệt",
    "Phan Bội Châu",
    "Trần Hưng Đạo",
    "Nguyễn Du",
    "Hai Bà Trưng",
    "Bạch Đằng",
    "Điện Biên",
    "Lê Lai",
    "Nguyễn Huệ",
    "Trưng Vương",
    "Hoàng Hoa Thám",
    "Phan Đình Phùng",
    "Võ Thị Sáu",
    "Lam Sơn",
    "Minh Khai",
    "Nguyễn Thái Học",
    "Phan Chu Trinh",
    "Tô Hiệu",
    "Trần Quốc Toản",
    "Lê Thánh Tông",
    "Đống Đa",
    "Hồng Bàng",
    "Nguyễn Văn Cừ",
    "Lý Tự Trọng",
    "Cao Thắng",
    "Kim Đồng",
    "Hàm Nghi",
    "Yết Kiêu",
    "Chu Văn An",
    "Trần Nhân Tông",
    "Lê Quý Đôn",
    "Nguyễn Văn Linh",
    "Trần Đăng Ninh",
    "Nguyễn Thị Minh Khai",
    "Cách Mạng Tháng Tám",
    "Nguyễn Tất Thành",
    "Hoàng Diệu",
    "Ba Tháng Hai",
)


@dataclass
class Style:
    marks: bool = True
    caps: bool = False
    reverse: bool = False
    sep: str = ", "
    nosep: bool = False


@dataclass
class Builder:
    reg: Registers
    rng: random.Random
    forced: list[str] = field(default_factory=list)  # noises a mixture forces

    def style(self) -> Style:
        r = self.rng
        st = Style(marks=r.random() > 0.12, caps=r.random() < 0.08, sep=r.choice(SEPS))
        for noise in self.forced:
            if noise == "nomarks":
                st.marks = False
            elif noise == "caps":
                st.caps = True
            elif noise == "reverse":
                st.reverse = True
            elif noise == "nosep":
                st.nosep = True
        return st

    def tw(self, typ: str, name: str) -> str:
        if typ == "thành phố" and key(name) == key("Hồ Chí Minh"):
            return self.rng.choice(HCM_FORMS)
        if name.isdigit() and typ == "phường":
            return self.rng.choice(NUMBERED_WARD_FORMS).format(name)
        if name.isdigit() and typ == "quận":
            return self.rng.choice(NUMBERED_DISTRICT_FORMS).format(name)
        return self.rng.choice(TYPE_FORMS[typ]).format(name)

    def hamlet(self, ctype: str, p_code: str, old: bool = True) -> str:
        r = self.rng
        forms: tuple[str, ...]
        if ctype == "phường" or ctype == "thị trấn":
            forms = HAMLET_URBAN
        elif (p_code in SOUTH) if old else (p_code in {"79", "80", "82", "86", "91", "92", "96", "75", "72", "66"}):
            forms = HAMLET_SOUTH
        else:
            forms = HAMLET_NORTH
        f = r.choice(forms)
        return f.format(*(r.randint(1, 12) for _ in range(f.count("{}"))))

    def house(self, streets_ok: Callable[[str], bool]) -> str:
        r = self.rng
        pool = [s for s in STREETS if streets_ok(s)]
        num = r.choice(
            (
                f"Số {r.randint(1, 250)}",
                f"{r.randint(1, 300)}/{r.randint(1, 40)}",
                f"số nhà {r.randint(1, 99)}",
                f"SN {r.randint(2, 180)}",
            )
        )
        if pool and r.random() < 0.7:
            return f"{num} đường {r.choice(pool)}" if r.random() < 0.5 else f"{num} {r.choice(pool)}"
        return num

    def render(self, admin: list[str], local: list[str], st: Style) -> str:
        """Local parts (hamlet, house) before the administrative ones, or after them when reversed."""
        parts = list(reversed(admin)) + local if st.reverse else local + admin
        text = (" " if st.nosep else st.sep).join(parts)
        if not st.marks:
            text = unmark(text)
        if st.caps:
            text = text.upper()
        return text

    def province_text(self, p_code: str, new: bool, typ: str | None = None) -> tuple[str, str]:
        name = self.reg.new_prov_name[p_code] if new else self.reg.old_prov_name[p_code]
        t = typ or (self.reg.new_prov_type[p_code] if new else self.reg.old_prov_type[p_code])
        r = self.rng.random()
        if r < 0.15 and key(name) != key("Hồ Chí Minh"):
            return name, name
        return self.tw(t, name), name

    def no_unit_streets(self, old_ps: Iterable[str], new_ps: Iterable[str]) -> Callable[[str], bool]:
        names = set()
        for p in old_ps:
            for o in self.reg.old_by_prov[p]:
                names |= {key(o.name, False), key(o.d_name, False)}
        for p in new_ps:
            names |= {key(n.name, False) for n in self.reg.new_by_prov[p]}
        return lambda s: key(s, False) not in names

    def case(self, family: str, text: str, truth: set[str], also: set[str], note: str) -> Case | None:
        if not truth:
            return None
        fam = "mixture" if self.forced else family
        return Case(fam, text, tuple(sorted(truth)), tuple(sorted(truth | also)), note)


def _old_address(
    b: Builder,
    o: Old,
    st: Style,
    *,
    district: bool = True,
    dtyped: float = 0.7,
    province: str = "narrow",
    local: list[str] | None = None,
    ctyped: float = 0.9,
) -> tuple[str, set[str], set[str]]:
    """An old three-level address of `o`; its truth and the wider reading. `province`: narrow
    (the old province), none, or new (the new province's name); the commune's type word is
    left out with probability 1 - `ctyped` (never for a numbered ward)."""
    reg, r = b.reg, b.rng
    ctype: str | None = o.ctype
    if r.random() >= ctyped and not o.name.isdigit():
        ctype = None
    admin = [b.tw(o.ctype, o.name) if ctype else o.name]
    dname = dtype = None
    if district:
        dname = o.d_name
        if r.random() < dtyped or o.d_name.isdigit():
            dtype = o.d_type
            admin.append(b.tw(o.d_type, o.d_name))
        else:
            admin.append(o.d_name)
    provs: set[str] | None = None
    wide: set[str] | None = None
    written = ""
    if province == "narrow":
        text, written = b.province_text(o.p_code, new=False)
        admin.append(text)
        provs = reg.old_provs(written, st.marks)
        wide = reg.old_provs_wide(written, st.marks)
    elif province == "new":
        np_code = reg.old_to_new_prov[o.p_code]
        text, written = b.province_text(np_code, new=True)
        admin.append(text)
        provs = wide = reg.old_provs_wide(written, st.marks)
    if local is None:
        local = []
        if r.random() < 0.6:
            local.append(b.hamlet(o.ctype, o.p_code))
    addr = b.render(admin, local, st)
    truth = reg.successors(reg.old_designated(o.name, ctype, dname, dtype, provs, st.marks))
    also = reg.successors(reg.old_designated(o.name, ctype, dname, None, wide, st.marks))
    if dname is not None and dtype is None and province != "none" and key(dname) == key(written):
        # a bare district named like the province may be read as the province written twice
        also |= reg.successors(reg.old_designated(o.name, ctype, None, None, wide, st.marks))
    return addr, truth, also


def _new_reading(b: Builder, cname: str, ctype: str | None, written_prov: str | None, marks: bool) -> set[str]:
    provs = b.reg.new_provs(written_prov, marks) if written_prov else None
    return b.reg.new_designated(cname, ctype, provs, marks)


def _old_reading(b: Builder, cname: str, ctype: str | None, written_prov: str | None, marks: bool) -> set[str]:
    provs = b.reg.old_provs_wide(written_prov, marks) if written_prov else None
    return b.reg.successors(b.reg.old_designated(cname, ctype, None, None, provs, marks))


# ---------------------------------------------------------------- families


def gen_town_like_district(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    if "towns" not in b.reg.pools:
        towns = []
        for d_code, units in reg.by_district.items():
            d = units[0]
            if d.d_name.isdigit():
                continue
            if any(u.ctype in ("thị trấn", "phường") and key(u.name) == key(d.d_name) for u in units):
                others = [u for u in units if key(u.name) != key(d.d_name)]
                if others:
                    towns.append(d_code)
        b.reg.pools["towns"] = sorted(towns)
    d_code = r.choice(b.reg.pools["towns"])
    units = reg.by_district[d_code]
    o = r.choice([u for u in units if key(u.name) != key(u.d_name)])
    st = b.style()
    if not b.forced:
        st.sep = r.choice((" - ", ", ", " - ", ","))
    addr, truth, also = _old_address(b, o, st, dtyped=0.4, province=r.choice(("narrow", "narrow", "none")))
    town = next(u for u in units if key(u.name) == key(u.d_name))
    return b.case(
        "town_named_like_district",
        addr,
        truth,
        also,
        f"old {o.code} {o.ctype} {o.name} of {o.d_type} {o.d_name} (town {town.code})",
    )


def gen_namesakes(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    if "namesakes" not in b.reg.pools:
        groups: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for o in reg.olds:
            if not o.name.isdigit():
                groups[(o.p_code, o.ctype, key(o.name))].add(o.d_code)
        b.reg.pools["namesakes"] = sorted(k for k, v in groups.items() if len(v) >= 2)
    p_code, ctype, nk = r.choice(b.reg.pools["namesakes"])
    o = r.choice([u for u in reg.old_by_prov[p_code] if u.ctype == ctype and key(u.name) == nk])
    st = b.style()
    with_district = r.random() < 0.45
    # a fifth with the district and no province: the district's name may recur in other provinces
    province = "none" if with_district and r.random() < 0.2 else "narrow"
    addr, truth, also = _old_address(b, o, st, district=with_district, province=province)
    if not with_district:
        # the two-level reading of `Xã A, Tỉnh P`
        also |= _new_reading(b, o.name, o.ctype, reg.old_prov_name[p_code], st.marks)
    return b.case(
        "namesake_communes",
        addr,
        truth,
        also,
        f"old {o.code} {o.ctype} {o.name}, {o.d_name}; district written: {with_district}",
    )


def gen_split(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    if "split" not in reg.pools:
        reg.pools["split"] = [u for u in reg.olds if len(reg.succ[u.code]) > 1]
    o = r.choice(reg.pools["split"])
    st = b.style()
    local = [b.hamlet(o.ctype, o.p_code)] if r.random() < 0.5 else []
    if local and r.random() < 0.3:
        local.insert(0, b.house(b.no_unit_streets([o.p_code], [reg.old_to_new_prov[o.p_code]])))
    addr, truth, also = _old_address(b, o, st, local=local, province=r.choice(("narrow", "narrow", "narrow", "none")))
    return b.case("split_commune", addr, truth, also, f"old {o.code} {o.ctype} {o.name} split into {reg.succ[o.code]}")


def gen_2026(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    if r.random() < 0.65:
        n = reg.new_by_code[r.choice(sorted(reg.changes))]
    else:
        n = r.choice([x for x in reg.news if x.p_code in reg.prov_changes and x.ctype != "đặc khu"])
    p_date, p_before, p_after = reg.prov_changes[n.p_code]
    date = reg.changes[n.code][0] if n.code in reg.changes else p_date
    after = r.random() < 0.5
    year, month = (2026, r.randint(int(date[5:7]) + 1, 12)) if after else (r.choice((2025, 2026)), r.randint(1, 3))
    if n.code in reg.changes:
        _, t_before, t_after = reg.changes[n.code]
        ctype = (t_after if after else t_before) if r.random() < 0.6 else (t_before if after else t_after)
    else:
        ctype = n.ctype
    ptype = (p_after if after else p_before) if r.random() < 0.7 else (p_before if after else p_after)
    st = b.style()
    pname = reg.new_prov_name[n.p_code]
    ptext = b.tw(ptype, pname) if r.random() < 0.85 else pname
    local = [b.hamlet(ctype, n.p_code, old=False)] if r.random() < 0.6 else []
    if r.random() < 0.25:
        local.insert(0, b.house(b.no_unit_streets(reg.olds_of_new_prov[n.p_code], [n.p_code])))
    addr = b.render([b.tw(ctype, n.name), ptext], local, st)
    stamp = f"{r.randint(1, 28):02d}/{month:02d}/{year}"
    addr = r.choice(
        (
            f"{addr} (kê khai ngày {stamp})",
            f"Ngày {stamp}: {addr}",
            f"Địa chỉ thường trú (cập nhật {stamp}): {addr}",
            addr,
        )
    )
    truth = reg.new_designated(n.name, ctype, reg.new_provs(pname, st.marks), st.marks)
    also = _old_reading(b, n.name, ctype, pname, st.marks)
    return b.case(
        "register_2026",
        addr,
        truth,
        also,
        f"new {n.code} {n.ctype} {n.name} written as {ctype}, province as {ptype}, {stamp}",
    )


def gen_earlier(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    if "states" not in b.reg.pools:
        by_place: dict[tuple[str, str], list[State]] = defaultdict(list)
        for st_ in reg.states:
            by_place[(key(st_.name, False), st_.d_code)].append(st_)
        ok = []
        for st_ in reg.states:
            # the written name must not designate a unit of the register of 2025 in that district
            current = {
                o.code
                for o in reg.old_index[False].get(key(st_.name, False), [])
                if (o.d_code == st_.d_code or key(o.d_name, False) == key(st_.d_name, False)) and o.p_code == st_.p_code
            }
            if current - {st_.code} - set(st_.successors):
                continue
            if any(set(t.successors) != set(st_.successors) for t in by_place[(key(st_.name, False), st_.d_code)]):
                continue
            ok.append(st_)
        b.reg.pools["states"] = ok
    s: State = r.choice(b.reg.pools["states"])
    st = b.style()
    d_bare = r.random() >= 0.8 and not s.d_name.isdigit()
    admin = [b.tw(s.ctype, s.name), s.d_name if d_bare else b.tw(s.d_type, s.d_name)]
    if r.random() < 0.85:
        admin.append(b.tw(s.p_type, s.p_name) if key(s.p_name) == key("Hồ Chí Minh") or r.random() < 0.85 else s.p_name)
    local = [b.hamlet(s.ctype, s.p_code)] if r.random() < 0.5 else []
    addr = b.render(admin, local, st)
    year = int(s.until[:4]) - r.randint(1, 6)
    addr = r.choice((addr, f"{addr} (theo hộ khẩu năm {year})", f"Nơi sinh: {addr}", f"HKTT ({year}): {addr}"))
    truth = reg.successors(s.successors)
    also: set[str] = set()
    if d_bare and key(s.d_name) == key(s.p_name):
        # `Xã A, Hòa Bình, Hòa Bình`: the bare district may be read as the province written twice
        also = reg.successors(reg.old_designated(s.name, s.ctype, None, None, {s.p_code}, st.marks))
    return b.case(
        "earlier_round",
        addr,
        truth,
        also,
        f"{s.ctype} {s.name}, {s.d_name}, {s.p_name} ({s.change} {s.until}) -> {s.successors}",
    )


def gen_new_like_district(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    if "likes" not in b.reg.pools:
        likes: list[tuple[str, str]] = []  # (new code, old district code)
        districts: dict[tuple[str, str], set[str]] = defaultdict(set)
        towns: dict[tuple[str, str], set[str]] = defaultdict(set)
        for o in reg.olds:
            districts[(o.p_code, key(o.d_name))].add(o.d_code)
            if o.ctype in ("thị trấn", "phường") and not o.name.isdigit():
                towns[(o.p_code, key(o.name))].add(o.d_code)
        for n in reg.news:
            if n.ctype == "đặc khu":
                continue
            fed_d = {reg.old_by_code[o].d_code for o in reg.fed[n.code]}
            for p in sorted(reg.olds_of_new_prov[n.p_code]):
                likes.extend((n.code, d) for d in districts.get((p, key(n.name)), ()))
                likes.extend((n.code, d) for d in towns.get((p, key(n.name)), ()) if d not in fed_d)
        b.reg.pools["likes"] = sorted(set(likes))
    code, d_code = r.choice(b.reg.pools["likes"])
    n = reg.new_by_code[code]
    st = b.style()
    local = []
    if r.random() < 0.4:
        h = r.choice(reg.by_district[d_code])
        if not h.name.isdigit():
            local.append(r.choice(("Ấp {}", "Thôn {}", "Khu phố {}", "Xóm {}", "Bản {}")).format(h.name))
    elif r.random() < 0.5:
        local.append(b.hamlet(n.ctype, n.p_code, old=False))
    admin = [b.tw(n.ctype, n.name)]
    written = None
    if r.random() < 0.6:
        ptext, written = b.province_text(n.p_code, new=True)
        admin.append(ptext)
    addr = b.render(admin, local, st)
    truth = _new_reading(b, n.name, n.ctype, written, st.marks)
    also = _old_reading(b, n.name, n.ctype, written, st.marks)
    d = reg.by_district[d_code][0]
    return b.case(
        "new_named_like_old_district",
        addr,
        truth,
        also,
        f"new {n.code} {n.ctype} {n.name}; like old {d.d_type} {d.d_name} ({d_code}); hamlet {local}",
    )


def gen_habit(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    n = r.choice([x for x in reg.news if x.ctype != "đặc khu" and reg.fed[x.code]])
    fed_d = sorted({reg.old_by_code[o].d_code for o in reg.fed[n.code]})
    right = r.random() < 0.6
    if right:
        d_code = r.choice(fed_d)
    else:
        p_olds = {reg.old_by_code[o].p_code for o in reg.fed[n.code]}
        pool = sorted({o.d_code for p in p_olds for o in reg.old_by_prov[p]} - set(fed_d))
        if not pool:
            return None
        d_code = r.choice(pool)
    d = reg.by_district[d_code][0]
    st = b.style()
    ptext, written = b.province_text(n.p_code, new=True)
    dtxt = b.tw(d.d_type, d.d_name)
    shape = r.randrange(4)
    if shape == 0:
        admin = [b.tw(n.ctype, n.name), f"{dtxt} (cũ)", ptext]
    elif shape == 1:
        admin = [f"{b.tw(n.ctype, n.name)} ({d.d_type} {d.d_name} cũ)", ptext]
    elif shape == 2:
        admin = [b.tw(n.ctype, n.name), f"{dtxt} cũ", ptext]
    else:
        admin = [b.tw(n.ctype, n.name), f"{dtxt} (trước đây)", ptext]
    local = [b.hamlet(n.ctype, n.p_code, old=False)] if r.random() < 0.5 else []
    addr = b.render(admin, local, st)
    truth = _new_reading(b, n.name, n.ctype, written, st.marks)
    also = reg.successors(
        reg.old_designated(n.name, n.ctype, d.d_name, None, reg.old_provs_wide(written, st.marks), st.marks)
    )
    return b.case(
        "old_district_by_habit",
        addr,
        truth,
        also,
        f"new {n.code} {n.ctype} {n.name}; old district {d.d_type} {d.d_name} fed it: {right}",
    )


def gen_era_swap(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    st = b.style()
    if r.random() < 0.5:
        n = r.choice([x for x in reg.news if x.ctype != "đặc khu"])
        p_olds = sorted(
            {reg.old_by_code[o].p_code for o in reg.fed[n.code]} - reg.old_provs(reg.new_prov_name[n.p_code])
        )
        if not p_olds:
            return None
        p_old = r.choice(p_olds)
        ptext, written = b.province_text(p_old, new=False)
        local = [b.hamlet(n.ctype, n.p_code, old=False)] if r.random() < 0.5 else []
        addr = b.render([b.tw(n.ctype, n.name), ptext], local, st)
        truth = _new_reading(b, n.name, n.ctype, written, st.marks)
        also = _old_reading(b, n.name, n.ctype, written, st.marks)
        note = f"new {n.code} {n.ctype} {n.name} under old province {reg.old_prov_name[p_old]}"
    else:
        o = r.choice(reg.olds)
        np_code = reg.old_to_new_prov[o.p_code]
        if key(reg.new_prov_name[np_code]) == key(reg.old_prov_name[o.p_code]):
            return None
        addr, truth, also = _old_address(b, o, st, province="new")
        also |= _new_reading(b, o.name, o.ctype, reg.new_prov_name[np_code], st.marks)
        note = (
            f"old {o.code} {o.ctype} {o.name}, {o.d_name}, {reg.old_prov_name[o.p_code]}"
            f" under new province {reg.new_prov_name[np_code]}"
        )
    return b.case("province_era_swap", addr, truth, also, note)


def gen_reverse(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    st = b.style()
    st.reverse = True
    if r.random() < 0.6:
        o = r.choice(reg.olds)
        local = [b.hamlet(o.ctype, o.p_code)]
        if r.random() < 0.5:
            local.append(
                r.choice((f"số {r.randint(1, 200)}", f"số nhà {r.randint(1, 99)}", f"nhà số {r.randint(1, 60)}"))
            )
        addr, truth, also = _old_address(b, o, st, local=local)
        note = f"old {o.code} {o.ctype} {o.name}, {o.d_name}"
    else:
        n = r.choice([x for x in reg.news if x.ctype != "đặc khu"])
        ptext, written = b.province_text(n.p_code, new=True)
        local = [b.hamlet(n.ctype, n.p_code, old=False), f"số {r.randint(1, 200)}"]
        addr = b.render([b.tw(n.ctype, n.name), ptext], local, st)
        truth = _new_reading(b, n.name, n.ctype, written, st.marks)
        also = _old_reading(b, n.name, n.ctype, written, st.marks)
        note = f"new {n.code} {n.ctype} {n.name}"
    return b.case("reverse_order", addr, truth, also, note)


def gen_street(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    street_keys = {key(s) for s in STREETS}
    if r.random() < 0.6:
        if "street_old" not in reg.pools:
            reg.pools["street_old"] = [o for o in reg.olds if key(o.name) in street_keys]
        s = r.choice(reg.pools["street_old"])
        same_d = [o for o in reg.by_district[s.d_code] if key(o.name) not in street_keys]
        others = (
            same_d
            if same_d and r.random() < 0.6
            else [o for o in reg.old_by_prov[s.p_code] if key(o.name) not in street_keys]
        )
        o = r.choice(others)
        st = b.style()
        num = r.choice(
            (
                f"Số {r.randint(1, 250)}",
                f"{r.randint(1, 300)}/{r.randint(1, 40)}",
                f"SN {r.randint(2, 180)}",
                f"{r.randint(1, 500)}",
            )
        )
        street = r.choice((f"{num} đường {s.name}", f"{num} {s.name}", f"{num} Đ. {s.name}", f"{num} phố {s.name}"))
        local = [street]
        if r.random() < 0.3:
            local.insert(0, b.hamlet(o.ctype, o.p_code))
        addr, truth, also = _old_address(b, o, st, local=local)
        note = f"old {o.code} {o.ctype} {o.name}, {o.d_name}; street named like {s.code} {s.ctype} {s.name}, {s.d_name}"
    else:
        if "street_new" not in reg.pools:
            reg.pools["street_new"] = [n for n in reg.news if key(n.name) in street_keys]
        sn = r.choice(reg.pools["street_new"])
        n = r.choice([x for x in reg.new_by_prov[sn.p_code] if key(x.name) not in street_keys and x.ctype != "đặc khu"])
        st = b.style()
        num = r.choice((f"Số {r.randint(1, 250)}", f"{r.randint(1, 300)}/{r.randint(1, 40)}", f"{r.randint(1, 500)}"))
        local = [r.choice((f"{num} đường {sn.name}", f"{num} {sn.name}", f"{num} Đ. {sn.name}"))]
        ptext, written = b.province_text(n.p_code, new=True)
        addr = b.render([b.tw(n.ctype, n.name), ptext], local, st)
        truth = _new_reading(b, n.name, n.ctype, written, st.marks)
        also = _old_reading(b, n.name, n.ctype, written, st.marks)
        note = f"new {n.code} {n.ctype} {n.name}; street named like {sn.code} {sn.ctype} {sn.name}"
    return b.case("street_named_like_commune", addr, truth, also, note)


def gen_numbered(b: Builder) -> Case | None:
    reg, r = b.reg, b.rng
    if "numbered" not in b.reg.pools:
        groups: dict[tuple[str, str], set[str]] = defaultdict(set)
        for o in reg.olds:
            if o.name.isdigit() and o.ctype == "phường":
                groups[(o.p_code, key(o.name))].add(o.d_code)
        b.reg.pools["numbered"] = sorted(k for k, v in groups.items() if len(v) >= 2)
    p_code, nk = r.choice(b.reg.pools["numbered"])
    o = r.choice([u for u in reg.old_by_prov[p_code] if u.ctype == "phường" and key(u.name) == nk])
    st = b.style()
    with_district = r.random() < 0.5
    local = []
    if r.random() < 0.5:
        local.append(b.house(b.no_unit_streets([p_code], [reg.old_to_new_prov[p_code]])))
    elif r.random() < 0.5:
        local.append(b.hamlet("phường", p_code))
    addr, truth, also = _old_address(b, o, st, district=with_district, local=local)
    return b.case(
        "numbered_wards",
        addr,
        truth,
        also,
        f"old {o.code} Phường {o.name}, {o.d_type} {o.d_name}; district written: {with_district}",
    )


MIX_BASES: tuple[Callable[[Builder], Case | None], ...] = (
    gen_town_like_district,
    gen_namesakes,
    gen_split,
    gen_habit,
    gen_street,
    gen_numbered,
    gen_earlier,
)


def gen_mixture(b: Builder) -> Case | None:
    r = b.rng
    b.forced = r.sample(["reverse", "nomarks", "caps", "nosep"], 2)
    try:
        return r.choice(MIX_BASES)(b)
    finally:
        b.forced = []


def generate(n: int, seed: int, reference_dir: Path | None = None) -> list[Case]:
    """`n` addresses per family, reproducible from `seed` whatever the string hash seed."""
    reg = Registers(reference_dir or _default_reference())
    makers: dict[str, Callable[[Builder], Case | None]] = {
        "town_named_like_district": gen_town_like_district,
        "namesake_communes": gen_namesakes,
        "split_commune": gen_split,
        "register_2026": gen_2026,
        "earlier_round": gen_earlier,
        "new_named_like_old_district": gen_new_like_district,
        "old_district_by_habit": gen_habit,
        "province_era_swap": gen_era_swap,
        "reverse_order": gen_reverse,
        "street_named_like_commune": gen_street,
        "numbered_wards": gen_numbered,
        "mixture": gen_mixture,
    }
    cases: list[Case] = []
    for i, family in enumerate(FAMILIES):
        b = Builder(reg, random.Random(seed * 1031 + i))
        made: list[Case] = []
        while len(made) < n:
            case = makers[family](b)
            if case is not None:
                made.append(case)
        cases.extend(made)
    return cases


def _default_reference() -> Path:
    return reference_dir()


if __name__ == "__main__":  # a quick look: python benchmarks/independent_s.py
    import sys

    for c in generate(3, 1919, _default_reference()):
        sys.stdout.write(f"[{c.family}] {c.address!r}\n    truth={c.truth} also={c.also_named} ({c.note})\n")
