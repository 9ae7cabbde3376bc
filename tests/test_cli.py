"""The command line: exit codes, exact messages, and what lands in the files."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import fcntl
import io
import json
import os
import plistlib
import re
import stat
import subprocess
import sys
import time
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import click
import openpyxl
import pytest
from click.testing import CliRunner
from icalendar import Calendar
from mail import parse

from followup_batch.cli import main
from followup_batch.errors import Terminated
from followup_batch.schedule.business_days import calendar_title
from followup_batch.write import atomic
from followup_batch.write.locks import lock_path

HEADERS = [
    "Company",
    "Position",
    "Interview Date",
    "Interview Type",
    "Seniority",
    "Industry",
    "Country",
    "Thank-you Sent",
    "Outcome",
    "My notes",
]
ROWS = [
    [
        "Acme",
        "Data Analyst",
        dt.datetime(2026, 11, 20),
        "Video",
        "Senior",
        "Software",
        "US",
        None,
        None,
        "keep me",
    ],
    [
        "Globex",
        "Engineer",
        dt.datetime(2026, 11, 19),
        "Phone",
        None,
        "Banking",
        "GB",
        "yes",
        None,
        "=1+1",
    ],
    [None, "Designer", dt.datetime(2026, 11, 2), "Onsite", None, None, "DE-BY", None, None, None],
    [
        "Initech",
        "PM",
        dt.datetime(2026, 10, 1),
        "Final",
        "VP",
        "Government",
        "US",
        "x",
        "Offer",
        None,
    ],
]


def make_tracker(path: Path, rows: list[list[object]] = ROWS, headers: list[str] = HEADERS) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Jobs"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def make_csv(path: Path) -> Path:
    path.write_text(
        "Company,Position,Interview Date,Interview Type,Country\n"
        'Acme,"Analyst, Data",2026-11-20,video,US\n'
        "Globex,Engineer,2026-11-19,phone,GB\n",
        encoding="utf-8",
    )
    return path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def read_back(path: Path, sheet: str = "Jobs", values: bool = False) -> dict[str, list[object]]:
    """The sheet's columns by header: formulas as written, or with ``values`` their saved
    values (a live status is a formula whose saved value is the run's word)."""
    wb = openpyxl.load_workbook(path, data_only=values)
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    return {
        str(h): [ws.cell(r, i + 1).value for r in range(2, ws.max_row + 1)]
        for i, h in enumerate(header)
    }


def test_run_in_place_writes_the_columns(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    code, out, err = invoke("run", str(tracker), "--as-of", "2026-11-20")
    assert code == 0, err
    assert out == (
        "tracker.xlsx [Jobs]: 4 rows — 1 Needs info, 1 Due soon, 1 Scheduled, "
        "1 Closed; 1 with problems\n"
        "  row 4 (no company): see Problems\n"
    )
    cols = read_back(tracker)
    statuses = read_back(tracker, values=True)["Follow-up status"]
    assert statuses == ["Due soon", "Scheduled", "Needs info", "Closed"]
    assert str(cols["Follow-up status"][0]).startswith("=IF(")  # live: follows TODAY()
    # The row without a company sends nothing until it is filled in (ot81 F4).
    assert cols["Next action"] == ["Thank-you note", "1st check-in", "—", "—"]
    assert cols["My notes"] == ["keep me", "=1+1", None, None]
    assert cols["1st check-in due"][0] == dt.datetime(2026, 12, 1)
    assert "Company is empty" in str(cols["Problems"][2])


def test_run_twice_changes_nothing(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    invoke("run", str(tracker), "--as-of", "2026-11-20")
    first = read_back(tracker)
    code, _, _ = invoke("run", str(tracker), "--as-of", "2026-11-20")
    assert code == 0
    assert read_back(tracker) == first
    assert list(first).count("Follow-up status") == 1


def test_an_export_that_fails_keeps_the_report_and_the_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The calendar cannot be written (the disk filled up): that export fails, after the
    trackers' lines, the digest is still written, the JSON summary names the failure, and the
    exit code is 1. (A path the run could not write at all is refused before any tracker:
    test_an_export_that_cannot_be_replaced_is_refused_before_the_tracker_is_written.)"""
    from followup_batch.exports import outputs

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs, "write_ics", disk_full)
    tracker = make_csv(tmp_path / "tracker.csv")
    calendar = tmp_path / "due.ics"
    code, out, err = invoke(
        "run",
        str(tracker),
        "--as-of",
        "2026-11-20",
        "--ics",
        str(calendar),
        "--digest",
        str(tmp_path / "digest.html"),
        "--json",
    )
    assert code == 1
    failure = f"cannot write the calendar {calendar}: No space left on device"
    assert err.splitlines()[-1] == f"exports: FAILED — {failure}"
    summary = json.loads(out)
    assert summary["export_error"] == failure
    assert summary["exports"] == [
        {"kind": "calendar", "path": str(calendar), "written": False},
        {"kind": "digest", "path": str(tmp_path / "digest.html"), "written": True},
    ]
    assert [f["ok"] for f in summary["files"]] == [True]
    assert (tmp_path / "digest.html").exists()


def test_output_leaves_the_input_alone(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    before = tracker.read_bytes()
    target = tmp_path / "checked.xlsx"
    code, out, _ = invoke("run", str(tracker), "--as-of", "2026-11-20", "--output", str(target))
    assert code == 0
    assert out.splitlines() == [
        "tracker.xlsx [Jobs]: 4 rows — 1 Needs info, 1 Due soon, 1 Scheduled, 1 Closed; "
        f"1 with problems → {target}",
        "  row 4 (no company): see Problems",
    ]
    assert tracker.read_bytes() == before
    assert read_back(target)["Next action"][0] == "Thank-you note"


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    before = tracker.read_bytes()
    code, out, _ = invoke("run", str(tracker), "--as-of", "2026-11-20", "--dry-run")
    assert code == 0
    assert out.endswith("(dry run, nothing written)\n")
    assert tracker.read_bytes() == before


def test_csv_in_csv_out(tmp_path: Path) -> None:
    tracker = make_csv(tmp_path / "tracker.csv")
    original = tracker.read_text(encoding="utf-8").splitlines()
    code, out, err = invoke("run", str(tracker), "--as-of", "2026-11-20")
    assert code == 0, err
    assert out.startswith("tracker.csv: 2 rows")
    records = list(csv.reader(io.StringIO(tracker.read_text(encoding="utf-8"), newline="")))
    text = tracker.read_text(encoding="utf-8")
    for line in original:
        assert line + "," in text  # the user's cells byte for byte, ours after them
    assert records[0][5:] == [
        "Follow-up status",
        "Next action",
        "Next due",
        "Thank-you due",
        "1st check-in due",
        "2nd check-in due",
        "Final follow-up due",
        "Networking due",
        "Draft subject",
        "Draft",
        "Why",
        "Problems",
    ]
    assert records[1][1] == "Analyst, Data"
    assert records[1][5:8] == ["Due soon", "Thank-you note", "2026-11-21"]
    assert records[1][13] == "Thank you for the Analyst, Data interview at Acme"
    assert records[1][14].startswith("Hello,\n\nThank you for taking the time")
    assert records[1][14].endswith("Best regards,")  # no name: never the file's name
    assert records[1][15].startswith("Thank-you note: the day after the video interview")


@pytest.mark.parametrize("command", ["run", "check"])
def test_a_csv_quote_closed_by_a_later_row_fails_the_file_and_writes_nothing(
    tmp_path: Path, command: str
) -> None:
    """A quote typed before "Loopline" and closed by the next row's quoted Position merged the
    two rows: `check` said "Problems: none" and Loopline got no follow-up (outside test OT18
    F1). The file is refused, as one whose quote is never closed is."""
    tracker = tmp_path / "tracker.csv"
    tracker.write_bytes(
        b"Company,Position,Date Applied,Interview Date\n"
        b'"Loopline,PM,,2026-11-20\n'
        b'Pixelforge,"Product Manager, Games",,2026-11-17\n'
    )
    before = tracker.read_bytes()
    code, out, err = invoke(command, str(tracker), "--as-of", "2026-11-20")
    assert code == 1
    line = {"run": "FAILED", "check": "NOT READ"}[command]
    assert f'tracker.csv: {line} — it has a quote (") starting a cell on line 2 that is not ' in (
        out + err
    )
    assert tracker.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tracker.csv"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--as-of", "2026-13-01"],
            "Error: Invalid value for '--as-of': '2026-13-01' is not a date; write it as "
            "YYYY-MM-DD, e.g. 2026-11-20, or leave --as-of out for today",
        ),
        (
            ["--as-of", "yesterday"],
            "Error: Invalid value for '--as-of': 'yesterday' is not a date; write it as "
            "YYYY-MM-DD, e.g. 2026-11-20, or leave --as-of out for today",
        ),
        (  # today is the default, and the one word taken (ot119 F9): not another day's
            ["--as-of", "tomorrow"],
            "Error: Invalid value for '--as-of': 'tomorrow' is not a date; write it as "
            "YYYY-MM-DD, e.g. 2026-11-20, or leave --as-of out for today",
        ),
        (
            ["--as-of", "0001-01-01"],
            "Error: Invalid value for '--as-of': '0001-01-01' is outside the dates the tool "
            "computes with (1900-01-01 to 2199-12-31)",
        ),
        (
            ["--as-of", "9998-12-31"],
            "Error: Invalid value for '--as-of': '9998-12-31' is outside the dates the tool "
            "computes with (1900-01-01 to 2199-12-31)",
        ),
    ],
)
def test_bad_as_of_is_a_usage_error(tmp_path: Path, args: list[str], message: str) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    code, _, err = invoke("run", str(tracker), *args)
    assert code == 2
    assert err.splitlines()[-1] == message


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-20", dt.date(2026, 11, 20)),
        (" 2026-11-20 ", dt.date(2026, 11, 20)),
        ("20261120", dt.date(2026, 11, 20)),  # as a tracker's cell may hold it
        ("2024-02-29", dt.date(2024, 2, 29)),
        # The default, as if --as-of were left out (ot119 F9: refused, though the default).
        ("today", None),
        (" Today ", None),
        ("TODAY", None),
    ],
)
def test_as_of_dates(text: str, day: dt.date | None) -> None:
    from followup_batch.cli.options import IsoDate

    assert IsoDate().convert(text, None, None) == day


@pytest.mark.parametrize(
    "text", ["2026-W47-5", "2026W475", "2026-W47", "2026-324", "2026-11-20T10:00", "26-11-20"]
)
def test_as_of_refuses_what_the_help_does_not_name(text: str) -> None:
    """ISO week dates were taken (Python's fromisoformat reads them), though the help and the
    error say YYYY-MM-DD (ot29 F7)."""
    from followup_batch.cli.options import IsoDate

    with pytest.raises(click.BadParameter) as refused:
        IsoDate().convert(text, None, None)
    assert refused.value.message == (
        f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20, or leave the option "
        "out for today"
    )


def test_bad_config_names_the_key(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    config = tmp_path / "coach.toml"
    config.write_text("[rules.check_in_1]\nbase_dx = 6\n", encoding="utf-8")
    code, _, err = invoke("run", str(tracker), "--config", str(config))
    assert code == 2
    assert "unknown rule key rules.check_in_1.base_dx" in err
    assert "base_bd" in err  # the valid choices are listed


@pytest.mark.parametrize(
    ("config", "options", "message"),
    [
        # Notepad's "Unicode" (UTF-16 with a BOM), or a workbook passed by mistake.
        (
            "\ufeffcountry = 'GB'\n".encode("utf-16"),
            [],
            "{config} is not UTF-8 text (a config is a TOML text "
            'file); save it as UTF-8 (in Notepad: Save As, Encoding "UTF-8")',
        ),
        (
            b'encoding = "klingon"\n',
            [],
            '{config}: encoding: "klingon" is not an encoding Python knows; try utf-8, '
            "cp1252, latin-1 or utf-16",
        ),
        (
            b"",
            ["--encoding", "klingon"],
            'Invalid value for --encoding: "klingon" is not an encoding Python knows; try '
            "utf-8, cp1252, latin-1 or utf-16",
        ),
    ],
)
def test_an_unreadable_config_or_encoding_stops_before_any_file(
    tmp_path: Path, config: bytes, options: list[str], message: str
) -> None:
    """Checked like --as-of and --map: exit 2 and one line, and no tracker touched (an xlsx
    beside a CSV was written before, the CSV failing as an internal error)."""
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    csv_file = make_csv(tmp_path / "tracker.csv")
    path = tmp_path / "coach.toml"
    path.write_bytes(config)
    before = tracker.read_bytes(), csv_file.read_bytes()
    code, _, err = invoke(
        "run", str(tmp_path), "--as-of", "2026-11-20", "--config", str(path), *options
    )
    assert code == 2
    assert err.splitlines()[-1] == "Error: " + message.format(config=path)
    # A config's mistake is one line (ot30 F14: it came with Usage and --help lines, as
    # "Invalid value for --config"); a mistyped option keeps them.
    assert len(err.splitlines()) == (4 if options else 1)
    assert (tracker.read_bytes(), csv_file.read_bytes()) == before


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = invoke("run", str(tmp_path / "nope.xlsx"))
    assert code == 2
    assert "no such file, folder or matching files" in err


def test_an_old_spreadsheet_beside_trackers_fails_loudly(tmp_path: Path) -> None:
    """A client's .xls, .ods or flat-XML .fods in a coach's folder is not skipped in silence
    (that client would get no follow-ups): each is a FAILED line saying how to save it, and is
    named in the digest; the trackers are run (fx347: a .fods was passed over)."""
    folder = tmp_path / "clients"
    folder.mkdir()
    make_csv(folder / "Maya Chen.csv")
    (folder / "Old Client.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with zipfile.ZipFile(folder / "Libre.ods", "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    (folder / "Flat.fods").write_bytes(
        b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document '
        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body>'
        b"<office:spreadsheet/></office:body></office:document>\n"
    )
    digest = tmp_path / "digest.md"
    code, out, err = invoke(
        "run", str(folder), "--as-of", "2026-11-20", "--json", "--digest", str(digest)
    )
    assert code == 1
    assert "## Trackers not read (3)\n\n- Flat.fods: it is an OpenDocument" in (
        digest.read_text(encoding="utf-8")
    )
    failed = {Path(f["path"]).name: f["error"] for f in json.loads(out)["files"] if not f["ok"]}
    assert sorted(failed) == ["Flat.fods", "Libre.ods", "Old Client.xls"]
    assert "save it as .xlsx" in failed["Old Client.xls"]
    assert "Save it as .xlsx" in failed["Libre.ods"]
    assert "(.fods)" in failed["Flat.fods"]
    assert "Save it as .xlsx" in failed["Flat.fods"]
    assert (
        "3 of 4 files failed (Flat.fods, Libre.ods, Old Client.xls); the others were processed."
        in err
    )
    assert "Follow-up status" in (folder / "Maya Chen.csv").read_text(encoding="utf-8")


GSHEET = (
    "Ben Ode.gsheet: FAILED — it is a Google Sheets link, not the sheet: the sheet is in Google "
    "Drive online. Open it, then File > Download > Microsoft Excel (.xlsx) into this folder, and "
    "run again"
)
ICLOUD = (
    ".Carla Diaz.xlsx.icloud: FAILED — it is iCloud's stand-in for Carla Diaz.xlsx, which iCloud "
    'has not downloaded yet: open the folder in Finder (or run brctl download "Carla Diaz.xlsx" '
    "in it), then run again"
)
# What Google Drive and iCloud leave in a synced folder in place of a client's tracker: passed
# over in silence in a folder, so that client went unfollowed every night, and named directly
# called a damaged tracker (ot58 F4). (files beside Maya Chen.csv; what is run: the folder, or
# the file named; exit code; stderr's lines)
STAND_INS = {
    "in a folder": (
        ["Ben Ode.gsheet", ".Carla Diaz.xlsx.icloud", "cover letter.gdoc", ".photo.jpg.icloud"],
        "clients",
        1,
        [
            ICLOUD,
            GSHEET,
            "2 of 3 files failed (.Carla Diaz.xlsx.icloud, Ben Ode.gsheet); the others were "
            "processed.",
        ],
    ),
    "downloaded beside it": (
        ["Ben Ode.gsheet", "Ben Ode.csv", ".Carla Diaz.xlsx.icloud", "Carla Diaz.xlsx"],
        "clients",
        0,
        [],
    ),
    # A glob as the folder, but for iCloud's hidden stand-in, which `*` does not match (fx91).
    "a glob": (
        ["Ben Ode.gsheet", ".Carla Diaz.xlsx.icloud", "cover letter.gdoc"],
        "clients/*",
        1,
        [GSHEET, "1 of 2 files failed (Ben Ode.gsheet); the others were processed."],
    ),
    "named": (["Ben Ode.gsheet"], "clients/Ben Ode.gsheet", 1, [GSHEET, "1 of 1 file failed."]),
    "named, iCloud": (
        [".Carla Diaz.xlsx.icloud"],
        "clients/.Carla Diaz.xlsx.icloud",
        1,
        [ICLOUD, "1 of 1 file failed."],
    ),
    "named, a document": (
        ["cover letter.gdoc"],
        "clients/cover letter.gdoc",
        1,
        [
            "cover letter.gdoc: FAILED — it is a Google Docs link, a document in Google Drive "
            "online, not a tracker",
            "1 of 1 file failed.",
        ],
    ),
}


@pytest.mark.parametrize(("files", "given", "code", "said"), STAND_INS.values(), ids=STAND_INS)
def test_a_sync_client_s_stand_in_for_a_tracker_fails_saying_what_to_do(
    tmp_path: Path, files: list[str], given: str, code: int, said: list[str]
) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    make_csv(folder / "Maya Chen.csv")
    for name in files:
        if name.endswith(".icloud"):  # a binary property list naming the file
            data = plistlib.dumps({"NSURLNameKey": name[1:-7]}, fmt=plistlib.FMT_BINARY)
        elif name.endswith(".gsheet"):
            data = b'{"url": "https://docs.google.com/spreadsheets/d/1AbC/edit", "doc_id": "1AbC"}'
        elif name.endswith(".xlsx"):  # downloaded
            data = make_tracker(tmp_path / name).read_bytes()
        else:
            data = (folder / "Maya Chen.csv").read_bytes()  # a download, or not the tracker
        (folder / name).write_bytes(data)
    stand_ins = [name for name in files if name.endswith((".gsheet", ".gdoc", ".icloud"))]
    before = {name: (folder / name).read_bytes() for name in stand_ins}
    result = invoke("run", str(tmp_path / given), "--as-of", "2026-11-20", "-q")
    assert result[0] == code
    assert result[2].splitlines() == said
    assert {name: (folder / name).read_bytes() for name in stand_ins} == before
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == sorted(
        [
            "Maya Chen.csv",
            *(n for n in files if not n.startswith(".")),
        ]
    )  # nothing written beside a stand-in


NO_TRACKERS = "a folder without trackers (.xlsx, .xlsm, .csv or .tsv files)"
NOTHING = "no such file, folder or matching files"
UNREAD = "not read: save them as .xlsx"


# A nightly job pointed at the wrong folder, or a glob that matches no tracker, must not
# succeed in silence; a glob names the old spreadsheets it matched, as a folder does (fx91).
# (the files in clients/; what is given; what the error says of it)
@pytest.mark.parametrize(
    ("files", "given", "said"),
    [
        ([], "clients", f"clients: {NO_TRACKERS}"),
        (["notes.txt", "~$open.xlsx"], "clients", f"clients: {NO_TRACKERS}"),  # nothing read
        (
            ["old.ods", "older.xls"],
            "clients",
            f"clients: {NO_TRACKERS}; its .ods, .xls files are {UNREAD}",
        ),
        ([], "clients/*", f"clients/*: {NOTHING}"),
        (["notes.txt", "~$open.xlsx", ".~lock.open.xlsx#"], "clients/*", f"clients/*: {NOTHING}"),
        (
            ["old.ods", "older.xls"],
            "clients/*",
            "clients/*: matches no trackers (.xlsx, .xlsm, .csv or .tsv files); the .ods, .xls "
            f"files it matches are {UNREAD}",
        ),
        (
            ["old.ods", "older.xls", "Ann.xlsx"],
            "clients/*.xls",
            "clients/*.xls: matches no trackers (.xlsx, .xlsm, .csv or .tsv files); the .xls "
            f"files it matches are {UNREAD}",
        ),
    ],
)
@pytest.mark.parametrize("command", ["run", "digest", "check"])
def test_a_folder_or_glob_without_trackers_is_a_usage_error(
    tmp_path: Path, files: list[str], given: str, said: str, command: str
) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    for name in files:
        (folder / name).write_text("x", encoding="utf-8")
    code, _, err = invoke(command, str(tmp_path / given), "--as-of", "2026-11-20")
    assert code == 2
    assert err.splitlines()[-1] == f"Error: Invalid value for PATH: {tmp_path}/{said}"


NUMBERS = (
    "is an Apple Numbers spreadsheet, which is not supported. Export it from Numbers as Excel "
    "(File > Export To > Excel) and run again."
)


# A Numbers document saved as a package is a folder: it said "a folder without trackers"
# where the zipped one says Numbers is not supported (ot92 F7). A folder merely named
# "numbers", or one with an "Index" of other files, is a folder without trackers.
@pytest.mark.parametrize(
    ("folder", "files", "said"),
    [
        (
            "Jobs.numbers",
            ["Index/Document.iwa", "Metadata/Properties.plist"],
            f"Jobs.numbers {NUMBERS}",
        ),
        ("Jobs.NUMBERS", ["Index/Document.iwa"], f"Jobs.NUMBERS {NUMBERS}"),
        ("Jobs.numbers", [], f"Jobs.numbers {NUMBERS}"),
        ("Jobs", ["Index/Document.iwa", "Index/Tables/DataList.iwa"], f"Jobs {NUMBERS}"),
        ("numbers", ["notes.txt"], f"{{tmp}}/numbers: {NO_TRACKERS}"),
        ("clients", ["Index/notes.txt"], f"{{tmp}}/clients: {NO_TRACKERS}"),
    ],
)
@pytest.mark.parametrize("command", ["run", "check"])
def test_a_numbers_package_folder_says_numbers_is_not_supported(
    tmp_path: Path, folder: str, files: list[str], said: str, command: str
) -> None:
    for name in files:
        (tmp_path / folder / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / name).write_bytes(b"\x00")
    (tmp_path / folder).mkdir(exist_ok=True)
    code, _, err = invoke(command, str(tmp_path / folder), "--as-of", "2026-11-20")
    assert code == 2
    assert err.splitlines()[-1] == "Error: Invalid value for PATH: " + said.format(tmp=tmp_path)


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    make_tracker(tmp_path / "a.xlsx")
    (tmp_path / "b.xlsx").write_bytes(b"not a workbook at all")
    make_tracker(tmp_path / "c.xlsx", headers=["Firm", "Title", "Status"])
    make_tracker(tmp_path / "d.xlsx")
    code, out, err = invoke("run", str(tmp_path), "--as-of", "2026-11-20")
    assert code == 1
    assert out.count("4 rows") == 2  # a.xlsx and d.xlsx were processed
    assert "b.xlsx: FAILED" in err
    assert "c.xlsx: FAILED" in err and "Interview Date" in err
    assert "2 of 4 files failed (b.xlsx, c.xlsx); the others were processed." in err


@pytest.mark.parametrize("lock", ["~$t.xlsx", ".~lock.t.xlsx#"])
def test_a_tracker_open_in_excel_can_be_written_elsewhere(tmp_path: Path, lock: str) -> None:
    # --output only reads the tracker (as a digest does); the copy is what is written.
    tracker = make_tracker(tmp_path / "t.xlsx")
    (tmp_path / lock).write_bytes(b"owner")
    before = tracker.read_bytes()
    copy = tmp_path / "copy.xlsx"
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "--output", str(copy))
    assert code == 0, err
    assert tracker.read_bytes() == before
    statuses = read_back(copy, values=True)["Follow-up status"]
    assert len(statuses) == 4 and all(statuses)
    # In place, it is still refused.
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-20")
    assert code == 1 and "t.xlsx: skipped: open in" in err and "FAILED" not in err
    assert tracker.read_bytes() == before


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_tracker_open_elsewhere_still_reaches_the_runs_exports(tmp_path: Path, jobs: str) -> None:
    """A client who leaves the workbook open overnight: it is not written, but its follow-ups,
    from its last save, are in the coach's digest, calendar and drafts as the digest command
    gives them; they vanished from all three before."""
    folder = tmp_path / "clients"
    folder.mkdir()
    make_csv(folder / "Jo Park.csv")
    locked = make_tracker(folder / "Maya Chen.xlsx")
    (folder / ".~lock.Maya Chen.xlsx#").write_bytes(b"owner")
    before = locked.read_bytes()
    digest, ics, eml = tmp_path / "d.md", tmp_path / "c.ics", tmp_path / "eml"
    args = ["--as-of", "2026-11-20", "--jobs", jobs, "--digest", str(digest)]
    code, _, err = invoke("run", str(folder), *args, "--ics", str(ics), "--eml-dir", str(eml))
    assert code == 1  # as documented: the file was not written
    # One line: a skip, not a failure (outside test ot21, F8).
    [said] = [line for line in err.splitlines() if line.startswith("Maya Chen.xlsx")]
    assert said == (
        "Maya Chen.xlsx: skipped: open in LibreOffice (.~lock.Maya Chen.xlsx# exists); close it "
        "and run again — its follow-ups are in this run's exports from its last save. If nobody "
        "has it open (LibreOffice may have crashed and left the lock file), delete "
        ".~lock.Maya Chen.xlsx# and run again"
    )
    assert locked.read_bytes() == before
    alone = tmp_path / "alone.md"
    assert invoke("digest", str(folder), "--as-of", "2026-11-20", "--markdown", str(alone))[0] == 0
    # The run's page says that the workbook was not updated (outside test ot15, finding 4).
    said = (
        alone.read_text().splitlines()[2]
        + "; 1 tracker was not updated, counted from its last save"
    )
    assert digest.read_text().splitlines()[2] == said
    assert "Maya Chen" in digest.read_text() and "could not be read" not in digest.read_text()
    assert "Acme" in ics.read_text() and "Jo Park" in ics.read_text()
    assert any(p.name.startswith("maya-chen-") for p in eml.iterdir())


@pytest.mark.parametrize("command", ["run", "digest"])
def test_a_tracker_that_cannot_be_read_keeps_its_calendar_events(
    tmp_path: Path, command: str
) -> None:
    """A nightly run that finds one client's tracker damaged (or open in another run) keeps
    that client's events in the calendar; it cancelled every one of them before."""
    folder = tmp_path / "clients"
    folder.mkdir()
    make_csv(folder / "Jo Park.csv")
    maya = make_tracker(folder / "Maya Chen.xlsx")
    ics = tmp_path / "c.ics"
    args = ["--as-of", "2026-11-20", "--ics", str(ics)]
    assert invoke(command, str(folder), *args)[0] == 0
    before = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    mayas = [e for e in before if "Maya" in e["SUMMARY"]]
    assert mayas
    maya.write_bytes(maya.read_bytes()[:300])  # damaged: a sync cut it short
    line = f"calendar: 2 events, {len(mayas)} kept as they were (trackers not read) → {ics}"
    if command == "run":  # a dry run says so too, and writes nothing
        before_bytes = ics.read_bytes()
        code, out, err = invoke(command, str(folder), *args, "--dry-run")
        assert f"{line} (dry run, not written)" in out
        assert ics.read_bytes() == before_bytes

    code, out, err = invoke(command, str(folder), *args)
    assert code == 1
    assert line in out + err
    after = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert [e for e in after if "Maya" in e["SUMMARY"]] == mayas
    assert [e.get("STATUS") for e in after] == [None] * (2 + len(mayas))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_locked_corrupt_and_read_only_files_in_the_middle_of_a_folder(
    tmp_path: Path, jobs: str
) -> None:
    """The issue's 2 a.m. case: three bad files among good ones, in one or two processes."""
    make_tracker(tmp_path / "a.xlsx")
    locked = make_tracker(tmp_path / "b.xlsx")
    (tmp_path / "~$b.xlsx").write_bytes(b"lock")  # open in Excel
    (tmp_path / "c.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    read_only = make_tracker(tmp_path / "d.xlsx")
    read_only.chmod(0o444)
    make_tracker(tmp_path / "e.xlsx")
    before = {p.name: p.read_bytes() for p in (locked, tmp_path / "c.xlsx", read_only)}
    code, out, err = invoke("run", str(tmp_path), "--as-of", "2026-11-20", "--jobs", jobs)
    assert code == 1
    assert [line.split(" ")[0] for line in out.splitlines() if "4 rows" in line] == [
        "a.xlsx",
        "e.xlsx",
    ]
    failures = [line for line in err.splitlines() if "FAILED" in line]
    assert [line.split(":")[0] for line in failures] == ["c.xlsx", "d.xlsx"]
    assert "b.xlsx: skipped: open in Excel (~$b.xlsx exists); close it and run again. " in err
    assert "d.xlsx: FAILED — it is read-only; nothing was written" in failures[1]
    # Not updated, as the exit code says, but no failure: the end line counts it apart.
    assert err.splitlines()[-1] == (
        "2 of 5 files failed (c.xlsx, d.xlsx) and 1 skipped as open in Excel or LibreOffice "
        "(b.xlsx); the others were processed."
    )
    assert "Traceback" not in err
    assert {p.name: p.read_bytes() for p in (locked, tmp_path / "c.xlsx", read_only)} == before
    assert stat.S_IMODE(read_only.stat().st_mode) == 0o444
    assert read_back(tmp_path / "a.xlsx")["Follow-up status"][0]
    assert read_back(tmp_path / "e.xlsx")["Follow-up status"][0]


def read_only(tracker: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Marked read-only (chmod 444)."""
    tracker.chmod(0o444)


def hard_linked(tracker: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Given a second name (``ln``), as a backup script or a synced copy may."""
    os.link(tracker, tracker.with_name("same file.xlsx"))


def backups_a_file(tracker: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file where the run makes its .followup-backups folder."""
    (tracker.parent / atomic.BACKUP_DIR).write_text("notes\n", encoding="utf-8")


def folder_read_only(tracker: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that takes no new file (chmod 555, a read-only share), as ``os.access`` and
    ``os.open`` say it to all but root."""
    folder, can, opens = tracker.parent, os.access, os.open

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == folder and mode & os.W_OK:
            return False
        return can(path, mode, **kwargs)  # type: ignore[arg-type]

    def refused(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if Path(str(path)).parent == folder and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return opens(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "open", refused)


# A dry run writes nothing, so a tracker a run cannot replace where it is is no failure of
# it: its result is shown and the run's refusal said (fx293: `FAILED — it is read-only`, exit
# 1; fx303: hard-linked, or where its lock file or backup folder cannot be made, the same), as
# for a file open in Excel; the file stays as it is. The run itself still fails it. (what
# keeps the run from writing it; the run's reason, said by the dry run)
NOT_REPLACEABLE = {
    "read-only": (
        read_only,
        "it is read-only; nothing was written. Make it writable to let followup-batch update "
        "it, or write the result elsewhere with --output",
    ),
    "hard-linked": (
        hard_linked,
        "it has 2 hard links (other names for the same file); replacing it would split them, "
        "leaving the other names with the old version. Write to a copy with --output, or remove "
        "the extra links, then run again",
    ),
    "backups folder a file": (
        backups_a_file,
        "its backup could not be written: {folder}/.followup-backups is a file, not a folder. "
        "Nothing was written and the file is as it was; remove .followup-backups (or make it a "
        "folder, or a link to one), then run again",
    ),
    "read-only folder": (
        folder_read_only,
        "cannot create the lock file .~followup-d.xlsx.lock (Permission denied); followup-batch "
        "needs to write in the tracker's folder to update it safely. Check the folder's "
        "permissions",
    ),
}


# What a dry run says a first run would add to ``make_tracker``'s workbook (fx303: with "; it
# keeps the file as it is now in .followup-backups/" beside "a real run would fail").
WOULD_ADD = (
    "note: d.xlsx [Jobs]: a run would add 12 columns K:V (Follow-up status … Problems); "
    "drop-downs in D and I; the status colours over A:B and K:V; the sheets Drafts, Summary "
    "and Calendars (hidden)"
)


@pytest.mark.parametrize(("unwritable", "reason"), NOT_REPLACEABLE.values(), ids=NOT_REPLACEABLE)
def test_a_dry_run_reads_a_tracker_the_run_cannot_replace_and_says_the_run_would_fail(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unwritable: Callable[[Path, pytest.MonkeyPatch], None],
    reason: str,
) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    tracker = make_tracker(folder / "d.xlsx")
    unwritable(tracker, monkeypatch)
    before = tracker.read_bytes()
    code, out, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "--dry-run")
    assert code == 0, err
    assert [line.split(" ")[0] for line in out.splitlines() if "4 rows" in line] == ["d.xlsx"]
    assert [line for line in err.splitlines() if "real run" in line] == [
        "note: d.xlsx [Jobs]: a real run would fail: " + reason.format(folder=folder)
    ]
    # What a run would add, without the backup it would keep: a run that fails keeps none.
    assert [line for line in err.splitlines() if "would add" in line] == [WOULD_ADD]
    assert "FAILED" not in err
    assert tracker.read_bytes() == before
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-20")
    assert code == 1
    assert f"d.xlsx: FAILED — {reason.format(folder=folder)}" in err.splitlines()
    assert tracker.read_bytes() == before


OPEN_IN = (
    "tracker.xlsx: skipped: open in {program} ({lock} exists); close it and run again. If "
    "nobody has it open ({program} may have crashed and left the lock file), delete {lock} and "
    "run again"
)
OPEN_COUNT = "1 of 1 file skipped as open in Excel or LibreOffice."
# The tracker named, or with its lock file, as `run *.xlsx` in a shell names both: the lock
# file was read as a damaged tracker and counted as a failure (ot58 F6). (the lock file; the
# files named; the lines on stderr)
LOCKED_TRACKERS = {
    "the tracker": (
        "~$tracker.xlsx",
        ["tracker.xlsx"],
        [OPEN_IN.format(program="Excel", lock="~$tracker.xlsx"), OPEN_COUNT],
    ),
    "run *.xlsx": (
        "~$tracker.xlsx",
        ["tracker.xlsx", "~$tracker.xlsx"],
        [
            "note: {tmp}/~$tracker.xlsx: skipped, Excel's lock file for tracker.xlsx, not a "
            "tracker",
            OPEN_IN.format(program="Excel", lock="~$tracker.xlsx"),
            OPEN_COUNT,
        ],
    ),
    "run * (LibreOffice)": (
        ".~lock.tracker.xlsx#",
        [".~lock.tracker.xlsx#", "tracker.xlsx"],
        [
            "note: {tmp}/.~lock.tracker.xlsx#: skipped, LibreOffice's lock file for "
            "tracker.xlsx, not a tracker",
            OPEN_IN.format(program="LibreOffice", lock=".~lock.tracker.xlsx#"),
            OPEN_COUNT,
        ],
    ),
}


@pytest.mark.parametrize(("lock", "named", "said"), LOCKED_TRACKERS.values(), ids=LOCKED_TRACKERS)
def test_locked_file_is_skipped_untouched(
    tmp_path: Path, lock: str, named: list[str], said: list[str]
) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    (tmp_path / lock).write_bytes(b"\x0aAna Souza" + b" " * 43 + b"\x00" * 100)
    before = tracker.read_bytes()
    code, _, err = invoke("run", *(str(tmp_path / n) for n in named), "--as-of", "2026-11-20")
    assert code == 1
    assert err.splitlines() == [line.format(tmp=tmp_path) for line in said]
    assert tracker.read_bytes() == before


@pytest.mark.parametrize(
    ("tracker", "lock"),
    [  # a tracker saved on Windows and a lock written on a Mac, synced here; and the reverse
        ("NFC", "~$" + "NFD"),
        ("NFD", ".~lock." + "NFC" + "#"),
    ],
)
def test_a_lock_file_spelt_in_the_other_unicode_form_is_respected(
    tmp_path: Path, tracker: str, lock: str
) -> None:
    """ot58 F2: run, dry run and check all see the file as open and the run leaves it alone."""
    name = "José Núñez.xlsx"
    spelt = {form: unicodedata.normalize(form, name) for form in ("NFC", "NFD")}
    path = make_tracker(tmp_path / spelt[tracker])
    lock_name = lock.replace("NFC", spelt["NFC"]).replace("NFD", spelt["NFD"])
    (tmp_path / lock_name).write_bytes(b"lock")
    program = "Excel" if lock.startswith("~$") else "LibreOffice"
    open_in = f"open in {program} ({lock_name} exists); close it and run again."
    before = path.read_bytes()
    code, _, err = invoke("run", str(tmp_path), "--as-of", "2026-11-20")
    assert code == 1
    assert err.splitlines()[0].startswith(f"{spelt[tracker]}: skipped: {open_in} ")
    assert path.read_bytes() == before
    code, _, err = invoke("run", str(tmp_path), "--as-of", "2026-11-20", "--dry-run")
    assert code == 0  # a dry run writes nothing: it reads the open file and says so (ot119 F4)
    skip = [line for line in err.splitlines() if "would skip" in line]
    assert skip == [
        f"note: {spelt[tracker]} [Jobs]: a real run would skip this file while it is open: it is "
        f"{open_in} If nobody has it open ({program} may have crashed and left the lock file), "
        f"delete {lock_name} and run again"
    ]
    # ... and what a run would add once it is closed: this run, which skips it, keeps no backup.
    adds = [line for line in err.splitlines() if "would add" in line]
    assert adds == [WOULD_ADD.replace("d.xlsx", spelt[tracker])]
    code, out, _ = invoke("check", str(tmp_path), "--as-of", "2026-11-20")
    assert f"  A run would write nothing to this file: it is {open_in} " in out
    assert path.read_bytes() == before


def open_in_libreoffice(folder: Path) -> None:
    make_tracker(folder / "Maya Chen.xlsx")
    (folder / ".~lock.Maya Chen.xlsx#").write_bytes(b"owner")


def open_in_excel(folder: Path) -> None:
    make_tracker(folder / "Maya Chen.xlsx")
    (folder / "~$Maya Chen.xlsx").write_bytes(b"lock")


def damaged_tracker(folder: Path) -> None:
    (folder / "Old.xlsx").write_bytes(make_tracker(folder / "Old.xlsx").read_bytes()[:300])


def two_good_trackers(folder: Path) -> None:
    make_csv(folder / "Jo Park.csv")
    make_tracker(folder / "Ann Lee.xlsx")


@pytest.mark.parametrize(
    ("make", "last", "totals", "headline"),
    [
        (
            [two_good_trackers, open_in_libreoffice],
            "1 of 3 files skipped as open in Excel or LibreOffice (Maya Chen.xlsx); the others "
            "were processed.",
            "2 files, 6 rows — 1 Needs info, 1 Overdue, 2 Due soon, 1 Scheduled, 1 Closed; "
            "1 skipped (open in Excel or LibreOffice)",
            "; 1 tracker was not updated, counted from its last save",
        ),
        (
            [open_in_excel],
            "1 of 1 file skipped as open in Excel or LibreOffice.",
            None,  # one file: its own line is the run's
            "; 1 tracker was not updated, counted from its last save",
        ),
        (
            [open_in_excel, damaged_tracker],
            "1 of 2 files failed (Old.xlsx) and 1 skipped as open in Excel or LibreOffice "
            "(Maya Chen.xlsx).",
            "2 files, 1 failed, 1 skipped (open in Excel or LibreOffice)",
            "; 1 tracker could not be read and 1 was not updated, counted from its last save",
        ),
    ],
    ids=["one open of three", "only an open one", "open and damaged"],
)
def test_the_last_line_tells_a_file_open_elsewhere_from_a_failed_one(
    tmp_path: Path, make: list[object], last: str, totals: str | None, headline: str
) -> None:
    """A tracker open in LibreOffice or Excel was counted in "N of M files failed", which reads
    as something wrong with the file. It is skipped, not failed; the exit code stays 1 (it was
    not updated), and the digest still lists it as not updated, as many as the line counts."""
    folder = tmp_path / "clients"
    folder.mkdir()
    for tracker in make:
        tracker(folder)  # type: ignore[operator]
    digest = tmp_path / "digest.md"
    args = ["--as-of", "2026-11-20", "--digest", str(digest), "--json"]
    code, out, err = invoke("run", str(folder), *args)
    assert code == 1
    assert err.splitlines()[-1] == last
    assert (totals in err.splitlines()) if totals else ("files, " not in err)
    assert digest.read_text(encoding="utf-8").splitlines()[2].endswith(headline)
    summary = json.loads(out)
    assert (summary["failed_count"], summary["skipped"]) == (int(damaged_tracker in make), 1)


def test_output_needs_one_input(tmp_path: Path) -> None:
    a = make_tracker(tmp_path / "a.xlsx")
    b = make_tracker(tmp_path / "b.xlsx")
    code, _, err = invoke("run", str(a), str(b), "--output", str(tmp_path / "o.xlsx"))
    assert code == 2
    assert "--output needs exactly one input file" in err


# ot106 F4: the first command of docs/scale.md, run on a folder of CSV exports without
# --engine, said only "--output needs exactly one input file". A folder or glob of CSV files
# (one PATH) is told the option that runs it as a dataset, with the command; a folder of
# trackers that holds a workbook, or CSV files named one by one, is not.
CSV_EXPORT = "Company,Position,Interview Date\nAcme,Analyst,2026-11-02\n"
DATASET_HINT = (
    "{data} {holds} CSV files: to run them as a dataset into the folder scheduled/, add "
    "--engine pandas (or --engine dask): followup-batch run {data} --output scheduled/ "
    "--engine pandas"
)
ONE_INPUT = "Error: Invalid value for --output: --output needs exactly one input file"
NO_SUFFIX = (
    "Error: Invalid value for --output: scheduled has no suffix, which programs need to know "
    "what the file is: nothing was written. Name the output scheduled.csv (--output writes "
    ".xlsx or .xlsm for a workbook, .csv, .tsv or .txt for a CSV)"
)
OUTPUT_OF_CSV_FOLDERS = {
    "a folder of two": (
        ("a.csv", "b.csv"),
        ["exports/interviews/"],
        f"{ONE_INPUT}; " + DATASET_HINT.format(data="exports/interviews/", holds="holds"),
    ),
    "a quoted glob": (
        ("a.csv", "b.tsv"),
        ["exports/interviews/*.*"],
        f"{ONE_INPUT}; " + DATASET_HINT.format(data="'exports/interviews/*.*'", holds="matches"),
    ),
    # One file in the folder: --output "scheduled/" was a copy's name without a suffix.
    "a folder of one": (
        ("a.csv",),
        ["exports/interviews/"],
        f"{NO_SUFFIX}; " + DATASET_HINT.format(data="exports/interviews/", holds="holds"),
    ),
    "a folder with a workbook": (("a.csv", "Ann Lee.xlsx"), ["exports/interviews/"], ONE_INPUT),
    "two files named": (
        ("a.csv", "b.csv"),
        ["exports/interviews/a.csv", "exports/interviews/b.csv"],
        ONE_INPUT,
    ),
}


@pytest.mark.parametrize(
    ("files", "paths", "said"), OUTPUT_OF_CSV_FOLDERS.values(), ids=list(OUTPUT_OF_CSV_FOLDERS)
)
def test_output_of_a_folder_of_csv_exports_names_the_engine(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    files: tuple[str, ...],
    paths: list[str],
    said: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "exports" / "interviews"
    folder.mkdir(parents=True)
    for name in files:
        if name.endswith(".xlsx"):
            make_tracker(folder / name)
        else:
            separator = "\t" if name.endswith(".tsv") else ","
            (folder / name).write_text(CSV_EXPORT.replace(",", separator), encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    code, _, err = invoke("run", *paths, "--output", "scheduled/", "--as-of", "2026-11-20")
    assert (code, err.splitlines()[-1]) == (2, said)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_output_must_keep_the_kind(tmp_path: Path) -> None:
    a = make_tracker(tmp_path / "a.xlsx")
    code, _, err = invoke("run", str(a), "--output", str(tmp_path / "o.csv"))
    assert code == 2
    assert "a workbook's run writes a workbook, with its sheets, colours and drafts" in err


ACCEPTED = "(--output writes .xlsx or .xlsm for a workbook, .csv, .tsv or .txt for a CSV)"


@pytest.mark.parametrize(
    ("source", "macros", "output", "message"),
    [
        # were "converting between CSV and xlsx is not supported", of two workbooks
        (
            "a.xlsx",
            False,
            "o.xltx",
            "o.xltx is the name of an Excel template, which the run does not write: nothing "
            f"was written. Name the output o.xlsx {ACCEPTED}",
        ),
        (
            "a.xlsm",
            True,
            "o.xltm",
            "o.xltm is the name of an Excel template, which the run does not write: nothing "
            f"was written. Name the output o.xlsm {ACCEPTED}",
        ),
        # the package decides the name offered, as for a .xlsx/.xlsm output
        (
            "a.xlsx",
            True,
            "o.XLTX",
            "o.XLTX is the name of an Excel template, which the run does not write: nothing "
            f"was written. Name the output o.xlsm {ACCEPTED}",
        ),
        (
            "a.xlsx",
            False,
            "o",
            "o has no suffix, which programs need to know what the file is: nothing was "
            f"written. Name the output o.xlsx {ACCEPTED}",
        ),
        (
            "a.csv",
            False,
            "o",
            "o has no suffix, which programs need to know what the file is: nothing was "
            f"written. Name the output o.csv {ACCEPTED}",
        ),
        (
            "a.xlsx",
            False,
            "o.ods",
            "o.ods is the name of a .ods file, which the run does not write: nothing was "
            f"written. Name the output o.xlsx {ACCEPTED}",
        ),
    ],
)
def test_an_output_name_the_run_does_not_write_says_why(
    tmp_path: Path, source: str, macros: bool, output: str, message: str
) -> None:
    if source.endswith(".csv"):
        tracker = tmp_path / source
        tracker.write_text("Company,Position,Interview Date\nAcme,Analyst,2026-11-16\n")
    else:
        tracker = make_tracker(tmp_path / source)
    if macros:
        with_macros(tracker)
    code, _, err = invoke(
        "run", str(tracker), "--as-of", "2026-11-20", "--output", str(tmp_path / output)
    )
    assert code == 2
    assert message in " ".join(err.split())
    assert not (tmp_path / output).exists()


def with_macros(path: Path) -> Path:
    """The workbook at ``path`` made macro-enabled as Excel saves one: a vbaProject part and
    the macro-enabled main content type."""
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"spreadsheetml.sheet.main+xml", b"ms-excel.sheet.macroEnabled.main+xml"
    )
    parts["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("source", "macros", "output", "message"),
    [
        (
            "book.xlsm",
            True,
            "out.xlsx",
            "out.xlsx: book.xlsm is a macro-enabled workbook, which Excel opens only under a "
            ".xlsm name; nothing was written. Name the output out.xlsm",
        ),
        (
            "book.xlsx",
            False,
            "out.xlsm",
            "out.xlsm: book.xlsx is a workbook without macros, which Excel opens only under a "
            ".xlsx name; nothing was written. Name the output out.xlsx",
        ),
        # Outside test OT20 F4: the package decides, not the input's name. A plain workbook
        # named .xlsm was refused a .xlsx output and given a .xlsm one Excel refuses to open;
        # a macro workbook named .xlsx (ot18's) was given a .xlsx one.
        (
            "book.xlsm",
            False,
            "out.xlsm",
            "out.xlsm: book.xlsm is a workbook without macros (its .xlsm name is wrong), which "
            "Excel opens only under a .xlsx name; nothing was written. Name the output out.xlsx",
        ),
        (
            "book.xlsx",
            True,
            "out.xlsx",
            "out.xlsx: book.xlsx is a macro-enabled workbook (its .xlsx name is wrong), which "
            "Excel opens only under a .xlsm name; nothing was written. Name the output out.xlsm",
        ),
        ("book.xlsm", False, "out.xlsx", None),
        ("book.xlsx", True, "out.xlsm", None),
        ("book.xlsm", True, "out.XLSM", None),
        ("book.xlsx", False, "out.XLSX", None),
    ],
)
def test_output_keeps_the_macro_kind(
    tmp_path: Path, source: str, macros: bool, output: str, message: str | None
) -> None:
    """A copy is the same package: Excel refuses a macro workbook named .xlsx, and the reverse."""
    tracker = make_tracker(tmp_path / source)
    if macros:
        with_macros(tracker)
    code, _, err = invoke(
        "run", str(tracker), "--as-of", "2026-11-20", "--output", str(tmp_path / output), "-q"
    )
    if message is None:
        assert code == 0, err
        assert (tmp_path / output).is_file()
        return
    assert code == 2
    assert message in " ".join(err.split())
    assert not (tmp_path / output).exists()


@pytest.mark.parametrize(
    ("source", "macros", "notice"),
    [
        # The run kept the wrong name without a word: Excel then refuses to open the file.
        (
            "book.xlsx",
            True,
            "note: book.xlsx [Jobs]: it is a macro-enabled workbook, which Excel opens only "
            "under a .xlsm name, so Excel will not open it as book.xlsx; the run kept its name. "
            "Rename it book.xlsm to open it in Excel",
        ),
        (
            "book.xlsm",
            False,
            "note: book.xlsm [Jobs]: it is a workbook without macros, which Excel opens only "
            "under a .xlsx name, so Excel will not open it as book.xlsm; the run kept its name. "
            "Rename it book.xlsx to open it in Excel",
        ),
        ("book.xlsm", True, None),
        ("book.xlsx", False, None),
    ],
)
@pytest.mark.parametrize("command", [("run",), ("run", "--dry-run")])
def test_a_workbook_named_against_its_kind_is_said_once_and_kept(
    tmp_path: Path, command: tuple[str, ...], source: str, macros: bool, notice: str | None
) -> None:
    tracker = make_tracker(tmp_path / source)
    if macros:
        with_macros(tracker)
    code, out, err = invoke(*command, str(tracker), "--as-of", "2026-11-20")
    assert code == 0, err
    lines = [line for line in (out + err).splitlines() if "Excel opens only" in line]
    assert lines == ([notice] if notice else [])
    assert [path.name for path in tmp_path.iterdir() if path.is_file()] == [source]


CSV_TEXT = "Company,Position,Interview Date,Country\nAcme,PM,2026-11-17,US\n"


@pytest.mark.parametrize(
    ("name", "kind", "notice"),
    [
        # Said only by check and -v: the plain run printed its summary, and Excel then
        # refused the file without a word of why (ot84 F7).
        (
            "book.xlsx",
            "csv",
            "note: book.xlsx: it is a text (CSV) file under a workbook's name: it is read and "
            "written as text; rename it book.csv so that programs open it as one.",
        ),
        (
            "book.csv",
            "xlsx",
            "note: book.csv [Jobs]: it is an Excel workbook under another name: it is read and "
            "written as one (so is an --output file); rename it book.xlsx so that programs "
            "open it as one.",
        ),
        ("book.csv", "csv", None),
        ("book.xlsx", "xlsx", None),
        ("book.tsv", "csv", None),
    ],
)
@pytest.mark.parametrize("command", [("run",), ("run", "--dry-run")])
def test_a_file_named_against_its_type_is_said_once_by_a_plain_run(
    tmp_path: Path, command: tuple[str, ...], name: str, kind: str, notice: str | None
) -> None:
    tracker = tmp_path / name
    if kind == "csv":
        tracker.write_text(CSV_TEXT.replace(",", "\t") if name.endswith(".tsv") else CSV_TEXT)
    else:
        make_tracker(tmp_path / "made.xlsx").rename(tracker)
    code, out, err = invoke(*command, str(tracker), "--as-of", "2026-11-20")
    assert code == 0, err
    lines = [line for line in (out + err).splitlines() if "so that programs open" in line]
    assert lines == ([notice] if notice else [])
    assert sorted(path.name for path in tmp_path.iterdir() if path.is_file()) == [name]


def mismatched_end_tag(tracker: Path, *, last: bool = False) -> Path:
    """The tracker's sheet with a row's end tag misspelt (its first row's, or its last's):
    calamine reads it, a strict parser does not."""
    return damaged_row(tracker, b"</row>", b"</rowx>", last=last)


def unbound_prefix(tracker: Path, *, last: bool = False) -> Path:
    """The tracker's sheet with a row (its first or its last) carrying Excel's
    ``x14ac:dyDescent`` while the sheet does not declare ``xmlns:x14ac``: calamine, and expat
    without namespaces, read it; Excel, openpyxl and a namespace-aware parser do not."""
    return damaged_row(tracker, b"<row ", b'<row x14ac:dyDescent="0.25" ', last=last)


def damaged_row(tracker: Path, old: bytes, new: bytes, *, last: bool) -> Path:
    """The tracker's sheet with ``old`` in its first (or ``last``) row replaced by ``new``."""
    with zipfile.ZipFile(tracker) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    at = parts[sheet].rindex(old) if last else parts[sheet].index(old)
    parts[sheet] = parts[sheet][:at] + new + parts[sheet][at + len(old) :]
    with zipfile.ZipFile(tracker, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return tracker


DAMAGED = (
    '{word} — it is damaged: its sheet "Jobs" (xl/worksheets/sheet1.xml) is not well-formed XML '
    "({why}: line 1, column "
)


@pytest.mark.parametrize(
    ("damage", "why"),
    [
        (mismatched_end_tag, "mismatched tag"),
        # A sheet whose prefix is not declared passed check, and the run wrote a sheet that
        # still did not parse (outside test ot39, F3).
        (unbound_prefix, "unbound prefix"),
    ],
    ids=["mismatched tag", "unbound prefix"],
)
@pytest.mark.parametrize("last", [False, True], ids=["first row", "last row"])
@pytest.mark.parametrize(
    "command",
    [("check",), ("run", "--dry-run"), ("run",), ("digest",)],
)
def test_a_malformed_tracker_sheet_is_refused_alike_by_every_command(
    tmp_path: Path,
    command: tuple[str, ...],
    last: bool,
    damage: Callable[..., Path],
    why: str,
) -> None:
    """calamine read a mismatched end tag; only the run's check of its own output failed, and
    blamed it (outside test ot18, F7). The run parses the sheet strictly only once its output
    does not read back (read.damage: a second of a 100,000-row run otherwise). The digest
    listed what calamine read, of a file check and the run refuse."""
    # The last row's end tag: the run's writer met it before its check of its own output, and
    # said "cannot update the workbook (a <row> is not closed)" (outside test ot20, F9).
    tracker = damage(make_tracker(tmp_path / "t.xlsx"), last=last)
    before = tracker.read_bytes()
    code, out, err = invoke(*command, str(tracker), "--as-of", "2026-11-20")
    assert code == 1
    word = "NOT READ" if command == ("check",) else "FAILED"
    assert "t.xlsx: " + DAMAGED.format(word=word, why=why) in out + err
    assert "; nothing was written. Restore it from a backup or re-save it from Excel." in out + err
    assert "does not read back" not in out + err
    assert tracker.read_bytes() == before


def damaged_part(tracker: Path, part: str, damage: Callable[[bytes], bytes]) -> Path:
    """The tracker with its ``part`` changed by ``damage``."""
    with zipfile.ZipFile(tracker) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts[part] = damage(parts[part])
    with zipfile.ZipFile(tracker, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return tracker


def undeclared_prefix(data: bytes) -> bytes:
    """An element of an undeclared prefix added before the part's last end tag."""
    end = data.rindex(b"</")
    return data[:end] + b"<foo:bar/>" + data[end:]


def cut_short(data: bytes) -> bytes:
    return data[: len(data) // 2]


def shape_unclosed(data: bytes) -> bytes:
    """openpyxl's VML (prefixes ns0, ns1, ns2) with its one shape's end tag gone."""
    return data.replace(b"</ns1:shape>", b"")


VML = "xl/drawings/commentsDrawing1.vml"  # where openpyxl puts a sheet's comment boxes
BOXES = f'the comment boxes of its sheet "Jobs" ({VML}) are not whole'


@pytest.mark.parametrize(
    ("part", "damage", "said"),
    [
        (
            "xl/styles.xml",
            undeclared_prefix,
            "its styles (xl/styles.xml) are not well-formed XML (unbound prefix: line ",
        ),
        (
            "xl/comments/comment1.xml",
            undeclared_prefix,
            'the comments of its sheet "Jobs" (xl/comments/comment1.xml) are not well-formed XML '
            "(unbound prefix: line ",
        ),
        (
            "xl/drawings/drawing1.xml",
            undeclared_prefix,
            'the drawing of its sheet "Jobs" (xl/drawings/drawing1.xml) is not well-formed XML '
            "(unbound prefix: line ",
        ),
        # The comment boxes were not checked: the run spliced its notes into the shape cut in
        # half and wrote a drawing Excel cannot show. VML is not XML (Excel writes <br>
        # unclosed), so it is held to what the run's text edit needs.
        (VML, cut_short, f"{BOXES} (cut short: they do not end with </xml>); "),
        (VML, shape_unclosed, f"{BOXES} (a <v:shape> in them is not closed); "),
    ],
    ids=["styles", "comments", "drawing", "VML cut short", "VML shape unclosed"],
)
@pytest.mark.parametrize("command", [("check",), ("run", "--dry-run"), ("run",), ("digest",)])
def test_a_damaged_part_the_run_edits_is_named_alike_by_every_command(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
    part: str,
    damage: Callable[[bytes], bytes],
    said: str,
) -> None:
    """A styles part with an undeclared prefix: check and digest passed it, and the run said
    "the new workbook does not read back (unbound prefix ...); original kept", blaming its
    own output and naming no part (ot43 F6). The run then named it only after computing and
    writing the whole file; it now refuses it before its work, as check does."""
    from followup_batch import batch

    tracker = make_tracker(tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(tracker)
    book["Jobs"]["A2"].comment = openpyxl.comments.Comment("referral from Bo", "Maya")
    book["Jobs"].add_chart(openpyxl.chart.BarChart(), "K2")  # a drawing, moved by a write
    book.save(tracker)
    before = damaged_part(tracker, part, damage).read_bytes()
    if command == ("run",):  # refused up front: nothing computed for a file it will refuse

        def computed(*_: object) -> None:
            raise AssertionError("the run computed a file it refuses")

        monkeypatch.setattr(batch, "compute_sheets", computed)
    code, out, err = invoke(*command, str(tracker), "--as-of", "2026-11-20")
    word = "NOT READ" if command == ("check",) else "FAILED"
    assert code == 1
    [line] = [line for line in (out + err).splitlines() if line.startswith("t.xlsx: ")]
    assert line.startswith(f"t.xlsx: {word} — it is damaged: {said}")
    assert line.endswith(
        "; nothing was written. Restore it from a backup or re-save it from Excel."
    )
    assert tracker.read_bytes() == before


EXCEL_VML = b"""<xml xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel">
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
  path="m,l,21600r21600,l21600,xe">
  <v:stroke joinstyle="miter"/>
  <v:path gradientshapeok="t" o:connecttype="rect"/>
 </v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style='position:absolute;
  margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;
  visibility:hidden' fillcolor="#ffffe1" o:insetmode="auto">
  <v:fill color2="#ffffe1"/>
  <v:shadow on="t" color="black" obscured="t"/>
  <v:path o:connecttype="none"/>
  <v:textbox style='mso-direction-alt:auto'>
   <div style='text-align:left'><font face="Tahoma" size="8">Maya:<br>referral from Bo</font></div>
  </v:textbox>
  <x:ClientData ObjectType="Note">
   <x:MoveWithCells/>
   <x:SizeWithCells/>
   <x:Anchor>
    1, 15, 0, 2, 3, 15, 3, 16</x:Anchor>
   <x:AutoFill>False</x:AutoFill>
   <x:Row>1</x:Row>
   <x:Column>0</x:Column>
  </x:ClientData>
 </v:shape></xml>"""


@pytest.mark.parametrize(
    ("sheet", "vml", "edited"),
    [
        # As Excel writes them: not XML (<br> unclosed), so not refused for that.
        ("Jobs", EXCEL_VML, True),
        # Cut short, but on a sheet the run copies byte for byte: it cannot make it worse.
        ("Contacts", EXCEL_VML[:600], False),
    ],
    ids=["Excel's, on the tracker sheet", "cut short, on a sheet the run copies"],
)
def test_the_comment_boxes_excel_wrote_are_kept_byte_for_byte(
    tmp_path: Path, sheet: str, vml: bytes, edited: bool
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(tracker)
    book.create_sheet("Contacts")["A1"] = "Bo Lee"
    book[sheet]["A2" if sheet == "Jobs" else "A1"].comment = openpyxl.comments.Comment("hi", "M")
    book.save(tracker)
    with zipfile.ZipFile(tracker) as package:
        (part,) = [name for name in package.namelist() if name.endswith(".vml")]
    damaged_part(tracker, part, lambda _: vml)
    code, out, err = invoke("run", str(tracker), "--as-of", "2026-11-20")
    assert code == 0, out + err
    assert "damaged" not in out + err
    with zipfile.ZipFile(tracker) as package:
        written = package.read(part)
    if edited:  # the run's header notes go in before </xml>; every byte of Excel's is kept
        end = vml.rindex(b"</xml>")
        assert written[:end] == vml[:end]
        assert written.endswith(b"</v:shape></xml>")
        assert written.count(b'ObjectType="Note"') == 1 + 12  # the person's and the run's
    else:
        assert written == vml
    after = tracker.read_bytes()
    assert invoke("run", str(tracker), "--as-of", "2026-11-20")[0] == 0
    assert tracker.read_bytes() == after  # a second run changes nothing


DAMAGED_LISTS = (
    'its sheet "Lists" (xl/worksheets/sheet2.xml) is damaged: it is not well-formed XML '
    "(unclosed token: line 1, column 290), and Excel will say the file needs repair. A run "
    "copies that sheet as it is, without reading or changing it; restore it from a backup or "
    "re-save the file from Excel"
)


@pytest.mark.parametrize(
    ("command", "line"),
    [
        (("check",), f"    - {DAMAGED_LISTS}"),
        (("run", "--dry-run"), f"note: t.xlsx [Jobs]: {DAMAGED_LISTS}"),
        (("run",), f"note: t.xlsx [Jobs]: {DAMAGED_LISTS}"),
    ],
)
def test_a_damaged_sheet_the_run_copies_is_said_once_and_carried_as_it_was(
    tmp_path: Path, command: tuple[str, ...], line: str
) -> None:
    """A hidden list of values cut short passed check and the run without a word, and Excel
    called the file the run wrote damaged. The write copies the sheet byte for byte (no
    worse), so the run goes on and says so."""
    tracker = make_tracker(tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(tracker)
    lists = book.create_sheet("Lists")
    for kind in ("phone", "video", "onsite"):
        lists.append([kind])
    lists.sheet_state = "hidden"
    book.save(tracker)
    with zipfile.ZipFile(tracker) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    cut = parts["xl/worksheets/sheet2.xml"][:300]
    parts["xl/worksheets/sheet2.xml"] = cut
    with zipfile.ZipFile(tracker, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    before = tracker.read_bytes()
    code, out, err = invoke(*command, str(tracker), "--as-of", "2026-11-20")
    assert code == 0, err
    assert [said for said in (out + err).splitlines() if "Lists" in said][-1:] == [line]
    assert (out + err).count("is damaged") == 1
    assert (tracker.read_bytes() != before) == (command == ("run",))  # the run wrote it
    with zipfile.ZipFile(tracker) as package:
        assert package.read("xl/worksheets/sheet2.xml") == cut


def test_a_digest_of_a_folder_lists_the_others_beside_a_malformed_tracker(tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    make_tracker(folder / "Ann Lee.xlsx")
    mismatched_end_tag(make_tracker(folder / "Bo Lee.xlsx"))
    code, out, err = invoke("digest", str(folder), "--as-of", "2026-11-20")
    assert code == 1
    failed = [line for line in err.splitlines() if "FAILED" in line]
    assert [line[: line.index("column ") + 7] for line in failed] == [
        "Bo Lee.xlsx: " + DAMAGED.format(word="FAILED", why="mismatched tag")
    ]
    assert "1 follow-up for 1 client: 1 due soon" in out
    assert "Ann Lee — Ann Lee.xlsx [Jobs]" in out
    assert "Bo Lee —" not in out


@pytest.mark.parametrize(
    ("source", "separator", "output", "said"),
    [
        # Outside test OT18 F2: comma-separated text went out under a .tsv name, which Excel
        # and LibreOffice split on tabs.
        (
            "t.csv",
            ",",
            "o.tsv",
            "o.tsv is a name programs read as tab-separated, but the run writes t.csv's cells "
            "as they are, with its commas; nothing was written. Name the output o.csv",
        ),
        (
            "t.txt",
            ";",
            "o.tsv",
            "o.tsv is a name programs read as tab-separated, but the run writes t.txt's cells "
            "as they are, with its semicolons; nothing was written. Name the output o.txt",
        ),
        (
            "t.tsv",
            "\t",
            "o.csv",
            "o.csv is a name programs read as comma-separated, but the run writes t.tsv's cells "
            "as they are, with its tabs; nothing was written. Name the output o.tsv",
        ),
        ("t.tsv", "\t", "o.tsv", None),
        ("t.tsv", "\t", "o.txt", None),
        ("t.csv", ",", "o.txt", None),
        ("t.csv", "\t", "o.csv", None),
        # Outside test OT20 F4: the separator the file is read with decides, not its name. A
        # .tsv holding commas had "no header row", and a .csv output was refused "with its
        # tabs"; a .csv holding tabs is tab-separated.
        ("t.tsv", ",", "o.csv", None),
        ("t.tsv", ",", "o.tsv", None),
        ("t.csv", "\t", "o.tsv", None),
    ],
)
def test_output_names_the_separator_it_is_written_with(
    tmp_path: Path, source: str, separator: str, output: str, said: str | None
) -> None:
    tracker = tmp_path / source
    tracker.write_text(
        separator.join(["Company", "Position", "Interview Date"])
        + "\n"
        + separator.join(["Acme", "Dev", "2026-11-18"])
        + "\n",
        encoding="utf-8",
    )
    code, _, err = invoke("run", str(tracker), "--output", str(tmp_path / output), "-q")
    if said is None:
        assert code == 0, err
        header = (tmp_path / output).read_text(encoding="utf-8").splitlines()[0]
        assert header.split(separator)[3] == "Follow-up status"
        return
    assert code == 2
    assert said in " ".join(err.split())
    assert not (tmp_path / output).exists()


def test_rules_prints_the_effective_table(tmp_path: Path) -> None:
    code, out, _ = invoke("rules")
    assert code == 0
    assert "[check_in_1]\nbase_bd = 5\n" in out
    config = tmp_path / "coach.toml"
    config.write_text("[rules.check_in_1]\nbase_bd = 6\n", encoding="utf-8")
    code, out, _ = invoke("rules", "--config", str(config))
    assert "[check_in_1]\nbase_bd = 6\n" in out


# The last line of `rules` (the industries' lists) by a config's [rules.industries]. A word
# only in standard was shown nowhere (ot46 F3); a word moved to standard leaves its class.
@pytest.mark.parametrize(
    ("industries", "last_line", "consulting_is_traditional"),
    [
        ("", 'institutional = ["government", ', True),
        ('standard = ["biotech"]', 'standard = ["biotech"]', True),
        (
            'standard = ["consulting", " Bio  tech ", "bio tech"]',
            'standard = ["consulting", "Bio tech"]',
            False,
        ),
        ('standard = []\nfast = ["biotech"]', 'institutional = ["government", ', True),
    ],
)
def test_rules_shows_a_configs_standard_industry_words(
    tmp_path: Path, industries: str, last_line: str, consulting_is_traditional: bool
) -> None:
    config = tmp_path / "coach.toml"
    config.write_text(f"[rules.industries]\n{industries}\n", encoding="utf-8")
    code, out, err = invoke("rules", "--config", str(config))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[-1].startswith(last_line)
    (traditional,) = (line for line in lines if line.startswith("traditional = "))
    assert ('"consulting"' in traditional) is consulting_is_traditional


def test_config_changes_the_schedule(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    config = tmp_path / "coach.toml"
    config.write_text('[rules.send_window]\npreferred_weekdays = ["Monday"]\n', encoding="utf-8")
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "--config", str(config))
    assert code == 0, err
    # 5 bd after Fri 11-20 is Mon 11-30 (Thanksgiving skipped), a Monday already
    assert read_back(tracker)["1st check-in due"][0] == dt.datetime(2026, 11, 30)


@pytest.mark.parametrize(
    ("place", "check_in_due", "skipped"),
    [
        # Tamil Nadu's Pongal, Thiruvalluvar Day and Uzhavar Thirunal (Wed-Fri 01-14..16):
        # 5 bd after Tue 01-13 is Fri 01-23. Read as Tennessee (an outside test: it was) the
        # five days end Wed 01-21, past Martin Luther King Jr. Day.
        (
            "Chennai, TN",
            "2026-01-23",
            "Fri 2026-01-23 (skipped Pongal Wed 01-14, Thiruvalluvar Day Thu 01-15, "
            "Uzhavar Thirunal Fri 01-16)",
        ),
        (
            "Nashville, TN",
            "2026-01-21",
            "Wed 2026-01-21 (skipped Martin Luther King Jr. Day Mon 01-19)",
        ),
        # A city that is its own region keeps it with its country written (ot63 F1: these
        # were New Zealand's calendar, due Tue 01-20, a day early): 5 bd after Tue 01-13 skip
        # Wellington Anniversary Day (Mon 01-19) and end Wed 01-21.
        *(
            (place, "2026-01-21", "Wed 2026-01-21 (skipped Wellington Anniversary Day Mon 01-19)")
            for place in ("Wellington", "Wellington, New Zealand", "Wellington, NZ")
        ),
    ],
)
def test_a_citys_region_gives_its_holidays(
    tmp_path: Path, place: str, check_in_due: str, skipped: str
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        f'Company,Position,Interview Date,Country\nAcme,Engineer,2026-01-13,"{place}"\n',
        encoding="utf-8-sig",  # "CSV UTF-8": its "→" stays (ASCII alone: ot96 F4)
    )
    out = tmp_path / "out.csv"
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-01-13", "--output", str(out))
    assert code == 0, err
    (row,) = csv.DictReader(out.open(encoding="utf-8-sig"))
    assert row["1st check-in due"] == check_in_due
    assert f"1st check-in: 5 bd after Tue 2026-01-13 → {skipped}\n" in row["Why"]
    assert row["Problems"] == ""


NIR_DUE = ("2027-03-24", "Wed 2027-03-24 (skipped Saint Patrick's Day Wed 03-17)")


@pytest.mark.parametrize("header", ["Country", "Location"])
@pytest.mark.parametrize(
    ("country", "check_in_due", "skipped", "line"),
    [
        # 5 bd after Tue 2027-03-16: Tue 03-23 in England; in Northern Ireland St Patrick's
        # Day (Wed 03-17) is off, so Wed 03-24 (ot63 F2: NI was Nicaragua, due 03-23).
        ("England", "2027-03-23", "Tue 2027-03-23", "On the England (GB-ENG) calendar."),
        ("NI", *NIR_DUE, "On the Northern Ireland (GB-NIR) calendar."),
        # ... after a town or before the UK too (ot65 F1: 'Belfast, NI' was Nicaragua, with a
        # line naming Niedersachsen, and 'NI, UK' England's calendar, unsaid: both due 03-23).
        ("Belfast, NI", *NIR_DUE, "On the Northern Ireland (GB-NIR) calendar."),
        ("Lisburn, NI", *NIR_DUE, "On the Northern Ireland (GB-NIR) calendar."),
        ("NI, UK", *NIR_DUE, "On the Northern Ireland (GB-NIR) calendar."),
    ],
)
def test_ni_is_northern_ireland_among_rows_in_the_uk(
    tmp_path: Path, header: str, country: str, check_in_due: str, skipped: str, line: str
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        f"Company,Position,Interview Date,{header}\n"
        "Acme,Engineer,2027-03-16,UK\nBeta,Engineer,2027-03-16,Scotland\n"
        f'Gamma,Engineer,2027-03-16,"{country}"\n',
        encoding="utf-8-sig",  # "CSV UTF-8": its "→" stays (ASCII alone: ot96 F4)
    )
    out = tmp_path / "out.csv"
    code, _, err = invoke("run", str(tracker), "--as-of", "2027-03-16", "--output", str(out))
    assert code == 0, err
    row = list(csv.DictReader(out.open(encoding="utf-8-sig")))[2]
    assert row["1st check-in due"] == check_in_due
    assert f"1st check-in: 5 bd after Tue 2027-03-16 → {skipped}\n" in row["Why"]
    assert row["Why"].endswith(line)
    assert row["Problems"] == ""


# "After <holiday>" on the row's own calendar: the first business day after the holiday and
# the days off around it is the decision; the 1st check-in is 1 bd after that (outside tests
# ot63 F4 and ot62 F6: each was "not a date or a timeline phrase", the default 5 bd).
@pytest.mark.parametrize(
    ("country", "interview", "said", "due", "read_as", "problem"),
    [
        # England: May Day Mon 05-03 → Tue 05-04 → Wed 05-05.
        ("England", "2027-04-20", "after the bank holiday", "2027-05-05", "Tue 2027-05-04", ""),
        # England: Good Friday 03-26, Easter Monday 03-29 → Tue 03-30 → Wed 03-31; in Scotland
        # Easter Monday is a working day: Mon 03-29 → Tue 03-30.
        ("England", "2027-03-16", "after Easter", "2027-03-31", "Tue 2027-03-30", ""),
        ("Scotland", "2027-03-16", "after Easter", "2027-03-30", "Mon 2027-03-29", ""),
        ("Ireland", "2027-03-10", "after St Patrick's Day", "2027-03-19", "Thu 2027-03-18", ""),
        # The bank holidays by their everyday names (ot73 F5). England: May Day Mon 05-03 →
        # Tue 05-04 → Wed 05-05; Spring Bank Holiday Mon 05-31 → Tue 06-01 → Wed 06-02; Late
        # Summer Bank Holiday Mon 08-30 → Tue 08-31 → Wed 09-01; Christmas Fri 2026-12-25,
        # Boxing Day (observed) Mon 12-28 → Tue 12-29 → Wed 12-30. Scotland's Summer Bank
        # Holiday Mon 08-02 → Tue 08-03 → Wed 08-04. Ireland: June Bank Holiday Mon 06-07 →
        # Tue 06-08 → Wed 06-09; August Mon 08-02 → Tue 08-03 → Wed 08-04; October Mon 10-25
        # → Tue 10-26 → Wed 10-27.
        ("England", "2027-04-20", "after the May bank holiday", "2027-05-05", "Tue 2027-05-04", ""),
        (
            "England",
            "2027-04-20",
            "after the early May bank holiday",
            "2027-05-05",
            "Tue 2027-05-04",
            "",
        ),
        (
            "England",
            "2027-05-10",
            "after the spring bank holiday",
            "2027-06-02",
            "Tue 2027-06-01",
            "",
        ),
        (
            "England",
            "2027-08-02",
            "after the August bank holiday",
            "2027-09-01",
            "Tue 2027-08-31",
            "",
        ),
        (
            "England",
            "2027-08-02",
            "after the summer bank holiday",
            "2027-09-01",
            "Tue 2027-08-31",
            "",
        ),
        (
            "England",
            "2026-12-01",
            "after the Christmas bank holiday",
            "2026-12-30",
            "Tue 2026-12-29",
            "",
        ),
        (
            "Scotland",
            "2027-07-20",
            "after the summer bank holiday",
            "2027-08-04",
            "Tue 2027-08-03",
            "",
        ),
        (
            "Ireland",
            "2027-05-20",
            "after the June bank holiday",
            "2027-06-09",
            "Tue 2027-06-08",
            "",
        ),
        (
            "Ireland",
            "2027-07-20",
            "after the August bank holiday",
            "2027-08-04",
            "Tue 2027-08-03",
            "",
        ),
        (
            "Ireland",
            "2027-10-01",
            "after the October bank holiday",
            "2027-10-27",
            "Tue 2027-10-26",
            "",
        ),
        # Saudi Arabia (Fri-Sat weekend): Eid al-Fitr Tue 03-09..Fri 03-12 and Sun 03-14
        # observed → Mon 03-15 → Tue 03-16.
        ("Saudi Arabia", "2027-03-01", "after Eid", "2027-03-16", "Mon 2027-03-15", ""),
        ("Saudi Arabia", "2027-03-01", "after Ramadan", "2027-03-16", "Mon 2027-03-15", ""),
        # Eid al-Adha Sun 05-16..Wed 05-19 (Arafat Day Sat 05-15) → Thu 05-20 → Sun 05-23,
        # and the send window's Tuesday 05-25.
        ("Saudi Arabia", "2027-04-01", "after Eid al-Adha", "2027-05-25", "Thu 2027-05-20", ""),
        # Each Eid by any of its spellings, on every calendar that has it, whatever the
        # package calls it there (ot75 F2). Ghana's "Eid-ul-Adha" Wed 2026-05-27 → Thu 05-28
        # → Fri 05-29; Sun 2027-05-16 → Mon 05-17 → Tue 05-18. Nigeria's Mon 05-17 and Tue
        # 05-18 → Wed 05-19 → Thu 05-20; "Sallah" is the next Eid: Eid al-Fitr Wed 03-10 and
        # Thu 03-11 → Fri 03-12 → Mon 03-15, and the send window's Tuesday 03-16. Senegal's
        # Tabaski Sun 05-16 and Mon 05-17 → Tue 05-18 → Wed 05-19; Korité Tue 03-09 → Wed
        # 03-10 → Thu 03-11. Ghana's Eid-ul-Fitr Tue 03-09 and Shaqq Day Wed 03-10 → Thu 03-11.
        ("Ghana", "2026-05-20", "after Eid al-Adha", "2026-05-29", "Thu 2026-05-28", ""),
        ("Ghana", "2027-05-10", "after Eid ul Adha", "2027-05-18", "Mon 2027-05-17", ""),
        ("Ghana", "2027-05-10", "after Sallah", "2027-05-18", "Mon 2027-05-17", ""),
        ("Ghana", "2027-03-01", "after Eid al-Fitr", "2027-03-12", "Thu 2027-03-11", ""),
        ("Nigeria", "2027-05-10", "after Eid el-Kebir", "2027-05-20", "Wed 2027-05-19", ""),
        ("Nigeria", "2027-05-10", "after Eid-ul-Adha", "2027-05-20", "Wed 2027-05-19", ""),
        # Yoruba's "Ileya" is Eid al-Adha (ot79 F3).
        ("Nigeria", "2027-03-01", "after Ileya", "2027-05-20", "Wed 2027-05-19", ""),
        ("Nigeria", "2027-04-07", "after Ileya festival", "2027-05-20", "Wed 2027-05-19", ""),
        ("Nigeria", "2027-04-07", "after Id el Kabir", "2027-05-20", "Wed 2027-05-19", ""),
        ("Ghana", "2027-04-07", "after Sallah", "2027-05-18", "Mon 2027-05-17", ""),
        ("Nigeria", "2027-03-01", "after Sallah", "2027-03-16", "Fri 2027-03-12", ""),
        ("Nigeria", "2027-03-01", "after Eid-ul-Fitr", "2027-03-16", "Fri 2027-03-12", ""),
        ("Senegal", "2027-05-10", "after Tabaski", "2027-05-19", "Tue 2027-05-18", ""),
        ("Senegal", "2027-03-01", "after Korité", "2027-03-11", "Wed 2027-03-10", ""),
        ("Morocco", "2027-05-10", "after Eid al-Adha", "2027-05-19", "Tue 2027-05-18", ""),
        ("Turkey", "2027-05-10", "after Eid al-Adha", "2027-05-21", "Thu 2027-05-20", ""),
        # After the lead-ins other phrases are read after, as "feedback in 2 weeks" is (ot75
        # F3). Nigeria: Good Friday 03-26, Easter Monday 03-29 → Tue 03-30 → Wed 03-31; Eid
        # al-Fitr Wed 03-10 and Thu 03-11 → Fri 03-12 → Tue 03-16. South Africa: Freedom Day
        # Tue 04-27 → Wed 04-28 → Thu 04-29. Other words before one leave it unread.
        ("Nigeria", "2027-03-16", "feedback after Easter", "2027-03-31", "Tue 2027-03-30", ""),
        ("Nigeria", "2027-03-02", "they'll get back after Eid", "2027-03-16", "Fri 2027-03-12", ""),
        ("Nigeria", "2027-03-02", "they’ll get back after Eid", "2027-03-16", "Fri 2027-03-12", ""),
        ("Nigeria", "2027-03-02", "we will hear after Eid", "2027-03-16", "Fri 2027-03-12", ""),
        # Who answers named by role, as "they" (ot75 F8: not read).
        (
            "Nigeria",
            "2027-03-16",
            "Panel to revert after Easter",
            "2027-03-31",
            "Tue 2027-03-30",
            "",
        ),
        ("Nigeria", "2027-03-02", "HR will get back after Eid", "2027-03-16", "Fri 2027-03-12", ""),
        (
            "Ghana",
            "2027-03-01",
            "they'll get back to us after the Eid break",
            "2027-03-12",
            "Thu 2027-03-11",
            "",
        ),
        (
            "South Africa",
            "2027-04-20",
            "feedback after Freedom Day",
            "2027-04-29",
            "Wed 2027-04-28",
            "",
        ),
        (
            "England",
            "2027-03-16",
            "not before Easter",
            "2027-03-23",
            "",
            'row 2, column "Decision Date": "not before Easter" is not a date or a timeline '
            'phrase (e.g. "Friday", "next week", "in 2 weeks", "within 5 business days", '
            '"early January")',
        ),
        # French on Moroccan and Senegalese rows (ot75 F7): the package's French names whole
        # (Morocco's calendar is Arabic first), "l'Aïd" as Eid. Throne Day Fri 07-30 → Mon
        # 08-02 → Tue 08-03; Eid al-Fitr Tue 03-09 and Wed 03-10 → Thu 03-11 → Fri 03-12;
        # Eid al-Adha Sun 05-16 and Mon 05-17 → Tue 05-18 → Wed 05-19.
        ("Morocco", "2027-07-20", "après la Fête du Trône", "2027-08-03", "Mon 2027-08-02", ""),
        ("Morocco", "2027-07-20", "après Fête du Trône", "2027-08-03", "Mon 2027-08-02", ""),
        ("Morocco", "2027-03-02", "après l'Aïd", "2027-03-12", "Thu 2027-03-11", ""),
        ("Morocco", "2027-03-02", "après Aïd al-Fitr", "2027-03-12", "Thu 2027-03-11", ""),
        (
            "Morocco",
            "2027-03-02",
            "après la Fête de la rupture du jeûne",
            "2027-03-12",
            "Thu 2027-03-11",
            "",
        ),
        ("Morocco", "2027-05-10", "après l'Aïd el-Kébir", "2027-05-19", "Tue 2027-05-18", ""),
        ("Morocco", "2027-05-10", "après la Fête du sacrifice", "2027-05-19", "Tue 2027-05-18", ""),
        ("Senegal", "2027-05-10", "après la Tabaski", "2027-05-19", "Tue 2027-05-18", ""),
        # China: the Spring Festival ends Wed 02-10 → Thu 02-11 → Fri 02-12.
        ("China", "2027-01-20", "after Chinese New Year", "2027-02-12", "Thu 2027-02-11", ""),
        # Japan: Golden Week (Showa Day 04-29 to Children's Day Wed 05-05) → Thu 05-06 → Fri.
        ("Japan", "2027-04-20", "after Golden Week", "2027-05-07", "Thu 2027-05-06", ""),
        ("Japan", "2027-04-20", "ゴールデンウィーク明け", "2027-05-07", "Thu 2027-05-06", ""),
        # Korea: Seollal Sat 02-06..Mon 02-08 and its alternative day Tue 02-09 → Wed → Thu.
        ("Korea", "2027-01-20", "설날 이후", "2027-02-11", "Wed 2027-02-10", ""),
        # Maharashtra: Diwali Fri 10-29 and Bali Pratipada Sat 10-30 → Mon 11-01 → Tue 11-02.
        ("India - MH", "2027-10-18", "after Diwali", "2027-11-02", "Mon 2027-11-01", ""),
        # Israel (Sun-Thu week): Pesach Thu 04-22 and its seventh day Wed 04-28 → Thu 04-29;
        # 1 bd on is Sun 05-02, and the send window's Tuesday 05-04.
        ("Israel", "2027-04-01", "after Passover", "2027-05-04", "Thu 2027-04-29", ""),
        # A holiday the row's calendar does not count as a day off: no guess, the default 5
        # bd. ("After Easter" on a US row is after Easter Sunday since fx214:
        # tests/normalise/test_holiday_weekends.py.)
        (
            "US",
            "2027-03-16",
            "after Good Friday",
            "2027-03-23",
            "",
            'row 2, column "Decision Date": "after Good Friday" names Good Friday (Fri'
            " 2027-03-26), which is not a day off on the US calendar: write the date they gave",
        ),
        # A listed holiday the package does not know there at all, in any category: 5 bd
        # after Mon 03-01 is Mon 03-08, then the send window's Tuesday.
        (
            "US",
            "2027-03-01",
            "after Eid",
            "2027-03-09",
            "",
            'row 2, column "Decision Date": "after Eid" names a holiday that is not a day off '
            "on the US calendar: write the date they gave",
        ),
        # One the row's calendar never has says where it is a day off, by whatever name
        # (ot73 F4: London's "after St Patrick's Day" was no phrase, "after Paddy's Day" a
        # holiday England had "after the interview"): 5 bd after Mon 03-01, Tue 03-09.
        *[
            (
                "England",
                "2027-03-01",
                said,
                "2027-03-09",
                "",
                f'row 2, column "Decision Date": "{said}" names a holiday that is not a day off'
                " on the GB-ENG calendar (it is in Northern Ireland's and Ireland's): write the"
                " date they gave",
            )
            for said in ("after St Patrick's Day", "after Paddy's Day", "after Saint Patrick's Day")
        ],
        # Spain's Reyes is a day off in Puerto Rico only: 5 bd after Tue 2026-12-01.
        (
            "US",
            "2026-12-01",
            "después de Reyes",
            "2026-12-08",
            "",
            'row 2, column "Decision Date": "después de Reyes" names a holiday that is not a day'
            " off on the US calendar (it is in Puerto Rico's): write the date they gave",
        ),
        # A holiday that ended in the month before the interview is not next year's (ot68
        # F1): England's Easter Monday was 03-29; 5 bd after Tue 03-30 is Tue 04-06.
        (
            "England",
            "2027-03-30",
            "after Easter",
            "2027-04-06",
            "",
            'row 2, column "Decision Date": "after Easter" names Easter Monday (Mon 2027-03-29),'
            " which was before the interview: write the date they gave",
        ),
        (
            "England",
            "2027-03-30",
            "before Easter",
            "2027-04-06",
            "",
            'row 2, column "Decision Date": "before Easter" names Easter Monday (Mon 2027-03-29),'
            " which was before the interview: write the date they gave",
        ),
        # Hong Kong: Easter Monday 03-29; 5 bd after Wed 03-31 skips Ching Ming Mon 04-05.
        (
            "Hong Kong",
            "2027-03-31",
            "after Easter",
            "2027-04-08",
            "",
            'row 2, column "Decision Date": "after Easter" names Easter Monday (Mon 2027-03-29),'
            " which was before the interview: write the date they gave",
        ),
        # Saudi Arabia: "after Eid al-Fitr" names its last day off Sun 03-14, not next year's;
        # 5 bd after Tue 03-16 (Fri-Sat weekend) is Tue 03-23. "After Eid" alone is the next
        # Eid (ot79 F1): Eid al-Adha Sun 05-16..Wed 05-19 → Thu 05-20 → Tue 05-25. Said just
        # after Eid al-Adha, the next Eid al-Fitr is more than six months on: the one passed
        # (its observed day Wed 05-19) is meant; 5 bd after Tue 05-25 is Tue 06-01.
        (
            "Saudi Arabia",
            "2027-03-16",
            "after Eid al-Fitr",
            "2027-03-23",
            "",
            'row 2, column "Decision Date": "after Eid al-Fitr" names Eid al-Fitr Holiday'
            " (observed) (Sun 2027-03-14), which was before the interview: write the date they"
            " gave",
        ),
        ("Saudi Arabia", "2027-03-16", "after Eid", "2027-05-25", "Thu 2027-05-20", ""),
        (
            "Saudi Arabia",
            "2027-05-25",
            "after Eid",
            "2027-06-01",
            "",
            'row 2, column "Decision Date": "after Eid" names Eid al-Adha Holiday (observed)'
            " (Wed 2027-05-19), which was before the interview: write the date they gave",
        ),
        # Nigeria, four weeks after Eid al-Fitr (Thu 03-11): "Sallah" is the next Eid, Eid
        # al-Adha Mon 05-17 and Tue 05-18 → Wed 05-19 → Thu 05-20; "after Ramadan" names the
        # Eid that passed. Kenya has no Eid al-Adha off: its Idd-ul-Fitr passed, and next
        # year's is more than six months on; 5 bd after Wed 04-07 is Wed 04-14.
        ("Nigeria", "2027-04-07", "after Sallah", "2027-05-20", "Wed 2027-05-19", ""),
        ("Nigeria", "2027-04-07", "after Eid", "2027-05-20", "Wed 2027-05-19", ""),
        (
            "Nigeria",
            "2027-04-07",
            "after Ramadan",
            "2027-04-14",
            "",
            'row 2, column "Decision Date": "after Ramadan" names Id el Fitr Holiday (estimated)'
            " (Thu 2027-03-11), which was before the interview: write the date they gave",
        ),
        (
            "Kenya",
            "2027-04-07",
            "after Sallah",
            "2027-04-14",
            "",
            'row 2, column "Decision Date": "after Sallah" names Idd-ul-Fitr (estimated) (Tue'
            " 2027-03-09), which was before the interview: write the date they gave",
        ),
        # Veterans Day Wed 11-11 a week before; Labor Day and Memorial Day next year, more
        # than six months on: 5 bd after Wed 2026-11-18 is Wed 11-25.
        (
            "US - IL",
            "2026-11-18",
            "after Veterans Day",
            "2026-11-25",
            "",
            'row 2, column "Decision Date": "after Veterans Day" names Veterans Day (Wed'
            " 2026-11-11), which was before the interview: write the date they gave",
        ),
        (
            "US - IL",
            "2026-11-18",
            "after Labor Day",
            "2026-11-25",
            "",
            'row 2, column "Decision Date": "after Labor Day" names Labor Day (Mon 2027-09-06),'
            " which is more than six months after the interview: write the date they gave",
        ),
        (
            "US - IL",
            "2026-11-18",
            "after Memorial Day",
            "2026-11-25",
            "",
            'row 2, column "Decision Date": "after Memorial Day" names Memorial Day (Mon'
            " 2027-05-31), which is more than six months after the interview: write the date"
            " they gave",
        ),
        # Still read: Pesach's seventh day Wed 04-28 is yet to come on 04-25 (the first day,
        # Thu 04-22, was days before): Thu 04-29 → Sun 05-02 → Tue 05-04. Golden Week's
        # Showa Day 04-29 passed on 05-01, its May days to come: Thu 05-06 → Fri 05-07.
        ("Israel", "2027-04-25", "after Passover", "2027-05-04", "Thu 2027-04-29", ""),
        ("Japan", "2027-05-01", "after Golden Week", "2027-05-07", "Thu 2027-05-06", ""),
        # The names US trackers use (ot68 F2): MLK Day Mon 2027-01-18 → Tue 01-19 → Wed
        # 01-20; Presidents' Day (the package's Washington's Birthday) Mon 02-15 → Tue 02-16
        # → Wed 02-17. Ireland's St Patrick's Day Wed 03-17 → Thu 03-18 → Fri 03-19.
        ("US", "2026-12-10", "after MLK Day", "2027-01-20", "Tue 2027-01-19", ""),
        ("US", "2027-01-25", "after President's Day", "2027-02-17", "Tue 2027-02-16", ""),
        ("US", "2027-01-25", "after Presidents Day", "2027-02-17", "Tue 2027-02-16", ""),
        ("US", "2027-01-25", "after Presidents' Day", "2027-02-17", "Tue 2027-02-16", ""),
        ("Ireland", "2027-03-10", "after Paddy's Day", "2027-03-19", "Thu 2027-03-18", ""),
        # Good Friday by itself: a day off in Connecticut (Fri 03-26 → Mon 03-29 → Tue
        # 03-30), not in Illinois, which the Problems cell says as it does for Easter.
        ("US - CT", "2027-03-16", "after Good Friday", "2027-03-30", "Mon 2027-03-29", ""),
        (
            "US - IL",
            "2027-03-16",
            "after Good Friday",
            "2027-03-23",
            "",
            'row 2, column "Decision Date": "after Good Friday" names Good Friday (Fri'
            " 2027-03-26), which is not a day off on the US-IL calendar: write the date they"
            " gave",
        ),
        (
            "England",
            "2027-01-04",
            "after MLK Day",
            "2027-01-12",  # 5 bd after Mon 01-04: Mon 01-11, the send window's Tuesday
            "",
            'row 2, column "Decision Date": "after MLK Day" names a holiday that is not a day'
            " off on the GB-ENG calendar: write the date they gave",
        ),
        # In the languages decisions are read in, and by the holiday's name in the row's
        # country's own language (ot69 F11). Brazil: Carnaval Mon 02-08, Tue 02-09 → Wed 02-10
        # → Thu 02-11 (so Argentina's Lunes and Martes de Carnaval); Tiradentes Wed 04-21 →
        # Thu 04-22 → Fri 04-23; Good Friday 03-26 → Mon 03-29 → Tue 03-30; in Rio, São Jorge
        # Fri 04-23 → Mon 04-26 → Tue 04-27. Portugal: 25 de Abril, a Sunday, not observed →
        # Mon 04-26 → Tue 04-27. Madrid: Maundy Thursday 03-25, Good Friday 03-26 → Mon 03-29 →
        # Tue 03-30 (Catalonia: Easter Monday 03-29 → Tue 03-30 → Wed 03-31); Reyes Wed 01-06
        # → Thu 01-07 → Fri 01-08; San José Fri 03-19 → Mon 03-22 → Tue 03-23. Germany, Italy,
        # the Netherlands: Easter Monday 03-29 → Tue 03-30 → Wed 03-31; so France (Good Friday
        # worked).
        ("Brazil - SP", "2027-02-01", "depois do Carnaval", "2027-02-11", "Wed 2027-02-10", ""),
        ("Argentina", "2027-02-01", "después del Carnaval", "2027-02-11", "Wed 2027-02-10", ""),
        ("Brazil - SP", "2027-04-12", "depois de Tiradentes", "2027-04-23", "Thu 2027-04-22", ""),
        ("Brazil - SP", "2027-03-16", "depois da Páscoa", "2027-03-30", "Mon 2027-03-29", ""),
        ("Brazil - RJ", "2027-04-12", "depois de São Jorge", "2027-04-27", "Mon 2027-04-26", ""),
        ("Portugal", "2027-04-12", "depois do 25 de Abril", "2027-04-27", "Mon 2027-04-26", ""),
        ("Spain - MD", "2027-03-16", "después de Semana Santa", "2027-03-30", "Mon 2027-03-29", ""),
        ("Spain - CT", "2027-03-16", "después de Semana Santa", "2027-03-31", "Tue 2027-03-30", ""),
        ("Spain - MD", "2026-12-28", "después de Reyes", "2027-01-08", "Thu 2027-01-07", ""),
        ("Spain - MD", "2026-12-28", "después de Epifanía", "2027-01-08", "Thu 2027-01-07", ""),
        ("Spain - MD", "2027-03-10", "después de San José", "2027-03-23", "Mon 2027-03-22", ""),
        ("Germany", "2027-03-16", "nach Ostern", "2027-03-31", "Tue 2027-03-30", ""),
        ("France", "2027-03-16", "après Pâques", "2027-03-31", "Tue 2027-03-30", ""),
        ("Italy", "2027-03-16", "dopo Pasqua", "2027-03-31", "Tue 2027-03-30", ""),
        ("Netherlands", "2027-03-16", "na Pasen", "2027-03-31", "Tue 2027-03-30", ""),
        # Waikato keeps Auckland Anniversary Day, Mon 02-01 → Tue 02-02 → Wed 02-03.
        (
            "Hamilton, New Zealand",
            "2027-01-20",
            "after Auckland Anniversary Day",
            "2027-02-03",
            "Tue 2027-02-02",
            "",
        ),
        # Central and Eastern Europe and Turkey (ot71 F6), "after" in their languages too.
        # 1 May Sat 2027-05-01, whatever the calendar calls it in English (Poland's "National
        # Day", Turkey's "Labor and Solidarity Day"): Poland's 3 May Mon → Tue 05-04 → Wed
        # 05-05 (so "po majówce", 1-3 May); Turkey, Mon 05-03 → Tue 05-04. England's May Day
        # Mon 05-03 → Tue 05-04 → Wed 05-05.
        ("Poland", "2027-04-28", "after Labour Day", "2027-05-05", "Tue 2027-05-04", ""),
        ("Poland", "2027-04-28", "after May Day", "2027-05-05", "Tue 2027-05-04", ""),
        ("Poland", "2027-04-28", "po majówce", "2027-05-05", "Tue 2027-05-04", ""),
        ("Turkey", "2027-04-26", "after Labour Day", "2027-05-04", "Mon 2027-05-03", ""),
        ("England", "2027-04-20", "after May Day", "2027-05-05", "Tue 2027-05-04", ""),
        # Greece's Clean Monday, the package's Green Monday, Mon 03-15 → Tue 03-16 → Wed 03-17.
        ("Greece", "2027-03-10", "after Clean Monday", "2027-03-17", "Tue 2027-03-16", ""),
        ("Cyprus", "2027-03-10", "μετά την Καθαρά Δευτέρα", "2027-03-17", "Tue 2027-03-16", ""),
        # Lithuania's Joninės Thu 06-24 → Fri 06-25 → Mon 06-28 → the send window's Tue 06-29.
        ("Lithuania", "2027-06-18", "after Midsummer", "2027-06-29", "Fri 2027-06-25", ""),
        # Turkey: Kurban Bayramı Sun 05-16 to Wed 05-19 → Thu 05-20 → Fri 05-21; Ramazan
        # Bayramı Tue 03-09 to Thu 03-11 → Fri 03-12 → Mon 03-15 → Tue 03-16. "Bayram" alone
        # is the next of the two.
        ("Turkey", "2027-05-10", "after Kurban Bayrami", "2027-05-21", "Thu 2027-05-20", ""),
        ("Turkey", "2027-05-10", "Kurban Bayramı'ndan sonra", "2027-05-21", "Thu 2027-05-20", ""),
        ("Turkey", "2027-05-10", "bayramdan sonra", "2027-05-21", "Thu 2027-05-20", ""),
        ("Turkey", "2027-03-01", "after Bayram", "2027-03-16", "Fri 2027-03-12", ""),
        ("Turkey", "2027-03-01", "after Ramazan Bayramı", "2027-03-16", "Fri 2027-03-12", ""),
        # Easter: Poland's Easter Monday 03-29 → Tue 03-30 → Wed 03-31; Czechia's and
        # Hungary's Good Friday 03-26 and Easter Monday too. Orthodox Easter Sun 05-02:
        # Romania's Good Friday 04-30 to Mon 05-03 → Tue 05-04 → Wed 05-05; Greece's Easter
        # Monday 05-03 and 1 May observed Tue 05-04 → Wed 05-05 → Thu 05-06.
        ("Poland", "2027-03-24", "po Wielkanocy", "2027-03-31", "Tue 2027-03-30", ""),
        ("Czechia", "2027-03-24", "po Velikonocích", "2027-03-31", "Tue 2027-03-30", ""),
        ("Hungary", "2027-03-24", "húsvét után", "2027-03-31", "Tue 2027-03-30", ""),
        ("Romania", "2027-04-20", "după Paști", "2027-05-05", "Tue 2027-05-04", ""),
        ("Greece", "2027-04-20", "μετά το Πάσχα", "2027-05-06", "Wed 2027-05-05", ""),
        ("Greece", "2027-04-20", "after Orthodox Easter", "2027-05-06", "Wed 2027-05-05", ""),
        # Russia's May holidays, 1 May to Victory Day observed Mon 05-10 → Tue 05-11 → Wed.
        ("Russia", "2027-04-20", "после майских", "2027-05-12", "Tue 2027-05-11", ""),
        # Orthodox Easter on a Catholic calendar, May Day where 1 May is worked: not guessed.
        (
            "Poland",
            "2027-03-24",
            "after Orthodox Easter",
            "2027-04-01",  # 5 bd after Wed 03-24: 25, 26, (Easter Monday) 30, 31, Thu 04-01
            "",
            'row 2, column "Decision Date": "after Orthodox Easter" names a holiday that is not a'
            " day off on the PL calendar: write the date they gave",
        ),
        (
            "US",
            "2027-04-20",
            "after May Day",
            "2027-04-27",
            "",
            'row 2, column "Decision Date": "after May Day" names a holiday that is not a day off'
            " on the US calendar: write the date they gave",
        ),
        # A name in the country's language is matched whole: "sexta" (Friday) is not "Sexta-
        # feira Santa", "lundi" not "Lundi de Pâques"; the default 5 bd after Tue 03-16.
        *[
            (
                country,
                "2027-03-16",
                said,
                "2027-03-23",
                "",
                f'row 2, column "Decision Date": "{said}" is not a date or a timeline phrase'
                ' (e.g. "Friday", "next week", "in 2 weeks", "within 5 business days", "early'
                ' January")',
            )
            for country, said in (
                ("Brazil - SP", "depois de sexta"),
                ("France", "après lundi"),
                ("Poland", "po piątku"),
                ("Poland", "po Wielkiej"),
                ("Turkey", "cumadan sonra"),
                ("Greece", "μετά τη Δευτέρα"),
                # Not a holiday: "after the holiday", the National Stadium, a town, a person.
                ("Poland", "po święcie"),
                ("Poland", "po Narodowym"),
                ("Quebec", "après Saint-Jean-sur-Richelieu"),
                ("Quebec", "après Jean-Baptiste"),
            )
        ],
        # Any holiday of the row's calendar by its English name: Thanksgiving Day Thu 11-25 →
        # Fri 11-26 → Mon 11-29, and the send window's Tuesday 11-30.
        ("US", "2027-11-15", "after Thanksgiving", "2027-11-30", "Fri 2027-11-26", ""),
        # A day two holidays share is each one's (ot74 F1): Norway's 17 May 2027 is
        # "Constitution Day; Pentecost Monday" → Tue 05-18 → Wed 05-19, not 2028's.
        ("Norway", "2027-05-10", "after Pentecost Monday", "2027-05-19", "Tue 2027-05-18", ""),
        ("Norway", "2027-05-10", "after Constitution Day", "2027-05-19", "Tue 2027-05-18", ""),
        ("Denmark", "2027-05-10", "after Pentecost Monday", "2027-05-19", "Tue 2027-05-18", ""),
        # Said after it, the Problems line names the holiday meant, not the day's first.
        (
            "Norway",
            "2027-05-20",
            "after Pentecost Monday",
            "2027-05-27",
            "",
            'row 2, column "Decision Date": "after Pentecost Monday" names Pentecost Monday (Mon'
            " 2027-05-17), which was before the interview: write the date they gave",
        ),
        # A country's national day (fx110); where it has several, the next one, even just
        # after another: Hungary's Fri 08-20 → Mon 08-23 → Tue 08-24, Sat 10-23 → Mon 10-25 →
        # Tue 10-26, Mon 03-15 → Tue 03-16 → Wed 03-17; France's Wed 07-14 → Thu 07-15 → Fri;
        # Germany's Unity Day Sun 10-03 → Mon 10-04 → Tue; Poland's 11 November → Fri 11-12
        # → Mon 11-15 → the send window's Tue 11-16.
        ("Hungary", "2027-07-01", "after the national holiday", "2027-08-24", "Mon 2027-08-23", ""),
        ("Hungary", "2027-09-01", "a nemzeti ünnep után", "2027-10-26", "Mon 2027-10-25", ""),
        ("Hungary", "2027-02-20", "nemzeti ünnep után", "2027-03-17", "Tue 2027-03-16", ""),
        ("France", "2027-07-01", "après la fête nationale", "2027-07-16", "Thu 2027-07-15", ""),
        ("Germany", "2027-09-20", "after the national holiday", "2027-10-05", "Mon 2027-10-04", ""),
        ("Poland", "2027-10-20", "after the national holiday", "2027-11-16", "Fri 2027-11-12", ""),
        # Each country's own by the package's name, never a name guessed at (ot77 F1, F2):
        # Brazil's Independence Day Tue 09-07, not the National Day of Zumbi and Black
        # Awareness (11-20); Canada Day Thu 07-01, not the Day for Truth and Reconciliation;
        # the US's Independence Day Sun 07-04, observed Mon 07-05, not Juneteenth National
        # Independence Day (06-18); Finland's Mon 12-06; the Netherlands' King's Day Tue 04-27;
        # Portugal's Day of Portugal Thu 06-10; Norway's Constitution Day Mon 05-17; Mexico's
        # Thu 09-16; Ireland's St Patrick's Day Wed 03-17; Czechia's Thu 10-28; Estonia's Wed
        # 02-24; Australia Day Tue 01-26. Where there are several, the next: India's Republic
        # Day Tue 01-26 or Independence Day Sun 08-15; Korea's Liberation Day Sun 08-15
        # (Monday's alternative holiday) or National Foundation Day Sun 10-03 (and Mon 10-04);
        # Kenya's Madaraka Day Tue 06-01 or Jamhuri Day Sun 12-12 (Mon 12-13 observed);
        # Slovakia's Slovak National Uprising Sun 08-29; Lithuania's 16 February (Tue).
        ("Brazil", "2027-08-25", "after the national holiday", "2027-09-09", "Wed 2027-09-08", ""),
        ("Canada", "2027-06-22", "after the national holiday", "2027-07-06", "Fri 2027-07-02", ""),
        ("Ontario", "2027-06-15", "after the national holiday", "2027-07-06", "Fri 2027-07-02", ""),
        # Quebec's is its Fête nationale, the package's Saint John the Baptist Day Thu 06-24.
        ("Quebec", "2027-06-15", "après la fête nationale", "2027-06-29", "Fri 2027-06-25", ""),
        ("US", "2027-06-10", "after the national holiday", "2027-07-07", "Tue 2027-07-06", ""),
        ("Finland", "2027-11-24", "after the national holiday", "2027-12-08", "Tue 2027-12-07", ""),
        ("NL", "2027-04-20", "na de nationale feestdag", "2027-04-29", "Wed 2027-04-28", ""),
        ("PT", "2027-06-01", "after the national holiday", "2027-06-15", "Fri 2027-06-11", ""),
        ("Norway", "2027-05-10", "after the national day", "2027-05-19", "Tue 2027-05-18", ""),
        ("MX", "2027-09-08", "después de la fiesta nacional", "2027-09-21", "Fri 2027-09-17", ""),
        ("Ireland", "2027-03-10", "after the national holiday", "2027-03-19", "Thu 2027-03-18", ""),
        ("Czechia", "2027-10-20", "after the national holiday", "2027-11-02", "Fri 2027-10-29", ""),
        ("Estonia", "2027-02-15", "after the national holiday", "2027-02-26", "Thu 2027-02-25", ""),
        ("AU", "2027-01-20", "after the national holiday", "2027-01-28", "Wed 2027-01-27", ""),
        ("India", "2027-01-11", "after the national holiday", "2027-01-28", "Wed 2027-01-27", ""),
        ("India", "2027-08-09", "after the national holiday", "2027-08-17", "Mon 2027-08-16", ""),
        ("Korea", "2027-08-09", "after the national holiday", "2027-08-18", "Tue 2027-08-17", ""),
        ("Korea", "2027-09-28", "after the national holiday", "2027-10-06", "Tue 2027-10-05", ""),
        ("Kenya", "2027-05-20", "after the national holiday", "2027-06-03", "Wed 2027-06-02", ""),
        ("Kenya", "2027-12-06", "after the national holiday", "2027-12-15", "Tue 2027-12-14", ""),
        ("SK", "2027-08-20", "after the national holiday", "2027-08-31", "Mon 2027-08-30", ""),
        ("LT", "2027-02-10", "after the national holiday", "2027-02-18", "Wed 2027-02-17", ""),
        # Those fx110 read by the package's "National Day": Belgium's Wed 07-21, Singapore's
        # Mon 08-09, the UAE's Thu 12-02 and Fri 12-03, China's 10-01 to 10-05.
        ("Belgium", "2027-07-14", "après la fête nationale", "2027-07-23", "Thu 2027-07-22", ""),
        ("Singapore", "2027-08-02", "after the national day", "2027-08-11", "Tue 2027-08-10", ""),
        ("UAE", "2027-11-25", "after the national holiday", "2027-12-07", "Mon 2027-12-06", ""),
        ("China", "2027-09-22", "after the national holiday", "2027-10-07", "Wed 2027-10-06", ""),
        # Africa's (ot81 F1): Nigeria's National Day Fri 10-01 → Mon 10-04, Ghana's
        # Independence Day Mon 2028-03-06, Morocco's next of Throne Day Fri 07-30, Green March
        # Sat 11-06 and Independence Day Thu 11-18, South Africa's Freedom Day Tue 04-27,
        # Egypt's 23 July (Fri, on a Sunday-to-Thursday week), Tanzania's Union Day Mon 04-26
        # or Independence Day Thu 12-09.
        ("Nigeria", "2027-09-20", "after the national holiday", "2027-10-05", "Mon 2027-10-04", ""),
        ("Ghana", "2028-02-21", "after the national holiday", "2028-03-08", "Tue 2028-03-07", ""),
        ("Morocco", "2027-07-20", "after the national holiday", "2027-08-03", "Mon 2027-08-02", ""),
        ("Morocco", "2027-11-01", "après la fête nationale", "2027-11-09", "Mon 2027-11-08", ""),
        ("Morocco", "2027-11-15", "after the national holiday", "2027-11-23", "Fri 2027-11-19", ""),
        ("ZA", "2027-04-20", "after the national day", "2027-04-29", "Wed 2027-04-28", ""),
        ("Egypt", "2027-07-15", "after the national holiday", "2027-07-27", "Sun 2027-07-25", ""),
        ("TZ", "2027-04-20", "after the national holiday", "2027-04-28", "Tue 2027-04-27", ""),
        ("TZ", "2027-12-01", "after the national holiday", "2027-12-14", "Fri 2027-12-10", ""),
        # A country not in the table has one where its calendar has one holiday named exactly
        # "National Day" or "Independence Day", or one beginning "Independence Day": Uganda's
        # Sat 10-09, Cameroon's Thu 05-20, Senegal's Sun 04-04 (Mon 04-05 off), Vietnam's
        # 2-3 September, Belarus's Independence Day of the Republic of Belarus Sat 07-03.
        ("Uganda", "2027-10-01", "after the national holiday", "2027-10-12", "Mon 2027-10-11", ""),
        ("Cameroon", "2027-05-10", "après la fête nationale", "2027-05-25", "Fri 2027-05-21", ""),
        ("Senegal", "2027-03-29", "après la fête nationale", "2027-04-06", "Mon 2027-04-05", ""),
        ("Vietnam", "2027-08-25", "after the national day", "2027-09-07", "Mon 2027-09-06", ""),
        ("Belarus", "2027-06-25", "after the national holiday", "2027-07-06", "Mon 2027-07-05", ""),
        # The next one more than six months on is no decision day (Brazil's 2027 one was in
        # September); a country whose national day the tool does not know (Britain has none,
        # Japan several) is a row problem, not a guess. 5 bd after each interview.
        (
            "Brazil",
            "2027-11-10",
            "after the national holiday",
            "2027-11-18",
            "",
            'row 2, column "Decision Date": "after the national holiday" names Independence Day'
            " (Thu 2028-09-07), which is more than six months after the interview: write the"
            " date they gave",
        ),
        (
            "England",
            "2027-06-01",
            "after the national holiday",
            "2027-06-08",
            "",
            'row 2, column "Decision Date": "after the national holiday" names no one day on'
            " the GB-ENG calendar, which has no national holiday: write the date they gave",
        ),
        (
            "Japan",
            "2027-02-01",
            "after the national day",
            "2027-02-09",
            "",
            'row 2, column "Decision Date": "after the national day" names no one day on the JP'
            " calendar, whose public holidays are all national holidays (国民の祝日): write the"
            " date they gave",
        ),
        # Ethiopia's calendar has neither (its 28 May is not in the package, which the line
        # says); Myanmar's both, and which is meant is not guessed.
        (
            "Ethiopia",
            "2027-05-20",
            "after the national holiday",
            "2027-05-27",
            "",
            'row 2, column "Decision Date": "after the national holiday" names no one day on'
            " the ET calendar, whose national day, 28 May, the holidays package does not have:"
            " write the date they gave",
        ),
        (
            "Myanmar",
            "2027-11-20",
            "after the national holiday",
            "2027-11-30",
            "",
            'row 2, column "Decision Date": "after the national holiday" names no one day on'
            " the MM calendar, which has Independence Day and National Day: write the date"
            " they gave",
        ),
        # With one, the one just passed is the one they meant, as for Easter.
        (
            "France",
            "2027-07-20",
            "after the national holiday",
            "2027-07-27",
            "",
            'row 2, column "Decision Date": "after the national holiday" names National Day (Wed'
            " 2027-07-14), which was before the interview: write the date they gave",
        ),
        # Its break, holiday or weekend is Thanksgiving too (fx110); in California, with the
        # Day After Thanksgiving, Fri 11-26 → Mon 11-29 → Tue 11-30. Where no Thanksgiving is a
        # day off, the Problems cell says so (it named no holiday before).
        ("US", "2027-11-15", "after Thanksgiving break", "2027-11-30", "Fri 2027-11-26", ""),
        ("US", "2027-11-15", "after the Thanksgiving holiday", "2027-11-30", "Fri 2027-11-26", ""),
        # A weekend ends on its Sunday (ot97 F8): Mon 11-29 → Tue 11-30.
        ("US", "2027-11-15", "after Thanksgiving weekend", "2027-11-30", "Mon 2027-11-29", ""),
        ("US-CA", "2027-11-15", "after Thanksgiving break", "2027-11-30", "Mon 2027-11-29", ""),
        ("US-CA", "2027-11-15", "after Thanksgiving", "2027-11-30", "Mon 2027-11-29", ""),
        (
            "England",
            "2027-11-15",
            "after Thanksgiving",
            "2027-11-23",
            "",
            'row 2, column "Decision Date": "after Thanksgiving" names a holiday that is not a'
            " day off on the GB-ENG calendar: write the date they gave",
        ),
        # By the name the row's Why shows (Hong Kong's English) and by the US one alike:
        # Ching Ming Festival Mon 04-05 → Tue 04-06 → Wed 04-07.
        (
            "Hong Kong",
            "2027-03-24",
            "after Ching Ming Festival",
            "2027-04-07",
            "Tue 2027-04-06",
            "",
        ),
        ("Hong Kong", "2027-03-24", "after Tomb-Sweeping Day", "2027-04-07", "Tue 2027-04-06", ""),
        # Words that name no holiday are no phrase, as before; other words than the listed
        # holidays' only as a name begins ("Friday" is not Good Friday).
        (
            "England",
            "2027-03-16",
            "after Friday",
            "2027-03-23",
            "",
            'row 2, column "Decision Date": "after Friday" is not a date or a timeline '
            'phrase (e.g. "Friday", "next week", "in 2 weeks", "within 5 business days", '
            '"early January")',
        ),
        (
            "US",
            "2027-11-01",
            "after the interview",
            "2027-11-09",
            "",
            'row 2, column "Decision Date": "after the interview" is not a date or a timeline '
            'phrase (e.g. "Friday", "next week", "in 2 weeks", "within 5 business days", '
            '"early January")',
        ),
        # "After the holidays" outside November and December: which? (Labour Day week, in
        # China in late April.) Not guessed: the line says to name it.
        (
            "China",
            "2027-04-26",
            "after the holidays",
            "2027-05-05",
            "",
            'row 2, column "Decision Date": "after the holidays" is read only after an interview '
            "in November or December (as early January, the 10th): write the date or month "
            'they gave, or the holiday ("after Labour Day")',
        ),
        # Labour Day Sat 05-01, observed Mon 05-03 and Tue 05-04 → Wed 05-05 → Thu 05-06.
        ("China", "2027-04-26", "after Labour Day", "2027-05-06", "Wed 2027-05-05", ""),
        # "Before <holiday>" (fx93): the last business day before its first day off. England:
        # Thu 03-25 before Good Friday; 1 bd after skips Easter → Tue 03-30. So in Germany.
        ("England", "2027-03-16", "before Easter", "2027-03-30", "Thu 2027-03-25", ""),
        ("Germany", "2027-03-16", "vor Ostern", "2027-03-30", "Thu 2027-03-25", ""),
        # The US observes Christmas (Sat 12-25) on Fri 12-24: Thu 12-23 → Mon 12-27 → the send
        # window's Tue 12-28. France keeps Fri 12-24 → Mon 12-27 → Tue 12-28.
        ("US", "2027-12-01", "before Christmas", "2027-12-28", "Thu 2027-12-23", ""),
        ("France", "2027-12-01", "avant Noël", "2027-12-28", "Fri 2027-12-24", ""),
        # May Day Mon 05-03: Fri 04-30 → Tue 05-04.
        ("England", "2027-04-20", "before the bank holiday", "2027-05-04", "Fri 2027-04-30", ""),
        # The year's end (ot134 F1: "not a date or a timeline phrase", so 5 bd after the
        # interview, a week before it): 31 December of the interview's year, 1 bd after it
        # skips New Year's Day. 2026: Thu 12-31 → Mon 01-04 → Tue 01-05. 2027: Fri 12-31 (the
        # US's New Year's Day observed) → Mon 01-03 → Tue 01-04, and so after a January
        # interview. 2022: Sat 12-31 → Tue 01-03 (Mon 01-02 observed).
        *[
            (country, "2026-12-16", said, "2027-01-05", "Thu 2026-12-31", "")
            for country, said in (
                ("US", "end of year"),
                ("US", "EOY"),
                ("US", "by New Year's Eve"),
                ("US", "by NYE"),
                ("Germany", "bis Ende des Jahres"),
                ("Germany", "zwischen den Jahren"),
                ("England", "between Christmas and New Year"),
            )
        ],
        ("US", "2027-12-01", "by year end", "2028-01-04", "Fri 2027-12-31", ""),
        ("US", "2027-01-05", "by the end of the year", "2028-01-04", "Fri 2027-12-31", ""),
        ("US", "2022-12-20", "end of year", "2023-01-03", "Sat 2022-12-31", ""),
        # Saudi Arabia: Eid al-Fitr from Tue 03-09: Mon 03-08 → Mon 03-15 → Tue 03-16.
        ("Saudi Arabia", "2027-03-01", "before Eid", "2027-03-16", "Mon 2027-03-08", ""),
        # China: Chinese New Year's Eve Fri 02-05: Thu 02-04 → Thu 02-11 (after the festival).
        ("China", "2027-01-20", "before Chinese New Year", "2027-02-11", "Thu 2027-02-04", ""),
        ("China", "2027-01-20", "春节前", "2027-02-11", "Thu 2027-02-04", ""),
        # Korea: the day preceding Seollal Sat 02-06: Fri 02-05 → Wed 02-10.
        ("Korea", "2027-01-20", "설날 전", "2027-02-10", "Fri 2027-02-05", ""),
        # No working day left before the holiday after a weekend interview (fx93): the day was
        # due before the interview, a row problem, not 1 bd after it in silence. May Day Mon
        # 05-03 after Sat 05-01: 5 bd skip it → Mon 05-10 → the send window's Tue 05-11.
        (
            "England",
            "2027-05-01",
            "before the bank holiday",
            "2027-05-11",
            "",
            'row 2, column "Decision Date": "before the bank holiday" names May Day (Mon'
            " 2027-05-03), with no working day left before it after the interview: write the"
            " date they gave",
        ),
        # Said on the last working day before it, none is left after the interview (ot73
        # F6: the interview day itself was read as the decision, in silence): Fri 04-30, 5 bd
        # skip May Day → Mon 05-10 → Tue 05-11. Christmas Eve Thu 2026-12-24 in England: 5 bd
        # skip Christmas Fri 12-25, Boxing Day (observed) Mon 12-28, New Year's Day Fri 01-01 →
        # Tue 2027-01-05.
        (
            "England",
            "2027-04-30",
            "before the bank holiday",
            "2027-05-11",
            "",
            'row 2, column "Decision Date": "before the bank holiday" names May Day (Mon'
            " 2027-05-03), with no working day left before it after the interview: write the"
            " date they gave",
        ),
        *[
            (
                "England",
                "2026-12-24",
                said,
                "2027-01-05",
                "",
                f'row 2, column "Decision Date": "{said}" names {name}, with no working day left'
                " before it after the interview: write the date they gave",
            )
            for said, name in (
                ("before Christmas", "Christmas Day (Fri 2026-12-25)"),
                ("before the bank holiday", "Christmas Day (Fri 2026-12-25)"),
                ("before Boxing Day", "Boxing Day (Sat 2026-12-26)"),
            )
        ],
        # Brazil's 1 January by the name its people give it, not the package's "Universal
        # Fraternization Day" (ot73 F8a): Thu 12-31 leaves no working day before it; 5 bd
        # skip Fri 01-01 → Fri 01-08.
        (
            "Brazil",
            "2026-12-31",
            "before New Year's Day",
            "2027-01-08",
            "",
            'row 2, column "Decision Date": "before New Year\'s Day" names New Year\'s Day (Fri'
            " 2027-01-01), with no working day left before it after the interview: write the"
            " date they gave",
        ),
        # With a working day left, the last is the day: Thu 12-24 → Tue 12-29.
        ("England", "2026-12-22", "before Christmas", "2026-12-29", "Thu 2026-12-24", ""),
        # A holiday of a fixed day is that day where the row's calendar keeps it no day off
        # (ot134 F2: "not a day off on the CA/US calendar", so 5 bd after the interview,
        # before the day they named). New Year's Eve Thu 2026-12-31 in the US: Wed 12-30 →
        # Thu 12-31; after it, New Year's Day Fri → Mon 01-04 → Tue 01-05. Christmas Eve Fri
        # 2027-12-24 is the US's Christmas observed: Thu 12-23 → Tue 12-28 (the send window's).
        # Japan keeps no day of Christmas: Fri 2026-12-25, before it Thu 12-24 → Fri 12-25;
        # after it is early January there as everywhere. Movable holidays stay a problem
        # ("after Thanksgiving" in England, below): the US's or Canada's?
        ("US", "2026-12-16", "before New Year's Eve", "2026-12-31", "Wed 2026-12-30", ""),
        ("US", "2026-12-16", "before NYE", "2026-12-31", "Wed 2026-12-30", ""),
        ("US", "2026-12-16", "after New Year's Eve", "2027-01-05", "Mon 2027-01-04", ""),
        ("US", "2027-12-15", "before Christmas Eve", "2027-12-28", "Thu 2027-12-23", ""),
        ("Japan", "2026-12-16", "before Christmas", "2026-12-25", "Thu 2026-12-24", ""),
        # Boxing Day Sat 2026-12-26, observed Mon 12-28 in Canada alone as in Ontario (ot134
        # F2, F3): Tue 12-29 → Wed 12-30; Quebec works it: Mon 12-28 → Tue 12-29.
        ("Canada", "2026-12-22", "after Boxing Day", "2026-12-30", "Tue 2026-12-29", ""),
        ("Toronto, ON", "2026-12-22", "after Boxing Day", "2026-12-30", "Tue 2026-12-29", ""),
        ("Quebec", "2026-12-22", "after Boxing Day", "2026-12-29", "Mon 2026-12-28", ""),
        # "Before the holidays" (fx110): before the first of 24-26 December the row's calendar
        # has off. The US observes Sat 12-25 on Fri 12-24: Thu 12-23 → Tue 12-28 (the send
        # window's), said in November too (not Thanksgiving: "the holidays" then are the ones
        # "after the holidays" names, early January); Germany, France, Spain and the
        # Netherlands keep Fri 12-24 → Mon 12-27 → Tue 12-28; England: Fri 12-24 → Christmas
        # and Boxing Day observed Mon 12-27 and Tue 12-28 → Wed 12-29.
        ("US", "2027-12-01", "before the holidays", "2027-12-28", "Thu 2027-12-23", ""),
        ("US", "2027-11-15", "before the holidays", "2027-12-28", "Thu 2027-12-23", ""),
        ("Germany", "2027-12-01", "vor den Feiertagen", "2027-12-28", "Fri 2027-12-24", ""),
        ("France", "2027-12-01", "avant les fêtes", "2027-12-28", "Fri 2027-12-24", ""),
        ("Spain", "2027-12-01", "antes de las fiestas", "2027-12-28", "Fri 2027-12-24", ""),
        ("Netherlands", "2027-12-01", "voor de feestdagen", "2027-12-28", "Fri 2027-12-24", ""),
        ("Italy", "2027-12-01", "prima delle feste", "2027-12-28", "Fri 2027-12-24", ""),
        ("England", "2027-12-01", "before the holidays", "2027-12-29", "Fri 2027-12-24", ""),
        # More than six weeks before it, no one meant that break; after it, it is over; in
        # Japan no day of 24-26 December is off. 5 bd after each interview.
        (
            "US",
            "2027-11-01",
            "before the holidays",
            "2027-11-09",
            "",
            'row 2, column "Decision Date": "before the holidays" names Christmas Day (observed)'
            " (Fri 2027-12-24), which is more than six weeks after the interview: write the date"
            " they gave",
        ),
        (
            "US",
            "2027-12-28",
            "before the holidays",
            "2028-01-05",
            "",
            'row 2, column "Decision Date": "before the holidays" names Christmas Day (Sat'
            " 2027-12-25), which was before the interview: write the date they gave",
        ),
        (
            "Japan",
            "2027-12-01",
            "before the holidays",
            "2027-12-08",
            "",
            'row 2, column "Decision Date": "before the holidays" names a holiday that is not a'
            " day off on the JP calendar: write the date they gave",
        ),
        # Japan: Showa Day Thu 04-29: Wed 04-28 → Fri 04-30.
        ("Japan", "2027-04-20", "ゴールデンウィーク前", "2027-04-30", "Wed 2027-04-28", ""),
        (
            "US",
            "2027-03-16",
            "before Good Friday",
            "2027-03-23",
            "",
            'row 2, column "Decision Date": "before Good Friday" names Good Friday (Fri '
            "2027-03-26), which is not a day off on the US calendar: write the date they gave",
        ),
        # The days offices close that the row's business days count (fx93 #3) are holidays
        # it names, too: Brazil's Carnival Mon 02-08 and Tue 02-09 → Wed 02-10 → Thu 02-11;
        # Sweden's Midsummer Eve Fri 06-25 (Midsummer Day Sat 06-26) → Mon 06-28 → Tue 06-29;
        # Hong Kong's Good Friday 03-26 (and Sat 03-27, Easter Monday) → Tue 03-30 → Wed 03-31;
        # Japan's year-end closure to Mon 2028-01-03 → Tue 01-04 → Wed 01-05.
        ("Brazil", "2027-02-01", "after Carnival", "2027-02-11", "Wed 2027-02-10", ""),
        ("Sweden", "2027-06-14", "after Midsummer Eve", "2027-06-29", "Mon 2027-06-28", ""),
        ("Hong Kong", "2027-03-16", "after Good Friday", "2027-03-31", "Tue 2027-03-30", ""),
        # The Netherlands work Good Friday (ot74 F4): Easter's first day off is Easter Monday
        # 03-29, so before it is Fri 03-26 → Tue 03-30 (the day skipped), after it Tue 03-30.
        ("Nederland", "2027-03-16", "voor Pasen", "2027-03-30", "Fri 2027-03-26", ""),
        ("Nederland", "2027-03-16", "na Pasen", "2027-03-31", "Tue 2027-03-30", ""),
        (
            "Nederland",
            "2027-03-16",
            "after Good Friday",
            "2027-03-23",
            "",
            'row 2, column "Decision Date": "after Good Friday" names a holiday that is not a '
            "day off on the NL calendar: write the date they gave",
        ),
        (
            "Japan",
            "2027-12-20",
            "after the New Year holiday",
            "2028-01-05",
            "Tue 2028-01-04",
            "",
        ),
        # A holiday the package lists that the row's business days do not count (a morning
        # off, a half day) is not read as a day off: the Problems cell says so.
        (
            "Brazil",
            "2027-02-01",
            "after Ash Wednesday",
            "2027-02-10",
            "",
            'row 2, column "Decision Date": "after Ash Wednesday" names Ash Wednesday (Wed '
            "2027-02-10), which is not a day off on the BR calendar: write the date they gave",
        ),
        (
            "Denmark",
            "2027-05-20",
            "after Constitution Day",
            "2027-05-27",
            "",
            'row 2, column "Decision Date": "after Constitution Day" names Constitution Day '
            "(Sat 2027-06-05), which is not a day off on the DK calendar: write the date they "
            "gave",
        ),
        # National days decided per country from its calendar (fx137). Turkey's one Ulusal
        # Bayram (Law 2429) is Republic Day Fri 10-29 (the 28th's afternoon off is no day off)
        # → Mon 11-01 → Tue 11-02; said in April, not 23 April: 29 October is more than six
        # months on, 5 bd after Tue 04-20 skip Fri 04-23 → Wed 04-28. Greece's two: Independence
        # Day Thu 03-25 → Fri 03-26 → Mon 03-29 → Tue 03-30, Ohi Day Thu 10-28 → Fri 10-29 → Mon
        # 11-01 → Tue 11-02. Scotland's St Andrew's Day Tue 11-30 → Wed 12-01 → Thu 12-02.
        ("Turkey", "2027-10-20", "after the national holiday", "2027-11-02", "Mon 2027-11-01", ""),
        ("Turkey", "2027-10-20", "ulusal bayramdan sonra", "2027-11-02", "Mon 2027-11-01", ""),
        (
            "Turkey",
            "2027-04-20",
            "after the national holiday",
            "2027-04-28",
            "",
            'row 2, column "Decision Date": "after the national holiday" names Republic Day (Fri'
            " 2027-10-29), which is more than six months after the interview: write the date"
            " they gave",
        ),
        ("Greece", "2027-03-10", "after the national holiday", "2027-03-30", "Fri 2027-03-26", ""),
        ("Greece", "2027-10-20", "μετά την εθνική εορτή", "2027-11-02", "Fri 2027-10-29", ""),
        ("Scotland", "2027-11-20", "after the national day", "2027-12-02", "Wed 2027-12-01", ""),
        # Denmark's Constitution Day is no public holiday; Wales and Northern Ireland have no
        # national holiday (Northern Ireland's St Patrick's Day Wed 03-17 is skipped by the 5
        # bd, not named). 5 bd after each interview.
        (
            "Denmark",
            "2027-05-20",
            "after the national holiday",
            "2027-05-27",
            "",
            'row 2, column "Decision Date": "after the national holiday" names Constitution Day'
            " (Sat 2027-06-05), which is not a day off on the DK calendar: write the date they"
            " gave",
        ),
        *[
            (
                country,
                interview,
                "after the national holiday",
                due,
                "",
                'row 2, column "Decision Date": "after the national holiday" names no one day on'
                f" the {code} calendar, which has no national holiday: write the date they gave",
            )
            for country, code, interview, due in (
                ("Wales", "GB-WLS", "2027-02-20", "2027-02-26"),
                ("Northern Ireland", "GB-NIR", "2027-03-10", "2027-03-18"),
            )
        ],
        # Polish after "po", declined (fx137): 11 November Thu → Fri 11-12 → Mon 11-15 → Tue
        # 11-16; 3 May Mon (1 May a Saturday) → Tue 05-04 → Wed 05-05; All Saints' Day Mon
        # 11-01 → Tue 11-02 → Wed 11-03; Epiphany Wed 01-06 → Thu 01-07 → Fri 01-08; Corpus
        # Christi Thu 05-27 → Fri 05-28 → Mon 05-31 → Tue 06-01; Easter Monday 03-29 → Tue
        # 03-30 → Wed 03-31. Christmas and the new year at a December interview are "after the
        # holidays": Mon 2028-01-10 → Tue 01-11.
        ("Poland", "2027-10-20", "po święcie narodowym", "2027-11-16", "Fri 2027-11-12", ""),
        ("Poland", "2027-04-20", "po świętach narodowych", "2027-05-05", "Tue 2027-05-04", ""),
        ("Poland", "2027-10-20", "po Święcie Niepodległości", "2027-11-16", "Fri 2027-11-12", ""),
        ("Poland", "2027-10-20", "po 11 listopada", "2027-11-16", "Fri 2027-11-12", ""),
        (
            "Poland",
            "2027-04-20",
            "po Święcie Konstytucji 3 Maja",
            "2027-05-05",
            "Tue 2027-05-04",
            "",
        ),
        (
            "Poland",
            "2027-04-20",
            "po długim weekendzie majowym",
            "2027-05-05",
            "Tue 2027-05-04",
            "",
        ),
        ("Poland", "2027-10-20", "po Wszystkich Świętych", "2027-11-03", "Tue 2027-11-02", ""),
        ("Poland", "2026-12-28", "po Trzech Królach", "2027-01-08", "Thu 2027-01-07", ""),
        ("Poland", "2027-05-20", "po Bożym Ciele", "2027-06-01", "Fri 2027-05-28", ""),
        ("Poland", "2027-05-20", "po Bożego Ciała", "2027-06-01", "Fri 2027-05-28", ""),
        ("Poland", "2027-03-24", "po lanym poniedziałku", "2027-03-31", "Tue 2027-03-30", ""),
        ("Poland", "2027-12-01", "po Świętach", "2028-01-11", "Mon 2028-01-10", ""),
        ("Poland", "2027-12-01", "po Bożym Narodzeniu", "2028-01-11", "Mon 2028-01-10", ""),
        (
            "Poland",
            "2027-12-01",
            "po świętach bożonarodzeniowych",
            "2028-01-11",
            "Mon 2028-01-10",
            "",
        ),
        ("Poland", "2027-12-01", "po Sylwestrze", "2028-01-11", "Mon 2028-01-10", ""),
        ("Poland", "2027-12-01", "po Nowym Roku", "2028-01-11", "Mon 2028-01-10", ""),
        # Quebec's Fête nationale as Quebecers say it (fx137): Thu 06-24 → Fri 06-25 → Mon
        # 06-28 → Tue 06-29; before it, Wed 06-23 → Fri 06-25. Canada Day Thu 07-01 → Fri
        # 07-02 → Mon 07-05 → Tue 07-06. Not a day off in Ontario or France (5 bd after Tue
        # 06-15: Tue 06-22), nor Romania's Saint John the Baptist of 7 January.
        *[
            ("Quebec", "2027-06-15", said, "2027-06-29", "Fri 2027-06-25", "")
            for said in (
                "après la Saint-Jean-Baptiste",
                "après la Saint-Jean",
                "après la St-Jean",
                "après la Fête nationale du Québec",
            )
        ],
        ("Quebec", "2027-06-15", "avant la Saint-Jean", "2027-06-25", "Wed 2027-06-23", ""),
        ("Quebec", "2027-06-15", "après la fête du Canada", "2027-07-06", "Fri 2027-07-02", ""),
        (
            "Ontario",
            "2027-06-15",
            "après la Saint-Jean",
            "2027-06-22",
            "",
            'row 2, column "Decision Date": "après la Saint-Jean" names a holiday that is not a'
            " day off on the CA-ON calendar (it is in Quebec's): write the date they gave",
        ),
        (
            "France",
            "2027-06-15",
            "après la Saint-Jean",
            "2027-06-22",
            "",
            'row 2, column "Decision Date": "après la Saint-Jean" names a holiday that is not a'
            " day off on the FR calendar: write the date they gave",
        ),
        (
            "Romania",
            "2026-12-20",
            "after St John the Baptist Day",
            "2026-12-29",  # 5 bd after Sun 12-20 skip Christmas Fri 12-25: Mon 12-28 → Tue
            "",
            'row 2, column "Decision Date": "after St John the Baptist Day" names a holiday'
            " that is not a day off on the RO calendar: write the date they gave",
        ),
        # Japan's New Year closure (fx137): "after the holidays" and each of its wordings,
        # singular or plural, is the closure Fri 12-31 to Mon 01-03 → Tue 2028-01-04 → Wed
        # 01-05; "in the new year" stays early January, the 10th (Coming of Age Day) → Tue
        # 01-11, and elsewhere "after the New Year holiday" is early January too.
        *[
            ("Japan", "2027-12-20", said, "2028-01-05", "Tue 2028-01-04", "")
            for said in (
                "after the New Year holidays",
                "after New Year",
                "after New Year's Day",
                "after the holidays",
                "feedback after New Year",
                "正月明け",
                "年末年始明け",
                "年明け",
            )
        ],
        ("Japan", "2027-11-10", "after the holidays", "2028-01-05", "Tue 2028-01-04", ""),
        ("Japan", "2027-12-20", "in the new year", "2028-01-11", "Mon 2028-01-10", ""),
        ("US", "2027-12-20", "after the New Year holiday", "2028-01-11", "Mon 2028-01-10", ""),
        # Where a Lunar New Year is a holiday too, "after the New Year holiday" in December may
        # be either (ot86 F5): a row problem naming its first day; 1st check-in 5 bd after Thu
        # 12-10. "After New Year's Day", "after the holidays" stay the 10th; UK, US unchanged.
        *[
            (
                country,
                "2026-12-10",
                said,
                "2026-12-17",
                "",
                f'row 2, column "Decision Date": "{said}" could be after 1 January or after the'
                f" Lunar New Year ({first} on the {code} calendar): write the date they gave",
            )
            for country, code, first, said in (
                ("Vietnam", "VN", "Thu 2027-02-04", "after the New Year holiday"),
                ("Vietnam", "VN", "Thu 2027-02-04", "after New Year"),
                ("Vietnam", "VN", "Thu 2027-02-04", "feedback after the New Year break"),
                ("South Korea", "KR", "Sat 2027-02-06", "after the New Year holidays"),
                ("Singapore", "SG", "Sat 2027-02-06", "after the New Year holiday"),
                ("China", "CN", "Fri 2027-02-05", "after the New Year holidays"),
            )
        ],
        ("Vietnam", "2026-12-10", "after New Year's Day", "2027-01-12", "Sun 2027-01-10", ""),
        ("Vietnam", "2026-12-10", "after the holidays", "2027-01-12", "Sun 2027-01-10", ""),
        ("Vietnam", "2026-12-10", "after the Lunar New Year", "2027-02-12", "Thu 2027-02-11", ""),
        ("UK", "2026-12-10", "after New Year", "2027-01-12", "Sun 2027-01-10", ""),
        # "年後", "年以降", "年前" are "N years later/ago" without the number, not the New Year
        # (ot86 F6): 1st check-in 5 bd after Tue 12-01; "年明け以降", "年始以降" are.
        *[
            (
                "Japan",
                "2026-12-01",
                said,
                "2026-12-08",
                "",
                f'row 2, column "Decision Date": "{said}" is not a date or a timeline phrase (e.g.'
                ' "Friday", "next week", "in 2 weeks", "within 5 business days", "early January")',
            )
            for said in ("年後", "年以降", "年前")
        ],
        ("Japan", "2026-12-01", "年明け以降", "2027-01-05", "Mon 2027-01-04", ""),
        ("Japan", "2026-12-01", "年始以降", "2027-01-05", "Mon 2027-01-04", ""),
        # Said in February, the closure is ten months on; named as the Why names it, not as the
        # package's "Bank Holiday" (ot86 F11).
        *[
            (
                "Japan",
                "2027-02-15",
                said,
                "2027-02-24",
                "",
                f'row 2, column "Decision Date": "{said}" names New Year holiday (Fri 2027-12-31),'
                " which is more than six months after the interview: write the date they gave",
            )
            for said in ("年明け", "正月明け")
        ],
        (
            "Japan",
            "2027-07-20",
            "after the New Year holidays",
            "2027-07-27",
            "",
            'row 2, column "Decision Date": "after the New Year holidays" is read only after an'
            " interview in November or December (as early January, the 10th): write the date or"
            ' month they gave, or the holiday ("after Labour Day")',
        ),
        # "Before Eid" is before the next Eid (fx137). Saudi Arabia, Fri-Sat weekend: said in
        # February, Eid al-Fitr from Tue 03-09: Mon 03-08 → Tue to Thu, Sun 03-14 (observed)
        # → Mon 03-15 → Tue 03-16; said in April, or just after Eid al-Fitr, Eid al-Adha from
        # Sun 05-16: Thu 05-13 → Sun to Wed 05-19 → Thu 05-20. Not a day off in Germany.
        ("Saudi Arabia", "2027-02-10", "before Eid", "2027-03-16", "Mon 2027-03-08", ""),
        ("Saudi Arabia", "2027-04-20", "before Eid", "2027-05-20", "Thu 2027-05-13", ""),
        ("Saudi Arabia", "2027-03-15", "before Eid", "2027-05-20", "Thu 2027-05-13", ""),
        ("Saudi Arabia", "2027-02-10", "before Eid al-Adha", "2027-05-20", "Thu 2027-05-13", ""),
        (
            "Germany",
            "2027-02-10",
            "before Eid",
            "2027-02-17",
            "",
            'row 2, column "Decision Date": "before Eid" names a holiday that is not a day off on'
            " the DE calendar: write the date they gave",
        ),
    ],
)
def test_a_decision_after_a_holiday_waits_for_it_on_the_rows_calendar(
    tmp_path: Path, country: str, interview: str, said: str, due: str, read_as: str, problem: str
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Country,Decision Date\n"
        f'Acme,Engineer,{interview},"{country}",{said}\n',
        encoding="utf-8-sig",  # "CSV UTF-8": its "→" stays (ASCII alone: ot96 F4)
    )
    out = tmp_path / "out.csv"
    code, _, err = invoke("run", str(tracker), "--as-of", interview, "--output", str(out))
    assert code == 0, err
    with out.open(encoding="utf-8-sig") as written:
        (row,) = csv.DictReader(written)
    assert row["1st check-in due"] == due
    assert row["Problems"] == problem
    if read_as:
        assert f'1 bd after the stated decision "{said}", read as {read_as} ' in row["Why"]


# A thank-you note is not left due for months while the check-in waits for a decision stated
# weeks away (ot74 F3, the tester's Belgian row): interview Wed 2027-01-13, "après Pâques" read
# as Tue 03-30, so the 1st check-in is Wed 03-31; the thank-you, due Thu 01-14, is skipped
# from Thu 01-28, 14 days on. A second run the same day changes nothing.
@pytest.mark.parametrize(
    ("as_of", "status", "action", "due", "draft", "skipped"),
    [
        ("2027-01-27", "Overdue", "Thank-you note", "14/01/2027", "Thank you for taking", ""),
        (
            "2027-01-28",
            "Scheduled",
            "1st check-in",
            "31/03/2027",
            "I hope your week is going well",
            "Skipped: Thank-you note (unsent 14 days after its due date Thu 2027-01-14: too "
            "late to thank them for the interview)",
        ),
        (
            "2027-03-30",
            "Due soon",
            "1st check-in",
            "31/03/2027",
            "I hope your week is going well",
            "Skipped: Thank-you note (unsent 14 days after its due date Thu 2027-01-14: too "
            "late to thank them for the interview)",
        ),
    ],
)
def test_a_thank_you_two_weeks_late_gives_way_to_the_check_in(
    tmp_path: Path, as_of: str, status: str, action: str, due: str, draft: str, skipped: str
) -> None:
    tracker = tmp_path / "suivi.csv"
    tracker.write_text(
        "Entreprise;Poste;Date d'entretien;Recruteur;Réponse attendue;Pays\n"
        "Solvay;Ingénieur chimiste;13/01/2027;Jean-Luc Dupont;après Pâques;Belgique\n",
        encoding="utf-8",
    )
    code, _, err = invoke("run", str(tracker), "--as-of", as_of, "-q")
    assert (code, err) == (0, "")
    written = tracker.read_bytes()
    with tracker.open(encoding="utf-8-sig", newline="") as f:
        (row,) = csv.DictReader(f, delimiter=";")
    assert (row["Follow-up status"], row["Next action"], row["Next due"]) == (status, action, due)
    assert row["Thank-you due"] == "14/01/2027"
    assert row["1st check-in due"] == "31/03/2027"
    assert row["Draft"].split("\n")[2].startswith(draft)
    assert [line for line in row["Why"].split("\n") if line.startswith("Skipped")] == (
        [skipped] if skipped else []
    )
    assert invoke("run", str(tracker), "--as-of", as_of, "-q")[0] == 0
    assert tracker.read_bytes() == written


# The config's days off are the row's calendar for a holiday phrase too (fx93 #3): England,
# interview Tue 2027-03-16. After Easter Monday 03-29, a day off Tue 03-30: Wed 03-31, then
# Thu 04-01. Before Good Friday 03-26, a day off Thu 03-25: Wed 03-24, then (03-25 off, Easter)
# Tue 03-30.
@pytest.mark.parametrize(
    ("said", "day_off", "read_as", "due"),
    [
        ("after Easter", "2027-03-30", "Wed 2027-03-31", "2027-04-01"),
        ("before Easter", "2027-03-25", "Wed 2027-03-24", "2027-03-30"),
    ],
)
def test_a_holiday_phrase_counts_the_configs_days_off(
    tmp_path: Path, said: str, day_off: str, read_as: str, due: str
) -> None:
    config = tmp_path / "office.toml"
    config.write_text(f'days_off = ["{day_off}"]\n', encoding="utf-8")
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Country,Decision Date\n"
        f"Acme,Engineer,2027-03-16,England,{said}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    args = ("--as-of", "2027-03-16", "--config", str(config), "--output", str(out))
    code, _, err = invoke("run", str(tracker), *args)
    assert code == 0, err
    with out.open(encoding="utf-8-sig") as written:
        (row,) = csv.DictReader(written)
    assert (row["1st check-in due"], row["Problems"]) == (due, "")
    assert f'1 bd after the stated decision "{said}", read as {read_as} ' in row["Why"]


@pytest.mark.parametrize(
    ("country", "interview", "industry", "seniority", "due", "why", "line"),
    [
        # An outside test's rows, each scheduled on US holidays before (the country was not
        # read, or the weekend was today's). Dubai: Arafat Day and Eid al-Adha Tue-Fri 05-26..29
        # and the Sat-Sun weekend; 3 bd after Sun 05-24 is Tue 06-02 (US: Thu 05-28).
        (
            "Dubai",
            "2026-05-24",
            "tech",
            "",
            {"1st check-in due": "2026-06-02"},
            "",
            "On the United Arab Emirates (AE) calendar.",
        ),
        # 中国: Spring Festival 02-16..20 and 02-23 off, Saturdays 02-14 and 02-28 worked; 7 bd
        # after Thu 02-12 is Sat 02-28 (the send window's Tuesday is 3 days on: it stays).
        (
            "中国",
            "2026-02-12",
            "manufacturing",
            "",
            {"1st check-in due": "2026-02-28"},
            "Day off (substituted from 2026-02-14) Fri 02-20",
            "On the China (CN) calendar.",
        ),
        # ישראל: Sun-Thu week; 5 bd after Thu 03-26 skip Pesach Thu 04-02: Sun 04-05, then Tue
        # 04-07 (send window); 10 bd after it skip Wed 04-08 and Independence Day Wed 04-22.
        (
            "ישראל",
            "2026-03-26",
            "tech",
            "senior",
            {"1st check-in due": "2026-04-07", "2nd check-in due": "2026-04-23"},
            "",
            "On the Israel (IL) calendar, Sun–Thu week.",
        ),
        # The UAE's weekend was Fri-Sat in 2021: 2 bd after Wed 12-08 is Sun 12-12, then Tue;
        # the final follow-up, 4 weeks after, is counted on the Mon-Fri week of 2022, and the
        # Why names both (report ot28, F6: it named the interview's week only).
        (
            "AE",
            "2021-12-08",
            "tech",
            "entry",
            {"1st check-in due": "2021-12-14", "Final follow-up due": "2022-01-05"},
            "",
            "On the United Arab Emirates (AE) calendar, Sun–Thu week until 2021-12-31, then "
            "Mon–Fri.",
        ),
        # The outside test's Dubai row: every due date in 2022, on the Mon-Fri week.
        (
            "Dubai",
            "2021-12-28",
            "",
            "",
            {"1st check-in due": "2022-01-05", "Final follow-up due": "2022-01-25"},
            "",
            "On the United Arab Emirates (AE) calendar, Sun–Thu week until 2021-12-31, then "
            "Mon–Fri.",
        ),
        # ... and its KSA row: Thu-Fri weekend until 2013-06-27, Fri-Sat after (5 bd after Mon
        # 06-24 skip Thu 06-27, Fri 06-28 and Sat 06-29: Tue 07-02).
        (
            "KSA",
            "2013-06-24",
            "",
            "",
            {"1st check-in due": "2013-07-02"},
            "",
            "On the Saudi Arabia (SA) calendar, Sat–Wed week until 2013-06-27, then Sun–Thu.",
        ),
        # All its dates before the change: the one week.
        (
            "AE",
            "2021-10-04",
            "tech",
            "entry",
            {"1st check-in due": "2021-10-06", "Final follow-up due": "2021-11-02"},
            "",
            "On the United Arab Emirates (AE) calendar, Sun–Thu week.",
        ),
        # A holiday's name mid-sentence: 'The day preceding Chuseok' in lower case.
        (
            "대한민국",
            "2026-09-23",
            "tech",
            "",
            {"1st check-in due": "2026-09-30"},
            "(skipped the day preceding Chuseok Thu 09-24, Chuseok Fri 09-25)",
            "On the South Korea (KR) calendar.",
        ),
        # Brazil's Carnival Monday and Tuesday (optional in the holidays package; offices
        # close): 7 bd after Fri 02-13 start Wed 02-18 and end Thu 02-26 (not Tue 02-24).
        (
            "Brasil",
            "2026-02-13",
            "banking",
            "",
            {"1st check-in due": "2026-02-26"},
            "(skipped Carnival Mon 02-16, Carnival Tue 02-17)",
            "On the Brazil (BR) calendar.",
        ),
        # The year's end where offices close beyond the public holidays (ot54-F3), as the
        # holidays package files those days: Japan's bank days Dec 31-Jan 3 (Thu 01-06
        # without them), Sweden's de facto New Year's Eve (Tue 01-05 without), Denmark's
        # Christmas Eve (Thu 12-24 without). Brazil's Dec 24 stays a working day.
        (
            "Japan",
            "2026-12-25",
            "manufacturing",
            "",
            {"1st check-in due": "2027-01-07"},
            "(skipped New Year holiday Thu 12-31, New Year's Day Fri 01-01)",
            "On the Japan (JP) calendar.",
        ),
        (
            "Sverige",
            "2026-12-28",
            "tech",
            "senior",
            {"1st check-in due": "2027-01-07"},
            "(skipped New Year's Eve Thu 12-31, New Year's Day Fri 01-01, Epiphany Wed 01-06)",
            "On the Sweden (SE) calendar.",
        ),
        (
            "Danmark",
            "2026-12-21",
            "tech",
            "",
            {"1st check-in due": "2026-12-29"},
            "→ Mon 2026-12-28 (skipped Christmas Eve Thu 12-24, Christmas Day Fri 12-25)",
            "On the Denmark (DK) calendar.",
        ),
        (
            "Brasil",
            "2026-12-21",
            "tech",
            "",
            {"1st check-in due": "2026-12-24"},
            "= 3 bd after Mon 2026-12-21 → Thu 2026-12-24\n",
            "On the Brazil (BR) calendar.",
        ),
        # Hong Kong's offices (ot62 F2): Monday-Friday, closed on its general holidays. 7 bd
        # after Wed 2027-03-24: Thu 03-25, then (Good Friday 03-26, the weekend, Easter Monday
        # 03-29) Tue 03-30 to Fri 04-02, then (the weekend, Ching Ming Festival Mon 04-05: Hong
        # Kong's English name for it, as the calendar's own English gives it) Tue
        # 04-06 and Wed 04-07 (not Fri 04-02: Good Friday and Saturdays were counted); 10 bd
        # later Wed 04-21; the final, 5 bd after that (later than 4 weeks), Wed 04-28.
        (
            "Hong Kong",
            "2027-03-24",
            "banking",
            "",
            {
                "1st check-in due": "2027-04-07",
                "2nd check-in due": "2027-04-21",
                "Final follow-up due": "2027-04-28",
            },
            "(skipped Good Friday Fri 03-26, Easter Monday Mon 03-29,"
            " Ching Ming Festival Mon 04-05)",
            "On the Hong Kong (HK) calendar.",
        ),
        # A cell no calendar fits: still scheduled, on the default, and the Why says so (5 bd
        # after Thu 11-19 skip Thanksgiving: Fri 11-27).
        (
            "Atlantis",
            "2026-11-19",
            "",
            "",
            {"1st check-in due": "2026-11-27"},
            "(skipped Thanksgiving Day Thu 11-26)",
            'On the United States (US) calendar: "Atlantis" is not a country the holiday '
            "calendars know.",
        ),
    ],
)
def test_a_rows_country_gives_its_calendar_and_the_why_names_it(
    tmp_path: Path,
    country: str,
    interview: str,
    industry: str,
    seniority: str,
    due: dict[str, str],
    why: str,
    line: str,
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Industry,Seniority,Country\n"
        f"Acme,Engineer,{interview},{industry},{seniority},{country}\n",
        encoding="utf-8-sig",  # "CSV UTF-8": its "→" stays (ASCII alone: ot96 F4)
    )
    out = tmp_path / "out.csv"
    code, _, err = invoke("run", str(tracker), "--as-of", interview, "--output", str(out))
    assert code == 0, err
    (row,) = csv.DictReader(out.open(encoding="utf-8-sig"))
    assert {name: row[name] for name in due} == due
    assert why in row["Why"]
    assert row["Why"].endswith(f"\n{line}")


# Week phrases on the row's own work week (ot62 F1): "end of week" is the last working day of
# the interview's week (the next week's when the interview is on it or later), "next week"
# that of the first work week starting after the interview. Counted by hand; the 1st
# check-in is 1 bd after that day, then the Tuesday send window when it is 2 days off or less.
@pytest.mark.parametrize(
    ("country", "interview", "phrase", "read_as", "check_in_1"),
    [
        # Israel, Fri-Sat weekend: Sun 04-18 is the first day of its week; next week is Sun
        # 04-25 to Thu 04-29; 1 bd after it is Sun 05-02, then Tue 05-04. Not Fri 04-23.
        ("Israel", (2027, 4, 18), "next week", '"next week", read as Thu 2027-04-29', "2027-05-04"),
        ("Israel", (2027, 4, 19), "next week", '"next week", read as Thu 2027-04-29', "2027-05-04"),
        (
            "IL",
            (2027, 4, 18),
            "end of next week",
            '"end of next week", read as Thu 2027-04-29',
            "2027-05-04",
        ),
        # A week's end is the tool's reading too, quoted as "end of next week" is (ot125 F2):
        # after Wed 2026-11-18 in the US, "EOW" is Fri 11-20 (Mon 11-23, then Tue 11-24), "end
        # of next week" Fri 11-27 (Mon 11-30, Tue 12-01); after Sat 11-14, "end of week" is
        # next week's Fri 11-20.
        ("US", (2026, 11, 18), "EOW", '"EOW", read as Fri 2026-11-20', "2026-11-24"),
        (
            "US",
            (2026, 11, 18),
            "end of next week",
            '"end of next week", read as Fri 2026-11-27',
            "2026-12-01",
        ),
        (
            "US",
            (2026, 11, 14),
            "end of week",
            '"end of week", read as Fri 2026-11-20',
            "2026-11-24",
        ),
        # Its own week ends Thu 04-22, Pesach: its last working day is Wed 04-21 (ot69 F12);
        # 1 bd after skips the holiday: Sun 04-25, then Tue 04-27.
        (
            "Israel",
            (2027, 4, 18),
            "end of week",
            '"end of week", read as Wed 2027-04-21',
            "2027-04-27",
        ),
        ("Israel", (2027, 4, 18), "this week", '"this week", read as Wed 2027-04-21', "2027-04-27"),
        # On the week's last working day: the following week's, Thu 05-06 (not Fri 04-30, a
        # weekend day): Sun 05-09, then Tue 05-11.
        (
            "Israel",
            (2027, 4, 29),
            "end of week",
            '"end of week", read as Thu 2027-05-06',
            "2027-05-11",
        ),
        # Saudi Arabia, Fri-Sat weekend: Sun 05-02 and Mon 05-03 both give Thu 05-13; 1 bd
        # after skips Eid al-Adha Sun 05-16 to Wed 05-19: Thu 05-20 (Tuesday is 5 days on).
        (
            "Saudi Arabia",
            (2027, 5, 2),
            "next week",
            '"next week", read as Thu 2027-05-13',
            "2027-05-20",
        ),
        (
            "Saudi Arabia",
            (2027, 5, 3),
            "next week",
            '"next week", read as Thu 2027-05-13',
            "2027-05-20",
        ),
        ("SA", (2027, 4, 29), "this week", '"this week", read as Thu 2027-05-06', "2027-05-11"),
        # The UAE, Mon-Fri since 2022: a Sunday is its weekend, next week ends Fri 04-23;
        # Mon 04-26, then Tue 04-27. In 2021 it had Israel's week: Sun 2021-10-03's next week
        # ends Thu 10-14; Sun 10-17, then Tue 10-19.
        ("UAE", (2027, 4, 18), "next week", '"next week", read as Fri 2027-04-23', "2027-04-27"),
        ("UAE", (2021, 10, 3), "next week", '"next week", read as Thu 2021-10-14', "2021-10-19"),
        # The US as before: Fri 04-30's end of week is Fri 05-07 (Mon 05-10, Tue 05-11);
        # Mon 04-19's next week ends Fri 04-30 (Mon 05-03, Tue 05-04).
        ("US", (2027, 4, 30), "end of week", '"end of week", read as Fri 2027-05-07', "2027-05-11"),
        ("US", (2027, 4, 19), "next week", '"next week", read as Fri 2027-04-30', "2027-05-04"),
        # A Fri-Sat and a Sat-Sun weekend on one Thursday: Israel's week ends that day (the
        # following Thu 05-13: Sun 05-16, Tue 05-18), the US's the next day (Fri 05-07).
        (
            "Israel",
            (2027, 5, 6),
            "end of week",
            '"end of week", read as Thu 2027-05-13',
            "2027-05-18",
        ),
        ("US", (2027, 5, 6), "end of week", '"end of week", read as Fri 2027-05-07', "2027-05-11"),
        # "Early next week" is the third day of that work week (fx93): Tue 04-27 in Israel (its
        # week Sun 04-25 to Thu 04-29, not Wed 04-28, the seventh day of Pesach), 1 bd after
        # skips Pesach: Thu 04-29. Said on Thu 04-29 (its week's last day): Tue 05-04, Wed 05-05.
        (
            "Israel",
            (2027, 4, 18),
            "early next week",
            '"early next week", read as Tue 2027-04-27',
            "2027-04-29",
        ),
        (
            "Israel",
            (2027, 4, 29),
            "by early next week",
            '"by early next week", read as Tue 2027-05-04',
            "2027-05-05",
        ),
        # Saudi Arabia: Sun 05-09 to Thu 05-13, so Tue 05-11; Wed 05-12.
        (
            "Saudi Arabia",
            (2027, 5, 2),
            "start of next week",
            '"start of next week", read as Tue 2027-05-11',
            "2027-05-12",
        ),
        # The UAE's week of each date: Sun-Thu in 2021 (Tue 10-12, Wed 10-13); Mon-Fri in
        # 2027, where Sun 04-18 is a weekend day before Mon 04-19's week: Wed 04-21, Thu 04-22.
        (
            "UAE",
            (2021, 10, 3),
            "early next week",
            '"early next week", read as Tue 2021-10-12',
            "2021-10-13",
        ),
        (
            "UAE",
            (2027, 4, 18),
            "early next week",
            '"early next week", read as Wed 2027-04-21',
            "2027-04-22",
        ),
        # The US as before: Wed 04-28, Thu 04-29 (Tuesday 05-04 is 5 days on).
        (
            "US",
            (2027, 4, 19),
            "early next week",
            '"early next week", read as Wed 2027-04-28',
            "2027-04-29",
        ),
        # A week ending on a holiday ends on the working day before it, in every language
        # (ot69 F12): after Wed 03-17, next week ends on Good Friday 03-26 in Brazil, Britain
        # and Germany, so Thu 03-25; 1 bd after skips the Friday (and Easter Monday 03-29 in
        # Britain and Germany): Mon 03-29 / Tue 03-30, then Tue 03-30.
        (
            "São Paulo, SP",
            (2027, 3, 17),
            "semana que vem",
            '"semana que vem", read as Thu 2027-03-25',
            "2027-03-30",
        ),
        ("UK", (2027, 3, 17), "next week", '"next week", read as Thu 2027-03-25', "2027-03-30"),
        (
            "Germany",
            (2027, 3, 17),
            "Ende nächster Woche",
            '"Ende nächster Woche", read as Thu 2027-03-25',
            "2027-03-30",
        ),
        # The US works Good Friday: its next week still ends that Friday (Mon 03-29, Tue 03-30).
        ("US", (2027, 3, 17), "next week", '"next week", read as Fri 2027-03-26', "2027-03-30"),
        # End of week said on the Thursday before Good Friday leaves no working day after the
        # interview: the Friday stands (drafts do not quote a holiday); 1 bd after it skips
        # Easter Monday: Tue 03-30. Wed 03-24's end of week is Thu 03-25 (Tue 03-30 too).
        ("UK", (2027, 3, 25), "end of week", '"end of week", read as Fri 2027-03-26', "2027-03-30"),
        ("UK", (2027, 3, 24), "end of week", '"end of week", read as Thu 2027-03-25', "2027-03-30"),
        # A calendar week gives way alike (ot74 F6): week 12 of 2027 ends on Good Friday 03-26;
        # in Norway Maundy Thursday 03-25 is off too: Wed 03-24; in Sweden Thu 03-25; the US
        # works the Friday. Sweden's week 52 of 2026 ends on Christmas Day, its Christmas Eve
        # off: Wed 12-23, then Mon 12-28 → Tue 12-29. In Israel, week 17 ends on Thursday
        # 04-29, its weekend's Friday given way. Said on the Thursday before Good Friday, the
        # Friday stands. The 1st check-in dates are as before: 1 bd after either day.
        ("Norway", (2027, 3, 17), "week 12", '"week 12", read as Wed 2027-03-24', "2027-03-30"),
        ("Norway", (2027, 3, 17), "KW 12", '"KW 12", read as Wed 2027-03-24', "2027-03-30"),
        ("Sweden", (2027, 3, 17), "vecka 12", '"vecka 12", read as Thu 2027-03-25', "2027-03-30"),
        ("US", (2027, 3, 17), "week 12", '"week 12", read as Fri 2027-03-26', "2027-03-30"),
        ("Sweden", (2026, 12, 2), "vecka 52", '"vecka 52", read as Wed 2026-12-23', "2026-12-29"),
        ("Israel", (2027, 4, 18), "week 17", '"week 17", read as Thu 2027-04-29', "2027-05-04"),
        ("UK", (2027, 3, 25), "week 12", '"week 12", read as Fri 2027-03-26', "2027-03-30"),
        # A week named by a day of it, in the US ("week of 12/14") as in Britain ("w/c 14/12"),
        # is that calendar week: its Friday, or the working day before (ot131 F5: "week of"
        # was refused, the check-in 5 bd after the interview, while "w/c" was read). 1st
        # check-in 1 bd after, on the preferred Tuesday. Thanksgiving week's Friday 11-27 is
        # worked in the US; week of 11/30 ends in December; the US week of 12/28 ends on New
        # Year's Day: Thu 12-31, then Mon 01-04 → Tue 01-05; the British week of 21/12 on
        # Christmas Day: Thu 12-24, then Boxing Day (observed) Mon 12-28 → Tue 12-29; in Israel
        # w/c Sunday 13/12 ends on Thursday 12-17. A day guessed in the week leaves the Friday.
        *[
            ("US", (2026, 11, 16), said, f'"{said}", the week of {read_as}', due)
            for said, read_as, due in (
                ("week of 12/14", "Mon 2026-12-14, read as Fri 2026-12-18", "2026-12-22"),
                ("Week of Dec 14", "Mon 2026-12-14, read as Fri 2026-12-18", "2026-12-22"),
                ("by week of 12/14", "Mon 2026-12-14, read as Fri 2026-12-18", "2026-12-22"),
                ("HR: week of 12/14", "Mon 2026-12-14, read as Fri 2026-12-18", "2026-12-22"),
                ("week of 12/16", "Mon 2026-12-14, read as Fri 2026-12-18", "2026-12-22"),
                (
                    "week of 12/14, likely Wed",
                    "Mon 2026-12-14, read as Fri 2026-12-18",
                    "2026-12-22",
                ),
                ("wk of 11/23", "Mon 2026-11-23, read as Fri 2026-11-27", "2026-12-01"),
                ("the week of 11/30", "Mon 2026-11-30, read as Fri 2026-12-04", "2026-12-08"),
                ("week of 12/28/2026", "Mon 2026-12-28, read as Thu 2026-12-31", "2027-01-05"),
                ("HR: w/c 15 March 2027", "Mon 2027-03-15, read as Fri 2027-03-19", "2027-03-23"),
                # fx325: the day first; the later of two weeks (both were refused).
                ("12/14 week", "Mon 2026-12-14, read as Fri 2026-12-18", "2026-12-22"),
                (
                    "week of 12/14 or 12/21",
                    "Mon 2026-12-21, read as Thu 2026-12-24",
                    "2026-12-29",
                ),
            )
        ],
        *[
            ("UK", (2026, 11, 16), said, f'"{said}", the week of {read_as}', due)
            for said, read_as, due in (
                ("w/c 14/12", "Mon 2026-12-14, read as Fri 2026-12-18", "2026-12-22"),
                ("week of 21/12", "Mon 2026-12-21, read as Thu 2026-12-24", "2026-12-29"),
                ("w/c 21/12", "Mon 2026-12-21, read as Thu 2026-12-24", "2026-12-29"),
                ("week commencing 21 Dec", "Mon 2026-12-21, read as Thu 2026-12-24", "2026-12-29"),
                ("by w/b 21/12", "Mon 2026-12-21, read as Thu 2026-12-24", "2026-12-29"),
            )
        ],
        (
            "Israel",
            (2026, 11, 16),
            "w/c 13/12",
            '"w/c 13/12", the week of Sun 2026-12-13, read as Thu 2026-12-17',
            "2026-12-22",
        ),
        ("Germany", (2026, 11, 16), "KW 51", '"KW 51", read as Fri 2026-12-18', "2026-12-22"),
    ],
)
def test_week_phrases_count_the_rows_own_work_week(
    tmp_path: Path,
    country: str,
    interview: tuple[int, int, int],
    phrase: str,
    read_as: str,
    check_in_1: str,
) -> None:
    headers = ["Company", "Position", "Interview Date", "Country", "Decision Date"]
    row: list[object] = ["Wix", "Engineer", dt.datetime(*interview), country, phrase]
    tracker = make_tracker(tmp_path / "Noa Levi.xlsx", [row], headers)
    code, _, err = invoke("run", str(tracker), "--as-of", "2027-04-18", "-q")
    assert (code, err) == (0, "")
    cols = read_back(tracker)
    assert cols["1st check-in due"] == [dt.datetime.fromisoformat(check_in_1)]
    (why,) = cols["Why"]
    assert f"1st check-in: 1 bd after the stated decision {read_as} (" in str(why)


# A weekday and a day of the month, as UK trackers shorten them (fx93): the first such day
# after the interview (Thu 2027-02-11), when it is that weekday; the 1st check-in 1 bd after.
# Quoted as the other phrases are (ot149); a date without a year is a date.
@pytest.mark.parametrize(
    ("said", "due", "why", "problem"),
    [
        (
            "Weds 17th",
            "2027-02-18",
            '1 bd after the stated decision "Weds 17th", read as Wed 2027-02-17',
            "",
        ),
        (
            "Weds 17 Feb",
            "2027-02-18",
            "1 bd after the stated decision date Wed 2027-02-17",
            '"Weds 17 Feb" has no year; read as 2027-02-17 (the first 17 February on or after '
            "the interview on Thu 2027-02-11)",
        ),
        (
            "Thurs 18th",
            "2027-02-19",
            '1 bd after the stated decision "Thurs 18th", read as Thu 2027-02-18',
            "",
        ),
        (
            "Tues 16th",
            "2027-02-17",
            '1 bd after the stated decision "Tues 16th", read as Tue 2027-02-16',
            "",
        ),
        (
            "Tue. 16th",
            "2027-02-17",
            '1 bd after the stated decision "Tue. 16th", read as Tue 2027-02-16',
            "",
        ),
        # Not that weekday: no guess, the default 5 bd, and the Problems cell says why.
        (
            "Thurs 17th",
            "2027-02-18",
            "5 bd after Thu 2027-02-11",
            '"Thurs 17th" is not a date (the first 17th after the interview, 2027-02-17, is a '
            "Wednesday)",
        ),
    ],
)
def test_a_weekday_with_a_day_of_the_month_is_that_day(
    tmp_path: Path, said: str, due: str, why: str, problem: str
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Country,Decision Date\n"
        f"Acme,Engineer,2027-02-11,UK,{said}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    code, _, err = invoke("run", str(tracker), "--as-of", "2027-02-11", "--output", str(out))
    assert code == 0, err
    with out.open(encoding="utf-8-sig") as written:
        (row,) = csv.DictReader(written)
    assert row["1st check-in due"] == due
    assert f"1st check-in: {why} " in row["Why"]
    assert row["Problems"] == (f'row 2, column "Decision Date": {problem}' if problem else "")


# A chief-level candidate as the tracker writes the level (ot46 F1): executive, by hand.
# Consulting (traditional) +2, executive +5, final round −2 on the base 5 = 10 bd after Tue
# 2026-11-17, skipping Thanksgiving Thu 11-26 → Wed 12-02; the final follow-up 4 + 4 weeks →
# Tue 2027-01-12. Read as mid they were Tue 11-24 and Wed 12-16, with a problem in the row.
@pytest.mark.parametrize("seniority", ["C-level", "C-suite", "Chief", "CTO"])
def test_a_chief_level_row_is_timed_as_an_executive(tmp_path: Path, seniority: str) -> None:
    headers = ["Company", "Position", "Interview Date", "Interview Type", "Seniority", "Industry"]
    row: list[object] = [
        "Stark",
        "CTO",
        dt.datetime(2026, 11, 17),
        "Final round",
        seniority,
        "Consulting",
    ]
    tracker = make_tracker(tmp_path / "Maya Chen.xlsx", [row], headers)
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "-q")
    assert (code, err) == (0, "")
    cols = read_back(tracker)
    assert cols["1st check-in due"] == [dt.datetime(2026, 12, 2)]
    assert cols["Final follow-up due"] == [dt.datetime(2027, 1, 12)]
    assert cols["Problems"] == [None]


@pytest.mark.parametrize(
    ("country", "due", "line"),
    [
        # Epiphany, Wed 2027-01-06, is Bavaria's holiday and not Germany's: 5 bd after Wed
        # 2026-12-30 skip New Year's Day and, in Bavaria, Epiphany.
        ("", "2027-01-08", None),
        ("Bayern", "2027-01-08", None),
        ("DE-BY", "2027-01-08", None),
        # The national calendar of the default's country is another calendar, and said (an
        # outside test: two rows a day apart with nothing saying why).
        ("DE", "2027-01-07", "On the Germany (DE) calendar."),
        ("US", "2027-01-07", "On the United States (US) calendar."),
    ],
)
def test_a_row_off_a_regional_defaults_calendar_names_its_own(
    tmp_path: Path, country: str, due: str, line: str | None
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Interview Type,Country\n"
        f"Siemens,Engineer,2026-12-30,onsite,{country}\n",
        encoding="utf-8",
    )
    config = tmp_path / "by.toml"
    config.write_text('country = "Bayern"\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    args = ("--as-of", "2026-12-29", "--config", str(config), "--output", str(out))
    code, _, err = invoke("run", str(tracker), *args)
    assert code == 0, err
    (row,) = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))
    assert row["1st check-in due"] == due
    said = [text for text in row["Why"].splitlines() if text.startswith("On the ")]
    assert said == ([line] if line else [])


def test_a_make_up_working_day_is_counted_in_the_sheet_and_its_live_status(
    tmp_path: Path,
) -> None:
    """China works Saturday 2026-02-14 before Spring Festival (02-16..02-20 and 02-23 off):
    5 bd after Tue 02-10 are 11, 12, 13, Sat 14 and Tue 02-24. It was counted as a weekend
    day: due Wed 02-25, and the live status's business days lacked it."""
    tracker = make_tracker(
        tmp_path / "tracker.xlsx",
        [["Huawei", "Engineer", dt.datetime(2026, 2, 10), "CN", "yes"]],
        ["Company", "Position", "Interview Date", "Country", "Thank-you Sent"],
    )
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-02-11")
    assert code == 0, err
    cols = read_back(tracker)
    assert cols["Next action"] == ["1st check-in"]
    assert cols["1st check-in due"] == [dt.datetime(2026, 2, 24)]
    assert (
        "1st check-in: 5 bd after Tue 2026-02-10 → Tue 2026-02-24 (skipped Chinese New Year's "
        "Eve Mon 02-16, "
    ) in str(cols["Why"][0])
    assert "Mon 02-23, counted make-up working day Sat 02-14)\n" in str(cols["Why"][0])
    # The live status counts "due soon" on the CN column of the hidden Calendars sheet.
    formula = str(cols["Follow-up status"][0])
    assert "INDEX('Calendars'!$A$2:$A$" in formula
    calendars = openpyxl.load_workbook(tracker)["Calendars"]
    assert calendars["A1"].value == "CN"
    days = {cell.value for (cell,) in calendars.iter_rows(min_row=2, max_col=1)}
    assert dt.datetime(2026, 2, 14) in days  # the Saturday worked
    assert dt.datetime(2026, 2, 21) not in days  # a Saturday off
    assert dt.datetime(2026, 2, 20) not in days  # the day off it was worked for
    code, out, err = invoke("check", str(tracker), "--as-of", "2026-02-11")
    assert code == 0, err
    assert (
        "  Calendars: China (CN): Mon–Fri week, 22 holidays and 6 make-up working days in 2026\n"
        in out
    )


# The config's days off (ot54-F3: "there is no setting to add holidays"): 3 bd after Wed
# 2026-12-23 in the US are Thu 12-24, Mon 12-28 and Tue 12-29 (Christmas Day skipped) when
# the office is open; its days off are skipped like holidays, in the due date, the Why, the
# hidden Calendars sheet the live status counts on, and check's calendar line. Days off one
# after another are one span in the Why (ot59-F6: a 4-week break was listed day by day, a
# Why of 1,005 characters); a holiday inside keeps its name.
@pytest.mark.parametrize(
    ("days_off", "off", "due", "skipped", "counted"),
    [
        ("[]", [], "2026-12-29", "(skipped Christmas Day Fri 12-25)", "12 holidays in 2026"),
        (
            '["2026-12-28 to 2026-12-31"]',
            ["12-28", "12-29", "12-30", "12-31"],
            "2027-01-05",
            "(skipped Christmas Day Fri 12-25, your days off Mon 12-28 to Thu 12-31, "
            "New Year's Day Fri 01-01)",
            "12 holidays and 4 of your days off in 2026",
        ),
        (  # TOML dates; a day off on a holiday is the holiday, on a Saturday nothing
            "[2026-12-24, 2026-12-28, 2026-12-25, 2026-12-26]",
            ["12-24", "12-28"],
            "2026-12-31",
            "(skipped your day off Thu 12-24, Christmas Day Fri 12-25, your day off Mon 12-28)",
            "12 holidays and 2 of your days off in 2026",
        ),
        (  # a span across a weekend is one; a holiday between two days off splits them
            '["2026-12-24 to 2026-12-31", "2027-01-04 to 2027-01-12"]',
            ["12-24", "12-28", "12-29", "12-30", "12-31", *[f"01-{d:02}" for d in range(4, 13)]],
            "2027-01-15",
            "(skipped your day off Thu 12-24, Christmas Day Fri 12-25, your days off Mon 12-28 "
            "to Thu 12-31, New Year's Day Fri 01-01, your days off Mon 01-04 to Tue 01-12)",
            "12 holidays and 5 of your days off in 2026",
        ),
    ],
)
def test_the_configs_days_off_are_skipped_in_the_sheet_its_live_status_and_check(
    tmp_path: Path, days_off: str, off: list[str], due: str, skipped: str, counted: str
) -> None:
    config = tmp_path / "office.toml"
    config.write_text(f"days_off = {days_off}\n", encoding="utf-8")
    tracker = make_tracker(
        tmp_path / "tracker.xlsx",
        [["Acme", "Engineer", dt.datetime(2026, 12, 23), "Tech", "yes"]],
        ["Company", "Position", "Interview Date", "Industry", "Thank-you Sent"],
    )
    args = ("--as-of", "2026-12-23", "--config", str(config))
    code, _, err = invoke("run", str(tracker), *args)
    assert code == 0, err
    cols = read_back(tracker)
    assert cols["1st check-in due"] == [dt.datetime.fromisoformat(due)]
    day = dt.date.fromisoformat(due)
    assert f"= 3 bd after Wed 2026-12-23 → {day:%a %Y-%m-%d} {skipped}\n" in str(cols["Why"][0])
    calendars = openpyxl.load_workbook(tracker)["Calendars"]
    days = {cell.value for (cell,) in calendars.iter_rows(min_row=2, max_col=1)}
    between = [dt.datetime(2026, 12, 23) + dt.timedelta(days=n) for n in range(24)]
    assert [day.date() for day in between if day in days] == [
        day.date()
        for day in between
        if day.weekday() < 5
        and day.date() not in {dt.date(2026, 12, 25), dt.date(2027, 1, 1)}
        and f"{day:%m-%d}" not in off
    ]
    code, out, err = invoke("check", str(tracker), *args)
    assert code == 0, err
    assert f"  Calendars: United States (US): Mon–Fri week, {counted}\n" in out
    code, _, err = invoke("run", str(tracker), *args)  # a second run changes nothing
    assert code == 0, err
    assert read_back(tracker) == cols


@pytest.mark.parametrize(
    ("country", "said"),
    [
        # The default calendar, written or not: nothing said.
        ("", []),
        ("US", []),
        # A region of the default country: its holidays are not the country's, so it is named
        # (it was not, as if the dates were counted in the US's business days).
        ("US-CA", ["On the California (US-CA) calendar."]),
        ("California", ["On the California (US-CA) calendar."]),
    ],
)
def test_a_row_names_its_calendar_unless_it_is_the_default(
    tmp_path: Path, country: str, said: list[str]
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        f"Company,Position,Interview Date,Country\nAcme,Engineer,2026-11-19,{country}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-19", "--output", str(out))
    assert code == 0, err
    (row,) = csv.DictReader(out.open(encoding="utf-8-sig"))
    assert [line for line in row["Why"].split("\n") if "calendar" in line] == said


# A Country column of US state codes, interview Fri 2026-11-20, send window off: 5 bd after it
# skip Thanksgiving Thu 11-26, and in the states that keep the Friday after it, Fri 11-27 too
# (an outside test: CA, IN, DE, PA, GA, ME, AL, CO, MO, MA and IL were Canada, India, Germany,
# Panama, Gabon, Montenegro, Albania, Colombia, Macau, Morocco and Israel; IL's check-in fell on
# Thanksgiving, Thu 11-26, on Israel's Sun–Thu week).
STATE_CHECK_INS = {
    "TX": ("2026-12-01", "Friday After Thanksgiving Fri 11-27"),
    "NY": ("2026-11-30", ""),
    "WA": ("2026-12-01", "Native American Heritage Day Fri 11-27"),
    "NJ": ("2026-11-30", ""),
    "CA": ("2026-12-01", "Day After Thanksgiving Fri 11-27"),
    "IN": ("2026-12-01", "Lincoln's Birthday Fri 11-27"),
    "DE": ("2026-12-01", "Day After Thanksgiving Fri 11-27"),
    "PA": ("2026-12-01", "Day After Thanksgiving Fri 11-27"),
    "GA": ("2026-12-01", "State Holiday Fri 11-27"),
    "ME": ("2026-11-30", ""),
    "AL": ("2026-11-30", ""),
    "CO": ("2026-11-30", ""),
    "MO": ("2026-11-30", ""),
    "MA": ("2026-11-30", ""),
    "IL": ("2026-11-30", ""),
}


def test_a_country_column_of_state_codes_puts_every_row_on_its_states_calendar(
    tmp_path: Path,
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Country\n"
        + "".join(f"Co {code},Engineer,2026-11-20,{code}\n" for code in STATE_CHECK_INS),
        encoding="utf-8",
    )
    config = tmp_path / "config.toml"
    config.write_text("[rules.send_window]\nmax_shift_days = 0\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    args = ("--as-of", "2026-11-20", "--config", str(config), "--output", str(out), "-v")
    code, _, err = invoke("run", str(tracker), *args)
    assert code == 0, err
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [row["Country"] for row in rows] == list(STATE_CHECK_INS)
    for row, (due, friday) in zip(rows, STATE_CHECK_INS.values(), strict=True):
        skipped = ", ".join(["Thanksgiving Day Thu 11-26", *([friday] if friday else [])])
        assert row["1st check-in due"] == due, row["Country"]
        assert f"(skipped {skipped})\n" in row["Why"], row["Country"]
        assert row["Why"].endswith(f"\nOn the {calendar_title('US-' + row['Country'])} calendar.")
        assert row["Problems"] == ""
    assert (
        'tracker.csv: note: "Country": AL, CA, CO, DE, GA, IL, IN, MA, ME, MO, PA read as US '
        "regions (US-AL, US-CA, US-CO, US-DE, US-GA, US-IL, US-IN, US-MA, US-ME, US-MO, "
        "US-PA), as the column's other cells name US regions; for the countries write Albania, "
        "Canada, Colombia, Germany, Gabon, Israel, India, Morocco, Montenegro, Macau, Panama\n"
    ) in err


def test_a_location_s_la_is_said_as_the_los_angeles_its_row_is_scheduled_by(
    tmp_path: Path,
) -> None:
    """ot119 F2: 'LA' beside 'Boston, MA' and 'Austin, TX' was scheduled on California's
    calendar while the note said Louisiana. Applied Mon 2027-02-01: the check-in 7 bd later is
    Wed 02-10 in California, Thu 02-11 in Louisiana (Mardi Gras, Tue 02-09), as US-LA's is."""
    tracker = tmp_path / "la.csv"
    tracker.write_text(
        "Company,Position,Date Applied,Status,Location\n"
        "Tyrell,Analyst,2027-02-01,applied,LA\n"
        'Massive,Analyst,2027-02-01,applied,"Boston, MA"\n'
        'Initech,Analyst,2027-02-01,applied,"Austin, TX"\n'
        "Bayou,Analyst,2027-02-01,applied,US-LA\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    code, _, err = invoke("run", str(tracker), "--as-of", "2027-02-01", "-o", str(out), "-v")
    assert code == 0, err
    said = (
        'read as the city Los Angeles; for Laos write "Laos", for Louisiana write US-LA, for '
        "Ladakh write IN-LA"
    )
    notes = [line for line in err.splitlines() if '"Location"' in line]
    assert notes == [f'  la.csv: note: "Location": LA {said}']
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [(row["Next due"], row["Why"].rsplit("\n", 1)[1]) for row in rows] == [
        ("2027-02-10", f'On the California (US-CA) calendar: "LA" {said}.'),
        ("2027-02-10", "On the Massachusetts (US-MA) calendar."),
        ("2027-02-10", "On the Texas (US-TX) calendar."),
        ("2027-02-11", "On the Louisiana (US-LA) calendar."),
    ]


@pytest.mark.parametrize("germany", [False, True])
def test_a_country_named_in_full_leaves_a_column_of_states_on_the_states_calendars(
    tmp_path: Path, germany: bool
) -> None:
    """An outside test (states2.csv): one Germany row made the CA, IN, GA, DE and MA rows
    Canada, India, Gabon, Germany and Morocco; their 1st check-in after Tue 2026-11-10 fell on
    Tue 11-17, not skipping Veterans Day, Wed 11-11."""
    codes = ["NY", "TX", "CA", "IN", *(["Germany"] if germany else []), "GA", "DE", "MA"]
    tracker = tmp_path / "states.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Country\n"
        + "".join(f"Co {code},Engineer,2026-11-10,{code}\n" for code in codes),
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-12", "--output", str(out))
    assert code == 0, err
    rows = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))
    due = {row["Country"]: row["1st check-in due"] for row in rows}
    assert due == {
        **dict.fromkeys(["NY", "TX", "CA", "IN", "GA", "DE", "MA"], "2026-11-18"),
        **({"Germany": "2026-11-17"} if germany else {}),
    }


def help_on_a_terminal(columns: int, command: str) -> list[str]:
    """``COMMAND --help`` as a terminal ``columns`` wide shows it (CliRunner forces a width)."""
    env = os.environ | {"COLUMNS": str(columns)}
    shown = [sys.executable, "-m", "followup_batch", command, "--help"]
    done = subprocess.run(shown, capture_output=True, env=env, check=True, text=True)
    return done.stdout.splitlines()


@pytest.mark.parametrize(
    ("args", "usage", "error"),
    [
        (
            ["run", "t.xlsx", "--output"],
            "run [OPTIONS] PATH...",
            "Option '--output' requires an argument.",
        ),
        (
            ["run", "nothere.xlsx"],
            "run [OPTIONS] PATH...",
            "Invalid value for PATH: nothere.xlsx: no such file, folder or matching files",
        ),
        (
            ["check", "nothere.xlsx"],
            "check [OPTIONS] PATH...",
            "Invalid value for PATH: nothere.xlsx: no such file, folder or matching files",
        ),
        # --config forgotten: refused before the tracker is read or written (ot44 F4)
        (
            ["run", "tracker.xlsx", "alex.toml"],
            "run [OPTIONS] PATH...",
            "Invalid value for PATH: alex.toml is a config file, not a tracker; nothing was read "
            "or written. Did you mean --config alex.toml?",
        ),
        (
            ["check", "Alex Morgan.TOML"],
            "check [OPTIONS] PATH...",
            "Invalid value for PATH: Alex Morgan.TOML is a config file, not a tracker; nothing "
            "was read or written. Did you mean --config 'Alex Morgan.TOML'?",
        ),
        (
            ["digest", "clients/", "coach.toml"],
            "digest [OPTIONS] PATH...",
            "Invalid value for PATH: coach.toml is a config file, not a tracker; nothing was "
            "read or written. Did you mean --config coach.toml?",
        ),
        (
            ["init", "new.ods"],
            "init [OPTIONS] PATH",
            "Invalid value for PATH: new.ods: init writes a .xlsx workbook, or a .csv or .tsv "
            "file; give a name ending in one",
        ),
    ],
)
def test_every_usage_error_shows_the_usage_and_the_help_hint(
    args: list[str], usage: str, error: str
) -> None:
    """These two came as a bare "Error:" line, unlike every other usage error (ot29 F7)."""
    code, out, err = invoke(*args)
    assert (code, out) == (2, "")
    command = args[0]
    assert err == (
        f"Usage: main {usage}\nTry 'main {command} --help' for help.\n\nError: {error}\n"
    )


NOTHING_HERE = "no such file, folder or matching files"
SPACES = "put quotes around a name with spaces"
RUN_USAGE = "Usage: main run [OPTIONS] PATH...\nTry 'main run --help' for help.\n\nError: "
MAIN_USAGE = "Usage: main [OPTIONS] COMMAND [ARGS]...\nTry 'main --help' for help.\n\nError: "


# A newcomer's stumbles at the command line (ot119 F8), in a folder holding "Job Hunt
# 2026.xlsx" and "clients/Maya Chen.csv": a name with spaces typed without quotes, a name a
# space away from the file's, the command left out. (what was typed; what stderr says)
@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["run", "Job", "Hunt", "2026.xlsx", "--as-of", "2026-11-20"],
            f"{RUN_USAGE}Invalid value for PATH: Job: {NOTHING_HERE}; did you mean "
            f"'Job Hunt 2026.xlsx'? {SPACES}",
        ),
        (
            ["run", "Job Hunt 2026.xlsx", "clients/Maya", "Chen.csv"],
            f"{RUN_USAGE}Invalid value for PATH: clients/Maya: {NOTHING_HERE}; did you mean "
            f"'clients/Maya Chen.csv'? {SPACES}",
        ),
        (
            ["run", "Job Hunt2026.xlsx", "--dry-run"],
            f"{RUN_USAGE}Invalid value for PATH: Job Hunt2026.xlsx: {NOTHING_HERE}; did you "
            "mean 'Job Hunt 2026.xlsx'?",
        ),
        (
            ["check", "clients/maya chen.csv"],
            "Usage: main check [OPTIONS] PATH...\nTry 'main check --help' for help.\n\nError: "
            f"Invalid value for PATH: clients/maya chen.csv: {NOTHING_HERE}; did you mean "
            "'clients/Maya Chen.csv'?",
        ),
        (  # the suffix left out, as a file manager that hides it shows the name (ot150)
            ["run", "Job Hunt 2026", "--as-of", "2026-12-11"],
            f"{RUN_USAGE}Invalid value for PATH: Job Hunt 2026: {NOTHING_HERE}; did you mean "
            "'Job Hunt 2026.xlsx'?",
        ),
        (
            ["check", "clients/maya chen"],
            "Usage: main check [OPTIONS] PATH...\nTry 'main check --help' for help.\n\nError: "
            f"Invalid value for PATH: clients/maya chen: {NOTHING_HERE}; did you mean "
            "'clients/Maya Chen.csv'?",
        ),
        (  # nothing near: nothing offered
            ["run", "Jobs 2025.csv"],
            f"{RUN_USAGE}Invalid value for PATH: Jobs 2025.csv: {NOTHING_HERE}",
        ),
        (
            ["Job Hunt 2026.xlsx"],
            f"{MAIN_USAGE}No such command 'Job Hunt 2026.xlsx'. Did you mean main run "
            "'Job Hunt 2026.xlsx'?",
        ),
        (
            ["Job", "Hunt", "2026.xlsx", "--as-of", "2026-11-20"],
            f"{MAIN_USAGE}No such command 'Job'. Did you mean main run 'Job Hunt 2026.xlsx'? "
            f"({SPACES})",
        ),
        (["clients"], f"{MAIN_USAGE}No such command 'clients'. Did you mean main run clients?"),
        (["rn", "Job Hunt 2026.xlsx"], f"{MAIN_USAGE}No such command 'rn'. Did you mean 'run'?"),
        (["Jobs 2025.csv"], f"{MAIN_USAGE}No such command 'Jobs 2025.csv'."),
    ],
)
def test_a_mistyped_tracker_name_is_told_what_was_meant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], said: str
) -> None:
    make_tracker(tmp_path / "Job Hunt 2026.xlsx")
    (tmp_path / "clients").mkdir()
    make_csv(tmp_path / "clients" / "Maya Chen.csv")
    monkeypatch.chdir(tmp_path)
    assert invoke(*args) == (2, "", f"{said}\n")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("jobs", f"jobs: {NOTHING_HERE}; did you mean jobs.csv or jobs.xlsx?"),
        ("Jobs", f"Jobs: {NOTHING_HERE}; did you mean jobs.csv or jobs.xlsx?"),
        ("offers", f"offers: {NOTHING_HERE}; did you mean OFFERS.XLSM?"),
        ("notes", f"notes: {NOTHING_HERE}"),  # a .txt is read only when named
        ("jobs.ods", f"jobs.ods: {NOTHING_HERE}"),  # a suffix of its own: nothing added
    ],
)
def test_a_tracker_named_without_its_suffix_is_offered_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, said: str
) -> None:
    """The name as a file manager that hides suffixes shows it: "run jobs" beside jobs.xlsx
    said only "no such file", "jobs" being too far from "jobs.xlsx" to be taken for its typo
    (ot150)."""
    make_tracker(tmp_path / "jobs.xlsx")
    make_csv(tmp_path / "jobs.csv")
    make_tracker(tmp_path / "OFFERS.XLSM")
    (tmp_path / "notes.txt").write_text("Company,Position\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert invoke("run", typed, "--as-of", "2026-12-11") == (
        2,
        "",
        f"{RUN_USAGE}Invalid value for PATH: {said}\n",
    )


def test_no_command_shows_the_help_on_stdout_with_exit_code_2() -> None:
    """The help went to stderr: ``followup-batch | less`` showed nothing (ot29 F7)."""
    code, out, err = invoke()
    assert (code, err) == (2, "")
    assert out.startswith("Usage: main [OPTIONS] COMMAND [ARGS]...\n")
    assert out.endswith("  run     Compute follow-ups and write them into each tracker.\n")


HELP_EXAMPLES = {
    "run": [
        "run tracker.xlsx --as-of 2026-11-20",
        "run tracker.xlsx -o checked.xlsx",
        "run data/ -o out/ --engine dask",
        "run data/ -o out/ --digest-dir digests/",
    ],
    "digest": ["digest clients/ --days 7", "digest clients/ --html digest.html"],
    "check": ["check tracker.xlsx", 'check jobs.csv --map "Met=interview_at"'],
    "init": ["init ~/jobs/tracker.xlsx"],
    "rules": ["rules --config coach.toml"],
}


@pytest.mark.parametrize(("command", "examples"), HELP_EXAMPLES.items())
@pytest.mark.parametrize("columns", [60, 100])
def test_every_command_has_help_with_examples_a_terminal_does_not_break(
    command: str, examples: list[str], columns: int
) -> None:
    """Each example is a line of its own, as short as a 60-column terminal: Click wrapped
    them as prose, and a command copied from the terminal was two lines (ot29 F4)."""
    lines = help_on_a_terminal(columns, command)
    start = lines.index("  Examples:" if len(examples) > 1 else "  Example:") + 1
    assert lines[start : start + len(examples) + 1] == [
        *(f"    followup-batch {example}" for example in examples),
        "",
    ]
    assert max(len(line) for line in lines) < columns


@pytest.mark.parametrize("command", ["run", "check", "digest", "init", "rules"])
@pytest.mark.parametrize("columns", [60, 80, 100])
def test_help_never_splits_a_hyphenated_word(command: str, columns: int) -> None:
    """Click broke lines after hyphens: "one all-" / "day event" in run --help at 80 columns,
    "every due follow-" / "up" in digest's (ot92 F8). Options and "--ics" stay whole too, and
    the hyphens are the keyboard's, for copying."""
    lines = help_on_a_terminal(columns, command)
    assert [line for line in lines if re.search(r"\w-$", line)] == []
    assert "\u2011" not in "".join(lines)


def test_run_help_at_80_columns_says_all_day_on_one_line() -> None:
    lines = help_on_a_terminal(80, "run")
    start = next(i for i, line in enumerate(lines) if line.startswith("  --ics FILE"))
    assert lines[start : start + 2] == [
        "  --ics FILE                      Also write an iCalendar file with one",
        "                                  all-day event per due follow-up.",
    ]


def test_help_on_a_narrow_terminal_keeps_40_columns_for_the_options_text() -> None:
    """Click's option column of 30 left 26 characters on a 60-column terminal: run --help
    ran to 140 lines, with words alone on a line (ot29 F4)."""
    lines = help_on_a_terminal(60, "run")
    options = lines[lines.index("Options:") + 1 :]
    assert options[:5] == [
        "  --as-of YYYY-MM-DD",
        "                  Compute as of this date, or today (the",
        "                  default).",
        "  -o, --output PATH",
        "                  Write the result here instead of into",
    ]


def test_json_summary_on_stdout_messages_on_stderr(tmp_path: Path) -> None:
    make_tracker(tmp_path / "a.xlsx")
    (tmp_path / "b.xlsx").write_bytes(b"not a workbook at all")
    code, out, err = invoke("run", str(tmp_path), "--as-of", "2026-11-20", "--json")
    assert code == 1
    summary = json.loads(out)
    assert summary["as_of"] == "2026-11-20" and summary["failed_count"] == 1
    assert [f["path"] for f in summary["failed"]] == [str(tmp_path / "b.xlsx")]
    first, second = summary["files"]
    assert first["ok"] and first["sheets"][0]["rows"] == 4
    assert first["sheets"][0]["counts"] == {
        "Needs info": 1,
        "Due soon": 1,
        "Scheduled": 1,
        "Closed": 1,
    }
    assert not second["ok"] and second["error"]
    assert "a.xlsx [Jobs]: 4 rows" in err  # the human lines moved to stderr


@pytest.mark.parametrize(
    ("args", "exports"),
    [
        ((), []),
        (
            ("--eml-dir", "{out}/eml", "--ics", "{out}/due.ics", "--digest", "{out}/d.html"),
            [("drafts", "eml", True), ("calendar", "due.ics", True), ("digest", "d.html", True)],
        ),
        (("--ics", "{out}/due.ics", "--dry-run"), [("calendar", "due.ics", False)]),
    ],
    ids=["none", "all", "dry run"],
)
def test_json_summary_says_which_exports_were_written(
    tmp_path: Path, args: tuple[str, ...], exports: list[tuple[str, str, bool]]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    tracker = make_tracker(tmp_path / "a.xlsx")
    given = [arg.format(out=out_dir) for arg in args]
    dry_run = "--dry-run" in args
    # The same day's second run finds the tracker holding this result: it writes nothing,
    # with or without exports (ot70 F3: "written" named the tracker when exports were asked).
    for run, tracker_written in ((1, None if dry_run else str(tracker)), (2, None)):
        code, out, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "--json", *given)
        summary = json.loads(out)
        assert code == 0, err
        assert [s["written"] for s in summary["files"][0]["sheets"]] == [tracker_written], run
        assert summary["exports"] == [
            {"kind": kind, "path": str(out_dir / name), "written": written}
            for kind, name, written in exports
        ]
        assert (summary["failed"], summary["failed_count"]) == ([], 0)


def test_quiet_prints_only_errors_and_verbose_adds_row_problems(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    code, out, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "-q")
    assert (code, out, err) == (0, "", "")
    code, out, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "-v")
    assert "A4: Company is empty" in err


AMBIGUOUS = "Company,Position,Interview Date{0}\nAirbus,Engineer,03/11/2026{1}\n"
ASSUMED = (
    'note: t.csv: "Interview Date": dates such as 3/11/2026 are read US month/day (nothing in '
    "the file says); use --dayfirst if that is wrong"
)


US_HOLIDAYS_SAID = (
    "note: t.csv: dates here are day-first, but the holidays used are the United States' (the "
    "default): add a Country column, or set country = "
)
# Nothing in the tracker points to a country: the hint names none.
US_HOLIDAYS = US_HOLIDAYS_SAID + (
    '"XX" in the config, XX your country\'s two-letter code (GB, FR, IN)'
)


def us_holidays_hint(country: str, why: str) -> str:
    """The note whose hint names the country the tracker's own evidence points to."""
    return US_HOLIDAYS_SAID + (
        f'"{country}" in the config ({why}; for another country its two-letter code)'
    )


@pytest.mark.parametrize(
    ("text", "args", "shown"),
    [
        (AMBIGUOUS.format("", ""), (), [ASSUMED]),  # nothing says: may move every date
        (AMBIGUOUS.format("", ""), ("--dayfirst",), [US_HOLIDAYS]),
        (AMBIGUOUS.format(",Country", ",FR"), (), []),  # the rows' country settles it (-v)
        (AMBIGUOUS.format(",Country", ",US"), (), []),
        # A tracker written day-first run on US holidays: each due date may be a day off, and
        # the plain run says so (ot69 F1: only `check` did, and a Spanish tracker ran on them).
        # The hint names the country the headers, code page or places point to, not the UK
        # whatever the tracker (a Spanish tracker was told to set "GB").
        (
            "Empresa;Puesto;Fecha entrevista\nTelefónica;Jefa;16/03/2027\n",
            (),
            [us_holidays_hint("ES", "Spain, as the headers are Spanish")],
        ),
        (
            "Entreprise;Poste;Date d'entretien\nAirbus;Ingénieure;16/03/2027\n",
            (),
            [us_holidays_hint("FR", "France, as the headers are French")],
        ),
        (
            "Empresa;Vaga;Data da entrevista\nNubank;Analista;16/03/2027\n",
            (),
            [us_holidays_hint("BR", "Brazil, as the headers are Portuguese")],
        ),
        (
            "Unternehmen;Stelle;Datum\nSiemens;Ingenieurin;16.03.2027\n",
            (),
            [us_holidays_hint("DE", "Germany, as the headers are German")],
        ),
        (
            "Company;Position;Interview Date\nKoç Holding;Mühendis şef;16/03/2027\n"
            "Arçelik;Ayşe Yılmaz;17/03/2027\n".encode("cp1254"),
            (),
            [
                us_holidays_hint(
                    "TR", "Turkey, whose Windows saves a CSV in the file's Windows-1254"
                )
            ],
        ),
        (
            "Company,Position,Interview Date,City\nBarclays,Analyst,13/11/2026,London\n"
            "Acme,Analyst,16/11/2026,\nGlobex,Analyst,17/11/2026,\n",
            (),
            [us_holidays_hint("GB", "United Kingdom, where 1 of its 3 rows is")],
        ),
        ("Empresa;Puesto;Fecha entrevista;Comunidad\nTelefónica;Jefa;16/03/2027;Madrid\n", (), []),
        # Most rows on another calendar: not said, the one row on US holidays says it in its
        # Problems (ot73 F3: said beside two rows in Mexico); half of them on it: said.
        (
            "Empresa;Puesto;Fecha entrevista;Ciudad\nBimbo;A;16/03/2027;Monterrey\n"
            "Cemex;A;17/03/2027;Guadalajara\nTelmex;A;18/03/2027;Portland\n",
            (),
            [],
        ),
        (
            "Empresa;Puesto;Fecha entrevista;Ciudad\nBimbo;A;16/03/2027;Monterrey\n"
            "Telmex;A;18/03/2027;Portland\n",
            (),
            [us_holidays_hint("MX", "Mexico, where 1 of its 2 rows is")],
        ),
    ],
)
def test_a_date_order_nothing_supports_is_said_without_verbose(
    tmp_path: Path, text: str | bytes, args: tuple[str, ...], shown: list[str]
) -> None:
    tracker = tmp_path / "t.csv"
    tracker.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    for _ in range(2):  # and again when the run is answered from the last one's results
        code, out, err = invoke("run", str(tracker), "--as-of", "2026-12-03", *args)
        assert code == 0, err
        said = [line for line in err.splitlines() if line.startswith((ASSUMED, US_HOLIDAYS_SAID))]
        assert said == shown
    _, _, err = invoke("run", str(tracker), "--as-of", "2026-12-03", "-q", *args)
    assert err == ""


# Report ot138, F3: a 300,000-row export logged each of its 374,386 row problems (64 MB) on
# a nightly run without -v; the log keeps a file's first 20 and says how many more.
@pytest.mark.parametrize(
    ("rows", "verbose", "logged_rows", "more"),
    [
        (3, (), 3, None),
        (20, (), 20, None),
        (21, (), 20, "… and 1 more row problems: its Problems column lists them all"),
        (45, (), 20, "… and 25 more row problems: its Problems column lists them all"),
        (45, ("-v",), 45, None),
    ],
)
def test_a_files_row_problems_in_the_log_are_capped_unless_verbose(
    tmp_path: Path, rows: int, verbose: tuple[str, ...], logged_rows: int, more: str | None
) -> None:
    tracker = tmp_path / "export.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Interview Type\n"
        + "".join(f"Acme,Analyst {row},2026-11-16,escape room\n" for row in range(rows))
    )
    log = tmp_path / "run.log"
    code, _, _ = invoke(
        "run", str(tracker), "--as-of", "2026-11-20", "--log-file", str(log), *verbose
    )
    assert code == 0
    lines = log.read_text(encoding="utf-8").splitlines()
    problems = [line for line in lines if ' column "Interview Type": "escape room"' in line]
    assert len(problems) == logged_rows
    assert problems[0].endswith(
        'NOTE export.csv: row 2, column "Interview Type": "escape room" '
        "is not a known interview type (phone, video, onsite, panel, final, chat or other); "
        "read as other"
    )
    told = [
        line.split(" NOTE export.csv: ", 1)[1] for line in lines if " more row problems" in line
    ]
    assert told == ([] if more is None else [more])


def test_log_file_and_totals_line(tmp_path: Path) -> None:
    make_tracker(tmp_path / "a.xlsx")
    make_tracker(tmp_path / "b.xlsx")
    log = tmp_path / "logs" / "run.log"
    log.parent.mkdir()
    code, out, _ = invoke("run", str(tmp_path), "--as-of", "2026-11-20", "--log-file", str(log))
    assert code == 0
    assert out.splitlines()[-1] == (
        "2 files, 8 rows — 2 Needs info, 2 Due soon, 2 Scheduled, 2 Closed"
    )
    logged = log.read_text(encoding="utf-8")
    assert logged.count(" INFO ") == 4 and "a.xlsx [Jobs]: 4 rows" in logged
    # The first line names the day the run counts from, each stamp its UTC offset (ot92 F5).
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d INFO run as of Fri 2026-11-20",
        logged.splitlines()[0],
    )
    assert all(re.match(r"\S+[+-]\d\d:\d\d (INFO|NOTE) ", line) for line in logged.splitlines())


# A log line's stamp is local time with its offset: the hour the clocks go back is logged
# twice, once per offset, and a run on a server in UTC for a client in Auckland says both
# (ot92 F5: "2027-01-01T00:00:05" under a run counted as of Thu 2026-12-31).
LOG_STAMPS = [
    ("America/New_York", "2026-11-01T05:30:00", "2026-11-01T01:30:00-04:00"),
    ("America/New_York", "2026-11-01T06:30:00", "2026-11-01T01:30:00-05:00"),
    ("Pacific/Auckland", "2026-12-31T10:59:40", "2026-12-31T23:59:40+13:00"),
    ("Pacific/Auckland", "2027-06-30T12:00:00", "2027-07-01T00:00:00+12:00"),
    ("Asia/Kolkata", "2026-12-31T18:29:59", "2026-12-31T23:59:59+05:30"),
    ("UTC", "2026-12-31T23:59:40", "2026-12-31T23:59:40+00:00"),
]


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="no time.tzset here")
@pytest.mark.parametrize(("zone", "utc", "stamp"), LOG_STAMPS)
def test_a_log_stamp_is_local_time_with_its_offset(
    monkeypatch: pytest.MonkeyPatch, zone: str, utc: str, stamp: str
) -> None:
    from followup_batch.cli.console import log_stamp

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        at = dt.datetime.fromisoformat(utc).replace(tzinfo=dt.UTC)
        assert log_stamp(at) == stamp
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize("quiet", [[], ["-q"], ["-v"]], ids=["", "-q", "-v"])
def test_a_dry_runs_log_goes_to_stderr_and_no_log_is_written(
    tmp_path: Path, quiet: list[str]
) -> None:
    """A dry run writes no file, the log included; it created none and said nothing of it
    (ot84/ot85 leftover): the lines the log would get are on stderr, after one note."""
    make_tracker(tmp_path / "a.xlsx")
    before = (tmp_path / "a.xlsx").read_bytes()
    log = tmp_path / "run.log"
    code, out, err = invoke(
        "run", str(tmp_path / "a.xlsx"), "--as-of", "2026-11-20", "--dry-run", "--log-file",
        str(log), *quiet,
    )  # fmt: skip
    assert code == 0
    assert not log.exists()
    assert (tmp_path / "a.xlsx").read_bytes() == before
    lines = err.splitlines()
    assert lines[0] == (
        f"note: a dry run writes no file, so {log} is not written: the lines it would get "
        "follow on stderr"
    )
    logged = [line.split(" ", 1)[1] for line in lines[1:] if re.match(r"\d{4}-\d\d-\d\dT", line)]
    assert (
        "INFO a.xlsx [Jobs]: 4 rows — 1 Needs info, 1 Due soon, 1 Scheduled, 1 Closed; 1 with "
        "problems (dry run, nothing written)" in logged
    )
    assert "NOTE a.xlsx [Jobs]: A4: Company is empty" in logged  # the log has every note
    assert ("a.xlsx [Jobs]: 4 rows" in out) == (quiet != ["-q"])
    # ot91 F5: each note once, as its log line (no "note: …" copy after it), "NOTE" not
    # followed by "note:".
    assert len(logged) == len(lines) - 1
    assert 'NOTE a.xlsx [Jobs]: drafts are unsigned: the file name "a" is not a person\'s' in (
        "\n".join(logged)
    )
    assert [line for line in logged if "note:" in line] == []


def test_a_dry_run_refuses_the_log_file_a_run_refuses(tmp_path: Path) -> None:
    make_tracker(tmp_path / "a.xlsx")
    other = make_tracker(tmp_path / "other-client.xlsx")
    before = other.read_bytes()
    code, _, err = invoke(
        "run", str(tmp_path / "a.xlsx"), "--as-of", "2026-11-20", "--dry-run", "--log-file",
        str(other),
    )  # fmt: skip
    assert code == 2
    assert "other-client.xlsx is not a log: the log is text appended to" in err
    assert other.read_bytes() == before


def test_a_run_without_dry_run_writes_the_log_not_stderr(tmp_path: Path) -> None:
    make_tracker(tmp_path / "a.xlsx")
    log = tmp_path / "run.log"
    code, _, err = invoke(
        "run", str(tmp_path / "a.xlsx"), "--as-of", "2026-11-20", "--log-file", str(log)
    )
    assert code == 0
    assert "a dry run writes no file" not in err
    assert not re.search(r"^\d{4}-\d\d-\d\dT", err, re.M)
    assert " INFO a.xlsx [Jobs]: 4 rows" in log.read_text(encoding="utf-8")
    assert "note:" not in log.read_text(encoding="utf-8")  # "NOTE …: note:" (ot91 F5)


def test_digest_lists_what_is_due_across_files_without_writing(tmp_path: Path) -> None:
    a = make_tracker(tmp_path / "maya.xlsx")
    make_csv(tmp_path / "jonas.csv")
    before = a.read_bytes()
    html = tmp_path / "digest.html"
    code, out, err = invoke("digest", str(tmp_path), "--as-of", "2026-11-20", "--html", str(html))
    assert code == 0, err
    assert out.startswith("Follow-ups due as of Fri 2026-11-20\n")
    assert "jonas" in out and "maya" in out  # clients default to the file stems
    assert "Acme" in out and "Globex" in out
    assert a.read_bytes() == before  # a digest never writes the trackers
    assert "<html" in html.read_text(encoding="utf-8").lower()
    assert f"digest → {html}" in err


def test_run_writes_a_calendar(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    ics = tmp_path / "followups.ics"
    code, out, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "--ics", str(ics))
    assert code == 0, err
    # the row without a company needs fixing: no event (one story per row)
    assert "calendar: 2 events → " in out
    text = ics.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 2
    assert "SUMMARY:Thank-you note · Acme – Data Analyst" in text  # "tracker" names nobody


def test_init_creates_a_tracker_that_runs(tmp_path: Path) -> None:
    path = tmp_path / "new.xlsx"
    code, out, _ = invoke("init", str(path))
    assert code == 0
    assert out.startswith(f"created {path};")
    code, _, err = invoke("run", str(path), "--as-of", "2026-11-20", "--dry-run")
    assert code == 0, err
    code, _, err = invoke("init", str(path))
    assert code == 2  # a usage error: another name is needed
    assert "exists" in err


HINT = "in UTF-8 a letter of Chinese, Japanese or Korean takes 3, an emoji 4"


@pytest.mark.parametrize(
    ("name", "code", "message"),
    [
        (
            "面试" * 50 + ".xlsx",  # 305 bytes: the disk said "File name too long", a traceback
            2,
            "the file name is 305 bytes long, and a name may be at most 255 bytes "
            f"({HINT}). Choose a shorter name",
        ),
        (
            "😀" * 64 + "/t.csv",
            2,
            "the folder name is 256 bytes long, and a name may be at most 255 bytes "
            f"({HINT}). Choose a shorter name",
        ),
        ("notes.txt/t.xlsx", 1, "notes.txt is a file, not a folder"),
        ("notes.txt/more/t.xlsx", 1, "notes.txt is a file, not a folder"),
    ],
    ids=["cjk-file-name", "emoji-folder-name", "file-as-folder", "file-as-grandparent"],
)
def test_init_says_why_a_name_cannot_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, code: int, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("notes.txt").write_text("mine")
    result = CliRunner().invoke(main, ["init", name])
    assert result.exit_code == code
    assert result.exception is None or isinstance(result.exception, SystemExit)
    usage = "Usage: main init [OPTIONS] PATH\nTry 'main init --help' for help.\n\n"
    prefix = (
        f"{usage}Error: Invalid value for PATH: {name}: "
        if code == 2
        else f"Error: cannot create {name}: "
    )
    assert result.stderr == prefix + message + "\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # nothing left behind


def test_init_takes_a_long_name_that_fits(tmp_path: Path) -> None:
    path = tmp_path / ("面试" * 41 + ".csv")  # 250 bytes
    code, out, _ = invoke("init", str(path))
    assert code == 0
    assert path.is_file()


def test_init_prints_a_run_command_that_pastes(tmp_path: Path) -> None:
    import shlex

    path = tmp_path / "my jobs" / "Maya Chen.xlsx"
    path.parent.mkdir()
    code, out, _ = invoke("init", str(path))
    assert code == 0
    command = out.splitlines()[1].strip()
    assert shlex.split(command) == ["followup-batch", "run", str(path)]


def test_check_reports_mapping_and_problems_without_writing(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    before = tracker.read_bytes()
    code, out, _ = invoke("check", str(tracker))
    assert code == 0
    assert '"Interview Date"' in out and "interview_at" in out
    assert '"My notes"' in out  # left alone
    assert "A4: Company is empty" in out
    assert tracker.read_bytes() == before
    code, out, _ = invoke("check", str(tracker), "--json")
    assert json.loads(out)


def test_map_reads_any_header_as_a_field(tmp_path: Path) -> None:
    headers = ["Firm", "Title", "Date of chat", "Country"]
    tracker = make_tracker(
        tmp_path / "t.xlsx", [["Acme", "PM", dt.datetime(2026, 11, 16), "US"]], headers
    )
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "--dry-run")
    assert code == 1 and "Interview Date" in err
    code, out, err = invoke(
        "run",
        str(tracker),
        "--as-of",
        "2026-11-20",
        "--dry-run",
        "--map",
        "Date of chat=interview_at",
    )
    assert code == 0, err
    assert "1 rows" in out or "1 row" in out
    code, _, err = invoke("run", str(tracker), "--map", "Date of chat=when")
    assert code == 2 and "unknown field 'when'" in err
    code, _, err = invoke("run", str(tracker), "--map", "Date of chat")
    assert code == 2 and 'write it as "Their Header=field"' in err


@pytest.mark.parametrize(
    ("flag", "expected"), [("--dayfirst", "2026-11-04"), ("--monthfirst", "2026-03-12")]
)
def test_date_order_switch(tmp_path: Path, flag: str, expected: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Company,Position,Interview Date\nAcme,PM,3/11/2026\n", encoding="utf-8")
    code, _, err = invoke("run", str(path), "--as-of", "2026-11-20", flag)
    assert code == 0, err
    record = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))[1]
    assert record[6] == expected  # Thank-you due: the day after the interview


@pytest.mark.parametrize("command", ["run", "digest", "check"])
@pytest.mark.parametrize("flags", [("--dayfirst", "--monthfirst"), ("--monthfirst", "--dayfirst")])
def test_dayfirst_and_monthfirst_together_are_refused(
    tmp_path: Path, command: str, flags: tuple[str, str]
) -> None:
    path = tmp_path / "t.csv"
    text = "Company,Position,Interview Date\nAcme,PM,3/11/2026\n"
    path.write_text(text, encoding="utf-8")
    code, out, err = invoke(command, str(path), "--as-of", "2026-11-20", *flags)
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == (
        "Error: --dayfirst and --monthfirst contradict each other: give one (3/11/2026 is 3 "
        "November with --dayfirst, March 11 with --monthfirst)"
    )
    assert path.read_text(encoding="utf-8") == text  # nothing written


@pytest.mark.parametrize("flags", [("-v", "-q"), ("-q", "-v"), ("-vv", "--quiet")])
def test_verbose_and_quiet_together_are_refused(tmp_path: Path, flags: tuple[str, str]) -> None:
    """-q won without a word (ot29 F5)."""
    path = tmp_path / "t.csv"
    text = "Company,Position,Interview Date\nAcme,PM,2026-11-17\n"
    path.write_text(text, encoding="utf-8")
    code, out, err = invoke("run", str(path), "--as-of", "2026-11-20", *flags)
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == (
        "Error: -v/--verbose and -q/--quiet contradict each other: give one (-v prints notes "
        "and every row problem, -q only errors)"
    )
    assert path.read_text(encoding="utf-8") == text  # nothing written


def test_run_writes_unsent_eml_drafts(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    folder = tmp_path / "drafts"
    code, out, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "--eml-dir", str(folder))
    assert code == 0, err
    # the row without a company needs fixing: no draft to send (one story per row)
    assert f"drafts: 2 .eml messages → {folder}" in out
    names = sorted(p.name for p in folder.glob("*.eml"))
    assert len(names) == 2
    assert parse(folder / names[0])["X-Unsent"] == "1"


def test_broken_template_is_a_config_error(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "tracker.xlsx")
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "thank_you.txt.j2").write_text("Subject: hi\n{{ broken\n", encoding="utf-8")
    config = tmp_path / "coach.toml"
    config.write_text('templates = "templates"\n', encoding="utf-8")
    before = tracker.read_bytes()
    code, _, err = invoke("run", str(tracker), "--config", str(config))
    assert code == 2
    assert "thank_you.txt.j2" in err and "line" in err
    assert tracker.read_bytes() == before


MINE = "Subject: Mine\n{{ greeting }}\nThanks.\n"
SHIPPED_PAGE = Path(__file__).parents[1] / "followup_batch/exports/templates/digest.html.j2"
# A templates folder's files: each stops run, run --dry-run and check alike (exit 2, one line,
# the tracker untouched). {tpl} is the folder.
TEMPLATE_FOLDER_MISTAKES = [
    # Notepad's "Text Documents" and a name Windows shows without its extension were ignored
    # without a word: the drafts kept the shipped wording (ot55 F1).
    (
        {"thank_you.txt.j2.txt": MINE},
        "{tpl}/thank_you.txt.j2.txt: not a template name this tool uses; did you mean "
        'thank_you.txt.j2? (Notepad adds .txt: save as "All files")',
    ),
    (
        {"thank_you.txt": MINE},
        "{tpl}/thank_you.txt: not a template name this tool uses; did you mean "
        "thank_you.txt.j2? Rename it to replace that template",
    ),
    (
        {"thank-you.txt.j2": MINE},
        "{tpl}/thank-you.txt.j2: not a template name this tool uses; did you mean "
        "thank_you.txt.j2? Rename it to replace that template",
    ),
    # A digest page's template was checked by neither check nor --dry-run; the run wrote the
    # tracker, then failed the page with Jinja2's words and no line (ot55 F4).
    (
        {"digest.html.j2": "<html><body>\n{{ titel }}\n</body></html>\n"},
        "{tpl}/digest.html.j2, line 2: unknown variable 'titel' (did you mean title?); the "
        "digest page can use title, day, headline, of_whom, today_lists, today_title, as_of, "
        "with_drafts, "
        "today, coming_title, "
        "coming, clients, fixes, idle, fix_fill, fix_ink, fix_tone, tones, unread_title, unread, "
        "nothing_read, "
        "drafts_lost, counts, more, today_left, whose, full_list",
    ),
    (
        {"digest.html.j2": "<ul>\n{% for c in clients %}\n<li>{{ c.nmae }}</li>\n{% endfor %}\n"},
        "{tpl}/digest.html.j2, line 3: 'dict object' has no attribute 'nmae'",
    ),
    (
        {
            "digest.html.j2": "<h1>{{ title }}</h1>\n"
            "{% if fixes %}{{ headline | uper }}{% endif %}\n"
        },
        "{tpl}/digest.html.j2, line 2: unknown filter 'uper'; did you mean upper?",
    ),
    # The README's own example said Jinja2's "No filter named 'uper'." with no suggestion,
    # and an include Jinja2's "no loader for this environment specified" (ot55 F6).
    (
        {"thank_you.txt.j2": "Subject: Thanks\n{{ greeting }}\n{{ company | uper }}\n"},
        "{tpl}/thank_you.txt.j2, line 3: unknown filter 'uper'; did you mean upper?",
    ),
    (
        {"thank_you.txt.j2": 'Subject: Thanks\n{{ greeting }}\n{% include "footer.txt" %}\n'},
        "{tpl}/thank_you.txt.j2, line 3: {{% include %}} is not available: a template is one "
        "file; write the shared text into each template (a signature goes in the config's "
        "[sender] signature)",
    ),
    (
        {"final.txt.j2": 'Subject: Hi\n{% from "m.j2" import sig %}{{ greeting }}\n'},
        "{tpl}/final.txt.j2, line 2: {{% import %}} is not available: a template is one file; "
        "write the shared text into each template (a signature goes in the config's [sender] "
        "signature)",
    ),
    (
        {"digest.html.j2": '{% extends "base.html" %}\n'},
        "{tpl}/digest.html.j2, line 1: {{% extends %}} is not available: a template is one "
        "file; write the shared text into each template (a signature goes in the config's "
        "[sender] signature)",
    ),
    (
        {"digest.j2": "<p>{{ title }}</p>\n"},
        "{tpl}/digest.j2: not a template name this tool uses; did you mean digest.html.j2? "
        "Rename it to replace that template",
    ),
    (
        {"salary.txt.j2": MINE},
        "{tpl}/salary.txt.j2: not a template name this tool uses; name an override after the "
        "template it replaces: application_check_in.txt.j2, thank_you.txt.j2, "
        "check_in_1.txt.j2, check_in_2.txt.j2, final.txt.j2, networking.txt.j2, digest.html.j2",
    ),
]


def run_with_templates(
    tmp_path: Path, files: dict[str, str], *command: str
) -> tuple[int, str, str]:
    """``command`` (run, check) on a 3-row tracker interviewed the day before, with a config
    naming a templates folder that holds ``files``."""
    tracker = tmp_path / "Sam Rivera.xlsx"
    if not tracker.exists():
        make_tracker(
            tracker, PICKY_ROWS, ["Company", "Position", "Interview Date", "Interviewer", "Topic"]
        )
        (tmp_path / "tpl").mkdir()
        for name, text in files.items():
            (tmp_path / "tpl" / name).write_text(text, encoding="utf-8")
        (tmp_path / "c.toml").write_text('templates = "tpl"\n', encoding="utf-8")
    args = [command[0], str(tracker), "--config", str(tmp_path / "c.toml"), *command[1:]]
    return invoke(*args)


@pytest.mark.parametrize(("files", "message"), TEMPLATE_FOLDER_MISTAKES)
def test_a_template_folder_mistake_stops_run_dry_run_and_check(tmp_path, files, message):
    expected = (2, "", f"Error: {message.format(tpl=tmp_path / 'tpl')}\n")
    digest = str(tmp_path / "d.html")
    as_of = ("--as-of", "2026-11-19")
    assert run_with_templates(tmp_path, files, "check", *as_of) == expected
    before = (tmp_path / "Sam Rivera.xlsx").read_bytes()
    assert run_with_templates(tmp_path, files, "run", *as_of, "--dry-run", "--digest", digest) == (
        expected
    )
    assert run_with_templates(tmp_path, files, "run", *as_of, "--digest", digest) == expected
    assert (tmp_path / "Sam Rivera.xlsx").read_bytes() == before
    assert not (tmp_path / "d.html").exists()


@pytest.mark.parametrize(
    "others",
    [
        # A Mac's copy on a USB stick or a share: the run stopped (exit 2) on it (ot55 F7).
        {"._thank_you.txt.j2": "\x00\x05\x16\x07Mac OS X", ".DS_Store": "Bud1"},
        {"README.md": "# Our wording\n", "notes.txt": "ask Dana about the footer"},
        {"digest.html": "<p>the page an earlier run wrote here</p>\n"},
        # the shipped page copied to be edited passes the page's start-up check (ot55 F4)
        {"digest.html.j2": SHIPPED_PAGE.read_text(encoding="utf-8")},
    ],
)
def test_hidden_files_and_notes_beside_templates_are_left_alone(tmp_path, others):
    files = {"thank_you.txt.j2": MINE, **others}
    code, out, err = run_with_templates(tmp_path, files, "run", "--as-of", "2026-11-18")
    assert (code, err) == (0, "")
    assert read_back(tmp_path / "Sam Rivera.xlsx")["Draft subject"] == ["Mine"] * 3


PICKY_ROWS = [
    ["Acme", "Analyst", dt.datetime(2026, 11, 18), "Dana Ortiz; Sam Lee", "pricing"],
    ["Globex", "Engineer", dt.datetime(2026, 11, 18), None, None],
    ["Initech", "Designer", dt.datetime(2026, 11, 18), "Lee Wong", "onboarding"],
]


@pytest.mark.parametrize(
    ("line", "problems"),
    [
        # The README's own example: no row greets eight, so no row is drafted; the run goes on.
        (
            "Thank you, {{ names[7] }}.",
            [
                "line 4: names has no element 7: the message greets 2 (Dana, Sam)",
                "line 4: names has no element 7: the message greets no one by name",
                "line 4: names has no element 7: the message greets 1 (Lee)",
            ],
        ),
        # Fits every row with an interviewer; refused before for the check's blank sample.
        (
            "Thank you, {{ names[0] }}.",
            ["", "line 4: names has no element 0: the message greets no one by name", ""],
        ),
        # Each interviewer is thanked in a message of their own: Dana's names only Dana.
        (
            "Thank you, {{ names[1] }}.",
            [
                "line 4: names has no element 1: the message greets 1 (Dana)",
                "line 4: names has no element 1: the message greets no one by name",
                "line 4: names has no element 1: the message greets 1 (Lee)",
            ],
        ),
        (
            "About {{ 10 // (topic | length) }}.",
            ["", "line 4: integer division or modulo by zero", ""],
        ),
    ],
)
def test_a_template_failing_for_some_rows_leaves_them_undrafted(
    tmp_path: Path, line: str, problems: list[str]
) -> None:
    """README "Your own wording": such a template does not stop the run (ot44 F2)."""
    tracker = make_tracker(
        tmp_path / "Sam Rivera.xlsx",
        PICKY_ROWS,
        ["Company", "Position", "Interview Date", "Interviewer", "Topic"],
    )
    (tmp_path / "tpl").mkdir()
    template = tmp_path / "tpl" / "thank_you.txt.j2"
    template.write_text(f"Subject: Thanks\n{{{{ greeting }}}}\n\n{line}\n", encoding="utf-8")
    (tmp_path / "c.toml").write_text('templates = "tpl"\n', encoding="utf-8")
    code, out, err = invoke(
        "run", str(tracker), "--config", str(tmp_path / "c.toml"), "--as-of", "2026-11-18"
    )
    assert (code, err) == (0, "")
    sheet = read_back(tracker)
    assert sheet["Problems"] == [
        f"row {r}: no draft: {template}, {p}" if p else None for r, p in enumerate(problems, 2)
    ]
    failed = sum(bool(p) for p in problems)
    # The rows without a draft, named under the line (ot150 F2); nothing is due today.
    pairs = enumerate(zip(PICKY_ROWS, problems, strict=True), 2)
    named = [f"{r} ({row[0]})" for r, (row, p) in pairs if p]
    rows = {1: "row {}", 2: "rows {} and {}", 3: "rows {}, {} and {}"}[failed].format(*named)
    assert out == (
        f"Sam Rivera.xlsx [Jobs]: 3 rows — 3 Due soon; {failed} with problems\n"
        f"  {rows}: see Problems\n"
    )
    assert [bool(d) for d in sheet["Draft"]] == [not p for p in problems]


def test_run_processes_digests_and_exports_in_one_command(tmp_path: Path) -> None:
    clients = tmp_path / "clients"
    clients.mkdir()
    make_tracker(clients / "maya.xlsx")
    make_csv(clients / "jonas.csv")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = invoke(
        "run",
        str(clients),
        "--as-of",
        "2026-11-20",
        "--digest",
        str(out_dir / "digest.html"),
        "--digest",
        str(out_dir / "digest.xlsx"),
        "--ics",
        str(out_dir / "due.ics"),
        "--eml-dir",
        str(out_dir / "drafts"),
    )
    assert code == 0, err
    assert "Follow-up status" in (clients / "jonas.csv").read_text(encoding="utf-8")
    assert "<html" in (out_dir / "digest.html").read_text(encoding="utf-8").lower()
    assert openpyxl.load_workbook(out_dir / "digest.xlsx").sheetnames
    assert (out_dir / "due.ics").exists() and list((out_dir / "drafts").glob("*.eml"))
    before = (clients / "jonas.csv").read_bytes()
    code, _, err = invoke("run", str(clients), "--digest", str(out_dir / "digest.txt"))
    assert code == 2 and "a digest file ends in .xlsx, .html or .md" in err
    assert (clients / "jonas.csv").read_bytes() == before


def test_default_jobs_is_one_per_cpu_for_four_or_more_files() -> None:
    import os

    from followup_batch.workers import default_jobs

    assert default_jobs(1) == default_jobs(3) == 1
    assert 1 <= default_jobs(200) <= (os.cpu_count() or 1)
    assert default_jobs(4) <= 4


def test_workers_are_spawned_where_forking_is_unsafe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Off Linux (macOS) the workers start fresh: what they are sent must pickle, and the
    results come back in order, a failure among them. (On Linux the platform default would
    be fork, so the test asks for spawn itself, as macOS's default is.)"""
    import multiprocessing

    from followup_batch import batch as pipeline
    from followup_batch import workers
    from followup_batch.config import Config

    asked: list[str | None] = []
    original = multiprocessing.get_context

    def get_context(method: str | None = None) -> object:
        asked.append(method)
        return original(method or "spawn")

    monkeypatch.setattr(workers, "sys", type("Platform", (), {"platform": "darwin"}))
    monkeypatch.setattr(multiprocessing, "get_context", get_context)
    files = [make_tracker(tmp_path / f"{name}.xlsx") for name in "ab"]
    (tmp_path / "c.xlsx").write_bytes(b"not a workbook")
    files.append(tmp_path / "c.xlsx")
    results = list(
        pipeline.process_files(
            files, Config(), pipeline.RunOptions(dt.date(2026, 11, 20), dry_run=True, jobs=2)
        )
    )
    assert asked == [None]  # the platform's default start method, not fork
    assert [path.name for path, _ in results] == ["a.xlsx", "b.xlsx", "c.xlsx"]
    reports = [r for _, r in results[:2]]
    assert all(isinstance(r, list) and r[0].rows == 4 for r in reports)
    assert isinstance(results[2][1], pipeline.FileFailure)


def test_stopping_early_leaves_the_files_not_started_untouched(tmp_path: Path) -> None:
    """Ctrl-C (or a caller that stops reading) cancels the files not started; the ones being
    written finish whole; no lock or temporary file is left behind."""
    from followup_batch import batch as pipeline
    from followup_batch.config import Config

    files = [make_tracker(tmp_path / f"t{i:02}.xlsx") for i in range(16)]
    before = {path: path.read_bytes() for path in files}
    results = pipeline.process_files(
        files, Config(), pipeline.RunOptions(dt.date(2026, 11, 20), jobs=2)
    )
    path, reports = next(results)
    assert path == files[0] and isinstance(reports, list)
    results.close()
    changed = [path for path in files if path.read_bytes() != before[path]]
    assert files[0] in changed and len(changed) < len(files)
    for path in changed:  # a changed file is a finished one
        assert read_back(path)["Follow-up status"][0]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".xlsx")) == [
        ".followup-backups"
    ]


