"""Dates in whole columns and each column's date order, as tables of values."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from followup_batch.cli import main
from followup_batch.normalise import date_columns
from followup_batch.normalise.date_columns import detect_dayfirst, parse_date_column
from followup_batch.normalise.dates import NO_YEAR, NOT_A_DATE, YEAR_OUT_OF_REACH
from followup_batch.normalise.day_first import US_HOLIDAYS_FOR_DAY_FIRST


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["13/11/2026", "3/4/2026"], True),
        (["11/13/2026", "3/4/2026"], False),
        (["3/4/2026", "1/2/2026"], None),  # nothing decides it
        (["13/11/2026", "11/13/2026"], None),  # contradictory
        (["2026-11-13", "hello", 5, None], None),
        (["25.12.2026"], True),
    ],
)
def test_detect_dayfirst(values: list[object], expected: bool | None) -> None:
    assert detect_dayfirst(values) is expected


# One type_groups group each: cells of one Python type (ints and floats share one), never NaN.
ONE_TYPE_CELLS = st.one_of(
    st.lists(st.text(max_size=3)),
    st.lists(st.integers(-3, 3) | st.integers(-3, 3).map(float)),
    st.lists(st.floats(allow_nan=False)),
    st.lists(st.booleans()),
    st.lists(st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2026, 1, 3))),
)


@given(values=ONE_TYPE_CELLS, repeat=st.sampled_from([1, 400]))
def test_factorize_agrees_with_pandas(values: list[object], repeat: int) -> None:
    # repeat=400 takes long lists past FACTORIZE_IN_PYTHON_UP_TO to pandas' own.
    cells = np.empty(len(values) * repeat, dtype=object)
    cells[:] = values * repeat
    codes, uniques = date_columns.factorize(cells)
    expected_codes, expected_uniques = pd.factorize(cells, use_na_sentinel=False)
    assert codes.tolist() == expected_codes.tolist()
    assert [(type(u), u) for u in uniques] == [(type(u), u) for u in expected_uniques]


def test_parse_date_column_fast_path_and_mixed_values() -> None:
    values = pd.Series(
        [
            dt.datetime(2026, 11, 3, 9),
            "2026-11-04",
            46000,
            None,
            "hello",
            True,
            "Nov 3",
            dt.datetime(1, 1, 1),
        ],
        index=range(10, 18),
        dtype=object,
    )
    column = parse_date_column(values)
    assert column.dates.dtype == "datetime64[ns]"
    assert list(column.dates.index) == list(range(10, 18))
    assert column.dates.tolist()[:3] == [
        pd.Timestamp("2026-11-03"),
        pd.Timestamp("2026-11-04"),
        pd.Timestamp("2025-12-09"),
    ]
    assert column.problems.tolist() == [
        None,
        None,
        None,
        None,
        NOT_A_DATE,
        NOT_A_DATE,
        NO_YEAR,
        YEAR_OUT_OF_REACH.format(year=1),
    ]
    assert column.month_days[16] == (11, 3)


def test_parse_date_column_keeps_ints_and_bools_apart() -> None:
    # 1 == True in Python: a column mixing them must not read True as serial 1.
    column = parse_date_column(pd.Series([1, True], dtype=object))
    assert column.dates.tolist() == [pd.Timestamp("1900-01-01"), pd.NaT]
    assert column.problems.tolist() == [None, NOT_A_DATE]


def test_several_dates_in_a_column_keep_the_note() -> None:
    column = parse_date_column(pd.Series(["8/3/2019 and 9/9/2019", "2026-11-03"], dtype=object))
    assert column.dates.tolist() == [pd.Timestamp("2019-09-09"), pd.Timestamp("2026-11-03")]
    assert column.problems.tolist() == ["holds 2 dates; the later, 2019-09-09, is used", None]


@pytest.mark.parametrize(
    ("values", "dayfirst", "source", "described"),
    [
        (
            ["3/11/2026", "13/11/2026"],
            True,
            "detected",
            'day-first (detected: "13/11/2026" in row 3)',
        ),
        (
            ["3/11/2026", "11/13/23, 9:42 AM"],
            False,
            "detected",
            'US month/day (detected: "11/13/23, 9:42 AM" in row 3)',
        ),
        (
            ["3/11/2026", "4/11/2026"],
            None,
            "undecided",
            "US month/day (no value decides it; use --dayfirst if 3/11/2026 means 3 November)",
        ),
        (["2026-11-03", "Nov 3, 2026"], None, "none", "no dates written as numbers like 3/11/2026"),
        # A value no order can read is no date to read US month/day: no note on it (outside
        # test OT17 F5: the note came from one "31/02/2026" among real date cells).
        (["31/02/2026"], None, "none", "no dates written as numbers like 3/11/2026"),
        (
            ["2026-11-03", "31/02/2026", "2/30/2026", "13/13/2026"],
            None,
            "none",
            "no dates written as numbers like 3/11/2026",
        ),
        (
            ["31/02/2026", "3/4/2026"],
            None,
            "undecided",
            "US month/day (no value decides it; use --dayfirst if 3/11/2026 means 3 November)",
        ),
        (
            # Dates written with dots are day-first by convention (de, fr, ru, ...).
            ["04.03.2026", "10.02.2026"],
            True,
            "dotted",
            'day-first (dates written with dots are: "04.03.2026" in row 2)',
        ),
        (
            # So are Excel's short dates in Slovakia ("5. 3. 2027"), Croatia and Latvia (a dot
            # after the year) and Bulgaria ("г." after it): ot71 F3.
            ["5. 3. 2027", "4.3.2027.", "05.03.2027.", "5.3.2027 г."],
            True,
            "dotted",
            'day-first (dates written with dots are: "5. 3. 2027" in row 2)',
        ),
        (
            ["24. 3. 2027", "5. 3. 2027"],
            True,
            "detected",
            'day-first (detected: "24. 3. 2027" in row 2)',
        ),
        (
            # A date with dots alone decides its column (dots are day-first everywhere) ...
            ["24.11.2026", "4.3.2026"],
            True,
            "detected",
            'day-first (detected: "24.11.2026" in row 2)',
        ),
        (
            # ... but not the column's slash dates: 12/1/2026 is 1 December in the US (ot49 F2).
            ["24.11.2026", "12/1/2026"],
            None,
            "undecided",
            "US month/day (no value decides it; use --dayfirst if 3/11/2026 means 3 November); "
            "dates written with dots (24.11.2026) day-first",
        ),
        (
            # A slash date that decides is the evidence named, whichever row comes first.
            ["24.11.2026", "3/11/2026", "13/11/2026"],
            True,
            "detected",
            'day-first (detected: "13/11/2026" in row 4)',
        ),
        (
            # A program writes dd-MM-yyyy, its date picker M/d/yyyy (a real desktop tracker).
            ["12-01-2026", "13-01-2026", "2/16/2026", "03-02-2026"],
            None,
            "by separator",
            'by separator: "-" day-first, "/" US month/day (detected: "13-01-2026" in row 3, '
            '"2/16/2026" in row 4)',
        ),
        (
            ["13/11/2026", "11/14/2026"],
            None,
            "mixed",
            'mixed: "13/11/2026" (row 2) is day-first but "11/14/2026" (row 3) is month-first; '
            "each is read the only way it can be, the rest as US month/day (use --dayfirst or "
            "--monthfirst)",
        ),
        (
            # A typo in the slash dates leaves them mixed, but not the dates written with dots:
            # they stay day-first (ot102 F1).
            ["15/03/2027", "3/25/2027", "12.03.2027"],
            None,
            "mixed",
            'mixed: "15/03/2027" (row 2) is day-first but "3/25/2027" (row 3) is month-first; '
            "each is read the only way it can be, the rest as US month/day (use --dayfirst or "
            "--monthfirst); dates written with dots (24.11.2026) day-first",
        ),
        (
            # ... unless a dotted value says otherwise.
            ["15/03/2027", "3/25/2027", "3.25.2027"],
            None,
            "mixed",
            'mixed: "15/03/2027" (row 2) is day-first but "3/25/2027" (row 3) is month-first; '
            "each is read the only way it can be, the rest as US month/day (use --dayfirst or "
            "--monthfirst); dates written with dots (11.24.2026) US month/day",
        ),
    ],
)
def test_detect_date_order(
    values: list[str], dayfirst: bool | None, source: str, described: str
) -> None:
    order = date_columns.detect_date_order(pd.Series(values, index=range(2, 2 + len(values))))
    assert (order.dayfirst, order.source, order.describe()) == (dayfirst, source, described)


ORDERS_OF_A_COLUMN = [
    # (cells, what each reads as, its problem or note)
    (
        # Each separator its own order; the values in doubt are read as their separator says.
        ["12-01-2026", "13-01-2026", "2/16/2026", "03-02-2026", "2/3/2026", "4/5/2026"],
        ["2026-01-12", "2026-01-13", "2026-02-16", "2026-02-03", "2026-02-03", "2026-04-05"],
        [None] * 6,
    ),
    (
        # One separator both ways: nothing decides 3/4/2026, so it is read US and said so.
        ["13/11/2026", "11/14/2026", "3/4/2026", "5/5/2026"],
        ["2026-11-13", "2026-11-14", "2026-03-04", "2026-05-05"],
        [None, None, "doubt", None],
    ),
    (
        # "." and "/" decided; "-" is not, so its 3-4-2026 is in doubt.
        ["14.3.2026", "2/16/2026", "3-4-2026"],
        ["2026-03-14", "2026-02-16", "2026-03-04"],
        [None, None, "doubt"],
    ),
    (
        # Dots are day-first beside a column's month-first slashes.
        ["04.03.2026", "2/16/2026", "2/3/2026"],
        ["2026-03-04", "2026-02-16", "2026-02-03"],
        [None, None, None],
    ),
    (
        # Dots day-first, the undecided slash date US month/day (ot49 F2).
        ["24.11.2026", "4.3.2026", "12/1/2026"],
        ["2026-11-24", "2026-03-04", "2026-12-01"],
        [None, None, None],
    ),
    (
        # The slash dates disagree (one typo), the dotted ones are day-first all the same, the
        # year-first 2027.03.12 year-first, and only the slash 3/4/2027 is in doubt (ot102 F1).
        ["15/03/2027", "3/25/2027", "12.03.2027", "05.03.2027", "3.12.2027", "2027.03.12"]
        + ["3/4/2027"],
        ["2027-03-15", "2027-03-25", "2027-03-12", "2027-03-05", "2027-12-03", "2027-03-12"]
        + ["2027-03-04"],
        [None, None, None, None, None, None, "doubt"],
    ),
    (
        # A dotted value that can only be month-first makes the dotted ones month-first.
        ["15/03/2027", "3/25/2027", "3.25.2027", "05.03.2027"],
        ["2027-03-15", "2027-03-25", "2027-03-25", "2027-05-03"],
        [None, None, None, None],
    ),
    (
        # Dotted values of both orders: the dotted ones either order reads are in doubt.
        ["15.03.2027", "3.25.2027", "05.03.2027"],
        ["2027-03-15", "2027-03-25", "2027-05-03"],
        [None, None, "doubt"],
    ),
    (
        # A cell of two dates keeps its note, and the doubt is added to it.
        ["13/11/2026", "11/14/2026", "3/4/2026 and 3/6/2026"],
        ["2026-11-13", "2026-11-14", "2026-03-06"],
        [None, None, "holds 2 dates; the later, 2026-03-06, is used; doubt"],
    ),
]


@pytest.mark.parametrize(("cells", "dates", "notes"), ORDERS_OF_A_COLUMN)
def test_a_column_read_in_its_own_orders(
    cells: list[str], dates: list[str], notes: list[str | None]
) -> None:
    values = pd.Series(cells, index=range(2, 2 + len(cells)), dtype=object)
    order = date_columns.detect_date_order(values)
    column = parse_date_column(values, order=order)
    assert [str(d.date()) for d in column.dates] == dates
    doubt = (
        "is read as US month/day, but this column has both day-first and month-first dates: "
        "check it (or use --dayfirst or --monthfirst)"
    )
    expected = [n.replace("doubt", doubt) if n else None for n in notes]
    assert column.problems.tolist() == expected


# A column in an order that another column's slash date, or the Status's, gave it: its dotted
# dates are day-first all the same, as every country that writes dots writes them (fx312:
# "12.11.2026" was 11 December), unless only the other order reads them or the order is
# forced. (the order, what "12.11.2026", "2/3/2026" and "10.15.2026" read as)
MONTH_FIRST_ELSEWHERE = date_columns.DateOrder(False, "other column", "11/24/2026", 3, '"TY"')
DOTS_UNDER_ANOTHER_ORDER = [
    (MONTH_FIRST_ELSEWHERE, ["2026-11-12", "2026-02-03", "2026-10-15"]),
    (
        date_columns.DateOrder(False, "detected", "11/24/2026", 5),
        ["2026-11-12", "2026-02-03", "2026-10-15"],
    ),
    (date_columns.DateOrder(False, "forced"), ["2026-12-11", "2026-02-03", "2026-10-15"]),
]


@pytest.mark.parametrize(("order", "dates"), DOTS_UNDER_ANOTHER_ORDER)
def test_dotted_dates_are_day_first_under_another_column_s_order(
    order: date_columns.DateOrder, dates: list[str]
) -> None:
    values = pd.Series(["12.11.2026", "2/3/2026", "10.15.2026"], index=[2, 3, 4], dtype=object)
    column = parse_date_column(values, order=order)
    assert [str(d.date()) for d in column.dates] == dates


def test_a_mixed_column_in_a_run_says_which_rows_are_in_doubt(tmp_path: Path) -> None:
    tracker = tmp_path / "t.csv"
    tracker.write_text(
        "Company,Position,Date Applied\n"
        "A,PM,12-01-2026\nB,PM,13-01-2026\nC,PM,2/16/2026\nD,PM,2/3/2026\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-03-02", "-v", str(tracker)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8"))))
    # 12-01-2026 is 12 January as its separator says: its check-in is long overdue.
    assert [(r["Next due"], r["Problems"]) for r in rows] == [
        ("2026-01-22", ""),
        ("2026-01-23", ""),
        ("2026-02-25", ""),
        ("2026-02-12", ""),
    ]
    # One separator both ways: the row read in doubt says so, in the file and on screen.
    tracker.write_text(
        "Company,Position,Date Applied\nA,PM,13/02/2026\nB,PM,2/14/2026\nC,PM,2/3/2026\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-03-02", "-v", str(tracker)], catch_exceptions=False
    )
    note = (
        'row 4, column "Date Applied": "2/3/2026" is read as US month/day, but this column '
        "has both day-first and month-first dates: check it (or use --dayfirst or --monthfirst)"
    )
    rows = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8"))))
    assert [r["Problems"] for r in rows] == ["", "", note]
    assert 'row 4, column "Date Applied": "2/3/2026" is read as US month/day' in result.output


# (Interview Date as typed, Country, Thank-you due, 1st check-in due, Problems) at
# --as-of 2027-03-20: the slash dates disagree (a US typo among day-first ones), and each date
# written with dots is day-first all the same, with or without its year (ot102 F1).
DOTTED_AMONG_MIXED = [
    ("15/03/2027", "DE-BY", "2027-03-16", "2027-03-23", ""),
    ("3/25/2027", "GB", "2027-03-26", "2027-04-06", ""),
    ("12.03.2027", "DE-BY", "2027-03-13", "2027-03-19", ""),
    ("05.03.2027", "GB", "2027-03-06", "2027-03-12", ""),
    ("12.03.2027", "US", "2027-03-13", "2027-03-19", ""),
    (
        "12.03.",
        "GB",
        "2027-03-13",
        "2027-03-19",
        'row 7, column "Interview Date": "12.03." has no year; read as 2027-03-12 (nearest the'
        " next dated row's 2027-03-05)",
    ),
    ("05.03.2027", "US", "2027-03-06", "2027-03-12", ""),
]


def test_dates_with_dots_stay_day_first_when_the_slash_dates_disagree(tmp_path: Path) -> None:
    import openpyxl

    tracker = tmp_path / "Maya Chen.csv"
    lines = [f"Firm {i},Analyst,{d},Video,{c}" for i, (d, c, *_) in enumerate(DOTTED_AMONG_MIXED)]
    tracker.write_text(
        "\n".join(["Company,Position,Interview Date,Interview Type,Country", *lines]) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2027-03-20", "-v", str(tracker)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "US month/day" not in result.output
    rows = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8"))))
    assert [
        (r["Interview Date"], r["Thank-you due"], r["1st check-in due"], r["Problems"])
        for r in rows
    ] == [(d, ty, c1, p) for d, _, ty, c1, p in DOTTED_AMONG_MIXED]

    # The same text cells in a workbook (the row numbers of Problems are cells there).
    book = tmp_path / "Maya Chen.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Interview Date", "Interview Type", "Country"])
    for i, (d, c, *_) in enumerate(DOTTED_AMONG_MIXED):
        sheet.append([f"Firm {i}", "Analyst", d, "Video", c])
    workbook.save(book)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2027-03-20", "-q", str(book)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(book).active
    assert sheet is not None
    headers = [c.value for c in sheet[1]]
    seen = [
        dict(zip(headers, r, strict=False)) for r in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert [(r["Interview Date"], r["Thank-you due"], r["1st check-in due"]) for r in seen] == [
        (d, dt.datetime.fromisoformat(ty), dt.datetime.fromisoformat(c1))
        for d, _, ty, c1, _ in DOTTED_AMONG_MIXED
    ]
    assert [r["Problems"] for r in seen] == [
        None,
        None,
        None,
        None,
        None,
        'C7: "12.03." has no year; read as 2027-03-12 (nearest the next dated row\'s 2027-03-05)',
        None,
    ]


@pytest.mark.parametrize(
    ("thank_you", "brightwave"),
    [
        # A German employer's thank-you date with dots says nothing of the US row's 12/1/2026:
        # it is 1 December, so the 1st check-in was sent (ot49 F2).
        ("24.11.2026", ("2nd check-in", "2026-12-15", "")),
        # A slash date that can only be day-first does: 12 January, before the interview, and
        # the row says how it was read.
        (
            "24/11/2026",
            (
                "1st check-in",
                "2026-12-01",
                'row 3, column "Check-in 1 Sent": "12/1/2026", read as 12 January 2026 '
                '(day-first, from Thank-you Sent: "24/11/2026" in row 2), is before the interview '
                "on Fri 2026-11-20: not counted as sent for this interview; fix the date, or "
                "clear it if it was sent for an earlier round",
            ),
        ),
    ],
)
def test_a_date_with_dots_lends_no_order_to_another_column(
    tmp_path: Path, thank_you: str, brightwave: tuple[str, str, str]
) -> None:
    tracker = tmp_path / "t.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Thank-you Sent,Check-in 1 Sent,Country\n"
        f"Nordlicht Media,Data Analyst,2026-11-23,{thank_you},,DE\n"
        "Brightwave,Product Analyst,2026-11-20,yes,12/1/2026,US\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["run", "-q", "--as-of", "2026-12-02", str(tracker)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8"))))
    assert (rows[1]["Next action"], rows[1]["Next due"], rows[1]["Problems"]) == brightwave


def test_date_orders_forced_and_borrowed() -> None:
    columns = {
        "interview_at": pd.Series(["3/11/2026", "4/11/2026"], index=[2, 3]),
        "last_reply": pd.Series([None, "20/11/2026"], index=[2, 3]),
        "thank_you_sent": pd.Series(["11/20/2026", None], index=[2, 3]),
    }
    headers = {"interview_at": "Date", "last_reply": "Heard Back", "thank_you_sent": "TY"}
    forced = date_columns.date_orders(columns, headers, True)
    assert {o.describe() for o in forced.values()} == {"day-first (forced)"}
    assert date_columns.date_orders(columns, headers, False)["last_reply"].describe() == (
        "US month/day (forced)"
    )
    # The columns disagree (20/11 vs 11/20): nobody borrows, the undecided one stays US.
    detected = date_columns.date_orders(columns, headers, None)
    assert detected["interview_at"].source == "undecided"
    del columns["thank_you_sent"]
    borrowed = date_columns.date_orders(columns, headers, None)["interview_at"]
    assert borrowed.describe() == 'day-first (detected in Heard Back: "20/11/2026" in row 3)'


@pytest.mark.parametrize(
    ("columns", "locale", "described"),
    [
        # A slash date that decides its column lends its order to an undecided one.
        (
            {"thank_you_sent": ["13/11/2026", None], "check_in_1_sent": [None, "12/1/2026"]},
            None,
            'day-first (detected in TY: "13/11/2026" in row 2)',
        ),
        # A date with dots does not: dots are day-first where 12/1/2026 is 1 December (ot49 F2).
        (
            {"thank_you_sent": ["24.11.2026", None], "check_in_1_sent": [None, "12/1/2026"]},
            None,
            "US month/day (no value decides it; use --dayfirst if 3/11/2026 means 3 November)",
        ),
        (
            {"thank_you_sent": ["24.11.2026", None], "check_in_1_sent": [None, "12/1/2026"]},
            date_columns.DateOrder(
                True, "locale", "every row's Country (France) writes dates day-first"
            ),
            "day-first (no value decides it; every row's Country (France) writes dates day-first)",
        ),
        # A column's own dotted dates stay day-first under the order it falls back to.
        (
            {"thank_you_sent": ["13/11/2026", None], "check_in_1_sent": ["4.3.2026", "12/1/2026"]},
            None,
            'day-first (detected in TY: "13/11/2026" in row 2); dates written with dots '
            "(24.11.2026) day-first",
        ),
    ],
)
def test_which_columns_lend_their_order(
    columns: dict[str, list[str | None]],
    locale: date_columns.DateOrder | None,
    described: str,
) -> None:
    headers = {"thank_you_sent": "TY", "check_in_1_sent": "Check-in 1 Sent"}
    cells = {name: pd.Series(values, index=[2, 3]) for name, values in columns.items()}
    orders = date_columns.date_orders(cells, headers, None, locale)
    assert orders["check_in_1_sent"].describe() == described


@pytest.mark.parametrize(
    ("header", "dayfirst"),
    [
        ("Interview Date (DD/MM/YYYY)", True),
        ("Interview Date (MM/DD/YYYY)", False),
        ("Applied d.m.yy", True),
        ("Date (m/d)", False),
        ("Date (yyyy-mm-dd)", None),  # how ISO dates look, not 3/11/2026
        ("Date (YYYY/MM/DD)", None),
        ("Interview Date", None),
        ("Added", None),  # "dd" inside a word says nothing
        ("Date (DD/DD)", None),
    ],
)
def test_a_header_may_state_the_order(header: str, dayfirst: bool | None) -> None:
    assert date_columns.stated_order(header) is dayfirst


def test_a_stated_order_settles_only_ambiguous_values() -> None:
    headers = {"interview_at": "Interview Date (DD/MM/YYYY)"}
    ambiguous = {"interview_at": pd.Series(["3/11/2026", "4/11/2026"], index=[2, 3])}
    order = date_columns.date_orders(ambiguous, headers, None)["interview_at"]
    assert order.describe() == 'day-first (the header says so: "Interview Date (DD/MM/YYYY)")'
    # A value that can only be read one way beats the header.
    settled = {"interview_at": pd.Series(["3/11/2026", "11/14/2026"], index=[2, 3])}
    order = date_columns.date_orders(settled, headers, None)["interview_at"]
    assert order.describe() == 'US month/day (detected: "11/14/2026" in row 3)'
    # --dayfirst / --monthfirst beat both.
    assert date_columns.date_orders(ambiguous, headers, False)["interview_at"].dayfirst is False


def interview_dates(path: Path, **reading: object) -> tuple[list[str], list[str]]:
    """The interview dates as a run reads them, and the notes a run shows under -v."""
    from followup_batch.normalise import date_notes, normalise_rows
    from followup_batch.read import ReadOptions, read_trackers

    options = ReadOptions(**reading)  # type: ignore[arg-type]
    (table,) = read_trackers(path, options)
    frame = normalise_rows(table, options)
    return [str(d.date()) for d in frame["interview_date"]], date_notes(table, options)


SEMICOLONS = "Company;Position;Interview Date;Salary\nSG;Analyst;03/11/2026;45000,50\n"
COUNTRIES = "Company,Position,Interview Date,Country\nA,PM,3/11/2026,{0}\nB,PM,5/11/2026,{1}\n"
LOCATIONS = "Company,Position,Interview Date,Location\nA,PM,3/11/2026,{0}\nB,PM,5/11/2026,{1}\n"
CITIES = "Company,Position,Interview Date,City\nA,PM,3/11/2026,{0}\nB,PM,5/11/2026,{1}\n"
CITY_STATES = (
    "Company,Position,Interview Date,City,Province\n"
    "A,PM,3/11/2026,{0},{1}\nB,PM,5/11/2026,{2},{3}\n"
)
MARCH_MAY, NOVEMBER = ["2026-03-11", "2026-05-11"], ["2026-11-03", "2026-11-05"]
UNDECIDED = (
    '"Interview Date": dates such as 3/11/2026 are read US month/day (nothing in the file '
    "says); use --dayfirst if that is wrong"
)


def _disagree(header: str, day: str, month: str) -> str:
    """The note of a column read US month/day because the rows' places disagree (ot81 F3)."""
    return (
        '"Interview Date": dates such as 3/11/2026 are read US month/day (the rows\' '
        f"{header} disagree: day-first ({day}), month-first ({month})); use --dayfirst if that"
        " is wrong"
    )


