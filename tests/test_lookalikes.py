"""Addresses damaged by look-alike letters of other scripts (``admin_merge.text.lookalikes``), by
UTF-8 read as Windows-1258 (``keyboard.undo_cp1258_reading``) and by a code page that wrote ``?``
for the letters it lacks (``admin_merge.text.lost_letters``): each repair, clean text left as it
is (the same object), and the addresses of set u that the reader got wrong or could not read."""

from __future__ import annotations

import csv
import time

import pytest

import admin_merge as am
from admin_merge.matching.model import Reference, Status
from admin_merge.text.artefacts import clean_artefacts
from admin_merge.text.keyboard import repair_typing, undo_cp1258_reading
from admin_merge.text.lookalikes import undo_lookalikes
from admin_merge.text.lost_letters import lost_letters_seen, restore_type_words
from tests.conftest import MAPPINGS, reference_or_skip

CLEAN = [
    "Xóm 11, xã Bảo Lâm 5, tỉnh Lâm Đồng",
    "Phường Hòa Cường, Thành phố Đà Nẵng",
    "Xã Ăn Bơ, Huyện Đăk Glei",
    "XÃ BÀU CẠN, HUYỆN CHƯ PRÔNG",
    "Số 5 Đường Ơ Ư, Phường Ưng",
    "Thôn 2, Xã Ea H'Leo, Tỉnh Đắk Lắk",
    "Ai hỏi? Số 12, Phường 5",
    "Nhà số 7 (cạnh chợ?), Xã Tân Phú",
    "Москва, ул. Тверская, д. 7",
    "Αθήνα, Ελλάδα",
    "Xa~ Ta^n Phu', Huye^.n DDu+'c Ho`a",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_returned_as_it_is(text: str) -> None:
    assert undo_lookalikes(text) is text
    assert undo_cp1258_reading(text) is text
    assert restore_type_words(text) is text


def test_every_register_name_is_returned_as_it_is() -> None:
    names: set[str] = set()
    for path in sorted((MAPPINGS / "registers").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                names.update(v for k, v in row.items() if v and (k.endswith("name") or k == "alias"))
    assert len(names) > 10_000
    changed = [n for n in names if undo_lookalikes(n) is not n or undo_cp1258_reading(n) is not n]
    assert not changed, changed[:20]


# Look-alike letters.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xóm 11, хã Bảо Lâm 5, tỉnh Lâm Ðồng", "Xóm 11, xã Bảo Lâm 5, tỉnh Lâm Đồng"),
        ("P. Hòa Сường, TP. Đà Nẵng", "P. Hòa Cường, TP. Đà Nẵng"),
        ("Х. Phù Ðổng, ТP. Нà Nội", "X. Phù Đổng, TP. Hà Nội"),  # a lone Cyrillic Х in a Latin text
        ("Кhu рhố 4, Xã A Ngo, Huyện А Lưới", "Khu phố 4, Xã A Ngo, Huyện A Lưới"),
        ("Xã Ιa Púch, Tỉnh Gia Lаi", "Xã Ia Púch, Tỉnh Gia Lai"),  # Greek iota
        ("Phường Châu Ðốc", "Phường Châu Đốc"),
        ("ðường Lê Lợi", "đường Lê Lợi"),
        ("Số 5, Москва, Рhường 3", "Số 5, Москва, Phường 3"),  # the Russian word is kept
    ],
)
def test_lookalikes(text: str, expected: str) -> None:
    assert undo_lookalikes(text) == expected
    assert clean_artefacts(text) == expected


def test_a_text_in_cyrillic_or_greek_is_kept() -> None:
    text = "Сосна, Тверь"  # every letter a look-alike, but the text is Cyrillic
    assert undo_lookalikes(text) is text


