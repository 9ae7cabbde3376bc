"""The ``Why`` cell: every computed date explained in words a user can check on a calendar.

Example line:
``1st check-in: 5 bd −2 fast industry (Software) +2 senior = 5 bd after Fri 2026-11-20 →
Mon 2026-11-30 (skipped Thanksgiving Thu 11-26) → Tue 2026-12-01 (preferred send day)``

This is text formatting over the schedule's own details, done per row (it runs only for the
rows being written, after the vectorized schedule has done the date logic). A row's text
depends only on the ``ROW_INPUTS`` of the frame and ``RESULT_INPUTS`` of the schedule, so rows
alike in those share one text, worked out once (a big tracker repeats itself a lot: the same
interview day, type, level and marks). A test checks the explainer reads nothing else.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Mapping

import pandas as pd

from followup_batch.normalise.vocabularies import CLOSED_WITH_OFFER, CLOSED_WITHOUT_OFFER
from followup_batch.schedule.business_days import Calendars, CountryCalendar, holidays_between
from followup_batch.schedule.labels import ACTION_LABELS
from followup_batch.schedule.rules import calendars_for
from followup_batch.schedule.ruleset import Offsets, RuleSet

SEQUENCE = ("thank_you", "check_in_1", "check_in_2", "final")
# Everything Explainer.row reads: the frame's columns, then the schedule's.
ROW_INPUTS = (
    "interview_date",
    "country",
    "interview_type",
    "industry",
    "seniority",
    "outcome",
    "last_reply",
    *(f"{name}_{what}" for name in SEQUENCE for what in ("sent", "done")),
)
RESULT_INPUTS = (
    "action_key",
    "thank_you_due",
    "check_in_1_due",
    "check_in_1_unwindowed",
    "check_in_1_bd",
    "check_in_2_due",
    "check_in_2_bd",
    "final_due",
    "final_by_weeks",
    "final_by_chain",
    "final_weeks",
    "decision",
    "reply_due",
    "replied",
    "moved_on",
    "moved_on_date",
    "networking_due",
    "networking_from",
    "skipped",
    "industry_class",
    "stage",
)
TYPE_WORDS = {
    "phone": "phone screen",
    "video": "video interview",
    "onsite": "onsite interview",
    "panel": "panel interview",
    "final": "final round",
    "other": "interview",
}


@functools.lru_cache(maxsize=16_384)
def day(value: dt.date) -> str:
    """'Fri 2026-11-20' (cached: a tracker's dates repeat a lot)."""
    return f"{value:%a %Y-%m-%d}"


def signed(n: int) -> str:
    return f"+{n}" if n > 0 else f"−{-n}"


def as_date(value: object) -> dt.date | None:
    if value is None or type(value) is dt.date:  # the fast path: columns come as dates
        return value  # type: ignore[return-value]
    if value is pd.NaT or pd.isna(value):  # type: ignore[call-overload]
        return None
    return pd.Timestamp(value).date()  # type: ignore[arg-type]


def offset_words(
    offsets: Offsets,
    n: int,
    industry_class: str,
    industry: str,
    seniority: str,
    stage: str,
    unit: str,
) -> str:
    """'5 bd −2 fast industry (tech) +2 senior = 5 bd' — only the terms that apply."""
    parts = [f"{offsets.base} {unit}"]
    industry_offset = offsets.industry.get(industry_class, 0)
    if industry_offset:
        named = f" ({industry})" if industry else ""
        parts.append(f"{signed(industry_offset)} {industry_class} industry{named}")
    seniority_offset = offsets.seniority.get(seniority, 0)
    if seniority_offset:
        parts.append(f"{signed(seniority_offset)} {seniority}")
    stage_offset = offsets.stage.get(stage, 0)
    if stage_offset:
        parts.append(f"{signed(stage_offset)} final round")
    total = offsets.base + industry_offset + seniority_offset + stage_offset
    if len(parts) == 1 and total == n:
        return parts[0]
    text = " ".join(parts) + f" = {total} {unit}"
    if total != n:
        text += f", kept within {offsets.low}–{offsets.high} → {n} {unit}"
    return text


def business_days_words(calendar: CountryCalendar, start: dt.date, end: dt.date) -> str:
    """'Mon 2026-11-30 (skipped Thanksgiving Thu 11-26)'"""
    skipped = holidays_between(calendar, start, end)
    text = day(end)
    if skipped:
        names = ", ".join(f"{name} {when:%a %m-%d}" for when, name in skipped)
        text += f" (skipped {names})"
    return text


def window_words(before: dt.date, after: dt.date) -> str:
    return "" if before == after else f" → {day(after)} (preferred send day)"


class Explainer:
    """Builds the Why text of one row from the frame row and its schedule row."""

    def __init__(self, rules: RuleSet, calendars: Calendars) -> None:
        self.rules = rules
        self.calendars = calendars
        self._offset_words: dict[tuple[object, ...], str] = {}

    def row(self, row: Mapping[str, object], result: Mapping[str, object]) -> str:
        """All the row's explanations, the one for the next action first (a cell that shows
        one line shows what matters now)."""
        interview = as_date(row["interview_date"])
        if interview is None:
            return "No dates: the interview date is missing or unreadable (see Problems)."
        calendar = self.calendars.get(str(row["country"]))
        lines = {
            "thank_you": self.thank_you(row, interview, result),
            "check_in_1": self.check_in_1(row, interview, result, calendar),
            "check_in_2": self.check_in_2(row, result, calendar),
            "final": self.final(row, result, calendar),
            **self.after_sequence(row, result),
        }
        key = str(result["action_key"])
        nothing_due = lines.pop("none", "")
        first = [lines.pop(key)] if key in lines else [nothing_due]
        moved = [lines.pop("moved_on")] if "moved_on" in lines else []
        return "\n".join(
            line for line in [*first, *moved, *self.skipped(result), *lines.values()] if line
        )

    def thank_you(
        self, row: Mapping[str, object], interview: dt.date, result: Mapping[str, object]
    ) -> str:
        kind = TYPE_WORDS.get(str(row["interview_type"]), "interview")
        due = as_date(result["thank_you_due"])
        assert due is not None
        if due == interview:
            text = f"Thank-you note: same day as the {kind} on {day(interview)}"
        else:
            text = f"Thank-you note: the day after the {kind} on {day(interview)} → {day(due)}"
        return text + self.sent(row, "thank_you")

    def check_in_1(
        self,
        row: Mapping[str, object],
        interview: dt.date,
        result: Mapping[str, object],
        calendar: CountryCalendar,
    ) -> str:
        due = as_date(result["check_in_1_due"])
        raw = as_date(result["check_in_1_unwindowed"])
        decision = as_date(result["decision"])
        assert due is not None and raw is not None
        if self.restarted_by_reply(row, result, "check_in_1"):
            return (
                "1st check-in: "
                + self.reply_words(row, result, calendar)
                + self.sent(row, "check_in_1")
            )
        k = self.rules.after_stated_decision_bd
        if decision is not None:
            text = (
                f"1st check-in: {k} bd after the stated decision date {day(decision)}"
                f" (never before {k} bd after the interview) → "
                f"{business_days_words(calendar, decision, raw)}"
            )
        else:
            n = int(result["check_in_1_bd"])  # type: ignore[call-overload]
            text = (
                "1st check-in: "
                + self.offsets(row, result, self.rules.check_in_1, n, "bd")
                + f" after {day(interview)} → {business_days_words(calendar, interview, raw)}"
            )
        return text + window_words(raw, due) + self.sent(row, "check_in_1")

    def check_in_2(
        self, row: Mapping[str, object], result: Mapping[str, object], calendar: CountryCalendar
    ) -> str:
        due = as_date(result["check_in_2_due"])
        assert due is not None
        if self.restarted_by_reply(row, result, "check_in_2"):
            return (
                "2nd check-in: "
                + self.reply_words(row, result, calendar)
                + self.sent(row, "check_in_2")
            )
        base, how = self.base_of(row, result, "check_in_1")
        n = int(result["check_in_2_bd"])  # type: ignore[call-overload]
        end = calendar_end(calendar, base, n)
        return (
            "2nd check-in: "
            + self.offsets(row, result, self.rules.check_in_2, n, "bd")
            + f" after the 1st check-in ({how} {day(base)}) → "
            + business_days_words(calendar, base, end)
            + window_words(end, due)
            + self.sent(row, "check_in_2")
        )

    def final(
        self, row: Mapping[str, object], result: Mapping[str, object], calendar: CountryCalendar
    ) -> str:
        due = as_date(result["final_due"])
        assert due is not None
        if self.restarted_by_reply(row, result, "final"):
            return (
                "Final follow-up: "
                + self.reply_words(row, result, calendar)
                + self.sent(row, "final")
            )
        by_weeks = as_date(result["final_by_weeks"])
        by_chain = as_date(result["final_by_chain"])
        assert by_weeks is not None and by_chain is not None
        weeks = int(result["final_weeks"])  # type: ignore[call-overload]
        weeks_text = self.offsets(row, result, self.rules.final_weeks, weeks, "weeks")
        base, how = self.base_of(row, result, "check_in_2")
        gap = self.rules.final_after_check_in_2_bd
        later = max(by_weeks, by_chain)
        return (
            f"Final follow-up: the later of {weeks_text} after the interview "
            f"({day(by_weeks)}) and {gap} bd after the 2nd check-in, {how} {day(base)} "
            f"({day(by_chain)}) → {day(later)}" + window_words(later, due) + self.sent(row, "final")
        )

    def after_sequence(
        self, row: Mapping[str, object], result: Mapping[str, object]
    ) -> dict[str, str]:
        """Moved on, networking, and what "—" means for this row (key "none")."""
        lines = {}
        moved_on_date = as_date(result["moved_on_date"])
        if bool(result["moved_on"]) and moved_on_date is not None:
            lines["moved_on"] = (
                f"Moved on: no reply within {self.rules.moved_on_bd} bd of "
                f"the final follow-up, since {day(moved_on_date)}"
            )
        networking = as_date(result["networking_due"])
        start = as_date(result["networking_from"])
        if networking is not None and start is not None:
            lines["networking"] = (
                f"Networking check-in: {self.rules.networking_weeks} weeks "
                f"after {day(start)} → {day(networking)}"
            )
        outcome = str(row["outcome"])
        if outcome in CLOSED_WITH_OFFER:
            lines["none"] = f"Closed: the outcome is {outcome}; nothing more to send."
        elif outcome in CLOSED_WITHOUT_OFFER or bool(result["moved_on"]):
            lines["none"] = "Closed: networking check-ins are turned off in the rules."
        elif moved_on_date is not None:
            lines["none"] = (
                f"Waiting: nothing left to send; with no reply by "
                f"{day(moved_on_date)} the search has moved on."
            )
        else:
            lines["none"] = "Waiting: nothing left to send until the employer replies."
        return lines

    def skipped(self, result: Mapping[str, object]) -> list[str]:
        mask = int(result["skipped"])  # type: ignore[call-overload]
        if not mask or result["action_key"] == "networking":
            return []
        names = [ACTION_LABELS[name] for i, name in enumerate(SEQUENCE) if mask & (1 << i)]
        return [f"Skipped: {', '.join(names)} (a later step is already due or sent)"]

    # Helpers -----------------------------------------------------------------------------
    def offsets(
        self,
        row: Mapping[str, object],
        result: Mapping[str, object],
        offsets: Offsets,
        n: int,
        unit: str,
    ) -> str:
        terms = (
            n,
            str(result["industry_class"]),
            str(row["industry"] or ""),
            str(row["seniority"]),
            str(result["stage"]),
            unit,
        )
        key = (id(offsets), *terms)  # the RuleSet holds ``offsets`` for the explainer's life
        text = self._offset_words.get(key)
        if text is None:
            text = self._offset_words[key] = offset_words(offsets, *terms)
        return text

    def base_of(
        self, row: Mapping[str, object], result: Mapping[str, object], name: str
    ) -> tuple[dt.date, str]:
        sent = as_date(row[f"{name}_sent"])
        if sent is not None:
            return sent, "sent"
        due = as_date(result[f"{name}_due"])
        assert due is not None
        return due, ("marked sent, counted on its due date" if row[f"{name}_done"] else "due")

    def restarted_by_reply(
        self, row: Mapping[str, object], result: Mapping[str, object], name: str
    ) -> bool:
        if not bool(result["replied"]):
            return False
        pending = next((n for n in SEQUENCE[1:] if not row[f"{n}_done"]), None)
        return pending == name

    def reply_words(
        self, row: Mapping[str, object], result: Mapping[str, object], calendar: CountryCalendar
    ) -> str:
        reply = as_date(row["last_reply"])
        due = as_date(result["reply_due"])
        decision = as_date(result["decision"])
        assert reply is not None and due is not None
        k = self.rules.after_stated_decision_bd
        if decision is not None and decision > reply:
            end = calendar_end(calendar, decision, k)
            return (
                f"the employer replied {day(reply)}; {k} bd after the stated decision date "
                f"{day(decision)} → {business_days_words(calendar, decision, end)}"
                + window_words(end, due)
            )
        n = int(result["check_in_1_bd"])  # type: ignore[call-overload]
        end = calendar_end(calendar, reply, n)
        return (
            f"the employer replied {day(reply)}, so the clock restarts: {n} bd after the "
            f"reply → {business_days_words(calendar, reply, end)}" + window_words(end, due)
        )

    @staticmethod
    def sent(row: Mapping[str, object], name: str) -> str:
        sent = as_date(row[f"{name}_sent"])
        if sent is not None:
            return f"; sent {day(sent)}"
        return "; marked sent" if row[f"{name}_done"] else ""


def calendar_end(calendar: CountryCalendar, start: dt.date, n: int) -> dt.date:
    """n business days after start, for one row (numpy's offset, as the rules use)."""
    import numpy as np

    out = np.busday_offset(
        np.datetime64(start, "D"), n, roll="backward", busdaycal=calendar.busdaycal
    )
    return out.astype("datetime64[D]").astype(dt.date)  # type: ignore[no-any-return]


def explain(
    frame: pd.DataFrame,
    result: pd.DataFrame,
    rules: RuleSet,
    calendars: Calendars | None = None,
) -> pd.Series:
    """The Why text for every row of a scheduled frame.

    >>> result = schedule_rows(frame, rules, as_of)
    >>> frame.assign(why=explain(frame, result, rules))

    Pass the ``calendars`` the schedule used to avoid building them again.
    """
    if calendars is None:
        dates = [result[c].dropna() for c in ("thank_you_due", "networking_due", "final_due")]
        last = max((d.max() for d in dates if len(d)), default=pd.Timestamp.today()).date()
        calendars = calendars_for(frame, last)
    explainer = Explainer(rules, calendars)
    rows, results = _columns(frame), _columns(result)
    keys = zip(*(rows[c] for c in ROW_INPUTS), *(results[c] for c in RESULT_INPUTS), strict=True)
    texts: dict[tuple[object, ...], str] = {}
    out = []
    for i, key in enumerate(keys):
        text = texts.get(key)
        if text is None:
            text = texts[key] = explainer.row(_Row(rows, i), _Row(results, i))
        out.append(text)
    return pd.Series(out, index=frame.index, dtype=object)


def _columns(frame: pd.DataFrame) -> dict[str, list[object]]:
    """Each column as a plain list, dates as ``datetime.date`` or None (converted once per
    column: boxing a Timestamp per cell cost most of the time on big trackers)."""
    columns: dict[str, list[object]] = {}
    for name in frame.columns:
        values = frame[name]
        if str(values.dtype).startswith("datetime64"):
            days = values.to_numpy(dtype="datetime64[D]")
            dates = days.astype(object)  # NaT becomes None
            columns[name] = dates.tolist()
        else:
            columns[name] = values.tolist()
    return columns


class _Row(Mapping[str, object]):
    """One row of column lists, read like a dict."""

    __slots__ = ("columns", "i")

    def __init__(self, columns: dict[str, list[object]], i: int) -> None:
        self.columns, self.i = columns, i

    def __getitem__(self, key: str) -> object:
        return self.columns[key][self.i]

    def __iter__(self) -> Iterator[str]:
        return iter(self.columns)

    def __len__(self) -> int:
        return len(self.columns)
