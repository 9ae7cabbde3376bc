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


# In Britain and Ireland "Labour Day" and "May Day" are the early May bank holiday, the first
# Monday of May (the package's "May Day", Ireland's "May Bank Holiday"). 1 May 2027 is a
# Saturday: the bank holiday is Mon 2027-05-03 → Tue 05-04 → 1 bd: Wed 05-05 (fx214: "after the
# Labour Day weekend" read Mon 2028-05-01, the next 1 May that is a holiday, and said it was
# more than six months on). 2026's is Mon 05-04 (1 May a Friday, no holiday there), 2028's Mon
# 05-01. Elsewhere Labour Day stays the holiday of that name: the US's and Ontario's first
# Monday of September (Mon 2027-09-06), Victoria's second Monday of March (Mon 2027-03-08), New
# Zealand's fourth Monday of October (Mon 2027-10-25), Germany's 1 May (Sat 2027-05-01, its
# weekend to Sun 05-02 → Mon 05-03).
@pytest.mark.parametrize(
    ("location", "interview", "said", "due", "read_as"),
    [
        (
            "London, UK",
            "2027-04-20",
            "after the Labour Day weekend",
            "2027-05-05",
            "Tue 2027-05-04",
        ),
        ("London, UK", "2027-04-20", "after the Labor Day weekend", "2027-05-05", "Tue 2027-05-04"),
        ("London, UK", "2027-04-20", "after Labour Day", "2027-05-05", "Tue 2027-05-04"),
        ("London, UK", "2027-04-20", "after the May Day weekend", "2027-05-05", "Tue 2027-05-04"),
        (
            "London, UK",
            "2027-04-20",
            "after the bank holiday weekend",
            "2027-05-05",
            "Tue 2027-05-04",
        ),
        ("Dublin", "2027-04-20", "after the May Day weekend", "2027-05-05", "Tue 2027-05-04"),
        ("Dublin", "2027-04-20", "after the Labour Day weekend", "2027-05-05", "Tue 2027-05-04"),
        ("London, UK", "2026-04-20", "after Labour Day", "2026-05-06", "Tue 2026-05-05"),
        (
            "London, UK",
            "2028-04-20",
            "after the Labour Day weekend",
            "2028-05-03",
            "Tue 2028-05-02",
        ),
        # Not Britain's: the holiday named Labour Day, as before.
        ("US", "2027-04-20", "after the Labour Day weekend", "2027-09-08", "Tue 2027-09-07"),
        (
            "Toronto, ON",
            "2027-08-20",
            "after the Labour Day weekend",
            "2027-09-08",
            "Tue 2027-09-07",
        ),
        (
            "Melbourne, VIC",
            "2027-02-20",
            "after the Labour Day weekend",
            "2027-03-10",
            "Tue 2027-03-09",
        ),
        ("Auckland", "2027-10-01", "after Labour Day", "2027-10-27", "Tue 2027-10-26"),
        ("Berlin", "2027-04-20", "after the Labour Day weekend", "2027-05-04", "Mon 2027-05-03"),
    ],
)
def test_labour_day_in_britain_is_the_early_may_bank_holiday(
    tmp_path: Path, location: str, interview: str, said: str, due: str, read_as: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert (row["1st check-in due"], row["Problems"]) == (due, "")
    assert f'1 bd after the stated decision "{said}", read as {read_as} (never' in row["Why"]


US_EASTER = "(Easter Sunday 03-28: Easter is no holiday on the US calendar)"
TX_EASTER = "(Good Friday 03-26 is the only Easter holiday on the US-TX calendar)"
CT_EASTER = "(Good Friday 03-26 is the only Easter holiday on the US-CT calendar)"


# Easter is no US federal holiday, nor Mexican one, but a weekend everyone knows: "after Easter"
# there is after Easter Sunday (2027-03-28, 2028-04-16), the Monday, and the Why says so (fx214:
# it was a row problem, "names Good Friday ..., which is not a day off on the US calendar").
# "Before Easter" is the Friday before it. Where the calendar keeps Good Friday (Ontario) or
# Easter Monday (England), as before, with no such note; a US state that keeps Good Friday
# (Connecticut, Texas) reads it as elsewhere, and the Why says Good Friday is its only Easter
# holiday (ot104 F12: it said nothing, where Colorado's says Easter is none).
@pytest.mark.parametrize(
    ("location", "interview", "said", "due", "read_as"),
    [
        (
            "US",
            "2027-03-10",
            "after the Easter weekend",
            "2027-03-30",
            f"Mon 2027-03-29 {US_EASTER}",
        ),
        ("US", "2027-03-10", "after Easter", "2027-03-30", f"Mon 2027-03-29 {US_EASTER}"),
        ("US", "2027-03-10", "before Easter", "2027-03-30", f"Fri 2027-03-26 {US_EASTER}"),
        (
            "US",
            "2028-03-20",
            "after Easter",
            "2028-04-18",
            "Mon 2028-04-17 (Easter Sunday 04-16: Easter is no holiday on the US calendar)",
        ),
        (
            "Mexico City",
            "2027-03-10",
            "después de Semana Santa",
            "2027-03-30",
            "Mon 2027-03-29 (Easter Sunday 03-28: Easter is no holiday on the MX calendar)",
        ),
        ("Hartford, CT", "2027-03-10", "after Easter", "2027-03-30", f"Mon 2027-03-29 {CT_EASTER}"),
        ("Austin, TX", "2027-03-17", "after Easter", "2027-03-30", f"Mon 2027-03-29 {TX_EASTER}"),
        (
            "Austin, TX",
            "2027-03-17",
            "after the Easter weekend",
            "2027-03-30",
            f"Mon 2027-03-29 {TX_EASTER}",
        ),
        ("Austin, TX", "2027-03-17", "before Easter", "2027-03-30", f"Thu 2027-03-25 {TX_EASTER}"),
        (
            "Denver, CO",
            "2027-03-17",
            "after Easter",
            "2027-03-30",
            "Mon 2027-03-29 (Easter Sunday 03-28: Easter is no holiday on the US-CO calendar)",
        ),
        ("Austin, TX", "2027-03-17", "after Good Friday", "2027-03-30", "Mon 2027-03-29"),
        ("Toronto, ON", "2027-03-10", "after the Easter weekend", "2027-03-30", "Mon 2027-03-29"),
        ("London, UK", "2027-03-10", "after the Easter weekend", "2027-03-31", "Tue 2027-03-30"),
    ],
)
def test_easter_where_it_is_no_holiday_is_after_easter_sunday(
    tmp_path: Path, location: str, interview: str, said: str, due: str, read_as: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert (row["1st check-in due"], row["Problems"]) == (due, "")
    assert f'1 bd after the stated decision "{said}", read as {read_as} (never' in row["Why"]


@pytest.mark.parametrize(
    ("location", "interview", "said", "problem"),
    [
        # Said after it: the Easter that passed, not next year's.
        (
            "US",
            "2027-04-05",
            "after Easter",
            '"after Easter" names Easter Sunday (Sun 2027-03-28), which was before the'
            " interview: write the date they gave",
        ),
        # Good Friday alone is a day named, not a weekend: still not a US day off.
        (
            "US",
            "2027-03-10",
            "after Good Friday",
            '"after Good Friday" names Good Friday (Fri 2027-03-26), which is not a day off on'
            " the US calendar: write the date they gave",
        ),
        # Where Easter is no weekend anyone keeps, still a row problem.
        (
            "Riyadh",
            "2027-03-10",
            "after Easter",
            '"after Easter" names a holiday that is not a day off on the SA calendar: write the'
            " date they gave",
        ),
    ],
)
def test_easter_not_read_after_easter_sunday(
    tmp_path: Path, location: str, interview: str, said: str, problem: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert row["Problems"] == f'row 2, column "Decision Date": {problem}'
    assert "Easter Sunday" not in row["Why"]
