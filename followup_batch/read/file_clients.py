"""Whose a tracker file is: the client its file's or folder's name says.

    tracker_client(path, folder, named) -> FileClient
        The client of a tracker file's rows without a Client cell, the folder whose name
        says so, and why the file's name signs no draft though it reads as a person's.
    client_of(path) / client_named(stem) -> str
        The client a file's (or a folder's) name says.
    client_folder_of(path, subfolders, kept) -> str
        The folder whose name names the client when the file's name is nobody's.
    names_nobody(client, file_client) -> bool
        Whether a row's client is its tracker's own name that is no person's: no client.

A coach's ``Ann Lee/Job Tracker.xlsx`` is Ann Lee's; ``Amazon - Priya Raman.xlsx`` is Priya
Raman's; ``Goldman Sachs Interviews.xlsx`` of Goldman Sachs's rows names no person. Moved out
of ``read.tracker``, which finds the tracker in a file.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from followup_batch.read import fields
from followup_batch.read.copy_names import without_copy_marks
from followup_batch.read.files import real_path
from followup_batch.read.headers import HeaderMatch
from followup_batch.read.names import NAME_WORD, capitalised_name, given_name_first, name_key


def client_of(path: Path) -> str:
    """The client a file's name says (``client_named``)."""
    return client_named(path.stem)


# Airtable names a table's CSV download "<Table>-<View>.csv", a view by its type until it is
# renamed: "Sophie Turner Jobs-Grid view.csv" is the table "Sophie Turner Jobs" (ot136 F6).
_AIRTABLE_VIEW = re.compile(
    r"-(?:grid|gallery|kanban|calendar|form|list|timeline|gantt) view(?: \d+)?$", re.IGNORECASE
)


# A note in brackets written in lower case says what a file holds or how it was made, never
# whose it is: "Job Hunt 2026 (custom fields)" signed drafts "Custom Fields" (ot136 F9), as
# "(updated)", "(final)" and "(export)" do not, being tracker words. A person's name is
# capitalised; one in a script without capitals ("(李娜)") is no note. Tried from a run of
# spaces' first only.
_BRACKETED = re.compile(r"(?<!\s)\s*[(\[]([^()\[\]]*)[)\]]\s*")


def _without_notes(stem: str) -> str:
    """``stem`` without its notes in brackets ("Maya Chen (remote)" is "Maya Chen"), or
    ``stem`` itself when it is nothing else ("(maya chen)")."""

    def note(found: re.Match[str]) -> str:
        text = found[1]
        lower = any(c.islower() for c in text) and not any(c.isupper() for c in text)
        return " " if lower else found[0]

    return _BRACKETED.sub(note, stem).strip() or stem


def client_named(stem: str) -> str:
    """The client a file's (or a folder's) name says: the name without the marks of a copy
    ("Maya Chen (2)" is Maya Chen's tracker, not another client's) and of Airtable's export
    of a view ("Maya Chen Jobs-Grid view" is the table "Maya Chen Jobs"), the person's name it
    begins or ends with beside tracker words ("Maya Chen Job Tracker", "Job Tracker - Maya
    Chen", ``signer.name_beside_tracker_words``), a person's name written all in lower case
    capitalised ("alex.xlsx" signs "Alex", as a greeting would write it), and surname first
    written first name first ("Baker, Tom" is Tom Baker, ``names.given_name_first``). A note
    in brackets in lower case is never the name (``_without_notes``): "Job Hunt 2026 (custom
    fields)" is nobody's and stays as written."""
    from followup_batch.drafts.signer import looks_like_a_name

    stem = _AIRTABLE_VIEW.sub("", without_copy_marks(stem))
    named = _name_in(stem)
    bare = _without_notes(stem)
    if bare != stem and looks_like_a_name(named) and _name_in(bare) != named:
        return stem  # the name was the note's
    return named


