"""The independent address generator (`admin_merge.testing.clerk`): its own invariants, not the reader's."""

from __future__ import annotations

import unicodedata

import pytest

from admin_merge.testing.clerk import EXPECTS, FAMILIES, Case, Clerk, Registers, generate, load_registers


@pytest.fixture(scope="module")
def registers() -> Registers:
    return load_registers()


@pytest.fixture(scope="module")
def cases(registers: Registers) -> list[Case]:
    return generate(25, seed=3, registers=registers)


def test_same_seed_same_cases(registers: Registers) -> None:
    assert generate(10, seed=11, registers=registers) == generate(10, seed=11, registers=registers)


def test_other_seed_other_cases(registers: Registers) -> None:
    assert generate(10, seed=11, registers=registers) != generate(10, seed=12, registers=registers)


def test_family_selection_is_independent_of_the_others(registers: Registers) -> None:
    alone = generate(10, seed=5, families=["ocr"], registers=registers)
    among = [c for c in generate(10, seed=5, registers=registers) if c.family == "ocr"]
    assert alone == among


def test_every_family_is_filled(cases: list[Case]) -> None:
    counts = {f: sum(c.family == f for c in cases) for f in FAMILIES}
    assert counts == dict.fromkeys(FAMILIES, 25)


def test_unknown_family_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown families"):
        generate(1, seed=1, families=["nope"])


def test_old_units_exist_and_agree(cases: list[Case], registers: Registers) -> None:
    for c in cases:
        unit = registers.old_communes[c.old_commune_code]
        assert (unit.district_code, unit.province_code) == (c.old_district_code, c.old_province_code), c


def test_expected_codes_are_new_units(cases: list[Case], registers: Registers) -> None:
    for c in cases:
        assert c.expected_new_codes, c
        assert all(code in registers.new_communes for code in c.expected_new_codes), c
        assert set(c.named_new_codes) | set(c.near_new_codes) <= set(c.expected_new_codes), c


def test_expectation_follows_the_crosswalk(cases: list[Case], registers: Registers) -> None:
    for c in cases:
        assert c.expect in EXPECTS
        succ = registers.successors[c.old_commune_code]
        if c.expect == "resolved":
            assert c.expected_new_codes == succ and len(succ) == 1, c
        elif c.expect == "split":
            assert c.expected_new_codes == succ and len(succ) > 1, c
        elif c.expect == "already_new":
            assert c.family == "new_form" and set(c.expected_new_codes) <= set(succ), c
        elif c.family == "new_form":  # a new commune's name that an old one of the province had
            assert len(c.named_new_codes) == 1 and set(c.named_new_codes) <= set(succ), c
            assert c.near_new_codes and c.near_new_codes != c.named_new_codes, c
        else:
            assert c.family == "fuzzy_vs_exact" and c.named_new_codes == succ and c.near_new_codes, c


def test_addresses_are_nfc_and_trimmed(cases: list[Case]) -> None:
    for c in cases:
        assert c.address == unicodedata.normalize("NFC", c.address)
        assert c.address == c.address.strip() and "  " not in c.address


def test_crosswalk_covers_the_old_register(registers: Registers) -> None:
    assert len(registers.old_communes) == 10035
    assert len(registers.new_communes) == 3321
    assert set(registers.successors) == set(registers.old_communes)


def test_new_form_reads_two_ways_only_where_the_registers_say_so(registers: Registers) -> None:
    """The label of a new-form address comes from the registers: new Phường Ngọc Hà (Hà Nội) is
    also the name of the old Phường Ngọc Hà of Ba Đình, split between Ba Đình and Ngọc Hà; the old
    Xã Vân Sơn of Bắc Giang became the new Xã Vân Sơn of Bắc Ninh (no other reading)."""
    clerk = Clerk(registers)
    assert [o.code for o in clerk.old_homonyms(registers.new_communes["00008"])] == ["00016"]
    assert clerk.old_homonyms(registers.new_communes["07621"]) == []
    cases = generate(200, seed=7, families=["new_form"], registers=registers)
    two_ways = [c for c in cases if c.expect == "ambiguous_ok"]
    assert 0 < len(two_ways) < len(cases) // 4
