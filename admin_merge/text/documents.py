"""The documents an address is quoted from, and where in them the address stands: a land
record's parcel (its sheet, its address, its issuing office), a household's move (the place it
left), an identity card's QR code, an office named before or after the address, a date after it."""

from __future__ import annotations

import re

# The fields of the QR code of a chip ID card: number|old number|name|birth date|sex|address|issued.
ID_CARD = re.compile(r"^\s*\d{9,12}\s*\|[^|]*\|[^|]*\|\s*\d{8}\s*\|[^|]*\|([^|]+)\|")


# The managing tax office written after a business's address (``; Cơ quan thuế quản lý: Chi cục
# Thuế huyện Gia Lộc``, ``- CCT H.Krông Pắc``): it names the district again, as an office.
TAX_OFFICE = re.compile(
    r"(?i)[\s,;|\-\u2013]+(?:c[ơo]\s+quan\s+thu[ếe](?:\s+qu[ảa]n\s+l[ýy])?|chi\s+c[ụu]c\s+thu[ếe]|c[ụu]c\s+thu[ếe]|cct)\b[^;|\n]*"
)
# An office named first, then the address: a tax office with its district or city (``Chi cục Thuế
# huyện Vĩnh Tường. ĐC: Xóm Trại, Xã Hội Thịnh, ...``), an office of the social policy bank or of
# social insurance (``Ngân hàng Chính sách xã hội chi nhánh Tuy Đức, Ấp Tân Thạnh, ...``, whose
# ``xã hội``, social, is no commune): the office's name is no part of the address.
OFFICE_FIRST = re.compile(
    r"(?i)^\s*(?:(?:chi\s+c[ụu]c\s+thu[ếe]|c[ụu]c\s+thu[ếe])\s+[^,.;|\-\u2013:]+?"
    r"|(?:ng[âa]n\s+h[àa]ng\s+ch[íi]nh\s+s[áa]ch\s+x[ãa]\s+h[ộo]i|b[ảa]o\s+hi[ểe]m\s+x[ãa]\s+h[ộo]i)[^,.;|\-\u2013:]*?)"
    r"\s*(?:[.,;|]|\s[-\u2013])\s*(?:đc\s*:\s*)?(?=\S)"
)


