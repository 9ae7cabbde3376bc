"""The day tables agree with numpy.busday_offset, the definition DESIGN gives."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_batch.schedule.business_days import (
    Calendars,
    DayTable,
    build_calendar,
    calendar_summary,
    catholic_day_worked,
    holidays_between,
)
from followup_batch.schedule.why import skipped_words

KEYS = ["US", "GB-SCT", "DE-BY", "IL", "AE", "XX"]  # XX: unknown, weekends only
CALENDARS = Calendars(range(2023, 2031))
TABLE = DayTable(
    CALENDARS, KEYS, dt.date(2023, 1, 1), dt.date(2030, 12, 31), preferred=frozenset({1, 2})
)


def reference(day: dt.date, n: int, key: str, roll: str) -> dt.date:
    """numpy's own count over the calendar's weekly weekend (these years have one weekend)."""
    calendar = CALENDARS.get(key)
    weekmask = [0 if day in calendar.weekend else 1 for day in range(7)]
    cal = np.busdaycalendar(weekmask=weekmask, holidays=sorted(calendar.holiday_names))
    return np.busday_offset(np.datetime64(day, "D"), n, roll=roll, busdaycal=cal).astype(dt.date)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.dates(dt.date(2024, 1, 1), dt.date(2029, 12, 31)),
    st.integers(0, 25),
    st.sampled_from(range(len(KEYS))),
)
def test_offsets_match_numpy(day: dt.date, n: int, country: int) -> None:
    days = np.array([day], dtype="datetime64[D]")
    where = np.array([country])
    got = TABLE.business_days_after(days, n, where)[0].astype(dt.date)
    assert got == reference(day, n, KEYS[country], "backward")
    rolled = TABLE.roll_forward(days, where)[0].astype(dt.date)
    assert rolled == reference(day, 0, KEYS[country], "forward")


@pytest.mark.parametrize(
    ("day", "n", "key", "expected"),
    [
        ("2026-11-21", 1, "US", "2026-11-23"),  # 1 bd after Saturday is Monday
        ("2026-11-26", 1, "US", "2026-11-27"),  # 1 bd after Thanksgiving is Friday
        ("2026-11-25", 1, "US", "2026-11-27"),  # and Wednesday + 1 skips it
        ("2026-11-27", 1, "IL", "2026-11-29"),  # Friday → Sunday where the weekend is Fri–Sat
        ("2028-02-28", 1, "DE-BY", "2028-02-29"),  # leap day is a business day
        # Scotland: New Year Fri 1-01, 2 January (a Saturday) observed Mon 1-04
        ("2026-12-31", 1, "GB-SCT", "2027-01-05"),
    ],
)
def test_table_cases(day: str, n: int, key: str, expected: str) -> None:
    got = TABLE.business_days_after(
        np.array([day], dtype="datetime64[D]"), n, np.array([KEYS.index(key)])
    )
    assert str(got[0]) == expected


def test_nat_and_out_of_span_give_nat() -> None:
    days = np.array(["NaT", "1999-01-01", "2031-06-01"], dtype="datetime64[D]")
    got = TABLE.business_days_after(days, 1, np.zeros(3, dtype=np.int64))
    assert np.isnat(got).all()


def test_preferred_day_falls_back_to_business_days_when_none_is_a_working_day() -> None:
    table = DayTable(
        CALENDARS, ["US"], dt.date(2026, 1, 1), dt.date(2026, 12, 31), preferred=frozenset({5})
    )  # Saturday: never a working day in the US
    got = table.next_preferred_day(np.array(["2026-11-21"], dtype="datetime64[D]"), np.array([0]))
    assert str(got[0]) == "2026-11-23"


@pytest.mark.parametrize("lang", ["C", "fr_FR.UTF-8", "de_DE.UTF-8", "C.UTF-8"])
def test_holiday_names_do_not_follow_the_locale(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """A cron job (LANG=C) and a person's terminal must write the same Why text: otherwise
    each run rewrites the other's trackers. The holidays package follows LANG unless told."""
    monkeypatch.setenv("LANG", lang)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    names = {
        key: build_calendar(key, [2026]).holiday_names[day]
        for key, day in [
            ("FR", dt.date(2026, 1, 1)),
            ("DE-BY", dt.date(2026, 1, 6)),
            ("JP", dt.date(2026, 1, 1)),
            ("IL", dt.date(2026, 9, 21)),
        ]
    }
    assert names == {
        "FR": "New Year's Day",
        "DE-BY": "Epiphany",
        "JP": "New Year's Day",
        "IL": "Yom Kippur",
    }


