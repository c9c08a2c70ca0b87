"""Repairs of an address typed without a Vietnamese input method or decoded with the wrong
code page, before it is read.

Three kinds of damage are undone:

* **Mojibake**: UTF-8 bytes decoded as cp1252 or latin-1 (``PhÆ°á»ng Báº¿n ThÃ nh`` is
  ``Phường Bến Thành``), also where only some words are damaged, where a byte that cp1252 does
  not define was dropped or replaced by U+FFFD (the missing byte is the one that makes the word a
  syllable) and where the no-break space of ``à`` became a space (``ThÃ nh``). The repair is kept
  when the sequences decode cleanly to Vietnamese letters and the text ends with more of them
  (less other characters beyond ASCII) than it had. A Windows-1258 file read as cp1252 (its tone
  marks are separate bytes: ``PhýõÌng`` is ``Phường``) is decoded again word by word, where the
  reading is spelled in Vietnamese letters. UTF-8 read as Windows-1258 (``XĂ£ QuĂ¢n Chu``: its
  ``Ă`` for the byte 0xC3, the bytes it does not define as control characters) is put back the
  same way, also by :func:`undo_cp1258_reading`, which the artefact pass calls first.
* **Telex** typed as plain letters (``Phuwowngf Rachj OOng`` is ``Phường Rạch Ông``): ``aa ee oo``
  for ``â ê ô``, ``aw ow uw uow uwow`` for ``ă ơ ư ươ``, ``dd`` for ``đ``, and the tone keys ``s f r
  x j`` (``z`` clears the tone) at the end of the syllable or right after its vowel (``tieesng``).
* **VNI** typed as digits (``Phu7o72ng Be16n Tha2nh`` is ``Phường Bến Thành``): ``1``-``5`` the
  tones, ``6`` ``â ê ô``, ``7`` ``ơ ư``, ``8`` ``ă``, ``9`` ``đ``, after the vowel or at the end of
  the word.

A typed word is converted only where it is no syllable as written and its reading is one: an
initial, a vowel cluster that Vietnamese spells, a final among ``c ch m n ng nh p t`` or the ``k``
of minority names (``Đắk``, ``Đăk``), after ``p t c ch`` no tone but sắc or nặng, ``k gh ngh`` only before
``e ê i y``. ASCII text is Telex only where two words read as Telex (and no English word such as
``and``, ``Street`` or ``District`` is there), or one unambiguously (a changed letter and a tone, a
``w`` or ``dd``, or ``f j r x`` after a final consonant: ``Quaanj``, ``Thanhf``; not ``Hos``, nor
``Dee`` or ``Poo``, which are names); names with an apostrophe (``M'gar``) and a few English words
(``Town``, ``Room``, ``of``) are never read as Telex. Digits are VNI
only in a text where a word of two letters or more has a digit no house number has (``a6``,
``o7``, ``a8``, ``d9``, or a tone digit followed by letters); one letter and digits (``A1``,
``E6``) stays a code.

:func:`repair_typing` costs one regular-expression search on text that shows no sign of any of
these (that text is returned as it is, the same object).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet
from typing import Final

from admin_merge.text.legacy import decode_tcvn3, decode_vni

# Tones, numbered as VNI types them; index 0 is no tone.
_TONE_MARKS: Final = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_MARK_TONE: Final = {mark: tone for tone, mark in enumerate(_TONE_MARKS) if mark}
_TELEX_TONES: Final = {"s": 1, "f": 2, "r": 3, "x": 4, "j": 5}
_SAC, _NANG = 1, 5

_VOWELS: Final = frozenset("aăâeêioôơuưy")
_MODIFIED: Final = frozenset("ăâêôơư")
_INITIAL: Final = re.compile("ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]")  # the longest first
# k ends the syllables of minority names (Đắk, Lắk, Búk) and is a stop like c.
_FINALS: Final = frozenset({"", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t"})
_STOPS: Final = frozenset({"c", "ch", "k", "p", "t"})
_FRONT: Final = frozenset("eêiy")  # k, gh and ngh only before these; c, g and ng never


def _words(text: str) -> frozenset[str]:
    """The words of ``text`` (split at spaces)."""
    return frozenset(text.split())


# Vowel clusters (the glides i y o u after the nucleus included) by whether a final consonant follows.
_OPEN: Final = _words(
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu"
)
_CLOSED: Final = _words("ă â iê yê uô ươ oă uâ uyê")
_BOTH: Final = _words("a e ê i o ô ơ u ư y oa oe uê uy")  # y: quý, quỳnh
_FOLD: Final = str.maketrans("ăâêôơưđ", "aaeooud")
_OPEN_ASCII: Final = frozenset(c.translate(_FOLD) for c in _OPEN | _BOTH)
_CLOSED_ASCII: Final = frozenset(c.translate(_FOLD) for c in _CLOSED | _BOTH) | {"oo"}  # xoong, Mường Toong

# ASCII words of English addresses whose Telex reading would be a syllable (``Town`` is no ``Tơn``).
_ENGLISH: Final = _words(
    "town towns down gown own owns how now low row rows show dawn lawn room rooms door doors"
    " tree trees queen seen teen keen been bar bars car cars tax"
    " max box bus gas lot lots plus nos des dos las los mas res tar star jar apt inc ltd co"
    " of is as or its has was us here keeps"
)
_ROMAN: Final = re.compile(r"[IVXLC]+")
# Words of English text: where one is, a tone key alone (``of``, ``is``, ``as``) is no evidence of Telex.
_ENGLISH_TEXT: Final = re.compile(
    r"\b(?:and|with|which|that|this|from|not|street|ward|district|city|province|floor|room|building|tower"
    r"|road|lane|alley|apartment|village|commune|town|township|hamlet|block)\b",
    re.IGNORECASE,
)

_HAT: Final = {"a": "â", "e": "ê", "o": "ô"}
_HORN: Final = {"o": "ơ", "u": "ư"}


def _vietnamese_letters() -> frozenset[str]:
    """Every letter of Vietnamese that is not ASCII, in both cases (NFC)."""
    out: set[str] = {"đ", "Đ"}
    for base in "aăâeêioôơuưy":
        for mark in _TONE_MARKS:
            for letter in (base, base.upper()):
                out.add(unicodedata.normalize("NFC", letter + mark))
    return frozenset(c for c in out if not c.isascii())


_VIETNAMESE: Final = _vietnamese_letters()


def _byte_table() -> dict[str, int]:
    """The byte behind each character that cp1252 or latin-1 decodes from 0x80-0xFF."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        table[chr(byte)] = byte
        try:
            table[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            continue
    return table


_BYTE: Final = _byte_table()
# The same with the characters Windows-1258 shows where cp1252 shows others (``Ă`` for 0xC3, ``Đ``
# for 0xD0, its tone marks): one character is one byte in either table, so the union reads a text
# decoded with either code page, or with one here and the other there.
_BYTE_1258: Final = {**_BYTE, **{bytes([b]).decode("cp1258", errors="ignore"): b for b in range(0x80, 0x100)}}
_BYTE_1258.pop("", None)
# What Windows-1258 shows for UTF-8's continuation bytes (0x80-0xBF; the bytes it does not define as
# the control characters of the same number), after its ``Ă`` (0xC3, which leads à á â ã è é ê ì í
# ò ó ô õ ù ú ý): a sign of UTF-8 read as Windows-1258 that no Vietnamese text writes.
_CONTINUATION_1258: Final = "".join(
    sorted({c for c, b in _BYTE_1258.items() if 0x80 <= b <= 0xBF} | {chr(b) for b in range(0x80, 0xC0)})
)
_AS_CP1258: Final = re.compile(f"Ă[{re.escape(_CONTINUATION_1258)}]")
# Bytes cp1252 cannot show (a decoder drops them or writes U+FFFD), in the order their letters are
# tried where more than one makes a syllable (ọ ờ ề ỏ Ố after E1 BB; after C3 Ý Á Í), then the
# no-break space.
_LOST: Final = (0x8D, 0x9D, 0x81, 0x8F, 0x90)
_NBSP: Final = 0xA0
_PUNCTUATION: Final = frozenset("–—‘’“”…•\u00a0")
# Characters cp1252 shows for cp1258 bytes that mean something else there.
_CP1258_DIFF: Final = frozenset(
    c for c, b in _BYTE.items() if b >= 0xA0 and bytes([b]).decode("cp1258") != bytes([b]).decode("cp1252")
)
_CP1258_TONE: Final = frozenset("ÌìÒòÞ")  # cp1258's separate tone marks as cp1252 shows them


# What text typed with a TCVN3 (ABC) or VNI Windows font shows once read as cp1252 (legacy files
# pasted into Unicode ones: ``X· §«ng Hßa, HuyÖn Yªn §Þnh``, ``Xaõ Ñoâng Hoøa, Huyeän Yeân
# Ñònh``): characters no Vietnamese text has, and VNI's hat after a vowel.
_FONT_CHARS: Final = "[«§·µ¶¸¹»¼½¾ÖØßÑñøäëïöüåçÏÎË¢£¤¥¦¨©ª®¯°±²³´×÷þ]"
_FONT_SIGNS: Final = re.compile(f"{_FONT_CHARS}|[aeoAEO][âÂ]")
_FONT_WORD: Final = re.compile("[A-Za-z\u00a1-\u00ff]{2,}|[A-Za-z]")


def _signs() -> re.Pattern[str]:
    """The signs of damage, as one search that costs about one character test per character of
    clean text: every alternative starts with a character of its own (the search skips to those)
    and looks back from it. Characters that clean text is full of are no anchor: a digit 6-9 up to
    three letters after an ASCII vowel is (VNI's â ê ô ơ ư ă đ), a tone digit 1-5 only inside a
    word (after a vowel, before a letter: at a word's end it may be a house's number); the Telex
    keys ``f j`` after a vowel or final consonant, ``w`` after a vowel, ``aa ee oo dd`` are, the
    keys ``s r x`` are not (a Telex address nearly always has a huyền, nặng, â, ê, ô, ư or ơ too);
    the UTF-8 lead bytes of Vietnamese as cp1252 shows them; cp1258's Đ đ, ươ, tilde, and its tone
    marks after a vowel (``Ì Ò ì ò``, which Vietnamese puts after a consonant or ``qu``)."""
    vowels = "aeiouyAEIOUY"
    alternatives: list[str] = []
    for digit in "6789":
        behind = "|".join(f"(?<=[{vowels}][A-Za-z]{{{k}}}{digit})" for k in range(4))
        if digit == "9":
            behind += "|(?<=[dD]9)"
        alternatives.append(f"{digit}(?<=[A-Za-z]{digit})(?:{behind})")
    for digit in "12345":
        # A tone digit inside a word, a letter after it (``Thoa5i``, ``Ha2nh``): no house number
        # or code is written so.
        alternatives.append(f"{digit}(?<=[A-Za-z][{vowels}]{digit})(?=[A-Za-z])")
    for key in "fjFJ":
        alternatives.append(
            f"{key}(?<=[{vowels}cmnptghCMNPTGH]{key})"
            f"(?:\\b|(?<=[{vowels}]{key})(?:[nN][gGhH]|[cC][hH]|[cmnptCMNPT])\\b)"
        )
    # The English words of addresses with these letters (Street, Floor, Room, Tower, Town) are no sign.
    english = {"e": "(?<!Stree)(?<!stree)", "o": "(?<!Floo)(?<!floo)(?<!Roo)(?<!roo)", "w": "(?<!Tow)(?<!tow)"}
    alternatives += ["d(?<=[dD]d)", f"w(?<=[aouAOU]w){english['w']}", "W(?<=[aouAOU]W)"]
    alternatives += [f"{c}(?<=[{c.lower()}{c.upper()}]{c}){english.get(c, '')}" for c in "aeoAEO"]
    # A tone key after the ``y`` of ``my ly ky sy ty hy vy quy`` ending the word (``Myx``, ``Lys``,
    # ``Quys``): no syllable ends so.
    for key in "sfrxjSFRXJ":
        alternatives.append(f"{key}(?<=[mlkstvhMLKSTVH][yY]{key})(?!\\w)")
        alternatives.append(f"{key}(?<=[qQ][uU][yY]{key})(?!\\w)")
    alternatives += [f"Ă(?=[{re.escape(_CONTINUATION_1258)}])"]
    alternatives += ["Ã", "Ä", "Å", "Æ", "Ð", "ð", "Þ", "º(?<=áº)", "»(?<=á»)", "õ(?<=ýõ)"]
    alternatives += [f"{mark}(?<=[{vowels}âêôÂÊÔãõýÕÝ]{mark})(?<![qQ]u{mark})" for mark in "ÌÒìò"]
    # TCVN3 or VNI fonts (``_FONT_SIGNS``; not ``â``: too common to anchor on), one alternative per
    # character: the search skips to the first characters of the alternatives only when each starts
    # with one literal character (one character class among them, and it tries every alternative
    # at every position).
    alternatives += [re.escape(c) for c in _FONT_CHARS[1:-1]]
    return re.compile("|".join(alternatives))


# Syllables ending in ``y`` after one consonant (or ``qu``): with a tone key after them, Telex.
_Y_SYLLABLES: Final = frozenset({"my", "ly", "ky", "sy", "ty", "hy", "vy", "quy"})
_SIGNS: Final = _signs()
_MOJIBAKE: Final = re.compile(r"[ÃÄÅÆ]|á[º»]|â€|Ì[\x80-\xbf€ƒ‰]")
_CP1258: Final = re.compile(r"[ÐðÞ]|ýõ|[aeiouyAEIOUYâêôÂÊÔãõýÕÝ][ÌìÒòÞ]")
_ASCII_WORD: Final = re.compile(r"(?<![\w'’])[A-Za-z]+(?![\w'’])")
_VNI_WORD: Final = re.compile(r"(?<![\w'’])[A-Za-z][A-Za-z0-9]*[0-9][A-Za-z0-9]*(?![\w'’])")
_LETTERS: Final = re.compile(r"[^\W\d_]+")
_ONLY_MOJIBAKE: Final = re.compile("[ÆÄ]|á[º»]")
_DECODED: Final = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def repair_typing(text: str, names: AbstractSet[str] = frozenset()) -> str:
    """The address with mojibake, Telex and VNI typing undone, in NFC; ``text`` itself when it
    shows no sign of any. ``names``: words (folded) that are names as they are, never Telex
    (``Tor`` of Ia Tôr, ``Kar`` of Ea Kar: minority names end in letters Telex types tones with).

    >>> repair_typing("Phuwowngf Rachj OOng, Quaanj 8")
    'Phường Rạch Ông, Quận 8'
    >>> repair_typing("Qua65n 1, Tha2nh pho61 Ho62 Chi1 Minh")
    'Quận 1, Thành phố Hồ Chí Minh'
    >>> repair_typing("PhÆ°á»ng Báº¿n ThÃ nh")
    'Phường Bến Thành'
    >>> repair_typing("Th«n 3, X· §«ng Hßa, HuyÖn Yªn §Þnh")
    'Thôn 3, Xã Đông Hòa, Huyện Yên Định'
    >>> repair_typing("Xaõ Ñoâng Hoøa, Huyeän Yeân Ñònh")
    'Xã Đông Hòa, Huyện Yên Định'
    """
    if _SIGNS.search(text) is None:
        return text
    repaired = text
    # Letters that no byte of cp1252 or latin-1 reads as, and none of the pairs that only mojibake
    # writes: the text was decoded right (``XÃ\u00a0BÀU\u00a0CẠN``, capitals with no-break spaces).
    decoded = _DECODED.search(text) is not None and _ONLY_MOJIBAKE.search(text) is None
    if "Ă" in text and _AS_CP1258.search(text) is not None:
        repaired, decoded = _undo_utf8(text, _BYTE_1258), False  # UTF-8 read as Windows-1258
    # A legacy font's text first (its ``Ò`` is no cp1258 tone mark), unless UTF-8 mojibake is there.
    font = _FONT_SIGNS.search(repaired) is not None and _MOJIBAKE.search(repaired) is None
    if font:
        repaired = _undo_legacy_font(repaired)
    if not decoded and _MOJIBAKE.search(repaired) is not None:
        repaired = _undo_utf8(repaired)
    if not decoded and _CP1258.search(repaired) is not None:
        repaired = _undo_cp1258(repaired)
    if not font and _FONT_SIGNS.search(repaired) is not None:
        repaired = _undo_legacy_font(repaired)
    repaired = _undo_vni(repaired)
    repaired = _undo_telex(repaired, names)
    if repaired == text:
        return text
    return unicodedata.normalize("NFC", repaired)


# Syllables.


def typed_residue(word: str) -> str:
    """What one word typed in Telex or VNI and left unconverted spells (``thij``: ``thị``,
    ``thi5``: ``thị``), or ``word`` itself when it reads as neither."""
    telex = _telex(word)[0]
    return telex or _vni(word)[0] or word


def _tone_position(base: str, tone: int, plain: bool) -> int:
    """Where the tone mark goes in the syllable ``base`` (lower case, no tone; ``plain``: ASCII
    with no mark at all), or -1 when ``base`` is no Vietnamese syllable or cannot take ``tone``."""
    match = _INITIAL.match(base)
    initial = match.group() if match is not None else ""
    rest = base[len(initial) :]
    if initial == "gi" and (not rest or rest[0] not in _VOWELS):
        initial, rest = "g", base[1:]  # gì, gìn: the i is the vowel
    end = 0
    while end < len(rest) and rest[end] in _VOWELS:
        end += 1
    vowels, final = rest[:end], rest[end:]
    if not vowels or final not in _FINALS:
        return -1
    if plain:
        clusters = _CLOSED_ASCII if final else _OPEN_ASCII
        if vowels not in clusters or (vowels == "oo" and (not initial or final not in ("ng", "c"))):
            return -1
    elif vowels not in _BOTH and vowels not in (_CLOSED if final else _OPEN):
        return -1
    if final in ("ch", "nh") and vowels[-1] not in "aêeiy":
        return -1
    if vowels == "y" and final and initial != "qu":
        return -1  # quỳnh; huỳnh is h + uy
    if final in _STOPS and tone not in ((0, _SAC, _NANG) if plain or final == "k" else (_SAC, _NANG)):
        return -1  # unaccented text has no tone to check; minority names have Đăk, Đak
    first = vowels[0]
    if initial in ("k", "gh", "ngh") and first not in _FRONT:
        return -1
    if initial in ("c", "ng") and first in _FRONT:
        return -1
    if initial == "g" and first in "eê":
        return -1
    if initial == "qu" and first in "uư":
        return -1
    start = len(initial)
    modified = [i for i, c in enumerate(vowels) if c in _MODIFIED]
    if modified:
        return start + modified[-1]
    if final or len(vowels) == 1:
        return start + len(vowels) - 1
    if len(vowels) == 3:
        return start + 1
    return start  # hòa, thủy, mùa, hài: the first of two (the registers' placement)


def _written_ok(word: str) -> bool:
    """Whether ``word`` (any case, marks as written) is a Vietnamese syllable with its tone mark
    where Vietnamese puts it (either placement for ``oa oe uy``)."""
    tone, at = _split_tone(word)
    if tone < 0:
        return False
    base = unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c not in _MARK_TONE)
    )
    position = _tone_position(base, tone, base.isascii())
    if position < 0 or not tone:
        return position >= 0
    return at == position or (at == position + 1 == len(base) - 1 and base[position:] in ("oa", "oe", "uy"))


