"""Clerk: an independent generator of noisy Vietnamese addresses with known answers.

Every case is built from the registers (`mappings/registers/*.csv`) and the crosswalk compiled
from the mapping files, then written the way clerks, post offices, OCR and business registers
really write addresses. The generator knows nothing of the project's address reader on purpose:
a development set written in the shapes the reader already knows proves nothing.

Each `Case` carries its ground truth: the old province, district and commune codes, the new
commune codes that are acceptable, and what outcome is expected:

- ``resolved``: the old commune has one successor, which is the answer;
- ``split``: the old commune was divided; every successor is a candidate;
- ``ambiguous_ok``: the text fits two units: an exact name in another district and a near name in
  the written district (``fuzzy_vs_exact``), or a new commune whose name and type an old commune
  of the same province had, for another unit (``new_form``, no district, no date); listing both,
  or the unit named exactly (the new commune), is right;
- ``already_new``: the address is already in the new two-level form.

Only the standard library is used, plus PyYAML (with its string-only loader) to read the
crosswalk from the mapping files, since the registers directory does not hold it.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

FAMILIES: tuple[str, ...] = (
    "district_homonym",
    "no_commas",
    "country_suffix",
    "provincial_city",
    "type_words",
    "spelling",
    "street_unit_name",
    "english",
    "fuzzy_vs_exact",
    "ocr",
    "clean_baseline",
    "new_form",
)

EXPECTS = ("resolved", "split", "ambiguous_ok", "already_new")


@dataclass(frozen=True, slots=True)
class Case:
    """One generated address and its ground truth."""

    address: str
    family: str
    old_commune_code: str
    old_district_code: str
    old_province_code: str
    expected_new_codes: tuple[str, ...]
    expect: str  # 'resolved' | 'split' | 'ambiguous_ok' | 'already_new'
    # ambiguous_ok only: successors of the unit whose name is written exactly (in another district),
    # or the new commune itself (new_form).
    named_new_codes: tuple[str, ...] = ()
    # ambiguous_ok only: successors of the near name inside the written district, or of the old
    # commune of the same name (new_form).
    near_new_codes: tuple[str, ...] = ()
    note: str = ""


# --------------------------------------------------------------------------- registers


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of either register: code, full name, type word, short name, English name."""

    code: str
    name: str
    type: str
    short: str
    en: str
    province_code: str = ""
    district_code: str = ""


@dataclass
class Registers:
    """The old and new registers and the old → new crosswalk, as read from the shipped files."""

    old_provinces: dict[str, Unit]
    old_districts: dict[str, Unit]
    old_communes: dict[str, Unit]
    new_provinces: dict[str, Unit]
    new_communes: dict[str, Unit]
    successors: dict[str, tuple[str, ...]]  # old commune code -> new commune codes (sorted)
    sources: dict[str, tuple[tuple[str, str], ...]]  # new commune code -> ((old code, relation), ...)
    by_district: dict[str, list[Unit]] = field(default_factory=dict)
    by_province: dict[str, list[Unit]] = field(default_factory=dict)
    districts_by_province: dict[str, list[Unit]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_district: dict[str, list[Unit]] = defaultdict(list)
        by_province: dict[str, list[Unit]] = defaultdict(list)
        for c in self.old_communes.values():
            by_district[c.district_code].append(c)
            by_province[c.province_code].append(c)
        districts: dict[str, list[Unit]] = defaultdict(list)
        for d in self.old_districts.values():
            districts[d.province_code].append(d)
        self.by_district = dict(by_district)
        self.by_province = dict(by_province)
        self.districts_by_province = dict(districts)


def registers_dir() -> Path:
    """`mappings/registers` of a checkout, or `admin_merge/_mappings/registers` of an installed wheel."""
    here = Path(__file__).resolve()
    checkout = here.parents[2] / "mappings" / "registers"
    if checkout.is_dir():
        return checkout
    return here.parents[1] / "_mappings" / "registers"


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: unicodedata.normalize("NFC", v or "") for k, v in row.items()} for row in csv.DictReader(fh)]


def _load_crosswalk(mappings: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, str], ...]]]:
    """Old → new from the mapping YAML files (each new commune lists its old `sources`).

    PyYAML's BaseLoader keeps every scalar a string, so `00001` stays `00001`.
    """
    import yaml

    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    succ: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, tuple[tuple[str, str], ...]] = {}
    files = sorted(mappings.glob("[0-9][0-9]-*.yaml"))
    if not files:
        raise FileNotFoundError(f"no mapping files in {mappings}")
    for path in files:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        for entry in doc.get("communes") or []:
            new_code = str(entry["code"])
            pairs = tuple((str(s["code"]), str(s.get("relation", "whole"))) for s in entry.get("sources") or [])
            sources[new_code] = pairs
            for old_code, _relation in pairs:
                succ[old_code].add(new_code)
    return {k: tuple(sorted(v)) for k, v in succ.items()}, sources


def load_registers(directory: Path | None = None) -> Registers:
    """Read the registers (and the crosswalk from the mapping files next to them)."""
    base = directory or registers_dir()
    op = {
        r["province_code"]: Unit(
            r["province_code"], r["province_name"], r["province_type"], r["province_short_name"], r["province_name_en"]
        )
        for r in _read_csv(base / "old_provinces.csv")
    }
    od = {
        r["district_code"]: Unit(
            r["district_code"],
            r["district_name"],
            r["district_type"],
            r["district_short_name"],
            r["district_name_en"],
            province_code=r["province_code"],
        )
        for r in _read_csv(base / "old_districts.csv")
    }
    oc = {
        r["commune_code"]: Unit(
            r["commune_code"],
            r["commune_name"],
            r["commune_type"],
            r["commune_short_name"],
            r["commune_name_en"],
            province_code=r["province_code"],
            district_code=r["district_code"],
        )
        for r in _read_csv(base / "old_communes.csv")
    }
    np_ = {
        r["province_code"]: Unit(
            r["province_code"], r["province_name"], r["province_type"], r["province_short_name"], r["province_name_en"]
        )
        for r in _read_csv(base / "new_provinces.csv")
    }
    nc = {
        r["commune_code"]: Unit(
            r["commune_code"],
            r["commune_name"],
            r["commune_type"],
            r["commune_short_name"],
            r["commune_name_en"],
            province_code=r["province_code"],
        )
        for r in _read_csv(base / "new_communes.csv")
    }
    succ, sources = _load_crosswalk(base.parent)
    return Registers(op, od, oc, np_, nc, succ, sources)


# --------------------------------------------------------------------------- text helpers

_TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_SHAPES = ("\u0302", "\u0306", "\u031b")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def strip_marks(s: str) -> str:
    """Remove every diacritic, đ → d."""
    out = "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))
    return nfc(out.replace("đ", "d").replace("Đ", "D"))


def fold(s: str) -> str:
    """Compare key: no diacritics, no case, no spaces or punctuation."""
    return re.sub(r"[^0-9a-z]", "", strip_marks(s).casefold())


def name_key(s: str) -> str:
    """Compare key that keeps the diacritics: case, spacing and tone placement (hòa/hoà) aside."""
    key = " ".join(nfc(s).casefold().split())
    for new, old in _OLD_STYLE.items():
        key = key.replace(new, old)
    return key


