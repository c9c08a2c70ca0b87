"""A twenty-fourth independent noise model of Vietnamese addresses (set x), written from the registers only.

    from benchmarks.independent_x import generate
    cases = generate(150, 5353, Path("../shared/reference"))

Written without reading the address reader, its case files, the dev-set generators or the bodies
of the other models (only set w's frame: `Case` with `truth` / `also_named`, `generate(n, seed,
reference_dir)`, `FAMILIES`, and the family lists of sets a-w, to write other shapes). Set x copies
texts where other real places stand beside the address and names that lead to the wrong unit: a
Hanoi street written `P.` like a ward, a numbered quarter beside a numbered ward, a syllable left
out inside a long name, a slip that makes another commune's name, units named like provinces, road
directions, the service points of the new communes, a neighbouring province across the border, a
fishing boat's papers, a parish's, an old commune whose name is now another new unit's, and `TP.`
for a province named like its old capital. Every unit comes from the registers (`old_units.csv`,
`old_districts.csv`, `old_provinces.csv`, `new_units.csv`, `new_provinces.csv`), every truth from
the crosswalk (`commune_mapping.csv`); the communes whose type changed in 2026
(`register_changes.csv`) are left out of the two-level form. Hamlets, groups and houses are
numbered (`Thôn 3`, `Ấp 2`, `Tổ 5`, `Khu phố 4`, `số 12`). Families:

- `pho_street_abbrev`: a Hanoi or Hai Phong street written `P.` for `phố`, named like a ward (`Số
  12 P. Hàng Bông, P. Hàng Trống, Q. Hoàn Kiếm, HN`), before the ward of the address (another
  ward of the same district), in the old or the two-level form. Truth: the ward after the street.
- `hamlet_number_beside_ward`: a numbered quarter (`Khu phố 3`, `KP3`, `Khóm 3`, `TDP 3`) beside
  a numbered ward of a district that also has a ward of the quarter's number (`KP3 P5 Q8`, `Khóm
  2, Phường 7, TP. Sóc Trăng`). Truth: the ward.
- `syllable_dropped_inside`: a name of three or more syllables with a syllable other than the
  last left out (`Xã Tân Trung` for Tân Phú Trung), drawn only where the short name is no
  commune's, district's or province's of the province, nor one letter or one mark from one, nor
  one with its syllables swapped; the truth is every unit of the written
  district (old form) or new province (two-level form) and type that the short name is one of.
- `slip_to_real_name`: one letter or one tone slipped in the commune's name, so that it reads as
  a commune of the same type in another district of the same province, which the written district
  does not have; the text then fits both, and the truth is both (every namesake of the slip in the
  province, and every commune of the written district one letter or mark from the slip).
- `province_named_units`: old communes named like a province (`Xã Bình Dương, Huyện Gia Bình, Tỉnh
  Bắc Ninh`), communes of the districts named like a province (`Huyện Quảng Ninh`, `Huyện Hòa
  Bình`), sometimes without their province, and the new units named like a former province (`Phường
  Thái Bình, Tỉnh Hưng Yên`, `Xã Quảng Ninh, Quảng Trị`), with or without their type word.
- `route_directions`: the way to a house on invitations and listings (`Từ TT. E đi theo QL 1A khoảng
  5 km, rẽ phải vào Thôn 3, xã A, ...`, `cách chợ G 2 km`, `qua cầu G`), E and G other communes of
  the district (old form) or other units of the new province. Truth: the house.
- `service_point`: the public-service centres of the new communes and their points in the offices
  of the old ones (`Trung tâm Phục vụ hành chính công xã A - Điểm tiếp nhận số 2: trụ sở xã B cũ,
  tỉnh C`, `UBND xã A (cơ sở 2 - trụ sở UBND xã B trước sáp nhập)`). Truth: the new unit A.
- `neighbour_boundary`: an address with a unit of a neighbouring province (one merged into the same
  new province in 2025) in a boundary note or written first (`Khu vực giáp ranh tỉnh H - Thôn 3,
  xã A, ...`, `(giáp ranh huyện G, tỉnh H)`, `đối diện xã F, huyện G, tỉnh H bên kia sông`).
  Truth: the address.
- `fishing_vessel`: fishing boat papers (`Số đăng ký: QNg-90123-TS`, `Chủ tàu`, `Cảng cá X`,
  `Nghiệp đoàn nghề cá X`) with the owner's address, X another commune of the province. Truth: the
  owner's address.
- `parish_record`: parish books and church addresses (`Giáo xứ X, giáo hạt G, giáo phận Z`, `Họ đạo
  X`) where the parish is named after a commune of the district, the deanery after a district and
  the diocese after a town or a province, then the address. Truth: the address.
- `old_name_now_elsewhere`: an old three-level address of an old commune whose name is since July
  2025 a new unit of the same new province that the old commune did not go into, with its old
  province, the new province or none. Truth: the old commune's successors.
- `tp_city_or_province`: `P. X, TP. Y` where Y is both a province and its old capital city (`TP.
  Thanh Hóa`, `TP Hà Tĩnh`, `TP. Cà Mau`): a ward of the old city or a unit of the new province;
  the truth is every unit either reading gives.

Truth rules, written from the registers: a name is compared case, spacing, hyphens and tone
placement aside (`hoà` is `hòa`). An old address designates every old commune of the written name
and type in the written district (in the written province; in every province when none is
written); its truth is every successor of those communes in `commune_mapping.csv` (a flag listing
them is right for a split commune). A two-level address designates the new unit of the written
name and type in the new province named. Streets, hamlets, landmarks, ports, parishes, boundary
notes, route descriptions and the old communes named as a service point's office designate no
unit; where the text fits two readings (a slip that is another commune's name, `TP.` that is a
city or a province), the truth is every unit of both. `also_named` is the truth.
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
    "pho_street_abbrev",
    "hamlet_number_beside_ward",
    "syllable_dropped_inside",
    "slip_to_real_name",
    "province_named_units",
    "route_directions",
    "service_point",
    "neighbour_boundary",
    "fishing_vessel",
    "parish_record",
    "old_name_now_elsewhere",
    "tp_city_or_province",
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


_default_reference = reference_dir

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


def key(name: str) -> str:
    """A name compared case, spacing, hyphens, apostrophes and tone placement aside."""
    s = unicodedata.normalize("NFC", name).lower().replace("-", " ").replace("’", "'").replace("'", "")
    for a, b in _TONE_MOVES.items():
        s = s.replace(a, b)
    return " ".join(s.split())


def strip_marks(s: str) -> str:
    """`s` without its diacritics (`đ` as `d`)."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


