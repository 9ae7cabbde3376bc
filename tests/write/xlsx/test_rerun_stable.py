"""Workbook re-runs that must change nothing (issue 13 item 7): once a run has written a
sheet, the next run with the same as-of date writes nothing and keeps no backup — also for a
pretty-printed sheet and for a comments drawing left without its comments. The next night's
run too, when its result differs only in its date stamps (ot109 F1): the file keeps its own."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.dom import minidom

import openpyxl
import pytest
from click.testing import CliRunner
from libreoffice import needs_faketime, needs_soffice, recalculated
from trackers import write_xlsx

from followup_batch.cli import main
from followup_batch.memory import rerun

SAMPLE = Path(__file__).resolve().parents[3] / "sample_data" / "tracker.xlsx"


@pytest.fixture(autouse=True)
def full_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run does the whole work: these tests are about what the writer makes of a file
    it wrote (tests/test_rerun_shortcut.py covers the re-run that skips it)."""
    monkeypatch.setattr(rerun, "recall", lambda tracker, wanted: None)


SHEET = "xl/worksheets/sheet1.xml"


def run(path: Path) -> bytes:
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 0, result.output
    return path.read_bytes()


def backups(path: Path) -> int:
    folder = path.parent / ".followup-backups"
    found = folder.iterdir() if folder.is_dir() else []
    return len([p for p in found if not p.name.endswith(rerun.STATE_SUFFIX)])


def rezip(path: Path, change: Callable[[dict[str, bytes]], None]) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    change(members)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def pretty_print(members: dict[str, bytes]) -> None:
    members[SHEET] = minidom.parseString(members[SHEET]).toprettyxml(indent="  ").encode()


def drop_comments(members: dict[str, bytes]) -> None:
    """Leave the header notes' drawing without its comments part (another tool's doing)."""
    (name,) = [n for n in members if re.fullmatch(r"xl/comments\d*\.xml", n)]
    del members[name]
    rels = "xl/worksheets/_rels/sheet1.xml.rels"
    members[rels] = re.sub(rb"<Relationship [^>]*/comments\"[^>]*/>", b"", members[rels])
    types = "[Content_Types].xml"
    members[types] = re.sub(rb"<Override [^>]*" + name.encode() + rb"[^>]*/>", b"", members[types])


@pytest.mark.parametrize("damage", [pretty_print, drop_comments], ids=lambda f: f.__name__)
def test_the_run_after_a_change_is_the_last_that_writes(
    tmp_path: Path, damage: Callable[[dict[str, bytes]], None]
) -> None:
    path = tmp_path / "t.xlsx"
    shutil.copy(SAMPLE, path)
    run(path)
    rezip(path, damage)
    first = run(path)
    kept = backups(path)
    assert run(path) == first
    assert run(path) == first
    assert backups(path) == kept


