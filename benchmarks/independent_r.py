"""An eighteenth independent noise model of Vietnamese addresses (set r), written from the registers only.

    from benchmarks.independent_r import generate
    cases = generate(300, 1808, Path("../shared/reference"))

Written without reading the address reader, its case files, the dev-set generators or the bodies
of the other models (only set q's frame: `Case` with `truth` / `also_named`, `generate(n, seed,
reference_dir)`, `FAMILIES`, and the family lists of sets a-q, to write other shapes). Set r copies
texts of public life that carry an address among words of their own: listings, letters, the press,
notices, labels and memos. Every unit comes from the registers (`old_units.csv`,
`old_districts.csv`, `old_provinces.csv`, `new_units.csv`, `new_provinces.csv`, the 2026 changes of
`register_changes.csv`), every truth from the crosswalk (`commune_mapping.csv`). Hamlets, groups and
houses are numbered (`Thôn 3`, `Tổ 5`, `số 12`); streets are named, but never like a unit of their
province. About a third of the texts are after July 2025 and use the two-level form (the 2026 types
once they took effect). Families:

- `real_estate_listing`: property listings (`Bán đất mặt tiền đường X, P.Y, Q.Z, TP.HCM, giá 3,5
  tỷ, 100m²`, `DT 5x20m, SHR, hướng Đông Nam`, `CHO THUÊ MẶT BẰNG ...`, `thổ cư 100%`, prices in
  `tỷ` / `triệu/m²`, a phone number); after the reform `phường X (quận Y cũ), TP.HCM`.
- `review_listing`: restaurant and shop entries of review sites (`Bún Bò Huế O Xuân`, `Phở Nam
  Định Cồ Cử`, `Cháo Lươn Nghệ An`: a dish named after another place, a rating `4,3★ (215 đánh
  giá)`, a price range, opening hours), then `Địa chỉ:` the shop's address.
- `letterhead`: the header of a commune's official letter copied as the sender's address (`UBND
  HUYỆN Y / UBND XÃ X / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc / Số:
  45/TB-UBND / X, ngày ...`), on lines, flattened or joined by `|`; no province before the reform
  (`TỈNH P / ỦY BAN NHÂN DÂN XÃ X` after it); a third with `Kính gửi: UBND xã W` (a neighbour).
  A sixth are drawn among the communes named `Độc Lập`, `Tự Do`, `Hạnh Phúc`, `Cộng Hòa`.
- `press_parenthesized`: news leads with the hierarchy in brackets and the province in the
  dateline (`NGHỆ AN - Người dân thôn 3, xã X (huyện Y) ...`, `(Dân trí) - ... UBND xã X (huyện Y,
  tỉnh Z) cho biết ...`, `bão số 3`), after the reform `xã X (tỉnh Z)`, `phường X (TP.HCM)`.
- `plural_commune_list`: decisions and warnings naming several units under one plural type word
  (`thu hồi đất tại các xã A, B và thị trấn C, huyện D, tỉnh T`, `dịch tả lợn châu Phi tại các
  xã: A, B, C (huyện D)`, `các phường 1, 3 và 7, Quận 8`; after the reform `các xã A, B, tỉnh T`).
- `candidate_list`: election candidate lists (`Quê quán: ...`, `Nơi ở hiện nay: ...`, `Giới tính:
  Nam`, `Dân tộc: Thái`, `Nghề nghiệp, chức vụ: Phó Chủ tịch UBND xã W`, `Nơi công tác: UBND xã W,
  huyện Y`), 2021 in the three-level form, 2026 in the two-level one.
- `wanted_notice`: police wanted notices (`QUYẾT ĐỊNH TRUY NÃ`, the name in capitals, `Nơi
  ĐKHKTT:`, `Chỗ ở: như trên`, `Tội danh`, `Điều 174 BLHS`, issued by another district's or a
  province's police) and, after the reform, a regional court's search for an absent person
  (`TAND khu vực 3 - Nghệ An thông báo tìm kiếm ... nơi cư trú cuối cùng: ...`).
- `lost_papers_ad`: newspaper classified ads for lost papers (`Mất giấy tờ: Tôi tên là ..., địa
  chỉ: ..., có đánh rơi CCCD số ... do Cục CS QLHC về TTXH cấp, GPLX hạng A1 do Sở GTVT tỉnh P
  cấp`, a motorbike's plate, `Ai nhặt được xin liên hệ ...`).
- `martyr_record`: martyrs' records (`Liệt sĩ: ...`, `Nguyên quán: Quỳnh Hậu, Quỳnh Lưu, Nghệ
  Tĩnh`, `Nhập ngũ`, `Hy sinh`, the unit `c2 d4 e48 f320`, `An táng tại: Nghĩa trang liệt sĩ xã W,
  huyện V, tỉnh Quảng Trị`), the place of origin under the province of its time (1976-1991:
  `Nghệ Tĩnh`, `Bình Trị Thiên`, `Hà Nam Ninh`, `Hải Hưng`, `Hà Bắc`, `Bắc Thái`, `Vĩnh Phú`, `Hà
  Sơn Bình`, `Nghĩa Bình`, `Phú Khánh`, `Quảng Nam - Đà Nẵng`, `Thuận Hải`, `Sông Bé`, `Cửu Long`,
  `Hậu Giang`, `Minh Hải`, `Gia Lai - Kon Tum`, `Hoàng Liên Sơn`, `Hà Tuyên`, `Cao Lạng`), often
  without type words.
- `product_origin`: OCOP and traceability labels (`Sản phẩm: Mật ong bạc hà X - OCOP 4 sao`,
  `Chủ thể: HTX ...`, `Địa chỉ: ...`, `NSX`, `HSD`, `Mã số vùng trồng: VN-...`), the specialty
  named after another commune, the district or the province without a type word.
- `transfer_memo`: bank transfer memos and SMS, without marks, upper or lower case, no punctuation
  (`MBVCB.5123456789.UNG HO BA CON THON 3 XA X HUYEN Y TINH Z`, `ND: NOP TIEN DIEN T5 HO ... X.Y
  H.Z - FT24135...`, `CK hoc phi ... truong TH xa X`), the province now and then left out.
- `mixture`: a text of one of `real_estate_listing`, `review_listing`, `wanted_notice`,
  `lost_papers_ad`, `candidate_list` or `press_parenthesized` whose address also carries two
  writing noises (marks dropped on some names, capitals, type words abbreviated without dots,
  the hierarchy in brackets, no commas).

Truth rules, written from the registers: the truth is every new unit the words designate. A name is
compared with the register case, spacing and tone placement aside (`hoà` is `hòa`), and without
marks when the writer wrote none. An old three-level address designates the old communes of the
written type (any type when none is written) and name in the districts of the written type and
name of the old provinces the province written covers (any province when none is written, as in a
letterhead; a province of 1976-1991 covers the provinces of 2025 it became); its truth is every
successor of every such commune in `commune_mapping.csv` (a split commune's truth is all its
successors: then a flag listing them is right). A two-level address designates the new units of
the written type (the type of July 2025 or of the 2026 change) and name in the new province written
(with `(quận Y cũ)`: those that took a commune of district Y). A list under a plural type word
designates every unit listed; the truth is their union, and a flag listing it is right. `also_named`
is the truth plus what the words fit under the other reading (the new unit named like the old
commune, in the new province, that took a commune of the district written; the successors of an
old commune named like the new unit in an old province of the province's name), and the other
units the text names with a type word (a candidate's home village and workplace `UBND xã W`, a
letter's addressee `Kính gửi: UBND xã W`, a martyr's cemetery `Nghĩa trang liệt sĩ xã W`). A
dish, a product, a cooperative, a police office, a court, a newspaper, a street, a direction
(`hướng Đông Nam`) or the motto `Độc lập - Tự do - Hạnh phúc` designates no unit.

First figures, when the set was written (the reader of main 4ca4b68, which had not seen it),
`evaluate_independent.py --set r --n 300` at seeds 1808 / 7 / 99, in % of each family ("right":
resolved to the one acceptable unit; "flag": a flag listing every acceptable unit, or every unit
the text names; "w/ tr.": a flag around the one acceptable unit; "partial": a flag with some of
the listed units; "one of": one unit of a list given with confidence; "other": another unit the
text names given with confidence; "w/o": a flag without the truth; confidently wrong in cases):

    family                right     flag    w/ tr.    partial   one of  other     w/o       unmatched  wrong
    real_estate_listing   42/50/43  2/1/3   0/0/0     0/0/0     0/0/0   0/0/0     8/6/6     47/43/47   0/0/0
    review_listing        34/34/29  1/1/1   0/0/0     0/0/0     0/0/0   0/0/0     0/0/0     65/65/69   0/0/0
    letterhead            0/0/0     5/9/8   17/22/19  0/0/0     0/0/0   0/0/0     1/1/1     77/68/71   0/0/0
    press_parenthesized   0/0/0     0/0/0   0/1/0     0/0/0     0/0/0   0/0/0     18/19/17  82/80/83   0/0/0
    plural_commune_list   0/0/0     34/31/31 0/0/0    65/65/68  1/3/1   0/0/0     0/0/0     1/0/0      0/0/0
    candidate_list        95/96/96  5/4/4   0/0/0     0/0/0     0/0/0   0/0/0     0/0/0     0/0/0      0/0/0
    wanted_notice         32/28/25  1/1/1   8/4/9     0/0/0     0/0/0   0/0/0     19/21/21  40/46/44   0/0/0
    lost_papers_ad        31/31/30  1/1/1   0/0/0     0/0/0     0/0/0   0/0/0     0/1/1     68/68/68   0/0/0
    martyr_record         0/0/0     0/0/0   0/0/0     0/0/0     0/0/0   20/23/22  39/41/42  39/35/35   6/2/1
    product_origin        92/93/92  6/4/6   2/3/2     0/0/0     0/0/0   0/0/0     0/0/0     0/0/0      0/0/0
    transfer_memo         14/15/16  0/0/0   0/0/1     0/0/1     0/0/0   0/0/0     1/0/0     86/84/82   0/0/0
    mixture               40/34/37  3/6/4   2/3/2     0/0/0     0/0/0   0/0/0     5/6/9     50/52/47   1/0/0
    all (3,600)           31.6/31.8/30.7  4.9/4.8/5.1  2.5/2.8/2.7  5.4/5.4/5.7  0.1/0.3/0.1  1.7/1.9/1.9
                          w/o 7.6/7.9/8.1  unmatched 46.1/45.1/45.7  wrong 7/2/1

Confidently wrong (10 over the three seeds): nine martyrs' places of origin written without type
words (`Luận Thành - Thường Xuân - Thanh Hóa`, `Cẩm Long - Cẩm Thủy - Thanh Hóa`, `Xuân Tín, Thọ
Xuân, Thanh Hóa`, `Long Thạnh - Phụng Hiệp - Hậu Giang`) read as the new commune named like the old
district (Xã Thường Xuân, Xã Cẩm Thủy, Xã Thọ Xuân, Xã Phụng Hiệp), or `Vĩnh Hội Đông - An Phú - An
Giang` as old Phường An Phú of Tịnh Biên (Phường Tịnh Biên), the commune written first left out; and
`TIỀN GIANG - Người dân tổ 9, P Nhị Mỹ (TX Cai Lậy) ...` (Phường Nhị Quý) read as Phường Mỹ Phong.

What is not right is mostly: text around the address (a listing's price and area, a review's
rating and hours, a letter's motto and number, a notice's labels and office, a memo's reference
numbers) leaves it unmatched; `bão số 3` in a news lead, and the numbers around a listing, are
read as the wards of Quận 3 (flagged without the truth); a wanted notice's issuing office (`Công an
huyện Trạm Tấu, tỉnh Yên Bái`, `Công an tỉnh Bà Rịa - Vũng Tàu`) is read as the place; a list under
a plural type word is flagged with part of it; a martyr's cemetery (`Nghĩa trang liệt sĩ xã W`) is
given instead of the place of origin.
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

FAMILIES: tuple[str, ...] = (
    "real_estate_listing",
    "review_listing",
    "letterhead",
    "press_parenthesized",
    "plural_commune_list",
    "candidate_list",
    "wanted_notice",
    "lost_papers_ad",
    "martyr_record",
    "product_origin",
    "transfer_memo",
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
    return base.replace("đ", "d").replace("Đ", "D")


def key(text: str, marks: bool = True) -> str:
    """A name compared: case, spacing, hyphens, apostrophes and tone placement aside."""
    t = unicodedata.normalize("NFC", text).lower().replace("’", "'").replace("-", " ")
    for a, b in _TONE_MOVES.items():
        t = t.replace(a, b)
    t = " ".join(t.split())
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
    p_type: str
    p_name: str


@dataclass(frozen=True)
class New:
    code: str
    ctype: str
    name: str
    p_code: str
    p_type: str
    p_name: str


@dataclass(frozen=True)
class Words:
    """What the text says of one place, as the designation reads it."""

    cname: str
    ctype: str | None
    c_marks: bool = True
    dname: str | None = None
    dtype: str | None = None
    d_marks: bool = True
    p_old: frozenset[str] | None = None  # old province codes the written province covers
    p_new: frozenset[str] | None = None  # new province codes the written province covers
    form: str = "old"


# 1976-1991 provinces (and a few before 2004) -> the old (2025) province codes they became
HISTORIC_PROVINCES: dict[str, tuple[str, ...]] = {
    "Nghệ Tĩnh": ("40", "42"),
    "Bình Trị Thiên": ("44", "45", "46"),
    "Hà Nam Ninh": ("35", "36", "37"),
    "Hải Hưng": ("30", "33"),
    "Hà Bắc": ("24", "27"),
    "Bắc Thái": ("06", "19"),
    "Vĩnh Phú": ("25", "26"),
    "Hà Sơn Bình": ("17", "01"),
    "Nghĩa Bình": ("51", "52"),
    "Phú Khánh": ("54", "56"),
    "Quảng Nam - Đà Nẵng": ("48", "49"),
    "Thuận Hải": ("58", "60"),
    "Sông Bé": ("70", "74"),
    "Cửu Long": ("84", "86"),
    "Hậu Giang": ("92", "93", "94"),
    "Minh Hải": ("95", "96"),
    "Gia Lai - Kon Tum": ("62", "64"),
    "Hoàng Liên Sơn": ("10", "15"),
    "Hà Tuyên": ("02", "08"),
    "Cao Lạng": ("04", "20"),
}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _short(full: str, typ: str) -> str:
    return full[len(typ) :].strip() if full.lower().startswith(typ) else full


class Registers:
    def __init__(self, ref: Path) -> None:
        self.olds: list[Old] = []
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
                    r["province_type"],
                    _short(r["province_name"], r["province_type"]),
                )
            )
        self.news: list[New] = [
            New(
                r["commune_code"],
                r["commune_type"],
                r["commune_short_name"],
                r["province_code"],
                r["province_type"],
                _short(r["province_name"], r["province_type"]),
            )
            for r in _read(ref / "new_units.csv")
        ]
        self.old_by_code = {o.code: o for o in self.olds}
        self.new_by_code = {n.code: n for n in self.news}
        self.succ: dict[str, tuple[str, ...]] = {}
        preds: dict[str, list[str]] = defaultdict(list)
        tmp: dict[str, set[str]] = defaultdict(set)
        for r in _read(ref / "commune_mapping.csv"):
            tmp[r["old_commune_code"]].add(r["new_commune_code"])
            preds[r["new_commune_code"]].append(r["old_commune_code"])
        self.succ = {k: tuple(sorted(v)) for k, v in tmp.items()}
        self.preds = {k: tuple(sorted(set(v))) for k, v in preds.items()}
        self.old_prov_new = {r["province_code"]: r["new_province_code"] for r in _read(ref / "old_provinces.csv")}
        self.old_prov_name = {r["province_code"]: r["province_short_name"] for r in _read(ref / "old_provinces.csv")}
        self.new_prov_name = {r["province_code"]: r["province_short_name"] for r in _read(ref / "new_provinces.csv")}
        self.new_prov_type = {r["province_code"]: r["province_type"] for r in _read(ref / "new_provinces.csv")}
        # the 2026 changes: code -> (type after, short name after)
        self.changed_commune: dict[str, str] = {}
        self.changed_province: dict[str, str] = {}
        for r in _read(ref / "register_changes.csv"):
            if r["level"] == "commune":
                self.changed_commune[r["code"]] = r["type_after"]
            elif r["level"] == "province":
                self.changed_province[r["code"]] = r["type_after"]
        self.by_district: dict[str, list[Old]] = defaultdict(list)
        self.old_by_key: dict[str, list[Old]] = defaultdict(list)
        for o in self.olds:
            self.by_district[o.d_code].append(o)
            self.old_by_key[key(o.name, False)].append(o)
        self.new_by_key: dict[str, list[New]] = defaultdict(list)
        self.new_by_prov: dict[str, list[New]] = defaultdict(list)
        for n in self.news:
            self.new_by_key[key(n.name, False)].append(n)
            self.new_by_prov[n.p_code].append(n)
        # names a street must not carry: every unit name of the province, old and new
        self.names_in_prov: dict[str, set[str]] = defaultdict(set)
        for o in self.olds:
            for nm in (o.name, o.d_name):
                self.names_in_prov[o.p_code].add(key(nm, False))
                self.names_in_prov["n" + self.old_prov_new[o.p_code]].add(key(nm, False))
        for n in self.news:
            self.names_in_prov["n" + n.p_code].add(key(n.name, False))

    # -- designation

    def old_provs(self, written: str, marks: bool = True) -> frozenset[str]:
        k = key(written, marks)
        return frozenset(c for c, nm in self.old_prov_name.items() if key(nm, marks) == k)

    def new_provs(self, written: str, marks: bool = True) -> frozenset[str]:
        k = key(written, marks)
        return frozenset(c for c, nm in self.new_prov_name.items() if key(nm, marks) == k)

    def _name_fits(self, reg: str, written: str, marks: bool) -> bool:
        return key(reg, marks) == key(written, marks)

    def designate_old(self, w: Words) -> set[str]:
        """Old commune codes the words fit as a three-level address."""
        out: set[str] = set()
        for o in self.old_by_key.get(key(w.cname, False), []):
            if not self._name_fits(o.name, w.cname, w.c_marks):
                continue
            if w.ctype is not None and o.ctype != w.ctype:
                continue
            if w.dname is not None:
                if not self._name_fits(o.d_name, w.dname, w.d_marks):
                    continue
                if w.dtype is not None and o.d_type != w.dtype:
                    continue
            if w.p_old is not None and o.p_code not in w.p_old:
                continue
            out.add(o.code)
        return out

    def designate_new(self, w: Words) -> set[str]:
        """New commune codes the words fit as a two-level address."""
        out: set[str] = set()
        for n in self.new_by_key.get(key(w.cname, False), []):
            if not self._name_fits(n.name, w.cname, w.c_marks):
                continue
            if w.ctype is not None and w.ctype not in (n.ctype, self.changed_commune.get(n.code, n.ctype)):
                continue
            if w.p_new is not None and n.p_code not in w.p_new:
                continue
            if w.dname is not None:
                fits = False
                for pc in self.preds.get(n.code, ()):
                    o = self.old_by_code[pc]
                    if self._name_fits(o.d_name, w.dname, w.d_marks) and (w.dtype is None or o.d_type == w.dtype):
                        fits = True
                if not fits:
                    continue
            out.add(n.code)
        return out

    def successors(self, olds: Iterable[str]) -> set[str]:
        return {s for o in olds for s in self.succ.get(o, ())}

    def readings(self, w: Words) -> tuple[set[str], set[str]]:
        """(truth, every new code the words fit under either reading)."""
        old = self.successors(self.designate_old(w))
        new = self.designate_new(w)
        truth = old if w.form == "old" else new
        return truth, old | new


# ---------------------------------------------------------------- writing

TYPE_WORDS: dict[str, dict[str, str]] = {
    "xã": {"full": "Xã", "lower": "xã", "dot": "X.", "bare": "X"},
    "phường": {"full": "Phường", "lower": "phường", "dot": "P.", "bare": "P"},
    "thị trấn": {"full": "Thị trấn", "lower": "thị trấn", "dot": "TT.", "bare": "TT"},
    "đặc khu": {"full": "Đặc khu", "lower": "đặc khu", "dot": "Đặc khu", "bare": "đặc khu"},
    "huyện": {"full": "Huyện", "lower": "huyện", "dot": "H.", "bare": "H"},
    "quận": {"full": "Quận", "lower": "quận", "dot": "Q.", "bare": "Q"},
    "thị xã": {"full": "Thị xã", "lower": "thị xã", "dot": "TX.", "bare": "TX"},
    "thành phố": {"full": "Thành phố", "lower": "thành phố", "dot": "TP.", "bare": "TP"},
    "tỉnh": {"full": "Tỉnh", "lower": "tỉnh", "dot": "T.", "bare": "tỉnh"},
}

STREETS = (
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Nguyễn Trãi",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Phan Đình Phùng",
    "Nguyễn Văn Cừ",
    "Hùng Vương",
    "Trần Phú",
    "Nguyễn Huệ",
    "Lê Duẩn",
    "Điện Biên Phủ",
    "Võ Thị Sáu",
    "Nguyễn Thị Minh Khai",
    "Phạm Văn Đồng",
    "Tôn Đức Thắng",
    "Lạc Long Quân",
    "Âu Cơ",
    "Nguyễn Đình Chiểu",
    "Cách Mạng Tháng Tám",
    "Ba Tháng Hai",
    "Phan Bội Châu",
    "Hoàng Hoa Thám",
    "Nguyễn Du",
    "Bà Triệu",
    "Tô Hiến Thành",
    "Lê Thánh Tông",
    "Mai Hắc Đế",
    "Chu Văn An",
    "Nguyễn Khuyến",
)
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLE_M = ("Văn", "Đức", "Minh", "Hữu", "Công", "Xuân", "Quốc")
MIDDLE_F = ("Thị", "Thị", "Ngọc", "Thu", "Thanh")
GIVEN_M = ("Hùng", "Dũng", "Tuấn", "Nam", "Cường", "Hải", "Long", "Thắng", "Tài", "Khoa", "Bình", "Sơn")
GIVEN_F = ("Lan", "Hương", "Mai", "Hoa", "Nga", "Thảo", "Trang", "Yến", "Nhung", "Hạnh", "Huyền")


@dataclass
class Style:
    """How one address is written."""

    ctw: str = "full"  # full | lower | dot | bare | none
    dtw: str = "full"
    ptw: str = "full"
    marks: tuple[bool, bool, bool] = (True, True, True)
    caps: bool = False
    sep: str = ", "
    paren: bool = False  # commune (district, province)
    dot_space: bool = False
    noises: list[str] = field(default_factory=list)


class Builder:
    def __init__(self, reg: Registers, rng: random.Random) -> None:
        self.reg = reg
        self.rng = rng

    # -- random pieces

    def old(self, pred: Callable[[Old], bool] | None = None) -> Old:
        while True:
            o = self.rng.choice(self.reg.olds)
            if pred is None or pred(o):
                return o

    def new(self, pred: Callable[[New], bool] | None = None) -> New:
        while True:
            n = self.rng.choice(self.reg.news)
            if pred is None or pred(n):
                return n

    def person(self, caps: bool = False) -> tuple[str, bool]:
        male = self.rng.random() < 0.6
        mid = self.rng.choice(MIDDLE_M if male else MIDDLE_F)
        giv = self.rng.choice(GIVEN_M if male else GIVEN_F)
        name = f"{self.rng.choice(SURNAMES)} {mid} {giv}"
        return (name.upper() if caps else name), male

    def phone(self) -> str:
        head = self.rng.choice(("090", "091", "098", "097", "093", "088", "035", "039", "083"))
        d = "".join(str(self.rng.randrange(10)) for _ in range(7))
        return self.rng.choice((f"{head}{d}", f"{head} {d[:3]} {d[3:]}", f"{head}.{d[:3]}.{d[3:]}"))

    def date(self, y0: int, y1: int) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(y0, y1)

    def street(self, prov_key: str) -> str:
        banned = self.reg.names_in_prov.get(prov_key, set())
        while True:
            s = self.rng.choice(STREETS)
            if all(key(part, False) not in banned for part in (s, s.split(" ", 1)[-1])):
                return s

    def hamlet(self, ctype: str, p_code: str) -> str:
        n = self.rng.randint(1, 15)
        if ctype == "phường":
            return self.rng.choice((f"Tổ {n}", f"Tổ dân phố {n}", f"Khu phố {n}", f"TDP số {n}"))
        if ctype == "thị trấn":
            return self.rng.choice((f"Khối {n}", f"Tổ dân phố {n}", f"Khu {n}"))
        if int(p_code) >= 70:
            return self.rng.choice((f"Ấp {n}", f"ấp {n}", f"Tổ {n}, Ấp {self.rng.randint(1, 9)}"))
        return self.rng.choice((f"Thôn {n}", f"Xóm {n}", f"thôn {n}", f"Đội {n}"))

    def style(self, mix: bool = False, **fixed: object) -> Style:
        r = self.rng
        st = Style(
            ctw=r.choice(("full", "full", "lower", "lower", "dot")),
            dtw=r.choice(("full", "full", "lower", "lower", "dot")),
            ptw=r.choice(("full", "lower", "lower", "none", "none")),
            dot_space=r.random() < 0.4,
        )
        for k, v in fixed.items():
            setattr(st, k, v)
        if mix:
            for noise in r.sample(("unmarked", "caps", "paren", "bare", "nocomma"), 2):
                st.noises.append(noise)
                if noise == "unmarked":
                    st.marks = r.choice(((False, True, True), (True, False, False), (False, False, True)))
                elif noise == "caps":
                    st.caps = True
                elif noise == "paren":
                    st.paren = True
                elif noise == "bare":
                    st.ctw, st.dtw = "bare", "bare"
                else:
                    st.sep = r.choice((" ", " - "))
        if st.sep == " " and "none" in (st.ctw, st.dtw):
            st.ctw, st.dtw = "full", "full"
        return st

    # -- one unit written

    def _unit(self, typ: str, name: str, tw: str, marks: bool, dot_space: bool) -> str:
        numbered = name.isdigit()
        if tw == "none":
            text = name
        else:
            word = TYPE_WORDS[typ][tw]
            if tw == "dot":
                text = f"{word} {name}" if dot_space else f"{word}{name}"
            elif tw == "bare" and numbered:
                text = f"{word}{name}"
            else:
                text = f"{word} {name}"
        return text if marks else unmark(text)

    def _province(self, p_type: str, name: str, tw: str, marks: bool, dot_space: bool) -> str:
        if name == "Hồ Chí Minh" and self.rng.random() < 0.5:
            text = self.rng.choice(("TP.HCM", "TP HCM", "Tp.HCM", "TPHCM", "TP. Hồ Chí Minh"))
            return text if marks else unmark(text)
        if p_type == "thành phố" and tw == "none" and name in ("Hà Nội", "Hồ Chí Minh") and self.rng.random() < 0.5:
            tw = "dot"
        return self._unit(p_type, name, tw, marks, dot_space)

    def write_old(self, o: Old, st: Style, district: bool = True, province: bool = True) -> tuple[str, Words]:
        c = self._unit(o.ctype, o.name, st.ctw, st.marks[0], st.dot_space)
        parts = [c]
        if district:
            parts.append(self._unit(o.d_type, o.d_name, st.dtw, st.marks[1], st.dot_space))
        if province:
            parts.append(self._province(o.p_type, o.p_name, st.ptw, st.marks[2], st.dot_space))
        text = f"{parts[0]} ({', '.join(parts[1:])})" if st.paren and len(parts) > 1 else st.sep.join(parts)
        if st.caps:
            text = text.upper()
        p_old = self.reg.old_provs(o.p_name, st.marks[2]) if province else None
        w = Words(
            cname=o.name,
            ctype=None if st.ctw == "none" else o.ctype,
            c_marks=st.marks[0],
            dname=o.d_name if district else None,
            dtype=None if (st.dtw == "none" or not district) else o.d_type,
            d_marks=st.marks[1],
            p_old=p_old,
            p_new=self._new_of(p_old, o.p_name, st.marks[2]) if province else None,
            form="old",
        )
        return text, w

    def _new_of(self, p_old: frozenset[str] | None, written: str, marks: bool) -> frozenset[str]:
        out = set(self.reg.new_provs(written, marks))
        for p in p_old or ():
            out.add(self.reg.old_prov_new[p])
        return frozenset(out)

    def new_type(self, n: New, late: bool) -> tuple[str, str]:
        """(commune type, province type) as written at the time."""
        if late:
            return self.reg.changed_commune.get(n.code, n.ctype), self.reg.changed_province.get(n.p_code, n.p_type)
        return n.ctype, n.p_type

    def write_new(
        self, n: New, st: Style, late: bool = False, old_district: Old | None = None, province: bool = True
    ) -> tuple[str, Words]:
        ctype, ptype = self.new_type(n, late)
        c = self._unit(ctype, n.name, st.ctw, st.marks[0], st.dot_space)
        if old_district is not None:
            dt = self._unit(old_district.d_type, old_district.d_name, st.dtw, st.marks[1], st.dot_space)
            if st.dtw in ("full",):
                dt = dt[0].lower() + dt[1:]
            c = f"{c} ({dt} cũ)"
        parts = [c]
        if province:
            parts.append(self._province(ptype, n.p_name, st.ptw, st.marks[2], st.dot_space))
        if st.paren and len(parts) > 1 and old_district is None:
            text = f"{parts[0]} ({parts[1]})"
        else:
            text = st.sep.join(parts)
        if st.caps:
            text = text.upper()
        p_old = self.reg.old_provs(n.p_name, st.marks[2]) if province else None
        w = Words(
            cname=n.name,
            ctype=None if st.ctw == "none" else ctype,
            c_marks=st.marks[0],
            dname=old_district.d_name if old_district else None,
            dtype=(None if st.dtw == "none" else old_district.d_type) if old_district else None,
            d_marks=st.marks[1],
            p_old=p_old,
            p_new=self._new_of(p_old, n.p_name, st.marks[2]) if province else None,
            form="new",
        )
        return text, w

    # -- the case

    def case(
        self,
        family: str,
        address: str,
        main: Words,
        expected: Iterable[str],
        others: Iterable[Words] = (),
        note: str = "",
        extra_truth: Iterable[Words] = (),
    ) -> Case | None:
        truth, named = self.reg.readings(main)
        for w in extra_truth:
            t2, n2 = self.reg.readings(w)
            truth |= t2
            named |= n2
        if not set(expected) <= truth:  # the words must designate what was meant
            return None
        for w in others:
            t2, n2 = self.reg.readings(w)
            named |= t2 | n2
        return Case(family, address, tuple(sorted(truth)), tuple(sorted(truth | named)), note)


# ---------------------------------------------------------------- helpers of the families


def _late(b: Builder, share: float = 0.35) -> bool:
    return b.rng.random() < share


def _new_pick(b: Builder) -> New:
    return b.new()


def _pred_of(b: Builder, n: New) -> Old:
    return b.reg.old_by_code[b.rng.choice(b.reg.preds[n.code])]


def _addr(b: Builder, late: bool, st: Style, old_note: bool = False) -> tuple[str, Words, set[str], str, str]:
    """(text, words, expected codes, province key for streets, note) of one address, old or new form."""
    if late:
        n = _new_pick(b)
        od = _pred_of(b, n) if old_note else None
        text, w = b.write_new(n, st, late=b.rng.random() < 0.5, old_district=od)
        return text, w, {n.code}, "n" + n.p_code, f"new {n.code} {n.ctype} {n.name}"
    o = b.old()
    text, w = b.write_old(o, st)
    return text, w, set(b.reg.succ[o.code]), o.p_code, f"old {o.code} {o.ctype} {o.name}, {o.d_name}, {o.p_name}"


def _prov_label(b: Builder, p_code: str) -> str:
    """An old province as an office's name carries it (`tỉnh Nghệ An`, `TP Hà Nội`, `TP.HCM`)."""
    name = b.reg.old_prov_name[p_code]
    if name == "Hồ Chí Minh":
        return b.rng.choice(("TP.HCM", "TP Hồ Chí Minh", "thành phố Hồ Chí Minh"))
    if p_code in ("01", "31", "46", "48", "92"):
        return b.rng.choice((f"TP {name}", f"thành phố {name}"))
    return f"tỉnh {name}"


