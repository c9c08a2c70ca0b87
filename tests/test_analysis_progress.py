"""Progress of every phase, on a terminal only: counts and time left on stderr, nothing on stdout."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from admin_merge.runtime.watch import LineCounter, bytes_read_since_now, sampling
from tests.conftest import SAMPLE

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _run_on_terminal(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run the CLI with stderr on a pseudo-terminal and stdout to a file (not a terminal)."""
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS", "NO_COLOR")}
    env.update(TERM="xterm-256color", COLUMNS="160", LINES="50")
    payload = cwd / "stdout.txt"
    with payload.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "admin_merge", *args], cwd=cwd, stdout=out, stderr=follower, env=env
        )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process is gone
            break
        if not data:
            break
        chunks.append(data)
    code = proc.wait(timeout=300)
    stdout = payload.read_text(encoding="utf-8")
    os.close(leader)
    return code, stdout, ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))


@pytest.mark.skipif(sys.platform != "linux", reason="pseudo-terminal and /proc/self/io")
def test_every_phase_shows_counts_on_a_terminal_and_nothing_on_stdout(tmp_path: Path) -> None:
    code, stdout, screen = _run_on_terminal(
        ["migrate", str(SAMPLE / "households.csv"), "-o", "out.csv", "--format", "json"], tmp_path
    )
    assert code == 0, screen
    assert stdout.lstrip().startswith("{") and "Reading" not in stdout  # the JSON payload only
    size = (SAMPLE / "households.csv").stat().st_size
    for phase in ("Reading the input", "Resolving distinct references", "Joining back and writing"):
        assert phase in screen, screen
    assert "3,000/3,000 rows" in screen and "left" in screen and "elapsed" in screen
    assert f"{size / 1000:.1f} kB" in screen  # bytes read out of the input's size
    code, stdout, screen = _run_on_terminal(["report", "out.csv", "--format", "json"], tmp_path)
    assert code == 0 and stdout.lstrip().startswith("{")
    assert "Reading the input" in screen and "Building the tables" in screen and "3,000/3,000 rows" in screen
    code, _, screen = _run_on_terminal(["review", "export", "out.csv", "-o", "review.csv"], tmp_path)
    assert code == 0 and "Resolving distinct references" in screen and "Writing the review file" in screen
    code, _, screen = _run_on_terminal(["diff", str(SAMPLE / "households.csv"), "out.csv", "-q"], tmp_path)
    assert code == 1 and "Reading" not in screen  # --quiet


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "admin_merge", "migrate", str(SAMPLE / "households.csv"), "-o", "o.csv"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "CI"},
        check=True,
    )
    assert "Reading the input" not in run.stderr and "3,000 rows written" in run.stderr
    assert run.stdout == ""


def test_measures_bytes_read_and_lines_written(tmp_path: Path) -> None:
    measure = bytes_read_since_now()
    if measure is None:
        pytest.skip("/proc/self/io is not available")
    data = SAMPLE / "households.csv"
    data.read_bytes()
    assert measure() >= data.stat().st_size
    growing = tmp_path / "out.csv"
    seen: list[int] = []
    counter = LineCounter(growing)
    with sampling(counter, seen.append, interval=0.01), growing.open("w") as fh:
        for i in range(1000):
            fh.write(f"{i},x\n")
    assert seen[-1] == 1000 and seen == sorted(seen)
