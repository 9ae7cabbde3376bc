"""The outbox: the messages to send soon, in the order to send them, each with a ``mailto:``
link that starts it (To, Subject and, when the link stays short enough, the body)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np
import pandas as pd

from followup_batch.drafts.greeted import greeted
from followup_batch.drafts.mailto import addresses_in, mailto_link

COMPOSE = "Compose"
COMPOSE_SHORT = "Compose (subject only: copy the draft, too long for a mail link)"


def outbox_messages(messages: pd.DataFrame, as_of: dt.date, days: int) -> pd.DataFrame:
    """The messages due by ``as_of`` + ``days`` (overdue ones included), sorted by due date,
    then client and tracker row, with ``compose`` (the mailto link) and ``compose_text`` (what
    the link's cell says: whether the body is in it)."""
    # The picking and sorting on plain arrays and one take: a coach's workbook has a few dozen
    # messages, where pandas' filter, sort and conversions cost ten times the work.
    due = messages["due"]
    if due.dtype.kind != "M":
        due = pd.to_datetime(due)
        messages = messages.assign(due=due)
    horizon = pd.Timestamp(as_of) + pd.Timedelta(days=days)
    days_due = due.to_numpy()
    kept = np.flatnonzero(pd.notna(days_due) & (days_due <= horizon.to_datetime64()))
    keys = list(
        zip(
            days_due[kept].tolist(),
            *_missing_last(messages["client"].to_numpy(dtype=object)[kept]),
            *_missing_last(messages["row"].to_numpy(dtype=object)[kept]),
            strict=True,
        )
    )
    order = sorted(range(len(kept)), key=keys.__getitem__)
    picked = messages.iloc[kept[order]].reset_index(drop=True)
    # A message's Email cell holds one person's addresses ', '-joined: each its own in the
    # link (``addresses_in``), as the digest's Compose link writes them.
    links = [
        mailto_link(addresses_in(email), subject, body)
        for email, subject, body in zip(
            _texts(picked["email"]), _texts(picked["subject"]), _texts(picked["body"]), strict=True
        )
    ]
    picked["compose"] = links
    picked["compose_text"] = [COMPOSE if "&body=" in link else COMPOSE_SHORT for link in links]
    return picked


def with_subject_links(picked: pd.DataFrame) -> pd.DataFrame:
    """``outbox_messages``' messages with ``subject_link``: the link their tracker row's
    ``Draft subject`` cell opens. A row of one message links to it (its Compose link); a row
    of several (a panel, one message each) to the note its ``Draft`` cell holds (``note_subject``,
    ``note``: the row's cells, edits kept), to all of their addresses: its first panelist's
    own "Hi Sarah," to Sarah alone, beside a cell that read "Hi Sarah and Raj,", left Raj
    out (ot127 F2). A note the person edited to greet some of them goes to those it greets
    (``note_addresses``). ``picked`` has ``sheet`` and ``row`` (the tracker row of each
    message)."""
    rows = list(zip(picked["sheet"].tolist(), picked["row"].tolist(), strict=True))
    recipients: dict[tuple[object, object], list[tuple[str, str, str]]] = {}
    to, email, body = _texts(picked["to"]), _texts(picked["email"]), _texts(picked["body"])
    messages = zip(to, email, body, strict=True)
    for row, message in zip(rows, messages, strict=True):
        recipients.setdefault(row, []).append(message)
    counts = Counter(rows)
    notes = zip(_texts(picked["note_subject"]), _texts(picked["note"]), strict=True)
    # A row's messages share its note: its link made once (a two-person panel's row, twice).
    made: dict[tuple[object, object], str] = {}
    links = []
    for row, compose, (subject, note) in zip(rows, picked["compose"].tolist(), notes, strict=True):
        if counts[row] == 1:
            links.append(compose)
            continue
        if row not in made:
            made[row] = mailto_link(note_addresses(note, recipients[row]), subject, note)
        links.append(made[row])
    return picked.assign(subject_link=links)


def note_addresses(note: str, recipients: list[tuple[str, str, str]]) -> list[str]:
    """The addresses a panel row's note goes to, of its ``recipients`` (each message's To
    name, Email cell and body): when the person edited it (a message's text is the note's)
    to greet some of them ("Hi Sarah," on Sarah and Raj's row: fx305), those its greeting
    names, whom their edited text goes to (``hand_edits._with_kept``: ``greeted``); else
    everyone's: the tool's note, which greets the people and not a team's mailbox beside
    them ("Hi Sarah and Raj," to hr@ too), or a note that greets no one by name ("Hello,",
    which an address under no name has for its own text too: not an edit for it alone)."""
    greets = greeted(note, [name for name, _, _ in recipients])
    if not any(greets) or all(body != note for _, _, body in recipients):
        greets = [True] * len(recipients)
    chosen = (email for (_, email, _), yes in zip(recipients, greets, strict=True) if yes)
    return list(dict.fromkeys(a for email in chosen for a in addresses_in(email)))


def _missing_last(values: np.ndarray) -> tuple[list[bool], list[object]]:
    """Sort keys that put a missing value after every other (as pandas sorts)."""
    missing = pd.isna(values)
    return missing.tolist(), np.where(missing, 0, values).tolist()


def _texts(column: pd.Series) -> list[str]:
    """The column's values as text, '' for missing ones."""
    return [
        value if isinstance(value, str) else "" if pd.isna(value) else str(value)
        for value in column.tolist()
    ]
