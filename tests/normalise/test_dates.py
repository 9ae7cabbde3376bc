"""The strict date reader, one value at a time, as tables of values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from trackers import run_csv_seen

from followup_batch.normalise import dates
from followup_batch.normalise.date_columns import detect_date_order, parse_date_column
from followup_batch.normalise.dates import NO_YEAR, NOT_A_DATE, ParsedDate, parse_date

D = dt.date


@pytest.mark.parametrize(
    ("value", "dayfirst", "expected"),
    [
        (dt.datetime(2026, 11, 3, 14, 30), None, D(2026, 11, 3)),
        (D(2026, 11, 3), None, D(2026, 11, 3)),
        (pd.Timestamp("2026-11-03 09:00"), None, D(2026, 11, 3)),
        (np.datetime64("2026-11-03T09:00"), None, D(2026, 11, 3)),
        ("2026-11-03", None, D(2026, 11, 3)),
        ("2026-11-03T14:00", None, D(2026, 11, 3)),
        ("2026-11-03 14:00:00", None, D(2026, 11, 3)),
        ("2026-11-03T14:00:00Z", None, D(2026, 11, 3)),
        # A zone is not converted: the day written is the day (README, Dates).
        ("2026-12-01T01:30:00.000Z", None, D(2026, 12, 1)),
        ("2026-11-30T23:30:00-08:00", None, D(2026, 11, 30)),
        ("2026/11/03", None, D(2026, 11, 3)),
        ("20261103", None, D(2026, 11, 3)),
        ("11/3/2026", None, D(2026, 11, 3)),
        ("11/3/2026", False, D(2026, 11, 3)),
        ("3/11/2026", True, D(2026, 11, 3)),
        ("3/11/2026", None, D(2026, 3, 11)),  # ambiguous: US order by default
        ("13/11/2026", None, D(2026, 11, 13)),  # only one valid reading
        ("03.11.2026", True, D(2026, 11, 3)),
        # Excel's default short dates in Slovakia, Croatia/Serbia, Bulgaria and Latvia, and
        # Hungary's (ot71 F3): each was "not a date" but Hungary's.
        ("24. 3. 2027", True, D(2027, 3, 24)),
        ("5. 3. 2027", True, D(2027, 3, 5)),
        ("24. 3. 2027 14:00", True, D(2027, 3, 24)),
        ("24.3.2027.", True, D(2027, 3, 24)),
        ("5.3.2027.", True, D(2027, 3, 5)),
        ("28.4.2027 г.", True, D(2027, 4, 28)),
        ("28.4.2027 г", True, D(2027, 4, 28)),
        ("05.03.2027.", True, D(2027, 3, 5)),
        ("2027. 03. 05.", None, D(2027, 3, 5)),
        ("11/13/23, 9:42 AM", None, D(2023, 11, 13)),  # LinkedIn export
        ("11/13/23, 9:42 PM", None, D(2023, 11, 13)),
        ("1/2/99", None, D(1999, 1, 2)),  # Excel's two-digit-year window
        ("Nov 3, 2026", None, D(2026, 11, 3)),
        # Notion's date-times with their time zone: the day written.
        ("November 3, 2026 2:00 PM (EST)", None, D(2026, 11, 3)),
        ("November 3, 2026 (GMT+1)", None, D(2026, 11, 3)),
        ("2026-11-03 10:00 (UTC-05:00)", None, D(2026, 11, 3)),
        ("2026-11-03 (Europe/Berlin)", None, D(2026, 11, 3)),
        # Notion's date mention copied from a page, its "@" before the date (ot113 F1).
        ("@November 23, 2026 9:00 AM", None, D(2026, 11, 23)),
        ("@November 10, 2026", None, D(2026, 11, 10)),
        ("@Nov 18, 2026", None, D(2026, 11, 18)),
        ("@November 18, 2026 3:00 PM (EST)", None, D(2026, 11, 18)),
        # ... and as US apps, Airtable and Google Calendar write them (ot47 F4): the day written.
        ("Dec 1, 2026 1:30 PM EST", None, D(2026, 12, 1)),
        ("December 1, 2026 at 1:30 PM PST", None, D(2026, 12, 1)),
        ("12/1/2026 1:30 PM (ET)", None, D(2026, 12, 1)),
        ("12/1/2026 2:30pm PST", None, D(2026, 12, 1)),
        (
            "Tuesday, December 1, 2026 1:30 – 2:30pm (Pacific Time - Los Angeles)",
            None,
            D(2026, 12, 1),
        ),
        ("Dec 1, 2026 1:30 PM Eastern Time", None, D(2026, 12, 1)),
        # "@" for "at", as people type a time (ot119 F14: each was "not a date").
        ("12/8/2026 @ 2pm", None, D(2026, 12, 8)),
        ("12/8/2026@14:00", None, D(2026, 12, 8)),
        ("Dec 8, 2026 @ 2pm ET", None, D(2026, 12, 8)),
        ("2026-12-08 @ 2:30-3:15pm", None, D(2026, 12, 8)),
        # An interview moved, its old date in brackets after the new one: that one's history,
        # not a second date (fx292: each was "not a date").
        ("12/8/2026 (rescheduled from 12/3)", None, D(2026, 12, 8)),
        ("12/8/2026 (Rescheduled from 12/3/2026)", None, D(2026, 12, 8)),
        ("Dec 8, 2026 (was Dec 3)", None, D(2026, 12, 8)),
        ("Tue 12/8/2026 (moved from Thu 12/3)", None, D(2026, 12, 8)),
        ("8/12/2026 (postponed from 3/12)", True, D(2026, 12, 8)),
        ("12/8/2026(pushed back from 12/3)", None, D(2026, 12, 8)),
        ("2026-12-08 (originally 2026-12-03)", None, D(2026, 12, 8)),
        # ... in German, French, Spanish, Dutch (fx325: each was "not a date").
        ("8.12.2026 (verschoben vom 3.12.)", True, D(2026, 12, 8)),
        ("8/12/2026 (reporté du 3/12)", True, D(2026, 12, 8)),
        ("8/12/2026 (aplazada del 3/12)", True, D(2026, 12, 8)),
        ("8-12-2026 (verplaatst van 3-12-2026)", True, D(2026, 12, 8)),
        # ... or after a dash (fx300: "not a date").
        ("12/8/2026 - rescheduled from 12/3", None, D(2026, 12, 8)),
        ("12/8/2026 \u2013 moved from Thu 12/3", None, D(2026, 12, 8)),
        ("2026-12-08 - originally 2026-12-03", None, D(2026, 12, 8)),
        # A US zone in one word after a time, as invites write it (ot52 F2).
        ("Nov 24 2026 9:00 AM Eastern", None, D(2026, 11, 24)),
        ("Nov 24, 2026 9:00 AM Pacific", None, D(2026, 11, 24)),
        ("November 24, 2026 at 9:00 AM Central", None, D(2026, 11, 24)),
        ("11/24/2026 9am Mountain", None, D(2026, 11, 24)),
        ("Nov 24, 2026 9 a.m. Hawaii", None, D(2026, 11, 24)),
        # The date-time as Spanish-locale Excel and Google Sheets write it, "a. m." with a
        # space, often a non-breaking or narrow one (ot69 F7: it was not a date).
        ("12/03/2027 10:00 a. m.", True, D(2027, 3, 12)),
        ("12/03/2027 10:00 p. m.", True, D(2027, 3, 12)),
        ("12/03/2027 10:00\u00a0a.\u00a0m.", True, D(2027, 3, 12)),
        ("12/03/2027 10:00\u202fp.\u202fm.", True, D(2027, 3, 12)),
        ("12/03/2027 10:00\u00a0a.m.", True, D(2027, 3, 12)),
        ("12/03/2027 9 a. m.", True, D(2027, 3, 12)),
        ("12/03/2027 10:00 a. m. - 11:30 a. m.", True, D(2027, 3, 12)),
        ("2027-03-12 09:30:00 p. m.", None, D(2027, 3, 12)),
        ("12 de marzo de 2027 10:00 a. m.", None, D(2027, 3, 12)),
        ("Mar 12, 2027 9 a. m. Central", None, D(2027, 3, 12)),
        ("2026-11-24 14:00 Alaska", None, D(2026, 11, 24)),
        ("Nov 24, 2026 9:00 AM (Atlantic)", None, D(2026, 11, 24)),
        ("Dec 1, 2026 1:30 PM CST", None, D(2026, 12, 1)),
        ("2026-12-01 14:30 CEST", None, D(2026, 12, 1)),
        ("1 December 2026 14:30 BST", None, D(2026, 12, 1)),
        ("01/12/2026 14:30 IST", True, D(2026, 12, 1)),
        ("1/12/2026 9:00 AEST", True, D(2026, 12, 1)),
        ("Dienstag, 1. Dezember 2026 um 14 Uhr CET", None, D(2026, 12, 1)),
        ("2026-12-01 13:30 +05:30", None, D(2026, 12, 1)),
        ("Dec 1, 2026 1:30 PM UTC+5:30", None, D(2026, 12, 1)),
        ("November 3rd, 2026", None, D(2026, 11, 3)),
        ("3 November 2026", None, D(2026, 11, 3)),
        ("3rd of November 2026", None, D(2026, 11, 3)),
        ("3-Nov-2026", None, D(2026, 11, 3)),
        ("03-Nov-26", None, D(2026, 11, 3)),
        ("Sept 30 2026", None, D(2026, 9, 30)),
        ("Tuesday, November 3, 2026", None, D(2026, 11, 3)),
        ("Tue 2026-11-03", None, D(2026, 11, 3)),
        ("  2026-11-03  ", None, D(2026, 11, 3)),
        ("2028-02-29", None, D(2028, 2, 29)),
        ("46000", None, D(2025, 12, 9)),  # a serial pasted as text
    ],
)
def test_parse_date_reads(value: object, dayfirst: bool | None, expected: dt.date) -> None:
    assert parse_date(value, dayfirst=dayfirst) == ParsedDate(value=expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # German
        ("3. März 2026", D(2026, 3, 3)),
        ("3. Maerz 2026", D(2026, 3, 3)),
        ("3. Marz 2026", D(2026, 3, 3)),
        ("3. Mär. 2026", D(2026, 3, 3)),
        ("14. Okt. 2026", D(2026, 10, 14)),
        ("24. Dezember 2026", D(2026, 12, 24)),
        ("7. Jänner 2027", D(2027, 1, 7)),  # Austrian
        # French
        ("12 janv. 2026", D(2026, 1, 12)),
        ("12 févr. 2026", D(2026, 2, 12)),
        ("12 fevr 2026", D(2026, 2, 12)),
        ("1er mars 2026", D(2026, 3, 1)),
        ("15 août 2026", D(2026, 8, 15)),
        ("3 déc. 2026 14:30", D(2026, 12, 3)),
        # Spanish
        ("5 de marzo de 2026", D(2026, 3, 5)),
        ("5 de marzo, 2026", D(2026, 3, 5)),
        ("12-ene-2026", D(2026, 1, 12)),
        ("30 setiembre 2026", D(2026, 9, 30)),
        ("9 dic. 2026", D(2026, 12, 9)),
        # Portuguese
        ("5 de março de 2026", D(2026, 3, 5)),
        ("1º de maio de 2026", D(2026, 5, 1)),
        ("3 out. 2026", D(2026, 10, 3)),
        ("20 fev 2026", D(2026, 2, 20)),
        # Italian
        ("14 ottobre 2026", D(2026, 10, 14)),
        ("2 giu 2026", D(2026, 6, 2)),
        ("6 gennaio 2026", D(2026, 1, 6)),
        # Dutch
        ("2 mei 2026", D(2026, 5, 2)),
        ("3 maart 2026", D(2026, 3, 3)),
        ("3-mrt-2026", D(2026, 3, 3)),
        ("11 okt 26", D(2026, 10, 11)),
        # English, as before
        ("12-feb-2026", D(2026, 2, 12)),
    ],
)
@pytest.mark.parametrize("dayfirst", [None, True, False])
def test_month_names_in_other_languages(value: str, dayfirst: bool | None, expected: D) -> None:
    """The day comes first in these forms: the --dayfirst switch and detection do not matter."""
    assert parse_date(value, dayfirst=dayfirst) == ParsedDate(value=expected)


@pytest.mark.parametrize(
    ("value", "problem", "month_day"),
    [
        ("3 maart", NO_YEAR, (3, 3)),
        ("14. Mai", NO_YEAR, (5, 14)),
        ("März 2026", dates.NO_DAY, None),
        ("31 juin 2026", NOT_A_DATE, None),  # June has 30 days
        # Month-first is English only: other languages put the day first.
        ("mars 3, 2026", NOT_A_DATE, None),
        ("3 out of 5", NOT_A_DATE, None),
    ],
)
def test_month_names_in_other_languages_that_are_not_full_dates(
    value: str, problem: str, month_day: tuple[int, int] | None
) -> None:
    assert parse_date(value) == ParsedDate(problem=problem, month_day=month_day)


@pytest.mark.parametrize(
    "value",
    [
        # Text, not dates: other languages' month abbreviations that are English words.
        "3 ago",  # three days ago, not 3 agosto
        "3 Ago",
        "3 ago.",
        "3 ago 26",
        "1 set",
        "5 set",
        "3rd set",
        "1 sett",
        "5 out",
        "5 out 10",
        "2 mag",
        "4 lug",
        "10 gen",
        "2nd gen",
        # ... and sentences, whatever month they name
        "call back in 2 mar",
        "3 ago they said next week",
    ],
)
def test_text_that_is_not_a_date_in_another_language(value: str) -> None:
    assert parse_date(value) == ParsedDate(problem=NOT_A_DATE)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # The same abbreviations where the cell is a date: a four-digit year, ...
        ("3 ago 2026", ParsedDate(value=D(2026, 8, 3))),
        ("15 ago. 2026", ParsedDate(value=D(2026, 8, 15))),
        ("5 set 2026", ParsedDate(value=D(2026, 9, 5))),
        ("1 set, 2026", ParsedDate(value=D(2026, 9, 1))),
        ("3 ago 2026 14:30", ParsedDate(value=D(2026, 8, 3))),
        ("10 gen 2027", ParsedDate(value=D(2027, 1, 10))),
        # ... Excel's dd-mmm-yy without spaces, ...
        ("03-ago-26", ParsedDate(value=D(2026, 8, 3))),
        ("3.out.26", ParsedDate(value=D(2026, 10, 3))),
        ("03/mag/26", ParsedDate(value=D(2026, 5, 3))),
        # ... or the day marked as one: the year is then inferred, as for any other.
        ("3. ago", ParsedDate(problem=NO_YEAR, month_day=(8, 3))),
        ("3 de ago", ParsedDate(problem=NO_YEAR, month_day=(8, 3))),
        ("1º set", ParsedDate(problem=NO_YEAR, month_day=(9, 1))),
        # Month names that are no English word read without a year as before; English ones too.
        ("3 agosto", ParsedDate(problem=NO_YEAR, month_day=(8, 3))),
        ("2 dic", ParsedDate(problem=NO_YEAR, month_day=(12, 2))),
        ("3 Mai", ParsedDate(problem=NO_YEAR, month_day=(5, 3))),
        ("2 mar", ParsedDate(problem=NO_YEAR, month_day=(3, 2))),
        ("3 aug", ParsedDate(problem=NO_YEAR, month_day=(8, 3))),
    ],
)
def test_month_abbreviations_that_are_english_words_where_the_cell_is_a_date(
    value: str, expected: ParsedDate
) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # A weekday in front, as Excel's and LibreOffice's long date formats write one.
        ("Dienstag, 3. März 2026", D(2026, 3, 3)),
        ("Di., 3. März 2026", D(2026, 3, 3)),
        ("Di 3. März 2026", D(2026, 3, 3)),
        ("Mittwoch, 4. März 2026 14:30", D(2026, 3, 4)),
        ("Sonnabend, 7. März 2026", D(2026, 3, 7)),
        ("lundi 2 mars 2026", D(2026, 3, 2)),
        ("lun. 2 mars 2026", D(2026, 3, 2)),
        ("mar. 3 mars 2026", D(2026, 3, 3)),
        ("martes, 3 de marzo de 2026", D(2026, 3, 3)),
        ("miércoles, 4 de marzo de 2026", D(2026, 3, 4)),
        ("sáb, 7 de marzo de 2026", D(2026, 3, 7)),
        ("terça-feira, 3 de março de 2026", D(2026, 3, 3)),
        ("qua., 4 de mar. de 2026", D(2026, 3, 4)),
        ("sexta-feira, 6 de março de 2026", D(2026, 3, 6)),
        ("lunedì 2 marzo 2026", D(2026, 3, 2)),
        ("giovedì 5 marzo 2026", D(2026, 3, 5)),
        ("dinsdag 3 maart 2026", D(2026, 3, 3)),
        ("zo 8 mrt 2026", D(2026, 3, 8)),
        ("Tuesday, March 3, 2026", D(2026, 3, 3)),
        ("Tue, 3 March 2026", D(2026, 3, 3)),
        # Set off by a dash, as a note is (fx244).
        ("Tuesday - March 3, 2026", D(2026, 3, 3)),
        ("Tue – 3 March 2026", D(2026, 3, 3)),
        ("Dienstag — 3. März 2026", D(2026, 3, 3)),
        # Spanish "del" before the year; a two-digit year after an apostrophe.
        ("5 de marzo del 2026", D(2026, 3, 5)),
        ("3 März '26", D(2026, 3, 3)),
        ("3. März ’26", D(2026, 3, 3)),
        ("3 mei '26", D(2026, 5, 3)),
        ("3 ago '26", D(2026, 8, 3)),
        ("March 3 '26", D(2026, 3, 3)),
        ("Di., 3. März '26", D(2026, 3, 3)),
    ],
)
def test_long_dates_in_other_languages(value: str, expected: D) -> None:
    assert parse_date(value) == ParsedDate(value=expected)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        # A weekday that contradicts the date: one of the two is a typo, as in English.
        ("Monday, March 3, 2026", "is not a date (2026-03-03 is a Tuesday)"),
        ("Montag, 3. März 2026", "is not a date (2026-03-03 is a Tuesday)"),
        ("Mo., 3. März 2026", "is not a date (2026-03-03 is a Tuesday)"),
        ("mardi 2 mars 2026", "is not a date (2026-03-02 is a Monday)"),
        ("jueves, 3 de marzo de 2026", "is not a date (2026-03-03 is a Tuesday)"),
        ("segunda-feira, 3 de março de 2026", "is not a date (2026-03-03 is a Tuesday)"),
        ("venerdì 2 marzo 2026", "is not a date (2026-03-02 is a Monday)"),
        ("vrijdag 3 maart 2026", "is not a date (2026-03-03 is a Tuesday)"),
        ("Monday - March 3, 2026", "is not a date (2026-03-03 is a Tuesday)"),
        # Another language's weekday abbreviation only before a day-first date with a month
        # name and a year, or the German short date with its closing dot ("Di. 24.03."):
        # abbreviations such as "do", "so" and "mar" are English words, "3.03" a number.
        ("do 3 mar", NOT_A_DATE),
        ("Di, 03.03", NOT_A_DATE),
        ("3 März '2026", NOT_A_DATE),
    ],
)
def test_long_dates_in_other_languages_that_are_problems(value: str, problem: str) -> None:
    assert parse_date(value) == ParsedDate(problem=problem)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # German "den" between the weekday and the date, as in a letter's date line.
        ("Donnerstag, den 5. März 2026", D(2026, 3, 5)),
        ("Do., den 5. März 2026", D(2026, 3, 5)),
        # A weekday before a date in numbers, read day-first as all six languages write it.
        ("Di 03.03.2026", D(2026, 3, 3)),
        ("Dienstag, 03.03.2026", D(2026, 3, 3)),
        ("Mittwoch 4.3.2026", D(2026, 3, 4)),
        ("Do, 5.3.26", D(2026, 3, 5)),
        ("Donnerstag, den 05.03.2026", D(2026, 3, 5)),
        ("mercredi 4/3/2026", D(2026, 3, 4)),
        ("jeu. 05/03/2026", D(2026, 3, 5)),
        ("miércoles 4/3/2026", D(2026, 3, 4)),
        ("quarta-feira, 04/03/2026", D(2026, 3, 4)),
        ("mercoledì 4/3/2026", D(2026, 3, 4)),
        ("woensdag 4-3-2026", D(2026, 3, 4)),
        # Leap days and year ends.
        ("Sa 29.02.2020", D(2020, 2, 29)),
        ("Samstag, den 29. Februar 2020", D(2020, 2, 29)),
        ("jeudi 29/02/2024", D(2024, 2, 29)),
        ("Do, 31.12.26", D(2026, 12, 31)),
        ("vendredi 1er janvier 2027", D(2027, 1, 1)),
        ("Fr., 1.1.2027", D(2027, 1, 1)),
        # A time after "à", "um" or "at", and as French "14h" / "14h30" or German "14 Uhr".
        ("mardi 3 mars 2026 à 14h", D(2026, 3, 3)),
        ("mardi 3 mars 2026 à 14h30", D(2026, 3, 3)),
        ("3 mars 2026 14h", D(2026, 3, 3)),
        ("mardi 03/03/2026 à 9h", D(2026, 3, 3)),
        ("Dienstag, 3. März 2026 um 14 Uhr", D(2026, 3, 3)),
        ("Dienstag, 03.03.2026, 14.30 Uhr", D(2026, 3, 3)),
        ("Di 03.03.2026 um 14:30", D(2026, 3, 3)),
        ("Tuesday, March 3, 2026 at 2pm", D(2026, 3, 3)),
        ("2026-03-03 à 14h", D(2026, 3, 3)),
    ],
)
def test_long_dates_with_numbers_den_and_times(value: str, expected: D) -> None:
    assert parse_date(value) == ParsedDate(value=expected)


@pytest.mark.parametrize(
    ("value", "dayfirst", "problem"),
    [
        # A weekday that contradicts a numeric date is reported, in each language.
        ("Mo 03.03.2026", None, "is not a date (2026-03-03 is a Tuesday)"),
        ("Montag, den 3. März 2026", None, "is not a date (2026-03-03 is a Tuesday)"),
        ("lundi 3/3/2026", None, "is not a date (2026-03-03 is a Tuesday)"),
        ("lunes 3/3/2026", None, "is not a date (2026-03-03 is a Tuesday)"),
        ("segunda-feira, 03/03/2026", None, "is not a date (2026-03-03 is a Tuesday)"),
        ("lunedì 3/3/2026", None, "is not a date (2026-03-03 is a Tuesday)"),
        ("maandag 3-3-2026", None, "is not a date (2026-03-03 is a Tuesday)"),
        ("Fr 29.02.2020", None, "is not a date (2020-02-29 is a Saturday)"),
        ("Do, 31.12.27", None, "is not a date (2027-12-31 is a Friday)"),
        # Not a leap year; an hour or minute that does not exist.
        ("Do 29.02.2026", None, NOT_A_DATE),
        ("mardi 3 mars 2026 à 25h", None, NOT_A_DATE),
        ("mardi 3 mars 2026 à 14h75", None, NOT_A_DATE),
        ("Dienstag, 3. März 2026 um 24 Uhr", None, NOT_A_DATE),
        # A weekday abbreviation needs a full date, or the German short date with its
        # closing dot ("Di. 24.03.", read with its weekday in test_year_less_dates.py).
        ("Di 3.3", None, NOT_A_DATE),
    ],
)
def test_long_dates_with_numbers_that_are_problems(
    value: str, dayfirst: bool | None, problem: str
) -> None:
    assert parse_date(value, dayfirst=dayfirst) == ParsedDate(problem=problem)


DAY_FIRST_NOTE = "read day-first, as its weekday says"


# Forms outside testers found in real trackers, and their equivalents in each language read:
# an article before the day, a space before French "h", a weekday in brackets after the date.
@pytest.mark.parametrize(
    ("value", "dayfirst", "expected"),
    [
        # An article (or German "am") before the day or the weekday.
        ("le 5 mars 2026", None, ParsedDate(value=D(2026, 3, 5))),
        ("Le 1er mars 2026", None, ParsedDate(value=D(2026, 3, 1))),
        ("le lundi 2 mars 2026", None, ParsedDate(value=D(2026, 3, 2))),
        ("le 5/3/2026", None, ParsedDate(value=D(2026, 3, 5))),  # day-first, as French writes
        ("le 5 mars", None, ParsedDate(problem=NO_YEAR, month_day=(3, 5))),
        ("el 5 de marzo de 2026", None, ParsedDate(value=D(2026, 3, 5))),
        ("el día 5 de marzo de 2026", None, ParsedDate(value=D(2026, 3, 5))),
        ("el martes 3 de marzo de 2026", None, ParsedDate(value=D(2026, 3, 3))),
        ("il 5 marzo 2026", None, ParsedDate(value=D(2026, 3, 5))),
        ("l'8 marzo 2026", None, ParsedDate(value=D(2026, 3, 8))),
        ("l’11 marzo 2026", None, ParsedDate(value=D(2026, 3, 11))),
        ("o dia 5 de março de 2026", None, ParsedDate(value=D(2026, 3, 5))),
        ("dia 5 de março de 2026", None, ParsedDate(value=D(2026, 3, 5))),
        ("den 5. März 2026", None, ParsedDate(value=D(2026, 3, 5))),  # a letter's date line
        ("am 5. März 2026", None, ParsedDate(value=D(2026, 3, 5))),
        ("am Dienstag, 3. März 2026", None, ParsedDate(value=D(2026, 3, 3))),
        ("the 3rd of March 2026", None, ParsedDate(value=D(2026, 3, 3))),
        ("Tuesday the 3rd of March 2026", None, ParsedDate(value=D(2026, 3, 3))),
        (
            "le mardi 2 mars 2026",
            None,
            ParsedDate(problem="is not a date (2026-03-02 is a Monday)"),
        ),
        # A space before the "h" of a time (the French typographic rule), and the time as the
        # other languages write it after a date.
        ("lundi 2 mars 2026 à 14 h", None, ParsedDate(value=D(2026, 3, 2))),
        ("lundi 2 mars 2026 à 14 h 30", None, ParsedDate(value=D(2026, 3, 2))),
        ("2 mars 2026 14 h", None, ParsedDate(value=D(2026, 3, 2))),
        ("martes 3 de marzo de 2026 a las 14 h", None, ParsedDate(value=D(2026, 3, 3))),
        ("3 de marzo de 2026 a las 14:30 h", None, ParsedDate(value=D(2026, 3, 3))),
        ("terça-feira, 3 de março de 2026 às 14h30", None, ParsedDate(value=D(2026, 3, 3))),
        ("3 de março de 2026 às 14 h", None, ParsedDate(value=D(2026, 3, 3))),
        ("martedì 3 marzo 2026 alle 14.30", None, ParsedDate(value=D(2026, 3, 3))),
        ("3 marzo 2026 alle ore 14", None, ParsedDate(value=D(2026, 3, 3))),
        ("3 marzo 2026 ore 14", None, ParsedDate(value=D(2026, 3, 3))),
        ("dinsdag 3 maart 2026 om 14 uur", None, ParsedDate(value=D(2026, 3, 3))),
        ("3 maart 2026 om 14.30 uur", None, ParsedDate(value=D(2026, 3, 3))),
        ("lundi 2 mars 2026 à 25 h", None, ParsedDate(problem=NOT_A_DATE)),
        ("lundi 2 mars 2026 à 14 h 75", None, ParsedDate(problem=NOT_A_DATE)),
        ("3 marzo 2026 alle 25", None, ParsedDate(problem=NOT_A_DATE)),
        # A weekday in brackets after the date, checked as one before it is.
        ("3.3.2026 (Di)", None, ParsedDate(value=D(2026, 3, 3))),
        ("3.3.2026 (Di.)", None, ParsedDate(value=D(2026, 3, 3))),
        ("03/03/2026 (mar.)", None, ParsedDate(value=D(2026, 3, 3))),
        ("03/03/2026 (mar)", None, ParsedDate(value=D(2026, 3, 3))),
        ("03/03/2026 (ter)", None, ParsedDate(value=D(2026, 3, 3))),
        ("3-3-2026 (di)", None, ParsedDate(value=D(2026, 3, 3))),
        ("04/03/2026 (mié)", None, ParsedDate(value=D(2026, 3, 4))),  # day-first, as Spanish
        ("04/03/2026 (mer)", False, ParsedDate(value=D(2026, 3, 4), note=DAY_FIRST_NOTE)),
        ("3 mars 2026 (mar.)", None, ParsedDate(value=D(2026, 3, 3))),
        ("3/3/2026 (Tue)", None, ParsedDate(value=D(2026, 3, 3))),
        ("Nov 3, 2026 (Tue)", None, ParsedDate(value=D(2026, 11, 3))),
        ("3/11/2026 (Tue)", None, ParsedDate(value=D(2026, 11, 3), note=DAY_FIRST_NOTE)),
        ("3.3.2026 (Mo)", None, ParsedDate(problem="is not a date (2026-03-03 is a Tuesday)")),
        ("3/3/2026 (Mon)", None, ParsedDate(problem="is not a date (2026-03-03 is a Tuesday)")),
        ("3.3.2026 (draft)", None, ParsedDate(problem=NOT_A_DATE)),
        # Without a year: a weekday of another language written in full is kept for the year
        # inference, as an English one is ("Sun 1 March"); an abbreviation is not a weekday there.
        ("Dienstag, 3. März", None, ParsedDate(problem=NO_YEAR, month_day=(3, 3), weekday=1)),
        ("lundi 2 mars", None, ParsedDate(problem=NO_YEAR, month_day=(3, 2), weekday=0)),
        ("le lundi 2 mars", None, ParsedDate(problem=NO_YEAR, month_day=(3, 2), weekday=0)),
        ("martes, 3 de marzo", None, ParsedDate(problem=NO_YEAR, month_day=(3, 3), weekday=1)),
        ("3. März (Dienstag)", None, ParsedDate(problem=NO_YEAR, month_day=(3, 3), weekday=1)),
        ("March 3 (Tue)", None, ParsedDate(problem=NO_YEAR, month_day=(3, 3), weekday=1)),
        ("Di, 3. März", None, ParsedDate(problem=NOT_A_DATE)),
        ("3. März (Di)", None, ParsedDate(problem=NOT_A_DATE)),
        ("do 3 mar", None, ParsedDate(problem=NOT_A_DATE)),
    ],
)
def test_articles_spaced_times_and_weekdays_in_brackets(
    value: str, dayfirst: bool | None, expected: ParsedDate
) -> None:
    assert parse_date(value, dayfirst=dayfirst) == expected


@pytest.mark.parametrize(
    ("value", "dayfirst", "expected", "note"),
    [
        # A weekday that fits only the other order settles it, with a note (an outside test:
        # "Thu 05.03.2026" in a month-first column was "not a date (2026-05-03 is a Sunday)").
        ("Thu 05.03.2026", False, dt.date(2026, 3, 5), "read day-first, as its weekday says"),
        ("Thu 05.03.2026", None, dt.date(2026, 3, 5), "read day-first, as its weekday says"),
        ("Mi 04.03.2026", False, dt.date(2026, 3, 4), "read day-first, as its weekday says"),
        ("mercredi 4/3/2026", False, dt.date(2026, 3, 4), "read day-first, as its weekday says"),
        ("Thu 3/5/2026", True, dt.date(2026, 3, 5), "read month-first, as its weekday says"),
        # The column's order when the weekday fits it: no note.
        ("Thu 05.03.2026", True, dt.date(2026, 3, 5), None),
        ("Thu 3/5/2026", False, dt.date(2026, 3, 5), None),
        ("Tue 3/3/2026", True, dt.date(2026, 3, 3), None),
    ],
)
def test_a_weekday_settles_the_order_of_a_numeric_date(
    value: str, dayfirst: bool | None, expected: dt.date, note: str | None
) -> None:
    assert parse_date(value, dayfirst=dayfirst) == ParsedDate(value=expected, note=note)


@pytest.mark.parametrize(
    ("value", "dayfirst"),
    [("Mon 05.03.2026", False), ("Mon 05.03.2026", True), ("Mon 13/12/2026", None)],
)
def test_a_weekday_neither_order_fits_is_a_problem(value: str, dayfirst: bool | None) -> None:
    parsed = parse_date(value, dayfirst=dayfirst)
    assert parsed.value is None and parsed.problem is not None
    assert parsed.problem.startswith("is not a date (")


@pytest.mark.parametrize(
    ("value", "month_day", "weekday"),
    [
        ("Sun 1 March", (3, 1), 6),
        ("Mon, Mar 3", (3, 3), 0),
        ("Thursday 29 Feb", (2, 29), 3),
        ("Thu 31 Dec", (12, 31), 3),
    ],
)
def test_a_weekday_without_a_year_is_kept_for_the_year_inference(
    value: str, month_day: tuple[int, int], weekday: int
) -> None:
    assert parse_date(value) == ParsedDate(problem=NO_YEAR, month_day=month_day, weekday=weekday)


@pytest.mark.parametrize(
    ("month_day", "weekday", "inferred", "near", "expected"),
    [
        # The inferred year fits: kept.
        ((3, 3), 1, D(2026, 3, 3), D(2026, 3, 3), D(2026, 3, 3)),
        # A year ahead of the next dated row, but the weekday is that of the nearest 1 March.
        ((3, 1), 6, D(2027, 3, 1), D(2026, 3, 3), D(2026, 3, 1)),
        # Neither fits: a typo, not a guess years away.
        ((3, 3), 0, D(2026, 3, 3), D(2026, 3, 3), None),
        # Across the year end: Wednesday is 2025-12-31, not 2026-12-31.
        ((12, 31), 2, D(2026, 12, 31), D(2026, 1, 5), D(2025, 12, 31)),
        ((1, 1), 3, D(2027, 1, 1), D(2026, 12, 20), None),
        # Leap days: the year inferred fits, or no leap year near does.
        ((2, 29), 3, D(2024, 2, 29), D(2027, 3, 1), D(2024, 2, 29)),
        ((2, 29), 3, D(2028, 2, 29), D(2028, 3, 2), None),
        ((2, 29), 1, D(2028, 2, 29), D(2028, 3, 2), D(2028, 2, 29)),
    ],
)
def test_weekday_fits(
    month_day: tuple[int, int], weekday: int, inferred: D, near: D, expected: D | None
) -> None:
    assert dates.weekday_fits(month_day, weekday, inferred, near) == expected


def test_month_first_after_a_month_abbreviation_that_is_a_weekday_elsewhere() -> None:
    """ "mar" is Tuesday in French, Spanish and Italian, and March in English."""
    assert parse_date("mar 3") == ParsedDate(problem=NO_YEAR, month_day=(3, 3))
    assert parse_date("mar 3, 2026") == ParsedDate(value=D(2026, 3, 3))


def test_a_column_of_month_names_settles_no_order() -> None:
    """ "3. März 2026" reads one way only: it is no evidence for 3/11/2026's order."""
    values = pd.Series(["3. März 2026", "12 janv. 2026", "3/11/2026"])
    order = detect_date_order(values)
    assert order.dayfirst is None


