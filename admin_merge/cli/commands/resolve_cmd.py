"""`admin-merge resolve "ADDRESS"` (or `-` for one address per line on stdin)."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from admin_merge.cli.app import app
from admin_merge.cli.console import emit_json, out
from admin_merge.cli.options import AsOfOpt, MappingsOpt, ReportFormat, ReportFormatOpt


def _name(unit: dict[str, str] | None) -> str:
    return f"{unit['name']} ({unit['code']})" if unit else "-"


def _render(view: dict[str, Any]) -> None:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    src = view["input"].get("address") or " / ".join(view["input"].values())
    table.add_row("input", Text(src))
    parsed = view["parsed"]
    table.add_row("read as", Text(" | ".join(f"{k} '{v}'" for k, v in parsed.items() if v) or "-"))
    old = view["old"]
    olds = [_name(c) for c in old["communes"]] or []
    table.add_row("old units", Text(", ".join([*olds, _name(old["district"]), _name(old["province"])])))
    style = {"exact": "green", "fuzzy": "yellow", "already_new": "green", "decided": "green"}.get(view["status"], "red")
    table.add_row("status", Text(f"{view['status']} (score {view['score']})", style=style))
    table.add_row(
        "new unit",
        Text(f"{_name(view['new']['commune'])}, {_name(view['new']['province'])} (as of {view['as_of']})"),
    )
    if view["candidates"]:
        primary = view["primary"]
        table.add_row(
            "candidates",
            Text(
                ", ".join(_name(c) + (" [primary]" if c and c["code"] == primary else "") for c in view["candidates"])
            ),
        )
    if view["new_address"]:
        table.add_row("new address", Text(view["new_address"]))
    if view["note"]:
        table.add_row("note", Text(view["note"]))
    out.print(table)
    out.print()


@app.command("resolve")
def resolve_cmd(
    address: Annotated[
        str, typer.Argument(help="A free-text address, or '-' to read one address per line from stdin.")
    ],
    fmt: ReportFormatOpt = ReportFormat.text,
    mappings: MappingsOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Resolve one address: what was read, the old units, the new unit, status, score, candidates.

    Example: admin-merge resolve "12 Nguyen Trai, P.Ben Thanh, Q1, TPHCM"
    """
    from admin_merge.api import explain

    lines = [line.rstrip("\n") for line in sys.stdin] if address == "-" else [address]
    # One answer per input line, blank lines included (status `empty`), so answers line up with the input.
    views = [explain(line.rstrip("\r"), mappings, as_of=as_of) for line in lines]
    if fmt is ReportFormat.json:
        if address == "-":  # one JSON object per line, as the input came
            for view in views:
                sys.stdout.write(json.dumps(view, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            emit_json(views[0] if views else {})
    else:
        for view in views:
            _render(view)
    raise typer.Exit(0)
