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

from followup_batch.read.names import without_company


def positions_without_company(positions: np.ndarray, companies: np.ndarray) -> np.ndarray:
    """Each row's position without a trailing separator and the row's own company."""
    return np.array(
        [
            without_company(p, c) if isinstance(p, str) and isinstance(c, str) else p
            for p, c in zip(positions.tolist(), companies.tolist(), strict=True)
        ],
        dtype=object,
    )