def _name_in(stem: str) -> str:
    """``client_named`` of a file name without a copy's marks or notes."""
    from followup_batch.drafts.signer import (
        hyphen_between_names,
        looks_like_a_name,
        name_beside_tracker_words,
    )

    stem = hyphen_between_names(given_name_first(stem))
    if not looks_like_a_name(stem):
        stem = name_beside_tracker_words(stem) or stem
    lower = stem == stem.lower() and len(stem) > 1 and stem != stem.upper()  # "alex.xlsx"
    if lower and looks_like_a_name(stem):
        return capitalised_name(stem)  # "Alex"
    return stem


def names_nobody(client: str, file_client: str) -> bool:
    """Whether a row's ``client`` is its tracker's file name (``file_client``: ``client_of``
    its path) that is no person's name, by the test that decides whether a file's name signs
    its drafts (``signer.looks_like_a_name``). Such a tracker is one job seeker's own ("Job
    Hunt 2026.xlsx", "jobs - Sheet1.csv") and has no client: the calendar, the digest and
    the Drafts sheet do not call its file's name one (ot119 F5), while a coach's "Maya
    Chen.xlsx" is Maya Chen's."""
    from followup_batch.drafts.signer import looks_like_a_name

    return client == file_client and not looks_like_a_name(client)


class FileClient(NamedTuple):
    """Whose a tracker file is (``tracker_client``)."""

    client: str  # the client of its rows without a Client cell
    folder: str  # the folder whose name says so ('' when the file's does)
    doubt: str  # why the file's name signs no draft though it reads as a person's
    person: str  # the person's name the file's name begins with though it signs nothing


def tracker_client(
    path: Path, folder: str = "", named: Iterable[tuple[str, object]] = ()
) -> FileClient:
    """The client of a tracker file, the folder whose name says so ('' when the file's does),
    why the file's name signs no draft though it reads as a person's ('' when it signs or
    is nobody's name anyway), and the person's name it begins with then (``FileClient``).
    The person the file's name names (``_person_in_file_name``: "Priya Raman" of "Amazon -
    Priya Raman.xlsx") signs, in any folder: a coach's ``Sarah Kim/Maya Chen.xlsx`` is Maya
    Chen's, the file being nearer the data than its folder. When the file's name is nobody's
    ("Job Tracker") or names its rows' company or position (``named``: the rows' Company and
    Position cells, by header), the person ``folder`` is named for
    (``ReadOptions.client_folder``, ``client_folder_of``) is the client: a coach's ``Ann
    Lee/Job Tracker.xlsx`` and ``Ann Lee/Goldman Sachs Interviews.xlsx`` of Goldman Sachs's
    interviews are Ann Lee's; else the file's name's all the same. A file whose name begins
    with a person's full name that does not sign (``_person_it_begins_with``: "Jordan Blake -
    call notes.csv") is that person's, never its folder's: in a coach's folder named for the
    coach it would be signed by the coach (ot21 F1)."""
    from followup_batch.drafts.signer import looks_like_a_name

    rows = _RowsNames(named)
    client, doubt = _person_in_file_name(client_of(path), rows)
    if looks_like_a_name(client) and not doubt:
        return FileClient(client, "", "", "")
    person = _person_it_begins_with(path.stem, rows)
    if person:
        doubt = doubt or f'begins with the name "{person}" beside words not read as a tracker\'s'
        return FileClient(client, "", doubt, person)
    named_for = _folder_person(folder) if folder else ""
    if named_for:
        return FileClient(named_for, folder, "", "")
    return FileClient(client, "", doubt, "")


