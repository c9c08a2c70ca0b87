"""A seventeenth independent noise model of Vietnamese addresses (set q), written from the registers only.

    from benchmarks.independent_q import generate
    cases = generate(300, 1712, Path("../shared/reference"))

Written without reading the address reader, its case files, the dev-set generators or the bodies
of the other models (only set p's frame: `Case` with `truth` / `also_named`, `generate(n, seed,
reference_dir)`). Set q imitates the registers of sectors that hold an address among their own
fields, and the ways their clerks write it: every family copies one real kind of source, every
unit comes from the registers (`old_units.csv`, `old_districts.csv`, `old_provinces.csv`,
`new_units.csv`, `new_provinces.csv`), every truth from the crosswalk (`commune_mapping.csv`).
Hamlets and groups are numbered (`Thôn 3`, `Tổ 5`), except where a family names them on purpose.
Families:

- `land_parcel`: land registers and certificates (`Thửa đất số 245, tờ bản đồ số 12`, `GCN
  QSDĐ số CS 01234`, `Địa chỉ thửa đất: ...`, the area in m², `Đất ở tại nông thôn (ONT)`), old
  three-level before July 2025 and new two-level after.
- `enterprise_register`: business registration and tax lines whose company names contain another
  province's or commune's name (`CÔNG TY TNHH THƯƠNG MẠI HÀ NAM` at an address in Nghệ An), `MST:
  0101234567`, `Lô B2, KCN ...`, `Tầng 5, tòa nhà ...`, branch offices (`Chi nhánh ... tại Nghệ
  An`).
- `institution_named`: a school, health station, market, pagoda or cooperative before the address,
  named after a person (`Trường THCS Nguyễn Du`), after the commune itself or after a neighbouring
  commune of the same district (`Trạm Y tế xã Y` at an address in xã X).
- `school_enrolment`: pupils' records (`Lớp 6A3`, `Nơi sinh:` another province or district, a
  parent whose given name is a unit's name such as `Phạm Quang Trung`, `Hộ khẩu thường trú:`).
- `bank_kyc`: bank and e-KYC exports in capitals without marks, types abbreviated to `P`, `X`, `TT`,
  `Q`, `H`, `TX`, `TP`, `T`, fields joined by `;`, `|` or `/`, house numbers like `12/3A`, `SO 5 NGO
  12/34`.
- `village_of_old_commune`: after July 2025 an old commune survives as a village or quarter name,
  or in words beside the new unit (`Thôn Đông Sơn, xã X`, `Thôn 3, xã X (trước là xã Y)`, `Khu phố
  Y, phường X`, `xã Y cũ nay là xã X`).
- `new_form_with_old_district`: half-updated addresses: the new unit with an old district left in
  (`Xã Cẩm Giàng, huyện Cẩm Giàng, TP Hải Phòng`), with its old district and old province, or an
  old commune with the new province, with or without its district.
- `cadastral_code_only`: units written beside their administrative codes (`mã xã 16951`,
  `MãĐVHC: 00004`, `[16951]`), a code old or new, sometimes a code with only the province.
- `postal_delivery`: parcel labels (`Người nhận: ...`, `ĐT: 09xx`, a postcode, `Bưu cục phát:` of
  the district), the address on one or two lines.
- `mixed_abbreviations`: unusual but real abbreviations (`Ph.`, `Xa`, `Thi tran`, `Tx.`, `T.P`,
  `Q.`, `H.`, `Tp`), with and without dots and spaces, names in the old or new tone placement
  (`hòa` / `hoà`, `thủy` / `thuỷ`).
- `vehicle_registration`: vehicle registration records (`Biển số: 37A-123.45`, `Số máy`, `Số
  khung`, `Chủ xe`) with the owner's address, the registering office after it: the province's
  traffic police, or before 2023 the district's police (`Công an huyện X`, the same units).
- `household_move`: the household register's entry of a move: the present permanent residence and
  the one the household came from (`Nơi thường trú trước khi chuyển đến:`, `Chuyển đến ngày ... từ
  ...`, `Đã chuyển hộ khẩu từ A về B`), both full addresses; the truth is the present one, the
  former in `also_named`.
- `bank_kyc` also cuts a province's name where a fixed-width column ends (`T NGHE`), and writes Hà
  Nội and Hồ Chí Minh City by their keys (`HN`, `TP HCM`).

Truth rules, written from the registers: the truth is every new unit the words designate. A name is
compared with the register case, spacing and tone placement aside (`hoà` is `hòa`), and without
marks when the writer wrote none (`TAN LAP` fits `Tân Lập` and `Tân Lạp`). An old three-level
address designates the old communes of the written type and name in the districts of the written
type and name of the old province written; its truth is every successor of every such commune in
`commune_mapping.csv` (a split commune's truth is all its successors: then a flag listing them is
right). A new two-level address designates the new units of the written type and name in the new
province written. A half-updated address (`new_form_with_old_district`) designates both: the new
unit of that name in the new province (written, or that the old province written went into) if one
of its predecessors lay in the district written, and the old communes of that name in the districts
written of the old provinces that went into the province written; its truth is the union. A code
designates the unit of its register that the names beside it fit; a code with only a province
designates the old unit and the new unit of that code which lie in it (both when both do).
`also_named` is the truth plus what the words fit under the other reading: the new unit named like
an old commune in its new province, the successors of an old commune named like a new unit in an
old province of the same name, a predecessor named in words (`trước là xã Y`), a neighbouring
commune named with its type word (`Trạm Y tế xã Y`), a birthplace written down to its commune, the
unit of the other register with the same code, the former residence of `household_move`. Names
without a type word (a school named after a person, a market, a village, a company, an industrial
park) designate no unit and are not in `also_named`. A bank's column cut short (`T NGHE`) fits every
province whose name starts so.

First figures, when the set was written (the reader of main b30398a, which had not seen it),
`evaluate_independent.py --set q --n 300` at seeds 1712 / 7 / 99, in % of each family ("right":
resolved to the one acceptable unit; "flag": a flag listing every acceptable unit, or every unit
the text names; "flag w/ tr.": a flag around the one acceptable unit; "flag w/o": a flag without
it; confidently wrong in cases):

    family                      right      flag      flag w/ tr.  flag w/o  unmatched  wrong
    land_parcel                 81/83/80   4/2/3     3/2/2        0/0/0     13/13/14   0/0/0
    enterprise_register         94/94/94   3/5/5     3/2/1        0/0/0     0/0/0      0/0/0
    institution_named           95/97/94   5/3/6     0/0/0        0/0/0     0/0/0      0/0/0
    school_enrolment            93/96/96   6/3/4     1/1/0        0/0/0     0/0/0      0/0/0
    bank_kyc                    90/90/86   5/5/6     1/2/4        1/0/1     2/4/4      1/0/1
    village_of_old_commune      97/96/95   3/4/5     0/0/0        0/0/0     0/0/0      0/0/0
    new_form_with_old_district  95/92/96   5/7/3     0/0/0        0/0/0     0/0/0      0/0/0
    cadastral_code_only         56/59/56   1/3/3     11/18/13     3/1/2     28/19/25   1/0/1
    postal_delivery             84/85/90   4/6/4     11/8/6       0/0/0     0/0/0      0/1/0
    mixed_abbreviations         95/94/95   3/5/2     1/1/2        0/0/0     1/1/0      0/0/0
    vehicle_registration        78/80/81   4/3/2     17/17/16     1/0/1     0/0/0      1/0/0
    household_move              20/20/17   34/35/39  0/0/0        23/23/25  22/21/17   0/0/0
    all (3,600)                 81.4/82.0/81.5  6.5/6.7/6.9  4.0/4.2/3.8  2.3/2.1/2.5  5.6/4.8/5.1  3/1/2

Confidently wrong (6 over the three seeds, each checked against the registers):

- `THON 4 / X PHUC LOC / T NGHE` (new Xã Phúc Lộc 17857 of Nghệ An, the province cut by the
  column) read as Xã Phúc Lộc 01894 of Thái Nguyên.
- `Mã tỉnh: 35; Tỉnh/TP: Hà Nam; Mã huyện: 347; Quận/Huyện: Phủ Lý; MaXa: 13459` (old Phường
  Thanh Tuyền, truth 13318 Phường Châu Sơn) read as Phường Hà Nam 13366: the province taken for
  the new ward of that name.
- `Mã tỉnh: 80; Tỉnh/TP: Long An; Mã huyện: 807; Quận/Huyện: Cần Giuộc; MaXa: 28177` (old Xã Mỹ
  Lộc, truth 28177) read as 28201 Xã Phước Vĩnh Tây.
- `Biển số: 38B1-107.58, ... Địa chỉ: TT Bảo Lạc, huyện Bảo Lạc, Tỉnh Cao Bằng, ... Nơi đăng ký:
  Công an huyện Bảo Lạc` (truth 01321 Xã Bảo Lạc) read as 01339 Xã Xuân Trường.
- `Người nhận: ... | Địa chỉ: 66/34 Hùng Vương, xã Phú Vang, thành phố Huế | Bưu cục phát: BC Phú
  Vang | Mã bưu chính: 872199` (new Xã Phú Vang 19942) read as 29077 Xã Lộc Thuận of Vĩnh Long.
- `DANG THI MAI / ... / X TOAN SON / H DA BAC / T HOA` (old Xã Toàn Sơn of Đà Bắc, Hòa Bình, truth
  04831 Xã Đà Bắc) read as 15274 Xã Hà Long of Thanh Hóa.

What is not right: a household's move (`Nơi thường trú: B. Nơi thường trú trước khi chuyển đến: A`
is flagged with A's successors only; `Đã chuyển hộ khẩu từ A về B` is unmatched), a code with only
the province (`MãĐVHC 11833, TP.Hải Phòng`: unmatched), three codes with the district named (the
commune's code not read: flagged with every successor of the district), a land certificate whose
address follows `tại` and precedes `. Diện tích` or an owner's `địa chỉ thường trú: cùng thôn`
(unmatched), a district's police office or post office after the address (`Nơi đăng ký: Công an
huyện X`, `Bưu cục phát: BC X`: flagged with the district's successors or with namesakes in other
provinces), a province's name cut by a bank's column (unmatched).
"""

