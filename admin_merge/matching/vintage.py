"""Which snapshot the codes of a commune-code column come from.

A code can exist in two snapshots with different meanings (26740: Phường Bến Nghé until 30 June
2025, Phường Sài Gòn since 1 July 2025). Per column the detector weighs, over the rows:

- the share of codes found only in the register of 30 June 2025, only in the two-level register
  (1 July 2025 and later: the reforms since kept every code), in both, or in neither;
- where the record also names its commune, whether the name agrees with the unit of the code in
  the old or in the new register.

The verdict is ``2025-06-30`` (codes of the old register, the default reading), ``2025-07-01``
(codes of the new register: migrated as ``already_new``), ``mixed`` (both kinds in one column:
reported, each code read where it exists, the old register first) or ``unknown``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from admin_merge.matching.codes import normalize_code
from admin_merge.matching.model import Reason, Reference, Resolution, Status
from admin_merge.registry.chain import BEFORE_REFORM, REFORM_2025
from admin_merge.text.normalize import name_key
from admin_merge.text.unit_names import Level, split_type

OLD, NEW, MIXED, UNKNOWN = BEFORE_REFORM, REFORM_2025, "mixed", "unknown"
MIXED_SHARE = 0.02  # names of the other register above this share of rows make a column mixed
# Every new commune kept the code of one of the old communes it absorbed, so a new code is also an
# old one: without names, a column of new codes shows only codes of both registers (a column of
# old codes about a third), and a mix shows more of them than an old column would.
MIN_CODES = 20  # distinct codes needed to call a column new from its codes alone
MIN_CODES_MIXED = 50
MIXED_ESTIMATE = 0.15  # estimated share of new codes above which an old column is called mixed


def _core(name: str) -> str:
    return name_key(split_type(name, Level.COMMUNE).core)


@dataclass
class CodeVintage:
    """The verdict on one code column, with the figures it rests on (row counts)."""

    column: str
    snapshot: str
    chosen_by: str  # "detected" | "--codes-from"
    rows: int = 0
    only_old: int = 0
    only_new: int = 0
    both: int = 0
    neither: int = 0
    names_agree_old: int = 0
    names_agree_new: int = 0
    names_only_old: int = 0  # the name is the old unit's and not the new one's
    names_only_new: int = 0
    distinct_codes: int = 0
    distinct_in_both: int = 0
    estimated_new_share: float = 0.0
    disagreeing_rows: int = 0
    examples: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def message(self) -> str:
        def share(n: int) -> str:
            return f"{100 * n / self.rows:.1f} %" if self.rows else "0 %"

        what = {
            OLD: "codes of the register of 30 June 2025",
            NEW: "codes of the register of 1 July 2025 or later (migrated as already_new)",
            MIXED: "a MIX of old and new codes (each code read where it exists, the old register first)",
            UNKNOWN: "codes of neither register",
        }[self.snapshot]
        names = ""
        if self.names_agree_old or self.names_agree_new:
            names = f"; names agree with old {share(self.names_agree_old)}, new {share(self.names_agree_new)}"
        if self.snapshot == MIXED and not names:
            names = f"; about {100 * self.estimated_new_share:.0f} % of the distinct codes look new"
        return (
            f"column {self.column}: {what} ({self.chosen_by}: only old {share(self.only_old)}, "
            f"only new {share(self.only_new)}, both {share(self.both)}, neither {share(self.neither)}{names})"
        )


def detect(
    resolver: Any, column: str, refs: Sequence[Reference], counts: Sequence[int], codes_from: str | None = None
) -> CodeVintage | None:
    """The snapshot of the commune codes in ``refs`` (distinct references with their row counts)."""
    reg = resolver.reg
    later = resolver.crosswalk.chain.later_forms()
    v = CodeVintage(column, UNKNOWN, "detected")
    seen = False
    distinct: dict[str, bool] = {}
    for ref, n in zip(refs, counts, strict=True):
        code = normalize_code(ref.commune_code, "commune") if ref.commune_code else None
        if code is None:
            continue
        seen = True
        v.rows += n
        old, new = reg.old_communes.get(code), reg.new_communes.get(code)
        if old:
            distinct[code] = new is not None
        if old and new:
            v.both += n
        elif old:
            v.only_old += n
        elif new:
            v.only_new += n
        else:
            v.neither += n
        if ref.commune:
            written = _core(str(ref.commune))
            agree_old = old is not None and written == _core(old.name)
            new_names = {new.name, *(name for name, _ in later.get(("commune", code), ()))} if new else set()
            agree_new = any(written == _core(name) for name in new_names)
            v.names_agree_old += n * agree_old
            v.names_agree_new += n * agree_new
            v.names_only_old += n * (agree_old and not agree_new)
            v.names_only_new += n * (agree_new and not agree_old)
    if not seen:
        return None
    v.distinct_codes = len(distinct)
    v.distinct_in_both = sum(distinct.values())
    kept = len(set(reg.old_communes) & set(reg.new_communes)) / max(len(reg.old_communes), 1)
    if distinct:
        v.estimated_new_share = round(max(0.0, (v.distinct_in_both / len(distinct) - kept) / (1 - kept)), 3)
    v.snapshot = _verdict(v) if codes_from is None else (OLD if codes_from < REFORM_2025 else NEW)
    if codes_from is not None:
        v.chosen_by = "--codes-from"
    return v


def _verdict(v: CodeVintage) -> str:
    if v.only_old + v.only_new + v.both == 0:
        return UNKNOWN
    if v.names_only_old + v.names_only_new:
        # The names decide: a code whose name is only the old unit's is old, and the reverse.
        if min(v.names_only_old, v.names_only_new) > MIXED_SHARE * v.rows:
            return MIXED
        return NEW if v.names_only_new > v.names_only_old else OLD
    if v.only_new and v.only_old:
        return MIXED
    if v.only_old == 0 and (v.only_new or v.distinct_codes >= MIN_CODES):
        return NEW
    if v.distinct_codes >= MIN_CODES_MIXED and v.estimated_new_share > MIXED_ESTIMATE:
        return MIXED
    return OLD


def apply(
    resolver: Any,
    vintage: CodeVintage,
    refs: Sequence[Reference],
    counts: Sequence[int],
    resolutions: list[Resolution],
) -> list[Resolution]:
    """Read a column of new codes as new: each code of the two-level register is ``already_new``
    (with its province), unless the record's commune name is another unit's (then ``ambiguous``,
    a conflict to look at). In a mixed column a row is read as new when its commune name is the
    new unit's and not the old one's. Other columns keep the resolver's reading."""
    if vintage.snapshot == MIXED:
        return _mixed(resolver, refs, resolutions)
    if vintage.snapshot != NEW:
        return resolutions
    reg = resolver.reg
    later = resolver.crosswalk.chain.later_forms()
    out = list(resolutions)
    for i, ref in enumerate(refs):
        code = normalize_code(ref.commune_code, "commune") if ref.commune_code else None
        new = reg.new_communes.get(code or "")
        if new is None:
            continue
        res = Resolution(
            Status.ALREADY_NEW, score=100.0, new_province_code=new.province_code, new_commune_code=new.code
        )
        if ref.commune:
            names = {new.name, *(name for name, _ in later.get(("commune", new.code), ()))}
            if not any(_core(str(ref.commune)) == _core(name) for name in names):
                res = replace(
                    res,
                    status=Status.AMBIGUOUS,
                    score=0.0,
                    new_commune_code=None,
                    candidates=(new.code,),
                    note=f"new commune code {new.code} is {new.name}, the record says '{ref.commune}'",
                    reason=Reason.CONFLICT,
                )
                vintage.disagreeing_rows += counts[i]
                if len(vintage.examples) < 5:
                    vintage.examples.append(f"{new.code} / {ref.commune}")
        out[i] = res
    return out


def _mixed(resolver: Any, refs: Sequence[Reference], resolutions: list[Resolution]) -> list[Resolution]:
    reg = resolver.reg
    later = resolver.crosswalk.chain.later_forms()
    out = list(resolutions)
    for i, ref in enumerate(refs):
        code = normalize_code(ref.commune_code, "commune") if ref.commune_code else None
        new = reg.new_communes.get(code or "")
        if new is None or not ref.commune:
            continue
        written = _core(str(ref.commune))
        old = reg.old_communes.get(new.code)
        names = {new.name, *(name for name, _ in later.get(("commune", new.code), ()))}
        if any(written == _core(n) for n in names) and (old is None or written != _core(old.name)):
            out[i] = Resolution(
                Status.ALREADY_NEW, score=100.0, new_province_code=new.province_code, new_commune_code=new.code
            )
    return out
