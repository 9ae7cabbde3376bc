"""A check-in box ticked between two runs (ot83 F4): the tool's last run saw it unticked, so
the message went after that run, and the row moves on 10 bd after the day of the run that
first sees it ticked (the latest day it can have gone), not 10 bd after its old due date.
Every run passes its as-of date; the record of the last run is the tool's own state file."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.memory import marks_seen, rerun
from followup_batch.memory.marks_seen import MarksSeen
from followup_batch.memory.rerun import state_path

HEADER = "Company,Job Title,Date Applied,Status,Location,Industry,Followed Up\n"
# Applied Mon 2026-12-14, Fintech: 5 bd, Mon 12-21 → Tue 12-22 (preferred send day).
STRIPE = "Stripe,Senior Data Analyst,12/14/2026,Applied,Remote (US),Fintech,{}\n"
# Applied Mon 2027-01-04, Fintech: Mon 01-11 → Tue 01-12.
KESTREL = "Kestrel Insurance,Analyst,1/4/2027,Applied,Remote (US),Fintech,{}\n"


def run(
    tracker: Path, as_of: str, *rows: str, output: Path | None = None
) -> dict[str, dict[str, str]]:
    """Write the tracker as a fresh Google export (no tool columns), run it (to ``output``
    when given), read the result back."""
    tracker.write_text(HEADER + "".join(rows), encoding="utf-8")
    to = [] if output is None else ["--output", str(output)]
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(tracker), *to])
    assert result.exit_code == 0, result.output
    with (output or tracker).open(encoding="utf-8", newline="") as handle:
        return {row["Company"]: row for row in csv.DictReader(handle)}


def seen(row: dict[str, str]) -> tuple[str, str]:
    return row["Follow-up status"], row["Why"].splitlines()[0]


COUNTED_FROM_RUN = (
    "; marked sent between the runs of Mon 2027-01-04 (unmarked) and Mon 2027-01-11: counted "
    "from Mon 2027-01-11, the latest day it can have gone (write the day it went to count "
    "from that)"
)


# The first run in place, or to a copy (--output) that the next runs are on (ot120 F1: the
# copy kept no record, so a box ticked in it counted from its due date).
@pytest.mark.parametrize("copy", [False, True], ids=["in place", "then on its --output"])
def test_a_box_ticked_after_a_run_counts_from_the_next_run(tmp_path: Path, copy: bool) -> None:
    given = tmp_path / "Job Search 2027 - Applications.csv"
    tracker = tmp_path / "Job Search 2027 - Checked.csv" if copy else given
    first = run(given, "2027-01-04", STRIPE.format("FALSE"), output=tracker if copy else None)
    assert first["Stripe"]["Follow-up status"] == "Overdue"
    # Sent Tue 01-05, ticked. Counted from Mon 01-11 (not its due date Tue 12-22, which
    # moved it on from Thu 01-07): 10 bd later, Martin Luther King Jr. Day skipped, is Tue
    # 01-26.
    second = run(tracker, "2027-01-11", STRIPE.format("TRUE"))
    assert seen(second["Stripe"]) == (
        "Waiting",
        "Waiting: nothing left to send; with no reply by Tue 2027-01-26 (10 bd after the "
        "check-in) the search has moved on.",
    )
    assert second["Stripe"]["Why"].splitlines()[1].endswith(COUNTED_FROM_RUN)
    # The next runs count from the same day: the record keeps it.
    assert run(tracker, "2027-01-25", STRIPE.format("TRUE"))["Stripe"]["Follow-up status"] == (
        "Waiting"
    )
    last = run(tracker, "2027-01-26", STRIPE.format("TRUE"))
    assert seen(last["Stripe"]) == (
        "Moved on",
        "Moved on: no reply within 10 bd of the application check-in, since Tue 2027-01-26; "
        "no networking check-in without an interview.",
    )
    assert last["Stripe"]["Why"].splitlines()[1].endswith(COUNTED_FROM_RUN)


@pytest.mark.parametrize(
    ("first_mark", "second_as_of", "status", "why"),
    [
        # Ticked already when the tool first saw it: no run saw it unticked, so its due date
        # (Tue 12-22) is all the tool knows (DESIGN); 10 bd later is Thu 01-07.
        (
            "TRUE",
            "2027-01-11",
            "Moved on",
            "Moved on: no reply within 10 bd of the application check-in, since Thu "
            "2027-01-07; no networking check-in without an interview.",
        ),
        # A run of an earlier day than the record's learns nothing from it.
        (
            "FALSE",
            "2027-01-03",
            "Waiting",
            "Waiting: nothing left to send; with no reply by Thu 2027-01-07 (10 bd after the "
            "check-in) the search has moved on.",
        ),
    ],
)
def test_without_a_run_that_saw_it_unticked_the_due_date_counts(
    tmp_path: Path, first_mark: str, second_as_of: str, status: str, why: str
) -> None:
    tracker = tmp_path / "t.csv"
    run(tracker, "2027-01-04", STRIPE.format(first_mark))
    second = run(tracker, second_as_of, STRIPE.format("TRUE"))
    assert seen(second["Stripe"]) == (status, why)


def test_rows_are_known_by_their_application_not_their_place(tmp_path: Path) -> None:
    """Sorted between the runs, another row inserted above: Stripe is still the row the last
    run saw unticked; Kestrel, ticked before its due date (Tue 01-12) and after the first
    run, counts from that due date, the later day: 10 bd later is Wed 01-27."""
    tracker = tmp_path / "t.csv"
    run(tracker, "2027-01-04", STRIPE.format("FALSE"), KESTREL.format("FALSE"))
    second = run(
        tracker,
        "2027-01-11",
        "Acme,Analyst,1/4/2027,Applied,Remote (US),Fintech,FALSE\n",
        KESTREL.format("TRUE"),
        STRIPE.format("TRUE"),
    )
    assert (
        second["Stripe"]["Why"]
        .splitlines()[0]
        .startswith("Waiting: nothing left to send; with no reply by Tue 2027-01-26")
    )
    assert seen(second["Kestrel Insurance"]) == (
        "Waiting",
        "Waiting: nothing left to send; with no reply by Wed 2027-01-27 (10 bd after the "
        "check-in) the search has moved on.",
    )
    assert (
        second["Kestrel Insurance"]["Why"]
        .splitlines()[1]
        .endswith(
            "; marked sent without a date, so counted as sent on its due date (write the day it "
            "went to count from that)"
        )
    )
    assert second["Acme"]["Follow-up status"] == "Due soon"


def test_a_dated_send_is_its_own_day(tmp_path: Path) -> None:
    """The box unticked at the first run, then the day typed: that day counts (Tue 01-05:
    10 bd later, Martin Luther King Jr. Day skipped, is Wed 01-20)."""
    tracker = tmp_path / "t.csv"
    run(tracker, "2027-01-04", STRIPE.format("FALSE"))
    second = run(tracker, "2027-01-20", STRIPE.format("1/5/2027"))
    assert second["Stripe"]["Follow-up status"] == "Moved on"
    assert "since Wed 2027-01-20" in second["Stripe"]["Why"]


def test_the_record_is_small_and_read_back(tmp_path: Path) -> None:
    tracker = tmp_path / "t.csv"
    run(tracker, "2027-01-04", STRIPE.format("FALSE"), KESTREL.format("TRUE"))
    run(tracker, "2027-01-11", STRIPE.format("TRUE"), KESTREL.format("TRUE"))
    [sheet] = json.loads(state_path(tracker).read_text(encoding="utf-8"))["sheets"]
    marks = MarksSeen.from_json(sheet["marks"])
    assert marks.as_of.isoformat() == "2027-01-11"
    assert marks.unmarked == frozenset()
    assert [(a.isoformat(), b.isoformat()) for a, b in marks.counted.values()] == [
        ("2027-01-04", "2027-01-11")
    ]
    assert MarksSeen.from_json(marks.to_json()) == marks


@pytest.mark.parametrize(
    "damaged",
    [None, "x", {"as_of": "2027-01-04", "unmarked": "abc"}, {"as_of": "soon"}],
)
def test_a_damaged_record_is_no_record(tmp_path: Path, damaged: object) -> None:
    tracker = tmp_path / "t.csv"
    run(tracker, "2027-01-04", STRIPE.format("FALSE"))
    path = state_path(tracker)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sheets"][0]["marks"] = damaged
    path.write_text(json.dumps(data), encoding="utf-8")
    second = run(tracker, "2027-01-11", STRIPE.format("TRUE"))
    assert "since Thu 2027-01-07" in second["Stripe"]["Why"]


def test_a_workbook_ticked_between_runs(tmp_path: Path) -> None:
    """The same in a workbook the tool wrote: its columns stay, the person ticks the box
    (TRUE, as a Google checkbox exports) and runs again."""
    import openpyxl

    path = tmp_path / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Job Title", "Date Applied", "Industry", "Followed Up"])
    sheet.append(["Stripe", "Senior Data Analyst", dt.datetime(2026, 12, 14), "Fintech", False])
    sheet["C2"].number_format = "m/d/yyyy"
    book.save(path)
    for as_of, mark in (("2027-01-04", None), ("2027-01-11", True)):
        if mark is not None:
            book = openpyxl.load_workbook(path)
            book.active["E2"] = mark  # type: ignore[index]
            book.save(path)
        result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(path)])
        assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert row["Followed Up"] is True
    assert row["Why"].splitlines()[0] == (
        "Waiting: nothing left to send; with no reply by Tue 2027-01-26 (10 bd after the "
        "check-in) the search has moved on."
    )
    assert row["Why"].splitlines()[1].endswith(COUNTED_FROM_RUN)


def test_a_run_of_one_sheet_keeps_the_other_sheets_record(tmp_path: Path) -> None:
    """Two sheets; sheet B's box ticked after the first run; a run of sheet A alone
    (``--sheet``) does not write B, so B's record stays the first run's: the next run of the
    whole workbook counts B's check-in from its own day, as without the run of A (fx155)."""
    import openpyxl

    path = tmp_path / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Sheet1"
    second = book.create_sheet("Sheet2")
    for sheet, company in ((first, "Kestrel Insurance"), (second, "Stripe")):
        sheet.append(["Company", "Job Title", "Date Applied", "Industry", "Followed Up"])
        sheet.append([company, "Senior Data Analyst", dt.datetime(2026, 12, 14), "Fintech", False])
        sheet["C2"].number_format = "m/d/yyyy"
    book.save(path)

    def invoke(as_of: str, *options: str) -> None:
        result = CliRunner().invoke(main, ["run", "--as-of", as_of, *options, str(path)])
        assert result.exit_code == 0, result.output

    invoke("2027-01-04")
    book = openpyxl.load_workbook(path)
    book["Sheet2"]["E2"] = True
    book.save(path)
    invoke("2027-01-08", "--sheet", "Sheet1")
    record = json.loads(state_path(path).read_text(encoding="utf-8"))
    [kept] = [entry for entry in record["beside"] if entry["sheet"] == "Sheet2"]
    assert MarksSeen.from_json(kept["marks"]).as_of.isoformat() == "2027-01-04"
    invoke("2027-01-11")
    sheet = openpyxl.load_workbook(path)["Sheet2"]
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert row["Why"].splitlines()[0] == (
        "Waiting: nothing left to send; with no reply by Tue 2027-01-26 (10 bd after the "
        "check-in) the search has moved on."
    )
    assert row["Why"].splitlines()[1].endswith(COUNTED_FROM_RUN)


