"""Repairs of the damage OCR does to a printed address, tried only on an address that cannot be
read as written (an unread address costs one more reading, a read one nothing).

OCR of Vietnamese print splits a word at a diacritic (``T ỉnh``, ``Th ành``), drops stray marks
into words (``S;ơn La``, ``Gia,ng``, ``Huyện ~Kim Bảng``), glues words (``PbúThọ``) and misreads
letters (``h`` as ``b``, ``n`` as ``ri``, ``m`` as ``rn``, ``e`` as ``c``, ``d`` as ``cl``,
``l`` and ``1``, ``o`` and ``0``). Each repair is checked against the syllables of the registers'
unit names (and the type and street words): a fragment is glued back, a mark dropped or a
letter changed only where the result is a syllable that the damaged text is not. The repaired
text is read again; the reader decides whether the reading is better and marks it as fuzzy.

An :class:`OcrRepair` belongs to one set of registers (the reader holds it) and remembers the
words it has looked at.
"""

from __future__ import annotations

import re
from collections.abc import Set
from itertools import combinations, pairwise
from typing import Final

from admin_merge.text.normalize import ascii_key

# Marks that also separate parts (``;``, ``|``, ``:``, ``,``, ``.``, ``-``) are dropped glued to the
# front of a word after a space (``Tỉnh ;Bến Tre``), where no writer puts one; marks that never
# belong to an address word wherever they touch a letter.
_FRONT = re.compile(r"(?<=\s)[;|:,.\-~`'^*\"]+(?=[^\W\d_])")
_INSIDE = re.compile(r"(?<=[^\W\d_.])[;|:~`^*\"]+(?=[^\W\d_]|[.,])|(?<=[^\W\d_]),(?=\.)")
_BACK = re.compile(r"(?<=[^\W\d_])[~`^*\"':]+(?=\s|,|$)")
# What each of them needs (looked for first: most texts have none, and the tests skip along the
# text where the patterns above try every place).
_MAY_FRONT = re.compile(r"\s[;|:,.\-~`'^*\"]")
# The marks ``_INSIDE`` drops (or ``,.``) and those ``_BACK`` drops: a substring test each, quicker
# than a search with a class of them (tests/test_ocr_gates.py compares the two).
_INSIDE_MARKS: Final[tuple[str, ...]] = (";", "|", ":", "~", "`", "^", "*", '"')
_BACK_MARKS: Final[tuple[str, ...]] = ("~", "`", "^", "*", '"', "'", ":")
# The marks ``_INNER`` and ``_SPLIT_NAME`` cut at. These tuples are typed as of any length: compiled
# with mypyc, a Final tuple of a fixed length is kept unboxed and made again at each use.
_INNER_MARKS: Final[tuple[str, ...]] = (",", ".", "-")
_NAME_MARKS: Final[tuple[str, ...]] = (";", "|", ":", ",", "-")
# A separator between two words that together are a name (``Hải; Dương``, ``Ninh| Bình``), or
# after a type word (``Huyện, Đam Rông``, ``huyện- Quỳ Hợp``).
# A match starts where a run of letters does (where one inside a run would be, one at its start is);
# the repeats are possessive: what follows a run is a mark or the end of a word, never a letter.
# Both spare the search a walk to the end of every run from each of its letters.
_SPLIT_NAME = re.compile(r"(?<![^\W\d_])([^\W\d_]++)([;|:,\-]) (?=([^\W\d_]+))")
_INNER = re.compile(r"(?<![^\W_])([^\W\d_]++)([,.\-])([^\W\d_]++)(?![^\W_])")
_TOKEN_SPLIT = re.compile(r"([^\W_]++)")  # the words, kept between the texts around them
_NUMBER = re.compile(r"^([PpFfQqKk]?)((?=[\dlIOo]*\d)[\dlIOo]+)([A-Za-z]?)$")
_TO_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0", "o": "0"})
# Letters misread, as (misread, right): each is undone where that makes a syllable.
# A digit read for a capital at a word's start (``7hái``, ``8ắc``, ``5ơn``) is undone the same way.
_LETTERS = (
    ("b", "h"),
    ("ri", "n"),
    ("rn", "m"),
    ("c", "e"),
    ("cl", "d"),
    ("1", "l"),
    ("0", "o"),
    ("ii", "u"),
    ("rl", "n"),
    ("r1", "n"),
    ("q", "g"),
    ("l", "i"),
    ("1", "i"),
)
_CAPITALS = {"7": "T", "8": "B", "5": "S", "0": "O"}
# Abbreviated type words (``h an lão`` in lower case is ``H. An Lão``, not ``Hàn Lão``).
_ABBREVIATIONS = frozenset({"t", "h", "q", "p", "x", "f", "tp", "tx", "tt"})
# Type words (folded; the last word of two-word ones): a mark after one is stray (``Huyện| Bắc Hà``),
# and no fragment is glued to one (``xã n Lục Long`` is no ``xãn``).
_TYPE_ENDS = frozenset({"tinh", "huyen", "quan", "phuong", "xa", "pho", "tran", "khu"}) | _ABBREVIATIONS
_FULL_TYPES = frozenset({"tinh", "huyen", "quan", "phuong"})  # never followed by a comma or dash
_DIGIT = re.compile(r"\d")
# A word with a digit; a syllable of three letters or more; any other (Final: compiled as constants).
_BLOCKED: Final = 0
_KNOWN: Final = 1
_LOOSE: Final = 2
MAX_CANDIDATES = 64  # letter repairs tried per word
MEMO_LIMIT = 100_000  # words remembered


