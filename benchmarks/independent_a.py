"""Independent noise model A: noisy old- and new-form addresses with their answers (19 families).

Written by a fresh-eyes tester from the registers only (`../shared/reference/*.csv`: units,
commune mapping, unit history), without reading the project's address reader or its generators,
to find what the reader gets wrong. It imports nothing of `admin_merge`, on purpose: a model
written in the shapes the reader already knows proves nothing. Its families and noise are the
tester's and stay so (never tuned to the reader); `evaluate_independent.py --set a` scores the
reader on it, and `tests/test_independent_sets.py` keeps it as a regression guard.

Each `Case` carries the acceptable new commune codes (`truth`: the successors of the commune
written) and every new unit the text genuinely also names (`also_named`: communes of the same
name in the written scope), for which flagging the address is the right answer.
"""

from __future__ import annotations

import csv
import os
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

Row = dict[str, str]
Meta = dict[str, str | bool]
Built = tuple[str, list[str], list[str], Meta]
Weighted = list[tuple[str, float]]

FAMILIES: tuple[str, ...] = (
    "clean",
    "abbrev",
    "no_diacritics",
    "missing_level",
    "separators",
    "reverse",
    "typo",
    "ocr",
    "extras",
    "old_province_name",
    "town_as_district",
    "english",
    "new_form",
    "new_form_noisy",
    "mixed",
    "pre2025_name",
    "old_district_name",
    "numbered_wards",
    "street_is_unit",
)


@dataclass(frozen=True)
class Case:
    family: str
    address: str
    truth: tuple[str, ...]  # acceptable new commune codes
    also_named: tuple[str, ...]  # new units the text genuinely also names (flagging is right when > 1)
    note: str


def reference_dir() -> Path:
    """`../shared/reference` beside the checkout, as `tests/conftest.py` finds it;
    `$ADMIN_MERGE_REFERENCE` for a worktree elsewhere."""
    return Path(os.environ.get("ADMIN_MERGE_REFERENCE") or REPO.parent / "shared" / "reference")


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def _strip_type(name: str) -> str:
    return re.sub(r"^(Xã|Phường|Thị trấn) ", "", name)


class Registers:
    """The reference CSVs and the indexes the model draws from."""

    def __init__(self, ref: Path) -> None:
        def rd(name: str) -> list[Row]:
            with (ref / name).open(encoding="utf-8", newline="") as f:
                return list(csv.DictReader(f))

        self.old = rd("old_units.csv")
        self.new = rd("new_units.csv")
        self.odist = {r["district_code"]: r for r in rd("old_districts.csv")}
        self.oprov = {r["province_code"]: r for r in rd("old_provinces.csv")}
        self.nprov = {r["province_code"]: r for r in rd("new_provinces.csv")}
        hist = rd("history/unit_history.csv")
        self.succ: defaultdict[str, set[str]] = defaultdict(set)
        self.pred_prov: defaultdict[str, set[str]] = defaultdict(set)
        for m in rd("commune_mapping.csv"):
            self.succ[m["old_commune_code"]].add(m["new_commune_code"])
            self.pred_prov[m["new_commune_code"]].add(m["old_province_code"])
        # indexes for genuine ambiguity
        self.old_by_prov_name: defaultdict[tuple[str, str], list[Row]] = defaultdict(list)
        self.old_by_dist_name: defaultdict[tuple[str, str], list[Row]] = defaultdict(list)
        self.old_by_name: defaultdict[str, list[Row]] = defaultdict(list)
        for r in self.old:
            k = key(r["commune_short_name"])
            self.old_by_prov_name[(r["province_code"], k)].append(r)
            self.old_by_dist_name[(r["district_code"], k)].append(r)
            self.old_by_name[k].append(r)
        self.new_by_prov_name: defaultdict[tuple[str, str], list[Row]] = defaultdict(list)
        for r in self.new:
            self.new_by_prov_name[(r["province_code"], key(r["commune_short_name"]))].append(r)
        self.towns_of_dist: defaultdict[str, list[Row]] = defaultdict(list)
        for r in self.old:
            if r["commune_type"] == "thị trấn":
                self.towns_of_dist[r["district_code"]].append(r)
        self.hist_communes = [
            h
            for h in hist
            if h["level"] == "commune"
            and h["change"] in ("merged",)
            and h["confidence"] == "high"
            and h["valid_until"] >= "2019-01-01"
            and h["successor_level"] == "commune"
            and "recoded_same_name" not in h.get("change_detail", "")
        ]
        self.old_by_code = {r["commune_code"]: r for r in self.old}
        self.old_by_dist: defaultdict[str, list[Row]] = defaultdict(list)
        for r in self.old:
            self.old_by_dist[r["district_code"]].append(r)
        gone_districts = {
            h["code"]
            for h in hist
            if h["level"] == "district"
            and h["change"] in ("merged", "split", "renamed")
            and h["valid_until"] >= "2019-01-01"
        }
        self.hist_moved = [
            h
            for h in hist
            if h["level"] == "commune"
            and h["district_code"] in gone_districts
            and h["code"] in self.old_by_code
            and h["successor_code"] == h["code"]
            and key(_strip_type(h["name"])) == key(self.old_by_code[h["code"]]["commune_short_name"])
        ]
        self.numbered = [r for r in self.old if r["commune_short_name"].isdigit()]
        self.urban = [r for r in self.old if r["commune_type"] in ("phường", "thị trấn")]
        self.hist_by_code_name: defaultdict[tuple[str, str], list[Row]] = defaultdict(list)
        for h in hist:
            if h["level"] == "commune":
                self.hist_by_code_name[(h["code"], h["name"])].append(h)


