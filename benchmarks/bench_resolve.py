"""Accuracy and throughput of address resolution.

    python benchmarks/bench_resolve.py [--devset 24000] [--distinct 200000] [--rows 1000000] [--repeat 3]
                                       [--clerk 300] [--skip-devset-throughput]

1. Accuracy per noise kind on the generated development set (admin_merge/testing/devset.py): right unit
   or correctly flagged (split with all successors / ambiguous with the right one among the
   candidates), strictly right, and *silently wrong* (a wrong unit given as exact/fuzzy/already_new);
   then per family on the independent clerk set (admin_merge.testing.clerk, scored by
   benchmarks/evaluate_clerk.py) when it is present.
2. Throughput of the resolver on all-distinct addresses (fresh process, cold caches): the
   register-like and dev-set mixes, and the harder set (all-distinct clerk addresses).
3. End to end: `migrate` of a CSV with --rows address rows drawn from 50,000 distinct addresses,
   and of --distinct all-distinct addresses of the harder set.
The timed processes (2. and 3.) start in a temporary directory and import the installed package
(compiled by `pip install .`, pure Python by `pip install -e .`); which one is printed first.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from admin_merge.testing.devset import generate  # noqa: E402
from benchmarks.evaluate import Score, outcome  # noqa: E402
from benchmarks.installed import installed_build  # noqa: E402


def accuracy(n: int) -> None:
    import admin_merge as am
    from admin_merge.matching.model import Reference

    resolver = am.get_resolver()
    score = Score()
    started = time.perf_counter()
    for case in generate(n, seed=7):
        score.add(case.kind, outcome(case.expected, resolver.resolve(Reference(address=case.address)), case.also))
    seconds = time.perf_counter() - started
    print(f"\n1. accuracy on {n:,} development cases ({seconds:.1f} s)")
    print(f"{'kind':14} {'cases':>7} {'right or flagged':>17} {'right':>8} {'silently wrong':>15}")
    for kind, cases, ok, right, wrong in score.table():
        print(f"{kind:14} {cases:7,} {ok:16.2f}% {right:7.2f}% {wrong:14.2f}%")


def clerk_addresses(n: int, seed: int) -> list[str] | None:
    """``n`` distinct addresses of the independent clerk generator (all families), or None."""
    try:
        from admin_merge.testing.clerk import FAMILIES
        from admin_merge.testing.clerk import generate as clerk_generate
    except ImportError:
        return None
    per_family = n // len(FAMILIES) + 1
    addresses = list(dict.fromkeys(c.address for c in clerk_generate(per_family, seed)))
    random.Random(seed).shuffle(addresses)
    return addresses[:n]


def clerk_accuracy(n: int) -> None:
    try:
        sys.path.insert(0, str(REPO / "benchmarks"))
        from evaluate_clerk import evaluate, render
    except ImportError:
        return
    print(f"\n1b. accuracy on the clerk set ({n} per family, seed 7)")
    print(render(evaluate(n, 7, None)).split("\n[")[0])


def throughput(n: int, kinds: str, label: str, repeat: int = 1, addresses: list[str] | None = None) -> None:
    """All-distinct addresses resolved in a fresh process (cold caches), on every core with the
    collector paused (the CLI's runtime policy); with
    ``repeat`` > 1 each run is a new process and the median, fastest and slowest are printed
    (run-to-run noise on a shared 2-core machine is +-20 %). The addresses are generated here
    and handed over in a file, so that the timed process holds what `migrate` would: the
    loaded mappings and the references."""
    if addresses is None:
        wanted = set(kinds.split(",")) if kinds else None
        cases = generate(n * (12 // len(wanted) + 1 if wanted else 1), seed=3)
        addresses = list(dict.fromkeys(c.address for c in cases if wanted is None or c.kind in wanted))[:n]
        del cases
    with tempfile.TemporaryDirectory(prefix="bench-resolve-") as tmp:
        path = Path(tmp) / "addresses.json"
        path.write_text(json.dumps(addresses, ensure_ascii=False), encoding="utf-8")
        runs = [_throughput_once(path) for _ in range(repeat)]
    count, workers = runs[0][0], runs[0][2]
    times = sorted(r[1] for r in runs)
    median = statistics.median(times)
    spread = f" (median of {repeat}; fastest {times[0]:.2f} s, slowest {times[-1]:.2f} s)" if repeat > 1 else ""
    print(
        f"   {label}: {count:,} distinct addresses in {median:.2f} s = {count / median:,.0f}/s "
        f"({workers} processes, cold caches){spread}"
    )


def _throughput_once(path: Path) -> tuple[int, float, int]:
    code = f"""
import json, sys, time
import admin_merge as am
from admin_merge.matching.model import Reference
from admin_merge.runtime.parallel import resolve_all
from admin_merge.runtime.policy import bulk_work, default_workers, policy
addresses = json.loads(open({str(path)!r}, encoding="utf-8").read())
resolver = am.get_resolver()
refs = [Reference(address=a) for a in addresses]
t = time.perf_counter()
with policy(workers=default_workers(), pause_gc=True), bulk_work():  # as the CLI does
    resolve_all(resolver, refs)
s = time.perf_counter() - t
print(len(addresses), s, default_workers())
"""
    # From the temporary directory: the installed package, not the checkout.
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=path.parent, capture_output=True, text=True, check=True
    ).stdout.split()
    return int(out[0]), float(out[1]), int(out[2])


def end_to_end(rows: int, distinct: int, kinds: str = "", pool: list[str] | None = None, label: str = "") -> None:
    """`migrate` of an address CSV in a new process: read, resolve, join back, write, check."""
    rng = random.Random(5)
    if pool is None:
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
        proc = subprocess.run(command, cwd=tmp, capture_output=True, text=True, check=True)
        seconds = time.perf_counter() - started

        report = json.loads(proc.stdout)
        print(
            f"   {label}{rows:,} rows, {report['distinct_references']:,} distinct addresses: {seconds:.2f} s "
            f"({rows / seconds:,.0f} rows/s, including start-up and loading the mappings); "
            f"statuses {report['statuses']}"
        )


def house_numbers(pool: list[str], units: int, rows: int, seed: int = 9) -> tuple[list[str], int]:
    """``rows`` distinct addresses as a register holds them, and how many unit parts they share:
    the first ``units`` addresses of ``pool`` that start with a house, group or hamlet number
    (``Số 124``, ``Tổ 35``, ``Thôn 21``...), each repeated with other numbers (29-4,999, bare ones
    100-4,999: none names a unit), shuffled."""
    from admin_merge.matching.numbered import _NUMBERED

    rng = random.Random(seed)
    bases: dict[tuple[str, str], range] = {}
    for address in pool:
        m = _NUMBERED.match(address)
        if m is not None and len(bases) < units:
            group = "after" if m.start("after") >= 0 else "bare"  # a bare number: 3 digits or more
            bases[(address[: m.start(group)], address[m.end(group) :])] = range(29 if group == "after" else 100, 5_000)
    if not bases:
        raise SystemExit("no address of the pool starts with a house or hamlet number")
    per = -(-rows // len(bases))
    out = [
        f"{before}{n}{after}"
        for (before, after), numbers in bases.items()
        for n in rng.sample(numbers, min(per, len(numbers)))  # fewer rows when --units is small
    ]
    out = list(dict.fromkeys(out))[:rows]
    rng.shuffle(out)
    return out, len(bases)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--devset", type=int, default=24_000)
    parser.add_argument("--distinct", type=int, default=200_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per throughput figure")
    parser.add_argument("--units", type=int, default=50_000, help="addresses the register's house numbers repeat")
    parser.add_argument("--clerk", type=int, default=300, help="clerk cases per family for accuracy (0: skip)")
    parser.add_argument("--skip-devset-throughput", action="store_true", help="only the harder set's throughput")
    args = parser.parse_args()
    print(f"timed processes import {installed_build()}")
    accuracy(args.devset)
    if args.clerk:
        clerk_accuracy(args.clerk)
    print("\n2. resolver throughput (admin_merge.runtime.parallel.resolve_all)")
    if not args.skip_devset_throughput:
        throughput(
            args.distinct,
            "clean,abbreviated,no_diacritics,upper,separators,split",
            "register-like (well-formed old addresses: full, abbreviated, ASCII, capitals)",
            args.repeat,
        )
        throughput(args.distinct, "", "dev-set mix (all 12 noise kinds, incl. typos and missing levels)", args.repeat)
    harder = clerk_addresses(args.distinct, seed=3)
    if harder is not None:
        throughput(len(harder), "", "harder set (all-distinct clerk addresses, 12 families)", args.repeat, harder)
    print("\n3. migrate end to end (CSV in -> CSV out, new process)")
    end_to_end(args.rows, 50_000)
    if not args.skip_devset_throughput:
        end_to_end(args.distinct, args.distinct, "clean,abbreviated,no_diacritics,upper,separators,split")
    if harder is not None:
        pool = clerk_addresses(50_000, seed=5)
        end_to_end(args.rows, 50_000, pool=pool, label="harder set: ")
        end_to_end(len(harder), len(harder), pool=harder, label="harder set, all distinct: ")
        # A register: every row distinct, its unit part shared with other houses of its street.
        houses, units = house_numbers(clerk_addresses(4 * args.units, seed=13) or [], args.units, args.rows)
        label = f"register, every row distinct (house numbers over {units:,} unit parts): "
        end_to_end(len(houses), len(houses), pool=houses, label=label)


if __name__ == "__main__":
    main()