def _type_typos() -> dict[str, str]:
    """Two-word type words with one letter dropped (``Thàn phố``, ``Thành pố``, ``Thị tấn``)."""
    out: dict[str, str] = {}
    for written in ("Thành phố", "Thị xã", "Thị trấn"):
        folded = ascii_key(written)
        for i, ch in enumerate(folded):
            dropped = folded[:i] + folded[i + 1 :]
            if ch != " " and all(len(w) >= 2 for w in dropped.split(" ")):
                out.setdefault(dropped, written)
    return out


_TYPE_TYPOS = _type_typos()


class OcrRepair:
    """Repairs checked against ``syllables`` (folded syllables of unit names, type and street
    words) and ``names`` (folded unit names)."""

    def __init__(self, syllables: Set[str], names: Set[str]) -> None:
        self.syllables = syllables
        self.names = names
        self._words: dict[str, str] = {}
        self._known: dict[str, bool] = {}  # words looked up in ``syllables``
        self._pairs: dict[str, str | None] = {}  # two words and the type word they misspell, if any

    def __call__(self, text: str) -> str:
        """``text`` with the damage undone that the syllables confirm; ``text`` when none is."""
        mixed = text != text.lower() and text != text.upper()
        out = _FRONT.sub("", text) if _MAY_FRONT.search(text) is not None else text
        out = _INSIDE.sub("", out) if _has_any(out, _INSIDE_MARKS) or ",." in out else out
        out = _BACK.sub("", out) if _has_any(out, _BACK_MARKS) else out
        out = _SPLIT_NAME.sub(self._joined_name, out) if _may_split_name(out) else out
        out = split_camel(out)
        out = _INNER.sub(lambda m: self._inner(m, mixed), out) if _may_inner(out) else out
        out, parts = self._glue_fragments(out, mixed)
        # ``L à,o`` -> ``Là,o`` -> ``Lào``
        again = _INNER.sub(lambda m: self._inner(m, mixed), out) if _may_inner(out) else out
        if again != out or parts is None:
            out, parts = again, _TOKEN_SPLIT.split(again)
        # The words split once: cut again only where a step changed the text.
        written = parts[1::2]
        fixed = [self.word(w) for w in written]
        if fixed != written:
            parts[1::2] = fixed
            out = "".join(parts)
            parts = _TOKEN_SPLIT.split(out)
        return self._type_words(out, parts)

    def known(self, word: str) -> bool:
        """Whether ``word`` is a syllable; remembered (one dict look-up for the words seen)."""
        found = self._known.get(word)
        if found is None:
            if len(self._known) > MEMO_LIMIT:
                self._known.clear()
            found = self._known[word] = ascii_key(word) in self.syllables
        return found

    def _joined_name(self, m: re.Match[str]) -> str:
        first = ascii_key(m.group(1))
        if m.group(2) in ",-":  # a real separator, except right after a full type word
            return m.group(1) + " " if first in _FULL_TYPES else m.group(0)
        if ascii_key(f"{m.group(1)} {m.group(3)}") in self.names or first in _TYPE_ENDS:
            return m.group(1) + " "
        return m.group(0)

    def _inner(self, m: re.Match[str], mixed: bool) -> str:
        """``Gia,ng`` -> ``Giang``, ``T,ỉnh`` -> ``Tỉnh``, ``H.uyện`` -> ``Huyện``, ``Huy-ện``: a
        comma, dot or dash between two letters, with no space, where the halves make a syllable
        and one of them is none or a fragment of one or two letters."""
        before, mark, after = m.group(1), m.group(2), m.group(3)
        if not after[0].islower():
            return m.group(0)  # ``X.Nhơn``, ``Xã A,Huyện B``: an abbreviation or a separator
        unknown = not self.known(before) or not self.known(after)
        if not unknown and min(len(before), len(after)) > 2:
            return m.group(0)  # ``tân lập,đông anh``: two words
        if not mixed and mark == "." and (not unknown or ascii_key(before) in _ABBREVIATIONS):
            return m.group(0)  # ``h.an lão`` in lower case: an abbreviated type word and a name
        joined = self.word(before + after)  # ``Đôr.ig`` -> ``Đôrig`` -> ``Đông``
        return joined if self.known(joined) else m.group(0)

    def _type_words(self, text: str, parts: list[str] | None = None) -> str:
        """``Thàn phố`` -> ``Thành phố``: a two-word type word with a letter dropped (unless the
        two words are a unit's name). Two words are taken together when one space separates
        them, and not again once the first was taken with the word before it. ``parts``: the
        text already split (changed here)."""
        if parts is None:
            parts = _TOKEN_SPLIT.split(text)  # [before, word, between, word, ..., after]
        changed = False
        k = 1
        while k + 2 < len(parts):
            if parts[k + 1] == " ":
                written = self._type_typo(f"{parts[k]} {parts[k + 2]}")
                if written is not None:
                    parts[k], parts[k + 1], parts[k + 2] = written, "", ""
                    changed = True
                    k += 2  # the second word is taken
            k += 2
        return "".join(parts) if changed else text

    def _type_typo(self, pair: str) -> str | None:
        """The type word that two words separated by a space misspell, if any; remembered."""
        if pair in self._pairs:
            return self._pairs[pair]
        if len(self._pairs) > MEMO_LIMIT:
            self._pairs.clear()
        key = ascii_key(pair)
        written = _TYPE_TYPOS.get(key)
        found = self._pairs[pair] = written if written is not None and key not in self.names else None
        return found

    def _glue_fragments(self, text: str, mixed: bool) -> tuple[str, list[str] | None]:
        """``T ỉnh`` -> ``Tỉnh``, ``t ỉ nh`` -> ``tỉnh``, ``Hu yện`` -> ``Huyện``: words split by
        a space glued back where they make a syllable. In mixed case the pieces after the first
        must be lower case (``H An Lão`` is a type word and a name) and one piece no syllable or
        of one or two letters; in one case one piece must be no syllable, and an abbreviated type
        word is not glued to a syllable (``h an lão``). Nothing is glued to a type word. With the
        text, its split (``_TOKEN_SPLIT``) when nothing was glued, else None."""
        parts = _TOKEN_SPLIT.split(text)  # [before, word, between, word, ..., after]
        words = parts[1::2]
        n = len(words)
        if n < 2:
            return text, parts
        # Pieces are glued only where none has a digit and one is no syllable or of one or two
        # letters (see ``_glues``): other windows are not looked at.
        known = [self.known(w) for w in words]
        loose = [_LOOSE if len(w) <= 2 or not k else _KNOWN for w, k in zip(words, known, strict=True)]
        for i, w in enumerate(words):
            if not w.isalpha() and _DIGIT.search(w) is not None:  # letters alone hold no digit
                loose[i] = _BLOCKED
        if _LOOSE not in loose:
            return text, parts
        # A window is glued only across single spaces: ``spaced[i]`` when one follows word ``i``.
        spaced = [parts[2 * i + 2] == " " for i in range(n - 1)]
        glued = False
        i = 0
        while i < n - 1:
            for k in (3, 2):
                if i + k > n or not all(spaced[i : i + k - 1]):
                    continue
                window = loose[i : i + k]
                if _LOOSE not in window or _BLOCKED in window:
                    continue
                if self._glues(words[i : i + k], known[i : i + k], mixed):
                    for j in range(i, i + k - 1):
                        parts[2 * j + 2] = ""
                    glued = True
                    i += k - 1
                    break
            i += 1
        return ("".join(parts), None) if glued else (text, parts)

    def _glues(self, words: list[str], known: list[bool], mixed: bool) -> bool:
        if mixed and not all(w[0].islower() for w in words[1:]):
            return False
        if any(ch.isdigit() for w in words for ch in w):
            return False
        first = ascii_key(words[0])
        if first in _TYPE_ENDS and len(first) > 2:
            return False  # ``xã n Lục Long``: a fragment is not glued to a type word
        unknown = [w for w, k in zip(words, known, strict=True) if not k]
        if mixed:
            if not unknown and min(len(w) for w in words) > 2:
                return False
        elif not unknown or (unknown == [words[0]] and first in _ABBREVIATIONS):
            return False
        return self.known(self.word("".join(words)))  # ``Sơr i`` -> ``Sơri`` -> ``Sơn``

    def word(self, word: str) -> str:
        """One word with misread letters undone, when that makes it a syllable (or a number); a
        name (``HCM``, ``BRVT``) and a word in capitals of up to five letters stay as written."""
        found = self._words.get(word)
        if found is None:
            if len(self._words) > MEMO_LIMIT:
                self._words.clear()
            found = self._words[word] = self._word(word)
        return found

    def _word(self, word: str) -> str:
        number = _NUMBER.match(word)
        if number is not None and not self.known(word.replace("1", "l").replace("0", "o")):
            # ``l2``, ``P.O5``, ``Fl2``, ``32O``, ``l87A``: a number misread
            return number.group(1) + number.group(2).translate(_TO_DIGITS) + number.group(3)
        if word.isdigit() or self.known(word) or (word.isupper() and len(word) <= 5) or ascii_key(word) in self.names:
            return word
        for candidate in _candidates(word):
            if self.known(candidate):
                return candidate
        return word


