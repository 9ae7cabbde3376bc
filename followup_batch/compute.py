"""One tracker sheet computed: normalise → schedule → explain → draft (``compute_sheet``), the
sheets of one workbook linked as one tracker (``compute_sheets``), and what a workbook gets
besides the tool's columns: live statuses and the outbox of the Drafts and Summary sheets
(``workbook_additions``). ``batch.process_file`` calls these, and so does a dataset's partition
(``datasets.partition``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from followup_batch.config import Config
from followup_batch.errors import TrackerNotFound, UnsafeWrite
from followup_batch.memory.marks_seen import MarksSeen, book_texts, counted_marks, with_marks_seen
from followup_batch.normalise import (
    link_sheets,
    normalise_rows,
    one_spelling_per_client,
    resolve_roles,
)
from followup_batch.normalise.columns import date_array
from followup_batch.progress import named, step
from followup_batch.read import RawTable, ReadOptions, read_trackers
from followup_batch.read.column_letters import column_letter
from followup_batch.reports import counted
from followup_batch.schedule import (
    RESULT_COLUMNS,
    Calendars,
    Schedule,
    ScheduleDetails,
    schedule_rows,
)
from followup_batch.schedule.labels import NEEDS_INFO
from followup_batch.text import first_columns
from followup_batch.write.columns import OWNED_COLUMNS

if TYPE_CHECKING:
    from followup_batch.drafts.templating import Templates
    from followup_batch.write.live import CountedAhead, LiveStatus
    from followup_batch.write.outbox import Outbox, SheetLayout


@dataclass
class Computed:
    """Everything computed for one tracker sheet."""

    frame: pd.DataFrame  # the normalised frame (normalise.columns.NORMALISED_COLUMNS)
    result: pd.DataFrame  # the schedule's result (schedule.RESULT_COLUMNS)
    output: pd.DataFrame  # the owned output columns (OWNED_COLUMNS keys)
    messages: pd.DataFrame  # one draft per recipient (drafts.MESSAGE_COLUMNS)
    details: ScheduleDetails | None = None  # how the schedule came about (live statuses)
    calendars: Calendars | None = None


COMPUTING = "computing"  # the step of ``compute_sheets``, told in rows


def compute_sheet(
    table: RawTable,
    config: Config,
    as_of: dt.date,
    calendars: Calendars | None = None,
    *,
    fit_cells: bool = True,
) -> Computed:
    """Normalise, schedule, explain and draft one tracker sheet on its own (a dataset's
    partition): its normalised frame, the schedule's result, the owned output columns and the
    drafts (``Computed``). ``fit_cells``: the drafts go into spreadsheet cells, cut to fit
    (``render_drafts``); a dataset's Parquet output keeps them whole."""
    frame = normalise_rows(table, config.reading, as_of=as_of, rules=config.rules)
    return schedule_sheet(table, frame, config, as_of, calendars, fit_cells=fit_cells)


def compute_sheets(
    tables: list[RawTable],
    config: Config,
    as_of: dt.date,
    seen: Mapping[str | None, MarksSeen] | None = None,
) -> list[Computed]:
    """``compute_sheet`` of every tracker sheet of one file, the sheets of one person's tracker
    split by time or stage ("Jan", "Feb", "Archive") linked as one tracker between normalising
    and scheduling (``normalise.link_sheets``): a round on another sheet takes over as one on
    the same sheet does. A client spelled several ways ("Maya Chen", "maya chen ") is one,
    written one way on every sheet (``normalise.one_spelling_per_client``). ``seen``: what
    the last run saw of each sheet's undated application check-ins (``marks_seen``)."""
    # Told as it goes (``progress.step``), in rows: each sheet normalised, then scheduled and
    # drafted, each about half the work; a 300,000-row CSV computes for a minute or more.
    total = 2 * sum(len(table.cells) for table in tables)
    frames = _normalised_sheets(tables, config, as_of, seen, total=total)
    done = total // 2
    computed = []
    for table, frame in zip(tables, frames, strict=True):
        computed.append(schedule_sheet(table, frame, config, as_of))
        done += len(table.cells)
        step(COMPUTING, done, total)
    return computed


