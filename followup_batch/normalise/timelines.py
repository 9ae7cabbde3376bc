"""Stated-timeline phrases (DESIGN section 2): "Friday", "next week", "in 2 weeks", "within 5
business days", "early January", ... read from a Decision Date cell and placed against the
interview date.

Anything that is not one of these phrases is a row problem, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from followup_batch.normalise import timeline_words
from followup_batch.normalise.dates import MONTHS, WEEKDAYS

# Timeline kinds; ``n`` is the weekday (0 = Monday), the number of days, or of business days.
WEEKDAY = "weekday"  # the first such weekday strictly after the interview
DAYS = "days"  # interview + n calendar days
# "End of week", "this week": the last working day of the interview's week (the next week's
# when the interview is on that day or later). Placed here on a Monday-to-Friday week, its
# Friday; the rules place it on the row's own work week (``DECISION_WEEK``).
WEEK_END = "week_end"
NEXT_WEEK = "next_week"  # the last working day of the week after the interview's (as above)
# "Early next week": the third day of the week after the interview's, the latest day "early"
# allows, as "early January" is the 10th. Placed here on a Monday-to-Friday week, its
# Wednesday; the rules place it on the row's own work week (``DECISION_WEEK``): Tuesday in a
# Sunday-to-Thursday week.
EARLY_NEXT_WEEK = "early_next_week"
# The days "early" allows of a week: its first three.
EARLY_WEEK_DAYS = 3
# The last day of the interview's month, or (n = 1) of the month after.
MONTH_END = "month_end"
# "End of year", "by year end", "EOY", "by New Year's Eve", "between Christmas and New Year"
# (27-31 December, read at its end as "end of the month" is): 31 December of the interview's
# year, as "end of December" is that month's last day; said in January, the December ahead
# (an interview on 2027-01-05: 2027-12-31), where "end of December" is the one just gone.
YEAR_END = "year_end"
BUSINESS_DAYS = "business_days"  # n business days after: needs a calendar, the rules resolve it
# A part of a named month ("early January"), in the one nearest the interview's month: n is
# year * 10000 + month * 100 + the part's last day (``month_part_n``); year 0 when not written.
MONTH_PART = "month_part"
# "After the holidays": early January, said at a November or December interview only; n as
# for ``MONTH_PART`` (January, the part's last day).
AFTER_HOLIDAYS = "after_holidays"
# A calendar week ("week 50", "KW 50"): the Friday of that ISO week (Monday to Sunday, week 1
# the one with the year's first Thursday), as "next week" is its Friday; n is year * 100 + the
# week, year 0 when not written.
ISO_WEEK = "iso_week"
# A day of the month alone after a deadline word ("by the 8th"), or after a weekday ("Weds
# 17th"): the first such day after the interview; n is the day, plus 100 × (the weekday + 1)
# when one is written (``stated_weekday``): the day must be that weekday.
DAY_OF_MONTH = "day_of_month"

# A weekday of the week after the interview's ("다음 주 금요일", "来週の金曜日", "下周五": next
# week's Friday), n the weekday (0 = Monday): not the first such weekday after the interview,
# which "Friday" is.
NEXT_WEEK_DAY = "next_week_day"

FRIDAY = 4
# The week a week phrase names, counted from the interview's (0: its own, 1: the next; 2: the
# early days of the next), for the rules to place it on the row's calendar: its weekend says
# where its weeks start and end.
EARLY_IN_NEXT_WEEK = 2
# A calendar week ("week 12"), already placed on its Friday: as a week phrase's last day, a
# day off there gives way to the working day before it in that week (Good Friday: Thursday).
IN_CALENDAR_WEEK = 3
DECISION_WEEK: dict[str, int] = {
    WEEK_END: 0,
    NEXT_WEEK: 1,
    EARLY_NEXT_WEEK: EARLY_IN_NEXT_WEEK,
    ISO_WEEK: IN_CALENDAR_WEEK,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "couple": 2,
}
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))  # "a couple of" before "a"
_N = r"(?P<n>\d{1,3}|" + _WORDS + r")"
# A range ("1-2 weeks", "two to three weeks") is read at its later end: the follow-up waits
# until the longest time they gave has passed.
_RANGE = r"(?:(?:\d{1,3}|" + _WORDS + r")\s*(?:-|–|to|or)\s*)?"
_BY = r"(?:by )?(?:the )?"
_UNTIL = r"(?:by |until |till )?(?:the )?"  # a year's end: "until end of year" is "by" it
_UNIT = r"(?P<unit>days?|weeks?|wks?|hours?|hrs?)"  # "2 wks"; "48 hours" is 2 days
# A range written the other way round: "in a week or two" is two weeks.
_OR_LATER = r"(?: (?:or|to) (?P<later>\d{1,3}|" + _WORDS + r"))?"
# "Next week" in Japanese (来週, 来週中: during next week), Chinese (下周, 下週, 下星期, and 内:
# within it) and Korean (다음 주, 다음주, and 중 or 내: during or within it).
_NEXT_WEEK_CJK = r"来週中?|下(?:周|週|星期)[内內]?|다음 ?주(?: ?[중내])?"
_CJK_WEEKDAY_NUMBERS = {
    day: number
    for days in ("月火水木金土日", "一二三四五六日", "월화수목금토일")
    for number, day in enumerate(days)
} | {"天": 6}  # Chinese "星期天", "周天": Sunday
# Chinese says a weekday after 周/週 (week), 星期 or 礼拜: "周五", "星期五", "礼拜天" (Friday,
# Friday, Sunday); "前" after it is "before" ("周五前": before Friday), as "之前" and "以前" are
# (``timeline_words``), but only there: "3天前", "两周前" are days and weeks ago.
_CHINESE_WEEK = r"(?:周|週|星期|礼拜|禮拜)"
_CHINESE_DAY = r"[一二三四五六日天]"
_NEXT_WEEK_DAY_CJK = re.compile(
    rf"来週の?(?P<jp>[月火水木金土日])曜日?|下(?:个|個)?{_CHINESE_WEEK}(?P<cn>{_CHINESE_DAY})前?"
    r"|다음 ?주 ?(?P<kr>[월화수목금토일])요일"
)
# A weekday in Japanese ("金曜日", "金曜", "今週金曜日", "今週の金曜日"; after the deadline
# word and reply word: "金曜日までに回答"): that weekday, as "by Friday" is. The day's one
# character alone ("金", "月") is money, a month: only with "曜". Chinese and Korean alike
# (fx226): "周五前", "本周五之前", "这个星期五以前", "금요일까지", "이번 주 금요일까지" (this
# week's Friday). "周" alone is a family name ("周先生": Mr Zhou), and "周末" the weekend: a
# Chinese weekday is "周" with a day's number after it. "上周五" (last Friday), "每周五" (every
# Friday), "周五面试" (an interview on Friday) are no deadline, and stay unread.
_WEEKDAY_CJK = re.compile(
    r"(?:今週の?)?(?P<jp>[月火水木金土日])曜日?"
    rf"|(?:(?:本|这|這)(?:个|個)?)?{_CHINESE_WEEK}(?P<cn>{_CHINESE_DAY})前?"
    r"|(?:이번 ?주 ?)?(?P<kr>[월화수목금토일])요일"
)
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "by EOD Friday", "end of day on Friday": that Friday.
    (
        re.compile(r"(?:by |next )?(?:(?:eod|cob|end of (?:the )?day) (?:on )?)?(?P<wd>[a-z]+)"),
        WEEKDAY,
    ),
    (re.compile(r"tomorrow"), DAYS),
    (re.compile(rf"{_BY}end of (?:the )?week|this week|eow|by eow"), WEEK_END),
    (re.compile(rf"(?:{_BY}end of )?next week|{_NEXT_WEEK_CJK}"), NEXT_WEEK),
    (
        re.compile(r"(?:by )?(?P<early>early|(?:the )?(?:start|beginning) of) next week"),
        EARLY_NEXT_WEEK,
    ),
    (re.compile(rf"(?:in |within )?{_RANGE}{_N} {_UNIT}{_OR_LATER}"), DAYS),
    (
        re.compile(rf"(?:in |within )?{_RANGE}{_N} (?:(?:business|working) days?|bd)"),
        BUSINESS_DAYS,
    ),
    (re.compile(rf"{_BY}end of (?:the )?month|eom|by eom"), MONTH_END),
    (re.compile(rf"{_BY}end of (?:the )?(?P<next>next|following) month"), MONTH_END),
    (
        # "until end of year", "by year's end"; with a year written ("end of the year 2026",
        # "year end 2026", "end of 2026"), that year's (``_year_written``).
        re.compile(
            rf"(?:{_UNTIL}end of (?:the |this )?year|{_UNTIL}year(?:['’]?s)?[ -]?end|(?:by )?eoy"
            r"|by (?:new years?['’]?s? eve|nye)"
            r"|between (?:christmas|xmas) and (?:the )?new years?(?:['’]s)?(?: day)?)"
            rf"(?:,? (?P<year>20\d\d))?|{_UNTIL}end of (?P<year_alone>20\d\d)"
        ),
        YEAR_END,
    ),
)
# A part of a month is read as the latest day it allows, as "next week" is read as that week's
# Friday and "end of the month" as its last day: the follow-up waits until it has passed.
# 31 is the month's last day.
MONTH_PART_LAST_DAY: dict[str, int] = {
    "early": 10,
    "beginning of": 10,
    "start of": 10,
    "first week of": 7,
    "1st week of": 7,
    "mid": 20,
    "middle of": 20,
    "second week of": 14,
    "2nd week of": 14,
    "third week of": 21,
    "3rd week of": 21,
    "fourth week of": 28,
    "4th week of": 28,
    "late": 31,
    "end of": 31,
    "last week of": 31,
}
_PART = "|".join(sorted(MONTH_PART_LAST_DAY, key=len, reverse=True))
_YEAR = r"(?P<year>(?:19|20|21)\d\d)"  # a year past 2199 is a typo (and past 2262, no date)
_MONTH_PART = re.compile(
    rf"(?:by |in )?(?:the )?(?P<part>{_PART})[ -](?:the )?(?P<month>[a-z]+)\.?(?:,? {_YEAR})?"
)
# "After the holidays", "after the Christmas holidays", "after Christmas", "after New Year's",
# "after New Year's Day", "after the New Year holidays", "after winter break": one meaning,
# whatever the wording (ot68 F2); "after the New Year holiday" too. (In Japan they are all
# after its year-end closure, a holiday of its calendar: ``holiday_phrases.NEW_YEAR_CLOSURE``.)
_NEW_YEARS = r"new year(?:'?s|’s)?"
_AFTER_HOLIDAYS = re.compile(
    r"after (?:the )?(?:(?:christmas |xmas )?holidays"
    rf"|(?:christmas|xmas|holiday|{_NEW_YEARS}|winter|festive) break|{_NEW_YEARS} holidays?"
    rf"|winter holidays|christmas|xmas|(?:holiday|festive) season|{_NEW_YEARS}(?: day)?)"
)
# The new year, said at a November or December interview: "in the new year", "early next
# year" are early January; "first week of the new year" its 7th. Not "after the break": which
# break (Thanksgiving's, in November)?
_NEW_YEAR: tuple[tuple[re.Pattern[str], int], ...] = (
    (
        re.compile(
            r"(?:early |sometime )?in the new year|early (?:in the )?next year"
            r"|(?:at the )?(?:beginning|start) of (?:the new|next) year"
        ),
        MONTH_PART_LAST_DAY["early"],
    ),
    (
        re.compile(r"(?:in )?(?:the )?(?:first|1st) week of (?:the new|next) year"),
        MONTH_PART_LAST_DAY["first week of"],
    ),
)
# "Week 50", "in week 2", "calendar week 50", "CW 50", "wk 50, 2027": an ISO calendar week.
_ISO_WEEK = re.compile(
    r"(?:by |in |during )?(?:the )?(?:calendar week|week|wk|cw)\.? ?(?P<week>\d{1,2})"
    rf"(?:,? {_YEAR})?"
)
# A weekday and a day of the month with its ordinal, without the month: "Weds 17th", "Tue.
# 16th", "Thursday the 18th", "on Wed, 17th". A bare number is not read ("Wed 5": five
# o'clock?), nor "Weds 17 Feb", a date the date reader reads.
_WEEKDAY_DAY = re.compile(
    r"(?:by |on )?(?P<wd>[a-z]+)\.?,? (?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)"
)
# A week without a year is the one nearest the interview, as a month part's month is: up to
# 26 weeks on, else the one before (already over: a row problem).
WEEKS_AHEAD = 26
HOLIDAY_SEASON_MONTHS = (11, 12)  # "after the holidays" said then is early January
_EDGE_PUNCTUATION = " \t\r\n.,;:!?\"'()[]"


@dataclass(frozen=True)
class Timeline:
    """A stated-timeline phrase, read but not yet placed on a calendar."""

    kind: str
    n: int = 0
    # "After the holidays" and its kin, not "in the new year": in Japan the end of its New
    # Year closure (``holiday_phrases.NEW_YEAR_CLOSURE``), not a day in January.
    after_holidays: bool = False


@dataclass(frozen=True)
class Resolved:
    """A timeline placed against an interview date: a date, or N business days after it."""

    date: dt.date | None = None
    within_bd: int | None = None


def match_timeline(text: str) -> Timeline | None:
    """The timeline phrase ``text`` states, or None when it is not one of DESIGN's phrases:
    in English, in the languages of ``timeline_words`` ("la semaine prochaine"), and after a
    deadline word ("by the 8th", "before Friday", "d'ici vendredi"). ``text`` as written:
    "pós-natal" is postnatal, "pós-Natal" after Christmas (``timeline_words.postnatal``)."""
    if timeline_words.postnatal(text):
        return None
    return _match_timeline(text)


def _match_timeline(text: str) -> Timeline | None:
    # Hangul whole: what follows a label ("인사팀: 다음 주") comes ``plain``, taken apart.
    folded = unicodedata.normalize(
        "NFC", " ".join(text.casefold().strip(_EDGE_PUNCTUATION).split())
    )
    # British wordings as the grammar's ("close of business", "a fortnight").
    folded = timeline_words.in_us_english(timeline_words.plain(folded)) or folded
    timeline = _english_timeline(folded)
    if timeline is not None:
        return timeline
    plain = timeline_words.plain(folded)
    english = timeline_words.in_english(plain)
    if english is not None:
        return _english_timeline(english)
    day = timeline_words.day_of_month(plain)
    if day is not None:
        return Timeline(DAY_OF_MONTH, day)
    tail = _JAPANESE_TAIL.fullmatch(plain)
    if tail is not None:
        return _match_timeline(tail["rest"])
    rest = timeline_words.after_deadline(plain)
    if rest is None:
        return _after_lead_words(plain)
    english = timeline_words.in_english(rest)
    timeline = _english_timeline(rest if english is None else english)
    # "By 2 weeks", "vor 2 Wochen" (two weeks ago): a deadline names a day, not a duration.
    if timeline is None or (timeline.kind in (DAYS, BUSINESS_DAYS) and timeline.n != 1):
        return None
    return timeline


# Words that say who answers before the phrase in a short sentence: "they'll get back in 2
# weeks", "will revert in 2 weeks" (Indian and West African English: reply), "they said EOW",
# "Recruiter said they'll get back after Easter" (fx223: "said" left both unread), "feedback em 2
# semanas", "nos dan respuesta la próxima semana", "Rückmeldung nächste Woche". Only these: a
# sentence with other words ("not before next week", "2nd round next week") says something
# else, and stays unread.
_LEAD = """
    they they'll theyll will should would get getting back hear hearing we we'll well i i'll
    to us me you let know be told expect expected expecting decision decisions answer response
    revert reverting said says say
    reply feedback result results outcome update news word from them
    nos te les dan daran van a dar respuesta respuestas resultado resultados
    retorno resposta respostas decisao devolutiva vao dao darao vai da dara
    ruckmeldung antwort entscheidung ergebnis bescheid gibt es sie
    reponse retour resultat ils elles donneront auront on aura
    risposta decisione esito riscontro ci daranno
    terugkoppeling antwoord uitslag besluit reactie ze krijgen
    akan kabari mengabari memberi memberikan kabar hasil keputusan jawaban hubungi menghubungi
    se phan hoi bao tra loi ket qua thong
