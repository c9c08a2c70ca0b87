"""``strip_noise``'s quick tests answer as their former forms (kept here): the phone digits'
pattern written out with possessive repeats finds the texts ``\\d(?:\\D{0,2}\\d){8}`` finds;
``_may_close`` lets through a text ending in ``nam`` only after a ``t`` (the texts it now stops,
``Quảng Nam``, hold no match of the trailer pattern), so ``strip_noise`` gives what it gave. On
the development set with noise, the clerk set, generated texts of the characters the tests look
at, and every character below U+3100 before and after ``nam``."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, every_character, with_noise

from admin_merge.text import tokens

FORMER_PHONE_DIGITS = re.compile(r"\d(?:\D{0,2}\d){8}")


def former_may_close(text: str) -> bool:
    tail = text.rstrip(tokens._CLOSING)
    while tail and tail[-1].isspace():
        tail = tail[:-1].rstrip(tokens._CLOSING)
    last = tail[-1:]
    if last.isdecimal():
        return tail[-5:].isdecimal() and len(tail) >= 5
    if last == "m" or last == "M":
        return tail[-3:].lower() == "nam"
    if last == "n" or last == "N":
        return tail[-2:].lower() == "vn"
    return False


def former_strip_noise(text: str) -> str:
    if FORMER_PHONE_DIGITS.search(text) is not None:
        text = tokens._PHONE.sub(tokens._phone, text)
    while former_may_close(text) and (found := tokens._TRAILER.search(text, tokens._trailer_start(text))) is not None:
        text = text[: found.start()]
    return text.strip(" ,;.-()|")


def _same(text: str) -> None:
    assert (tokens._PHONE_DIGITS.search(text) is None) == (FORMER_PHONE_DIGITS.search(text) is None), text
    if tokens._may_close(text):
        assert former_may_close(text), text
    elif former_may_close(text):
        assert tokens._TRAILER.search(text) is None, text
    assert tokens.strip_noise(text) == former_strip_noise(text), text


NOISE = [
    ", Việt Nam",
    " VIỆT NAM.",
    ", Vietnam",
    "Viet\u00a0nam ",
    " Hà Nam",
    ", Quảng Nam - ",
    " Nam",
    "t nam",
    " VN",
    " 700000",
    ", Mã bưu chính: 70000",
    " zip 10000 |",
    " ĐT 0912.345.678",
    "(028) 3829 1234",
    " ٠٩١٢٣٤٥٦٧٨",
    "0912 34 56",
    "1a2b3c4d5e6f7g8h9",
    "\u2003",
    "\x1c",
]


def test_strip_noise_gates_on_the_devset_with_noise() -> None:
    for text in with_noise(devset_addresses(29), NOISE, seed=14):
        _same(text)


@cache
def _clerk_addresses() -> list[str]:
    from admin_merge.testing.clerk import generate

    return [case.address for case in generate(40, seed=19)]


def test_strip_noise_gates_on_the_clerk_set() -> None:
    for text in with_noise(_clerk_addresses(), NOISE, seed=15):
        _same(text)


def test_strip_noise_gates_on_every_character() -> None:
    for text in every_character(["Xã A, Việ{}Nam", "Xã A, Viet{}nam", "{} NAM", "Xã A, Vi{}t Nam", "a{}" * 20]):
        _same(text)


TEXT = st.text(
    alphabet=st.sampled_from([*"vietnamVIETNAMệ ,;.:-()|0123456789٣xQả\t\n", "\u00a0", "\u2003", "\x1c", "\u0130"]),
    max_size=40,
)


@settings(max_examples=5000, deadline=None)
@given(TEXT)
def test_strip_noise_gates_on_generated_texts(text: str) -> None:
    _same(text)
