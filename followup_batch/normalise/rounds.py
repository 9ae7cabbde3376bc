"""Rows of one application: the next interview that takes over from an earlier row.

Many trackers keep a row per interview round (round 1 on one row, round 2 on the next, the
company and position written again or merged down), and some a row for the application and
another for its interview. Each such row is scheduled on its own, so without this an earlier
round would go on asking for its check-ins while the next round is already booked or done.

``later_interviews`` finds, for every row, the first interview of the same application that
comes after it: the same client, company and position (compared ignoring case and spacing),
an interview on a later day than this row's interview, or on the day of this row's
application or later when the row has no interview. The rules decide what that does to the
row (``schedule.phases.taken_over``); this is only the fact, worked out once over the whole
tracker so that the rules stay row by row.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

NAT = np.datetime64("NaT", "D")
_DAY_BITS = 20  # days since 1970 fit in 20 bits until the year 4840; the key takes the rest


def application_keys(client: object, company: object, position: object) -> np.ndarray:
    """One integer per row naming its application (client, company, position), -1 where the
    company or the position is missing. Case and runs of white space do not count."""

    def words(values: object) -> list[str | None]:
        return [
            " ".join(v.casefold().split()) if isinstance(v, str) and v.strip() else None
            for v in np.asarray(values, dtype=object)
        ]

    companies, positions = words(company), words(position)
    clients = [c or "" for c in words(client)]
    keys = [
        (who, firm, role) if firm is not None and role is not None else None
        for who, firm, role in zip(clients, companies, positions, strict=True)
    ]
    codes, _ = pd.factorize(pd.Series(keys, dtype=object))
    return np.asarray(codes, dtype=np.int64)


class Later(NamedTuple):
    """Each row's next interview of its application, and where the application ended up."""

    day: np.ndarray  # the next interview's day (datetime64[D]), NaT when none
    row: np.ndarray  # its row as the user sees it, 0 when none
    last: np.ndarray  # the position of the application's last interview row, -1 when none


def later_interviews(
    keys: np.ndarray, interview: np.ndarray, applied: np.ndarray, rows: np.ndarray
) -> Later:
    """For every row, the first interview of its application after this row's own interview
    (or on or after its applied day when it has no interview), with its sheet row; and, for
    the rows that have one, the position of the application's last interview (the latest
    day, the lowest row of that day), whose outcome is the application's.

    ``keys`` from ``application_keys``; ``interview`` and ``applied`` date arrays; ``rows`` the
    rows' numbers as the user sees them. Interviews on one day keep the upper row first."""
    interview = np.asarray(interview).astype("datetime64[D]")
    applied = np.asarray(applied).astype("datetime64[D]")
    later = np.full(len(keys), NAT)
    later_row = np.zeros(len(keys), dtype=np.int64)
    last = np.full(len(keys), -1, dtype=np.int64)
    epoch = np.datetime64("1970-01-01", "D")
    interviewed = np.flatnonzero((keys >= 0) & ~np.isnat(interview) & (interview >= epoch))
    if not len(interviewed):
        return Later(later, later_row, last)

    def packed(key: np.ndarray, days: np.ndarray) -> np.ndarray:
        return (key << _DAY_BITS) | (days - epoch).astype(np.int64)

    # The interviews, ordered by (application, day); one day's in row order.
    sorted_at = interviewed[
        np.lexsort((rows[interviewed], interview[interviewed], keys[interviewed]))
    ]
    table = packed(keys[sorted_at], interview[sorted_at])

    def first_after(ask: np.ndarray, days: np.ndarray, side: str) -> None:
        # side "right": strictly after the day; "left": on it or after it.
        at = np.searchsorted(table, packed(keys[ask], days), side=side)  # type: ignore[call-overload]
        inside = at < len(table)
        same = np.zeros(len(ask), dtype=bool)
        same[inside] = (table[at[inside]] >> _DAY_BITS) == keys[ask][inside]
        found, source = ask[same], sorted_at[at[same]]
        later[found] = interview[source]
        later_row[found] = rows[source]
        # The application's last interview: the first of its last day, just before the next
        # application's first entry.
        ends = np.searchsorted(table, (keys[found] + 1) << _DAY_BITS, side="left") - 1
        last_day = table[ends]
        last[found] = sorted_at[np.searchsorted(table, last_day, side="left")]

    first_after(interviewed, interview[interviewed], "right")
    applying = np.flatnonzero(
        (keys >= 0) & np.isnat(interview) & ~np.isnat(applied) & (applied >= epoch)
    )
    first_after(applying, applied[applying], "left")
    return Later(later, later_row, last)