# The notes a plain run shows too (``assumed_date_notes``): US month/day as nothing settled it.
US_GB, AUSTIN_LONDON = (
    _disagree("Country", "the United Kingdom", "the United States"),
    _disagree("Location", "the United Kingdom", "the United States"),
)
MUNICH_AUSTIN = _disagree("City", "Germany", "the United States")
# Canada's rows write both orders, and are said so (fx292: "month-first (Canada)").
CA_FR, TORONTO_LYON = (
    '"Interview Date": dates such as 3/11/2026 are read US month/day (the rows\' '
    f"{header} disagree: day-first (France), both orders (Canada)); use --dayfirst if that is "
    "wrong"
    for header in ("Country", "City and State")
)
ASSUMED = (UNDECIDED, US_GB, AUSTIN_LONDON, MUNICH_AUSTIN, CA_FR, TORONTO_LYON)


@pytest.mark.parametrize(
    ("text", "reading", "dates", "note"),
    [
        # Excel writes CSV with semicolons where the decimal mark is a comma: day-first.
        (
            SEMICOLONS,
            {},
            ["2026-11-03"],
            '"Interview Date": dates such as 3/11/2026 are read day-first (the file is '
            "separated by semicolons, as Excel writes CSV where 3/11/2026 is 3 November); use "
            "--monthfirst if that is wrong",
        ),
        (SEMICOLONS, {"dayfirst": False}, ["2026-03-11"], None),
        # With nothing in the dates to settle it, the rows' countries do when they agree
        # (a French tracker's 03/11/2026 is 3 November); they beat the config's country.
        (
            COUNTRIES.format("FR", "France"),
            {},
            ["2026-11-03", "2026-11-05"],
            '"Interview Date": dates such as 3/11/2026 are read day-first (every row\'s Country '
            "(France) writes dates day-first); use --monthfirst if that is wrong",
        ),
        (COUNTRIES.format("GB", "United Kingdom"), {}, ["2026-11-03", "2026-11-05"], None),
        (COUNTRIES.format("DE-BY", "DE-BY"), {}, ["2026-11-03", "2026-11-05"], None),
        (COUNTRIES.format("DE-BY", "FR"), {}, ["2026-11-03", "2026-11-05"], None),
        # A region written alone names its country.
        (COUNTRIES.format("Bayern", "Wien"), {}, NOVEMBER, None),
        (COUNTRIES.format("Cataluña", "Madrid"), {}, NOVEMBER, None),
        (
            COUNTRIES.format("US", "US-CA"),
            {"default_country": "GB"},
            ["2026-03-11", "2026-05-11"],
            '"Interview Date": dates such as 3/11/2026 are read US month/day (every row\'s '
            "Country (the United States) writes dates month-first); use --dayfirst if that is "
            "wrong",
        ),
        # US territories and the other month-first countries; Canada as the US.
        (COUNTRIES.format("PR", "PH"), {"default_country": "GB"}, MARCH_MAY, None),
        (COUNTRIES.format("CA", "CA"), {"default_country": "DE"}, MARCH_MAY, None),
        (COUNTRIES.format("GB", "GB"), {"default_country": "CA"}, NOVEMBER, None),
        # Blank and unknown countries say nothing; nor do the rows when none is named.
        (COUNTRIES.format("DE", ""), {}, ["2026-11-03", "2026-11-05"], None),
        (COUNTRIES.format("DE", "Atlantis"), {}, ["2026-11-03", "2026-11-05"], None),
        (COUNTRIES.format("", ""), {}, ["2026-03-11", "2026-05-11"], UNDECIDED),
        # A year-first country's rows say nothing among others' (ot81 F3: one Hungarian row
        # in a Polish tracker); alone, or with US ones, they are month-first.
        (
            COUNTRIES.format("Poland", "Hungary"),
            {},
            NOVEMBER,
            '"Interview Date": dates such as 3/11/2026 are read day-first (every row\'s Country '
            "writes dates day-first (Poland) or year-first (Hungary)); use --monthfirst if that is "
            "wrong",
        ),
        (COUNTRIES.format("FR", "JP"), {}, NOVEMBER, None),
        (CITIES.format("Warszawa", "Budapest"), {}, NOVEMBER, None),
        (
            COUNTRIES.format("Hungary", "Japan"),
            {"default_country": "GB"},
            MARCH_MAY,
            '"Interview Date": dates such as 3/11/2026 are read US month/day (every row\'s '
            "Country (Hungary, Japan) writes dates month-first); use --dayfirst if that is wrong",
        ),
        (COUNTRIES.format("US", "HU"), {"default_country": "GB"}, MARCH_MAY, None),
        # Rows in countries of both kinds: the config's country, else US month/day, and the
        # note says they disagree, not that nothing says.
        (COUNTRIES.format("US", "GB"), {}, ["2026-03-11", "2026-05-11"], US_GB),
        # ... Canada's rows said to write both orders, as the rule reads them (fx292: they were
        # called month-first).
        (COUNTRIES.format("CA", "FR"), {}, MARCH_MAY, CA_FR),
        (CITY_STATES.format("Toronto", "ON", "Lyon", ""), {}, MARCH_MAY, TORONTO_LYON),
        (
            COUNTRIES.format("US", "GB"),
            {"default_country": "GB"},
            ["2026-11-03", "2026-11-05"],
            '"Interview Date": dates such as 3/11/2026 are read day-first (the config\'s '
            "country, GB-ENG, writes dates day-first); use --monthfirst if that is wrong",
        ),
        # With no Country column, the Location column's places do (an outside test: a UK
        # tracker's 03/11/2026 was read as 11 March, "nothing in the file says").
        (
            LOCATIONS.format('"London, UK"', '"Manchester, UK"'),
            {},
            NOVEMBER,
            '"Interview Date": dates such as 3/11/2026 are read day-first (every row\'s Location '
            "(the United Kingdom) writes dates day-first); use --monthfirst if that is wrong",
        ),
        (LOCATIONS.format("Madrid", "Barcelona"), {}, NOVEMBER, None),
        (LOCATIONS.format("Hybrid - Berlin", "Remote"), {}, NOVEMBER, None),
        (
            LOCATIONS.format('"Austin, TX"', "Remote in USA"),
            {"default_country": "GB"},
            MARCH_MAY,
            '"Interview Date": dates such as 3/11/2026 are read US month/day (every row\'s '
            "Location (the United States) writes dates month-first); use --dayfirst if that is "
            "wrong",
        ),
        (LOCATIONS.format('"Austin, TX"', '"London, UK"'), {}, MARCH_MAY, AUSTIN_LONDON),
        (LOCATIONS.format("Remote", ""), {}, MARCH_MAY, UNDECIDED),
        # With neither, the City and State columns' places do, each row read as its calendar
        # is (a German tracker's City of München: 03/11/2026 was read as 11 March).
        (
            CITIES.format("München", "Leipzig"),
            {},
            NOVEMBER,
            '"Interview Date": dates such as 3/11/2026 are read day-first (every row\'s City '
            "(Germany) writes dates day-first); use --monthfirst if that is wrong",
        ),
        (CITIES.format("Madrid", "Edinburgh"), {}, NOVEMBER, None),
        (CITIES.format("Lagos", "Nairobi"), {}, NOVEMBER, None),
        (CITIES.format("Tokyo", "Seattle"), {"default_country": "GB"}, MARCH_MAY, None),
        (CITIES.format("Smalltown", ""), {}, MARCH_MAY, UNDECIDED),
        (CITIES.format("Portland", "Smalltown"), {}, MARCH_MAY, UNDECIDED),
        (CITIES.format("München", "Austin"), {}, MARCH_MAY, MUNICH_AUSTIN),
        (
            CITY_STATES.format("Toronto", "ON", "Smalltown", "QC"),
            {"default_country": "GB"},
            MARCH_MAY,
            '"Interview Date": dates such as 3/11/2026 are read US month/day (every row\'s City '
            "and State (Canada) writes dates month-first); use --dayfirst if that is wrong",
        ),
        (CITY_STATES.format("Perth", "WA", "Smalltown", "NSW"), {}, NOVEMBER, None),
        (CITY_STATES.format("", "Bayern", "", "Wien"), {}, NOVEMBER, None),
        (
            CITY_STATES.format("Portland", "OR", "Paris", "TX"),
            {"default_country": "FR"},
            MARCH_MAY,
            None,
        ),
        # --dayfirst / --monthfirst beat the rows' countries.
        (COUNTRIES.format("FR", "FR"), {"dayfirst": False}, ["2026-03-11", "2026-05-11"], None),
        (COUNTRIES.format("US", "US"), {"dayfirst": True}, ["2026-11-03", "2026-11-05"], None),
        # No Country column: the same.
        (
            "Company,Position,Interview Date\nA,PM,3/11/2026\n",
            {"default_country": "DE"},
            ["2026-11-03"],
            '"Interview Date": dates such as 3/11/2026 are read day-first (the config\'s '
            "country, DE, writes dates day-first); use --monthfirst if that is wrong",
        ),
        ("Company,Position,Interview Date\nA,PM,3/11/2026\n", {}, ["2026-03-11"], UNDECIDED),
    ],
)
def test_where_a_file_was_written_settles_ambiguous_dates(
    tmp_path: Path, text: str, reading: dict[str, object], dates: list[str], note: str | None
) -> None:
    from followup_batch.normalise import assumed_date_notes
    from followup_batch.read import ReadOptions, read_trackers

    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    read, notes = interview_dates(path, **reading)
    assert read == dates
    if note is not None:
        assert notes[0] == note
    # Of the orders, only one nothing supports is shown without -v (a guess that may move
    # every date); day-first on US holidays is too (test_cli), a note of calendars, not orders.
    options = ReadOptions(**reading)  # type: ignore[arg-type]
    (table,) = read_trackers(path, options)
    orders = [
        n for n in assumed_date_notes(table, options) if not n.startswith(US_HOLIDAYS_FOR_DAY_FIRST)
    ]
    assert orders == ([note] if note in ASSUMED else [])