@pytest.mark.parametrize("part", ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"])
def test_an_emptied_notes_part_is_written_afresh(tmp_path: Path, part: str) -> None:
    path = tmp_path / "t.xlsx"
    shutil.copy(SAMPLE, path)
    run(path)

    def empty(members: dict[str, bytes]) -> None:
        assert part in members
        members[part] = b""

    rezip(path, empty)
    first = run(path)
    with zipfile.ZipFile(path) as archive:
        assert archive.read(part).strip()
    assert run(path) == first


# ---------------------------------------------------------------------------------------------
# Consecutive nights (ot109 F1): a result that differs from the workbook only in its date
# stamps (the status header's "as of", the Summary's "Computed on") leaves it as it is, bytes
# and time; anything else is written, dated anew.

HEADERS = (
    "Company",
    "Position",
    "Interview Date",
    "Interviewer",
    "Interviewer Email",
    "Interview Type",
    "Outcome",
    "Date Applied",
    "Thank You Sent",
)
# An onsite on Thu 11-19, no thank-you sent: Overdue from 11-23 on, night after night.
TESLA = ("Tesla", "Engineer", dt.datetime(2026, 11, 19), "Quinn R", "quinn@tesla.example",
         "onsite", "interviewing", None, None)  # fmt: skip
# A video interview on Mon 11-23: its thank-you is Due soon that day, Due today on 11-24.
ACME = ("Acme", "Designer", dt.datetime(2026, 11, 23), "Ann Lee", "ann@acme.example", "video",
        "interviewing", None, None)  # fmt: skip
# Applied Mon 11-16: its check-in is due Wed 11-25, Scheduled on 11-17 and 11-18, and enters
# the Drafts sheet's 7-day horizon on 11-18.
STRIPE = ("Stripe", "Analyst", None, None, None, None, "applied", dt.datetime(2026, 11, 16),
          None)  # fmt: skip


def thank_you_sent(path: Path) -> None:
    """The client types "yes" under Thank You Sent and saves, as Excel saves it (openpyxl)."""
    book = openpyxl.load_workbook(path)
    book["Jobs"].cell(2, HEADERS.index("Thank You Sent") + 1, "yes")
    book.save(path)


def without_stamps(path: Path) -> None:
    """The status header's note without its "as of" line, as an earlier version wrote it."""

    def drop(members: dict[str, bytes]) -> None:
        members["xl/comments1.xml"] = re.sub(
            rb"\nas of \d{4}-\d{2}-\d{2}", b"", members["xl/comments1.xml"]
        )

    rezip(path, drop)


def stamps(path: Path, sheet: str = "Jobs") -> tuple[str, str]:
    """The dates the workbook's stamps say: the status header's "as of" on ``sheet``, the
    Summary's "Computed on"."""
    book = openpyxl.load_workbook(path)
    notes = [cell.comment.text for cell in book[sheet][1] if cell.comment]
    noted = [line for note in notes for line in note.splitlines() if line.startswith("as of ")]
    computed = str(book["Summary"]["A2"].value)
    return (noted[0] if noted else ""), computed[: len("Computed on Mon 2026-11-23")]


def dated(as_of: str) -> tuple[str, str]:
    """The ``stamps`` of a workbook written as of ``as_of``."""
    return f"as of {as_of}", f"Computed on {dt.date.fromisoformat(as_of):%a %Y-%m-%d}"


@pytest.mark.parametrize(
    ("rows", "nights", "between", "written"),
    [
        # Overdue both nights, the same Why, dates and draft: left as it is.
        ([TESLA], ("2026-11-23", "2026-11-24"), None, False),
        # A night skipped (the machine was off), still Overdue: left as it is.
        ([TESLA], ("2026-11-23", "2026-11-25"), None, False),
        # The status's cached value changes overnight (Due soon -> Due today): a viewer that
        # does not recalculate (a phone, a sync preview) shows it, so it is written.
        ([ACME], ("2026-11-23", "2026-11-24"), None, True),
        # A sent mark typed between the nights: written.
        ([TESLA], ("2026-11-23", "2026-11-24"), thank_you_sent, True),
        # The Drafts sheet picks up the check-in due in 7 days: written.
        ([STRIPE], ("2026-11-17", "2026-11-18"), None, True),
        # Written by a version that put no date in its note: dated now.
        ([TESLA], ("2026-11-23", "2026-11-24"), without_stamps, True),
    ],
    ids=["same", "a night skipped", "due today", "sent mark", "new draft", "no stamps"],
)
def test_a_night_with_nothing_new_but_the_date_writes_nothing(
    tmp_path: Path,
    rows: list[tuple[object, ...]],
    nights: tuple[str, str],
    between: Callable[[Path], None] | None,
    written: bool,
) -> None:
    path = write_xlsx(tmp_path / "Jack Hill.xlsx", {"Jobs": [HEADERS, *rows]})
    first, second = nights
    CliRunner().invoke(main, ["run", "-q", "--as-of", first, str(path)])
    if between is not None:
        between(path)
    before, kept = path.read_bytes(), backups(path)
    stamped = path.stat().st_mtime_ns
    result = CliRunner().invoke(main, ["run", "--as-of", second, str(path)])
    assert result.exit_code == 0, result.output
    line = result.output.splitlines()[0]
    assert line.endswith("(unchanged, nothing written)") is not written, line
    if written:
        assert stamps(path) == dated(second)
        assert path.read_bytes() != before
    else:  # the file's own stamps, true still: its values were computed then
        assert stamps(path) == dated(first)
        assert (path.read_bytes(), path.stat().st_mtime_ns) == (before, stamped)
        assert backups(path) == kept


@pytest.mark.parametrize(
    ("rows", "nights", "written"),
    [
        # Overdue both nights: left as it is, its own stamps kept.
        ([TESLA], ("2026-11-23", "2026-11-24"), False),
        # A night skipped: the same.
        ([TESLA], ("2026-11-23", "2026-11-25"), False),
        # Due soon -> Due today: written, dated the new night.
        ([ACME], ("2026-11-23", "2026-11-24"), True),
        # Run twice the same night: the file holds the result already.
        ([TESLA], ("2026-11-23", "2026-11-23"), False),
    ],
    ids=["same", "a night skipped", "due today", "same night"],
)
def test_a_night_in_place_dates_its_result_from_the_notes_the_write_read(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    rows: list[tuple[object, ...]],
    nights: tuple[str, str],
    written: bool,
) -> None:
    """In place, the date the file's stamps say is taken from the header notes the write
    reads anyway, not looked up in the file again (``kept_stamp``: a second parse of the
    sheet's relationships, a link for every draft's subject); the night is the same."""
    from followup_batch.write import xlsx

    path = write_xlsx(tmp_path / "Jack Hill.xlsx", {"Jobs": [HEADERS, *rows]})
    first, second = nights
    assert CliRunner().invoke(main, ["run", "-q", "--as-of", first, str(path)]).exit_code == 0
    before = path.read_bytes()
    looked_up: list[object] = []
    monkeypatch.setattr(xlsx, "kept_stamp", lambda *args: looked_up.append(args))
    result = CliRunner().invoke(main, ["run", "--as-of", second, str(path)])
    assert result.exit_code == 0, result.output
    assert looked_up == []
    assert (path.read_bytes() != before) is written
    assert stamps(path) == dated(second if written else first)


def test_an_output_written_the_night_before_is_kept_too(tmp_path: Path) -> None:
    """--output (a client's tracker shared read-only, the coach's copy in their own synced
    folder): the copy is the file the result would replace, so it keeps its stamps as a
    tracker does; the tracker itself is only read."""
    path = write_xlsx(tmp_path / "Jack Hill.xlsx", {"Jobs": [HEADERS, TESLA]})
    tracker = path.read_bytes()
    copy = tmp_path / "copies" / "Jack Hill.xlsx"
    for as_of in ("2026-11-23", "2026-11-24"):
        result = CliRunner().invoke(main, ["run", "--as-of", as_of, "-o", str(copy), str(path)])
        assert result.exit_code == 0, result.output
        if as_of == "2026-11-23":
            before, stamped = copy.read_bytes(), copy.stat().st_mtime_ns
    assert result.output.splitlines()[0].endswith("(unchanged, nothing written)")
    assert (copy.read_bytes(), copy.stat().st_mtime_ns) == (before, stamped)
    assert stamps(copy) == dated("2026-11-23")
    assert path.read_bytes() == tracker


# Another client's onsite the same day, on the workbook's second sheet.
RIVIAN = ("Rivian", "Engineer", dt.datetime(2026, 11, 19), "Sam K", "sam@rivian.example",
          "onsite", "interviewing", None, None)  # fmt: skip


@pytest.mark.parametrize(
    ("edited", "dana", "eli"),
    [
        # Nothing typed: neither sheet written, both keep their own dates.
        (None, "2026-11-23", "2026-11-23"),
        # A sent mark typed on the first sheet: written, and the sheet after it and the
        # Summary are dated with it.
        ("Dana", "2026-11-24", "2026-11-24"),
        # On the last sheet: the save wrote every part again (as Excel does), so the first
        # sheet is written too, and all is dated that night.
        ("Eli", "2026-11-24", "2026-11-24"),
    ],
)
def test_a_workbook_written_dates_its_summary_anew(
    tmp_path: Path, edited: str | None, dana: str, eli: str
) -> None:
    """A coach's workbook of two clients' sheets, each written on its own: the stamps are
    kept only while no sheet is written; the Summary counts both sheets, so once either is
    written, its "Computed on" is that night's."""
    path = write_xlsx(
        tmp_path / "coaching group.xlsx", {"Dana": [HEADERS, TESLA], "Eli": [HEADERS, RIVIAN]}
    )
    CliRunner().invoke(main, ["run", "-q", "--as-of", "2026-11-23", str(path)])
    if edited is not None:
        book = openpyxl.load_workbook(path)
        book[edited].cell(2, HEADERS.index("Thank You Sent") + 1, "yes")
        book.save(path)
    before = path.read_bytes()
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-24", str(path)])
    assert result.exit_code == 0, result.output
    summary = dated(eli)[1]
    assert [stamps(path, sheet) for sheet in ("Dana", "Eli")] == [
        (dated(dana)[0], summary),
        (dated(eli)[0], summary),
    ]
    assert (path.read_bytes() == before) is (edited is None)


# ---------------------------------------------------------------------------------------------
# Night after night with a message in the Drafts sheet (fx253): its Urgency ("In 3 days",
# "Tomorrow") is a live formula whose saved value counted down every night, so such a tracker
# was written nightly. The countdown alone is no change now: the file keeps the saved
# countdown of the day it is dated, and Excel or LibreOffice counts again as it opens it. A
# status moving on, a message entering the horizon or falling due: written, dated that night.

# Applied Fri 11-20: its check-in is due Wed 12-02, seven business days on (Thanksgiving, Thu
# 11-26, is none), enters the Drafts sheet's 7-day horizon on Wed 11-25, and is Due soon from
# Mon 11-30, two business days before.
APPLIED = ("Stripe", "Analyst", None, None, None, None, "applied", dt.datetime(2026, 11, 20),
           None)  # fmt: skip

# Each night run in turn on the same file: whether it is written, the date its stamps say,
# then what a viewer that does not recalculate (a phone, a sync preview) shows: the tracker's
# status and the Drafts sheet's Urgency.
NIGHTS = [
    ("2026-11-24", True, "2026-11-24", "Scheduled", None),  # the first run: no draft yet
    ("2026-11-25", True, "2026-11-25", "Scheduled", "In 7 days"),  # enters the horizon
    ("2026-11-26", False, "2026-11-25", "Scheduled", "In 7 days"),  # Thanksgiving
    ("2026-11-27", False, "2026-11-25", "Scheduled", "In 7 days"),
    ("2026-11-28", False, "2026-11-25", "Scheduled", "In 7 days"),  # the weekend
    ("2026-11-29", False, "2026-11-25", "Scheduled", "In 7 days"),
    ("2026-11-30", True, "2026-11-30", "Due soon", "In 2 days"),  # the status moves on
    ("2026-12-01", False, "2026-11-30", "Due soon", "In 2 days"),  # over the month's end
    ("2026-12-02", True, "2026-12-02", "Due today", "Due today"),  # falls due
    ("2026-12-03", True, "2026-12-03", "Overdue", "Overdue"),
    ("2026-12-04", False, "2026-12-03", "Overdue", "Overdue"),
]


def shown(path: Path) -> tuple[str, str | None]:
    """The tracker's status and the Drafts sheet's first Urgency as saved (None: no draft)."""
    book = openpyxl.load_workbook(path, data_only=True)
    jobs = list(book["Jobs"].iter_rows(values_only=True))
    drafts = list(book["Drafts"].iter_rows(values_only=True)) if "Drafts" in book else []
    return jobs[1][jobs[0].index("Follow-up status")], drafts[1][0] if drafts[1:] else None


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bool, int, Path]]:
    """The ``NIGHTS`` run in turn on one tracker: each night's line saying whether it wrote,
    the file's modification time and a copy of the file as that night left it."""
    folder = tmp_path_factory.mktemp("nights")
    path = write_xlsx(folder / "Jack Hill.xlsx", {"Jobs": [HEADERS, APPLIED]})
    ran = {}
    for night, *_ in NIGHTS:
        result = CliRunner().invoke(main, ["run", "--as-of", night, str(path)])
        assert result.exit_code == 0, result.output
        copy = shutil.copy2(path, folder / f"{night}.xlsx")
        unchanged = result.output.splitlines()[0].endswith("(unchanged, nothing written)")
        ran[night] = (not unchanged, path.stat().st_mtime_ns, Path(copy))
    return ran


