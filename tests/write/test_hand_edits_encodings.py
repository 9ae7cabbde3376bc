"""The tool's own text read back from a tracker in any encoding is the tool's, not a person's
(report ot11, finding F1): a CSV whose encoding lacks a character the tool writes ("→" in
Windows-1252) holds it spelt in ones it has ("->"), and the next night that text must still
read as the tool's — no "your text was replaced" note, nothing in edited.txt — while a text a
person really types over it is still found. Each tracker is run on two days in a row through
the CLI, then one cell of each of the tool's text columns is typed over."""

from __future__ import annotations

import codecs
import csv
import io
import re
import shutil
import zipfile
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape

import openpyxl
import pytest
from click.testing import CliRunner, Result

from followup_batch.cli import main
from followup_batch.memory import hand_edits, saved_edits
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_TEXT_COLUMNS
from followup_batch.write.csv_out import SUBSTITUTE, csv_text_as_written

FIRST, NEXT, LATER = "2026-12-14", "2026-12-15", "2026-12-16"
SHEET_PART = "xl/worksheets/sheet1.xml"
# Named after its client, who signs the drafts: "Ł" is in none of the 8-bit encodings below
# but Windows-1250, so the drafts' text is spelt otherwise there ("Lukasz").
NAME = "Łukasz Wróbel"
HEADER = ["Company", "Position", "Interview Date", "Interview Type", "Interviewer", "Outcome"]
LONG_TYPE = "Gespräch mit Team, Abteilungsleitung und Personalabteilung am Nachmittag"
ROWS = [
    [*HEADER, "Country"],
    # Row 2: a 1st check-in drafted; its Why holds "→", its subject "–".
    ["SAP", "Berater", "2026-12-03", "Video", "Frau Groß", "", "DE-BW"],
    # Row 3: an offer, nothing to send: Next action "—" (not in Latin-1).
    ["Siemens", "Analyst", "2026-12-01", "Phone", "Anna Kühn", "Offer", "DE-BW"],
    # Row 4: an unknown interview type: Problems quotes it cut with "…" (not in Latin-1).
    ["Zeiss", "Ingenieur", "2026-12-02", LONG_TYPE, "", "", "DE-BW"],
]
# What a person types over the tool's text: characters every encoding below has.
TYPED = "Frau Groß ruft am Montag zurück"
# A character of the tool's text in each column, and how an encoding without it spells it.
MARKS = {
    "next_action": ("—", "-"),
    "draft_subject": ("Ł", "L"),
    "draft": ("Ł", "L"),
    "why": ("→", "->"),
    "problems": ("…", "..."),
}
# The cell typed over in each text column: one the tool filled.
TYPED_ROW = {"next_action": 2, "draft_subject": 2, "draft": 2, "why": 2, "problems": 4}


class Case(NamedTuple):
    name: str
    kind: str  # "csv" or "xlsx"
    codec: str | None  # how the CSV is encoded
    bom: bytes
    encoding: str | None  # --encoding, for an encoding not told from the bytes
    spelt: set[str]  # the text columns whose tool text the encoding spells otherwise


EVERY_COLUMN = {"next_action", "draft_subject", "draft", "why", "problems"}
CASES = [
    Case("cp1252", "csv", "cp1252", b"", None, {"draft_subject", "draft", "why"}),
    Case("latin-1", "csv", "latin-1", b"", "latin-1", EVERY_COLUMN),
    Case("mac-roman", "csv", "mac_roman", b"", "mac_roman", {"draft_subject", "draft", "why"}),
    Case("cp1250", "csv", "cp1250", b"", "cp1250", {"why"}),
    Case("utf-8", "csv", "utf-8", b"", None, set()),
    Case("utf-8-bom", "csv", "utf-8", codecs.BOM_UTF8, None, set()),
    Case("utf-16-le", "csv", "utf-16-le", codecs.BOM_UTF16_LE, None, set()),
    Case("utf-16-be", "csv", "utf-16-be", codecs.BOM_UTF16_BE, None, set()),
    Case("xlsx", "xlsx", None, b"", None, set()),
]
Nights = tuple[Case, Path, list[Result]]


def run(path: Path, encoding: str | None, as_of: str) -> Result:
    flags = ["--encoding", encoding] if encoding else []
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", as_of, *flags])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


def hand_edit_notes(result: Result) -> list[str]:
    return [line for line in result.output.splitlines() if re.search(r'\("[^"]+"\): your', line)]


