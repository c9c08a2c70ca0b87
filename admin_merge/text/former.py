"""Notes on a unit's former and present names, and the marks that say which form an address
is in: ``nay là`` (now), ``trước đây là`` (formerly), ``X cũ`` (as it was), ``mới`` (the present
unit), ``(địa chỉ cũ)``, ``(sau sáp nhập)``. The former unit is dropped and the present one kept;
``marked_new`` and ``marked_old`` tell which register an address marks its units in."""

from __future__ import annotations

import re
from collections.abc import Callable

from admin_merge.text.normalize import ascii_key, fold_chars
from admin_merge.text.tokens import prepare
from admin_merge.text.unit_names import Level, split_type
from admin_merge.text.vocabulary import HAMLET_WORDS, STREET_WORDS

NOTE_WORDS = 8  # words before ``(nay là ...)`` that are a unit's name at most, not a whole address


# Notes on a unit's former name (the years after a merger): ``Xã Mậu A (Mậu Đông cũ)``,
# ``P. Hội Phú - Phường Chi Lăng cũ``, ``Xã Suối Bạc cũ nay là Xã Sơn Hòa``, ``Xã Tân Hội Đông (nay
# là Tân Hương)``, ``Kim Bảng (trước đây là xã Kim Bảng, Thanh Chương)``. The former unit is
# dropped and the present one kept.
# A merger noted on the unit it went into is a ``nay là`` too: ``Xã Phước Tân (sáp nhập vào xã Phú
# Trung)``, ``xã Phước Tân sát nhập vào xã Phú Trung`` (``sát``: the common misspelling).
_CU = r"(?:cũ|cu)"
_NAY = r"(?:nay\s+(?:là|la|thuộc|thuoc)|(?:(?:đã|da)\s+)?(?:(?:sáp|sát|sap|sat)\s+)?(?:nhập|nhap)\s+(?:vào|vao))"
_NOW_IN_PARENS = re.compile(
    rf"(?i)(^|[,;|]\s*|\s[-\u2013]\s+)(?:(?!\s[-\u2013]\s)[^,;|()])*?\(\s*{_NAY}\s+([^()]*?)\s*\)"
)
# ``Thôn Tân Hòa, xã Cam Phước Tây, huyện Cam Lâm - nay là xã Cam An, tỉnh Khánh Hòa``: the old
# address before the dash; its street parts are kept, its units dropped.
_NOW_AFTER_DASH = re.compile(rf"(?i)\s[-\u2013]\s+{_NAY}\s+")
_NOW = re.compile(rf"(?i)(^|[,;|]\s*)[^,;|()]*?(?:\b{_CU}\s*,?\s*)?\b{_NAY}\s+")
# The units a unit was made from, noted on it (``Xã Phú Trung (sáp nhập từ xã Phước Tân)``, ``(hợp
# nhất xã A và xã B)``) are former ones too.
_FORMER_IN_PARENS = re.compile(
    rf"(?i)\s*\((?:[^()]*\b{_CU}|\s*(?:trước\s+(?:đây|kia)|truoc\s+(?:day|kia))\s*(?=\))"
    rf"|\s*(?:{_CU}|trước\s+(?:đây|kia)|truoc\s+(?:day|kia))\s*[:\-\u2013]\s*[^()]*"
    r"|\s*(?:trước\s+đây|truoc\s+day|trước|truoc)\s+(?:là|la)\b[^()]*"
    r"|[^()]*\b(?:sáp|sát|sap|sat|hợp|hop)\s+(?:nhập|nhap|nhất|nhat)\b[^()]*)\s*\)"
)
# The old province after the address, past a dash or a comma (``..., Tỉnh Tây Ninh - trước đây
# thuộc tỉnh Long An``, ``... - trước đây, tỉnh Sóc Trăng`` once ``thuộc`` is read as a comma): the
# note of a former unit, dropped as in parentheses.
_FORMER_TAIL = re.compile(
    r"(?i)(?:\s[-\u2013]\s|\s*[,;])\s*(?:trước\s+(?:đây|kia)|truoc\s+(?:day|kia)|trước|truoc)\s*[,:]?\s*"
    r"(?:(?:là|la|thuộc|thuoc)\s+)?[^\W\d_][^,;()]*?[\s.]*$"
)
_FORMER_AFTER_DASH = re.compile(rf"(?i)\s+[-\u2013]\s+([^,;|()]*?)\b{_CU}(?=\s*(?:[,;|)]|$))")
_MAY_NOTE = re.compile(r"\bcu\b|\bnay\b|\btruoc\b|\bnhap\b|\bnhat\b")
# What every note needs as written, in any case: ``cũ``/``cu``, ``nay``, ``nhập``, ``trước``/``truoc``. Most
# texts have none, and this search (from a few first letters) spares them folding the text.
# Each alternative starts with one letter, so that the search skips the positions none starts at.
MAY_NOTE_WRITTEN = re.compile(
    r"c[uUũŨ]|C[uUũŨ]|n[aA][yY]|N[aA][yY]|n[hH][aAậẬấẤ][pPtT]|N[hH][aAậẬấẤ][pPtT]|t[rR][uUưƯ]|T[rR][uUưƯ]"
)
# What may follow a mark on the unit before it (``Huyện Cần Giờ cũ - Thành phố Hồ Chí Minh``,
# ``Xã Bình Sơn mới tỉnh An Giang``): a separator, the end, or the next unit's type word.
_MARK_END = (
    r"(?=\s*(?:[,;|)]|$)|\s+[-\u2013]\s|\s+(?i:xã|xa|phường|phuong|huyện|huyen|quận|quan|tỉnh|tinh|thành|thanh|"
    r"thị|thi|tp|tx|tt|[hqtxp])(?:\b|\.))"
)
# ``cũ`` on a unit that is written as it was (every unit may carry one): the mark is dropped;
# at the end only after a typed province or commune (``Hà Tây cũ``, a province until 2008, stays
# unread; ``Xóm 5, xã Thanh Hồng cũ``: the commune as it was).
_OLD_MARK = re.compile(rf"(?<=\w)\s+(?:cũ|Cũ|CŨ)(?!\s*$){_MARK_END}")
_OLD_MARK_LAST = re.compile(
    r"(?i)((?:^|[,;|\-]\s*|\s)(?:tỉnh|tinh|t\.|thành\s*phố|thanh\s*pho|tp\.?"
    r"|(?<!thị\s)(?<!Thị\s)(?<!THỊ\s)(?<!thi\s)(?:xã|xa|x\.)|phường|phuong|p\.|thị\s*trấn|thi\s*tran|tt\.?)"
    r"\s*[^\W\d_][^,;|]*?)\s+cũ\s*$"
)
_ABOVE_TYPED = re.compile(
    r"(?i)^\s*(?:huyện|huyen|quận|quan|tỉnh|tinh|thành\s*phố|thanh\s*pho|thị\s*xã|thi\s*xa|tp|tx|[hqt]\b)"
)


