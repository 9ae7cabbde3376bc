"""Normalise: raw cells into the typed frame (fields, vocabularies, dates, timelines, countries).

    normalise_rows(raw, options) -> DataFrame     # exactly NORMALISED_COLUMNS, indexed by row
    link_sheets(tables, frames) -> [DataFrame]    # one person's tracker split over sheets, linked
    one_spelling_per_client(frames) -> [DataFrame]  # "maya chen " and "Maya Chen" written alike
    same_interview_notes(frame) -> [str]          # its rows copied onto another sheet, said
    repeated_apart_notes(frame) -> [str]          # an application on a sheet not linked, said
    resolve_roles(raw) -> RawTable                # "Date" and yes/no columns decided by values
    date_orders(raw, options) -> {field: DateOrder}   # how each date column was read (check)
    date_notes(raw, options) -> [str]             # dates read by a guess; day-first on US holidays
    assumed_date_notes(raw, options) -> [str]     # those of them a run shows without -v
    country_notes(raw, options) -> [str]          # a Country column's 'CA' read as US-CA, said
    topic_notes(raws) -> [[str]]                  # a Notes column kept out of drafts, said once

Names are loaded on first use: the rule table imports the vocabularies when the config loads,
which must not pull in pandas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup_batch.lazy import lazy_exports

# public name -> module of this package that defines it
_EXPORTS = {
    "normalise_rows": "frame",
    "link_sheets": "rounds",
    "one_spelling_per_client": "clients",
    "same_interview_notes": "rounds",
    "repeated_apart_notes": "rounds",
    "resolve_roles": "roles",
    "date_orders": "day_first",
    "date_notes": "day_first",
    "assumed_date_notes": "day_first",
    "country_notes": "cell_readers",
    "topic_notes": "topics",
    "DATE_FIELDS": "day_first",
    "STAGES": "day_first",
    "NORMALISED_COLUMNS": "columns",
}

__all__ = [
    "DATE_FIELDS",
    "NORMALISED_COLUMNS",
    "STAGES",
    "assumed_date_notes",
    "country_notes",
    "date_notes",
    "date_orders",
    "link_sheets",
    "normalise_rows",
    "one_spelling_per_client",
    "repeated_apart_notes",
    "resolve_roles",
    "same_interview_notes",
    "topic_notes",
]

if TYPE_CHECKING:
    from followup_batch.normalise.cell_readers import country_notes
    from followup_batch.normalise.clients import one_spelling_per_client
    from followup_batch.normalise.columns import NORMALISED_COLUMNS
    from followup_batch.normalise.day_first import (
        DATE_FIELDS,
        STAGES,
        assumed_date_notes,
        date_notes,
        date_orders,
    )
    from followup_batch.normalise.frame import normalise_rows
    from followup_batch.normalise.roles import resolve_roles
    from followup_batch.normalise.rounds import (
        link_sheets,
        repeated_apart_notes,
        same_interview_notes,
    )
    from followup_batch.normalise.topics import topic_notes


__getattr__ = lazy_exports(__name__, _EXPORTS)
