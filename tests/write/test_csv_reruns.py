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

from followup_batch import rerun
from followup_batch.cli import main
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
