"""Due items: one row per tracker row that has something to send or needs fixing, the common
input of the digest and the calendar.

``collect_due`` makes them from one tracker sheet's normalised frame and output columns, and
``concat_items`` joins the items of every file. The columns (``DUE_ITEM_COLUMNS``):

    client          str       the job seeker (the Client column, else the sheet name when the
                              workbook has several tracker sheets, else the file stem), a
                              name typed all in one case written as the drafts sign it
    file            str       the tracker as the run names it: its path in the folder given
    path            str       the tracker's full path
    sheet           str       the sheet name ('' for CSV)
    row             int       the Excel row number (CSV: record number) as the user sees it
    company         str
    position        str
    to              str       the names the row's drafts go to, ', '-joined ('' when none is
                              known; ``drafts.context.recipients_of``)
    email           str       the addresses they go to, ', '-joined in the same order ('' when
                              none is known): never one the drafts leave off
    recipients      tuple     (name, addresses ', '-joined) of each of the row's drafts, in the
                              order of its messages, as the Drafts sheet's To and Email cells
                              hold them (``drafts.context.recipients_of``): whose each address
                              is, which the two lists above cannot say (empty when the row
                              has no recipient, or the items were made without it)
    interview_date  datetime64[ns]
    action          str       the next action's label (``schedule.labels.ACTION_LABELS``)
    due             datetime64[ns]  its due date (NaT for rows that need fixing)
    status          str       ``schedule.labels.STATUSES``
    subject         str       the draft's subject ('' without drafts)
    draft           str       the draft's text ('' without drafts)
    why             str       the explanation
    problems        str       the row's problems, one per line
    draft_files     tuple     (recipient, .eml file) of each of the row's drafts written, in
                              the order of its messages (empty when none was)

A row that needs fixing is listed to be fixed, never as something to send: its status is
``Needs info`` whatever its dates say, and the calendar and the digest's send lists leave it out.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from followup_batch.normalise.cells import each_distinct
from followup_batch.normalise.columns import date_array
from followup_batch.schedule.labels import ACTION_LABELS, NEEDS_INFO

DUE_ITEM_COLUMNS: tuple[str, ...] = (
    "client",
    "file",
    "path",
    "sheet",
    "row",
    "company",
    "position",
    "to",
    "email",
    "recipients",
    "interview_date",
    "action",
    "due",
    "status",
    "subject",
    "draft",
    "why",
    "problems",
    "draft_files",
)
# Filled in when known: a caller's frame without them gets ''.
OPTIONAL_TEXT_COLUMNS = ("to", "email", "subject", "draft", "why", "problems")
TUPLE_COLUMNS = ("recipients", "draft_files")
TEXT_COLUMNS = tuple(
    c for c in DUE_ITEM_COLUMNS if c not in ("row", "interview_date", "due", *TUPLE_COLUMNS)
)

NO_ACTION = ACTION_LABELS["none"]


def empty_items() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in DUE_ITEM_COLUMNS})
    return typed_items(frame)


def collect_due(
    frame: pd.DataFrame,
    output: pd.DataFrame,
    *,
    path: Path,
    sheet: str | None = None,
    client: str | None = None,
    file: str | None = None,
) -> pd.DataFrame:
    """The due items of one tracker sheet: ``DUE_ITEM_COLUMNS``, one row per tracker row that
    has a next action with a due date, or that needs fixing.

    ``frame`` is the normalised frame (``normalise.frame.normalise_rows``) and ``output`` the
    owned output columns (``compute.compute_sheet``), both indexed by Excel row. Drafts are taken
    from ``output``'s ``draft_subject`` and ``draft`` columns when present. ``client`` overrides the
    frame's client column (a config's fixed client name); rows without one get the file's
    (``read.file_clients.client_of``). ``file``: the name the run calls the file by (its path in
    the folder given, ``batch.RunOptions.file_name``); default its name.
    """
    path = Path(path)
    status = _texts(output["status"])
    action = _texts(output["next_action"])
    due = date_array(output["next_due"], parse=True)
    keep = (~np.isnat(due) & (action != NO_ACTION)) | (status == NEEDS_INFO)
    if not keep.any():
        return empty_items()
    # Plain arrays, one frame at the end: a 50-row tracker pays pandas' per-call cost once.
    rows = frame.index.to_numpy()[keep]
    clients = row_clients(frame, path, client)[keep]
    items = {
        "client": clients,
        "file": np.full(len(rows), file or path.name, dtype=object),
        "path": np.full(len(rows), str(path), dtype=object),
        "sheet": np.full(len(rows), sheet or "", dtype=object),
        "row": rows.astype("int64"),
        "company": _texts(frame["company"])[keep],
        "position": _texts(frame["position"])[keep],
        **_recipients(frame, keep),
        "interview_date": date_array(frame["interview_date"])[keep],
        "action": action[keep],
        "due": due[keep],
        "status": status[keep],
        "subject": _optional_text(output, "draft_subject", keep),
        "draft": _optional_text(output, "draft", keep),
        "why": _optional_text(output, "why", keep),
        "problems": _optional_text(output, "problems", keep),
        "draft_files": no_draft_files(len(rows)),
    }
    # One object block (no text inference), then the three typed columns in their places.
    table = pd.DataFrame(
        np.column_stack([items[c].astype(object) for c in DUE_ITEM_COLUMNS]),
        columns=pd.Index(DUE_ITEM_COLUMNS, dtype=object),
        dtype=object,
    )
    for column in ("row", "interview_date", "due"):
        table[column] = items[column]
    return table


def row_clients(frame: pd.DataFrame, path: Path, client: str | None = None) -> np.ndarray:
    """Each row's client as the digest names it: ``client`` when given (a config's fixed
    name), else the frame's Client, and the file's (``read.file_clients.client_of``) where that is
    empty."""
    if client is not None:
        return np.full(len(frame), client, dtype=object)
    clients = _texts(frame["client"])
    from followup_batch.read.file_clients import client_of

    clients[clients == ""] = client_of(Path(path))
    return _as_signed(clients)


def _as_signed(clients: np.ndarray) -> np.ndarray:
    """Client cells with a name typed all in one case written as the drafts sign it
    (``drafts.context``, ``read.names.capitalised_name``): "zoe angstrom" is Zoe Angstrom in
    the digest and the calendar too, not in one event's title and Zoe Angstrom under its
    draft (ot85 F7). A name with capitals where a person writes them stays as typed, and so
    does what is no person's name (``signer.looks_like_a_name``: a client named by its file,
    "tracker", "1001/tracker"), which signs no draft."""
    from followup_batch.drafts.signer import looks_like_a_name
    from followup_batch.normalise.clients import in_mixed_case
    from followup_batch.read.names import capitalised_name

    cased = {
        name: capitalised_name(name)
        for name in dict.fromkeys(clients.tolist())
        if name and not in_mixed_case(name) and looks_like_a_name(name)
    }
    if not cased:
        return clients
    return np.array([cased.get(name, name) for name in clients.tolist()], dtype=object)


def concat_items(parts: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """All files' due items in one frame (empty parts skipped)."""
    frames = [p for p in parts if len(p)]
    if not frames:
        return empty_items()
    return typed_items(pd.concat(frames, ignore_index=True))