@pytest.mark.parametrize(("night", "written", "stamp", "status", "urgency"), NIGHTS)
def test_a_countdown_in_the_drafts_sheet_is_no_change_to_write(
    nights: dict[str, tuple[bool, int, Path]],
    night: str,
    written: bool,
    stamp: str,
    status: str,
    urgency: str | None,
) -> None:
    wrote, modified, path = nights[night]
    assert wrote is written
    before = NIGHTS[[n for n, *_ in NIGHTS].index(night) - 1][0]
    if not written:  # bytes and time as the night before left them
        assert path.read_bytes() == nights[before][2].read_bytes()
        assert modified == nights[before][1]
    assert stamps(path) == dated(stamp)
    assert shown(path) == (status, urgency)


@needs_soffice
@needs_faketime
@pytest.mark.parametrize(
    ("night", "urgency"),
    [
        ("2026-11-26", "In 6 days"),
        ("2026-11-29", "In 3 days"),
        ("2026-12-01", "Tomorrow"),
    ],  # fmt: skip
)
def test_a_file_kept_shows_the_days_countdown_as_it_is_opened(
    nights: dict[str, tuple[bool, int, Path]], tmp_path: Path, night: str, urgency: str
) -> None:
    """The file a night kept, opened that day in LibreOffice: the Urgency counts from today,
    the status is the day's, as a file written that night would say."""
    path = nights[night][2]
    opened = recalculated([path], tmp_path / "lo", dt.date.fromisoformat(night))[path]
    status = next(status for n, _, _, status, _ in NIGHTS if n == night)
    assert shown(opened) == (status, urgency)