# fx189: in a tracker whose rows' countries disagree (US among FR, DE, GB), a date in figures
# that either order reads is read US month/day, and a row whose own country writes it
# day-first says so, with the other reading, not silently. Interview Mon 2026-12-14, run on
# Tue 2027-01-05; a decision of Sat 2027-05-01 gives the 1st check-in 1 bd later, Mon 05-03,
# then the preferred Tuesday 05-04 (on the JP row Mon 05-03 to Wed 05-05 are Golden Week
# holidays: Thu 05-06); a decision of Tue 2027-01-05 gives Wed 01-06; without one, 5
# bd after the interview is Mon 12-21, then the preferred Tuesday 12-22.
AGAINST_FR = (
    "read as 1 May 2027 (US month/day, the rows' Country disagree: day-first (Germany, France, the "
    "United Kingdom), "
    "month-first (the United States)); in {c}, where this row is, it is 5 January 2027: write "
    "2027-01-05 if "
    "that is meant, or run with --dayfirst if every date here is day-first"
)
MIXED_COUNTRIES = [
    # (Country, Decision Date, Date Applied) -> (1st check-in due, Problems)
    (
        "FR",
        "05/01/2027",
        None,
        dt.datetime(2027, 5, 4),
        'E2: "05/01/2027", ' + AGAINST_FR.format(c="France"),
    ),
    (
        "FR",
        "Retour : 05/01/2027",
        None,
        dt.datetime(2027, 5, 4),
        'E3: "Retour : 05/01/2027", ' + AGAINST_FR.format(c="France"),
    ),
    (
        "DE-BY",
        "05/01/2027",
        None,
        dt.datetime(2027, 5, 4),
        'E4: "05/01/2027", ' + AGAINST_FR.format(c="Germany"),
    ),
    # Rows whose country writes it as read, or says nothing: nothing to say.
    ("US", "05/01/2027", None, dt.datetime(2027, 5, 4), None),
    ("JP", "05/01/2027", None, dt.datetime(2027, 5, 6), None),
    (None, "05/01/2027", None, dt.datetime(2027, 5, 4), None),
    # One reading only, or one the cell settles: nothing to say.
    ("FR", "01/01/2027", None, dt.datetime(2027, 1, 5), None),
    ("FR", "05.01.2027", None, dt.datetime(2027, 1, 6), None),
    ("FR", "2027-01-05", None, dt.datetime(2027, 1, 6), None),
    (
        "FR",
        "Tue 05/01/2027",
        None,
        dt.datetime(2027, 1, 6),
        'E11: "Tue 05/01/2027" read day-first, as its weekday says',
    ),
    ("GB", dt.datetime(2027, 1, 5), None, dt.datetime(2027, 1, 6), None),
    # Any date column: the Date Applied too.
    (
        "FR",
        None,
        "02/12/2026",
        dt.datetime(2026, 12, 22),
        'F13: "02/12/2026", read as 12 February 2026 (US month/day, the rows\' Country '
        "disagree: day-first (Germany, France, the United Kingdom), month-first (the United "
        "States)); in France, where this row is, it is "
        "2 December 2026: write 2026-12-02 if that is meant, or run with --dayfirst if every "
        "date here is day-first",
    ),
    ("US", None, "02/12/2026", dt.datetime(2026, 12, 22), None),
]