def test_an_eth_beside_cp1258_bytes_is_left_to_the_code_page_repair() -> None:
    text = "XaÞ Ðãìk Sãìk, Huyêòn Ðãìk Mil"  # Windows-1258 read as cp1252
    assert undo_lookalikes(text) is text
    assert repair_typing(clean_artefacts(text)) == "Xã Đắk Sắk, Huyện Đắk Mil"


# UTF-8 read as Windows-1258.


def _as_cp1258(text: str) -> str:
    """UTF-8 bytes shown as Windows-1258 (bytes it lacks as the control character of that number)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1258"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


@pytest.mark.parametrize(
    "text",
    [
        "Xã Tà Nung, Thành phố Đà Lạt, Tỉnh Lâm Đồng",
        "Tổ 12, xã Tà Đùng, tỉnh Lâm Đồng",
        "Số 20, Xã Đông Thái Ninh, Tỉnh Hưng Yên",
        "Phường Trần Liễu, Thành phố Hải Phòng",
        "Khu phố 1, thị trấn Quỳnh Côi, huyện Quỳnh Phụ, tỉnh Thái Bình",
        "Thôn 3, Xã Nam Trung, Huyện Tiền Hải",
    ],
)
def test_utf8_read_as_cp1258(text: str) -> None:
    damaged = _as_cp1258(text)
    assert undo_cp1258_reading(damaged) == text
    assert clean_artefacts(damaged) == text
    assert repair_typing(damaged) == text
    # the no-break space of à made a space; from one part on
    assert repair_typing(damaged.replace("\xa0", " ")) == text
    first, rest = text.split(", ", 1)
    assert clean_artefacts(f"{first}, {_as_cp1258(rest)}") == text


def test_the_examples_of_set_u() -> None:
    assert undo_cp1258_reading("xĂ£ QuĂ¢n Chu, tá»‰nh ThĂ¡i NguyĂªn") == "xã Quân Chu, tỉnh Thái Nguyên"
    text = "XĂ£ TĂ\xa0 Nung, ThĂ\xa0nh phá»‘ Ä\x90Ă\xa0 Láº¡t, Tá»‰nh LĂ¢m Ä\x90á»“ng"
    assert undo_cp1258_reading(text) == "Xã Tà Nung, Thành phố Đà Lạt, Tỉnh Lâm Đồng"


# Letters lost to ``?``.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thôn 6, ph??ng Xuân Lâm, th? xã Nghi S?n, t?nh Thanh Hóa",
            "Thôn 6, phường Xuân Lâm, thị xã Nghi S?n, tỉnh Thanh Hóa",
        ),
        ("S? 100, th? tr?n Quang Huy, huy?n Phù Yên", "Số 100, thị trấn Quang Huy, huyện Phù Yên"),
        ("T? dân ph? 3, Ph??ng 5, Qu?n 3", "Tổ dân phố 3, Phường 5, Quận 3"),
        ("?p 7, xã Phú Hòa, Thành ph? C?n Th?", "Ấp 7, xã Phú Hòa, Thành phố C?n Th?"),
        ("Khu ph? 9, ??c khu Phú Quý", "Khu phố 9, Đặc khu Phú Quý"),
        ("PH??NG 5, QU?N 3", "PHƯỜNG 5, QUẬN 3"),
        # a name's damaged word is left: Đan Phượng, Hà Tĩnh, Huyền
        ("Huy?n ?an Ph??ng, Thành ph? Hà N?i", "Huyện ?an Ph??ng, Thành phố Hà N?i"),
        ("Xã C?m Quan, T?nh Hà T?nh", "Xã C?m Quan, Tỉnh Hà T?nh"),
    ],
)
def test_type_words_with_lost_letters(text: str, expected: str) -> None:
    assert restore_type_words(text) == expected
    assert clean_artefacts(text) == expected  # and VIQR does not read ``u?`` as ủ


def test_lost_letters_are_no_viqr() -> None:
    assert lost_letters_seen("xã Qu?ng Ph??ng")
    assert not lost_letters_seen("ti?nh Phu' Tho.")
    assert clean_artefacts("Thi. tra^'n La^m Thao, ti?nh Phu' Tho.") == "Thị trấn Lâm Thao, tỉnh Phú Thọ"


def test_clean_addresses_cost_little() -> None:
    addresses = [f"Số {i}, Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh" for i in range(20_000)]
    start = time.perf_counter()
    for a in addresses:
        undo_lookalikes(a)
        undo_cp1258_reading(a)
        restore_type_words(a)
    assert time.perf_counter() - start < 0.5


# Through the reader: set u's addresses.

CONFIDENT = (Status.EXACT, Status.FUZZY, Status.ALREADY_NEW)
RESOLVED = [
    ("Xóm 11, хã Bảо Lâm 5, tỉnh Lâm Ðồng", "25057"),
    ("P. Hòa Сường, TP. Đà Nẵng", "20257"),
    ("Xã Bình Gіang, Thành phố Hải Рhòng (sau sắp хếp theo NQ số 1669/NQ-UBTVQH15)", "10966"),
    ("Xã Ðịnh Tiến, Нuyện Yên Ðịnh, Tỉnh Тhаnh Hóа", "15457"),
    ("Xóm 8, Xã Вúng Lао, Tỉnh Điện Вiên", "03301"),
    ("Ấp 6, P. Cam Ly - Ðà Lạt, T. Lâm Ðồng", "24787"),
    ("XĂ£ TĂ\xa0 Nung, ThĂ\xa0nh phá»‘ Ä\x90Ă\xa0 Láº¡t, Tá»‰nh LĂ¢m Ä\x90á»“ng", "24787"),
    ("Tá»• 12, xĂ£ TĂ\xa0 Ä\x90Ă¹ng, tá»‰nh LĂ¢m Ä\x90á»“ng", "24637"),
    ("Sá»‘ 20, XĂ£ Ä\x90Ă´ng ThĂ¡i Ninh, Tá»‰nh HÆ°ng YĂªn", "12943"),
    ("xĂ£ QuĂ¢n Chu, tá»‰nh ThĂ¡i NguyĂªn", "05851"),
    ("Thôn 6, ph??ng Xuân Lâm, th? xã Nghi S?n, t?nh Thanh Hóa", "16609"),
]


@pytest.mark.parametrize(("address", "code"), RESOLVED, ids=[a[:40] for a, _ in RESOLVED])
def test_set_u_addresses_resolve(address: str, code: str) -> None:
    reference_or_skip()
    res = am.get_resolver().resolve(Reference(address=address))
    assert res.status in CONFIDENT and res.new_commune_code == code, res


def test_a_stuttered_name_in_hue_is_flagged_with_the_truth() -> None:
    reference_or_skip()
    res = am.get_resolver().resolve(Reference(address="P. Thuận An Thuận An, TP. Нuế"))
    assert res.new_commune_code == "19900" or (res.status is Status.AMBIGUOUS and "19900" in res.candidates)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("Xã C?m Quan, Huy?n C?m Xuyên, T?nh Hà T?nh", "18673"),
        ("ph??ng An H?i, thành ph? ?à N?ng", "20275"),
        ("Xã Thu?n B?c, T?nh Khánh Hòa", "22849"),
        ("S? 205, xã Qu?ng Ph??ng, huy?n Qu?ng Tr?ch, t?nh Qu?ng Bình", "19057"),
        ("xã Ph? Lý, huy?n Phú L??ng, t?nh Thái Nguyên", "05632"),
        ("Ph??ng L??ng Tài, Thành ph? B?c Ninh", "09496"),
    ],
)
def test_a_name_with_lost_letters_gives_no_wrong_unit(address: str, code: str) -> None:
    reference_or_skip()
    res = am.get_resolver().resolve(Reference(address=address))
    assert res.status not in CONFIDENT or res.new_commune_code == code, res
