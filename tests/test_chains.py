"""The units an address's words name inside other text (`admin_merge.text.chains`)."""

from __future__ import annotations

import doctest

import pytest

from admin_merge.text import chains
from admin_merge.text.chains import unit_chains


def test_doctests() -> None:
    assert doctest.testmod(chains).failed == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A listing: the price, the size and the phone after the province are no units.
        (
            "[CHÍNH CHỦ] Bán gấp nhà hẻm xe hơi MT Nguyễn Du, Xã Nậm Păm, H.Mường La, Sơn La | DT 4,2x18m | Zalo 09",
            ["Xã Nậm Păm, H.Mường La, Sơn La"],
        ),
        # A review site's card: the rating on the next line is no ward's number.
        (
            "HỦ TIẾU NAM VANG\n115 Nguyễn Du, X.Thọ Điền, Huyện Vũ Quang, tỉnh Hà Tĩnh\n3,2/5 · 356 bình luận",
            ["X.Thọ Điền, Huyện Vũ Quang, tỉnh Hà Tĩnh"],
        ),
        # A news lead: the province's name, then the sentence goes on.
        (
            "(Báo Nam Định) - Xã Giao Thanh, huyện Giao Thủy, tỉnh Nam Định vừa hỗ trợ 28 hộ dân.",
            ["Xã Giao Thanh, huyện Giao Thủy, tỉnh Nam Định"],
        ),
        # A sentence's full stop after the province ends the chain.
        (
            "Cần bán nhà MT Chu Văn An, Phường Quảng Thanh, thành phố Hải Phòng. DT 4,2x18m",
            ["Phường Quảng Thanh, thành phố Hải Phòng"],
        ),
        # Capitals, the higher units in parentheses.
        (
            "(TPO) - UBND XÃ HOÀNG GIANG (HUYỆN NÔNG CỐNG, TỈNH THANH HÓA) đang khắc phục",
            ["XÃ HOÀNG GIANG, HUYỆN NÔNG CỐNG, TỈNH THANH HÓA"],
        ),
        # Lower-case words after a type word are no name (``xã hội``).
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, an xã hội chủ nghĩa", []),
    ],
)
def test_chains(text: str, expected: list[str]) -> None:
    assert [c.text for c in unit_chains(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Liệt sĩ A, sinh năm 1950 tại xã Quỳnh Nguyên, huyện Quỳnh Phụ",  # a birthplace
        "Nơi an táng: Nghĩa trang liệt sĩ xã Trung Nam, huyện Vĩnh Linh, tỉnh Quảng Trị",  # a cemetery
        "Trạm Y tế xã Châu Khê, huyện Con Cuông",  # an office named after the commune
        "Kính gửi: UBND xã Ngọc Động",  # a letter's addressee
        "Lịch cắt điện tại các xã Sơn Tây Hạ, Tịnh Khê và Ia Tơi, tỉnh Quảng Ngãi",  # one of several
    ],
)
def test_other_places_are_marked(text: str) -> None:
    found = unit_chains(text)
    assert found and all(c.other for c in found)


def test_street_before() -> None:
    (chain,) = unit_chains("Quán Bê Thui (Quán ăn) — ĐC: 244/12 Phan Bội Châu, X. Long Bình, Đồng Tháp — Mở cửa 6h")
    assert chain.before == "244/12 Phan Bội Châu"
    assert chain.text == "X. Long Bình, Đồng Tháp"


def test_listed_places() -> None:
    from admin_merge.text.chains import listed_places

    places = listed_places("Công bố dịch tả lợn châu Phi tại các xã: Mỹ Thuận và Bình An, tỉnh An Giang.")
    assert places == ["xã Mỹ Thuận, tỉnh An Giang", "xã Bình An, tỉnh An Giang"]
    # One name, or no higher unit after the list: no list.
    assert listed_places("tại các xã Mỹ Thuận, tỉnh An Giang") == []
    assert listed_places("UBND các xã, phường thực hiện") == []


def test_letter_header() -> None:
    from admin_merge.text.chains import without_motto

    header = "UBND HUYỆN QUỲ HỢP\nỦY BAN NHÂN DÂN\nXÃ TAM HỢP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc"
    (chain,) = unit_chains(header)  # the state's name is no commune (``XÃ HỘI``)
    assert (chain.text, chain.above) == ("XÃ TAM HỢP", "HUYỆN QUỲ HỢP")
    assert "Hạnh phúc" not in without_motto(header) and "NGHĨA" not in without_motto(header)
    assert without_motto("Thôn 3, xã Hạnh Phúc, huyện Thọ Xuân") == "Thôn 3, xã Hạnh Phúc, huyện Thọ Xuân"
