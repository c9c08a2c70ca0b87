"""After a migration: report, diff and the review loop (DuckDB aggregations over the files)."""
