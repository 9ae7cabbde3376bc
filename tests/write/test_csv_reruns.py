"""CSV re-runs that must change nothing (issue 13 item 7): record ends, mixed line endings,
UTF-16 byte order, characters the file's encoding lacks, no backup when nothing changed, and
a file a spreadsheet saved again (its dates restyled) keeping one set of the tool's columns."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.memory import rerun
from followup_batch.write.columns import OWNED_COLUMNS

AS_OF = "2026-11-20"
HEADER = "Company,Position,Interview Date,Topic"


@pytest.fixture(autouse=True)
def full_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run does the whole work: these tests are about what the writer makes of a file
    it wrote (tests/test_rerun_shortcut.py covers the re-run that skips it)."""
    monkeypatch.setattr(rerun, "recall", lambda tracker, wanted: None)


def run(path: Path, as_of: str = AS_OF) -> bytes:
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", as_of, str(path)])
    assert result.exit_code == 0, result.output
    return path.read_bytes()


def backups(path: Path) -> list[Path]:
    folder = path.parent / ".followup-backups"
    found = folder.iterdir() if folder.is_dir() else []
    return sorted(p for p in found if not p.name.endswith(rerun.STATE_SUFFIX))


def records(data: bytes) -> list[bytes]:
    """Each physical line with its own ending (quoted line breaks left inside their record
    only matter for the tool's Draft and Why cells, which use LF)."""
    return data.splitlines(keepends=True)


@pytest.mark.parametrize(
    "ends",
    [
        ["\r\n", "\r\n", "\r\n", "\r\n"],
        ["\r\n", "\n", "\r\n", "\n"],
        ["\n", "\r\n", "\n", ""],
        ["\r", "\r", "\r", "\r"],
    ],
    ids=["crlf", "mixed", "mixed-no-final", "cr"],
)
def test_record_ends_survive_every_run(tmp_path: Path, ends: list[str]) -> None:
    lines = [HEADER, "Acme,PM,2026-11-10,pricing", "Bolt,Dev,2026-11-12,", "Cato,QA,2026-11-02,"]
    path = tmp_path / "t.csv"
    path.write_bytes(
        "".join(f"{line}{end}" for line, end in zip(lines, ends, strict=True)).encode()
    )
    first = run(path)
    # The tool's multi-line Draft cells use LF inside their quotes; each record keeps its end.
    assert _record_ends(first.decode()) == ends
    second = run(path)
    assert second == first
    assert len(backups(path)) == 1  # the first run's; the second wrote nothing


def _record_ends(text: str) -> list[str]:
    """The line break after each record, outside quotes."""
    ends, quoted, i = [], False, 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            end = "\r\n" if text.startswith("\r\n", i) else ch
            ends.append(end)
            i += len(end)
            continue
        i += 1
    if not text.endswith(("\n", "\r")):
        ends.append("")
    return ends


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF8])
def test_utf16_and_bom_keep_their_byte_order(tmp_path: Path, bom: bytes) -> None:
    encoding = {codecs.BOM_UTF16_BE: "utf-16-be", codecs.BOM_UTF16_LE: "utf-16-le"}.get(
        bom, "utf-8"
    )
    text = f"{HEADER}\r\nCafé,PM,2026-11-10,\r\n"
    path = tmp_path / "t.csv"
    path.write_bytes(bom + text.encode(encoding))
    first = run(path)
    assert first.startswith(bom)
    assert first[len(bom) :].decode(encoding).startswith(text.split("\r\n")[0] + ",Follow-up")
    assert "Café,PM,2026-11-10," in first[len(bom) :].decode(encoding)
    assert run(path) == first