WRITE_STEPS = [
    "looking through the tracker sheet",
    "making the tool's cells and sheets",
    "writing the tracker sheet",
    "writing the Drafts sheet",
    "writing the Summary sheet",
    "checking the written file",
]


def test_progress_says_each_step_of_a_file_and_how_far_it_got(tmp_path: Path) -> None:
    """Reading is a phase (one call, no units to count); computing counts the rows
    normalised, then scheduled and drafted (a 300,000-row CSV computed for minutes at 0%:
    ot133 F3); each step of the write counts the bytes or rows it works through, from 0% to
    100%."""
    from followup_batch.batch import RunOptions, process_file, process_files
    from followup_batch.config import Config
    from followup_batch.progress import Step

    tracker = make_tracker(tmp_path / "t.xlsx")
    heard: list[Step] = []
    process_file(tracker, Config(), RunOptions(dt.date(2026, 11, 20)), progress=heard.append)
    steps = list(dict.fromkeys(step.what for step in heard))
    assert steps == [
        "t.xlsx: reading",
        "t.xlsx: 4 rows, computing",
        "t.xlsx: 4 rows, looking for edits made by hand",
        "t.xlsx: 4 rows, writing",
        *(f"t.xlsx: 4 rows, {what}" for what in WRITE_STEPS),
    ]
    percents = {what: [s.percent for s in heard if s.what == what] for what in steps}
    assert percents.pop("t.xlsx: 4 rows, computing") == [None, 0, 50, 100]
    phases = [steps[0], *steps[2:4], "t.xlsx: 4 rows, making the tool's cells and sheets"]
    for what in phases:
        assert percents.pop(what) == [None]
    for what, told in percents.items():
        assert told[0] == 0, what
        assert told[-1] == 100, what
        assert told == sorted(told), what
    heard.clear()
    list(
        process_files([tracker], Config(), RunOptions(dt.date(2026, 11, 20)), progress=heard.append)
    )
    # The file now holds this run's results, as its last-run record says (same bytes, date,
    # config and version): nothing is built or checked (since_last_run.held_already), and the
    # last step heard is the write's phase, none of its steps.
    assert heard[-1] == Step("t.xlsx: 4 rows, writing")
    assert not any(step.what.endswith(tuple(WRITE_STEPS)) for step in heard)
    heard.clear()
    process_file(
        tracker, Config(), RunOptions(dt.date(2026, 11, 20), dry_run=True), progress=heard.append
    )
    computing = "t.xlsx: 4 rows, computing"
    assert heard == [
        Step("t.xlsx: reading"),
        Step(computing),
        *(Step(computing, done, 8) for done in (0, 4, 8)),
        Step("t.xlsx: 4 rows, looking for edits made by hand"),
    ]


