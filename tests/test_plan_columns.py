"""The resolution table and the report are built on columns (:mod:`admin_merge.plan.resolution`):
what depends on the unit is computed once per resolution shared by several references (a
reading's, for addresses that differ in their street or house number), then gathered per
reference. Both must equal the per-row construction kept here as the oracle, and the local
engine's join on the keys' hash must write what the join on the keys writes."""

from __future__ import annotations

import csv
import random
from collections import Counter
from pathlib import Path
from typing import Any

import polars as pl
import pytest

import admin_merge as am
from admin_merge.engines import local
from admin_merge.engines.common import Prepared
from admin_merge.engines.local import MigrateOptions
from admin_merge.matching.model import STATUS_ORDER, UNRESOLVED, OldUnits, Reason, Reference, Resolution, Status
from admin_merge.plan.report import MigrationReport
from admin_merge.plan.resolution import DistinctReferences, Resolved, build_table, fill_report, key_column
from admin_merge.plan.schema import output_columns
from admin_merge.registry.chain import as_of_date
from admin_merge.runtime import parallel
from tests.conftest import SAMPLE

NAMES = (
    {"79": "Thành phố Hồ Chí Minh", "01": "Thành phố Hà Nội"},
    {"26734": "Phường Sài Gòn", "00004": "Phường Ba Đình"},
)


Names = tuple[dict[str, str], dict[str, str]]


def _table_per_row(
    distinct: DistinctReferences, resolutions: list[Resolution], prefix: str, on_split: str, names: Names = NAMES
) -> dict[str, list[Any]]:
    """The resolution table, one resolution per row (the construction before columns)."""
    with_address = "address" in distinct.roles
    cols = output_columns(prefix, with_address)
    province_names, commune_names = names
    out: dict[str, list[Any]] = {key_column(r): list(distinct.values[r]) for r in distinct.roles}
    for c in cols:
        out[c] = []
    for r in resolutions:
        commune = r.primary if on_split == "primary" and r.status is Status.SPLIT else r.new_commune_code
        pname = province_names.get(r.new_province_code) if r.new_province_code is not None else None
        cname = commune_names.get(commune) if commune is not None else None
        row = [r.new_province_code, pname, commune, cname]
        if with_address:
            street = r.street.strip(" ,") if r.street is not None else None
            parts = [p for p in (street or None, cname, pname) if p is not None]
            row.append(", ".join(parts) if cname is not None and pname is not None else None)
        row += [
            r.status.value,
            None if r.status is Status.EMPTY else round(r.score),
            "|".join(r.candidates) if len(r.candidates) > 1 else None,
        ]
        for c, v in zip(cols, row, strict=True):
            out[c].append(v)
    return out


def _report_per_row(distinct: DistinctReferences, resolutions: list[Resolution]) -> dict[str, Any]:
    """The report's figures, one resolution per row (the construction before columns)."""
    counts, roles = distinct.counts, distinct.roles
    values = [r.status.value for r in resolutions]
    statuses: Counter[str] = Counter()
    for value, n in zip(values, counts, strict=True):
        statuses[value] += n
    unresolved = [i for i, v in enumerate(values) if Status(v) in UNRESOLVED]
    earlier = [i for i, r in enumerate(resolutions) if r.reason is Reason.EARLIER_REGISTER]

    def by_count(counter: Counter[str]) -> dict[str, int]:
        return {s: counter[s] for s in sorted(counter, key=lambda s: (-counter[s], STATUS_ORDER.index(s)))}

    def top(indices: list[int]) -> list[int]:
        key = lambda i: (-counts[i], tuple(distinct.values[role][i] or "" for role in roles))  # noqa: E731
        return sorted(indices, key=key)[:20]

    return {
        "rows_in": sum(counts),
        "distinct_references": len(counts),
        "statuses": by_count(statuses),
        "distinct_statuses": by_count(Counter(values)),
        "conflicts": sum(counts[i] for i in unresolved if resolutions[i].reason is Reason.CONFLICT),
        "through_history": sum(counts[i] for i in earlier),
        "top_unresolved": [
            {
                "reference": {role: distinct.values[role][i] for role in roles},
                "rows": counts[i],
                "status": resolutions[i].status.value,
                "candidates": list(resolutions[i].candidates),
                "note": resolutions[i].note,
            }
            for i in top(unresolved)
        ],
        "top_through_history": [
            {
                "reference": {role: distinct.values[role][i] for role in roles},
                "rows": counts[i],
                "status": resolutions[i].status.value,
                "new_commune_code": resolutions[i].new_commune_code,
                "note": resolutions[i].note,
            }
            for i in top(earlier)
        ],
    }


