"""The output policy shared by every command that writes a file.

One run claims its targets before doing any work, then writes each into a staged temporary
file, and makes them all visible at the end (rename, or COMMIT for a DuckDB table) only when
every one of them was written; a failure removes every staged file. A target is refused when:

- it is one of the run's inputs (the same file through a link or ``..`` too), even with ``--force``;
- it is another target of the same run (``--report out.csv -o out.csv``);
- it exists and ``force`` is not set.

Staged files live beside their target (a rename is atomic only within one file system) under a
hidden name that carries the writing process's id (``.out.csv.am-1234-x7.part.csv``); a staged
file whose process is gone (a ``kill -9``) is removed by the next run writing to that directory.

A directory target (Spark writes a directory of part files) is claimed with :meth:`claim_directory`
and staged as a sibling directory; at commit an existing target is moved aside, the staged one
renamed into its place, and the old one removed. Besides the rules above, a directory target is
refused when it holds an input or lies inside an input directory (replacing it would delete the input).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from admin_merge.errors import InputError, option
from admin_merge.io.formats import Format, format_for_path
from admin_merge.io.tempfiles import pid_alive

if TYPE_CHECKING:
    import polars as pl

__all__ = ["OutputPlan", "atomic_target", "format_for_path", "os_error", "output_plan", "write_frame"]

_STAGED = re.compile(r"^\.(?P<name>.+)\.am-(?P<pid>\d+)-[^.]+\.part")


def os_error(path: Path | str, exc: OSError, doing: str = "cannot write") -> InputError:
    """An OSError as one line a clerk can act on: the file, what failed, the system's words."""
    reason = {
        errno.ENOSPC: "no space left on the device",
        errno.EDQUOT: "disk quota exceeded",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "read-only file system",
        errno.ENOENT: "directory does not exist",
        errno.EISDIR: "is a directory",
    }.get(exc.errno or 0, exc.strerror or str(exc))
    return InputError(f"{path}: {doing}: {reason}")


def _identity(path: Path) -> tuple[Path, tuple[int, int] | None]:
    """The resolved path, and (device, inode) when the file exists (hard links share it)."""
    resolved = Path(os.path.realpath(path))
    try:
        st = path.stat()
    except OSError:
        return resolved, None
    return resolved, (st.st_dev, st.st_ino)


def _same(a: tuple[Path, tuple[int, int] | None], b: tuple[Path, tuple[int, int] | None]) -> bool:
    return a[0] == b[0] or (a[1] is not None and a[1] == b[1])


@dataclass
class _Input:
    path: Path
    table: str | None
    identity: tuple[Path, tuple[int, int] | None]
    directory: bool


@dataclass
class _Target:
    path: Path
    what: str
    table: str | None
    identity: tuple[Path, tuple[int, int] | None]
    staged: Path | None = None
    directory: bool = False  # a directory of files (Spark), replaced as a whole


