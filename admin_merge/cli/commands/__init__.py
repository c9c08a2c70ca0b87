"""One module per command; importing this package registers them on the app."""

from admin_merge.cli.commands import (  # noqa: F401
    diff_cmd,
    export_sql_cmd,
    mappings_cmd,
    migrate_cmd,
    report_cmd,
    resolve_cmd,
    review_cmd,
)