def _check(distinct: DistinctReferences, resolved: Resolved, resolutions: list[Resolution]) -> None:
    assert resolved.resolutions() == resolutions
    for prefix in ("new_", "v2_"):
        for on_split in ("flag", "primary"):
            plan = build_table(distinct, resolved, NAMES, prefix=prefix, on_split=on_split)
            assert plan.table.frame.to_dict(as_series=False) == _table_per_row(distinct, resolutions, prefix, on_split)
            schema = plan.table.frame.schema
            assert schema[output_columns(prefix, "address" in distinct.roles)[-2]] == pl.Int16
    report = MigrationReport("in", None, None, {}, False)
    fill_report(report, build_table(distinct, resolved, NAMES, prefix="new_"))
    got = report.to_dict()
    want = _report_per_row(distinct, resolutions)
    assert {k: got[k] for k in want} == want
    assert list(got["statuses"]) == list(want["statuses"])  # the order too


def _bases() -> list[Resolution]:
    old = OldUnits("79", "760", ("26734", "26737"))
    return [
        Resolution(Status.EXACT, score=100.0, new_province_code="79", new_commune_code="26734", street="Số 5 Lê Lợi"),
        Resolution(Status.FUZZY, score=87.6, new_province_code="79", new_commune_code="26734", street=" , "),
        Resolution(
            Status.SPLIT, score=100.0, new_province_code="79", candidates=("26734", "26740"), primary="26734", old=old
        ),
        Resolution(Status.AMBIGUOUS, score=71.2, candidates=("00004", "26734"), note="two readings"),
        Resolution(Status.AMBIGUOUS, score=90.0, new_province_code="79", candidates=("26734",), reason=Reason.CONFLICT),
        Resolution(Status.UNMATCHED, score=12.4, note="nothing read", reason=Reason.NO_UNIT_FOUND, street="x"),
        Resolution(Status.EMPTY),
        Resolution(Status.ALREADY_NEW, score=99.5, new_province_code="01", new_commune_code="00004"),
        Resolution(Status.EXACT, score=100.0, new_province_code="01", new_commune_code="99999"),  # name unknown
        Resolution(
            Status.FUZZY,
            score=95.0,
            new_province_code="01",
            new_commune_code="00004",
            reason=Reason.EARLIER_REGISTER,
            note="read in the register of 2019",
        ),
        Resolution(Status.DECIDED, score=100.0, new_province_code="79", new_commune_code="26734", street=""),
    ]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_columns_equal_the_per_row_construction_with_shared_bases(seed: int) -> None:
    """Bases of every status (splits, ambiguous, unmatched, empty, conflicts, earlier
    registers, unknown names, empty and blank streets) shared by many references with their
    own streets, in a shuffled order of entries, counts with ties and missing values."""
    rng = random.Random(seed)
    bases = _bases()
    n = 400
    which = [rng.randrange(len(bases)) for _ in range(n)]
    streets = [rng.choice([None, "", " , ", f"Số {k} Lê Lợi", f"Tổ {k}, "]) for k in range(n)]
    positions = list(range(n))
    rng.shuffle(positions)
    by_position: list[Resolution | None] = [None] * n
    for p, w, s in zip(positions, which, streets, strict=True):
        by_position[p] = bases[w].with_street(s)
    resolutions = [r for r in by_position if r is not None]
    # Missing and empty values sort alike: ties of the top lists are kept in reference order.
    addresses = [None if k % 50 == 0 else "" if k % 50 == 1 else f"address {rng.randrange(60)} #{k}" for k in range(n)]
    province = [rng.choice([None, "", "79", "01"]) for _ in range(n)]
    counts = [rng.choice([1, 1, 2, 3, 7]) for _ in range(n)]
    distinct = DistinctReferences(
        ["province_code", "address"], {"province_code": province, "address": addresses}, counts
    )
    _check(distinct, Resolved(bases, which, streets, positions), resolutions)
    _check(distinct, Resolved(resolutions), resolutions)  # every resolution its own base
    _check(
        distinct,
        Resolved(bases, [which[positions.index(p)] for p in range(n)], [r.street for r in resolutions]),
        resolutions,
    )


