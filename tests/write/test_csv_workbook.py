"""A CSV tracker run to a workbook --output (``write.csv_workbook``, ot113 F8): the apps people
keep a search in export CSV only; the workbook made from it holds the CSV's cells as text,
exactly, and answers as the CSV run does."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import followup_batch as fb
from followup_batch.cli import main
from followup_batch.errors import UnsupportedFile
from followup_batch.write.csv_workbook import sheet_name

SAMPLE = Path(__file__).parents[2] / "sample_data" / "tracker.csv"
ANSWERS = ("Follow-up status", "Next action", "Next due", "Draft subject", "Draft", "Why")
# The CSV output of an ASCII file writes the tool's text in ASCII ("->" for "→").
ASCII = str.maketrans({"→": "->", "–": "-", "−": "-", "—": "-", "…": "..."})


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-20", *args])
    return result.exit_code, result.output


def sheet_rows(path: Path) -> list[dict[str, object]]:
    sheet = openpyxl.load_workbook(path, data_only=True).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    return [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(2, values_only=True)]


def shown(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return "" if value is None else str(value).translate(ASCII)


def test_the_workbook_answers_as_the_csv_run_does(tmp_path: Path) -> None:
    """The sample's 43 rows: every status, due date, draft and Why the same in both outputs;
    the sheet holds the CSV's cells and the tool's sheets beside it."""
    tracker = shutil.copy(SAMPLE, tmp_path / "tracker.csv")
    assert run(str(tracker), "--output", str(tmp_path / "out.csv"))[0] == 0
    code, said = run(str(tracker), "--output", str(tmp_path / "out.xlsx"))
    assert (code, said.splitlines()[0].split(" → ")[-1]) == (0, str(tmp_path / "out.xlsx"))
    assert said.startswith("tracker.csv [tracker]: 43 rows — 2 Needs info, 5 Overdue, 4 Due today")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        from_csv = list(csv.DictReader(handle))
    from_book = sheet_rows(tmp_path / "out.xlsx")
    assert [{k: row[k] for k in ANSWERS} for row in from_csv] == [
        {k: shown(row[k]) for k in ANSWERS} for row in from_book
    ]
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book.sheetnames == ["tracker", "Drafts", "Summary", "Calendars"]
    with open(tracker, encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle))
    sheet = book["tracker"]
    assert [
        [sheet.cell(r, c).value or "" for c in range(1, len(records[0]) + 1)]
        for r in range(1, len(records) + 1)
    ] == records
    # The same run again: the workbook is already its result.
    before = hashlib.sha256((tmp_path / "out.xlsx").read_bytes()).hexdigest()
    code, said = run(str(tracker), "--output", str(tmp_path / "out.xlsx"))
    assert (code, said.splitlines()[0].endswith("(unchanged, nothing written)")) == (0, True)
    assert hashlib.sha256((tmp_path / "out.xlsx").read_bytes()).hexdigest() == before


# Cell as exported -> the cell's text in the workbook (always a text cell).
CELLS = [
    ('"=HYPERLINK(""http://x.example"",""x"")"', '=HYPERLINK("http://x.example","x")'),
    ("@SUM(A1)", "@SUM(A1)"),
    ("+1 555 0100", "+1 555 0100"),
    ("-5", "-5"),
    ("00123", "00123"),
    ("1.10", "1.10"),
    ("2026-11-20T01:30:00Z", "2026-11-20T01:30:00Z"),
    ('"  Pat  "', "  Pat  "),
    ('"line one\r\nline two"', "line one\nline two"),
    ('"line one\rline two"', "line one\nline two"),
]


@pytest.mark.parametrize(("exported", "kept"), CELLS)
def test_every_cell_goes_in_as_its_text(tmp_path: Path, exported: str, kept: str) -> None:
    """Nothing reinterpreted: a formula-like cell stays text (an export cannot put a formula in
    the workbook), a number keeps its zeros, a line break is a line feed."""
    tracker = tmp_path / "export.csv"
    tracker.write_bytes(
        f"Company,Position,Interview Date,Notes\r\nAcme,Analyst,2026-11-16,{exported}\r\n".encode()
    )
    assert run(str(tracker), "--output", str(tmp_path / "out.xlsx"))[0] == 0
    cell = openpyxl.load_workbook(tmp_path / "out.xlsx")["export"]["D2"]
    assert (cell.value, cell.data_type) == (kept, "s")


def test_a_legacy_code_page_is_read_as_the_csv_run_reads_it(tmp_path: Path) -> None:
    """The drafts are signed by the workbook's name, as its runs in place will sign them."""
    tracker = tmp_path / "export.csv"
    tracker.write_bytes(
        "Company,Position,Interview Date\nMüller AG,Analyst,2026-11-16\n".encode("cp1252")
    )
    assert run(str(tracker), "--output", str(tmp_path / "Jörg Weiß.xlsx"))[0] == 0
    (row,) = sheet_rows(tmp_path / "Jörg Weiß.xlsx")
    assert (row["Company"], row["Follow-up status"]) == ("Müller AG", "Overdue")
    assert shown(row["Draft"]).endswith("Jörg Weiß")


@pytest.mark.parametrize(
    ("cells", "said"),
    [
        (
            ["An\x07alyst"],
            "export.csv: FAILED — B2 holds the control character U+0007, which a workbook "
            "cannot hold; nothing was written. Run with --output as a .csv, which keeps it, or "
            "correct that cell",
        ),
        (
            ["x" * 40_000],
            "export.csv: FAILED — B2 holds more text than a cell takes (32,767 characters), "
            "which a workbook cannot hold; nothing was written. Run with --output as a .csv, "
            "which keeps it, or correct that cell",
        ),
        # Every such cell named at once, not one a run (ot114 F4); the sixth on counted.
        (
            [f"Analyst{chr(n)}" for n in range(1, 8)],
            "export.csv: FAILED — B2 holds the control character U+0001; B3 holds the control "
            "character U+0002; B4 holds the control character U+0003; B5 holds the control "
            "character U+0004; B6 holds the control character U+0005; and 2 more, which a "
            "workbook cannot hold; nothing was written. Run with --output as a .csv, which keeps "
            "them, or correct those cells",
        ),
    ],
)
def test_a_cell_a_workbook_cannot_hold_is_refused_by_name(
    tmp_path: Path, cells: list[str], said: str
) -> None:
    """Never cut or dropped: the CSV output keeps it."""
    tracker = tmp_path / "export.csv"
    rows = "".join(f"Acme,{cell},2026-11-16\n" for cell in cells)
    tracker.write_text(f"Company,Position,Interview Date\n{rows}")
    code, output = run(str(tracker), "--output", str(tmp_path / "out.xlsx"))
    assert (code, output.splitlines()[0]) == (1, said)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


