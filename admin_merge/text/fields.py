"""A record's other fields written into its address, and the labels of the address itself: a
card's number, a tax or postal code, an e-mail, a register's code beside a unit's name, a form's
label for each level, the place of origin beside the place of residence (``drop_fields``)."""

from __future__ import annotations

import re

from admin_merge.text.endings import drop_notes
from admin_merge.text.former import MERGER_END, MERGER_NOTE, NEW_MARK, new_mark
from admin_merge.text.tokens import strip_noise

# Fields of a record written into its address: a health-insurance card's number and clinic,
# a tax code, a postal code, an e-mail (``Mã thẻ: HS15... - Địa chỉ: ... - Nơi ĐKKCB: 52-027``),
# dropped with their values (to the next comma or spaced dash); and the labels of the address
# itself (``Địa chỉ:``, ``Thường trú:``, ``HKTT:``), dropped alone. Only texts with a colon.
_FIELD_VALUE = r"(?:\s*\([^()]*\))?\s*[:.]\s*[^,;|]*?(?=\s+[-\u2013]\s+|\s*[,;|]|$)"  # ``MST (Tax code): ...``
_FIELDS = re.compile(
    r"(?i)(?:(?<=[\s,;|(\-])|^)(?:m[ãa]\s*th[ẻe]|s[ốo]\s*th[ẻe]|n[ơo]i\s*[đd]kkcb(?:\s*b[đd])?|kcb\s*b[đd]|mst|"
    r"m[ãa]\s*s[ốo]\s*thu[ếe]|mbc|m[ãa]\s*bc|m[ãa]\s*b[ưu]u\s*ch[íi]nh|e-?mail|website|cmnd|cccd|stk|s[ốo]\s*tk|"
    r"ng[ưu][ờo]i\s*nh[ậa]n|ng[ưu][ờo]i\s*g[ửu]i|kh[áa]ch\s*h[àa]ng|h[ọo]\s*t[êe]n|"
    r"m[ãa]\s*(?:x[ãa]|ph[ưu][ờo]ng|huy[ệe]n|qu[ậa]n|t[ỉi]nh|[đd]vhc))" + _FIELD_VALUE
)
_LABELS = re.compile(
    r"(?i)(?:(?<=[\s,;|\-])|^)(?:[đd][ịi]a\s*ch[ỉi](?:\s*(?:th[ưu][ờo]ng\s*tr[úu]|t[ạa]m\s*tr[úu]|li[êe]n\s*h[ệe]|tr[ụu]\s*s[ởo](?:\s*ch[íi]nh)?|chi\s*nh[áa]nh|chi\s*ti[ếe]t))?|[đd]/?c|"
    r"(?:n[ơo]i\s*)?th[ưu][ờo]ng\s*tr[úu]|(?:n[ơo]i\s*)?t[ạa]m\s*tr[úu]|hktt|[đd]ktt|qu[êe]\s*qu[áa]n|n[ơo]i\s*sinh|"
    r"(?:n[ơo]i|ch[ỗo])\s*[ởo](?:\s*hi[ệe]n\s*(?:t[ạa]i|nay))?|"
    r"tr[ụu]\s*s[ởo](?:\s*ch[íi]nh)?|giao\s*h[àa]ng(?:\s*(?:t[ớo]i|[đd][ếe]n|v[ềe]|t[ạa]i))?|n[ơo]i\s*nh[ậa]n)\s*:\s*"
)
# The label of a form's field for one level: type words, alone or as alternatives (``Xã:``,
# ``Xã/Phường/Thị trấn:``, ``Xã (phường, thị trấn):``, ``Thôn/Ấp/Số nhà:``, a header ``Xã/Phường -
# Quận/Huyện - Tỉnh/TP:`` before its values). Alone, a unit type word types the value; as
# alternatives, the label only separates the fields.
_LABEL_WORD = (
    r"(?:t[ỉi]nh\s*/\s*th[àa]nh\b|x[ãa]|ph[ưu][ờo]ng|th[ịi]\s*tr[ấa]n|qu[ậa]n|huy[ệe]n|th[ịi]\s*x[ãa]|th[àa]nh\s*ph[ốo]|tp|t[ỉi]nh|"
    r"th[ôo]n|[ấa]p|t[ổo](?:\s*d[âa]n\s*ph[ốo])?|khu\s*ph[ốo]|kp|s[ốo]\s*nh[àa]|[đd][ưu][ờo]ng|b[ảa]n|x[óo]m|"
    r"l[àa]ng|kh[óo]m|khu|[đd][ặa]c\s*khu|tx)"
)
# ``Tỉnh/TP trực thuộc TW:``, ``Tỉnh/Thành phố trực thuộc Trung ương:``: a province's label.
_CENTRAL = r"(?:\s+tr[ựu]c\s+thu[ộo]c\s+(?:tw|trung\s+[ưu][ơo]ng))?"
LEVEL_LABELS = re.compile(
    rf"(?i)(?:(?<=[\s,;|])|^){_LABEL_WORD}(?:\s*(?:[/,]|\s[-\u2013])\s*{_LABEL_WORD}|\s*\(\s*{_LABEL_WORD}"
    rf"(?:\s*,\s*{_LABEL_WORD})*\s*\))*{_CENTRAL}\s*:\s*"
)
_UNIT_LABEL = re.compile(
    r"(?i)(?:x[ãa]|ph[ưu][ờo]ng|th[ịi]\s*tr[ấa]n|qu[ậa]n|huy[ệe]n|th[ịi]\s*x[ãa]|th[àa]nh\s*ph[ốo]|tp|t[ỉi]nh)\s*:\s*$"
)