@pytest.mark.parametrize(
    ("key", "day", "name"),
    [
        # Each country's own English, as its people write it (ot63 F5: Australia's was the
        # United States' "Labor Day").
        ("AU-VIC", dt.date(2027, 3, 8), "Labour Day"),
        ("AU-WA", dt.date(2027, 3, 1), "Labour Day"),
        ("CA-ON", dt.date(2026, 9, 7), "Labour Day"),
        ("IE", dt.date(2027, 3, 17), "Saint Patrick's Day"),
        ("IN", dt.date(2026, 11, 8), "Diwali (Deepavali)"),
        ("NZ", dt.date(2026, 10, 26), "Labour Day"),
        ("GB-ENG", dt.date(2026, 8, 31), "Late Summer Bank Holiday"),
        ("US", dt.date(2026, 9, 7), "Labor Day"),
        # ... and English, not the country's own language, where the package has no English
        # of the country's own.
        ("DE-BY", dt.date(2026, 5, 1), "Labor Day"),
        ("FR", dt.date(2026, 5, 1), "Labor Day"),
        # Not the package's literal translation no one says (ot73 F8a): Brazil's 1 January.
        ("BR", dt.date(2027, 1, 1), "New Year's Day"),
        ("BR", dt.date(2027, 9, 7), "Independence Day"),
    ],
)
def test_holidays_are_named_in_the_countrys_own_english(key: str, day: dt.date, name: str) -> None:
    assert build_calendar(key, [day.year]).holiday_names[day] == name


@pytest.mark.parametrize(
    ("year", "skipped", "not_skipped"),
    [
        (2030, {"Independence Day", "Diwali (Deepavali)", "Holi", "Good Friday"}, set()),
        (
            2036,
            {"Independence Day", "Good Friday", "Id-ul-Fitr (estimated)"},
            {"Diwali (Deepavali)", "Holi"},
        ),
        (2000, {"Independence Day", "Good Friday"}, {"Diwali (Deepavali)", "Holi"}),
    ],
)
def test_india_outside_the_table_years_keeps_its_computed_holidays(
    year: int, skipped: set[str], not_skipped: set[str]
) -> None:
    """What the README says of India outside 2001-2035: the lunar holidays (a table in the
    holidays package) are not known, the fixed-date, Easter and estimated Islamic ones are."""
    names = set(build_calendar("IN", [year]).holiday_names.values())
    assert skipped <= names
    assert not names & not_skipped


@pytest.mark.parametrize(
    ("day", "n", "key", "expected"),
    [
        # The UAE's weekend was Friday–Saturday until 2021-12-31 (an outside test: the rows of
        # 2021 were counted on today's Saturday–Sunday): Wed + 2 is Sunday, not Friday.
        ("2021-12-08", 1, "AE", "2021-12-09"),
        ("2021-12-08", 2, "AE", "2021-12-12"),
        ("2021-12-30", 1, "AE", "2022-01-03"),  # Fri 12-31 and the new Sat–Sun weekend
        ("2022-01-06", 1, "AE", "2022-01-07"),  # a Friday is a working day from 2022
        # Saudi Arabia: Thursday–Friday until 2013-06-27, Friday–Saturday from the 28th.
        ("2013-06-19", 1, "SA", "2013-06-22"),  # Wed → Sat (Thu 06-20 and Fri off)
        ("2013-06-26", 1, "SA", "2013-06-30"),  # the week of the change: Thu, Fri, Sat off
        ("2013-07-03", 1, "SA", "2013-07-04"),  # a Thursday is a working day after
    ],
)
def test_a_weekend_that_changed_on_a_date(day: str, n: int, key: str, expected: str) -> None:
    calendars = Calendars(range(2012, 2024))
    table = DayTable(calendars, [key], dt.date(2012, 1, 1), dt.date(2023, 12, 31))
    got = table.business_days_after(np.array([day], dtype="datetime64[D]"), n, np.array([0]))
    assert str(got[0]) == expected
    start = dt.date.fromisoformat(day)
    assert calendars.get(key).after(start, n) == dt.date.fromisoformat(expected)  # Why's count


