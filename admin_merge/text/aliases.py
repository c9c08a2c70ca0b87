"""Well-known informal names of provinces: ASCII forms (keyed compact, no spaces) and the same
names written with diacritics (compared by name key, so ``Huệ`` is not ``Huế``).

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
    "baccan": "06",
    "daknong": "67",
    "tpct": "92",
    "cantho": "92",
    "qng": "51",  # Quảng Ngãi (``QN`` alone is Quảng Ninh, Quảng Nam or Quảng Ngãi: none)
    "qngai": "51",
    "qnam": "49",
}


# The informal names that are written with diacritics, as they are spelt.
PROVINCE_ALIASES_ACCENTED: dict[str, str] = {
    "Sài Gòn": "79",
    "TP Sài Gòn": "79",
    "Hồ Chí Minh": "79",
    "TP Hồ Chí Minh": "79",
    "Hà Nội": "01",
    "TP Hà Nội": "01",
    "Hải Phòng": "31",
    "Đà Nẵng": "48",
    "Bà Rịa": "77",
    "Vũng Tàu": "77",
    "Bà Rịa Vũng Tàu": "77",
    "BR-VT": "77",
    "TT Huế": "46",
    "TT-Huế": "46",
    "Thừa Thiên Huế": "46",
    "Huế": "46",
    "TP Huế": "46",
    "Đắk Lắk": "66",
    "Đắc Lắc": "66",
    "Đắk Nông": "67",
    "Đắc Nông": "67",
    "Bắc Cạn": "06",
    "Cần Thơ": "92",
}


# Cities (old district level) by the names people call them (old district codes): Buôn Ma Thuột as
# Ban Mê Thuột, Buôn Mê Thuột, Ban Mê or BMT, Thủ Dầu Một as TDM, Pleiku in its Vietnamese
# spellings (Plây Cu, Play Cu) and run together (Pleicu, Playku), Phan Rang-Tháp Chàm by its name
# until 2007 (Phan Rang) or cut (Phan Rang - TC), Hồ Chí Minh City's Bình Tân as its shops write it
# (Btan: a business chatbot's delivery addresses, 2024).
DISTRICT_ALIASES: dict[str, str] = {
    "Ban Mê Thuột": "643",
    "Buôn Mê Thuột": "643",
    "Ban Mê": "643",
    "BMT": "643",
    "TDM": "718",
    "Plây Cu": "622",
    "Play Cu": "622",
    "Plei Ku": "622",
    "Pleicu": "622",
    "Playku": "622",
    "Phan Rang": "582",
    "Phan Rang - TC": "582",
    "Phan Rang TC": "582",
    "Btan": "777",
}
