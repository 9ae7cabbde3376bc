"""The written sample as LibreOffice shows it on the run day and on later days: every status
word is the one its Next due and calendar give that day (a holiday week and a weekend
included), every row's colour agrees with its word, the Drafts sheet is an outbox whose links
start the right message, and the Summary counts what the tracker shows.

LibreOffice renders each day's copy to HTML under a faked clock (``faketime``): one ``soffice``
call per day for all the files of that day. The HTML export carries the conditional formats'
fills, so the colours read are the ones a person sees.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html.parser
import re
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
import rowloop

from followup_batch.batch import RunOptions, process_file
from followup_batch.compute import compute_sheet
from followup_batch.config import Config
from followup_batch.normalise import normalise_rows, resolve_roles
from followup_batch.normalise.vocabularies import NO_MARKS, NOT_APPLICABLE, PLACEHOLDERS
from followup_batch.read import read_trackers
from followup_batch.read.header_keys import header_key
from followup_batch.write.live import UNSENT_TYPED, is_status_formula
from followup_batch.write.xlsx.design import CF_RULES

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_data" / "tracker.xlsx"
AS_OF = dt.date(2026, 11, 20)  # a Friday; the next week holds US Thanksgiving (Thu 11-26)
LATER = (dt.date(2026, 11, 23), dt.date(2026, 11, 26), dt.date(2026, 11, 28))
FILL = {
    "Needs info": "E4DFEC",
    "Overdue": "FFC7CE",
    "Due today": "FFD8A8",
    "Due soon": "FFEB9C",
    "Sent — run again": "C6EFCE",
    "Closed": "EDEDED",
    "Next step due — run again": "FFC7CE",
}
# The action after each next action (DESIGN section 3): once its date comes, the rules skip
# the next action, so the run's Next action is out of date.
FOLLOWING = {
    "Thank-you note": "check_in_1_due",
    "1st check-in": "check_in_2_due",
    "2nd check-in": "final_due",
}
RESTING = ("Scheduled", "Moved on", "Closed")
MOVED = "Moved on — run again"
NEXT_STEP = "Next step due — run again"
# An unsent thank-you too late to send while the check-in is still off: uncoloured (ot93 F5).
SKIPPED = "Step skipped — run again"

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("faketime") is None,
    reason="LibreOffice or faketime is not installed",
)


class Tables(html.parser.HTMLParser):
    """The tables of LibreOffice's HTML export: per cell, its text and background colour."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[tuple[str, str | None]]]] = []
        self._cell: list[str] | None = None
        self._colour: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag == "td" and self.tables:
            self._cell = []
            colour = dict(attrs).get("bgcolor")
            self._colour = colour.lstrip("#").upper() if colour else None
            span = int(dict(attrs).get("colspan") or 1)
            self._span = span
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None and self.tables:
            text = "".join(self._cell).strip()
            self.tables[-1][-1].append((text, self._colour))
            for _ in range(self._span - 1):
                self.tables[-1][-1].append(("", self._colour))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def render(files: list[Path], day: dt.date, out: Path, profile: Path) -> dict[Path, list]:
    """The files' tables as LibreOffice computes them on ``day`` (one soffice call)."""
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "faketime",
            f"{day.isoformat()} 09:00:00",
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "html",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    rendered = {}
    for path in files:
        parser = Tables()
        parser.feed((out / (path.stem + ".html")).read_text(encoding="utf-8", errors="replace"))
        rendered[path] = parser.tables
    return rendered


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The sample written on AS_OF, a copy where the user filled one row's sent cell, the
    run's facts per row, and each day's rendering of both."""
    folder = tmp_path_factory.mktemp("live")
    path = folder / "tracker.xlsx"
    shutil.copy(SAMPLE, path)
    config = Config()
    process_file(path, config, RunOptions(AS_OF))
    table = resolve_roles(read_trackers(path, config.reading)[0])
    computed = compute_sheet(table, config, AS_OF)
    book = openpyxl.load_workbook(path)
    sheet = book["Interviews"]
    header = {cell.value: cell.column for cell in sheet[1]}
    rows = {}
    moves_on = pd.Series(computed.details.moves_on, index=computed.frame.index)
    drops_on = pd.Series(computed.details.drops_on, index=computed.frame.index)
    skips_on = pd.Series(computed.details.skips_on, index=computed.frame.index)
    later = pd.Series(computed.details.later_status, index=computed.frame.index)
    for excel_row in computed.frame.index:
        cell = sheet.cell(excel_row, header["Follow-up status"])
        rows[int(excel_row)] = {
            "formula": isinstance(cell.value, str) and cell.value.startswith("="),
            "status": computed.output.at[excel_row, "status"],
            "due": computed.output.at[excel_row, "next_due"],
            "country": str(computed.frame.at[excel_row, "country"]),
            "action": computed.output.at[excel_row, "next_action"],
            "moves_on": moves_on[excel_row],
            "drops_on": drops_on[excel_row],
            "skips_on": skips_on[excel_row],
            "later": later[excel_row],
        }
        following = FOLLOWING.get(rows[int(excel_row)]["action"])
        rows[int(excel_row)]["following"] = (
            computed.output.at[excel_row, following] if following else pd.NaT
        )
    # The user sends the first thank-you note that is due and types the date.
    sent_row = next(
        r for r, facts in rows.items() if facts["formula"] and facts["action"] == "Thank-you note"
    )
    sent = folder / "sent.xlsx"
    book["Interviews"].cell(sent_row, header["Thank-you Sent"]).value = AS_OF
    book.save(sent)
    return {
        "path": path,
        "sent": sent,
        "sent_row": sent_row,
        "rows": rows,
        "header": header,
        "table": table,
    }


@pytest.fixture(scope="module")
def renders(written: dict, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Each day's LibreOffice rendering of the written sample and of its sent copy."""
    folder = tmp_path_factory.mktemp("rendered")
    files = [written["path"], written["sent"]]
    return {
        day: render(files, day, folder / day.isoformat(), folder / "lo") for day in (AS_OF, *LATER)
    }


def business_day_calendar(country: str) -> np.busdaycalendar:
    table = rowloop.holiday_table(country, range(2025, 2029))
    weekend = getattr(table, "weekend", {5, 6})
    mask = [0 if day in weekend else 1 for day in range(7)]
    return np.busdaycalendar(weekmask=mask, holidays=sorted(table))


def expected_status(facts: dict[str, object], day: dt.date, due_soon_bd: int) -> str:
    """The status on ``day`` from the row's Next due and calendar (DESIGN section 3)."""
    if not facts["formula"]:
        return str(facts["status"])
    moves_on = facts["moves_on"]
    if moves_on == moves_on and moves_on.date() <= day:  # type: ignore[attr-defined]
        return MOVED  # not NaT, and come
    drops_on = facts["drops_on"]
    if drops_on == drops_on and drops_on.date() <= day:  # type: ignore[attr-defined]
        return str(facts["later"])  # the networking check-in dropped: a run's word then
    if facts["status"] == "Waiting":  # no due date: the word until it moves on
        return "Waiting"
    due = np.datetime64(facts["due"].date(), "D")  # type: ignore[attr-defined]
    today = np.datetime64(day, "D")
    following = facts["following"]
    skips_on = facts["skips_on"]  # an unsent thank-you too late to send
    if skips_on == skips_on and np.datetime64(skips_on.date(), "D") <= today:
        if following == following and following > skips_on:
            due = np.datetime64(following.date(), "D")  # the check-in's status, as a run's
        elif following != following:
            return SKIPPED
    elif following == following and np.datetime64(following.date(), "D") <= today:  # not NaT
        return "Next step due — run again"
    if due < today:
        return "Overdue"
    if due == today:
        return "Due today"
    calendar = business_day_calendar(str(facts["country"]))
    soon = np.busday_offset(today, due_soon_bd, roll="backward", busdaycal=calendar)
    if due <= soon:
        return "Due soon"
    status = str(facts["status"])
    return status if status in RESTING else "Scheduled"