@pytest.mark.parametrize(
    ("day", "n", "key", "expected"),
    [
        # Weekend days a government made working days to bridge a holiday (the holidays
        # package's weekend_workdays) are business days; they were counted as weekend days.
        # China, Spring Festival 2026 (02-16..02-20 and 02-23 off, Saturdays 02-14, 02-28 worked).
        ("2026-02-13", 1, "CN", "2026-02-14"),
        ("2026-02-27", 1, "CN", "2026-02-28"),
        # New Year: Thu 01-01 and Fri 01-02 off, Sunday 01-04 worked: 1 bd after Wed 12-31.
        ("2025-12-31", 1, "CN", "2026-01-04"),
        # National Day: 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked.
        ("2026-09-18", 1, "CN", "2026-09-20"),
        ("2026-10-09", 1, "CN", "2026-10-10"),
        # Russia: Saturday 2024-11-02 worked for Monday 11-04 (Unity Day) ...
        ("2024-11-01", 1, "RU", "2024-11-02"),
        ("2024-11-01", 2, "RU", "2024-11-05"),
        # ... Hungary: Saturday 2026-01-10 for Friday 01-02; Vietnam: Saturday 2026-08-22 for
        # Monday 08-31.
        ("2026-01-09", 1, "HU", "2026-01-10"),
        ("2026-08-21", 1, "VN", "2026-08-22"),
    ],
)
def test_a_weekend_day_worked_is_a_business_day(day: str, n: int, key: str, expected: str) -> None:
    calendars = Calendars(range(2023, 2028))
    table = DayTable(calendars, [key], dt.date(2023, 1, 1), dt.date(2027, 12, 31))
    got = table.business_days_after(np.array([day], dtype="datetime64[D]"), n, np.array([0]))
    assert str(got[0]) == expected
    calendar = calendars.get(key)
    worked = dt.date.fromisoformat(expected)
    assert calendar.after(dt.date.fromisoformat(day), n) == worked  # the Why's count
    assert worked in calendar.business_days(2023, 2027)  # the workbook's live status list
    assert calendar.is_business_day(worked)
    rolled = table.roll_forward(np.array([expected], dtype="datetime64[D]"), np.array([0]))
    assert str(rolled[0]) == expected  # a day worked is not rolled on


# Where the package's weekend is the labour law's Sunday only, the offices' Monday-Friday week
# is counted (ot62 F2 for Hong Kong; ot139: Paraguay, Venezuela, Niger and DR Congo got
# follow-ups due on Saturdays). 1 bd after Friday 2026-12-04 is Monday 12-07 in each, and 5 bd
# after Mon 2026-12-14 skips Sat 12-19.
@pytest.mark.parametrize(
    ("key", "friday_plus_1", "monday_plus_5", "summary"),
    [
        ("PY", "2026-12-07", "2026-12-21", "Paraguay (PY): Mon–Fri week, 14 holidays in 2026"),
        ("VE", "2026-12-07", "2026-12-21", "Venezuela (VE): Mon–Fri week, 15 holidays in 2026"),
        ("CD", "2026-12-07", "2026-12-21", "DR Congo (CD): Mon–Fri week, 13 holidays in 2026"),
        # Niger's National Day Fri 12-18 and Anguilla's Heroes Day, a Saturday observed on
        # Friday 12-18, fall in the count: Tue 12-22.
        ("NE", "2026-12-07", "2026-12-22", "Niger (NE): Mon–Fri week, 15 holidays in 2026"),
        ("AI", "2026-12-07", "2026-12-22", "Anguilla (AI): Mon–Fri week, 18 holidays in 2026"),
        ("HK", "2026-12-07", "2026-12-21", "Hong Kong (HK): Mon–Fri week, 20 holidays in 2026"),
        # The Republic of the Congo's package week was Mon-Fri already.
        ("CG", "2026-12-07", "2026-12-21", "Congo (CG): Mon–Fri week, 10 holidays in 2026"),
    ],
)
def test_offices_work_monday_to_friday_where_the_law_rests_on_sunday_only(
    key: str, friday_plus_1: str, monday_plus_5: str, summary: str
) -> None:
    calendars = Calendars(range(2025, 2028))
    calendar = calendars.get(key)
    assert calendar.weekend == frozenset({5, 6})
    assert str(calendar.after(dt.date(2026, 12, 4), 1)) == friday_plus_1
    assert str(calendar.after(dt.date(2026, 12, 14), 5)) == monday_plus_5
    assert not calendar.is_business_day(dt.date(2026, 12, 12))  # a Saturday
    table = DayTable(calendars, [key], dt.date(2025, 1, 1), dt.date(2027, 12, 31))
    got = table.business_days_after(
        np.array(["2026-12-04"], dtype="datetime64[D]"), 1, np.array([0])
    )
    assert str(got[0]) == friday_plus_1  # the due dates count as the Why does
    assert calendar_summary(calendar, 2026) == summary