def _former_after_dash(match: re.Match[str]) -> str:
    """``P.Hội Phú - Phường Chi Lăng cũ``: after the commune, the former one: dropped. A district
    or province marked so (``Xã Thạnh An - Huyện Cần Giờ cũ``) is the old unit, kept."""
    if _ABOVE_TYPED.match(match.group(1)):
        return match.group(0)
    before = match.string[: match.start()].rsplit(",", 1)[-1].rsplit(" - ", 1)[-1].split()
    first = fold_chars(before[0]).strip(".") if before else ""
    if not first or first[:1].isdigit() or first in HAMLET_WORDS or first in STREET_WORDS:
        return match.group(0)  # ``Thôn Bình Thạnh - Xã Sơn Kim 2 cũ``: the commune itself, as it was
    return ""


_PROVINCE_TYPED = re.compile(r"(?i)(?:^|\s)(?:tỉnh|tinh|thành\s+phố|thanh\s+pho|tp\.?)\s")


def _now_in_parens(match: re.Match[str]) -> str:
    """``Xã Tân Hội Đông (nay là Tân Hương)``: the present unit instead of the former. A whole
    address before the note, with no separator (``Làng Kon Jri Xã Chư Krêy H.Kông Chro tỉnh Gia Lai
    (nay là Gia Lai)``), is kept and the note dropped: the old address reads by itself."""
    whole = match.group(0)
    paren = whole.rfind("(")  # the note's: what it holds has no parenthesis
    if _address_before(match):
        return whole[:paren].rstrip()
    if _PROVINCE_TYPED.match(match.group(2)) and _PROVINCE_TYPED.search(whole[:paren]):
        # ``Xã Sông Lũy Bắc Bình Tỉnh Bình Thuận (nay là Tỉnh Lâm Đồng)``: the province's note,
        # after the old province: the old address reads by itself.
        return whole[:paren].rstrip()
    return match.group(1) + match.group(2)