def _ctype_of(w: Words) -> str:
    return w.ctype or "xã"


# ---------------------------------------------------------------- families


def gen_real_estate(b: Builder, mix: bool = False) -> Case | None:
    r = b.rng
    late = _late(b, 0.35)
    st = b.style(mix)
    text, w, exp, pk, note = _addr(b, late, st, old_note=late and r.random() < 0.4)
    street = b.street(pk)
    price = r.choice(("3,5 tỷ", "850 triệu", "2 tỷ 350", "12,8 tỷ", "1.950 triệu", "45 triệu/m²", "6,2 tỷ TL"))
    area = r.choice(("100m²", "5x20m", "DT 4,2x18m", "120 m2", "diện tích 250m2 (thổ cư 100m2)", "68m²"))
    direction = r.choice(("Đông Nam", "Tây Bắc", "Đông", "Nam", "Tây Nam", "Đông Bắc"))
    house = r.choice((f"số {r.randint(1, 300)}", f"{r.randint(1, 300)}/{r.randint(1, 40)}", "MT"))
    ph = b.phone()
    hamlet = b.hamlet(_ctype_of(w), pk.lstrip("n"))
    templates = (
        f"Bán đất mặt tiền đường {street}, {text}, giá {price}, {area}",
        f"Cần bán nhà 3 tầng {house} {street}, {text}. DT {area}, sổ hồng riêng, hướng {direction}. "
        f"Giá {price}. LH {ph}",
        f"CHO THUÊ MẶT BẰNG KINH DOANH - {house.upper()} {street.upper()} - {text.upper()} - {area} - "
        f"{r.randint(5, 60)} triệu/tháng",
        f"Bán lô đất thổ cư {area} tại {hamlet}, {text} – cách QL{r.randint(1, 60)} {r.randint(1, 9)}km – "
        f"giá {price} – SHR, bao sang tên",
        f"[CHÍNH CHỦ] Bán gấp nhà hẻm xe hơi {house} {street}, {text} | {area} | hướng {direction} | {price} | "
        f"Zalo {ph}",
    )
    return b.case("real_estate_listing" if not mix else "mixture", r.choice(templates), w, exp, note=note)


