"""The normalised frame: the contract between the normalise stage and the rules.

``normalise_rows`` turns the raw cells of one tracker into a DataFrame indexed by the Excel row
number (as the user sees it), with exactly the columns in ``NORMALISED_COLUMNS``; the schedule
needs nothing else.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# The normalised frame (see module docstring), column -> dtype.
NORMALISED_COLUMNS: dict[str, str] = {
    "client": "object",  # str ('' when unknown)
    "company": "object",  # str or None when missing
    "position": "object",  # str or None when missing
    "interview_date": "datetime64[ns]",  # date of the interview (time dropped), NaT when bad
    # The interview typed in Interview Date when the Status names a later one, the next round
    # ("Onsite 11/24" beside a phone screen on 11/10), which interview_date then holds; NaT
    # otherwise.
    "earlier_interview": "datetime64[ns]",
    # How a date the Status gives the interview was read when either order reads it ('"12/2"
    # read as 2 December 2026 (US month/day, ...)'), '' otherwise.
    "status_date_read": "object",
    "applied_date": "datetime64[ns]",  # date the application went out, NaT when unknown
    # The Date Applied refused as after the run's date (a typo, or a plan: Problems says so),
    # NaT otherwise: the Why says it was read, and that nothing is counted from it.
    "applied_ahead": "datetime64[ns]",
    "interviewers": "object",  # list[str], possibly empty
    "interviewer_emails": "object",  # list[str], same order as interviewers
    # Addresses written in the Interviewer cell among its names: per address, the position in
    # interviewers of the name written with it, -1 for none (``addresses.pair_recipients``:
    # never paired by position); None when the addresses are the Interviewer Email column's.
    "interviewer_email_owners": "object",
    # The people a next round's Status names ("Onsite 11/24 with Carla"), whom its drafts
    # greet instead of the Interviewer cell's (``interviewers`` holds them then), '' otherwise.
    "greeted_in_status": "object",
    "interview_type": "object",  # one of INTERVIEW_TYPE_VALUES ('other' when blank)
    "round": "Int64",  # >= 1 or <NA>
    # The Round as the rounds rule compares it: its number, higher than any for "Final", 0
    # when unknown (``rounds.later_interviews``).
    "round_rank": "int64",
    "seniority": "object",  # one of SENIORITY_VALUES ('mid' when blank)
    # The Seniority cell's words when they are not its level's own name ('Associate', read
    # as entry), '' when they are or it is blank: the Why names them, as it does the Industry.
    "seniority_written": "object",
    "industry": "object",  # user text, '' when blank
    "decision_date": "datetime64[ns]",  # stated decision resolved to a date, or NaT
    "decision_within_bd": "Int64",  # N for "within N business days" (resolved by the rules)
    # The week a week phrase names: 0 "end of week", 1 "next week", 2 "early next week", 3 a
    # calendar week, "week 12" (``timelines.DECISION_WEEK``; <NA> for anything else).
    # decision_date holds its Friday (its Wednesday); the rules place it on the row's own work
    # week, where the weekend says the week starts and ends (Sunday and Thursday in Israel).
    "decision_week": "Int64",
    # The stated decision as written when it is a timeline phrase that names no day ("next
    # week", "early January", "within 48 hours"), '' otherwise: its date is the tool's
    # reading, not said; the Why says so, and a draft does not quote it back to them.
    "decision_phrase": "object",
    # The stated decision as written where the Why quotes it and ``decision_phrase`` does not
    # ('' otherwise): a phrase naming a day ("next Monday", "by Friday", "by the 15th"), whose
    # date is the day they named (a draft quotes it), or a cell not read as a decision at all
    # ("Q1", "in a few days": Problems says why), which the check-ins are counted without.
    "decision_written": "object",
    # The decision date is one the Status gives ("offer expected 11/25"), no Decision Date
    # cell saying one: the Why says where it was read.
    "decision_in_status": "bool",
    # The decision date is a holiday's last day ("after Easter"): the decision is the first
    # business day after it, on the row's calendar (resolved by the rules).
    "decision_after_holiday": "bool",
    # The decision date is the day before a holiday's first day ("before Easter"): the decision
    # is the last business day on or before it, on the row's calendar.
    "decision_before_holiday": "bool",
    "thank_you_sent": "datetime64[ns]",  # date sent, NaT when unsent or undated
    "thank_you_done": "bool",  # True when marked sent (dated or not)
    "check_in_1_sent": "datetime64[ns]",
    "check_in_1_done": "bool",
    "check_in_2_sent": "datetime64[ns]",
    "check_in_2_done": "bool",
    "final_sent": "datetime64[ns]",
    "final_done": "bool",
    "application_check_in_sent": "datetime64[ns]",
    "application_check_in_done": "bool",
    "networking_sent": "datetime64[ns]",  # last networking touch or NaT
    "last_reply": "datetime64[ns]",  # last employer reply or NaT
    # The day the Status of a row closed without an offer says it closed ("Rejected 11/19"),
    # which its networking check-in counts from when later than the row's other dates; NaT
    # otherwise.
    "closed_in_status": "datetime64[ns]",
    "outcome": "object",  # one of OUTCOME_VALUES ('applied' when blank)
    # Closed without an offer, no interview date, and the Status names the interview it ended
    # after ("Rejected after onsite", "No offer after 2 interviews").
    "undated_interview_named": "bool",
    "country": "object",  # holiday calendar key: 'US', 'US-CA', 'GB-SCT', ...
    # What the Why says of the row's calendar (``countries.calendar_note``): None when it is
    # the config's default country's, read as written (nothing); '' when it is another
    # country's (named); else why the default was used ('"Atlantis" is not a country the
    # holiday calendars know').
    "calendar_note": "object",
    "topic": "object",  # str, '' when blank
    "value_add": "object",  # str, '' when blank
    # The first interview of the same application (client, company, position) after this
    # row's interview, or from its applied day when it has none (``rounds``), NaT when none;
    # and that interview's row (0 when none), and its sheet when that is another sheet of one
    # person's tracker (``rounds.link_sheets``), else ''.
    "later_interview": "datetime64[ns]",
    "later_interview_row": "int64",
    "later_interview_sheet": "object",
    "application_outcome": "object",  # the outcome on the application's last interview row
    # The row that carries this row's follow-ups when this one is a copy of the same interview
    # (or application not yet interviewed) on another sheet of one person's tracker
    # (``rounds.link_sheets``): its row, 0 when none, and its sheet, '' when none.
    "same_interview_row": "int64",
    "same_interview_sheet": "object",
    # Where the outcome of a copy of this row's interview that this row takes was typed
    # (``rounds.outcome_of_copies``: "Rejected" typed on the other copy), as "sheet Jan, row
    # 2"; '' when the row's outcome is its own.
    "outcome_copy": "object",
    # On the row that carries an interview's follow-ups, what its Problems cell says when a
    # copy's outcome closes the application the other way ("Offer" on one copy, "Rejected" on
    # the other: ``rounds.outcomes_disagree``); '' when none.
    "outcome_disagrees": "object",
    # On the row that carries an interview's follow-ups, what its Problems cell says of the
    # interviewers its copies name and it does not (one replaced on a copy:
    # ``rounds.interviewers_elsewhere``); '' when none.
    "interviewers_elsewhere": "object",
    # The steps whose sent date is after the run's as-of date, by name, space-separated
    # ("application_check_in", "thank_you check_in_1"), '' when none: not counted as sent
    # (the row needs info), and the Why says the date is in the future.
    "sent_ahead": "object",
    # The latest day among the row's dates refused as after the run's (a sent date, a Date
    # Applied, a Last Reply: ``row_dates.after_as_of``), NaT when none: a run from that day
    # counts them, and the written status says so (``write.live``: ot140 F2).
    "ahead_on": "datetime64[ns]",
    # The steps marked done another way than their message ("thanked on LinkedIn", "left
    # voicemail"), by name, space-separated as ``sent_ahead``, '' when none: the Why says so.
    "sent_elsewhere": "object",
    # The steps the Status cell says were sent ("Thank you sent 11/17", "Followed up 11/18":
    # ``vocabularies.sent_in_status``), by name as ``sent_ahead``, '' when none: the Why says so.
    "sent_in_status": "object",
    # The steps marked sent without a date on a row whose Status names the next round, by
    # name as ``sent_ahead``, '' when none: the earlier interview's marks, not counted for the
    # next round; the Why says which round they were taken for.
    "earlier_round_marks": "object",
    # How the Status (and the Result beside it) was read, when its words are not the
    # reading's own ('Status "Dinged" read as rejected.': ``status_as_read``), '' when not.
    "status_as_read": "object",
    # Why the interview in Interview Date was not held on that day, '' when it was (or is still
    # to come): "put off" ("Postponed" beside a day passed), "interviewer no-show", "candidate
    # no-show". No thank-you or check-in counts from a day the interview did not take place.
    "interview_not_held": "object",
    "needs_info": "bool",  # a required value is missing or unreadable
    # The Problems line asking when the interview the row's stage (or Interviewed mark) says
    # happened was, '' when none: the row needs info for it unless a later interview of its
    # application (``later_interview``) answers (``rounds.answer_asked_dates``); and whether
    # it needs info for anything else.
    "asked_interview_date": "object",
    "needs_info_otherwise": "bool",
    # The row needs info only for a value that changes none of its dates (a missing position,
    # a closed row's stage marked without a date): when, as read, it has nothing to send and
    # is closed or has moved on, its status says so (``schedule.rules``), Problems kept.
    "needs_info_if_open": "bool",
    "problems": "object",  # list[str] of row problems, naming the cell
}


def date_array(column: pd.Series, unit: str = "ns", *, parse: bool = False) -> np.ndarray:
    """A date column as a datetime64 array in ``unit`` (``"ns"``, ``"D"``), NaT for missing.
    A naive datetime64 column (the frame's date columns always are) is cast by numpy from its
    own array: ``to_numpy`` takes several times as long on one, and a tracker's stages read
    such columns a dozen times. Another column is converted by pandas (``parse``: read as
    ``pd.to_datetime`` reads it first)."""
    if isinstance(column.dtype, np.dtype) and column.dtype.kind == "M":
        return np.asarray(column.values).astype(f"datetime64[{unit}]", copy=False)
    if parse:
        column = pd.to_datetime(column)
    return column.to_numpy(dtype=f"datetime64[{unit}]")


# Text columns whose blank is '' (the others' is None, or a word the rules read blank as).
BLANK_IS_EMPTY = frozenset(
    name
    for name in NORMALISED_COLUMNS
    if name
    in (
        "client",
        "industry",
        "seniority_written",
        "topic",
        "value_add",
        "later_interview_sheet",
        "application_outcome",
        "same_interview_sheet",
        "outcome_copy",
        "outcome_disagrees",
        "interviewers_elsewhere",
        "sent_ahead",
        "sent_elsewhere",
        "sent_in_status",
        "earlier_round_marks",
        "status_as_read",
        "interview_not_held",
        "asked_interview_date",
        "status_date_read",
        "greeted_in_status",
        "decision_written",
    )
)
# Coded text columns: a blank reads as this word (as ``normalise_rows`` writes it).
BLANK_WORDS = {"interview_type": "other", "seniority": "mid", "outcome": "applied"}
# Text columns holding a word or sentence per row (not the list columns).
TEXT_COLUMNS = frozenset(BLANK_IS_EMPTY | set(BLANK_WORDS)) | {
    "company",
    "position",
    "country",
    "calendar_note",
}


def conformed(frame: pd.DataFrame, names: tuple[str, ...], refuse: str) -> pd.DataFrame:
    """``frame`` with the columns ``names`` (those it has) of the kinds ``normalise_rows``
    gives them, after what common pandas calls do to a normalised frame: ``convert_dtypes()``
    (nullable booleans, integers and text with <NA>), a date column made timezone-aware
    (its dates on its own clock, as ``as_of`` takes them) or of python ``date`` objects, a
    text column set to NaN (a merge or ``.where`` leaves one). The frame itself when nothing
    needs changing (no copy).

    Raises ``NotNormalised`` (``refuse`` formatted with ``what``) naming a column that holds
    what no reading makes right: dates as text (in which order?), numbers as text, text in
    a date or yes/no column. A text column of Python objects is taken as it is, its values
    not looked at (a million rows' check costs microseconds): the rules take anything but
    text as blank, the Why text reads each distinct row once (``schedule.why.as_written``)."""
    from followup_batch.errors import NotNormalised

    changed: dict[str, pd.Series] = {}
    for name in names:
        if name not in frame.columns or name not in NORMALISED_COLUMNS:
            continue
        column = frame[name]
        kind = NORMALISED_COLUMNS[name]
        fixed = _conformed_column(name, column, kind)
        if isinstance(fixed, str):
            raise NotNormalised(refuse.format(what=f"its column {name} {fixed}"))
        if fixed is not None:
            changed[name] = fixed
    if not changed:
        return frame
    return frame.assign(**changed)


def _conformed_column(name: str, column: pd.Series, kind: str) -> pd.Series | str | None:
    """The column made ``kind``; None when it is already (told by its dtype alone); why not
    (text) when it cannot be."""
    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):  # .astype("category"): read as its values
        return _conformed_categorical(name, column, kind)
    if kind.startswith("datetime64"):
        if isinstance(dtype, np.dtype) and dtype.kind == "M":
            return None
        if isinstance(dtype, pd.DatetimeTZDtype):  # its dates on its own clock
            return column.dt.tz_localize(None).dt.normalize().astype("datetime64[ns]")
        inferred = _inferred(column)
        if inferred in ("date", "datetime", "empty"):
            return pd.to_datetime(column).astype("datetime64[ns]")
        return (
            f"holds {_kind_of(column, inferred)}, not dates; make it dates first "
            f"(frame['{name}'] = pd.to_datetime(frame['{name}'], format=...))"
        )
    if kind == "bool":
        if isinstance(dtype, np.dtype) and dtype.kind == "b":
            return None
        inferred = _inferred(column)
        if inferred in ("boolean", "empty"):
            return column.fillna(False).astype(bool)
        return f"holds {_kind_of(column, inferred)}, not True/False"
    if kind in ("int64", "Int64"):
        if isinstance(dtype, np.dtype) and dtype.kind in "iu" and kind == "int64":
            return None
        if kind == "Int64" and pd.api.types.is_integer_dtype(dtype):
            return None
        inferred = _inferred(column)
        if inferred in ("integer", "empty") or (
            inferred in ("floating", "mixed-integer-float")
            and bool((column.dropna() % 1 == 0).all())
        ):
            if kind == "Int64":
                return column.astype("Int64")
            return column.fillna(0).astype(np.int64)  # 0: no such row
        return f"holds {_kind_of(column, inferred)}, not whole numbers"
    if name not in TEXT_COLUMNS:
        return None  # lists and other objects the rules do not read
    blank = "" if name in BLANK_IS_EMPTY else BLANK_WORDS.get(name)
    if isinstance(dtype, pd.StringDtype) and dtype.na_value is np.nan:  # pandas' own str
        if blank is None or not column.isna().any():  # a mask: no pass over the values
            return None
    elif isinstance(dtype, np.dtype) and dtype.kind == "O":
        return None  # Python objects: taken as they are
    inferred = _inferred(column)
    if inferred not in ("string", "empty"):
        return f"holds {_kind_of(column, inferred)}, not text"
    values = column.astype(object)
    return values.where(values.notna(), blank)


def _conformed_categorical(name: str, column: pd.Series, kind: str) -> pd.Series | str:
    """A categorical column (``.astype("category")``) made ``kind`` as its values would be;
    in a text column, a categorical whose categories are text (blank where missing), and one
    of anything else refused as "a categorical of int values such as 3"."""
    plain = column.astype(object)
    if name in TEXT_COLUMNS:
        categories = pd.Series(column.cat.categories, dtype=object)
        inferred = _inferred(categories)
        if inferred not in ("string", "empty"):
            return f"holds a categorical of {_kind_of(categories, inferred)}, not text"
        blank = "" if name in BLANK_IS_EMPTY else BLANK_WORDS.get(name)
        return plain.where(plain.notna(), blank)
    fixed = _conformed_column(name, plain, kind)
    if isinstance(fixed, str):
        return fixed.replace("holds ", "holds a categorical of ", 1)
    return plain if fixed is None else fixed


def _inferred(column: pd.Series) -> str:
    """What a column holds, as ``pd.api.types.infer_dtype`` names it, missing values left
    out; "empty" for one of missing values alone (a column set to np.nan)."""
    inferred = pd.api.types.infer_dtype(column, skipna=True)
    if inferred not in ("string", "boolean", "integer", "date", "datetime") and bool(
        column.isna().all()
    ):
        return "empty"
    return inferred


def _kind_of(column: pd.Series, inferred: str) -> str:
    """What a column holds, for a message: "text such as '2026-11-20'", "float values"."""
    first = column.dropna()
    if inferred == "string" and len(first):
        return f"text such as {str(first.iloc[0])!r}"
    if len(first):
        value = first.iloc[0]
        value = value.item() if isinstance(value, np.generic) else value  # np.float64(3.5): 3.5
        return f"{type(value).__name__} values such as {value!r}"
    return f"{column.dtype} values"