def one_edit(a: str, b: str) -> bool:
    """True when `b` is `a` with one character replaced, added or removed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


COMMUNE_TYPE = {"xã": "Xã", "phường": "Phường", "thị trấn": "Thị trấn", "đặc khu": "Đặc khu"}
COMMUNE_ABBR = {"xã": "X.", "phường": "P.", "thị trấn": "TT.", "đặc khu": "ĐK."}
DISTRICT_TYPE = {"huyện": "Huyện", "quận": "Quận", "thị xã": "Thị xã", "thành phố": "Thành phố"}
DISTRICT_ABBR = {"huyện": "H.", "quận": "Q.", "thị xã": "TX.", "thành phố": "TP."}
PROVINCE_TYPE = {"tỉnh": "Tỉnh", "thành phố": "Thành phố"}
PROVINCE_ABBR = {"tỉnh": "T.", "thành phố": "TP."}
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương")
MIDDLES = ("Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh")
GIVEN = ("Hùng", "Dũng", "Tuấn", "Lan", "Huệ", "Tâm", "Sơn", "Hải", "Nga", "Toàn", "Khoa", "Mai")
# The 2026 province-level cities: written by their name only in the two-level form.
RETYPED_PROVINCES = {"22", "24", "75"}


@dataclass(frozen=True)
class Old:
    pc: str
    pname: str
    ptype: str
    dc: str
    dname: str
    dtype: str
    cc: str
    cname: str
    ctype: str


@dataclass(frozen=True)
class New:
    code: str
    name: str
    ctype: str
    pc: str


class Registers:
    """The registers and the crosswalk, indexed the way the families need them."""

    def __init__(self, ref: Path) -> None:
        def rows(name: str) -> list[dict[str, str]]:
            with (ref / name).open(encoding="utf-8", newline="") as f:
                return list(csv.DictReader(f))

        self.old: list[Old] = [
            Old(
                r["province_code"],
                r["province_name"][len(r["province_type"]) + 1 :],
                r["province_type"],
                r["district_code"],
                r["district_name"][len(r["district_type"]) + 1 :],
                r["district_type"],
                r["commune_code"],
                r["commune_short_name"],
                r["commune_type"],
            )
            for r in rows("old_units.csv")
        ]
        self.old_prov: dict[str, tuple[str, str, str]] = {
            r["province_code"]: (r["province_short_name"], r["province_type"], r["new_province_code"])
            for r in rows("old_provinces.csv")
        }
        self.new_prov: dict[str, tuple[str, str, tuple[str, ...]]] = {
            r["province_code"]: (r["province_short_name"], r["province_type"], tuple(r["merged_from"].split(";")))
            for r in rows("new_provinces.csv")
        }
        self.new: list[New] = [
            New(r["commune_code"], r["commune_short_name"], r["commune_type"], r["province_code"])
            for r in rows("new_units.csv")
        ]
        self.changed = {r["code"] for r in rows("register_changes.csv") if r["level"] == "commune"}
        succ: dict[str, set[str]] = defaultdict(set)
        pred: dict[str, set[str]] = defaultdict(set)
        for r in rows("commune_mapping.csv"):
            succ[r["old_commune_code"]].add(r["new_commune_code"])
            pred[r["new_commune_code"]].add(r["old_commune_code"])
        self.succ = {k: tuple(sorted(v)) for k, v in succ.items()}
        self.pred = {k: tuple(sorted(v)) for k, v in pred.items()}
        self.by_code = {u.cc: u for u in self.old}
        self.new_by_code = {u.code: u for u in self.new}
        self.by_district: dict[str, list[Old]] = defaultdict(list)
        self.by_province: dict[str, list[Old]] = defaultdict(list)
        for u in self.old:
            self.by_district[u.dc].append(u)
            self.by_province[u.pc].append(u)
        self.new_by_province: dict[str, list[New]] = defaultdict(list)
        for n in self.new:
            self.new_by_province[n.pc].append(n)
        self.districts: dict[str, tuple[str, str, str]] = {}
        for r in rows("old_districts.csv"):
            self.districts[r["district_code"]] = (r["district_short_name"], r["district_type"], r["province_code"])
        self.province_names = {key(v[0]) for v in self.old_prov.values()} | {key(v[0]) for v in self.new_prov.values()}
        self.new_pc_of_old = {pc: v[2] for pc, v in self.old_prov.items()}
        self.name_of_new_pc = {pc: v[0] for pc, v in self.new_prov.items()}

    # -- truths
    def old_truth(self, name: str, ctype: str | None, districts: list[str]) -> tuple[str, ...]:
        k = key(name)
        out: set[str] = set()
        for dc in districts:
            for u in self.by_district[dc]:
                if key(u.cname) == k and (ctype is None or u.ctype == ctype):
                    out.update(self.succ[u.cc])
        return tuple(sorted(out))

    def districts_named(self, dname: str, dtype: str | None, pcs: list[str] | None) -> list[str]:
        k = key(dname)
        return [
            dc
            for dc, (n, t, pc) in self.districts.items()
            if key(n) == k and (dtype is None or t == dtype) and (pcs is None or pc in pcs)
        ]

    def new_truth(self, name: str, ctype: str | None, npc: str) -> tuple[str, ...]:
        k = key(name)
        return tuple(
            sorted(
                n.code for n in self.new_by_province[npc] if key(n.name) == k and (ctype is None or n.ctype == ctype)
            )
        )

    def new_is_clean(self, n: New) -> bool:
        """No old commune of `n`'s name and type in the old provinces of its province went elsewhere."""
        k = key(n.name)
        return all(
            n.code in self.succ[u.cc]
            for pc in self.new_prov[n.pc][2]
            for u in self.by_province[pc]
            if key(u.cname) == k and u.ctype == n.ctype
        )

    def names_in_province(self, pc: str) -> set[str]:
        """Keys of every old commune and district name of an old province and every new unit of its new province."""
        out = {key(u.cname) for u in self.by_province[pc]}
        out |= {key(n) for n, _t, p in self.districts.values() if p == pc}
        out |= {key(n.name) for n in self.new_by_province[self.new_pc_of_old[pc]]}
        return out


