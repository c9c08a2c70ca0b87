"""`review export`: each distinct unresolved reference once, for a person to decide."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from admin_merge.analysis.tables import connect, load, quote
from admin_merge.errors import InputError
from admin_merge.io.formats import Format, parse_location
from admin_merge.io.output import output_plan, write_frame
from admin_merge.matching.decisions import reference_key
from admin_merge.matching.model import ROLES, UNRESOLVED_SQL, Reference
from admin_merge.matching.resolver import Resolver
from admin_merge.plan.schema import DEFAULT_PREFIX

COLUMNS = (
    "reference_key",
    "status",
    "rows",
    "score",
    "candidates",
    "candidate_names",
    "primary",
    *ROLES,  # the written reference, one column per role, as the officer saw it in the dataset
    "decision",
)


@dataclass
class ReviewExport:
    path: str
    entries: int
    rows: int
    frame: pl.DataFrame


def build_review(
    migrated: str | Path, resolver: Resolver, prefix: str = DEFAULT_PREFIX, min_score: int | None = None
) -> pl.DataFrame:
    registers = resolver.crosswalk.registers
    con = connect()
    t = load(con, migrated, "migrated", prefix, require_migrated=True)
    refs = t.references.used()
    if not refs:
        raise InputError(f"{t.path}: no reference column found to key the review on")
    cols = ", ".join(f"CAST({quote(c)} AS VARCHAR) AS {quote('ref_' + role)}" for role, c in refs.items())
    fuzzy = f" OR ({t.status} = 'fuzzy' AND {t.score} < {int(min_score)})" if min_score is not None else ""
    rows = con.sql(f"""
        SELECT {cols}, {t.status} AS status, {t.candidates} AS candidates, min({t.score}) AS score, count(*) AS n
        FROM {t.name} WHERE {t.status} IN {UNRESOLVED_SQL}{fuzzy}
        GROUP BY ALL ORDER BY n DESC
    """).pl()
    merged: dict[str, dict[str, object]] = {}
    for row in rows.iter_rows(named=True):
        ref = Reference(**{role: row[f"ref_{role}"] for role in refs})
        key = reference_key(ref)
        if key in merged:  # two spellings with the same key: one decision serves both
            merged[key]["rows"] = int(merged[key]["rows"]) + row["n"]  # type: ignore[call-overload]
            continue
        candidates = [c for c in (row["candidates"] or "").split("|") if c]
        primary = resolver.resolve(ref).primary if row["status"] == "split" else None
        names = "; ".join(f"{c} {registers.new_communes[c].name}" for c in candidates if c in registers.new_communes)
        merged[key] = {
            "reference_key": key,
            "status": row["status"],
            "rows": row["n"],
            "score": row["score"],
            "candidates": "|".join(candidates),
            "candidate_names": names,
            "primary": primary,
            **{role: row.get(f"ref_{role}") for role in ROLES},
            "decision": "",
        }
    data = sorted(merged.values(), key=lambda r: -int(r["rows"]))  # type: ignore[call-overload]
    schema = {c: (pl.Int64 if c in ("rows", "score") else pl.Utf8) for c in COLUMNS}
    return pl.DataFrame(data, schema=schema) if data else pl.DataFrame(schema=schema)


def export_review(
    migrated: str | Path,
    output: str | Path,
    resolver: Resolver,
    prefix: str = DEFAULT_PREFIX,
    min_score: int | None = None,
    force: bool = False,
) -> ReviewExport:
    target = parse_location(output)
    if target.format not in (Format.csv, Format.xlsx):
        raise InputError(f"{output}: a review file is .csv or .xlsx")
    source = parse_location(migrated)
    with output_plan([source.path], force=force) as plan:
        plan.claim(target.path, "review file")  # refused before any work
        frame = build_review(migrated, resolver, prefix, min_score)
        write_frame(frame, plan.stage(target.path), target.format)
    return ReviewExport(str(target), frame.height, int(frame["rows"].sum() or 0), frame)