@pytest.mark.parametrize(
    ("value", "dayfirst", "problem"),
    [
        ("31/02/2026", None, NOT_A_DATE),
        ("31/02/2026", True, NOT_A_DATE),
        ("2027-02-29", None, NOT_A_DATE),
        ("13/13/2026", None, NOT_A_DATE),
        ("11/13/2026", True, NOT_A_DATE),  # forced day-first: month 13 is not guessed away
        ("13/11/2026", False, NOT_A_DATE),
        ("hello", None, NOT_A_DATE),
        ("@Today", None, NOT_A_DATE),  # Notion's mention of a day relative to the page's
        ("@ November 23, 2026", None, NOT_A_DATE),
        ("@@November 23, 2026", None, NOT_A_DATE),
        ("next week", None, NOT_A_DATE),
        ("2026", None, NOT_A_DATE),
        ("2026-11-03 25:00", None, NOT_A_DATE),
        ("11/13/23, 13:42 PM", None, NOT_A_DATE),
        ("12/03/2027 13:00 p. m.", True, NOT_A_DATE),  # no 13 p. m. either
        ("12/03/2027 10:00 a m", True, NOT_A_DATE),  # "a m" is two words, no time
        ("10:00 a. m.", None, dates.TIME_ONLY),
        ("Mon 2026-11-03", None, "is not a date (2026-11-03 is a Tuesday)"),
        # Words in brackets that are no time zone: the cell says something else too.
        ("11/13/2026 (draft)", None, NOT_A_DATE),
        ("11/13/2026 (first time)", None, NOT_A_DATE),
        ("Dec 1, 2026 1:30 PM XYZ", None, NOT_A_DATE),
        # A one-word zone only after a time: after a day it is a word of the cell's own.
        ("Nov 24, 2026 Central", None, NOT_A_DATE),
        ("Nov 24, 2026 9:00 AM Western", None, NOT_A_DATE),
        ("2026-12-01 25:00 EST", None, NOT_A_DATE),
        ("8/3/2019 and 9", None, NOT_A_DATE),
        # A bracket of the date moved from, only when it gives that date (fx292).
        ("12/8/2026 (was tentative)", None, NOT_A_DATE),
        ("12/8/2026 (was 13/45)", None, NOT_A_DATE),
        ("(was 12/3)", None, NOT_A_DATE),
        ("12/8/2026 (was 12/3) (Tue)", None, NOT_A_DATE),
        ("12/8/2026 - was tentative", None, NOT_A_DATE),
        ("12/8/2026 - 12/9 - was 12/3", None, NOT_A_DATE),
        ("- was 12/3", None, NOT_A_DATE),
        ("Nov 2026", None, dates.NO_DAY),
        ("14:00", None, dates.TIME_ONLY),
        (dt.time(14, 0), None, dates.TIME_ONLY),
        (True, None, NOT_A_DATE),
        (False, None, NOT_A_DATE),
        (0, None, NOT_A_DATE),
        (60, None, NOT_A_DATE),  # 1900-02-29 never existed
        (-5, None, NOT_A_DATE),
        (2958466, None, NOT_A_DATE),
        (float("inf"), None, NOT_A_DATE),
        (dt.datetime(1, 1, 1), None, dates.YEAR_OUT_OF_REACH.format(year=1)),
        # 9999-12-31 is a date, but beyond datetime64[ns]: said in words, not as its bounds
        (2958465, None, "has the year 9999, centuries away: no date of a job search; fix the year"),
    ],
)
def test_parse_date_refuses(value: object, dayfirst: bool | None, problem: str) -> None:
    parsed = parse_date(value, dayfirst=dayfirst)
    assert parsed.value is None
    assert parsed.problem == problem


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "n/a",
        "N/A",
        "TBD",
        "-",
        "—",
        "--",
        "?",
        "none",
        "Pending",
        "No response",
        # "To be confirmed", "still open", "unknown" in each language a tracker is read in.
        "tbc",
        "TBC",
        "tba",
        "To be confirmed",
        "offen",
        "noch offen",
        "unbekannt",
        "à confirmer",
        "A confirmer",
        "à définir",
        "en attente",
        "por confirmar",
        "pendiente",
        "a confirmar",
        "pendente",
        "n.v.t.",
        "nader te bepalen",
        "onbekend",
        "da confermare",
        "in attesa",
        "\\N",  # MySQL's INTO OUTFILE and PostgreSQL's COPY write a NULL so
        " \\N ",
        float("nan"),
        pd.NaT,
    ],
)
def test_placeholders_are_empty_not_problems(value: object) -> None:
    assert parse_date(value).is_empty


