"""The words an address's parts are read by: the type words of units (as written without
diacritics, in two words, in English, with a typo), the words that start a street or a hamlet,
and the landmarks named after a unit."""

from __future__ import annotations

import re

from admin_merge.text.normalize import ascii_key, name_key

# A commune read with its type word (folded): ``Xã ...``, ``P. ...``, ``TT ...``.
TYPED_NAME = re.compile(r"(?:xa|phuo?ng|thi tran|dac khu|[xpf]\b|tt\b)")
# A commune type word, full or abbreviated with its dot, in folded text (a cheap test before
# reading the words): ``xa``, ``phuong`` (``phong``, ``phung``, ``phng``), ``thi tran``, ``x.``,
# ``p.``, ``f.``, ``tt``, at the start or after a character that is no word's. Each alternative
# starts with its letter, then looks back at the character before it: the search skips to those
# letters (see ``TYPED_ABOVE`` too).
TYPED = re.compile(r"x(?<!\w.)(?:a|\.)|p(?<!\w.)(?:hu?o?ng|\.)|f(?<!\w.)\.|t(?<!\w.)(?:hi tran|t)")

# A district or province type word in folded text, full or abbreviated with its dot (a cheap test
# of a street part before an address is read in reverse order).
# ``huyen``, ``quan``, ``tinh``, ``thanh pho``, ``thi xa``, ``tp``, ``tx``, ``h.``, ``q.``.
TYPED_ABOVE = re.compile(r"h(?<!\w.)(?:uyen|\.)|q(?<!\w.)(?:uan|\.)|t(?<!\w.)(?:inh|hanh pho|hi xa|p\b|x\b)")
# The same, whole words only (``Quang Trung`` is no ``Quận``).
TYPED_ABOVE_WORD = re.compile(r"(?:^|[^\w])(?:(?:huyen|quan|tinh|thanh pho|thi xa|tp|tx)\b|[hq]\.)")
# The same in written text (lower case, marks kept): the type words with their own marks or none, so
# that ``quần`` (trousers), ``Huyền`` (a name) or ``tình`` are none of them.
TYPED_ABOVE_WRITTEN = re.compile(
    r"(?:^|[^\w])(?:(?:huyện|quận|tỉnh|thành phố|thị xã|huyen|quan|tinh|thanh pho|thi xa|tp|tx)(?!\w)|[hq]\.)"
)


# Type words, as written without diacritics, and the levels they name.
TYPE_WORDS: dict[str, str] = {
    "tinh": "tỉnh",
    "huyen": "huyện",
    "quan": "quận",
    "phuong": "phường",
    "xa": "xã",
    "tp": "thành phố",
    "tx": "thị xã",
    "tt": "thị trấn",
    "t": "tỉnh",
    "h": "huyện",
    "q": "quận",
    "p": "phường",
    "ph": "phường",
    "f": "phường",
    "x": "xã",
    "dk": "đặc khu",
    "thanhpho": "thành phố",
    "thixa": "thị xã",
    "thitran": "thị trấn",
}
TWO_WORD_TYPES: dict[tuple[str, str], str] = {
    ("thanh", "pho"): "thành phố",
    ("thi", "xa"): "thị xã",
    ("thi", "tran"): "thị trấn",
    ("dac", "khu"): "đặc khu",
    ("thu", "do"): "thành phố",  # ``Thủ đô Hà Nội``: the capital
    ("t", "p"): "thành phố",
    ("t", "x"): "thị xã",
    ("t", "t"): "thị trấn",
    ("t", "pho"): "thành phố",  # ``T.Phố Đà Nẵng`` (with its dot: ``T Phố`` may be a street's)
    ("t", "tran"): "thị trấn",  # ``T.Trấn Chư Sê``
    ("t", "xa"): "thị xã",  # ``T.Xã Nghĩa Lộ`` (with its dot or glued, as every type of one letter and a word)
    ("huyen", "dao"): "huyện",  # ``huyện đảo Phú Quý``: an island district
    # Cut short by a field's width or a slip: ``Thị x Trảng Bàng``, ``Thành p Hà Tiên``, ``Thành ph
    # Thủ Đức`` (not ``x Trảng Bàng``, a commune typed ``X``).
    ("thi", "x"): "thị xã",
    ("thanh", "p"): "thành phố",
    ("thanh", "ph"): "thành phố",
    ("h", "dao"): "huyện",
}
TWO_WORD_FIRST = frozenset(first for first, _ in TWO_WORD_TYPES)
ENGLISH: dict[str, tuple[str, ...]] = {
    "ward": ("phường",),
    "commune": ("xã",),
    "township": ("thị trấn",),
    "town": ("thị xã", "thị trấn"),
    # ``Phu Nham Village``: how a xã is often put in English, and loosely (a ward too): the level only.
    "village": ("xã", "phường", "thị trấn"),
    "district": ("quận", "huyện"),
    "dist": ("quận", "huyện"),  # ``Thanh Oai Dist.``
    "county": ("huyện",),  # ``Phu Ninh County``
    "city": ("thành phố",),
    "province": ("tỉnh",),
    "prov": ("tỉnh",),
    "state": ("tỉnh",),  # ``Hue State``: a form's field name left on
    "zone": ("đặc khu",),  # after ``special`` only
    "region": ("đặc khu",),  # after ``special (administrative)`` only
}
FULL_WORDS = frozenset({"tinh", "huyen", "quan", "phuong", "xa"})
# Buildings and offices named after the commune they serve: ``Đối diện UBND xã Trường Chinh``,
# ``Bưu điện thị xã Việt Yên``, ``Trạm y tế phường 3`` name a landmark of the street, not the
# commune of the address (folded, the words right before the type word).
LANDMARKS = frozenset(
    {
        "ubnd",
        "ub",
        "uy ban",
        "nhan dan",
        "hdnd",
        "dang uy",
        "buu dien",
        "cong an",
        "y te",
        "van hoa",
        "truong",
        "thcs",
        "thpt",
        "tieu hoc",
        "mam non",
        "cho",
        "tru so",
        "ben xe",
        "benh vien",
        "chua",
        "nha tho",
        "cong ty",
        "sieu thi",
        "nha may",
        "kcn",
        "chung cu",  # ``Chung cư Ea Kly``: a block of flats named after a place
        "toa nha",
        "khu do thi",
        "kdt",
        "khach san",
        "hop tac",  # ``Hợp tác xã Đồng Xanh``: a cooperative
        "duong di",  # ``đường đi xã An Bá``: the way to another unit
        "duong vao",
        "duong len",
        "duong ve",
    }
)
TYPE_KEYS = {canonical: name_key(canonical) for canonical in TYPE_WORDS.values()}
ISLAND_KEY = name_key("huyện đảo")


