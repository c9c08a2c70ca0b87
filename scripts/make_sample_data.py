"""Generate the small sample datasets in ``sample_data/`` from the shipped registers.

    python scripts/make_sample_data.py

Deterministic (fixed seed). The units are real (taken from mappings/registers); the people,
businesses and street numbers are made up.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from admin_merge.api import load_crosswalk  # noqa: E402
from admin_merge.text.normalize import strip_diacritics  # noqa: E402

OUT = REPO / "sample_data"
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang"]
GIVEN = [
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Giang",
    "Hà",
    "Hòa",
    "Khánh",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Phúc",
    "Quý",
    "Sơn",
    "Thảo",
    "Trung",
    "Tuấn",
    "Vy",
    "Yến",
]
STREETS = [
    "Nguyễn Trãi",
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Quang Trung",
    "Hùng Vương",
    "Điện Biên Phủ",
    "Võ Thị Sáu",
    "Nguyễn Huệ",
]
TRADES = ["Cửa hàng tạp hóa", "Công ty TNHH", "Hộ kinh doanh", "Nhà thuốc", "Quán cà phê", "Xưởng may"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def main() -> None:
    rng = random.Random(20250701)
    xw = load_crosswalk(REPO / "mappings")
    reg = xw.registers
    communes = sorted(reg.old_communes.values(), key=lambda c: c.code)
    split = [c for c in communes if len(xw.successors(c.code)) > 1]
    fixed = [reg.old_communes[c] for c in ("26740", "26737", "26743", "00004", "03433", "03445", "15883", "16003")]

    # households.csv: old codes, as registers keep them (some codes lost their leading zeros).
    OUT.mkdir(exist_ok=True)
    with (OUT / "households.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["ho_id", "chu_ho", "so_nhan_khau", "ma_tinh", "ma_huyen", "ma_xa"])
        for i in range(1, 3001):
            pick = rng.random()
            c = fixed[i % len(fixed)] if i <= 40 else rng.choice(split) if pick < 0.08 else rng.choice(communes)
            code = c.code.lstrip("0") if rng.random() < 0.05 else c.code
            row = [f"HG{i:06d}", person(rng), rng.randint(1, 8), c.province_code, c.district_code, code]
            if i % 500 == 0:
                row[3:] = ["", "", ""]  # no unit recorded
            if i % 750 == 0:
                row[5] = "26935"  # a code retired in early 2025 (Phường 14, Bình Thạnh)
            w.writerow(row)

    # businesses.xlsx: old unit names as typed by clerks (type words, abbreviations, no diacritics).
    import polars as pl

    rows = []
    for i in range(1, 401):
        c = fixed[i % len(fixed)] if i <= 16 else rng.choice(communes)
        d = reg.old_districts[c.district_code]
        p = reg.old_provinces[c.province_code]
        commune = c.name if rng.random() < 0.6 else c.short_name
        district = d.name if rng.random() < 0.5 else d.short_name
        province = p.name if rng.random() < 0.5 else p.short_name
        if i > 16 and rng.random() < 0.15:
            commune, district, province = (strip_diacritics(x) for x in (commune, district, province))
        rows.append(
            {
                "ma_dn": f"DN{i:05d}",
                "ten_dn": f"{rng.choice(TRADES)} {person(rng)}",
                "tinh": province,
                "huyen": district,
                "xa": commune,
            }
        )
    pl.DataFrame(rows).write_excel(OUT / "businesses.xlsx", autofit=True)

    # addresses.csv: free-text addresses in the old three-level form (and a few in the new form).
    with (OUT / "addresses.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "ho_ten", "dia_chi"])
        w.writerow([1, person(rng), "12 Nguyen Trai, P.Ben Thanh, Q1, TPHCM"])
        w.writerow([2, person(rng), "Số 5 Lê Lợi, Phường Đa Kao, Quận 1, Thành phố Hồ Chí Minh"])
        w.writerow([3, person(rng), "Thôn 2, Xã Hoằng Phụ, Huyện Hoằng Hóa, Tỉnh Thanh Hóa"])
        w.writerow([4, person(rng), "Bản Pắc Ma, Thị trấn Mường Tè, Huyện Mường Tè, Tỉnh Lai Châu"])
        w.writerow([5, person(rng), "20 Nguyễn Huệ, Phường Sài Gòn, Thành phố Hồ Chí Minh"])
        for i in range(6, 601):
            c = rng.choice(split) if rng.random() < 0.1 else rng.choice(communes)
            d = reg.old_districts[c.district_code]
            p = reg.old_provinces[c.province_code]
            street = f"{rng.randint(1, 300)} {rng.choice(STREETS)}"
            parts = [street, c.name, d.name, p.name]
            if rng.random() < 0.2:
                parts = [strip_diacritics(x) for x in parts]
            w.writerow([i, person(rng), ", ".join(parts)])
    print(f"wrote {OUT}/households.csv, businesses.xlsx, addresses.csv", file=sys.stderr)


if __name__ == "__main__":
    main()
