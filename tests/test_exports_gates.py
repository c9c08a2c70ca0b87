"""``exports._undone`` searches for a query string only in a text with a ``=``, and
``exports._dump_pairs`` for keys only in a text with a ``:`` or ``=`` and for keys in parentheses
only in one with ``(`` and ``)`` (every match of each pattern holds them). Both answer as their
former forms (kept here), which search every text, on the development set with noise, on the
clerk set, and on generated texts of keys, values and the marks the patterns look at."""

from __future__ import annotations

import html
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, with_noise

from admin_merge.text import exports
from admin_merge.text.exports import Pair


def former_dump_pairs(text: str) -> list[Pair] | None:
    keys = [m for m in exports._KEY.finditer(text) if exports._known(m.group(1))]
    if keys:
        pairs: list[Pair] = []
        if head := text[: keys[0].start()].strip(exports._EDGES):
            pairs.append((None, head))
        for m, after in zip(keys, [*keys[1:], None], strict=True):
            end = after.start() if after is not None else len(text)
            pairs.append((m.group(1), text[m.end() : end].strip(exports._EDGES)))
        return pairs
    pairs = []
    last = 0
    for m in exports._PAREN_KEY.finditer(text):
        known = [k.strip() for k in m.group(2).split(",") if exports._known(k.strip())]
        if not known:
            continue
        known = [exports._first_key(known) or known[0]]
        if gap := text[last : m.start()].strip(exports._EDGES):
            pairs.append((None, gap))
        pairs.append((known[0], m.group(1).strip(exports._EDGES)))
        last = m.end()
    if not pairs:
        return None
    if tail := text[last:].strip(exports._EDGES):
        pairs.append((None, tail))
    return pairs


def former_undone(text: str) -> str:
    if "&" in text and exports._CHARACTER_REFERENCE.search(text) is not None:
        text = html.unescape(text)
    query = exports._QUERY.search(text)
    if query is not None:
        return exports._joined(exports._query_pairs(query.group(1)))
    out = exports._unescaped(exports._url_decoded(text))
    pairs = exports._json_pairs(out)
    if pairs is None:
        pairs = former_dump_pairs(out)
    if pairs is not None:
        return exports._joined(pairs)
    out = exports._COUNTRY_FIRST.sub("", out, count=1)
    if out != text:
        out = exports._NEWLINES.sub(", ", out.strip())
    return exports._without_markers(out)


def _same(text: str) -> None:
    assert exports._dump_pairs(text) == former_dump_pairs(text), text
    assert exports._undone(text) == former_undone(text), text


NOISE = [
    "_",
    "route: Lê Lợi; ",
    "ward=Tân Đức",
    "?ward=X%C3%A3&province=C%C3%A0+Mau",
    " (administrative_area_level_3)",
    " (sublocality, political)",
    "(ward",
    "ward)",
    ": ",
    "=",
    "locality : Vinh, ",
    '{"ward": "Xã A"}',
    "NULL, ",
    "Vietnam, ",
    "house_number=5&road=Trần Phú",
]


def test_export_gates_on_the_devset_with_noise() -> None:
    for text in with_noise(devset_addresses(23), NOISE, seed=12):
        _same(text)


@cache
def _clerk_addresses() -> list[str]:
    from admin_merge.testing.clerk import generate

    return [case.address for case in generate(40, seed=17)]


def test_export_gates_on_the_clerk_set() -> None:
    for text in with_noise(_clerk_addresses(), NOISE, seed=13):
        _same(text)


PIECES = [
    "ward",
    "route",
    "administrative_area_level_2",
    "Xa",
    "Tân Đức",
    "Vinh",
    "x",
    ":",
    "=",
    "(",
    ")",
    "&",
    "?",
    ",",
    ";",
    " ",
    "_",
    "-",
    '"',
    "'",
    "%20",
    "\n",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_export_gates_on_generated_texts(text: str) -> None:
    _same(text)
