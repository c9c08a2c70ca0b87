"""Addresses that differ only in their house or hamlet number share one reading
(:mod:`admin_merge.matching.numbered`): what is shared must be what the reader gives."""

from __future__ import annotations

import csv
import dataclasses
import random
from pathlib import Path

import polars as pl
import pytest
import yaml

import admin_merge as am
from admin_merge.matching.model import Reference, Resolution
from admin_merge.matching.numbered import _NUMBERED, NumberedReadings
from admin_merge.matching.resolver import Resolver
from admin_merge.runtime.parallel import PARALLEL_MIN, resolve_all
from admin_merge.runtime.policy import policy
from admin_merge.testing.devset import generate

CASES = Path(__file__).parent / "cases"


def _answer(found: tuple[object, str | None] | None) -> tuple[object, ...] | None:
    if found is None:
        return None
    res: Resolution = found[0].resolution  # type: ignore[attr-defined]
    return (res.status, res.score, res.new_province_code, res.new_commune_code, res.candidates, res.primary,
            res.old, res.note, res.parsed, res.reason, found[1])  # fmt: skip


def _variants(address: str, rng: random.Random) -> list[str]:
    """The address, then with its first house or hamlet number replaced by others."""
    m = _NUMBERED.match(address)
    if m is None:
        return [address]
    group = "after" if m.start("after") >= 0 else "bare"
    number = int(m.group(group))
    others = {number + 1, number + 2, number + 37, rng.randrange(20, 1000)}
    return [address] + [f"{address[: m.start(group)]}{n}{address[m.end(group) :]}" for n in sorted(others)]


def _addresses() -> list[str]:
    with (CASES / "real_addresses.csv").open(encoding="utf-8", newline="") as f:
        real = [row["address"] for row in csv.DictReader(f)]
    cases = [c["address"] for c in yaml.safe_load((CASES / "addresses.yaml").read_text(encoding="utf-8"))]
    return real + cases + [c.address for c in generate(3000, seed=21)]


def test_a_shared_reading_is_the_readers_own() -> None:
    """Real addresses, the case file and development addresses, each with its number changed
    four ways: the shared reading (status, units, candidates, score, note, street) equals the
    reader's own for every one, and readings are shared."""
    reader = am.get_resolver().addresses
    numbered = NumberedReadings(reader)
    rng = random.Random(3)
    compared = shared = 0
    for address in _addresses():
        for variant in _variants(address, rng):
            kept = len(numbered._readings)
            assert _answer(numbered.located(variant)) == _answer(reader.located_whole(variant)), variant
            compared += 1
            shared += len(numbered._readings) == kept and _NUMBERED.match(variant) is not None
    assert compared > 10_000
    assert shared > 2_000  # numbers after a street word, or of three digits and more, are common


def test_a_shared_answer_is_the_resolvers_own() -> None:
    """The same addresses through ``Resolver.resolve`` and ``resolve_all`` (two workers), which
    keep whole answers (the registers before 2025 read too): every field of every answer equals
    the one of a resolver without the memo, reading each address in full."""
    rng = random.Random(4)
    variants = [v for address in _addresses() for v in _variants(address, rng)]
    full = Resolver(am.load_crosswalk())
    want = [_fields(full._resolved(Reference(address=v), full.addresses.read(Reference(address=v)))) for v in variants]
    shared = Resolver(am.load_crosswalk())
    assert [_fields(shared.resolve(Reference(address=v))) for v in variants] == want
    assert len(shared.numbered._answers) < len(variants) // 2  # answers are shared
    # Enough references for worker processes (each keeps its own answers): the list over again.
    times = PARALLEL_MIN // len(variants) + 1
    refs = [Reference(address=v) for v in variants * times]
    with policy(workers=2):
        assert [_fields(r) for r in resolve_all(Resolver(am.load_crosswalk()), refs)] == want * times


def _fields(res: Resolution) -> tuple[object, ...]:
    return tuple(getattr(res, f.name) for f in dataclasses.fields(res))


def test_street_and_quoted_note_carry_their_own_number() -> None:
    numbered = NumberedReadings(am.get_resolver().addresses)
    first = numbered.located("Số 124 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh")
    second = numbered.located("Số 126 Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh")
    assert first is not None and second is not None
    assert second[0] is first[0]  # one reading, shared
    assert (first[1], second[1]) == ("Số 124 Lê Lợi", "Số 126 Lê Lợi")
    # A note that quotes the address as repaired quotes each its own.
    a = numbered.located("Thôn 31, XãSuối Bau, H. Phù Yên, Sơ,nLa")
    b = numbered.located("Thôn 45, XãSuối Bau, H. Phù Yên, Sơ,nLa")
    assert a is not None and b is not None and a[0].resolution.new_commune_code == b[0].resolution.new_commune_code
    assert "Thôn 31," in str(a[0].resolution.note) and "Thôn 45," in str(b[0].resolution.note)
    assert (a[1], b[1]) == ("Thôn 31", "Thôn 45")


