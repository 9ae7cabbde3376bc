"""A position as the drafts name it: without the company a row title repeats after it.

Notion and Airtable keep a row's title in a Name column ("Data Analyst @ Initech") beside a
Company column; mapped as the Position, the drafts would say "the Data Analyst @ Initech role
at Initech". The suffix goes only when it is the row's own company (compared as
``read.names.name_key`` compares companies), or after "@" or "at" that company shortened
("Marketing Analyst @ Vandelay" at Vandelay Industries), so "Head of Sales - EMEA" keeps its
region.
"""

from __future__ import annotations

import numpy as np

from followup_batch.normalise.cells import each_distinct
from followup_batch.read.names import without_company


def positions_without_company(positions: np.ndarray, companies: np.ndarray) -> np.ndarray:
    """Each row's position without a trailing separator and the row's own company (once per
    distinct pair: a tracker repeats its titles and companies)."""
    return np.array(
        each_distinct(_without_company, positions.tolist(), companies.tolist()), dtype=object
    )


def _without_company(position: object, company: object) -> object:
    if isinstance(position, str) and isinstance(company, str):
        return without_company(position, company)
    return position
