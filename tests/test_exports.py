"""Addresses as machines export them (admin_merge.text.exports): each format undone into the plain
comma-separated text the reader reads, and ordinary addresses passed through untouched and cheaply."""

from __future__ import annotations

import csv
import doctest
import json
import re
from urllib.parse import quote, quote_plus, urlencode

import pytest

from admin_merge.text import exports
from admin_merge.text.exports import unexported
from tests.conftest import REFERENCE

TAN_DUC = "Xã Tân Đức, Huyện Đầm Dơi, Tỉnh Cà Mau"
LONG_PHUOC = "Xã Long Phước, Huyện Long Hồ, Tỉnh Vĩnh Long"


def test_doctests() -> None:
    assert doctest.testmod(exports).failed == 0


# -- 1. URL encoding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (quote(TAN_DUC), TAN_DUC),
        (quote_plus(TAN_DUC), TAN_DUC),
        (quote(quote("Phường Bến Thành, Quận 1")), "Phường Bến Thành, Quận 1"),  # encoded twice
        ("Km%205+200%2C%20X%C3%A3%20T%C3%A2n%20%C4%90%E1%BB%A9c", "Km 5+200, Xã Tân Đức"),  # + of %20 text kept
        (
            urlencode({"ward": "Xã Long Phước", "district": "Huyện Long Hồ", "province": "Tỉnh Vĩnh Long"}),
            LONG_PHUOC,
        ),
        (
            "https://shop.example/checkout?"
            + urlencode({"full_address": "Km 5+200 QL1A", "ward": "Xã Tân Đức", "province": "Tỉnh Cà Mau", "zip": ""}),
            "Km 5+200 QL1A, Xã Tân Đức, Tỉnh Cà Mau",
        ),
        ("ward=Xã Long Phước&district=Huyện Long Hồ&province=Tỉnh Vĩnh Long", LONG_PHUOC),
    ],
)
def test_url_encoding(text: str, expected: str) -> None:
    assert unexported(text) == expected


# -- 2. JSON ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (r"Ph\u01b0\u1eddng B\u1ebfn Th\u00e0nh, Qu\u1eadn 1", "Phường Bến Thành, Quận 1"),
        (r"Ph\\u01b0\\u1eddng B\\u1ebfn Th\\u00e0nh, Qu\\u1eadn 1", "Phường Bến Thành, Quận 1"),  # doubled
        (
            '{"ward": "Xã Long Phước", "district": "Huyện Long Hồ", "province": "Tỉnh Vĩnh Long"}',
            LONG_PHUOC,
        ),
        (json.dumps({"province": "Tỉnh Vĩnh Long", "district": "Huyện Long Hồ", "ward": "Xã Long Phước"}), LONG_PHUOC),
        (
            json.dumps(
                {
                    "name": "Nguyễn Văn A",
                    "phone": "0912345678",
                    "province": "Tỉnh Cà Mau",
                    "district": "Huyện Đầm Dơi",
                    "ward": "Xã Tân Đức",
                    "address_line1": "Ấp Tân Phong",
                    "country": "Việt Nam",
                }
            ),
            "Ấp Tân Phong, " + TAN_DUC,
        ),
        (json.dumps(["Xã Tân Đức", "Huyện Đầm Dơi", "Tỉnh Cà Mau", "Vietnam"]), TAN_DUC),
        ('{"tinh": "Tỉnh Cà Mau", "huyen": "Huyện Đầm Dơi", "xa": "Xã Tân Đức"}', TAN_DUC),
        # Cut off: no JSON, the escapes and the pairs are still read.
        (r'{"ward": "X\u00e3 T\u00e2n \u0110\u1ee9c", "province": "T\u1ec9nh C\u00e0 Mau"', "Xã Tân Đức, Tỉnh Cà Mau"),
    ],
)
def test_json(text: str, expected: str) -> None:
    assert unexported(text) == expected


def test_json_google_and_nominatim_answers() -> None:
    google = {
        "address_components": [
            {"long_name": "Tân Đức", "short_name": "Tân Đức", "types": ["administrative_area_level_3", "political"]},
            {"long_name": "Cà Mau", "short_name": "Cà Mau", "types": ["administrative_area_level_1", "political"]},
            {"long_name": "Đầm Dơi", "short_name": "Đầm Dơi", "types": ["administrative_area_level_2", "political"]},
            {"long_name": "Vietnam", "short_name": "VN", "types": ["country", "political"]},
        ],
        "formatted_address": "Tân Đức, Đầm Dơi, Cà Mau, Vietnam",
        "place_id": "ChIJ",
        "plus_code": {"compound_code": "2C4R+2X Đầm Dơi", "global_code": "7P2C2C4R+2X"},
    }
    nominatim = {
        "place_id": 1,
        "lat": "8.99",
        "lon": "105.2",
        "display_name": "Xã Tân Đức, Huyện Đầm Dơi, Tỉnh Cà Mau, Việt Nam",
        "address": {
            "village": "Xã Tân Đức",
            "county": "Huyện Đầm Dơi",
            "state": "Tỉnh Cà Mau",
            "ISO3166-2-lvl4": "VN-59",
            "country": "Việt Nam",
            "country_code": "vn",
        },
    }
    assert unexported(json.dumps(google)) == "Tân Đức, Đầm Dơi, Cà Mau"
    assert unexported(json.dumps(nominatim, ensure_ascii=False)) == TAN_DUC
    assert unexported(json.dumps({"display_name": TAN_DUC + ", Việt Nam", "lat": "8.9"})) == TAN_DUC