# Exports as the apps write them, the cells made a few rows at a time (``CHUNK_ROWS``): the
# workbook is the one made of all rows at once, byte for byte, its column widths from the
# longest line of any row.
CHUNKED = {
    "huntr rows": [
        ["Company", "Job Title", "List", "Date Applied"],
        ["Acme", "Software Engineer", "Applied", "2026-11-18"],
        ["Tyrell", "Engineering Manager", "Interviewing", "2026-11-02"],
        ["Globex", "Data Analyst", "Offer", "2026-10-20"],
        ["Initech", "Product Manager", "Applied", "2026-11-19"],
    ],
    "ragged, a note over lines, a long cell last": [
        ["Company", "Position", "Notes"],
        ["Acme", "Analyst"],
        ["Tyrell", "Engineer", "call back\r\nafter the panel"],
        ["Globex", "Designer", "", "stray field"],
        ["Initech", "PM", "x" * 70],
    ],
    "the header alone": [["Company", "Position", "Interview Date"]],
    "nothing": [],
}


@pytest.mark.parametrize("records", CHUNKED.values(), ids=CHUNKED)
def test_the_workbook_made_a_few_rows_at_a_time_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, records: list[list[str]]
) -> None:
    from followup_batch import progress
    from followup_batch.write import csv_workbook

    made = dt.datetime(2026, 11, 20)
    csv_workbook.csv_as_workbook(records, tmp_path / "whole.xlsx", "export.csv", made)
    monkeypatch.setattr(csv_workbook, "CHUNK_ROWS", 2)
    heard: list[progress.Step] = []
    with progress.heard_by(heard.append):
        csv_workbook.csv_as_workbook(records, tmp_path / "chunked.xlsx", "export.csv", made)
    assert (tmp_path / "chunked.xlsx").read_bytes() == (tmp_path / "whole.xlsx").read_bytes()
    told = [(step.what, step.done, step.total) for step in heard]
    making, saving = csv_workbook.MAKING_WORKBOOK, csv_workbook.SAVING_WORKBOOK
    if not records:
        assert told == [(making, 0, 0), (saving, 0, 0)]
    else:  # rows 1-2, 3-4, 5, then the workbook saved (its own step: ot138 F1)
        assert told == [
            (making, 0, len(records)),
            *((making, min(n, len(records)), len(records)) for n in range(2, len(records) + 2, 2)),
            (saving, 0, 0),
        ]


def test_cells_a_workbook_cannot_hold_are_named_across_the_rows_made_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refused once every row is looked at, before anything is written."""
    from followup_batch.write import csv_workbook

    monkeypatch.setattr(csv_workbook, "CHUNK_ROWS", 2)
    records = [
        ["Company", "Position"],
        ["Acme", "An\x07alyst"],
        ["Tyrell", "PM"],
        ["Globex", "Des\x01igner"],
    ]
    with pytest.raises(
        UnsupportedFile,
        match="B2 holds the control character U\\+0007; B4 holds the control character U\\+0001",
    ):
        csv_workbook.csv_as_workbook(
            records, tmp_path / "out.xlsx", "export.csv", dt.datetime(2026, 11, 20)
        )
    assert not (tmp_path / "out.xlsx").exists()


def sample_made(tmp_path: Path) -> tuple[Path, Path]:
    """The sample CSV, made a workbook as of 2026-11-20: (the CSV, the workbook)."""
    tracker = shutil.copy(SAMPLE, tmp_path / "Alex Kim.csv")
    book = tmp_path / "out" / "tracker.xlsx"
    assert run(str(tracker), "--output", str(book))[0] == 0
    return Path(tracker), book


def typed_in(book: Path, edits: list[tuple[str | int, str, object]]) -> None:
    """Each (sheet, cell, value) typed in the workbook as a person would; a text beginning
    with a line break is added to the cell's own (a P.S. under a draft)."""
    workbook = openpyxl.load_workbook(book)
    for sheet, cell, value in edits:
        held = workbook[sheet] if isinstance(sheet, str) else workbook.worksheets[sheet]
        if isinstance(value, str) and value.startswith("\n"):
            value = f"{held[cell].value}{value}"
        held[cell] = value
    workbook.save(book)


