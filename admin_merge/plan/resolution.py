"""The resolution table: the contract between resolving (Python) and the engines.

A migration is a plan in four steps:

(a) **distinct references**: the engine holding the data groups the chosen reference columns
    (each cast to text by the engine, missing values kept as missing) to their distinct
    combinations, with the number of rows of each (:class:`DistinctReferences`);
(b) **resolution** of those distinct references in Python, by the same resolver as for files
    (``engines.common.Prepared.resolve``, through ``runtime.parallel.read_all``), held as
    columns (:class:`Resolved`: the references read with one unit part share one resolution);
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

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
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
    """(a): per role the distinct values (None when missing), and the rows of each reference.
    ``frame``: the same as polars columns (one per role, then the counts in ``rows``), when
    the engine holds them so (else built from the lists when needed)."""

    roles: list[str]
    values: dict[str, list[str | None]]
    counts: list[int]
    frame: pl.DataFrame | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.counts)

    @property
    def rows(self) -> int:
        return sum(self.counts)

    def columns(self) -> pl.DataFrame:
        """The values as text columns named by role (in ``roles``' order), and ``rows``."""
        if self.frame is None:
            self.frame = pl.DataFrame(
                [
                    *(pl.Series(role, self.values[role], dtype=pl.Utf8) for role in self.roles),
                    pl.Series(COUNT, self.counts, dtype=pl.Int64),
                ]
            )
        return self.frame

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


COUNT = "rows"  # the counts' column of DistinctReferences.columns (no role has this name)


@dataclass
class Resolved:
    """(b) as columns: entry ``k`` belongs to distinct reference ``positions[k]`` (``k`` when
    ``positions`` is None) and resolves to ``bases[which[k]]`` with its street replaced by
    ``streets[k]``. The references read with one unit part (addresses that differ in their
    street or house number) share a base, so that what is computed per resolution is computed
    once per base. ``which`` None: the bases are the references' whole resolutions, in order."""

    bases: list[Resolution]
    which: list[int] | None = None
    streets: list[str | None] | None = None
    positions: list[int] | None = None

    def __len__(self) -> int:
        return len(self.bases) if self.which is None else len(self.which)

    @cached_property
    def per_reference(self) -> pl.DataFrame:
        """Per distinct reference, in their order: its base's number (``base``) and its street."""
        if self.which is None:
            return pl.DataFrame(
                {
                    "base": pl.int_range(len(self.bases), dtype=pl.UInt32, eager=True),
                    "street": pl.Series([r.street for r in self.bases], dtype=pl.Utf8),
                }
            )
        frame = pl.DataFrame(
            {"base": pl.Series(self.which, dtype=pl.UInt32), "street": pl.Series(self.streets, dtype=pl.Utf8)}
        )
        if self.positions is not None:
            frame = frame.with_columns(position=pl.Series(self.positions, dtype=pl.UInt32)).sort("position")
            frame = frame.drop("position")
        return frame

    def base(self, i: int) -> Resolution:
        """The resolution of distinct reference ``i`` but for its street."""
        if self.which is None:
            return self.bases[i]
        return self.bases[int(self.per_reference["base"][i])]

    def resolutions(self) -> list[Resolution]:
        """One Resolution per distinct reference, in their order."""
        if self.which is None:
            return self.bases
        bases, columns = self.bases, self.per_reference
        return [
            b if s is b.street else b.with_street(s)
            for b, s in zip(map(bases.__getitem__, columns["base"].to_list()), columns["street"].to_list(), strict=True)
        ]


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
    resolved: Resolved
    decisions_applied: int = 0

    @cached_property
    def resolutions(self) -> list[Resolution]:
        """One Resolution per distinct reference (built on demand)."""
        return self.resolved.resolutions()


def status_values(resolutions: Sequence[Resolution]) -> list[str]:
    """Each resolution's status as plain text. ``Status`` is a StrEnum, whose ``str()`` is its
    value: a fifth of the cost of ``.value`` (an enum property), on 50,000 resolutions 3 ms."""
    return [str(r.status) for r in resolutions]


def _added_columns(
    resolved: Resolved,
    names: tuple[dict[str, str], dict[str, str]],
    prefix: str,
    with_address: bool,
    on_split: str,
) -> dict[str, pl.Series]:
    """The added columns. What depends on the unit only is computed once per base, column by
    column (a comprehension per column is twice as fast as appending per row), names filled in
    vectorised, then the rows are gathered from the bases by ``which``; per reference only the
    street is taken, for the new address (joined to the names vectorised too)."""
    cols = output_columns(prefix, with_address)
    status_col, score_col, candidates_col = cols[-3:]
    bases = resolved.bases
    split, empty = Status.SPLIT, Status.EMPTY
    if on_split == "primary":
        commune = [r.primary if r.status is split else r.new_commune_code for r in bases]
    else:
        commune = [r.new_commune_code for r in bases]
    df = pl.DataFrame(
        {
            "province": [r.new_province_code for r in bases],
            "commune": commune,
            status_col: status_values(bases),
            score_col: [None if r.status is empty else round(r.score) for r in bases],
            candidates_col: ["|".join(r.candidates) if len(r.candidates) > 1 else None for r in bases],
        },
        schema={
            "province": pl.Utf8,
            "commune": pl.Utf8,
            status_col: pl.Utf8,
            score_col: pl.Int16,
            candidates_col: pl.Utf8,
        },
    )
    province_names, commune_names = names
    p = prefix
    df = df.select(
        pl.col("province").alias(f"{p}province_code"),
        pl.col("province")
        .replace_strict(province_names, default=None, return_dtype=pl.Utf8)
        .alias(f"{p}province_name"),
        pl.col("commune").alias(f"{p}commune_code"),
        pl.col("commune").replace_strict(commune_names, default=None, return_dtype=pl.Utf8).alias(f"{p}commune_name"),
        status_col,
        score_col,
        candidates_col,
    )
    if resolved.which is not None:
        df = df.select(pl.all().gather(resolved.per_reference["base"]))
    if with_address:
        street = resolved.per_reference["street"].str.strip_chars(" ,")
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
    resolutions: Sequence[Resolution] | Resolved,
    names: tuple[dict[str, str], dict[str, str]],
    *,
    prefix: str,
    on_split: Literal["flag", "primary"] | str = "flag",
    decisions_applied: int = 0,
) -> PlanResult:
    """(c): the resolution table of the distinct references and their resolutions (b);
    ``names``: province and commune names by code, as in force on the target date."""
    resolved = resolutions if isinstance(resolutions, Resolved) else Resolved(list(resolutions))
    if len(resolved) != len(distinct):
        raise ValueError(f"{len(resolved):,} resolutions for {len(distinct):,} distinct references")
    roles = ordered_roles(distinct.roles)
    added = _added_columns(resolved, names, prefix, "address" in roles, on_split)
    given = distinct.columns()
    keys = [given[r].alias(key_column(r)) for r in roles]
    table = ResolutionTable(roles, list(added), pl.DataFrame([*keys, *added.values()]))
    return PlanResult(distinct, table, resolved, decisions_applied)