_COMMON_SYLLABLES = frozenset({"huong", "phong", "uyen", "phuon", "tin", "inh"})
# Type words with one letter missing (``Phưng``, ``Hyện``, ``tỉh``, ``TNH``): weaker evidence than
# the word itself.
TYPO_TYPES: dict[str, str] = {
    typo: canonical
    for w, canonical in (("phuong", "phường"), ("huyen", "huyện"), ("tinh", "tỉnh"))
    for i in range(len(w))
    # A letter dropped (``Tnh``) or doubled (``TỈNNH``).
    for typo in (w[:i] + w[i + 1 :], w[: i + 1] + w[i:])
    if typo not in _COMMON_SYLLABLES
}
TYPO_TYPES["phuo"] = "phường"  # ``Phườ Tô Châu``: cut short (no syllable is written so)
# Words that start a part below the commune: a piece that starts with one is not a unit.
STREET_WORDS = frozenset(
    {
        "so",
        "sn",
        "thon",
        "xom",
        "ap",
        "ban",
        "buon",
        "bon",
        "plei",
        "lang",
        "kp",
        "khom",
        "to",
        "tdp",
        "khu",
        "khoi",
        "ngo",
        "ngach",
        "hem",
        "kiet",
        "duong",
        "pho",
        "ql",
        "km",
        "tl",
        "lo",
        "doi",
        "cum",
        "toa",
        "tang",
        "phong",
        "chung",
        "village",
        "hamlet",
        "street",
        "road",
        "lane",
        "alley",
        "no",
        "group",
        "quarter",
    }
)

# Street words as written with their marks (``phố``, ``số``): ``Phổ``, ``Sơ`` are names.
STREET_KEYS = frozenset(
    name_key(w)
    for w in [
        "số",
        "thôn",
        "xóm",
        "ấp",
        "bản",
        "buôn",
        "bon",
        "plei",
        "làng",
        "khóm",
        "tổ",
        "khu",
        "khối",
        "ngõ",
        "ngách",
        "hẻm",
        "kiệt",
        "đường",
        "phố",
        "lô",
        "đội",
        "cụm",
        "tòa",
        "toà",
        "tầng",
        "phòng",
        "chung",
    ]
)

# Street words whose name follows (``Đường Mỹ Quí``, ``Khu phố Liên Bão``).
NAMED_STREETS = frozenset({"duong", "pho", "ngo", "ngach", "hem", "kiet"})

# Words that name a place below the commune (its name follows): a hamlet, a quarter, a group.
HAMLET_WORDS = frozenset(
    {
        "thon",
        "xom",
        "ap",
        "ban",
        "buon",
        "bon",
        "plei",
        "lang",
        "khom",
        "to",
        "tdp",
        "khu",
        "khoi",
        "doi",
        "cum",
        "kp",
        "kdc",
    }
)


def typed_text(text: str) -> bool:
    """Whether a text starts with a type word (``Huyện Ngọc Lặc``, ``thị xã Sơn Tây``)."""
    ws = ascii_key(text).split()
    return bool(ws) and (ws[0] in TYPE_WORDS or tuple(ws[:2]) in TWO_WORD_TYPES)