def test_progress_of_a_csv_run_to_a_workbook_says_it_is_read_and_made_a_workbook(
    tmp_path: Path,
) -> None:
    """Read and made a workbook before that workbook is run: a 300,000-row export showed
    nothing for 106 s (ot133 F3). The workbook made is read again, under the CSV's name."""
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config
    from followup_batch.progress import Step

    tracker = tmp_path / "export.csv"
    tracker.write_text(
        "Company,Position,Interview Date\nAcme,Analyst,2026-11-16\nTyrell,Engineer,2026-11-18\n"
    )
    heard: list[Step] = []
    options = RunOptions(dt.date(2026, 11, 20), output=tmp_path / "out.xlsx")
    process_file(tracker, Config(), options, progress=heard.append)
    making = "export.csv: 2 rows, making a workbook of it"
    # Saving it said: a million-row export sat at "making a workbook of it 100%" (ot138 F1).
    assert heard[:5] == [
        Step("export.csv: reading"),
        Step(making, 0, 3),
        Step(making, 3, 3),
        Step("export.csv: 2 rows, saving the workbook made of it"),
        Step("export.csv: reading"),
    ]
    assert Step("export.csv: 2 rows, computing", 4, 4) in heard


def test_progress_names_the_check_that_only_the_dates_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A night whose result differs from the workbook only in its dates builds it again dated
    as the file is, to compare (``write.xlsx.stamps``): its steps say so rather than the
    write's steps told over again, each once (fx253). Only the parts that hold the date are
    made again, the Drafts and Summary sheets among them; the tracker sheet is neither looked
    through nor merged again (issue 15). The record's answer for such a night (fx353: nothing
    built at all) is turned off here, to hear the comparison a night without it makes."""
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config
    from followup_batch.memory import rerun
    from followup_batch.progress import Step

    # Applied Fri 11-20: its check-in, due Wed 12-02, is "In 7 days" on 11-25, "In 5 days"
    # on 11-27, and Scheduled both days.
    tracker = make_tracker(
        tmp_path / "t.xlsx",
        [["Stripe", "Analyst", dt.datetime(2026, 11, 20), "applied"]],
        ["Company", "Position", "Date Applied", "Outcome"],
    )
    process_file(tracker, Config(), RunOptions(dt.date(2026, 11, 25)))
    kept = tracker.read_bytes()
    monkeypatch.setattr(rerun, "held_result", lambda *_: None)
    heard: list[Step] = []
    process_file(tracker, Config(), RunOptions(dt.date(2026, 11, 27)), progress=heard.append)
    assert tracker.read_bytes() == kept
    again = "checking whether only the dates changed: "
    assert list(dict.fromkeys(step.what for step in heard)) == [
        "t.xlsx: reading",
        "t.xlsx: 1 row, computing",
        "t.xlsx: 1 row, looking for edits made by hand",
        "t.xlsx: 1 row, writing",
        *(f"t.xlsx: 1 row, {what}" for what in WRITE_STEPS[:-1]),
        f"t.xlsx: 1 row, {again}writing the Drafts sheet",
        f"t.xlsx: 1 row, {again}writing the Summary sheet",
    ]


@pytest.mark.parametrize(
    ("edit", "after"),
    [
        # Saved again with no edit, the tool's formulas spelled as LibreOffice saves them:
        # the whole file is compared, and nothing is written.
        ((b"'Calendars'!", b"Calendars!"), []),
        # A position retyped: the comparison stops at the first difference; the file is
        # written and checked.
        ((b"<t>Engineer</t>", b"<t>Data Engineer</t>"), ["checking the written file"]),
    ],
)
def test_progress_says_the_comparison_with_the_file_as_saved(
    tmp_path: Path, edit: tuple[bytes, bytes], after: list[str]
) -> None:
    """A tracker saved again since the run (not the bytes the run wrote) is compared with
    the run's result before it is replaced: a step with its percentage, not a silence
    (ot133 F1: 49 s at 20,000 rows)."""
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config
    from followup_batch.progress import Step

    tracker = make_tracker(tmp_path / "t.xlsx")
    process_file(tracker, Config(), RunOptions(dt.date(2026, 11, 20)))
    with zipfile.ZipFile(tracker) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(tracker, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            changed = data.replace(*edit) if name == "xl/worksheets/sheet1.xml" else data
            assert (changed != data) is (name == "xl/worksheets/sheet1.xml")
            archive.writestr(name, changed)
    saved = tracker.read_bytes()
    heard: list[Step] = []
    process_file(tracker, Config(), RunOptions(dt.date(2026, 11, 20)), progress=heard.append)
    assert (tracker.read_bytes() != saved) is bool(after)
    steps = list(dict.fromkeys(step.what for step in heard))
    comparing = "t.xlsx: 4 rows, comparing with the file as saved"
    assert steps[steps.index("t.xlsx: 4 rows, writing the Summary sheet") + 1 :] == [
        comparing,
        *(f"t.xlsx: 4 rows, {what}" for what in after),
    ]
    told = [step.percent for step in heard if step.what == comparing]
    assert told[0] == 0
    assert told == sorted(told)
    assert (told[-1] == 100) is not after  # a difference ends it early


def test_status_line_is_rewritten_in_place_and_erased(capsys: pytest.CaptureFixture[str]) -> None:
    from followup_batch.cli.console import StatusLine
    from followup_batch.progress import Step

    status = StatusLine()
    status.clear()  # nothing shown yet: nothing to erase
    status(Step("big.xlsx: reading"))
    status(Step("big.xlsx: 100,000 rows, writing the tracker sheet", 41, 100))
    status.clear()
    assert capsys.readouterr().err == (
        "\r\x1b[Kbig.xlsx: reading …"
        "\r\x1b[Kbig.xlsx: 100,000 rows, writing the tracker sheet 41%\r\x1b[K"
    )


def test_a_note_said_under_the_status_line_starts_a_line_of_its_own(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A Dask dataset run's note (a lost worker) said while its status line is drawn: the
    line erased first and drawn again under the note (the note landed after its text); with
    no line drawn, or once it is cleared, the note alone."""
    import sys

    from followup_batch.cli.console import StatusLine
    from followup_batch.progress import Step

    status = StatusLine()
    say = status.above(lambda text: print(f"note: {text}", file=sys.stderr))
    say("before any line")
    status(Step("in/: 1 of 20 partitions"))
    say("lost a worker")
    status(Step("in/: 2 of 20 partitions"))
    status.clear()
    say("after the run")
    assert capsys.readouterr().err == (
        "note: before any line\n"
        "\r\x1b[Kin/: 1 of 20 partitions …\r\x1b[Knote: lost a worker\n"
        "\r\x1b[Kin/: 1 of 20 partitions …\r\x1b[Kin/: 2 of 20 partitions …\r\x1b[K"
        "note: after the run\n"
    )


