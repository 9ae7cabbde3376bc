"""The normalised frame as the rules read it: each date column a day array, each word column
coded once.

The steps of the schedule work on these arrays only; they never look at the frame.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from followup_batch.normalise.columns import NORMALISED_COLUMNS, conformed
from followup_batch.read.row_index import row_index_fault
from followup_batch.schedule.business_days import Calendars, DateArray, DayTable, RowCalendar
from followup_batch.schedule.ruleset import Offsets, RuleSet, industry_keyword

NAT = np.datetime64("NaT", "D")
# The four messages of the sequence, in order; networking stands apart (after a close).
SEQUENCE = ("thank_you", "check_in_1", "check_in_2", "final")

# Dates outside this range are typos (the reader reports them); the rules treat them as missing.
EARLIEST = np.datetime64("1970-01-01", "D")
LATEST = np.datetime64("2199-12-31", "D")


# The normalised frame's columns the rules and the Why text read: a frame of the user's own,
# or one with these dropped, is refused by name (the others may be left out).
SCHEDULE_COLUMNS = (
    "interview_date",
    "applied_date",
    "interview_type",
    "seniority",
    "industry",
    "decision_date",
    "decision_within_bd",
    *(f"{name}_{part}" for name in SEQUENCE for part in ("sent", "done")),
    "application_check_in_sent",
    "application_check_in_done",
    "networking_sent",
    "last_reply",
    "outcome",
    "country",
    "calendar_note",
    "later_interview",
    "later_interview_row",
    "later_interview_sheet",
    "application_outcome",
    "same_interview_row",
    "same_interview_sheet",
    "outcome_copy",
    "outcome_disagrees",
    "interviewers_elsewhere",
    "needs_info",
)
NOT_NORMALISED = (
    "schedule_rows takes the frame normalise_rows gives (read_trackers, then normalise_rows); "
    "{what}"
)


def check_normalised(frame: pd.DataFrame) -> pd.DataFrame:
    """Refuse (``NotNormalised``) a frame the rules cannot read: one lacking their columns,
    whose index is not the tracker's row numbers (unique integers), which the rules join rows
    by (a later round's row; a concat of two trackers' frames repeats them), or with a column
    of another kind that no reading makes right (dates as text). The frame, its columns made
    the kinds ``normalise_rows`` gives them after common pandas calls
    (``normalise.columns.conformed``: ``convert_dtypes()``, timezone-aware dates, NaN text)."""
    from followup_batch.errors import NotNormalised

    if not isinstance(frame, pd.DataFrame):
        from followup_batch.errors import WrongArgument

        raise WrongArgument(
            NOT_NORMALISED.format(what=f"this is a {type(frame).__name__}, not a DataFrame")
        )
    missing = [name for name in SCHEDULE_COLUMNS if name not in frame.columns]
    if missing:
        shown = ", ".join(missing[:5]) + (
            f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        )
        raise NotNormalised(NOT_NORMALISED.format(what=f"this one lacks the columns {shown}"))
    fault = row_index_fault(
        frame.index,
        "frame",
        when_repeated=" (schedule each tracker's frame on its own, then concat the results)",
    )
    if fault is not None:
        raise NotNormalised(NOT_NORMALISED.format(what=fault))
    return conformed(frame, tuple(NORMALISED_COLUMNS), NOT_NORMALISED)


def days(values: pd.Series | np.ndarray) -> DateArray:
    """A date column as datetime64[D] (NaT kept, implausible years made NaT)."""
    if isinstance(values, pd.Series) and isinstance(values.dtype, np.dtype):
        values = values.values  # its numpy array, without to_numpy's ten times longer path
    out = np.asarray(values, dtype="datetime64[ns]").astype("datetime64[D]")
    return np.where((out >= EARLIEST) & (out <= LATEST), out, NAT)


class Codes:
    """A text column as integer codes into its distinct values (factorized once)."""

    def __init__(self, values: pd.Series, default: str) -> None:
        codes, uniques = pd.factorize(values)  # missing values get the code -1
        # Missing and empty both read as the default, which is kept last.
        self.uniques = [u if isinstance(u, str) and u else default for u in list(uniques)]
        self.uniques.append(default)
        self.codes = np.where(codes < 0, len(uniques), codes)

    def lookup(self, table: Mapping[str, int]) -> np.ndarray:
        per_value = np.array([table.get(u, 0) for u in self.uniques], dtype=np.int64)
        return per_value[self.codes]

    def isin(self, values: frozenset[str] | set[str]) -> np.ndarray:
        per_value = np.array([u in values for u in self.uniques], dtype=bool)
        return per_value[self.codes]

    def relabelled(self, rename: Callable[[str], str]) -> Codes:
        """The same codes with each distinct value renamed."""
        other = copy.copy(self)
        other.uniques = [rename(u) for u in self.uniques]
        return other

    def labels(self) -> np.ndarray:
        return np.array(self.uniques, dtype=object)[self.codes]


def classify_industries(industry: pd.Series, classes: Mapping[str, tuple[str, ...]]) -> Codes:
    """Speed class per row: the first class (in table order) with a keyword in the text. A
    keyword inside a longer one at the same place is no match of its own: "Conseil régional"
    (local government) is the phrase, not the consulting word "conseil" in it."""
    class_of, keyword = _industry_keywords(tuple((n, tuple(w)) for n, w in classes.items()))
    rank = {name: i for i, name in enumerate(classes)}

    def classify(text: object) -> str:
        if keyword is None or not isinstance(text, str):
            return "standard"
        found = [class_of[m.group()] for m in keyword.finditer(industry_keyword(text))]
        return min(found, key=rank.__getitem__, default="standard")

    return Codes(industry, "").relabelled(classify)


@functools.lru_cache(maxsize=4)
def _industry_keywords(
    classes: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[Mapping[str, str], re.Pattern[str] | None]:
    """Each keyword's class and the pattern that finds them, made once a process for a rule
    table, not for every tracker of a coach's folder (500 keywords, 4 ms a file)."""
    class_of: dict[str, str] = {}
    for name, words in classes:
        for word in words:
            class_of.setdefault(industry_keyword(word), name)
    # Longest first, so that at each place the longest keyword is the one found.
    alternatives = "|".join(re.escape(w) for w in sorted(class_of, key=len, reverse=True) if w)
    if not alternatives:
        return class_of, None
    return class_of, re.compile(r"(?<![0-9a-z])(?:" + alternatives + r")(?![0-9a-z])")


