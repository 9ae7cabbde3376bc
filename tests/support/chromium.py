"""Headless Chromium for tests and scripts that look at the HTML digest as a reader would.

``find_chromium()`` is the browser's path or None (tests skip then); ``page_metrics`` loads a
page at a window width and reads back how wide and tall its content is; ``screenshot`` takes a
PNG. Each call runs a fresh browser with a throw-away profile, no network and no sandbox (the
tests run as root).
"""

from __future__ import annotations

import html as html_module
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
TIMEOUT = 90
# Written by the measuring script into the page, read back from the dumped DOM.
_METRICS = re.compile(r'data-metrics="(\d+) (\d+) (\d+)"')


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(args: list[str]) -> str:
    browser = find_chromium()
    if browser is None:
        raise FileNotFoundError("no Chromium on this machine")
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        done = subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env={**os.environ, "HOME": profile},
        )
    return done.stdout


def page_metrics(page: Path, width: int, height: int = 800) -> tuple[int, int, int]:
    """(scroll width, viewport width, scroll height) of ``page`` shown ``width`` px wide.

    A headless window is at least 500 px wide, so the page is laid out in a frame of exactly
    ``width`` px (``srcdoc``: same origin, so a script can read the frame's measures back).
    """
    html = page.read_text(encoding="utf-8")
    frame = html_module.escape(html, quote=True)
    probe = (
        "<!DOCTYPE html><html><body style='margin:0'>"
        f"<iframe id='f' style='border:0;width:{width}px;height:{height}px' srcdoc=\"{frame}\">"
        "</iframe><script>var f=document.getElementById('f');f.onload=function(){"
        "var e=f.contentDocument.documentElement;document.body.setAttribute('data-metrics',"
        "e.scrollWidth+' '+f.contentWindow.innerWidth+' '+e.scrollHeight)}</script>"
        "</body></html>"
    )
    with tempfile.TemporaryDirectory(prefix="page-") as folder:
        wrapper = Path(folder) / "probe.html"
        wrapper.write_text(probe, encoding="utf-8")
        dom = _run(
            [
                f"--window-size={max(width, 800)},{height}",
                "--virtual-time-budget=5000",
                "--dump-dom",
                wrapper.as_uri(),
            ]
        )
    found = _METRICS.search(dom)
    if found is None:
        raise RuntimeError(f"Chromium did not measure {page.name}")
    scroll_width, viewport, scroll_height = (int(n) for n in found.groups())
    return scroll_width, viewport, scroll_height


def screenshot(page: Path, png: Path, width: int, height: int) -> Path:
    """A PNG of the top ``height`` px of ``page`` in a window ``width`` px wide."""
    _run([f"--window-size={width},{height}", f"--screenshot={png}", page.as_uri()])
    if not png.is_file():
        raise RuntimeError(f"Chromium did not write {png}")
    return png