def _has_any(text: str, marks: tuple[str, ...]) -> bool:
    return any(mark in text for mark in marks)


def _may_inner(text: str) -> bool:
    """Whether ``_INNER`` can match: a comma, dot or dash with a letter or digit right before and
    right after it (true of every text it matches: a letter is a letter or digit to
    ``str.isalnum``, the pattern's own test of a word character). Most texts have none; a few
    substring searches spare them the pattern, tried from every place of the text."""
    last = len(text) - 1
    for mark in _INNER_MARKS:
        i = text.find(mark, 1)
        while 0 < i < last:
            if text[i - 1].isalnum() and text[i + 1].isalnum():
                return True
            i = text.find(mark, i + 1)
    return False


def _may_split_name(text: str) -> bool:
    """Whether ``_SPLIT_NAME`` can match: one of its marks with a letter or digit right before
    it, then a space and a letter or digit (see ``_may_inner``)."""
    last = len(text) - 2
    for mark in _NAME_MARKS:
        i = text.find(mark, 1)
        while 0 < i < last:
            if text[i + 1] == " " and text[i - 1].isalnum() and text[i + 2].isalnum():
                return True
            i = text.find(mark, i + 1)
    return False


def _case_pairs() -> re.Pattern[str]:
    """A small letter followed by a capital (characters from U+2000 on are let through by both
    classes): where ``split_camel`` may start a word. Most texts have none, and this search, made in
    C, spares them the loop over their characters."""
    lower = "".join(re.escape(chr(c)) for c in range(0x2000) if chr(c).islower())
    upper = "".join(re.escape(chr(c)) for c in range(0x2000) if chr(c).isupper() and chr(c).isalpha())
    return re.compile(f"[{lower}\u2000-\U0010ffff][{upper}\u2000-\U0010ffff]")


