"""A twenty-seventh independent noise model of Vietnamese addresses (set aa), written from the registers only.

    from benchmarks.independent_aa import generate
    cases = generate(150, 9191, Path("../shared/reference"))

Written without reading the address reader, its case files, the dev-set generators or the bodies
of the other models (only set z's frame: `Case` with `truth` / `also_named`, `generate(n, seed,
reference_dir)`, `FAMILIES`, and the family lists of sets a-z, to write other shapes). Set aa copies
texts that come out of old office software, the web and speech, and documents whose other places
are not the address: Vietnamese typed in the legacy fonts of the 1990s and 2000s (TCVN3 / ABC and
VNI-Windows) and read back as Unicode, web addresses and file paths built from the names, the lead
sentence of an encyclopedia article, search-engine queries about the reform, names ending in a
letter (`Vĩnh Lộc A`), number syllables turned into digits by voice typing (`Xã 3 Trại`),
epidemic notices with the patient's itinerary, and the footer of a commune's official letter with
its recipients. Every unit comes from the registers (`old_units.csv`, `old_districts.csv`,
`old_provinces.csv`, `new_units.csv`, `new_provinces.csv`, `register_changes.csv`), every truth
from the crosswalk (`commune_mapping.csv`). Hamlets, groups and houses are numbered (`Thôn 3`, `Ấp
2`, `Tổ 5`, `Khu phố 4`), so that they name no unit. About one address in three is in the
two-level form of July 2025. Families:

- `legacy_font`: an address typed in a TCVN3 (`.VnTime`) or a VNI-Windows font and pasted as
  Unicode: `X· T©n Phó, HuyÖn §øc Hßa, TØnh Long An` (TCVN3, capitals with a tone take the small
  letter's code, `ư` is a soft hyphen), `Xaõ Taân Phuù, Huyeän Ñöùc Hoøa` (VNI), the whole text or
  everything after a Unicode label (`Địa chỉ: ...`).
- `web_address`: listing and portal URLs built from the names (`https://batdongsan.com.vn/ban-dat-
  xa-tan-phu-huyen-duc-hoa-long-an-pr123`, `http://xatanphu.duchoa.longan.gov.vn`, the two-level
  `.../ban-nha-phuong-ben-thanh-ho-chi-minh`, `ubnd.xatanphu@tayninh.gov.vn`).
- `file_name`: the names in a file name or a folder path (`DS_ho_ngheo_2023_Xa_Tan_Phu_Huyen_Duc_
  Hoa.xlsx`, `D:\\DuLieu\\LongAn\\DucHoa\\TanPhu\\BaoCao_Q3.docx`, `Danh sách cử tri xã Tân Phú -
  huyện Đức Hòa.pdf`, `KeHoach_2026_XaTanPhu_TayNinh.docx`).
- `encyclopedia_lead`: the lead sentence of an encyclopedia article (`Tân Phú là một xã thuộc
  huyện Đức Hòa, tỉnh Long An, Việt Nam.`), with the area and population, sometimes the reform's
  sentence (`Từ ngày 1 tháng 7 năm 2025, xã Tân Phú được sáp nhập vào xã ...`), or an infobox in
  lines (`Tỉnh: Long An` / `Huyện: Đức Hòa`).
- `search_query`: what people typed into a search engine about the reform (`xã tân phú huyện đức
  hòa long an sáp nhập thành xã gì`, `tan phu duc hoa sau sap nhap la xa nao`, `phường bến thành
  tp hcm trước đây là phường nào`), lower case, with or without marks, type words or province.
- `letter_suffix`: communes named with a final letter (`Vĩnh Lộc A`, `Bình Hưng Hòa B`, `Hưng Điền
  A`) with the letter hyphenated, in brackets, in lower case, glued, quoted or dropped (then every
  unit of the district whose name is the rest, with or without a letter, is meant), and such an old
  ward in the two-level form with the province it kept.
- `asr_digits`: voice typing that turns number syllables of names into digits (`xã 3 trại huyện
  phúc thọ`, `Phường 7 Hiền`, `huyện 3 Vì`, `Thị trấn Thứ 11`, `thành phố Thủ Dầu 1`), lower case
  without punctuation or capitalised with commas, in the old or the two-level form.
- `epidemic_notice`: COVID-19 case notices of 2020-2021 (`Ca bệnh BN12345 (F0): nữ, sinh năm
  1985, địa chỉ: ...; Lịch trình: ngày 12/7 đi chợ xã B, ngày 13/7 đến Trạm Y tế xã C`) and
  dengue or measles notices of 2025-2026 in the two-level form; B and C other communes of the
  district (old form) or other units of the province. Truth: the patient's residence.
- `signature_block`: the footer of a commune's official letter: the place-and-date line with the
  commune's bare name (`Tân Phú, ngày 12 tháng 3 năm 2024`), `TM. ỦY BAN NHÂN DÂN XÃ TÂN PHÚ`,
  the signer, and `Nơi nhận:` with the district's (or, since July 2025, the province's) committee
  and other communes of the district or province. Truth: the issuing commune.
- `mixture`: an address of `encyclopedia_lead`, `search_query`, `letter_suffix`, `asr_digits`,
  `epidemic_notice` or `signature_block` typed in a legacy font (whole, or after its first label).

Truth rules, written from the registers: a name is compared case, spacing, hyphens, apostrophes
and tone placement aside (`hoà` is `hòa`); without its marks when the text lost them (a URL, a
file name, a query typed without marks), and then also without its spaces (`tanphu`); with the
number syllables as digits in `asr_digits` (every unit whose name so written is the text's); with
the final letter left out when it was dropped. A legacy font is read by its code table, so it
names what the Unicode text would. An old address designates every old commune of the written
name and type (any type when none is written) in the written district (of the written type, when
written) of every old province the written province fits (the old province or the new one it
went into; every province when none is written); its truth is every successor of those communes
in `commune_mapping.csv` (a flag listing them is right for a split commune). A two-level address
designates the new unit of the written name and type (the July-2025 or the 2026 type) in the new
province named; when the written province is also an old province, the old communes of that name
and type in it are also designated, with their successors. The places of an itinerary, the
recipients of a letter, the sites of URLs, hamlets, houses and people designate no unit.
`also_named` is the truth.

First figures, when the set was written (the reader of main 0177abe, which had not seen it),
`evaluate_independent.py --set aa --n 150` at seeds 9191 / 7 / 99, in % of each family ("flagged"
is split/ambiguous listing the truth; "w/o" is flagged without the truth or with part of it;
wrong in cases):

    family              right         flagged       w/o        unmatched     wrong
    legacy_font         96/95/91      4/5/7         0/0/0      0/1/1         0/0/0
    web_address         1/1/1         9/16/15       48/41/41   41/37/41      3/6/3
    file_name           21/18/17      41/34/40      1/8/3      35/38/38      3/3/3
    encyclopedia_lead   5/5/5         29/27/30      0/0/0      66/68/65      0/0/0
    search_query        30/19/17      3/1/1         0/0/0      67/81/81      0/0/0
    letter_suffix       73/75/73      24/21/20      0/1/0      1/0/2         0/0/0
    asr_digits          43/43/49      18/15/15      3/5/2      35/36/34      0/0/0
    epidemic_notice     75/77/74      3/4/3         1/0/0      21/19/23      0/0/0
    signature_block     3/10/7        28/18/22      31/29/25   9/11/13       44/48/48
    mixture             27/18/25      13/10/6       5/6/9      51/57/51      4/12/11
    all (1,500 each)    37.5/36.1/36.0  17.2/15.1/15.9  9.0/9.1/8.0  32.5/34.8/35.0  54/69/65

The confidently wrong answers: in every `signature_block` case and every wrong `mixture` case (a
signature block in a legacy font) the reader answers a recipient of `Nơi nhận:` (the last unit
listed, another commune of the district or province) instead of the issuing commune; in URLs and
file names it reads the file extension or the listing number as the province and the last name as
a commune elsewhere (`DS_cu_tri_2026_XaTanMinh_NinhBinh.doc`, new Xã Tân Minh 13807, as Xã Ninh
Bình of Khánh Hòa 22576; `.../ban-dat-tan-hai-ninh-hai-ninh-thuan-pr5411302`, old Tân Hải 22855,
as old Xã Thuận of Quảng Trị, now Xã Lìa 19489; `http://phuong7.travinh.travinh.gov.vn`, old Phường 7 29254, as
Phường Trà Vinh 29242).
"""

