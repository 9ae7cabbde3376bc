"""A CSV's tool dates follow the user's own date style (11/24/2026 beside 11/24/2026, not
2026-11-24) when that style is unambiguous and consistent; otherwise ISO. Re-runs find the
tool's columns again and write nothing, and a file an earlier version wrote in ISO is
rewritten in place, its columns not appended again."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.write import csv_out

AS_OF = "2026-11-05"

# The user's interview dates (the row checked is the second: Nov 3, whose thank-you is due
# the next calendar day) -> the tool's "Thank-you due" for it.
CASES = [
    (["11/24/2026", "11/3/2026"], "11/4/2026"),  # US, as Google Sheets writes it
    (["24/11/2026", "03/11/2026"], "04/11/2026"),  # day-first, leading zeros
    (["24.11.26", "3.11.26"], "4.11.26"),  # dots, two-digit year
    # No date shows how a day below 10 is written: with a zero day-first, as Excel writes
    # dates in Europe; without month-first, as in the US (outside test ot61, finding 4).
    (["24.11.26", "30.11.26"], "01.12.26"),
    (["24/11/2026", "30/11/2026"], "01/12/2026"),
    (["11/24/2026", "11/30/2026"], "12/1/2026"),
    (["11/24/2026", "11/03/2026"], "11/04/2026"),  # zeros shown
    (["2026-11-24", "2026-11-03"], "2026-11-04"),  # ISO stays ISO
    (["11/03/2026", "11/03/2026"], "2026-11-04"),  # nothing settles the order: ISO
    (["11/24/2026", "11-3-2026"], "2026-11-04"),  # two separators: ISO
    (["11/24/2026", "11/3/2026", "11/05/2026"], "2026-11-04"),  # zeros sometimes: ISO
    # Most cells decide: a date in words among numeric ones does not make them ISO (ot144 F6).
    (["11/24/2026", "11/3/2026", "Nov 4, 2026"], "11/4/2026"),
    (["11/24/2026", "11/3/2026", "Nov 4, 2026", "Nov 5, 2026"], "2026-11-04"),  # half: ISO
    # The odd cells of a real tracker's Applied Date (NakuraMino's applications.csv: "8-Jul",
    # "8/82019 " among a hundred 9/25/2019) and a "TBD": the rest's style still decides.
    (["11/24/2026", "11/3/2026", "8-Jul", "11/10/2026", "11/12/2026"], "11/4/2026"),
    (["11/24/2026", "11/3/2026", "8/82026 ", "11/10/2026"], "11/4/2026"),
    (["24/11/2026", "03/11/2026", "TBD", "12/10/2026"], "04/11/2026"),
    (["24.11.26", "3.11.26", "2026-11-20"], "4.11.26"),  # one ISO cell among them
    (["11/24/2026", "11/3/2026", "2026-11-20", "2026-11-21"], "2026-11-04"),  # half ISO
    (["11/24/2026", "11/3/2026", "8-Jul", "TBD", "n/a"], "2026-11-04"),  # most odd: ISO
]


# Outside test ot38 (F11): the interview dates (24/12/2026, 15/10/2026) do not show how a day
# below 10 is written; the Date Applied column (02/11/2026) does -> the tool's dates beside them.
APPLIED_SETTLES_ZEROS = [
    # (interview dates, applied dates, the second row's Thank-you due)
    (["24/12/2026", "30/11/2026"], ["02/11/2026", "18/09/2026"], "01/12/2026"),
    (["24/12/2026", "30/11/2026"], ["2/11/2026", "18/9/2026"], "1/12/2026"),
    (["12/24/2026", "11/30/2026"], ["11/02/2026", "09/18/2026"], "12/01/2026"),
    (["24/12/2026", "30/09/2026"], ["", ""], "01/10/2026"),  # the interview dates settle it
    (["24/12/2026", "30/10/2026"], ["", ""], "31/10/2026"),  # no day below 10 to write
    # d/mm/yyyy (Excel in Australia): the months' zero shown by one column, the days' lack
    # of one by the other (outside test ot76, finding 2).
    (["15/12/2026", "30/09/2026"], ["5/11/2026", "18/11/2026"], "1/10/2026"),
    (["15/12/2026", "30/09/2026"], ["5/01/2026", "18/11/2026"], "1/10/2026"),
    # Outside test ot61, finding 4: Date Applied's order is not settled (02.11.2026), its
    # zeros are; one zero is enough. Nothing shows them: day-first with zeros, as Excel writes
    # dates in Europe; month-first without, as in the US.
    (["16.12.2026", "30.11.2026"], ["02.11.2026", "02.11.2026"], "01.12.2026"),
    (["24/12/2026", "30/11/2026"], ["02/11/2026", "11/11/2026"], "01/12/2026"),
    (["24/12/2026", "30/11/2026"], ["2/11/2026", "11/11/2026"], "1/12/2026"),
    (["24/12/2026", "30/11/2026"], ["", ""], "01/12/2026"),
    (["12/24/2026", "11/30/2026"], ["", ""], "12/1/2026"),
    (["12/24/2026", "11/30/2026"], ["11/02/2026", "11/11/2026"], "12/01/2026"),
]


@pytest.mark.parametrize(("interviews", "applied", "expected"), APPLIED_SETTLES_ZEROS)
def test_zeros_are_shown_as_the_other_date_column_shows_them(
    tmp_path: Path, interviews: list[str], applied: list[str], expected: str
) -> None:
    path = tmp_path / "Maya Chen.csv"
    lines = ["Company,Position,Date Applied,Interview Date"]
    pairs = enumerate(zip(applied, interviews, strict=True))
    lines += [f"Co{i},Dev,{a},{day}" for i, (a, day) in pairs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-10-01", str(path)])
    assert result.exit_code == 0, result.output
    assert rows(path)[1]["Thank-you due"] == expected
    written = path.read_bytes()
    run_again = CliRunner().invoke(main, ["run", "--as-of", "2026-10-01", str(path)])
    assert run_again.exit_code == 0, run_again.output
    assert path.read_bytes() == written


def write_tracker(path: Path, dates: list[str]) -> None:
    lines = ["Company,Position,Interview Date"]
    lines += [f"Co{i},Dev,{day}" for i, day in enumerate(dates)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(path: Path) -> None:
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, str(path)])
    assert result.exit_code == 0, result.output


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


@pytest.mark.parametrize(("dates", "expected"), CASES)
def test_tool_dates_follow_the_users_style(tmp_path: Path, dates: list[str], expected: str) -> None:
    path = tmp_path / "Maya Chen.csv"
    write_tracker(path, dates)
    run(path)
    got = rows(path)
    assert got[1]["Interview Date"] == dates[1]  # the user's cell as it was
    assert got[1]["Thank-you due"] == expected
    written = path.read_bytes()
    (tmp_path / ".followup-backups" / "Maya Chen.csv.last-run.json").unlink()  # a full run
    run(path)
    assert path.read_bytes() == written


# A spreadsheet's short date, as it saves a CSV, for interviews on Tue 2026-12-15, Tue
# 2027-01-05 and Mon 2026-12-28 -> the tool's Thank-you due beside them (the next day), as
# that spreadsheet writes them too: re-saving the file changes none of the tool's dates.
# Excel in Australia and New Zealand writes d/mm/yyyy, the month's zero without the day's:
# 6/01/2027, not 06/01/2027 nor ISO (outside test ot76, finding 2).
LOCALES = [
    (
        "en-AU",
        "d/mm/yyyy",
        ["15/12/2026", "5/01/2027", "28/12/2026"],
        ["16/12/2026", "6/01/2027", "29/12/2026"],
    ),
    (
        "en-GB",
        "dd/mm/yyyy",
        ["15/12/2026", "05/01/2027", "28/12/2026"],
        ["16/12/2026", "06/01/2027", "29/12/2026"],
    ),
    (
        "de",
        "dd.mm.yyyy",
        ["15.12.2026", "05.01.2027", "28.12.2026"],
        ["16.12.2026", "06.01.2027", "29.12.2026"],
    ),
    (
        "nl",
        "d-m-yyyy",
        ["15-12-2026", "5-1-2027", "28-12-2026"],
        ["16-12-2026", "6-1-2027", "29-12-2026"],
    ),
    (
        "en-US",
        "m/d/yyyy",
        ["12/15/2026", "1/5/2027", "12/28/2026"],
        ["12/16/2026", "1/6/2027", "12/29/2026"],
    ),
]


def resave_as_excel(path: Path, short_date: str) -> None:
    """The file as Excel saves it again in a locale whose short date is ``short_date``
    (d/mm/yyyy): every date rewritten in it, records ended CRLF."""
    monthfirst = short_date.startswith("m")

    def restyled(text: str) -> str:
        match = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})", text)
        if match is None:
            return text
        first, second = int(match[1]), int(match[3])
        day, month = (second, first) if monthfirst else (first, second)
        parts = {"yyyy": match[4], "dd": f"{day:02d}", "d": str(day)}
        parts |= {"mm": f"{month:02d}", "m": str(month)}
        return re.sub("yyyy|dd|d|mm|m", lambda token: parts[token[0]], short_date)

    records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(
        [restyled(field) for field in record] for record in records
    )
    path.write_text(out.getvalue(), encoding="utf-8", newline="")


@pytest.mark.parametrize(("locale", "short_date", "dates", "expected"), LOCALES)
def test_tool_dates_follow_a_spreadsheets_short_date(
    tmp_path: Path, locale: str, short_date: str, dates: list[str], expected: list[str]
) -> None:
    path = tmp_path / "Sam Wilson.csv"
    write_tracker(path, dates)
    result = CliRunner().invoke(main, ["run", "--as-of", "2027-01-06", str(path)])
    assert result.exit_code == 0, result.output
    got = rows(path)
    assert [row["Interview Date"] for row in got] == dates  # the user's cells as they were
    assert [row["Thank-you due"] for row in got] == expected
    written = path.read_bytes()
    again = CliRunner().invoke(main, ["run", "--as-of", "2027-01-06", str(path)])
    assert again.exit_code == 0 and path.read_bytes() == written
    # The client opens the file in Excel and saves it: its dates are as the tool wrote them,
    # and the next run writes nothing (it used to rewrite 6/01/2027 back to 06/01/2027).
    resave_as_excel(path, short_date)
    assert rows(path) == got
    resaved = path.read_bytes()
    after = CliRunner().invoke(main, ["run", "--as-of", "2027-01-06", str(path)])
    assert after.exit_code == 0, after.output
    assert path.read_bytes() == resaved


def test_a_file_written_in_iso_by_an_earlier_version_is_rewritten_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh, old = tmp_path / "fresh" / "Maya Chen.csv", tmp_path / "old" / "Maya Chen.csv"
    for path in (fresh, old):
        path.parent.mkdir()
        write_tracker(path, ["11/24/2026", "11/3/2026"])
    with monkeypatch.context() as patch:
        patch.setattr(csv_out, "user_date_style", lambda table: None)
        run(old)
    assert rows(old)[1]["Thank-you due"] == "2026-11-04"
    # A new version's stamp differs: the shortcut does not apply.
    (old.parent / ".followup-backups" / "Maya Chen.csv.last-run.json").unlink()
    run(old)
    run(fresh)
    assert old.read_bytes() == fresh.read_bytes()
    assert rows(old)[1]["Thank-you due"] == "11/4/2026"


# The outside tester's Teal export (ot21 F6): Date Applied holds US dates, zeros shown; one
# Interview Date is "next Tues" on night 1 and fixed by the user before night 2.
TEAL = (
    "Job Position,Company,Status,Date Applied,Follow Up,Interview Date,Notes\n"
    "UX Designer,Figma,Interviewing,11/03/2026,,11/20/2026,Portfolio review\n"
    "Product Designer,Canva,Applied,11/06/2026,,,\n"
    "UX Researcher,Duolingo,Interviewing,10/22/2026,,{duolingo},onsite\n"
)
TOOL_DATES = [
    "Next due",
    "Thank-you due",
    "1st check-in due",
    "2nd check-in due",
    "Final follow-up due",
    "Networking due",
]


@pytest.mark.parametrize(
    "fixed",
    [
        "12/01/2026",  # as the tester typed it
        "12/1/2026",  # the Interview Date column's own style differs (no zeros): still kept
    ],
)
def test_a_date_column_of_one_style_settles_it_and_a_fixed_cell_does_not_flip_it(
    tmp_path: Path, fixed: str
) -> None:
    path = tmp_path / "Alex_Kim_Teal_export (1).csv"
    path.write_text(TEAL.format(duolingo="next Tues"), encoding="utf-8")
    night1 = CliRunner().invoke(main, ["run", "--as-of", "2026-11-24", str(path)])
    assert night1.exit_code == 0, night1.output
    first = rows(path)
    # Night 1: Date Applied alone settles the style (the README's rule), whatever the
    # Interview Date column holds.
    assert [first[0][c] for c in TOOL_DATES] == [
        "11/21/2026",
        "11/21/2026",
        "12/01/2026",
        "12/15/2026",
        "12/22/2026",
        "",
    ]
    assert first[1]["Next due"] == "11/18/2026"  # 7 bd after Fri 11-06, Veterans Day skipped
    path.write_text(path.read_text(encoding="utf-8").replace("next Tues", fixed), encoding="utf-8")
    night2 = CliRunner().invoke(main, ["run", "--as-of", "2026-11-25", str(path)])
    assert night2.exit_code == 0, night2.output
    second = rows(path)
    # The rows nobody touched keep their dates as written; the fixed row is scheduled.
    assert [second[i][c] for i in (0, 1) for c in TOOL_DATES] == [
        first[i][c] for i in (0, 1) for c in TOOL_DATES
    ]
    assert second[2]["Thank-you due"] == "12/02/2026"
