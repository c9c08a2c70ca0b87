"""``chat.unchatted`` searches for the buyer's closing words only from where a match of
``_CLOSING`` can start (the text's last run of the characters such a match is made of, unless an
alternative that takes the rest of the line is there); it answers as its former form (kept here),
which searched every text from its start, on the development set with noise, on the clerk set
(where English addresses, ``township``, let the cheap test through), and on generated texts of
the closing words, their letters in other cases, marks and spaces; ``_closing_cut`` equals the
plain substitution on them too, and on every character below U+3100 at the end of a closing."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, every_character, with_noise

from admin_merge.text import chat

NAMES = frozenset({"giang", "phu", "quang", "duong", "ninh"})


def former_unchatted(text: str, names: frozenset[str]) -> str:
    if not chat._may_be_chat(text):
        return text
    out = chat._EMOJI.sub("", text)
    out = chat._OPENING.sub("", out)
    for _ in range(3):
        cut = chat._CLOSING.sub("", out)
        if cut == out or not cut.strip():
            break
        out = cut
    said = out != text
    if said and (cut := chat._SOFT_CLOSING.sub("", out)).strip():
        out = cut
    respelt = [(m, word) for m in chat._TEEN.finditer(out) if (word := chat._respelt(m, names)) is not None]
    marked = [(m, w) for m, w in respelt if not m.group(2).isascii()]
    if said or marked or len(respelt) >= 2:
        for m, word in reversed(respelt):
            out = out[: m.start()] + word + out[m.end() :]
    out = out.strip(" ,;-")
    return out if out and out != text else text


def _same(text: str) -> None:
    assert chat._closing_cut(text) == chat._CLOSING.sub("", text), text
    assert chat.unchatted(text, NAMES) == former_unchatted(text, NAMES), text


NOISE = [
    " nha shop",
    " shop ơi",
    ", đc ko ạ",
    " dc k aaa",
    " nhaaa",
    " ạaa",
    " aaaa !",
    ", j cũng đc miễn giao nhanh",
    " ko có ai thì gửi bảo vệ",
    " miễn giao nhanh nha",
    " township",
    " SHOP",
    " ſhop",
    " Được KO Ạ",
    " J  CŨNG ĐC",
    "\n",
    " nha\n",
    " shop\nXã A",
    "🙏",
]


def test_unchatted_on_the_devset_with_noise() -> None:
    for text in with_noise(devset_addresses(37), NOISE, seed=18):
        _same(text)


@cache
def _clerk_addresses() -> list[str]:
    from admin_merge.testing.clerk import generate

    return [case.address for case in generate(40, seed=29)]


def test_unchatted_on_the_clerk_set() -> None:
    for text in with_noise(_clerk_addresses(), NOISE, seed=19):
        _same(text)


def test_closing_cut_on_every_character() -> None:
    for text in every_character(["Xã A, nha shop{}", "Xã A {}shop", "Xã A, đc k{}", "Xã A {}aaa", "x{} j cũng đc"]):
        assert chat._closing_cut(text) == chat._CLOSING.sub("", text), repr(text)


PIECES = [
    *"nhaeéạkozsſpơiđcdượôgjKAHNỌ ,.;-!?\n\tx\u212a\u0130",
    "shop",
    "ship",
    "nha",
    "ko",
    "không",
    "được",
    "cũng",
    "đc",
    "có ai thì",
    "miễn giao nhanh",
    "Xã Tân Đức",
    "township",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=4000, deadline=None)
@given(TEXT)
def test_unchatted_on_generated_texts(text: str) -> None:
    _same(text)