def _title(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def _within_one(a: str, b: str) -> bool:
    """Levenshtein distance of at most 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


# --------------------------------------------------------------------------- word lists (our own)

PERSON_STREETS = (
    "Trần Phú",
    "Lê Lợi",
    "Hùng Vương",
    "Quang Trung",
    "Nguyễn Trãi",
    "Lý Thường Kiệt",
    "Trần Hưng Đạo",
    "Lê Hồng Phong",
    "Nguyễn Du",
    "Phan Bội Châu",
    "Hai Bà Trưng",
    "Bà Triệu",
    "Lê Lai",
    "Ngô Quyền",
    "Nguyễn Huệ",
    "Lê Thánh Tông",
    "Hoàng Văn Thụ",
    "Minh Khai",
    "Phan Đình Phùng",
    "Nguyễn Văn Cừ",
    "Võ Thị Sáu",
    "Lý Tự Trọng",
    "Nguyễn Thị Minh Khai",
    "Lê Duẩn",
    "Trường Chinh",
    "Nguyễn Văn Linh",
    "Võ Văn Kiệt",
    "Phạm Văn Đồng",
    "Tôn Đức Thắng",
    "Lạc Long Quân",
    "Âu Cơ",
    "Phan Chu Trinh",
    "Hoàng Diệu",
    "Trần Quốc Toản",
    "Nguyễn Chí Thanh",
    "Lê Quý Đôn",
    "Chu Văn An",
    "Yết Kiêu",
    "Đinh Tiên Hoàng",
    "Lý Thái Tổ",
    "Nguyễn Tất Thành",
    "Trần Nhân Tông",
    "Mạc Đĩnh Chi",
    "Hà Huy Tập",
    "Trần Khánh Dư",
    "Nguyễn Đình Chiểu",
    "Điện Biên Phủ",
    "Cách Mạng Tháng Tám",
    "Bạch Đằng",
    "Chi Lăng",
    "Độc Lập",
    "Thống Nhất",
    "Hòa Bình",
    "Giải Phóng",
)
DATE_STREETS = ("30 Tháng 4", "3 Tháng 2", "2 Tháng 9", "19 Tháng 5", "1 Tháng 5", "30/4", "3/2", "CMT8")
VILLAGE_NAMES = (
    "Tân Lập",
    "Đông Hòa",
    "Phú Xuân",
    "Bình Minh",
    "An Lạc",
    "Trung Tâm",
    "Thanh Bình",
    "Đồng Tâm",
    "Tân Tiến",
    "Quyết Thắng",
    "Đoàn Kết",
    "Bắc Sơn",
    "Nam Hà",
    "Thượng",
    "Hạ",
    "Trung",
    "Đông",
    "Tây",
    "Mới",
    "Chợ",
    "Bến Đò",
    "Gò Mít",
    "Đồng Lầy",
    "Cây Đa",
    "Giếng Đá",
    "Hợp Nhất",
    "Tiền Phong",
)
HIGHLAND_NAMES = (
    "Nà Làng",
    "Pá Hốc",
    "Huổi Một",
    "Co Mạ",
    "Nậm Lầu",
    "Phiêng Ban",
    "Nà Sài",
    "Hua Păng",
    "Bó Mạ",
    "Khau Hán",
    "Lũng Cú",
    "Sà Phìn",
    "Tả Van",
    "Cát Cát",
    "Na Hang",
    "Pác Bó",
    "Mường Hoa",
)
BUON_NAMES = ("Ko Siêr", "Ea Sup", "Tring", "Ako Dhông", "Đrăng Phốk", "Kmrơng Prông", "Cuôr Đăng", "Trấp", "Kô Tam")
PLEI_NAMES = ("Ku Tu", "Op", "Bông", "Tơ Nghĩa", "Kép", "Ơi", "Groi")
AP_NAMES = (
    "Bình Hòa",
    "Tân Thới",
    "Phước Lợi",
    "Long Hòa",
    "Mỹ Phú",
    "Xóm Mới",
    "Kênh Xáng",
    "Rạch Sỏi",
    "Bàu Sen",
    "Giồng Trôm",
    "Cây Gáo",
)
BUILDINGS = ("Tòa nhà Sông Đà", "Chung cư CT2", "Tòa A2", "Tòa nhà Vincom", "Khu tập thể C5", "Chung cư Hoàng Anh")
ROADS = (
    "QL1A",
    "QL1",
    "QL14",
    "QL6",
    "QL20",
    "QL13",
    "QL5",
    "QL 1A",
    "Quốc lộ 1A",
    "ĐT741",
    "Tỉnh lộ 8",
    "TL10",
    "ĐT 830",
)

_REGION_BOUNDS = ((37, "north"), (61, "central"), (68, "highlands"), (99, "south"))
_NORTH_HIGHLAND = {"02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "20"}
_MEKONG = {"84", "86", "87", "89", "91", "93", "94", "95", "96"}
_HUE_DANANG = {"46", "48", "49"}


def _region(province_code: str) -> str:
    if province_code in _NORTH_HIGHLAND:
        return "mountain"
    n = int(province_code)
    return next(name for bound, name in _REGION_BOUNDS if n <= bound)


# --------------------------------------------------------------------------- the generator


Builder = Callable[[random.Random], "Case | None"]


class Clerk:
    """Writes addresses for one set of registers; one method per family."""

    def __init__(self, reg: Registers) -> None:
        self.reg = reg
        self.communes = sorted(reg.old_communes.values(), key=lambda u: u.code)
        self.new_communes = sorted(reg.new_communes.values(), key=lambda u: u.code)
        self._homonym = self._homonym_pool()
        self._pcity = self._provincial_city_pool()
        self._numbered = [c for c in self.communes if c.short.isdigit()]
        self._person = [c for c in self.communes if c.short in set(PERSON_STREETS)]
        self._pairs = self._near_pairs()
        self._abbrev_ok = self._initials_pool()
        self._old_by_name = self._old_names()

    # ------------------------------------------------------------------ pools

    def _homonym_pool(self) -> list[Unit]:
        pool = []
        for code, members in sorted(self.reg.by_district.items()):
            d = self.reg.old_districts[code]
            if d.short.isdigit():
                continue  # Phường 5 in Quận 5 belongs to the numbered forms of `type_words`
            if any(c.short.casefold() == d.short.casefold() for c in members):
                pool += [c for c in members if c.short.casefold() != d.short.casefold()]
        return pool

    def _provincial_city_pool(self) -> list[Unit]:
        pool = []
        for code, members in sorted(self.reg.by_district.items()):
            d = self.reg.old_districts[code]
            p = self.reg.old_provinces[d.province_code]
            if d.type in ("thành phố", "thị xã") and d.short.casefold() == p.short.casefold():
                pool += members
        return pool

    def _near_pairs(self) -> list[tuple[Unit, Unit]]:
        """(named, near): same province, different districts, names within one letter (unaccented),
        and the named unit's name does not occur in the near unit's district."""
        pairs: list[tuple[Unit, Unit]] = []
        for _pcode, members in sorted(self.reg.by_province.items()):
            keys: dict[str, list[Unit]] = defaultdict(list)
            for c in members:
                if c.short.isdigit():
                    continue
                f = fold(c.short)
                for k in {f} | {f[:i] + f[i + 1 :] for i in range(len(f))}:
                    keys[k].append(c)
            seen: set[tuple[str, str]] = set()
            for group in keys.values():
                for a in group:
                    for b in group:
                        if (
                            a.district_code == b.district_code
                            or a.type != b.type
                            or a.short == b.short
                            or (a.code, b.code) in seen
                        ):
                            continue
                        seen.add((a.code, b.code))
                        if not _within_one(fold(a.short), fold(b.short)):
                            continue
                        same_district = self.reg.by_district[b.district_code]
                        if any(fold(x.short) == fold(a.short) for x in same_district):
                            continue
                        pairs.append((a, b))
        pairs.sort(key=lambda p: (p[0].code, p[1].code))
        return pairs

    def _initials_pool(self) -> dict[str, str]:
        """District code -> an initials form (`Đ.Đa`, `HBT`) that is unique inside its province."""
        out: dict[str, str] = {}
        for _pcode, districts in sorted(self.reg.districts_by_province.items()):
            forms: dict[str, list[str]] = defaultdict(list)
            for d in districts:
                words = d.short.split()
                if len(words) < 2 or d.short.isdigit():
                    continue
                form = (
                    ".".join(w[0] for w in words[:-1]) + "." + words[-1]
                    if len(words) == 2
                    else "".join(w[0].upper() for w in words)
                )
                forms[fold(form)].append(d.code)
                out[d.code] = form
            for codes in forms.values():
                if len(codes) > 1:
                    for c in codes:
                        out.pop(c, None)
        return out

    def _old_names(self) -> dict[tuple[str, str], list[Unit]]:
        """(name key, type) -> the old communes so named, for the homonyms of a written name."""
        out: dict[tuple[str, str], list[Unit]] = defaultdict(list)
        for c in self.communes:
            out[(name_key(c.short), c.type)].append(c)
        return dict(out)

    def old_homonyms(self, n: Unit) -> list[Unit]:
        """Old communes that a new commune's name and type, written with its province and no
        district, also name: same name and type, a successor in the same new province, and
        successors other than the new commune alone. Without a date such a text reads both ways."""
        out = []
        for o in self._old_by_name.get((name_key(n.short), n.type), ()):
            succ = self.reg.successors.get(o.code, ())
            provinces = {self.reg.new_communes[s].province_code for s in succ}
            if n.province_code in provinces and succ != (n.code,):
                out.append(o)
        return out

    # ------------------------------------------------------------------ ground truth

    def _case(self, address: str, family: str, c: Unit, note: str = "") -> Case:
        succ = self.reg.successors[c.code]
        return Case(
            address=_clean_spaces(nfc(address)),
            family=family,
            old_commune_code=c.code,
            old_district_code=c.district_code,
            old_province_code=c.province_code,
            expected_new_codes=succ,
            expect="resolved" if len(succ) == 1 else "split",
            note=note,
        )

    # ------------------------------------------------------------------ forms of units

    def province_form(self, rng: random.Random, p: Unit, style: str = "any") -> str:
        s = p.short
        city = p.type == "thành phố"
        full = [p.name, p.name, s, s, s]
        abbr = (
            [f"Tp. {s}", f"TP {s}", f"TP. {s}", f"Tp {s}", f"T.P {s}"]
            if city
            else [f"T. {s}", f"T.{s}", f"tỉnh {s}", f"Tỉnh {s}"]
        )
        nick = _PROVINCE_NICKNAMES.get((p.name, p.code), ())
        if style == "full":
            return p.name
        if style == "short":
            return s
        if style == "abbr":
            return rng.choice(abbr)
        return rng.choice(full + abbr + list(nick) * 2)

    def district_form(self, rng: random.Random, d: Unit, style: str = "any") -> str:
        s, t = d.short, d.type
        num = s.isdigit()
        forms = {
            "quận": [f"Q. {s}", f"Q.{s}", f"Q {s}", f"quận {s}"] + ([f"Q{s}", f"Q.{int(s):02d}"] if num else []),
            "huyện": [f"H. {s}", f"H.{s}", f"huyện {s}", f"H {s}"],
            "thị xã": [f"TX. {s}", f"TX {s}", f"Tx. {s}", f"thị xã {s}", f"TX.{s}"],
            "thành phố": [f"TP. {s}", f"TP {s}", f"Tp. {s}", f"T.P {s}", f"tp {s}", f"Tp.{s}"],
        }[t]
        if style == "full":
            return d.name
        if style == "abbr":
            return rng.choice(forms)
        if style == "bare":
            return s
        pool = [d.name, d.name, *forms]
        if not num:
            pool.append(s)
        return rng.choice(pool)

    def commune_form(self, rng: random.Random, c: Unit, style: str = "any") -> str:
        s, t = c.short, c.type
        num = s.isdigit()
        forms = {
            "xã": [f"X. {s}", f"X.{s}", f"xã {s}", f"Xã {s}"],
            "phường": [f"P. {s}", f"P.{s}", f"phường {s}", f"P {s}"]
            + ([f"P{s}", f"F{s}", f"P.{int(s):02d}", f"Phường {int(s):02d}"] if num else []),
            "thị trấn": [f"TT. {s}", f"TT {s}", f"Tt. {s}", f"TT.{s}", f"thị trấn {s}"],
            "đặc khu": [f"ĐK {s}", f"đặc khu {s}"],
        }[t]
        if style == "full":
            return c.name
        if style == "abbr":
            return rng.choice(forms)
        if style == "bare":
            return s
        pool = [c.name, c.name, *forms]
        if not num:
            pool.append(s)
        return rng.choice(pool)

    # ------------------------------------------------------------------ street parts

    def foreign_name(self, rng: random.Random) -> str:
        """A real unit name used as a street or hamlet name (common in Vietnam)."""
        if rng.random() < 0.7:
            return (
                rng.choice(self.communes).short
                if rng.random() < 0.6
                else rng.choice(list(self.reg.old_districts.values())).short
            )
        return rng.choice(list(self.reg.old_provinces.values())).short

    def street_name(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.12:
            name = self.foreign_name(rng)
            return name if not name.isdigit() else rng.choice(PERSON_STREETS)
        if r < 0.2:
            return rng.choice(DATE_STREETS)
        if r < 0.25:
            return f"số {rng.randint(1, 30)}"
        return rng.choice(PERSON_STREETS)

    def house_number(self, rng: random.Random) -> str:
        n = str(rng.randint(1, 400))
        r = rng.random()
        if r < 0.15:
            n += rng.choice("ABC")
        elif r < 0.3:
            n += f"/{rng.randint(1, 40)}"
        return n

    def street_part(self, rng: random.Random, c: Unit) -> str:
        """House number and street, or hamlet, in the words of the region and the unit's type."""
        region = _region(c.province_code)
        urban = c.type in ("phường", "thị trấn") or self.reg.old_districts[c.district_code].type == "quận"
        if urban:
            return self._urban(rng, c, region)
        return self._rural(rng, c, region)

    def _urban(self, rng: random.Random, c: Unit, region: str) -> str:
        street = self.street_name(rng)
        n = self.house_number(rng)
        k = rng.randint(1, 25)
        choices: list[str] = [
            f"{n} {street}",
            f"Số {n} {street}",
            f"Số {n}, đường {street}",
            f"{n} Đường {street}",
            f"SN {n} {street}",
            f"Số nhà {n}, {street}",
            f"Tổ {k}",
            f"Tổ dân phố {k}",
            f"TDP số {k}",
            f"Khu phố {k}",
            f"KP{k}",
            f"Tổ {k}, khu phố {rng.randint(1, 9)}",
            f"{n} {street}, Tổ {k}",
        ]
        if region in ("north", "mountain"):
            choices += [
                f"Số {n} ngõ {rng.randint(1, 300)} phố {street}",
                f"Ngõ {rng.randint(1, 200)} {street}",
                f"Số {rng.randint(1, 60)}, ngách {rng.randint(1, 80)}/{rng.randint(1, 40)}, {street}",
            ]
        if region == "south":
            choices += [
                f"Hẻm {rng.randint(1, 400)}/{rng.randint(1, 30)} {street}",
                f"{rng.randint(1, 400)}/{rng.randint(1, 30)}/{rng.randint(1, 9)} {street}",
                f"Khu phố {k}",
                f"Ấp {k}",
            ]
        if c.province_code in _HUE_DANANG:
            choices += [f"Kiệt {rng.randint(1, 200)} {street}", f"K{rng.randint(1, 200)}/{rng.randint(1, 30)} {street}"]
        if c.province_code in _MEKONG:
            choices += [f"Khóm {k}", f"Khóm {rng.choice(AP_NAMES)}"]
        if c.province_code in ("40", "42"):
            choices += [f"Khối {k}", f"Khối {rng.choice(VILLAGE_NAMES)}"]
        if rng.random() < 0.05:
            return f"{rng.choice(BUILDINGS)}, {n} {street}"
        return rng.choice(choices)

    def _rural(self, rng: random.Random, c: Unit, region: str) -> str:
        k = rng.randint(1, 20)
        name = self.foreign_name(rng) if rng.random() < 0.15 else rng.choice(VILLAGE_NAMES)
        if name.isdigit():
            name = rng.choice(VILLAGE_NAMES)
        if region == "north":
            choices = [
                f"Thôn {k}",
                f"Thôn {name}",
                f"Xóm {k}",
                f"Xóm {name}",
                f"Làng {name}",
                f"Đội {k}",
                f"Khu {k}",
                f"Cụm {k}",
            ]
        elif region == "mountain":
            choices = [
                f"Bản {rng.choice(HIGHLAND_NAMES)}",
                f"Thôn {rng.choice(HIGHLAND_NAMES)}",
                f"Thôn {k}",
                f"Xóm {name}",
                f"Bản {name}",
            ]
        elif region == "central":
            choices = [
                f"Thôn {k}",
                f"Thôn {name}",
                f"Xóm {k}",
                f"Tổ {k}, thôn {name}",
                f"Thôn {name} {rng.randint(1, 3)}",
            ]
        elif region == "highlands":
            choices = [
                f"Buôn {rng.choice(BUON_NAMES)}",
                f"Thôn {k}",
                f"Plei {rng.choice(PLEI_NAMES)}",
                f"Làng {rng.choice(PLEI_NAMES)}",
                f"Thôn {name}",
                f"Bon {rng.choice(BUON_NAMES)}",
            ]
        else:
            choices = [f"Ấp {k}", f"Ấp {rng.choice(AP_NAMES)}", f"Ấp {name}", f"Tổ {k}, ấp {rng.choice(AP_NAMES)}"]
            if c.province_code in _MEKONG:
                choices.append(f"Khóm {k}")
        if rng.random() < 0.12:
            road = rng.choice(ROADS)
            return rng.choice(
                [
                    f"{road} Km {rng.randint(1, 200)}",
                    f"Km {rng.randint(1, 200)} {road}",
                    f"Km{rng.randint(1, 200)}+{rng.randint(100, 900)} {road}",
                ]
            )
        return rng.choice(choices)

    def maybe_street(self, rng: random.Random, c: Unit, p: float = 0.8) -> list[str]:
        return [self.street_part(rng, c)] if rng.random() < p else []

    # ------------------------------------------------------------------ families

    def district_homonym(self, rng: random.Random) -> Case | None:
        c = rng.choice(self._homonym)
        d = self.reg.old_districts[c.district_code]
        p = self.reg.old_provinces[c.province_code]
        com = rng.choice([self.commune_form(rng, c, "abbr"), self.commune_form(rng, c, "bare"), c.name])
        dis = self.district_form(rng, d, "bare") if rng.random() < 0.7 else self.district_form(rng, d)
        parts = [*self.maybe_street(rng, c, 0.85), com, dis, self.province_form(rng, p)]
        sep = rng.choice([" - ", ", ", ", ", " - ", "-", ","])
        return self._case(sep.join(parts), "district_homonym", c, note=f"district {d.name} has a unit of its own name")

    def no_commas(self, rng: random.Random) -> Case | None:
        c = rng.choice(self.communes)
        d = self.reg.old_districts[c.district_code]
        p = self.reg.old_provinces[c.province_code]
        street = self.street_part(rng, c)
        style = rng.choice(
            ["spaces", "glued_hamlet", "urban", "dashes", "dots", "underscore", "endash", "slash", "spaces"]
        )
        if style == "spaces":
            low = rng.random() < 0.5
            parts = [street, c.name, d.name, p.name]
            text = " ".join(parts)
            if low:
                text = text.lower()
            elif rng.random() < 0.3:
                text = " ".join(
                    [
                        street,
                        self.commune_form(rng, c, "abbr"),
                        self.district_form(rng, d, "abbr"),
                        self.province_form(rng, p),
                    ]
                )
        elif style == "glued_hamlet":
            dis = self.district_form(rng, d, rng.choice(["bare", "any"]))
            text = f"{street} {self.commune_form(rng, c, 'bare')}, {dis}, {self.province_form(rng, p)}"
        elif style == "urban":
            com = self.commune_form(rng, c, rng.choice(["abbr", "full"]))
            dis = self.district_form(rng, d, rng.choice(["bare", "abbr", "full"]))
            text = f"{com} {dis}, {self.province_form(rng, p)}"
            if rng.random() < 0.6:
                text = f"{street} {text}" if rng.random() < 0.5 else f"{street}, {text}"
        elif style in ("dashes", "endash", "slash"):
            mark = {"dashes": "-", "endash": "–", "slash": "/"}[style]
            parts = [street, self.commune_form(rng, c), self.district_form(rng, d), self.province_form(rng, p)]
            text = parts[0]
            for part in parts[1:]:
                text += rng.choice([mark, f"{mark} ", f" {mark}", f" {mark} "]) + part
        elif style == "dots":
            num = self.house_number(rng).split("/")[0]
            head = rng.choice([num, f"{num}.{rng.choice(PERSON_STREETS)}", street])
            parts = [
                head,
                self.commune_form(rng, c, rng.choice(["bare", "any"])),
                self.district_form(rng, d, rng.choice(["bare", "any"])),
                p.short,
            ]
            text = ".".join(parts)
            if rng.random() < 0.7:
                text = text.lower()
        else:  # underscore
            text = (
                f"{street} {c.name}_{d.short}_{p.short}"
                if rng.random() < 0.5
                else f"{street} {c.name}_{d.short} {p.short}"
            )
            if rng.random() < 0.6:
                text = text.lower()
        return self._case(text, "no_commas", c, note=style)

    def country_suffix(self, rng: random.Random) -> Case | None:
        c = rng.choice(self.communes)
        d = self.reg.old_districts[c.district_code]
        p = self.reg.old_provinces[c.province_code]
        parts = [
            *self.maybe_street(rng, c),
            self.commune_form(rng, c),
            self.district_form(rng, d),
            self.province_form(rng, p),
        ]
        country = rng.choice(["Việt Nam", "Vietnam", "VN", "Viet Nam", "VIỆT NAM", "Việt Nam.", "Vietnam.", "Vn"])
        postal = rng.choice(
            [
                f"{rng.randint(10, 96)}0000",
                f"{rng.randint(10, 96)}{rng.randint(0, 9999):04d}",
                f"{rng.randint(10000, 96999)}",
            ]
        )
        phone = rng.choice(
            [
                f"ĐT: 09{rng.randint(10000000, 99999999)}",
                f"SĐT: 09{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                f"Tel: (+84) {rng.randint(200, 299)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}",
                f"0{rng.randint(900, 989)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
                f"(0{rng.randint(200, 299)}) {rng.randint(3000000, 3999999)}",
                f"ĐT 0{rng.randint(30, 99)}{rng.randint(1000000, 9999999)}",
            ]
        )
        extras = rng.choice(["country", "country", "postal+country", "postal", "phone_end", "phone_start", "all"])
        text = ", ".join(parts)
        if "postal" in extras or extras == "all":
            text += rng.choice([f" {postal}", f", {postal}", f" - {postal}", f", Mã bưu chính: {postal}"])
        if "country" in extras or extras == "all":
            text += rng.choice([f", {country}", f" {country}", f" - {country}", f",{country}"])
        if extras in ("phone_end", "all"):
            text += rng.choice([f" - {phone}", f". {phone}", f" ({phone})", f", {phone}"])
        if extras == "phone_start":
            text = rng.choice([f"{phone} - {text}", f"{phone}; {text}"])
        return self._case(text, "country_suffix", c, note=extras)

    def provincial_city(self, rng: random.Random) -> Case | None:
        c = rng.choice(self._pcity)
        d = self.reg.old_districts[c.district_code]
        p = self.reg.old_provinces[c.province_code]
        com = self.commune_form(rng, c, rng.choice(["full", "abbr", "abbr"]))
        city = self.district_form(rng, d, rng.choice(["full", "abbr", "abbr", "abbr"]))
        parts = [*self.maybe_street(rng, c, 0.85), com, city]
        if rng.random() < 0.15:
            parts.append(self.province_form(rng, p))
        sep = rng.choice([", ", ", ", " - ", ","])
        return self._case(sep.join(parts), "provincial_city", c, note=d.name)

    def type_words(self, rng: random.Random) -> Case | None:
        if rng.random() < 0.4:
            return self._numbered_case(rng)
        c = rng.choice(self.communes)
        d = self.reg.old_districts[c.district_code]
        p = self.reg.old_provinces[c.province_code]
        glue = {
            "xã": ["Xã", "X", "X.", "x."],
            "phường": ["Phường", "P", "P.", "F.", "p."],
            "thị trấn": ["Thị trấn", "TT", "TT.", "T.T", "Tt"],
        }
        dglue = {
            "huyện": ["Huyện", "H", "H.", "h."],
            "quận": ["Quận", "Q", "Q.", "q."],
            "thị xã": ["Thị xã", "TX", "TX.", "T.X", "Tx"],
            "thành phố": ["Thành phố", "TP", "T.P", "Tp.", "TP.", "T.P."],
        }
        pglue = ["Tỉnh", "T", "T.", "tỉnh"] if p.type == "tỉnh" else ["Thành phố", "TP", "TP.", "Tp", "T.P"]

        def glued(words: list[str], name: str) -> str:
            w = rng.choice(words)
            joiner = "" if (w.endswith(".") or rng.random() < 0.6) else " "
            if w[-1].isalpha() and joiner == "" and rng.random() < 0.5:
                joiner = " "
            return f"{w}{joiner}{name}"

        com = glued(glue[c.type], c.short) if not c.short.isdigit() else self.commune_form(rng, c, "abbr")
        if d.code in self._abbrev_ok and rng.random() < 0.35:
            head = {"huyện": "H.", "quận": "Q.", "thị xã": "TX.", "thành phố": "TP."}[d.type]
            dis = f"{rng.choice([head, head.lower(), head + ' '])}{self._abbrev_ok[d.code]}"
        else:
            dis = glued(dglue[d.type], d.short)
        prov = glued(pglue, p.short)
        # Not every part is damaged: each is written well in some cases.
        if rng.random() < 0.3:
            com = self.commune_form(rng, c)
        if rng.random() < 0.3:
            prov = self.province_form(rng, p)
        parts = [*self.maybe_street(rng, c, 0.6), com, dis, prov]
        sep = rng.choice([", ", " - ", ", ", " ", ","])
        return self._case(sep.join(parts), "type_words", c)

    def _numbered_case(self, rng: random.Random) -> Case | None:
        c = rng.choice(self._numbered)
        d = self.reg.old_districts[c.district_code]
        p = self.reg.old_provinces[c.province_code]
        n, dn = int(c.short), d.short
        dnum = dn.isdigit()
        prov = self.province_form(rng, p)
        street = self.street_part(rng, c) if rng.random() < 0.7 else ""
        lead = f"{street}, " if street else ""
        if dnum:
            forms = [
                f"{lead}P. {n} - {dn} - {prov}",
                f"{lead}P{n} Q{dn}, {prov}",
                f"{lead}Phường {n}, Quận {dn}, {prov}",
                f"{lead}{n}, {dn}, {prov}",
                f"{lead}F{n} Q{dn} {prov}",
                f"{lead}P.{n:02d}, Q.{int(dn):02d}, {prov}",
                f"{lead}Phường {n:02d} Quận {dn} {prov}",
                f"{lead}P{n}, Q{dn}, {prov}",
                f"{lead}phường {n} quận {dn}, {prov}",
            ]
        else:
            city = self.district_form(rng, d, rng.choice(["abbr", "full"]))
            forms = [
                f"{lead}P.{n}, {city}, {prov}",
                f"{lead}Phường {n} {city}",
                f"{lead}P{n} {city} {prov}",
                f"{lead}F{n}, {city}",
                f"{lead}P. {n:02d} - {city} - {prov}",
                f"{lead}Phường {n}, {city}, {prov}",
            ]
        return self._case(rng.choice(forms), "type_words", c, note="numbered")

    def spelling(self, rng: random.Random) -> Case | None:
        c = rng.choice(self.communes)
        d = self.reg.old_districts[c.district_code]
        p = self.reg.old_provinces[c.province_code]
        names = {"commune": c.short, "district": d.short, "province": p.short}
        targets = [k for k, v in names.items() if not v.isdigit()]
        if not targets:
            return None
        chosen = rng.sample(targets, k=min(len(targets), 1 if rng.random() < 0.7 else 2))
        notes = []
        for key in chosen:
            original = names[key]
            variants = _KNOWN_MISSPELLINGS.get(original) if key == "province" else None
            if variants and rng.random() < 0.5:
                new, how = rng.choice(variants), "known"
            else:
                new, how = _misspell(rng, original)
            if new == original or not self._still_unique(key, new, c, d, p):
                return None
            names[key] = new
            notes.append(f"{key}:{how}")
        com_word = {"xã": "Xã", "phường": "Phường", "thị trấn": "Thị trấn"}[c.type]
        dis_word = {"huyện": "Huyện", "quận": "Quận", "thị xã": "Thị xã", "thành phố": "Thành phố"}[d.type]
        prov_word = "Tỉnh" if p.type == "tỉnh" else "Thành phố"
        if rng.random() < 0.2:  # a type word misspelt as well
            com_word = rng.choice(_TYPE_TYPOS.get(com_word, [com_word]))
            notes.append("type")
        if rng.random() < 0.15:
            dis_word = rng.choice(_TYPE_TYPOS.get(dis_word, [dis_word]))
            notes.append("type")
        style = rng.choice(["full", "full", "short", "abbr"])
        if style == "full":
            parts = [
                f"{com_word} {names['commune']}",
                f"{dis_word} {names['district']}",
                f"{prov_word} {names['province']}",
            ]
        elif style == "short":
            parts = [f"{com_word} {names['commune']}", names["district"], names["province"]]
        else:
            cw = {"xã": "X.", "phường": "P.", "thị trấn": "TT."}[c.type]
            dw = {"huyện": "H.", "quận": "Q.", "thị xã": "TX.", "thành phố": "TP."}[d.type]
            parts = [f"{cw} {names['commune']}", f"{dw} {names['district']}", names["province"]]
        text = ", ".join([*self.maybe_street(rng, c, 0.6), *parts])
        r = rng.random()
        if r < 0.12:
            text = text.lower()
            notes.append("lower")
        elif r < 0.2:
            text = text.upper()
            notes.append("upper")
        elif r < 0.25:
            text = _title(text.lower())
            notes.append("title")
        return self._case(text, "spelling", c, note=",".join(notes))

    def _still_unique(self, key: str, new: str, c: Unit, d: Unit, p: Unit) -> bool:
        """A misspelling that reads as another unit's name is no misspelling: drop it."""
        f = fold(new)
        if key == "commune":
            others = [x.short for x in self.reg.by_province[p.code] if x.code != c.code]
        elif key == "district":
            others = [x.short for x in self.reg.districts_by_province[p.code] if x.code != d.code]
        else:
            others = [x.short for x in self.reg.old_provinces.values() if x.code != p.code]
        return all(fold(o) != f for o in others) and len(f) >= 2

    def street_unit_name(self, rng: random.Random) -> Case | None:
        style = rng.choice(["same", "same", "other_ward", "other_unit", "province_street"])
        if style == "same":
            c = rng.choice(self._person)
            street = c.short
        elif style == "other_ward":
            c = rng.choice(self.communes if rng.random() < 0.3 else self._person)
            others = [
                x.short for x in self.reg.by_district[c.district_code] if x.short in PERSON_STREETS and x.code != c.code
            ]
            if not others:
                return None
            street = rng.choice(others)
        elif style == "other_unit":
            c = rng.choice(self.communes)
            pool = [
                x.short for x in self.reg.by_district[c.district_code] if x.code != c.code and not x.short.isdigit()
            ]
            pool.append(self.reg.old_districts[c.district_code].short)
            pool = [x for x in pool if not x.isdigit()]
            if not pool:
                return None
            street = rng.choice(pool)
        else:
            c = rng.choice(self.communes)
            street = rng.choice(list(self.reg.old_provinces.values())).short
        d = self.reg.old_districts[c.district_code]
        p = self.reg.old_provinces[c.province_code]
        n = self.house_number(rng)
        head = rng.choice(
            [
                f"Số {n} {street}",
                f"{n} {street}",
                f"{n} đường {street}",
                f"Số {n} Đường {street}",
                f"{n} phố {street}",
                f"Ngõ {rng.randint(1, 99)} {street}",
                f"Đường {street}",
            ]
        )
        com = self.commune_form(rng, c, rng.choice(["full", "abbr"]))
        parts = [head, com, self.district_form(rng, d), self.province_form(rng, p)]
        if style != "province_street" and rng.random() < 0.15:
            parts.pop()  # the province is often left out; not when a street is named after another one
        sep = rng.choice([", ", " - ", ", "])
        return self._case(sep.join(parts), "street_unit_name", c, note=f"{style}:{street}")

    def english(self, rng: random.Random) -> Case | None:
        c = rng.choice(self.communes)
        d = self.reg.old_districts[c.district_code]
        p = self.reg.old_provinces[c.province_code]
        k = rng.randint(1, 20)
        street = rng.choice(
            [
                f"No. {rng.randint(1, 300)} {strip_marks(rng.choice(PERSON_STREETS))} Street",
                f"{rng.randint(1, 300)} {strip_marks(rng.choice(PERSON_STREETS))} St.",
                f"{rng.randint(1, 300)} {strip_marks(rng.choice(PERSON_STREETS))} Str",
                f"Hamlet {k}",
                f"Village {k}",
                f"Group {k}",
                f"Quarter {k}",
                f"Block {k}",
                f"Lane {rng.randint(1, 200)}, {strip_marks(rng.choice(PERSON_STREETS))} Road",
                f"{strip_marks(rng.choice(VILLAGE_NAMES))} Village",
                f"Hamlet {strip_marks(rng.choice(AP_NAMES))}",
            ]
        )
        pen = _ENGLISH_PROVINCE.get(p.code, [p.en])
        style = rng.choice(["registers", "registers", "lower_types", "types_first", "mixed_unaccented"])
        if style == "registers":
            parts = [c.en, d.en, rng.choice([p.en, *pen])]
        elif style == "lower_types":
            parts = [_lower_type(c.en), _lower_type(d.en), _lower_type(rng.choice([p.en, *pen]))]
        elif style == "types_first":
            parts = [_type_first(c.en), _type_first(d.en), rng.choice([p.en, *pen])]
        else:
            cw = {"xã": "Xa", "phường": "Phuong", "thị trấn": "Thi tran"}[c.type]
            dw = {"huyện": "Huyen", "quận": "Quan", "thị xã": "Thi xa", "thành phố": "TP"}[d.type]
            parts = [f"{cw} {strip_marks(c.short)}", f"{dw} {strip_marks(d.short)}", rng.choice([p.en, *pen])]
        if rng.random() < 0.7:
            parts.insert(0, street)
        text = ", ".join(parts)
        if rng.random() < 0.4:
            text += rng.choice([", Vietnam", ", Viet Nam", " Vietnam", ", VN"])
        return self._case(text, "english", c, note=style)

    def fuzzy_vs_exact(self, rng: random.Random) -> Case | None:
        named, near = rng.choice(self._pairs)
        written = self.reg.old_districts[near.district_code]
        p = self.reg.old_provinces[named.province_code]
        com_word = {
            "xã": ["Xã", "X.", "xã"],
            "phường": ["Phường", "P.", "phường"],
            "thị trấn": ["Thị trấn", "TT.", "TT"],
        }[named.type]
        com = f"{rng.choice(com_word)} {named.short}"
        dis = rng.choice([written.name, self.district_form(rng, written, "abbr"), written.short])
        parts = [*self.maybe_street(rng, named, 0.7), com, dis, self.province_form(rng, p)]
        text = rng.choice([" - ", ", "]).join(parts)
        named_succ = self.reg.successors[named.code]
        near_succ = self.reg.successors[near.code]
        return Case(
            address=_clean_spaces(nfc(text)),
            family="fuzzy_vs_exact",
            old_commune_code=named.code,
            old_district_code=named.district_code,
            old_province_code=named.province_code,
            expected_new_codes=tuple(sorted(set(named_succ) | set(near_succ))),
            expect="ambiguous_ok",
            named_new_codes=named_succ,
            near_new_codes=near_succ,
            note=f"{named.name} is in {self.reg.old_districts[named.district_code].name}; "
            f"{near.name} is in {written.name}",
        )

    def ocr(self, rng: random.Random) -> Case | None:
        c = rng.choice(self.communes)
        d = self.reg.old_districts[c.district_code]
        p = self.reg.old_provinces[c.province_code]
        parts = [
            *self.maybe_street(rng, c, 0.8),
            self.commune_form(rng, c),
            self.district_form(rng, d),
            self.province_form(rng, p),
        ]
        text = ", ".join(parts)
        ops = []
        if rng.random() < 0.15:
            text = strip_marks(text)
            ops.append("no_marks")
        for _ in range(rng.randint(1, 3)):
            text, op = _ocr_damage(rng, text)
            ops.append(op)
        return self._case(text, "ocr", c, note=",".join(ops))

    def clean_baseline(self, rng: random.Random) -> Case | None:
        c = rng.choice(self.communes)
        d = self.reg.old_districts[c.district_code]
        p = self.reg.old_provinces[c.province_code]
        style = rng.choice(["full", "full", "abbr", "short"])
        if style == "full":
            parts = [c.name, d.name, p.name]
        elif style == "abbr":
            parts = [
                self.commune_form(rng, c, "abbr"),
                self.district_form(rng, d, "abbr"),
                self.province_form(rng, p, "abbr"),
            ]
        else:
            parts = [c.name, d.name, p.short]
        text = ", ".join([*self.maybe_street(rng, c, 0.6), *parts])
        return self._case(text, "clean_baseline", c, note=style)

    def new_form(self, rng: random.Random) -> Case | None:
        n = rng.choice(self.new_communes)
        p = self.reg.new_provinces[n.province_code]
        srcs = self.reg.sources.get(n.code, ())
        if not srcs:
            return None
        whole = [code for code, rel in srcs if rel == "whole"]
        old = self.reg.old_communes[(whole or [srcs[0][0]])[0]]
        com = rng.choice([n.name, n.name, self.commune_form(rng, n, "abbr")])
        prov = self.province_form(rng, p)
        parts = [*self.maybe_street(rng, old, 0.7), com, prov]
        text = rng.choice([", ", " - ", ", "]).join(parts)
        if rng.random() < 0.15:
            text += rng.choice([", Việt Nam", ", Vietnam"])
        # The written name may also be an old commune of the province that became another unit:
        # the text then reads two ways (the new commune, or the old one), and flagging is right.
        near = tuple(sorted({s for o in self.old_homonyms(n) for s in self.reg.successors[o.code]}))
        return Case(
            address=_clean_spaces(nfc(text)),
            family="new_form",
            old_commune_code=old.code,
            old_district_code=old.district_code,
            old_province_code=old.province_code,
            expected_new_codes=tuple(sorted({n.code, *near})) if near else (n.code,),
            expect="ambiguous_ok" if near else "already_new",
            named_new_codes=(n.code,) if near else (),
            near_new_codes=near,
            note=n.name + (" (also an old commune of the province)" if near else ""),
        )

    def builder(self, family: str) -> Builder:
        return getattr(self, family)  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- noise helpers

_PROVINCE_NICKNAMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Thành phố Hồ Chí Minh", "79"): (
        "TP.HCM",
        "TP HCM",
        "Tp.HCM",
        "TPHCM",
        "HCM",
        "Sài Gòn",
        "TP. Hồ Chí Minh",
        "Thành phố HCM",
        "Tp Hồ Chí Minh",
    ),
    ("Thành phố Hà Nội", "01"): ("HN", "TP Hà Nội", "Hà Nội", "TP.Hà Nội"),
    ("Thành phố Huế", "46"): ("Thừa Thiên Huế", "TT Huế", "T.T.Huế", "Thừa Thiên - Huế", "Tỉnh Thừa Thiên Huế"),
    ("Tỉnh Bà Rịa - Vũng Tàu", "77"): ("BR-VT", "BRVT", "Bà Rịa Vũng Tàu", "Bà Rịa-Vũng Tàu", "T. BR-VT"),
    ("Thành phố Hải Phòng", "31"): ("HP", "TP Hải Phòng", "Hải Phòng"),
    ("Thành phố Cần Thơ", "92"): ("TPCT", "TP Cần Thơ", "Cần Thơ"),
    ("Thành phố Đà Nẵng", "48"): ("TP Đà Nẵng", "Đà Nẵng", "TP.ĐN"),
}

