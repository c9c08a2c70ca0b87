"""The resolution table: the contract between resolving (Python) and the engines.

A migration is a plan in four steps:

(a) **distinct references**: the engine holding the data groups the chosen reference columns
    (each cast to text by the engine, missing values kept as missing) to their distinct
    combinations, with the number of rows of each (:class:`DistinctReferences`);
(b) **resolution** of those distinct references in Python, by the same resolver as for files
    (``engines.common.Prepared.resolve``, through ``runtime.parallel.resolve_all``);
(c) the **resolution table**: one row per distinct reference, its key columns and the added
    columns (:class:`ResolutionTable`, schema below);
(d) the **join** of the data with the resolution table, done by the engine: a left join that
    keeps every row (each distinct reference is one row of the table, so no row is repeated)
    and, where the engine has one, the row order.

Report figures (statuses, distinct statuses, conflicts, top unresolved) are computed from (a)
and (c) only (:func:`fill_report`), so they are identical whatever the engine.

Schema of the resolution table (all text unless said otherwise)

=========================  ====================================================================
``ref_<role>``             one key column per reference column used, in role order
                           (``ref_province_code``, ``ref_district_code``, ``ref_commune_code``,
                           ``ref_province``, ``ref_district``, ``ref_commune``, ``ref_address``):
                           the data's value as text, exactly as the engine renders it, NULL
                           when the value is missing
``<prefix>province_code``  new province code (2 digits)
``<prefix>province_name``  its official name
``<prefix>commune_code``   new commune code (5 digits); NULL for a split commune, unless
                           ``on_split="primary"`` which fills the primary successor
``<prefix>commune_name``   its official name
``<prefix>address``        the address rewritten in the new two-level form (only with an
                           address column)
``match_status``           ``exact fuzzy already_new decided split ambiguous unmatched empty``
``match_score``            16-bit integer 0..100, NULL when the status is ``empty``
``candidates``             the candidate new commune codes joined by ``|`` when there are
                           several, else NULL
=========================  ====================================================================

With a prefix other than ``new_`` the status columns carry it too (see ``plan.schema``).

Join rule: a data row matches the table row whose every key equals the row's value cast to
text, a missing value matching a NULL key (engines compare ``coalesce(value, sentinel)``, or
``IS NOT DISTINCT FROM``). Keys are raw text: code normalisation happens while resolving, so
``4``, ``"00004"``, ``" 00004 "`` and Excel's ``4.0`` are distinct keys that resolve to the
same commune. Code normalisation (``matching.codes.normalize_code``): surrounding spaces are
trimmed, a trailing ``.0`` is dropped, the digits are zero-padded to the level's width
(province 2, district 3, commune 5); anything else is not a code.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Literal

import polars as pl

from admin_merge.matching.model import ROLES, STATUS_ORDER, UNRESOLVED, Reason, Reference, Resolution, Status
from admin_merge.plan.report import MigrationReport
from admin_merge.plan.schema import output_columns

if TYPE_CHECKING:
    import pyarrow as pa


KEY_PREFIX = "ref_"
TOP_UNRESOLVED = 20


def key_column(role: str) -> str:
    """The resolution table's key column for a reference role (``ref_commune_code``)."""
    return f"{KEY_PREFIX}{role}"


def ordered_roles(roles: Sequence[str]) -> list[str]:
    """Roles in the fixed order of the key columns."""
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown reference role(s): {', '.join(sorted(unknown))}")
    return [r for r in ROLES if r in roles]


@dataclass
class DistinctReferences:
    """(a): per role the distinct values (None when missing), and the rows of each reference."""

    roles: list[str]
    values: dict[str, list[str | None]]
    counts: list[int]

    def __len__(self) -> int:
        return len(self.counts)

    @property
    def rows(self) -> int:
        return sum(self.counts)

    def references(self) -> list[Reference]:
        # Column by column, not row dicts: building 200,000 references this way costs a third.
        absent: list[str | None] = [None] * len(self.counts)
        columns = [self.values.get(f.name, absent) for f in fields(Reference)]
        return [Reference(*ref) for ref in zip(*columns, strict=True)]

    @classmethod
    def from_rows(cls, roles: Sequence[str], rows: Sequence[Sequence[Any]]) -> DistinctReferences:
        """From ``(value per role..., count)`` rows as a database returns them."""
        values: dict[str, list[str | None]] = {
            role: [None if r[i] is None else str(r[i]) for r in rows] for i, role in enumerate(roles)
        }
        return cls(list(roles), values, [int(r[-1]) for r in rows])


@dataclass
class ResolutionTable:
    """(c): one row per distinct reference, keys first, then the added columns."""

    roles: list[str]
    columns: list[str]  # the added columns, in output order
    frame: pl.DataFrame

    @property
    def keys(self) -> list[str]:
        return [key_column(r) for r in self.roles]

    @property
    def score_column(self) -> str:
        return self.columns[-2]

    def to_arrow(self) -> pa.Table:
        return self.frame.to_arrow()


@dataclass
class PlanResult:
    """(b)+(c): the resolution table and the resolutions behind it (for the report)."""

    distinct: DistinctReferences
    table: ResolutionTable
    resolutions: list[Resolution]
    decisions_applied: int = 0


def status_values(resolutions: Sequence[Resolution]) -> list[str]:
    """Each resolution's status as plain text. ``Status`` is a StrEnum, whose ``str()`` is its
    value: a fifth of the cost of ``.value`` (an enum property), on 50,000 resolutions 3 ms."""
    return [str(r.status) for r in resolutions]