@cache
def load_registers(ref: Path | None = None) -> Registers:
    return Registers(ref or reference_dir())


# ---------------- writing pieces ----------------
STREETS = [
    "Lê Lợi", "Trần Phú", "Quang Trung", "Hùng Vương", "Nguyễn Trãi", "Lý Thường Kiệt", "Hai Bà Trưng",
    "Điện Biên Phủ", "Nguyễn Huệ", "Bạch Đằng", "Hoàng Diệu", "Phan Chu Trinh", "Lê Duẩn", "Trần Hưng Đạo",
    "Ngô Quyền", "Lê Hồng Phong", "Võ Thị Sáu", "Nguyễn Văn Cừ", "Phạm Văn Đồng", "Cách Mạng Tháng Tám",
    "30 Tháng 4", "3 Tháng 2", "Nguyễn Thị Minh Khai", "Lê Thánh Tông", "Trường Chinh", "Hoàng Hoa Thám",
    "Nguyễn Du", "Phan Bội Châu", "Lạc Long Quân", "Âu Cơ", "Tôn Đức Thắng", "Nguyễn Tất Thành",
    "Đinh Tiên Hoàng", "Lý Thái Tổ", "Hoàng Văn Thụ", "Yên Phụ", "Láng Hạ", "Kim Mã", "Giải Phóng",
]  # fmt: skip
HAMLET_WORDS = [
    "Thôn", "Xóm", "Ấp", "Bản", "Tổ", "Khu phố", "KP", "TDP", "Tổ dân phố", "Khối", "Buôn", "Khóm", "Khu", "Làng",
    "Đội",
]  # fmt: skip


