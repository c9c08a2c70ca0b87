"""A twenty-third independent noise model of Vietnamese addresses (set w), written from the registers only.

    from benchmarks.independent_w import generate
    cases = generate(150, 4242, Path("../shared/reference"))

Written without reading the address reader, its case files, the dev-set generators or the bodies
of the other models (only set v's frame: `Case` with `truth` / `also_named`, `generate(n, seed,
reference_dir)`, `FAMILIES`, and the family lists of sets a-v, to write other shapes). Set w copies
addresses as they travel abroad and through social media, stamps, receipts and corrections: forms
in French and in Japanese or Chinese, the literary names of provinces, the ring of an official
seal, the letter styles and hashtags of shop posts, a chat message that corrects itself, the
hyphens of old typewritten papers, a tone slipped on a type word, a type word of before the reform
in the two-level form, and receipts wrapped at a fixed width. Every unit comes from the registers
(`old_units.csv`, `old_districts.csv`, `old_provinces.csv`, `new_units.csv`, `new_provinces.csv`),
every truth from the crosswalk (`commune_mapping.csv`); the communes whose type changed in 2026
(`register_changes.csv`) are left out of the two-level form. About two addresses in five are in the
two-level form of July 2025. Hamlets, groups, houses and streets are numbered (`Thôn 3`, `Ấp 2`,
`Tổ 5`, `Khu phố 4`, `số 12`, `đường số 7`), so that they name no unit. Families:

- `french_forms`: French forms and civil-status transcriptions (consular files, visas, adoption
  and marriage papers): `commune de Tân Phú, district de Đức Hòa, province de Long An, Viêt Nam`,
  `quartier 5, 3e arrondissement, Hô-Chi-Minh-Ville`, `bourg de`, `ville de`, `Hanoï`, `Hué`,
  `Haïphong`, `Né(e) le 12/03/1985 à Tân Phú, Đức Hòa, Long An`, names with their marks or without.
- `cjk_forms`: Japanese and Chinese forms of labour-export and marriage files: the names in Latin
  letters (marked or not) followed by the Han type characters (`Long An省 Duc Hoa県 Tan Phu社`,
  `越南 Hà Nội市 Cầu Giấy郡 Dịch Vọng坊`, `市社` for thị xã, `市鎮` / `市镇` for thị trấn, `特区`),
  large to small or small to large, with `住所：`, `本籍：`, `地址：`.
- `province_nicknames`: the literary names of provinces in posts and the press (`xứ Thanh`, `xứ
  Nghệ`, `xứ Quảng`, `đất Cảng`, `đất Tổ`, `Thủ đô`, `Tây Đô`, `phố Núi`, `xứ Lạng`, `đất Mũi`,
  `xứ Dừa`, `đất Võ`, `Kinh Bắc`, `xứ Đoài`, `xứ Mường`, `xứ Tuyên`, `đất Thành Nam`, `đất Sen
  Hồng`, `xứ Trầm Hương`) in place of the province; a nickname fits every province it is used for.
- `seal_ring`: the text of a round official seal as OCR reads it: the body (`ỦY BAN NHÂN DÂN`,
  `UBND`, `CÔNG AN`, `HỘI ĐỒNG NHÂN DÂN`, `TRẠM Y TẾ`), the commune, the district and the province
  (`H.`, `T.` or in full, the province left off now and then) in capitals, cut by stars and read
  from any point of the ring.
- `styled_unicode`: shop posts in the letters of Facebook's bold fonts (mathematical bold, sans
  bold, bold italic, monospace, circled letters, with the marks as combining ones), emoji
  (`📍`, `🏠`, `👉`, `✅`, `☎️`) and decorative brackets (`【】`, `『』`, `「」`), in whole or in part.
- `hashtags`: real-estate and shop posts that give the place as hashtags (`#XãTânPhú
  #HuyệnĐứcHòa #LongAn`, `#tanphu #duchoa #longan`), alone or after a typed address, among the
  trade's own tags (`#chínhchủ`, `#đấtnền`, `#freeship`).
- `self_correction`: a chat or dictated message that corrects the commune (`xã Tân Phú à nhầm xã
  Tân Lập`, `xã Tân Lập (không phải Tân Phú)`, `~~Tân Phú~~ Tân Lập`, strike-through letters,
  `Sửa lại: ...`); the wrong commune is another of the same district or new province; the truth is
  the corrected one.
- `hyphenated_syllables`: the hyphens between syllables of older typewritten papers (`Xã Tân-Phú,
  Huyện Đức-Hòa, Tỉnh Long-An`, `Thị-trấn`, `Long-an`).
- `type_word_slips`: a tone or a letter slipped on a type word, as phone typing leaves it
  (`Phương 5, Quân 3`, `Huyên`, `Huyền`, `Tình`, `Tính`, `Xá`, `Thi trấn`, `Thị trân`, `Phườg`);
  drawn only where the slipped word and the name together name no unit.
- `former_type_two_level`: the two-level form with the commune's type of before July 2025 (`Thị
  trấn Đức Hòa, Tây Ninh` for the new Xã Đức Hòa; `Xã X` for a new phường X), drawn only where the
  new province has no unit of that name and type.
- `receipt_wrap`: thermal-printer receipts and labels (`KH:`, `SĐT:`, `ĐC:`, `Tổng:`), often in
  capitals without marks, hard-wrapped at 24-48 characters in the middle of a word.
- `mixture`: two noises in one address (one family's address in bold letters, wrapped, decorated or
  in capitals).

Truth rules, written from the registers: a name is compared case, spacing, hyphens and tone
placement aside (`hoà` is `hòa`), and without its marks when the text lost them. An old address
designates every old commune of the written name and type (any type when none is written) in the
written district (in every province the written province, nickname or seal fits; in every province
when none is written); its truth is every successor of those communes in `commune_mapping.csv` (a
flag listing them is right for a split commune). A two-level address designates the new unit of
the written name and type in the new province named; one written with a type of before the reform
designates every old commune of that name and type in the old provinces of the new province, and
its truth is their successors. Hamlets, streets, house numbers, amounts and hashtags of the trade
designate no unit; a commune the writer took back (`à nhầm`) is not meant. `also_named` is the truth.
"""

