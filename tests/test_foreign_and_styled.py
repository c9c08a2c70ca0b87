"""Addresses in other forms than the Vietnamese one: styled letters of social networks
(``admin_merge.text.styled``), Japanese and Chinese forms (``text.han``), hashtags
(``text.hashtags``), French forms (``text.french``), receipts wrapped inside a word
(``text.receipts``) and the ring of a seal (``text.seals``). Each rewriting, plain text left as
it is (the same object), and the new commune the reader finds.

The expected codes are checked against the crosswalk (``commune_mapping.csv``): Xã Tân Phú of
Huyện Đức Hòa, Long An (27961) went whole into Xã Hiệp Hòa (27952); Xã Trung Sơn of Huyện Đô
Lương, Nghệ An (17686) whole into Xã Thuần Trung (17689); Phường 5 of Quận 3, Hồ Chí Minh (27151)
whole into Phường Bàn Cờ (27154).
"""

from __future__ import annotations

import csv

import pytest
from noisy_texts import devset_addresses, with_noise

import admin_merge as am
from admin_merge.matching.model import Reference, Status
from admin_merge.text.french import french_forms
from admin_merge.text.han import han_types
from admin_merge.text.hashtags import hashtag_places
from admin_merge.text.receipts import words_unwrapped
from admin_merge.text.seals import seal_address
from admin_merge.text.styled import unstyled
from tests.conftest import MAPPINGS, reference_or_skip

CONFIDENT = (Status.EXACT, Status.FUZZY, Status.ALREADY_NEW)
NAMES = frozenset({"tan phu", "tanphu", "duc hoa", "duchoa", "long an", "longan", "trung son", "trungson"})

# Plain addresses, some with the characters the passes look for (``#``, `` - ``, ``*``, a line
# break, `` de ``, a full-width or Han character that is no type after a name).
PLAIN = [
    "Xã Tân Phú, Huyện Đức Hòa, Tỉnh Long An",
    "Số 12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
    "Thôn 3 - Xã Trung Sơn - Huyện Đô Lương - Nghệ An",
    "Nhà số 5 * ngõ 12, Xã Thanh Sơn, Huyện Thanh Chương",
    "Huyện Hữu\nLũng, Tỉnh Lạng Sơn",
    "Phường 1\nTỉnh Phú Yên",
    "Thon De, Xa Trung Son, Huyen Do Luong, Nghe An",
    "Số 7 ngõ 3 (số #12 cũ), Xã Tân Phú, Long An",
    "Phòng 302, toà A, Xã Tân Phú 越南",
    "XÃ BÀU CẠN, HUYỆN CHƯ PRÔNG, TỈNH GIA LAI",
    "Tan Phu commune, Duc Hoa district, Long An province",
]


def _all_passes(text: str) -> str:
    out = unstyled(text)
    out = han_types(out)
    out = hashtag_places(out, NAMES.__contains__)
    out = french_forms(out)
    out = seal_address(out)
    return words_unwrapped(out, NAMES, frozenset())


@pytest.mark.parametrize("text", PLAIN)
def test_plain_text_is_returned_as_it_is(text: str) -> None:
    assert unstyled(text) is text
    assert han_types(text) is text
    assert hashtag_places(text, NAMES.__contains__) is text
    assert french_forms(text) is text
    assert seal_address(text) is text
    assert words_unwrapped(text, {"huu", "lung", "tinh", "phu", "yen"}, {"huu lung", "phu yen"}) is text