from __future__ import annotations

import csv
import os
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "land_parcel",
    "enterprise_register",
    "institution_named",
    "school_enrolment",
    "bank_kyc",
    "village_of_old_commune",
    "new_form_with_old_district",
    "cadastral_code_only",
    "postal_delivery",
    "mixed_abbreviations",
    "vehicle_registration",
    "household_move",
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


# --- text keys -------------------------------------------------------------------------------

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def tone_split(syllable: str) -> tuple[str, str]:
    """A syllable without its tone mark, and the mark (empty for the level tone)."""
    nfd = unicodedata.normalize("NFD", syllable)
    tone = "".join(c for c in nfd if c in _TONE_MARKS)
    return _nfc("".join(c for c in nfd if c not in _TONE_MARKS)), tone


@cache
def name_key(text: str) -> str:
    """Case, spacing, apostrophe and tone placement aside: each syllable as its letters plus its tone."""
    text = _nfc(text).replace("\u2019", "'").lower()
    out = []
    for word in re.split(r"[\s\-]+", text.strip()):
        if word:
            base, tone = tone_split(word)
            out.append(base + tone)
    return " ".join(out)


def no_marks(text: str) -> str:
    """Without any mark, `đ` as `d`, upper case as written."""
    nfd = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return _nfc("".join(c for c in nfd if not unicodedata.combining(c)))


@cache
def bare_key(text: str) -> str:
    return " ".join(no_marks(text).replace("\u2019", "'").lower().split())


def retone(text: str, style: str) -> str:
    """`hòa` (style `old`) or `hoà` (style `new`): where the tone of an open oa / oe / uy sits."""
    words = []
    for word in text.split(" "):
        base, tone = tone_split(word)
        m = re.match(r"^(.*?)(o[ae]|uy)$", base, flags=re.IGNORECASE)
        if tone and m and not m.group(1).lower().endswith("q"):
            pos = len(m.group(1)) + (0 if style == "old" else 1)
            chars = list(base)
            chars[pos] = _nfc(chars[pos] + tone)
            word = "".join(chars)
        words.append(word)
    return " ".join(words)


def upper_plain(text: str) -> str:
    return no_marks(text).upper()


# --- registers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Old:
    code: str
    ctype: str
    short: str
    d_code: str
    d_type: str
    d_short: str
    p_code: str
    p_type: str
    p_short: str
    new_p: str


@dataclass(frozen=True)
class New:
    code: str
    ctype: str
    short: str
    p_code: str
    p_type: str
    p_short: str


@dataclass(frozen=True)
class Words:
    """What an address says: types are the register's type words, or None when not written."""

    ctype: str | None
    cname: str
    dtype: str | None = None
    dname: str | None = None
    pname: str | None = None
    marks: bool = True


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


