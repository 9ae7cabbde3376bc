"""Application check-ins marked sent without a date, as the tool's runs saw them (ot83 F4).

DESIGN counts a message marked sent without a date as sent on its due date, and the row moves
on 10 bd later. A box ticked late (a Google checkbox carries no date) then moves the row on
days after the message really went. The tool knows better when its last run of the tracker
saw the box unticked: the message went after that run. Such a mark is counted from the day of
the run that first sees it, the latest day it can have gone (never stop chasing too early: a
row moved on too soon is a search given up; one moved on a few days late costs nothing, as
nothing is left to send), or from its due date when that is later; the day is kept in the
last-run record (``rerun``), so the next runs count from it too.

The workbook carries those days too, in a column of its hidden calendars sheet
(``book_texts``): a tracker copied, mailed or put back from a backup has no record where it
lands, and a copy that counted a mark from its due date moved a deadline a week earlier (ot150
F1). The record stays the first source; the workbook's days serve for the marks it has not
counted.

Rows are known across runs by their application (client, company, position and applied day),
not by their place: a sort or an inserted row moves them.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

# The frame's columns the schedule reads (``schedule.rows.RowInputs``): the run that saw the
# check-in unmarked, and the run that first saw it marked without a date; NaT for the others.
UNMARKED_ON = "application_check_in_unmarked_on"
MARKED_ON = "application_check_in_marked_on"
# What an application is, with its applied day (a row without a company has None there).
TEXT_KEYS = ("client", "company", "position")
KEY_BYTES = 6  # as the hand-edit hashes (``hand_edits``): a chance in 10^14 of two alike


@dataclass(frozen=True)
class MarksSeen:
    """What one run saw of a sheet's application check-ins: its as-of date, the rows whose
    check-in was not marked sent, and the undated marks it counted from a run's day (each
    row's key: the run that saw it unmarked and the run that first saw it marked)."""

    as_of: dt.date
    unmarked: frozenset[str] = frozenset()
    counted: Mapping[str, tuple[dt.date, dt.date]] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {
            "as_of": self.as_of.isoformat(),
            "unmarked": "".join(sorted(self.unmarked)),
            "counted": {
                key: f"{seen:%Y-%m-%d} {marked:%Y-%m-%d}"
                for key, (seen, marked) in sorted(self.counted.items())
            },
        }

    @classmethod
    def from_json(cls, data: object) -> MarksSeen:
        """The record's entry; ``ValueError`` when it is not one."""
        if not isinstance(data, dict):
            raise ValueError("not a record of marks")
        unmarked, counted = data.get("unmarked", ""), data.get("counted", {})
        if not isinstance(unmarked, str) or not isinstance(counted, dict):
            raise ValueError("not a record of marks")
        width = len(_key(""))
        if len(unmarked) % width:
            raise ValueError("not a record of marks")
        days: dict[str, tuple[dt.date, dt.date]] = {}
        for key, text in counted.items():
            seen, marked = str(text).split()
            days[str(key)] = (dt.date.fromisoformat(seen), dt.date.fromisoformat(marked))
        return cls(
            dt.date.fromisoformat(str(data["as_of"])),
            frozenset(unmarked[i : i + width] for i in range(0, len(unmarked), width)),
            days,
        )


# The header of the calendars sheet's column that keeps them, one cell a mark: its row's key,
# the day of the run that saw it unmarked and of the run that first saw it marked, and the
# tracker sheet's name (last: a name may hold spaces).
BOOK_HEADER = "Marked sent without a date: counted from"


def book_texts(counted: Mapping[str | None, Mapping[str, tuple[dt.date, dt.date]]]) -> list[str]:
    """The cells of the workbook's column of the undated marks counted from a run's day
    (``BOOK_HEADER``): each tracker sheet's ``counted`` (``counted_marks``), in a stable
    order."""
    return [
        f"{key} {seen:%Y-%m-%d} {marked:%Y-%m-%d} {sheet or ''}".rstrip()
        for sheet in sorted(counted, key=lambda name: name or "")
        for key, (seen, marked) in sorted(counted[sheet].items())
    ]


def from_book_texts(texts: Iterable[str]) -> dict[str | None, dict[str, tuple[dt.date, dt.date]]]:
    """Tracker sheet -> the marks the workbook's column keeps (``book_texts``); a cell that
    is not one (typed over, cut by a spreadsheet) is left out."""
    found: dict[str | None, dict[str, tuple[dt.date, dt.date]]] = {}
    for text in texts:
        key, _, rest = str(text).partition(" ")
        seen, _, rest = rest.partition(" ")
        marked, _, sheet = rest.partition(" ")
        try:
            days = (dt.date.fromisoformat(seen), dt.date.fromisoformat(marked))
        except ValueError:
            continue
        if len(key) == len(_key("")) and days[0] <= days[1]:
            found.setdefault(sheet or None, {})[key] = days
    return found


