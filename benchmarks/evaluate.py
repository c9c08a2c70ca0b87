"""Scoring resolutions against the development set (shared by bench_resolve and the tests)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from admin_merge.matching.model import RESOLVED, Resolution, Status


def outcome(expected: str, res: Resolution, also: str = "") -> str:
    """correct | flagged | guessed | silently_wrong | unresolved.

    ``also``: the new codes of the other reading of a text that reads two ways (see
    admin_merge.testing.devset). Such a case is right when flagged with both readings, or resolved
    to the unit it was written from; resolved to the other reading is a guess (neither right nor
    silently wrong: the text does say it); flagged with only one reading is ``flagged``.
    """
    if also:
        named, other = set(expected.split("|")), set(also.split("|"))
        found = {c for c in (res.new_commune_code, *res.candidates) if c}
        if res.status in RESOLVED:
            if res.new_commune_code in named:
                return "correct"
            return "guessed" if res.new_commune_code in other else "silently_wrong"
        if res.status in (Status.AMBIGUOUS, Status.SPLIT) and found & named:
            return "correct" if found & other else "flagged"
        return "unresolved"
    wanted = expected.split("|")
    if len(wanted) > 1:  # a split commune: must be flagged split with all successors
        if res.status is Status.SPLIT and sorted(res.candidates) == wanted:
            return "correct"
        if res.status in RESOLVED:
            return "silently_wrong"
        return "flagged" if set(wanted) <= set(res.candidates) else "unresolved"
    if res.status in RESOLVED:
        return "correct" if res.new_commune_code == wanted[0] else "silently_wrong"
    if res.status in (Status.AMBIGUOUS, Status.SPLIT) and wanted[0] in res.candidates:
        return "flagged"
    return "unresolved"


@dataclass
class Score:
    by_kind: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, kind: str, result: str) -> None:
        self.by_kind[kind][result] += 1

    def table(self) -> list[tuple[str, int, float, float, float]]:
        rows = []
        total: Counter[str] = Counter()
        for kind, counts in sorted(self.by_kind.items()):
            total.update(counts)
            rows.append(self._row(kind, counts))
        rows.append(self._row("all", total))
        return rows

    @staticmethod
    def _row(kind: str, c: Counter[str]) -> tuple[str, int, float, float, float]:
        n = sum(c.values())
        ok = c["correct"] + c["flagged"]
        return (kind, n, 100 * ok / n, 100 * c["correct"] / n, 100 * c["silently_wrong"] / n)
