"""Exceptions with messages a clerk can act on (one line, naming the file, row or YAML line).

A message names the options a user can change through :func:`option`, which marks the option
by its library name (the keyword argument of ``admin_merge.migrate`` and friends). ``str()`` of
the error words it for a Python caller (``force=True``, ``skip_rows=2``, ``table=...``); the command line
words it as a flag (``--force``, ``--skip-rows 2``) through :meth:`AdminMergeError.for_cli`.
"""

from __future__ import annotations

import re

_MARK = "\x1f"
_VALUE = "\x1e"
_MARKED = re.compile(f"{_MARK}([a-z_]+)(?:{_VALUE}([^{_MARK}]*))?{_MARK}")
# Command-line spellings that are not the library name with dashes.
_FLAGS = {"output": "-o", "directory": "--mappings", "from_date": "--from", "to_date": "--to"}
# Options that are switched on rather than given a value.
_SWITCHES = frozenset({"force", "dry_run", "safe_csv", "street_keys"})


def option(name: str, value: object = None) -> str:
    """Mark the option ``name`` (with an example ``value``) inside an error message."""
    return f"{_MARK}{name}{'' if value is None else _VALUE + str(value)}{_MARK}"


def _for_python(match: re.Match[str]) -> str:
    name, value = match.group(1), match.group(2)
    if value is None:
        return f"{name}=True" if name in _SWITCHES else f"{name}=..."
    return f"{name}={value}"


def _for_cli(match: re.Match[str]) -> str:
    name, value = match.group(1), match.group(2)
    flag = _FLAGS.get(name, "--" + name.replace("_", "-"))
    return flag if value is None else f"{flag} {value}"


def for_python(message: str) -> str:
    """A marked message worded for a Python caller."""
    return _MARKED.sub(_for_python, message)


def for_cli(message: str) -> str:
    """A marked message worded for the command line."""
    return _MARKED.sub(_for_cli, message)


class AdminMergeError(Exception):
    """Base class: the message is a complete one-line explanation."""

    def __str__(self) -> str:
        return for_python(super().__str__())

    def for_cli(self) -> str:
        """The message with options worded as command-line flags."""
        return for_cli(super().__str__())


class InputError(AdminMergeError):
    """The input (a file, a column, an option value) cannot be used: exit code 2."""


class MappingError(AdminMergeError):
    """The mapping set cannot be loaded at all (missing directory, unreadable register)."""


class WorkerError(RuntimeError):
    """A worker process failed or ended without its results. When it failed with an
    exception, that exception (or, if it could not be sent, a RuntimeError with its text)
    is the ``__cause__``, and its type and message are in this one's message."""
