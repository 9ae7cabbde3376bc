"""Workbooks as LibreOffice computes them: opened, every formula recalculated, saved as xlsx
(read back with openpyxl's ``data_only``). Tests that use it skip without ``soffice``."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice not installed"
)
needs_faketime = pytest.mark.skipif(
    shutil.which("faketime") is None, reason="faketime not installed"
)


def fingerprint(workbook: Path | bytes) -> tuple[int, str]:
    """A workbook's length and SHA-256: what tests compare whole files by. A failed ``==`` of
    two workbooks' bytes makes pytest diff their reprs line by line (under ``CI=1`` in full),
    which takes minutes for a LibreOffice save; two fingerprints fail at once."""
    data = workbook if isinstance(workbook, bytes) else workbook.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()


def recalculated(paths: list[Path], folder: Path, today: dt.date | None = None) -> dict[Path, Path]:
    """Each workbook of ``paths`` as LibreOffice saves it once it has computed it (one
    ``soffice`` call for them all, a profile of its own under ``folder``). The stems must
    differ: the copies land side by side in ``folder``. ``today``: the date LibreOffice's
    ``TODAY()`` reads (through ``faketime``; tests that pass it are ``needs_faketime``)."""
    out = folder / "computed"
    clock = ["faketime", f"{today:%Y-%m-%d} 12:00:00"] if today else []
    subprocess.run(
        [
            *clock,
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
