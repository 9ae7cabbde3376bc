"""Turn a tracker's raw cells into the typed frame the rules work on (NORMALISED_COLUMNS).

Every field is read by one small function applied once per distinct value (trackers repeat
values: the same company, "Yes", "Video" thousands of times; ``cell_readers``, and
``interviewers`` for who an Interviewer cell names), then spread back to the rows with numpy
indexing. Real date cells take a pandas fast path (``date_columns.parse_date_column``), in the
order ``day_first`` settles per column. So the work grows with the number of distinct values,
not rows.

A value that cannot be read never stops the file: the row gets a problem naming the cell as the
user sees it ("D14: "31/02/2026" is not a date") and, when the value is required, needs_info.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import pandas as pd

from followup_batch.arguments import check_kind
from followup_batch.as_of import as_date
from followup_batch.errors import WrongArgument
from followup_batch.normalise import date_columns, dates, row_dates, utc_times
from followup_batch.normalise.addresses import one_name_for_several, unpaired
from followup_batch.normalise.cell_readers import (
    LABEL_HEADER_KEYS,
    PLACE_FIELDS,
    board_labels,
    read_company,
    read_interviewed,
    read_labels,
    read_offered,
    read_places,
    read_position,
    read_round,
    read_stage,
    read_type_in_stage,
    read_type_in_status,
    read_vocabulary,
    workplace_of_board,
)
from followup_batch.normalise.cells import (
    Cells,
    Distinct,
    Problems,
    cell_text,
    column_refs,
    distinct,
    distinct_rows,
    each_distinct,
    filled_cells,
    header_of,
    quoted,
    shown,
)
from followup_batch.normalise.clients import client_or_programme
from followup_batch.normalise.columns import NORMALISED_COLUMNS
from followup_batch.normalise.day_first import (
    DATE_FIELDS,
    STAGES,
    as_read,
    date_orders_given,
    order_unsaid,
    order_with_texts,
    read_against_own_country,
    stage_date_order,
    without_applied_word,
    writes_dayfirst,
)
from followup_batch.normalise.interviewers import (
    addresses_in_names,
    linked_addresses,
    marks_column,
    named_apart,
    names_beside_marks,
    people_in_status,
    per_company,
    read_as_a_yes,
    read_emails,
    read_names,
    written_with,
)
from followup_batch.normalise.name_order import family_names_first
from followup_batch.normalise.results import read_results
from followup_batch.normalise.roles import resolve_roles
from followup_batch.normalise.rounds import (
    answer_asked_dates,
    application_keys,
    applications,
    applied_again_note,
    later_interviews,
)
from followup_batch.normalise.status_as_read import status_as_read
from followup_batch.normalise.titles import positions_without_company
from followup_batch.normalise.topics import notes_column, quoted_topics, topic_left_out
from followup_batch.normalise.vocabularies import (
    APPLIED_STAGES,
    CLOSED_WITH_OFFER,
    CLOSED_WITHOUT_OFFER,
    NOT_APPLIED,
    VOCABULARIES,
    applied_stage_evidence,
    match_vocabulary,
    names_an_interview,
    no_further_than_applying,
    says_followed_up,
    sent_in_status,
    since_reopened,
    stage_type,
)
from followup_batch.read import RawTable, ReadOptions, fields

if TYPE_CHECKING:
    from followup_batch.as_of import AsOf
    from followup_batch.schedule.ruleset import RuleSet
from followup_batch.read.header_index import HEADER_INDEX
from followup_batch.read.header_keys import header_key
from followup_batch.read.round_numbers import MAX_ROUND, says_final_round
from followup_batch.read.row_index import row_index_fault
from followup_batch.read.sent_headers import UNNAMED_FOLLOW_UP_KEYS
from followup_batch.read.unread_dates import is_date_cell

# The bare "Follow up" header ("Follow Up", "Follow-up"): no word says sent or planned.
BARE_FOLLOW_UP_KEY = header_key("Follow Up")

# Dates read first, so that a date without a year can take its year from its own row.
ROW_DATE_FIELDS: tuple[str, ...] = (
    "interview_at",
    "applied_at",
    *fields.SENT_FIELDS,
    "application_check_in_sent",
    "networking_sent",
    "last_reply",
)
CLOSED = CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER
NOT_A_TABLE = (
    "normalise_rows takes a table read_trackers gives (read_trackers(path, config.reading)), "
    "not a {kind}; save a DataFrame of your own as a CSV file (df.to_csv) and read that"
)
NOT_ITS_ROWS = (
    "normalise_rows takes a table read_trackers gives (read_trackers(path, config.reading)), "
    "its cells indexed by the tracker's rows; in table.cells {fault}"
)
STAGE_SAYS = "the stage says there was an interview"
STATUS_SAYS_MOVED = (
    "the Status says the interview was put off or moved: write its new day there once it is set"
)


def word_reader(
    raw: RawTable, field: str
) -> tuple[Callable[[object], tuple[str, str | None, bool]], str]:
    """How the cells of a vocabulary ``field`` (outcome, interview type, …) are read — a cell
    to (the word read, the reason of a problem or None, whether the row needs info) — and the
    field whose cells are read for it. A Stage of interview types says both (``roles``):
    "Video" is the interviewing stage, and the row's interview type when no column says it."""
    vocabulary = VOCABULARIES[field]
    if raw.types_in_stage and field == "outcome":
        return partial(read_stage, vocabulary=vocabulary), field
    if raw.types_in_stage and field == "interview_type" and field not in raw.mapping:
        return partial(read_type_in_stage, vocabulary=vocabulary), "outcome"
    if raw.types_in_status and field == "interview_type" and field not in raw.mapping:
        return partial(read_type_in_status, vocabulary=vocabulary), "outcome"
    if field == "interview_type" and _holds_labels(raw):
        workplace = workplace_of_board(board_labels(raw.cells[field]), vocabulary)
        return partial(read_labels, vocabulary=vocabulary, workplace=workplace), field
    return partial(read_vocabulary, vocabulary=vocabulary), field


def seniority_written(value: object) -> str:
    """A Seniority cell's text when it names a level by other words than the level's own
    name ('Associate', 'Sr.', 'Director'), '' when it is that name ('Senior'), blank or no
    level (Problems says so)."""
    text = cell_text(value)
    level = match_vocabulary(text, VOCABULARIES["seniority"]) if text else None
    return "" if level is None or header_key(text) == header_key(level) else text


def _holds_labels(raw: RawTable) -> bool:
    """Whether the Interview Type column is a board's labels ("Labels", "Tags")."""
    col = raw.mapping.get("interview_type")
    return col is not None and header_key(raw.headers[col]) in LABEL_HEADER_KEYS


NO_POSITION_COLUMN = (
    "the row has an interview, and no column says its Position (the role applied for): add a "
    'Position column, or map the one that holds it with --map "HEADER=position"'
)