_ENGLISH_PROVINCE: dict[str, list[str]] = {
    "79": ["HCMC", "Ho Chi Minh City", "Saigon", "HCM City"],
    "01": ["Hanoi", "Ha Noi", "Hanoi City"],
    "48": ["Da Nang", "Danang City"],
    "46": ["Hue", "Thua Thien Hue Province"],
    "31": ["Hai Phong", "Haiphong City"],
    "92": ["Can Tho", "Cantho City"],
}

_KNOWN_MISSPELLINGS: dict[str, list[str]] = {
    "Đắk Lắk": ["Đắk Lăk", "Đắc Lắc", "Daklak", "Đăk Lăk", "DakLak"],
    "Bắc Kạn": ["Bắc Cạn", "bắc kan", "Bac Can"],
    "Hà Nội": ["Hà Nọi", "Ha Noi", "Hà nội", "Hầ Nội"],
    "Sơn La": ["Sợn La", "Sơn la", "Son La"],
    "Đắk Nông": ["Đăk Nông", "Đắc Nông", "Dak Nong", "Đắk Nong"],
    "Kon Tum": ["KonTum", "Kontum", "Kom Tum"],
    "Quảng Bình": ["Quảảng Bình", "Quãng Bình", "Quảng Bìh"],
    "Nghệ An": ["Nghệ n", "Nghê An", "Nghệ AN", "Nghệ Ang"],
    "Thanh Hóa": ["Thanh Hoá", "Thanh Hoa", "Thah Hóa"],
    "Khánh Hòa": ["Khánh Hoà", "Khánh Hoa", "Khánh hòa"],
    "Hòa Bình": ["Hoà Bình", "Hòa Bìng"],
    "Lâm Đồng": ["Lâm Đông", "Lam Đồng"],
    "Gia Lai": ["Gia Lại", "Gia lai", "Gai Lai"],
    "Bà Rịa - Vũng Tàu": ["Bà Rịa Vũng Tầu", "Bà Rịa - Vũng Tầu", "Ba Ria Vung Tau"],
    "Thái Nguyên": ["Thái Nguyen", "Thai Nguyên", "Thái Ngyên"],
    "Quảng Ngãi": ["Quảng Ngải", "Quãng Ngãi", "Quang Ngai"],
}