def _now_after_dash(text: str) -> str:
    """The address after ``- nay là``, with the street parts of the old address before it."""
    found = _NOW_AFTER_DASH.search(text)
    if found is None:
        return text
    kept = []
    for part in text[: found.start()].split(","):
        first = fold_chars(part).split(maxsplit=1)
        word = first[0].strip(".") if first else ""
        if not word or not (word[:1].isdigit() or word in HAMLET_WORDS or word in STREET_WORDS):
            break
        kept.append(part.strip())
    return ", ".join([*kept, text[found.end() :]])


def former_kept(text: str) -> str | None:
    """``text`` with its ``(nay là ...)`` notes dropped and the unit before each kept (``Phường
    Hàng Trống (nay là Phường Cửa Nam), Quận Hoàn Kiếm``: ``Phường Hàng Trống, Quận Hoàn Kiếm``),
    the old address as written, to check against the present unit; None without such a note."""
    kept = _NOW_IN_PARENS.sub(_former_in_parens, text)
    return kept if kept != text else None


def _former_in_parens(match: re.Match[str]) -> str:
    whole = match.group(0)
    if _address_before(match):
        return whole  # a whole address before the note: not one unit's former name
    return whole[: whole.rfind("(")].rstrip()


def _address_before(match: re.Match[str]) -> bool:
    """Whether the text before a ``(nay là ...)`` note (``_NOW_IN_PARENS``) is a whole address
    (more than ``NOTE_WORDS`` words), not one unit's name."""
    whole = match.group(0)
    return len(whole[len(match.group(1)) : whole.rfind("(")].split()) > NOTE_WORDS


# ``nay là`` (or a merger's words) and the spaces after it: where ``named_now`` looks for the unit.
_NAY_BEFORE = re.compile(rf"(?i)\b{_NAY}\s+")


def named_now(text: str, unit: str) -> bool:
    """Whether ``text`` gives ``unit`` as what a unit is now (``Xã Lao Chải (nay là phường Cầu
    Mây)``): a name of the present, whatever unit of an earlier register had it before."""
    if _NAY_BEFORE.search(text) is None:
        # (The common case, cheaply: the pattern below starts with this one, so it cannot match
        # where this one does not; built for each unit, it would be compiled for each.)
        return False
    return re.search(rf"(?i)\b{_NAY}\s+{re.escape(unit.strip())}", text) is not None


def drop_former_names(text: str) -> str:
    """``text`` without the notes on a unit's former name (the present unit is kept), and
    without the ``cũ`` marks of units written as they were."""
    if _MAY_NOTE.search(fold_chars(text)) is None:
        return text
    return _old_marks_dropped(_former_notes_dropped(text))


def _former_notes_dropped(text: str) -> str:
    """``text`` without the notes on a unit's former name (``nay là``, ``trước là``, ``X cũ``
    after a dash or in parentheses)."""
    text = _FORMER_TAIL.sub("", text)
    text = _NOW_IN_PARENS.sub(_now_in_parens, text)
    text = _now_after_dash(text)
    text = _NOW.sub(r"\1", text)
    text = _FORMER_IN_PARENS.sub("", text)
    return _FORMER_AFTER_DASH.sub(_former_after_dash, text)


