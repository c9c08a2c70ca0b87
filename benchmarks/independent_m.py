"""A thirteenth independent noise model of Vietnamese addresses (set m), written from the registers only.

    from benchmarks.independent_m import generate
    cases = generate(300, 1312, Path("../shared/reference"))

Written without reading the address reader, its case files, the dev-set generators or the bodies
of the other models (only set l's frame: `Case` with `truth` / `also_named`, and the family lists
of sets a-l). Set m is about text that says less, or something else, than it seems: what a careful
officer would not decide alone. A wrong unit given with confidence is the worst outcome; when the
text does not determine one new commune the right answer is a flag (`split` / `ambiguous`) listing
the candidates, and `unmatched` when nothing can be said. Every address is built from the two
registers (`old_units.csv`, `old_districts.csv`, `old_provinces.csv`, `new_units.csv`) and the
crosswalks (`commune_mapping.csv`, `district_mapping.csv`). Each family imitates one source:

- `org_name_first`: a letter head or a customer record that starts with an organisation named after
  another place (`Trường THPT Chuyên Hà Tĩnh`, `Agribank chi nhánh Đông Anh`, `Trung tâm Y tế
  huyện Yên Thành`, `Bưu điện văn hóa xã Tân Phú`, `Công ty TNHH Thái Bình Dương`), then the real
  address. The place in the organisation's name is another province, another district or another
  commune of the same district; it names no address. Truth: the real commune.
- `person_name`: a delivery or household record with a person's name whose given names are a
  commune's name (`Người nhận: Lê Quang Trung`, `Chủ hộ: PHẠM HÒA BÌNH`), preferably a commune of
  the same district, then the real address. Truth: the real commune.
- `district_only`: a district (typed: `Huyện Đông Anh`, `Q. Cầu Giấy`, `TX. Sơn Tây`) and its
  province, sometimes a hamlet or a street, no commune; half of them districts with a town, ward or
  new unit of the same name. Truth: every new unit that took a commune of the district (a flag
  listing them is right; one of them given with confidence is `confident_on_split`).
- `province_only`: a street and a province (`123 Lê Lợi, Quảng Ngãi`), a hamlet or residential
  group and a province, or the province alone, in old or new form. No commune can be decided: the
  truth is empty and `unmatched` is right. `also_named`: units the written words fit literally (a
  ward named like the street, a ward named like an untyped province), where a confident answer is
  `confident_on_ambiguous_text`.
- `hamlet_namesake`: a hamlet (thôn, xóm, ấp, bản, buôn, khóm, tổ dân phố) named like a commune of
  another district, with the district and province; half with the real commune (truth: that
  commune), half without (truth: the district's new units, as `district_only`).
- `abroad`: addresses abroad written Vietnamese-style, as the diaspora, migrant workers and border
  traders write them (`Bản Phôn Xay, Mường Xay, Tỉnh U Đôm Xay, Lào`, `Thị trấn Hà Khẩu, Vân Nam,
  Trung Quốc`, `Quận Cam, California, Hoa Kỳ`, `Phường 13, Paris, Pháp`). No Vietnamese unit: the
  truth is empty and so is `also_named` (any unit given with confidence is wrong).
- `two_addresses`: one field with two residences (`Thường trú: ...; Tạm trú: ...`, `HKTT ... - Chỗ
  ở hiện tại ...`, a delivery and an invoice address), in two districts. Decision: the field does
  not say which of the two the record wants, so the truth is both (a flag listing both is right;
  either one given with confidence is `confident_on_split`).
- `number_only`: a numbered ward and the province only (`P.5, TP. Hồ Chí Minh`, `Phường 1, Tỉnh
  Tiền Giang`) where several districts of the province have a ward of that number. Truth: every
  new unit of those wards (of the old province; of every old province of the new one when the name
  is also a new province's and that is how it is written).
- `namesake_no_district`: a commune and its province, the district left out, where two or more
  districts of the province have a commune of that name and type (`Xã Tân Phú, Tỉnh Đồng Nai`),
  and no new unit of the province has that name (so the text cannot be a new two-level address).
  Truth: every new unit of those communes.
- `truncated`: a field cut at its width in the middle of a name: large-to-small (`Tỉnh Nghệ An,
  Huyện Yên Thành, Xã Công Th`: truth the district's communes whose name starts so), or
  small-to-large with the district cut (`Xã Tân Thành, Huyện Yên Th`: communes of that name in the
  districts whose name starts so, any province) or the commune cut (`Tổ 5, Phường Nghĩa Đ`: every
  commune whose name starts so). When the communes that fit lie in more than one new province,
  nothing useful can be said: the truth is empty and `also_named` lists them. A cut that leaves
  the whole name of a commune of another district of the written province (`Huyện Chư Prông, Xã
  Ia Bă` cut from Ia Băng) puts that commune in `also_named`.
- `blank_template`: a form whose commune line was left blank, dotted or `chưa cập nhật`
  (`Xã/Phường: ........ Huyện/Quận: Yên Thành Tỉnh/TP: Nghệ An`; truth: the district's new
  units), or whose district too was left blank (truth empty), or filled with `Như trên`,
  `Không rõ`, `Cùng địa chỉ chủ hộ` (truth empty).

`truth` is the set of acceptable new commune codes (every successor in `commune_mapping.csv` of
every old commune the text may mean, or the units in `district_mapping.csv` of a district), empty
when no commune can be decided; `also_named` is every new commune the written words also fit,
the truth included. An organisation's or a person's name, a hamlet's name and a foreign place are
not read as naming a unit. The scorer counts, for this set only, `unmatched` / `empty` on an empty
truth as `right_unmatched`, and a flag on an empty truth as `flagged_without_truth`.

First figures, when the set was written (the reader of main b911e0b, which had not seen it),
`evaluate_independent.py --set m --n 300` at seeds 1312 / 7 / 99, in % of each family ("right" is
the right answer of the case whatever its form: resolved to the one acceptable unit, a flag listing
every candidate, or unmatched on an empty truth; "flag w/ truth" is a flag around the one
acceptable unit of a determined text; "partial" a flag with some of the candidates; "one of
several" one candidate given with confidence; "literal" a unit the words fit literally, given with
confidence on an empty truth; confidently wrong in cases):

    family               right       flag w/ tr. partial     flag w/o    one of sev. literal     unmatched   wrong
    org_name_first       91/92/95    8/6/3       0/0/0       0/0/0       0/0/0       0/0/0       1/2/3       0/0/0
    person_name          100/100/100 0/0/0       0/0/0       0/0/0       0/0/0       0/0/0       0/0/0       0/0/0
    district_only        99/100/100  0/0/0       0/0/0       1/0/0       0/0/0       0/0/0       0/0/0       0/0/0
    province_only        97/96/96    0/0/0       0/0/0       1/2/3       0/0/0       2/1/1       0/0/0       1/3/0
    hamlet_namesake      100/100/99  0/0/0       0/0/0       0/0/1       0/0/0       0/0/0       0/0/0       0/0/0
    abroad               94/91/94    0/0/0       0/0/0       2/4/4       0/0/0       0/0/0       0/0/0       10/15/6
    two_addresses        32/39/30    0/0/0       67/61/69    0/0/0       1/1/1       0/0/0       0/0/0       0/0/0
    number_only          100/100/100 0/0/0       0/0/0       0/0/0       0/0/0       0/0/0       0/0/0       0/0/0
    namesake_no_district 100/100/100 0/0/0       0/0/0       0/0/0       0/0/0       0/0/0       0/0/0       0/0/0
    truncated            65/66/67    24/21/23    0/0/0       2/3/3       0/1/0       0/0/1       7/8/6       3/1/1
    blank_template       94/93/94    0/0/0       0/0/0       6/7/6       0/0/0       0/0/0       0/0/0       0/0/0
    all (3,300)          88/89/89    3/2/2       6/6/6       1/1/1       0/0/0       0/0/0       1/1/1       14/19/7

88.3 / 88.8 / 88.5 % right overall, 14 / 19 / 7 confidently wrong.

The reader already declines most of what the text does not say: a district alone, a numbered
ward or a commune name shared by several districts without its district, a hamlet named like a
commune elsewhere, a blank form with its district are flagged with every candidate; abroad, a
province alone and blank forms are mostly unmatched. What is not right is mostly: two residences
in one field (`Thường trú: ...; Tạm trú: ...`, `ĐC1 ...; ĐC2 ...`, a delivery and an invoice
address), flagged with the last one only; a truncated field (flagged around the one commune a
prefix fits, or unmatched: `Phường Điện Phươ`, `Xã Phú Hải, Huyện Ph`); a blank form with only the
province flagged with a few units of the province; foreign places flagged with their Vietnamese
namesakes (`Thành phố Đông Hưng, Quảng Tây` with Đông Hưng's units, `Praha 4` and `Phường 13,
Paris` with HCMC's wards, `Thành phố Hoa Thành, Gyeonggi` with Hòa Thành's); `Chi cục Thuế huyện
Y` before the address (unmatched). The confidently wrong answers are of three kinds:

- a foreign country or province read as a commune: `Cabramatta, Sydney, Ốt-xtrây-li-a` and every
  address ending in `Ốt-xtrây-li-a` (Australia) as Xã Lìa 19489 of Quảng Trị; `Tỉnh Luông Nậm Thà,
  CHDCND Lào` (Luang Namtha, Laos) as Xã Chiềng Ken 03091 of Lào Cai (truth: none);
- a street named after a person read as the commune inside its name: `229 Lê Hồng Phong, Tỉnh
  Bình Thuận` as Xã Hòa Thắng 23053 (old Xã Hồng Phong), `331A Trần Hưng Đạo, Nghệ An` as Xã Hưng
  Nguyên 18001 (old Xã Hưng Đạo), `342/12 đường Trần Hưng Đạo, Tỉnh Lạng Sơn` as Xã Hoa Thám 06073
  (truth: none, the province alone);
- a truncated commune read by a fuzzy match as a unit of another province, against the province
  and district written before it: `Tỉnh Quảng Ngãi - huyện Ba Tơ - X. Ba` as Xã Sông Vàng 20485 of
  Đà Nẵng (old Xã Ba of Quảng Nam; truth: the 8 units of Ba Tơ's communes named Ba ...), `Tỉnh Thái
  Bình - Huyện Đông Hưng - Xã Đông` as Xã Kông Bơ La 23674 of Gia Lai (old Xã Đông of Kbang),
  `T.Thanh Hóa, Huyện Thọ Xuân, Xã Xuân Trườ` as Phường Xuân Trường - Đà Lạt 24805 (truth 15499,
  old Xã Xuân Trường of Thọ Xuân), `Thôn Đông, Xã Tu` as Xã Sông Vàng (old Xã Tư; truth: none).
"""