_TYPE_TYPOS: dict[str, list[str]] = {
    "Phường": ["Phưng", "Phuờng", "Phường", "Phương", "Phườg"],
    "Xã": ["Xả", "Xa", "Xã", "Xá"],
    "Thị trấn": ["Thị Trấn", "Thi trấn", "Thị trân", "Thị Tấn"],
    "Huyện": ["Hyện", "Huyên", "Huỵên", "Huyện", "Huyệ"],
    "Quận": ["Quân", "Quạn", "Quận"],
    "Thị xã": ["Thị Xã", "Thi xã", "Thị xa"],
    "Thành phố": ["Thành Phố", "Thanh phố", "Thàn phố"],
}


def _misspell(rng: random.Random, name: str) -> tuple[str, str]:
    """One post-office misspelling of a name."""
    how = rng.choice(["drop", "double", "tone", "shape", "strip_word", "strip", "swap", "case", "tone_placement"])
    if how == "tone_placement":
        swapped = _swap_tone_placement(name)
        if swapped != name:
            return swapped, how
        how = "tone"
    letters = [i for i, ch in enumerate(name) if ch.isalpha()]
    if how == "drop":
        # Never the first letter of a word: clerks keep the initials.
        inner = [i for i in letters if i > 0 and name[i - 1] != " "]
        if not inner:
            return name, how
        i = rng.choice(inner)
        return name[:i] + name[i + 1 :], how
    if how == "double":
        i = rng.choice(letters)
        return name[: i + 1] + name[i] + name[i + 1 :], how
    if how == "swap":
        pairs = [i for i in letters if i + 1 < len(name) and name[i + 1].isalpha() and i > 0 and name[i - 1] != " "]
        if not pairs:
            return name, how
        i = rng.choice(pairs)
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :], how
    if how == "case":
        return rng.choice([name.lower(), name.upper(), name[:1].lower() + name[1:]]), how
    words = name.split(" ")
    w = rng.randrange(len(words))
    if how == "strip_word":
        words[w] = strip_marks(words[w])
        return " ".join(words), how
    if how == "strip":
        return strip_marks(name), how
    decomposed = list(unicodedata.normalize("NFD", words[w]))
    if how == "tone":
        tone_at = [i for i, ch in enumerate(decomposed) if ch in _TONES]
        if tone_at:
            i = rng.choice(tone_at)
            others = [t for t in _TONES if t != decomposed[i]]
            if rng.random() < 0.35:
                del decomposed[i]
            else:
                decomposed[i] = rng.choice(others)
        else:
            vowels = [i for i, ch in enumerate(decomposed) if ch.lower() in "aeiouy"]
            if not vowels:
                return name, how
            decomposed.insert(rng.choice(vowels) + 1, rng.choice(_TONES))
    else:  # shape: drop a circumflex, breve or horn, or write đ as d
        shape_at = [i for i, ch in enumerate(decomposed) if ch in _SHAPES]
        if shape_at:
            del decomposed[rng.choice(shape_at)]
        elif "đ" in words[w].lower():
            words[w] = words[w].replace("đ", "d").replace("Đ", "D")
            return " ".join(words), how
        else:
            return name, how
    words[w] = nfc("".join(decomposed))
    return " ".join(words), how


