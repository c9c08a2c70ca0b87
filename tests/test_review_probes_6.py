"""Texts written from the province down that were confidently wrong on 58b5ae1, found by running
the first review's 227,646 probes (built from the registers, truths from the crosswalk) again:

- the province written twice at the start, the new one and the old one it absorbed (``Thái Nguyên
  Bắc Kạn Bằng Thành``, ``Tuyên Quang - Hà Giang - Ngọc Long``): read as the new Phường Bắc Kạn,
  or a near name in the city Hà Giang, with the commune left in the street or misread;
- the commune and its hamlet in the last part (``Gia Lai > Phù Mỹ > Mỹ Chánh Tổ 9``): the hamlet's
  part taken for the street, Phù Mỹ (the district, and the new commune of its name) for the commune;
- a near name in the district written, then a word (``Hà Nội, Ba Đình, Vĩnh Phuc, Thanh``): read as
  a near name alone at the end (Thanh), the province and district left in the street.

Every unit is real (old register, new register and crosswalk).
"""

from __future__ import annotations

import pytest

import admin_merge as am
from admin_merge.matching.model import Reference
from tests.probes import flagged, not_confident, right


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # The commune and its hamlet in one part, the hamlet after it.
        ("Gia Lai > Phù Mỹ > Mỹ Chánh Tổ 9", "21769"),  # Xã Phù Mỹ (21730) on 58b5ae1
        ("Lào Cai > Yên Bái > Văn Phú Thôn 1", "04279"),  # Phường Yên Bái (04252)
        ("ninh binh - nghia hung - dong thinh to 9", "13900"),  # Xã Nghĩa Hưng (13891)
        ("Tuyên Quang > Quản Bạ > Thanh Vân Tổ 5", "00889"),  # Xã Quản Bạ (00874)
        ("Tuyên Quang, Vị Xuyên, Trung Thành số 12", "00970"),  # Xã Vị Xuyên (00913)
        ("Tuyên Quang, Vị Xuyên, Thuận Hoà Thôn 3", "00922"),
        # The district named like a new commune of the province (Xã Lý Nhân, Xã Phù Mỹ), the
        # commune after it exactly one of the district's: the district, not the new commune.
        ("ninh binh > ly nhan > hoa hau thon 1", "13627"),  # Xã Lý Nhân (13573) on 58b5ae1
        ("gia lai > phu my > my thang to 9", "21751"),  # Xã Phù Mỹ (21730)
        ("Ninh Bình, Lý Nhân, Hòa Hậu", "13627"),
    ],
)
def test_the_hamlet_after_the_commune(address: str, code: str) -> None:
    right(address, code)


def test_the_hamlet_is_the_street() -> None:
    res = am.get_resolver().resolve(Reference(address="Gia Lai > Phù Mỹ > Mỹ Chánh Tổ 9"))
    assert res.street == "Tổ 9", res


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # The new province, then the old one it absorbed, then the commune (and the district).
        ("Thái Nguyên Bắc Kạn Bằng Thành", "01864"),  # Phường Bắc Kạn (01843), Bằng Thành left over
        ("Tuyên Quang - Hà Giang - Ngọc Long", "00859"),  # a near name in the city Hà Giang (00700)
        ("Tuyên Quang, Hà Giang, Ngọc Long, Thôn 4", "00859"),
        ("Tỉnh Thái Nguyên (Bắc Kạn cũ), xã Bằng Thành, thôn 2", "01864"),  # flagged without it
        ("Gia Lai, Bình Định, Phù Cát, Cát Hưng", "21901"),  # Xã Cát Hưng... of 2025 (21907)
        ("Đắk Lắk, Phú Yên, An Thọ, Thôn 2", "22153"),  # Phường Phú Yên (22240)
        ("Lào Cai (Yên Bái), Mù Căng Chải, Mồ Dề", "04456"),  # Phường Yên Bái (04252)
        ("thai nguyen bac kan yen my", "02083"),  # near (no marks) in Bắc Kạn; Phường Bắc Kạn before
        # A province whose name has a dash, second (the first review of this change).
        ("Hồ Chí Minh, Bà Rịa - Vũng Tàu, Tam Long, Thôn 4", "26572"),
        ("Hồ Chí Minh, Bà Rịa - Vũng Tàu, Bà Rịa, Thôn 4", "26560"),
    ],
)
def test_the_province_old_and_new_first(address: str, code: str) -> None:
    right(address, code)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # A near name in the district written, then a word: not a near name alone at the end.
        ("Hà Nội, Ba Đình, Vĩnh Phuc, Thanh", "00008"),  # Thanh read as 19489 on 58b5ae1
        ("Hà Giang, Bắc Quang, Đồng Tien, Trang", "01165"),  # Trang read as 23714
        ("Tuyên Quang, Yên Sơn, Tứ Quan, Thanh", "02473"),
        ("Bắc Kạn, Bắc Kạn, Đức Xuan, Thanh", "01840"),  # the city and the province of one name
    ],
)
def test_a_near_name_in_the_district_written(address: str, code: str) -> None:
    right(address, code)