def _old_marks_dropped(text: str) -> str:
    """``text`` without the ``cũ`` marks of units written as they were."""
    return _OLD_MARK_LAST.sub(r"\1", _OLD_MARK.sub("", text))


# A merger mark at the end, out of parentheses (``..., Tỉnh Hưng Yên sau sáp nhập``).
MERGER_END = re.compile(r"(?i)[\s,;\-\u2013]*\(?\s*(?:tr[ưu][ớo]c|sau)\s+(?:khi\s+)?s[áa]p\s+nh[ậa]p\s*\)?[\s.]*$")


# A unit marked as the present one (``Xã Trí Phải mới``, ``Tỉnh Cà Mau (mới)``): the mark is
# dropped. Outside parentheses only ``mới`` in lower case after a capitalised name: ``Đất Mới``,
# ``Phố Mới``, ``Chợ Mới`` are names.
NEW_MARK = re.compile(rf"\s*\(\s*(?:mới|moi|Mới|MỚI)\s*\)|(?<=\w)(\s+)mới{_MARK_END}")


_NAMES_WITH_MOI = frozenset({"cho", "pho", "dat"})  # Chợ Mới, Phố Mới, Đất Mới
# Words before a number that is a house's or a hamlet's (``Số 4 mới``), folded.
_NUMBERED_STREET = frozenset(
    {"so", "sn", "to", "tdp", "ap", "thon", "xom", "khom", "khu", "kp", "doi", "ngo", "ngach", "hem", "kiet", "lo"}
    | {"ban", "buon", "lang", "khoi", "cum"}  # ``Bản 35 mới``, ``Buôn 3 mới``, ``Khối 7 mới``
)


def new_mark(match: re.Match[str]) -> str:
    if match.group(1) is None:
        return ""  # ``(mới)``
    before = match.string[: match.start()].rsplit(None, 1)[-1]
    if fold_chars(before) in _NAMES_WITH_MOI:
        return match.group(0)  # ``Chợ mới``: a name written in lower case
    if before[:1].isupper():
        return ""
    if before.isdigit() and len(before) <= 2:
        # ``Xã A Lưới 2 mới``: a numbered name, capitalised before its number; not a house or a
        # hamlet's new number (``Số 4 mới``, ``Tổ 12 mới``).
        words = match.string[: match.start()].rsplit(None, 2)
        if len(words) > 1 and words[-2][:1].isupper() and fold_chars(words[-2]) not in _NUMBERED_STREET:
            return ""
    return match.group(0)


# The old address in parentheses, marked so (``..., Hải Phòng (Phường Tân Tiến, Quận An Dương,
# thành phố Hải Phòng cũ)``): the address outside is the present one.
_OLD_IN_PARENS = re.compile(r"\([^()]*\b(?:cũ|Cũ|CŨ)\s*\)")


