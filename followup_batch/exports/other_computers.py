"""One drafts folder synced to two computers (a laptop and a desktop on Dropbox or OneDrive),
each running the same tracker from its own copy of the synced folder: the tracker's full path
differs (``/Users/ana/Dropbox/Jobs/tracker.xlsx``, ``C:\\Users\\Ana\\Dropbox\\Jobs\\tracker.xlsx``),
and so does its tag (``eml.tracker_tag``). Without a tie each computer wrote its own copy of
every draft (``…-2.eml``) and removed only its own drafts of a thank-you sent since, the other
computer's staying to be sent twice (ot58 F3).

Another computer's tracker in the folder's index is taken for this run's tracker when both
say so (``tied_trackers``):

- its place: the same sheet, and the same path from the folder the tracker and the drafts
  folder share down to each (``placement``: ``Jobs/drafts`` and ``Jobs/tracker.xlsx`` on both
  computers), that folder not a disk's root; ``ClientA/tracker.xlsx`` is never
  ``ClientB/tracker.xlsx``;
- and its drafts: one of its drafts in the folder is, byte for byte but for the tracker mark,
  a draft this run writes under a name of the same message. A tracker of each computer kept
  outside the synced folder at the same place (``~/Documents/tracker.xlsx`` beside a synced
  ``~/Dropbox/drafts``) is two trackers, which do not write the same draft.

An entry of a version before the index said where the drafts folder was is never tied.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from followup_batch.read.files import real_path

_WINDOWS = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")  # C:\…, C:/… or \\server\share\…


def placement(tracker: str, folder: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Where ``tracker`` is from the drafts ``folder`` (full paths, as a computer of either
    kind writes them): the folders from the one they share down to the drafts folder, and down
    to the tracker, each beginning with that shared folder's name:
    ``/Users/ana/Dropbox/Jobs/drafts`` and ``…/Jobs/tracker.xlsx`` give (('Jobs', 'drafts'),
    ('Jobs', 'tracker.xlsx')). None when they share no folder but a disk's root, or the two
    are of different kinds (one a Windows path, the other not)."""
    if bool(_WINDOWS.match(tracker)) != bool(_WINDOWS.match(folder)):
        return None
    kind: type[PurePath] = PureWindowsPath if _WINDOWS.match(tracker) else PurePosixPath
    drafts, file = kind(folder).parts, kind(tracker).parts
    shared = 0
    while shared < min(len(drafts), len(file) - 1) and drafts[shared] == file[shared]:
        shared += 1
    if shared < 2:  # nothing in common but "/" or "C:\"
        return None
    return _names(drafts[shared - 1 :]), _names(file[shared - 1 :])


def _names(parts: Iterable[str]) -> tuple[str, ...]:
    # A name may reach a synced folder in either Unicode form (a Mac's NFD, Windows' NFC).
    return tuple(unicodedata.normalize("NFC", part) for part in parts)


def placed_alike(
    folder: Path,
    trackers: Iterable[tuple[Path | str, str]],
    others: Mapping[str, Mapping[str, str]],
    tag_of: Mapping[tuple[str, str], str],
) -> dict[str, str]:
    """Of ``others`` (the index's trackers of other computers: tag -> {"path", "sheet",
    "folder"}), those at the place of one of ``trackers`` ((path, sheet) a run read, whose
    tags ``tag_of`` gives) from ``folder``: their tag -> this run's tag of that tracker."""
    here = str(real_path(folder))
    ours: dict[tuple[object, ...], str] = {}
    for path, sheet in trackers:
        place = placement(str(real_path(path)), here)
        if place is not None:
            ours[(*place, sheet)] = tag_of[(str(path), sheet)]
    alike = {}
    for tag, entry in others.items():
        place = placement(entry["path"], entry["folder"])
        mine = None if place is None else ours.get((*place, entry["sheet"]))
        if mine is not None and mine != tag:
            alike[tag] = mine
    return alike
