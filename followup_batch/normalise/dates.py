"""The one strict date reader of the project: one cell value at a time.

Strict means: a value is read as a date only when every part of it (year, month, day) is in the
cell. Nothing is filled in from "today" or a default, which is what ``dateutil`` would do
silently. Dates without a year are reported as such (``ParsedDate.month_day``) so the caller can
infer the year from neighbouring dates (``infer_year``, ``latest_on_or_before``) and say so.

Whole columns go through ``date_columns``, which calls ``parse_date`` once per distinct value.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
import unicodedata
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from followup_batch.normalise.vocabularies import PLACEHOLDERS
from followup_batch.read.header_keys import header_key

# Excel's serial date range: 1 = 1900-01-01, 2958465 = 9999-12-31 (1900 date system).
EXCEL_MAX_SERIAL_1900 = 2958465
EXCEL_MAX_SERIAL_1904 = EXCEL_MAX_SERIAL_1900 - 1462
# Serial 60 is 1900-02-29, a day that never existed: Excel copied Lotus 1-2-3's leap-year bug.
EXCEL_PHANTOM_LEAP_DAY = 60
_EPOCH_1900_BEFORE_BUG = dt.date(1899, 12, 31)
_EPOCH_1900 = dt.date(1899, 12, 30)
_EPOCH_1904 = dt.date(1904, 1, 1)

# datetime64[ns] holds these; the normalised frame uses that dtype.
FIRST_SUPPORTED = dt.date(1678, 1, 1)
LAST_SUPPORTED = dt.date(2261, 12, 31)

NOT_A_DATE = "is not a date"
# A whole number in a date cell past every Excel serial: a warehouse's yyyymmdd date key
# (20261110), read as the same digits are as text, from 1900-01-01 to 2100-12-31; and a Unix
# time in seconds or milliseconds of 2000 to 2099, said (with the day it would be), not read:
# a number alone does not say which it counts (ot110 F4).
DAY_KEYS = (19000101, 21001231)
UNIX_TIMES = {"seconds": 1, "milliseconds": 1000}
_UNIX_TIME_RANGE = (946_684_800, 4_102_444_800)  # 2000-01-01 and 2100-01-01, in seconds
UNIX_TIME = (
    "is not a date: a number like this may count {unit} since 1970 (Unix time, which would be "
    "{day} UTC); write the date (yyyy-mm-dd) or export the column as dates"
)
NO_YEAR = "has no year"
NO_DAY = "is not a full date (the day is missing)"
TIME_ONLY = "is a time without a date"
# A date whose year no job search has ("27/04/3026", a datetime cell of year 1), and one of
# the Thai Buddhist era (the Western year + 543, as Thai Excel writes dates) on a row not in
# Thailand, whose years 2500 to 2699 are 1957 to 2156 (``local_era_date`` reads them on Thai
# rows).
YEAR_OUT_OF_REACH = "has the year {year}, centuries away: no date of a job search; fix the year"
# "put TH in the row's Country" is offered only on a row whose place was not written: a row
# that names Singapore is not moved onto Thailand's holidays (``era_hint``, ot91 F2).
BUDDHIST_ERA_YEAR_PLACED = (
    "has the year {year}, no year of this era: if it is the Thai Buddhist era's "
    "({year} is {western}), write {western}"
)
TO_TH = ", or put TH in the row's Country"
BUDDHIST_ERA_YEAR = BUDDHIST_ERA_YEAR_PLACED + TO_TH
# Where a Taiwanese or Thai date is no date (a row of another country, ``local_era_date``):
# "115/11/17" and a Buddhist-era year alone ("2570") say what they may be (ot91 F6).
MINGUO_DATE = (
    "is not a date: if {year} is a Taiwan (Minguo) year ({year} is {western}), write {date}"
)
TO_TW = ", or put TW in the row's Country"
BUDDHIST_YEAR_ALONE = (
    "is not a date but a year alone: if it is the Thai Buddhist era's ({year} is {western}), "
    "write the whole date with {western}"
)
BUDDHIST_ERA_OFFSET = 543
BUDDHIST_ERA_YEARS = range(2500, 2700)
# Taiwan's Minguo (Republic of China) calendar: year 1 is 1912 ("民國116年" is 2027).
MINGUO_OFFSET = 1911

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


def without_accents(text: str) -> str:
    """``text`` without its accents ("märz" -> "marz", "févr." -> "fevr.", "août" -> "aout";
    Arabic "أبريل" -> "ابريل", the hamza being a mark that is as often left out)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Month names and their abbreviations in German, French, Spanish, Portuguese, Italian and Dutch,
# as written with the day first ("3. März 2026", "12 janv. 2026", "5 de marzo de 2026",
# "14 ottobre 2026", "3 mrt"), the only order those languages use; and in Hebrew and Arabic,
# which write the day first too ("28 אפריל 2026", "28 באפריל 2026" with "in" before the month,
# "28 أبريل 2026"). Keys are without accents, as a cell is compared (``without_accents``):
# "märz" and "marz" are both "marz", "أبريل" and "ابريل" both "ابريل". No key names two months:
# "mar" is March and "set" September in every language that has them.
OTHER_LANGUAGE_MONTHS: dict[str, int] = (
    {
        without_accents(name): number
        for number, names in enumerate(
            (
                # German, French, Spanish, Portuguese, Italian, Dutch
                "januar jan janner jan janvier janv enero ene janeiro gennaio gen januari",
                "februar feb fevrier fevr fev febrero febbraio fevereiro februari",
                "marz mar mrz maerz mars marzo marco maart mrt",
                "april apr avril avr abril abr aprile",
                "mai mayo may maio maggio mag mei",
                "juni jun juin junio junho giugno giu",
                "juli jul juillet juil julio julho luglio lug",
                "august aug aout agosto ago augustus",
                "september sep sept septembre septiembre setiembre set setembro settembre sett",
                "oktober okt octobre oct octubre outubro out ottobre ott",
                "november nov novembre noviembre novembro",
                "dezember dez decembre dec diciembre dic dezembro dicembre december",
            ),
            start=1,
        )
        for name in names.split()
    }
    | {
        without_accents(name): number
        for number, names in enumerate(
            (
                # Hebrew, alone and after "ב" (in); Arabic as Egypt and the Gulf name the months,
                # as the Levant and Iraq do (single-word names only: "كانون الثاني" is not read) and
                # as the Maghreb does.
                "ינואר בינואר يناير جانفي",
                "פברואר בפברואר فبراير شباط فيفري",
                "מרץ במרץ מרס במרס مارس آذار",
                "אפריל באפריל أبريل إبريل نيسان أفريل",
                "מאי במאי مايو أيار ماي",
                "יוני ביוני يونيو يونيه حزيران جوان",
                "יולי ביולי يوليو يوليه تموز جويلية",
                "אוגוסט באוגוסט أغسطس آب أوت",
                "ספטמבר בספטמבר سبتمبر أيلول",
                "אוקטובר באוקטובר أكتوبر",
                "נובמבר בנובמבר نوفمبر",
                "דצמבר בדצמבר ديسمبر",
            ),
            start=1,
        )
        for name in names.split()
    }
    | {
        name: number
        for number, names in enumerate(
            (
                # Indonesian and Malay, day first as both write dates ("27 Agustus 2027",
                # "27 Ogos 2027"); the names shared with the languages above ("april", "mei",
                # "juni", "september"...) are there already.
                "januari",
                "februari",
                "maret mac",
                "april",
                "mei",
                "juni jun",
                "juli julai",
                "agustus agu agt ags ogos ogo",
                "september",
                "oktober okt",
                "november",
                "desember des disember dis",
            ),
            start=1,
        )
        for name in names.split()
    }
)
# The day-first forms ("3 November 2026", "3 mars 2026") take the names of every language.
DAY_FIRST_MONTHS: dict[str, int] = {**OTHER_LANGUAGE_MONTHS, **MONTHS}
# Abbreviations of other languages' months that are English words: "3 ago" is three days ago,
# "1 set" one set, "5 out 10" a score, "2nd gen" a generation. They are a month only in a cell
# that reads as nothing else: with a four-digit year ("3 ago 2026"), in Excel's dd-mmm-yy with
# no spaces ("03-ago-26"), or with the day marked as one ("3. ago", "3 de ago", "1º set").
# Indonesian and Malay abbreviations too: "3 mac" may be three Macs, "2 dis" two of a dis.
ENGLISH_WORD_MONTHS: frozenset[str] = frozenset(
    {"ago", "set", "sett", "out", "mag", "lug", "gen", "mac", "dis", "des", "ags", "agt"}
)
WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "weds", "wednesday"),  # "Weds": as UK trackers shorten it
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        )
    )
    for name in names
}
# Weekday names and abbreviations in the same six languages, as Excel's and LibreOffice's long
# date formats write them before a day-first date ("Dienstag, 3. März 2026", "Di., 3. März 2026",
# "lundi 2 mars 2026", "terça-feira, 3 de março de 2026", "dinsdag 3 maart 2026"). Without
# accents, as a cell is compared. Where languages share a key they agree ("mar" is Tuesday in
# French, Spanish and Italian; "di" and "do" Tuesday and Thursday in German and Dutch). Many
# abbreviations are English words ("do", "so", "sex", "mar"), so one counts as a weekday only
# before a full date with its year: a month name after the day ("3. März 2026") or numbers
# ("03.03.2026", "5.3.26", "4/3/2026", read day-first as those languages write them unless the
# column says otherwise), or the German short date without its year, closing dot included
# ("Di. 24.03."; "do 3.03" may be a number);
# German may put "den" between ("Donnerstag, den 5. März 2026") (``_foreign_weekday_date``).
OTHER_LANGUAGE_WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            # German, French, Spanish, Portuguese, Italian, Dutch
            "montag mo lundi lun lunes segunda-feira segunda seg lunedi maandag ma",
            "dienstag di mardi mar martes terca-feira terca ter martedi dinsdag",
            "mittwoch mi mercredi mer miercoles mie quarta-feira quarta qua mercoledi woensdag wo",
            "donnerstag do jeudi jeu jueves jue quinta-feira quinta qui giovedi gio donderdag",
            "freitag fr vendredi ven viernes vie sexta-feira sexta sex venerdi vrijdag vr",
            "samstag sonnabend sa samedi sam sabado sab sabato zaterdag za",
            "sonntag so dimanche dim domingo dom domenica zondag zo",
        )
    )
    for name in names.split()
} | {
    name: number
    for number, names in enumerate(
        (
            # Indonesian and Malay ("Selasa, 27 April 2027"), in full only: their
            # abbreviations (Sen, Min) are words of other languages.
            "senin isnin",
            "selasa",
            "rabu",
            "kamis khamis",
            "jumat jumaat",
            "sabtu",
            "minggu ahad",
        )
    )
    for name in names.split()
}


