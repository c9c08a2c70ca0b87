"""Semantic checks of a loaded mapping set against the registers."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from admin_merge.registry.chain import Chain
from admin_merge.registry.model import Location, MappingFile, MappingSet, Source
from admin_merge.registry.problems import Problem, Severity
from admin_merge.registry.registers import Registers
from admin_merge.registry.validate_chain import ChainSummary, validate_chain
from admin_merge.text.normalize import name_key


@dataclass
class ValidationResult:
    """Problems found and the totals of the mapping set."""

    directory: str
    digest: str
    files: int
    provinces: int
    new_communes: int
    old_communes_covered: int
    split_old_communes: int
    problems: list[Problem] = field(default_factory=list)
    chain: ChainSummary = field(default_factory=ChainSummary)

    @property
    def errors(self) -> int:
        return sum(p.severity is Severity.ERROR for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity is Severity.WARNING for p in self.problems)

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "directory": self.directory,
            "digest": self.digest,
            "ok": self.ok,
            "totals": {
                "files": self.files,
                "provinces": self.provinces,
                "new_communes": self.new_communes,
                "old_communes_covered": self.old_communes_covered,
                "split_old_communes": self.split_old_communes,
            },
            "chain": self.chain.to_dict(),
            "errors": self.errors,
            "warnings": self.warnings,
            "problems": [p.to_dict() for p in self.problems],
        }


class _NameBook:
    """Accepted spellings (as name keys) of every unit: the register name and its aliases."""

    def __init__(self, registers: Registers) -> None:
        self.keys: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for alias in registers.aliases:
            self.keys[(alias.register, alias.level, alias.code)].add(name_key(alias.alias))

    def matches(self, register: str, level: str, code: str, canonical: str, written: str) -> bool:
        key = name_key(written)
        return key == name_key(canonical) or key in self.keys.get((register, level, code), ())


# Problems that follow from a file that could not be read (its communes look missing).
FOLLOW_ON = frozenset({"AM206", "AM305", "AM406", "AM501"})
MAX_PER_FILE = 1000  # problems shown per file; the rest are counted in one line


def root_causes_first(problems: list[Problem], mset: MappingSet) -> list[Problem]:
    """Syntax errors first; when a file could not be read, the problems that follow from it
    (communes of its province reported missing, totals) are replaced by one line saying so;
    at most :data:`MAX_PER_FILE` problems per file."""
    unique = sorted(set(problems))
    unreadable = [p for p in unique if p.code in ("AM001", "AM003")]
    kept = unique
    if unreadable:
        kept = [p for p in unique if p.code not in FOLLOW_ON]
        hidden = len(unique) - len(kept)
        if hidden:
            kept.append(
                Problem(
                    str(mset.directory),
                    0,
                    0,
                    "AM009",
                    f"{hidden:,} problems that follow from the unreadable file(s) are not shown; fix "
                    f"{', '.join(sorted({p.file for p in unreadable}))} first",
                )
            )
    out: list[Problem] = []
    per_file: dict[str, int] = {}
    for p in sorted(kept, key=lambda p: (p.code not in ("AM001", "AM003"), p)):
        per_file[p.file] = per_file.get(p.file, 0) + 1
        if per_file[p.file] <= MAX_PER_FILE:
            out.append(p)
    for file, n in per_file.items():
        if n > MAX_PER_FILE:
            out.append(Problem(file, 0, 0, "AM009", f"{n - MAX_PER_FILE:,} more problems in this file are not shown"))
    return out


class _Validator:
    def __init__(self, mset: MappingSet) -> None:
        self.mset = mset
        self.reg = mset.registers
        self.names = _NameBook(mset.registers)
        self.problems: list[Problem] = list(mset.load_problems)
        self.dir_loc = Location(str(mset.directory), 0, 0)  # the whole set: no line

    def add(self, loc: Location, code: str, message: str) -> None:
        self.problems.append(Problem(loc.file, loc.line, loc.column, code, message))

    def file_loc(self, f: MappingFile) -> Location:
        return f.province.loc if f.province else Location(f.display, 1, 1)

    def run(self) -> ValidationResult:
        province_files = self.check_provinces()
        sources_by_old = self.check_communes()
        split = self.check_relations(sources_by_old)
        self.check_coverage(sources_by_old, province_files)
        new_codes = {c.code for _, c in self.mset.communes() if c.code in self.reg.new_communes}
        covered = {code for code in sources_by_old if code in self.reg.old_communes}
        self.check_totals(len(province_files), len(new_codes), len(covered))
        chain, chain_problems = validate_chain(
            Chain(self.reg, self.mset.reforms, self.mset.history, self.mset.unresolved)
        )
        self.problems += chain_problems
        return ValidationResult(
            directory=str(self.mset.directory),
            digest=self.mset.digest,
            files=len(self.mset.files),
            provinces=len(province_files),
            new_communes=len(new_codes),
            old_communes_covered=len(covered),
            split_old_communes=split,
            problems=root_causes_first(self.problems, self.mset),
            chain=chain,
        )

    def check_provinces(self) -> dict[str, MappingFile]:
        seen: dict[str, MappingFile] = {}
        for f in self.mset.files:
            p = f.province
            if p is None or not p.code:
                continue
            reg = self.reg.new_provinces.get(p.code)
            if reg is None:
                self.add(p.loc, "AM401", f"province code '{p.code}' is not in the new register")
                continue
            if p.code in seen:
                self.add(p.loc, "AM405", f"province {p.code} is already mapped by {seen[p.code].display}")
                continue
            seen[p.code] = f
            if not f.path.name.startswith(f"{p.code}-"):
                self.add(p.loc, "AM404", f"file name should start with '{p.code}-' for province {p.code}")
            if p.name and not self.names.matches("new", "province", p.code, reg.name, p.name):
                self.add(p.name_loc, "AM402", f"province {p.code} is '{reg.name}' in the register, not '{p.name}'")
            if p.type and p.type != reg.type:
                self.add(p.name_loc, "AM402", f"province {p.code} is a '{reg.type}' in the register, not a '{p.type}'")
            expected = {o.code for o in self.reg.old_provinces.values() if o.new_code == p.code}
            written = set()
            for m in p.merged_from:
                old = self.reg.old_provinces.get(m.code)
                written.add(m.code)
                if old is None:
                    self.add(m.loc, "AM403", f"merged_from '{m.code}' is not an old province")
                elif old.new_code != p.code:
                    self.add(
                        m.loc,
                        "AM403",
                        f"old province {m.code} ({old.name}) went to province {old.new_code}, not {p.code}",
                    )
                elif m.name and not self.names.matches("old", "province", m.code, old.name, m.name):
                    self.add(m.loc, "AM403", f"old province {m.code} is '{old.name}', not '{m.name}'")
            for code in sorted(expected - written):
                self.add(p.loc, "AM403", f"merged_from lacks old province {code} ({self.reg.old_provinces[code].name})")
        for code, prov in sorted(self.reg.new_provinces.items()):
            if code not in seen:
                self.add(self.dir_loc, "AM406", f"new province {code} ({prov.name}) has no mapping file")
        return seen

    def check_communes(self) -> dict[str, list[tuple[MappingFile, str, Source]]]:
        seen_new: dict[str, Location] = {}
        sources_by_old: dict[str, list[tuple[MappingFile, str, Source]]] = defaultdict(list)
        for f, c in self.mset.communes():
            province = f.province.code if f.province else ""
            merged = {m.code for m in f.province.merged_from} if f.province else set()
            reg = self.reg.new_communes.get(c.code)
            if c.code in seen_new:
                first = seen_new[c.code]
                self.add(c.loc, "AM205", f"new commune {c.code} is already defined at {first.file}:{first.line}")
            elif c.code:
                seen_new[c.code] = c.loc
            if reg is None:
                if re.fullmatch(r"\d{5}", c.code):
                    self.add(c.loc, "AM201", f"new commune code '{c.code}' is not in the new register")
            else:
                if c.name and not self.names.matches("new", "commune", c.code, reg.name, c.name):
                    self.add(
                        c.name_loc, "AM202", f"new commune {c.code} is '{reg.name}' in the register, not '{c.name}'"
                    )
                if c.type and c.type != reg.type:
                    self.add(
                        c.type_loc, "AM203", f"new commune {c.code} is a '{reg.type}' in the register, not a '{c.type}'"
                    )
                if province and reg.province_code != province:
                    self.add(
                        c.loc,
                        "AM204",
                        f"new commune {c.code} ({reg.name}) belongs to province {reg.province_code}, not {province}",
                    )
            if not c.sources and not c.districts:
                self.add(c.loc, "AM207", f"new commune {c.code} lists no old commune or district")
            for d in c.districts:
                old_d = self.reg.old_districts.get(d.code)
                if old_d is None:
                    self.add(d.loc, "AM311", f"district '{d.code}' is not in the old register")
                elif self.reg.communes_of_district(d.code):
                    self.add(d.loc, "AM311", f"district {d.code} has communes: list them as sources instead")
            in_this: set[str] = set()
            for s in c.sources:
                if s.code in in_this:
                    self.add(s.loc, "AM309", f"old commune {s.code} is listed twice in new commune {c.code}")
                    continue
                in_this.add(s.code)
                sources_by_old[s.code].append((f, c.code, s))
                self.check_source(s, merged)
        return sources_by_old

    def check_source(self, s: Source, merged: set[str]) -> None:
        old = self.reg.old_communes.get(s.code)
        if old is None:
            if not re.fullmatch(r"\d{5}", s.code):
                return
            retired = self.reg.retired.get(s.code)
            hint = f" (a code retired before 30 June 2025: {retired.name})" if retired else ""
            self.add(s.loc, "AM301", f"old commune code '{s.code}' is not in the old register{hint}")
            return
        if s.name and not self.names.matches("old", "commune", s.code, old.name, s.name):
            self.add(s.name_loc, "AM302", f"old commune {s.code} is '{old.name}' in the register, not '{s.name}'")
        if s.district and s.district != old.district_code:
            district = self.reg.old_districts[old.district_code].name
            self.add(
                s.district_loc,
                "AM303",
                f"old commune {s.code} is in district {old.district_code} ({district}), not {s.district}",
            )
        if merged and old.province_code not in merged:
            self.add(
                s.loc,
                "AM310",
                f"old commune {s.code} is in old province {old.province_code}, which merged_from does not list",
            )

    def check_relations(self, sources_by_old: dict[str, list[tuple[MappingFile, str, Source]]]) -> int:
        split = 0
        for code, rows in sources_by_old.items():
            relations = Counter(s.relation for _, _, s in rows)
            if relations["whole"] and len(rows) > 1:
                targets = ", ".join(new for _, new, _ in rows)
                for _, _, s in rows[1:]:
                    self.add(s.loc, "AM304", f"old commune {code} goes to {targets} but is marked whole")
                continue
            if len(rows) == 1:
                if rows[0][2].relation == "partial":
                    self.add(rows[0][2].loc, "AM308", f"old commune {code} is partial but has no other successor")
                continue
            split += 1
            primaries = [s for _, _, s in rows if s.primary]
            if not primaries:
                self.add(rows[0][2].loc, "AM306", f"split old commune {code} has no successor with primary: true")
            for s in primaries[1:]:
                self.add(s.loc, "AM307", f"split old commune {code} has {len(primaries)} successors with primary: true")
        return split

    def check_coverage(
        self,
        sources_by_old: dict[str, list[tuple[MappingFile, str, Source]]],
        province_files: dict[str, MappingFile],
    ) -> None:
        for code, old in self.reg.old_communes.items():
            if code not in sources_by_old:
                new_province = self.reg.old_provinces[old.province_code].new_code
                f = province_files.get(new_province)
                loc = self.file_loc(f) if f else self.dir_loc
                self.add(loc, "AM305", f"old commune {code} ({old.name}) is not a source of any new commune")
        mapped = {c.code for _, c in self.mset.communes()}
        for code, new in self.reg.new_communes.items():
            if code not in mapped:
                f = province_files.get(new.province_code)
                loc = self.file_loc(f) if f else self.dir_loc
                self.add(loc, "AM206", f"new commune {code} ({new.name}) of the register is not in the mappings")

    def check_totals(self, provinces: int, new_communes: int, old_communes: int) -> None:
        for what, got, expected in (
            ("provinces", provinces, len(self.reg.new_provinces)),
            ("new communes", new_communes, len(self.reg.new_communes)),
            ("old communes covered", old_communes, len(self.reg.old_communes)),
        ):
            if got != expected:
                self.add(self.dir_loc, "AM501", f"{what}: {got:,} mapped, the register has {expected:,}")


def validate_mapping_set(mset: MappingSet) -> ValidationResult:
    """Run every check; problems are sorted by file, line and column."""
    return _Validator(mset).run()