_OLD_STYLE = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "uý": "úy",
    "uỳ": "ùy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}


def _swap_tone_placement(name: str) -> str:
    """hòa ↔ hoà: both placements are in use."""
    out = name
    for new, old in _OLD_STYLE.items():
        if old in out:
            return out.replace(old, new)
        if new in out:
            return out.replace(new, old)
    return out


_OCR_SWAPS = (
    ("m", "rn"),
    ("rn", "m"),
    ("l", "1"),
    ("1", "l"),
    ("I", "l"),
    ("O", "0"),
    ("0", "O"),
    ("n", "ri"),
    ("d", "cl"),
    ("h", "b"),
    ("e", "c"),
    ("ư", "u"),
    ("ơ", "o"),
    ("ă", "a"),
    ("â", "a"),
    ("ê", "e"),
    ("ô", "o"),
    ("đ", "d"),
    ("Đ", "D"),
    ("ạ", "a"),
    ("ế", "é"),
    ("ộ", "ô"),
    ("ị", "i"),
    ("ố", "ô"),
)


def _ocr_damage(rng: random.Random, text: str) -> tuple[str, str]:
    """One OCR-like damage at a random place."""
    how = rng.choice(["swap", "swap", "swap", "drop", "merge", "split", "stray", "marks_word"])
    if how == "swap":
        present = [(a, b) for a, b in _OCR_SWAPS if a in text]
        if not present:
            return text, how
        a, b = rng.choice(present)
        spots = [m.start() for m in re.finditer(re.escape(a), text)]
        i = rng.choice(spots)
        return text[:i] + b + text[i + len(a) :], f"{a}->{b}"
    if how == "drop":
        letters = [i for i, ch in enumerate(text) if ch.isalpha()]
        i = rng.choice(letters)
        return text[:i] + text[i + 1 :], how
    if how == "merge":
        spaces = [i for i, ch in enumerate(text) if ch == " "]
        if not spaces:
            return text, how
        i = rng.choice(spaces)
        return text[:i] + text[i + 1 :], how
    if how == "split":
        inner = [i for i in range(1, len(text)) if text[i].isalpha() and text[i - 1].isalpha()]
        if not inner:
            return text, how
        i = rng.choice(inner)
        return text[:i] + " " + text[i:], how
    if how == "stray":
        i = rng.randrange(len(text) + 1)
        return text[:i] + rng.choice([".", ",", "'", "`", ";", ":", "|", "-", "~"]) + text[i:], how
    words = text.split(" ")
    w = rng.randrange(len(words))
    words[w] = strip_marks(words[w])
    return " ".join(words), how