def normalise_rows(
    raw: RawTable,
    options: ReadOptions,
    *,
    as_of: AsOf | None = None,
    rules: RuleSet | None = None,
    count_dates_ahead: bool = False,
) -> pd.DataFrame:
    """The typed frame for one tracker: exactly NORMALISED_COLUMNS, indexed by row.

    A date before 2000, or (given ``as_of``) more than two years after it, in any date field
    is a typo the row needs fixed, not a date to schedule from.
    ``as_of``: a date, datetime or Timestamp (its own date), or a ``YYYY-MM-DD`` string.
    ``rules``: the rules the rows will be scheduled by (``config.rules``; the shipped ones when
    None), whose numbers a Problems line quotes when it says what they do with a cell (a
    Decision Date before the interview: the 1st check-in counts N business days from it).
    ``count_dates_ahead``: a sent date, Date Applied or Last Reply after ``as_of`` is counted
    as typed, as a run from its day counts it, rather than refused (``ahead_on``): what the
    written status of a row refused only for it says from that day (``write.live``).
    Raises ``TrackerNotFound`` when no column holds a date to schedule from
    (``roles.resolve_roles``), ``WrongArgument`` when ``raw`` is not a ``RawTable`` or its
    cells are not indexed by the tracker's rows (``read.row_index``).
    """
    if not isinstance(raw, RawTable):
        raise WrongArgument(NOT_A_TABLE.format(kind=type(raw).__name__))
    check_kind(options, ReadOptions, "normalise_rows", "options")
    fault = row_index_fault(
        raw.cells.index, "table.cells", when_repeated=" (read the tracker again)"
    )
    if fault is not None:
        raise WrongArgument(NOT_ITS_ROWS.format(fault=fault))
    as_of = None if as_of is None else as_date(as_of)
    # The day a date after which is refused as not yet come (None: none is).
    ahead_of = None if count_dates_ahead else as_of
    raw = resolve_roles(raw)
    cells = Cells(raw)
    index = cells.index
    problems = Problems(raw)
    out: dict[str, object] = {}

    date_cells = {f: cells[f] for f in DATE_FIELDS if f in cells}
    orders = date_orders_given(raw, options, date_cells)

    def read_dates(field: str, values: pd.Series | None = None) -> date_columns.DateColumn:
        return date_columns.parse_date_column(
            cells[field] if values is None else values,
            epoch_1904=raw.epoch_1904,
            groups=cells.groups(field),
            order=orders.get(field),
        )

    def each(field: str, func: Callable[[object], Any]) -> Distinct:
        return distinct(cells[field], func, cells.groups(field))

    # Required text.
    needs_info = np.zeros(len(index), dtype=bool)
    missing_text = {}
    for field, reader in (("company", read_company), ("position", read_position)):
        read = each(field, partial(reader, header=header_of(raw, field)))
        text = out[field] = read.column(lambda r: r[0])
        problems.add(field, read.reasons(lambda r: r[1]))
        missing_text[field] = pd.isna(text)
    # A missing position changes no date: a row without one needs info only once
    # interviewed, and only while it has something to send (``needs_info_if_open``).
    needs_info |= missing_text["company"]
    # "Data Analyst @ Initech" on Initech's row is the Data Analyst role (a Notion title).
    out["position"] = positions_without_company(
        np.asarray(out["position"], dtype=object), np.asarray(out["company"], dtype=object)
    )

    # Words first: a row's stage says whether it needs a date at all.
    # A Stage of interview types says both (``roles``): "Video" is the interviewing stage,
    # and the row's interview type when no column says it.
    typed_by_stage = (raw.types_in_stage or raw.types_in_status) and (
        "interview_type" not in raw.mapping
    )
    unread_words = {}
    for field in VOCABULARIES:
        read_word, source = word_reader(raw, field)
        read = each(source, read_word)
        out[field] = read.column(lambda r: r[0])
        problems.add(field, read.reasons(lambda r: r[1]))
        unread_words[field] = read.column(lambda r: r[2]).astype(bool)
        needs_info |= unread_words[field]
    # The words a seniority was read from, when not its own name: the Why names them
    # ('−1 entry (Associate)'), as it does the Industry cell's (ot139 F8).
    out["seniority_written"] = each("seniority", seniority_written).column()
    if raw.outcome_result is not None:  # a Result beside a Status of stages (``results``)
        out["outcome"], unsure = read_results(raw, np.asarray(out["outcome"]), problems)
        needs_info |= unsure
        unread_words["outcome"] = unread_words["outcome"] | unsure
    # The stage as the Status (and Result) say it, before other columns move it: the Why
    # says how the Status was read where it decided the row's stage (ot111 F12).
    status_readings = np.array(out["outcome"], dtype=object)

    # Each row's calendar, which also says the local calendar its dates may be written in
    # ("116/04/27" on a Taiwanese row: ``date_columns.with_local_eras``).
    places = read_places(cells, options)
    countries = np.asarray(places[0], dtype=object)
    # The rows whose place was written: a date of another country's calendar is not told to
    # move them (``dates.era_hint``).
    place_cells = [filled_cells(cells[f].tolist()) for f in PLACE_FIELDS if f in cells]
    placed = (
        np.logical_or.reduce([np.asarray(c, dtype=bool) for c in place_cells])
        if place_cells
        else None
    )
    # How each row's written country writes a date in figures (05/01/2027), for a date that
    # either order reads where the tracker's dates settle neither: a sent mark's, a Status's.
    place_written = np.zeros(len(index), dtype=bool) if placed is None else placed
    habit = each_distinct(_date_habit, countries.tolist())  # a few countries, row after row
    habits = [h if written else None for h, written in zip(habit, place_written, strict=True)]

    def in_local_eras(field: str, values: pd.Series | None = None) -> date_columns.DateColumn:
        """``read_dates``, and in the local calendar of each row's country."""
        values = cells[field] if values is None else values
        read = read_dates(field, values)
        return date_columns.with_local_eras(read, values, countries, orders.get(field), placed)

    def in_local_time(
        read: date_columns.DateColumn, values: pd.Series, col: int | None
    ) -> date_columns.DateColumn:
        """``read`` (the dates of ``values``, the cells of 0-based column ``col``), its UTC
        timestamps the day they fell on where the row is (ot113 F2), said at their cells. Every
        date column: a thank-you sent at 8:30 PM in New York is the next day in UTC too."""
        local, said = utc_times.read_in_local_time(values, read.date_values, countries)
        if col is not None:
            problems.add_at(col, row_dates.quoted(values, said))
        return replace(read, date_values=local)

    # Dates, year-less ones placed by the same row's other dates first.
    parsed = {
        field: in_local_eras(field, as_read(field, cells[field])) for field in ROW_DATE_FIELDS
    }
    # "Applied on 11/2" in the Status of a row whose Date Applied is empty: its applied date
    # (ot115 F8: the row needed info), read as the Date Applied column would read it.
    blank_applied = each("applied_at", lambda value: not cell_text(value)).column().astype(bool)
    applied_said = _applied_in_status(cells["outcome"], blank_applied)
    if applied_said.notna().any():
        order = order_with_texts(
            raw, options, date_cells, "applied_at", applied_said, elsewhere=True
        )
        merged = as_read("applied_at", cells["applied_at"]).where(applied_said.isna(), applied_said)
        with_status = date_columns.parse_date_column(merged, epoch_1904=raw.epoch_1904, order=order)
        parsed["applied_at"] = date_columns.with_local_eras(
            with_status, merged, countries, order, placed
        )
    parsed = {
        field: in_local_time(read, cells[field], raw.mapping.get(field))
        for field, read in parsed.items()
    }
    stages = None
    # The interview in Interview Date when the Status names the next round (below), else NaT.
    earlier_interview = np.full(len(index), row_dates.NAT)
    # The rows whose interview date the Status alone gives ("Phone 11/24", Interview Date
    # empty): their round's words say its kind when no Interview Type does (below).
    dated_by_status = np.zeros(len(index), dtype=bool)
    # How a date the Status gives the interview was read when either order reads it, else ''.
    status_read = np.full(len(index), "", dtype=object)
    # The rows whose Status says the interview in Interview Date was put off (below); none on a
    # tracker whose interview dates are its stage columns'.
    put_off = np.zeros(len(index), dtype=bool)
    if raw.stages and "interview_at" not in raw.mapping:
        stages = row_dates.stage_columns(raw, orders.get(STAGES), countries, placed)
        stage_cells = raw.stage_cells
        assert stage_cells is not None  # a tracker with stage columns holds their cells
        stages = {col: in_local_time(read, stage_cells[col], col) for col, read in stages.items()}

    def same_row(*excluded: str) -> np.ndarray:
        others = [c.date_values for f, c in parsed.items() if f not in excluded]
        if stages is not None and "stages" not in excluded:
            others += [c.date_values for c in stages.values()]
        return row_dates.row_anchor(others, len(index))

    if stages is not None:
        interview_dates, stage_types, no_stage_date, undated, typo = row_dates.latest_stages(
            raw, problems, stages, same_row("interview_at", "stages"), as_of
        )
        no_interview = np.full(len(index), no_stage_date, dtype=object)
        # A stage date that is a typo is said at its own cell (``latest_stages``); its row
        # needs info, as with the same cell in an Interview Date column.
        unreadable = undated | typo
        # A stage marked without a date is no unreadable date (``needs_info_if_open``).
        marks_only = undated & ~typo
        implausible = np.full(len(index), None, dtype=object)
    else:
        stage_types = None
        undated = marks_only = np.zeros(len(index), dtype=bool)
        interview_dates, reasons = row_dates.years_from_row_or_neighbours(
            parsed["interview_at"], same_row("interview_at"), as_of, row_dates.INTERVIEW_AHEAD
        )
        # A year-less date no dated cell places (a tracker where nobody wrote a year, "11/20")
        # is placed as a Status's is, nearest the run's date (ot119 F13: every row needed info).
        interview_dates, reasons = row_dates.nearest_the_run(
            parsed["interview_at"], interview_dates, reasons, as_of, row_dates.INTERVIEW_AHEAD
        )
        reasons = row_dates.relative_dates(cells["interview_at"], reasons)
        reasons = row_dates.moved_notes(cells["interview_at"], reasons)
        problems.add("interview_at", row_dates.quoted(cells["interview_at"], reasons))
        unreadable = pd.notna(reasons) & np.isnat(interview_dates)
        implausible = row_dates.plausibility(interview_dates, as_of, "interview")
        problems.add("interview_at", row_dates.quoted(cells["interview_at"], implausible))
        no_interview = (
            _no_date(raw, "interview_at")
            if "interview_at" in raw.mapping
            else np.full(len(index), "", dtype=object)
        )
        # "Phone screen 1/20" with no interview date of its own: the stage cell's date is the
        # interview's (ot83 F10), said at the stage cell. A date after the row's own interview
        # ("Onsite 11/24" beside a phone screen on 11/10) is the next round's: the row is at
        # that round now, its follow-ups that round's (ot108 F5). A closed row's story dates
        # its last round ("Phone 11/3 -> onsite 11/17 -> rejected 11/19": the onsite), the
        # networking check-in counted from it (ot115 F10: "no interview, so no networking").
        blank = each("interview_at", lambda value: not cell_text(value)).column().astype(bool)
        outcomes = np.asarray(out["outcome"], dtype=object)
        in_stage = (blank | ~np.isnat(interview_dates)) & (outcomes == "interviewing")
        in_stage |= blank & np.isin(outcomes, list(CLOSED_WITHOUT_OFFER))
        if in_stage.any():
            status = _status_dates(
                raw,
                options,
                date_cells,
                cells["outcome"].where(in_stage).map(_stage_part),
                (countries, placed),
                interview_dates,
                row_dates.row_anchor([interview_dates, same_row("interview_at")], len(index)),
                as_of,
                habits,
            )
            texts, stage_order, stage_dates, stage_years = (
                status.texts,
                status.order,
                status.days,
                status.years,
            )
            stage_dates[pd.notna(row_dates.plausibility(stage_dates, as_of, "interview"))] = (
                row_dates.NAT
            )
            if as_of is not None:  # a closed row's story has happened: its days are past
                told = blank & np.isin(outcomes, list(CLOSED_WITHOUT_OFFER))
                told &= pd.notna(status.parsed.month_day_values)
                stage_dates, stage_years = row_dates.in_the_past(
                    stage_dates, stage_years, told, as_of
                )
            # A date on or before the row's interview is that one's, or an earlier round's;
            # and a tracker with a row per round has the next round on its own row.
            # "moved to 24/11" beside the Interview Date it was moved from: the same round on
            # its new day, earlier or later, not a next round (fx344: "the next round").
            moved = in_stage & ~blank & ~np.isnat(stage_dates) & (stage_dates != interview_dates)
            for i in np.flatnonzero(moved):
                day = pd.Timestamp(interview_dates[i]).date()
                moved[i] = row_dates.moved_from(cells["outcome"].iat[i], day)
            moved_from = np.where(moved, interview_dates, row_dates.NAT)
            next_round = in_stage & ~blank & ~moved & (stage_dates > interview_dates)
            # "Onsite 12/2" that no order settles, a next round either way: asked (below).
            either_way = in_stage & status.both_ways
            either_way &= blank | (status.earlier_reading > interview_dates)
            if (next_round | either_way).any():
                on_a_row = _next_round_on_a_row(raw, cells, out, interview_dates)
                next_round &= ~on_a_row
                either_way &= blank | ~on_a_row
            found = in_stage & ~np.isnat(stage_dates) & (blank | next_round | moved)
            earlier_interview = np.where(next_round, interview_dates, row_dates.NAT)
            dated_by_status = found & blank
            interview_dates = np.where(found, stage_dates, interview_dates)
            read_there = np.full(len(index), None, dtype=object)
            header = header_of(raw, "interview_at") if "interview_at" in raw.mapping else None
            where = f'write it in "{header}"' if header else "add an Interview Date column"
            # A day-first row's "05/01/2027" read US month/day as the rows' countries disagree
            # says how its own country reads it, as in the Interview Date column (ot98 F9).
            against = read_against_own_country(
                texts,
                np.where(found, stage_dates, row_dates.NAT),
                stage_order,
                countries,
                where=f' in "{header}"' if header else " in an Interview Date column",
            )
            year_less = pd.notna(status.parsed.month_day_values)
            for i in np.flatnonzero(found):
                day = pd.Timestamp(stage_dates[i])
                # Either order reads "05/01/2027": say which was taken, and why; the Why too.
                row_order = status.orders[i]
                how = None if row_order is None else row_order.reading(texts.iat[i], day)
                status_read[i] = _read_in_status(texts.iat[i], how, header_of(raw, "outcome"))
                # A year-less date says the year it was given, as in a date column (ot111 F9).
                year = f'; "{texts.iat[i]}" {stage_years[i]}' if year_less[i] else ""
                tail = f"{f', {how}' if how else ''}{year}; {where} if that is wrong"
                if against is not None and against[i] is not None:
                    tail = against[i]
                read_there[i] = (
                    f"{shown(cells['outcome'].iat[i])}: the interview date read from it, "
                    f"{day:%a %Y-%m-%d}{tail}"
                )
                if moved[i]:
                    read_there[i] = (
                        f"{shown(cells['outcome'].iat[i])}: the day the interview was moved to "
                        f"read from it, {day:%a %Y-%m-%d}{f', {how}' if how else ''}{year}; "
                        f'"{header}" has {pd.Timestamp(moved_from[i]):%a %Y-%m-%d}, the day it '
                        "was moved from: write the new day there"
                    )
                if next_round[i]:
                    read_there[i] = (
                        f"{shown(cells['outcome'].iat[i])}: the next round read from it, "
                        f"{day:%a %Y-%m-%d}{f', {how}' if how else ''}, after the interview "
                        f'in "{header}" ({pd.Timestamp(earlier_interview[i]):%a %Y-%m-%d}): '
                        f"the follow-ups are that round's; {where}, or give that round a row "
                        "of its own, so that it stays when the Status changes"
                    )
            for i in np.flatnonzero(either_way):
                read_there[i] = _read_either_way(
                    shown(cells["outcome"].iat[i]),
                    texts.iat[i],
                    _order_unsettled(stage_order, countries[i] if place_written[i] else None),
                    "" if place_written[i] else _place_wanted(raw),
                )
            # "Rescheduled", "Interview cancelled - new date TBD", "Zoom 11/18 - rescheduled"
            # beside a day in Interview Date that has passed: that day was put off, not held
            # (fx344: its thank-you and check-ins were due); the row needs its new day (below).
            if as_of is not None:
                put_off = in_stage & ~blank & ~found & (outcomes == "interviewing")
                put_off &= interview_dates < np.datetime64(as_of + dt.timedelta(days=1), "ns")
                put_off &= np.isnat(stage_dates)
                for i in np.flatnonzero(put_off):
                    day = pd.Timestamp(interview_dates[i]).date()
                    put_off[i] = row_dates.says_put_off(cells["outcome"].iat[i], day)
            # "Zoom 11/24 - rescheduled": the round was not held that day, so its date is not
            # read (fx300); said, as the row goes on without it.
            for i in np.flatnonzero(in_stage & ~found & ~put_off & (outcomes == "interviewing")):
                moved = row_dates.date_not_held(cells["outcome"].iat[i])
                if moved is not None and read_there[i] is None:
                    read_there[i] = (
                        f'{shown(cells["outcome"].iat[i])}: "{moved}" is not read as the '
                        "interview's day, as the note after it says the round was not held "
                        f"then; once its new day is known, {where}"
                    )
            # "Onsite 31.11." beside an Interview Date: a date no order reads is no round's, and
            # the row keeps its interview; said (fx309: it was dropped without a word). Without
            # one, no interview date is read from it, said beside the date asked for (fx312:
            # only that was said).
            no_day = in_stage & ~found & (outcomes == "interviewing")
            no_day &= status.parsed.problem_values == dates.NOT_A_DATE
            for i in np.flatnonzero(no_day):
                if read_there[i] is None:
                    read_there[i] = (
                        f'{shown(cells["outcome"].iat[i])}: "{texts.iat[i]}" is no day of the '
                        "calendar, so "
                        + (
                            f"no interview date is read from it; fix the date, or {where}"
                            if blank[i]
                            else "no round is read from it and the follow-ups are the "
                            f'interview\'s in "{header}"; fix the date if a round is planned'
                        )
                    )
            unreadable |= either_way
            problems.add("outcome", read_there)
    applied_dates, reasons = row_dates.years_from_row_or_neighbours(
        parsed["applied_at"],
        row_dates.row_anchor([interview_dates, same_row("applied_at")], len(index)),
        as_of,
    )
    reasons = row_dates.relative_dates(cells["applied_at"], reasons)
    # As the interview's (above), and as "Applied on 11/2" in the Status is read.
    applied_dates, reasons = row_dates.nearest_the_run(
        parsed["applied_at"], applied_dates, reasons, as_of
    )
    said_applied = applied_said.notna().to_numpy()
    if said_applied.any():
        problems.add(
            "outcome",
            _applied_read_there(raw, cells["outcome"], applied_said, applied_dates, reasons),
        )
        reasons = reasons.copy()
        reasons[said_applied] = None  # said at the Status (above)
    problems.add("applied_at", row_dates.quoted(cells["applied_at"], reasons))
    applied_unreadable = pd.notna(reasons) & np.isnat(applied_dates)
    applied_implausible = row_dates.plausibility(applied_dates, as_of, "application")
    future = row_dates.after_as_of(applied_dates, ahead_of)
    # The latest day a date refused as not yet come counts from (a typo, 2062, from none).
    counts_on = pd.notna(future) & pd.isna(applied_implausible)
    ahead_on = np.where(counts_on, _days_of(applied_dates), row_dates.NAT)
    out["applied_ahead"] = ahead_on.copy()  # (ahead_on takes later dates below)
    applied_implausible = np.where(pd.notna(applied_implausible), applied_implausible, future)
    problems.add("applied_at", row_dates.quoted(cells["applied_at"], applied_implausible))
    interview_dates = np.where(pd.notna(implausible), row_dates.NAT, interview_dates)
    applied_dates = np.where(pd.notna(applied_implausible), row_dates.NAT, applied_dates)
    unreadable |= pd.notna(implausible)
    applied_unreadable |= pd.notna(applied_implausible)
    if raw.date_by_own_stage:
        interview_dates, applied_dates = _applied_by_own_stage(
            cells["outcome"], interview_dates, applied_dates, as_of
        )
    out["interview_date"], out["applied_date"] = interview_dates, applied_dates
    out["earlier_interview"] = earlier_interview
    out["status_date_read"] = status_read

    interviewed = each("interviewed", read_interviewed)
    marked_yes = interviewed.column(lambda r: r[0]) == True  # noqa: E712 (elementwise)
    problems.add("interviewed", interviewed.reasons(lambda r: r[1]))
    applied_mark = each("applied", read_interviewed)
    problems.add("applied", applied_mark.reasons(lambda r: r[1]))
    stage = _stage_by_applied_mark(
        np.array(out["outcome"], dtype=object), applied_mark.column(lambda r: r[0])
    )
    # A yes in Interviewed says the row got to the interviewing stage, whatever its stage word.
    # So does a wide tracker's stage column marked yes (``latest_stages``).
    stage[(marked_yes | undated) & np.isin(stage, list(APPLIED_STAGES))] = "interviewing"
    # A filled Offer Date (Huntr's export) says an offer came: an open row is closed with it;
    # a written rejection or withdrawal (an offer declined or withdrawn) stands.
    # In the row's local calendar, as the other date columns are (ot94 F6, ot97).
    row_places = [
        pd.Series(countries, index=index, dtype=object),
        pd.Series(np.zeros(len(index), dtype=bool) if placed is None else placed, index=index),
    ]
    # In the column's order, as the other date columns' cells are (fx198: each cell was read
    # alone, "5/1/2027" on a British tracker 1 May, an offer still to come).
    offer_order = (
        date_orders_given(raw, options, {**date_cells, "offered": cells["offered"]}).get("offered")
        if "offered" in cells
        else None
    )
    offered, _ = distinct_rows(
        [cells["offered"], *row_places],
        lambda value, country, placed_here: read_offered(
            value,
            as_of,
            country if isinstance(country, str) else None,
            bool(placed_here),
            None if offer_order is None else offer_order.dayfirst_for(value),
        ),
        [cells.groups("offered"), *map(date_columns.type_groups, row_places)],
    )
    offer_came = offered.column(lambda r: r[0]) == True  # noqa: E712 (elementwise)
    # An offer dated before the row's interview contradicts it: one of the two dates is
    # wrong. The offer still closes the row (it came), and the row says which dates disagree.
    offer_dates = pd.to_datetime(offered.column(lambda r: r[2])).to_numpy("datetime64[ns]")
    early = offer_came & (offer_dates < interview_dates)
    problems.add("offered", offered.reasons(lambda r: r[1]))
    if early.any():
        disagree = np.full(len(index), None, dtype=object)
        disagree[early] = [
            f"{pd.Timestamp(o):%a %Y-%m-%d} is before the interview on "
            f"{pd.Timestamp(i):%a %Y-%m-%d}; read as an offer — check which date is right"
            for o, i in zip(offer_dates[early], interview_dates[early], strict=True)
        ]
        problems.add("offered", disagree)
    stage[offer_came & ~np.isin(stage, list(CLOSED))] = "offer"
    stage[_saved_posting(cells, stage, interview_dates, applied_dates)] = NOT_APPLIED
    noted = _company_noted(raw, cells, stage, interview_dates, applied_dates)
    stage[noted] = NOT_APPLIED
    out["outcome"] = stage
    # "Applied" on a row with an interview says nothing of it: the interview is the stage.
    out["status_as_read"] = status_as_read(
        raw,
        stage,
        unread_words["outcome"]
        | (stage != status_readings)
        | ((stage == "applied") & ~np.isnat(interview_dates)),
    )
    if noted.any():
        lines = np.asarray(out["status_as_read"], dtype=object).copy()
        lines[noted] = _company_noted_line(raw)
        out["status_as_read"] = lines
    put_off &= (stage == "interviewing") & ~np.isnat(interview_dates)
    if put_off.any():
        put_off_said = _put_off(raw, cells["outcome"], interview_dates, put_off)
        problems.add("outcome", put_off_said.problems)
        lines = np.asarray(out["status_as_read"], dtype=object)
        out["status_as_read"] = np.where(put_off, put_off_said.lines, lines)
        needs_info |= put_off
    not_held = np.where(put_off, row_dates.PUT_OFF, "").astype(object)
    # A no-show beside a day that has passed ("interviewer no-show", "candidate no show"): the
    # interview of that day did not take place (fx361: a thank-you and check-ins were counted
    # from it), and Problems says what to do, by whose no-show it was.
    if as_of is not None and "outcome" in raw.mapping:
        no_show = unread_words["outcome"] & ~np.isnat(interview_dates)
        no_show &= interview_dates < np.datetime64(as_of + dt.timedelta(days=1), "ns")
        kinds = np.asarray(each("outcome", row_dates.no_show_kind).column(), dtype=object)
        no_show &= kinds != ""
        if no_show.any():
            not_held[no_show] = kinds[no_show]
            problems.add_at(
                raw.mapping["outcome"],
                _no_show_problems(raw, cells["outcome"], interview_dates, kinds, no_show),
                replace=True,
            )
    out["interview_not_held"] = not_held
    # "Rescheduled" beside an Interview Date: the day the interview was moved to, held once it
    # has passed (fx352: it needed info); the Why names the day read, for a person to check.
    moved = (stage == "interviewing") & ~np.isnat(interview_dates) & ~put_off
    moved &= each("outcome", row_dates.moved_without_a_day).column().astype(bool)
    if moved.any():
        lines = np.asarray(out["status_as_read"], dtype=object)
        out["status_as_read"] = np.where(
            moved, _moved_lines(raw, cells["outcome"], interview_dates, moved), lines
        )
    # A closed row without an interview date whose Status names the interview it ended after
    # ("Rejected after onsite"): its Why says so, not that there was none (ot108 F7).
    out["undated_interview_named"] = (
        np.isin(stage, list(CLOSED_WITHOUT_OFFER))
        & np.isnat(interview_dates)
        & each("outcome", names_an_interview).column().astype(bool)
    )
    contradicted = _interview_the_stage_denies(raw, cells["outcome"], stage, interview_dates, as_of)
    problems.add("interview_at", row_dates.quoted(cells["interview_at"], contradicted))
    needs_info |= pd.notna(contradicted)
    # A yes among the dates of the applied column (``roles._marks_among_applied_dates``).
    applied_yes = applied_mark.column(lambda r: r[0]) == True  # noqa: E712 (elementwise)
    missing, asking = _missing_dates(
        raw,
        stage,
        # A bad cell is reported as such, not as a missing date.
        np.isnat(interview_dates) & ~unreadable,
        np.isnat(applied_dates) & ~applied_unreadable,
        marked_yes,
        no_interview,
        applied_yes & ("applied" not in raw.mapping),
        each("outcome", row_dates.moved_or_put_off).column().astype(bool),
    )
    # The lines asking when an interview the row says happened was: a later interview of the
    # application, once linked, answers them (``rounds.answer_asked_dates``).
    asked = np.full(len(index), "", dtype=object)
    for col, reasons in missing.items():
        problems.add_at(col, reasons)
        here = asking & pd.notna(reasons)
        if here.any():
            refs = column_refs(raw, col, index[here])
            asked[here] = [f"{ref}: {r}" for ref, r in zip(refs, reasons[here], strict=True)]
    needs_info |= (unreadable & ~marks_only) | (applied_unreadable & np.isnat(interview_dates))
    for reasons in missing.values():
        needs_info |= pd.notna(reasons) & ~asking

    def drop_implausible(
        field: str, dates: np.ndarray, what: str, not_ahead: str | None = None
    ) -> np.ndarray:
        """The dates, a typo (1926, 2062) blanked and reported; its row needs info. With
        ``not_ahead`` (what cannot happen in the future), so is a date after the as-of date."""
        reasons = row_dates.plausibility(dates, as_of, what)
        if not_ahead is not None:
            ahead = row_dates.after_as_of(dates, ahead_of, not_ahead)
            # A typo (2062) is refused on any day: no day it counts from.
            later = pd.isna(reasons) & pd.notna(ahead) & ~(_days_of(dates) <= ahead_on)
            ahead_on[later] = _days_of(dates)[later]  # (NaT compares false)
            reasons = np.where(pd.notna(reasons), reasons, ahead)
        bad = pd.notna(reasons)
        if not bad.any():
            return dates
        problems.add(field, row_dates.quoted(cells[field], reasons))
        needs_info[bad] = True
        return np.where(bad, row_dates.NAT, dates)

    def applied_cells(at: np.ndarray) -> list[str]:
        """The applied-date cells of the rows ``at`` (positions), as the user sees them."""
        if "applied_at" not in raw.mapping:  # a wide tracker's stage column dated it
            return [""] * len(at)
        if raw.kind == "xlsx":
            return column_refs(raw, raw.mapping["applied_at"], index[at])
        return [f'"{header_of(raw, "applied_at")}"'] * len(at)

    def drop_before_applied(field: str, dates: np.ndarray, consequence: str) -> np.ndarray:
        """The dates, one on a day before the row's applied date blanked and reported."""
        reasons = row_dates.before_applied(dates, applied_dates, applied_cells, consequence)
        reasons = row_dates.with_reading(cells[field], dates, reasons, orders.get(field))
        problems.add(field, row_dates.quoted(cells[field], reasons))
        return np.where(pd.notna(reasons), row_dates.NAT, dates)

    def say_before_interview(field: str, dates: np.ndarray, consequence: str) -> np.ndarray:
        """Report each date on a day before the row's interview; the reasons, None elsewhere."""
        reasons = row_dates.before_interview(dates, interview_dates, consequence)
        reasons = row_dates.with_reading(cells[field], dates, reasons, orders.get(field))
        problems.add(field, row_dates.quoted(cells[field], reasons))
        return reasons

    def drop_before_interview(field: str, dates: np.ndarray, consequence: str) -> np.ndarray:
        """The dates, one on a day before the row's interview blanked and reported: it cannot
        be this interview's. The row is scheduled without it."""
        reasons = say_before_interview(field, dates, consequence)
        return np.where(pd.notna(reasons), row_dates.NAT, dates)

    # Free text and lists.
    # "Chen, Maya" is Maya Chen: one client, signing "Maya Chen", whichever way a row has her.
    # A study programme among the names ("MSc CS" beside "Maya Chen") names nobody (fx216).
    programmes = "client" in raw.mapping and (
        header_key(raw.headers[raw.mapping["client"]]) not in raw.mapped_by_user
    )
    read_client = each("client", partial(client_or_programme, programmes=programmes))
    client = read_client.column(lambda r: r[0])
    problems.add("client", read_client.reasons(lambda r: r[1]))
    out["client"] = np.where(client == "", raw.default_client, client)
    for field in ("industry", "topic", "value_add"):
        out[field] = each(field, cell_text).column()
    out["topic"] = quoted_topics(raw, np.asarray(out["topic"], dtype=object))
    if notes_column(raw) is None:  # a Notes column is never quoted: nothing is left out
        problems.add("topic", each("topic", topic_left_out).reasons(lambda r: r))
    # The row's company written in its Interviewer cell is nobody ("Dana Ortiz, Recruiter, Acme").
    interviewer_cells = each("interviewer", lambda value: value)
    # A "Vero" or "Sim" alone is a person, but in a column of yes/no marks: said on its row
    # when the column names people too ("Vero", "Marco Rossi", "vero").
    mark = marks_column(interviewer_cells.results)
    marks = mark is not None
    if marks and names_beside_marks(interviewer_cells.results):
        header = header_of(raw, "interviewer") if raw.kind == "xlsx" else None
        problems.add(
            "interviewer",
            interviewer_cells.reasons(partial(read_as_a_yes, mark=mark, header=header)),
        )
    read_interviewers = per_company(
        interviewer_cells, out["company"], partial(read_names, marks=marks)
    )
    names = read_interviewers.column(lambda r: r[0])
    not_names = read_interviewers.reasons(lambda r: r[1])
    read_addresses = each("interviewer_email", read_emails)
    emails = read_addresses.column(lambda r: r[0])
    email_problems = read_addresses.reasons(lambda r: r[1])
    if raw.email_links:
        email_problems = linked_addresses(raw, cells["interviewer_email"], emails, email_problems)
    problems.add("interviewer_email", email_problems)
    # An Interviewer cell written as an address book writes it ("Dana Ortiz <dana@acme.com>")
    # gives the addresses, when the row has none of its own.
    read_written = each("interviewer", addresses_in_names)
    written = read_written.column(lambda r: r[0])
    problems.add("interviewer", read_written.reasons(lambda r: r[1]))
    for i in np.flatnonzero([bool(w) and not e for w, e in zip(written, emails, strict=True)]):
        emails[i] = written[i]
    named_apart(cells["interviewer"], out["company"], names, emails, marks)
    # Addresses written among the names go to the name written with them, or the one their
    # local part names, never by position ("tom@initech.com and Ana Lima": not Ana's).
    owners = np.full(len(index), None, dtype=object)
    texts = cells["interviewer"].to_numpy(dtype=object)
    seen: dict[tuple[object, tuple[str, ...]], tuple[int, ...]] = {}
    for i in np.flatnonzero([bool(w) and w is e for w, e in zip(written, emails, strict=True)]):
        if names[i]:
            cell = (texts[i], tuple(names[i]))
            if cell not in seen:
                seen[cell] = written_with(texts[i], names[i], emails[i])
            owners[i] = seen[cell]
    # Said of a cell its addresses have not made a name of ("Paul: great chat" beside paul@).
    if not_names is not None:
        not_names[[bool(n) for n in names]] = None
    problems.add("interviewer", not_names)
    # "Ann Roe; Bob Li" beside "ann@acme.com": Bob's draft has no To address; "Dana Ortiz"
    # beside "dana@acme.com; bob@acme.com": bob@ is left off Dana's draft. Said where the
    # addresses were written.
    left = np.full(len(index), None, dtype=object)
    glued = np.full(len(index), None, dtype=object)  # one name read for several people
    said: dict[tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...] | None], str | None] = {}
    for i in np.flatnonzero([bool(n) and bool(e) for n, e in zip(names, emails, strict=True)]):
        key = (tuple(names[i]), tuple(emails[i]), owners[i])
        if key not in said:
            said[key] = unpaired(*key)
        left[i] = said[key]
        if owners[i] is None and len(names[i]) == 1:
            glued[i] = one_name_for_several(names[i], emails[i])
    problems.add("interviewer", glued)
    if pd.notna(left).any():
        from_names = np.array(
            [bool(w) and w is e for w, e in zip(written, emails, strict=True)], dtype=bool
        )
        on_names = left.copy()
        on_names[~from_names], left[from_names] = None, None
        problems.add("interviewer_email", left)
        problems.add("interviewer", on_names)
    out["greeted_in_status"] = _round_people(
        cells["outcome"], out["company"], earlier_interview, names, emails, owners
    )
    out["interviewers"], out["interviewer_emails"] = names, emails
    out["interviewer_email_owners"] = owners
    if stage_types is not None:
        # The stage whose date is the interview says what kind of interview it was.
        out["interview_type"] = stage_types.where(stage_types.notna(), out["interview_type"])

    rounds = each("round", read_round)
    out["round"] = pd.array(list(rounds.column(lambda r: r[0])), dtype="Int64")
    problems.add("round", rounds.reasons(lambda r: r[1]))
    # A Round of "Final" is the final stage when the row does not say what kind of interview
    # it was (a written type, or a wide tracker's stage column, is kept).
    final_round = each("round", says_final_round).column() == True  # noqa: E712 (elementwise)
    untyped = each("interview_type", _unwritten).column() == True  # noqa: E712
    if typed_by_stage:
        untyped &= each("outcome", stage_type).column() == None  # noqa: E711 (elementwise)
    if stage_types is not None:
        untyped &= stage_types.isna().to_numpy()
    by_round = final_round & untyped
    out["interview_type"] = np.where(
        by_round, "final", np.asarray(out["interview_type"], dtype=object)
    )
    # The next round a Status names is of the kind its words say ("Final round Nov 24"; none:
    # "2nd round Tue 11/24"; "Phone done, in person 11/24": onsite), not of the kind of the
    # interview in Interview Date. So is the interview the Status alone dates when no
    # Interview Type says its kind ("Phone 11/24": a phone screen, its thank-you the same day;
    # fx309), where its words name one (a Round of "Final" is kept).
    next_round = ~np.isnat(earlier_interview)
    if (next_round | dated_by_status & untyped).any():
        kinds = each("outcome", lambda value: row_dates.round_kind(_stage_part(value))).column()
        named = dated_by_status & untyped & (kinds != "other")
        out["interview_type"] = np.where(
            next_round | named, kinds, np.asarray(out["interview_type"], dtype=object)
        )
    # For the rounds rule the last round is higher than any number: a later row is another
    # application only after it, as after an equal number.
    round_rank = np.where(
        final_round,
        MAX_ROUND + 1,
        np.asarray(out["round"].fillna(0), dtype=np.int64),  # type: ignore[attr-defined]
    )

    # "by December 15", "avant le 15 décembre": the date after the deadline word. Read in the
    # row's local calendar as the other date columns are ("20/01/2570" and "20/01/70" on a Thai
    # row, "116/02/01" on a Taiwanese one, after a label too: "Recruiter: 27/01/70"; ot94 F6).
    after_deadline = row_dates.after_deadline_words(cells, "stated_decision")
    read_decision = row_dates.stated_decision(
        cells,
        in_local_time(
            in_local_eras("stated_decision"),
            cells["stated_decision"],
            raw.mapping.get("stated_decision"),
        ),
        interview_dates,
        None if after_deadline is None else in_local_eras("stated_decision", after_deadline),
    )
    decision, within, week, phrases, named_days, holidays_named, decision_reasons = read_decision
    problems.add("stated_decision", decision_reasons)
    # A decision date the Status gives ("offer expected 11/25") is the stated one when no
    # Decision Date cell says one (ot115 F5); a filled cell wins, and a disagreement is said.
    from_status = _decisions_in_status(
        raw, options, cells, date_cells, (countries, placed), interview_dates
    )
    decision_cell = each("stated_decision", lambda value: bool(cell_text(value))).column()
    in_status = ~np.isnat(from_status) & ~decision_cell.astype(bool)
    decision = np.where(in_status, from_status, decision)
    problems.add("outcome", _decision_disagrees(raw, cells["outcome"], from_status, decision))
    out["decision_in_status"] = in_status
    decision = drop_implausible("stated_decision", decision, "decision")
    # A decision before the interview is likely a typo. It is kept, as DESIGN §3 reads it (1 bd
    # after it, never before 1 bd after the interview: a decision already stated), and said
    # (ot93 F1); the drafts do not quote it back.
    early = (
        f"the 1st check-in counts {_business_days(_decision_wait_bd(rules))} from the "
        "interview, as for a decision already stated; fix the date if it is a typo"
    )
    decision = np.where(
        _earlier_rounds(decision, earlier_interview, interview_dates), row_dates.NAT, decision
    )
    say_before_interview("stated_decision", decision, early)

    out["decision_date"], out["decision_within_bd"] = decision, within
    out["decision_week"] = week
    out["decision_phrase"] = phrases

    not_sent = (
        "not counted as sent for this interview; fix the date, or clear it if it was sent for "
        "an earlier round"
    )
    # The steps whose sent date is after the run's date (a typo, or a plan): not counted as
    # sent, the row needs info, and its Why says the date is in the future (fx155).
    sent_ahead = np.full(len(index), "", dtype=object)
    # The steps done another way than their message ("left voicemail"), which the Why names.
    sent_elsewhere = np.full(len(index), "", dtype=object)
    # The steps marked sent without a date on a row whose Status names the next round: the
    # earlier interview's marks (``_marks_of_the_earlier_round``), which the Why names.
    earlier_round_marks = np.full(len(index), "", dtype=object)

    def not_sent_ahead(stem: str, typed: np.ndarray, kept: np.ndarray) -> np.ndarray:
        """Where ``typed``, dropped as after the as-of date, leaves ``kept`` blank."""
        if ahead_of is None:
            return np.zeros(len(index), dtype=bool)
        days = np.asarray(typed, dtype="datetime64[ns]").astype("datetime64[D]")
        ahead = np.isnat(kept) & (days > np.datetime64(ahead_of, "D"))  # NaT compares false
        _name_step(sent_ahead, stem, ahead)
        return ahead

    def mark_order(field: str) -> Callable[[pd.Series], date_columns.DateOrder | None]:
        """The order of ``field``'s dates with those after its yes-marks in it ("x 13/1" on a
        British tracker is 13 January; fx198), as a Status cell's dates are read."""
        return lambda notes: order_with_texts(raw, options, date_cells, field, notes)

    for field in fields.SENT_FIELDS:
        sent, done, reasons, elsewhere = row_dates.sent(
            cells,
            field,
            parsed[field],
            interview_dates,
            "nearest the interview date",
            as_of,
            mark_order(field),
            habits,
        )
        stem = field.removesuffix("_sent")
        problems.add(field, reasons)
        _name_step(sent_elsewhere, stem, elsewhere)
        typed = sent
        sent = drop_implausible(field, sent, "sent", "a message cannot be sent")
        done &= ~not_sent_ahead(stem, typed, sent)
        earlier_round = _earlier_rounds(sent, earlier_interview, interview_dates)
        sent, done = np.where(earlier_round, row_dates.NAT, sent), done & ~earlier_round
        undated_earlier = _marks_of_the_earlier_round(typed, done, earlier_interview)
        _name_step(earlier_round_marks, stem, undated_earlier)
        done &= ~undated_earlier
        kept = drop_before_interview(field, sent, not_sent)
        done &= ~(np.isnat(kept) & ~np.isnat(sent))
        out[f"{stem}_sent"], out[f"{stem}_done"] = kept, done
    # A thank-you the Status says was sent ("Thank you sent 11/17, waiting", "TY sent"; ot111
    # F10: it was drafted again) is sent, on the date after it, as its Sent column's mark says;
    # a follow-up said sent there with its date ("Followed up 11/18", "chased 18/11") is one
    # under "Followed up" (below); a check-in ("checked in 11/18") on or after the interview
    # is the next check-in, before it the application's; two said sent ("Chased twice") are
    # the check-ins after the interview, or the application's before one. The Why says the
    # Status said it.
    in_status, status_dates = _sent_in_status(
        raw, options, cells, date_cells, (countries, placed), interview_dates, applied_dates, as_of
    )
    thanked_before = np.asarray(out["thank_you_done"], dtype=bool)
    thanked = (in_status == "thank_you") & ~thanked_before
    thanked_on = np.where(status_dates >= interview_dates, status_dates, row_dates.NAT)
    out["thank_you_sent"] = np.where(thanked, thanked_on, np.asarray(out["thank_you_sent"]))
    out["thank_you_done"] = thanked_before | thanked
    twice = in_status == "check_in_2"
    said_twice = _checked_in_twice(out, twice & ~np.isnat(interview_dates))
    named = in_status == "check_in_1"
    after = named & (status_dates >= interview_dates)  # NaT compares false
    said_checked = _checked_in(out, after, status_dates)
    in_status = np.where(named & ~after, "application_check_in", in_status)
    sent, done, reasons, elsewhere = row_dates.sent(
        cells,
        "application_check_in_sent",
        parsed["application_check_in_sent"],
        applied_dates,
        "nearest the applied date",
        as_of,
        mark_order("application_check_in_sent"),
        habits,
    )
    problems.add("application_check_in_sent", reasons)
    _name_step(sent_elsewhere, "application_check_in", elsewhere)
    problems.add(
        "application_check_in_sent", _unnamed_marks(cells, raw, sent, done, interview_dates)
    )
    planned = _planned_follow_ups(raw, sent, as_of)
    sent, done = np.where(planned, row_dates.NAT, sent), done & ~planned
    typed = sent
    sent = drop_implausible("application_check_in_sent", sent, "sent", "a message cannot be sent")
    done &= ~not_sent_ahead("application_check_in", typed, sent)
    # Under a bare "Follow up", a date since the interview may be the plan (ot86 F4).
    sent, done, unread = _bare_follow_up_dates(raw, sent, done, interview_dates)
    if unread is not None:
        problems.add(
            "application_check_in_sent",
            row_dates.quoted(cells["application_check_in_sent"], unread),
        )
    # A check-in before the application is a typo in one of the two dates (ot83 F2): the
    # check-in is not counted as sent, so the row is chased rather than moved on unseen.
    early = drop_before_applied(
        "application_check_in_sent",
        sent,
        "not counted as sent (a check-in follows the application); fix whichever date is wrong",
    )
    done &= ~(np.isnat(early) & ~np.isnat(sent))
    sent = early
    # "Follow-up Sent" in the stage column of an application: its check-in went out, undated.
    said = each("outcome", says_followed_up).column() == True  # noqa: E712 (elementwise)
    done = done | (said & np.isnat(interview_dates) & np.isin(stage, list(APPLIED_STAGES)))
    followed = (in_status == "application_check_in") & ~done & ~np.isnat(status_dates)
    followed &= ~(status_dates < applied_dates)  # NaT compares false
    sent, done = np.where(followed, status_dates, sent), done | followed
    # Two follow-ups before an interview: the application's check-in went, undated.
    chased = twice & np.isnat(interview_dates) & ~done
    said_twice[chased], done = "application_check_in", done | chased
    said_twice = np.where(after, said_checked, said_twice)
    out["sent_in_status"] = np.where(thanked | followed, in_status, said_twice)
    out["application_check_in_sent"], out["application_check_in_done"] = application_follow_ups(
        out, sent, done, np.isnat(interview_dates)
    )

    for field in ("networking_sent", "last_reply"):
        parsed_dates, reasons = _near_interview_or_applied(
            parsed[field], interview_dates, applied_dates, as_of
        )
        problems.add(field, row_dates.quoted(cells[field], reasons))
        parsed_dates = drop_implausible(field, parsed_dates, WHAT_DATE[field], NOT_AHEAD[field])
        if field == "last_reply":
            # A reply before the application cannot answer it (ot83 F2): said, not counted.
            parsed_dates = drop_before_applied(
                field,
                parsed_dates,
                "not counted as a reply to the application; fix whichever date is wrong",
            )
        out[field] = parsed_dates
    closed_on = _closed_in_status(
        raw,
        options,
        date_cells,
        cells["outcome"],
        np.asarray(out["outcome"], dtype=object),
        (countries, placed),
        interview_dates,
        row_dates.row_anchor([interview_dates, same_row("interview_at")], len(index)),
        as_of,
        habits,
    )
    # "Rejected 12/20" on a day after the run's: a day that has not come is none the row closed
    # on, and the networking check-in counts from the interview; said (fx352: it was dropped
    # without a word).
    if as_of is not None:
        ahead = closed_on > np.datetime64(as_of)
        if ahead.any():
            closed_as = np.asarray(out["outcome"], dtype=object)
            problems.add(
                "outcome", _closed_ahead(cells["outcome"], closed_as, closed_on, ahead, as_of)
            )
            closed_on = np.where(ahead, row_dates.NAT, closed_on)
    out["closed_in_status"] = closed_on

    out["country"], out["calendar_note"], place_reasons = places
    # "Nagy Péter" in Hungary is Péter Nagy, greeted "Hi Péter," (``name_order``).
    out["interviewers"] = family_names_first(
        np.asarray(out["interviewers"], dtype=object), np.asarray(out["country"], dtype=object)
    )
    for field, reasons in place_reasons.items():
        problems.add(field, reasons)
    # "After Easter": the holiday's last day on the row's own calendar; the rules take the
    # first business day after it as the decision day. "Before Easter": the day before its
    # first day; the rules take the last business day on or before that.
    holiday, before, holiday_phrase, holiday_reasons = row_dates.holidays_named(
        cells, holidays_named, interview_dates, np.asarray(out["country"], dtype=object)
    )
    problems.add("stated_decision", holiday_reasons)
    # "After the New Year holiday" where a Lunar New Year is kept too, "la otra semana" in
    # Spain: no decision day, nor week.
    unplaced = pd.notna(holiday_reasons)
    if unplaced.any():
        stated = np.asarray(out["decision_date"], dtype="datetime64[ns]")
        out["decision_date"] = np.where(unplaced, np.datetime64("NaT", "ns"), stated)
        for column in ("decision_week", "decision_within_bd"):
            kept = pd.array(out[column], dtype="Int64").copy()
            kept[unplaced] = pd.NA
            out[column] = kept
        out["decision_phrase"] = np.where(unplaced, "", np.asarray(out["decision_phrase"]))
    placed = ~np.isnat(holiday)
    if placed.any():
        stated = np.asarray(out["decision_date"], dtype="datetime64[ns]")
        out["decision_date"] = np.where(placed, holiday, stated)
        phrase = np.asarray(out["decision_phrase"], dtype=object)
        out["decision_phrase"] = np.where(placed, holiday_phrase, phrase)
    out["decision_after_holiday"] = placed & ~before
    out["decision_before_holiday"] = before
    # Said of a cell with a problem (``said_at``): a decision Problems says was not read.
    decision_said = (
        problems.said_at(raw.mapping["stated_decision"])
        if "stated_decision" in raw.mapping
        else np.zeros(len(index), dtype=bool)
    )
    out["decision_written"] = _decision_written(
        cells["stated_decision"], named_days, out, decision_said & decision_cell.astype(bool)
    )

    # A date in figures read US month/day only because the rows' countries disagree, on a row
    # whose country writes it day-first: said on that row, not picked silently (fx189); after
    # the other problems of the dates, so a cell they said is not said twice.
    def say_read_against_country(
        field: str,
        values: pd.Series,
        read: np.ndarray,
        col: int | None = None,
        anchors: np.ndarray | None = None,
    ) -> None:
        written = as_read(field, values)
        reasons = read_against_own_country(written, read, orders.get(field), countries, anchors)
        at = raw.mapping.get(field) if col is None else col
        if reasons is None or at is None:
            return
        # A cell already said (a sent date before the interview) says how it was read there;
        # one without a year only said the year it was given (ot98 F8).
        said = problems.said_at(at)
        said[said] = [not _year_less(cell) for cell in written.to_numpy(dtype=object)[said]]
        reasons[said] = None
        problems.add_at(at, row_dates.quoted(values, reasons))

    for field in ROW_DATE_FIELDS:
        say_read_against_country(field, cells[field], parsed[field].date_values)
    say_read_against_country(
        "stated_decision", cells["stated_decision"], decision, anchors=interview_dates
    )
    if stages is not None and raw.stage_cells is not None:
        for col, stage_read in stages.items():
            say_read_against_country(STAGES, raw.stage_cells[col], stage_read.date_values, col)

    for col, reasons in _cell_problems(raw).items():
        problems.add_at(col, reasons, replace=True)
    needs_info |= _interview_date_errors(raw)
    # A tracker's rows of one application hand their follow-ups on to the next interview. A
    # dataset's partition is not the whole dataset, so there each row stands alone.
    if raw.kind == "dataset":
        keys = np.full(len(index), -1, dtype=np.int64)
    else:
        keys = application_keys(out["client"], out["company"], out["position"])
    linked = applications(
        keys,
        interview_dates,
        applied_dates,
        np.asarray(index, np.int64),
        round_rank,
        np.asarray(out["outcome"], dtype=object),
    )
    out["round_rank"] = round_rank
    out["later_interview"], out["later_interview_row"] = linked.later, linked.later_row
    out["later_interview_sheet"] = np.full(len(index), "", dtype=object)
    out["application_outcome"] = linked.outcome
    out["same_interview_row"] = np.zeros(len(index), dtype=np.int64)
    out["same_interview_sheet"] = np.full(len(index), "", dtype=object)
    out["outcome_copy"] = np.full(len(index), "", dtype=object)
    out["outcome_disagrees"] = np.full(len(index), "", dtype=object)
    out["interviewers_elsewhere"] = np.full(len(index), "", dtype=object)
    out["sent_ahead"] = sent_ahead
    out["ahead_on"] = ahead_on
    out["sent_elsewhere"] = sent_elsewhere
    out["earlier_round_marks"] = earlier_round_marks
    problems.add("round", _applied_again_notes(cells["round"], round_rank, linked.again_row))
    problems.add("round", _rounds_out_of_order(index, keys, round_rank, interview_dates))
    broken_rows = _broken_rows_kept(raw)
    needs_info |= index.isin(list(broken_rows))
    # A closed row's stage marked without a date (Onsite "yes" beside "Accepted!") and a
    # missing position change nothing it sends: the row needs info only while it has
    # something to send (``schedule.rules``), its Problems line kept (ot132 F3).
    closed = np.isin(stage, list(CLOSED))
    needs_info |= marks_only & ~closed
    # Without an interview, a missing position changes nothing at all: the application
    # check-in is drafted for "the role at" the company, the Problems line kept (ot144 F3: a
    # tracker filled from confirmation emails that named no role lost every check-in). An
    # interviewed row's position says which rounds are one application's.
    if_open = (missing_text["position"] & ~np.isnat(interview_dates)) | (marks_only & closed)
    out["needs_info_if_open"] = if_open & ~needs_info & (asked == "")
    needs_info |= if_open
    out["needs_info_otherwise"] = needs_info
    out["needs_info"] = needs_info | (asked != "")
    out["asked_interview_date"] = asked
    if "position" not in raw.mapping:
        # A log of applications without a Position column (``is_application_log``): a row
        # interviewed says what it lacks, beside its company (ot145 F6).
        interviewed = missing_text["position"] & ~np.isnat(interview_dates)
        position_said = np.full(len(index), None, dtype=object)
        position_said[interviewed] = NO_POSITION_COLUMN
        problems.add_at(raw.mapping["company"], position_said)
    row_problems = problems.lists()
    for row, line in broken_rows.items():  # the one line a tracker says, not one per cell
        row_problems.at[row] = [line]
    out["problems"] = row_problems
    columns = {name: _column(out[name], index, dtype) for name, dtype in NORMALISED_COLUMNS.items()}
    frame = pd.DataFrame(columns, index=index)
    frame.index.name = "row"
    return answer_asked_dates(frame)


