"""A date in figures that either order reads, on a row whose own country writes it the other way
than its column was read, in a tracker whose rows' countries disagree (ot98 F8, F9): said on
that row with its own country's reading, as the Interview Date's is (fx189)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.normalise import row_dates

US_FROM_GB = (
    '"{cell}", read as {read} (day-first, from "31/12" in row 2 of this column); in the United '
    "States, where this row is, it is {meant}: write {iso} if that is meant"
)
GB_FROM_US = (
    '"{cell}", read as {read} (US month/day, from "12/31" in row 2 of this column); in {c}, '
    "where this row is, it is {meant}: write {iso} if that is meant"
)


def no_year(cell: str, iso: str, day_month: str, interview: str) -> str:
    return (
        f'"{cell}" has no year; read as {iso} (the first {day_month} on or after the interview '
        f"on {interview})"
    )


# (Country, Interview Date, Decision Date) -> (1st check-in due, Problems under the cell
# references). Run on Wed 2026-12-01. A 1st check-in waits 1 business day after the decision
# and not on a Monday (Tuesday then): Fri 2028-05-12 -> Tue 05-16; Sat 2027-05-01 -> Tue 05-04
# (Mon 05-03 is a bank holiday in GB, Golden Week in JP to Wed 05-05: Thu 05-06); Fri
# 2027-12-31 -> Tue 2028-01-04 (GB keeps New Year's Day on Mon 01-03); Wed 2027-05-05 -> Thu
# 05-06.
DAY_FIRST_COLUMN = [
    # A British row's "31/12" settles the column day-first.
    (
        "GB",
        dt.datetime(2027, 12, 13),
        "31/12",
        dt.datetime(2028, 1, 4),
        [no_year("31/12", "2027-12-31", "31 December", "Mon 2027-12-13")],
    ),
    # US rows: read day-first as the column is, and said with the US reading (ot98 F8); a
    # date without a year placed as the column's reader places it, the first such day on or
    # after the interview, or just before it.
    (
        "US",
        dt.datetime(2027, 11, 20),
        "12/5",
        dt.datetime(2028, 5, 16),
        [
            no_year("12/5", "2028-05-12", "12 May", "Sat 2027-11-20"),
            US_FROM_GB.format(
                cell="12/5", read="12 May 2028", meant="5 December 2027", iso="2027-12-05"
            ),
        ],
    ),
    (
        "US",
        dt.datetime(2026, 12, 28),
        "1/5",
        dt.datetime(2027, 5, 4),
        [
            no_year("1/5", "2027-05-01", "1 May", "Mon 2026-12-28"),
            US_FROM_GB.format(
                cell="1/5", read="1 May 2027", meant="5 January 2027", iso="2027-01-05"
            ),
        ],
    ),
    (
        "US",
        dt.datetime(2026, 12, 28),
        "1/5/2027",
        dt.datetime(2027, 5, 4),
        [
            US_FROM_GB.format(
                cell="1/5/2027", read="1 May 2027", meant="5 January 2027", iso="2027-01-05"
            )
        ],
    ),
    (
        "US",
        dt.datetime(2027, 12, 10),
        "12/5",
        dt.datetime(2028, 5, 16),
        [
            no_year("12/5", "2028-05-12", "12 May", "Fri 2027-12-10"),
            # 5 December is 5 days before the interview: read there, as the reader would.
            US_FROM_GB.format(
                cell="12/5", read="12 May 2028", meant="5 December 2027", iso="2027-12-05"
            ),
        ],
    ),
    # Rows whose country writes it as read, or says nothing of it: nothing more to say.
    (
        "GB",
        dt.datetime(2026, 12, 28),
        "1/5",
        dt.datetime(2027, 5, 4),
        [no_year("1/5", "2027-05-01", "1 May", "Mon 2026-12-28")],
    ),
    (
        "AU",
        dt.datetime(2026, 12, 28),
        "1/5",
        dt.datetime(2027, 5, 4),
        [no_year("1/5", "2027-05-01", "1 May", "Mon 2026-12-28")],
    ),
    (
        "DE",
        dt.datetime(2026, 12, 28),
        "1/5",
        dt.datetime(2027, 5, 4),
        [no_year("1/5", "2027-05-01", "1 May", "Mon 2026-12-28")],
    ),
    (
        "JP",
        dt.datetime(2026, 12, 28),
        "1/5",
        dt.datetime(2027, 5, 6),
        [no_year("1/5", "2027-05-01", "1 May", "Mon 2026-12-28")],
    ),
    (
        "CA",
        dt.datetime(2026, 12, 28),
        "1/5",
        dt.datetime(2027, 5, 4),
        [no_year("1/5", "2027-05-01", "1 May", "Mon 2026-12-28")],
    ),
    # One reading only, or the same day either way.
    ("US", dt.datetime(2026, 12, 28), "5/5/2027", dt.datetime(2027, 5, 6), []),
    ("US", dt.datetime(2026, 12, 28), dt.datetime(2027, 5, 1), dt.datetime(2027, 5, 4), []),
    ("US", dt.datetime(2026, 12, 28), "2027-05-01", dt.datetime(2027, 5, 4), []),
]


def _run(tmp_path: Path, rows: list[tuple[object, ...]], *args: str) -> list[dict[str, object]]:
    tracker = tmp_path / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(["Company", "Position", "Country", "Interview Date", "Decision Date"])
    for i, row in enumerate(rows):
        sheet.append([f"Firm {i}", "Analyst", *row])
    book.save(tracker)
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2026-12-01", *args, str(tracker)])
    assert result.exit_code == 0, result.output
    seen = openpyxl.load_workbook(tracker)["Jobs"]
    headers = [c.value for c in seen[1]]
    return [
        dict(zip(headers, r, strict=False)) for r in seen.iter_rows(min_row=2, values_only=True)
    ]


def _problems(cells: list[str], row: int) -> str | None:
    return "\n".join(f"E{row}: {c}" for c in cells) or None


def test_a_decision_date_read_by_another_country_s_row_is_said_on_its_own(tmp_path: Path) -> None:
    """ot98 F8: a British row's "31/12" makes the column day-first; a US row's "12/5" is read
    12 May, and says it is 5 December in the US."""
    seen = _run(tmp_path, [(c, at, d) for c, at, d, *_ in DAY_FIRST_COLUMN])
    assert [r["Decision Date"] for r in seen] == [d for _, _, d, *_ in DAY_FIRST_COLUMN]
    assert [(r["1st check-in due"], r["Problems"]) for r in seen] == [
        (due, _problems(cells, i + 2)) for i, (*_, due, cells) in enumerate(DAY_FIRST_COLUMN)
    ]


# The other way: a US row's "12/31" makes the column month-first; a British or Australian
# row's "1/5" is read Tue 5 January (the 1st check-in Wed 01-06) and says it is 1 May where it
# is.
MONTH_FIRST_COLUMN = [
    (
        "US",
        dt.datetime(2027, 12, 13),
        "12/31",
        dt.datetime(2028, 1, 4),
        [no_year("12/31", "2027-12-31", "31 December", "Mon 2027-12-13")],
    ),
    *(
        (
            country,
            dt.datetime(2026, 12, 28),
            "1/5",
            dt.datetime(2027, 1, 6),
            [
                no_year("1/5", "2027-01-05", "5 January", "Mon 2026-12-28"),
                GB_FROM_US.format(
                    cell="1/5",
                    read="5 January 2027",
                    c=row_dates.country_named(country),
                    meant="1 May 2027",
                    iso="2027-05-01",
                ),
            ],
        )
        for country in ("GB", "AU")
    ),
    (
        "US",
        dt.datetime(2026, 12, 28),
        "1/5",
        dt.datetime(2027, 1, 6),
        [no_year("1/5", "2027-01-05", "5 January", "Mon 2026-12-28")],
    ),
]


def test_a_month_first_column_says_so_on_a_day_first_row(tmp_path: Path) -> None:
    seen = _run(tmp_path, [(c, at, d) for c, at, d, *_ in MONTH_FIRST_COLUMN])
    assert [(r["1st check-in due"], r["Problems"]) for r in seen] == [
        (due, _problems(cells, i + 2)) for i, (*_, due, cells) in enumerate(MONTH_FIRST_COLUMN)
    ]


# The near trackers, where no row says it: a row of the US's kind settles the order too (its
# "13/1" is day-first), every row is in the US, or the order is forced. Row 3 is a US row's
# "12/5" after an interview on Sat 2027-11-20, read 12 May 2028 (1st check-in Tue 05-16) or,
# month-first, Sun 2027-12-05 (Mon 12-06, then Tue 12-07).
@pytest.mark.parametrize(
    ("first", "args", "due"),
    [
        (("US", dt.datetime(2027, 1, 1), "13/1"), [], dt.datetime(2028, 5, 16)),
        (("US", dt.datetime(2027, 12, 13), "31/12"), [], dt.datetime(2028, 5, 16)),
        (("GB", dt.datetime(2027, 12, 13), "31/12"), ["--dayfirst"], dt.datetime(2028, 5, 16)),
        (("GB", dt.datetime(2027, 12, 13), "12/31"), ["--monthfirst"], dt.datetime(2027, 12, 7)),
    ],
)
def test_no_row_says_it_when_its_own_kind_or_the_user_settles_the_order(
    tmp_path: Path, first: tuple[object, ...], args: list[str], due: dt.datetime
) -> None:
    rows = [
        first,
        ("GB", dt.datetime(2027, 12, 13), "31/12"),
        ("US", dt.datetime(2027, 11, 20), "12/5"),
    ]
    if args == ["--monthfirst"]:
        rows[1] = ("GB", dt.datetime(2027, 12, 13), "12/31")
    seen = _run(tmp_path, rows, *args)
    assert seen[2]["1st check-in due"] == due
    assert "where this row is" not in str(seen[2]["Problems"])


# ot98 F9: a date in a Status cell on a row without an Interview Date, read US month/day as
# the rows' countries disagree, says how the row's own country reads it, as a date typed in
# the Interview Date column does. Read as Sat 2027-05-01, the thank-you is due the next day,
# Sun 05-02; the German row's dotted date is Tue 5 January (thank-you Wed 01-06).
STATUS_READ_US = (
    'row {n}, column "Status": "Phone screen 05/01/2027": the interview date read from it, Sat '
    "2027-05-01, read as 1 May 2027 (US month/day, the rows' Country disagree: day-first "
    "(Australia, Germany, the United Kingdom), month-first (the United States))"
)
# A phone screen's thank-you is due its own day (fx309: the day after, as no Interview Type
# said the kind).
STATUS_ROWS = [
    (
        "DE",
        "Interview: 05.01.2027",
        "2027-01-06",
        'row 2, column "Status": "Interview: 05.01.2027": the interview date read from it, Tue '
        "2027-01-05, read as 5 January 2027 (day-first, as dates written with dots are); write "
        'it in "Interview Date" if that is wrong',
    ),
    *(
        (
            country,
            "Phone screen 05/01/2027",
            "2027-05-01",
            STATUS_READ_US.format(n=n)
            + f"; in {row_dates.country_named(country)}, where this row is, it is 5 January 2027:"
            " write 2027-01-05 in "
            '"Interview Date" if that is meant, or run with --dayfirst if every date here is '
            "day-first",
        )
        for n, country in ((3, "GB"), (5, "AU"))
    ),
    (
        "US",
        "Phone screen 05/01/2027",
        "2027-05-01",
        STATUS_READ_US.format(n=4) + '; write it in "Interview Date" if that is wrong',
    ),
]


def test_a_status_date_read_against_its_row_s_country_is_said(tmp_path: Path) -> None:
    rows = [STATUS_ROWS[0], STATUS_ROWS[1], STATUS_ROWS[3], STATUS_ROWS[2]]
    tracker = tmp_path / "Maya Chen.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Status,Country\n"
        + "".join(f"Firm {i},Analyst,,{s},{c}\n" for i, (c, s, *_) in enumerate(rows)),
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2026-12-01", str(tracker)])
    assert result.exit_code == 0, result.output
    read = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig"))))
    assert [(r["Next due"], r["Problems"]) for r in read] == [(d, p) for *_, d, p in rows]
