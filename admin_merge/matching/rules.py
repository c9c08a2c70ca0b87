"""Rules for split communes: which villages, hamlets or streets of an old commune went to which
successor, as officers know them from their province's lists.

A rule names one partial old commune, one of its successors, the places (street, village,
hamlet names) that went there, and the document that says so. Before a row is left ``split``,
the street part of its address is searched for those places (whole words, with or without
diacritics); when the places found all point to one successor, the row resolves to it with
status ``decided`` and a note citing the rule (file and line). Otherwise it stays ``split``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from admin_merge.matching.codes import normalize_code
from admin_merge.matching.model import Resolution, Status
from admin_merge.registry.crosswalk import Crosswalk
from admin_merge.text.normalize import ascii_key, name_key


@dataclass(frozen=True)
class Problem:
    line: int
    column: int
    message: str


@dataclass(frozen=True)
class RawRule:
    """A rule as written, with the line and column of each field (from the YAML reader)."""

    line: int
    values: dict[str, object]
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    old: str
    new: str
    places: tuple[str, ...]
    source: str
    path: Path
    line: int

    def cite(self) -> str:
        return f"{self.path.name}:{self.line}"


def _words(text: str) -> tuple[str, str]:
    """Both comparison keys, padded so that a place matches whole words only."""
    return f" {name_key(text)} ", f" {ascii_key(text)} "


class SplitRules:
    """The rules of one file, indexed by old commune."""

    def __init__(self, path: Path, rules: list[Rule], names: dict[str, str]) -> None:
        self.path = path
        self.rules = rules
        self.names = names  # new commune code -> name, for notes
        self.by_old: dict[str, list[tuple[Rule, list[tuple[str, str, str]]]]] = {}
        for rule in rules:
            keys = [(place, *_words(place)) for place in rule.places]
            self.by_old.setdefault(rule.old, []).append((rule, keys))

    def __len__(self) -> int:
        return len(self.rules)

    def for_old(self, old: str) -> list[Rule]:
        return [rule for rule, _ in self.by_old.get(old, [])]

    def apply(self, res: Resolution) -> Resolution:
        """``res`` resolved by a rule, or ``res`` itself (not split, no street, no rule that fits)."""
        return self.match(res)[0]

    def match(self, res: Resolution) -> tuple[Resolution, Rule | None]:
        """The resolution after the rules, and the rule that decided it (None: none did)."""
        if res.status is not Status.SPLIT or len(res.old.commune_codes) != 1 or not res.street:
            return res, None
        rules = self.by_old.get(res.old.commune_codes[0])
        if not rules:
            return res, None
        street_name, street_ascii = _words(res.street)
        hits = [
            (rule, place)
            for rule, keys in rules
            for place, key, plain in keys
            if key in street_name or plain in street_ascii
        ]
        targets = {rule.new for rule, _ in hits}
        if len(targets) > 1:
            cited = "; ".join(f"'{place}' -> {rule.new} ({rule.cite()})" for rule, place in hits)
            return replace(res, note=f"{res.note}; rules disagree: {cited}".lstrip("; ")), None
        if not targets:
            return res, None
        rule, place = hits[0]
        name = self.names.get(rule.new, "")
        note = f"rule {rule.cite()}: '{place}' went to {rule.new} {name} ({rule.source}); was split"
        return replace(res, status=Status.DECIDED, score=100.0, new_commune_code=rule.new, note=note), rule


def build_rules(path: Path, raw: list[RawRule], crosswalk: Crosswalk) -> tuple[SplitRules, list[Problem]]:
    """Check the rules against the crosswalk; every problem with its line and column."""
    reg = crosswalk.registers
    problems: list[Problem] = []
    rules: list[Rule] = []
    seen: dict[tuple[str, str], tuple[str, int]] = {}

    def at(entry: RawRule, key: str) -> tuple[int, int]:
        return entry.positions.get(key, (entry.line, 1))

    for entry in raw:
        v = entry.values

        def bad(key: str, message: str, entry: RawRule = entry) -> None:
            line, column = at(entry, key)
            problems.append(Problem(line, column, message))

        missing = [k for k in ("old", "new", "places", "source") if not v.get(k)]
        if missing:
            bad(missing[0], f"rule without {', '.join(missing)} (each rule needs old, new, places, source)")
            continue
        old = normalize_code(v["old"], "commune")
        new = normalize_code(v["new"], "commune")
        if old is None or old not in reg.old_communes:
            bad("old", f"'{v['old']}' is not an old commune code")
            continue
        successors = {row.new_commune_code: row for row in crosswalk.successors(old)}
        if len(successors) < 2:
            bad("old", f"{old} {reg.old_communes[old].name} was not split (a rule is for a partial source)")
            continue
        if new is None or new not in successors:
            listed = ", ".join(f"{c} {r.new_commune_name}" for c, r in sorted(successors.items()))
            bad("new", f"'{v['new']}' is not a successor of {old} {reg.old_communes[old].name} ({listed})")
            continue
        for key, code, unit_name in (
            ("old_name", old, reg.old_communes[old].name),
            ("new_name", new, successors[new].new_commune_name),
        ):
            written = v.get(key)
            if written and name_key(str(written)) != name_key(unit_name):
                bad(key, f"name '{written}' does not match {code} {unit_name}")
        places = v["places"]
        if not isinstance(places, list) or not all(isinstance(p, str) and p.strip() for p in places):
            bad("places", "places must be a list of street, village or hamlet names")
            continue
        for place in places:
            place_key = (old, name_key(place))
            if place_key in seen and seen[place_key][0] != new:
                bad("places", f"'{place}' already goes to {seen[place_key][0]} (line {seen[place_key][1]})")
            seen.setdefault(place_key, (new, entry.line))
        rules.append(Rule(old, new, tuple(p.strip() for p in places), str(v["source"]).strip(), path, entry.line))
    names = {code: unit.name for code, unit in reg.new_communes.items()}
    return SplitRules(path, rules, names), problems