def make_tracker(folder: Path, kind: str, codec: str | None, bom: bytes) -> Path:
    path = folder / f"{NAME}.{kind}"
    if kind == "xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Interviews"
        for row in ROWS:
            sheet.append(row)
        book.save(path)
    else:
        assert codec is not None
        path.write_bytes(bom + to_csv(ROWS).encode(codec))
    return path


def to_csv(records: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(records)  # as Excel saves a CSV
    return out.getvalue()


def csv_records(path: Path, codec: str, bom: bytes) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(bom)
    return list(csv.reader(io.StringIO(data[len(bom) :].decode(codec), newline="")))


def tool_texts(path: Path, codec: str | None, bom: bytes) -> dict[str, list[str]]:
    """The tool's text columns as the file holds them: key -> the data rows' texts."""
    if codec is None:
        sheet = openpyxl.load_workbook(path).worksheets[0]
        records = [["" if v is None else str(v) for v in row] for row in sheet.values]
    else:
        records = csv_records(path, codec, bom)
    header = records[0]
    return {
        key: [r[header.index(OWNED_COLUMNS[key])] for r in records[1:]]
        for key in OWNED_TEXT_COLUMNS
    }


def type_into(path: Path, key: str, codec: str | None, bom: bytes) -> str:
    """Type ``TYPED`` over the tool's text in column ``key`` as a spreadsheet program saves it
    (a CSV rewritten in its encoding; a workbook's cell an inline string); the cell's name."""
    row = TYPED_ROW[key]
    if codec is not None:
        records = csv_records(path, codec, bom)
        column = records[0].index(OWNED_COLUMNS[key])
        records[row - 1][column] = TYPED
        path.write_bytes(bom + to_csv(records).encode(codec))
        return f"{openpyxl.utils.get_column_letter(column + 1)}{row}"
    sheet = openpyxl.load_workbook(path).worksheets[0]
    column = [cell.value for cell in sheet[1]].index(OWNED_COLUMNS[key])
    ref = f"{openpyxl.utils.get_column_letter(column + 1)}{row}"
    cell = f'<c r="{ref}" t="inlineStr"><is><t>{escape(TYPED)}</t></is></c>'.encode()
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            if info.filename == SHEET_PART:
                pattern = rb'<c r="' + ref.encode() + rb'"[^>]*?>.*?</c>'
                data, found = re.subn(pattern, cell, data, flags=re.S)
                assert found == 1, ref  # the tool's text was there
            package.writestr(info, data)
    return f"Interviews!{ref}"


def copied(tracker: Path, folder: Path) -> Path:
    """A copy of ``tracker`` with its backups and state: the next night of that tracker."""
    shutil.copytree(tracker.parent / ".followup-backups", folder / ".followup-backups")
    return Path(shutil.copyfile(tracker, folder / tracker.name))


@pytest.fixture(scope="module", params=CASES, ids=[case.name for case in CASES])
def two_nights(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Nights:
    """A tracker of the case, run on two days in a row with nothing typed between."""
    case: Case = request.param
    path = make_tracker(tmp_path_factory.mktemp(case.name), case.kind, case.codec, case.bom)
    return case, path, [run(path, case.encoding, FIRST), run(path, case.encoding, NEXT)]


def test_the_encoding_spells_the_tools_text_as_the_table_says(two_nights: Nights) -> None:
    """The cases are what they claim: these columns hold text the encoding spells otherwise."""
    case, path, _ = two_nights
    held = tool_texts(path, case.codec, case.bom)
    for key, (mark, spelling) in MARKS.items():
        texts = "\n".join(held[key])
        if key in case.spelt:
            assert mark not in texts and spelling in texts, key
        else:
            assert mark in texts, key


def test_the_next_night_finds_no_hand_edit(two_nights: Nights) -> None:
    _, path, (first, second) = two_nights
    assert hand_edit_notes(first) == []
    assert hand_edit_notes(second) == []
    assert not saved_edits.edited_path(path).exists()


@pytest.mark.parametrize("key", OWNED_TEXT_COLUMNS)
def test_a_text_typed_over_the_tools_is_still_found(
    two_nights: Nights, key: str, tmp_path: Path
) -> None:
    (_, kind, codec, bom, encoding, _), original, _ = two_nights
    path = copied(original, tmp_path)
    cell = type_into(path, key, codec, bom)
    result = run(path, encoding, LATER)
    where = f'{cell} ("{OWNED_COLUMNS[key]}")'
    tracker = path.name + (" [Interviews]" if kind == "xlsx" else "")
    saved = saved_edits.edited_path(path)
    if key in hand_edits.KEPT_COLUMNS:  # the same occasion: the person's draft stays
        assert hand_edit_notes(result) == [
            f'note: {tracker}: {where}: your edited text is kept ("{TYPED}"): the row\'s '
            "next action is the one it was written for; once that moves on, a new draft "
            "replaces it and your text is saved in .followup-backups"
        ]
        assert tool_texts(path, codec, bom)[key][TYPED_ROW[key] - 2] == TYPED
        assert not saved.exists()
    else:
        assert hand_edit_notes(result) == [
            f'note: {tracker}: {where}: your text ("{TYPED}") was replaced: the tool '
            "rewrites this column on every run; keep notes in a column of your own. It is "
            f"saved in .followup-backups/{saved.name}"
        ]
        blocks = saved.read_text(encoding="utf-8").split("=== ")[1:]
        assert len(blocks) == 1
        assert blocks[0].startswith(f"{where}, row of ")
        assert blocks[0].endswith(f"):\n{TYPED}\n\n")


def empty_row(path: Path, row: int, codec: str | None, bom: bytes) -> None:
    """Clear the person's cells of ``row`` (an application dropped from the tracker); the
    tool's cells stay until the next run."""
    width = len(ROWS[0])
    if codec is not None:
        records = csv_records(path, codec, bom)
        records[row - 1][:width] = [""] * width
        path.write_bytes(bom + to_csv(records).encode(codec))
        return
    letters = "|".join(openpyxl.utils.get_column_letter(c + 1) for c in range(width))
    pattern = rf'<c r="(?:{letters}){row}"[^>]*?(?:/>|>.*?</c>)'.encode()
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            if info.filename == SHEET_PART:
                data, found = re.subn(pattern, b"", data, flags=re.S)
                assert found == width
            package.writestr(info, data)


def test_the_tools_text_in_a_row_emptied_is_cleared_without_a_word(
    two_nights: Nights, tmp_path: Path
) -> None:
    (_, kind, codec, bom, encoding, _), original, _ = two_nights
    path = copied(original, tmp_path)
    empty_row(path, 2, codec, bom)
    result = run(path, encoding, LATER)
    assert hand_edit_notes(result) == []
    assert not saved_edits.edited_path(path).exists()
    held = tool_texts(path, codec, bom)
    assert {key: texts[0] for key, texts in held.items()} == dict.fromkeys(OWNED_TEXT_COLUMNS, "")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "mac_roman", "cp1250", "utf-8"])
