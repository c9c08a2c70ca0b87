"""`report`: what one migrated file says, one table per question a person asks.

- unresolved: the references that fit several units or none, one entry per question
  (an address's unit part, not each street), with the old units read and the candidates;
- split: per old commune divided between several new ones, its successors and what each took;
- moved: rows whose province changed (old province -> new province; ``merged`` when the new
  province is the one the old province merged into, not a commune handed to another province);
- communes: per new commune, the old units that fed it and how many rows each.

The distinct references are resolved again (cheap: each unit part once) to learn their old
units; the migrated columns still give the status and the new unit of every row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from admin_merge.analysis.tables import Loaded, connect, load, query_progress, quote, reference_sql
from admin_merge.analysis.units import candidates, natural_key, old_units
from admin_merge.matching.decisions import review_key
from admin_merge.matching.model import RESOLVED_ORDER, Reference, Resolution
from admin_merge.matching.model import STATUS_ORDER as STATUS_ORDER
from admin_merge.matching.resolver import Resolver
from admin_merge.plan.columns import ReferenceColumns
from admin_merge.plan.schema import DEFAULT_PREFIX
from admin_merge.registry.registers import Registers
from admin_merge.runtime.parallel import resolve_all

ProgressFn = Callable[[str, int, int | None], None]
EXAMPLES = 2


@dataclass
class Report:
    path: str
    rows: int
    statuses: dict[str, int]
    provinces: list[dict[str, Any]]
    unresolved: list[dict[str, Any]]
    splits: list[dict[str, Any]]
    reference_columns: dict[str, str]
    moved: list[dict[str, Any]] = field(default_factory=list)
    communes: list[dict[str, Any]] = field(default_factory=list)
    unresolved_entries: int = 0
    title: str = "Migration report"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def resolved_share(self) -> float:
        done = sum(self.statuses.get(s, 0) for s in RESOLVED_ORDER)
        return 100.0 * done / self.rows if self.rows else 100.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "resolved_share": round(self.resolved_share, 2)}


def province_breakdown(con: Any, t: Loaded, reg: Registers) -> list[dict[str, Any]]:
    rows = con.execute(
        f"SELECT coalesce({t.col('province_code')}, '') AS p, {t.status} AS s, count(*) FROM {t.name} GROUP BY 1, 2"
    ).fetchall()
    per: dict[str, dict[str, int]] = {}
    for province, status, n in rows:
        per.setdefault(province, {})[status or "empty"] = n
    out = []
    for code in sorted(per, key=lambda c: (c == "", natural_key(c))):
        name = reg.new_provinces[code].name if code in reg.new_provinces else ""
        out.append({"code": code, "name": name, "rows": sum(per[code].values()), "statuses": per[code]})
    return out


@dataclass
class Group:
    """Rows sharing one reference, one new commune and one status."""

    ref: Reference
    text: str
    province: str | None
    commune: str | None
    status: str
    rows: int
    res: Resolution | None = None


def _groups(con: Any, t: Loaded) -> list[Group]:
    refs = t.references.used()
    cols = [f"CAST({quote(c)} AS VARCHAR) AS {quote('ref_' + role)}" for role, c in refs.items()]
    sql = (
        f"SELECT {', '.join([*cols, reference_sql(t)])}, {t.col('province_code')}, {t.col('commune_code')}, "
        f"coalesce({t.status}, 'empty'), count(*) FROM {t.name} GROUP BY ALL"
    )
    groups = []
    n_refs = len(refs)
    for row in con.execute(sql).fetchall():
        values = dict(zip(refs, row[:n_refs], strict=True))
        text, province, commune, status, n = row[n_refs:]
        groups.append(Group(Reference(**values), text, province, commune, status, int(n)))
    return groups


def _example(entry: dict[str, Any], text: str) -> None:
    if text and len(entry["examples"]) < EXAMPLES and text not in entry["examples"]:
        entry["examples"].append(text)


class _Tables:
    """The per-question tables, filled group by group (largest groups first)."""

    def __init__(self, resolver: Resolver) -> None:
        self.crosswalk = resolver.crosswalk
        self.reg = resolver.crosswalk.registers
        self.unresolved: dict[str, dict[str, Any]] = {}
        self.splits: dict[str, dict[str, Any]] = {}
        self.moved: dict[tuple[str, str], dict[str, Any]] = {}  # (old province, new province)
        self.communes: dict[str, dict[str, Any]] = {}

    def add(self, g: Group, res: Resolution) -> None:
        if g.status in ("ambiguous", "unmatched"):
            self._unresolved(g, res)
        elif g.status == "split":
            self._split(g, res)
        if g.commune is not None:
            self._commune(g, res, g.commune)

    def _unresolved(self, g: Group, res: Resolution) -> None:
        key = review_key(g.ref, res)
        if key not in self.unresolved:
            self.unresolved[key] = {
                "key": key,
                "status": g.status,
                "rows": 0,
                "reference": g.text,
                "examples": [],
                "old": old_units(g.ref, res, self.reg),
                "candidates": candidates(res, self.crosswalk),
                "reason": res.reason.value,
                "note": res.note,
            }
        entry = self.unresolved[key]
        entry["rows"] += g.rows
        _example(entry, g.text)

    def _split(self, g: Group, res: Resolution) -> None:
        old = res.old.commune_codes[0] if len(res.old.commune_codes) == 1 else review_key(g.ref, res)
        if old not in self.splits:
            self.splits[old] = {
                "old": old_units(g.ref, res, self.reg),
                "rows": 0,
                "candidates": candidates(res, self.crosswalk),
                "references": [],
                "examples": [],
            }
        entry = self.splits[old]
        entry["rows"] += g.rows
        _example(entry, g.text)
        if len(entry["references"]) < 5 and g.text not in entry["references"]:
            entry["references"].append(g.text)

    def _commune(self, g: Group, res: Resolution, code: str) -> None:
        reg = self.reg
        if code not in self.communes:
            self.communes[code] = {
                "code": code,
                "name": reg.new_communes[code].name if code in reg.new_communes else "",
                "province_code": g.province,
                "province_name": reg.new_provinces[g.province].name if g.province in reg.new_provinces else "",
                "rows": 0,
                "statuses": {},
                "from": {},
            }
        new = self.communes[code]
        new["rows"] += g.rows
        new["statuses"][g.status] = new["statuses"].get(g.status, 0) + g.rows
        olds = old_units(g.ref, res, reg)
        feed = olds["communes"][0] if len(olds["communes"]) == 1 else None
        source = feed["code"] if feed else ""
        if source not in new["from"]:
            new["from"][source] = {**olds, "rows": 0, "examples": []}
        new["from"][source]["rows"] += g.rows
        _example(new["from"][source], g.text)
        old_province = (olds["province"] or {}).get("code")
        if old_province and g.province and old_province != g.province:
            pair = (old_province, g.province)
            if pair not in self.moved:
                self.moved[pair] = {
                    "old_province": olds["province"],
                    "new_province": {"code": g.province, "name": new["province_name"]},
                    "merged": reg.old_provinces[old_province].new_code == g.province
                    if old_province in reg.old_provinces
                    else False,
                    "rows": 0,
                    "old_communes": set(),
                }
            self.moved[pair]["rows"] += g.rows
            if feed:
                self.moved[pair]["old_communes"].add(feed["code"])


def build_report(
    path: str | Path,
    resolver: Resolver,
    prefix: str = DEFAULT_PREFIX,
    top: int = 50,
    progress: ProgressFn | None = None,
    workers: int | None = None,
    columns: ReferenceColumns | None = None,
) -> Report:
    reg = resolver.crosswalk.registers
    con = connect()
    t = load(con, path, "migrated", prefix, require_migrated=True, columns=columns, progress=progress)
    total = int(con.execute(f"SELECT count(*) FROM {t.name}").fetchall()[0][0])
    with query_progress(con, "grouping", total, progress):
        statuses = dict(con.execute(f"SELECT {t.status}, count(*) FROM {t.name} GROUP BY 1 ORDER BY 2 DESC").fetchall())
        groups = _groups(con, t) if t.references.used() else []
    on_progress = (lambda done, n: progress("resolving", done, n)) if progress else None
    resolutions = resolve_all(resolver, [g.ref for g in groups], workers=workers, progress=on_progress)
    tables = _Tables(resolver)
    # Largest groups first, ties in a fixed order, so examples and tables never depend on DuckDB's.
    order = sorted(zip(groups, resolutions, strict=True), key=lambda p: (-p[0].rows, p[0].text, p[0].commune or ""))
    for i, (g, res) in enumerate(order):
        tables.add(g, res)
        if progress and i % 10_000 == 0:
            progress("tables", i, len(order))
    if progress:
        progress("tables", len(order), len(order))
    for c in tables.communes.values():
        c["from"] = sorted(c["from"].values(), key=lambda f: (-f["rows"], natural_key(_first_code(f))))
    by_rows = sorted(tables.unresolved.values(), key=lambda u: (-u["rows"], natural_key(u["key"])))
    return Report(
        path=t.path,
        rows=total,
        statuses={k or "empty": v for k, v in statuses.items()},
        provinces=province_breakdown(con, t, reg),
        unresolved=by_rows[: max(int(top), 0)],
        unresolved_entries=len(by_rows),
        splits=sorted(tables.splits.values(), key=lambda s: (-s["rows"], natural_key(_first_code(s["old"])))),
        moved=[
            {**m, "old_communes": len(m["old_communes"])}
            for _, m in sorted(tables.moved.items(), key=lambda kv: (natural_key(kv[0][0]), natural_key(kv[0][1])))
        ],
        communes=sorted(
            tables.communes.values(), key=lambda c: (natural_key(c["province_code"]), natural_key(c["code"]))
        ),
        reference_columns=t.references.used(),
    )


def _first_code(old: dict[str, Any]) -> str:
    return old["communes"][0]["code"] if old.get("communes") else ""