class Registers:
    def __init__(self, ref: Path) -> None:
        dists = {r["district_code"]: r for r in _rows(ref / "old_districts.csv")}
        provs = {r["province_code"]: r for r in _rows(ref / "old_provinces.csv")}
        self.new_provs = {r["province_code"]: r for r in _rows(ref / "new_provinces.csv")}
        self.old_provs = provs
        self.old: dict[str, Old] = {}
        for r in _rows(ref / "old_units.csv"):
            p = provs[r["province_code"]]
            d = dists[r["district_code"]]
            self.old[r["commune_code"]] = Old(
                r["commune_code"],
                r["commune_type"],
                r["commune_short_name"],
                r["district_code"],
                d["district_type"],
                d["district_short_name"],
                r["province_code"],
                p["province_type"],
                p["province_short_name"],
                p["new_province_code"],
            )
        self.new: dict[str, New] = {}
        for r in _rows(ref / "new_units.csv"):
            p = self.new_provs[r["province_code"]]
            self.new[r["commune_code"]] = New(
                r["commune_code"],
                r["commune_type"],
                r["commune_short_name"],
                r["province_code"],
                p["province_type"],
                p["province_short_name"],
            )
        self.succ: dict[str, list[str]] = defaultdict(list)
        self.preds: dict[str, list[str]] = defaultdict(list)
        for r in _rows(ref / "commune_mapping.csv"):
            self.succ[r["old_commune_code"]].append(r["new_commune_code"])
            self.preds[r["new_commune_code"]].append(r["old_commune_code"])
        self.old_by_bare: dict[str, list[Old]] = defaultdict(list)
        for o in self.old.values():
            self.old_by_bare[bare_key(o.short)].append(o)
        self.new_by_bare: dict[str, list[New]] = defaultdict(list)
        for u in self.new.values():
            self.new_by_bare[bare_key(u.short)].append(u)
        self.old_list = sorted(self.old.values(), key=lambda o: o.code)
        self.new_list = sorted(self.new.values(), key=lambda u: u.code)
        self.by_district: dict[str, list[Old]] = defaultdict(list)
        for o in self.old_list:
            self.by_district[o.d_code].append(o)
        self.by_province_districts: dict[str, list[list[Old]]] = defaultdict(list)
        for _, olds in sorted(self.by_district.items()):
            self.by_province_districts[olds[0].p_code].append(olds)
        self.new_by_province: dict[str, list[New]] = defaultdict(list)
        for u in self.new_list:
            self.new_by_province[u.p_code].append(u)
        self.old_prov_of_new: dict[str, list[str]] = defaultdict(list)
        for code, p in sorted(provs.items()):
            self.old_prov_of_new[p["new_province_code"]].append(code)
        # every name of a unit in a province (old and new, communes and districts), without marks
        self.names_in_new_province: dict[str, set[str]] = defaultdict(set)
        for o in self.old_list:
            self.names_in_new_province[o.new_p].update({bare_key(o.short), bare_key(o.d_short)})
        for u in self.new_list:
            self.names_in_new_province[u.p_code].add(bare_key(u.short))
        self.all_names = {bare_key(o.short) for o in self.old_list} | {bare_key(u.short) for u in self.new_list}
        self.all_names |= {bare_key(o.d_short) for o in self.old_list}
        self.all_names |= {bare_key(p["province_short_name"]) for p in provs.values()}

    @staticmethod
    def _fits(written: str, registered: str, marks: bool) -> bool:
        if marks:
            return name_key(written) == name_key(registered)
        return bare_key(written) == bare_key(registered)

    @classmethod
    def _province_fits(cls, written: str, registered: str, marks: bool) -> bool:
        """A name cut short by a fixed-width column is written with a final `*`: its start fits."""
        if written.endswith("*"):
            return bare_key(registered).replace(" ", "").startswith(bare_key(written[:-1]).replace(" ", ""))
        return cls._fits(written, registered, marks)

    def old_provinces(self, pname: str, marks: bool, via_new: bool) -> set[str]:
        fits = self._province_fits
        found = {c for c, p in self.old_provs.items() if fits(pname, p["province_short_name"], marks)}
        if via_new:
            for c, p in self.new_provs.items():
                if fits(pname, p["province_short_name"], marks):
                    found.update(self.old_prov_of_new[c])
        return found

    def old_reading(self, w: Words, via_new: bool = False) -> list[Old]:
        """The old communes the words fit (province by its old name, or also by the new one)."""
        out = []
        provs = self.old_provinces(w.pname, w.marks, via_new) if w.pname else None
        for o in self.old_by_bare.get(bare_key(w.cname), []):
            if w.ctype and o.ctype != w.ctype:
                continue
            if not self._fits(w.cname, o.short, w.marks):
                continue
            if provs is not None and o.p_code not in provs:
                continue
            if w.dname is not None:
                if w.dtype and o.d_type != w.dtype:
                    continue
                if not self._fits(w.dname, o.d_short, w.marks):
                    continue
            out.append(o)
        return out

    def new_reading(self, w: Words, district_check: bool = False, via_old: bool = False) -> list[New]:
        """The new units the words fit; with `district_check`, only those with a predecessor in the
        district written; with `via_old`, in the new province an old province of that name went into."""
        out = []
        provs: set[str] | None = None
        if w.pname:
            fits = self._province_fits
            provs = {c for c, p in self.new_provs.items() if fits(w.pname, p["province_short_name"], w.marks)}
            if via_old:
                provs |= {self.old_provs[c]["new_province_code"] for c in self.old_provinces(w.pname, w.marks, False)}
        for u in self.new_by_bare.get(bare_key(w.cname), []):
            if w.ctype and u.ctype != w.ctype:
                continue
            if not self._fits(w.cname, u.short, w.marks):
                continue
            if provs is not None and u.p_code not in provs:
                continue
            if district_check and w.dname is not None:
                ok = False
                for oc in self.preds.get(u.code, []):
                    o = self.old[oc]
                    if self._fits(w.dname, o.d_short, w.marks) and (not w.dtype or o.d_type == w.dtype):
                        ok = True
                if not ok:
                    continue
            out.append(u)
        return out

    def successors(self, olds: Iterable[Old]) -> set[str]:
        return {c for o in olds for c in self.succ[o.code]}


def _sorted(codes: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(codes)))


def truth_old(reg: Registers, w: Words) -> tuple[set[str], set[str]]:
    """An old three-level address: the successors of what it names; also the new unit named so."""
    truth = reg.successors(reg.old_reading(w))
    also = set(truth) | {u.code for u in reg.new_reading(Words(w.ctype, w.cname, pname=w.pname, marks=w.marks))}
    return truth, also


def truth_new(reg: Registers, w: Words) -> tuple[set[str], set[str]]:
    """A new two-level address: the new unit named; also an old commune so named in an old
    province of the written name."""
    truth = {u.code for u in reg.new_reading(w)}
    also = set(truth) | reg.successors(reg.old_reading(Words(w.ctype, w.cname, pname=w.pname, marks=w.marks)))
    return truth, also


def truth_half(reg: Registers, w: Words) -> tuple[set[str], set[str]]:
    """A half-updated address: the new reading checked against the district, and the old reading
    with the province by its new name."""
    truth = {u.code for u in reg.new_reading(w, district_check=True, via_old=True)}
    truth |= reg.successors(reg.old_reading(w, via_new=True))
    also = set(truth) | {u.code for u in reg.new_reading(w, via_old=True)}
    return truth, also


# --- writing ---------------------------------------------------------------------------------

C_FORMS: dict[str, tuple[str, ...]] = {
    "xã": ("Xã", "xã", "X.", "x."),
    "phường": ("Phường", "phường", "P.", "p."),
    "thị trấn": ("Thị trấn", "thị trấn", "TT.", "TT", "Tt."),
    "đặc khu": ("Đặc khu", "đặc khu"),
}
D_FORMS: dict[str, tuple[str, ...]] = {
    "huyện": ("Huyện", "huyện", "H."),
    "quận": ("Quận", "quận", "Q."),
    "thị xã": ("Thị xã", "thị xã", "TX.", "TX"),
    "thành phố": ("Thành phố", "thành phố", "TP.", "TP"),
}
P_FORMS: dict[str, tuple[str, ...]] = {
    "tỉnh": ("Tỉnh", "tỉnh", "T.", ""),
    "thành phố": ("Thành phố", "thành phố", "TP.", "TP", ""),
}
ABBR_PLAIN = {"xã": "X", "phường": "P", "thị trấn": "TT", "đặc khu": "DK", "huyện": "H", "quận": "Q"}
ABBR_PLAIN |= {"thị xã": "TX", "thành phố": "TP", "tỉnh": "T"}

