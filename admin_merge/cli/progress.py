"""A rich progress display on stderr driven by the library's progress callback."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from admin_merge.cli.console import err, progress_enabled
from admin_merge.engines.local import ProgressFn

_LABELS = {"reading": "Reading distinct references", "resolving": "Resolving", "writing": "Joining back and writing"}


@contextlib.contextmanager
def progress_callback(quiet: bool) -> Iterator[ProgressFn | None]:
    if not progress_enabled(quiet):
        yield None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def update(phase: str, done: int, total: int | None) -> None:
            for other, task in tasks.items():
                if other != phase:
                    bar.update(task, completed=bar.tasks[task].total or 1, total=bar.tasks[task].total or 1)
            if phase not in tasks:
                tasks[phase] = bar.add_task(_LABELS.get(phase, phase), total=total)
            bar.update(tasks[phase], completed=done, total=total)

        yield update
