"""Signs of OCR damage in an address (stray marks, marks or spaces inside words, words glued),
and the letters OCR usually confuses undone in a folded text."""

from __future__ import annotations

import re
from typing import Final

# Signs of OCR damage: a stray mark, a mark in front of a word, a mark or a space inside a word,
# words glued (see ``damaged``). Only a fuzzy or already-new reading of such a text is checked.
# Each pattern starts with a mark or a space, and looks back from it at the letter before it: the
# search skips to those characters, where one that starts with a letter or a lookbehind stops at
# every letter or every character.
_STRAY = re.compile(r"[~`^*\"]|[;|](?!\s)|[,.:;|\-](?<=\s.)(?=[^\W\d_])")
_IN_WORD = re.compile(r"[^\W\d_][,.:\-]([^\W\d_])")
_IN_WORD_ANY = re.compile(r"[,.:\-](?<=[^\W\d_].)[^\W\d_]")  # where ``_IN_WORD`` matches at all
_FRAGMENT = re.compile(r" (?<=[^\W\d_] )([^\W\d_]{1,2})(?![^\W_])")  # (the letter before the space looked back at)
_LETTER_RUN = re.compile(r"[^\W\d_]{3,}")
_TONED_VOWELS = frozenset("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


_FRAGMENT_PAIRS: Final = frozenset({"ng", "nh", "ch"})


def damaged(text: str) -> bool:
    """Signs of OCR damage in an address (cheap: a fuzzy or already-new reading of a text without
    them is not read again)."""
    if _STRAY.search(text) is not None:
        return True
    if _IN_WORD_ANY.search(text) is not None and any(m.group(1).islower() for m in _IN_WORD.finditer(text)):
        return True  # ``Gia,ng``, ``H.uyện``
    # ``Th ị xã``, ``Sơ n``, ``Hư ng``: a letter, a space, one or two letters. The fragments are
    # taken as a search from the letter takes them, one after another: a match whose letter is
    # the last of the fragment before is none (``a b c``: ``b`` only).
    end = -1
    for m in _FRAGMENT.finditer(text):
        if m.start() <= end:
            continue
        end = m.end()
        frag = m.group(1)
        if frag.islower() and (len(frag) == 1 or frag in _FRAGMENT_PAIRS or frag[0] in _TONED_VOWELS):
            return True
    # ``XãXuân``: a capital inside a word. A word between spaces made of letters alone (commas,
    # dots or semicolons after it aside) is one run of letters; others are searched.
    for written in text.split():
        core = written.rstrip(",.;")
        if core.isalpha():
            if len(core) >= 3 and not core.isupper() and not core[1:].islower():
                return True
        elif not core.isdecimal():
            for w in _LETTER_RUN.findall(written):
                if not w.isupper() and not w[1:].islower():
                    return True
    return False


# Letters that OCR confuses in Vietnamese print (``ri`` for ``n``, ``rn`` for ``m``, ``cl`` for
# ``d``, digits for letters); a final ``b`` ends no Vietnamese syllable (it is a misread ``h``).
# ``ri`` is undone first: ``rri`` is an ``rn`` misread again (``Harri Ninh``: Hàm Ninh).
_OCR = (("ri", "n"), ("rn", "m"), ("cl", "d"), ("1", "l"), ("0", "o"))


def ocr_repair(folded: str) -> str:
    """A folded text with the usual OCR confusions undone (the same text when there are none)."""
    words = folded.split(" ")
    out = []
    for w in words:
        if not w.isdigit():
            for wrong, right in _OCR:
                if wrong in w:
                    w = w.replace(wrong, right)
            if len(w) > 1 and w.endswith("b") and not w[:-1].isdigit():
                w = w[:-1] + "h"
        out.append(w)
    return " ".join(out)
