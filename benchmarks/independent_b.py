"""Independent noise model B: new two-level form and business-register shapes (20 families).

Written by a second fresh-eyes tester from the registers only (`../shared/reference/*.csv`: units,
commune mapping, 2026 register changes), without reading the project's address reader, its
generators or noise model A, to find what the reader gets wrong. It imports nothing of
`admin_merge`, on purpose. Its families (``nf_*``: new form; ``of_*``: old three-level form) and
noise are the tester's and stay so (never tuned to the reader): the new form, 2026 register
changes, business-register, e-invoice and bank shapes with unit-like street, industrial-park and
landmark names, old and new names written together, encoding artefacts.
`evaluate_independent.py --set b` scores the reader on it, and `tests/test_independent_sets.py`
keeps it as a regression guard.

One change from the tester's script, for reproducibility only: an old predecessor is drawn from
the predecessors in code order (the script drew from a set, whose order follows the string hash
seed, so the same seed gave other addresses in another process).

Each `Case` carries the acceptable new commune codes (`truth`) and every new unit the text
genuinely also names (`also_named`, which includes the truth), for which flagging is right.
"""

from __future__ import annotations

import csv
import os
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

Row = dict[str, str]
Built = tuple[str, set[str], set[str]]

FAMILIES: tuple[str, ...] = (
    "nf_einvoice",
    "nf_building",
    "nf_noprov",
    "nf_oldprov",
    "nf_olddist",
    "nf_compact",
    "nf_nodiac_case",
    "nf_shared_name",
    "nf_old_in_parens",
    "nf_after2026",
    "nf_encoding",
    "nf_numsuffix",
    "nf_hamlet_oldname",
    "of_einvoice",
    "of_building",
    "of_landmark",
    "of_leading_zero",
    "of_encoding",
    "of_bank",
    "of_newprov",
)


@dataclass(frozen=True)
class Case:
    family: str
    address: str
    truth: tuple[str, ...]  # acceptable new commune codes
    also_named: tuple[str, ...]  # new units the text genuinely names, truth included (flagging is right when > 1)
    note: str


def reference_dir() -> Path:
    """`../shared/reference` beside the checkout, as `tests/conftest.py` finds it;
    `$ADMIN_MERGE_REFERENCE` for a worktree elsewhere."""
    return Path(os.environ.get("ADMIN_MERGE_REFERENCE") or REPO.parent / "shared" / "reference")


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


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
        self.chg = rd("register_changes.csv")
        self.newc = {r["commune_code"]: r for r in self.new}
        self.oldc = {r["commune_code"]: r for r in self.old}
        self.succ: defaultdict[str, set[str]] = defaultdict(set)
        self.preds: defaultdict[str, set[str]] = defaultdict(set)
        for m in rd("commune_mapping.csv"):
            self.succ[m["old_commune_code"]].add(m["new_commune_code"])
            self.preds[m["new_commune_code"]].add(m["old_commune_code"])
        self.old_provs_of_new: defaultdict[str, list[str]] = defaultdict(list)
        for p, r in self.oprov.items():
            self.old_provs_of_new[r["new_province_code"]].append(p)
        self.new_by_pn: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
        self.new_by_n: defaultdict[str, set[str]] = defaultdict(set)
        for r in self.new:
            self.new_by_pn[(r["province_code"], key(r["commune_short_name"]))].add(r["commune_code"])
            self.new_by_n[key(r["commune_short_name"])].add(r["commune_code"])
        self.old_by_pn: defaultdict[tuple[str, str], list[Row]] = defaultdict(list)
        self.old_by_dn: defaultdict[tuple[str, str], list[Row]] = defaultdict(list)
        self.old_by_n: defaultdict[str, list[Row]] = defaultdict(list)
        self.old_by_p: defaultdict[str, list[Row]] = defaultdict(list)
        for r in self.old:
            k = key(r["commune_short_name"])
            self.old_by_pn[(r["province_code"], k)].append(r)
            self.old_by_dn[(r["district_code"], k)].append(r)
            self.old_by_n[k].append(r)
            self.old_by_p[r["province_code"]].append(r)
        self.new_by_p: defaultdict[str, list[Row]] = defaultdict(list)
        for r in self.new:
            self.new_by_p[r["province_code"]].append(r)
        # names after the 2026 changes
        self.new_type_2026: dict[str, str] = {}
        self.prov_type_2026: dict[str, str] = {}
        for c in self.chg:
            if c["level"] == "commune":
                self.new_type_2026[c["code"]] = c["type_after"]
            else:
                self.prov_type_2026[c["code"]] = c["type_after"]

    def succ_of(self, rows: Iterable[Row]) -> set[str]:
        s: set[str] = set()
        for r in rows:
            s |= self.succ[r["commune_code"]]
        return s

    def amb_new(self, n: Row, prov_scope: str | None) -> set[str]:
        """Every new unit a new-form text '<type> <name>, <province>' could mean: new communes of that name in
        the province scope + successors of old communes of that name there (old-form reading)."""
        k = key(n["commune_short_name"])
        if prov_scope is None:
            return self.new_by_n[k] | self.succ_of(self.old_by_n[k])
        out = set(self.new_by_pn[(prov_scope, k)])
        for op in self.old_provs_of_new[prov_scope]:
            out |= self.succ_of(self.old_by_pn[(op, k)])
        return out

    def amb_old(self, c: Row) -> set[str]:
        """Successors of every old commune of that name in the written district."""
        return self.succ_of(self.old_by_dn[(c["district_code"], key(c["commune_short_name"]))])