def test_every_register_name_is_returned_as_it_is() -> None:
    names: set[str] = set()
    for path in sorted((MAPPINGS / "registers").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                names.update(v for k, v in row.items() if v and (k.endswith("name") or k == "alias"))
    assert len(names) > 10_000
    changed = [n for n in names if _all_passes(n) is not n]
    assert not changed, changed[:20]


def test_devset_addresses_with_noise_are_returned_as_they_are() -> None:
    """Development-set addresses, as they are and with marks the passes look for put around and
    inside them (a hash, dashes and stars between spaces, `` de ``, emoji, brackets)."""
    noise = ["#1", " - ", " * ", " de ", "📍 ", "【", "】", " (Việt Nam)", "Tel: 0912345678"]
    texts = list(with_noise(devset_addresses(7), noise, seed=7))
    assert len(texts) > 4_000
    changed = [t for t in texts if _all_passes(t) is not t]
    assert not changed, changed[:20]


# The rewritings.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("𝐗𝐚̃ 𝐓𝐚̂𝐧 𝐏𝐡𝐮́, 𝐇𝐮𝐲𝐞̣̂𝐧 Đ𝐮̛́𝐜 𝐇𝐨̀𝐚", "Xã Tân Phú, Huyện Đức Hòa"),  # bold, marks apart
        ("𝑿𝒂̃ 𝑻𝒓𝒖𝒏𝒈 𝑺𝒐̛𝒏", "Xã Trung Sơn"),  # bold italic
        ("𝚃𝙿. 𝙷𝚘̂̀ 𝙲𝚑𝚒́ 𝙼𝚒𝚗𝚑, 𝚀𝚞𝚊̣̂𝚗 𝟹", "TP. Hồ Chí Minh, Quận 3"),  # monospace, digits
        ("Ⓧⓐ̃ Ⓣⓐ̂ⓝ Ⓟⓗⓤ́", "Xã Tân Phú"),  # circled
        ("🅻🅾🅽🅶 🅰🅽", "LONG AN"),  # negative squared
        ("ᴛʜᴏ̂ɴ 3, xᴀ̃ ᴛʀᴜɴɢ sᴏ̛ɴ", "thôn 3, xã trung sơn"),  # small capitals
    ],
)
def test_styled_letters(text: str, expected: str) -> None:
    assert unstyled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("現住所：ベトナム社会主義共和国 Long An省 Duc Hoa県 Tan Phu社", "tỉnh Long An, huyện Duc Hoa, xã Tan Phu"),
        ("地址：Trung Sơn 社, Đô Lương 县, Nghệ An 省, 越南", "xã Trung Sơn, huyện Đô Lương, tỉnh Nghệ An"),
        ("越南 Hà Nội市 Sơn Tây市社 Thanh Mỹ社", "thành phố Hà Nội, thị xã Sơn Tây, xã Thanh Mỹ"),
        ("ベトナム Ho Chi Minh市 3郡 5坊", "thành phố Ho Chi Minh, quận 3, phường 5"),
        ("越南胡志明市第3郡 Phường 5", "quận 3, Phường 5"),
        ("Bình Dương省 Dầu Tiếng市鎮", "tỉnh Bình Dương, thị trấn Dầu Tiếng"),
    ],
)
def test_han_types(text: str, expected: str) -> None:
    assert han_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bán đất chính chủ. #XãTânPhú #ĐứcHòa #LongAn #sổhồng", "Xã Tân Phú, Đức Hòa, Long An"),
        ("#longan #duchoa #xatanphu #freeship", "longan, duchoa, xa tanphu"),
        ("#HuyệnĐứcHòa #TânPhú", "Huyện Đức Hòa, Tân Phú"),
        ("#dackhutanphu #longan", "dackhu tanphu, longan"),
        ("Xã Tân Phú, Long An #LongAn #chínhchủ", "Xã Tân Phú, Long An #LongAn #chínhchủ"),  # typed beside
        ("Nhà đẹp giá rẻ #chínhchủ #freeship", "Nhà đẹp giá rẻ #chínhchủ #freeship"),  # no place
    ],
)
def test_hashtags(text: str, expected: str) -> None:
    assert hashtag_places(text, NAMES.__contains__) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Né le 03/04/1985 à commune de Tân Phú, district de Đức Hòa, province de Long An (Viêt-Nam)",
            "xã Tân Phú, huyện Đức Hòa, tỉnh Long An",
        ),
        (
            "Adresse : 12, rue 7, quartier 5, 3e arrondissement, Hô-Chi-Minh-Ville",
            "số 12 đường 7, phường 5, quận 3, Thành phố Hồ Chí Minh",
        ),
        (
            "Domicile : quartier de Quang Trung, ville de Quy Nhon, province de Binh Dinh",
            "phường Quang Trung, Quy Nhon, tỉnh Binh Dinh",
        ),
        ("Lieu de naissance : bourg de Na Duong, district de Loc Binh", "thị trấn Na Duong, huyện Loc Binh"),
        ("👉 〖Né le 26/04/1961 à commune de Tân Phú, province de Long An (Viêt Nam)〗", "xã Tân Phú, tỉnh Long An"),
        ("Adresse : commune de Hồ Đắc Kiện, provin\nce de Sóc Trăng, Viêt Nam", "xã Hồ Đắc Kiện, tỉnh Sóc Trăng"),
    ],
)
def test_french_forms(text: str, expected: str) -> None:
    assert french_forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DC: XA TAN PHU, HUYEN DUC H\nOA, TINH LONG AN", "DC: XA TAN PHU, HUYEN DUC HOA, TINH LONG AN"),
        ("ĐC: Xã Tân Phú, Tỉnh Lo\nng An\nTổng: 70.000đ", "ĐC: Xã Tân Phú, Tỉnh Long An\nTổng: 70.000đ"),
        ("DC: XA TAN PHU, HUY\nEN DUC HOA", "DC: XA TAN PHU, HUYEN DUC HOA"),
        ("KH: LAN\nDC: XA TAN PHU, T\n. LONG AN\nTONG: 5D", "KH: LAN\nDC: XA TAN PHU, T. LONG AN\nTONG: 5D"),
        ("KH: Lan\nĐC: Xã Tân Phú, Tỉnh \nLong An\nTổng: 5đ", "KH: Lan\nĐC: Xã Tân Phú, Tỉnh Long An\nTổng: 5đ"),
        ("KH: LAN\nDC: XA TAN PHU\n, T. LONG AN\nSDT: 0912", "KH: LAN\nDC: XA TAN PHU, T. LONG AN\nSDT: 0912"),
        ("Xã Tân Phú, \nLong An", "Xã Tân Phú, \nLong An"),  # no record: the reader's own line reading
    ],
)
def test_words_cut_by_a_line_wrap(text: str, expected: str) -> None:
    syllables = {"xa", "tan", "phu", "huyen", "huy", "en", "duc", "hoa", "h", "oa", "tinh", "long", "lo", "ng", "an"}
    assert words_unwrapped(text, syllables, {"tan phu", "duc hoa", "long an"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Dấu) ★ T. LONG AN ★ ỦY BAN NHÂN DÂN ★ XÃ TÂN PHÚ ★ H. ĐỨC HÒA ★", "XÃ TÂN PHÚ, H. ĐỨC HÒA, T. LONG AN"),
        ("Đóng dấu: H. ĐÔ LƯƠNG ✱ T. NGHỆ AN ✱ CÔNG AN ✱ XÃ TRUNG SƠN", "XÃ TRUNG SƠN, H. ĐÔ LƯƠNG, T. NGHỆ AN"),
        (
            "[Dấu đỏ: * TP. HẢI PHÒNG * UBND * PHƯỜNG THUỶ ĐƯỜNG * TP. THUỶ NGUYÊN *]",
            "PHƯỜNG THUỶ ĐƯỜNG, TP. THUỶ NGUYÊN, TP. HẢI PHÒNG",
        ),
        ("TRẠM Y TẾ - XÃ TÂN PHÚ - TỈNH LONG AN", "XÃ TÂN PHÚ, TỈNH LONG AN"),
        ("🔥 (Dấu) XÃ TÂN PHÚ ★ TỈNH LONG AN ★ TRẠM Y TẾ ☎️ 0912345678", "XÃ TÂN PHÚ, TỈNH LONG AN"),
        ("UBND XÃ TÂN PHÚ * CÔNG AN * T. LONG AN", "UBND XÃ TÂN PHÚ, T. LONG AN"),  # an office with its unit
    ],
)
def test_seal_rings(text: str, expected: str) -> None:
    assert seal_address(text) == expected