@pytest.mark.parametrize(
    "text",
    [
        "1st check-in: 5 bd −2 fast → Tue 2026-12-01 (skipped Thanksgiving Day Thu 11-26)",
        "Following up on the Analyst interview – Łukasz Wróbel",
        "—",
        'row 4, column "Type": "Gespräch …" is not a known interview type ≤ ≥ ← ✓',
        "Hi Zoë,\n\nthanks — Ő, ő and 🙂 too",
        "plain ASCII text",
    ],
)
def test_the_text_as_written_is_what_the_csv_writer_spells(text: str, encoding: str) -> None:
    """``as_written`` spells a text as the writer does, byte for byte read back."""
    assert csv_text_as_written(text, encoding) == text.encode(encoding, SUBSTITUTE).decode(encoding)


def test_a_workbooks_text_as_written_is_cut_as_the_cell_holds_it(tmp_path: Path) -> None:
    """A tool text over Excel's 32,767 characters is written shortened: the next run compares
    the cell with the shortened text, so the tool's own text is never taken for an edit."""
    from trackers import write_xlsx

    from followup_batch.normalise.cells import MAX_CELL_TEXT
    from followup_batch.read import ReadOptions, read_trackers
    from followup_batch.write import as_written

    path = write_xlsx(tmp_path / "t.xlsx", {"Jobs": [HEADER, ROWS[1][: len(HEADER)]]})
    (table,) = read_trackers(path, ReadOptions())
    held = as_written(table)
    long = "Why: " + "word " * 7000 + "\n2nd check-in: 10 bd → Tue 2026-12-15"
    assert len(held(long)) <= MAX_CELL_TEXT
    assert held(long).endswith("\n2nd check-in: 10 bd → Tue 2026-12-15")
    assert held("→ fits") == "→ fits"