NOT_SAVED = (
    "note: Ann Lee.csv: the last-run record .followup-backups/Ann Lee.csv.last-run.json could "
    "not be saved "
    "({why}): the next run cannot tell dates you typed in the tool's columns from the tool's, "
    "and counts a box ticked before it from its due date, not from that run's day\n"
)


def _full_disk(*_: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(
    ("lose", "why"),
    [
        ("a directory in its place", "Is a directory"),  # a sync conflict, a bad restore
        ("a full disk", "No space left on device"),
        (None, None),  # near case: a record kept says nothing
    ],
)
def test_a_record_that_cannot_be_saved_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lose: str | None, why: str | None
) -> None:
    """The record of the last run could not be saved: the run said nothing, and the box
    ticked before the next run then counted from its due date, the row moved on days early
    (ot89 F6). Each run says so in one note, without -v, and exits 0 (the tracker is
    written); the next run's check says the record could not be read, not "renamed or
    moved?"."""
    tracker = tmp_path / "Ann Lee.csv"
    if lose == "a directory in its place":
        state_path(tracker).mkdir(parents=True)
    elif lose == "a full disk":
        monkeypatch.setattr(rerun, "keep_owner", _full_disk)

    def go(command: str, as_of: str, mark: str) -> tuple[int, str]:
        tracker.write_text(HEADER + STRIPE.format(mark), encoding="utf-8")
        result = CliRunner().invoke(main, [command, "--as-of", as_of, str(tracker)])
        return result.exit_code, result.stderr

    said = "" if why is None else NOT_SAVED.format(why=why)
    assert go("run", "2027-01-04", "FALSE") == (0, said)
    code, err = go("run", "2027-01-11", "TRUE")
    assert (code, err) == (0, said)
    with tracker.open(encoding="utf-8", newline="") as handle:
        [stripe] = csv.DictReader(handle)
    # Without a record the tick counts from its due date (Tue 12-22): moved on since Thu
    # 01-07; with one, from the run of Mon 01-11.
    assert ("since Thu 2027-01-07" in stripe["Why"]) is (why is not None)
    assert stripe["Why"].splitlines()[1].endswith(COUNTED_FROM_RUN) is (why is None)
    if lose == "a directory in its place":
        result = CliRunner().invoke(main, ["check", "--as-of", "2027-01-11", str(tracker)])
        notes = result.stdout.split("  Notes:\n", 1)[1].split("\n  Problems:", 1)[0]
        assert notes == (
            "    - the last-run record here could not be read (Is a directory): a run takes "
            "every text in the tool's columns that differs from its own for yours: it saves it "
            "to .followup-backups/Ann Lee.csv.edited.txt and rewrites it (an edited Draft is not "
            "kept)"
        )


