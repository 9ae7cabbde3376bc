"""The small JSON indexes the exports keep beside what they write: the drafts folder's (whose
draft is whose, ``eml.INDEX``) and the calendar's (whose event is whose, ``ics``). Each is
read at most ``MAX_BYTES``, taken as empty when missing or not ours, and written atomically
only when it changes; a failed write is said by the caller, never raised (the drafts and the
calendar are written all the same)."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

from followup_batch.errors import FollowupError

MAX_BYTES = 64 * 1024 * 1024


@functools.cache
def host() -> str:
    """This computer's name: an index's paths mean something only on the computer that
    wrote them (a drafts folder or a calendar may be shared)."""
    import socket

    return socket.gethostname()


def read_index(path: Path) -> dict[str, Any]:
    """The index at ``path``; empty when there is none or it cannot be read."""
    try:
        with Path(path).open("rb") as handle:
            data = json.loads(handle.read(MAX_BYTES))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def unreadable(path: Path) -> str:
    """Why the index at ``path`` cannot be read ('' when it can, or there is none): a sync can
    leave it cut short, and then everything it held is unknown to the run (ot65 F6)."""
    try:
        with Path(path).open("rb") as handle:
            text = handle.read(MAX_BYTES)
    except FileNotFoundError:
        return ""
    except IsADirectoryError:
        return ""  # said when the run writes it: "a folder of that name is in the way"
    except OSError as exc:
        return exc.strerror or str(exc)
    try:
        data = json.loads(text)
    except ValueError as exc:
        if not text.strip():
            return "it is empty"
        cut = isinstance(exc, json.JSONDecodeError) and (
            exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        )
        return "it is cut short" if cut else "it is not JSON"
    return "" if isinstance(data, dict) else "it is not an index"


def set_aside(path: Path) -> tuple[Path | None, str]:
    """Move the unreadable index at ``path`` beside it, as ``….unreadable.json`` (``-2``, …
    when one is there already), so that nothing it held is lost when a new one is written:
    (where it is now, '') or (None, why it could not be moved)."""
    stem = path.name.removesuffix(".json")
    for n in range(1, 1000):
        kept = path.with_name(f"{stem}.unreadable{'' if n == 1 else f'-{n}'}.json")
        if os.path.lexists(kept):
            continue
        try:
            os.rename(path, kept)
        except OSError as exc:
            return None, exc.strerror or str(exc)
        return kept, ""
    return None, f"{path.parent} holds 999 unreadable indexes already"


def entries(data: dict[str, Any], key: str, fields: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """``data[key]``'s entries whose ``fields`` are all text (others, or none, are left out)."""
    found = data.get(key)
    if not isinstance(found, dict):
        return {}
    return {
        name: entry
        for name, entry in found.items()
        if isinstance(entry, dict) and all(isinstance(entry.get(f), str) for f in fields)
    }


def write_index(path: Path, data: dict[str, Any]) -> str:
    """Write ``data`` at ``path``, atomically; why it could not be written, or ''."""
    from followup_batch.exports.files import write_text

    if path.is_dir():
        return "a folder of that name is in the way"
    try:
        write_text(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    except (FollowupError, OSError) as exc:
        return getattr(exc, "strerror", None) or str(exc)
    return ""