# A land record (see ``parcel_address``): a parcel's map sheet, the label of its address, and
# where that address ends (a field, the area, the use of the land, the issuing office).
MAY_PARCEL = re.compile(r"(?i)t[ờo]\s*b[ảa]n\s*đ[ồo]|tbđ|th[ửu]a\s+đ[ấa]t")
_PARCEL_NUMBER = re.compile(r"(?i)\bth[ửu]a\b")
# A part that starts with a parcel's number or its map sheet (``thửa đất số 12``, ``tờ 5``, ``TBĐ 20``).
# Parcels' numbers and sheets, and nothing else, to the end of the text (``thửa đất số 12, tờ bản
# đồ số 5``, ``Thửa 12 TBĐ 5``): what follows a parcel may name its own commune.
PARCEL_TAIL = re.compile(
    r"(?i)(?:(?:th[ửu]a(?:\s+đ[ấa]t)?|t[ờo](?:\s+b[ảa]n\s+đ[ồo])?|tbđ)\s*(?:s[ốo]\s*)?\d+[a-z]?[\s,;.\-\u2013]*)+"
)
PARCEL_PART = re.compile(r"(?i)(?:th[ửu]a(?:\s+đ[ấa]t)?|t[ờo](?:\s+b[ảa]n\s+đ[ồo])?|tbđ)\s*(?:s[ốo]\s*)?\d")
_PARCEL_FIELD = re.compile(r"(?i)đ[ịi]a\s+ch[ỉi]\s+(?:th[ửu]a|khu)\s+đ[ấa]t\s*:\s*")
_PARCEL_SHEET = re.compile(
    r"(?i)(?:t[ờo]\s+b[ảa]n\s+đ[ồo]|tbđ)(?:\s+s[ốo])?\s*\d+[a-z]?(?:\s*\([^)]*\))?\s*(?:[,;|\-\u2013]\s*)?(?:t[ạa]i\s+)?"
)
_PARCEL_END = re.compile(
    r"(?i)\s*(?:[;|]|[.,]\s*(?=di[ệe]n\s+t[íi]ch|m[ụu]c\s+đ[íi]ch|đ[ấa]t\s+\w|n[ơo]i\s+c[ấa]p)|\s+[-\u2013]\s+(?=đ[ấa]t\s)"
    r"|[.,]?\s*(?=\b(?:c[ấa]p\s+cho|c[ủu]a\s+(?:ông|bà|hộ)|ch[ủu]\s+s[ửu]\s+d[ụu]ng|ng[ườu][ờo]i\s+s[ửu]\s+d[ụu]ng"
    r"|(?:địa\s+chỉ\s+)?th[ườu][ờo]ng\s+tr[úu])\b))"
)  # the owner's part (``cấp cho ông ...``, ``người sử dụng: ...``, ``thường trú tại ...``) ends it too
# An issuing office (a land certificate's ``Nơi cấp: UBND xã Mỹ Thái``, ``Sở TN&MT tỉnh Lâm Đồng``).
ISSUER = re.compile(r"(?i)n[ơo]i\s+c[ấa]p\s*:[^;|]*|\b(?:ubnd|s[ởo]\s+\S+)\s[^;|,]*")
TRAILING_DATE = re.compile(r"(?i)[\s,;.\-]+(?:từ\s+)?ng[àa]y\s+\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$")
# A letter's list of recipients, to its end (``Nơi nhận: - UBND huyện Thanh Chương (b/c); - UBND xã
# Thanh An, xã Thanh Ngọc; - Lưu: VT.``): other offices, not the letter's own place, which its
# place and date and its signature name before it. Only a letter's: its signature stands before
# the list (``TM.``, ``KT.``, ``CHỦ TỊCH``, ``(Đã ký)``) or the list has a letter's marks (bullets,
# ``Lưu: VT``); a parcel's destination (``Nơi gửi: ...; Nơi nhận: ...``) is its address.
_RECIPIENTS = re.compile(r"(?i)n[ơo]i\s+nh[ậa]n\s*:")
_LISTED = re.compile(r"(?i)\s*(?:[-\u2013•+]|.*\bl[ưu]u\s*:?\s*vt\b)", re.DOTALL)
_SIGNED = re.compile(r"(?i)\b(?:tm|kt|tl|tuq)\s*\.|ch[ủu]\s+t[ịi]ch|\([đd][ãa]\s+k[ýy]\)|k[ýy]\s+t[êe]n")


def recipients_dropped(text: str) -> str:
    """``text`` without a letter's list of recipients at its end, when the letter's signature
    comes before it or the list is a letter's (bulleted, or kept in the archive: ``Lưu: VT``)."""
    found = _RECIPIENTS.search(text) if ":" in text else None
    if found is None or not text[: found.start()].strip(" \n\r\t-:;,."):
        return text
    if _SIGNED.search(text, 0, found.start()) is None and _LISTED.match(text, found.end()) is None:
        return text
    return text[: found.start()].rstrip(" \n\r\t-:;,.")