@cache
def load_registers(ref: Path | None = None) -> Registers:
    return Registers(ref or reference_dir())


STREETS = [
    "Lê Lợi", "Trần Phú", "Quang Trung", "Hùng Vương", "Nguyễn Trãi", "Hai Bà Trưng", "Lê Duẩn", "Trần Hưng Đạo",
    "Nguyễn Huệ", "Lý Thường Kiệt", "Điện Biên Phủ", "Phan Đình Phùng", "Lê Hồng Phong", "Nguyễn Văn Linh",
    "Võ Văn Kiệt", "Phạm Văn Đồng", "Lạch Tray", "Bà Triệu", "Kim Mã", "Xuân Thủy", "Cầu Giấy", "Nguyễn Văn Cừ",
    "Thống Nhất", "Độc Lập", "Hòa Bình", "Tân Lập", "Quốc lộ 1A", "QL13", "Tỉnh lộ 10", "ĐT 741", "Đại lộ Bình Dương",
]  # fmt: skip


def unit_like_street(rng: random.Random, reg: Registers, pcode_new: str) -> str:
    """A street named after some unit of the same (new) province, as happens everywhere."""
    return rng.choice(reg.new_by_p[pcode_new])["commune_short_name"]


def house(rng: random.Random) -> str:
    return rng.choice(
        [
            str(rng.randint(1, 500)),
            f"Số {rng.randint(1, 300)}",
            f"{rng.randint(1, 200)}/{rng.randint(1, 60)}",
            f"{rng.randint(1, 99)}/{rng.randint(1, 30)}/{rng.randint(1, 9)}",
            f"Số nhà {rng.randint(1, 300)}",
            f"{rng.randint(1, 300)}A",
            f"Lô {rng.choice('ABCDE')}{rng.randint(1, 30)}",
            f"Căn {rng.randint(1, 30)}.{rng.randint(1, 20):02d}",
        ]
    )


def street_part(rng: random.Random, reg: Registers, pcode_new: str, urban: bool) -> str:
    x = rng.random()
    if urban or x < 0.3:
        st = rng.choice(STREETS) if rng.random() < 0.6 else unit_like_street(rng, reg, pcode_new)
        w = rng.choice(["đường ", "Đường ", "phố ", "Đ. ", "", "", ""])
        h = house(rng)
        sep = rng.choice([" ", ", "])
        return f"{h}{sep}{w}{st}"
    w = rng.choice(["Thôn", "Ấp", "Xóm", "Tổ", "Khu phố", "Bản", "Tổ dân phố", "Khu", "Thôn"])
    nm = str(rng.randint(1, 15)) if rng.random() < 0.5 else unit_like_street(rng, reg, pcode_new)
    return f"{w} {nm}"