_STREET_LABEL = re.compile(
    r"(?i)(?:th[ôo]n|[ấa]p|t[ổo](?:\s*d[âa]n\s*ph[ốo])?|khu\s*ph[ốo]|kp|s[ốo]\s*nh[àa]|[đd][ưu][ờo]ng|b[ảa]n|"
    r"x[óo]m|l[àa]ng|kh[óo]m|khu)\s*:\s*$"
)


def level_label(match: re.Match[str]) -> str:
    """A form's label replaced: by a separator, and by its word when it is one unit's type word
    or one street word (``Xã: Vọng Đông``: Xã Vọng Đông; ``Tổ: 5``: Tổ 5)."""
    label = match.group(0)
    if _UNIT_LABEL.match(label) or _STREET_LABEL.match(label):
        return ", " + label.rstrip(": \t") + " "
    return ", "


# The two places of an identity card or a personal record: the place of residence (the address)
# and the place of origin (another place, named too).
_RESIDENCE = re.compile(
    r"(?i)(?:(?<=[\s,;|\-])|^)(?:(?:n[ơo]i\s*)?th[ưu][ờo]ng\s*tr[úu](?:\s*/\s*place\s*of\s*residence)?|hktt|"
    r"[đd]ktt|(?:n[ơo]i|ch[ỗo])\s*[ởo]\s*hi[ệe]n\s*(?:t[ạa]i|nay)|place\s*of\s*residence)\s*:\s*"
)
_ORIGIN = re.compile(
    r"(?i)(?:(?<=[\s,;|\-])|^)(?:qu[êe]\s*qu[áa]n(?:\s*/\s*place\s*of\s*origin)?|nguy[êe]n\s*qu[áa]n|"
    r"n[ơo]i\s*sinh|qq|place\s*of\s*(?:origin|birth))\s*:\s*"
)


def _residence(text: str) -> str:
    """Of a text that gives a place of origin and a place of residence (``Quê quán: ... Nơi
    thường trú: ...``), the place of residence: the address."""
    origin = _ORIGIN.search(text)
    if origin is None:
        return text
    residence = _RESIDENCE.search(text)
    if residence is None:
        return text
    if residence.start() > origin.start():
        return text[residence.end() :]
    return text[residence.end() : origin.start()]


# A register's code printed beside a unit's name, in parentheses or before it with a dash.
_DIGIT_DASH = re.compile(r"\d\s*[-\u2013]")  # a cheap test first
_CODE_IN_PARENS = re.compile(
    r"(?i)\s*[(\[]\s*(?:m[ãa](?:\s+(?:đvhc|dvhc|x[ãa]|huy[ệe]n|t[ỉi]nh|s[ốo]))?\s*:?\s*)?\d{1,5}\s*[)\]]"
)


# A commune's register code written for its name (``Mã xã 14776``).
DIGITS5 = re.compile(r"\d{5}")  # a cheap test first


CODE5 = re.compile(r"(?<![\w/.,])\d{5}(?![\d\w])(?![/.,]\d)")  # a commune's code, not in a number or a date

