"""Artefacts that systems leave in an address before anyone reads it (web pages, spreadsheets,
map exports, input methods): undone before the address is read.

``clean_artefacts`` is called once per distinct address by the address reader, first of all. An
address shows none of these artefacts nearly always: it is returned as it is (the same object)
after one regular-expression search. What is undone, in this order:

* **Other scripts and code pages**, in any text that is not ASCII, before its no-break spaces
  become spaces: UTF-8 read as Windows-1258 (``XĂ£ TĂ\xa0 Nung``: ``keyboard.undo_cp1258_reading``),
  then Cyrillic and Greek look-alikes of Latin letters and ``Ð ð`` for ``Đ đ`` (``хã Bảо Lâm``:
  ``lookalikes.undo_lookalikes``). Each costs a cheap test on text without them.

* **HTML**: character references, decimal, hexadecimal or named (``Huy&#7879;n``,
  ``Huy&#x1EC7;n``, ``Xã&nbsp;Hải&nbsp;Tiến``, ``&amp;``) are decoded; a tag between the lines of
  a block (``<br>``, ``<br />``, ``<p>``, ``</div>``) separates parts, as a comma; other tags
  (``<b>``, ``<span>``) are dropped. Left in, the references are letters of no name and a near
  name match reads ``X&#227; Ba Tr&#7841;i`` as some ward whose name shares the ASCII left.
* **Spaces**: the no-break spaces (``\\xa0``, narrow and figure) and the ideographic space are
  spaces; the zero-width marks (zero-width space, joiners, word joiner, byte order mark) are
  nothing: they start the cells of a web page's table and they fall inside words
  (``Độc Lậ\\u200bp``), where a space would cut the name.
* **Full width**: the full-width forms of ASCII that Chinese and Japanese input methods type
  (``Ｐ．５，Ｑ．３``, ``１２``) are ASCII; Vietnamese letters are kept as they are.
* **Spreadsheets**: the leading apostrophe that keeps a cell as text (``'121 Lê Lợi``); CSV quotes
  left around the address, with their doubled quotes inside (``"Thôn 2 ""cổng sau"", Xã ..."``);
  an empty cell exported as ``NULL``, ``#N/A``, ``#VALUE!``, ``#REF!``, ``nan``, ``None``,
  ``N/A`` or ``-``, alone between separators, dropped with its separator; a number cell exported
  as a float (``121.0 Nguyễn Trãi``, ``Phường 1.0``: ``121``, ``Phường 1``, which ``1.0`` would
  not be read as), where ``.0`` ends the number (not ``1.05``, ``1.0.3``, ``01.02.2020``) and it
  follows no kilometre mark (``Km 1.0`` is a distance).
* **Maps**: coordinates pasted beside the address (``9.527771,102.221186``, ``(15.9011,
  109.1265)``, ``@16.8874981,105.2070828``) and Open Location Codes (plus codes: ``3CMV+68``,
  ``7P8QHV2C+2C``) are dropped with a separator next to them; a country after them is then at the
  end, where the reader drops it.
* **VIQR** (Vietnamese typed as ASCII, marks after the vowel: ``Xa~ Ta^n Phu'``,
  ``Phu+o+`ng``, ``DDo^`ng``, ``D-a`` ``, ``Ba('c``, ``ti?nh``) is decoded, in NFC, when the text
  is clearly VIQR: at least one sign that ordinary text does not write (``^`` after a e o, ``+``
  after o u, ``(`` after a before a final consonant, ``~`` `` ` `` ``?`` after a vowel) and
  another sign of any kind (also ``'`` after a vowel, ``dd`` or ``d-`` before a vowel at the start
  of a word). A dot after a vowel is the nặng tone (``Huye^.n``, ``Phu' Tho.``), not before a
  digit; type abbreviations end in a consonant (``X.``, ``H.``, ``TP.``), so their dot is left as
  a separator. Apostrophes of minority names follow a consonant (``Ea H'Leo``, ``Cư M'gar``) and
  are never tones. A text whose ``?`` stand for letters a code page lost (after a consonant:
  ``ph??ng``, ``t?nh``) is no VIQR: its type words are spelled again (``lost_letters``) and its
  ``?`` are not read as tones. Telex and VNI are the keyboard module's (``keyboard.repair_typing``), which
  the reader calls next.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Final

from admin_merge.text.keyboard import undo_cp1258_reading
from admin_merge.text.lookalikes import undo_lookalikes
from admin_merge.text.lost_letters import lost_letters_seen, restore_type_words

# What an artefact writes: a character that ordinary addresses do not hold (a reference's ``&``, a
# tag's ``<``, quotes, a plus code's ``+``, VIQR's marks, odd spaces, full-width forms), a dot
# before ``0`` or three digits (``12.0``, coordinates) or an empty cell after a separator. One
# class of first characters, so that the search skips to the few places where a sign may start.
_MARKS: Final = "&<\"'#@+^~`?(\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u3000\uff01-\uff5e"
_EMPTY: Final = r"(?:NULL|null|Null|#N/A|#VALUE!|#REF!|#NAME\?|#DIV/0!|nan|NaN|None|N/A|n/a|-)"
_ANY: Final = re.compile(
    rf"[{_MARKS}.,;|](?:(?<=[{_MARKS}])|(?<=\.)(?:0(?!\d)|\d{{3}})|(?<=[,;|])\s*{_EMPTY}\s*(?:[,;|]|$))"
)
# An empty cell at the start (``nan, 24 Lê Lợi``), looked for when the text starts like one.
_EMPTY_FIRST: Final = frozenset("Nn#-")
_EMPTY_START: Final = re.compile(rf"\s*{_EMPTY}\s*[,;|]")

# Tags: those of blocks separate parts of the address (with a comma written beside them); others
# (bold, span) are dropped.
_BLOCK_TAG: Final = re.compile(
    r"(?:\s*,)?\s*<\s*/?\s*(?:br|p|div|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|hr|address|section)\b[^<>]*>"
    r"(?:\s*,)?\s*",
    re.IGNORECASE,
)
_OTHER_TAG: Final = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9]*\b[^<>]*>")
_SEPARATORS: Final = re.compile(r"(?:\s*,\s*){2,}")

# No-break, figure, narrow and ideographic spaces; zero-width marks; full-width ASCII.
_SPACES: Final = {0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x3000: " "}
_INVISIBLE: Final = {0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None}
_FULL_WIDTH: Final = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE: Final = {**_SPACES, **_INVISIBLE, **_FULL_WIDTH}
_ODD_SPACE: Final = re.compile("[\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u3000\uff01-\uff5e]")

# An empty cell after a separator, alone up to the next one or the end: dropped with that separator
# (the one at the start, with the separator after it: ``_EMPTY_START``).
_EMPTY_CELL: Final = re.compile(rf"[,;|]\s*{_EMPTY}\s*(?=[,;|]|$)")

# A whole number exported as a float: ``.0`` after the digits, then no digit and no further
# ``.digit`` (a date, a version); not after a dot or comma (``1.2.0``) nor a kilometre mark
# (``Km 1.0`` is a distance). Written from its digits, so that the search skips to them.
_FLOAT: Final = re.compile(r"(\d\d*)\.0(?!\d|\.\d)")  # not \d+: a first \d lets the search skip
_KM: Final[tuple[str, ...]] = ("Km", "km", "KM", "Km ", "km ", "KM ")

# Coordinates (latitude, longitude: both with three decimals or more, Vietnam's have no sign),
# with Google's zoom; the parentheses or at sign around them are taken by ``_without_point``.
_NUMBER: Final = r"\d\d?\d?\.\d{3,}"  # not \d{1,3}: a first \d lets the search skip to digits
_POINT: Final = re.compile(rf"{_NUMBER}\s*,\s*{_NUMBER}(?![\d.])(?:,\d+(?:\.\d+)?z)?")
_COORDINATE_SIGN: Final = re.compile(r"\.\d{3}")  # from the dot, which the search skips to
_SEPARATOR_MARKS: Final = ",;-–"

# Open Location Codes: 4, 6 or 8 code digits, ``+``, 2 or 3 more, a letter among them (a number
# such as ``2345+67`` is a kilometre mark, not a code). Found from the ``+`` and read backwards.
_PLUS_DIGITS: Final = frozenset("23456789CFGHJMPQRVWX")
_PLUS_TAIL: Final = re.compile(r"\+[23456789CFGHJMPQRVWX]{2,3}(?![\w+])\s*,?\s*")

# VIQR. Vowels with their shape marks (hat, breve, horn) and the five tones.
_VOWELS: Final = "aeiouyAEIOUY"
_SHAPES: Final = {"^": "\u0302", "(": "\u0306", "+": "\u031b"}
_SHAPED: Final = {"a^", "e^", "o^", "a(", "o+", "u+"}
_TONES: Final = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}


def _viqr_table() -> dict[str, str]:
    """Every VIQR letter (a vowel, its shape mark, its tone) to its Vietnamese letter in NFC."""
    table: dict[str, str] = {}
    for vowel in _VOWELS:
        shapes = [""] + [s for s in _SHAPES if vowel.lower() + s in _SHAPED]
        for shape in shapes:
            for tone in ["", *_TONES]:
                if shape or tone:
                    marks = _SHAPES.get(shape, "") + _TONES.get(tone, "")
                    table[vowel + shape + tone] = unicodedata.normalize("NFC", vowel + marks)
    for dd, letter in (("DD", "Đ"), ("Dd", "Đ"), ("dd", "đ"), ("D-", "Đ"), ("d-", "đ")):
        table[dd] = letter
    return table


_VIQR: Final = _viqr_table()
# A breve is written only before a final consonant (``Ba('c``, ``Va(n``): ``a(`` before anything
# else is a letter and a parenthesis. A dot before a digit is no tone (``A.12``).
_BEFORE_FINAL: Final = r"(?=[`'?~.]?(?:ng|[chkmnpt])(?![^\W\d_]))"
_BREVE: Final = rf"[aA]\({_BEFORE_FINAL}"
_TONE: Final = r"(?:[`'?~]|\.(?!\d))"
_VIQR_LETTER: Final = re.compile(
    rf"(?:{_BREVE}|[aeoAEO]\^|[ouOU]\+){_TONE}?|[{_VOWELS}]{_TONE}"
    r"|(?<![^\W\d_])(?:DD|Dd|dd|D-|d-)(?=[^\W\d_])"
)
# Signs that ordinary text does not write: a shape mark, or ``~ ` ?`` right after a vowel.
_VIQR_STRONG: Final = re.compile(
    rf"[\^(+~`?](?:(?<=[aeoAEO]\^)|(?<=[aA]\(){_BEFORE_FINAL}|(?<=[ouOU]\+)"
    rf"|(?<=[{_VOWELS}][~`?])|(?<=[{_VOWELS}][\^(+][~`?]))"
)


def _viqr_letter(match: re.Match[str]) -> str:
    return _VIQR[match.group(0)]


def _undo_viqr(text: str) -> str:
    """The text decoded from VIQR when it clearly is VIQR, else the text itself."""
    if _VIQR_STRONG.search(text) is None:
        return text
    found = _VIQR_LETTER.findall(text)
    if len(found) < 2:
        return text
    return unicodedata.normalize("NFC", _VIQR_LETTER.sub(_viqr_letter, text))


def _float(match: re.Match[str]) -> str:
    """The number without its ``.0``, unless it continues a number or follows a kilometre mark."""
    text, start = match.string, match.start()
    if start and (text[start - 1] in "0123456789.," or text[max(0, start - 3) : start].endswith(_KM)):
        return match.group(0)
    return match.group(1)


def _without_points(text: str) -> str:
    """The text without coordinates, their parentheses or at sign, and the separator beside them:
    at an end of the text the one toward the address, inside it one of the two."""
    found = _POINT.search(text)
    while found is not None:
        start, end = found.start(), found.end()
        if start and (text[start - 1].isalnum() or text[start - 1] == "."):
            found = _POINT.search(text, end)
            continue
        before, after = text[:start].rstrip(), text[end:].lstrip()
        if before[-1:] in ("@", "("):
            before = before[:-1].rstrip()
        if after[:1] == ")":
            after = after[1:].lstrip()
        if not before.strip(_SEPARATOR_MARKS + " "):
            text = after.lstrip(_SEPARATOR_MARKS + " ")
        elif not after.strip(_SEPARATOR_MARKS + " "):
            text = before.rstrip(_SEPARATOR_MARKS + " ")
        else:
            if before[-1] in _SEPARATOR_MARKS and after[0] in _SEPARATOR_MARKS:
                after = after[1:].lstrip()
            text = f"{before} {after}"
        found = _POINT.search(text, len(before))
    return text


def _without_plus_codes(text: str) -> str:
    """The text without Open Location Codes and the space or comma after them."""
    plus = text.find("+")
    while plus != -1:
        tail = _PLUS_TAIL.match(text, plus)
        if tail is not None:
            head = plus
            while head > 0 and text[head - 1] in _PLUS_DIGITS:
                head -= 1
            code = text[head : tail.end()]
            if (
                plus - head in (4, 6, 8)
                and (head == 0 or not (text[head - 1].isalnum() or text[head - 1] == "+"))
                and not code.replace("+", "").rstrip(" ,").isdigit()
            ):
                text = text[:head] + text[tail.end() :]
                plus = head - 1
        plus = text.find("+", plus + 1)
    return text


def _unquoted(text: str) -> str:
    """Without the spreadsheet's leading apostrophe and the CSV quotes around the text."""
    stripped = text.strip()
    if stripped[:1] == "'" and stripped[1:2] not in ("", " ", "'"):
        stripped = stripped[1:]
    if len(stripped) > 1 and stripped[0] == '"' and stripped[-1] == '"':
        stripped = stripped[1:-1].replace('""', '"').strip()
    return stripped if stripped != text.strip() else text