# -- 3. Geocoders' and shops' component dumps ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "street_number: 12; route: Lê Lợi; sublocality_level_1: Phường Bến Thành; administrative_area_level_2: "
            "Quận 1; administrative_area_level_1: Thành phố Hồ Chí Minh; country: Vietnam; postal_code: 700000",
            "12 Lê Lợi, Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh",
        ),
        (
            "administrative_area_level_1=Cà Mau|administrative_area_level_2=Đầm Dơi|administrative_area_level_3=Tân Đức",
            "Tân Đức, Đầm Dơi, Cà Mau",
        ),
        (
            "Tân Đức (administrative_area_level_3), Đầm Dơi (administrative_area_level_2), "
            "Cà Mau (administrative_area_level_1), Vietnam (country)",
            "Tân Đức, Đầm Dơi, Cà Mau",
        ),
        (
            "Bến Thành (sublocality, political), Quận 1 (administrative_area_level_2), Hồ Chí Minh (locality, political)",
            "Bến Thành, Quận 1, Hồ Chí Minh",
        ),
        (  # HERE
            "houseNumber: 12 | street: Lê Lợi | district: Phường Bến Thành | city: Quận 1 | county: Hồ Chí Minh | "
            "state: Hồ Chí Minh | postalCode: 700000 | countryCode: VNM | countryName: Vietnam",
            "12 Lê Lợi, Phường Bến Thành, Quận 1, Hồ Chí Minh",
        ),
        (  # Mapbox, chained
            "address: 12 Lê Lợi > locality: Phường Trường Thi > place: Thành phố Vinh > region: Nghệ An > "
            "country: Vietnam > postcode: 460000",
            "12 Lê Lợi, Phường Trường Thi, Thành phố Vinh, Nghệ An",
        ),
        (  # Nominatim, one per line
            "house_number=5\nroad=Đường Trần Phú\nsuburb=Phường Trần Phú\ncity=Thành phố Hà Tĩnh\n"
            "state=Tỉnh Hà Tĩnh\nISO3166-2-lvl4=VN-23\npostcode=45000\ncountry=Việt Nam",
            "5 Đường Trần Phú, Phường Trần Phú, Thành phố Hà Tĩnh, Tỉnh Hà Tĩnh",
        ),
        (  # a shop's export, largest first, tab-separated
            "province: Tỉnh Vĩnh Long\tdistrict: Huyện Long Hồ\tward: Xã Long Phước\taddress_line1: Ấp Phước Yên A",
            "Ấp Phước Yên A, " + LONG_PHUOC,
        ),
        (  # a full address repeating the components: each field once
            "full_address: Ấp Tân Phong, Xã Tân Đức, Huyện Đầm Dơi; ward: Xã Tân Đức; district: Huyện Đầm Dơi; "
            "province: Tỉnh Cà Mau; zip: 970000",
            "Ấp Tân Phong, " + TAN_DUC,
        ),
    ],
)
def test_component_dumps(text: str, expected: str) -> None:
    assert unexported(text) == expected


def test_vietnamese_labels_stay_as_written() -> None:
    assert unexported("ward: Xã Tân Đức, province: Tỉnh Cà Mau, SĐT: 0912") == "Xã Tân Đức, Tỉnh Cà Mau, SĐT: 0912"
    for text in ("Xã: Tân Đức, Huyện: Đầm Dơi, Tỉnh: Cà Mau, SĐT: 0912345678", "Location: Ấp 3, Xã Tân Đức"):
        assert unexported(text) is text


