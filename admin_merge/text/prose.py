"""The address inside a document: a judgment, a decision, a news item, a petition, a CV, a land
document, a death notice, a business licence, copied whole into a register's address column.

A document names several places; which one is the address is said by the words before it, and
they are ranked (a land document's parcel before its owner, an event's place before a driver's
home, a head office before its branch, a residence before a place of birth or origin, which are
never taken):

    >>> address_in_prose("Bị cáo: VŨ XUÂN THẮNG, sinh năm 1984 tại xã Quỳnh Nguyên, huyện Quỳnh Phụ, "
    ...     "Tỉnh Thái Bình; nơi cư trú: ấp Trung, xã Quỳnh Thọ, huyện Quỳnh Phụ, Tỉnh Thái Bình; nghề "
    ...     "nghiệp: công nhân")
    'ấp Trung, xã Quỳnh Thọ, huyện Quỳnh Phụ, Tỉnh Thái Bình'
    >>> address_in_prose("Cụ ông Võ Chấn Hưng, nguyên quán: xã Yên Lập, Vĩnh Tường, trú quán: tổ dân phố 8, "
    ...     "thị trấn Thổ Tang, huyện Vĩnh Tường, tỉnh Vĩnh Phúc, đã từ trần hồi 19 giờ")
    'tổ dân phố 8, thị trấn Thổ Tang, huyện Vĩnh Tường, tỉnh Vĩnh Phúc'

Only a text long enough to be a document, holding one of the markers, is looked at; the place is
the text after the marker to the end of its clause. Two places of equal standing (two homes, a
wedding's two families, a project's site or a boundary or a bridge between two communes) are not
chosen between: ``equal_places`` gives each, and the reader reads both (one unit when both lead
to it, else a flag with the units of both).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from admin_merge.text.normalize import fold_chars

PROSE_LENGTH: Final = 90  # shorter texts are addresses, labelled or not, which the reader reads as they are

# Markers, folded (no marks, lower case), best first; each is followed by the place it names.
_PARCEL: Final = (
    r"dia chi thua dat|(?:toa lac|nam) tai|thua dat so \d+, to ban do so \d+, tai"
    # ``Thửa đất số 547, tờ bản đồ số 20, diện tích ..., mục đích sử dụng: ..., tại ...``
    r"|thua dat so \d+, to ban do so \d+, (?:dien tich|muc dich su dung)[^;]*?, tai"
)
_RANKED: Final = (
    r"hien cu ngu tai|hien cu tru tai|hien tru tai|hien dang cu tru tai",  # the writer's own home (a petition)
    _PARCEL,  # a parcel's place
    r"thuoc dia phan|doan qua dia ban|tren dia ban|xay ra tai",  # where an event happened
    r"(?:dia chi )?tru so chinh",  # a company's head office
    r"noi cu tru|cho o hien nay|noi o hien nay|noi dkhktt va cho o|cu ngu tai|cu tru tai|"
    r"tru quan|dia chi thuong tru|thuong tru tai|thuong tru|noi thuong tru|tru tai",  # a residence
)
_MARKERS: Final = tuple(re.compile(rf"(?<![a-z])(?:{m})\s*:?\s*") for m in _RANKED)
_ONE_ONLY: Final = (_MARKERS[0], _MARKERS[-1])  # the residences: two of them are of equal standing
# A land document names its parcel's place and its owner's: without the parcel's, none is taken.
_LAND: Final = re.compile(r"thua dat")
# Places of equal standing: left to the reader as written (a flag listing both is the answer).
_EQUAL: Final = re.compile(r"(?<![a-z])(?:nha trai|nha gai|dia diem thuc hien du an|tam tru|dc ?2)(?![a-z])")
# A quick test of the folded text before the markers are searched for.
_MAY_HOLD: Final = re.compile(r"thua dat|toa lac|nam tai|dia phan|dia ban|xay ra|tru|cho o|noi o|cu ngu")
# A field labelled as the address (``Địa chỉ: ...``, ``địa chỉ cư trú: ...``), once in the text.
_LABEL: Final = re.compile(r"(?<![a-z])dia chi(?: cu tru| lien he| lien lac)?\s*:\s*")
_FULL_STOP: Final = re.compile(r"\.(?:\s|$)")
_UNIT_NEXT: Final = re.compile(
    r"\s*(?:huy[ệe]n|qu[ậa]n|t[ỉi]nh|th[àa]nh\s+ph[ốo]|th[ịi]\s+x[ãa]|th[ịi]\s+tr[ấa]n|tp|tx|x[ãa]|ph[ưu][ờo]ng)[\s.]+",
    re.IGNORECASE,
)
# Where the place ends: a clause's end, or a word that starts the next clause.
_CLAUSE_END: Final = re.compile(
    r"[;()\n|]|:|\s(?:đã|đang|hưởng|điều khiển|đồng ý|chịu|nghề nghiệp|điện thoại|người|bị|khiến)\s"
    r"|\s(?:da xay ra|da tu tran|dieu khien|huong tho|dong y|chiu trach|nghe nghiep|dien thoai|nguoi dai dien|"
    r"bi ngap)\s",
    re.IGNORECASE,
)


def _sentence_end(text: str) -> int:
    """Where the first sentence of ``text`` ends: a full stop after a word of three letters or
    more (``Thái Bình. Điều 2``), or after the last syllable of a name (``tỉnh Nghệ An. Hôn lễ``),
    not an abbreviation's dot (``h. Chợ Đồn``, ``TP. Nha Trang``, ``Tp. Vinh``)."""
    for dot in _FULL_STOP.finditer(text):
        unit = _UNIT_NEXT.match(text, dot.end())
        if unit is not None and text[unit.end() : unit.end() + 1].strip(" .")[:1].isupper():
            continue  # a dot between units (``Xã Hòa Phú. Huyện Hòa Vang``): a separator, no sentence's end
        before = text[: dot.start()].split()
        word = before[-1].strip(",([") if before else ""
        if len(word) > 2 or (len(before) > 1 and _name_ends(before[-2], word)):
            return dot.start()
    return len(text)


