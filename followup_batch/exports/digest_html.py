"""The digest as a self-contained HTML page (inline CSS, no scripts, no external assets) to
open in a browser or mail."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from followup_batch.exports.digest import (
    URGENCY_COLOURS,
    Digest,
    company_position,
    first_problem,
    row_only,
    weekday_date,
    where,
)
from followup_batch.exports.due import NEEDS_INFO
from followup_batch.exports.files import write_text

HTML_STYLE = """
body{font:15px/1.45 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;
margin:0;padding:24px;background:#f6f8fa}
main{max-width:1100px;margin:0 auto;background:#fff;border:1px solid #d0d7de;border-radius:8px;
padding:24px 28px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;padding-top:8px;
border-top:1px solid #d0d7de}
p.lead{margin:0 0 16px;color:#57606a}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #eaeef2;vertical-align:top}
th{background:#DCE6F1;font-weight:600;white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
td.where{color:#57606a;font-size:13px;white-space:nowrap}
h2 span.source{font-size:13px;font-weight:400;color:#57606a;margin-left:8px}
span.pill{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;
font-weight:600;white-space:nowrap}
tr.total td{font-weight:600;border-top:2px solid #d0d7de}
details summary{cursor:pointer;color:#0969da}
pre{white-space:pre-wrap;font:inherit;margin:6px 0 0;padding:8px;background:#f6f8fa;
border-radius:6px}
ul.fix{margin:6px 0;padding-left:20px;color:#3F3151}
footer{margin-top:28px;color:#57606a;font-size:12px}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _pill(level: str) -> str:
    fill, ink = URGENCY_COLOURS[level]
    return f'<span class="pill" style="background:#{fill};color:#{ink}">{_e(level)}</span>'


def to_html(digest: Digest) -> str:
    """A self-contained page (inline CSS, no scripts, no external assets) to open or mail."""
    columns = [*digest.urgencies, NEEDS_INFO, "Total"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(digest.title())}</title>",
        f"<style>{HTML_STYLE}</style></head><body><main>",
        f"<h1>{_e(digest.title())}</h1>",
        f'<p class="lead">{_e(digest.headline())}</p>',
    ]
    if digest.counts.empty:
        parts.append("<p>Nothing is due.</p>")
    else:
        head = "".join(
            f'<th class="n">{_pill(c) if c in URGENCY_COLOURS else _e(c)}</th>' for c in columns
        )
        parts.append(f"<table><thead><tr><th>Client</th>{head}</tr></thead><tbody>")
        for client in digest.clients:
            cells = "".join(
                f'<td class="n">{int(digest.counts.at[client, c]) or ""}</td>' for c in columns
            )
            parts.append(f'<tr><td><a href="#{_anchor(client)}">{_e(client)}</a></td>{cells}</tr>')
        cells = "".join(f'<td class="n">{int(digest.totals[c])}</td>' for c in columns)
        parts.append(f'<tr class="total"><td>All clients</td>{cells}</tr></tbody></table>')
    drafts = bool(((digest.items["subject"] != "") | (digest.items["draft"] != "")).any())
    for client in digest.clients:
        source = digest.single_source(client)
        locate = row_only if source else where
        subtitle = f' <span class="source">{_e(source)}</span>' if source else ""
        parts.append(f'<h2 id="{_anchor(client)}">{_e(client)}{subtitle}</h2>')
        items = digest.client_items(client)
        if len(items):
            draft_header = "<th>Draft</th>" if drafts else ""
            parts.append(
                "<table><thead><tr><th>Due</th><th>Urgency</th><th>Action</th>"
                f"<th>Company</th><th>Position</th>{draft_header}<th>Where</th></tr></thead>"
                "<tbody>"
            )
            for item in items.to_dict("records"):
                draft = f"<td>{_draft_cell(item)}</td>" if drafts else ""
                parts.append(
                    f'<tr><td class="date">{_e(weekday_date(item["due"]))}</td>'
                    f"<td>{_pill(item['urgency'])}</td><td>{_e(item['action'])}</td>"
                    f"<td>{_e(item['company'])}</td><td>{_e(item['position'])}</td>{draft}"
                    f'<td class="where">{_e(locate(item))}</td></tr>'
                )
            parts.append("</tbody></table>")
        needs = digest.client_needs_info(client)
        if len(needs):
            parts.append(f'<p>{_pill(NEEDS_INFO)} fix these rows first:</p><ul class="fix">')
            for item in needs.to_dict("records"):
                problem = first_problem(item)
                parts.append(
                    f"<li>{_e(locate(item))}: {_e(company_position(item) or '(no company)')} — "
                    f"{_e(problem)}</li>"
                )
            parts.append("</ul>")
    parts.append(
        f"<footer>Generated by followup-batch for {_e(digest.as_of.isoformat())}. "
        "Nothing has been sent: every draft is yours to edit.</footer>"
    )
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _anchor(client: str) -> str:
    return "client-" + (re.sub(r"[^0-9a-z]+", "-", client.casefold()).strip("-") or "unnamed")


def _draft_cell(item: Mapping[str, Any]) -> str:
    subject, draft = item["subject"], item["draft"]
    if not subject and not draft:
        return ""
    if not draft:
        return _e(subject)
    return f"<details><summary>{_e(subject or 'Draft')}</summary><pre>{_e(draft)}</pre></details>"


def write_digest_html(digest: Digest, path: Path) -> Path:
    return write_text(path, to_html(digest))
