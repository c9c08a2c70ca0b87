"""The artefacts of web pages, spreadsheets, map exports and input methods, undone before an
address is read (``admin_merge.text.artefacts``), and addresses of set g that carry them."""

from __future__ import annotations

import pytest

import admin_merge as am
from admin_merge.matching.model import Reference, Status
from admin_merge.text.artefacts import clean_artefacts
from tests.conftest import reference_or_skip

CLEANED = [
    # HTML
    ("X&#227; Ba Tr&#7841;i, Huy&#7879;n Ba V&#236;", "Xã Ba Trại, Huyện Ba Vì", "decimal references"),
    ("X&#xE3; Ia JL&#x1A1;i, Huy&#x1EC7;n Ea S&#xFA;p", "Xã Ia JLơi, Huyện Ea Súp", "hexadecimal references"),
    ("Phường&nbsp;Thủy&nbsp;Bằng, Quận&nbsp;Thuận&nbsp;Hóa", "Phường Thủy Bằng, Quận Thuận Hóa", "&nbsp;"),
    ("Ấp 1 &amp; 2, Xã &quot;A&quot;", 'Ấp 1 & 2, Xã "A"', "named references"),
    ("Thôn 6<br/>Xã Đồng Tân<br/>Huyện Mai Châu", "Thôn 6, Xã Đồng Tân, Huyện Mai Châu", "<br/> as a comma"),
    ("Thôn 3,<br>Xã Thân Thuộc,<BR>Huyện Tân Uyên", "Thôn 3, Xã Thân Thuộc, Huyện Tân Uyên", "a comma and <br>"),
    ("<p>Tổ 13</p><p>Xã Đạo Đức <br /> Huyện Vị Xuyên</p>", "Tổ 13, Xã Đạo Đức, Huyện Vị Xuyên", "paragraphs"),
    ("<b>Phường</b> Mỹ Phước", "Phường Mỹ Phước", "an inline tag is dropped"),
    # Spaces and full width
    ("\xa0Thôn\xa04, \u200bXã Hải Tiến, \ufeffTỉnh\xa0Quảng\xa0Ninh", "Thôn 4, Xã Hải Tiến, Tỉnh Quảng Ninh", "spaces"),
    ("34/6/2 Độc Lậ\u200bp, Phường Minh Khai", "34/6/2 Độc Lập, Phường Minh Khai", "a zero-width space in a word"),
    ("Tổ\u3000９，\u3000X．Canh\u3000Hiển，\u3000H．Vân Canh", "Tổ 9, X.Canh Hiển, H.Vân Canh", "full width"),
    ("X．Tà Hộc， Ｈ．Ｍａｉ Sơn， Sơn Ｌａ", "X.Tà Hộc, H.Mai Sơn, Sơn La", "full-width letters"),
    # Spreadsheets
    ("'Xã Thụy An, Ba Vì, HN", "Xã Thụy An, Ba Vì, HN", "the apostrophe of a text cell"),
    ('"Thôn 2 ""cửa hàng"", Xã Quỳnh Hoàng"', 'Thôn 2 "cửa hàng", Xã Quỳnh Hoàng', "CSV quotes"),
    ('\'"Tổ 3, Xã A"', "Tổ 3, Xã A", "an apostrophe before the quotes"),
    ("185 Lê Lợi, #VALUE!, Thị trấn La Hai", "185 Lê Lợi, Thị trấn La Hai", "#VALUE!"),
    ("nan, 24 Trần Phú, Phường 6", "24 Trần Phú, Phường 6", "nan first"),
    ("Xã Bắc Thủy, Huyện Chi Lăng, #N/A", "Xã Bắc Thủy, Huyện Chi Lăng", "#N/A last"),
    ("Xã Vinh Hà, NULL, Thành phố Huế", "Xã Vinh Hà, Thành phố Huế", "NULL between"),
    ("Xã A, None, N/A, -, Tỉnh B", "Xã A, Tỉnh B", "several empty cells"),
    ("121.0 Nguyễn Trãi, Xã Tùng Châu", "121 Nguyễn Trãi, Xã Tùng Châu", "a house number as a float"),
    ("Phường\xa01.0, Thành phố Mỹ Tho", "Phường 1, Thành phố Mỹ Tho", "a ward number as a float"),
    ("Khu phố 2.0, P. Uyên Hưng, Q 1.0", "Khu phố 2, P. Uyên Hưng, Q 1", "floats, twice"),
    # Maps
    ("Mai Đình, Sóc Sơn, Hà Nội, Việt Nam 9.527771,102.221186", "Mai Đình, Sóc Sơn, Hà Nội, Việt Nam", "at the end"),
    ("(13.7678, 106.2284) - Phường 4, Cai Lậy", "Phường 4, Cai Lậy", "in parentheses, first"),
    ("@14.9551889,108.8939809 - 63 Lạc Long Quân", "63 Lạc Long Quân", "an at sign"),
    ("Xã A, (15.9011, 109.1265), Tỉnh B", "Xã A, Tỉnh B", "between two parts"),
    ("Xã A @16.8874981,105.2070828,17z", "Xã A", "Google's zoom"),
    ("8QH4+R3 Xã An Nhơn, Châu Thành", "Xã An Nhơn, Châu Thành", "a plus code"),
    ("X3P4+M3 238 Nguyễn Thị Minh Khai", "238 Nguyễn Thị Minh Khai", "a plus code before a number"),
    ("Xã A, 7P8QHV2C+2C, Tỉnh B", "Xã A, Tỉnh B", "a full plus code"),
    # VIQR
    ("Xa~ Ta^n Phu', Huye^.n DDu+'c Ho`a", "Xã Tân Phú, Huyện Đức Hòa", "VIQR"),
    ("X.Cha^u Que^' Thu+o+.ng, H.Va(n Ye^n, T. Ye^n Ba'i", "X.Châu Quế Thượng, H.Văn Yên, T. Yên Bái", "type dots"),
    ("Thi. tra^'n La^m Thao, ti?nh Phu' Tho.", "Thị trấn Lâm Thao, tỉnh Phú Thọ", "nặng dots, one at the end"),
    ("Tho^n 7, Xa~ D-a`o Xa', Huye^.n Thanh Thuy?", "Thôn 7, Xã Đào Xá, Huyện Thanh Thuỷ", "d- for đ"),
    ("H.M'DDra('k, T. DDa('k La('k, H.Chu+ Pa(h", "H.M'Đrắk, T. Đắk Lắk, H.Chư Păh", "minority names"),
    ("A^'P 3, XA~ HO`A BI`NH", "ẤP 3, XÃ HÒA BÌNH", "capitals"),
]

