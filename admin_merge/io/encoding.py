"""The encoding of a text file, decided by evidence from the whole file.

A file whose head is valid UTF-8 is read as UTF-8 (the CSV reader refuses an invalid byte
further on, and the file is then scanned as below). Otherwise every line is checked:

- a file with valid multi-byte UTF-8 sequences and a few invalid bytes is UTF-8 with damaged
  lines (a cell pasted from elsewhere): it is refused with the lines named
  (``in.csv:4: invalid UTF-8 (byte 0x90)``), or read with those bytes replaced by U+FFFD when
  asked (``--on-bad-bytes replace``). It is never switched to another encoding for a few bytes;
- a file without UTF-8 sequences is in a legacy 8-bit encoding: Windows-1258, TCVN3 (ABC) or
  VNI, whichever reads its non-ASCII words as Vietnamese syllables most often.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from admin_merge.errors import InputError, option
from admin_merge.text.legacy import LEGACY_DECODERS

PROBE_BYTES = 8 * 1024 * 1024
CHUNK = 1024 * 1024
SAMPLE_LINES = 2000  # non-ASCII lines kept to choose a legacy encoding
EXAMPLES = 5  # damaged lines named in a message
LEGACY = ("cp1258", "tcvn3", "vni")
_ALIASES = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "utf_8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf8-sig": "utf-8-sig",
    "utf_8_sig": "utf-8-sig",
    "cp1258": "cp1258",
    "windows-1258": "cp1258",
    "windows1258": "cp1258",
    "tcvn3": "tcvn3",
    "tcvn": "tcvn3",
    "tcvn-3": "tcvn3",
    "abc": "tcvn3",
    "vni": "vni",
    "vni-windows": "vni",
}
KNOWN_HELP = "utf-8, utf-8-sig, cp1258 (Windows-1258), tcvn3 (ABC), vni (VNI Windows), or another Python codec name"


@dataclass(frozen=True)
class Encoding:
    """``name`` is canonical; ``replace``: invalid bytes become U+FFFD."""

    name: str
    replace: bool = False

    @property
    def native(self) -> bool:
        """Readable as it is by the CSV reader (UTF-8 without damaged bytes)."""
        return self.name in ("utf-8", "utf-8-sig") and not self.replace

    def __str__(self) -> str:
        return self.name + (" (invalid bytes replaced)" if self.replace else "")


def canonical(name: str) -> str:
    """The canonical name of an ``--encoding`` value; a clear error for an unknown one."""
    key = name.strip().lower()
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        raise InputError(f"{option('encoding', name)}: unknown encoding; use {KNOWN_HELP}") from None


def decoder(name: str, *, replace: bool = False) -> Callable[[bytes], str]:
    """Bytes of one line -> NFC text."""
    legacy = LEGACY_DECODERS.get(name)
    if legacy is not None:
        return lambda data: unicodedata.normalize("NFC", legacy(data))
    errors = "replace" if replace else "strict"
    return lambda data: unicodedata.normalize("NFC", data.decode(name, errors))


@dataclass
class Utf8Scan:
    """What a line-by-line UTF-8 check of a whole file found."""

    multibyte: int = 0  # bytes of valid multi-byte characters beyond their first
    bad_bytes: int = 0
    bad_lines: int = 0
    examples: list[tuple[int, int]] = field(default_factory=list)  # (line number, first bad byte)
    non_ascii: list[bytes] = field(default_factory=list)  # a sample of lines with bytes >= 0x80

    def describe(self, path: Path | str) -> str:
        line, byte = self.examples[0]
        more = ""
        if self.bad_lines > 1:
            others = ", ".join(str(n) for n, _ in self.examples[1:])
            more = f" and {self.bad_lines - 1:,} more line(s) ({others}{', ...' if self.bad_lines > EXAMPLES else ''})"
        return (
            f"{path}:{line}: invalid UTF-8 (byte 0x{byte:02x}){more}; the rest of the file is UTF-8. "
            f"Fix those lines, pass {option('on_bad_bytes', 'replace')} to read them with U+FFFD, "
            f"or {option('encoding')} if the whole file is in another encoding"
        )


def scan_utf8(path: Path) -> Utf8Scan:
    """Check every line of ``path`` as UTF-8; whole chunks at C speed, lines only where one fails."""
    scan = Utf8Scan()
    line_no = 0
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            if not chunk.endswith(b"\n"):
                chunk += fh.readline()
            lines = chunk.split(b"\n")
            if chunk.endswith(b"\n"):
                lines.pop()  # the empty piece after the last line end
            try:
                scan.multibyte += len(chunk) - len(chunk.decode("utf-8"))
                line_no += len(lines)
                continue
            except UnicodeDecodeError:
                pass
            for line in lines:
                line_no += 1
                if line.isascii():
                    continue
                if len(scan.non_ascii) < SAMPLE_LINES:
                    scan.non_ascii.append(line)
                try:
                    scan.multibyte += len(line) - len(line.decode("utf-8"))
                    continue
                except UnicodeDecodeError as exc:
                    first = line[exc.start]
                good = line.decode("utf-8", "replace").replace("\ufffd", "")
                good_bytes = len(good.encode("utf-8"))
                scan.multibyte += good_bytes - len(good)
                scan.bad_bytes += max(1, len(line) - good_bytes)
                scan.bad_lines += 1
                if len(scan.examples) < EXAMPLES:
                    scan.examples.append((line_no, first))
    return scan


# A Vietnamese syllable without its tone mark: onset, vowels, final consonants.
_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnpt])?$"
)
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"\S+")


def vietnamese_share(lines: list[str]) -> float:
    """Share of the non-ASCII words that read as one Vietnamese syllable with at most one tone."""
    good = total = 0
    for line in lines:
        for word in _WORD.findall(line):
            if word.isascii():
                continue
            word = word.strip(".,;:!?()[]{}\"'/-").lower()
            if not word or word.isascii():
                continue
            total += 1
            parts = unicodedata.normalize("NFD", word)
            tones = sum(1 for c in parts if c in _TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            if tones <= 1 and _SYLLABLE.match(base):
                good += 1
    return good / total if total else 0.0


def choose_legacy(lines: list[bytes]) -> str:
    """The legacy encoding under which the sample reads most like Vietnamese (ties: Windows-1258)."""
    scores: dict[str, float] = {}
    for name in LEGACY:
        legacy = LEGACY_DECODERS.get(name)
        if legacy is not None:
            texts = [legacy(line, "\ufffd") for line in lines]
        else:
            texts = [line.decode(name, "replace") for line in lines]
        scores[name] = vietnamese_share([unicodedata.normalize("NFC", t) for t in texts])
    return max(LEGACY, key=lambda n: scores[n])


def _head_is_utf8(path: Path) -> bool:
    dec = codecs.getincrementaldecoder("utf-8")()
    read = 0
    with path.open("rb") as fh:
        try:
            while read < PROBE_BYTES and (chunk := fh.read(CHUNK)):
                dec.decode(chunk)
                read += len(chunk)
            if read < PROBE_BYTES:
                dec.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def detect(path: Path, *, on_bad_bytes: str = "fail", whole_file: bool = False) -> Encoding:
    """The encoding of ``path`` (see the module docstring). ``whole_file``: the head was valid
    but an invalid byte was found further on, so skip the probe and scan every line."""
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8) and not whole_file:
        return Encoding("utf-8-sig")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Encoding("utf-16")
    if not whole_file and _head_is_utf8(path):
        return Encoding("utf-8")
    scan = scan_utf8(path)
    if scan.bad_lines == 0:
        return Encoding("utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8")
    if scan.multibyte * 20 >= scan.bad_bytes:  # UTF-8 text with damaged lines
        if on_bad_bytes == "replace":
            return Encoding("utf-8", replace=True)
        raise InputError(scan.describe(path))
    return Encoding(choose_legacy(scan.non_ascii), replace=on_bad_bytes == "replace")


def bad_line(path: Path, name: str, line_no: int, data: bytes, exc: Exception) -> InputError:
    """The message for a line that does not decode in an encoding the user gave."""
    byte = data[exc.start] if isinstance(exc, UnicodeDecodeError) else None
    what = f" (byte 0x{byte:02x})" if byte is not None else ""
    return InputError(
        f"{path}:{line_no}: not valid {name}{what}; check "
        f"{option('encoding')} or pass {option('on_bad_bytes', 'replace')}"
    )
