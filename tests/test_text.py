"""The pieces of English that many messages share."""

from __future__ import annotations

import pytest

from followup_batch.text import display_width, first_and_more, first_columns, last_columns

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


@pytest.mark.parametrize(
    ("text", "columns", "kept"),
    [
        ("t.xlsx: writing 41%", 19, "t.xlsx: writing 41%"),
        ("t.xlsx: writing 41%", 18, "…xlsx: writing 41%"),
        ("t.xlsx: writing 41%", 4, "…41%"),
        # A wide letter takes two columns: the line stays inside the terminal.
        ("面接記録.xlsx: writing 41%", 26, "面接記録.xlsx: writing 41%"),
        ("面接記録.xlsx: writing 41%", 25, "…接記録.xlsx: writing 41%"),
        ("面接記録.xlsx: writing 41%", 23, "…記録.xlsx: writing 41%"),
        ("面接記録.xlsx: writing 41%", 22, "…録.xlsx: writing 41%"),  # no half of a letter
    ],
)
def test_last_columns_keeps_the_end_of_a_line_in_the_terminal(
    text: str, columns: int, kept: str
) -> None:
    assert last_columns(text, columns) == kept
    assert display_width(kept) <= columns


@pytest.mark.parametrize(
    ("text", "columns", "kept"),
    [
        ("Pfizer", 6, "Pfizer"),
        ("Pfizer", 5, "Pfiz…"),
        ("Pfizer", 1, "…"),
        # A wide letter takes two columns: a table's cell stays inside its column.
        ("ソニー", 6, "ソニー"),
        ("ソニー", 5, "ソニ…"),
        ("ソニー", 4, "ソ…"),  # no half of a letter
        ("楽天 – エンジニア", 12, "楽天 – エン…"),
    ],
)
def test_first_columns_keeps_the_start_of_a_cell_in_its_column(
    text: str, columns: int, kept: str
) -> None:
    assert first_columns(text, columns) == kept
    assert display_width(kept) <= columns