# ---------------------------------------------------------------------------------------------
# The check of such a night makes again only the parts that hold the date (``plan.Dated``:
# the header notes, the Drafts and Summary sheets), every other part taken from the write's
# output (issue 15): what it compares with the file must be, part for part, the whole write
# dated as the file is, as it was made before.

# A tracker whose user keeps a sheet of their own named Drafts: the tool's is named otherwise.
OWN_DRAFTS = [("Draft emails", "to send"), ("Dear Quinn", "soon")]


@pytest.mark.parametrize(
    ("sheets", "nights", "checks"),
    [
        # Overdue both nights: the header notes and the Summary dated again.
        ({"Jobs": [HEADERS, TESLA]}, ("2026-11-23", "2026-11-24"), 1),
        # A check-in "In 7 days" on 11-25: the Drafts sheet's countdown dated again too.
        ({"Jobs": [HEADERS, APPLIED]}, ("2026-11-25", "2026-11-27"), 1),
        # A coach's two sheets, each checked; the Drafts and Summary come with the last.
        ({"Dana": [HEADERS, TESLA], "Eli": [HEADERS, RIVIAN]}, ("2026-11-23", "2026-11-24"), 2),
        # The user's own Drafts sheet left as it is; the tool's, named otherwise, dated again.
        ({"Jobs": [HEADERS, APPLIED], "Drafts": OWN_DRAFTS}, ("2026-11-25", "2026-11-27"), 1),
    ],
    ids=["overdue", "countdown", "two sheets", "a Drafts sheet of the user's"],
)
def test_the_parts_dated_again_are_the_whole_write_dated_as_the_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sheets: dict[str, list[tuple[object, ...]]],
    nights: tuple[str, str],
    checks: int,
) -> None:
    from followup_batch.write.xlsx import package, zipcontainer

    path = write_xlsx(tmp_path / "Jack Hill.xlsx", sheets)
    first, second = nights
    assert CliRunner().invoke(main, ["run", "-q", "--as-of", first, str(path)]).exit_code == 0
    before = path.read_bytes()
    writes: list[tuple[object, ...]] = []
    compared: list[bool] = []
    write_package, restamp_package = package.write_package, package.restamp_package

    def write(*args: object) -> package.Written:
        writes.append(args)
        return write_package(*args)  # type: ignore[arg-type]

    def restamp(built: Path, target: Path, dated: object, stamp: dt.date) -> None:
        restamp_package(built, target, dated, stamp)  # type: ignore[arg-type]
        table, owned, source, _temp, _as_of, additions = writes[-1]
        outbox = additions.outbox  # type: ignore[attr-defined]
        whole = tmp_path / "whole.xlsx"
        write_package(
            table,  # type: ignore[arg-type]
            owned,  # type: ignore[arg-type]
            source,  # type: ignore[arg-type]
            whole,
            stamp,
            dataclasses.replace(
                additions,  # type: ignore[type-var]
                outbox=outbox and dataclasses.replace(outbox, stamped=stamp),
            ),
        )
        compared.append(zipcontainer.same_parts(target, whole))
        whole.unlink()

    monkeypatch.setattr(package, "write_package", write)
    monkeypatch.setattr(package, "restamp_package", restamp)
    # The comparison a night makes when its record cannot answer it (``rerun.held_result``).
    monkeypatch.setattr(rerun, "held_result", lambda *_: None)
    result = CliRunner().invoke(main, ["run", "--as-of", second, str(path)])
    assert result.exit_code == 0, result.output
    assert compared == [True] * checks
    assert path.read_bytes() == before


