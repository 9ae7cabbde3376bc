"""One spelling per client over a workbook's tracker sheets.

A coach's tracker split by month spells a client as each month's rows were typed: "Maya
Chen", "maya chen ", "MAYA CHEN", "Bob O'Neil" and "Bob O’Neil", "Carla Díaz" and "Carla
Diaz". They are one person (``read.names.client_key``, which also keys the rows of one
application: ``rounds.application_keys``), as the rows copied between the months are one
interview (``rounds.same_interviews``), so every
row of theirs is given one spelling, the one most of their rows have (the first of equals, in
the sheets' and rows' order) among those with capitals as a person writes a name ("Maya
Chen", not "maya chen" or "MAYA CHEN", unless no other is typed): one block in the Summary,
one signature on the drafts, one name in the digest, the calendar and the .eml files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pandas as pd

from followup_batch.normalise.cells import cell_text
from followup_batch.normalise.interviewers import without_links
from followup_batch.read.names import client_key, given_name_first
from followup_batch.read.programmes import is_programme


def one_spelling_per_client(frames: Sequence[pd.DataFrame]) -> list[pd.DataFrame]:
    """The normalised ``frames`` of one file's tracker sheets, each client's rows written with
    the client's most common spelling over all of them (``client`` column); a frame whose
    clients are spelled one way each is returned as it was."""
    spellings: dict[str, Counter[str]] = {}
    for frame in frames:
        for name, rows in Counter(frame["client"].astype(str)).items():
            spellings.setdefault(client_key(name), Counter())[name] += rows
    # Counter keeps first appearance order, so max() takes the first of equals.
    shown = {
        name: max(spelled, key=lambda spelling: (in_mixed_case(spelling), spelled[spelling]))
        for spelled in spellings.values()
        if len(spelled) > 1
        for name in spelled
    }
    if not shown:
        return list(frames)
    return [
        frame.assign(client=frame["client"].map(lambda name: shown.get(name, name)))
        for frame in frames
    ]


def in_mixed_case(name: str) -> bool:
    """Written with capitals as a person writes a name: "Maya Chen", not "maya chen" or
    "MAYA CHEN"."""
    return not name.islower() and not name.isupper()


def client_or_programme(value: object, *, programmes: bool = True) -> tuple[str, str | None]:
    """A Client cell's name ("Chen, Maya" is Maya Chen; '' for a blank), and None; or, for a
    study programme or year of study among names ("MSc CS", "MBA 2027", "Year 2" beside "Maya
    Chen" and "Tom Li": ``read.programmes.is_programme``) when ``programmes`` (the column is
    not mapped by the user), '' and the reason its row's Problems gives: it names nobody, so
    the row is no one's in particular, as a blank cell is, rather than a client called "MSc CS"
    (its drafts were signed "MSc CS"; fx216). A column of programmes only is left alone before
    this (``read.table``); people stay people ("Sam MBA", "Ms Chen", "MS Dhoni")."""
    text = without_links(cell_text(value))
    if programmes and text and is_programme(text):
        return "", (
            f'"{text}" is a study programme, not a person, so it is not read as the client '
            "(nothing is signed with it): write the person's name here"
        )
    return given_name_first(text), None