def with_book(
    seen: MarksSeen | None, book: Mapping[str, tuple[dt.date, dt.date]]
) -> MarksSeen | None:
    """What the runs saw of a sheet's undated marks: the record's (``seen``), with the days the
    workbook keeps (``book``) for the marks the record has not counted. A mark the record saw
    unmarked and the workbook counted is the workbook's: the file is not the one that run saw
    (a copy put back from a later day)."""
    if not book:
        return seen
    if seen is None:  # a copy: as of the latest day it counted from
        return MarksSeen(max(marked for _, marked in book.values()), frozenset(), dict(book))
    return MarksSeen(seen.as_of, seen.unmarked - set(book), {**book, **seen.counted})


def _key(text: str) -> str:
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=KEY_BYTES)
    return base64.b64encode(digest.digest()).decode("ascii")


def row_keys(frame: pd.DataFrame, at: np.ndarray | None = None) -> list[str]:
    """Each row's application: its client, company, position and applied day, hashed; only
    the rows at the positions ``at`` when given (a 100,000-row tracker's keys cost 0.1 s,
    for the few rows with an application check-in)."""
    applied = frame["applied_date"].to_numpy(dtype="datetime64[D]")
    columns = [frame[name].tolist() for name in TEXT_KEYS]
    if at is not None:
        applied = applied[at]
        columns = [[column[i] for i in at.tolist()] for column in columns]
    texts = [[str(value) for value in column] for column in columns]
    days = np.datetime_as_string(applied, unit="D").tolist()
    parts = zip(*texts, days, strict=True)
    return [_key("\x1f".join(values)) for values in parts]


def _undated(frame: pd.DataFrame) -> np.ndarray:
    """The rows whose application check-in is marked sent without a date."""
    return frame["application_check_in_done"].to_numpy(dtype=bool) & np.isnat(
        frame["application_check_in_sent"].to_numpy(dtype="datetime64[D]")
    )


def with_marks_seen(frame: pd.DataFrame, seen: MarksSeen | None, as_of: dt.date) -> pd.DataFrame:
    """``frame`` with the days its undated application check-in marks count from
    (``UNMARKED_ON``, ``MARKED_ON``): kept from the record ``seen`` of the last run, or, for a
    mark that run saw unmarked, this run's day (a run of an earlier day learns nothing)."""
    unmarked_on = np.full(len(frame), np.datetime64("NaT", "ns"))
    marked_on = unmarked_on.copy()
    undated = _undated(frame)
    if seen is not None and seen.as_of <= as_of and undated.any():
        at = np.flatnonzero(undated)
        for i, key in zip(at.tolist(), row_keys(frame, at), strict=True):
            days = seen.counted.get(key)
            if days is None and key in seen.unmarked:
                days = (seen.as_of, as_of)
            if days is not None:
                unmarked_on[i], marked_on[i] = (np.datetime64(day, "ns") for day in days)
    return frame.assign(**{UNMARKED_ON: unmarked_on, MARKED_ON: marked_on})


def marks_now(frame: pd.DataFrame, as_of: dt.date) -> MarksSeen:
    """What this run saw, for the next one: the applications whose check-in is not marked
    sent, and the undated marks counted from a run's day (``with_marks_seen``)."""
    applied = ~np.isnat(frame["applied_date"].to_numpy(dtype="datetime64[D]"))
    done = frame["application_check_in_done"].to_numpy(dtype=bool) | ~np.isnat(
        frame["application_check_in_sent"].to_numpy(dtype="datetime64[D]")
    )
    unmarked_at = np.flatnonzero(applied & ~done)
    unmarked = frozenset(row_keys(frame, unmarked_at))
    return MarksSeen(as_of, unmarked, counted_marks(frame))


def counted_marks(frame: pd.DataFrame) -> dict[str, tuple[dt.date, dt.date]]:
    """The undated marks of ``frame`` counted from a run's day (``with_marks_seen``): each
    row's key -> the day of the run that saw it unmarked and of the one that first saw it
    marked."""
    counted: dict[str, tuple[dt.date, dt.date]] = {}
    if MARKED_ON in frame:
        seen_on = frame[UNMARKED_ON].to_numpy(dtype="datetime64[D]")
        marked_on = frame[MARKED_ON].to_numpy(dtype="datetime64[D]")
        at = np.flatnonzero(_undated(frame) & ~np.isnat(marked_on))
        for i, key in zip(at.tolist(), row_keys(frame, at), strict=True):
            counted[key] = (seen_on[i].astype(dt.date), marked_on[i].astype(dt.date))
    return counted
