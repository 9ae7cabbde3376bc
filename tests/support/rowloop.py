"""A plain row-by-row implementation of DESIGN section 3, kept as an oracle and a baseline.

Deliberately the opposite of ``followup_batch.rules``: one Python ``for`` loop over the rows,
``datetime.date`` arithmetic, and business days checked one day at a time against the
``holidays`` package. It shares no code with the vectorized engine (only the schema's
vocabularies), so agreement between the two is evidence about the arithmetic, and the time it
takes is the baseline the benchmark compares against.

Where DESIGN section 3 leaves room for reading, this follows the team's written decisions
(a-m in the benchmark brief, summarised in ``benchmarks/README.md``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

import holidays
import numpy as np
import pandas as pd

from followup_batch.normalise.vocabularies import CLOSED_WITH_OFFER, CLOSED_WITHOUT_OFFER
from followup_batch.schedule.labels import ACTION_LABELS

ONE_DAY = timedelta(days=1)

# --- the default rule numbers of DESIGN section 3 -------------------------------------------

# Earlier classes win when a text matches several ("tech consulting" is fast).
INDUSTRY_KEYWORDS: dict[str, tuple[str, ...]] = {
    "fast": (
        "tech",
        "technology",
        "software",
        "internet",
        "startup",
        "media",
        "marketing",
        "advertising",
        "gaming",
        "e-commerce",
    ),
    "traditional": (
        "finance",
        "banking",
        "insurance",
        "law",
        "legal",
        "accounting",
        "consulting",
        "energy",
        "manufacturing",
    ),
    "institutional": (
        "government",
        "public sector",
        "academia",
        "university",
        "education",
        "research",
        "non-profit",
        "nonprofit",
        "healthcare",
    ),
}

FIRST_CHECK_IN_BASE = 5
FIRST_CHECK_IN_INDUSTRY = {"fast": -2, "standard": 0, "traditional": 2, "institutional": 5}
FIRST_CHECK_IN_SENIORITY = {"entry": -1, "mid": 0, "senior": 2, "executive": 5}
FIRST_CHECK_IN_FINAL_STAGE = -2  # after a final round the decision is close
FIRST_CHECK_IN_CLAMP = (2, 15)

SECOND_CHECK_IN_BASE = 5
SECOND_CHECK_IN_INDUSTRY = {"fast": 0, "standard": 2, "traditional": 3, "institutional": 5}
SECOND_CHECK_IN_SENIORITY = {"entry": 0, "mid": 2, "senior": 5, "executive": 5}
SECOND_CHECK_IN_CLAMP = (5, 20)

FINAL_WEEKS_BASE = 4
FINAL_WEEKS_SENIORITY = {"entry": 0, "mid": 0, "senior": 2, "executive": 4}
FINAL_WEEKS_INDUSTRY = {"fast": 0, "standard": 0, "traditional": 0, "institutional": 4}
FINAL_AFTER_SECOND_BD = 5

APPLICATION_BASE = 7
APPLICATION_INDUSTRY = {"fast": -2, "standard": 0, "traditional": 2, "institutional": 5}
APPLICATION_CLAMP = (3, 15)
APPLICATION_STAGES = frozenset({"applied", "on hold"})  # "interviewing" needs its date instead
MOVED_ON_AFTER_APPLICATION_BD = 10
GONE_QUIET_AFTER = timedelta(weeks=8)  # an unsent final or application check-in this late
THANK_YOU_TOO_LATE_AFTER = timedelta(days=14)  # an unsent thank-you this late is not sent

SAME_DAY_THANK_YOU_TYPES = frozenset({"final", "phone"})
NETWORKING_AFTER = timedelta(weeks=10)
MOVED_ON_AFTER_BD = 10
SEND_WINDOW_DAYS = 2
DUE_SOON_BD = 2
DEFAULT_PREFERRED_WEEKDAYS = (1, 2)  # Tuesday, Wednesday: follow-ups read best mid-week

# The three actions the send window and the reply rule act on, in sequence order.
CHECK_INS_AND_FINAL = ("check_in_1", "check_in_2", "final")
SEQUENCE = ("thank_you", *CHECK_INS_AND_FINAL)

OUTPUT_DATE_COLUMNS = (
    "application_check_in_due",
    "thank_you_due",
    "check_in_1_due",
    "check_in_2_due",
    "final_due",
    "networking_due",
    "next_due",
)
OUTPUT_COLUMNS = (*OUTPUT_DATE_COLUMNS, "next_action", "status")

NO_ACTION = ACTION_LABELS["none"]


# --- calendars --------------------------------------------------------------------------------


# The days off the README counts beyond the public holidays, by the ``holidays`` package's
# category and English names (none: all of it), as written there: offices close.
OFFICES_CLOSE = {
    "BR": ("optional", ("Carnival",)),
    "DK": ("optional", ("Christmas Eve", "New Year's Eve")),
    "HK": ("optional", ()),
    "JP": ("bank", ()),
    "SE": ("de_facto", ()),
    "SH": ("government", ()),
}


# The countries the README counts on their offices' Monday-Friday week where the package's
# weekend is a Sunday only (the labour law's week).
OFFICE_WEEK = ("AI", "CD", "HK", "KN", "NE", "PY", "TK", "VE")


# The days off the README counts for a country written without its region: Canada's Boxing
# Day and its observed Monday.
COUNTRY_ALONE_CLOSE = {"CA": ("optional", ("Boxing Day", "Boxing Day (observed)"))}


# The countries whose rows without a region count the days off every region keeps, which the
# package's national list lacks (the README: Australia's observed Christmas, Boxing Day, New
# Year's Day and Australia Day; Bosnia and Herzegovina's 2027-05-03).
EVERY_REGION = ("AU", "BA")


# The regions the README says keep their old province's anniversary day.
OLD_PROVINCES = {"NZ-WKO": "AUK", "NZ-BOP": "AUK", "NZ-GIS": "AUK", "NZ-MWT": "WGN"}


# The towns the README says keep a category of their region's calendar besides its public
# holidays: Bavaria's Catholic towns (Munich, Regensburg) keep Assumption Day, Saxony's and
# Thuringia's (Crostwitz, Heilbad Heiligenstadt) Corpus Christi.
TOWN_CATEGORIES = {
    "DE-BY-Catholic": ("BY", "catholic"),
    "DE-SN-Catholic": ("SN", "catholic"),
    "DE-TH-Catholic": ("TH", "catholic"),
}


def holiday_table(key: str, years: range | None = None) -> holidays.HolidayBase:
    """The public holidays of a country key, with the days its offices close too."""
    code, _, subdiv = key.partition("-")
    subdiv = OLD_PROVINCES.get(key, subdiv)
    town = TOWN_CATEGORIES.get(key)
    subdiv = town[0] if town else subdiv
    table = holidays.country_holidays(code, subdiv=subdiv or None, years=years)
    alone = COUNTRY_ALONE_CLOSE.get(key)
    if code in OFFICES_CLOSE or town or alone:
        category, names = alone or (OFFICES_CLOSE[code] if town is None else (town[1], ()))
        extra = holidays.country_holidays(
            code,
            subdiv=subdiv or None,
            years=years or range(2000, 2041),
            categories=(category,),
            language="en_US",
        )
        table.update({day: name for day, name in extra.items() if not names or name in names})
    if code in EVERY_REGION and not subdiv:
        span = years or range(2000, 2041)
        regions = [
            holidays.country_holidays(code, subdiv=region, years=span)
            for region in holidays.country_holidays(code).subdivisions
        ]
        everywhere = set.intersection(*(set(region) for region in regions))
        table.update({day: regions[0][day] for day in everywhere if day not in table})
    return table


class Calendar:
    """Business days of one country/subdivision, asked one day at a time."""

    def __init__(self, key: str) -> None:
        self.holidays = holiday_table(key)
        code = key.partition("-")[0]
        self.weekend = frozenset({5, 6} if code in OFFICE_WEEK else self.holidays.weekend)

    def is_business_day(self, day: date) -> bool:
        if day in self.holidays:  # asked first: it makes the year's holidays and make-up days
            return False
        # A weekend day worked to bridge a holiday (China's make-up Saturdays) is a business day.
        return day.weekday() not in self.weekend or day in self.holidays.weekend_workdays

    def rolled(self, day: date) -> date:
        """The day itself when it is a business day, else the next one."""
        while not self.is_business_day(day):
            day += ONE_DAY
        return day

    def rolled_back(self, day: date) -> date:
        """The day itself when it is a business day, else the business day before it."""
        while not self.is_business_day(day):
            day -= ONE_DAY
        return day

    def after(self, day: date, count: int) -> date:
        """The count-th business day after day, counting from the business day on or before it.

        Same meaning as ``numpy.busday_offset(day, count, roll="backward")``.
        """
        while not self.is_business_day(day):
            day -= ONE_DAY
        stepped = 0
        while stepped < count:
            day += ONE_DAY
            if self.is_business_day(day):
                stepped += 1
        return day


@functools.cache
def calendar_for(key: str) -> Calendar:
    # Building a holidays object is the expensive part; one per country key is a fair baseline.
    return Calendar(key)


# --- per-row rule inputs ------------------------------------------------------------------------


def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    """Words joined by any run of spaces, hyphens, dashes, underscores or slashes."""
    words = (re.escape(word) for word in re.split(r"[\s\-‐‑–—_/]+", keyword) if word)
    return re.compile(r"\b" + r"[\s\-‐‑–—_/]+".join(words) + r"\b", re.IGNORECASE)


INDUSTRY_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    name: tuple(_keyword_pattern(keyword) for keyword in keywords)
    for name, keywords in INDUSTRY_KEYWORDS.items()
}


def industry_class(text: object) -> str:
    if not isinstance(text, str):
        return "standard"
    for name, patterns in INDUSTRY_PATTERNS.items():
        if any(pattern.search(text) for pattern in patterns):
            return name
    return "standard"


def clamp(value: int, bounds: tuple[int, int]) -> int:
    low, high = bounds
    return max(low, min(high, value))


def first_check_in_bd(industry: str, seniority: str, interview_type: str) -> int:
    stage = FIRST_CHECK_IN_FINAL_STAGE if interview_type == "final" else 0
    total = (
        FIRST_CHECK_IN_BASE
        + FIRST_CHECK_IN_INDUSTRY[industry]
        + FIRST_CHECK_IN_SENIORITY[seniority]
        + stage
    )
    return clamp(total, FIRST_CHECK_IN_CLAMP)


def second_check_in_bd(industry: str, seniority: str) -> int:
    total = (
        SECOND_CHECK_IN_BASE
        + SECOND_CHECK_IN_INDUSTRY[industry]
        + SECOND_CHECK_IN_SENIORITY[seniority]
    )
    return clamp(total, SECOND_CHECK_IN_CLAMP)


def final_weeks(industry: str, seniority: str) -> int:
    return FINAL_WEEKS_BASE + FINAL_WEEKS_SENIORITY[seniority] + FINAL_WEEKS_INDUSTRY[industry]


def as_date(value: object) -> date | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date()


# --- one row ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    as_of: date
    preferred_weekdays: frozenset[int]
    networking: bool


@dataclass
class RowResult:
    application_check_in_due: date | None = None
    thank_you_due: date | None = None
    check_in_1_due: date | None = None
    check_in_2_due: date | None = None
    final_due: date | None = None
    networking_due: date | None = None
    next_due: date | None = None
    next_action: str = NO_ACTION
    status: str = "Needs info"
    # For the second pass (``_moved_on_with_the_last_round``): taken over by a later round,
    # closed with the application there, moved on itself, and how the status was decided.
    taken: bool = False
    closed_with_application: bool = False
    moved_on: bool = False
    status_inputs: tuple[bool, bool] = (False, False)  # offer, closed without offer


def send_window(day: date, calendar: Calendar, preferred: frozenset[int]) -> date:
    """Move forward to a preferred send day when one is at most SEND_WINDOW_DAYS away."""
    for ahead in range(SEND_WINDOW_DAYS + 1):
        candidate = day + timedelta(days=ahead)
        if candidate.weekday() in preferred and calendar.is_business_day(candidate):
            return candidate
    return day


def stated_decision(row, interview: date, calendar: Calendar) -> date | None:
    """The date the employer said they would decide by, if they said one."""
    decided = as_date(row.decision_date)
    if decided is not None and getattr(row, "decision_after_holiday", False):
        return calendar.rolled(decided)  # "after Easter": the first business day after it
    if decided is not None and getattr(row, "decision_before_holiday", False):
        return calendar.rolled_back(decided)  # "before Easter": the last business day before
    if decided is not None:
        return decided
    if pd.isna(row.decision_within_bd):
        return None
    return calendar.after(interview, int(row.decision_within_bd))


def reply_restarts(
    reply: date | None, interview: date, sent: dict[str, date | None], done: dict[str, bool]
) -> str | None:
    """The pending check-in/final whose clock restarts from the employer's reply, if any."""
    if not counts_as_reply(reply, interview, sent):
        return None
    return next((action for action in CHECK_INS_AND_FINAL if not done[action]), None)