# ---------------------------------------------------------------- writing


class Builder:
    def __init__(self, reg: Registers, rng: random.Random) -> None:
        self.reg = reg
        self.rng = rng

    def pick(self, seq: list | tuple):  # type: ignore[type-arg]
        return seq[self.rng.randrange(len(seq))]

    def person(self) -> str:
        return f"{self.pick(SURNAMES)} {self.pick(MIDDLES)} {self.pick(GIVEN)}"

    def ctype(self, t: str, style: int | None = None) -> str:
        s = self.rng.randrange(4) if style is None else style
        if s == 0:
            return COMMUNE_ABBR[t]
        if s == 1:
            return t
        return COMMUNE_TYPE[t]

    def dtype(self, t: str, style: int | None = None) -> str:
        s = self.rng.randrange(4) if style is None else style
        if s == 0:
            return DISTRICT_ABBR[t]
        if s == 1:
            return t
        return DISTRICT_TYPE[t]

    def ptype(self, t: str, style: int | None = None) -> str:
        s = self.rng.randrange(4) if style is None else style
        if s == 0:
            return PROVINCE_ABBR[t]
        if s == 1:
            return t
        return PROVINCE_TYPE[t]

    def unit(self, word: str, name: str) -> str:
        if word.endswith("."):
            return f"{word}{name}" if self.rng.random() < 0.4 else f"{word} {name}"
        return f"{word} {name}"

    def commune(self, u: Old, style: int | None = None) -> str:
        return self.unit(self.ctype(u.ctype, style), u.cname)

    def district(self, u: Old, style: int | None = None) -> str:
        return self.unit(self.dtype(u.dtype, style), u.dname)

    def province(self, u: Old, style: int | None = None) -> str:
        if self.rng.random() < 0.25:
            return u.pname
        return self.unit(self.ptype(u.ptype, style), u.pname)

    def new_province(self, npc: str) -> str:
        name, t, _ = self.reg.new_prov[npc]
        if npc in RETYPED_PROVINCES or self.rng.random() < 0.3:
            return name
        return self.unit(self.ptype(t), name)

    def new_unit(self, n: New) -> str:
        return self.unit(self.ctype(n.ctype), n.name)

    def hamlet(self, ctype: str, pc: str) -> str:
        south = int(pc) >= 70
        m = self.rng.randint(1, 12)
        if ctype == "xã":
            return f"{self.pick(('Ấp', 'Ấp', 'Tổ') if south else ('Thôn', 'Xóm', 'Thôn'))} {m}"
        return f"{self.pick(('Khu phố', 'Tổ', 'Khóm') if south else ('Tổ dân phố', 'Tổ', 'Khu'))} {m}"

    def old_address(self, u: Old, province: bool = True) -> str:
        style = self.rng.randrange(4)
        parts = [self.commune(u, style), self.district(u, style)]
        if province:
            parts.append(self.province(u, style))
        return ", ".join(parts)

    def old_case(self, family: str, text: str, u: Old, note: str) -> Case:
        truth = self.reg.old_truth(u.cname, u.ctype, [u.dc])
        return Case(family, text, truth, truth, note)

    def new_case(self, family: str, text: str, n: New, note: str) -> Case | None:
        """The two-level address of `n`: every new unit of its name and type in its province; not
        drawn when an old commune of that name and type in its old provinces went elsewhere (the
        text, without a district, would also read as that old commune)."""
        if not self.reg.new_is_clean(n):
            return None
        truth = self.reg.new_truth(n.name, n.ctype, n.pc)
        return Case(family, text, truth, truth, note)

    def any_old(self) -> Old:
        return self.pick(self.reg.old)

    def any_new(self) -> New:
        while True:
            n = self.pick(self.reg.new)
            if n.code not in self.reg.changed and n.ctype != "đặc khu":
                return n


# ---------------------------------------------------------------- families

