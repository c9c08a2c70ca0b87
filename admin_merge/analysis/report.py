"""`report`: what one migrated file says, nationally and per province."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from admin_merge.analysis.tables import Loaded, connect, load, reference_sql
from admin_merge.matching.model import RESOLVED_ORDER, UNRESOLVED_SQL
from admin_merge.matching.model import STATUS_ORDER as STATUS_ORDER
from admin_merge.plan.schema import DEFAULT_PREFIX
from admin_merge.registry.registers import Registers


@dataclass
class Report:
    path: str
    rows: int
    statuses: dict[str, int]
    provinces: list[dict[str, Any]]
    unresolved: list[dict[str, Any]]
    splits: list[dict[str, Any]]
    reference_columns: dict[str, str]
    title: str = "Migration report"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def resolved_share(self) -> float:
        done = sum(self.statuses.get(s, 0) for s in RESOLVED_ORDER)
        return 100.0 * done / self.rows if self.rows else 100.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "resolved_share": round(self.resolved_share, 2)}


def _candidates(codes: str | None, reg: Registers) -> list[dict[str, str]]:
    return [
        {"code": c, "name": reg.new_communes[c].name if c in reg.new_communes else "?"}
        for c in (codes or "").split("|")
        if c
    ]


def province_breakdown(con: Any, t: Loaded, reg: Registers) -> list[dict[str, Any]]:
    rows = con.execute(
        f"SELECT coalesce({t.col('province_code')}, '') AS p, {t.status} AS s, count(*) FROM {t.name} GROUP BY 1, 2"
    ).fetchall()
    per: dict[str, dict[str, int]] = {}
    for province, status, n in rows:
        per.setdefault(province, {})[status or "empty"] = n
    out = []
    for code in sorted(per, key=lambda c: (c == "", c)):
        name = reg.new_provinces[code].name if code in reg.new_provinces else "(no province)"
        out.append({"code": code, "name": name, "rows": sum(per[code].values()), "statuses": per[code]})
    return out


def build_report(path: str | Path, registers: Registers, prefix: str = DEFAULT_PREFIX, top: int = 50) -> Report:
    con = connect()
    t = load(con, path, "migrated", prefix, require_migrated=True)
    total = con.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]  # type: ignore[index]
    statuses = dict(con.execute(f"SELECT {t.status}, count(*) FROM {t.name} GROUP BY 1 ORDER BY 2 DESC").fetchall())
    ref = reference_sql(t)
    unresolved = [
        {"reference": r, "status": s, "rows": n, "candidates": _candidates(c, registers)}
        for r, s, c, n in con.execute(
            f"SELECT {ref}, {t.status}, {t.candidates}, count(*) AS n FROM {t.name} "
            f"WHERE {t.status} IN {UNRESOLVED_SQL} GROUP BY 1, 2, 3 ORDER BY n DESC, 1 LIMIT {int(top)}"
        ).fetchall()
    ]
    splits = [
        {"candidates": _candidates(c, registers), "rows": n, "references": refs}
        for c, n, refs in con.execute(
            f"SELECT {t.candidates}, count(*) AS n, list(DISTINCT {ref} ORDER BY {ref})[1:5] FROM {t.name} "
            f"WHERE {t.status} = 'split' GROUP BY 1 ORDER BY n DESC, 1"
        ).fetchall()
    ]
    return Report(
        path=t.path,
        rows=int(total),
        statuses={k or "empty": v for k, v in statuses.items()},
        provinces=province_breakdown(con, t, registers),
        unresolved=unresolved,
        splits=splits,
        reference_columns=t.references.used(),
    )
