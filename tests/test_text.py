"""The pieces of English that many messages share."""

from __future__ import annotations

import pytest

from followup_batch.text import first_and_more

NAMES = [f"t{n}.xlsx" for n in range(1, 101)]


@pytest.mark.parametrize(
    ("items", "shown", "joiner", "said"),
    [
        ([], 5, ", ", ""),
        (NAMES[:1], 5, ", ", "t1.xlsx"),
        (NAMES[:5], 5, ", ", "t1.xlsx, t2.xlsx, t3.xlsx, t4.xlsx, t5.xlsx"),
        (NAMES[:6], 5, ", ", "t1.xlsx, t2.xlsx, t3.xlsx, t4.xlsx, t5.xlsx and 1 more"),
        (NAMES, 5, ", ", "t1.xlsx, t2.xlsx, t3.xlsx, t4.xlsx, t5.xlsx and 95 more"),
        (NAMES[:3], 3, ", ", "t1.xlsx, t2.xlsx, t3.xlsx"),
        (NAMES[:4], 3, ", ", "t1.xlsx, t2.xlsx, t3.xlsx and 1 more"),
        (NAMES[:6], 2, "; ", "t1.xlsx; t2.xlsx and 4 more"),
    ],
)
def test_first_and_more_names_a_few_and_counts_the_rest(
    items: list[str], shown: int, joiner: str, said: str
) -> None:
    assert first_and_more(items, shown, joiner) == said
