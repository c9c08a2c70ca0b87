"""Vietnamese addresses written in French forms, put back in the Vietnamese order and type words
before an address is read.

French civil-status records, consular forms and translations of Vietnamese papers write the
unit's type in French in front of its name: ``commune de Tân Phú, district de Đức Hòa, province
de Long An``, ``quartier 5, 3e arrondissement, Hô-Chi-Minh-Ville``, after a label
(``Adresse :``, ``Domicile :``, ``Né(e) le 12/03/1980 à``) and before the country
(``(Viêt-Nam)``, ``VIETNAM``). They are rewritten:

=========================================  =========================
French                                     Vietnamese
=========================================  =========================
``commune de X``, ``commune X``            ``xã X``
``bourg de X``                             ``thị trấn X``
``quartier de X``, ``quartier X``          ``phường X``
``district de X``                          ``huyện X``
``arrondissement de X``, ``3e arrondissement``  ``quận X``, ``quận 3``
``province de X``                          ``tỉnh X``
``ville de X``                             ``X`` (a city or a town: the name decides)
``Hô-Chi-Minh-Ville``, ``Hanoï``           ``Thành phố Hồ Chí Minh``, ``Hà Nội``
``Haïphong``, ``Hué``                      ``Hải Phòng``, ``Huế``
``hameau 5``, ``groupe 8``                 ``thôn 5``, ``tổ 8``
``7, rue 15``                              ``số 7 đường 15``
=========================================  =========================

The label, the date and the country are dropped. The French spellings of the names
(``Hô``, ``Viêt``) are left to the reader's near-name match.

:func:`french_forms` costs a few ``str`` searches on text without a French type word (that text
is returned as it is, the same object); the rewriting applies only where ``commune de``,
``district de``, ``province de``, ``ville de``, ``quartier``, ``arrondissement`` or ``-Ville``
is written.
"""

from __future__ import annotations

import re
from typing import Final

_I: Final = re.IGNORECASE
# A French unit type written: the text is in the French form.
_FRENCH: Final = re.compile(
    r"\b(?:commune|district|province|ville|bourg)\s+d[e']|\bquartier\b|\barrondissement\b|-ville\b", _I
)
# The label before the address, with a date of birth before ``à`` (and the marks before it).
_LABEL: Final = re.compile(
    r"^[^\w]*(?:(?:adresse|domicile|lieu de (?:résidence|residence|naissance)(?: habituelle)?|résidence"
    r"|residence|demeurant|résidant|residant)\b[^:]{0,20}:\s*"
    r"|n[ée]e?\s*(?:\(e\))?\s*le\s+\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\s+(?:à|a)\s+"
    r"|(?:demeurant|résidant|residant|domicilié(?:e)?|domicilie(?:e)?)\s+(?:à|a)\s+)",
    _I,
)
# The country, at the end, in brackets or after a separator (and the marks after it).
_COUNTRY: Final = re.compile(r"[\s,;(-]*\b(?:r[ée]publique socialiste du\s+)?vi[eêệ]t[\s\-]?nam\b\)?[^\w]*$", _I)
_CITIES: Final = (
    (re.compile(r"\bh[oôồ][\s\-]ch[iíì][\s\-]minh[\s\-]ville\b", _I), "Thành phố Hồ Chí Minh"),
    (re.compile(r"\bhano[iïí]\b", _I), "Hà Nội"),
    (re.compile(r"\bha[iï][\s\-]?phong\b", _I), "Hải Phòng"),
    (re.compile(r"\bhué\b", _I), "Huế"),
)
_TYPES: Final = (
    (re.compile(r"\b(\d{1,2})\s*(?:e|er|ème|eme|è)\s+arrondissement\b", _I), r"quận \1"),
    (re.compile(r"\barrondissement\s+(?:de\s+|d')?", _I), "quận "),
    (re.compile(r"\bcommune\s+(?:de\s+|d')?", _I), "xã "),
    (re.compile(r"\bbourg\s+(?:de\s+|d')", _I), "thị trấn "),
    (re.compile(r"\bquartier\s+(?:de\s+|d')?", _I), "phường "),
    (re.compile(r"\bdistrict\s+(?:de\s+|d')", _I), "huyện "),
    (re.compile(r"\bprovince\s+(?:de\s+|d')", _I), "tỉnh "),
    (re.compile(r"\bville\s+(?:de\s+|d')", _I), ""),
    (re.compile(r"\bhameau\s+(?=\d)", _I), "thôn "),
    (re.compile(r"\bgroupe\s+(?=\d)", _I), "tổ "),
    (re.compile(r"\b(\d+[A-Za-z]?(?:/\d+)?)\s*,\s*rue\s+", _I), r"số \1 đường "),
    (re.compile(r"\brue\s+", _I), "đường "),
)


# The French words of the form, each possibly cut by a line break between two of its letters.
_WORDS: Final = ("commune de", "district de", "province de", "ville de", "bourg de", "quartier", "arrondissement")
_WRAPPED: Final = re.compile(
    "|".join(r"[ \t]*(?:\r\n|\r|\n)?[ \t]*".join(re.escape(c) for c in word.replace(" ", "")) for word in _WORDS),
    _I,
)


def _unwrapped(match: re.Match[str]) -> str:
    """A French word of the form without the line break inside it (``commune d\\ne``: ``commune de``)."""
    found = re.sub(r"\s+", "", match.group())
    return f"{found[:-2]} {found[-2:]}" if found.lower().endswith("de") else found


def french_forms(text: str) -> str:
    """``text`` in the Vietnamese order and type words when it is written in the French form (see
    the module); ``text`` itself otherwise.

    >>> french_forms("Né(e) le 12/03/1980 à commune de Tân Phú, district de Đức Hòa, province de Long An (Viêt-Nam)")
    'xã Tân Phú, huyện Đức Hòa, tỉnh Long An'
    >>> french_forms("Adresse : 7, rue 15, quartier 5, 3e arrondissement, Hô-Chi-Minh-Ville, VIETNAM")
    'số 7 đường 15, phường 5, quận 3, Thành phố Hồ Chí Minh'
    >>> french_forms("Xã Tân Phú, Huyện Đức Hòa, Tỉnh Long An")
    'Xã Tân Phú, Huyện Đức Hòa, Tỉnh Long An'
    """
    low = text.lower()
    if (
        " de " not in low
        and " d'" not in low
        and "quartier" not in low
        and "arrondissement" not in low
        and "-ville" not in low
    ):
        return text
    if "\n" in text or "\r" in text:
        text = _WRAPPED.sub(_unwrapped, text)  # ``provin\nce de``: a French word cut by a line wrap
    if _FRENCH.search(text) is None:
        return text
    out = _COUNTRY.sub("", _LABEL.sub("", text))
    for pattern, city in _CITIES:
        out = pattern.sub(city, out)
    for pattern, word in _TYPES:
        out = pattern.sub(word, out)
    return re.sub(r"\s{2,}", " ", out).strip(" ,;")