@pytest.mark.parametrize(
    ("key", "summary"),
    [
        ("CN", "China (CN): Mon–Fri week, 22 holidays and 6 make-up working days in 2026"),
        ("HU", "Hungary (HU): Mon–Fri week, 16 holidays and 2 make-up working days in 2026"),
        ("US", "United States (US): Mon–Fri week, 12 holidays in 2026"),
        # The days offices close beyond the public holidays are counted with them (ot54-F3):
        # SE's 13 and Midsummer, Christmas and New Year's Eves; JP's 18 and its bank days
        # Jan 2, Jan 3 and Dec 31; DK's 10 and Dec 24, Dec 31; BR's 10 and Carnival's two.
        ("SE", "Sweden (SE): Mon–Fri week, 16 holidays in 2026"),
        ("JP", "Japan (JP): Mon–Fri week, 21 holidays in 2026"),
        ("DK", "Denmark (DK): Mon–Fri week, 12 holidays in 2026"),
        ("BR", "Brazil (BR): Mon–Fri week, 12 holidays in 2026"),
        # HK's 18 statutory holidays and its general ones, Good Friday and the day following
        # it, on its offices' Monday-Friday week (the package's is Monday-Saturday: ot62 F2).
        ("HK", "Hong Kong (HK): Mon–Fri week, 20 holidays in 2026"),
        # NL: the package's 10 but Good Friday, a working day there (ot74 F4).
        ("NL", "Netherlands (NL): Mon–Fri week, 9 holidays in 2026"),
    ],
)
def test_the_calendar_summary_counts_the_days_off_and_the_weekend_days_worked(
    key: str, summary: str
) -> None:
    assert calendar_summary(Calendars(range(2025, 2028)).get(key), 2026) == summary


@pytest.mark.parametrize(
    ("key", "day", "name"),
    [
        ("SE", "2026-06-19", "Midsummer Eve"),
        ("SE", "2026-12-24", "Christmas Eve"),
        ("SE", "2026-12-31", "New Year's Eve"),
        ("JP", "2026-12-31", "New Year holiday"),
        ("JP", "2027-01-01", "New Year's Day"),  # a public holiday keeps its own name
        ("JP", "2027-01-04", None),  # offices open again
        ("DK", "2026-12-24", "Christmas Eve"),
        ("DK", "2026-06-05", None),  # Constitution Day: a half day for many, not closed
        ("BR", "2026-02-16", "Carnival"),
        ("BR", "2026-02-18", None),  # Ash Wednesday: a morning off
        ("BR", "2026-12-24", None),
        ("DE", "2026-12-24", None),  # not in the package: the config's days_off says so
        ("FI", "2026-12-24", "Christmas Eve"),  # a public holiday there already
        ("HK", "2027-03-26", "Good Friday"),  # HK's general holidays: banks and offices close
        ("HK", "2027-03-27", "the day following Good Friday"),  # as the Why quotes it
        ("HK", "2027-03-29", "Easter Monday"),  # statutory already
        # NL's Good Friday: in the package, not a general holiday, worked (ot74 F4)
        ("NL", "2027-03-26", None),
        ("NL", "2027-03-29", "Easter Monday"),
        ("NL", "2027-04-27", "King's Day"),
        # St Helena's government holidays: its public and bank holidays (ot103 F3)
        ("SH", "2026-01-01", "New Year's Day"),
        ("SH", "2026-05-25", "Whit Monday"),
        ("SH-HL", "2026-08-31", "August Bank Holiday"),  # the island's (Saint Helena)
        ("SH-HL", "2026-05-21", "Saint Helena Day"),  # public already
        ("SH-HL", "2027-01-01", "New Year's Day"),
        ("SH", "2026-05-26", None),
    ],
)
def test_the_days_offices_close_are_holidays(key: str, day: str, name: str | None) -> None:
    calendar = build_calendar(key, [2026, 2027])
    assert calendar.holiday_names.get(dt.date.fromisoformat(day)) == name