def newer_export(tracker: Path) -> Path:
    """The sample's export a week on, as an app writes it: an application added at the top,
    Nimbus Ads' Outcome now Rejected, Open Books' application (row 38) deleted in the app."""
    with open(tracker, encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle))
    added = ["Maya Chen", "Newco", "Product Lead", "2026-11-16", *[""] * 18, "US", ""]
    assert records[4][1] == "Nimbus Ads" and records[37][1] == "Open Books Nonprofit"
    records[4][19] = "Rejected"
    records = [records[0], added, *records[1:37], *records[38:]]
    newer = tracker.with_name("Alex Kim (1).csv")
    with open(newer, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(records)
    return newer


def first_sheet_cells(book: Path, width: int) -> list[list[str]]:
    """The workbook's first sheet as the CSV's records: its first ``width`` columns, as text."""
    sheet = openpyxl.load_workbook(book).worksheets[0]
    rows = sheet.iter_rows(max_col=width, values_only=True)
    cells = [[value or "" for value in row] for row in rows]
    while cells and not any(cells[-1]):
        cells.pop()
    return cells


UPDATED = "tracker.xlsx updated from it: 1 new row, 1 changed, 1 no longer in it"
OWN = ("Call on", "Ask", "Hot?")  # columns of one's own, right of the tool's
# ot118 F5: the export it was made from is named with the run that read it (the file of that
# name given now may hold other cells), its cell quoted as that export's.
MADE_FROM = "tracker.xlsx was edited since it was made from Alex Kim.csv as run to it on 20"
EDITED = (
    '(M3: "2026-11-21" in the workbook, empty in that export): nothing was written. To keep '
    "its edits, run on it"
)

# The workbook made from the sample's export on Fri 2026-11-20; what is typed in it since
# (``typed_in``); which export is run to it that day (or "the same, Monday": 2026-11-23) ->
# the exit code, what the run says, the drafts it keeps (the row's Company -> the Draft's end),
# the text it saves to .followup-backups/tracker.xlsx.edited.txt. A workbook refused is left
# as it was; one written holds the export's cells, the tool's columns beside them. Its own
# cells are never replaced with the CSV's unless they are that CSV's or the last export's
# (ot114 F1, F2: a sent date typed in it, a workbook of one's own).
AGAIN = [
    ("the same export, Monday: made again", [], "the same, Monday", 0, [], {}, None),
    (
        "a sent date typed in it",
        [(0, "M3", "2026-11-21")],
        "the same, Monday",
        1,
        [MADE_FROM, EDITED],
        {},
        None,
    ),
    (
        # ot118 F6: where the tool's advice sends one's own dates and notes.
        "a date cell typed in a column of its own, right of the tool's: made again",
        [(0, "AM2", dt.datetime(2026, 11, 21))],
        "the same, Monday",
        0,
        ['tracker.xlsx updated from it: your column "AM" carried as text'],
        {},
        None,
    ),
    (
        "a formula in a column of its own: refused, as it would be left its value",
        [(0, "AM2", "=TODAY()-D2")],
        "newer",
        1,
        ["tracker.xlsx: AM2 holds a formula, in a column of your own, which a newer export"],
        {},
        None,
    ),
    (
        "a note in a column of its own below the rows: refused, as it goes with no row",
        [(0, "AM80", "total: 12 sent")],
        "newer",
        1,
        [MADE_FROM, '(AM80: "total: 12 sent" in the workbook, empty in that export)'],
        {},
        None,
    ),
    ("a newer export, nothing typed in it", [], "newer", 0, [UPDATED], {}, None),
    (
        # ot121 F9: made text without a word, and "2026-12-03T15:30:00", "True" at that.
        "a newer export, a date, a number and TRUE in columns of its own: said as made text",
        [
            *[(0, f"{col}1", title) for col, title in zip(["AM", "AN", "AO"], OWN, strict=True)],
            (0, "AM2", dt.datetime(2026, 12, 3, 15, 30)),
            (0, "AN2", 185000),
            (0, "AO2", True),
        ],
        "newer",
        0,
        [
            f'{UPDATED}, your columns "Call on", "Ask", "Hot?" carried as text, as the '
            "export's cells are (a date, number or TRUE there is now its text: type it again "
            "where a sort or a sum needs it)"
        ],
        {},
        None,
    ),
    (
        "a newer export, a sent date typed in it",
        [(0, "M3", "2026-11-21")],
        "newer",
        1,
        [MADE_FROM, EDITED],
        {},
        None,
    ),
    (
        "a newer export, a draft edited in the tracker: kept on its row, moved down",
        [(0, "AH2", "\n\nP.S. See you Tuesday.")],
        "newer",
        0,
        [
            UPDATED,
            '\'Alex Kim\'!AH3 ("Draft"): your edited text is kept ("…P.S. See you Tuesday."): '
            "the row's next action is the one it was written for",
        ],
        {"Brightwave": "Maya Chen\n\nP.S. See you Tuesday."},
        None,
    ),
    (
        "a newer export, a message edited in the Drafts sheet: kept, in the tracker too",
        [("Drafts", "J3", "\n\nP.S. Happy to send the deck.")],
        "newer",
        0,
        [
            UPDATED,
            "Drafts!J3, the message of 'Alex Kim'!AH31 (\"Draft\"): your edited text is kept "
            '("…P.S. Happy to send the deck."), in the tracker\'s cell too',
        ],
        {"Hope Foundation": "Priya Raman\n\nP.S. Happy to send the deck."},
        None,
    ),
    (
        # ot118 F2: put back without a word; the address is the app's, changed there.
        "the same export, an address typed over a message's in the Drafts sheet: saved",
        [("Drafts", "F5", "chris.hale@nimbus.example")],
        "the same, Monday",
        0,
        [
            'Drafts!F5 ("Email"), the message of \'Alex Kim\'!AH5 ("Draft"): your text '
            '("chris.hale@nimbus.example") was replaced: the Compose link mails no one: the '
            "row has no address, which the tool copies here from 'Alex Kim'!K5 (\"Interviewer "
            'Email") on every run (it reads nothing typed here); to mail one, type it in the '
            "app the export comes from, and export again. It is saved in "
            ".followup-backups/tracker.xlsx.edited.txt",
        ],
        {},
        "chris.hale@nimbus.example",
    ),
    (
        "a newer export without the row of a message edited in the Drafts sheet: saved",
        [("Drafts", "J2", "\n\nP.S. Still keen.")],
        "newer",
        0,
        [
            UPDATED,
            'the "Draft" of Open Books Nonprofit — Data Coordinator: your text ("Hello, I am '
            'checking in again about the Data Coordinator…") was replaced: Alex Kim (1).csv no '
            "longer holds that application, so its row is gone from the workbook. It is saved "
            "in .followup-backups/tracker.xlsx.edited.txt",
        ],
        {},
        "Priya Raman\n\nP.S. Still keen.",
    ),
]


@pytest.mark.parametrize(
    ("case", "edits", "export", "code", "said", "kept", "saved"),
    AGAIN,
    ids=[case for case, *_ in AGAIN],
)
def test_a_workbook_is_made_again_or_updated_only_when_nothing_of_yours_is_lost(
    tmp_path: Path,
    case: str,
    edits: list[tuple[str | int, str, object]],
    export: str,
    code: int,
    said: list[str],
    kept: dict[str, str],
    saved: str | None,
) -> None:
    tracker, book = sample_made(tmp_path)
    typed_in(book, edits)
    before = book.read_bytes()
    as_of = "2026-11-23" if export == "the same, Monday" else "2026-11-20"
    source = tracker if export == "the same, Monday" else newer_export(tracker)
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(source), "--output", str(book)])
    missing = [line for line in said if line not in result.output]
    assert (result.exit_code, missing) == (code, [])
    if code:
        assert book.read_bytes() == before
        return
    assert ("updated from it: 1 new row" in result.output) == (export == "newer")
    with open(source, encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle))
    assert first_sheet_cells(book, len(records[0])) == records
    drafts = {row["Company"]: row["Draft"] for row in sheet_rows(book)}
    assert {company: drafts[company][-len(end) :] for company, end in kept.items()} == kept
    if any(title in OWN for *_, title in edits):
        own = [[row.get(title) for title in OWN] for row in sheet_rows(book) if row.get("Ask")]
        assert own == [["2026-12-03 15:30", "185000", "TRUE"]]
    edited = book.parent / ".followup-backups" / "tracker.xlsx.edited.txt"
    if saved is None:
        assert not edited.exists()
    else:
        assert saved in edited.read_text(encoding="utf-8")


TYRELL = "Tyrell,Engineering Manager,Applied,2026-11-20,,"
MAYA = TYRELL + 'Maya Chen,maya@tyrell.com,"New York, NY",req A'
SAM = TYRELL + 'Sam Ortiz,sam@tyrell.com,"New York, NY",req B'
ACME = 'Acme,Software Engineer,Applied,2026-11-18,,Lena Novak,lena@acme.com,"New York, NY",'
NOBODY_A, NOBODY_B = TYRELL + ",,Remote,req A", TYRELL + ",,Remote,req B"
CARLA = MAYA.replace("Maya Chen,maya@", "Carla Mendes,carla@")  # in Maya's place, in the app
MY_EDIT = "Hi Sam, I also met your team at the meetup."
ALIKE = (
    'your text ("Hi Sam, I also met your team at the meetup.") was replaced: the export '
    "holds rows alike to its row (the same company, position and applied day) and no cell "
    "tells which is its own, so it goes to none of them"
)

