"""Rendering of validation results: text lines, GitHub workflow annotations, step summary."""

from __future__ import annotations

import sys
from itertools import groupby
from pathlib import Path

from admin_merge.cli.console import info
from admin_merge.registry.validate import ValidationResult


def _chain(result: ValidationResult) -> str:
    chain = result.chain
    if not chain.reforms and not chain.history_states:
        return ""
    last = chain.snapshots[-1]
    return (
        f"; chain: {chain.history_states:,} history states, {chain.reforms} reform(s) to {last['date']} "
        f"({last.get('thanh_pho', 0)} thành phố + {last.get('tinh', 0)} tỉnh; {last.get('xa', 0):,} xã, "
        f"{last.get('phuong', 0):,} phường, {last.get('dac_khu', 0):,} đặc khu)"
    )


def _summary(result: ValidationResult) -> str:
    return (
        f"{result.provinces} provinces, {result.new_communes:,} new communes, "
        f"{result.old_communes_covered:,} old communes covered, {result.split_old_communes:,} split old communes"
        f"{_chain(result)}; {result.errors} errors, {result.warnings} warnings"
    )


def render_text(result: ValidationResult) -> None:
    for problem in result.problems:
        sys.stdout.write(problem.format_text() + "\n")
    sys.stdout.flush()
    info(("ok: " if result.ok else "failed: ") + _summary(result))


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render_github(result: ValidationResult) -> None:
    """Workflow commands, one group per file (see GitHub's "workflow commands" documentation)."""
    lines = []
    for file, problems in groupby(result.problems, key=lambda p: p.file):
        lines.append(f"::group::{_escape_data(file)}")
        for p in problems:
            props = ",".join(
                f"{k}={_escape_property(v)}"
                for k, v in (
                    ("file", p.file),
                    ("line", str(p.line)),
                    ("col", str(p.column)),
                    ("title", f"{p.code} {p.title}"),
                )
                if k not in ("line", "col") or p.line  # a problem of the whole directory has no line
            )
            lines.append(f"::{p.severity.value} {props}::{_escape_data(p.message)}")
        lines.append("::endgroup::")
    sys.stdout.write("".join(line + "\n" for line in lines))
    sys.stdout.flush()
    info(("ok: " if result.ok else "failed: ") + _summary(result))


def write_step_summary(result: ValidationResult, path: Path) -> None:
    rows = [
        "| check | value |",
        "|---|---|",
        f"| result | {'✅ ok' if result.ok else '❌ failed'} |",
        f"| provinces | {result.provinces} |",
        f"| new communes | {result.new_communes:,} |",
        f"| old communes covered | {result.old_communes_covered:,} |",
        f"| split old communes | {result.split_old_communes:,} |",
        f"| errors | {result.errors} |",
        f"| warnings | {result.warnings} |",
    ]
    with path.open("a", encoding="utf-8") as fh:
        fh.write("### admin-merge mappings validate\n\n" + "\n".join(rows) + "\n\n")
