"""Export files (digests, the calendar) are written through a temporary file beside them and
swapped in atomically, so a reader (a mail job, a calendar subscription) never sees half a file.
No backup: the next run makes them again. A file that would come out the same is left as it
is: a second run with the same inputs writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from followup_batch.write.atomic import replace_atomically


def replace_file(
    path: Path,
    write: Callable[[Path], object],
    verify: Callable[[Path], None] | None = None,
    same: Callable[[Path, Path], bool] | None = None,
) -> Path:
    """Write ``path`` with ``write`` (given the temporary file's path), checked by ``verify``
    before the swap (by default: not empty, and an xlsx reads back), unless the new file is
    the same as the old (``same(new, old)``; by default the same bytes)."""
    path = Path(path)
    replace_atomically(path, write, backup=False, verify=verify, skip_unchanged=True, same=same)
    return path


def write_text(path: Path, text: str) -> Path:
    """Write a UTF-8 text export atomically."""
    return replace_file(path, lambda temp: temp.write_text(text, encoding="utf-8"), _no_check)


def _no_check(_path: Path) -> None:
    return None