class TerminalStderr(io.StringIO):
    def isatty(self) -> bool:
        return True


# ot106 F6: a Dask run's terminal showed nothing for 4–5 s, until its first "0 of N
# partitions": importing the rules and reading the config came first. The line is drawn as the
# command starts (the config's warning then said above it), and erased however the run ends.
DATASET_STARTS = {
    "dask, refused before a cluster": (
        ["--engine", "dask", "--map", "Mett=interview_at"],
        "{data}: starting Dask …\r\x1b[K",
        False,
    ),
    "pandas, with a config's warning": (
        ["--engine", "pandas", "--config", "{config}"],
        "{data}: reading …\r\x1b[Kwarning: {config}: rules.send_window.preferred_weekdays: "
        "Saturday is never a business day in the United States (US) calendar of rows without a"
        " Country (Mon–Fri week), so due dates move to Tuesday alone; name a working day\n"
        "\r\x1b[K{data}: reading …\r\x1b[K{data}: 0 of 1 partitions …"
        "\r\x1b[K{data}: 1 of 1 partitions …\r\x1b[K",
        True,
    ),
    # ot110 F7: the line stayed at "1 of 1 partitions" for the whole digest phase.
    "pandas, with a digest": (
        ["--engine", "pandas", "--digest-dir", "{digest}"],
        "{data}: reading …\r\x1b[K{data}: 0 of 1 partitions …"
        "\r\x1b[K{data}: 1 of 1 partitions …\r\x1b[K{data}: digest: writing 1 coach folder …"
        "\r\x1b[K{data}: digest: 1 of 1 coach folder written …\r\x1b[K",
        True,
    ),
}