from __future__ import annotations

import csv
import os
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "org_name_first",
    "person_name",
    "district_only",
    "province_only",
    "hamlet_namesake",
    "abroad",
    "two_addresses",
    "number_only",
    "namesake_no_district",
    "truncated",
    "blank_template",
)

ABBREV = {
    "xã": "X.",
    "phường": "P.",
    "thị trấn": "TT.",
    "huyện": "H.",
    "quận": "Q.",
    "thị xã": "TX.",
    "thành phố": "TP.",
    "tỉnh": "T.",
}
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
_GIVEN = (
    "an anh bình chung cường dũng đức giang hà hải hạnh hiền hiệp hòa hoà hồng hùng hưng hương khánh khang kim lan"
    " linh long lợi mai minh nam nga ngọc nguyên nhân phong phú phúc phương quang quý sơn tài tâm tân thái thanh"
    " thành thảo thắng thịnh thu thủy thuỷ tiến toàn trang trung tú tuấn vân văn việt vinh xuân yến hoa hậu huy"
    " khải lộc nghĩa quốc thọ"
)
GIVEN = frozenset(_GIVEN.split())
STREETS = (
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Nguyễn Huệ",
    "Quang Trung",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Hùng Vương",
    "Nguyễn Trãi",
    "Lê Hồng Phong",
    "Trần Phú",
    "Hoàng Hoa Thám",
    "Ngô Quyền",
    "Bà Triệu",
    "Điện Biên Phủ",
    "Phan Đình Phùng",
    "Nguyễn Văn Cừ",
    "Lê Duẩn",
    "Trường Chinh",
    "Võ Thị Sáu",
    "Lê Thánh Tông",
    "Tô Hiệu",
    "Minh Khai",
    "Nguyễn Du",
    "Bạch Đằng",
    "Đống Đa",
)
# Southern provinces write ấp / khóm, the north-west bản, the Central Highlands buôn / làng.
_SOUTH = "70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96"
SOUTH = frozenset(_SOUTH.split())
_NORTH_WEST = "02 04 06 08 10 11 12 14 15 17 20"
NORTH_WEST = frozenset(_NORTH_WEST.split())
HIGHLANDS = frozenset(("62", "64", "66", "67", "68"))


