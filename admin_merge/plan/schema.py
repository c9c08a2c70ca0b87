"""The columns a migration adds to a dataset, and their names under a prefix."""

from __future__ import annotations

DEFAULT_PREFIX = "new_"
STATUS_COLUMNS = ("match_status", "match_score", "candidates")


def output_columns(prefix: str, with_address: bool) -> list[str]:
    """The added columns. A non-default prefix also goes before the status columns, so a
    migrated file can be migrated again (``--prefix v2_``) without a clash."""
    cols = [f"{prefix}province_code", f"{prefix}province_name", f"{prefix}commune_code", f"{prefix}commune_name"]
    if with_address:
        cols.append(f"{prefix}address")
    status_prefix = "" if prefix == DEFAULT_PREFIX else prefix
    return [*cols, *(f"{status_prefix}{c}" for c in STATUS_COLUMNS)]