from __future__ import annotations

import csv
import os
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "french_forms",
    "cjk_forms",
    "province_nicknames",
    "seal_ring",
    "styled_unicode",
    "hashtags",
    "self_correction",
    "hyphenated_syllables",
    "type_word_slips",
    "former_type_two_level",
    "receipt_wrap",
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
    """A name compared case, spacing, hyphens and tone placement aside."""
    t = unicodedata.normalize("NFC", text).lower().replace("'", "").replace("-", " ")
    t = " ".join(t.split())
    for a, b in _TONE_MOVES.items():
        t = t.replace(a, b)
    return t


def plain(text: str) -> str:
    """A name compared without its marks."""
    t = unicodedata.normalize("NFD", key(text)).replace("đ", "d")
    return "".join(c for c in t if not unicodedata.combining(c))


def strip_marks(text: str) -> str:
    t = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in t if not unicodedata.combining(c)))


_OLD_TYPES = {"xã": "Xã", "phường": "Phường", "thị trấn": "Thị trấn"}
_DIST_TYPES = {"huyện": "Huyện", "quận": "Quận", "thị xã": "Thị xã", "thành phố": "Thành phố"}
_NEW_TYPES = {"xã": "Xã", "phường": "Phường", "đặc khu": "Đặc khu"}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


class Registers:
    """The two registers and the crosswalk, with the look-ups the truth rules need."""

    def __init__(self, ref: Path) -> None:
        self.old = _read(ref / "old_units.csv")
        self.old_by_code = {u["commune_code"]: u for u in self.old}
        self.districts = {d["district_code"]: d for d in _read(ref / "old_districts.csv")}
        self.old_provinces = {p["province_code"]: p for p in _read(ref / "old_provinces.csv")}
        self.new = _read(ref / "new_units.csv")
        self.new_by_code = {u["commune_code"]: u for u in self.new}
        self.new_provinces = {p["province_code"]: p for p in _read(ref / "new_provinces.csv")}
        self.changed_2026 = {c["code"] for c in _read(ref / "register_changes.csv") if c["level"] == "commune"}
        self.units_by_district: dict[str, list[dict[str, str]]] = {}
        for u in self.old:
            self.units_by_district.setdefault(u["district_code"], []).append(u)
        self.districts_by_province: dict[str, list[dict[str, str]]] = {}
        for d in self.districts.values():
            self.districts_by_province.setdefault(d["province_code"], []).append(d)
        self.new_by_province: dict[str, list[dict[str, str]]] = {}
        for u in self.new:
            self.new_by_province.setdefault(u["province_code"], []).append(u)
        self.successors: dict[str, set[str]] = {}
        self.predecessors: dict[str, set[str]] = {}
        for m in _read(ref / "commune_mapping.csv"):
            self.successors.setdefault(m["old_commune_code"], set()).add(m["new_commune_code"])
            self.predecessors.setdefault(m["new_commune_code"], set()).add(m["old_commune_code"])
        self.old_of_new_province: dict[str, list[str]] = {}
        for p in self.old_provinces.values():
            self.old_of_new_province.setdefault(p["new_province_code"], []).append(p["province_code"])
        self.old_province_by_short = {key(p["province_short_name"]): c for c, p in self.old_provinces.items()}
        self.all_names = (
            {key(u["commune_short_name"]) for u in self.old}
            | {key(u["commune_short_name"]) for u in self.new}
            | {key(d["district_short_name"]) for d in self.districts.values()}
            | {key(p["province_short_name"]) for p in self.old_provinces.values()}
            | {key(p["province_short_name"]) for p in self.new_provinces.values()}
        )

    def old_match(
        self,
        cname: str,
        ctype: str | None,
        dname: str | None,
        dtype: str | None,
        provinces: list[str] | None,
        marked: bool = True,
    ) -> list[dict[str, str]]:
        """Every old commune of that name (and type) in the districts of that name (and type)."""
        f = key if marked else plain
        want, dwant = f(cname), f(dname) if dname is not None else None
        out = []
        for p in provinces if provinces is not None else list(self.old_provinces):
            for d in self.districts_by_province.get(p, []):
                if dwant is not None and f(d["district_short_name"]) != dwant:
                    continue
                if dtype is not None and d["district_type"] != dtype:
                    continue
                for u in self.units_by_district.get(d["district_code"], []):
                    if f(u["commune_short_name"]) == want and (ctype is None or u["commune_type"] == ctype):
                        out.append(u)
        return out

    def old_truth(self, units: list[dict[str, str]]) -> tuple[str, ...]:
        return tuple(sorted({s for u in units for s in self.successors[u["commune_code"]]}))

    def new_match(
        self, cname: str, ctype: str | None, provinces: list[str], marked: bool = True
    ) -> list[dict[str, str]]:
        f = key if marked else plain
        want = f(cname)
        return [
            u
            for p in provinces
            for u in self.new_by_province.get(p, [])
            if f(u["commune_short_name"]) == want and (ctype is None or u["commune_type"] == ctype)
        ]


