"""Normalise: raw cells into the typed frame (fields, vocabularies, dates, timelines, countries).

    normalise_rows(raw, options) -> DataFrame     # exactly NORMALISED_COLUMNS, indexed by row
    date_orders(raw, options) -> {field: DateOrder}   # how each date column was read (check)

Names are loaded on first use: the rule table imports the vocabularies when the config loads,
which must not pull in pandas.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# public name -> module of this package that defines it
_EXPORTS = {
    "normalise_rows": "frame",
    "date_orders": "frame",
    "DATE_FIELDS": "frame",
    "STAGES": "frame",
    "NORMALISED_COLUMNS": "columns",
}

__all__ = ["DATE_FIELDS", "NORMALISED_COLUMNS", "STAGES", "date_orders", "normalise_rows"]

if TYPE_CHECKING:
    from followup_batch.normalise.columns import NORMALISED_COLUMNS
    from followup_batch.normalise.frame import DATE_FIELDS, STAGES, date_orders, normalise_rows


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