def counts_as_reply(reply: date | None, interview: date, sent: dict[str, date | None]) -> bool:
    """A reply after the interview and after every dated send (one that restarts a clock)."""
    if reply is None or reply <= interview:
        return False
    return all(day is None or reply > day for day in sent.values())


def next_pending(
    due: dict[str, date], done: dict[str, bool], as_of: date, replied: date | None = None
) -> str | None:
    """The first unsent action still worth sending (DESIGN: no thank-you two weeks late; and
    none the employer's reply, ``replied``, came after)."""
    for position, action in enumerate(SEQUENCE):
        if done[action]:
            continue
        if replied is not None and replied > due[action]:
            continue
        if action == "thank_you" and as_of >= due[action] + THANK_YOU_TOO_LATE_AFTER:
            continue
        later = SEQUENCE[position + 1 :]
        if any(done[other] for other in later):
            continue
        # The final follow-up is the last message in the sequence, so it is never overtaken.
        if later and due[later[0]] <= as_of:
            continue
        return action
    return None


def gone_quiet(due: date, as_of: date) -> date | None:
    """The row's moved-on date, due + 8 weeks, from that day on."""
    since = due + GONE_QUIET_AFTER
    return since if as_of >= since else None


def schedule_application(row, settings: Settings) -> RowResult:
    """A row without an interview: a check-in on the application, if it is still open."""
    result = RowResult(status="")
    calendar = calendar_for(row.country)
    applied = as_date(row.applied_date)
    moved_on = False
    later = as_date(row.later_interview)
    # Taken over by a later interview of the application (for an open application, only
    # when that interview came before it moved on: below).
    application_closed = row.application_outcome in CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER
    own_close = row.outcome in CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER
    taken = later is not None and (not own_close or application_closed)
    taken = taken and row.outcome != "not applied"
    if applied is not None and row.outcome in APPLICATION_STAGES:
        wait = clamp(
            APPLICATION_BASE + APPLICATION_INDUSTRY[industry_class(row.industry)],
            APPLICATION_CLAMP,
        )
        due = send_window(calendar.after(applied, wait), calendar, settings.preferred_weekdays)
        result.application_check_in_due = due
        sent = as_date(row.application_check_in_sent)
        done = bool(row.application_check_in_done) or sent is not None
        reply = as_date(row.last_reply)
        # A reply answers the application unless a check-in went out on or after it.
        sent_on = sent or (due if done else None)  # an undated check-in counts on its due date
        answered = reply is not None and reply > applied and (sent_on is None or reply > sent_on)
        # A later interview of the same application takes over, unless the application had
        # moved on (or would have, unsent) before it.
        if answered:
            # No news (an interview) for 8 weeks after the employer's answer: moved on.
            moves_on = reply + GONE_QUIET_AFTER
        elif done:
            moves_on = calendar.after(sent or due, MOVED_ON_AFTER_APPLICATION_BD)
        else:
            moves_on = due + GONE_QUIET_AFTER
        taken = taken and later <= moves_on
        if taken:
            result.application_check_in_due = None
        elif answered:
            moved_on = settings.as_of >= moves_on  # waiting, nothing to chase, until then
        elif done:
            since = calendar.after(sent or due, MOVED_ON_AFTER_APPLICATION_BD)
            moved_on = settings.as_of >= since
        elif gone_quiet(due, settings.as_of) is not None:
            moved_on = True
        else:
            result.next_action = ACTION_LABELS["application_check_in"]
            result.next_due = due
    offer = row.outcome in CLOSED_WITH_OFFER and not taken
    closed = row.outcome in CLOSED_WITHOUT_OFFER and not taken
    # The later interview's row closed the application: so is this row.
    closed |= taken and application_closed
    result.taken, result.closed_with_application = taken, taken and application_closed
    result.moved_on, result.status_inputs = moved_on, (offer, closed)
    if row.outcome == "not applied" and not row.needs_info:
        result.status = "Not applied"
    else:
        result.status = row_status(row, result, calendar, settings.as_of, offer, closed, moved_on)
    return result