DISHES = (
    ("Bún Bò Huế", "O Xuân"),
    ("Phở Nam Định", "Cồ Cử"),
    ("Bánh Đa Cua Hải Phòng", "Bà Cụ"),
    ("Bún Chả Hà Nội", "Hương Liên"),
    ("Cơm Tấm Sài Gòn", "Thuận Kiều"),
    ("Mì Quảng", "Bà Mua"),
    ("Bánh Canh Trảng Bàng", "Năm Dung"),
    ("Cháo Lươn Nghệ An", "Cô Thủy"),
    ("Lẩu Dê Ninh Bình", "Tiến Thành"),
    ("Nem Nướng Ninh Hòa", "Vũ"),
    ("Bún Cá Châu Đốc", "Cô Ba"),
    ("Hủ Tiếu Nam Vang", "Thanh Xuân"),
    ("Bánh Cuốn Thanh Trì", "Bà Hoành"),
    ("Cao Lầu Hội An", "Thanh"),
    ("Bê Thui Cầu Mống", "Sáu"),
    ("Cà Phê Buôn Ma Thuột", "Rang Xay"),
    ("Nem Chua Thanh Hóa", "Bà Tư"),
    ("Bánh Xèo Phan Thiết", "Mẹ Hai"),
    ("Gà Nướng Bản Đôn", "A Páo"),
    ("Bánh Hỏi Lòng Heo Bình Định", "Bà Ba"),
)