# Streets of Hanoi and Hai Phong that carry the name of a ward (phố Hàng Bông, phường Hàng Bông).
PHO_STREETS = (
    "Hàng Bạc",
    "Hàng Bồ",
    "Hàng Bông",
    "Hàng Buồm",
    "Hàng Đào",
    "Hàng Gai",
    "Hàng Mã",
    "Hàng Trống",
    "Hàng Bài",
    "Tràng Tiền",
    "Lý Thái Tổ",
    "Phan Chu Trinh",
    "Trần Hưng Đạo",
    "Cửa Nam",
    "Cửa Đông",
    "Đồng Xuân",
    "Hàng Bột",
    "Quốc Tử Giám",
    "Kim Mã",
    "Ngọc Khánh",
    "Giảng Võ",
    "Đội Cấn",
    "Liễu Giai",
    "Thành Công",
    "Nguyễn Du",
    "Lê Đại Hành",
    "Bạch Đằng",
    "Đồng Nhân",
    "Bạch Mai",
    "Minh Khai",
    "Thanh Nhàn",
    "Trương Định",
    "Khâm Thiên",
    "Láng Hạ",
    "Kim Liên",
    "Phương Mai",
    "Nguyễn Trãi",
    "Quang Trung",
    "Dịch Vọng",
    "Quan Hoa",
    "Yên Hòa",
    "Trung Hòa",
    "Mai Dịch",
    "Xuân La",
    "Thụy Khuê",
    "Nhật Tân",
    "Quảng An",
    "Lạch Tray",
    "Cầu Đất",
    "Máy Tơ",
    "Lê Lợi",
    "Hoàng Văn Thụ",
    "Phan Bội Châu",
    "Trần Nguyên Hãn",
    "Cát Dài",
    "Lạc Viên",
    "Đông Khê",
)


def pho_street_abbrev(b: Builder, family: str) -> Case | None:
    reg = b.reg
    street = b.pick(PHO_STREETS)
    homes = [
        u for pc in ("01", "31") for u in reg.by_province[pc] if u.ctype == "phường" and key(u.cname) == key(street)
    ]
    if not homes:
        return None
    home = b.pick(homes)
    others = [u for u in reg.by_district[home.dc] if u.ctype == "phường" and key(u.cname) != key(street)]
    if not others:
        return None
    num = f"{b.pick(('Số ', 'số ', ''))}{b.rng.randint(1, 180)}{b.pick(('', '', 'A', 'B'))}"
    lane = b.pick(("", "", f"Ngõ {b.rng.randint(2, 120)} ", f"ngách {b.rng.randint(2, 40)}/{b.rng.randint(2, 90)} "))
    city = b.pick(("HN", "Hà Nội", "TP. Hà Nội", "Tp Hà Nội")) if home.pc == "01" else b.pick(("HP", "Hải Phòng"))
    if b.rng.random() < 0.6:
        u = b.pick(others)
        ward = b.pick(("P. ", "P.", "Phường ", "phường "))
        dist = b.pick(("Q. ", "Q.", "Quận ", "quận ")) if u.dtype == "quận" else b.dtype(u.dtype) + " "
        text = f"{num} {lane}P. {street}, {ward}{u.cname}, {dist}{u.dname}, {city}".replace("  ", " ")
        return b.old_case(family, text, u, f"old ward {u.cc}; street {street}")
    pcs = reg.new_pc_of_old[home.pc]
    near = {c for o in reg.by_district[home.dc] for c in reg.succ[o.cc]}
    cands = [
        n for n in reg.new_by_province[pcs] if n.code in near and n.ctype == "phường" and key(n.name) != key(street)
    ]
    if not cands:
        return None
    n = b.pick(cands)
    ward = b.pick(("P. ", "P.", "Phường ", "phường "))
    text = f"{num} {lane}P. {street}, {ward}{n.name}, {city}".replace("  ", " ")
    return b.new_case(family, text, n, f"new ward {n.code}; street {street}")


def hamlet_number_beside_ward(b: Builder, family: str) -> Case | None:
    reg = b.reg
    u = b.pick([o for o in reg.old if o.ctype == "phường" and o.cname.isdigit()])
    numbers = sorted(int(o.cname) for o in reg.by_district[u.dc] if o.ctype == "phường" and o.cname.isdigit())
    others = [m for m in numbers if m != int(u.cname)]
    if not others:
        return None
    m = b.pick(others)
    n = u.cname
    if u.pc == "79":
        word, short = "Khu phố", b.pick(("KP", "KP.", "Kp", "KP "))
    elif int(u.pc) >= 80:
        word, short = b.pick((("Khóm", "K"), ("Khóm", "Khóm "), ("Khu phố", "KP")))
    else:
        word, short = b.pick((("Tổ dân phố", "TDP "), ("Tổ dân phố", "TDP"), ("Khu phố", "KP"), ("Khu", "Khu ")))
    if u.dtype == "quận" and u.dname.isdigit():
        dist = b.pick((f"Q.{u.dname}", f"Q{u.dname}", f"Quận {u.dname}", f"q.{u.dname}"))
    else:
        dist = b.unit(b.dtype(u.dtype), u.dname)
    prov = b.pick(("", "", f", {b.province(u)}"))
    t = b.rng.randint(1, 40)
    form = b.rng.randrange(5)
    if form == 0:
        text = f"{word} {m}, Phường {n}, {dist}{prov}"
    elif form == 1:
        text = f"{short}{m} P{n} {dist}{prov}"
    elif form == 2:
        text = f"Tổ {t}, {word} {m}, P.{n}, {dist}{prov}"
    elif form == 3:
        text = f"{short}{m} - P.{n} - {dist}{prov}"
    else:
        text = f"Số {b.rng.randint(1, 300)}/{b.rng.randint(1, 40)} {short}{m}, P {n}, {dist}{prov}"
    return b.old_case(family, " ".join(text.split()), u, f"old ward {u.cc}; quarter {m}")


