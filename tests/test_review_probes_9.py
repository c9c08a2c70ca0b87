"""Shapes two more independent reviews (an eighth: lines of public registers of institutions and
businesses; a ninth: a noise model of typing, dictation and damaged files) and the sixth
review's flags found misread or needlessly flagged on 9f59150:

- an old address, then the present unit after ``nay là`` or marked ``cũ`` / ``mới``: flagged
  though the old commune, read with its own district, went into the unit named (``Xã Hải Phú;
  huyện Hải Lăng; tỉnh Quảng Trị (nay là xã Hải Lăng, Quảng Trị)``), or though the unit named is
  the new register's (``Phường Hàng Trống, Quận Hoàn Kiếm, Hà Nội (nay là Phường Cửa Nam, Hà
  Nội)``);
- written from the province down without separators, a road after the commune (``Xã Hựu Thạnh
  Quốc lộ 13``) or a hamlet whose first word ends a commune's name (``xã Mỹ An Ấp Hòa Bình``: An
  Ấp is a commune): flagged;
- the province first, then the rest in the usual order (``Tỉnh Quảng Ninh, Thôn Tân Lập, Đặc khu
  Vân Đồn``): read from the province down, the hamlet as the commune, with confidence;
- an old address with a numbered hamlet, then the old province and the new one, with nothing
  between (``Thôn 3 Hương Sơn Lạng Giang Bắc Giang Bắc Ninh``): the ward named like the old
  province, with confidence;
- a misspelt name ending with a number (``Phúú Hòa 1``): the number read as a numbered ward of
  the province, with confidence;
- a register's row with a column after the province (``... Sơn La | 64 phòng``): flagged or
  unread; ``UBND`` before an untyped commune (``UBND Quốc Thái, An Phú, An Giang``): the district
  read as a commune, with confidence; ``thị xã`` inside an institution's name (``Bệnh viện Đa
  khoa thị xã La Gi, Xã Bắc Ruộng, ...``) taken for a typed commune left in the street: flagged;
- a district's initials or another short part between the commune and the province (``Phường
  Linh Chiểu, TĐ, TP. Hồ Chí Minh``, ``Q. TX-Hà Nội``): unread;
- a province's initials that only one province reads with the district written (``X. Phú Túc,
  H. Dịnh Quán, DN``); the district written before the commune (``Huyện Lâm Hà, Xã Tân Thanh,
  Tỉnh Lâm Đồng``); a district of Hồ Chí Minh City said by its number (``phường tân hưng, bảy, hồ
  chí minh``); a VNI tone digit inside a word of a text with marks (``Xã Thoa5i Sơn``), or a horn
  typed for each vowel of ``ươ`` (``Muong772``); ``Bắc Cạn``, the older spelling of Bắc Kạn; a
  typed commune spelt as heard in a dialect with its province only (``Phường Bãi Tráy, Quảng
  Ninh``);
- a commune, its district and its province untyped (``Lăng Cô, Phú Lộc, Huế``): flagged with the
  new commune named as the district, the commune left in the street;
- a near name that sounds like another unit of the province in a dialect (``Xã Quảng Trâu, Nghệ
  An``: Quảng Châu as heard): confidently a unit three letters off.

Every unit is real (old register, new register and crosswalk).
"""

from __future__ import annotations

import pytest

from tests.probes import flagged, not_confident, right


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # The old commune with its district, then the unit it went into.
        ("Xã Hải Phú; huyện Hải Lăng; tỉnh Quảng Trị (nay là xã Hải Lăng, Quảng Trị)", "19702"),
        ("Thôn 11, Xã Minh Hóa - huyện Minh Hóa - Quảng Bình (nay là xã Kim Phú, Tỉnh Quảng Trị)", "18943"),
        ("Đội 2, X. Vinh Quang,Huyện Chiêm Hóa,tỉnh Tuyên Quang (nay là Xã Kim Bình, Tuyên Quang)", "02350"),
        ("Tổ 23, Phường 11, Quận Phú Nhuận, SG (nay là Phường Phú Nhuận, Tp.HCM)", "27073"),
        # Marked cũ and mới: one of the old communes of the name went into the new one.
        ("xã Thái Bình Trung cũ - X.Tuyên Bình mới - Tỉnh Tây Ninh", "27775"),
        ("Khu 1 Xã Tân Lập cũ - Xã Yên Mỹ mới - tỉnh Hưng Yên", "12073"),
        # The unit after ``nay là`` read in the new register, where the old one of its name was split.
        ("Phường Hàng Trống, Quận Hoàn Kiếm, Hà Nội (nay là Phường Cửa Nam, Hà Nội)", "00082"),
        ("Phường Hàng Trống (nay là Phường Cửa Nam), Quận Hoàn Kiếm, Hà Nội", "00082"),
    ],
)
def test_an_old_address_and_the_unit_it_became(address: str, code: str) -> None:
    right(address, code)


