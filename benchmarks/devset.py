"""Write the generated development set of noisy addresses as CSV.

    python benchmarks/devset.py -n 20000 -o devset.csv [--seed 7]

Each row: an address, its noise kind, and the expected answer (the new commune code, or the
successors of a split old commune), and for a text that reads two ways the other reading's codes
(`also`). The generator is admin_merge.testing.devset.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from admin_merge.testing.devset import generate  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("-n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    with args.output.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["address", "kind", "expected", "old_code", "also"])
        for case in generate(args.n, args.seed):
            w.writerow([case.address, case.kind, case.expected, case.old_code, case.also])
    print(f"wrote {args.n:,} cases to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