@dataclass(frozen=True)
class ParsedDate:
    """What a cell says as a date.

    Exactly one of these holds: ``value`` is set (a date); ``problem`` is set (a reason to show
    after the quoted cell, e.g. 'is not a date'); both are None (the cell is empty or a
    placeholder such as "n/a"). ``month_day`` is set with the 'has no year' problem, and
    ``weekday`` (Monday 0) with it when the cell names one ("Sun 1 March"): the year inferred
    for it must fall on that weekday (``weekday_fits``).
    ``note`` may come with a value: how it was read, for the row's problems ("holds 2 dates;
    the later, 2019-09-09, is used").
    """

    value: dt.date | None = None
    problem: str | None = None
    month_day: tuple[int, int] | None = None
    note: str | None = None
    weekday: int | None = None

    @property
    def is_empty(self) -> bool:
        return self.value is None and self.problem is None


EMPTY = ParsedDate()

_PUNCTUATION_ONLY = re.compile(r"[\s\-–—?._/*]*")


def is_placeholder(value: object) -> bool:
    """True for empty cells and words meaning 'nothing yet' (n/a, TBD, -, ?), not a problem."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if value is pd.NaT:
        return True
    if not isinstance(value, str):
        return False
    folded = value.strip().casefold()
    if folded in PLACEHOLDERS or _PUNCTUATION_ONLY.fullmatch(folded):
        return True
    key = header_key(folded)
    return bool(key) and key in PLACEHOLDERS


def parse_date(
    value: object, *, dayfirst: bool | None = None, epoch_1904: bool = False
) -> ParsedDate:
    """Read one cell value as a date (any time of day is dropped). Never raises.

    ``dayfirst``: True reads 3/11/2026 as 3 November, False as March 11, None reads it the only
    valid way when one number is above 12 and month-first (US) otherwise.
    ``epoch_1904``: the workbook uses the 1904 date system (old Mac Excel) for serial numbers.
    """
    if is_placeholder(value):
        return EMPTY
    if isinstance(value, (bool, np.bool_)):
        return ParsedDate(problem=NOT_A_DATE)
    if isinstance(value, dt.datetime):  # pd.Timestamp too
        return _checked(value.date())
    if isinstance(value, dt.date):
        return _checked(value)
    if isinstance(value, np.datetime64):
        return parse_date(pd.Timestamp(value), dayfirst=dayfirst, epoch_1904=epoch_1904)
    if isinstance(value, dt.time):
        return ParsedDate(problem=TIME_ONLY)
    if isinstance(value, numbers.Real):
        return from_number(float(value), epoch_1904=epoch_1904)
    if isinstance(value, str):
        return parse_date_text(value, dayfirst=dayfirst, epoch_1904=epoch_1904)
    return ParsedDate(problem=NOT_A_DATE)


def from_number(number: float, *, epoch_1904: bool = False) -> ParsedDate:
    """A number in a date cell: an Excel serial day, or a whole yyyymmdd number (``DAY_KEYS``),
    which no serial reaches, read as its digits are as text; a Unix time is not read, but the
    problem says what it may be (``UNIX_TIME``)."""
    if number.is_integer() and DAY_KEYS[0] <= number <= DAY_KEYS[1]:
        year, month_day = divmod(int(number), 10_000)
        return _ymd(year, *divmod(month_day, 100), None)
    parsed = from_excel_serial(number, epoch_1904=epoch_1904)
    if parsed.problem != NOT_A_DATE or not math.isfinite(number):
        return parsed
    for unit, per_second in UNIX_TIMES.items():
        if _UNIX_TIME_RANGE[0] * per_second <= number < _UNIX_TIME_RANGE[1] * per_second:
            moment = dt.datetime.fromtimestamp(number / per_second, dt.UTC)
            return ParsedDate(problem=UNIX_TIME.format(unit=unit, day=moment.date()))
    return parsed


def from_excel_serial(serial: float, *, epoch_1904: bool = False) -> ParsedDate:
    """An Excel serial day number (the fraction is the time of day, dropped)."""
    if math.isnan(serial):
        return EMPTY
    if not math.isfinite(serial):
        return ParsedDate(problem=NOT_A_DATE)
    day = math.floor(serial)
    if epoch_1904:
        if not 0 <= day <= EXCEL_MAX_SERIAL_1904:
            return ParsedDate(problem=NOT_A_DATE)
        return _checked(_EPOCH_1904 + dt.timedelta(days=day))
    if not 1 <= day <= EXCEL_MAX_SERIAL_1900 or day == EXCEL_PHANTOM_LEAP_DAY:
        return ParsedDate(problem=NOT_A_DATE)
    epoch = _EPOCH_1900_BEFORE_BUG if day < EXCEL_PHANTOM_LEAP_DAY else _EPOCH_1900
    return _checked(epoch + dt.timedelta(days=day))


def _checked(day: dt.date) -> ParsedDate:
    if not FIRST_SUPPORTED <= day <= LAST_SUPPORTED:
        if day.year in BUDDHIST_ERA_YEARS:
            western = day.year - BUDDHIST_ERA_OFFSET
            return ParsedDate(problem=BUDDHIST_ERA_YEAR.format(year=day.year, western=western))
        return ParsedDate(problem=YEAR_OUT_OF_REACH.format(year=day.year))
    return ParsedDate(value=day)


# Text forms. The time part is validated (a 25:00 is a typo worth reporting) and then dropped.
# Besides 14:30 and 2pm, the time as each language writes it after a date: "at 2pm", French
# "à 14h" / "à 14 h 30" (a space before the h is the French typographic rule), Spanish "a las
# 14 h", Portuguese "às 14h30", German "um 14 Uhr" / "14.30 Uhr", Dutch "om 14 uur", Italian
# "alle 14.30" / "ore 14" (there the bare hour is a time only after "alle" or "ore"). A time
# range ("2-3pm", "14:00–15:00") is a time too: both ends are checked, and dropped. "@" is
# "at", with or without spaces ("12/8 @ 2pm", "Dec 8 @2pm", "12/8@2pm"; ot119 F14: each was
# "not a date" while "Dec 8, 2pm ET" was read).
_RANGE_SEPARATOR = r"\s*[-–]\s*"
# "pm", "p.m." and, as Spanish-locale Excel and Google Sheets write it, "p. m." (ot69 F7).
_MERIDIEM = r"[ap](?:\.\s?)?m\.?"
_TIME = (
    r"(?:(?:(?:\s*,\s*|\s+)(?:(?:at|a|a\s+las?|as|um|om|alle(?:\s+ore)?|ore)\s+)?|\s*@\s*|t)"
    r"(?P<time>(?:\d{1,2}(?::\d{2})?(?:\s*" + _MERIDIEM + r")?" + _RANGE_SEPARATOR + r")?"
    r"(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*" + _MERIDIEM + r"|\s?h)?"
    r"|\d{1,2}\s*" + _MERIDIEM + r"|\d{1,2}\s?h(?:\s?\d{2})?|\d{1,2}(?:[:.]\d{2})?\s*u[hu]r"
    r"|(?<=lle |ore )\d{1,2}(?:[:.]\d{2})?))"
    # An offset of hours alone too, as Postgres and Supabase write UTC: "+00" (ot145 F4).
    r"(?:\s*(?:z|utc|gmt|[+-]\d{2}(?::?\d{2})?))?)?"
)
_ISO = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _TIME)
_COMPACT_ISO = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
_NUMERIC = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})" + _TIME
)
# "3/26", and the German short form "20.03." (also without its last dot, "20.03"), maybe with a
# time as a full date has one ("Tue 3/24 2pm", "20.03. um 14 Uhr").
_NUMERIC_NO_YEAR = re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P<dot>\.)?" + _TIME)
# A two-digit year after an apostrophe, straight or curly as Word and Excel type it: "3 mei '26".
_APOSTROPHE_YEAR = r"['‘’](?P<apostrophe_y>\d{2})"
# A month's name: letters of any script ("april", "אפריל", "ابريل").
_MONTH_NAME = r"(?P<mon>[^\W\d_]+)"
# "3rd of November", "1er mars", "5 de marzo de 2026", "5 de marzo del 2026", "1º de maio".
_DAY_MONTH = re.compile(
    r"(?P<d>\d{1,2})(?P<ord>st|nd|rd|th|er|º)?(?P<sep>[\s\-/.]*)(?:(?P<of>of|de)\s+)?"
    + _MONTH_NAME
    + r"\.?(?:(?P<sep2>[\s\-/.,]+)(?:del?\s+)?(?:(?P<y>\d{4}|\d{2})|"
    + _APOSTROPHE_YEAR
    + r"))?"
    + _TIME
)
_MONTH_DAY = re.compile(
    r"(?P<mon>[a-z]+)\.?[\s\-/.]*(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s*(?P<y>\d{4})|,\s*(?P<y2>\d{2})|,?\s*" + _APOSTROPHE_YEAR + r")?" + _TIME
)
_MONTH_YEAR = re.compile(_MONTH_NAME + r"\.?[\s\-/.,]*(?P<y>\d{4})")
# "Tue, ", "Dienstag, ", "Di., ", "terça-feira, ", and set off by a dash, "Monday - ",
# "Mon – " (fx244: "Sent Monday - Nov 30" was no date): checked against WEEKDAYS and then
# OTHER_LANGUAGE_WEEKDAYS.
_LEADING_WEEKDAY = re.compile(
    r"(?P<wd>[a-z]+(?:-feira)?)\.?(?:,|\s+[-\u2013\u2014])?\s+(?P<rest>.+)"
)
# The same weekday in brackets after the date, as some trackers write it: "3.3.2026 (Di)",
# "03/03/2026 (mar.)", "3/3/2026 (Tue)".
_TRAILING_WEEKDAY = re.compile(r"(?P<rest>.+?)\s*\((?P<wd>[a-z]+(?:-feira)?)\.?\)")
# The article (or German "am", "an dem") before the day, as a sentence or a letter's date line
# writes it: "le 5 mars 2026", "el 5 de marzo", "el día 5", "il 5 marzo", "l'8 marzo",
# "o dia 5 de março", "den 5. März", "am 5. März", "the 3rd of March"; also before a weekday
# ("le lundi 2 mars 2026", "am Dienstag, 3. März 2026") and after one ("Tuesday the 3rd of March
# 2026", "Donnerstag, den 5. März 2026"). Dutch writes none. "the" aside, all are of languages
# that write numbers day-first ("le 5/3/2026" is 5 March).
_ARTICLE = re.compile(
    r"(?:(?P<article>the|le|il|den|am|(?:el|o)(?:\s+dia)?|dia)\s+|(?P<elided>l)['‘’]\s?)"
    r"(?P<rest>.+)"
)
# Weekday abbreviations are at most three letters ("Di", "mar", "sex"), and many of them English
# words: a weekday of another language may come with a date without its year only when it is
# written in full ("Dienstag, 3. März", "lundi 2 mars").
_LONGEST_WEEKDAY_ABBREVIATION = 3
_TIME_PARTS = re.compile(r"(?P<h>\d{1,2})(?:\s?[:h.]\s?(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?")
_AM_PM = re.compile(_MERIDIEM + "$")
_SERIAL_TEXT = re.compile(r"\d{5}(?:\.\d+)?")
# The digits of a Unix time in seconds or milliseconds, as a CSV holds them: said as the
# number is (``UNIX_TIME``; ot145 F4: "1721011400" was only "not a date").
_UNIX_TIME_TEXT = re.compile(r"\d{9,13}")


# Japanese, Chinese and Korean dates: "2026年4月28日", "2026년 4월 28일", year-less "4月28日",
# with a weekday after them as each writes it ("(火)", "(火曜日)", "（周二）", "星期二", "(화)")
# and a time ("14:00", or as those languages write one: ``_EAST_ASIAN_TIME``); a Japanese era
# year ("令和8年4月28日", or abbreviated as Excel's "ge.m.d" and Japanese forms write it,
# "R8.4.28", "R8/4/28", "H31.4.30"); Korea's "2026. 4. 28." (Excel's Korean date format). Each
# is read as the ISO or English form it says ("2026-4-28 (tue)", "apr 28"), so the weekday and
# the year-less rules are the ones every date follows. Compared after NFKC: full-width digits and
# brackets are the ASCII ones.
_EAST_ASIAN_WEEKDAYS = "月火水木金土日" + "월화수목금토일" + "一二三四五六天"
_EAST_ASIAN_WEEKDAY = (
    r"(?:\s*\(?\s*(?:周|週|星期|礼拜|禮拜)?(?P<wd>[" + _EAST_ASIAN_WEEKDAYS + r"])"
    r"(?:曜日?|요일)?\s*\)?)?"
)
_EAST_ASIAN_DATE = re.compile(
    r"(?:(?:(?P<era>令和|平成)\s*(?P<era_year>\d{1,2}|元)"
    r"|(?P<minguo>民國|民国|中華民國|中华民国)\s*(?P<minguo_year>\d{1,3}|元)|(?P<y>\d{4}))"
    r"\s*[年년]\s*)?"
    r"(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일号號]"
    + _EAST_ASIAN_WEEKDAY
    + r"(?P<time>\s*\d.*|\s.*)?"  # the day's mark ends the date: "28日14:00" is a time
)
_KOREAN_DOTTED_DATE = re.compile(
    r"(?P<y>\d{4})\.(?P<space>\s*)(?P<m>\d{1,2})\.\s*(?P<d>\d{1,2})(?P<dot>\.?)"
    + _EAST_ASIAN_WEEKDAY
    + r"(?P<time>\s.*)?"
)
# Only the capital R and H, the year in figures, one separator: a cell of a date column that
# reads so is a date when its day falls in that era (``_era_year``).
_ERA_ABBREVIATED_DATE = re.compile(
    r"(?P<era>[RH])(?P<era_year>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    + _EAST_ASIAN_WEEKDAY
    + r"(?P<time>\s.*)?"
)
# Taiwan's Minguo year with its mark in figures, as forms write it there: "民國116/4/27",
# "民國116.04.27" (the bare "116/04/27" is read on Taiwanese rows only: ``local_era_date``).
_MINGUO_NUMERIC_DATE = re.compile(
    r"(?P<minguo>民國|民国|中華民國|中华民国)\s*(?P<minguo_year>\d{1,3})\s*(?P<sep>[./-])"
    r"(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _EAST_ASIAN_WEEKDAY + r"(?P<time>\s.*)?"
)
# Japanese eras: the first day and the year before year 1 (Reiwa 1 is 2019, Heisei 1 is 1989).
_ERAS: dict[str, tuple[dt.date, int]] = {
    "令和": (dt.date(2019, 5, 1), 2018),
    "平成": (dt.date(1989, 1, 8), 1988),
}
_ERA_LETTERS = {"R": "令和", "H": "平成"}
# A time after a date as Japanese, Korean and Chinese write it: morning or afternoon before the
# hour ("午後2時", "午前10:30", "오후 2:00", "오전 10시", "下午2点"), the hour and minutes
# marked ("14時30分", "2시 30분", "2点半"). Read as the "2:30 pm" it says, then checked and
# dropped as any time after a date is ("2026-04-28 14:00"); "午後13時" is no time, as "13pm".
_MERIDIEMS = {"午前": "am", "午後": "pm", "오전": "am", "오후": "pm", "上午": "am", "下午": "pm"}
_EAST_ASIAN_TIME = re.compile(
    r"(?P<rest>.*?)\s*(?P<meridiem>" + "|".join(_MERIDIEMS) + r")?\s*(?P<h>\d{1,2})"
    r"(?:\s*[時시点點](?:\s*(?:(?P<mi>\d{1,2})\s*[分분]|(?P<half>半|반)))?"
    r"|:(?P<mi_colon>\d{2}(?::\d{2})?))"
)
_ENGLISH_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ENGLISH_MONTHS = (
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
)


def _east_asian_date(text: str) -> str:
    """A Japanese, Chinese or Korean date as the ISO or English text it says ("2026年4月28日(火)"
    -> "2026-4-28 (tue)", "4월 28일" -> "apr 28", "R8.4.28" -> "2026-4-28"), a time in those
    languages after any date as the English one ("2026/4/28 午後2時" -> "2026/4/28 2:00 pm");
    any other text as it is."""
    plain = " ".join(unicodedata.normalize("NFKC", text).split())
    plain, time = _without_east_asian_time(plain)
    m = (
        _EAST_ASIAN_DATE.fullmatch(plain)
        or _ERA_ABBREVIATED_DATE.fullmatch(plain)
        or _MINGUO_NUMERIC_DATE.fullmatch(plain)
    )
    if m is None:
        m = _KOREAN_DOTTED_DATE.fullmatch(plain)
        if m is None or not (m["space"] or m["dot"] or m["wd"]):  # "2026.4.28" is ISO
            return text if time is None else f"{plain} {time}".strip()
    month, day, year = int(m["m"]), int(m["d"]), m.groupdict().get("y")
    if m.groupdict().get("era"):
        era = _ERA_LETTERS.get(m["era"], m["era"])
        year_in_era = 1 if m["era_year"] == "元" else int(m["era_year"])  # 元年: the first year
        in_era = _era_year(era, year_in_era, month, day)
        if in_era is None:
            return text
        year = str(in_era)
    if m.groupdict().get("minguo"):
        # 民國元年 (the first year) is 1912
        year = str(MINGUO_OFFSET + (1 if m["minguo_year"] == "元" else int(m["minguo_year"])))
    if not 1 <= month <= len(_ENGLISH_MONTHS):
        return text
    said = f"{year}-{month}-{day}" if year else f"{_ENGLISH_MONTHS[month - 1]} {day}"
    if m["time"]:
        said += f" {m['time'].strip()}"
    if time is not None:
        said += f" {time}"
    if m["wd"]:
        said += f" ({_ENGLISH_WEEKDAYS[_EAST_ASIAN_WEEKDAYS.index(m['wd']) % 7]})"
    return said


def _era_year(era: str, year_in_era: int, month: int, day: int) -> int | None:
    """The year of a day written in a Japanese era's year, or None when that day is not in the
    era ("令和1年4月1日" was still Heisei; "H32.1.1" was Reiwa) or is no day."""
    first_day, offset = _ERAS[era]
    successor = min((d for d, _ in _ERAS.values() if d > first_day), default=None)
    try:
        day_said = dt.date(offset + year_in_era, month, day)
    except ValueError:
        return None
    if day_said < first_day or (successor is not None and day_said >= successor):
        return None
    return day_said.year


def _without_east_asian_time(text: str) -> tuple[str, str | None]:
    """(the text before a time written as Japanese, Korean or Chinese do at its end, that time
    as English writes it: "2:00 pm", "14:30"); (``text``, None) without one. A time in figures
    alone ("14:00") is left in the text, which reads it as any date's time."""
    m = _EAST_ASIAN_TIME.fullmatch(text)
    if m is None or (m["meridiem"] is None and m["mi_colon"] is not None):
        return text, None
    minutes = m["mi_colon"] or (m["mi"] or ("30" if m["half"] else "0")).zfill(2)
    meridiem = f" {_MERIDIEMS[m['meridiem']]}" if m["meridiem"] else ""
    return m["rest"], f"{int(m['h'])}:{minutes}{meridiem}"