def _person_it_begins_with(stem: str, rows: _RowsNames) -> str:
    """The person's full name a file's name begins with, its first two words ("Jordan Blake"
    of "Jordan Blake - call notes" and "jordan_blake_notes"), unless they are a person's name
    in no way (``signer.looks_like_a_name``: "Job Tracker", "Big Tech Applications"; "xw
    cfwide", ``signer.no_known_name_in_lower_case``) or the
    rows' Company or Position whole (``_RowsNames``: "Goldman Sachs" of "Goldman Sachs
    Interviews" of Goldman Sachs's rows); '' then."""
    from followup_batch.drafts.signer import looks_like_a_name, no_known_name_in_lower_case

    first = _FIRST_TWO_WORDS.match(without_copy_marks(stem))
    if first is None or no_known_name_in_lower_case([first[1], first[2]]):
        return ""  # "xw_cfwide": no one's name
    name = f"{first[1]} {first[2]}"
    if not looks_like_a_name(name) or not rows.without_their_name(name)[0]:
        return ""
    return capitalised_name(name) if name == name.lower() else name


_FIRST_TWO_WORDS = re.compile(rf"\s*({NAME_WORD.pattern})[\s_]+({NAME_WORD.pattern})(?![^\W_])")


# What sets a person's name apart from the rest of a file's name: a spaced dash ("Amazon -
# Priya Raman") or brackets ("Priya Raman (Deloitte)"); a hyphen inside a name does not.
_NAME_PARTS = re.compile(r"(?<!\s)\s+[-‐‑‒–—]+\s+|[()\[\]]")  # from a run's first space


def _person_in_file_name(client: str, rows: _RowsNames) -> tuple[str, str]:
    """The person a file's name (``client_of``) names beside a company, and why it signs
    nothing though it reads as a person's name ('' when it signs or is nobody's anyway). A
    spaced dash or brackets set the parts apart, and the rows' Company or Position
    (``_RowsNames``) goes from the start or end of one: the one part left that reads as a
    person's name, two to four words, signs when the others read as names (a company's).
    "Priya Raman" of "Amazon - Priya Raman", "Priya Raman - Amazon", "Priya Raman
    (Deloitte)" and, of Amazon's rows, "Priya Raman Amazon"; unsigned with a reason: "Amazon"
    and "Deloitte Consulting" of Amazon's and Deloitte's rows, "Goldman Sachs - Priya Raman"
    (two names: which is the person's?). Kept as it is: one part ("Maya Chen", "Ann"), or a
    part that is no name ("Priya Raman - Resume": nobody's, as a whole)."""
    from followup_batch.drafts.signer import NAME_WORDS_IN_FILE_NAME, looks_like_a_name

    bare = _without_notes(client)  # "Priya Raman (remote)": the note is no part, nor a name
    pieces = [piece.strip() for piece in _NAME_PARTS.split(bare) if piece.strip()]
    if len(pieces) == 1 and not looks_like_a_name(bare):
        return client, ""  # "Job Tracker", "Google Jobs": nobody's
    parts, said = [], ""
    for part in pieces:
        rest, named = rows.without_their_name(part)
        said = said or named
        if rest:
            parts.append(client_named(rest))
    if len(parts) == 1 and not said:
        return parts[0] if bare != client else client, ""  # "Amazon (custom fields)": Amazon
    people = [
        part
        for part in parts
        if looks_like_a_name(part) and len(part.split()) in NAME_WORDS_IN_FILE_NAME
    ]
    if len(people) == 1 and all(map(looks_like_a_name, parts)):
        return people[0], ""
    if said:
        return client, f"{said} of its rows, not a person"
    if parts and all(map(looks_like_a_name, parts)):
        names = " and ".join(f'"{part}"' for part in parts)
        return client, f"holds the names {names}, not one person's"
    return client, ""