from __future__ import annotations

import csv
import os
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "legacy_font",
    "web_address",
    "file_name",
    "encyclopedia_lead",
    "search_query",
    "letter_suffix",
    "asr_digits",
    "epidemic_notice",
    "signature_block",
    "mixture",
)

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


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


# --- name keys -------------------------------------------------------------------------------


def key(text: str) -> str:
    """Lower case, hyphens and apostrophes as spaces or nothing, the tone mark moved to the end of
    its syllable (so that `hoà` and `hòa` are one key)."""
    t = unicodedata.normalize("NFD", text.lower())
    t = t.replace("-", " ").replace("'", "").replace("\u2019", "")
    words = []
    for w in t.split():
        tones = "".join(c for c in w if c in TONES)
        base = "".join(c for c in w if c not in TONES)
        words.append(unicodedata.normalize("NFC", base) + tones)
    return " ".join(words)


def flat(text: str) -> str:
    """Lower case without marks, `đ` as `d`, anything but letters and digits as one space."""
    t = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return " ".join(t.split())


def joined(text: str) -> str:
    return flat(text).replace(" ", "")


def slug(text: str) -> str:
    return flat(text).replace(" ", "-")


def camel(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in flat(text).split())


NUMBER_WORDS = {
    "một": "1",
    "hai": "2",
    "ba": "3",
    "bốn": "4",
    "năm": "5",
    "sáu": "6",
    "bảy": "7",
    "tám": "8",
    "chín": "9",
    "mười": "10",
}


def digitize(name: str) -> str:
    """Number syllables as voice typing writes them: `Ba Trại` -> `3 Trại`, `Thứ Mười Một` -> `Thứ 11`."""
    words = name.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i].lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if w == "mười" and nxt in NUMBER_WORDS and nxt != "mười":
            out.append("1" + NUMBER_WORDS[nxt])
            i += 2
            continue
        out.append(NUMBER_WORDS.get(w, words[i]))
        i += 1
    return " ".join(out)