@pytest.mark.parametrize(
    ("first", "then"),
    [
        # Full-width digits: the reader reads them as digits (``Đội 61``, a unit's name).
        ("Đội 62, Huyện Trảng Bom, Đồng Nai", "Đội \uff16\uff11, Huyện Trảng Bom, Đồng Nai"),
        ("Khu phố 45, Phường Tân Phong, Biên Hòa", "Khu phố \uff15, Phường Tân Phong, Biên Hòa"),
        # The number's length moves the text across the length read as prose (90 characters).
        (
            "Tổ 29, Phường Tân Thịnh, TP Hòa Bình; hiện cư trú tại Xã Hiền Lương,  H.Đà Bắc, Hòa Bình",
            "Tổ 2999, Phường Tân Thịnh, TP Hòa Bình; hiện cư trú tại Xã Hiền Lương,  H.Đà Bắc, Hòa Bình",
        ),
        (
            "Thôn 29, Xã Đoàn Kết, Huyện Đà Bắc, Tỉnh Hòa Bình, tạm trú: Xã Hiền Lương, Huyện Đà Bắc.",
            "Thôn 2999, Xã Đoàn Kết, Huyện Đà Bắc, Tỉnh Hòa Bình, tạm trú: Xã Hiền Lương, Huyện Đà Bắc.",
        ),
        # Two digits before ``mới`` are a hamlet's number, three are not.
        ("Bản 350 mới, Xã Chiềng Sơn, Huyện Mộc Châu, Sơn La", "Bản 35 mới, Xã Chiềng Sơn, Huyện Mộc Châu, Sơn La"),
        ("Khu Phố 350 mới, Phường 2, TP Sóc Trăng", "Khu Phố 35 mới, Phường 2, TP Sóc Trăng"),
        # The same hamlet written twice.
        (
            "Thôn 31, Xã Đoàn Kết (tạm trú tại Thôn 30, Xã Tân Lập)",
            "Thôn 30, Xã Đoàn Kết (tạm trú tại Thôn 30, Xã Tân Lập)",
        ),
    ],
)
def test_a_number_the_reader_weighs_is_not_shared(first: str, then: str) -> None:
    """Pairs found by review, each read differently by the reader: what the memo gives for the
    second after the first is the reader's own answer, and the resolver's."""
    reader = am.get_resolver().addresses
    numbered = NumberedReadings(reader)
    numbered.located(first)
    assert _answer(numbered.located(then)) == _answer(reader.located(then))
    full = Resolver(am.load_crosswalk())
    shared = Resolver(am.load_crosswalk())
    shared.resolve(Reference(address=first))
    want = full._resolved(Reference(address=then), full.addresses.read(Reference(address=then)))
    assert _fields(shared.resolve(Reference(address=then))) == _fields(want)


@pytest.mark.parametrize(
    "address",
    [
        "Ấp 3, Xã T",  # 3 names wards (Phường 3): read apart from Ấp 4
        "Đội 61, Xã Ea Kênh, Huyện Krông Pắc, Đắk Lắk",  # a unit is named Đội 61
        "Tổ 03, Phường Quang Trung, TP. Thái Nguyên",  # a leading zero
        "57 Quang Trung, quận Hai Bà Trưng, Hà Nội",  # two digits, bare: perhaps a numbered ward
        "5964+2G Bắc Lũng, Tỉnh Bắc Ninh, Việt Nam",  # a plus code
        "Thôn 7, Xã Đoàn Kết (tạm trú tại Thôn 7, Xã Tân Lập)",  # written twice
    ],
)
def test_numbers_that_may_be_read_are_not_taken_out(address: str) -> None:
    numbered = NumberedReadings(am.get_resolver().addresses)
    numbered.located(address)
    assert not numbered._readings


def test_migrate_keeps_each_rows_number(tmp_path: Path) -> None:
    """A register of 600 rows, every one distinct (house numbers on two streets of two wards):
    each row's new address keeps its own number, and every row is read as the one before it."""
    units = ["Phường Bến Thành, Quận 1, TP. Hồ Chí Minh", "Phường 4, Quận 5, Thành phố Hồ Chí Minh"]
    rows = [f"Số {n} {street}, {units[n % 2]}" for n in range(100, 400) for street in ("Lê Lợi", "Trần Phú")]
    src = tmp_path / "houses.csv"
    pl.DataFrame({"id": [str(i) for i in range(len(rows))], "dia_chi": rows}).write_csv(src)
    am.migrate(src, tmp_path / "out.csv", address_col="dia_chi")
    out = pl.read_csv(tmp_path / "out.csv", infer_schema=False)
    assert out["dia_chi"].to_list() == rows
    resolver = am.get_resolver()
    for row in out.iter_rows(named=True):
        alone = resolver.addresses.read(Reference(address=row["dia_chi"]))
        assert row["new_commune_code"] == alone.new_commune_code and row["match_status"] == alone.status.value
        assert row["new_address"].startswith(row["dia_chi"].split(",")[0] + ","), row