def optional_days(frame: pd.DataFrame, name: str) -> DateArray:
    """A date column a run adds to the normalised frame (``marks_seen``), NaT without it."""
    if name not in frame:
        return np.full(len(frame), NAT)
    return days(frame[name])


@dataclass(frozen=True)
class RowInputs:
    """What the rules read of each row, one array per fact, in the frame's row order."""

    interview: DateArray
    applied: DateArray  # the day the application went out
    application_sent: DateArray  # the application check-in's sent date (NaT: unsent or undated)
    application_done: np.ndarray  # the application check-in is marked sent
    # An undated mark the last run saw unmarked: that run's day, and the day of the run that
    # first saw it marked, which it counts from (``marks_seen``); NaT for the other rows.
    application_unmarked_on: DateArray
    application_marked_on: DateArray
    sent: Mapping[str, DateArray]  # by SEQUENCE name; NaT when unsent or sent without a date
    done: Mapping[str, np.ndarray]  # by SEQUENCE name; marked sent, with a date or without
    reply: DateArray  # the employer's last reply
    # The day the Status of a row closed without an offer says it closed ("Rejected 11/19")
    closed_on: DateArray
    decision: DateArray  # a stated decision date
    within_bd: np.ndarray  # N of a stated "within N business days" (float, NaN when none)
    # The week a week phrase names, 0 its own or 1 the next (float, NaN when none): the rules
    # place it on the row's work week.
    decision_week: np.ndarray
    # The decision date is a holiday's last day ("after Easter"): the decision is the first
    # business day after it.
    after_holiday: np.ndarray
    # The decision date is the day before a holiday ("before Easter"): the decision is the
    # last business day on or before it.
    before_holiday: np.ndarray
    networking_sent: DateArray  # the last networking touch
    country: Codes  # holiday calendar keys
    industry: Codes  # speed classes (fast, standard, traditional, institutional)
    seniority: Codes
    interview_type: Codes
    stage: Codes  # final or other
    outcome: Codes
    needs_info: np.ndarray
    # The interview in Interview Date did not take place that day (put off, a no-show:
    # ``normalise.columns``): nothing of the sequence counts from it.
    not_held: np.ndarray
    # Needs info only for a value that changes no date (``normalise.columns``).
    needs_info_if_open: np.ndarray
    later_interview: DateArray  # the same application's next interview (normalise.rounds)
    later_interview_row: np.ndarray  # its row, 0 when none
    application_outcome: Codes  # the outcome on the application's last interview row
    # A copy of the same interview on another sheet carries this row's follow-ups: its row
    # (normalise.rounds.same_interviews), 0 when none.
    same_interview_row: np.ndarray

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, rules: RuleSet) -> RowInputs:
        """The rules' view of a normalised frame (``normalise.columns.NORMALISED_COLUMNS``)."""
        sent = {name: days(frame[f"{name}_sent"]) for name in SEQUENCE}
        interview_type = Codes(frame["interview_type"], "other")
        application_sent = days(frame["application_check_in_sent"])
        return cls(
            interview=days(frame["interview_date"]),
            applied=days(frame["applied_date"]),
            application_sent=application_sent,
            application_done=frame["application_check_in_done"].to_numpy(dtype=bool)
            | ~np.isnat(application_sent),
            application_unmarked_on=optional_days(frame, "application_check_in_unmarked_on"),
            application_marked_on=optional_days(frame, "application_check_in_marked_on"),
            sent=sent,
            done={
                name: frame[f"{name}_done"].to_numpy(dtype=bool) | ~np.isnat(sent[name])
                for name in SEQUENCE
            },
            reply=days(frame["last_reply"]),
            closed_on=optional_days(frame, "closed_in_status"),
            decision=days(frame["decision_date"]),
            within_bd=frame["decision_within_bd"].to_numpy(dtype="float64", na_value=np.nan),
            decision_week=(
                frame["decision_week"].to_numpy(dtype="float64", na_value=np.nan)
                if "decision_week" in frame
                else np.full(len(frame), np.nan)
            ),
            after_holiday=(
                frame["decision_after_holiday"].to_numpy(dtype=bool)
                if "decision_after_holiday" in frame
                else np.zeros(len(frame), dtype=bool)
            ),
            before_holiday=(
                frame["decision_before_holiday"].to_numpy(dtype=bool)
                if "decision_before_holiday" in frame
                else np.zeros(len(frame), dtype=bool)
            ),
            networking_sent=days(frame["networking_sent"]),
            country=Codes(frame["country"], ""),
            industry=classify_industries(frame["industry"], rules.industries),
            seniority=Codes(frame["seniority"], "mid"),
            interview_type=interview_type,
            stage=interview_type.relabelled(lambda kind: "final" if kind == "final" else "other"),
            outcome=Codes(frame["outcome"], "applied"),
            needs_info=frame["needs_info"].to_numpy(dtype=bool),
            not_held=(
                frame["interview_not_held"].to_numpy(dtype=object) != ""
                if "interview_not_held" in frame
                else np.zeros(len(frame), dtype=bool)
            ),
            needs_info_if_open=(
                frame["needs_info_if_open"].to_numpy(dtype=bool)
                if "needs_info_if_open" in frame
                else np.zeros(len(frame), dtype=bool)
            ),
            later_interview=days(frame["later_interview"]),
            later_interview_row=frame["later_interview_row"].to_numpy(dtype=np.int64),
            application_outcome=Codes(frame["application_outcome"], ""),
            same_interview_row=frame["same_interview_row"].to_numpy(dtype=np.int64),
        )

    def wait(self, offsets: Offsets) -> np.ndarray:
        """base + industry + seniority + stage offsets of each row, clamped to [low, high]."""
        total = (
            offsets.base
            + self.industry.lookup(offsets.industry)
            + self.seniority.lookup(offsets.seniority)
            + self.stage.lookup(offsets.stage)
        )
        return np.clip(total, offsets.low, offsets.high)