def _lower_type(en: str) -> str:
    for word in ("Ward", "Commune", "Township", "District", "Town", "City", "Province"):
        if en.endswith(" " + word):
            return en[: -len(word)] + word.lower()
    return en


def _type_first(en: str) -> str:
    for word in ("Ward", "Commune", "Township", "District", "Town", "City", "Province"):
        if en.endswith(" " + word):
            return f"{word} {en[: -len(word) - 1]}"
    return en


def _clean_spaces(s: str) -> str:
    return re.sub(r" {2,}", " ", s).strip()


# --------------------------------------------------------------------------- entry point


def generate(
    n_per_family: int, seed: int, families: Sequence[str] | None = None, registers: Registers | None = None
) -> list[Case]:
    """`n_per_family` cases of each family (all of them by default), the same for the same seed."""
    chosen = list(families) if families is not None else list(FAMILIES)
    unknown = [f for f in chosen if f not in FAMILIES]
    if unknown:
        raise ValueError(f"unknown families: {', '.join(unknown)} (known: {', '.join(FAMILIES)})")
    clerk = Clerk(registers or load_registers())
    cases: list[Case] = []
    for family in chosen:
        cases += _family_cases(clerk, family, n_per_family, seed)
    return cases


def _family_cases(clerk: Clerk, family: str, n: int, seed: int) -> list[Case]:
    rng = random.Random(f"{seed}:{family}")
    build = clerk.builder(family)
    seen: set[str] = set()
    out: list[Case] = []
    attempts = 0
    while len(out) < n and attempts < n * 50 + 100:
        attempts += 1
        case = build(rng)
        if case is None or case.address in seen:
            continue
        seen.add(case.address)
        out.append(case)
    return out


def families_of(cases: Iterable[Case]) -> dict[str, list[Case]]:
    """Cases grouped by family, in the order of `FAMILIES`."""
    groups: dict[str, list[Case]] = {f: [] for f in FAMILIES}
    for case in cases:
        groups[case.family].append(case)
    return {k: v for k, v in groups.items() if v}
