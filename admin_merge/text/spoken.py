"""Addresses as speech-to-text writes them down (call centres, voice notes): undone before the
address is read.

``unspoken`` is called once per distinct address by the address reader, after the artefacts of
exports are undone. A transcript comes in lower case, without punctuation, with its numbers in
words and with what the caller said around the address. Undone here:

- the opening (``dạ em ở``, ``alo dạ cho chị về``, ``địa chỉ là``, ``giao giúp em tới``, ``ship
  về``, ``nhà em ở``...): ``dạ em ở xã xuân lộc ...`` -> ``xã xuân lộc ...``;
- filler words between the parts (``ờ``, ``à``, ``ừm``, ``ừ``, ``thì``, ``dạ``, ``ạ``, ``là``...):
  ``xã cẩm đoài ạ huyện cẩm giàng thì tỉnh hải dương`` -> ``xã cẩm đoài huyện cẩm giàng tỉnh hải
  dương``;
- the closing particles (``đó ạ``, ``nhé``, ``nha em``, ``ạ``, ``đấy``...);
- numbers in words right after a numbered unit's type word (``phường``, ``quận``, ``p``, ``q``) or
  a word of the street address (``số``, ``tổ``, ``xóm``, ``ấp``, ``khu phố``, ``thôn``, ``ngõ``,
  ``hẻm``, ``km``...), and at the end of a name the registers write with a number (``phường hà
  giang một`` -> ``phường hà giang 1``): ``phường năm quận mười một`` -> ``phường 5 quận 11``,
  ``số hai mươi mốt`` -> ``số 21``, ``tổ ba trăm linh năm`` -> ``tổ 305``.

A word is never dropped or turned into a digit where the words around it spell a unit name of the
registers (``huyện mường nhé``, ``phường vỹ dạ``, ``quận hai bà trưng``, ``thị xã ba đồn``,
``thành phố thủ dầu một``): the names that hold such a word are listed below, from the registers'
short names (a test checks the lists against the registers).

A text is read as a transcript only when it has no punctuation (no comma, dot, dash, slash...) and
holds an opening, a filler word or a closing particle, or, in lower case, a number in words after
one of the words above; any other text is returned as given (the same string).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

# Punctuation that a transcript never has: an address holding one is returned at once. A dash or a
# dot may be written inside a name (``bà rịa - vũng tàu``, ``n.t phong hải``) in lower case.
_WRITTEN = re.compile(r"[,;:/\\|()\[\]{}<>#&+–—\"'’]")

# Said between the parts of an address.
FILLERS = frozenset(["ờ", "ơ", "à", "á", "ừm", "ừ", "ờm", "ưm", "ùm", "ừa", "thì", "dạ", "vâng", "ạ", "là", "ấy"])
# Said after the address (``đó ạ``, ``nha em``): a particle, perhaps followed by whom it is said to.
PARTICLES = frozenset(
    ["ạ", "nhé", "nhá", "nha", "nhen", "nghen", "đó", "đấy", "ấy", "nè", "á", "ha", "hen", "nhỉ", "luôn", "với", "ơi"]
)
_ADDRESSEES = frozenset(["em", "chị", "anh", "bạn", "cô", "chú", "bác", "ạ"])

# The opening: greetings and fillers, then who lives there or where to deliver, then fillers.
_PRONOUN = r"(?:em|tôi|chị|anh|mình|tui|con|cháu|cô|chú|bác|bạn|nhà)"
_OPENING = re.compile(
    r"(?:(?:alo|alô|dạ|vâng|ờ|ơ|à|ừm|ừ|xin chào|chào (?:em|chị|anh|bạn)) )*"
    r"(?:"
    rf"(?:nhà (?:của )?)?{_PRONOUN} (?:đang )?(?:ở|sống ở|tại|ở tại) "
    rf"|địa chỉ (?:(?:của |nhà )*{_PRONOUN} )?(?:là |ở )?"
    rf"|(?:giao|ship|gửi|chuyển|mang)(?: hàng)?(?: (?:giúp|giùm|dùm|hộ|cho))?(?: {_PRONOUN})?"
    r" (?:tới|đến|về|qua|ra|vào) "
    rf"|cho {_PRONOUN} (?:về|tới|đến) "
    r"|(?:ở|tại) "
    r")?"
    r"(?:(?:dạ|ờ|ơ|à|ừm|ừ|là) )*"
)

# Number words, and the words after which a number is spoken.
_DIGITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
_NUMBER_WORDS = frozenset([*_DIGITS, "mười", "mươi", "mốt", "lăm", "linh", "lẻ", "trăm"])
# The syllable a number from one to ten is spoken with, capitalised as in a name (``3``: ``Ba``;
# ``4``: ``Bốn``, not ``Tư``), for the names voice typing wrote in figures (``Thủ Dầu 1``).
NUMBER_SYLLABLES: dict[str, str] = {
    **{str(v): w.capitalize() for w, v in reversed(_DIGITS.items())},
    "10": "Mười",
}
_NUMBERED_UNITS = frozenset(["phường", "quận", "p", "q"])  # ``phường năm``, ``q mười``
_STREET_WORDS = frozenset(["số", "tổ", "xóm", "ấp", "khóm", "thôn", "đội", "ngõ", "ngách", "hẻm", "kiệt", "km", "khu"])
_NUMBERED = _NUMBERED_UNITS | _STREET_WORDS
_NUMBERED_AFTER = frozenset({("khu", "phố"), ("dân", "phố"), ("số", "nhà")})  # ``khu phố ba``
# Register names (short names, lower case) that hold a filler word or a particle.
_NAMES_WITH_FILLERS = (
    "bắc nha trang, chà là, chư á, chế cu nha, chế là, hà nha, krông á, la dạ, lương nha, lục dạ, "
    "ma thì hồ, mường nhé, nam nha trang, nha bích, nha trang, phong nha, phố là, sủng là, tiên nha, "
    "tây nha trang, vỹ dạ, vĩ dạ, xuân nha, đak ơ, đông á, đăk ơ, đắk ha"
)
# Register names of two words or more that start with a number word.
_NAMES_WITH_NUMBERS = (
    "ba bích, ba bể, ba chúc, ba chẽ, ba cung, ba cụm bắc, ba cụm nam, ba dinh, ba gia, ba giang, "
    "ba hàng, ba hàng đồi, ba khâm, ba liên, ba láng, ba lòng, ba lế, ba nam, ba nang, ba ngòi, "
    "ba ngạc, ba sao, ba sơn, ba thành, ba tiêu, ba trang, ba tri, ba trinh, ba trại, ba tô, ba tơ, "
    "ba tầng, ba vinh, ba vì, ba xa, ba điền, ba đình, ba đồn, ba động, bảy hiền, bảy ngàn, "
    "hai bà trưng, hai riêng, một ngàn, năm căn, tư mại, tư nghĩa"
)
# Register names that end with a number (``Phường Hà Giang 1``).
_NAMES_NUMBERED = (
    "a lưới 1, a lưới 2, a lưới 3, a lưới 4, a lưới 5, an thạnh 1, an thạnh 2, an thạnh 3, "
    "bàu hàm 2, bảo lâm 1, bảo lâm 2, bảo lâm 3, bảo lâm 4, bảo lâm 5, cát tiên 2, cát tiên 3, "
    "cổ nhuế 1, cổ nhuế 2, gia hòa 1, gia hòa 2, gia tân 1, gia tân 2, gia tân 3, hà giang 1, "
    "hà giang 2, hòa bình 1, hòa tú 1, hố nai 3, long phú 1, lộ 25, móng cái 1, móng cái 2, "
    "móng cái 3, mỹ đình 1, mỹ đình 2, phú hòa 1, phú hòa 2, phước cát 2, quế xuân 1, quế xuân 2, "
    "sơn kim 1, sơn kim 2, thường phước 1, thường phước 2, tân lập 1, tân lập 2, tân phước 1, "
    "tân phước 2, tân phước 3, vị thanh 1, xuân quang 1, xuân quang 2, xuân quang 3, xuân thọ 1, "
    "xuân thọ 2, đam rông 1, đam rông 2, đam rông 3, đam rông 4, đông hải 1, đông hải 2, đường 10, "
    "đạ huoai 2, đạ huoai 3, đạ tẻh 2, đạ tẻh 3, đại ân 1, đại ân 2, đồi 61"
)


def _names(listed: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(name.split()) for name in listed.split(", "))


def _by_word(names: Sequence[tuple[str, ...]]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """Each word -> the names holding it, with its place in each."""
    found: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for name in names:
        for at, word in enumerate(name):
            found.setdefault(word, []).append((at, name))
    return {word: tuple(places) for word, places in found.items()}


_IN_NAMES = _by_word(_names(_NAMES_WITH_FILLERS))
_NUMBER_NAMES = _names(_NAMES_WITH_NUMBERS)


def _by_prefix(names: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], frozenset[int]]:
    """Each name without its number -> the numbers it is written with."""
    found: dict[tuple[str, ...], set[int]] = {}
    for name in names:
        found.setdefault(name[:-1], set()).add(int(name[-1]))
    return {prefix: frozenset(numbers) for prefix, numbers in found.items()}


_NUMBERED_NAMES = _by_prefix(_names(_NAMES_NUMBERED))
_LONGEST_NUMBERED = max(len(prefix) for prefix in _NUMBERED_NAMES)
_TYPE_WORDS = frozenset({("thành", "phố"), ("thị", "xã"), ("thị", "trấn")})
_THANKS = frozenset({("cảm", "ơn"), ("cám", "ơn")})
_MARKERS = FILLERS | PARTICLES | frozenset(["alo", "alô", "ở", "tại", "địa", "ship", "giao", "gửi", "về", "tới", "đến"])


def _in_name(words: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` is part of a register name spelt by the words around it."""
    for at, name in _IN_NAMES.get(words[i], ()):
        start = i - at
        if start >= 0 and tuple(words[start : start + len(name)]) == name:
            return True
    return False


