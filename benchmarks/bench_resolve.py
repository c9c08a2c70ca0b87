"""Accuracy and throughput of address resolution.

    python benchmarks/bench_resolve.py [--devset 24000] [--distinct 200000] [--rows 1000000]

1. Accuracy per noise kind on the generated development set (benchmarks/devset.py): right unit
   or correctly flagged (split with all successors / ambiguous with the right one among the
   candidates), strictly right, and *silently wrong* (a wrong unit given as exact/fuzzy/already_new).
2. Throughput of the resolver on all-distinct addresses (fresh process, cold caches).
3. End to end: `migrate` of a CSV with --rows address rows drawn from 50,000 distinct addresses.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.devset import generate  # noqa: E402
from benchmarks.evaluate import Score, outcome  # noqa: E402


def accuracy(n: int) -> None:
    import admin_merge as am
    from admin_merge.matching.model import Reference

    resolver = am.get_resolver()
    score = Score()
    started = time.perf_counter()
    for case in generate(n, seed=7):
        score.add(case.kind, outcome(case.expected, resolver.resolve(Reference(address=case.address))))
    seconds = time.perf_counter() - started
    print(f"\n1. accuracy on {n:,} development cases ({seconds:.1f} s)")
    print(f"{'kind':14} {'cases':>7} {'right or flagged':>17} {'right':>8} {'silently wrong':>15}")
    for kind, cases, ok, right, wrong in score.table():
        print(f"{kind:14} {cases:7,} {ok:16.2f}% {right:7.2f}% {wrong:14.2f}%")


def throughput(n: int, kinds: str, label: str) -> None:
    """All-distinct addresses resolved in a fresh process (cold caches), on every core."""
    code = f"""
import sys, time
sys.path.insert(0, {str(REPO)!r})
from benchmarks.devset import generate
import admin_merge as am
from admin_merge.matching.model import Reference
from admin_merge.matching.parallel import default_workers, resolve_all
kinds = {kinds!r}.split(",") if {kinds!r} else None
cases = [c for c in generate({n} * (1 if not kinds else 12 // len(kinds) + 1), seed=3) if not kinds or c.kind in kinds]
addresses = list(dict.fromkeys(c.address for c in cases))[:{n}]
resolver = am.get_resolver()
refs = [Reference(address=a) for a in addresses]
t = time.perf_counter()
resolve_all(resolver, refs)
s = time.perf_counter() - t
print(len(addresses), s, default_workers())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    count, seconds, workers = int(out[0]), float(out[1]), int(out[2])
    print(
        f"   {label}: {count:,} distinct addresses in {seconds:.2f} s = {count / seconds:,.0f}/s "
        f"({workers} processes, cold caches)"
    )


def end_to_end(rows: int, distinct: int, kinds: str = "") -> None:
    """`migrate` of an address CSV in a new process: read, resolve, join back, write, check."""
    rng = random.Random(5)
    wanted = set(kinds.split(",")) if kinds else None
    cases = generate(distinct * (3 if wanted else 1), seed=11)
    pool = list(dict.fromkeys(c.address for c in cases if wanted is None or c.kind in wanted))[:distinct]
    with tempfile.TemporaryDirectory(prefix="bench-resolve-") as tmp:
        src = Path(tmp) / "addresses.csv"
        with src.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "dia_chi"])
            for i in range(rows):
                w.writerow([i, pool[i] if rows == len(pool) else rng.choice(pool)])
        started = time.perf_counter()
        command = [
            sys.executable,
            "-m",
            "admin_merge",
            "migrate",
            str(src),
            "-o",
            str(Path(tmp) / "out.csv"),
            "--address-col",
            "dia_chi",
            "--quiet",
            "--format",
            "json",
        ]
        proc = subprocess.run(command, capture_output=True, text=True, check=True)
        seconds = time.perf_counter() - started
        import json

        report = json.loads(proc.stdout)
        print(
            f"   {rows:,} rows, {report['distinct_references']:,} distinct addresses: {seconds:.2f} s "
            f"({rows / seconds:,.0f} rows/s, including start-up and loading the mappings); "
            f"statuses {report['statuses']}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--devset", type=int, default=24_000)
    parser.add_argument("--distinct", type=int, default=200_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    accuracy(args.devset)
    print("\n2. resolver throughput (admin_merge.matching.parallel.resolve_all)")
    throughput(
        args.distinct,
        "clean,abbreviated,no_diacritics,upper,separators,split",
        "register-like (well-formed old addresses: full, abbreviated, ASCII, capitals)",
    )
    throughput(args.distinct, "", "dev-set mix (all 12 noise kinds, incl. typos and missing levels)")
    print("\n3. migrate end to end (CSV in -> CSV out, new process)")
    end_to_end(args.rows, 50_000)
    end_to_end(args.distinct, args.distinct, "clean,abbreviated,no_diacritics,upper,separators,split")


if __name__ == "__main__":
    main()