def has_number_word(name: str) -> bool:
    words = [w.lower() for w in name.split()]
    return any(w in NUMBER_WORDS for w in words) and not all(w in NUMBER_WORDS for w in words)


SUFFIX = re.compile(r" ([A-D])$")


def drop_suffix(name: str) -> str:
    return SUFFIX.sub("", name)


def k_digits(text: str) -> str:
    return key(digitize(text))


def k_drop(text: str) -> str:
    return key(drop_suffix(text))


# --- legacy fonts ----------------------------------------------------------------------------

_TCVN3_UNI = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
_TCVN3_BYTES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦"
TCVN3 = dict(zip(_TCVN3_UNI, _TCVN3_BYTES, strict=True))

_VNI_PAIRS = (
    "á aù|à aø|ả aû|ã aõ|ạ aï|ă aê|ắ aé|ằ aè|ẳ aú|ẵ aü|ặ aë|â aâ|ấ aá|ầ aà|ẩ aå|ẫ aã|ậ aä|"
    "é eù|è eø|ẻ eû|ẽ eõ|ẹ eï|ê eâ|ế eá|ề eà|ể eå|ễ eã|ệ eä|í í|ì ì|ỉ æ|ĩ ó|ị ò|"
    "ó où|ò oø|ỏ oû|õ oõ|ọ oï|ô oâ|ố oá|ồ oà|ổ oå|ỗ oã|ộ oä|ơ ô|ớ ôù|ờ ôø|ở ôû|ỡ ôõ|ợ ôï|"
    "ú uù|ù uø|ủ uû|ũ uõ|ụ uï|ư ö|ứ öù|ừ öø|ử öû|ữ öõ|ự öï|ý yù|ỳ yø|ỷ yû|ỹ yõ|ỵ î|đ ñ"
)
VNI: dict[str, str] = {}
for _pair in _VNI_PAIRS.split("|"):
    _uni, _vni = _pair.split(" ")
    VNI[_uni] = _vni
    VNI[_uni.upper()] = _vni.upper()


