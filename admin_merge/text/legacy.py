"""Decoders for the legacy Vietnamese encodings TCVN3 (ABC) and VNI Windows.

Older government files (Word, Excel and dBase files exported to text before Unicode) still use
them. Neither has a Python codec.

Provenance of the tables:

- TCVN3 (ABC), the 8-bit "VN3" form of TCVN 5712:1993: one byte per letter; a capital with a
  tone mark shares the byte of its lower-case letter (ABC fonts draw capitals from a separate
  capital font), so those capitals come out in lower case. Byte values from the TCVN3 column of
  the conversion tables of VBKey (github.com/khiemdoan/VBKey, Modules/mdlCodeTable.bas), each
  checked against glibc iconv's ``TCVN5712-1`` converter (identical for all 74 bytes).
- VNI Windows: a base letter followed by one mark byte (``a`` + 0xF9 = ``á``, ``a`` + 0xE1 =
  ``ấ``); ``đ ơ ư`` and the ``i``/``ỵ`` forms are single bytes. Byte values from the VNI column
  of the same VBKey tables.
"""

from __future__ import annotations

import re

# TCVN3: byte (two hex digits) followed by the letter it stands for.
_TCVN3 = (
    "A1ĂA2ÂA3ÊA4ÔA5ƠA6ƯA7ĐA8ăA9âAAêABôACơADưAEđB5àB6ảB7ãB8áB9ạBBằBCẳBDẵBEắC6ặC7ầC8ẩC9ẫCAấCBậCCèCEẻ"
    "CFẽD0éD1ẹD2ềD3ểD4ễD5ếD6ệD7ìD8ỉDCĩDDíDEịDFòE1ỏE2õE3óE4ọE5ồE6ổE7ỗE8ốE9ộEAờEBởECỡEDớEEợEFùF1ủ"
    "F2ũF3úF4ụF5ừF6ửF7ữF8ứF9ựFAỳFBỷFCỹFDýFEỵ"
)
TCVN3: dict[int, str] = {int(_TCVN3[i : i + 2], 16): _TCVN3[i + 2] for i in range(0, len(_TCVN3), 3)}

# VNI: single bytes.
VNI_SINGLE: dict[int, str] = {
    0xF1: "đ", 0xD1: "Đ", 0xF4: "ơ", 0xD4: "Ơ", 0xF6: "ư", 0xD6: "Ư",
    0xEC: "ì", 0xED: "í", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị", 0xEE: "ỵ",
    0xCC: "Ì", 0xCD: "Í", 0xC6: "Ỉ", 0xD3: "Ĩ", 0xD2: "Ị", 0xCE: "Ỵ",
}  # fmt: skip
# VNI mark bytes (lower case; the upper-case mark is 0x20 lower): tone marks go on any vowel
# (and on the single-byte ơ ư), the others only on the letters listed.
_VNI_TONES = {0xF8: "\u0300", 0xF9: "\u0301", 0xFB: "\u0309", 0xF5: "\u0303", 0xEF: "\u0323"}
_VNI_HAT = {0xE2: "", 0xE0: "\u0300", 0xE1: "\u0301", 0xE5: "\u0309", 0xE3: "\u0303", 0xE4: "\u0323"}  # â ê ô
_VNI_BREVE = {0xEA: "", 0xE8: "\u0300", 0xE9: "\u0301", 0xFA: "\u0309", 0xFC: "\u0303", 0xEB: "\u0323"}  # ă


def _vni_pairs() -> dict[bytes, str]:
    import unicodedata

    pairs: dict[bytes, str] = {}
    for upper in (False, True):
        shift = 0x20 if upper else 0

        def add(base: int, mark: int, text: str, shift: int = shift) -> None:
            pairs[bytes([base, mark - shift])] = unicodedata.normalize("NFC", text)

        for letter in "aeouy":
            base = ord(letter.upper() if upper else letter)
            for mark, tone in _VNI_TONES.items():
                if not (letter == "y" and mark == 0xEF):  # ỵ is the single byte 0xEE
                    add(base, mark, chr(base) + tone)
        for letter in "aeo":
            base = ord(letter.upper() if upper else letter)
            for mark, tone in _VNI_HAT.items():
                add(base, mark, chr(base) + "\u0302" + tone)
        base = ord("A" if upper else "a")
        for mark, tone in _VNI_BREVE.items():
            add(base, mark, chr(base) + "\u0306" + tone)
        for single in (0xD4, 0xD6) if upper else (0xF4, 0xF6):
            for mark, tone in _VNI_TONES.items():
                add(single, mark, VNI_SINGLE[single] + tone)
    return pairs


VNI_PAIRS = _vni_pairs()
_HIGH = "".join(re.escape(chr(b)) for b in range(0x80, 0x100))
_VNI_PATTERN = re.compile(
    "|".join(re.escape(p.decode("latin-1")) for p in sorted(VNI_PAIRS, key=len, reverse=True)) + f"|[{_HIGH}]"
)
_VNI_MAP = {**{p.decode("latin-1"): t for p, t in VNI_PAIRS.items()}, **{chr(b): t for b, t in VNI_SINGLE.items()}}
_TCVN3_MAP = {chr(b): t for b, t in TCVN3.items()}


def _other(char: str, unknown: str | None) -> str:
    """A byte the table does not define: its Windows-1252 meaning, or ``unknown``."""
    if unknown is not None:
        return unknown
    try:
        return char.encode("latin-1").decode("cp1252")
    except UnicodeDecodeError:
        return char


def decode_tcvn3(data: bytes, unknown: str | None = None) -> str:
    text = data.decode("latin-1")
    return re.sub(f"[{_HIGH}]", lambda m: _TCVN3_MAP.get(m.group(0)) or _other(m.group(0), unknown), text)


def decode_vni(data: bytes, unknown: str | None = None) -> str:
    text = data.decode("latin-1")
    return _VNI_PATTERN.sub(lambda m: _VNI_MAP.get(m.group(0)) or _other(m.group(0), unknown), text)


LEGACY_DECODERS = {"tcvn3": decode_tcvn3, "vni": decode_vni}
