"""One self-contained HTML file: inline CSS, an inline SVG chart, a little inline JavaScript.

A Content-Security-Policy forbids every network request, so the file renders the same on an
offline clerk's machine. User data is always escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from admin_merge._version import __version__
from admin_merge.analysis.diff import Diff
from admin_merge.analysis.report import STATUS_ORDER, Report

COLORS = {
    "exact": "#2e7d32",
    "fuzzy": "#9ccc65",
    "already_new": "#1565c0",
    "decided": "#6a1b9a",
    "split": "#ef6c00",
    "ambiguous": "#fbc02d",
    "unmatched": "#c62828",
    "empty": "#9e9e9e",
}
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#212121;background:#fafafa}
header{background:#263238;color:#fff;padding:16px 24px}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;opacity:.8;font-size:13px}
main{padding:16px 24px;max-width:1200px}
section{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:12px 16px;margin:16px 0}
h2{font-size:17px;margin:4px 0 12px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{border:1px solid #e0e0e0;border-radius:6px;padding:8px 14px;min-width:120px;background:#fff}
.card b{display:block;font-size:22px}
.card span{font-size:12px;color:#616161}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left}
th{cursor:pointer;background:#f5f5f5;position:sticky;top:0}
th.sorted-asc::after{content:" ▲"}
th.sorted-desc::after{content:" ▼"}
td.n{text-align:right;font-variant-numeric:tabular-nums}
input.filter{margin:0 0 8px;padding:4px 8px;width:320px}
.legend span{display:inline-block;margin-right:12px;font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
.status{padding:1px 6px;border-radius:8px;color:#fff;font-size:11px}
"""
JS = """
document.querySelectorAll('table.sortable').forEach(function(table){
  table.querySelectorAll('th').forEach(function(th, i){
    th.addEventListener('click', function(){
      var asc = !th.classList.contains('sorted-asc');
      table.querySelectorAll('th').forEach(function(h){h.classList.remove('sorted-asc','sorted-desc');});
      th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      rows.sort(function(a, b){
        var x = a.cells[i].dataset.v || a.cells[i].textContent, y = b.cells[i].dataset.v || b.cells[i].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'vi');
        return asc ? c : -c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
});
document.querySelectorAll('input.filter').forEach(function(input){
  var table = document.getElementById(input.dataset.table);
  input.addEventListener('input', function(){
    var q = input.value.toLowerCase();
    Array.prototype.forEach.call(table.tBodies[0].rows, function(r){
      r.style.display = r.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
    });
  });
});
document.body.dataset.ready = '1';
"""


def _n(value: int) -> str:
    return f"{value:,}"


def _status(status: str) -> str:
    return f'<span class="status" style="background:{COLORS.get(status, "#757575")}">{escape(status)}</span>'


def _table(table_id: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], filterable: bool = False) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for cell in row:
            if isinstance(cell, int | float) and not isinstance(cell, bool):
                cells.append(f'<td class="n" data-v="{cell}">{_n(int(cell))}</td>')
            elif isinstance(cell, tuple):  # (html, sort value): already escaped markup
                cells.append(f'<td data-v="{escape(str(cell[1]))}">{cell[0]}</td>')
            else:
                cells.append(f"<td>{escape(str(cell if cell is not None else ''))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    search = (
        f'<input class="filter" type="search" placeholder="Filter…" data-table="{table_id}" '
        f'aria-label="filter {table_id}">'
        if filterable
        else ""
    )
    return (
        f'{search}<table id="{table_id}" class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _chart(provinces: list[dict[str, Any]]) -> str:
    """Horizontal stacked bars: rows per new province, coloured by status."""
    if not provinces:
        return "<p>No rows.</p>"
    biggest = max(p["rows"] for p in provinces) or 1
    bar_h, gap, label_w, width = 16, 4, 210, 760
    height = len(provinces) * (bar_h + gap) + 10
    parts = [
        f'<svg id="chart" role="img" aria-label="rows per new province by status" '
        f'width="{label_w + width + 80}" height="{height}" font-size="11">'
    ]
    for i, p in enumerate(provinces):
        y = i * (bar_h + gap) + 4
        parts.append(f'<text x="{label_w - 6}" y="{y + 12}" text-anchor="end">{escape(p["name"])}</text>')
        x = float(label_w)
        for status in STATUS_ORDER:
            n = p["statuses"].get(status, 0)
            if not n:
                continue
            w = width * n / biggest
            parts.append(
                f'<rect class="bar" x="{x:.1f}" y="{y}" width="{max(w, 0.5):.1f}" height="{bar_h}" '
                f'fill="{COLORS[status]}"><title>{escape(p["name"])}: {escape(status)} {_n(n)}</title></rect>'
            )
            x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 12}">{_n(p["rows"])}</text>')
    parts.append("</svg>")
    legend = "".join(f'<span><i style="background:{COLORS[s]}"></i>{s}</span>' for s in STATUS_ORDER)
    return f'<div class="legend">{legend}</div>' + "".join(parts)