@pytest.mark.parametrize(
    ("options", "drawn", "written"), DATASET_STARTS.values(), ids=list(DATASET_STARTS)
)
def test_a_dataset_runs_status_line_is_drawn_as_it_starts(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    options: list[str],
    drawn: str,
    written: bool,
) -> None:
    data, config = tmp_path / "exports", tmp_path / "sat.toml"
    data.mkdir()
    (data / "a.csv").write_text(
        "Company,Position,Interview Date\nAcme,Analyst,2026-11-02\n", encoding="utf-8"
    )
    config.write_text(
        '[rules.send_window]\npreferred_weekdays = ["Saturday", "Tuesday"]\n', encoding="utf-8"
    )
    stderr = TerminalStderr()
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setenv("COLUMNS", "400")  # each line whole
    args = [a.format(config=config, digest=tmp_path / "digest") for a in options]
    args = ["run", str(data), "--output", str(tmp_path / "out"), "--as-of", "2026-11-20", *args]
    with contextlib.suppress(click.ClickException, SystemExit):
        main.main(args, standalone_mode=False)
    assert stderr.getvalue() == "\r\x1b[K" + drawn.format(data=data, config=config)
    assert (tmp_path / "out").is_dir() is written


def test_what_a_dataset_run_says_meanwhile_is_written_above_its_status_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dry run's log lines go to stderr while the status line is drawn (from the command's
    start since ot106 F6): each is written above it, the line erased first, never after its
    text ("exports: reading …note: a dry run writes no file")."""
    data = tmp_path / "exports"
    data.mkdir()
    (data / "a.csv").write_text(
        "Company,Position,Interview Date\nAcme,Analyst,2026-11-02\n", encoding="utf-8"
    )
    stderr = TerminalStderr()
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setenv("COLUMNS", "400")
    args = ["run", str(data), "--output", str(tmp_path / "out"), "--engine", "pandas"]
    args += ["--dry-run", "--log-file", str(tmp_path / "run.log"), "--as-of", "2026-11-20"]
    main.main(args, standalone_mode=False)
    line, erase = "\r\x1b[K{data}: {what} …", "\r\x1b[K"
    reading, none, one = (line.format(data=data, what=w) for w in ("reading", *PARTITIONS))
    log = tmp_path / "run.log"
    assert re.sub(r"\d{4}-\d\d-\d\dT[\d:]+[+-]\d\d:\d\d ", "<t> ", stderr.getvalue()) == (
        f"{reading}{erase}note: a dry run writes no file, so {log} is not written: the lines it "
        "would get follow on stderr\n"
        f"{reading}{erase}<t> INFO run as of Fri 2026-11-20\n"
        f"{reading}{erase}<t> INFO {data}: planned 1 CSV file in 1 partition\n"
        f"{reading}{none}{erase}<t> INFO 1 of 1 partitions done\n"
        f"{none}{one}{erase}<t> INFO {data} (1 CSV file, 1 partition): 1 row — 1 Overdue "
        "(dry run, nothing written)\n"
    )


PARTITIONS = ("0 of 1 partitions", "1 of 1 partitions")


WRITING = "big.xlsx: 50,000 rows, writing the tracker sheet"


@pytest.mark.parametrize(
    ("told", "drawn"),
    [
        # (seconds, bytes done of 1000) -> the percentages drawn: a new step at once, the
        # same step at most every 0.1 s, 100% always, an unchanged percentage never.
        ([(0.0, 0), (0.05, 500), (0.09, 900), (0.5, 1000)], [0, 100]),
        ([(0.0, 0), (0.12, 100), (0.15, 200), (0.25, 300), (0.3, 400)], [0, 10, 30]),
        ([(0.0, 10), (1.0, 10), (2.0, 10), (3.0, 1000), (4.0, 1000)], [1, 100]),
    ],
)
def test_status_line_redraws_a_step_at_most_ten_times_a_second(
    capsys: pytest.CaptureFixture[str], told: list[tuple[float, int]], drawn: list[int]
) -> None:
    from followup_batch.cli.console import StatusLine
    from followup_batch.progress import Step

    now = 0.0
    status = StatusLine(100, clock=lambda: now)
    for now, done in told:  # noqa: B007 - the clock reads it
        status(Step(WRITING, done, 1000))
    lines = capsys.readouterr().err.split("\r\x1b[K")[1:]
    assert lines == [f"{WRITING} {percent}%" for percent in drawn]


@pytest.mark.parametrize(
    ("columns", "line"),
    [
        (80, "big.xlsx: 50,000 rows, writing the tracker sheet 41%"),
        (53, "big.xlsx: 50,000 rows, writing the tracker sheet 41%"),
        (52, "…g.xlsx: 50,000 rows, writing the tracker sheet 41%"),
        (40, "…00 rows, writing the tracker sheet 41%"),
        (30, "…riting the tracker sheet 41%"),
        (0, "big.xlsx: 50,000 rows, writing the tracker sheet 41%"),  # a size not told: 80
    ],
)
def test_status_line_stops_a_column_short_of_the_terminal(
    capsys: pytest.CaptureFixture[str], columns: int, line: str
) -> None:
    from followup_batch.cli.console import StatusLine
    from followup_batch.progress import Step

    StatusLine(columns)(Step(WRITING, 41, 100))
    assert capsys.readouterr().err == f"\r\x1b[K{line}"


# Which single tracker gets the status line: by its work, a workbook's bytes 3 times a CSV's
# (ot133 F4: a 10,000-row workbook of 777 kB, links on every row, took 20 s with nothing shown).
BIG_FILES = [
    ("links on 10,000 rows.xlsx", 777_493, True),
    ("5,000 rows.xlsx", 310_000, False),
    ("9,000 rows.csv", 1_170_000, True),
    ("7,000 rows.csv", 910_000, False),
]


@pytest.mark.parametrize(("name", "size", "shown"), BIG_FILES)
def test_a_big_tracker_is_told_by_its_work_not_its_bytes(
    tmp_path: Path, name: str, size: int, shown: bool
) -> None:
    from followup_batch.cli.console import _big_file

    tracker = tmp_path / name
    with open(tracker, "wb") as handle:
        handle.truncate(size)
    assert _big_file(tracker) is shown
    assert _big_file(tmp_path / "gone.xlsx") is False


def test_no_status_line_off_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard error not a terminal (a cron job's log): no status line even for a file big
    enough to have one, with or without -q and --json."""
    from followup_batch.cli.console import StatusLine

    monkeypatch.setattr(StatusLine, "BIG_FILE_WORK", 0)
    tracker = make_tracker(tmp_path / "t.xlsx")
    for extra in [[], ["-q"], ["--json"]]:
        code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-20", *extra)
        assert code == 0
        assert "\x1b[K" not in err


