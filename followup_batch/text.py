"""Small pieces of the tool's English that many messages share.

Imports only the standard library: the CLI's reporter uses it before pandas loads.
"""

from __future__ import annotations

from collections.abc import Sequence


def first_and_more(items: Sequence[str], shown: int = 5, joiner: str = ", ") -> str:
    """The first ``shown`` items joined by ``joiner``, and how many more there are: "a.xlsx,
    b.xlsx, c.xlsx, d.xlsx, e.xlsx and 195 more". A message naming 200 files made a line of
    3,400 characters; one naming five says which to look at."""
    more = f" and {len(items) - shown} more" if len(items) > shown else ""
    return joiner.join(items[:shown]) + more