@pytest.mark.parametrize(
    ("text", "month_day"),
    [("Nov 3", (11, 3)), ("3 November", (11, 3)), ("11/3", (11, 3)), ("Feb 29", (2, 29))],
)
def test_dates_without_a_year_are_reported_with_month_and_day(
    text: str, month_day: tuple[int, int]
) -> None:
    assert parse_date(text) == ParsedDate(problem=NO_YEAR, month_day=month_day)


@pytest.mark.parametrize(
    ("month_day", "near", "expected"),
    [
        ((11, 3), D(2026, 11, 20), D(2026, 11, 3)),
        ((1, 4), D(2026, 12, 20), D(2027, 1, 4)),  # across the new year
        ((12, 28), D(2027, 1, 5), D(2026, 12, 28)),
        ((2, 29), D(2027, 3, 1), D(2028, 2, 29)),  # only a leap year has it
    ],
)
def test_infer_year_takes_the_nearest(
    month_day: tuple[int, int], near: dt.date, expected: dt.date
) -> None:
    assert dates.infer_year(month_day, near) == expected


@pytest.mark.parametrize(
    ("serial", "epoch_1904", "expected"),
    [
        (1, False, D(1900, 1, 1)),
        (59, False, D(1900, 2, 28)),
        (61, False, D(1900, 3, 1)),
        (46000, False, D(2025, 12, 9)),
        (46000.75, False, D(2025, 12, 9)),  # the fraction is the time of day
        (46329, False, D(2026, 11, 3)),
        (0, True, D(1904, 1, 1)),
        (44867, True, D(2026, 11, 3)),  # 1904 system: 1462 days less
    ],
)
def test_excel_serials(serial: float, epoch_1904: bool, expected: dt.date) -> None:
    assert parse_date(serial, epoch_1904=epoch_1904).value == expected


