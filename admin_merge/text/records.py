"""The address inside an office's record, and English written beside the units of a bilingual form.

A bill, a claim or a registration form is often copied whole into an address column: its fields
separated by ``|``, tabs, line breaks or semicolons, one of them labelled as the address. Only that
field names the place; the others hold a customer's name, a meter's number, a period, an amount,
whose numbers and words read as units (``Kỳ HĐ: 2/2022``, ``Tổ 7``, ``Mã KH: PA04TT1168024``):

    >>> address_field("Điện lực Lạng Sơn - Kỳ HĐ: 2/2022 | Tên KH: Bùi Ngọc Oanh | Địa chỉ: Tổ 7, "
    ...     "Khu 3, X.Hoàng Đồng, TP Lạng Sơn, Tỉnh Lạng Sơn | Mã KH: PA04TT1168024")
    'Tổ 7, Khu 3, X.Hoàng Đồng, TP Lạng Sơn, Tỉnh Lạng Sơn'

A field so found is only a candidate (``record_field``): an address whose units are labelled
fields (``Địa chỉ: Số 20, Cô Giang, Phường: 9, Quận: Phú Nhuận``) or columns looks the same, and
the reader weighs the field against the whole text (``AddressReader._record_read``).

A form for foreigners writes each unit in English too, after it: in parentheses, after a slash or
after a dash. The English names nothing more, and is dropped where it is the name before it,
folded, with an English type word:

    >>> without_translations("Số 110/No. 110, Xã Gia Luận (Gia Luan Commune), Huyện Cát Hải "
    ...     "(Cat Hai District), Thành phố Hải Phòng - Hai Phong City")
    'Số 110, Xã Gia Luận, Huyện Cát Hải, Thành phố Hải Phòng'

A note in brackets other than parentheses (``[[xã Bắc Sơn cũ]]``, ``«...»``, ``【...】``, ``{...}``,
``<...>``, ``((...))``) is set in parentheses, as the reader reads notes, and one that says a part
was of another unit before the merger is written as that unit's old name (``(thuộc phường 15
trước sáp nhập)``: ``(phường 15 cũ)``, not a mark that the whole address is old); a census record's
enumeration area (``Địa bàn: 010``), a number that is no unit's, is dropped:

    >>> address_of_record("Thôn 9, X. Ninh Hải, T. Khánh Hòa [[xã Bắc Sơn cũ]]")
    'Thôn 9, X. Ninh Hải, T. Khánh Hòa (xã Bắc Sơn cũ)'

``address_of_record`` leaves every other text as it is (English that is not the name before it,
brackets inside words).
"""

from __future__ import annotations

import re
from typing import Final

from admin_merge.text.normalize import fold_chars

# A field's label that says the field is the address, folded (no marks, lower case): ``Địa chỉ``,
# ``Địa chỉ KH``, ``Địa chỉ tạm trú/Temporary address``, ``Temporary residence address (Địa chỉ
# tạm trú)``, ``Address``, a notice's ``Khu vực`` (the area), a record's residence or home town
# (``Nơi ở``, ``Thường trú``, ``Trú quán``, ``Quê quán``, ``Nguyên quán``; ``HKTT``, ``TQ``, ``QQ``, ``ĐC`` only
# where a field starts); the value follows its colon.
_LABEL: Final = re.compile(
    r"(?<![a-z0-9_])(?:dia chi(?: [a-z]+){0,3}|khu vuc|noi o(?: hien (?:tai|nay))?|(?:noi )?thuong tru"
    r"|tru quan|que quan|nguyen quan|(?:[a-z]+ ){0,2}address)"
    r"(?:\s*/\s*[a-z ]{1,40}?|\s*\([a-z ]{1,40}\))?\s*:\s*"
    r"|(?:^|(?<=[|;\t\n]))\s*(?:hktt|tq|qq|dc)\s*:\s*"
)
# Any label of a place, wherever it stands (two of them: two places of equal standing, or a home
# town beside a residence).
_ANY_LABEL: Final = re.compile(
    r"(?<![a-z0-9_])(?:dia chi|khu vuc|noi o|thuong tru|tam tru|tru quan|que quan|nguyen quan|address|residence"
    r"|hktt|tq|qq)"
    r"[^:|;\n]{0,40}:"
)
# Where a field ends: the record's separators; a line break only before a line that starts with a
# label (a card's residence wraps onto its next line: ``XÃ SƠN THỦY,\nHUYỆN LỆ THỦY``).
_FIELD_END: Final = re.compile(r"[|\t;]|[\r\n](?=[^\r\n:,]{1,40}:)")
# A record: at least one separator of fields, or a second label (``Tên KH: ... Mã KH: ...``).
_ANOTHER_LABEL: Final = re.compile(r"(?:^|[,.;|]\s*|\s)[^\W\d_][^:|;,.]{0,30}:\s")
# A label inside a field's value, after a full stop, a comma or a dash between spaces (``...,
# Tỉnh Đồng Nai. Lý do:``, ``... T. Bắc Giang - Nơi ĐKKCB:``).
_LABEL_IN_VALUE: Final = re.compile(r"(?:[.,]\s+|\s+-\s+)[^\W\d_][^:|;,.-]{0,30}:(?:\s|$)")

