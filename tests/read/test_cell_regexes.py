"""The sweep that names a regular expression backtracking for ever on a cell's text.

The corpus test counts rows instead of timing its reads (fx207, STYLE: no timing assertions),
so a pattern that backtracks for ever on one cell is no longer seen there. ``cell_regexes``
feeds patterns the shapes that make such a pattern run for ever (long runs of spaces, digits
and punctuation, its own words in turn, 10,000 characters) in a child process, killed when a
match has not ended within its limit, and names the pattern and the cell: no time figure is
asserted. Shown here on a planted pattern. The package's own patterns are swept by
``tests/test_package_regexes.py``, timed as the package applies each (searched, or matched
from a cell's start), on the text it applies them to (``cell_regexes.COLLAPSED``).
"""

from __future__ import annotations

from cell_regexes import CELL_CHARACTERS, METHODS, RUNS, sweep

PLANTED_STALL_SECONDS = 2.0  # a planted pattern never ends: any limit names it; each of its
# four stalls waits this long (5 s made the test 20 s of waiting)


def test_a_pattern_that_backtracks_for_ever_is_named_with_its_cell() -> None:
    """``(?:1+)+x`` tries every way of cutting a run of 1s before failing: on a run of them
    it never ends, on every other shape it fails at once."""
    ended, stalls = sweep(PLANTED_STALL_SECONDS, extra=(r"(?:1+)+x",), package=False)
    assert [(s.method, s.shape) for s in stalls] == [
        ("match", f"{CELL_CHARACTERS:,} of '1'"),
        ("fullmatch", f"{CELL_CHARACTERS:,} of '1'"),
        ("match", f"'1' * {CELL_CHARACTERS:,} + '!'"),
        ("fullmatch", f"'1' * {CELL_CHARACTERS:,} + '!'"),
    ]
    assert ended == 2 * len(RUNS) * len(METHODS) - len(stalls)  # a run, and it ended in '!'
    assert str(stalls[0]) == (
        "planted '(?:1+)+x' ('(?:1+)+x').match on 10,000 of '1' did not end: it backtracks "
        "for ever on such a cell"
    )
