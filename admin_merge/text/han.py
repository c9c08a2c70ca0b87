"""Vietnamese addresses written in Japanese or Chinese forms: the unit types in Han characters
after the Latin names, put back as Vietnamese type words before an address is read.

Japanese residence cards, Chinese household papers and the forms of their agencies write a
Vietnamese address as the names in Latin letters (with or without their marks), each followed by
its unit type in Han characters, the province first or last, often after the country and a
label: ``現住所：ベトナム社会主義共和国 Long An省 Duc Hoa県 Tan Phu社``, ``地址：Tân Phú社, Đức Hòa县,
Long An省, 越南``. The types are:

==============================  ==================
Han                             Vietnamese
==============================  ==================
``省``                          tỉnh
``市``                          thành phố
``市社``                        thị xã
``市鎮`` ``市镇`` ``鎮`` ``镇``  thị trấn
``県`` ``縣`` ``县``             huyện
``郡`` ``区`` ``區``            quận
``坊``                          phường
``社`` ``乡`` ``鄉``            xã
``特区`` ``特區``               đặc khu
==============================  ==================

A type is read only right after a Latin name or a number (``Long An省``, ``Hồ Chí Minh 市``,
``1 郡``), and ``第1郡`` is ``quận 1``. It is written as a type word in front of the name, a
comma after it (``tỉnh Long An, huyện Duc Hoa, xã Tan Phu``), as Vietnamese writes it; a run of
more than five words before a type holds more than the name (a street), and the type is left
after it (``Số 5 Lê Lợi Bến Nghé phường``), a shape the reader reads by the names it knows. The name of
Vietnam (``ベトナム社会主義共和国``, ``越南``), a label before a colon (``現住所：``, ``户籍地址:``) and
any other run of Han or kana characters are then dropped: the reader knows no name written in
them. A text with no type after a Latin name is left as it is.

:func:`han_types` costs one test on ASCII text and one regular-expression search on other text
without Han or kana characters (that text is returned as it is, the same object).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Kana (Japanese), Han characters (the unified block and its first extension) and the
# ideographic punctuation: where none is, nothing to do.
_HAN: Final = re.compile("[\u3001-\u3002\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")

_TYPES: Final = {
    "省": "tỉnh",
    "市": "thành phố",
    "市社": "thị xã",
    "市鎮": "thị trấn",
    "市镇": "thị trấn",
    "鎮": "thị trấn",
    "镇": "thị trấn",
    "県": "huyện",
    "縣": "huyện",
    "县": "huyện",
    "郡": "quận",
    "区": "quận",
    "區": "quận",
    "坊": "phường",
    "社": "xã",
    "乡": "xã",
    "鄉": "xã",
    "特区": "đặc khu",
    "特區": "đặc khu",
}
_TYPE: Final = "|".join(sorted(_TYPES, key=len, reverse=True))
# A name in Latin letters (words of letters, marks, digits, hyphens and apostrophes, spaces between)
# and the type right after it, with or without a space between.
_LATIN: Final = "0-9A-Za-z\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff'’.\\-"
_AFTER_NAME: Final = re.compile(
    rf"([{_LATIN}](?:[{_LATIN} \t]*[{_LATIN}])?)[ \t]*({_TYPE})(?![\u3040-\u30ff\u3400-\u9fff])"
)
# The words of a name written in front of its type; a longer run holds more than the name (a
# street before it): its type is left after it.
_NAME_WORDS: Final = 5
# ``第1郡``: the number after ``第`` (ordinal), the type after it.
_ORDINAL: Final = re.compile(rf"第\s*(\d+)\s*({_TYPE})")
# A label before a colon (``現住所：``, ``户籍地址:``), at the start or after a separator.
_LABEL: Final = re.compile(r"(?:^|(?<=[\s,;]))[\u3040-\u30ff\u3400-\u9fff]+\s*[:：]\s*")
# Any other run of kana or Han characters, with the spaces around it.
_REST: Final = re.compile(r"\s*[\u3040-\u30ff\u3400-\u9fff]+\s*")


def han_types(text: str) -> str:
    """``text`` with its unit types in Han characters after Latin names as Vietnamese type words,
    and its other Han and kana words dropped (see the module); ``text`` itself when it has none.

    >>> han_types("現住所：ベトナム社会主義共和国 Long An省 Duc Hoa県 Tan Phu社")
    'tỉnh Long An, huyện Duc Hoa, xã Tan Phu'
    >>> han_types("地址：Tân Phú 社, Đức Hòa 县, Long An 省, 越南")
    'xã Tân Phú, huyện Đức Hòa, tỉnh Long An'
    >>> han_types("越南胡志明市第1郡 Bến Nghé坊")
    'quận 1, phường Bến Nghé'
    >>> han_types("Xã Tân Phú, Huyện Đức Hòa, Long An")
    'Xã Tân Phú, Huyện Đức Hòa, Long An'
    >>> han_types("越南胡志明市")
    '越南胡志明市'
    """
    if text.isascii() or _HAN.search(text) is None:
        return text
    out = unicodedata.normalize("NFC", text).replace("、", ", ").replace("。", " ")
    out, ordinals = _ORDINAL.subn(lambda m: f" {_TYPES[m.group(2)]} {m.group(1)}, ", out)
    out, types = _AFTER_NAME.subn(_type_in_front, out)
    if not ordinals and not types:
        return text  # no unit type after a Latin name: no address in this form
    text = out
    text = _LABEL.sub("", text)
    text = _REST.sub(" ", text)
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,;")


def _type_in_front(match: re.Match[str]) -> str:
    """``Long An省``: ``tỉnh Long An, ``; a longer run of words, which holds more than the name:
    the type after it (``Số 5 Lê Lợi Bến Nghé坊``: ``Số 5 Lê Lợi Bến Nghé phường, ``)."""
    name, kind = match.group(1), _TYPES[match.group(2)]
    if len(name.split()) > _NAME_WORDS:
        return f"{name} {kind}, "
    return f" {kind} {name}, "