def test_a_date_read_against_its_row_s_country_is_said(tmp_path: Path) -> None:
    import openpyxl

    tracker = tmp_path / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(
        ["Company", "Position", "Interview Date", "Country", "Decision Date", "Date Applied"]
    )
    for i, (country, decision, applied, *_) in enumerate(MIXED_COUNTRIES):
        sheet.append(
            [f"Firm {i}", "Analyst", dt.datetime(2026, 12, 14), country, decision, applied]
        )
    book.save(tracker)
    result = CliRunner().invoke(main, ["run", "--as-of", "2027-01-05", str(tracker)])
    assert result.exit_code == 0, result.output
    assert (
        'note: Maya Chen.xlsx [Jobs]: "Decision Date": dates such as 3/11/2026 are read US '
        "month/day (the rows' Country disagree: day-first (Germany, France, the United Kingdom), "
        "month-first (the United States)); use "
        "--dayfirst if that is wrong"
    ) in result.output
    sheet = openpyxl.load_workbook(tracker)["Jobs"]
    headers = [c.value for c in sheet[1]]
    seen = [
        dict(zip(headers, r, strict=False)) for r in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert [r["Decision Date"] for r in seen] == [d for _, d, *_ in MIXED_COUNTRIES]
    assert [(r["1st check-in due"], r["Problems"]) for r in seen] == [
        (due, problems) for *_, due, problems in MIXED_COUNTRIES
    ]


def test_a_stage_date_read_against_its_row_s_country_is_said(tmp_path: Path) -> None:
    """A wide tracker's stage columns too, said at the stage's cell (fx189)."""
    tracker = tmp_path / "Maya Chen.csv"
    tracker.write_text(
        "Company,Position,Phone Screen,Onsite,Country\n"
        "A,PM,05/01/2027,,FR\nB,PM,05/01/2027,,US\nC,PM,2026-12-01,,DE\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2027-05-10", str(tracker)])
    assert result.exit_code == 0, result.output
    read = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig"))))
    assert [r["Problems"] for r in read] == [
        'row 2, column "Phone Screen": "05/01/2027", read as 1 May 2027 (US month/day, the '
        "rows' Country disagree: day-first (Germany, France), month-first (the United States)); in "
        "France, where this row "
        "is, it is 5 January 2027: write 2027-01-05 if that is meant, or run with --dayfirst if "
        "every date here is day-first",
        "",
        "",
    ]