SURNAMES: tuple[str, ...] = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Ngô",
    "Dương",
)
MIDDLE: tuple[str, ...] = ("Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Hữu", "Xuân", "Quốc", "Thu")
GIVEN: tuple[str, ...] = (
    "An",
    "Bảo",
    "Chi",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hùng",
    "Khánh",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
)
GIVEN += ("Ngân", "Oanh", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Hiếu", "Nhung")
# given names of two syllables that are often units' names too (`Phạm Quang Trung`)
UNIT_GIVEN: tuple[str, ...] = (
    "Quang Trung",
    "Thành Công",
    "Tân Tiến",
    "Hòa Bình",
    "Minh Khai",
    "Thanh Bình",
    "Quyết Thắng",
)
UNIT_GIVEN += ("Tân Lập", "Đông Hưng", "Hưng Thịnh", "Phú Thịnh", "An Bình", "Vĩnh Phúc", "Trung Hòa", "Hợp Thành")
PERSONS: tuple[str, ...] = (
    "Nguyễn Du",
    "Lê Quý Đôn",
    "Chu Văn An",
    "Nguyễn Bỉnh Khiêm",
    "Trần Quốc Toản",
    "Võ Thị Sáu",
    "Kim Đồng",
)
PERSONS += ("Lương Thế Vinh", "Nguyễn Khuyến", "Phan Đình Phùng", "Lý Tự Trọng", "Tô Hiệu", "Nguyễn Viết Xuân")
PERSONS += ("Trần Phú", "Quang Trung", "Lê Lợi", "Hoàng Văn Thụ", "Nguyễn Trãi", "Lê Hồng Phong", "Hai Bà Trưng")
STREETS: tuple[str, ...] = (
    "Trần Hưng Đạo",
    "Lê Lợi",
    "Nguyễn Huệ",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Nguyễn Trãi",
    "Hùng Vương",
)
STREETS += ("Lê Duẩn", "Phan Chu Trinh", "Nguyễn Văn Cừ", "Điện Biên Phủ", "Ngô Quyền", "Bà Triệu", "Lê Thánh Tông")
STREETS += ("Nguyễn Thị Minh Khai", "Phạm Văn Đồng", "Võ Văn Kiệt", "Tôn Đức Thắng", "Trường Chinh", "Nguyễn Chí Thanh")


def person(rng: random.Random, unit_given: float = 0.0) -> str:
    if rng.random() < unit_given:
        return f"{rng.choice(SURNAMES)} {rng.choice(UNIT_GIVEN)}"
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def date(rng: random.Random, y0: int, y1: int) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(y0, y1)}"


def hamlet(rng: random.Random, ctype: str, p_code: str) -> str:
    south = int(p_code) >= 70
    if ctype == "xã":
        word = rng.choice(("Ấp", "Ấp", "Tổ") if south else ("Thôn", "Xóm", "Thôn", "Đội"))
    else:
        word = rng.choice(("Khu phố", "Tổ", "Tổ dân phố", "Khóm") if south else ("Tổ", "Tổ dân phố", "Khu", "Khối"))
    return f"{word} {rng.randint(1, 18)}"


def typed(rng: random.Random, forms: dict[str, tuple[str, ...]], kind: str, name: str) -> str:
    word = rng.choice(forms[kind])
    if not word:
        return name
    if word.endswith(".") and rng.random() < 0.5:
        return f"{word}{name}"
    return f"{word} {name}"


class Builder:
    def __init__(self, reg: Registers, rng: random.Random) -> None:
        self.reg = reg
        self.rng = rng
        self.streets_cache: dict[str, tuple[str, ...]] = {}

    def old_unit(self) -> Old:
        return self.rng.choice(self.reg.old_list)

    def new_unit(self) -> New:
        return self.rng.choice(self.reg.new_list)

    def streets(self, new_p: str) -> tuple[str, ...]:
        """Streets whose names are no unit's name in the province."""
        if new_p not in self.streets_cache:
            names = self.reg.names_in_new_province[new_p]
            self.streets_cache[new_p] = tuple(s for s in STREETS if bare_key(s) not in names)
        return self.streets_cache[new_p]

    def old_text(self, o: Old, sep: str = ", ", house: float = 0.6, plain: bool = False) -> tuple[str, Words]:
        rng = self.rng
        parts = []
        if rng.random() < house:
            parts.append(hamlet(rng, o.ctype, o.p_code))
        if plain:
            parts += [
                f"{ABBR_PLAIN[o.ctype]} {upper_plain(o.short)}",
                f"{ABBR_PLAIN[o.d_type]} {upper_plain(o.d_short)}",
                f"{ABBR_PLAIN[o.p_type]} {upper_plain(o.p_short)}",
            ]
        else:
            parts += [
                typed(rng, C_FORMS, o.ctype, o.short),
                typed(rng, D_FORMS, o.d_type, o.d_short),
                typed(rng, P_FORMS, o.p_type, o.p_short),
            ]
        w = Words(o.ctype, o.short, o.d_type, o.d_short, o.p_short, marks=not plain)
        return sep.join(parts), w

    def new_text(self, u: New, sep: str = ", ", house: float = 0.6, plain: bool = False) -> tuple[str, Words]:
        rng = self.rng
        parts = []
        if rng.random() < house:
            parts.append(hamlet(rng, u.ctype, u.p_code))
        if plain:
            parts += [
                f"{ABBR_PLAIN[u.ctype]} {upper_plain(u.short)}",
                f"{ABBR_PLAIN[u.p_type]} {upper_plain(u.p_short)}",
            ]
        else:
            parts += [typed(rng, C_FORMS, u.ctype, u.short), typed(rng, P_FORMS, u.p_type, u.p_short)]
        return sep.join(parts), Words(u.ctype, u.short, pname=u.p_short, marks=not plain)

    def any_text(self, new_share: float, sep: str = ", ", house: float = 0.6) -> tuple[str, set[str], set[str], str]:
        """An old or a new address, with its truth, `also_named` and a note (`old CODE` / `new CODE`)."""
        if self.rng.random() < new_share:
            u = self.new_unit()
            text, w = self.new_text(u, sep, house)
            truth, also = truth_new(self.reg, w)
            return text, truth, also, f"new {u.code}"
        o = self.old_unit()
        text, w = self.old_text(o, sep, house)
        truth, also = truth_old(self.reg, w)
        return text, truth, also, f"old {o.code}"

    def unit_of(self, note: str) -> Old | New:
        kind, code = _note_unit(note)
        return self.reg.old[code] if kind == "old" else self.reg.new[code]

    def other_names(self, new_p: str, k: int) -> list[str]:
        """Names of communes or districts of the province, for things named after places."""
        pool = [o for p in self.reg.old_prov_of_new[new_p] for d in self.reg.by_province_districts[p] for o in d]
        names = sorted(
            {o.short for o in pool if not o.short.isdigit()} | {o.d_short for o in pool if not o.d_short.isdigit()}
        )
        return self.rng.sample(names, min(k, len(names)))


def _case(family: str, address: str, truth: set[str], also: set[str], note: str) -> Case | None:
    if not truth:
        return None  # the words fit no unit: a slip of the writer's, not a case
    return Case(family, address, _sorted(truth), _sorted(also | truth), note)


# --- families --------------------------------------------------------------------------------


