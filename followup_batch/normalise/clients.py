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

from followup_batch.read.names import client_key


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
