"""The units an address's words name, found inside other text: a typed commune and the higher units
written after it.

A listing, a news item, a letterhead or a notice holds its address among words that are no part of
it (a shop's name, prices, opening hours, a name, what happened). Where the reader finds nothing in
the whole text, the places it names are still plain: a commune written with its type word (``xã``,
``phường``, ``thị trấn``, ``đặc khu``, or ``X.``, ``P.``, ``TT.`` with their dot) and the district
and province after it, in parentheses or not. Which of them is the text's place the words do not
say (an addressee, an office, a workplace read the same), so the reader offers their units as
candidates of a flag, never alone (``AddressReader._units_in_text``):

    >>> (chain,) = unit_chains("Mì Quảng Bà Mua - Quán cà phê - 164 Phan Đình Phùng, xã Nghi Xá, "
    ...     "H.Nghi Lộc, Nghệ An | Giá: 35.000đ - 105.000đ | 6h - 10h30")
    >>> chain.text, chain.before, chain.other
    ('xã Nghi Xá, H.Nghi Lộc, Nghệ An', '164 Phan Đình Phùng', False)
    >>> [c.text for c in unit_chains("(VnExpress) - Ngày 11/9, UBND xã Long Chữ (huyện Bến Cầu, tỉnh "
    ...     "Tây Ninh) hoàn thành xây dựng 90 căn nhà")]
    ['xã Long Chữ, huyện Bến Cầu, tỉnh Tây Ninh']

Each chain is a commune and the parts after it that start with a higher unit's type word, or
that are a short name in capitals (a province written alone: ``Nghệ An``, ``SƠN LA``); a chain
ends at anything else. A chain after words that say its place is another's (a birthplace, an
origin, a cemetery, an office or a school named after the commune, a letter's addressee, one of
several communes: ``các xã A, B và C``) is marked ``other``: such a text does not say which place
is the address. A commune written alone in a letter's header keeps the district or province typed
above it (``UBND HUYỆN QUỲ HỢP / ỦY BAN NHÂN DÂN / XÃ TAM HỢP``), and the header's state name and
motto (``Độc lập - Tự do - Hạnh phúc``: three communes' names) are dropped (``without_motto``).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from admin_merge.text.normalize import fold_chars
from admin_merge.text.vocabulary import HAMLET_WORDS, STREET_WORDS


class Chain(NamedTuple):
    text: str  # the units, joined by ", "
    units: int  # how many: the commune, and the higher units written after it
    start: int  # where the commune's type word starts in the text
    before: str  # the street part right before the commune, in its own part (a house and street)
    other: bool  # the words before it say it is another place than the address
    above: str = ""  # higher units written before it, nearest first (a letter's header)


# A commune's type word: in full (any case, with or without marks), or abbreviated with its dot.
_COMMUNE: Final = re.compile(
    r"(?<![^\W\d_])(?<!(?i:thị)\s)(?<!(?i:thi)\s)(?<!(?i:thị)\s\s)(?<!(?i:thi)\s\s)"  # not ``Thị xã`` (a district)
    r"(?!(?i:xã\s+hội\s+chủ|xa\s+hoi\s+chu))"  # nor the state's name (``Cộng hòa xã hội chủ nghĩa``)
    r"(?:(?i:xã|xa|phường|phuong|thị\s+trấn|thi\s+tran|đặc\s+khu|dac\s+khu)\s+|(?<!T\.)(?:X|P|TT|Tt)\.\s*|TT\s+)"
    r"(?=[^\W\d_]|\d{1,2}(?!\d))"
)
# A higher unit's type word at the start of a part.
_HIGHER: Final = re.compile(
    r"(?:(?i:huyện|huyen|quận|quan|thị\s+xã|thi\s+xa|thành\s+phố|thanh\s+pho|tỉnh|tinh)\s+|(?i:tp|tx)\.?\s*"
    r"|(?:H|Q|T)\.\s*|H\s+)(?=[^\W\d_]|\d)"
)
# Where a part ends: a comma, a semicolon, a bar, a line break, a bracket, a dash between spaces,
# two spaces (a letterhead's columns), a full stop after a word (not ``TP.``).
_PART_END: Final = re.compile(r"\s*(?:[,;|()\n\[\]{}]|\s[-\u2013\u2014]\s)\s*|\s{2,}|(?<=[^\W\d_]{3})\.(?:\s+|$)")
_WORDS: Final = 4  # a part of more words than this is no unit's name (nor a province written alone)
# Words before a commune that make it another place than the address (folded, lower case).
_OTHER: Final = re.compile(
    r"(?<![a-z])(?:sinh|que quan|nguyen quan|nghia trang|ntls|an tang|cong an|y te|kinh gui|chi nhanh|benh vien"
    r"|truong (?:th|thcs|thpt|mn|mam non|tieu hoc|trung hoc|dai hoc|cao dang)|doi dien|gan|cac|nhung)"
    r"(?![a-z])[^,;|\n]{0,30}$"
)
# Words before a commune, in lower case as prose writes them (``Cách Mạng Tháng Tám`` is a street),
# that place it from somewhere else: a distance, a border, a letter or a parcel sent, an origin, a
# route, a maker or a seller.
_OTHER_LOWER: Final = re.compile(
    r"(?<![^\W\d_])(?:cách|cach|giáp|giap|gửi|gui|quê|que|gốc|goc|từ|tu|đi|di|về|ve|tới|toi|đến|den|nối|noi|sang"
    r"|nhận|nhan|kho|nhà máy|nha may|hợp tác xã|htx|trường|truong|tuyến|tuyen|khỏi|khoi)"
    r"(?![^\W\d_])[^,;|\n]{0,30}$"
)
# The same words starting the text or a sentence, in capitals (``Gửi UBND xã A``, ``Cách xã A 5km``).
_OTHER_FIRST: Final = re.compile(
    r"(?:^|[.;!?\n]\s*)(?:Gửi|Gui|GỬI|Cách|Cach|Giáp|Giap|Quê|Que|Từ|Tu|Về|Ve|Tới|Toi|Đến|Den|Kính gửi|Kinh gui)"
    r"(?![^\W\d_])[^,;|\n]{0,30}$"
)


# A higher unit's type word in full anywhere (``địa bàn huyện Ea Kar``), folded.
_HIGHER_WORD: Final = re.compile(r"(?<![a-z])(?:huyen|quan|thi xa|thanh pho|tinh)\s+[^\W\d_]")


# The state's name and motto heading every official letter (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /
# Độc lập - Tự do - Hạnh phúc``): three of its words are communes' names.
_MOTTO: Final = re.compile(
    r"(?i)(?:c[ộo]ng\s+h[òoà][àa]?\s+)?x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a\s+vi[ệe]t\s+nam"
    r"|đ[ộo]c\s+l[ậa]p\s*[-\u2013,]\s*t[ựu]\s+do\s*[-\u2013,]\s*h[ạa]nh\s+ph[úu]c"
)


# An organisation named after a place (``Trường THCS Nghi Xá``, ``Công ty TNHH Xây dựng Nghi Xá
# Nghi Lộc``, ``Chợ``, ``HTX Nông nghiệp``), folded, ending the words before the place's name.
_NAMED_AFTER: Final = re.compile(
    r"(?<![a-z])(?:truong|cong ty|cty|cho|htx|hop tac xa|nha may|benh vien|tram y te|chi nhanh|ngan hang"
    r"|buu dien|buu cuc|khu cong nghiep|kcn|cum cong nghiep|du an|nha van hoa)(?![a-z])[^,;|:\n]{0,30}$"
)


def named_after(before: str) -> bool:
    """The words ``before`` a place's name end with an organisation's (a school, a company, a
    market, a cooperative: ``Trường THCS``, ``Công ty TNHH Xây dựng``): the name is its, no place."""
    return _NAMED_AFTER.search(fold_chars(before[-48:]).lower()) is not None


def without_motto(text: str) -> str:
    """``text`` without the state's name and motto of a letter's header."""
    return _MOTTO.sub(" ", text) if any(w in text for w in ("hạnh", "Hạnh", "HẠNH", "hanh", "Hanh", "HANH")) else text


def higher_before(text: str, at: int) -> bool:
    """Whether a higher unit's type word, written in full, comes before ``at`` in ``text``."""
    return _HIGHER_WORD.search(fold_chars(text[:at]).lower()) is not None


