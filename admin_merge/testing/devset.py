"""A labelled development set of noisy addresses, generated from the shipped registers.

Used by the tests and the benchmarks; ``python benchmarks/devset.py -n 20000 -o devset.csv``
writes one as CSV.

Each row: an address, its noise kind, and the expected answer (the new commune code, or the
successors of a split old commune). Kinds: clean, no_diacritics, upper, abbreviated, typo,
no_district, no_province, separators, new_tone, nfd, split, already_new.

Some texts read two ways, decided from the registers alone: an ``already_new`` address whose
commune name and type an old commune of the same new province also had (for another unit), and a
``no_district`` address whose commune name and type occur in two districts of its province. Such a
case lists the other reading's new communes in ``also``: flagged with both is right.
"""

from __future__ import annotations

import random
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from admin_merge.api import load_crosswalk
from admin_merge.text.normalize import name_key, strip_diacritics

KINDS = (
    "clean",
    "no_diacritics",
    "upper",
    "abbreviated",
    "typo",
    "no_district",
    "no_province",
    "separators",
    "new_tone",
    "nfd",
    "split",
    "already_new",
)
STREETS = ["Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Quang Trung", "Hùng Vương"]
HAMLETS = ["Thôn", "Ấp", "Tổ", "Khu phố", "Xóm", "Bản"]
ABBR = {
    "phường": "P.",
    "xã": "X.",
    "thị trấn": "TT.",
    "quận": "Q.",
    "huyện": "H.",
    "thị xã": "TX.",
    "thành phố": "TP.",
    "tỉnh": "T.",
}
NEW_TONE = {
    "òa": "oà",
    "óa": "oá",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "òe": "oè",
    "óe": "oé",
    "ỏe": "oẻ",
    "õe": "oẽ",
    "ọe": "oẹ",
    "ùy": "uỳ",
    "úy": "uý",
    "ủy": "uỷ",
    "ũy": "uỹ",
    "ụy": "uỵ",
}


@dataclass
class Case:
    address: str
    kind: str
    expected: str  # a new commune code, or successors joined by '|' for splits
    old_code: str
    also: str = ""  # the other reading of a text that reads two ways: its new codes joined by '|'


def _abbreviate(name: str, type_word: str) -> str:
    short = name[len(type_word) + 1 :] if name.lower().startswith(type_word) else name
    return f"{ABBR.get(type_word, '')}{short}"


def _typo(rng: random.Random, text: str) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if len(letters) < 6:
        return text
    i = rng.choice(letters[2:])
    op = rng.choice(("drop", "swap", "double"))
    if op == "drop":
        return text[:i] + text[i + 1 :]
    if op == "swap" and i + 1 < len(text) and text[i + 1].isalpha():
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + text[i] + text[i:]


def generate(n: int, seed: int = 7) -> list[Case]:
    """``n`` cases, the kinds in turn; the same for the same seed and mappings."""
    rng = random.Random(seed)
    xw = load_crosswalk()
    reg = xw.registers
    communes = sorted(reg.old_communes.values(), key=lambda c: c.code)
    whole = [c for c in communes if len(xw.successors(c.code)) == 1]
    split = [c for c in communes if len(xw.successors(c.code)) > 1]
    new_units = sorted(reg.new_communes.values(), key=lambda c: c.code)
    homonyms: dict[tuple[str, str], list[str]] = defaultdict(list)  # (name key, type) -> old codes
    for c in communes:
        homonyms[(name_key(c.short_name), c.type)].append(c.code)

    def succ(code: str) -> tuple[str, ...]:
        return tuple(sorted(r.new_commune_code for r in xw.successors(code)))

    def other_reading(codes: list[str], mine: tuple[str, ...]) -> str:
        return "|".join(sorted({s for code in codes if succ(code) != mine for s in succ(code)}))

    cases = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        street = (
            f"{rng.randint(1, 400)} {rng.choice(STREETS)}"
            if rng.random() < 0.6
            else f"{rng.choice(HAMLETS)} {rng.randint(1, 12)}"
        )
        if kind == "already_new":
            u = rng.choice(new_units)
            new_province = reg.new_provinces[u.province_code]
            # Old communes of the same name and type that became part of the same new province.
            olds = [
                code
                for code in homonyms.get((name_key(u.short_name), u.type), ())
                if any(reg.new_communes[s].province_code == u.province_code for s in succ(code))
            ]
            also = other_reading(olds, (u.code,))
            cases.append(Case(f"{street}, {u.name}, {new_province.name}", kind, u.code, "", also))
            continue
        c = rng.choice(split if kind == "split" else whole)
        d = reg.old_districts[c.district_code]
        p = reg.old_provinces[c.province_code]
        successors = sorted(r.new_commune_code for r in xw.successors(c.code))
        expected = "|".join(successors)
        parts = [street, c.name, d.name, p.name]
        if kind == "no_diacritics":
            parts = [strip_diacritics(x) for x in parts]
        elif kind == "upper":
            parts = [x.upper() for x in parts]
        elif kind == "abbreviated":
            parts = [
                street,
                _abbreviate(c.name, c.type),
                _abbreviate(d.name, d.type),
                rng.choice([p.short_name, _abbreviate(p.name, p.type)]),
            ]
        elif kind == "typo":
            parts = [street, f"{c.type.capitalize()} {_typo(rng, c.short_name)}", d.name, p.name]
        elif kind == "no_district":
            parts = [street, c.name, p.name]
            # The same name and type in another district of the province: the text reads two ways.
            twins = [
                code
                for code in homonyms[(name_key(c.short_name), c.type)]
                if reg.old_communes[code].province_code == c.province_code
                and reg.old_communes[code].district_code != c.district_code
            ]
            cases.append(Case(", ".join(parts), kind, expected, c.code, other_reading(twins, tuple(successors))))
            continue
        elif kind == "no_province":
            parts = [street, c.name, d.name]
        elif kind == "new_tone":
            text = ", ".join(parts)
            for old, new in NEW_TONE.items():
                text = text.replace(old, new)
            cases.append(Case(text, kind, expected, c.code))
            continue
        elif kind == "nfd":
            cases.append(Case(unicodedata.normalize("NFD", ", ".join(parts)), kind, expected, c.code))
            continue
        if kind == "separators":
            sep = rng.choice([" - ", "; ", "\n", " "])
            cases.append(Case(sep.join(parts), kind, expected, c.code))
            continue
        cases.append(Case(", ".join(parts), kind, expected, c.code))
    return cases