# ---------------------------------------------------------------- one address, two forms


@dataclass
class Addr:
    """One unit, its parents' names and types, and the truth of its plain reading."""

    new_form: bool
    ctype: str
    cname: str
    dtype: str
    dname: str
    ptype: str
    pname: str
    pcode: str
    truth: tuple[str, ...]
    code: str


def _province_label(ptype: str, pname: str, style: str) -> str:
    if key(pname) == key("Hồ Chí Minh"):
        return {"full": "Thành phố Hồ Chí Minh", "short": "TP. Hồ Chí Minh", "bare": "TP.HCM"}[style]
    if style == "bare":
        return pname
    if ptype == "thành phố":
        return f"Thành phố {pname}" if style == "full" else f"TP. {pname}"
    return f"Tỉnh {pname}" if style == "full" else f"T. {pname}"


class Builder:
    def __init__(self, reg: Registers, rnd: random.Random) -> None:
        self.reg = reg
        self.r = rnd

    def old_addr(self, pred: Callable[[dict[str, str]], bool] | None = None) -> Addr | None:
        pool = self.reg.old if pred is None else [u for u in self.reg.old if pred(u)]
        for _ in range(200):
            if not pool:
                return None
            u = self.r.choice(pool)
            d = self.reg.districts[u["district_code"]]
            p = self.reg.old_provinces[u["province_code"]]
            units = self.reg.old_match(
                u["commune_short_name"],
                u["commune_type"],
                d["district_short_name"],
                d["district_type"],
                [p["province_code"]],
            )
            return Addr(
                False,
                u["commune_type"],
                u["commune_short_name"],
                d["district_type"],
                d["district_short_name"],
                p["province_type"],
                p["province_short_name"],
                p["province_code"],
                self.reg.old_truth(units),
                u["commune_code"],
            )
        return None

    def new_addr(self, pred: Callable[[dict[str, str]], bool] | None = None) -> Addr | None:
        pool = self.reg.new if pred is None else [u for u in self.reg.new if pred(u)]
        for _ in range(200):
            if not pool:
                return None
            u = self.r.choice(pool)
            if u["commune_code"] in self.reg.changed_2026:
                continue
            p = self.reg.new_provinces[u["province_code"]]
            return Addr(
                True,
                u["commune_type"],
                u["commune_short_name"],
                "",
                "",
                p["province_type"],
                p["province_short_name"],
                p["province_code"],
                (u["commune_code"],),
                u["commune_code"],
            )
        return None

    def any_addr(self) -> Addr | None:
        return self.new_addr() if self.r.random() < 0.4 else self.old_addr()

    def hamlet(self, a: Addr) -> str:
        r = self.r
        south = int(a.pcode) >= 70
        if a.ctype == "phường":
            return r.choice(
                (
                    f"Tổ {r.randint(1, 40)}",
                    f"Khu phố {r.randint(1, 12)}" if south else f"Tổ dân phố {r.randint(1, 20)}",
                    f"Số {r.randint(1, 300)} đường số {r.randint(1, 30)}",
                )
            )
        return r.choice((f"Ấp {r.randint(1, 9)}" if south else f"Thôn {r.randint(1, 15)}", f"Tổ {r.randint(1, 20)}"))

    def plain_text(self, a: Addr, style: str = "full", hamlet: bool = True) -> str:
        """The address in its ordinary form, types written in full or abbreviated."""
        parts = [self.hamlet(a)] if hamlet and self.r.random() < 0.6 else []
        if a.new_form:
            parts.append(f"{_NEW_TYPES[a.ctype]} {a.cname}")
        else:
            parts.append(f"{_OLD_TYPES[a.ctype]} {a.cname}")
            parts.append(f"{_DIST_TYPES[a.dtype]} {a.dname}")
        parts.append(_province_label(a.ptype, a.pname, style))
        return ", ".join(parts)


def _case(family: str, address: str, truth: tuple[str, ...], note: str) -> Case:
    return Case(family, address, truth, truth, note)


def _note(a: Addr) -> str:
    if a.new_form:
        return f"new {a.code} {a.ctype} {a.cname}, {a.pname}"
    return f"old {a.code} {a.ctype} {a.cname}, {a.dtype} {a.dname}, {a.pname}"


_NAMES = ("Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thị Hoa", "Võ Văn Tài", "Đặng Thu Trang")


def _phone(r: random.Random) -> str:
    return r.choice(("09", "03", "08", "07")) + "".join(str(r.randint(0, 9)) for _ in range(8))


# ---------------------------------------------------------------- french_forms

_FR_CITIES = {
    "hà nội": ("Hanoï", "Hanoi"),
    "hồ chí minh": ("Hô-Chi-Minh-Ville", "Hô Chi Minh-Ville", "Ho Chi Minh-Ville"),
    "hải phòng": ("Haïphong", "Hai Phong"),
    "đà nẵng": ("Da Nang", "Đà Nẵng"),
    "huế": ("Hué", "Huê"),
    "cần thơ": ("Can Tho", "Cần Thơ"),
}


def _fr_ordinal(n: str) -> str:
    return "1er" if n == "1" else f"{n}e"