def _split_tone(word: str) -> tuple[int, int]:
    """The tone of ``word`` and the index of the letter that carries it; (-1, -1) when a letter is
    not Vietnamese or the word has two tones."""
    if not all(c.isascii() or c in _VIETNAMESE for c in word):
        return -1, -1  # a mark where Vietnamese puts none (a dot below an h)
    tone, at, index = 0, -1, -1
    for c in unicodedata.normalize("NFD", word):
        mark = _MARK_TONE.get(c, 0)
        if mark:
            if tone:
                return -1, -1
            tone, at = mark, index
        elif not unicodedata.combining(c):
            index += 1
    return tone, at


def _letters_ok(word: str) -> bool:
    """Whether ``word`` is spelled with Vietnamese letters and at most one tone (``Đắk``, ``Krông``)."""
    return _split_tone(word)[0] >= 0


def _compose(letters: list[str], upper: list[bool], tone: int) -> str:
    """The word spelled by ``letters`` (lower case, no tone) with ``tone``; empty when it is no
    syllable. ``upper`` says which letters are capitals."""
    base = "".join(letters)
    position = _tone_position(base, tone, False)
    if position < 0:
        return ""
    out: list[str] = []
    for i, letter in enumerate(letters):
        c = letter.upper() if upper[i] else letter
        out.append(c + _TONE_MARKS[tone] if i == position else c)
    return unicodedata.normalize("NFC", "".join(out))