def syllable_dropped_inside(b: Builder, family: str) -> Case | None:
    reg = b.reg
    two_level = b.rng.random() < 0.4
    if two_level:
        n = b.any_new()
        name, ctype, pcs = n.name, n.ctype, list(reg.new_prov[n.pc][2])
    else:
        u = b.any_old()
        name, ctype, pcs = u.cname, u.ctype, [u.pc]
    sylls = name.split()
    if len(sylls) < 3 or any(ch.isdigit() for ch in name) or any(w.isupper() for w in sylls):
        return None
    i = b.rng.randrange(len(sylls) - 1)
    short = " ".join(sylls[:i] + sylls[i + 1 :])
    ks = key(short)
    if ks in reg.province_names or any(ks in reg.names_in_province(pc) for pc in pcs):
        return None
    # A short name one letter or one mark from a real name, or its syllables swapped, may be that
    # name: such a text does not decide the unit, and the case is not drawn.
    bare = strip_marks(ks)
    for pc in pcs:
        for other in reg.names_in_province(pc):
            if one_edit(ks, other) or strip_marks(other) == bare or sorted(other.split()) == sorted(ks.split()):
                return None

    def fits(full: str) -> bool:
        s = key(full).split()
        return len(s) == len(ks.split()) + 1 and any(" ".join(s[:j] + s[j + 1 :]) == ks for j in range(len(s)))

    if two_level:
        scope_new = [x for x in reg.new_by_province[n.pc] if x.ctype == ctype and fits(x.name)]
        truth = tuple(sorted(x.code for x in scope_new))
        text = f"{b.hamlet(ctype, n.pc)}, {b.unit(b.ctype(ctype), short)}, {b.new_province(n.pc)}"
        return Case(family, text, truth, truth, f"new {n.code} {name} written {short}")
    scope = [x for x in reg.by_district[u.dc] if x.ctype == ctype and fits(x.cname)]
    truth = tuple(sorted({c for x in scope for c in reg.succ[x.cc]}))
    style = b.rng.randrange(4)
    parts = [b.hamlet(ctype, u.pc), b.unit(b.ctype(ctype, style), short), b.district(u, style), b.province(u, style)]
    return Case(family, ", ".join(parts), truth, truth, f"old {u.cc} {name} written {short}")


def slip_to_real_name(b: Builder, family: str) -> Case | None:
    reg = b.reg
    u = b.any_old()
    if any(ch.isdigit() for ch in u.cname):
        return None
    lu = unicodedata.normalize("NFC", u.cname.lower())
    in_district = {key(x.cname) for x in reg.by_district[u.dc]}
    cands = [
        x
        for x in reg.by_province[u.pc]
        if x.dc != u.dc
        and x.ctype == u.ctype
        and key(x.cname) not in in_district
        and one_edit(lu, unicodedata.normalize("NFC", x.cname.lower()))
    ]
    if not cands:
        return None
    slip = b.pick(cands).cname
    namesakes = [x for x in reg.by_province[u.pc] if x.ctype == u.ctype and key(x.cname) == key(slip)]
    ls = unicodedata.normalize("NFC", slip.lower())
    meant = [x for x in reg.by_district[u.dc] if one_edit(ls, unicodedata.normalize("NFC", x.cname.lower()))]
    truth = tuple(sorted({c for x in [*namesakes, *meant] for c in reg.succ[x.cc]}))
    style = b.rng.randrange(4)
    parts = [b.unit(b.ctype(u.ctype, style), slip), b.district(u, style), b.province(u, style)]
    if b.rng.random() < 0.6:
        parts.insert(0, b.hamlet(u.ctype, u.pc))
    return Case(family, ", ".join(parts), truth, truth, f"old {u.cc} {u.cname} slipped to {slip} of another district")


def province_named_units(b: Builder, family: str) -> Case | None:
    reg = b.reg
    r = b.rng.random()
    if r < 0.4:
        cands = [u for u in reg.old if key(u.cname) in reg.province_names and key(u.cname) != key(u.pname)]
        u = b.pick(cands)
    elif r < 0.6:
        u = b.pick([x for x in reg.old if key(x.dname) in reg.province_names and key(x.dname) != key(x.pname)])
    else:
        cands_new = [
            n
            for n in reg.new
            if key(n.name) in reg.province_names and n.code not in reg.changed and n.ctype != "đặc khu"
        ]
        n = b.pick(cands_new)
        if not reg.new_is_clean(n):
            return None
        typed = b.rng.random() < 0.75
        name = b.unit(b.ctype(n.ctype), n.name) if typed else n.name
        text = f"{b.hamlet(n.ctype, n.pc)}, {name}, {b.new_province(n.pc)}"
        truth = reg.new_truth(n.name, n.ctype if typed else None, n.pc)
        return Case(family, text, truth, truth, f"new {n.code} named like a province")
    style = b.rng.randrange(4)
    with_province = b.rng.random() < 0.65
    parts = [b.hamlet(u.ctype, u.pc), b.commune(u, style), b.district(u, style)]
    if with_province:
        parts.append(b.province(u, style))
        dcs = reg.districts_named(u.dname, u.dtype, [u.pc])
    else:
        dcs = reg.districts_named(u.dname, u.dtype, None)
    truth = reg.old_truth(u.cname, u.ctype, dcs)
    return Case(family, ", ".join(parts), truth, truth, f"old {u.cc} of {u.dname}, {u.pname}")


def _landmark_old(b: Builder, x: Old) -> str:
    if x.ctype == "thị trấn":
        return b.pick((f"TT. {x.cname}", f"thị trấn {x.cname}", f"TT {x.cname}"))
    word = "xã" if x.ctype == "xã" else "phường"
    return b.pick((f"{word} {x.cname}", f"UBND {word} {x.cname}", f"trung tâm {word} {x.cname}", x.cname))


