"""`diff`: a dataset before and after migration, or two migrated versions."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from admin_merge.analysis.report import province_breakdown
from admin_merge.analysis.tables import ROW, Loaded, ProgressFn, connect, load, query_progress, quote, reference_sql
from admin_merge.analysis.units import natural_key, written_codes_text
from admin_merge.errors import InputError
from admin_merge.plan.columns import ReferenceColumns, listing
from admin_merge.plan.schema import DEFAULT_PREFIX
from admin_merge.registry.registers import Registers

LIST_LIMIT = 1000


@dataclass
class Diff:
    before: str
    after: str
    key: str | None
    rows_before: int
    rows_after: int
    only_before: int
    only_after: int
    changed: int
    provinces: list[dict[str, Any]]
    communes: list[dict[str, Any]]
    changed_rows: list[dict[str, Any]] = field(default_factory=list)
    only_before_keys: list[Any] = field(default_factory=list)
    only_after_keys: list[Any] = field(default_factory=list)
    before_migrated: bool = False
    unit_names: dict[str, str] = field(default_factory=dict)  # new commune names of the changed rows

    @property
    def identical(self) -> bool:
        return not (self.only_before or self.only_after or self.changed)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "identical": self.identical}


def _unit_sql(t: Loaded, alias: str) -> tuple[str, str]:
    if not t.migrated:
        return "NULL", "NULL"
    return f"{alias}.{t.col('commune_code')}", f"{alias}.{t.status}"


def build_diff(
    before: str | Path,
    after: str | Path,
    registers: Registers,
    key: str | None = None,
    prefix: str = DEFAULT_PREFIX,
    columns: ReferenceColumns | None = None,
    progress: ProgressFn | None = None,
) -> Diff:
    con = connect()
    b = load(con, before, "before", prefix, columns=columns, progress=progress, phase="reading_before")
    a = load(
        con, after, "after", prefix, require_migrated=True, columns=columns, progress=progress, phase="reading_after"
    )
    with query_progress(con, "comparing", _count(con, "after"), progress):
        return _compare(con, b, a, registers, key)


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(con.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0][0])


def _compare(con: duckdb.DuckDBPyConnection, b: Loaded, a: Loaded, registers: Registers, key: str | None) -> Diff:
    if key is not None:
        for t in (b, a):
            if key not in t.columns:
                shown = f"{len(t.columns):,} columns: {listing(t.columns)}"
                raise InputError(f"{t.path}: key column '{key}' not found ({shown})")
            dupes = con.execute(f"SELECT count(*) - count(DISTINCT {quote(key)}) FROM {t.name}").fetchone()[0]  # type: ignore[index]
            if dupes:
                raise InputError(f"{t.path}: key column '{key}' is not unique ({dupes:,} repeated values)")
        on = f"b.{quote(key)} = a.{quote(key)}"
        key_expr = f"coalesce(CAST(a.{quote(key)} AS VARCHAR), CAST(b.{quote(key)} AS VARCHAR))"
    else:
        on = f"b.{ROW} = a.{ROW}"
        key_expr = f"coalesce(a.{ROW}, b.{ROW}) + 1"  # 1-based row number
    b_unit, b_status = _unit_sql(b, "b")
    a_unit, a_status = _unit_sql(a, "a")
    con.execute(f"""
        CREATE TEMP TABLE pairs AS
        SELECT {key_expr} AS k, b.{ROW} IS NOT NULL AS in_before, a.{ROW} IS NOT NULL AS in_after,
               {b_unit} AS before_unit, {b_status} AS before_status,
               {a_unit} AS after_unit, {a_status} AS after_status, a.{a.col("province_code")} AS after_province
        FROM before b FULL OUTER JOIN after a ON {on}
    """)
    changed_where = (
        "in_before AND in_after AND (before_unit IS DISTINCT FROM after_unit "
        "OR before_status IS DISTINCT FROM after_status)"
    )

    def one(sql: str) -> Any:
        row = con.execute(sql).fetchone()
        return row[0] if row else 0

    rows_before, rows_after = one("SELECT count(*) FROM before"), one("SELECT count(*) FROM after")
    only_before = one("SELECT count(*) FROM pairs WHERE NOT in_after")
    only_after = one("SELECT count(*) FROM pairs WHERE NOT in_before")
    changed = one(f"SELECT count(*) FROM pairs WHERE {changed_where}")
    changed_by_province = dict(
        con.execute(
            f"SELECT coalesce(after_province, ''), count(*) FROM pairs WHERE {changed_where} GROUP BY 1"
        ).fetchall()
    )
    provinces = province_breakdown(con, a, registers)
    for p in provinces:
        p["changed"] = changed_by_province.get(p["code"], 0)
    ref = reference_sql(a, "t")
    communes: dict[str, dict[str, Any]] = {}
    for code, province, status, n in con.execute(
        f"SELECT {a.col('commune_code')}, {a.col('province_code')}, {a.status}, count(*) FROM after "
        f"WHERE {a.col('commune_code')} IS NOT NULL GROUP BY 1, 2, 3"
    ).fetchall():
        entry = communes.setdefault(
            code,
            {
                "code": code,
                "name": registers.new_communes[code].name if code in registers.new_communes else "?",
                "province_code": province,
                "rows": 0,
                "statuses": {},
                "changed": 0,
                "from": [],
            },
        )
        entry["rows"] += n
        entry["statuses"][status] = n
    for code, n in con.execute(
        f"SELECT after_unit, count(*) FROM pairs WHERE {changed_where} AND after_unit IS NOT NULL GROUP BY 1"
    ).fetchall():
        communes[code]["changed"] = n
    for code, reference, n in con.execute(f"""
        SELECT code, reference, n FROM (
            SELECT t.{a.col("commune_code")} AS code, {ref} AS reference, count(*) AS n,
                   row_number() OVER (PARTITION BY t.{a.col("commune_code")} ORDER BY count(*) DESC, {ref}) AS r
            FROM after t WHERE t.{a.col("commune_code")} IS NOT NULL GROUP BY 1, 2)
        WHERE r <= 5 ORDER BY code, n DESC, reference
    """).fetchall():
        named = written_codes_text(reference, a.references.used(), registers)
        communes[code]["from"].append({"reference": reference, "old": named, "rows": n})
    changed_rows = [
        {"key": k, "before_unit": bu, "before_status": bs, "after_unit": au, "after_status": as_}
        for k, bu, bs, au, as_ in con.execute(
            f"SELECT k, before_unit, before_status, after_unit, after_status FROM pairs WHERE {changed_where} "
            f"ORDER BY k LIMIT {LIST_LIMIT}"
        ).fetchall()
    ]

    names = {
        code: registers.new_communes[code].name
        for r in changed_rows
        for code in (r["before_unit"], r["after_unit"])
        if code in registers.new_communes
    }

    def keys(where: str) -> list[Any]:
        sql = f"SELECT k FROM pairs WHERE {where} ORDER BY k LIMIT {LIST_LIMIT}"
        return [r[0] for r in con.execute(sql).fetchall()]

    return Diff(
        before=b.path,
        after=a.path,
        key=key,
        rows_before=int(rows_before),
        rows_after=int(rows_after),
        only_before=int(only_before),
        only_after=int(only_after),
        changed=int(changed),
        provinces=provinces,
        communes=sorted(communes.values(), key=lambda c: (natural_key(c["province_code"]), natural_key(c["code"]))),
        changed_rows=changed_rows,
        only_before_keys=keys("NOT in_after"),
        only_after_keys=keys("NOT in_before"),
        before_migrated=b.migrated,
        unit_names=names,
    )