@dataclass
class OutputPlan:
    """The targets of one run. Claim every target first, stage, then :meth:`commit` (or :meth:`abort`)."""

    force: bool = False
    inputs: list[_Input] = field(default_factory=list)
    targets: list[_Target] = field(default_factory=list)
    _commits: list[Callable[[], None]] = field(default_factory=list)
    _aborts: list[Callable[[], None]] = field(default_factory=list)

    def add_input(self, path: Path | str, table: str | None = None) -> None:
        """An input of the run; a directory means every file in it (a mapping directory)."""
        p = Path(path)
        src = _Input(p, table, _identity(p), p.is_dir())
        self.inputs.append(src)
        claimed, self.targets = self.targets, []
        try:
            for target in claimed:  # targets claimed before this input was known are checked again
                if target.directory:
                    self.claim_directory(target.path, target.what, recheck=True)
                else:
                    self.claim(target.path, target.what, table=target.table, recheck=True)
        finally:
            self.targets = claimed

    def claim(self, path: Path | str, what: str = "output", *, table: str | None = None, recheck: bool = False) -> Path:
        """Check ``path`` against the policy; ``table`` names a table in a DuckDB file (the
        file itself is then updated in place, so only an existing table needs ``--force``)."""
        target = Path(path)
        ident = _identity(target)
        shown = f"{target}:{table}" if table else str(target)
        for src in self.inputs:
            if src.directory:
                if ident[1] is not None and Path(os.path.realpath(target.parent)) == src.identity[0]:
                    raise InputError(f"{shown}: is a file of the input directory {src.path}; choose another {what}")
                continue
            if _same(ident, src.identity) and (table is None or src.table is None or table == src.table):
                raise InputError(
                    f"{shown}: the {what} is the input {src.path}; "
                    f"the input is never overwritten (not even with {option('force')})"
                )
        for other in self.targets:
            if _same(ident, other.identity) and (table is None or other.table is None or table != other.table):
                raise InputError(f"{shown}: the {what} is also the {other.what}; name two different files")
        if target.is_dir():
            raise InputError(f"{shown}: is a directory; name a file as the {what}")
        if recheck:
            return target
        if table is None and ident[1] is not None and not self.force:
            raise InputError(f"{shown}: {what} exists; use {option('force')} to overwrite it")
        directory = target.parent if str(target.parent) else Path()
        if not directory.is_dir():
            raise InputError(f"{shown}: directory {directory} does not exist")
        self.targets.append(_Target(target, what, table, ident))
        return target

    def claim_directory(self, path: Path | str, what: str = "output", *, recheck: bool = False) -> Path:
        """Check a directory target against the policy: never an input, never holding one, never
        inside an input directory; an existing one only with ``force`` (replaced at commit)."""
        target = Path(path)
        ident = _identity(target)
        real = ident[0]
        for src in self.inputs:
            if _same(ident, src.identity) or src.identity[0].is_relative_to(real):
                raise InputError(
                    f"{target}: the {what} is (or holds) the input {src.path}; "
                    f"the input is never overwritten (not even with {option('force')})"
                )
            if src.directory and real.is_relative_to(src.identity[0]):
                raise InputError(f"{target}: is inside the input directory {src.path}; choose another {what}")
        for other in self.targets:
            if _same(ident, other.identity) or other.identity[0].is_relative_to(real):
                raise InputError(f"{target}: the {what} is (or holds) the {other.what}; name two different paths")
        if recheck:
            return target
        if ident[1] is not None and not self.force:
            raise InputError(f"{target}: {what} exists; use {option('force')} to replace it")
        directory = target.parent if str(target.parent) else Path()
        if not directory.is_dir():
            raise InputError(f"{target}: directory {directory} does not exist")
        self.targets.append(_Target(target, what, None, ident, directory=True))
        return target

    def stage_directory(self, path: Path | str) -> Path:
        """A fresh empty directory beside a claimed directory target; the writer fills it."""
        target = self._target(Path(path))
        if target.staged is not None:
            shutil.rmtree(target.staged, ignore_errors=True)
        directory = target.path.parent if str(target.path.parent) else Path()
        remove_orphans(directory)
        try:
            name = tempfile.mkdtemp(prefix=f".{target.path.name}.am-{os.getpid()}-", suffix=".part", dir=directory)
        except OSError as exc:
            raise os_error(target.path, exc) from None
        target.staged = Path(name)
        return target.staged

    def stage(self, path: Path | str) -> Path:
        """A fresh temporary path beside a claimed target; the writer creates the file there."""
        target = self._target(Path(path))
        if target.staged is not None:
            target.staged.unlink(missing_ok=True)
        directory = target.path.parent if str(target.path.parent) else Path()
        remove_orphans(directory)
        try:
            fd, name = tempfile.mkstemp(
                prefix=f".{target.path.name}.am-{os.getpid()}-", suffix=f".part{target.path.suffix}", dir=directory
            )
        except OSError as exc:
            raise os_error(target.path, exc) from None
        os.close(fd)
        staged = Path(name)
        staged.unlink()  # writers create the file themselves (some refuse an existing one)
        target.staged = staged
        return staged

    def on_commit(self, commit: Callable[[], None], abort: Callable[[], None]) -> None:
        """Work done at commit (a DuckDB COMMIT, copying to stdout) and its undo on abort."""
        self._commits.append(commit)
        self._aborts.append(abort)

    def commit(self) -> None:
        """Make every staged output visible: callbacks first, then the renames."""
        for fn in self._commits:
            fn()
        self._commits.clear()
        self._aborts.clear()
        for target in self.targets:
            if target.staged is not None:
                try:
                    if target.directory:
                        _swap_directory(target.staged, target.path)
                    else:
                        target.staged.replace(target.path)
                except OSError as exc:
                    raise os_error(target.path, exc) from None
                target.staged = None

    def abort(self) -> None:
        for fn in self._aborts:
            with contextlib.suppress(Exception):
                fn()
        self._commits.clear()
        self._aborts.clear()
        for target in self.targets:
            if target.staged is not None:
                if target.directory:
                    shutil.rmtree(target.staged, ignore_errors=True)
                else:
                    target.staged.unlink(missing_ok=True)
                target.staged = None

    def _target(self, path: Path) -> _Target:
        for target in self.targets:
            if target.path == path:
                return target
        raise AssertionError(f"{path}: staged without being claimed")  # a programming error


def _swap_directory(staged: Path, target: Path) -> None:
    """Put the staged directory in the target's place: the old target is renamed aside first (put
    back if the second rename fails), then removed."""
    if not target.exists() and not target.is_symlink():
        staged.rename(target)
        return
    aside = Path(f"{staged}-old")
    target.rename(aside)
    try:
        staged.rename(target)
    except OSError:
        aside.rename(target)
        raise
    if aside.is_dir() and not aside.is_symlink():
        shutil.rmtree(aside, ignore_errors=True)
    else:
        aside.unlink(missing_ok=True)


@contextlib.contextmanager
def output_plan(inputs: Iterable[Path | str] = (), *, force: bool = False) -> Iterator[OutputPlan]:
    """A plan committed when the block ends normally, aborted (nothing written) otherwise."""
    plan = OutputPlan(force=force)
    for path in inputs:
        plan.add_input(path)
    try:
        yield plan
    except BaseException:
        plan.abort()
        raise
    try:
        plan.commit()
    except BaseException:
        plan.abort()
        raise


def remove_orphans(directory: Path) -> None:
    """Remove staged files of processes that are gone (a killed run) from ``directory``."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        m = _STAGED.match(entry.name)
        if m and not pid_alive(int(m.group("pid"))):
            with contextlib.suppress(OSError):
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path)
                else:
                    Path(entry.path).unlink()


@contextlib.contextmanager
def atomic_target(
    path: Path, *, force: bool = False, inputs: Iterable[Path | str] = (), what: str = "output"
) -> Iterator[Path]:
    """One target under the policy: yield its staged path, rename it into place on success."""
    with output_plan(inputs, force=force) as plan:
        yield plan.stage(plan.claim(path, what))


def write_frame(df: pl.DataFrame, path: Path, fmt: Format) -> None:
    """Write a small in-memory frame (crosswalks, reports, review files)."""
    from admin_merge.io.writer import write_lazy

    write_lazy(df.lazy(), path, fmt)
