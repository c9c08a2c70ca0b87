"""The cheap tests of an address for notes (``may_hold_note``, ``MAY_NOTE_WRITTEN``), written so
that a search skips the positions no alternative starts at, match the texts their plain
case-insensitive definitions match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from admin_merge.text.courier import may_hold_note
from admin_merge.text.former import MAY_NOTE_WRITTEN

PLAIN_NOTE_GATE = re.compile(
    r"(?i)giao|g[ọo]i|[đd][ểe]\s|g[ửu]i\s|xem|v[ỡo]|nh[ẹe] tay|cod|thu h[ộo]|[đd][ơo]n|#|m[àa]u"
    r"|g[ầa]n|c[ạa]nh|[đd][ốo]i|s[áa]t"
)
PLAIN_NOTE_WRITTEN = re.compile(r"[cC][uUũŨ]|[nN][aA][yY]|[nN][hH][aAậẬấẤ][pPtT]|[tT][rR][uUưƯ]")

# The letters of both tests in both cases, the characters ``(?i)`` takes for ``i`` and ``s``
# (``ı``, ``İ``, ``ſ``), the Kelvin sign, whitespace.
TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"giaoọửuểeđdxemvỡnhẹtycộ#àầạsáắGIAOỌỬUỂEĐDXEMVỠNHẸTYCỘÀẦẠSÁrRũŨưƯnNậẬấẤpPT",
            "\u0131",
            "\u0130",
            "\u017f",
            "\u212a",
            " ",
            "\t",
            "\n",
            ".",
        ]
    ),
    max_size=10,
)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_note_gate_as_its_plain_definition(text: str) -> None:
    assert may_hold_note(text) == (PLAIN_NOTE_GATE.search(text) is not None)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_note_written_as_its_plain_definition(text: str) -> None:
    assert (MAY_NOTE_WRITTEN.search(text) is not None) == (PLAIN_NOTE_WRITTEN.search(text) is not None)


def test_note_gate_on_every_character_in_its_words() -> None:
    for code in range(0x3100):
        ch = chr(code)
        for text in (
            f"g{ch}ao",
            f"{ch}ia{ch}",
            f"{ch}ơn",
            f"nh{ch} tay",
            f"th{ch} hộ",
            f"{ch}át",
            f"đ{ch} ",
        ):
            assert may_hold_note(text) == (PLAIN_NOTE_GATE.search(text) is not None), hex(code)
