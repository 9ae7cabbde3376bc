"""Export files (digests, the calendar) are written through a temporary file beside them and
swapped in atomically, so a reader (a mail job, a calendar subscription) never sees half a file.
No backup: the next run makes them again. A file that would come out the same is left as it
is: a second run with the same inputs writes nothing."""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from followup_batch.read.files import real_path
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


def file_links(base: Path | None) -> Callable[[str], str]:
    """A link to a local file, for one page: relative to ``base`` when it is below it, else a
    file: URL. Each folder is resolved once (resolving every draft's whole path made system
    calls for each part of it: a third of the page's time for a coach's 2,400 drafts of the
    day), and the paths are strings (Path objects cost as much again)."""
    root = str(real_path(base)) if base is not None else None
    folders: dict[str, str] = {}

    def resolved(file: str) -> str:
        """``str(Path(file).resolve())``: its folder's, plus its name unless that is a link."""
        folder, name = os.path.split(file)
        if name in ("", ".", "..") or os.path.islink(file):
            return str(real_path(file))
        if folder not in folders:
            folders[folder] = str(real_path(folder))
        return os.path.join(folders[folder], name)

    def link(file: str) -> str:
        if not file:
            return ""
        target = resolved(file)
        if root is not None:
            try:
                relative = os.path.relpath(target, root)
            except ValueError:  # another drive (Windows)
                relative = ""
            if relative and not relative.startswith(".."):
                return urllib.parse.quote(relative.replace(os.sep, "/"))
        return Path(target).as_uri()

    return link