def test_big_counts_have_thousands_separators() -> None:
    from collections import Counter

    from followup_batch.reports import SheetReport, totals_line

    report = SheetReport(
        Path("big.xlsx"), None, rows=100_000, counts=Counter(Overdue=79_295), problem_rows=1_204
    )
    assert report.summary() == "big.xlsx: 100,000 rows — 79,295 Overdue; 1,204 with problems"
    assert totals_line([report, report], [], 2) == "2 files, 200,000 rows — 158,590 Overdue"


@pytest.mark.parametrize(
    ("rows", "files", "left_alone", "line", "total"),
    [
        (1, 1, 0, "one.csv: 1 row — 1 Overdue", "1 file, 1 row — 1 Overdue"),
        (2, 3, 0, "one.csv: 2 rows — 2 Overdue", "3 files, 6 rows — 6 Overdue"),
        (0, 2, 0, "one.csv: 0 rows", "2 files, 0 rows"),
        # ot57 F6: lists of contacts are counted apart, not as trackers read.
        (
            2,
            2,
            2,
            "one.csv: 2 rows — 2 Overdue",
            "4 files, 4 rows — 4 Overdue; 2 left alone (lists of contacts)",
        ),
        (1, 0, 2, "one.csv: 1 row — 1 Overdue", "2 files, all left alone (lists of contacts)"),
    ],
)
def test_counts_read_as_english(
    rows: int, files: int, left_alone: int, line: str, total: str
) -> None:
    from collections import Counter

    from followup_batch.reports import SheetReport, totals_line

    report = SheetReport(Path("one.csv"), None, rows=rows, counts=Counter(Overdue=rows))
    assert report.summary() == line
    counted = files + left_alone
    assert totals_line([report] * files, [], counted, left_alone=left_alone) == total


