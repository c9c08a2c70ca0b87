"""Score the address reader on the independent `clerk` development set.

    python benchmarks/evaluate_clerk.py --n 300 [--seed 7] [--family ocr ...] [--format json]

Every case is scored into exactly one outcome:

- right: what the case expects (`resolved`: exact/fuzzy on a right code; `split`: split or ambiguous
  listing every successor; `ambiguous_ok`: ambiguous listing both readings, or resolved (exact,
  fuzzy or already_new) to the unit named exactly; `already_new`: already_new on the right code);
- within_split: a split old commune resolved to one of its successors (the address may say which);
- guessed_ok: resolved to an acceptable code, but not the expected way (e.g. an `ambiguous_ok` case
  resolved to the near name of the written district, a new-form address read as an old one);
- flagged_right: split/ambiguous with at least one right candidate, but not all that were expected;
- unresolved_wrong: split/ambiguous/unmatched/empty with no right candidate;
- conf_wrong: exact/fuzzy/already_new/decided on a code that is not acceptable (the worst outcome).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from admin_merge.testing.clerk import FAMILIES, Case, Registers, generate, load_registers

OUTCOMES = ("right", "within_split", "guessed_ok", "flagged_right", "unresolved_wrong", "conf_wrong")
RESOLVED = {"exact", "fuzzy", "already_new", "decided"}
FLAGGED = {"split", "ambiguous"}


def _resolver() -> Callable[[str], Any]:
    import admin_merge

    # Modules move; the package's top level is the stable public API.
    get_resolver: Any = getattr(admin_merge, "get_resolver", None)
    reference: Any = getattr(admin_merge, "Reference", None)
    if get_resolver is None or reference is None:
        fallback: Any = getattr(admin_merge, "resolve", None)
        if fallback is None:
            raise SystemExit("admin_merge exposes neither get_resolver nor resolve")
        resolve: Callable[[str], Any] = fallback
        return resolve
    resolver = get_resolver()
    return lambda address: resolver.resolve(reference(address=address))


def _status(res: Any) -> str:
    return str(getattr(res.status, "value", res.status))


def score(case: Case, res: Any) -> str:
    status = _status(res)
    code = res.new_commune_code
    cands = set(res.candidates or ())
    if code:
        cands.add(code)
    expected = set(case.expected_new_codes)
    if status in RESOLVED and code:
        if code not in expected:
            return "conf_wrong"
        if case.expect == "resolved" and status in ("exact", "fuzzy"):
            return "right"
        if case.expect == "already_new" and status == "already_new":
            return "right"
        if case.expect == "ambiguous_ok" and status in RESOLVED and code in case.named_new_codes:
            return "right"
        if case.expect == "split":
            return "within_split"
        return "guessed_ok"
    if status in FLAGGED:
        if case.expect == "split" and expected <= cands:
            return "right"
        if case.expect == "ambiguous_ok" and cands & set(case.named_new_codes) and cands & set(case.near_new_codes):
            return "right"
        if cands & expected:
            return "flagged_right"
    return "unresolved_wrong"


def _describe(codes: tuple[str, ...] | list[str], reg: Registers) -> str:
    names = [f"{c} {reg.new_communes[c].name}" if c in reg.new_communes else c for c in codes]
    return "; ".join(names[:4]) + (f"; +{len(names) - 4}" if len(names) > 4 else "")


def evaluate(n: int, seed: int, families: list[str] | None) -> dict[str, Any]:
    reg = load_registers()
    started = time.perf_counter()
    cases = generate(n, seed, families, registers=reg)
    generated = time.perf_counter() - started
    resolve = _resolver()
    out: dict[str, Any] = {"seed": seed, "n_per_family": n, "families": {}}
    totals: Counter[str] = Counter()
    started = time.perf_counter()
    for family in families or FAMILIES:
        fam_cases = [c for c in cases if c.family == family]
        counts: Counter[str] = Counter()
        examples: dict[str, list[dict[str, Any]]] = {"conf_wrong": [], "unresolved_wrong": []}
        for case in fam_cases:
            res = resolve(case.address)
            outcome = score(case, res)
            counts[outcome] += 1
            if outcome in examples and len(examples[outcome]) < 3:
                examples[outcome].append(
                    {
                        "address": case.address,
                        "expect": case.expect,
                        "expected": _describe(case.expected_new_codes, reg),
                        "status": _status(res),
                        "got": _describe([res.new_commune_code], reg) if res.new_commune_code else None,
                        "candidates": _describe(list(res.candidates or ()), reg),
                        "note": case.note,
                    }
                )
        totals.update(counts)
        total = len(fam_cases)
        out["families"][family] = {
            "n": total,
            "counts": {o: counts[o] for o in OUTCOMES},
            "percent": {o: round(100 * counts[o] / total, 1) if total else 0.0 for o in OUTCOMES},
            "expect": dict(Counter(c.expect for c in fam_cases)),
            "examples": examples,
        }
    total = sum(totals.values())
    out["overall"] = {
        "n": total,
        "counts": {o: totals[o] for o in OUTCOMES},
        "percent": {o: round(100 * totals[o] / total, 1) if total else 0.0 for o in OUTCOMES},
    }
    out["seconds"] = {"generate": round(generated, 2), "resolve": round(time.perf_counter() - started, 2)}
    return out


def render(result: dict[str, Any]) -> str:
    head = f"{'family':<18}{'n':>6}" + "".join(f"{o:>17}" for o in OUTCOMES)
    lines = [f"clerk dev set: seed {result['seed']}, {result['n_per_family']} per family", head, "-" * len(head)]
    rows = [*result["families"].items(), ("OVERALL", result["overall"])]
    for family, fam in rows:
        lines.append(f"{family:<18}{fam['n']:>6}" + "".join(f"{fam['percent'][o]:>16.1f}%" for o in OUTCOMES))
    for family, fam in result["families"].items():
        for kind, items in fam["examples"].items():
            for ex in items:
                lines.append(
                    f"[{family}] {kind}: {ex['address']!r}\n    expect {ex['expect']}: {ex['expected']}\n"
                    f"    got {ex['status']}: {ex['got'] or '-'} | candidates: {ex['candidates'] or '-'} | {ex['note']}"
                )
    lines.append(f"seconds: {result['seconds']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=500, help="cases per family (default 500)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--family", action="append", choices=FAMILIES, help="only these families (repeatable)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    result = evaluate(args.n, args.seed, args.family)
    if args.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(render(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