def _library_owned(table: object, config: object, as_of: dt.date) -> object:
    """The owned columns as the README's library flow builds them."""
    import followup_batch as fb

    frame = fb.normalise_rows(table, config.reading, as_of=as_of)  # type: ignore[attr-defined]
    schedule = fb.schedule_rows(frame, config.rules, as_of)  # type: ignore[attr-defined]
    drafts = fb.render_drafts(
        frame,
        schedule.next_actions,
        config.sender,  # type: ignore[attr-defined]
        fb.load_templates(),
        clients=config.clients,  # type: ignore[attr-defined]
        as_of=as_of,
    )
    owned = schedule.result.join(drafts.per_row).assign(
        why=schedule.explain(), problems=frame["problems"].str.join("\n")
    )
    return owned[list(fb.OWNED_COLUMNS)]


@pytest.mark.parametrize("told_in", ["notices", "warnings"])
@pytest.mark.parametrize(
    ("lose", "why"),
    [
        ("a directory in its place", "Is a directory"),
        ("a full disk", "No space left on device"),
        (None, None),  # near case: a record kept says nothing
    ],
)
def test_the_library_s_write_says_a_record_it_cannot_save(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lose: str | None,
    why: str | None,
    told_in: str,
) -> None:
    """``fb.write_results`` keeps what it wrote in the last-run record, as a run does; when
    that record cannot be saved the run says one note (ot89 F6), the library's write said
    nothing. It says the same note where its other notes go: into ``notices=[]`` (and
    ``notes``, ``news``) when given, else as a UserWarning; the tracker is written."""
    import followup_batch as fb

    tracker = tmp_path / "Ann Lee.csv"
    tracker.write_text(HEADER + STRIPE.format("FALSE"), encoding="utf-8")
    if lose == "a directory in its place":
        state_path(tracker).mkdir(parents=True)
    elif lose == "a full disk":
        monkeypatch.setattr(rerun, "keep_owner", _full_disk)
    config = fb.load_config(None)
    as_of = dt.date(2027, 1, 4)
    (table,) = fb.read_trackers(tracker, config.reading)
    owned = _library_owned(table, config, as_of)
    said = (
        []
        if why is None
        else [NOT_SAVED.format(why=why).removeprefix("note: Ann Lee.csv: ").rstrip("\n")]
    )

    if told_in == "notices":
        notices: list[str] = []
        notes: list[str] = []
        assert fb.write_results(table, owned, tracker, as_of, notices=notices, notes=notes)
        assert (notices, notes) == (said, said)
    else:
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")
            assert fb.write_results(table, owned, tracker, as_of)
        assert [str(w.message) for w in warned if w.category is UserWarning] == said
    with tracker.open(encoding="utf-8", newline="") as handle:
        [stripe] = csv.DictReader(handle)
    assert stripe["Follow-up status"] == "Overdue"  # due Tue 2026-12-22: the tracker is written


