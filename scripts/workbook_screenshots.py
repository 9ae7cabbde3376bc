"""Regenerate the README's pictures of the written tracker and its Drafts sheet, as
LibreOffice renders them the morning after a run.

    python scripts/workbook_screenshots.py

Runs ``followup-batch run`` on a copy of ``sample_data/tracker.xlsx`` as of Fri 2026-11-20,
then, for each picture, a copy of the result with one sheet visible and only the columns the
picture is about (the others hidden, nothing else changed), printed by LibreOffice to PDF
under a clock set to Mon 2026-11-23 (``faketime``: the live statuses and colours recompute
for that day) and turned into a PNG by ``pdftoppm``: ``docs/tracker.png`` and
``docs/drafts.png``. Needs LibreOffice, faketime and poppler-utils.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AS_OF = "2026-11-20"
OPENED = "2026-11-23 09:00:00"  # the Monday after: the words and colours as they are then
SHOTS = {
    "tracker.png": (
        "Interviews",
        [
            "Client",
            "Company",
            "Position",
            "Follow-up status",
            "Next action",
            "Next due",
            "Draft subject",
        ],
    ),
    "drafts.png": (
        "Drafts",
        ["Urgency", "Client", "Company", "To", "Action", "Due", "Subject", "Draft", "Compose"],
    ),
}
ROWS = {"tracker.png": 26, "drafts.png": 7}  # rows in the picture, header included


def picture_copy(
    written: Path, target: Path, sheet_name: str, columns: list[str], rows: int
) -> None:
    """A copy with ``sheet_name`` the only visible sheet, showing only ``columns``, printed
    on one landscape page."""
    import openpyxl

    book = openpyxl.load_workbook(written)
    for sheet in book.worksheets:
        sheet.sheet_state = "visible" if sheet.title == sheet_name else "hidden"
    sheet = book[sheet_name]
    book.active = book.worksheets.index(sheet)
    for cell in sheet[1]:
        if cell.value not in columns:
            sheet.column_dimensions[cell.column_letter].hidden = True
    sheet.print_area = f"A1:{sheet.cell(1, sheet.max_column).column_letter}{rows}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True
    book.save(target)


def main() -> int:
    missing = [tool for tool in ("soffice", "faketime", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        print(f"not installed: {', '.join(missing)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="workbook-shots-") as scratch:
        folder = Path(scratch)
        written = folder / "tracker.xlsx"
        shutil.copy(ROOT / "sample_data" / "tracker.xlsx", written)
        command = [sys.executable, "-m", "followup_batch", "run", str(written), "-q"]
        subprocess.run([*command, "--as-of", AS_OF], check=True, cwd=ROOT)
        copies = []
        for name, (sheet, columns) in SHOTS.items():
            copy = folder / ("shot-" + name.replace(".png", ".xlsx"))
            picture_copy(written, copy, sheet, columns, ROWS[name])
            copies.append(copy)
        profile = (folder / "lo-profile").as_uri()
        subprocess.run(
            [
                "faketime",
                OPENED,
                "soffice",
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                *map(str, copies),
            ],
            check=True,
            capture_output=True,
        )
        for name in SHOTS:
            pdf = folder / ("shot-" + name.replace(".png", ".pdf"))
            stem = ROOT / "docs" / name.removesuffix(".png")
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "110",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(stem),
                ],
                check=True,
            )
            print(f"docs/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