UNIX_SECONDS = (
    "is not a date: a number like this may count seconds since 1970 (Unix time, which would "
    "be 2026-11-10 UTC); write the date (yyyy-mm-dd) or export the column as dates"
)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        # A warehouse's yyyymmdd date key, past every serial: read as the same digits as text.
        (20261110, ParsedDate(value=D(2026, 11, 10))),
        (np.int64(20261110), ParsedDate(value=D(2026, 11, 10))),
        (20261110.0, ParsedDate(value=D(2026, 11, 10))),  # an int column with nulls: floats
        (19000101, ParsedDate(value=D(1900, 1, 1))),
        (21001231, ParsedDate(value=D(2100, 12, 31))),
        (20261131, ParsedDate(problem=NOT_A_DATE)),  # no 31 November
        (20261110.5, ParsedDate(problem=NOT_A_DATE)),
        (21011231, ParsedDate(problem=NOT_A_DATE)),
        (99999999, ParsedDate(problem=NOT_A_DATE)),
        # Unix time: said with the day it would be, not read (it may count something else).
        (1794322800, ParsedDate(problem=UNIX_SECONDS)),
        (1794322800000, ParsedDate(problem=UNIX_SECONDS.replace("seconds", "milliseconds"))),
        (946684799, ParsedDate(problem=NOT_A_DATE)),  # 1999: no export of this tool's rows
        (-5, ParsedDate(problem=NOT_A_DATE)),
        (0, ParsedDate(problem=NOT_A_DATE)),
    ],
)
def test_numbers_past_every_serial(number: float, expected: ParsedDate) -> None:
    """ot110 F4: 20261110 as an integer was "not a date" where the same digits as text were
    2026-11-10, and epoch times were refused without a hint."""
    assert parse_date(number) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A CSV's Unix time, as Roznoshchik/get-hired writes its dates (ot145 F4).
        ("1794322800", ParsedDate(problem=UNIX_SECONDS)),
        (" 1794322800 ", ParsedDate(problem=UNIX_SECONDS)),
        ("1794322800000", ParsedDate(problem=UNIX_SECONDS.replace("seconds", "milliseconds"))),
        ("946684799", ParsedDate(problem=NOT_A_DATE)),
        ("123456789", ParsedDate(problem=NOT_A_DATE)),
        # As before: a yyyymmdd text, a serial as text.
        ("20261110", ParsedDate(value=D(2026, 11, 10))),
        ("46336", ParsedDate(value=D(2026, 11, 10))),
    ],
)
def test_digits_of_a_unix_time_are_said_as_the_number_is(text: str, expected: ParsedDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Postgres and Supabase write an offset of hours alone (ot145 F4).
        ("2026-03-20 07:02:45.281918+00", D(2026, 3, 20)),
        ("2026-03-20T07:02:45+00", D(2026, 3, 20)),
        ("2026-03-20 07:02:45-05", D(2026, 3, 20)),
        ("2026-03-20T07:02:45+05", D(2026, 3, 20)),
        # As before.
        ("2026-03-20 07:02:45+00:00", D(2026, 3, 20)),
        ("2026-03-20T07:02:45+0000", D(2026, 3, 20)),
        ("2026-03-20T07:02:45-05:00", D(2026, 3, 20)),
    ],
)
def test_a_time_with_an_offset_of_hours_is_read(text: str, expected: dt.date) -> None:
    assert parse_date(text) == ParsedDate(value=expected)