# The config's days off (days_off) on a calendar: named "your day off" where the country has
# no holiday; a holiday keeps its name; neither is a holiday of the country for the drafts.
@pytest.mark.parametrize(
    ("key", "day", "name", "country_holiday"),
    [
        ("US", "2026-12-24", "your day off", False),
        ("US", "2026-12-25", "Christmas Day", True),
        ("SE", "2026-12-24", "Christmas Eve", True),
        ("SE", "2026-12-28", "your day off", False),
        ("Atlantis", "2026-12-28", "your day off", False),  # no calendar: weekends and yours
        ("US", "2026-12-23", None, False),
    ],
)
def test_the_configs_days_off_on_a_calendar(
    key: str, day: str, name: str | None, country_holiday: bool
) -> None:
    days_off = frozenset(dt.date(2026, 12, d) for d in (24, 25, 28))
    calendar = build_calendar(key, [2026, 2027], days_off)
    date = dt.date.fromisoformat(day)
    assert calendar.holiday_names.get(date) == name
    assert calendar.is_business_day(date) is (name is None)
    assert calendar.is_holiday(np.array([day], dtype="datetime64[D]")).tolist() == [country_holiday]


@pytest.mark.parametrize(
    ("key", "start", "end", "said"),
    [
        # The package names a day two holidays share "A; B": the Why lists it as one day.
        ("NO", "2027-05-14", "2027-05-19", ["Constitution Day and Pentecost Monday Mon 05-17"]),
        (
            "US-TX",
            "2027-12-21",
            "2027-12-28",
            [
                "Christmas Eve (observed) Thu 12-23",
                "Christmas Day (observed) and Christmas Eve Fri 12-24",
            ],
        ),
        # ot91-F8g: three names of one day (Thailand's 5 December, and the Monday in lieu
        # of it) said as the first and how many more, the bracket they share once.
        (
            "TH",
            "2026-12-03",
            "2026-12-09",
            [
                "HM King Bhumibol Adulyadej the Great's Birthday and 2 more holidays"
                " (in lieu) Mon 12-07"
            ],
        ),
        (
            "TH",
            "2027-12-02",
            "2027-12-08",
            [
                "HM King Bhumibol Adulyadej the Great's Birthday and 2 more holidays"
                " (in lieu) Mon 12-06"
            ],
        ),
        (
            "TH",
            "2025-12-03",
            "2025-12-09",
            ["HM King Bhumibol Adulyadej the Great's Birthday and 2 more holidays Fri 12-05"],
        ),
        # One holiday a day, as before.
        (
            "GB-ENG",
            "2027-12-24",
            "2027-12-29",
            ["Christmas Day (observed) Mon 12-27", "Boxing Day (observed) Tue 12-28"],
        ),
    ],
)
def test_the_why_names_each_skipped_day_once(
    key: str, start: str, end: str, said: list[str]
) -> None:
    """ot81 F5: 'Christmas Day (observed); Christmas Eve Fri 12-24' read, inside the Why's
    comma list, as two days, one of them without a date."""
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    calendar = build_calendar(key, [first.year])
    assert skipped_words(calendar, holidays_between(calendar, first, last)) == said


# A row without its region counts the days off every region keeps, which the package's national
# list lacks (and Canada's Boxing Day: ``COUNTRY_ALONE_CLOSE``): Australia's observed days are
# each state's law (the national list has Christmas on Saturday 2027-12-25 and nothing on the
# Monday and Tuesday every state closes).
@pytest.mark.parametrize(
    ("key", "day", "name"),
    [
        ("AU", "2025-01-27", "Australia Day"),  # the 26th a Sunday: every state's Monday
        ("AU", "2026-12-28", "Boxing Day (observed)"),  # SA calls it Proclamation Day
        ("AU", "2027-12-27", "Christmas Day (observed)"),
        ("AU", "2027-12-28", "Boxing Day (observed)"),
        ("AU", "2028-01-03", "New Year's Day (observed)"),
        ("AU", "2027-12-25", "Christmas Day"),  # the national list's own, kept
        ("AU", "2027-06-14", None),  # King's Birthday: not Western Australia's or Queensland's
        ("AU", "2027-03-08", None),  # Labour Day in Victoria, Canberra Day: some states only
        ("AU", "2027-11-02", None),  # Melbourne Cup Day: Victoria only
        ("AU", "2026-12-29", None),  # the working Tuesday after Boxing Day observed
        ("AU-WA", "2027-12-27", "Christmas Day (observed)"),  # a state's own, as before
        ("AU-WA", "2027-06-07", "Western Australia Day"),
        ("BA", "2027-05-03", "Orthodox Easter Monday"),  # every entity's day off, by two names
        ("NZ", "2027-12-27", "Christmas Day (observed)"),  # in NZ's national list already
        ("US", "2027-11-26", None),  # not every state's: the day after Thanksgiving
        # Canada alone: Boxing Day, federal (Canada Labour Code) and Ontario's (ot134 F3: Mon
        # 2026-12-28 was a working day); Quebec's 26 December stays one. Not the federal
        # government's other days, which many provinces' offices work.
        ("CA", "2026-12-26", "Boxing Day"),
        ("CA", "2026-12-28", "Boxing Day (observed)"),
        ("CA", "2027-12-28", "Boxing Day (observed)"),
        ("CA", "2027-11-11", None),  # Remembrance Day
        ("CA", "2027-09-30", None),  # National Day for Truth and Reconciliation
        ("CA-QC", "2026-12-28", None),
    ],
)
def test_a_row_without_its_region_skips_the_days_every_region_keeps(
    key: str, day: str, name: str | None
) -> None:
    calendar = build_calendar(key, [2025, 2026, 2027, 2028])
    assert calendar.holiday_names.get(dt.date.fromisoformat(day)) == name


