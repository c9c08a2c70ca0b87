"""Engines that run a migration plan where the data is (local: polars)."""