# ---------------------------------------------------------------------------------------------
# Never raises
# ---------------------------------------------------------------------------------------------

CELL_VALUES = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(),
    st.dates(),
    st.times(),
    st.sampled_from(
        [
            "2026-11-03",
            "11/13/23, 9:42 AM",
            "Nov 3",
            "31/02/2026",
            "yes",
            "n/a",
            "next Friday",
            "within 5 business days",
            "46000",
            "Mon 2026-11-02",
        ]
    ),
)


@given(value=CELL_VALUES, dayfirst=st.sampled_from([None, True, False]), epoch_1904=st.booleans())
def test_parse_date_never_raises(value: object, dayfirst: bool | None, epoch_1904: bool) -> None:
    parsed = parse_date(value, dayfirst=dayfirst, epoch_1904=epoch_1904)
    assert (parsed.value is None) or (parsed.problem is None)
    if parsed.value is not None:
        assert dates.FIRST_SUPPORTED <= parsed.value <= dates.LAST_SUPPORTED


@given(values=st.lists(CELL_VALUES, max_size=20))
def test_parse_date_column_agrees_with_parse_date(values: list[object]) -> None:
    column = parse_date_column(pd.Series(values, dtype=object))
    for i, value in enumerate(values):
        one = parse_date(value)
        got = column.dates.iloc[i]
        assert (pd.isna(got) and one.value is None) or got.date() == one.value
        if one.value is None:
            assert column.problems.iloc[i] == one.problem


# ---------------------------------------------------------------------------------------------
# Several dates in one cell
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "note"),
    [
        ("8/3/2019 and 9/9/2019", D(2019, 9, 9), "holds 2 dates; the later, 2019-09-09, is used"),
        ("9/9/2019 and 8/3/2019", D(2019, 9, 9), "holds 2 dates; the later, 2019-09-09, is used"),
        ("8/3/2019, 9/9/2019", D(2019, 9, 9), "holds 2 dates; the later, 2019-09-09, is used"),
        (
            "2026-11-03; 2026-11-10",
            D(2026, 11, 10),
            "holds 2 dates; the later, 2026-11-10, is used",
        ),
        (
            "Nov 3, 2026 & Nov 9, 2026",
            D(2026, 11, 9),
            "holds 2 dates; the later, 2026-11-09, is used",
        ),
        (
            "1/5/2026 then 1/9/2026 then 1/20/2026",
            D(2026, 1, 20),
            "holds 3 dates; the latest, 2026-01-20, is used",
        ),
        (  # a range as Notion writes one
            "November 12, 2026 2:00 PM (EST) → November 13, 2026 4:00 PM (EST)",
            D(2026, 11, 13),
            "holds 2 dates; the later, 2026-11-13, is used",
        ),
        (
            "2026-11-12 -> 2026-11-13",
            D(2026, 11, 13),
            "holds 2 dates; the later, 2026-11-13, is used",
        ),
        ("Nov 3, 2026", D(2026, 11, 3), None),  # one date with a comma in it
        ("11/13/23, 9:42 AM", D(2023, 11, 13), None),  # one date and a time
        ("November 12, 2026 2:00 PM → 3:00 PM", D(2026, 11, 12), None),  # one day, two times
        ("2026-11-12 14:00 -> 15:30", D(2026, 11, 12), None),
        # A range's start and end on one day are one date (an outside test: a Notion meeting
        # was said to hold 2 dates).
        (
            "November 24, 2026 10:00 AM (PST) → November 24, 2026 3:00 PM (PST)",
            D(2026, 11, 24),
            None,
        ),
        ("2026-11-12 14:00 -> 2026-11-12 15:30", D(2026, 11, 12), None),
        ("11/3/2026; 11/3/2026", D(2026, 11, 3), None),
        # The same day twice among others counts once.
        (
            "11/3/2026 and 11/3/2026 and 11/9/2026",
            D(2026, 11, 9),
            "holds 2 dates; the later, 2026-11-09, is used",
        ),
    ],
)
def test_several_dates_in_one_cell(value: str, expected: dt.date, note: str | None) -> None:
    assert parse_date(value) == ParsedDate(value=expected, note=note)


@pytest.mark.parametrize(
    "value", ["8/3/2019 and tbd", "8/3/2019 and 31/02/2019", "Nov 3 and Nov 9"]
)
def test_several_values_not_all_dates_is_not_a_date(value: str) -> None:
    assert parse_date(value).problem in (NOT_A_DATE, NO_YEAR)
    assert parse_date(value).value is None


@pytest.mark.parametrize(
    ("month_day", "limit", "expected"),
    [
        ((11, 3), D(2026, 11, 10), D(2026, 11, 3)),
        ((11, 3), D(2026, 11, 3), D(2026, 11, 3)),
        ((12, 30), D(2027, 1, 5), D(2026, 12, 30)),
        ((2, 29), D(2027, 3, 1), D(2024, 2, 29)),
    ],
)
def test_latest_on_or_before(month_day: tuple[int, int], limit: dt.date, expected: dt.date) -> None:
    assert dates.latest_on_or_before(month_day, limit) == expected


def test_a_column_of_month_names_in_other_languages() -> None:
    column = parse_date_column(pd.Series(["3. März 2026", "5 de marzo de 2026", "2 mei 2026"]))
    assert list(column.problems) == [None, None, None]
    assert [pd.Timestamp(d).date() for d in column.dates] == [
        D(2026, 3, 3),
        D(2026, 3, 5),
        D(2026, 5, 2),
    ]