def _normalised_sheets(
    tables: list[RawTable],
    config: Config,
    as_of: dt.date,
    seen: Mapping[str | None, MarksSeen] | None = None,
    count_dates_ahead: bool = False,
    total: int = 0,
) -> list[pd.DataFrame]:
    """``compute_sheets``' normalised frames, linked; told as it goes, in rows of ``total``.
    ``count_dates_ahead``: as ``normalise_rows``'s."""
    done = 0
    step(COMPUTING, done, total)
    frames = []
    for table in tables:
        frames.append(
            normalise_rows(
                table,
                config.reading,
                as_of=as_of,
                rules=config.rules,
                count_dates_ahead=count_dates_ahead,
            )
        )
        done += len(table.cells)
        step(COMPUTING, done, total)
    frames = link_sheets(tables, one_spelling_per_client(frames), config.reading)
    return [
        with_marks_seen(frame, (seen or {}).get(table.sheet), as_of)
        for table, frame in zip(tables, frames, strict=True)
    ]


def sheets_beside(
    path: Path, reading: ReadOptions, tables: list[RawTable]
) -> list[RawTable] | None:
    """With ``--sheet`` naming one sheet of a workbook, every tracker sheet of the workbook in
    its order, that one as read, for ``compute_sheets`` (and ``check``): the named sheet's rows
    are linked to the other sheets of a tracker split by time or stage, and the other sheets'
    messages and counts stay in the Drafts and Summary sheets (``outbox_sheets``), so the two
    runs write the same; only the named sheet's cells are written. None otherwise."""
    if reading.sheet is None or len(tables) != 1 or tables[0].kind != "xlsx":
        return None
    [named] = tables
    try:
        every = read_trackers(path, dataclasses.replace(reading, sheet=None))
    except TrackerNotFound:  # a hidden sheet named, and no other sheet is a tracker
        return None
    beside = [named if table.sheet == named.sheet else resolve_roles(table) for table in every]
    if not any(table is named for table in beside):  # a hidden sheet: after the others
        beside.append(named)
    return beside if len(beside) > 1 else None


def outbox_sheets(
    every: list[RawTable],
    computed: list[Computed],
    written: list[RawTable],
    as_of: dt.date,
) -> tuple[list[int], dict[str, SheetLayout], list[str]]:
    """Which of a workbook's tracker sheets (``every``, ``computed``) the Drafts and Summary
    sheets are made of when only ``written`` are written (``--sheet``): those and every other
    sheet the tool has written before, whose columns the formulas and links point into
    (``write.sheet_layout``). Returns their positions, the other sheets' layouts, and a note for
    each sheet left out, so no message goes missing unsaid."""
    from followup_batch.write import sheet_layout

    kept: list[int] = []
    layouts: dict[str, SheetLayout] = {}
    notes: list[str] = []
    for at, (table, done) in enumerate(zip(every, computed, strict=True)):
        if any(table is wanted for wanted in written):
            kept.append(at)
            continue
        try:
            layout = sheet_layout(table, done.output.index, as_of)
            reason = "the tool has not written its columns there yet"
        except UnsafeWrite as exc:
            layout, reason = None, f"its columns could not be placed ({exc})"
        if layout is None:
            if len(done.output):
                notes.append(
                    f'sheet "{table.sheet}" is left out of the Drafts and Summary sheets: '
                    f"{reason}; a run of every sheet (without --sheet) writes them and adds "
                    f"its {counted(len(done.output), 'row')}"
                )
            continue
        kept.append(at)
        layouts[layout.sheet] = layout
    return kept, layouts, notes