def building(rng: random.Random, reg: Registers, pcode_new: str, pool_old: list[Row] | None = None) -> str:
    """Business-register prefixes: buildings, floors, industrial parks named like a unit of the province."""
    nm = unit_like_street(rng, reg, pcode_new) if pool_old is None else rng.choice(pool_old)["commune_short_name"]
    return rng.choice(
        [
            f"Tầng {rng.randint(1, 30)}, Tòa nhà {nm} Tower",
            f"Lô {rng.choice('ABCDEFG')}{rng.randint(1, 40)}, KCN {nm}",
            f"Lô {rng.choice('ABCDEFG')}-{rng.randint(1, 40)}, Khu công nghiệp {nm}",
            f"Cụm công nghiệp {nm}",
            f"Khu đô thị {nm}",
            f"Chợ {nm}, Kiốt số {rng.randint(1, 90)}",
            f"Tầng {rng.randint(1, 9)}, TTTM {nm} Plaza",
            f"Phòng {rng.randint(101, 909)}, Chung cư {nm}",
            f"Ô {rng.randint(1, 30)}, Khu dân cư {nm}",
            f"Bến xe {nm}",
        ]
    )


NCOM_T = {
    "phường": ["Phường ", "P. ", "P.", "phường ", "P "],
    "xã": ["Xã ", "X. ", "xã ", "X.", ""],
    "đặc khu": ["Đặc khu ", "ĐK ", "đặc khu ", "Đặc khu "],
}
OCOM_T = {
    "phường": ["Phường ", "P. ", "P.", "phường "],
    "xã": ["Xã ", "X. ", "xã ", ""],
    "thị trấn": ["Thị trấn ", "TT. ", "TT ", "thị trấn "],
}
ODIST_T = {
    "quận": ["Quận ", "Q. ", "Q.", "quận "],
    "huyện": ["Huyện ", "H. ", "huyện ", ""],
    "thị xã": ["Thị xã ", "TX. ", "TX ", "thị xã "],
    "thành phố": ["Thành phố ", "TP. ", "TP ", "Tp. ", "thành phố "],
}
NPROV_ALIAS = {
    "79": ["TP.HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TPHCM", "Tp Hồ Chí Minh", "Hồ Chí Minh"],
    "01": ["Hà Nội", "TP. Hà Nội", "Thành phố Hà Nội", "TP Hà Nội"],
    "46": ["Huế", "TP. Huế", "Thành phố Huế"],
    "48": ["Đà Nẵng", "TP. Đà Nẵng", "Thành phố Đà Nẵng"],
    "92": ["Cần Thơ", "TP. Cần Thơ", "Thành phố Cần Thơ"],
    "31": ["Hải Phòng", "TP. Hải Phòng", "Thành phố Hải Phòng"],
}
COUNTRY = ["Việt Nam", "Viet Nam", "VIỆT NAM", "Vietnam"]


def nprov_written(rng: random.Random, reg: Registers, p: str, after_2026: bool = False) -> str:
    row = reg.nprov[p]
    nm = row["province_short_name"]
    if p in NPROV_ALIAS and rng.random() < 0.6:
        return rng.choice(NPROV_ALIAS[p])
    typ = row["province_type"]
    if after_2026 and p in reg.prov_type_2026:
        typ = reg.prov_type_2026[p]
    if typ == "thành phố":
        return rng.choice(["Thành phố ", "TP. ", "TP ", "Tp. ", "TP."]) + nm
    return rng.choice(["Tỉnh ", "tỉnh ", "", "", "T. "]) + nm


def oprov_written(rng: random.Random, reg: Registers, p: str) -> str:
    row = reg.oprov[p]
    nm = row["province_short_name"]
    if row["province_type"] == "thành phố":
        return rng.choice(["Thành phố ", "TP. ", "TP ", ""]) + nm
    return rng.choice(["Tỉnh ", "tỉnh ", "", ""]) + nm


def ncom_written(rng: random.Random, reg: Registers, n: Row, after_2026: bool = False) -> str:
    typ = n["commune_type"]
    if after_2026 and n["commune_code"] in reg.new_type_2026:
        typ = reg.new_type_2026[n["commune_code"]]
    return rng.choice(NCOM_T[typ]) + n["commune_short_name"]


def ocom_written(rng: random.Random, c: Row) -> str:
    nm = c["commune_short_name"]
    t = rng.choice(OCOM_T[c["commune_type"]])
    if nm.isdigit() and t == "":
        t = "Phường "
    return t + nm


