"""Well-known informal names of provinces, keyed by their compact diacritic-free form.

Facts of common usage (postal and administrative practice), not taken from any project's code.
Values are province codes; a code is valid in the old register, and in the new one
where the province kept its code (01, 31, 46, 48, 79, 92...).
"""

from __future__ import annotations

PROVINCE_ALIASES: dict[str, str] = {
    "hcm": "79",
    "tphcm": "79",
    "hcmc": "79",
    "tpchm": "79",
    "hochiminh": "79",
    "hochiminhcity": "79",
    "saigon": "79",
    "tpsaigon": "79",
    "sg": "79",
    "hn": "01",
    "tphn": "01",
    "hanoi": "01",
    "hp": "31",
    "tphp": "31",
    "dng": "48",
    "tpdn": "48",
    "brvt": "77",
    "baria": "77",
    "vungtau": "77",
    "bariavungtau": "77",
    "tthue": "46",
    "tth": "46",
    "thuathienhue": "46",
    "hue": "46",
    "tphue": "46",
    "daklak": "66",
    "daclac": "66",
    "daklac": "66",
    "dacnong": "67",
    "daknong": "67",
    "tpct": "92",
    "cantho": "92",
}