def schedule_sheet(
    table: RawTable,
    frame: pd.DataFrame,
    config: Config,
    as_of: dt.date,
    calendars: Calendars | None = None,
    *,
    fit_cells: bool = True,
) -> Computed:
    """Schedule, explain and draft one tracker sheet from its normalised ``frame`` (``fit_cells``:
    as ``compute_sheet``'s)."""
    from followup_batch.drafts import render_drafts
    from followup_batch.drafts.context import networking_to_mailboxes
    from followup_batch.drafts.signer import signed_as_a_run_signs, withheld_from_sender

    schedule = schedule_rows(frame, config.rules, as_of, calendars)
    # The schedule's frame: a follow-up it counted as a message ("Followed Up" after the
    # interview, ``schedule.followed_up``) is worded as sent ("checking in again").
    signed, sender = signed_as_a_run_signs(schedule.frame, table, config.sender)
    withheld = withheld_from_sender(table.client_person, config.sender)
    drafts = render_drafts(
        signed,
        schedule.next_actions,
        sender,
        templates_for(config),
        links=False,
        clients=config.clients,
        as_of=as_of,
        fit_cells=fit_cells,
    )
    undrafted = drafts.per_row["draft_problem"].to_numpy()
    if (undrafted != "").any():  # a user template failed on these rows: said in Problems
        frame = frame.assign(
            problems=[
                [*items, problem] if problem else items
                for items, problem in zip(frame["problems"], undrafted, strict=True)
            ]
        )
    why = schedule.explain()
    for row, line in networking_to_mailboxes(frame, schedule.next_actions.key).items():
        why[row] = f"{why[row]}\n{line}" if why[row] else line
    output = output_columns(frame, schedule.result, why, drafts.per_row)
    # One story per row: a row that needs fixing gets no message (.eml, Drafts sheet); and
    # each message says whose it is even when unsigned (.eml names).
    # By position: the messages' rows are the frame's labels (one look-up, not three).
    messages = drafts.messages
    at = frame.index.get_indexer(messages["row"])
    kept = ~frame["needs_info"].to_numpy(dtype=bool)[at]
    if not kept.all():
        messages, at = messages.iloc[np.flatnonzero(kept)], at[kept]
    messages = messages.reset_index(drop=True)
    messages = messages.assign(whose=frame["client"].to_numpy()[at], unsigned=withheld)
    return Computed(
        frame,
        schedule.result,
        output,
        messages,
        schedule.details,
        schedule.calendars,
    )


def signer_notes(
    tables: list[RawTable], sender: Mapping[str, str], drafted: list[bool], output: bool = False
) -> tuple[list[list[str]], list[list[str]]]:
    """Who signs each sheet's drafts, when its name decided (``sender``: the config's
    [sender]); nothing for a sheet without rows (no drafts). A note is said on the first sheet
    it is true of only: the month sheets of a split tracker are all signed by the one file
    name, said once for the file. And, by sheet, those of the notes a run shows without -v:
    drafts the configured sender would have signed, and drafts signed by nobody or by a file's
    name when a sheet they are true of ``drafted`` any (a newcomer's "job search 2026.xlsx":
    every draft ends "Best regards," and nothing; "Relocation.csv": every draft ends
    "Relocation", ``signer.said_in_a_plain_run``). ``check`` says the first, as the run would.
    ``output``: the tables are of the workbook --output makes from a CSV, whose name signs
    (the notes say so: ot132 F6)."""
    from followup_batch.drafts.signer import of_rows, said_in_a_plain_run, withheld_from_sender
    from followup_batch.drafts.signer import signer_notes as notes
    from followup_batch.normalise.cells import cell_text

    said: set[str] = set()
    shown: set[str] = set()
    per_sheet = []
    for table, drafts in zip(tables, drafted, strict=True):
        found = []
        # The rows the file or sheet name signs: those without a Client, which is every row
        # of a tracker from ``init`` (its Client column empty) and of one with no such column.
        header = table.headers[table.mapping["client"]] if "client" in table.mapping else ""
        rows = table.cells.index
        if header:
            rows = rows[[cell_text(value) == "" for value in table.cells["client"]]]
        if len(rows):
            found = notes(
                table.default_client,
                table.sheet,
                sender,
                table.path.name,
                table.client_folder,
                table.client_doubt,
                table.client_person,
                client_header=header,
                output=output,
            )
            if len(rows) < len(table.cells):  # a coach's: the other rows name their client
                found = [of_rows(note, rows.tolist(), header) for note in found]
        if withheld_from_sender(table.client_person, sender):
            shown.update(found)
        elif drafts:
            shown.update(said_in_a_plain_run(found))
        per_sheet.append([note for note in found if note not in said])
        said.update(found)
    return per_sheet, [[note for note in found if note in shown] for found in per_sheet]


def templates_for(config: Config) -> Templates:
    """The draft templates (the shipped ones, or the config's folder laid over them), loaded
    and checked once per run. Raises ``ConfigError`` naming a broken template's file and line."""
    from followup_batch.drafts.templating import load_templates

    return _cached_templates(config.templates, load_templates)


@functools.lru_cache(maxsize=4)
def _cached_templates(folder: Path | None, load: Callable[[Path | None], Templates]) -> Templates:
    return load(folder)