# Notes that say which form the address is in: ``(địa chỉ mới)``, ``(sau sáp nhập)``; ``(địa chỉ
# cũ)``, ``(trước sáp nhập)``, ``*chưa cập nhật địa chỉ mới*`` (not yet updated: the old form).
_OLD_NOTE = re.compile(
    # (not ``Dia chi cu tru``, ``dia chi cu ngu``: cư trú, cư ngụ written without marks)
    r"(?i)(?:đ[ịi]a\s+ch[ỉi]\s+c[ũu]|dia\s+chi\s+cu)\b(?!\s+(?:tr[úu]|ng[ụu])\b)|tr[ưu][ớo]c\s+(?:khi\s+)?s[áa]p\s+nh[ậa]p|ch[ưu]a\s+c[ậa]p\s+nh[ậa]t"
    # ``Xã Thống Nhất (cũ), Tỉnh Đồng Nai``: a unit before others marked as it was, and so the
    # address (at the end, ``Tỉnh Hoà Bình (cũ)`` only says the province is an old one)
    r"|\(\s*(?:cũ|Cũ|CŨ)\s*\)(?=\s*[,;|\-\u2013]\s*\S)"
)
# The same notes in parentheses anywhere (``Xã X (trước sáp nhập), Tỉnh Y``): dropped once the
# form they say has been noted (``marked_old``, ``marked_new`` read the text as written).
MERGER_NOTE = re.compile(r"(?i)\s*[(\[]\s*(?:tr[ưu][ớo]c|sau)\s+(?:khi\s+)?s[áa]p\s+nh[ậa]p\s*[)\]]")
_NEW_NOTE = re.compile(r"(?i)đ[ịi]a\s+ch[ỉi]\s+m[ớo]i\b|dia\s+chi\s+moi\b|sau\s+(?:khi\s+)?s[áa]p\s+nh[ậa]p")
# The old address given aside, after a colon (``(cũ: xã Nam Xuân, huyện Quan Hóa)``, ``(địa chỉ cũ:
# ...)``, ``[trước sáp nhập: ...]``): the address outside is the present one.
_OLD_ASIDE = re.compile(
    r"(?i)[(\[]\s*(?:(?:đ[ịi]a\s+ch[ỉi]|dia\s+chi|đ/?c|d/?c)\s+)?"
    r"(?:c[ũu]|tr[ưu][ớo]c\s+(?:khi\s+)?s[áa]p\s+nh[ậa]p|tr[ưu][ớo]c\s+(?:đ|d)[âa]y)\s*:"
)


def _old_form_aside(address: str) -> bool:
    """A unit's old form in parentheses marked ``cũ`` (``(Phường Tân Tiến cũ)``); not the mark
    that the whole address is the old one (``(địa chỉ cũ)``, ``(cũ)``), nor the unit before it
    named again as the old one (``Tỉnh Tây Ninh (Tây Ninh cũ)``: see ``_same_unit_old``)."""
    for found in _OLD_IN_PARENS.finditer(address):
        inside = fold_chars(found.group())[1:-1].strip().removesuffix("cu").strip(" .:")
        at_end = not address[found.end() :].strip(" ,;.-")
        if inside not in _ADDRESS_WORDS and not (at_end and _names_the_unit_before(address, found.start(), inside)):
            return True
    return False


def _same_unit_old(address: str) -> bool:
    """The unit before a parenthesis named again in it, marked ``cũ`` (``Tỉnh Tây Ninh (Tây Ninh
    cũ)``): the old unit of that name, not today's of the same name (which took in others)."""
    for found in _OLD_IN_PARENS.finditer(address):
        inside = fold_chars(found.group())[1:-1].strip().removesuffix("cu").strip(" .:")
        if (
            inside not in _ADDRESS_WORDS
            and not address[found.end() :].strip(" ,;.-")  # at the end: the province (a commune
            # so marked, ``X. Tân Phú (xã Tân Phú cũ)``, kept the name of one it took in)
            and _names_the_unit_before(address, found.start(), inside)
        ):
            return True
    return False


def _names_the_unit_before(address: str, at: int, inside: str) -> bool:
    """The words before position ``at`` end with the name ``inside`` (folded; its type word, if
    any, left out)."""
    before = fold_chars(address[:at]).replace(",", " ").split()
    for level in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE):
        name = fold_chars(split_type(inside, level).core).split()
        if name and before[-len(name) :] == name:
            return True
    return False


_ADDRESS_WORDS = frozenset({"", "dia chi", "dc", "d/c", "dchi"})


def marked_new(address: str) -> bool:
    """The address marks a unit as the present one (``Phường Long Biên mới``, ``(mới)``), or
    gives its old form aside in parentheses marked ``cũ``, or says it is the new address."""
    if ("(" in address or "[" in address) and (_old_form_aside(address) or _OLD_ASIDE.search(address)):
        return True
    if _NEW_NOTE.search(address) and not _OLD_NOTE.search(address):
        return True
    if "mới" not in address and "MỚI" not in address and "moi" not in address:
        return False
    text = prepare(address)
    return NEW_MARK.sub(new_mark, text) != text


