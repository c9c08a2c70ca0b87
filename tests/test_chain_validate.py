"""The chain of snapshots: the shipped reform and history files, and defects injected into a 2026 step.

The injected-defect tests check one reform file against the shipped registers (no province file
is read), so they stay fast; one CLI test shows the finding as `mappings validate` prints it.
"""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from admin_merge.registry.chain import Chain
from admin_merge.registry.registers import Registers, load_registers
from admin_merge.registry.steps import Reform, load_steps, read_reform_file
from admin_merge.registry.validate_chain import validate_chain
from tests.conftest import MAPPINGS, reference_or_skip

DONG_NAI = "2026-04-30-dong-nai.yaml"
QUANG_NINH = "2026-09-01-quang-ninh.yaml"
BAC_NINH = "2026-09-20-bac-ninh.yaml"


@pytest.fixture(scope="module")
def registers() -> Registers:
    return load_registers(MAPPINGS / "registers")


@pytest.fixture
def reforms_copy(tmp_path: Path) -> Path:
    target = tmp_path / "reforms"
    shutil.copytree(MAPPINGS / "reforms", target)
    return target


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` by ``new``; return the 1-based line where it stood."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def chain_problems(registers: Registers, folder: Path) -> set[tuple[str, str, int]]:
    reforms: list[Reform] = []
    found = []
    for path in sorted(folder.glob("*.yaml")):
        reform, problems = read_reform_file(path)
        found += problems
        if reform is not None:
            reforms.append(reform)
    _, problems = validate_chain(Chain(registers, reforms, []))
    return {(Path(p.file).name, p.code, p.line) for p in [*found, *problems]}


def test_shipped_chain_is_clean_and_ends_with_the_published_totals(registers: Registers) -> None:
    reforms, history, problems = load_steps(MAPPINGS)
    summary, found = validate_chain(Chain(registers, reforms, history))
    assert problems == [] and found == []
    assert [s["date"] for s in summary.snapshots] == ["2025-07-01", "2026-04-30", "2026-09-01", "2026-09-20"]
    last = summary.snapshots[-1]
    # ../shared/reference/README.md: 9 centrally-run cities and 25 provinces; 2,599 xã, 709 phường, 13 đặc khu.
    assert (last["thanh_pho"], last["tinh"], last["xa"], last["phuong"], last["dac_khu"]) == (9, 25, 2599, 709, 13)
    assert summary.history_states == len(history) > 3000


def test_snapshot_totals_agree_with_the_reference_data(registers: Registers) -> None:
    reference = reference_or_skip()
    with (reference / "new_units.csv").open(encoding="utf-8") as fh:
        types = {r["commune_code"]: r["commune_type"] for r in csv.DictReader(fh)}
    with (reference / "new_provinces.csv").open(encoding="utf-8") as fh:
        ptypes = {r["province_code"]: r["province_type"] for r in csv.DictReader(fh)}
    with (reference / "register_changes.csv").open(encoding="utf-8") as fh:
        changes = list(csv.DictReader(fh))
    reforms, _, _ = load_steps(MAPPINGS)
    chain = Chain(registers, reforms, [])
    for date in sorted({c["effective_date"] for c in changes}):
        for c in changes:
            if c["effective_date"] == date:
                (ptypes if c["level"] == "province" else types)[c["code"]] = c["type_after"]
        snap = chain.snapshot(date)
        assert Counter(u.type for u in snap.communes.values()) == Counter(types.values()), date
        assert Counter(u.type for u in snap.provinces.values()) == Counter(ptypes.values()), date
        for c in changes:
            if c["effective_date"] <= date:
                book = snap.provinces if c["level"] == "province" else snap.communes
                assert book[c["code"]].name == c["name_after"]


def test_history_states_match_the_reference_rows(registers: Registers) -> None:
    reference = reference_or_skip()
    with (reference / "history" / "unit_history.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    _, history, _ = load_steps(MAPPINGS)
    pairs = {(s.level, s.code, s.name, s.valid_until, x.code) for s in history for x in s.successors}
    assert pairs == {(r["level"], r["code"], r["name"], r["valid_until"], r["successor_code"]) for r in rows}


def test_code_missing_from_the_next_snapshot_is_reported_with_its_line(
    registers: Registers, reforms_copy: Path
) -> None:
    line = edit(reforms_copy / DONG_NAI, 'code: "26368"', 'code: "26369"')
    assert (DONG_NAI, "AM601", line) in chain_problems(registers, reforms_copy)


def test_wrong_date_order_is_reported_with_its_line(registers: Registers, reforms_copy: Path) -> None:
    line = edit(reforms_copy / BAC_NINH, 'previous: "2026-09-01"', 'previous: "2026-09-25"')
    assert (BAC_NINH, "AM604", line) in chain_problems(registers, reforms_copy)


def test_a_step_dated_before_the_previous_one_is_reported(registers: Registers, reforms_copy: Path) -> None:
    line = edit(reforms_copy / QUANG_NINH, 'previous: "2026-04-30"', 'previous: "2026-04-30"')
    edit(reforms_copy / QUANG_NINH, 'effective_date: "2026-09-01"', 'effective_date: "2026-03-01"')
    found = chain_problems(registers, reforms_copy)
    assert (QUANG_NINH, "AM604", line) in found


def test_missing_legal_basis_is_reported_with_its_line(registers: Registers, reforms_copy: Path) -> None:
    path = reforms_copy / DONG_NAI
    text = path.read_text(encoding="utf-8")
    start = text.index('  - code: "26368"')
    basis = text.index("    legal_basis:", start)
    end = text.index("\n", basis) + 1
    path.write_text(text[:basis] + text[end:], encoding="utf-8")
    code_line = text[:start].count("\n") + 1
    assert (DONG_NAI, "AM603", code_line) in chain_problems(registers, reforms_copy)
    edit(path, '    - "30/2026/QH16"\n    - "237/NQ-UBTVQH16"\n', "")
    line = edit(path, "  legal_basis:\n", "  legal_basis: []\n")
    assert (DONG_NAI, "AM603", line) in chain_problems(registers, reforms_copy)


def test_name_before_and_totals_are_checked(registers: Registers, reforms_copy: Path) -> None:
    before = edit(reforms_copy / DONG_NAI, '{name: "Xã Long Thành"', '{name: "Xã Long Thạnh"')
    totals = edit(reforms_copy / BAC_NINH, "phuong: 709", "phuong: 710")
    found = chain_problems(registers, reforms_copy)
    assert (DONG_NAI, "AM605", before) in found
    assert (BAC_NINH, "AM606", totals) in found


def test_a_merge_step_with_sources_and_no_district(registers: Registers, tmp_path: Path) -> None:
    """A later step that merges two communes: the source leaves the snapshot, the totals follow."""
    folder = tmp_path / "reforms"
    folder.mkdir()
    (folder / "2027-01-01-merge.yaml").write_text(
        "reform:\n"
        '  effective_date: "2027-01-01"\n'
        '  previous: "2025-07-01"\n'
        '  legal_basis: ["1/2027/NQ-UBTVQH16"]\n'
        "  totals: {communes: 3320}\n"
        "communes:\n"
        '  - code: "26368"\n'
        '    name: "Phường Long Thành"\n'
        '    type: "phường"\n'
        '    legal_basis: "1/2027/NQ-UBTVQH16"\n'
        "    sources:\n"
        '      - {code: "26368", relation: whole}\n'
        '      - {code: "26485", relation: whole}\n',
        encoding="utf-8",
    )
    assert chain_problems(registers, folder) == set()
    reform, _ = read_reform_file(folder / "2027-01-01-merge.yaml")
    assert reform is not None
    chain = Chain(registers, [reform], [])
    assert "26485" not in chain.snapshot("2027-01-01").communes
    assert chain.snapshot("2027-01-01").communes["26368"].type == "phường"


def test_validate_cli_names_the_reform_file_and_line(cli: Callable[..., object], mapping_copy: Path) -> None:
    line = edit(mapping_copy / "reforms" / DONG_NAI, 'code: "26368"', 'code: "26369"')
    run = cli("mappings", "validate", str(mapping_copy), code=1)
    assert f"{DONG_NAI}:{line}:" in run.stdout  # type: ignore[attr-defined]
    assert "AM601" in run.stdout  # type: ignore[attr-defined]


def test_the_mapping_cache_is_keyed_on_the_reform_and_history_files(mapping_copy: Path) -> None:
    from admin_merge.registry.cache import cache_key

    before = cache_key(mapping_copy)
    edit(mapping_copy / "reforms" / DONG_NAI, "Phường Long Thành", "Phường Long Thành ")
    after_reform = cache_key(mapping_copy)
    history = sorted((mapping_copy / "history").glob("*.yaml"))[0]
    history.write_text(history.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert len({before, after_reform, cache_key(mapping_copy)}) == 3