@pytest.mark.parametrize(
    ("address", "truth"),
    [
        # Láng Thượng or Láng Hạ of Đống Đa by a near name: flagged, not Thanh (19489).
        ("Hà Nội, Đống Đa, Láng Thuong, Thanh", {"00199"}),
        # Xã Thống Nhất of the city Hòa Bình, or Đồng Nai's district Thống Nhất: flagged with both.
        ("Phú Thọ Hòa Bình Thống Nhất", {"04828"}),
    ],
)
def test_flagged_with_the_truth(address: str, truth: set[str]) -> None:
    flagged(address, truth)


@pytest.mark.parametrize(
    ("address", "truth"),
    [
        # Phường Thái Bình read, the district Vũ Thư (or the new Xã Vũ Thư) left in the street.
        ("Hưng Yên, Thái Bình, Vũ Thư, Thôn 4", {"13192"}),
        ("Thôn 4, Vũ Thư, Thái Bình, Hưng Yên", {"13192"}),
    ],
)
def test_a_district_left_in_the_street_is_flagged(address: str, truth: set[str]) -> None:
    flagged(address, truth)


@pytest.mark.parametrize(
    "address",
    [
        # Near names in the old province where the text as written reads nothing: no reading (the
        # first versions of this change answered Vĩnh Phúc's 09076 and Bình Dương's 25792).
        "So 10 Le Loi, Xa Vinh Hung (Xa Nghia Hung cu), Huyen Vinh Tuong cu, Phu Tho (Vinh Phuc cu)",
        "Bình Dương Hồ Chí Minh Long Hải",
        # The commune's old form aside, its name the present one: not near in the old province.
        "So 10 Le Loi, Xa Minh Hoa (Xa Yen Hoa cu), Huyen Minh Hoa cu, Quang Tri (Quang Binh cu)",
        "Phuong An Loc (Xa Thanh Phu cu), Thi xa Binh Long cu, Dong Nai (Binh Phuoc cu)",
        # Near by its marks in a text that has them (Hợp Thành written Hợp Thanh): the old
        # province's reading is no answer where the text as written reads nothing.
        "Ấp 2, Hợp Thanh, Hòa Bình, tỉnh Hòa Bình cũ, tỉnh Phú Thọ",
    ],
)
def test_no_near_reading_in_the_old_province_alone(address: str) -> None:
    not_confident(address)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # Read from the province down by a near name, as on 58b5ae1 (a first version of this
        # change took a province written at the start of the street for a reason to read the end
        # as written: Hội An, Thanh Bình, Tây Sơn).
        ("Hồ Chí Minh Củ Chi Tân An Hoi An", "27496"),
        ("Tiền Giang Chợ Gạo Tân Bình Thanh Bình", "28603"),
    ],
)
def test_the_first_reviews_regressions(address: str, code: str) -> None:
    right(address, code)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # English, the old province and the new one (``Province``, ``City``): read in the old one.
        ("Phu An Commune, Ben Cat City, Binh Duong Province - Ho Chi Minh City", "25768"),  # 25760
        ("Phu Loi Ward, Thu Dau Mot City, Binh Duong Province - Ho Chi Minh City", "25750"),
        # ``nay là``: the name after it is the present unit's (the old Xã Sam Mứn went into Thanh
        # An, 03352; the present Xã Sam Mứn is Pom Lót's).
        ("Số 10 Lê Lợi, Xã Pom Lót (nay là Xã Sam Mứn), Huyện Điện Biên, Điện Biên", "03356"),
        ("So 10 Le Loi, Xa Pom Lot (nay la Xa Sam Mun), Huyen Dien Bien, Dien Bien", "03356"),
        ("Số 10 Lê Lợi, Xã Thu Ngạc (nay là Xã Tân Sơn), Huyện Tân Sơn, Phú Thọ", "08566"),  # 08560
        # Renamed before 2025: the old register's Bình Phú, not the Bình Phú of 2025 (29287), which
        # was not made from Mỹ Thành.
        ("Xã Mỹ Thành (nay là xã Bình Phú), Thành phố Bến Tre, Tỉnh Bến Tre", "28789"),
    ],
)
def test_the_second_reviews_shapes(address: str, code: str) -> None:
    right(address, code)