def clean_artefacts(text: str) -> str:
    """The address without the artefacts of the system that exported it; ``text`` itself when it
    has none.

    >>> clean_artefacts("X&#227; Ba Tr&#7841;i<br>Huy&#7879;n Ba V&#236;")
    'Xã Ba Trại, Huyện Ba Vì'
    >>> clean_artefacts("'121.0 Nguyễn Trãi, NULL, Phường\\xa01.0, Thành phố Mỹ Tho")
    '121 Nguyễn Trãi, Phường 1, Thành phố Mỹ Tho'
    >>> clean_artefacts("Xa~ Ta^n Phu', Huye^.n DDu+'c Ho`a")
    'Xã Tân Phú, Huyện Đức Hòa'
    >>> clean_artefacts("７６／１６ Lạc Long Quân，Ｐ．５ 3CMV+68 (10.7769, 106.7009)")
    '76/16 Lạc Long Quân,P.5'
    """
    given = text
    if not text.isascii():
        # UTF-8 read as Windows-1258 before its no-break spaces (``Ă\xa0``: à) become spaces;
        # Cyrillic and Greek look-alikes of Latin letters.
        text = undo_lookalikes(undo_cp1258_reading(text))
    if _ANY.search(text) is None and (text[:1] not in _EMPTY_FIRST or _EMPTY_START.match(text) is None):
        return given if text == given else text
    out = text
    if "&" in out:
        out = html.unescape(out)
    if "<" in out:
        out, blocks = _BLOCK_TAG.subn(", ", out)
        out = _OTHER_TAG.sub("", out)
        if blocks:
            out = _SEPARATORS.sub(", ", out).strip(" ,")
    if _ODD_SPACE.search(out) is not None:
        out = out.translate(_WIDTH_TABLE).strip()
    if '"' in out or "'" in out:
        out = _unquoted(out)
    if _COORDINATE_SIGN.search(out) is not None:
        out = _without_points(out)
    if "+" in out and (coded := _without_plus_codes(out)) != out:
        out = coded.strip(" ,")
    if out[:1] in _EMPTY_FIRST and (empty := _EMPTY_START.match(out)) is not None:
        out = out[empty.end() :].lstrip()
    out = _EMPTY_CELL.sub("", out)
    if ".0" in out:
        out = _FLOAT.sub(_float, out)
    if "?" in out:
        out = restore_type_words(out)  # ``ph??ng``, ``t?nh``: letters a code page lost
        if not lost_letters_seen(out):
            out = _undo_viqr(out)
    else:
        out = _undo_viqr(out)
    return given if out == given else out