@pytest.mark.parametrize(
    ("address", "truth"),
    [
        # The old commune with its district went elsewhere than the unit named: both, flagged.
        ("Xã Hải Phú, huyện Hải Lăng, tỉnh Quảng Trị (nay là xã Đông Trạch, Quảng Trị)", {"19159", "19702"}),
    ],
)
def test_an_old_address_and_another_unit(address: str, truth: set[str]) -> None:
    flagged(address, truth)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("tỉnh Long An Huyện Đức Hòa Xã Hựu Thạnh Quốc lộ 13", "27937"),
        ("Tp Hà Nội Huyện Sóc Sơn Xã Đức Hoà Tỉnh lộ 347", "00430"),
        ("Đồng Tháp huyen Tháp Mười xã Mỹ An Ấp Hòa Bình", "30037"),
        ("Tỉnh Thái Bình Huyện Quỳnh Phụ Xã An Ấp Thôn 3", "12526"),
        ("Bắc Cạn Huyện Chợ Đồn Xã Bằng Phúc", "01933"),
        # The province first, then the hamlet before its commune.
        ("Tỉnh Quảng Ninh, Thôn Tân Lập, Đặc khu Vân Đồn", "06994"),
        ("Tỉnh Nghệ An, Ấp Nậm Cắn, Xã Xuân Lâm", "17779"),
    ],
)
def test_from_the_province_down(address: str, code: str) -> None:
    right(address, code)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("Thôn 3 Hương Sơn Lạng Giang Bắc Giang Bắc Ninh", "07399"),
        ("Thôn 5 An Thắng Pác Nặm Bắc Kạn Thái Nguyên", "01882"),
        ("Thôn 2 Nhựt Chánh Bến Lức Long An Tây Ninh", "28015"),
    ],
)
def test_a_numbered_hamlet_then_the_old_address_and_the_new_province(address: str, code: str) -> None:
    right(address, code)