# Two applications alike (Tyrell / Engineering Manager, applied the same day) to two
# recruiters in a Huntr export (ot118 F1), the second one's draft edited (S3); the next export
# -> what the run says, the (contact, notes) of the rows whose draft is the edit, the
# (To, Email) of the Drafts sheet's messages that are, and the label of the text saved in
# .followup-backups/tracker.xlsx.edited.txt. One person's draft never goes to the other's row.
ALIKE_ROWS = [
    (
        "in the other order",
        [MAYA, SAM, ACME],
        [SAM, MAYA, ACME],
        [],
        {("Sam Ortiz", "req B")},
        None,
    ),
    (
        "the other one gone",
        [MAYA, SAM, ACME],
        [SAM, ACME],
        ["1 no longer in it"],
        {("Sam Ortiz", "req B")},
        None,
    ),
    (
        "both changed, told apart by their contacts",
        [MAYA, SAM, ACME],
        [SAM.replace('"New York, NY"', "Remote"), MAYA.replace('"New York, NY"', "Remote"), ACME],
        ["2 changed"],
        {("Sam Ortiz", "req B")},
        None,
    ),
    (
        "no cell tells them apart: saved, on neither row",
        [NOBODY_A, NOBODY_B, ACME],
        [NOBODY_B.replace("req B", "req C"), NOBODY_A.replace("req A", "req D"), ACME],
        ["2 rows alike that no cell tells apart (your edits there saved, not carried)", ALIKE],
        set(),
        'the "Draft" of Tyrell — Engineering Manager, one of rows alike in export.csv;',
    ),
]


@pytest.mark.parametrize(
    ("case", "first", "then", "said", "rows", "saved"),
    ALIKE_ROWS,
    ids=[case for case, *_ in ALIKE_ROWS],
)
def test_rows_alike_keep_their_own_drafts_whatever_their_order(
    tmp_path: Path,
    case: str,
    first: list[str],
    then: list[str],
    said: list[str],
    rows: set[tuple[str, str]],
    saved: str | None,
) -> None:
    header = "Company,Job Title,List,Date Applied,Interview Date,Contact Name,Contact Email,"
    export, book = tmp_path / "export.csv", tmp_path / "tracker.xlsx"
    as_of = ["run", "--as-of", "2026-12-01", str(export), "--output", str(book)]
    export.write_text("\n".join([header + "Location,Notes", *first, ""]), encoding="utf-8")
    assert CliRunner().invoke(main, as_of).exit_code == 0
    typed_in(book, [(0, "S3", MY_EDIT)])
    export.write_text("\n".join([header + "Location,Notes", *then, ""]), encoding="utf-8")
    result = CliRunner().invoke(main, as_of)
    out = " ".join(result.output.replace("│", " ").split())
    assert (result.exit_code, [line for line in said if line not in out]) == (0, [])
    holding = {
        (row["Contact Name"], row["Notes"]) for row in sheet_rows(book) if row["Draft"] == MY_EDIT
    }
    drafts = openpyxl.load_workbook(book)["Drafts"]
    header_cells = [cell.value for cell in drafts[1]]
    messages = [
        dict(zip(header_cells, row, strict=True)) for row in drafts.iter_rows(2, values_only=True)
    ]
    sent = {(m["To"], m["Email"]) for m in messages if m["Draft"] == MY_EDIT}
    emails = {"Sam Ortiz": "sam@tyrell.com"}
    assert (holding, sent) == (rows, {(c, emails[c]) for c, _ in rows})
    edited = tmp_path / ".followup-backups" / "tracker.xlsx.edited.txt"
    if saved is None:
        assert not edited.exists()
    else:
        assert f"{saved} replaced" in edited.read_text(encoding="utf-8")
        assert MY_EDIT in edited.read_text(encoding="utf-8")


HUNTR = "Company,Job Title,List,Date Applied,Interview Date,Contact Name,Contact Email,"
ACME_GONE = 'the "Draft" of Acme — Software Engineer, no longer in export.csv; replaced'


def typed_for(book: Path, edits: list[tuple[str | int, str, str, object]]) -> None:
    """Each (sheet, company, header, value) typed in the row of that company, as a person
    would: in the tracker sheet (0) or the Drafts sheet, whose rows are in due order; under a
    header the sheet lacks, in a column of one's own added right of the others."""
    workbook = openpyxl.load_workbook(book)
    for name, company, title, value in edits:
        sheet = workbook[name] if isinstance(name, str) else workbook.worksheets[name]
        header = [cell.value for cell in sheet[1]]
        if title == "sorted by":  # its rows sorted by that column's cells, as Excel sorts them
            at = header.index(value)
            rows = sorted(sheet.iter_rows(2, values_only=True), key=lambda row: str(row[at]))
            for number, row in enumerate(rows, start=2):
                for col, cell in enumerate(row, start=1):
                    sheet.cell(number, col).value = cell
            continue
        if title not in header:
            sheet.cell(1, len(header) + 1).value = title
            header.append(title)
        row = next(
            row for row in sheet.iter_rows(2) if row[header.index("Company")].value == company
        )
        row[header.index(title)].value = value
    workbook.save(book)