def _last_cluster(letters: list[str]) -> tuple[int, int]:
    """The start and end of the last run of vowels in ``letters`` ((0, 0) when there is none)."""
    end = len(letters)
    while end > 0 and letters[end - 1] not in _VOWELS:
        end -= 1
    start = end
    while start > 0 and letters[start - 1] in _VOWELS:
        start -= 1
    return start, end


def _horn(letters: list[str], breve: bool) -> bool:
    """Put the horn on the last vowel cluster (``uo`` -> ``ươ``, else the last ``u o``), or with
    ``breve`` the breve on its ``a`` where that comes first from the end. False when there is none."""
    start, end = _last_cluster(letters)
    for i in range(end - 1, start - 1, -1):
        c = letters[i]
        if c == "o" and i > start and letters[i - 1] in "uư":
            letters[i - 1], letters[i] = "ư", "ơ"
            return True
        if c in _HORN:
            letters[i] = _HORN[c]
            return True
        if c == "a" and breve:
            letters[i] = "ă"
            return True
    # ``Muong772``: a horn typed for each vowel of ``ươ``, the first put on both.
    return not breve and any(c in "ươ" for c in letters[start:end])


# Telex.


def _telex(word: str) -> tuple[str, bool]:
    """The Telex reading of the ASCII ``word`` and whether that reading is unambiguous (enough on
    its own to call the text Telex); ``("", False)`` when the word has no Telex key or its reading
    is no syllable."""
    letters: list[str] = []
    upper: list[bool] = []
    tone = 0
    keyed = reshaped = has_vowel = False
    i, n = 0, len(word)
    while i < n:
        raw = word[i]
        c = raw.lower()
        previous = letters[-1] if letters else ""
        if c == "d" and not letters and i + 1 < n and word[i + 1] in "dD":
            letters.append("đ")
            upper.append(raw.isupper())
            i += 2
            reshaped = True
            continue
        if c in _HAT and previous == c:
            letters[-1] = _HAT[c]
            reshaped = True
        elif c == "w":
            if not _horn(letters, True):
                return "", False
            reshaped = True
        elif c in _TELEX_TONES and has_vowel:
            if tone:
                return "", False
            tone = _TELEX_TONES[c]
            keyed = True
        elif c == "z" and has_vowel:
            keyed = True
        else:
            letters.append(c)
            upper.append(raw.isupper())
            has_vowel = has_vowel or c in _VOWELS
        i += 1
    if not (keyed or reshaped):
        return "", False
    lower = word.lower()
    # A letter changed and a tone typed, a w or dd (no Vietnamese or ASCII name has them), or a tone
    # key other than s after a final consonant (``Thanhf``, ``Quanj``: no English word ends so).
    # ``Dee``, ``Poo`` and ``Hos`` alone are names (La Dêê, Tà Pơơ) or words.
    unambiguous = (
        (keyed and reshaped)
        or "w" in lower
        or lower.startswith("dd")
        or (len(lower) > 1 and lower[-1] in "fjrx" and lower[-2] in "cghmnpt")
        or (lower[-1:] in "sfrxj" and lower[:-1] in _Y_SYLLABLES)  # ``Myx``: Mỹ, ``Lys``: Lý
    )
    return _compose(letters, upper, tone), unambiguous