def output_columns(
    frame: pd.DataFrame, result: pd.DataFrame, why: pd.Series, drafts: pd.DataFrame
) -> pd.DataFrame:
    columns: dict[str, pd.Series] = {}
    for key in OWNED_COLUMNS:
        if key == "why":
            columns[key] = why
        elif key == "problems":
            problems = [("\n".join(items) if items else "") for items in frame["problems"]]
            columns[key] = pd.Series(problems, index=frame.index)
        elif key in RESULT_COLUMNS:
            columns[key] = result[key]
        elif key in drafts:
            columns[key] = drafts[key].reindex(frame.index).fillna("")
    # One frame from the columns: a column set at a time costs more than a small tracker's rows.
    return pd.DataFrame(columns, index=frame.index, columns=list(columns))


def workbook_additions(
    tables: list[RawTable],
    computed: list[Computed],
    config: Config,
    as_of: dt.date,
    placed: Sequence[tuple[str, dt.date | None, dt.date | None]] = (),
) -> tuple[list[LiveStatus | None], Outbox]:
    """What a workbook gets besides the owned columns: each tracker sheet's live statuses
    (over the calendars of every sheet, so their formulas share one calendars sheet; those of
    ``placed`` in the columns they have, ``live.business_days_for``) and the outbox that the
    Drafts and Summary sheets are made of."""
    from followup_batch.drafts.outbox import outbox_messages, with_subject_links
    from followup_batch.write.live import business_days_for
    from followup_batch.write.outbox import ClientRows, Outbox, client_groups
    from followup_batch.write.xlsx.design import LIVE_YEARS

    keys = sorted({key for done in computed for key in done.frame["country"].astype(str)})
    calendars = next((c.calendars for c in computed if c.calendars is not None), None)
    days = business_days_for(calendars, keys, as_of, LIVE_YEARS, placed) if calendars else {}
    counted = _counted_ahead(tables, computed, config, as_of)
    # The undated marks counted from a run's day, kept in the file (``marks_seen``).
    marks = tuple(
        book_texts({t.sheet: counted_marks(c.frame) for t, c in zip(tables, computed, strict=True)})
    )
    lives: list[LiveStatus | None] = []
    clients: list[ClientRows] = []
    counts: Counter[str] = Counter()
    messages = []
    for table, done, again in zip(tables, computed, counted, strict=True):
        sheet = table.sheet or ""
        counts.update(done.output["status"].tolist())
        # Each message's tracker row's Draft subject and Draft, as written (edits kept): the
        # note of a panel's row, which its Draft subject cell links to (``with_subject_links``).
        notes = done.output.reindex(done.messages["row"].tolist())
        listed = done.messages.assign(
            sheet=sheet,
            listed=_listed_clients(done.messages, table),
            note_subject=notes["draft_subject"].to_numpy(),
            note=notes["draft"].to_numpy(),
        )
        if done.details is None:
            messages.append(listed)
            lives.append(None)
        else:
            # The day a run skips a message (an unsent thank-you too late): its urgency says so.
            skips = pd.Series(done.details.skips_on, index=done.frame.index)
            at = skips.reindex(done.messages["row"]).to_numpy()
            messages.append(listed.assign(skips_on=at))
            live = _live_status(table, done.frame, done.details, days)
            ahead = _ahead(table, done, again, days)
            lives.append(dataclasses.replace(live, ahead=ahead, marks=marks))
        status = done.output["status"]
        if "client" in table.mapping:
            column = table.mapping["client"] + 1
            unnamed = _empty_client_cells(table)
            cells = table.cells["client"]
            clients += client_groups(done.frame["client"], cells, status, unnamed, sheet, column)
        elif len(done.frame):  # a sheet without rows is nobody's: a new month's, a template
            tally = dict(Counter(status.tolist()))
            clients.append(ClientRows(done.frame["client"].iloc[0], sheet, 0, tally))
    combined = pd.concat(messages, ignore_index=True) if messages else pd.DataFrame()
    outbox = Outbox(
        with_subject_links(outbox_messages(combined, as_of, config.drafts_days)),
        sheets=len(tables),
        as_of=as_of,
        counts=dict(counts),
        clients=clients,
        order=tuple(table.sheet or "" for table in tables),
        one_tracker=frozenset(table.sheet or "" for table in tables if table.split_part),
    )
    return lives, outbox


def _live_status(
    table: RawTable,
    frame: pd.DataFrame,
    details: ScheduleDetails,
    days: Mapping[str, Sequence[dt.date | None]],
) -> LiveStatus:
    """The live-status inputs of a scheduled sheet (``write.live.live_status``)."""
    from followup_batch.write.live import live_status

    return live_status(
        table,
        frame["country"],
        details.next_action_key,
        details.later_status,
        details.moves_on,
        days,
        drops_on=details.drops_on,
        skips_on=details.skips_on,
        interview=frame["interview_date"].to_numpy(),
        applied=frame["applied_date"].to_numpy(),
    )


