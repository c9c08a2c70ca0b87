"""Rules for split communes: the worked example of the README as a fixture."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest

import admin_merge as am
from admin_merge.errors import InputError
from tests.conftest import SAMPLE

EXAMPLE = SAMPLE / "split-rules.example.yaml"
UNITS = "Phường Thành Công, Quận Ba Đình, Thành phố Hà Nội"


def _line_of(text: str) -> int:
    """The line of the rule (its first key) whose places include ``text`` in the example."""
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if "places:" in line and text in line)
    return next(i for i in range(at, -1, -1) if lines[i].lstrip().startswith("- ")) + 1


def test_addresses_naming_a_listed_place_resolve_to_that_successor(cli, tmp_path: Path) -> None:
    source = tmp_path / "addresses.csv"
    addresses = [
        f"5 Láng Hạ, {UNITS}",  # listed for 00190
        "12 ngõ 4 Huynh Thuc Khang, P. Thanh Cong, Q. Ba Dinh, Ha Noi",  # listed for 00190, no diacritics
        f"8 Nguyên Hồng, {UNITS}",  # listed for 00025
        f"140 Nguyễn Trãi, {UNITS}",  # not listed: stays split
        f"3 Láng, {UNITS}",  # a word of a listed street is not the street: stays split
    ]
    pl.DataFrame({"id": list(range(len(addresses))), "dia_chi": addresses}).write_csv(source)
    out, report_file = tmp_path / "out.csv", tmp_path / "report.json"
    cli("migrate", source, "-o", out, "--rules", EXAMPLE, "--report", report_file)
    rows = pl.read_csv(out, infer_schema=False)
    assert rows["match_status"].to_list() == ["decided", "decided", "decided", "split", "split"]
    assert rows["new_commune_code"].to_list()[:3] == ["00190", "00190", "00025"]
    assert rows["candidates"][3] == "00025|00190"
    import json

    report = json.loads(report_file.read_text(encoding="utf-8"))
    cite_190, cite_25 = f"{EXAMPLE.name}:{_line_of('Láng Hạ')}", f"{EXAMPLE.name}:{_line_of('Nguyên Hồng')}"
    assert report["rules"]["rows_by_rule"] == {cite_190: 2, cite_25: 1}
    # The note of a row cites the rule, its place and its source.
    rules = am.load_rules(EXAMPLE)
    res = rules.apply(am.resolve(addresses[0]))
    assert res.status is am.Status.DECIDED and res.new_commune_code == "00190"
    assert f"rule {cite_190}: 'Láng Hạ' went to 00190 Phường Ô Chợ Dừa" in res.note
    assert "not an official assignment" in res.note
    assert rules.apply(am.resolve(addresses[3])).status is am.Status.SPLIT
    # The review file lists the remaining split entry with the rules known for its commune.
    review = tmp_path / "review.csv"
    cli("review", "export", out, "-o", review, "--rules", EXAMPLE)
    with review.open(encoding="utf-8") as fh:
        (entry,) = list(csv.DictReader(fh))
    assert entry["khoa_tham_chieu"] == "commune_code=00034" and entry["so_dong"] == "2"
    assert f"00190 ← Láng Hạ, Huỳnh Thúc Kháng ({cite_190})" in entry["quy_tac"]
    assert f"00025 ← Nguyên Hồng, Vũ Ngọc Phan ({cite_25})" in entry["quy_tac"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('new: "00190"', 'new: "00004"'), "is not a successor of 00034 Phường Thành Công"),
        (('old: "00034"', 'old: "00001"'), "was not split"),
        (("new_name: Phường Ô Chợ Dừa", "new_name: Phường Giảng Võ"), "does not match 00190"),
        (
            ('    source: "worked example of the README, not an official assignment"\n  - old', "  - old"),
            "without source",
        ),
        (("places: [Nguyên Hồng, Vũ Ngọc Phan]", "places: [Nguyên Hồng, Láng Hạ]"), "already goes to 00190"),
    ],
)
def test_bad_rules_are_refused_with_file_and_line(cli, tmp_path: Path, change: tuple[str, str], message: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert change[0] in text
    bad = tmp_path / "rules.yaml"
    bad.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(InputError, match=message) as exc:
        am.load_rules(bad)
    assert str(exc.value).startswith(f"{bad}:")
    line = int(str(exc.value).split(":")[1])
    assert 1 <= line <= len(text.splitlines())
    run = cli("migrate", SAMPLE / "addresses.csv", "-o", tmp_path / "o.csv", "--rules", bad, code=2)
    assert message.split()[0] in run.stderr and not (tmp_path / "o.csv").exists()