@pytest.mark.parametrize(
    ("value", "dayfirst", "expected"),
    [
        # A time after a date without its year is checked and dropped as after a full date
        # (an outside test: "Thu 3/26 9:30 AM" beside a readable "Thu 3/26" was "not a date").
        ("Tue 3/24 2pm", None, ParsedDate(problem=NO_YEAR, month_day=(3, 24), weekday=1)),
        ("Fri 3/27 11:30am", None, ParsedDate(problem=NO_YEAR, month_day=(3, 27), weekday=4)),
        ("Thu 3/26 9:30 AM", None, ParsedDate(problem=NO_YEAR, month_day=(3, 26), weekday=3)),
        ("3/26 9:30 AM", None, ParsedDate(problem=NO_YEAR, month_day=(3, 26))),
        ("3/26, 14:30", None, ParsedDate(problem=NO_YEAR, month_day=(3, 26))),
        ("26/3 14:30", True, ParsedDate(problem=NO_YEAR, month_day=(3, 26))),
        ("Nov 3 2pm", None, ParsedDate(problem=NO_YEAR, month_day=(11, 3))),
        ("3 mars à 14h", None, ParsedDate(problem=NO_YEAR, month_day=(3, 3))),
        ("2 mars à 14 h", None, ParsedDate(problem=NO_YEAR, month_day=(3, 2))),
        ("12/8 @ 2pm", None, ParsedDate(problem=NO_YEAR, month_day=(12, 8))),
        ("12/8 @ 14:00", None, ParsedDate(problem=NO_YEAR, month_day=(12, 8))),
        ("12/8@2pm", None, ParsedDate(problem=NO_YEAR, month_day=(12, 8))),
        ("Dec 8 @ 2pm", None, ParsedDate(problem=NO_YEAR, month_day=(12, 8))),
        ("Tue 12/8 @ 2pm", None, ParsedDate(problem=NO_YEAR, month_day=(12, 8), weekday=1)),
        # ... and after one moved, its old date in brackets (fx292).
        ("12/8 (moved from 12/3)", None, ParsedDate(problem=NO_YEAR, month_day=(12, 8))),
        ("Dec 8 (was Dec 3)", None, ParsedDate(problem=NO_YEAR, month_day=(12, 8))),
        (
            "Dienstag, 3. März um 14 Uhr",
            None,
            ParsedDate(problem=NO_YEAR, month_day=(3, 3), weekday=1),
        ),
        # The German short form, with and without its last dot, maybe with a time.
        ("20.03.", True, ParsedDate(problem=NO_YEAR, month_day=(3, 20))),
        ("20.03", True, ParsedDate(problem=NO_YEAR, month_day=(3, 20))),
        ("5.3.", True, ParsedDate(problem=NO_YEAR, month_day=(3, 5))),
        ("20.03. um 14 Uhr", True, ParsedDate(problem=NO_YEAR, month_day=(3, 20))),
        ("20.03. 14:00", True, ParsedDate(problem=NO_YEAR, month_day=(3, 20))),
        ("29.02.", True, ParsedDate(problem=NO_YEAR, month_day=(2, 29))),
        # A time or a day that does not exist is no date, with a year or without.
        ("3/26 25:00", None, ParsedDate(problem=NOT_A_DATE)),
        ("12/8 @ 25:00", None, ParsedDate(problem=NOT_A_DATE)),
        ("12/8 @", None, ParsedDate(problem=NOT_A_DATE)),  # at no time
        ("Tue 3/24 13pm", None, ParsedDate(problem=NOT_A_DATE)),
        ("31.02.", True, ParsedDate(problem=NOT_A_DATE)),
        ("20.03.5", True, ParsedDate(problem=NOT_A_DATE)),
    ],
)
def test_dates_without_a_year_with_a_time(
    value: str, dayfirst: bool | None, expected: ParsedDate
) -> None:
    assert parse_date(value, dayfirst=dayfirst) == expected


# Interview times written with "@" (ot119 F14: each row was Needs info, "not a date").
AT_TIMES_CSV = """Company,Position,Interview Date,Interview Type,Status
A,Analyst,12/1/2026 @ 14:00,video,interviewing
B,Analyst,12/8/2026 @ 2pm,video,interviewing
C,Analyst,Dec 8 @ 2pm,video,interviewing
D,Analyst,12/8@2pm,video,interviewing
"""


def test_a_run_reads_interview_times_written_with_an_at_sign(tmp_path: Path) -> None:
    """As of Sun 2026-12-06: A's interview on Tue 12-01 wants its thank-you the next business
    day, Wed 12-02 (overdue); B's on Tue 12-08 is scheduled, its thank-you due Wed 12-09, and so
    are C's and D's, their year taken from the dated row before them (said in Problems)."""
    seen = run_csv_seen(tmp_path, AT_TIMES_CSV, "2026-12-06")

    def no_year(row: int, cell: str) -> str:
        return (
            f'row {row}, column "Interview Date": "{cell}" has no year; read as 2026-12-08 '
            "(nearest the last dated row's 2026-12-08)"
        )

    assert seen == {
        "A": ("Overdue", "Thank-you note", "2026-12-02", ""),
        "B": ("Scheduled", "Thank-you note", "2026-12-09", ""),
        "C": ("Scheduled", "Thank-you note", "2026-12-09", no_year(4, "Dec 8 @ 2pm")),
        "D": ("Scheduled", "Thank-you note", "2026-12-09", no_year(5, "12/8@2pm")),
    }


def moved(day: str) -> str:
    return f"states the day it was moved to: read as {day}"


@pytest.mark.parametrize(
    ("value", "dayfirst", "read"),
    [
        # A date cell that states the day its date was moved to: that day, said (fx333: each
        # was "not a date").
        (
            "11/18/2026 - moved to 11/24/2026",
            None,
            ParsedDate(D(2026, 11, 24), note=moved("Tue 2026-11-24")),
        ),
        (
            "2026-11-18 (moved to 2026-11-24)",
            None,
            ParsedDate(D(2026, 11, 24), note=moved("Tue 2026-11-24")),
        ),
        (
            "Tue 11/17/2026 (rescheduled for Mon 11/23/2026)",
            None,
            ParsedDate(D(2026, 11, 23), note=moved("Mon 2026-11-23")),
        ),
        (
            "12/30/2026 - pushed back to 1/4/2027",
            None,
            ParsedDate(D(2027, 1, 4), note=moved("Mon 2027-01-04")),
        ),
        (
            "2/27/2028, moved to 2/29/2028",
            None,
            ParsedDate(D(2028, 2, 29), note=moved("Tue 2028-02-29")),
        ),
        (
            "24.11.2026 verschoben auf 26.11.2026",
            True,
            ParsedDate(D(2026, 11, 26), note=moved("Thu 2026-11-26")),
        ),
        # Without a year: the new day, placed as any year-less date is.
        ("11/18 - moved to Nov 24", None, ParsedDate(problem=NO_YEAR, month_day=(11, 24))),
        ("Nov 18 (moved to Nov 24)", None, ParsedDate(problem=NO_YEAR, month_day=(11, 24))),
        ("12/30 - moved to 1/4", None, ParsedDate(problem=NO_YEAR, month_day=(1, 4))),
        # A new day that is no date, or no old date before the words: not read.
        ("11/18/2026 - moved to next week", None, ParsedDate(problem=NOT_A_DATE)),
        ("Onsite - moved to 11/24/2026", None, ParsedDate(problem=NOT_A_DATE)),
        (
            "11/17/2026 - moved to Mon 11/24/2026",
            None,
            ParsedDate(problem=NOT_A_DATE + " (2026-11-24 is a Tuesday)"),
        ),
    ],
)
def test_a_date_moved_to_a_new_day_is_the_new_day(
    value: str, dayfirst: bool | None, read: ParsedDate
) -> None:
    assert parse_date(value, dayfirst=dayfirst) == read


# An interview moved, its old date in brackets or after a dash (fx292, fx300: each row was
# Needs info, "not a date").
MOVED_CSV = """Company,Position,Interview Date,Interview Type,Status
A,Analyst,12/8/2026 (rescheduled from 12/3),video,interviewing
D,Analyst,12/8/2026 - rescheduled from 12/3,video,interviewing
B,Analyst,12/8 (moved from 12/3),video,interviewing
C,Analyst,Dec 8 (was Dec 3),video,interviewing
"""