# A Huntr export made a workbook on Tue 2026-12-01 (MAYA, SAM, ACME), what was typed in it
# (``typed_for``), and the next export (its header, its rows) -> what the run says, the
# contacts whose rows hold the edited draft, and what .followup-backups/tracker.xlsx.edited.txt
# holds after the run. An app renaming a column (ot118 F3) leaves every row its own; a row the
# export no longer holds is named by its application, not by a cell past the sheet's end
# (ot118 F4), and what was typed over its message in the Drafts sheet is saved and said too.
WEEKLY = [
    (
        'Huntr\'s "Job Title" now "Position": every row still its own, the draft kept',
        [(0, "Tyrell", "Draft", MY_EDIT)],
        HUNTR.replace("Job Title", "Position"),
        [MAYA, SAM, ACME],
        ['tracker.xlsx updated from it: column "Job Title" renamed "Position"'],
        {"Maya Chen"},
        [],
    ),
    (
        'Teal\'s "Job Position", a row changed and one new: counted as such',
        [(0, "Tyrell", "Draft", MY_EDIT)],
        HUNTR.replace("Job Title", "Job Position"),
        [MAYA, SAM.replace("req B", "req C"), ACME, ACME.replace("Acme", "Globex")],
        [
            "tracker.xlsx updated from it: 1 new row, 1 changed, "
            'column "Job Title" renamed "Job Position"'
        ],
        {"Maya Chen"},
        [],
    ),
    (
        "a column the app added since, Date Applied: every row still its own",
        [(0, "Tyrell", "Draft", MY_EDIT)],
        HUNTR.replace("Date Applied,", "Date Applied,Applied Via,"),
        [row.replace("2026-11-20,", "2026-11-20,LinkedIn,") for row in (MAYA, SAM)]
        + [ACME.replace("2026-11-18,", "2026-11-18,,")],
        ["tracker.xlsx updated from it: 2 changed"],
        {"Maya Chen"},
        [],
    ),
    (
        "another app's export, no row in common: said plainly",
        [],
        HUNTR.replace("Contact Name,Contact Email,", "Recruiter,"),
        ['Globex,Data Analyst,Applied,2026-11-25,,Ana Ruiz,"Austin, TX",'],
        [
            'tracker.xlsx updated from it: 1 new row, 3 no longer in it, column "Contact '
            'Name" renamed "Recruiter", no row of it matched one of the workbook\'s: its '
            'columns changed ("Contact Email" gone)'
        ],
        set(),
        [],
    ),
    (
        "a row gone, its draft edited: saved by its application",
        [(0, "Acme", "Draft", MY_EDIT)],
        HUNTR,
        [MAYA, SAM],
        [
            'the "Draft" of Acme — Software Engineer: your text ("Hi Sam, I also met your '
            'team at the meetup.") was replaced: export.csv no longer holds that application, '
            "so its row is gone from the workbook. It is saved in "
            ".followup-backups/tracker.xlsx.edited.txt"
        ],
        set(),
        [ACME_GONE, MY_EDIT],
    ),
    (
        # fx275: dropped without a word.
        "a row gone, its message's To and Email typed over in the Drafts sheet: saved",
        [("Drafts", "Acme", "To", "Lena Novak-Reyes"), ("Drafts", "Acme", "Email", "lnr@acme.com")],
        HUNTR,
        [MAYA, SAM],
        [
            'the "To" of Acme — Software Engineer, typed in the Drafts sheet: your text ("Lena '
            'Novak-Reyes") was replaced: export.csv no longer holds that application',
            'the "Email" of Acme — Software Engineer, typed in the Drafts sheet: your text '
            '("lnr@acme.com") was replaced',
        ],
        set(),
        [
            'the "To" of Acme — Software Engineer, typed in the Drafts sheet, no longer in '
            "export.csv; replaced",
            "Lena Novak-Reyes",
            "lnr@acme.com",
        ],
    ),
    (
        # ot118 F6: the tool's advice, "keep your own dates and notes in a column of your own".
        "a column of your own right of the tool's: carried with its row, the app's order aside",
        [(0, "Tyrell", "My notes", MY_EDIT), (0, "Acme", "My notes", "call Tuesday")],
        HUNTR,
        [ACME, SAM.replace("req B", "req C"), MAYA],
        ["tracker.xlsx updated from it: 1 changed"],
        {"Maya Chen"},
        [],
    ),
    (
        "a column of your own, its row gone: saved by its application",
        [(0, "Tyrell", "My notes", "call Tuesday"), (0, "Acme", "My notes", MY_EDIT)],
        HUNTR,
        [MAYA, SAM],
        [
            'the "My notes" of Acme — Software Engineer: your text ("Hi Sam, I also met your '
            'team at the meetup.") was replaced: export.csv no longer holds that application'
        ],
        set(),
        ['the "My notes" of Acme — Software Engineer, no longer in export.csv; replaced', MY_EDIT],
    ),
    (
        # ot118 F5, F6: sorting the rows was refused as an edit. A sort moves no Drafts link:
        # Acme's message, linked to row 4, is not Sam Ortiz's whose row that is now.
        "rows sorted by Company, a message edited in the Drafts sheet: each on its own row",
        [(0, "", "sorted by", "Company"), ("Drafts", "Acme", "Draft", MY_EDIT)],
        HUNTR,
        [SAM, MAYA.replace("req A", "req A2"), ACME],
        ["tracker.xlsx updated from it: 1 changed"],
        {"Lena Novak"},
        [],
    ),
    (
        # ot121 F1: paired by the application alone, Maya's note and draft went to Carla.
        "one of two contacts of an application replaced by another: her texts saved, not hers",
        [(0, "Tyrell", "My notes", MY_EDIT), (0, "Tyrell", "Draft", MY_EDIT)],
        HUNTR,
        [CARLA, SAM, ACME],
        [
            "tracker.xlsx updated from it: 1 new row, 1 row whose contact the export replaced "
            "(your edits there saved, not carried)",
            'the "My notes" of Tyrell — Engineering Manager: your text ("Hi Sam, I also met '
            'your team at the meetup.") was replaced: export.csv holds that application with '
            "another contact (Carla Mendes, carla@tyrell.com) in place of this row's (Maya "
            "Chen, maya@tyrell.com), so it goes to no row",
        ],
        set(),
        [
            'the "My notes" of Tyrell — Engineering Manager, its contact (Maya Chen, '
            "maya@tyrell.com) replaced in export.csv; replaced",
            'the "Draft" of Tyrell — Engineering Manager, its contact (Maya Chen, '
            "maya@tyrell.com) replaced in export.csv; replaced",
            MY_EDIT,
        ],
    ),
    (
        # ot121 F4: thrown out as "the row's next action has moved on", which it had not.
        "the contact's address changed in the app: the draft kept, the new address said",
        [(0, "Tyrell", "Draft", MY_EDIT)],
        HUNTR,
        [MAYA.replace("maya@", "maya.chen@"), SAM, ACME],
        [
            "tracker.xlsx updated from it: 1 changed",
            'export!S2 ("Draft"): your edited text is kept ("…also met your team at the '
            "meetup.\"): the row's next action is the one it was written for; once that moves "
            "on, a new draft replaces it and your text is saved in .followup-backups; the "
            "contact's address is new since the last run: its Compose link now mails "
            "maya.chen@tyrell.com",
        ],
        {"Maya Chen"},
        [],
    ),
    (
        # ot121 F7: called gone from the export, its note saved off the row, the draft too.
        "the company spelt otherwise in the app: the row its own, the draft's true reason",
        [(0, "Acme", "My notes", MY_EDIT), (0, "Acme", "Draft", "Hi Lena, my own words.")],
        HUNTR,
        [MAYA, SAM, ACME.replace("Acme,", "Acme.,")],
        [
            "tracker.xlsx updated from it: 1 changed",
            'export!S4 ("Draft"): your text ("Hi Lena, my own words.") was replaced: the '
            "row's cells it was written from (its client, company, position, interview date, "
            "contact or sent dates) changed since, though its next action is the same.",
        ],
        {"Lena Novak"},
        ['=== export!S4 ("Draft"), row of Acme. — Software Engineer;', "Hi Lena, my own words."],
    ),
    (
        # ot121 F7: "no longer holds that application", which Sam's row still was.
        "one of two contacts of an application gone from the export: her texts saved, said so",
        [(0, "Tyrell", "My notes", MY_EDIT)],
        HUNTR,
        [SAM, ACME],
        [
            "tracker.xlsx updated from it: 1 no longer in it",
            'the "My notes" of Tyrell — Engineering Manager: your text ("Hi Sam, I also met '
            'your team at the meetup.") was replaced: export.csv holds that application in '
            "other rows, none with this row's contact (Maya Chen, maya@tyrell.com), so its row "
            "is gone from the workbook",
        ],
        set(),
        [
            'the "My notes" of Tyrell — Engineering Manager, its contact (Maya Chen, '
            "maya@tyrell.com) no longer in export.csv; replaced",
            MY_EDIT,
        ],
    ),
    (
        # ot121 F6: refused after a sort, though its To and Email name Maya's row alone.
        "rows sorted, a message of rows alike edited in the Drafts sheet: its To's row's",
        [(0, "", "sorted by", "Notes"), ("Drafts", "Tyrell", "Draft", MY_EDIT)],
        HUNTR,
        [MAYA, SAM, ACME],
        ['Drafts!J3, the message of export!S2 ("Draft"): your edited text is kept'],
        {"Maya Chen"},
        [],
    ),
    (
        # ot121 F6: its To and Email emptied, copied into Maya's Draft cell as the refusal
        # said: refused again while the Drafts sheet held it too.
        "rows sorted, a Drafts message of no one typed in its row's Draft too: that row's",
        [
            (0, "", "sorted by", "Notes"),
            *[("Drafts", "Tyrell", title, None) for title in ("To", "Email")],
            ("Drafts", "Tyrell", "Draft", MY_EDIT),
            (0, "Tyrell", "Draft", MY_EDIT),
        ],
        HUNTR,
        [MAYA, SAM, ACME],
        ['export!S2 ("Draft"): your edited text is kept'],
        {"Maya Chen"},
        [],
    ),
    (
        "a row gone, nothing of it typed over: nothing saved",
        [],
        HUNTR,
        [MAYA, SAM],
        ["tracker.xlsx updated from it: 1 no longer in it"],
        set(),
        [],
    ),
]