# -- 4. Empty-field markers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xã Tân Đức, NULL, Huyện Đầm Dơi, Tỉnh Cà Mau", TAN_DUC),
        ("None, Ấp Tân Phong, nan, Xã Tân Đức, Huyện Đầm Dơi, Tỉnh Cà Mau, N/A", "Ấp Tân Phong, " + TAN_DUC),
        (
            "12 Lê Lợi;-;Phường Trần Phú;undefined;Thành phố Hà Tĩnh;#N/A",
            "12 Lê Lợi, Phường Trần Phú, Thành phố Hà Tĩnh",
        ),
        ("Xã Nàn Ma, , Huyện Xín Mần, NaN, Tỉnh Hà Giang", "Xã Nàn Ma, Huyện Xín Mần, Tỉnh Hà Giang"),
        ("Ấp 3 - null - Xã Long Phước - Huyện Long Hồ", "Ấp 3, Xã Long Phước, Huyện Long Hồ"),
    ],
)
def test_empty_field_markers(text: str, expected: str) -> None:
    assert unexported(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Xã Ia Nan, Huyện Đức Cơ, Tỉnh Gia Lai", "Xã Nàn Ma, Huyện Xín Mần, Tỉnh Hà Giang", "Xã Na Khê, Huyện Yên Minh"],
)
def test_markers_only_as_whole_fields(text: str) -> None:
    assert unexported(text) is text


# -- 5. A country written first --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam, Ninh Binh State, Kim Son District, Kim Dong", "Ninh Binh State, Kim Son District, Kim Dong"),
        ("VN, Dong Nai prov., Long Thanh, Long An", "Dong Nai prov., Long Thanh, Long An"),
        ("Việt Nam\nNghệ An\nThành phố Vinh\nPhường Trường Thi", "Nghệ An, Thành phố Vinh, Phường Trường Thi"),
        ("Viet Nam - Tỉnh Cà Mau - Huyện Đầm Dơi - Xã Tân Đức", "Tỉnh Cà Mau - Huyện Đầm Dơi - Xã Tân Đức"),
    ],
)
def test_country_first(text: str, expected: str) -> None:
    assert unexported(text) == expected


# -- Ordinary addresses: the same object back, past a gate of substring tests ---------------------


def _ordinary_addresses() -> list[str]:
    """2,000 addresses as people write them, from the old register's units."""
    with (REFERENCE / "old_units.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[::5][:400]
    out: list[str] = []
    for i, row in enumerate(rows):
        commune, district, province = row["commune_name"], row["district_name"], row["province_name"]
        out += [
            f"Thôn {i}, {commune}, {district}, {province}",
            f"Km {i % 50}+{i % 9}00 QL1A, {commune}, {district}",
            f"ĐC: {i} Lê Lợi, {commune}, {district}",
            f"Số {i} - Ngõ {i % 40}/3 - Tổ {i % 12}, {commune} - {province}",
            f"SĐT: 09{i:08d}, Xóm {i % 7}, {row['commune_short_name']}, {district}, {row['province_name_en']}",
        ]
    return out


ORDINARY = [
    "Thôn 3, Xã Yên Lập, Huyện Vĩnh Tường, Tỉnh Vĩnh Phúc",
    "ĐC: 12 Lê Lợi, P.Trần Phú, TP Hà Tĩnh",
    "Số 4 - Ngõ 12/3 - Tổ 5",
    "12+300 QL1A, Huyện Đầm Dơi",
    "12 Nguyễn Trãi, P. Bến Thành, Q.1, TP.HCM",
]


def test_ordinary_addresses_come_back_as_the_same_object(monkeypatch: pytest.MonkeyPatch) -> None:
    addresses = _ordinary_addresses() + ORDINARY
    assert len(addresses) >= 2_000
    calls = 0
    # The gate runs no regex: every compiled pattern of the module is replaced by one that counts.
    patterns = {name: value for name, value in vars(exports).items() if isinstance(value, re.Pattern)}
    assert patterns

    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def __getattr__(self, name: str) -> object:
            nonlocal calls
            calls += 1
            return getattr(self.pattern, name)

    for name, pattern in patterns.items():
        monkeypatch.setattr(exports, name, Counting(pattern))
    for text in addresses:
        assert unexported(text) is text, text
    assert calls == 0
    assert unexported("ward: Xã Tân Đức, province: Tỉnh Cà Mau") == "Xã Tân Đức, Tỉnh Cà Mau"
    assert calls > 0  # the counter does count a decoded address


def test_decoding_is_idempotent() -> None:
    """What comes out is plain text: decoding it again changes nothing (the same object back)."""
    outputs = [
        TAN_DUC,
        LONG_PHUOC,
        "Km 5+200 QL1A, Xã Tân Đức, Tỉnh Cà Mau",
        "12 Lê Lợi, Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh",
        "5 Đường Trần Phú, Phường Trần Phú, Thành phố Hà Tĩnh, Tỉnh Hà Tĩnh",
        "Tỉnh Cà Mau - Huyện Đầm Dơi - Xã Tân Đức",
        "Nghệ An, Thành phố Vinh, Phường Trường Thi",
    ]
    for text in outputs:
        assert unexported(text) is text
