"""OCR repairs of printed addresses: text-level cases, and the reader's second reading on the
independent clerk set (real registers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import admin_merge as am
from admin_merge.matching.model import Reference, Status
from admin_merge.text.ocr import split_camel

CASES: dict[str, list[list[str]]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "text.yaml").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def reader() -> Any:
    return am.get_resolver().addresses


@pytest.mark.parametrize(("text", "expected", "reason"), CASES["ocr_repair"])
def test_ocr_repair(reader: Any, text: str, expected: str, reason: str) -> None:
    repair = reader.repairer()
    assert repair(text) == expected, reason
    assert repair(expected) == expected, "a repaired text needs no repair"


def test_a_repaired_address_is_fuzzy_and_says_so() -> None:
    res = am.resolve(Reference(address="183 Đinh Tiên Hoàng, Tổ 8, P. Định Hoà, TP. Thủ Dầu Một, T ỉnh Bình Dương"))
    xw = am.load_crosswalk()
    assert res.status is Status.FUZZY and res.score <= 90.0
    assert res.new_commune_code == xw.successors("25759")[0].new_commune_code  # Phường Định Hòa
    assert "OCR" in (res.note or "") and res.street == "183 Đinh Tiên Hoàng, Tổ 8"


def test_a_readable_address_is_not_repaired() -> None:
    """An address that reads as written is never read a second time (exact stays exact)."""
    res = am.resolve(Reference(address="Thôn 2, Xã Hoằng Phụ, Huyện Hoằng Hóa, Tỉnh Thanh Hóa"))
    assert res.status is Status.EXACT and "OCR" not in (res.note or "")


def test_ocr_family_of_the_clerk_set() -> None:
    """The independent generator's OCR family (letters misread, split, glued, stray marks): no
    confidently wrong answer, and nearly every address right."""
    from admin_merge.testing.clerk import generate
    from benchmarks.evaluate_clerk import score

    resolver = am.get_resolver()
    outcomes = [score(c, resolver.resolve(Reference(address=c.address))) for c in generate(200, 5, ["ocr"])]
    assert outcomes.count("conf_wrong") == 0
    assert outcomes.count("right") >= 190, {o: outcomes.count(o) for o in set(outcomes)}


def plain_camel(text: str) -> str:
    """``split_camel`` without its search for a small letter followed by a capital."""
    out = []
    letters = 0
    for i, ch in enumerate(text):
        if ch.isspace():
            letters = 0
        elif ch.isalpha():
            if i and ch.isupper() and text[i - 1].islower() and letters >= 2:
                out.append(" ")
            letters += 1
        out.append(ch)
    return "".join(out)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aAbBểỂđĐ ,.;ǅᾈﬀＡａⓐ1"), max_size=12) | st.text(max_size=12))
def test_camel_searches_only_where_it_may_cut(text: str) -> None:
    assert split_camel(text) == plain_camel(text)