def unit_chains(text: str) -> list[Chain]:
    """Every typed commune of ``text`` with the higher units written after it (see the module)."""
    out: list[Chain] = []
    at = 0
    while (found := _COMMUNE.search(text, at)) is not None:
        at = found.end()
        end = _PART_END.search(text, found.end())
        stop = end.start() if end is not None else len(text)
        written = text[found.end() : stop].split()
        name = _name(written)
        if not name or (len(name) < len(written) and not written[len(name)][:1].islower()):
            continue  # not a name (lower-case words only, numbers of a price...)
        parts = [f"{text[found.start() : found.end()]}{' '.join(name)}"]
        if len(name) < len(written):
            end = None  # ``riêng xã Nghi Yên thiệt hại nặng nhất``: the name, then the sentence goes on
        while end is not None:
            start = end.end()
            nxt = _PART_END.search(text, start)
            stop = nxt.start() if nxt is not None else len(text)
            part = text[start:stop].strip()
            if not part:
                if nxt is None or nxt.end() == start:
                    break
                end = nxt  # two marks in a row (``Tây Ninh),``)
                continue
            typed = _HIGHER.match(part)
            words = part[typed.end() :].split() if typed else part.split()
            name = _name(words)
            if not name or (typed is None and (len(name) < len(words) or not all(map(_bare_word, name)))):
                break  # a name alone is letters only, not an abbreviation (``DT 4``, ``LH``, a rating)
            parts.append(part[: typed.end()] + " ".join(name) if typed else part)
            if len(name) < len(words):
                break  # ``tỉnh Nam Định vừa hỗ trợ ...``: the name, then the sentence goes on
            end = nxt
        before = _street_before(text, found.start())
        window = fold_chars(text[max(0, found.start() - 70) : found.start()]).lower()
        raw = text[max(0, found.start() - 40) : found.start()]
        other = (
            _OTHER.search(window) is not None
            or _OTHER_LOWER.search(raw) is not None
            or _OTHER_FIRST.search(raw) is not None
        )
        chain = Chain(", ".join(parts), len(parts), found.start(), before, other, _above(text, found.start()))
        out.append(chain)
    return out


