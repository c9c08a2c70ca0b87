"""Words of a free-text address, with the separators between them and what each word may be.

The address reader works on words, not on comma-separated segments: units are often written
without commas (``thôn 5 xã Nghi Phong huyện Nghi Lộc``), glued to their type word
(``TỉnhQuảng Ngãi``, ``P5``), or cut by dots (``340.nhạc sơn.kim tân.lào cai``). Each word keeps
its place in the text, so the street part is returned verbatim.

Noise that never belongs to a unit is dropped first: a country at the end (``Việt Nam``,
``Vietnam``, ``VN``), postal codes, phone numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from admin_merge.text.normalize import ascii_key, fold_typography, name_key
from admin_merge.text.vocabulary import HAMLET_WORDS, STREET_WORDS

# Separator strength before a word: glued (split inside one written word), a space, a weak mark
# (a dash, dot, underscore or slash: names may contain a dash), a strong one (comma, semicolon...).
# Final: compiled with mypyc, these are constants where they are used (here and in the reader)
# instead of a look-up in the module's namespace each time.
GLUED: Final = 0
SPACE: Final = 1
WEAK: Final = 2
STRONG: Final = 3
TOKENS: Final = 100_000  # written words remembered with their pieces and keys

_PHONE_WORD = r"(?:s[đd]t|[đd]t|tel|phone|mobile|hotline|fax|(?:đ|dd?)i[ệe]n\s*tho[ạa]i|di\s*[đd][ộo]ng)"
_PHONE_NUMBER = r"\(?(?:\+?84|0)\d{0,3}\)?(?:[\s.\-]?\d{2,4}){2,4}"
# A match starts with a phone word's first letter or the number's first character: one test of
# that character first passes every other place, where the phone words, optional and
# case-insensitive, would each be tried (the same matches).
_PHONE = re.compile(
    rf"(?=[sđdtpmhf(+80])(?:\b{_PHONE_WORD}\s*[:.]?\s*)?(?<![\w/+]){_PHONE_NUMBER}(?![\w/+])", re.IGNORECASE
)
# What can close an address: a country name, a postal code (with or without its label: ``Mã bưu
# chính``, ``MBC``, ``Postcode``, ``ZIP``).
_TRAILER = re.compile(
    r"(?:[\s,;.\-(|]+|^)(?:vi[eệ]t\s*nam|vietnam|vn|(?:m[ãa]\s*b[ưu]u\s*(?:ch[íi]nh|[đd]i[ệe]n)|postal\s*code|"
    r"post\s*code|mbc|m[ãa]\s*bc|zip(?:\s*code)?)?\s*[:.]?\s*\d{5,6})[\s,;.()\-|]*$",
    re.IGNORECASE,
)


# A phone number the pattern drops holds 9 to 12 digits, at most two characters apart (``(028)
# 3829``, ``0912.345``): without such a run of digits the phone pattern cannot change the text.
# Written out (``\d(?:\D{0,2}\d){8}``: the same texts match) with possessive repeats: no group is
# repeated, and what follows the non-digits is a digit, which they never give back.
_PHONE_DIGITS = re.compile(r"\d" + r"\D{0,2}+\d" * 8)
# What the trailer pattern allows after a country or postal code (besides any other whitespace).
_CLOSING = " \t\n\r\f\v,;.()-|"


def _phone(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group(0))
    return " " if 9 <= digits <= 12 else match.group(0)


def _may_close(text: str) -> bool:
    """Whether the text can end with a country or a postal code, from its last characters.

    The trailer pattern tries every position of the text; this test, true of every text it
    matches, spares it on most addresses. Such an end is ``nam`` after a ``t`` and whitespace
    (``Việt Nam``, ``Vietnam``) or ``vn`` in upper or lower case, or five digits, followed only by
    closing marks and whitespace.
    """
    tail = text.rstrip(_CLOSING)
    while tail and tail[-1].isspace():  # whitespace outside _CLOSING (a no-break space...)
        tail = tail[:-1].rstrip(_CLOSING)
    last = tail[-1:]
    if last.isdecimal():
        return tail[-5:].isdecimal() and len(tail) >= 5
    if last == "m" or last == "M":
        # ``Việt Nam``, ``Vietnam``: a ``t`` before the ``nam`` and the whitespace before it (no
        # other character is ``t`` or ``T`` to the pattern's ``(?i)``), not ``Quảng Nam``.
        return tail[-3:].lower() == "nam" and tail[:-3].rstrip()[-1:] in ("t", "T")
    if last == "n" or last == "N":
        return tail[-2:].lower() == "vn"
    return False


# The most characters the trailer pattern takes that are no whitespace and none of ``,;.:-()|``:
# the letters and digits of ``mã bưu chính 700000`` or ``postal code 700000``.
TRAILER_LETTERS: Final = 16
_LOOSE_MARKS = frozenset(",;.:-()|")


def _trailer_start(text: str) -> int:
    """Where a match of the trailer pattern starts at the earliest: its letters and digits are
    among the last ``TRAILER_LETTERS`` of the text. The search starts there, not at every word
    of the text before (its first position is the text's start only when it starts there: the
    pattern's ``^`` then matches as before)."""
    seen = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if not ch.isspace() and ch not in _LOOSE_MARKS:
            seen += 1
            if seen > TRAILER_LETTERS:
                return i + 1
    return 0


def strip_noise(text: str) -> str:
    """The address without phone numbers, and without a country or postal code at its end."""
    if _PHONE_DIGITS.search(text) is not None:
        text = _PHONE.sub(_phone, text)
    while _may_close(text) and (found := _TRAILER.search(text, _trailer_start(text))) is not None:
        text = text[: found.start()]
    return text.strip(" ,;.-()|")


@dataclass(slots=True)
class Word:
    """One word of an address: where it is, how it is compared, what comes before it."""

    text: str
    start: int
    end: int
    sep: int  # separator strength before the word (GLUED, SPACE, WEAK or STRONG)
    ascii: str  # diacritic-free, lower case (``Quận`` -> ``quan``; ``05`` -> ``5``)
    key: str  # diacritic-keeping name key
    marks: bool  # written with diacritics
    dot: bool  # followed directly by a dot (``P.``, ``TX.``)

    # Written out, not generated: compiled with mypyc, the generated ``__init__`` stays
    # interpreted (an attribute set by name each), and an address makes dozens of words.
    def __init__(self, text: str, start: int, end: int, sep: int, ascii: str, key: str, marks: bool, dot: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.sep = sep
        self.ascii = ascii
        self.key = key
        self.marks = marks
        self.dot = dot


# The words of an address, captured so that re.split keeps them between the texts that separate
# them: a number with a slash or a plus (``123/45``, ``12+300``, ``12/A``; not ``16/Quận``, a
# number and the next unit), or letters and digits with apostrophes inside (``H'Drai``). The
# repeats are possessive: what follows each run is a mark the run cannot hold, so giving back part
# of a run never lets the pattern match; not trying is quicker.
_SPLIT: Final = re.compile(r"(\d[^\W_]*+(?:[/+](?:\d[^\W_]*+|[^\W\d_](?![^\W_])))++|[^\W_]++(?:'[^\W_]++)*+)")
_STRONG = frozenset(",;|\n\r()[]")
_WEAK = frozenset("-._/:\\+~")
# Abbreviations that are glued to a number (``P5``, ``Q11``, ``KP5``, ``QL1A``, ``Km12``).
_NUMBER_PREFIXES = frozenset(
    {"p", "f", "q", "ph", "x", "h", "tt", "tx", "kp", "ql", "km", "tl", "dt", "k", "to"}
    | {"phuong", "quan", "khu", "thon", "xom", "ap", "so", "ngo", "hem", "kiet", "ngach", "khom", "doi"}
)  # ``quận12``, ``phường2``, ``ngõ5`` too
# Type words that may be glued to a capitalised name (``TỉnhQuảng Ngãi``, ``TGia Lai``).
_NAME_PREFIXES = frozenset(
    {"tinh", "huyen", "quan", "phuong", "xa", "tran", "pho", "tp", "tx", "tt", "t", "h", "q", "p", "x", "f"}
)
# Words of the registers' own names that look like a glued type word (``Xã Đắk HRing``, ``Xã
# Ia HDreh``, ``Xã HTok``: not Huyện Ring): never cut (folded; every such word of the shipped
# registers, checked by tests/test_tokens_speed_equivalence.py).
REGISTER_GLUED: Final = frozenset({"hbong", "hdreh", "hlop", "hnol", "hring", "htok", "pxi"})


# The strength of each text found between two words, and whether it starts with a dot,
# remembered: the same few dozen recur.
_SEPARATORS: Final[dict[str, tuple[int, bool]]] = {}


def _strength(between: str) -> int:
    if between == " ":
        return SPACE
    if between == ", " or between == ",":
        return STRONG
    if not between:
        return GLUED
    if any(ch in _STRONG for ch in between):
        return STRONG
    if any(ch in _WEAK or ch == "\u2013" or ch == "\u2014" for ch in between):
        return WEAK
    return SPACE


_CONSONANTS: Final = frozenset("BCDĐGHKLMNPQRSTVX")  # initials of a district's words (``QHM``, ``QBĐ``)


def _pieces(word: str) -> list[str]:
    """A written word cut where a type word is glued to what follows it."""
    if len(word) == 3 and word[0] == "Q" and word.isupper() and word.isalpha() and _CONSONANTS.issuperset(word[1:]):
        return [word[:1], word[1:]]  # ``QHM``, ``QBT``: Q(uận) and a district's initials
    if word.isalpha() and (len(word) < 3 or word[1:].islower() or word.isupper()):
        return [word]  # the common case: a plain word
    i = 0
    while i < len(word) and not word[i].isdigit():
        i += 1
    if 0 < i < len(word) and ascii_key(word[:i]) in _NUMBER_PREFIXES:
        return [word[:i], word[i:]]
    if ascii_key(word) in REGISTER_GLUED:
        return [word]
    for j in range(1, min(len(word) - 1, 7)):
        if (
            (word[0].isupper() or j > 1)  # ``hTái`` is a typo, ``tỉnhLai`` a glued type word
            and word[j].isupper()
            and word[j + 1].islower()
            and word[:j].isalpha()
            and ascii_key(word[:j]) in _NAME_PREFIXES
        ):
            return [word[:j], word[j:]]
    return [word]


# Type words abbreviated and ended by a hyphen instead of a dot (``H-Tân Kỳ``, ``T-Nghệ An``).
_HYPHENATED = frozenset({"t", "h", "q", "p", "x", "f", "tp", "tx", "tt"})


# A piece of a written word: (text, offset in the word, ascii, key, marks, first, last).
Piece = tuple[str, int, str, str, bool, bool, bool]
# A written word read: (None, ascii, key, marks) when it is one piece, itself (the common case);
# else (its pieces, "", "", False), no piece at all for a word that folds to nothing (``ʼ``).
Token = tuple[tuple[Piece, ...] | None, str, str, bool]


# Written words read (``_token``), remembered: the words of addresses repeat (the same few
# thousand names and type words) even when the addresses do not. A dict, like ``_SEPARATORS``:
# every word of every address is looked up, and from compiled code a dict look-up costs a
# fraction of a call through functools.lru_cache.
_TOKENS: Final[dict[str, Token]] = {}


def _token(written: str) -> Token:
    """One written word read: its pieces with their keys (see ``_TOKENS``)."""
    found = _TOKENS.get(written)
    if found is None:
        if len(_TOKENS) > TOKENS:
            _TOKENS.clear()
        found = _TOKENS[written] = _read_token(written)
    return found


def _read_token(written: str) -> Token:
    # A plain word (the common case) is not cut: no glued type word in it.
    pieces = (
        [written]
        if written.isalpha()
        and (len(written) < 3 or written[1:].islower() or (written.isupper() and written[0] != "Q"))
        else _pieces(written)
    )
    out = []
    offset = 0
    last = len(pieces) - 1
    for k, piece in enumerate(pieces):
        folded = ascii_key(piece)
        if folded:
            # (A word of plain letters has no marks, whatever its key: ``My`` folds to ``mi``.)
            marks = folded != piece.lower() and not piece.isascii()
            out.append((piece, offset, folded, name_key(piece), marks, k == 0, k == last))
        offset += len(piece)
    if len(out) == 1 and out[0][0] == written:
        return None, out[0][2], out[0][3], out[0][4]
    return tuple(out), "", "", False


# The pattern's split of a written word (between two spaces) that needs it, remembered: such words
# recur across addresses (``X.An``, ``T.Hà``, ``H.Sơn``, ``19/15``, the ``-`` of `` - ``), and a
# look-up costs a fraction of a search. Emptied when full.
SPLITS: Final = 20_000
_SPLITS: Final[dict[str, tuple[str, ...]]] = {}


def _split(text: str) -> list[str]:
    """What ``_SPLIT.split(text)`` gives, with the pattern run only on the few written words that
    need it. A word (between two spaces) of letters and digits alone, or followed only by commas,
    dots and semicolons, is one word to the pattern (its runs stop at spaces and at those marks),
    and ``str.isalnum`` is the pattern's own test of a word character; most words of an address
    are such, and the pattern costs far more per character than these tests. The pattern's split
    of any other word depends on that word alone: it is remembered (``_SPLITS``)."""
    out: list[str] = []
    pending = ""  # the text since the last word
    first = True
    for written in text.split(" "):
        if first:
            first = False
        else:
            pending += " "
        if written.isalnum():
            out.append(pending)
            out.append(written)
            pending = ""
            continue
        core = written.rstrip(",.;")
        if core.isalnum():
            out.append(pending)
            out.append(core)
            pending = written[len(core) :]
            continue
        parts = _SPLITS.get(written)
        if parts is None:
            if len(_SPLITS) >= SPLITS:
                _SPLITS.clear()
            parts = _SPLITS[written] = tuple(_SPLIT.split(written))
        if len(parts) == 1:
            pending += written
        else:
            out.append(pending + parts[0])
            out.extend(parts[1:-1])
            pending = parts[-1]
    out.append(pending)
    return out


# Texts cut into words lately, with their words: the reader cuts one text several times (an
# address read as written, again from the province down, its parts again). A few entries,
# emptied when full: distinct addresses never come back. Each caller gets a list of its own; the
# words in it are shared, and no caller changes a word.
WORDS: Final = 8
_WORDS: Final[dict[str, list[Word]]] = {}


def words(text: str) -> list[Word]:
    """The words of an (already cleaned) address, in order."""
    found = _WORDS.get(text)
    if found is None:
        if len(_WORDS) >= WORDS:
            _WORDS.clear()
        found = _WORDS[text] = _words(text)
    return list(found)


def _words(text: str) -> list[Word]:
    # One split gives the text between words and the words alike: [before, word, between, word,
    # ..., after] (what ``_SPLIT.split`` gives). Positions follow from the lengths; the separator
    # after a word is the one before the next (the first word has a strong one: nothing of the
    # address precedes it).
    parts = _split(text)
    out: list[Word] = []
    separators = _SEPARATORS
    read = _TOKENS
    at = len(parts[0])
    sep = STRONG
    # Indexes, not zip over slices, and out.append, not a bound method: compiled with mypyc,
    # these are direct list operations.
    for k in range(1, len(parts) - 1, 2):
        written = parts[k]
        between = parts[k + 1]
        end = at + len(written)
        token = read.get(written)  # ``_token``'s look-up, made here: most words were read before
        pieces, folded, key, marks = _token(written) if token is None else token
        # The two commonest separators are read without a look-up (what ``_strength`` gives
        # them; neither starts with a dot), any other from ``_SEPARATORS``.
        if between == " ":
            strength, dot = SPACE, False
        elif between == ", ":
            strength, dot = STRONG, False
        else:
            found = separators.get(between)
            if found is None:
                if len(separators) > 10_000:
                    separators.clear()
                found = separators[between] = (_strength(between), between.startswith("."))
            strength, dot = found
        if between == "-" and folded in _HYPHENATED and k + 2 < len(parts) - 1:
            dot = True  # ``H-Tân Kỳ``, ``Tp-Vị Thanh``: an abbreviation ended by a hyphen, as by a dot
        if pieces is None:  # one piece: the written word
            out.append(Word(written, at, end, sep, folded, key, marks, dot))
        else:
            for piece, offset, folded, key, marks, first, final in pieces:
                start = at + offset
                glued = sep if first else GLUED
                out.append(Word(piece, start, start + len(piece), glued, folded, key, marks, dot and final))
        sep = strength if out else STRONG  # a word with no piece (``ʼ``) leaves the next one first
        at = end + len(between)
    return out


# Addresses prepared lately, with their text: the reader prepares one address several times
# (as written, again for a check of OCR damage, again read from the province down). A few
# entries, emptied when full: distinct addresses never come back.
PREPARED: Final = 8
_PREPARED: Final[dict[str, str]] = {}


def prepare(address: str) -> str:
    """NFC, typographic marks folded, noise dropped."""
    found = _PREPARED.get(address)
    if found is None:
        if len(_PREPARED) >= PREPARED:
            _PREPARED.clear()
        found = _PREPARED[address] = strip_noise(fold_typography(address))
    return found


def new_address_noted(text: str) -> str:
    """``text`` with the new address in parentheses after the old one (``..., Hà Nội (địa chỉ
    mới: Xã Phú Xuyên, Thành phố Hà Nội)``) noted as after ``nay là``: the present unit. The
    street parts the new address starts with (a number, a hamlet's or a street's word first:
    ``(địa chỉ mới: Thôn 5, Phường Sa Pa, ...)``) are left out, so that the note names the unit."""
    if "(" not in text:
        return text
    match = _NEW_ADDRESS_NOTE.search(text)
    if match is None:
        return text
    rest = text[match.end() :]
    at = 0
    for part in rest.split(","):
        first = ascii_key(part).split(maxsplit=1)
        word = first[0].strip(".") if first else ""
        if ")" in part or not word or not (word[:1].isdigit() or word in HAMLET_WORDS or word in STREET_WORDS):
            break
        at += len(part) + 1
    return f"{text[: match.start()]}(nay là {rest[at:].lstrip()}"


_NEW_ADDRESS_NOTE: Final = re.compile(r"(?i)\(\s*(?:địa\s+chỉ|dia\s+chi|đ/c|d/c)\s+(?:mới|moi)\s*[:\-–]\s*(?=[^\W_])")
