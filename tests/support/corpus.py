"""The shared corpus of workbooks other programs wrote (``../shared/corpus`` beside the checkout).

Locally a missing corpus skips the tests that need it; in CI (``CI`` set, as ``.ci/run`` does)
it fails them: a green CI run must mean the corpus was checked, not that it was absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
EXCEL_MADE = CORPUS / "excel-made"
HAZARDS = CORPUS / "hazards"


def require(folder: Path) -> Path:
    """``folder`` of the corpus; skips the test when it is missing, fails it in CI."""
    if not folder.is_dir():
        message = f"the shared corpus is missing: no folder {folder}"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must run beside ../shared/corpus)")
        pytest.skip(message)
    return folder