def _page(title: str, subtitle: str, sections: list[str]) -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f'<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
        f"<style>{CSS}</style></head><body><header><h1>{escape(title)}</h1>"
        f"<p>{escape(subtitle)} · generated {now} by admin-merge {__version__}</p></header><main>"
        + "".join(sections)
        + f"</main><script>{JS}</script></body></html>"
    )


def _cards(items: list[tuple[str, str]]) -> str:
    return (
        '<section id="summary"><h2>Summary</h2><div class="cards">'
        + "".join(f'<div class="card"><b>{escape(v)}</b><span>{escape(k)}</span></div>' for k, v in items)
        + "</div></section>"
    )


def _province_rows(provinces: list[dict[str, Any]], with_changed: bool = False) -> list[list[Any]]:
    rows = []
    for p in provinces:
        row: list[Any] = [p["code"], p["name"], p["rows"], *(p["statuses"].get(s, 0) for s in STATUS_ORDER)]
        if with_changed:
            row.append(p.get("changed", 0))
        rows.append(row)
    return rows


def _candidates(cands: list[dict[str, str]]) -> str:
    return "; ".join(f"{c['code']} {c['name']}" for c in cands)


def render_report(report: Report) -> str:
    s = report.statuses
    cards = [
        ("rows", _n(report.rows)),
        ("resolved", f"{report.resolved_share:.1f} %"),
        ("split", _n(s.get("split", 0))),
        ("ambiguous", _n(s.get("ambiguous", 0))),
        ("unmatched", _n(s.get("unmatched", 0))),
        ("empty", _n(s.get("empty", 0))),
    ]
    sections = [
        _cards(cards),
        '<section id="by-province"><h2>Rows per new province, by status</h2>'
        + _chart(report.provinces)
        + _table("provinces", ["code", "province", "rows", *STATUS_ORDER], _province_rows(report.provinces))
        + "</section>",
        '<section id="unresolved"><h2>Largest unresolved references</h2>'
        + _table(
            "unresolved-table",
            ["reference", "status", "rows", "candidates"],
            [
                [u["reference"], (_status(u["status"]), u["status"]), u["rows"], _candidates(u["candidates"])]
                for u in report.unresolved
            ],
            filterable=True,
        )
        + "</section>",
        '<section id="splits"><h2>Split communes pending a decision</h2>'
        + _table(
            "splits-table",
            ["old reference(s)", "rows", "successors (new communes)"],
            [["; ".join(x["references"]), x["rows"], _candidates(x["candidates"])] for x in report.splits],
            filterable=True,
        )
        + "</section>",
    ]
    return _page(report.title, report.path, sections)


def render_diff(diff: Diff) -> str:
    cards = [
        ("rows before", _n(diff.rows_before)),
        ("rows after", _n(diff.rows_after)),
        ("changed", _n(diff.changed)),
        ("only before", _n(diff.only_before)),
        ("only after", _n(diff.only_after)),
        ("identical", "yes" if diff.identical else "no"),
    ]
    sections = [
        _cards(cards),
        '<section id="by-province"><h2>Rows per new province (after), by status</h2>'
        + _chart(diff.provinces)
        + _table(
            "provinces",
            ["code", "province", "rows", *STATUS_ORDER, "changed"],
            _province_rows(diff.provinces, with_changed=True),
        )
        + "</section>",
        '<section id="communes"><h2>New communes and the old units they came from</h2>'
        + _table(
            "communes-table",
            ["code", "commune", "province", "rows", "changed", "came from (top 5)"],
            [
                [
                    c["code"],
                    c["name"],
                    c["province_code"],
                    c["rows"],
                    c["changed"],
                    "; ".join(f"{f['reference']} ({f['rows']:,})" for f in c["from"]),
                ]
                for c in diff.communes
            ],
            filterable=True,
        )
        + "</section>",
        '<section id="changed"><h2>Rows whose unit or status changed</h2>'
        + _table(
            "changed-table",
            ["key", "before", "before status", "after", "after status"],
            [
                [r["key"], r["before_unit"], r["before_status"], r["after_unit"], r["after_status"]]
                for r in diff.changed_rows
            ],
            filterable=True,
        )
        + "</section>",
    ]
    return _page("Migration diff", f"{diff.before} → {diff.after}", sections)