# A higher unit typed in full, its name in capitals or title case (a letter's header: ``UBND HUYỆN
# QUỲ HỢP``, ``TỈNH TÂY NINH``).
_ABOVE: Final = re.compile(r"(?<![^\W\d_])(?i:huyện|quận|thị\s+xã|thành\s+phố|tỉnh)\s+")


def _above(text: str, start: int) -> str:
    """The higher units typed before a commune at ``start`` (within a letter's header), nearest
    first: ``UBND HUYỆN QUỲ HỢP / ỦY BAN NHÂN DÂN / XÃ TAM HỢP`` gives ``HUYỆN QUỲ HỢP``."""
    head = text[max(0, start - 120) : start]
    found: list[str] = []
    for typed in _ABOVE.finditer(head):
        line = re.split(r"\n|\s{2,}|[,;|()]", head[typed.end() :], maxsplit=1)[0]
        name = _name(line.split())
        if name and all(map(_bare_word, name)):
            found.append(typed.group(0) + " ".join(name))
    return ", ".join(reversed(found[-2:]))


def _name(words: list[str]) -> list[str]:
    """The first words of ``words`` that can be a unit's name (at most four): each starts with a
    capital letter, or is a number of one or two digits (a numbered ward)."""
    out: list[str] = []
    for w in words[:_WORDS]:
        if not (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()) and not (
            w.isdigit() and len(w) <= 2
        ):
            break
        out.append(w)
    return out


