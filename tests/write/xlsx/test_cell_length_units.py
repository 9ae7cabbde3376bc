"""Excel's 32,767-character cell limit counts UTF-16 units: a character beyond U+FFFF (𝔄, most
emoji) is two (report ot99 F4: a draft of 16,863 such-heavy characters was 32,863 units and
passed). The tool counts so wherever it applies the limit; its cells, reopened with openpyxl
and python-calamine, are within it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from click.testing import CliRunner
from trackers import write_xlsx

from followup_batch.cli import main
from followup_batch.drafts.render import cell_draft
from followup_batch.normalise.cells import MAX_CELL_TEXT, cell_length, fits_cell, within_cell
from followup_batch.write.xlsx import cells as cells_xml

FRAKTUR_A = "\U0001d504"  # 𝔄: two UTF-16 units
EMOJI = "\U0001f600"  # 😀


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("", 0),
        ("Maya", 4),
        ("Müller — 株式会社", 13),  # beyond ASCII, within the BMP: one unit each
        (FRAKTUR_A, 2),
        (f"Hi {EMOJI}!", 6),
        (FRAKTUR_A * 16_000, 32_000),
    ],
)
def test_a_cells_length_is_counted_in_utf16_units(text: str, length: int) -> None:
    assert cell_length(text) == length


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        ("y" * MAX_CELL_TEXT, True),
        ("y" * (MAX_CELL_TEXT + 1), False),
        (FRAKTUR_A * 16_383, True),  # 32,766 units
        (FRAKTUR_A * 16_384, False),  # 32,768 units in 16,384 characters
        (FRAKTUR_A * 16_383 + "y", True),  # 32,767
        (FRAKTUR_A * 16_383 + "yy", False),
    ],
)
def test_a_text_fits_a_cell_by_its_utf16_units(text: str, fits: bool) -> None:
    assert fits_cell(text) is fits
    assert (within_cell(text) == text) is fits


@pytest.mark.parametrize(
    "text",
    [
        FRAKTUR_A * 20_000,
        f"Hi {FRAKTUR_A * 16_500},\n\nThank you.\n\nBest regards,\nMaya",
        "\n".join([EMOJI * 12_000, "y" * 10_000, EMOJI * 3_000]),
    ],
    ids=["one line", "a draft", "three lines"],
)
def test_a_text_cut_to_a_cell_fits_it_in_utf16_units(text: str) -> None:
    cut = within_cell(text)
    assert MAX_CELL_TEXT - 4 <= units(cut) <= MAX_CELL_TEXT
    assert cut.count("\n") == text.count("\n")  # every line stays
    assert units(cells_xml.xml_texts([text])[0]) <= MAX_CELL_TEXT


def test_a_draft_of_astral_text_is_cut_to_the_cell_and_said() -> None:
    """A message whose body fits a cell (32,600 units) and whose signature takes it over:
    the signature is cut, counted in units (in characters it was 16,500: not cut)."""
    signature = "Maya Chen\n" + "Senior Analyst, Data Platform " * 10
    draft = f"Hi {FRAKTUR_A * 16_270},\n\nThank you for your time.\n\nBest regards,\n{signature}"
    assert len(draft) < MAX_CELL_TEXT < units(draft)
    cell, problem = cell_draft(draft, signature)
    assert units(cell) <= MAX_CELL_TEXT
    assert cell.endswith(
        "Best regards,\nMaya Chen\n"
        "[… the signature is cut short here: an .eml draft (--eml-dir) holds it whole]"
    )
    assert problem.startswith(f"the draft is {units(draft):,} characters, more than a cell")


def test_a_tracker_whose_interviewer_is_astral_gets_drafts_within_a_cell(tmp_path: Path) -> None:
    """The outside test's tracker: an Interviewer of 16,000 𝔄 (32,000 units, within a cell)."""
    path = tmp_path / "Maya Chen.xlsx"
    header = ["Company", "Position", "Interview Date", "Interview Type", "Interviewer"]
    row = ["Acme", "Analyst", dt.datetime(2026, 11, 19), "Video", FRAKTUR_A * 16_000]
    write_xlsx(path, {"Jobs": [header, row]})
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-11-20"])
    assert result.exit_code == 0, result.output

    book = openpyxl.load_workbook(path)
    titles = [cell.value for cell in book["Jobs"][1]]
    draft = str(book["Jobs"].cell(2, titles.index("Draft") + 1).value)
    assert units(draft) <= MAX_CELL_TEXT
    assert draft.startswith(f"Hi {FRAKTUR_A * 100}")
    problems = str(book["Jobs"].cell(2, titles.index("Problems") + 1).value)
    assert "more than a cell holds (32,767)" in problems
    calamine = python_calamine.CalamineWorkbook.from_path(str(path))
    for sheet in ("Jobs", "Drafts"):
        for cells in calamine.get_sheet_by_name(sheet).to_python():
            assert all(units(str(value)) <= MAX_CELL_TEXT for value in cells), sheet
