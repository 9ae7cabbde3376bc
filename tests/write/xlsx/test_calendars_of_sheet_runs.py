"""The hidden Calendars sheet across runs of one sheet (``--sheet``) and of every sheet.

Each live status formula names rows of a Calendars column ('Calendars'!$A$2:$A$759): a run of
one sheet rewrites the column but not the other sheets' formulas, so the column must keep its
first day in row 2 and reach as far as they count, whatever the run's date and days off; a
run of every sheet afterwards writes what it writes on the tracker never run one sheet at a
time. The workbooks: an Interviews sheet, an Applications sheet and a second person's, rows in
the US, England and Israel, or two sheets of different years.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from libreoffice import fingerprint, needs_faketime, needs_soffice, recalculated

from followup_batch.batch import RunOptions, process_file
from followup_batch.config import Config

AS_OF = dt.date(2026, 11, 20)
HEADER = ["Company", "Position", "Interview Date", "Interview Type", "Country"]
HEADER += ["Thank-you Sent", "Decision Date", "Outcome", "Last Networking"]
INTERVIEW = dt.date(2026, 11, 16)
# The decision Fri 2027-12-31: each row's 1st check-in is due Tue 2028-01-04, in the year the
# columns of a run as of AS_OF end with (2028), where a shortened range shows first.
DECISION = dt.date(2027, 12, 31)
SHEETS = {
    "Interviews": (("US-A", "US"), ("GB-A", "GB")),
    "Applications": (("GB-B", "GB"), ("IL-B", "IL")),
    "Dana Levi": (("IL-C", "IL"), ("US-C", "US")),
}
CALENDAR = {"US": "US", "GB": "GB-ENG", "IL": "IL"}
# The first and last day of each calendar's column as a run of every sheet as of AS_OF writes
# them (Israel's week starts on Sunday, so its first business day is Thu 01-01).
WHOLE_RUN_DAYS = {
    "US": (dt.date(2026, 1, 2), dt.date(2028, 12, 29)),
    "GB-ENG": (dt.date(2026, 1, 2), dt.date(2028, 12, 29)),
    "IL": (dt.date(2026, 1, 1), dt.date(2028, 12, 31)),
}
# On Thu 2027-12-30 a check-in due Tue 01-04 is two business days off in the US (Fri 12-31
# New Year's Day observed) and in England (Mon 01-03 New Year's Day observed), three in
# Israel (Sun 01-02, Mon 01-03); on Mon 01-03 it is due soon everywhere.
WORDS_AROUND_NEW_YEAR = {
    dt.date(2027, 12, 30): {"US": "Due soon", "GB": "Due soon", "IL": "Scheduled"},
    dt.date(2028, 1, 3): {"US": "Due soon", "GB": "Due soon", "IL": "Due soon"},
}


def run_config(sheet: str | None = None, days_off: frozenset[dt.date] = frozenset()) -> Config:
    """The config of a run of ``sheet`` (``--sheet``; None: every sheet) with ``days_off``."""
    config = Config()
    reading = dataclasses.replace(config.reading, sheet=sheet)
    rules = dataclasses.replace(config.rules, days_off=days_off)
    return dataclasses.replace(config, reading=reading, rules=rules)


def tracker(folder: Path, sheets: dict[str, list[list[object]]] | None = None) -> Path:
    """The three-sheet tracker (or ``sheets``' rows under ``HEADER``) as ``tracker.xlsx``."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    if sheets is None:
        sheets = {
            title: [
                [company, "Engineer", INTERVIEW, "Video", country, INTERVIEW, DECISION]
                for company, country in rows
            ]
            for title, rows in SHEETS.items()
        }
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "tracker.xlsx"
    book.save(path)
    return path


def days_each_row_names(path: Path) -> dict[str, tuple[str, dt.date, dt.date, int]]:
    """Each row's company -> its status formula's calendar (the header of the column it names),
    the first and last day of its range, and how many of the range's cells hold no day; for
    the rows with such a formula."""
    book = openpyxl.load_workbook(path)
    calendars = book["Calendars"]
    named = {}
    for sheet in book.worksheets:
        header = {cell.value: cell.column for cell in sheet[1]}
        if sheet.title == "Calendars" or "Follow-up status" not in header:
            continue
        for row in range(2, sheet.max_row + 1):
            formula = str(sheet.cell(row, header["Follow-up status"]).value)
            found = re.search(r"'Calendars'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)", formula)
            if found is None:
                continue
            column, first, last = found.group(1), int(found.group(2)), int(found.group(3))
            cells = [calendars[f"{column}{at}"].value for at in range(first, last + 1)]
            days = [cell.date() for cell in cells if cell is not None]
            key = calendars[f"{column}1"].value
            named[sheet.cell(row, 1).value] = (key, days[0], days[-1], len(cells) - len(days))
    return named


def words(path: Path, day: dt.date, folder: Path) -> dict[str, str]:
    """Each row's company -> its status as LibreOffice computes it on ``day``."""
    computed = recalculated([path], folder, day)[path]
    book = openpyxl.load_workbook(computed, data_only=True)
    seen = {}
    for sheet in book.worksheets:
        header = {cell.value: cell.column for cell in sheet[1]}
        if "Follow-up status" in header:
            for row in range(2, sheet.max_row + 1):
                status = sheet.cell(row, header["Follow-up status"]).value
                seen[sheet.cell(row, 1).value] = status
    return seen


# Runs of the Interviews sheet dated before the columns' first day (Fri 2026-01-02): a run as
# of such a day started every column a year earlier, and the other sheets' ranges, their
# rows as written, stopped a year short, on 2027-12-30 (fx351).
BACK_DATED = {
    "a fortnight before the columns' first day": dt.date(2025, 12, 15),
    "half a year before": dt.date(2025, 6, 2),
}


def run_back_dated(folder: Path, as_of: dt.date) -> Path:
    """The tracker run whole as of AS_OF, then its Interviews sheet alone as of ``as_of``."""
    path = tracker(folder)
    process_file(path, run_config(), RunOptions(AS_OF))
    process_file(path, run_config("Interviews"), RunOptions(as_of))
    return path


@pytest.mark.parametrize("as_of", list(BACK_DATED.values()), ids=list(BACK_DATED))
def test_a_back_dated_run_of_one_sheet_keeps_the_other_sheets_days(as_of, tmp_path):
    path = run_back_dated(tmp_path, as_of)
    # The Interviews rows, interviewed after the run's day, need info: no formula.
    expected = {
        company: (CALENDAR[country], *WHOLE_RUN_DAYS[CALENDAR[country]], 0)
        for title in ("Applications", "Dana Levi")
        for company, country in SHEETS[title]
    }
    assert days_each_row_names(path) == expected
    before = path.read_bytes()
    [report] = process_file(path, run_config("Interviews"), RunOptions(as_of))
    assert (report.unchanged, path.read_bytes() == before) == (True, True)


@needs_soffice
@needs_faketime
@pytest.mark.slow
@pytest.mark.parametrize("day", list(WORDS_AROUND_NEW_YEAR), ids=str)
def test_the_other_sheets_words_after_a_back_dated_run_of_one_sheet(day, tmp_path):
    path = run_back_dated(
        tmp_path / "book", BACK_DATED["a fortnight before the columns' first day"]
    )
    expected = {
        company: WORDS_AROUND_NEW_YEAR[day][country]
        for title in ("Applications", "Dana Levi")
        for company, country in SHEETS[title]
    }
    expected |= {company: "Needs info" for company, _ in SHEETS["Interviews"]}
    assert words(path, day, tmp_path) == expected


# Runs of one sheet between two runs of every sheet (as of, the sheet, the days off): the
# second run of every sheet, as of Tue 2026-12-01, writes the workbook the same two runs of
# every sheet write without them, byte for byte. No thank-you is marked sent: on 12-01 it is
# two weeks late and skipped, so every sheet's result is new and dated that day (a result the
# same but for its dates keeps the file's dates, ``write.xlsx.stamps``).
LAST_WHOLE_RUN = dt.date(2026, 12, 1)
OFFICE_CLOSED = frozenset({dt.date(2026, 12, 24), dt.date(2026, 12, 31)})
MIXED_RUNS = {
    "later runs of one sheet": (
        (dt.date(2026, 11, 25), "Dana Levi", frozenset()),
        (dt.date(2026, 11, 27), "Interviews", frozenset()),
    ),
    "a back-dated run of one sheet": (
        (dt.date(2025, 12, 15), "Applications", frozenset()),
        (dt.date(2026, 11, 27), "Dana Levi", frozenset()),
    ),
    "a run of one sheet two years on": ((dt.date(2029, 2, 1), "Applications", frozenset()),),
    "a run of one sheet with days off": (
        (dt.date(2026, 11, 23), "Interviews", OFFICE_CLOSED),
        (dt.date(2026, 11, 24), "Dana Levi", frozenset()),
    ),
}
UNTHANKED = {
    title: [
        [company, "Engineer", INTERVIEW, "Video", country, None, DECISION]
        for company, country in rows
    ]
    for title, rows in SHEETS.items()
}


@pytest.mark.parametrize("runs", list(MIXED_RUNS.values()), ids=list(MIXED_RUNS))
def test_runs_of_one_sheet_leave_no_trace_after_a_run_of_every_sheet(runs, tmp_path):
    whole = tracker(tmp_path / "whole", UNTHANKED)
    mixed = tmp_path / "mixed" / whole.name
    mixed.parent.mkdir()
    shutil.copy(whole, mixed)
    for path in (whole, mixed):
        process_file(path, run_config(), RunOptions(AS_OF))
    process_file(whole, run_config(), RunOptions(LAST_WHOLE_RUN))
    for as_of, sheet, days_off in runs:
        process_file(mixed, run_config(sheet, days_off), RunOptions(as_of))
    reports = process_file(mixed, run_config(), RunOptions(LAST_WHOLE_RUN))
    assert [report.unchanged for report in reports] == [False] * len(SHEETS)
    # Row heights only grow (fx349: a height cannot say whether the tool or the person set
    # it): a back-dated run's longer Problems leave their rows as tall. All else is the same.
    (whole_parts, whole_heights), (mixed_parts, mixed_heights) = map(parts, (whole, mixed))
    assert mixed_parts == whole_parts
    assert all(mixed_heights.get(row, 0) >= height for row, height in whole_heights.items())


_HEIGHT = re.compile(rb'(<row r="(\d+)"[^>]*?) ht="([\d.]+)" customHeight="1"')


def parts(path: Path) -> tuple[dict[str, str], dict[tuple[str, int], float]]:
    """A workbook's parts, each a fingerprint, its rows' heights taken out; and the heights."""
    heights: dict[tuple[str, int], float] = {}
    found: dict[str, str] = {}
    with zipfile.ZipFile(path) as book:
        for name in book.namelist():
            data = book.read(name)
            for match in _HEIGHT.finditer(data):
                heights[(name, int(match[2]))] = float(match[3])
            found[name] = fingerprint(_HEIGHT.sub(rb"\1", data))[1]
    return found, heights


# The config's days off added for a run of the Interviews sheet: every column is made again
# without them, from the same first day, and the other sheets' formulas, not rewritten, count
# on it (their ranges end two rows past the column's last day, which they still reach).
def run_with_days_off(folder: Path) -> Path:
    """The tracker, its check-ins due after Christmas, run whole as of AS_OF, then its
    Interviews sheet alone with the office closed on Thu 12-24 and 12-31."""
    rows = {
        title: [
            [company, "Engineer", INTERVIEW, "Video", country, INTERVIEW, dt.date(2026, 12, 24)]
            for company, country in companies
        ]
        for title, companies in SHEETS.items()
    }
    path = tracker(folder, rows)
    process_file(path, run_config(), RunOptions(AS_OF))
    process_file(path, run_config("Interviews", OFFICE_CLOSED), RunOptions(dt.date(2026, 11, 23)))
    return path


def test_days_off_added_for_one_sheet_keep_each_sheet_on_its_calendar(tmp_path):
    path = run_with_days_off(tmp_path)
    named = days_each_row_names(path)
    # The columns of the run of one sheet end where the run of every sheet's did; every
    # sheet's ranges end two rows further on, room for the days off (``live.with_room``).
    expected = {
        company: (CALENDAR[country], *WHOLE_RUN_DAYS[CALENDAR[country]], 2)
        for companies in SHEETS.values()
        for company, country in companies
    }
    assert named == expected
    calendars = openpyxl.load_workbook(path)["Calendars"]
    days = {
        cell.value.date()
        for column in calendars.iter_cols(min_row=2)
        for cell in column
        if cell.value
    }
    assert days & OFFICE_CLOSED == set()
    before = path.read_bytes()
    [report] = process_file(
        path, run_config("Interviews", OFFICE_CLOSED), RunOptions(dt.date(2026, 11, 23))
    )
    assert (report.unchanged, path.read_bytes() == before) == (True, True)


@needs_soffice
@needs_faketime
@pytest.mark.slow
def test_the_other_sheets_count_the_days_off_a_run_of_one_sheet_added(tmp_path):
    """On Wed 12-23 a check-in due Tue 12-29 is two business days off in the US with the
    office closed on Thu 12-24 (Fri 12-25 Christmas) and in England (Boxing Day observed on
    Mon 12-28 too), three in Israel (Sun 12-27, Mon 12-28), as a run of every sheet with those
    days off says."""
    path = run_with_days_off(tmp_path / "book")
    by_country = {"US": "Due soon", "GB": "Due soon", "IL": "Scheduled"}
    expected = {
        company: by_country[country]
        for companies in SHEETS.values()
        for company, country in companies
    }
    assert words(path, dt.date(2026, 12, 23), tmp_path) == expected


# A run of every sheet takes its columns' span from the first sheet's calendars: two sheets of
# different years, in both orders, as of Mon 2027-11-01. The rows of 2025 were rejected and
# last touched on Tue 2027-10-26, so their networking check-in is due Tue 2028-01-04, as the
# 1st check-ins of the rows of 2027 are.
YEAR_ROWS = {
    "2025": [
        [f"{country}-25", "Engineer", dt.date(2025, 11, 17), "Video", country, None, None]
        + ["Rejected", dt.date(2027, 10, 26)]
        for country in CALENDAR
    ],
    "2027": [
        [f"{country}-27", "Engineer", dt.date(2027, 1, 18), "Video", country]
        + [dt.date(2027, 1, 18), DECISION]
        for country in CALENDAR
    ],
}
YEARS_AS_OF = dt.date(2027, 11, 1)
SHEET_ORDERS = {"2025 first": ("2025", "2027"), "2027 first": ("2027", "2025")}


def run_of_two_years(folder: Path, order: tuple[str, str]) -> Path:
    path = tracker(folder, {title: YEAR_ROWS[title] for title in order})
    process_file(path, run_config(), RunOptions(YEARS_AS_OF))
    return path


@pytest.mark.parametrize("order", list(SHEET_ORDERS.values()), ids=list(SHEET_ORDERS))
def test_sheets_of_different_years_count_on_columns_that_reach_two_years_on(order, tmp_path):
    named = days_each_row_names(run_of_two_years(tmp_path, order))
    ends = {(key, last, blank) for key, _, last, blank in named.values()}
    assert (len(named), ends) == (
        6,
        {(key, dt.date(2029, 12, 31), 0) for key in CALENDAR.values()},
    )


@needs_soffice
@needs_faketime
@pytest.mark.slow
@pytest.mark.parametrize("order", list(SHEET_ORDERS.values()), ids=list(SHEET_ORDERS))
@pytest.mark.parametrize("day", list(WORDS_AROUND_NEW_YEAR), ids=str)
def test_sheets_of_different_years_say_what_a_run_says_later(day, order, tmp_path):
    path = run_of_two_years(tmp_path / "book", order)
    expected = {
        f"{country}-{year}": WORDS_AROUND_NEW_YEAR[day][country]
        for country in CALENDAR
        for year in ("25", "27")
    }
    # Rejected, the rows of 2025 settle in Closed, not Scheduled.
    expected |= {
        f"{country}-25": "Closed"
        for country, word in WORDS_AROUND_NEW_YEAR[day].items()
        if word == "Scheduled"
    }
    assert words(path, day, tmp_path) == expected


# The config's days off taken out for a run of one sheet: the columns grow by those days, and
# the other sheets' ranges, written with the days off, still reach their last day (they ended
# two days short: fx365). Each check-in is due Thu 2028-12-28, the decision the day before, at
# the end of the columns of a run as of Wed 2026-12-30 (the end of 2028).
HORIZON_AS_OF = dt.date(2026, 12, 30)
HORIZON_ROWS = {
    title: [
        [company, "Engineer", INTERVIEW, "Video", country, INTERVIEW, dt.date(2028, 12, 27)]
        for company, country in companies
    ]
    for title, companies in SHEETS.items()
}
# (the run's sheet, None for every sheet; its days off), one after the other.
DAYS_OFF_TAKEN_OUT = {
    "every sheet, the office closed": ((None, OFFICE_CLOSED),),
    "then the Interviews sheet, none closed": ((None, OFFICE_CLOSED), ("Interviews", frozenset())),
    "then the Dana Levi sheet, none closed": ((None, OFFICE_CLOSED), ("Dana Levi", frozenset())),
}


def run_days_off_taken_out(folder: Path, runs: tuple[tuple[str | None, frozenset], ...]) -> Path:
    path = tracker(folder, HORIZON_ROWS)
    for sheet, days_off in runs:
        process_file(path, run_config(sheet, days_off), RunOptions(HORIZON_AS_OF))
    return path


@pytest.mark.parametrize("runs", list(DAYS_OFF_TAKEN_OUT.values()), ids=list(DAYS_OFF_TAKEN_OUT))
def test_days_off_taken_out_for_one_sheet_leave_each_range_its_last_day(runs, tmp_path):
    path = run_days_off_taken_out(tmp_path, runs)
    # Two blank rows, room for the days off, while the columns leave them out.
    blank = 2 if runs[-1][1] else 0
    expected = {
        company: (CALENDAR[country], *WHOLE_RUN_DAYS[CALENDAR[country]], blank)
        for companies in SHEETS.values()
        for company, country in companies
    }
    assert days_each_row_names(path) == expected
    before = path.read_bytes()
    sheet, days_off = runs[-1]
    reports = process_file(path, run_config(sheet, days_off), RunOptions(HORIZON_AS_OF))
    assert ({report.unchanged for report in reports}, path.read_bytes() == before) == ({True}, True)


@needs_soffice
@needs_faketime
@pytest.mark.slow
@pytest.mark.parametrize("runs", list(DAYS_OFF_TAKEN_OUT.values()), ids=list(DAYS_OFF_TAKEN_OUT))
def test_the_other_sheets_count_to_the_end_after_days_off_are_taken_out(runs, tmp_path):
    """On Wed 2028-12-27 a check-in due Thu 12-28 is due soon everywhere; the ranges that
    ended on 12-27 found no day two business days on and said Scheduled."""
    path = run_days_off_taken_out(tmp_path / "book", runs)
    expected = {company: "Due soon" for companies in SHEETS.values() for company, _ in companies}
    assert words(path, dt.date(2028, 12, 27), tmp_path) == expected
