"""Load mapping YAML files through ``yaml.compose`` nodes.

Working on nodes (not ``safe_load``) keeps the raw text of every scalar and its line and
column: ``00001`` stays ``00001``, ``no`` is not turned into ``False``, duplicate keys are
seen instead of silently overwritten, and every problem can name its exact place.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path

import yaml

from admin_merge.errors import MappingError
from admin_merge.registry.model import (
    DistrictSource,
    Location,
    MappingFile,
    MappingSet,
    MergedFrom,
    NewCommuneEntry,
    ProvinceEntry,
    Source,
)
from admin_merge.registry.problems import Problem
from admin_merge.registry.registers import Registers, load_registers

try:  # libyaml is much faster; fall back to the pure-Python loader.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

_QUOTED = ('"', "'")
_STR_TAG = "tag:yaml.org,2002:str"

PROVINCE_KEYS = {"code", "name", "type", "legal_basis", "effective_date", "merged_from"}
PROVINCE_REQUIRED = PROVINCE_KEYS
COMMUNE_KEYS = {"code", "name", "type", "legal_basis", "note", "sources", "districts"}
COMMUNE_REQUIRED = {"code", "name", "type", "legal_basis", "sources"}
SOURCE_KEYS = {"code", "name", "district", "relation", "primary", "primary_basis", "note"}
SOURCE_REQUIRED = {"code", "name", "district", "relation"}
DISTRICT_KEYS = {"code", "name", "relation"}
MERGED_KEYS = {"code", "name"}
TOP_KEYS = {"province", "communes"}
RELATIONS = ("whole", "partial")


class _FileReader:
    """Turns the node tree of one file into model objects, collecting problems on the way."""

    def __init__(self, path: Path, display: str) -> None:
        self.path = path
        self.display = display
        self.problems: list[Problem] = []

    def loc(self, node: yaml.Node) -> Location:
        return Location(self.display, node.start_mark.line + 1, node.start_mark.column + 1)

    def problem(self, node: yaml.Node | Location, code: str, message: str) -> None:
        where = node if isinstance(node, Location) else self.loc(node)
        self.problems.append(Problem(where.file, where.line, where.column, code, message))

    def fields(self, node: yaml.Node, allowed: set[str], required: set[str], what: str) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "AM002", f"{what} must be a mapping (key: value)")
            return None
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in out:
                self.problem(key_node, "AM105", f"duplicate key '{key}' in {what}")
                continue
            if key not in allowed:
                self.problem(key_node, "AM101", f"unknown key '{key}' in {what}")
                continue
            out[key] = value_node
        for key in sorted(required - out.keys()):
            self.problem(node, "AM102", f"missing key '{key}' in {what}")
        return out

    def text(self, fields: dict[str, yaml.Node], key: str, what: str) -> str:
        node = fields.get(key)
        if node is None:
            return ""
        if not isinstance(node, yaml.ScalarNode) or node.tag != _STR_TAG or not str(node.value).strip():
            self.problem(node, "AM104", f"{what} '{key}' must be a non-empty text")
            return ""
        return str(node.value)

    def code(self, fields: dict[str, yaml.Node], width: int, what: str) -> str:
        node = fields.get("code")
        if node is None:
            return ""
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, "AM103", f"{what} code must be a quoted string of {width} digits")
            return ""
        value = str(node.value)
        if node.style not in _QUOTED:
            self.problem(
                node,
                "AM103",
                f'{what} code {value} must be quoted ("{value.zfill(width)}"): '
                "YAML reads unquoted codes as numbers and drops leading zeros",
            )
        elif not re.fullmatch(rf"\d{{{width}}}", value):
            self.problem(node, "AM103", f"{what} code '{value}' must be exactly {width} digits")
        return value

    def district_code(self, fields: dict[str, yaml.Node], what: str) -> str:
        node = fields.get("district")
        if node is None:
            return ""
        value = str(node.value) if isinstance(node, yaml.ScalarNode) else ""
        if not isinstance(node, yaml.ScalarNode) or node.style not in _QUOTED or not re.fullmatch(r"\d{3}", value):
            self.problem(node, "AM103", f"{what} district '{value}' must be a quoted string of 3 digits")
        return value

    def relation(self, fields: dict[str, yaml.Node], what: str) -> str:
        node = fields.get("relation")
        if node is None:
            return ""
        value = str(node.value) if isinstance(node, yaml.ScalarNode) else ""
        if value not in RELATIONS:
            self.problem(node, "AM104", f"{what} relation '{value}' must be 'whole' or 'partial'")
        return value

    def seq(self, fields: dict[str, yaml.Node], key: str, what: str) -> list[yaml.Node]:
        node = fields.get(key)
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, "AM002", f"'{key}' of {what} must be a list")
            return []
        return list(node.value)

    def read(self, root: yaml.Node | None) -> MappingFile:
        result = MappingFile(self.path, self.display, None, [])
        if root is None:
            self.problems.append(Problem(self.display, 1, 1, "AM002", "file is empty"))
            return result
        top = self.fields(root, TOP_KEYS, TOP_KEYS, "the file")
        if top is None:
            return result
        if "province" in top:
            result.province = self.read_province(top["province"])
        for node in self.seq(top, "communes", "the file"):
            entry = self.read_commune(node)
            if entry is not None:
                result.communes.append(entry)
        return result

    def read_province(self, node: yaml.Node) -> ProvinceEntry | None:
        f = self.fields(node, PROVINCE_KEYS, PROVINCE_REQUIRED, "province")
        if f is None:
            return None
        merged = []
        for item in self.seq(f, "merged_from", "province"):
            mf = self.fields(item, MERGED_KEYS, MERGED_KEYS, "merged_from entry")
            if mf is not None:
                merged.append(
                    MergedFrom(self.code(mf, 2, "old province"), self.text(mf, "name", "merged_from"), self.loc(item))
                )
        date_node = f.get("effective_date")
        if date_node is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date_node.value)):
            self.problem(date_node, "AM104", f"effective_date '{date_node.value}' must be YYYY-MM-DD")
        return ProvinceEntry(
            code=self.code(f, 2, "province"),
            name=self.text(f, "name", "province"),
            type=self.text(f, "type", "province"),
            legal_basis=self.text(f, "legal_basis", "province"),
            effective_date=str(date_node.value) if date_node is not None else "",
            merged_from=merged,
            loc=self.loc(f.get("code", node)),
            name_loc=self.loc(f.get("name", node)),
        )

    def read_commune(self, node: yaml.Node) -> NewCommuneEntry | None:
        f = self.fields(node, COMMUNE_KEYS, COMMUNE_REQUIRED, "new commune")
        if f is None:
            return None
        code = self.code(f, 5, "new commune")
        sources = []
        for item in self.seq(f, "sources", f"new commune {code}"):
            source = self.read_source(item)
            if source is not None:
                sources.append(source)
        districts = []
        for item in self.seq(f, "districts", f"new commune {code}"):
            df = self.fields(item, DISTRICT_KEYS, DISTRICT_KEYS, "district source")
            if df is not None:
                districts.append(
                    DistrictSource(
                        self.code(df, 3, "old district"),
                        self.text(df, "name", "district source"),
                        self.relation(df, "district source"),
                        self.loc(item),
                    )
                )
        return NewCommuneEntry(
            code=code,
            name=self.text(f, "name", "new commune"),
            type=self.text(f, "type", "new commune"),
            legal_basis=self.text(f, "legal_basis", "new commune"),
            note=self.text(f, "note", "new commune"),
            sources=sources,
            districts=districts,
            loc=self.loc(f.get("code", node)),
            name_loc=self.loc(f.get("name", node)),
            type_loc=self.loc(f.get("type", node)),
        )

    def read_source(self, node: yaml.Node) -> Source | None:
        f = self.fields(node, SOURCE_KEYS, SOURCE_REQUIRED, "source")
        if f is None:
            return None
        primary: bool | None = None
        primary_node = f.get("primary")
        if primary_node is not None:
            value = str(primary_node.value)
            if not isinstance(primary_node, yaml.ScalarNode) or value not in ("true", "false"):
                self.problem(primary_node, "AM104", f"primary '{value}' must be true or false")
            else:
                primary = value == "true"
        return Source(
            code=self.code(f, 5, "old commune"),
            name=self.text(f, "name", "source"),
            district=self.district_code(f, "source"),
            relation=self.relation(f, "source"),
            primary=primary,
            primary_basis=self.text(f, "primary_basis", "source"),
            note=self.text(f, "note", "source"),
            loc=self.loc(f.get("code", node)),
            name_loc=self.loc(f.get("name", node)),
            district_loc=self.loc(f.get("district", node)),
        )


MAX_FILE_BYTES = 4_000_000  # a province's mapping file is about 0.1 MB; larger is not a mapping file


def read_mapping_file(path: Path, display: str | None = None) -> tuple[MappingFile, list[Problem]]:
    """Read one YAML mapping file. Syntax errors become an AM001 problem, never an exception."""
    display = display or str(path)
    reader = _FileReader(path, display)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            message = (
                f"file is {size / 1e6:,.1f} MB; a mapping file is at most {MAX_FILE_BYTES / 1e6:,.0f} MB "
                "(one province; the largest shipped file is about 0.1 MB)"
            )
            return MappingFile(path, display, None, []), [Problem(display, 1, 1, "AM003", message)]
        text = path.read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=_Loader)
    except UnicodeDecodeError as exc:
        return MappingFile(path, display, None, []), [
            Problem(display, 1, 1, "AM001", f"file is not UTF-8 text ({exc.reason} at byte {exc.start})")
        ]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        return MappingFile(path, display, None, []), [Problem(display, line, col, "AM001", message)]
    except yaml.YAMLError as exc:
        return MappingFile(path, display, None, []), [Problem(display, 1, 1, "AM001", " ".join(str(exc).split()))]
    return reader.read(root), reader.problems


def registers_dir(directory: Path) -> Path:
    """``directory/registers`` when present, else the shipped registers."""
    reg_dir = directory / "registers"
    if reg_dir.is_dir():
        return reg_dir
    from admin_merge.registry.paths import shipped_mappings_dir

    return shipped_mappings_dir() / "registers"


def mapping_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.is_file()) + sorted(
        p for p in directory.glob("*.yml") if p.is_file()
    )


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)


def load_mapping_set(
    directory: Path,
    registers: Registers | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> MappingSet:
    """Load every ``*.yaml`` file of ``directory``.

    The registers come from ``directory/registers`` when present, else from the shipped set.
    Problems found while reading are kept in ``load_problems``; use ``validate`` for the rest.
    """
    if not directory.is_dir():
        raise MappingError(f"{directory}: mapping directory not found")
    if registers is None:
        registers = load_registers(registers_dir(directory))
    paths = mapping_files(directory)
    if not paths:
        raise MappingError(f"{directory}: no *.yaml mapping files found")
    digest = hashlib.sha256()
    files: list[MappingFile] = []
    problems: list[Problem] = []
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        mapping_file, found = read_mapping_file(path, _display(path))
        files.append(mapping_file)
        problems.extend(found)
        if on_file is not None:
            on_file(path)
    from admin_merge.registry.steps import load_steps, load_unresolved, step_files

    for path in step_files(directory):
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes())
    reforms, history, step_problems = load_steps(directory)
    return MappingSet(
        directory,
        registers,
        files,
        problems + step_problems,
        digest.hexdigest(),
        reforms,
        history,
        load_unresolved(directory),
    )
