"""The marks a copy's name carries ("Maya Chen (2)", "Copy of Maya Chen", OneDrive's "Maya
Chen-DESKTOP-4F2K9LM"): a copy of a client's tracker is the same client's
(``file_clients.client_named``), and the copies of one interview are listed once
(``exports.copies``)."""

from __future__ import annotations

import re
from pathlib import Path

# What a file manager, a sync tool or a browser adds to a copy's name: "Maya Chen (2)",
# "Maya Chen [2]", "Maya Chen (copy 1)", "Maya Chen - Copy", "Maya Chen copy 3",
# "Copy of Maya Chen"; stripped one at a time, so "Maya Chen - Copy (2)" is Maya Chen too.
# Google Sheets and Windows say "copy" in the user's language: "Kopie von" and "- Kopie"
# (German), "Copia de"/"Copia di" (Spanish, Italian), "Copie de" (French), "Cópia de"
# (Portuguese), "Kopie van" (Dutch).
_COPY_WORD = r"(?:copy|kopie|copia|copie|cópia)"
# The space before a mark is left to the caller's strip: a mark that began with "\s*" was
# tried from each space of a run in turn and took 80 ms on a name of 255 spaces.
_COPY_MARKS = re.compile(
    rf"^(?:copy of|kopie v[oa]n|c[oó]pi[ae] d[eio])\s+"
    rf"|(?:[(\[]\s*\d+\s*[)\]]|\((?=[^()]*\b{_COPY_WORD}\b)[^()]*\)"
    rf"|(?:-\s*)?\b{_COPY_WORD}(?:\s*\d+)?)$",
    re.IGNORECASE,
)


# OneDrive's copy of a file it could not merge (a sync conflict): the computer's name after a
# hyphen, glued to the name, "Maya Chen-DESKTOP-4F2K9LM" or "Maya Chen-LAPTOP-8QK2M1TD" for
# Windows' own names, "Maya Chen-SARAH-PC" or "Maya Chen-XPS13" for one a person chose. A
# Windows computer's name is at most 15 letters, digits and hyphens, in capitals; one that
# also has a digit or a hyphen inside, or ends in PC, is not a word a person types after a
# name ("Anne-Marie", "Dubois-Martin", "Maya Chen-CV" are kept), nor after a name in
# capitals ("ANNE DUBOIS-MARTIN"), except Windows' own DESKTOP-… and LAPTOP-….
_ONEDRIVE_COMPUTER = re.compile(r"(?<=[^\s-])-(?P<name>[A-Z][A-Z0-9-]{1,14})$")
_WINDOWS_NAMED = re.compile(r"(?:DESKTOP|LAPTOP)-[A-Z0-9]+")


def _without_computer_name(stem: str) -> str:
    """``stem`` without the computer's name OneDrive puts on a conflict's copy (``stem``
    itself when it has none)."""
    found = _ONEDRIVE_COMPUTER.search(stem)
    if not found:
        return stem
    name, before = found["name"], stem[: found.start()]
    machine = any(c.isdigit() for c in name) or "-" in name.strip("-") or name[1:].endswith("PC")
    if not machine or name.endswith("-"):
        return stem
    if before == before.upper() and not _WINDOWS_NAMED.fullmatch(name):
        return stem  # a name in capitals: "ANNE DUBOIS-MARTIN-LE-ROY"
    return before


# What a sync client names the copy it keeps of a file changed on two computers at once (a
# sync conflict), besides OneDrive's (``_without_computer_name``): Dropbox's "Maya Chen
# (conflicted copy 2026-11-18)" or "Maya Chen (Sarah's conflicted copy 2026-11-18)", which
# Nextcloud and ownCloud name alike, and Syncthing's "Maya Chen.sync-conflict-20261118-
# 101500-ABCDEF1". A browser's or Google Drive's "Maya Chen (1)" is not one: it is as often a
# newer version downloaded on purpose (``sync_conflict_original`` leaves it alone).
_DROPBOX_CONFLICT = "conflicted copy"
_SYNCTHING_CONFLICT = ".sync-conflict-"


def sync_conflict_original(path: Path) -> Path | None:
    """The tracker ``path`` is a sync conflict copy of, when that file is beside it (a copy
    whose original is gone is the only tracker left, and is run); None for any other file.
    The copy is not the client's tracker to maintain: each write of it re-uploads it and
    makes it drift from the original the person has to merge it with (report ot112, F1)."""
    stem = path.stem
    original = ""
    opened = stem.rfind(" (") if stem.endswith(")") else -1
    if opened > 0 and _DROPBOX_CONFLICT in stem[opened:].casefold():
        original = stem[:opened]
    if not original and (at := stem.find(_SYNCTHING_CONFLICT)) > 0:
        original = stem[:at]
    if not original and (bare := _without_computer_name(stem)) != stem:
        original = bare
    if not original:
        return None
    found = path.with_name(original.rstrip() + path.suffix)
    return found if found != path and found.is_file() else None


def copy_original(path: Path) -> Path | None:
    """The tracker beside ``path`` that its name says it is a copy of ("Maya Chen.xlsx" for
    a browser's or Google Drive's "Maya Chen (1).xlsx", "Maya Chen - Copy.xlsx", "Copy of
    Maya Chen.xlsx"); None when its name has no copy's marks or no such file is beside it.
    Whether it is one is for its cells to say (``read.same_rows``): "Job Search (1).xlsx"
    may be another person's download."""
    found = path.with_name(without_copy_marks(path.stem) + path.suffix)
    return found if found != path and found.is_file() else None


# Notion's "Export > Markdown & CSV" names a database's CSV files by its name and its 32-hex
# id, twice: "Job Search 2f3a…8d.csv" (the view's properties) and "Job Search 2f3a…8d_all.csv"
# (every property), the same rows.
_NOTION_ID = re.compile(r"(?<!\s)\s+[0-9a-f]{32}(?:_all)?$")  # from a run's first space


def without_copy_marks(stem: str) -> str:
    """A file's (or a sheet's) name without the marks of a copy: "Maya Chen (2)", "Copy of
    Maya Chen - Copy", OneDrive's "Maya Chen-DESKTOP-4F2K9LM" and Notion's "Maya Chen
    2f3a…8d_all" are "Maya Chen"."""
    while (
        bare := _without_computer_name(_COPY_MARKS.sub("", _NOTION_ID.sub("", stem)).strip())
    ) and bare != stem:
        stem = bare
    return stem


def notion_twin(path: Path) -> Path:
    """The file Notion exports beside ``path`` with every property ("Job Search 2f3a…8d_all.csv"
    beside "Job Search 2f3a…8d.csv"), or ``path`` itself when its name is no such export's."""
    found = _NOTION_ID.search(path.stem)
    if found is None or found.group().endswith("_all"):
        return path
    return path.with_name(f"{path.stem}_all{path.suffix}")
