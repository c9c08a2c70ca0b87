"""Command-line interface: parses options, calls the library, renders, picks the exit code."""

from admin_merge.cli.app import app, main

__all__ = ["app", "main"]