def test_business_days_in_australia_without_a_state_skip_the_observed_christmas() -> None:
    """3 bd after Wed 2027-12-22 in `Australia`: Thu 23, Fri 24, then (Christmas on the
    Saturday, observed on Monday, Boxing Day on Tuesday) Wed 29; it was Tue 28."""
    table = DayTable(
        Calendars(range(2026, 2029)), ["AU"], dt.date(2026, 1, 1), dt.date(2028, 12, 31)
    )
    got = table.business_days_after(
        np.array(["2027-12-22", "2026-12-24"], dtype="datetime64[D]"), 3, np.array([0, 0])
    )
    # 2026: Fri 12-25 Christmas, Sat-Sun, Mon 12-28 Boxing Day observed: Tue 29, Wed 30, Thu 31
    assert [str(day) for day in got] == ["2027-12-29", "2026-12-31"]


def test_the_countries_whose_regions_all_keep_a_day_the_nation_lacks() -> None:
    """``EVERY_REGION`` lists each country of the package whose every subdivision keeps a
    weekday off its national list lacks, and no other (a package update that adds some, or
    mends Australia's, fails here, so the list is looked at again)."""
    import holidays

    from followup_batch.schedule.business_days import EVERY_REGION

    years = range(2025, 2031)
    found = set()
    for code, regions in holidays.list_supported_countries(include_aliases=False).items():
        if len(regions) < 2:
            continue
        national = set(holidays.country_holidays(code, years=years))
        tables = [set(holidays.country_holidays(code, subdiv=r, years=years)) for r in regions]
        if any(day.weekday() < 5 for day in set.intersection(*tables) - national):
            found.add(code)
    assert found == EVERY_REGION


# The day a region's Catholic towns keep and its calendar works, when a row's count passes it
# on a weekday (fx237): Bavaria's Assumption Day, Saxony's and Thuringia's Corpus Christi (Thu
# 2026-06-04, Thu 2027-05-27); none on a weekend (15 August 2027 is a Sunday), outside the
# span, on the Catholic towns' own calendars, or in a state that keeps the day (Hesse) or has
# no such towns (Berlin).
@pytest.mark.parametrize(
    ("key", "first", "last", "expected"),
    [
        ("DE-BY", "2025-08-12", "2025-08-19", ("Assumption Day", "2025-08-15")),
        ("DE-BY", "2027-08-12", "2027-08-19", None),
        ("DE-BY", "2028-03-01", "2028-04-01", None),
        ("DE-SN", "2026-06-02", "2026-06-09", ("Corpus Christi", "2026-06-04")),
        ("DE-TH", "2027-05-20", "2027-06-03", ("Corpus Christi", "2027-05-27")),
        ("DE-TH", "2026-06-04", "2026-06-30", None),  # the interview's own day is not counted
        ("DE-SN", "2026-03-02", "2026-03-30", None),
        ("DE-SN-Catholic", "2026-06-02", "2026-06-09", None),
        ("DE-BY-Catholic", "2025-08-12", "2025-08-19", None),
        ("DE-HE", "2026-06-02", "2026-06-09", None),
        ("DE-BE", "2026-06-02", "2026-06-09", None),
        ("US", "2025-08-12", "2025-08-19", None),
    ],
)
def test_catholic_day_worked(
    key: str, first: str, last: str, expected: tuple[str, str] | None
) -> None:
    worked = catholic_day_worked(key, dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    want = None if expected is None else (expected[0], dt.date.fromisoformat(expected[1]))
    assert worked == want