def street(rng: random.Random, reg: Registers, c: Row) -> str:
    """House/street/hamlet part. Sometimes named after units (streets named Lê Lợi / Trần Phú etc.,
    hamlets named like other communes)."""
    t = rng.random()
    urban = c.get("commune_type") == "phường" or c.get("district_type") in ("quận", "thành phố", "thị xã")
    if (urban and t < 0.75) or (not urban and t < 0.2):
        no = rng.choice(
            [
                str(rng.randint(1, 400)),
                f"{rng.randint(1, 300)}/{rng.randint(1, 40)}",
                f"{rng.randint(1, 99)}A",
                f"Số {rng.randint(1, 300)}",
                f"{rng.randint(1, 200)} Ngõ {rng.randint(1, 200)}",
                f"Hẻm {rng.randint(1, 300)}/{rng.randint(1, 20)}",
                f"Ngõ {rng.randint(1, 300)}, Ngách {rng.randint(1, 50)}",
                f"Kiệt {rng.randint(1, 300)}",
            ]
        )
        st = rng.choice(STREETS) if rng.random() < 0.8 else rng.choice(reg.old)["commune_short_name"]
        if rng.random() < 0.25:
            st = rng.choice(["đường ", "Đường ", "phố ", "Phố ", "Đ. "]) + st
        return f"{no} {st}"
    if t < 0.92:
        w = rng.choice(HAMLET_WORDS)
        # hamlets often share names with communes
        name = str(rng.randint(1, 20)) if rng.random() < 0.5 else rng.choice(reg.old)["commune_short_name"]
        s = f"{w} {name}"
        if rng.random() < 0.15:
            s = f"{rng.choice(['Tổ', 'Đội'])} {rng.randint(1, 15)}, {s}"
        return s
    return ""


COM_TYPE: dict[str, Weighted] = {
    "phường": [("Phường ", 6), ("P. ", 4), ("P.", 3), ("P ", 1), ("phường ", 2), ("Ph. ", 0.3), ("F.", 0.3)],
    "xã": [("Xã ", 6), ("X. ", 2), ("X.", 1), ("xã ", 3), ("X ", 0.4), ("", 3)],
    "thị trấn": [
        ("Thị trấn ", 6),
        ("TT. ", 3),
        ("TT.", 2),
        ("TT ", 2),
        ("tt ", 1),
        ("T.T ", 0.3),
        ("thị trấn ", 2),
        ("", 1.5),
    ],
    "đặc khu": [("Đặc khu ", 5), ("ĐK ", 0.5), ("", 1)],
}
DIST_TYPE: dict[str, Weighted] = {
    "quận": [("Quận ", 6), ("Q. ", 3), ("Q.", 3), ("Q ", 1), ("quận ", 2), ("", 0.5)],
    "huyện": [("Huyện ", 6), ("H. ", 2), ("H.", 1), ("huyện ", 3), ("", 4)],
    "thị xã": [("Thị xã ", 6), ("TX. ", 3), ("TX.", 2), ("TX ", 2), ("T.X ", 0.3), ("thị xã ", 2), ("", 1.5)],
    "thành phố": [
        ("Thành phố ", 6),
        ("TP. ", 4),
        ("TP.", 2),
        ("TP ", 3),
        ("Tp. ", 2),
        ("T.P ", 0.5),
        ("thành phố ", 2),
        ("", 1.5),
    ],
}
PROV_TYPE: dict[str, Weighted] = {
    "tỉnh": [("Tỉnh ", 5), ("T. ", 1), ("tỉnh ", 3), ("", 7)],
    "thành phố": [("Thành phố ", 4), ("TP. ", 4), ("TP ", 3), ("Tp. ", 2), ("", 5)],
}
PROV_ALIASES = {  # old province code -> extra ways people write it
    "79": ["TP.HCM", "TPHCM", "TP. HCM", "HCM", "Tp Hồ Chí Minh", "Sài Gòn", "TP. Hồ Chí Minh", "Hồ Chí Minh", "HCMC"],
    "01": ["HN", "Hà Nội", "TP Hà Nội", "Ha Noi"],
    "77": ["Bà Rịa - Vũng Tàu", "BR-VT", "Bà Rịa Vũng Tàu", "BRVT", "Bà Rịa-Vũng Tàu"],
    "46": ["Thừa Thiên Huế", "TT Huế", "Thừa Thiên - Huế", "TT-Huế", "Huế"],
    "66": ["Đắk Lắk", "Đăk Lăk", "Daklak", "Đắc Lắc", "Đắk Lăk"],
    "67": ["Đắk Nông", "Đăk Nông", "Dak Nong"],
    "62": ["Kon Tum", "Kontum"],
    "92": ["Cần Thơ", "TP Cần Thơ", "Tp. Cần Thơ"],
    "48": ["Đà Nẵng", "TP Đà Nẵng", "ĐN"],
    "31": ["Hải Phòng", "TP Hải Phòng", "HP"],
}
HATAY_DISTRICTS = {
    "Hà Đông", "Sơn Tây", "Ba Vì", "Phúc Thọ", "Đan Phượng", "Hoài Đức", "Quốc Oai", "Thạch Thất", "Chương Mỹ",
    "Thanh Oai", "Thường Tín", "Phú Xuyên", "Ứng Hòa", "Mỹ Đức",
}  # fmt: skip


