"""China's holiday breaks, Thailand's Songkran and long weekends of countries read by region,
end to end (fx191): a small workbook per finding, run with --as-of, reopened for what a person
sees in Next due, the Why and Problems.

Dates are counted by hand on the ``holidays`` package's calendars (``test_local_phrases`` says
how); each row's thank-you note is marked sent, so Next due is its 1st check-in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

HEAD = ["Company", "Position", "Interview Date", "Location", "Decision Date", "Thank You Sent"]


def _run(folder: Path, as_of: str, rows: list[tuple[str, str, str, str]]) -> dict[str, dict]:
    """Each row (company, interview, location, decision) as the workbook shows it after a run,
    by company."""
    tracker = folder / "tracker.xlsx"
    book = openpyxl.Workbook()
    book.active.append(HEAD)
    for company, interview, location, said in rows:
        day = dt.datetime.fromisoformat(interview)
        book.active.append([company, "Engineer", day, location, said, "yes"])
    book.save(tracker)
    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", as_of, "-q"])
    assert result.exit_code == 0, result.output
    cells = (
        openpyxl.load_workbook(tracker, data_only=True).worksheets[0].iter_rows(values_only=True)
    )
    headers = next(cells)
    return {row[0]: dict(zip(headers, row, strict=True)) for row in cells}


def _due(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day)


def test_chinese_holidays_named_with_a_break_are_read(tmp_path: Path) -> None:
    """Finding 1: "五一小长假后" (after the May Day short break) is after May Day's days off,
    Sat 2027-05-01 to Tue 05-04: Wed 05-05, and 1 bd on, Thu 05-06; "十一后" on a Chinese row is
    after National Day's week (Fri 10-01 to Tue 10-05 on the package's 2027 calendar) → Wed
    10-06 → Thu 10-07; on a Taiwanese row, and "李国庆后" (after Li Guoqing), no phrase."""
    rows = _run(
        tmp_path,
        "2027-04-21",
        [
            ("May Day", "2027-04-20", "Shanghai", "五一小长假后"),
            ("National Day", "2027-04-20", "Shanghai", "十一后"),
            ("Taiwan", "2027-04-20", "Taipei", "十一后"),
            ("Person", "2027-04-20", "Shanghai", "李国庆后"),
        ],
    )
    assert rows["May Day"]["Next due"] == _due("2027-05-06")
    assert rows["May Day"]["Why"].startswith(
        '1st check-in: 1 bd after the stated decision "五一小长假后", read as Wed 2027-05-05'
    )
    assert rows["National Day"]["Next due"] == _due("2027-10-07")
    assert 'stated decision "十一后", read as Wed 2027-10-06' in rows["National Day"]["Why"]
    for company in ("Taiwan", "Person"):
        assert rows[company]["Why"].startswith("1st check-in: 5 bd after Tue 2027-04-20")
        assert "is not a date or a timeline phrase" in rows[company]["Problems"]


def test_a_short_break_more_than_six_weeks_on_is_said_so(tmp_path: Path) -> None:
    """Finding 2: "HR: 小长假后" said on Mon 2027-09-20, after Mid-Autumn (Wed 09-15), names New
    Year's Day, 3½ months on, with National Day's week before it: a row problem, counted from
    the interview (5 bd → Mon 09-27 → the preferred Tue 09-28); said on 09-10, before
    Mid-Autumn, it is read: Thu 09-16 → Fri 09-17."""
    rows = _run(
        tmp_path,
        "2027-09-21",
        [
            ("September", "2027-09-20", "Shanghai", "HR: 小长假后"),
            ("Before Mid-Autumn", "2027-09-10", "Shanghai", "小长假后"),
        ],
    )
    late = rows["September"]
    assert late["Next due"] == _due("2027-09-28")
    assert late["Why"].startswith("1st check-in: 5 bd after Mon 2027-09-20")
    assert late["Problems"] == (
        'E2: "HR: 小长假后" names the next 小长假, New Year\'s Day (Sat 2028-01-01), which is more'
        " than six weeks after the interview, and National Day's week (国庆), a 长假, comes"
        " before it: write the date they gave"
    )
    early = rows["Before Mid-Autumn"]
    assert early["Next due"] == _due("2027-09-17")
    assert 'stated decision "小长假后", read as Thu 2027-09-16' in early["Why"]


def test_songkran_on_weekdays_is_no_long_weekend(tmp_path: Path) -> None:
    """Finding 3 (ot95 F10): Songkran Tue 2027-04-13 to Thu 04-15 has no weekend day; the next
    long weekend is Sat 05-01 to Tue 05-04 → Wed 05-05 → Thu 05-06. "After Songkran" is after
    it: Fri 04-16 → Mon 04-19 → the preferred Tue 04-20."""
    rows = _run(
        tmp_path,
        "2027-04-08",
        [
            ("Long weekend", "2027-04-07", "Bangkok", "after the long weekend"),
            ("Songkran", "2027-04-07", "Bangkok", "after Songkran"),
        ],
    )
    assert rows["Long weekend"]["Next due"] == _due("2027-05-06")
    assert (
        'stated decision "after the long weekend", read as Wed 2027-05-05'
        in (rows["Long weekend"]["Why"])
    )
    assert rows["Songkran"]["Next due"] == _due("2027-04-20")
    assert 'stated decision "after Songkran", read as Fri 2027-04-16' in rows["Songkran"]["Why"]


@pytest.mark.parametrize(
    ("location", "region", "run", "example"),
    [
        ("Bosnia and Herzegovina", "entity on the BA", "BA-BIH", "Republika Srpska"),
        ("Micronesia", "state on the FM", "FM-YAP", "Kolonia, Pohnpei"),
    ],
)
def test_a_long_weekend_that_differs_by_region_asks_for_it(
    tmp_path: Path, location: str, region: str, run: str, example: str
) -> None:
    """Finding 4: the Federation's Independence Day and Yap Day, Mon 2027-03-01, are their
    region's long weekend, not the others': which is meant is the row's region's. Counted from
    the interview, Wed 2027-01-13: 5 bd → Wed 01-20. With the region (Republika Srpska: Easter,
    Fri 03-26 to Mon 03-29 → Tue 03-30 → Wed 03-31), read."""
    rows = _run(
        tmp_path,
        "2027-01-14",
        [
            ("Country", "2027-01-13", location, "after the long weekend"),
            ("Region", "2027-01-13", "BA-SRP", "after the long weekend"),
        ],
    )
    assert rows["Country"]["Next due"] == _due("2027-01-20")
    assert rows["Country"]["Problems"] == (
        'E2: "after the long weekend" names the next long weekend, which differs by'
        f" {region} calendar (Sat 2027-02-27 to Mon 03-01 in {run}, later elsewhere): write"
        f" the row's {region.split()[0]} (e.g. {example}) or the date they gave"
    )
    assert rows["Region"]["Next due"] == _due("2027-03-31")
    assert (
        'stated decision "after the long weekend", read as Tue 2027-03-30'
        in (rows["Region"]["Why"])
    )
