"""What every engine does the same way: the report skeleton and steps (b)+(c) of the plan."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from admin_merge._version import __version__
from admin_merge.errors import AdminMergeError, InputError, option
from admin_merge.io.decisions import load_decisions
from admin_merge.io.rules import load_rules
from admin_merge.matching import vintage as code_vintage
from admin_merge.matching.address import address_reader
from admin_merge.matching.session import Session
from admin_merge.plan.columns import ReferenceColumns, choose_columns
from admin_merge.plan.report import MigrationReport
from admin_merge.plan.resolution import DistinctReferences, PlanResult, Resolved, build_table, fill_report
from admin_merge.plan.schema import output_columns
from admin_merge.registry.chain import as_of_date
from admin_merge.runtime.parallel import read_all
from admin_merge.runtime.policy import bulk_work

if TYPE_CHECKING:
    from admin_merge.engines.local import MigrateOptions
    from admin_merge.matching.decisions import Decisions
    from admin_merge.matching.model import Resolution
    from admin_merge.matching.resolver import Resolver
    from admin_merge.matching.rules import SplitRules

ProgressFn = Callable[[str, int, int | None], None]

# Stands for a missing value on both sides of a join on text keys (SQL engines compare
# ``coalesce(key, NULL_SENTINEL)``; PostgreSQL text cannot hold a NUL byte).
NULL_SENTINEL = "\x01am:null\x01"


def session_for(session: Session | None, mappings: Path | None) -> Session:
    """The session a run resolves with: the one given, or a new one on ``mappings``."""
    if session is None:
        return Session(mappings)
    if mappings is not None and Path(mappings).resolve() != session.directory:
        raise InputError(f"mappings {mappings} differ from the session's ({session.directory}); give one of them")
    return session


class Prepared:
    """A migration about to run on one engine: resolver, decisions and the report started."""

    def __init__(
        self,
        source: str,
        output: str | None,
        output_format: str | None,
        opts: MigrateOptions,
        session: Session | None = None,
    ) -> None:
        self.started = time.perf_counter()
        self.source = source
        session = session_for(session, opts.mappings)
        if opts.as_of is None:  # the session's date, else today
            opts = replace(opts, as_of=as_of_date(session.as_of.isoformat() if session.as_of else None))
        self.opts = opts
        # Loading the mappings (a compiled crosswalk of some 100,000 objects, unpickled) is bulk
        # work too: with the collector paused it costs a quarter less.
        with bulk_work():
            self.resolver: Resolver = session.resolver
        self.columns: ReferenceColumns | None = None
        crosswalk = self.resolver.crosswalk
        self.report = MigrationReport(
            input=source,
            output=output,
            output_format=output_format,
            columns={},
            columns_detected=False,
            options=opts.describe(),
            dry_run=opts.dry_run,
            version=__version__,
            mappings={"directory": str(crosswalk.directory), "digest": crosswalk.digest},
        )
        # A bad decision or rules file is refused before any data is read.
        self.decisions: Decisions | None = (
            load_decisions(opts.decisions, crosswalk.registers) if opts.decisions else None
        )
        self.rules: SplitRules | None = load_rules(opts.rules, crosswalk) if opts.rules else None

    def choose(self, available: list[str], where: str) -> ReferenceColumns:
        """The reference columns, and a refusal when an added column already exists."""
        cols, detected = choose_columns(available, self.opts.columns, where)
        self.columns = cols
        self.report.columns, self.report.columns_detected = cols.used(), detected
        clash = [c for c in output_columns(self.opts.prefix, cols.address is not None) if c in available]
        if clash:
            raise InputError(
                f"{where}: the input already has column(s) {', '.join(clash)}; choose another {option('prefix')}"
            )
        return cols

    def warm_up(self) -> None:
        """Build what resolving the chosen columns will need and may build ahead of the data:
        the address reader's name look-ups (built once per resolver; the answers are the same
        whenever they are built). The engine calls it while its data is being read."""
        if self.columns is not None and self.columns.address is not None:
            with bulk_work():
                address_reader(self.resolver)

    def resolve(self, distinct: DistinctReferences, progress: ProgressFn | None = None) -> PlanResult:
        """(b) and (c): resolve each distinct reference once, apply decisions, build the table."""
        on_progress = (lambda done, total: progress("resolving", done, total)) if progress else None
        opts, decisions = self.opts, self.decisions
        applied = 0
        with bulk_work():
            refs = distinct.references()
            readings = read_all(self.resolver, refs, workers=opts.workers, progress=on_progress)
            resolved = Resolved(readings.bases, readings.which, readings.streets, readings.positions)
            commune_col = self.columns.commune_code if self.columns is not None else None
            counts = distinct.counts
            vintage = (
                code_vintage.detect(self.resolver, commune_col, refs, counts, opts.codes_from)
                if commune_col is not None
                else None
            )
            if vintage is not None or self.rules is not None or decisions is not None:
                # What changes resolutions one by one takes and gives them whole.
                resolutions = resolved.resolutions()
                if vintage is not None:
                    resolutions = code_vintage.apply(self.resolver, vintage, refs, counts, resolutions)
                    self.report.code_columns = [{**vintage.to_dict(), "message": vintage.message()}]
                if self.rules is not None:
                    # Before a row is left split, its street part is searched for the places of the rules.
                    self.report.rules = _apply_rules(self.rules, resolutions, counts, str(opts.rules))
                if decisions is not None:
                    for i, (ref, res) in enumerate(zip(refs, resolutions, strict=True)):
                        decided = decisions.apply(ref, res)
                        if decided is not res:
                            applied += 1
                            resolutions[i] = decided
                resolved = Resolved(resolutions)
        plan = build_table(
            distinct,
            resolved,
            self.resolver.crosswalk.chain.names_at(as_of_date(opts.as_of)),  # in force on the target date
            prefix=opts.prefix,
            on_split=opts.on_split,
            decisions_applied=applied,
        )
        fill_report(self.report, plan)
        if decisions is not None:
            report = self.report
            report.decisions = {"file": str(opts.decisions), "entries": len(decisions), "references_decided": applied}
            report.warnings += decisions.warnings
            if len(decisions) and not applied:
                report.warnings.append(
                    f"{opts.decisions}: none of its {len(decisions):,} decisions matches a reference of "
                    f"{self.source} (a review file of another dataset, or other reference columns?)"
                )
        return plan

    def finish(self, rows_out: int) -> MigrationReport:
        self.report.rows_out = rows_out
        self.report.seconds = round(time.perf_counter() - self.started, 3)
        return self.report


def _apply_rules(rules: SplitRules, resolutions: list[Resolution], counts: list[int], path: str) -> dict[str, Any]:
    by_rule: Counter[str] = Counter()
    for i, res in enumerate(resolutions):
        resolutions[i], rule = rules.match(res)
        if rule is not None:
            by_rule[rule.cite()] += counts[i]
    return {"file": path, "rules": len(rules), "rows_decided": sum(by_rule.values()), "rows_by_rule": dict(by_rule)}


def check_rows(rows_out: int, rows_in: int, where: str) -> None:
    if rows_out != rows_in:
        raise AdminMergeError(f"{where}: {rows_out:,} rows written for {rows_in:,} read; nothing was written")


def quote_ident(name: str) -> str:
    """A SQL identifier, double-quoted (DuckDB, PostgreSQL)."""
    return '"' + name.replace('"', '""') + '"'