# A field that starts with a unit's type word, or with its label (folded).
_UNIT_FIRST: Final = re.compile(
    r"\s*(?:[a-z ]{0,12}/)?(?:xa|phuong|thi tran|thi xa|huyen|quan|thanh pho|tinh|tp|tt|tx|[pxhqt]\.)(?![a-z])"
)


# An English type word, and how the translation is set beside the unit: in parentheses, after a
# slash, or after a dash between spaces.
_ENGLISH: Final = r"(?:Commune|Ward|District|Town|Township|Province|City|Special Zone)"
_TRANSLATION: Final = re.compile(
    rf"(?<!\s)(?:\s*\(\s*(?P<p>[A-Za-z][A-Za-z' ]{{0,40}}?)\s+{_ENGLISH}\s*\)"
    rf"|\s*/\s*(?P<s>[A-Za-z][A-Za-z' ]{{0,40}}?)\s+{_ENGLISH}(?![A-Za-z])"
    rf"|\s+-\s+(?P<d>[A-Za-z][A-Za-z' ]{{0,40}}?)\s+{_ENGLISH}(?![A-Za-z]))"
)
# A note in other brackets than parentheses (none inside it).
# Set apart by spaces or punctuation (``Tá»«`` in a file decoded wrongly holds ``»«`` in a word).
_BRACKETED: Final = re.compile(
    r"(?:^|(?<=[\s,;.]))"
    r"(?:\[\[([^\[\]]{1,80})\]\]|«([^«»]{1,80})»|【([^【】]{1,80})】|\{([^{}]{1,80})\}|<([^<>]{1,80})>"
    r"|\(\(([^()]{1,80})\)\))"
    r"(?=$|[\s,;.])"
)
_OPENING: Final = ("[[", "«", "【", "{", "<", "((")
# A note that the part of a unit was of another before the merger (``(thuộc phường 15 trước sáp
# nhập)``): that unit as it was (``(phường 15 cũ)``), not a mark that the whole address is old.
_WAS_OF: Final = re.compile(
    r"\(\s*(?:thuộc|thuoc|Thuộc)\s+([^()]{1,40}?)\s+(?:trước|truoc)\s+(?:khi\s+)?(?:sáp|sap)\s+(?:nhập|nhap)\s*\)"
)
# A census record's enumeration area, a field of its own (``  Địa bàn: 010``), folded.
_AREA: Final = re.compile(r"(?:^|(?<!\s)\s{2,}|[|;,]\s*)dia ban\s*:\s*\d+\s*(?=$|\s{2,}|[|;,])")
# ``Số 110/No. 110``: the house number in English after the Vietnamese one.
_NUMBER_TWICE: Final = re.compile(r"(?<![^\W\d_])(Số|số|SỐ)\s*(\d+[A-Za-z]?)\s*/\s*No\.?\s*\2(?![\w])")


# A residence's label, folded (``Nơi cư trú:``, ``Chỗ ở:``, ``Thường trú tại``, ``HKTT:``, ``Địa
# chỉ:``; ``ở`` only where the words end): the text says the place after it is the address.
_RESIDENCE: Final = re.compile(
    r"(?<![a-z0-9_])(?:(?:dia chi|(?:noi )?(?:cu tru|cu ngu)|cho o|noi o|(?:noi )?(?:dkhk)?thuong tru|tru quan"
    r"|tam tru|tru|hktt)(?: hien (?:tai|nay))?(?: tai)?\s*(?::|$)|o\s*:?\s*$)"
)


def residence_label(words: str) -> bool:
    """``words`` hold a residence's label (``... | Nơi cư trú: Khối 5``, ``- Chỗ ở: tổ 3``, ``trú
    tại``) or end with ``ở``: the place after it is the one the text gives as the address."""
    return _RESIDENCE.search(fold_chars(words.lower()).rstrip(" -|;,.")) is not None