def wpick(rng: random.Random, opts: Weighted) -> str:
    tot = sum(w for _, w in opts)
    x = rng.random() * tot
    for o, w in opts:
        x -= w
        if x <= 0:
            return o
    return opts[-1][0]


def typed(rng: random.Random, table: dict[str, Weighted], typ: str, name: str) -> str:
    t = wpick(rng, table[typ])
    if name.isdigit() and t == "":
        t = table[typ][0][0]  # bare numbers keep a type word in most forms
    return t + name


def com_written(rng: random.Random, c: Row) -> str:
    name = c["commune_short_name"]
    typ = c["commune_type"]
    if name.isdigit() and typ == "phường" and rng.random() < 0.3:
        return rng.choice(["P", "p", "P.", "F", "f", "F.", "Phường ", "P. "]) + name
    return typed(rng, COM_TYPE, typ, name)


def dist_written(rng: random.Random, reg: Registers, c: Row) -> str:
    d = reg.odist[c["district_code"]]
    name = d["district_short_name"]
    if name.isdigit() and rng.random() < 0.3:
        return rng.choice(["Q", "q", "Q.", "Quận ", "Q. "]) + name
    return typed(rng, DIST_TYPE, d["district_type"], name)


def prov_written(rng: random.Random, reg: Registers, pcode: str, old: bool = True) -> str:
    p = reg.oprov[pcode] if old else reg.nprov[pcode]
    if old and pcode in PROV_ALIASES and rng.random() < 0.5:
        return rng.choice(PROV_ALIASES[pcode])
    return typed(rng, PROV_TYPE, p["province_type"], p["province_short_name"])


# ---------------- damage ----------------
TONE_SWAP = {
    "á": "à", "à": "á", "ả": "ã", "ã": "ả", "ạ": "á", "ó": "ò", "ò": "ó", "ọ": "ó", "ỏ": "õ", "é": "è", "è": "é",
    "ế": "ề", "ề": "ế", "ệ": "ế", "ú": "ù", "ù": "ú", "ụ": "ú", "í": "ì", "ì": "í", "ị": "í", "ố": "ồ", "ồ": "ố",
    "ộ": "ố", "ớ": "ờ", "ờ": "ớ", "ợ": "ớ", "ứ": "ừ", "ừ": "ứ", "ự": "ứ", "ấ": "ầ", "ầ": "ấ", "ậ": "ấ", "ắ": "ằ",
    "ằ": "ắ",
}  # fmt: skip
HOOK_DROP = {
    "ư": "u", "ơ": "o", "đ": "d", "ă": "a", "â": "a", "ê": "e", "ô": "o", "ứ": "ú", "ừ": "ù", "ờ": "ò", "ớ": "ó",
    "ộ": "ọ", "ế": "é",
}  # fmt: skip


def typo(rng: random.Random, s: str) -> str:
    letters = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(letters) < 4:
        return s
    kind = rng.choice(["drop", "double", "swap", "tone", "hook", "tone", "hook", "drop"])
    i = rng.choice(letters[1:])
    if kind == "drop":
        return s[:i] + s[i + 1 :]
    if kind == "double":
        return s[:i] + s[i] + s[i:]
    if kind == "swap":
        if i + 1 < len(s) and s[i + 1].isalpha():
            return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        return s
    table = TONE_SWAP if kind == "tone" else HOOK_DROP
    cands = [j for j, ch in enumerate(s) if ch.lower() in table]
    if cands:
        j = rng.choice(cands)
        ch = s[j]
        rep = table[ch.lower()]
        return s[:j] + (rep.upper() if ch.isupper() else rep) + s[j + 1 :]
    return s