# The near trackers: where something settles the order, or the rows agree, no row says it.
# Row 2 is a French row's 05/01/2027 beside row 3 (its country and Decision Date given).
@pytest.mark.parametrize(
    ("separator", "other", "args", "due"),
    [
        # Every row in a day-first country: read day-first (5 January).
        (",", ("DE", ""), [], "2027-01-06"),
        # A value that settles the column: day-first, said by -v only.
        (",", ("US", "13/01/2027"), [], "2027-01-06"),
        # A CSV separated by semicolons, as Excel writes where dates are day-first.
        (";", ("US", ""), [], "2027-01-06"),
        # The order forced either way.
        (",", ("US", ""), ["--dayfirst"], "2027-01-06"),
        (",", ("US", ""), ["--monthfirst"], "2027-05-04"),
    ],
)
def test_no_row_says_its_date_was_read_against_its_country_when_the_order_is_settled(
    tmp_path: Path, separator: str, other: tuple[str, str], args: list[str], due: str
) -> None:
    tracker = tmp_path / "Maya Chen.csv"
    rows = [
        ("Company", "Position", "Interview Date", "Country", "Decision Date"),
        ("A", "PM", "2026-12-14", "FR", "05/01/2027"),
        ("B", "PM", "2026-12-14", *other),
    ]
    tracker.write_text("".join(separator.join(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2027-01-05", *args, str(tracker)])
    assert result.exit_code == 0, result.output
    text = tracker.read_text(encoding="utf-8-sig")
    (first, _) = list(csv.DictReader(io.StringIO(text), delimiter=separator))
    assert (first["1st check-in due"], first["Problems"]) == (due, "")


# A sent date read US month/day says why in its row's Problems cell: the rows' countries
# disagree, or nothing says (ot81 F3: never "nothing" when the Country cells say).
# On the Polish row, the interview date, which only that is said of, says the Polish reading
# too (fx189); the sent date says it once, in its own line.
PL_INTERVIEW = (
    'row 2, column "Interview Date": "11/12/2026", read as 12 November 2026 (US month/day, the '
    "rows' Country disagree: day-first (Poland), month-first (the United States)); in Poland, "
    "where this row is, it is "
    "11 December 2026: write 2026-12-11 if that is meant, or run with --dayfirst if every date "
    "here is day-first"
)


@pytest.mark.parametrize(
    ("countries", "why", "before"),
    [
        (
            ("PL", "US"),
            "the rows' Country disagree: day-first (Poland), month-first (the United States)",
            [PL_INTERVIEW],
        ),
        (("", ""), "nothing in the file says", []),
    ],
)
def test_a_row_says_why_its_date_was_read_us(
    tmp_path: Path, countries: tuple[str, str], why: str, before: list[str]
) -> None:
    from followup_batch.normalise import normalise_rows
    from followup_batch.read import ReadOptions, read_trackers

    path = tmp_path / "t.csv"
    path.write_text(
        "Company,Position,Interview Date,Country,Check-in 1 sent\n"
        f"A,PM,11/12/2026,{countries[0]},11/3/2026\nB,PM,11/10/2026,{countries[1]},\n",
        encoding="utf-8",
    )
    (table,) = read_trackers(path, ReadOptions())
    frame = normalise_rows(table, ReadOptions(), as_of=dt.date(2026, 11, 24))
    assert frame.loc[2, "problems"] == [
        *before,
        f'row 2, column "Check-in 1 sent": "11/3/2026", read as 3 November 2026 (US month/day,'
        f" {why}), is before the interview on Thu 2026-11-12: not counted as sent for this"
        " interview; fix the date, or clear it if it was sent for an earlier round",
    ]


def year_less_read(path: Path, as_of: dt.date) -> tuple[list[str], list[str], list[str]]:
    """(interview dates, applied dates) as a run on ``as_of`` reads them, and the notes a run
    shows without -v."""
    from followup_batch.normalise import assumed_date_notes, normalise_rows
    from followup_batch.read import ReadOptions, read_trackers

    (table,) = read_trackers(path, ReadOptions())
    frame = normalise_rows(table, ReadOptions(), as_of=as_of)
    days = [[str(d.date()) for d in frame[c]] for c in ("interview_date", "applied_date")]
    return days[0], days[1], assumed_date_notes(table, ReadOptions())


NOWHERE_A_YEAR = (
    "no date has a year ({0}): each is read in the year nearest the row's other dates, else "
    "nearest the date of this run; write the year with a date where that is wrong"
)
EXCEL_SHOWN = (
    ". Excel saves a CSV with dates as they are shown: format the column as yyyy-mm-dd and "
    "save it again, or run the .xlsx itself"
)
# Trackers where nobody wrote a year (ot119 F13: every row needed info, "has no year" and no
# hint): each date is placed as a Status's "Applied on 11/2" is, nearest the row's other
# dates, else the run's; the run says so once, and each row's Problems the year taken.
NO_YEAR_ANYWHERE = [
    # The tester's tracker, run on Sun 2026-12-06: the applied dates of interviewed rows
    # placed before their interviews, the others before the run.
    (
        "Company,Position,Date Applied,Interview Date,Status\nAcme,Analyst,11/2,11/20,"
        "interviewing\nGlobex,Analyst,11/5,,applied\nInitech,Analyst,Nov 9,12/1,interviewing\n"
        "Hooli,Analyst,11/16,,applied\n",
        dt.date(2026, 12, 6),
        ["2026-11-20", "NaT", "2026-12-01", "NaT"],
        ["2026-11-02", "2026-11-05", "2026-11-09", "2026-11-16"],
        '"Interview Date", "Date Applied": ' + NOWHERE_A_YEAR.format('"11/20"'),
    ),
    # Over the new year: December's applications are last year's, an interview booked for
    # 1/8 is this week's.
    (
        "Company,Position,Date Applied,Interview Date\nA,PM,12/28,1/8\nB,PM,Dec 3,\n",
        dt.date(2027, 1, 5),
        ["2027-01-08", "NaT"],
        ["2026-12-28", "2026-12-03"],
        '"Interview Date", "Date Applied": ' + NOWHERE_A_YEAR.format('"1/8"'),
    ),
    # Excel's CSV of dates shown as 3-Nov: the same, and how to keep the years.
    (
        "Company,Position,Interview Date\nA,PM,3-Nov\nB,PM,12-Nov\nC,PM,\n",
        dt.date(2026, 11, 20),
        ["2026-11-03", "2026-11-12", "NaT"],
        ["NaT", "NaT", "NaT"],
        '"Interview Date": ' + NOWHERE_A_YEAR.format('"3-Nov"') + EXCEL_SHOWN,
    ),
    # One date with a year dates the others: no note.
    (
        "Company,Position,Interview Date\nA,PM,3-Nov\nB,PM,2026-11-12\n",
        dt.date(2027, 6, 1),
        ["2026-11-03", "2026-11-12"],
        ["NaT", "NaT"],
        None,
    ),
]


@pytest.mark.parametrize(("text", "as_of", "interviews", "applied", "note"), NO_YEAR_ANYWHERE)
def test_a_tracker_with_no_year_anywhere_is_read_nearest_the_run(
    tmp_path: Path,
    text: str,
    as_of: dt.date,
    interviews: list[str],
    applied: list[str],
    note: str | None,
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    read_interviews, read_applied, notes = year_less_read(path, as_of)
    assert (read_interviews, read_applied) == (interviews, applied)
    assert [n for n in notes if "has a year" in n] == ([note] if note else [])


def test_check_says_each_year_taken_for_a_tracker_with_no_year() -> None:
    """What ``check`` prints for the tester's no_years2.csv: "11/2" in Date Applied is read as
    "Applied on 11/2" in the Status beside it is, not "Needs info"."""
    runner = CliRunner()
    with runner.isolated_filesystem():
        Path("no_years2.csv").write_text(
            "Company,Position,Date Applied,Status\nAcme,Analyst,,Applied on 11/2\n"
            "Globex,Analyst,11/2,applied\n",
            encoding="utf-8",
        )
        result = runner.invoke(main, ["check", "no_years2.csv", "--as-of", "2026-12-06"])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    assert "no_years2.csv: header on row 1, 2 rows" in lines
    assert (
        'row 3, column "Date Applied": "11/2" has no year; read as 2026-11-02 (nearest Sun '
        "2026-12-06, the date of this run)"
    ) in lines
    assert (
        '- "Date Applied": no date has a year ("11/2"): each is read in the year nearest the '
        "row's other dates, else nearest the date of this run; write the year with a date "
        "where that is wrong"
    ) in lines


def test_a_header_that_states_the_order_settles_the_other_columns_too() -> None:
    """ "Interview Date (DD/MM/YYYY)" beside an ambiguous Thank-you Sent column: the sent date
    was read month-first, seven months before the interview."""
    columns = {
        "interview_at": pd.Series(["3/11/2026"], index=[2]),
        "thank_you_sent": pd.Series(["4/11/2026"], index=[2]),
    }
    headers = {"interview_at": "Interview Date (DD/MM/YYYY)", "thank_you_sent": "TY Sent"}
    orders = date_columns.date_orders(columns, headers, None)
    assert orders["thank_you_sent"].dayfirst is True
    assert orders["thank_you_sent"].describe() == (
        'day-first (as the header "Interview Date (DD/MM/YYYY)" says)'
    )


# Excel's default short dates in four locales, in a CSV as Excel there saves it (ot71 F3):
# every row was "Needs info", its date "not a date". (file, code page, a company of the
# country, its two dates: a Wednesday and a Friday, whose thank-you is due the next day.)
LOCAL_SHORT_DATES = [
    ("sk", "cp1250", "Tatra banka;SK", ("24. 3. 2027", "5. 3. 2027")),
    ("hr", "cp1250", "Infobip;HR", ("24.3.2027.", "5.3.2027.")),
    ("bg", "cp1251", "Телерик;BG", ("24.3.2027 г.", "5.3.2027 г.")),
    ("lv", "cp1257", "Swedbank;LV", ("24.03.2027.", "05.03.2027.")),
]


@pytest.mark.parametrize(
    ("name", "encoding", "company", "dates"),
    LOCAL_SHORT_DATES,
    ids=[d[0] for d in LOCAL_SHORT_DATES],
)
def test_excel_s_local_short_dates_are_read_day_first(
    tmp_path: Path, name: str, encoding: str, company: str, dates: tuple[str, str]
) -> None:
    tracker = tmp_path / f"{name}.csv"
    lines = ["Company;Country;Position;Interview Date;Interview Type"]
    lines += [f"{company};Analyst;{date};onsite" for date in dates]
    tracker.write_bytes("\r\n".join([*lines, ""]).encode(encoding))
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2027-03-30", str(tracker)])
    assert result.exit_code == 0, result.output
    text = tracker.read_bytes().decode(encoding)
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert [r["Interview Date"] for r in rows] == list(dates)  # the user's cells as they were
    assert [(r["Thank-you due"], r["Problems"]) for r in rows] == [
        ("2027-03-25", ""),
        ("2027-03-06", ""),
    ]


# ot82 F8: Tue 27 April 2027 as Taiwan, Thailand, Indonesia and Vietnam write it; the thank-you
# is due the next day, Wed 28 April (no holiday in any of the four). The near cases, in a US
# tracker (whose column reads US month/day): a Minguo-looking "11/04/27" is 4 November 2027
# (thank-you Fri 5 Nov), "116/04/27" is no date, a Buddhist-era year is said in words.
BUDDHIST_ON_A_US_ROW = (
    '"27/04/2570" has the year 2570, no year of this era: if it is the Thai '
    "Buddhist era's (2570 is 2027), write 2027"
)
LOCAL_DATE_FORMS = {
    "local": [
        ("TSMC", "116/04/27", "TW", "2027-04-28", ""),
        ("MediaTek", "民國116年4月27日", "TW", "2027-04-28", ""),
        ("SCB", "27/04/2570", "TH", "2027-04-28", ""),
        ("BCA", "Selasa, 27 April 2027", "ID", "2027-04-28", ""),
        ("VNG", "ngày 27 tháng 4 năm 2027", "VN", "2027-04-28", ""),
        ("FPT", "27/4/2027", "VN", "2027-04-28", ""),
    ],
    # fx164: Thai month names, by name or abbreviated, with a Buddhist-era year of four
    # digits or two, on any row; a two-digit year in figures on Thai rows only.
    "thai": [
        ("SCB", "27 เมษายน 2570", "TH", "2027-04-28", ""),
        ("KBank", "27 เม.ย. 70", "TH", "2027-04-28", ""),
        ("PTT", "27/04/70", "TH", "2027-04-28", ""),
        ("AIS", "27-Apr-70", "TH", "2027-04-28", ""),
        ("Agoda", "27 เม.ย. 2027", "TH", "2027-04-28", ""),  # a Western year
        ("Grab", "27 เม.ย. 70", "SG", "2027-04-28", ""),  # a Thai month anywhere
        ("Line", "วันอังคารที่ 27 เมษายน 2570", "", "2027-04-28", ""),
    ],
    "us": [
        ("Acme", "11/04/27", "US", "2027-11-05", ""),
        (
            "Initrode",
            "116/04/27",
            "US",
            "",
            '"116/04/27" is not a date: if 116 is a Taiwan (Minguo) year (116 is 2027), '
            "write 2027-04-27",
        ),
        ("Initech", "27/04/2570", "US", "", BUDDHIST_ON_A_US_ROW),
    ],
    # ot91 F2, F6: on a row of another country, a Taiwanese or Thai date says the Western one
    # to write; to put TW or TH in the Country only on a row whose place is not written (a
    # Singapore job is not moved onto Thailand's holidays). The near cases stay no date.
    "elsewhere": [
        ("Grab", "27/04/2570", "SG", "", BUDDHIST_ON_A_US_ROW),
        ("Gojek", "27/04/2570", "", "", BUDDHIST_ON_A_US_ROW + ", or put TH in the row's Country"),
        (
            "Sony",
            "116/04/27",
            "JP",
            "",
            '"116/04/27" is not a date: if 116 is a Taiwan (Minguo) year (116 is 2027), '
            "write 2027-04-27",
        ),
        (
            "Asus",
            "116/04/27",
            "",
            "",
            '"116/04/27" is not a date: if 116 is a Taiwan (Minguo) year (116 is 2027), '
            "write 2027-04-27, or put TW in the row's Country",
        ),
        (
            "Agoda",
            "2570",
            "TH",
            "",
            '"2570" is not a date but a year alone: if it is the Thai Buddhist era\'s '
            "(2570 is 2027), write the whole date with 2027",
        ),
        ("Acer", "116/13/40", "JP", "", '"116/13/40" is not a date'),
        ("Rakuten", "199/04/27", "JP", "", '"199/04/27" is not a date'),
        ("Line", "2027", "JP", "", '"2027" is not a date'),
        ("Lazada", "1250", "SG", "", '"1250" is not a date'),
    ],
    "sg": [
        # A two-digit year in figures is the Buddhist era's on a Thai row only (fx164).
        (
            "Shopee",
            "27/04/70",
            "SG",
            "",
            '"27/04/70" is not a plausible interview date (before 2000)',
        ),
    ],
}


@pytest.mark.parametrize("name", list(LOCAL_DATE_FORMS))
def test_local_date_forms_are_read_on_their_country_s_rows(tmp_path: Path, name: str) -> None:
    rows = LOCAL_DATE_FORMS[name]
    tracker = tmp_path / f"{name}.csv"
    with tracker.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Company", "Position", "Interview Date", "Country"])
        writer.writerows((company, "Analyst", date, country) for company, date, country, *_ in rows)
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2027-05-03", str(tracker)])
    assert result.exit_code == 0, result.output
    read = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig"))))
    assert [r["Interview Date"] for r in read] == [date for _, date, *_ in rows]
    assert [(r["Company"], r["Thank-you due"], r["Problems"]) for r in read] == [
        (company, due, f'row {i}, column "Interview Date": {problem}' if problem else "")
        for i, (company, _, _, due, problem) in enumerate(rows, start=2)
    ]


# fx164: a wide tracker's stage columns are read in the row's local calendar as the Interview
# Date column is (they were "not a date", and the row had no interview date): the Onsite on
# Tue 27 April 2027 as Taiwan and Thailand write it, its thank-you due Wed 28 April. The near
# case: on a Singapore row the Minguo form stays no date, said in words, and the row's
# interview is its Phone Screen.
STAGE_ROWS = [
    ("TSMC", "116/04/20", "116/04/27", "TW", "2027-04-28", ""),
    ("SCB", "20/04/2570", "27/04/2570", "TH", "2027-04-28", ""),
    ("PTT", "20 เม.ย. 70", "27/04/70", "TH", "2027-04-28", ""),
    (
        "Grab",
        "20/04/2027",
        "116/04/27",
        "SG",
        "2027-04-20",
        'row 5, column "Onsite": "116/04/27" is not a date: if 116 is a Taiwan (Minguo) year '
        "(116 is 2027), write 2027-04-27",
    ),
]


def test_stage_columns_are_read_in_the_row_s_local_calendar(tmp_path: Path) -> None:
    tracker = tmp_path / "stages.csv"
    with tracker.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Company", "Position", "Phone Screen", "Onsite", "Country"])
        writer.writerows(
            (c, "Analyst", phone, onsite, place) for c, phone, onsite, place, *_ in STAGE_ROWS
        )
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2027-05-03", str(tracker)])
    assert result.exit_code == 0, result.output
    read = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig"))))
    assert [(r["Phone Screen"], r["Onsite"]) for r in read] == [
        (p, o) for _, p, o, *_ in STAGE_ROWS
    ]
    assert [(r["Company"], r["Thank-you due"], r["Problems"]) for r in read] == [
        (company, due, problem) for company, _, _, _, due, problem in STAGE_ROWS
    ]


# ot94 F6: the Decision Date column is read in the row's local calendar as the Interview Date
# and stage columns are, after a label too ("Recruiter: 27/01/70"); a hint never asks to put
# the row's own country in its Country. Interview Tue 2027-01-12, run on Wed 2027-01-20: a
# decision on Wed 01-20 gives the 1st check-in 1 bd later, Thu 01-21; Wed 01-27 gives Thu
# 01-28; Tue 04-27 gives Wed 04-28; Mon 02-01 gives Tue 02-02; Fri 01-15 gives Mon 01-18, then
# the preferred Tuesday 01-19; Sat 2029-01-20 gives Mon 2029-01-22, then Tue 01-23. Without a
# decision the 1st check-in is 5 bd after the interview, Tue 01-19 (the US: MLK Day Mon 01-18
# pushes it to Wed 01-20).
NOT_PHRASE = (
    'is not a date or a timeline phrase (e.g. "Friday", "next week", "in 2 weeks", '
    '"within 5 business days", "early January")'
)
TO_TH = ", or put TH in the row's Country"
BUDDHIST_2570 = (
    "has the year 2570, no year of this era: if it is the Thai Buddhist era's (2570 is 2027), "
    "write 2027"
)
MINGUO_116 = "is not a date: if 116 is a Taiwan (Minguo) year (116 is 2027), write 2027-02-01"
BEFORE_2000 = "is not a plausible decision date (before 2000)"
WEDNESDAY = "is not a date (2027-01-20 is a Wednesday)"
DECISION_CELLS = [
    # (Decision Date, Country) -> (status, 1st check-in due, problem)
    ("20/01/70", "TH", "Overdue", "2027-01-21", ""),
    ("20/01/70", "MY", "Needs info", "2027-01-19", BEFORE_2000),
    ("20/01/70", "SG", "Needs info", "2027-01-19", BEFORE_2000),
    ("20/01/70", "US", "Needs info", "2027-01-20", BEFORE_2000),
    ("20/01/70", "", "Needs info", "2027-01-20", BEFORE_2000),
    ("20/01/29", "TH", "Overdue", "2029-01-23", ""),  # below 30: 2029 everywhere
    ("20/01/29", "MY", "Overdue", "2029-01-23", ""),
    ("20/01/30", "TH", "Needs info", "2027-01-19", BEFORE_2000),  # 2530 is 1987
    (
        "20/01/99",  # 2599 is 2056
        "TH",
        "Needs info",
        "2027-01-19",
        "is not a plausible decision date (more than 2 years after 2027-01-20)",
    ),
    (
        "20/01/69",  # 2569 is 2026
        "TH",
        "Overdue",
        "2027-01-13",
        "is before the interview on Tue 2027-01-12: the 1st check-in counts 1 business day "
        "from the interview, as for a decision already stated; fix the date if it is a typo",
    ),
    ("20/01/2570", "TH", "Overdue", "2027-01-21", ""),
    ("20/01/2570", "SG", "Overdue", "2027-01-19", BUDDHIST_2570),
    ("20/01/2570", "", "Due today", "2027-01-20", BUDDHIST_2570 + TO_TH),
    ("Recruiter: 27/01/70", "TH", "Overdue", "2027-01-28", ""),
    ("Recruiter: 27/01/70", "MY", "Needs info", "2027-01-19", BEFORE_2000),
    ("Decision: 20/01/70", "VN", "Needs info", "2027-01-19", BEFORE_2000),
    ("HR: 27/04/2570", "TH", "Overdue", "2027-04-28", ""),
    ("116/02/01", "TW", "Overdue", "2027-02-02", ""),
    ("HR: 116/02/01", "TW", "Overdue", "2027-02-02", ""),
    ("116/02/01", "US", "Due today", "2027-01-20", MINGUO_116),
    ("116/02/01", "", "Due today", "2027-01-20", MINGUO_116 + ", or put TW in the row's Country"),
    ("59/02/01", "TW", "Overdue", "2027-01-19", NOT_PHRASE),  # 1970: no year of a hint
    # A Thai date by name is read on any row, after a label too (its vowel marks kept).
    ("HR: วันศุกร์ที่ 15 มกราคม 2570", "TH", "Overdue", "2027-01-19", ""),
    ("HR: วันศุกร์ที่ 15 มกราคม 2570", "MY", "Overdue", "2027-01-19", ""),
    ("Recruiter: Dana", "TH", "Overdue", "2027-01-19", NOT_PHRASE),
    # A weekday that contradicts a local-era date is said as for a Western year (2027-01-20
    # is a Wednesday), not "write 2027" (fx189); on a row of another calendar the year is
    # still what it says first.
    ("Mon 20/01/2570", "TH", "Overdue", "2027-01-19", WEDNESDAY),
    ("HR: Mon 20/01/2570", "TH", "Overdue", "2027-01-19", WEDNESDAY),
    ("20/01/2570 (Mon)", "TH", "Overdue", "2027-01-19", WEDNESDAY),
    ("วันจันทร์ที่ 20 มกราคม 2570", "TH", "Overdue", "2027-01-19", WEDNESDAY),
    ("Mon 20/01/2027", "TH", "Overdue", "2027-01-19", WEDNESDAY),
    ("Mon 20/01/2027", "GB", "Overdue", "2027-01-19", WEDNESDAY),
    ("Wed 20/01/2570", "TH", "Overdue", "2027-01-21", ""),
    ("Mon 20/01/2570", "SG", "Overdue", "2027-01-19", BUDDHIST_2570),
    ("Mon 20/01/2570", "", "Due today", "2027-01-20", BUDDHIST_2570 + TO_TH),
    # A two-digit Buddhist year after a weekday too (it was read as 1970).
    ("Wed 20/01/70", "TH", "Overdue", "2027-01-21", ""),
    ("Mon 20/01/70", "TH", "Overdue", "2027-01-19", WEDNESDAY),
    # Elsewhere, the year taken and the one the weekday fits (fx198), the Thai calendar
    # unnamed on a row placed outside Thailand (ot102 F7).
    (
        "Wed 20/01/70",
        "MY",
        "Overdue",
        "2027-01-19",
        "is not a date: the two-digit year 70 is read as 1970, and 1970-01-20 is a Tuesday; a "
        "Wednesday 20 January is in 2027: write 2027-01-20",
    ),
    ("116/02/01 (Mon)", "TW", "Overdue", "2027-02-02", ""),
    ("116/02/01 (Tue)", "TW", "Overdue", "2027-01-19", "is not a date (2027-02-01 is a Monday)"),
]


def test_the_decision_date_is_read_in_the_row_s_local_calendar(tmp_path: Path) -> None:
    tracker = tmp_path / "decisions.csv"
    with tracker.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(
            ["Company", "Position", "Interview Date", "Interview Type", "Country", "Decision Date"]
        )
        writer.writerows(
            (f"Firm {i}", "Analyst", "2027-01-12", "Video", country, said)
            for i, (said, country, *_) in enumerate(DECISION_CELLS)
        )
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2027-01-20", str(tracker)])
    assert result.exit_code == 0, result.output
    read = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig"))))
    assert [r["Decision Date"] for r in read] == [said for said, *_ in DECISION_CELLS]
    assert [
        (r["Decision Date"], r["Country"], r["Follow-up status"], r["1st check-in due"])
        for r in read
    ] == [(said, country, status, due) for said, country, status, due, _ in DECISION_CELLS]
    assert [r["Problems"] for r in read] == [
        f'row {i}, column "Decision Date": "{said}" {problem}' if problem else ""
        for i, (said, _, _, _, problem) in enumerate(DECISION_CELLS, start=2)
    ]


# The Application Date column the same way (it was already: a table so it stays so). Each
# row's interview is Tue 2027-01-12; an applied date only says problems here.
APPLIED_CELLS = [
    ("01/12/69", "TH", ""),  # 2569: 2026-12-01
    ("01/12/2569", "TH", ""),
    ("115/12/01", "TW", ""),
    ("01/12/69", "MY", "is not a plausible application date (before 2000)"),
    ("01/12/30", "TH", "is not a plausible application date (before 2000)"),  # 2530: 1987
    (
        "01/12/2569",
        "SG",
        "has the year 2569, no year of this era: if it is the Thai Buddhist era's (2569 is "
        "2026), write 2026",
    ),
    (
        "01/12/2569",
        "",
        "has the year 2569, no year of this era: if it is the Thai Buddhist era's (2569 is "
        "2026), write 2026, or put TH in the row's Country",
    ),
    (
        "115/12/01",
        "MY",
        "is not a date: if 115 is a Taiwan (Minguo) year (115 is 2026), write 2026-12-01",
    ),
]


def test_the_applied_date_is_read_in_the_row_s_local_calendar(tmp_path: Path) -> None:
    tracker = tmp_path / "applied.csv"
    with tracker.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Company", "Position", "Interview Date", "Country", "Date Applied"])
        writer.writerows(
            (f"Firm {i}", "Analyst", "2027-01-12", country, applied)
            for i, (applied, country, _) in enumerate(APPLIED_CELLS)
        )
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2027-01-20", str(tracker)])
    assert result.exit_code == 0, result.output
    read = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig"))))
    assert [r["Problems"] for r in read] == [
        f'row {i}, column "Date Applied": "{applied}" {problem}' if problem else ""
        for i, (applied, _, problem) in enumerate(APPLIED_CELLS, start=2)
    ]


# The Offer Date column too (fx189): an offer dated in the row's local calendar closes the row
# as one in a Western year does. Interview Tue 2027-01-12 (video), run on Wed 2027-01-20; an
# open row's 1st check-in is Tue 01-19 (5 bd); with no place written, the default US calendar
# moves it past MLK Day (Mon 01-18) to Wed 01-20. 15 January 2027 is a Friday.
NOT_AN_OFFER = "; not read as an offer"
OFFER_CELLS = [
    # (Offer Date, Country) -> (Next action, Next due, problem)
    ("15/01/2570", "TH", "—", None, ""),
    ("15/01/70", "TH", "—", None, ""),
    ("Fri 15/01/2570", "TH", "—", None, ""),
    ("15 ม.ค. 70", "TH", "—", None, ""),
    ("116/01/15", "TW", "—", None, ""),
    ("民國116年1月15日", "TW", "—", None, ""),
    ("R9.1.15", "JP", "—", None, ""),
    ("令和9年1月15日", "JP", "—", None, ""),
    ("15/01/2027", "TH", "—", None, ""),
    ("yes", "TH", "—", None, ""),
    # Not an offer: a weekday the date contradicts, a date after the run, another calendar.
    (
        "Mon 15/01/2570",
        "TH",
        "1st check-in",
        dt.datetime(2027, 1, 19),
        "is not a date (2027-01-15 is a Friday)" + NOT_AN_OFFER,
    ),
    (
        "25/01/2570",
        "TH",
        "1st check-in",
        dt.datetime(2027, 1, 19),
        "is after Wed 2027-01-20; not read as an offer yet",
    ),
    (
        "15/01/2570",
        "SG",
        "1st check-in",
        dt.datetime(2027, 1, 19),
        BUDDHIST_2570 + NOT_AN_OFFER,
    ),
    (
        "15/01/2570",
        None,
        "1st check-in",
        dt.datetime(2027, 1, 20),
        BUDDHIST_2570 + TO_TH + NOT_AN_OFFER,
    ),
    (
        "116/01/15",
        "US",
        "1st check-in",
        dt.datetime(2027, 1, 20),
        "is not a date: if 116 is a Taiwan (Minguo) year (116 is 2027), write 2027-01-15"
        + NOT_AN_OFFER,
    ),
    (
        "soon",
        "TH",
        "1st check-in",
        dt.datetime(2027, 1, 19),
        "is not a date or yes/no" + NOT_AN_OFFER,
    ),
]


def test_the_offer_date_is_read_in_the_row_s_local_calendar(tmp_path: Path) -> None:
    import openpyxl

    tracker = tmp_path / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(
        ["Company", "Position", "Interview Date", "Interview Type", "Country", "Offer Date"]
    )
    for i, (offer, country, *_) in enumerate(OFFER_CELLS):
        sheet.append([f"Firm {i}", "Analyst", dt.datetime(2027, 1, 12), "Video", country, offer])
    book.save(tracker)
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2027-01-20", str(tracker)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tracker)["Jobs"]
    headers = [c.value for c in sheet[1]]
    seen = [
        dict(zip(headers, row, strict=False))
        for row in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert [r["Offer Date"] for r in seen] == [offer for offer, *_ in OFFER_CELLS]
    assert [(r["Next action"], r["Next due"]) for r in seen] == [
        (action, due) for _, _, action, due, _ in OFFER_CELLS
    ]
    assert [r["Problems"] for r in seen] == [
        f'F{i}: "{offer}" {problem}' if problem else None
        for i, (offer, _, _, _, problem) in enumerate(OFFER_CELLS, start=2)
    ]


@pytest.mark.parametrize(
    ("value", "problem", "placed", "country", "hint"),
    [
        # The row's own calendar is never the one to move it to (ot94 F6).
        ("20/01/2570", "{b}, or put TH in the row's Country", False, "TH", "{b}"),
        ("20/01/2570", "{b}, or put TH in the row's Country", False, "TH-10", "{b}"),
        # On a row of that calendar a weekday the date contradicts is what to say (fx189).
        ("Mon 20/01/2570", "{b}, or put TH in the row's Country", False, "TH", "{w}"),
        ("Mon 20/01/2570", "{b}, or put TH in the row's Country", False, "TH-10", "{w}"),
        ("Wed 20/01/2570", "{b}, or put TH in the row's Country", False, "TH", "{b}"),
        ("Mon 20/01/2570", "{b}, or put TH in the row's Country", False, "US", None),
        ("Mon 20/01/2570", "{b}, or put TH in the row's Country", True, "SG", "{b}"),
        ("116/02/01", NOT_A_DATE, False, "TW", "{m}"),
        ("116/02/01", NOT_A_DATE, False, "US", "{m}, or put TW in the row's Country"),
        ("116/02/01", NOT_A_DATE, True, "US", "{m}"),
    ],
)
def test_an_era_hint_never_names_the_row_s_own_country(
    value: str, problem: str, placed: bool, country: str, hint: str | None
) -> None:
    from followup_batch.normalise.dates import era_hint

    said = {"b": BUDDHIST_2570, "m": MINGUO_116, "w": WEDNESDAY}
    assert era_hint(value, problem.format(**said), placed, country) == (
        None if hint is None else hint.format(**said)
    )


def local_eras_cell_by_cell(
    column: date_columns.DateColumn,
    values: pd.Series,
    countries: np.ndarray,
    placed: np.ndarray,
    dayfirst: bool | None = None,
) -> tuple[list[object], list[object]]:
    """``with_local_eras`` as it was before issue 15's stop 49, one cell at a time: the oracle
    of its look at each distinct cell once."""
    from followup_batch.normalise.dates import era_hint, local_era_date

    dates, problems = column.date_values.copy(), column.problem_values.copy()
    unread = np.isnat(dates) & pd.notna(problems)
    thai = np.array([isinstance(c, str) and c.split("-")[0] == "TH" for c in countries], bool)
    years = dates.astype("datetime64[Y]").astype(int) + 1970
    unread |= thai & ~np.isnat(dates) & (years >= 1900) & (years < 2000)
    cells = values.to_numpy(dtype=object)
    for i in np.flatnonzero(unread):
        parsed = local_era_date(cells[i], countries[i], dayfirst)
        if parsed is not None and parsed.value is not None:
            dates[i], problems[i] = np.datetime64(parsed.value, "ns"), parsed.note
        elif hint := era_hint(cells[i], problems[i], bool(placed[i]), countries[i]):
            problems[i] = hint
    return [str(d) for d in dates], list(problems)  # NaT as 'NaT': it equals no NaT


# (a cell, the row's country, whether its place was written): each repeated on rows of every
# kind, so that the one look per distinct cell is tested against the rows it must not share.
LOCAL_ERA_ROWS = [
    ("116/04/27", "TW", True),
    ("116/04/27", "US", False),
    ("116/04/27", "US", True),
    ("116/04/27", None, False),
    ("116/04/27", "TH", False),
    ("27/04/2570", "TH", True),
    ("27/04/2570", "TH-10", True),
    ("27/04/2570", "GB", False),
    ("15/01/70", "TH", True),
    ("15/01/70", "US", True),
    ("2570", "US", False),
    ("2570", "TH", False),
    ("yes", "TW", True),
    ("yes", "US", True),
    ("x", None, True),
    (1, "TW", False),
    (True, "TW", False),
    (None, "TH", True),
    (dt.datetime(2026, 4, 27, 10), "TH", True),
]


@pytest.mark.parametrize("dayfirst", [None, True, False])
def test_local_eras_are_read_once_per_distinct_cell_as_cell_by_cell(dayfirst: bool | None) -> None:
    rows = LOCAL_ERA_ROWS * 3
    values = pd.Series([r[0] for r in rows], dtype=object)
    countries = np.array([r[1] for r in rows], dtype=object)
    placed = np.array([r[2] for r in rows], dtype=bool)
    column = parse_date_column(values)
    order = None if dayfirst is None else date_columns.DateOrder(dayfirst, "forced")
    read = date_columns.with_local_eras(column, values, countries, order, placed)
    expected = local_eras_cell_by_cell(column, values, countries, placed, dayfirst)
    assert ([str(d) for d in read.date_values], list(read.problem_values)) == expected
    # and what was read on a Taiwanese and a Thai row, not elsewhere
    assert read.date_values[0] == np.datetime64("2027-04-27")
    assert np.isnat(read.date_values[1])
    thai_date = np.datetime64("NaT") if dayfirst is False else np.datetime64("2027-04-27")
    assert str(read.date_values[5])[:10] == str(thai_date)  # 27/04 month-first: no date
    assert np.isnat(read.date_values[7])