def _undo_telex(text: str, names: AbstractSet[str] = frozenset()) -> str:
    """Convert the ASCII words of ``text`` that read as Telex, when two do (and no English word says
    the text is English) or one does unambiguously. A word spelled with ``oo`` as minority names
    are (``Ngoong``, ``Toong``) is converted only when other words are (``DDinhj Coong`` is ``Định
    Công``), and is no evidence itself."""
    found: list[tuple[int, int, str]] = []
    doubled: list[tuple[int, int, str]] = []
    strong = False
    for match in _ASCII_WORD.finditer(text):
        word = match.group()
        lower = word.lower()
        if len(word) < 2 or lower in _ENGLISH or lower in names or _ROMAN.fullmatch(word):
            continue
        soft = _tone_position(lower, 0, True) >= 0
        if soft and "oo" not in lower:
            continue  # a syllable as written
        reading, unambiguous = _telex(word)
        if reading:
            (doubled if soft else found).append((match.start(), match.end(), reading))
            strong = strong or (unambiguous and not soft)
    if not found or ((len(found) < 2 or _ENGLISH_TEXT.search(text) is not None) and not strong):
        return text
    return _splice(text, sorted(found + doubled))


def _splice(text: str, parts: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, replacement) of ``parts`` (in order) put in."""
    out: list[str] = []
    at = 0
    for start, end, replacement in parts:
        out.append(text[at:start])
        out.append(replacement)
        at = end
    out.append(text[at:])
    return "".join(out)


# VNI.


def _vni(word: str) -> tuple[str, bool]:
    """The VNI reading of ``word`` (ASCII letters and digits, a letter first) and whether it has a
    digit no code has (6-9, or a tone digit followed by a letter); ``("", False)`` when it has no
    reading that is a syllable."""
    letters: list[str] = []
    upper: list[bool] = []
    tone = 0
    vni_only = False
    for i, raw in enumerate(word):
        if not raw.isdigit():
            letters.append(raw.lower())
            upper.append(raw.isupper())
            continue
        digit = int(raw)
        if 1 <= digit <= 5:
            if tone or not any(x in _VOWELS for x in letters):
                return "", False
            tone = digit
            vni_only = vni_only or (i + 1 < len(word) and word[i + 1].isalpha())
            continue
        vni_only = True
        if digit == 6:
            start, end = _last_cluster(letters)
            hats = [j for j in range(start, end) if letters[j] in _HAT]
            if not hats:
                return "", False
            letters[hats[-1]] = _HAT[letters[hats[-1]]]
        elif digit == 7:
            if not _horn(letters, False):
                return "", False
        elif digit == 8:
            start, end = _last_cluster(letters)
            breves = [j for j in range(start, end) if letters[j] == "a"]
            if not breves:
                return "", False
            letters[breves[-1]] = "ă"
        elif digit == 9:
            if letters[:1] != ["d"]:
                return "", False
            letters[0] = "đ"
        else:
            return "", False
    if letters == ["đ"] and not tone:
        return ("Đ" if upper[0] else "đ"), True  # Đ. for Đường
    return _compose(letters, upper, tone), vni_only


def _undo_vni(text: str) -> str:
    """Convert the words of ``text`` typed in VNI, when one has a digit that only VNI types."""
    found: list[tuple[int, int, str]] = []
    vni_only = False
    for match in _VNI_WORD.finditer(text):
        word = match.group()
        reading, only = _vni(word)
        if not reading:
            continue
        if len(word.rstrip("0123456789")) == 1 and reading not in ("đ", "Đ"):
            continue  # a letter and digits is a code (A1, E6, U7), never a word; D9 is Đ (Đ. for Đường)
        vni_only = vni_only or (only and len(reading) > 1)
        found.append((match.start(), match.end(), reading))
    if not vni_only:
        return text
    return _splice(text, found)


# Mojibake.


def _score(text: str) -> int:
    """Vietnamese letters less other characters beyond ASCII."""
    score = 0
    for c in text:
        if c in _VIETNAMESE:
            score += 1
        elif not c.isascii():
            score -= 1
    return score


def undo_cp1258_reading(text: str) -> str:
    """``text`` with the UTF-8 sequences that Windows-1258 decoded put back together (``XĂ£ TĂ\u00a0
    Nung``: ``Xã Tà Nung``), in NFC, where it shows them (an ``Ă`` before a character that only
    stands for a continuation byte); ``text`` itself otherwise. Parts decoded as cp1252 are put
    back too; the no-break space of ``à`` (0xC3 0xA0) may have become a space.

    >>> undo_cp1258_reading("xĂ£ QuĂ¢n Chu, tá»\u2030nh ThĂ¡i NguyĂªn")
    'xã Quân Chu, tỉnh Thái Nguyên'
    """
    if "Ă" not in text or _AS_CP1258.search(text) is None:
        return text
    repaired = _undo_utf8(text, _BYTE_1258)
    return text if repaired == text else unicodedata.normalize("NFC", repaired)


def _undo_utf8(text: str, table: dict[str, int] = _BYTE) -> str:
    """``text`` with the UTF-8 sequences that cp1252 or latin-1 (or with ``table``, another code
    page) decoded put back together."""
    out: list[str] = []
    pending: list[tuple[int, list[str], str]] = []  # (index in out, readings, damaged text)
    i, n = 0, len(text)
    while i < n:
        lead = table.get(text[i], 0)
        need = 1 if 0xC2 <= lead <= 0xDF else 2 if 0xE0 <= lead <= 0xEF else 0
        if not need:
            out.append(text[i])
            i += 1
            continue
        raw = bytearray([lead])
        j = i + 1
        while j < n and len(raw) <= need and 0x80 <= table.get(text[j], 0) <= 0xBF:
            raw.append(table[text[j]])
            j += 1
        if len(raw) == need + 1:
            decoded = _decode(bytes(raw))
            if decoded:
                out.append(" " if decoded == "\u00a0" else decoded)
                i = j
                continue
        elif len(raw) == need:
            j += 1 if j < n and text[j] in " \ufffd" else 0
            readings = _lost_byte(bytes(raw), text[j - 1] if j > i + need else "", bool(out) and out[-1].isalpha())
            if readings:
                pending.append((len(out), readings, text[i:j]))
                out.append("\x00")
                i = j
                continue
        out.append(text[i])
        i += 1
    for index, readings, damaged in pending:
        out[index] = _choose(out, index, readings, damaged)
    repaired = unicodedata.normalize("NFC", "".join(out))
    return repaired if _score(repaired) > _score(text) else text


def _decode(raw: bytes) -> str:
    """The Vietnamese letter, tone mark or punctuation that ``raw`` is in UTF-8, else empty."""
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    if decoded in _VIETNAMESE or decoded in _PUNCTUATION or decoded in _MARK_TONE or decoded in "\u0302\u0306\u031b":
        return decoded
    return ""


def _lost_byte(raw: bytes, taken: str, mid_word: bool) -> list[str]:
    """Readings of a UTF-8 sequence whose last byte is missing: dropped or replaced by U+FFFD
    (``taken`` is that character), or a no-break space that became a space (``taken`` is the
    space). A reading that keeps a space ends with it."""
    decoded = [_decode(raw + bytes([b])) for b in _LOST]
    lost = [d for d in decoded if d]
    if raw == b"\xc3":
        lost.sort(key="ÝÁÍ".find)  # Ý Yên; Ánh (Ýnh is no syllable)
    nbsp = _decode(raw + bytes([_NBSP]))
    if taken == " ":
        return ([nbsp] if nbsp else []) + [d + " " for d in lost] + ([nbsp + " "] if nbsp else [])
    if taken == "\ufffd":
        return lost
    readings = lost + ([nbsp] if nbsp else [])
    if mid_word:  # a capital inside a word is the less likely reading
        readings.sort(key=str.isupper)
    return readings


def _choose(out: list[str], index: int, readings: list[str], damaged: str) -> str:
    """The first reading that makes the word around ``out[index]`` a syllable, else the only reading,
    else ``damaged``."""
    left = index
    while left > 0 and out[left - 1].isalpha():
        left -= 1
    right = index + 1
    while right < len(out) and out[right].isalpha():
        right += 1
    before, after = "".join(out[left:index]), "".join(out[index + 1 : right])
    for reading in readings:
        word = before + reading + after if not reading.endswith(" ") else before + reading[:-1]
        if _written_ok(unicodedata.normalize("NFC", word)):
            return reading
    if len(readings) == 1:
        return readings[0]  # Ä and a lost byte can only be Đ (Đ. for Đường)
    return damaged


def _undo_legacy_font(text: str) -> str:
    """``text`` typed with a TCVN3 (ABC) or VNI Windows font and read as cp1252, decoded again
    with whichever of the two reads more of its words as syllables, when one of those words has a
    character of ``_FONT_SIGNS``: every word whose reading is a syllable (``Sè`` is Số in TCVN3,
    ``Soá`` in VNI)."""
    best, most = text, 0
    for decode in (decode_tcvn3, decode_vni):
        found: list[tuple[int, int, str]] = []
        signed = syllables = 0
        for match in _FONT_WORD.finditer(text):
            word = match.group()
            if word.isascii():
                continue
            reading = unicodedata.normalize("NFC", decode(bytes([_BYTE.get(c, ord(c) & 0xFF) for c in word])))
            if reading != word and _letters_ok(reading):
                found.append((match.start(), match.end(), reading))
                signed += _FONT_SIGNS.search(word) is not None
                syllables += _written_ok(reading)
        if signed and syllables > most:
            best, most = _splice(text, found), syllables
    return best


def _undo_cp1258(text: str) -> str:
    """``text`` with its words written in cp1258 and read as cp1252 decoded again, where the reading
    is a syllable: every such word when one has a tone-mark byte (the file is cp1258), else only
    the words with ``Ð ð`` (đ) that are no syllable as written."""
    found: list[tuple[int, int, str]] = []
    marked = False
    for match in _LETTERS.finditer(text):
        word = match.group()
        if not any(c in _CP1258_DIFF for c in word) or not all(c in _BYTE or c.isascii() for c in word):
            continue
        reading = unicodedata.normalize("NFC", bytes([_BYTE.get(c, ord(c)) for c in word]).decode("cp1258"))
        if reading != word and _letters_ok(reading):
            found.append((match.start(), match.end(), reading))
            marked = marked or (any(c in _CP1258_TONE for c in word) and not _written_ok(word))
    if not marked:
        found = [
            (start, end, reading)
            for start, end, reading in found
            if any(c in "Ðð" for c in text[start:end]) and not _written_ok(text[start:end])
        ]
    return _splice(text, found)