OCR = [
    ("rn", "m"), ("m", "rn"), ("l", "1"), ("o", "0"), ("i", "l"), ("h", "b"), ("n", "u"), ("c", "e"), ("ư", "u"),
    ("ơ", "o"), ("ê", "e"), ("g", "q"),
]  # fmt: skip


def ocr(rng: random.Random, s: str) -> str:
    for _ in range(rng.choice([1, 1, 2])):
        a, b = rng.choice(OCR)
        idx = [m.start() for m in re.finditer(re.escape(a), s)]
        if idx:
            j = rng.choice(idx)
            s = s[:j] + b + s[j + len(a) :]
    if rng.random() < 0.3:  # a lost space
        sp = [m.start() for m in re.finditer(" ", s)]
        if sp:
            j = rng.choice(sp)
            s = s[:j] + s[j + 1 :]
    return s


def casing(rng: random.Random, s: str) -> str:
    x = rng.random()
    if x < 0.4:
        return s.upper()
    if x < 0.7:
        return s.lower()
    return s.title()


EXTRAS_BEFORE = [
    "Gần chợ", "Đối diện UBND xã", "Cạnh trường THCS", "Sau bưu điện", "Ngã ba", "Cổng sau bệnh viện", "Trước cửa",
    "Kios số 3 chợ",
]  # fmt: skip


def join(rng: random.Random, parts: Sequence[str], seps: Sequence[str] | None = None) -> str:
    kept = [p for p in parts if p]
    if seps is None:
        return ", ".join(kept)
    sep = rng.choice(seps)
    return sep.join(kept)


def noisy_join(rng: random.Random, parts: Sequence[str], levels: Sequence[int]) -> str:
    lvl = rng.choice(levels)
    kept = [p for p in parts if p]
    if lvl == 0:
        return ", ".join(kept)
    if lvl == 1:
        return rng.choice([" - ", "-", " – ", "/", " / ", "; ", ". ", ".", "_"]).join(kept)
    if lvl == 2:
        return " ".join(kept)
    # mixture: some commas missing
    out = kept[0]
    for p in kept[1:]:
        out += rng.choice([", ", " ", " - ", ",", "-"])
        out += p
    return out


# ---------------- address builders ----------------
def truth_old(reg: Registers, c: Row) -> list[str]:
    return sorted(reg.succ[c["commune_code"]])


def amb_old(reg: Registers, c: Row, has_dist: bool, has_prov: bool) -> list[str]:
    """Every new unit the written text could mean (by name within the written scope)."""
    k = key(c["commune_short_name"])
    extra: set[str] = set()
    if has_dist:
        rows = reg.old_by_dist_name[(c["district_code"], k)]
    elif has_prov:
        rows = reg.old_by_prov_name[(c["province_code"], k)]
        # new communes of the same name in the new province (old-and-new readings)
        np_ = reg.oprov[c["province_code"]]["new_province_code"]
        extra = {r["commune_code"] for r in reg.new_by_prov_name[(np_, k)]}
    else:
        rows = reg.old_by_name[k]
    out: set[str] = set()
    for r in rows:
        out |= reg.succ[r["commune_code"]]
    return sorted(out | extra)


