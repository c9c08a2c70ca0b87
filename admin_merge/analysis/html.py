"""One self-contained HTML file: inline CSS, an inline SVG chart, a little inline JavaScript.

A Content-Security-Policy forbids every network request, so the file renders the same on an
offline clerk's machine. User data is always escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import Any

from admin_merge._version import __version__
from admin_merge.analysis.diff import Diff
from admin_merge.analysis.i18n import DEFAULT_LANG, Lang, Words
from admin_merge.analysis.report import STATUS_ORDER, Report
from admin_merge.analysis.units import candidates_text, unit_text

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
p.help{font-size:13px;color:#455a64;margin:0 0 8px}
td small{color:#616161}
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
        var c = x.localeCompare(y, 'vi', {numeric: true});
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


ROW_LIMIT = 2000  # rows per HTML table; the JSON report has them all


class Note(str):
    """A resolver's note: English text from the library, marked as such in the page."""

    __slots__ = ()


def _sort_value(cell: Any) -> str:
    """Numbers sort as numbers in the browser (localeCompare with numeric), codes too."""
    return str(cell)


def _status(status: str, t: Words) -> tuple[str, str]:
    color = COLORS.get(status, "#757575")
    return f'<span class="status" style="background:{color}">{escape(t.status(status))}</span>', status


def _lines(*parts: str) -> tuple[str, str]:
    """Several lines in one cell, escaped; sorts by the first."""
    shown = [p for p in parts if p]
    return "<br>".join(escape(p) for p in shown), (shown[0] if shown else "")


