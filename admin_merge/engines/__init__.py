"""Engines: where a migration plan runs. Each engine is one module with a ``migrate`` function
of the same shape (input, output, options, table=, progress=); see ``plan.resolution`` for the
plan they share."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from admin_merge.engines.common import ProgressFn
    from admin_merge.engines.local import MigrateOptions
    from admin_merge.io.output import OutputPlan
    from admin_merge.matching.session import Session
    from admin_merge.plan.report import MigrationReport

ENGINES = ("local", "duckdb", "postgres", "spark")


class EngineMigrate(Protocol):
    def __call__(
        self,
        input: str | Path,
        output: str | Path | None,
        opts: MigrateOptions,
        *,
        table: str | None = None,
        progress: ProgressFn | None = None,
        outputs: OutputPlan | None = None,
        session: Session | None = None,
    ) -> MigrationReport: ...


def engine(name: str) -> EngineMigrate:
    """The ``migrate`` function of an engine (imported on first use: each has its own driver)."""
    from admin_merge.errors import InputError, option

    if name not in ENGINES:
        raise InputError(f"{option('engine', repr(name))}: unknown engine '{name}' (known: {', '.join(ENGINES)})")
    module: Any = importlib.import_module(f"admin_merge.engines.{name}")
    run: EngineMigrate = module.run if name == "local" else module.migrate
    return run
