"""One module per command; importing this package registers them on the app."""

from admin_merge.cli.commands import mappings_cmd, migrate_cmd, resolve_cmd  # noqa: F401
