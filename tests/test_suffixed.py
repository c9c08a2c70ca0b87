"""Type words written after the name, and ``thuộc`` before a higher unit (``admin_merge.text.suffixed``)."""

from __future__ import annotations

import pytest

from admin_merge.text.suffixed import belongs_cut, slashed_types, types_in_front


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Ấp 2, Lang Minh (X), Xuân Lộc (H), Đồng Nai (T)", "Ấp 2, Xã Lang Minh, Huyện Xuân Lộc, Tỉnh Đồng Nai"),
        ("Cam Đường (xã); Lào Cai (thành phố); Lào Cai (tỉnh)", "Xã Cam Đường; Thành phố Lào Cai; Tỉnh Lào Cai"),
        (
            "Ấp 10 - Thanh Phu (xa) - Vinh Cuu (huyen) - Dong Nai (tinh)",
            "Ấp 10 - Xã Thanh Phu - Huyện Vinh Cuu - Tỉnh Dong Nai",
        ),
        ("Bản 1 Gia Phu (X) Gia Vien (H) Ninh Binh (T)", "Bản 1, Xã Gia Phu, Huyện Gia Vien, Tỉnh Ninh Binh"),
        ("Thới Long (P) - Ô Môn (Q) - Cần Thơ (TP)", "Phường Thới Long - Quận Ô Môn - Thành phố Cần Thơ"),
        ("Phường 3, Bà Rịa - Vũng Tàu (T)", "Phường 3, Tỉnh Bà Rịa - Vũng Tàu"),
    ],
)
def test_type_words_after_the_name_go_in_front(written: str, read: str) -> None:
    assert types_in_front(written) == read


@pytest.mark.parametrize(
    "written",
    [
        "Xã Nghi Kiều (cũ), Nghệ An",
        "phường 2 (thuộc quận 4), TP HCM",
        "Huyện Mê Linh (trước đây), Vĩnh Phúc",
        "Số 12 (tầng 3), Phường Bến Thành",
        "12 Nguyen Trai, P. Ben Thanh, Q.1, TP.HCM",
        "Xã (phường, thị trấn): Sơn Thủy | Tỉnh (thành phố): Huế",  # a form's labels
    ],
)
def test_other_brackets_are_left_alone(written: str) -> None:
    assert types_in_front(written) == written


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "Thôn 9, Xã An Ninh Tây thuộc Huyện Tuy An thuộc Tỉnh Phú Yên",
            "Thôn 9, Xã An Ninh Tây, Huyện Tuy An, Tỉnh Phú Yên",
        ),
        ("Thôn 12, xã Hoàng Vân thuộc tỉnh Bắc Ninh", "Thôn 12, xã Hoàng Vân, tỉnh Bắc Ninh"),
        ("Thôn 1 - xã Tam Nông (trực thuộc tỉnh Đồng Tháp)", "Thôn 1 - xã Tam Nông, tỉnh Đồng Tháp"),
        ("Phường 1 (trực thuộc Quận 10), TP HCM", "Phường 1, Quận 10, TP HCM"),
    ],
)
def test_belongs_to_a_higher_unit_is_a_comma(written: str, read: str) -> None:
    assert belongs_cut(written) == read


@pytest.mark.parametrize(
    "written",
    [
        "Khu 3 (thuộc phường 15 trước sáp nhập), Quận 8",  # a part before a merger: a note
        "Đường thuộc xã A",  # no higher unit's type word after it
        "Xã Mỹ Thuộc, huyện Tân Uyên",  # a name
    ],
)
def test_other_uses_of_thuoc_are_left_alone(written: str) -> None:
    assert belongs_cut(written) == written


def test_a_forms_label_keeps_its_bracket() -> None:
    assert types_in_front("Xã/Phường/Thị trấn (X) Cát Trinh") == "Xã/Phường/Thị trấn (X) Cát Trinh"
    assert types_in_front("Hà Tĩnh (tỉnh)") == "Tỉnh Hà Tĩnh"  # a name may end with a type word's letters
    assert types_in_front("Phùng Xá (xã); Hà Nội (thành phố)") == "Xã Phùng Xá; Thành phố Hà Nội"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("X/Phú Xuân, H/Thọ Xuân, T/Thanh Hóa", "X. Phú Xuân, H. Thọ Xuân, T. Thanh Hóa"),
        ("số 12/5 Lê Lợi, P/12, Q/3, TP/HCM", "số 12/5 Lê Lợi, P. 12, Q. 3, TP. HCM"),
        ("Hòa Bình/P.12/quận 3/T.P Hồ Chí Minh", "Hòa Bình/P.12/quận 3/T.P Hồ Chí Minh"),  # slashes between parts
        ("Số 5/T Lê Lợi", "Số 5/T Lê Lợi"),  # a house's number
    ],
)
def test_type_words_abbreviated_with_a_slash(written: str, read: str) -> None:
    assert slashed_types(written) == read