def test_cp1252_file_gets_no_silent_question_marks(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(f"{HEADER}\r\nCafé,PM,2026-11-10,\r\n".encode("cp1252"))
    data = run(path)
    text = data.decode("cp1252")
    assert "Café,PM" in text
    same = tmp_path / "utf8" / "t.csv"
    same.parent.mkdir()
    same.write_bytes(f"{HEADER}\r\nCafé,PM,2026-11-10,\r\n".encode())
    in_utf8 = run(same).decode()
    assert "→" in in_utf8
    assert text.count("?") == in_utf8.count("?")  # no character became a question mark
    assert "->" in text  # the Why text's arrows, spelt in characters the file can hold
    assert run(path) == data


# ot96 F4: (how the file is saved, its bytes, the run's extra options, whether the tool's
# text goes in ASCII). Excel's "CSV (Comma delimited)" saves a BOM-less file in the Windows
# code page, where UTF-8's "→" reads "â†’": a file of ASCII alone says nothing of UTF-8.
ASCII_FILES = [
    ("ascii alone, CRLF", f"{HEADER}\r\nAcme,PM,2026-11-10,\r\n".encode(), (), True),
    ("ascii alone, LF", f"{HEADER}\nAcme,PM,2026-11-10,pricing\n".encode(), (), True),
    # A byte-order mark, a letter beyond ASCII, or --encoding say UTF-8: "→" as it is.
    (
        "ascii with a UTF-8 BOM",
        codecs.BOM_UTF8 + f"{HEADER}\r\nAcme,PM,2026-11-10,\r\n".encode(),
        (),
        False,
    ),
    ("UTF-8 with é", f"{HEADER}\r\nCafé,PM,2026-11-10,\r\n".encode(), (), False),
    (
        "ascii, --encoding utf-8",
        f"{HEADER}\r\nAcme,PM,2026-11-10,\r\n".encode(),
        ("--encoding", "utf-8"),
        False,
    ),
]


@pytest.mark.parametrize(
    ("data", "options", "in_ascii"),
    [case[1:] for case in ASCII_FILES],
    ids=[case[0] for case in ASCII_FILES],
)
def test_a_file_of_ascii_alone_gets_the_tools_text_in_ascii(
    tmp_path: Path, data: bytes, options: tuple[str, ...], in_ascii: bool
) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(data)

    def once(as_of: str) -> bytes:
        args = ["run", "-q", "--as-of", as_of, *options, str(path)]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        assert "edited" not in result.output + result.stderr
        return path.read_bytes()

    first = once(AS_OF)
    text = first.decode("utf-8-sig")
    why = next(csv.DictReader(io.StringIO(text)))["Why"]
    assert why.startswith("1st check-in: 5 bd after Tue 2026-11-10 ")
    assert first.startswith(codecs.BOM_UTF8) == data.startswith(codecs.BOM_UTF8)
    if in_ascii:
        assert first.isascii()
        assert " -> " in why
        assert "→" not in text
    else:
        assert " → " in why
    assert once(AS_OF) == first  # the second run changes nothing
    # The next days' runs read the tool's text as its own: no cell is taken for an edit.
    later = once("2026-12-02")
    assert later.isascii() == in_ascii
    assert once("2026-12-02") == later


UTF8_AGAIN = (
    "note: t.csv: the file is UTF-8 now ({because}), so the tool writes its own text in UTF-8 "
    'too: "→" where it wrote "->"'
)
IN_EXCEL = (
    "; Excel on Windows opens a CSV without a byte-order mark in its code page, which shows "
    'UTF-8\'s "→" as "â†’": save the file as "CSV UTF-8", or open it with Data > From Text/CSV'
)


def _jose(data: bytes, encoding: str) -> bytes:
    return data.replace(b"Globex,", "José Globex,".encode(encoding), 1)


# ot96 F4: a file the tool wrote in ASCII, then saved otherwise by a person (how, as its bytes
# become, the run's extra options, what the run writing it next says; None: nothing).
SAVED_AGAIN: list[tuple[str, Callable[[bytes], bytes], tuple[str, ...], str | None]] = [
    (
        "José typed, saved as UTF-8",
        lambda data: _jose(data, "utf-8"),
        (),
        UTF8_AGAIN.format(because='it holds "é"') + IN_EXCEL,
    ),
    (
        "saved as CSV UTF-8 (a byte-order mark)",
        lambda data: codecs.BOM_UTF8 + data,
        (),
        UTF8_AGAIN.format(because="it has a byte-order mark"),
    ),
    (
        "run with --encoding utf-8",
        lambda data: data,
        ("--encoding", "utf-8"),
        UTF8_AGAIN.format(because="as --encoding or the config's encoding says") + IN_EXCEL,
    ),
    # Not UTF-8: Excel's "CSV (Comma delimited)" of José, in Windows-1252, keeps "->".
    ("José typed, saved as Windows-1252", lambda data: _jose(data, "cp1252"), (), None),
    ("run with --encoding cp1252", lambda data: data, ("--encoding", "cp1252"), None),
    ("left as it was", lambda data: data, (), None),
]


@pytest.mark.parametrize(
    ("saved", "options", "said"),
    [case[1:] for case in SAVED_AGAIN],
    ids=[case[0] for case in SAVED_AGAIN],
)
def test_a_file_written_in_ascii_then_saved_as_utf8_is_told_once(
    tmp_path: Path,
    saved: Callable[[bytes], bytes],
    options: tuple[str, ...],
    said: str | None,
) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(f"{HEADER}\r\nAcme,PM,2026-11-10,\r\nGlobex,Analyst,2026-11-16,\r\n".encode())

    def once(as_of: str) -> tuple[bytes, list[str]]:
        args = ["run", "--as-of", as_of, *options, str(path)]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        notes = [line for line in result.stderr.splitlines() if "UTF-8 now" in line]
        assert "edit" not in result.stderr, result.stderr
        return path.read_bytes(), notes

    run(path)
    path.write_bytes(saved(path.read_bytes()))
    data, notes = once("2026-11-23")
    assert notes == ([said] if said else [])
    whys = [row["Why"] for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig", "replace")))]
    assert all(("→" in why) == bool(said) and ("->" in why) != bool(said) for why in whys)
    assert data.count(b"\r\n") == 3  # each record keeps its CRLF
    # Said by the run that changed the spelling only: the next days' runs say nothing.
    assert once("2026-11-24")[1] == []
    assert once("2026-11-24")[1] == []


def test_an_unchanged_csv_gets_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(f"{HEADER}\nAcme,PM,2026-11-10,\n", encoding="utf-8")
    first = run(path)
    stamp = path.stat().st_mtime_ns
    assert run(path) == first
    assert run(path) == first
    assert len(backups(path)) == 1
    assert path.stat().st_mtime_ns == stamp


# A spreadsheet opening a CSV takes its ISO dates as dates and saves them again in its locale's
# short style (report ot34 F1), every date cell, the person's and the tool's alike. An
# interview's time stays after its date, so the person's dates have no one style for the
# tool's to follow: the next run writes its dates in ISO again.
ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?: (\d\d:\d\d))?")


class Save(NamedTuple):
    date: Callable[[int, int, int, str], str]  # year, month, day, time ("" or " 10:00")
    delimiter: str = ","
    end: str = "\r\n"
    bom: bytes = b""
    quoting: int = csv.QUOTE_MINIMAL
    last_end: bool = True  # whether the last record ends in a line break

    def __call__(self, rows: list[list[str]]) -> bytes:
        out = io.StringIO()
        writer = csv.writer(
            out, delimiter=self.delimiter, lineterminator=self.end, quoting=self.quoting
        )
        writer.writerows([rows[0], *([self.restyle(v) for v in row] for row in rows[1:])])
        text = out.getvalue() if self.last_end else out.getvalue()[: -len(self.end)]
        return self.bom + text.encode()

    def restyle(self, value: str) -> str:
        found = ISO.fullmatch(value)
        if found is None:
            return value
        year, month, day = map(int, found.groups()[:3])
        return self.date(year, month, day, f" {found[4]}" if found[4] else "")


SAVES = {
    "excel-en-US": Save(lambda y, m, d, t: f"{m}/{d}/{y}{t}"),
    "excel-en-GB": Save(lambda y, m, d, t: f"{d:02d}/{m:02d}/{y}{t}"),
    "excel-de-DE": Save(lambda y, m, d, t: f"{d:02d}.{m:02d}.{y}{t}", delimiter=";"),
    "libreoffice-2-digit-year": Save(
        lambda y, m, d, t: f"{m:02d}/{d:02d}/{y % 100:02d}{t}", end="\n"
    ),
    "google-sheets-export": Save(
        lambda y, m, d, t: f"{m}/{d}/{y}" + (f"{t}:00" if t else ""), last_end=False
    ),
    "excel-timestamps": Save(
        lambda y, m, d, t: f"{y}-{m:02d}-{d:02d} {t.strip() or '00:00'}:00", end="\n"
    ),
    "crlf-only": Save(lambda y, m, d, t: f"{y}-{m:02d}-{d:02d}{t}"),
    "bom-added": Save(lambda y, m, d, t: f"{m}/{d}/{y}{t}", bom=codecs.BOM_UTF8),
    "quoted-all-fields": Save(lambda y, m, d, t: f"{m}/{d}/{y}{t}", quoting=csv.QUOTE_ALL),
}
# The person's own "Why" beside the tool's stays theirs: what it holds tells them apart.
PERSONS = ["Company", "Position", "Interview Date", "Thank-you Sent", "Notes", "Why"]


def raw_fields(data: bytes, delimiter: str) -> list[list[str]]:
    """Each record's fields as the file spells them (quotes kept), split outside quotes."""
    text = data.decode("utf-8-sig")
    records: list[list[str]] = []
    fields, field, quoted, i = [], "", False, 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            quoted = not quoted
        if not quoted and ch == delimiter:
            fields.append(field)
            field = ""
        elif not quoted and ch in "\r\n":
            records.append([*fields, field])
            fields, field = [], ""
            i += 2 if text.startswith("\r\n", i) else 1
            continue
        else:
            field += ch
        i += 1
    if field or fields:
        records.append([*fields, field])
    return records


@pytest.mark.parametrize("save", SAVES.values(), ids=SAVES.keys())
def test_a_csv_saved_again_by_a_spreadsheet_keeps_one_set_of_the_tools_columns(
    tmp_path: Path, save: Save
) -> None:
    path = tmp_path / "Ann Lee.csv"
    path.write_text(
        ",".join(PERSONS) + "\n"
        'Globex,Consultant,2026-11-16 10:00,2026-11-17,"panel, 3 people",dream job\n'
        "Brightwave,PM,2026-11-03 09:30,,,\n",
        encoding="utf-8",
    )
    rows = list(csv.reader(io.StringIO(run(path, "2026-11-23").decode())))
    assert rows[0] == [*PERSONS, *OWNED_COLUMNS.values()]
    assert [row[8] for row in rows[1:]] == ["2026-11-24", "2026-11-10"]  # Next due
    saved = save(rows)
    path.write_bytes(saved)

    second = run(path, "2026-11-24")
    records = raw_fields(second, save.delimiter)
    assert [len(r) for r in records] == [18, 18, 18]  # 6 of the person's + the tool's 12
    assert [r[:6] for r in records] == [r[:6] for r in raw_fields(saved, save.delimiter)]
    text = second.decode("utf-8-sig")
    assert next(csv.reader(io.StringIO(text), delimiter=save.delimiter))[6:] == list(
        OWNED_COLUMNS.values()
    )
    # Next due, Thank-you due, 1st check-in due: in place, in ISO again
    assert [r[8:11] for r in records[1:]] == [
        ["2026-11-24", "2026-11-17", "2026-11-24"],
        ["2026-11-24", "2026-11-04", "2026-11-10"],
    ]
    assert second.startswith(save.bom + (b'"' if save.quoting else b"") + b"Company")
    assert _record_ends(text) == [save.end, save.end, save.end if save.last_end else ""]
    kept = len(backups(path))
    assert run(path, "2026-11-24") == second
    assert len(backups(path)) == kept  # the third run wrote nothing