# Excel's default short dates in Slovakia and Czechia ("24. 3. 2027": a space after each dot),
# Croatia, Serbia and Latvia ("24.3.2027.", "05.03.2027.": a dot after the year) and Bulgaria
# ("28.4.2027 г.": "г." for "година", year): read as the "24.3.2027" they are, day-first as
# dates written with dots are.
_LOCAL_SHORT_DATE = re.compile(
    r"^(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})(?:\.|\s?г\.?)?(?=\s|$)"
)


# Vietnamese dates, compared without accents: "ngày 27 tháng 4 năm 2027" (day 27, month 4,
# year 2027), "27 tháng 4, 2027", year-less "27 tháng 4", maybe after the weekday ("Thứ Ba,"
# or "Thứ 3," Tuesday: Thứ Hai/2 is Monday... Thứ Bảy/7 Saturday; "Chủ nhật"/"CN" Sunday).
# Read as the ISO or English text they say ("2027-4-27 (tue)", "apr 27").
_VIETNAMESE_WEEKDAYS = {
    **dict.fromkeys(("thu hai", "thu 2"), "mon"),
    **dict.fromkeys(("thu ba", "thu 3"), "tue"),
    **dict.fromkeys(("thu tu", "thu 4"), "wed"),
    **dict.fromkeys(("thu nam", "thu 5"), "thu"),
    **dict.fromkeys(("thu sau", "thu 6"), "fri"),
    **dict.fromkeys(("thu bay", "thu 7"), "sat"),
    **dict.fromkeys(("chu nhat", "cn"), "sun"),
}
_VIETNAMESE_DATE = re.compile(
    r"(?:(?P<wd>" + "|".join(_VIETNAMESE_WEEKDAYS) + r")\s*,?\s*)?(?:ngay\s*)?"
    r"(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})(?:\s*,?\s*(?:nam\s*)?(?P<y>\d{4}))?"
)