def marked_old(address: str) -> bool:
    """The address marks a unit as written as it was (``Xã Ia O cũ``), not as a former name, or
    says it is the old address."""
    if _OLD_NOTE.search(address):
        return True
    if "cũ" not in address and "CŨ" not in address and "Cũ" not in address:
        return False
    if "(" in address and _same_unit_old(address):
        return True
    text = _former_notes_dropped(_OLD_IN_PARENS.sub("", prepare(address)))
    return _old_marks_dropped(text) != text


# What the resolutions of 2025 write after a new unit about the units it was made from, copied
# into addresses: ``Xã Phú Vinh (thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô
# dân số của các xã ...)``, ``phường Mộc Châu (gồm các phường Mộc Lỵ và ... trước đây)``, ``Xã Cẩm
# Xuyên, Tỉnh Hà Tĩnh - trên cơ sở nhập thị trấn Cẩm Xuyên và các xã ...``, ``...; hình thành từ việc
# sắp xếp các xã ...``. The units named there are former ones: the clause is dropped. Not ``(sáp
# nhập vào xã B)``, which names the present unit (``drop_former_names``).
_ORIGIN = (
    r"(?:(?:được\s+|duoc\s+)?th[àa]nh\s+l[ậa]p|(?:được\s+|duoc\s+)?h[ìi]nh\s+th[àa]nh|tr[êe]n\s+c[ơo]\s+s[ởo]"
    r"|g[ồo]m\s+(?:c[áa]c|to[àa]n\s+b[ộo]|x[ãa]|ph[ưu][ờo]ng|th[ịi]\s+tr[ấa]n)|(?:do\s+|t[ừu]\s+vi[ệe]c\s+)?s[ắa]p\s+x[ếe]p\s+(?:c[áa]c|to[àa]n\s+b[ộo])"
    r"|(?:s[áa]p\s+)?nh[ậa]p\s+t[ừu]|h[ợo]p\s+nh[ấa]t\s+(?:c[áa]c|t[ừu]))\b"
)
_ORIGIN_IN_PARENS = re.compile(rf"(?i)\s*\(\s*{_ORIGIN}[^()]*\)")
_ORIGIN_AFTER = re.compile(rf"(?i)(?:\s*[;,]\s*|\s+[-\u2013]\s+){_ORIGIN}.*$", re.DOTALL)
_LAST_PROVINCE = re.compile(
    r"(?i)(?:,|\s[-\u2013])\s*((?:t[ỉi]nh|th[àa]nh\s+ph[ốo]|tp\.?|t\.)\s*[^\W\d_][^,;()\-\u2013]*?)\s*$"
)
_PROVINCE_TYPE = re.compile(r"(?i)^(?:t[ỉi]nh|th[àa]nh\s+ph[ốo]|tp\.?|t\.)\s*")
MAY_ORIGIN = re.compile(
    r"(?i)th[àa]nh\s+l[ậa]p|h[ìi]nh\s+th[àa]nh|c[ơo]\s+s[ởo]|g[ồo]m\s|s[ắa]p\s+x[ếe]p|nh[ậa]p\s+t[ừu]|h[ợo]p\s+nh[ấa]t"
)


def origins_dropped(text: str, is_province: Callable[[str], bool] = lambda name: True) -> str:
    """``text`` without a clause on the units a new unit was made from (see above); the same
    string when it holds none. A province written after the clause (``is_province``: of a folded
    name) is kept."""
    if MAY_ORIGIN.search(text) is None:
        return text
    cut = _ORIGIN_IN_PARENS.sub("", text)
    after = _ORIGIN_AFTER.search(cut)
    if after is not None and after.start() > 0:
        # The province written after the clause stays (``Xã Kim Tân - trên cơ sở sắp xếp ... -
        # Tỉnh Thanh Hóa``): the clause's own units end with a district at most.
        last = _LAST_PROVINCE.search(cut, after.start() + 1)
        kept = last is not None and is_province(ascii_key(_PROVINCE_TYPE.sub("", last.group(1))))
        cut = cut[: after.start()] + (f", {last.group(1)}" if last is not None and kept else "")
    return cut