def _starts_name(words: Sequence[str], i: int) -> bool:
    """Whether a register name that starts with a number word starts at ``i`` (``ba đình``), not
    the number before a type word (``phường ba thành phố bạc liêu``: not Xã Ba Thành)."""
    if tuple(words[i + 1 : i + 3]) in _TYPE_WORDS:
        return False
    return any(tuple(words[i : i + len(name)]) == name for name in _NUMBER_NAMES)


def _number(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """The number spoken from ``i`` on and the number of words it takes (below 1,000), or None."""
    n = len(words)

    def digit(j: int, *extra: str) -> int | None:
        if j >= n:
            return None
        w = words[j]
        if w in _DIGITS:
            return _DIGITS[w]
        if w in extra:
            return {"mốt": 1, "lăm": 5}[w]
        return None

    def below_hundred(j: int) -> tuple[int, int] | None:
        if j >= n:
            return None
        if words[j] == "mười":
            unit = digit(j + 1, "lăm")
            return (10 + unit, 2) if unit is not None and words[j + 1] != "tư" else (10, 1)
        tens = digit(j)
        if tens is None:
            return None
        if j + 1 < n and words[j + 1] == "mươi" and tens > 1:
            unit = digit(j + 2, "mốt", "lăm")
            return (tens * 10 + unit, 3) if unit is not None else (tens * 10, 2)
        return tens, 1

    hundreds = digit(i)
    if hundreds is not None and i + 1 < n and words[i + 1] == "trăm":
        if i + 3 < n and words[i + 2] in ("linh", "lẻ") and (unit := digit(i + 3)) is not None:
            return hundreds * 100 + unit, 4
        rest = below_hundred(i + 2)
        if rest is not None and not _starts_name(words, i + 2):
            return hundreds * 100 + rest[0], 2 + rest[1]
        return hundreds * 100, 2
    found = below_hundred(i)
    if found is None or words[i] in ("mốt", "lăm"):
        return None
    value, size = found
    while size > 1 and _starts_name(words, i + size - 1):
        size -= 1  # ``số hai mươi hai bà trưng``: the number stops before the name
        value = _number_value(words[i : i + size])
    return value, size


def _number_value(words: Sequence[str]) -> int:
    """The value of a number spoken in one or two words (``hai mươi``, ``mười``)."""
    if words[0] == "mười":
        return 10
    return _DIGITS[words[0]] * (10 if len(words) > 1 else 1)


def _numbered_name_ends(words: Sequence[str], i: int) -> bool:
    """Whether the words before ``i`` spell a register name that ends with the number at ``i``."""
    spoken = _number(words, i)
    if spoken is None:
        return False
    for size in range(1, min(i, _LONGEST_NUMBERED) + 1):
        numbers = _NUMBERED_NAMES.get(tuple(words[i - size : i]))
        if numbers is not None and spoken[0] in numbers:
            return True
    return False


def _opening(lower: str) -> int:
    """The number of words the opening takes (a transcript's first words)."""
    match = _OPENING.match(lower + " ")
    return match.group(0).count(" ") if match else 0


# Punctuation said aloud to a phone's voice typing: ``phẩy``, ``chấm phẩy``, ``hai chấm`` (a comma
# for each), ``gạch ngang`` (dash), ``xuống dòng`` (new line), ``chấm`` / ``chấm hết`` (full stop)
# at the end; a filler said after a mark (``gạch ngang à``) goes with it.
_SAID_MARKS: Final = re.compile(
    r"(?i)\s+(?:(chấm\s+phẩy|cham\s+phay|phẩy|phay|hai\s+chấm)|(gạch\s+ngang|gach\s+ngang|gạch\s+nối)"
    r"|(xuống\s+dòng|xuong\s+dong))(?:\s+(?:à|ờ|ừ|ạ|ơ|ừm|ờm))?\s+"
    r"|\s+(?:chấm\s+hết|chấm|cham\s+het)\s*[.!]?\s*$"
)


def _marks_said(m: re.Match[str]) -> str:
    if m.group(1) or m.group(3):
        return ", "
    return " - " if m.group(2) else ""


def unspoken(text: str) -> str:
    """The address as it would have been typed, when it reads like a transcript; else as given."""
    if ("phẩy" in text or "gạch" in text or "chấm" in text or "xuống" in text) and (
        said := _SAID_MARKS.sub(_marks_said, text)
    ) != text:
        text = said  # ``tổ 9 gạch ngang xã đông thắng phẩy huyện cờ đỏ chấm hết``: the marks typed
    if _WRITTEN.search(text) is not None:
        return text  # punctuation: written, not spoken (most addresses)
    if text.isascii():
        return text  # speech-to-text writes diacritics: typed (``PHUONG 1 TP DONG HA``)
    lower = text.lower()
    words = lower.split()
    in_lower_case = lower == text
    if not in_lower_case and ("-" in text or "." in text):
        return text
    if _MARKERS.isdisjoint(words) and (not in_lower_case or _NUMBER_WORDS.isdisjoint(words)):
        return text
    if not lower.isascii():
        words = unicodedata.normalize("NFC", lower).split()
    tokens = text.split()
    if len(tokens) != len(words):
        return text
    keep = _said_around(words)
    if in_lower_case or not all(keep):
        out = _in_digits(words, tokens, keep)
    else:
        out = [token for token, kept in zip(tokens, keep, strict=True) if kept]
    if not out or out == tokens:
        return text
    return " ".join(out)


def _said_around(words: Sequence[str]) -> list[bool]:
    """Which words are the address: not the opening, the closing or a filler between the parts."""
    keep = [True] * len(words)
    first = _opening(" ".join(words))
    for i in range(min(first, len(words))):
        keep[i] = _in_name(words, i)
    end = len(words)
    while end > first:
        last = words[end - 1]
        if last in PARTICLES or last in FILLERS:
            if _in_name(words, end - 1):
                break
            end -= 1
        elif end - 2 >= first and (_said_to(words, end) or (words[end - 2], last) in _THANKS):
            end -= 2  # ``nha em``, ``cảm ơn``
        else:
            break
    for i in range(first, len(words)):
        keep[i] = i < end and (words[i] not in FILLERS or _in_name(words, i))
    return keep


def _said_to(words: Sequence[str], end: int) -> bool:
    """Whether the text up to ``end`` closes with a particle and whom it is said to (``nha em``)."""
    return words[end - 1] in _ADDRESSEES and words[end - 2] in PARTICLES and not _in_name(words, end - 2)


def _in_digits(words: Sequence[str], tokens: Sequence[str], keep: Sequence[bool]) -> list[str]:
    """The tokens kept, with the numbers in words after a numbered word as digits."""
    out: list[str] = []
    kept = [i for i, k in enumerate(keep) if k]
    said = [words[i] for i in kept]
    j = 0
    while j < len(said):
        word = said[j]
        if word in _NUMBER_WORDS and j > 0:
            counted = said[j - 1] in _NUMBERED or (j > 1 and (said[j - 2], said[j - 1]) in _NUMBERED_AFTER)
            if (counted or _numbered_name_ends(said, j)) and not _starts_name(said, j):
                spoken = _number(said, j)
                if spoken is not None:
                    out.append(str(spoken[0]))
                    j += spoken[1]
                    continue
        out.append(tokens[kept[j]])
        j += 1
    return out


# A numbered unit's type word, then its number in Roman numerals, or in words as its whole name (up
# to a separator or the next unit's type word): written so in registers and forms, not only said
# (``Phường Chín - quận Mười``, ``phường XI, Quận V``, ``QUẬN MƯỜI MỘT``). Not ``Quận Ba Đình``,
# ``Phường Bảy Hiền``: a name goes on after the number word; not at the end of the text or of a
# line either (``..., Q.Hai``, ``Quận Hai\n Bà Trưng``: a name cut short or wrapped).
_NUMBER_WORD = r"(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm)"
_WRITTEN_NUMBER = re.compile(
    r"(?i)(?<![\w.])(phường|quận|p|q|f)(\.\s*|\s+)"
    rf"((?-i:[IVX]{{1,6}})(?![\w.])|{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,2}}"
    r"(?=\s*[,;|/\-–]|\s+(?:quận|q\.|q\s|tp|thành phố|tỉnh|hồ chí minh|hcm)(?!\w)))"
)
# What every match of ``_WRITTEN_NUMBER`` starts with (its type word, the dot or space after it,
# then a Roman numeral's first letter or a number word), written from the type word's first
# letter, in either case: the search skips to those letters, where ``_WRITTEN_NUMBER`` (its
# ``(?i)`` and its lookbehind first) tries every place of every address. ``(?i)`` takes no other
# character for ``p``, ``q`` or ``f`` (tests/test_text_speed_equivalence.py checks it on every
# character).
_MAY_WRITE_NUMBER = re.compile(rf"[pPqQfF](?<![\w.].)(?i:hường|uận)?(?:\.\s*|\s+)(?:[IVX]|(?i:{_NUMBER_WORD}))")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_HANOI = re.compile(r"(?i)hà nội|ha noi|hanoi|\bhn\b")
# The wards of Vị Thanh (Hậu Giang, now Cần Thơ), named in Roman numerals by the register, and a
# district typed as a quận (the numbered wards of Hồ Chí Minh City are in its quận).
_VI_THANH_WARDS = frozenset({"I", "III", "IV", "V", "VII"})
_DISTRICT_TYPED = re.compile(r"(?i)(?<![\w.])(?:quận|quan|q\.|q\s*\d)")


def _roman_value(numeral: str) -> int | None:
    """``XIV`` -> 14; None for what is no numeral written the usual way (``IIX``, ``VV``)."""
    total = 0
    for k, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        after = _ROMAN_VALUES[numeral[k + 1]] if k + 1 < len(numeral) else 0
        total += -value if value < after else value
    return total if 0 < total < 40 and _roman(total) == numeral else None


def numeral_value(written: str) -> int | None:
    """The value of a number written in Roman numerals (``IV``, upper case) or in words (``ba``,
    ``mười hai``); None for anything else (digits included)."""
    if written and all(ch in _ROMAN_VALUES for ch in written):
        return _roman_value(written)
    words = unicodedata.normalize("NFC", written.lower()).split()
    spoken = _number(words, 0) if words else None
    return spoken[0] if spoken is not None and spoken[1] == len(words) else None


def _roman(number: int) -> str:
    tens, ones = divmod(number, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[ones]


def _numbered(match: re.Match[str]) -> str:
    written = match.group(3)
    if written[0] in _ROMAN_VALUES:
        if (
            written in _VI_THANH_WARDS
            and match.group(1).lower() not in ("quận", "q")
            and _DISTRICT_TYPED.search(match.string) is None
        ):
            # Vị Thanh's wards are named so (``Phường III, TP. Cần Thơ`` is its Phường III, not any
            # Phường 3 of the city): left to the name look-ups, unless a quận is written (the
            # numbered wards of Hồ Chí Minh City's districts).
            return match.group(0)
        value = _roman_value(written)
    else:
        words = unicodedata.normalize("NFC", written.lower()).split()
        if words in (["hai"], ["ba"]) and match.group(1).lower() in ("quận", "q") and _HANOI.search(match.string):
            return match.group(0)  # Hà Nội's Quận Hai Bà Trưng and Quận Ba Đình, cut short
        spoken = _number(words, 0)
        value = spoken[0] if spoken is not None and spoken[1] == len(words) else None
    if value is None:
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}{value}"


def numbers_in_digits(text: str) -> str:
    """A written address with the numbers of its numbered wards and districts in digits, when
    written in words or in Roman numerals (``Phường Chín - quận Mười`` -> ``Phường 9 - quận 10``,
    ``phường XI, Quận V`` -> ``phường 11, Quận 5``; not Vị Thanh's wards, which the register names
    so); else the text as given (the same string)."""
    if _MAY_WRITE_NUMBER.search(text) is None or _WRITTEN_NUMBER.search(text) is None:
        return text
    return _WRITTEN_NUMBER.sub(_numbered, text)