def gen_land(b: Builder) -> Case | None:
    rng = b.rng
    text, truth, also, note = b.any_text(0.35, sep=rng.choice((", ", ", ", " - ")), house=0.8)
    unit = b.unit_of(note)
    urban = unit.ctype != "xã"
    if rng.random() < 0.3:
        field = rng.choice(FIELDS)
        text = f"xứ đồng {field}, {text}" if unit.ctype == "xã" else f"ngõ {field}, {text}"
    use = rng.choice(
        ("Đất ở tại đô thị (ODT)",)
        if urban
        else ("Đất ở tại nông thôn (ONT)", "Đất trồng lúa (LUC)", "Đất trồng cây lâu năm (CLN)")
    )
    area = f"{rng.randint(40, 2500)},{rng.randint(0, 9)} m²" if rng.random() < 0.7 else f"{rng.randint(40, 900)}m2"
    parcel = f"Thửa đất số {rng.randint(1, 900)}, tờ bản đồ số {rng.randint(1, 60)}"
    cert = f"GCN QSDĐ số {rng.choice(('CS', 'CH', 'BX', 'CT', 'DE'))} {rng.randint(0, 99999):05d}"
    if isinstance(unit, Old):
        office = (
            f"UBND {unit.d_type} {unit.d_short}" if rng.random() < 0.5 else f"Sở TN&MT {unit.p_type} {unit.p_short}"
        )
    else:
        office = f"Sở NN&MT {unit.p_type} {unit.p_short}" if rng.random() < 0.5 else f"UBND {unit.ctype} {unit.short}"
    owner = f"{rng.choice(('Ông', 'Bà', 'Hộ ông', 'Hộ bà'))} {person(rng, 0.3)}, sinh năm {rng.randint(1940, 1995)}"
    shape = rng.randrange(5)
    if shape == 4:
        address = (
            f"Người sử dụng đất: {owner}, địa chỉ thường trú: cùng {rng.choice(('thôn', 'xóm', 'tổ', 'khu'))}; "
            f"{parcel}; Địa chỉ thửa đất: {text}; Nơi cấp: {office}"
        )
    elif shape == 0:
        address = f"{parcel}; Địa chỉ thửa đất: {text}; Diện tích: {area}; Mục đích sử dụng: {use}"
    elif shape == 1:
        address = f"{cert}, {parcel}, tại {text}. Diện tích {area}, {use}"
    elif shape == 2:
        address = (
            f"Số vào sổ cấp GCN: {rng.choice(('CH', 'CS'))}{rng.randint(1, 9999):05d} | {parcel} | {text} | {area}"
        )
    else:
        address = f"Thửa {rng.randint(1, 900)} TBĐ {rng.randint(1, 60)} ({area}) - {text} - {use}"
    return _case("land_parcel", address, truth, also, note)


# field and lane names of land registers, none a unit's name (checked when loading)
FIELDS = ("Cửa Đình", "Bãi Lau", "Gò Mả Ông", "Đồng Chằm", "Ao Cá", "Ruộng Trũng", "Cồn Bãi", "Đầm Sen", "Vườn Quan")


TOWERS = ("Sông Đà", "Vincom", "Sao Mai", "Hoàng Gia", "Thành Đạt")
COMPANY_KIND: tuple[str, ...] = (
    "Công ty TNHH",
    "Công ty TNHH MTV",
    "Công ty Cổ phần",
    "Công ty CP",
    "Doanh nghiệp tư nhân",
)
COMPANY_TRADE: tuple[str, ...] = (
    "Thương mại",
    "Xây dựng",
    "Đầu tư và Phát triển",
    "Vận tải",
    "Thương mại và Dịch vụ",
    "Nông sản",
)
COMPANY_TRADE += ("Cơ khí", "Xuất nhập khẩu", "Dược phẩm", "Môi trường")


def gen_enterprise(b: Builder) -> Case | None:
    rng = b.rng
    reg = b.reg
    text, truth, also, note = b.any_text(0.45, house=0.0)
    # the company's place: another province, or a commune's name from another province
    if rng.random() < 0.6:
        place = rng.choice(list(reg.old_provs.values()))["province_short_name"]
    else:
        place = b.old_unit().short
        if place.isdigit():
            place = b.old_unit().d_short
    if bare_key(place) and bare_key(place) in bare_key(text):
        place = "Hoàng Long"
    company = f"{rng.choice(COMPANY_KIND)} {rng.choice(COMPANY_TRADE)} {place}"
    if rng.random() < 0.4:
        company = company.upper()
    # industrial parks are named after a district or commune of the province, rarely the address's own
    park = rng.choice([*b.other_names(_prov_of(reg, note), 2), "Đông Nam", "Phía Bắc"])
    mst = f"{rng.randint(1, 9999999999):010d}"
    if rng.random() < 0.3:
        mst += f"-{rng.randint(1, 20):03d}"
    lead = rng.choice(
        (
            f"Lô {rng.choice('ABCDE')}{rng.randint(1, 30)}, KCN {park}",
            f"Nhà xưởng số {rng.randint(1, 9)}, Khu công nghiệp {park}",
            f"Tầng {rng.randint(2, 25)}, tòa nhà {rng.choice(TOWERS)}",
            f"Số {rng.randint(1, 300)} đường {rng.choice(b.streets(_prov_of(reg, note)) or ('số 5',))}",
            f"Cụm công nghiệp số {rng.randint(1, 4)}",
            "",
        )
    )
    addr = f"{lead}, {text}" if lead else text
    shape = rng.randrange(4)
    if shape == 0:
        address = f"{company}; MST: {mst}; Địa chỉ trụ sở chính: {addr}"
    elif shape == 1:
        address = f"Tên doanh nghiệp: {company} - Mã số doanh nghiệp: {mst} - Địa chỉ: {addr}"
    elif shape == 2:
        address = f"Chi nhánh {company} tại {_prov_name_of(reg, note)}, MST {mst}, địa chỉ: {addr}"
    else:
        address = f"{mst} | {company} | {addr} | Đang hoạt động"
    return _case("enterprise_register", address, truth, also, note)


def _note_unit(note: str) -> tuple[str, str]:
    m = re.match(r"(old|new) (\d{5})", note)
    assert m, note
    return m.group(1), m.group(2)


def _prov_of(reg: Registers, note: str) -> str:
    kind, code = _note_unit(note)
    return reg.new[code].p_code if kind == "new" else reg.old[code].new_p


def _prov_name_of(reg: Registers, note: str) -> str:
    kind, code = _note_unit(note)
    return reg.new[code].p_short if kind == "new" else reg.old[code].p_short


INSTITUTIONS: tuple[str, ...] = (
    "Trường THCS",
    "Trường Tiểu học",
    "Trường Mầm non",
    "Trường THPT",
    "Chợ",
    "Chùa",
    "HTX nông nghiệp",
)
INSTITUTIONS += ("Nhà văn hóa", "Trạm Y tế", "Quỹ tín dụng nhân dân")


def gen_institution(b: Builder) -> Case | None:
    rng = b.rng
    reg = b.reg
    o = b.old_unit()
    new_form = rng.random() < 0.4
    where = f"old {o.code}"
    if new_form:
        u = reg.new[rng.choice(reg.succ[o.code])]
        text, w = b.new_text(u, house=0.3)
        truth, also = truth_new(reg, w)
        where = f"new {u.code} (old {o.code})"
    else:
        text, w = b.old_text(o, house=0.3)
        truth, also = truth_old(reg, w)
    neighbours = [x for x in reg.by_district[o.d_code] if x.code != o.code and not x.short.isdigit()]
    kind = rng.choice(INSTITUTIONS)
    pick = rng.random()
    if pick < 0.3 or not neighbours:
        what = rng.choice(PERSONS)
        inst = f"{kind} {what}"
        note = "named after a person"
    elif pick < 0.55:
        inst = f"{kind} {o.ctype} {o.short}" if kind.startswith(("Trường", "Trạm")) else f"{kind} {o.short}"
        note = "named after its own commune"
        if kind.startswith(("Trường", "Trạm")):
            also |= reg.successors([o])
    else:
        x = rng.choice(neighbours)
        if kind.startswith(("Trường", "Trạm")):
            inst = f"{kind} {x.ctype} {x.short}"
            also |= reg.successors([x])  # the type word names that commune
        else:
            inst = f"{kind} {x.short}"
        note = f"named after neighbour {x.code}"
    if rng.random() < 0.3:
        inst = inst.upper()
    address = rng.choice((f"{inst}, {text}", f"{inst} - {text}", f"{inst} ({text})", f"{inst}. Địa chỉ: {text}"))
    return _case("institution_named", address, truth, also, f"{where}; {note}")


