"""Codes-only migrations as plain SQL, for any engine (``admin-merge mappings export-sql``).

The script holds: a table ``am_commune_codes`` with one row per 5-digit commune code of either
register (or retired before the reform) and exactly the columns ``migrate --commune-code-col``
adds for it (built with the same resolver, so the SQL and ``migrate`` agree); then the query
that migrates a table's code column with it. A code is normalised in SQL as the resolver
does: surrounding spaces trimmed, a trailing ``.0`` (Excel) dropped, only ASCII digits,
leading zeros dropped and at most five digits left, zero-padded to five. A missing or blank
value gives ``empty``; anything else not in the table ``unmatched``.

Every statement is built once as a sqlglot expression and written in the requested dialect by
sqlglot, so no dialect has a hand-written template.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from admin_merge.errors import InputError, option
from admin_merge.matching.model import Reference
from admin_merge.plan.resolution import DistinctReferences, build_table
from admin_merge.plan.schema import DEFAULT_PREFIX
from admin_merge.registry.chain import as_of_date

if TYPE_CHECKING:
    from sqlglot import exp

    from admin_merge.matching.resolver import Resolver

DIALECTS = ("postgres", "duckdb", "spark", "trino", "bigquery", "snowflake", "mysql", "tsql", "oracle")
CODES_TABLE = "am_commune_codes"
CODE = "code"
BATCH = 500  # rows per INSERT (some engines cap a VALUES list at 1,000)
# Text of the code, trimmed; then its normalised form (NULL when it is not a commune code).
CODE_PATTERN = "^0*[0-9]{1,5}([.]0)?$"


def _identifier(name: str) -> exp.Table:
    """``name`` or ``schema.name`` as a (quoted) table reference."""
    from sqlglot import exp

    parts = name.split(".")
    if not name or len(parts) > 3 or not all(parts):
        raise InputError(f"{name!r}: not a table name")
    return exp.to_table(".".join(exp.to_identifier(p, quoted=True).sql() for p in parts))


def _rows(resolver: Resolver, prefix: str, on_split: str) -> tuple[list[str], list[tuple[Any, ...]], dict[str, Any]]:
    """The added columns, one row per code, and the values of an unmatched code."""
    registers = resolver.crosswalk.registers
    codes = sorted(set(registers.old_communes) | set(registers.new_communes) | set(registers.retired))
    refs = [*codes, "99999", None]  # every code, then an unknown one and a missing one
    distinct = DistinctReferences(["commune_code"], {"commune_code": refs}, [1] * len(refs))
    resolutions = [resolver.resolve(Reference(commune_code=c)) for c in refs]
    names = resolver.crosswalk.chain.names_at(as_of_date(None))  # in force today
    table = build_table(distinct, resolutions, names, prefix=prefix, on_split=on_split).table
    frame = table.frame.select(table.columns)
    rows = frame.rows()
    unmatched = dict(zip(table.columns, rows[-2], strict=True))
    empty = dict(zip(table.columns, rows[-1], strict=True))
    status = table.columns[-3]
    for values, expected in ((unmatched, "unmatched"), (empty, "empty")):
        others = [v for c, v in values.items() if c not in (status, table.score_column) and v is not None]
        if values[status] != expected or others:  # pragma: no cover - the resolver's contract
            raise AssertionError(f"a code-only {expected} reference resolved to {values}")
    return (
        table.columns,
        [(code, *row) for code, row in zip(codes, rows, strict=False)],
        {
            "unmatched_score": unmatched[table.score_column],
            "empty_score": empty[table.score_column],
        },
    )


def statements(
    resolver: Resolver,
    *,
    table: str | None = None,
    column: str | None = None,
    target: str | None = None,
    prefix: str = DEFAULT_PREFIX,
    on_split: str = "flag",
) -> Iterator[tuple[str, exp.Expression | _Insert]]:
    """(comment, statement) pairs: the codes table, its rows, and the migrating query when a
    table and a column are named."""
    from sqlglot import exp

    columns, rows, constants = _rows(resolver, prefix, on_split)
    score = columns[-2]
    schema = exp.Schema(
        this=_identifier(CODES_TABLE),
        expressions=[
            exp.ColumnDef(
                this=exp.to_identifier(CODE, quoted=True),
                kind=exp.DataType.build("VARCHAR(5)"),
                constraints=[exp.ColumnConstraint(kind=exp.PrimaryKeyColumnConstraint())],
            ),
            *(
                exp.ColumnDef(
                    this=exp.to_identifier(c, quoted=True),
                    kind=exp.DataType.build("SMALLINT" if c == score else "VARCHAR(400)"),
                )
                for c in columns
            ),
        ],
    )
    yield (
        f"One row per commune code of either register or retired before the reform ({len(rows):,}): "
        "what migrate adds for it.",
        exp.Create(this=schema, kind="TABLE"),
    )
    names = [exp.to_identifier(c, quoted=True) for c in [CODE, *columns]]
    for start in range(0, len(rows), BATCH):
        yield "", _Insert(_identifier(CODES_TABLE), names, rows[start : start + BATCH])
    if table is None or column is None:
        return
    yield (
        f"Migrate {table}.{column}: every row and column kept, the added columns joined by normalised code.",
        migrate_query(columns, table, column, target or f"{table}_migrated", constants),
    )


def normalised_code(value: exp.Expression) -> exp.Expression:
    """The 5-digit code of ``value``, or NULL (see the module docstring)."""
    from sqlglot import exp

    text = exp.Trim(this=exp.cast(value, exp.DataType.build("VARCHAR")))
    digits = exp.RegexpReplace(
        this=text.copy(), expression=exp.Literal.string("[.]0$"), replacement=exp.Literal.string("")
    )
    stripped = exp.Trim(this=digits, expression=exp.Literal.string("0"), position="LEADING")
    padded = exp.func("LPAD", stripped, exp.Literal.number(5), exp.Literal.string("0"))
    matches = exp.RegexpLike(this=text, expression=exp.Literal.string(CODE_PATTERN))
    return exp.Case(ifs=[exp.If(this=matches, true=padded)])


def migrate_query(
    columns: list[str], table: str, column: str, target: str, constants: dict[str, Any]
) -> exp.Expression:
    from sqlglot import exp

    source_col = exp.column(exp.to_identifier(column, quoted=True), table="s")
    blank = exp.or_(
        exp.Is(this=source_col.copy(), expression=exp.Null()),
        exp.EQ(
            this=exp.Trim(this=exp.cast(source_col.copy(), exp.DataType.build("VARCHAR"))),
            expression=exp.Literal.string(""),
        ),
    )
    status_col, score_col = columns[-3], columns[-2]
    found = exp.Not(this=exp.Is(this=exp.column(CODE, table="x", quoted=True), expression=exp.Null()))
    selected: list[Any] = [exp.column(exp.Star(), table="s")]
    for c in columns:
        joined = exp.column(exp.to_identifier(c, quoted=True), table="x")
        if c == status_col:
            value: exp.Expression = exp.Coalesce(
                this=joined,
                expressions=[
                    exp.Case(
                        ifs=[exp.If(this=blank.copy(), true=exp.Literal.string("empty"))],
                        default=exp.Literal.string("unmatched"),
                    )
                ],
            )
        elif c == score_col:
            value = exp.Case(
                ifs=[
                    exp.If(this=found.copy(), true=joined),
                    exp.If(this=blank.copy(), true=_score(constants["empty_score"])),
                ],
                default=_score(constants["unmatched_score"]),
            )
        else:
            value = joined
        selected.append(exp.alias_(value, exp.to_identifier(c, quoted=True)))
    query = (
        exp.select(*selected)
        .from_(exp.alias_(_identifier(table), "s", table=True))
        .join(
            exp.alias_(_identifier(CODES_TABLE), "x", table=True),
            on=exp.EQ(this=exp.column(CODE, table="x", quoted=True), expression=normalised_code(source_col.copy())),
            join_type="LEFT",
        )
    )
    return exp.Create(this=_identifier(target), kind="TABLE", expression=query)


def _score(value: int | None) -> exp.Expression:
    from sqlglot import exp

    literal: exp.Expression = exp.Null() if value is None else exp.Literal.number(value)
    return exp.cast(literal, exp.DataType.build("SMALLINT"))


def export_sql(
    resolver: Resolver,
    dialect: str,
    *,
    table: str | None = None,
    column: str | None = None,
    target: str | None = None,
    prefix: str = DEFAULT_PREFIX,
    on_split: str = "flag",
) -> str:
    """The whole script in ``dialect``."""
    if dialect not in DIALECTS:
        raise InputError(
            f"{option('dialect', repr(dialect))}: unknown dialect '{dialect}' (known: {', '.join(DIALECTS)})"
        )
    if (table is None) != (column is None):
        raise InputError(
            f"{option('table')} and {option('column')} go together (the table to migrate and its commune code column)"
        )
    crosswalk = resolver.crosswalk
    lines = [
        f"-- admin-merge: commune codes crosswalk as SQL ({dialect}); mappings digest {crosswalk.digest}",
        "-- A code is normalised as migrate does: trimmed, a trailing .0 dropped, digits only,",
        "-- zero-padded to 5; missing or blank gives 'empty', anything not listed 'unmatched'.",
    ]
    if table is None:
        lines.append("-- Name a table and its code column (--table, --column) to get the migrating query too.")
    for comment, statement in statements(
        resolver, table=table, column=column, target=target, prefix=prefix, on_split=on_split
    ):
        if comment:
            lines += ["", f"-- {comment}"]
        lines.append(statement.sql(dialect=dialect) + ";")
    return "\n".join(lines) + "\n"


class _Insert:
    """An INSERT of many rows: its head (table, columns, first row) is a sqlglot expression,
    the other rows are written literal by literal, each distinct value rendered once by
    sqlglot (rendering 10,040 rows as one expression tree took seconds per dialect)."""

    def __init__(self, table: exp.Table, columns: list[exp.Identifier], rows: list[tuple[Any, ...]]) -> None:
        self.table, self.columns, self.rows = table, columns, rows

    def sql(self, dialect: str) -> str:
        from sqlglot import exp

        head = exp.insert(exp.values([self.rows[0]]), self.table, columns=[c.copy() for c in self.columns])
        text = head.sql(dialect=dialect)
        first = self._row(self.rows[0], dialect, {})
        if not text.endswith(first):  # a dialect that writes rows its own way
            return exp.insert(exp.values(self.rows), self.table, columns=self.columns).sql(dialect=dialect)
        cache: dict[tuple[type, Any], str] = {}
        return text[: -len(first)] + ", ".join(self._row(row, dialect, cache) for row in self.rows)

    @staticmethod
    def _row(row: tuple[Any, ...], dialect: str, cache: dict[tuple[type, Any], str]) -> str:
        from sqlglot import exp

        parts = []
        for value in row:
            key = (type(value), value)
            if key not in cache:
                cache[key] = exp.convert(value).sql(dialect=dialect)
            parts.append(cache[key])
        return "(" + ", ".join(parts) + ")"
