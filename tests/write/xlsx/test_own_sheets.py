"""The Drafts sheet's row heights: each line of a draft wraps at DRAFT_WIDTH characters."""

from __future__ import annotations

import pytest

from followup_batch.write.xlsx.own_sheets import DRAFT_WIDTH, _heights

W = DRAFT_WIDTH


@pytest.mark.parametrize(
    ("draft", "points"),
    [
        ("", 15),  # an empty draft still gets a line
        ("Hi", 15),
        ("x" * W, 15),
        ("x" * (W + 1), 30),  # one character over wraps
        ("Hi\n\nThanks", 45),  # an empty line between paragraphs counts
        ("Hi\n", 30),
        ("x" * (3 * W) + "\nBest,\nDana", 75),
        ("\n" * 60, 600),  # capped at 40 lines
    ],
)
def test_row_height_per_draft(draft: str, points: int) -> None:
    assert _heights([draft]) == [points]


def test_heights_of_many_drafts_are_each_drafts_own() -> None:
    drafts = ["Hi", "", "x" * (W + 1), "a\nb\nc", "Hi"]
    assert _heights(drafts) == [_heights([d])[0] for d in drafts] == [15, 15, 30, 45, 15]
    assert _heights([]) == []