_CASE_PAIR = _case_pairs()


def split_camel(text: str) -> str:
    """``PbúThọ`` -> ``Pbú Thọ``, ``Sơ,nLa`` -> ``Sơ,n La``: a capital after a small letter
    starts a word, when two letters or more come before it (``Nam hTái`` is a typo of ``Thái``,
    not ``h`` and a word)."""
    if text.islower() or text.isupper() or _CASE_PAIR.search(text) is None:
        return text
    out = []
    letters = 0  # letters since the last space
    for i, ch in enumerate(text):
        if ch.isspace():
            letters = 0
        elif ch.isalpha():
            if i and ch.isupper() and text[i - 1].islower() and letters >= 2:
                out.append(" ")
            letters += 1
        out.append(ch)
    return "".join(out)


def _candidates(word: str) -> list[str]:
    """Words ``word`` may have been, fewest changes first: misread letters undone (one to three
    of them), a doubled letter single, two neighbouring letters swapped."""
    lower = word.lower()
    edits = [
        (i, len(wrong), right) for wrong, right in _LETTERS for i in range(len(lower)) if lower.startswith(wrong, i)
    ]
    if len(word) > 1 and word[0] in _CAPITALS and word[1].isalpha():
        edits.append((0, 1, _CAPITALS[word[0]]))
    edits.sort()
    out: list[str] = []
    for size in range(1, min(len(edits), 3) + 1):
        for chosen in combinations(edits, size):
            if any(b[0] < a[0] + a[1] for a, b in pairwise(chosen)):
                continue  # overlapping edits
            out.append(_apply(word, chosen))
            if len(out) >= MAX_CANDIDATES:
                return out
    folded = ascii_key(word)
    if len(folded) == len(word):
        for i in range(1, len(word)):
            if folded[i] == folded[i - 1]:
                out.append(word[:i] + word[i + 1 :])
    for i in range(1, len(word) - 1):
        out.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return out


def _apply(word: str, chosen: tuple[tuple[int, int, str], ...]) -> str:
    """``word`` with each (start, length, replacement) of ``chosen`` (in order) made."""
    out = []
    last = 0
    for i, n, right in chosen:
        written = word[i : i + n]
        out.append(word[last:i])
        out.append(right.upper() if written.isupper() and written.isalpha() else right)
        last = i + n
    out.append(word[last:])
    return "".join(out)