def gen_school(b: Builder) -> Case | None:
    rng = b.rng
    reg = b.reg
    text, truth, also, note = b.any_text(0.45, house=0.7)
    birth_o = b.old_unit()
    shape = rng.randrange(4)
    if shape == 0:
        birth = f"{typed(rng, P_FORMS, birth_o.p_type, birth_o.p_short)}".strip()
    elif shape == 1:
        birth = f"Bệnh viện Sản Nhi {birth_o.p_short}"
    elif shape == 2:
        district = typed(rng, D_FORMS, birth_o.d_type, birth_o.d_short)
        birth = f"{district}, {typed(rng, P_FORMS, birth_o.p_type, birth_o.p_short)}"
    else:
        btext, bw = b.old_text(birth_o, house=0.0)
        birth = btext
        bt, _ = truth_old(reg, bw)
        also |= bt  # a birthplace down to its commune names that commune
    grade = rng.randint(1, 12)
    klass = f"{grade}A{rng.randint(1, 9)}" if rng.random() < 0.6 else f"{grade}/{rng.randint(1, 9)}"
    father = person(rng, 0.6)
    mother = person(rng, 0.3)
    label = rng.choice(("Hộ khẩu thường trú", "HKTT", "Nơi thường trú", "Địa chỉ thường trú", "Chỗ ở hiện nay"))
    fields = [
        f"Họ và tên: {person(rng)}",
        f"Ngày sinh: {date(rng, 2008, 2019)}",
        f"Nơi sinh: {birth}",
        f"Lớp: {klass}",
        f"Họ tên cha: {father}",
        f"Họ tên mẹ: {mother}",
        f"{label}: {text}",
    ]
    if rng.random() < 0.4:
        fields = [*fields[:2], fields[6], *fields[2:6]]
    address = rng.choice(("; ", " | ", "\n", ". ")).join(fields)
    return _case("school_enrolment", address, truth, also, note)


PROVINCE_KEYS = {"01": ("HN", "TP HN"), "79": ("HCM", "TP HCM", "TPHCM", "TP.HCM")}


def gen_kyc(b: Builder) -> Case | None:
    rng = b.rng
    reg = b.reg
    sep = rng.choice((";", "; ", "|", "/", " / ", ","))
    full = rng.random() < 0.3  # the type words in full, without marks
    words = {"TT": "THI TRAN", "TX": "THI XA", "TP": "THANH PHO", "P": "PHUONG", "X": "XA", "H": "HUYEN"}
    words |= {"Q": "QUAN", "T": "TINH", "DK": "DAC KHU"}

    def unit(kind: str, name: str) -> str:
        abbr = ABBR_PLAIN[kind]
        return f"{words[abbr] if full else abbr} {upper_plain(name)}"

    if rng.random() < 0.4:
        u = b.new_unit()
        if u.short.isdigit():
            return None
        parts = [unit(u.ctype, u.short)]
        ptype, pshort, pcode, note = u.p_type, u.p_short, u.p_code, f"new {u.code}"
        w = Words(u.ctype, u.short, marks=False)
    else:
        o = b.old_unit()
        parts = [unit(o.ctype, o.short), unit(o.d_type, o.d_short)]
        ptype, pshort, pcode, note = o.p_type, o.p_short, o.p_code, f"old {o.code}"
        w = Words(o.ctype, o.short, o.d_type, o.d_short, marks=False)
    pwritten = pshort
    cut = rng.random() < 0.2
    if pcode in PROVINCE_KEYS and rng.random() < 0.6:
        parts.append(rng.choice(PROVINCE_KEYS[pcode]))
        cut = False
    elif cut:
        # a fixed-width column cuts the province's name
        plain = upper_plain(pshort)
        keep = rng.randint(1, len(plain) - 1)
        parts.append(f"{ABBR_PLAIN[ptype]} {plain[:keep].rstrip()}")
        pwritten = plain[:keep].rstrip() + "*"
        note += f"; province cut to {plain[:keep]!r}"
    else:
        parts.append(unit(ptype, pshort))
    w = Words(w.ctype, w.cname, w.dtype, w.dname, pwritten, marks=False)
    text = sep.join(parts)
    truth, also = truth_new(reg, w) if note.startswith("new") else truth_old(reg, w)
    house = rng.choice(
        (
            f"{rng.randint(1, 200)}/{rng.randint(1, 40)}{rng.choice(('A', 'B', ''))}",
            f"SO {rng.randint(1, 99)} NGO {rng.randint(1, 300)}/{rng.randint(1, 60)}",
            f"{rng.randint(1, 99)} {upper_plain(rng.choice(b.streets(_prov_of(reg, note)) or ('HOANG LONG',)))}",
            f"THON {rng.randint(1, 15)}",
            f"TO {rng.randint(1, 30)}",
        )
    )
    name = upper_plain(person(rng))
    idno = f"0{rng.randint(1, 96):02d}{rng.randint(0, 3)}{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}"
    shape = rng.randrange(3)
    if shape == 0:
        address = f"{name}{sep}{idno}{sep}{house}{sep}{text}"
    elif shape == 1:
        address = f"{house}{sep}{text}"
    else:
        address = f"CIF {rng.randint(10**7, 10**8 - 1)}{sep}{name}{sep}DC: {house} {text}{sep}VN"
    return _case("bank_kyc", address, truth, also, note)


def gen_village(b: Builder) -> Case | None:
    rng = b.rng
    reg = b.reg
    u = b.new_unit()
    preds = [reg.old[c] for c in reg.preds.get(u.code, [])]
    preds = [o for o in preds if bare_key(o.short) != bare_key(u.short) and not o.short.isdigit()]
    if not preds:
        return None
    y = rng.choice(preds)
    words = Words(u.ctype, u.short, pname=u.p_short)
    truth, also = truth_new(reg, words)
    cw = typed(rng, C_FORMS, u.ctype, u.short)
    pw = typed(rng, P_FORMS, u.p_type, u.p_short)
    yw = f"{y.ctype} {y.short}"
    named_y = reg.successors(reg.old_reading(Words(y.ctype, y.short, pname=u.p_short), via_new=True))
    shape = rng.randrange(6)
    vill = "Thôn" if y.ctype == "xã" else "Khu phố"
    if shape == 0:
        address = f"{vill} {y.short}, {cw}, {pw}"
    elif shape == 1:
        address = f"{hamlet(rng, u.ctype, u.p_code)}, {cw} (trước là {yw}), {pw}"
        also |= named_y
    elif shape == 2:
        address = f"{vill} {rng.choice(('Đông', 'Tây', 'Nam', 'Bắc', 'Trung'))} {y.short}, {cw}, {pw}"
    elif shape == 3:
        address = f"{yw} cũ nay là {cw}, {pw}"
        also |= named_y
    elif shape == 4:
        address = f"{hamlet(rng, u.ctype, u.p_code)} {y.short}, {cw}, {pw}"
    else:
        address = f"{vill} {y.short} ({yw} cũ), {cw}, {pw}"
        also |= named_y
    return _case("village_of_old_commune", address, truth, also, f"new {u.code} via old {y.code}")