def test_no_reference() -> None:
    distinct = DistinctReferences(["address"], {"address": []}, [])
    _check(distinct, Resolved([], [], [], []), [])
    _check(distinct, Resolved([]), [])


def _sample_references() -> list[Reference]:
    with (SAMPLE / "addresses.csv").open(encoding="utf-8", newline="") as f:
        addresses = [row["dia_chi"] for row in csv.DictReader(f)]
    # The same unit parts with other house numbers: references that share a reading.
    numbered = [f"Số {n} {a}" for n in (12, 345, 1024) for a in addresses]
    return [Reference(address=a) for a in dict.fromkeys([*addresses, *numbered, "", "   "])]


def test_columns_from_workers_equal_the_per_row_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample addresses (and the same with house numbers) read in two processes: the table
    and the report built on the shared readings equal those of one resolution per reference
    from ``Resolver.resolve``."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 100)
    refs = _sample_references()
    resolver = am.get_resolver()
    readings = parallel.read_all(resolver, refs, workers=2)
    assert readings.positions is not None and sorted(readings.positions) == list(range(len(refs)))
    assert len(readings.bases) < len(refs)  # readings are shared
    want = [resolver.resolve(r) for r in refs]
    resolved = Resolved(readings.bases, readings.which, readings.streets, readings.positions)
    distinct = DistinctReferences(
        ["address"], {"address": [r.address for r in refs]}, [1 + i % 3 for i in range(len(refs))]
    )
    _check(distinct, resolved, want)
    assert readings.resolutions() == want == parallel.resolve_all(resolver, refs, workers=2)


@pytest.mark.parametrize("rules", [None, SAMPLE / "split-rules.example.yaml"])
def test_prepared_plan_equals_the_per_row_construction(monkeypatch: pytest.MonkeyPatch, rules: Path | None) -> None:
    """A plan as an engine gets it, read in two processes, and one whose resolutions were
    changed one by one (by the sample's split rules): the table equals the per-row construction
    on the resolutions behind it, which are those of ``Resolver.resolve`` (rules applied)."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 100)
    prepared = Prepared("x", None, None, MigrateOptions(rules=rules, workers=2))
    refs = _sample_references()
    distinct = DistinctReferences(["address"], {"address": [r.address for r in refs]}, [1] * len(refs))
    plan = prepared.resolve(distinct)
    assert (plan.resolved.which is None) == (rules is not None)  # given whole after rules
    want = [prepared.resolver.resolve(r) for r in refs]
    if prepared.rules is not None:
        want = [prepared.rules.match(r)[0] for r in want]
    assert plan.resolutions == want
    names = prepared.resolver.crosswalk.chain.names_at(as_of_date(prepared.opts.as_of))
    assert plan.table.frame.to_dict(as_series=False) == _table_per_row(distinct, want, "new_", "flag", names)


@pytest.mark.parametrize(
    ("source", "columns"),
    [("addresses.csv", {"address_col": "dia_chi"}), ("households.csv", {})],
)
def test_the_join_on_hashes_writes_what_the_join_on_keys_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, columns: dict[str, str]
) -> None:
    """One key column (an address) and several (codes): the output of the join on the keys'
    hashes, byte for byte, equals the output when every key shares one hash (the join is then
    on the keys themselves)."""
    hashed = tmp_path / "hashed.csv"
    report = am.migrate(SAMPLE / source, hashed, **columns)
    monkeypatch.setattr(local, "_key_hash", lambda keys, name: pl.lit(0, dtype=pl.UInt64).alias(name))
    text = tmp_path / "text.csv"
    again = am.migrate(SAMPLE / source, text, **columns)
    assert hashed.read_bytes() == text.read_bytes()
    assert report.statuses == again.statuses
    assert report.rows_out == again.rows_out == report.rows_in