class _RowsNames:
    """The Company and Position cells of a tracker's rows (header, cell), as a file's name
    may name them instead of a person: a company is named whole, by its first words ("Goldman
    Sachs" of "Goldman Sachs Group, Inc.") and without spaces ("JP Morgan" of "JPMorgan").
    Keyed when first asked: most files' names are nobody's or a person's alone."""

    def __init__(self, named: Iterable[tuple[str, object]]) -> None:
        self.named = named

    @functools.cached_property
    def keys(self) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
        """The keys a file name's part may be, and those it may begin or end with, each to
        the header and cell it names."""
        whole: dict[str, tuple[str, str]] = {}
        full: dict[str, tuple[str, str]] = {}
        seen: set[str] = set()
        for header, cell in self.named:
            if not isinstance(cell, str) or cell in seen:
                continue
            seen.add(cell)
            key = name_key(cell, company=True)
            if key is None or key in full:
                continue
            said = (header, cell.strip())
            words = key.split()
            for size in range(1, len(words) + 1):
                whole.setdefault(" ".join(words[:size]), said)
            whole.setdefault(key.replace(" ", ""), said)
            for spelling in (key, key.replace(" ", "")):
                full.setdefault(spelling, said)
        return whole, full

    def without_their_name(self, part: str) -> tuple[str, str]:
        """``part`` without the Company or Position of the rows it is or begins or ends with
        (``"Priya Raman"`` of "Priya Raman Amazon"), and how it names them ('names the Company
        "Amazon"'; '' and ``part`` when it names none)."""
        key = name_key(part, company=True)
        if key is None:
            return part, ""
        whole, full = self.keys
        said = whole.get(key) or whole.get(key.replace(" ", ""))
        if said is not None:
            return "", f'names the {said[0]} "{said[1]}"'
        words = part.split()
        for size in range(1, len(words)):
            for company, rest in ((words[:size], words[size:]), (words[-size:], words[:-size])):
                said = full.get(name_key(" ".join(company), company=True) or "")
                if said is not None:
                    return " ".join(rest), f'names the {said[0]} "{said[1]}"'
        return part, ""


def companies_and_positions(
    tables: Iterable[tuple[Sequence[Sequence[object]], HeaderMatch]],
) -> Iterator[tuple[str, object]]:
    """The Company and Position cells below each header, with the header as written: what a
    file's name may name instead of a person (``tracker_client``)."""
    for rows, match in tables:
        for field in ("company", "position"):
            column = match.mapping.get(field)
            if column is None:
                continue
            header = match.headers[column] or fields.FIELDS_BY_NAME[field].header
            for row in rows[match.row :]:
                if column < len(row):
                    yield header, row[column]


def client_folder_of(path: Path, subfolders: tuple[str, ...], kept: str = "") -> str:
    """The folder whose name names the client of the tracker at ``path`` when the file's name
    is nobody's (``tracker_client``), '' when none: the nearest of ``subfolders`` named for a
    person (only folders below the one the command was given: ``read.files.subfolders``);
    else ``kept``, the folder the last run of the file read so (``rerun.last_client_folder``),
    while the file is still in a folder of that name. So ``run "clients/Ann Lee/Job
    Tracker.xlsx"`` signs as ``run clients`` did, and a file named directly that no run of a
    folder read so (``/home/mchen/tracker.xlsx``) is read from nothing above it."""
    for folder in reversed(subfolders):
        if _folder_person(folder):
            return folder
    if kept and kept in _folders_above(path) and _folder_person(kept):
        return kept
    return ""


def _folders_above(path: Path) -> set[str]:
    """The names of the folders ``path`` is in, as written and as its links lead."""
    return {*Path(os.path.abspath(path)).parent.parts, *real_path(path).parent.parts}


def _folder_person(folder: str) -> str:
    """The person a folder is named for, written as their drafts sign: "Ann Lee" for "Ann
    Lee", "ann_lee", "Lee, Ann" and "Ann Lee 🚀" (without the emoji a person labels a synced
    folder with, as a Client cell's, ``drafts.context.signed_name``: ot58 F8); '' for "2026",
    "clients", "Documents"."""
    from followup_batch.drafts.context import signed_name
    from followup_batch.drafts.signer import looks_like_a_persons_folder

    text = signed_name(" ".join(folder.replace("_", " ").split()))  # "ann_lee": no program's
    person = client_named(text)  # "Lee, Ann" too
    return person if looks_like_a_persons_folder(person) else ""