def tracker_table(tables: list) -> tuple[list, dict[str, int]]:
    table = tables[0]
    # A header's note is exported in its cell, before the header: the last line names it.
    header = {text.split("\n")[-1].strip(): i for i, (text, _colour) in enumerate(table[0])}
    return table, header


@needs_libreoffice
@pytest.mark.slow
@pytest.mark.parametrize("day", [AS_OF, *LATER], ids=str)
def test_words_follow_the_date_and_colours_follow_the_words(written, renders, day):
    rows = written["rows"]
    table, header = tracker_table(renders[day][written["path"]])
    due_soon_bd = Config().rules.due_soon_bd
    disagreements = []
    live = 0
    for excel_row, facts in rows.items():
        cells = table[excel_row - 1]
        word, colour = cells[header["Follow-up status"]]
        company_colour = cells[header["Company"]][1]
        expected = expected_status(facts, day, due_soon_bd)
        live += facts["formula"] and word != facts["status"]
        if word != expected:
            disagreements.append((excel_row, "word", word, expected))
        for where, found in (("status", colour), ("company", company_colour)):
            if found != FILL.get(word):
                disagreements.append((excel_row, f"{where} colour", found, FILL.get(word)))
    assert disagreements == []
    if day != AS_OF:
        assert live  # some words did change: the file is not frozen at the run date


@pytest.mark.parametrize("day", [AS_OF, *LATER], ids=str)
def test_next_step_due_is_said_exactly_when_a_run_would_skip_the_next_action(written, day):
    """The expected words above say "Next step due — run again" from the day the following
    action's date comes; a run on that day names another next action then, and only then."""
    fresh = compute_sheet(written["table"], Config(), day).output
    due_soon_bd = Config().rules.due_soon_bd
    stale, skipped = [], []
    for excel_row, facts in written["rows"].items():
        if facts["formula"] and facts["action"] in FOLLOWING:
            if expected_status(facts, day, due_soon_bd) in (NEXT_STEP, SKIPPED):
                stale.append(excel_row)
            if fresh.at[excel_row, "next_action"] != facts["action"]:
                skipped.append(excel_row)
    assert stale == skipped
    assert bool(stale) == (day >= dt.date(2026, 11, 24))  # the sample's first such date


@needs_libreoffice
@pytest.mark.slow
def test_a_filled_sent_cell_says_sent_run_again(written, renders):
    for day in (AS_OF, LATER[0]):
        table, header = tracker_table(renders[day][written["sent"]])
        word, colour = table[written["sent_row"] - 1][header["Follow-up status"]]
        assert (word, colour) == ("Sent — run again", FILL["Sent — run again"])


@needs_libreoffice
@pytest.mark.slow
def test_drafts_urgency_says_run_again_when_the_tracker_row_does(written, renders):
    """On Thu 11-26 some rows' following step is due: their messages in the Drafts sheet (for
    the step a run now skips) say so too, in red; the others count the days."""
    day = LATER[1]
    tables = renders[day][written["path"]]
    table, header = tracker_table(tables)
    words = {r: table[r - 1][header["Follow-up status"]][0] for r in written["rows"]}
    outbox = next(t for t in tables if t and t[0] and t[0][0][0] == "Urgency")
    at = {text: i for i, (text, _colour) in enumerate(outbox[0])}
    seen = []
    for cells in outbox[1:]:
        row = int(cells[at["Tracker row"]][0].rsplit(" ", 1)[-1])
        urgency, colour = cells[at["Urgency"]]
        if words[row] in ("Next step due — run again", "Sent — run again"):
            assert (urgency, colour) == (words[row], FILL[words[row]])
            seen.append(row)
        else:
            assert urgency in ("Overdue", "Due today", "Tomorrow") or urgency.startswith("In ")
    assert seen


def test_cf_rules_name_the_colours_the_test_expects():
    assert {name: fill for name, _f, fill, _font in CF_RULES} == {
        "needs info": FILL["Needs info"],
        "overdue": FILL["Overdue"],
        "due today": FILL["Due today"],
        "due soon": FILL["Due soon"],
        "sent": FILL["Sent — run again"],
        "closed": FILL["Closed"],
        "duplicate": None,  # grey text on the row's own fill
        "next step": FILL["Next step due — run again"],
    }


def test_plain_statuses_stay_text_and_live_ones_cache_the_runs_word(written):
    book = openpyxl.load_workbook(written["path"], data_only=True)
    sheet = book["Interviews"]
    column = written["header"]["Follow-up status"]
    for excel_row, facts in written["rows"].items():
        assert sheet.cell(excel_row, column).value == facts["status"]  # the cached word
        has_due = facts["due"] == facts["due"]  # not NaT
        live = has_due and facts["status"] in {"Overdue", "Due today", "Due soon", *RESTING}
        live |= facts["status"] == "Waiting" and facts["moves_on"] == facts["moves_on"]
        assert facts["formula"] == live, excel_row
    formulas = openpyxl.load_workbook(written["path"])
    assert formulas["Calendars"].sheet_state == "hidden"
    assert formulas.calculation.fullCalcOnLoad
    # Each live formula is one the writer knows again as the tool's (a row emptied later, or
    # the formula filled down, is taken out by that), and no other status cell is.
    cells = [formulas["Interviews"].cell(row, column).value for row in written["rows"]]
    known = [isinstance(v, str) and is_status_formula(v) for v in cells]
    assert known == [facts["formula"] for facts in written["rows"].values()]


def test_a_status_formula_tests_the_following_steps_date(written):
    """Rows whose next action a later run may skip test the following step's due cell."""
    sheet = openpyxl.load_workbook(written["path"])["Interviews"]
    header = written["header"]
    letters = {
        "check_in_1_due": "1st check-in due",
        "check_in_2_due": "2nd check-in due",
        "final_due": "Final follow-up due",
    }
    tested = 0
    for excel_row, facts in written["rows"].items():
        formula = sheet.cell(excel_row, header["Follow-up status"]).value
        following = FOLLOWING.get(str(facts["action"]))
        if not facts["formula"] or following is None:
            continue
        cell = f"${openpyxl.utils.get_column_letter(header[letters[following]])}{excel_row}"
        test = f'IF(AND(ISNUMBER({cell}),{cell}<=TODAY()),"Next step due — run again",'
        assert (test in formula) == (facts["following"] == facts["following"]), excel_row
        tested += test in formula
    assert tested


def drafts(path: Path) -> tuple[list[str], list[tuple]]:
    sheet = openpyxl.load_workbook(path)["Drafts"]
    rows = list(sheet.iter_rows())
    return [c.value for c in rows[0]], rows[1:]