def schedule_row(row, settings: Settings) -> RowResult:
    interview = as_date(row.interview_date)
    if interview is None:
        return schedule_application(row, settings)
    calendar = calendar_for(row.country)
    preferred = settings.preferred_weekdays
    industry = industry_class(row.industry)
    first_bd = first_check_in_bd(industry, row.seniority, row.interview_type)
    second_bd = second_check_in_bd(industry, row.seniority)
    weeks = final_weeks(industry, row.seniority)

    sent = {action: as_date(getattr(row, f"{action}_sent")) for action in SEQUENCE}
    done = {
        action: bool(getattr(row, f"{action}_done")) or sent[action] is not None
        for action in SEQUENCE
    }
    reply = as_date(row.last_reply)
    decision = stated_decision(row, interview, calendar)

    def due_dates(sent: dict[str, date | None], done: dict[str, bool]) -> dict[str, date]:
        restarted = reply_restarts(reply, interview, sent, done)
        restarted_due = None
        if restarted is not None:
            if decision is not None and decision > reply:
                restart_from = calendar.after(decision, 1)
            else:
                restart_from = calendar.after(reply, first_bd)
            restarted_due = send_window(restart_from, calendar, preferred)

        due: dict[str, date] = {}
        due["thank_you"] = (
            interview if row.interview_type in SAME_DAY_THANK_YOU_TYPES else interview + ONE_DAY
        )

        if decision is not None:
            first = max(calendar.after(decision, 1), calendar.after(interview, 1))
        else:
            first = calendar.after(interview, first_bd)
        due["check_in_1"] = send_window(first, calendar, preferred)
        if restarted == "check_in_1":
            due["check_in_1"] = restarted_due

        # Chain from the actual send when it is dated; an undated send counts as on its due date.
        first_base = sent["check_in_1"] or due["check_in_1"]
        due["check_in_2"] = send_window(calendar.after(first_base, second_bd), calendar, preferred)
        if restarted == "check_in_2":
            due["check_in_2"] = restarted_due

        second_base = sent["check_in_2"] or due["check_in_2"]
        final = max(
            calendar.rolled(interview + timedelta(weeks=weeks)),
            calendar.after(second_base, FINAL_AFTER_SECOND_BD),
        )
        due["final"] = send_window(final, calendar, preferred)
        if restarted == "final":
            due["final"] = restarted_due
        return due

    due = due_dates(sent, done)
    # A follow-up dated on or after the interview in the application check-in's column is the
    # message next that day, when later than every send the row records (an undated one on
    # its due date).
    followed = as_date(row.application_check_in_sent)
    recorded = [sent[a] or (due[a] if done[a] else None) for a in SEQUENCE]
    if (
        followed is not None
        and followed >= interview
        and all(day is None or followed > day for day in recorded)
    ):
        answered = reply if counts_as_reply(reply, interview, sent) else None
        action = next_pending(due, done, followed, answered)
        if action is not None:
            sent = {**sent, action: followed}
            done = {**done, action: True}
            due = due_dates(sent, done)

    offer = row.outcome in CLOSED_WITH_OFFER
    closed_without_offer = row.outcome in CLOSED_WITHOUT_OFFER
    result = RowResult(
        thank_you_due=due["thank_you"],
        check_in_1_due=due["check_in_1"],
        check_in_2_due=due["check_in_2"],
        final_due=due["final"],
    )

    final_sent_on = sent["final"] or (due["final"] if done["final"] else None)
    moved_on_date = None
    if offer or closed_without_offer:
        pass  # a closed row is closed, not moved on, however silent its final follow-up
    elif final_sent_on is not None and not (reply is not None and reply > final_sent_on):
        moved_on_date = calendar.after(final_sent_on, MOVED_ON_AFTER_BD)
    elif final_sent_on is not None and reply is not None:
        # The employer answered the final follow-up: no news for 8 weeks after it, moved on.
        moved_on_date = reply + GONE_QUIET_AFTER
    elif not done["final"]:
        moved_on_date = gone_quiet(due["final"], settings.as_of)
    moved_on = moved_on_date is not None and settings.as_of >= moved_on_date

    # The next interview of the same application (the next round) takes over, unless this
    # row had moved on before it: sent final + 10 bd, or its due date + 8 weeks unsent.
    later = as_date(row.later_interview)
    taken = False
    application_closed = row.application_outcome in CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER
    # A row closed itself stands, unless the application's last row is closed as well.
    if later is not None and (not (offer or closed_without_offer) or application_closed):
        moves_on = moved_on_date if done["final"] else due["final"] + GONE_QUIET_AFTER
        taken = moves_on is None or later <= moves_on
    if taken:
        result.check_in_1_due = result.check_in_2_due = result.final_due = None
        moved_on = False
        answered = reply if counts_as_reply(reply, interview, sent) else None
        action = next_pending(due, done, settings.as_of, answered)
        # Closed with the application, on its last row: nothing more from this row.
        closed_without_offer = row.application_outcome in CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER
        if action == "thank_you" and later >= settings.as_of and not closed_without_offer:
            result.next_due = due["thank_you"]
            result.next_action = ACTION_LABELS["thank_you"]
        else:
            result.next_action = ACTION_LABELS["none"]
        result.taken, result.closed_with_application = True, closed_without_offer
        result.status_inputs = (offer, closed_without_offer)
        result.status = row_status(
            row, result, calendar, settings.as_of, offer, closed_without_offer, moved_on
        )
        return result

    # Team reading (a)/(b)/(k): networking belongs to rows closed without an offer and to
    # moved-on rows; an offer closes the row with nothing more due.
    if settings.networking and (closed_without_offer or moved_on) and not offer:
        if moved_on:
            closed_on = moved_on_date
        else:
            # An undated send counts as sent on its due date, here too.
            sent_on = [sent[a] or (due[a] if done[a] else None) for a in SEQUENCE]
            # The day the Status says it closed ("Rejected 11/19") is one of its dates.
            status = as_date(getattr(row, "closed_in_status", None))
            closed_on = max(day for day in [interview, reply, status, *sent_on] if day is not None)
        touch = as_date(row.networking_sent)
        if touch is not None:
            closed_on = max(closed_on, touch)
        result.networking_due = calendar.rolled(closed_on + NETWORKING_AFTER)

    networking = result.networking_due
    if offer:
        action = None
    elif closed_without_offer or moved_on:
        # A networking touch unsent weeks past its day is not chased either.
        chased = networking is not None and gone_quiet(networking, settings.as_of) is None
        action = "networking" if chased else None
    else:
        answered = reply if counts_as_reply(reply, interview, sent) else None
        action = next_pending(due, done, settings.as_of, answered)
    if action == "networking":
        result.next_due = result.networking_due
    elif action is not None:
        result.next_due = due[action]
    result.next_action = ACTION_LABELS[action or "none"]
    result.moved_on, result.status_inputs = moved_on, (offer, closed_without_offer)
    result.status = row_status(
        row, result, calendar, settings.as_of, offer, closed_without_offer, moved_on
    )
    return result