def row_calendar(
    rows: RowInputs, today: np.datetime64, rules: RuleSet, calendars: Calendars | None
) -> tuple[RowCalendar, Calendars]:
    """Each row's business days over every day the rules can reach from its dates, and the
    calendars they come from (``calendars`` when they cover that span)."""
    first, last = span_needed(
        [
            rows.interview,
            rows.applied,
            rows.application_sent,
            rows.reply,
            rows.decision,
            rows.networking_sent,
            *rows.sent.values(),
        ],
        today,
        rules,
    )
    if (
        calendars is None
        or not (calendars.years.start <= first.year and calendars.years.stop > last.year)
        or calendars.days_off != rules.days_off
    ):
        calendars = Calendars.spanning(first, last, rules.days_off)
    table = DayTable(calendars, rows.country.uniques, first, last, rules.preferred_weekdays)
    return RowCalendar(table, rows.country.codes), calendars


def span_needed(
    columns: list[DateArray], today: np.datetime64, rules: RuleSet
) -> tuple[dt.date, dt.date]:
    """First and last day any offset can reach from these dates, generously."""
    present = [c[~np.isnat(c)] for c in columns]
    lows = [today] + [c.min() for c in present if len(c)]
    highs = [today] + [c.max() for c in present if len(c)]
    offsets = (
        rules.check_in_1.high
        + rules.check_in_2.high
        + rules.final_after_check_in_2_bd
        + rules.moved_on_bd
        + rules.application_check_in.high
        + rules.moved_on_after_application_bd
        + rules.due_soon_bd
    )
    weeks = (
        rules.final_weeks.base
        + max(rules.final_weeks.industry.values(), default=0)
        + max(rules.final_weeks.seniority.values(), default=0)
        + rules.networking_weeks
        + rules.stale_after_weeks
    )
    # Holidays can at most double a business-day stretch; a year on top keeps any chain inside.
    margin = np.timedelta64(4 * offsets + 7 * weeks + 366, "D")
    first = min(lows) - np.timedelta64(14, "D")
    last = max(highs) + margin
    return first.astype(dt.date), last.astype(dt.date)


def calendars_for(
    frame: pd.DataFrame, as_of: dt.date, days_off: frozenset[dt.date] = frozenset()
) -> Calendars:
    """Calendars spanning every date in the frame and the as-of date (shared across calls, so
    a run over many trackers builds each country's holidays once), with the config's
    ``days_off`` (``RuleSet.days_off``)."""
    columns = [c for c in frame.columns if str(frame[c].dtype).startswith("datetime64")]
    stamps = [pd.Timestamp(as_of)]
    for column in columns:
        values = frame[column].dropna()
        if len(values):
            stamps += [values.min(), values.max()]
    return Calendars.covering(min(stamps).date(), max(stamps).date(), days_off)