def gen_french(b: Builder) -> Case | None:
    r = b.r
    a = b.any_addr()
    if a is None:
        return None
    marked = r.random() < 0.5
    name = (lambda s: s) if marked else strip_marks
    ccity = _FR_CITIES.get(key(a.pname))
    province = r.choice(ccity) if ccity else f"province de {name(a.pname)}"
    country = r.choice(("Viêt Nam", "Vietnam", "Viêt-Nam", "VIETNAM"))
    numbered = a.cname.isdigit()
    if a.ctype == "phường":
        commune = f"quartier {a.cname}" if numbered else f"quartier {r.choice(('de ', ''))}{name(a.cname)}"
    elif a.ctype == "thị trấn":
        commune = f"bourg de {name(a.cname)}"
    elif a.ctype == "đặc khu":
        commune = f"zone spéciale de {name(a.cname)}"
    else:
        commune = f"commune de {name(a.cname)}"
    hamlet = ""
    if r.random() < 0.5:
        n = r.randint(1, 20)
        hamlet = (
            (f"groupe {n}, " if a.ctype == "phường" else f"hameau {n}, ")
            if r.random() < 0.6
            else f"{n}, rue {r.randint(1, 30)}, "
        )
    if a.new_form:
        body = f"{hamlet}{commune}, {province}"
    else:
        if a.dtype == "quận":
            district = (
                f"{_fr_ordinal(a.dname)} arrondissement" if a.dname.isdigit() else f"arrondissement de {name(a.dname)}"
            )
        elif a.dtype in {"thành phố", "thị xã"}:
            district = f"ville de {name(a.dname)}"
        else:
            district = f"district de {name(a.dname)}"
        body = f"{hamlet}{commune}, {district}, {province}"
    shape = r.randrange(4)
    if shape == 0:
        text = f"Adresse : {body}, {country}"
    elif shape == 1:
        text = f"Domicile : {body} ({country})"
    elif shape == 2:
        text = f"Lieu de résidence habituelle : {body}, {country}"
    else:
        text = f"Né(e) le {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1950, 2005)} à {body} ({country})"
    truth = _truth_of(b, a, marked)
    return _case("french_forms", text, truth, _note(a) + ("" if marked else " (no marks)"))


def _truth_of(b: Builder, a: Addr, marked: bool, typed: bool = True) -> tuple[str, ...]:
    """The truth of `a` written with (or without) its marks and its commune's type."""
    ctype = a.ctype if typed else None
    if a.new_form:
        units = b.reg.new_match(a.cname, ctype, [a.pcode], marked)
        return tuple(sorted(u["commune_code"] for u in units))
    provs = [a.pcode]
    if not marked:  # an unmarked province may be another's name without its marks
        provs = [c for c, p in b.reg.old_provinces.items() if plain(p["province_short_name"]) == plain(a.pname)]
    dtype = a.dtype if typed or a.dname.isdigit() else None
    return b.reg.old_truth(b.reg.old_match(a.cname, ctype, a.dname, dtype, provs, marked))


# ---------------------------------------------------------------- cjk_forms

_CJK_OLD = {"xã": "社", "phường": "坊", "thị trấn": ("市鎮", "市镇")}
_CJK_DIST = {"huyện": ("県", "县"), "quận": "郡", "thị xã": "市社", "thành phố": "市"}
_CJK_NEW = {"xã": "社", "phường": "坊", "đặc khu": "特区"}


def _cjk(mark: str | tuple[str, str], japanese: bool) -> str:
    if isinstance(mark, tuple):
        return mark[0] if japanese else mark[1]
    return mark


def gen_cjk(b: Builder) -> Case | None:
    r = b.r
    a = b.any_addr()
    if a is None:
        return None
    japanese = r.random() < 0.6
    marked = r.random() < 0.4
    name = (lambda s: s) if marked else strip_marks
    space = r.choice(("", "", " "))
    prov = f"{name(a.pname)}{space}{'市' if a.ptype == 'thành phố' else '省'}"
    if a.new_form:
        parts = [prov, f"{name(a.cname)}{space}{_cjk(_CJK_NEW[a.ctype], japanese)}"]
    else:
        parts = [
            prov,
            f"{name(a.dname)}{space}{_cjk(_CJK_DIST[a.dtype], japanese)}",
            f"{name(a.cname)}{space}{_cjk(_CJK_OLD[a.ctype], japanese)}",
        ]
    country = (
        r.choice(("ベトナム", "ベトナム国", "ベトナム社会主義共和国"))
        if japanese
        else r.choice(("越南", "越南社会主义共和国"))
    )
    large_first = r.random() < 0.6
    text = f"{country} {' '.join(parts)}" if large_first else ", ".join(reversed(parts)) + f", {country}"
    label = (
        r.choice(("住所：", "現住所：", "本籍：", ""))
        if japanese
        else r.choice(("地址：", "户籍地址：", "现住址：", ""))
    )
    truth = _truth_of(b, a, marked)
    return _case("cjk_forms", label + text, truth, _note(a) + ("" if marked else " (no marks)"))


# ---------------------------------------------------------------- province_nicknames

_NICKNAMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("xứ Thanh",), ("Thanh Hóa",)),
    (("xứ Nghệ",), ("Nghệ An", "Hà Tĩnh")),
    (("xứ Quảng", "đất Quảng"), ("Quảng Nam", "Quảng Ngãi")),
    (("đất Cảng", "thành phố Cảng"), ("Hải Phòng",)),
    (("đất Tổ",), ("Phú Thọ",)),
    (("Thủ đô", "Hà thành"), ("Hà Nội",)),
    (("Tây Đô",), ("Cần Thơ",)),
    (("phố Núi",), ("Gia Lai", "Kon Tum")),
    (("xứ Lạng",), ("Lạng Sơn",)),
    (("đất Mũi",), ("Cà Mau",)),
    (("xứ Dừa",), ("Bến Tre",)),
    (("đất Võ",), ("Bình Định",)),
    (("Kinh Bắc",), ("Bắc Ninh", "Bắc Giang")),
    (("xứ Đoài",), ("Hà Nội", "Phú Thọ", "Vĩnh Phúc")),
    (("xứ Mường",), ("Hoà Bình",)),
    (("xứ Tuyên",), ("Tuyên Quang",)),
    (("đất Thành Nam",), ("Nam Định",)),
    (("đất Sen Hồng",), ("Đồng Tháp",)),
    (("xứ Trầm Hương",), ("Khánh Hòa",)),
)