def odist_written(rng: random.Random, reg: Registers, c: Row) -> str:
    d = reg.odist[c["district_code"]]
    t = rng.choice(ODIST_T[d["district_type"]])
    if d["district_short_name"].isdigit() and t == "":
        t = "Quận "
    return t + d["district_short_name"]


def _new_form(rng: random.Random, reg: Registers, fam: str) -> Built | None:
    n = rng.choice(reg.new)
    p = n["province_code"]
    urban = n["commune_type"] == "phường"
    st = street_part(rng, reg, p, urban)
    com = ncom_written(rng, reg, n)
    prov = nprov_written(rng, reg, p)
    truth = {n["commune_code"]}
    scope: str | None = p
    if fam == "nf_einvoice":  # "Số 12, đường X, Phường Y, Thành phố W, Việt Nam"
        parts = [st, com, prov] + ([rng.choice(COUNTRY)] if rng.random() < 0.7 else [])
        a = ", ".join(parts)
    elif fam == "nf_building":
        parts = [building(rng, reg, p), st if rng.random() < 0.5 else "", com, prov]
        a = ", ".join(x for x in parts if x)
    elif fam == "nf_noprov":  # street, commune only
        a = ", ".join(x for x in [st, com] if x)
        scope = None
    elif fam == "nf_oldprov":  # new commune with an old province name it came from
        ops = sorted({reg.oldc[o]["province_code"] for o in reg.preds[n["commune_code"]]})
        if not ops:
            return None
        op = rng.choice(ops)
        a = ", ".join([st, com, oprov_written(rng, reg, op)])
        # text names old province op: old-form reading gives successors of old communes of that name in op
        k = key(n["commune_short_name"])
        return a, truth, truth | reg.new_by_pn[(p, k)] | reg.succ_of(reg.old_by_pn[(op, k)])
    elif fam == "nf_olddist":  # new commune + the old district people still write + new province
        olds = [reg.oldc[o] for o in sorted(reg.preds[n["commune_code"]])]
        if not olds:
            return None
        c = rng.choice(olds)
        a = ", ".join([st, com, odist_written(rng, reg, c), nprov_written(rng, reg, p)])
        k = key(n["commune_short_name"])
        return a, truth, truth | reg.succ_of(reg.old_by_dn[(c["district_code"], k)])
    elif fam == "nf_compact":  # abbreviations glued, no spaces after commas, dashes
        com2 = com.replace("Phường ", "P.").replace("Xã ", "X.").replace("Đặc khu ", "ĐK.")
        prov2 = prov.replace("Thành phố ", "TP.").replace("Tỉnh ", "T.")
        sep = rng.choice([",", " - ", "-", " – ", "; ", " ", ". "])
        a = sep.join([st, com2, prov2])
    elif fam == "nf_nodiac_case":
        a = fold(", ".join([st, com, prov]))
        x = rng.random()
        a = a.upper() if x < 0.35 else a.title() if x < 0.7 else a.lower()
    elif fam == "nf_shared_name":  # a name shared by several new communes, with province
        ks = [k for k, v in reg.new_by_n.items() if len(v) >= 3]
        k = rng.choice(ks)
        n = reg.newc[rng.choice(sorted(reg.new_by_n[k]))]
        p = n["province_code"]
        street_ = street_part(rng, reg, p, n["commune_type"] == "phường")
        a = ", ".join([street_, ncom_written(rng, reg, n), nprov_written(rng, reg, p)])
        truth = {n["commune_code"]}
        return a, truth, truth | reg.amb_new(n, p)
    elif fam == "nf_old_in_parens":  # "Phường Sài Gòn (Phường Bến Nghé, Quận 1 cũ), TP.HCM"
        olds = [reg.oldc[o] for o in sorted(reg.preds[n["commune_code"]])]
        if not olds:
            return None
        c = rng.choice(olds)
        oc = ocom_written(rng, c)
        od = odist_written(rng, reg, c)
        form = rng.choice(
            [
                f"{com} ({oc}, {od} cũ)",
                f"{com} ({oc} cũ)",
                f"{oc} cũ nay là {com}",
                f"{com} (trước đây là {oc}, {od})",
                f"{oc} (nay là {com})",
                f"{com} - {oc} cũ",
            ]
        )
        a = ", ".join([st, form, prov])
    elif fam == "nf_after2026":
        if rng.random() < 0.5:
            n = reg.newc[rng.choice([c for c in reg.chg if c["level"] == "commune"])["code"]]
        else:
            n = rng.choice([x for x in reg.new if x["province_code"] in reg.prov_type_2026])
        p = n["province_code"]
        com = ncom_written(rng, reg, n, after_2026=True)
        prov = nprov_written(rng, reg, p, after_2026=True)
        a = ", ".join([street_part(rng, reg, p, n["commune_type"] == "phường"), com, prov])
        truth = {n["commune_code"]}
    elif fam == "nf_numsuffix":  # new communes named '<name> <number>' (A Lưới 1, Bảo Lâm 4, Móng Cái 2...)
        n = rng.choice([x for x in reg.new if re.search(r"\d$", x["commune_short_name"])])
        p = n["province_code"]
        truth = {n["commune_code"]}
        olds = [reg.oldc[o] for o in sorted(reg.preds[n["commune_code"]])]
        com = ncom_written(rng, reg, n)
        x = rng.random()
        parts = [street_part(rng, reg, p, False), com]
        if x < 0.4 and olds:
            parts.append(odist_written(rng, reg, rng.choice(olds)))
        if x < 0.8:
            parts.append(nprov_written(rng, reg, p))
        return ", ".join(parts), truth, truth
    elif fam == "nf_hamlet_oldname":  # a hamlet/khu named after an old commune (now common), new commune, province
        olds = [reg.oldc[o] for o in sorted(reg.preds[n["commune_code"]])]
        if not olds:
            return None
        c = rng.choice(olds)
        hw = rng.choice(["Thôn", "Ấp", "Xóm", "Khu", "Tổ dân phố", "Khu phố", "Bản", "Làng"])
        com2 = rng.choice([com, n["commune_short_name"]])
        a = ", ".join([f"{hw} {c['commune_short_name']}", com2] + ([prov] if rng.random() < 0.8 else []))
        return a, truth, truth | reg.new_by_pn[(p, key(n["commune_short_name"]))]
    elif fam == "nf_encoding":
        a = damage_encoding(rng, ", ".join([st, com, prov]))
    else:
        raise ValueError(fam)
    return a, truth, truth | reg.amb_new(n, scope)