def _frame() -> pd.DataFrame:
    """Four applications: Stripe unmarked, Kestrel marked without a date (counted from the
    runs of 12-21 and 12-22), Vega sent on a date, Orion with no applied date."""
    return pd.DataFrame(
        {
            "client": ["Maya", "Maya", None, "Maya"],
            "company": ["Stripe", "Kestrel Insurance", "Vega", pd.NA],
            "position": ["Senior Data Analyst", "Analyst", "PM", "Engineer"],
            "applied_date": pd.to_datetime(["2026-12-14", "2027-01-04", "2026-12-01", None]),
            "application_check_in_done": [False, True, True, False],
            "application_check_in_sent": pd.to_datetime([None, None, "2026-12-08", None]),
            marks_seen.UNMARKED_ON: pd.to_datetime([None, "2026-12-21", None, None]),
            marks_seen.MARKED_ON: pd.to_datetime([None, "2026-12-22", None, None]),
        }
    )


# Positions asked for -> the keys of those rows, as of all rows' keys.
ROW_KEYS_AT = {"none": [], "one": [1], "some": [0, 3], "all": [0, 1, 2, 3]}


@pytest.mark.parametrize("at", ROW_KEYS_AT.values(), ids=ROW_KEYS_AT.keys())
def test_the_keys_of_some_rows_are_those_rows_keys(at: list[int]) -> None:
    frame = _frame()
    every = marks_seen.row_keys(frame)
    assert len(set(every)) == 4
    assert marks_seen.row_keys(frame, np.array(at, dtype=int)) == [every[i] for i in at]


def test_what_a_run_saw_names_only_its_rows_keys() -> None:
    frame = _frame()
    keys = marks_seen.row_keys(frame)
    found = marks_seen.marks_now(frame, dt.date(2026, 12, 22))
    assert found.unmarked == frozenset({keys[0]})
    assert found.counted == {keys[1]: (dt.date(2026, 12, 21), dt.date(2026, 12, 22))}