# The parts that carry a file's stamps (``stamps``): the Jobs sheet's header notes and the
# Summary (the Drafts sheet counts its days to go by formula).
STAMPED = frozenset({"xl/comments1.xml", "xl/worksheets/sheet3.xml"})


@pytest.mark.parametrize(
    ("rows", "nights", "differ"),
    [
        # Overdue thank-you in the Drafts sheet, linked; by 2027-03-01 skipped, the row gone
        # quiet: no draft, no link.
        ([TESLA], ("2026-11-23", "2027-03-01"), frozenset()),
        # The check-in enters the Drafts sheet on 11-18; a run dated back a day has none.
        ([STRIPE], ("2026-11-18", "2026-11-17"), frozenset()),
        # No draft on 11-17, one linked on 11-18.
        ([STRIPE], ("2026-11-17", "2026-11-18"), frozenset()),
        # Drafts both nights, the second's result new (Acme due today).
        ([TESLA, ACME], ("2026-11-23", "2026-11-24"), frozenset()),
        # Drafts both nights, the same but for the date: the file keeps its stamps of 11-23,
        # the only parts that differ.
        ([TESLA], ("2026-11-23", "2026-11-24"), STAMPED),
    ],
    ids=["links gone", "dated back", "links come", "links both nights", "stamps kept"],
)
def test_a_run_run_again_is_a_run_on_the_tracker_as_it_was(
    tmp_path: Path,
    rows: list[tuple[object, ...]],
    nights: tuple[str, str],
    differ: frozenset[str],
) -> None:
    """The second run's file has the parts, each of the same bytes, of the tracker run once
    on the second night, but for the stamps a result the same but for its date keeps: no
    relationships part left empty by the Drafts sheet's links gone."""
    (tmp_path / "again").mkdir()
    (tmp_path / "once").mkdir()
    again = write_xlsx(tmp_path / "again" / "Jack Hill.xlsx", {"Jobs": [HEADERS, *rows]})
    once = Path(shutil.copy(again, tmp_path / "once"))
    first, second = nights
    for path, runs in ((again, nights), (once, (second,))):
        for as_of in runs:
            result = CliRunner().invoke(main, ["run", "-q", "--as-of", as_of, str(path)])
            assert result.exit_code == 0, result.output
    twice, fresh = members(again), members(once)
    assert (set(twice), stamps(again)) == (set(fresh), dated(first if differ else second))
    assert {name for name in twice if twice[name] != fresh[name]} == differ


def members(path: Path) -> dict[str, bytes]:
    """A workbook's parts by name."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}