# A household's move: the place it left, labelled or after ``từ`` (see ``former_dropped``).
MAY_MOVE = re.compile(r"(?i)chuy[eểê]n")
_FORMER_LABEL = re.compile(
    r"(?i)(?:(?:nơi\s+(?:thường\s+trú|cư\s+trú|ở)\s+)?trước\s+khi\s+chuyển\s+đến|chuyển\s+(?:đi|đến)\s+từ"
    r"|nơi\s+chuyển\s+đi|(?:đã\s+)?chuyển\s+(?:hộ\s+khẩu\s+|đến\s+(?:ngày\s+[\d/.\-]+\s+)?|đi\s+)?từ)\s*:?\s*"
)
# Where the place left ends: the next field's label, a field separator, or ``về`` / ``đến`` before
# the place the household went to (``từ A về B``).
_FORMER_END = re.compile(
    r"(?i)\s*(?:[|;)]|[.,]?\s+(?=(?:nơi|địa\s+chỉ|ngày|họ\s+tên|hiện\s+nay)[^:|;]{0,30}:)"
    r"|\s+(?:về|đến|ra|vào|sang)\s+(?=\S))"
)
# What is only a time, not a place (``chuyển từ ngày 1/5/2019 vào ...``, ``từ tháng 3/2020``).
_ONLY_WHEN = re.compile(r"(?i)(?:\s|ng[àa]y|th[áa]ng|n[ăa]m|\d|[/.\-])*")
ADDRESS_LABEL = re.compile(r"(?i)đ[ịi]a\s*ch[ỉi]")  # the field labelled as the address (not a home town)


def parcel_address(text: str) -> str:
    """A land record's parcel address (``...; Địa chỉ thửa đất: ADDRESS; Nơi cấp: ...``, ``Thửa
    đất số 74, tờ bản đồ số 22, tại ADDRESS. Diện tích ...``, ``Thửa 163 TBĐ 20 (2373 m²) - ADDRESS
    - Đất trồng lúa``, ``... | tờ bản đồ số 12 | ADDRESS | 1299 m²``), or ``text`` when it holds none."""
    label = _PARCEL_FIELD.search(text)
    if label is None:
        sheets = list(_PARCEL_SHEET.finditer(text))
        label = sheets[-1] if sheets else None  # the address follows the last sheet written
    if label is None:
        return text
    end = _PARCEL_END.search(text, label.end())
    found = text[label.end() : end.start() if end is not None else len(text)].strip(" ,;|.-")
    return found if any(ch.isalpha() for ch in found) else text


def parcel_sheet(text: str, parcel: str) -> str:
    """What stands before the parcel's address from its first mention (``Thửa đất số 350, tờ bản
    đồ số 33``), without the address's label or ``tại``: the parcel's street."""
    at = text.find(parcel)
    mention = _PARCEL_NUMBER.search(text, 0, max(at, 0))
    sheet = text[mention.start() : at] if mention is not None and at > 0 else ""
    sheet = _PARCEL_FIELD.sub("", sheet).strip(" ,;|.-")
    return sheet[: -len("tại")].rstrip(" ,;|.-") if sheet.lower().endswith("tại") else sheet


def former_dropped(text: str) -> str:
    """``text`` without the places a household left (``Nơi thường trú trước khi chuyển đến: A``,
    ``Chuyển đi từ: A``, ``Chuyển đến ngày 05/11/2026 từ A;``, ``Đã chuyển hộ khẩu từ A về``),
    each up to the next field; unchanged when nothing would be left."""
    out: list[str] = []
    at = 0
    for label in _FORMER_LABEL.finditer(text):
        if label.start() < at:
            continue
        end = _FORMER_END.search(text, label.end())
        if end is None and not label.group(0).rstrip().endswith(":"):
            return text  # ``(chuyển từ Xã Tân Phong`` with nothing to end it: not cut blindly
        if end is not None and _ONLY_WHEN.fullmatch(text[label.end() : end.start()]):
            # ``Xóm 5, xã Nghĩa Thái, ...; chuyển từ 2018 ra Phường Kim Liên, ...``: a time after
            # ``từ``, the place left before it; the place gone to is the address.
            out, at = [], end.end()
            continue
        out.append(text[at : label.start()])
        at = end.end() if end is not None else len(text)
    if not out and at == 0:
        return text
    kept = (" ".join(out) + " " + text[at:]).strip(" ,;|.-")
    return kept if any(ch.isalpha() for ch in kept) else text