def gen_half(b: Builder) -> Case | None:
    rng = b.rng
    reg = b.reg
    shape = rng.randrange(4)
    if shape in (0, 1):
        u = b.new_unit()
        preds = [reg.old[c] for c in reg.preds.get(u.code, [])]
        if not preds:
            return None
        o = rng.choice(preds)
        old_prov = shape == 1 and o.p_short != u.p_short
        pw = typed(rng, P_FORMS, o.p_type, o.p_short) if old_prov else typed(rng, P_FORMS, u.p_type, u.p_short)
        w = Words(u.ctype, u.short, o.d_type, o.d_short, o.p_short if old_prov else u.p_short)
        parts = [typed(rng, C_FORMS, u.ctype, u.short), typed(rng, D_FORMS, o.d_type, o.d_short), pw]
        note = f"new {u.code} with old district {o.d_code}" + (" and old province" if old_prov else "")
    else:
        o = b.old_unit()
        u = reg.new[reg.succ[o.code][0]]
        with_district = shape == 3
        w = Words(
            o.ctype, o.short, o.d_type if with_district else None, o.d_short if with_district else None, u.p_short
        )
        parts = [typed(rng, C_FORMS, o.ctype, o.short)]
        if with_district:
            parts.append(typed(rng, D_FORMS, o.d_type, o.d_short))
        parts.append(typed(rng, P_FORMS, u.p_type, u.p_short))
        note = f"old {o.code} with the new province" + (" and its district" if with_district else "")
    if rng.random() < 0.6:
        parts.insert(0, hamlet(rng, w.ctype or "xã", u.p_code))
    truth, also = truth_half(reg, w)
    address = rng.choice((", ", ", ", " - ")).join(parts)
    return _case("new_form_with_old_district", address, truth, also, note)


def _code_label(rng: random.Random, code: str) -> str:
    return rng.choice(
        (f"mã xã {code}", f"MãĐVHC: {code}", f"Mã ĐVHC: {code}", f"[{code}]", f"({code})", f"mã {code}", f"{code} -")
    )


def _with_code(label: str, unit: str) -> str:
    if label.endswith("-") or label.startswith("["):
        return f"{label} {unit}"
    if label.startswith("("):
        return f"{unit} {label}"
    return f"{unit} ({label})"


def gen_code(b: Builder) -> Case | None:
    rng = b.rng
    reg = b.reg
    shape = rng.randrange(5)
    if shape == 0:  # an old unit, its code beside its name
        o = b.old_unit()
        lab = _code_label(rng, o.code)
        c = _with_code(lab, typed(rng, C_FORMS, o.ctype, o.short))
        address = f"{c}, {typed(rng, D_FORMS, o.d_type, o.d_short)}, {typed(rng, P_FORMS, o.p_type, o.p_short)}"
        truth, also = truth_old(reg, Words(o.ctype, o.short, o.d_type, o.d_short, o.p_short))
        if o.code in reg.new and reg.new[o.code].p_code == o.new_p:
            also.add(o.code)
        note = f"old {o.code} named"
    elif shape == 1:  # a new unit, its code beside its name
        u = b.new_unit()
        lab = _code_label(rng, u.code)
        c = _with_code(lab, typed(rng, C_FORMS, u.ctype, u.short))
        address = f"{c}, {typed(rng, P_FORMS, u.p_type, u.p_short)}"
        truth, also = truth_new(reg, Words(u.ctype, u.short, pname=u.p_short))
        if u.code in reg.old and reg.old[u.code].new_p == u.p_code:
            also |= set(reg.succ[u.code])
        note = f"new {u.code} named"
    elif shape == 2:  # old codes of all three levels, names of the district and province
        o = b.old_unit()
        address = (
            f"Mã tỉnh: {o.p_code}; Tỉnh/TP: {o.p_short}; Mã huyện: {o.d_code}; Quận/Huyện: {o.d_short}; "
            f"{rng.choice(('Mã xã', 'Mã ĐVHC cấp xã', 'MaXa'))}: {o.code}"
        )
        truth = set(reg.succ[o.code])
        also = set(truth)
        if o.code in reg.new and reg.new[o.code].p_code == o.new_p:
            also.add(o.code)
        note = f"old {o.code} by code, district written"
    else:  # a code with only the province (old name in shape 3, new in shape 4)
        if shape == 3:
            o = b.old_unit()
            code, pname, ptype = o.code, o.p_short, o.p_type
        else:
            u = b.new_unit()
            code, pname, ptype = u.code, u.p_short, u.p_type
        old_p = reg.old_provinces(pname, True, True)
        new_p = {c for c, p in reg.new_provs.items() if name_key(p["province_short_name"]) == name_key(pname)}
        new_p |= {reg.old_provs[c]["new_province_code"] for c in reg.old_provinces(pname, True, False)}
        truth = set()
        if code in reg.old and reg.old[code].p_code in old_p:
            truth |= set(reg.succ[code])
        if code in reg.new and reg.new[code].p_code in new_p:
            truth.add(code)
        also = set(truth)
        lab = rng.choice((f"Mã xã: {code}", f"MãĐVHC {code}", f"mã ĐVHC cấp xã {code}"))
        address = (
            f"{lab}, {typed(rng, P_FORMS, ptype, pname)}"
            if rng.random() < 0.6
            else f"{typed(rng, P_FORMS, ptype, pname)} - {lab}"
        )
        note = f"code {code} with province only ({'old' if shape == 3 else 'new'})"
    return _case("cadastral_code_only", address, truth, also, note)


def gen_postal(b: Builder) -> Case | None:
    rng = b.rng
    reg = b.reg
    text, truth, also, note = b.any_text(0.5, house=0.5)
    street = rng.choice(b.streets(_prov_of(reg, note)) or ("Hoàng Long",))
    lead = rng.choice((f"Số {rng.randint(1, 300)} {street}", f"{rng.randint(1, 99)}/{rng.randint(1, 40)} {street}", ""))
    addr = f"{lead}, {text}" if lead else text
    if rng.random() < 0.35:
        # two lines: the street on the first, the units on the second
        pieces = addr.split(", ")
        cut = rng.randint(1, max(1, len(pieces) - 1))
        addr = ", ".join(pieces[:cut]) + "\n" + ", ".join(pieces[cut:])
    phone = f"0{rng.choice((9, 8, 3, 7))}{rng.randint(0, 99999999):08d}"
    if rng.random() < 0.4:
        phone = phone[:4] + rng.choice(("xxx", "***", ".")) + phone[-3:]
    kind, code = _note_unit(note)
    post_office = f"BC {reg.old[code].d_short}" if kind == "old" else f"BC {reg.new[code].short}"
    postcode = f"{rng.randint(10, 99)}{rng.randint(0, 9999):04d}"
    fields = [f"Người nhận: {person(rng)}", f"ĐT: {phone}", f"Địa chỉ: {addr}"]
    if rng.random() < 0.5:
        fields.append(f"Bưu cục phát: {post_office}")
    if rng.random() < 0.5:
        fields.append(f"Mã bưu chính: {postcode}")
    if rng.random() < 0.4:
        fields.append(f"Mã vận đơn: {rng.choice(('EB', 'EE', 'CP', 'RR'))}{rng.randint(10**8, 10**9 - 1)}VN")
    if rng.random() < 0.3:
        fields.append(f"COD: {rng.randint(50, 900)}.000đ")
    address = rng.choice(("\n", " - ", "; ", " | ")).join(fields)
    return _case("postal_delivery", address, truth, also, note)


