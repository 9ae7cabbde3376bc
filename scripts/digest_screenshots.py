"""Regenerate the README's pictures of the HTML digest, as a coach with 30 clients sees it.

    python scripts/digest_screenshots.py

Builds the folder of 30 client trackers ``sample_data/make_coach_folder.py`` writes (its code is
``tests/support/coach_folder.py``), runs
``followup-batch digest`` on it as of 2026-11-20, and screenshots the page in headless Chromium
on a phone (360 px wide) and a desktop (1280 px): ``docs/digest-phone.png`` and
``docs/digest-desktop.png``. Needs Chromium (``apt-get install chromium``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "support")]

from chromium import find_chromium, page_metrics, screenshot  # noqa: E402
from coach_folder import AS_OF, build_coach_folder  # noqa: E402

SHOTS = {"digest-phone.png": (360, 780), "digest-desktop.png": (1280, 860)}


def main() -> int:
    if find_chromium() is None:
        print("Chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="digest-shots-") as scratch:
        folder = build_coach_folder(Path(scratch) / "clients", clients=30)
        page = Path(scratch) / "digest.html"
        command = [sys.executable, "-m", "followup_batch", "digest", str(folder), "-q"]
        command += ["--as-of", AS_OF.isoformat(), "--html", str(page)]
        subprocess.run(command, check=True, cwd=ROOT)
        for name, (width, height) in SHOTS.items():
            screenshot(page, ROOT / "docs" / name, width, height)
            scroll_width, _, full_height = page_metrics(page, width)
            print(
                f"docs/{name}: {width} px wide (content {scroll_width} px), {full_height} px tall"
            )
        print(f"digest.html: {page.stat().st_size / 1000:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