def _new_form(rng: random.Random, reg: Registers, family: str) -> Built:
    n = rng.choice(reg.new)
    name = n["commune_short_name"]
    com = typed(rng, COM_TYPE, n["commune_type"], name)
    use_old_prov = rng.random() < 0.15
    # the old province it came from (pick one old province merged into it); a commune made after
    # July 2025 has none in the crosswalk
    olds = sorted(reg.pred_prov.get(n["commune_code"], ()))
    if use_old_prov and olds:
        prov = prov_written(rng, reg, rng.choice(olds), old=True)
    else:
        prov = prov_written(rng, reg, n["province_code"], old=False)
    st = street(rng, reg, {"commune_type": n["commune_type"]})
    parts = [st, com, prov]
    addr = noisy_join(rng, parts, levels=(1, 2)) if family == "new_form_noisy" else join(rng, parts)
    amb = {r["commune_code"] for r in reg.new_by_prov_name[(n["province_code"], key(name))]}
    for p_ in [p for p, r in reg.oprov.items() if r["new_province_code"] == n["province_code"]]:
        for o in reg.old_by_prov_name[(p_, key(name))]:
            amb |= reg.succ[o["commune_code"]]
    return addr, [n["commune_code"]], sorted(amb), {"new": n["commune_code"], "old_prov": use_old_prov}


def _pre2025_name(rng: random.Random, reg: Registers) -> Built:
    h = rng.choice(reg.hist_communes)
    succ: set[str] = set()
    for hh in reg.hist_by_code_name[(h["code"], h["name"])]:
        succ |= reg.succ.get(hh["successor_code"], set())
    name = _strip_type(h["name"])
    typ = h["name"][: len(h["name"]) - len(name) - 1].lower()
    com = typed(rng, COM_TYPE, typ, name) if typ in COM_TYPE else h["name"]
    drow = reg.odist.get(h["district_code"] or "")
    dist = (
        typed(rng, DIST_TYPE, drow["district_type"], drow["district_short_name"])
        if drow
        else (h["district_name"] or "")
    )
    prov = prov_written(rng, reg, h["province_code"]) if h["province_code"] in reg.oprov else h["province_name"]
    addr = join(rng, [street(rng, reg, {}), com, dist, prov])
    return addr, sorted(succ), sorted(succ), {"old": h["code"], "hist": h["name"]}


def _old_district_name(rng: random.Random, reg: Registers) -> Built:
    h = rng.choice(reg.hist_moved)
    c = reg.old_by_code[h["code"]]
    name = c["commune_short_name"]
    com = typed(rng, COM_TYPE, c["commune_type"], name) if rng.random() < 0.8 else c["commune_short_name"]
    dshort = re.sub(r"^(Huyện|Quận|Thị xã|Thành phố) ", "", h["district_name"])
    dtyp = h["district_name"][: len(h["district_name"]) - len(dshort) - 1].lower()
    dist = typed(rng, DIST_TYPE, dtyp, dshort)
    if dshort.isdigit() and rng.random() < 0.4:
        dist = rng.choice(["Q", "Q.", "Q. "]) + dshort
    prov = prov_written(rng, reg, c["province_code"])
    addr = join(rng, [street(rng, reg, c), com, dist, prov], [", ", ", ", " - "])
    meta: Meta = {"old": c["commune_code"], "hist_district": h["district_name"]}
    return addr, truth_old(reg, c), amb_old(reg, c, True, True), meta


def _numbered_wards(rng: random.Random, reg: Registers) -> Built:
    c = rng.choice(reg.numbered)
    d = reg.odist[c["district_code"]]
    n = c["commune_short_name"]
    dn = d["district_short_name"]
    pw = rng.choice(["P", "P.", "P. ", "Phường ", "F", "F.", "p", "f", "phường ", "P", "Ward "])
    n2 = n if rng.random() < 0.8 or len(n) > 1 else "0" + n
    com = pw + n2
    if dn.isdigit():
        dist = rng.choice(["Q", "Q.", "Q. ", "Quận ", "q", "quận ", "District "]) + dn
    else:
        dist = typed(rng, DIST_TYPE, d["district_type"], dn)
    prov = prov_written(rng, reg, c["province_code"])
    st = street(rng, reg, c)
    x = rng.random()
    if x < 0.25:
        addr = f"{st}, {com} {dist}, {prov}"
    elif x < 0.4:
        addr = f"{st} {com} {dist} {prov}"
    elif x < 0.5:
        addr = f"{st}, {com}-{dist}-{prov}"
    else:
        addr = join(rng, [st, com, dist, prov])
    return addr, truth_old(reg, c), amb_old(reg, c, True, True), {"old": c["commune_code"]}


