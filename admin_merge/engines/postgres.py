"""The PostgreSQL engine: a table migrated inside its database, into a new table.

One REPEATABLE READ transaction, so every step sees the same rows:

1. ``SELECT col::text, ..., count(*) ... GROUP BY`` on the server: the distinct references (a);
2. resolving them in Python (b);
3. binary ``COPY`` of the resolution table (c) into a temporary table (dropped at commit);
4. ``CREATE TABLE target AS SELECT source.*, added columns ... LEFT JOIN`` (d); the row count
   the server reports for it must equal the rows counted in step 1, else the transaction rolls
   back. The source table is only read. An existing target is refused without ``force``
   (replaced in the same transaction with it).

Nothing is committed before the end: a killed process leaves no target table (the server
rolls the transaction back when the connection goes). Credentials come from the URL, the
environment (``PGPASSWORD``...) or ``~/.pgpass`` through libpq; the report and every message
show the URL without its password.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from admin_merge.engines.common import NULL_SENTINEL, Prepared, ProgressFn, check_rows, quote_ident
from admin_merge.errors import InputError, option
from admin_merge.plan.report import MigrationReport
from admin_merge.plan.resolution import DistinctReferences, ResolutionTable

if TYPE_CHECKING:
    import psycopg

    from admin_merge.engines.local import MigrateOptions
    from admin_merge.io.output import OutputPlan
    from admin_merge.matching.session import Session

RESOLUTION_TABLE = "am_resolution"


def display_url(url: str) -> str:
    """The connection URL without its password (what reports and messages show)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(url)
    except Exception:
        return "postgresql://(unparsable URL)"
    user = f"{params['user']}@" if params.get("user") else ""
    host = str(params.get("host") or "")
    host = "" if host.startswith("/") else host
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgresql://{user}{host}{port}/{params.get('dbname') or ''}"


def table_name(name: str) -> str:
    """``households`` or ``schema.households``, quoted part by part."""
    parts = name.split(".")
    if not name or len(parts) > 2 or not all(parts):
        raise InputError(f"{name!r}: not a table name (TABLE or SCHEMA.TABLE)")
    return ".".join(quote_ident(p) for p in parts)


def _connect(url: str) -> psycopg.Connection[Any]:
    try:
        import psycopg
    except ImportError:
        raise InputError("the postgres engine needs psycopg: pip install 'admin-merge[postgres]'") from None
    try:
        con = psycopg.connect(url, autocommit=False)
    except psycopg.Error as exc:
        raise InputError(f"{display_url(url)}: cannot connect: {_first_line(exc)}") from None
    con.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    return con


def migrate(
    input: str | Path,
    output: str | Path | None,
    opts: MigrateOptions,
    *,
    table: str | None = None,
    progress: ProgressFn | None = None,
    outputs: OutputPlan | None = None,
    session: Session | None = None,
) -> MigrationReport:
    """Migrate ``table`` of the database at ``input`` (a ``postgresql://`` URL or a libpq
    connection string) into the new table ``output`` of the same database."""
    url = str(input)
    if not url.startswith(("postgresql://", "postgres://")) and "=" not in url:
        raise InputError(f"{url}: the postgres engine takes a postgresql:// URL (and {option('table')})")
    if table is None:
        raise InputError(f"{display_url(url)}: name the source table with {option('table')}")
    source = table_name(table)
    if output is None and not opts.dry_run:
        raise InputError(
            f"no output given: pass {option('output', 'TABLE')} (a "
            f"new table of the same database) or {option('dry_run')}"
        )
    target = table_name(str(output)) if output is not None else None
    if target is not None and target == source:
        raise InputError(f"{output}: the output is the input table; the input is never overwritten")
    shown = f"{display_url(url)} table {table}"
    prepared = Prepared(
        shown, str(output) if output is not None else None, "postgres" if output else None, opts, session
    )
    con = _connect(url)
    handed_over = False
    try:
        _run(con, source, table, target, prepared, progress)
        if target is not None and not opts.dry_run:
            rows = prepared.report.rows_in
            if outputs is not None:
                # Committed with the run's other outputs (the CLI's --report).
                def commit() -> None:
                    try:
                        con.commit()
                    finally:
                        con.close()

                def abort() -> None:
                    try:
                        con.rollback()
                    finally:
                        con.close()

                outputs.on_commit(commit, abort)
                handed_over = True
            else:
                con.commit()
            prepared.report.rows_out = rows
    except BaseException:
        with contextlib.suppress(Exception):
            con.rollback()
        raise
    finally:
        if not handed_over:
            con.close()
    return prepared.finish(prepared.report.rows_out)


