"""What a run calls each file (outside test ot11, finding F4): its path inside the folder given,
so a failed ``broken/Truncated Tom.xlsx`` is named with its folder and two clients'
``Notes.csv`` in two subfolders are told apart, in every line that names a file: the tracker
lines, their notes, FAILED, the closing count, the digest's "Trackers not read" and ``check``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import invoke, make_tracker

from followup_batch.read import find_trackers

AS_OF = "2026-11-20"
# Why broken/Truncated Tom.xlsx is not read, on a line that names it already.
TRUNCATED = (
    "it looks like a workbook but is damaged: it is cut short, its end missing (as when "
    "a copy, download or save stops part way). Restore it from a backup or re-save it from "
    "Excel."
)


def make_notes(path: Path, client: str, company: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "Client,Company,Position,Interview Date,Thx sent?\n"
        f"{client},{company},Analyst,2026-11-12,\n",
        encoding="utf-8",
    )
    return path


def make_broken(path: Path) -> Path:
    """A workbook cut off halfway, as a failed copy leaves it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    whole = make_tracker(path).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


@pytest.fixture
def coach(tmp_path: Path) -> Path:
    """A coach's folder: a client at the top, two clients' Notes.csv in subfolders, and a
    damaged workbook in a subfolder."""
    folder = tmp_path / "clients"
    make_notes(folder / "Maya Chen.csv", "Maya Chen", "Acme")
    make_notes(folder / "ann" / "Notes.csv", "Ann Lee", "Globex")
    make_notes(folder / "bo" / "Notes.csv", "Bo Chan", "Initech")
    make_broken(folder / "broken" / "Truncated Tom.xlsx")
    return folder


@pytest.mark.parametrize(
    ("patterns", "names"),
    [
        # A folder: each file by its path inside it.
        (
            ["{dir}"],
            ["Maya Chen.csv", "ann/Notes.csv", "bo/Notes.csv", "broken/Truncated Tom.xlsx"],
        ),
        # A glob: inside the folder it searches from.
        (["{dir}/**/*.csv"], ["Maya Chen.csv", "ann/Notes.csv", "bo/Notes.csv"]),
        (["{dir}/*/Notes.csv"], ["ann/Notes.csv", "bo/Notes.csv"]),
        # A file named directly: its name.
        (["{dir}/ann/Notes.csv"], ["Notes.csv"]),
        # Files that would share a name: their paths as given.
        (
            ["{dir}/ann/Notes.csv", "{dir}/bo/Notes.csv"],
            ["{dir}/ann/Notes.csv", "{dir}/bo/Notes.csv"],
        ),
        (["{dir}/ann", "{dir}/bo"], ["{dir}/ann/Notes.csv", "{dir}/bo/Notes.csv"]),
    ],
)
def test_a_file_is_named_by_its_path_in_the_folder_given(
    coach: Path, patterns: list[str], names: list[str]
) -> None:
    shown: dict[Path, str] = {}
    found = list(find_trackers([p.format(dir=coach) for p in patterns], None, shown))
    assert [shown[path] for path in found] == [n.format(dir=coach) for n in names]


def test_a_run_names_files_in_subfolders_with_their_folder(coach: Path) -> None:
    code, out, err = invoke("run", str(coach), "--as-of", AS_OF, "--dry-run")
    assert code == 1
    assert out.splitlines() == [
        "Maya Chen.csv: 1 row — 1 Overdue (dry run, nothing written)",
        "ann/Notes.csv: 1 row — 1 Overdue (dry run, nothing written)",
        "bo/Notes.csv: 1 row — 1 Overdue (dry run, nothing written)",
        "4 files, 3 rows — 3 Overdue; 1 failed",
    ]
    assert err.splitlines() == [
        f"broken/Truncated Tom.xlsx: FAILED — {TRUNCATED}",
        "1 of 4 files failed (broken/Truncated Tom.xlsx); the others were processed.",
    ]