@dataclass(frozen=True)
class Case:
    family: str
    address: str
    truth: tuple[str, ...]
    also_named: tuple[str, ...]
    note: str = ""


def reference_dir() -> Path:
    env = os.environ.get("ADMIN_MERGE_REFERENCE")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared" / "reference"


def fold(text: str) -> str:
    """Letters and digits only, without marks, lower case (tone placement and spacing ignored)."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in text.lower() if ch.isalnum() and not unicodedata.combining(ch))


TONE_PLACEMENT = (
    ("oà", "òa"),
    ("oá", "óa"),
    ("oả", "ỏa"),
    ("oã", "õa"),
    ("oạ", "ọa"),
    ("oè", "òe"),
    ("oé", "óe"),
    ("oẻ", "ỏe"),
    ("oẽ", "õe"),
    ("oẹ", "ọe"),
    ("uỳ", "ùy"),
    ("uý", "úy"),
    ("uỷ", "ủy"),
    ("uỹ", "ũy"),
    ("uỵ", "ụy"),
)


def name_key(text: str) -> str:
    """A name as written, marks kept (Thanh Sơn is not Thành Sơn), tone placement, case, spacing
    and punctuation ignored (Hoà = Hòa)."""
    words = []
    for word in unicodedata.normalize("NFC", text).lower().split():
        for new, old in TONE_PLACEMENT:
            if word.endswith(new) and not word.endswith("q" + new):
                word = word[: -len(new)] + old
        words.append(word)
    return "".join(ch for ch in "".join(words) if ch.isalnum())


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@dataclass(frozen=True)
class Old:
    code: str
    name: str
    type: str
    short: str
    district: str
    district_name: str
    district_type: str
    district_short: str
    province: str
    province_name: str
    province_type: str
    province_short: str


class Registers:
    def __init__(self, ref: Path) -> None:
        provinces = {r["province_code"]: r for r in _rows(ref / "old_provinces.csv")}
        districts = {r["district_code"]: r for r in _rows(ref / "old_districts.csv")}
        self.new_province_of = {p: r["new_province_code"] for p, r in provinces.items()}
        self.new_provinces = {r["province_code"]: r for r in _rows(ref / "new_provinces.csv")}
        self.olds: list[Old] = []
        for r in _rows(ref / "old_units.csv"):
            d = districts[r["district_code"]]
            p = provinces[r["province_code"]]
            self.olds.append(
                Old(
                    r["commune_code"],
                    r["commune_name"],
                    r["commune_type"],
                    r["commune_short_name"],
                    r["district_code"],
                    r["district_name"],
                    r["district_type"],
                    d["district_short_name"],
                    r["province_code"],
                    r["province_name"],
                    r["province_type"],
                    p["province_short_name"],
                )
            )
        self.by_code = {o.code: o for o in self.olds}
        self.succ: dict[str, list[str]] = defaultdict(list)
        for r in _rows(ref / "commune_mapping.csv"):
            if r["new_commune_code"] not in self.succ[r["old_commune_code"]]:
                self.succ[r["old_commune_code"]].append(r["new_commune_code"])
        self.district_units: dict[str, list[str]] = defaultdict(list)
        for r in _rows(ref / "district_mapping.csv"):
            if r["new_commune_code"] and r["new_commune_code"] not in self.district_units[r["old_district_code"]]:
                self.district_units[r["old_district_code"]].append(r["new_commune_code"])
        self.news = _rows(ref / "new_units.csv")
        self.new_province_of_unit = {n["commune_code"]: n["province_code"] for n in self.news}
        self.districts = districts
        self.provinces = provinces
        self.communes_of_district: dict[str, list[Old]] = defaultdict(list)
        self.communes_of_province: dict[str, list[Old]] = defaultdict(list)
        self.old_by_short: dict[str, list[Old]] = defaultdict(list)
        for o in self.olds:
            self.communes_of_district[o.district].append(o)
            self.communes_of_province[o.province].append(o)
            self.old_by_short[name_key(o.short)].append(o)
        self.new_by_short: dict[str, list[dict[str, str]]] = defaultdict(list)
        self.new_by_fold: dict[str, list[dict[str, str]]] = defaultdict(list)
        for n in self.news:
            self.new_by_short[name_key(n["commune_short_name"])].append(n)
            self.new_by_fold[fold(n["commune_short_name"])].append(n)
        self.districts_of_province: dict[str, list[str]] = defaultdict(list)
        for code, d in districts.items():
            if self.communes_of_district[code]:
                self.districts_of_province[d["province_code"]].append(code)
        self.old_provinces_of_new: dict[str, list[str]] = defaultdict(list)
        for old_code, new_code in self.new_province_of.items():
            self.old_provinces_of_new[new_code].append(old_code)

    def successors(self, olds: Iterable[Old]) -> tuple[str, ...]:
        out: list[str] = []
        for o in olds:
            for code in self.succ[o.code]:
                if code not in out:
                    out.append(code)
        return tuple(sorted(out))

    def fits(self, word: str, old_provinces: Iterable[str]) -> set[str]:
        """New codes a written name fits within old provinces: successors of old communes of that
        name, new units of that name in their new provinces, units of old districts of that name."""
        key = name_key(word)
        provs = set(old_provinces)
        news = {self.new_province_of[p] for p in provs}
        out = set(self.successors(o for o in self.old_by_short.get(key, ()) if o.province in provs))
        out |= {n["commune_code"] for n in self.new_by_short.get(key, ()) if n["province_code"] in news}
        for p in provs:
            for d in self.districts_of_province[p]:
                if name_key(self.districts[d]["district_short_name"]) == key:
                    out |= set(self.district_units[d])
        return out


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def typed(type_word: str, short: str, rng: random.Random, abbrev: float = 0.3) -> str:
    r = rng.random()
    if r < abbrev:
        return f"{ABBREV[type_word]} {short}" if rng.random() < 0.6 else f"{ABBREV[type_word]}{short}"
    if r < abbrev + 0.2:
        return f"{type_word} {short}"
    return f"{_cap(type_word)} {short}"


def province_text(o: Old, rng: random.Random, untyped: float = 0.4) -> str:
    if rng.random() < untyped:
        return o.province_short
    return typed(o.province_type, o.province_short, rng)


def district_text(o: Old, rng: random.Random) -> str:
    return typed(o.district_type, o.district_short, rng)


def commune_text(o: Old, rng: random.Random) -> str:
    return typed(o.type, o.short, rng)


def hamlet(o: Old, rng: random.Random) -> str:
    if o.type == "phường" or o.type == "thị trấn":
        return rng.choice(
            (f"Tổ {rng.randint(1, 30)}", f"Khu phố {rng.randint(1, 12)}", f"Tổ dân phố {rng.randint(1, 20)}")
        )
    if o.province in SOUTH:
        return rng.choice((f"Ấp {rng.randint(1, 9)}", f"Ấp {rng.choice(('Mỹ', 'Tân', 'Phú', 'An'))} Thạnh"))
    if o.province in NORTH_WEST:
        return rng.choice((f"Bản {rng.choice(('Nà', 'Pắc', 'Khuổi', 'Co'))} {rng.randint(1, 5)}", "Thôn 3"))
    return rng.choice((f"Thôn {rng.randint(1, 12)}", f"Xóm {rng.randint(1, 15)}", "Thôn Đông", "Xóm Trại"))


def street(rng: random.Random) -> str:
    return f"Số {rng.randint(1, 300)} {rng.choice(('đường ', 'Đường ', ''))}{rng.choice(STREETS)}"


def full_address(o: Old, rng: random.Random, lead: bool = True) -> str:
    parts = []
    if lead:
        parts.append(street(rng) if o.type == "phường" and rng.random() < 0.6 else hamlet(o, rng))
    parts += [commune_text(o, rng), district_text(o, rng), province_text(o, rng)]
    return ", ".join(parts)


def _case(family: str, address: str, truth: Iterable[str], named: Iterable[str], note: str = "") -> Case:
    t = tuple(sorted(set(truth)))
    return Case(family, address, t, tuple(sorted(set(named) | set(t))), note)


# ---------------------------------------------------------------------------------------------
# families


def _org_name_first(reg: Registers, rng: random.Random) -> Case:
    o = rng.choice(reg.olds)
    kind = rng.randrange(6)
    if kind == 0:
        p = reg.provinces[rng.choice([c for c in sorted(reg.provinces) if c != o.province])]
        school = rng.choice(("Trường THPT Chuyên", "Trường Cao đẳng Y tế", "Trường Đại học", "Sở Giáo dục tỉnh"))
        org = f"{school} {p['province_short_name']}"
    elif kind == 1:
        d = reg.districts[rng.choice([c for c in sorted(reg.districts) if c != o.district])]
        bank = rng.choice(("Ngân hàng Agribank", "Vietcombank", "BIDV", "Ngân hàng Chính sách xã hội"))
        org = f"{bank} chi nhánh {d['district_short_name']}"
    elif kind == 2:
        d = reg.districts[rng.choice([c for c in reg.districts_of_province[o.province] if c != o.district] or ["001"])]
        label = rng.choice(("Trung tâm Y tế", "Bệnh viện Đa khoa", "Chi cục Thuế", "Phòng Giáo dục"))
        org = f"{label} {d['district_type']} {d['district_short_name']}"
    elif kind == 3:
        others = [
            c for c in reg.communes_of_district[o.district] if fold(c.short) != fold(o.short) and not c.short.isdigit()
        ]
        c = rng.choice(others or [rng.choice(reg.olds)])
        label = rng.choice(("Bưu điện văn hóa xã", "Trường Tiểu học", "Trường THCS", "Hợp tác xã", "Chợ"))
        org = f"{label} {c.short}"
    elif kind == 4:
        c = rng.choice(reg.olds)
        org = f"{rng.choice(('Công ty TNHH', 'Công ty CP', 'Doanh nghiệp tư nhân', 'HKD'))} {c.short}"
        if rng.random() < 0.5:
            org += rng.choice((" Xanh", " Phát", " Group", " Logistics"))
    else:
        org = rng.choice(
            (
                "Công ty TNHH Thái Bình Dương",
                "Tập đoàn Hòa Phát",
                "Công ty CP Sông Hồng",
                "Nhà sách Cà Mau",
                "Nhà hàng Phú Quốc",
                "Khách sạn Hạ Long",
                "Công ty TNHH Sài Gòn Xanh",
                "Phở Hà Nội",
                "Bánh mì Hội An",
                "Cà phê Buôn Ma Thuột",
            )
        )
    sep = rng.choice((", ", " - ", "; Địa chỉ: ", ". ĐC: ", "\n"))
    truth = reg.successors([o])
    return _case("org_name_first", f"{org}{sep}{full_address(o, rng)}", truth, truth, o.code)


def _given_names(o: Old) -> bool:
    words = o.short.lower().split()
    return len(words) == 2 and all(w in GIVEN for w in words)


def _person_name(reg: Registers, rng: random.Random, pool: list[Old]) -> Case:
    while True:
        o = rng.choice(reg.olds)
        near = [c for c in reg.communes_of_district[o.district] if _given_names(c) and fold(c.short) != fold(o.short)]
        if near or rng.random() < 0.3:
            break
    name_of = rng.choice(near) if near else rng.choice(pool)
    person = f"{rng.choice(SURNAMES)} {name_of.short}"
    if rng.random() < 0.3:
        person = person.upper()
    fmt = rng.randrange(5)
    addr = full_address(o, rng)
    if fmt == 0:
        text = f"Người nhận: {person}, {addr}"
    elif fmt == 1:
        text = f"{rng.choice(('Ông', 'Bà', 'Anh', 'Chị'))} {person} - {addr}"
    elif fmt == 2:
        text = f"Chủ hộ: {person}; Địa chỉ: {addr}"
    elif fmt == 3:
        text = f"{person}, {addr}"
    else:
        text = f"Họ tên: {person} | SĐT: 09{rng.randint(10000000, 99999999)} | Địa chỉ: {addr}"
    truth = reg.successors([o])
    return _case("person_name", text, truth, truth, f"{o.code}; name of {name_of.code}")


def _district_units(reg: Registers, district: str) -> tuple[str, ...]:
    return tuple(sorted(reg.district_units[district]))


def _district_only(reg: Registers, rng: random.Random, same_name: list[str], other: list[str]) -> Case:
    d = rng.choice(same_name if rng.random() < 0.5 else other)
    o = rng.choice(reg.communes_of_district[d])
    parts = []
    r = rng.random()
    if r < 0.25:
        parts.append(street(rng))
    elif r < 0.5:
        parts.append(rng.choice(("Thôn 2", "Xóm 4", "Tổ 6", "Khu 3", "Ấp 1")))
    parts += [district_text(o, rng), province_text(o, rng)]
    truth = _district_units(reg, d)
    return _case("district_only", ", ".join(parts), truth, truth, d)


def _province_only(reg: Registers, rng: random.Random) -> Case:
    o = rng.choice(reg.olds)
    provs = [o.province]
    newp = reg.new_provinces[reg.new_province_of[o.province]]
    new_form = rng.random() < 0.25
    if new_form:
        provs = list(reg.old_provinces_of_new[newp["province_code"]])
        ptype, pshort = newp["province_type"], newp["province_short_name"]
    else:
        ptype, pshort = o.province_type, o.province_short
        if fold(pshort) == fold(newp["province_short_name"]):
            provs = list(reg.old_provinces_of_new[newp["province_code"]])  # the name may mean the new one
    untyped = rng.random() < 0.5
    ptext = pshort if untyped else typed(ptype, pshort, rng, abbrev=0.2)
    named: set[str] = set()
    kind = rng.randrange(4)
    if kind == 0:
        st = rng.choice(STREETS)
        lead = f"{rng.randint(1, 400)}{rng.choice(('', '/12', 'A'))} {rng.choice(('', 'đường ', 'Đường '))}{st}"
        named |= reg.fits(st, provs)
    elif kind == 1:
        lead = rng.choice((f"Tổ {rng.randint(1, 40)}", f"Khu phố {rng.randint(1, 9)}", f"Thôn {rng.randint(1, 12)}"))
    elif kind == 2:
        lead = rng.choice(("Khu công nghiệp", "Cụm công nghiệp", "Khu đô thị mới", "Chợ trung tâm"))
    else:
        lead = ""
    if untyped:
        named |= reg.fits(pshort, provs)
    text = f"{lead}, {ptext}" if lead else ptext
    if rng.random() < 0.2:
        text += rng.choice((", Việt Nam", ", VN", " - Vietnam"))
    return _case("province_only", text, (), named, ";".join(provs))


def _hamlet_type(o: Old, rng: random.Random) -> str:
    if o.type == "phường":
        return rng.choice(("Tổ dân phố", "Khu phố"))
    if o.province in SOUTH:
        return rng.choice(("Ấp", "Ấp", "Khóm"))
    if o.province in NORTH_WEST:
        return rng.choice(("Bản", "Thôn", "Xóm"))
    if o.province in HIGHLANDS:
        return rng.choice(("Buôn", "Thôn", "Làng"))
    return rng.choice(("Thôn", "Xóm", "Làng"))


def _hamlet_namesake(reg: Registers, rng: random.Random) -> Case:
    while True:
        o = rng.choice(reg.olds)
        here = {fold(c.short) for c in reg.communes_of_district[o.district]}
        here |= {fold(reg.districts[o.district]["district_short_name"])}
        names = [
            c
            for d in reg.districts_of_province[o.province]
            if d != o.district
            for c in reg.communes_of_district[d]
            if not c.short.isdigit() and fold(c.short) not in here and len(c.short.split()) >= 2
        ]
        if names:
            break
    h = rng.choice(names)
    ham = f"{_hamlet_type(o, rng)} {h.short}"
    with_commune = rng.random() < 0.5
    parts = [ham]
    if with_commune:
        parts.append(commune_text(o, rng))
        truth = reg.successors([o])
    else:
        truth = _district_units(reg, o.district)
    parts += [district_text(o, rng), province_text(o, rng)]
    return _case("hamlet_namesake", ", ".join(parts), truth, truth, f"{o.code}; hamlet of {h.code}")


ABROAD: tuple[tuple[str, str, str], ...] = (
    # (streets or villages, "district, province or city" pairs, country words), `|`-separated
    (
        "Bản Phôn Xay|Bản Na Xay|Bản Nà Hai|Bản Xiêng Đa|Bản Thông Khăn Khăm|Bản Đông Pa Lan",
        "Mường Xay Xết Tha, Thủ đô Viêng Chăn|Mường Chăn Tha Bu Ly, Thủ đô Viêng Chăn|Mường Xay, Tỉnh U Đôm Xay"
        "|Mường Phôn Xa Vẳn, Tỉnh Xiêng Khoảng|Mường Noọng Hét, Tỉnh Xiêng Khoảng|Tỉnh Luông Pha Bang"
        "|Mường Pặc Xế, Tỉnh Chăm Pa Xắc|Tỉnh Sa Van Na Khệt|Mường Thà Khẹc, Tỉnh Khăm Muộn"
        "|Tỉnh Bô Ly Khăm Xay|Mường Sầm Nưa, Tỉnh Hủa Phăn|Tỉnh Phông Xa Lỳ|Tỉnh Luông Nậm Thà|Viêng Chăn",
        "Lào|CHDCND Lào|Lao PDR|",
    ),
    (
        "Phum Tà Béc|Phum Chrây|Số 45 đường Monivong|Phum Ô Rô|Số 12 phố 271",
        "Quận Chăm Các Môn, Phnôm Pênh|Quận Đôn Pênh, Phnôm Pênh|Quận Mean Chây, Phnôm Pênh"
        "|Quận Chbar Ampov, Phnôm Pênh|Huyện Ăng Snuôl, Tỉnh Kan Đan|Huyện Kiến Svay, Tỉnh Kan Đan"
        "|Tỉnh Xiêm Riệp|Tỉnh Bát Tam Bang|Tỉnh Công Pông Chàm|Tỉnh Ta Keo|Tỉnh Kăm Pốt|Tỉnh Svây Riêng"
        "|Tỉnh Prây Veng|Tỉnh Kông Pông Chhnăng|Phnôm Pênh",
        "Campuchia|Cam-pu-chia|Cambodia|",
    ),
    (
        "Số 8 phố Bắc Luân|Khu chợ biên mậu|Phố Trung Sơn",
        "Thị trấn Hà Khẩu, Vân Nam|Huyện Hà Khẩu, Tỉnh Vân Nam|Thành phố Đông Hưng, Quảng Tây"
        "|Thành phố Bằng Tường, Khu tự trị Quảng Tây|Huyện Ma Lật Pha, Vân Nam|Huyện Long Châu, Quảng Tây",
        "Trung Quốc|TQ|",
    ),
    (
        "Số 12 đường Trung Chính|Khu công nghiệp Đài Trung|Lầu 3",
        "Thành phố Đài Trung|Huyện Chương Hóa|Thành phố Cao Hùng|Thành phố Đào Viên|Thành phố Tân Bắc|Huyện Bình Đông",
        "Đài Loan|Taiwan",
    ),
    (
        "Số 15 Gil 3|Khu công nghiệp Banwol|Phòng 302",
        "Quận Guro, Seoul|Quận Danwon, Thành phố An Sơn, Gyeonggi|Thành phố Hoa Thành, Gyeonggi",
        "Hàn Quốc|Hàn|",
    ),
    (
        "Phòng 302|Số 2-15|Khu ký túc xá thực tập sinh",
        "Quận Shinjuku, Tokyo|Quận Edogawa, Tokyo|Thành phố Hamamatsu, Shizuoka|Quận Ikuno, Osaka",
        "Nhật Bản|Nhật|",
    ),
    (
        "9200 Bolsa Ave|15411 Brookhurst St|Số 10 đường Story Road|123 Bellaire Blvd",
        "Westminster, California|Garden Grove, CA 92843|Quận Cam, California|San Jose, CA 95122"
        "|Houston, Texas|Falls Church, Virginia|Westminster, Tiểu bang California",
        "Hoa Kỳ|Mỹ|USA|",
    ),
    (
        "Phường 13|Số 25 Avenue de Choisy|Khu phố Tàu",
        "Quận 13, Paris|Paris|Ivry-sur-Seine, Île-de-France",
        "Pháp|Cộng hòa Pháp|",
    ),
    (
        "Khu chợ Sapa|Chợ Đồng Xuân|Số 60 Herzbergstraße|Lô 12 chợ Dordoy",
        "Praha 4, Cộng hòa Séc|Praha, Séc|Quận Lichtenberg, Berlin, Đức|Leipzig, CHLB Đức|Warszawa, Ba Lan|Moskva, Nga",
        "",
    ),
    (
        "Số 3 John St|Khu Footscray|Khu Bankstown",
        "Cabramatta, NSW|Cabramatta, Sydney|Footscray, Melbourne|Springvale, Victoria",
        "Úc|Australia|Ốt-xtrây-li-a",
    ),
    (
        "Bản Nong Bua|Bản Na Chọc|Số 7 đường Chi Tha Rác",
        "Thành phố Na Khon Pha Nôm, Tỉnh Nakhon Phanom|Thành phố U-đon, Tỉnh U-đon Tha-ni"
        "|Tỉnh Sa Kôn Na Khon|Huyện Tha Bò, Tỉnh Nỏng Khai",
        "Thái Lan|Thailand|",
    ),
)


def _abroad(reg: Registers, rng: random.Random) -> Case:
    lead, place, country = (part.split("|") for part in rng.choice(ABROAD))
    parts = []
    if rng.random() < 0.7:
        parts.append(rng.choice(lead))
    parts.append(rng.choice(place))
    ctry = rng.choice(country)
    if ctry:
        parts.append(ctry)
    text = ", ".join(parts)
    r = rng.random()
    if r < 0.2:
        text = f"Thường trú tại: {text}"
    elif r < 0.35:
        text = f"Địa chỉ ở nước ngoài: {text}"
    elif r < 0.45:
        text = f"Nơi làm việc: {text}"
    return _case("abroad", text, (), ())


def _two_addresses(reg: Registers, rng: random.Random) -> Case:
    while True:
        a = rng.choice(reg.olds)
        if rng.random() < 0.3:
            pool = [
                c for d in reg.districts_of_province[a.province] if d != a.district for c in reg.communes_of_district[d]
            ]
            b = rng.choice(pool) if pool else rng.choice(reg.olds)
        else:
            b = rng.choice(reg.olds)
        ta, tb = reg.successors([a]), reg.successors([b])
        if b.district != a.district and not set(ta) & set(tb):
            break
    x, y = full_address(a, rng), full_address(b, rng)
    fmt = rng.randrange(6)
    if fmt == 0:
        text = f"Thường trú: {x}; Tạm trú: {y}"
    elif fmt == 1:
        text = f"HKTT: {x} - Chỗ ở hiện tại: {y}"
    elif fmt == 2:
        text = f"Nơi thường trú: {x}. Nơi ở hiện nay: {y}"
    elif fmt == 3:
        text = f"{x} (tạm trú tại {y})"
    elif fmt == 4:
        text = f"Địa chỉ giao hàng: {y} | Địa chỉ xuất hóa đơn: {x}"
    else:
        text = f"ĐC1: {x}; ĐC2: {y}"
    return _case("two_addresses", text, ta + tb, ta + tb, f"{a.code} + {b.code}")


def _number_groups(reg: Registers) -> list[tuple[str, str, bool]]:
    """(old province, ward number, written with the new province's name) where the number
    is shared by wards of two or more districts and no new unit of that name exists."""
    out = []
    for p in sorted(reg.communes_of_province):
        by_num: dict[str, set[str]] = defaultdict(set)
        for o in reg.communes_of_province[p]:
            if o.short.isdigit() and o.type == "phường":
                by_num[o.short].add(o.district)
        for num, districts in sorted(by_num.items()):
            if len(districts) >= 2:
                out.append((p, num, False))
                newp = reg.new_provinces[reg.new_province_of[p]]
                if fold(newp["province_short_name"]) == fold(reg.provinces[p]["province_short_name"]):
                    out.append((p, num, True))
    return out


def _number_only(reg: Registers, rng: random.Random, groups: list[tuple[str, str, bool]]) -> Case:
    p, num, new_form = rng.choice(groups)
    provs = reg.old_provinces_of_new[reg.new_province_of[p]] if new_form else [p]
    olds = [o for q in provs for o in reg.communes_of_province[q] if o.short == num and o.type == "phường"]
    truth = set(reg.successors(olds))
    newp = reg.new_province_of[p]
    truth |= {n["commune_code"] for n in reg.new_by_short.get(num, ()) if n["province_code"] == newp}
    prov = reg.provinces[p]
    ptext = (
        prov["province_short_name"]
        if rng.random() < 0.4
        else typed(prov["province_type"], prov["province_short_name"], rng, abbrev=0.3)
    )
    if p == "79" and rng.random() < 0.5:
        ptext = rng.choice(("TP.HCM", "TP. Hồ Chí Minh", "Sài Gòn", "TPHCM", "HCM"))
    ward = rng.choice((f"Phường {num}", f"P.{num}", f"P. {num}", f"phường {num}", f"P{num}"))
    lead = street(rng) if rng.random() < 0.6 else rng.choice(("", f"Tổ {rng.randint(1, 40)}"))
    text = ", ".join(x for x in (lead, ward, ptext) if x)
    return _case("number_only", text, truth, truth, f"{p}/{num}{' new' if new_form else ''}")


def _namesake_groups(reg: Registers) -> list[tuple[str, str, str]]:
    out = []
    for p in sorted(reg.communes_of_province):
        newp = reg.new_province_of[p]
        groups: dict[tuple[str, str], set[str]] = defaultdict(set)
        for o in reg.communes_of_province[p]:
            if not o.short.isdigit():
                groups[(name_key(o.short), o.type)].add(o.district)
        for (key, typ), districts in sorted(groups.items()):
            if len(districts) < 2:
                continue
            folded = fold(key)  # no new unit or district of the province named so, marks aside
            if any(n["province_code"] == newp for n in reg.new_by_fold.get(folded, ())):
                continue
            if any(fold(reg.districts[d]["district_short_name"]) == folded for d in reg.districts_of_province[p]):
                continue
            out.append((p, key, typ))
    return out


def _namesake_no_district(reg: Registers, rng: random.Random, groups: list[tuple[str, str, str]]) -> Case:
    p, key, typ = rng.choice(groups)
    olds = [o for o in reg.communes_of_province[p] if name_key(o.short) == key and o.type == typ]
    o = rng.choice(olds)
    truth = reg.successors(olds)
    named = reg.fits(o.short, [p])
    parts = []
    if rng.random() < 0.5:
        parts.append(hamlet(o, rng))
    parts += [commune_text(o, rng), province_text(o, rng)]
    return _case("namesake_no_district", ", ".join(parts), truth, named, f"{p}/{o.short}/{typ}")


def _cut_name(short: str, rng: random.Random) -> str:
    """A prefix of a name cut inside it (at least one letter kept, at least one lost), as shown."""
    letters = [i for i, ch in enumerate(short) if ch.isalpha()]
    if len(letters) < 3:
        return short[:1]
    k = rng.randint(1, len(letters) - 2)
    return short[: letters[k]].rstrip()


def _starts(name: str, prefix: str) -> bool:
    """The name as written starts with the visible prefix (marks as written; case, spacing and tone
    placement ignored)."""
    return name_key(name).startswith(name_key(prefix))


def _spread_or_empty(reg: Registers, codes: Iterable[str]) -> tuple[tuple[str, ...], set[str]]:
    found = set(codes)
    provinces = {reg.new_province_of_unit[c] for c in found}
    if len(provinces) > 1 and len(found) > 1:
        return (), found
    return tuple(sorted(found)), found


def _truncated(reg: Registers, rng: random.Random) -> Case:
    o = rng.choice([x for x in reg.olds if not x.short.isdigit()] if rng.random() < 0.9 else reg.olds)
    variant = rng.randrange(3)
    if variant == 0:
        prefix = _cut_name(o.short, rng)
        head = f"{typed(o.province_type, o.province_short, rng, 0.2)}, {district_text(o, rng)}, "
        if rng.random() < 0.3:
            head = head.replace(", ", " - ")
        text = f"{head}{_cap(o.type) if rng.random() < 0.7 else ABBREV[o.type]} {prefix}".rstrip()
        fit = [c for c in reg.communes_of_district[o.district] if _starts(c.short, prefix)]
        truth = reg.successors(fit)
        # the cut may leave a whole name of another district of the province (`Xã Ia Bă`): literal
        whole = [c for c in reg.communes_of_province[o.province] if name_key(c.short) == name_key(prefix)]
        named = set(truth) | set(reg.successors(whole))
        return _case("truncated", text, truth, named, f"{o.code} cut at {prefix!r}")
    if variant == 1:
        dshort = o.district_short
        prefix = _cut_name(dshort, rng)
        lead = hamlet(o, rng) + ", " if rng.random() < 0.6 else ""
        text = f"{lead}{_cap(o.type)} {o.short}, {_cap(o.district_type)} {prefix}".rstrip()
        fit = [c for c in reg.old_by_short[name_key(o.short)] if c.type == o.type and _starts(c.district_short, prefix)]
        truth, named = _spread_or_empty(reg, reg.successors(fit))
        return _case("truncated", text, truth, named, f"{o.code} district cut at {prefix!r}")
    prefix = _cut_name(o.short, rng)
    lead = (street(rng) if o.type == "phường" else hamlet(o, rng)) + ", "
    text = f"{lead}{_cap(o.type)} {prefix}".rstrip()
    fit = [c for c in reg.olds if c.type == o.type and _starts(c.short, prefix)]
    truth, named = _spread_or_empty(reg, reg.successors(fit))
    return _case("truncated", text, truth, named, f"{o.code} commune cut at {prefix!r}")


BLANKS = ("........", "…………", "______", "(chưa cập nhật)", "..", "---", "(trống)", "x")
NOTHING = (
    "Như trên",
    "Không rõ",
    "Cùng địa chỉ chủ hộ",
    "Đang cập nhật",
    "N/A",
    "Không có",
    "Chưa xác định",
    "Như địa chỉ thường trú",
    "Xã/Phường: ........ Huyện/Quận: ........ Tỉnh/TP: ........",
)


def _blank_template(reg: Registers, rng: random.Random) -> Case:
    o = rng.choice(reg.olds)
    blank = rng.choice(BLANKS)
    r = rng.random()
    if r < 0.55:
        fmt = rng.randrange(3)
        if fmt == 0:
            text = (
                f"Thôn/Xóm: {blank} Xã/Phường: {rng.choice(BLANKS)} "
                f"Huyện/Quận: {o.district_short} Tỉnh/TP: {o.province_short}"
            )
        elif fmt == 1:
            text = f"Xã {blank}, {district_text(o, rng)}, {province_text(o, rng)}"
        else:
            text = (
                f"Số nhà: {blank} Đường: {blank} Phường/Xã: {blank} "
                f"{_cap(o.district_type)}: {o.district_short} Tỉnh: {o.province_short}"
            )
        truth = _district_units(reg, o.district)
        return _case("blank_template", text, truth, truth, o.district)
    if r < 0.85:
        fmt = rng.randrange(3)
        ptext = typed(o.province_type, o.province_short, rng, 0.2)
        if fmt == 0:
            text = f"Xã/Phường: {blank} Huyện/Quận: {rng.choice(BLANKS)} Tỉnh/TP: {o.province_short}"
        elif fmt == 1:
            text = f"{blank}, {blank}, {ptext}"
        else:
            text = f"Xã {blank}, Huyện {rng.choice(BLANKS)}, {ptext}"
        return _case("blank_template", text, (), (), o.province)
    return _case("blank_template", rng.choice(NOTHING), (), ())


def generate(n_per_family: int, seed: int, reference_dir: Path | None = None) -> list[Case]:
    """`n_per_family` cases of each family in `FAMILIES`, the same for the same seed."""
    ref = reference_dir if reference_dir is not None else globals()["reference_dir"]()
    reg = Registers(ref)
    pool = [o for o in reg.olds if _given_names(o)]
    same_name: list[str] = []
    other: list[str] = []
    for d in sorted(reg.districts):
        if len(reg.district_units[d]) < 2 or not reg.communes_of_district[d]:
            continue
        key = fold(reg.districts[d]["district_short_name"])
        units = set(reg.district_units[d])
        named_like = any(fold(c.short) == key for c in reg.communes_of_district[d]) or any(
            fold(n["commune_short_name"]) == key for n in reg.news if n["commune_code"] in units
        )
        (same_name if named_like else other).append(d)
    numbers = _number_groups(reg)
    namesakes = _namesake_groups(reg)
    makers: dict[str, Callable[[random.Random], Case]] = {
        "org_name_first": lambda rng: _org_name_first(reg, rng),
        "person_name": lambda rng: _person_name(reg, rng, pool),
        "district_only": lambda rng: _district_only(reg, rng, same_name, other),
        "province_only": lambda rng: _province_only(reg, rng),
        "hamlet_namesake": lambda rng: _hamlet_namesake(reg, rng),
        "abroad": lambda rng: _abroad(reg, rng),
        "two_addresses": lambda rng: _two_addresses(reg, rng),
        "number_only": lambda rng: _number_only(reg, rng, numbers),
        "namesake_no_district": lambda rng: _namesake_no_district(reg, rng, namesakes),
        "truncated": lambda rng: _truncated(reg, rng),
        "blank_template": lambda rng: _blank_template(reg, rng),
    }
    cases: list[Case] = []
    for i, family in enumerate(FAMILIES):
        rng = random.Random(seed * 1009 + i * 7919)
        cases += [makers[family](rng) for _ in range(n_per_family)]
    return cases