def gen_nicknames(b: Builder) -> Case | None:
    r = b.r
    nicks, provinces = r.choice(_NICKNAMES)
    nick = r.choice(nicks)
    old_codes = [b.reg.old_province_by_short[key(p)] for p in provinces]
    home = r.choice(old_codes[:1] if nick == "xứ Đoài" else old_codes)
    new_codes = sorted({b.reg.old_provinces[c]["new_province_code"] for c in old_codes})
    if r.random() < 0.4:
        a = b.new_addr(
            lambda u: any(
                b.reg.old_by_code[o]["province_code"] == home for o in b.reg.predecessors.get(u["commune_code"], ())
            )
        )
        if a is None:
            return None
        units = b.reg.new_match(a.cname, a.ctype, new_codes)
        truth = tuple(sorted(u["commune_code"] for u in units))
        unit = f"{_NEW_TYPES[a.ctype].lower()} {a.cname}"
    else:
        a = b.old_addr(lambda u: u["province_code"] == home)
        if a is None:
            return None
        truth = b.reg.old_truth(b.reg.old_match(a.cname, a.ctype, a.dname, a.dtype, old_codes))
        unit = f"{_OLD_TYPES[a.ctype].lower()} {a.cname}, {_DIST_TYPES[a.dtype].lower()} {a.dname}"
    hamlet = f"{b.hamlet(a)}, " if r.random() < 0.4 else ""
    shape = r.randrange(5)
    if shape == 0:
        text = f"Quê em ở {hamlet}{unit}, {nick} ạ"
    elif shape == 1:
        text = f"{hamlet}{unit} ({nick})"
    elif shape == 2:
        text = f"Địa chỉ: {hamlet}{unit} - {nick}"
    elif shape == 3:
        text = f"Người con {nick}, hiện sống tại {hamlet}{unit}"
    else:
        text = f"{hamlet}{unit}, {nick}".capitalize()
    return _case("province_nicknames", text, truth, _note(a) + f" [{nick}: {', '.join(provinces)}]")


# ---------------------------------------------------------------- seal_ring

_BODIES = ("ỦY BAN NHÂN DÂN", "UBND", "CÔNG AN", "HỘI ĐỒNG NHÂN DÂN", "TRẠM Y TẾ", "UỶ BAN NHÂN DÂN")
_STARS = (" * ", " ★ ", " ☆ ", " ✱ ", " - ")


def gen_seal(b: Builder) -> Case | None:
    r = b.r
    a = b.any_addr()
    if a is None:
        return None
    marked = r.random() < 0.8
    up = (lambda s: s.upper()) if marked else (lambda s: strip_marks(s).upper())
    body = r.choice(_BODIES)
    ctype = {"xã": "XÃ", "phường": "PHƯỜNG", "thị trấn": "THỊ TRẤN", "đặc khu": "ĐẶC KHU"}[a.ctype]
    commune = up(f"{ctype} {a.cname}")
    short = r.random() < 0.5
    pword = ("TP." if short else "THÀNH PHỐ") if a.ptype == "thành phố" else ("T." if short else "TỈNH")
    province = up(f"{pword} {a.pname}")
    pieces = [up(body), commune]
    provinces: list[str] | None = [a.pcode]
    if a.new_form:
        pieces.append(province)
    else:
        dword = {
            "huyện": ("H.", "HUYỆN"),
            "quận": ("Q.", "QUẬN"),
            "thị xã": ("TX.", "THỊ XÃ"),
            "thành phố": ("TP.", "THÀNH PHỐ"),
        }[a.dtype]
        pieces.append(up(f"{dword[0] if short else dword[1]} {a.dname}"))
        if r.random() < 0.7:
            pieces.append(province)
        else:
            provinces = None  # the seal of a commune may carry its district only
    sep = r.choice(_STARS)
    k = r.randrange(len(pieces))
    ring = sep.join(pieces[k:] + pieces[:k])
    if r.random() < 0.5:
        ring = sep.strip() + " " + ring + " " + sep.strip()
    text = r.choice(("", "", "(Dấu) ", "[Dấu đỏ: ", "Đóng dấu: ")) + ring
    if text.startswith("[Dấu"):
        text += "]"
    if a.new_form:
        truth = _truth_of(b, a, marked)
    else:
        pcs = provinces
        if pcs is not None and not marked:
            pcs = [c for c, p in b.reg.old_provinces.items() if plain(p["province_short_name"]) == plain(a.pname)]
        truth = b.reg.old_truth(b.reg.old_match(a.cname, a.ctype, a.dname, a.dtype, pcs, marked))
    return _case("seal_ring", text, truth, _note(a) + ("" if provinces else " (no province)"))


# ---------------------------------------------------------------- styled_unicode

_STYLES = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "bold_italic": (0x1D468, 0x1D482, None),
    "monospace": (0x1D670, 0x1D68A, 0x1D7F6),
    "circled": (0x24B6, 0x24D0, None),
}