def _added_columns(
    resolutions: list[Resolution],
    names: tuple[dict[str, str], dict[str, str]],
    prefix: str,
    with_address: bool,
    on_split: str,
) -> dict[str, pl.Series]:
    """The added columns, column by column (a comprehension per column is twice as fast as
    appending per row); names and the new address are filled in vectorised (a per-reference
    Python join of names cost more than resolving a cached address)."""
    cols = output_columns(prefix, with_address)
    status_col, score_col, candidates_col = cols[-3:]
    split, empty = Status.SPLIT, Status.EMPTY
    if on_split == "primary":
        commune = [r.primary if r.status is split else r.new_commune_code for r in resolutions]
    else:
        commune = [r.new_commune_code for r in resolutions]
    df = pl.DataFrame(
        {
            "province": [r.new_province_code for r in resolutions],
            "commune": commune,
            "street": [r.street for r in resolutions],
            status_col: status_values(resolutions),
            score_col: [None if r.status is empty else round(r.score) for r in resolutions],
            candidates_col: ["|".join(r.candidates) if len(r.candidates) > 1 else None for r in resolutions],
        },
        schema={
            "province": pl.Utf8,
            "commune": pl.Utf8,
            "street": pl.Utf8,
            status_col: pl.Utf8,
            score_col: pl.Int16,
            candidates_col: pl.Utf8,
        },
    )
    province_names, commune_names = names
    p = prefix
    df = df.with_columns(
        pl.col("province").alias(f"{p}province_code"),
        pl.col("province")
        .replace_strict(province_names, default=None, return_dtype=pl.Utf8)
        .alias(f"{p}province_name"),
        pl.col("commune").alias(f"{p}commune_code"),
        pl.col("commune").replace_strict(commune_names, default=None, return_dtype=pl.Utf8).alias(f"{p}commune_name"),
    )
    if with_address:
        street = pl.col("street").str.strip_chars(" ,")
        df = df.with_columns(
            pl.when(pl.col(f"{p}commune_name").is_not_null() & pl.col(f"{p}province_name").is_not_null())
            .then(
                pl.concat_str(
                    [pl.when(street != "").then(street), pl.col(f"{p}commune_name"), pl.col(f"{p}province_name")],
                    separator=", ",
                    ignore_nulls=True,
                )
            )
            .alias(f"{p}address")
        )
    return {c: df[c] for c in cols}


def build_table(
    distinct: DistinctReferences,
    resolutions: list[Resolution],
    names: tuple[dict[str, str], dict[str, str]],
    *,
    prefix: str,
    on_split: Literal["flag", "primary"] | str = "flag",
    decisions_applied: int = 0,
) -> PlanResult:
    """(c): the resolution table of the distinct references and their resolutions (b);
    ``names``: province and commune names by code, as in force on the target date."""
    roles = ordered_roles(distinct.roles)
    added = _added_columns(resolutions, names, prefix, "address" in roles, on_split)
    keys = {key_column(r): pl.Series(distinct.values[r], dtype=pl.Utf8) for r in roles}
    table = ResolutionTable(roles, list(added), pl.DataFrame({**keys, **added}))
    return PlanResult(distinct, table, resolutions, decisions_applied)


def fill_report(report: MigrationReport, plan: PlanResult) -> None:
    """Report figures from the distinct references and their resolutions only."""
    distinct, resolutions = plan.distinct, plan.resolutions
    counts = distinct.counts
    roles = ordered_roles(distinct.roles)
    report.rows_in = distinct.rows
    report.distinct_references = len(distinct)
    values = status_values(resolutions)
    statuses: Counter[str] = Counter()
    for value, n in zip(values, counts, strict=True):
        statuses[value] += n
    distinct_statuses = Counter(values)
    unresolved_values = {s.value for s in UNRESOLVED}
    unresolved = [i for i, value in enumerate(values) if value in unresolved_values]
    report.conflicts = sum(counts[i] for i in unresolved if resolutions[i].reason is Reason.CONFLICT)
    earlier = [i for i, res in enumerate(resolutions) if res.reason is Reason.EARLIER_REGISTER]
    report.through_history = sum(counts[i] for i in earlier)
    report.statuses = _by_count(statuses)
    report.distinct_statuses = _by_count(distinct_statuses)

    def order(i: int) -> tuple[int, tuple[str, ...]]:
        return -counts[i], tuple(distinct.values[role][i] or "" for role in roles)

    # The references with the most rows first, ties by their text: the same whatever order
    # the engine returned the distinct references in.
    report.top_unresolved = [
        {
            "reference": {role: distinct.values[role][i] for role in roles},
            "rows": counts[i],
            "status": resolutions[i].status.value,
            "candidates": list(resolutions[i].candidates),
            "note": resolutions[i].note,
        }
        for i in heapq.nsmallest(TOP_UNRESOLVED, unresolved, key=order)
    ]
    report.top_through_history = [
        {
            "reference": {role: distinct.values[role][i] for role in roles},
            "rows": counts[i],
            "status": resolutions[i].status.value,
            "new_commune_code": resolutions[i].new_commune_code,
            "note": resolutions[i].note,
        }
        for i in heapq.nsmallest(TOP_UNRESOLVED, earlier, key=order)
    ]


def _by_count(counter: Counter[str]) -> dict[str, int]:
    """Most rows first, ties in status order."""
    return {s: counter[s] for s in sorted(counter, key=lambda s: (-counter[s], STATUS_ORDER.index(s)))}
