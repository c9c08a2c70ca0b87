"""Styled letters (the "fancy text" of social networks) put back to plain letters before an
address is read.

Sellers and pages on Facebook, Zalo and TikTok write an address in bold, italic, monospace,
sans-serif, double-struck, script or circled letters to make it stand out (``𝐗𝐚̃ 𝐏𝐡𝐮̀ 𝐋𝐮̛𝐮``,
``Ⓧⓐ̃ Ⓥⓘ̃ⓝⓗ Ⓗⓤ̛ⓝⓖ``, ``ᴛʜᴏ̂ɴ 2``). The generators that make them have letters without marks only:
the Vietnamese marks follow as combining marks, and ``Đ đ`` (which has no styled form) is left
plain. These letters are:

* the Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF: letters and digits in bold, italic,
  script, fraktur, double-struck, sans-serif and monospace);
* the circled letters and digits (``Ⓐ``–``ⓩ``, ``①``–``⑳``) and the squared, negative circled
  and negative squared capitals of the Enclosed Alphanumeric Supplement (``🄰``, ``🅐``, ``🅰``);
* the small capitals (``ᴀ ʙ ᴄ ᴅ ᴇ ꜰ ɢ ʜ ɪ ᴊ ᴋ ʟ ᴍ ɴ ᴏ ᴘ ʀ ꜱ ᴛ ᴜ ᴠ ᴡ ʏ ᴢ``), read as small letters.

Each is replaced by its plain letter or digit and the text is composed (NFC), so that the marks
join their letters again (``𝐗𝐚̃``: ``Xã``). No unit name holds a styled letter, so a text that
holds one was not written plain: nothing else in it changes. The emoji and brackets written
around such an address (``📌``, ``【…】``, ``《…》``) are the reader's as in any other address.

:func:`unstyled` costs one test on ASCII text and one regular-expression search on other text
without styled letters (that text is returned as it is, the same object).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Any styled letter or digit (see the module).
_STYLED: Final = re.compile(
    "[\U0001d400-\U0001d7ff\u2460-\u2473\u24b6-\u24ea\U0001f130-\U0001f149\U0001f150-\U0001f169"
    "\U0001f170-\U0001f189\u1d00-\u1d22\u0262-\u029f\ua730\ua731\ua7af]"
)
# The small capitals that stand for letters, and the enclosed capitals NFKC leaves as they are.
_SMALL_CAPITALS: Final = {
    "ᴀ": "a",
    "ʙ": "b",
    "ᴄ": "c",
    "ᴅ": "d",
    "ᴇ": "e",
    "ꜰ": "f",
    "ɢ": "g",
    "ʜ": "h",
    "ɪ": "i",
    "ᴊ": "j",
    "ᴋ": "k",
    "ʟ": "l",
    "ᴍ": "m",
    "ɴ": "n",
    "ᴏ": "o",
    "ᴘ": "p",
    "ꞯ": "q",
    "ʀ": "r",
    "ꜱ": "s",
    "ᴛ": "t",
    "ᴜ": "u",
    "ᴠ": "v",
    "ᴡ": "w",
    "ʏ": "y",
    "ᴢ": "z",
}


def unstyled(text: str) -> str:
    """``text`` with its styled letters and digits (see the module) as plain ones, composed with
    the marks that follow them; ``text`` itself when it has none.

    >>> unstyled("📌 𝐗𝐚̃ 𝐏𝐡𝐮̀ 𝐋𝐮̛𝐮, 𝐇𝐮𝐲𝐞̣̂𝐧 𝐓𝐡𝐚̣𝐜𝐡 𝐇𝐚̀, Ⓗⓐ̀ Ⓣⓘ̃ⓝⓗ")
    '📌 Xã Phù Lưu, Huyện Thạch Hà, Hà Tĩnh'
    >>> unstyled("ᴛʜᴏ̂ɴ 𝟐, Xã Bình Minh")
    'thôn 2, Xã Bình Minh'
    >>> unstyled("Xã Bình Minh, Tỉnh Đồng Nai")
    'Xã Bình Minh, Tỉnh Đồng Nai'
    """
    if text.isascii() or _STYLED.search(text) is None:
        return text
    plain = _STYLED.sub(_plain, text)
    return text if plain == text else unicodedata.normalize("NFC", plain)


def _plain(match: re.Match[str]) -> str:
    """The plain letter or digit of one styled character (itself when it is none)."""
    c = match.group()
    if c in _SMALL_CAPITALS:
        return _SMALL_CAPITALS[c]
    if "\U0001f150" <= c <= "\U0001f169":
        return chr(ord("A") + ord(c) - 0x1F150)
    if "\U0001f170" <= c <= "\U0001f189":
        return chr(ord("A") + ord(c) - 0x1F170)
    plain = unicodedata.normalize("NFKC", c)
    return plain if len(plain) == 1 and plain.isalnum() and plain.isascii() else c
