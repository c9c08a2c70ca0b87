"""Free-text addresses, read whole: every way the end of an address can name a province, a
district and a commune is tried and scored, and the best reading wins only by a margin.

An address is cut into words (:mod:`admin_merge.text.tokens`). A *piece* is a run of words that
names a unit: an optional type word (``Xã``, ``P.``, ``TX``, ``Ward``...) and a name found in the
registers (exact, without diacritics, with wrong diacritics, initials, or fuzzy inside a known
parent). A *reading* takes pieces from the end of the address: province, then district, then
commune, each inside the one after it; what is left in front is the street. A reading scores
the evidence: how well each name matched, whether its type word agrees with the unit, whether
a piece starts where the writer separated it, and a penalty for a typed unit left in the street.
When two readings lead to different new units and score close, the answer is ``ambiguous`` with
the candidates of both: a wrong unit given with confidence is the worst outcome.

Real registers repeat the same unit part with different streets, so a reading is cached per
distinct end of address (from the first word that can start a unit): a million addresses cost
little more than their distinct unit parts.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import OSA, Levenshtein

from admin_merge.matching.gazetteer import EXACT, INITIALS, MARKED, PLAIN, Gazetteer, Hit, Names
from admin_merge.matching.model import Reason, Reference, Resolution, Status
from admin_merge.matching.names import MatchKind
from admin_merge.memo import memo, memoize
from admin_merge.registry.registers import NewCommune, NewProvince, OldCommune, OldDistrict, OldProvince
from admin_merge.text.address import (
    GLUED_CELLS,
    INITIAL_GLUED,
    LATER_NAME,
    MAY_BE_GLUED,
    SPACE_DASH,
    pho_street,
)
from admin_merge.text.artefacts import clean_artefacts
from admin_merge.text.chains import Chain, higher_before, listed_places, named_after, unit_chains, without_motto
from admin_merge.text.chat import unchatted
from admin_merge.text.contacts import contacts_trimmed
from admin_merge.text.corrections import corrected
from admin_merge.text.courier import may_hold_note, notes_dropped
from admin_merge.text.damage import damaged, ocr_repair
from admin_merge.text.descriptors import descriptors_dropped
from admin_merge.text.documents import (
    ADDRESS_LABEL,
    ID_CARD,
    ISSUER,
    MAY_MOVE,
    MAY_PARCEL,
    OFFICE_FIRST,
    PARCEL_PART,
    PARCEL_TAIL,
    TAX_OFFICE,
    TRAILING_DATE,
    former_dropped,
    parcel_address,
    parcel_sheet,
    recipients_dropped,
)
from admin_merge.text.endings import LAST_PARENS, abroad, city_ward_initials, end_district_initials, last_initials
from admin_merge.text.exports import unexported
from admin_merge.text.fields import (
    CODE5,
    CODE_NAMED,
    DIGITS5,
    EMPTY_PARTS,
    LEVEL_LABELS,
    MAY_NAME_CODE,
    drop_fields,
    level_label,
)
from admin_merge.text.former import (
    MAY_NOTE_WRITTEN,
    drop_former_names,
    former_kept,
    marked_new,
    marked_old,
    named_now,
    origins_dropped,
)
from admin_merge.text.french import french_forms
from admin_merge.text.han import han_types
from admin_merge.text.keyboard import repair_typing, typed_residue
from admin_merge.text.links import link_words
from admin_merge.text.normalize import ascii_key, fold_chars, fold_typography, name_key, strip_diacritics
from admin_merge.text.numerals import (
    BARE_NUMBER,
    CROSSROADS_NUMBER,
    DIGIT_Q,
    GLUED_NUMBER,
    HOUSE_NUMBER,
    NUMBER_THEN_DISTRICT,
    PART_NUMBER,
    WARD_NUMBER_WRITTEN,
    crossroads_named,
    ward_number,
)
from admin_merge.text.ocr import OcrRepair, split_camel
from admin_merge.text.phonetic import d_agrees, heard
from admin_merge.text.prose import (
    PROSE_LENGTH,
    address_in_prose,
    equal_places,
    labelled_place,
    lead_place,
    question_dropped,
)
from admin_merge.text.receipts import words_unwrapped
from admin_merge.text.records import address_of_record, record_field, residence_label
from admin_merge.text.remarks import remarks_dropped, repeats_dropped
from admin_merge.text.seals import seal_address
from admin_merge.text.spoken import NUMBER_SYLLABLES, numbers_in_digits, numeral_value, unspoken
from admin_merge.text.styled import unstyled
from admin_merge.text.suffixed import (
    belongs_cut,
    slashed_types,
    types_after_names,
    types_in_front,
    types_once,
    types_unglued,
)
from admin_merge.text.tokens import GLUED, SPACE, STRONG, WEAK, Word, new_address_noted, prepare, strip_noise, words
from admin_merge.text.unit_names import Level, split_type
from admin_merge.text.vocabulary import (
    ENGLISH,
    FULL_WORDS,
    HAMLET_WORDS,
    ISLAND_KEY,
    LANDMARKS,
    NAMED_STREETS,
    STREET_KEYS,
    STREET_WORDS,
    TWO_WORD_FIRST,
    TWO_WORD_TYPES,
    TYPE_KEYS,
    TYPE_WORDS,
    TYPED,
    TYPED_ABOVE,
    TYPED_ABOVE_WORD,
    TYPED_ABOVE_WRITTEN,
    TYPED_NAME,
    TYPO_TYPES,
    typed_text,
)

if TYPE_CHECKING:
    from admin_merge.matching.resolver import Resolver

MAX_WORDS = 40  # words at the end of an address that can hold its units
TAIL_PARTS = 3  # comma-separated parts at the end of an address read alone first
CACHE_LIMIT = 1_000_000  # readings kept per process (a few hundred bytes each)
MAX_NAME = 6  # words in a unit name (``Văn Miếu - Quốc Tử Giám`` has 5)
# Two letters that stand for something else than a district's initials: Hà Nội, Sài Gòn, Việt Nam,
# thị trấn, khu phố, địa chỉ, số nhà, Quảng Trị.
_NOT_INITIALS = frozenset({"hn", "sg", "vn", "tt", "kp", "dc", "sn", "qt"})
COMPLETIONS = 12  # the most names a text cut short inside its last name is read as, each in turn
TYPED_COMPLETIONS = 24  # the same, when a type word before the cut name says its level
_CITY = "thành phố"  # the type word of cities (a province's, or a district's of the old register)
MARGIN = 5.0  # points by which the best reading must beat a reading that disagrees
NO_CONTEXT_SCORE = 85.0  # a commune named with neither district nor province
STREET_PENALTY = 8.0  # a typed unit left in the street
CONFLICT_PENALTY = 8.0  # a commune that is not in the district written after it
UNREAD_PENALTY = 4.0  # the last part of the address read as nothing (a damaged province)
UNREAD_SCORE = 85.0  # the score of a reading that skips an unreadable province
NEAR_CUTOFF = 75.0  # names of the written district listed next to a commune of another district
NEAR_MARGIN = 15.0  # ... all of them this close to the nearest (one letter off in a short name)
SPLIT_NAME_PENALTY = 12.0  # one name read as two units (a district and a province)
WORD_TYPES = 50_000  # words remembered with the type word they are (or are not)
REPAIRS = 100_000  # names remembered with their OCR repair
UNTYPED = 50_000  # units as written remembered without their type word (``_untyped``)
HITS = 200_000  # name look-ups remembered per reader (name, level, parent)
SCOPES = 20_000  # lists of the units inside a parent, remembered per reader
RESOLVED_OR_SPLIT = (Status.EXACT, Status.FUZZY, Status.ALREADY_NEW, Status.SPLIT)
_FIRM_READ = (Status.EXACT, Status.ALREADY_NEW, Status.SPLIT)
_FIRM_OR_NEAR_READ = (Status.EXACT, Status.ALREADY_NEW, Status.SPLIT, Status.FUZZY)
_IN_TEXT_LENGTH = 30  # shorter texts read as nothing hold no address among other words
_PLACE_BEFORE_LENGTH = 16  # a shorter street holds no commune with its district
_DASHED = re.compile(r"\s+[-\u2013]\s+")  # parts joined by a dash between spaces
# A part of two or three capitals alone at the end, after a typed ward's part (``P.17, BT``).
# ``Thành p``, ``Thị x``: two-word type words cut short after one letter (``T.X.``, ``T.P`` are whole).
_CUT_TYPES = frozenset({("thanh", "p"), ("thanh", "ph"), ("thi", "x")})
_CUT_FIRST = frozenset(first for first, _ in _CUT_TYPES)
_CELLS = re.compile(r"\s*[;|\t]\s*")  # cells of a spreadsheet joined
_LAST_PART = re.compile(r"\s*[,;|:\-–]\s*")  # what the last part of a street is cut at
_BARE_INITIALS = re.compile(r"(?i:\b(?:p|f|phường|phuong)\.?\s*\d{1,2}|\bp\.\s*[^\W\d_][^,;|]*)\s*,\s*([A-Z]{2,3})\s*$")
_CONFIDENT = (Status.EXACT, Status.FUZZY, Status.ALREADY_NEW)
_HAMLET_OR_STREET = HAMLET_WORDS | STREET_WORDS  # the first words of a hamlet's or a house's part
# The clause that leads to the units read, at the end of the street before them: a label (``Nơi
# làm việc: UBND``, ``; Nơi sinh``), words that say what happened there (``, bị bắt tại``).
_LEADING_CLAUSE = re.compile(r"\s*(?:[.;|,]|\s[-\u2013]\s)[^.;|,]{0,30}$")


# ``xã đảo Thanh Lân`` (an island commune), ``TTNT Việt Lâm`` (a farm's town): the register's
# type and name.
_ISLAND_COMMUNE = re.compile(r"(?i)\b(x[ãÃ])\s+đảo\s+(?=\w)")
_FARM_TOWN = re.compile(r"\b(?:TTNT\b\.?|(?:TT\.?|[Tt]hị trấn)\s*NT\b\.?)\s*(?=\w)")
# ``NT Than Uyên`` at a part's start: a farm's town too, unless the register names it so (see
# ``AddressReader._bare_farm_town``).
_BARE_FARM_TOWN = re.compile(r"(?:^|(?<=[,;|]\s)|(?<=[,;|])|(?<=\s[-\u2013]\s))NT\.?\s+(?=([A-ZĐ][^,;|\-\u2013]*))")
# ``Nông trường Than Uyên``, ``TT Nông trường Mộc Châu`` at a part's start (a farm's town written
# without its type word, or with an abbreviated one before the words of a farm).
_WRITTEN_FARM_TOWN = re.compile(
    r"(?:^|(?<=[,;|]\s)|(?<=[,;|])|(?<=\s[-\u2013]\s))(?i:(?:tt\.?|thị\s+trấn)\s*)?(?i:n[ôo]ng\s+tr[ưu][ờo]ng)\s+"
    r"([A-ZĐ][^,;|\-\u2013]*)"
)
# A field in capitals that starts with a commune's type letter (``/ X TOAN SON /``).
# Only ``X`` after another field: ``P`` is as often phố as phường, ``TT`` tập thể as thị trấn, and
# a first field ``X TAN AN`` is as often a xóm (``X TAN AN, NGHIA THAI, TAN KY``).
_FIELD_TYPED = re.compile(r"[/|;,\-]\s*X\s+[A-ZĐ]")
# What a type word written twice (``text.suffixed.types_once``), a resolution's wording of a unit's
# origin (``text.former.origins_dropped``) or a remark after the address (``text.remarks``) needs,
# in a lower-cased text: one search, with no case folding and a first letter to every branch, spares
# the three passes on nearly every address (about 1.5 µs, where their own searches took 14).
_RARE_SHAPES = re.compile(
    r"p(?:[\s.]*ph[ưu][ờo]|h[ưu][ờo]ng\s+ph)|x(?:[\s.]*x[ãa]|[ãa]\s+x[ãa])|q(?:[\s.]*qu[ậa]|u[ậa]n\s+qu)"
    r"|h(?:[\s.]*huy|uy[ệe]n\s+huy|[ìi]nh\s+th[àa]nh|[ợo]p\s+nh[ấa]t)|t(?:[\s.]*t[ỉi]nh|[ỉi]nh\s+t[ỉi]|p[\s.]*th[àa]nh\s+ph"
    r"|[xt][\s.]*th[ịi]\s|h[àa]nh\s+ph[ốo]\s+th[àa]|h[ịi]\s+(?:x[ãa]|tr[ấa]n)\s+th[ịi]|h[àa]nh\s+l[ậa]p|heo\s|[ừu]\s+ng[àa]y)"
    r"|c(?:[ơo]\s+s[ởo]|[ăa]n\s+c[ứu]|[ậa]p\s+nh)|g[ồo]m\s|s[ắa]p\s+x[ếe]p|n(?:h[ậa]p\s+t[ừu]|q|gh[ịi]\s+quy)|[đd][ăa]ng\s+k"
)
# A name's last word cut to its initial, at the end of the commune as written (``Phù Mỹ T.``).
# A capital left alone at the end of the street, right before the commune read (``Đ.Tiền Hải``).
_FIRST_INITIAL = re.compile(r"(?:^|[,;|\-\u2013]\s*)([A-ZĐ])\.?$")  # (a part of its own: not ``Block B``)
# A name's first syllable cut to its initial, the rest of the name after it (``C.Tiên``, the number
# read as the commune: ``C.Tiên 3``, Cát Tiên 3): with its dot.
_FIRST_INITIAL_WORDS = re.compile(r"(?:^|[,;|\-\u2013]\s*)([A-ZĐ])\.\s?([^\W\d_]+(?:\s[^\W\d_]+)?)$")
# A name's first syllable written as its initial and a dot (``V.Bản``, ``N. QUYỀN``, ``T.Xuân``).
_FIRST_CUT = re.compile(r"([^\W\d_])\.\s?([^\W\d_]+(?:\s[^\W\d_]+){0,2})\s*$")
# Such a commune, typed, as a part of its own in a street (``Ấp 1 – Xã N. Việt Khái – tỉnh Cà Mau``).
_TYPED_FIRST_CUT = re.compile(
    r"(?:^|[,;|\-\u2013]\s*)((?i:xã|xa|x|phường|phuong|p|thị trấn|thi tran|tt)\.?\s*"
    r"[^\W\d_]\.\s?[^\W\d_]+(?:\s[^\W\d_]+){0,2})\s*(?=[,;|\-\u2013]|$)"
)
# A note in parentheses that places the address beside others (folded): ``(giáp ranh huyện ...)``,
# ``(cạnh chợ xã ...)``, ``(cách trung tâm huyện 5 km)``, ``(đối diện UBND xã ...)``.
_BESIDE_NOTE = re.compile(
    r"\s*(?:giap|tiep giap|giap ranh|gan|canh|ben canh|sat|cach|doi dien|ke ben|phia (?:bac|nam|dong|tay))\b"
)
# Words that end a name or mark it (folded), never a word left over by a cut: ``cũ``, directions.
# A number from one to ten between words (``Thủ Dầu 1``, ``xã 3 Đình``): a name's syllable that voice
# typing wrote in figures, when the name is a unit's (see ``_digit_named``).
_SPOKEN_DIGIT = re.compile(r"(?<=[^\W\d_] )(10|[1-9])(?= [^\W\d_])|(?<=[^\W\d_] )(10|[1-9])$")
# The cheap test first: the space and the number with what follows it, as ``_SPOKEN_DIGIT`` reads
# them (a match of it is one of this), searched for the space (the look-behind first is tried at
# every place).
_SPACE_DIGIT = re.compile(r" (?:10|[1-9])(?: [^\W\d_]|$)")
_NUMBERED_TYPES = frozenset({"phuong", "quan", "p", "q", "f", "ph"})  # type words of numbered units
_STREET_ABBREVIATIONS = frozenset({"kp", "km", "ql", "sn", "tdp", "tl", "no", "lane", "road"})  # no syllables
_BARE_CITY = (["tp"], ["t", "p"], ["thanh", "pho"], ["tx"], ["t", "x"], ["thi", "xa"])  # a city's type word alone
_BARE_TOWN = (["tx"], ["t", "x"], ["thi", "xa"])  # (a thị xã's)
_NAME_ENDINGS = frozenset(
    {"cu", "moi", "dong", "tay", "nam", "bac", "trung", "thuong", "ha", "ngoai", "trong", "mot", "hai", "ba", "bon"}
)
_PART_END = re.compile(r"[,;|]|\s[-\u2013]\s")  # where a part of an address ends
_LAST_INITIAL = re.compile(r"(?<=[^\W\d_]{2})\s+([^\W\d_])(\.?)\s*$")
# A name's number in Roman or after ``số`` at the end of a part (``X. A Lưới V``, ``Đạ Tẻh số 3``).
_NAME_NUMERAL = re.compile(
    r"((?:[^\W\d_]+\s){0,2}[^\W\d_]+)\s+(?:số\s+)?(I{1,3}|IV|VI{0,3}|IX|X|(?<=số\s)\d{1,2}"
    r"|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín))(?=\s*(?:[,;|.\-]|$))"
)
# The cheap test first: the number alone, at the end of a part (the same as ``_NAME_NUMERAL``
# without the name before it, which is tried at every word's start).
_NUMERAL_AT_END = re.compile(
    r"\s(?:số\s+)?(?:I{1,3}|IV|VI{0,3}|IX|X|(?<=số\s)\d{1,2}"
    r"|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín))(?=\s*(?:[,;|.\-]|$))"
)
# The second test: ``_NAME_NUMERAL`` with its name cut to its last letter, which finds a match in
# exactly the texts that one does: a match of ``_NAME_NUMERAL`` ends its name with a letter, where
# this one matches with the same rest; a match of this one is one of ``_NAME_NUMERAL`` whose name
# is that letter alone. (Tried at every letter, it fails at the next character of most of them.)
_LETTER_NUMERAL = re.compile(
    r"[^\W\d_]\s+(?:số\s+)?(I{1,3}|IV|VI{0,3}|IX|X|(?<=số\s)\d{1,2}"
    r"|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín))(?=\s*(?:[,;|.\-]|$))"
)


def _noted(address: str) -> str:
    """``address`` with a new address in parentheses noted as after ``nay là`` (composed first, as
    ``prepare`` reads it): see ``new_address_noted``."""
    return new_address_noted(unicodedata.normalize("NFC", address)) if "(" in address else address


# A letter in parentheses after a word (``Thị trấn Mậu (A)``), its closing parenthesis perhaps
# dropped at the end of the text: see ``_letter_joined``.
_LETTER_IN_PARENS = re.compile(r"(?<=[^\W\d_])\s*\(([A-D])(?:\)|$)(?![^\W_])")
# Words after a room's number (``P.15 lầu 6``, ``P.2 tầng 3``): its floor or its block, folded.
_FLOOR_WORDS = frozenset({"lau", "tang", "toa", "block"})
_FLOOR_KEYS = frozenset(name_key(w) for w in ("lầu", "tầng", "tòa", "toà", "block"))
_CRUMBS = re.compile(r"\s+[»›▸▶→⟶]\s+")  # a breadcrumb's separators, spaced (mojibake has ``á»``), as ``>``
# The last parts of an address that may name its province twice, the old one and the new one
# (``Xã Hòa Phú, Đắk Lắk (Phú Yên cũ)``, ``X. An Hiệp, Bến Tre - Vĩnh Long``, ``Tuyên Quang/Hà
# Giang cũ``), the separators between them, and the words around a province's name in such a pair.
_PAIR_SEP = re.compile(r"\s*(?:[,;/|()>]|\s[-\u2013]\s)\s*")
_PAIR_BEFORE = (
    "nay là ",
    "nay la ",
    "nay thuộc ",
    "nay thuoc ",
    "hiện nay là ",
    "trước đây là ",
    "trước là ",
    "truoc day la ",
)
_PAIR_AFTER = (" cũ", " cu", " mới", " moi")
_PAIR_ENGLISH = (" province", " city")  # ``Binh Duong Province - Ho Chi Minh City``
# The unit written before ``nay là`` (``Xã Pom Lót (nay là Xã Sam Mứn)``, ``Xã A - nay là xã B``,
# ``Xã A (nay thuộc xã B)``, ``Xã A (sáp nhập vào xã B)``).
_FORMER_BEFORE_NOW = re.compile(
    r"(?i)([^,;()\-\u2013]+?)\s*[(\-\u2013]?\s*\b(?:nay\s+(?:l[àa]|thu[ộo]c)|(?:(?:s[áa][pt])\s+)?nh[ậa]p\s+v[àa]o)\b"
)


def _typed_name(typed: str) -> list[Word]:
    """The words of a typed commune's name (``Xã Da Lâm``: ``Da Lâm``), up to its part's end;
    none when the text starts with no type word or has no name after it."""
    ws = words(typed)
    tw = _type_at(ws, 0, len(ws)) if ws else None
    if tw is None or tw.size >= len(ws):
        return []
    end = tw.size + 1
    while end < len(ws) and ws[end].sep < WEAK:
        end += 1
    return list(ws[tw.size : end])


def _numbered_hamlet(text: str) -> bool:
    """Whether ``text`` is a hamlet's word and its number alone (``Thôn 3``, ``Tổ 12``)."""
    ws = words(text)
    return len(ws) == 2 and ws[0].ascii in HAMLET_WORDS and ws[1].ascii.isdigit()


def _pair_name(piece: str) -> str:
    """A province's name in a pair, without the words around it (``nay là Hồ Chí Minh``,
    ``Hà Giang cũ``)."""
    piece = piece.strip()
    lowered = piece.lower()
    if lowered.endswith(_PAIR_ENGLISH):
        piece, lowered = piece[: piece.rindex(" ")].rstrip(), lowered[: lowered.rindex(" ")].rstrip()
    if lowered.endswith(_PAIR_AFTER):
        piece, lowered = piece[: piece.rindex(" ")].rstrip(), lowered[: lowered.rindex(" ")].rstrip()
    if lowered.startswith(_PAIR_BEFORE):
        for before in _PAIR_BEFORE:
            if lowered.startswith(before):
                return piece[len(before) :].strip()
    return piece


def _last_separator(text: str, end: int) -> tuple[int, int] | None:
    """Where the last separator of a province pair (``,``, ``;``, ``/``, ``|``, ``(``, ``)``,
    ``>``, a spaced dash) before ``end`` starts and ends, or None."""
    start, stop = -1, -1
    for sign in ",;/|()>":
        i = text.rfind(sign, 0, end)
        if i > start:
            start, stop = i, i + 1
    for dash in (" - ", " \u2013 "):
        i = text.rfind(dash, 0, end)
        if i >= 0 and i + 3 > stop:
            start, stop = i, i + 3
    return (start, stop) if start >= 0 else None


_MARK_IN_PARENS = re.compile(r"(?i)\s*\(\s*(cũ|cu|mới|moi)\s*\)")
_PROVINCE_PARTS = 100_000  # parts remembered by ``_may_name_province`` before it starts again
_PROVINCE_TYPE = re.compile(r"^(?:tinh|t|tp|thanh pho|t p)\b[ .]*")
_HOME_CRUMB = re.compile(r"(?i)\s*(?:trang\s+ch[ủu]|home|[đd][ịi]a\s+b[àa]n|danh\s+m[ụu]c)\s*>\s*")
# A numbered ward or district glued to the next unit or name (``P8T.P Vũng Tàu``, ``F7T.P``,
# ``p.12tân bình``, ``p8phú nhuận``): two letters at least after the number (``P.12A`` is a room).
_NUMBERED_GLUED = re.compile(
    r"(?<![^\W_])((?:[PpFfQq]|(?i:phường|phuong|quận|quan))[ .]{0,2}\d{1,2})"
    r"([Tt]\.[Pp]\b|[^\W\d_]{2,}(?:[ ]+[^\W\d_]+){0,3})"
)
_DIGIT_THEN_LETTERS = re.compile(r"\d(?:[^\W\d_]{2}|[Tt]\.)")  # a quick test first: most addresses hold none
_GLUED_WARD = re.compile(r"(?<![^\W_])[PpFf]\d{1,2}(?!\d)")  # ``P7``, ``F12``: a numbered ward, glued
_WORD_RUNS = re.compile(r"[a-z0-9]+")  # the words and numbers of a folded text
# A line break between two words, with the spaces around it (see ``AddressReader._wrap``).
_FIELD_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")
_LINE_BREAK = re.compile(r"([^\s,;|:]+)[ \t]*(?:\r\n|\r|\n)[ \t]*(?=([^\s,;|]+))")
_FIELD_END = re.compile(r"[,;|\r\n]")  # where the text after a line break ends its part


_MARKS = {"new register": "marked as the present unit (mới, nay là)", "old register": "marked cũ: the unit as it was"}


def _marked_reading(interp: Interpretation, ws: Sequence[Word], register: str) -> Interpretation:
    """Readings that disagree only between the old register and the new one, in an address that
    marks its units as the present ones (``mới``) or as they were (``cũ``): the reading of that
    register, when it is one and as close as the others (``Phường Long Biên mới - thành phố Hà
    Nội mới``: the new Phường Long Biên, not the old one, now in Bồ Đề and Long Biên)."""
    best = interp.readings[0]
    close = [r for r in interp.readings if r.score >= best.score - MARGIN and r.codes()]
    chosen = [r for r in close if r.why == register]  # best first; several must lead to one unit
    if not chosen or len({r.codes() for r in chosen}) != 1 or any(r.why not in _MARKS for r in close):
        return interp
    reading = chosen[0]
    res = reading.resolution
    res = replace(res, note=_MARKS[register] + (f"; {res.note}" if res.note else ""))
    return _interpretation(ws, reading, res, reading.used, interp.readings)


def _commune_in_its_district(interp: Interpretation, ws: Sequence[Word]) -> Interpretation | None:
    """Readings that disagree between a commune in its district (the old register's, the best)
    and only the commune named as that district, the commune written left out (``Lăng Cô, Phú Lộc,
    Huế``: not the new Xã Phú Lộc with ``Lăng Cô`` in the street): the first, which reads every
    part, when the commune has a part of its own with no hamlet's or street's word."""
    best = interp.readings[0]
    if best.why != "old register" or best.district is None or best.commune is None or not best.codes():
        return None
    if best.resolution.status not in (Status.EXACT, Status.SPLIT):
        return None  # a near name (``Đắk Tang, Kon Tum, Quảng Ngãi``): not read firmly enough to choose
    close = [r for r in interp.readings[1:] if r.score >= best.score - MARGIN and r.codes() != best.codes()]
    if not close or any(
        r.district is not None or r.commune is None or ascii_key(r.commune) != ascii_key(str(best.district))
        for r in close
    ):
        return None
    n = len(ws)
    start = n - best.used
    first = ws[start] if 0 <= start < n else None
    if first is None or (start and first.sep < WEAK):
        return None
    if first.ascii in _HAMLET_OR_STREET and (not first.marks or first.key in STREET_KEYS):
        return None  # (``Ấp Thanh Hòa, Cai Lậy``: a hamlet named like a commune; not ``Lăng Cô``)
    return _interpretation(ws, best, best.resolution, best.used, interp.readings)


def _interpretation(
    ws: Sequence[Word], best: Reading, res: Resolution, used: int, shown: tuple[Reading, ...]
) -> Interpretation:
    """The interpretation of a reading: ``complete`` when its commune was read from a part of its
    own (what comes before it is street)."""
    n = len(ws)
    complete = best.commune is not None and used > 0 and (used == n or ws[n - used].sep == STRONG)
    parsed = (best.province, best.district, best.commune)
    return Interpretation(parsed, used, res.with_address_parts(res.street, parsed), shown, complete)


# District-level type words, folded: the name after one is not the province (see ``_ends_with_province``).
_DISTRICT_TYPES = frozenset({"h", "huyen", "q", "quan", "tp", "thanh pho", "tx", "thi xa", "thanhpho", "thixa"})
_LATER_NAME = re.compile(LATER_NAME)  # dropped: the address is read in the register of its time
# A house's number or a street word, then a family name, before a name: a street named after a
# person (``229 Lê Hồng Phong``, ``đường Trần Hưng Đạo``), not a commune after a street.
_FAMILY_AFTER_STREET = (
    r"(?i)(?:^|[\s,;])(?:\d[\w/.-]*|đường|duong|đ\.|phố|pho)\s+"
    r"(?:nguyễn|nguyen|trần|tran|lê|le|phạm|pham|hoàng|hoang|huỳnh|huynh|phan|vũ|vu|võ|vo|đặng|dang|bùi|bui|"
    r"đỗ|do|hồ|ho|ngô|ngo|dương|duong|lý|ly|đinh|dinh|trịnh|trinh|mạc|mac|lương|luong|tôn|ton|"
    r"tô|to|trương|truong|đoàn|doan|lâm|lam|tạ|ta|quách|quach|triệu|trieu)\s+"
)
_PERSON_BEFORE = re.compile(_FAMILY_AFTER_STREET + "$")
_FAMILY_NAMES = frozenset(
    {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui"}
    | {"do", "ho", "ngo", "duong", "ly", "dinh", "trinh", "mac", "luong", "ton"}
    | {"to", "truong", "doan", "lam", "ta", "quach", "trieu"}
)  # the family names of ``_FAMILY_AFTER_STREET``, folded
# The same with a middle name before a one-word name (``261A đường Phan Đình Phùng``: no Thị trấn Phùng).
_PERSON_BEFORE_ONE = re.compile(_FAMILY_AFTER_STREET + r"[^\W\d_]+\s+$")
_ABOVE_TYPES = frozenset({"huyen", "quan", "tinh", "tp", "tx", "h", "q"})  # district and province types, folded
_CENTRAL_CITIES = frozenset({"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"})
_MONTH_END = re.compile(r"(?i)\bth[áa]ng\s*$")  # ``3 Tháng`` before the ``2`` of ``Đường 3 Tháng 2``
_PROVINCE_AFTER = frozenset({"province", "prov", "city", "state"})  # English type words after a province's name
_FIRST_PART = re.compile(r"(?=[\s,;|])\s*[,;|\n\t]\s*")  # the end of an address's first part (see ``_CONTACT_SPLIT``)
# Where a contact's part ends. Each alternative starts with whitespace or one of its marks: one
# test of that character first passes every other place, where the four would each be tried
# (the same splits).
_CONTACT_SPLIT = re.compile(r"(?=[\s,;|\n()])(\s*[,;|\n(]\s*|\s+[-\u2013/]\s+|\)\s*|\s\s+)")
_TABS = re.compile(r"[\s,;|]*\t[\s,;|]*")


_FIRST_LETTERS = re.compile(r"[^\W\d_]+")  # the first word of a folded text
_HEADS_READ = 64  # texts' heads remembered by ``_starts_with_province`` (emptied when full)
# Where an address written from the province down is cut into its parts.
_PARTS = re.compile(r"(?=[\s,;|>])(?:\s*[,;|>]\s*|\s+[-\u2013\u2014/]\s+)")  # (see ``_CONTACT_SPLIT``)
_ROADS = frozenset({"quoc", "tinh", "huong"})  # ``Quốc lộ``, ``Tỉnh lộ``, ``Hương lộ``
_LO_KEY = name_key("lộ")
# The people's committee written before an untyped unit, at a part's start (``Nơi đăng ký khai sinh:
# UBND Quốc Thái, An Phú, An Giang``): the committee of that unit, which is the place.
_OFFICE_UNTYPED = re.compile(
    r"(?i)(^|[:,;|(])(\s*)(?:ubnd|[uủ]\s?y\s+ban\s+nh[âa]n\s+d[âa]n)\s+"
    r"(?!(?:x[ãa]|ph[ưu][ờo]ng|th[ịi]\s+tr[ấa]n|huy[ệe]n|qu[ậa]n|th[ịi]\s+x[ãa]|th[àa]nh\s+ph[ốo]|t[ỉi]nh|[đd][ặa]c\s+khu"
    r"|tp|tx|tt|x|p|h|q|f)(?![^\W\d_]))(?=[^\W\d_])"
)
_ISSUED_BY = re.compile(r"(?i)n[ơo]i\s+c[ấa]p\s*:\s*$")


def _office_dropped(address: str) -> str:
    """``address`` without ``UBND`` before an untyped unit's name (not an issuing office's)."""

    def drop(m: re.Match[str]) -> str:
        if _ISSUED_BY.search(address[: m.start() + len(m.group(1))]) is not None:
            return m.group()  # ``Nơi cấp: UBND Mỹ Thái``: the office that issued a paper, no place
        return m.group(1) + m.group(2)

    return _OFFICE_UNTYPED.sub(drop, address)


# A number in words before Hồ Chí Minh City's name, after a space or a separator: a district said
# by its number, ``quận`` left out (``phường tân hưng, bảy, hồ chí minh``).
_SPOKEN_CITY_DISTRICT = re.compile(
    r"(?i)(?<![^\s,;\-])(một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)"
    r"(?=\s*[,;\-]?\s*(?:(?:tp\.?|thành\s+phố)\s*)?(?:hồ\s+chí\s+minh|hcm|sài\s+gòn)(?![^\W\d_]))"
)
_NUMBER_WORDS = frozenset(["một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"])
_NUMBER_PARTS = _NUMBER_WORDS | {"mươi", "lăm", "mốt", "linh", "lẻ"}  # the words of a number said
_SPOKEN_SPLIT = re.compile(r"[\s,;\-]+")
# A district typed before Hồ Chí Minh City's name: no number said for it.
_TYPED_CITY_DISTRICT = re.compile(
    r"(?i)(?<![^\W\d_])(?:quận|quan|huyện|huyen|q\.|h\.|thị\s+xã|tx\.?|tp\.?\s*thủ\s+đức)(?=\s|\d)"
)
# The part a number word ends (from the last separator), and a ward or commune typed at its start.
_PART_BEFORE = re.compile(r"(?:^|[,;\-]\s*)([^,;\-]*)$")
_WARD_FIRST = re.compile(r"(?i)\s*(?:phường|phuong|p\.?|f\.?|xã|xa|thị\s+trấn|tt\.?)(?:\s|\d)")
_UNREAD_LENGTH = 120  # an address longer is a document's text: no part of it left unread (``_part_unread``)
# A row's last column: short, with a number, after a bar, a semicolon or a comma (``| 64 phòng``).
_LAST_COLUMN = re.compile(r"\s*[|;,]\s*([^|;,\d]{0,20}\d[^|;,]{0,20})$")
_TOKEN_START = re.compile(r"(?<![^\s\-])[^\s\-]")  # where a word starts after a space or a dash
TOWN = "thị trấn"  # the type of an old town (the seat of its district, often called by the town's name)
REPAIRED_SCORE = 90.0  # the highest score of an address read after its OCR damage was repaired

P, D, C = "province", "district", "commune"
LEVELS: dict[str, tuple[str, ...]] = {
    "tỉnh": (P,),
    "thành phố": (P, D),
    "thị xã": (D,),
    "quận": (D,),
    "huyện": (D,),
    "phường": (C,),
    "xã": (C,),
    "thị trấn": (C,),
    "đặc khu": (C,),
}


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class TypeWord:
    canonical: str
    size: int  # words it takes
    strength: float  # typed bonus: the full word or an abbreviation, a typo, English

    # The ``__init__``s of the reader's value classes are written out, not generated: compiled
    # with mypyc, the one dataclasses generates stays interpreted, and every address builds
    # dozens of these. Frozen ones set their fields through ``object.__setattr__``, as the
    # generated one does.
    def __init__(self, canonical: str, size: int, strength: float) -> None:
        object.__setattr__(self, "canonical", canonical)
        object.__setattr__(self, "size", size)
        object.__setattr__(self, "strength", strength)


# An unknown short word in front of a name, taken for a damaged type word of any level.
DAMAGED = TypeWord("", 1, -2.0)


class Found:
    """The units a name fits (old register, new register), with what a piece takes from them."""

    __slots__ = ("best", "fuzzy", "hits", "new_hits", "points", "shadowed")

    def __init__(self, hits: list[Hit[Any]], new_hits: list[Hit[Any]], shadowed: Sequence[Hit[Any]] = ()) -> None:
        self.hits = hits
        self.new_hits = new_hits
        # New communes of the name set aside for an old one of the district written (the old form
        # is read as such), unless the type word written is theirs alone (see ``_points``).
        self.shadowed = shadowed
        # The best quality, whether every unit was found by a fuzzy ratio, the best points: one
        # pass over both lists (a piece is built from every name looked up).
        best = points = 0.0
        fuzzy = True
        first = True
        for found in (hits, new_hits):
            for h in found:
                quality = h.quality
                p = _quality_points(quality, h.fuzzy)
                if first:
                    best, points, first = quality, p, False
                else:
                    if quality > best:
                        best = quality
                    if p > points:
                        points = p
                if not h.fuzzy:
                    fuzzy = False
        self.best = best
        self.fuzzy = fuzzy
        self.points = points


@dataclass(slots=True)
class Piece:
    """A run of words read as one unit of one level."""

    level: str
    start: int
    end: int
    type: str | None  # canonical type word, when written
    strength: float
    hits: list[Hit[Any]]  # units of the level that fit (old register)
    new_hits: list[Hit[Any]] = field(default_factory=list)  # provinces and communes of the new register
    points: float = 0.0
    firm: bool = False  # typed with a type word that agrees, or an exact name marked off by separators
    name_start: int = 0  # the first word of the name (after a type word)

    def __init__(
        self,
        level: str,
        start: int,
        end: int,
        type: str | None,
        strength: float,
        hits: list[Hit[Any]],
        new_hits: list[Hit[Any]] | None = None,
        points: float = 0.0,
        firm: bool = False,
        name_start: int = 0,
    ) -> None:
        self.level = level
        self.start = start
        self.end = end
        self.type = type
        self.strength = strength
        self.hits = hits
        self.new_hits = [] if new_hits is None else new_hits
        self.points = points
        self.firm = firm
        self.name_start = name_start


@dataclass(frozen=True, slots=True)
class Reading:
    """One way of reading the end of an address, with its score and outcome."""

    score: float
    province: str | None
    district: str | None
    commune: str | None
    used: int  # words from the end that the units take
    resolution: Resolution
    why: str

    def __init__(
        self,
        score: float,
        province: str | None,
        district: str | None,
        commune: str | None,
        used: int,
        resolution: Resolution,
        why: str,
    ) -> None:
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "province", province)
        object.__setattr__(self, "district", district)
        object.__setattr__(self, "commune", commune)
        object.__setattr__(self, "used", used)
        object.__setattr__(self, "resolution", resolution)
        object.__setattr__(self, "why", why)

    def codes(self) -> frozenset[str]:
        return self.resolution.codes()


@dataclass(frozen=True, slots=True)
class Interpretation:
    """The reading of an address's unit part (cached), and the others that were considered."""

    parsed: tuple[str | None, str | None, str | None]  # province, district, commune as written
    used: int  # words from the end of the cached words that are units
    resolution: Resolution  # with ``parsed`` filled in; ``with_street`` gives each address its own
    readings: tuple[Reading, ...] = ()
    complete: bool = False  # a commune was read, from a part of its own (what comes before is street)

    def __init__(
        self,
        parsed: tuple[str | None, str | None, str | None],
        used: int,
        resolution: Resolution,
        readings: tuple[Reading, ...] = (),
        complete: bool = False,
    ) -> None:
        object.__setattr__(self, "parsed", parsed)
        object.__setattr__(self, "used", used)
        object.__setattr__(self, "resolution", resolution)
        object.__setattr__(self, "readings", readings)
        object.__setattr__(self, "complete", complete)


def marks_decide(best: Reading, rival: Reading) -> bool:
    """The same words read as a commune named with exactly the marks written, and as one whose
    letters fit but not its marks (``xã Liên Hòa``: the new Xã Liên Hòa, not the old Liên Hoa),
    every word carrying marks: the marks written tell them apart."""
    return (
        best.commune is not None
        and rival.commune == best.commune
        and best.resolution.status in (Status.EXACT, Status.ALREADY_NEW, Status.AMBIGUOUS)
        and best.resolution.score == EXACT
        and rival.resolution.status in (Status.FUZZY, Status.ALREADY_NEW)
        and rival.resolution.score == MARKED
        and _name_all_marked(best.commune)
    )


def _city_ward_pattern(wards: dict[str, tuple[str, str]]) -> re.Pattern[str] | None:
    """A ward's type word and one of ``wards``' own names (``Gazetteer.city_wards``), then maybe
    a dash and its city, with or without marks, in any case."""
    owns, cities = set(), set()
    for full, _ in wards.values():
        own, _, city = full.rpartition(" - ")
        owns |= {own, strip_diacritics(own)}
        cities |= {city, strip_diacritics(city)}
    if not owns:
        return None

    def alternatives(forms: set[str]) -> str:
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))

    return re.compile(
        rf"(?i)(?<![^\W\d_])(phường|phuong|p\.|p|f\.|f)\s*({alternatives(owns)})(?![^\W\d_])"
        rf"(\s*[-\u2013]\s*(?:{alternatives(cities)})(?![^\W\d_]))?"
    )


def _hamlet_as_province(written: str | None) -> bool:
    """A province read from a numbered hamlet, group or house (``Thôn 8``, ``THÔN 12``, ``Tổ 5``,
    ``số 134``): no province's name holds a number (and ``Lạng Sơn`` starts with a hamlet's word)."""
    if not written or not any(ch.isdigit() for ch in written):
        return False
    first = fold_chars(written.lower()).split(maxsplit=1)
    return bool(first) and first[0].rstrip(".") in _HAMLET_OR_STREET


def _bare_numbers(parsed: tuple[str | None, str | None, str | None]) -> bool:
    """A district and a commune read from bare numbers, two different ones (``..., 4, 8``)."""
    district, commune = parsed[1], parsed[2]
    return (
        district is not None
        and commune is not None
        and district.isdigit()
        and commune.isdigit()
        and district.lstrip("0") != commune.lstrip("0")
    )


def _name_all_marked(written: str) -> bool:
    """Every word of a unit's name as written, after its type word, carries a mark."""
    ws = words(written)
    tw = _type_at(ws, 0, len(ws)) if ws else None
    name = ws[tw.size :] if tw is not None else ws
    return bool(name) and _all_marked(" ".join(w.key for w in name))


def _exact(piece: Piece) -> bool:
    """A piece that names a unit exactly (with or without its marks), not by a near name."""
    return any(not h.fuzzy and h.quality >= PLAIN for h in piece.hits) or any(
        not h.fuzzy and h.quality >= PLAIN for h in piece.new_hits
    )


def _all_marked(key: str) -> bool:
    """Every syllable of a name key carries a mark (``lôc~4 ân~1``; not ``quynh~2 thach``, where
    the marks were left out of a word, nor ``mi hanh bac``, written without any)."""
    return bool(key) and all("~" in s or not s.isascii() for s in key.split())


def _quality_points(quality: float, fuzzy: bool = False) -> float:
    if fuzzy:
        return 2.0 + (min(quality, 99.0) - 84.0) * 0.25
    if quality >= EXACT:
        return 10.0
    if quality >= PLAIN:
        return 9.5
    if quality >= INITIALS:
        return 7.5
    if quality >= MARKED:
        return 7.0
    return 2.0 + (quality - 84.0) * 0.25


def _codes_of(res: Resolution) -> set[str]:
    """The new units a reading leads to: its unit(s), or its candidates when flagged."""
    return set(res.codes()) if res.status in RESOLVED_OR_SPLIT else set(res.candidates)


def _commune_words(res: Resolution) -> list[Word]:
    """The words of the commune part of a reading, without its type word."""
    written = words(res.parsed[2] or "")
    tw = _type_at(written, 0, len(written)) if written else None
    return written[tw.size :] if tw is not None and C in LEVELS[tw.canonical] else written


def _cut_short(letters: str) -> bool:
    """Two letters in title case (``Th``): a word cut short; initials are written in one case
    (``TH``, ``th``)."""
    return len(letters) == 2 and letters[0].isupper() and letters[1].islower()


def _repaired(
    again: tuple[Interpretation, str | None], fixed: str, why: str = "OCR damage repaired"
) -> tuple[Interpretation, str | None]:
    """The reading of the text with its OCR damage repaired: at most fuzzy (score
    REPAIRED_SCORE), with the text read in its note."""
    res = again[0].resolution
    res = replace(
        res,
        status=Status.FUZZY if res.status is Status.EXACT else res.status,
        score=min(res.score, REPAIRED_SCORE),
        note=f"read as {fixed!r} ({why})" + (f"; {res.note}" if res.note else ""),
    )
    return replace(again[0], resolution=res), again[1]


def _near_in_both(res: Resolution) -> bool:
    """Flagged because near names of both registers, as near, lead apart (see ``_commune_hits``)."""
    return res.status is Status.AMBIGUOUS and res.reason is Reason.READINGS_DISAGREE and res.score < PLAIN


def _all_flagged(readings: list[tuple[Interpretation, str | None]], note: str) -> tuple[Interpretation, str | None]:
    """Several readings of a text written out (a province's or a district's initials, each way):
    the first, flagged with the units of all."""
    codes = {c for again in readings for c in again[0].resolution.codes()}
    res = readings[0][0].resolution
    flagged = res.flagged(codes, note, score=min(res.score, REPAIRED_SCORE), other_province=None)
    return replace(readings[0][0], resolution=flagged), readings[0][1]


def _cut_out(text: str, part: str) -> str:
    """``text`` without its first ``part`` that stands as a part of its own (between separators),
    and the separator before it (or after it, at the start); ``text`` when it holds none."""
    m = re.search(rf"(?:^|\s*[,;|:\-–]\s*){re.escape(part)}\s*(?=[,;|:\-–]|$)", text)
    if m is None:
        return text
    return (text[: m.start()] + text[m.end() :]).strip(" ,;|:-–")


def _best_quality(hits: list[Hit[Any]], new_hits: list[Hit[Any]]) -> float:
    """The best quality of the hits of both registers; ``UNREAD_SCORE`` for none (a piece too
    damaged to read)."""
    best = -1.0
    found = False
    for h in hits:
        if not found or h.quality > best:
            best, found = h.quality, True
    for h in new_hits:
        if not found or h.quality > best:
            best, found = h.quality, True
    return best if found else UNREAD_SCORE


def _best_points(hits: Sequence[Hit[Any]]) -> float:
    return max((_quality_points(h.quality, h.fuzzy) for h in hits), default=0.0)


_ocr_repaired = memo(ocr_repair, REPAIRS)


def _name_keys(name: Sequence[Word]) -> tuple[str, str, bool]:
    """Words as one name to look up: folded, key, and whether any is written with diacritics."""
    return " ".join(w.ascii for w in name), " ".join(w.key for w in name), any(w.marks for w in name)


def _strength(written: Sequence[Word], canonical: str) -> float:
    """A type word spelt right (or without any diacritic) is strong evidence; with other
    diacritics (``Phương``, ``Xá``) it is more often a syllable of a name."""
    if any(w.marks for w in written):
        key = " ".join(w.key for w in written)
        if key != TYPE_KEYS[canonical] and key != ISLAND_KEY:
            return 1.0
    return 4.0


def _landmark_before(ws: Sequence[Word], i: int) -> bool:
    """The one or two words before word ``i``, in its part, name a landmark (``UBND``, ``Bưu điện``)."""
    one = ws[i - 1].ascii
    if one in LANDMARKS:
        return True
    return i > 1 and ws[i - 1].sep <= SPACE and f"{ws[i - 2].ascii} {one}" in LANDMARKS


def _disagreeing(
    found: tuple[Interpretation, str | None],
    parsed: tuple[str | None, str | None, str | None],
    note: str,
    reason: Reason,
) -> tuple[Interpretation, str | None]:
    """A reading of part of the text flagged with its units, as the whole text contradicts it
    (see ``_province_disagrees``), with the parts as written."""
    res = found[0].resolution
    flagged = res.flagged(
        res.codes(), note, score=min(res.score, REPAIRED_SCORE), other_province=res.new_province_code, reason=reason
    )
    return replace(found[0], parsed=parsed, resolution=flagged.with_address_parts(flagged.street, parsed)), found[1]


def _starts_name(unit: OldCommune | NewCommune, cut: Sequence[Word]) -> bool:
    """Whether ``cut``, the words of a name cut short inside its last word, starts the unit's
    name and is shorter: by the letters alone for words without marks, else by the marks too
    (``Hò`` starts Hòa Trạch, not Hồ Xá)."""
    if not any(w.marks for w in cut):
        folded = ascii_key(unit.short_name)
        prefix = " ".join(w.ascii for w in cut)
        return folded.startswith(prefix) and len(folded) > len(prefix)
    parts = name_key(unit.short_name).split()
    n = len(cut)
    if len(parts) < n or any(parts[i] != cut[i].key for i in range(n - 1)):
        return False
    letters, _, tone = cut[-1].key.partition("~")
    whole, _, its_tone = parts[n - 1].partition("~")
    if not whole.startswith(letters) or (tone and tone != its_tone):
        return False
    return len(parts) > n or len(whole) > len(letters)


def _prefixed(names: list[str], prefix: str) -> list[str]:
    """The names of sorted ``names`` that start with ``prefix`` and are longer."""
    out = []
    for i in range(bisect_left(names, prefix), len(names)):
        name = names[i]
        if not name.startswith(prefix):
            break
        if len(name) > len(prefix):
            out.append(name)
    return out


# Street words that also end people's names streets are named after (``Lý Thường Kiệt``, ``Lý
# Thái Tổ``): after another word of the name, no alley or group starts there.
_NAME_ENDS = frozenset({"kiet", "to"})


def _unmarked(text: str) -> bool:
    """No letter of ``text`` bears a diacritic (``đ`` included)."""
    return text.isascii()


def _line_repeated(match: re.Match[str]) -> bool:
    """The line after a line break starts with the whole line before it (``Binh Thuan\nBinh
    Thuan Province``): a field written again, not a name wrapped."""
    text = match.string
    start = max(
        text.rfind("\n", 0, match.start(1)), text.rfind("\r", 0, match.start(1)), text.rfind(",", 0, match.start(1))
    )
    line = ascii_key(text[start + 1 : match.end(1)])
    stop = min(
        (i for i in (text.find("\n", match.start(2)), text.find("\r", match.start(2))) if i >= 0), default=len(text)
    )
    after = ascii_key(text[match.start(2) : stop])
    return bool(line) and (after == line or after.startswith(line + " "))


def _once(text: str) -> str:
    """The text with a typed comma-separated part written twice in a row kept once (``Huyện
    Ngọc Lặc, Huyện Ngọc Lặc``: a form's field appended to the address that already held it).
    Untyped, a name twice may be a commune and its district of that name (``Yên Lập, Yên Lập``)."""
    parts = text.split(",")
    keys = [part.strip().casefold() for part in parts]
    if len(keys) > 1 and keys[-1] and _province_again(keys[-2], keys[-1]):
        return ",".join(parts[:-1])  # ``..., Thành Phố Đà Nẵng, Đà Nẵng``, ``Hàm Thuận Nam - Bình Thuận, Bình Thuận``
    if len(keys) > 3 and keys[-1] and keys[-1] in keys[:-3] and _commune_typed(keys[-1]):
        # ``Xã Long Hưng, Huyện Văn Giang, Tỉnh Hưng Yên, Xã Long Hưng``: a table's columns joined,
        # the commune's column again at the end (after empty ones), with the units between.
        return _once(",".join(parts[:-1]))
    if all(keys[i] != keys[i + 1] or not keys[i] for i in range(len(keys) - 1)):
        return text  # the common case
    kept = [parts[0]]
    for i in range(1, len(parts)):
        if keys[i] != keys[i - 1] or not keys[i] or not typed_text(keys[i]):
            kept.append(parts[i])
    return ",".join(kept)


def _province_again(before: str, last: str) -> bool:
    """The last part (lower case) repeats the province that ends the part before it: after a
    dash, or typed there as a province (``Tỉnh``, or ``Thành phố`` of a centrally-run city), as a
    form's field appended to an address that already held it."""
    if not before.endswith(last):
        return False  # (each of the endings below ends with it: the common case, without building them)
    if before.endswith((f" - {last}", f"-{last}", f" – {last}")):
        return True
    if typed_text(last):
        return False
    head = ascii_key(before[: len(before) - len(last)])
    return head == "tinh" or (head in ("thanh pho", "tp") and ascii_key(last) in _CENTRAL_CITIES)


def _commune_typed(text: str) -> bool:
    """A part written with a commune's type word (``TT. Tầ``, ``Xã ...``, ``P. ...``)."""
    ws = words(text)
    tw = _type_at(ws, 0, len(ws)) if ws else None
    return tw is not None and P not in LEVELS[tw.canonical] and D not in LEVELS[tw.canonical]


@memoize(UNTYPED)
def _untyped(text: str) -> str:
    """A unit's name as written without its type word (``X.Phú Xuân``: ``Phú Xuân``); memoised:
    the checks ask it of the units read, and the same units are read address after address."""
    ws = words(text)
    tw = _type_at(ws, 0, len(ws)) if ws else None
    if tw is None or tw.size >= len(ws):
        return text
    return text[ws[tw.size].start :]


def _common_after_landmark(ws: Sequence[Word], start: int, end: int) -> bool:
    """Words ``start:end`` in lower case after a landmark's capitalised word (``Chợ trung tâm``,
    ``Bến xe phía nam``): a common phrase that describes the landmark, not a unit's name."""
    return (
        start > 0
        and ws[start - 1].text[:1].isupper()
        and _landmark_starts(ws, start)
        and all(w.text == w.text.lower() for w in ws[start:end])
    )


def _landmark_starts(ws: Sequence[Word], i: int) -> bool:
    """A landmark's word or two start the part right before word ``i`` (``Bến xe Tân Thạnh``;
    not ``Xuân Trường Tân Trào``, where ``Trường`` ends a name)."""
    for size in (1, 2):
        j = i - size
        if j < 0 or any(w.sep > SPACE for w in ws[j + 1 : i]):
            return False
        if (j == 0 or ws[j].sep >= WEAK) and " ".join([w.ascii for w in ws[j:i]]) in LANDMARKS:
            return True
    return False


_TONE_KEYS = frozenset("sfrxj12345")  # what ends a word typed in Telex or VNI and left unconverted
_VNI_TONES = frozenset("12345")


def _leading_type(part: str) -> tuple[list[Word], TypeWord | None]:
    """The words of ``part`` and the type word it starts with, if any."""
    ws = words(part)
    return ws, (_type_at(ws, 0, len(ws)) if ws else None)


def _type_at(ws: Sequence[Word], i: int, end: int) -> TypeWord | None:
    """The type word that starts at word ``i`` (and ends before ``end``), if any."""
    w = ws[i]
    first = w.ascii
    residue = False  # a Telex or VNI key left in the type word (``Thij xã``, ``Thi5 xã``, ``Thị xax``)
    if first not in TWO_WORD_FIRST and first[-1:] in _TONE_KEYS:
        typed = _type_residue(first)
        first, residue = (typed, True) if typed else (first, False)
    if i + 1 < end and first in TWO_WORD_FIRST:
        second = ws[i + 1].ascii
        if (first, second) not in TWO_WORD_TYPES and second[-1:] in _TONE_KEYS:
            typed = _type_residue(second)
            if (first, typed) in TWO_WORD_TYPES:
                second, residue = typed, True
        two = TWO_WORD_TYPES.get((first, second))
        if two is not None and (first, second) in _CUT_TYPES and (ws[i + 1].dot or (i and w.sep < WEAK)):
            # ``Dương Thành P. An Phong``, ``KP Tân Thành p Tân Hòa``: a name ending in Thành or Thị,
            # then a ward or commune typed ``P``, ``X``; cut short, the type word starts its part.
            two = None
        if two is not None and ws[i + 1].sep < STRONG and (len(first) > 1 or ws[i + 1].sep != SPACE or w.dot):
            if residue:
                return TypeWord(two, 2, 3.0)
            return TypeWord(two, 2, _strength(ws[i : i + 2], two) if len(first) > 1 else 4.0)
    if residue:
        one = TYPE_WORDS.get(first)
        return TypeWord(one, 1, 3.0) if one is not None else None
    return _one_word_type(w.ascii, w.key, w.marks)


@memoize(WORD_TYPES)
def _name_residue(text: str) -> tuple[str, str, bool] | None:
    """The folded form, key and marks of what a word typed in Telex or VNI and left unconverted
    spells (``My4``: Mỹ), when it spells something else; else None."""
    typed = typed_residue(text)
    if typed == text:
        return None
    return ascii_key(typed), name_key(typed), True


@memoize(WORD_TYPES)
def _type_residue(folded: str) -> str:
    """The type word (folded, or the first word of a two-word one) that ``folded`` spells in
    Telex or VNI (``thij``, ``thi5``: ``thi``; ``huyeenj``: ``huyen``), or ''."""
    base = ascii_key(typed_residue(folded))
    return base if base != folded and (base in TYPE_WORDS or base in TWO_WORD_FIRST) else ""


@memoize(WORD_TYPES)
def _cut_initial(written: str) -> bool:
    """``written`` (a commune as written) ends with its last word cut to an initial: a capital
    (``Phù Mỹ T``), a letter with its dot (``phù mỹ n.``), or a letter in a text without capitals
    (``tuy phước đ``); not a small letter alone among capitals (``Bình  n``: a broken ``Ân``)."""
    m = _LAST_INITIAL.search(written)
    return m is not None and (m.group(1).isupper() or bool(m.group(2)) or written.islower())


def _glued_read(found: tuple[Interpretation, str | None]) -> bool:
    """The ward read was written as a number glued to its ``P`` or ``F`` (``P2``, ``F12``)."""
    written = found[0].resolution.parsed[2]
    return written is not None and _GLUED_WARD.fullmatch(written.strip()) is not None


@memoize(WORD_TYPES)
def _one_word_type(folded: str, key: str, marks: bool) -> TypeWord | None:
    """The type word that one word is (``folded``, ``key``, ``marks`` as in :class:`Word`), if any;
    memoised: a few thousand words make up the addresses of a register."""
    one = TYPE_WORDS.get(folded)
    if one is not None:
        strong = folded not in FULL_WORDS or not marks or key == TYPE_KEYS[one]
        return TypeWord(one, 1, 4.0 if strong else 1.0)
    typo = TYPO_TYPES.get(folded)
    if typo is None and len(folded) >= 4:
        typo = TYPE_WORDS.get(ocr_repair(folded))  # ``Tỉrih``, ``Tỉnb``
    if typo is not None:
        return TypeWord(typo, 1, 1.0)
    return None


def _district_or_commune(best: Reading, other: Reading) -> bool:
    """``297, Việt Hòa - Cẩm Giàng - TP.Hải Phòng``: a new commune (Việt Hòa) with an old district
    (Cẩm Giàng, whose communes went partly into it), both untyped; or, in the two-level form, a
    village and the new commune named as that district was (Xã Cẩm Giàng). Neither is written
    apart from the other by a type word: the other reading is a rival whatever its points."""
    if best.why != "new register" or other.why != "new register" or best.district is None:
        return False
    if other.commune != best.district or other.district is not None or other.codes() in (frozenset(), best.codes()):
        return False
    if other.resolution.status is not Status.ALREADY_NEW or other.province != best.province:
        return False
    for text in (best.district, best.commune):
        ws = words(text or "")
        if not ws or _type_at(ws, 0, len(ws)) is not None:
            return False
    return True


class AddressReader:
    """Reads addresses against one resolver (one reader per resolver, with its caches)."""

    def __init__(self, resolver: Resolver) -> None:
        self.r = resolver
        self.reg = resolver.reg
        self.g = Gazetteer(resolver.reg, resolver.aliases)
        self._city_ward = _city_ward_pattern(self.g.city_wards)
        self._cache: dict[tuple[int, str], Interpretation] = {}
        self._source = ""  # the address being read (pieces are quoted from it)
        self._reading: set[str] = set()  # the texts ``located`` is reading now (see there)
        self._types: list[TypeWord | None] = []  # the type word at each of its words
        # Per word of the address being read: its folded form, its key, whether it has marks, and
        # the first word of its comma-separated part (a piece never crosses a comma).
        self._folded: list[str] = []
        self._keys: list[str] = []
        self._marks: list[bool] = []
        self._part: list[int] = []
        self._strong: list[int] = []  # the words after a comma (the first word aside)
        self._exact_only = False  # no fuzzy look-ups (conflicting readings need exact names)
        self._level = P  # the level whose pieces are being looked for
        self._bound = -1  # where the unit read above the pieces looked for starts, named exactly
        # Keys of runs of words ``start:end`` of the address being read, at ``start * _stride +
        # end`` (a list index: no tuple built and hashed per look-up).
        self._spans: list[tuple[str, str, bool, bool] | None] = []
        self._stride = 1
        # Look-ups by name, level and parent: the same names come back in address after address.
        # A dict emptied when full, not an LRU cache: a look-up costs less from compiled code.
        self._found: dict[tuple[str, str, str, bool, bool, Any], Found] = {}
        # Old communes named earlier with another type word (``Thị trấn Mộc Châu``, renamed Phường
        # Mộc Sơn in March 2025): code -> folded earlier name -> its type. A type word written
        # agrees with such a name only if it is the earlier one (``P.Mộc Châu`` is not that town).
        self._earlier_types: dict[str, dict[str, str]] = {}
        for code, written in resolver.aliases[("old", "commune")].items():
            unit = self.reg.old_communes.get(code)
            for alias in written:
                earlier = split_type(alias, Level.COMMUNE)
                if unit is None or earlier.type is None or earlier.type == unit.type:
                    continue
                folded = ascii_key(earlier.core)
                if folded != ascii_key(unit.short_name):  # ``Xã Mường Sang``, now Phường Mường Sang: its name
                    self._earlier_types.setdefault(code, {})[folded] = earlier.type
        self._members = memo(self._scope_members, SCOPES)
        self._ocr: OcrRepair | None = None  # OCR repairs (built when first needed)
        self._origins: dict[str, dict[str, frozenset[str]]] | None = None  # see ``_came_from``
        self._all_new = tuple(sorted(self.reg.new_provinces))
        # The old provinces each new province was made of, in register order.
        self._made_of: dict[str, list[str]] = {}
        for old in self.reg.old_provinces.values():
            self._made_of.setdefault(old.new_code, []).append(old.code)
        # Types the new communes took later (a commune made a ward in 2026): the type word written
        # then agrees with the unit.
        self._later_types: dict[str, frozenset[str]] = resolver.later_types("commune")
        # Provinces made cities after 1 July 2025 whose name no city of the old register had
        # (Đồng Nai, Quảng Ninh; not Bắc Ninh, the old Thành phố Bắc Ninh): written as cities,
        # they are the present register's.
        cities = {split_type(d.name, Level.DISTRICT).core for d in self.reg.old_districts.values() if d.type == _CITY}
        self._cities_since: frozenset[str] = frozenset(
            code
            for code, types in resolver.later_types("province").items()
            if _CITY in types and self.reg.new_provinces[code].short_name not in cities
        )
        self._starts: frozenset[str] | None = None  # see ``_province_starts``
        self._heads_read: dict[str, bool] = {}  # see ``_starts_with_province``
        self._province_forms: frozenset[str] | None = None  # see ``_province_names_folded``
        self._like_provinces: frozenset[str] | None = None  # see ``_named_like_provinces``
        self._may_province: dict[str, bool] = {}  # its answers, by the part as written
        self._part_codes: dict[tuple[str, float], frozenset[str]] = {}  # see ``_province_codes``
        self._pairs: frozenset[str] | None = None  # see ``_bigrams``
        self._sorted: list[str] | None = None  # see ``_starting``
        self._sorted_by_level: dict[str, list[str]] = {}
        self._initials: dict[str, list[OldDistrict]] | None = None  # see ``_two_initials``
        self._dropped: dict[str, frozenset[str]] | None = None  # see ``_one_dropped``
        self._unit_names_by_province: dict[str, frozenset[str]] = {}  # see ``_names_of_province``
        self._numbered_wards: dict[str, frozenset[str]] | None = None  # see ``_ward_of_number``
        self._spoken: frozenset[str] | None = None  # see ``_spoken_names``
        self._names_as_is: frozenset[str] | None = None  # see ``_syllables``
        self._first_less_one: frozenset[str] | None = None  # see ``_one_letter_off_first``
        self._by_district: dict[str, list[OldCommune]] | None = None  # see ``_communes_of``
        self._heard_by_scope: dict[str, dict[str, list[Any]]] = {}  # see ``_heard_index``
        self._sounds: dict[str, str] = {}  # old commune code -> how its name sounds (``_heard_checked``)
        self._initials_of: dict[str, list[str]] | None = None  # see ``_by_initials``
        self._district_keys: dict[tuple[str, str], list[OldDistrict]] | None = None  # ``_districts_by_initials``
        self._above: dict[str, set[str | None]] | None = None  # see ``_above_names``
        self._province_names: frozenset[str] | None = None  # see ``_a_province``
        self._heard_provinces: dict[str, tuple[list[OldProvince], list[NewProvince]]] | None = None

    # ----- entry points -----------------------------------------------------------------
    def locate(self, address: str) -> tuple[Interpretation, str | None] | None:
        """The interpretation of an address's unit part and its street part (None: empty)."""
        address = _noted(address)
        text = drop_fields(prepare(address))
        if "(" in text:
            text = _LETTER_IN_PARENS.sub(self._letter_joined, text)
        if MAY_NOTE_WRITTEN.search(text) is not None:
            text = drop_former_names(text)
        if text.endswith(")"):
            text = self._unread_note(text)
        ws = words(text)
        if not ws:
            return None
        strong = [i for i in range(1, len(ws)) if ws[i].sep == STRONG]
        if strong and self._repeated_province(ws, strong):
            # ``..., Cần Đước, Long An, Long An``: a form that appends its province field. Unless
            # the province is all that is left: ``Ấp 3, Long An, Tỉnh Long An`` names Xã Long An.
            cut = text[: ws[strong[-1]].start].rstrip(" ,;|([")
            interp = self._unit_part(ws[: strong[-1]], cut, strong[:-1])
            if interp.resolution.status is not Status.UNMATCHED:
                last = text[ws[strong[-1]].start :].strip()
                text, ws = cut, ws[: strong[-1]]
                if interp.resolution.status is Status.AMBIGUOUS and interp.parsed[1] is None:
                    interp = self._city_of_the_name(interp, ws, text, strong[:-1], last)
                elif interp.resolution.status in _FIRM_READ and interp.parsed[1] is None:
                    interp = self._namesake_in_city(interp, ws, text, strong[:-1], last)
            else:
                interp = self._unit_part(ws, text, strong)
        else:
            interp = self._unit_part(ws, text, strong)
        if interp.resolution.reason is Reason.READINGS_DISAGREE:
            register = "new register" if marked_new(address) else "old register" if marked_old(address) else ""
            if (
                not register
                and interp.parsed[2] is not None
                and MAY_NOTE_WRITTEN.search(address) is not None
                and named_now(address, str(interp.parsed[2]))
            ):
                # ``Phường Hàng Trống, Quận Hoàn Kiếm, Hà Nội (nay là Phường Cửa Nam, Hà Nội)``: the
                # commune read is the one the text gives as the present unit, of the new register.
                register = "new register"
            if register:
                interp = _marked_reading(interp, ws, register)
            elif (whole := _commune_in_its_district(interp, ws)) is not None:
                interp = whole
        elif (
            interp.resolution.status in (Status.EXACT, Status.SPLIT)
            and interp.parsed[2] is not None
            and MAY_NOTE_WRITTEN.search(address) is not None
            and named_now(address, str(interp.parsed[2]))
        ):
            interp = self._named_now(interp, address)
        elif (
            interp.resolution.status is Status.ALREADY_NEW
            and interp.parsed[1] is None
            and marked_old(address)
            and not marked_new(address)  # (as above: an old form given aside marks the rest new)
        ):
            interp = self._old_namesake(interp, ws)
        if interp.resolution.status in (Status.ALREADY_NEW, Status.FUZZY) and text != address:
            interp = self._former_disagrees(interp, address)
        if interp.used == 0:
            return interp, text.strip(" ,;.-_/|") or None
        start = ws[len(ws) - interp.used].start
        return interp, text[:start].strip(" ,;.-_/|") or None

    def _letter_joined(self, match: re.Match[str]) -> str:
        """A letter in parentheses after a name whose last word it is (``Thị trấn Mậu (A)``: Mậu
        A; ``Phường Tăng Nhơn Phú (B)``), joined to it; after any other name, a note dropped
        (``Xã Tốt Động (B)``: a block's letter)."""
        before = match.string[: match.start()].split()
        letter = match.group(1).lower()
        for k in range(1, min(MAX_NAME, len(before)) + 1):
            if ascii_key(" ".join([*before[-k:], letter])) in self.g.known:
                return f" {match.group(1)}"
        return ""

    def _former_disagrees(self, interp: Interpretation, address: str) -> Interpretation:
        """A present unit read after ``nay là`` whose former unit, read as written with the rest
        of the address, went into none of it (``Phường Hàng Trống (nay là Phường Ba Đình), Quận
        Hoàn Kiếm``: Hàng Trống went into Hoàn Kiếm and Cửa Nam): the text contradicts itself,
        flagged with both."""
        # (``address`` as ``locate`` noted it; before ``strip_noise``, which drops a closing
        # parenthesis at the end of the text.)
        kept = former_kept(fold_typography(address)) if MAY_NOTE_WRITTEN.search(address) is not None else None
        if kept is None:
            return interp
        former = self._as_written(drop_former_names(kept))
        if former is None:
            return interp
        theirs, res = former[0].resolution, interp.resolution
        if theirs.status not in (Status.EXACT, Status.SPLIT) or theirs.parsed[2] is None:
            return interp
        codes = theirs.codes()
        if not codes or codes & res.codes():
            return interp
        earlier = self.r.history().names(theirs.parsed[0], theirs.parsed[1], str(theirs.parsed[2]))
        if earlier is not None and earlier.codes() & res.codes():
            return interp  # (``Xã Xuân Phú (nay là Xã Hồi Xuân), Tỉnh Thanh Hóa``: an earlier Xuân Phú's)
        note = f"{theirs.parsed[2]} (written before nay là) went into none of {res.parsed[2] or 'the unit read'}"
        flagged = res.flagged(
            codes | res.codes(), note, score=min(res.score, REPAIRED_SCORE), other_province=theirs.new_province_code
        )
        return replace(interp, resolution=flagged)

    def _city_of_the_name(
        self, interp: Interpretation, ws: Sequence[Word], text: str, strong: list[int], province: str
    ) -> Interpretation:
        """``Phường 8, Cà Mau, Cà Mau``, ``phường 1, Trà Vinh, Tỉnh Trà Vinh``: a province written
        twice, the commune before it flagged in the province (Bạc Liêu's Phường 8 too, in the new
        Cà Mau; Duyên Hải's Phường 1): the first is the province's city of that name, which holds
        one of the candidates. Read with the city typed, when that reads one of them firmly."""
        res = interp.resolution
        if not strong or not res.candidates or res.reason is not Reason.SEVERAL_OLD_COMMUNES:
            return interp  # (``Phường Nam Cường, Lào Cai, Lào Cai``: the 2025 Nam Cường too, flagged)
        at = ws[strong[-1]].start
        typed = f"{text[:at]}Thành phố {text[at:]}"
        again = self._unit_part(words(typed), typed, strong)
        theirs = again.resolution
        if theirs.status not in (Status.EXACT, Status.FUZZY) or again.parsed[1] is None:
            return interp
        if not theirs.codes() or not theirs.codes() <= set(res.candidates) or again.used != interp.used + 2:
            return interp
        parsed = (province, interp.parsed[0], interp.parsed[2])
        return replace(again, parsed=parsed, used=interp.used, resolution=theirs.with_address_parts(res.street, parsed))

    def _namesake_in_city(
        self, interp: Interpretation, ws: Sequence[Word], text: str, strong: list[int], province: str
    ) -> Interpretation:
        """``Ấp 2, Phường 2, Trà Vinh, Tỉnh Trà Vinh``: a province written twice, the commune before
        it read in the province (Duyên Hải's Phường 2, the only one of 2025), and the first of the
        two the province's city of that name, which had a unit of the same name in an earlier
        register (Trà Vinh's own Phường 2, merged in 2024). Both readings fit the text: flagged
        with both. (A namesake in the city in 2025 flags the first reading already.)"""
        res = interp.resolution
        if not strong or interp.parsed[2] is None:
            return interp
        city = text[ws[strong[-1]].start :].strip()
        if not self.r.history().names_a_district(city, unmarked=True):
            return interp  # (most provinces written twice: no city of the name, nothing to weigh)
        earlier = self.r.history().names(province, f"Thành phố {city}", str(interp.parsed[2]))
        if earlier is None or earlier.status not in _FIRM_OR_NEAR_READ:
            return interp
        codes = earlier.codes()
        if not codes or codes <= res.codes():
            return interp
        note = f"{interp.parsed[2]} of the province {city}, or of its city {city} before 2025"
        flagged = res.flagged(
            codes | res.codes(), note, score=min(res.score, REPAIRED_SCORE), other_province=earlier.new_province_code
        )
        return replace(interp, resolution=flagged)

    def _named_now(self, interp: Interpretation, address: str) -> Interpretation:
        """A commune read in the old register whose name the text gives as the present one
        (``Xã Pom Lót (nay là Xã Sam Mứn), Huyện Điện Biên``: the old Xã Sam Mứn went into Thanh
        An; the present Xã Sam Mứn is Pom Lót's): the unit of that name of 2025 in the province,
        when there is one and it was made from the commune written before ``nay là``, else the
        reading as it is."""
        res = interp.resolution
        province = self.reg.new_provinces.get(str(res.new_province_code))
        if province is None:
            return interp
        text = f"{interp.parsed[2]}, {province.name}"
        found = self.locate(text)
        if found is None:
            return interp
        now = found[0]
        if now.resolution.reason is Reason.READINGS_DISAGREE:
            now = _marked_reading(now, words(text), "new register")
        if now.resolution.status is not Status.ALREADY_NEW or now.resolution.codes() == res.codes():
            return interp
        former = _FORMER_BEFORE_NOW.search(address)
        if former is None:
            return interp
        name = ascii_key(self._untyped(former.group(1).strip()))
        rows = [row for c in now.resolution.codes() for row in self.r.crosswalk.predecessors(c)]
        if not any(ascii_key(self._untyped(row.old_commune_name)) == name for row in rows):
            # (``Xã Mỹ Thành (nay là xã Bình Phú), Thành phố Bến Tre``: renamed before 2025, the
            # old register's Bình Phú; the Bình Phú of 2025 was not made from Mỹ Thành.)
            return interp
        note = f"{interp.parsed[2]} is written as the present unit (nay là)"
        return replace(interp, resolution=replace(now.resolution, parsed=interp.parsed, note=note))

    def _units_beside(self, text: str, part: str) -> bool:
        """``text`` holds a typed unit outside ``part`` (``Tại xã Phú Diên, ...: thửa đất số 12, tờ
        bản đồ số 5, ... tại xã Kim Liên``: two places, or the parcel's before its sheet): the part
        alone is no answer, the whole text is read."""
        at = text.find(part)
        rest = text[:at] + " " + text[at + len(part) :] if at >= 0 else text
        rest = ISSUER.sub(" ", rest)  # ``Nơi cấp: UBND xã Mỹ Thái``: the office that issued it, no place
        lowered = unicodedata.normalize("NFC", rest.lower())
        return self.typed_commune(rest) is not None or TYPED_ABOVE_WRITTEN.search(lowered) is not None

    def _record_read(self, whole: str, field: str) -> tuple[Interpretation, str | None] | None:
        """A record's text (a bill's, a claim's, a form's fields) and the field that may hold its
        address (``record_field``), each read: the whole text's reading stands where it is firm
        (an address whose units are labelled fields, or columns, reads so) or flagged; the field's
        only where the whole text reads as nothing. Flagged, the whole text keeps its flag, with
        the field's units among the candidates."""
        theirs = self._located(whole, False)
        firm = theirs is not None and theirs[0].resolution.status in RESOLVED_OR_SPLIT
        if theirs is not None and firm and theirs[0].resolution.status is not Status.FUZZY:
            return theirs
        mine = self._located(field, False)  # (read once, for each case below)
        if theirs is None or mine is None:
            return mine if theirs is None else theirs
        flag, read = theirs[0].resolution, mine[0].resolution
        if firm:
            if read.status not in (Status.EXACT, Status.ALREADY_NEW) or read.codes() <= flag.codes():
                return theirs
            # ``Địa chỉ: TT Bảo Lạc, huyện Bảo Lạc, ... Nơi đăng ký: Công an huyện Bảo Lạc``: the
            # whole text read by a near name (Công an, for Cô Ba), the address field exactly.
            unit = read.parsed[2] or read.parsed[1]
            note = f"the record's address field reads {unit}; the whole text, by a near name, does not"
            return self._flagged(theirs, set(flag.codes()) | read.codes(), None, note)
        if flag.status is Status.UNMATCHED:
            return mine
        extra = read.codes() - set(flag.candidates)
        if flag.status is Status.AMBIGUOUS and read.status in RESOLVED_OR_SPLIT and extra:
            note = f"the record's address field reads {read.parsed[2] or read.parsed[1]}; the whole text does not"
            return self._flagged(theirs, set(flag.candidates) | read.codes(), flag.new_province_code, note)
        at = max(0, whole.find(field))
        if (
            flag.status is Status.AMBIGUOUS
            and read.status in (Status.EXACT, Status.ALREADY_NEW)
            and read.score >= 100.0
            and not extra
            and mine[0].parsed[2] is not None
            and ADDRESS_LABEL.search(whole[max(0, at - 24) : at]) is not None
        ):
            # ``... | Địa chỉ: 66/34 Hùng Vương, xã Phú Vang, thành phố Huế | Bưu cục phát: BC Phú
            # Vang``: the whole text flagged with the successors of the district the post office
            # names, the address field read exactly as one of them: the field decides.
            return mine
        if (
            flag.status is Status.AMBIGUOUS
            and read.status is Status.AMBIGUOUS
            and read.codes() & set(flag.candidates)
            and mine[0].parsed[2] is not None
            and ADDRESS_LABEL.search(whole[max(0, at - 24) : at]) is not None
        ):
            # ``Địa chỉ: xã Quang Trung, tỉnh Cao Bằng | Nơi ĐK: Công an huyện Hòa An``: the whole
            # text flagged with the communes of the district an office names, the address field
            # flagged between namesakes of the province, one of them in that district: the field's
            # flag (an earlier register's reading of the whole text would pick one of them).
            return mine
        return theirs

    def _equal_places(self, text: str) -> tuple[Interpretation, str | None] | None:
        """Two places of equal standing, each after its label (``Thường trú: ...; Tạm trú: ...``,
        a delivery and an invoice address): each read alone; when they lead to different units,
        the last one's reading flagged with the units of all, when to one, the last one's reading
        (None: not two such places, or not two read firmly)."""
        places = equal_places(text)
        if not places:
            return None
        reads = [self._located(place) for place in places]
        firm = [r for r in reads if r is not None and r[0].resolution.status in RESOLVED_OR_SPLIT]
        if len(firm) < 2:
            return None
        codes: set[str] = set()
        for r in firm:
            codes |= r[0].resolution.codes()
        last = firm[-1]
        if codes == set(last[0].resolution.codes()):
            # One unit, written twice (a wedding's two families of one commune, or of two communes
            # merged into one): the last place read alone, not the document.
            return last
        note = (
            f"{len(firm)} places of equal standing (two residences, two parties, a project's or a"
            " boundary's two units): not chosen between"
        )
        return self._flagged(last, codes, None, note)

    def _old_namesake(self, interp: Interpretation, ws: Sequence[Word]) -> Interpretation:
        """``Tổ 14, Xã Thống Nhất (cũ), Tỉnh Đồng Nai``: a commune marked as it was, read only as
        today's unit of that name (the new Xã Thống Nhất), while an old commune of the name was in
        a province merged into the one written (Bình Phước's, now Phước Sơn): the old one, as
        marked; several of them flagged."""
        res, province, commune = interp.resolution, interp.parsed[0], interp.parsed[2]
        olds = set(self._old_codes_of_new(res.new_province_code or ""))
        if commune is None or province is None or len(olds) < 2:
            return interp
        name = ascii_key(_untyped(province))
        named = {p.code for p in self.reg.old_provinces.values() if ascii_key(p.short_name) == name}
        today = self.reg.new_provinces.get(res.new_province_code or "")
        if today is None or ascii_key(today.short_name) != name:
            olds &= named  # an old province absorbed into another (``Hoà Bình``): its own communes only
        ws_c = words(commune)
        tw = _type_at(ws_c, 0, len(ws_c)) if ws_c else None
        hits = [
            h.unit
            for h in self._exact(_untyped(commune))
            if h.unit.province_code in olds and (tw is None or h.unit.type == tw.canonical)
        ]
        if not hits:
            return interp
        read = self.r.from_old_communes(hits, res.score, MatchKind.EXACT)
        note = _MARKS["old register"] + (f"; {read.note}" if read.note else "")
        read = replace(read.with_address_parts(res.street, interp.parsed), note=note)
        return replace(interp, resolution=read)

    def _unit_part(self, ws: Sequence[Word], text: str, strong: list[int]) -> Interpretation:
        """The reading of an address's words: most addresses hold their units in their last three
        comma-separated parts, which are read alone first, so that addresses that differ only in
        their street share one reading. That reading stands when its commune is a part of its
        own; else the whole is read (a very long text from its last words only)."""
        if len(strong) >= TAIL_PARTS:
            interp = self._interpretation(ws, text, strong[-TAIL_PARTS])
            if interp.complete:
                return interp
        return self._interpretation(ws, text, max(self._first_start(ws), len(ws) - MAX_WORDS))

    def _unread_note(self, text: str) -> str:
        """``text`` without a note in parentheses at its end that names no unit: no type word,
        no run of its words a unit's name (``(nhà màu xanh)``, ``(khách quen)``)."""
        found = LAST_PARENS.search(text)
        if found is None:
            return text
        note = ascii_key(found.group(1))
        if _BESIDE_NOTE.match(note) is not None and not self._is_unit_name(" ".join(note.split()[:2])):
            # ``..., Tỉnh Đồng Tháp (giáp ranh huyện Gò Công Đông, tỉnh Tiền Giang)``: the places
            # beside it, by whatever units it names, not the address's (not a unit's own name that
            # starts so: ``(Giáp Sơn)``, ``(Cảnh Dương)``).
            return strip_noise(text[: found.start()])
        ws = words(found.group(1))
        n, known = len(ws), self.g.known
        for i in range(n):
            if _type_at(ws, i, n) is not None or ws[i].ascii.isdigit():
                return text
            for j in range(i + 1, min(i + MAX_NAME, n) + 1):
                if " ".join([w.ascii for w in ws[i:j]]) in known:
                    return text
        return strip_noise(text[: found.start()])

    def _repeated_province(self, ws: Sequence[Word], strong: list[int]) -> bool:
        """The last comma-separated part repeats the one before it, a province. Not when the one
        before is typed as a city or town (``TP Bến Tre, Bến Tre``: the city and its province);
        untyped, the commune is looked for in the whole province, which holds the city."""
        last = strong[-1]
        before = strong[-2] if len(strong) > 1 else 0
        if len(ws) - last > MAX_NAME + 2:
            return False
        one, other = ws[-1].ascii, ws[last - 1].ascii
        if one in _PROVINCE_AFTER and len(ws) - last > 1:
            one = ws[-2].ascii  # ``Dong Nai, Dong Nai Province``
        if other in _PROVINCE_AFTER and last - before > 1:
            other = ws[last - 2].ascii
        if one != other:
            # The common case, cheaply: the two parts end differently. Unless the one before is
            # the province's other name after typed units (``Ward 17, Binh Thanh Dist., Saigon,
            # Ho Chi Minh City``): Sài Gòn is the city there, not its new ward.
            return before > 0 and last - before <= 2 and self._other_name(ws, before, last)
        name = self._bare(ws[before:last])
        if not name or name != self._bare(ws[last:]):
            return False
        tw = _type_at(ws, before, len(ws))
        same = [w.ascii for w in ws[before:last]] == [w.ascii for w in ws[last:]]
        if tw is not None and D in LEVELS[tw.canonical] and not same:
            return False  # ``TP Bến Tre, Bến Tre``: not ``Thành phố Hà Nội, Thành phố Hà Nội``
        folded, key, marks = name
        return bool(self.g.old_provinces.find(folded, key, marks) or self.g.new_provinces.find(folded, key, marks))

    def _other_name(self, ws: Sequence[Word], before: int, last: int) -> bool:
        """Words ``before:last``, untyped, are another name of the province ``last:`` names (an
        alias: ``Saigon``), and a unit is typed before them."""
        if _type_at(ws, before, last) is not None or ws[before].ascii in ENGLISH:
            return False
        folded, key, marks = _name_keys(ws[before:last])
        if folded == " ".join([w.ascii for w in ws[last:]]):
            return False
        if not (hits := [h for h in self.g.old_provinces.find(folded, key, marks) if h.quality >= PLAIN]):
            return False
        codes = {h.unit.code for h in hits}
        name = self._bare(ws[last:])
        if name is None or {h.unit.code for h in self.g.old_provinces.find(*name) if h.quality >= PLAIN} != codes:
            return False
        return any(ws[i].ascii in ENGLISH or _type_at(ws, i, before) is not None for i in range(before))

    @staticmethod
    def _bare(part: Sequence[Word]) -> tuple[str, str, bool] | None:
        """A part as a name without its province type word (folded, key, marks), or None."""
        skip = 0
        tw = _type_at(part, 0, len(part)) if part else None
        if tw is not None and P in LEVELS[tw.canonical]:
            skip = tw.size
        name = part[skip:]
        if len(name) > 1 and name[-1].ascii in _PROVINCE_AFTER:
            name = name[:-1]  # ``Hung Yen Province``, ``Hai Phong City``
        if not name:
            return None
        return _name_keys(name)

    def _interpretation(self, ws: Sequence[Word], text: str, first: int) -> Interpretation:
        """The (cached) reading of the words from ``first`` on."""
        key = (ws[first].sep, text[ws[first].start :])
        interp = self._cache.get(key)
        if interp is None:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            interp = self._cache[key] = self.interpret(ws[first:], text)
        return interp

    def located_whole(self, address: str) -> tuple[Interpretation, str | None] | None:
        """``located`` for a text as it was given (not a part the reader cut from it): a list of
        communes read name by name (``_listed``); a text read as nothing, or as a district alone
        (a price's ``12,8 tỷ`` read as Quận 12, the police office after a notice), read by the
        units its words name (``_units_in_text``)."""
        address = unstyled(address)  # ``𝐗𝐚̃ ...``: its units read in the whole text too (``_units_in_text``)
        address = without_motto(address)  # a letter's header: Độc lập, Tự do, Hạnh phúc are communes' names too
        found = self.located(address)
        if ("các" in address or "CÁC" in address or "Các" in address) and (places := listed_places(address)):
            listed = self._listed(places, found, address)
            if listed is not None:
                return listed
        if (
            found is None
            or found[0].resolution.status is Status.UNMATCHED
            or (found[0].resolution.status is Status.AMBIGUOUS and found[0].resolution.parsed[2] is None)
        ) and (column := _LAST_COLUMN.search(address)) is not None:
            found = self._column_cut(address, column) or found
        if len(address) >= _IN_TEXT_LENGTH and (
            found is None
            or found[0].resolution.status is Status.UNMATCHED
            or (found[0].resolution.status is Status.AMBIGUOUS and found[0].resolution.parsed[2] is None)
        ):
            found = self._units_in_text(address, found) or found
        elif found is not None and found[1] is not None and len(found[1]) >= _PLACE_BEFORE_LENGTH:
            found = self._place_before(address, found)
        return found

    def _city_district_number(self, match: re.Match[str]) -> str:
        """A district of Hồ Chí Minh City said by its number alone (``phường bến thành một hồ chí
        minh``: voice typing dropped ``quận``), in digits; not the last word of a name (Thủ Dầu Một,
        Võ Thị Sáu, Phạm Văn Hai)."""
        text = match.string
        if _TYPED_CITY_DISTRICT.search(text) is not None:
            return match.group()  # a district typed already (``Phường 5, Quận 5, Lầu Ba, Hồ Chí Minh``)
        head = text[: match.start(1)].rstrip()
        if head[-1:] in (",", ";", "-"):
            head = head[:-1].rstrip()  # the number in a part of its own: the part before it
        part = _PART_BEFORE.search(head)
        if part is None or _WARD_FIRST.match(part.group(1)) is None:
            return match.group()  # after no ward (``Ngã Tư``, ``Lầu Ba``, ``Chợ Bà Hai``, ``Dãy Năm``)
        before = text[: match.start(1)].split()[-2:]
        number = ascii_key(match.group(1))
        if before and before[-1].lower() in _NUMBER_PARTS:
            return match.group()  # a number's last word (``Phường mười tư``: Phường 14)
        if before and heard(ascii_key(before[-1])) == heard("dau"):
            return match.group()  # ``Thủ Dầu Một`` however spelt (``Thur Dầu Một``, ``Thủ Giầu Một``)
        for k in (1, 2):
            if len(before) >= k and ascii_key(" ".join([*before[-k:], number])) in self.g.known:
                return match.group()
        value = numeral_value(match.group(1))
        return match.group() if value is None else f"{match.group()[: match.start(1) - match.start()]}{value}"

    def _column_cut(self, address: str, column: re.Match[str]) -> tuple[Interpretation, str | None] | None:
        """A register's row read as nothing, whose last column after a bar, a semicolon or a
        comma is a short one with a number and no unit (``... | Thừa Thiên - Huế | 46 phòng``,
        ``..., tỉnh Sóc Trăng, 3 sao``): the text without it, taken when that reads firmly with
        its province."""
        written = column.group(1)
        if not self._placeless_column(written) or words(written)[0].ascii in _HAMLET_OR_STREET:
            return None  # (``..., Thôn 4``: a hamlet written last, no column)
        head = address[: column.start()]
        again = self.located(head)
        if again is None or again[0].resolution.status not in _FIRM_READ or again[0].parsed[0] is None:
            return None
        if not ascii_key(head).endswith(ascii_key(str(again[0].parsed[0]))):
            return None  # the province read ends the text cut (a row's columns after its address)
        return again

    def _names_commune(self, written: str) -> bool:
        """``written`` (typed or not) is exactly the name of a commune of the old register."""
        name = words(_untyped(written))
        return bool(name) and any(
            h.quality >= PLAIN and not h.fuzzy for h in self.g.old_communes.find(*_name_keys(name))
        )

    def _city_ward_named(self, address: str, ward: re.Match[str]) -> str:
        """A ward of 2025 named after its former city too, typed and written by its own name
        (``Phường Xuân Hương, Đà Lạt``, ``P. Lâm Viên, Lâm Đồng``): its name in full, when the
        city or its province is written (Tam Kỳ has a Phường Xuân Trường too); written in full after
        its province, its name without the dash, which the reader going from the province down
        takes for a separator (``Xuân Hương`` alone is a near name of an old commune, Xuân Trường).
        Not typed, the name is a lake's, a square's or a hotel's as much (``Hồ Xuân Hương``,
        ``Quảng trường Lâm Viên``)."""
        found = self.g.city_wards.get(ascii_key(ward.group(2)))
        if found is None:
            return address
        full, province = found
        own, _, city = full.rpartition(" - ")
        folded = f" {ascii_key(address)} "
        if f" {ascii_key(city)} " not in folded and f" {ascii_key(province)} " not in folded:
            return address  # neither the city nor its province written: a ward of the name elsewhere (Tam Kỳ's)
        if ward.group(3) is None:
            return f"{address[: ward.start(2)]}{full}{address[ward.end(2) :]}"  # the name in full
        before = re.split(r"[\n:;|]", address[max(0, ward.start() - 40) : ward.start()])[-1]
        if f" {ascii_key(province)} " in f" {ascii_key(before)} ":
            # Written in full after its province (``T. Lâm Đồng, phường Xuân Hương - Đà Lạt, Khu
            # phố 12``): read from the province down, the dash would cut the name.
            return f"{address[: ward.start(2)]}{own} {city}{address[ward.end() :]}"
        return address

    def _place_before(
        self, address: str, found: tuple[Interpretation, str | None]
    ) -> tuple[Interpretation, str | None]:
        """A commune read after a street that is a place of its own, a commune with its district
        leading elsewhere (``Địa chỉ: Xóm 3 Nghi Yên Nghi Lộc Nghệ An. Nơi làm việc: UBND xã Nghi Xá,
        huyện Nghi Lộc``, ``Nguyễn Văn A; Nghi Yên, Nghi Lộc, Nghệ An; Nơi sinh; xã Nghi Xá, huyện
        Nghi Lộc``): a record or a text with two places, the last one read whatever the words say
        of it; flagged with the units of both. The street is read as it is, then without the
        clause that leads to the units (``Nơi làm việc: UBND``, ``; Nơi sinh``, ``, bị bắt tại``);
        a street that names the units read, or no commune with its district, changes nothing."""
        res, street = found[0].resolution, found[1]
        if res.status not in _CONFIDENT or street is None or res.parsed[2] is None:
            return found
        folded = fold_chars(street.lower())
        district = fold_chars(_untyped(res.parsed[1]).lower()) if res.parsed[1] else ""
        # (``quan`` folded is ``Quận`` and the ``quán`` of ``Nguyên quán`` / ``Quê quán`` alike: a
        # record's home town passes this test too, and is read below.)
        if TYPED_ABOVE_WORD.search(folded) is None and not (district and district in folded):
            return found  # no district in the street: a house, a hamlet, a street (most addresses)
        for part in dict.fromkeys((street, _LEADING_CLAUSE.sub("", street))):
            again = self.located(part) if len(part) >= _PLACE_BEFORE_LENGTH // 2 else None
            if again is None:
                continue
            other = again[0].resolution
            if (
                other.parsed[1] is not None
                and other.parsed[2] is not None
                and not other.parsed[1].isdigit()  # ``Căn 3.11``: an apartment's number, no P.11, Q.3
                and (
                    other.status in _FIRM_READ
                    or (other.status in (Status.FUZZY, Status.AMBIGUOUS) and self._names_commune(other.parsed[2]))
                )
            ):
                theirs = other.codes() if other.status in RESOLVED_OR_SPLIT else set(other.candidates)
                if theirs:
                    break
            # (Neither a district alone, a school's, an office's or an industrial zone's name, a
            # road's: ``Trung tâm Y tế huyện Hoài Đức; Địa chỉ: ...``, ``KCN Diên Khánh``; nor a near
            # name of a commune: ``Trường TH An Lão`` is no ``Trường`` of An Lão. A near reading of
            # the higher units is, or a flag: ``Khánh Trung, Yên Khánh, Hà Nam Ninh``, ``Phù Lãng, Quế
            # Võ, Hà Bắc``: provinces of 1976-1991 and 1962-1996.)
        else:
            return found
        if theirs & res.codes():
            return found  # the same place written twice (an old form, then the new one)
        unit = other.parsed[2] or other.parsed[1]
        end = address.rfind(res.parsed[2])
        start = address.rfind(unit, 0, end) if end > 0 else -1
        if start >= 0 and residence_label(address[start + len(unit) : end]):
            return found  # ``Nguyên quán: A, B, C | Nơi cư trú: Khối 5 ...``: the text says which is the address
        if start >= 0 and named_after(address[:start]):
            return found  # ``Trường THCS Nghi Xá huyện Nghi Lộc, xóm 5, xã Nghi Yên``: a school's name
        note = f"the text names another place before the units read ({unit}): not chosen between"
        return self._flagged(found, set(res.codes()) | theirs, None, note)

    def located(self, address: str) -> tuple[Interpretation, str | None] | None:
        """The interpretation of an address and its street (see ``_located``), with a commune cut
        short or near two names flagged (``_cut_checked``, ``_marks_checked``). A check that asks
        again for a text being read (a part of it re-read as the whole: ``P. Phường Xuân Hương -
        Đà Lạt, Tỉnh Lâm Đồng``) gets nothing: its own reading stands, and the reading ends."""
        if address in self._reading:
            return None
        self._reading.add(address)
        try:
            return self._located_checked(address)
        finally:
            self._reading.discard(address)

    def _located_checked(self, address: str) -> tuple[Interpretation, str | None] | None:
        found = self._located(address)
        if found is not None and (";" in address or "|" in address or "\t" in address):
            found = self._columns_checked(address, found)
        if (
            found is not None
            and found[1]
            and found[0].resolution.status is Status.AMBIGUOUS
            and found[0].resolution.parsed[0] is not None
            and found[0].resolution.parsed[1] is not None
        ):
            # (With the province read too: ``Xã Sơn Tây, tỉnh Hà Tĩnh <nguyên xã Sơn Tây>`` read as a
            # district ``Sơn Tây`` alone would lead to Quảng Ngãi's.)
            found = self._typed_before_bare(found)
        street = found[1] if found is not None else None
        if found is not None and street is not None and street.isascii() and street.isdigit() and len(street) <= 4:
            found = self._number_first(found)  # (``²``, ``①`` are digits to ``isdigit``, not to ``int``)
        if found is not None and found[0].resolution.status is Status.ALREADY_NEW and found[0].resolution.parsed[1]:
            return self._slip_checked(found)
        if (
            found is not None
            and street
            and found[0].resolution.status in _CONFIDENT
            and (_FIRST_INITIAL.search(street) is not None or _FIRST_INITIAL_WORDS.search(street) is not None)
        ):
            found = self._first_initial_completed(found)
        if (
            found is not None
            and street
            and found[0].resolution.status is Status.EXACT
            and found[0].resolution.parsed[1] is None
            and found[0].resolution.parsed[0]
        ):
            return self._district_of_street(found)
        if (
            found is not None
            and street
            and found[0].resolution.parsed[2] is None
            and found[0].resolution.new_province_code is not None
            and found[0].resolution.status in (Status.UNMATCHED, Status.AMBIGUOUS)
        ):
            # No commune read, the province (and district) read, a typed commune left in the street:
            # its first syllable an initial (``Ấp 1 – Xã N. Việt Khái – tỉnh Cà Mau``), or a longer
            # name of the province with a syllable left out (``tổ 1b phường chí kiên, Bắc Kạn``:
            # Phùng Chí Kiên, flagged with it).
            if (
                "." in street
                and (typed := _TYPED_FIRST_CUT.search(street)) is not None
                and (cut := _FIRST_CUT.match(_untyped(typed.group(1)))) is not None
            ):
                before = street[: typed.start(1)].strip(" ,;|-–") or None
                completed = self._first_cut_completed((found[0], before), typed.group(1), cut)
                if completed[0] is not found[0]:
                    return completed
            if (left := self.typed_commune(street)) is not None:
                found = self._dropped_in_street(found, left)
        if found is None:
            return None
        res = found[0].resolution
        if _near_in_both(res):
            return self._dropped_checked(found)  # near names in both registers (``Xã Hội Thượng, Cần Thơ``)
        if res.status is not Status.FUZZY:
            return found
        if (written := found[0].resolution.parsed[2]) is not None and _cut_initial(written):
            found = self._initial_completed(found, written)
            if found[0].resolution.status is not Status.FUZZY:
                return found
        if written is not None and "." in written and (cut := _FIRST_CUT.match(_untyped(written))) is not None:
            completed = self._first_cut_completed(found, written, cut)
            if completed is not found:
                return completed
        found = self._dropped_checked(found)
        return self._pair_checked(
            self._swap_checked(self._heard_checked(self._type_checked(self._marks_checked(self._cut_checked(found)))))
        )

    def _dropped_checked(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A commune read by a near name whose words are a longer name's with one syllable left out
        (``Xã Mỹ Tây`` for Mỹ Chánh Tây, ``Việt Vương`` for Triệu Việt Vương, ``Lao Dung`` for Cù
        Lao Dung): flagged with the communes of that longer name in the district read (else the
        province) and the unit read. A near name may be either: the text does not say."""
        res = found[0].resolution
        written = res.parsed[2]
        province = res.new_province_code
        if not (res.status is Status.FUZZY or _near_in_both(res)) or written is None or province is None:
            return found
        name = ascii_key(_untyped(written))
        longer = self._one_dropped().get(name) if name.count(" ") >= 1 else None
        if not longer or name in self._names_of_province(province):
            return found  # (a unit's own name in the province read, misspelt: ``Xa Dong Hưng``, ``Điện Thắng``)
        earlier: set[str] = set()
        if self._is_unit_name(name) or self.r.history().names_an_earlier_commune(written):
            # A unit's name elsewhere (``Hội Thượng``: Gia Lai's Hội Thương; Cần Thơ has Lịch Hội
            # Thượng), or a name of before in this province (``X. Quế Trung, Đà Nẵng``: Quảng Nam's
            # Quế Trung until 2023; Quế Sơn Trung now): the earlier unit joins the candidates; a
            # name of before that does not read in the province's old provinces: the reading stands.
            history = self.r.history()
            direct = history.resolve(
                Reference(address=", ".join(x for x in (written, res.parsed[1], res.parsed[0]) if x))
            )
            if direct is not None and direct.status in _FIRM_READ:
                return found  # the earlier registers read it as written (``Xã Điện Thắng, Huyện Điện Bàn``)
            for old in self._old_codes_of_new(province):
                before = self.reg.old_provinces.get(old)
                if before is not None:
                    read = history.resolve(Reference(address=f"{written}, {before.name}"))
                    if read is not None and read.status in _FIRM_READ:
                        earlier |= read.codes()
            if not earlier and not self._is_unit_name(name):
                return found
        district = res.old.district_code if res.parsed[1] is not None else None
        note = f"{written!r}: a name with a syllable left out, or a near name"
        flagged = self._initial_fits(found, province, district, longer.__contains__, note)
        if earlier and flagged is not found:
            return self._flagged(flagged, set(flagged[0].resolution.candidates) | earlier, province, note)
        return flagged

    def _dropped_in_street(
        self, found: tuple[Interpretation, str | None], typed: str
    ) -> tuple[Interpretation, str | None]:
        """``found`` (no commune read, its province read) flagged with the communes of the
        province whose name is the typed commune's left in its street (``typed``, to the street's
        end) with one syllable more; as it is when none, or when the name is one of the province's."""
        province = found[0].resolution.new_province_code
        part = _PART_END.split(typed, 1)[0].strip()
        name = ascii_key(_untyped(part))
        longer = self._one_dropped().get(name) if province and name.count(" ") >= 1 else None
        if not longer or province is None or name in self._names_of_province(province):
            return found
        res = found[0].resolution
        if res.parsed[1] is not None:
            return found  # (a district read: the commune is looked for there, by the earlier registers too)
        if self.r.history().names_an_earlier_commune(part):
            earlier = self.r.history().resolve(Reference(address=", ".join(x for x in (part, res.parsed[0]) if x)))
            if earlier is not None and earlier.status in _FIRM_READ:
                return found  # (an earlier commune of the province: the earlier registers read it)
        note = f"{part!r}: a name with a syllable left out"
        return self._initial_fits(found, province, None, longer.__contains__, note)

    def _names_of_province(self, province: str) -> frozenset[str]:
        """The folded names of the new units of a new province and of the old communes of the old
        provinces it was made of."""
        names = self._unit_names_by_province.get(province)
        if names is None:
            olds = [u for old in self._old_codes_of_new(province) for u in self.g.communes_by_province.get(old, [])]
            news = self.g.new_by_province.get(province, [])
            names = frozenset(ascii_key(u.short_name) for u in [*news, *olds])
            self._unit_names_by_province[province] = names
        return names

    def _one_dropped(self) -> dict[str, frozenset[str]]:
        """The folded names of three syllables or more of both registers' communes, by each way of
        leaving one syllable out (``my tay``: ``my chanh tay``)."""
        if self._dropped is None:
            found: dict[str, set[str]] = defaultdict(set)
            for names in (self.g.old_communes, self.g.new_communes):
                for unit in names.units:
                    full = ascii_key(unit.short_name)
                    ws = full.split()
                    if len(ws) >= 3:
                        for i in range(len(ws)):
                            found[" ".join(ws[:i] + ws[i + 1 :])].add(full)
            self._dropped = {key: frozenset(v) for key, v in found.items()}
        return self._dropped

    def _listed(
        self, places: list[str], whole: tuple[Interpretation, str | None] | None, text: str
    ) -> tuple[Interpretation, str | None] | None:
        """The communes of the lists of a text (``các xã A, B và thị trấn C, huyện D``:
        ``listed_places``), each read alone, with the whole text's own reading (``whole``) and the
        typed communes outside the lists: flagged with the units of all, even when they all lead to
        one (a notice's or a project's places, or a list beside an address: not one address; ``Tôi ở
        Sài Sơn, hay đi chợ ở các xã Phú Mãn, Đông Yên``); None when a listed place reads as nothing."""
        first: tuple[Interpretation, str | None] | None = None
        codes: set[str] = set()
        for i, place in enumerate([*places, *(c.text for c in unit_chains(text) if not c.other)]):
            read = self.located(place)
            if read is None or read[0].resolution.status is Status.UNMATCHED:
                if i < len(places):
                    return None
                continue  # a typed commune outside the lists that reads as nothing adds nothing
            first = first or (read[0], None)
            codes |= _codes_of(read[0].resolution)
        if whole is not None:
            codes |= _codes_of(whole[0].resolution)
        if first is None or not codes:
            return None
        note = f"{len(places)} communes listed ('các xã ...'): a list of places, not one address"
        return self._flagged(first, codes, None, note)

    def _units_in_text(
        self, text: str, whole: tuple[Interpretation, str | None] | None
    ) -> tuple[Interpretation, str | None] | None:
        """A text read as nothing, or as a district alone (``whole``), whose words hold an address
        among others (a listing, a news item, a notice, a letterhead: ``Mì Quảng Bà Mua - Quán cà
        phê - 164 Phan Đình Phùng, xã Nghi Xá, H.Nghi Lộc, Nghệ An | Giá: ...``): each typed
        commune with the higher units after it (``unit_chains``) read alone, and flagged: never
        given alone, since nothing in the words says which place is the text's (two reviews found
        a label next to a commune no proof: ``Kính gởi: UBND xã A ... Tôi ở B``, ``hiện tại xã A
        ...``, ``nguyên Chủ tịch UBND xã A, hiện sống ở B``). None when one does not read firmly or
        is said to be another place (a birthplace, a cemetery, an office, an addressee, a distance,
        a route), or the text tells a household's move; over a district read alone (its candidates
        join the flag), none for a commune written without its higher units or after a district
        written in full (an accident's place, then the driver's residence)."""
        if MAY_MOVE.search(text) is not None:
            return None  # a household's move names the place it left (``former_dropped``)
        chains = unit_chains(text)
        if not chains or any(chain.other for chain in chains):
            return None
        district = whole[0].resolution if whole is not None and whole[0].resolution.status is Status.AMBIGUOUS else None
        if district is not None and (any(chain.units == 1 for chain in chains) or higher_before(text, chains[0].start)):
            # A commune alone against the district the whole text was read in (``Xã Thái Ninh (08167),
            # huyện Thanh Ba``), or a district written in full before it (``tại ... địa bàn huyện Ea
            # Kar ... (trú tại xã Cư Jang, ...)``): the whole text's reading stands.
            return None
        first: tuple[Interpretation, str | None] | None = None
        codes: set[str] = set()
        for chain in chains:
            read = self.located(chain.text)
            if chain.units == 1 and chain.above:
                # ``UBND HUYỆN QUỲ HỢP / ỦY BAN NHÂN DÂN / XÃ TAM HỢP``: a letter's header, or cells
                # from the district down: the commune read with the district or province above it.
                above = self.located(f"{chain.text}, {chain.above}")
                if above is not None and above[0].resolution.status in _FIRM_READ and not above[1]:
                    read = above
            if read is None or read[0].resolution.status not in _FIRM_READ or read[1]:
                if chain.units == 1 and read is not None and read[0].resolution.candidates:
                    codes |= set(read[0].resolution.candidates)  # a commune alone that names several units
                    continue
                return None
            first = first or (read[0], chain.before or None)
            codes |= read[0].resolution.codes()
        if first is None:
            return None
        if len(chains) == 1 and district is None and chains[0].units >= 2 and self._column_after(text, chains[0]):
            # ``Nhà nghỉ Sơn La | Thôn 7, Xã Pá Lông, Huyện Thuận Châu, Sơn La | 64 phòng``: a
            # register's row, its address a column of its own, then a short one after the province.
            return first
        if district is not None:
            codes |= set(district.candidates)
        units = "; ".join(chain.text for chain in chains)
        note = f"the units written among other words ({units}): candidates, not said to be the address"
        return self._flagged(first, codes, None, note)

    def _column_after(self, text: str, chain: Chain) -> bool:
        """Whether the chain of units ends with a province and is followed by one short column
        of no place (``| 64 phòng``, ``, 3 sao``), set apart by a comma, a bar or a semicolon."""
        last = chain.text.rsplit(", ", 1)[-1]
        at = text.find(last, chain.start)
        if at < 0 or not self._province_codes(last):
            return False
        tail = text[at + len(last) :]
        column = tail.lstrip(" ")
        if not column[:1] or column[:1] not in ",|;":
            return False
        column = column[1:].strip(" ,;|.")
        return not any(sign in column for sign in ",;|") and self._placeless_column(column)

    def _placeless_column(self, column: str) -> bool:
        """Whether a row's column names no place: one to four words, no type word among them,
        no typed commune, no province (``64 phòng``, ``3 sao``)."""
        ws = words(column)
        if not ws or len(ws) > 4 or any(_type_at(ws, i, len(ws)) is not None for i in range(len(ws))):
            return False
        return self.typed_commune(column) is None and not self._province_codes(column)

    def _located(self, address: str, records: bool = True) -> tuple[Interpretation, str | None] | None:
        """``_located_once``, and for an address ending with its province twice, the old and the new
        (``X. An Hiệp, Bến Tre - Vĩnh Long``), the reading with each province where the text read
        as it is leads elsewhere (see ``_province_pair``). A district read as the new commune of
        its name, a near name of one of its communes before it, is flagged (``_district_as_commune``)."""
        found = self._paired(address, records)
        if (
            found is not None
            and found[1] is not None
            and found[0].resolution.status in _FIRM_READ
            and (found[0].parsed[1] is None or self._district_repeated(found[0].parsed))
            and (flag := self._district_as_commune(found)) is not None
        ):
            return flag
        if (
            found is not None
            and found[1] is not None
            and found[0].parsed[1] is None
            and found[0].resolution.status in _FIRM_READ
            and str(found[0].parsed[2]).isdigit()
            and (flag := self._number_after_name(found, address)) is not None
        ):
            return flag
        if (
            found is not None
            and found[1] is not None
            and found[0].parsed[1] is None
            and found[0].parsed[2] is not None
            and found[0].resolution.status is Status.AMBIGUOUS
            and (before := self._district_before(found)) is not None
        ):
            return before
        if (
            found is not None
            and found[0].resolution.status is Status.FUZZY
            and found[0].parsed[1] is None
            and found[0].parsed[2] is not None
            and (rival := self._heard_rival(found)) is not None
        ):
            return rival
        return found

    def _district_before(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None] | None:
        """A typed commune read with its province and flagged, after a typed district in a part of
        its own (``Huyện Lâm Hà, Xã Tân Thanh, Tỉnh Lâm Đồng``: the district written first): read
        with the district after the commune, taken (at most fuzzy) when that reads firmly."""
        province, _, commune = found[0].parsed
        if province is None or commune is None or self.commune_type(commune) is None:
            return None
        parts = [p.strip() for p in _PARTS.split(str(found[1])) if p.strip()]
        if not parts:
            return None
        ws = words(parts[-1])
        tw = _type_at(ws, 0, len(ws)) if ws else None
        if tw is None or tw.strength < 4.0 or LEVELS.get(tw.canonical) != (D,) or len(ws) == tw.size:
            return None
        fixed = ", ".join([*parts[:-1], commune, parts[-1], province])
        again = self._as_written(fixed)
        if again is None or again[0].resolution.status not in _FIRM_READ or again[0].parsed[1] is None:
            return None
        if not again[0].resolution.codes() <= set(found[0].resolution.candidates):
            return None
        return _repaired(again, fixed, "the district written before the commune")

    def _number_after_name(
        self, found: tuple[Interpretation, str | None], address: str
    ) -> tuple[Interpretation, str | None] | None:
        """A bare number read as a numbered ward of the province, after a name with nothing
        between (``Phúú Hòa 1, T. Đắk Lắk``: Phường 1 of Tuy Hòa, or the misspelt Xã Phú Hòa 1):
        flagged with the units whose names end with that number and are near the name written
        with it; else None (``Bảo Lâm, 4, Lâm Đồng``: the number a part of its own)."""
        number = str(found[0].parsed[2])
        last = [p for p in _PARTS.split(str(found[1])) if p.strip()][-1:]
        ws = words(last[0]) if last else []
        if not ws or not ws[-1].ascii.isalpha() or ws[-1].ascii in _HAMLET_OR_STREET:
            return None
        if re.search(rf"{re.escape(ws[-1].text)} +{number}\b", address) is None:
            return None  # (separated: ``Bảo Lâm, 4``)
        name = " ".join([w.ascii for w in ws[-3:]] + [number])
        res = found[0].resolution
        province = res.new_province_code or ""
        near: set[str] = set()
        best = 3
        units: list[tuple[Any, bool]] = [(u, True) for u in self.g.new_by_province.get(province, ())]
        for old in self._old_codes_of_new(province):
            units += [(u, False) for u in self.g.communes_by_province.get(old, ())]
        for unit, new in units:
            short = ascii_key(unit.short_name)
            if not short.endswith(f" {number}"):
                continue
            written = " ".join(name.split()[-len(short.split()) :])
            d = Levenshtein.distance(written, short, score_cutoff=best)
            if d > best:
                continue
            successors = self.r.crosswalk.successors
            codes = {unit.code} if new else {row.new_commune_code for row in successors(unit.code)}
            if d < best:
                best, near = d, codes
            else:
                near |= codes
        if not near or near <= set(res.codes()):
            return None
        note = f"{number} after {ws[-1].text}: a numbered ward, or a near name ending with the number"
        return self._flagged(found, set(res.codes()) | near, province, note)

    def _district_repeated(self, parsed: tuple[str | None, str | None, str | None]) -> bool:
        """The commune read is named, untyped, as the district written after it (``Xuân Kê, Lý
        Nhân, huyện Lý Nhân``: the district written twice, or the new Xã Lý Nhân)."""
        district, commune = parsed[1], parsed[2]
        if district is None or commune is None or not ascii_key(district).endswith(ascii_key(commune)):
            return False  # (the common case, cheaply: names that differ)
        return self._untyped(commune) == commune and ascii_key(self._untyped(district)) == ascii_key(commune)

    @staticmethod
    def _left_out(commune: str, found: tuple[Interpretation, str | None]) -> bool:
        """Whether ``commune`` is neither in the street nor among the units of a reading."""
        return not any(AddressReader._left_in_street(commune, part) for part in (found[1], *found[0].parsed))

    @staticmethod
    def _aside(address: str, unit: str | None) -> bool:
        """Whether ``unit`` is written with a note in parentheses right after it (``Xa Minh Hoa (Xa
        Yen Hoa cu)``: its old form aside, its name the present one)."""
        at = address.find(unit) if unit else -1
        return at >= 0 and address[at + len(str(unit)) :].lstrip().startswith("(")

    def _district_as_commune(
        self, found: tuple[Interpretation, str | None]
    ) -> tuple[Interpretation, str | None] | None:
        """A commune read alone, untyped, whose name is also that of an old district of its
        province, after a street whose last part reads as a commune of that district (``Thôn 3, Ph
        Là, Đồng Văn, Tuyên Quang``: the new Xã Đồng Văn with a hamlet ``Ph Là``, or Phố Là of the
        district Đồng Văn): flagged with both; else None."""
        res, street = found[0].resolution, str(found[1])
        written = str(found[0].parsed[2])
        if self._untyped(written) != written:
            return None  # (``Ph Là, Xã Đồng Văn``: the commune typed, its hamlet before it)
        last = [p for p in _PARTS.split(street) if p.strip()][-1:]
        ws = words(last[0]) if last else []
        if not ws or len(ws) > 4 or ws[0].ascii in _HAMLET_OR_STREET or not all(w.ascii.isalpha() for w in ws):
            return None
        found_district = self._district_named(written, res.new_province_code)
        if found_district is None:
            return None
        district, province = found_district
        again = self._as_written(f"{last[0].strip()}, {district.name}, {province.name}")
        if again is None or again[1] is not None or again[0].parsed[2] is None:
            return None
        theirs = again[0].resolution
        if theirs.status not in (Status.EXACT, Status.FUZZY) or not theirs.codes() - res.codes():
            return None
        if theirs.status is Status.EXACT and _type_at(ws, 0, len(ws)) is not None:
            return None  # (``Phường Đông Sơn, Thanh Hóa, thành phố Thanh Hóa``: a typed commune, read so)
        note = f"{written} is also a district, {last[0].strip()} a commune of it"
        return self._flagged(found, set(res.codes() | theirs.codes()), theirs.new_province_code, note)

    def _paired(self, address: str, records: bool = True) -> tuple[Interpretation, str | None] | None:
        """``_located_once``, with the province pair's reading (see ``_located``)."""
        found = self._located_once(address, records)
        paired = self._province_pair(address)
        if paired is None and self._starts_with_province(address):
            paired = self._pair_first(address)
        if paired is None and found is not None:
            paired = self._pair_unseparated(found, address)
        if paired is None:
            return found
        pair, olds = paired
        res = found[0].resolution if found is not None else None
        theirs = pair[0].resolution
        if res is None or res.status is Status.UNMATCHED:
            # (A near name in the old province, where the text as written reads nothing, is no
            # reading: ``Xa Vinh Hung (Xa Nghia Hung cu), ..., Phu Tho (Vinh Phuc cu)``; the name's
            # letters without its marks are: ``Xa Ngoc Duong, ..., Tuyen Quang (Ha Giang cu)``.)
            # (Nor where the text gives the commune's old form aside, its name the present one:
            # ``Xa Minh Hoa (Xa Yen Hoa cu), Huyen Minh Hoa cu, Quang Tri (Quang Binh cu)``.)
            near = theirs.status is Status.FUZZY and (
                self._near_by_letters(pair[0])
                or not address.isascii()  # (near by its marks where the text has them: ``Hợp Thanh``)
                or self._aside(address, pair[0].parsed[2])
            )
            if near and not self._aside(address, pair[0].parsed[2]):
                # (With its district, ``Lng Trị, Long Mỹ, Hậu Giang, nay thuộc Cần Thơ``, or alone,
                # ``Hồ Chí Minh Bà Rịa - Vũng Tàu xã Bàu Chiinh``: a candidate.)
                where = ", ".join(x for x in pair[0].parsed[1::-1] if x)
                note = f"a near name in {where} (the old province)"
                return self._flagged(pair, set(theirs.codes()), theirs.new_province_code, note)
            return found if near else pair
        if res.status in _FIRM_READ or res.status is Status.FUZZY:
            lowest = pair[0].parsed[2] if pair[0].parsed[2] is not None else pair[0].parsed[1]
            if (
                theirs.status is Status.AMBIGUOUS
                and theirs.candidates
                and found is not None
                and self._left_in_street(lowest, found[1])
                and not self._may_name_province(str(lowest))
            ):
                # ``Hưng Yên, Thái Bình, Vũ Thư, Thôn 4``: Phường Thái Bình read, the district Vũ
                # Thư (or the new Xã Vũ Thư) left in the street: flagged with the pair's.
                return pair
            # Read as it is, the unit is among those of the pair (``Quảng Nam - Đà Nẵng``, the
            # province before 1997, with a district of Đà Nẵng): it stands, unless it took the old
            # province for its city (``phường 3, Sóc Trăng - Cần Thơ``: Sóc Trăng's Phường 3, or
            # another of the province's).
            if not res.codes() <= theirs.codes():
                commune = pair[0].parsed[2]
                if (
                    found is not None
                    and (theirs.status in _FIRM_READ or theirs.status is Status.FUZZY)
                    and (
                        (
                            self._left_in_street(commune, found[1])
                            and (
                                not self._may_name_province(str(commune))
                                or self._left_in_street(pair[0].parsed[1], found[1])
                            )
                        )
                        or (theirs.status is Status.FUZZY and self._left_in_street(pair[0].parsed[1], found[1]))
                    )
                ):
                    # ``Hà Hiệu, Ba Bể, Bắc Kạn cũ, Thái Nguyên``: Phường Bắc Kạn, Hà Hiệu left
                    # over; ``thai nguyen bac kan yen my``: Yên Mỹ near (no marks), left over too.
                    # A commune named like a province, left over with its district (``Khánh Hoà,
                    # Lục Yên, Yên Bái, Lào Cai``), as well; a near name, its district left over
                    # (``Hồnng Quang, Thanh Miện, Hải Dương (Hải Phòng)``).
                    return pair
                if theirs.status is Status.FUZZY:
                    if found is not None and commune is not None and self._left_out(str(commune), found):
                        # ``Bình Thuận, Lâm Đồng, Hààm Kiệm``: Phường Bình Thuận read, the near
                        # name after it left out of the reading: flagged with both.
                        note = f"{commune} is left out of the reading; a near name in {pair[0].parsed[0]}"
                        return self._flagged(found, set(res.codes() | theirs.codes()), None, note)
                    return found  # (``Vinh Vien, Long My, Can Tho, Hau Giang``: read as it is)
                if res.status is Status.FUZZY and theirs.status in _FIRM_READ and pair[0].parsed[2] is not None:
                    # ``Tuyên Quang - Hà Giang - Ngọc Long``: a near name in the city Hà Giang, or
                    # the name itself in the old province: the name as written.
                    return pair
                if (
                    theirs.status in _FIRM_READ
                    and found is not None
                    and self.typed_commune(found[1]) is None
                    and self._made_from(res.codes(), olds)
                ):
                    # ``Đồng Nai, Bình Phước, Đồng Nai``: the new Phường Bình Phước as written, or
                    # an old Xã Đồng Nai of the province Bình Phước: flagged with both.
                    note = "read as written and with the old province, apart"
                    return self._flagged(found, set(res.codes() | theirs.codes()), theirs.new_province_code, note)
                return pair
            city = found is not None and found[0].parsed[1] is not None and pair[0].parsed[0] is not None
            if city and found is not None and ascii_key(str(found[0].parsed[1])) == ascii_key(str(pair[0].parsed[0])):
                return pair if res.codes() != theirs.codes() else found
            return found
        if theirs.status in _FIRM_READ or theirs.candidates:
            # ``Xã An Hiệp, Bến Tre, Vĩnh Long``: flagged as it is, firm by the old province;
            # ``X. Mỹ Thạnh, Vĩnh Long/Bến Tre cũ``: the old province's Mỹ Thạnh, flagged.
            return pair
        if found is not None and res.status is Status.AMBIGUOUS and theirs.status is Status.FUZZY:
            # ``Ninh Bình Nam Định xã Hợợp Hưng``: flagged as it is (Phường Nam Định, a typed
            # commune left over), near by the old province (Hợp Hưng): a candidate too.
            extra = set(theirs.codes()) - set(res.candidates)
            if extra:
                return self._flagged(found, set(res.candidates) | extra, res.new_province_code, res.note, res.reason)
        return found

    def _located_once(self, address: str, records: bool = True) -> tuple[Interpretation, str | None] | None:
        """The interpretation of an address and its street (see ``_as_written``); an address that
        reads as nothing, as several units or as a commune alone at its end, and starts with a
        province, is read in reverse order too (``Tỉnh Lạng Sơn > Huyện Bình Gia > TT. Bình Gia >
        Tổ 10``; ``tỉnh Long An, Huyện Châu Thành, Xã Thanh Vĩnh Đông``); one read by a near name
        after a street is taken in reverse order when that reads firmly (``Hưng Yên / Kim Động /
        Phú Thọ``: Xã Phú Thọ of Kim Động, not a near name in the province Phú Thọ)."""
        if "»" in address or "›" in address or "▸" in address or "▶" in address or "→" in address or "⟶" in address:
            address = _CRUMBS.sub(" > ", address)  # a web page's breadcrumb: ``Đồng Nai » Xuân Lộc » Xuân Thọ``
        if ">" in address and (home := _HOME_CRUMB.match(address)) is not None:
            address = address[home.end() :]  # ``Trang chủ > Tỉnh Đồng Nai > ...``: the site's own crumb
        address = unexported(address)  # URL encoding, JSON, geocoders' components, NULL fields
        address = link_words(address)  # a listing's link, a report's file name: their words
        address = recipients_dropped(address)  # a letter's ``Nơi nhận:``: other offices
        address = question_dropped(address)  # ``tân thanh tuyên quang gồm những xã nào``: a search
        if (" là " in address or " la " in address) and (lead := lead_place(address)) is not None:
            address = lead  # ``Long Vĩnh là một xã thuộc huyện Duyên Hải, tỉnh Trà Vinh``: an encyclopedia's
        address = corrected(unstyled(address))  # bold letters; ``xã ~~A~~ B``, ``xã A à nhầm xã B``: the unit kept
        address = unspoken(clean_artefacts(address))  # HTML, spreadsheet cells, full width; speech
        address = han_types(address)  # ``Long An省 Duc Hoa県 Tan Phu社``: Japanese and Chinese forms
        address = french_forms(address)  # ``commune de Tân Phú, district de Đức Hòa, province de Long An``
        address = seal_address(address)  # ``★ T. NGHỆ AN ★ UBND ★ XÃ THANH SƠN ★``: a seal's ring
        if "\n" in address or "\r" in address:
            address = words_unwrapped(address, self._syllables(), self._bigrams())  # ``TINH THAI BIN\nH``
        address = numbers_in_digits(address)  # ``Phường Chín - quận Mười``, ``phường XI, Quận V``
        address = descriptors_dropped(address, self._is_unit_name)  # ``xã miền núi Kỳ Thọ``, ``tỉnh cực Bắc Hà Giang``
        if ("UBND" in address or "ubnd" in address or "ban nh" in address) and _OFFICE_UNTYPED.search(address):
            address = _office_dropped(address)  # ``UBND Quốc Thái, An Phú, An Giang``: the committee of Quốc Thái
        if _SPACE_DIGIT.search(address) is not None and _SPOKEN_DIGIT.search(address) is not None:
            address = _SPOKEN_DIGIT.sub(self._digit_named, address)  # ``Thủ Dầu 1``, ``huyện 3 Tơ``: voice typing
        if _DIGIT_THEN_LETTERS.search(address) is not None and _NUMBERED_GLUED.search(address) is not None:
            address = _NUMBERED_GLUED.sub(self._number_cut, address)  # ``P8T.P Vũng Tàu``, ``p.12tân bình``
        address = city_ward_initials(address)  # ``P16 Gv Tp Hồ Chí Minh``: Quận Gò Vấp
        address = pho_street(address)  # ``số 179 P. Trần Hưng Đạo, P. Hoàn Kiếm``: phố, a street
        if _NUMERAL_AT_END.search(address) is not None and _LETTER_NUMERAL.search(address) is not None:
            address = self._numerals_named(address)  # ``X. A Lưới V``, ``Xã Đạ Tẻh số 3``: A Lưới 5, Đạ Tẻh 3
        if GLUED_NUMBER.search(address) is not None:
            address = self._number_unglued(address)  # ``Xã Đam Rông1``
        # ``Lang Minh (X), Xuân Lộc (H)``; ``xã A thuộc tỉnh B``; ``X/Phú Xuân, H/Thọ Xuân``; ``Long An tỉnh``
        address = slashed_types(belongs_cut(types_in_front(address, self._is_unit_name)))
        address = types_after_names(address, self._is_unit_name)
        if _RARE_SHAPES.search(address.lower()) is not None:
            # ``P. Phường 16``; ``Xã B (thành lập trên cơ sở sắp xếp các xã ...)``; ``(theo Nghị quyết ...)``
            address = remarks_dropped(origins_dropped(types_once(address), self._names_province))
        address = repeats_dropped(address)  # ``Xã A Xã A``
        if self._city_ward is not None and (ward := self._city_ward.search(address)) is not None:
            address = self._city_ward_named(address, ward)  # ``Phường Xuân Hương, Đà Lạt``
        if abroad(address):
            return None  # ``Cabramatta, Sydney, Ốt-xtrây-li-a``: no unit of Vietnam, whatever names it holds
        if len(address) >= PROSE_LENGTH and (place := address_in_prose(address)) is not None:
            # A document (a judgment, a decision, a licence...): the place its words name as the
            # address (``nơi cư trú: ...``), not the places of birth, origin or a branch.
            found = self._located(place)
            if found is not None and found[0].resolution.status is not Status.UNMATCHED:
                return found
        elif len(address) >= PROSE_LENGTH and (places := self._equal_places(address)) is not None:
            return places
        elif len(address) >= PROSE_LENGTH and (place := labelled_place(address)) is not None:
            # A notice's, a delivery's, a record's ``Địa chỉ:`` field: taken when it reads firmly.
            found = self._located(place)
            if found is not None and found[0].resolution.status in _FIRM_READ:
                return found
        if address[-1:].isdigit() and (date := TRAILING_DATE.search(address)) is not None:
            address = address[: date.start()]  # ``..., Tỉnh Hà Tĩnh ngày 16/02/2013``: when, not where
        if (
            MAY_PARCEL.search(address) is not None
            and (parcel := parcel_address(address)) != address
            and not self._units_beside(address, parcel)
        ):
            # A land record: the parcel's own address, not its owner's, the issuing office's or
            # the area and use written around it.
            found = self._located(parcel, records)
            if found is not None and found[0].resolution.status is not Status.UNMATCHED:
                sheet = parcel_sheet(address, parcel)  # the parcel's number and sheet: its street
                return found[0], ", ".join(x for x in (sheet, found[1]) if x) or None
        if MAY_MOVE.search(address) is not None and (present := former_dropped(address)) != address:
            # ``Nơi thường trú: B. Nơi thường trú trước khi chuyển đến: A``, ``Đã chuyển hộ khẩu từ
            # A về B``: a household's move; the present residence is the address.
            found = self._located(present, records)
            if found is not None and found[0].resolution.status is not Status.UNMATCHED:
                return found
        if records and (field := record_field(address)) is not None:
            return self._record_read(address, field)  # a bill's or a form's fields
        # English beside the units (``Xã Gia Luận (Gia Luan Commune)``), notes in other brackets
        # (``[[xã Bắc Sơn cũ]]``), a census record's enumeration area.
        address = address_of_record(address)
        address = unchatted(address, self._syllables())  # a buyer's words around it, teen spelling
        if "\t" in address:
            address = _TABS.sub(", ", address.strip())  # cells copied from a spreadsheet
        if "|" in address and address[:1].isdigit() and (card := ID_CARD.match(address)) is not None:
            address = card.group(1)  # the address field of an ID card's QR code
        if "đảo" in address or "ĐẢO" in address:
            address = _ISLAND_COMMUNE.sub(r"\1 ", address)
        if "NT" in address:
            address = _FARM_TOWN.sub("Thị trấn Nông trường ", address)
            address = _BARE_FARM_TOWN.sub(self._bare_farm_town, address)
        if "trường" in address or "TRƯỜNG" in address:
            address = _WRITTEN_FARM_TOWN.sub(self._written_farm_town, address)
        if "uế" in address or "UẾ" in address or "ue " in address or "UE " in address or "CCT" in address:
            address = TAX_OFFICE.sub("", OFFICE_FIRST.sub("", address))  # ``Chi cục Thuế``, ``Co quan thue``
        elif "hội" in address or "HỘI" in address or "hoi" in address:
            address = OFFICE_FIRST.sub("", address)  # ``Ngân hàng Chính sách xã hội chi nhánh ..., ``
        if MAY_NAME_CODE.search(address) is not None and DIGITS5.search(address) is not None:
            address = self._codes_named(address)  # ``Mã xã 14776``: the commune's name
        if "/20" in address or "/19" in address:
            address = _LATER_NAME.sub("", address)  # ``..., từ 01/01/2020 là xã Nánh Nghê``
        if "," in address:
            address = _once(address)
        if may_hold_note(address):
            address = notes_dropped(address)
        address = repair_typing(address, self._syllables())  # Telex, VNI, mis-decoded files
        address = recipients_dropped(address)  # (a letter typed in an old font: ``N¬i nhËn:``)
        lowered = address.lower()
        if (
            ("minh" in lowered or "hcm" in lowered or "gòn" in lowered)
            and not _NUMBER_WORDS.isdisjoint(_SPOKEN_SPLIT.split(lowered))
            and _SPOKEN_CITY_DISTRICT.search(address) is not None
        ):
            address = _SPOKEN_CITY_DISTRICT.sub(self._city_district_number, address)  # ``tân hưng, bảy, hồ chí minh``
        if "\n" in address or "\r" in address:
            address = _LINE_BREAK.sub(self._unwrapped, address)
            if "," in address and ("\n" in address or "\r" in address):
                # The lines left are fields (``Binh Thuan\nBinh Thuan Province``): separated as
                # the commas of the address separate its parts, a line repeated kept once.
                address = _once(_FIELD_BREAK.sub(", ", address))
        if MAY_BE_GLUED.search(address) is not None:
            address = GLUED_CELLS.sub(" ", address)  # ``Phường 5Quận 3``, ``ThànhTỉnh``: cells glued
        if " -" in address:
            address = SPACE_DASH.sub(" - ", address)  # ``Tháng 08 -P3``: a dash after a space separates
        if DIGIT_Q.search(address) is not None:
            address = NUMBER_THEN_DISTRICT.sub(" ", address)  # ``p10Q6``, ``P15quận 10``
        if ("5" in address or "6" in address or "7" in address) and CROSSROADS_NUMBER.search(address) is not None:
            address = CROSSROADS_NUMBER.sub(crossroads_named, address)  # ``TP Ngã 7``: Ngã Bảy
        found = self._as_written(address)
        if found is None:
            return None
        res, street = found[0].resolution, found[1]
        if res.status in (Status.UNMATCHED, Status.AMBIGUOUS):
            unglued = types_unglued(address, self._syllables())  # ``HUYỆNNGỌC LẶC``, ``T.PPHU LY``
            again = self._as_written(unglued) if unglued != address else None
            if again is not None and (
                again[0].resolution.status in RESOLVED_OR_SPLIT
                or (res.status is Status.UNMATCHED and again[0].resolution.status is not Status.UNMATCHED)
            ):
                return again
            dotted = INITIAL_GLUED.sub(r"\1.", address)
            again = self._as_written(dotted) if dotted != address else None
            if (
                again is not None
                and again[0].resolution.status in RESOLVED_OR_SPLIT
                and INITIAL_GLUED.search(again[0].parsed[1] or "") is None
                and "." in (again[0].parsed[1] or "")
            ):
                # ``P28, BThạnh, TP.HCM``: Bình Thạnh's initial glued to its second syllable, read as
                # the district (``KDang``, ``KNuec`` are names of Gia Lai's and Đắk Lắk's).
                return again
        if res.status is Status.UNMATCHED and address.count(",") >= 2:
            # (The earlier registers read the same mended text: see ``HistoryResolver._address``.)
            mended = self.province_parts_mended(address)
            again = self.located(mended) if mended is not None else None
            if again is not None and again[0].resolution.status is not Status.UNMATCHED:
                return again
        if res.status in _FIRM_READ and street and res.parsed[0] is None and _bare_numbers(res.parsed):
            swapped = self._numbers_swapped(found[0], street)
            if swapped is not None:
                return swapped
        if (
            res.status in (Status.UNMATCHED, Status.AMBIGUOUS)
            and DIGITS5.search(address) is not None
            and (coded := self._coded(address)) is not None
        ):
            return coded  # ``MAXA=07588\tTENXA=Tân Quang``: a census export's codes beside the names
        if (
            res.status not in _FIRM_READ
            and PARCEL_PART.search(address) is not None
            and PARCEL_TAIL.search(address) is not None
            and (first := self._units_first(address)) is not None
        ):
            return first  # ``Xã Tân An, Tân Kỳ, Nghệ An - Thửa 12``: the parcel after the units, its street
        if (res.status not in _FIRM_READ or res.score < 100.0) and (cut := self._contact_dropped(address)) != address:
            # ``..., Phú Yên - Tên: Cô Hương``: read without the buyer after the province, when
            # that reads firmly (an address read exactly as written, score 100, is never cut: the
            # common case; a buyer taken for a damaged province costs the reading its score).
            again = self.located(cut)
            if again is not None and again[0].resolution.status in _FIRM_READ:
                return again
        if res.status not in _FIRM_READ and (trimmed := contacts_trimmed(address, self._names_unit)) != address:
            # ``sđt 0985.536.721 / 77 Tôn Đức Thắng, ..., T.Hóa / Ngọc Trâm / để ở bảo vệ``: read
            # without the buyer's phone, name and wishes around it, when that reads firmly.
            again = self.located(trimmed)
            if again is not None and (
                again[0].resolution.status in _FIRM_READ
                or (again[0].resolution.status is Status.FUZZY and res.status is Status.UNMATCHED)
                or (
                    again[0].resolution.status is Status.AMBIGUOUS
                    and again[0].resolution.candidates
                    and res.status in (Status.FUZZY, Status.UNMATCHED)
                )
            ):
                # A near reading only where the text as written read as nothing; a flag over a near
                # reading the buyer's words made (``..., H. Thanh Bình, Đồng Tháp | Em Thảo | sdt``).
                return again
        if res.status not in _FIRM_READ and (chat := self._province_initials(address)) is not None:
            return chat
        if res.status not in _FIRM_READ and (city := self._district_initials(address, res.parsed[0])) is not None:
            return city
        if res.status not in _FIRM_READ and (first := self._units_first(address)) is not None:
            return first
        if (
            res.status in (Status.FUZZY, Status.AMBIGUOUS)
            and (top := self._firm_from_the_top(address)) is not None
            and not (res.status is Status.AMBIGUOUS and top[0].resolution.codes() <= set(res.candidates))
        ):
            # (A flag that holds the unit read from the top stays: ``Phú Thọ, Hòa Bình, Hòa Bình``,
            # Xã Hòa Bình of the city or the new Phường Hòa Bình.)
            return top
        if res.status is Status.FUZZY and res.parsed[1] is not None and (seat := self._seat_for_district(found)):
            return seat
        if res.status is Status.FUZZY and res.parsed[1] is not None and res.parsed[2] is not None:
            exact = self._exact_elsewhere(res)
            if not exact and res.parsed[0] is None:
                # ``Thị trấn Vĩnh Thạnh - Huyện Vĩnh``: no province written, the district a near
                # name (Vinh) and the commune near one of it (Vinh Tân), while the commune is
                # written exactly, marks and all, elsewhere (Cần Thơ's, Bình Định's): flagged.
                exact = self._exact_anywhere(res, typed=True)
            if exact:
                # ``Xã Gia Hưng, Huyện Nghĩa Hưng, Tỉnh Ninh Bình``: a near name in the district
                # written (Nghĩa Hùng), the name written exactly elsewhere in the province (the
                # new Xã Gia Hưng): conflicting evidence, flagged with both.
                note = f"{res.parsed[2]} is a near name in {res.parsed[1]}, and exactly a unit elsewhere"
                flagged = res.flagged(
                    res.codes() | exact,
                    note,
                    score=min(res.score, REPAIRED_SCORE),
                    other_province=res.new_province_code,
                )
                return replace(found[0], resolution=flagged), street
            other = (
                self._province_disagrees(address, found[0])
                if res.parsed[0] is not None and self._named_outside(res)
                else None
            )
            if (
                other is not None
                and other[0].resolution.reason is Reason.NOT_IN_PROVINCE
                and set(other[0].resolution.candidates) - res.codes()
            ):
                # ``Thị trấn Thuận Châu, Huyện Thuận Châu, T. Tây Ninh``: near names in the province
                # written (Tân Châu), the commune and district written exactly in another (Sơn La):
                # conflicting evidence, flagged with both.
                theirs = other[0].resolution
                note = f"read by near names in {res.parsed[0]}; {theirs.note}"
                flagged = res.flagged(
                    res.codes() | set(theirs.candidates),
                    note,
                    score=min(res.score, REPAIRED_SCORE),
                    other_province=theirs.new_province_code,
                )
                return replace(found[0], resolution=flagged), street
        elif res.status is Status.FUZZY and res.parsed[1] is None and res.parsed[2] is not None:
            exact = self._exact_anywhere(res, unmarked=address.isascii() and self._swapped_read(res))
            if exact:
                # ``TT Thạnh Hóa Thạnh Hóa``: a near name under a province read by its letters
                # (Thanh Hóa), the commune written exactly, marks and all, elsewhere (Long An's
                # Thạnh Hóa): flagged with both. Without any mark, its letters: ``Khu pho 20, Xa
                # Tan Dong, Thanh Hoa`` is Đông Tân of Thanh Hóa, its words swapped, or a Tân
                # Đông (Long An's Thạnh Hóa has one).
                note = f"{res.parsed[2]} is a near name in {res.parsed[0]}, and exactly a unit elsewhere"
                score = min(res.score, REPAIRED_SCORE)
                flagged = res.flagged(res.codes() | exact, note, score=score, other_province=None)
                return replace(found[0], resolution=flagged), street
        if res.status is Status.UNMATCHED and res.parsed == (None, None, None):
            # (Without the marks of units written as they were: ``H. Nam Trực (cũ)``.)
            unmarked = drop_former_names(address) if MAY_NOTE_WRITTEN.search(address) is not None else address
            dropped = self._district_dropped(unmarked)
            if dropped is None and ("-" in unmarked or "\u2013" in unmarked):
                # The parts joined by dashes (``Thôn 5 – xa Tam Hồng – Huyện Bình Xuyên cũ – Tỉnh Phú Thọ``).
                dropped = self._district_dropped(_DASHED.sub(", ", unmarked))
            if dropped is not None:
                return dropped
        if res.parsed[0] is not None and res.parsed[2] is None:
            if res.status is Status.AMBIGUOUS and res.parsed[1] is not None and street:
                # ``Bản 3 – X Kiều Phú – Huyện Mỹ Đức cũ – TP.Hà Nội``: a new commune written with
                # an old district that is not its origin, out of the reading: a candidate too.
                found = self._typed_left_in_province(found)
                res = found[0].resolution
            if res.status is Status.UNMATCHED and res.parsed[1] is None:
                other = self._province_disagrees(address, found[0])
                if other is not None:
                    return other
            elif res.status is Status.AMBIGUOUS and res.reason is Reason.NOT_IN_DISTRICT:
                # ``Xã Lâm Hóa, Huyện Tuyên Hóa, Phú Yên``: no commune of that name in Tuy Hòa,
                # the near district there; Tuyên Hóa (Quảng Bình) has one: candidates of both.
                other = self._province_disagrees(address, found[0])
                if other is None or other[0].resolution.status is not Status.AMBIGUOUS:
                    other = self._district_disagrees(address, found[0])
                if other is not None:
                    flagged = other[0].resolution
                    codes = tuple(sorted(set(flagged.candidates) | set(res.candidates)))
                    return replace(other[0], resolution=replace(flagged, candidates=codes)), other[1]
        elif (
            res.status is Status.AMBIGUOUS
            and res.parsed[0] is not None
            and street is not None
            and TYPED.search(fold_chars(street.lower())) is not None
        ):
            # ``Phường Đồng Hóa, Thị xã Kim Bảng, Hà Nội``: a typed commune left in the street of a
            # flagged reading, which with its district reads firmly in another province (Hà
            # Nam's, a drop-down list's neighbouring row): its candidates join.
            other = self._province_disagrees(address, found[0])
            if other is not None and other[0].resolution.status is Status.AMBIGUOUS:
                flagged = other[0].resolution
                codes = tuple(sorted(set(flagged.candidates) | set(res.candidates)))
                return replace(other[0], resolution=replace(flagged, candidates=codes)), other[1]
        if (
            res.status in RESOLVED_OR_SPLIT
            and res.parsed[0] is not None
            and self._starts_with_province(address)
            and not self._province_codes(res.parsed[0])
            and (again := self._reversed(address, either_end=True)) is not None
            and (
                again[0].resolution.status in _FIRM_READ
                or (res.status is Status.FUZZY and again[0].resolution.status is Status.FUZZY)
            )
            and again[0].resolution.codes() != res.codes()
        ):
            # ``Phú Thọ | Phú Thọ | Phú Hộ | Ấp 9``: columns from the province down, read as
            # written with a near name (Phú Hộ) for the province. Read from the province, it is
            # firm: taken over a near reading, flagged beside a firm one.
            if res.status is Status.FUZZY and again[0].resolution.status in _FIRM_READ:
                return again
            # ``4629 | Thanh Hoa | Ha Trung | Ha Ddong``: near names both ways, leading apart.
            note = f"reads two ways: {res.parsed[2]} as written, {again[0].resolution.parsed[2]} from the province down"
            turned = again[0].resolution
            score = min(res.score, REPAIRED_SCORE)
            both = res.flagged(res.codes() | turned.codes(), note, score=score, other_province=turned.new_province_code)
            return replace(found[0], resolution=both), street
        if (
            res.status is Status.FUZZY
            and res.parsed[0] is not None
            and _commune_typed(res.parsed[0])
            and self._starts_with_province(address)
            and not self._province_codes(res.parsed[0], MARKED)
            and (again := self._reversed(address, either_end=True)) is not None
            and again[0].resolution.status is Status.AMBIGUOUS
            and set(again[0].resolution.candidates) - res.codes()
        ):
            # ``T.Long An - H.Châu Thành - TT. Tầ``: read as written, a near name under a province
            # that is none (``TT. Tầ``); from the province down, the communes of Châu Thành in Long
            # An: flagged with both.
            turned = again[0].resolution
            down = turned.parsed[1] or turned.parsed[0]
            note = f"reads two ways: {res.parsed[2]} as written, candidates of {down} from the province down"
            both = res.flagged(
                set(res.codes()) | set(turned.candidates),
                note,
                score=min(res.score, REPAIRED_SCORE),
                other_province=turned.new_province_code,
            )
            return replace(found[0], resolution=both), street
        if (
            res.status in _FIRM_READ
            and street is None
            and res.parsed[2] is not None
            and self._starts_with_province(address)
            and (two := self._province_then_name(address, found)) is not None
        ):
            return two
        # ``Khánh Hòa / Ninh Hòa / Ninh Bình``: a province name starts the street of a firm reading.
        fuzzy = street is not None and (
            res.status is Status.FUZZY or (res.status in _FIRM_READ and self._province_in_street(street))
        )
        if (
            res.status not in (Status.UNMATCHED, Status.AMBIGUOUS)
            and not fuzzy
            and not (
                street
                and (
                    (res.parsed[0] is None and (res.parsed[1] is None or res.parsed[2] is None))
                    or TYPED_ABOVE.search(fold_chars(street))
                    # ``Thái Bình Đông Hưng Đông Vinh``: no province read, the text starting with
                    # one's name run into the next (read: Hưng Đông of Vinh, street ``Thái Bình Đông``)
                    or (res.parsed[0] is None and self._province_starts_street(street))
                )
            )
        ):
            return found  # read, with no district or province left in its street (most addresses)
        again = self._reversed(address, either_end=fuzzy)
        if again is None and res.status is Status.UNMATCHED and not fuzzy:
            # ``Hà Nội Ba Đình Vĩnh Phúc``: read as written, a province at the end and nothing
            # else; from the province down, Phường Vĩnh Phúc (a commune named like a province).
            again = self._reversed(address, either_end=True)
            if again is not None and (again[1] is not None or None in again[0].parsed):
                again = None  # (``Lào Cai, Yên Bái, Khánh Hòa``: a province's name left over; a list of provinces)
        if again is None and res.status not in _FIRM_READ:
            again = self._street_then_reversed(address)  # ``173B Nguyễn Du, Tỉnh Điện Biên / ...``
        if again is not None and fuzzy and _hamlet_as_province(res.parsed[0]):
            # ``T. Lang Son, H Loc Binh, X Xuan Le, Thon 8``: read as written, the hamlet at the
            # end is a province by a near name (and the commune one of Thanh Hóa's); read from the
            # province down, whatever it reads (an earlier unit, a flag), it is no hamlet's reading.
            return again
        if (
            again is not None
            and res.status is Status.FUZZY
            and res.parsed[0] is None
            and res.parsed[1] is None
            and again[0].parsed[0] is not None
            and (again[0].parsed[1] is not None or again[0].parsed[2] is not None)
            and (
                again[0].resolution.status is Status.FUZZY
                or (again[0].resolution.status is Status.AMBIGUOUS and again[0].resolution.candidates)
            )
            and self._province_codes(str(again[0].parsed[0]))  # (not ``TP Thạnh Hóa``: Thanh Hóa by its letters)
        ):
            # ``Hà Nội, Ba Đình, Vĩnh Phuc, Thanh``: as written, a near name alone at the end (a
            # hamlet's), the province and district in its street; from the province down, a near
            # name in the district written: the reading that explains the units written. A flag
            # from the top keeps the unit read as written among its candidates (``Hưng Yên, Thái
            # Bình, Xã Táhi Nguyên``: Phường Thái Bình with a typed commune left, or Thái Nguyên).
            turned = again[0].resolution
            if turned.status is Status.AMBIGUOUS and res.codes() - set(turned.candidates):
                kept = set(turned.candidates) | res.codes()
                return self._flagged(again, kept, turned.new_province_code, turned.note, turned.reason)
            return again
        if again is None or (fuzzy and again[0].resolution.status not in _FIRM_READ):
            # A near name read as written stands unless the reverse order reads firmly.
            return self._alone_after_typed(found)
        return again

    def _alone_after_typed(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A commune read alone (no district, no province) after a street that holds a typed
        district or province, neither of them its own (``HN Huyện Thạch Thất Đồng Trúc 138 Đ. Phan
        Bội Châu``: a street of the name of a ward elsewhere), is flagged."""
        res, street = found[0].resolution, found[1]
        if (
            res.status not in (Status.EXACT, Status.FUZZY, Status.ALREADY_NEW)
            or res.parsed[0] is not None
            or res.parsed[1] is not None
        ):
            return found
        written = split_type(res.parsed[2] or "").core
        if res.status is Status.FUZZY and street and self._marks_dropped(written, res) and not _unmarked(street):
            # ``Thôn Đông, Xã Tu``: a name alone without the marks the rest of the text has, near
            # a unit's (Xã Tư): a guess, flagged.
            note = f"{written} read alone by a near name, without the marks of the text"
            flagged = res.flagged(res.codes(), note, score=min(res.score, REPAIRED_SCORE), other_province=None)
            return replace(found[0], resolution=flagged), street
        if not street or TYPED_ABOVE_WORD.search(fold_chars(street.lower())) is None:
            return found
        ws = ascii_key(street).replace(".", " ").split()
        above = self._above_names()
        named = set()
        for i, w in enumerate(ws):
            size = 2 if tuple(ws[i : i + 2]) in (("thanh", "pho"), ("thi", "xa")) else 1 if w in _ABOVE_TYPES else 0
            if size:
                named |= {" ".join(ws[i + size : i + size + n]) for n in (1, 2, 3)} & above.keys()
        if not named:
            return found  # ``35A Lạc Long Quân, X. Thái Giang``: a type word inside a street's name
        own: set[str | None] = {res.old.district_code, res.old.province_code} - {None}
        if res.status is Status.ALREADY_NEW:
            # A new commune: flagged when a district or province named is none it was made of
            # (``Tỉnh Gia Lai, Huyện Ia Grai, Xã Ia Hru``: Ia Hrú was made of Chư Pưh's communes).
            code = res.new_commune_code or ""
            own = {*self._came_from(D).get(code, ()), *self._came_from(P).get(code, ())}
            today = self.reg.new_provinces.get(res.new_province_code or "")
            mine = ascii_key(today.short_name) if today is not None else ""  # ``Tổ 2, TP. Hồ Chí Minh, Phường Dĩ An``
            if not own or all(own & above[name] or name == mine for name in self._longest_above(street, above)):
                return found
        elif not own or any(own & above[name] for name in named):
            return found  # ``, , Huyện Lạng Giang, Xã Quang Thịnh``: its district before it
        note = f"{res.parsed[2]} read alone, after a district or province written before it"
        flagged = res.flagged(res.codes(), note, score=min(res.score, REPAIRED_SCORE), other_province=None)
        return replace(found[0], resolution=flagged), street

    @staticmethod
    def _longest_above(street: str, above: dict[str, set[str | None]]) -> set[str]:
        """The names of districts and provinces after a type word in a street, the longest one at
        each (``Tỉnh Vĩnh Long/Huyện Trà Ôn``: Vĩnh Long, not Vinh; Trà Ôn)."""
        ws = [w for w in _NOT_ALNUM.split(ascii_key(street)) if w]
        found = set()
        for i, w in enumerate(ws):
            size = 2 if tuple(ws[i : i + 2]) in (("thanh", "pho"), ("thi", "xa")) else 1 if w in _ABOVE_TYPES else 0
            for n in (3, 2, 1) if size else ():
                name = " ".join(ws[i + size : i + size + n])
                if name in above:
                    found.add(name)
                    break
        return found

    def _marks_dropped(self, written: str, res: Resolution) -> bool:
        """``written`` has no marks where the name of the unit read has them (``Tu`` for Tư; not
        ``Nghi Quang``, which has none)."""
        if not _unmarked(written):
            return False
        names = [self.reg.old_communes[c].short_name for c in res.old.commune_codes if c in self.reg.old_communes]
        if res.new_commune_code in self.reg.new_communes:
            names.append(self.reg.new_communes[res.new_commune_code].short_name)
        key = written.casefold()
        return bool(names) and all(name.casefold() != key for name in names)

    def _above_names(self) -> dict[str, set[str | None]]:
        """The names of the old districts and provinces, folded, and the codes of each; made once."""
        if self._above is None:
            index: dict[str, set[str | None]] = {}
            named = [(d.short_name, d.code) for d in self.reg.old_districts.values()]
            named += [(p.short_name, p.code) for p in self.reg.old_provinces.values()]
            for name, code in named:
                index.setdefault(ascii_key(name).replace("-", " "), set()).add(code)
            self._above = index
        return self._above

    def _province_pair(self, address: str) -> tuple[tuple[Interpretation, str | None], set[str]] | None:
        """An address ending with its province twice, the old one and the new one it went into, in
        either order (``X. An Hiệp, Bến Tre - Vĩnh Long``, ``Xã Hòa Phú, Đắk Lắk (Phú Yên cũ)``,
        ``Tuyên Quang/Hà Giang cũ``): read with each of the two. The old province holds the old
        commune written; the new reading counts only when its unit was made (in part) from the old
        province. Both firm and apart: flagged with both; one firm: taken; neither: the old
        province's flag, or None (the address read as usual). With the reading, the old
        province's codes."""
        text = address.rstrip(" .")
        if "(" in text:
            text = _MARK_IN_PARENS.sub(r" \1", text)  # ``Bắc Kạn (cũ), Thái Nguyên``: as ``Bắc Kạn cũ``
        text = text.rstrip(" .)")
        last = _last_separator(text, len(text))
        if last is None or not self._may_name_province(_pair_name(text[last[1] :])):
            return None  # (a cheap test first: most addresses end with one province at most)
        before = _last_separator(text, last[0])
        if before is None or not self._may_name_province(_pair_name(text[before[1] : last[0]])):
            return None
        seps = list(_PAIR_SEP.finditer(text))
        if len(seps) < 2:
            return None
        b = _pair_name(text[seps[-1].end() :])
        codes = self._province_codes(b)
        if len(codes) != 1:
            return None
        k = len(seps) - 2
        a = _pair_name(text[seps[k].end() : seps[-1].start()])
        if k >= 1 and self._province_codes(f"{text[seps[k - 1].end() : seps[k].start()]} - {a}"):
            k -= 1  # ``..., Bà Rịa - Vũng Tàu (nay là Hồ Chí Minh)``: a province whose name has a dash
            a = f"{text[seps[k].end() : seps[k + 1].start()]} - {a}"
        if a and k >= 1 and self._province_codes(f"{a} - {b}"):
            # ``..., Hồ Chí Minh/Bà Rịa - Vũng Tàu cũ``: the last province's name has a dash.
            b, k = f"{a} - {b}", k - 1
            a = _pair_name(text[seps[k].end() : seps[k + 1].start()])
        if not a or ascii_key(a) == ascii_key(b) or self._province_codes(a) != codes:
            return None
        if self._province_codes(f"{a} - {b}"):
            return None  # ``Bà Rịa - Vũng Tàu`` itself
        head = text[: seps[k].start()]
        if head.count("(") != head.count(")") or not head.strip(" ,;-"):
            return None  # inside a note (``Xã Phước Hòa (trước đây là xã ..., tỉnh Bình Dương), TP. HCM``)
        if any(self._typed_city(part) for part in (a, b)):
            return None  # ``Thành phố Yên Bái, Tỉnh Lào Cai``: the city, not its province
        new_a, new_b = self._names_new_province(a), self._names_new_province(b)
        if new_a == new_b:
            return None  # two old provinces, or a new one written twice: no old province to read in
        old, new = (b, a) if new_a else (a, b)
        olds = self._old_province_codes(old)
        by_old = self._as_written(f"{head}, {old}")
        by_new = self._as_written(f"{head}, {new}")
        # (A commune read out of a hamlet's or a street's part is no reading: ``Thôn Đồng Tâm,
        # Bắc Kạn, Thái Nguyên`` is Phường Bắc Kạn's hamlet, not Thị trấn Đồng Tâm.)
        if by_old is not None and self._cut_from_street(head, by_old[0]):
            by_old = None
        if by_new is not None and self._cut_from_street(head, by_new[0]):
            by_new = None
        firm_old = by_old is not None and by_old[0].resolution.status in _FIRM_READ
        near_old = by_old is not None and by_old[0].resolution.status is Status.FUZZY
        firm_new = (
            by_new is not None
            and by_new[0].resolution.status in _FIRM_READ
            and self._made_from(by_new[0].resolution.codes(), olds)
            and not (by_old is not None and self._left_in_street(by_old[0].parsed[2], by_new[1]))
        )
        if near_old and by_old is not None and by_new is not None:
            # ``Vinh Vien, Long My, Can Tho, Hau Giang``: near by the old province, and by the new
            # one the district read as the new Xã Long Mỹ with the commune left in the street.
            if not firm_new:
                # (The text read as it is stands, unless it left this commune in its street: see
                # ``_located``.)
                return by_old, olds
            ours, theirs = by_old[0].resolution, by_new[0].resolution
            if ours.codes() == theirs.codes():
                return by_new, olds
            note = f"the province written twice, {old} (old) and {new} (new), read apart"
            return self._flagged(by_new, set(ours.codes() | theirs.codes()), theirs.new_province_code, note), olds
        note = f"the province written twice, {old} (old) and {new} (new)"
        if firm_old and firm_new and by_old is not None and by_new is not None:
            theirs, ours = by_new[0].resolution, by_old[0].resolution
            if theirs.codes() != ours.codes():
                return self._flagged(by_old, set(ours.codes() | theirs.codes()), theirs.new_province_code, note), olds
            return by_old, olds
        if firm_old and by_old is not None:
            return by_old, olds
        if by_old is not None and by_old[0].resolution.status is Status.AMBIGUOUS and by_old[0].resolution.candidates:
            # ``Xã Thạnh Phú, Tiền Giang - Đồng Tháp``: two old Thạnh Phú in Tiền Giang, and the new
            # Thạnh Phú of Đồng Tháp made from one of them: the old form's candidates stand.
            if firm_new and by_new is not None:
                codes = set(by_old[0].resolution.candidates) | set(by_new[0].resolution.codes())
                return self._flagged(by_old, codes, by_new[0].resolution.new_province_code, note), olds
            return by_old, olds
        if firm_new and by_new is not None:
            return by_new, olds
        return None

    def _pair_unseparated(
        self, found: tuple[Interpretation, str | None], address: str
    ) -> tuple[tuple[Interpretation, str | None], set[str]] | None:
        """An address read as the new ward named like an old province, in its new province, with
        a street before it, where nothing separated the old province from the street or the new
        province (``binh van cho moi bac kan thai nguyen``, ``Bình Văn Chợ Mới Bắc Kạn, Thái
        Nguyên``): read as the pair ``_province_pair`` reads, the parts set apart."""
        street = found[1]
        province, district, commune = found[0].parsed
        if not street or district is not None or commune is None or province is None:
            return None
        res = found[0].resolution
        if res.status not in _FIRM_READ or res.new_commune_code not in self._named_like_provinces():
            return None  # (the common case, cheaply: a unit named like no province)
        if not self._may_name_province(commune):
            return None
        written = _WORD_RUNS.findall(ascii_key(address))
        order = [_WORD_RUNS.findall(ascii_key(part)) for part in (street, commune, province)]
        if written != [w for part in order for w in part]:
            return None  # (not written in that order: ``Cần Thơ Sóc Trăng to 3``, from the province down)
        sw = words(street)
        for k in range(1, min(3, len(sw) - 1) + 1):
            head = street[sw[-k].start :]
            if self._province_codes(f"{head} - {commune}"):
                # ``Láng Lớn Châu Đức Bà Rịa - Vũng Tàu Hồ Chí Minh``: the old province's name has
                # a dash, its first words read into the street.
                street, commune = street[: sw[-k].start].rstrip(" ,-"), f"{head} - {commune}"
                break
        paired = self._province_pair(f"{street}, {commune}, {province}")
        if paired is None:
            return None
        (reading, left), _ = paired
        res = reading.resolution
        if res.status is Status.AMBIGUOUS and not res.codes() <= found[0].resolution.codes():
            # Flagged with a unit of the old province (``Phong Nẫm Giồng Trôm Bến Tre Vĩnh Long``:
            # the commune, or the town of the district's name with the commune in its street).
            return paired
        if reading.parsed[1] is None or (left and not _numbered_hamlet(left)):
            # Only a commune and its district, the whole street but a numbered hamlet (``Thôn 3
            # Hương Sơn Lạng Giang Bắc Giang Bắc Ninh``): ``Trần Phú Bến Tre Vĩnh Long`` is a street
            # of Phường Bến Tre, no near Tân Phú; ``Tôn Đức Thắng Bắc Giang Bắc Ninh`` no Thắng
            # with ``Tôn Đức`` left over.
            return None
        if res.status in (Status.EXACT, Status.SPLIT):
            return paired
        # A near commune with its district written exactly (``Qunag Trung Vụ Bản Nam Định Ninh Bình``).
        named = self.reg.old_districts.get(res.old.district_code or "")
        if (
            res.status is Status.FUZZY
            and named is not None
            and ascii_key(reading.parsed[1]) == ascii_key(named.short_name)
        ):
            return paired
        return None

    def _province_names_folded(self) -> frozenset[str]:
        """Every form of every province's name, old and new, folded (built on first use)."""
        if self._province_forms is None:
            self._province_forms = frozenset([*self.g.old_provinces.by_ascii, *self.g.new_provinces.by_ascii])
        return self._province_forms

    def _named_like_provinces(self) -> frozenset[str]:
        """The new communes named like a province (Phường Bắc Kạn), or made from an old commune
        named so (built on first use)."""
        if self._like_provinces is None:
            forms = self._province_names_folded()
            codes = {c.code for c in self.reg.new_communes.values() if ascii_key(c.short_name) in forms}
            successors = self.r.crosswalk.successors
            for old in self.reg.old_communes.values():
                if ascii_key(old.short_name) in forms:
                    codes.update(row.new_commune_code for row in successors(old.code))
            self._like_provinces = frozenset(codes)
        return self._like_provinces

    def _pair_first(self, address: str) -> tuple[tuple[Interpretation, str | None], set[str]] | None:
        """An address written from the province down that starts with its province twice, the new
        one and the old one, in either order (``Thái Nguyên Bắc Kạn Bằng Thành``, ``Tuyên Quang -
        Hà Giang - Ngọc Long, Thôn 4``): its parts turned round and read as ``_province_pair``
        reads a pair at the end."""
        text = drop_fields(prepare(address))
        if "(" in text:  # ``Tỉnh Thái Nguyên (Bắc Kạn cũ), xã Bằng Thành``
            text = _MARK_IN_PARENS.sub(r" \1", text).replace(")", ", ").replace("(", ", ")
        parts = [p for p in _PARTS.split(text) if p.strip()]
        if len(parts) < 3:
            parts = self._typed_parts(text)
            if len(parts) >= 3 and not self._may_name_province(_pair_name(parts[0])):
                # ``Ha Nam Ninh Binh Phuong Tien Noi Thon Dong Tam``: the two provinces run together
                parts = [*self._known_splits(parts[:1]), *parts[1:]]
            if len(parts) < 3:
                parts = self._known_splits(parts)
                last = words(parts[-1]) if len(parts) >= 3 and self._untyped(parts[-1]) == parts[-1] else []
                if len(last) == 1 and not (
                    " ".join(w.ascii for w in last) in self.g.known
                    or last[0].ascii in _HAMLET_OR_STREET
                    or last[0].ascii[:1].isdigit()
                ):
                    return None  # ``Cần Thơ Hậu Giang X Tân Phú Thạhn``: a word that names nothing at the end
        if len(parts) >= 4 and self._province_codes(f"{parts[1]} - {_pair_name(parts[2])}"):
            parts = [parts[0], f"{parts[1]} - {parts[2]}", *parts[3:]]  # ``Hồ Chí Minh, Bà Rịa - Vũng Tàu cũ, ...``
        elif len(parts) >= 4 and self._province_codes(f"{parts[0]} - {_pair_name(parts[1])}"):
            parts = [f"{parts[0]} - {parts[1]}", *parts[2:]]  # ``Bà Rịa - Vũng Tàu, Hồ Chí Minh, ...``
        if len(parts) < 3:
            return None
        a, b = _pair_name(parts[0]), _pair_name(parts[1])
        if not (self._may_name_province(a) and self._may_name_province(b)):
            return None
        if self._province_codes(f"{a} - {b}"):
            return None  # ``Bà Rịa - Vũng Tàu, ...``: one province
        if len(parts) == 3 and self._may_name_province(_pair_name(parts[2])):
            return None  # ``Lào Cai, Yên Bái, Khánh Hòa``: a list of provinces
        if (hamlet := self._hamlet_after_name(parts[-1])) is not None:
            parts = [*parts[:-1], *hamlet]  # ``..., Ngọc Long Thôn 4``
        return self._province_pair(", ".join(reversed(parts)))

    @staticmethod
    def _cut_from_street(head: str, reading: Interpretation) -> bool:
        """Whether the commune (or, with none, the district) a reading read lies in a part of
        ``head`` that starts with a hamlet's or a street's word or a number, after it (``Thôn Đồng
        Tâm``, ``Số 12 Lê Lợi``, ``thôn Quyết Thắng``, ``Xóm Châu Thành``)."""
        commune = reading.parsed[2] if reading.parsed[2] is not None else reading.parsed[1]
        if commune is None:
            return False
        for part in reversed(_PARTS.split(head)):  # (the nearest the province first: ``Ấp 2, 2, Kiến Tường``)
            at = part.find(commune)
            if at > 0:
                ws = words(part)
                if (
                    reading.parsed[1] is not None
                    and reading.parsed[2] is not None
                    and len(ws) > 2
                    and ws[0].ascii in HAMLET_WORDS
                    and ws[1].ascii.isdigit()
                    and at >= ws[2].start
                    and part.find(reading.parsed[1], at + len(commune)) > 0
                ):
                    # ``Thôn 3 Hương Sơn Lạng Giang``: a numbered hamlet, then the commune and its
                    # district, all in one part: no hamlet named after them.
                    return False
                return bool(ws) and (ws[0].ascii in _HAMLET_OR_STREET or ws[0].ascii[:1].isdigit())
            if at == 0:
                return False
        return False

    @staticmethod
    def _left_in_street(commune: str | None, street: str | None) -> bool:
        """Whether the commune one reading read is left in another reading's street."""
        return commune is not None and street is not None and ascii_key(commune) in ascii_key(street)

    def _made_from(self, codes: Collection[str], old_provinces: set[str]) -> bool:
        """Whether a new unit among ``codes`` was made (in part) from a commune of one of the old
        provinces."""
        predecessors = self.r.crosswalk.predecessors
        return any(row.old_province_code in old_provinces for c in codes for row in predecessors(c))

    def _may_name_province(self, part: str) -> bool:
        """Whether ``part``, folded and its province type word aside, is one of the forms of a
        province's name the registers know (``Tỉnh Đồng Nai``, ``Bà Rịa``, ``TP.HCM``)."""
        known = self._may_province.get(part)
        if known is not None:
            return known
        forms = self._province_names_folded()
        folded = _PROVINCE_TYPE.sub("", ascii_key(part))
        known = folded in forms or folded.replace(" ", "") in forms
        if len(self._may_province) > _PROVINCE_PARTS:
            self._may_province.clear()
        self._may_province[part] = known
        return known

    def _typed_city(self, part: str) -> bool:
        """Whether ``part`` is written with a city's or a town's type word and names a district
        (``Thành phố Yên Bái``, ``TP Hải Dương``, ``TX Bến Tre``)."""
        ws = words(part)
        tw = _type_at(ws, 0, len(ws)) if ws else None
        return tw is not None and D in LEVELS[tw.canonical] and self._names_district(part)

    def _names_new_province(self, part: str) -> bool:
        """Whether ``part`` is the name of a province of the two-level register."""
        bare = self._bare(words(part))
        return bare is not None and any(h.quality >= PLAIN for h in self.g.new_provinces.find(*bare))

    def _old_province_codes(self, part: str) -> set[str]:
        """The old provinces ``part`` names exactly (their own codes)."""
        bare = self._bare(words(part))
        if bare is None:
            return set()
        return {h.unit.code for h in self.g.old_provinces.find(*bare) if h.quality >= PLAIN}

    def _near_by_letters(self, interpretation: Interpretation) -> bool:
        """Whether a near reading's commune is written with other letters than the unit read
        (``Vinh Trường`` for Thịnh Trường), not the same letters with other marks (``Khánh Yên
        Ha`` for Khánh Yên Hạ)."""
        written = interpretation.parsed[2]
        if written is None:
            return False
        name = ascii_key(self._untyped(written))
        res = interpretation.resolution
        names = [u.short_name for c in res.old.commune_codes if (u := self.reg.old_communes.get(c)) is not None]
        names += [v.short_name for c in res.codes() if (v := self.reg.new_communes.get(c)) is not None]
        return all(ascii_key(short) != name for short in names)

    def _province_then_name(
        self, address: str, found: tuple[Interpretation, str | None]
    ) -> tuple[Interpretation, str | None] | None:
        """Two names run together read firmly as a commune and its district (``Đồng Nai Bù
        Đăng``: Xã Đồng Nai of Huyện Bù Đăng), where the first is a province's name and the second
        reads in it as something else (the new Xã Bù Đăng of Đồng Nai, or the district's
        successors): flagged with both; else None. ``found``: the text's reading as written."""
        res = found[0].resolution
        text = drop_fields(prepare(address))
        parts = [p.strip(" ,;-") for p in self._known_splits([text])]
        if len(parts) != 2 or not self._province_codes(parts[0]):
            return None
        if ascii_key(self._untyped(str(res.parsed[2]))) != ascii_key(parts[0]):
            return None  # (the first name read as the commune: ``Thanh Hóa Quảng Bình``, Xã Thanh Hóa)
        other = self._as_written(f"{parts[1]}, {parts[0]}")
        if other is None or other[1] is not None:
            return None
        theirs = other[0].resolution
        if theirs.status not in _FIRM_READ or not theirs.codes() - res.codes():
            return None  # (``Hòa Bình, Thái Bình``: three old communes, no reading of its own)
        note = f"reads two ways: {res.parsed[2]} of {res.parsed[1] or res.parsed[0]}, or {parts[1]} in {parts[0]}"
        return self._flagged(found, set(res.codes() | theirs.codes()), theirs.new_province_code, note)

    @staticmethod
    def _untyped(written: str) -> str:
        """A unit's name as written without its type word (``Xã Đồng Nai``: ``Đồng Nai``)."""
        return _untyped(written)

    def _province_and_name(self, parts: list[str]) -> bool:
        """Whether two parts run together are a province's name, exactly, and the whole name of a
        unit of the registers (``Bắc Ninh`` and ``Hạp Lĩnh``, ``Gia Lai`` and ``Hoài Nhơn Bắc``).
        Not where the name is also a district's of that province (``Ninh Bình Giao Thủy``: the old
        district, or the new commune of its name), nor where the province's name is a district's
        elsewhere that holds a commune of that name (``Quảng Ninh Hải Ninh``: Quảng Bình's)."""
        ws = words(parts[1])
        name = " ".join([w.ascii for w in ws])
        if not ws or name not in self.g.known:
            return False
        codes = self._province_codes(parts[0])
        bare = self._bare(words(parts[0]))
        if not codes or bare is None:
            return False
        provinces = self.reg.old_provinces

        def new_code(district: OldDistrict) -> str | None:
            province = provinces.get(district.province_code)
            return province.new_code if province is not None else None

        named = self._bare(ws)
        if named is not None and any(
            h.quality >= PLAIN and new_code(h.unit) in codes for h in self.g.old_districts.find(*named)
        ):
            return False
        return not any(
            h.quality >= PLAIN
            and new_code(h.unit) not in codes
            and any(ascii_key(c.short_name) == name for c in self.g.communes_by_district.get(h.unit.code, []))
            for h in self.g.old_districts.find(*bare)
        )

    def _firm_from_the_top(self, address: str) -> tuple[Interpretation, str | None] | None:
        """A text starting with a province, read near or flagged as written, that reads from the
        province down as one unit with its district and commune, every name exact and nothing left
        over (``Quảng Ninh Hạ Long Hà Trung``: Phường Hà Trung of Hạ Long, not a near name in
        Thanh Hóa's Hà Trung; ``Ninh Bình, Yên Khánh, Khánh Hòa``: Xã Khánh Hòa of Yên Khánh, not
        the province Khánh Hòa); else None."""
        if not self._starts_with_province(address):
            return None
        again = self._reversed(address, either_end=True)
        if again is None or again[1] is not None:
            return None
        res = again[0].resolution
        if res.status not in (Status.EXACT, Status.SPLIT) or None in again[0].parsed:
            return None
        return again

    def _street_then_reversed(self, address: str) -> tuple[Interpretation, str | None] | None:
        """An address whose street comes first and whose units follow from the province down, as
        shops' exports print them (``173B Nguyễn Du, Tỉnh Điện Biên / Huyện Điện Biên Đông / Xã
        Chiềng Sơ``): the units after the first part read from the province down, taken when that
        reads firmly."""
        text = drop_fields(prepare(address))
        cut = _FIRST_PART.search(text)
        if cut is None:
            return None
        head, rest = text[: cut.start()].strip(), text[cut.end() :]
        first = _FIRST_LETTERS.search(fold_chars(head[:12]))
        if not head or not (
            head[:1].isdigit() or (first is not None and first.start() == 0 and first.group() in STREET_WORDS)
        ):
            return None  # a house number or a street first, nothing else
        again = self._reversed(rest)
        if again is None or again[0].resolution.status not in _FIRM_READ:
            return None
        street = f"{head}, {again[1]}" if again[1] else head
        res = again[0].resolution.with_address_parts(street, again[0].resolution.parsed)
        return replace(again[0], resolution=res), street

    def _province_disagrees(self, text: str, interp: Interpretation) -> tuple[Interpretation, str | None] | None:
        """An address read as a province alone, whose street reads as a commune with its
        district in another province (``Xã Tây Thành, Huyện Yên Thành, tỉnh Nam Định``: Yên
        Thành is in Nghệ An; a drop-down list's neighbouring row picked): flagged with what the
        street reads, the province written does not hold it."""
        province = interp.parsed[0]
        if not province:
            return None
        at = text.rfind(province)
        street = text[:at].rstrip(" ,;.-_/|") if at > 0 else ""
        again = self._as_written(street) if street else None
        if again is None:
            return None
        res = again[0].resolution
        _, district, commune = res.parsed
        if res.status not in RESOLVED_OR_SPLIT or district is None or commune is None:
            return None
        parsed = (province, district, commune)
        old = {u.code for u in self.r.match_province(province).units}
        # Read with an old district, the province written is an old one too (``Huyện Lương Tài,
        # Tỉnh Bắc Giang``: Bắc Ninh's district, though both are the new Bắc Ninh).
        new = {u.code for u in self.r.match_new_province(province).units} if res.old.province_code is None else set()
        if res.old.province_code in old or res.new_province_code in new:
            # The province holds them: something between them stopped the reading (``Ngọc
            # Hiển, T.; Cà Mau``).
            return replace(again[0], parsed=parsed, resolution=res.with_address_parts(res.street, parsed)), again[1]
        if res.status not in _FIRM_READ:
            return None  # a near name in another province: no evidence against the one written
        note = f"the province written ({province}) does not hold {commune}, {district}"
        return _disagreeing(again, parsed, note, Reason.NOT_IN_PROVINCE)

    def _first_initial_completed(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A commune read after a capital left in the street (``Ấp 3 - Đ.Tiền Hải - H.Yên``: ``Đ``):
        its name's first syllable cut to its initial, when the province read has a commune whose
        name is a word of that initial and the name read (Đông Tiền Hải): flagged with them and
        the unit read (the text does not say the word)."""
        res, street = found[0].resolution, str(found[1])
        initial = _FIRST_INITIAL.search(street) or _FIRST_INITIAL_WORDS.search(street)
        written = res.parsed[2]
        province = res.new_province_code
        if initial is None or written is None or province is None:
            return found
        name = ascii_key(_untyped(written))
        letter = ascii_key(initial.group(1))
        if not name or letter in ("x", "p", "f") or self.commune_type(written) is not None:
            return found  # (a commune's type word, not an initial; a typed name starts after its type word)
        rest = f"{ascii_key(initial.group(2))} " if initial.lastindex == 2 else ""  # (``C.Tiên`` before ``3``)
        fits = re.compile(rf"{re.escape(letter)}[a-z]* {re.escape(rest)}{re.escape(name)}")
        note = f"{initial.group(1)}.{written}: a name's first syllable cut to its initial"
        return self._initial_fits(found, province, None, fits.fullmatch, note)

    def _first_cut_completed(
        self, found: tuple[Interpretation, str | None], written: str, cut: re.Match[str]
    ) -> tuple[Interpretation, str | None]:
        """A commune read by a near name whose first syllable was written as its initial (``Xã
        V.Bản``, ``P. N. QUYỀN``, ``X.T.Xuân``): the communes of the district read (else of the
        province read, and of the old provinces it was made of) whose name is a word of that
        initial and the rest are what it names, not the near name read. One name fits: that unit,
        near (the text does not say the word; ``Xã V.Bản, T. Ninh Bình``: Vụ Bản, and the old Vũ
        Bản, so flagged); several: flagged with them; none: the reading stands."""
        res = found[0].resolution
        province = res.new_province_code
        letter, rest = ascii_key(cut.group(1)), ascii_key(cut.group(2))
        if province is None or not rest or len(letter) != 1:
            return found  # (a unit named with a letter alone, ``A Lưới``, fits too: ``[a-z]*`` may be empty)
        fits = re.compile(rf"{re.escape(letter)}[a-z]* {re.escape(rest)}").fullmatch
        district = res.old.district_code if res.parsed[1] is not None else None
        if district:
            # The district's old communes; none fitting, the new units that took them (``Xã B.Đông
            # Quan, Đông Hưng, Thái Bình``: the new Bắc Đông Quan, made of Đông Hưng's communes).
            olds = self.g.communes_by_district.get(district, [])
            news = []
            if not any(fits(ascii_key(u.short_name)) for u in olds):
                taken = (self.reg.new_communes.get(code) for code in self.r.crosswalk.district_successors(district))
                news = [u for u in taken if u is not None and fits(ascii_key(u.short_name))]
        else:
            news = [u for u in self.g.new_by_province.get(province, []) if fits(ascii_key(u.short_name))]
            olds = [u for old in self._old_codes_of_new(province) for u in self.g.communes_by_province.get(old, [])]
        fitting = [*news, *(u for u in olds if fits(ascii_key(u.short_name)))]
        codes = {u.code for u in news}
        for unit in fitting[len(news) :]:
            codes |= {row.new_commune_code for row in self.r.crosswalk.successors(unit.code)}
        if not codes:
            return found
        if res.status is Status.FUZZY and codes == res.codes():
            return found  # (the near name read is the one unit that fits)
        note = f"{written!r}: a name's first syllable written as its initial"
        if len(codes) == 1:
            typed = written[: len(written) - len(_untyped(written))]
            for name in sorted({unit.short_name for unit in fitting}):
                parts = (found[1], f"{typed}{name}" if typed else name, res.parsed[1], res.parsed[0])
                again = self.located(", ".join(x for x in parts if x))
                if (
                    again is not None
                    and again[0].resolution.status in _FIRM_READ
                    and again[0].resolution.codes() == codes
                ):
                    near = replace(
                        again[0].resolution, status=Status.FUZZY, score=min(again[0].resolution.score, 90.0), note=note
                    )
                    return replace(again[0], resolution=near), found[1]
        return self._flagged(found, codes, province, note)

    def _initial_completed(
        self, found: tuple[Interpretation, str | None], written: str
    ) -> tuple[Interpretation, str | None]:
        """A commune read by a near name whose last word was cut to its initial (``Xã Phù Mỹ T.``,
        ``Tuy Phước B``, as a narrow column leaves it): the communes of the province read whose
        name is the rest and a word of that initial (Phù Mỹ Tây; Tuy Phước Bắc) are what it names,
        not the commune of the bare name: flagged with them (the text does not say the word); none,
        the reading stands."""
        res = found[0].resolution
        cut = _LAST_INITIAL.search(written)
        stem = ascii_key(_untyped(written[: cut.start()])) if cut is not None else ""
        province = res.new_province_code
        if cut is None or not stem or province is None or self._is_unit_name(ascii_key(_untyped(written))):
            return found  # (``Phước Long A``, ``Đạ Huoai 2``: the letter is the name's own)
        start = f"{stem} {ascii_key(cut.group(1))}"
        district = res.old.district_code if res.parsed[1] is not None else None
        note = f"{written!r}: a name cut to its last word's initial"
        return self._initial_fits(found, province, district, lambda name: name.startswith(start), note)

    def _initial_fits(
        self,
        found: tuple[Interpretation, str | None],
        province: str,
        district: str | None,
        fits: Callable[[str], object],
        note: str,
    ) -> tuple[Interpretation, str | None]:
        """``found`` flagged with the new units of the communes whose folded name ``fits`` (of the
        old ``district`` when one was read, else of the new ``province`` and the old ones it was
        made of) and the unit read; as it is when they are none but the unit read (``Xã Phúc L``,
        a field cut short: Phúc Lợi)."""
        res = found[0].resolution
        if district:  # the district read: its communes only (``Xã Phúc L``, ``huyện Lục Yên``)
            codes: set[str] = set()
            olds = self.g.communes_by_district.get(district, [])
        else:
            codes = {u.code for u in self.g.new_by_province.get(province, []) if fits(ascii_key(u.short_name))}
            olds = [u for old in self._old_codes_of_new(province) for u in self.g.communes_by_province.get(old, [])]
        for unit in olds:
            if fits(ascii_key(unit.short_name)):
                codes |= {row.new_commune_code for row in self.r.crosswalk.successors(unit.code)}
        if codes <= res.codes():
            return found
        # (The unit read stays a candidate: the text does not say the word the initial stands for.)
        return self._flagged(found, codes | res.codes(), province, note)

    def _typed_left_in_province(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A flagged reading of a district without commune whose street ends with a typed commune
        (``X Kiều Phú``, ``P. Ngũ Hành Sơn``), read with the province alone: a unit of the province
        it names firmly joins the candidates."""
        res, street = found[0].resolution, found[1]
        part = _DASHED.split(re.split(r"[,;|]", street or "")[-1])[-1].strip()
        if not part or not _commune_typed(part) or res.parsed[0] is None:
            return found
        again = self.located(f"{part}, {res.parsed[0]}")
        if again is None or again[0].resolution.status not in _FIRM_READ:
            return found
        theirs = again[0].resolution
        extra = theirs.codes() - set(res.candidates)
        if not extra or theirs.new_province_code != res.new_province_code:
            return found
        codes = tuple(sorted(set(res.candidates) | extra))
        added = f"or {part} of {res.parsed[0]}, out of the district written"
        note = f"{res.note}; {added}" if res.note else added
        return replace(found[0], resolution=replace(res, candidates=codes, note=note)), street

    def _district_dropped(self, text: str) -> tuple[Interpretation, str | None] | None:
        """An address that reads as nothing, whose typed district contradicts the rest: a new
        commune written with an old district that held none of its units (``Xã Tà Xi Láng,
        Huyện Văn Yên, Lào Cai``: Văn Yên was Yên Bái's, Tà Xi Láng is the new commune made of
        Trạm Tấu's). Read without that part, firmly down from a province, the rest is flagged
        with what it reads: the district written holds none of it."""
        ws = words(text)
        bounds = [0, *(i for i in range(1, len(ws)) if ws[i].sep == STRONG), len(ws)]
        if len(bounds) < 4:
            return None  # a commune, a district and a province: three parts at least
        for a, b in reversed(list(pairwise(bounds))[1:-1]):
            tw = _type_at(ws, a, b)
            if tw is None or D not in LEVELS[tw.canonical] or C in LEVELS[tw.canonical] or b - a <= tw.size:
                continue  # a district typed as one, with its name (not ``Thị trấn``, ``Phường``)
            again = self._as_written(text[: ws[a].start] + text[ws[b].start :])
            if again is None:
                continue
            res = again[0].resolution
            if res.status not in _FIRM_READ or res.parsed[0] is None or res.parsed[2] is None:
                continue
            district = text[ws[a].start : ws[b - 1].end]
            parsed = (res.parsed[0], district, res.parsed[2])
            return _disagreeing(again, parsed, f"{res.parsed[2]} is none of {district}", Reason.NOT_IN_DISTRICT)
        return None

    def _numbers_swapped(self, interp: Interpretation, street: str) -> tuple[Interpretation, str] | None:
        """``2110 ; Hồ Chí Minh ; 4 ; 8``: a ward and a district written as bare numbers after the
        province (a form's fields from the province down) may be in either order: when the
        numbers read the other way round name another ward of the province, flagged with both."""
        res = interp.resolution
        district, commune = res.parsed[1], res.parsed[2]
        province = _PARTS.split(street)[-1].strip()
        if district is None or commune is None or not self._province_codes(province, MARKED):
            return None
        other = self._as_written(f"Phường {district}, Quận {commune}, {province}")
        if other is None:
            return None
        read = other[0].resolution
        if read.status not in _FIRM_READ or other[1] or not read.codes() - res.codes():
            return None
        note = f"{commune} and {district} after the province: ward and district in either order"
        flagged = res.flagged(res.codes() | read.codes(), note, score=min(res.score, read.score), other_province=None)
        return replace(interp, resolution=flagged), street

    def _units_first(self, text: str) -> tuple[Interpretation, str | None] | None:
        """An address written from its units to its street (``Xã Tà Cạ, Huyện Kỳ Sơn, Tỉnh Nghệ
        An – Thôn 11``, ``Xã Tiên Du, Bắc Ninh - Tổ 18 nhà ông A``): the units before the first
        part that starts with a street word or a house number, read firmly down from their
        province with nothing left over, and that part onward as the street."""
        first = _FIRST_LETTERS.search(fold_chars(text[:12]))
        if text.lstrip()[:1].isdigit() or (
            first is not None and (first.group() in STREET_WORDS or first.group() in HAMLET_WORDS)
        ):
            return None  # the street first (most addresses)
        for sep in _PARTS.finditer(text):
            after = text[sep.end() :]
            first = _FIRST_LETTERS.search(fold_chars(after[:12]))
            if (
                after[:1].isdigit()
                or (
                    first is not None
                    and first.start() == 0
                    and (first.group() in STREET_WORDS or first.group() in HAMLET_WORDS)
                    and ascii_key(_PARTS.split(after, 1)[0]) not in self.g.known  # ``Lạng Sơn``: not Làng
                )
                or PARCEL_TAIL.fullmatch(after) is not None  # ``..., Nghệ An, thửa đất 12, tờ bản đồ 5``
            ):
                head, tail = text[: sep.start()], after
                break
        else:
            return None
        if not head.strip():
            return None
        again = self._as_written(head)
        if again is None:
            return None
        if again[0].resolution.status not in _FIRM_READ and again[1] and self._starts_with_province(head):
            # (``T.Bà Rịa - Vũng Tàu-H.Châu Đức-X.Bình Ba-SN 151``: the head itself from the
            # province down, its street after a dash with no spaces.)
            down = self._reversed(head)
            if (
                down is not None
                and down[0].resolution.status in _FIRM_READ
                and down[1]
                and self._street_ends(head, down[1])
            ):
                again = down
        res = again[0].resolution
        left: str | None = again[1]  # the head's own street
        if left and self._street_ends(head, left):
            # ``T.Bà Rịa - Vũng Tàu-H.Châu Đức-X.Bình Ba-SN 151, KP 10``: the street starts in the
            # head, after a dash with no spaces, and goes on after the comma.
            tail = drop_fields(f"{left}, {tail}")  # (``Số nhà, đường: ...``)
            left = None
        if left or res.parsed[0] is None:
            return None
        if not self._province_codes(res.parsed[0]) and self._province_codes(_PARTS.split(head, 1)[0], MARKED):
            return None  # ``Phú Thọ | Phú Thọ | Phú Hộ | Ấp 9``: from the province down, not units first
        if res.status not in _FIRM_READ and not (res.status is Status.AMBIGUOUS and res.parsed[2] and res.candidates):
            return None  # flagged with its candidates (``Xã Tạ An Khương, Cà Mau``: old and new), not left unread
        return replace(again[0], resolution=res.with_address_parts(tail, res.parsed)), tail

    @staticmethod
    def _street_ends(head: str, street: str) -> bool:
        """The street left by a reading of ``head`` ends it and starts with a house's number or a
        street or hamlet word: the units came first, the street after them."""
        if not head.rstrip().endswith(street):
            return False
        first = _FIRST_LETTERS.search(fold_chars(street[:12]))
        return street[:1].isdigit() or (
            first is not None
            and first.start() == 0
            and (first.group() in STREET_WORDS or first.group() in HAMLET_WORDS)
        )

    def _exact_elsewhere(self, res: Resolution) -> set[str]:
        """The new communes that the commune part of a fuzzy reading names exactly in its new
        province (old communes of that name, or new ones), other than the units read."""
        written = _commune_words(res)
        if not written:
            return set()
        folded, key, marks = _name_keys(written)
        named = [h for h in self.g.old_communes.find(folded, key, marks) if h.quality >= PLAIN and not h.fuzzy]
        read = set(res.old.commune_codes)
        if any(h.unit.code in read for h in named):
            if any(h.unit.code in read and ascii_key(h.unit.short_name) == folded for h in named):
                return set()  # the commune named exactly (marks too), the district or province by a near name
            # Named by a former name (``Phường Mộc Châu, huyện Mộc Châu``: the town until March 2025,
            # Phường Mộc Sơn since): a new unit that has the name now, of the type written, too.
            typed = self.commune_type(res.parsed[2])
            return {
                h.unit.code
                for h in self.g.new_communes.find(folded, key, marks)
                if h.quality >= PLAIN
                and not h.fuzzy
                and h.unit.province_code == res.new_province_code
                and typed in (None, h.unit.type)
            } - res.codes()
        province = res.new_province_code
        old = self.reg.old_provinces
        found = {
            row.new_commune_code
            for h in named
            if old[h.unit.province_code].new_code == province
            for row in self.r.crosswalk.successors(h.unit.code)
        }
        found |= {
            h.unit.code
            for h in self.g.new_communes.find(folded, key, marks)
            if h.quality >= PLAIN and not h.fuzzy and h.unit.province_code == province
        }
        return found - res.codes()

    def _named_outside(self, res: Resolution) -> bool:
        """The commune part of a reading names a commune exactly (marks aside) outside the province
        read, old or new (a cheap test before reading the text without its province)."""
        written = _commune_words(res)
        if not written:
            return False
        keys = _name_keys(written)
        old, new = res.old.province_code, res.new_province_code
        return any(
            h.quality >= PLAIN and not h.fuzzy and h.unit.province_code != old for h in self.g.old_communes.find(*keys)
        ) or any(
            h.quality >= PLAIN and not h.fuzzy and h.unit.province_code != new for h in self.g.new_communes.find(*keys)
        )

    def _swapped_read(self, res: Resolution) -> bool:
        """The commune of a near reading was read by the words written, in another order (``Tan
        Dong`` for Đông Tân)."""
        written = _commune_words(res)
        if not written or not res.old.commune_codes:
            return False
        words = sorted(w.ascii for w in written)
        olds = self.reg.old_communes
        return any(
            sorted(ascii_key(olds[code].short_name).split()) == words for code in res.old.commune_codes if code in olds
        )

    def _exact_anywhere(self, res: Resolution, typed: bool = False, unmarked: bool = False) -> set[str]:
        """The new communes of the old communes named exactly, marks and all, by the commune part
        of a fuzzy reading (none when one of them is the unit read); ``typed``: of the type
        written too, when one is; ``unmarked``: a text without a mark, its letters suffice."""
        written = _commune_words(res)
        if not written:
            return set()
        # (Marks and all: a name written without marks is exact only where it has none, ``Nho Quan``,
        # unless the whole text has none: ``Xa Tan Dong, Thanh Hoa``.)
        least = PLAIN if unmarked else EXACT
        named = [h for h in self.g.old_communes.find(*_name_keys(written)) if h.quality >= least and not h.fuzzy]
        if not named or any(h.unit.code in res.old.commune_codes for h in named):
            return set()
        kind = self.commune_type(res.parsed[2]) if typed else None
        if kind is not None:
            named = [h for h in named if h.unit.type == kind]
        return {row.new_commune_code for h in named for row in self.r.crosswalk.successors(h.unit.code)} - res.codes()

    def _district_disagrees(self, text: str, interp: Interpretation) -> tuple[Interpretation, str | None] | None:
        """An address whose typed commune is none of the district written, read again without
        the district (``Phường 5, Huyện Gio Linh, Quảng Trị``: Đông Hà's Phường 5, the district
        one row off in a drop-down list): the communes it then reads, in the province written,
        flagged with the district's."""
        _, district, _ = interp.parsed
        if not district:
            return None
        at = text.rfind(district)
        if at <= 0:
            return None
        again = self._as_written(text[:at] + text[at + len(district) :])
        if again is None:
            return None
        res = again[0].resolution
        several = res.status is Status.AMBIGUOUS and res.reason is Reason.SEVERAL_OLD_COMMUNES  # (namesakes)
        if (res.status not in _FIRM_READ and not several) or res.parsed[2] is None:
            return None
        parsed = (res.parsed[0], district, res.parsed[2])
        return _disagreeing(again, parsed, f"{res.parsed[2]} is none of {district}", Reason.NOT_IN_DISTRICT)

    def _unwrapped(self, match: re.Match[str]) -> str:
        """A line break inside a name or between a type word and its name is a cell's text
        wrapped (``Huyện Hữu\nLũng``, ``Thị\nxã Sơn Tây``, ``Xã\n Minh Hòa``): a space. Before a
        type word it starts a field (``Phường 1\nTỉnh Phú Yên``), and it stays."""
        before, after = ascii_key(match.group(1)), ascii_key(match.group(2))
        if not before or not after:
            return match.group(0)
        last, first = before.split()[-1], after.split()[0]
        if (last, first) in TWO_WORD_TYPES:
            return f"{match.group(1)} "
        if (first in TYPE_WORDS or self._starts_two_word_type(match)) and not self._name_not_type(last, match.group(2)):
            return match.group(0)
        if last in TYPE_WORDS and not self._type_ends_line_name(match):
            return f"{match.group(1)} "
        if f"{last} {first}" in self._bigrams() and not _line_repeated(match):
            return f"{match.group(1)} "
        return match.group(0)

    def _starts_two_word_type(self, match: re.Match[str]) -> bool:
        """Whether the line after a break starts with a type word of two words (``Thành phố``,
        ``Thị xã``) or with a known name (``Thanh Hoa Province``), not with a name's last word that
        only starts such a type word (``Vũ\nThư``, ``Châu\nThành``: Vũ Thư, Châu Thành)."""
        if ascii_key(match.group(2)) not in TWO_WORD_FIRST:
            return False
        line = _FIELD_END.split(match.string[match.start(2) :], maxsplit=1)[0]
        two = ascii_key(line).split()[:2]
        return tuple(two) in TWO_WORD_TYPES or (len(two) == 2 and " ".join(two) in self.g.known)

    def _type_ends_line_name(self, match: re.Match[str]) -> bool:
        """The word before a line break, spelt like a type word, ends a name with the word before
        it (``tỉnh Hà Tĩnh\nTên: ...``: Tĩnh ends Hà Tĩnh; not ``Xã\n Minh Hòa``)."""
        before = ascii_key(match.string[: match.start(1)]).split()
        last = ascii_key(match.group(1)).split()
        return bool(before) and bool(last) and f"{before[-1]} {last[-1]}" in self._bigrams()

    def _name_not_type(self, last: str, after: str) -> bool:
        """The word after a line break, written with marks other than its type word's, goes on
        the name before the break (``tỉnh Hà \nTĩnh``: Tĩnh, not Tỉnh)."""
        word = after.split()[0]
        canonical = TYPE_WORDS.get(ascii_key(word))
        if canonical is None or name_key(word) == TYPE_KEYS[canonical] or ascii_key(word) == word.lower():
            return False
        return f"{last} {ascii_key(word)}" in self._bigrams()

    def _bigrams(self) -> frozenset[str]:
        """Every two words that follow each other in a unit's name (folded)."""
        if self._pairs is None:
            pairs: set[str] = set()
            for name in self.g.known:
                ws = name.split()
                pairs.update(f"{a} {b}" for a, b in pairwise(ws))
            self._pairs = frozenset(pairs)
        return self._pairs

    def _province_in_street(self, street: str) -> bool:
        """The street starts with a province's name, a whole part (``Khánh Hòa / Ninh Hòa``)."""
        first = _FIRST_LETTERS.search(fold_chars(street[:24]))
        if first is None or first.group() not in self._province_starts():
            return False
        return bool(self._province_codes(_PARTS.split(street, maxsplit=1)[0]))

    def _digit_named(self, m: re.Match[str]) -> str:
        """A number between words as the syllable it stands for, when that syllable and the one or
        two words after it (``xã 3 Đình``: Ba Đình) or the two before it (``Thủ Dầu 1``: Thủ Dầu Một)
        are a unit's name, and no hamlet's, group's or house's word (``Ấp 3 Tri Tôn``) nor the type word
        of a numbered ward or district (``Quận 3 Thành phố``) stands before it."""
        text, number = m.string, m.group(1) or m.group(2)
        before = [w.strip(",.;:-") for w in text[: m.start()].split()[-2:]]
        if not before or ascii_key(before[-1]) in HAMLET_WORDS or ascii_key(before[-1]) in STREET_WORDS:
            return m.group(0)
        if ascii_key(before[-1]) in _NUMBERED_TYPES:
            return m.group(0)  # ``Quận 3 Thành phố Hồ Chí Minh``, ``Phường 3 Ngòi``: wards and districts are numbered
        word = NUMBER_SYLLABLES[number]
        after = [w.strip(",.;:-") for w in text[m.end() :].split(maxsplit=2)[:2]]
        names = self._spoken_names()
        for k in (1, 2):
            if len(after) >= k and name_key(" ".join([word, *after[:k]])) in names:
                return word
        if len(before) == 2 and name_key(" ".join([*before, word])) in names:
            return word  # (two words before it: ``Quận 3`` is no Quản Bạ)
        return m.group(0)

    def _spoken_names(self) -> frozenset[str]:
        """The names (keys with their marks: ``Hai`` is no ``Hải``, ``Năm`` no ``Nam``) of units that
        start or end with a number's syllable from one to ten (Ba Đình, Hai Bà Trưng, Thủ Dầu Một)."""
        if self._spoken is None:
            syllables = {name_key(w) for w in NUMBER_SYLLABLES.values()}
            names: list[str] = [u.short_name for u in self.reg.old_communes.values()]
            names += [u.short_name for u in self.reg.new_communes.values()]
            names += [u.short_name for u in self.reg.old_districts.values()]
            names += [u.short_name for u in self.reg.old_provinces.values()]
            names += [u.short_name for u in self.reg.new_provinces.values()]
            keys = (name_key(name) for name in names)
            self._spoken = frozenset(k for k in keys if k.split()[0] in syllables or k.split()[-1] in syllables)
        return self._spoken

    def province_parts_mended(self, address: str) -> str | None:
        """An address read as nothing whose last two parts name a province twice (``Bình Thạnh,
        TP.HCM, Thành phố Hồ Chí Minh``: the first dropped) or a city's type word alone before its
        province (``P.2, TP, Vĩnh Long``: TP Vĩnh Long, the city of the province's name); None
        when neither."""
        parts = address.split(",")
        last, before = parts[-1].strip(), parts[-2].strip()
        bare = ascii_key(before).replace(".", " ").split() in _BARE_CITY
        if not last or not before or not (bare or self._starts_with_province(before)):
            return None  # (a cheap test first: most texts end otherwise)
        codes = self._province_codes(last)
        if not codes:
            return None
        if bare:
            ws = words(last)
            tw = _type_at(ws, 0, len(ws)) if ws else None
            name = last[ws[tw.size].start :] if tw is not None and tw.size < len(ws) else last
            # (A thị xã became a city and kept its old type in records; a city never became a thị xã.)
            town = ascii_key(before).replace(".", " ").split() in _BARE_TOWN
            kinds = ("thị xã", "thành phố") if town else ("thành phố",)
            cities = [
                d
                for d in self.reg.old_districts.values()
                if d.type in kinds and ascii_key(d.short_name) == ascii_key(name)
            ]
            if not cities:
                return None  # no city of that type and the province's name (``TP, HCM``: Tân Phú's initials;
                # ``TP, Quảng Trị``: Đông Hà, Quảng Trị is a thị xã)
            return ",".join([*parts[:-2], f" {before} {name}", parts[-1]])
        if self._province_codes(before) == codes and not self._names_district(before):
            return ",".join([*parts[:-2], parts[-1]])
        return None

    def _names_district(self, part: str) -> bool:
        """Whether ``part`` (its type word aside) is the name of a district of 2025 or of an earlier
        register (``Thành phố Ninh Bình``, ``TP Huế``: the province's city until 2025, not the
        province written twice)."""
        ws = words(part)
        tw = _type_at(ws, 0, len(ws)) if ws else None
        name = ws[tw.size :] if tw is not None else ws
        return bool(name) and self.r.history().names_a_district(part[name[0].start :])

    def _province_starts_street(self, street: str) -> bool:
        """The street's first part starts with a province's name run into other words (``Thái
        Bình Đông``), the way a text written from the province down without separators reads."""
        if not self._starts_with_province(street):
            return False
        return bool(self._province_first([_PARTS.split(street, maxsplit=1)[0]])[0])

    def _reversed(self, address: str, either_end: bool = False) -> tuple[Interpretation, str | None] | None:
        """An address written from the province down, read in the usual order: taken when it
        finds a unit (or candidates) inside the province it starts with. ``either_end``: also when
        its last part names a province too (``Hưng Yên / Kim Động / Phú Thọ``)."""
        text = drop_fields(prepare(address))  # ``Nơi thường trú: Tỉnh ...``
        if not self._starts_with_province(text):
            return None  # the text starts with no province (most texts): not written from the top
        parts = [p for p in _PARTS.split(text) if p.strip()]
        if len(parts) > 3 and parts[0].strip().isdigit():
            parts = parts[1:]  # ``3036 | Phú Thọ | Đoan Hùng | Hùng Xuyên``: a row's number first
        # Two parts: a province and a typed commune (``Lạng Sơn, x. Lộc Bình``) or a name with its
        # number (``Đắk Lắk » Phú Hòa 2``: not Phú Hòa and a house 2), read as they are.
        two = len(parts) == 2 and (self.commune_type(parts[1].strip()) is not None or self._numbered_name(parts[1]))
        if len(parts) < 3 and not two:
            parts = self._typed_parts(text)  # no separators: cut before each type and street word
        whole = False
        if len(parts) < 3 and not two:
            parts = self._known_splits(parts)  # ``Tỉnh Nghệ An Huyện Nam Đàn Nam Lĩnh``
            # ``Lâm Đồng Cát Tiên 3``; ``Bắc Ninh Hạp Lĩnh``: a province and a unit's whole name.
            whole = len(parts) == 2 and not self._numbered_name(parts[1]) and self._province_and_name(parts)
            two = len(parts) == 2 and (whole or self._numbered_name(parts[1]))
        if len(parts) < 3 and not two:
            return None
        first: set[str] = set()
        if " - " in text:  # ``Bà Rịa - Vũng Tàu > H. Xuyên Mộc > ...``: the longest name first
            joined = [f"{parts[0]} - {parts[1]}", *parts[2:]]
            first = self._province_codes(joined[0])
            parts = joined if first else parts
        if not first:
            first, parts = self._province_first(parts)
        if not first or len(parts) < 2 or (not either_end and self._province_codes(parts[-1])):
            return None  # no province first, or one at the end too: the usual order
        paired = False
        if len(parts) >= 3 and ")" in parts[1] and _pair_name(parts[1].strip(" ()[]")) != parts[1].strip(" ()[]"):
            # ``NINH BINH (HA NAM CU) XA BINH AN ...``: the new province and the old one it was made
            # of, in brackets marked so: read in the old one (the new one holds it). (Written as
            # parts of their own, ``Ninh Bình, Nam Định cũ, ...``, the pair is ``_pair_first``'s.)
            a, b = (_pair_name(part.strip(" ()[]")) for part in parts[:2])
            if a and b and self._province_codes(a) and self._province_codes(b):
                new_a, new_b = self._names_new_province(a), self._names_new_province(b)
                if new_a != new_b:
                    parts = [b if new_a else a, *parts[2:]]
                    paired = True
        if self._hamlet_before_unit(parts):
            # ``Tỉnh Quảng Ninh, Thôn Tân Lập, Đặc khu Vân Đồn``: the province, then the rest in
            # the usual order (a hamlet before its commune), not from the province down: read
            # with the province put at the end.
            rotated = self._as_written(", ".join([*parts[1:], parts[0]]))
            if rotated is None or rotated[0].resolution.new_province_code not in first:
                return None
            res = rotated[0].resolution
            note = "the province written first" + (f"; {res.note}" if res.note else "")
            return replace(rotated[0], resolution=replace(res, note=note)), rotated[1]
        if len(parts) >= 3 and (hamlet := self._hamlet_after_name(parts[-1])) is not None:
            # ``Gia Lai > Phù Mỹ > Mỹ Chánh Tổ 9``: the commune and its hamlet in one part, the
            # hamlet after it (read as it is, the hamlet's part is the street and Phù Mỹ the commune).
            parts = [*parts[:-1], *hamlet]
        # (Type words after the names, ``Tây Ninh tỉnh, Hưng Điền xã, Ấp 4``, put before them now
        # that the street no longer ends the text.)
        again = self._as_written(types_after_names("; ".join(reversed(parts)), self._is_unit_name))
        if again is None:
            return None
        res = again[0].resolution
        if res.status is Status.AMBIGUOUS and text[-1:].isalpha():
            # ``Tỉnh Quảng Bình, H. Bố Trạch, Xã Hò``: the field cut inside the commune's name.
            completed = self._cut_last(parts, res)
            if completed is not None:
                again, res = completed, completed[0].resolution
        if paired and "OCR damage repaired" in res.note:
            return None  # (``Ninh Bình (Nam Định cũ) X. Xuân Phc``: a repair's guess, not read in the pair)
        if res.status is Status.UNMATCHED or res.new_province_code not in first:
            return None
        if whole and (
            res.status not in _FIRM_READ
            or again[1] is not None
            or ascii_key(parts[1])
            not in (ascii_key(str(again[0].parsed[2])), ascii_key(self._untyped(str(again[0].parsed[2]))))
        ):
            # (``An Giang Tịnh Biên``: the district or its town, as the text reads otherwise; ``Tay
            # Ninh My Thanh Bac``, ``Hà Nội Phan Đình Phùng``: a part of the name read, not all of it.)
            return None
        street = ", ".join(reversed(again[1].split("; "))) if again[1] else None
        if either_end and street and TYPED_ABOVE_WORD.search(fold_chars(street)) is not None:
            # ``Quảng Bình, Quảng Thạch, Huyện Quảng Xương, Thanh Hóa``, read by a near name as
            # written: hamlets named like a province and a commune, then the typed district.
            return None
        if res.status in _FIRM_READ and (district := self._district_not_commune(parts, again)) is not None:
            # ``ninh binh > ly nhan > hoa hau thon 1``: the new Xã Lý Nhân read, Hòa Hậu (a
            # commune of the district Lý Nhân) left in the street: the district and its commune.
            again, res, street = district, district[0].resolution, district[1]
            street = ", ".join(reversed(street.split("; "))) if street else None
        note = "read in reverse order (the province first)" + (f"; {res.note}" if res.note else "")
        found = replace(again[0], resolution=replace(res, note=note)), street
        near = res.status is Status.FUZZY and self._near_by_letters(again[0])
        alt = self._other_split(parts, street, address) if res.status in _FIRM_READ or near else None
        if alt is not None:
            # ``Nghệ An Vinh Hưng Bình``: Vinh Hưng and a word ``Bình`` left before the street, or
            # Vinh and Hưng Bình; ``Hậu Giang Vị Thanh 1``: Phường I of Vị Thanh, or Xã Vị Thanh 1.
            # Two readings that lead to different units: flagged with both.
            other = self._as_written(types_after_names("; ".join(reversed(alt)), self._is_unit_name))
            theirs = other[0].resolution if other is not None else None
            if (
                theirs is not None
                and theirs.status in _FIRM_READ
                and theirs.new_province_code in first
                and theirs.codes() - res.codes()
            ):
                # (``Nghệ An Vinh Trường Thi``: a near name, Thịnh Trường, with ``Thi`` left over, or
                # Vinh and Trường Thi, every word a name as written: flagged with both too.)
                note = f"names run together: also read as {' / '.join(alt)}"
                return self._flagged(found, set(res.codes() | theirs.codes()), None, note)
        return found

    def _district_not_commune(
        self, parts: list[str], found: tuple[Interpretation, str | None]
    ) -> tuple[Interpretation, str | None] | None:
        """Parts from the province down read with a commune and no district, where the commune's
        name is also that of an old district of the province read and the part after it is
        exactly the name of a commune of that district, left in the street (``Gia Lai > Phù Mỹ >
        Mỹ Thắng``): the parts read again with that district, when that reads firmly and
        elsewhere; else None."""
        parsed, res = found[0].parsed, found[0].resolution
        if parsed[1] is not None or parsed[2] is None or found[1] is None:
            return None
        name = ascii_key(self._untyped(str(parsed[2])))
        k = next((i for i, p in enumerate(parts) if ascii_key(self._untyped(p)) == name), None)
        if k is None or k + 1 >= len(parts):
            return None
        named = self._district_named(parts[k], res.new_province_code)
        if named is None:
            return None
        district = named[0]
        after = ascii_key(self._untyped(parts[k + 1]))
        if not any(ascii_key(c.short_name) == after for c in self.g.communes_by_district.get(district.code, [])):
            return None
        turned = [*parts[:k], district.name, *parts[k + 1 :]]  # (as the register writes it)
        again = self._as_written(types_after_names("; ".join(reversed(turned)), self._is_unit_name))
        if again is None or again[0].resolution.codes() == res.codes():
            return None
        theirs = again[0].resolution
        if not (theirs.status in _FIRM_READ or (theirs.status is Status.FUZZY and theirs.score >= res.score)):
            return None  # (near where the commune read is exact; as near, unmarked: ``gia lai > phu my > my thang``)
        read = again[0]
        written = (read.parsed[0], parts[k].strip(), read.parsed[2])  # the district as written
        resolution = replace(read.resolution, parsed=written)
        if read.resolution.status is Status.EXACT and not any(w.marks for w in words(parts[k])):
            resolution = replace(resolution, score=min(resolution.score, PLAIN))  # (written without marks)
        return replace(read, parsed=written, resolution=resolution), again[1]

    def _district_named(self, text: str, province: str | None) -> tuple[OldDistrict, OldProvince] | None:
        """The one old district ``text`` names by its letters (marks aside) in the new province
        ``province``, with its old province; None when there is none or more than one."""
        bare = self._bare(words(text))
        if bare is None:
            return None
        old = self.reg.old_provinces
        found = [
            (h.unit, p)
            for h in self.g.old_districts.find(*bare)
            if h.quality >= MARKED and (p := old.get(h.unit.province_code)) is not None and p.new_code == province
        ]
        return found[0] if len(found) == 1 else None

    def _hamlet_before_unit(self, parts: list[str]) -> bool:
        """Whether the part after the province starts with a hamlet's word and a later one with a
        commune's or a district's type word."""
        if len(parts) < 3:
            return False
        first = words(parts[1])
        if not first or first[0].ascii not in HAMLET_WORDS or _type_at(first, 0, len(first)) is not None:
            return False  # (``Tỉnh Nghệ An, Huyện Quế Phong, Thôn Tân Lập, Xã Đồng Văn``: from the province down)
        if (first[0].marks and first[0].key not in STREET_KEYS) or ascii_key(parts[1]) in self.g.known:
            return False  # a unit's name: ``Lạng Sơn`` (no làng), ``Buon Ho`` (Buôn Hồ)
        for part in parts[2:]:
            ws = words(part)
            tw = _type_at(ws, 0, len(ws)) if ws else None
            if tw is not None and tw.strength >= 4.0 and P not in LEVELS.get(tw.canonical, (P,)):
                return True
        return False

    def _hamlet_after_name(self, part: str) -> tuple[str, str] | None:
        """The last part of a text from the province down cut where its street starts after a
        name (``Mỹ Chánh Tổ 9``: ``Mỹ Chánh``, ``Tổ 9``): at a hamlet's or a street's word followed
        by a number, or not run into the name before it (``Hậu Thôn``); None when it has none."""
        ws = words(part)
        for i in range(1, len(ws) - 1):
            w = ws[i]
            if w.ascii not in _HAMLET_OR_STREET:
                continue
            if self._road_at(ws, i - 1, any(x.marks for x in ws)):
                return None  # ``Quốc lộ 13``: a road, not a name and its lot
            known = self.g.known
            if not ws[i + 1].ascii[:1].isdigit() and any(
                " ".join(x.ascii for x in ws[a:b]) in known
                for a in range(max(0, i - MAX_NAME), i)
                for b in range(i + 1, min(len(ws), a + MAX_NAME) + 1)
            ):
                continue  # (``Châu Thôn``, ``Tam Thôn Hiệp``: a word of a name; ``Thanh Vân Tổ 5``: a hamlet)
            if ws[0].ascii in _HAMLET_OR_STREET or not ws[0].ascii.isalpha() or _type_at(ws, i, len(ws)) is not None:
                return None  # ``Thôn 4``: the hamlet alone; ``H.Đơn Dương X.Đạ Ròn``: ``X.`` a type word
            typed = _type_at(ws, 0, len(ws))
            if typed is not None and typed.size >= i:
                return None  # ``Xã Phố Là``, ``Xã Bản Thi``, ``Xã Đường 10``: the name's first word
            return part[: w.start].strip(" ,;.-_/|>"), part[w.start :].strip()
        return None

    def _other_split(self, parts: list[str], street: str | None = None, text: str = "") -> list[str] | None:
        """Parts of a text from the province down (``_known_splits``'s) cut another way, where the
        longest name left one word that names nothing before the street or at the end (``Vinh
        Hưng`` and ``Bình``): the word joined to the end of the name before it when both halves are
        then names (``Vinh``, ``Hưng Bình``); None when there is no such word or no such cut. Not
        for a word that may end a name or mark it (``cũ``, ``Đông``, ``Hạ``, a number). A word that
        is a name somewhere but was left at the start of ``street`` (the reading's street) counts
        as naming nothing (``Nghệ An Vinh Hưng Dũng``: Thị trấn Dùng is no reading of it). A last
        part that is a number written in ``text`` (in figures) right after the part before it, one name with it,
        is joined to it (``Hậu Giang Vị Thanh 1``: Vị Thanh and its Phường I, or Xã Vị Thanh 1)."""
        known = self.g.known
        last = parts[-1].strip()
        if len(parts) > 2 and last.isdigit():
            joined = f"{parts[-2].strip()} {last}"
            if ascii_key(joined) in known and joined in text:
                return [*parts[:-2], joined]
        street_words = words(street) if street else []
        left = street_words[0].ascii if street_words else ""  # (a street of signs alone has no word)
        for k in range(2, len(parts)):
            ws = words(parts[k])
            if len(ws) != 1 or not ws[0].ascii.isalpha() or ws[0].ascii in _NAME_ENDINGS:
                continue
            if ws[0].ascii in known and ws[0].ascii != left:
                continue
            if ws[0].ascii in STREET_WORDS or ws[0].ascii in HAMLET_WORDS:
                continue
            if k + 1 < len(parts):
                nxt = words(parts[k + 1])
                if not nxt or not (
                    nxt[0].ascii in STREET_WORDS or nxt[0].ascii in HAMLET_WORDS or nxt[0].ascii.isdigit()
                ):
                    continue
            before = words(parts[k - 1])
            for j in range(len(before) - 1, 0, -1):
                head = " ".join([w.ascii for w in before[:j]])
                tail = " ".join([w.ascii for w in before[j:]] + [ws[0].ascii])
                if head in known and tail in known:
                    text = parts[k - 1]
                    return [
                        *parts[: k - 1],
                        text[: before[j - 1].end],
                        f"{text[before[j].start :]} {parts[k].strip()}",
                        *parts[k + 1 :],
                    ]
            return None
        return None

    def _cut_last(self, parts: list[str], before: Resolution) -> tuple[Interpretation, str | None] | None:
        """An address from the province down whose last part, a typed commune, is cut short
        inside its name (``T.Ninh Bình - huyện Yên Khánh - Xã Khánh Cườ``, a field's width), read
        as several units: its name completed to each commune of the district written (the part
        before it) that it starts. Taken, at most fuzzy, when the completions that read firmly
        lead to one unit among the candidates; else None."""
        ws = words(parts[-1].strip())
        tw = _type_at(ws, 0, len(ws)) if len(ws) > 1 else None
        if tw is None or tw.size >= len(ws) or C not in LEVELS[tw.canonical] or tw.strength < 4.0:
            return None
        if any(w.sep >= WEAK for w in ws[tw.size + 1 :]):
            return None
        prefix, key, marks = _name_keys(ws[tw.size :])
        if any(
            h.quality >= PLAIN for t in (self.g.old_communes, self.g.new_communes) for h in t.find(prefix, key, marks)
        ):
            return None  # a whole name (``Xã Hò`` is no Xã Hồ, the letters alone): not cut short
        dws = words(parts[-2].strip())
        dtw = _type_at(dws, 0, len(dws)) if dws else None
        skip = dtw.size if dtw is not None and D in LEVELS[dtw.canonical] else 0
        if skip >= len(dws):
            return None
        folded, key, marks = _name_keys(dws[skip:])
        districts = {h.unit.code for h in self.g.old_districts.find(folded, key, marks) if h.quality >= PLAIN}
        cut = ws[tw.size :]
        started = [c for d in districts for c in self.g.communes_by_district[d] if _starts_name(c, cut)]
        names = sorted({ascii_key(c.short_name) for c in started if c.type == tw.canonical})
        if not names or len(started) > COMPLETIONS:
            return None
        allowed = set(before.candidates)
        codes: set[str] = set()
        reads: list[tuple[tuple[Interpretation, str | None], str]] = []
        for name in names:
            head = parts[-1].strip()[: ws[tw.size].start]
            fixed = [*parts[:-1], head + self._written(name, (C,))]
            again = self._as_written("; ".join(reversed(fixed)))
            if again is None:
                return None
            res = again[0].resolution
            if res.status not in (Status.EXACT, Status.SPLIT) or again[0].parsed[1] is None:
                return None  # a completion that reads loosely or not at all: no choice made
            if not res.codes() <= allowed:
                return None  # a completion leads outside what the text as written names
            codes |= res.codes()
            reads.append((again, fixed[-1]))
        if not reads or any(set(again[0].resolution.codes()) != codes for again, _ in reads):
            return None
        # Not when the cut name also starts a unit of another type there (``Xã Mường`` of Điện
        # Biên Phủ: Phường Mường Thanh), or a unit of the new register, that leads elsewhere.
        others = {row.new_commune_code for c in started for row in self.r.crosswalk.successors(c.code)}
        province = reads[0][0][0].resolution.new_province_code
        if not others <= codes or any(
            u.province_code == province and u.code not in codes and _starts_name(u, cut)
            for u in self.reg.new_communes.values()
        ):
            return None
        return _repaired(reads[0][0], reads[0][1], "cut short, completed")

    def _province_initials(self, text: str) -> tuple[Interpretation, str | None] | None:
        """A text that ends with a province's initials, as chat writes it (``x.Hải Lạng,QN``,
        ``x. đông thuận ct``), read as nothing or loosely: read again with each province of those
        initials (QN: Quảng Ninh, Quảng Nam, Quảng Ngãi) for them. The one that reads firmly is
        taken, at most fuzzy; several, or only flagged readings, are flagged with all their units."""
        found = last_initials(text)
        letters = found.group(1).replace(".", "") if found is not None else ""
        if found is None or not letters.isalpha():
            return None
        if not letters.replace("Đ", "D").replace("đ", "d").isascii():
            return None  # ``Phường Lạ``: a syllable with its marks (a name cut short), no initials
        if _cut_short(letters):
            return None  # ``..., Phường Lương Sơn, Th``: a word cut short, not initials (``TH``, ``th``)
        key = ascii_key(letters)
        if key in self.g.known or key in TYPE_WORDS or key in STREET_WORDS:
            return None
        head = text[: found.start(1)].rstrip(" ,;|-.")
        provinces = self._by_initials().get(key, [])
        if not head or not provinces or self._cut_province(text[: found.end(1)]):
            return None
        firm = []
        near: list[tuple[str, tuple[Interpretation, str | None]]] = []
        for province in provinces:
            again = self._as_written(f"{head}, {province}")
            if again is None:
                continue
            status = again[0].resolution.status
            if status in _FIRM_READ or (status is Status.AMBIGUOUS and again[0].resolution.candidates):
                firm.append((province, again))
            elif status is Status.FUZZY and again[0].parsed[1] is not None:
                near.append((province, again))
        read = [f for f in firm if f[1][0].resolution.status in _FIRM_READ]
        tail = words(head[head.rfind(",") + 1 :])
        typed = _type_at(tail, 0, len(tail)) if tail else None
        if typed is not None and typed.size == len(tail):
            near = []  # ``p7, quận BT``: a district's initials after its type word (``_district_initials``)
        if not read and len(near) == 1:
            # (Only a near reading, with its district, in one province: ``X. Phú Túc, H. Dịnh Quán, DN``.)
            read = near
            firm.append(near[0])
        if len(read) == 1 and all(
            set(f[1][0].resolution.candidates) <= read[0][1][0].resolution.codes()
            or (read[0][1][0].parsed[1] is not None and f[1][0].parsed[1] is None)
            or (read[0][1][0].resolution.status in _FIRM_READ and _near_in_both(f[1][0].resolution))
            for f in firm
            if f is not read[0]
        ):
            # One province reads firmly; the others, if any, only flagged with its units (``Xã Gia
            # Canh, Huyện Định Quán, D.N``: Đà Nẵng completed to a near name, leading to the same),
            # or read without the district it reads (``Phú Vinh, Định Quán, ĐN``), or only by near
            # names of both registers (``xã Định An, BD``: Bình Dương's, not Bình Định's near ones).
            province, again = read[0]
            taken = _repaired(again, f"{head}, {province}", f"{found.group(1)}: {province}")
            res = taken[0].resolution
            if res.status is Status.ALREADY_NEW:
                taken = replace(taken[0], resolution=replace(res, status=Status.FUZZY)), taken[1]
            return taken
        if not firm:
            return None
        return _all_flagged([again for _, again in firm], f"{found.group(1)} may be {', '.join(p for p, _ in firm)}")

    def _written_farm_town(self, match: re.Match[str]) -> str:
        """``Nông trường Than Uyên`` at a part's start: the farm's town (Thị trấn NT Than Uyên),
        when the registers of today or before had one of that name; else a farm, left as written."""
        name = match.group(1).strip()
        town = f"Thị trấn Nông trường {name}"
        if self.r.history().names_an_earlier_commune(town) or ascii_key(f"nt {name}") in self.g.known:
            return f"Thị trấn Nông trường {match.group(1)}"
        return match.group()

    def _bare_farm_town(self, match: re.Match[str]) -> str:
        """``NT Than Uyên`` at a part's start written out as a farm's town (Thị trấn Nông trường),
        unless ``NT`` and the words after it are a name of the registers (``NT Thái Bình``)."""
        ws = ascii_key(match.group(1)).split()
        if any(" ".join(["nt", *ws[:n]]) in self.g.known for n in range(1, min(len(ws), 4) + 1)):
            return match.group()
        return "Thị trấn Nông trường "

    def _district_initials(self, text: str, province: str | None) -> tuple[Interpretation, str | None] | None:
        """An address that ends with a city district's initials after its type word, and names no
        province or names it after them (``P Tương Mai quận HM``, ``Gia Thụy - Q LB``, ``f15, quận
        pn``, ``quận TP - TPHCM``), read as nothing or loosely: read again with each district of
        that type and those initials (the initials of its name's words: Hoàng Mai, Long Biên, Phú
        Nhuận) written out, with its province. One that reads firmly is taken, at most fuzzy;
        several are flagged with all their units."""
        found = end_district_initials(text)
        if found is not None and (province is None or province in found.group()):
            read = self._initials_read(text, found, None, "")
            if read is not None:
                return read
        body = text.rstrip(" ,;.-|")
        if province is None:
            # Not read as the province (the reading found nothing): its last words, if they name
            # one (``... quận TX hn``, ``... quận TP TPHCM``).
            # (Its words cut at spaces and dashes, the longest first: ``... Q. TX-Hà Nội``, ``... Q. TX.
            # Tp. Hà Nội``.)
            starts = [m.start() for m in _TOKEN_START.finditer(body)][-4:]
            province = next((tail for at in starts if self._province_codes(tail := body[at:])), None)
        if province is None or not body.endswith(province):
            return None
        before = body[: len(body) - len(province)].rstrip(" ,;|-")
        found = end_district_initials(before)
        if found is None and (bare := _BARE_INITIALS.search(before)) is not None:
            # ``178/4 Phan Van Han, P.17, BT, HCM``: the initials alone in their part after a typed
            # ward, as a city's clerks write them: read as typed.
            before = f"{before[: bare.start(1)]}Q.{before[bare.start(1) :]}"
            text = f"{before}, {province}"
            found = end_district_initials(before)
        if found is None:
            return None
        return self._initials_read(text, found, self._province_codes(province), province)  # ``quận TP - TPHCM``

    def _initials_read(
        self, text: str, found: re.Match[str], scope: set[str] | None, after: str
    ) -> tuple[Interpretation, str | None] | None:
        """``_district_initials`` for the initials found, among the districts of the new provinces
        ``scope`` (None: all), with the province ``after`` them as written (empty: none)."""
        key = ascii_key(found.group(2))
        if (key in self.g.known and key not in self.g.district_initials) or key in STREET_WORDS:
            return None  # a name (``Q. Yên``), not initials
        if _cut_short(found.group(2)):
            return None  # ``Huyện Th``: a name cut short, not initials (``Q LB``, ``quận pn``)
        kind = ascii_key(found.group(1)).replace(" ", "")
        level = {"q": "quan", "h": "huyen", "thixa": "tx", "thanhpho": "tp"}.get(kind, kind)
        head = text[: found.start(1)].rstrip(" ,;|-.")
        districts = self._districts_by_initials().get((level, key), [])
        if scope is not None:
            districts = [d for d in districts if self.reg.old_provinces[d.province_code].new_code in scope]
        if not head or not districts:
            return None
        firm = []
        for district in districts:
            written = f"{head}, {district.name}, {after or self.reg.old_provinces[district.province_code].name}"
            again = self._as_written(written)
            if again is not None and again[0].resolution.status in _FIRM_READ:
                firm.append((written, again))
        if len(firm) == 1:
            written, again = firm[0]
            return _repaired(again, written, f"{found.group(1)} {found.group(2)}: initials of the district")
        if not firm:
            return None
        note = f"{found.group(2)} may be {', '.join(w.split(', ')[-2] for w, _ in firm)}"
        return _all_flagged([again for _, again in firm], note)

    def _districts_by_initials(self) -> dict[tuple[str, str], list[OldDistrict]]:
        """Old districts of two or more words by their type (``quan``, ``huyen``, ``tx``, ``tp``)
        and the initials of their name's words (``hm``: Hoàng Mai); made once."""
        if self._district_keys is None:
            index: dict[tuple[str, str], list[OldDistrict]] = {}
            kinds = {"quan": "quan", "huyen": "huyen", "thixa": "tx", "thanhpho": "tp"}
            for district in self.reg.old_districts.values():
                ws = ascii_key(district.short_name).replace("-", " ").split()
                kind = kinds.get(ascii_key(district.type).replace(" ", ""))
                if kind is not None and len(ws) >= 2 and "".join(w[0] for w in ws).isalpha():
                    index.setdefault((kind, "".join(w[0] for w in ws)), []).append(district)
            self._district_keys = index
        return self._district_keys

    def _cut_province(self, text: str) -> bool:
        """``text`` ends with a province's name cut short in its last word (``..., Phú Th``: a
        field's width, not Thanh Hóa's initials)."""
        ws = ascii_key(text).replace("-", " ").split()
        if len(ws) < 2:
            return False
        end = f"{ws[-2]} {ws[-1]}"
        names = (ascii_key(p.short_name).replace("-", " ") for p in self.reg.old_provinces.values())
        return any(name.startswith(end) and name != end for name in names)

    def _by_initials(self) -> dict[str, list[str]]:
        """The old provinces of two-word names by their initials (``qn``: Quảng Ninh, Quảng Nam,
        Quảng Ngãi); made once."""
        if self._initials_of is None:
            index: dict[str, list[str]] = {}
            for province in self.reg.old_provinces.values():
                ws = ascii_key(province.short_name).replace("-", " ").split()
                if len(ws) == 2:
                    index.setdefault(ws[0][0] + ws[1][0], []).append(province.short_name)
            self._initials_of = index
        return self._initials_of

    def _contact_dropped(self, text: str) -> str:
        """The text cut after its last part that names a province exactly, when the parts after it
        name no unit (at most three, none typed, none a unit's name): a buyer's name, a label, a
        flat (``..., Phú Yên - Tên: Cô Hương``, ``..., Đắk Nông | Ngọc Trâm``, ``..., Điện Biên\nMr
        Khoa``). Most texts end with a unit's name and are returned at once."""
        at = max(text.rfind(","), text.rfind(";"), text.rfind("|"), text.rfind("\n"), text.rfind("("))
        at = max(at, text.rfind(" - "), text.rfind(" / "), text.rfind("  "))
        if at < 0:
            return text
        last = ascii_key(text[at + 1 :].strip(" -)"))
        if not last or last in self.g.known or typed_text(last):
            return text  # a unit's name, typed or not, at the end (nearly every text)
        parts = _CONTACT_SPLIT.split(text)
        if len(parts) < 3:
            return text
        for k in range(len(parts) - 1, 1, -2):
            folded = ascii_key(parts[k])
            marked = fold_chars(parts[k].lower())  # with its dots (``x.``, ``h.``)
            first = folded.split()[0] if folded else ""
            if (
                folded in self.g.known
                or sum(1 for p in parts[k::2] if p) > 3  # (``Cà Mau (TBA Thôn 1), ...``: none between ``)`` and ``,``)
                or len(folded.split()) > 7
                or ((first in STREET_WORDS or first in HAMLET_WORDS) and not parts[k].lower().startswith("bạn "))
                or typed_text(folded)
                or TYPED.search(marked) is not None
                or TYPED_ABOVE_WRITTEN.search(unicodedata.normalize("NFC", parts[k].lower())) is not None
            ):
                return text  # a unit, a street or too much after the province: not a contact (a
                # ``bạn``, a friend, is no ``bản``)
            before = parts[k - 2]
            if self._typed_below_province(before):
                return text  # ``..., xã Khánh Hòa, 27/59 Nguyễn Tất Thành``: a commune named like a province
            province = ascii_key(before) in self.g.known and self._province_codes(before)
            if (province or self._ends_with_province(before)) and not any(
                self._near_province(p, before if j == 0 else "") for j, p in enumerate(parts[k::2])
            ):
                # ``... h Tuy An Phú Yên - Ngọc Trâm - sdt ...``; not ``Bình Phước, Vnh Long``: a
                # commune named like a province, then its province damaged.
                return "".join(parts[: k - 1])
        return text

    @staticmethod
    def starts_typed(part: str) -> bool:
        """``part`` starts with a unit's type word (``Huyện``, ``Huyen``, ``H.``, ``TP``)."""
        return _leading_type(part)[1] is not None

    def _typed_below_province(self, part: str) -> bool:
        """``part`` is a province's name after a type word of a district or a commune only (``xã
        Khánh Hòa``, ``X. Hòa Bình``): a unit named like a province, not the province."""
        ws, tw = _leading_type(part)
        if tw is None or P in LEVELS[tw.canonical] or tw.size >= len(ws):
            return False
        return bool(self._province_codes(part[ws[tw.size].start :]))

    def _coded(self, text: str) -> tuple[Interpretation, str | None] | None:
        """A statistics office's row that reads as nothing or as several units (``MATINH=24
        TENTINH=Bắc Giang MAHUYEN=219 ... MAXA=07588 TENXA=Tân Quang MADB=017``, ``17305 Xã Tân An
        - 423 Huyện Tân Kỳ - 40 Tỉnh Nghệ An``): one old commune's code written right before its
        own name, and its district named or coded too, is read as that commune with its district
        and province; never when two communes are so written, or none."""
        units: dict[str, OldCommune] = {}
        folded = " ".join(_WORD_RUNS.findall(ascii_key(text)))
        for match in CODE5.finditer(text):
            unit = self.reg.old_communes.get(match.group(0))
            if unit is None:
                continue
            after = " ".join(_WORD_RUNS.findall(ascii_key(text[match.end() : match.end() + 48])))
            district = self.reg.old_districts.get(unit.district_code)
            if district is None or f" {ascii_key(unit.short_name)} " not in f" {after} ":
                continue
            if f" {ascii_key(district.short_name)} " in f" {folded} " or f" {district.code} " in f" {folded} ":
                units[unit.code] = unit
        if len(units) != 1:
            return None
        unit = next(iter(units.values()))
        district, province = self.reg.old_districts[unit.district_code], self.reg.old_provinces[unit.province_code]
        again = self.located(f"{unit.name}, {district.name}, {province.name}")
        if again is None or again[0].resolution.status not in RESOLVED_OR_SPLIT:
            return None
        res = again[0].resolution
        note = f"read by the code {unit.code} written before its name" + (f"; {res.note}" if res.note else "")
        return replace(again[0], resolution=replace(res, note=note)), None

    def _names_unit(self, text: str) -> bool:
        """Whether ``text`` is a unit's name as it stands (``Anh Sơn``, ``Cô Tô``)."""
        return ascii_key(text) in self.g.known

    def _ends_with_province(self, part: str) -> bool:
        """Whether the last two to four words of a part of several name a province exactly, a
        part written without commas (``x.An Ninh Đông h Tuy An Phú Yên``), and not a district's
        or a city's name after its type word (``H. Thạnh Hóa``, ``TP. Nam Định``)."""
        ws = part.split()
        for n in (2, 3, 4):
            if len(ws) > n:
                tail = " ".join(ws[-n:])
                if ascii_key(tail) in self.g.known and self._province_codes(tail, MARKED):
                    return ascii_key(ws[-n - 1]) not in _DISTRICT_TYPES
        return False

    def _near_province(self, part: str, before: str) -> bool:
        """Whether a part may be a province damaged, not a buyer's name or a note: a near name of
        one (``Longg An``, ``Nam Đnịh``), or the second half of one whose name holds a dash, after
        the first (``Tỉnh Bà Rịa - ũVng Tàu``: ``Bà Rịa ũVng Tàu`` is near Bà Rịa - Vũng Tàu)."""
        folded = ascii_key(part)
        if len(folded) < 5 or any(ch.isdigit() for ch in folded):
            return False
        if self.g.fuzzy("P", folded, self.g.old_provinces.units):
            return True
        head = ascii_key(before).split()[-2:]
        return bool(head) and bool(self.g.fuzzy("P", " ".join([*head, folded]), self.g.old_provinces.units))

    def _codes_named(self, address: str) -> str:
        """The address with each labelled code of an old commune (``Mã xã 14776``) written as
        that commune's name, or dropped where the name is written beside it; the units are then
        read as usual, against the district and province written. A code of no old commune stays."""

        def named(match: re.Match[str]) -> str:
            commune = self.reg.old_communes.get(match.group(1))
            if commune is None:
                return match.group(0)
            rest = ascii_key(address[: match.start()] + address[match.end() :])
            name = ascii_key(commune.short_name)
            if name in rest:
                return ""
            district = self.reg.old_districts.get(commune.district_code)
            namesakes = [
                h
                for h in self.g.old_communes.find(name, name_key(commune.short_name), True)
                if h.quality >= PLAIN and not h.fuzzy and h.unit.province_code == commune.province_code
            ]
            if district is None or len(namesakes) < 2 or ascii_key(district.short_name) in rest:
                return commune.name
            # ``T. Nghệ An - mã ĐVHC cấp xã 17935``: Nghĩa Thái of Nam Đàn, not Tân Kỳ's namesake.
            return f"{commune.name}, {district.name}"

        out = CODE_NAMED.sub(named, address)
        return address if out == address else EMPTY_PARTS.sub("", out)

    def _syllables(self) -> frozenset[str]:
        """The words (folded) of every unit name: never read as Telex (``Ia Tor``: Ia Tôr)."""
        if self._names_as_is is None:
            self._names_as_is = frozenset(self.g.name_syllables())
        return self._names_as_is

    def _starts_with_province(self, text: str) -> bool:
        """Whether the first word of ``text`` may start a province's name or type word (a cheap
        test: most addresses start with their street)."""
        head = text[:24]  # (all the test reads: remembered by it, as the checks ask again of one text)
        found = self._heads_read.get(head)
        if found is None:
            if len(self._heads_read) >= _HEADS_READ:
                self._heads_read.clear()
            first_word = _FIRST_LETTERS.search(fold_chars(head))
            found = self._heads_read[head] = first_word is not None and first_word.group() in self._province_starts()
        return found

    def _province_starts(self) -> frozenset[str]:
        """The first words of every province's names (old and new, aliases too) and of the type
        words a province is written with: a text written from the province down starts with one."""
        if self._starts is None:
            keys = [*self.g.old_provinces.by_ascii, *self.g.new_provinces.by_ascii]
            words_ = {k.split(" ", 1)[0] for k in keys if k}
            words_.update(w for w, canonical in TYPE_WORDS.items() if P in LEVELS[canonical])
            words_.update(first for (first, _), canonical in TWO_WORD_TYPES.items() if P in LEVELS[canonical])
            self._starts = frozenset(words_)
        return self._starts

    def _typed_parts(self, text: str) -> list[str]:
        """A text written from the province down without separators, cut before each type word;
        the first street word or house number starts the street, which runs to the end."""
        ws = words(text)
        n = len(ws)
        cuts = [0]
        # A word without marks in a text with them is written so (``Phong``, not ``phòng``; ``ban``,
        # not ``bản``), unless it is an abbreviation (``SN``, ``tdp``, ``KP``: capitals, or one of them).
        marked = any(w.marks for w in ws)
        for i in range(1, n):
            w = ws[i]
            tw = _type_at(ws, i, n)
            before = _type_at(ws, i - 1, n)
            two_before = _type_at(ws, i - 2, n) if i > 1 else None
            if (before is not None and (before.strength >= 4.0 or ws[i - 1].dot)) or (
                two_before is not None and two_before.size == 2
            ):
                continue  # inside a type word, or the name right after one (``Quận 3``, ``Thành phố Vinh``)
            if (
                (w.ascii[:1].isdigit() and not self._name_numbered(ws, i))
                or (
                    w.ascii in STREET_WORDS
                    and (
                        (not w.marks and (not marked or w.text.isupper() or w.ascii in _STREET_ABBREVIATIONS))
                        or w.key in STREET_KEYS
                    )
                    and (
                        f"{ws[i - 1].ascii} {w.ascii}" not in self.g.known  # ``Hải Phòng``, ``Châu Thôn``
                        or (i + 1 < n and ws[i + 1].ascii[:1].isdigit())  # (``Thượng Thôn 3``: a hamlet)
                        or self._typed_name_ends(ws, cuts[-1], i)  # (``xã Mỹ An Ấp Hòa Bình``: no An Ấp)
                    )
                )
                or self._road_at(ws, i, marked)
            ):
                cuts.append(i)
                break
            if tw is not None and (tw.strength >= 4.0 or w.dot) and i + tw.size < n:
                if tw.size == 1 and not w.dot and self._type_word_in_name(ws, i, tw.canonical):
                    continue  # ``Hà Tĩnh Can Lộc``, ``ha tinh can loc``, ``Văn Quan``: a name's last word
                cuts.append(i)
        starts = [ws[c].start for c in cuts]
        return [text[a:b].strip(" ,;.-_/|>") for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]

    def _typed_name_ends(self, ws: Sequence[Word], start: int, i: int) -> bool:
        """Whether the part that starts at ``start`` with a type word has a unit's whole name
        before word ``i`` and none with it (``xã Mỹ An Ấp Hòa Bình``: Mỹ An, then a hamlet, though
        An Ấp is a commune's name)."""
        tw = _type_at(ws, start, i)
        if tw is None or start + tw.size >= i:
            return False
        name = " ".join([w.ascii for w in ws[start + tw.size : i]])
        return name in self.g.known and f"{name} {ws[i].ascii}" not in self.g.known

    @staticmethod
    def _road_at(ws: Sequence[Word], i: int, marked: bool) -> bool:
        """A national, provincial or district road with its number (``Quốc lộ 13``, ``Tỉnh lộ
        8``, ``Huong lo 2``) at word ``i``."""
        if ws[i].ascii not in _ROADS or i + 2 >= len(ws):
            return False
        lo = ws[i + 1]
        return lo.ascii == "lo" and (not marked or lo.key == _LO_KEY) and ws[i + 2].ascii[:1].isdigit()

    def _type_word_in_name(self, ws: Sequence[Word], i: int, canonical: str) -> bool:
        """Whether the one-word type at ``ws[i]`` ends a unit's name with the word before it (``Hà
        Tĩnh``, ``Văn Quan``, ``Liêu Xá``) and the words after it start no name of its level (``Can
        Lộc`` is no province) nor a name with it (``Thanh Hóa Quan Hóa``, ``Tương Dương xa Lượng``:
        Quan Hóa, Xá Lượng): a name's word, not a type word starting a part."""
        known = self.g.known
        if f"{ws[i - 1].ascii} {ws[i].ascii}" not in known:
            return False
        for k in range(i + 2, min(i + MAX_NAME, len(ws)) + 1):
            if " ".join([w.ascii for w in ws[i:k]]) in known:
                return False
        tables: list[Names[Any]] = []
        for level in LEVELS[canonical]:
            if level == P:
                tables += [self.g.old_provinces, self.g.new_provinces]
            elif level == D:
                tables.append(self.g.old_districts)
            else:
                tables += [self.g.old_communes, self.g.new_communes]
        for k in range(i + 2, min(i + 1 + MAX_NAME, len(ws)) + 1):
            folded = " ".join([w.ascii for w in ws[i + 1 : k]])
            if any(folded in t.by_ascii for t in tables):
                return False
        return True

    def _name_numbered(self, ws: Sequence[Word], i: int) -> bool:
        """Whether the number at ``ws[i]`` ends a unit's name with the one to three words before
        it (``Phú Hòa 2``, ``Cát Tiên 3``): a name's number, not a house number starting the street."""
        known = self.g.known
        for j in range(max(0, i - 3), i):
            if " ".join([w.ascii for w in ws[j : i + 1]]) in known:
                # Not where the name is a district's that has a ward of that number (``Hậu Giang Vị
                # Thanh 1``: Phường I of Vị Thanh, or Xã Vị Thanh 1): read as before.
                return not self._ward_of_number(" ".join([w.ascii for w in ws[j:i]]), ws[i].ascii)
        return False

    def _ward_of_number(self, district: str, number: str) -> bool:
        """Whether an old district of that folded name has a commune numbered ``number`` (in
        digits, with a zero before, or in Roman)."""
        if self._numbered_wards is None:
            found: dict[str, set[str]] = defaultdict(set)
            for d in self.reg.old_districts.values():
                for unit in self.g.communes_by_district.get(d.code, []):
                    short = ascii_key(unit.short_name)
                    roman = short.upper()
                    value = int(short) if short.isdigit() else numeral_value(roman) if not roman.strip("IVX") else None
                    if value is not None:
                        found[ascii_key(d.short_name)].add(str(value))
            self._numbered_wards = {k: frozenset(v) for k, v in found.items()}
        return str(int(number)) in self._numbered_wards.get(district, frozenset())

    def _numbered_name(self, part: str) -> bool:
        """Whether a part ends with a number that ends a unit's name with the words before it."""
        ws = words(part)
        return bool(ws) and ws[-1].ascii.isdigit() and self._name_numbered(ws, len(ws) - 1)

    def _known_splits(self, parts: list[str]) -> list[str]:
        """Parts cut after the longest unit's name they start with (after a type word), when
        words follow it: ``Huyện Nam Đàn Nam Lĩnh`` is Huyện Nam Đàn, Nam Lĩnh."""
        known = self.g.known
        out: list[str] = []
        for part in parts:
            while True:
                ws = words(part)
                tw = _type_at(ws, 0, len(ws)) if ws else None
                start = tw.size if tw is not None else 0
                if tw is not None and tw.strength < 3.0 and len(ws) > 1 and f"{ws[0].ascii} {ws[1].ascii}" in known:
                    start = 0  # ``Phụng Hiệp Tân Bình``: a name's first word, not a misspelt ``Phường``
                cut = 0
                if " ".join([w.ascii for w in ws[start:]]) in known:
                    out.append(part)  # ``Điện Biên Đông``: one name, not Điện Biên and Đông
                    break
                for k in range(start + 1, min(start + MAX_NAME, len(ws) - 1) + 1):
                    if " ".join([w.ascii for w in ws[start:k]]) in known:
                        cut = k
                if not cut:
                    out.append(part)
                    break
                out.append(part[: ws[cut - 1].end])
                part = part[ws[cut].start :]
        return out

    def _province_first(self, parts: list[str]) -> tuple[set[str], list[str]]:
        """The new provinces the first part names, and the parts with a province name at the start
        of the first part made a part of its own (``Quảng Bình Minh Hóa`` is Quảng Bình, Minh Hóa)."""
        first = self._province_codes(parts[0], MARKED)  # ``Đăk Lăk``: the letters, the marks off
        if first:
            return first, parts
        ws = words(parts[0])
        for k in range(min(len(ws) - 1, MAX_NAME), 0, -1):
            codes = self._province_codes(parts[0][: ws[k - 1].end])
            if codes:
                return codes, [parts[0][: ws[k - 1].end], parts[0][ws[k].start :], *parts[1:]]
        return set(), parts

    def _province_codes(self, part: str, least: float = PLAIN) -> set[str]:
        """The new provinces a part names exactly (with or without its type word), or none;
        ``least``: the quality a name needs (MARKED: its letters are enough). Remembered by the
        part as written: the passes over one address ask again of its parts, and the same
        provinces end address after address."""
        known = self._part_codes.get((part, least))
        if known is None:
            bare = self._bare(words(part))
            if bare is None:
                known = frozenset()
            else:
                folded, key, marks = bare
                hits = [h for h in self.g.old_provinces.find(folded, key, marks) if h.quality >= least]
                codes = {h.unit.new_code for h in hits}
                codes |= {h.unit.code for h in self.g.new_provinces.find(folded, key, marks) if h.quality >= least}
                known = frozenset(codes)
            if len(self._part_codes) > _PROVINCE_PARTS:
                self._part_codes.clear()
            self._part_codes[(part, least)] = known
        return set(known)  # (a set of the caller's own)

    def _as_written(self, address: str) -> tuple[Interpretation, str | None] | None:
        """``locate``, and for an address that reads as nothing or as several units, a second
        reading of the text with its OCR damage repaired (``T ỉnh``, ``S;ơn La``, ``Tbị xã``):
        taken when it singles out a unit, or finds candidates where there were none. A repaired
        reading is at most fuzzy (score REPAIRED_SCORE) and says so in its note."""
        address = _noted(address)  # (the repairs read the note too)
        found = self.locate(address)
        if found is None:
            return None
        status = found[0].resolution.status
        if status in (Status.FUZZY, Status.ALREADY_NEW):
            return self._checked(address, found)
        if status in (Status.EXACT, Status.SPLIT):
            # A typed commune is never silently left in the street, however close the reading.
            return self._checked(address, found) if self.typed_commune(found[1], _glued_read(found)) else found
        if status not in (Status.UNMATCHED, Status.AMBIGUOUS):
            return found
        typed = self.typed_commune(found[1]) if status is Status.AMBIGUOUS else None
        town = self._town_for_district(typed, found[0].resolution, found) if typed else None
        if town is not None:
            return town
        text = prepare(address)
        if typed is not None and (sounded := self._heard_read(text, typed, found)) is not None:
            return sounded
        if status is Status.UNMATCHED and (cut := self._province_cut(text)) is not None:
            # Before OCR repairs: a repair that glues the cut province to the district (``H.Sơn
            # Tịnh Quảng N``) reads a near name in another province.
            return cut
        province = found[0].parsed[0]
        if (
            status is Status.UNMATCHED
            and province
            and found[0].parsed[1:] == (None, None)
            and self._province_codes(province)
        ):
            # Before OCR repairs: a repair that drops the comma after the district (``Huyện Sơn
            # Tịnh, Quảng Nam`` read as ``Huyện Sơn`` of ``Tịnh Quảng Nam``) reads near names in
            # the province written whole, where the commune and district agree in another.
            other = self._province_disagrees(address, found[0])
            if other is not None and other[0].resolution.reason is Reason.NOT_IN_PROVINCE:
                return other  # (one the province holds is left to the repairs, as before)
        if WARD_NUMBER_WRITTEN.search(text) is not None and (numbered := self._numbered_read(text, found)) is not None:
            return numbered
        repaired = self._ocr_read(text, found)
        if repaired is not None:
            return repaired
        if status is not Status.UNMATCHED:
            return found
        completed = self._completed(text, found)
        if completed[0].resolution.status is Status.UNMATCHED and province and found[0].parsed[1:] == (None, None):
            misspelt = self._district_misspelt(text)
            if misspelt is not None:
                return misspelt
            unread = self._part_unread(text, province)
            if unread is not None:
                return unread
            sounded = self._heard_in_province(text, found)
            if sounded is not None:
                return sounded
        return completed

    def _heard_in_province(
        self, text: str, found: tuple[Interpretation, str | None]
    ) -> tuple[Interpretation, str | None] | None:
        """``Phường Bãi Tráy, Quảng Ninh``: a typed commune left in the street, no name anywhere,
        with its province read and no district: the units of the province whose names sound the
        same in a dialect (``_heard_read``, among the province's communes of both registers). One:
        read again with its spelling (at most fuzzy); several leading apart: flagged with all."""
        res = found[0].resolution
        typed = self.typed_commune(found[1])
        code = res.new_province_code
        if typed is None or code is None or res.parsed[1] is not None:
            return None
        name = _typed_name(typed)
        folded = " ".join(w.ascii for w in name)
        if len(name) < 2 or any(w.ascii.isdigit() for w in name):
            return None
        elsewhere = folded in self.g.known
        if elsewhere and (
            self._named_in_province(folded, res.old.province_code, code)
            or self.r.history().names(res.parsed[0], None, typed[: name[-1].end]) is not None
        ):
            return None  # (a unit of the province by that name, in 2025 or in an earlier register)
        if not elsewhere and not self._one_edit(folded):
            return None  # a commune's name in an earlier register: read there
        units, codes = self._sounding(folded, res.old.province_code, code, " ".join(w.key for w in name))
        at = text.rfind(typed)
        if not codes or at < 0:
            return None
        if len(codes) > 1 or len({ascii_key(u.short_name) for u, _ in units}) > 1 or elsewhere:
            # (A name of units elsewhere only, none of the province's: ``Xã Phú Linh, Đà Nẵng``,
            # Hà Giang's Phú Linh, or Đà Nẵng's Phú Ninh spelt as heard; flagged, not read.)
            note = f"{typed!r} may be {', '.join(sorted({u.name for u, _ in units}))}, spelt as heard"
            return self._flagged(found, codes, code, note)
        fixed, again = self._respelt(text, at, name, units[0][0].short_name)
        if again is None or set(again[0].resolution.codes()) != codes:
            return None
        return _repaired(again, fixed, "spelt as heard")

    def _named_in_province(self, folded: str, old_province: str | None, code: str) -> bool:
        """Whether a commune of the province (the old one written, else the new one ``code``: its
        old provinces' communes and its new ones) is named ``folded`` (without marks)."""
        olds = [old_province] if old_province else self._old_codes_of_new(code)
        units: list[Any] = [u for old in olds for u in self.g.communes_by_province.get(old, ())]
        units += self.g.new_by_province.get(code, [])
        return any(ascii_key(u.short_name) == folded for u in units)

    def _respelt(
        self, text: str, at: int, name: Sequence[Word], spelling: str
    ) -> tuple[str, tuple[Interpretation, str | None] | None]:
        """``text`` with the name written at ``at`` (its words ``name``) spelt as the register
        spells it, and its reading when that is firm (else None)."""
        fixed = text[: at + name[0].start] + spelling + text[at + name[-1].end :]
        again = self.locate(fixed)
        return fixed, again if again is not None and again[0].resolution.status in _FIRM_READ else None

    def _sounding(
        self, folded: str, old_province: str | None, code: str, marked: str = ""
    ) -> tuple[list[tuple[Any, bool]], set[str]]:
        """The units of a province (the old one written, else the new one ``code``: its old
        provinces' communes and its new ones) whose names sound like ``folded`` in a dialect (and
        agree on ``đ`` with the name as written, ``marked``: its name keys), each with whether it is
        of the new register, and the new codes they lead to."""
        key = heard(folded)
        olds = [old_province] if old_province else self._old_codes_of_new(code)
        units: list[tuple[Any, bool]] = [(u, True) for u in self._heard_index("N" + code).get(key, ())]
        for old in olds:
            units += [(u, False) for u in self._heard_index("O" + old).get(key, ())]
        if marked:
            units = [(u, new) for u, new in units if d_agrees(marked, name_key(u.short_name))]
        successors = self.r.crosswalk.successors
        codes = {c for u, new in units for c in ({u.code} if new else {r.new_commune_code for r in successors(u.code)})}
        return units, codes

    def _heard_index(self, scope: str) -> dict[str, list[Any]]:
        """The communes of a province (``N`` and a new province's code, ``O`` and an old one's) by
        how their names sound (``heard``), made on first use."""
        table: dict[str, list[Any]] = self.g.new_by_province if scope[0] == "N" else self.g.communes_by_province
        return self._by_sound(scope, table.get(scope[1:], ()))

    def _by_sound(self, scope: str, units: Sequence[Any]) -> dict[str, list[Any]]:
        """``units`` (the members of ``scope``) by how their names sound (``heard``), made on first
        use of the scope."""
        index = self._heard_by_scope.get(scope)
        if index is None:
            index = {}
            for unit in units:
                index.setdefault(heard(ascii_key(unit.short_name)), []).append(unit)
            self._heard_by_scope[scope] = index
        return index

    def _heard_rival(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None] | None:
        """A commune read by a near name with its province and no district, whose name as written
        sounds in a dialect like other units of the province (``Xã Quảng Trâu, Nghệ An``: Quang
        Đồng's Quang Thành three letters off, or Quảng Châu as heard; ``Phương Chung, Hà Nội``:
        Phương Trung): flagged with both; else None."""
        res = found[0].resolution
        code = res.new_province_code
        written = found[0].parsed[2]
        if code is None or written is None:
            return None
        codes: set[str] = set()
        for form in {str(written), self._untyped(str(written))}:  # (``Phương Chung``: no Phường)
            name = words(form)
            folded = " ".join(w.ascii for w in name)
            if len(name) < 2 or any(w.ascii.isdigit() for w in name) or folded in self.g.known:
                continue
            codes |= self._sounding(folded, res.old.province_code, code, " ".join(w.key for w in name))[1]
        if not codes or codes & set(res.codes()):
            return None
        return self._flagged(found, codes | set(res.codes()), code, f"{written!r} is near, or sounds like another unit")

    def _part_unread(self, text: str, province: str) -> tuple[Interpretation, str | None] | None:
        """A text read as its province alone, whose part before the province, one or two words
        without a type word, reads as nothing (``Phường Linh Chiểu, TĐ, TP. Hồ Chí Minh``: Thủ
        Đức's initials, as a clerk shortens them): read without that part; taken (at most fuzzy)
        when that reads firmly one commune, typed and named exactly, in the province written."""
        at = text.rfind(province)
        if at <= 0 or len(text) > _UNREAD_LENGTH:
            return None  # (a letter or a notice, not an address: ``... ỦY BAN NHÂN DÂN ...``)
        ws = words(text[:at])
        bounds = [0, *(i for i in range(1, len(ws)) if ws[i].sep >= WEAK)]
        if len(bounds) < 2:
            return None  # a commune before the part
        a, b = bounds[-1], len(ws)
        if b - a > 2 or _type_at(ws, a, b) is not None or any(w.ascii in _HAMLET_OR_STREET for w in ws[a:b]):
            return None
        folded = " ".join(w.ascii for w in ws[a:b])
        if folded in self.g.known or not self._one_edit(folded, D):
            return None  # a name (``Huế``), or a district's of an earlier register (``H.Thông Nông``)
        if not all(w.text.isupper() or len(w.ascii) <= 2 for w in ws[a:b]):
            return None  # initials or a code only (``TĐ``, ``TK``), not words (``trực thuộc``)
        fixed = text[: ws[a].start].rstrip(" ,;.-_/|") + ", " + text[at:]
        again = self.locate(fixed)
        if again is None:
            return None
        res = again[0].resolution
        read_province, district, commune = again[0].parsed
        if read_province is None or district is not None or commune is None or self.commune_type(commune) is None:
            return None
        if not text[: ws[a].start].rstrip(" ,;.-_/|").endswith(commune):
            return None  # the commune read is not the one right before the part (a letter's addressee)
        part = text[ws[a].start : ws[b - 1].end]
        if res.status is Status.AMBIGUOUS and res.candidates:
            return self._flagged(again, set(res.candidates), res.new_province_code, f"{part!r} left unread; {res.note}")
        if res.status not in _FIRM_READ or not self._names_exactly(res, commune):
            return None
        if res.status is Status.ALREADY_NEW and self._named(commune, res) != set(res.codes()):
            return None  # (``Xã Tân Phú, XYZ, Đồng Nai``: an old Tân Phú too, whose district the part may be)
        return _repaired(again, fixed, f"{part!r} left unread")

    def _names_exactly(self, res: Resolution, commune: str) -> bool:
        """Whether the commune read is written with the name of the unit it was read as."""
        written = ascii_key(self._untyped(commune))
        if res.status is Status.ALREADY_NEW:
            unit = self.reg.new_communes.get(res.new_commune_code or "")
            return unit is not None and ascii_key(unit.short_name) == written
        olds = self.reg.old_communes
        codes = res.old.commune_codes
        return bool(codes) and all(c in olds and ascii_key(olds[c].short_name) == written for c in codes)

    def _district_misspelt(self, text: str) -> tuple[Interpretation, str | None] | None:
        """A text read as a province alone whose district, a part of its own between the commune
        and the province, is misspelt by a key (``X My Quang, Phu Mg, T. Binh Dinh``: Phù Mỹ):
        read without that part; taken (at most fuzzy) when that reads exactly one commune with
        its province, whose district's name the part is one letter from."""
        ws = words(text)
        bounds = [0, *(i for i in range(1, len(ws)) if ws[i].sep >= WEAK), len(ws)]
        if len(bounds) < 4:
            return None  # a commune, a district and a province: three parts at least
        for a, b in reversed(list(pairwise(bounds))[1:-1]):
            tw = _type_at(ws, a, b)
            if tw is not None and (C in LEVELS[tw.canonical] or D not in LEVELS[tw.canonical]):
                continue  # a commune's part, or a province's
            name = " ".join(w.ascii for w in ws[a + (tw.size if tw is not None else 0) : b])
            if len(name) < 4 or any(ch.isdigit() for ch in name):
                continue
            fixed = text[: ws[a].start] + text[ws[b].start :] if b < len(ws) else text[: ws[a].start]
            again = self.locate(fixed)
            if again is None:
                continue
            res = again[0].resolution
            if res.status not in (Status.EXACT, Status.FUZZY) or res.parsed[0] is None or res.parsed[1] is not None:
                continue
            written = ascii_key(_untyped(res.parsed[2] or ""))
            if len(res.old.commune_codes) != 1 or written != ascii_key(
                self.reg.old_communes[res.old.commune_codes[0]].short_name
            ):
                continue  # one commune, its name as written (fuzzy only for the district left out)
            district = self.reg.old_districts.get(res.old.district_code or "")
            if district is None or OSA.distance(name, ascii_key(district.short_name)) != 1:
                continue
            return _repaired(again, fixed, f"{text[ws[a].start : ws[b - 1].end]!r}: {district.name} misspelt")
        return None

    def _numbered_read(
        self, text: str, found: tuple[Interpretation, str | None]
    ) -> tuple[Interpretation, str | None] | None:
        """A ward's number written as a Roman numeral that is also a name of Vị Thanh's wards
        (``phường V, TP. Đà Lạt``), or in words before more of the name (``Phường Một Bảo Lộc``,
        the new ward ``Phường 1 Bảo Lộc``), left as written by the text layer, read as several
        units or none: read again with the number in digits, taken (at most fuzzy) when that reads
        firmly, among the candidates of the text as written when it had any."""
        fixed = WARD_NUMBER_WRITTEN.sub(ward_number, text)
        again = self.locate(fixed)
        if again is None or again[0].resolution.status not in _FIRM_READ:
            return None
        before = found[0].resolution
        if before.candidates and not again[0].resolution.codes() <= set(before.candidates):
            return None
        return _repaired(again, fixed, "the ward's number in digits")

    def _province_cut(self, text: str) -> tuple[Interpretation, str | None] | None:
        """A text whose last part is its province cut short (``..., Huyện Bình Gia - Lạng``,
        ``... - Huyện Tháp Mười - Đồng``: a field's width), read as nothing: read without that
        part, taken when that reads firmly with a district written and the province read starts
        with what is left of it (at most fuzzy, noted); else None."""
        at = max(text.rfind(","), text.rfind(" - "), text.rfind(";"), text.rfind("|"))
        if at <= 0:
            return None
        cut = ascii_key(text[at:].strip(" ,;|-"))
        if not cut or len(cut.split()) > 2 or any(ch.isdigit() for ch in cut):
            return None
        again = self.locate(text[:at])
        if again is None or again[0].resolution.status not in _FIRM_READ or again[0].parsed[1] is None:
            return None
        province = self.reg.old_provinces.get(again[0].resolution.old.province_code or "")
        if province is None:
            return None
        name = ascii_key(province.short_name)
        if not (name.startswith(cut + " ") or (" " in cut and name.startswith(cut) and name != cut)):
            return None  # ``Lạng`` (Lạng Sơn), ``Quảng N`` (Quảng Ngãi), a word cut inside
        return _repaired(again, text[:at], f"the province cut short ({text[at:].strip(' ,;|-')!r}: {province.name})")

    def _heard_read(
        self, text: str, typed: str, found: tuple[Interpretation, str | None]
    ) -> tuple[Interpretation, str | None] | None:
        """``Xã Da Lâm, Huyện Lâm Hà``: a typed commune left in the street, no name anywhere, in a
        district read: the one commune of that district whose name sounds the same in a dialect
        (``admin_merge.text.phonetic``: Gia Lâm), read again with the register's spelling (at
        most fuzzy, the text read in its note). None when no commune or several sound so."""
        res = found[0].resolution
        district = res.old.district_code
        if district is None or res.parsed[2] is not None:
            return None
        name = _typed_name(typed)
        folded = " ".join(w.ascii for w in name)
        if not name or folded in self.g.known or any(w.ascii.isdigit() for w in name):
            return None
        longer = self._one_dropped().get(folded, frozenset())
        if longer and any(ascii_key(c.short_name) in longer for c in self._communes_of(district)):
            # (not a unit's own name: ``folded in self.g.known`` returned above)
            return None  # (``Xã Mỹ Tây``: Mỹ Chánh Tây of the district with a syllable left out, or Mỹ Tài)
        key, marked = heard(folded), " ".join(w.key for w in name)
        sounding = [
            c
            for c in self._communes_of(district)
            if heard(ascii_key(c.short_name)) == key and d_agrees(marked, name_key(c.short_name))
        ]
        at = text.rfind(typed)
        if len(sounding) != 1 or at < 0:
            return None
        if self.r.history().names(res.parsed[0], res.parsed[1], typed) is not None:
            return None  # (``Xã Hà Vân  Huyện Hà Trung``: Hoạt Giang's name until 2019, no Hà Giang misheard)
        fixed, again = self._respelt(text, at, name, sounding[0].short_name)
        if again is None or sounding[0].code not in again[0].resolution.old.commune_codes:
            return None
        return _repaired(again, fixed, "spelt as heard")

    def _seat_for_district(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None] | None:
        """``Ấp 6, X.Phú Xuân, Hồi Xuân, tỉnh Thanh Hóa``: a district read by a near name (Thọ
        Xuân) whose words name exactly a town of the province (Thị trấn Hồi Xuân, the seat of Quan
        Hóa) in whose district the commune written is named exactly: the clerk may have written
        the seat for its district. Flagged with both (None: nothing of the kind)."""
        res = found[0].resolution
        district, commune = res.parsed[1], res.parsed[2]
        old = self.reg.old_districts.get(res.old.district_code or "")
        if district is None or commune is None or old is None or res.old.province_code is None:
            return None
        name = _untyped(district)
        if not name or ascii_key(split_type(old.name, Level.DISTRICT).core) == ascii_key(name):
            return None  # the district read as written: no near name
        towns = [
            h.unit for h in self._exact(name) if h.unit.type == TOWN and h.unit.province_code == res.old.province_code
        ]
        if not towns:
            return None
        seats = {t.district_code for t in towns}
        hits = [h.unit for h in self._exact(_untyped(commune)) if h.unit.district_code in seats]
        if len(hits) != 1 or hits[0] in towns:
            return None
        seat = self.reg.old_districts[hits[0].district_code].name
        note = f"{district!r} is a near name of {old.name}, and exactly {towns[0].name}, the seat of {seat}"
        return self._flag_also(found, hits, note)

    def _flag_also(
        self, found: tuple[Interpretation, str | None], communes: Sequence[OldCommune], note: str
    ) -> tuple[Interpretation, str | None] | None:
        """``found`` flagged with the new units of ``communes`` besides its own, when they add any
        (None: they add none). The common end of the checks of a near reading below."""
        res = found[0].resolution
        codes = {row.new_commune_code for c in communes for row in self.r.crosswalk.successors(c.code)}
        if not codes - res.codes():
            return None
        return self._flagged(found, codes | res.codes(), res.new_province_code, note)

    def _number_first(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A commune read after a bare number, all its street (``3 Commune An Thanh, Cu Lao Dung``:
        the number of An Thạnh 3 written first, English order, or a house number), while the name
        and that number name another commune of the province: flagged with both."""
        res, street = found[0].resolution, found[1]
        if res.status not in RESOLVED_OR_SPLIT or not res.parsed[2] or street is None:
            return found
        core = [w for w in ascii_key(_untyped(res.parsed[2])).split() if w not in ENGLISH]  # ``Commune``
        name = " ".join([*core, str(int(street))])
        province = res.new_province_code
        others = [
            c
            for c in self.g.old_communes.by_ascii.get(name, ())
            if c.code not in res.old.commune_codes
            and any(row.new_province_code == province for row in self.r.crosswalk.successors(c.code))
        ]
        note = f"{street} before {res.parsed[2]}: the number of {', '.join(c.name for c in others)}, or a house number"
        return self._flag_also(found, others, note) or found

    def _pair_checked(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A near reading of an untyped commune without district whose street ends with untyped
        names that are exactly an old commune and its district: ``Nga Hoang, Yen Lap, Vinh Phu``
        (Yên Lập of Vĩnh Phúc by a near province, or Nga Hoàng of Yên Lập, Phú Thọ: Vĩnh Phú was
        the province of both until 1997), ``Khánh Bình Tây Bắc, Trần Văn Thời, Minh Hải`` (Xã Minh
        Hải of Hưng Yên by a near name, or Khánh Bình Tây Bắc of Trần Văn Thời, Cà Mau: Minh Hải
        was its province until 1997): flagged with both."""
        res, street = found[0].resolution, found[1]
        written = res.parsed[2]
        if res.status is not Status.FUZZY or written is None or res.parsed[1] is not None or not street:
            return found
        commune = words(written)
        if not commune or _type_at(commune, 0, len(commune)) is not None:
            return found  # typed: a commune, not a district
        parts = [p.strip() for p in re.split(r"[,;|]|\s[-\u2013]\s", street)][-2:]
        names = [words(p) for p in parts]
        if any(not self._bare_name(ws) for ws in names):
            return found
        pairs = [(names[-1], commune)] + ([(names[0], names[1])] if len(names) == 2 else [])
        for name, district in pairs:
            districts = {
                h.unit.code
                for h in self.g.old_districts.find(*_name_keys(district))
                if h.quality >= PLAIN and not h.fuzzy
            }
            named = [
                h.unit
                for h in self.g.old_communes.find(*_name_keys(name))
                if h.quality >= PLAIN and not h.fuzzy and h.unit.district_code in districts
            ]
            if named:
                note = f"{street}, {written} also names {named[0].short_name} in a district of its name"
                return self._flag_also(found, named, note) or found
        return found

    @staticmethod
    def _bare_name(ws: Sequence[Word]) -> bool:
        """Words that may be a unit's name written without its type word: no number, no street or
        hamlet word, not too long."""
        if not ws or len(ws) > MAX_NAME or any(w.ascii[:1].isdigit() for w in ws):
            return False
        first = ws[0].ascii
        return _type_at(ws, 0, len(ws)) is None and first not in STREET_WORDS and first not in HAMLET_WORDS

    def _swap_checked(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A commune read by a near name (``Xã Phước Thanh, Huyện Gò Dầu``: Phước Thạnh, a mark
        off) while another commune of its district bears the name written with two syllables
        swapped (Thanh Phước, a name misremembered): flagged with both."""
        res = found[0].resolution
        written, district = res.parsed[2], res.old.district_code
        if res.status is not Status.FUZZY or written is None or district is None:
            return found
        if res.reason is Reason.EARLIER_REGISTER:
            return found  # the name written is an earlier unit's, not today's
        parts = _untyped(written).split()
        if not 2 <= len(parts) <= 4:
            return found
        swaps = [" ".join([*parts[:i], parts[i + 1], parts[i], *parts[i + 2 :]]) for i in range(len(parts) - 1)]
        marked = any(not part.isascii() for part in parts)
        keys = {name_key(swap) if marked else ascii_key(swap) for swap in swaps}
        read = set(res.old.commune_codes)
        written_key = name_key(_untyped(written)) if marked else ascii_key(_untyped(written))
        for code in read:
            unit = self.reg.old_communes.get(code)
            if (
                unit is not None
                and (name_key(unit.short_name) if marked else ascii_key(unit.short_name)) == written_key
            ):
                return found  # the name as written (near for another part): nothing misremembered
        others = [
            c
            for c in self._communes_of(district)
            if c.code not in read and (name_key(c.short_name) if marked else ascii_key(c.short_name)) in keys
        ]
        if not others:
            return found
        note = f"{written} is near {', '.join(c.short_name for c in others)} with two syllables swapped"
        return self._flag_also(found, others, note) or found

    def _heard_checked(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A commune read by a near name (``Xã Ba Dang, huyện Ba Tơ``: Ba Động, one letter off)
        while another commune of its district sounds the same in a dialect (Ba Giang: ``gi`` and
        ``d``, see ``text/phonetic.py``): flagged with both, the letters no proof against the sound."""
        res = found[0].resolution
        written, district = res.parsed[2], res.old.district_code
        if res.status is not Status.FUZZY or written is None or district is None:
            return found
        name = ascii_key(_untyped(written))
        read = [self.reg.old_communes[c] for c in res.old.commune_codes if c in self.reg.old_communes]
        if not read or any(ascii_key(c.short_name) == name for c in read):
            return found  # the name as written (fuzzy for another part, or an earlier register)
        key, marked = heard(name), name_key(_untyped(written))
        sounds = self._sounds
        sounding = []
        for c in self._communes_of(district):
            sound = sounds.get(c.code)
            if sound is None:
                sound = sounds[c.code] = heard(ascii_key(c.short_name))
            if (
                sound == key
                and c.code not in res.old.commune_codes
                and ascii_key(c.short_name) != name  # (the same letters, other marks: weighed already)
                and d_agrees(marked, name_key(c.short_name))
            ):
                sounding.append(c)
        if not sounding or len(sounding) > 2:
            return found
        names = ", ".join(c.name for c in sounding)
        note = f"{written} is a near name of another commune, and sounds as {names}"
        return self._flag_also(found, sounding, note) or found

    def _type_checked(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A commune read by a near name of another type than the one written (``Thị trấn Hail
        Lộc, Huyện Hậu Lộc``: Xã Hải Lộc), in a district with a unit or two of the type written
        (Thị trấn Hậu Lộc): flagged with them, the near name no proof against the type word."""
        res = found[0].resolution
        written, district = res.parsed[2], res.old.district_code
        if res.status is not Status.FUZZY or written is None or district is None or len(res.old.commune_codes) != 1:
            return found
        ws = words(written)
        tw = _type_at(ws, 0, len(ws)) if ws else None
        read = self.reg.old_communes.get(res.old.commune_codes[0])
        if tw is None or tw.size >= len(ws) or read is None or read.type == tw.canonical:
            return found
        name = ascii_key(written[ws[tw.size].start :])
        if name == ascii_key(read.short_name):
            # The name itself, of another type (retyped since); unless, its last word of two
            # letters at most, it may be a longer name of the type written cut short (``X. Ho``:
            # Phường Hồ, or Xã Hoài Thượng cut).
            short = len(name.split()[-1]) <= 2 if name else False
            typed = [
                c
                for c in self._communes_of(district)
                if short and c.type == tw.canonical and ascii_key(c.short_name).startswith(name) and c.code != read.code
            ]
        elif self.r.history().names_an_earlier_commune(written):
            return found  # a unit of an earlier register
        else:
            typed = [c for c in self._communes_of(district) if c.type == tw.canonical]
        if not typed or len(typed) > 2:
            return found  # none of that type, or too many for the type word to point at
        names = ", ".join(c.name for c in typed)
        note = f"{written} is read as {read.name}, of another type; {names} is of the type written"
        return self._flag_also(found, typed, note) or found

    def _names_province(self, folded: str) -> bool:
        """Whether a folded name is a province's, old or new."""
        return bool(self.g.old_provinces.by_ascii.get(folded) or self.g.new_provinces.by_ascii.get(folded))

    def _numerals_named(self, address: str) -> str:
        """``address`` with the number of a name written in Roman or after ``số`` in digits, where
        the name and the number are a unit's (``A Lưới V``: Xã A Lưới 5; ``Tân Phước I``)."""

        def digits(m: re.Match[str]) -> str:
            written = m.group(2)
            value = numeral_value(written)
            number = written if value is None else str(value)
            words = m.group(1).split()
            for size in (3, 2, 1):
                name = ascii_key(" ".join(words[-size:]))
                if len(words) < size or (written.isalpha() and self._is_unit_name(f"{name} {ascii_key(written)}")):
                    continue  # (a unit's own name with that word: ``Phước Ba`` would be one)
                if self._is_unit_name(f"{name} {number}"):
                    return f"{m.group(1)} {number}"
            return m.group(0)

        return _NAME_NUMERAL.sub(digits, address)

    def _is_unit_name(self, folded: str) -> bool:
        """Whether a folded name is the name of a unit of the registers (with or without spaces)."""
        return folded in self.g.known or folded.replace(" ", "") in self.g.known

    def is_unit_name(self, folded: str) -> bool:
        """``_is_unit_name``, for the resolver's second readings (``cut_at_names``, hashtags)."""
        return self._is_unit_name(folded)

    def _number_cut(self, m: re.Match[str]) -> str:
        """``P8T.P Vũng Tàu``, ``p.12tân bình``, ``p8phú nhuận``: a numbered ward or district glued
        to the unit after it, cut after the number when ``T.P`` or a unit's name follows (not OCR
        damage: ``Phường 8en Tắm`` is Bến Tắm, ``Q1iế Sơn`` Quế Sơn)."""
        rest = m.group(2)
        folded = ascii_key(rest).split()
        if (rest[:1] in "Tt" and rest[1:2] == ".") or any(
            " ".join(folded[:k]) in self.g.known for k in range(1, len(folded) + 1)
        ):
            return f"{m.group(1)} {rest}"
        return m.group(0)

    def _number_unglued(self, address: str) -> str:
        """``address`` with a number glued to the end of a unit's name cut off by a space, where
        the name's last words (one to three, camel case cut) and the number are a unit's name of
        the registers (``Xã Đam Rông1``, ``xa BaoLam4``)."""
        out = address
        for m in reversed(list(GLUED_NUMBER.finditer(address))):
            at = m.start()
            end = at + 1 if not address[at + 1 : at + 2].isdigit() else at + 2
            head = ascii_key(split_camel(address[max(0, at - 30) : at])).split()
            number = address[at:end]
            if any(" ".join([*head[-k:], number]) in self.g.known for k in (1, 2, 3) if len(head) >= k):
                out = f"{out[:at]} {out[at:]}"
        return out

    def _typed_before_bare(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A bare name read as the commune (or none), flagged (not in the district written, or readings
        that disagree), after a typed commune left in the street that the district written holds
        (``Xã Hải Sơn, Húc Nghì, Huyện Hải Lăng, Tỉnh Quảng Trị``: Húc Nghì, a hamlet named like
        a commune of Đa Krông): the typed commune with its district and province is the address,
        the bare name its hamlet. A typed commune is never left in the street for a bare name."""
        res, street = found[0].resolution, found[1]
        bare = res.parsed[2] or ""
        bws = words(bare)
        if (bws and _type_at(bws, 0, len(bws)) is not None) or street is None:
            return found  # the commune read was typed itself
        parts = [p.strip() for p in _LAST_PART.split(street) if p.strip()]
        typed = []
        for part in parts:
            pws = words(part)
            tw = _type_at(pws, 0, len(pws)) if pws else None
            if tw is not None and tw.strength >= 4.0 and tw.size < len(pws) and C in LEVELS[tw.canonical]:
                typed.append(part)
        if len(typed) != 1:
            return found
        written = ", ".join(p for p in (typed[0], res.parsed[1], res.parsed[0]) if p)
        again = self._as_written(written)
        if again is None:
            return found
        read = again[0].resolution
        if read.status not in (Status.EXACT, Status.SPLIT, Status.ALREADY_NEW) or read.parsed[1] is None:
            return found  # the typed commune is not the district's either
        rest = street
        for unit in (typed[0], res.parsed[1], res.parsed[0]):
            if unit:
                rest = _cut_out(rest, unit)  # the units read, never the street's
        rest = ", ".join(p for p in (rest, bare) if p)
        note = f"{typed[0]} is typed and in {res.parsed[1]}" + (f"; {bare} is taken for its hamlet" if bare else "")
        return replace(again[0], resolution=replace(read, note=note)), rest or None

    def _columns_checked(
        self, address: str, found: tuple[Interpretation, str | None]
    ) -> tuple[Interpretation, str | None]:
        """Columns joined in another order than commune, district, province (``Mễ Sở; Hưng Yên;
        Văn Giang``, ``Tân Thành Bình;Bến Tre;Mỏ Cày Bắc``: a spreadsheet's cells joined as they
        came), read by a near name or with no province (flagged or not): when the last three cells read exactly,
        in one other order only, as a commune, its district and its province, that reading is
        taken (at most fuzzy, the order noted)."""
        res = found[0].resolution
        if not (res.status is Status.FUZZY or (res.parsed[0] is None and res.status is not Status.UNMATCHED)):
            return found
        cells = [c for c in _CELLS.split(address.strip()) if c]
        if len(cells) < 3 or len(cells) > 6:
            return found
        head, last = cells[:-3], cells[-3:]
        firm = []
        for order in ((0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)):
            written = ", ".join([*head, *(last[i] for i in order)])
            again = self._as_written(written)
            if again is None:
                continue
            read = again[0].resolution
            if read.status in (Status.EXACT, Status.SPLIT) and all(part is not None for part in read.parsed):
                firm.append((written, again))
        if len(firm) != 1 or firm[0][1][0].resolution.codes() == res.codes():
            return found
        written, again = firm[0]
        return _repaired(again, written, "cells in another order: commune, district, province")

    def _district_of_street(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A commune read by its bare name, without district, under an old province's name, after a
        bare name in the street, while the two read as a commune and its district of another old
        province merged into the same new one (``Song Phụng - Long Phú - Hậu Giang``: Xã Long Phú
        of Hậu Giang, or Xã Song Phụng of Huyện Long Phú, Sóc Trăng, under the name Hậu Giang had
        until 1991): flagged with both, the text decides neither."""
        res, street = found[0].resolution, found[1]
        written = res.parsed[2]
        if written is None or street is None or res.new_province_code is None:
            return found
        name = ascii_key(written)
        if not name or name not in self.g.old_districts.by_ascii:
            return found  # the common case: the commune's name is no district's
        ws = words(written)
        if ws and _type_at(ws, 0, len(ws)) is not None:
            return found  # a typed commune is no district
        before = _LAST_PART.split(street)[-1].strip()
        bws = words(before)
        if not bws or _type_at(bws, 0, len(bws)) is not None:
            return found
        commune = ascii_key(before)
        others = [
            c
            for d in self.g.old_districts.by_ascii[name]
            if d.province_code != res.old.province_code
            and self.reg.old_provinces[d.province_code].new_code == res.new_province_code
            for c in self._communes_of(d.code)
            if ascii_key(c.short_name) == commune
        ]
        if not others:
            return found
        names = ", ".join(f"{c.name}, {self.reg.old_districts[c.district_code].name}" for c in others)
        note = f"{before} - {written} may also be {names}: not chosen between"
        return self._flag_also(found, others, note) or found

    def _slip_checked(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A new unit read by its name under an old district, with another type word than its own
        (``Phường Hòa Xuân, Thị xã Đông Hòa``: Xã Hòa Xuân of 2025), while that district held a
        unit of the type written whose name starts with the name written (Phường Hòa Xuân Tây, a
        word dropped): flagged with both, the type word as good a witness as the name."""
        res = found[0].resolution
        written, district = res.parsed[2], res.parsed[1]
        new = self.reg.new_communes.get(res.new_commune_code or "")
        if written is None or district is None or new is None:
            return found
        ws = words(written)
        tw = _type_at(ws, 0, len(ws)) if ws else None
        if tw is None or tw.size >= len(ws) or tw.canonical == new.type:
            return found  # the common case: the new unit's own type, or none written
        name = ascii_key(written[ws[tw.size].start :])
        core = split_type(district, Level.DISTRICT).core
        provinces = self._made_of.get(new.province_code, [])
        longer = [
            c
            for hit in self.g.old_districts.find(ascii_key(core), name_key(core), True)
            if hit.unit.province_code in provinces
            for c in self._communes_of(hit.unit.code)
            if c.type == tw.canonical and ascii_key(c.short_name).startswith(name + " ")
        ]
        if not longer or len(longer) > 2:
            return found
        names = ", ".join(c.name for c in longer)
        note = f"{written} is read as {new.name} of 2025, of another type; {names} of {district} is of the type written"
        return self._flag_also(found, longer, note) or found

    def _cut_checked(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A commune read by a name cut short after one letter of its last word (``Xã Hành D``, a
        field's width), which starts the names of several communes of its district (Hành Dũng,
        Hành Đức): flagged with all of them, never one by its nearness."""
        res = found[0].resolution
        if res.status is not Status.FUZZY or not res.old.district_code or not res.parsed[2]:
            return found
        core = split_type(res.parsed[2], Level.COMMUNE).core.split()
        if len(core) < 2 or len(core[-1]) != 1 or not core[-1].isalpha():
            return found  # the common case: no name cut after one letter
        prefix = ascii_key(" ".join(core))
        cut = [c for c in self._communes_of(res.old.district_code) if ascii_key(c.short_name).startswith(prefix)]
        codes = {row.new_commune_code for c in cut for row in self.r.crosswalk.successors(c.code)}
        if len(codes) == 1 and not codes <= res.codes():
            # ``Xã Hướng P, H. Hướng Hóa``: read by a near name (Hướng Lập), while one name of the
            # district starts so (Hướng Phùng): flagged with both.
            note = f"{res.parsed[2]} is cut short: it starts {cut[0].short_name}, and is near another name"
            codes |= res.codes()
        elif len(codes) < 2:
            return found
        else:
            note = f"{res.parsed[2]} is cut short: it starts {len(cut)} names of the district"
        flagged = res.flagged(codes, note, score=min(res.score, REPAIRED_SCORE), other_province=res.new_province_code)
        return replace(found[0], resolution=flagged), found[1]

    def _marks_checked(self, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A commune read by a near name, written with marks, when another commune of its district
        is as near or nearer, marks counted (``xã Diễn Thanh``: Diễn Thành and Diễn Thịnh are one
        letter away each; ``Xã Cátt Hanh``: Cát Hanh is nearer than Cát Thành, which it only
        matches without its spaces and marks): flagged with them."""
        res = found[0].resolution
        if res.status is not Status.FUZZY or not res.old.district_code or not res.parsed[2]:
            return found
        if res.reason is Reason.EARLIER_REGISTER:
            return found  # the name written is an earlier unit's, not today's
        written = unicodedata.normalize("NFC", split_type(res.parsed[2], Level.COMMUNE).core).casefold()
        chosen = [self.reg.old_communes[c] for c in res.old.commune_codes if c in self.reg.old_communes]
        if written.isascii() or not chosen or any(c.short_name.casefold() == written for c in chosen):
            return found  # an unmarked text, or the name as written (nearly every address)
        if self.r.history().names_an_earlier_commune(written):
            return found  # ``xã Vũ Bình``: a unit of an earlier register, which the resolver reads next
        folded = ascii_key(written)
        keys = [ascii_key(c.short_name) for c in chosen]
        if any(key != folded and sorted(key.split()) == sorted(folded.split()) for key in keys):
            return found  # ``Xã Thành Bình``: Bình Thành's syllables in another order, read for its type
        near = min(2, *(OSA.distance(written, c.short_name.casefold()) for c in chosen))  # a letter or two
        others = [
            c
            for c in self._communes_of(res.old.district_code)
            if c not in chosen and OSA.distance(written, c.short_name.casefold(), score_cutoff=near) <= near
        ]
        names = ", ".join(c.short_name for c in [*chosen, *others])
        return self._flag_also(found, others, f"{res.parsed[2]} is as near {names}, marks counted") or found

    def _communes_of(self, district: str) -> list[OldCommune]:
        """The old communes of an old district (an index made once)."""
        if self._by_district is None:
            index: dict[str, list[OldCommune]] = {}
            for commune in self.reg.old_communes.values():
                index.setdefault(commune.district_code, []).append(commune)
            self._by_district = index
        return self._by_district.get(district, [])

    def _ocr_read(
        self, text: str, found: tuple[Interpretation, str | None]
    ) -> tuple[Interpretation, str | None] | None:
        """The text read again with its OCR damage repaired, when that reads better (else None).
        (None rather than ``found`` itself: compiled, a tuple returned is no longer the same object.)"""
        if ":" in text:
            # A form's labels go first: the repair would take ``Quận/Huyện/Thị xã: Tràng Định``
            # for damage, drop the colon and leave ``xã Tràng Định``, a commune typed by a label.
            text = LEVEL_LABELS.sub(level_label, text)
        fixed = self.repairer()(text)
        if fixed == text:
            return None
        again = self.locate(fixed)
        if again is None:
            return None
        res, before = again[0].resolution, found[0].resolution
        if res.status in (Status.UNMATCHED, Status.AMBIGUOUS) and not (
            res.status is Status.AMBIGUOUS and before.status is Status.UNMATCHED
        ):
            return None
        if before.candidates and not res.codes() <= set(before.candidates):
            return None  # the text as written already narrowed the units: a repair chooses among them
        return _repaired(again, fixed)

    def _completed(self, text: str, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A text cut short inside its last name (a field's length: ``Xã Quỳnh Khê, Huyện Quỳnh
        Ph``), read as nothing: read again with its last words completed to each unit name they
        start (a few at most). Taken when the completions that read lead to one unit, flagged
        with all when to several."""
        ws = words(text)
        if len(ws) < 3 or not text[-1:].isalpha():
            return found
        if ws[-1].sep >= WEAK and len(ws[-1].text) == 2 and ws[-1].text.isupper():
            return found  # a province's initials (``..., QN``), read by ``_province_initials``
        for k in (3, 2, 1):
            run = ws[-k:]
            if any(w.sep >= WEAK for w in run[1:]):
                continue  # not across a separator
            if _type_at(ws, len(ws) - k, len(ws)) is not None and (
                k > 1 or len(ws) < 2 or self._type_ending(ws, len(ws) - 2) is None
            ):
                continue  # nor from a type word (``Huyện T`` is no Huyền Tụng; ``Huyện Ph`` is cut)
            prefix = " ".join(w.ascii for w in run)
            # After its type word, only names of that level (``Huyện Hữ``: Hữu Lũng, Hưng Hà...;
            # ``H.Krông``: Krông Bông..., though a commune is named Krông).
            before = len(ws) - k - 1
            tw = self._type_ending(ws, before) if before >= 0 else None
            levels = LEVELS[tw.canonical] if tw is not None else None
            if self._names_whole(prefix, levels):
                return found  # the text ends with a whole name: not cut short
            names = self._starting(prefix, levels)
            if not names:
                continue
            if tw is not None and levels == (D,):
                # ``Xã Đức Xuân, Huyện Thạ``: the districts so starting that hold the commune
                # written before, when some do.
                names = self._holding(ws, before + 1 - tw.size, names) or names
            if len(names) > (TYPED_COMPLETIONS if tw is not None else COMPLETIONS):
                return found
            reads: list[tuple[tuple[Interpretation, str | None], str]] = []
            alone: list[tuple[Interpretation, str | None]] = []
            for name in names:
                fixed = text[: run[0].start] + self._written(name, levels)
                again = self.locate(fixed)
                # A completed name read with a unit above or below it: alone, a completion is a
                # guess (``Thượng Lộ, Phú Lộc, TT-Hế`` is no Xã Hẹ Muông of Điện Biên).
                # The unit above must be written, not brought by the completion (``Xã Xuân Trườ``
                # after Thọ Xuân, Thanh Hóa is no ``Xuân Trường - Đà Lạt``).
                head = text[: run[0].start]
                if (
                    again is not None
                    and again[0].resolution.status in RESOLVED_OR_SPLIT
                    and sum(part is not None for part in again[0].parsed) >= 2
                    and any(part is not None and part in head for part in again[0].parsed)
                ):
                    reads.append((again, fixed))
                elif again is not None and again[0].parsed[:2] == (None, None) and self._of_type(name, tw):
                    alone.append(again)  # (not ``Phường Giáp Đắt``: no ward of that name)
            if not reads:
                if tw is None or levels != (C,) or not alone:
                    return found
                return self._completed_alone([n for n in names if self._of_type(n, tw)], tw, alone[0], found)
            codes = set().union(*(set(again[0].resolution.codes()) for again, _ in reads))
            first, fixed = reads[0]
            if codes == set(first[0].resolution.codes()) and first[0].resolution.status is not Status.FUZZY:
                return _repaired(first, fixed, "cut short, completed")
            if codes == set(first[0].resolution.codes()):
                # ``Tỉnh Luông Nậm Thà, Lào``: completed (Lào Cai), then read by a near name (Nậm
                # Tha): two guesses, flagged.
                note = f"cut short, completed as {fixed!r}, and read by a near name"
                return self._flagged(first, codes, first[0].resolution.new_province_code, note)
            provinces = {again[0].resolution.new_province_code for again, _ in reads}
            note = f"cut short: {', '.join(repr(f) for _, f in reads)} read as different units"
            return self._flagged(first, codes, provinces.pop() if len(provinces) == 1 else None, note)
        return found

    def _completed_alone(
        self,
        names: list[str],
        tw: TypeWord,
        first: tuple[Interpretation, str | None],
        found: tuple[Interpretation, str | None],
    ) -> tuple[Interpretation, str | None]:
        """A typed commune cut short inside its name with nothing above it (``Thôn Đông, Xã
        Quỳnh Tha``): the communes of that type whose names (folded) it starts, old and new, are
        guesses; flagged with the new units they lead to when those lie in one province, else
        ``found`` (nothing useful can be said)."""
        g, reg = self.g, self.reg
        codes = {
            row.new_commune_code
            for name in names
            for unit in g.old_communes.by_ascii.get(name, ())
            if unit.type == tw.canonical
            for row in self.r.crosswalk.successors(unit.code)
        }
        codes |= {u.code for name in names for u in g.new_communes.by_ascii.get(name, ()) if u.type == tw.canonical}
        provinces = {reg.new_communes[c].province_code for c in codes if c in reg.new_communes}
        if not codes or len(provinces) != 1:
            return found
        note = f"cut short: the commune's name starts {len(names)} name(s), read alone, of one province"
        return self._flagged(first, codes, provinces.pop(), note, Reason.COMMUNE_NOT_FOUND)

    def _of_type(self, name: str, tw: TypeWord | None) -> bool:
        """Whether a commune named ``name`` (folded), old or new, is of the type ``tw`` says."""
        if tw is None:
            return False
        units: list[OldCommune | NewCommune] = [
            *self.g.old_communes.by_ascii.get(name, ()),
            *self.g.new_communes.by_ascii.get(name, ()),
        ]
        return any(u.type == tw.canonical for u in units)

    def _holding(self, ws: Sequence[Word], at: int, names: list[str]) -> list[str]:
        """Of district ``names`` (folded), those that hold a commune of the name and type written
        in the part before word ``at`` (a district's type word after a separator); none when no
        typed commune is written there."""
        if at <= 0 or ws[at].sep < WEAK:
            return []
        j = at - 1
        while j > 0 and ws[j].sep < WEAK:
            j -= 1
        tw = _type_at(ws, j, at)
        if tw is None or C not in LEVELS[tw.canonical] or tw.strength < 4.0 or j + tw.size >= at:
            return []
        folded, key, marks = _name_keys(ws[j + tw.size : at])
        districts = self.reg.old_districts
        held = {
            ascii_key(districts[h.unit.district_code].short_name)
            for h in self.g.old_communes.find(folded, key, marks)
            if h.quality >= PLAIN and h.unit.type == tw.canonical and h.unit.district_code in districts
        }
        return [name for name in names if name in held]

    def _type_ending(self, ws: Sequence[Word], i: int) -> TypeWord | None:
        """The type word that ends at word ``i`` (``Huyện``, ``Thị xã``: not ``xã``), or None."""
        for size in (2, 1):
            start = i - size + 1
            if start >= 0:
                tw = _type_at(ws, start, i + 1)
                if tw is not None and tw.size == size:
                    return tw
        return None

    def _starting(self, prefix: str, levels: tuple[str, ...] | None = None) -> list[str]:
        """Unit names (folded) that start with ``prefix`` and are longer; of ``levels`` only
        when given."""
        if levels is not None:
            return sorted({name for level in levels for name in _prefixed(self._level_names(level), prefix)})
        if self._sorted is None:
            self._sorted = sorted(self.g.known)
        return _prefixed(self._sorted, prefix)

    def _written(self, folded: str, levels: tuple[str, ...] | None) -> str:
        """A unit name as the register writes it (``Quỳnh Phụ``), from its folded key (one of
        the units so named), for a completed text; the key itself when no unit has it as its name."""
        g = self.g
        tables = {P: (g.old_provinces, g.new_provinces), D: (g.old_districts,)}
        for level in levels or (C, D, P):
            for table in tables.get(level, (g.old_communes, g.new_communes)):
                for unit in table.by_ascii.get(folded, ()):
                    if ascii_key(unit.short_name) == folded:
                        return str(unit.short_name)
        return folded

    def _names_whole(self, name: str, levels: tuple[str, ...] | None) -> bool:
        """Whether ``name`` (folded) is a unit's whole name (of ``levels`` only, when given)."""
        if levels is None:
            return name in self.g.known
        for level in levels:
            names = self._level_names(level)
            i = bisect_left(names, name)
            if i < len(names) and names[i] == name:
                return True
        return False

    def _level_names(self, level: str) -> list[str]:
        """Unit names (folded) of one level, old and new registers, sorted (see ``_starting``)."""
        names = self._sorted_by_level.get(level)
        if names is None:
            g = self.g
            tables = {P: (g.old_provinces, g.new_provinces), D: (g.old_districts,)}.get(
                level, (g.old_communes, g.new_communes)
            )
            spaced: dict[str, str] = {}  # one form per name: ``krong bong``, not ``krongbong`` too
            for name in sorted({name for t in tables for name in t.by_ascii}, key=lambda n: -n.count(" ")):
                spaced.setdefault(name.replace(" ", ""), name)
            names = self._sorted_by_level[level] = sorted(spaced.values())
        return names

    def _checked(self, address: str, found: tuple[Interpretation, str | None]) -> tuple[Interpretation, str | None]:
        """A fuzzy or already-new reading, checked against the text with its OCR damage repaired:
        when that reads as other units the evidence conflicts and the address is flagged with
        both (``Thanh ;Hóa`` is no ``Hóa`` of another province); when it reads as the same unit
        with a cleaner street, it is taken. A typed commune left in the street that no repair
        explains flags the address: a typed commune is never silently left in the street."""
        before = found[0].resolution
        typed = self.typed_commune(found[1], _glued_read(found))
        if not typed and before.score > UNREAD_SCORE and not damaged(address):
            return found  # no sign of OCR damage, no part skipped as unread: nothing to check (most addresses)
        text = prepare(address)
        fixed = self.repairer()(text)
        again = self.locate(fixed) if fixed != text else None
        if again is not None and again[0].resolution.status in RESOLVED_OR_SPLIT:
            res = again[0].resolution
            mine, theirs = set(before.codes()), set(res.codes())
            if theirs and not mine & theirs:
                note = f"readings disagree: as written, and as {fixed!r} (OCR damage repaired)"
                return self._flagged(found, mine | theirs, res.new_province_code, note)
            if theirs == mine and (typed or res.score > before.score) and not self.typed_commune(again[1]):
                return _repaired(again, fixed)  # the same unit, with a cleaner street or read more closely
        if typed:
            town = self._town_for_district(typed, before, found)
            if town is not None:
                return town
            named = self._named(typed, before)
            read = set(before.codes())
            if (
                named
                and (named <= read or (before.status is Status.ALREADY_NEW and named & read))
                and found[1] is not None
                and self._typed_as_its_unit(before)
            ):
                # The same unit written twice (``X.Châu Hội, H.Quỳ Châu, Xã Châu Hội, Huyện Quỳ
                # Châu, Tỉnh Nghệ An``: a shop's line, then its drop-down lists; the old commune,
                # then the new one it became: ``Xã Tân Lập cũ - Xã Yên Mỹ mới``, one of the old
                # communes of the name went into the new one read): the repetition is no street.
                rest = found[1][: len(found[1]) - len(typed)].rstrip(" ,;.-_/|") or None
                return found[0], rest
            # The units of the province read that the typed commune names are candidates too,
            # and earlier registers are read (``Xã Hợp Thành, Kỳ Sơn, Hoà Bình``: a district
            # merged in 2019 whose name is now a ward's).
            mine = set(before.codes()) | named
            note = f"{typed!r} is left out of the reading"
            return self._flagged(found, mine, before.new_province_code, note, Reason.NOT_IN_DISTRICT)
        return found

    def _typed_as_its_unit(self, res: Resolution) -> bool:
        """The commune read was written with its own unit's type word (``Xã Châu Hội``,
        ``Phường Trà Lý`` of the new register): not ``Thị xã Cửa Lò`` read as the new Phường Cửa
        Lò, nor an untyped name, which earlier registers may read better."""
        written = self.commune_type(res.parsed[2])
        if written is None:
            return False
        if res.status is Status.ALREADY_NEW:
            unit = self.reg.new_communes.get(res.new_commune_code or "")
            return unit is not None and unit.type == written
        old = self.reg.old_communes
        return bool(res.old.commune_codes) and all(c in old and old[c].type == written for c in res.old.commune_codes)

    def _town_for_district(
        self, typed: str, read: Resolution, found: tuple[Interpretation, str | None]
    ) -> tuple[Interpretation, str | None] | None:
        """A town's name written for its district (``xã Buôn Choah, Đắk Mâm, Đắk Nông``: Thị trấn
        Đắk Mâm is the seat of Huyện Krông Nô, whose Xã Buôn Choah the clerk meant). Taken when the
        address read as a commune named like a town of the province (untyped, with no district),
        and the typed commune left at the end of the street is named exactly, by one commune, in
        the district of such a town."""
        province, district, commune = read.parsed
        street = found[1]
        if district is not None or commune is None or street is None:
            return None
        if self._typed_as_read(commune, read):
            return None  # ``Thị trấn Đắk Mâm`` as written: the town itself
        provinces = (
            {read.old.province_code}
            if read.old.province_code
            else set(self._old_codes_of_new(read.new_province_code or ""))
        )
        towns = [h.unit for h in self._exact(commune) if h.unit.type == TOWN and h.unit.province_code in provinces]
        ws = words(typed)
        tw = _type_at(ws, 0, len(ws)) if ws else None
        if not towns or tw is None or len(ws) == tw.size or any(w.sep >= WEAK for w in ws[tw.size + 1 :]):
            return None  # no such town, or the typed name does not end the street
        seats = {t.district_code for t in towns}
        hits = [h.unit for h in self._exact(typed[ws[tw.size].start :]) if h.unit.district_code in seats]
        if len(hits) != 1 or hits[0] in towns:
            return None
        town = next(t for t in towns if t.district_code == hits[0].district_code)
        res = self.r.from_old_communes(hits, min(read.score, EXACT), MatchKind.EXACT)
        parsed = (province, commune, typed)
        seat = self.reg.old_districts[town.district_code].name
        note = f"{commune!r} read as {seat}, the district whose seat is {town.name}"
        res = replace(res.with_address_parts(None, parsed), note=note + (f"; {res.note}" if res.note else ""))
        rest = street[: len(street) - len(typed)].rstrip(" ,;.-_/|") or None
        return replace(found[0], parsed=parsed, resolution=res), rest

    def commune_named_today(self, res: Resolution) -> bool:
        """Whether the commune read, as written (its type word aside), is exactly the name of an
        old commune of the province read, or of a new commune: a fuzzy reading then owes its
        doubt to another part (a district or a province damaged), not to the commune's name."""
        written = res.parsed[2]
        if written is None:
            return False
        ws = words(written)
        tw = _type_at(ws, 0, len(ws)) if ws else None
        name = ws[tw.size :] if tw is not None and C in LEVELS[tw.canonical] else ws
        if not name:
            return False
        keys = _name_keys(name)
        province = res.old.province_code
        old = [h for h in self.g.old_communes.find(*keys) if h.quality >= PLAIN and not h.fuzzy]
        if any(province is None or h.unit.province_code == province for h in old):
            return True
        return any(h.quality >= PLAIN and not h.fuzzy for h in self.g.new_communes.find(*keys))

    def _exact(self, name: str) -> list[Hit[Any]]:
        """Old communes named ``name`` exactly (diacritics aside), in the whole country."""
        found = self.g.old_communes.find(*_name_keys(words(name)))
        return [h for h in found if h.quality >= PLAIN and not h.fuzzy]

    def _named(self, typed: str, read: Resolution) -> set[str]:
        """New communes that a typed commune (``Xã Hợp Thành``) names inside the province read:
        the successors of old communes of that name, and new communes of that name."""
        ws = words(typed)
        tw = _type_at(ws, 0, len(ws)) if ws else None
        if tw is None:
            return set()
        end = next((i for i in range(tw.size + 1, len(ws)) if ws[i].sep >= WEAK), len(ws))
        name = ws[tw.size : end]
        if not name:
            return set()
        folded, key, marks = _name_keys(name)
        province, new_province = read.old.province_code, read.new_province_code
        hits = self.g.old_communes.find(folded, key, marks)
        olds = [h.unit for h in hits if province is None or h.unit.province_code == province]
        districts = self._district_after(ws[end:], province, new_province)
        if districts and any(u.district_code in districts for u in olds):
            # ``Xã Hải Phú; huyện Hải Lăng; tỉnh Quảng Trị (nay là xã Hải Lăng, Quảng Trị)``: the
            # old commune with its district, not every old Hải Phú of the new province.
            olds = [u for u in olds if u.district_code in districts]
        else:
            districts = set()
        codes = {row.new_commune_code for u in olds for row in self.r.crosswalk.successors(u.code)}
        if not districts:  # with its old district, the name is the old commune's alone
            codes |= {
                h.unit.code
                for h in self.g.new_communes.find(folded, key, marks)
                if new_province is None or h.unit.province_code == new_province
            }
        if province is None and new_province is not None:  # read in the new register: its province's
            new_communes = self.reg.new_communes
            codes = {c for c in codes if c in new_communes and new_communes[c].province_code == new_province}
        return codes if province or new_province else set()

    def _district_after(self, ws: Sequence[Word], province: str | None, new_province: str | None) -> set[str]:
        """The old districts (codes) of the province read that the part after a typed commune
        names exactly (``huyện Hải Lăng``, ``Hải Lăng``), or none."""
        if not ws:
            return set()
        tw = _type_at(ws, 0, len(ws))
        start = 0
        if tw is not None:
            if D not in LEVELS.get(tw.canonical, ()):
                return set()
            start = tw.size
        end = next((i for i in range(start + 1, len(ws)) if ws[i].sep >= WEAK), len(ws))
        if end - start > 1 and ws[end - 1].ascii == "cu":
            end -= 1  # ``Huyện Cờ Đỏ cũ``
        if start >= end:
            return set()
        provinces = {province} if province else set(self._old_codes_of_new(new_province or ""))
        return {
            h.unit.code
            for h in self.g.old_districts.find(*_name_keys(ws[start:end]))
            if h.quality >= PLAIN and h.unit.province_code in provinces
        }

    @staticmethod
    def _flagged(
        found: tuple[Interpretation, str | None],
        codes: set[str],
        province: str | None,
        note: str,
        reason: Reason = Reason.READINGS_DISAGREE,
    ) -> tuple[Interpretation, str | None]:
        before = found[0].resolution
        score = min(before.score, REPAIRED_SCORE)
        flagged = before.flagged(codes, note, score=score, other_province=province, reason=reason)
        return replace(found[0], resolution=flagged), found[1]

    def typed_province(self, part: str) -> set[str]:
        """The new provinces a part names exactly after a province's type word (``Tỉnh Nam
        Định``, ``T. Hà Tĩnh``); none for a bare name (a district's or a commune's as often)."""
        ws, tw = _leading_type(part)
        if tw is None or P not in LEVELS[tw.canonical] or tw.size >= len(ws):
            return set()
        return self._province_codes(part)

    def typed_commune(self, street: str | None, glued: bool = False) -> str | None:
        """The typed commune (``Xã Đa Phúc``, ``P.Quế Tân``) in a street part, if any: a full type
        word, or an abbreviation with its dot, before a name that is no street word or number
        (unless the words after it are a unit's name: ``Xã Buôn Choah``, ``X.Phong Niên``). With
        ``glued`` (the ward read was written so: ``P2``), a ward's number glued to its ``P`` or
        ``F`` and opening its part is one too (``quốc lộ 1,P7,P2``); beside a ward written
        otherwise it is a room's or a block's (``P7, Tòa A, ..., Phường Tân Phong``)."""
        if not street or (
            TYPED.search(fold_chars(street)) is None
            and _FIELD_TYPED.search(street) is None
            and (not glued or _GLUED_WARD.search(street) is None)
        ):
            return None
        ws = words(street)
        after = -1  # the type word of a landmark ends here (``Bưu điện thị xã``: no ``xã`` there)
        for i in range(len(ws)):
            if i < after:
                continue
            tw = _type_at(ws, i, len(ws))
            if tw is not None and i and ws[i].sep <= SPACE and _landmark_before(ws, i):
                after = i + tw.size
                continue
            if tw is None or tw.strength < 4.0 or C not in LEVELS[tw.canonical] or P in LEVELS[tw.canonical]:
                if tw is not None and tw.size > 1 and i and ws[i].sep <= SPACE:
                    # ``Bệnh viện Đa khoa thị xã La Gi``: inside a name, no ``xã`` of ``thị xã``.
                    after = i + tw.size
                continue
            j = i + tw.size
            if j >= len(ws) or ws[j].sep == STRONG:
                continue  # ``UBND xã, 48A Thạch Long``: no name after the type word
            glued_ward = glued and ws[j].sep == GLUED and (i == 0 or ws[i].sep >= WEAK)  # ``P7`` opening its part
            if ws[j].ascii.isdigit() and (
                len(ws[j].ascii) > 2 or not (ws[i].ascii in FULL_WORDS or ws[j - 1].dot or glued_ward)
            ):
                continue  # ``P 3``, ``P.3010`` (a room): a numbered ward in full, with its dot, or glued
            if (
                ws[j].ascii.isdigit()
                and len(ws[i].ascii) <= 2
                and j + 1 < len(ws)
                and ws[j + 1].sep <= SPACE
                and ws[j + 1].ascii in _FLOOR_WORDS
                and (not ws[j + 1].marks or ws[j + 1].key in _FLOOR_KEYS)  # (``Tăng`` is a name)
            ):
                continue  # ``P.15 lầu 6``, ``P.12 tầng 3``: a room and its floor, no ward
            if (
                ws[j].ascii in STREET_WORDS
                and (not ws[j].marks or ws[j].key in STREET_KEYS)
                and not self._names_a_unit(ws, j)
                and not (ws[j].ascii == "chung" and (j + 1 == len(ws) or ws[j + 1].ascii != "cu"))
            ):
                continue  # ``Xã Phổ Thuận`` is a commune, ``xã phố`` no name (``Xã Chung Chính`` one: no chung cư)
            if (
                len(ws[i].ascii) <= 2
                and not ws[i + tw.size - 1].dot
                and ws[i].ascii not in FULL_WORDS
                and not (i > 0 and ws[i].sep >= WEAK and ws[i].text == "X" and self._names_a_unit(ws, j))
                and not (glued_ward and ws[j].ascii.isdigit())  # ``P7``, not ``Căn P7``, ``Lô P7`` (an apartment's)
            ):
                # ``thôn Ph Xuân``: a damaged name, not an abbreviated type word; but a bank's
                # field in capitals starts so (``/ X TOAN SON /``, a commune's name after it).
                continue
            return street[ws[i].start :]
        return None

    @staticmethod
    def commune_type(written: str | None) -> str | None:
        """The type word a commune was written with (``TT.Nghi Xuân``: thị trấn), if any."""
        ws = words(written) if written else []
        tw = _type_at(ws, 0, len(ws)) if ws else None
        if tw is None or tw.strength < 4.0 or tw.size >= len(ws) or C not in LEVELS[tw.canonical]:
            return None
        return tw.canonical

    def _names_a_unit(self, ws: Sequence[Word], j: int) -> bool:
        """Words from ``j`` on (two to four, in one part) are a unit's name: ``Buôn Choah``,
        ``Phong Niên`` start with a street word (``buôn``, ``phòng`` without its marks)."""
        known = self.g.known
        name = ws[j].ascii
        for k in range(j + 1, min(j + MAX_NAME, len(ws))):
            if ws[k].sep >= WEAK:
                break
            name = f"{name} {ws[k].ascii}"
            if name in known:
                return True
        return False

    def repairer(self) -> OcrRepair:
        """OCR repairs checked against the syllables of every unit name, type word and street word."""
        if self._ocr is None:
            found = set(self._syllables())
            found.update(k for k in TYPE_WORDS if k not in ("thanhpho", "thixa", "thitran"))
            found.update(w for pair in TWO_WORD_TYPES for w in pair)
            found.update(STREET_WORDS)
            found.update(ENGLISH)
            self._ocr = OcrRepair(frozenset(found), self.g.known)
        return self._ocr

    def read(self, ref: Reference) -> Resolution:
        located = self.located_whole(str(ref.address))
        if located is None:
            if abroad(str(ref.address)):
                return Resolution(Status.UNMATCHED, note="an address abroad", reason=Reason.NO_UNIT_FOUND)
            if any(ch.isalnum() for ch in str(ref.address)):  # only a country, a phone number...
                return Resolution(Status.UNMATCHED, note="no administrative unit found", reason=Reason.NO_UNIT_FOUND)
            return Resolution(Status.EMPTY)
        res = located[0].resolution.with_street(located[1])
        if ref.has_columns():
            return self._combine(ref, res)
        return res

    def readings(self, address: str) -> tuple[Reading, ...]:
        """The readings considered for an address, best first (what ``explain`` shows)."""
        located = self.located_whole(address)
        return located[0].readings if located is not None else ()

    def _first_start(self, ws: Sequence[Word]) -> int:
        """The first word that can start a unit: the words before it are street for sure, and
        the cache key leaves them out (addresses that differ only there share one reading)."""
        first_words = self.g.first_words
        for i, w in enumerate(ws):
            a = w.ascii
            if a in first_words or a in TYPE_WORDS or a in ENGLISH or a in TYPO_TYPES:
                # A street word right before a name is kept: the name is the hamlet's (``Thôn Thuận An``).
                return i - 1 if i and w.sep == SPACE and self._names_a_place(ws, i) else i
            if a.isdigit() and w.sep >= WEAK and (i + 1 == len(ws) or ws[i + 1].sep >= WEAK):
                return i  # a bare number between separators: a numbered ward or district
            if self._damaged_first(ws, i):
                return i
        return len(ws) - 1

    def _damaged_first(self, ws: Sequence[Word], i: int) -> bool:
        """Word ``i`` starts a part, is no word of any unit's name, street or hamlet, and the word
        after it in the part is one of a name: a name whose first word is misspelt (``Bnh Hoà,
        Bến Tre``: Bình Hoà), which a near look may read."""
        w = ws[i]
        if (i and w.sep < WEAK) or i + 1 >= len(ws) or ws[i + 1].sep != SPACE:
            return False
        a, syllables = w.ascii, self._syllables()
        if len(a) < 2 or not a.isalpha() or a in _HAMLET_OR_STREET or ws[i + 1].ascii not in syllables:
            return False
        # A word of names is no damage, but one letter off a name's first word may be (``Loong Hải``,
        # ``Lon Đức``: Long).
        return a not in syllables or (len(a) >= 3 and self._one_letter_off_first(a))

    def _one_letter_off_first(self, a: str) -> bool:
        """Folded word ``a`` is the first word of a name with a letter doubled, added, dropped or
        changed (``loong``, ``lon``, ``lonh``: long)."""
        if self._first_less_one is None:
            self._first_less_one = frozenset(
                f[:k] + f[k + 1 :] for f in self.g.first_words if len(f) >= 3 for k in range(len(f))
            )
        dropped, first = self._first_less_one, self.g.first_words
        if a in dropped:
            return True
        for k in range(len(a)):
            d = a[:k] + a[k + 1 :]
            if d in first or d in dropped:
                return True
        return False

    # ----- pieces -------------------------------------------------------------------------
    def _pieces(self, ws: Sequence[Word], end: int, level: str, scope: Any) -> list[Piece]:
        """Pieces of ``level`` that end at word ``end`` (exclusive), inside ``scope``."""
        self._level = level
        out: list[Piece] = []
        lowest = max(end - MAX_NAME - 2, self._part[end - 1])  # a piece never crosses a comma
        spans, types, stride = self._spans, self._types, self._stride
        english_last = ws[end - 1].ascii in ENGLISH
        for start in range(end - 1, lowest - 1, -1):
            w = ws[start]
            folded = w.ascii
            if types[start] is None and not english_last and folded not in ENGLISH:
                # The common case, as ``_forms`` would list it: the words as a name, or after a
                # damaged type word. Most runs name nothing and are not marked off by separators:
                # no piece (the first test of ``_piece``, made here without the call).
                if end - start <= MAX_NAME:
                    at = start * stride + end
                    span = spans[at]
                    if span is None:
                        span = spans[at] = self._span(ws, start, end)
                    if span[3] or not (w.sep < WEAK or folded in STREET_WORDS or end - start > 4):
                        piece = self._piece(ws, start, end, start, end, None, level, scope, span)
                        if piece is not None:
                            out.append(piece)
                if start + 1 < end and w.sep >= WEAK and self._damaged_type(folded):
                    piece = self._piece(ws, start, end, start + 1, end, DAMAGED, level, scope)
                    if piece is not None:
                        out.append(piece)
                continue
            for typed, name_start, name_end in self._forms(ws, start, end, level):
                if typed is None and name_end - name_start <= MAX_NAME:
                    # Most runs name nothing and are not marked off by separators: no piece
                    # (the first test of ``_piece``, made here without the call).
                    at = name_start * stride + name_end
                    span = spans[at]
                    if span is None:
                        span = spans[at] = self._span(ws, name_start, name_end)
                    if not span[3] and (
                        ws[start].sep < WEAK or ws[start].ascii in STREET_WORDS or name_end - name_start > 4
                    ):
                        continue
                piece = self._piece(ws, start, end, name_start, name_end, typed, level, scope)
                if piece is not None:
                    out.append(piece)
        return out

    def _forms(self, ws: Sequence[Word], start: int, end: int, level: str) -> list[tuple[TypeWord | None, int, int]]:
        forms: list[tuple[TypeWord | None, int, int]] = []
        tw = self._types[start]
        # A type word stands right before its name (``Xã Tân Xã - Đông Anh``: the second ``Xã`` ends a name).
        if (
            tw is not None
            and start + tw.size < end
            and level in LEVELS[tw.canonical]
            and (ws[start + tw.size].sep <= SPACE or ws[start + tw.size - 1].dot)
        ):
            forms.append((tw, start + tw.size, end))
        first, last = ws[start].ascii, ws[end - 1].ascii
        if first in ENGLISH and first != "zone" and first != "region" and start + 1 < end:
            for canonical in ENGLISH[first]:
                if level in LEVELS[canonical]:
                    forms.append((TypeWord(canonical, 1, 3.0), start + 1, end))
        if last in ENGLISH and start + 1 < end:
            # ``Phu Quy Special Zone``, ``Special administrative region``: an English type word of
            # two or three words.
            size = 1
            if last == "zone" or last == "region":
                size = 3 if end - start > 3 and ws[end - 2].ascii == "administrative" else 2
            if (size == 1 or (start + size < end and ws[end - size].ascii == "special")) and not (
                ws[start].sep == SPACE and self._ends_longer_name(start, end - size)
            ):  # ``Bac Thai Ninh Commune``: Xã Bắc Thái Ninh, not Thái Ninh after a stray word
                for canonical in ENGLISH[last]:
                    if level in LEVELS[canonical]:
                        forms.append((TypeWord(canonical, 0, 3.0), start, end - size))
        if end - start <= MAX_NAME:
            forms.append((None, start, end))
        w = ws[start]
        if tw is None and start + 1 < end and w.sep >= WEAK and self._damaged_type(w.ascii):
            forms.append((DAMAGED, start + 1, end))  # ``Tỉnb Tiền Giang``: a type word damaged
        return forms

    def _damaged_type(self, folded: str) -> bool:
        """A short unknown word (after a separator, before a name) taken for a damaged type word."""
        short = len(folded) <= 6 and not folded.isdigit() and folded != "d"  # ``Đ.``: đường
        return short and folded not in self.g.first_words and folded not in STREET_WORDS and folded not in LANDMARKS

    def _piece(
        self,
        ws: Sequence[Word],
        start: int,
        end: int,
        name_start: int,
        name_end: int,
        typed: TypeWord | None,
        level: str,
        scope: Any,
        span: tuple[str, str, bool, bool] | None = None,
    ) -> Piece | None:
        if name_end - name_start > MAX_NAME:
            return None
        if level == C and typed is None and start and ws[start].sep == WEAK and self._ends_province_name(start, end):
            # ``Tỉnh Bà Rịa - Vũng Tàu, Thành phố Vũng Tàu, P9``: the end of the province's name
            # after a dash, no Phường Vũng Tàu.
            return None
        if (
            typed is None
            and start
            and name_end - name_start == 1
            and ws[start].sep == SPACE
            and ws[start].ascii.isdigit()
            and (
                ws[start - 1].ascii in HAMLET_WORDS
                or ws[start - 1].ascii in STREET_WORDS
                or ws[start - 1].ascii in _FLOOR_WORDS
            )
            and not (start > 1 and ws[start - 1].ascii == "so" and self._types[start - 2] is not None)
        ):
            # ``Tổ 5``, ``Ấp 6``, ``Số 12``, ``Lầu 6``: a group's, a hamlet's, a house's number or a
            # floor's, no unit (``Phường số 2`` is the ward's).
            return None
        types = self._types
        if typed is None and start and self._attached(ws, start):
            # The type word before belongs to this name: the piece is read typed instead.
            before = types[start - 1]
            if (
                before is not None
                and before.strength >= 4.0
                and before.size == 1
                and not self._ends_name(ws, start - 1)
            ):
                return None
            two_before = types[start - 2] if start > 1 else None
            if two_before is not None and two_before.size == 2:
                return None
        if span is None:
            spans = self._spans
            at = name_start * self._stride + name_end
            span = spans[at]
            if span is None:
                span = spans[at] = self._span(ws, name_start, name_end)
        folded, key, marks, known = span
        natural = self._natural(ws, start, end, typed)
        if not known:
            first = ws[name_start].ascii
            if not natural or (typed is None and (first in STREET_WORDS or name_end - name_start > 4)):
                return None  # no name of the registers, and not marked off for a fuzzy look
            repaired = _ocr_repaired(folded)
            if repaired != folded and (repaired in self.g.known or repaired.replace(" ", "") in self.g.known):
                folded, key, marks = repaired, "", True  # letters misread by OCR: a name with wrong marks at best
        type_word = typed.canonical if typed is not None else None
        memo_key = (level, folded, key, marks, natural, scope)
        found = self._found.get(memo_key)
        if found is None:
            if len(self._found) >= HITS:
                self._found.clear()
            found = self._found[memo_key] = self._lookup(level, folded, key, marks, natural, scope)
        if not found.hits and not found.new_hits:
            return None
        if typed is None and len(folded) == 2 and found.hits and all(h.quality == INITIALS for h in found.hits):
            return None  # two initials name a district only typed (``Q.TB``; ``Tỉ;nh`` leaves no ``nh``)
        points, found = self._points(ws, start, end, name_start, typed, type_word, found)
        hits, new_hits, best, fuzzy = found.hits, found.new_hits, found.best, found.fuzzy
        if typed is not None:
            firm = typed.strength >= 3.0 and type_word is not None and best > MARKED and not fuzzy
        else:
            firm = ws[start].sep >= WEAK and best >= PLAIN and not fuzzy
        strength = typed.strength if typed else 0.0
        return Piece(level, start, end, type_word, strength, hits, new_hits, points, firm, name_start)

    def _ends_name(self, ws: Sequence[Word], i: int) -> bool:
        """Word ``i`` (a type word) ends a unit's name with the words before it in the same part
        (``MY PHUONG BA BE``: Mỹ Phương, then Ba Bể; not Phường Ba Bể)."""
        if ws[i].sep != SPACE:
            return False
        known, folded = self.g.known, self._folded
        name = folded[i]
        for k in range(i - 1, max(i - MAX_NAME, self._part[i]) - 1, -1):
            name = f"{folded[k]} {name}"
            if name in known:
                return True
            if ws[k].sep != SPACE:
                break
        return False

    def _span(self, ws: Sequence[Word], start: int, end: int) -> tuple[str, str, bool, bool]:
        """Keys of words ``start:end``, and whether any unit is named so. A run that names
        nothing needs no diacritic key (it is only looked up fuzzily): it gets none."""
        known = self.g.known
        if end - start == 1:
            folded = self._folded[start]
            if folded in known or (" " in folded and folded.replace(" ", "") in known):  # ``12/3`` is ``12 3``
                return folded, self._keys[start], self._marks[start], True
            return folded, "", False, False
        folded = " ".join(self._folded[start:end])
        if folded in known or folded.replace(" ", "") in known:
            return folded, " ".join(self._keys[start:end]), any(self._marks[start:end]), True
        return folded, "", False, False

    def _lookup(self, level: str, folded: str, key: str, marks: bool, natural: bool, scope: Any) -> Found:
        """Units of ``level`` inside ``scope`` named ``folded`` (old register, new register)."""
        if level == P:
            old_p, new_p = self._province_hits(folded, key, marks, natural)
            return Found(old_p, new_p)
        if level == D:
            return Found(self._district_hits(folded, key, marks, natural, scope), [])
        old_c, new_c, shadowed = self._commune_hits(folded, key, marks, natural, scope)
        return Found(old_c, new_c, shadowed)

    def _natural(self, ws: Sequence[Word], start: int, end: int, typed: TypeWord | None) -> bool:
        """A piece the writer marked off: typed, or between separators (fuzzy names allowed)."""
        if self._exact_only:
            return False
        first_type = self._types[start]
        if typed is None and first_type is not None:
            # A type word read as part of the name: only an exact name (``TP HCM``); a full type
            # word of another level names that level (``Quận Gò Vấp`` is no misspelt province).
            full = first_type.size == 2 or ws[start].ascii in FULL_WORDS
            if full or self._level in LEVELS[first_type.canonical]:
                return False
        # Marked off at its end by a separator, a type word, or the name of the unit above it
        # (``Huyện Gò Quo Kiên Giang``: the province named exactly ends the district's name).
        ends_well = end == len(ws) or ws[end].sep >= WEAK or self._types[end] is not None or end == self._bound
        # Marked off at its start by a separator, or, for the province, by the typed unit's name
        # before it (``H. TÂN UYÊN LAI HÂU``: see ``_province_after``).
        return ends_well and (typed is not None or ws[start].sep >= WEAK or (self._level == P and start == self._bound))

    def _province_hits(
        self, folded: str, key: str, marks: bool, natural: bool
    ) -> tuple[list[Hit[OldProvince]], list[Hit[NewProvince]]]:
        old = self.g.old_provinces.find(folded, key, marks)
        new = self.g.new_provinces.find(folded, key, marks)
        if (
            not old
            and not new
            and natural
            and len(folded) >= 4
            and not any(ch.isdigit() for ch in folded)
            and not self.r.history().earlier_name_folded(folded, P)  # (``Hà Tây``: no Hà Giang misspelt)
        ):
            old = self.g.fuzzy("P", folded, self.g.old_provinces.units)
            new = self.g.fuzzy("NP", folded, self.g.new_provinces.units)
            if not old and not new and " " in folded:
                old, new = self._provinces_heard(folded)
        return old, new

    def _provinces_heard(self, folded: str) -> tuple[list[Hit[OldProvince]], list[Hit[NewProvince]]]:
        """The provinces whose name sounds as ``folded`` is written, in a dialect's merges, too
        far in letters for a near name (``Hồ Trí Minh``, ``Đồng Lai``, ``Hà Dang``, ``Xơn La``):
        near names of the province (their ratio as quality)."""
        if self._heard_provinces is None:
            table: dict[str, tuple[list[OldProvince], list[NewProvince]]] = {}
            for p in self.reg.old_provinces.values():
                table.setdefault(heard(ascii_key(p.short_name)), ([], []))[0].append(p)
            for q in self.reg.new_provinces.values():
                table.setdefault(heard(ascii_key(q.short_name)), ([], []))[1].append(q)
            self._heard_provinces = table
        found = self._heard_provinces.get(heard(folded))
        if found is None:
            return [], []
        near = Levenshtein.normalized_similarity
        olds = [Hit(p, near(folded, ascii_key(p.short_name)) * 100, True) for p in found[0]]
        news = [Hit(q, near(folded, ascii_key(q.short_name)) * 100, True) for q in found[1]]
        return olds, news

    def _district_hits(
        self, folded: str, key: str, marks: bool, natural: bool, provinces: Sequence[str]
    ) -> list[Hit[OldDistrict]]:
        hits = self.g.old_districts.find(folded, key, marks)
        if provinces:
            hits = [h for h in hits if h.unit.province_code in provinces]
            if not hits:
                hits = [Hit(d, INITIALS) for d in self._initials_named(folded, provinces, natural)]
            if not hits and natural and len(folded) >= 3 and not any(ch.isdigit() for ch in folded):
                scope = "D" + ",".join(provinces)
                members = self._members("D", provinces)
                hits = self.g.fuzzy(scope, folded, members, one_edit=self._one_edit(folded, D))
                if not hits and " " in folded and self._one_edit(folded, D) and not self._unit_named(folded, provinces):
                    # Spelt as a dialect hears it (``Huyện Dao Thủy``, ``Trợ Gạo``, ``Cái Giăng``):
                    # the districts of the province that sound so, as near names (not a unit's own
                    # name: ``Nam Giang`` is a commune of Nam Đàn too).
                    near = Levenshtein.normalized_similarity
                    hits = [
                        Hit(d, near(folded, ascii_key(d.short_name)) * 100, True)
                        for d in self._by_sound(scope, members).get(heard(folded), ())
                        if d_agrees(key or folded, name_key(d.short_name))
                    ]
        return hits

    def _unit_named(self, folded: str, provinces: Sequence[str]) -> bool:
        """Whether a commune of old ``provinces`` (or of the new ones they went into) is named
        ``folded``."""
        olds = self.reg.old_provinces
        return any(folded in self._names_of_province(olds[p].new_code) for p in provinces if p in olds)

    def _initials_named(self, folded: str, provinces: Collection[str], two: bool) -> list[OldDistrict]:
        """The old districts of ``provinces`` whose initials ``folded`` is (``dda``, ``hbt``); with
        ``two``, also by the two initials of a two-word name (``Q.TB``, ``Q. GV``: marked off and
        inside its province; alone, two letters are too often something else)."""
        initials = self.g.district_initials.get(folded) or self.g.district_initials.get(folded.replace(" ", ""))
        hits = [d for d in initials or () if d.province_code in provinces]
        if not hits and two and len(folded) == 2 and folded.isalpha():
            hits = [d for d in self._two_initials().get(folded, ()) if d.province_code in provinces]
        return hits

    def _two_initials(self) -> dict[str, list[OldDistrict]]:
        """Districts whose names have two words, by their initials (``tb``: Tân Bình), but not
        initials that are type words or common abbreviations (``tp``, ``tx``, ``hn``)."""
        if self._initials is None:
            found: dict[str, list[OldDistrict]] = {}
            for (_, key), districts in self._districts_by_initials().items():
                if len(key) == 2 and key not in TYPE_WORDS and key not in _NOT_INITIALS:
                    found.setdefault(key, []).extend(districts)
            order = {code: i for i, code in enumerate(self.reg.old_districts)}  # the register's
            self._initials = {key: sorted(ds, key=lambda d: order[d.code]) for key, ds in found.items()}
        return self._initials

    def _scope_members(self, kind: str, codes: tuple[str, ...]) -> list[Any]:
        """The units fuzzy names are looked for among: communes of districts (``C``) or of
        provinces (``CP``), new communes of new provinces (``CN``), districts of provinces (``D``)."""
        g = self.g
        table: dict[str, list[Any]] = g.districts_by_province
        if kind == "CN":
            table = g.new_by_province
        elif kind != "D":
            table = g.communes_by_district if kind == "C" else g.communes_by_province
        return [u for code in codes for u in table[code]]

    def _nearer_register(
        self,
        folded: str,
        inside: list[Hit[Any]],
        provinces: tuple[str, ...],
        new_too: tuple[str, ...],
        made: set[str] | None = None,
    ) -> tuple[list[Hit[Any]], list[Hit[NewCommune]]]:
        """The near names of the old communes of ``provinces`` (``inside``) and of the new ones of
        ``new_too`` that stand: the nearer register's by the letters changed, not by the ratio
        (a name of the same words in another order is one letter off: ``Xa Son Cam``, Cẩm Sơn, or
        Sơn Lâm); both where they are as near, neither above the other by its ratio. ``made``:
        the old provinces written, the new communes made (in part) of them only."""
        near: list[Hit[NewCommune]] = self.g.fuzzy(
            "CN" + ",".join(new_too), folded, self._members("CN", new_too), one_edit=True
        )
        if made is not None and near:
            came_from = self._came_from(P)
            # (Not a name as written with other marks: ``Quy Nhơn Đống`` is no Quy Nhơn Đông, as
            # ``Thái Thủy`` is no Thái Thụy in the exact look-up.)
            near = [h for h in near if ascii_key(h.unit.short_name) != folded]
            kept = [h for h in near if came_from[h.unit.code] & made]
            if len(kept) < len(near) and self._edits(folded, [h for h in near if h not in kept]) <= self._edits(
                folded, kept
            ):
                kept = []  # (``P.Đồng Văk, Tỉnh Nam Định``: Đồng Văn of Hà Nam nearest, no Đông A of Nam Định)
            near = kept
        if not near:
            return inside, []
        theirs = self._edits(folded, near)
        if inside:
            ours = self._edits(folded, inside)
        else:  # (several old names as near, none read alone: ``Xa Tấn Mn``, Tấn Mỹ and Tân An)
            scope = "CP" + ",".join(provinces)
            ours, nearest = self.g.nearest_by_edits(scope, folded, self._members("CP", provinces))
            if ours == theirs:
                inside = nearest
        if theirs < ours:
            return [], near
        if theirs > ours:
            return inside, []
        level = min(h.quality for h in (*inside, *near))
        return [Hit(h.unit, level, True) for h in inside], [Hit(h.unit, level, True) for h in near]

    @staticmethod
    def _edits(folded: str, hits: Sequence[Hit[Any]]) -> int:
        """Letters changed (spaces aside) from ``folded`` to the nearest name of ``hits``; a name of
        the same words in another order counts one."""
        bare, order = folded.replace(" ", ""), sorted(folded.split())
        best = 99
        for h in hits:
            name = ascii_key(h.unit.short_name)
            best = min(best, 1 if sorted(name.split()) == order else OSA.distance(bare, name.replace(" ", "")))
        return best

    def _one_edit(self, folded: str, level: str = C) -> bool:
        """Whether a commune's (district's, ``level`` D) name one letter off ``folded`` may be read
        under the fuzzy cutoff: not where ``folded`` is a commune's (district's) own name in an
        earlier register (``Xã Hà Vân``, Hoạt Giang since 2019; ``phường An Hội``, merged in 2020:
        read there)."""
        return not self.r.history().earlier_name_folded(folded, level)

    def _commune_hits(
        self,
        folded: str,
        key: str,
        marks: bool,
        natural: bool,
        scope: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str],
    ) -> tuple[list[Hit[Any]], list[Hit[NewCommune]], Sequence[Hit[NewCommune]]]:
        districts, provinces, new_too, made_of = scope
        old: list[Hit[Any]] = self.g.old_communes.find(folded, key, marks)
        new: list[Hit[NewCommune]] = []
        if new_too:
            new = [h for h in self.g.new_communes.find(folded, key, marks) if h.unit.province_code in new_too]
            if made_of:
                # Written with an old province (P) or district (D): only a new commune made (in
                # part) of its communes.
                # The name as written, not with other marks (``Thái Thủy`` is no ``Thái Thụy``).
                came_from, parents = self._came_from(made_of), set(districts if made_of == D else provinces)
                new = [h for h in new if came_from[h.unit.code] & parents and h.quality >= PLAIN]
        if districts:
            inside = [h for h in old if h.unit.district_code in districts]
            if natural and marks and inside and all(h.quality == MARKED for h in inside) and _all_marked(key):
                inside = self._marked_rivals(key, inside, self._members("C", districts))
            if inside and made_of == D:
                if new and len(districts) > 1 and self._from_another(inside, new, self._came_from(D)):
                    # ``Châu Thành, Huyện Châu Thành, TP. Cần Thơ``: the district's name is two
                    # districts of the province (Hậu Giang's and Sóc Trăng's); the old commune of
                    # that name is in one, a new commune of that name was made of the other: both
                    # read, the text does not say which.
                    return inside, new, ()
                # A commune of that name in the district written: the old form, read as such.
                return inside, [], new
            if not inside and natural and len(folded) >= 3 and not folded.isdigit() and not self._a_province(folded):
                inside = self.g.fuzzy(
                    "C" + ",".join(districts), folded, self._members("C", districts), one_edit=self._one_edit(folded)
                )
            return inside, new, ()
        if provinces:
            inside = [h for h in old if h.unit.province_code in provinces]
            if not inside and natural and len(folded) >= 4 and not folded.isdigit() and not self._a_province(folded):
                one_edit = self._one_edit(folded)
                inside = self.g.fuzzy(
                    "CP" + ",".join(provinces), folded, self._members("CP", provinces), one_edit=one_edit
                )
                syllables = folded.split()
                if (
                    new_too
                    and one_edit  # (a name of an earlier register is read there: ``Xã Nghĩa An``)
                    and not new
                    and made_of != D
                    and len(syllables) > 1
                    and all(w.isalpha() and len(w) > 1 for w in syllables)
                ):
                    # A commune of 2025 misspelt with its new province (``Phường Long Khanhs, Đồng
                    # Nai``), or with the old one it was made of (``Xã Quảng Trâu, Nghệ An``): near
                    # among the province's new communes too (a letter alone is an initial: ``X.
                    # P.Bảng``; a number is a ward's: ``phường 4Q.Phú Nhuận``).
                    made = set(provinces) if made_of == P else None
                    inside, new = self._nearer_register(folded, inside, provinces, new_too, made)
            return inside, new, ()
        return old, new, ()

    @staticmethod
    def _from_another(old: list[Hit[Any]], new: list[Hit[NewCommune]], came_from: dict[str, frozenset[str]]) -> bool:
        """A new commune made of none of the districts the old communes are in."""
        districts = {h.unit.district_code for h in old}
        return any(not came_from[h.unit.code] & districts for h in new)

    def _a_province(self, folded: str) -> bool:
        """Whether a name is a province's, old or new (``lam dong``): written for a commune, it is
        the province written twice (``..., Lam Dong, Lam Dong``), never a near name of a commune
        (Nam Dong)."""
        if self._province_names is None:
            names = [p.short_name for p in self.reg.old_provinces.values()]
            names += [p.short_name for p in self.reg.new_provinces.values()]
            self._province_names = frozenset(ascii_key(n).replace("-", " ").replace("  ", " ") for n in names)
        return folded in self._province_names

    def _marked_rivals(self, key: str, hits: list[Hit[Any]], members: list[Any]) -> list[Hit[Any]]:
        """Communes whose letters fit but not their marks (``Lộc ấn`` in Lộc Ninh: Lộc An), with
        the communes of the district as near by their marked names (Lộc Tấn, a letter lost and
        its marks kept): the evidence does not choose between them."""
        keys = self.g.old_communes.keys
        key = key.replace("~", "")  # a tone is one letter of the key: ``lôc4 ân1``
        near = min(
            [Levenshtein.distance(key, k.replace("~", "")) for h in hits for k in keys.get(h.unit.code, ())] or [0]
        )
        if near == 0:
            return hits
        codes = {h.unit.code for h in hits}
        # Also a name of the same syllables in another order (``Thành Bình`` in Thanh Bình:
        # Bình Thành), as people misremember one.
        order = sorted(key.split()) if " " in key else None
        rivals = [
            Hit(u, MARKED, True)
            for u in members
            if u.code not in codes
            and any(
                Levenshtein.distance(key, k.replace("~", ""), score_cutoff=near) <= near
                or (order is not None and sorted(k.replace("~", "").split()) == order)
                for k in keys.get(u.code, ())
            )
        ]
        return [*hits, *rivals] if rivals else hits

    def _earlier_type(self, code: str, start: int, end: int, type_word: str) -> bool:
        """Words ``start:end`` are an earlier name of old commune ``code`` that had another type
        than ``type_word`` (see ``_earlier_types``)."""
        earlier = self._earlier_types.get(code)
        if earlier is None:
            return False
        written = earlier.get(" ".join(self._folded[start:end]))
        return written is not None and written != type_word

    def _points(
        self,
        ws: Sequence[Word],
        start: int,
        end: int,
        name_start: int,
        typed: TypeWord | None,
        type_word: str | None,
        found: Found,
    ) -> tuple[float, Found]:
        """Points of a piece; hits narrowed to the written type word when some agree."""
        bonus = 0.0
        if typed is DAMAGED:
            bonus = typed.strength
        elif typed is not None and type_word is not None:
            hits, new_hits = found.hits, found.new_hits
            earlier = self._earlier_types
            agree = []
            for h in hits:
                unit = h.unit
                if unit.type == type_word and (
                    unit.code not in earlier or not self._earlier_type(unit.code, name_start, end, type_word)
                ):
                    agree.append(h)
            later = self._later_types
            agree_new = []
            for h in new_hits:
                unit = h.unit
                if unit.type == type_word or (unit.code in later and type_word in later[unit.code]):
                    agree_new.append(h)
            if not agree and not agree_new and found.shadowed:
                # ``X. Châu Thành, huyện Châu Thành, Thành phố Cần Thơ``: not the old Thị trấn
                # Châu Thành of the district's namesake in Sóc Trăng, the new Xã Châu Thành.
                agree_new = [
                    h for h in found.shadowed if h.unit.type == type_word or type_word in later.get(h.unit.code, ())
                ]
            if agree or agree_new:
                if len(agree) != len(hits) or len(agree_new) != len(new_hits):
                    found = Found(agree, agree_new)
                bonus = typed.strength
            else:
                bonus = -1.0  # the name fits, the type word does not (a town since made a ward...)
                hits = [Hit(h.unit, min(h.quality, MARKED), h.fuzzy) for h in hits]
                new_hits = [Hit(h.unit, min(h.quality, MARKED), h.fuzzy) for h in new_hits]
                found = Found(hits, new_hits)
        else:
            first = ws[name_start]
            if first.ascii.isdigit():
                bonus -= 3.0  # a bare number
            if first.ascii in STREET_WORDS:
                bonus -= 5.0
            if first.sep == SPACE:
                before = ws[start - 1] if start else None
                if before is not None and self._names_a_place(ws, start):
                    # The name of the hamlet or street before it (``Thôn Thuận An``: hamlets keep the
                    # names of merged communes; ``Đường Mỹ Quí``), not a commune.
                    bonus -= 10.0
                elif before is not None and before.ascii.isdigit():
                    bonus -= 0.5
                elif before is not None and self._inside_name(ws, start):
                    # ``271A Hùng Vương – Tiên Lữ``: one word that ends a longer name (a street
                    # named after a king), not Thị trấn Vương.
                    bonus -= 5.0
                elif before is not None and self._ends_longer_name(start, end):
                    # ``Toàn Thắng, Hiệp Hòa``: the whole part is a name (Xã Toàn Thắng), not a
                    # stray word before Thị trấn Thắng (beyond the margin).
                    bonus -= MARGIN + 1.0
                else:
                    bonus -= 1.5
            elif first.sep == GLUED and start:
                bonus -= 3.0
            elif first.sep == WEAK and start and ws[start - 1].dot and ws[start - 1].ascii == "d":
                bonus -= 10.0  # ``Đ. Quang Đông``: đường abbreviated, a street named after a unit
        return found.points + bonus, found

    def _ends_province_name(self, start: int, end: int) -> bool:
        """The piece from word ``start`` to ``end`` ends a province's name begun, after the
        province's type word, by the words of its part before it (``Tỉnh Bà Rịa - Vũng Tàu``,
        ``T. Thừa Thiên - Huế``)."""
        forms, types = self._province_names_folded(), self._types
        for j in range(max(self._part[start], start - 3, 1), start):
            typed = types[j - 1]
            if typed is not None and P in LEVELS[typed.canonical] and " ".join(self._folded[j:end]) in forms:
                return True
        return False

    def _ends_longer_name(self, start: int, end: int) -> bool:
        """The words of the part from its first word on, up to the piece's end, name a unit:
        a piece that starts inside them is the end of that name."""
        first = self._part[start]
        return first < start and " ".join(self._folded[first:end]) in self.g.known

    def _inside_name(self, ws: Sequence[Word], start: int) -> bool:
        """Word ``start`` alone ends its part right after a word of a name (``271A Hùng Vương –
        Tiên Lữ``): the end of a longer name, a street's, more likely than a unit of one word."""
        end = start + 1
        if end < len(ws) and ws[end].sep < WEAK:
            return False
        a = ws[start - 1].ascii
        if (
            self._types[start - 1] is not None
            or a[:1].isdigit()
            or a in STREET_WORDS
            or a in HAMLET_WORDS
            or a in ENGLISH
        ):
            return False
        k = start - 1
        while k > 0 and ws[k].sep == SPACE:
            k -= 1
        if k == 0 and ws[0].sep == SPACE and ws[0].start > 0:
            return True  # the words before, left out of this reading, were street for sure
        first = ws[k].ascii  # the run starts with a house number or a street word: a street's name
        return (first[:1].isdigit() or first in STREET_WORDS) and first not in HAMLET_WORDS

    @staticmethod
    def _names_a_place(ws: Sequence[Word], start: int) -> bool:
        """The word before ``start`` is a hamlet or street word whose name follows (``Thôn``,
        ``Khu phố``, ``Tổ dân phố``, ``Đường``), not a type word (``Thành phố``)."""
        before = ws[start - 1]
        if before.ascii == "cu" and start > 1 and ws[start - 2].ascii == "dan":
            return True  # ``Khu dân cư Xuân Lãng``: a residential quarter's name
        if _landmark_starts(ws, start):
            return True  # ``Bến xe Tân Thạnh``, ``Chợ Tân Thạnh``: named after a place
        if before.marks and before.key not in STREET_KEYS:
            return False  # ``Phổ``, ``Sơ``: names
        if (
            before.ascii in _NAME_ENDS
            and start > 1
            and before.sep == SPACE
            and not ws[start - 2].ascii.isdigit()
            and ws[start - 2].ascii not in STREET_WORDS
            and ws[start - 2].ascii not in HAMLET_WORDS
        ):
            return False  # the end of a name (``Võ Văn Kiệt``, ``Lý Thái Tổ``), not an alley or a group
        if before.ascii in HAMLET_WORDS:
            return True
        if before.ascii not in NAMED_STREETS:
            return False
        return before.ascii != "pho" or start < 2 or ws[start - 2].ascii not in ("thanh", "hanh", "t")

    # ----- readings -----------------------------------------------------------------------
    def interpret(self, ws: Sequence[Word], text: str) -> Interpretation:
        """The readings of words ``ws`` of ``text`` (offsets of the words are into ``text``)."""
        self._source = text
        n = len(ws)
        types: list[TypeWord | None] = []
        part: list[int] = []
        strong: list[int] = []
        first = weak = 0  # the first word of the current comma-separated part; the last one after a mark
        for i, w in enumerate(ws):
            a = w.ascii
            two_or_typed = a in TWO_WORD_FIRST or a[-1:] in _TONE_KEYS  # ``thị xã``, ``Thij xã``
            types.append(_type_at(ws, i, n) if two_or_typed else _one_word_type(a, w.key, w.marks))
            sep = w.sep
            if sep >= WEAK and i:
                weak = i
                if sep == STRONG:
                    strong.append(i)
                    first = i
            part.append(first)
        for i in range(1, n - 2):
            if types[i] is None and ws[i].ascii in _CUT_FIRST and (ws[i].ascii, ws[i + 1].ascii) in _CUT_TYPES:
                types[i] = self._city_cut_short(ws, part, i)
        self._types, self._part, self._strong = types, part, strong
        self._folded = [w.ascii for w in ws]
        self._marks = [w.marks for w in ws]
        # An address written without a single diacritic says nothing of its names' marks: ``NGA
        # THANH`` fits Xã Nga Thanh no better than Xã Nga Thành, its neighbour (no key: both plain).
        self._keys = [w.key for w in ws] if any(self._marks) else [""] * n
        for i, w in enumerate(ws):
            # ``My4 Hòa``: Mỹ Hòa, a VNI digit left in one word (not Telex letters: ``Uar``, ``Ia
            # Piar``, ``Đăk Mar`` are names as they are).
            if w.ascii[-1:] in _VNI_TONES and not w.ascii.isdigit():
                typed = _name_residue(w.text)
                if typed is not None:
                    self._folded[i], self._keys[i], self._marks[i] = typed
        self._stride = n + 1
        self._spans = [None] * (self._stride * self._stride)
        self._level, self._bound = P, -1  # nothing of the last address read
        typed_ends = self._typed_in_street(ws)
        plain = self._plain(ws, typed_ends)
        if plain is not None:
            return plain
        readings: list[Reading] = []
        found = self._inner_names_dropped(ws, self._pieces(ws, n, P, None))
        # Without a firm province at the end, the address may end with its district or commune.
        provinces: list[Piece | None] = [*found] if any(p.firm for p in found) else [*found, None]
        tail = strong[-1] if strong else 0
        if not tail or n - tail > 4:
            tail = weak
        if tail > 1 and ws[tail].sep == WEAK and ws[tail - 1].dot and self._types[tail - 1] is not None:
            tail -= 1  # the part starts with its type word (``T. Tuyên``, ``TP.H``: cut inside the name)
        if tail and n - tail <= 4 and self._unread_tail(ws, tail) and not any(p.start == tail for p in found):
            # The last part names nothing known: a province too damaged to read (``Ph Yên``).
            provinces.append(Piece(P, tail, n, None, 0.0, [], [], -UNREAD_PENALTY))
        if not any(p.firm for p in found) and (after := self._after_typed_name(ws)) > 0:
            provinces.extend(self._province_after(ws, after, found))
        for prov in provinces:
            p_end = prov.start if prov is not None else n
            extended: set[int] = set()  # districts of the provinces a new province was made of
            old_p = tuple(sorted({h.unit.code for h in prov.hits})) if prov is not None else ()
            if prov is not None and not old_p:
                old_p = tuple(sorted({c for h in prov.new_hits for c in self._old_codes_of_new(h.unit.code)}))
            self._bound = p_end if prov is not None and _exact(prov) else -1
            found_d = self._pieces(ws, p_end, D, old_p) if p_end > 0 else []
            if not old_p:
                found_d = [d for d in found_d if d.hits and (d.type or any(h.quality >= PLAIN for h in d.hits))]
            elif prov is not None and prov.new_hits and p_end > 0:
                # A new province written with an old district (``Huyện Vĩnh Tường, Phú Thọ``): the
                # districts of the provinces it was made of, written firmly. Beside a district of
                # the old province of that name, its namesakes there (``X. Bình An, Huyện Châu Thành,
                # An Giang``: Kiên Giang's Châu Thành has Xã Bình An, An Giang's has none).
                merged = {c for h in prov.new_hits for c in self._old_codes_of_new(h.unit.code)} - set(old_p)
                if merged:
                    firm = {(d.start, d.name_start) for d in found_d if d.firm}
                    wider = [d for d in self._pieces(ws, p_end, D, tuple(sorted(merged))) if d.firm]
                    if firm:
                        wider = [d for d in wider if (d.start, d.name_start) in firm]
                    found_d += wider
                    extended = {id(d) for d in wider}
            typed_district = any(d.firm and d.type is not None for d in found_d)
            districts: list[Piece | None] = [*found_d] if typed_district else [*found_d, None]
            unread = self._unread_district(ws, p_end, found_d) if old_p and not typed_district else None
            if unread is not None:
                districts.append(unread)
            for dist in districts:
                d_end = dist.start if dist is not None else p_end
                d_codes = tuple(sorted({h.unit.code for h in dist.hits})) if dist is not None else ()
                p_codes = old_p or (tuple(sorted({h.unit.province_code for h in dist.hits})) if dist else ())
                if dist is not None and not {h.unit.province_code for h in dist.hits} <= set(p_codes):
                    p_codes = tuple(sorted({h.unit.province_code for h in dist.hits}))  # a merged province's
                if dist is None:
                    new_p = self._new_provinces(prov)
                    made_of = P if new_p and prov is not None and prov.hits and not prov.new_hits else ""

                elif dist.firm:  # a new commune with the old district it was made of (``Xã Phú Vang, Huyện Phú Vang``)
                    new_p = tuple(sorted({self.reg.old_provinces[c].new_code for c in p_codes}))
                    made_of = D
                else:
                    new_p, made_of = (), ""
                scope = (d_codes, p_codes, new_p, made_of)
                self._bound = d_end if dist is not None and _exact(dist) else -1
                found_c = self._pieces(ws, d_end, C, scope) if d_end > 0 else []
                if dist is None and prov is not None and prov.hits and prov.new_hits and d_end > 0:
                    found_c = self._merged_communes(ws, d_end, prov, scope, found_c)
                # Only a district (or a province) read: a fallback, not needed beside a firm commune.
                communes: list[Piece | None] = [*found_c] if any(c.firm for c in found_c) else [*found_c, None]
                for com in communes:
                    if com is None and (
                        (dist is None and prov is None) or id(dist) in extended or (dist is not None and dist is unread)
                    ):
                        continue  # nothing read; a district of a merged province is read with its commune only
                    readings.extend(self._readings(ws, prov, dist, com, typed_ends))
                # A commune written apart and found exactly in the district leaves no room for a
                # commune of another district; otherwise look for one.
                settled = any(
                    c is not None
                    and (c.type is not None or ws[c.start].sep >= WEAK)
                    and any(h.quality >= PLAIN and not h.fuzzy for h in c.hits)
                    for c in communes
                )
                if dist is not None and d_end > 0 and not settled and id(dist) not in extended and dist is not unread:
                    readings.extend(self._conflicts(ws, prov, dist, d_end, p_codes, typed_ends))
        return self._decide(ws, readings)

    def _city_cut_short(self, ws: Sequence[Word], part: list[int], i: int) -> TypeWord | None:
        """``Thành p``, ``Thành ph``, ``Thị x`` inside a part (word ``i``), read as the city's or
        the town's type word cut short when the registers say so: the words after it name an old
        city (or town) of that type, and the words before it in the part end with the name of one
        of its communes (``Phường Hà Phong Thành Ph Hạ Long Quảng Ninh``). Otherwise a name ending
        in Thành or Thị, then a ward or commune typed ``p``, ``x`` (``KP Tân Thành p Tân Hòa``)."""
        n = len(ws)
        if ws[i + 1].dot or ws[i + 1].sep != SPACE or ws[i + 2].sep != SPACE:
            return None
        canonical = TWO_WORD_TYPES[(ws[i].ascii, ws[i + 1].ascii)]
        cities: set[str] = set()
        for end in range(i + 3, min(i + 2 + MAX_NAME, n) + 1):
            if end > i + 3 and ws[end - 1].sep > SPACE:
                break
            name = " ".join([w.ascii for w in ws[i + 2 : end]])
            cities.update(d.code for d in self.g.old_districts.by_ascii.get(name, ()) if d.type == canonical)
        if not cities:
            return None
        by_ascii = self.g.old_communes.by_ascii
        for start in range(max(part[i], i - MAX_NAME), i):
            name = " ".join([w.ascii for w in ws[start:i]])
            if any(c.district_code in cities for c in by_ascii.get(name, ())):
                return TypeWord(canonical, 2, 4.0)
        return None

    def _unread_tail(self, ws: Sequence[Word], tail: int) -> bool:
        """Whether the last part, from word ``tail``, may be a province too damaged to read."""
        n = len(ws)
        tw = self._types[tail]
        if ws[tail].ascii.isdigit():
            return False
        if tw is None and n - tail == 1 and ws[tail].ascii in TWO_WORD_FIRST:
            return True  # a type word cut after its first word (``..., Thành``: Thành phố)
        if not (
            # Untyped, typed weakly (``Quản Ninh``: no Quận) or as a province (``T. L0ug An``).
            tw is None
            or tw.strength < 4.0
            or P in LEVELS[tw.canonical]
            or tail + tw.size == n  # a type word whose name was cut off (``..., H``, ``TX.``)
            # Abbreviated before a name of nothing (``TT-Hế``: TT-Huế misspelt, no Thị trấn).
            or (
                tw.size == 1
                and ws[tail].ascii in ("tt", "t", "tp")  # ``TT-Huế``, not ``Q.Gò Vấpp``
                and tail + 1 < n
                and " ".join([w.ascii for w in ws[tail + 1 :]]) not in self.g.known
            )
            # A name cut after its first letter (``Huyện B``).
            or (tail + tw.size == n - 1 and len(ws[n - 1].ascii) == 1 and not ws[n - 1].ascii.isdigit())
        ):
            return False
        # Typed as a province, whatever else its words name (``Tỉnh Trà``, cut short, is no Xã
        # Tịnh Trà); untyped, no known name.
        if tw is not None and tw.strength >= 4.0 and tail + tw.size < n:
            return True
        return " ".join([w.ascii for w in ws[tail:]]) not in self.g.known

    def _after_typed_name(self, ws: Sequence[Word]) -> int:
        """Where the name of the last typed district or commune ends, when two or three words
        follow it to the end of the address with no separator (``XÃ MƯỜNG KHOA H. TÂN UYÊN LAI
        HÂU``: a misspelt province after Tân Uyên); 0 if not so."""
        n, types, folded, known = len(ws), self._types, self._folded, self.g.known
        # The type word stands at most three words (the province) and a name (and its type word's
        # two words) before the end.
        for i in range(n - 2, max(n - 3 - MAX_NAME - 2, 0) - 1, -1):
            tw = types[i]
            if tw is None:
                continue
            if tw.strength < 4.0 or P in LEVELS[tw.canonical]:
                return 0
            start = i + tw.size
            if any(ws[k].sep >= WEAK for k in range(start + 1, n)):
                return 0  # separated: the last part is read as such
            if " ".join(folded[start:]) in known:
                return 0  # the name ends the address (``xã Thuận Bắc``: not Thuận, then a province)
            for end in range(min(start + MAX_NAME, n - 2), max(start, n - 4), -1):  # the longest name first
                if " ".join(folded[start:end]) in known:
                    if (len(folded[end]) == 1 or folded[end].isdigit()) and " ".join(folded[start : end + 1]) in known:
                        return 0  # ``phường Phước Long B TĐ``: the name's letter or number (Phước Long B), then more
                    return end if " ".join(folded[end:n]) not in known and not folded[end].isdigit() else 0
            return 0
        return 0

    def _province_after(self, ws: Sequence[Word], start: int, found: list[Piece]) -> list[Piece]:
        """The province ending the address from word ``start`` on, right after a typed unit's
        name: read by a near name when it is one, else a province too damaged to read."""
        if any(p.start == start for p in found):
            return []
        self._level, self._bound = P, start
        piece = self._piece(ws, start, len(ws), start, len(ws), None, P, None)
        if piece is not None:
            return [piece]
        return [Piece(P, start, len(ws), None, 0.0, [], [], -UNREAD_PENALTY)]

    def _unread_district(self, ws: Sequence[Word], end: int, found: list[Piece]) -> Piece | None:
        """The part before the province, typed as a district but naming none (``Thành phố Hội Ah``,
        ``Huyện Phu2 Ninh``): a district too damaged to read, skipped at a cost; the commune is
        looked for in the whole province."""
        start = self._part[end - 1]
        if start == 0 or (self._strong and start not in self._strong) or any(d.start == start for d in found):
            return None
        tw = self._types[start]
        if tw is None or tw.strength < 4.0 or D not in LEVELS[tw.canonical] or C in LEVELS[tw.canonical]:
            return None
        if end - start - tw.size not in (1, 2, 3):
            return None
        name = start + tw.size
        if self._span(ws, name, end)[3] or any(
            self._span(ws, i, j)[3] for i in range(name, end) for j in range(i + 2, end + 1)
        ):
            return None  # a name of the registers (of another level, or of an earlier round); one word may be damaged
        return Piece(D, start, end, tw.canonical, tw.strength, [], [], -UNREAD_PENALTY)

    def _merged_communes(
        self, ws: Sequence[Word], end: int, prov: Piece, scope: Any, found: list[Piece]
    ) -> list[Piece]:
        """Communes of a new province named like an old one it was made of (``Xã Quang Tiến, Tỉnh
        Phú Thọ``: Hòa Bình's until 2025), when no name of that old province or of the new one
        is found exactly: the old communes of every province it was made of. A name that fits
        old communes of that old province and no commune of today (``P.4, Thành phố Hồ Chí
        Minh``) is looked for in the others too: their communes of that name are candidates as
        well (Phường 4 of Vũng Tàu)."""
        merged = {c for h in prov.new_hits for c in self._old_codes_of_new(h.unit.code)}
        wider = tuple(sorted(merged | set(scope[1])))
        if len(wider) == len(scope[1]):
            return found
        named = [piece for piece in found if _exact(piece)]
        if not named:
            return self._pieces(ws, end, C, (scope[0], wider, scope[2], scope[3]))
        first = min(piece.start for piece in named)
        if first > self._part[first]:
            # Found exactly after other words of its part only (``X Mỹ Thạnh Tây, T. Tây Ninh``:
            # Tây Ninh's Thạnh Tây, ``X Mỹ`` left over): a longer name of the part in another
            # province merged in is read too (Long An's Xã Mỹ Thạnh Tây).
            others = tuple(sorted(merged - set(scope[1])))
            longer = [
                p
                for p in self._pieces(ws, end, C, (scope[0], others, (), ""))
                if _exact(p) and self._part[first] <= p.start < first
            ]
            if longer:
                return [*found, *longer]
        # Also one commune of that name in the old province (``Xã Tân Thành, Tỉnh Tuyên Quang``: of
        # Hàm Yên, and of Bắc Quang in Hà Giang, merged into Tuyên Quang): with no district, the
        # text does not say which old province the name is of.
        # Nor where the text has marks and the name is today's only without them (``Xã An
        # Thanh, TP Hải Phòng``: Hải Dương's An Thanh as written, or Hải Phòng's An Thành): the
        # old communes named so to the letter and mark are candidates too.
        marked = any(self._marks)
        several = [
            p
            for p in found
            if _exact(p)
            and (
                not any(h.quality >= PLAIN for h in p.new_hits)
                or (marked and not any(h.quality >= EXACT for h in p.new_hits))
            )
        ]
        if not several:
            return found
        others = tuple(sorted(merged - set(scope[1])))
        more = {(p.start, p.name_start, p.type): p for p in self._pieces(ws, end, C, (scope[0], others, (), ""))}
        out = []
        for piece in found:
            twin = more.get((piece.start, piece.name_start, piece.type)) if piece in several else None
            if twin is not None:
                least = PLAIN if not any(h.quality >= PLAIN for h in piece.new_hits) else EXACT
                exact = [h for h in twin.hits if not h.fuzzy and h.quality >= least]
                piece = replace(piece, hits=[*piece.hits, *exact]) if exact else piece
            out.append(piece)
        return out

    def _inner_names_dropped(self, ws: Sequence[Word], provinces: list[Piece]) -> list[Piece]:
        """Province pieces without those that end a firm, longer piece naming the same province
        (``Vũng Tàu`` in ``Bà Rịa - Vũng Tàu``): the words before are the province's name, not a
        commune (Phường Bà Rịa). Not when that piece's type word ends a name itself (``TP HA TINH
        HA TINH``: Hà Tĩnh then the province, or ``TINH HA TINH``: both are read)."""
        if len(provinces) < 2:
            return provinces
        codes = [{h.unit.code for h in p.hits} | {h.unit.code for h in p.new_hits} for p in provinces]
        return [
            p
            for p, mine in zip(provinces, codes, strict=True)
            if not any(
                q.firm
                and q.start < p.start
                and mine <= theirs
                and not (q.type is not None and q.start and self._ends_name(ws, q.start))
                for q, theirs in zip(provinces, codes, strict=True)
            )
        ]

    def _whole(
        self, ws: Sequence[Word], start: int, end: int, level: str, scope: Any, typed_only: bool
    ) -> Piece | None:
        """Words ``start:end`` (a comma-separated part) as one exact piece of ``level``, or None."""
        tw = self._types[start]
        if tw is not None and tw.strength >= 4.0 and start + tw.size < end and level in LEVELS[tw.canonical]:
            if ws[start + tw.size].sep > SPACE and not ws[start + tw.size - 1].dot:
                return None
            piece = self._piece(ws, start, end, start + tw.size, end, tw, level, scope)
            if piece is not None and piece.type is not None and piece.strength >= 4.0 and piece.firm:
                return piece
            return None
        if typed_only or tw is not None:
            return None
        piece = self._piece(ws, start, end, start, end, None, level, scope)
        return piece if piece is not None and piece.firm else None

    def _plain(self, ws: Sequence[Word], typed_ends: list[int]) -> Interpretation | None:
        """The common case, read without weighing: the last three comma-separated parts are a
        typed commune, a district and a province, each exactly as the register writes it (the
        type words agreeing, one province and one district). Nothing else can read closer."""
        n = len(ws)
        strong = self._strong
        if len(strong) < 2:
            return None
        # The commune part starts the address, or follows the third comma from the end.
        c_start = 0 if len(strong) == 2 else strong[-3]
        d_start, p_start = strong[-2], strong[-1]
        prov = self._whole(ws, p_start, n, P, None, False)
        if prov is None or len(prov.hits) != 1:
            return None
        dist = self._whole(ws, d_start, p_start, D, (prov.hits[0].unit.code,), False)
        if dist is None or len(dist.hits) != 1:
            return None
        scope = ((dist.hits[0].unit.code,), (prov.hits[0].unit.code,), (), "")
        com = self._whole(ws, c_start, d_start, C, scope, True)
        if com is None or not com.hits:
            return None
        readings = self._readings(ws, prov, dist, com, typed_ends)
        if len(readings) != 1:
            return None
        best = readings[0]
        res = best.resolution
        parsed = (best.province, best.district, best.commune)
        complete = c_start == 0 or ws[c_start].sep == STRONG
        return Interpretation(parsed, best.used, res.with_address_parts(res.street, parsed), (best,), complete)

    def _new_provinces(self, prov: Piece | None) -> tuple[str, ...]:
        """The new provinces whose communes a commune written with ``prov`` (and no district)
        may be: the province itself, or the one an old province went to (clerks write a new
        commune with the province they knew: ``Xã An Ninh, Long An`` is in Tây Ninh now), or
        any, for a commune written alone."""
        if prov is None or not (prov.hits or prov.new_hits):
            # (A province piece that names none, ``T NGHE`` cut by a bank's column, confines the
            # new communes no more than the old ones: both are looked for everywhere.)
            return self._all_new
        if prov.new_hits:
            return tuple(sorted({h.unit.code for h in prov.new_hits}))
        return tuple(sorted({h.unit.new_code for h in prov.hits}))

    def _came_from(self, level: str = P) -> dict[str, frozenset[str]]:
        """The old provinces (or districts, ``level`` D) each new commune was made from (built on
        first use)."""
        if self._origins is None:
            provinces: dict[str, set[str]] = {c: set() for c in self.reg.new_communes}
            districts: dict[str, set[str]] = {c: set() for c in self.reg.new_communes}
            crosswalk = self.r.crosswalk
            for old in self.reg.old_communes.values():
                for row in crosswalk.successors(old.code):
                    provinces.setdefault(row.new_commune_code, set()).add(old.province_code)
                    districts.setdefault(row.new_commune_code, set()).add(old.district_code)
            self._origins = {
                P: {code: frozenset(v) for code, v in provinces.items()},
                D: {code: frozenset(v) for code, v in districts.items()},
            }
        return self._origins[level]

    def commune_before(self, res: Resolution) -> Resolution:
        """An address read as one commune, untyped and with no district, whose street ends with
        the bare name of another commune of the same district (``Vĩnh Hựu, Vĩnh Bình, Tiền
        Giang``: the commune Vĩnh Hựu by the town of Vĩnh Bình, or the town): conflicting
        evidence, flagged with both (a wrong unit given with confidence is the worst outcome)."""
        if not self.bare_commune_read(res):
            return res
        assert res.street is not None
        ws = words(res.street)
        first = max((i for i, w in enumerate(ws) if w.sep >= WEAK and i), default=0)
        name = ws[first:]
        tw = _type_at(name, 0, len(name)) if name else None
        weak_type = tw is not None and tw.strength < 4.0 and self._names_a_unit(name, 0)  # ``Phương Trà``
        if tw is not None and C in LEVELS[tw.canonical] and not weak_type:
            name = name[tw.size :]  # ``X Phật Tích``
        if not name or name[0].ascii.isdigit():
            return res  # a house number; but ``Xuân Quang 1`` is a commune
        if name[0].ascii in STREET_WORDS and not (len(name) <= 4 and self._names_a_unit(name, 0)):
            # ``Thôn Trung``; but ``Lang Minh``, ``Kiệt Sơn`` are communes. After a hamlet's word
            # and its own name or number, a commune's name of two to four words (``Khu 5 Thanh Hòa
            # Cai Lậy Đồng Tháp``; ``Ấp Thanh Hòa`` is the hamlet, ``Số 12 Lê Lợi`` a street).
            if name[0].ascii not in HAMLET_WORDS:
                return res
            # (After the hamlet's word, of one to three words: ``Tổ dân phố An Hiệp`` is the hamlet.)
            folded = " ".join(w.ascii for w in name[:3])
            size = 3 if folded in ("to dan pho", "khu dan cu") else 2 if folded.startswith("khu pho ") else 1
            names = [name[k:] for k in range(max(size + 1, len(name) - 4), len(name) - 1)]
        else:
            names = [name] if len(name) <= 4 else []
        if res.status is not Status.ALREADY_NEW and res.old.district_code:
            districts = {res.old.district_code}
        else:
            districts = set(self._came_from(D).get(res.new_commune_code or "", ()))
        mine = res.codes()
        known = self.g.known
        for name in names:  # the longest first
            if " ".join(w.ascii for w in name) not in known:
                continue
            hits = [
                h
                for h in self.g.old_communes.find(*_name_keys(name))
                if h.quality >= MARKED and not h.fuzzy and h.unit.district_code in districts
            ]
            theirs = {row.new_commune_code for h in hits for row in self.r.crosswalk.successors(h.unit.code)}
            if theirs and not theirs <= mine:
                break
        else:
            return res
        written = res.street[name[0].start :]
        note = f"readings disagree: {written!r} before {res.parsed[2]!r} is a commune of the same district"
        return res.flagged(
            mine | theirs, note, score=min(res.score, REPAIRED_SCORE), other_province=res.new_province_code
        )

    def districts_by_initials(self, name: str, provinces: frozenset[str]) -> list[OldDistrict]:
        """The old districts of ``provinces`` whose initials ``name`` is (``GV``: Gò Vấp, ``Đ.Đa``:
        Đống Đa), as the reader finds a typed district so (``Q.GV``); none for a name of another
        shape."""
        folded = ascii_key(name)
        if not folded or len(folded.replace(" ", "")) > 4 or any(ch.isdigit() for ch in folded):
            return []
        return self._initials_named(folded, provinces, True)

    def bare_commune_read(self, res: Resolution) -> bool:
        """One commune read from an untyped name, with no district, after a street."""
        if not res.street or res.status not in (Status.EXACT, Status.FUZZY, Status.ALREADY_NEW):
            return False
        _, district, commune = res.parsed
        return district is None and commune is not None and not self._typed_as_read(commune, res)

    def _typed_as_read(self, commune: str, res: Resolution) -> bool:
        """The commune part read as ``res`` starts with a type word, not with its name: ``P.
        Bình Minh``, but not ``P Rao``, ``Phương Định``, whose names start like one."""
        folded = fold_chars(commune)
        if TYPED_NAME.match(folded) is None:
            return False
        if res.status is Status.ALREADY_NEW:
            unit = self.reg.new_communes.get(res.new_commune_code or "")
            names = [unit.short_name] if unit is not None else []
        else:
            old = self.reg.old_communes
            names = [old[c].short_name for c in res.old.commune_codes if c in old]
        return all(fold_chars(name) != folded for name in names)

    def _old_codes_of_new(self, new_code: str) -> list[str]:
        return self._made_of.get(new_code, [])

    def _typed_in_street(self, ws: Sequence[Word]) -> list[int]:
        """Where a typed unit (a type word and a name after it) ends, for the street penalty."""
        ends = []
        for i, tw in enumerate(self._types):
            if tw is not None and tw.strength >= 4.0 and i + tw.size < len(ws):
                nxt = ws[i + tw.size]
                if nxt.ascii not in STREET_WORDS and (len(ws[i].ascii) > 1 or ws[i].dot or nxt.ascii.isdigit()):
                    ends.append(i + tw.size + 1)
        return ends

    def _readings(
        self,
        ws: Sequence[Word],
        prov: Piece | None,
        dist: Piece | None,
        com: Piece | None,
        typed_ends: list[int],
    ) -> list[Reading]:
        start = com.start if com is not None else dist.start if dist is not None else prov.start if prov else len(ws)
        if self._bare_type_before(ws, start):
            return []  # the type word belongs to the name after it: never cut them apart
        points = 0.0
        if prov is not None:
            points += prov.points
        if dist is not None:
            points += dist.points
        if com is not None:
            points += com.points
        street_typed = False
        for e in typed_ends:
            if e <= start:
                street_typed = True
                break
        if street_typed:
            points -= STREET_PENALTY
        if com is not None and dist is not None and self._new_name(ws, com, dist, prov):
            points -= SPLIT_NAME_PENALTY  # ``Xã Đinh Văn Lâm Hà`` is one new commune, not a commune and a district
        if prov is not None and dist is not None and self._one_name(ws, dist, prov):
            points -= SPLIT_NAME_PENALTY  # ``Bà Rịa - Vũng Tàu`` is one province, not a district and a province
        if com is not None and com.type is None and ws[com.start].sep == SPACE:
            if self._after_house_number(ws, com.start):
                return []  # ``66/21 Quang Trung, Bình Gia``: a street after its house number, no Xã Quang Trung
            if self._after_person(ws, com.start, com.end - com.start == 1):
                return []  # ``229 Lê Hồng Phong``, ``đường Trần Hưng Đạo``: a person's name, no Xã Hồng Phong
            if self._after_month(ws, com.start):
                return []  # ``Đường 3 Tháng 2``: a date, the street's name, no Phường 2
            if self._after_street_word(ws, com.start):
                return []  # ``8A đường Minh Khai``: the street's name, no Phường Minh Khai
            if _common_after_landmark(ws, com.start, com.end):
                return []  # ``Chợ trung tâm``: the central market, no Phường Trung Tâm
            if self._inside_typed_name(ws, com.start):
                return []  # ``huyện Nam Dang``: the district's name goes on (Nam Giang), no Xã Dang

        if com is not None and dist is None and (prov is None or not (prov.hits or prov.new_hits)):
            # A commune alone: no parent confirms it; only an exact name written apart counts.
            if ws[com.start].sep < WEAK or max(h.quality for h in (*com.hits, *com.new_hits)) < PLAIN:
                return []
            if com.type is None and com.end - com.name_start == 1 and BARE_NUMBER.fullmatch(ws[com.name_start].text):
                return []  # ``..., Nộ, i``: a letter or a number alone names no ward (Phường I of Vị Thanh)
            points -= 3.0
        p_text, d_text, c_text = self._text(ws, prov), self._text(ws, dist), self._text(ws, com)
        used = len(ws) - start
        out = []
        for res, why in self._outcomes(prov, dist, com, street_typed):
            # A name valid in both registers for the same unit is already in the new form.
            bonus = 0.1 if res.status is Status.ALREADY_NEW else 0.0
            if why == "new register" and (dist is not None or (prov is not None and not prov.new_hits)):
                bonus -= 0.3  # a new commune with an old province or district: the old commune reads closer
            if why == "district only" and dist is not None and dist.type is None and self._city_since(prov):
                # ``Tổ 3, Hạ Long, TP Quảng Ninh``: the province as a city, a type it took in 2026,
                # and a name of the new register before it: Phường Hạ Long, not the old city.
                bonus -= MARGIN + 1.0
            if com is not None and com.hits and com.new_hits:
                # Each register's reading counts its own names: a fuzzy old name does not borrow
                # the points of an exact new one (``Xã Vân Sơn, Bắc Ninh`` is no ``Văn Môn``).
                own = com.hits if why == "old register" else com.new_hits
                bonus += _best_points(own) - _best_points((*com.hits, *com.new_hits))
            out.append(Reading(points + bonus, p_text, d_text, c_text, used, res, why))
        return out

    def _city_since(self, prov: Piece | None) -> bool:
        """The province piece is typed as a city and names a province made a city after 1 July
        2025 (see ``_cities_since``)."""
        if prov is None or prov.type != _CITY or not prov.new_hits:
            return False
        return all(h.unit.code in self._cities_since for h in prov.new_hits)

    def _after_person(self, ws: Sequence[Word], start: int, one_word: bool) -> bool:
        """Word ``start`` follows a family name (and a middle name, before a one-word name) after a
        house's number or a street word: a street named after a person (see ``_PERSON_BEFORE``)."""
        if start:
            two_before = ws[start - 2].ascii if start > 1 else ""
            if ws[start - 1].ascii not in _FAMILY_NAMES and not (one_word and two_before in _FAMILY_NAMES):
                return False  # most names: no family name right before them
        end = ws[start].start
        if _PERSON_BEFORE.search(self._source, 0, end) is not None:
            return True
        return one_word and _PERSON_BEFORE_ONE.search(self._source, 0, end) is not None

    def _inside_typed_name(self, ws: Sequence[Word], start: int) -> bool:
        """Word ``start`` goes on with the name after a district's or province's type word in its
        run of words, the words between naming no unit (``huyện Nam Dang``: Nam Giang misspelt,
        not Huyện Nam and a Xã Dang)."""
        k = start - 1
        while k >= 0 and start - k <= 4:
            tw = self._types[k]
            if tw is not None:
                if C in LEVELS[tw.canonical] or k + tw.size >= start:
                    return False
                name = " ".join(self._folded[k + tw.size : start])
                return name not in self.g.known and name.replace(" ", "") not in self.g.known
            if ws[k].sep != SPACE:
                return False  # the run starts here, with no type word
            k -= 1
        return False

    def _after_street_word(self, ws: Sequence[Word], start: int) -> bool:
        """Word ``start`` follows a street word (``đường``, ``phố``, ``ngõ``...) that starts its
        part or follows a number (``Số 237 Đường Nguyễn Trãi``, ``Ngõ 5 Phố Huế``): the name is
        the street's. A unit named with the word (``Phố Lu``, ``Đường Lâm``) starts at it."""
        if not start or ws[start].sep != SPACE:
            return False
        k = start - 1
        street = ws[k]
        if street.ascii not in NAMED_STREETS or (street.marks and street.key not in STREET_KEYS):
            return False  # ``Ngô Quyền``: a name
        if k == 0 or self._part[k] == k:
            return street.ascii != "pho" or k < 1 or ws[k].sep != SPACE
        return ws[k - 1].ascii[:1].isdigit()

    def _after_month(self, ws: Sequence[Word], start: int) -> bool:
        """Word ``start``, a number, follows ``tháng`` (a month) in its part, that word read or not."""
        if not ws[start].ascii.isdigit():
            return False
        if start:
            return ws[start - 1].ascii == "thang"
        return ws[0].start > 0 and _MONTH_END.search(self._source, 0, ws[0].start) is not None

    def _after_house_number(self, ws: Sequence[Word], start: int) -> bool:
        """Word ``start`` follows a house's number in its part, that word read or not: one with a
        slash or a dash (``66/21``), or a number that starts the part (``258 Quang Trung``, ``138 A
        Giảng Võ``; not ``Xóm 5 Quang Trung``)."""
        if start:
            before = ws[start - 1].text
            if HOUSE_NUMBER.match(before) is not None:
                return True
            if not (before[:1].isdigit() or (len(before) == 1 and start > 1 and ws[start - 2].text[:1].isdigit())):
                return False  # most names: no number right before them
        elif ws[0].start == 0:
            return False
        end = ws[start].start
        return (
            HOUSE_NUMBER.search(self._source, 0, end) is not None
            or PART_NUMBER.search(self._source, 0, end) is not None
        )

    def _new_name(self, ws: Sequence[Word], com: Piece, dist: Piece, prov: Piece | None) -> bool:
        """The commune and district pieces together are the name of a new commune of the province."""
        if prov is None or not prov.new_hits or ws[dist.start].sep == STRONG or dist.type:
            return False
        name = ws[com.name_start : dist.end]
        folded = " ".join(w.ascii for w in name)
        if folded not in self.g.known:
            return False
        provinces = {h.unit.code for h in prov.new_hits}
        whole = self.g.new_communes.find(*_name_keys(name))
        return any(h.unit.province_code in provinces for h in whole)

    def _one_name(self, ws: Sequence[Word], dist: Piece, prov: Piece) -> bool:
        """The district and province pieces together are the name of that same province."""
        if ws[prov.start].sep == STRONG or dist.type is not None or prov.type is not None:
            return False
        name = ws[dist.start : prov.end]
        whole = self.g.old_provinces.find(*_name_keys(name))
        return bool({h.unit.code for h in whole} & {h.unit.code for h in prov.hits})

    @staticmethod
    def _attached(ws: Sequence[Word], start: int) -> bool:
        """Word ``start`` is attached to the word before it (a space, or the dot of ``X.``)."""
        return ws[start].sep <= SPACE or (ws[start].sep == WEAK and ws[start - 1].dot)

    def _bare_type_before(self, ws: Sequence[Word], start: int) -> bool:
        """A type word right before the units, cut from its name."""
        if start == 0 or start == len(ws) or not self._attached(ws, start):
            return False
        before = self._types[start - 1]
        if before is not None and before.size == 2 and ws[start].sep == SPACE:
            return True  # ``Thị xã Cửa Lò`` is no ``Thị`` and ``xã Cửa Lò``: a two-word type cut in two
        if before is not None and before.size == 1 and before.strength >= 4.0:
            # Not when it ends a name (``KCN Nho Quan Xã Gia Tường``), nor when a word in full
            # comes before a type word of the units' own (``LAC LONG QUAN P. MINH AN``: the
            # street's Quân, then a ward; but ``T P Phú Mỹ`` is TP spaced).
            own = self._types[start]
            full = ws[start - 1].ascii in FULL_WORDS and own is not None and own.strength >= 4.0
            return not (full or self._ends_name(ws, start - 1))
        two_before = self._types[start - 2] if start > 1 else None
        return two_before is not None and two_before.size == 2

    def _text(self, ws: Sequence[Word], piece: Piece | None) -> str | None:
        """A piece as written (verbatim from the address)."""
        if piece is None:
            return None
        return self._source[ws[piece.start].start : ws[piece.end - 1].end]

    def _outcomes(
        self, prov: Piece | None, dist: Piece | None, com: Piece | None, street_typed: bool
    ) -> list[tuple[Resolution, str]]:
        q_prov = _best_quality(prov.hits, prov.new_hits) if prov else EXACT
        q_dist = _best_quality(dist.hits, []) if dist else EXACT  # none: unread
        if com is None:
            if dist is None:
                codes = {h.unit.new_code for h in prov.hits} | {h.unit.code for h in prov.new_hits} if prov else set()
                province = codes.pop() if len(codes) == 1 else None
                return [
                    (
                        Resolution(
                            Status.UNMATCHED,
                            new_province_code=province,
                            note="no district or commune found",
                            reason=Reason.NO_COMMUNE_WRITTEN,
                        ),
                        "province only",
                    )
                ]
            return [(self._district_only(dist, min(q_prov, q_dist), street_typed), "district only")]
        out: list[tuple[Resolution, str]] = []
        if com.hits:
            q = max(h.quality for h in com.hits)
            # Fuzzy names close to the best (within the fuzzy margin) stay candidates: a typo can
            # be nearer to another name than to its own.
            units = [h.unit for h in com.hits if h.fuzzy or h.quality >= q - 0.01]
            score = min(q_prov, q_dist, q)
            fuzzy = any(h.fuzzy for h in com.hits)
            kind = MatchKind.EXACT if min(score, q) >= PLAIN and not fuzzy else MatchKind.FUZZY
            if prov is None and dist is None:
                score, kind = min(score, NO_CONTEXT_SCORE), MatchKind.FUZZY
            if len(units) > 1 and q < PLAIN:
                kind = MatchKind.FUZZY
            res = self.r.from_old_communes(units, score, kind)
            out.append((res, "old register"))
        if com.new_hits:
            q = max(h.quality for h in com.new_hits)
            near = any(h.fuzzy for h in com.new_hits)
            if near or q >= MARKED:
                # Near names (found only with the new province, see ``_commune_hits``) all stay
                # candidates, as the old register's do.
                units = [h.unit for h in com.new_hits if h.fuzzy or h.quality >= q - 0.01]
                score = min(q_prov, q) if prov is not None or dist is not None else min(q, NO_CONTEXT_SCORE)
                if len(units) == 1:
                    res = Resolution(
                        Status.FUZZY if near else Status.ALREADY_NEW,
                        score=score,
                        new_province_code=units[0].province_code,
                        new_commune_code=units[0].code,
                    )
                else:
                    provinces = {u.province_code for u in units}
                    res = Resolution(
                        Status.AMBIGUOUS,
                        score=score,
                        new_province_code=provinces.pop() if len(provinces) == 1 else None,
                        candidates=tuple(sorted(u.code for u in units)),
                        note=f"the name fits {len(units)} new communes",
                        reason=Reason.SEVERAL_OLD_COMMUNES,
                    )
                out.append((res, "new register"))
        return out

    def _district_only(self, dist: Piece, score: float, street_typed: bool) -> Resolution:
        units: list[OldDistrict] = [h.unit for h in dist.hits]
        if len(units) != 1:
            codes = sorted({c for d in units for c in self.r.crosswalk.district_successors(d.code)})
            return Resolution(
                Status.AMBIGUOUS,
                score=score,
                candidates=tuple(codes),
                note="district name fits several",
                reason=Reason.SEVERAL_DISTRICTS,
            )
        res = self.r.district_resolution(units[0], score)
        if street_typed and res.status is not Status.UNMATCHED:
            candidates = res.candidates or ((res.new_commune_code,) if res.new_commune_code else ())
            res = replace(
                res,
                status=Status.AMBIGUOUS,
                new_commune_code=None,
                candidates=candidates,
                note=f"the commune written is none of {units[0].name}",
                reason=Reason.NOT_IN_DISTRICT,
            )
        return res

    def _conflicts(
        self,
        ws: Sequence[Word],
        prov: Piece | None,
        dist: Piece,
        d_end: int,
        p_codes: tuple[str, ...],
        typed_ends: list[int],
    ) -> list[Reading]:
        """A commune named exactly, but in another district of the province than the one written:
        conflicting evidence, offered as a reading that can only end ``ambiguous``."""
        if not p_codes:
            return []
        out = []
        self._exact_only = True
        try:
            pieces = self._pieces(ws, d_end, C, ((), p_codes, (), ""))
        finally:
            self._exact_only = False
        for com in pieces:
            if com.type is None and com.start and ws[com.start].sep == SPACE and ws[com.start - 1].ascii[:1].isdigit():
                continue  # ``Số 44 Lê Lợi, H. Cô Tô``: a street after its house number, no unit elsewhere
            written = {x.unit.code for x in dist.hits}
            hits = [
                h
                for h in com.hits
                if h.quality >= PLAIN
                and not h.fuzzy
                and h.unit.district_code not in written
                and not h.unit.short_name.isdigit()
            ]
            if not hits:
                continue
            points = com.points + dist.points + (prov.points if prov else 0.0) - CONFLICT_PENALTY
            if any(e <= com.start for e in typed_ends):
                points -= STREET_PENALTY
            res = self.r.from_old_communes([h.unit for h in hits], min(h.quality for h in hits), MatchKind.EXACT)
            found = set(res.codes())
            # The near names inside the written district are candidates too: the evidence conflicts.
            folded = " ".join(w.ascii for w in ws[com.name_start : com.end])
            units = [c for d in sorted(written) for c in self.g.communes_by_district[d]]
            near_names = self.g.fuzzy("N" + ",".join(sorted(written)), folded, units, NEAR_CUTOFF, NEAR_MARGIN)
            for near in near_names[:3]:
                found |= {row.new_commune_code for row in self.r.crosswalk.successors(near.unit.code)}
            codes = tuple(sorted(found))
            res = Resolution(
                Status.AMBIGUOUS,
                score=res.score,
                new_province_code=res.new_province_code,
                candidates=codes,
                old=res.old,
                note=f"{self._text(ws, com)} is not in {self._text(ws, dist)}",
                reason=Reason.READINGS_DISAGREE,
            )
            texts = (self._text(ws, prov), self._text(ws, dist), self._text(ws, com))
            out.append(Reading(points, *texts, len(ws) - com.start, res, "commune of another district"))
        return out

    def _decide(self, ws: Sequence[Word], readings: list[Reading]) -> Interpretation:
        if not readings:
            res = Resolution(
                Status.UNMATCHED, note="no administrative unit found in the address", reason=Reason.NO_UNIT_FOUND
            )
            return Interpretation((None, None, None), 0, res)
        readings.sort(key=lambda r: -r.score)
        best = readings[0]
        res = best.resolution
        if best.commune is not None:
            mine = best.codes()
            rivals = [
                r
                for r in readings[1:]
                if r.score >= best.score - MARGIN
                and r.codes()
                and r.codes() != mine
                # A commune reading, or the same words read as a district (``Yên Mỹ``: district or
                # commune; ``Đức Huệ``: a district, or Phường Đúc of Huế with other marks)
                and (
                    r.commune is not None
                    or r.district == best.commune
                    or (r.district is not None and r.used >= best.used)
                )
                and not marks_decide(best, r)
            ]
            loose = [
                r
                for r in readings[1:]
                if r not in rivals and _district_or_commune(best, r) and self._namesake_elsewhere(best)
            ]
            rivals += loose
            if rivals:
                codes = set(mine)
                for r in rivals:
                    codes |= r.codes()
                provinces = {x.resolution.new_province_code for x in (best, *rivals)}
                res = Resolution(
                    Status.AMBIGUOUS,
                    score=min(best.resolution.score, *(r.resolution.score for r in rivals)),
                    new_province_code=provinces.pop() if len(provinces) == 1 else None,
                    candidates=tuple(sorted(codes)),
                    old=best.resolution.old,
                    reason=Reason.READINGS_DISAGREE,
                    note=(
                        f"readings disagree: {best.commune} with the old district {best.district}, or"
                        f" {best.district} the new commune"
                        if loose
                        else f"readings disagree: {best.why} ({best.score:.1f}) "
                        f"and {rivals[0].why} ({rivals[0].score:.1f})"
                    ),
                )
        used = best.used if res.status is not Status.UNMATCHED else 0
        return _interpretation(ws, best, res, used, tuple(readings[:8]))

    def _namesake_elsewhere(self, best: Reading) -> bool:
        """The new commune read has an old namesake (Phường Việt Hoà of Thành phố Hải Dương for
        Phường Việt Hòa) in another district than the one read with it (Cẩm Giàng, whose Cao An
        and part of Lai Cách went into it): an officer of the namesake would have written its own
        district. A new commune of a new name, or whose namesake was of the district written
        (``Thôn 5, Kim Ngân, Lệ Thủy``), reads as written."""
        new_code = best.resolution.new_commune_code
        if new_code is None or best.district is None:
            return False
        name = ascii_key(_untyped(best.commune or ""))
        olds = self.reg.old_communes
        namesakes = [
            row.old_district_code
            for row in self.r.crosswalk.predecessors(new_code)
            if row.old_commune_code in olds and ascii_key(olds[row.old_commune_code].short_name) == name
        ]
        if not namesakes:
            return False
        hits = self.g.old_districts.find(*_name_keys(words(best.district)))
        written = {h.unit.code for h in hits if h.quality >= PLAIN and not h.fuzzy}
        return not written.intersection(namesakes)

    # ----- codes or names next to the address -----------------------------------------------
    def _combine(self, ref: Reference, from_address: Resolution) -> Resolution:
        """Codes or name columns given next to the address: they win when both agree."""
        columns = self.r.resolve(replace(ref, address=None))
        if columns.status in (Status.EMPTY, Status.UNMATCHED):
            return from_address
        if from_address.status in (Status.EMPTY, Status.UNMATCHED):
            return replace(columns, street=from_address.street)
        a, c = from_address.codes(), columns.codes()
        if a & c:
            return replace(columns, street=from_address.street)
        return Resolution(
            Status.AMBIGUOUS,
            new_province_code=(
                columns.new_province_code if columns.new_province_code == from_address.new_province_code else None
            ),
            candidates=tuple(sorted(a | c)),
            old=columns.old,
            street=from_address.street,
            note="the code columns and the address disagree",
            reason=Reason.CONFLICT,
        )


def address_reader(resolver: Resolver) -> AddressReader:
    """The resolver's address reader (one per resolver, with its caches)."""
    return resolver.addresses
