"""Process-wide means (worker processes, the garbage collector, signal handlers) are the
caller's choice: a library call leaves its process as it found it; the CLI opts in."""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import polars as pl
import pytest

import admin_merge as am
from admin_merge.errors import WorkerError
from admin_merge.matching.model import Reference, Resolution
from admin_merge.matching.resolver import Resolver
from admin_merge.runtime import parallel
from admin_merge.runtime.policy import policy
from admin_merge.testing.devset import generate
from tests.conftest import REPO

FEW = 100  # PARALLEL_MIN in these tests: workers start for more distinct references than this


def _address_file(path: Path, count: int) -> Path:
    distinct = list(dict.fromkeys(c.address for c in generate(count + count // 4, seed=21)))[:count]
    assert len(distinct) == count
    pl.DataFrame({"id": range(len(distinct)), "dia_chi": distinct}).write_csv(path)
    return path


@pytest.fixture(scope="module")
def addresses(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More distinct addresses than it takes to start workers (with PARALLEL_MIN = FEW)."""
    return _address_file(tmp_path_factory.mktemp("runtime") / "addresses.csv", 20 * FEW)


@pytest.fixture
def few(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_MIN", FEW)


STATE_SCRIPT = """
import gc, json, os, signal, sys
forks = []
os.register_at_fork(before=lambda: forks.append(1))
gc.set_threshold(1234, 11, 12)
if sys.argv[3] == "disabled":
    gc.disable()
def handler(signum, frame):
    pass
signal.signal(signal.SIGTERM, handler)
def state():
    return [gc.isenabled(), gc.get_threshold(), gc.get_freeze_count(),
            repr(signal.getsignal(signal.SIGINT)), repr(signal.getsignal(signal.SIGTERM))]
before = state()
import admin_merge as am
import admin_merge.runtime.parallel
admin_merge.runtime.parallel.PARALLEL_MIN = int(sys.argv[4])  # workers would start, were they allowed
am.resolve("Phường Bến Nghé, Quận 1, TP.HCM")
report = am.migrate(sys.argv[1], sys.argv[2], address_col="dia_chi")
print(json.dumps({"before": before, "after": state(), "forks": len(forks), "rows": report.rows_out}))
"""


@pytest.mark.parametrize("collector", ["enabled", "disabled"])
def test_library_calls_leave_the_process_as_they_found_it(addresses: Path, tmp_path: Path, collector: str) -> None:
    run = subprocess.run(
        [sys.executable, "-c", STATE_SCRIPT, str(addresses), str(tmp_path / "out.csv"), collector, str(FEW)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    data = json.loads(run.stdout)
    assert data["after"] == data["before"]
    assert data["before"][0] is (collector == "enabled")
    assert data["forks"] == 0  # no worker process unless the caller asks for some
    assert data["rows"] > FEW


def test_the_policy_a_caller_chooses_applies_only_inside_its_block(addresses: Path, tmp_path: Path, few: None) -> None:
    """With the CLI's policy the collector is off while references are resolved and workers
    are forked; afterwards everything is back as it was."""
    forks: list[int] = []
    os.register_at_fork(before=lambda: forks.append(1))
    collector_on: list[bool] = []

    def progress(stage: str, done: int, total: int | None) -> None:
        if stage == "resolving":
            collector_on.append(gc.isenabled())

    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    with policy(workers=2, pause_gc=True):
        paused = am.migrate(addresses, tmp_path / "a.csv", address_col="dia_chi", progress=progress)
    assert collector_on and not any(collector_on)
    assert forks, "no worker was forked under a policy of two workers"
    assert gc.isenabled() and gc.get_threshold() == threshold and gc.get_freeze_count() == frozen

    forks.clear()
    collector_on.clear()
    plain = am.migrate(addresses, tmp_path / "b.csv", address_col="dia_chi", progress=progress)
    assert collector_on and all(collector_on) and not forks
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert paused.statuses == plain.statuses


def test_a_program_that_froze_objects_keeps_them_frozen(addresses: Path, tmp_path: Path, few: None) -> None:
    marker: list[object] = [object()]
    gc.freeze()
    try:
        assert all(o is not marker for o in gc.get_objects())  # frozen: out of the collector's view
        with policy(workers=2, pause_gc=True):
            am.migrate(addresses, tmp_path / "out.csv", address_col="dia_chi")
        assert gc.get_freeze_count() > 0
        assert all(o is not marker for o in gc.get_objects())
    finally:
        gc.unfreeze()
    assert any(o is marker for o in gc.get_objects())


class FailsInWorkers(Resolver):
    """Fails in any process but the one that built it; that one waits until a worker has
    started failing, so the failure surely comes from a worker."""

    def __init__(self, resolver: Resolver) -> None:
        super().__init__(resolver.crosswalk)
        self.parent = os.getpid()
        self.failing = multiprocessing.get_context("fork").Event()

    def resolve(self, ref: Reference) -> Resolution:
        if os.getpid() != self.parent:
            self.failing.set()
            raise ValueError(f"boom in a worker on {ref.commune}")
        assert self.failing.wait(timeout=60), "no worker claimed a bucket"
        return super().resolve(ref)


def test_a_failing_worker_raises_worker_error_with_the_cause(few: None) -> None:
    resolver = FailsInWorkers(am.get_resolver())
    # Twelve districts: references are cut into buckets by district, one bucket per process at a time.
    refs = [
        Reference(province="Hồ Chí Minh", district=f"Quận {i % 12 + 1}", commune=f"Phường {i % 10 + 1}")
        for i in range(20 * FEW)
    ]
    with policy(workers=2), pytest.raises(WorkerError, match="ValueError: boom in a worker") as caught:
        parallel.resolve_all(resolver, refs)
    assert isinstance(caught.value.__cause__, ValueError)
    assert str(caught.value.__cause__).startswith("boom in a worker on Phường")


def _alive(pgid: int) -> list[int]:
    """Processes of a process group that are still running (zombies are dead)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, group = fields[0], int(fields[2])
        if group == pgid and state != "Z":
            alive.append(int(entry.name))
    return alive


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    """kill -9 of the parent while workers resolve: no worker survives it, and a pipe reading
    the run's output (``admin-merge ... 2>&1 | tee log``) reaches its end."""
    # Enough distinct addresses for the CLI to start workers, and to be seen resolving.
    addresses = _address_file(tmp_path / "addresses.csv", parallel.PARALLEL_MIN + 5_000)
    args = ["migrate", str(addresses), "-o", str(tmp_path / "out.csv"), "--address-col", "dia_chi", "--workers", "2"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "admin_merge", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        cwd=REPO,
    )
    assert proc.stdout is not None
    reached_end = threading.Event()

    def drain() -> None:
        assert proc.stdout is not None
        while proc.stdout.read(65536):
            pass
        reached_end.set()

    threading.Thread(target=drain, daemon=True).start()
    workers: list[str] = []
    deadline = time.monotonic() + 120
    while not workers and proc.poll() is None and time.monotonic() < deadline:
        workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert workers, "no worker process was seen before the run ended"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert reached_end.wait(timeout=10), "the output pipe stayed open: a worker outlived its parent"
    deadline = time.monotonic() + 2
    while _alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(proc.pid)
