"""An address as machines export it: URL encoding, JSON, geocoders' component dumps, empty fields.

Addresses copied out of a web form, an API answer or a database concatenation carry the machine's
residue: percent-encoded UTF-8 and ``+`` for spaces (``X%C3%A3%20T%C3%A2n%20%C4%90%E1%BB%A9c``), a
query string (``ward=...&district=...``), JSON escapes (``\\u1ea1``) or a whole JSON object, the
components of a geocoder's answer with their keys (Google's ``administrative_area_level_1``,
HERE's ``houseNumber``, Mapbox's ``place``, Nominatim's ``road``, a shop's ``ward``), the empty
fields of a concatenation (``NULL``, ``nan``, ``N/A``, a lone ``-``) and a country written first.
:func:`unexported` undoes them into the plain comma-separated text the address reader reads, the
smallest unit first; Vietnamese labels (``ĐC:``, ``Xã:``) are the reader's and stay as written.

    >>> unexported("ward=X%C3%A3+T%C3%A2n+%C4%90%E1%BB%A9c&province=T%E1%BB%89nh+C%C3%A0+Mau")
    'Xã Tân Đức, Tỉnh Cà Mau'
    >>> unexported("Xã Tân Đức, NULL, Tỉnh Cà Mau")
    'Xã Tân Đức, Tỉnh Cà Mau'
    >>> text = "Thôn 3, Xã Yên Lập, Huyện Vĩnh Tường, Tỉnh Vĩnh Phúc"
    >>> unexported(text) is text
    True
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Final
from urllib.parse import parse_qsl, unquote, unquote_plus

# How a country written first starts (the stripped text's start, case folded).
_COUNTRY_STARTS: Final[tuple[str, ...]] = ("vietnam", "viet nam", "việt nam", "vn")
_COUNTRY_INITIALS: Final = "Vv \t\n\"'{["

# Ranks from small to large: house, street, hamlet, commune, district, city, province.
_HOUSE: Final = 0.0
_STREET: Final = 1.0
_HAMLET: Final = 2.0
_COMMUNE: Final = 3.0
_DISTRICT: Final = 4.0
_CITY: Final = 5.0
_PROVINCE: Final = 6.0
# A component's rank by its key, folded (lower case, no ``_``, ``-`` or space).
_RANKS: Final[dict[str, float]] = {
    **dict.fromkeys(
        ("streetnumber", "housenumber", "house", "premise", "subpremise", "building", "fulladdress"), _HOUSE
    ),
    **dict.fromkeys(("addressline1", "address1", "address", "streetaddress"), _HOUSE),
    **dict.fromkeys(("route", "street", "road", "addressline2", "address2"), _STREET),
    **dict.fromkeys(("hamlet", "neighborhood", "neighbourhood", "administrativearealevel4"), _HAMLET),
    **dict.fromkeys(("administrativearealevel5", "isolateddwelling"), _HAMLET),
    **dict.fromkeys(("ward", "commune", "village", "suburb", "quarter", "administrativearealevel3"), _COMMUNE),
    **dict.fromkeys(("sublocality", "sublocalitylevel1", "sublocalitylevel2"), _COMMUNE),
    "town": _COMMUNE + 0.5,
    **dict.fromkeys(("district", "citydistrict", "administrativearealevel2", "municipality"), _DISTRICT),
    **dict.fromkeys(("city", "locality", "place"), _CITY),
    "county": _CITY + 0.5,  # above the city (HERE writes the province there in Việt Nam)
    **dict.fromkeys(("province", "state", "region", "administrativearealevel1", "statedistrict"), _PROVINCE),
}
# Keys in Vietnamese without diacritics, ranked in JSON and query strings only: in text, ``Xa:`` or
# ``Huyen:`` is a label, the reader's.
_VIETNAMESE_RANKS: Final[dict[str, float]] = {
    **dict.fromkeys(("sonha", "diachi", "diachicuthe"), _HOUSE),
    "duong": _STREET,
    **dict.fromkeys(("thon", "ap", "xom", "thonxom"), _HAMLET),
    **dict.fromkeys(("xa", "phuong", "xaphuong", "phuongxa"), _COMMUNE),
    **dict.fromkeys(("huyen", "quan", "quanhuyen", "huyenquan"), _DISTRICT),
    **dict.fromkeys(("tinh", "thanhpho", "tinhthanh", "tinhthanhpho"), _PROVINCE),
}
_HOUSE_NUMBERS: Final = frozenset({"streetnumber", "housenumber"})
# Keys whose values are dropped: countries and codes, coordinates, identifiers, geocoders' metadata.
_DROPPED: Final = frozenset(
    {
        "country",
        "countrycode",
        "countryname",
        "countryiso",
        "postalcode",
        "postcode",
        "zip",
        "zipcode",
        "pluscode",
        "globalcode",
        "compoundcode",
        "iso31662lvl4",
        "iso31662lvl5",
        "iso31662lvl6",
        "iso31662lvl8",
        "lat",
        "lon",
        "lng",
        "latitude",
        "longitude",
        "geometry",
        "location",
        "viewport",
        "bounds",
        "boundingbox",
        "placeid",
        "osmid",
        "osmtype",
        "types",
        "type",
        "class",
        "importance",
        "placerank",
        "status",
        "shortname",
        "political",
    }
)
# Keys of a whole formatted address: used only when no component is there.
_WHOLE: Final = frozenset({"label", "displayname", "formattedaddress", "placename", "title"})
_UNSPOKEN: Final = _WHOLE | _DROPPED
# Keys too common as words to mark a text as a dump (``Location: ...``): read in JSON only.
_GENERIC: Final = frozenset(
    {"type", "types", "class", "status", "title", "location", "geometry", "importance", "political", "label"}
)
# The keys that mark a text as a dump (folded).
_KEY_NAMES: Final = (frozenset(_RANKS) | _UNSPOKEN) - _GENERIC
# A field that is only an empty-field marker.
_MARKERS: Final = frozenset(
    {"NULL", "null", "Null", "None", "NONE", "none", "nan", "NaN", "NAN", "undefined", "N/A", "n/a", "#N/A", "-"}
)
_COUNTRIES: Final = frozenset({"vietnam", "viet nam", "việt nam", "vn", "vnm", "socialist republic of vietnam"})

_PERCENT: Final = re.compile(r"%[0-9A-Fa-f]{2}")
_CHARACTER_REFERENCE: Final = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")  # HTML
_QUERY: Final = re.compile(r"(?:^|\?)([A-Za-z][\w.\-\[\]]*=[^&=]*(?:&[A-Za-z][\w.\-\[\]]*=[^&=]*)+)\s*$")
_JSON_ESCAPE: Final = re.compile(r"\\+u([0-9a-fA-F]{4})")
# A key of a dump: an identifier after the start or a separator, then ``:`` or ``=``.
_KEY: Final = re.compile(r"""(?:^|(?<=[\s,;|>&{(\[]))["']?([A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9]+)*)["']?\s*[:=]\s*""")
# A value followed by its keys in parentheses: ``Tân Đức (administrative_area_level_3)``.
_PAREN_KEY: Final = re.compile(r"([^,;|>\n\t()]+?)\s*\(\s*([A-Za-z][\w\-]*(?:\s*,\s*[A-Za-z][\w\-]*)*)\s*\)")
_EDGES: Final = " ,;|>&{}[]\"'\n\t"  # stripped off a value's ends
_SEPARATORS: Final = re.compile(r"\s*(?:[;|>\n\t]|,(?!\d))\s*")
_FIELD_SEPARATOR: Final = re.compile(r"\s*([,;|\t\n])\s*")
_DASHES: Final = re.compile(r"\s+[-–]\s+")
_COUNTRY_FIRST: Final = re.compile(r"(?i)^[\s\"']*(?:vi[eệ]t\s?nam|vn|vnm)\s*[,;|>\n\t\-–]\s*")
_NEWLINES: Final = re.compile(r"\s*[\n\t]+\s*")
_POSTAL: Final = re.compile(r"\d{5,6}|[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3}|VN-\w+")
# A value's own type word says its rank better than a geocoder's key.
_TYPE_WORD: Final = re.compile(
    r"(?i)^(?:(?P<hamlet>thôn|ấp|xóm|bản|tổ|khu phố|buôn|làng|khóm|sóc)"
    r"|(?P<commune>xã|phường|thị trấn|đặc khu)|(?P<district>huyện|quận|thị xã)|(?P<province>tỉnh))\s"
)
_TYPE_RANKS: Final = {"hamlet": _HAMLET, "commune": _COMMUNE, "district": _DISTRICT, "province": _PROVINCE}

Pair = tuple[str | None, str]


def unexported(text: str) -> str:
    """``text`` as plain comma-separated address text, the machine's residue undone; ``text`` itself
    (the same object) when it shows none.

    >>> unexported('{"ward": "Xã Long Thành", "province": "Tỉnh Vĩnh Long", "district": "Huyện Long Hồ"}')
    'Xã Long Thành, Huyện Long Hồ, Tỉnh Vĩnh Long'
    >>> unexported("Vietnam, Ninh Binh, Kim Son")
    'Ninh Binh, Kim Son'
    """
    if not _may_be_export(text):
        return text
    out = _undone(text)
    return out if out and out != text else text


def _may_be_export(text: str) -> bool:
    """The cheap test: substrings and splits, no regex. A sign of residue, a geocoder's key before a
    ``:`` or inside parentheses, or a country first.

    >>> _may_be_export("ĐC: 12 Lê Lợi, P.Trần Phú, TP Hà Tĩnh"), _may_be_export("ward: Xã Tân Đức")
    (False, True)
    """
    if _has_sign(text):
        return True
    if ":" in text:
        for head in text.split(":")[:-1]:
            words = head.split()
            if words and words[-1].isascii() and _folded(words[-1].strip(_EDGES)) in _KEY_NAMES:
                return True
    if "(" in text:
        for tail in text.split("(")[1:]:
            if _folded(tail.partition(")")[0].partition(",")[0].strip()) in _KEY_NAMES:
                return True
    return text[:1] in _COUNTRY_INITIALS and text.lstrip(_EDGES)[:8].casefold().startswith(_COUNTRY_STARTS)


def _has_sign(text: str) -> bool:
    """Whether a substring of ``text`` may be machine residue: one chain of ``in`` tests, no regex,
    on substrings an ordinary address does not hold.

    >>> _has_sign("Km 5+200, Xã Tân Đức"), _has_sign("Xã Tân Đức, NULL")
    (False, True)
    """
    # A substring of two characters or more is looked for only after a character of its own that
    # ordinary addresses seldom hold (``\\``, ``[``, ``U``, ``O``, ``f``, ``/``, ``-``): in a text with Vietnamese
    # letters, each test of an ASCII substring copies it to the text's width first, where a test
    # of one character copies nothing.
    return (
        "%" in text  # percent encoding
        or ("+" in text and " " not in text)  # ``+`` for spaces (``Xã+Kỳ+Hà,+Tỉnh+Hà+Tĩnh``)
        or ("\\" in text and "\\u" in text)  # JSON escapes
        or "=" in text  # key=value, query strings
        or "{" in text  # a JSON object
        or ("[" in text and '["' in text)  # a JSON array
        or "_" in text  # identifiers: administrative_area_level_1, house_number, full_address
        or "ull" in text  # null, Null
        or ("U" in text and "ULL" in text)
        or "one" in text  # None, none
        or ("O" in text and "ONE" in text)
        or "nan" in text
        or "NaN" in text
        or "NAN" in text
        or ("f" in text and "ndefined" in text)
        or ("/" in text and ("N/A" in text or "n/a" in text))
        or (
            "-" in text and ("-," in text or ", -" in text or ",-" in text or "-;" in text or "-|" in text)
        )  # a lone dash
        or ",," in text  # an empty field
        or ", ," in text
    )


def _undone(text: str) -> str:
    """Every rule in turn on a text that passed the cheap test."""
    if "&" in text and _CHARACTER_REFERENCE.search(text) is not None:
        text = html.unescape(text)  # ``V&#245;``: the ``;`` of a reference separates no field
    query = _QUERY.search(text) if "=" in text else None  # (each of its matches holds a ``=``)
    if query is not None:
        return _joined(_query_pairs(query.group(1)))
    out = _unescaped(_url_decoded(text))
    pairs = _json_pairs(out)
    if pairs is None:
        pairs = _dump_pairs(out)
    if pairs is not None:
        return _joined(pairs)
    out = _COUNTRY_FIRST.sub("", out, count=1)
    if out != text:
        out = _NEWLINES.sub(", ", out.strip())
    return _without_markers(out)


def _url_decoded(text: str) -> str:
    """``text`` with percent encoding undone (twice at most, for a doubly encoded text); ``+`` is a
    space only in a text without spaces or ``%20`` (an encoder writes either, never both). A text
    shown decoded but for its ``+`` (a browser's address bar, a log) has two or more of them, and
    no space: each is a space.

    >>> _url_decoded("X%C3%A3+T%C3%A2n+%C4%90%E1%BB%A9c"), _url_decoded("Km%205+200")
    ('Xã Tân Đức', 'Km 5+200')
    >>> _url_decoded("Xã+Kỳ+Hà,+Thị+xã+Kỳ+Anh,+Tỉnh+Hà+Tĩnh"), _url_decoded("Km5+200,Xã+Tân+Đức")
    ('Xã Kỳ Hà, Thị xã Kỳ Anh, Tỉnh Hà Tĩnh', 'Km5 200,Xã Tân Đức')
    """
    if "+" in text and not _PERCENT.search(text) and text.count("+") > 1 and not any(c.isspace() for c in text):
        return text.replace("+", " ")
    for _ in range(2):
        if not _PERCENT.search(text):
            break
        plus = not any(c.isspace() for c in text) and "%20" not in text
        try:
            decoded = unquote_plus(text, errors="strict") if plus else unquote(text, errors="strict")
        except UnicodeDecodeError:
            break
        text = decoded
    return text


def _query_pairs(query: str) -> list[Pair]:
    """The keys and values of a query string, decoded.

    >>> _query_pairs("ward=X%C3%A3+Long+Th%C3%A0nh&zip=")
    [('ward', 'Xã Long Thành'), ('zip', '')]
    """
    if not any(c.isspace() for c in query):
        return list(parse_qsl(query, keep_blank_values=True))
    pairs: list[Pair] = []
    for field in query.split("&"):
        key, _, value = field.partition("=")
        pairs.append((key.strip(), unquote(value)))
    return pairs


def _unescaped(text: str) -> str:
    r"""``text`` with JSON's ``\uXXXX`` escapes (single or doubled backslash) undone.

    >>> _unescaped(r"Ph\u01b0\u1eddng B\\u1ebfn Th\\u00e0nh")
    'Phường Bến Thành'
    """
    if "\\u" not in text:
        return text
    out = _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    # A character beyond the basic plane is escaped as two surrogates: joined back into one.
    return out.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _json_pairs(text: str) -> list[Pair] | None:
    """The keys and values of a JSON object or array pasted whole; None when it is not one.

    >>> _json_pairs('["Xã Tân Đức", "Huyện Đầm Dơi"]')
    [(None, 'Xã Tân Đức'), (None, 'Huyện Đầm Dơi')]
    """
    stripped = text.strip()
    if not stripped or stripped[0] not in "{[" or stripped[-1] not in "}]":
        return None
    try:
        data = json.loads(stripped)
    except ValueError:
        return None
    if not isinstance(data, dict | list):
        return None
    return list(_flattened(data, None))


def _flattened(data: object, key: str | None) -> Iterator[Pair]:
    """The leaves of a parsed JSON value with the key above each; a Google address component
    (``long_name`` and ``types``) is its name under its first known type; dropped keys' subtrees go.
    """
    if key is not None and _folded(key) in _DROPPED:
        return
    if isinstance(data, dict):
        if "long_name" in data and isinstance(data.get("types"), list):
            types = [t for t in data["types"] if isinstance(t, str)]
            yield _first_key(types), str(data["long_name"])
            return
        for k, v in data.items():
            yield from _flattened(v, str(k))
    elif isinstance(data, list):
        for v in data:
            yield from _flattened(v, key)
    elif isinstance(data, str | int | float) and not isinstance(data, bool):
        yield key, str(data)


def _dump_pairs(text: str) -> list[Pair] | None:
    """The keys and values of a component dump (``key: value`` or ``key=value`` fields, or values
    followed by their keys in parentheses); None when no known English key is there. Unknown keys
    (``Xa:``, ``SĐT:``) stay inside the value before them, as written.

    >>> _dump_pairs("route: Lê Lợi; locality: Vinh; country: Vietnam")
    [('route', 'Lê Lợi'), ('locality', 'Vinh'), ('country', 'Vietnam')]
    >>> _dump_pairs("Tân Đức (administrative_area_level_3), Đầm Dơi (administrative_area_level_2)")
    [('administrative_area_level_3', 'Tân Đức'), ('administrative_area_level_2', 'Đầm Dơi')]
    """
    # Each match of ``_KEY`` holds a ``:`` or a ``=``, each of ``_PAREN_KEY`` a ``(`` and a ``)``: a
    # text without them (``Xã Tân Châu_Khoái Châu``, let through by its ``_``) is not searched.
    # The searches try every place, ``_PAREN_KEY``'s from each place to the end of its part.
    keys = [m for m in _KEY.finditer(text) if _known(m.group(1))] if ":" in text or "=" in text else []
    if keys:
        pairs: list[Pair] = []
        if head := text[: keys[0].start()].strip(_EDGES):
            pairs.append((None, head))
        for m, after in zip(keys, [*keys[1:], None], strict=True):
            end = after.start() if after is not None else len(text)
            pairs.append((m.group(1), text[m.end() : end].strip(_EDGES)))
        return pairs
    if "(" not in text or ")" not in text:
        return None
    pairs = []
    last = 0
    for m in _PAREN_KEY.finditer(text):
        known = [k.strip() for k in m.group(2).split(",") if _known(k.strip())]
        if not known:
            continue
        known = [_first_key(known) or known[0]]
        if gap := text[last : m.start()].strip(_EDGES):
            pairs.append((None, gap))
        pairs.append((known[0], m.group(1).strip(_EDGES)))
        last = m.end()
    if not pairs:
        return None
    if tail := text[last:].strip(_EDGES):
        pairs.append((None, tail))
    return pairs


def _first_key(types: list[str]) -> str | None:
    """Of a component's types, the first that ranks, else the first (``political`` is no rank).

    >>> _first_key(["political", "sublocality", "sublocality_level_1"])
    'sublocality'
    """
    ranked = [t for t in types if _rank(t) is not None]
    return ranked[0] if ranked else (types[0] if types else None)


def _known(key: str) -> bool:
    """Whether ``key`` is a geocoder's or a shop's key (English or an identifier)."""
    return _folded(key) in _KEY_NAMES


def _folded(key: str) -> str:
    """``key`` lower case without ``_``, ``-`` and spaces: ``houseNumber`` and ``house_number`` meet.

    >>> _folded("administrative_area_level_1"), _folded("ISO3166-2-lvl4")
    ('administrativearealevel1', 'iso31662lvl4')
    """
    return key.lower().replace("_", "").replace("-", "").replace(" ", "")


def _joined(pairs: list[Pair]) -> str:
    """The values of ``pairs`` joined by commas, from the smallest unit to the largest (by the
    value's type word, else its key; a value without either keeps its place), each field once;
    countries, codes, empty fields and markers dropped; a house number goes before its street.

    >>> _joined([("province", "Tỉnh Cà Mau"), ("route", "Lê Lợi"), ("ward", "Xã Tân Đức"), ("zip", "970000")])
    'Lê Lợi, Xã Tân Đức, Tỉnh Cà Mau'
    >>> _joined([("road", "Trần Phú"), ("house_number", "5"), ("country", "Việt Nam")])
    '5 Trần Phú'
    """
    seen: set[str] = set()
    out: list[str] = []
    glued = False  # the last field is a house number: the street joins it
    for rank, _, field, number in sorted(_ranked(_chosen(pairs)), key=lambda r: (r[0], r[1])):
        if (folded := field.casefold()) in seen:
            continue
        seen.add(folded)
        if glued and rank == _STREET:
            out[-1] += " " + field
        else:
            out.append(field)
        glued = number
    return unicodedata.normalize("NFC", ", ".join(out))


def _chosen(pairs: list[Pair]) -> list[Pair]:
    """The pairs to output: those with a ranked key or none (with another key only when no key
    ranks; a whole formatted address only when nothing else is left).

    >>> _chosen([("phone", "0912"), ("ward", "Xã Tân Đức"), ("label", "Xã Tân Đức, Việt Nam")])
    [('ward', 'Xã Tân Đức')]
    """
    parts = [(k, v) for k, v in pairs if k is None or _rank(k) is not None]
    if all(k is None for k, _ in parts):
        parts = [(k, v) for k, v in pairs if k is None or _folded(k) not in _UNSPOKEN]
    if not any(_kept(f) for _, v in parts for f in _fields(v)):
        parts = [(None, v) for k, v in pairs if k is not None and _folded(k) in _WHOLE]
    return parts


def _ranked(parts: list[Pair]) -> Iterator[tuple[float, int, str, bool]]:
    """Each kept field of ``parts`` with its rank, its place and whether it is a house number."""
    rank: float = -1.0
    for index, (key, value) in enumerate(parts):
        fields = [f for f in _fields(value) if _kept(f)]
        if not fields:
            continue
        typed = _TYPE_WORD.match(fields[0])
        if typed is not None and typed.lastgroup is not None:
            rank = _TYPE_RANKS[typed.lastgroup]
        elif key is not None and (by_key := _rank(key)) is not None:
            rank = by_key
        number = key is not None and _folded(key) in _HOUSE_NUMBERS and len(fields) == 1
        for field in fields:
            yield rank, index, field, number


def _rank(key: str) -> float | None:
    """The rank of a key (English or Vietnamese without diacritics), None for another key.

    >>> _rank("administrative_area_level_2"), _rank("tinh_thanh"), _rank("phone")
    (4.0, 6.0, None)
    """
    folded = _folded(key)
    return _RANKS.get(folded, _VIETNAMESE_RANKS.get(folded))


def _fields(value: str) -> list[str]:
    """The fields of one value, split at separators (a comma before a digit stays: ``12,5``)."""
    return [f.strip(" \"'{}[]&") for f in _SEPARATORS.split(value.strip())]


def _kept(field: str) -> bool:
    """Whether a field is kept: not empty, not a marker, a country, a postal, plus or ISO code."""
    return bool(field) and field not in _MARKERS and field.casefold() not in _COUNTRIES and not _POSTAL.fullmatch(field)


def _without_markers(text: str) -> str:
    """``text`` without its empty fields and the fields that are only an empty-field marker (with
    their separator), its fields then separated by commas; ``text`` itself when it has none and
    no newline or tab separates its fields.

    >>> _without_markers("Ấp 3; NULL; -; ; Xã Tân Đức\\tnan")
    'Ấp 3, Xã Tân Đức'
    >>> _without_markers("Ấp 3 - NULL - Xã Tân Đức")
    'Ấp 3, Xã Tân Đức'
    >>> _without_markers("Km 5+200 - Nan Ma")
    'Km 5+200 - Nan Ma'
    """
    pieces = _FIELD_SEPARATOR.split(text.strip())
    fields, separators = pieces[0::2], pieces[1::2]
    if all(f and f not in _MARKERS for f in fields) and "\n" not in separators and "\t" not in separators:
        fields = _DASHES.split(text.strip())  # a concatenation with dashes: ``Ấp 3 - NULL - Xã Tân Đức``
        if all(f not in _MARKERS for f in fields):
            return text
    kept = [f for f in fields if f and f not in _MARKERS]
    return unicodedata.normalize("NFC", ", ".join(kept))
