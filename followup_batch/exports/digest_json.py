"""The digest as JSON for automation (``digest --json``), in the digest's reading order.

The schema (``SCHEMA_VERSION`` 2): ``as_of``, ``horizon_days``, ``headline``, ``totals``
(urgency -> count, plus ``Needs info`` and ``Total``), ``today`` and ``coming`` (lists of
items), ``clients`` (name, the one ``source`` file of its rows or null, ``counts``, its
``items``), ``needs_info`` (the rows to fix) and ``nothing_due`` (the names of the clients read
with nothing due and no row to fix). An item: ``client``, ``urgency``,
``days_late``, ``due`` (YYYY-MM-DD), ``action``, ``company``, ``position``, ``to``, ``email``,
``recipients``, ``compose`` (a mailto: link), ``subject``, ``draft`` ('' unless asked for),
``file``, ``path``, ``sheet`` (null for a CSV, as in ``run --json`` and ``check --json``),
``row``.

``recipients`` (schema 2) pairs each person with their address as the page does (``digest.
addressed``): ``{"name", "email"}`` each, ``email`` null for a person without one and ``name``
null for an address written under no name. ``to`` and ``email``, the names and the addresses
as two ", "-joined lists, are kept for the readers of schema 1, which had only them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from followup_batch.exports.digest import Digest, addressed, compose_link, first_problem

SCHEMA_VERSION = 2  # 2: an item's ``recipients``
ITEM_KEYS = (
    "client",
    "urgency",
    "days_late",
    "due",
    "action",
    "company",
    "position",
    "to",
    "email",
    "recipients",
    "compose",
    "subject",
    "draft",
    "file",
    "path",
    "sheet",
    "row",
)


def to_json(digest: Digest, *, with_drafts: bool = False) -> dict[str, Any]:
    """The digest as plain data (``json.dumps``-ready); drafts' text only ``with_drafts``."""

    def items(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [_item(record, with_drafts) for record in records]

    return {
        "schema": SCHEMA_VERSION,
        "as_of": digest.as_of.isoformat(),
        "horizon_days": digest.horizon_days,
        "headline": digest.headline(),
        "totals": {name: int(value) for name, value in digest.totals.items()},
        "today": items(digest.today_records()),
        "coming": items(digest.coming_records()),
        "clients": [
            {
                "name": client,
                "source": digest.single_source(client),
                "counts": dict(digest.client_counts(client)),
                "items": items(digest.client_records(client)),
            }
            for client in digest.clients
        ],
        "needs_info": [
            {
                "client": row["client"],
                "company": row["company"],
                "position": row["position"],
                "problem": first_problem(row),
                "problems": [line for line in row["problems"].splitlines() if line.strip()],
                "file": row["file"],
                "path": row["path"],
                "sheet": row["sheet"] or None,
                "row": int(row["row"]),
            }
            for row in digest.needs_info.to_dict("records")
        ],
        # The clients read with nothing to send and no row to fix (ot88 F3).
        "nothing_due": list(digest.idle),
    }


def _item(record: Mapping[str, Any], with_drafts: bool) -> dict[str, Any]:
    values = {
        **record,
        "days_late": int(record["days_late"]),
        "due": pd.Timestamp(record["due"]).date().isoformat(),
        "recipients": [
            {"name": name or None, "email": email or None} for name, email in addressed(record)
        ],
        "compose": compose_link(record, with_body=with_drafts),
        "draft": record["draft"] if with_drafts else "",
        "row": int(record["row"]),
        "sheet": record["sheet"] or None,
    }
    return {key: values[key] for key in ITEM_KEYS}
