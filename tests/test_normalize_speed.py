"""The fast path of :func:`admin_merge.text.normalize.clean` (a text collapsed already is kept as
it is) gives what the plain definition gives: typography folded, then split and joined."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from admin_merge.text.normalize import clean, fold_typography

# Every kind of whitespace (separators, controls, the no-break and ideographic spaces), invisible
# characters that fold to nothing, typographic marks, letters.
TEXT = st.text(
    alphabet=st.sampled_from(
        list(" \t\n\r\x0b\x0c\x1c\x1f\x85\u00a0\u1680\u2002\u200a\u2028\u2029\u202f\u205f\u3000")
        + list("\u200b\ufeff\u00ad\u2019`\u2013\uff0cAaĐẫ\u0301,.")
    ),
    max_size=12,
)


def plain_clean(text: str) -> str:
    return " ".join(fold_typography(text).split())


@settings(max_examples=2000, deadline=None)
@given(TEXT)
def test_clean_as_split_and_joined(text: str) -> None:
    assert clean(text) == plain_clean(text)


def test_clean_on_every_character_alone_and_between_letters() -> None:
    for code in range(0x3100):
        ch = chr(code)
        for text in (ch, f"a{ch}b", f" {ch}", f"{ch} ", f"a {ch}"):
            assert clean(text) == plain_clean(text), hex(code)
