"""A place written as hashtags (``#XãTânPhú #ĐứcHòa #LongAn``, ``#tanphu #duchoa #longan``),
read as an address before the reader reads it.

Sellers' and estate agents' posts name the place of the goods or the house in hashtags, among
others that name no place (``#chínhchủ #sổhồng #freeship``), after a sentence that is no address
(``Cần bán gấp nhà cấp 4 chính chủ.``). A hashtag is glued: its words are cut where a capital
follows a small letter (``XãTânPhú``: ``Xã Tân Phú``), and a tag in small letters keeps its
words glued, its type word cut off in front when the rest is a unit's name (``xadongthinh``:
``xa dongthinh``), which the reader reads as the name written without spaces.

A tag is a place when its name (after its type word, if any) is a unit's name of the registers;
the other tags are dropped. When the text around the tags writes a unit's type word
(``Phường Cam Giá, ...``, ``xã``, ``TP.``, ``Q.3``), it is an address typed beside the tags and
the text is left as it is (the reader reads that address); otherwise the places of the tags, in
their order and with commas between them, are the address: ``Xã Tân Phú, Đức Hòa, Long An``.

:func:`hashtag_places` costs one ``str`` search on text without ``#`` (that text is returned as
it is, the same object).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from admin_merge.text.normalize import ascii_key
from admin_merge.text.ocr import split_camel

# A hashtag: ``#`` and a letter, then letters, digits and hyphens (``#VănMiếu-QuốcTửGiám``).
_TAG: Final = re.compile(r"#([^\W\d_][\w\-]*)")
# A unit's type word, written in full or abbreviated, with or without its marks: the text around
# the tags writes an address of its own.
_TYPED: Final = re.compile(
    r"(?<!\w)(?:xã|xa|phường|phuong|huyện|huyen|quận|quan|tỉnh|tinh|thành phố|thanh pho|thị xã|thi xa"
    r"|thị trấn|thi tran|đặc khu|dac khu|tp|tx|tt|[xphq]\.|[pq]\s?\d)(?!\w)",
    re.IGNORECASE,
)
# Type words glued in front of a name in a tag written in small letters without marks, longest first.
_GLUED_TYPES: Final = (
    "thanhpho",
    "thitran",
    "thixa",
    "dackhu",
    "phuong",
    "huyen",
    "quan",
    "tinh",
    "xa",
    "tp",
    "tx",
    "tt",
)
# Type words written in front of a name in a tag whose words are cut (``Xã Tân Phú``), folded.
_TYPE_WORDS: Final = (
    "thanh pho ",
    "thi tran ",
    "thi xa ",
    "dac khu ",
    "phuong ",
    "huyen ",
    "quan ",
    "tinh ",
    "xa ",
    "tp ",
)


def hashtag_places(text: str, is_unit_name: Callable[[str], bool]) -> str:
    """The places named by the hashtags of ``text``, as an address (see the module), when the rest
    of ``text`` writes no type word; ``text`` itself otherwise. ``is_unit_name`` says whether a
    folded name (``tan phu``, ``tanphu``) is a unit's name of the registers.

    >>> names = {"tan phu", "tanphu", "duc hoa", "duchoa", "long an", "longan"}.__contains__
    >>> hashtag_places("Cần bán nhà chính chủ. #XãTânPhú #ĐứcHòa #LongAn #sổhồng", names)
    'Xã Tân Phú, Đức Hòa, Long An'
    >>> hashtag_places("#xatanphu #duchoa #longan #freeship", names)
    'xa tanphu, duchoa, longan'
    >>> hashtag_places("Xã Tân Phú, huyện Đức Hòa, Long An #LongAn", names)
    'Xã Tân Phú, huyện Đức Hòa, Long An #LongAn'
    """
    if "#" not in text:
        return text
    tags = _TAG.findall(text)
    if not tags or _TYPED.search(_TAG.sub(" ", text)) is not None:
        return text
    places = [place for tag in tags if (place := _place(tag, is_unit_name)) is not None]
    return ", ".join(places) if places else text


def _place(tag: str, is_unit_name: Callable[[str], bool]) -> str | None:
    """The place a hashtag's words name, written with spaces where they can be cut; ``None`` when
    they name no unit."""
    words = split_camel(tag)
    folded = ascii_key(words)
    if is_unit_name(folded):
        return words
    for kind in _TYPE_WORDS:
        if folded.startswith(kind) and is_unit_name(folded[len(kind) :]):
            return words
    if " " not in words:
        for kind in _GLUED_TYPES:
            if folded.startswith(kind) and len(folded) > len(kind) + 2 and is_unit_name(folded[len(kind) :]):
                return f"{words[: len(kind)]} {words[len(kind) :]}"
    return None


def without_tags(text: str) -> str:
    """``text`` without its hashtags: what the post says besides them.

    >>> without_tags("Cần bán gấp nhà cấp 4 chính chủ. #XãBảoThuận #LâmĐồng #freeship")
    'Cần bán gấp nhà cấp 4 chính chủ.'
    """
    return re.sub(r"\s{2,}", " ", _TAG.sub("", text)).strip()
