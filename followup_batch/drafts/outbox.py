"""The outbox: the messages to send soon, in the order to send them, each with a ``mailto:``
link that starts it (To, Subject and, when the link stays short enough, the body)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from followup_batch.drafts.mailto import mailto_link

COMPOSE = "Compose"
COMPOSE_SHORT = "Compose (subject only: copy the draft, too long for a mail link)"


def outbox_messages(messages: pd.DataFrame, as_of: dt.date, days: int) -> pd.DataFrame:
    """The messages due by ``as_of`` + ``days`` (overdue ones included), sorted by due date,
    then client and tracker row, with ``compose`` (the mailto link) and ``compose_text`` (what
    the link's cell says: whether the body is in it)."""
    due = pd.to_datetime(messages["due"])
    horizon = pd.Timestamp(as_of) + pd.Timedelta(days=days)
    kept = messages[due.notna() & (due <= horizon)].copy()
    kept["due"] = pd.to_datetime(kept["due"])
    kept = kept.sort_values(["due", "client", "row"], kind="stable").reset_index(drop=True)
    links = [
        mailto_link([email] if email else [], subject, body)
        for email, subject, body in zip(
            kept["email"].fillna("").astype(str),
            kept["subject"].fillna("").astype(str),
            kept["body"].fillna("").astype(str),
            strict=True,
        )
    ]
    kept["compose"] = links
    kept["compose_text"] = [COMPOSE if "&body=" in link else COMPOSE_SHORT for link in links]
    return kept