def _vietnamese_date(folded: str) -> str:
    """A Vietnamese date (``_VIETNAMESE_DATE``) as the ISO or English text it says; any other
    text as it is."""
    m = _VIETNAMESE_DATE.fullmatch(folded)
    if m is None or not 1 <= int(m["m"]) <= len(_ENGLISH_MONTHS):
        return folded
    month, day = int(m["m"]), int(m["d"])
    said = f"{m['y']}-{month}-{day}" if m["y"] else f"{_ENGLISH_MONTHS[month - 1]} {day}"
    return f"{said} ({_VIETNAMESE_WEEKDAYS[m['wd']]})" if m["wd"] else said


# Thai dates: the months by name ("15 มกราคม 2570") or as abbreviated ("15 ม.ค. 70", the
# dots optional, "15 มค 70"), maybe after the weekday ("วันอังคารที่ 15 มกราคม 2570") or
# "วันที่" (date), the year maybe marked as the Buddhist era's ("พ.ศ. 2570") or the Western
# one's ("ค.ศ. 2027"), a time after ("เวลา 14.00 น."), Thai digits as any. A Thai month's
# year is the Buddhist era's when it is one (2500 to 2699: 2570 is 2027), a Western year
# otherwise ("15 ม.ค. 2027"); two digits are the Buddhist era's from 30 on, as Thai writes them
# ("70" is 2570, 2027), and 2000 to 2029 below, as anywhere (``_thai_short_year``). Read as
# the English text it says ("tue, 15 jan 2027").
_THAI_MONTHS = (
    *("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน"),
    *("กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
)
_THAI_MONTH_ABBREVIATIONS = (
    *("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย."),
    *("ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."),
)
_THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
_THAI_DIGITS = {ord("๐") + i: str(i) for i in range(10)}


def _thai_month_pattern(number: int) -> str:
    """The regular expression of month ``number`` (1-12) in Thai, named or abbreviated."""
    first, second = _THAI_MONTH_ABBREVIATIONS[number - 1].rstrip(".").split(".")
    return f"(?P<m{number}>{_THAI_MONTHS[number - 1]}|{first}\\.?\\s?{second}\\.?)"


_THAI_DATE = re.compile(
    r"(?:(?:วัน)?(?P<wd>พฤหัส(?:บดี)?|" + "|".join(_THAI_WEEKDAYS) + r")(?:ที่)?\s*,?\s*)?"
    r"(?:วันที่\s*)?(?:(?P<d>\d{1,2})\s*)?"
    r"(?:" + "|".join(_thai_month_pattern(n) for n in range(1, 13)) + r")\s*"
    r"(?:(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?(?P<y>\d{4}|\d{2})?"
    r"(?P<time>\s.*)?"
)
# A time after a Thai date: "เวลา" (at) before it, "น." (o'clock) after, the minutes after a
# dot or a colon ("14.00 น.").
_THAI_TIME = re.compile(r"(?:เวลา\s*)?(?P<h>\d{1,2})(?:[.:](?P<mi>\d{2}))?\s*(?:น\.?)?")


def _thai_date(text: str) -> str:
    """A Thai date (``_THAI_DATE``) as the English text it says; Thai digits as 0-9 in any
    other text ("๑๕/๐๑/๒๕๗๐" is "15/01/2570"), which is else as it is."""
    if not any("\u0e00" <= c <= "\u0e7f" for c in text):
        return text
    plain = " ".join(unicodedata.normalize("NFKC", text).translate(_THAI_DIGITS).split())
    m = _THAI_DATE.fullmatch(plain)
    if m is None:
        return plain
    month = next(n for n in range(1, 13) if m[f"m{n}"])
    year = _thai_year(m["y"], m["era"]) if m["y"] else ""
    if year is None:
        return plain
    said = f"{m['d']} {_ENGLISH_MONTHS[month - 1]}" if m["d"] else _ENGLISH_MONTHS[month - 1]
    said = f"{said} {year}".strip()
    if m["time"]:
        time = _THAI_TIME.fullmatch(m["time"].strip())
        said += f" {time['h']}:{time['mi'] or '00'}" if time else m["time"]
    if m["wd"]:
        weekday = _THAI_WEEKDAYS.index("พฤหัสบดี" if m["wd"] == "พฤหัส" else m["wd"])
        said = f"{_ENGLISH_WEEKDAYS[weekday]}, {said}"
    return said


def _thai_year(year: str, era: str | None) -> str | None:
    """The Western year of a Thai date's ``year`` (four digits or two) and its ``era`` mark
    (พ.ศ.: the Buddhist era, ค.ศ.: the Western one, None: the Buddhist era's when it is one);
    None when the year is no year of its era ("พ.ศ. 2027")."""
    buddhist = era is not None and era.startswith("พ")
    western = era is not None and era.startswith("ค")
    if len(year) == 2:
        if western:
            return year
        short = _thai_short_year(int(year), buddhist)
        return str(short) if short is not None else year
    if int(year) in BUDDHIST_ERA_YEARS and not western:
        return str(int(year) - BUDDHIST_ERA_OFFSET)
    return None if buddhist else year


# Two digits are the Buddhist era's year from this one on (30 is 2530, 1987): below it Excel's
# window reads them as 2000 to 2029, which the Buddhist era's 2500 to 2529 (1957 to 1986) are
# not, for a job search.
_THAI_SHORT_YEAR_FROM = 30


def _thai_short_year(year: int, buddhist: bool = False) -> int | None:
    """The Western year of a two-digit Buddhist-era ``year`` (70: 2570, 2027); None when it is
    read as Excel's two-digit years are (27: 2027), unless marked ``buddhist``."""
    if year < _THAI_SHORT_YEAR_FROM and not buddhist:
        return None
    return 2500 + year - BUDDHIST_ERA_OFFSET


def parse_date_text(
    text: str, *, dayfirst: bool | None = None, epoch_1904: bool = False
) -> ParsedDate:
    """Read text as a date, strictly (see ``parse_date``)."""
    text = _east_asian_date(_thai_date(text))
    folded = _vietnamese_date(without_accents(" ".join(text.strip().casefold().split())))
    # Notion's date mention, copied from a page: "@November 23, 2026 9:00 AM" (ot113 F1).
    folded = folded.removeprefix("@")
    if is_placeholder(folded):
        return EMPTY
    folded = _without_old_date(folded, dayfirst=dayfirst, epoch_1904=epoch_1904)
    if moved := _moved_to(folded, dayfirst=dayfirst, epoch_1904=epoch_1904):
        return moved
    stated_weekday: int | None = None
    folded = _LOCAL_SHORT_DATE.sub(r"\g<d>.\g<m>.\g<y>", folded)
    folded, article = _without_article(folded)
    if zone := _TIME_ZONE.search(folded):  # before a weekday in another language reads the rest
        folded = folded[: zone.start()]
    if article and article != "the" and dayfirst is None:
        dayfirst = True  # "le 5/3/2026": the languages with these articles write the day first
    for pattern in (_LEADING_WEEKDAY, _TRAILING_WEEKDAY):
        found = pattern.fullmatch(folded)
        if found and found["wd"] in WEEKDAYS:
            stated_weekday = WEEKDAYS[found["wd"]]
            folded = _without_article(found["rest"])[0]
            break
        if found and (foreign := _foreign_weekday_date(found["wd"], found["rest"])):
            stated_weekday, folded = foreign
            if dayfirst is None:  # "mercredi 4/3/2026": the six languages write the day first
                dayfirst = True
            break
    parsed = _parse_folded(folded, dayfirst=dayfirst, epoch_1904=epoch_1904)
    if parsed.problem == NOT_A_DATE and stated_weekday is None:
        parsed = _several_dates(folded, dayfirst=dayfirst, epoch_1904=epoch_1904) or parsed
    # "Mon 2026-11-03" when the 3rd is a Tuesday: one of the two is a typo; say so.
    if (
        stated_weekday is not None
        and parsed.value is not None
        and parsed.value.weekday() != stated_weekday
    ):
        # "Thu 05.03.2026" in a month-first column: the other order's 5 March is a Thursday,
        # so the weekday settles what the column's order could not.
        other = _parse_folded(folded, dayfirst=not dayfirst, epoch_1904=epoch_1904)
        if (
            _NUMERIC.fullmatch(folded)
            and other.value is not None
            and other.value.weekday() == stated_weekday
        ):
            order = "month" if dayfirst else "day"
            return replace(other, note=f"read {order}-first, as its weekday says")
        return ParsedDate(problem=WRONG_WEEKDAY.format(day=parsed.value))
    if stated_weekday is not None and parsed.month_day is not None:
        # "Sun 1 March": the weekday is checked once the year is inferred.
        return replace(parsed, weekday=stated_weekday)
    return parsed


# The words before a date an appointment had before it was moved ("rescheduled from 12/3",
# "moved from Nov 20", "was 11/20"; German "verschoben vom 24.11.", French "reporté du 24/11",
# Spanish "aplazada del 24/11", Dutch "verplaatst van 24-11": fx325, each was read as the
# day): that date is its history, not another one. The Status reader passes such a date over
# too (``row_dates.round_date_text``).
OLD_DATE_WORDS = (
    r"(?:(?:re-?scheduled|moved|postponed|pushed(?:\sback)?|changed)\sfrom|was|originally"
    r"|previously|(?:verschoben|verlegt)\svo[mn]|(?:report|repouss|d[ée]plac)[ée]e?\sd[ue]"
    r"|(?:aplazad|pospuest|reprogramad|cambiad)[ao]\sdel?|(?:verplaatst|verzet|uitgesteld)\svan)"
)
# A bracket that gives such an old date, its words to its end: "(rescheduled from 12/3)".
_OLD_DATE_BRACKET = re.compile(OLD_DATE_WORDS + r"\s?(?P<old>[^()]*)")
# A dash with a space before it, which sets such words off as a bracket does ("12/8/2026 -
# rescheduled from 12/3"); not a date's own dash ("2026-12-08").
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]")