# Abbreviations of two letters written with a capital (``Tp.``, ``Tx.``, ``Tt.``).
_TWO_LETTER_TYPES: Final = frozenset({"tp", "tx", "tt", "px", "ph", "th", "hu", "qu", "xa", "kp", "sn", "so"})


def _name_ends(previous: str, word: str) -> bool:
    """Whether ``word`` (two letters at most) ends a name of several syllables, each capitalised
    or all in capitals: ``Nghệ An``, ``Long An``, ``Ia Pa``, ``NGHỆ AN``."""
    if len(word) != 2 or len(previous) < 2 or fold_chars(word.lower()) in _TWO_LETTER_TYPES:
        return False
    if word.isupper() and word.isalpha():
        return previous.isupper() and previous.isalpha()
    return word[0].isupper() and word[1].islower() and previous[:1].isupper() and previous[1:].islower()


def address_in_prose(text: str) -> str | None:
    """The address a document gives (see the module's docstring), or None when ``text`` is no
    document, or says no place by a marker, or names two of equal standing."""
    if len(text) < PROSE_LENGTH:
        return None
    text = unicodedata.normalize("NFC", text)
    folded = fold_chars(text).lower()
    if len(folded) != len(text) or _MAY_HOLD.search(folded) is None or _EQUAL.search(folded) is not None:
        return None
    for marker in _MARKERS:
        if marker in _ONE_ONLY and len(marker.findall(folded)) > 1:
            return None  # two homes (``Nơi thường trú: ... Nơi ở hiện nay: ...``): of equal standing
        found = marker.search(folded)
        if found is None:
            if marker is _MARKERS[1] and _LAND.search(folded) is not None:
                return None  # a parcel and its owner, the parcel's place not marked: not chosen between
            continue
        place = _place_after(text, found.end())
        if place and "," in place:
            return place
    return None


def labelled_place(text: str) -> str | None:
    """The place after a document's one ``Địa chỉ:`` field (a notice's, a delivery's, a record's),
    to the end of its clause, or None (no such field, or two). The reader takes it only when it
    reads firmly: a field cut by a line break or a bracket reads the whole text instead."""
    if len(text) < PROSE_LENGTH:
        return None
    text = unicodedata.normalize("NFC", text)
    folded = fold_chars(text).lower()
    if len(folded) != len(text) or "dia chi" not in folded:
        return None
    found = list(_LABEL.finditer(folded))
    if len(found) != 1:
        return None
    place = _place_after(text, found[0].end())
    return place if "," in place else None