def _held_ahead(done: Computed) -> np.ndarray:
    """Per row, whether it needs info with a date refused as after the run's day."""
    needs_info = (done.output["status"] == NEEDS_INFO).to_numpy()
    return needs_info & done.frame["ahead_on"].notna().to_numpy()


def _counted_ahead(
    tables: list[RawTable], computed: list[Computed], config: Config, as_of: dt.date
) -> list[tuple[pd.DataFrame, Schedule] | None]:
    """Each sheet scheduled again with the dates after ``as_of`` counted as typed
    (``count_dates_ahead``; its normalised frame and schedule, no drafts: their statuses are
    all it is for), for a sheet with a row that needs info with such a date; None for the
    others (all of them, and nothing computed, in a tracker with none: the usual case). It
    costs a run a second normalising of the file (about 0.9 s of a 3,000-row tracker whose
    run takes 5 s)."""
    held = [done.details is not None and bool(_held_ahead(done).any()) for done in computed]
    if not any(held):
        return [None] * len(computed)
    with named("counting the dates typed ahead: "):
        total = sum(len(table.cells) for table in tables)
        frames = _normalised_sheets(tables, config, as_of, count_dates_ahead=True, total=total)
    return [
        (frame, schedule_rows(frame, config.rules, as_of, done.calendars)) if wanted else None
        for frame, done, wanted in zip(frames, computed, held, strict=True)
    ]


def _ahead(
    table: RawTable,
    done: Computed,
    again: tuple[pd.DataFrame, Schedule] | None,
    days: Mapping[str, Sequence[dt.date | None]],
) -> CountedAhead | None:
    """The rows of ``done`` that need info only for a date after the run's day, as ``again``
    (the sheet scheduled with it counted) gives them; None when there are none. A row that
    needs info in ``again`` too lacks something else: it stays a plain Needs info."""
    from followup_batch.write.live import FOLLOWING_DUE, CountedAhead

    if again is None:
        return None
    frame, schedule = again
    result = schedule.result
    only = _held_ahead(done) & (result["status"] != NEEDS_INFO).to_numpy()
    rows = done.frame.index[only]
    if not len(rows):
        return None
    output = result.loc[rows]
    return CountedAhead(
        on=done.frame["ahead_on"].loc[rows],
        rows=_live_status(table, frame, schedule.details, days).rows.loc[rows],
        status=output["status"],
        due=output["next_due"],
        following={key: output[key] for key in FOLLOWING_DUE.values() if key in output},
    )


def _listed_clients(messages: pd.DataFrame, table: RawTable) -> list[str]:
    """Each message's client as the Drafts sheet lists it: whose it is (``whose``), and none
    when that is the tracker's file name and no person's (``file_clients.names_nobody``): a
    job seeker's own "Job Hunt 2026.xlsx" has no client (ot119 F5). A sheet named for nobody
    beside a client's in a coach's workbook ("Sheet1" beside "Maya Chen") stays one, as the
    Summary counts it."""
    from followup_batch.read.file_clients import client_of, names_nobody

    whose = messages["whose" if "whose" in messages else "client"].tolist()
    named = client_of(table.path)
    # Asked once a client: a tracker's thousands of messages are a few clients'.
    nobody = {w for w in set(whose) if names_nobody(str(w), named)}
    return ["" if w in nobody else w for w in whose]


def _empty_client_cells(table: RawTable) -> set[int]:
    """The Excel rows whose Client cell is empty in the sheet: read from a merged cell above
    it, or blank (the sheet's own client)."""
    column = table.mapping["client"]
    merged = {row for row, at in table.merged_cells if at == column}
    return merged | blank_client_cells(table)


def blank_client_cells(table: RawTable) -> set[int]:
    """The Excel rows of ``table`` (which has a Client column) whose Client cell read is blank:
    their client is the sheet's own (``RawTable.default_client``)."""
    cells = table.cells["client"]
    blank = cells.isna() | cells.map(lambda value: isinstance(value, str) and not value.strip())
    return {int(row) for row in cells.index[blank]}


def due_by(messages: pd.DataFrame, as_of: dt.date) -> int:
    """How many of ``messages`` (one a recipient) are due on ``as_of`` or before: those the
    Drafts sheet lists as today's and overdue."""
    if not len(messages):
        return 0
    due = pd.to_datetime(messages["due"], errors="coerce")
    return int((due <= pd.Timestamp(as_of)).sum())