def _without_old_date(folded: str, *, dayfirst: bool | None, epoch_1904: bool) -> str:
    """``folded`` without a note at its end that gives the date it was moved from, in a bracket
    or after a dash: "12/8/2026 (rescheduled from 12/3)" and "12/8/2026 - rescheduled from
    12/3" are "12/8/2026", "dec 8 (was dec 3)" is "dec 8" (the date first written is the
    interview, the note its history: each was "not a date"). A note of other words ("(was
    tentative)") stays, and the cell with it."""
    head, note = _last_note(folded)
    said = _OLD_DATE_BRACKET.fullmatch(note.strip())
    if not head.strip() or said is None:
        return folded
    old = parse_date_text(said["old"], dayfirst=dayfirst, epoch_1904=epoch_1904)
    if old.value is None and old.month_day is None:
        return folded
    return head.rstrip()


# The words after a date that give the day it was moved to ("11/18 - moved to Nov 24",
# "11/18 (rescheduled for 11/24)", "24.11. verschoben auf 26.11."): the cell states the new
# day, which is read, and says so (fx333: "not a date"). The Status reader reads a round so too
# (``row_dates._NOT_HELD``).
# The date before the words may be left out: the cell gives the new day alone ("moved to
# 11/24", "moved to Nov 24", "verschoben auf 26.11.": fx344, each was "not a date").
_MOVED_TO = re.compile(
    r"(?:(?P<old>[^()]+?)\s?(?:[-\u2013\u2014,]\s?|\(\s?)?)?"
    r"(?:(?:moved|re-?scheduled|pushed(?:\sback)?|postponed|changed)\s(?:to|for|until)"
    r"|(?:verschoben|verlegt)\sauf|report[ée]e?\sau|(?:aplazad|pospuest|reprogramad)[ao]\sal"
    r"|(?:verplaatst|verzet|uitgesteld)\snaar)"
    r"\s(?P<new>[^()]+?)\)?"
)
MOVED_TO = "states the day it was moved to: read as {day:%a %Y-%m-%d}"