@pytest.mark.parametrize(
    ("case", "edits", "header", "then", "said", "rows", "saved"),
    WEEKLY,
    ids=[case for case, *_ in WEEKLY],
)
def test_the_next_weeks_export_updates_the_workbook_it_made(
    tmp_path: Path,
    case: str,
    edits: list[tuple[str | int, str, str, object]],
    header: str,
    then: list[str],
    said: list[str],
    rows: set[str],
    saved: list[str],
) -> None:
    export, book = tmp_path / "export.csv", tmp_path / "tracker.xlsx"
    as_of = ["run", "--as-of", "2026-12-01", str(export), "--output", str(book)]
    export.write_text("\n".join([HUNTR + "Location,Notes", MAYA, SAM, ACME, ""]), "utf-8")
    assert CliRunner().invoke(main, as_of).exit_code == 0
    typed_for(book, edits)
    export.write_text("\n".join([header + "Location,Notes", *then, ""]), encoding="utf-8")
    result = CliRunner().invoke(main, as_of)
    out = " ".join(result.output.replace("│", " ").split())
    assert (result.exit_code, [line for line in said if line not in out]) == (0, [])
    holding = {
        row["Contact Name"]
        for row in sheet_rows(book)
        if MY_EDIT in (row["Draft"], row.get("My notes"))
    }
    assert holding == rows
    edited = tmp_path / ".followup-backups" / "tracker.xlsx.edited.txt"
    text = edited.read_text(encoding="utf-8") if edited.exists() else ""
    assert ([line for line in saved if line not in text], bool(text)) == ([], bool(saved))
    # The same export the next day: nothing said again of the texts, nothing saved, the rows
    # holding what they held.
    later = CliRunner().invoke(main, [*as_of[:2], "2026-12-02", *as_of[3:]])
    told = [line for line in later.output.splitlines() if "your text" in line]
    assert (later.exit_code, told, "your edited text" in later.output) == (0, [], False)
    assert (edited.read_text(encoding="utf-8") if edited.exists() else "") == text
    assert {
        row["Contact Name"]
        for row in sheet_rows(book)
        if MY_EDIT in (row["Draft"], row.get("My notes"))
    } == rows


def test_a_column_inserted_before_the_tools_is_refused_told_where_it_goes(
    tmp_path: Path,
) -> None:
    """A column of one's own inserted between the export's columns and the tool's (Y, left of
    "Follow-up status"): the refusal says where such a column is carried (ot118 F6)."""
    tracker, book = sample_made(tmp_path)
    workbook = openpyxl.load_workbook(book)
    workbook.worksheets[0].insert_cols(25)
    workbook.worksheets[0]["Y1"] = "My notes"
    workbook.save(book)
    code, said = run(str(newer_export(tracker)), "--output", str(book))
    assert code == 1
    assert (
        '(Y1: "My notes" in the workbook, empty in that export): nothing was written. A column '
        'of your own goes right of the tool\'s columns (after "Problems"), where a newer '
        "export carries it with its rows. To keep its edits, run on it"
    ) in " ".join(said.split())


def test_a_sorted_workbooks_message_of_rows_alike_is_refused_not_misplaced(
    tmp_path: Path,
) -> None:
    """Rows sorted, and a message typed over in the Drafts sheet of one of two rows alike
    (Tyrell / Engineering Manager, Maya Chen's and Sam Ortiz's): its link names the row it was
    at before the sort, its Company and Position name both rows, and its To and Email no one.
    It goes to neither: the run is refused, the workbook left as it is."""
    export, book = tmp_path / "export.csv", tmp_path / "tracker.xlsx"
    as_of = ["run", "--as-of", "2026-12-01", str(export), "--output", str(book)]
    export.write_text("\n".join([HUNTR + "Location,Notes", MAYA, SAM, ACME, ""]), "utf-8")
    assert CliRunner().invoke(main, as_of).exit_code == 0
    # Its To and Email emptied: they do not tell Maya's row from Sam's either (ot121 F6).
    emptied = [("Drafts", "Tyrell", title, None) for title in ("To", "Email")]
    typed_for(
        book, [(0, "", "sorted by", "Notes"), *emptied, ("Drafts", "Tyrell", "Draft", MY_EDIT)]
    )
    before = book.read_bytes()
    result = CliRunner().invoke(main, as_of)
    out = " ".join(result.output.split())
    assert (result.exit_code, book.read_bytes() == before) == (1, True)
    assert "tracker.xlsx: its rows were sorted since the last export run to it, and Drafts!J" in out
    assert (
        "typed over the message of Tyrell — Engineering Manager in the Drafts sheet, goes "
        "with no one row" in out
    )
    # ot121 F6: typing it in the row's Draft cell, as said, was refused again while it stayed.
    cell = out.split("and Drafts!")[1].split(",")[0]
    assert (
        f"Type it in that row's Draft cell instead and empty Drafts!{cell} (the run reads the "
        "Drafts sheet's text too), or sort the rows back" in out
    )


def test_a_dry_run_of_a_newer_export_adds_no_sheet_the_workbook_holds(tmp_path: Path) -> None:
    """ot121 F8: it said "a run would add the sheets Drafts, Summary and Calendars (hidden)",
    which the workbook held and the run added none of."""
    tracker, book = sample_made(tmp_path)
    source = newer_export(tracker)
    code, said = run(str(source), "--output", str(book), "--dry-run")
    assert (code, "the sheets" in said, UPDATED.replace("updated", "would be updated") in said) == (
        0,
        False,
        True,
    )


