"""Column letters and cell ranges read as openpyxl reads them, and a run that no longer imports
openpyxl for them (60 ms of CPU at every start)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries

from followup_batch.read.column_letters import column_index, column_letter, range_bounds

ROOT = Path(__file__).resolve().parents[2]


def test_every_column_has_openpyxls_letters() -> None:
    assert [column_letter(i) for i in range(1, 18_279)] == [
        get_column_letter(i) for i in range(1, 18_279)
    ]


@pytest.mark.parametrize("index", [0, -1, 18_279, 100_000])
def test_a_column_past_the_letters_is_refused_as_by_openpyxl(index: int) -> None:
    with pytest.raises(ValueError, match=f"^Invalid column index {index}$"):
        column_letter(index)
    with pytest.raises(ValueError, match=f"^Invalid column index {index}$"):
        get_column_letter(index)


def outcome(read, text: str) -> object:  # type: ignore[no-untyped-def]
    try:
        return read(text)
    except ValueError as refused:
        return ("ValueError", str(refused))


# Letters as a sheet's XML, a formula or a hand-typed reference gives them.
LETTERS = ["A", "z", "Z", "AA", "az", "XFD", "ZZZ", "AAAA", "", "A1", "1", "$A", " A", "ı", "ß"]


@pytest.mark.parametrize("letters", LETTERS)
def test_letters_are_read_as_openpyxl_reads_them(letters: str) -> None:
    assert outcome(column_index, letters) == outcome(column_index_from_string, letters)


# Excel Tables' ``ref`` attributes, well formed and not.
RANGES = [
    "A1:F40",
    "$A$1:$F$40",
    "a1:f40",
    "B2:B2",
    "A1",
    "A:F",
    "1:40",
    "A1:F",
    "A:F40",
    "A1:",
    ":",
    "",
    "AAAA1:B2",
    "A0:B0",
    "XFD1048576",
    "A1:F40\n",
    " A1:F40",
    "A1:F40 ",
]


@pytest.mark.parametrize("ref", RANGES)
def test_a_range_is_read_as_openpyxl_reads_it(ref: str) -> None:
    assert outcome(range_bounds, ref) == outcome(range_boundaries, ref)


# A child process runs the command on a copy of the sample tracker, then names the modules of
# openpyxl (and the imaging library it loads) that the run imported.
RUN_IMPORTS = """
import json, sys
from followup_batch.cli import main
try:
    main.main(sys.argv[1:], prog_name="followup-batch", standalone_mode=False)
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("openpyxl", "PIL"))))
"""


@pytest.mark.parametrize("tracker", ["tracker.xlsx", "tracker.csv"])
def test_a_run_does_not_import_openpyxl(tracker: str, tmp_path: Path) -> None:
    copy = Path(shutil.copy(ROOT / "sample_data" / tracker, tmp_path / tracker))
    child = subprocess.run(
        [sys.executable, "-c", RUN_IMPORTS, "run", str(copy), "--as-of", "2026-11-20", "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout.splitlines()[-1]) == []
