"""The Typer application and the error wrapper that turns exceptions into exit codes."""

from __future__ import annotations

import atexit
import gc
import signal
import sys
from typing import Annotated

import typer

from admin_merge._version import __version__

app = typer.Typer(
    name="admin-merge",
    help="Move Vietnamese administrative data across the 2025 reform (63 -> 34 provinces, "
    "no districts, 3,321 communes).\n\nExit codes: 0 ok; 1 problems found (validation errors, "
    "differences, rows with a --fail-on status); 2 usage or input error; 130 interrupted.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
mappings_app = typer.Typer(help="Inspect, check and export the mapping files.", no_args_is_help=True)
app.add_typer(mappings_app, name="mappings")

_state = {"debug": False}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"admin-merge {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    _state["debug"] = debug


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _freeze_at_exit() -> None:
    """A migration leaves millions of small objects behind (resolutions, caches); the final
    collection of the interpreter would scan them all for nothing, so they are frozen out of
    its reach. Not when DuckDB was loaded: its
    bindings report objects still alive at exit as leaks (and those runs hold few objects)."""
    if "duckdb" not in sys.modules:
        gc.freeze()


def main() -> None:
    """Console-script entry point: one-line errors, documented exit codes."""
    from admin_merge.cli import commands  # noqa: F401  (registers the commands)
    from admin_merge.cli.console import error
    from admin_merge.errors import AdminMergeError

    signal.signal(signal.SIGTERM, _terminate)
    atexit.unregister(_freeze_at_exit)
    atexit.register(_freeze_at_exit)
    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        error("interrupted")
        sys.exit(130)
    except AdminMergeError as exc:
        if _state["debug"]:
            raise
        error(exc.for_cli())
        sys.exit(2)
    except typer.Abort:
        error("interrupted")
        sys.exit(130)
    except OSError as exc:  # a file system refusal no layer below turned into a message
        if _state["debug"]:
            raise
        where = exc.filename if exc.filename is not None else "error"
        error(f"{where}: {exc.strerror or exc}")
        sys.exit(2)
    except Exception as exc:  # usage errors (they know how to show themselves) and the unexpected
        show, code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if callable(show) and isinstance(code, int):
            show()
            sys.exit(2 if code else 0)
        if _state["debug"]:
            raise
        error(f"{type(exc).__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(2)
