"""Everyday wordings of a stated decision that were not read (ot102 F5, fx214's leftovers):
Whitsun by its names ("nach Pfingsten", "after Whit Monday", "après la Pentecôte"), 1 May as
German and Brazilian Portuguese say it ("nach dem Tag der Arbeit", "depois do Dia do
Trabalho"), the US's "after the Fourth", Israel's "אחרי החגים" (after the autumn holidays),
Australia's "Queen's Birthday" now that its calendar says "King's Birthday" (and back).
Each counted by hand with the ``holidays`` package; each beside the near
wordings that must stay unread, or a row problem. Through ``run`` on a CSV, as of the
interview day: the due date, the Why and the Problems a person sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from trackers import run_decision_row as _run

NOT_READ = (
    'is not a date or a timeline phrase (e.g. "Friday", "next week", "in 2 weeks",'
    ' "within 5 business days", "early January")'
)
GB_WHIT = "(Whit Monday 05-17: Whit Monday is no holiday on the GB-ENG calendar)"


@pytest.mark.parametrize(
    ("location", "interview", "said", "due", "read_as"),
    [
        # Whit Monday Mon 2027-05-17 (Easter Sun 03-28 + 50 days), a holiday in Bavaria, France,
        # the Netherlands (with Pentecost Sun 05-16) → Tue 05-18 → 1 bd: Wed 05-19.
        ("Munich", "2027-04-20", "nach Pfingsten", "2027-05-19", "Tue 2027-05-18"),
        ("Munich", "2027-04-20", "after Whitsun", "2027-05-19", "Tue 2027-05-18"),
        ("Munich", "2027-04-20", "after Whit Monday", "2027-05-19", "Tue 2027-05-18"),
        ("Munich", "2027-04-20", "nach Pfingstmontag", "2027-05-19", "Tue 2027-05-18"),  # as before
        ("Munich", "2027-04-20", "after Pentecost", "2027-05-19", "Tue 2027-05-18"),  # as before
        ("Paris", "2027-04-20", "après la Pentecôte", "2027-05-19", "Tue 2027-05-18"),
        ("Amsterdam", "2027-04-20", "na Pinksteren", "2027-05-19", "Tue 2027-05-18"),
        # Britain keeps no Whit Monday: after its date, the Tuesday, said so. In 2026 Whit
        # Monday (05-25) is the Spring bank holiday: Tue 05-26, no note → Wed 05-27.
        ("London, UK", "2027-04-20", "after Whitsun", "2027-05-19", f"Tue 2027-05-18 {GB_WHIT}"),
        (
            "London, UK",
            "2027-04-20",
            "after Whit Monday",
            "2027-05-19",
            f"Tue 2027-05-18 {GB_WHIT}",
        ),
        ("London, UK", "2026-04-20", "after Whitsun", "2026-05-27", "Tue 2026-05-26"),
        # "Before Whitsun" in Britain: by the last working day before Whit Monday's date, Fri
        # 05-14 → 1 bd Mon 05-17 → the preferred Tue 05-18 (README's holiday words, fx226 4).
        ("London, UK", "2027-03-10", "before Whitsun", "2027-05-18", f"Fri 2027-05-14 {GB_WHIT}"),
        ("Munich", "2027-03-10", "vor Pfingsten", "2027-05-18", "Fri 2027-05-14"),
        # 1 May 2027, a Saturday, to Mon 05-03 (its weekend) → 1 bd: Tue 05-04, as "nach dem
        # 1. Mai" and "depois do Dia do Trabalhador" were read.
        ("Munich", "2027-04-20", "nach dem Tag der Arbeit", "2027-05-04", "Mon 2027-05-03"),
        ("São Paulo", "2027-04-20", "depois do Dia do Trabalho", "2027-05-04", "Mon 2027-05-03"),
        ("São Paulo", "2027-04-20", "depois do Dia do Trabalhador", "2027-05-04", "Mon 2027-05-03"),
        # Sun 2027-07-04, observed Mon 07-05 → Tue 07-06 → Wed 07-07, as "after the Fourth of
        # July".
        ("US", "2027-06-28", "after the Fourth", "2027-07-07", "Tue 2027-07-06"),
        # Simchat Torah Sat 2027-10-23, the autumn holidays' last → Sun 10-24 (a Sun–Thu week)
        # → 1 bd Mon 10-25 → the preferred Tue 10-26.
        ("Tel Aviv", "2027-09-20", "אחרי החגים", "2027-10-26", "Sun 2027-10-24"),
        # NSW's King's Birthday Mon 2027-06-14 → Tue 06-15 → Wed 06-16; its Queen's Birthday
        # Mon 2022-06-13 → Tue 06-14 → Wed 06-15; New Zealand's Mon 2027-06-07 → Wed 06-09.
        (
            "Sydney, NSW",
            "2027-05-20",
            "after the Queen's Birthday weekend",
            "2027-06-16",
            "Tue 2027-06-15",
        ),
        (
            "Sydney, NSW",
            "2027-05-20",
            "after the King's Birthday weekend",
            "2027-06-16",
            "Tue 2027-06-15",
        ),
        (
            "Sydney, NSW",
            "2022-05-20",
            "after the King's Birthday weekend",
            "2022-06-15",
            "Tue 2022-06-14",
        ),
        ("Auckland", "2027-05-20", "after Queen's Birthday", "2027-06-09", "Tue 2027-06-08"),
    ],
)
def test_a_wording_is_read(
    tmp_path: Path, location: str, interview: str, said: str, due: str, read_as: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert (row["1st check-in due"], row["Problems"]) == (due, "")
    assert f'1 bd after the stated decision "{said}", read as {read_as} (never' in row["Why"]


@pytest.mark.parametrize(
    ("location", "interview", "said", "problem"),
    [
        # "The Fourth" in January: more likely the 4th of a month.
        (
            "US",
            "2027-01-20",
            "after the Fourth",
            '"after the Fourth" names Independence Day (Sun 2027-07-04), which is more than six'
            " weeks after the interview: write the date they gave",
        ),
        # Not a US row; a day of the month; an ordinal of something else.
        ("London, UK", "2027-06-28", "after the Fourth", f'"after the Fourth" {NOT_READ}'),
        ("US", "2027-06-28", "after the 4th", f'"after the 4th" {NOT_READ}'),
        ("US", "2027-06-28", "after the fourth round", f'"after the fourth round" {NOT_READ}'),
        # Before Pesach, or after Simchat Torah: not the autumn holidays ahead.
        (
            "Tel Aviv",
            "2027-03-10",
            "אחרי החגים",
            '"אחרי החגים" names Simchat Torah / Shemini Atzeret (Sat 2027-10-23), which is more'
            " than three months after the interview: write the date they gave",
        ),
        (
            "Tel Aviv",
            "2027-11-10",
            "אחרי החגים",
            '"אחרי החגים" names Simchat Torah / Shemini Atzeret (Sat 2027-10-23), which was'
            " before the interview: write the date they gave",
        ),
        # Bavaria's Whitsun school holidays are no public holiday.
        ("Munich", "2027-04-20", "nach den Pfingstferien", f'"nach den Pfingstferien" {NOT_READ}'),
        # Whitsun's school holidays: no public holiday, not Whit Monday.
        (
            "London, UK",
            "2027-04-20",
            "after the Whitsun half term",
            '"after the Whitsun half term" names a holiday that is not a day off on the GB-ENG'
            " calendar: write the date they gave",
        ),
        (
            "London, UK",
            "2027-04-20",
            "before the Whitsun holidays",
            '"before the Whitsun holidays" names a holiday that is not a day off on the GB-ENG'
            " calendar: write the date they gave",
        ),
        (
            "London, UK",
            "2027-04-20",
            "after the Whitsun holidays",
            '"after the Whitsun holidays" names a holiday that is not a day off on the GB-ENG'
            " calendar: write the date they gave",
        ),
        # Where Whit Monday is no holiday and no weekend anyone keeps: a row problem, naming no
        # neighbour (Northern Ireland has none either).
        (
            "US",
            "2027-04-20",
            "after Whitsun",
            '"after Whitsun" names a holiday that is not a day off on the US calendar: write the'
            " date they gave",
        ),
        (
            "Dublin",
            "2027-04-20",
            "after Whitsun",
            '"after Whitsun" names a holiday that is not a day off on the IE calendar: write the'
            " date they gave",
        ),
        # 1 May is no US holiday.
        (
            "US",
            "2027-04-20",
            "nach dem Tag der Arbeit",
            '"nach dem Tag der Arbeit" names a holiday that is not a day off on the US calendar:'
            " write the date they gave",
        ),
    ],
)
def test_a_near_wording_is_a_row_problem(
    tmp_path: Path, location: str, interview: str, said: str, problem: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert row["Problems"] == f'row 2, column "Decision Date": {problem}'
    assert "stated decision" not in row["Why"]


IL_AUTUMN = "(the autumn holidays, Rosh Hashanah to Simchat Torah, as said in Israel)"
IL_SUKKOT = "(the end of Sukkot's week, Simchat Torah, as kept in Israel)"
SCHOOL_EASTER = (
    "(Easter's bank holidays: the school Easter holidays, about two weeks, are on no calendar,"
    " so this is approximate)"
)


@pytest.mark.parametrize(
    ("location", "interview", "said", "due", "read_as"),
    [
        # Israeli English "after the holidays" outside November and December: the autumn
        # holidays, as "אחרי החגים" is read (fx226 1; it was "read only after an interview in
        # November or December"). Simchat Torah Sat 2027-10-23 → Sun 10-24 (a Sun–Thu week)
        # → 1 bd Mon 10-25 → the preferred Tue 10-26; from late July (three months ahead).
        (
            "Tel Aviv",
            "2027-09-20",
            "after the holidays",
            "2027-10-26",
            f"Sun 2027-10-24 {IL_AUTUMN}",
        ),
        (
            "Tel Aviv",
            "2027-08-10",
            "after the holidays",
            "2027-10-26",
            f"Sun 2027-10-24 {IL_AUTUMN}",
        ),
        ("Tel Aviv", "2027-09-20", "after holidays", "2027-10-26", f"Sun 2027-10-24 {IL_AUTUMN}"),
        (
            "Tel Aviv",
            "2027-09-20",
            "They'll get back after the holidays",
            "2027-10-26",
            f"Sun 2027-10-24 {IL_AUTUMN}",
        ),
        (
            "Tel Aviv",
            "2027-09-20",
            "HR: after the holidays",
            "2027-10-26",
            f"Sun 2027-10-24 {IL_AUTUMN}",
        ),
        # Their Hebrew name in English letters; the Hebrew as before (no aside: it says so).
        ("Tel Aviv", "2027-09-20", "after the chagim", "2027-10-26", "Sun 2027-10-24"),
        ("Tel Aviv", "2027-09-20", "אחרי החגים", "2027-10-26", "Sun 2027-10-24"),
        # "The High Holidays" in Israel are the same (fx244: not read), said so, as elsewhere
        # they are Rosh Hashanah and Yom Kippur alone.
        (
            "Tel Aviv",
            "2027-09-20",
            "after the High Holidays",
            "2027-10-26",
            f"Sun 2027-10-24 {IL_AUTUMN}",
        ),
        (
            "Tel Aviv",
            "2027-09-20",
            "after the high holy days",
            "2027-10-26",
            f"Sun 2027-10-24 {IL_AUTUMN}",
        ),
        # In December, early January in Israel too, as before.
        ("Tel Aviv", "2027-12-10", "after the holidays", "2028-01-11", "Mon 2028-01-10"),
        # Sukkot is a week: its first day Sat 10-16, Chol HaMoed, then Simchat Torah Sat 10-23;
        # after it Sun 10-24 → 1 bd Mon 10-25 → the preferred Tue 10-26 (fx244: it was the day
        # after the first day, Sun 10-17), also asked in the middle of the week. Before it:
        # Thu 10-14, the last working day of a Sun–Thu week → Sun 10-17 → Tue 10-19.
        ("Tel Aviv", "2027-09-20", "after Sukkot", "2027-10-26", f"Sun 2027-10-24 {IL_SUKKOT}"),
        ("Tel Aviv", "2027-10-18", "after Sukkot", "2027-10-26", f"Sun 2027-10-24 {IL_SUKKOT}"),
        ("Tel Aviv", "2027-09-20", "after Sukkos", "2027-10-26", f"Sun 2027-10-24 {IL_SUKKOT}"),
        ("Tel Aviv", "2027-09-20", "before Sukkot", "2027-10-19", "Thu 2027-10-14"),
        # Rosh Hashanah Sat 10-02 and Sun 10-03 → Mon 10-04 → Tue 10-05; Yom Kippur Mon 10-11
        # → Tue 10-12 → Wed 10-13: each by its own days, as before.
        ("Tel Aviv", "2027-09-20", "after Rosh Hashanah", "2027-10-05", "Mon 2027-10-04"),
        ("Tel Aviv", "2027-09-20", "after Yom Kippur", "2027-10-13", "Tue 2027-10-12"),
        # British "Easter holidays" are the schools', on no calendar: Easter's bank holidays
        # (Easter Monday 2027-03-29 → Tue 03-30 → 1 bd Wed 03-31; "before": Thu 03-25, the last
        # working day before Good Friday), said to be approximate (fx226 2). Ireland's alike.
        (
            "London, UK",
            "2027-03-10",
            "after the Easter holidays",
            "2027-03-31",
            f"Tue 2027-03-30 {SCHOOL_EASTER}",
        ),
        (
            "London, UK",
            "2027-03-10",
            "after the Easter hols",
            "2027-03-31",
            f"Tue 2027-03-30 {SCHOOL_EASTER}",
        ),
        (
            "London, UK",
            "2027-03-10",
            "before the Easter holidays",
            "2027-03-30",
            f"Thu 2027-03-25 {SCHOOL_EASTER}",
        ),
        (
            "Dublin",
            "2027-03-10",
            "after the Easter holidays",
            "2027-03-31",
            f"Tue 2027-03-30 {SCHOOL_EASTER}",
        ),
        # Easter itself, its weekend: the bank holidays, no aside, as before; elsewhere the
        # words are the holiday's.
        ("London, UK", "2027-03-10", "after Easter", "2027-03-31", "Tue 2027-03-30"),
        ("London, UK", "2027-03-10", "after the Easter weekend", "2027-03-31", "Tue 2027-03-30"),
        ("Munich", "2027-03-10", "after the Easter holidays", "2027-03-31", "Tue 2027-03-30"),
    ],
)
def test_holidays_a_country_means_by_its_own_words(
    tmp_path: Path, location: str, interview: str, said: str, due: str, read_as: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert (row["1st check-in due"], row["Problems"]) == (due, "")
    assert f'1 bd after the stated decision "{said}", read as {read_as} (never' in row["Why"]


OUT_OF_SEASON = (
    "is read only after an interview in November or December (as early January, the 10th):"
    ' write the date or month they gave, or the holiday ("after Labour Day")'
)


@pytest.mark.parametrize(
    ("location", "interview", "said", "problem"),
    [
        # Elsewhere "after the holidays" in September names no holidays the tool knows, as
        # before; in Israel the Christmas holidays are not the autumn ones.
        ("London, UK", "2027-09-20", "after the holidays", f'"after the holidays" {OUT_OF_SEASON}'),
        ("US", "2027-09-20", "after the holidays", f'"after the holidays" {OUT_OF_SEASON}'),
        (
            "Tel Aviv",
            "2027-09-20",
            "after the Christmas holidays",
            f'"after the Christmas holidays" {OUT_OF_SEASON}',
        ),
        # In Israel before the season (March: Pesach's holidays are next) or after Simchat
        # Torah: as the Hebrew is.
        (
            "Tel Aviv",
            "2027-03-10",
            "after the holidays",
            '"after the holidays" names Simchat Torah / Shemini Atzeret (Sat 2027-10-23), which'
            " is more than three months after the interview: write the date they gave",
        ),
        (
            "Tel Aviv",
            "2027-10-26",
            "after the holidays",
            '"after the holidays" names Simchat Torah / Shemini Atzeret (Sat 2027-10-23), which'
            " was before the interview: write the date they gave",
        ),
        # The chagim are no holidays of a US row.
        (
            "US",
            "2027-09-20",
            "after the chagim",
            '"after the chagim" names a holiday that is not a day off on the US calendar: write'
            " the date they gave",
        ),
        # Nor are the High Holidays, nor Sukkot (fx244); in March in Israel, as the Hebrew is.
        (
            "US",
            "2027-09-20",
            "after the High Holidays",
            '"after the High Holidays" names a holiday that is not a day off on the US calendar:'
            " write the date they gave",
        ),
        (
            "US",
            "2027-09-20",
            "after Sukkot",
            '"after Sukkot" names a holiday that is not a day off on the US calendar: write the'
            " date they gave",
        ),
        (
            "Tel Aviv",
            "2027-03-10",
            "after the High Holidays",
            '"after the High Holidays" names Simchat Torah / Shemini Atzeret (Sat 2027-10-23),'
            " which is more than three months after the interview: write the date they gave",
        ),
    ],
)
def test_near_holidays_wordings_stay_row_problems(
    tmp_path: Path, location: str, interview: str, said: str, problem: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert row["Problems"] == f'row 2, column "Decision Date": {problem}'
    assert "stated decision" not in row["Why"]