def fill_report(report: MigrationReport, plan: PlanResult) -> None:
    """Report figures from the distinct references and their resolutions only, computed on
    columns: per base the status and reason, gathered per reference, summed by status."""
    distinct, resolved = plan.distinct, plan.resolved
    roles = ordered_roles(distinct.roles)
    given = distinct.columns()
    report.rows_in = int(given[COUNT].sum())
    report.distinct_references = given.height
    bases = resolved.bases
    unresolved_values = [s.value for s in UNRESOLVED]
    per_base = pl.DataFrame(
        {
            "status": status_values(bases),
            "conflict": [r.reason is Reason.CONFLICT for r in bases],
            "earlier": [r.reason is Reason.EARLIER_REGISTER for r in bases],
        },
        schema={"status": pl.Utf8, "conflict": pl.Boolean, "earlier": pl.Boolean},
    )
    if resolved.which is not None:
        per_base = per_base.select(pl.all().gather(resolved.per_reference["base"]))
    rows = pl.concat(
        [
            per_base,
            given.select(
                pl.int_range(pl.len(), dtype=pl.UInt32).alias("__i"),
                pl.col(COUNT).alias("__n"),
                *(pl.col(role).fill_null("").alias(f"__key{k}") for k, role in enumerate(roles)),
            ),
        ],
        how="horizontal",
    ).with_columns(pl.col("status").is_in(unresolved_values).alias("unresolved"))
    by_status = rows.group_by("status").agg(pl.col("__n").sum().alias("rows"), pl.len().alias("distinct"))
    statuses = dict(zip(by_status["status"].to_list(), by_status["rows"].to_list(), strict=True))
    distinct_statuses = dict(zip(by_status["status"].to_list(), by_status["distinct"].to_list(), strict=True))
    report.conflicts = int(rows.filter(pl.col("unresolved") & pl.col("conflict"))["__n"].sum())
    report.through_history = int(rows.filter(pl.col("earlier"))["__n"].sum())
    report.statuses = _by_count(statuses)
    report.distinct_statuses = _by_count(distinct_statuses)

    # The references with the most rows first, ties by their text: the same whatever order
    # the engine returned the distinct references in.
    order = ["__n", *(f"__key{k}" for k in range(len(roles)))]
    descending = [True, *(False for _ in roles)]

    def top(flag: str) -> list[int]:
        chosen = rows.filter(pl.col(flag)).sort(order, descending=descending, maintain_order=True)
        return [int(i) for i in chosen["__i"].head(TOP_UNRESOLVED).to_list()]

    values, counts = distinct.values, given[COUNT]
    report.top_unresolved = [
        {
            "reference": {role: values[role][i] for role in roles},
            "rows": int(counts[i]),
            "status": (res := resolved.base(i)).status.value,
            "candidates": list(res.candidates),
            "note": res.note,
        }
        for i in top("unresolved")
    ]
    report.top_through_history = [
        {
            "reference": {role: values[role][i] for role in roles},
            "rows": int(counts[i]),
            "status": (res := resolved.base(i)).status.value,
            "new_commune_code": res.new_commune_code,
            "note": res.note,
        }
        for i in top("earlier")
    ]


def _by_count(counter: dict[str, int]) -> dict[str, int]:
    """Most rows first, ties in status order."""
    return {s: counter[s] for s in sorted(counter, key=lambda s: (-counter[s], STATUS_ORDER.index(s)))}