def typed_items(items: pd.DataFrame) -> pd.DataFrame:
    """``items`` with exactly ``DUE_ITEM_COLUMNS``, in order and with their types."""
    missing = [c for c in OPTIONAL_TEXT_COLUMNS if c not in items.columns]
    items = items.assign(**dict.fromkeys(missing, ""))
    for column in TUPLE_COLUMNS:
        if column not in items:
            items = items.assign(**{column: no_draft_files(len(items))})
        elif not all(isinstance(value, tuple) for value in items[column].tolist()):
            # A frame made with the columns and not these values (NaN): none known.
            values = no_draft_files(len(items))
            for at, value in enumerate(items[column].tolist()):
                if isinstance(value, tuple):
                    values[at] = value
            items = items.assign(**{column: pd.Series(values, index=items.index, dtype=object)})
    items = items.loc[:, list(DUE_ITEM_COLUMNS)].copy()
    for column in TEXT_COLUMNS:
        items[column] = items[column].astype(object)
    items["row"] = items["row"].astype("int64")
    for column in ("interview_date", "due"):
        items[column] = pd.to_datetime(items[column]).astype("datetime64[ns]")
    return items


def no_draft_files(count: int) -> np.ndarray:
    """A ``draft_files`` (or ``recipients``) column of ``count`` items without drafts: an
    empty tuple each."""
    files = np.empty(count, dtype=object)
    for at in range(count):
        files[at] = ()
    return files


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or value != value else str(value)


def _texts(values: pd.Series) -> np.ndarray:
    """A column as an object array of text ('' for empty cells)."""
    return np.array([_text(v) for v in values.tolist()], dtype=object)


def _optional_text(output: pd.DataFrame, column: str, keep: np.ndarray) -> np.ndarray:
    if column not in output.columns:
        return np.full(int(keep.sum()), "", dtype=object)
    return _texts(output[column])[keep]


def _recipients(frame: pd.DataFrame, keep: np.ndarray) -> dict[str, np.ndarray]:
    """The ``to``, ``email`` and ``recipients`` columns: whom each row's drafts go to, paired
    as the drafts pair them (``drafts.context.recipients_of``), never re-read from the
    cells."""
    from followup_batch.drafts.context import recipients_of

    count = int(keep.sum())

    def cells(column: str) -> list[object]:
        if column not in frame.columns:
            return [None] * count
        return [_hashable(v) for v in frame[column].to_numpy(dtype=object)[keep].tolist()]

    drafts = each_distinct(
        recipients_of,
        cells("interviewers"),
        cells("interviewer_emails"),
        cells("interviewer_email_owners"),
    )
    to, email, recipients = (np.empty(count, dtype=object) for _ in range(3))
    to[:] = [", ".join(name for name, _ in each if name) for each in drafts]
    email[:] = [", ".join(emails for _, emails in each if emails) for each in drafts]
    for at, each in enumerate(drafts):  # one tuple an element, not a row of them
        recipients[at] = each
    return {"to": to, "email": email, "recipients": recipients}


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, (list, np.ndarray)) else value