# What the reader finds.


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("📦 𝐗𝐚̃ 𝐓𝐚̂𝐧 𝐏𝐡𝐮́, 𝐇𝐮𝐲𝐞̣̂𝐧 Đ𝐮̛́𝐜 𝐇𝐨̀𝐚, 𝐋𝐨𝐧𝐠 𝐀𝐧 ☎️ 0912345678", "27952"),
        ("🏠 Ⓧⓐ̃ Ⓣⓡⓤⓝⓖ Ⓢⓞ̛ⓝ, Ⓗⓤⓨⓔ̣̂ⓝ Đⓞ̂ Ⓛⓤ̛ⓞ̛ⓝⓖ, Ⓝⓖⓗⓔ̣̂ Ⓐⓝ", "17689"),
        ("✨ ᴛʜᴏ̂ɴ 3, xᴀ̃ ᴛʀᴜɴɢ sᴏ̛ɴ, ʜᴜʏᴇ̣̂ɴ đᴏ̂ ʟᴜ̛ᴏ̛ɴɢ, ɴɢʜᴇ̣̂ ᴀɴ", "17689"),
        ("【𝙿𝚑𝚞̛𝚘̛̀𝚗𝚐 𝟻, 𝚀𝚞𝚊̣̂𝚗 𝟹, 𝚃𝙿. 𝙷𝚘̂̀ 𝙲𝚑𝚒́ 𝙼𝚒𝚗𝚑】", "27154"),
        ("現住所：ベトナム社会主義共和国 Long An省 Duc Hoa県 Tan Phu社", "27952"),
        ("越南 Nghệ An省 Đô Lương县 Trung Sơn社", "17689"),
        ("户籍地址：Trung Son社, Do Luong縣, Nghe An省, 越南", "17689"),
        ("住所：ベトナム Ho Chi Minh市 3郡 5坊", "27154"),
        ("Bán đất nền sổ đỏ chính chủ, giá tốt. #XãTânPhú #ĐứcHòa #LongAn #đấtnền", "27952"),
        ("Cần bán gấp!!! #chinhchu #xatrungson #huyendoluong #nghean", "17689"),
        ("Né le 03/04/1985 à commune de Tân Phú, district de Đức Hòa, province de Long An (Viêt-Nam)", "27952"),
        ("Adresse : 12, rue 7, quartier 5, 3e arrondissement, Hô-Chi-Minh-Ville, VIETNAM", "27154"),
        ("Domicile : hameau 4, commune de Trung Son, district de Do Luong, province de Nghe An (Vietnam)", "17689"),
        ("KH: NGUYEN THI LAN\nSDT: 0912345678\nDC: XA TAN PHU, HUYEN DUC H\nOA, TINH LONG AN\nTONG: 250.000D", "27952"),
        ("Người nhận: Lê Văn Nam\nĐịa chỉ: Xã Trung Sơn, Huyện Đô Lươ\nng, Tỉnh Nghệ An\nCOD: 180.000đ", "17689"),
        ("(Dấu) ★ T. LONG AN ★ ỦY BAN NHÂN DÂN ★ XÃ TÂN PHÚ ★ H. ĐỨC HÒA ★", "27952"),
        ("Đóng dấu: ✱ H. ĐÔ LƯƠNG ✱ T. NGHỆ AN ✱ CÔNG AN ✱ XÃ TRUNG SƠN ✱", "17689"),
    ],
)
def test_addresses_resolve(address: str, code: str) -> None:
    reference_or_skip()
    res = am.get_resolver().resolve(Reference(address=address))
    assert res.status in CONFIDENT and res.new_commune_code == code, res


def test_a_han_text_without_a_latin_name_is_no_address_made_empty() -> None:
    """Han characters only (no type after a Latin name): left as they are, not read as nothing."""
    assert han_types("越南胡志明市") == "越南胡志明市"
