"""What ends an address besides its units: notes a clerk or a sender adds after it, a
district's or a province's initials, a last part in parentheses, another country."""

from __future__ import annotations

import re
import unicodedata

from admin_merge.text.tokens import strip_noise

# Notes a clerk or a sender adds after the address: ``(gần chợ)``, ``(cạnh UBND xã)``, ``(giao
# giờ hành chính)``, ``(theo sổ hộ khẩu)``, ``(địa chỉ mới)``, ``(sau sáp nhập)``, ``*chưa cập nhật
# địa chỉ mới*``, ``- nhà có cổng xanh``, ``- hết``: dropped (in parentheses or stars, or after a
# dash when they start with one of these words).
_NOTE_START = (
    r"(?:gần|gan|cạnh|canh|bên\s+cạnh|ben\s+canh|đối\s+diện|doi\s+dien|giao\s+(?:giờ|gio|hàng|hang|trong|ngoài|ngoai)|"
    r"gọi|goi|liên\s+hệ|lien\s+he|theo\s+(?:sổ|so|hộ|ho|địa|dia|cccd|cmnd)|chưa|chua|"
    r"(?:sau|trước|truoc)\s+(?:khi\s+)?(?:sáp|sap)\s+(?:nhập|nhap)|(?:địa\s+chỉ|dia\s+chi)\s+(?:mới|moi|cũ|cu)|nhà\s+có|nha\s+co|hết|het|"
    r"(?:đ/?c|d/?c)\s+(?:cũ|cu)|(?:cũ|cu|trước\s+đây|truoc\s+day)\s*:|"
    r"ghi\s+chú|ghi\s+chu|lưu\s+ý|luu\s+y|phía\s+(?:sau|trước|truoc|trong)|phia\s+(?:sau|truoc|trong)|"
    r"cơ\s+quan\s+thuế|co\s+quan\s+thue|chi\s+cục\s+thuế|chi\s+cuc\s+thue|cct)"  # a tax office after the address
)
# Directions in parentheses at the end (``(đường đi xã An Bá)``, ``(ngã ba Hương Trạch)``,
# ``(cầu Bình Chuẩn)``, ``(sau nhà văn hóa thôn 9)``): the way to the house, naming other units.
# In lower case only where a unit's name may start so (``Ngã Năm``, ``Cầu Kè``, ``Chợ Mới``).
_PAREN_DIRECTION = (
    r"(?:đường|duong)\s+(?:đi|di|vào|vao|lên|len|xuống|xuong|ra)|km\s*\d|quốc\s+lộ|quoc\s+lo"
    r"|(?-i:ngã|nga|cầu|cau|chợ|cho|sau|trước|truoc|hướng|huong|cuối|cuoi|đầu|dau|ngay|sát|sat)"
)
_TRAILING_NOTE = re.compile(
    rf"(?i)(?:\s*[(\[]\s*(?:{_NOTE_START}|{_PAREN_DIRECTION})(?![^\W\d_])[^()\[\]]*[)\]]|\s*\*[^*]+\*"
    rf"|\s+[-\u2013]\s+(?:[(\[]\s*)?{_NOTE_START}(?![^\W\d_])[^,;|()\[\]\-\u2013]*[)\]]?)[\s,;.\-\u2013]*$"
)