def test_a_note_names_its_file_with_its_folder(coach: Path) -> None:
    (coach / "ann" / "Notes.csv").write_text(
        "Client,Company,Position,Interview Date,Follow-up 3 sent\n"
        "Ann Lee,Globex,Analyst,2026-11-12,2026-11-19\n",
        encoding="utf-8",
    )
    code, _, err = invoke(
        "run", str(coach / "ann"), str(coach / "bo"), "--as-of", AS_OF, "--dry-run"
    )
    assert code == 0
    notes = [line for line in err.splitlines() if line.startswith("note:")]
    assert notes == [
        f'note: {coach}/ann/Notes.csv: column E "Follow-up 3 sent" is not read: no column the '
        "tool reads is headed so; if it holds the days messages were sent, map it with --map "
        '"Follow-up 3 sent=FIELD" (FIELD: thank_you_sent, check_in_1_sent, check_in_2_sent, '
        "final_sent, networking_sent or application_check_in_sent)"
    ]


def test_the_digest_names_unread_and_due_files_with_their_folder(
    coach: Path, tmp_path: Path
) -> None:
    page = tmp_path / "digest.md"
    code, out, err = invoke(
        "digest", str(coach), "--as-of", AS_OF, "--json", "--markdown", str(page)
    )
    assert code == 1
    why = TRUNCATED
    assert err.splitlines()[0] == f"broken/Truncated Tom.xlsx: FAILED — {why}"
    assert f"- broken/Truncated Tom.xlsx: {why}" in page.read_text(encoding="utf-8")
    digest = json.loads(out)
    assert [f["error"] for f in digest["failed"]] == [why]
    assert sorted((item["client"], item["file"]) for item in digest["today"]) == [
        ("Ann Lee", "ann/Notes.csv"),
        ("Bo Chan", "bo/Notes.csv"),
        ("Maya Chen", "Maya Chen.csv"),
    ]


def test_check_names_files_with_their_folder(coach: Path) -> None:
    code, _, err = invoke("check", str(coach), "--as-of", AS_OF, "-q")
    assert code == 1
    assert err.splitlines() == [f"broken/Truncated Tom.xlsx: NOT READ — {TRUNCATED}"]


@pytest.mark.parametrize(
    ("message", "name", "named"),
    [
        # The bare name heading the message with a colon: dropped, the line names the file
        # (outside test ot13, finding 5: "broken/old.xls: FAILED — old.xls: no header row").
        ("old.xls: no header row with Company", "broken/old.xls", "no header row with Company"),
        ("w.csv: no header row with Company", "w.csv", "no header row with Company"),
        (
            "Tom.xlsx is a text file; read as a CSV: Tom.xlsx: no header row",
            "broken/Tom.xlsx",
            "it is a text file; read as a CSV: no header row",
        ),
        # The name as a sentence's subject: "the file", in a subfolder or not (outside test
        # ot15, finding 3: "broken/Tom.xlsx: FAILED — broken/Tom.xlsx looks like ...",
        # "Eve.xlsx: FAILED — Eve.xlsx is password-protected").
        ("Tom.xlsx is damaged.", "broken/Tom.xlsx", "it is damaged."),
        ("Tom.xlsx is damaged.", "Tom.xlsx", "it is damaged."),
        # The name before the sheet's: the sheet alone.
        ('Notes.xlsx, sheet "Jan": no header row', "ann/Notes.xlsx", 'sheet "Jan": no header row'),
        ('Notes.xlsx, sheet "Jan": no header row', "Notes.xlsx", 'sheet "Jan": no header row'),
        # Another file's name, or the name inside a word, is left as it is.
        ("cannot read Tom.xlsx.bak", "broken/Tom.xlsx", "cannot read Tom.xlsx.bak"),
    ],
)
def test_a_failure_names_its_file_as_the_line_does(message: str, name: str, named: str) -> None:
    from followup_batch.read.files import reason_named

    assert reason_named(message, Path("clients") / name) == named