def _run(
    con: psycopg.Connection[Any],
    source: str,
    table: str,
    target: str | None,
    prepared: Prepared,
    progress: ProgressFn | None,
) -> None:
    import psycopg

    opts = prepared.opts
    with con.cursor() as cur:
        try:
            cur.execute(f"SELECT * FROM {source} LIMIT 0")
        except psycopg.Error as exc:
            raise InputError(f"{prepared.report.input}: cannot read: {_first_line(exc)}") from None
        available = [d.name for d in cur.description or []]
        cols = prepared.choose(available, prepared.report.input)
        roles, columns = list(cols.used()), list(cols.used().values())
        if progress:
            progress("reading", 0, None)
        keys = ", ".join(f"{quote_ident(c)}::text" for c in columns)
        groups = ", ".join(str(i + 1) for i in range(len(columns)))
        cur.execute(f"SELECT {keys}, count(*) FROM {source} GROUP BY {groups}")
        distinct = DistinctReferences.from_rows(roles, cur.fetchall())
        result = prepared.resolve(distinct, progress)
        if opts.dry_run or target is None:
            return
        if progress:
            progress("writing", 0, None)
        if _exists(cur, target):
            if not opts.force:
                raise InputError(f"{table_display(target)}: table exists; use {option('force')} to replace it")
            cur.execute(f"DROP TABLE {target}")
        _copy_resolution_table(cur, result.table)
        cur.execute(create_table_sql(source, target, columns, result.table))
        check_rows(cur.rowcount, prepared.report.rows_in, table_display(target))


def table_display(quoted: str) -> str:
    return quoted.replace('"', "")


def _exists(cur: psycopg.Cursor[Any], name: str) -> bool:
    cur.execute("SELECT to_regclass(%s) IS NOT NULL", [name])
    row = cur.fetchone()
    return bool(row and row[0])


def _copy_resolution_table(cur: psycopg.Cursor[Any], table: ResolutionTable) -> None:
    """The resolution table as a temporary table, by binary COPY; missing keys as the sentinel."""
    score = table.score_column
    columns = [*table.keys, *table.columns]
    types = ["text" if c != score else "smallint" for c in columns]
    ddl = ", ".join(f"{quote_ident(c)} {t}" for c, t in zip(columns, types, strict=True))
    cur.execute(f"CREATE TEMPORARY TABLE {RESOLUTION_TABLE} ({ddl}) ON COMMIT DROP")
    frame = table.frame
    names = ", ".join(quote_ident(c) for c in columns)
    n_keys = len(table.keys)
    with cur.copy(f"COPY {RESOLUTION_TABLE} ({names}) FROM STDIN (FORMAT BINARY)") as copy:
        copy.set_types(types)
        for row in frame.iter_rows():
            copy.write_row([NULL_SENTINEL if i < n_keys and v is None else v for i, v in enumerate(row)])
    cur.execute(f"ANALYZE {RESOLUTION_TABLE}")


def create_table_sql(source: str, target: str, columns: list[str], table: ResolutionTable) -> str:
    sentinel = "'" + NULL_SENTINEL.replace("'", "''") + "'"
    added = ", ".join(f"r.{quote_ident(c)}" for c in table.columns)
    on = " AND ".join(
        f"coalesce(s.{quote_ident(c)}::text, {sentinel}) = r.{quote_ident(k)}"
        for c, k in zip(columns, table.keys, strict=True)
    )
    return f"CREATE TABLE {target} AS SELECT s.*, {added} FROM {source} s LEFT JOIN {RESOLUTION_TABLE} r ON {on}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
