"""admin-merge: move Vietnamese administrative data across the 2025 reform."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from admin_merge._version import __version__ as __version__

# The API is imported lazily so that `admin-merge --help` stays instant.
_API = {
    "load_mappings",
    "validate",
    "load_crosswalk",
    "export_crosswalk",
    "export_sql",
    "resolve",
    "explain",
    "report",
    "diff",
    "review_export",
    "load_rules",
    "write_html",
    "get_resolver",
    "default_session",
    "Session",
    "migrate",
    "MigrateOptions",
    "MigrationReport",
    "Reference",
    "Resolution",
    "Status",
}

if TYPE_CHECKING:
    from admin_merge.api import (  # noqa: F401
        default_session,
        diff,
        explain,
        export_crosswalk,
        export_sql,
        get_resolver,
        load_crosswalk,
        load_mappings,
        load_rules,
        migrate,
        report,
        resolve,
        review_export,
        validate,
        write_html,
    )
    from admin_merge.engines.local import MigrateOptions  # noqa: F401
    from admin_merge.matching.model import Reference, Resolution, Status  # noqa: F401
    from admin_merge.matching.session import Session  # noqa: F401
    from admin_merge.plan.report import MigrationReport  # noqa: F401


def __getattr__(name: str) -> Any:
    if name in {"Reference", "Resolution", "Status"}:
        from admin_merge.matching import model

        return getattr(model, name)
    if name == "Session":
        from admin_merge.matching.session import Session

        return Session
    if name in {"MigrateOptions", "MigrationReport"}:
        from admin_merge.engines import local as engine

        return getattr(engine, name)
    if name in _API:
        from admin_merge import api

        return getattr(api, name)
    raise AttributeError(f"module 'admin_merge' has no attribute {name!r}")


__all__ = sorted(_API | {"__version__"})