class _Page:
    def __init__(self, lang: Lang) -> None:
        self.t = Words(lang)

    def table(
        self, table_id: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], filterable: bool = True
    ) -> str:
        t = self.t
        if not rows:
            return f'<p class="empty" id="{table_id}">{escape(t("none_here"))}</p>'
        head = "".join(f"<th>{escape(h)}</th>" for h in headers)
        body = []
        for row in rows[:ROW_LIMIT]:
            cells = []
            for cell in row:
                if isinstance(cell, int | float) and not isinstance(cell, bool):
                    cells.append(f'<td class="n" data-v="{_sort_value(cell)}">{t.n(cell)}</td>')
                elif isinstance(cell, Note):
                    cells.append(f'<td class="note" lang="en">{escape(cell)}</td>')
                elif isinstance(cell, tuple):  # (html, sort value): already escaped markup
                    cells.append(f'<td data-v="{escape(str(cell[1]))}">{cell[0]}</td>')
                else:
                    cells.append(f"<td>{escape(str(cell if cell is not None else ''))}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        more = (
            f'<p class="help">{escape(t("more_rows", shown=t.n(ROW_LIMIT), total=t.n(len(rows))))}</p>'
            if len(rows) > ROW_LIMIT
            else ""
        )
        search = (
            f'<input class="filter" type="search" placeholder="{escape(t("filter"))}" data-table="{table_id}" '
            f'aria-label="{escape(t("filter_label"))}">'
            if filterable
            else ""
        )
        return (
            f'{search}<table id="{table_id}" class="sortable"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>{more}"
        )

    def chart(self, provinces: list[dict[str, Any]]) -> str:
        """Horizontal stacked bars: rows per new province, coloured by status."""
        t = self.t
        if not provinces:
            return f"<p>{escape(t('no_rows'))}</p>"
        biggest = max(p["rows"] for p in provinces) or 1
        bar_h, gap, label_w, width = 16, 4, 210, 760
        height = len(provinces) * (bar_h + gap) + 10
        parts = [
            f'<svg id="chart" role="img" aria-label="{escape(t("chart_label"))}" '
            f'width="{label_w + width + 80}" height="{height}" font-size="11">'
        ]
        for i, p in enumerate(provinces):
            y = i * (bar_h + gap) + 4
            name = p["name"] or t("no_province")
            parts.append(f'<text x="{label_w - 6}" y="{y + 12}" text-anchor="end">{escape(name)}</text>')
            x = float(label_w)
            for status in STATUS_ORDER:
                n = p["statuses"].get(status, 0)
                if not n:
                    continue
                w = width * n / biggest
                parts.append(
                    f'<rect class="bar" x="{x:.1f}" y="{y}" width="{max(w, 0.5):.1f}" height="{bar_h}" '
                    f'fill="{COLORS[status]}"><title>{escape(name)}: {escape(t.status(status))} {t.n(n)}</title></rect>'
                )
                x += w
            parts.append(f'<text x="{x + 4:.1f}" y="{y + 12}">{t.n(p["rows"])}</text>')
        parts.append("</svg>")
        legend = "".join(
            f'<span><i style="background:{COLORS[s]}"></i>{escape(t.status(s))}</span>' for s in STATUS_ORDER
        )
        return f'<div class="legend">{legend}</div>' + "".join(parts)

    def page(self, title: str, subtitle: str, sections: list[str]) -> str:
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        generated = self.t("generated", when=now, version=__version__)
        return (
            f'<!doctype html><html lang="{self.t.lang}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
            f"<style>{CSS}</style></head><body><header><h1>{escape(title)}</h1>"
            f"<p>{escape(subtitle)} · {escape(generated)}</p></header><main>"
            + "".join(sections)
            + f"</main><script>{JS}</script></body></html>"
        )

    def cards(self, items: list[tuple[str, str]]) -> str:
        return (
            f'<section id="summary"><h2>{escape(self.t("summary"))}</h2><div class="cards">'
            + "".join(f'<div class="card"><b>{escape(v)}</b><span>{escape(k)}</span></div>' for k, v in items)
            + "</div></section>"
        )

    def section(self, section_id: str, title: str, content: str, help_key: str | None = None) -> str:
        help_text = f'<p class="help">{escape(self.t(help_key))}</p>' if help_key else ""
        return f'<section id="{section_id}"><h2>{escape(title)}</h2>{help_text}{content}</section>'

    def province_table(self, provinces: list[dict[str, Any]], with_changed: bool = False) -> str:
        t = self.t
        headers = [t("code"), t("new_province"), t("rows"), *(t.status(s) for s in STATUS_ORDER)]
        if with_changed:
            headers.append(t("changed"))
        rows = []
        for p in provinces:
            row: list[Any] = [p["code"], p["name"] or t("no_province"), p["rows"]]
            row += [p["statuses"].get(s, 0) for s in STATUS_ORDER]
            if with_changed:
                row.append(p.get("changed", 0))
            rows.append(row)
        return self.table("provinces", headers, rows, filterable=False)

    def old_cells(self, old: dict[str, Any]) -> list[Any]:
        """Old commune, district, province: code and name, sorting by code."""
        communes = old.get("communes") or []
        commune = "; ".join(unit_text(c) for c in communes)
        return [
            (escape(commune), communes[0]["code"] if communes else ""),
            unit_text(old.get("district")),
            unit_text(old.get("province")),
        ]


