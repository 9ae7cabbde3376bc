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
