"""A CSV the tool wrote in ASCII ("→" as "->", "—" as "-", "…" as "...") that a person then
saves otherwise (ot98 F10, F11): a copy under another name, which has no record of the last
run, holds the tool's own text in its ASCII spelling, not the person's edits; the run that
writes "→" where it wrote "->" says so once, a re-run with the same inputs says nothing new,
and ``run --dry-run`` says it as what a run would write. Every run goes through the CLI with
its as-of date; the file's bytes are read back."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

AS_OF = "2026-11-20"
LONG_TYPE = "Conversation with the team, the department head and HR in the afternoon"
ROWS = [
    ["Company", "Position", "Interview Date", "Interview Type", "Outcome", "Notes"],
    # A 1st check-in drafted: its Why holds "→".
    ["Acme", "PM", "2026-11-10", "Video", "", "asked about SQL"],
    # An offer, nothing to send: its Next action is "—".
    ["Globex", "Analyst", "2026-11-12", "Phone", "Offer", ""],
    # An interview type the tool does not know: Problems quotes it cut with "…".
    ["Initech", "Developer", "2026-11-16", LONG_TYPE, "", ""],
]
NOTES = 5  # the Notes column
EDITED = "g.csv.edited.txt"
UTF8_NOW = "UTF-8 now"


def ascii_tracker(folder: Path) -> bytes:
    """The tracker as the tool writes it in ASCII, run once as ``t.csv`` (its record stays
    with that name)."""
    path = folder / "t.csv"
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(ROWS)
    path.write_bytes(text.getvalue().encode("ascii"))
    cli("run", "--as-of", AS_OF, str(path))
    data = path.read_bytes()
    assert data.isascii()
    return data


def cli(*args: str) -> str:
    """What the run says (stderr, where its notes go); it must succeed."""
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output + result.stderr
    return result.stderr


def rows_of(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def resaved(data: bytes, encoding: str, *, bom: bytes = b"", **cells: str) -> bytes:
    """``data`` as a spreadsheet saves it again: in ``encoding`` with LF line ends, and
    ``cells`` ("Notes_1": row 1's Notes) typed in first."""
    records = list(csv.reader(io.StringIO(data.decode("ascii"), newline="")))
    header = records[0]
    for where, value in cells.items():
        column, row = where.rsplit("_", 1)
        records[int(row)][header.index(column.replace("_", " "))] = value
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(records)
    return bom + text.getvalue().encode(encoding)


def why_of(data: bytes, row: int) -> str:
    return rows_of(data)[row - 1]["Why"]


# ot98 F10: the ASCII tracker copied to g.csv (no record of its last run there) and saved
# again by a person: (how, the copy's bytes from the ASCII file's, the run's options, the Why
# cells saved as the person's, each by a text it holds). A cell equal to the tool's text in
# its ASCII spelling is the tool's; a cell that differs otherwise is still the person's.
SAVES: list[tuple[str, Callable[[bytes], bytes], tuple[str, ...], list[str]]] = [
    (
        "an accent typed in Notes, saved as UTF-8",
        lambda data: resaved(data, "utf-8", Notes_1="Entretien très sympa – équipe"),
        (),
        [],
    ),
    (
        "saved as CSV UTF-8 (a byte-order mark)",
        lambda data: resaved(data, "utf-8", bom=codecs.BOM_UTF8),
        (),
        [],
    ),
    ("run with --encoding utf-8", lambda data: data, ("--encoding", "utf-8"), []),
    (
        "José typed, saved as Windows-1252 (still no '→')",
        lambda data: resaved(data, "cp1252", Notes_2="José called"),
        (),
        [],
    ),
    (
        "the person's own '->' in Notes",
        lambda data: resaved(data, "utf-8", Notes_1="call Dana -> then email Zoë"),
        (),
        [],
    ),
    (
        "a line added to a Why cell",
        lambda data: resaved(
            data, "utf-8", Notes_2="é", Why_1=why_of(data, 1) + "\nDana said -> wait"
        ),
        (),
        ["Dana said -> wait"],
    ),
    (
        "a Why cell with '-' where the tool wrote '->'",
        lambda data: resaved(data, "utf-8", Notes_2="é", Why_1=why_of(data, 1).replace("->", "-")),
        (),
        ["2026-11-10 - Wed 2026-11-18"],
    ),
]


@pytest.mark.parametrize(
    ("saved", "options", "edited"),
    [case[1:] for case in SAVES],
    ids=[case[0] for case in SAVES],
)
def test_a_copy_of_an_ascii_file_saved_otherwise_keeps_only_the_persons_edits(
    tmp_path: Path,
    saved: Callable[[bytes], bytes],
    options: tuple[str, ...],
    edited: list[str],
) -> None:
    ascii_data = ascii_tracker(tmp_path)
    copy = tmp_path / "g.csv"
    copy.write_bytes(saved(ascii_data))
    before = copy.read_bytes()
    said = cli("run", "--as-of", AS_OF, *options, str(copy))
    after = copy.read_bytes()
    saved_texts = tmp_path / ".followup-backups" / EDITED
    if edited:
        assert (
            "1 Why cell differs from what this run writes (edited by hand, or written by "
            "another run) and was rewritten"
        ) in said, said
        kept = saved_texts.read_text(encoding="utf-8")
        assert all(text in kept for text in edited)
    else:
        assert "differ" not in said, said
        assert not saved_texts.exists()
    # The person's fields are written back byte for byte, their own "->" too.
    records_before = list(csv.reader(io.StringIO(before.decode("utf-8-sig", "replace"))))
    records_after = list(csv.reader(io.StringIO(after.decode("utf-8-sig", "replace"))))
    assert [r[: NOTES + 1] for r in records_after] == [r[: NOTES + 1] for r in records_before]
    utf8 = b"\xc3" in before or before.startswith(codecs.BOM_UTF8) or bool(options)
    rows = rows_of(after) if utf8 else list(csv.DictReader(io.StringIO(after.decode("cp1252"))))
    # The tool's own punctuation as the file holds it now: Windows-1252 has "—" and "…" but
    # no "→".
    arrow, dash, dots = ("→", "—", "…") if utf8 else ("->", "—", "…")
    assert [" " + arrow + " " in row["Why"] for row in rows] == [True, True, True]
    assert [("→" in row["Why"], "->" in row["Why"]) for row in rows] == [(utf8, not utf8)] * 3
    assert [row["Next action"] for row in rows] == ["1st check-in", dash, "Thank-you note"]
    assert rows[2]["Problems"].count(dots) == 1
    # A second run writes nothing and says no more than the file's own note (unsigned).
    again = cli("run", "--as-of", AS_OF, *options, str(copy))
    assert [line for line in again.splitlines() if "unsigned" not in line] == []
    assert copy.read_bytes() == after


def test_the_ascii_tracker_holds_the_tools_punctuation_spelt(tmp_path: Path) -> None:
    rows = rows_of(ascii_tracker(tmp_path))
    assert [" -> " in row["Why"] for row in rows] == [True, True, True]
    assert [row["Next action"] for row in rows] == ["1st check-in", "-", "Thank-you note"]
    assert rows[2]["Problems"].count("...") == 1


# ot98 F11 and the dry run: the tracker the tool wrote in ASCII, saved by its person as
# Windows-1252 with "José" first (the tool's text stays "->"), then so that it is UTF-8:
# (how, the bytes from the Windows-1252 file's, the run's options, why the note says it is).
# (tests/write/test_csv_reruns.py has a byte-order mark alone and --encoding utf-8.)
SWITCHES: list[tuple[str, Callable[[bytes], bytes], tuple[str, ...], str]] = [
    (
        "saved as UTF-8",
        lambda data: data.decode("cp1252").encode("utf-8"),
        (),
        'it holds "é"',
    ),
    (
        "saved as CSV UTF-8 (a byte-order mark)",
        lambda data: codecs.BOM_UTF8 + data.decode("cp1252").encode("utf-8"),
        (),
        'it holds "é"',  # the letter first, as it is what made the file UTF-8 to Excel too
    ),
]
RUN_SAYS = "the tool writes its own text in UTF-8 too"
DRY_RUN_SAYS = "a run would write the tool's own text in UTF-8 too"


def utf8_notes(said: str) -> list[str]:
    return [line for line in said.splitlines() if UTF8_NOW in line]


@pytest.mark.parametrize(
    ("saved", "options", "because"),
    [case[1:] for case in SWITCHES],
    ids=[case[0] for case in SWITCHES],
)
def test_the_switch_to_utf8_is_said_by_its_run_and_dry_run_only(
    tmp_path: Path, saved: Callable[[bytes], bytes], options: tuple[str, ...], because: str
) -> None:
    path = tmp_path / "t.csv"
    ascii_tracker(tmp_path)

    def run(*more: str, as_of: str = AS_OF) -> list[str]:
        return utf8_notes(cli("run", "--as-of", as_of, *options, *more, str(path)))

    path.write_bytes(resaved(path.read_bytes(), "cp1252", Notes_2="José called"))
    assert run() == []  # Windows-1252 has no "→": still "->"
    assert b"->" in path.read_bytes()
    path.write_bytes(saved(path.read_bytes()))
    before = path.read_bytes()
    dry = run("--dry-run")
    assert [note.split(", so ")[0] for note in dry] == [
        f"note: t.csv: the file is UTF-8 now ({because})"
    ]
    assert [DRY_RUN_SAYS in note for note in dry] == [True]
    assert path.read_bytes() == before  # the dry run wrote nothing
    said = run()
    assert [note.replace(RUN_SAYS, DRY_RUN_SAYS) for note in said] == dry
    written = path.read_bytes()
    assert written.count("→".encode()) > 0 and b"->" not in written
    # Re-runs with the same inputs (their last run's results shown), a dry run, the next
    # day's run: nothing of the switch again, nothing written.
    assert run() == []
    assert run() == []
    assert run("--dry-run") == []
    assert path.read_bytes() == written
    assert run(as_of="2026-11-23") == []
    assert b"->" not in path.read_bytes()


def test_the_dry_run_of_an_ascii_file_says_nothing_of_utf8(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    data = ascii_tracker(tmp_path)
    assert utf8_notes(cli("run", "--dry-run", "--as-of", "2026-11-23", str(path))) == []
    assert path.read_bytes() == data


def test_the_csv_sample_is_ascii_and_gets_the_tools_text_in_ascii(tmp_path: Path) -> None:
    """sample_data/tracker.csv stays as Excel's "CSV (Comma delimited)" and a Google Sheets
    download save an English tracker, ASCII without a byte-order mark (make_sample.py says
    why): its run shows the ASCII spelling, and reads it back as the tool's own."""
    sample = Path(__file__).resolve().parents[2] / "sample_data" / "tracker.csv"
    data = sample.read_bytes()
    assert data.isascii() and not data.startswith(codecs.BOM_UTF8)
    path = tmp_path / "tracker.csv"
    path.write_bytes(data)
    assert utf8_notes(cli("run", "--as-of", AS_OF, str(path))) == []
    written = path.read_bytes()
    assert written.isascii()
    whys = [row["Why"] for row in rows_of(written)]
    # 43 rows; the Why of a Needs info row with no dates and of the Not applied row moves no date.
    assert (len(whys), sum(" -> " in why for why in whys)) == (43, 41)
    assert "differ" not in cli("run", "--as-of", "2026-11-23", str(path))