def route_directions(b: Builder, family: str) -> Case | None:
    reg = b.reg
    road = b.pick(
        (f"QL{b.rng.randint(1, 60)}", "QL1A", f"ĐT{b.rng.randint(600, 900)}", f"tỉnh lộ {b.rng.randint(1, 30)}")
    )
    k = b.pick(("3", "5", "7", "2,5", "10", "12", "1,5"))
    side = b.pick(("phải", "trái"))
    if b.rng.random() < 0.6:
        u = b.any_old()
        others = [x for x in reg.by_district[u.dc] if key(x.cname) != key(u.cname)]
        if len(others) < 2:
            return None
        towns = [x for x in others if x.ctype == "thị trấn"]
        e = b.pick(towns) if towns and b.rng.random() < 0.6 else b.pick(others)
        g = b.pick([x for x in others if x.cc != e.cc] or others)
        home = f"{b.hamlet(u.ctype, u.pc)}, {b.old_address(u)}"
        le, lg = _landmark_old(b, e), g.cname
        note = f"old {u.cc}; route from {e.cc}, {g.cc}"
        case = lambda text: b.old_case(family, text, u, note)  # noqa: E731
    else:
        n = b.any_new()
        others = [x for x in reg.new_by_province[n.pc] if key(x.name) != key(n.name)]
        e, g = b.pick(others), b.pick(others)
        home = f"{b.hamlet(n.ctype, n.pc)}, {b.new_unit(n)}, {b.new_province(n.pc)}"
        word = "xã" if e.ctype == "xã" else "phường"
        le, lg = b.pick((f"trung tâm {word} {e.name}", f"UBND {word} {e.name}", f"{word} {e.name}")), g.name
        note = f"new {n.code}; route from {e.code}, {g.code}"
        case = lambda text: b.new_case(family, text, n, note)  # noqa: E731
    form = b.rng.randrange(5)
    if form == 0:
        text = f"Từ {le} đi theo {road} khoảng {k} km, rẽ {side} vào {home}"
    elif form == 1:
        text = f"{home} (đi qua cầu {lg} khoảng {k} km, hỏi nhà ông {b.person()})"
    elif form == 2:
        text = f"Hôn lễ cử hành tại tư gia: {home}. Hướng dẫn: từ chợ {lg} đi về hướng {le} {k} km"
    elif form == 3:
        text = f"Cách {le} {k} km, cách chợ {lg} 2 km: {home}"
    else:
        text = f"Bán đất thổ cư {home}, cách {le} {k}km, gần chợ {lg}, giá 1,2 tỷ"
    return case(text)


def service_point(b: Builder, family: str) -> Case | None:
    reg = b.reg
    n = b.any_new()
    preds = [reg.by_code[c] for c in reg.pred.get(n.code, ()) if key(reg.by_code[c].cname) != key(n.name)]
    if not preds:
        return None
    o = b.pick(preds)
    word = "xã" if n.ctype == "xã" else "phường"
    ow = {"xã": "xã", "phường": "phường", "thị trấn": "thị trấn"}[o.ctype]
    prov = b.new_province(n.pc)
    no = b.rng.randint(1, 4)
    form = b.rng.randrange(5)
    if form == 0:
        centre = f"Trung tâm Phục vụ hành chính công {word} {n.name}"
        text = f"{centre} - Điểm tiếp nhận số {no}: trụ sở {ow} {o.cname} cũ, {prov}"
    elif form == 1:
        text = f"Điểm phục vụ số {no} (tại UBND {ow} {o.cname} cũ), {word} {n.name}, {prov}"
    elif form == 2:
        text = f"UBND {word} {n.name} (cơ sở {no} - trụ sở UBND {ow} {o.cname} trước sáp nhập), {prov}"
    elif form == 3:
        text = f"Bộ phận một cửa {word} {n.name}, {prov} (làm việc tại trụ sở {ow} {o.cname}, {o.dname} cũ)"
    else:
        text = f"Đảng ủy {word} {n.name} - {prov}; địa điểm: {b.hamlet(o.ctype, o.pc)}, {ow} {o.cname} cũ"
    return b.new_case(family, text, n, f"new {n.code}; service point in old {o.cc}")


def neighbour_boundary(b: Builder, family: str) -> Case | None:
    reg = b.reg
    u = b.any_old()
    npc = reg.new_pc_of_old[u.pc]
    neighbours = [p for p in reg.new_prov[npc][2] if p != u.pc]
    if not neighbours:
        return None
    h = b.pick(neighbours)
    f = b.pick(reg.by_province[h])
    hname = reg.old_prov[h][0]
    htype = reg.old_prov[h][1]
    k = b.pick(("2", "3", "5", "1,5"))
    if b.rng.random() < 0.3:
        cands = [n for n in reg.new_by_province[npc] if n.code not in reg.changed and n.ctype != "đặc khu"]
        cands = [n for n in cands if all(reg.by_code[c].pc == u.pc for c in reg.pred.get(n.code, ()))]
        if not cands:
            return None
        n = b.pick(cands)
        place = f"{b.hamlet(n.ctype, n.pc)}, {b.new_unit(n)}, {b.new_province(npc)}"
        other = f"{f.ctype} {f.cname} {DISTRICT_TYPE[f.dtype].lower()} {f.dname} {htype} {hname} cũ"
        text = b.pick((f"{place} (giáp {other})", f"Giáp ranh {other} - {place}"))
        return b.new_case(family, text, n, f"new {n.code}; neighbour {f.cc}")
    home = f"{b.hamlet(u.ctype, u.pc)}, {b.old_address(u)}"
    dt = DISTRICT_TYPE[f.dtype].lower()
    form = b.rng.randrange(5)
    if form == 0:
        text = f"{home} (giáp ranh {dt} {f.dname}, {htype} {hname})"
    elif form == 1:
        text = f"Khu vực giáp ranh {htype} {hname} - {home}"
    elif form == 2:
        parts = [b.province(u), b.district(u), b.commune(u), b.hamlet(u.ctype, u.pc)]
        text = f"{PROVINCE_TYPE[htype]} {hname} giáp ranh; " + ", ".join(parts)
    elif form == 3:
        text = f"{home} (đối diện {f.ctype} {f.cname}, {dt} {f.dname}, {htype} {hname} bên kia sông)"
    else:
        text = f"{home}, cách cầu {f.cname} ({f.dname}, {hname}) {k} km"
    return b.old_case(family, text, u, f"old {u.cc}; neighbour {f.cc}")


