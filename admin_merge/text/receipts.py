"""Words cut by a hard line wrap (thermal receipts, shipping labels, fixed-width exports), joined
again before an address is read.

A receipt printer or a label template cuts its lines every so many characters, in the middle of a
word, without a hyphen: ``ĐC: Xã Tràng Xá, Tỉnh Th\\nái Nguyên``, ``TINH THAI BIN\\nH``,
``HUYEN SA THA\\nY``. Neither piece is a word of the name, and a field read up to the end of its
line loses the rest of the address.

A line break with a letter right before it and right after it (no space, no separator) joins its
two pieces into one word when that word is a word of a unit's name (or a type word), and:

* one piece is no such word (``Th`` + ``ái``, ``BIN`` + ``H``: ``H`` is no word without its dot),
  or a piece has no vowel (``C`` + ``HI``); or
* the joined word is a type word (``HUY`` + ``EN``), or it makes a pair of a unit's name with the
  word before or after it (``HUNG Y`` + ``EN``: ``Hưng Yên``; ``SA THA`` + ``Y``: ``Sa Thầy``).

A break between whole words (``Huyện Hữu\\nLũng``, ``Phường 1\\nTỉnh Phú Yên``) is left to the
reader, which reads it as a space or a separator; a type word's abbreviation cut from its dot
(``T\\n. THAI NGUYEN``) is joined to it. In a record of two labelled lines or more (``KH:``,
``SĐT:``, ``ĐC:``, ``Tổng:``), where the reader takes the address field up to the end of its
line, a break with a space or a separator beside it (``THANH PHO\\n DA NANG``, ``Thành phố
\\nCần Thơ``, ``AN PHU\\n, TINH GIA LAI``) goes on with the field: a space (nothing before a
separator), unless the next line starts with a label.

:func:`words_unwrapped` costs one ``str`` search on text without a line break (that text is
returned as it is, the same object).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from typing import Final

from admin_merge.text.normalize import ascii_key

# A break with letters right on both sides: the pieces of a word it may have cut.
_TIGHT: Final = re.compile(r"([^\W\d_]+)(?:\r\n|\r|\n)([^\W\d_]+)")
# A type word's abbreviation cut from its dot (``T\\n. THAI NGUYEN``).
_CUT_ABBREVIATION: Final = re.compile(r"(?<![^\s,.:])(T|H|X|P|Q|TP|TX|TT|Tp)(?:\r\n|\r|\n)(?=\.)")
# A line that starts with a field's label (``KH:``, ``SĐT:``, ``Địa chỉ:``, ``Tổng:``).
_LABEL: Final = re.compile(r"^[ \t]*[^\W\d_]{1,12}(?: [^\W\d_]{1,12}){0,2}[ \t]*:", re.MULTILINE)
# A line break, with the spaces around it.
_BREAK: Final = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")
_VOWELS: Final = frozenset("aeiouy")
_TYPE_WORDS: Final = frozenset({"xa", "phuong", "huyen", "quan", "tinh", "thanh", "pho", "thi", "tran", "khu"})
_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER: Final = re.compile(r"^[ \t]+([^\W\d_]+)")


def words_unwrapped(text: str, syllables: Collection[str], pairs: Collection[str]) -> str:
    """``text`` with the words a hard line wrap cut in two joined again (see the module);
    ``text`` itself when none is. ``syllables`` are the words of the units' names, folded
    (``thai``, ``nguyen``); ``pairs`` their pairs that follow each other in a name
    (``hung yen``).

    >>> words = {"xa", "trang", "tinh", "thai", "nguyen", "hung", "yen", "y", "en"}
    >>> words_unwrapped("ĐC: Xã Tràng Xá, Tỉnh Th\\nái Nguyên\\nTổng: 70.000đ", words, {"thai nguyen"})
    'ĐC: Xã Tràng Xá, Tỉnh Thái Nguyên\\nTổng: 70.000đ'
    >>> words_unwrapped("DC: XA TRANG XA, HUNG Y\\nEN", words, {"hung yen"})
    'DC: XA TRANG XA, HUNG YEN'
    >>> words_unwrapped("Huyện Hữu\\nLũng", words, set())
    'Huyện Hữu\\nLũng'
    """
    if "\n" not in text and "\r" not in text:
        return text
    out: list[str] = []
    at = 0
    for match in _TIGHT.finditer(text):
        before, after = match.group(1), match.group(2)
        if _joined(text, match, before, after, syllables, pairs):
            out.append(text[at : match.start()])
            out.append(before + after)
            at = match.end()
    if out:
        out.append(text[at:])
        text = unicodedata.normalize("NFC", "".join(out))
    if "." in text:
        text = _CUT_ABBREVIATION.sub(r"\1", text)
    if len(_LABEL.findall(text)) >= 2:
        text = _BREAK.sub(_continued, text)
    return text


def _joined(
    text: str,
    match: re.Match[str],
    before: str,
    after: str,
    syllables: Collection[str],
    pairs: Collection[str],
) -> bool:
    """Whether the pieces ``before`` and ``after`` of a break are one word cut (see the module)."""
    word = ascii_key(before + after)
    if " " in word or (word not in syllables and word not in _TYPE_WORDS):
        return False
    head, tail = ascii_key(before), ascii_key(after)
    if head not in syllables or tail not in syllables:
        return True
    if not _VOWELS.intersection(head) or not _VOWELS.intersection(tail):
        return True
    if word in _TYPE_WORDS and head not in _TYPE_WORDS and tail not in _TYPE_WORDS:
        return True
    previous = _WORD_BEFORE.search(text, 0, match.start())
    following = _WORD_AFTER.search(text[match.end() : match.end() + 40])
    if previous is not None and f"{ascii_key(previous.group(1))} {word}" in pairs:
        return f"{ascii_key(previous.group(1))} {head}" not in pairs
    if following is not None and f"{word} {ascii_key(following.group(1))}" in pairs:
        return f"{tail} {ascii_key(following.group(1))}" not in pairs
    return False


def _continued(match: re.Match[str]) -> str:
    """A line break of a record's field wrapped where a space or a separator is (``THANH PHO\\n DA
    NANG``, ``Thành phố \\nCần Thơ``, ``AN PHU\\n, TINH``): a space; a break before a label, or
    tight between two words (left to the reader), stays."""
    text, at, end = match.string, match.start(), match.end()
    if _LABEL.match(text, end) is not None or (at > 0 and text[at - 1] == "\n"):
        return match.group()
    if text[end : end + 1] in (",", ".", ";"):
        return ""
    if match.group()[0] in " \t" or match.group()[-1] in " \t" or (at > 0 and text[at - 1] in ",.;"):
        return " "
    return match.group()