UNCHANGED = [
    "Phường 1.05, Quận 3",
    "Số 12.3 Lê Lợi, Phường 5",
    "Km 1.0 Quốc lộ 1A, Xã An Bình",
    "Km145+403 Quốc lộ 1A, Xã Bình Giang",
    "Ngày 01.02.2020, bản 1.2.0",
    "Xã Long Sơn, Thành phố Vũng Tàu, Tỉnh Bà Rịa - Vũng Tàu",
    "Xã Ea H'Leo, Huyện Ea H'Leo, Tỉnh Đắk Lắk",
    "Thị trấn Quảng Phú, Huyện Cư M'gar, Tỉnh Đắk Lắk",
    "Xã Đắk Ru, Huyện Đắk R'Lấp, Tỉnh Đắk Nông",
    "Thôn 5 (cũ), Xã Hòa Bình (Ba), Tỉnh A",
    "Tổ 1 - Khu 2, Phường Nam Định, Tỉnh Nam Định",
    "Ấp Nan Hoa, Xã None Xanh",
    "Số 5, Hẻm 12/3, Phường 7, Quận 3, TP.HCM 700000, Việt Nam",
    "Xã Hòa~ Bình, Thôn` 7",
    "Km 12.0, Xã A",
    "Ddoongf Nai",
    "Hành~ Thịnh, Hươ`ng Thủy",
    "",
]


@pytest.mark.parametrize(("text", "expected", "reason"), CLEANED, ids=[c[2] for c in CLEANED])
def test_artefacts_are_undone(text: str, expected: str, reason: str) -> None:
    assert clean_artefacts(text) == expected, reason