def stylise(text: str, style: str) -> str:
    """Letters in one of the Unicode letter styles shops post in, the marks kept as combining marks."""
    upper, lower, digits = _STYLES[style]
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - 97))
        elif digits is not None and "0" <= ch <= "9":
            out.append(chr(digits + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


_EMOJI = ("📍", "🏠", "👉", "✅", "🏡", "⭐", "🔥", "📌")
_BRACKETS = (("【", "】"), ("『", "』"), ("「", "」"), ("《", "》"), ("〖", "〗"))


def decorate(b: Builder, text: str) -> str:
    r = b.r
    if r.random() < 0.4:
        o, c = r.choice(_BRACKETS)
        text = f"{o}{text}{c}"
    e = r.choice(_EMOJI)
    text = f"{e} {text}" if r.random() < 0.7 else f"{e}{text}"
    if r.random() < 0.5:
        text += " " + r.choice(("☎️ ", "📞 ", "Zalo: ")) + _phone(r)
    if r.random() < 0.3:
        text += " " + r.choice(_EMOJI) * r.randint(1, 3)
    return text


def gen_styled(b: Builder) -> Case | None:
    r = b.r
    a = b.any_addr()
    if a is None:
        return None
    style = r.choice(tuple(_STYLES))
    addr = b.plain_text(a, r.choice(("full", "full", "short", "bare")))
    if r.random() < 0.5:
        text = stylise(addr, style)
    else:  # only the units, after the last hamlet part
        head, _, tail = addr.partition(", ") if addr.startswith(("Thôn", "Ấp", "Tổ", "Khu", "Số")) else ("", "", addr)
        text = (head + ", " if head else "") + stylise(tail, style)
    if r.random() < 0.5:
        text = stylise(r.choice(("Địa chỉ", "Đ/c", "Shop ở", "Kho hàng")), style) + ": " + text
    text = decorate(b, text)
    return _case("styled_unicode", text, a.truth, _note(a) + f" [{style}]")


# ---------------------------------------------------------------- hashtags

_TRADE_TAGS = (
    "#chínhchủ",
    "#đấtnền",
    "#freeship",
    "#bấtđộngsản",
    "#nhàđẹp",
    "#giárẻ",
    "#shipCOD",
    "#sổhồng",
    "#nhàphố",
)


def _tag(text: str, ascii_lower: bool) -> str:
    t = "".join(w[:1].upper() + w[1:] for w in text.split())
    return "#" + (strip_marks(t).lower() if ascii_lower else t)


def gen_hashtags(b: Builder) -> Case | None:
    r = b.r
    a = b.any_addr()
    if a is None:
        return None
    trade = r.sample(_TRADE_TAGS, r.randint(1, 3))
    lead = r.choice(
        (
            "Bán lô đất 5x20m thổ cư, đường ô tô.",
            "Cần bán gấp nhà cấp 4 chính chủ.",
            "Shop nhận ship toàn quốc, kho hàng ở đây nha.",
            "Cho thuê phòng trọ giá sinh viên.",
        )
    )
    if r.random() < 0.5:  # the place only in tags
        ascii_lower = r.random() < 0.4
        typed = r.random() < 0.5
        if a.new_form:
            parts = [f"{_NEW_TYPES[a.ctype]} {a.cname}" if typed else a.cname, a.pname]
        else:
            parts = [
                f"{_OLD_TYPES[a.ctype]} {a.cname}" if typed else a.cname,
                f"{_DIST_TYPES[a.dtype]} {a.dname}" if typed or a.dname.isdigit() else a.dname,
                a.pname,
            ]
        if any(p.isdigit() for p in parts):
            return None
        if r.random() < 0.3:
            parts.reverse()
        tags = [_tag(p, ascii_lower) for p in parts]
        allt = tags + trade
        if r.random() < 0.5:
            allt = trade[:1] + tags + trade[1:]
        text = f"{lead} {' '.join(allt)}"
        truth = _truth_of(b, a, not ascii_lower, typed=typed)
        note = _note(a) + " (tags only" + (", no marks" if ascii_lower else "") + ")"
    else:
        addr = b.plain_text(a, r.choice(("full", "short", "bare")))
        extra = [_tag(a.pname, r.random() < 0.3)] if r.random() < 0.6 else []
        text = f"{lead}\n📍 {addr}\n{' '.join(trade + extra)}"
        truth = a.truth
        note = _note(a) + " (typed address)"
    return _case("hashtags", text, truth, note)


# ---------------------------------------------------------------- self_correction


def gen_correction(b: Builder) -> Case | None:
    r = b.r
    a = b.any_addr()
    if a is None:
        return None
    if a.new_form:
        others = [
            u
            for u in b.reg.new_by_province[a.pcode]
            if key(u["commune_short_name"]) != key(a.cname) and u["commune_code"] not in b.reg.changed_2026
        ]
        if not others:
            return None
        w = r.choice(others)
        wtype, wname = w["commune_type"], w["commune_short_name"]
        tail = _province_label(a.ptype, a.pname, r.choice(("full", "short", "bare")))
        types = _NEW_TYPES
    else:
        u0 = b.reg.old_by_code[a.code]
        others = [
            u
            for u in b.reg.units_by_district[u0["district_code"]]
            if key(u["commune_short_name"]) != key(a.cname) and not (b.reg.successors[u["commune_code"]] & set(a.truth))
        ]
        if not others:
            return None
        w = r.choice(others)
        wtype, wname = w["commune_type"], w["commune_short_name"]
        prov = _province_label(a.ptype, a.pname, r.choice(("full", "short", "bare")))
        tail = f"{_DIST_TYPES[a.dtype].lower()} {a.dname}, {prov}"
        types = _OLD_TYPES
    right = f"{types[a.ctype].lower()} {a.cname}"
    wrong = f"{types[wtype].lower()} {wname}"
    hamlet = f"{b.hamlet(a)}, " if r.random() < 0.5 else ""
    shape = r.randrange(7)
    if shape == 0:
        text = f"{hamlet}{wrong} à nhầm {right}, {tail}"
    elif shape == 1:
        text = f"{hamlet}{right} (không phải {wname} đâu ạ), {tail}"
    elif shape == 2:
        text = f"{hamlet}{types[a.ctype].lower()} ~~{wname}~~ {a.cname}, {tail}"
    elif shape == 3:
        struck = "".join(c + "\u0336" for c in unicodedata.normalize("NFC", wname))
        text = f"{hamlet}{types[a.ctype].lower()} {struck} {a.cname}, {tail}"
    elif shape == 4:
        text = f"{hamlet}{wrong}, {tail}. Sửa lại: {right}, {tail}"
    elif shape == 5:
        text = f"{hamlet}{wrong}, {tail} *xin lỗi, {right} chứ ko phải {wname}"
    else:
        text = f"Ghi nhầm {wrong}, đúng là {hamlet}{right}, {tail}"
    if shape == 2 and wtype != a.ctype:
        return None
    if shape == 3 and wtype != a.ctype:
        return None
    return _case("self_correction", text, a.truth, _note(a) + f" [wrong: {wtype} {wname} {w['commune_code']}]")


# ---------------------------------------------------------------- hyphenated_syllables


def hyphenate(name: str, lower_after: bool) -> str:
    if name.isdigit():
        return name
    words = name.split()
    if lower_after:
        words = [words[0]] + [w.lower() for w in words[1:]]
    return "-".join(words)


def gen_hyphen(b: Builder) -> Case | None:
    r = b.r
    a = b.any_addr()
    if a is None:
        return None
    if len(a.cname.split()) < 2 and (a.new_form or len(a.dname.split()) < 2):
        return None
    low = r.random() < 0.3
    hy_types = r.random() < 0.4

    def t(word: str) -> str:
        return hyphenate(word, False) if hy_types else word

    ham = f"{b.hamlet(a)}, " if r.random() < 0.5 else ""
    if key(a.pname) == key("Hồ Chí Minh"):
        prov = r.choice(("Thành-phố Hồ-Chí-Minh", "TP. Hồ-Chí-Minh"))
    else:
        prov = f"{t('Thành phố') if a.ptype == 'thành phố' else 'Tỉnh'} {hyphenate(a.pname, low)}"
    if a.new_form:
        text = f"{ham}{t(_NEW_TYPES[a.ctype])} {hyphenate(a.cname, low)}, {prov}"
    else:
        district = f"{t(_DIST_TYPES[a.dtype])} {hyphenate(a.dname, low)}"
        text = f"{ham}{t(_OLD_TYPES[a.ctype])} {hyphenate(a.cname, low)}, {district}, {prov}"
    if r.random() < 0.3:
        text = text.replace(", ", " - ")
    return _case("hyphenated_syllables", text, a.truth, _note(a))


# ---------------------------------------------------------------- type_word_slips

_SLIPS = {
    "Phường": ("Phương", "Phướng", "Phưởng", "Phườg", "Phuờng"),
    "Quận": ("Quân", "Quấn", "Quạn", "Qận"),
    "Huyện": ("Huyên", "Huyền", "Huyến", "Huỵen"),
    "Tỉnh": ("Tinh", "Tình", "Tính", "Tịnh"),
    "Xã": ("Xá", "Xà", "Xạ"),
    "Thị trấn": ("Thi trấn", "Thị trân", "Thị trần", "Thi trân"),
    "Thị xã": ("Thi xã", "Thị xa", "Thị xá"),
    "Thành phố": ("Thanh phố", "Thành phô", "Thàng phố", "Thành phộ"),
    "Đặc khu": ("Đăc khu", "Đặc khư"),
}


def _slip_ok(reg: Registers, slip: str, name: str) -> bool:
    """The slipped type word and the name together (or the slipped word alone) name no unit."""
    k = key(f"{slip} {name}")
    words = k.split()
    return all(" ".join(words[:i]) not in reg.all_names for i in range(1, len(words) + 1))


def gen_slips(b: Builder) -> Case | None:
    r = b.r
    a = b.any_addr()
    if a is None:
        return None
    if a.new_form:
        levels = [(_NEW_TYPES[a.ctype], a.cname), ("Thành phố" if a.ptype == "thành phố" else "Tỉnh", a.pname)]
    else:
        levels = [
            (_OLD_TYPES[a.ctype], a.cname),
            (_DIST_TYPES[a.dtype], a.dname),
            ("Thành phố" if a.ptype == "thành phố" else "Tỉnh", a.pname),
        ]
    nslips = 1 if r.random() < 0.6 else 2
    which = set(r.sample(range(len(levels)), min(nslips, len(levels))))
    parts = [b.hamlet(a)] if r.random() < 0.5 else []
    slipped = []
    for i, (word, name) in enumerate(levels):
        if i in which:
            s = r.choice(_SLIPS[word])
            if not _slip_ok(b.reg, s, name):
                return None
            word = s
            slipped.append(s)
        parts.append(f"{word} {name}")
    text = ", ".join(parts)
    if r.random() < 0.3:
        text = text.lower()
    return _case("type_word_slips", text, a.truth, _note(a) + f" [slips: {', '.join(slipped)}]")


# ---------------------------------------------------------------- former_type_two_level


def gen_former_type(b: Builder) -> Case | None:
    r = b.r
    reg = b.reg
    for _ in range(300):
        n = r.choice(reg.new)
        if n["commune_code"] in reg.changed_2026:
            continue
        olds = [
            reg.old_by_code[o]
            for o in sorted(reg.predecessors.get(n["commune_code"], ()))
            if key(reg.old_by_code[o]["commune_short_name"]) == key(n["commune_short_name"])
            and reg.old_by_code[o]["commune_type"] != n["commune_type"]
        ]
        if olds:
            break
    else:
        return None
    old = r.choice(olds)
    np_ = n["province_code"]
    if reg.new_match(n["commune_short_name"], old["commune_type"], [np_]):
        return None
    units = reg.old_match(n["commune_short_name"], old["commune_type"], None, None, reg.old_of_new_province[np_])
    truth = reg.old_truth(units)
    p = reg.new_provinces[np_]
    a = Addr(
        True,
        n["commune_type"],
        n["commune_short_name"],
        "",
        "",
        p["province_type"],
        p["province_short_name"],
        np_,
        truth,
        n["commune_code"],
    )
    prov = _province_label(a.ptype, a.pname, r.choice(("full", "short", "bare")))
    ham = f"{b.hamlet(a)}, " if r.random() < 0.5 else ""
    typ = _OLD_TYPES[old["commune_type"]]
    if r.random() < 0.3:
        typ = {"Xã": "X.", "Phường": "P.", "Thị trấn": "TT."}[typ]
    text = f"{ham}{typ} {n['commune_short_name']}, {prov}"
    if r.random() < 0.3:
        text = r.choice(("Địa chỉ mới: ", "Địa chỉ (sau sáp nhập): ", "ĐC: ")) + text
    return _case(
        "former_type_two_level",
        text,
        truth,
        f"new {n['commune_code']} {n['commune_type']} {n['commune_short_name']} written {old['commune_type']};"
        f" old {[u['commune_code'] for u in units]}",
    )


# ---------------------------------------------------------------- receipt_wrap


def hard_wrap(text: str, width: int) -> str:
    lines = []
    for line in text.split("\n"):
        while len(line) > width:
            lines.append(line[:width])
            line = line[width:]
        lines.append(line)
    return "\n".join(lines)


def gen_receipt(b: Builder) -> Case | None:
    r = b.r
    a = b.any_addr()
    if a is None:
        return None
    ascii_caps = r.random() < 0.6
    addr = b.plain_text(a, r.choice(("full", "short")))
    if r.random() < 0.4:
        addr = (
            addr.replace("Xã ", "X.")
            .replace("Phường ", "P.")
            .replace("Huyện ", "H.")
            .replace("Quận ", "Q.")
            .replace("Thị trấn ", "TT.")
            .replace("Thị xã ", "TX.")
        )
    name = r.choice(_NAMES)
    lines = [f"KH: {name}", f"SĐT: {_phone(r)}", f"ĐC: {addr}"]
    if r.random() < 0.5:
        lines.append(f"Tổng: {r.randint(5, 99) * 10}.000đ")
    text = "\n".join(lines)
    if ascii_caps:
        text = strip_marks(text).upper()
    width = r.choice((24, 32, 32, 42, 48))
    text = hard_wrap(text, width)
    truth = _truth_of(b, a, not ascii_caps)
    return _case("receipt_wrap", text, truth, _note(a) + f" [width {width}{', ascii caps' if ascii_caps else ''}]")


# ---------------------------------------------------------------- mixture

_BASES: tuple[str, ...] = (
    "french_forms",
    "province_nicknames",
    "self_correction",
    "type_word_slips",
    "former_type_two_level",
    "hyphenated_syllables",
    "seal_ring",
    "cjk_forms",
)


def gen_mixture(b: Builder) -> Case | None:
    r = b.r
    base_name = r.choice(_BASES)
    base = _GENERATORS[base_name](b)
    if base is None:
        return None
    how = r.randrange(4)
    text = base.address
    if how == 0:
        text = stylise(text, r.choice(("bold", "sans_bold", "monospace")))
    elif how == 1:
        text = hard_wrap(text, r.choice((24, 32, 42)))
    elif how == 2:
        text = decorate(b, text)
    else:
        text = text.upper()
    return Case(
        "mixture",
        text,
        base.truth,
        base.also_named,
        f"{base_name}+{('styled', 'wrapped', 'decorated', 'capitals')[how]}: {base.note}",
    )


_GENERATORS: dict[str, Callable[[Builder], Case | None]] = {
    "french_forms": gen_french,
    "cjk_forms": gen_cjk,
    "province_nicknames": gen_nicknames,
    "seal_ring": gen_seal,
    "styled_unicode": gen_styled,
    "hashtags": gen_hashtags,
    "self_correction": gen_correction,
    "hyphenated_syllables": gen_hyphen,
    "type_word_slips": gen_slips,
    "former_type_two_level": gen_former_type,
    "receipt_wrap": gen_receipt,
    "mixture": gen_mixture,
}


def generate(n: int, seed: int, reference_dir: Path | None = None) -> list[Case]:
    """`n` addresses per family, reproducible from `seed` whatever the string hash seed."""
    reg = Registers(reference_dir or _default_reference())
    cases: list[Case] = []
    for i, family in enumerate(FAMILIES):
        b = Builder(reg, random.Random(seed * 1000 + i))
        made = 0
        tries = 0
        while made < n:
            tries += 1
            if tries > n * 200:
                raise RuntimeError(f"{family}: only {made} of {n} addresses after {tries} tries")
            case = _GENERATORS[family](b)
            if case is None or not case.truth:
                continue
            cases.append(case)
            made += 1
    return cases


def _default_reference() -> Path:
    return reference_dir()