VESSEL_CODES = {
    "22": "QN",
    "31": "HP",
    "34": "TB",
    "36": "NĐ",
    "37": "NB",
    "38": "TH",
    "40": "NA",
    "42": "HT",
    "44": "QB",
    "45": "QT",
    "46": "TTH",
    "48": "ĐNa",
    "49": "QNa",
    "51": "QNg",
    "52": "BĐ",
    "54": "PY",
    "56": "KH",
    "58": "NT",
    "60": "BTh",
    "77": "BV",
    "79": "SG",
    "82": "TG",
    "83": "BT",
    "84": "TV",
    "94": "ST",
    "95": "BL",
    "96": "CM",
    "91": "KG",
}


def fishing_vessel(b: Builder, family: str) -> Case | None:
    reg = b.reg
    pc = b.pick(sorted(VESSEL_CODES))
    u = b.pick(reg.by_province[pc])
    vessel = f"{VESSEL_CODES[pc]}-{b.rng.randint(90001, 99999)}-TS"
    if b.rng.random() < 0.5:
        vessel = vessel.replace("-", b.pick((" ", "-")))
    owner = b.person().upper() if b.rng.random() < 0.5 else b.person()
    if b.rng.random() < 0.35:
        npc = reg.new_pc_of_old[pc]
        cands = [
            n
            for n in reg.new_by_province[npc]
            if n.code not in reg.changed
            and n.ctype != "đặc khu"
            and any(reg.by_code[c].pc == pc for c in reg.pred.get(n.code, ()))
        ]
        n = b.pick(cands)
        port = b.pick([x for x in reg.new_by_province[npc] if x.code != n.code]).name
        home = f"{b.hamlet(n.ctype, n.pc)}, {b.new_unit(n)}, {b.new_province(npc)}"
        note = f"new {n.code}; port {port}"
        make = lambda text: b.new_case(family, text, n, note)  # noqa: E731
    else:
        port = b.pick([x for x in reg.by_province[pc] if x.cc != u.cc and key(x.cname) != key(u.cname)]).cname
        home = f"{b.hamlet(u.ctype, u.pc)}, {b.old_address(u)}"
        note = f"old {u.cc}; port {port}"
        make = lambda text: b.old_case(family, text, u, note)  # noqa: E731
    form = b.rng.randrange(4)
    if form == 0:
        text = f"Chủ tàu: {owner}; Số đăng ký: {vessel}; Địa chỉ: {home}; Cảng cá đăng ký: Cảng cá {port}"
    elif form == 1:
        text = f"Tàu cá {vessel} do ông {owner} (trú tại {home}) làm chủ, neo đậu tại cảng cá {port}"
    elif form == 2:
        text = f"{vessel} | {owner} | {home} | Nghiệp đoàn nghề cá {port}"
    else:
        text = f"Cảng cá {port} - tàu {vessel}, chủ tàu {owner}, địa chỉ {home}"
    return make(text)


DIOCESES = {
    "01": ("Hà Nội",),
    "35": ("Hà Nội",),
    "36": ("Bùi Chu",),
    "37": ("Phát Diệm",),
    "34": ("Thái Bình",),
    "27": ("Bắc Ninh",),
    "24": ("Bắc Ninh",),
    "26": ("Bắc Ninh",),
    "19": ("Bắc Ninh",),
    "31": ("Hải Phòng",),
    "30": ("Hải Phòng",),
    "22": ("Hải Phòng",),
    "20": ("Lạng Sơn - Cao Bằng",),
    "04": ("Lạng Sơn - Cao Bằng",),
    "25": ("Hưng Hóa",),
    "15": ("Hưng Hóa",),
    "10": ("Hưng Hóa",),
    "14": ("Hưng Hóa",),
    "40": ("Vinh",),
    "42": ("Hà Tĩnh",),
    "44": ("Hà Tĩnh",),
    "38": ("Thanh Hóa",),
    "46": ("Huế",),
    "45": ("Huế",),
    "48": ("Đà Nẵng",),
    "49": ("Đà Nẵng",),
    "51": ("Quy Nhơn",),
    "52": ("Quy Nhơn",),
    "54": ("Quy Nhơn",),
    "56": ("Nha Trang",),
    "58": ("Nha Trang",),
    "62": ("Kon Tum",),
    "64": ("Kon Tum",),
    "66": ("Ban Mê Thuột",),
    "67": ("Ban Mê Thuột",),
    "68": ("Đà Lạt",),
    "60": ("Phan Thiết",),
    "75": ("Xuân Lộc",),
    "77": ("Bà Rịa",),
    "74": ("Phú Cường",),
    "72": ("Phú Cường",),
    "70": ("Phú Cường",),
    "79": ("TP. Hồ Chí Minh", "Sài Gòn"),
    "82": ("Mỹ Tho",),
    "80": ("Mỹ Tho",),
    "83": ("Mỹ Tho",),
    "86": ("Vĩnh Long",),
    "84": ("Vĩnh Long",),
    "89": ("Long Xuyên",),
    "91": ("Long Xuyên",),
    "92": ("Cần Thơ",),
    "94": ("Cần Thơ",),
    "95": ("Cần Thơ",),
    "96": ("Cần Thơ",),
}


