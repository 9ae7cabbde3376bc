"""How tall a row the tool writes is made (``row_heights``): lines counted as a wrapped cell
shows them, and a row's own height never lowered."""

from __future__ import annotations

import pytest

from followup_batch.write.xlsx.row_heights import (
    RowSizes,
    ToolHeights,
    grown,
    resized,
    row_heights,
    shown_lines,
)


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("", 60, 1),
        ("Application check-in: 7 bd after applying", 60, 1),
        ("a" * 60, 60, 1),  # exactly the width
        ("a" * 61, 60, 2),  # a word longer than a line fills the next
        ("a" * 130, 60, 3),
        ("Needs info: nothing is due or drafted from this row until it is fixed", 40, 2),
        ("word " * 30, 40, 4),  # four lines at most: the rest is clipped in the row
        ("B8: Role name is empty\nF8: no interview date", 40, 2),
        ("one\n\nthree", 40, 3),  # an empty line is a line
        ("1\n2\n3\n4\n5\n6", 40, 4),
    ],
)
def test_shown_lines(text, width, lines):
    assert shown_lines(text, width) == lines


def test_shown_lines_stops_at_most():
    assert [shown_lines("1\n2\n3", 40, most) for most in (1, 2, 3, 4)] == [1, 2, 3, 3]


SIZES = RowSizes(line=15, widths={"why": 60, "problems": 40, "draft": 60})


@pytest.mark.parametrize(
    ("why", "problems", "draft", "height"),
    [
        ("one", "", "", None),
        ("one\ntwo", "", "", 30),
        ("one", "a\nb\nc", "", 45),
        ("one\ntwo\nthree", "", "", 30),  # two lines of a Why
        ("one", "1\n2\n3\n4\n5", "", 60),  # four of Problems
        ("one", "", "Hello,\n\nThanks", 15),  # the draft only clips
        ("x" * 200, "", "Hello,\n\nThanks", 30),
    ],
)
def test_row_heights(why, problems, draft, height):
    columns = {"why": [why], "problems": [problems], "draft": [draft]}
    assert row_heights(columns, SIZES) == [height]


def test_a_hidden_column_grows_no_row():
    columns = {"why": ["one\ntwo\nthree"], "problems": [""], "draft": [""]}
    sizes = RowSizes(line=15, widths={"why": 0, "problems": 40, "draft": 60})
    assert row_heights(columns, sizes) == [None]


@pytest.mark.parametrize(
    ("attributes", "needed", "after"),
    [
        (b' r="3"', 30, b' r="3" ht="30" customHeight="1"'),
        (b' r="3" spans="1:9"', 45, b' r="3" spans="1:9" ht="45" customHeight="1"'),
        (b' r="3" ht="20" customHeight="1"', 45, b' r="3" ht="45" customHeight="1"'),
        (b' r="3" ht="15.75"', 30, b' r="3" ht="30" customHeight="1"'),
        (b' r="3" ht="80" customHeight="1"', 45, b' r="3" ht="80" customHeight="1"'),
        (b' r="3" ht="30"', 30, b' r="3" ht="30"'),
        # A hidden row stays hidden, however its height says it.
        (b' r="3" hidden="1"', 30, b' r="3" hidden="1"'),
        (b' r="3" ht="0" customHeight="1"', 30, b' r="3" ht="0" customHeight="1"'),
        # A row of the tool's own (no attributes yet), a row ending in a space, a height in
        # halves, a row shown (hidden="0") and one with a flag but no height.
        (b"", 30, b' ht="30" customHeight="1"'),
        (b' r="3" ', 30, b' r="3" ht="30" customHeight="1"'),
        (
            b' r="3" spans="1:9" x14ac:dyDescent="0.25"',
            22.5,
            b' r="3" spans="1:9" x14ac:dyDescent="0.25" ht="22.5" customHeight="1"',
        ),
        (b' r="3" hidden="0"', 30, b' r="3" hidden="0" ht="30" customHeight="1"'),
        (b' r="3" customHeight="1"', 30, b' r="3" customHeight="1" ht="30"'),
    ],
)
def test_grown(attributes, needed, after):
    assert grown(attributes, needed) == after


LAST = ToolHeights({3: ("acme", 60.0), 4: ("globex", 30.0), 9: ("acme", 45.0)})


@pytest.mark.parametrize(
    ("row", "key", "height", "owned"),
    [
        (3, "acme", 60, True),  # the height the tool left on the row
        (3, "acme", 59.95, True),  # ... as LibreOffice saves it (hundredths of a millimetre)
        (3, "acme", 59.5, False),  # set by the person
        (4, "acme", 60, True),  # Acme's row sorted up, its height moved with it
        (4, "acme", 45, True),  # ... Acme's other row (two rounds)
        (4, "globex", 45, False),  # the person's 45 moved under Globex's row
        (5, "acme", 60, False),  # a row the tool left no height on
    ],
)
def test_tool_heights_own(row, key, height, owned):
    assert LAST.owns(row, key, height) is owned


def test_tool_heights_json_round_trip():
    assert LAST.to_json() == {"60": "3:acme", "30": "4:globex", "45": "9:acme"}
    assert ToolHeights.from_json(LAST.to_json()) == LAST
    for damaged in ([], {"x": "3:acme"}, {"60": 3}, {"0": "3:acme"}, {"60": "three:acme"}):
        with pytest.raises(ValueError):
            ToolHeights.from_json(damaged)


@pytest.mark.parametrize(
    ("attributes", "needed", "owned", "after", "left"),
    [
        # The tool's row: set again, shorter or taller, its height taken away when none is asked.
        (b' r="3" ht="60" customHeight="1"', 30, True, b' r="3" ht="30" customHeight="1"', 30),
        (b' r="3" ht="30" customHeight="1"', 60, True, b' r="3" ht="60" customHeight="1"', 60),
        (b' r="3" ht="60" customHeight="1"', None, True, b' r="3"', None),
        (b' r="3" ht="30" customHeight="1"', 30, True, b' r="3" ht="30" customHeight="1"', 30),
        # ... as LibreOffice saves it: customHeight="true", every attribute spelled.
        (
            b' r="3" customFormat="false" ht="60" hidden="false" customHeight="true"',
            30,
            True,
            b' r="3" customFormat="false" ht="30" hidden="false" customHeight="1"',
            30,
        ),
        # Not the tool's: only raised, and the height is the tool's once raised.
        (b' r="3" ht="60" customHeight="1"', 30, False, b' r="3" ht="60" customHeight="1"', None),
        (b' r="3" ht="20" customHeight="1"', 45, False, b' r="3" ht="45" customHeight="1"', 45),
        (b' r="3"', 30, False, b' r="3" ht="30" customHeight="1"', 30),
        (b' r="3" ht="60" customHeight="1"', None, False, b' r="3" ht="60" customHeight="1"', None),
        # A height without customHeight is the program's own (LibreOffice writes one on every
        # row): never the tool's.
        (b' r="3" ht="60"', 30, True, b' r="3" ht="60"', None),
        # A hidden row is left as it is; its height still the tool's when it was.
        (
            b' r="3" ht="60" customHeight="1" hidden="1"',
            30,
            True,
            b' r="3" ht="60" customHeight="1" hidden="1"',
            60,
        ),
        (
            b' r="3" ht="60" customHeight="1" hidden="1"',
            30,
            False,
            b' r="3" ht="60" customHeight="1" hidden="1"',
            None,
        ),
    ],
)
def test_resized(attributes, needed, owned, after, left):
    assert resized(attributes, needed, lambda height: owned) == (after, left)
