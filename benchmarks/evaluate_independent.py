"""Score the address reader on the twenty-seven independent noise models (`independent_a.py`,
`independent_b.py`, `independent_c.py`, `independent_d.py`, `independent_e.py`, `independent_f.py`,
`independent_g.py`, `independent_h.py`, `independent_i.py`, `independent_j.py`, `independent_k.py`,
`independent_l.py`, `independent_m.py`, `independent_n.py`, `independent_o.py`, `independent_p.py`,
`independent_q.py`, `independent_r.py`, `independent_s.py`, `independent_t.py`, `independent_u.py`, `independent_v.py`,
`independent_w.py`, `independent_x.py`, `independent_y.py`, `independent_z.py`, `independent_aa.py`).

    python benchmarks/evaluate_independent.py --set a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z|aa [--n 300]
        [--seed S] [--format text|json] [--reference DIR]

The reference CSVs are read from `../shared/reference` beside the checkout (or
`$ADMIN_MERGE_REFERENCE`). Every address is resolved by `admin_merge`'s resolver and classified
into exactly one class, by the testers' own rules:

- right: resolved (exact, fuzzy, already_new, decided) to the one acceptable code, and the text
  names no other unit (set a; in sets b and c the text may name others);
- right_lucky (set a only): resolved to the acceptable code though the text also names other units;
- right_flag: split/ambiguous listing every acceptable code, when the old commune was split or the
  text genuinely names several units (flagging is the right answer);
- flagged_with_truth: split/ambiguous listing the one acceptable code of an unambiguous text;
- flagged_partial_truth: split/ambiguous listing some, not all, acceptable codes;
- confident_on_split: resolved to one successor of a split commune;
- confident_on_ambiguous_text: resolved to another unit the text also names;
- flagged_without_truth: split/ambiguous without any acceptable code;
- right_unmatched (sets m, n and o only): unmatched / empty where the truth is empty (the text
  determines no commune: an address abroad, a province alone, a blank form, a sight placed only by
  its distance from a town); in sets m, n and o a flag on an empty truth
  is flagged_without_truth (it offers units the text does not determine), and a resolved code is
  confident_on_ambiguous_text when the written words fit it literally, else CONFIDENTLY_WRONG;
- unmatched / empty: the resolver's own status;
- CONFIDENTLY_WRONG: resolved to a code that is neither acceptable nor named by the text (the worst);
- EXCEPTION: the resolver raised.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RESOLVED = {"exact", "fuzzy", "already_new", "decided"}
FLAGGED = {"split", "ambiguous"}
CLASSES_A = (
    "right",
    "right_flag",
    "right_lucky",
    "flagged_with_truth",
    "flagged_partial_truth",
    "confident_on_split",
    "confident_on_ambiguous_text",
    "flagged_without_truth",
    "unmatched",
    "CONFIDENTLY_WRONG",
    "EXCEPTION",
)
CLASSES_B = tuple(c for c in CLASSES_A if c != "right_lucky")
CLASSES_M = (*CLASSES_B[:2], "right_unmatched", *CLASSES_B[2:])
EMPTY_TRUTH_SETS = ("m", "n", "o")  # the sets whose empty truth means "no commune can be decided"
SEEDS = {
    "a": 2025,
    "b": 23,
    "c": 1507,
    "d": 4242,
    "e": 3321,
    "f": 2026,
    "g": 1654,
    "h": 1010,
    "i": 2612,
    "j": 3012,
    "k": 1107,
    "l": 1203,
    "m": 1312,
    "n": 2107,
    "o": 15070,
    "p": 1611,
    "q": 1712,
    "r": 1808,
    "s": 1919,
    "t": 2020,
    "u": 3131,
    "v": 4141,
    "w": 4242,
    "x": 5353,
    "y": 6464,
    "z": 7272,
    "aa": 9191,
}  # the seeds of the testers' reported runs


class CaseLike(Protocol):
    @property
    def family(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def truth(self) -> tuple[str, ...]: ...
    @property
    def also_named(self) -> tuple[str, ...]: ...
    @property
    def note(self) -> str: ...


def generator(which: str) -> tuple[tuple[str, ...], Callable[[int, int, Path | None], Sequence[CaseLike]]]:
    """The families and `generate` of set a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x,
    y, z or aa."""
    if which == "a":
        from benchmarks import independent_a as model_a

        return model_a.FAMILIES, model_a.generate
    if which == "b":
        from benchmarks import independent_b as model_b

        return model_b.FAMILIES, model_b.generate
    if which == "c":
        from benchmarks import independent_c as model_c

        return model_c.FAMILIES, model_c.generate
    if which == "d":
        from benchmarks import independent_d as model_d

        return model_d.FAMILIES, model_d.generate
    if which == "e":
        from benchmarks import independent_e as model_e

        return model_e.FAMILIES, model_e.generate
    if which == "f":
        from benchmarks import independent_f as model_f

        return model_f.FAMILIES, model_f.generate
    if which == "g":
        from benchmarks import independent_g as model_g

        return model_g.FAMILIES, model_g.generate
    if which == "h":
        from benchmarks import independent_h as model_h

        return model_h.FAMILIES, model_h.generate
    if which == "i":
        from benchmarks import independent_i as model_i

        return model_i.FAMILIES, model_i.generate
    if which == "j":
        from benchmarks import independent_j as model_j

        return model_j.FAMILIES, model_j.generate
    if which == "k":
        from benchmarks import independent_k as model_k

        return model_k.FAMILIES, model_k.generate
    if which == "l":
        from benchmarks import independent_l as model_l

        return model_l.FAMILIES, model_l.generate
    if which == "m":
        from benchmarks import independent_m as model_m

        return model_m.FAMILIES, model_m.generate
    if which == "n":
        from benchmarks import independent_n as model_n

        return model_n.FAMILIES, model_n.generate
    if which == "o":
        from benchmarks import independent_o as model_o

        return model_o.FAMILIES, model_o.generate
    if which == "p":
        from benchmarks import independent_p as model_p

        return model_p.FAMILIES, model_p.generate
    if which == "q":
        from benchmarks import independent_q as model_q

        return model_q.FAMILIES, model_q.generate
    if which == "r":
        from benchmarks import independent_r as model_r

        return model_r.FAMILIES, model_r.generate
    if which == "s":
        from benchmarks import independent_s as model_s

        return model_s.FAMILIES, model_s.generate
    if which == "t":
        from benchmarks import independent_t as model_t

        return model_t.FAMILIES, model_t.generate
    if which == "u":
        from benchmarks import independent_u as model_u

        return model_u.FAMILIES, model_u.generate
    if which == "v":
        from benchmarks import independent_v as model_v

        return model_v.FAMILIES, model_v.generate
    if which == "w":
        from benchmarks import independent_w as model_w

        return model_w.FAMILIES, model_w.generate
    if which == "x":
        from benchmarks import independent_x as model_x

        return model_x.FAMILIES, model_x.generate
    if which == "y":
        from benchmarks import independent_y as model_y

        return model_y.FAMILIES, model_y.generate
    if which == "z":
        from benchmarks import independent_z as model_z

        return model_z.FAMILIES, model_z.generate
    if which == "aa":
        from benchmarks import independent_aa as model_aa

        return model_aa.FAMILIES, model_aa.generate
    raise ValueError(
        f"unknown set {which!r} (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z or aa)"
    )


def _resolver() -> Callable[[str], Any]:
    from admin_merge.api import get_resolver
    from admin_merge.matching.model import Reference

    resolver = get_resolver()  # the shipped mappings, as `admin-merge resolve` uses them
    return lambda address: resolver.resolve(Reference(address=address))


def classify(res: Any, truth: Sequence[str], named: Sequence[str], lucky: bool, empty_truth: bool = False) -> str:
    """The class of one resolution (see the module docstring); `lucky` keeps set a's right_lucky;
    `empty_truth` (sets m, n and o) reads an empty truth as "no commune can be decided"."""
    status = str(getattr(res.status, "value", res.status))
    t, a = set(truth), set(named)
    if empty_truth and not t:
        if status in {"unmatched", "empty"}:
            return "right_unmatched"
        if status in FLAGGED:
            return "flagged_without_truth"
    if status in RESOLVED:
        code = res.new_commune_code
        if code in t:
            if len(t) > 1:
                return "confident_on_split"
            if lucky and len(a) > 1:
                return "right_lucky"
            return "right"
        if code in a:
            return "confident_on_ambiguous_text"
        return "CONFIDENTLY_WRONG"
    if status in FLAGGED:
        cands = set(res.candidates) | ({res.new_commune_code} if res.new_commune_code else set())
        if t <= cands:
            return "right_flag" if len(t) > 1 or len(a) > 1 else "flagged_with_truth"
        if t & cands:
            return "flagged_partial_truth"
        return "flagged_without_truth"
    return status


def _percent(counts: Counter[str], classes: Sequence[str], n: int) -> dict[str, float]:
    return {c: round(100 * counts[c] / n, 1) if n else 0.0 for c in classes}


def evaluate(which: str, n: int, seed: int, reference: Path | None = None, examples: int = 3) -> dict[str, Any]:
    """Per-family counts and percentages of every class; `reference`: the reference CSVs' directory."""
    families, generate = generator(which)
    classes = CLASSES_A if which == "a" else CLASSES_M if which in EMPTY_TRUTH_SETS else CLASSES_B
    started = time.perf_counter()
    cases = generate(n, seed, reference)
    generated = time.perf_counter() - started
    resolve = _resolver()
    started = time.perf_counter()
    per_family: dict[str, Counter[str]] = {f: Counter() for f in families}
    wrong: dict[str, list[dict[str, Any]]] = {f: [] for f in families}
    for case in cases:
        try:
            res = resolve(case.address)
        except Exception as exc:  # the testers count a crash as a class of its own
            per_family[case.family]["EXCEPTION"] += 1
            wrong[case.family].append({"address": case.address, "class": "EXCEPTION", "error": repr(exc)[:200]})
            continue
        cls = classify(res, case.truth, case.also_named, lucky=which == "a", empty_truth=which in EMPTY_TRUTH_SETS)
        per_family[case.family][cls] += 1
        if cls == "CONFIDENTLY_WRONG" and len(wrong[case.family]) < examples:
            wrong[case.family].append(
                {
                    "address": case.address,
                    "class": cls,
                    "truth": list(case.truth),
                    "status": str(res.status),
                    "got": res.new_commune_code,
                    "note": case.note,
                }
            )
    totals: Counter[str] = Counter()
    out: dict[str, Any] = {"set": which, "seed": seed, "n_per_family": n, "classes": list(classes), "families": {}}
    for family, counts in per_family.items():
        totals.update(counts)
        total = sum(counts.values())
        out["families"][family] = {
            "n": total,
            "counts": dict(counts),
            "percent": _percent(counts, classes, total),
            "wrong_examples": wrong[family],
        }
    total = sum(totals.values())
    out["overall"] = {"n": total, "counts": dict(totals), "percent": _percent(totals, classes, total)}
    out["seconds"] = {"generate": round(generated, 2), "resolve": round(time.perf_counter() - started, 2)}
    return out