def test_a_run_reads_the_new_date_of_an_interview_moved(tmp_path: Path) -> None:
    """As of Tue 2026-12-01: each interview is on the new date, Tue 12-08, its thank-you due
    Wed 12-09; B's and C's year taken from the dated row before them (said in Problems)."""
    seen = run_csv_seen(tmp_path, MOVED_CSV, "2026-12-01")

    def no_year(row: int, cell: str) -> str:
        return (
            f'row {row}, column "Interview Date": "{cell}" has no year; read as 2026-12-08 '
            "(nearest the last dated row's 2026-12-08)"
        )

    assert seen == {
        "A": ("Scheduled", "Thank-you note", "2026-12-09", ""),
        "D": ("Scheduled", "Thank-you note", "2026-12-09", ""),
        "B": ("Scheduled", "Thank-you note", "2026-12-09", no_year(4, "12/8 (moved from 12/3)")),
        "C": ("Scheduled", "Thank-you note", "2026-12-09", no_year(5, "Dec 8 (was Dec 3)")),
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Japanese and Chinese, with the weekday in brackets as each writes it (half- and
        # full-width), full-width digits, a time, Chinese "号" for the day.
        ("2026年4月28日", ParsedDate(value=D(2026, 4, 28))),
        ("2026年04月28日", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日(火)", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日（火）", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日(火曜日)", ParsedDate(value=D(2026, 4, 28))),
        ("２０２６年４月２８日", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日 14:00", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日（周二）", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日 星期二", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28号", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日(水)", ParsedDate(problem=f"{NOT_A_DATE} (2026-04-28 is a Tuesday)")),
        ("2026年13月28日", ParsedDate(problem=NOT_A_DATE)),
        # Japanese era years: Reiwa 1 is 2019 (from 1 May), Heisei 1 is 1989; "元年" is year 1.
        ("令和8年4月28日", ParsedDate(value=D(2026, 4, 28))),
        ("令和元年5月1日", ParsedDate(value=D(2019, 5, 1))),
        ("平成31年4月30日", ParsedDate(value=D(2019, 4, 30))),
        ("令和1年4月30日", ParsedDate(problem=NOT_A_DATE)),  # still Heisei then
        ("平成31年5月1日", ParsedDate(problem=NOT_A_DATE)),  # Reiwa by then
        # Korean, and Korea's "2026. 4. 28." (Excel's Korean date format), trailing dot too.
        ("2026년 4월 28일", ParsedDate(value=D(2026, 4, 28))),
        ("2026년 4월 28일 (화)", ParsedDate(value=D(2026, 4, 28))),
        ("2026. 4. 28.", ParsedDate(value=D(2026, 4, 28))),
        ("2026. 9. 23.", ParsedDate(value=D(2026, 9, 23))),
        ("2026. 4. 28. (화)", ParsedDate(value=D(2026, 4, 28))),
        ("2026.4.28.", ParsedDate(value=D(2026, 4, 28))),
        # Without the year: the year-less rule every date follows; the weekday kept for it.
        ("4月28日", ParsedDate(problem=NO_YEAR, month_day=(4, 28))),
        ("4월 28일", ParsedDate(problem=NO_YEAR, month_day=(4, 28))),
        ("4月28日(火)", ParsedDate(problem=NO_YEAR, month_day=(4, 28), weekday=1)),
        # Hebrew and Arabic month names, day first; Hebrew "ב" (in) before the month, Arabic
        # with or without its hamza, as the Levant names the month, in Arabic-Indic digits.
        ("28 אפריל 2026", ParsedDate(value=D(2026, 4, 28))),
        ("28 באפריל 2026", ParsedDate(value=D(2026, 4, 28))),
        ("3 בספטמבר 2026", ParsedDate(value=D(2026, 9, 3))),
        ("28 أبريل 2026", ParsedDate(value=D(2026, 4, 28))),
        ("28 ابريل 2026", ParsedDate(value=D(2026, 4, 28))),
        ("28 نيسان 2026", ParsedDate(value=D(2026, 4, 28))),
        ("٢٨ أبريل ٢٠٢٦", ParsedDate(value=D(2026, 4, 28))),
        ("28 אפריל", ParsedDate(problem=NO_YEAR, month_day=(4, 28))),
        ("אפריל 2026", ParsedDate(problem=dates.NO_DAY)),
    ],
)
def test_east_asian_hebrew_and_arabic_dates(value: str, expected: ParsedDate) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # A time after the date as Korean and Japanese write it, morning or afternoon before
        # the hour (Excel's Korean date-time "2026. 4. 28. 오후 2:00"), with or without a space
        # after the date: checked and dropped, as the 14:00 of "2026-04-28 14:00" is.
        ("2026. 4. 28. 오후 2:00", ParsedDate(value=D(2026, 4, 28))),
        ("2026. 4. 28. 오전 10:30:00", ParsedDate(value=D(2026, 4, 28))),
        ("2026년 4월 28일 오전 10시", ParsedDate(value=D(2026, 4, 28))),
        ("2026년 4월 28일 오후 2시 30분", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日 午後2時", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日午後2時", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日 午前10:30", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日(火) 午後2時", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日 14時30分", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日14:00", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日(火)14:00", ParsedDate(value=D(2026, 4, 28))),
        ("2026年4月28日 下午2点半", ParsedDate(value=D(2026, 4, 28))),
        ("2026/4/28 午後2:00", ParsedDate(value=D(2026, 4, 28))),
        ("4月28日 午後2時", ParsedDate(problem=NO_YEAR, month_day=(4, 28))),
        # A time that does not exist is no date, as "13pm" is not (guards: no date before
        # either); a time alone is a time without a date.
        ("2026年4月28日 午後13時", ParsedDate(problem=NOT_A_DATE)),
        ("2026. 4. 28. 오후 2:75", ParsedDate(problem=NOT_A_DATE)),
        ("午後2時", ParsedDate(problem=dates.TIME_ONLY)),
    ],
)
def test_east_asian_times_after_a_date(value: str, expected: ParsedDate) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Japanese era years abbreviated as Excel ("ge.m.d") and Japanese forms write them:
        # R for Reiwa (from 2019-05-01), H for Heisei (to 2019-04-30).
        ("R8.4.28", ParsedDate(value=D(2026, 4, 28))),
        ("R8/4/28", ParsedDate(value=D(2026, 4, 28))),
        ("R08.04.28", ParsedDate(value=D(2026, 4, 28))),
        ("Ｒ８．４．２８", ParsedDate(value=D(2026, 4, 28))),
        ("H31.4.30", ParsedDate(value=D(2019, 4, 30))),
        ("R1.5.1", ParsedDate(value=D(2019, 5, 1))),
        ("R8.4.28(火)", ParsedDate(value=D(2026, 4, 28))),
        ("R8.4.28 14:00", ParsedDate(value=D(2026, 4, 28))),
        # A year that does not fit the era, another letter, mixed separators: no date (a
        # product code such as "X8.4.28" is none either). Guards: none was a date before.
        ("R1.4.30", ParsedDate(problem=NOT_A_DATE)),  # still Heisei then
        ("H31.5.1", ParsedDate(problem=NOT_A_DATE)),  # Reiwa by then
        ("H32.1.1", ParsedDate(problem=NOT_A_DATE)),
        ("R8.2.30", ParsedDate(problem=NOT_A_DATE)),
        ("S64.1.7", ParsedDate(problem=NOT_A_DATE)),
        ("X8.4.28", ParsedDate(problem=NOT_A_DATE)),
        ("r8.4.28", ParsedDate(problem=NOT_A_DATE)),
        ("R8.4/28", ParsedDate(problem=NOT_A_DATE)),
        ("R8.4.28(水)", ParsedDate(problem=f"{NOT_A_DATE} (2026-04-28 is a Tuesday)")),
    ],
)
def test_japanese_era_abbreviations(value: str, expected: ParsedDate) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "dayfirst", "expected"),
    [
        # Readings that stay as they were beside the new forms.
        ("2026.4.28", None, D(2026, 4, 28)),
        ("2026.04.28", None, D(2026, 4, 28)),
        ("28.04.2026", None, D(2026, 4, 28)),
        ("28.04.2026", True, D(2026, 4, 28)),
        ("04.05.2026", True, D(2026, 5, 4)),
        ("2026/4/28", None, D(2026, 4, 28)),
        ("28 de abril de 2026", None, D(2026, 4, 28)),
        ("1º set 2026", None, D(2026, 9, 1)),
        ("2026-04-28 14:00", None, D(2026, 4, 28)),
        ("2026年4月28日 14:00", None, D(2026, 4, 28)),
        ("2026. 4. 28. 14:00", None, D(2026, 4, 28)),
        ("4/28/2026 2:00 PM", None, D(2026, 4, 28)),
    ],
)
def test_dates_read_as_before_beside_the_east_asian_forms(
    value: str, dayfirst: bool | None, expected: D
) -> None:
    assert parse_date(value, dayfirst=dayfirst) == ParsedDate(value=expected)


# ---------------------------------------------------------------------------------------------
# South-East Asian and Taiwanese date forms (ot82 F8)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Taiwan's Minguo year with its mark: year + 1911, anywhere (民國元年 is 1912).
        ("民國116年4月27日", ParsedDate(value=D(2027, 4, 27))),
        ("民国116年4月27日", ParsedDate(value=D(2027, 4, 27))),
        ("中華民國116年4月27日", ParsedDate(value=D(2027, 4, 27))),
        ("民國116年4月27日(二)", ParsedDate(value=D(2027, 4, 27))),  # 27 April 2027: a Tuesday
        ("民國116/04/27", ParsedDate(value=D(2027, 4, 27))),
        ("民國116.4.27", ParsedDate(value=D(2027, 4, 27))),
        ("民國元年1月1日", ParsedDate(value=D(1912, 1, 1))),
        ("民國116年4月27日(一)", ParsedDate(problem=f"{NOT_A_DATE} (2027-04-27 is a Tuesday)")),
        ("民國116年2月30日", ParsedDate(problem=NOT_A_DATE)),
        # Without the mark the Minguo form is no date here: only a Taiwanese row reads it.
        ("116/04/27", ParsedDate(problem=NOT_A_DATE)),
        # Indonesian and Malay month and weekday names, day first.
        ("Selasa, 27 April 2027", ParsedDate(value=D(2027, 4, 27))),
        ("27 Mei 2027", ParsedDate(value=D(2027, 5, 27))),
        ("27 Agustus 2027", ParsedDate(value=D(2027, 8, 27))),
        ("27 Agu 2027", ParsedDate(value=D(2027, 8, 27))),
        ("27 Ogos 2027", ParsedDate(value=D(2027, 8, 27))),
        ("3 Maret 2027", ParsedDate(value=D(2027, 3, 3))),
        ("3 Mac 2027", ParsedDate(value=D(2027, 3, 3))),
        ("15 Julai 2027", ParsedDate(value=D(2027, 7, 15))),
        ("1 Desember 2027", ParsedDate(value=D(2027, 12, 1))),
        ("1 Disember 2027", ParsedDate(value=D(2027, 12, 1))),
        ("Khamis, 29 April 2027", ParsedDate(value=D(2027, 4, 29))),
        ("Minggu, 2 Mei 2027", ParsedDate(value=D(2027, 5, 2))),  # a Sunday
        ("Senin, 27/04/2027", ParsedDate(problem=f"{NOT_A_DATE} (2027-04-27 is a Tuesday)")),
        ("Selasa, 27/04/2027", ParsedDate(value=D(2027, 4, 27))),  # day-first after the weekday
        ("27 Agustus", ParsedDate(problem=NO_YEAR, month_day=(8, 27))),
        # The abbreviations that are English words are months only with a year.
        ("3 mac", ParsedDate(problem=NOT_A_DATE)),
        ("2 dis", ParsedDate(problem=NOT_A_DATE)),
        ("3 des", ParsedDate(problem=NOT_A_DATE)),
        # Vietnamese: day, month in figures after "tháng", year after "năm".
        ("ngày 27 tháng 4 năm 2027", ParsedDate(value=D(2027, 4, 27))),
        ("Ngày 27 tháng 04 năm 2027", ParsedDate(value=D(2027, 4, 27))),
        ("27 tháng 4, 2027", ParsedDate(value=D(2027, 4, 27))),
        ("Thứ Ba, ngày 27 tháng 4 năm 2027", ParsedDate(value=D(2027, 4, 27))),
        ("Thứ 3, 27 tháng 4 năm 2027", ParsedDate(value=D(2027, 4, 27))),
        ("Chủ nhật, ngày 2 tháng 5 năm 2027", ParsedDate(value=D(2027, 5, 2))),
        (
            "Thứ Hai, ngày 27 tháng 4 năm 2027",
            ParsedDate(problem=f"{NOT_A_DATE} (2027-04-27 is a Tuesday)"),
        ),
        ("ngày 27 tháng 4", ParsedDate(problem=NO_YEAR, month_day=(4, 27))),
        ("ngày 27 tháng 13 năm 2027", ParsedDate(problem=NOT_A_DATE)),
        ("tháng 4 năm 2027", ParsedDate(problem=NOT_A_DATE)),
        # A Buddhist-era year read without the row's country: said in words.
        (
            "27/04/2570",
            ParsedDate(
                problem="has the year 2570, no year of this era: if it is the Thai Buddhist "
                "era's (2570 is 2027), write 2027, or put TH in the row's Country"
            ),
        ),
        (
            "27/04/3026",
            ParsedDate(
                problem="has the year 3026, centuries away: no date of a job search; fix the year"
            ),
        ),
    ],
)
def test_south_east_asian_and_taiwanese_dates(value: str, expected: ParsedDate) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "country", "dayfirst", "expected"),
    [
        # Taiwan: the Minguo year first, three digits (100 = 2011), on a Taiwanese row.
        ("116/04/27", "TW", None, D(2027, 4, 27)),
        ("116.4.27", "TW", None, D(2027, 4, 27)),
        ("116-04-27", "TW", None, D(2027, 4, 27)),
        ("１１６/０４/２７", "TW", None, D(2027, 4, 27)),
        ("116/04/27", "US", None, None),  # elsewhere no date
        ("116/04/27", None, None, None),
        ("11/04/27", "TW", None, None),  # two digits: the US date it is anywhere
        ("116/02/30", "TW", None, None),
        # Thailand: a Buddhist-era year (2500-2699) is the Western year + 543.
        ("27/04/2570", "TH", None, D(2027, 4, 27)),
        ("27/04/2570", "TH-10", None, D(2027, 4, 27)),  # Bangkok
        ("05/04/2570", "TH", None, D(2027, 4, 5)),  # day-first, as Thai writes it
        ("05/04/2570", "TH", False, D(2027, 5, 4)),  # unless the column says month-first
        ("27 April 2570", "TH", None, D(2027, 4, 27)),
        ("2570-04-27", "TH", None, D(2027, 4, 27)),
        ("27/04/2570", "US", None, None),
        ("27/04/2570", "MY", None, None),
        ("27/04/2027", "TH", None, None),  # Western already: read as any date is
        ("2570", "TH", None, None),  # a number, a salary: no date
        ("27/04/2570 - 28/04/2570", "TH", None, None),  # two years: not guessed
        (2570, "TH", None, None),
    ],
)
def test_local_era_dates_on_their_country_s_rows(
    value: object, country: str | None, dayfirst: bool | None, expected: D | None
) -> None:
    parsed = dates.local_era_date(value, country, dayfirst)
    assert (parsed.value if parsed is not None else None) == expected


