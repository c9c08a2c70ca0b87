"""``contacts._phone_part`` searches a part for a phone number only when it holds a ``0`` or an
``8`` (every match of ``_PHONE`` starts with ``0`` or ``84``); it answers as its former form (kept
here), which searches every part, on each part (as split and as written) of the development set
with noise, of the clerk set, and of generated texts of digits, marks and words."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, every_character, with_noise

from admin_merge.text import contacts


def former_phone_part(part: str) -> bool:
    phone = contacts._PHONE.search(part)
    if phone is None or contacts._TYPE_WORD.search(part.lower()) is not None:
        return False
    return len(part[: phone.start()].split()) <= 3 and len(part[phone.end() :].split()) <= 3


def _same(text: str) -> None:
    for part in [text, *contacts._PARTS.split(text)[::2]]:
        for form in (part, contacts._written(part)):
            assert contacts._phone_part(form) == former_phone_part(form), form


NOISE = [
    " sđt 0985.536.721 / ",
    " - 0939 022 243",
    "+84 930394076 ",
    "84912345678",
    " / Lê Minh Tuấn - 0838 359 101",
    "0123",
    " 8888 ",
    "(028) 3829 1234, ",
    "٠٩١٢٣٤٥٦٧٨",
]


def test_phone_part_on_the_devset_with_noise() -> None:
    for text in with_noise(devset_addresses(31), NOISE, seed=16):
        _same(text)


@cache
def _clerk_addresses() -> list[str]:
    from admin_merge.testing.clerk import generate

    return [case.address for case in generate(40, seed=23)]


def test_phone_part_on_the_clerk_set() -> None:
    for text in with_noise(_clerk_addresses(), NOISE, seed=17):
        _same(text)


def test_phone_part_on_every_character() -> None:
    for text in every_character(["{}912345678", "0{}12345678", "8{}912345678", "sđt 09{}2 345 678"]):
        _same(text)


TEXT = st.text(alphabet=st.sampled_from([*"0123456789٠٨+ .-/,;|xãsđtSĐT\n", "\u00a0"]), max_size=30)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_phone_part_on_generated_texts(text: str) -> None:
    _same(text)
