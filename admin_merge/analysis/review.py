"""`review export`: each unresolved question once, for a person to decide.

An entry is a question, not a record: an address is filed under its unit part (every street
of "Phường Đa Kao, Quận 1" shares one entry and one decision), a split under its old commune
(the same question for code rows, name columns and addresses). ``street_keys`` keeps one
entry per written reference for the rare case that needs it. Each entry shows the old units
with their names, the candidates with what each took, and an example or two as written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from admin_merge.analysis.i18n import DEFAULT_LANG, Lang, Words
from admin_merge.analysis.tables import connect, load, query_progress, quote, reference_sql
from admin_merge.analysis.units import candidates, candidates_text, natural_key, old_units, unit_text
from admin_merge.errors import InputError
from admin_merge.io.formats import Format, parse_location
from admin_merge.io.output import output_plan, write_frame
from admin_merge.io.safe_csv import neutralise
from admin_merge.matching.decisions import review_key
from admin_merge.matching.model import ROLES, UNRESOLVED_SQL, Reference, Resolution
from admin_merge.matching.resolver import Resolver
from admin_merge.matching.rules import SplitRules
from admin_merge.plan.columns import ReferenceColumns
from admin_merge.plan.schema import DEFAULT_PREFIX
from admin_merge.runtime.parallel import resolve_all

ProgressFn = Callable[[str, int, int | None], None]
EXAMPLES = 2
COLUMNS = (
    "reference_key",
    "status",
    "rows",
    "score",
    "old_commune",
    "old_district",
    "old_province",
    "candidates",
    "candidate_names",
    "primary",
    "reason",
    "rule",
    "examples",
    *ROLES,  # the first written reference, one column per role, as the officer saw it in the dataset
    "decision",
)


@dataclass
class ReviewExport:
    path: str
    entries: int
    rows: int
    frame: pl.DataFrame


def build_review(
    migrated: str | Path,
    resolver: Resolver,
    prefix: str = DEFAULT_PREFIX,
    min_score: int | None = None,
    lang: Lang = DEFAULT_LANG,
    street_keys: bool = False,
    progress: ProgressFn | None = None,
    columns: ReferenceColumns | None = None,
    rules: SplitRules | None = None,
) -> pl.DataFrame:
    """The review entries, most rows first; headers and words in ``lang``."""
    t = Words(lang)
    crosswalk = resolver.crosswalk
    con = connect()
    table = load(con, migrated, "migrated", prefix, require_migrated=True, columns=columns, progress=progress)
    refs = table.references.used()
    if not refs:
        raise InputError(f"{table.path}: no reference column found to key the review on")
    cols = ", ".join(f"CAST({quote(c)} AS VARCHAR) AS {quote('ref_' + role)}" for role, c in refs.items())
    fuzzy = f" OR ({table.status} = 'fuzzy' AND {table.score} < {int(min_score)})" if min_score is not None else ""
    total = int(con.execute(f"SELECT count(*) FROM {table.name}").fetchall()[0][0])
    with query_progress(con, "grouping", total, progress):
        rows = con.sql(f"""
        SELECT {cols}, {reference_sql(table)} AS written, {table.status} AS status,
               {table.candidates} AS candidates, min({table.score}) AS score, count(*) AS n
        FROM {table.name} WHERE {table.status} IN {UNRESOLVED_SQL}{fuzzy}
        GROUP BY ALL ORDER BY n DESC, written
        """).pl()
    records = list(rows.iter_rows(named=True))
    references = [Reference(**{role: row[f"ref_{role}"] for role in refs}) for row in records]
    on_progress = (lambda done, n: progress("resolving", done, n)) if progress else None
    resolutions = resolve_all(resolver, references, progress=on_progress)
    merged: dict[str, dict[str, Any]] = {}
    for row, ref, res in zip(records, references, resolutions, strict=True):
        key = review_key(ref, res, street_level=street_keys)
        if key in merged:  # another spelling or street of the same question: one decision serves both
            entry = merged[key]
            entry["rows"] += row["n"]
            if len(entry["_examples"]) < EXAMPLES and row["written"] not in entry["_examples"]:
                entry["_examples"].append(row["written"])
            continue
        # The candidates written by migrate, in the order it wrote them; the resolution adds
        # what each took from the old commune.
        codes = [c for c in (row["candidates"] or "").split("|") if c]
        described = {c["code"]: c for c in candidates(res, crosswalk)}
        named = [
            described.get(c) or {"code": c, "name": _name(crosswalk, c), "took": [], "primary": False} for c in codes
        ]
        old = old_units(ref, res, crosswalk.registers)
        merged[key] = {
            "reference_key": key,
            "status": row["status"],
            "rows": row["n"],
            "score": row["score"],
            "old_commune": "; ".join(unit_text(c) for c in old["communes"]),
            "old_district": unit_text(old["district"]),
            "old_province": unit_text(old["province"]),
            "candidates": "|".join(codes),
            "candidate_names": candidates_text(named, t),
            "primary": res.primary if row["status"] == "split" else None,
            "reason": t.reason(res.reason.value) or None,
            "rule": _rules_text(rules, res) if rules is not None else None,
            "_examples": [row["written"]],
            **{role: row.get(f"ref_{role}") for role in ROLES},
            "decision": "",
        }
    data = sorted(merged.values(), key=lambda r: (-int(r["rows"]), natural_key(r["reference_key"])))
    for entry in data:
        entry["examples"] = " | ".join(entry.pop("_examples"))
        entry["status"] = t.status(entry["status"])
    schema = {c: (pl.Int64 if c in ("rows", "score") else pl.Utf8) for c in COLUMNS}
    frame = pl.DataFrame(data, schema=schema) if data else pl.DataFrame(schema=schema)
    return frame.rename({c: t.header(c) for c in COLUMNS})


def _rules_text(rules: SplitRules, res: Resolution) -> str | None:
    """The rules known for this split old commune: ``00190 ← Láng Hạ, Huỳnh Thúc Kháng (rules.yaml:8)``."""
    if len(res.old.commune_codes) != 1:
        return None
    known = rules.for_old(res.old.commune_codes[0])
    return "; ".join(f"{r.new} ← {', '.join(r.places)} ({r.cite()})" for r in known) or None


def _name(crosswalk: Any, code: str) -> str:
    unit = crosswalk.registers.new_communes.get(code)
    return unit.name if unit is not None else ""


def export_review(
    migrated: str | Path,
    output: str | Path,
    resolver: Resolver,
    prefix: str = DEFAULT_PREFIX,
    min_score: int | None = None,
    force: bool = False,
    *,
    lang: Lang = DEFAULT_LANG,
    street_keys: bool = False,
    progress: ProgressFn | None = None,
    columns: ReferenceColumns | None = None,
    rules: SplitRules | None = None,
) -> ReviewExport:
    """Write the review file; in a CSV, cells that a spreadsheet would run as a formula
    (``=``, ``+``, ``-``, ``@``, tab, CR first) get a leading ``'`` (see :mod:`admin_merge.io.safe_csv`)."""
    target = parse_location(output)
    if target.format not in (Format.csv, Format.xlsx):
        raise InputError(f"{output}: a review file is .csv or .xlsx")
    source = parse_location(migrated)
    with output_plan([source.path], force=force) as plan:
        plan.claim(target.path, "review file")  # refused before any work
        frame = build_review(
            migrated, resolver, prefix, min_score, lang, street_keys, progress, columns=columns, rules=rules
        )
        if progress:
            progress("writing_review", 0, frame.height)
        written = neutralise(frame.lazy()).collect() if target.format is Format.csv else frame
        write_frame(written, plan.stage(target.path), target.format)
    if progress:
        progress("writing_review", frame.height, frame.height)
    rows = int(frame[Words(lang).header("rows")].sum() or 0)
    return ReviewExport(str(target), frame.height, rows, frame)
