"""Words that describe a unit, written between its type word and its name.

Reports, press releases and forms written from them describe a unit where they name it: ``xã
miền núi Kỳ Thọ``, ``huyện biên giới Mai Sơn``, ``xã đặc biệt khó khăn Pà Vầy Sủ``, ``xã nông thôn
mới kiểu mẫu Tân Lập``, ``xã an toàn khu Nghĩa Hùng``, ``phường loại 1 Bàu Sen``, ``thành phố trực
thuộc tỉnh Long Khánh``, ``tỉnh cực Bắc Hà Giang``. The words are the classes of units in law and
policy (mountainous, border, coastal, island, highland and midland units; extremely difficult
communes; new-style rural communes; the safe zones of the resistance; the classes of wards and
cities; a tourist, industrial, port or seaside city), not a part of the name: ``descriptors_dropped`` drops them.

Only where the words are written in lower case (or ``ATK``) right after a type word and before a
name that starts with a capital letter or a ward's number: a unit whose own name is such words is
written with capitals (``Xã Đồng Bằng``, ``Phường Trung Tâm``) and stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from admin_merge.text.normalize import ascii_key

_TYPE = (
    r"(?:[Xx][ãa]|[Pp]h[ưu][ờo]ng|[Tt]h[ịi]\s+tr[ấa]n|[Hh]uy[ệe]n|[Qq]u[ậa]n|[Tt]h[ịi]\s+x[ãa]|[Tt]h[àa]nh\s+ph[ốo]"
    r"|[Tt][ỉi]nh|[Đđ][ặa]c\s+khu)"
)
_ONE = (
    r"mi[ềe]n\s+n[úu]i|mi[ềe]n\s+xu[ôo]i|v[ùu]ng\s+cao|v[ùu]ng\s+s[âa]u(?:\s+v[ùu]ng\s+xa)?|v[ùu]ng\s+xa|v[ùu]ng\s+bi[êe]n"
    r"|v[ùu]ng\s+ven|bi[êe]n\s+gi[ớo]i|ven\s+bi[ểe]n|ven\s+[đd][ôo]|b[ãa]i\s+ngang|h[ảa]i\s+[đd][ảa]o|[đd][ảa]o"
    r"|trung\s+du|[đd][ồo]ng\s+b[ằa]ng|ngh[èe]o|thu[ầa]n\s+n[ôo]ng|ngo[ạa]i\s+th[àa]nh|n[ộo]i\s+th[àa]nh"
    r"|c[ửu]a\s+ng[õo]|trung\s+t[âa]m|du\s+l[ịi]ch|c[ôo]ng\s+nghi[ệe]p|c[ảa]ng|bi[ểe]n|l[ịi]ch\s+s[ửu]|v[ăa]n\s+h[óo]a|[đd][ặa]c\s+bi[ệe]t\s+kh[óo]\s+kh[ăa]n|kh[óo]\s+kh[ăa]n"
    r"|n[ôo]ng\s+th[ôo]n\s+m[ớo]i(?:\s+n[âa]ng\s+cao|\s+ki[ểe]u\s+m[ẫa]u)?|an\s+to[àa]n\s+khu|ATK|anh\s+h[ùu]ng"
    r"|c[ựu]c\s+(?:[Bb][ắa]c|[Nn]am|[Đđ][ôo]ng|[Tt][âa]y)|(?:[đd][ôo]\s+th[ịi]\s+)?lo[ạa]i\s+(?:[123]|III|II|I)"
    r"|tr[ựu]c\s+thu[ộo]c\s+(?:t[ỉi]nh|trung\s+[ưu][ơo]ng)|thu[ộo]c\s+(?:t[ỉi]nh|trung\s+[ưu][ơo]ng)"
)
# A type word, the describing words (one or two classes: ``xã miền núi biên giới``), the name.
_DESCRIBED: Final = re.compile(rf"(?<![^\W\d_])({_TYPE})\s+(?:{_ONE})(?:\s+(?:{_ONE}))?\s+(?=[^\W_])")
# The cheap test first: a describing word after a space, as ``_DESCRIBED`` has one (a match of it
# holds one of this), looked for without the type word tried at every place.
_DESCRIBING: Final = re.compile(rf"\s(?:{_ONE})")


def descriptors_dropped(text: str, is_name: Callable[[str], bool]) -> str:
    """``text`` without the words describing a unit between its type word and its name (see the
    module's docstring); the same string when it holds none. ``is_name`` tells a unit's name
    (folded): words that start one with the words after them are kept (``Thị trấn biển Động``:
    Biển Động, its first syllable in lower case)."""
    if _DESCRIBING.search(text) is None or _DESCRIBED.search(text) is None:
        return text

    def kept(m: re.Match[str]) -> str:
        after = m.string[m.end() : m.end() + 1]
        if not (after.isupper() or after.isdigit()):
            return m.group(0)  # a name in lower case: the words may be its own (``xã đảo ngọc``)
        described = m.group(0)[len(m.group(1)) :].strip()
        rest = re.split(r"[,;|\-\u2013(]", m.string[m.end() : m.end() + 40], maxsplit=1)[0].split()
        if any(is_name(ascii_key(" ".join([described, *rest[:k]]))) for k in range(1, min(len(rest), 4) + 1)):
            return m.group(0)
        return f"{m.group(1)} "

    return _DESCRIBED.sub(kept, text)