def tcvn3(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in TCVN3:
            out.append(TCVN3[ch])
        elif ch.lower() in TCVN3 and ch.lower() not in "ăâđêôơư":
            out.append(TCVN3[ch.lower()])  # a capital with a tone: the small letter's code (.VnTimeH)
        else:
            out.append(ch)
    return "".join(out)


def vni(text: str) -> str:
    return "".join(VNI.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


# --- registers -------------------------------------------------------------------------------


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
    ptype: str


@dataclass(frozen=True)
class New:
    code: str
    name: str
    type: str
    pcode: str
    pname: str
    ptype: str


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


Transform = Callable[[str], str]


class Registers:
    def __init__(self, ref: Path) -> None:
        provinces = {r["province_code"]: r for r in _read(ref / "old_provinces.csv")}
        self.old_pname = {c: r["province_short_name"] for c, r in provinces.items()}
        self.old_ptype = {c: r["province_type"] for c, r in provinces.items()}
        self.old_to_new_p = {c: r["new_province_code"] for c, r in provinces.items()}
        districts = {r["district_code"]: r for r in _read(ref / "old_districts.csv")}
        self.old: list[Old] = []
        for r in _read(ref / "old_units.csv"):
            d = districts[r["district_code"]]
            self.old.append(
                Old(
                    r["commune_code"],
                    r["commune_short_name"],
                    r["commune_type"],
                    r["district_code"],
                    d["district_short_name"],
                    d["district_type"],
                    r["province_code"],
                    self.old_pname[r["province_code"]],
                    self.old_ptype[r["province_code"]],
                )
            )
        self.old_by_code = {u.code: u for u in self.old}
        newp = {r["province_code"]: r for r in _read(ref / "new_provinces.csv")}
        self.new_pname = {c: r["province_short_name"] for c, r in newp.items()}
        self.new_ptype = {c: r["province_type"] for c, r in newp.items()}
        self.new: list[New] = [
            New(
                r["commune_code"],
                r["commune_short_name"],
                r["commune_type"],
                r["province_code"],
                self.new_pname[r["province_code"]],
                self.new_ptype[r["province_code"]],
            )
            for r in _read(ref / "new_units.csv")
        ]
        self.new_by_code = {u.code: u for u in self.new}
        self.type_2026: dict[str, str] = {}
        for r in _read(ref / "register_changes.csv"):
            if r["level"] == "commune" and r["type_after"]:
                self.type_2026[r["code"]] = r["type_after"]
        self.succ: dict[str, set[str]] = defaultdict(set)
        for r in _read(ref / "commune_mapping.csv"):
            self.succ[r["old_commune_code"]].add(r["new_commune_code"])
        self.by_district: dict[str, list[Old]] = defaultdict(list)
        for u in self.old:
            self.by_district[u.dcode].append(u)
        self.new_by_province: dict[str, list[New]] = defaultdict(list)
        for v in self.new:
            self.new_by_province[v.pcode].append(v)
        self.suffix_pool = [u for u in self.old if SUFFIX.search(u.name) and len(drop_suffix(u.name).split()) >= 2]
        self.number_pool = [
            u for u in self.old if (has_number_word(u.name) or has_number_word(u.dname)) and not u.name[:1].isdigit()
        ]
        self.number_pool_new = [v for v in self.new if has_number_word(v.name) and v.code not in self.type_2026]
        self._old_index: dict[Transform, dict[str, list[Old]]] = {}
        self._new_index: dict[Transform, dict[str, list[New]]] = {}
        self._memo: dict[tuple[Transform, str], str] = {}

    def tf(self, f: Transform, text: str) -> str:
        k = (f, text)
        if k not in self._memo:
            self._memo[k] = f(text)
        return self._memo[k]

    def old_index(self, f: Transform) -> dict[str, list[Old]]:
        if f not in self._old_index:
            idx: dict[str, list[Old]] = defaultdict(list)
            for u in self.old:
                idx[self.tf(f, u.name)].append(u)
            self._old_index[f] = idx
        return self._old_index[f]

    def new_index(self, f: Transform) -> dict[str, list[New]]:
        if f not in self._new_index:
            idx: dict[str, list[New]] = defaultdict(list)
            for v in self.new:
                idx[self.tf(f, v.name)].append(v)
            self._new_index[f] = idx
        return self._new_index[f]

    def old_truth(
        self,
        f: Transform,
        cname: str,
        ctype: str | None,
        dname: str | None,
        dtype: str | None,
        pname: str | None,
        old_province_only: bool = False,
    ) -> set[str]:
        """Successors of every old commune the written names fit (see the module docstring)."""
        out: set[str] = set()
        for u in self.old_index(f).get(self.tf(f, cname), []):
            if ctype is not None and u.type != ctype:
                continue
            if dname is not None and self.tf(f, u.dname) != self.tf(f, dname):
                continue
            if dtype is not None and u.dtype != dtype:
                continue
            if pname is not None:
                fits = self.tf(f, u.pname) == self.tf(f, pname)
                if not old_province_only:
                    fits = fits or self.tf(f, self.new_pname[self.old_to_new_p[u.pcode]]) == self.tf(f, pname)
                if not fits:
                    continue
            out |= self.succ[u.code]
        return out

    def new_truth(self, f: Transform, cname: str, ctype: str | None, pname: str) -> set[str]:
        """The new units of the written name and type in the new province, and the old reading."""
        out: set[str] = set()
        for v in self.new_index(f).get(self.tf(f, cname), []):
            if ctype is not None and ctype not in (v.type, self.type_2026.get(v.code, v.type)):
                continue
            if self.tf(f, v.pname) != self.tf(f, pname):
                continue
            out.add(v.code)
        return out | self.old_truth(f, cname, ctype, None, None, pname, old_province_only=True)


# --- writing helpers -------------------------------------------------------------------------

SOUTH = {f"{c:02d}" for c in range(70, 97)}
MOUNTAIN = {"02", "04", "06", "08", "10", "11", "12", "14", "15", "20", "62", "64", "66", "67", "68"}


def cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def typed(t: str, name: str) -> str:
    return f"{cap(t)} {name}"


def hamlet(rng: random.Random, ctype: str, pcode: str) -> str:
    n = rng.randint(1, 12)
    if ctype in ("phường", "thị trấn"):
        return rng.choice([f"Tổ {n}", f"Khu phố {n}", f"Tổ dân phố {n}", f"Số {rng.randint(2, 250)}, Tổ {n}"])
    if pcode in SOUTH:
        return f"Ấp {n}"
    if pcode in MOUNTAIN:
        return rng.choice([f"Bản {n}", f"Thôn {n}"])
    return rng.choice([f"Thôn {n}", f"Xóm {n}", f"Đội {n}"])


SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh")
GIVEN = ("Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Khoa", "Trang", "Thắng", "Yến", "Nhung", "Quý")


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def subject(ctype: str, name: str) -> str:
    """How prose names a unit: `Tân Phú`, but `Phường 5` for a numbered ward."""
    return typed(ctype, name) if name[:1].isdigit() else name


class Builder:
    def __init__(self, reg: Registers, rng: random.Random) -> None:
        self.reg = reg
        self.rng = rng

    def old_unit(self, pool: list[Old] | None = None) -> Old:
        return self.rng.choice(pool or self.reg.old)

    def new_unit(self, pool: list[New] | None = None) -> New:
        return self.rng.choice(pool or self.reg.new)

    def others_in_district(self, u: Old, k: int) -> list[Old]:
        others = [o for o in self.reg.by_district[u.dcode] if key(o.name) != key(u.name)]
        return self.rng.sample(others, min(k, len(others)))

    def others_in_province(self, v: New, k: int) -> list[New]:
        others = [o for o in self.reg.new_by_province[v.pcode] if key(o.name) != key(v.name)]
        return self.rng.sample(others, min(k, len(others)))

    def case(self, family: str, text: str, truth: set[str], note: str) -> Case | None:
        if not truth:
            return None
        t = tuple(sorted(truth))
        return Case(family, text, t, t, note)

    def old_address(self, u: Old, lower_types: bool = False) -> str:
        parts = [typed(u.type, u.name), typed(u.dtype, u.dname), typed(u.ptype, u.pname)]
        if lower_types:
            parts = [p[:1].lower() + p[1:] for p in parts]
        return ", ".join(parts)

    def new_address(self, v: New) -> str:
        return f"{typed(v.type, v.name)}, {typed(v.ptype, v.pname)}"


def note_old(u: Old) -> str:
    return f"old {u.code} {u.type} {u.name}, {u.dtype} {u.dname}, {u.pname}"


def note_new(v: New) -> str:
    return f"new {v.code} {v.type} {v.name}, {v.pname}"


# --- families --------------------------------------------------------------------------------


def fam_legacy_font(b: Builder, family: str) -> Case | None:
    rng, reg = b.rng, b.reg
    enc, enc_name = rng.choice(((tcvn3, "TCVN3"), (vni, "VNI")))
    label = rng.choice(("", "", "Địa chỉ: ", "Nơi thường trú: ", "ĐC: "))
    if rng.random() < 0.65:
        u = b.old_unit()
        text = f"{hamlet(rng, u.type, u.pcode)}, {b.old_address(u, lower_types=rng.random() < 0.3)}"
        truth = reg.old_truth(key, u.name, u.type, u.dname, u.dtype, u.pname)
        note = note_old(u)
    else:
        v = b.new_unit()
        if v.code in reg.type_2026:
            return None
        text = f"{hamlet(rng, v.type, v.pcode)}, {b.new_address(v)}"
        truth = reg.new_truth(key, v.name, v.type, v.pname)
        note = note_new(v)
    # the label now and then typed later, in Unicode
    written = label + enc(text) if label and rng.random() < 0.5 else enc(label + text)
    return b.case(family, written, truth, f"{enc_name}; {note}")


SITES = ("batdongsan.com.vn", "alonhadat.com.vn", "nhadat247.com.vn", "muaban.net", "homedy.com")
TRADES = ("ban-dat", "ban-nha", "cho-thue-nha", "ban-dat-nen", "ban-nha-mat-tien")


def fam_web_address(b: Builder, family: str) -> Case | None:
    rng, reg = b.rng, b.reg
    shape = rng.randrange(4)
    if shape < 2:
        u = b.old_unit()
        with_types = rng.random() < 0.6 or u.name[:1].isdigit() or u.dname[:1].isdigit()  # a bare number names nothing
        ctype = u.type if with_types else None
        dtype = u.dtype if with_types else None
        cpart = slug(typed(u.type, u.name)) if with_types else slug(u.name)
        dpart = slug(typed(u.dtype, u.dname)) if with_types else slug(u.dname)
        truth = reg.old_truth(joined, u.name, ctype, u.dname, dtype, u.pname)
        note = note_old(u)
        if shape == 0:
            path = f"{rng.choice(TRADES)}-{cpart}-{dpart}-{slug(u.pname)}-pr{rng.randint(10**6, 10**8)}"
            text = f"https://{rng.choice(SITES)}/{path}"
            if rng.random() < 0.4:
                text = f"Xem tin: {text}"
        else:
            cpre = joined(u.type) if rng.random() < 0.5 or u.name[:1].isdigit() else ""
            truth = reg.old_truth(joined, u.name, u.type if cpre else None, u.dname, None, u.pname)
            dhost = joined(typed(u.dtype, u.dname)) if u.dname[:1].isdigit() else joined(u.dname)
            host = f"{cpre}{joined(u.name)}.{dhost}.{joined(u.pname)}.gov.vn"
            text = rng.choice(
                (f"http://{host}", f"Website: https://{host}/", f"Cổng TTĐT: {host}", f"https://{host}/tin-tuc")
            )
        return b.case(family, text, truth, note)
    v = b.new_unit()
    if v.code in reg.type_2026:
        return None
    truth = reg.new_truth(joined, v.name, v.type, v.pname)
    if shape == 2:
        path = f"{rng.choice(TRADES)}-{slug(typed(v.type, v.name))}-{slug(v.pname)}"
        text = f"https://{rng.choice(SITES)}/{path}-pr{rng.randint(10**6, 10**8)}"
    else:
        user = f"{rng.choice(('ubnd.', 'vanthu.', 'ubnd', ''))}{joined(v.type)}{joined(v.name)}"
        text = rng.choice((f"Email: {user}@{joined(v.pname)}.gov.vn", f"{user}@{joined(v.pname)}.gov.vn"))
    return b.case(family, text, truth, note_new(v))


DOCS = ("DS_ho_ngheo", "DS_cu_tri", "BaoCao", "KeHoach", "DanhSach_ho_gia_dinh", "ThongKe_dan_so", "BC_tong_hop")
EXTS = (".xlsx", ".xls", ".docx", ".doc", ".pdf")


def fam_file_name(b: Builder, family: str) -> Case | None:
    rng, reg = b.rng, b.reg
    ext = rng.choice(EXTS)
    doc = rng.choice(DOCS)
    if rng.random() < 0.65:
        u = b.old_unit()
        year = rng.randint(2012, 2024)
        shape = rng.randrange(4)
        note = note_old(u)
        if shape == 0:
            text = (
                f"{doc}_{year}_{'_'.join(flat(typed(u.type, u.name)).title().split())}"
                f"_{'_'.join(flat(typed(u.dtype, u.dname)).title().split())}{ext}"
            )
            truth = reg.old_truth(joined, u.name, u.type, u.dname, u.dtype, None)
        elif shape in (1, 2) and (u.name[:1].isdigit() or u.dname[:1].isdigit()):
            return None  # a bare number names nothing
        elif shape == 1:
            text = f"{doc}_{camel(u.name)}_{camel(u.dname)}_{camel(u.pname)}_Q{rng.randint(1, 4)}-{year}{ext}"
            truth = reg.old_truth(joined, u.name, None, u.dname, None, u.pname)
        elif shape == 2:
            drive = rng.choice(("D:", "E:", "C:\\Users\\vanthu\\Documents"))
            text = f"{drive}\\DuLieu\\{camel(u.pname)}\\{camel(u.dname)}\\{camel(u.name)}\\{doc}_{year}{ext}"
            truth = reg.old_truth(joined, u.name, None, u.dname, None, u.pname)
        else:
            title = rng.choice(("Danh sách cử tri", "Danh sách hộ nghèo", "Báo cáo tổng kết", "Kế hoạch"))
            text = f"{title} {u.type} {u.name} - {u.dtype} {u.dname} ({year}){ext}"
            truth = reg.old_truth(key, u.name, u.type, u.dname, u.dtype, None)
        return b.case(family, text, truth, note)
    v = b.new_unit()
    if v.code in reg.type_2026:
        return None
    year = rng.randint(2025, 2026)
    if rng.random() < 0.5:
        text = f"{doc}_{year}_{camel(typed(v.type, v.name))}_{camel(v.pname)}{ext}"
        truth = reg.new_truth(joined, v.name, v.type, v.pname)
    else:
        title = rng.choice(("Danh sách cử tri", "Kế hoạch", "Báo cáo"))
        text = f"{title} {v.type} {v.name} - {v.ptype} {v.pname} {year}{ext}"
        truth = reg.new_truth(key, v.name, v.type, v.pname)
    return b.case(family, text, truth, note_new(v))


def stats(rng: random.Random, who: str) -> str:
    area = f"{rng.randint(2, 120)},{rng.randint(10, 99)}"
    pop = f"{rng.randint(2, 60)}.{rng.randint(100, 999)}"
    year = rng.choice((2009, 2019, 2022, 2024))
    return f"{who} có diện tích {area} km², dân số năm {year} là {pop} người."


def fam_encyclopedia_lead(b: Builder, family: str) -> Case | None:
    rng, reg = b.rng, b.reg
    if rng.random() < 0.65:
        u = b.old_unit()
        truth = reg.old_truth(key, u.name, u.type, u.dname, u.dtype, u.pname)
        if rng.random() < 0.3:
            lines = [
                subject(u.type, u.name),
                cap(u.type),
                "Hành chính",
                "Quốc gia: Việt Nam",
                f"{cap(u.ptype)}: {u.pname}",
                f"{cap(u.dtype)}: {u.dname}",
                f"Diện tích: {rng.randint(2, 120)},{rng.randint(10, 99)} km²",
            ]
            return b.case(family, rng.choice(("\n", " | ")).join(lines), truth, note_old(u))
        text = f"{subject(u.type, u.name)} là một {u.type} thuộc {u.dtype} {u.dname}, {u.ptype} {u.pname}, Việt Nam."
        if rng.random() < 0.6:
            text += " " + stats(rng, cap(u.type) if not u.name[:1].isdigit() else typed(u.type, u.name))
        succ = sorted(reg.succ[u.code])
        if rng.random() < 0.4:
            news = [reg.new_by_code[c] for c in succ]
            into = " và ".join(f"{n.type} {n.name}" for n in news)
            part = "một phần " if len(news) > 1 else ""
            text += f" Từ ngày 1 tháng 7 năm 2025, {part}{u.type} {u.name} được sáp nhập vào {into}."
        return b.case(family, text, truth, note_old(u))
    v = b.new_unit()
    if v.code in reg.type_2026:
        return None
    truth = reg.new_truth(key, v.name, v.type, v.pname)
    text = f"{subject(v.type, v.name)} là một {v.type} thuộc {v.ptype} {v.pname}, Việt Nam."
    if rng.random() < 0.6:
        text += " " + stats(rng, cap(v.type))
    return b.case(family, text, truth, note_new(v))


OLD_QUERIES = (
    "{c} {d} {p} sáp nhập thành xã gì",
    "{c} {d} sau sáp nhập là {t} nào",
    "{c} {d} {p} bây giờ thuộc {t} nào",
    "{c} {d} {p} nay là gì?",
    "tra cứu địa chỉ mới {c} {d} {p}",
    "mã bưu chính {c} {d} {p}",
    "ubnd {c} {d} ở đâu",
    "{c} {d} {p} sáp nhập với xã nào 2025",
)
NEW_QUERIES = (
    "{c} {p} trước đây là xã nào",
    "{c} {p} gồm những xã nào",
    "{c} {p} sáp nhập từ những xã nào",
    "trụ sở {c} {p} mới ở đâu",
)


def fam_search_query(b: Builder, family: str) -> Case | None:
    rng, reg = b.rng, b.reg
    marks = rng.random() < 0.6
    types = rng.random() < 0.7
    if rng.random() < 0.7:
        u: Old | None = b.old_unit()
        types = types or u.name[:1].isdigit() or u.dname[:1].isdigit()  # a bare number names nothing
    else:
        u = None
    f = key if marks else flat
    if u is not None:
        with_p = rng.random() < 0.6
        c = f"{u.type} {u.name}" if types else u.name
        d = f"{u.dtype} {u.dname}" if types else u.dname
        q = rng.choice(OLD_QUERIES)
        if "{p}" in q and not with_p:
            q = q.replace(" {p}", "")
        text = q.format(c=c, d=d, p=u.pname, t=u.type if u.type != "thị trấn" else "xã")
        ctype = u.type if types else None
        dtype = u.dtype if types else None
        truth = reg.old_truth(f, u.name, ctype, u.dname, dtype, u.pname if with_p else None)
        note = note_old(u)
    else:
        v = b.new_unit()
        if v.code in reg.type_2026:
            return None
        c = f"{v.type} {v.name}" if types else v.name
        text = rng.choice(NEW_QUERIES).format(c=c, p=v.pname)
        truth = reg.new_truth(f, v.name, v.type if types else None, v.pname)
        note = note_new(v)
    text = text.lower()
    if not marks:
        text = flat(text) + ("?" if text.endswith("?") else "")
    return b.case(family, text, truth, note)


def letter_forms(rng: random.Random, name: str) -> tuple[str, bool]:
    """The name with its final letter written another way; True when the letter was dropped."""
    m = SUFFIX.search(name)
    assert m
    base, letter = name[: m.start()], m.group(1)
    form = rng.randrange(7)
    if form == 0:
        return f"{base}-{letter}", False
    if form == 1:
        return f"{base} ({letter})", False
    if form == 2:
        return f"{base} {letter.lower()}", False
    if form == 3:
        return f"{base}{letter}", False
    if form == 4:
        return f'{base} "{letter}"', False
    if form == 5:
        return f"{base} - {letter}", False
    return base, True


def fam_letter_suffix(b: Builder, family: str) -> Case | None:
    rng, reg = b.rng, b.reg
    u = b.old_unit(reg.suffix_pool)
    written, dropped = letter_forms(rng, u.name)
    f = k_drop if dropped else key
    if rng.random() < 0.25:
        # the old ward or commune in the two-level form, with the province it kept
        if reg.new_pname[reg.old_to_new_p[u.pcode]] != u.pname:
            return None
        text = f"{hamlet(rng, u.type, u.pcode)}, {typed(u.type, written)}, {typed(u.ptype, u.pname)}"
        truth = reg.new_truth(f, u.name, u.type, u.pname)
        return b.case(family, text, truth, note_old(u) + " (two-level form)")
    parts = [hamlet(rng, u.type, u.pcode), typed(u.type, written), typed(u.dtype, u.dname)]
    with_p = rng.random() < 0.8
    if with_p:
        parts.append(typed(u.ptype, u.pname))
    text = rng.choice((", ", " - ", "; ")).join(parts)
    if rng.random() < 0.2:
        text = text.upper()
    truth = reg.old_truth(f, u.name, u.type, u.dname, u.dtype, u.pname if with_p else None)
    return b.case(family, text, truth, note_old(u) + (" (letter dropped)" if dropped else ""))


def fam_asr_digits(b: Builder, family: str) -> Case | None:
    rng, reg = b.rng, b.reg
    lower = rng.random() < 0.55
    if rng.random() < 0.7:
        u = b.old_unit(reg.number_pool)
        parts = [
            hamlet(rng, u.type, u.pcode),
            typed(u.type, digitize(u.name)),
            typed(u.dtype, digitize(u.dname)),
            typed(u.ptype, u.pname),
        ]
        truth = reg.old_truth(k_digits, u.name, u.type, u.dname, u.dtype, u.pname)
        note = note_old(u)
    else:
        v = b.new_unit(reg.number_pool_new)
        parts = [hamlet(rng, v.type, v.pcode), typed(v.type, digitize(v.name)), typed(v.ptype, v.pname)]
        truth = reg.new_truth(k_digits, v.name, v.type, v.pname)
        note = note_new(v)
    if lower:
        lead = rng.choice(("", "địa chỉ ", "em ở ", "nhà ở "))
        text = lead + " ".join(parts).lower()
    else:
        text = ", ".join(parts) + rng.choice((".", "", "."))
    return b.case(family, text, truth, note)


def fam_epidemic_notice(b: Builder, family: str) -> Case | None:
    rng, reg = b.rng, b.reg
    sex = rng.choice(("nam", "nữ"))
    born = rng.randint(1950, 2015)
    label = rng.choice(("địa chỉ", "trú tại", "nơi cư trú", "địa chỉ cư trú"))
    if rng.random() < 0.7:
        u = b.old_unit()
        others = b.others_in_district(u, 2)
        if len(others) < 2:
            return None
        home = f"{hamlet(rng, u.type, u.pcode)}, {b.old_address(u, lower_types=True)}"
        day = rng.randint(1, 25)
        month = rng.randint(5, 9)
        trip = (
            f"Lịch trình: ngày {day}/{month} đi chợ {others[0].type} {others[0].name}; "
            f"ngày {day + 1}/{month} đến Trạm Y tế {others[1].type} {others[1].name}"
        )
        bn = f"BN{rng.randint(1000, 99999)}"
        head = f"Ca bệnh {bn} (F0): {sex}, sinh năm {born}"
        if rng.random() < 0.5:
            text = f"{head}, {label}: {home}. Là F1 của BN{rng.randint(1000, 99999)}. {trip}."
        else:
            text = f"{head}. {trip}. Nơi ở: {home}."
        truth = reg.old_truth(key, u.name, u.type, u.dname, u.dtype, u.pname)
        return b.case(family, text, truth, note_old(u))
    v = b.new_unit()
    if v.code in reg.type_2026:
        return None
    others = b.others_in_province(v, 2)
    if len(others) < 2:
        return None
    disease = rng.choice(("sốt xuất huyết", "sởi", "tay chân miệng"))
    home = f"{hamlet(rng, v.type, v.pcode)}, {v.type} {v.name}, {v.ptype} {v.pname}"
    text = (
        f"Bệnh nhân {born % 100 + 1} tuổi mắc {disease}, {label}: {home}; "
        f"trước đó đến chơi nhà người thân ở {others[0].type} {others[0].name}, "
        f"điều trị tại Trạm Y tế {others[1].type} {others[1].name}."
    )
    truth = reg.new_truth(key, v.name, v.type, v.pname)
    return b.case(family, text, truth, note_new(v))


def fam_signature_block(b: Builder, family: str) -> Case | None:
    rng, reg = b.rng, b.reg
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    signer = person(rng)
    sep = rng.choice(("\n", "\n", " ", "; "))
    if rng.random() < 0.65:
        u = b.old_unit()
        others = b.others_in_district(u, 2)
        if len(others) < 2:
            return None
        year = rng.randint(2015, 2024)
        head = f"{subject(u.type, u.name)}, ngày {day} tháng {month} năm {year}"
        recipients = [f"- UBND {u.dtype} {u.dname} (b/c);", f"- Đảng ủy, HĐND {u.type};"]
        if rng.random() < 0.5:
            recipients.append(f"- Sở Nội vụ {u.ptype} {u.pname};")
            pname: str | None = u.pname
        else:
            pname = None
        recipients.append(f"- UBND {others[0].type} {others[0].name}, {others[1].type} {others[1].name};")
        truth = reg.old_truth(key, u.name, u.type, u.dname, u.dtype, pname)
        unit = typed(u.type, u.name).upper()
        note = note_old(u)
    else:
        v = b.new_unit()
        if v.code in reg.type_2026:
            return None
        others = b.others_in_province(v, 2)
        if len(others) < 2:
            return None
        year = rng.randint(2025, 2026)
        head = f"{subject(v.type, v.name)}, ngày {day} tháng {month} năm {year}"
        recipients = [
            f"- UBND {v.ptype} {v.pname} (b/c);",
            "- Sở Nội vụ;",
            f"- UBND {others[0].type} {others[0].name}, {others[1].type} {others[1].name} (phối hợp);",
        ]
        truth = reg.new_truth(key, v.name, v.type, v.pname)
        unit = typed(v.type, v.name).upper()
        note = note_new(v)
    lines = [
        head,
        f"TM. ỦY BAN NHÂN DÂN {unit}",
        rng.choice(("CHỦ TỊCH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH")),
        "(Đã ký)",
        signer,
        "Nơi nhận:",
        *recipients,
        "- Lưu: VT.",
    ]
    if sep == "; ":
        lines = [line.rstrip(";") for line in lines]
    return b.case(family, sep.join(lines), truth, note)


def fam_mixture(b: Builder, family: str) -> Case | None:
    rng = b.rng
    base = rng.choice(
        (
            fam_encyclopedia_lead,
            fam_search_query,
            fam_letter_suffix,
            fam_asr_digits,
            fam_epidemic_notice,
            fam_signature_block,
        )
    )
    c = base(b, family)
    if c is None or c.address.isascii():
        return None
    enc, enc_name = rng.choice(((tcvn3, "TCVN3"), (vni, "VNI")))
    text = c.address
    m = re.match(r"^(.{3,30}?: )(.*)$", text, flags=re.S)
    text = m.group(1) + enc(m.group(2)) if m and rng.random() < 0.5 else enc(text)
    return Case(family, text, c.truth, c.also_named, f"{base.__name__[4:]} in {enc_name}; {c.note}")


FAMILY_FUNCS: dict[str, Callable[[Builder, str], Case | None]] = {
    "legacy_font": fam_legacy_font,
    "web_address": fam_web_address,
    "file_name": fam_file_name,
    "encyclopedia_lead": fam_encyclopedia_lead,
    "search_query": fam_search_query,
    "letter_suffix": fam_letter_suffix,
    "asr_digits": fam_asr_digits,
    "epidemic_notice": fam_epidemic_notice,
    "signature_block": fam_signature_block,
    "mixture": fam_mixture,
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