def _moved_to(folded: str, *, dayfirst: bool | None, epoch_1904: bool) -> ParsedDate | None:
    """The day a cell says its date was moved to ("11/18 - moved to Nov 24": Nov 24, with a
    note when it has its year; ``moved_notes`` says it of one without), when the date before
    the words reads as one; else None."""
    said = _MOVED_TO.fullmatch(folded)
    if said is None:
        return None
    new = parse_date_text(said["new"], dayfirst=dayfirst, epoch_1904=epoch_1904)
    if new.is_empty or new.problem == NOT_A_DATE:
        return None
    if said["old"] is not None:
        old = parse_date_text(said["old"], dayfirst=dayfirst, epoch_1904=epoch_1904)
        if old.value is None and old.month_day is None:
            return None
    if new.value is None:  # no year, or a weekday that does not fit: said of the new day
        return new
    return replace(new, note=MOVED_TO.format(day=new.value))


def moved_to_text(value: object) -> bool:
    """Whether a date cell gives the day its date was moved to (``_MOVED_TO``)."""
    if not isinstance(value, str):
        return False
    return _MOVED_TO.fullmatch(without_accents(" ".join(value.casefold().split()))) is not None


def _last_note(folded: str) -> tuple[str, str]:
    """``folded`` cut before the note at its end: a bracket's words, else those after its last
    spaced dash (``_SPACED_DASH``); ("", "") where it has neither."""
    if folded.endswith(")"):
        head, _, bracket = folded[:-1].rpartition("(")
        return head, bracket
    dashes = list(_SPACED_DASH.finditer(folded))
    if not dashes:
        return "", ""
    return folded[: dashes[-1].start()], folded[dashes[-1].end() :]


# A date whose weekday is not the one written ("Mon 2026-11-03", the 3rd a Tuesday).
WRONG_WEEKDAY = NOT_A_DATE + " ({day:%Y-%m-%d} is a {day:%A})"
_WRONG_WEEKDAY = re.compile(re.escape(NOT_A_DATE) + r" \(\d{4}-\d\d-\d\d is a \w+day\)")

# The local calendars a row's country writes its dates in, read on that country's rows only:
# Taiwan's Minguo year first in figures ("116/04/27", "116.4.27": 2027), three digits (100 is
# 2011: a job search's years; "11/04/27" is a US date anywhere); Thailand's Buddhist-era year
# ("27/04/2570", "27 April 2570", "พ.ศ. 2570": 2027), years 2500 to 2699. Elsewhere the
# Minguo form is no date and the Buddhist year is said to be one (``BUDDHIST_ERA_YEAR``).
_MINGUO_SHORT = re.compile(
    r"(?P<y>1\d\d)(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?P<rest>\s.*)?"
)
_BUDDHIST_YEAR = re.compile(r"(?:พ\.\s?ศ\.\s?)?(?<!\d)(?P<y>2[56]\d\d)(?!\d)")
# A Thai row's date with a two-digit year, "15/01/70", "15-Jan-70", "15 Jan 70": the Buddhist
# era's from 30 on (``_thai_short_year``), as Thai Excel writes its short dates; after a
# weekday too ("Wed 20/01/70"), which the date read must fit.
_TWO_DIGIT_YEAR_DATE = re.compile(
    r"(?P<weekday>[^\W\d_]+\.?,?\s)?"
    r"(?P<head>\d{1,2}(?P<sep>[./-])\d{1,2}(?P=sep)|\d{1,2}[\s\-/.]*[^\W\d_]+\.?[\s\-/.,]+)"
    r"(?P<y>\d{2})(?P<rest>\s.*)?"
)


def local_era_date(value: object, country: str | None, dayfirst: bool | None) -> ParsedDate | None:
    """A text date in the local calendar of the row's ``country`` (a code: "TW", "TH-10"),
    read (``_MINGUO_SHORT``, ``_BUDDHIST_YEAR``); None when the text or country has none.
    ``dayfirst``: the column's order for a Thai date in figures (None: day-first, as Thai)."""
    parsed = _local_era_parse(value, country, dayfirst)
    return parsed if parsed is not None and parsed.value is not None else None


def _local_era_parse(
    value: object, country: str | None, dayfirst: bool | None
) -> ParsedDate | None:
    """``local_era_date``, its problem kept when the text is a local-era date that does not
    read ("Mon 20/01/2570" on a Thai row: 2027-01-20 is a Wednesday)."""
    if not isinstance(value, str) or not country:
        return None
    nation = country.split("-")[0]
    text = " ".join(unicodedata.normalize("NFKC", value).translate(_THAI_DIGITS).split())
    thai_order = True if dayfirst is None else dayfirst
    if nation == "TW" and (m := _MINGUO_SHORT.fullmatch(text)):
        western = f"{int(m['y']) + MINGUO_OFFSET}-{m['m']}-{m['d']}{m['rest'] or ''}"
        parsed = parse_date_text(western)
    elif nation == "TH" and len(found := _BUDDHIST_YEAR.findall(text)) == 1:
        year = int(found[0])
        western = _BUDDHIST_YEAR.sub(str(year - BUDDHIST_ERA_OFFSET), text)
        parsed = parse_date_text(western, dayfirst=thai_order)
    elif (
        nation == "TH"
        and (m := _TWO_DIGIT_YEAR_DATE.fullmatch(text))
        and (short := _thai_short_year(int(m["y"]))) is not None
    ):
        western = f"{m['weekday'] or ''}{m['head']}{short}{m['rest'] or ''}"
        parsed = parse_date_text(western, dayfirst=thai_order)
    else:
        return None
    return parsed


_MINGUO_HINT_YEARS = range(100, 150)  # 2011 to 2060: a job search's years
_BUDDHIST_HINT_YEARS = range(2550, 2600)  # 2007 to 2056


def era_hint(
    value: object, problem: str | None, placed: bool, country: str | None = None
) -> str | None:
    """What a cell ``value`` the row's calendar could not read (its ``problem``) says in words
    when it is a Taiwanese or Thai date ("115/11/17", "2570", "27/04/2570"): the Western date
    to write, and to put TW or TH in the row's Country only when the row's place was not
    written (``placed`` False) and its calendar (``country``, a code) is not that country's
    already (ot94 F6: "put TH" was said on a TH row); None when it is none of them (``problem``
    stays)."""
    if not isinstance(value, str) or problem is None:
        return None
    nation = country.split("-")[0] if isinstance(country, str) else ""
    # A weekday that contradicts a local-era date on a row of that calendar is said as in a
    # Western year ("Mon 20/01/2570": 2027-01-20 is a Wednesday), not "write 2027" (ot94).
    local = _local_era_parse(value, country, None)
    if local is not None and local.problem and _WRONG_WEEKDAY.fullmatch(local.problem):
        return local.problem
    text = " ".join(unicodedata.normalize("NFKC", value).split())
    thai_row = nation == "TH"
    short_year = _short_year_weekday(
        text, problem, placed or thai_row, may_be_thai=not placed or thai_row
    )
    if short_year is not None:
        return short_year
    if problem.startswith("has the year ") and problem.endswith(TO_TH):
        return problem.removesuffix(TO_TH) if placed or nation == "TH" else None
    if problem != NOT_A_DATE:
        return None
    if (m := _MINGUO_SHORT.fullmatch(text)) and int(m["y"]) in _MINGUO_HINT_YEARS:
        western = int(m["y"]) + MINGUO_OFFSET
        if m["rest"] or not _valid_day(western, int(m["m"]), int(m["d"])):
            return None
        day = dt.date(western, int(m["m"]), int(m["d"]))
        hint = MINGUO_DATE.format(year=m["y"], western=western, date=f"{day:%Y-%m-%d}")
        return hint if placed or nation == "TW" else hint + TO_TW
    if re.fullmatch(r"\d{4}", text) and int(text) in _BUDDHIST_HINT_YEARS:
        return BUDDHIST_YEAR_ALONE.format(year=text, western=int(text) - BUDDHIST_ERA_OFFSET)
    return _no_leap_day(text)