def _days_of(dates: np.ndarray) -> np.ndarray:
    """Dates as their days (time dropped), NaT kept, as datetime64[ns]."""
    days = np.asarray(dates, dtype="datetime64[ns]").astype("datetime64[D]")
    return days.astype("datetime64[ns]")


def _sent_in_status(
    raw: RawTable,
    options: ReadOptions,
    cells: Cells,
    date_cells: dict[str, pd.Series],
    places: tuple[np.ndarray, np.ndarray | None],
    interview: np.ndarray,
    applied: np.ndarray,
    as_of: dt.date | None,
) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the step its Status says was sent ('' none: ``sent_in_status``) and the date
    written right after it (NaT: none, or one after ``as_of``), read as a date in a stage cell
    is (``stage_date_order``, the row's local calendar given ``places``: each row's country and
    whether it was written) and given the year nearest the interview, else the application."""
    said = distinct(cells["outcome"], sent_in_status, cells.groups("outcome"))
    steps = np.asarray(said.column(lambda r: "" if r is None else r[0]), dtype=object)
    rests = pd.Series(said.column(lambda r: None if r is None else r[1]), index=cells.index)
    texts = row_dates.dates_after_sent(rests)
    if not texts.notna().any():
        return steps, np.full(len(steps), row_dates.NAT)
    order = stage_date_order(raw, options, date_cells, texts)
    read = date_columns.parse_date_column(texts, epoch_1904=raw.epoch_1904, order=order)
    read = date_columns.with_local_eras(read, texts, places[0], order, places[1])
    near = np.where(np.isnat(interview), applied, interview)
    found, _ = row_dates.with_inferred_years(read, near, "nearest the interview date", as_of)
    if as_of is not None:
        found[found > np.datetime64(as_of, "ns")] = row_dates.NAT
    return steps, found


def _stage_part(value: object) -> object:
    """The part of a Status cell whose date may be an interview's: after its reopening (a
    reopening's date is not the reopened process's interview, ot115 F3), without a decision
    date it gives ("Interviewing, offer expected 11/25": no interview on 11/25, ot115 F5)."""
    value = since_reopened(value)
    said = row_dates.decision_in_status(value)
    return value if said is None else said[1]


def _decisions_in_status(
    raw: RawTable,
    options: ReadOptions,
    cells: Cells,
    date_cells: dict[str, pd.Series],
    places: tuple[np.ndarray, np.ndarray | None],
    interview: np.ndarray,
) -> np.ndarray:
    """Per row, the decision date its Status gives (``row_dates.decision_in_status``), NaT
    none: read as a Decision Date cell is (the column's order, the row's local calendar given
    ``places``), a year-less one placed after the interview as there (``decision_years``)."""
    said = distinct(cells["outcome"], row_dates.decision_in_status, cells.groups("outcome"))
    texts = pd.Series(
        said.column(lambda r: None if r is None else r[0]), index=cells.index, dtype=object
    )
    if not texts.notna().any():
        return np.full(len(texts), row_dates.NAT)
    order = order_with_texts(raw, options, date_cells, "stated_decision", texts, elsewhere=True)
    read = date_columns.parse_date_column(texts, epoch_1904=raw.epoch_1904, order=order)
    read = date_columns.with_local_eras(read, texts, places[0], order, places[1])
    return row_dates.decision_years(read, interview)[0]


def _decision_disagrees(
    raw: RawTable, statuses: pd.Series, from_status: np.ndarray, decision: np.ndarray
) -> np.ndarray:
    """The Status's Problems line of each row whose Status gives another decision date than
    its Decision Date cell (taken: ``decision``), else None."""
    header = header_of(raw, "stated_decision") if "stated_decision" in raw.mapping else None
    lines = np.full(len(statuses), None, dtype=object)
    differ = ~np.isnat(from_status) & ~np.isnat(decision) & (from_status != decision)
    for i in np.flatnonzero(differ):
        lines[i] = (
            f"{shown(statuses.iat[i])}: its decision date, "
            f'{pd.Timestamp(from_status[i]):%a %Y-%m-%d}, is not the one in "{header}" '
            f"({pd.Timestamp(decision[i]):%a %Y-%m-%d}), which is taken; fix whichever is wrong"
        )
    return lines


def _applied_in_status(statuses: pd.Series, blank: np.ndarray) -> pd.Series:
    """Per row whose Date Applied is empty (``blank``), the date its Status starts with after
    the word "Applied" ("Applied on 11/2" -> "11/2", "Applied 2nd Nov", "Applied:
    2026-11-02"), as a Date Applied cell's is read (``without_applied_word``); None elsewhere,
    and where the date is not the first thing said ("Applied, interview 11/20")."""

    def date_after_applied(value: object) -> str | None:
        rest = without_applied_word(value)
        return None if rest is value else row_dates.date_at_start(str(rest))

    return statuses.where(blank).map(date_after_applied, na_action="ignore").astype(object)


def _applied_read_there(
    raw: RawTable,
    statuses: pd.Series,
    said: pd.Series,
    applied: np.ndarray,
    reasons: np.ndarray,
) -> np.ndarray:
    """The Status's Problems line of each row dated by the applied date it gives (``said``),
    as for an interview date read there: the date read, the year a year-less one was given
    (``reasons``), or why it was not read, and where to write it."""
    header = header_of(raw, "applied_at") if "applied_at" in raw.mapping else None
    where = f'write it in "{header}"' if header else "add a Date Applied column"
    lines = np.full(len(statuses), None, dtype=object)
    for i in np.flatnonzero(said.notna().to_numpy()):
        reason = reasons[i]
        if np.isnat(applied[i]):
            lines[i] = f'{shown(statuses.iat[i])}: "{said.iat[i]}" {reason}' if reason else None
            continue
        year = f'; "{said.iat[i]}" {reason}' if reason else ""
        lines[i] = (
            f"{shown(statuses.iat[i])}: the applied date read from it, "
            f"{pd.Timestamp(applied[i]):%a %Y-%m-%d}{year}; {where} if that is wrong"
        )
    return lines


def _year_less(cell: object) -> bool:
    """Whether a date cell (as its reader reads it) is a date without a year ("12/5")."""
    return isinstance(cell, str) and dates.parse_date_text(cell).problem == dates.NO_YEAR


def _decision_wait_bd(rules: RuleSet | None) -> int:
    """The business days a 1st check-in waits after a stated decision (and after the
    interview, at least): ``[rules.check_in_1] after_stated_decision_bd``."""
    if rules is None:
        from followup_batch.schedule.ruleset import load_rule_set

        rules = load_rule_set()
    return rules.after_stated_decision_bd


def _business_days(n: int) -> str:
    """'1 business day', '3 business days'."""
    return f"{n} business day" if n == 1 else f"{n} business days"


def _applied_by_own_stage(
    stages: pd.Series, interview: np.ndarray, applied: np.ndarray, as_of: dt.date | None
) -> tuple[np.ndarray, np.ndarray]:
    """(interview, applied) dates once a generic "Date" read as the interview date is the
    applied date on each row whose own stage says it got no further than applying (DESIGN
    section 2: a stage of "Applied" had no interview), unless the date is still to come (an
    interview booked before the stage was changed)."""
    at_applied = stages.map(applied_stage_evidence).to_numpy() == True  # noqa: E712 (elementwise)
    moved = at_applied & ~np.isnat(interview) & np.isnat(applied)
    if as_of is not None:
        moved &= interview.astype("datetime64[D]") <= np.datetime64(as_of, "D")
    return np.where(moved, row_dates.NAT, interview), np.where(moved, interview, applied)


def _interview_the_stage_denies(
    raw: RawTable,
    stages: pd.Series,
    stage: np.ndarray,
    interview: np.ndarray,
    as_of: dt.date | None,
) -> np.ndarray:
    """Per row, why its past interview date needs info when its own stage says it got no
    further than applying ("Applied", "Wishlist": ``no_further_than_applying``), else None.
    One of the two is wrong, and a thank-you for an interview that never was is the worst
    draft to send (ot113 F6: Trello's Due Date on cards in its Applied list was read as the
    interview). A date still to come, or today, is an interview booked before the stage moved.
    Only a column headed as the Outcome is the person's own stage: a job site's ("LinkedIn
    status", read as the Outcome by its cells) stays "Applied" through the interviews.
    """
    reasons = np.full(len(stages), None, dtype=object)
    if as_of is None or "outcome" not in raw.mapping:
        return reasons
    column = header_of(raw, "outcome")
    key = header_key(column)
    if HEADER_INDEX.get(key) != "outcome" and key not in raw.mapped_by_user:
        return reasons
    past = interview.astype("datetime64[D]") < np.datetime64(as_of, "D")
    denied = past & np.isin(stage, list(APPLIED_STAGES))
    # The words read only where the dates and stage already disagree, once per distinct text.
    candidates = np.flatnonzero(denied)
    denied[candidates] = each_distinct(no_further_than_applying, stages.iloc[candidates])
    reasons[denied] = [
        f'is {pd.Timestamp(day):%a %Y-%m-%d}, but {shown(said)} in "{column}" says the row got '
        f'no further than applying: was there an interview? If so, update "{column}"; if '
        "not, clear this date (nothing is drafted until they agree)"
        for day, said in zip(interview[denied], stages[denied], strict=True)
    ]
    return reasons


class _PutOff(NamedTuple):
    """What the rows whose interview was put off say (``_put_off``): at the Status cell, and
    on the Why's line of how the Status was read."""

    problems: np.ndarray
    lines: np.ndarray


def _put_off(
    raw: RawTable, statuses: pd.Series, interview: np.ndarray, rows: np.ndarray
) -> _PutOff:
    """On ``rows``, whose Status says the interview in Interview Date (``interview``) was put
    off without its new day ("Rescheduled", "Interview cancelled - new date TBD"), what to say:
    no thank-you or check-ins count from a day the interview was not held, and where to write
    the new one. Elsewhere None and ''."""
    problems = np.full(len(rows), None, dtype=object)
    lines = np.full(len(rows), "", dtype=object)
    header, status = header_of(raw, "interview_at"), header_of(raw, "outcome")
    for i in np.flatnonzero(rows):
        day = f"{pd.Timestamp(interview[i]):%a %Y-%m-%d}"
        problems[i] = (
            f'{shown(statuses.iat[i])}: the interview of {day} in "{header}" was put off, and '
            "its new day is not known yet, so no thank-you or check-in counts from that day; "
            f'write the new day in "{header}" once it is set (if the interview was held on '
            f'{day} after all, write Interviewing in "{status}")'
        )
        lines[i] = (
            f'{status} "{quoted(cell_text(statuses.iat[i]))}" read as interviewing: the '
            f"interview of {day} was put off, its new day not known yet."
        )
    return _PutOff(problems, lines)


def _no_show_problems(
    raw: RawTable, statuses: pd.Series, interview: np.ndarray, kinds: np.ndarray, rows: np.ndarray
) -> np.ndarray:
    """On ``rows``, whose Status says nobody met at the interview in Interview Date
    (``interview``), what Problems says at the Status, by whose no-show it was (``kinds``,
    ``row_dates.no_show_kind``): no thank-you or check-in counts from that day, and what to
    write for the row to go on. Elsewhere None."""
    problems = np.full(len(rows), None, dtype=object)
    header, status = header_of(raw, "interview_at"), header_of(raw, "outcome")
    for i in np.flatnonzero(rows):
        day = f"{pd.Timestamp(interview[i]):%a %Y-%m-%d}"
        cell = shown(statuses.iat[i])
        not_counted = "so no thank-you or check-in counts from that day"
        if kinds[i] == row_dates.INTERVIEWER_NO_SHOW:
            problems[i] = (
                f'{cell}: the interviewer did not come to the interview of {day} in "{header}", '
                f"{not_counted}; write to ask for a new time, and once it is set write it in "
                f'"{header}" and Interviewing in "{status}"'
            )
        elif kinds[i] == row_dates.CANDIDATE_NO_SHOW:
            problems[i] = (
                f'{cell}: you did not attend the interview of {day} in "{header}", '
                f'{not_counted}; if they give you a new time, write it in "{header}" and '
                f'Interviewing in "{status}", else write Withdrawn in "{status}"'
            )
        else:
            problems[i] = (
                f'{cell}: the interview of {day} in "{header}" did not take place, '
                f'{not_counted}; once a new time is set, write it in "{header}" and '
                f'Interviewing in "{status}" (if the interview was held after all, write '
                f"Interviewing alone; if it will not be, Withdrawn)"
            )
    return problems


def _moved_lines(
    raw: RawTable, statuses: pd.Series, interview: np.ndarray, rows: np.ndarray
) -> np.ndarray:
    """On ``rows``, whose Status says the interview was moved to a day it does not name
    ("Rescheduled"), the Why's line of how the Status was read: the day in Interview Date
    (``interview``) is the new one. Elsewhere ''."""
    lines = np.full(len(rows), "", dtype=object)
    header, status = header_of(raw, "interview_at"), header_of(raw, "outcome")
    for i in np.flatnonzero(rows):
        lines[i] = (
            f'{status} "{quoted(cell_text(statuses.iat[i]))}" read as interviewing: the '
            f"interview moved to {pd.Timestamp(interview[i]):%a %Y-%m-%d}, the day in "
            f'"{header}".'
        )
    return lines


def _applied_again_notes(
    rounds: pd.Series, ranks: np.ndarray, again_row: np.ndarray
) -> np.ndarray | None:
    """For each final round ("Final", "Letzte Runde") whose next interview of the same client,
    company and position is read as the role applied for again (``rounds.later_interviews``:
    Round 1 or another Final after it), the words that say so and how to link it instead; None
    where none is (the usual case). A numbered round not higher than the one before it ("Round
    1" again in November) says it plainly, and is not repeated here."""
    earlier = np.flatnonzero((again_row > 0) & (ranks > MAX_ROUND))
    if not len(earlier):
        return None
    notes = np.full(len(rounds), None, dtype=object)
    later_at = rounds.index.get_indexer(again_row[earlier])
    for i, j in zip(earlier.tolist(), later_at.tolist(), strict=True):
        notes[i] = applied_again_note(f"row {rounds.index[j]}", rounds.iloc[j])
    return notes


# How soon after a round a lower round of its application must come to be taken for a typo
# in one of the two dates: within the weeks one application's rounds span (the 8 weeks after
# which a silent application moves on). Later, it is the role applied for again, its first
# round not in the tracker ("Round 2" in March, "Round 1" in September).
OUT_OF_ORDER_WITHIN = pd.Timedelta(weeks=8)


def _rounds_out_of_order(
    rows: pd.Index, keys: np.ndarray, ranks: np.ndarray, interview: np.ndarray
) -> np.ndarray | None:
    """For a numbered round of an application dated before each of its lower rounds, the
    earliest of them within ``OUT_OF_ORDER_WITHIN`` after it (Round 2 on Tue 2026-11-03,
    Round 1 of the same client, company and position on Tue 2026-11-10), and for that lower
    round, the words that name the other row: one of the two dates is likely wrong, and
    until they agree the lower round is read as the role applied for again
    (``read.round_numbers.applied_again``), each row with follow-ups of its own (ot139: two
    applications, not a word said). None where none is (the usual case). A lower round after
    a higher one that itself follows a lower round is the role applied for again ("Round 1"
    in March, "Round 2" in April, "Round 1" again in November), said nothing of."""
    days = np.asarray(interview).astype("datetime64[D]")
    ranks = np.asarray(ranks)
    numbered = np.flatnonzero((keys >= 0) & ~np.isnat(days) & (ranks >= 1) & (ranks <= MAX_ROUND))
    if len(numbered) < 2:
        return None
    frame = pd.DataFrame(
        {"key": keys[numbered], "rank": ranks[numbered], "day": days[numbered], "at": numbered}
    )
    pairs = frame.merge(frame, on="key", suffixes=("", "_lower"))
    pairs = pairs[pairs["rank_lower"] < pairs["rank"]]
    # Each round's earliest lower round (of one day, the upper row): out of order when it
    # comes after the round itself.
    earliest = pairs.sort_values(["at", "day_lower", "at_lower"]).drop_duplicates("at")
    gap = earliest["day_lower"] - earliest["day"]
    early = earliest[(gap > pd.Timedelta(0)) & (gap <= OUT_OF_ORDER_WITHIN)]
    if early.empty:
        return None
    notes = np.full(len(rows), None, dtype=object)
    for higher, rank, day, lower, rank_lower, day_lower in early[
        ["at", "rank", "day", "at_lower", "rank_lower", "day_lower"]
    ].itertuples(index=False):
        later = f"row {rows[lower]}"
        notes[higher] = (
            f"Round {rank} is dated {pd.Timestamp(day):%a %Y-%m-%d}, before Round {rank_lower} "
            f"of the same application ({later}, {pd.Timestamp(day_lower):%a %Y-%m-%d}): check "
            f"the dates; until they agree, {later} is read as the role applied for again"
        )
        if notes[lower] is None:
            notes[lower] = (
                f"Round {rank_lower} is dated {pd.Timestamp(day_lower):%a %Y-%m-%d}, after "
                f"Round {rank} of the same application (row {rows[higher]}, "
                f"{pd.Timestamp(day):%a %Y-%m-%d}): check the dates; until they agree, this "
                "row is read as the role applied for again"
            )
    return notes


# A log of applications keeps its follow-ups in "Follow-up 1", "Follow-up 2" columns, which
# read as the interview's check-ins.
FOLLOW_UP_STEMS = ("check_in_1", "check_in_2", "final")


def application_follow_ups(
    out: dict[str, Any], sent: np.ndarray, done: np.ndarray, application: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The application check-in's (sent date, done): on a row without an interview date, a
    check-in or final follow-up marked sent is a follow-up on the application, and the last one
    sent is the check-in that the silence after it counts from."""
    for stem in FOLLOW_UP_STEMS:
        sent = np.where(application, np.fmax(sent, out[f"{stem}_sent"]), sent)
        done = done | (application & out[f"{stem}_done"])
    return sent, done


UNNAMED_MARK = (
    "says a follow-up went, not which: on a row with an interview, write the day it went (the "
    "message due that day counts as sent) or mark it in a column of its own (Thank-you Sent, "
    "Check-in 1 Sent, Check-in 2 Sent, Final Follow-up Sent)"
)


def _unnamed_marks(
    cells: Cells, raw: RawTable, sent: np.ndarray, done: np.ndarray, interview: np.ndarray
) -> np.ndarray | None:
    """Per row, why a yes-mark under a follow-up column that names no message ("Followed Up:
    x") counts for nothing on a row with an interview, else None: the thank-you, a check-in or
    the final follow-up, it cannot say which; a date can (``schedule.followed_up``)."""
    column = raw.mapping.get("application_check_in_sent")
    if column is None or header_key(raw.headers[column]) not in UNNAMED_FOLLOW_UP_KEYS:
        return None
    marked = done & np.isnat(sent) & ~np.isnat(interview)
    reasons = np.full(len(marked), None, dtype=object)
    reasons[marked] = UNNAMED_MARK
    return row_dates.quoted(cells["application_check_in_sent"], reasons)


BARE_FOLLOW_UP = (
    'is on or after the interview, under a "{header}" column that says neither sent nor '
    "planned: read neither as sent nor as a plan; if it went that day, name the column "
    '"Followed up" (the message due that day then counts as sent)'
)


def _planned_follow_ups(raw: RawTable, sent: np.ndarray, as_of: dt.date | None) -> np.ndarray:
    """Per row, whether its date under a bare "Follow Up" header is after the run's date: the
    day the person plans to follow up (Teal's "Follow Up", a reminder it sets), not a message
    sent, so neither sent nor a problem. Read as sent, it made the row Needs info ("a message
    cannot be sent in the future") and withheld its drafts (ot136 F5). Under "Followed up" or
    "Follow-up sent", such a date is still a typo the row needs fixed."""
    column = raw.mapping.get("application_check_in_sent")
    if as_of is None or column is None or header_key(raw.headers[column]) != BARE_FOLLOW_UP_KEY:
        return np.zeros(len(sent), dtype=bool)
    days = np.asarray(sent, dtype="datetime64[ns]").astype("datetime64[D]")
    return days > np.datetime64(as_of, "D")  # NaT compares false


def _bare_follow_up_dates(
    raw: RawTable, sent: np.ndarray, done: np.ndarray, interview: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The application check-in's (sent, done), and per row why its date is dropped, else
    None: under a bare "Follow up" header (Teal's date of the application's follow-up, or the
    day a person means to follow up), a date on or after the row's interview could be the
    follow-up sent or the one planned (ot86 F4). It is not taken for the message due that day
    (``schedule.followed_up``) as one under "Followed up" is; a date before the interview stays
    the application's check-in."""
    column = raw.mapping.get("application_check_in_sent")
    if column is None or header_key(raw.headers[column]) != BARE_FOLLOW_UP_KEY:
        return sent, done, None
    after = ~np.isnat(sent) & (sent >= interview)  # NaT interview: False
    if not after.any():
        return sent, done, None
    reasons = np.full(len(sent), None, dtype=object)
    reasons[after] = BARE_FOLLOW_UP.format(header=str(raw.headers[column]).strip())
    return np.where(after, row_dates.NAT, sent), done & ~after, reasons


class _StatusDates(NamedTuple):
    """The dates written in Status cells (``_status_dates``)."""

    texts: pd.Series  # each cell's date as written ("11/24"), None where there is none
    order: date_columns.DateOrder | None  # the order the tracker reads them in
    # Each row's order: the tracker's, or its own country's where the tracker's leaves "12/2"
    # open (``_own_orders``).
    orders: np.ndarray
    parsed: date_columns.DateColumn  # as read, years not yet placed
    days: np.ndarray  # the dates, NaT where none is written or it reads both ways
    years: np.ndarray  # how a year-less one was given its year, else None
    # A month and a day both 12 or less ("12/2") that nothing in the tracker puts in an
    # order: either reading, not taken (``_both_readings``).
    both_ways: np.ndarray
    earlier_reading: np.ndarray  # of those, the earlier of the two days; NaT elsewhere


def _date_habit(country: object) -> row_dates.DateHabit | None:
    """How a row's country writes a date in figures, None when it says neither way."""
    first = writes_dayfirst(country)  # None unless a country's code
    if first is None or not isinstance(country, str):
        return None
    return row_dates.DateHabit(first, country)


def _status_dates(
    raw: RawTable,
    options: ReadOptions,
    date_cells: dict[str, pd.Series],
    statuses: pd.Series,
    places: tuple[np.ndarray, np.ndarray | None],
    interview_dates: np.ndarray,
    same_row: np.ndarray,
    as_of: dt.date | None,
    habits: list[row_dates.DateHabit | None],
    rounds: bool = True,
) -> _StatusDates:
    """The date written in each Status cell of ``statuses`` (NaN where not looked at): an
    interview stage's ("Phone screen 1/20", "Onsite 11/24"), a rejection's ("Rejected 11/19",
    "Absage 19.11."). Read in the order a date typed in the Interview Date column is read in
    (dots day-first, every row's Country, ...: ot97 F1), in the row's local calendar as the
    date columns are ("Phone screen 20/01/70" on a Thai row is 2027, "Interview 116/02/01" on a
    Taiwanese one too: ``places``, each row's country and whether it was written), a year-less
    one placed among the Interview Dates (``row_dates.years_in_stage``; ``same_row``: the
    row's own dates). Returns (the date texts, their order, the parsed column, the dates, the
    year each year-less date was given: ``_StatusDates``). A month and a day both 12 or less
    ("Onsite 12/2") are read in the tracker's order when something settles it (a date only
    one order reads, the rows' Country, the config); else in the order the row's own country
    writes dates (``habits``: a US row's is 2 December, a British row's 12 February, on a
    tracker of rows in both); else, on a row without a country that settles it (none, or
    Canada's, where both orders are written), they are left unread, the rows ``both_ways``, as
    a guess would put the interview two months off."""
    texts = row_dates.dates_in_stage(statuses, rounds)
    order = stage_date_order(raw, options, date_cells, texts)

    def parse(order: date_columns.DateOrder | None) -> date_columns.DateColumn:
        """The texts read in ``order``, in each row's local calendar."""
        return date_columns.with_local_eras(
            date_columns.parse_date_column(texts, epoch_1904=raw.epoch_1904, order=order),
            texts,
            places[0],
            order,
            places[1],
        )

    def read(
        order: date_columns.DateOrder | None,
    ) -> tuple[date_columns.DateColumn, np.ndarray, np.ndarray]:
        """The texts read in ``order``: (the column, the dates, how each got its year). A date
        only the other order reads is read that way, whatever the other rows' order ("Onsite
        24.11." beside "Video 11/25", which made the Status month-first: there is no month 24;
        fx309: it was dropped)."""
        parsed = parse(order)
        if order is not None and order.dayfirst is not None:
            other = parse(date_columns.DateOrder(not order.dayfirst, "forced"))
            parsed = row_dates.unread_taken_from(parsed, other)
        return parsed, *row_dates.years_in_stage(parsed, interview_dates, same_row, as_of)

    parsed, found, years = read(order)
    unsettled = order is None or order.source in ("undecided", "none")
    open_pairs = texts.map(
        lambda text: unsettled and isinstance(text, str) and row_dates.small_pair(text)
    ).to_numpy(dtype=bool)
    orders = _own_orders(order, habits, open_pairs)
    for dayfirst in (True, False):
        own = np.array([o is not None and o.dayfirst is dayfirst for o in orders]) & open_pairs
        if own.any():
            _, own_found, own_years = read(date_columns.DateOrder(dayfirst, "locale"))
            found, years = np.where(own, own_found, found), np.where(own, own_years, years)
    both_ways = open_pairs & np.array([o is None for o in orders])
    earlier = np.full(len(texts), row_dates.NAT)
    if both_ways.any():
        _, day_first, _ = read(date_columns.DateOrder(True, "forced"))
        earlier = np.where(both_ways, np.fmin(found, day_first), row_dates.NAT)
    found = np.where(texts.notna().to_numpy() & ~both_ways, found, row_dates.NAT)
    return _StatusDates(texts, order, orders, parsed, found, years, both_ways, earlier)


def _own_orders(
    order: date_columns.DateOrder | None,
    habits: list[row_dates.DateHabit | None],
    open_pairs: np.ndarray,
) -> np.ndarray:
    """Each row's order for its Status date: the tracker's ``order``, but on the rows whose
    "12/2" it leaves open (``open_pairs``) the order the row's own country writes dates in,
    said so ("as dates are written in the United States, where this row is"), or None where
    the row has no country that settles it."""
    orders = np.full(len(open_pairs), order, dtype=object)
    for i in np.flatnonzero(open_pairs):
        habit = habits[i]
        orders[i] = (
            None
            if habit is None
            else date_columns.DateOrder(
                habit.dayfirst,
                "locale",
                f"as dates are written in {habit.named()}, where this row is",
            )
        )
    return orders


def _read_in_status(text: str, how: str | None, header: str) -> str:
    """What the Why says of a date in the Status that either order reads ("12/2", "05/01/2027")
    and the tracker's order settled: '"12/2" read as 2 December 2026 (US month/day, every row's
    Country (the United States) writes dates month-first)', its column named; '' for any other
    date (``how``: ``DateOrder.reading``)."""
    if not how:
        return ""
    return f'"{text}" ' + how.replace(" of this column", f' of "{header}"')


def _read_either_way(cell: str, text: str, unsettled: str, place: str) -> str:
    """The Problems line of a Status cell whose date either order reads ("Onsite 12/2"), which
    nothing in the tracker or the row's country puts in one: the row needs info, both days
    named, why neither is taken (``_order_unsettled``), and the fixes: the month's name, or
    the row's place where it has none (``place``: ``_place_wanted``)."""
    first, second = (int(part) for part in text.split("/"))
    return (
        f'{cell}: "{text}" may be {_both_readings(text)}, and {unsettled}; write the month\'s '
        f'name ("{calendar.month_abbr[first]} {second}" or "{first} {calendar.month_abbr[second]}")'
        f"{place}"
    )


def _order_unsettled(order: date_columns.DateOrder | None, country: str | None) -> str:
    """Why "12/2" is read neither way: the row's own ``country`` writes dates either way
    (``day_first.order_unsaid``), else the rows' countries disagree, else nothing says."""
    if country is not None:
        return order_unsaid(country)
    if order is not None and order.evidence:
        return order.evidence  # "the rows' Country disagree: day-first (…), month-first (…)"
    return "nothing in the tracker says which order its dates are written in"


def _place_wanted(raw: RawTable) -> str:
    """The fix a row without a place is told besides the month's name: its Country (or
    Location, City, State) cell, or a Country column where the tracker has no place column."""
    columns = [f for f in ("country", "location", "city", "region") if f in raw.mapping]
    if not columns:
        return ", or add a Country column naming the job's country"
    return f", or the row's {header_of(raw, columns[0])}"


def _both_readings(text: str) -> str:
    """The two days a month and a day both 12 or less may be ("12/2"), as a Problems line
    names them: '2 December (US month/day) or 12 February (day-first)'."""
    first, second = (int(part) for part in text.split("/"))
    return (
        f"{second} {calendar.month_name[first]} (US month/day) or "
        f"{first} {calendar.month_name[second]} (day-first)"
    )


def _closed_in_status(
    raw: RawTable,
    options: ReadOptions,
    date_cells: dict[str, pd.Series],
    statuses: pd.Series,
    stage: np.ndarray,
    places: tuple[np.ndarray, np.ndarray | None],
    interview_dates: np.ndarray,
    same_row: np.ndarray,
    as_of: dt.date | None,
    habits: list[row_dates.DateHabit | None],
) -> np.ndarray:
    """The day the Status of a row closed without an offer says it closed ("Rejected 11/19",
    "Absage 19.11.", "Withdrew Nov 19"), read as an interview stage's date is
    (``_status_dates``): the day the company said no, which the networking check-in counts
    from when it is the row's latest (DESIGN, step 5: it counted from the interview). NaT on
    the other rows (a day after the run's is the caller's to drop, saying so:
    ``_closed_ahead``)."""
    closed = np.isin(stage, list(CLOSED_WITHOUT_OFFER))
    if not closed.any():
        return np.full(len(stage), row_dates.NAT)
    found = _status_dates(
        raw,
        options,
        date_cells,
        statuses.where(closed),
        places,
        interview_dates,
        same_row,
        as_of,
        habits,
        rounds=False,
    ).days
    return found


# What a closing is called in Problems, by the stage it closed the row at.
_CLOSING_NAMES = {"rejected": "rejection", "withdrawn": "withdrawal"}


def _closed_ahead(
    statuses: pd.Series, stage: np.ndarray, days: np.ndarray, rows: np.ndarray, as_of: dt.date
) -> np.ndarray:
    """On ``rows``, whose Status dates its closing (``days``) after the run's date ``as_of``,
    what Problems says: that day has not come, so the row is read as closed on no day; None
    elsewhere."""
    said = np.full(len(rows), None, dtype=object)
    for i in np.flatnonzero(rows):
        name = _CLOSING_NAMES.get(stage[i], "closing")
        said[i] = (
            f"{shown(statuses.iat[i])}: the {name} date {pd.Timestamp(days[i]):%Y-%m-%d} is after "
            f"today ({as_of:%a %Y-%m-%d}, the date of this run), so it is read as undated; "
            "fix the date if it is a typo"
        )
    return said


def _round_people(
    statuses: pd.Series,
    companies: object,
    earlier_interview: np.ndarray,
    names: np.ndarray,
    emails: np.ndarray,
    owners: np.ndarray,
) -> np.ndarray:
    """The people a next round's Status names ("Onsite 11/24 with Carla",
    ``people_in_status``) are the ones its drafts greet: the Interviewer cell's were at the
    earlier interview in Interview Date, and its thank-you is not theirs to get. Their names
    replace that cell's (``names``, in place), without its addresses (``emails``,
    ``owners``), which are the earlier people's. Returns what the Why says of each row: the
    names the Status gave, '' where it gave none or the row is at no next round."""
    said = np.full(len(statuses), "", dtype=object)
    company = np.asarray(companies, dtype=object)
    for i in np.flatnonzero(~np.isnat(earlier_interview)):
        people = people_in_status(statuses.iat[i], company[i])
        if people:
            names[i], emails[i], owners[i] = people, [], None
            said[i] = ", ".join(people)
    return said


def _next_round_on_a_row(
    raw: RawTable, cells: Cells, out: dict[str, object], interview_dates: np.ndarray
) -> np.ndarray:
    """The rows whose application has an interview after theirs on another row (the same
    client, company and position: ``rounds.later_interviews``), which carries that round's
    follow-ups: a date in such a row's Status is no round for the row to take over. A
    dataset's rows stand alone, as they do for the rounds rule."""
    if raw.kind == "dataset":
        return np.zeros(len(interview_dates), dtype=bool)
    keys = application_keys(cells["client"].to_numpy(dtype=object), out["company"], out["position"])
    no_dates = np.full(len(interview_dates), row_dates.NAT)
    rows = np.asarray(cells.index, np.int64)
    return ~np.isnat(later_interviews(keys, interview_dates, no_dates, rows).day)


def _decision_written(
    values: pd.Series, named_days: np.ndarray, out: dict[str, Any], said: np.ndarray
) -> np.ndarray:
    """The ``decision_written`` column: the phrases naming a day, still read as one
    (``named_days``), and the cells that Problems says (``said``) no decision was read from
    ("Q1", "in a few days", a date in 2062): no day, week or business-day count kept."""
    decision = np.asarray(out["decision_date"], dtype="datetime64[ns]")
    written = np.where(np.isnat(decision), "", np.asarray(named_days, dtype=object))
    unread = said & np.isnat(decision)
    for column in ("decision_within_bd", "decision_week"):
        unread &= np.asarray(pd.isna(pd.array(out[column], dtype="Int64")), dtype=bool)
    if unread.any():
        written[unread] = [quoted(cell_text(v)) for v in values.to_numpy(dtype=object)[unread]]
    return written


def _earlier_rounds(dates: np.ndarray, earlier: np.ndarray, interview: np.ndarray) -> np.ndarray:
    """Where a date (a message sent, a decision stated) belongs to the earlier round of a row
    whose Status names the next one (``earlier``: the interview in Interview Date, NaT on the
    other rows): on or after that interview, before the next round. It is not this round's,
    and nothing to fix either (ot108 F5)."""
    dates = np.asarray(dates, dtype="datetime64[ns]")
    return (dates >= earlier) & (dates < interview)  # NaT compares false


def _name_step(steps: np.ndarray, stem: str, rows: np.ndarray) -> None:
    """Add ``stem`` to ``steps`` (step names, space-separated, '' none) on ``rows``."""
    steps[rows] = [f"{was} {stem}".strip() for was in steps[rows]]


def _checked_in_twice(out: dict[str, Any], twice: np.ndarray) -> np.ndarray:
    """Mark the 1st and 2nd check-ins sent, undated, on the rows ``twice`` whose Status says
    two follow-ups went after the interview ("Chased twice, no reply": ot115 F9, the 1st
    check-in was asked for again); per row, the steps this marked (as ``sent_in_status``)."""
    said = np.full(len(twice), "", dtype=object)
    for stem in ("check_in_1", "check_in_2"):
        new = twice & ~np.asarray(out[f"{stem}_done"], dtype=bool)
        out[f"{stem}_done"] = np.asarray(out[f"{stem}_done"], dtype=bool) | new
        _name_step(said, stem, new)
    return said


def _checked_in(out: dict[str, Any], rows: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Mark sent on ``days`` the check-in the Status names on ``rows``, dated on or after the
    interview ("Interviewed 11/16, checked in 11/18"): the 1st, else the 2nd, whichever has not
    gone, not the thank-you due that day (fx278: it was taken for it, as a follow-up naming no
    message is). A check-in sent that day or later is that one, or a later one: nothing more
    is marked. Per row, the step this marked (as ``sent_in_status``)."""
    said = np.full(len(rows), "", dtype=object)
    left = rows.copy()
    for stem in ("check_in_1", "check_in_2"):
        sent = np.asarray(out[f"{stem}_sent"], dtype="datetime64[ns]")
        done = np.asarray(out[f"{stem}_done"], dtype=bool)
        left &= ~(sent >= days)  # NaT compares false
        new = left & ~done
        out[f"{stem}_sent"], out[f"{stem}_done"] = np.where(new, days, sent), done | new
        _name_step(said, stem, new)
        left &= ~new
    return said


def _marks_of_the_earlier_round(
    typed: np.ndarray, done: np.ndarray, earlier: np.ndarray
) -> np.ndarray:
    """Where a step is marked sent without a date (``done``, no ``typed`` date) on a row whose
    Status names the next round (``earlier``: the interview in Interview Date, NaT on the other
    rows). The mark is the earlier interview's: it was there before the next round (a box
    ticked for the phone screen stays ticked), and a message for a round still to come cannot
    have gone (ot115 F2: "y" beside "Onsite 11/24" was taken for the onsite's thank-you, never
    proposed). Once the round is past the mark is still the one made before it, so the round's
    own message is still proposed; a date in the cell after the round counts for it."""
    return done & np.isnat(np.asarray(typed, dtype="datetime64[ns]")) & ~np.isnat(earlier)


def _unwritten(value: object) -> bool:
    text = cell_text(value)
    return not text or dates.is_placeholder(text)


def _stage_by_applied_mark(stage: np.ndarray, mark: np.ndarray) -> np.ndarray:
    """``stage`` as a Has Applied mark says it: a no is a posting not applied to yet, though
    its Status reads as applied (a posting's "Open"); a yes on a row not applied yet is
    applied. A stage past applying stands, as does a row without a mark."""
    stage = stage.copy()
    stage[(mark == False) & np.isin(stage, list(APPLIED_STAGES))] = NOT_APPLIED  # noqa: E712
    stage[(mark == True) & (stage == NOT_APPLIED)] = "applied"  # noqa: E712
    return stage


def _missing_dates(
    raw: RawTable,
    stage: np.ndarray,
    no_interview_date: np.ndarray,
    no_applied_date: np.ndarray,
    marked_yes: np.ndarray,
    no_interview: np.ndarray,
    applied_yes: np.ndarray,
    moved: np.ndarray,
) -> tuple[dict[int, np.ndarray], np.ndarray]:
    """Per column, the reason of each row that lacks the date it needs (the row needs info).

    Rows not applied yet and closed rows need no date. An open row needs one: the interview's
    when its stage or an Interviewed yes says there was one, else the interview's or the
    application's. The reason goes to the cell the user should fill in.
    ``no_interview_date``/``no_applied_date``: rows without a date or an unreadable cell there.
    Also the rows asked when the interview their stage or mark says happened was (a later
    interview of the application may answer them, ``rounds.answer_asked_dates``).
    ``no_interview``: each row's words for its lack of an interview date (``_no_date``).
    ``applied_yes``: the rows whose applied date cell holds a yes where others hold dates.
    ``moved``: the rows whose Status says the interview was put off or moved, naming no day
    ("Postponed", "Rescheduled"): their new day is asked for.
    """
    open_row = ~np.isin(stage, list(CLOSED | {NOT_APPLIED})) & no_interview_date
    at_interview = open_row & (marked_yes | (stage == "interviewing"))
    undated = open_row & ~at_interview & no_applied_date
    interview_col = raw.mapping.get("interview_at", min(raw.stages, default=None))
    applied_col = raw.mapping.get("applied_at")
    found: dict[int, np.ndarray] = {}

    def say(col: int | None, rows: np.ndarray, reason: str | np.ndarray) -> None:
        if col is None or not rows.any():
            return
        reasons = found.setdefault(col, np.full(len(stage), None, dtype=object))
        unsaid = rows & pd.isna(reasons)
        reasons[unsaid] = reason[unsaid] if isinstance(reason, np.ndarray) else reason

    flagged, staged = at_interview & marked_yes, at_interview & ~marked_yes
    if interview_col is not None:
        # "Postponed" or "Rescheduled" and no day: the interview is still to come, on a day to
        # be written once it is known (fx352: "when?" asked of one that had not happened).
        say(interview_col, staged & moved, no_interview + f", and {STATUS_SAYS_MOVED}")
        for rows, why in ((flagged, "it is marked interviewed"), (staged, STAGE_SAYS)):
            say(interview_col, rows, no_interview + f", but {why}: when?")
    else:
        # The cell that says there was an interview; the date needs a column of its own, or a
        # column of the person's that no field reads pointed at (fx228).
        add = _interview_date_wanted(raw)
        say(raw.mapping.get("interviewed"), flagged, "interviewed, but " + add)
        say(raw.mapping.get("outcome"), staged, f"{STAGE_SAYS}, but " + add)
    if interview_col is not None and applied_col is not None:
        if applied_yes.any():
            say(interview_col, undated & applied_yes, no_interview + "; " + _applied_when(raw))
        say(interview_col, undated, no_interview + "; " + _no_date(raw, "applied_at", too=True))
    elif interview_col is not None:
        say(interview_col, undated, _with_unread_dates(raw, no_interview))
    elif applied_col is not None:
        if applied_yes.any():
            say(applied_col, undated & applied_yes, _applied_when(raw))
        say(applied_col, undated, _no_date(raw, "applied_at"))
    else:  # only a Has Applied mark (ot132 F2)
        say(raw.mapping.get("applied"), undated, ADD_APPLIED_DATE)
    return found, at_interview


ADD_INTERVIEW_DATE = "when? Add an Interview Date column with the day"
ADD_APPLIED_DATE = (
    "applied, but when? Add a Date Applied column and write in it the day you sent the "
    "application (such as 2026-11-02): the check-in counts from it"
)


def _interview_date_wanted(raw: RawTable) -> np.ndarray:
    """Per row, what a row that says it got to an interview, on a sheet with no column read
    as Interview Date, is told to do: add one ('when? Add an Interview Date column with the
    day'), or, when a column no field reads could be it (``interview_date_column``: "Intervew
    Date", "Interview (planned)", a column of dates under "Call day"), read that one, its cell
    here quoted: 'when? No column is read as Interview Date; "Call day" (D) holds dates: if
    they are the interviews', map it with --map "Call day=interview_at" (here: 2026-11-10)'
    (fx228: a tracker with that column was told to add one). Its cell empty here: the day
    is to be written in it."""
    from followup_batch.read.column_letters import column_letter
    from followup_batch.read.lookalike_headers import interview_date_column
    from followup_batch.write.columns import OWNED_COLUMNS

    index = raw.cells.index
    plain = np.full(len(index), ADD_INTERVIEW_DATE, dtype=object)
    if raw.unread_cells is None:
        return plain
    tools = {header_key(title) for title in OWNED_COLUMNS.values()}
    found: list[tuple[bool, int, object, tuple[str, str]]] = []
    for label in raw.unread_cells.columns:
        col = int(label)
        header = raw.headers[col] if col < len(raw.headers) else None
        if not isinstance(header, str) or not header.strip() or header_key(header) in tools:
            continue
        kinds = {_date_kind(v) for v in raw.unread_cells[label].tolist()}
        reading = interview_date_column(header, "date" in kinds, "other" in kinds)
        if reading is not None:
            found.append((reading[0] == "holds dates", col, label, reading))
    if not found:
        return plain
    _, col, label, (what, fix) = min(found, key=lambda f: f[:2])
    said = (
        f"when? No column is read as {fields.FIELDS_BY_NAME['interview_at'].header}; "
        f'"{str(raw.headers[col]).strip()}" ({column_letter(col + 1)}) {what}: '
    )
    cells = raw.unread_cells[label].reindex(index)
    return np.array(
        [
            f"{said}{fix} (here: {_date_shown(v)})"
            if cell_text(v)
            else f"{said}write the day in it on this row, and {fix}"
            for v in cells.tolist()
        ],
        dtype=object,
    )


def _date_kind(value: object) -> str:
    """'date' for a date cell or a text read as a whole date, '' for a blank or a placeholder
    ("TBD"), else 'other' (a number too, in a number cell or a text one: a serial could be
    any count or amount, ``is_date_cell``)."""
    if isinstance(value, dt.date):
        return "date"
    text = cell_text(value)
    if not text or dates.is_placeholder(text):
        return ""
    return "date" if is_date_cell(value) else "other"


def _date_shown(value: object) -> str:
    """A cell's date as the tool writes dates (2026-11-10; with its time when it has one), a
    text read alike in either order too ('2026-11-10', 'Nov 10, 2026'); another text quoted as
    written ('"3/11/2026"': the order is the column's, once it is read)."""
    if isinstance(value, str):
        read = {dates.parse_date_text(value, dayfirst=first).value for first in (True, False)}
        value = read.pop() if len(read) == 1 and None not in read else value
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return shown(value)


def _with_unread_dates(raw: RawTable, no_interview: np.ndarray) -> np.ndarray:
    """``no_interview``, and at a row with a date in the column of dates no field reads
    (``RawTable.unread_dates``) the --map that reads it, in the line a digest shows of the row
    (outside test ot87 F3: only the run's note named it): 'Interview date is empty; --map
    "When I applied=applied_at" would read its 2026-11-10 as the applied date (no column is
    read as Date Applied)'."""
    from followup_batch.read.unread_dates import unread_date_problem

    cells = raw.unread_dates
    if cells is None:
        return no_interview
    header = raw.headers[int(str(cells.name))]
    hints = [unread_date_problem(v, header) for v in cells.reindex(raw.cells.index).tolist()]
    words = np.broadcast_to(np.asarray(no_interview, dtype=object), (len(hints),))
    return np.array(
        [w if h is None else f"{w}; {h}" for w, h in zip(words.tolist(), hints, strict=True)],
        dtype=object,
    )


def _applied_when(raw: RawTable) -> np.ndarray:
    """Per row, what a yes among the applied column's dates asks for: the day it was sent."""
    header = header_of(raw, "applied_at")
    return distinct(
        raw.cells["applied"],
        lambda value: (
            f"{header} says {shown(value)}: applied, but when? Write the day you "
            "sent the application in its place (such as 2026-11-02): the check-in counts from it"
        ),
    ).column()


def _no_date(raw: RawTable, field: str, *, too: bool = False) -> np.ndarray:
    """Per row, what its cell of a date field says when it gives no date: 'Interview Date is
    empty' ('... is empty too' with ``too``), or 'Date Applied says "TBD": no date yet' (a
    cell that says TBD or n/a is not empty: the user wrote it)."""
    header = header_of(raw, field)
    empty = f"{header} is empty" + (" too" if too else "")
    return distinct(
        raw.cells[field],
        lambda value: f"{header} says {shown(value)}: no date yet" if cell_text(value) else empty,
    ).column()


def _near_interview_or_applied(
    parsed: date_columns.DateColumn,
    interview: np.ndarray,
    applied: np.ndarray,
    as_of: dt.date | None,
) -> tuple[np.ndarray, np.ndarray]:
    """Dates, year-less ones placed nearest the interview, or the application when the row
    has no interview date; not after ``as_of`` when a year earlier is recent."""
    use_applied = np.isnat(interview)
    by_interview = row_dates.with_inferred_years(
        parsed, interview, "nearest the interview date", as_of
    )
    by_applied = row_dates.with_inferred_years(
        parsed, np.where(use_applied, applied, row_dates.NAT), "nearest the applied date", as_of
    )
    return (
        np.where(use_applied, by_applied[0], by_interview[0]),
        np.where(use_applied, by_applied[1], by_interview[1]),
    )


WHAT_DATE = {"networking_sent": "networking", "last_reply": "reply"}
NOT_AHEAD = {"networking_sent": "a message cannot be sent", "last_reply": "a reply cannot come"}


def _cell_problems(raw: RawTable) -> dict[int, pd.Series]:
    """The reader's per-cell findings (formulas without saved values, error values) by column;
    an error value's only while its column is read (a Location found to name no place is
    left alone: ``roles``)."""
    read = {*raw.mapping.values(), *raw.stages}
    by_col: dict[int, pd.Series] = {}
    for (row, col), reason in raw.cell_problems.items():
        if row not in raw.cells.index or ((row, col) in raw.error_values and col not in read):
            continue
        if col not in by_col:
            by_col[col] = pd.Series(None, index=raw.cells.index, dtype=object)
        by_col[col][row] = reason
    return by_col


def _saved_posting(
    cells: Cells, stage: np.ndarray, interview: np.ndarray, applied: np.ndarray
) -> np.ndarray:
    """The rows that are a saved posting, not yet applied to: a Date Saved (Teal's export)
    and no stage written, no interview date and no date applied, nor a cell there that says
    something (an unreadable date is its row's problem). Read as applied (a blank stage's
    default), such a row needed info for a date it never had: 'Date Applied is empty'."""
    if "saved_at" not in cells:
        return np.zeros(len(stage), dtype=bool)
    written = [filled_cells(cells[f].tolist()) for f in ("outcome", "interview_at", "applied_at")]
    return (
        filled_cells(cells["saved_at"].tolist())
        & ~np.logical_or.reduce(written)
        & (stage == "applied")
        & np.isnat(interview)
        & np.isnat(applied)
    )


# What a row noted before applying holds beside its company: its role, where and whose the job
# is, its level and sector, notes. Any other cell (a date, a stage, a mark, a name met) says
# something happened.
NOTED_FIELDS = frozenset(
    {"client", "company", "position", "industry", "seniority", "topic", "value_add"}
    | {"location", "city", "region", "country"}
)


def _company_noted(
    raw: RawTable, cells: Cells, stage: np.ndarray, interview: np.ndarray, applied: np.ndarray
) -> np.ndarray:
    """The rows of a log of applications (a Date Applied or Has Applied column) that only
    note a company, and its role: no stage written, no date applied, no interview, nothing
    else filled (``NOTED_FIELDS`` aside) nor a stage column of a wide tracker. A wishlist kept
    at the top of the log ("Netflix" alone), not an application that lost its date: read as
    applied (a blank stage's default), it needed info for ever, its missing date blamed on a
    stage it never reached ("Phone": ot144 F5)."""
    if "applied_at" not in raw.mapping and "applied" not in raw.mapping:
        return np.zeros(len(stage), dtype=bool)
    said = [
        filled_cells(cells[str(name)].tolist())
        for name in raw.cells.columns
        if str(name) not in NOTED_FIELDS
    ]
    if raw.stage_cells is not None:
        said += [filled_cells(raw.stage_cells[c].tolist()) for c in raw.stage_cells.columns]
    written = np.logical_or.reduce(said) if said else np.zeros(len(stage), dtype=bool)
    return ~written & (stage == "applied") & np.isnat(interview) & np.isnat(applied)


def _company_noted_line(raw: RawTable) -> str:
    """The Why's line of a row ``_company_noted``: how it was read, and what makes it an
    application."""
    column = header_of(raw, "applied_at") if "applied_at" in raw.mapping else None
    where = f' in "{column}"' if column else ""
    return (
        "No date applied, no stage, nothing written but the company: read as not applied "
        f"yet; write the day you apply{where} and its check-in follows."
    )


def _broken_rows_kept(raw: RawTable) -> dict[int, str]:
    """The broken rows (``RawTable.broken_rows``: every cell read an error value) among the
    rows read, as a dataset keeps them, each row of its data having its answer: Needs info,
    and the line a tracker's run and ``check`` say of such a row, which a tracker passes over
    ('Row 3 is broken: every cell read holds an error value (A3 #REF!, ...); not scheduled:
    ...')."""
    return {row: said for row, said in raw.broken_rows.items() if row in raw.cells.index}


def _interview_date_errors(raw: RawTable) -> np.ndarray:
    """The rows with an Excel error value where their interview date belongs (the Interview
    Date, or a stage's date on a wide tracker). Read as blank, such a row passed for an
    application when it had a date applied, and got an application check-in for an interview
    that may have taken place: it waits for the date instead (its Problems line says so)."""
    columns = {
        *raw.stages,
        *([raw.mapping["interview_at"]] if "interview_at" in raw.mapping else []),
    }
    rows = {row for row, col in raw.error_values if col in columns}
    return raw.cells.index.isin(list(rows))


def _column(values: object, index: pd.Index, dtype: str) -> pd.Series | np.ndarray:
    """A column for the frame with its dtype: a numpy array that has it goes in as it is (on a
    small tracker a Series per column costs more than the rest of the assembly); object arrays
    become object Series, so that the frame does not read their texts as strings."""
    if isinstance(values, np.ndarray) and values.dtype != object and values.dtype == dtype:
        return values
    if isinstance(values, pd.api.extensions.ExtensionArray) and values.dtype == dtype:
        return values  # Int64: pandas keeps it as it is
    return _typed(values, index, dtype)


def _typed(values: object, index: pd.Index, dtype: str) -> pd.Series:
    """A column of the frame with its dtype (converted only when it has another)."""
    series = _as_series(values, index)
    return series if series.dtype == dtype else series.astype(dtype)


def _as_series(values: object, index: pd.Index) -> pd.Series:
    if isinstance(values, pd.Series):
        return values.set_axis(index)
    if isinstance(values, np.ndarray) and values.dtype == object:
        return pd.Series(values, index=index, dtype=object)
    return pd.Series(values, index=index)