MIXED_C = {
    "xã": ("Xa", "Xa ", "X ", "X.", "x.", "xa"),
    "phường": ("Ph.", "Ph ", "P ", "P.", "Phuong", "F."),
    "thị trấn": ("Thi tran", "T.T", "T.Tr.", "TT ", "Tt", "thi tran"),
    "đặc khu": ("Dac khu", "ĐK."),
}
MIXED_D = {
    "huyện": ("H.", "H ", "Huyen", "h."),
    "quận": ("Q.", "Q ", "Quan", "q."),
    "thị xã": ("Tx.", "TX ", "T.X", "Thi xa", "Tx"),
    "thành phố": ("T.P", "Tp", "Tp.", "TP ", "T.Phố", "Thanh pho"),
}
MIXED_P = {"tỉnh": ("T.", "Tinh", "T ", "t.", ""), "thành phố": ("T.P", "Tp", "Tp.", "Thanh pho", "T.Phố", "")}


def _mixed(rng: random.Random, forms: dict[str, tuple[str, ...]], kind: str, name: str) -> str:
    word = rng.choice(forms[kind])
    if not word:
        return name
    if word.endswith(" "):
        return word + name
    if word.endswith(".") or word in ("Tp", "TP", "Tx", "TX", "TT", "Tt"):
        return word + rng.choice(("", " ")) + name
    return f"{word} {name}"


def gen_mixed(b: Builder) -> Case | None:
    rng = b.rng
    reg = b.reg
    style = rng.choice(("old", "new"))
    if rng.random() < 0.4:
        u = b.new_unit()
        w = Words(u.ctype, u.short, pname=u.p_short)
        parts = [
            _mixed(rng, MIXED_C, u.ctype, retone(u.short, style)),
            _mixed(rng, MIXED_P, u.p_type, retone(u.p_short, style)),
        ]
        truth, also = truth_new(reg, w)
        note = f"new {u.code}"
        ctype, pc = u.ctype, u.p_code
    else:
        o = b.old_unit()
        w = Words(o.ctype, o.short, o.d_type, o.d_short, o.p_short)
        parts = [
            _mixed(rng, MIXED_C, o.ctype, retone(o.short, style)),
            _mixed(rng, MIXED_D, o.d_type, retone(o.d_short, style)),
            _mixed(rng, MIXED_P, o.p_type, retone(o.p_short, style)),
        ]
        truth, also = truth_old(reg, w)
        note = f"old {o.code}"
        ctype, pc = o.ctype, o.p_code
    if rng.random() < 0.5:
        parts.insert(0, hamlet(rng, ctype, pc))
    address = rng.choice((", ", ",", " , ", " - ", ". ")).join(parts)
    return _case("mixed_abbreviations", address, truth, also, f"{note}; tone {style}")


PLATE_SERIES = ("A", "B", "C", "D", "E", "F", "G", "H", "K", "L")


def gen_vehicle(b: Builder) -> Case | None:
    rng = b.rng
    text, truth, also, note = b.any_text(0.4, house=0.6)
    area = rng.randint(11, 99)
    series = f"{rng.choice(PLATE_SERIES)}{rng.choice(('', '1', '2'))}"
    plate = f"{area}{series}-{rng.randint(100, 999)}.{rng.randint(0, 99):02d}"
    if rng.random() < 0.3:
        plate = f"{rng.randint(11, 99)}-{rng.choice(PLATE_SERIES)}{rng.randint(1, 9)} {rng.randint(1000, 99999)}"
    engine = f"{rng.choice(('JC', 'JF', 'HC', 'KF'))}{rng.randint(10, 99)}E{rng.randint(1000000, 9999999)}"
    frame = f"RL{rng.choice(('HJC', 'CJF', 'HKF'))}{rng.randint(10**9, 10**10 - 1)}"
    unit = b.unit_of(note)
    if isinstance(unit, Old) and rng.random() < 0.5:
        # motorbikes were registered by the district's police until 2023
        office = f"Công an {unit.d_type} {unit.d_short}"
    else:
        office = f"Phòng CSGT Công an {'tỉnh' if unit.p_type == 'tỉnh' else 'TP'} {unit.p_short}"
    fields = [
        f"Biển số: {plate}",
        f"Chủ xe: {person(rng).upper() if rng.random() < 0.5 else person(rng)}",
        f"Địa chỉ: {text}",
        f"Nhãn hiệu: {rng.choice(('HONDA', 'YAMAHA', 'SUZUKI', 'TOYOTA', 'VINFAST'))}",
        f"Số máy: {engine}",
        f"Số khung: {frame}",
    ]
    if rng.random() < 0.5:
        fields.append(f"Nơi đăng ký: {office}")
    if rng.random() < 0.4:
        fields.append(f"Ngày đăng ký: {date(rng, 2025, 2026) if isinstance(unit, New) else date(rng, 2005, 2022)}")
    address = rng.choice(("; ", " | ", "\n", ", ")).join(fields)
    return _case("vehicle_registration", address, truth, also, note)


def gen_move(b: Builder) -> Case | None:
    """A household register's move: where the household came from, and where it lives now."""
    rng = b.rng
    here, truth, also, note = b.any_text(0.4, house=0.7)
    there, there_truth, _, there_note = b.any_text(0.3 if note.startswith("new") else 0.0, house=0.5)
    also |= there_truth  # the former residence is a designation of its own, only not the answer
    day = date(rng, 2025, 2026) if note.startswith("new") else date(rng, 2008, 2024)
    shape = rng.randrange(4)
    if shape == 0:
        address = f"Nơi thường trú: {here}. Nơi thường trú trước khi chuyển đến: {there}"
    elif shape == 1:
        address = f"Chuyển đến ngày {day} từ {there}; nơi thường trú hiện nay: {here}"
    elif shape == 2:
        address = f"Họ tên chủ hộ: {person(rng, 0.3)} | Địa chỉ: {here} | Chuyển đi từ: {there} | Ngày: {day}"
    else:
        address = f"Đã chuyển hộ khẩu từ {there} về {here} ngày {day}"
    return _case("household_move", address, truth, also, f"{note}; from {there_note}")


def generate(n: int, seed: int, reference_dir: Path | None = None) -> list[Case]:
    """`n` addresses per family, reproducible from `seed` whatever the string hash seed."""
    reg = Registers(reference_dir or _default_reference())
    makers: dict[str, Callable[[Builder], Case | None]] = {
        "land_parcel": gen_land,
        "enterprise_register": gen_enterprise,
        "institution_named": gen_institution,
        "school_enrolment": gen_school,
        "bank_kyc": gen_kyc,
        "village_of_old_commune": gen_village,
        "new_form_with_old_district": gen_half,
        "cadastral_code_only": gen_code,
        "postal_delivery": gen_postal,
        "mixed_abbreviations": gen_mixed,
        "vehicle_registration": gen_vehicle,
        "household_move": gen_move,
    }
    cases: list[Case] = []
    for i, family in enumerate(FAMILIES):
        b = Builder(reg, random.Random(seed * 1019 + i))
        made: list[Case] = []
        while len(made) < n:
            case = makers[family](b)
            if case is not None:
                made.append(case)
        cases.extend(made)
    return cases
