"""Codes-only migrations as plain SQL, for any engine (``admin-merge mappings export-sql``).

The script holds: a table ``am_commune_codes`` with one row per 5-digit commune code of either
register (or retired before the reform) and exactly the columns ``migrate --commune-code-col``
adds for it (built with the same resolver, so the SQL and ``migrate`` agree); then the query
that migrates a table's code column with it. A code is normalised in SQL as the resolver
does: surrounding spaces trimmed, one leading apostrophe (an Excel text cell) dropped, a
decimal part of zeros (Excel's ``4.0``, ``26743.00``) dropped, ASCII digits only, leading
zeros dropped and at most five digits left, zero-padded to five. Excel's scientific form
(``2.6743E+04``), which ``migrate`` reads, is not read here: it gives ``unmatched``. A missing
or blank value gives ``empty``; anything else not in the table ``unmatched``. Each distinct
value of the column is normalised once, in a chain of derived tables (one step per column,
so no step is written twice), and joined back on its trimmed text.

Every statement is built as a sqlglot expression and written in the requested dialect by
sqlglot, so no dialect has a hand-written template. What differs between dialects is chosen
here as data, because the same SQL text would not run everywhere:

- types: Vietnamese names in ``NVARCHAR`` (T-SQL; ``VARCHAR`` holds the database's code page)
  and ``VARCHAR2(n CHAR)`` (Oracle; ``n`` characters, not bytes); unbounded ``VARCHAR`` and
  ``INTEGER`` in Trino (its Iceberg tables take neither ``VARCHAR(n)`` nor ``SMALLINT``);
- string literals ``N'...'`` in T-SQL (a plain literal is converted to the code page first);
- rows per ``INSERT``: 500 (T-SQL takes at most 1,000 rows in one ``VALUES``); Oracle has no
  multi-row ``VALUES`` (before 23ai): its rows are ``SELECT ... FROM DUAL UNION ALL ...``;
- a primary key only where ``CREATE TABLE`` takes an unenforced one or enforces it (not
  BigQuery, which wants ``NOT ENFORCED``, nor Trino and Spark, which take no constraint);
- MySQL: ``SET NAMES utf8mb4`` first and the table in ``utf8mb4`` (MySQL 5.7's default
  ``latin1`` and the 3-byte ``utf8`` mangle Vietnamese text);
- functions: only ones every dialect has (``TRIM``, ``LTRIM``, ``REPLACE``, ``SUBSTRING``,
  ``LENGTH``, ``CONCAT``, a position search, ``LIKE``), no regular expression (SQL Server
  before 2025 has none) and no ``LPAD`` (T-SQL has none); emptiness tested by length, because
  Oracle reads ``''`` as NULL.

Names: a plain name (letters, digits, ``_``) is read as an unquoted SQL name, so each engine
folds its case as it folds any unquoted name (``households`` is ``HOUSEHOLDS`` in Oracle and
Snowflake); other names are kept exactly. Every name is written quoted, so reserved words are
safe. The codes table goes beside the migrated table (the same schema or dataset).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
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
WIDTH = 5
TEXT_LENGTH = 400  # the longest value written is 30 characters (a commune name)
ROWS_PER_INSERT = 500  # T-SQL takes at most 1,000 rows in one VALUES list
ROWS_PER_INSERT_ORACLE = 100  # SELECT ... FROM DUAL UNION ALL ...: shorter statements parse faster
NO_PRIMARY_KEY = frozenset({"bigquery", "trino", "spark"})
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Types:
    """The SQL types of one dialect: a stored text of ``n`` characters, a cast to text, the score."""

    text: str  # with {n}
    cast: str
    score: str

    def stored(self, length: int, dialect: str) -> exp.DataType:
        from sqlglot import exp

        return exp.DataType.build(self.text.format(n=length), dialect=dialect)


TYPES = {
    "tsql": Types("NVARCHAR({n})", "NVARCHAR(4000)", "SMALLINT"),
    "oracle": Types("VARCHAR2({n} CHAR)", "VARCHAR2(4000)", "SMALLINT"),
    "trino": Types("VARCHAR", "VARCHAR", "INTEGER"),
}
DEFAULT_TYPES = Types("VARCHAR({n})", "VARCHAR", "SMALLINT")


def types(dialect: str) -> Types:
    return TYPES.get(dialect, DEFAULT_TYPES)


def _name(name: str) -> exp.Identifier:
    """A plain name unquoted (the engine folds its case), any other exactly as given."""
    from sqlglot import exp

    return exp.to_identifier(name, quoted=not _PLAIN.fullmatch(name))


def _table(name: str) -> exp.Table:
    """``name``, ``schema.name`` or ``catalog.schema.name`` as a table reference."""
    from sqlglot import exp

    parts = name.split(".")
    if not name or len(parts) > 3 or not all(parts):
        raise InputError(f"{name!r}: not a table name")
    idents = [_name(p) for p in parts]
    return exp.Table(
        this=idents[-1],
        db=idents[-2] if len(idents) > 1 else None,
        catalog=idents[-3] if len(idents) > 2 else None,
    )


def codes_table(table: str | None) -> str:
    """The codes table, in the schema (dataset) of the migrated table when it names one."""
    if table is None or "." not in table:
        return CODES_TABLE
    return f"{table.rsplit('.', 1)[0]}.{CODES_TABLE}"


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
    dialect: str,
    *,
    table: str | None = None,
    column: str | None = None,
    target: str | None = None,
    prefix: str = DEFAULT_PREFIX,
    on_split: str = "flag",
) -> Iterator[tuple[str, exp.Expression | Insert]]:
    """(comment, statement) pairs for ``dialect``: its preamble, the codes table, its rows,
    and the migrating query when a table and a column are named (see :func:`render`)."""
    from sqlglot import exp

    columns, rows, constants = _rows(resolver, prefix, on_split)
    score = columns[-2]
    kinds = types(dialect)
    codes = _table(codes_table(table))
    key = exp.ColumnDef(this=_name(CODE), kind=kinds.stored(WIDTH, dialect))
    if dialect not in NO_PRIMARY_KEY:
        key.set("constraints", [exp.ColumnConstraint(kind=exp.PrimaryKeyColumnConstraint())])
    score_type = exp.DataType.build(kinds.score, dialect=dialect)
    schema = exp.Schema(
        this=codes,
        expressions=[
            key,
            *(
                exp.ColumnDef(
                    this=_name(c),
                    kind=score_type.copy() if c == score else kinds.stored(TEXT_LENGTH, dialect),
                )
                for c in columns
            ),
        ],
    )
    properties = None
    if dialect == "mysql":
        yield (
            "Vietnamese text: the script is UTF-8 (4-byte utf8mb4).",
            exp.Set(expressions=[exp.SetItem(this=exp.var("utf8mb4"), kind="NAMES")]),
        )
        properties = exp.Properties(expressions=[exp.CharacterSetProperty(this=exp.var("utf8mb4"), default=True)])
    yield (
        f"One row per commune code of either register or retired before the reform ({len(rows):,}): "
        "what migrate adds for it.",
        exp.Create(this=schema, kind="TABLE", properties=properties),
    )
    names = [_name(c) for c in [CODE, *columns]]
    batch = ROWS_PER_INSERT_ORACLE if dialect == "oracle" else ROWS_PER_INSERT
    for start in range(0, len(rows), batch):
        yield "", Insert(codes, names, rows[start : start + batch])
    if table is None or column is None:
        return
    yield (
        f"Migrate {table}.{column}: every row and column kept, the added columns joined by normalised code "
        "(each distinct value normalised once).",
        migrate_query(columns, table, column, target or f"{table}_migrated", constants, dialect),
    )


def render(statement: exp.Expression | Insert, dialect: str) -> str:
    """One statement in ``dialect``: plain names folded as the engine folds unquoted names,
    then every name quoted."""
    if isinstance(statement, Insert):
        return statement.sql(dialect)
    return _sql(statement, dialect)


def _sql(expression: exp.Expression, dialect: str) -> str:
    from sqlglot.optimizer.normalize_identifiers import normalize_identifiers

    return normalize_identifiers(expression.copy(), dialect=dialect).sql(dialect=dialect, identify=True)


def _blank(value: Any) -> exp.Expression:
    """``value`` is NULL or empty (by length: Oracle reads ``''`` as NULL)."""
    from sqlglot import exp

    return exp.EQ(
        this=exp.Coalesce(this=exp.Length(this=value), expressions=[exp.Literal.number(0)]),
        expression=exp.Literal.number(0),
    )


def _trimmed_text(value: exp.Expression, dialect: str) -> exp.Expression:
    from sqlglot import exp

    return exp.Trim(this=exp.cast(value, exp.DataType.build(types(dialect).cast, dialect=dialect)))


def _step(source: exp.Expression, alias: str, *columns: Any) -> exp.Subquery:
    """``(SELECT columns FROM source) AS alias``: one normalisation step."""
    from sqlglot import exp

    return exp.select(*columns).from_(source).subquery(alias)


def normalised_codes(table: str, column: str, dialect: str) -> exp.Subquery:
    """``(raw, code)`` for each distinct trimmed text of ``table.column``: its 5-digit code,
    or NULL (see the module docstring), one step per derived table."""
    from sqlglot import exp

    def col(name: str) -> exp.Column:
        return exp.column(name)

    def s(text: str) -> exp.Literal:
        return exp.Literal.string(text)

    def n(number: int) -> exp.Expression:
        return exp.Literal.number(number)

    def length(e: exp.Expression) -> exp.Expression:
        return exp.Length(this=e)

    def substring(e: exp.Expression, start: exp.Expression, size: exp.Expression) -> exp.Expression:
        return exp.Substring(this=e, start=start, length=size)

    raw = _trimmed_text(exp.column(_name(column)), dialect)
    distinct = exp.select(exp.alias_(raw, "am_raw")).distinct().from_(_table(table)).subquery("am_k1")
    text = exp.Case(
        ifs=[
            exp.If(
                this=exp.Like(this=col("am_raw"), expression=s("'%")),
                true=exp.Trim(this=substring(col("am_raw"), n(2), length(col("am_raw")))),
            )
        ],
        default=col("am_raw"),
    )
    with_text = _step(distinct, "am_k2", col("am_raw"), exp.alias_(text, "am_text"))
    dot = exp.StrPosition(this=col("am_text"), substr=s("."))
    with_dot = _step(with_text, "am_k3", col("am_raw"), col("am_text"), exp.alias_(dot, "am_dot"))
    decimals = substring(col("am_text"), exp.Add(this=col("am_dot"), expression=n(1)), length(col("am_text")))
    digits = exp.Case(
        ifs=[
            exp.If(this=exp.EQ(this=col("am_dot"), expression=n(0)), true=col("am_text")),
            exp.If(
                this=_blank(exp.func("REPLACE", decimals, s("0"), s(""))),
                true=substring(col("am_text"), n(1), exp.Sub(this=col("am_dot"), expression=n(1))),
            ),
        ]
    )
    with_digits = _step(with_dot, "am_k4", col("am_raw"), exp.alias_(digits, "am_digits"))
    # Leading zeros dropped: zeros to spaces, LTRIM, spaces back to zeros (no LTRIM(x, '0') in T-SQL).
    stripped = exp.func(
        "REPLACE",
        exp.Trim(this=exp.func("REPLACE", col("am_digits"), s("0"), s(" ")), position="LEADING"),
        s(" "),
        s("0"),
    )
    with_stripped = _step(with_digits, "am_k5", col("am_raw"), col("am_digits"), exp.alias_(stripped, "am_stripped"))
    no_digit: Any = col("am_digits")
    for digit in "0123456789":
        no_digit = exp.func("REPLACE", no_digit, s(digit), s(""))
    is_code = exp.and_(
        exp.Not(this=_blank(col("am_digits"))),
        _blank(no_digit),
        exp.LTE(
            this=exp.Coalesce(this=length(col("am_stripped")), expressions=[n(0)]),
            expression=n(WIDTH),
        ),
    )
    padded = exp.func(
        "CONCAT",
        substring(s("0" * WIDTH), n(1), exp.Sub(this=n(WIDTH), expression=length(col("am_stripped")))),
        col("am_stripped"),
    )
    code = exp.Case(ifs=[exp.If(this=is_code, true=padded)])
    return _step(with_stripped, "am_k6", col("am_raw"), exp.alias_(code, CODE))


def migrate_query(
    columns: list[str], table: str, column: str, target: str, constants: dict[str, Any], dialect: str
) -> exp.Expression:
    """``CREATE TABLE target AS SELECT s.*, added columns`` of ``table`` joined with the codes."""
    from sqlglot import exp

    raw = _trimmed_text(exp.column(_name(column), table="s"), dialect)
    blank = _blank(raw.copy())
    looked_up = (
        exp.select(exp.column("am_raw", table="k"), *(exp.column(_name(c), table="x") for c in columns))
        .from_(exp.alias_(normalised_codes(table, column, dialect), "k", table=True))
        .join(
            exp.alias_(_table(codes_table(table)), "x", table=True),
            on=exp.EQ(this=exp.column(_name(CODE), table="x"), expression=exp.column(CODE, table="k")),
        )
        .subquery("r")
    )
    status_col, score_col = columns[-3], columns[-2]
    found = exp.Not(this=exp.Is(this=exp.column("am_raw", table="r"), expression=exp.Null()))
    selected: list[Any] = [exp.column(exp.Star(), table="s")]
    for c in columns:
        joined = exp.column(_name(c), table="r")
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
                    exp.If(this=blank.copy(), true=_score(constants["empty_score"], dialect)),
                ],
                default=_score(constants["unmatched_score"], dialect),
            )
        else:
            value = joined
        selected.append(exp.alias_(value, _name(c)))
    query = (
        exp.select(*selected)
        .from_(exp.alias_(_table(table), "s", table=True))
        .join(
            looked_up,
            on=exp.EQ(this=exp.column("am_raw", table="r"), expression=raw.copy()),
            join_type="LEFT",
        )
    )
    return exp.Create(this=_table(target), kind="TABLE", expression=query)


def _score(value: int | None, dialect: str) -> exp.Expression:
    from sqlglot import exp

    literal: exp.Expression = exp.Null() if value is None else exp.Literal.number(value)
    return exp.cast(literal, exp.DataType.build(types(dialect).score))


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
        "-- A code is normalised as migrate does: trimmed, a leading apostrophe and a decimal part of",
        "-- zeros (4.0) dropped, digits only, zero-padded to 5; missing or blank gives 'empty', anything",
        "-- not listed (also the scientific form 2.6743E+04, which migrate reads) 'unmatched'.",
    ]
    if table is None:
        lines.append("-- Name a table and its code column (--table, --column) to get the migrating query too.")
    for comment, statement in statements(
        resolver, dialect, table=table, column=column, target=target, prefix=prefix, on_split=on_split
    ):
        if comment:
            lines += ["", f"-- {comment}"]
        lines.append(render(statement, dialect) + ";")
    return "\n".join(lines) + "\n"


class Insert:
    """An INSERT of many rows. Its head (table, columns, first row) is rendered by sqlglot; the
    other rows are written literal by literal, each distinct value rendered once by sqlglot
    (rendering 10,040 rows as one expression tree took seconds per dialect). Rows are a
    ``VALUES`` list, or in Oracle ``SELECT ... FROM DUAL`` joined by ``UNION ALL``."""

    def __init__(self, table: exp.Table, columns: list[exp.Identifier], rows: list[tuple[Any, ...]]) -> None:
        self.table, self.columns, self.rows = table, columns, rows

    def expression(self, dialect: str, rows: list[tuple[Any, ...]]) -> exp.Insert:
        from sqlglot import exp

        literals = [[_literal(v, dialect) for v in row] for row in rows]
        source: exp.Expression
        if dialect == "oracle":
            selects = [exp.select(*row).from_("dual") for row in literals]
            source = selects[0]
            for select in selects[1:]:
                source = exp.union(source, select, distinct=False)
        else:
            source = exp.values([tuple(row) for row in literals])
        return exp.insert(source, self.table.copy(), columns=[c.copy() for c in self.columns])

    def sql(self, dialect: str) -> str:
        text = _sql(self.expression(dialect, self.rows[:1]), dialect)
        first = self._row(self.rows[0], dialect, {})
        if not text.endswith(first):  # a dialect that writes rows its own way
            return _sql(self.expression(dialect, self.rows), dialect)
        cache: dict[tuple[type, Any], str] = {}
        joiner = " UNION ALL " if dialect == "oracle" else ", "
        return text[: -len(first)] + joiner.join(self._row(row, dialect, cache) for row in self.rows)

    @staticmethod
    def _row(row: tuple[Any, ...], dialect: str, cache: dict[tuple[type, Any], str]) -> str:
        parts = []
        for value in row:
            key = (type(value), value)
            if key not in cache:
                cache[key] = _literal(value, dialect).sql(dialect=dialect)
            parts.append(cache[key])
        if dialect == "oracle":
            return "SELECT " + ", ".join(parts) + ' FROM "DUAL"'
        return "(" + ", ".join(parts) + ")"


def _literal(value: Any, dialect: str) -> Any:
    """A value as a literal; text as ``N'...'`` in T-SQL (Unicode, whatever the code page)."""
    from sqlglot import exp

    if dialect == "tsql" and isinstance(value, str):
        return exp.National(this=value)
    return exp.convert(value)
