"""Exceptions with messages a clerk can act on (one line, naming the file, row or YAML line)."""

from __future__ import annotations


class AdminMergeError(Exception):
    """Base class: the message is a complete one-line explanation."""


class InputError(AdminMergeError):
    """The input (a file, a column, an option value) cannot be used: exit code 2."""


class MappingError(AdminMergeError):
    """The mapping set cannot be loaded at all (missing directory, unreadable register)."""


class WorkerError(RuntimeError):
    """A worker process failed or ended without its results. When it failed with an
    exception, that exception (or, if it could not be sent, a RuntimeError with its text)
    is the ``__cause__``, and its type and message are in this one's message."""