def problem_places(frame: pd.DataFrame, problems: pd.Series, shown: int) -> list[str]:
    """The first ``shown`` rows whose ``problems`` are not empty, by their Excel row (a CSV's
    row number) and company, as the run's line names them: '7 (Wise)', '15 (no company)'."""
    rows = problems.index[(problems != "").to_numpy()][:shown]
    companies = frame["company"].reindex(rows).tolist()
    names = [" ".join(str(name).split()) if isinstance(name, str) else "" for name in companies]
    return [
        f"{row} ({first_columns(name, 30) or 'no company'})"
        for row, name in zip(rows.tolist(), names, strict=True)
    ]


def make_up_notes(frame: pd.DataFrame, result: pd.DataFrame) -> list[str]:
    """The calendars whose make-up working days are not known yet for a year of the rows'
    interviews (applications without one: their applied dates) or of their follow-ups (the
    schedule's ``result``: its due dates), said by ``check`` and a run (-v) once a sheet
    (``business_days.make_up_day_notes``). ``check`` schedules the rows as the run does, with
    the config's [rules] (ot67 F3: a December interview's follow-ups counted in January said
    nothing; fx92: both counted an 8-week final follow-up of the config's as the shipped 4)."""
    from followup_batch.schedule.business_days import make_up_day_notes
    from followup_batch.schedule.result import DUE_COLUMNS

    dated = date_array(frame["interview_date"].fillna(frame["applied_date"]), "D")
    due = result.reindex(frame.index)
    days = [dated, *(date_array(due[column], "D") for column in DUE_COLUMNS if column in due)]
    countries = list(frame["country"]) * len(days)
    return make_up_day_notes(countries, np.concatenate(days))


def unread_columns(table: RawTable) -> tuple[list[int], list[int]]:
    """The columns the sheet's fields and stages do not read: (the tool's own columns, the
    person's headed columns left alone)."""
    used = {*table.mapping.values(), *table.stages}
    if table.outcome_result is not None:
        used.add(int(str(table.outcome_result.name)))
    tool = [col for col in _tool_columns(table) if col not in used]
    ignored = [
        col
        for col, header in enumerate(table.headers)
        if header and col not in used and col not in tool
    ]
    return tool, ignored


def left_alone(table: RawTable) -> str | None:
    """The line that names the person's columns no field reads ('Left alone: D "Prazo",
    E "Notas"'), as a run's notes say it; None when every column is read. A column another
    of the sheet's notes names already, with why it is not read ('"Follow up?" (G) asks a
    question…'), is not named again."""
    _, ignored = unread_columns(table)
    columns = [(column_letter(col + 1), table.headers[col]) for col in ignored]
    told = [
        (letter, header)
        for letter, header in columns
        if any(f'"{header}" ({letter})' in note for note in table.notes)
    ]
    rest = [column for column in columns if column not in told]
    return left_alone_line(rest) if rest else None


def left_alone_line(ignored: list[tuple[str, str]]) -> str:
    """'Left alone: D "Prazo", E "Notas"' for ``ignored`` (column letter, header) pairs."""
    return "Left alone: " + ", ".join(f'{letter} "{header}"' for letter, header in ignored)


def _tool_columns(table: RawTable) -> list[int]:
    """The columns an earlier run wrote, found by their headers as the next run finds them:
    the tool's to rewrite, not the user's columns left alone. A header that carries the
    tool's note is the tool's even alone (report ot83, F8: a header row pasted from the
    tracker onto another sheet, whose "Follow-up status" the run writes, was said to be left
    alone); the notes are looked up only when a header is named like one of the tool's."""
    from followup_batch.errors import UnsafeWrite
    from followup_batch.read.header_keys import header_key
    from followup_batch.write import tool_noted_columns
    from followup_batch.write.columns import OWNED_COLUMNS, find_owned_columns

    headers = table.headers
    try:
        found = find_owned_columns(enumerate(headers))
        if not found and table.kind == "xlsx":
            named = {header_key(title) for title in OWNED_COLUMNS.values()}
            if any(header_key(h) in named for h in headers if isinstance(h, str) and h):
                marked = tool_noted_columns(table)
                if marked:
                    found = find_owned_columns(enumerate(headers), marked=marked)
    except UnsafeWrite:  # two of one header and nothing tells which: run says so
        return []
    return sorted(found.values())