def record_field(text: str) -> str | None:
    """The field of a record that holds its address: the one labelled as the address
    (``address_field``), else the one written as an address (``unlabelled_field``); None: no
    record, or no such field. Only a candidate: the reader weighs it against the whole text
    (``Địa chỉ: Số 20, Cô Giang, Phường: 9, Quận: Phú Nhuận`` is an address whose units are
    labelled fields, not a record whose address is ``Số 20, Cô Giang``)."""
    field = address_field(text) if ":" in text else None
    return field if field is not None else unlabelled_field(text)


def address_of_record(text: str) -> str:
    """``text`` without English beside its units (``without_translations``), its notes in
    parentheses, a part's old unit written as such, its enumeration area dropped."""
    text = without_translations(text)
    if any(mark in text for mark in _OPENING):
        text = _BRACKETED.sub(_in_parentheses, text)
    if "(" in text and ("nhập" in text or "nhap" in text):
        text = _WAS_OF.sub(r"(\1 cũ)", text)
    if ":" in text and "dia ban" in (folded := fold_chars(text)):
        areas = list(_AREA.finditer(folded))  # (one folded character per character: offsets apply)
        for area in reversed(areas):
            text = text[: area.start()] + text[area.end() :]
    return text


def unlabelled_field(text: str) -> str | None:
    """The one field of a record of four fields or more, none labelled as the address, that is
    written as an address: parts separated by commas, three or more, where no other field has a
    comma (``TB2405301116856;Đặng Thị Lan;X.Châu Khê, huyện Con Cuông, tỉnh Nghệ An;Nơi ĐK KCB:
    Trạm Y tế xã Châu Khê;I25.1;27/10/2024``: a claim's line, whose disease code reads as a ward)."""
    if "," not in text:
        return None
    for separator in ";|\t":
        if text.count(separator) >= 3:
            fields = text.split(separator)
            with_commas = [f for f in fields if "," in f]
            if len(with_commas) != 1 or with_commas[0].count(",") < 2:
                return None
            others = [f for f in fields if "," not in f]
            if sum(":" in f for f in others) > 1 or any(_UNIT_FIRST.match(fold_chars(f)) for f in others):
                return None  # a form's fields, each a unit (``| Xã/Phường: Tây Trạch | Huyện: ...``)
            return with_commas[0].strip()
    return None


def _in_parentheses(match: re.Match[str]) -> str:
    note = next(group for group in match.groups() if group is not None)
    return f"({note})"


def address_field(text: str) -> str | None:
    """The value of the one field labelled as the address in a record of several fields; None
    when ``text`` is no record, holds no such label, or two (``Thường trú: ...; Tạm trú: ...``:
    places of equal standing, which the reader weighs itself)."""
    if ":" not in text:
        return None
    folded = fold_chars(text)
    labels = list(_LABEL.finditer(folded))
    if len(labels) != 1 or len(_ANY_LABEL.findall(folded)) > 1:
        return None  # none, or two places (``QQ: ... - HKTT: ...``: the reader weighs them)
    label = labels[0]
    start = label.end()
    found = _FIELD_END.search(text, start)
    end = found.start() if found is not None else len(text)
    value = text[start:end]
    inner = _LABEL_IN_VALUE.search(value)
    if inner is not None:
        end = start + inner.start()
        value = value[: inner.start()]
    value = value.strip(" ,.-")
    rest = text[: label.start()] + text[end:]
    if not value or not (_FIELD_END.search(text) is not None or _ANOTHER_LABEL.search(rest) is not None):
        return None
    return value


def without_translations(text: str) -> str:
    """``text`` without the English written beside its units (``Xã Gia Luận (Gia Luan
    Commune)``), each dropped only where it is the name before it, folded."""
    if text.isascii():
        return text
    if "/" in text and "No" in text:
        text = _NUMBER_TWICE.sub(r"\1 \2", text)
    if not any(word in text for word in ("Commune", "Ward", "District", "Town", "Province", "City", "Zone")):
        return text
    out: list[str] = []
    at = 0
    for found in _TRANSLATION.finditer(text):
        english = found.group("p") or found.group("s") or found.group("d") or ""
        if _names_before(text[: found.start()], english):
            out.append(text[at : found.start()])
            at = found.end()
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


def _names_before(before: str, english: str) -> bool:
    """Whether ``english`` is the last words of ``before`` without their marks."""
    words = english.lower().split()
    if not words:
        return False
    last = fold_chars(before).replace("-", " ").split()[-len(words) :]
    return [w.replace("'", "") for w in last] == [w.replace("'", "") for w in words]
