"""A per-user note of the nights that wrote nothing, kept outside the tracker's folder.

A night whose result differs from the tracker only in its dates writes nothing, and leaves
the tracker's last-run record in ``.followup-backups/`` as it is too: that folder is synced,
and a record rewritten every night was uploaded every night (report ot112, F2). The record
then keeps the stamp of the day that last wrote the file, so a second run the same night
(cron retried, a coach running by hand after the job) could not tell it had nothing to do,
and read and computed a 100,000-row tracker again (issue 15).

So such a night leaves a small note in the user's cache folder instead: which record
(``.last-run.json``, by the SHA-256 of its bytes) answers which stamp (the file's bytes,
name, as-of date, config and tool: ``rerun.stamp``). ``rerun.recall`` takes it only when
both still match, for this tracker's real path: a changed file, config, date or version is
another stamp; a record rewritten since is another digest; a copy or a move is another path.

One note per tracker path (its file is named by the path's hash, rewritten each such
night), and notes older than ``KEPT_FOR`` are removed when one is kept, so the folder stays
small. It lives in ``$FOLLOWUP_BATCH_CACHE_DIR`` when set, else the platform's cache folder
(``cache_folder``). A folder that cannot be written costs only the second run's shortcut.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path

from followup_batch.write.atomic import TEMP_PREFIX, remove_stale_temps, temp_name

CACHE_ENV = "FOLLOWUP_BATCH_CACHE_DIR"
APP = "followup-batch"
FOLDER = "nights"
FORMAT = 1
KEPT_FOR = 7 * 24 * 3600  # seconds: a note answers only its own as-of date's runs

# Said with -v, when a night that wrote nothing could not leave its note.
NOT_KEPT = (
    "the note that this night wrote nothing could not be kept in {folder} ({why}): a second "
    f"run with the same as-of date reads the tracker again (set {CACHE_ENV} to a writable folder)"
)


def cache_folder() -> Path:
    """Where the notes are kept: ``$FOLLOWUP_BATCH_CACHE_DIR``, else the user's cache folder —
    ``%LOCALAPPDATA%\\followup-batch\\Cache`` on Windows, ``~/Library/Caches/followup-batch``
    on macOS, ``$XDG_CACHE_HOME/followup-batch`` (``~/.cache/followup-batch``) elsewhere —
    each with a ``nights`` folder."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen).expanduser() / FOLDER
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(local) / APP / "Cache" / FOLDER
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP / FOLDER
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    return base / APP / FOLDER


def note_path(tracker: Path) -> Path:
    """The note of ``tracker`` (its real, absolute path): one a tracker."""
    key = hashlib.sha256(os.fsencode(os.path.abspath(tracker))).hexdigest()[:32]
    return cache_folder() / f"{key}.json"


def keep(tracker: Path, record: str, stamp: str) -> str | None:
    """Note that ``tracker``'s record (its bytes' SHA-256, ``record``) answers ``stamp`` too,
    with the time of this run, and remove the notes older than ``KEPT_FOR``. Returns what
    could not be kept (``NOT_KEPT``, said with -v), None when kept."""
    path = note_path(tracker)
    data = {
        "format": FORMAT,
        "tracker": os.path.abspath(tracker),
        "record": record,
        "stamp": stamp,
        "ran_at": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
    }
    temp = path.with_name(temp_name(path.name))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        return NOT_KEPT.format(folder=path.parent, why=exc.strerror or exc)
    _prune(path.parent, keep=path)
    return None


def ran_at(tracker: Path, record: str, stamp: str) -> str | None:
    """When the night noted for ``tracker`` ran ("2026-12-01 06:15"), when its note says its
    record (``record``, the SHA-256 of the record's bytes now) answers ``stamp``; None when
    there is no such note, or any doubt (then the run does the work)."""
    try:
        data = json.loads(note_path(tracker).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (
        isinstance(data, dict)
        and data.get("format") == FORMAT
        and data.get("tracker") == os.path.abspath(tracker)
        and data.get("record") == record
        and data.get("stamp") == stamp
        and isinstance(data.get("ran_at"), str)
    ):
        return None
    return str(data["ran_at"])


def _prune(folder: Path, keep: Path) -> None:
    """Remove the notes (and a killed run's temporaries) older than ``KEPT_FOR``, but
    ``keep``: the folder holds at most a week's trackers."""
    remove_stale_temps(
        keep, pattern=re.escape(TEMP_PREFIX) + r"(\d+)-[0-9a-f]{8}-[0-9a-f]{32}\.json\.tmp$"
    )
    oldest = time.time() - KEPT_FOR
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            with contextlib.suppress(OSError):
                if path != keep and path.suffix == ".json" and path.stat().st_mtime < oldest:
                    path.unlink()