def _place_after(text: str, at: int) -> str:
    """The place written from position ``at`` of ``text`` to the end of its clause."""
    rest = text[at:]
    rest = rest[: _sentence_end(rest)]  # (a label in a later sentence is no field of this one)
    end = _CLAUSE_END.search(rest)
    if end is not None and end.group() == ":":
        # The next field's label (``..., MBC: 74000``, ``... Email: ...``) goes with its value.
        rest = rest[: max(rest.rfind(",", 0, end.start()), rest.rfind(" - ", 0, end.start()), 0)]
    elif end is not None:
        rest = rest[: end.start()]
    return rest.strip(" ,.-")


# Labels of places of equal standing, each followed by its place: residences (permanent and
# temporary), a wedding's two families, a delivery and an invoice address, a first and a second.
_EQUAL_LABELS: Final = re.compile(
    rf"(?<![a-z])(?:{_RANKED[0]}|{_RANKED[-1]}|tam tru|nha trai|nha gai|dia chi giao hang|dia chi nhan hang|"
    r"dia chi xuat hoa don|dia chi hoa don|dc ?[12]|dia chi [12]|hktt|ho khau thuong tru|cho o hien tai)\s*:?\s*"
)


def equal_places(text: str) -> list[str]:
    """The places of equal standing a document names, each after its label (``Thường trú: ...;
    Tạm trú: ...``, ``Địa chỉ giao hàng: ... | Địa chỉ xuất hóa đơn: ...``), when it names two or
    more and ``address_in_prose`` chooses none: the reader reads each and flags them together."""
    if len(text) < PROSE_LENGTH:
        return []
    text = unicodedata.normalize("NFC", text)
    folded = fold_chars(text).lower()
    if len(folded) != len(text):
        return []
    labels = list(_EQUAL_LABELS.finditer(folded))
    places = [_place_after(text, m.end()) for m in labels]
    if len(labels) == 1 and labels[0].start() > 0 and ":" not in text[: labels[0].start()]:
        # ``Thôn 3, X.Thượng Giáp, ..., Tuyên Quang (tạm trú tại Thôn 3, ...)``: the first place
        # unlabelled, before the label of the second (not ``QQ: ... - HKTT: ...``: a place of
        # origin is none of equal standing).
        places.insert(0, text[: labels[0].start()].strip(" ,;.-([|"))
    places = [p for p in places if "," in p]
    return places if len(places) > 1 else _joint_places(text, folded)


# Two units named together, as a project's site, a boundary or a bridge's two ends: ``Địa điểm thực
# hiện dự án: xã A và xã B, huyện C, tỉnh D``, ``giáp ranh giữa xã A, huyện C và xã B, huyện E,
# tỉnh D``, ``cầu ... nối xã A, huyện C với xã B, huyện E, tỉnh D`` (folded text).
_JOINT: Final = re.compile(
    r"(?<![a-z])(?:dia diem thuc hien du an\s*:?|giap ranh giua|noi)\s+(?=(?:xa|phuong|thi tran)\s)"
)
_JOINED: Final = re.compile(r"\s(?:va|voi)\s+(?=(?:xa|phuong|thi tran)\s)")
_TYPED_PART: Final = re.compile(r"(?:huyen|quan|thi xa|thanh pho|tp|tx)[.\s]")
_IN_PARENS: Final = re.compile(r"\s*\(([^()]*)\)")


def _unit_only(part: str) -> str:
    """A part cut after its unit's capitalised name (its type word first, if any): ``tỉnh Phú Thọ
    kéo dài nhiều năm`` -> ``tỉnh Phú Thọ``."""
    words = part.split()
    k = 0
    while k < len(words) and k < 2 and not words[k][0].isupper():
        k += 1  # the type word (``tỉnh``, ``thành phố``)
    name = k
    while k < len(words) and words[k][0].isupper():
        k += 1
    # A text in lower case (or a name not capitalised) says nothing of where the name ends: as it is.
    return " ".join(words[:k]) if k > name else part