@pytest.mark.parametrize("text", UNCHANGED)
def test_addresses_without_artefacts_come_back_as_they_are(text: str) -> None:
    assert clean_artefacts(text) is text


@pytest.mark.parametrize(("text", "expected", "reason"), CLEANED, ids=[c[2] for c in CLEANED])
def test_cleaning_is_idempotent(text: str, expected: str, reason: str) -> None:
    assert clean_artefacts(expected) == expected, reason


# Addresses of set g (benchmarks/independent_g.py, seeds 1654 and 7) with their old commune and
# the new commune the crosswalk gives it.
SET_G = [
    (
        "27.0 V&#245; V&#259;n Ki&#7879;t, X&#227; Ba Tr&#7841;i, Huy&#7879;n Ba V&#236;, Th&#224;nh ph&#7889; H&#224; N&#7897;i",
        "09697",
        "09694",
    ),
    ("\xa0Thôn\xa04, \u200bXã Hải Tiến, \xa0Thành\xa0phố\xa0Móng\xa0Cái, \xa0Tỉnh\xa0Quảng\xa0Ninh", "06733", "06733"),
    ("Phường\xa01.0, Thành\xa0phố\xa0Mỹ\xa0Tho, Tỉnh\xa0Tiền\xa0Giang", "28261", "28261"),
    ('"Tổ 18 ""cổng sau"", Xã Đắk Nên, Huyện Kon Plông, Tỉnh Kon Tum"', "23452", "23455"),
    ("Tổ 5, Ấp 8<BR>#N/A<BR>Xã Nhị Mỹ<BR>Huyện Cao Lãnh<BR>Tỉnh Đồng Tháp", "30097", "29888"),
    ("'244.0 Cách Mạng Tháng Tám, Xã Mỹ Lợi B, Huyện Cái Bè, Tỉnh Tiền Giang", "28381", "28414"),
    ("(13.7678, 106.2284) - Phường 4, Cai Lậy, Tiền Giang, Vietnam", "28439", "28439"),
    ("8QH4+R3 Xã An Nhơn, Châu Thành, Đồng Tháp", "30250", "30244"),
    ("107 Lê Lợi, Mường Chanh, Mường Lát, Thanh Hóa, Việt Nam @8.7926444,106.0219154", "14866", "14866"),
    ("@17.5212649,104.0488222 - Quang Trung, An Lão, Hải Phòng, Việt Nam", "11647", "11647"),
    ("X.Cha^u Que^' Thu+o+.ng, H.Va(n Ye^n, T. Ye^n Ba'i", "04384", "04387"),
    ("Thi. tra^'n La^m Thao, Huye^.n La^m Thao, ti?nh Phu' Tho.", "08494", "08494"),
    (
        "So^' 62 ddu+o+`ng Ca'ch Ma.ng Tha'ng Ta'm, Phu+o+`ng Phu+o+'c My~, Qua^.n So+n Tra`, TP DDa` Na(~ng",
        "20275",
        "20275",
    ),
    ("Xo'm 12, X.Ea Trang, H.M'DDra('k, T. DDa('k La('k", "24445", "24445"),
    ("７６／１６ Lạc Ｌｏｎｇ Quân， P．Tăng Nhơn Phú Ｂ， TP．Thủ Đức， Hồ Chí Ｍｉｎｈ", "26845", "26842"),
    ("X．Xuân\u3000Lộc，\u3000Ｈ．Ｔｈａｎｈ\u3000Thuỷ，\u3000Ｔ．\u3000Phú\u3000Thọ", "08668", "08662"),
]


@pytest.mark.parametrize(("address", "old", "new"), SET_G, ids=[c[0][:40] for c in SET_G])
def test_set_g_addresses_with_artefacts_resolve(address: str, old: str, new: str) -> None:
    reference_or_skip()
    assert [r.new_commune_code for r in am.load_crosswalk().successors(old)] == [new]
    res = am.resolve(Reference(address=address))
    assert (res.status, res.new_commune_code) in ((Status.EXACT, new), (Status.FUZZY, new))
    assert old in res.old.commune_codes