def _street_is_unit(rng: random.Random, reg: Registers) -> Built | None:
    c = rng.choice(reg.urban)
    others = [
        o
        for o in reg.old_by_dist[c["district_code"]]
        if o["commune_code"] != c["commune_code"] and not o["commune_short_name"].isdigit()
    ]
    if not others:
        return None
    stname = rng.choice(others)["commune_short_name"]
    number = rng.choice(
        [
            str(rng.randint(1, 300)),
            "Số " + str(rng.randint(1, 300)),
            str(rng.randint(1, 99)) + "/" + str(rng.randint(1, 30)),
        ]
    )
    st = f"{number} {stname}"
    com = com_written(rng, c) if rng.random() < 0.75 else c["commune_short_name"]
    dist = dist_written(rng, reg, c)
    prov = prov_written(rng, reg, c["province_code"])
    addr = join(rng, [st, com, dist, prov], [", ", ", ", " - "])
    meta: Meta = {"old": c["commune_code"], "street_unit": stname}
    return addr, truth_old(reg, c), amb_old(reg, c, True, True), meta


def build(rng: random.Random, reg: Registers, family: str) -> Built | None:
    """Returns (address, truth codes, ambiguous codes, meta), or None when the draw does not fit the family."""
    if family in ("new_form", "new_form_noisy"):
        return _new_form(rng, reg, family)
    if family == "pre2025_name":
        return _pre2025_name(rng, reg)
    if family == "old_district_name":
        return _old_district_name(rng, reg)
    if family == "numbered_wards":
        return _numbered_wards(rng, reg)
    if family == "street_is_unit":
        return _street_is_unit(rng, reg)
    c = rng.choice(reg.old)
    truth = truth_old(reg, c)
    st = street(rng, reg, c)
    com = com_written(rng, c)
    dist = dist_written(rng, reg, c)
    prov = prov_written(rng, reg, c["province_code"])
    meta: Meta = {"old": c["commune_code"]}
    has_dist = has_prov = True
    if family == "clean":
        com = c["commune_name"]
        d = reg.odist[c["district_code"]]
        dist = d["district_name"]
        prov = reg.oprov[c["province_code"]]["province_name"]
        addr = join(rng, [st, com, dist, prov])
    elif family == "abbrev":
        addr = join(rng, [st, com, dist, prov], [", ", ",", " - ", ", "])
    elif family == "no_diacritics":
        addr = join(rng, [st, com, dist, prov], [", ", ",", " - "])
        addr = fold(addr)
        if rng.random() < 0.5:
            addr = casing(rng, addr)
    elif family == "missing_level":
        x = rng.random()
        if x < 0.6:
            has_dist = False
            addr = join(rng, [st, com, prov])
        elif x < 0.9:
            has_prov = False
            addr = join(rng, [st, com, dist])
        else:
            has_dist = has_prov = False
            # commune only, with a unique name in the country only is realistic for tiny lists; keep it rare
            addr = join(rng, [st, com])
    elif family == "separators":
        addr = noisy_join(rng, [st, com, dist, prov], levels=(1, 2, 3))
    elif family == "reverse":
        addr = join(rng, [prov, dist, com, st], [", ", " - ", " ", " > "])
    elif family == "typo":
        which = rng.choice(["com", "com", "dist", "prov"])
        if which == "com":
            com = typo(rng, com)
        elif which == "dist":
            dist = typo(rng, dist)
        else:
            prov = typo(rng, prov)
        meta["typo"] = which
        addr = join(rng, [st, com, dist, prov])
    elif family == "ocr":
        addr = ocr(rng, join(rng, [st, com, dist, prov]))
    elif family == "extras":
        parts = [st, com, dist, prov]
        x = rng.random()
        if x < 0.25:
            parts.insert(
                0, rng.choice(EXTRAS_BEFORE) + " " + rng.choice(["", c["commune_short_name"], rng.choice(STREETS)])
            )
        elif x < 0.45:
            parts.append(rng.choice(["Việt Nam", "Viet Nam", "Vietnam", "VN", "VIỆT NAM"]))
        elif x < 0.6:
            parts.append(f"{rng.choice(['ĐT', 'SĐT', 'Tel', 'ĐT:'])} 09{rng.randint(10000000, 99999999)}")
        elif x < 0.72:
            parts.append(str(rng.randint(10, 99)) + "0000")  # postal code
        elif x < 0.85:
            parts.append(prov)  # province repeated
        else:
            parts = [st, com, dist, prov, rng.choice(["Việt Nam", "VN"])]
            parts.insert(0, rng.choice(EXTRAS_BEFORE))
        addr = join(rng, parts)
    elif family == "old_province_name":
        d = reg.odist[c["district_code"]]
        if c["province_code"] == "01" and d["district_short_name"] in HATAY_DISTRICTS:
            prov = rng.choice(["Hà Tây", "tỉnh Hà Tây", "Hà Tây cũ"])
        addr = join(rng, [st, com, dist, prov])
    elif family == "town_as_district":
        district_key = key(reg.odist[c["district_code"]]["district_short_name"])
        towns = [
            t
            for t in reg.towns_of_dist[c["district_code"]]
            if key(t["commune_short_name"]) != district_key and t["commune_code"] != c["commune_code"]
        ]
        if not towns or c["commune_type"] == "thị trấn":
            return None
        t = rng.choice(towns)
        meta["town"] = t["commune_name"]
        addr = join(rng, [st, com, t["commune_short_name"], prov])
    elif family == "english":
        cn = c["commune_name_en"]
        dn = c["district_name_en"]
        pn = c["province_name_en"]
        if c["province_code"] == "79":
            pn = rng.choice([pn, "HCMC", "Ho Chi Minh City", "HCM City", "Saigon"])
        if c["province_code"] == "01":
            pn = rng.choice([pn, "Hanoi", "Ha Noi"])
        if rng.random() < 0.3:
            pn = pn.replace(" Province", "")
        if rng.random() < 0.3:
            dn = re.sub(r" District$", " Dist.", dn)
        parts = [fold(st), cn, dn, pn]
        if rng.random() < 0.3:
            parts.append(rng.choice(["Vietnam", "Viet Nam"]))
        addr = join(rng, parts)
    elif family == "mixed":
        # several realistic noises at once
        if rng.random() < 0.3:
            has_dist = False
        parts = [st, com, dist if has_dist else "", prov]
        if rng.random() < 0.3:
            i = rng.choice([1, 2, 3])
            if parts[i]:
                parts[i] = typo(rng, parts[i])
        addr = noisy_join(rng, parts, levels=(0, 1, 2))
        if rng.random() < 0.3:
            addr = fold(addr)
        if rng.random() < 0.2:
            addr = addr.upper()
        if rng.random() < 0.15:
            addr += rng.choice([", Việt Nam", ", VN", " - Vietnam"])
    else:
        raise ValueError(family)
    return addr, truth, amb_old(reg, c, has_dist, has_prov), meta


def _note(meta: Meta) -> str:
    return " ".join(f"{k}={v}" for k, v in meta.items() if v not in ("", False))


def generate(n_per_family: int, seed: int, reference: Path | None = None) -> list[Case]:
    """`n_per_family` cases of every family, in the order of `FAMILIES`, from one seeded generator."""
    reg = load_registers(reference)
    rng = random.Random(seed)
    out: list[Case] = []
    for fam in FAMILIES:
        k = 0
        while k < n_per_family:
            b = build(rng, reg, fam)
            if b is None:
                continue
            addr, truth, amb, meta = b
            if not addr.strip() or not truth:
                continue
            out.append(Case(fam, addr, tuple(truth), tuple(amb), _note(meta)))
            k += 1
    return out
