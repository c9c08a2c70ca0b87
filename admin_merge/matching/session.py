"""Loaded crosswalks and resolvers, kept per mapping directory."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from admin_merge.matching.resolver import Resolver
from admin_merge.registry.cache import compiled_crosswalk
from admin_merge.registry.crosswalk import Crosswalk
from admin_merge.registry.paths import shipped_mappings_dir


def mappings_dir(directory: str | Path | None) -> Path:
    return Path(directory) if directory is not None else shipped_mappings_dir()


@lru_cache(maxsize=8)
def _crosswalk(directory: Path) -> Crosswalk:
    return compiled_crosswalk(directory)


def load_crosswalk(directory: str | Path | None = None) -> Crosswalk:
    return _crosswalk(mappings_dir(directory).resolve())


@lru_cache(maxsize=8)
def _resolver(directory: Path) -> Resolver:
    return Resolver(_crosswalk(directory))


def get_resolver(directory: str | Path | None = None) -> Resolver:
    return _resolver(mappings_dir(directory).resolve())