# ot137 F2: "12 files, 580 rows … 2 skipped" counted the rows of 10 files: a file skipped as
# open in Excel or LibreOffice is not read by the run, and the digest lists it apart.
@pytest.mark.parametrize(
    ("read", "rows", "failed", "skipped", "total"),
    [
        (
            10,
            58,
            0,
            2,
            "10 files, 580 rows — 580 Overdue; 2 skipped (open in Excel or LibreOffice)",
        ),
        (2, 3, 0, 1, "2 files, 6 rows — 6 Overdue; 1 skipped (open in Excel or LibreOffice)"),
        (
            2,
            3,
            1,
            1,
            "3 files, 6 rows — 6 Overdue; 1 failed; 1 skipped (open in Excel or LibreOffice)",
        ),
        (3, 1, 0, 0, "3 files, 3 rows — 3 Overdue"),
        (0, 0, 0, 2, "2 files, all skipped (open in Excel or LibreOffice)"),
    ],
)
def test_the_totals_count_the_files_whose_rows_they_count(
    read: int, rows: int, failed: int, skipped: int, total: str
) -> None:
    from collections import Counter

    from followup_batch.reports import SheetReport, totals_line

    report = SheetReport(Path("one.csv"), None, rows=rows, counts=Counter(Overdue=rows))
    failures = ["cannot read the file"] * failed
    line = totals_line([report] * read, failures, read + failed + skipped, skipped=skipped)
    assert line == total


FULL = (
    "t.xlsx: the disk holding /data is full (the disk mounted at /data); nothing was written "
    "and the file is as it was. Free some space (or fix the disk), then run again"
)
BACKUP_FULL = (
    "its backup could not be written: the disk holding /data/.followup-backups is full. "
    "Nothing was written and the file is as it was; free some space (or fix the folder), then "
    "run again"
)
QUOTA = "u.csv: the disk quota for /home/ann is used up; nothing was written"
LOCKED = "v.xlsx is open in Excel (~$v.xlsx); close it, then run again"


@pytest.mark.parametrize(
    ("read", "failures", "total"),
    [
        # read "2 files, 0 rows; 2 failed", as if the trackers were empty (outside test ot18, F11)
        (0, [FULL, BACKUP_FULL], "2 files, all failed (no space left on the disk)"),
        (1, [FULL], "2 files, 1 row — 1 Overdue; 1 failed (no space left on the disk)"),
        (1, [QUOTA], "2 files, 1 row — 1 Overdue; 1 failed (the disk quota used up)"),
        (0, [FULL, LOCKED], "2 files, all failed (1 of them: no space left on the disk)"),
        (1, [LOCKED], "2 files, 1 row — 1 Overdue; 1 failed"),
        (0, [LOCKED], "1 file, all failed"),
    ],
)
def test_the_totals_line_says_a_full_disk_failed_the_files(
    read: int, failures: list[str], total: str
) -> None:
    from collections import Counter

    from followup_batch.reports import SheetReport, totals_line

    reports = [SheetReport(Path("one.csv"), None, rows=1, counts=Counter(Overdue=1))] * read
    assert totals_line(reports, failures, read + len(failures)) == total


def test_one_failed_file_of_several_is_counted_in_english(tmp_path: Path) -> None:
    make_csv(tmp_path / "good.csv")
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    code, _, err = invoke("run", str(tmp_path), "--as-of", "2026-11-20")
    assert code == 1
    assert "1 of 2 files failed (bad.xlsx); the others were processed." in err


