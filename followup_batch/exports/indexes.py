"""The small JSON indexes the exports keep beside what they write: the drafts folder's (whose
draft is whose, ``eml.INDEX``) and the calendar's (whose event is whose, ``ics``). Each is
read at most ``MAX_BYTES``, taken as empty when missing or not ours, and written atomically
only when it changes; a failed write is said by the caller, never raised (the drafts and the
calendar are written all the same)."""

from __future__ import annotations

import functools
import json
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
