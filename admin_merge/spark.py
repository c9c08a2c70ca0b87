"""Migrate a Spark DataFrame where it lives.

>>> from admin_merge.spark import migrate
>>> out = migrate(df, commune_code_col="ma_xa")  # doctest: +SKIP

``migrate`` takes the same keyword options as :func:`admin_merge.migrate` (``commune_code_col=``,
``address_col=``, ``on_split=``, ``prefix=``, ``mappings=``, ``decisions=``...) and returns a
DataFrame with the same added columns; ``migrate_with_report`` returns the report as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

    from admin_merge.engines.local import MigrateOptions
    from admin_merge.plan.report import MigrationReport


def migrate_with_report(
    df: DataFrame,
    options: MigrateOptions | None = None,
    *,
    driver_max: int | None = None,
    resolve_on: Literal["auto", "driver", "executors"] = "auto",
    **kwargs: Any,
) -> tuple[DataFrame, MigrationReport]:
    """The migrated DataFrame and the report. Distinct references are resolved on the driver
    when there are at most ``driver_max`` (200,000), else on the executors."""
    from admin_merge.engines import spark as engine
    from admin_merge.engines.local import parse_options

    opts = parse_options(options, kwargs)
    return engine.migrate_frame(df, opts, driver_max=driver_max or engine.DRIVER_MAX, resolve_on=resolve_on)


def migrate(df: DataFrame, options: MigrateOptions | None = None, **kwargs: Any) -> DataFrame:
    """The DataFrame with the added columns (every row kept)."""
    return migrate_with_report(df, options, **kwargs)[0]