def _joint_places(text: str, folded: str) -> list[str]:
    """The two units of a project's site, a boundary or a bridge (see ``_JOINT``), each with the
    district and province written after the second when written once for both; [] when the text
    names no such pair."""
    found = _JOINT.search(folded)
    if found is None:
        return []
    start = found.end()
    end = start + _sentence_end(text[start:])
    joined = _JOINED.search(folded, start, end)
    if joined is None:
        return []
    first = _IN_PARENS.sub(r", \1", text[start : joined.start()]).strip(" ,")
    second = _IN_PARENS.sub(r", \1", text[joined.end() : end]).strip(" ,")
    parts = [p.strip() for p in second.split(",")]
    if len(parts) < 2:
        return []
    parts[-1] = _unit_only(parts[-1])  # ``tỉnh Phú Thọ kéo dài nhiều năm``
    second = ", ".join(parts)
    if any(_TYPED_PART.match(fold_chars(p.strip()).lower()) for p in first.split(",")[1:]):
        first = f"{first}, {parts[-1]}"  # its district written: the province of the second
    else:
        first = ", ".join([first, *parts[1:]])
    return [first, second]


# An encyclopedia's first sentence (``Long Vĩnh là một xã thuộc huyện Duyên Hải, tỉnh Trà Vinh, Việt
# Nam. Xã có diện tích ...``): the unit named first, its type after ``là một``, the units above it
# after ``thuộc``.
_LEAD: Final = re.compile(
    r"^\s*(?P<name>[^\W\d_][^,.;:|()\n]{0,40}?)\s+l[àa]\s+(?:m[ộo]t\s+)?"
    r"(?P<type>x[ãa]|ph[ưu][ờo]ng|th[ịi]\s+tr[ấa]n|[đd][ặa]c\s+khu)\s+(?:tr[ựu]c\s+)?thu[ộo]c\s+(?P<rest>.+)",
    re.IGNORECASE | re.DOTALL,
)


def lead_place(text: str) -> str | None:
    """The unit an encyclopedia's first sentence describes, as an address (``Xã Long Vĩnh, huyện
    Duyên Hải, tỉnh Trà Vinh, Việt Nam``), or None when ``text`` does not start so."""
    m = _LEAD.match(text)
    if m is None:
        return None
    rest = m.group("rest")
    return f"{m.group('type')} {m.group('name')}, {rest[: _sentence_end(rest)].strip(' ,.')}"


# A question typed into a search box about a unit (``tân thanh tuyên quang gồm những xã nào``,
# ``xa ben luc tay ninh sap nhap tu nhung xa nao``, ``mai phụ thạch hà hà tĩnh nay là gì?``): the
# words from the question's verb on ask of the reform; the names before them are the place.
# (The question's word in lower case: ``La Gi`` is a town.)
_ASKING: Final = ("nào", "nao", "gì", "gi", "đâu", "đau", "dâu", "dau")  # (a cheap test of the last word first)
_ASKS: Final = re.compile(r"(?<=\s)(?:n[àa]o|g[ìi]|[đd][âa]u)\s*\??\s*(?:(?:19|20)\d\d\s*)?$")
_QUESTION: Final = re.compile(
    r"(?i)\s+(?:(?:sau\s+(?:khi\s+)?)?s[áa]p\s+nh[ậa]p|g[ồo]m\s+(?:nh[ữu]ng|c[áa]c)|tr[ưu][ớo]c\s+(?:[đd][âa]y|kia)"
    r"|nay\s+l[àa]|nay\s+thu[ộo]c|b[âa]y\s+gi[ờo]|hi[ệe]n\s+nay|m[ớo]i\s+[ởo]|[ởo]\s+[đd][âa]u|l[àa]\s+(?:x[ãa]|ph[ưu][ờo]ng)\s"
    r"|thu[ộo]c\s+(?:x[ãa]|ph[ưu][ờo]ng|t[ỉi]nh)\s+(?:n[àa]o|g[ìi])|(?:đ[ổo]i|[đd]oi)\s+t[êe]n)\b.*$"
)


def question_dropped(text: str) -> str:
    """``text`` without the question a search box's text asks of the unit it names (see
    ``_QUESTION``), when it ends as a question does; the same string otherwise."""
    if not text.rstrip(" ?0123456789").endswith(_ASKING) or _ASKS.search(text, max(0, len(text) - 12)) is None:
        return text
    found = _QUESTION.search(text)
    if found is None or found.start() == 0:
        return text
    return text[: found.start()]
