"""The coach digest: which items, in which order, and how each renderer shows them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from trackers import write_xlsx

from followup_batch.batch import compute, read_options
from followup_batch.config import Config
from followup_batch.exports import digest as D
from followup_batch.read.tracker import read_trackers

AS_OF = dt.date(2026, 11, 20)  # a Friday
SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "tracker.xlsx"
HEADER = ["Company", "Position", "Interview Date", "Interview Type", "Thank-you Sent"]


def item(
    client: str,
    company: str,
    due: str | None,
    status: str,
    action: str = "1st check-in",
    *,
    row: int = 2,
    file: str = "tracker.xlsx",
    sheet: str = "",
    **extra: object,
) -> dict[str, object]:
    return {
        "client": client,
        "file": file,
        "path": f"/coach/{file}",
        "sheet": sheet,
        "row": row,
        "company": company,
        "position": extra.pop("position", "Analyst"),
        "interview_date": pd.Timestamp("2026-11-02"),
        "action": action,
        "due": pd.Timestamp(due) if due else pd.NaT,
        "status": status,
        "subject": extra.pop("subject", ""),
        "draft": extra.pop("draft", ""),
        "why": extra.pop("why", ""),
        "problems": extra.pop("problems", ""),
    }


def items(*rows: dict[str, object]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(D.DUE_ITEM_COLUMNS))


MIXED = items(
    item("Bo", "Scheduled soon", "2026-11-25", "Scheduled", row=2),
    item("Bo", "Due soon", "2026-11-24", "Due soon", row=3),
    item("Bo", "Late", "2026-11-12", "Overdue", "2nd check-in", row=4),
    item("Bo", "Later", "2026-11-05", "Overdue", "Final follow-up", row=5),
    item("Bo", "Today", "2026-11-20", "Due today", "Thank-you note", row=6),
    item("Bo", "Far", "2027-01-10", "Scheduled", row=7),
    item("Bo", "Networking", "2026-11-26", "Closed", "Networking check-in", row=8),
    item("Bo", "", None, "Needs info", "—", row=9, problems="Company is empty\nsecond"),
    item("Al", "Al soon", "2026-11-23", "Due soon", row=2, file="al.xlsx"),
    item("Cy", "Cy late", "2026-11-12", "Overdue", row=2, file="cy.xlsx"),
    item("Di", "Di none", None, "Needs info", "—", row=3, file="di.xlsx"),
)


@pytest.mark.parametrize(
    ("horizon", "expected"),
    [
        (
            0,
            [
                ("Bo", "Later", "Overdue"),
                ("Bo", "Late", "Overdue"),
                ("Bo", "Today", "Due today"),
                ("Bo", "Due soon", "Due soon"),
                ("Cy", "Cy late", "Overdue"),
                ("Al", "Al soon", "Due soon"),
            ],
        ),
        (
            7,
            [
                ("Bo", "Later", "Overdue"),
                ("Bo", "Late", "Overdue"),
                ("Bo", "Today", "Due today"),
                ("Bo", "Due soon", "Due soon"),
                ("Bo", "Scheduled soon", "Upcoming"),
                ("Bo", "Networking", "Upcoming"),
                ("Cy", "Cy late", "Overdue"),
                ("Al", "Al soon", "Due soon"),
            ],
        ),
    ],
)
def test_items_by_client_then_urgency(horizon: int, expected: list[tuple[str, str, str]]) -> None:
    digest = D.build_digest(MIXED, AS_OF, horizon_days=horizon)
    got = list(digest.items[["client", "company", "urgency"]].itertuples(index=False, name=None))
    assert got == expected


def test_clients_ordered_by_their_most_urgent_item() -> None:
    # Bo's oldest overdue (11-05) beats Cy's (11-12); Al has only Due soon; Di only needs fixing.
    assert D.build_digest(MIXED, AS_OF).clients == ["Bo", "Cy", "Al", "Di"]


def test_ties_in_urgency_and_date_go_by_name() -> None:
    tied = items(
        item("zoe", "Z", "2026-11-20", "Due today"),
        item("Adam", "A", "2026-11-20", "Due today"),
    )
    assert D.build_digest(tied, AS_OF).clients == ["Adam", "zoe"]


def test_counts_per_client_and_status() -> None:
    digest = D.build_digest(MIXED, AS_OF, horizon_days=7)
    assert digest.counts.to_dict("index") == {
        "Bo": {
            "Overdue": 2,
            "Due today": 1,
            "Due soon": 1,
            "Upcoming": 2,
            "Needs info": 1,
            "Total": 6,
        },
        "Cy": {
            "Overdue": 1,
            "Due today": 0,
            "Due soon": 0,
            "Upcoming": 0,
            "Needs info": 0,
            "Total": 1,
        },
        "Al": {
            "Overdue": 0,
            "Due today": 0,
            "Due soon": 1,
            "Upcoming": 0,
            "Needs info": 0,
            "Total": 1,
        },
        "Di": {
            "Overdue": 0,
            "Due today": 0,
            "Due soon": 0,
            "Upcoming": 0,
            "Needs info": 1,
            "Total": 0,
        },
    }
    assert digest.headline() == (
        "8 follow-ups for 3 clients: 3 overdue, 1 due today, 2 due soon, 2 upcoming "
        "(horizon: the next 7 days); 2 rows need fixing"
    )
    assert list(D.build_digest(MIXED, AS_OF).counts.columns) == [
        "Overdue",
        "Due today",
        "Due soon",
        "Needs info",
        "Total",
    ]


def test_nothing_due() -> None:
    digest = D.build_digest(D.empty_items(), AS_OF)
    assert digest.clients == []
    assert digest.headline() == "0 follow-ups for 0 clients"
    assert "Nothing is due." in D.to_terminal(digest)
    assert "Nothing is due." in D.to_markdown(digest)
    assert "Nothing is due." in D.to_html(digest)


def test_negative_horizon_is_refused() -> None:
    with pytest.raises(ValueError, match="horizon_days"):
        D.build_digest(MIXED, AS_OF, horizon_days=-1)


# --- collecting items from the pipeline -------------------------------------------------------


def computed(path: Path, sheet: str | None = None) -> pd.DataFrame:
    parts = []
    for table in read_trackers(path, read_options(Config(), sheet)):
        frame, out = compute(table, Config(), AS_OF)
        parts.append(D.collect_due(frame, out, path=path, sheet=table.sheet))
    return D.concat_items(parts)


def rows_for(*companies: str) -> list[list[object]]:
    # Interviews on Thu 11-19 (thank-you due today) and Mon 11-02 (thank-you sent; the
    # 1st check-in is overdue), plus an offer (nothing due) and a row without a company.
    out: list[list[object]] = []
    for company in companies:
        out += [
            [company, "Analyst", dt.date(2026, 11, 19), "video", None],
            [company + " Two", "Engineer", dt.date(2026, 11, 2), "onsite", dt.date(2026, 11, 2)],
        ]
    return out


def test_collect_due_keeps_rows_with_something_to_do(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "maya.xlsx",
        {
            "Tracker": [
                [*HEADER, "Outcome"],
                ["Acme", "Analyst", dt.date(2026, 11, 19), "video", None, None],
                ["Closed Co", "Analyst", dt.date(2026, 10, 1), "final", "yes", "offer"],
                [None, "Analyst", dt.date(2026, 11, 19), "video", None, None],
            ]
        },
    )
    got = computed(path)
    assert list(got.columns) == list(D.DUE_ITEM_COLUMNS)
    assert got[["client", "file", "sheet", "row", "company", "action", "status"]].to_dict(
        "records"
    ) == [
        {
            "client": "maya",
            "file": "maya.xlsx",
            "sheet": "Tracker",
            "row": 2,
            "company": "Acme",
            "action": "Thank-you note",
            "status": "Due today",
        },
        {
            "client": "maya",
            "file": "maya.xlsx",
            "sheet": "Tracker",
            "row": 4,
            "company": "",
            "action": "Thank-you note",  # still scheduled: the interview date is readable
            "status": "Needs info",
        },
    ]
    assert got["due"].tolist()[0] == pd.Timestamp(AS_OF)
    assert got["interview_date"].tolist()[0] == pd.Timestamp("2026-11-19")
    assert "Company" in got["problems"].tolist()[1]


def test_collect_due_takes_drafts_and_a_fixed_client() -> None:
    frame = pd.DataFrame(
        {
            "client": [""],
            "company": ["Acme"],
            "position": ["Analyst"],
            "interview_date": pd.to_datetime(["2026-11-19"]),
        },
        index=pd.Index([7], name="row"),
    )
    out = pd.DataFrame(
        {
            "status": ["Due today"],
            "next_action": ["Thank-you note"],
            "next_due": pd.to_datetime(["2026-11-20"]),
            "draft_subject": ["Thank you – Analyst"],
            "draft": ["Dear Sam, ..."],
            "why": ["Thank-you note: the next day"],
            "problems": [""],
        },
        index=frame.index,
    )
    got = D.collect_due(frame, out, path=Path("/c/maya.csv"))
    assert got.loc[0, ["client", "sheet", "row", "subject", "draft"]].tolist() == [
        "maya",
        "",
        7,
        "Thank you – Analyst",
        "Dear Sam, ...",
    ]
    fixed = D.collect_due(frame, out, path=Path("/c/maya.csv"), client="Maya Chen")
    assert fixed.loc[0, "client"] == "Maya Chen"


def test_layout_folder_of_client_trackers(tmp_path: Path) -> None:
    for name in ("maya", "jonas"):
        write_xlsx(tmp_path / f"{name}.xlsx", {"Sheet1": [HEADER, *rows_for(name.title())]})
    parts = [computed(p) for p in sorted(tmp_path.glob("*.xlsx"))]
    digest = D.build_digest(D.concat_items(parts), AS_OF)
    assert digest.clients == ["jonas", "maya"]  # equal urgency and date: by name
    assert digest.counts["Overdue"].tolist() == [1, 1]
    assert digest.counts["Due today"].tolist() == [1, 1]
    assert digest.single_source("maya") == "maya.xlsx [Sheet1]"


def test_layout_one_workbook_a_sheet_per_client(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "clients.xlsx",
        {
            "Maya Chen": [HEADER, *rows_for("Acme")],
            "Jonas Weber": [HEADER, *rows_for("Isar")[:1]],
        },
    )
    digest = D.build_digest(computed(path), AS_OF)
    assert digest.clients == ["Maya Chen", "Jonas Weber"]  # Maya has an overdue item
    assert set(digest.client_items("Jonas Weber")["sheet"]) == {"Jonas Weber"}
    assert digest.counts.loc["Maya Chen", "Total"] == 2


def test_layout_one_sheet_with_a_client_column(tmp_path: Path) -> None:
    rows = rows_for("Acme", "Brightwave")
    clients = ["Maya Chen", "Maya Chen", "Priya Raman", "Priya Raman"]
    path = write_xlsx(
        tmp_path / "all.xlsx",
        {"All": [["Client", *HEADER], *([c, *r] for c, r in zip(clients, rows, strict=True))]},
    )
    digest = D.build_digest(computed(path), AS_OF)
    assert digest.clients == ["Maya Chen", "Priya Raman"]
    assert digest.client_items("Priya Raman")["company"].tolist() == [
        "Brightwave Two",
        "Brightwave",
    ]


def test_sample_tracker_counts_agree_with_the_statuses() -> None:
    got = computed(SAMPLE)
    digest = D.build_digest(got, AS_OF)
    statuses = got["status"].value_counts()
    for level in ("Overdue", "Due today", "Due soon"):
        assert digest.totals[level] == statuses.get(level, 0)
    assert digest.totals["Needs info"] == statuses.get("Needs info", 0)
    assert digest.clients == ["Priya Raman", "Jonas Weber", "Maya Chen"]


# --- renderers --------------------------------------------------------------------------------

NASTY = items(
    item(
        "Ann <b>&</b>",
        '=HYPERLINK("http://x")',
        "2026-11-18",
        "Overdue",
        position="Dev | Ops <script>alert(1)</script>",
        subject="Re: *bold* _x_ [link](y)",
        draft="Hi <Sam>,\nline two",
        sheet="S|1",
    ),
    item("Ann <b>&</b>", "Quiet Co", "2026-11-23", "Due soon", row=3, sheet="S|1"),
)


def test_terminal_plain_and_coloured() -> None:
    digest = D.build_digest(MIXED, AS_OF)
    plain = D.to_terminal(digest, width=80)
    assert "\x1b[" not in plain
    assert max(len(line) for line in plain.splitlines()) <= 80
    lines = plain.splitlines()
    assert lines[0] == "Follow-ups due as of Fri 2026-11-20"
    bo = lines.index("Bo — tracker.xlsx")
    assert lines[bo + 3].split()[:4] == ["Thu", "2026-11-05", "Overdue", "Final"]
    assert "Fix the row" in plain
    coloured = D.to_terminal(digest, width=80, color=True)
    assert "\x1b[1;31mOverdue\x1b[0m" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_terminal_narrow_width_truncates_with_an_ellipsis() -> None:
    long = items(item("Bo", "A" * 80, "2026-11-20", "Due today", position="B" * 40))
    text = D.to_terminal(D.build_digest(long, AS_OF), width=70)
    assert "…" in text
    assert max(len(line) for line in text.splitlines()) <= 70


def test_markdown_escapes_table_syntax() -> None:
    text = D.to_markdown(D.build_digest(NASTY, AS_OF))
    assert text.startswith("# Follow-ups due as of Fri 2026-11-20\n")
    row = next(line for line in text.splitlines() if "HYPERLINK" in line)
    assert row.count(" | ") == 6  # seven cells: the pipe in the position is escaped
    assert "Dev \\| Ops \\<script\\>" in row
    assert "\\*bold\\* \\_x\\_ \\[link\\](y)" in row
    assert "| **All clients** | **1** | **0** | **1** | **0** | **2** |" in text


def test_html_is_self_contained_and_escaped() -> None:
    page = D.to_html(D.build_digest(NASTY, AS_OF))
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Ann &lt;b&gt;&amp;&lt;/b&gt;" in page
    assert not re.search(r"(src|href)=\"(?!#)", page)  # no external assets, in-page links only
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert "background:#FFC7CE;color:#9C0006" in page  # overdue, as in the workbook
    assert "background:#FFEB9C;color:#9C5700" in page  # due soon
    assert "Hi &lt;Sam&gt;,\nline two" in page  # the draft, folded under its subject


def test_status_colours_match_the_workbook() -> None:
    from followup_batch.write.xlsx.design import CF_RULES

    workbook = {name: (fill, font) for name, _formula, fill, font in CF_RULES}
    assert D.URGENCY_COLOURS["Overdue"] == workbook["overdue"]
    assert D.URGENCY_COLOURS["Due today"] == workbook["due today"]
    assert D.URGENCY_COLOURS["Due soon"] == workbook["due soon"]
    assert D.URGENCY_COLOURS["Needs info"] == workbook["needs info"]


def test_text_files_written_atomically(tmp_path: Path) -> None:
    digest = D.build_digest(MIXED, AS_OF)
    html_path = D.write_html(digest, tmp_path / "digest.html")
    md_path = D.write_markdown(digest, tmp_path / "digest.md")
    assert html_path.read_text(encoding="utf-8") == D.to_html(digest)
    assert md_path.read_text(encoding="utf-8") == D.to_markdown(digest)
    D.write_html(digest, html_path)  # replaces
    assert sorted(p.name for p in tmp_path.iterdir()) == ["digest.html", "digest.md"]


def test_xlsx_digest(tmp_path: Path) -> None:
    path = D.write_xlsx(D.build_digest(MIXED, AS_OF, horizon_days=7), tmp_path / "digest.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Due", "Needs info"]
    summary = book["Summary"]
    assert summary["A1"].value == "Follow-ups due as of Fri 2026-11-20"
    assert [c.value for c in summary[5]] == [
        "Client",
        "Overdue",
        "Due today",
        "Due soon",
        "Upcoming",
        "Needs info",
        "Total",
    ]
    assert [c.value for c in summary[6]] == ["Bo", 2, 1, 1, 2, 1, 6]
    assert [c.value for c in summary[10]] == ["All clients", 3, 1, 2, 2, 2, 8]
    due = book["Due"]
    assert due.freeze_panes == "A2"
    assert due.auto_filter.ref == "A1:L9"
    assert [c.value for c in due[1]][:4] == ["Client", "Urgency", "Due", "Action"]
    assert due["C2"].value == dt.datetime(2026, 11, 5)
    assert due["C2"].number_format == "yyyy-mm-dd"
    assert due["B2"].fill.fgColor.rgb.endswith("FFC7CE")
    assert due.column_dimensions["F"].width == 28
    needs = book["Needs info"]
    assert [c.value for c in needs[2]][:1] == ["Bo"]
    assert needs["G2"].value == "Company is empty\nsecond"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["digest.xlsx"]


def test_xlsx_keeps_formula_like_text_as_text(tmp_path: Path) -> None:
    path = D.write_xlsx(D.build_digest(NASTY, AS_OF), tmp_path / "digest.xlsx")
    cell = load_workbook(path)["Due"]["E2"]
    assert cell.value == '=HYPERLINK("http://x")'
    assert cell.data_type == "s"