def render(result: dict[str, Any]) -> str:
    classes: list[str] = result["classes"]
    lines = [f"independent set {result['set']}: seed {result['seed']}, {result['n_per_family']} per family"]
    lines.append("family".ljust(18) + "".join(c[:10].rjust(11) for c in classes))
    rows = [*result["families"].items(), ("ALL", result["overall"])]
    for family, fam in rows:
        lines.append(family.ljust(18) + "".join(f"{fam['percent'][c]:10.1f}%" for c in classes))
    for family, fam in result["families"].items():
        for ex in fam["wrong_examples"]:
            lines.append(f"[{family}] {ex['class']}: {ex['address']!r} {json.dumps(ex, ensure_ascii=False)}")
    lines.append(f"seconds: {result['seconds']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--set",
        dest="which",
        choices=tuple(SEEDS),
        required=True,
        help="noise model a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z or aa",
    )
    parser.add_argument("--n", type=int, default=300, help="cases per family (default 300)")
    parser.add_argument(
        "--seed",
        type=int,
        help="default: 2025 for set a, 23 for set b, 1507 for set c, 4242 for set d, 3321 for set e, 2026 for set f, "
        "1654 for set g, 1010 for set h, 2612 for set i, 3012 for set j, 1107 for set k, 1203 for set l, "
        "1312 for set m, 2107 for set n, 15070 for set o, 1611 for set p, 1712 for set q, 1808 for set r, "
        "1919 for set s, 2020 for set t, 3131 for set u, 4141 for set v, 4242 for set w, 5353 for set x, "
        "6464 for set y, 7272 for set z, 9191 for set aa",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--reference", type=Path, help="the reference CSVs (default: ../shared/reference)")
    args = parser.parse_args(argv)
    seed = SEEDS[args.which] if args.seed is None else args.seed
    from benchmarks.independent_a import reference_dir

    reference: Path = args.reference or reference_dir()
    if not (reference / "commune_mapping.csv").is_file():
        parser.error(f"{reference}: no reference CSVs there (pass --reference DIR or set $ADMIN_MERGE_REFERENCE)")
    result = evaluate(args.which, args.n, seed, reference)
    if args.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(render(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