# A 29 February in a year without one ("2027-02-29", "29/02/27"): the year is said (ot102 F7).
NO_LEAP_DAY = NOT_A_DATE + " ({year} is not a leap year: it has no 29 February)"
# The year written: four digits, or two at the end after a separator ("29/02/27").
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?P<y>\d{4})(?!\d)|(?<=[-/.' ])(?P<yy>\d{2})$")


def is_no_leap_day(problem: object) -> bool:
    """Whether ``problem`` is ``NO_LEAP_DAY``'s."""
    return isinstance(problem, str) and _NO_LEAP_DAY.fullmatch(problem) is not None


_NO_LEAP_DAY = re.compile(re.escape(NO_LEAP_DAY).replace(r"\{year\}", r"\d+"))


def _no_leap_day(text: str) -> str | None:
    """``NO_LEAP_DAY`` when ``text`` is a 29 February in a year that has none (the same text
    in a leap year is that day), else None."""
    m = _WRITTEN_YEAR.search(text)
    if m is None or not re.search(r"29", text):
        return None
    year = int(m["y"]) if m["y"] else CENTURY + int(m["yy"])
    if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return None
    leap = text[: m.start()] + ("2028" if m["y"] else "28") + text[m.end() :]
    read = parse_date_text(leap)
    # "Mon 29 Feb 2027": its weekday is no leap year's 29 February's, but it is one all the
    # same (it said only "is not a date"; ot104).
    if read.value is None and read.problem is not None and _WRONG_WEEKDAY.fullmatch(read.problem):
        return NO_LEAP_DAY.format(year=year) if "-02-29 is a " in read.problem else None
    if read.value is None or (read.value.month, read.value.day) != (2, 29):
        return None
    return NO_LEAP_DAY.format(year=year)


# A weekday the date read with a two-digit year contradicts ("Wed 20/01/70": 1970-01-20 is a
# Tuesday): which year the two digits were read as, and the year of the other century or of
# the Thai calendar (Thai Excel's short dates: "70" is 2570, 2027) the weekday fits.
SHORT_YEAR_WEEKDAY = (
    "is not a date: the two-digit year {yy} is read as {year}, and {day:%Y-%m-%d} is a {day:%A}"
)
# ... a Thai short year the weekday fits: the Western date to write.
THAI_ASIDE = " ({thai} in the Thai calendar)"  # only where the row may be Thai
SHORT_YEAR_THAI = "; a {weekday} {date} is in {year}" + THAI_ASIDE + ": write {day:%Y-%m-%d}"
# ... this century's: said, no year of a job search to write.
SHORT_YEAR_NEXT_CENTURY = "; a {weekday} {date} is in {year}: write the date with its year in full"
SHORT_YEAR_NONE = "; nor is {date} a {weekday} in {years}: write the date with its year in full"


def _short_year_weekday(text: str, problem: str, placed: bool, *, may_be_thai: bool) -> str | None:
    """``era_hint`` of a date with a weekday and a two-digit year read in the last century
    that the weekday contradicts ("Wed 20/01/70": 1970-01-20 is a Tuesday), else None: the
    year the two digits were read as, and whether the weekday fits the year of the Thai
    calendar's short dates (Thai Excel's: "70" is 2570, 2027; the date to write then, and to
    put TH in the row's Country unless ``placed``: the row's place was written, or its
    calendar is Thailand's) or this century's (2070: no job search's; fx198, "1970-01-20 is a
    Tuesday" alone did not say what to write). The Thai calendar is named only where the row
    may be Thai (``may_be_thai``: its place is not written, or is Thailand): on a US or British row
    it is no help (ot102 F7). A year of this century ("Thu 20/01/27") keeps its problem: the
    weekday is the likelier typo."""
    read = _WRONG_WEEKDAY_DAY.fullmatch(problem)
    m = _TWO_DIGIT_YEAR_DATE.fullmatch(text)
    if read is None or m is None or not m["weekday"]:
        return None
    weekday = WEEKDAYS.get(m["weekday"].strip(" .,").casefold())
    day = dt.date.fromisoformat(read["day"])
    if weekday is None or day.year % 100 != int(m["y"]) or day.year >= CENTURY:
        return None
    said = SHORT_YEAR_WEEKDAY.format(yy=m["y"], year=day.year, day=day)
    date, named = f"{day.day} {day:%B}", _DAY_NAMES[weekday]
    thai = 2500 + int(m["y"])
    western = thai - BUDDHIST_ERA_OFFSET
    thai_day = _weekday_of(western, day) if int(m["y"]) >= _THAI_SHORT_YEAR_FROM else None
    if thai_day is not None and thai_day.weekday() == weekday:
        hint = SHORT_YEAR_THAI.format(
            weekday=named, date=date, year=western, thai=thai, day=thai_day
        )
        if not may_be_thai:
            hint = hint.replace(THAI_ASIDE.format(thai=thai), "")
        return said + hint + ("" if placed else TO_TH)
    next_century = _weekday_of(day.year + 100, day)
    if next_century is not None and next_century.weekday() == weekday:
        return said + SHORT_YEAR_NEXT_CENTURY.format(weekday=named, date=date, year=day.year + 100)
    years = f"{day.year + 100}" + (f" or {western}" if thai_day is not None else "")
    if thai_day is not None and may_be_thai:
        years += THAI_ASIDE.format(thai=thai)
    return said + SHORT_YEAR_NONE.format(weekday=named, date=date, years=years)


def _weekday_of(year: int, day: dt.date) -> dt.date | None:
    """``day``'s month and day in ``year``, None when that year has none (29 February)."""
    return dt.date(year, day.month, day.day) if _valid_day(year, day.month, day.day) else None


_WRONG_WEEKDAY_DAY = re.compile(
    re.escape(NOT_A_DATE) + r" \((?P<day>\d{4}-\d\d-\d\d) is a \w+day\)"
)
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CENTURY = 2000


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _foreign_weekday_date(weekday: str, rest: str) -> tuple[int, str] | None:
    """(weekday, date text) when ``weekday`` is one in another language and ``rest`` a full
    date with its year, written day-first with a month name ("3. marz 2026") or in numbers
    ("03.03.2026", "5.3.26"), maybe after an article (German "den"); also a date without its
    year in German numbers, closing dot included ("di. 24.03."), or with a month name when the
    weekday is written in full ("dienstag, 3. marz"); else None (``OTHER_LANGUAGE_WEEKDAYS``)."""
    if weekday not in OTHER_LANGUAGE_WEEKDAYS:
        return None
    rest = _without_article(rest)[0]
    short = _NUMERIC_NO_YEAR.fullmatch(rest)
    if not (_NUMERIC.fullmatch(rest) or (short and short["sep"] == short["dot"] == ".")):
        m = _DAY_MONTH.fullmatch(rest)
        if m is None or m["mon"] not in DAY_FIRST_MONTHS:
            return None
        in_full = len(weekday) > _LONGEST_WEEKDAY_ABBREVIATION
        if not (m["y"] or m["apostrophe_y"] or in_full):
            return None
    return OTHER_LANGUAGE_WEEKDAYS[weekday], rest


def _without_article(text: str) -> tuple[str, str | None]:
    """``text`` without an article before its day or weekday ("le 5 mars 2026" is "5 mars
    2026"), and the article (None when there is none; "l" for Italian "l'8 marzo")."""
    m = _ARTICLE.fullmatch(text)
    if m is None:
        return text, None
    weekday = _LEADING_WEEKDAY.fullmatch(m["rest"])
    if not m["rest"][0].isdigit() and not (
        weekday and (weekday["wd"] in WEEKDAYS or weekday["wd"] in OTHER_LANGUAGE_WEEKDAYS)
    ):
        return text, None
    return m["rest"], m["article"] or m["elided"]


# A time zone after a date or time, as the apps write one: in brackets as Notion does, "(EST)",
# "(GMT+1)", "(UTC-05:00)", "(Europe/Berlin)", "(ET)", Google Calendar's "(Pacific Time - Los
# Angeles)"; bare after the time as US apps and Airtable do, "1:30 PM EST", "2:30pm PST",
# "14:30 CEST", "10:00 UTC+5:30". The day written is the day, so an ambiguous abbreviation
# (IST, CST) needs no reading. Only zone names: "(draft)" is not one, and the cell stays not a
# date ("(Tue)" is a weekday, ``_TRAILING_WEEKDAY``).
_ZONES = (
    "utc|gmt|z|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|akdt|hst|ast|adt|nst|ndt|bst|ist|cet|cest|"
    "eet|eest|wet|west|msk|sast|wat|cat|eat|gst|pkt|npt|ict|wib|sgt|hkt|pht|jst|kst|awst|acst|"
    "acdt|aest|aedt|nzst|nzdt|brt|art|clt|cot|pet|vet|et|ct|mt|pt|aet|idt"
)
_ZONE_OFFSET = r"(?:gmt|utc)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?"
# Zone names in words: "Pacific Time", "Eastern Standard Time", "Central European Summer Time".
_ZONE_WORDS = (
    r"(?:pacific|eastern|central|mountain|atlantic|alaska|hawaii(?:-aleutian)?|newfoundland"
    r"|greenwich mean|british summer|irish standard|(?:central|eastern|western) european"
    r"|india|israel|japan|korea|china|singapore|hong kong|philippine|gulf|arabian|moscow"
    r"|(?:australian )?(?:eastern|central|western)|new zealand|coordinated universal)"
    r"(?: (?:standard|daylight|summer))? time"
)
# The US zones as invites name them in one word, "9:00 AM Eastern", "10 am Pacific": only
# after a time ("Nov 24, 2026 Central" is no time zone), or in brackets.
_ZONE_WORD = r"(?:pacific|eastern|central|mountain|atlantic|hawaii|alaska)"
_TIME_ZONE = re.compile(
    rf"\s*\((?:{_ZONES}|{_ZONE_OFFSET}|[+\-−]\d{{2}}:?\d{{2}}|[a-z]+/[a-z_]+"
    rf"|{_ZONE_WORDS}(?: - [^()]+)?|{_ZONE_WORD})\)$"
    # bare, only after a time or a year: "… 1:30 pm est", "… 14 uhr cet", "… 2026 pst"
    rf"|(?<=[\dmhr.])\s*\b(?:{_ZONES}|{_ZONE_OFFSET}|{_ZONE_WORDS})$"
    rf"|(?:(?<=\d:\d\d)|(?<=\d[ap]m)|(?<=\d [ap]m)|(?<=[ap]\.m\.)|(?<=[ap]\. m\.))\s+{_ZONE_WORD}$"
)
# "8/3/2019 and 9/9/2019", "3/11/2026; 3/18/2026", a range "Nov 12, 2026 → Nov 13, 2026" (as
# Notion writes one); "Nov 3 & Nov 9, 2026" is not one of them. The same day twice (a
# meeting's start and end) is one date.
_TIME_ONLY = re.compile(
    r"\d{1,2}(?::\d{2}\s*(?:" + _MERIDIEM + r")?|\s*" + _MERIDIEM + r")(?:\s*\([^()]*\))?"
)
_DATE_SEPARATORS = (
    re.compile(r"\s*(?:;|&|\+|→|->|\band\b|\bthen\b|\n)\s*"),
    re.compile(r"\s*,\s*(?:and\s+)?"),
)
SEVERAL_DATES = "holds {count} dates; the {which}, {date:%Y-%m-%d}, is used"


def _several_dates(folded: str, *, dayfirst: bool | None, epoch_1904: bool) -> ParsedDate | None:
    """The latest of two or more full dates written in one cell, with a note; else None."""
    for separator in _DATE_SEPARATORS:
        parts = [p for p in separator.split(folded) if p]
        if len(parts) < 2:
            continue
        arrow = "→" in folded or "->" in folded
        if arrow and len(parts) == 2 and _TIME_ONLY.fullmatch(parts[1]):
            # "November 12, 2026 2:00 PM → 3:00 PM": one day, two times.
            single = _parse_folded(parts[0], dayfirst=dayfirst, epoch_1904=epoch_1904)
            if single.value is not None and single.problem is None:
                return single
        parsed = [_parse_folded(p, dayfirst=dayfirst, epoch_1904=epoch_1904) for p in parts]
        values = [p.value for p in parsed if p.value is not None and p.problem is None]
        if len(values) == len(parts):
            days = len(set(values))
            if days == 1:  # "Nov 24, 2026 10:00 AM → Nov 24, 2026 3:00 PM": one meeting's day
                return parsed[0]
            latest = max(values)
            return ParsedDate(
                value=latest,
                note=SEVERAL_DATES.format(
                    count=days, which="later" if days == 2 else "latest", date=latest
                ),
            )
    return None


def _parse_folded(folded: str, *, dayfirst: bool | None, epoch_1904: bool) -> ParsedDate:
    if zone := _TIME_ZONE.search(folded):  # Notion's "Nov 3, 2026 2:00 PM (EST)": that day
        folded = folded[: zone.start()]
    if _SERIAL_TEXT.fullmatch(folded):
        # Five-digit numbers are serials pasted as text (1927..2173); shorter ones are not dates.
        return from_excel_serial(float(folded), epoch_1904=epoch_1904)
    if _UNIX_TIME_TEXT.fullmatch(folded):
        return from_number(float(folded), epoch_1904=epoch_1904)
    if m := _COMPACT_ISO.fullmatch(folded):
        return _ymd(int(m["y"]), int(m["m"]), int(m["d"]), None)
    if m := _ISO.fullmatch(folded):
        return _ymd(int(m["y"]), int(m["m"]), int(m["d"]), m["time"])
    if m := _NUMERIC.fullmatch(folded):
        month, day = _month_day_order(int(m["a"]), int(m["b"]), dayfirst)
        full_year = _full_year(m["y"])
        parsed = _ymd(full_year, month, day, m["time"])
        if parsed.problem == NOT_A_DATE and full_year in BUDDHIST_ERA_YEARS:
            # "27/04/2570" in a US column: no day either way, but what is wrong is the year
            other = _ymd(full_year, day, month, m["time"])
            return parsed if other.problem == NOT_A_DATE else other
        return parsed
    if m := _NUMERIC_NO_YEAR.fullmatch(folded):
        month, day = _month_day_order(int(m["a"]), int(m["b"]), dayfirst)
        return _without_year(month, day, m["time"])
    for pattern, months in ((_DAY_MONTH, DAY_FIRST_MONTHS), (_MONTH_DAY, MONTHS)):
        m = pattern.fullmatch(folded)
        if m and m["mon"] in months:
            if m["mon"] in ENGLISH_WORD_MONTHS and not _marked_as_a_date(m):
                return ParsedDate(problem=NOT_A_DATE)
            year = m["y"] or m.groupdict().get("y2") or m["apostrophe_y"]
            if year is None:
                return _without_year(months[m["mon"]], int(m["d"]), m["time"])
            return _ymd(_full_year(year), months[m["mon"]], int(m["d"]), m["time"])
    m = _MONTH_YEAR.fullmatch(folded)
    if m and m["mon"] in DAY_FIRST_MONTHS:
        return ParsedDate(problem=NO_DAY)
    if re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*" + _MERIDIEM + r")?", folded):
        return ParsedDate(problem=TIME_ONLY)
    return ParsedDate(problem=NOT_A_DATE)


def _marked_as_a_date(m: re.Match[str]) -> bool:
    """A day-first match whose month is also an English word reads as a date
    (``ENGLISH_WORD_MONTHS``)."""
    if "." in m["sep"] or m["of"] == "de" or m["ord"] in ("er", "º") or m["apostrophe_y"]:
        return True
    year = m["y"]
    if year is None:
        return False
    return len(year) == 4 or bool(m["sep"].strip() and m["sep2"].strip())


def _month_day_order(a: int, b: int, dayfirst: bool | None) -> tuple[int, int]:
    if dayfirst is None:
        # Only one reading is valid when the first number cannot be a month; else US order.
        return (b, a) if a > 12 >= b else (a, b)
    return (b, a) if dayfirst else (a, b)


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Excel's two-digit-year window: 00-29 are 2000s, 30-99 are 1900s.
        year += 2000 if year < 30 else 1900
    return year


def _ymd(year: int, month: int, day: int, time: str | None) -> ParsedDate:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return ParsedDate(problem=NOT_A_DATE)
    if time is not None and not _valid_time(time):
        return ParsedDate(problem=NOT_A_DATE)
    return _checked(value)


def _valid_time(text: str) -> bool:
    """A time, or both ends of a range ("2-3pm": the start takes the end's pm)."""
    twelve_hour = bool(_AM_PM.search(text))
    return all(_valid_clock(part, twelve_hour) for part in re.split(_RANGE_SEPARATOR, text))


def _valid_clock(text: str, twelve_hour: bool) -> bool:
    m = _TIME_PARTS.match(text)
    if m is None:
        return False
    hour, minute, second = int(m["h"]), int(m["mi"] or 0), int(m["s"] or 0)
    max_hour = 12 if twelve_hour or _AM_PM.search(text) else 23
    return hour <= max_hour and minute < 60 and second < 61


def _without_year(month: int, day: int, time: str | None = None) -> ParsedDate:
    """A date without its year (its time, like a full date's, checked and dropped)."""
    # Validate against a leap year so "Feb 29" is kept for the year inference to decide.
    try:
        dt.date(2000, month, day)
    except ValueError:
        return ParsedDate(problem=NOT_A_DATE)
    if time is not None and not _valid_time(time):
        return ParsedDate(problem=NOT_A_DATE)
    return ParsedDate(problem=NO_YEAR, month_day=(month, day))


def infer_year(month_day: tuple[int, int], near: dt.date) -> dt.date | None:
    """The date with that month and day closest to ``near`` (a year either side at most)."""
    month, day = month_day
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - near).days), d))