def parish_record(b: Builder, family: str) -> Case | None:
    reg = b.reg
    pc = b.pick(sorted(DIOCESES))
    u = b.pick(reg.by_province[pc])
    z = b.pick(DIOCESES[pc])
    south = int(pc) >= 79
    others = [x for x in reg.by_district[u.dc] if x.cc != u.cc]
    x = b.pick(others).cname if others and b.rng.random() < 0.8 else u.cname
    dists = sorted({o.dname for o in reg.by_province[pc]})
    g = u.dname if b.rng.random() < 0.5 else b.pick(dists)
    parish = f"Họ đạo {x}" if south and b.rng.random() < 0.6 else f"Giáo xứ {x}"
    if b.rng.random() < 0.3:
        npc = reg.new_pc_of_old[pc]
        cands = [
            n
            for n in reg.new_by_province[npc]
            if n.code not in reg.changed
            and n.ctype != "đặc khu"
            and any(reg.by_code[c].dc == u.dc for c in reg.pred.get(n.code, ()))
        ]
        if not cands:
            return None
        n = b.pick(cands)
        home = f"{b.hamlet(n.ctype, n.pc)}, {b.new_unit(n)}, {b.new_province(npc)}"
        text = f"{parish}, giáo phận {z} - địa chỉ: {home}"
        return b.new_case(family, text, n, f"new {n.code}; parish {x}, deanery {g}, diocese {z}")
    home = f"{b.hamlet(u.ctype, u.pc)}, {b.old_address(u)}"
    form = b.rng.randrange(4)
    if form == 0:
        text = f"{parish}, giáo hạt {g}, giáo phận {z} - Địa chỉ: {home}"
    elif form == 1:
        text = f"{parish} (GP. {z}): {home}"
    elif form == 2:
        text = f"Nhà thờ giáo họ {x} thuộc giáo xứ {x}, GP {z}; tọa lạc: {home}"
    else:
        text = f"Sổ rửa tội - {b.person()}, con ông {b.person()}; {parish}, hạt {g}; thường trú: {home}"
    return b.old_case(family, text, u, f"old {u.cc}; parish {x}, deanery {g}, diocese {z}")


def old_name_now_elsewhere(b: Builder, family: str) -> Case | None:
    reg = b.reg
    u = b.any_old()
    npc = reg.new_pc_of_old[u.pc]
    k = key(u.cname)
    others = [n for n in reg.new_by_province[npc] if key(n.name) == k and n.code not in reg.succ[u.cc]]
    if not others or u.cname.isdigit():
        return None
    style = b.rng.randrange(4)
    parts = [b.hamlet(u.ctype, u.pc), b.commune(u, style), b.district(u, style)]
    r = b.rng.random()
    if r < 0.55:
        parts.append(b.province(u, style))
        dcs = reg.districts_named(u.dname, u.dtype, [u.pc])
    elif r < 0.8:
        parts.append(b.new_province(npc))
        dcs = reg.districts_named(u.dname, u.dtype, list(reg.new_prov[npc][2]))
    else:
        dcs = reg.districts_named(u.dname, u.dtype, None)
    truth = reg.old_truth(u.cname, u.ctype, dcs)
    return Case(family, ", ".join(parts), truth, truth, f"old {u.cc}; new namesake {others[0].code} elsewhere")


def tp_city_or_province(b: Builder, family: str) -> Case | None:
    reg = b.reg
    pairs = [
        (npc, dc)
        for npc, (pname, ptype, _m) in reg.new_prov.items()
        if ptype == "tỉnh" or npc == "24"
        for dc, (dname, dtype, _pc) in reg.districts.items()
        if dtype == "thành phố" and key(dname) == key(pname)
    ]
    npc, dc = b.pick(pairs)
    y = reg.new_prov[npc][0]
    if b.rng.random() < 0.5:
        cands_new = [n for n in reg.new_by_province[npc] if n.code not in reg.changed and n.ctype in ("phường", "xã")]
        near = [n for n in cands_new if any(reg.by_code[c].dc == dc for c in reg.pred.get(n.code, ()))]
        n = b.pick(near if near and b.rng.random() < 0.7 else cands_new)
        name, ctype, note = n.name, n.ctype, f"new {n.code}"
    else:
        u = b.pick(reg.by_district[dc])
        name, ctype, note = u.cname, u.ctype, f"old {u.cc}"
    new_reading = reg.new_truth(name, ctype, npc)
    old_reading = reg.old_truth(name, ctype, reg.districts_named(y, "thành phố", None))
    truth = tuple(sorted(set(new_reading) | set(old_reading)))
    if not truth:
        return None
    cw = b.pick(("P.", "P. ", "Phường ")) if ctype == "phường" else b.pick(("X.", "X. ", "Xã "))
    tp = b.pick(("TP.", "TP. ", "Tp ", "TP ", "Thành phố "))
    lead = b.pick(("", f"Số {b.rng.randint(1, 200)} đường số {b.rng.randint(1, 30)}, ", f"Tổ {b.rng.randint(1, 30)}, "))
    text = f"{lead}{cw}{name}, {tp}{y}"
    return Case(family, text, truth, truth, f"{note}; readings new {new_reading} old {old_reading}")


FAMILY_FUNCS: dict[str, Callable[[Builder, str], Case | None]] = {
    "pho_street_abbrev": pho_street_abbrev,
    "hamlet_number_beside_ward": hamlet_number_beside_ward,
    "syllable_dropped_inside": syllable_dropped_inside,
    "slip_to_real_name": slip_to_real_name,
    "province_named_units": province_named_units,
    "route_directions": route_directions,
    "service_point": service_point,
    "neighbour_boundary": neighbour_boundary,
    "fishing_vessel": fishing_vessel,
    "parish_record": parish_record,
    "old_name_now_elsewhere": old_name_now_elsewhere,
    "tp_city_or_province": tp_city_or_province,
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
