"""Dated steps of the register after 1 July 2025 and the unit states of earlier rounds.

A *reform* file (``mappings/reforms/*.yaml``) is one dated step from one snapshot of the
two-level register to the next: the units it renames or re-types (the code is kept,
Decision 19/2025/QĐ-TTg), or, when an entry lists ``sources``, the units it merges into one.
A *history* file (``mappings/history/*.yaml``) lists unit states of the registers before
30 June 2025, each with its successors in the register of 30 June 2025, or (``unresolved``)
communes whose code was retired with no successor established, each with its candidates there.

Both are read through ``yaml.compose`` nodes like the province files, so every value keeps
its raw text and its line: problems name ``file:line:column``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from admin_merge.memo import memoize
from admin_merge.registry.loader import _display, _FileReader, _Loader
from admin_merge.registry.model import Location
from admin_merge.registry.problems import Problem

REFORMS_DIR = "reforms"
HISTORY_DIR = "history"
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
LEVEL_WIDTH = {"province": 2, "district": 3, "commune": 5}

REFORM_KEYS = {"effective_date", "previous", "title", "legal_basis", "totals"}
REFORM_REQUIRED = {"effective_date", "previous"}  # a missing legal basis is AM603
CHANGE_KEYS = {"code", "name", "type", "before", "legal_basis", "source", "sources", "province"}
CHANGE_REQUIRED = {"code", "name", "type"}
BEFORE_KEYS = {"name", "type"}
STEP_SOURCE_KEYS = {"code", "name", "relation", "primary"}
STEP_SOURCE_REQUIRED = {"code", "relation"}
TOTAL_KEYS = ("provinces", "thanh_pho", "tinh", "communes", "xa", "phuong", "dac_khu")
# What a historical state and a retired code with no successor both say of the unit then.
_UNIT_THEN_KEYS = {
    "level",
    "code",
    "name",
    "district",
    "district_name",
    "province",
    "province_name",
    "valid_from",
    "valid_until",
}
STATE_KEYS = _UNIT_THEN_KEYS | {"change", "legal_basis", "successors", "confidence"}
STATE_REQUIRED = {"level", "code", "name", "valid_until", "change", "successors"}
SUCCESSOR_KEYS = {"code", "relation", "level"}
UNRESOLVED_KEYS = _UNIT_THEN_KEYS | {"districts", "candidates_from", "candidates"}
UNRESOLVED_REQUIRED = {"level", "code", "name", "district", "province", "valid_until", "districts", "candidates_from"}
CANDIDATE_KEYS = {"code", "name", "from"}
CANDIDATES_FROM = ("changed", "district")
CHANGES = ("merged", "split", "renamed", "retyped", "moved")
HISTORY_TEXTS = 64  # history files remembered parsed, by content
_PLACEHOLDER = "<history>"


@dataclass(frozen=True, slots=True)
class StepSource:
    """A unit of the previous snapshot that went (wholly or partly) into a unit of this step."""

    code: str
    name: str
    relation: str
    primary: bool
    loc: Location


@dataclass(frozen=True, slots=True)
class UnitChange:
    """One unit of a reform step: its name and type from the effective date on."""

    level: str  # "province" | "commune"
    code: str
    name: str
    type: str
    name_before: str
    type_before: str
    legal_basis: str
    province: str  # communes: the province from the effective date on ("" = unchanged)
    sources: tuple[StepSource, ...]  # empty: the same code, renamed or re-typed
    loc: Location
    name_loc: Location
    before_loc: Location
    basis_loc: Location


@dataclass(frozen=True, slots=True)
class Reform:
    """A dated step from the snapshot in force on ``previous`` to the one in force on ``effective_date``."""

    path: Path
    display: str
    effective_date: str
    previous: str
    title: str
    legal_basis: tuple[str, ...]
    totals: tuple[tuple[str, int], ...]
    changes: tuple[UnitChange, ...]
    loc: Location
    date_loc: Location
    previous_loc: Location
    totals_loc: Location


@dataclass(frozen=True, slots=True)
class Successor:
    code: str
    relation: str  # "whole" | "partial"
    level: str


@dataclass(frozen=True, slots=True)
class HistoryState:
    """A unit as one of the registers before 30 June 2025 wrote it, between two dates."""

    level: str
    code: str
    name: str
    district_code: str
    district_name: str
    province_code: str
    province_name: str
    valid_from: str  # "" = already in force on the first snapshot (31 August 2004)
    valid_until: str
    change: str
    legal_basis: str
    confidence: str
    successors: tuple[Successor, ...]
    loc: Location


@dataclass(frozen=True, slots=True)
class Candidate:
    """A unit of the register of 30 June 2025 that an unresolved retired commune may have gone to."""

    code: str
    name: str
    origin: str  # the unit as the source listed it, when under another code or name then ("" = the same)
    loc: Location


@dataclass(frozen=True, slots=True)
class UnresolvedRetired:
    """A commune of a register before 30 June 2025 whose code was retired with no successor that
    could be established: the districts of 30 June 2025 its district went to, and its candidates
    there (``candidates_from``: ``changed``, the units of its district that changed at the same
    date; ``district``, every unit of those districts)."""

    level: str
    code: str
    name: str
    district_code: str
    district_name: str
    province_code: str
    province_name: str
    valid_from: str
    valid_until: str
    districts: tuple[str, ...]
    candidates_from: str
    candidates: tuple[Candidate, ...]
    loc: Location


class _StepReader(_FileReader):
    def __init__(self, path: Path, display: str) -> None:
        super().__init__(path, display)
        self.unresolved: list[UnresolvedRetired] = []

    def date(self, fields: dict[str, yaml.Node], key: str) -> str:
        node = fields.get(key)
        if node is None:
            return ""
        value = str(node.value) if isinstance(node, yaml.ScalarNode) else ""
        if not DATE_RE.fullmatch(value):
            self.problem(node, "AM104", f"{key} '{value}' must be a date YYYY-MM-DD")
        return value

    def place(self, fields: dict[str, yaml.Node], key: str, default: yaml.Node) -> Location:
        return self.loc(fields.get(key, default))

    def read_reform(self, root: yaml.Node | None) -> Reform | None:
        if root is None:
            self.problems.append(Problem(self.display, 1, 1, "AM002", "file is empty"))
            return None
        top = self.fields(root, {"reform", "provinces", "communes"}, {"reform"}, "the reform file")
        if top is None or "reform" not in top:
            return None
        head_node = top["reform"]
        head = self.fields(head_node, REFORM_KEYS, REFORM_REQUIRED, "reform")
        if head is None:
            return None
        bases: list[str] = []
        basis_node = head.get("legal_basis")
        if isinstance(basis_node, yaml.SequenceNode):
            bases = [str(n.value) for n in basis_node.value if isinstance(n, yaml.ScalarNode) and str(n.value).strip()]
        elif isinstance(basis_node, yaml.ScalarNode) and str(basis_node.value).strip():
            bases = [str(basis_node.value)]
        if not bases:
            self.problem(basis_node or head_node, "AM603", "the reform names no legal basis")
        totals: list[tuple[str, int]] = []
        totals_node = head.get("totals")
        if totals_node is not None:
            tf = self.fields(totals_node, set(TOTAL_KEYS), set(), "totals")
            for key, node in (tf or {}).items():
                if isinstance(node, yaml.ScalarNode) and str(node.value).isdigit():
                    totals.append((key, int(node.value)))
                else:
                    self.problem(node, "AM104", f"total '{key}' must be a whole number")
        changes: list[UnitChange] = []
        for level, key in (("province", "provinces"), ("commune", "communes")):
            for item in self.seq(top, key, "the reform file"):
                change = self.read_change(item, level)
                if change is not None:
                    changes.append(change)
        return Reform(
            path=self.path,
            display=self.display,
            effective_date=self.date(head, "effective_date"),
            previous=self.date(head, "previous"),
            title=self.text(head, "title", "reform"),
            legal_basis=tuple(bases),
            totals=tuple(totals),
            changes=tuple(changes),
            loc=self.loc(head_node),
            date_loc=self.place(head, "effective_date", head_node),
            previous_loc=self.place(head, "previous", head_node),
            totals_loc=self.place(head, "totals", head_node),
        )

    def read_change(self, node: yaml.Node, level: str) -> UnitChange | None:
        f = self.fields(node, CHANGE_KEYS, CHANGE_REQUIRED, level)
        if f is None:
            return None
        code = self.code(f, LEVEL_WIDTH[level], level)
        before_name = before_type = ""
        if "before" in f:
            bf = self.fields(f["before"], BEFORE_KEYS, set(), "before")
            if bf is not None:
                before_name = self.text(bf, "name", "before")
                before_type = self.text(bf, "type", "before")
        basis = self.text(f, "legal_basis", level)
        if "legal_basis" in f and not basis:
            self.problem(f["legal_basis"], "AM603", f"{level} {code} names no legal basis")
        elif "legal_basis" not in f:
            self.problem(node, "AM603", f"{level} {code} names no legal basis")
        sources: list[StepSource] = []
        for item in self.seq(f, "sources", f"{level} {code}"):
            sf = self.fields(item, STEP_SOURCE_KEYS, STEP_SOURCE_REQUIRED, "source")
            if sf is None:
                continue
            primary = sf.get("primary")
            sources.append(
                StepSource(
                    self.code(sf, LEVEL_WIDTH[level], f"source {level}"),
                    self.text(sf, "name", "source"),
                    self.relation(sf, "source"),
                    primary is not None and str(primary.value) == "true",
                    self.loc(item),
                )
            )
        province = ""
        if "province" in f:
            pf = {"code": f["province"]}
            province = self.code(pf, 2, "province")
        return UnitChange(
            level=level,
            code=code,
            name=self.text(f, "name", level),
            type=self.text(f, "type", level),
            name_before=before_name,
            type_before=before_type,
            legal_basis=basis,
            province=province,
            sources=tuple(sources),
            loc=self.loc(f.get("code", node)),
            name_loc=self.place(f, "name", node),
            before_loc=self.place(f, "before", node),
            basis_loc=self.place(f, "legal_basis", node),
        )

    def read_history(self, root: yaml.Node | None) -> list[HistoryState]:
        if root is None:
            self.problems.append(Problem(self.display, 1, 1, "AM002", "file is empty"))
            return []
        top = self.fields(root, {"round", "states", "unresolved"}, set(), "the history file")
        if top is None:
            return []
        if "states" not in top and "unresolved" not in top:
            self.problem(root, "AM102", "the history file lists neither 'states' nor 'unresolved'")
        states = []
        for item in self.seq(top, "states", "the history file"):
            state = self.read_state(item)
            if state is not None:
                states.append(state)
        items = self.seq(top, "unresolved", "the history file")
        for item in items:
            entry = self.read_unresolved(item)
            if entry is not None:
                self.unresolved.append(entry)
        head = (
            self.fields(top["round"], {"year", "successors_in", "unresolved"}, set(), "round")
            if "round" in top
            else None
        )
        stated = (head or {}).get("unresolved")
        if stated is not None:
            value = str(stated.value) if isinstance(stated, yaml.ScalarNode) else ""
            if not value.isdigit():
                self.problem(stated, "AM104", "round 'unresolved' must be a whole number")
            elif int(value) != len(items):
                self.problem(
                    stated, "AM615", f"the file lists {len(items):,} unresolved retired codes, its round says {value}"
                )
        return states

    def read_unresolved(self, node: yaml.Node) -> UnresolvedRetired | None:
        f = self.fields(node, UNRESOLVED_KEYS, UNRESOLVED_REQUIRED, "unresolved retired code")
        if f is None:
            return None
        level = str(f["level"].value) if "level" in f else ""
        if level != "commune":
            self.problem(f.get("level", node), "AM104", f"level '{level}' must be commune")
            return None
        source = str(f["candidates_from"].value) if "candidates_from" in f else ""
        if source not in CANDIDATES_FROM:
            self.problem(
                f.get("candidates_from", node), "AM104", f"candidates_from '{source}' must be changed or district"
            )
        districts = []
        for item in self.seq(f, "districts", "unresolved retired code"):
            districts.append(self.district_code({"district": item}, "unresolved retired code"))
        candidates = []
        for item in self.seq(f, "candidates", "unresolved retired code"):
            cf = self.fields(item, CANDIDATE_KEYS, {"code", "name"}, "candidate")
            if cf is not None:
                candidates.append(
                    Candidate(
                        self.code(cf, LEVEL_WIDTH["commune"], "candidate"),
                        self.text(cf, "name", "candidate"),
                        self.text(cf, "from", "candidate"),
                        self.loc(item),
                    )
                )
        code = self.code(f, LEVEL_WIDTH[level], level)
        if source == "changed" and not candidates:
            self.problem(node, "AM613", f"retired code {code} lists no candidate (candidates_from: changed)")
        if not districts:
            self.problem(node, "AM613", f"retired code {code} names no district of 30 June 2025")
        return UnresolvedRetired(
            level=level,
            code=code,
            name=self.text(f, "name", "unresolved retired code"),
            district_code=self.district_code(f, "unresolved retired code"),
            district_name=self.text(f, "district_name", "unresolved retired code"),
            province_code=self.code({"code": f["province"]}, 2, "province") if "province" in f else "",
            province_name=self.text(f, "province_name", "unresolved retired code"),
            valid_from=self.date(f, "valid_from"),
            valid_until=self.date(f, "valid_until"),
            districts=tuple(districts),
            candidates_from=source,
            candidates=tuple(candidates),
            loc=self.loc(f.get("code", node)),
        )

    def read_state(self, node: yaml.Node) -> HistoryState | None:
        f = self.fields(node, STATE_KEYS, STATE_REQUIRED, "history state")
        if f is None:
            return None
        level = str(f["level"].value) if "level" in f else ""
        if level not in LEVEL_WIDTH:
            self.problem(f.get("level", node), "AM104", f"level '{level}' must be province, district or commune")
            return None
        change = str(f["change"].value) if "change" in f else ""
        if change not in CHANGES:
            self.problem(f.get("change", node), "AM104", f"change '{change}' must be one of {', '.join(CHANGES)}")
        successors = []
        for item in self.seq(f, "successors", "history state"):
            sf = self.fields(item, SUCCESSOR_KEYS, {"code", "relation"}, "successor")
            if sf is None:
                continue
            s_level = str(sf["level"].value) if "level" in sf else level
            if s_level not in LEVEL_WIDTH:
                self.problem(sf["level"], "AM104", f"successor level '{s_level}' is not a level")
                continue
            successors.append(
                Successor(self.code(sf, LEVEL_WIDTH[s_level], "successor"), self.relation(sf, "successor"), s_level)
            )
        if not successors:
            self.problem(node, "AM613", "history state lists no successor")
        district = self.district_code(f, "history state") if "district" in f else ""
        province = self.code({"code": f["province"]}, 2, "province") if "province" in f else ""
        return HistoryState(
            level=level,
            code=self.code(f, LEVEL_WIDTH[level], level),
            name=self.text(f, "name", "history state"),
            district_code=district,
            district_name=self.text(f, "district_name", "history state"),
            province_code=province,
            province_name=self.text(f, "province_name", "history state"),
            valid_from=self.date(f, "valid_from"),
            valid_until=self.date(f, "valid_until"),
            change=change,
            legal_basis=self.text(f, "legal_basis", "history state"),
            confidence=str(f["confidence"].value) if "confidence" in f else "high",
            successors=tuple(successors),
            loc=self.loc(f.get("code", node)),
        )


def _compose(path: Path, reader: _StepReader) -> tuple[yaml.Node | None, bool]:
    try:
        return _compose_text(path.read_text(encoding="utf-8"), reader)
    except UnicodeDecodeError as exc:
        reader.problems.append(Problem(reader.display, 1, 1, "AM001", f"file is not UTF-8 text ({exc.reason})"))
    return None, False


def _compose_text(text: str, reader: _StepReader) -> tuple[yaml.Node | None, bool]:
    try:
        return yaml.compose(text, Loader=_Loader), True
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        reader.problems.append(Problem(reader.display, line, col, "AM001", message))
    except yaml.YAMLError as exc:
        reader.problems.append(Problem(reader.display, 1, 1, "AM001", " ".join(str(exc).split())))
    return None, False


def step_files(directory: Path) -> list[Path]:
    """The reform and history files of a mapping directory (part of the cache key)."""
    found: list[Path] = []
    for sub in (REFORMS_DIR, HISTORY_DIR):
        folder = directory / sub
        if folder.is_dir():
            found += sorted(p for p in folder.glob("*.yaml") if p.is_file())
    return found


def read_reform_file(path: Path) -> tuple[Reform | None, list[Problem]]:
    reader = _StepReader(path, _display(path))
    root, ok = _compose(path, reader)
    return (reader.read_reform(root) if ok else None), reader.problems


def read_history_file(path: Path) -> tuple[list[HistoryState], list[UnresolvedRetired], list[Problem]]:
    """The states and unresolved retired codes of one history file. Parsed once per content in a
    process (the files are large, about 0.7 s for all of them, and every validation of every copy
    of the mappings reads them): the memo is keyed by the text itself, so an edited file is always
    parsed anew."""
    display = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return [], [], [Problem(display, 1, 1, "AM001", f"file is not UTF-8 text ({exc.reason})")]
    states, unresolved, problems = _parse_history(text)
    return (
        [replace(s, loc=replace(s.loc, file=display)) for s in states],
        [
            replace(
                u,
                loc=replace(u.loc, file=display),
                candidates=tuple(replace(c, loc=replace(c.loc, file=display)) for c in u.candidates),
            )
            for u in unresolved
        ],
        [replace(p, file=display) for p in problems],
    )


@memoize(HISTORY_TEXTS)
def _parse_history(
    text: str,
) -> tuple[tuple[HistoryState, ...], tuple[UnresolvedRetired, ...], tuple[Problem, ...]]:
    reader = _StepReader(Path(_PLACEHOLDER), _PLACEHOLDER)
    root, ok = _compose_text(text, reader)
    states = tuple(reader.read_history(root) if ok else ())
    return states, tuple(reader.unresolved), tuple(reader.problems)


def load_steps(directory: Path) -> tuple[list[Reform], list[HistoryState], list[Problem]]:
    """Every reform (in file order) and history state of ``directory``, with reading problems
    (those of the unresolved retired codes too: see ``load_unresolved``)."""
    reforms: list[Reform] = []
    states: list[HistoryState] = []
    problems: list[Problem] = []
    folder = directory / REFORMS_DIR
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            reform, found = read_reform_file(path)
            problems += found
            if reform is not None:
                reforms.append(reform)
    folder = directory / HISTORY_DIR
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            found_states, _, found = read_history_file(path)
            states += found_states
            problems += found
    return reforms, states, problems


def load_unresolved(directory: Path) -> list[UnresolvedRetired]:
    """The unresolved retired codes of ``directory``'s history files (their reading problems are
    those ``load_steps`` reports: the files are parsed once per content)."""
    found: list[UnresolvedRetired] = []
    folder = directory / HISTORY_DIR
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            found += read_history_file(path)[1]
    return found
