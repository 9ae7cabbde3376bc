"""The follow-up schedule: DESIGN section 3 as one vectorized computation over a frame.

``schedule_rows(frame, rules, as_of)`` is pure: it reads the normalised frame
(``normalise.columns``), the rule table and the as-of date, and returns the due dates, next
action and status of every row. It never looks at the clock or a file, and each row's answer
depends on that row alone, so it can run on any partition of the rows. The date logic works on
whole numpy arrays, grouped by the row's holiday calendar; no Python loop runs over rows.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from followup_batch.normalise.vocabularies import CLOSED_WITH_OFFER, CLOSED_WITHOUT_OFFER
from followup_batch.schedule.business_days import Calendars, DayTable
from followup_batch.schedule.labels import ACTION_LABELS
from followup_batch.schedule.ruleset import Offsets, RuleSet, load_rule_set

NAT = np.datetime64("NaT", "D")
# The four messages of the sequence, in order; networking stands apart (after a close).
SEQUENCE = ("thank_you", "check_in_1", "check_in_2", "final")
DUE_COLUMNS = ("thank_you_due", "check_in_1_due", "check_in_2_due", "final_due", "networking_due")
RESULT_COLUMNS = (*DUE_COLUMNS, "next_action", "next_due", "status")


def load_rules(config: Path | None = None) -> RuleSet:
    """The shipped rules, with the ``[rules]`` table of a TOML config file laid over them."""
    if config is None:
        return load_rule_set()
    from followup_batch.config import load_config  # config imports rules' neighbours; keep it lazy

    return load_config(config).rules


# Dates outside this range are typos (the reader reports them); the rules treat them as missing.
EARLIEST = np.datetime64("1970-01-01", "D")
LATEST = np.datetime64("2199-12-31", "D")


def days(values: pd.Series | np.ndarray) -> np.ndarray:
    """A date column as datetime64[D] (NaT kept, implausible years made NaT)."""
    out = np.asarray(values, dtype="datetime64[ns]").astype("datetime64[D]")
    return np.where((out >= EARLIEST) & (out <= LATEST), out, np.datetime64("NaT", "D"))


def span_needed(
    columns: list[np.ndarray], today: np.datetime64, rules: RuleSet
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
        + rules.due_soon_bd
    )
    weeks = (
        rules.final_weeks.base
        + max(rules.final_weeks.industry.values(), default=0)
        + max(rules.final_weeks.seniority.values(), default=0)
        + rules.networking_weeks
    )
    # Holidays can at most double a business-day stretch; a year on top keeps any chain inside.
    margin = np.timedelta64(4 * offsets + 7 * weeks + 366, "D")
    first = min(lows) - np.timedelta64(14, "D")
    last = max(highs) + margin
    return first.astype(dt.date), last.astype(dt.date)


def widened(calendars: Calendars | None, first: dt.date, last: dt.date) -> Calendars:
    """The given calendars when they cover the span, else calendars that do."""
    if (
        calendars is not None
        and calendars.years.start <= first.year
        and calendars.years.stop > last.year
    ):
        return calendars
    return Calendars(range(first.year, last.year + 1))


def classify_industries(industry: pd.Series, classes: Mapping[str, tuple[str, ...]]) -> Codes:
    """Speed class per row: the first class (in table order) with a keyword in the text."""
    patterns = {
        name: re.compile(
            r"(?<![0-9a-z])(?:"
            + "|".join(re.escape(" ".join(w.casefold().split())) for w in words)
            + r")(?![0-9a-z])"
        )
        for name, words in classes.items()
        if words
    }

    def classify(text: object) -> str:
        # Runs of white space count as one space, so "Public  Sector" is a phrase match.
        lowered = " ".join(text.casefold().split()) if isinstance(text, str) else ""
        return next((name for name, pat in patterns.items() if pat.search(lowered)), "standard")

    return Codes(industry, "").relabelled(classify)


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


def offset_days(offsets: Offsets, industry: Codes, seniority: Codes, stage: Codes) -> np.ndarray:
    """base + industry + seniority + stage offsets, clamped to [low, high]."""
    total = (
        offsets.base
        + industry.lookup(offsets.industry)
        + seniority.lookup(offsets.seniority)
        + stage.lookup(offsets.stage)
    )
    return np.clip(total, offsets.low, offsets.high)


def send_window(
    due: np.ndarray, rules: RuleSet, table: DayTable, country: np.ndarray
) -> np.ndarray:
    """Move a due date forward to a preferred send day when one is at most N days later."""
    preferred = table.next_preferred_day(due, country)
    close = (preferred - due) <= np.timedelta64(rules.max_shift_days, "D")
    return np.where(close, preferred, due)


def schedule_rows(
    frame: pd.DataFrame,
    rules: RuleSet,
    as_of: dt.date,
    calendars: Calendars | None = None,
) -> pd.DataFrame:
    """Due dates, next action and status for every row of a normalised frame.

    The result has the frame's index and the columns ``RESULT_COLUMNS`` plus the details the
    explanation needs (speed class, offsets, which modifiers applied, skipped actions).
    """
    today = np.datetime64(as_of, "D")
    interview = days(frame["interview_date"])
    sent = {name: days(frame[f"{name}_sent"]) for name in SEQUENCE}
    done = {
        name: frame[f"{name}_done"].to_numpy(dtype=bool) | ~np.isnat(sent[name])
        for name in SEQUENCE
    }
    reply = days(frame["last_reply"])
    decision = days(frame["decision_date"])
    networking_sent = days(frame["networking_sent"])

    country = Codes(frame["country"], "")
    first, last = span_needed(
        [interview, reply, decision, networking_sent, *sent.values()], today, rules
    )
    calendars = widened(calendars, first, last)
    table = DayTable(calendars, country.uniques, first, last, rules.preferred_weekdays)
    where = country.codes

    def after(start: np.ndarray, n: np.ndarray | int) -> np.ndarray:
        return table.business_days_after(start, n, where)

    def window(due: np.ndarray) -> np.ndarray:
        return send_window(due, rules, table, where)

    industry = classify_industries(frame["industry"], rules.industries)
    seniority = Codes(frame["seniority"], "mid")
    interview_type = Codes(frame["interview_type"], "other")
    stage = interview_type.relabelled(lambda kind: "final" if kind == "final" else "other")
    n1 = offset_days(rules.check_in_1, industry, seniority, stage)
    n2 = offset_days(rules.check_in_2, industry, seniority, stage)
    weeks = offset_days(rules.final_weeks, industry, seniority, stage)

    # 1. Thank-you: same day after a final round or phone screen, else the next day.
    same_day = interview_type.isin(rules.thank_you_same_day_types)
    thank_you_due = interview + np.where(same_day, 0, 1).astype("timedelta64[D]")

    # 2. The stated decision date, resolving "within N business days" on the row's calendar.
    within = frame["decision_within_bd"].to_numpy(dtype="float64", na_value=np.nan)
    # One cell holds either a date or a phrase; a date wins should both ever be set.
    has_within = ~np.isnan(within) & np.isnat(decision)
    decision = np.where(
        has_within, after(interview, np.nan_to_num(within).astype(np.int64)), decision
    )
    has_decision = ~np.isnat(decision)
    k = rules.after_stated_decision_bd
    after_decision = after(decision, k)
    check_in_1_raw = np.where(
        has_decision, np.maximum(after_decision, after(interview, k)), after(interview, n1)
    )

    # Employer replied after the interview and after every dated send: the next pending
    # check-in or final restarts its clock from the reply (or a stated date beyond it).
    latest_send = np.fmax.reduce([sent[name] for name in SEQUENCE])
    replied = (reply > interview) & (np.isnat(latest_send) | (reply > latest_send))
    reply_due = window(
        np.where(has_decision & (decision > reply), after_decision, after(reply, n1))
    )
    pending_1 = replied & ~done["check_in_1"]
    pending_2 = replied & done["check_in_1"] & ~done["check_in_2"]
    pending_final = replied & done["check_in_1"] & done["check_in_2"] & ~done["final"]

    # 3-4. Each later action chains from the previous one's sent date, or its due date.
    check_in_1_due = np.where(pending_1, reply_due, window(check_in_1_raw))
    check_in_1_base = np.where(np.isnat(sent["check_in_1"]), check_in_1_due, sent["check_in_1"])
    # Without an interview date nothing is scheduled, even from a dated earlier send.
    valid = ~np.isnat(interview)
    check_in_2_due = np.where(pending_2, reply_due, window(after(check_in_1_base, n2)))
    check_in_2_due = np.where(valid, check_in_2_due, NAT)
    check_in_2_base = np.where(np.isnat(sent["check_in_2"]), check_in_2_due, sent["check_in_2"])
    final_by_weeks = table.roll_forward(interview + (weeks * 7).astype("timedelta64[D]"), where)
    final_by_chain = after(check_in_2_base, rules.final_after_check_in_2_bd)
    final_due = np.where(
        pending_final, reply_due, window(np.maximum(final_by_weeks, final_by_chain))
    )
    final_due = np.where(valid, final_due, NAT)

    due = {
        "thank_you": thank_you_due,
        "check_in_1": check_in_1_due,
        "check_in_2": check_in_2_due,
        "final": final_due,
    }
    # Undated sends count as sent on their due date.
    effective = {
        name: np.where(np.isnat(sent[name]) & done[name], due[name], sent[name])
        for name in SEQUENCE
    }

    # Moved on: the final went out, no reply since, and ten business days have passed.
    final_at = effective["final"]
    moved_on_date = np.where(
        done["final"] & ~(reply > final_at), after(final_at, rules.moved_on_bd), NAT
    )
    moved_on = ~np.isnat(moved_on_date) & (today >= moved_on_date)

    outcome = Codes(frame["outcome"], "open")
    offer = outcome.isin(CLOSED_WITH_OFFER)
    closed_without_offer = outcome.isin(CLOSED_WITHOUT_OFFER)

    # 5. Networking: a season after the close (or the last networking touch).
    wants_networking = (closed_without_offer | moved_on) & ~offer & valid
    latest_in_row = np.fmax.reduce([interview, reply, *(sent[name] for name in SEQUENCE)])
    closed_at = np.where(moved_on, moved_on_date, latest_in_row)
    networking_from = np.fmax(closed_at, networking_sent)
    networking_due = np.where(
        wants_networking & rules.networking_enabled,
        table.roll_forward(
            networking_from + np.timedelta64(7 * rules.networking_weeks, "D"), where
        ),
        NAT,
    )

    next_index, skipped = next_in_sequence(due, done, today)
    sequence_due = np.choose(np.minimum(next_index, 3), [due[name] for name in SEQUENCE])
    sequence_due = np.where(next_index < 4, sequence_due, NAT)
    action_keys = np.array([*SEQUENCE, "none"], dtype=object)[next_index]

    after_close = (closed_without_offer | moved_on) & ~offer
    networking_key = "networking" if rules.networking_enabled else "none"
    action_keys = np.where(after_close, networking_key, action_keys)
    next_due = np.where(after_close, networking_due, sequence_due)
    action_keys = np.where(offer | ~valid, "none", action_keys)
    next_due = np.where(offer | ~valid, NAT, next_due)

    # "Due soon" ends N bd after today: one answer per country, spread to its rows.
    per_country = np.arange(len(country.uniques))
    soon_limit = table.business_days_after(
        np.full(len(per_country), today), rules.due_soon_bd, per_country
    )[where]
    status = decide_status(
        next_due,
        today,
        soon_limit,
        needs_info=frame["needs_info"].to_numpy(dtype=bool),
        offer=offer,
        closed_without_offer=closed_without_offer,
        moved_on=moved_on,
        nothing_left=action_keys == "none",
    )

    labels = pd.Series(action_keys, dtype=object).map(ACTION_LABELS).to_numpy(dtype=object)
    columns = {
        "thank_you_due": thank_you_due,
        "check_in_1_due": check_in_1_due,
        "check_in_2_due": check_in_2_due,
        "final_due": final_due,
        "networking_due": networking_due,
        "next_action": labels,
        "next_due": next_due,
        "status": status,
        # Details for the explanation (explain.py); not written to the sheet.
        "action_key": action_keys,
        "industry_class": industry.labels(),
        "stage": stage.labels(),
        "check_in_1_bd": n1,
        "check_in_2_bd": n2,
        "final_weeks": weeks,
        "decision": decision,
        "check_in_1_unwindowed": check_in_1_raw,
        "final_by_weeks": final_by_weeks,
        "final_by_chain": final_by_chain,
        "replied": replied,
        "reply_due": reply_due,
        "moved_on": moved_on,
        "moved_on_date": moved_on_date,
        "networking_from": networking_from,
        "skipped": skipped,
    }
    # Day arrays become pandas' datetime64[ns] here, in numpy (pandas' own conversion of a
    # million dates checks each one and costs ten times more).
    for name, values in columns.items():
        if values.dtype.kind == "M":
            columns[name] = values.astype("datetime64[ns]")
    return pd.DataFrame(columns, index=frame.index)


def next_in_sequence(
    due: Mapping[str, np.ndarray], done: Mapping[str, np.ndarray], today: np.datetime64
) -> tuple[np.ndarray, np.ndarray]:
    """Index (0-3, 4 = none) of the first unsent action still worth sending, and a bitmask of
    the unsent actions passed over on the way (bit i = SEQUENCE[i]).

    An unsent action is skipped once a later one was sent, or once the following action is
    already due: no thank-you two weeks late, no two check-ins back to back.
    """
    size = len(due["thank_you"])
    later_done = np.zeros(size, dtype=bool)
    candidates = []
    for i in range(len(SEQUENCE) - 1, -1, -1):  # four actions, not rows
        name = SEQUENCE[i]
        superseded = later_done.copy()
        if i + 1 < len(SEQUENCE):
            superseded |= due[SEQUENCE[i + 1]] <= today
        candidates.append((~done[name] & ~superseded, ~done[name] & superseded))
        later_done |= done[name]
    candidates.reverse()
    chosen = np.full(size, len(SEQUENCE), dtype=np.int64)
    skipped = np.zeros(size, dtype=np.int64)
    undecided = np.ones(size, dtype=bool)
    for i, (candidate, passed_over) in enumerate(candidates):
        skipped |= np.where(undecided & passed_over, 1 << i, 0)
        take = undecided & candidate
        chosen[take] = i
        undecided &= ~take
    return chosen, skipped


def decide_status(
    next_due: np.ndarray,
    today: np.datetime64,
    soon_limit: np.ndarray,
    *,
    needs_info: np.ndarray,
    offer: np.ndarray,
    closed_without_offer: np.ndarray,
    moved_on: np.ndarray,
    nothing_left: np.ndarray,
) -> np.ndarray:
    """The status vocabulary of DESIGN section 3, first matching condition wins."""
    conditions = [
        needs_info,
        offer,
        next_due < today,
        next_due == today,
        (next_due > today) & (next_due <= soon_limit),
        closed_without_offer,
        moved_on,
        nothing_left,
    ]
    choices = [
        "Needs info",
        "Closed",
        "Overdue",
        "Due today",
        "Due soon",
        "Closed",
        "Moved on",
        "Waiting",
    ]
    return np.select(conditions, choices, default="Scheduled").astype(object)


def calendars_for(frame: pd.DataFrame, as_of: dt.date) -> Calendars:
    """Calendars spanning every date in the frame and the as-of date."""
    columns = [c for c in frame.columns if str(frame[c].dtype).startswith("datetime64")]
    stamps = [pd.Timestamp(as_of)]
    for column in columns:
        values = frame[column].dropna()
        if len(values):
            stamps += [values.min(), values.max()]
    return Calendars.covering(min(stamps).date(), max(stamps).date())