def _old_form(rng: random.Random, reg: Registers, fam: str) -> Built | None:
    c = rng.choice(reg.old)
    p = c["province_code"]
    pn = reg.oprov[p]["new_province_code"]
    truth = reg.succ[c["commune_code"]]
    urban = c["commune_type"] == "phường" or reg.odist[c["district_code"]]["district_type"] in (
        "quận",
        "thành phố",
        "thị xã",
    )
    com = ocom_written(rng, c)
    dist = odist_written(rng, reg, c)
    prov = oprov_written(rng, reg, p)
    if fam == "of_einvoice":  # street named after ANOTHER unit of the province, 'đường'/'phố', country
        others = [
            o
            for o in reg.old_by_p[p]
            if o["district_code"] != c["district_code"] and not o["commune_short_name"].isdigit()
        ]
        stn = rng.choice(others)["commune_short_name"]
        number = f"Số {rng.randint(1, 300)}"
        street_ = rng.choice(["đường ", "Đường ", "phố ", "Phố "]) + stn
        a = ", ".join([number, street_, com, dist, prov] + ([rng.choice(COUNTRY)] if rng.random() < 0.6 else []))
    elif fam == "of_building":  # KCN / khu đô thị / chung cư named like another commune of the province
        others = [
            o
            for o in reg.old_by_p[p]
            if o["commune_code"] != c["commune_code"] and not o["commune_short_name"].isdigit()
        ]
        a = ", ".join([building(rng, reg, pn, others), com, dist, prov])
    elif fam == "of_landmark":  # "(gần UBND xã Z)", "đối diện chợ Z" with Z another commune of the province
        others = [
            o
            for o in reg.old_by_p[p]
            if o["commune_code"] != c["commune_code"]
            and not o["commune_short_name"].isdigit()
            and key(o["commune_short_name"]) != key(c["commune_short_name"])
        ]
        z = rng.choice(others)
        lm = rng.choice(
            [
                f"(gần UBND {z['commune_name'].lower()})",
                f"(cạnh chợ {z['commune_short_name']})",
                f"(đối diện trường THCS {z['commune_short_name']})",
                f"(ngã ba {z['commune_short_name']})",
                f"(cách cầu {z['commune_short_name']} 200m)",
                f"(sau Bưu điện {z['commune_short_name']})",
            ]
        )
        a = ", ".join([street_part(rng, reg, pn, urban) + " " + lm, com, dist, prov])
    elif fam == "of_leading_zero":
        nums = [o for o in reg.old if o["commune_short_name"].isdigit() and len(o["commune_short_name"]) == 1]
        c = rng.choice(nums)
        p = c["province_code"]
        truth = reg.succ[c["commune_code"]]
        d = reg.odist[c["district_code"]]
        cw = rng.choice(["Phường 0", "P.0", "P 0", "P0", "phường 0", "Phường số "]) + c["commune_short_name"]
        dn = d["district_short_name"]
        if dn.isdigit() and len(dn) == 1:
            dw = rng.choice(["Quận 0", "Q.0", "Q0", "Quận "]) + dn
        else:
            dw = odist_written(rng, reg, c)
        a = ", ".join([street_part(rng, reg, pn, True), cw, dw, oprov_written(rng, reg, p)])
    elif fam == "of_encoding":
        a = damage_encoding(rng, ", ".join([street_part(rng, reg, pn, urban), com, dist, prov]))
    elif fam == "of_newprov":  # old commune + old district + the NEW province name (only the province updated)
        if pn == p and reg.nprov[pn]["province_short_name"] == reg.oprov[p]["province_short_name"]:
            return None
        a = ", ".join([street_part(rng, reg, pn, urban), com, dist, nprov_written(rng, reg, pn)])
    elif fam == "of_bank":  # bank forms: lower case, 'ấp/tổ', no commas between units, 'Tỉnh' always
        a = " ".join([street_part(rng, reg, pn, urban).lower(), com.lower(), dist.lower(), prov.lower()])
        a = re.sub(r"\s+", " ", a)
    else:
        raise ValueError(fam)
    return a, truth, truth | reg.amb_old(c)