def _moved_on_with_the_last_round(frame: pd.DataFrame, results: list[RowResult], as_of: date):
    """A row taken over by a later round (and not closed with the application) has moved on
    when the application's last round on this sheet has moved on itself: follow the next
    round's row, one at a time, to a row not taken over here. A chain that loops, or that
    ends at a row waiting on a round on another sheet (or outside the frame), moves nothing."""
    position = {label: at for at, label in enumerate(frame.index)}
    rows = list(frame.itertuples(index=False))

    def next_round(at: int) -> int | None:
        row, result = rows[at], results[at]
        if not result.taken or row.later_interview_sheet != "":
            return None
        return position.get(int(row.later_interview_row))

    for at, (row, result) in enumerate(zip(rows, results, strict=True)):
        if not result.taken or result.closed_with_application or next_round(at) is None:
            continue
        seen, last = {at}, at
        while (following := next_round(last)) is not None and following not in seen:
            seen.add(following)
            last = following
        if next_round(last) is not None or results[last].taken or not results[last].moved_on:
            continue  # a loop, a round elsewhere, or a last round still open
        offer, closed = result.status_inputs
        calendar = calendar_for(row.country)
        result.status = row_status(row, result, calendar, as_of, offer, closed, True)


def row_status(
    row,
    result: RowResult,
    calendar: Calendar,
    as_of: date,
    offer: bool,
    closed_without_offer: bool,
    moved_on: bool,
) -> str:
    if row.needs_info:
        return "Needs info"
    if offer:
        return "Closed"
    next_due = result.next_due
    if next_due is not None:
        if next_due < as_of:
            return "Overdue"
        if next_due == as_of:
            return "Due today"
        if next_due <= calendar.after(as_of, DUE_SOON_BD):
            return "Due soon"
    if closed_without_offer:
        return "Closed"
    if moved_on:
        return "Moved on"
    if result.next_action == NO_ACTION:
        return "Waiting"
    return "Scheduled"


