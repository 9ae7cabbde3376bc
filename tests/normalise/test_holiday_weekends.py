"""A holiday's weekend said in a stated decision ("after the Thanksgiving weekend") ends on the
Sunday after a Thursday, Friday or Saturday holiday, as "after the long weekend" does, and on
the holiday itself when it is a Monday (ot97 F8: Thanksgiving's was read as the Friday). The
holiday alone ("after Thanksgiving") is the day after it, as before. Through ``run`` on a CSV,
the Why and the due date a person sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from trackers import run_decision_row as _run


@pytest.mark.parametrize(
    ("location", "interview", "said", "due", "read_as"),
    [
        # Thanksgiving Thu 2027-11-25: its weekend ends Sun 11-28 → Mon 11-29; 1 bd → Tue
        # 11-30. 2026's, Thu 11-26 → Mon 11-30 → Tue 12-01. The day alone: Fri 11-26 → Mon
        # 11-29 → the preferred Tue 11-30 (the due date the same, the Why's day not).
        (
            "New York",
            "2027-11-10",
            "after the Thanksgiving weekend",
            "2027-11-30",
            "Mon 2027-11-29",
        ),
        ("US", "2027-11-10", "after the Thanksgiving weekend", "2027-11-30", "Mon 2027-11-29"),
        ("US", "2027-11-10", "after Thanksgiving weekend", "2027-11-30", "Mon 2027-11-29"),
        ("US", "2026-11-12", "after the Thanksgiving weekend", "2026-12-01", "Mon 2026-11-30"),
        ("US", "2027-11-10", "after Thanksgiving", "2027-11-30", "Fri 2027-11-26"),
        ("US", "2027-11-10", "after the long weekend", "2027-11-30", "Mon 2027-11-29"),
        # Canada Day Thu 2027-07-01: its (long) weekend ends Sun 07-04 → Mon 07-05 → Tue
        # 07-06; the day alone Fri 07-02 → Mon 07-05 → Tue 07-06.
        (
            "Toronto, ON",
            "2027-06-20",
            "after the Canada Day long weekend",
            "2027-07-06",
            "Mon 2027-07-05",
        ),
        (
            "Toronto, ON",
            "2027-06-20",
            "after the Canada Day weekend",
            "2027-07-06",
            "Mon 2027-07-05",
        ),
        ("Toronto, ON", "2027-06-20", "after Canada Day", "2027-07-06", "Fri 2027-07-02"),
        # A Monday holiday's weekend ends on it: Memorial Day Mon 2027-05-31 → Tue 06-01 → Wed
        # 06-02 (it was no phrase, while "after Memorial Day" was read); Labor Day Mon 09-06
        # → Tue 09-07 → Wed 09-08; Victoria Day Mon 05-24 → Tue 05-25 → Wed 05-26; Easter
        # Monday in London, 03-29 → Tue 03-30 → Wed 03-31.
        ("US", "2027-05-14", "after Memorial Day weekend", "2027-06-02", "Tue 2027-06-01"),
        ("US", "2027-05-14", "after Memorial Day", "2027-06-02", "Tue 2027-06-01"),
        ("US", "2027-08-20", "after Labor Day weekend", "2027-09-08", "Tue 2027-09-07"),
        (
            "Toronto, ON",
            "2027-05-05",
            "after the Victoria Day long weekend",
            "2027-05-26",
            "Tue 2027-05-25",
        ),
        ("London", "2027-03-10", "after the Easter weekend", "2027-03-31", "Tue 2027-03-30"),
        # The US's Fourth of July by its date: Sun 2027-07-04, observed Mon 07-05 → Tue 07-06
        # → Wed 07-07; Sat 2026-07-04, observed Fri 07-03, its weekend to Sun 07-05 → Mon
        # 07-06 → Tue 07-07.
        ("US", "2027-06-25", "after the July 4th weekend", "2027-07-07", "Tue 2027-07-06"),
        ("US", "2027-06-25", "after the Fourth of July", "2027-07-07", "Tue 2027-07-06"),
        ("US", "2026-06-25", "after the July 4th weekend", "2026-07-07", "Mon 2026-07-06"),
        # Before the weekend: the day before it starts, as before.
        ("US", "2027-11-10", "before the Thanksgiving weekend", "2027-11-26", "Wed 2027-11-24"),
    ],
)
def test_a_holidays_weekend_ends_on_its_sunday(
    tmp_path: Path, location: str, interview: str, said: str, due: str, read_as: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert (row["1st check-in due"], row["Problems"]) == (due, "")
    assert f'1 bd after the stated decision "{said}", read as {read_as} ' in row["Why"]


def test_the_fourth_of_july_is_read_on_us_rows_only(tmp_path: Path) -> None:
    row = _run(tmp_path, "London", "2027-06-25", "after the July 4th weekend")
    assert row["Problems"] == (
        'row 2, column "Decision Date": "after the July 4th weekend" names a holiday that is '
        "not a day off on the GB-ENG calendar: write the date they gave"
    )