def test_ctrl_c_mid_run_prints_the_files_done_and_exits_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while the second of three trackers is processed: the first one's line, a line
    saying how far the run got and that nothing is half-written, exit code 130 (not Click's
    "Aborted!" and 1); the second and third are untouched."""
    from followup_batch import batch

    for name in ("a.xlsx", "b.xlsx", "c.xlsx"):
        make_tracker(tmp_path / name)
    untouched = {name: (tmp_path / name).read_bytes() for name in ("b.xlsx", "c.xlsx")}
    real = batch.process_file

    def interrupted_at_b(path: Path, *args: object, **kwargs: object) -> object:
        if path.name == "b.xlsx":
            raise KeyboardInterrupt
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "process_file", interrupted_at_b)
    code, out, err = invoke("run", str(tmp_path), "--as-of", "2026-11-20", "--jobs", "1")
    assert code == 130
    assert out.startswith("a.xlsx [Jobs]: 4 rows")
    assert err.splitlines()[-1] == (
        "Interrupted after 1 of 3 files (their lines are above). No tracker is left "
        "half-written: each one is either completely written or as it was. Run the same "
        "command again to finish."
    )
    assert "Aborted!" not in err
    assert {name: (tmp_path / name).read_bytes() for name in untouched} == untouched


@pytest.mark.parametrize(
    ("stop", "code", "said"),
    [
        (KeyboardInterrupt, 130, "\nInterrupted. No file is left half-written.\n"),
        (Terminated, 143, "\nStopped by SIGTERM. No file is left half-written.\n"),
    ],
)
def test_ctrl_c_or_sigterm_in_any_other_command(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stop: type[BaseException],
    code: int,
    said: str,
) -> None:
    from followup_batch import check

    def interrupted(*_args: object, **_kwargs: object) -> object:
        raise stop

    monkeypatch.setattr(check, "check_paths", interrupted)
    exit_code, _out, err = invoke("check", str(make_tracker(tmp_path / "t.xlsx")))
    assert exit_code == code
    assert err == said


def test_sigterm_mid_run_prints_the_files_done_and_exits_143(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup_batch import batch

    for name in ("a.xlsx", "b.xlsx"):
        make_tracker(tmp_path / name)
    real = batch.process_file

    def stopped_at_b(path: Path, *args: object, **kwargs: object) -> object:
        if path.name == "b.xlsx":
            raise Terminated
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "process_file", stopped_at_b)
    code, out, err = invoke("run", str(tmp_path), "--as-of", "2026-11-20", "--jobs", "1")
    assert code == 143
    assert out.startswith("a.xlsx [Jobs]: 4 rows")
    assert err.splitlines()[-1] == (
        "Stopped by SIGTERM after 1 of 2 files (their lines are above). No tracker is left "
        "half-written: each one is either completely written or as it was. Run the same "
        "command again to finish."
    )


STOPPED_AT_EXPORTS = (
    "{how} while writing the {what}: the trackers were all processed (their lines are above), "
    "and each export file is either complete or as it was. Run the same command again to "
    "write them."
)


# What a stop after the trackers were processed says (ot45 F2: it named the digest, calendar
# and drafts, "run again to write them", on a run that asked for none of them).
@pytest.mark.parametrize(
    ("asked", "stop", "code", "said"),
    [
        (
            ["--ics", "c.ics"],
            KeyboardInterrupt,
            130,
            STOPPED_AT_EXPORTS.format(how="Interrupted", what="calendar"),
        ),
        (
            ["--digest", "d.html", "--ics", "c.ics", "--eml-dir", "eml"],
            Terminated,
            143,
            STOPPED_AT_EXPORTS.format(
                how="Stopped by SIGTERM", what="digest, calendar and drafts folder"
            ),
        ),
        (
            ["--eml-dir", "eml"],
            Terminated,
            143,
            STOPPED_AT_EXPORTS.format(how="Stopped by SIGTERM", what="drafts folder"),
        ),
        (
            [],
            Terminated,
            143,
            "Stopped by SIGTERM after the trackers were all processed (their lines are above): "
            "no digest, calendar or drafts were asked for, so nothing was left to write.",
        ),
    ],
    ids=["calendar", "all three", "drafts", "none asked"],
)
def test_a_stop_while_the_exports_are_written_names_those_asked_for(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    asked: list[str],
    stop: type[BaseException],
    code: int,
    said: str,
) -> None:
    from followup_batch import invocation

    def interrupted(*_args: object, **_kwargs: object) -> object:
        raise stop

    monkeypatch.setattr(invocation, "export_files", interrupted)
    tracker = make_tracker(tmp_path / "t.xlsx")
    given = [str(tmp_path / part) if not part.startswith("-") else part for part in asked]
    exit_code, out, err = invoke("run", str(tracker), "--as-of", "2026-11-20", *given)
    assert exit_code == code
    assert out.startswith("t.xlsx [Jobs]: 4 rows")
    assert err.splitlines()[-1] == said


# A SIGTERM once the command's work is done and said (a timer's timeout landing as the
# process exits) exited 143 without a word (ot45 F2): until the exit it says the run was
# complete; from the exit on it is ignored, and the exit code is the run's. The process sends
# it to itself at that moment, so the test does not race a clock: (how, exit code, last line).
COMPLETE = (
    "Stopped by SIGTERM after the run was complete: everything it had to write was written "
    "and its lines are above; nothing is left to do."
)
AFTER_THE_WORK = {
    "as the command returns": (
        "import os, signal\n"
        "from followup_batch import workers\n"
        "done = workers.stop_after_the_work\n"
        "def signalled():\n"
        "    done()\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "workers.stop_after_the_work = signalled\n",
        143,
        COMPLETE,
    ),
    "as Python shuts down": (
        "import atexit, os, signal, time\n"
        "atexit.register(lambda: (os.kill(os.getpid(), signal.SIGTERM), time.sleep(1)))\n",
        0,
        None,
    ),
}


@pytest.mark.parametrize("asked", [[], ["--ics", "c.ics"]], ids=["no exports", "calendar"])
@pytest.mark.parametrize("moment", AFTER_THE_WORK)
def test_a_sigterm_after_the_work_says_the_run_was_complete(
    tmp_path: Path, moment: str, asked: list[str]
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    given = [str(tmp_path / part) if not part.startswith("-") else part for part in asked]
    how, code, said = AFTER_THE_WORK[moment]
    script = how + (
        "import sys\n"
        "from followup_batch.cli import entry\n"
        f"sys.argv = ['followup-batch', 'run', {str(tracker)!r}, '--as-of', '2026-11-20', "
        f"*{given!r}]\n"
        "entry()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == code, done.stderr
    assert done.stdout.startswith("t.xlsx [Jobs]: 4 rows")
    if said is None:  # ignored: the run's exit code, and no word of a stop
        assert "Stopped" not in done.stderr, done.stderr
    else:
        assert done.stderr.splitlines()[-1] == said
    if asked:
        assert (tmp_path / "c.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def run_with_a_time_limit(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, stopped after two minutes: for what used to hang."""
    return subprocess.run(
        [sys.executable, "-m", "followup_batch", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )


# The console script ends the process once the command is done, skipping the interpreter's
# teardown (``cli.entry``): (arguments, exit code, the start of what stdout holds). Each run
# also registers an at-exit handler that writes a file: they still run.
QUICK_EXITS = [
    (["--version"], 0, "followup-batch, version "),
    (["rules"], 0, "[application_check_in]\n"),
    (["run", "{tracker}", "--as-of", "2026-11-20"], 0, "t.xlsx [Jobs]: 4 rows"),
    (["run", "{damaged}", "--as-of", "2026-11-20"], 1, ""),
    (["run", "--no-such-option"], 2, ""),
    (["run", "{tracker}", "--as-of", "2026-13-01"], 2, ""),
]


@pytest.mark.parametrize(("args", "code", "said"), QUICK_EXITS, ids=lambda v: str(v)[:40])
def test_the_command_exits_with_its_code_its_whole_output_and_its_exit_handlers(
    tmp_path: Path, args: list[str], code: int, said: str
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    (tmp_path / "damaged.xlsx").write_bytes(b"not a workbook")
    given = [a.format(tracker=tracker, damaged=tmp_path / "damaged.xlsx") for a in args]
    handled = tmp_path / "handled"
    script = (
        "import atexit, sys\n"
        f"atexit.register(lambda: open({str(handled)!r}, 'w').write('ran'))\n"
        "from followup_batch.cli import entry\n"
        f"sys.argv = ['followup-batch', *{given!r}]\n"
        "entry()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == code, done.stderr
    assert done.stdout.startswith(said)
    assert handled.read_text() == "ran"
    if args == ["rules"]:  # every line of a long output, as the command printed it
        assert done.stdout == CliRunner().invoke(main, ["rules"]).output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes: POSIX only")
@pytest.mark.parametrize("command", ["run", "check", "digest"])
@pytest.mark.parametrize("given", ["named", "in a folder"])
def test_a_pipe_or_device_named_as_a_tracker_fails_alone(
    tmp_path: Path, command: str, given: str
) -> None:
    """A named pipe given on the command line hung the run for ever, and the trackers after it
    with it; /dev/zero (through a link) spun until killed. Each is now a failed file, in a
    folder scan too, where both were passed over without a word (outside test ot43, F4)."""
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    device = tmp_path / "zero.csv"
    device.symlink_to("/dev/zero")
    good = make_tracker(tmp_path / "good.xlsx")
    named = [str(tmp_path)] if given == "in a folder" else [str(pipe), str(device), str(good)]
    args = [*named, "--as-of", "2026-11-20"]
    done = run_with_a_time_limit(command, *args)  # the old behaviour hung for ever
    code, said, err = done.returncode, done.stdout + done.stderr, done.stderr
    assert code == 1
    line = {"check": "NOT READ", "run": "FAILED", "digest": "FAILED"}[command]
    assert f"pipe.xlsx: {line} — it is a named pipe, not a file: a tracker is read" in said
    assert f"zero.csv: {line} — it is a device or socket, not a file" in said
    if command == "run":
        assert "2 of 3 files failed (pipe.xlsx, zero.csv); the others were processed." in err
        assert read_back(good, values=True)["Follow-up status"]


@pytest.mark.parametrize(
    ("parallel", "quiet", "said"),
    [
        (False, False, "Interrupted before any file was done. No tracker is left half-written"),
        (
            True,
            False,
            "Interrupted after 0 of 4 files were reported (their lines are above); files after "
            "them may have been written meanwhile. ",
        ),
        (True, True, "Interrupted after 0 of 4 files were reported; files after them may "),
    ],
)
def test_a_stop_in_a_parallel_run_does_not_say_no_file_was_done(
    capsys: pytest.CaptureFixture[str], parallel: bool, quiet: bool, said: str
) -> None:
    """With --jobs 2 a slow first file holds back the lines of the files done after it: the
    run said "before any file was done" when three of four were written."""
    from followup_batch.cli.console import Reporter

    reporter = Reporter(as_json=False, verbose=0, quiet=quiet, log_file=None)
    reporter.interrupted(done=0, total=4, parallel=parallel)
    assert capsys.readouterr().err.startswith(said)


@pytest.mark.parametrize(
    ("done", "parallel", "said"),
    [
        (0, True, "Terminated before any file was done. No tracker was written. Run the same "),
        (2, True, "Terminated after 2 of 4 files (their lines are above). No tracker was "),
        (4, False, "Terminated after every file was done. No tracker was written. "),
    ],
)
def test_a_stop_in_a_run_that_writes_no_tracker_says_none_was(
    capsys: pytest.CaptureFixture[str], done: int, parallel: bool, said: str
) -> None:
    """SIGTERM during `digest -j 2` said files "may have been written meanwhile": a digest
    and a dry run write no tracker."""
    from followup_batch.cli.console import Reporter

    reporter = Reporter(as_json=False, verbose=0, quiet=False, log_file=None)
    reporter.interrupted(done=done, total=4, how="Terminated", parallel=parallel, writes=False)
    assert capsys.readouterr().err.startswith(said)


def special_output(folder: Path, kind: str, name: str) -> Path:
    """A named pipe called ``name``, or a link of that name to /dev/null."""
    path = folder / name
    if kind == "pipe":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/null")
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes: POSIX only")
@pytest.mark.parametrize(
    ("option", "name", "kind", "said"),
    [
        ("--output", "out.xlsx", "pipe", "is a named pipe"),
        ("--ics", "due.ics", "pipe", "is a named pipe"),
        ("--digest", "due.md", "pipe", "is a named pipe"),
        ("--output", "out.xlsx", "/dev/null", "is a device or socket"),
        ("--ics", "due.ics", "/dev/null", "is a device or socket"),
        ("--digest", "due.html", "/dev/null", "is a device or socket"),
        # named without a suffix, as /dev/null is: what it is, not what it is called (ot37 F2)
        ("--output", "null", "/dev/null", "is a device or socket"),
        ("--digest", "null", "/dev/null", "is a device or socket"),
        ("--output", "fifo", "pipe", "is a named pipe"),
    ],
)
def test_a_pipe_or_device_named_as_an_output_is_refused_before_the_tracker_is_written(
    tmp_path: Path, option: str, name: str, kind: str, said: str
) -> None:
    """--output or --ics naming a pipe hung the run (the existing file is read first); then
    --ics on a pipe or /dev/null was refused only after the tracker was rewritten (a backup
    made, exit 1), though the README said nothing was written (an outside test)."""
    out = special_output(tmp_path, kind, name)
    tracker = make_tracker(tmp_path / "t.xlsx")
    before = tracker.read_bytes(), tracker.stat().st_mtime_ns
    done = run_with_a_time_limit("run", str(tracker), option, str(out), "--as-of", "2026-11-20")
    assert done.returncode == 2
    assert f"Invalid value for {option}: {out} {said}; nothing was written." in done.stderr
    assert (tracker.read_bytes(), tracker.stat().st_mtime_ns) == before
    assert not (tmp_path / ".followup-backups").exists()


def test_an_export_that_cannot_be_replaced_is_refused_before_the_tracker_is_written(
    tmp_path: Path,
) -> None:
    """A read-only calendar, a digest with another hard link, drafts under a file: each was
    found only once the trackers were written."""
    tracker = make_tracker(tmp_path / "t.xlsx")
    before = tracker.read_bytes(), tracker.stat().st_mtime_ns
    calendar = tmp_path / "due.ics"
    calendar.write_text("")
    calendar.chmod(0o444)
    digest = tmp_path / "due.md"
    digest.write_text("")
    (tmp_path / "other.md").hardlink_to(digest)
    (tmp_path / "file").write_text("")
    cases = [
        ("--ics", str(calendar), f"{calendar} is read-only; nothing was written."),
        ("--digest", str(digest), f"{digest} has 2 hard links (other names for the same file)"),
        ("--eml-dir", str(tmp_path / "file" / "drafts"), f"{tmp_path / 'file'} is not a folder"),
        ("--ics", str(tmp_path / "file" / "due.ics"), f"{tmp_path / 'file'} is not a folder"),
    ]
    for option, value, said in cases:
        code, _, err = invoke("run", str(tracker), option, value, "--as-of", "2026-11-20")
        assert code == 2
        assert f"Invalid value for {option}: {said}" in err
        assert (tracker.read_bytes(), tracker.stat().st_mtime_ns) == before
        assert not (tmp_path / ".followup-backups").exists()


# (command and arguments, the option at fault): {ro} is a folder that cannot be written.
INTO_A_READ_ONLY_FOLDER = [
    ("run {t} --ics {ro}/due.ics", "--ics"),
    ("run {t} --ics {ro}/new/deeper/due.ics", "--ics"),
    ("run {t} --eml-dir {ro}/drafts", "--eml-dir"),
    ("run {t} --eml-dir {ro}", "--eml-dir"),
    ("run {t} --digest {ro}/due.md", "--digest"),
    ("run {t} --digest {ro}/existing.html", "--digest"),  # written beside it, then renamed
    ("run {t} --output {ro}/new/out.xlsx", "--output"),
    ("digest {t} --xlsx {ro}/due.xlsx", "--xlsx"),
    ("digest {t} --ics {ro}/due.ics", "--ics"),
    ("run {t} --ics {d}/link.ics", "--ics"),  # a link into it
]


@pytest.mark.parametrize(("command", "option"), INTO_A_READ_ONLY_FOLDER)
def test_an_output_into_a_folder_that_cannot_be_written_is_refused_before_the_tracker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, option: str
) -> None:
    """--ics or --eml-dir on a read-only disk was found only once the tracker was rewritten
    (exit 1, an outside test). The disk is a folder ``os.access`` says cannot be written
    (so as root too, whom a folder's mode does not stop)."""
    tracker = make_tracker(tmp_path / "t.xlsx")
    read_only = tmp_path / "ro"
    read_only.mkdir()
    (read_only / "existing.html").write_text("")
    (tmp_path / "link.ics").symlink_to(read_only / "due.ics")
    can_write = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == read_only and mode & os.W_OK:
            return False
        return can_write(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    before = tracker.read_bytes(), tracker.stat().st_mtime_ns
    names = {"t": str(tracker), "ro": str(read_only), "d": str(tmp_path)}
    code, out, err = invoke(*command.format(**names).split(), "--as-of", "2026-11-20")
    assert code == 2
    said = f"cannot write into {read_only} (a read-only disk, or no permission to write there);"
    assert f"Invalid value for {option}: {said} nothing was written. Choose another folder" in err
    assert out == ""
    assert (tracker.read_bytes(), tracker.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.ics", "ro", "t.xlsx"]
    assert [p.name for p in read_only.iterdir()] == ["existing.html"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="a folder's mode: not root")
def test_an_export_into_a_folder_without_write_permission_is_refused(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o555)
    before = tracker.read_bytes(), tracker.stat().st_mtime_ns
    code, _, err = invoke("run", str(tracker), "--ics", str(folder / "due.ics"))
    assert code == 2
    assert f"Invalid value for --ics: cannot write into {folder} (a read-only disk" in err
    assert (tracker.read_bytes(), tracker.stat().st_mtime_ns) == before


# (command, the option at fault, the folder named, the system's reason): a place of the
# system's that takes no file, though ``os.access`` calls it writable for root (ot89 F2).
INTO_A_SYSTEM_FOLDER = [
    ("run {t} --ics /proc/due.ics", "--ics", "/proc", "No such file or directory"),
    ("run {t} --eml-dir /proc/emls", "--eml-dir", "/proc", "No such file or directory"),
    ("run {t} --digest /proc/new/deeper/d.md", "--digest", "/proc", "No such file or directory"),
    ("run {t} --digest /sys/d.html", "--digest", "/sys", None),
    ("run {t} --output /sys/out.xlsx", "--output", "/sys", None),
    ("digest {t} --html /proc/d.html", "--html", "/proc", "No such file or directory"),
]


@pytest.mark.skipif(
    not (Path("/proc/self").is_dir() and Path("/sys/kernel").is_dir()), reason="no /proc, /sys"
)
@pytest.mark.parametrize(("command", "option", "folder", "why"), INTO_A_SYSTEM_FOLDER)
def test_an_export_into_proc_or_sys_is_refused_before_the_tracker(
    tmp_path: Path, command: str, option: str, folder: str, why: str | None
) -> None:
    """The tracker was written, then the export failed with "No such file or directory"."""
    tracker = make_tracker(tmp_path / "t.xlsx")
    before = tracker.read_bytes(), tracker.stat().st_mtime_ns
    code, out, err = invoke(*command.format(t=tracker).split(), "--as-of", "2026-11-20")
    assert code == 2
    said = f"Invalid value for {option}: cannot write into {folder}: a file cannot be made there ("
    assert said in err
    if why:  # /sys says "Permission denied" or "Read-only file system" by its mount
        assert f"({why}; a system folder such as /proc or /sys takes none)" in err
    assert "nothing was written. Choose another folder" in err
    assert out == ""
    assert (tracker.read_bytes(), tracker.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.xlsx"]


@pytest.mark.skipif(not hasattr(os, "statvfs"), reason="no statvfs")
def test_a_disk_without_blocks_that_takes_a_file_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that says it has no blocks (a FUSE disk that does not count them) is not
    refused for that: a file made there and removed says it takes files, and the calendar is
    written, the probe gone."""
    tracker = make_tracker(tmp_path / "t.xlsx")
    exports = tmp_path / "fuse"
    exports.mkdir()
    real = os.statvfs

    def statvfs(path: object) -> object:
        found = real(path)  # type: ignore[arg-type]
        if Path(str(path)) != exports:
            return found
        return os.statvfs_result((*found[:2], 0, *found[3:]))

    monkeypatch.setattr(os, "statvfs", statvfs)
    code, _, err = invoke(
        "run", str(tracker), "--ics", str(exports / "due.ics"), "--as-of", "2026-11-20", "-q"
    )
    assert code == 0, err
    assert sorted(p.name for p in exports.iterdir()) == [".due.ics.trackers.json", "due.ics"]


@pytest.mark.parametrize("option", ["--ics", "--digest", "--output"])
def test_a_link_into_a_missing_folder_is_refused_before_the_tracker(
    tmp_path: Path, option: str
) -> None:
    """--ics naming a link to /nonexistent/dir/x.ics was found only once the tracker was
    rewritten (exit 1, an outside test): the folder made is the link's, not its target's."""
    tracker = make_tracker(tmp_path / "t.xlsx")
    name = {"--ics": "due.ics", "--digest": "due.md", "--output": "out.xlsx"}[option]
    link = tmp_path / name
    target = tmp_path / "gone" / "dir" / name
    link.symlink_to(target)
    before = tracker.read_bytes(), tracker.stat().st_mtime_ns
    code, _, err = invoke("run", str(tracker), option, str(link), "--as-of", "2026-11-20")
    assert code == 2
    assert (
        f"Invalid value for {option}: {link} is a link to {target}, whose folder {target.parent} "
        "does not exist; nothing was written. Make the folder, or remove the link"
    ) in err
    assert (tracker.read_bytes(), tracker.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "t.xlsx"])


# (command and arguments, the option at fault, what it says): {t} is the tracker t.xlsx,
# {f} a folder of trackers b.xlsx and c.xlsx, {d} the folder of both.
OVERWRITES = [
    ("digest {t} --xlsx {t}", "--xlsx", "{t} is a tracker this command reads; writing there"),
    # An export's suffix is checked first: a tracker's is no export's (ot85 F1).
    ("digest {t} --markdown {t}", "--markdown", "t.xlsx: a Markdown digest ends in .md or"),
    ("digest {f} --xlsx {f}/b.xlsx", "--xlsx", "{f}/b.xlsx is a tracker this command reads"),
    ("run {t} --ics {t}", "--ics", "t.xlsx: a calendar file ends in .ics"),
    ("run {t} --digest {t}", "--digest", "{t} is a tracker this command reads"),
    ("run {t} --digest {f}/../t.xlsx", "--digest", "{f}/../t.xlsx is a tracker this command"),
    (
        "run {t} --digest {d}/link.xlsx",
        "--digest",
        "{d}/link.xlsx is a tracker this command reads"
        " ({t}); writing there would destroy it, so nothing was written. Choose another name",
    ),
    ("run {f} --digest {f}/b.xlsx", "--digest", "{f}/b.xlsx is a tracker this command reads"),
    ("run {t} {f} --ics {f}/c.xlsx", "--ics", "c.xlsx: a calendar file ends in .ics"),
    # A log is text: a workbook's name is refused before it is looked for among the trackers.
    ("run {t} --log-file {t}", "--log-file", "t.xlsx is not a log: the log is text appended"),
    ("run {t} --output {t}", "--output", "{t} is the tracker itself; nothing was written."),
    ("run {t} --output {d}/link.xlsx", "--output", "{d}/link.xlsx is the tracker itself"),
    (
        "run {t} --output {d}/r.xlsx --digest {d}/r.xlsx",
        "--digest",
        "{d}/r.xlsx is also the --output file; one would overwrite the other, so nothing was "
        "written. Give each its own file",
    ),
    ("run {t} --digest {d}/x.md --digest {d}/x.md", "--digest", "{d}/x.md is also the --digest"),
    (
        "run {t} --digest {d}/x.md --log-file {d}/x.md",
        "--digest",
        "{d}/x.md is also the --log-file",
    ),
    ("run {t} --ics {d}/o.ics --eml-dir {d}/o.ics", "--eml-dir", "{d}/o.ics is also the --ics"),
    (
        "run {t} --digest {d}/x.md --digest {f}/../x.md",
        "--digest",
        "{f}/../x.md is also the --digest file ({d}/x.md); one would overwrite the other",
    ),
]


@pytest.mark.parametrize(("command", "option", "said"), OVERWRITES)
def test_an_output_that_is_a_tracker_or_another_output_is_refused_before_anything_is_written(
    tmp_path: Path, command: str, option: str, said: str
) -> None:
    """``digest t.xlsx --xlsx t.xlsx`` replaced the tracker with the digest and kept no
    backup; ``run t.xlsx --ics t.xlsx`` (or --digest) replaced the run's result; a folder's
    tracker named as the digest was overwritten after it was processed; ``--digest x.md
    --digest x.md`` kept whichever came last; all with exit 0 (an outside test)."""
    tracker = make_tracker(tmp_path / "t.xlsx")
    folder = tmp_path / "fold"
    folder.mkdir()
    others = [make_tracker(folder / "b.xlsx"), make_tracker(folder / "c.xlsx")]
    (tmp_path / "link.xlsx").symlink_to(tracker)
    names = {"t": str(tracker), "f": str(folder), "d": str(tmp_path)}
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in [tracker, *others]}
    code, out, err = invoke(*command.format(**names).split(), "--as-of", "2026-11-20")
    assert code == 2
    assert f"Invalid value for {option}: {said.format(**names)}" in err
    assert out == ""
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in before} == before
    left = {p.name for p in tmp_path.iterdir()} | {p.name for p in folder.iterdir()}
    assert left == {"t.xlsx", "link.xlsx", "fold", "b.xlsx", "c.xlsx"}  # no backup, no export


def test_a_digest_the_tool_wrote_in_a_tracker_folder_may_be_written_again(tmp_path: Path) -> None:
    """The digest beside the trackers is not one of them (a folder scan skips it), so it is
    no tracker to protect: the nightly ``run clients/ --digest clients/digest.xlsx`` goes on."""
    folder = tmp_path / "clients"
    folder.mkdir()
    make_tracker(folder / "b.xlsx")
    digest = folder / "digest.xlsx"
    for _ in range(2):
        code, _, err = invoke("run", str(folder), "--digest", str(digest), "--as-of", "2026-11-20")
        assert code == 0, err
    assert openpyxl.load_workbook(digest).sheetnames[0] == "Today"


def cannot_make_its_lock(tracker: Path, monkeypatch: pytest.MonkeyPatch) -> IO[str] | None:
    """The tracker's folder takes no new file (a sync tool's, an immutable folder)."""
    lock = lock_path(tracker).name
    opened = os.open

    def refused(path: object, *args: object, **kwargs: object) -> int:
        if Path(str(path)).name == lock:
            raise PermissionError(errno.EPERM, "Operation not permitted", str(path))
        return opened(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refused)
    return None


def held_by_another_run(tracker: Path, monkeypatch: pytest.MonkeyPatch) -> IO[str]:
    """Another run (pid 4242) holds the tracker's lock until the handle returned is closed."""
    handle = lock_path(tracker).open("w")
    handle.write("4242\n")
    handle.flush()
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def full_disk_on_write(tracker: Path, monkeypatch: pytest.MonkeyPatch) -> IO[str] | None:
    """The disk fills up as the updated tracker is written."""
    synced = atomic._fsync_file

    def full(path: Path) -> None:
        if Path(path).name.endswith(f"{tracker.name}.tmp"):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        synced(path)

    monkeypatch.setattr(atomic, "_fsync_file", full)
    return None


def read_only(tracker: Path, monkeypatch: pytest.MonkeyPatch) -> IO[str] | None:
    tracker.chmod(0o444)
    return None


def damaged(tracker: Path, monkeypatch: pytest.MonkeyPatch) -> IO[str] | None:
    tracker.write_bytes(tracker.read_bytes()[:300])  # a sync cut it short
    return None


# How a tracker is kept from being written (ot34 F2), and the start of its FAILED line's
# reason; None: it cannot even be read, and nothing of it reaches the exports.
NOT_WRITTEN = {
    "read-only": (read_only, "it is read-only; nothing was written."),
    "folder not writable": (
        cannot_make_its_lock,
        "cannot create the lock file .~followup-Maya Chen.xlsx.lock (Operation not permitted)",
    ),
    "another run holds it": (
        held_by_another_run,
        "it is being updated by another followup-batch run (pid 4242); try again when it finishes",
    ),
    "full disk": (full_disk_on_write, "the disk holding "),
    "damaged": (damaged, None),
}


@pytest.mark.parametrize("export", ["digest", "calendar", "drafts"])
@pytest.mark.parametrize(("fail", "reason"), NOT_WRITTEN.values(), ids=NOT_WRITTEN)
def test_a_tracker_read_but_not_written_reaches_the_runs_exports(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fail: Callable[[Path, pytest.MonkeyPatch], IO[str] | None],
    reason: str | None,
    export: str,
) -> None:
    """A tracker the run read but could not write (read-only, a folder that takes no lock
    file, another run holding it, a full disk) is in the run's digest, calendar and drafts as
    the digest command gives them, the digest saying it was not updated and why; only a file
    that could not be read is missing, as "could not be read" (ot34 F2). Its follow-ups
    vanished from all three before, or from the digest alone."""
    folder = tmp_path / "clients"
    folder.mkdir()
    make_csv(folder / "Jo Park.csv")
    tracker = make_tracker(folder / "Maya Chen.xlsx")
    as_of = ["--as-of", "2026-11-20", "--jobs", "1"]
    wanted = {"digest": "d.md", "calendar": "c.ics", "drafts": "eml"}[export]
    option = {"digest": "--markdown", "calendar": "--ics", "drafts": "--eml-dir"}[export]
    alone = tmp_path / "alone" / wanted
    # The digest command reads the tracker as it is, before the run could change it.
    assert invoke("digest", str(folder), *as_of, option, str(alone))[0] == 0
    held = fail(tracker, monkeypatch)
    before = tracker.read_bytes()
    given = tmp_path / "run" / wanted
    run_option = "--digest" if export == "digest" else option
    with held or contextlib.nullcontext():
        code, _, err = invoke("run", str(folder), *as_of, run_option, str(given))

    assert code == 1
    assert tracker.read_bytes() == before
    [failed] = [line for line in err.splitlines() if line.startswith("Maya Chen.xlsx: FAILED")]
    exported = "its follow-ups are in this run's exports all the same, from its last save"
    assert (f"Maya Chen.xlsx: {exported}" in err.splitlines()) == (reason is not None)
    why = failed.removeprefix("Maya Chen.xlsx: FAILED — ")
    if reason is not None:
        assert why.startswith(reason)
    if export == "digest":
        why = why.replace("_", "\\_")  # as Markdown writes the tmp_path's underscores
        run_md, alone_md = given.read_text().splitlines(), alone.read_text().splitlines()
        kept = (
            "1 tracker was not updated, counted from its last save"
            if reason
            else "1 tracker could not be read"
        )
        mayas = [line for line in alone_md if "Maya Chen" in line]
        assert len(mayas) > 1
        if reason is not None:  # the same follow-ups as the digest command's
            assert run_md[2] == f"{alone_md[2]}; {kept}"
        else:
            assert run_md[2] == f"2 follow-ups for 1 client: 1 overdue, 1 due soon; {kept}"
        assert [line for line in run_md if "Maya Chen" in line] == [
            *(mayas if reason else []),
            f"- Maya Chen.xlsx: not updated, its follow-ups here are from its last save: {why}"
            if reason
            else f"- Maya Chen.xlsx: {why}",
        ]
    elif export == "calendar":

        def mayas_events(ics: Path) -> list[str]:
            events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
            return sorted(str(e["SUMMARY"]) for e in events if "Maya" in e["SUMMARY"])

        assert mayas_events(alone)
        assert mayas_events(given) == (mayas_events(alone) if reason else [])
    else:

        def mayas_drafts(folder: Path) -> dict[str, bytes]:
            return {p.name: p.read_bytes() for p in folder.glob("maya-chen-*.eml")}

        assert mayas_drafts(alone)
        assert mayas_drafts(given) == (mayas_drafts(alone) if reason else {})


def test_huntrs_first_interview_date_is_the_interview(tmp_path: Path) -> None:
    """Outside test ot14 (F5), cut down: Huntr's export heads the interview "First Interview
    Date"; it was left alone and the N26 row asked for an Interview Date column."""
    path = tmp_path / "huntr-export-jonas.csv"
    path.write_text(
        "Job Title,Company Name,List Name,Applied Date,First Interview Date,Offer Received\n"
        "Data Engineer,N26,Interviewing,2026-10-21T09:00:00.000Z,2026-11-13T14:00:00.000Z,\n"
        "Analytics Engineer,Trade Republic,Applied,2026-11-02T10:00:00.000Z,,\n",
        encoding="utf-8",
    )
    config = tmp_path / "jonas.toml"
    config.write_text('country = "DE-BE"\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    args = ("run", str(path), "--as-of", "2026-11-23", "--output", str(out))
    code, stdout, _ = invoke(*args, "--config", str(config))
    assert code == 0, stdout
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    n26 = rows[0]
    # Fri 2026-11-13 + 5 bd = Fri 11-20, then the thank-you's day has passed: 1st check-in.
    assert (n26["Follow-up status"], n26["1st check-in due"], n26["Problems"]) == (
        "Overdue",
        "2026-11-20",
        "",
    )


OWN_SHEET = (
    'tracker.xlsx: {line} — sheet "{sheet}" is followup-batch\'s own sheet, written on every '
    'run, not a tracker; name one of your sheets with --sheet ("Jobs") or leave --sheet out '
    "to read them all."
)


@pytest.mark.parametrize(
    ("command", "named", "sheet"),
    [
        ("run", "Drafts", "Drafts"),
        ("run", "summary", "Summary"),
        ("run", "Calendars", "Calendars"),
        ("check", "Drafts", "Drafts"),
    ],
)
def test_the_tools_own_sheet_named_with_sheet_is_not_a_tracker(
    tmp_path: Path, command: str, named: str, sheet: str
) -> None:
    """`--sheet Drafts` read the tool's outbox as the user's tracker and advised adding a Date
    Applied column to it (outside test OT17 F7)."""
    path = make_tracker(tmp_path / "tracker.xlsx")
    code, _, err = invoke("run", str(path), "--as-of", "2026-11-20", "-q")
    assert code == 0, err
    before = path.read_bytes()
    dry = ["--dry-run"] if command == "run" else []
    code, out, err = invoke(command, str(path), "--sheet", named, "--as-of", "2026-11-20", *dry)
    assert code == 1
    line = {"run": "FAILED", "check": "NOT READ"}[command]
    said = {"run": err, "check": out}[command]
    assert OWN_SHEET.format(line=line, sheet=sheet) in said
    assert path.read_bytes() == before


# Outside test ot34 (F4): a SIGTERM (a cron or systemd timeout) that lands while the command is
# still starting, before it reads a tracker, ended it without a word: the handler came with the
# first file. The signal is sent by the process itself at that moment, so the test does not
# race a clock.
STARTING_MOMENTS = [
    # (what the command is doing when the signal lands, the module and function that does it)
    ("loading the config", "followup_batch.cli", "run_config"),
    ("finding the trackers", "followup_batch.invocation", "tracker_files"),
]


@pytest.mark.parametrize(("moment", "module", "function"), STARTING_MOMENTS)
@pytest.mark.parametrize("command", ["run", "check", "digest"])
def test_a_sigterm_while_the_command_starts_is_said(
    tmp_path: Path, moment: str, module: str, function: str, command: str
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text("Company,Position,Interview Date\nAcme,Analyst,2026-11-16\n")
    before = tracker.read_bytes()
    script = (
        "import importlib, os, signal, sys\n"
        f"where = importlib.import_module({module!r})\n"
        f"started = getattr(where, {function!r})\n"
        "def signalled(*args, **kwargs):\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    return started(*args, **kwargs)\n"
        f"setattr(where, {function!r}, signalled)\n"
        "from followup_batch.cli import main\n"
        f"main([{command!r}, {str(tracker)!r}, '--as-of', '2026-11-20'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 143, (moment, done.stderr)
    assert done.stderr.strip().splitlines()[-1].startswith("Stopped by SIGTERM"), done.stderr
    assert "Traceback" not in done.stderr
    assert tracker.read_bytes() == before


# Outside test ot37 (F7): options that only shape another output were ignored without it.
LONE_OPTIONS = [
    (["--alarm", "08:00"], "--alarm sets when the calendar's events remind you: add --ics FILE"),
    (["--alarm", "none"], "--alarm sets when the calendar's events remind you: add --ics FILE"),
    (
        ["--digest-days", "3"],
        "--digest-days lists what falls due later in the digest: add --digest",
    ),
    (["--with-drafts"], "--with-drafts puts the drafts into the HTML digest: add --digest FILE"),
]


@pytest.mark.parametrize(("given", "message"), LONE_OPTIONS)
def test_an_option_without_the_output_it_shapes_is_refused(
    tmp_path: Path, given: list[str], message: str
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text("Company,Position,Interview Date\nAcme,Analyst,2026-11-16\n")
    before = tracker.read_bytes()
    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", "2026-11-20", *given])
    assert result.exit_code == 2
    assert message in result.output
    assert tracker.read_bytes() == before


@pytest.mark.parametrize(
    "given",
    [
        ["--ics", "due.ics", "--alarm", "08:00"],
        ["--digest", "due.md", "--digest-days", "3"],
        ["--digest", "due.html", "--with-drafts"],
    ],
)
def test_an_option_with_the_output_it_shapes_runs(tmp_path: Path, given: list[str]) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text("Company,Position,Interview Date\nAcme,Analyst,2026-11-16\n")
    paths = [str(tmp_path / g) if g.startswith("due.") else g for g in given]
    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", "2026-11-20", *paths])
    assert result.exit_code == 0, result.output
    assert (tmp_path / given[1]).exists()


def test_a_contacts_sheet_beside_the_tracker_is_not_followed_up(tmp_path: Path) -> None:
    """ot47 F1: a "Name, Company, Title, Email, Date" contacts sheet is left as it was: no
    closing-the-loop draft to a recruiter signed with her own name."""
    book = openpyxl.Workbook()
    jobs = book.active
    assert jobs is not None
    jobs.title = "Applications"
    jobs.append(["Company", "Job Title", "Date Applied", "Status", "Interview Date"])
    jobs.append(["Atlassian", "PM", dt.datetime(2026, 11, 2), "Interviewing", "11/27/2026"])
    contacts = book.create_sheet("Contacts")
    contacts.append(["Name", "Company", "Title", "Email", "Date"])
    contacts.append(["Dana Ortiz", "Atlassian", "Recruiter", "dana@atlassian.com", "10/30/2026"])
    tracker = tmp_path / "Sam Taylor.xlsx"
    book.save(tracker)
    code, out, err = invoke("run", str(tracker), "--as-of", "2026-12-04", "-v")
    assert code == 0, err
    assert out.splitlines()[0] == "Sam Taylor.xlsx [Applications]: 1 row — 1 Due today"
    assert (
        '  Sam Taylor.xlsx [Applications]: note: sheet "Contacts": not a tracker (its only date '
        'is headed "Date" and no column says a status, stage, interview or application: a list '
        "of contacts); left alone; name it with --sheet to follow it up."
    ) in err.splitlines()
    wb = openpyxl.load_workbook(tracker)
    assert [[c.value for c in row] for row in wb["Contacts"].iter_rows()] == [
        ["Name", "Company", "Title", "Email", "Date"],
        ["Dana Ortiz", "Atlassian", "Recruiter", "dana@atlassian.com", "10/30/2026"],
    ]
    assert "Dana Ortiz" not in str([[c.value for c in r] for r in wb["Drafts"].iter_rows()])


LEFT_ALONE = (
    "note: {name}: left alone, a list of contacts, not a tracker ({why} and no column says a "
    "status, stage, interview or application); nothing is written to it.{advice}"
)
# ot57 F6: no advice where no mapping of the file's headers would read it (no date, or no role).
NO_DATE = ("it has no date", None)


def _bare_date(header: str, role: bool = True) -> tuple[str, str | None]:
    return f'its only date is headed "{header}"', header if role else None


@pytest.mark.parametrize(
    ("name", "header", "row", "left_alone"),
    [
        # fx52: LinkedIn's Connections.csv in a client's folder, beside her tracker.
        (
            "Connections.csv",
            ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
             "Connected On"],
            ["Dana", "Ortiz", "https://www.linkedin.com/in/dana", "dana@atlassian.com",
             "Atlassian", "Recruiter", "30 Oct 2026"],
            ('its only dates are under "Connected On"', "Connected On"),
        ),
        # An Airtable "People" table: no date at all.
        ("People.csv", ["Name", "Company", "Title", "Email"],
         ["Dana Ortiz", "Atlassian", "Recruiter", "dana@atlassian.com"], NO_DATE),
        # A contacts sheet alone in its workbook, in English, Spanish and German.
        ("Network.xlsx", ["Name", "Company", "Title", "Email", "Date"],
         ["Dana Ortiz", "Atlassian", "Recruiter", "dana@atlassian.com", "10/30/2026"],
         _bare_date("Date")),
        ("Red.xlsx", ["Nombre", "Empresa", "Cargo", "Correo", "Fecha"],
         ["Ana Ruiz", "Globex", "Recruiter", "ana@globex.es", "30/10/2026"], _bare_date("Fecha")),
        ("Kontakte.csv", ["Vorname", "Nachname", "Firma", "Position", "E-Mail", "Datum"],
         ["Jonas", "Weber", "Initech", "HR", "jonas@initech.de", "30.10.2026"],
         _bare_date("Datum")),
        # A name, an employer and a day, no role and nothing said of an application: people met.
        ("Met.csv", ["Name", "Company", "Date"], ["Dana Ortiz", "Atlassian", "10/30/2026"],
         _bare_date("Date", role=False)),
        # ot57 F6: an Airtable "People" export with more columns, none of them dates.
        ("Network.csv", ["Name", "Company", "Title", "Email", "Phone", "How we met", "Notes"],
         ["Dana Ortiz", "Atlassian", "Recruiter", "dana@atlassian.com", "555-0100", "Meetup",
          "coffee"], NO_DATE),
        # Trackers, read: an application log has no people column; a Status, an Interviewer or
        # a coach's Client says what the Date is.
        ("Apps.csv", ["Company", "Role", "Applied"], ["Atlassian", "PM", "11/02/2026"], None),
        ("Coach.csv", ["Client", "Company", "Role", "Date"],
         ["Ana Diaz", "Atlassian", "PM", "11/27/2026"], None),
        ("Log.csv", ["Company", "Position", "Interviewer", "Email", "Date"],
         ["Atlassian", "PM", "Dana Ortiz", "dana@atlassian.com", "11/27/2026"], None),
        ("Jobs.xlsx", ["Name", "Company", "Title", "Email", "Date", "Status"],
         ["Dana Ortiz", "Atlassian", "PM", "dana@atlassian.com", "11/27/2026", "Interviewing"],
         None),
        # ot57 F1: a log without names whose role column is the job applied for, with its
        # recruiter's address beside a bare Date, in English, Spanish and German.
        ("Jo Park.csv", ["Company", "Job Title", "Date", "Recruiter Email"],
         ["Atlassian", "Data Analyst", "11/20/2026", "dana.ortiz@atlassian.com"], None),
        ("Maya Chen.csv", ["Company", "Position", "Date", "Email", "Notes"],
         ["Atlassian", "Data Analyst", "11/20/2026", "dana.ortiz@atlassian.com", "went well"],
         None),
        ("Apps.xlsx", ["Company", "Role", "Date", "Contact Email"],
         ["Atlassian", "PM", "11/20/2026", "careers@atlassian.com"], None),
        ("Log.xlsx", ["Company", "Title", "Date", "Email"],
         ["Atlassian", "PM", "11/20/2026", "dana@atlassian.com"], None),
        ("Solicitudes.csv", ["Empresa", "Puesto", "Fecha", "Correo"],
         ["Globex", "Analista", "20/11/2026", "ana@globex.es"], None),
        ("Bewerbungen.csv", ["Firma", "Stelle", "Datum", "E-Mail"],
         ["Initech", "Analyst", "20.11.2026", "jonas@initech.de"], None),
    ],
)  # fmt: skip
def test_a_contacts_list_alone_is_left_alone(
    tmp_path: Path,
    name: str,
    header: list[str],
    row: list[str],
    left_alone: tuple[str, str | None] | None,
) -> None:
    """fx52: a list of people, alone in its workbook or beside a client's tracker in her
    folder, is no tracker: one line says so in run, digest and check, --json tells it, the exit
    code stays 0, the closing line counts it apart and the file is not touched; a minimal
    tracker beside it is read. The advice the line gives reads the file when followed."""
    folder = tmp_path / "clients" / "Ana"
    folder.mkdir(parents=True)
    book = openpyxl.Workbook()
    jobs = book.active
    assert jobs is not None
    jobs.append(["Company", "Position", "Date Applied", "Status", "Interview Date"])
    jobs.append(
        ["Globex", "PM", dt.datetime(2026, 11, 2), "Interviewing", dt.datetime(2026, 12, 4)]
    )
    book.save(folder / "Ana.xlsx")
    path = folder / name
    if name.endswith(".csv"):
        with path.open("w", newline="", encoding="utf-8") as file:
            csv.writer(file).writerows([header, row])
    else:
        contacts = openpyxl.Workbook()
        sheet = contacts.active
        assert sheet is not None
        sheet.title = "Contacts"
        sheet.append(header)
        sheet.append(row)
        contacts.save(path)
    before = path.read_bytes()
    clients = str(tmp_path / "clients")
    code, out, err = invoke("run", clients, "--as-of", "2026-12-04", "--json")
    assert code == 0, err
    said = json.loads(out)["files"]
    entry = next(f for f in said if f["path"].endswith(name))
    if left_alone is None:
        assert entry["ok"] and "left_alone" not in entry
        assert [sheet["rows"] for sheet in entry["sheets"]] == [1]
        assert path.read_bytes() != before  # read and written: its follow-up columns added
        return
    why, dates = left_alone
    advice = f' To follow its people up, run it with --map "{dates}=interview_at"' if dates else ""
    line = LEFT_ALONE.format(name=f"Ana/{name}", why=why, advice=advice)
    assert line in err.splitlines()
    assert (entry["ok"], entry["sheets"]) == (True, [])
    assert entry["left_alone"] == line.removeprefix(f"note: Ana/{name}: ")
    code, out, err = invoke("digest", clients, "--as-of", "2026-12-04")
    assert code == 0, err
    assert line in err.splitlines()
    code, out, err = invoke("digest", clients, "--as-of", "2026-12-04", "--json")
    assert code == 0, err
    assert json.loads(out)["notes"] == [line.removeprefix("note: ")]
    code, out, err = invoke("check", clients, "--as-of", "2026-12-04")
    assert code == 0, err
    assert line.removeprefix("note: ") in out.splitlines()
    code, out, err = invoke("run", clients, "--as-of", "2026-12-04", "--dry-run")
    assert (code, out.splitlines()[-1]) == (
        0,
        "2 files, 1 row — 1 Due soon; 1 left alone (a list of contacts)",
    )
    assert path.read_bytes() == before
    if dates is not None:
        asked = ("--map", f"{dates}=interview_at", "--as-of", "2026-12-04", "--json")
        code, out, err = invoke("run", str(path), *asked)
        assert code == 0, err
        assert [sheet["rows"] for sheet in json.loads(out)["files"][0]["sheets"]] == [1]


PEOPLE_MET = [
    ["Dana Ortiz", "Acme", "dana.ortiz@acme.com"],
    ["Sam Lee", "Globex", "sam@globex.com"],
]
NAMED_BY_EMAIL = (
    '"Name" (A) names the people whose addresses are in "Email" (E): it is read as '
    'Interviewer, not as the Client. Map it with --map "Name=client" if it names your clients.'
)


@pytest.mark.parametrize(
    ("rows", "asked", "read_as", "to"),
    [
        # ot57 F3: each Name is spelt by the Email beside it: the people to write to.
        (
            PEOPLE_MET,
            [],
            "interviewer (Interviewer)",
            ["To: Dana Ortiz <dana.ortiz@acme.com>", "Hi Dana,"],
        ),
        # Mapped by the user, the Name is the Client as asked.
        (
            PEOPLE_MET,
            ["--map", "Name=client"],
            "client (Client)",
            None,
        ),
        # A coach's sheet without addresses; a client's own address beside two employers;
        # team inboxes that spell no one: the Name stays the Client.
        ([["Dana Ortiz", "Acme", ""], ["Sam Lee", "Globex", ""]], [], "client (Client)", None),
        (
            [["Maya Chen", "Acme", "maya.chen@gmail.com"],
             ["Maya Chen", "Globex", "maya.chen@gmail.com"]],
            [],
            "client (Client)",
            None,
        ),
        (
            [["Dana Ortiz", "Acme", "careers@acme.com"], ["Sam Lee", "Globex", "jobs@globex.com"]],
            [],
            "client (Client)",
            None,
        ),
    ],
)  # fmt: skip
def test_a_name_column_spelt_by_the_email_beside_it_is_the_interviewer(
    tmp_path: Path,
    rows: list[list[str]],
    asked: list[str],
    read_as: str,
    to: list[str] | None,
) -> None:
    """A job seeker's "Name, Company, Position, Interview Date, Email" read Name as the Client:
    every draft went to Dana greeting "Hi Dana," and signed "Dana Ortiz"."""
    path = tmp_path / "Maya Chen.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["Name", "Company", "Position", "Interview Date", "Email"])
        for name, company, email in rows:
            writer.writerow([name, company, "Data Analyst", "11/30/2026", email])
    code, out, err = invoke("check", str(path), "--as-of", "2026-12-04", *asked)
    assert code == 0, err
    lines = out.splitlines()
    assert f'      A  "Name"           -> {read_as}' in lines
    assert (f"    - {NAMED_BY_EMAIL}" in lines) == (to is not None)
    if to is None:
        return
    eml = tmp_path / "eml"
    code, out, err = invoke("run", str(path), "--as-of", "2026-12-04", "--eml-dir", str(eml))
    assert code == 0, err
    (dana,) = eml.glob("*acme*.eml")
    text = dana.read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line in to] == to
    assert text.splitlines()[-1] == "Maya Chen"