def test_a_saved_text_of_a_row_gone_names_its_application(tmp_path: Path) -> None:
    """ot118 F4: the row is named by its cells in the last export, not "row of no company"."""
    _, book = sample_made(tmp_path)
    typed_in(book, [("Drafts", "J2", "\n\nP.S. Still keen.")])
    source = newer_export(tmp_path / "Alex Kim.csv")
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-20", str(source), "--output", str(book)]
    )
    assert result.exit_code == 0
    edited = (book.parent / ".followup-backups" / "tracker.xlsx.edited.txt").read_text("utf-8")
    assert '=== the "Draft" of Open Books Nonprofit — ' in edited
    assert ", no longer in Alex Kim (1).csv; replaced by the run of " in edited


# The records the run keeps beside the backups: of the export's cells, of the tool's texts.
ENDS = (".export.json", ".last-run.json")


def test_the_same_export_again_writes_nothing(tmp_path: Path) -> None:
    """A newer export run twice: the second run writes neither the workbook nor its records."""
    tracker, book = sample_made(tmp_path)
    newer = newer_export(tracker)
    assert run(str(newer), "--output", str(book))[0] == 0
    records = [book.parent / ".followup-backups" / f"tracker.xlsx{end}" for end in ENDS]
    before = [book.read_bytes(), *(record.read_bytes() for record in records)]
    code, said = run(str(newer), "--output", str(book))
    assert (code, said.splitlines()) == (
        0,
        [
            "Alex Kim (1).csv [Alex Kim]: 43 rows — 2 Needs info, 3 Overdue, 4 Due today, 10 Due "
            "soon, 8 Scheduled, 3 Waiting, 1 Not applied, 4 Moved on, 8 Closed; 2 with problems "
            f"→ {book} (unchanged, nothing written)",
            "  8 messages to send today or overdue: see the Drafts sheet; rows 16 (no company) "
            "and 36 (Mumbai Analytics): see Problems",
        ],
    )
    assert [book.read_bytes(), *(record.read_bytes() for record in records)] == before


def test_a_newer_export_without_the_record_is_refused_as_before(tmp_path: Path) -> None:
    """A workbook made by an earlier version (no record beside the backups): which of its cells
    the last run made cannot be told, so a newer export is refused, the difference named."""
    tracker, book = sample_made(tmp_path)
    (book.parent / ".followup-backups" / "tracker.xlsx.export.json").unlink()
    before = book.read_bytes()
    code, said = run(str(newer_export(tracker)), "--output", str(book))
    assert (code, said.splitlines()[0]) == (
        1,
        "Alex Kim (1).csv: FAILED — tracker.xlsx already exists, and its cells are not Alex Kim "
        '(1).csv\'s (B2: "Brightwave" there, "Newco" in the CSV): edits made in it since, or a '
        "newer export. Nothing was written. To keep its edits, run on it (followup-batch run "
        f'"{book}") and add new rows there; to make it again from the CSV, rename or delete it '
        "first",
    )
    assert book.read_bytes() == before


def test_a_record_kept_before_its_runs_time_names_the_last_run(tmp_path: Path) -> None:
    """A record kept by an earlier version holds no time of its run: the refusal names the
    export it was made from by the last run to it, never as the file given now (ot118 F5)."""
    tracker, book = sample_made(tmp_path)
    record = book.parent / ".followup-backups" / "tracker.xlsx.export.json"
    kept = json.loads(record.read_text(encoding="utf-8"))
    record.write_text(json.dumps({k: v for k, v in kept.items() if k != "made"}), "utf-8")
    typed_in(book, [(0, "M3", "2026-11-21")])
    code, said = run(str(tracker), "--output", str(book))
    assert (code, MADE_FROM in said) == (1, False)
    assert (
        "tracker.xlsx was edited since it was made from Alex Kim.csv as run to it last " + EDITED
        in said
    )


def test_another_workbook_named_as_the_output_is_not_replaced(tmp_path: Path) -> None:
    tracker = shutil.copy(SAMPLE, tmp_path / "export.csv")
    mine = tmp_path / "My Job Search.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "My interviews"
    workbook.create_sheet("Budget")
    workbook.save(mine)
    before = mine.read_bytes()
    code, said = run(str(tracker), "--output", str(mine))
    assert code == 1
    assert (
        "My Job Search.xlsx already exists and holds sheets the tool does not make from "
        "export.csv (Budget): nothing was written." in said
    )
    assert mine.read_bytes() == before


def test_a_workbook_reaching_the_last_cell_named_as_the_output_is_refused(tmp_path: Path) -> None:
    """A cell at XFD1048576 would have calamine hold the sheet as 17 billion cells, and it
    aborts the whole run on that (no exception: a folder's other files lost with it). Refused
    by name instead, the file as it was."""
    tracker = shutil.copy(SAMPLE, tmp_path / "export.csv")
    far = tmp_path / "tracker.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Company", "Position"])
    workbook.active["XFD1048576"] = "x"
    workbook.save(far)
    before = far.read_bytes()
    code, said = run(str(tracker), "--output", str(far))
    assert code == 1
    assert "tracker.xlsx already exists and is no workbook the tool can read" in said
    assert far.read_bytes() == before


def test_the_workbook_run_in_place_reads_as_it_was_made(tmp_path: Path) -> None:
    """Made under the --output's name, its drafts are signed as its in-place runs sign them
    (ot114 F3: the CSV's name signed the first drafts, and the next run called them the
    person's text): the next run the same day writes nothing."""
    _, book = sample_made(tmp_path)
    code, said = run(str(book))
    assert code == 0
    assert said.splitlines()[0].endswith("(unchanged, nothing written)")
    assert "your text" not in said


@pytest.mark.parametrize(
    ("source", "output", "said"),
    [
        (
            "export.csv",
            "out.xlsm",
            "out.xlsm: the workbook made from export.csv holds no macros, and Excel opens it "
            "only under a .xlsx name; nothing was written. Name the output out.xlsx",
        ),
        (
            "tracker.xlsx",
            "out.csv",
            "out.csv: a workbook's run writes a workbook, with its sheets, colours and drafts, "
            "which a CSV cannot hold; nothing was written. Name the output out.xlsx, or save "
            "the sheet as CSV in your spreadsheet program and run on that",
        ),
    ],
)
def test_what_cannot_be_converted_says_what_to_name_the_output(
    tmp_path: Path, source: str, output: str, said: str
) -> None:
    tracker = shutil.copy(SAMPLE.with_suffix(Path(source).suffix), tmp_path / source)
    code, out = run(str(tracker), "--output", str(tmp_path / output))
    assert code == 2
    assert said in " ".join(out.replace("│", " ").split())
    assert sorted(p.name for p in tmp_path.iterdir()) == [source]