@pytest.mark.parametrize(
    ("address", "truth"),
    [
        ("Số 220 Nguyễn Trãi, Phúú Hòa 1, T. Đắk Lắk", {"22015", "22319"}),
        ("Số 168 Lạc Long Quân, Bảo Lâhm 4, Tỉnh Lâm Đồng", {"24781", "25063"}),
    ],
)
def test_a_misspelt_name_ending_with_a_number(address: str, truth: set[str]) -> None:
    flagged(address, truth)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # A register's row: a column after the province.
        ("Nhà nghỉ Sơn La | Thôn 7, Xã Pá Lông, Huyện Thuận Châu, Sơn La | 64 phòng", "03781"),
        ("Tổ 3 | xã Đức Bình Tây | huyện Sông Hinh | Phú Yên | 35 phòng", "22222"),
        (
            "Khu du lịch sinh thái Thuận Hóa | Số 54 Võ Văn Kiệt, Phường Thuỷ Xuân, Quận Thuận Hóa, "
            "Thừa Thiên - Huế | 46 phòng",
            "19813",
        ),
        ("309 Ngô Quyền | F.1 | Tx. Ngã Năm | tỉnh Sóc Trăng | 88 phòng", "31732"),
        # The people's committee of an untyped commune.
        ("Nơi đăng ký khai sinh: UBND Quốc Thái, An Phú, An Giang", "30346"),
        ("Nơi đăng ký khai sinh: UBND Mỹ Thuận, Tân Sơn, Phú Thọ", "08593"),
        # ``thị xã`` inside an institution's name is no typed commune ``xã``.
        ("Bệnh viện Đa khoa thị xã La Gi, Xã Bắc Ruộng, Huyện Tánh Linh, Bình Thuận", "23152"),
        ("Ngân hàng Agribank chi nhánh thị xã Nghĩa Lộ, phường Tân An, thị xã Nghĩa Lộ, tỉnh Yên Bái", "04288"),
    ],
)
def test_lines_of_registers(address: str, code: str) -> None:
    right(address, code)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # A short part left unread between a typed commune and its province.
        ("Tổ 26, Phường Bình Trưng Tây, TĐ, TP Hồ Chí Minh", "27097"),
        ("F.An Khánh, TĐ, Thành phố HCM", "27094"),
        # A province's initials that one province reads with its district (at most fuzzy).
        ("Tổ 9, ấp 7, X. Phú Túc, H. Dịnh Quán, DN", "26299"),
        ("Ấp Bình An, Phú Vinh, Định Quán, ĐN", "26215"),
        # The district written before the commune.
        ("Huyện Lâm Hà, Xã Tân Thanh, Tỉnh Lâm Đồng", "24907"),
        ("Thôn Tây, Thị xã Mỹ Hào, Xã Hưng Long, Tỉnh Hưng Yên", "12133"),
        # A district of Hồ Chí Minh City said by its number (voice typing).
        ("phường tân hưng, bảy, hồ chí minh", "27475"),
        ("phường bến thành một hồ chí minh", "26743"),
        # Thủ Dầu Một and Võ Thị Sáu end with a number's word: no district.
        ("Phường Phú Cường, Thủ Dầu Một Hồ Chí Minh", "25747"),
        ("phường võ thị sáu hồ chí minh", "27139"),
        # A VNI tone digit inside a word; a horn typed for each vowel of ``ươ``.
        ("Xã Thoa5i Sơn, Tỉnh An Giang", "30682"),
        ("thon6 Thong61 Nhat61, Xa4 Muong772 Hoa, Tinh3 Phu1 Tho5", "05134"),
        # Spelt as heard, with the province only: one unit of the province sounds so.
        ("Số 3 ngõ 149 Trần Hưng Đạo, Phường Bãi Tráy, Quảng Ninh", "06673"),
        ("Xã Suối Chai, Tỉnh Đắk Lắk", "22192"),
        ("Ấp Đông, Xã Sôn Đốt, Tỉnh Cà Mau", "32098"),
        ("Thôn Hợp Tiến, Xã Giuy Suyên, Đà Nẵng", "20623"),
        # Thủ Dầu Một however spelt keeps its Một.
        ("108 Lê Lợi, Phường Thur Dầu Một, Hồ Chí Minh", "25747"),
    ],
)
def test_parts_read_loosely(address: str, code: str) -> None:
    right(address, code)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # A commune, its district and the province, untyped: not the district read as the new
        # commune of its name with the commune left in the street.
        ("Lăng Cô, Phú Lộc, Huế", "20137"),
        ("Thôn 2, Sơ Pai, KBang, Gia Lai", "23647"),
        ("Phổ Châu, Đức Phổ, Quảng Ngãi", "21478"),
        ("Dương Quang - Mỹ Hào - Hưng Yên", "12127"),
    ],
)
def test_a_commune_in_its_district(address: str, code: str) -> None:
    right(address, code)


@pytest.mark.parametrize(
    ("address", "truth"),
    [
        # A hamlet's word before the name: a hamlet named like a commune, or the commune.
        ("Ấp Thanh Hòa, Cai Lậy, Đồng Tháp", {"28436", "28439"}),
    ],
)
def test_a_hamlet_named_like_a_commune_before_a_district(address: str, truth: set[str]) -> None:
    flagged(address, truth)


@pytest.mark.parametrize(
    ("address", "truth"),
    [
        # Split old wards: the district's initials after the province's separators.
        ("phường Khương Đình-Q. TX-Hà Nội", {"00352", "00364"}),
        ("phường Khương Đình. Q. TX. Tp. Hà Nội", {"00352", "00364"}),
        # Several wards of the name in the city: the unread part does not choose.
        ("Phường Tân Phú, TĐ, TP Hồ Chí Minh", {"26842", "27031"}),
    ],
)
def test_flagged_after_a_part_left_unread(address: str, truth: set[str]) -> None:
    flagged(address, truth)


@pytest.mark.parametrize(
    ("address", "truth"),
    [
        # A near name that sounds like another unit of the province in a dialect (tr and ch, l and n).
        ("xóm 9, Xã Quảng Trâu, Nghệ An", {"17443", "17521"}),
        ("Thôn 2, Phương Chung, Hà Nội", {"10114"}),
        ("Xóm 12, Ný Nhân, Ninh Bình", {"13573"}),
    ],
)
def test_near_or_as_heard(address: str, truth: set[str]) -> None:
    flagged(address, truth)


@pytest.mark.parametrize(
    "address",
    [
        # An old Tân Phú of Đồng Nai too, whose district the unread part may name.
        "Xã Tân Phú, XYZ, Đồng Nai",
        # The new ward of the name nearest is of Hà Nam, not of the old province written.
        "P.Đồng Văk, Tỉnh Nam Định",
    ],
)
def test_not_taken(address: str) -> None:
    not_confident(address)