"""
_LEAD_WORDS = frozenset(_LEAD.split())
_LEAD_MAX_WORDS = 5
# Who answers, named by role rather than "they": "HR will revert next week", "Recruiter will
# get back in 2 weeks", "the hiring manager will decide by Friday", "Panel to revert after
# Easter" (ot75 F8: each unread). Read as "they" is, and only before one of ``_LEAD_WORDS``:
# "Panel next week" and "HR interview next week" name a meeting, not an answer.
_ROLE_SUBJECT = re.compile(
    r"(?:the |our |my )?(?:hr|human resources|recruiters?|recruiting|recruitment"
    r"|talent acquisition|hiring managers?|hiring team|hiring committee|manager"
    r"|(?:interview )?panel|interviewers?|team|company|employer|client|committee)"
    r"(?: team| department| dept)? (?P<rest>(?P<next>\S+).*)"
)


def _plain_either(words: str) -> str:
    """A regex alternation of ``words`` (space-separated) as ``timeline_words.plain`` writes
    them ("ご" is "こ"), the longest first."""
    return "|".join(sorted({timeline_words.plain(w) for w in words.split()}, key=len, reverse=True))


# Japanese puts who answers after the phrase: "来週中に連絡" (will contact during next week),
# "来週中にご連絡いたします", "来週中に回答予定" (an answer during next week is planned). The phrase
# before the reply word, "に" and a polite or plan ending is read as it is alone; not one that
# says anything else ("来週中に連絡がなければ": if they do not call next week).
_JAPANESE_REPLY = "連絡 ご連絡 回答 ご回答 返事 お返事 返信 ご返信 結果連絡 結果の連絡"
_JAPANESE_ENDING = (
    "します いたします 致します する します予定 予定 予定です です があります がある が来る"
    " が来ます をもらえる もらえる をいただける いただける をくれる くれる"
)
_JAPANESE_TAIL = re.compile(
    rf"(?P<rest>.+?)(?:には|に)?(?:{_plain_either(_JAPANESE_REPLY)})"
    rf"(?:{_plain_either(_JAPANESE_ENDING)})?"
)


def _after_lead_words(plain: str) -> Timeline | None:
    """The timeline phrase after a few of ``_LEAD_WORDS`` in ``plain``, else None."""
    for rest in after_lead_words(plain):
        timeline = _match_timeline(rest)
        if timeline is not None:
            return timeline
    return None


def after_lead_words(plain: str) -> Iterator[str]:
    """What follows one, two, ... up to ``_LEAD_MAX_WORDS`` of ``_LEAD_WORDS`` at the start of
    ``plain`` ("they'll get back after eid": "get back after eid", "back after eid", "after
    eid"), shortest lead first; the same lead-ins a holiday phrase is read after
    (``holiday_phrases``). A role before them (``_ROLE_SUBJECT``: "HR will revert") is "they";
    after a label ("recruiter: sau tet", ``timeline_words.LABELS``), what follows it first."""
    unlabelled = timeline_words.without_label(plain)
    if unlabelled is not None:
        yield unlabelled
        plain = unlabelled
    subject = _ROLE_SUBJECT.fullmatch(plain)
    if subject is not None and subject["next"] in _LEAD_WORDS:
        plain = f"they {subject['rest']}"
    words = plain.split()
    for k in range(1, min(_LEAD_MAX_WORDS, len(words) - 1) + 1):
        if words[k - 1] not in _LEAD_WORDS:
            return
        yield " ".join(words[k:])


def _english_timeline(folded: str) -> Timeline | None:
    """The timeline phrase of DESIGN's English grammar ``folded`` states, else None."""
    part = _MONTH_PART.fullmatch(folded)
    if part is not None and part["month"] in MONTHS:  # not "end of the month"
        year = int(part["year"] or 0)
        return Timeline(
            MONTH_PART, month_part_n(MONTHS[part["month"]], MONTH_PART_LAST_DAY[part["part"]], year)
        )
    week = _ISO_WEEK.fullmatch(folded)
    if week is not None:
        number = int(week["week"])
        if not 1 <= number <= 53:
            return None
        return Timeline(ISO_WEEK, int(week["year"] or 0) * 100 + number)
    weekday_day = _WEEKDAY_DAY.fullmatch(folded)
    if weekday_day is not None and weekday_day["wd"] in WEEKDAYS:
        day = int(weekday_day["day"])
        if not 1 <= day <= 31:
            return None
        return Timeline(DAY_OF_MONTH, (WEEKDAYS[weekday_day["wd"]] + 1) * 100 + day)
    next_week_day = _NEXT_WEEK_DAY_CJK.fullmatch(folded)
    if next_week_day is not None:
        named = next(d for d in next_week_day.groups() if d)
        return Timeline(NEXT_WEEK_DAY, _CJK_WEEKDAY_NUMBERS[named])
    weekday_cjk = _WEEKDAY_CJK.fullmatch(folded)
    if weekday_cjk is not None:
        named = next(d for d in weekday_cjk.groups() if d)
        return Timeline(WEEKDAY, _CJK_WEEKDAY_NUMBERS[named])
    if _AFTER_HOLIDAYS.fullmatch(folded):
        return Timeline(
            AFTER_HOLIDAYS, month_part_n(1, MONTH_PART_LAST_DAY["early"]), after_holidays=True
        )
    for pattern, last_day in _NEW_YEAR:
        if pattern.fullmatch(folded):
            return Timeline(AFTER_HOLIDAYS, month_part_n(1, last_day))
    for pattern, kind in _PHRASES:
        m = pattern.fullmatch(folded)
        if m is None:
            continue
        groups = m.groupdict()
        if "early" in groups:
            return Timeline(EARLY_NEXT_WEEK)
        if "wd" in groups:
            if groups["wd"] not in WEEKDAYS:
                continue
            return Timeline(WEEKDAY, WEEKDAYS[groups["wd"]])
        if kind == WEEK_END:
            return Timeline(WEEK_END)
        if kind == DAYS and "unit" not in groups:  # tomorrow
            return Timeline(DAYS, 1)
        if "next" in groups:  # end of next month
            return Timeline(MONTH_END, 1)
        if kind == YEAR_END and (groups["year"] or groups["year_alone"]):
            return _year_written(groups["year"] or groups["year_alone"])
        if kind in (DAYS, BUSINESS_DAYS):
            n = _number(groups["n"])
            if groups.get("later"):
                n = max(n, _number(groups["later"]))
            if n < 1:
                return None
            if kind == DAYS:
                n = _in_days(n, groups["unit"])
            return Timeline(kind, n)
        return Timeline(kind)
    return None


def _year_written(year: str) -> Timeline:
    """A year's end with its year written ("end of the year 2026"): 31 December of that year,
    read as "end of December 2026" is (a ``MONTH_PART``), not the interview's year."""
    return Timeline(MONTH_PART, month_part_n(12, MONTH_PART_LAST_DAY["end of"], int(year)))


def stated_weekday(n: np.ndarray) -> np.ndarray:
    """The weekday (0 = Monday) written with each ``DAY_OF_MONTH`` timeline's day ("Weds
    17th": 2), -1 where none was."""
    return np.asarray(n, dtype="int64") // 100 - 1


def as_written(text: str) -> str:
    """A phrase as the Why quotes it: its words, without the spaces and quotes around them."""
    return " ".join(text.strip().strip('"“”').split())


def month_part_n(month: int, last_day: int, year: int = 0) -> int:
    """A ``MONTH_PART`` timeline's n: the month, the part's last day and the year (0: none)."""
    return (year * 100 + month) * 100 + last_day


def _number(text: str) -> int:
    return NUMBER_WORDS.get(text) or int(text)


def _in_days(n: int, unit: str) -> int:
    """``n`` of ``unit`` as calendar days; hours as the days they reach into ("within 48 hours"
    is 2 days, 36 hours too: they may answer on the second day)."""
    if unit.startswith("w"):
        return n * 7
    if unit.startswith("h"):
        return -(-n // 24)
    return n


def resolve_timelines(
    kinds: pd.Series | np.ndarray, ns: pd.Series | np.ndarray, interview: pd.Series
) -> tuple[pd.Series, pd.Series]:
    """Place each row's timeline against its interview date, all rows at once.

    ``kinds``/``ns``: each row's ``Timeline.kind`` ('' for none) and ``Timeline.n``;
    ``interview``: datetime64[ns]. Returns (decision date as datetime64[ns], NaT where
    unresolved; within N business days as Int64, <NA> where not that kind). A missing
    interview date leaves both empty.
    """
    dates, within = timeline_arrays(kinds, ns, np.asarray(interview, dtype="datetime64[ns]"))
    return pd.Series(dates, index=interview.index), pd.Series(within, index=interview.index)


def timeline_arrays(
    kinds: pd.Series | np.ndarray, ns: pd.Series | np.ndarray, interview: np.ndarray
) -> tuple[np.ndarray, pd.arrays.IntegerArray]:
    """``resolve_timelines`` on arrays (``interview``: datetime64[ns]), for callers that
    need no labels: on a small tracker each Series costs more than the arithmetic."""
    # Calendar arithmetic in numpy days: on a tracker's few rows, each pandas .dt accessor
    # costs more than the arithmetic.
    kind = np.asarray(kinds, dtype=object)
    day = np.asarray(interview, dtype="datetime64[ns]").astype("datetime64[D]")
    known = ~np.isnat(day)
    safe = np.where(known, day, np.datetime64(0, "D"))
    weekday = np.where(known, (safe.astype("int64") + 3) % 7, np.nan)  # 1970-01-01: Thursday
    n = np.asarray(ns, dtype="float64")
    months_on = np.where((kind == MONTH_END) & ~np.isnan(n), n, 0).astype("int64")
    after_month = (safe.astype("datetime64[M]") + 1 + months_on).astype("datetime64[D]")
    to_month_end = np.where(known, (after_month - safe).astype("int64") - 1, np.nan)
    to_month_part = _to_month_part(safe, n)
    next_year = (safe.astype("datetime64[Y]") + 1).astype("datetime64[D]")
    to_year_end = np.where(known, (next_year - safe).astype("int64") - 1, np.nan)
    in_season = np.isin(
        safe.astype("datetime64[M]").astype("int64") % 12 + 1, HOLIDAY_SEASON_MONTHS
    )
    offsets = np.select(
        [
            kind == WEEKDAY,
            kind == NEXT_WEEK_DAY,
            kind == WEEK_END,
            kind == DAYS,
            kind == NEXT_WEEK,
            kind == EARLY_NEXT_WEEK,
            kind == MONTH_END,
            kind == YEAR_END,
            kind == MONTH_PART,
            (kind == AFTER_HOLIDAYS) & in_season,
            kind == DAY_OF_MONTH,
            kind == ISO_WEEK,
        ],
        [
            (n - weekday - 1) % 7 + 1,
            7 - weekday + n,  # Monday-based weeks, as for "next week"
            (FRIDAY - weekday - 1) % 7 + 1,  # the first Friday after the interview
            n,
            # Monday-based weeks: the Friday after next Monday is 11 days after a Monday.
            11 - weekday,
            9 - weekday,  # its Wednesday
            to_month_end,
            to_year_end,
            to_month_part,
            to_month_part,
            _to_day_of_month(safe, n),
            _to_iso_week_friday(safe, n),
        ],
        default=np.nan,
    )
    stated = (kind == BUSINESS_DAYS) & known
    within = pd.arrays.IntegerArray(np.where(stated, n, 0).astype("int64"), ~stated)
    return _days_after(day, offsets), within


def _to_month_part(day: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Days from each ``day`` to the last day of its ``MONTH_PART`` (``n``): in the year
    written, else in the named month nearest the interview's, as a date written without a year
    is read (up to six months on: "early January" at a December interview is next January's,
    "late October" at a November one last October's). A part already over ("early December"
    on December 18, "late October") comes before the interview: the caller reports it."""
    code = np.where(np.isnan(n), 0, n).astype("int64")
    year, month, last_day = code // 10000, np.maximum(code // 100 % 100, 1), code % 100
    months = day.astype("datetime64[M]").astype("int64")  # months since 1970-01
    ahead = (month - 1 - months) % 12  # the named month, 0-11 months from the interview's
    nearest = months + np.where(ahead <= 6, ahead, ahead - 12)
    written = (year - 1970) * 12 + month - 1
    start = np.where(year > 0, written, nearest).astype("datetime64[M]")
    first = start.astype("datetime64[D]")
    month_days = ((start + 1).astype("datetime64[D]") - first).astype("int64")
    last = first + np.minimum(last_day, month_days) - 1
    return (last - day).astype("int64").astype("float64")


def _to_day_of_month(day: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Days from each ``day`` to the first day numbered ``n`` after it: this month's, else
    the next month's that has one (the 31st after April 30 is May 31)."""
    wanted = np.where(np.isnan(n), 1, n).astype("int64") % 100  # without its weekday
    month = day.astype("datetime64[M]")
    found = np.full(len(day), np.nan)
    for ahead in (2, 1, 0):  # the nearest month that has the day wins
        first = (month + ahead).astype("datetime64[D]")
        length = ((month + ahead + 1).astype("datetime64[D]") - first).astype("int64")
        candidate = first + wanted - 1
        fits = (wanted <= length) & (candidate > day)
        found = np.where(fits, (candidate - day).astype("int64"), found)
    return found


def _to_iso_week_friday(day: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Days from each ``day`` to the Friday of its ``ISO_WEEK`` (``n``): in the year written,
    else the last such week up to ``WEEKS_AHEAD`` weeks on (a week already over comes before
    the interview: the caller reports it). NaN for a week 53 of a year that has none."""
    code = np.where(np.isnan(n), 0, n).astype("int64")
    year, week = code // 100, np.maximum(code % 100, 1)
    days = day.astype("int64")
    monday = days - (days + 3) % 7  # of the interview's week (1970-01-01: a Thursday)
    thursday = monday + 3  # the interview's ISO year is its Thursday's
    iso_year = (
        np.asarray(thursday, dtype="datetime64[D]").astype("datetime64[Y]").astype("int64") + 1970
    )
    found = np.full(len(day), np.nan)
    for ahead in (-1, 0, 1):  # the later candidate within reach wins
        candidate = np.where(year > 0, year, iso_year + ahead)
        first_monday = _first_iso_monday(candidate)
        weeks = (_first_iso_monday(candidate + 1) - first_monday) // 7
        week_monday = first_monday + 7 * (week - 1)
        fits = (week <= weeks) & ((year > 0) | (week_monday - monday <= 7 * WEEKS_AHEAD))
        found = np.where(fits, week_monday + 4 - days, found)
    return found


def _first_iso_monday(year: np.ndarray) -> np.ndarray:
    """The Monday of ISO week 1 of each ``year``, in days since 1970-01-01: that of January 4."""
    january_4 = (year - 1970).astype("datetime64[Y]").astype("datetime64[D]").astype("int64") + 3
    return january_4 - (january_4 + 3) % 7


_LAST_NS_DAY = np.datetime64(pd.Timestamp.max.date(), "D")


def _days_after(day: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """``day`` + ``offsets`` days as datetime64[ns]; NaT where either is missing.

    Raises OverflowError past the last nanosecond-precision day (2262-04-11), as pandas does.
    """
    result = np.full(len(day), np.datetime64("NaT", "ns"))
    ok = ~np.isnat(day) & ~np.isnan(offsets)
    later = day[ok] + offsets[ok].astype("int64").astype("timedelta64[D]")
    if (later > _LAST_NS_DAY).any():
        raise OverflowError("Overflow in int64 addition")
    result[ok] = later.astype("datetime64[ns]")
    return result


def parse_timeline(text: str, interview: dt.date) -> Resolved | None:
    """Resolve a stated-timeline phrase against the interview date; None when not a phrase,
    or not one that can be placed from that day ("after the holidays" in July)."""
    timeline = match_timeline(text)
    if timeline is None:
        return None
    dates, within = resolve_timelines(
        pd.Series([timeline.kind], dtype=object),
        pd.Series([timeline.n]),
        pd.Series([pd.Timestamp(interview)], dtype="datetime64[ns]"),
    )
    if timeline.kind == BUSINESS_DAYS:
        return Resolved(within_bd=int(within.iloc[0]))
    if pd.isna(dates.iloc[0]):  # "after the holidays" out of the holiday season
        return None
    day = dates.iloc[0].date()
    weekday = int(stated_weekday(np.array([timeline.n]))[0])
    if timeline.kind == DAY_OF_MONTH and weekday >= 0 and day.weekday() != weekday:
        return None  # "Thurs 17th" on a Wednesday the 17th
    return Resolved(date=day)