def test_a_failed_line_says_its_file_s_name_once(coach: Path) -> None:
    (coach / "broken" / "old.xls").write_text("x", encoding="utf-8")
    (coach / "cy").mkdir()
    (coach / "cy" / "w.csv").write_text(
        "Org,Position,Interview Date\nAcme,Dev,2026-03-02\n", encoding="utf-8"
    )
    code, _, err = invoke("run", str(coach), "--as-of", AS_OF, "--dry-run")
    assert code == 1
    failed = [line for line in err.splitlines() if "FAILED" in line]
    assert failed[1:] == [
        "broken/old.xls: FAILED — no header row with Company, Position and Interview Date (or "
        "Date Applied); none of the first 50 rows has a recognised header. Add a header row "
        '(see `followup-batch init`) or map your headers with --map "Header=company" --map '
        '"Header=position" --map "Header=interview_at".',
        "cy/w.csv: FAILED — no header row with Company, Position and Interview Date (or Date "
        "Applied); the closest (row 1) has Position, Interview Date; missing: Company. Rename "
        'the header or map it with --map "Org=company".',
    ]


# A file's name holding control characters, as it is printed: a line feed, which started a
# line of its own that a cron log shows as another file's line (ot84 F9), and the others that
# part words, a space; ESC and the right-to-left override left out, what followed them kept.
CONTROL_NAMES = [
    ("Evil\nok.csv: 0 rows.csv", "Evil ok.csv: 0 rows.csv"),
    ("Evil\r\nok.csv: 0 rows.csv", "Evil ok.csv: 0 rows.csv"),
    ("Evil\rok.csv", "Evil ok.csv"),
    ("Tab\there.csv", "Tab here.csv"),
    ("Esc\x1b[31mRed.csv", "Esc[31mRed.csv"),
    ("Bidi\u202egnp.csv", "Bidignp.csv"),
]
DAMAGED = "nothing here\n"  # no header: the file's FAILED line names it


@pytest.mark.parametrize(("name", "printed"), CONTROL_NAMES)
@pytest.mark.parametrize(
    ("command", "good", "bad"),
    [
        (("run",), "{name}: 1 row — 1 Overdue", "{name}: FAILED — no header row"),
        (("run", "-v", "--dry-run"), "{name}: 1 row — 1 Overdue (dry run", "{name}: FAILED"),
        (("check",), "{name}: header on row 1, 1 row", "{name}: NOT READ — no header row"),
        (("check", "-q"), None, "{name}: NOT READ — no header row"),
        (("digest",), None, "{name}: FAILED — no header row"),
    ],
)
def test_a_file_name_with_control_characters_is_printed_on_its_line(
    tmp_path: Path,
    name: str,
    printed: str,
    command: tuple[str, ...],
    good: str | None,
    bad: str,
) -> None:
    make_notes(tmp_path / "in" / name, "Maya Chen", "Acme")
    (tmp_path / "in" / "broken" / name).parent.mkdir()
    (tmp_path / "in" / "broken" / name).write_text(DAMAGED, encoding="utf-8")
    log = tmp_path / "run.log"
    _, out, err = invoke(
        *command,
        str(tmp_path / "in"),
        "--as-of",
        AS_OF,
        *(["--log-file", str(log)] * (command == ("run",))),
    )
    lines = (out + err).splitlines()
    starts = [good, bad] if good else [bad]
    for start, folder in zip(starts, ["", "broken/"][-len(starts) :], strict=True):
        assert [line for line in lines if line.startswith(start.format(name=folder + printed))]
    # No line is a piece of a name: each starts with a name, a note, a count or the digest's.
    pieces = [piece for piece in name.replace("\r", "\n").split("\n")[1:] if piece]
    assert [line for line in lines if any(line.startswith(p) for p in pieces)] == []
    if command == ("run",):  # a dry run keeps no log
        logged = log.read_text(encoding="utf-8").splitlines()
        assert [line for line in logged if any(line.startswith(p) for p in pieces)] == []
        assert all(line[:4].isdigit() for line in logged)  # each line its stamp