def test_the_library_reports_name_the_csv(tmp_path: Path) -> None:
    tracker = shutil.copy(SAMPLE, tmp_path / "tracker.csv")
    options = fb.RunOptions(as_of="2026-11-20", output=tmp_path / "out.xlsx", collect=True)
    (report,) = fb.process_file(tracker, fb.load_config(None), options)
    assert (report.path, report.file, report.written) == (
        Path(tracker),
        "tracker.csv",
        tmp_path / "out.xlsx",
    )
    assert report.items is not None
    assert set(report.items["path"]) == {str(tracker)}
    assert not list(tmp_path.glob("tracker.xlsx"))


@pytest.mark.parametrize(
    ("stem", "sheet"),
    [
        ("Maya Chen", "Maya Chen"),
        ("applications", "applications"),
        ("Job Applications 2f3a9c1e7b4d4e0a8c5d3e2f1a0b9c8d", "Tracker"),  # over 31 characters
        ("Drafts", "Tracker"),  # the tool's own sheets' names
        ("summary", "Tracker"),
        ("Q4 [old]", "Tracker"),  # what Excel refuses in a sheet's name
        ("a/b", "Tracker"),
        ("'quoted'", "Tracker"),
        ("  ", "Tracker"),
    ],
)
def test_the_sheet_takes_the_csvs_name_when_it_can(stem: str, sheet: str) -> None:
    assert sheet_name(stem) == sheet


# ot132 F6: the note of unsigned drafts named the --output workbook's name as "the file name",
# as it names the tracker's in a CSV run and in check: it says which file's name signs them,
# and to name that one. (The command after the tracker's path, the note.)
UNSIGNED_NOTES = [
    (
        ["run", "--as-of", "2026-11-20", "--output", "out_jobs.xlsx"],
        'drafts are unsigned: the name of the workbook --output writes, "out_jobs", signs them '
        "(not the CSV's) and is not a person's name; name that workbook after yourself or your "
        'client (--output "Maya Chen.xlsx"), add a Client column or set [sender] name in the '
        "config",
    ),
    (
        ["run", "--as-of", "2026-11-20", "--output", "out_jobs.csv"],
        'drafts are unsigned: the file name "applications" is not a person\'s name; name the '
        'file after yourself or your client ("Maya Chen.xlsx"), add a Client column or set '
        "[sender] name in the config",
    ),
    (
        ["check"],
        'drafts are unsigned: the file name "applications" is not a person\'s name; name the '
        'file after yourself or your client ("Maya Chen.xlsx"), add a Client column or set '
        "[sender] name in the config",
    ),
]


@pytest.mark.parametrize(("command", "note"), UNSIGNED_NOTES)
def test_the_unsigned_note_names_the_file_whose_name_signs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], note: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("applications.csv").write_text(
        "Company,Position,Date Applied\nIBM,Data Analyst,2026-11-10\n", encoding="utf-8"
    )
    verb, *rest = command
    result = CliRunner().invoke(main, [verb, "applications.csv", *rest])
    assert result.exit_code == 0, result.output
    assert note in " ".join(result.output.replace("│", " ").split())


# A CSV run in place (its tool columns appended) and run to a workbook the tool made of it
# (fx350: refused, "the tool's 12 columns appear twice"): the workbook is the tool's output of
# that CSV, so it is updated, the CSV's own copy of the tool's columns left out of its cells.
# Refused still when the workbook is no output of the CSV, or holds an edit the run would
# lose. (the runs before, in order: "in place" or "to X"; what else is done to X; the refusal)
EDITED_SINCE = (
    "X.xlsx was edited since it was made from tracker.csv as run to it on {made} (B3: "
    '"Changed Co" in the workbook, "Loopline" in that export): nothing was written. To keep '
    'its edits, run on it (followup-batch run "{x}") and add the new rows there; to make it '
    "again from tracker.csv, rename or delete it first"
)
NOT_THE_CSVS = (
    'X.xlsx already exists, and its cells are not tracker.csv\'s (A1: "Name" there, '
    '"Client" in the CSV): edits made in it since, or a newer export. Nothing was written.'
)
RUN_IN_PLACE_FIRST = {
    "made of it, then run in place": (["to X", "in place"], None, None),
    "run in place, then made of it": (["in place", "to X"], None, None),
    "made of it, run in place, a cell of X edited": (["to X", "in place"], "edited", EDITED_SINCE),
    "another workbook of that name": (["in place"], "another", NOT_THE_CSVS),
}


@pytest.mark.parametrize(
    ("before", "change", "refused"), RUN_IN_PLACE_FIRST.values(), ids=RUN_IN_PLACE_FIRST.keys()
)
def test_a_csv_run_in_place_updates_the_workbook_made_of_it(
    tmp_path: Path, before: list[str], change: str | None, refused: str | None
) -> None:
    tracker, x, fresh = tmp_path / "tracker.csv", tmp_path / "X.xlsx", tmp_path / "Fresh.xlsx"
    shutil.copyfile(SAMPLE, tracker)
    for step in before:
        code, _ = run(str(tracker), *(["-o", str(x)] if step == "to X" else []))
        assert code == 0
    assert "Follow-up status" in tracker.read_text(encoding="utf-8").splitlines()[0]
    if change == "edited":
        book = openpyxl.load_workbook(x)
        book.worksheets[0]["B3"] = "Changed Co"
        book.save(x)
    elif change == "another":
        book = openpyxl.Workbook()
        assert book.active is not None
        book.active.append(["Name", "Notes"])
        book.save(x)
    held = x.read_bytes()

    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-21", str(tracker), "-o", str(x)])

    said = " ".join(result.output.split())
    if refused is not None:
        assert result.exit_code == 1
        record = tmp_path / ".followup-backups" / "X.xlsx.export.json"
        made = json.loads(record.read_text())["made"] if change == "edited" else ""
        assert refused.format(made=made, x=x) in said
        assert x.read_bytes() == held
        return
    assert result.exit_code == 0, said
    assert "appear twice" not in said
    # Reopened: the tool's columns once, answering as of the 21st as a workbook made afresh
    # of the CSV does.
    made = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-21", str(tracker), "-o", str(fresh)]
    )
    assert made.exit_code == 0
    header = [c.value for c in openpyxl.load_workbook(x).worksheets[0][1]]
    assert header == [c.value for c in openpyxl.load_workbook(fresh).worksheets[0][1]]
    assert header.count("Follow-up status") == 1
    assert [{k: shown(r[k]) for k in ANSWERS} for r in sheet_rows(x)] == [
        {k: shown(r[k]) for k in ANSWERS} for r in sheet_rows(fresh)
    ]
    # Run again: nothing changes.
    written = x.read_bytes()
    again = CliRunner().invoke(main, ["run", "--as-of", "2026-11-21", str(tracker), "-o", str(x)])
    assert again.exit_code == 0
    assert x.read_bytes() == written
