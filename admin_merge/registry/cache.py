"""The compiled crosswalk of a mapping directory: checked before use, kept between runs.

Every ``migrate``, ``resolve`` and ``review`` needs the same compiled crosswalk, and reading
the YAML files with their line numbers is the slow part of starting. The crosswalk is compiled only
from a mapping set without errors, then kept in the user's cache directory under a key made
of the content of every mapping and register file, the directory, and the code that defines
the cached objects: an edited file or another version of the tool is never served stale.

``$ADMIN_MERGE_CACHE_DIR`` chooses the directory (default ``$XDG_CACHE_HOME/admin-merge`` or
``~/.cache/admin-merge``); ``off`` disables the cache. The cache holds pickles: like any file
of the user's home it must not be writable by others.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

from admin_merge.errors import MappingError
from admin_merge.registry import crosswalk as _crosswalk_module
from admin_merge.registry.crosswalk import Crosswalk, compile_crosswalk
from admin_merge.registry.loader import load_mapping_set, mapping_files, registers_dir
from admin_merge.registry.problems import Severity
from admin_merge.registry.steps import HISTORY_DIR, REFORMS_DIR, step_files
from admin_merge.registry.validate import validate_mapping_set

CACHE_ENV = "ADMIN_MERGE_CACHE_DIR"
FORMAT = 2  # 2: slotted dataclasses stored as their arguments
KEEP = 8  # cached crosswalks kept (the most recent); each is about 3 MB


def cache_dir() -> Path | None:
    value = os.environ.get(CACHE_ENV, "").strip()
    if value:
        return None if value.lower() in ("off", "0", "no", "false") else Path(value)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home directory (some containers): no cache
            return None
    return Path(base) / "admin-merge"


def source_files(directory: Path) -> list[Path]:
    """The files a crosswalk is compiled from: the mapping files and the register CSVs."""
    return [*mapping_files(directory), *sorted(registers_dir(directory).glob("*.csv"))]


Stamp = tuple[str, int, int]  # path, size, modification time (ns)


def fingerprint(directory: Path) -> tuple[Stamp, ...]:
    """Stamps of the mapping and register folders and of every source file in them: taken
    without reading any file, and different whenever a file was written, added or removed."""
    stamps = []
    folders = (
        (directory, (".yaml", ".yml")),
        (registers_dir(directory), (".csv",)),
        (directory / REFORMS_DIR, (".yaml",)),
        (directory / HISTORY_DIR, (".yaml",)),
    )
    for folder, suffixes in folders:
        with contextlib.suppress(OSError):  # no such folder: nothing to stamp (loading reports it)
            st = folder.stat()
            stamps.append((str(folder), -1, st.st_mtime_ns))
            for entry in os.scandir(folder):
                if entry.name.endswith(suffixes):
                    with contextlib.suppress(OSError):  # removed meanwhile: its absence is the change
                        est = entry.stat()
                        stamps.append((entry.path, est.st_size, est.st_mtime_ns))
    return tuple(stamps)


def unchanged(stamps: tuple[Stamp, ...]) -> bool:
    """True when every stamped folder and file is as it was (one ``stat`` each): adding or
    removing a file changes its folder's time, writing one changes its own."""
    for path, size, mtime in stamps:
        try:
            st = os.stat(path)  # noqa: PTH116 - no Path object per file: this runs on every call
        except OSError:
            return False
        if st.st_mtime_ns != mtime or (size >= 0 and st.st_size != size):
            return False
    return bool(stamps)


def cache_key(directory: Path) -> str:
    """The content digest of a mapping directory (with the code and version that compile it)."""
    from admin_merge._version import __version__
    from admin_merge.registry import chain, registers, steps

    digest = hashlib.sha256(f"{FORMAT}\0{__version__}\0{sys.version_info[:2]}\0{directory}".encode())
    for module in (registers, _crosswalk_module, chain, steps):
        digest.update(Path(str(module.__file__)).read_bytes())
    for path in source_files(directory):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for path in step_files(directory):  # reforms/ and history/: the chain the crosswalk carries
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def compiled_crosswalk(directory: Path, key: str | None = None) -> Crosswalk:
    """The crosswalk of ``directory`` (absolute), from the cache when it has been compiled before.

    Raises :class:`MappingError` naming the first problem when the mapping set has errors:
    resolving with a broken mapping file would silently lose every unit it maps.
    """
    if not directory.is_dir():
        raise MappingError(f"{directory}: mapping directory not found")
    base = cache_dir()
    if base is None:
        return _compile_checked(directory)
    target = base / f"crosswalk-{(key or cache_key(directory))[:40]}.pickle"
    if target.is_file():
        with contextlib.suppress(Exception):  # unreadable or from an incompatible build: compile again
            with target.open("rb") as fh:
                found = pickle.load(fh)
            if isinstance(found, Crosswalk):
                return found
    crosswalk = _compile_checked(directory)
    _store(target, crosswalk)
    return crosswalk


def _compile_checked(directory: Path) -> Crosswalk:
    mapping_set = load_mapping_set(directory)
    result = validate_mapping_set(mapping_set)
    if not result.ok:
        first = next(p for p in result.problems if p.severity is Severity.ERROR)
        raise MappingError(
            f"{first.file}:{first.line}:{first.column}: {first.code} {first.message} ({result.errors:,} error(s) "
            "in the mappings; "
            f"'admin-merge mappings validate {directory}' lists them all)"
        )
    return compile_crosswalk(mapping_set)


def _store(target: Path, crosswalk: Crosswalk) -> None:
    """Written atomically; a cache that cannot be written is no reason to fail."""
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".crosswalk-", dir=target.parent)
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as fh:
                _Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL).dump(crosswalk)
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)
        older = sorted(target.parent.glob("crosswalk-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in older[KEEP:]:
            stale.unlink()


class _Pickler(pickle.Pickler):
    """Stores a slotted dataclass as a call with its field values. The default way (a state
    restored by ``dataclasses``' ``__setstate__``, which lists the fields anew for every
    object) made loading the 36,000 units, rows and states of a crosswalk take 0.3 s."""

    def reducer_override(self, obj: object) -> Any:
        cls = type(obj)
        names = _ARGUMENTS.get(cls)
        if names is None:
            names = _ARGUMENTS[cls] = _arguments(cls)
        if not names:
            return NotImplemented
        return cls, tuple([getattr(obj, name) for name in names])


_ARGUMENTS: dict[type, tuple[str, ...]] = {}


def _arguments(cls: type) -> tuple[str, ...]:
    """The fields of a slotted dataclass that its ``__init__`` takes positionally and stores
    as given (no ``__post_init__``), or () for any other class (pickled the default way)."""
    if not dataclasses.is_dataclass(cls) or "__slots__" not in vars(cls) or hasattr(cls, "__post_init__"):
        return ()
    found = dataclasses.fields(cls)
    if not all(f.init and not f.kw_only for f in found):
        return ()
    return tuple(f.name for f in found)