# Cheaper still, and first: ``(?i)m[ãa]`` matches only these four letters' pairs (no other
# character folds to ``m``, ``ã`` or ``a``), and every match of the code's label starts with one.
MAY_NAME_CODE = re.compile("[mM][aAãÃ]")
# ``Mã xã 14776``, ``MaXa: 13459``, ``MãĐVHC 11833``, ``mã ĐVHC cấp xã 17935``: a commune's code.
CODE_NAMED = re.compile(
    r"(?i)\bm[ãa]\s*(?:x[ãa]|ph[ưu][ờo]ng|đvhc|dvhc)(?:\s+c[ấa]p\s+(?:x[ãa]|ph[ưu][ờo]ng))?\s*:?\s*(\d{5})\b"
)
_CODE_BEFORE = re.compile(
    r"(?i)(?:^|(?<=[,;|]\s)|(?<=[,;|]))\d{1,5}\s*[-\u2013]\s*"
    r"(?=(?:x[ãa]|ph[ưu][ờo]ng|th[ịi]\s+(?:x[ãa]|tr[ấa]n)|huy[ệe]n|qu[ậa]n|t[ỉi]nh|tp|th[àa]nh\s+ph[ốo])\b)"
)


# What a form prints in a field left empty (``Quận/Huyện/Thị xã: N/A``, ``---``, ``Không có``,
# ``(không)``, ``(đã bỏ cấp huyện)``: a bracket alone), once its label is a separator.
_NO_VALUE = re.compile(
    r"(?i)(?<=[,;|]\s)\s*(?:n\s*/\s*a|-{2,}|kh[ôo]ng\s+c[óo]|\([^()]*\))\s*(?=[,;|\n]|\s+[-\u2013]\s|$)"
)


def _label_cut(match: re.Match[str]) -> str:
    """A label of the address dropped; between two fields written without a separator
    (``... Xã Dương Phúc  Địa chỉ chi tiết: Tổ 1``), a comma in its place."""
    before = match.string[: match.start()].rstrip()
    return ", " if before and before[-1] not in ",;|:-\u2013(" else ""


EMPTY_PARTS = re.compile(r"^[\s,;|\-\u2013]+|[\s,;|\-\u2013]+$|(?<=\s)[-\u2013](?:\s*[-\u2013,;|])+|,\s*(?=,)")


def drop_fields(text: str) -> str:
    """``text`` without the other fields of its record and the labels of the address, and
    without the marks of a present unit (``mới``)."""
    if "(" in text and text.count("(") > text.count(")"):
        text += ")"  # a note at the end loses its parenthesis to the noise dropped (``Tỉnh X (cũ)``)
    if "(" in text or "[" in text:
        text = _CODE_IN_PARENS.sub("", text)  # ``Xã Long Giang (25245)``, ``[12943]``, ``(mã ĐVHC 20128)``
    if ("-" in text or "\u2013" in text) and _DIGIT_DASH.search(text) is not None:
        text = _CODE_BEFORE.sub("", text)  # ``14719 - Xã Yên Phong, 377 - Huyện Yên Mô``
    if "sáp" in text or "sap" in text or "SÁP" in text:
        text = MERGER_NOTE.sub("", text)  # ``Xã Vĩnh Thịnh (trước sáp nhập), Tỉnh Thanh Hóa``
        text = MERGER_END.sub("", text)  # ``..., Tỉnh Hưng Yên sau sáp nhập``
    if "(" in text or "[" in text or "*" in text or "- " in text or "\u2013" in text:
        text = drop_notes(text)
    if ":" in text:
        text = _residence(text)
        dropped = _LABELS.sub(_label_cut, _FIELDS.sub("", text))
        dropped = LEVEL_LABELS.sub(level_label, dropped)
        if "/" in dropped or "-" in dropped or "có" in dropped or "CÓ" in dropped or "(" in dropped:
            dropped = _NO_VALUE.sub("", dropped)  # ``Quận/Huyện: N/A``: a field left empty
        if dropped != text:
            # The country, postal codes and phones the fields hid from the end are dropped now.
            text = strip_noise(EMPTY_PARTS.sub("", dropped))
    if "mới" in text or "(" in text:
        text = NEW_MARK.sub(new_mark, text)
    return text
