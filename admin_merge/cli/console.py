"""Output policy: payload on stdout; progress, summaries and errors on a rich console on stderr."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from rich.console import Console
from rich.text import Text

# Off a terminal rich would wrap at 80 columns: give piped output room instead.
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)


def emit_json(data: Any) -> None:
    """JSON straight to stdout (never through rich, which would wrap long lines)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
    sys.stdout.flush()


def error(message: str) -> None:
    """One escaped line on stderr; user data is never read as markup."""
    err.print(Text("error: ", style="bold red") + Text(" ".join(str(message).split())))


def info(message: str | Text) -> None:
    err.print(message if isinstance(message, Text) else Text(message))


def progress_enabled(quiet: bool) -> bool:
    return not quiet and err.is_terminal and not os.environ.get("CI")