# --- the frame ----------------------------------------------------------------------------------


def _date_column(days: list[date | None], index: pd.Index) -> pd.Series:
    values = np.array(
        [np.datetime64(day, "D") if day is not None else np.datetime64("NaT", "D") for day in days],
        dtype="datetime64[D]",
    )
    return pd.Series(values.astype("datetime64[ns]"), index=index)


def schedule_rows(
    frame: pd.DataFrame,
    as_of: date,
    *,
    preferred_weekdays: tuple[int, ...] = DEFAULT_PREFERRED_WEEKDAYS,
    networking: bool = True,
) -> pd.DataFrame:
    """Due dates, next action and status for every row of a normalised frame.

    ``preferred_weekdays`` uses ``date.weekday()`` numbers (Monday 0).
    """
    settings = Settings(
        as_of=as_of, preferred_weekdays=frozenset(preferred_weekdays), networking=networking
    )
    results = [schedule_row(row, settings) for row in frame.itertuples(index=False)]
    _moved_on_with_the_last_round(frame, results, as_of)
    # A row to fix sends nothing until it is fixed: no next action, nothing due.
    for row, result in zip(frame.itertuples(index=False), results, strict=True):
        if row.needs_info:
            result.next_action, result.next_due = ACTION_LABELS["none"], None
    columns = {
        name: _date_column([getattr(r, name) for r in results], frame.index)
        for name in OUTPUT_DATE_COLUMNS
    }
    columns["next_action"] = pd.Series(
        [r.next_action for r in results], index=frame.index, dtype=object
    )
    columns["status"] = pd.Series([r.status for r in results], index=frame.index, dtype=object)
    return pd.DataFrame(columns, index=frame.index)
