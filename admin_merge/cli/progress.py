"""A rich progress display on stderr driven by the library's progress callback.

Each phase gets its own line, kept on screen when it is done (the summary follows below it):
bytes read of the input when the rows are not known yet, rows or references done out of their
total otherwise, and the time left once there is a rate to go by. Nothing is shown when stderr
is not a terminal, under CI, or with --quiet; stdout is never touched.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from rich.filesize import decimal
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from admin_merge.cli.console import err, progress_enabled
from admin_merge.engines.local import ProgressFn

# phase -> (label, unit): the phases of migrate, report, diff and review export.
PHASES = {
    "reading": ("Reading the input", "bytes"),
    "reading_before": ("Reading BEFORE", "bytes"),
    "reading_after": ("Reading AFTER", "bytes"),
    "resolving": ("Resolving distinct references", "references"),
    "writing": ("Joining back and writing", "rows"),
    "writing_bytes": ("Joining back and writing", "bytes"),
    "checking": ("Counting the rows written", "bytes"),
    "comparing": ("Comparing", "rows"),
    "grouping": ("Grouping the rows", "rows"),
    "tables": ("Building the tables", "groups"),
    "writing_review": ("Writing the review file", "entries"),
}


class _Count(ProgressColumn):
    """``1,234,567/10,000,000 rows`` or ``120.5/448.9 MB``."""

    def render(self, task: Task) -> Text:
        unit = task.fields.get("unit", "")
        if unit == "bytes":
            done = decimal(int(task.completed))
            return Text(f"{done}/{decimal(int(task.total))}" if task.total else f"{done} read", style="cyan")
        total = f"/{int(task.total):,}" if task.total is not None else ""
        return Text(f"{int(task.completed):,}{total} {unit}", style="cyan")


@contextlib.contextmanager
def progress_callback(quiet: bool) -> Iterator[ProgressFn | None]:
    if not progress_enabled(quiet):
        yield None
        return
    with Progress(
        SpinnerColumn(finished_text="✓"),
        TextColumn("{task.description:<32}"),
        BarColumn(bar_width=30),
        _Count(),
        TextColumn("left"),
        TimeRemainingColumn(),
        TextColumn("elapsed"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        refresh_per_second=5,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def finish(task: TaskID) -> None:
            t = bar.tasks[task]
            total = t.total if t.total is not None else t.completed
            bar.update(task, total=total, completed=total)
            bar.stop_task(task)

        def update(phase: str, done: int, total: int | None) -> None:
            if phase not in tasks:
                for other in tasks.values():
                    if not bar.tasks[other].finished:
                        finish(other)
                label, unit = PHASES.get(phase, (phase, ""))
                tasks[phase] = bar.add_task(label, total=total, unit=unit)
            bar.update(tasks[phase], completed=done, total=total)

        yield update
        for task in tasks.values():
            if not bar.tasks[task].finished:
                finish(task)