# Thai dates with the month by name (fx164, ot82 F8 left open): Fri 15 January 2027 as Thai
# writes it, the year of the Buddhist era (2570) or the Western one.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15 มกราคม 2570", ParsedDate(value=D(2027, 1, 15))),
        ("15 ม.ค. 2570", ParsedDate(value=D(2027, 1, 15))),
        ("15 ม.ค. 70", ParsedDate(value=D(2027, 1, 15))),  # two digits: 2570
        ("15ม.ค.70", ParsedDate(value=D(2027, 1, 15))),  # as typed without spaces
        ("15 มค 70", ParsedDate(value=D(2027, 1, 15))),  # without the dots
        ("15 ม.ค. พ.ศ. 2570", ParsedDate(value=D(2027, 1, 15))),
        ("วันที่ 15 มกราคม พ.ศ. 2570", ParsedDate(value=D(2027, 1, 15))),
        ("วันศุกร์ที่ 15 มกราคม 2570", ParsedDate(value=D(2027, 1, 15))),  # Friday the 15th
        ("ศุกร์ 15 ม.ค. 70", ParsedDate(value=D(2027, 1, 15))),
        ("๑๕ ม.ค. ๒๕๗๐", ParsedDate(value=D(2027, 1, 15))),  # Thai digits
        ("15 ม.ค. 2570 เวลา 14.00 น.", ParsedDate(value=D(2027, 1, 15))),  # at 2 pm
        ("15 ม.ค. 2570 14:00", ParsedDate(value=D(2027, 1, 15))),
        # Every month, by its abbreviation (one of them also by name).
        ("1 ก.พ. 70", ParsedDate(value=D(2027, 2, 1))),
        ("1 มี.ค. 70", ParsedDate(value=D(2027, 3, 1))),
        ("1 เม.ย. 70", ParsedDate(value=D(2027, 4, 1))),
        ("1 พ.ค. 70", ParsedDate(value=D(2027, 5, 1))),
        ("1 มิ.ย. 70", ParsedDate(value=D(2027, 6, 1))),
        ("1 ก.ค. 70", ParsedDate(value=D(2027, 7, 1))),
        ("1 ส.ค. 70", ParsedDate(value=D(2027, 8, 1))),
        ("1 ก.ย. 70", ParsedDate(value=D(2027, 9, 1))),
        ("1 ต.ค. 70", ParsedDate(value=D(2027, 10, 1))),
        ("1 พ.ย. 70", ParsedDate(value=D(2027, 11, 1))),
        ("1 ธ.ค. 69", ParsedDate(value=D(2026, 12, 1))),
        ("1 พฤศจิกายน 2569", ParsedDate(value=D(2026, 11, 1))),
        ("29 กุมภาพันธ์ 2571", ParsedDate(value=D(2028, 2, 29))),  # 2028: a leap year
        # Near cases: a Western year after a Thai month is that year ("ค.ศ." marks it), two
        # digits below 30 are 2000 to 2029 as anywhere (2527 would be 1984), a year marked
        # Buddhist that is none is no date, and so is a day that does not exist.
        ("15 ม.ค. 2027", ParsedDate(value=D(2027, 1, 15))),
        ("15 มกราคม ค.ศ. 2027", ParsedDate(value=D(2027, 1, 15))),
        ("15 ม.ค. 27", ParsedDate(value=D(2027, 1, 15))),
        ("15 ม.ค. พ.ศ. 2027", ParsedDate(problem=NOT_A_DATE)),
        ("29 ก.พ. 2570", ParsedDate(problem=NOT_A_DATE)),  # 2027 has no 29 February
        ("วันจันทร์ที่ 15 มกราคม 2570", ParsedDate(problem=f"{NOT_A_DATE} (2027-01-15 is a Friday)")),
        ("15 ม.ค.", ParsedDate(problem=NO_YEAR, month_day=(1, 15))),
        ("มกราคม 2570", ParsedDate(problem=dates.NO_DAY)),
        ("15 ม.ค. 70 ยกเลิก", ParsedDate(problem=NOT_A_DATE)),  # "cancelled" after it
        ("ธนาคาร", ParsedDate(problem=NOT_A_DATE)),  # a Thai word (bank), no month
        # Day-first numbers with a two-digit year are read as before here: only a Thai row
        # reads "70" as 2570 (``local_era_date``).
        ("15/01/70", ParsedDate(value=D(1970, 1, 15))),
        ("15/01/27", ParsedDate(value=D(2027, 1, 15))),
    ],
)
def test_thai_month_names(value: str, expected: ParsedDate) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "country", "dayfirst", "expected"),
    [
        # On a Thai row a two-digit year from 30 on is the Buddhist era's (70: 2570, 2027), as
        # Thai Excel writes its short dates, day-first unless the column says otherwise.
        ("15/01/70", "TH", None, D(2027, 1, 15)),
        ("15.01.70", "TH", None, D(2027, 1, 15)),
        ("05/01/70", "TH", None, D(2027, 1, 5)),
        ("05/01/70", "TH", False, D(2027, 5, 1)),
        ("15-Jan-70", "TH", None, D(2027, 1, 15)),
        ("15 Jan 70", "TH-10", None, D(2027, 1, 15)),
        ("๑๕/๐๑/๒๕๗๐", "TH", None, D(2027, 1, 15)),
        # Near cases: below 30 the year is 2000 to 2029 (read as any date: none here), a
        # four-digit Western year stays, and elsewhere a two-digit year is what it was.
        ("15/01/27", "TH", None, None),
        ("15/01/1970", "TH", None, None),
        ("15/01/70", "US", None, None),
        ("15/01/70", "MY", None, None),
        ("15/01/70", None, None, None),
        ("70", "TH", None, None),
        ("15/13/70", "TH", None, None),
    ],
)
def test_two_digit_buddhist_years_on_thai_rows(
    value: object, country: str | None, dayfirst: bool | None, expected: D | None
) -> None:
    parsed = dates.local_era_date(value, country, dayfirst)
    assert (parsed.value if parsed is not None else None) == expected


# An interview date cell that states the day it was moved to (fx333: each row needed info).
MOVED_TO_CSV = """Company,Position,Interview Date,Interview Type,Status
A,Analyst,12/3/2026 - moved to 12/8/2026,video,interviewing
B,Analyst,12/3 - moved to Dec 8,video,interviewing
C,Analyst,12/31/2026 (rescheduled for 1/4/2027),video,interviewing
"""


def test_a_run_reads_the_day_an_interview_was_moved_to(tmp_path: Path) -> None:
    """As of Tue 2026-12-01: A's and B's video calls are on Tue 12-08, thanked Wed 12-09, B's
    year from the row after it; C's moved past New Year's Day to Mon 2027-01-04. Problems
    says each was read as the new day."""
    seen = run_csv_seen(tmp_path, MOVED_TO_CSV, "2026-12-01")

    def said(row: int, cell: str, how: str) -> str:
        return f'row {row}, column "Interview Date": "{cell}" {how}'

    assert seen == {
        "A": (
            "Scheduled",
            "Thank-you note",
            "2026-12-09",
            said(2, "12/3/2026 - moved to 12/8/2026", moved("Tue 2026-12-08")),
        ),
        "B": (
            "Scheduled",
            "Thank-you note",
            "2026-12-09",
            said(
                3,
                "12/3 - moved to Dec 8",
                "has no year; read as 2026-12-08 (just before the next dated row's 2027-01-04): "
                "the day it states it was moved to",
            ),
        ),
        "C": (
            "Scheduled",
            "Thank-you note",
            "2027-01-05",
            said(4, "12/31/2026 (rescheduled for 1/4/2027)", moved("Mon 2027-01-04")),
        ),
    }
