"""Rich rendering of `mappings show`."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from admin_merge.cli.console import out


def _primary(row: dict[str, Any]) -> str:
    if row["relation"] != "partial":
        return ""
    return f"primary ({row['primary_basis']})" if row["is_primary"] else "not primary"


def render_show(view: dict[str, Any]) -> None:
    for unit in view["units"]:
        head = Text(f"{unit['name']} ({unit['code']})", style="bold")
        head.append(f"  {unit['register']} register, {unit['level']}", style="dim")
        out.print(head)
        if unit["level"] == "province" and unit["register"] == "new":
            out.print(Text(f"  legal basis: {unit['legal_basis']}; communes arranged by {unit['communes_resolution']}"))
            out.print(
                Text(
                    f"  {unit['new_communes']} communes; merged from: "
                    + ", ".join(f"{m['name']} ({m['code']})" for m in unit["merged_from"])
                )
            )
        elif unit["level"] == "province":
            out.print(
                Text(f"  went whole to {unit['went_to']['name']} ({unit['went_to']['code']}), {unit['legal_basis']}")
            )
        elif unit["level"] == "district":
            out.print(
                Text(
                    f"  in {unit['province_name']} ({unit['province_code']}); districts were abolished "
                    f"on 2025-07-01. Its communes went to {len(unit['went_to'])} new units:"
                )
            )
            out.print(Text("  " + ", ".join(f"{w['name']} ({w['code']})" for w in unit["went_to"])))
        elif unit["register"] == "new":
            out.print(Text(f"  {unit['province_name']} ({unit['province_code']}); legal basis {unit['legal_basis']}"))
            table = Table(
                "old code",
                "old commune",
                "old district",
                "relation",
                "primary",
                "note",
                title="formed from",
                title_justify="left",
            )
            for row in unit["formed_from"]:
                table.add_row(
                    row["old_commune_code"],
                    Text(row["old_commune_name"]),
                    Text(f"{row['old_district_name']} ({row['old_district_code']})"),
                    row["relation"],
                    _primary(row),
                    Text(row["note"]),
                )
            for d in unit["formed_from_districts"]:
                table.add_row(d["old_district_code"], Text(d["old_district_name"]), "", "whole district", "", "")
            out.print(table)
        else:
            out.print(
                Text(
                    f"  {unit['district_name']} ({unit['district_code']}), "
                    f"{unit['province_name']} ({unit['province_code']})"
                )
            )
            table = Table(
                "new code",
                "new commune",
                "relation",
                "primary",
                "legal basis",
                "note",
                title="went to",
                title_justify="left",
            )
            for row in unit["went_to"]:
                table.add_row(
                    row["new_commune_code"],
                    Text(row["new_commune_name"]),
                    row["relation"],
                    _primary(row),
                    row["legal_basis"],
                    Text(row["note"]),
                )
            out.print(table)
        out.print()
    _render_history(view)


def _render_history(view: dict[str, Any]) -> None:
    """Earlier states of the code, then its predecessors through every step, latest first."""
    for state in view.get("history", []):
        since = f"{state['valid_from']} – " if state["valid_from"] else "until "
        where = ", ".join(p for p in (state["district"], state["province"]) if p)
        successors = ", ".join(f"{s['code']} ({s['relation']})" for s in state["successors"])
        out.print(
            Text(
                f"{state['name']} ({view['code']})  earlier state, {since}{state['valid_until']}"
                f"{', ' + where if where else ''}: {state['change']} → {successors}"
                f"{'; ' + state['legal_basis'] if state['legal_basis'] else ''}"
            )
        )
    steps = view.get("predecessors", [])
    if not steps:
        return
    table = Table("date", "step", "before", "→", "legal basis", title="predecessors", title_justify="left")
    for step in steps:
        for unit in step["units"]:
            where = unit.get("district") or ""
            before = f"{unit['name']} ({unit['code']})" + (f", {where}" if where else "")
            change = unit.get("change") or unit["relation"]
            table.add_row(step["date"], Text(step["step"]), Text(before), f"{unit['to']} {change}", step["legal_basis"])
    out.print(table)
    out.print()
