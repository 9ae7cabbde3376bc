"""Workbooks as LibreOffice computes them: opened, every formula recalculated, saved as xlsx
(read back with openpyxl's ``data_only``). Tests that use it skip without ``soffice``."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice not installed"
)


def recalculated(paths: list[Path], folder: Path) -> dict[Path, Path]:
    """Each workbook of ``paths`` as LibreOffice saves it once it has computed it (one
    ``soffice`` call for them all, a profile of its own under ``folder``). The stems must
    differ: the copies land side by side in ``folder``."""
    out = folder / "computed"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            *map(str, paths),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return {path: out / path.name for path in paths}
