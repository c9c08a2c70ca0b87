"""Finding the JSON report that ``migrate --report`` wrote beside a migrated file, so that
``report``, ``diff`` and ``review export`` know the reference columns that were named by option."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

MAX_FILES = 50  # JSON files looked at in the directory
MAX_BYTES = 2 * 1024 * 1024  # a migration report is a few kB


def _load(path: Path) -> dict[str, Any] | None:
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) and isinstance(data.get("columns"), dict) and isinstance(data.get("output"), str):
        return data
    return None


def columns_from_report(migrated: Path) -> dict[str, str] | None:
    """The ``columns`` of the newest migration report beside ``migrated`` whose output it is."""
    directory = migrated.parent if str(migrated.parent) else Path()
    try:
        candidates = sorted(directory.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)[:MAX_FILES]
    except OSError:
        return None
    target = os.path.realpath(migrated)
    for path in candidates:
        data = _load(path)
        if data is None:
            continue
        output = data["output"]
        written = Path(output) if Path(output).is_absolute() else directory / Path(output).name
        if os.path.realpath(written) == target:
            return {str(k): str(v) for k, v in data["columns"].items()}
    return None