def build(rng: random.Random, reg: Registers, fam: str) -> Built | None:
    """-> (address, truth set, acceptable set), or None when the draw does not fit the family."""
    if fam.startswith("nf_"):
        return _new_form(rng, reg, fam)
    return _old_form(rng, reg, fam)


def damage_encoding(rng: random.Random, a: str) -> str:
    kinds = rng.sample(
        ["nfd", "dspace", "trail", "nbsp", "caps", "zw", "tab", "lead", "quote", "fullstop", "oldtone"],
        k=rng.choice([1, 2, 3]),
    )
    for k in kinds:
        if k == "nfd":
            a = unicodedata.normalize("NFD", a)
        elif k == "dspace":
            a = a.replace(", ", ",  ").replace(" ", "  ", 1)
        elif k == "trail":
            a = a + rng.choice([".", ",", " .", ";", " -", ".."])
        elif k == "nbsp":
            a = a.replace(" ", "\u00a0")
        elif k == "caps":
            a = a.upper()
        elif k == "zw":
            i = rng.randrange(len(a))
            a = a[:i] + "\u200b" + a[i:]
        elif k == "tab":
            a = a.replace(", ", ",\t", 1)
        elif k == "lead":
            a = rng.choice([" ", '"', "'", "- ", "* "]) + a
        elif k == "quote":
            a = '"' + a + '"'
        elif k == "fullstop":
            a = a.replace(",", "，", 1)
        elif k == "oldtone":
            for x, y in [
                ("oà", "òa"), ("oá", "óa"), ("uỷ", "ủy"), ("oạ", "ọa"), ("Hoà", "Hòa"), ("hòa", "hoà"), ("Hòa", "Hoà"),
                ("thủy", "thuỷ"), ("Thủy", "Thuỷ"),
            ]:  # fmt: skip
                a = a.replace(x, y)
    return a


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
            a, t, acc = b
            if not t:
                continue
            out.append(Case(fam, a, tuple(sorted(t)), tuple(sorted(acc)), ""))
            k += 1
    return out