def test_a_district_read_as_its_commune_beside_a_near_name_of_its_commune_is_flagged() -> None:
    # The new Xã Mèo Vạc with a hamlet ``Xín Cáái``, or Xín Cái of the district Mèo Vạc.
    flagged("Xóm Đông, Xín Cáái, Mèo Vạc, Tỉnh Tuyên Quang (tỉnh Hà Giang cũ)", {"00769", "00778"})


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # A review of this change (63,752 probes of its own): the new province, then the ward
        # named like the province it absorbed, then a typed hamlet or a street. The hamlet or
        # street is no commune of the old province (its first version read Thị trấn Đồng Tâm,
        # Xã Lê Lợi, Thắng...).
        ("Thái Nguyên > Bắc Kạn > Thôn Đồng Tâm", "01843"),
        ("Hưng Yên - Thái Bình - Số 12 Lê Lợi", "13225"),
        ("Bắc Ninh > Bắc Giang > thôn Quyết Thắng", "07210"),
        ("Hưng Yên, Thái Bình, Thôn Thống Nhất", "13225"),
        ("Thôn Đồng Tâm, Bắc Kạn, Thái Nguyên", "01843"),
        # Bà Rịa - Vũng Tàu marked ``cũ`` after the new province: one province, not two parts.
        ("TP.HCM, Ba Ria - Vung Tau cu, Chau Duc, xa Suoi Nghe", "26575"),
        ("Cần Thơ - Sóc Trăng - Xóm Châu Thành", "31507"),  # not the district Châu Thành
        # The numbered ward, not a hamlet's number (the first version of the guard above).
        ("Ấp 2, 2, Kiến Tường, Long An (Tây Ninh)", "27787"),
        ("Tổ 5, 5, Tân An, Tây Ninh/Long An cũ", "27694"),
        # A word that names nothing after the commune, the text run together: not Tân Phú (31480).
        ("Cần Thơ Hậu Giang X Tân Phú Thạhn", "31360"),
    ],
)
def test_the_third_reviews_regressions(address: str, code: str) -> None:
    right(address, code)


def test_a_flag_from_the_top_keeps_the_unit_read_as_written() -> None:
    # Phường Thái Bình with a typed commune left over, or Xã Thái Nguyên (Táhi: two letters swapped).
    flagged("Hưng Yên, Thái Bình, Xã Táhi Nguyên", {"12922", "13225"})


def test_a_near_name_in_the_old_province_joins_a_flag() -> None:
    # Phường Nam Định with a typed commune left over, or Hợp Hưng (Hợợp) of the old Nam Định.
    flagged("Ninh Bình Nam Định xã Hợợp Hưng", {"13669", "13753"})
