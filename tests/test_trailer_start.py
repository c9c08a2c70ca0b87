"""The country or postal code at an address's end is searched for from where its letters and
digits can start (``_trailer_start``): the text is cut where a search of the whole text cuts it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from admin_merge.text.tokens import _PHONE, _PHONE_DIGITS, _TRAILER, _may_close, _phone, strip_noise


def plain_strip_noise(text: str) -> str:
    if _PHONE_DIGITS.search(text) is not None:
        text = _PHONE.sub(_phone, text)
    while _may_close(text) and (found := _TRAILER.search(text)) is not None:
        text = text[: found.start()]
    return text.strip(" ,;.-()|")


TEXT = st.text(
    alphabet=st.sampled_from([*"vietnamVIETNAMệ ,;.-()|:postalcodezipmãbưuchínhđiện0123456789\t", "\u00a0", "\u0130"]),
    max_size=40,
)


@settings(max_examples=5000, deadline=None)
@given(TEXT)
def test_strip_noise_as_its_plain_definition(text: str) -> None:
    assert strip_noise(text) == plain_strip_noise(text)


def test_strip_noise_on_long_trailers() -> None:
    for text in (
        "Xã A, Huyện B, mã bưu chính: 700000, Việt Nam",
        "Xã A,      postal    code    700000   ,  Vietnam  ",
        "Xã A - zip code 12345 - VN",
        "Phường 5, 123456, 654321, Vietnam",
        "Tỉnh Hà Nam",
        "mã bưu điện 100000",
    ):
        assert strip_noise(text) == plain_strip_noise(text), text