def _bare_word(word: str) -> bool:
    """A word of a province or district written alone: letters, not two capitals (``DT``, ``LH``)."""
    return word.isalpha() and not (len(word) <= 2 and word.isupper())


def _street_before(text: str, start: int) -> str:
    """The part right before a commune at ``start``, when it is a house, a street, a hamlet or a
    group (``164 Phan Đình Phùng``, ``Thôn 12``, ``Đội 6``)."""
    head = text[:start].rstrip(" ,")
    cut = max(head.rfind(c) for c in (",", ";", "|", "\t", "\n", " - ", " — ", ":"))
    part = head[cut + 1 :].strip(" -—:")
    first = fold_chars(part).lower().split(maxsplit=1)
    word = first[0].strip(".:") if first else ""
    return part if word[:1].isdigit() or word in STREET_WORDS or word in HAMLET_WORDS else ""


# ``các xã: A, B và thị trấn C`` (a list of communes), folded: where its names start.
_PLURAL: Final = re.compile(r"(?<![a-z])cac (xa|phuong|thi tran)\s*:?\s*")
# Between two names of a list, and where the list gives way to the higher units.
_LIST_SEP: Final = re.compile(r"\s*,\s*|\s+(?:và|va)\s+")
_TAIL: Final = re.compile(
    r"\s*(?:\(|,?\s*(?:thuộc|thuoc)\s+|,\s*(?=(?i:huyện|huyen|quận|quan|thị\s+xã|thành\s+phố|tỉnh|tp|tx)\b))"
)


def listed_places(text: str) -> list[str]:
    """The communes of a list (``các xã Kiên Thọ, Phùng Giáo và thị trấn Ngọc Lặc, huyện Ngọc
    Lặc, tỉnh Thanh Hóa``), each written as an address with the higher units after the list; none
    when ``text`` holds no such list:

    >>> listed_places("Lịch cắt điện tại các xã: Thạch Đạn, Xuất Lễ và thị trấn Đồng Đăng (huyện Cao Lộc, "
    ...     "tỉnh Lạng Sơn).")
    ['xã Thạch Đạn, huyện Cao Lộc, tỉnh Lạng Sơn', 'xã Xuất Lễ, huyện Cao Lộc, tỉnh Lạng Sơn', \
'thị trấn Đồng Đăng, huyện Cao Lộc, tỉnh Lạng Sơn']
    """
    folded = fold_chars(text).lower()
    places: list[str] = []
    for found in _PLURAL.finditer(folded):
        places += _list_at(text, found)
    return places


# Words before a list that make its communes the places served, reached or bordered, not where
# the text is (folded): ``giao hàng các xã``, ``gần các xã``, ``ship các xã``.
_LIST_OTHER: Final = re.compile(
    r"(?<![a-z])(?:giao hang|ship|gan|giap|cach|toi|den|sang|khap|cung cap|nhan|phuc vu|ke|lan can)(?![a-z])"
    r"[^,;|:\n]{0,8}$"
)


def _list_at(text: str, found: re.Match[str]) -> list[str]:
    """The places of the list whose type word ``found`` matched (in the folded text)."""
    if _LIST_OTHER.search(fold_chars(text[max(0, found.start() - 30) : found.start()]).lower()) is not None:
        return []
    plural = {"xa": "xã", "phuong": "phường", "thi tran": "thị trấn"}[found.group(1)]
    tail = _TAIL.search(text, found.end())
    if tail is None:
        return []
    higher = [p.strip(" .") for p in re.split(r"[,;]", re.split(r"[)]", text[tail.end() :])[0])]
    higher = [p for p in higher if p and _HIGHER.match(p)]
    if not higher:
        return []
    places: list[str] = []
    for item in _LIST_SEP.split(text[found.end() : tail.start()]):
        item = item.strip(" .:")
        typed = _COMMUNE.match(item)
        name = item[typed.end() :] if typed else item
        words = name.split()
        if not words or len(words) > _WORDS or _name(words) != words:
            return []  # not a list of names
        places.append(f"{item if typed else f'{plural} {item}'}, {', '.join(higher)}")
    return places if len(places) > 1 else []