def weekday_fits(
    month_day: tuple[int, int], weekday: int, inferred: dt.date, near: dt.date
) -> dt.date | None:
    """The date for a year-less date that names its weekday ("Sun 1 March"): ``inferred`` (the
    year the neighbouring dates give) when it falls on that weekday, else the date with that
    month and day nearest ``near`` when that one does, else None (the weekday contradicts
    both: a typo, reported rather than guessed). Of three years in a row at most one has the
    day on a given weekday, so the nearest date is the only other candidate worth taking."""
    if inferred.weekday() == weekday:
        return inferred
    nearest = infer_year(month_day, near)
    if nearest is not None and nearest.weekday() == weekday:
        return nearest
    return None


def earliest_on_or_after(month_day: tuple[int, int], limit: dt.date) -> dt.date | None:
    """The earliest date with that month and day on or after ``limit`` (Feb 29: a leap year)."""
    month, day = month_day
    for year in range(limit.year, limit.year + 8):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate >= limit:
            return candidate
    return None


def latest_on_or_before(month_day: tuple[int, int], limit: dt.date) -> dt.date | None:
    """The latest date with that month and day on or before ``limit`` (Feb 29: a leap year)."""
    month, day = month_day
    for year in range(limit.year, limit.year - 8, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return candidate
    return None
