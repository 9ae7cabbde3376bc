"""CSV re-runs that must change nothing (issue 13 item 7): record ends, mixed line endings,
UTF-16 byte order, characters the file's encoding lacks, and no backup when nothing changed."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch import rerun
from followup_batch.cli import main

AS_OF = "2026-11-20"
HEADER = "Company,Position,Interview Date,Topic"


@pytest.fixture(autouse=True)
def full_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run does the whole work: these tests are about what the writer makes of a file
    it wrote (tests/test_rerun_shortcut.py covers the re-run that skips it)."""
    monkeypatch.setattr(rerun, "recall", lambda tracker, wanted: None)


def run(path: Path) -> bytes:
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", AS_OF, str(path)])
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