def gen_review(b: Builder, mix: bool = False) -> Case | None:
    r = b.rng
    late = _late(b, 0.3)
    st = b.style(mix)
    text, w, exp, pk, note = _addr(b, late, st)
    dish, owner = r.choice(DISHES)
    house = f"{r.randint(1, 400)}{r.choice(('', '', 'A', '/12'))} {b.street(pk)}"
    rating = f"{r.randint(30, 49) / 10:.1f}".replace(".", ",")
    lo = r.choice((25, 30, 35, 40, 50))
    kind = r.choice(("Quán ăn", "Nhà hàng", "Quán cà phê", "Ăn vặt/vỉa hè"))
    hours = r.choice(("06:00 - 22:00", "Mở cả ngày", "10:00 – 14:00, 17:00 – 21:30", "6h - 10h30"))
    templates = (
        f"{dish} {owner}\n★ {rating} ({r.randint(5, 900)} đánh giá) · {kind} · {lo}.000 ₫–{lo * 2}.000 ₫\n"
        f"Địa chỉ: {house}, {text}\nGiờ mở cửa: {hours}",
        f"{dish} {owner} - {kind} - {house}, {text} | Giá: {lo}.000đ - {lo * 3}.000đ | {hours}",
        f"{dish.upper()} {owner.upper()}\n{house}, {text}\n{rating}/5 · {r.randint(5, 900)} bình luận · "
        f"Đặt bàn: {b.phone()}",
        f"Quán {dish} {owner} ({kind}) — ĐC: {house}, {text} — Mở cửa {hours}",
    )
    return b.case("review_listing" if not mix else "mixture", r.choice(templates), w, exp, note=note)