def test_drafts_sheet_is_an_outbox_of_the_horizon(written):
    headers, rows = drafts(written["path"])
    assert headers == [
        "Urgency",
        "Client",
        "Company",
        "Position",
        "To",
        "Email",
        "Action",
        "Due",
        "Subject",
        "Draft",
        "Compose",
        "Tracker row",
    ]
    at = {name: i for i, name in enumerate(headers)}
    horizon = dt.datetime.combine(AS_OF + dt.timedelta(days=Config().drafts_days), dt.time())
    keys = [(r[at["Due"]].value, r[at["Client"]].value) for r in rows]
    assert rows and keys == sorted(keys)
    assert all(due <= horizon for due, _client in keys)
    all_due = [
        facts["due"]
        for facts in written["rows"].values()
        if facts["due"] == facts["due"] and facts["status"] != "Needs info"
    ]
    assert any(due > horizon for due in all_due)  # the sample has messages left out
    sheet = openpyxl.load_workbook(written["path"])["Drafts"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:L{len(rows) + 1}"
    for row in rows:
        draft = row[at["Draft"]]
        assert draft.alignment.wrap_text and draft.alignment.vertical == "top"
        # Who and what are read whole too: a 60-character subject wraps in its column.
        for name in ("Subject", "To", "Company"):
            cell = row[at[name]]
            if cell.value is None:  # no one to write to: an empty cell, not written
                continue
            assert (cell.alignment.wrap_text, cell.alignment.vertical) == (True, "top"), name
        lines = draft.value.count("\n") + 1
        assert sheet.row_dimensions[draft.row].height >= 15 * min(lines, 40)


def test_the_tools_sheets_are_protected_so_nothing_typed_there_is_lost(written):
    """Both are rewritten on every run: a draft edited there, or a note typed below the
    counts, was thrown away by the next run without a word. Protected without a password;
    filtering, sorting and resizing stay allowed. The tracker sheet is the person's: open."""
    book = openpyxl.load_workbook(written["path"])
    for name in ("Drafts", "Summary"):
        protection = book[name].protection
        assert protection.sheet and not protection.password, name
        assert (protection.autoFilter, protection.sort) == (False, False), name
        assert (protection.formatColumns, protection.formatRows) == (False, False), name
    assert not book["Interviews"].protection.sheet


def test_compose_links_round_trip_to_subject_and_body(written):
    headers, rows = drafts(written["path"])
    at = {name: i for i, name in enumerate(headers)}
    for row in rows:
        link = row[at["Compose"]].hyperlink
        assert link is not None and link.target.startswith("mailto:")
        address, _, query = link.target.removeprefix("mailto:").partition("?")
        fields = urllib.parse.parse_qs(query, keep_blank_values=True)
        assert urllib.parse.unquote(address) == (row[at["Email"]].value or "")
        assert fields["subject"] == [row[at["Subject"]].value]
        if row[at["Compose"]].value == "Compose":
            # The draft's lines, broken by CRLF as RFC 6068 asks of a link (ot85 F8).
            assert fields["body"] == [row[at["Draft"]].value.replace("\n", "\r\n")]
        else:
            assert "body" not in fields and len(link.target) <= 2000
        place = row[at["Tracker row"]].value  # a formula that follows the row
        assert place.startswith("=IFERROR(HYPERLINK(\"#'Interviews'!A\"&ROW('Interviews'!$B$")


@needs_libreoffice
@pytest.mark.slow
def test_summary_counts_what_the_tracker_shows_that_day(written, renders):
    day = LATER[1]
    tables = renders[day][written["path"]]
    table, header = tracker_table(tables)
    words = [table[r - 1][header["Follow-up status"]][0] for r in written["rows"]]
    summary = next(t for t in tables if t and t[0] and t[0][0][0] == "Status")
    assert "Computed on Fri 2026-11-20" in summary[1][0][0]
    counts = {}
    for cells in summary[2:]:
        if len(cells) > 2 and cells[2][0] == "All":
            counts[cells[0][0]] = int(cells[1][0])
    assert counts and all(counts[w] == words.count(w) for w in counts)


def test_tracker_subject_links_to_the_same_mailto(written):
    """A row of one message links to it; a panel's row (a message each) to the note its Draft
    cell holds, to all of them (ot127 F2: it opened the first one's own note)."""
    headers, rows = drafts(written["path"])
    at = {name: i for i, name in enumerate(headers)}
    texts = openpyxl.load_workbook(written["path"], data_only=True)["Drafts"]
    compose: dict[int, list[str]] = {}
    emails: dict[int, list[str]] = {}
    for row in rows:
        shown = texts.cell(row[0].row, at["Tracker row"] + 1).value
        number = int(shown.rsplit(" ", 1)[-1])
        compose.setdefault(number, []).append(row[at["Compose"]].hyperlink.target)
        emails.setdefault(number, []).extend((row[at["Email"]].value or "").split(", "))
    sheet = openpyxl.load_workbook(written["path"])["Interviews"]
    column = written["header"]["Draft subject"]
    linked = {
        cell.row: cell.hyperlink.target
        for (cell,) in sheet.iter_rows(min_col=column, max_col=column, min_row=2)
        if cell.hyperlink is not None
    }
    assert linked.keys() == compose.keys()
    panels = [number for number, links in compose.items() if len(links) > 1]
    assert len(panels) == 3  # Pixelforge's, Shopwise's (no addresses) and Thames Capital's
    for number, links in compose.items():
        if len(links) == 1:
            assert linked[number] == links[0]
            continue
        address, _, query = linked[number].removeprefix("mailto:").partition("?")
        fields = urllib.parse.parse_qs(query, keep_blank_values=True)
        assert urllib.parse.unquote(address) == ",".join(e for e in emails[number] if e)
        assert fields["subject"] == [sheet.cell(number, column).value]
        draft = sheet.cell(number, written["header"]["Draft"]).value
        assert fields["body"] == [draft.replace("\n", "\r\n")]


def test_a_rerun_with_nothing_changed_writes_nothing(written):
    before = written["path"].read_bytes()
    process_file(written["path"], Config(), RunOptions(AS_OF))
    assert written["path"].read_bytes() == before


# --- Moving on between runs (ot22 F3, F6; ot36 F1, F2) ------------------------------------------
# Applications run on Tue 2026-04-07 (US): Orbit's check-in, due Tue 03-03, goes quiet 8
# weeks on (a run says "Moved on" from Tue 04-28, the day its Why names); Greenleaf's, marked
# sent in its Status cell ("Followed up", counted on its due date Wed 03-25), has no reply 10
# bd later (Wed 04-08); Kestrel's is due Fri 04-10. Northwind rejected after an interview on Tue
# 2025-12-23: its networking check-in, due Tue 03-03, is dropped unsent 8 weeks on (Tue 04-28:
# a run says Closed). Contoso's final follow-up, due Wed 2025-10-29, went quiet on Wed 12-24:
# it moved on, and its networking check-in, due Wed 03-04, is dropped on Wed 04-29 (a run says
# Moved on). In a copy the person types "follow-up sent" into Kestrel's Status cell, the only
# place this tracker has for it.
QUIET_AS_OF = dt.date(2026, 4, 7)
QUIET_ROWS = (
    ("Orbit Games", "Producer", dt.date(2026, 2, 23), None, "Applied", "Gaming"),
    ("Greenleaf Charity", "Fundraiser", dt.date(2026, 3, 16), None, "Followed up", "Retail"),
    ("Kestrel Bank", "Analyst", dt.date(2026, 3, 30), None, "Applied", "Banking"),
    ("Northwind", "Analyst", None, dt.date(2025, 12, 23), "Rejected", "Retail"),
    ("Contoso", "Analyst", None, dt.date(2025, 10, 1), "Interviewing", "Retail"),
)
# Day -> each row's word (and the copy's Kestrel) in the workbook that day, and a run's status.
QUIET_DAYS = {
    dt.date(2026, 4, 7): (
        ("Overdue", "Waiting", "Scheduled", "Overdue", "Overdue"),
        ("Overdue", "Waiting", "Scheduled", "Overdue", "Overdue"),
    ),
    dt.date(2026, 4, 8): (
        ("Overdue", MOVED, "Due soon", "Overdue", "Overdue"),
        ("Overdue", "Moved on", "Due soon", "Overdue", "Overdue"),
    ),
    dt.date(2026, 4, 27): (
        ("Overdue", MOVED, "Overdue", "Overdue", "Overdue"),
        ("Overdue", "Moved on", "Overdue", "Overdue", "Overdue"),
    ),
    dt.date(2026, 4, 28): (
        (MOVED, MOVED, "Overdue", "Closed", "Overdue"),
        ("Moved on", "Moved on", "Overdue", "Closed", "Overdue"),
    ),
    dt.date(2026, 4, 29): (
        (MOVED, MOVED, "Overdue", "Closed", "Moved on"),
        ("Moved on", "Moved on", "Overdue", "Closed", "Moved on"),
    ),
}


@pytest.fixture(scope="module")
def quiet(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("quiet")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Applications"
    sheet.append(
        ["Company", "Position", "Date Applied", "Interview Date", "Status", "Industry", "Country"]
    )
    for row in QUIET_ROWS:
        sheet.append([*row, "US"])
    path = folder / "applications.xlsx"
    book.save(path)
    process_file(path, Config(), RunOptions(QUIET_AS_OF))
    written = openpyxl.load_workbook(path)
    written["Applications"]["E4"] = "follow-up sent"
    sent = folder / "followed.xlsx"
    written.save(sent)
    return {"path": path, "sent": sent}


@pytest.mark.parametrize("day", list(QUIET_DAYS), ids=str)
def test_a_run_moves_the_rows_on_the_days_the_table_says(quiet, day):
    table = resolve_roles(read_trackers(quiet["path"], Config().reading)[0])
    status = compute_sheet(table, Config(), day).output["status"]
    assert tuple(status.tolist()) == QUIET_DAYS[day][1]


@needs_libreoffice
@pytest.mark.slow
def test_the_status_says_moved_on_run_again_from_the_day_a_run_moves_the_row_on(quiet, tmp_path):
    """A check-in left unsent 8 weeks, or sent and unanswered 10 bd, moves the row on: the
    workbook says to run again that day, not Overdue (red, and in the outbox) or Waiting for
    weeks; a networking check-in left unsent 8 weeks is dropped: the workbook says what a run
    says that day, Closed or Moved on, and so does its outbox urgency; a Status cell changed
    to a followed-up word says Sent — run again."""
    files = [quiet["path"], quiet["sent"]]
    seen, expected = {}, {}
    for day, (words, _run) in QUIET_DAYS.items():
        tables = render(files, day, tmp_path / day.isoformat(), tmp_path / "lo")
        table, header = tracker_table(tables[quiet["path"]])
        sent, _ = tracker_table(tables[quiet["sent"]])
        at = header["Follow-up status"]
        seen[day] = [tuple(table[r][at]) for r in range(1, 6)] + [tuple(sent[3][at])]
        expected[day] = [(word, FILL.get(word)) for word in (*words, "Sent — run again")]
        outbox = next(t for t in tables[quiet["path"]] if t and t[0] and t[0][0][0] == "Urgency")
        # By the Company heading: the Client column is hidden when, as here, every row's is empty.
        company = [cell[0] for cell in outbox[0]].index("Company")
        urgency = {cells[company][0]: cells[0][0] for cells in outbox[1:]}
        seen[day] += [urgency["Orbit Games"], urgency["Northwind"], urgency["Contoso"]]
        expected[day] += [words[0], words[3], words[4]]
    assert seen == expected


# An unsent thank-you is skipped two weeks after its due date though the 1st check-in is
# further off (ot74 F3): a decision stated for Tue 2027-03-30 puts it on Wed 03-31. The video
# interview's thank-you is due Thu 01-14, skipped from Thu 01-28; the phone screen's is due
# the day itself, Wed 01-13, skipped from Wed 01-27. Day -> the workbook's words, a run's
# next actions and statuses: from the skip day the workbook says what a run says, the
# check-in's status by its own date (fx174; ot93 F5 had "Step skipped — run again" until the
# check-in's day).
LATE_THANKS_AS_OF = dt.date(2027, 1, 20)
LATE_THANKS_DAYS = {
    dt.date(2027, 1, 26): (
        ("Overdue", "Overdue"),
        ("Thank-you note", "Thank-you note"),
        ("Overdue", "Overdue"),
    ),
    dt.date(2027, 1, 27): (
        ("Overdue", "Scheduled"),
        ("Thank-you note", "1st check-in"),
        ("Overdue", "Scheduled"),
    ),
    dt.date(2027, 1, 28): (
        ("Scheduled", "Scheduled"),
        ("1st check-in", "1st check-in"),
        ("Scheduled", "Scheduled"),
    ),
    # The 1st check-in's day: due today, as a run says.
    dt.date(2027, 3, 31): (
        ("Due today", "Due today"),
        ("1st check-in", "1st check-in"),
        ("Due today", "Due today"),
    ),
}


@pytest.fixture(scope="module")
def late_thanks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Interviews"
    sheet.append(["Company", "Position", "Interview Date", "Interview Type", "Decision Date"])
    for company, kind in (("Solvay", "Video"), ("Umicore", "Phone")):
        sheet.append([company, "Engineer", dt.date(2027, 1, 13), kind, dt.date(2027, 3, 30)])
    path = tmp_path_factory.mktemp("late_thanks") / "tracker.xlsx"
    book.save(path)
    process_file(path, Config(), RunOptions(LATE_THANKS_AS_OF))
    return path


@pytest.mark.parametrize("day", list(LATE_THANKS_DAYS), ids=str)
def test_a_run_skips_a_thank_you_two_weeks_late(late_thanks, day):
    table = resolve_roles(read_trackers(late_thanks, Config().reading)[0])
    output = compute_sheet(table, Config(), day).output
    assert tuple(output["next_action"].tolist()) == LATE_THANKS_DAYS[day][1]
    assert tuple(output["status"].tolist()) == LATE_THANKS_DAYS[day][2]


def test_a_thank_you_status_follows_the_check_in_from_the_day_it_is_too_late(late_thanks):
    sheet = openpyxl.load_workbook(late_thanks)["Interviews"]
    video, phone = (sheet.cell(row, 6).value for row in (2, 3))
    # From the skip day, the status by the 1st check-in's date (column J), red "Next step due"
    # once the 2nd check-in's (column K) comes.
    assert video.startswith(
        "=IF(TODAY()>=DATE(2027,1,28),IF(AND(ISNUMBER($K2),$K2<=TODAY()),"
        f'"{NEXT_STEP}",IF($J2<TODAY(),"Overdue",IF($J2=TODAY(),"Due today",'
    )
    assert phone.startswith("=IF(TODAY()>=DATE(2027,1,27),IF(AND(ISNUMBER($K3),")
    assert SKIPPED not in video + phone


@needs_libreoffice
@pytest.mark.slow
def test_the_status_follows_the_check_in_from_the_day_a_thank_you_is_too_late(
    late_thanks, tmp_path
):
    """The thank-you still due when the workbook was written is Overdue until a run would
    skip it, then says what a run says: the check-in's status by its date, not Overdue for
    weeks while the check-in waits."""
    seen, expected = {}, {}
    for day, (words, _run, _status) in LATE_THANKS_DAYS.items():
        tables = render([late_thanks], day, tmp_path / day.isoformat(), tmp_path / "lo")
        table, header = tracker_table(tables[late_thanks])
        at = header["Follow-up status"]
        seen[day] = [tuple(table[row][at]) for row in (1, 2)]
        expected[day] = [(word, FILL.get(word)) for word in words]
    assert seen == expected


# Every day of a 1st check-in's window after a thank-you skipped as too late, from the day
# before the skip to 3 bd past the check-in (fx174): the workbook written on Tue 2026-11-10
# says what a run that day says. US calendar: Thanksgiving Thu 11-26, weekends 11-21/22 and
# 11-28/29. Acme (video Wed 11-04, decision Wed 11-25): thank-you due Thu 11-05, too late from
# Thu 11-19; check-in 1 bd after the decision, Fri 11-27 (Thanksgiving skipped), so "due soon"
# from Tue 11-24 (2 bd on is Fri). Beta (phone Wed 11-04, decision Fri 11-20): thank-you due
# Wed 11-04, too late from Wed 11-18; check-in Mon 11-23 moved to Tue 11-24 (send window).
WINDOW_AS_OF = dt.date(2026, 11, 10)
WINDOW_ROWS = (
    ("Acme", dt.date(2026, 11, 4), "Video", dt.date(2026, 11, 25)),
    ("Beta", dt.date(2026, 11, 4), "Phone", dt.date(2026, 11, 20)),
)
# Day -> (Acme, Beta): the tracker's status, and the Drafts sheet's urgency of its thank-you.
WINDOW_DAYS = {
    dt.date(2026, 11, 17): (("Overdue", "Overdue"), ("Overdue", "Overdue")),
    dt.date(2026, 11, 18): (("Overdue", "Scheduled"), ("Overdue", SKIPPED)),
    dt.date(2026, 11, 19): (("Scheduled", "Scheduled"), (SKIPPED, SKIPPED)),
    dt.date(2026, 11, 20): (("Scheduled", "Due soon"), (SKIPPED, SKIPPED)),
    dt.date(2026, 11, 21): (("Scheduled", "Due soon"), (SKIPPED, SKIPPED)),
    dt.date(2026, 11, 22): (("Scheduled", "Due soon"), (SKIPPED, SKIPPED)),
    dt.date(2026, 11, 23): (("Scheduled", "Due soon"), (SKIPPED, SKIPPED)),
    dt.date(2026, 11, 24): (("Due soon", "Due today"), (SKIPPED, SKIPPED)),
    dt.date(2026, 11, 25): (("Due soon", "Overdue"), (SKIPPED, SKIPPED)),
    dt.date(2026, 11, 26): (("Due soon", "Overdue"), (SKIPPED, SKIPPED)),
    dt.date(2026, 11, 27): (("Due today", "Overdue"), (SKIPPED, SKIPPED)),
    dt.date(2026, 11, 28): (("Overdue", "Overdue"), (SKIPPED, SKIPPED)),
    dt.date(2026, 11, 29): (("Overdue", "Overdue"), (SKIPPED, SKIPPED)),
    dt.date(2026, 11, 30): (("Overdue", "Overdue"), (SKIPPED, SKIPPED)),
    dt.date(2026, 12, 1): (("Overdue", "Overdue"), (SKIPPED, SKIPPED)),
    dt.date(2026, 12, 2): (("Overdue", "Overdue"), (SKIPPED, SKIPPED)),
}


@pytest.fixture(scope="module")
def window(tmp_path_factory: pytest.TempPathFactory) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Interviews"
    sheet.append(["Company", "Position", "Interview Date", "Interview Type", "Decision Date"])
    for company, interview, kind, decision in WINDOW_ROWS:
        sheet.append([company, "Engineer", interview, kind, decision])
    path = tmp_path_factory.mktemp("window") / "tracker.xlsx"
    book.save(path)
    process_file(path, Config(), RunOptions(WINDOW_AS_OF))
    return path


@pytest.mark.parametrize("day", list(WINDOW_DAYS), ids=str)
def test_a_run_on_each_day_of_the_check_in_window(window, day):
    table = resolve_roles(read_trackers(window, Config().reading)[0])
    status = compute_sheet(table, Config(), day).output["status"]
    assert tuple(status.tolist()) == WINDOW_DAYS[day][0]


@needs_libreoffice
@pytest.mark.slow
def test_the_workbook_says_what_a_run_says_on_each_day_of_the_check_in_window(window, tmp_path):
    """The status formula against the table a run gives (above), each day under a faked
    clock, its colour the word's; the outbox's thank-you says it was skipped from the day a
    run skips it."""
    seen, expected = {}, {}
    for day, (words, urgencies) in WINDOW_DAYS.items():
        tables = render([window], day, tmp_path / day.isoformat(), tmp_path / "lo")
        table, header = tracker_table(tables[window])
        at = header["Follow-up status"]
        outbox = next(t for t in tables[window] if t and t[0] and t[0][0][0] == "Urgency")
        company = [cell[0] for cell in outbox[0]].index("Company")
        urgency = {cells[company][0]: cells[0][0] for cells in outbox[1:]}
        seen[day] = ([tuple(table[row][at]) for row in (1, 2)], [urgency["Acme"], urgency["Beta"]])
        expected[day] = ([(word, FILL.get(word)) for word in words], list(urgencies))
    assert seen == expected


def sent_word(ref: str) -> str:
    """The word of a sent cell filled since the run: "Needs info" while its date is after
    today (a message cannot be sent in the future), else "Sent — run again"."""
    return f'IF(N({ref})>TODAY(),"Needs info","Sent — run again")'


def marked_or_dated(ref: str, floor: int) -> str:
    """The live test of a sent cell: text but spaces alone, a no ("no", "not yet", "-", "n/a",
    compared without spaces, hyphens, slashes and dots) or a question; a ticked checkbox; or a
    date after ``floor``."""
    key = f'SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE({ref}," ",""),"-",""),"/",""),".","")'
    unsent = '{"","no","n","notyet","notsent","pending","na","none","tbd","tbc","tba"}'
    said = f'RIGHT(TRIM({ref}))<>"?",ISNA(MATCH({key},{unsent},0))'
    return f"OR(AND(ISTEXT({ref}),{said}),{ref}=TRUE,N({ref})>{floor})"


def test_a_check_in_typed_as_sent_after_the_skip_says_sent_run_again(tmp_path):
    """From the skip day the check-in is the row's next action: filling its sent cell says to
    run again, as filling the thank-you's does on any day."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Interviews"
    sheet.append(
        ["Company", "Position", "Interview Date", "Interview Type", "Decision Date"]
        + ["Thank-you Sent", "1st Check-in Sent"]
    )
    sheet.append(["Acme", "Engineer", dt.date(2026, 11, 4), "Video", dt.date(2026, 11, 25)])
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    process_file(path, Config(), RunOptions(WINDOW_AS_OF))
    formula = openpyxl.load_workbook(path)["Interviews"]["H2"].value
    assert formula.startswith(
        f"=IF({marked_or_dated('$F2', 46329)},{sent_word('$F2')},"
        "IF(TODAY()>=DATE(2026,11,19),"
        f"IF({marked_or_dated('$G2', 46329)},{sent_word('$G2')},"
    )


# What a person types into the thank-you's sent cell after a run on Mon 2026-12-28, each on
# its own row (US interviews on Thu 12-24 10:00, the thank-you due Fri 12-25): the cell as
# the run read it (a date before the interview, reported and not counted; or empty), what is
# typed, and the word the next day, as the next run counts it (ot120 F2: "yes" typed over the
# rejected date stayed Overdue; F3: a date before the interview read as sent).
TYPED_AS_OF = dt.date(2026, 12, 28)
TYPED_DAY = dt.date(2026, 12, 29)
TYPO = dt.date(2026, 12, 19)
SENT = "Sent — run again"
TYPED = (
    ("Brightline", TYPO, "yes", SENT),
    ("Cobalt Labs", TYPO, "x", SENT),
    ("Dunmore", TYPO, dt.date(2026, 12, 20), "Overdue"),  # still before the interview
    ("Elmwood", TYPO, dt.date(2026, 12, 24), SENT),  # the interview's day
    ("Fernhill", None, TYPO, "Overdue"),
    ("Greyfield", None, dt.date(2026, 12, 26), SENT),
    ("Harbor AI", None, "x", SENT),
    ("Ironbark", None, "\u2713", SENT),
    ("Juniper", None, "Sent", SENT),
    ("Kestrel", None, True, SENT),  # a ticked checkbox
    ("Lumen", None, None, "Overdue"),
    ("Moss & Co", None, "   ", "Overdue"),  # spaces alone: no mark, to the run either
    # A no typed in place of a mark (fx293: each read "Sent — run again" until the next run).
    ("Northgate", None, "no", "Overdue"),
    ("Oakridge", None, "not yet", "Overdue"),
    ("Pinecrest", None, "Not yet", "Overdue"),
    ("Quarry Bay", None, "-", "Overdue"),
    ("Redwood", None, "n/a", "Overdue"),
    ("Sablewood", None, "TBD", "Overdue"),
    ("Tidewater", None, "pending", "Overdue"),
    ("Upland", TYPO, "No", "Overdue"),
    ("Vireo", None, "sent?", "Overdue"),  # asks: the run counts no question
    ("Westbrook", None, "sent", SENT),
    ("Yarrow", None, "2026-12-26", SENT),  # a date typed into a text column
    # A date after the day it is opened: not sent yet, as a run that day says (ot140 F3: it
    # said "Sent — run again"); on the day itself, sent.
    ("Zephyr", None, dt.date(2027, 1, 20), "Needs info"),
    ("Zircon", TYPO, dt.date(2026, 12, 30), "Needs info"),
    ("Zodiac", None, TYPED_DAY, SENT),
)


@pytest.fixture(scope="module")
def typed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The tracker of ``TYPED`` as the run on ``TYPED_AS_OF`` wrote it, and a copy with each
    row's sent cell typed."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Interviews"
    sheet.append(["Company", "Position", "Interview Date", "Country", "Thank-you Sent"])
    for company, read, _typed, _word in TYPED:
        sheet.append([company, "Engineer", dt.datetime(2026, 12, 24, 10), "US", read])
    path = tmp_path_factory.mktemp("typed") / "tracker.xlsx"
    book.save(path)
    process_file(path, Config(), RunOptions(TYPED_AS_OF))
    written = openpyxl.load_workbook(path)
    for row, (_company, _read, value, _word) in enumerate(TYPED, start=2):
        written["Interviews"].cell(row, 5).value = value
    filled = path.with_name("filled.xlsx")
    written.save(filled)
    return {"path": path, "filled": filled}


def test_the_sent_test_counts_a_mark_or_a_date_from_the_interview_on(typed):
    """One test for an empty cell and for a date the run did not count: text (a mark, not a
    no), a ticked checkbox, or a date from the interview's day (Thu 12-24, serial 46380) on."""
    sheet = openpyxl.load_workbook(typed["path"])["Interviews"]
    for row in range(2, len(TYPED) + 2):
        test = marked_or_dated(f"$E{row}", 46379)
        assert sheet.cell(row, 6).value.startswith(f"=IF({test},{sent_word(f'$E{row}')},"), row


@pytest.mark.parametrize("word", UNSENT_TYPED)
def test_the_nos_the_live_test_knows_are_ones_the_run_reads_as_not_sent(word):
    """The live test's list of nos (as it compares them) holds no word a run counts."""
    unsent = {header_key(no) for no in NO_MARKS | PLACEHOLDERS | NOT_APPLICABLE}
    assert word in unsent


def test_an_application_check_in_counts_from_the_applied_date(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Position", "Date Applied", "Application Check-in Sent", "Country"])
    sheet.append(["Northwind", "Analyst", dt.date(2026, 12, 1), dt.date(2026, 11, 30), "US"])
    path = tmp_path / "applications.xlsx"
    book.save(path)
    process_file(path, Config(), RunOptions(TYPED_AS_OF))
    formula = openpyxl.load_workbook(path).active["F2"].value
    # Tue 12-01 is serial 46357; the check-in typed the day before is not counted.
    assert formula.startswith(f"=IF({marked_or_dated('$D2', 46356)},{sent_word('$D2')},")


def test_a_run_the_next_day_counts_the_typed_cells_as_the_table_says(typed):
    table = resolve_roles(read_trackers(typed["filled"], Config().reading)[0])
    output = compute_sheet(table, Config(), TYPED_DAY).output
    said = [
        status if status == "Needs info" else SENT if action != "Thank-you note" else "unsent"
        for status, action in zip(output["status"], output["next_action"], strict=True)
    ]
    assert said == [word if word in (SENT, "Needs info") else "unsent" for *_, word in TYPED]


@needs_libreoffice
@pytest.mark.slow
def test_the_typed_sent_cells_read_as_the_next_run_counts_them(typed, tmp_path):
    """The status word and colour the next day, and the thank-you's urgency in the outbox."""
    tables = render([typed["filled"]], TYPED_DAY, tmp_path / "out", tmp_path / "lo")
    table, header = tracker_table(tables[typed["filled"]])
    at = header["Follow-up status"]
    seen = {cells[0][0]: tuple(cells[at]) for cells in table[1 : len(TYPED) + 1]}
    assert seen == {company: (word, FILL[word]) for company, _r, _t, word in TYPED}
    outbox = next(t for t in tables[typed["filled"]] if t and t[0] and t[0][0][0] == "Urgency")
    company = [cell[0] for cell in outbox[0]].index("Company")
    urgency = {cells[company][0]: cells[0][0] for cells in outbox[1:]}
    assert urgency == {company: word for company, _r, _t, word in TYPED}


# A coach's workbook of two tracker sheets, each run on its own (--sheet), each with its
# countries' rows: Europe's German rows and English ones (Mon 12-28 is Boxing Day observed
# there, a working day in Germany), the Gulf's Saudi and Emirati ones.
ONE_SHEET_ROWS = {
    "Europe": (("DE-1228", "DE", dt.date(2026, 12, 28)), ("GB-1228", "GB", dt.date(2026, 12, 28))),
    "Gulf": (("SA-1207", "SA", None), ("AE-1207", "AE", None)),
}
# Runs of one sheet after another (sheet, as of, rows added to it first): each run rebuilds
# the calendars sheet for the whole workbook while the other sheet's formulas stay as they
# were written (ot140 F1: a calendar sorting before the others moved every column, and the
# English rows counted Germany's days).
ONE_SHEET_RUNS = {
    "the second sheet brings calendars that sort first": (
        ("Europe", dt.date(2026, 12, 9), ()),
        ("Gulf", dt.date(2026, 12, 10), ()),
    ),
    "rows of new countries added to a written sheet": (
        ("Europe", dt.date(2026, 12, 9), ()),
        ("Gulf", dt.date(2026, 12, 10), ()),
        ("Gulf", dt.date(2026, 12, 10), (("BN-1207", "BN", None), ("CH-1207", "CH", None))),
    ),
    "the first sheet run again, its calendars not all its own": (
        ("Gulf", dt.date(2026, 12, 9), ()),
        ("Europe", dt.date(2026, 12, 10), ()),
        ("Gulf", dt.date(2026, 12, 10), (("AT-1207", "AT", None),)),
    ),
}
# Each country as the calendars sheet heads its column.
CALENDAR_KEYS = {"GB": "GB-ENG"}  # the others, the country's code
RANGE_COLUMN = re.compile(r"'Calendars'!\$([A-Z]+)\$2:")


def one_sheet_at_a_time(folder: Path, runs: tuple) -> Path:
    """The two-sheet workbook after ``runs``, each of one sheet (--sheet)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    header = ["Company", "Position", "Interview Date", "Interview Type", "Country"]
    for title, rows in ONE_SHEET_ROWS.items():
        sheet = book.create_sheet(title)
        sheet.append([*header, "Thank-you Sent", "Decision Date"])
        for company, country, decision in rows:
            interview = dt.date(2026, 12, 8) if decision else dt.date(2026, 12, 7)
            sent = interview if decision else None
            sheet.append([company, "Engineer", interview, "Video", country, sent, decision])
    path = folder / "coach.xlsx"
    book.save(path)
    for sheet, as_of, added in runs:
        if added:
            book = openpyxl.load_workbook(path)
            for company, country, _ in added:
                book[sheet].append([company, "Engineer", dt.date(2026, 12, 7), "Video", country])
            book.save(path)
        process_file(path, of_sheet(sheet), RunOptions(as_of))
    return path


def of_sheet(sheet: str) -> Config:
    """The config of a run of one sheet (``--sheet``)."""
    config = Config()
    return dataclasses.replace(config, reading=dataclasses.replace(config.reading, sheet=sheet))


def calendar_of_each_row(path: Path) -> dict[str, set[str]]:
    """Each row's company -> the headers of the calendars columns its status formula names."""
    book = openpyxl.load_workbook(path)
    heads = {cell.column_letter: cell.value for cell in book["Calendars"][1]}
    named = {}
    for title in ONE_SHEET_ROWS:
        sheet = book[title]
        header = {cell.value: cell.column for cell in sheet[1]}
        for row in range(2, sheet.max_row + 1):
            formula = str(sheet.cell(row, header["Follow-up status"]).value)
            columns = set(RANGE_COLUMN.findall(formula))
            named[sheet.cell(row, 1).value] = {heads[column] for column in columns}
    return named


@pytest.mark.parametrize("runs", list(ONE_SHEET_RUNS.values()), ids=list(ONE_SHEET_RUNS))
def test_a_run_of_one_sheet_leaves_the_others_formulas_on_their_calendars(runs, tmp_path):
    path = one_sheet_at_a_time(tmp_path, runs)
    named = calendar_of_each_row(path)
    country = {company: company.split("-")[0] for company in named}
    assert named == {company: {CALENDAR_KEYS.get(c, c)} for company, c in country.items()}


def test_a_run_of_one_sheet_with_nothing_changed_writes_nothing(tmp_path):
    runs = ONE_SHEET_RUNS["the second sheet brings calendars that sort first"]
    path = one_sheet_at_a_time(tmp_path, runs)
    before = path.read_bytes()
    [report] = process_file(path, of_sheet("Gulf"), RunOptions(runs[-1][1]))
    assert (report.unchanged, path.read_bytes() == before) == (True, True)


@needs_libreoffice
@pytest.mark.slow
def test_the_english_rows_count_englands_days_after_the_gulf_sheet_is_run(tmp_path):
    """On Wed 12-23 the check-ins due Tue 12-29 are due soon in England (Mon 12-28 a bank
    holiday: two business days off) and not yet in Germany, as a run that day says."""
    runs = ONE_SHEET_RUNS["the second sheet brings calendars that sort first"]
    path = one_sheet_at_a_time(tmp_path, runs)
    day = dt.date(2026, 12, 23)
    tables = render([path], day, tmp_path / "out", tmp_path / "lo")
    europe, header = tracker_table(tables[path])
    at = header["Follow-up status"]
    seen = {cells[0][0]: cells[at][0] for cells in europe[1:] if cells and cells[0][0]}
    assert seen == {"DE-1228": "Scheduled", "GB-1228": "Due soon"}


# A workbook of two sheets run whole on Fri 2026-11-20, then a row of another year added to
# its first sheet and that sheet run on its own (--sheet Pipeline). The first sheet's
# calendars start the calendars sheet's columns: a row of 2025 started them a year earlier
# and the other sheet's ranges, their rows as written, stopped a year short (2027-12-30),
# so from then on its words were the resting ones (fx338).
ADDED_OF_ANOTHER_YEAR = {
    "an interview of the year before": dt.date(2025, 2, 3),
    "an interview two years on": dt.date(2028, 11, 20),
}
# The other sheet's check-ins, due Tue 2028-01-04 (the decision Fri 2027-12-31): in England
# Mon 01-03 is New Year's Day observed, so from Thu 12-30 they are two business days off.
OTHER_SHEET_ROWS = (("GB-A", "GB"), ("DE-A", "DE"))
# The days each row's formula names, as written by the run of every sheet: (the calendar,
# the first day, the last).
NAMED_DAYS = {
    "GB-A": ("GB-ENG", dt.date(2026, 1, 2), dt.date(2028, 12, 29)),
    "DE-A": ("DE", dt.date(2026, 1, 2), dt.date(2028, 12, 29)),
    "GB-B": ("GB-ENG", dt.date(2026, 1, 2), dt.date(2028, 12, 29)),
}


def run_with_a_row_of_another_year(folder: Path, interview: dt.date) -> Path:
    """The two-sheet workbook run whole, then a row interviewed on ``interview`` added to
    Pipeline and Pipeline run on its own."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    header = ["Company", "Position", "Interview Date", "Interview Type", "Country"]
    pipeline = book.create_sheet("Pipeline")
    pipeline.append(header)
    pipeline.append(["GB-B", "Engineer", dt.date(2026, 11, 17), "Video", "GB"])
    offers = book.create_sheet("Offers")
    offers.append([*header, "Thank-you Sent", "Decision Date"])
    for company, country in OTHER_SHEET_ROWS:
        interview_day = dt.date(2026, 11, 16)
        row = [company, "Engineer", interview_day, "Video", country, interview_day]
        offers.append([*row, dt.date(2027, 12, 31)])
    path = folder / "coach.xlsx"
    book.save(path)
    process_file(path, Config(), RunOptions(AS_OF))
    book = openpyxl.load_workbook(path)
    book["Pipeline"].append(["GB-B2", "Engineer", interview, "Video", "GB"])
    book.save(path)
    process_file(path, of_sheet("Pipeline"), RunOptions(AS_OF))
    return path


def days_each_row_names(path: Path) -> dict[str, tuple[str, dt.date, dt.date]]:
    """Each row's company -> its status formula's calendar, first day and last day, as the
    calendars sheet holds them, for the rows of the sheets with such a formula."""
    book = openpyxl.load_workbook(path)
    calendars = book["Calendars"]
    named = {}
    for sheet in (book["Offers"], book["Pipeline"]):
        header = {cell.value: cell.column for cell in sheet[1]}
        for row in range(2, sheet.max_row + 1):
            formula = str(sheet.cell(row, header["Follow-up status"]).value)
            found = re.search(r"'Calendars'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)", formula)
            if found is None:
                continue
            column, first, last = found.groups()
            key = calendars[f"{column}1"].value
            days = [calendars[f"{column}{at}"].value for at in (first, last)]
            named[sheet.cell(row, 1).value] = (key, *(day.date() for day in days))
    return named


@pytest.mark.parametrize(
    "interview", list(ADDED_OF_ANOTHER_YEAR.values()), ids=list(ADDED_OF_ANOTHER_YEAR)
)
def test_a_run_of_one_sheet_leaves_the_other_sheets_days_where_they_were(interview, tmp_path):
    path = run_with_a_row_of_another_year(tmp_path, interview)
    named = days_each_row_names(path)
    named.pop("GB-B2", None)  # the row added: of 2025, no live word; of 2028, as GB-B's
    assert named == NAMED_DAYS
    before = path.read_bytes()
    [report] = process_file(path, of_sheet("Pipeline"), RunOptions(AS_OF))
    assert (report.unchanged, path.read_bytes() == before) == (True, True)


@needs_libreoffice
@pytest.mark.slow
@pytest.mark.parametrize(
    ("day", "seen"),
    [
        (dt.date(2027, 12, 30), {"GB-A": "Due soon", "DE-A": "Scheduled"}),
        (dt.date(2028, 1, 3), {"GB-A": "Due soon", "DE-A": "Due soon"}),
    ],
    ids=str,
)
def test_the_other_sheets_words_after_a_run_of_one_sheet_with_an_earlier_year(day, seen, tmp_path):
    path = run_with_a_row_of_another_year(
        tmp_path, ADDED_OF_ANOTHER_YEAR["an interview of the year before"]
    )
    tables = render([path], day, tmp_path / "out", tmp_path / "lo")
    offers, header = tracker_table(tables[path][1:])
    at = header["Follow-up status"]
    assert {cells[0][0]: cells[at][0] for cells in offers[1:] if cells and cells[0][0]} == seen


# A row that needs info only for a date typed after the run's day clears by itself on that
# day (ot140 F2): its written status says Needs info until then, and from then on what a run
# that day says, by the row's own business days; a row that also lacks something else stays a
# plain Needs info. The run is on Tue 2026-12-22; LibreOffice renders the workbook once, on
# Tue 12-29, under a faked clock.
D = dt.date
AHEAD_AS_OF = D(2026, 12, 22)  # a Tuesday, the week of Christmas
AHEAD_HEADERS = (
    "Company",
    "Position",
    "Interview Date",
    "Date Applied",
    "Interview Type",
    "Country",
    "Status",
    "Thank-you Sent",
    "Check-in 1 Sent",
    "Last Reply",
)
# Company -> the row's Interview Date, Date Applied, Country, Status, Thank-you Sent,
# Check-in 1 Sent, Last Reply.
AHEAD_ROWS = {
    # A thank-you typed as sent 3 days ahead, on Christmas Day.
    "Aster": (D(2026, 12, 21), None, "US", "Interviewed", D(2026, 12, 25), None, None),
    # A Date Applied ahead.
    "Birch": (None, D(2026, 12, 28), "US", "Applied", None, None, None),
    # Ahead, and the interview's date missing: needs info on every day.
    "Cedar": (None, None, "US", "Interviewed", D(2026, 12, 24), None, None),
    # Ahead in Israel, whose weekend is Friday and Saturday.
    "Dune": (D(2026, 12, 20), None, "IL", "Interviewed", D(2026, 12, 24), None, None),
    # Ahead, the check-in counted across England's Christmas bank holidays (Fri 25, Mon 28).
    "Elm": (D(2026, 12, 18), None, "GB", "Interviewed", D(2026, 12, 23), None, None),
    # A 1st check-in typed as sent in the new year, in Germany.
    "Fir": (D(2026, 12, 9), None, "DE", "Interviewed", D(2026, 12, 10), D(2027, 1, 4), None),
    # A reply typed as come tomorrow.
    "Gum": (D(2026, 12, 14), None, "US", "Interviewed", D(2026, 12, 15), None, D(2026, 12, 23)),
}
# Company -> the day from which its written status follows the date (None: plain Needs info).
COMES_ON = {
    "Aster": D(2026, 12, 25),
    "Birch": D(2026, 12, 28),
    "Cedar": None,
    "Dune": D(2026, 12, 24),
    "Elm": D(2026, 12, 23),
    "Fir": D(2027, 1, 4),
    "Gum": D(2026, 12, 23),
}
NI, SOON, TODAY, LATE, SCHED = "Needs info", "Due soon", "Due today", "Overdue", "Scheduled"
# Day -> what a run that day says of each row, in ``AHEAD_ROWS``' order. Aster's 1st check-in is
# due Tue 12-29 (3 business days after 12-25, the holiday and the weekend skipped); Dune's
# too, on Israel's days (Sunday a working day: Due soon from Sun 12-27, not Sat 12-26);
# Elm's on Tue 12-29, 3 business days after 12-23 in England; Birch's check-in Thu 01-07;
# Fir's 2nd check-in Fri 01-15; Gum's 1st check-in Thu 12-31, counted from the reply.
AHEAD_DAYS = {
    D(2026, 12, 22): (NI, NI, NI, NI, NI, NI, NI),
    D(2026, 12, 23): (NI, NI, NI, NI, SOON, NI, SCHED),
    D(2026, 12, 24): (NI, NI, NI, SCHED, SOON, NI, SCHED),
    D(2026, 12, 25): (SOON, NI, NI, SCHED, SOON, NI, SCHED),
    D(2026, 12, 26): (SOON, NI, NI, SCHED, SOON, NI, SCHED),
    D(2026, 12, 27): (SOON, NI, NI, SOON, SOON, NI, SCHED),
    D(2026, 12, 28): (SOON, SCHED, NI, SOON, SOON, NI, SCHED),
    D(2026, 12, 29): (TODAY, SCHED, NI, TODAY, TODAY, NI, SOON),
    D(2026, 12, 31): (LATE, SCHED, NI, LATE, LATE, NI, TODAY),
    D(2027, 1, 4): (LATE, SCHED, NI, LATE, LATE, SCHED, LATE),
    D(2027, 1, 7): (LATE, TODAY, NI, LATE, LATE, SCHED, LATE),
}
SEEN_ON = D(2026, 12, 29)  # the day LibreOffice renders


def ahead_tracker(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Interviews"
    sheet.append(AHEAD_HEADERS)
    for company, (interview, applied, country, status, *sent) in AHEAD_ROWS.items():
        kind = "Video" if status == "Interviewed" else None
        sheet.append([company, "Engineer", interview, applied, kind, country, status, *sent])
    book.save(path)
    return path


@pytest.fixture(scope="module")
def ahead_original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ahead_tracker(tmp_path_factory.mktemp("ahead") / "original.xlsx")


@pytest.fixture(scope="module")
def ahead_written(ahead_original: Path) -> Path:
    path = ahead_original.with_name("tracker.xlsx")
    shutil.copy(ahead_original, path)
    process_file(path, Config(), RunOptions(AHEAD_AS_OF))
    return path


@pytest.mark.parametrize("day", list(AHEAD_DAYS), ids=str)
def test_a_run_on_each_day_counts_the_dates_once_they_come(ahead_original, day):
    table = resolve_roles(read_trackers(ahead_original, Config().reading)[0])
    status = compute_sheet(table, Config(), day).output["status"]
    assert tuple(status.tolist()) == AHEAD_DAYS[day]


def test_normalise_gives_the_day_each_row_waits_for(ahead_original):
    table = resolve_roles(read_trackers(ahead_original, Config().reading)[0])
    frame = normalise_rows(table, Config().reading, as_of=AHEAD_AS_OF)
    waits = {
        "Aster": D(2026, 12, 25),
        "Birch": D(2026, 12, 28),
        "Cedar": D(2026, 12, 24),
        "Dune": D(2026, 12, 24),
        "Elm": D(2026, 12, 23),
        "Fir": D(2027, 1, 4),
        "Gum": D(2026, 12, 23),
    }
    assert dict(zip(frame["company"], frame["ahead_on"].dt.date, strict=True)) == waits
    counted = normalise_rows(table, Config().reading, as_of=AHEAD_AS_OF, count_dates_ahead=True)
    assert counted["ahead_on"].isna().all()
    needing = dict(zip(counted["company"], counted["needs_info"], strict=True))
    assert needing == {company: company == "Cedar" for company in AHEAD_ROWS}


def test_the_status_says_needs_info_until_the_day_then_follows_the_date(ahead_written):
    sheet = openpyxl.load_workbook(ahead_written)["Interviews"]
    cached = openpyxl.load_workbook(ahead_written, data_only=True)["Interviews"]
    header = {cell.value: cell.column for cell in sheet[1]}
    column = header["Follow-up status"]
    seen = {}
    for row, company in enumerate(AHEAD_ROWS, start=2):
        value = sheet.cell(row, column).value
        day = COMES_ON[company]
        until = f'=IF(TODAY()<DATE({day.year},{day.month},{day.day}),"Needs info",' if day else ""
        seen[company] = (
            value.startswith(until) if until else value,
            is_status_formula(value.removeprefix("=")),
            cached.cell(row, column).value,
        )
    plain = (NI, False, NI)
    assert seen == {
        company: (True, True, NI) if COMES_ON[company] else plain for company in AHEAD_ROWS
    }


def test_each_formula_counts_its_rows_own_calendar(ahead_written):
    book = openpyxl.load_workbook(ahead_written)
    sheet = book["Interviews"]
    days = book["Calendars"]
    letters = {cell.column_letter: cell.value for cell in days[1]}
    column = {cell.value: cell.column for cell in sheet[1]}["Follow-up status"]
    named = {}
    for row, company in enumerate(AHEAD_ROWS, start=2):
        value = sheet.cell(row, column).value
        found = {letter for letter in letters if f"'Calendars'!${letter}$2:" in value}
        named[company] = {letters[letter] for letter in found}
    assert named == {
        "Aster": {"US"},
        "Birch": {"US"},
        "Cedar": set(),
        "Dune": {"IL"},
        "Elm": {"GB-ENG"},
        "Fir": {"DE"},
        "Gum": {"US"},
    }


def test_a_second_run_writes_nothing(ahead_written, tmp_path):
    again = tmp_path / "again.xlsx"
    shutil.copy(ahead_written, again)
    before = again.read_bytes()
    process_file(again, Config(), RunOptions(AHEAD_AS_OF))
    assert again.read_bytes() == before


@needs_libreoffice
@pytest.mark.slow
def test_libreoffice_shows_what_a_run_that_day_says(ahead_written, tmp_path):
    """One render, on ``SEEN_ON``: the rows whose dates came say the run's word of that day
    in its colour, the others Needs info."""
    tables = render([ahead_written], SEEN_ON, tmp_path / "out", tmp_path / "lo")
    table, header = tracker_table(tables[ahead_written])
    at = header["Follow-up status"]
    shown = [tuple(table[row][at]) for row in range(1, len(AHEAD_ROWS) + 1)]
    assert shown == [(word, FILL.get(word)) for word in AHEAD_DAYS[SEEN_ON]]