def _space_before(text: str, at: int) -> int:
    """Where the run of whitespace that ends at ``at`` starts (``at`` itself when there is none)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _closing_start(text: str) -> int:
    """Where the run of whitespace, commas, semicolons, dots and dashes that ends ``text`` starts:
    what the closing runs of the end-anchored patterns below may take, and more."""
    end = len(text)
    while end > 0 and (text[end - 1] in ",;.-\u2013" or text[end - 1].isspace()):
        end -= 1
    return end


def _trailing_note(text: str) -> re.Match[str] | None:
    """``_TRAILING_NOTE.search(text)``, searched from the earliest place a match can start: a note
    in brackets opens at the last ``(`` or ``[`` (none follows inside it or after it); one in stars
    at the last star but one; one after a dash at the last hyphen or en dash before the marks
    that close the text (none inside it). Each may have whitespace before it. The search from
    there finds what the search from the start finds, without trying every character before."""
    starts = [max(text.rfind("("), text.rfind("["))]
    last_star = text.rfind("*")
    if last_star > 0:
        starts.append(text.rfind("*", 0, last_star))
    closing = _closing_start(text)
    starts.append(max(text.rfind("-", 0, closing), text.rfind("\u2013", 0, closing)))
    found = [_space_before(text, at) for at in starts if at >= 0]
    if not found:
        return None
    return _TRAILING_NOTE.search(text, min(found))


LAST_PARENS = re.compile(r"\s*\(([^()]*)\)\s*$")
_LAST_INITIALS = re.compile(r"(?:^|[\s,;|\-])(\w\.?\w)\.?\s*$")  # ``QN``, ``B.D``
# A district of a city by its initials at the end of an address, after its type word (``P Tương
# Mai quận HM``, ``Gia Thụy - Q LB``, ``Q.TX``, ``QPN``, ``TP.TĐ``; see ``_district_initials``).
_END_DISTRICT_INITIALS = re.compile(
    r"(?:^|[\s,;|.\-])((?i:quận|quan|q|huyện|huyen|h|thị xã|thi xa|tx|thành phố|thanh pho|tp))"
    r"(?:\.\s*|\s+|(?<=[qQ])(?=[^\W\d_]{2,3}[\s.,;]*$)|(?=[A-ZĐ]{2,3}[\s.,;]*$))([^\W\d_]{2,3})[\s.,;]*$"
)


def last_initials(text: str) -> re.Match[str] | None:
    """``_LAST_INITIALS.search(text)``, searched from the earliest place a match can start: its
    separator, two word characters and a dot between them end where the whitespace and dots that
    close the text start (``_closing_start`` takes more of them: an earlier place still)."""
    return _LAST_INITIALS.search(text, max(0, _closing_start(text) - 5))


def end_district_initials(text: str) -> re.Match[str] | None:
    """``_END_DISTRICT_INITIALS.search(text)``, searched from the earliest place a match can start:
    two or three letters end where the marks that close the text start; before them a dot and
    whitespace at most, a type word of nine characters at most (one each, case aside), and its
    separator."""
    closing = _closing_start(text)
    earliest = closing - 3
    while earliest > 0 and (text[earliest - 1] == "." or text[earliest - 1].isspace()):
        earliest -= 1
    return _END_DISTRICT_INITIALS.search(text, max(0, earliest - 10))


# A numbered ward of Hồ Chí Minh City followed by its district's two initials without type word, as
# the city's clerks shorten it (``P16 Gv``, ``P.27, BT``, ``F10 TB``): the four districts of
# numbered wards whose names have two words (Gò Vấp, Bình Thạnh, Tân Bình, Phú Nhuận).
_CITY_WARD_INITIALS = re.compile(
    r"(?i)(?<![^\W_])((?:p|f|phường|phuong)\.?\s?\d{1,2})([\s,.\-]+)(gv|bt|tb|pn)(?=[\s,.;\-]|$)"
)
# The city right after the initials (``P16 Gv Tp Hồ Chí Minh``, ``P.27, BT, TP.HCM``).
_TWO_INITIALS = re.compile(r"[GgBbTtPp][VvTtBbNn](?![^\W_])")
_THE_CITY = re.compile(
    r"(?i)[\s,.;\-]*(?:(?:tp|thành\s+phố|t\.p)\.?\s*)?(?:h[ồo]\s*ch[íi]\s*minh|hcm|s[àa]i\s*g[òo]n|sg(?![^\W_]))"
)


def city_ward_initials(text: str) -> str:
    """``P16 Gv Tp Hồ Chí Minh`` -> ``P16 Q.Gv Tp Hồ Chí Minh``: two initials after a numbered
    ward of Hồ Chí Minh City name its district (typed, as the reader reads two initials only so);
    the text as it is elsewhere.

    >>> city_ward_initials("409/14A Lê Đức Thọ P16 Gv Tp Hồ Chí Minh")
    '409/14A Lê Đức Thọ P16 Q.Gv Tp Hồ Chí Minh'
    >>> city_ward_initials("Thôn 2, P16 Gv, Hà Nội")
    'Thôn 2, P16 Gv, Hà Nội'
    >>> city_ward_initials("Số 5 P7 BT Bến Tre, hàng gửi từ kho HCM")
    'Số 5 P7 BT Bến Tre, hàng gửi từ kho HCM'
    """
    if _TWO_INITIALS.search(text) is None:
        return text  # (the cheap test first: the initials themselves)
    found = _CITY_WARD_INITIALS.search(text)
    if found is None or _THE_CITY.match(text, found.end()) is None:
        return text  # (the city after them: ``P7 BT Bến Tre, gửi từ kho HCM`` is Bến Tre's)
    return _CITY_WARD_INITIALS.sub(r"\1\2Q.\3", text)


# Other countries, as Vietnamese records and forms write them (the last part of an address
# abroad: ``Cabramatta, Sydney, Ốt-xtrây-li-a``, ``Tỉnh Luông Nậm Thà, CHDCND Lào``); lower case.
# Not the one-syllable names (Úc, Lào, Mỹ, Pháp, Séc): a name cut by a stray comma or a field's
# width ends so too (``Vĩnh Ph,úc``, ``..., Lào`` for Lào Cai).
_COUNTRIES = frozenset(
    {
        "ốt-xtrây-li-a",
        "australia",
        "chdcnd lào",
        "cộng hòa dân chủ nhân dân lào",
        "laos",
        "campuchia",
        "cam-pu-chia",
        "cambodia",
        "vương quốc campuchia",
        "trung quốc",
        "china",
        "đài loan",
        "taiwan",
        "hàn quốc",
        "korea",
        "south korea",
        "nhật bản",
        "japan",
        "hoa kỳ",
        "usa",
        "u.s.a",
        "united states",
        "france",
        "chlb đức",
        "cộng hòa liên bang đức",
        "germany",
        "cộng hòa séc",
        "czech republic",
        "czechia",
        "thái lan",
        "thailand",
        "canada",
        "ca-na-đa",
        "singapore",
        "xin-ga-po",
        "malaysia",
        "ma-lai-xi-a",
        "liên bang nga",
        "russia",
        "anh quốc",
        "united kingdom",
        "new zealand",
        "niu di-lân",
        # Cities and regions abroad written for their country (none is a unit's name here):
        "paris",
        "london",
        "tokyo",
        "osaka",
        "seoul",
        "busan",
        "gyeonggi",
        "incheon",
        "taipei",
        "đài bắc",
        "cao hùng",
        "đài trung",
        "bắc kinh",
        "thượng hải",
        "vân nam",
        "moscow",
        "berlin",
        "praha",
        "sydney",
        "melbourne",
        "new york",
        "california",
        "texas",
        "bangkok",
        "vientiane",
        "viêng chăn",
        "phnom penh",
        "phnôm pênh",
    }
)


def drop_notes(text: str) -> str:
    """``text`` without the notes at its end (see ``_TRAILING_NOTE``), and without the country,
    postal code or phone they hid from the end."""
    while True:
        found = _trailing_note(text)
        if found is None:
            return text
        text = strip_noise(text[: found.start()])
        if "(" in text and text.count("(") > text.count(")"):
            text += ")"  # the note before lost its parenthesis to the noise dropped


def abroad(text: str) -> bool:
    """The text ends with another country than Vietnam, as its last comma-separated part."""
    last = text[max(text.rfind(","), text.rfind(";")) + 1 :].strip(" .").casefold()
    return unicodedata.normalize("NFC", last) in _COUNTRIES