MOTTO_NAMES = ("Độc Lập", "Tự Do", "Hạnh Phúc", "Cộng Hòa")


def gen_letterhead(b: Builder) -> Case | None:
    r = b.rng
    late = _late(b, 0.35)
    motto = r.random() < 0.17
    others: list[Words] = []
    dd, mm, yy = b.date(2026, 2026) if late else b.date(2016, 2025)
    if late:
        n = b.new(lambda x: x.name in MOTTO_NAMES) if motto else b.new()
        ctype, ptype = b.new_type(n, mm >= 10)
        head_p = f"{ptype.upper()} {n.p_name.upper()}"
        unit = f"{ctype.upper()} {n.name.upper()}"
        top = [head_p, r.choice((f"ỦY BAN NHÂN DÂN {unit}", f"UBND {unit}"))]
        w = Words(n.name, ctype, p_old=b.reg.old_provs(n.p_name), p_new=b._new_of(None, n.p_name, True), form="new")
        exp = {n.code}
        note = f"new {n.code} {n.ctype} {n.name}"
        place = n.name if not n.name.isdigit() else n.p_name
        neighbours = [x for x in b.reg.new_by_prov[n.p_code] if x.code != n.code and x.ctype == n.ctype]
        if neighbours and r.random() < 0.3:
            nb = r.choice(neighbours)
            addressee = f"Kính gửi: UBND {nb.ctype} {nb.name}"
            others.append(Words(nb.name, nb.ctype, p_new=frozenset({n.p_code}), form="new"))
        else:
            addressee = ""
    else:
        o = b.old(lambda x: x.name in MOTTO_NAMES and x.ctype != "phường") if motto else b.old()
        d_caps = f"{o.d_type.upper()} {o.d_name.upper()}"
        unit = f"{o.ctype.upper()} {o.name.upper()}"
        top = [r.choice((f"UBND {d_caps}", f"ỦY BAN NHÂN DÂN {d_caps}")), f"UBND {unit}"]
        if r.random() < 0.3:
            top = [f"UBND {d_caps}", "ỦY BAN NHÂN DÂN", unit]
        w = Words(o.name, o.ctype, dname=o.d_name, dtype=o.d_type, form="old")
        exp = set(b.reg.succ[o.code])
        note = f"old {o.code} {o.ctype} {o.name}, {o.d_name}, {o.p_name}"
        place = o.name if not o.name.isdigit() else o.d_name
        neighbours = [x for x in b.reg.by_district[o.d_code] if x.code != o.code and x.ctype == o.ctype]
        if neighbours and r.random() < 0.3:
            nb = r.choice(neighbours)
            addressee = f"Kính gửi: UBND {nb.ctype} {nb.name}"
            others.append(Words(nb.name, nb.ctype, dname=o.d_name, dtype=o.d_type, form="old"))
        else:
            addressee = ""
    kind = r.choice(("TB", "QĐ", "BC", "KH", "CV"))
    lines = [
        *top,
        r.choice(("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
        r.choice(("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc")),
        f"Số: {r.randint(1, 350)}/{kind}-UBND",
        f"{place}, ngày {dd:02d} tháng {mm:02d} năm {yy}",
    ]
    if addressee:
        lines.append(addressee)
    joiner = r.choice(("\n", "\n", "  ", " | "))
    return b.case("letterhead", joiner.join(lines), w, exp, others=others, note=note)


PAPERS = ("Dân trí", "VTC News", "TPO", "VietNamNet", "PLO", "Lao Động", "VnExpress", "Người Lao Động")
NEWS = (
    "cho biết đã hỗ trợ {k} hộ dân bị thiệt hại do bão số 3",
    "vừa xảy ra vụ cháy lớn lúc {h} giờ sáng, thiêu rụi {k} ki-ốt",
    "tổ chức lễ ra quân làm đường giao thông nông thôn với {k} người tham gia",
    "phát hiện cá thể rùa quý hiếm nặng {k} kg",
    "hoàn thành xây dựng {k} căn nhà đại đoàn kết cho hộ nghèo",
    "đang khẩn trương khắc phục sự cố sạt lở sau trận mưa lớn kéo dài {h} giờ",
)


def gen_press(b: Builder, mix: bool = False) -> Case | None:
    r = b.rng
    late = _late(b, 0.35)
    content = r.choice(NEWS).format(k=r.randint(2, 120), h=r.randint(1, 11))
    dd, mm = r.randint(1, 28), r.randint(1, 12)
    paper = r.choice(PAPERS)
    if late:
        n = b.new()
        lt = r.random() < 0.5
        ctype, _ptype = b.new_type(n, lt)
        st = b.style(mix, ctw="lower", ptw=r.choice(("lower", "none")), paren=True)
        text, w = b.write_new(n, st, late=lt)
        exp, note = {n.code}, f"new {n.code} {n.ctype} {n.name}"
        prov_caps = "TP.HCM" if n.p_name == "Hồ Chí Minh" else n.p_name.upper()
        bare_unit = b._unit(ctype, n.name, "lower", st.marks[0], False)
        templates = [
            f"({paper}) - Ngày {dd}/{mm}, UBND {text} {content}.",
            f"{prov_caps} - Người dân {b.hamlet(n.ctype, n.p_code).lower()}, {text} {content}.",
            f"{prov_caps} - Chiều {dd}/{mm}, tại {bare_unit}, chính quyền địa phương {content}.",
        ]
        fam = "press_parenthesized" if not mix else "mixture"
        if r.random() < 0.3:  # the dateline alone gives the province
            w_dl = Words(n.name, ctype, c_marks=st.marks[0], p_old=w.p_old, p_new=w.p_new, form="new")
            return b.case(fam, templates[2], w_dl, exp, note=note + " (province in the dateline)")
        return b.case(fam, r.choice(templates[:2]), w, exp, note=note)
    o = b.old()
    st = b.style(mix, ctw="lower", dtw="lower", ptw="lower", paren=True)
    exp, note = set(b.reg.succ[o.code]), f"old {o.code} {o.ctype} {o.name}, {o.d_name}, {o.p_name}"
    shape = r.randrange(3)
    if shape == 0:
        text, w = b.write_old(o, st)
        addr = f"({paper}) - Ngày {dd}/{mm}, UBND {text} {content}."
    elif shape == 1:
        text, w = b.write_old(o, st, province=False)
        prov_caps = "TP.HCM" if o.p_name == "Hồ Chí Minh" else o.p_name.upper()
        if st.marks[2] is False:
            prov_caps = unmark(prov_caps)
        addr = f"{prov_caps} - Người dân {b.hamlet(o.ctype, o.p_code).lower()}, {text} {content}."
        p_old = b.reg.old_provs(o.p_name, st.marks[2])
        w = Words(
            w.cname,
            w.ctype,
            w.c_marks,
            w.dname,
            w.dtype,
            w.d_marks,
            p_old=p_old,
            p_new=b._new_of(p_old, o.p_name, st.marks[2]),
            form="old",
        )
    else:
        st.paren = False
        text, w = b.write_old(o, st)
        addr = f"(Báo {o.p_name}) - {text[0].upper()}{text[1:]} vừa {_bare_news(content)}."
    return b.case("press_parenthesized" if not mix else "mixture", addr, w, exp, note=note)


def _bare_news(content: str) -> str:
    for head in ("cho biết đã ", "vừa ", "đã ", "đang "):
        content = content.removeprefix(head)
    return content


PLURAL_LEADS = (
    "Quyết định thu hồi đất để thực hiện dự án đường giao thông liên xã tại",
    "Công bố dịch tả lợn châu Phi tại",
    "Cảnh báo nguy cơ lũ quét, sạt lở đất tại",
    "Dự án cải tạo, nâng cấp hệ thống thủy lợi đi qua địa bàn",
    "Lịch cắt điện từ 7h00 đến 17h00 ngày {d}/{m} tại",
    "Thông báo tiêm phòng vắc xin lở mồm long móng đợt {k} cho đàn gia súc",
)


def _join_list(names: list[str], r: random.Random) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + r.choice((" và ", ", ", " và ")) + names[-1]


def gen_plural(b: Builder) -> Case | None:
    r = b.rng
    lead = r.choice(PLURAL_LEADS).format(d=r.randint(1, 28), m=r.randint(1, 12), k=r.randint(1, 3))
    if _late(b, 0.3):
        seed_n = b.new(lambda x: x.ctype in ("xã", "phường"))
        pool = [x for x in b.reg.new_by_prov[seed_n.p_code] if x.ctype == seed_n.ctype and x.code != seed_n.code]
        if len(pool) < 3:
            return None
        chosen = [seed_n, *r.sample(pool, r.randint(1, 3))]
        names = [x.name for x in chosen]
        tw = {"xã": "xã", "phường": "phường"}[seed_n.ctype]
        ptype = seed_n.p_type
        prov = r.choice((f"{ptype} {seed_n.p_name}", f"{TYPE_WORDS[ptype]['full']} {seed_n.p_name}"))
        body = f"các {tw}{r.choice((' ', ': '))}{_join_list(names, r)}, {prov}"
        words = [
            Words(x.name, x.ctype, p_old=b.reg.old_provs(x.p_name), p_new=frozenset({x.p_code}), form="new")
            for x in chosen
        ]
        exp = {x.code for x in chosen}
        note = "new " + ", ".join(f"{x.code} {x.name}" for x in chosen)
    else:
        d_code = b.old().d_code
        units = b.reg.by_district[d_code]
        o0 = units[0]
        main_type = "phường" if o0.d_type == "quận" else "xã"
        pool = [x for x in units if x.ctype == main_type]
        towns = [x for x in units if x.ctype == "thị trấn"]
        if len(pool) < 3:
            return None
        chosen = r.sample(pool, r.randint(2, min(4, len(pool))))
        if pool[0].name.isdigit():
            chosen.sort(key=lambda x: int(x.name) if x.name.isdigit() else 99)
        colon = r.choice((" ", ": "))
        if towns and r.random() < 0.5:
            t = r.choice(towns)
            listed = f"các {main_type}{colon}{', '.join(x.name for x in chosen)} và thị trấn {t.name}"
            chosen.append(t)
        else:
            listed = f"các {main_type}{colon}{_join_list([x.name for x in chosen], r)}"
        dist = f"{o0.d_type} {o0.d_name}"
        prov = f"{o0.p_type} {o0.p_name}"
        body = r.choice((f"{listed}, {dist}, {prov}", f"{listed} ({dist}, {prov})", f"{listed} thuộc {dist}, {prov}"))
        p_old = frozenset({o0.p_code})
        words = [
            Words(x.name, x.ctype, dname=o0.d_name, dtype=o0.d_type, p_old=p_old, p_new=b._new_of(p_old, "", True))
            for x in chosen
        ]
        exp = {s for x in chosen for s in b.reg.succ[x.code]}
        note = "old " + ", ".join(f"{x.code} {x.name}" for x in chosen) + f" of {o0.d_name}, {o0.p_name}"
    case = b.case("plural_commune_list", f"{lead} {body}.", words[0], set(), note=note, extra_truth=words[1:])
    if case is None or len(case.truth) < 2 or not exp <= set(case.truth):
        return None
    return case


ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Thái", "Mường", "Nùng", "H'Mông", "Khmer")


def gen_candidate(b: Builder, mix: bool = False) -> Case | None:
    r = b.rng
    late = _late(b, 0.4)
    st = b.style(mix, ctw="lower", dtw="lower", ptw="lower")
    name, male = b.person(caps=r.random() < 0.5)
    dd, mm, yy = b.date(1960, 1992)
    others: list[Words] = []
    if late:
        n = b.new()
        text, w = b.write_new(n, st, late=True)
        exp, note = {n.code}, f"new {n.code} {n.ctype} {n.name}"
        h = b.hamlet(n.ctype, n.p_code)
        home = b.new()
        home_text, home_w = b.write_new(home, b.style(ctw="lower", ptw="lower"))
        pool = [x for x in b.reg.new_by_prov[n.p_code] if x.code != n.code and x.ctype != "đặc khu"]
        wp = n if r.random() < 0.5 or not pool else r.choice(pool)
        workplace = f"UBND {wp.ctype} {wp.name}"
        if wp is not n:
            others.append(Words(wp.name, wp.ctype, p_new=frozenset({n.p_code}), form="new"))
        year = "2026-2031"
    else:
        o = b.old()
        text, w = b.write_old(o, st)
        exp, note = set(b.reg.succ[o.code]), f"old {o.code} {o.ctype} {o.name}, {o.d_name}, {o.p_name}"
        h = b.hamlet(o.ctype, o.p_code)
        home_o = b.old()
        home_text, home_w = b.write_old(home_o, b.style(ctw="lower", dtw="lower", ptw="lower"))
        pool = [x for x in b.reg.by_district[o.d_code] if x.code != o.code]
        wp_o = o if r.random() < 0.5 or not pool else r.choice(pool)
        workplace = f"UBND {wp_o.ctype} {wp_o.name}, {o.d_type} {o.d_name}"
        if wp_o is not o:
            others.append(Words(wp_o.name, wp_o.ctype, dname=o.d_name, dtype=o.d_type, form="old"))
        year = "2021-2026"
    others.append(home_w)
    role = r.choice(("Phó Chủ tịch", "Chủ tịch", "Công chức Tư pháp - Hộ tịch", "Bí thư Đoàn"))
    fields = [
        f"{r.randint(1, 12)}. {name}",
        f"Ngày sinh: {dd:02d}/{mm:02d}/{yy}",
        f"Giới tính: {'Nam' if male else 'Nữ'}",
        "Quốc tịch: Việt Nam",
        f"Dân tộc: {r.choice(ETHNIC)}",
        f"Tôn giáo: {r.choice(('Không', 'Không', 'Phật giáo', 'Công giáo'))}",
        f"Quê quán: {home_text}",
        f"Nơi ở hiện nay: {h}, {text}",
        f"Trình độ chuyên môn: {r.choice(('Đại học Luật', 'Cử nhân Kinh tế', 'Kỹ sư Nông nghiệp'))}",
        f"Nghề nghiệp, chức vụ: {role} {workplace.split(',')[0]}",
        f"Nơi công tác: {workplace}",
        f"Đại biểu HĐND nhiệm kỳ {year}",
    ]
    joiner = r.choice(("; ", "\n", " - "))
    return b.case("candidate_list" if not mix else "mixture", joiner.join(fields), w, exp, others, note=note)


CRIMES = (
    "Lừa đảo chiếm đoạt tài sản (Điều 174 BLHS)",
    "Cố ý gây thương tích (Điều 134 BLHS)",
    "Trộm cắp tài sản (Điều 173 BLHS)",
    "Mua bán trái phép chất ma túy (Điều 251 BLHS)",
    "Tổ chức đánh bạc (Điều 322 BLHS)",
)


def gen_wanted(b: Builder, mix: bool = False) -> Case | None:
    r = b.rng
    late = _late(b, 0.35)
    st = b.style(mix, ptw=r.choice(("full", "lower")))
    text, w, exp, pk, note = _addr(b, late, st)
    name, male = b.person(caps=True)
    dd, mm, yy = b.date(1975, 2004)
    other_code = b.old().p_code
    other_p = _prov_label(b, other_code)
    born_p = "TP.HCM" if other_code == "79" else b.reg.old_prov_name[other_code]
    h = b.hamlet(_ctype_of(w), pk.lstrip("n"))
    if late:
        prov = b.reg.new_prov_name[pk.lstrip("n")]
        court = f"Tòa án nhân dân khu vực {r.randint(1, 12)} - {prov}"
        addr = r.choice(
            (
                f"{court} thông báo tìm kiếm người vắng mặt tại nơi cư trú: Anh {name.title()}, sinh năm {yy}; "
                f"nơi cư trú cuối cùng: {h}, {text}; đã vắng mặt từ năm {r.randint(2015, 2024)}. "
                f"Ai biết tin tức xin báo cho {court}.",
                f"QUYẾT ĐỊNH TRUY NÃ: {name}, giới tính: {'Nam' if male else 'Nữ'}, sinh ngày {dd}/{mm}/{yy}; "
                f"Nơi thường trú: {h}, {text}; Chỗ ở: như trên; Tội danh: {r.choice(CRIMES)}; "
                f"Quyết định truy nã số {r.randint(1, 40):02d}/QĐ-CSHS của Cơ quan CSĐT Công an {other_p}.",
            )
        )
    else:
        police_d = b.old()
        office = r.choice(
            (
                f"Cơ quan CSĐT Công an {police_d.d_type} {police_d.d_name}, {police_d.p_type} {police_d.p_name}",
                f"Cơ quan CSĐT Công an {other_p}",
                f"Phòng Cảnh sát hình sự Công an {other_p}",
            )
        )
        label = r.choice(("Nơi ĐKHKTT", "Nơi ĐKTT", "HKTT", "Nơi đăng ký HKTT"))
        addr = (
            f"QUYẾT ĐỊNH TRUY NÃ - Đối tượng: {name}; Giới tính: {'Nam' if male else 'Nữ'}; "
            f"Sinh ngày {dd:02d}/{mm:02d}/{yy} tại {born_p}; {label}: {h}, {text}; "
            f"Chỗ ở trước khi bỏ trốn: {r.choice(('như trên', 'không ổn định', 'như trên'))}; "
            f"Đặc điểm nhận dạng: cao 1m{r.randint(50, 80)}, tóc đen; Tội danh: {r.choice(CRIMES)}; "
            f"Quyết định truy nã số {r.randint(1, 40):02d} ngày {r.randint(1, 28)}/{r.randint(1, 12)}/"
            f"{r.randint(2015, 2024)} của {office}."
        )
    return b.case("wanted_notice" if not mix else "mixture", addr, w, exp, note=note)


def gen_lost(b: Builder, mix: bool = False) -> Case | None:
    r = b.rng
    late = _late(b, 0.35)
    st = b.style(mix)
    text, w, exp, pk, note = _addr(b, late, st)
    name, _ = b.person(caps=r.random() < 0.3)
    h = b.hamlet(_ctype_of(w), pk.lstrip("n"))
    other_p = _prov_label(b, b.old().p_code)
    plate = f"{r.randint(11, 99)}{r.choice('ABCDEFGHK')}{r.randint(1, 9)}-{r.randint(100, 999)}.{r.randint(10, 99)}"
    card = "0" + "".join(str(r.randrange(10)) for _ in range(11))
    papers = r.choice(
        (
            f"CCCD số {card} do Cục CS QLHC về TTXH cấp ngày {r.randint(1, 28)}/{r.randint(1, 12)}/2021",
            f"GPLX hạng A1 số {card[:12]} do Sở GTVT {other_p} cấp",
            f"Giấy đăng ký xe mô tô biển số {plate}",
            f"CCCD số {card} và GPLX hạng B2 do Sở GTVT {other_p} cấp",
        )
    )
    addr = r.choice(
        (
            f"Mất giấy tờ: Tôi tên là {name}, địa chỉ: {h}, {text}, có đánh rơi {papers}. "
            f"Ai nhặt được xin liên hệ SĐT {b.phone()}. Xin cảm ơn!",
            f"MẤT GIẤY TỜ - {name.upper()} - ĐC: {h}, {text} - đánh rơi {papers} - LH: {b.phone()}",
            f"Thông báo mất: {papers}, mang tên {name}, thường trú tại {h}, {text}. Ai nhặt được xin gửi về "
            f"địa chỉ trên hoặc gọi {b.phone()}, xin hậu tạ.",
        )
    )
    return b.case("lost_papers_ad" if not mix else "mixture", addr, w, exp, note=note)


def gen_martyr(b: Builder) -> Case | None:
    r = b.rng
    o = b.old(lambda x: x.ctype == "xã")
    hist = [nm for nm, codes in HISTORIC_PROVINCES.items() if o.p_code in codes]
    if hist and (o.p_code != "01" or r.random() < 0.2):
        prov_written = r.choice(hist)
        p_old = frozenset(HISTORIC_PROVINCES[prov_written]) | b.reg.old_provs(prov_written)
    else:
        prov_written = o.p_name
        p_old = b.reg.old_provs(o.p_name)
    marks = r.random() > 0.15
    shape = r.randrange(3)
    if shape == 0:
        origin = f"{o.name}, {o.d_name}, {prov_written}"
        w = Words(o.name, None, marks, o.d_name, None, marks, p_old, b._new_of(p_old, prov_written, marks))
    elif shape == 1:
        origin = f"{o.name} - {o.d_name} - {prov_written}"
        w = Words(o.name, None, marks, o.d_name, None, marks, p_old, b._new_of(p_old, prov_written, marks))
    else:
        origin = f"xã {o.name}, {o.d_type} {o.d_name}, tỉnh {prov_written}"
        w = Words(o.name, "xã", marks, o.d_name, o.d_type, marks, p_old, b._new_of(p_old, prov_written, marks))
    if not marks:
        origin = unmark(origin)
    name, _ = b.person(caps=r.random() < 0.6)
    born = r.randint(1925, 1962)
    enlisted = born + r.randint(17, 20)
    died = min(enlisted + r.randint(0, 8), 1989)
    others: list[Words] = []
    burial_kind = r.randrange(3)
    if burial_kind == 0:
        g = b.old(lambda x: x.p_code in ("45", "44", "62", "72", "70") and x.ctype == "xã")
        burial = f"Nghĩa trang liệt sĩ xã {g.name}, {g.d_type} {g.d_name}, tỉnh {g.p_name}"
        others.append(Words(g.name, "xã", dname=g.d_name, dtype=g.d_type, p_old=frozenset({g.p_code})))
    elif burial_kind == 1:
        burial = r.choice(("Nghĩa trang liệt sĩ quốc gia Trường Sơn", "Nghĩa trang liệt sĩ quốc gia Đường 9"))
    else:
        g = b.old(lambda x: x.p_code in ("45", "72", "70", "64"))
        burial = f"NTLS {g.d_type} {g.d_name}, {g.p_name}"
    unit = r.choice(
        (
            f"c{r.randint(1, 12)} d{r.randint(1, 9)} e{r.randint(1, 270)} f{r.randint(300, 350)}",
            f"Đại đội {r.randint(1, 12)}, Tiểu đoàn {r.randint(1, 9)}, Trung đoàn {r.randint(1, 270)}",
        )
    )
    fields = [
        f"Liệt sĩ: {name}",
        f"Năm sinh: {born}",
        f"Nguyên quán: {origin}",
        f"Nhập ngũ: {r.randint(1, 12)}/{enlisted}",
        f"Cấp bậc: {r.choice(('B1', 'B2', 'H1', 'Thiếu úy', 'Trung sĩ'))}",
        f"Đơn vị: {unit}",
        f"Hy sinh: {r.randint(1, 28)}/{r.randint(1, 12)}/{died}",
        f"Nơi an táng: {burial}",
    ]
    joiner = r.choice((" | ", "\n", "; "))
    note = f"old {o.code} {o.name}, {o.d_name}, {o.p_name} written under {prov_written}"
    return b.case("martyr_record", joiner.join(fields), w, set(b.reg.succ[o.code]), others, note=note)


PRODUCTS = (
    "Mật ong bạc hà",
    "Gạo nếp cái hoa vàng",
    "Chè shan tuyết",
    "Miến dong",
    "Nước mắm",
    "Bưởi da xanh",
    "Cam sành",
    "Mắm tôm",
    "Rượu men lá",
    "Bánh đa nem",
    "Tương bần",
    "Trà hoa vàng",
)
COOPS = ("Thành Công", "Hợp Tiến", "Đồng Tâm", "An Phát", "Phú Nông", "Tiến Đạt", "Hưng Thịnh", "Xanh Việt")


def gen_product(b: Builder) -> Case | None:
    r = b.rng
    late = _late(b, 0.4)
    st = b.style(False)
    text, w, exp, pk, note = _addr(b, late, st)
    p_code = pk.lstrip("n")
    if late:
        pool = [x.name for x in b.reg.new_by_prov[p_code] if not x.name.isdigit()] or [b.reg.new_prov_name[p_code]]
        place = r.choice((r.choice(pool), b.reg.new_prov_name[p_code]))
    else:
        o = b.reg.old_by_code[note.split()[1]]
        pool = [x.name for x in b.reg.by_district[o.d_code] if not x.name.isdigit()] or [o.d_name]
        place = r.choice((r.choice(pool), o.d_name, o.p_name))
    product = f"{r.choice(PRODUCTS)} {place}"
    h = b.hamlet(_ctype_of(w), p_code)
    coop = r.choice((f"HTX Nông nghiệp {r.choice(COOPS)}", f"Công ty TNHH {r.choice(COOPS)}", "Hộ kinh doanh"))
    code = f"VN-{unmark(place).upper().replace(' ', '')[:4]}OR-{r.randint(1, 999):04d}"
    dd, mm, yy = b.date(2023, 2026)
    fields = [
        f"Sản phẩm: {product} - OCOP {r.randint(3, 5)} sao",
        f"Chủ thể: {coop}",
        f"Địa chỉ: {h}, {text}",
        f"NSX: {dd:02d}/{mm:02d}/{yy}",
        f"HSD: {r.choice((6, 12, 18, 24))} tháng",
        f"KL tịnh: {r.choice(('500g', '1kg', '250ml', '750ml'))}",
        f"Mã số vùng trồng: {code}",
    ]
    joiner = r.choice(("\n", " | ", " - "))
    return b.case("product_origin", joiner.join(fields), w, exp, note=note + f"; product named after {place}")


def gen_memo(b: Builder) -> Case | None:
    r = b.rng
    late = _late(b, 0.3)
    caps = r.random() < 0.6
    tw_style = r.choice(("full", "bare", "none"))
    if late:
        n = b.new(lambda x: x.ctype != "đặc khu")
        ctw = TYPE_WORDS[n.ctype][tw_style] + " " if tw_style != "none" else ""
        pt = "TP" if n.p_type == "thành phố" else "TINH"
        prov = r.choice((f"{pt} {unmark(n.p_name)} ", f"{unmark(n.p_name)} ", ""))
        place = f"{unmark(ctw)}{unmark(n.name)} {prov}".strip()
        p = b.reg.new_provs(n.p_name, False) if prov else None
        w = Words(
            n.name,
            None if tw_style == "none" else n.ctype,
            False,
            p_old=b.reg.old_provs(n.p_name, False) if prov else None,
            p_new=p,
            form="new",
        )
        exp, note = {n.code}, f"new {n.code} {n.ctype} {n.name}"
        h = b.hamlet(n.ctype, n.p_code)
    else:
        o = b.old()
        ctw = TYPE_WORDS[o.ctype][tw_style] + " " if tw_style != "none" else ""
        dtw = TYPE_WORDS[o.d_type][tw_style] + " " if tw_style != "none" else ""
        pt = "TP" if o.p_type == "thành phố" else "TINH"
        prov = r.choice((f"{pt} {unmark(o.p_name)}", unmark(o.p_name), "", ""))
        place = f"{unmark(ctw)}{unmark(o.name)} {unmark(dtw)}{unmark(o.d_name)} {prov}".strip()
        p_old = b.reg.old_provs(o.p_name, False) if prov else None
        w = Words(
            o.name,
            None if tw_style == "none" else o.ctype,
            False,
            o.d_name,
            None if tw_style == "none" else o.d_type,
            False,
            p_old,
            b._new_of(p_old, o.p_name, False) if prov else None,
        )
        exp, note = set(b.reg.succ[o.code]), f"old {o.code} {o.ctype} {o.name}, {o.d_name}, {o.p_name}"
        h = b.hamlet(o.ctype, o.p_code)
    name = unmark(b.person()[0])
    h = unmark(h).replace(",", "")
    ref = f"FT{r.randint(24000, 26365)}{r.randint(10000000, 99999999)}"
    acct = "".join(str(r.randrange(10)) for _ in range(10))
    memo = r.choice(
        (
            f"MBVCB.{acct}.{r.randint(100000, 999999)}.UNG HO BA CON {h} {place}.CT tu {acct} {name} toi 1903",
            f"ND: NOP TIEN DIEN T{r.randint(1, 12)} HO {name} {h} {place} - {ref}",
            f"CK hoc phi lop {r.randint(1, 9)}A{r.randint(1, 5)} truong TH {place} con {name}",
            f"{name} chuyen tien ung ho dong bao lu lut {place} So tien {r.randint(1, 50)}00000 VND",
            f"TB: Ho {name} {h} {place} no tien nuoc T{r.randint(1, 12)} {r.randint(50, 900)}000d. LH {b.phone()}",
        )
    )
    memo = memo.upper() if caps else memo.lower()
    return b.case("transfer_memo", memo, w, exp, note=note)


MIX_BASES: tuple[Callable[[Builder, bool], Case | None], ...] = (
    gen_real_estate,
    gen_review,
    gen_wanted,
    gen_lost,
    gen_candidate,
    gen_press,
)


def gen_mixture(b: Builder) -> Case | None:
    return b.rng.choice(MIX_BASES)(b, True)


def generate(n: int, seed: int, reference_dir: Path | None = None) -> list[Case]:
    """`n` addresses per family, reproducible from `seed` whatever the string hash seed."""
    reg = Registers(reference_dir or _default_reference())
    makers: dict[str, Callable[[Builder], Case | None]] = {
        "real_estate_listing": gen_real_estate,
        "review_listing": gen_review,
        "letterhead": gen_letterhead,
        "press_parenthesized": gen_press,
        "plural_commune_list": gen_plural,
        "candidate_list": gen_candidate,
        "wanted_notice": gen_wanted,
        "lost_papers_ad": gen_lost,
        "martyr_record": gen_martyr,
        "product_origin": gen_product,
        "transfer_memo": gen_memo,
        "mixture": gen_mixture,
    }
    cases: list[Case] = []
    for i, family in enumerate(FAMILIES):
        b = Builder(reg, random.Random(seed * 1021 + i))
        made: list[Case] = []
        while len(made) < n:
            case = makers[family](b)
            if case is not None:
                made.append(case)
        cases.extend(made)
    return cases


def _default_reference() -> Path:
    return reference_dir()


if __name__ == "__main__":  # a quick look: python benchmarks/independent_r.py
    import sys

    for c in generate(2, 1808, _default_reference()):
        sys.stdout.write(f"[{c.family}] {c.address!r}\n    truth={c.truth} also={c.also_named} ({c.note})\n")