def render_report(report: Report, lang: Lang = DEFAULT_LANG) -> str:
    page = _Page(lang)
    t = page.t
    s = report.statuses
    cards = [
        (t("rows"), t.n(report.rows)),
        (t("resolved"), t.percent(report.resolved_share)),
        *((t.status(x), t.n(s.get(x, 0))) for x in ("split", "ambiguous", "unmatched", "empty")),
    ]
    old_headers = [t("old_commune"), t("old_district"), t("old_province")]
    sections = [
        page.cards(cards),
        page.section(
            "by-province",
            t("by_province"),
            page.chart(report.provinces) + page.province_table(report.provinces),
        ),
        page.section(
            "unresolved",
            t("unresolved_title"),
            page.table(
                "unresolved-table",
                [t("reference"), t("status"), t("rows"), *old_headers, t("candidates"), t("reason"), t("note")],
                [
                    [
                        _lines(*u["examples"]),
                        _status(u["status"], t),
                        u["rows"],
                        *page.old_cells(u["old"]),
                        candidates_text(u["candidates"], t),
                        t.reason(u.get("reason", "")),
                        Note(u["note"]),
                    ]
                    for u in report.unresolved
                ],
            ),
            "unresolved_help",
        ),
        page.section(
            "splits",
            t("split_title"),
            page.table(
                "splits-table",
                [*old_headers, t("rows"), t("candidates"), t("examples")],
                [
                    [*page.old_cells(x["old"]), x["rows"], candidates_text(x["candidates"], t), _lines(*x["examples"])]
                    for x in report.splits
                ],
            ),
            "split_help",
        ),
        page.section(
            "moved",
            t("moved_title"),
            page.table(
                "moved-table",
                [t("old_province"), t("new_province"), t("how_moved"), t("old_communes_n"), t("rows")],
                [
                    [
                        unit_text(m["old_province"]),
                        unit_text(m["new_province"]),
                        t("merged" if m["merged"] else "handed_over"),
                        m["old_communes"],
                        m["rows"],
                    ]
                    for m in report.moved
                ],
            ),
            "moved_help",
        ),
        page.section(
            "communes",
            t("communes_title"),
            page.table(
                "communes-table",
                [t("code"), t("new_commune"), t("new_province"), t("rows"), t("old_units")],
                [
                    [
                        (escape(c["code"]), c["code"]),
                        c["name"],
                        unit_text({"code": c["province_code"] or "", "name": c["province_name"]}),
                        c["rows"],
                        _lines(*(_fed(f, t) for f in c["from"])),
                    ]
                    for c in report.communes
                ],
            ),
        ),
    ]
    return page.page(t("report_title"), report.path, sections)


def _fed(source: dict[str, Any], t: Words) -> str:
    """``25801 Xã A, 720 Huyện B, 74 Tỉnh C: 1.234`` (or the example when no old commune is known)."""
    units = [unit_text(c) for c in source.get("communes") or []]
    units += [unit_text(source.get("district")), unit_text(source.get("province"))]
    label = ", ".join(u for u in units if u) or "; ".join(source.get("examples") or []) or t("unknown_unit")
    return f"{label}: {t.n(source['rows'])}"


def render_diff(diff: Diff, lang: Lang = DEFAULT_LANG) -> str:
    page = _Page(lang)
    t = page.t
    cards = [
        (t("rows_before"), t.n(diff.rows_before)),
        (t("rows_after"), t.n(diff.rows_after)),
        (t("changed"), t.n(diff.changed)),
        (t("only_before"), t.n(diff.only_before)),
        (t("only_after"), t.n(diff.only_after)),
        (t("identical"), t("yes") if diff.identical else t("no")),
    ]
    sections = [
        page.cards(cards),
        page.section(
            "by-province",
            t("by_province_after"),
            page.chart(diff.provinces) + page.province_table(diff.provinces, with_changed=True),
        ),
        page.section(
            "communes",
            t("communes_title"),
            page.table(
                "communes-table",
                [t("code"), t("new_commune"), t("new_province"), t("rows"), t("changed"), t("came_from")],
                [
                    [
                        (escape(c["code"]), c["code"]),
                        c["name"],
                        c["province_code"],
                        c["rows"],
                        c["changed"],
                        _lines(*(f"{f.get('old') or f['reference']}: {t.n(f['rows'])}" for f in c["from"])),
                    ]
                    for c in diff.communes
                ],
            ),
        ),
        page.section(
            "changed",
            t("changed_title"),
            page.table(
                "changed-table",
                [t("key"), t("before"), t("before_status"), t("after"), t("after_status")],
                [
                    [
                        (escape(str(r["key"])), str(r["key"])),
                        _unit_name(r["before_unit"], diff),
                        _status(r["before_status"], t) if r["before_status"] else "",
                        _unit_name(r["after_unit"], diff),
                        _status(r["after_status"], t) if r["after_status"] else "",
                    ]
                    for r in diff.changed_rows
                ],
            ),
        ),
    ]
    return page.page(t("diff_title"), f"{diff.before} → {diff.after}", sections)


def _unit_name(code: str | None, diff: Diff) -> str:
    if not code:
        return ""
    name = diff.unit_names.get(code, "")
    return f"{code} {name}".strip()
