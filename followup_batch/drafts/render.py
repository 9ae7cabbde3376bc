"""Drafts: a ready-to-edit message for every row's next action (DESIGN section 4).

``render_drafts(frame, actions, sender, templates)`` builds each row's context
(``drafts.context``) from the normalised frame, the schedule's next actions and the sender
profile, and renders the action's template (``drafts.templating``: shipped files, overridable
from a templates folder): one note per row for its ``Draft`` cell, and one message per
recipient.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from followup_batch.arguments import check_kind
from followup_batch.as_of import as_date
from followup_batch.drafts.context import (
    CONTEXT_COLUMNS,
    People,
    day_numbers,
    objects,
    row_contexts,
    sender_for,
    with_each_recipient,
)
from followup_batch.drafts.mailto import mailto, quote, quoted_addresses
from followup_batch.drafts.signer import signed_as_a_run_signs
from followup_batch.drafts.templating import TEMPLATE_FILES, Templates, load_templates
from followup_batch.errors import NotNormalised
from followup_batch.normalise.cells import (
    MAX_CELL_TEXT,
    cell_length,
    each_distinct,
    fits_cell,
    shortened,
    within_cell,
)
from followup_batch.normalise.columns import conformed, date_array
from followup_batch.read import RawTable
from followup_batch.schedule.labels import ACTION_LABELS
from followup_batch.schedule.result import NextActions

if TYPE_CHECKING:
    from followup_batch.as_of import AsOf

NOT_NORMALISED = (
    "render_drafts takes the frame normalise_rows gives (read_trackers, then normalise_rows); "
    "{what}"
)
DATE_COLUMNS = ("interview_date", "applied_date")  # the dates a draft names
# draft_problem: why a row has no draft though it has a next action (a user template failed,
# or rendered an empty subject or message, for it), or that its Draft cell holds the message
# cut (``cell_draft``), for its Problems cell; '' when it has its whole draft.
PER_ROW_COLUMNS = ("draft_subject", "draft", "mailto", "draft_problem")
NO_DRAFT = "no draft: "  # begins draft_problem, after "row N: "
MESSAGE_COLUMNS = (
    "row",
    "client",
    "company",
    "position",
    "to",
    "email",
    "action",
    "due",
    "subject",
    "body",
)


@dataclass(frozen=True)
class Drafts:
    """What ``render_drafts`` gives: each row's note, and the messages one per recipient."""

    per_row: pd.DataFrame  # indexed like the frame: PER_ROW_COLUMNS
    messages: pd.DataFrame  # one row per message: MESSAGE_COLUMNS


def render_drafts(
    frame: pd.DataFrame,
    actions: NextActions,
    sender: Mapping[str, str],
    templates: Templates,
    *,
    links: bool = True,
    clients: Mapping[str, Mapping[str, str]] | None = None,
    as_of: AsOf | None = None,
    table: RawTable | None = None,
    fit_cells: bool = True,
) -> Drafts:
    """The draft of every row's next action, and one message per recipient.

    ``frame`` is the normalised frame (``normalise.columns.NORMALISED_COLUMNS``), ``actions``
    its rows' next actions, in the same order (``Schedule.next_actions``: the action's key,
    its due date, and the stated decision with "within N business days" resolved). Rows whose
    next action is ``—`` get empty drafts and no messages. ``clients``: a client's own email,
    phone and signature by name (``drafts.context.sender_for``). ``as_of``: the run's date; an
    overdue message goes out on it, not on its due date (it names an interview more than a
    week before by its date, not its weekday): a date, datetime or Timestamp (its own date),
    or a ``YYYY-MM-DD`` string (``as_of.as_date``). ``table``: the ``RawTable`` the frame was
    read from; given, the drafts are signed as ``followup-batch run`` signs them
    (``signer.signed_as_a_run_signs``: a file named for nobody, "Job Tracker.csv", is signed by
    ``sender``, not by its file's name); without, each row's ``client`` signs.

    With ``fit_cells`` (a spreadsheet's Draft cells) a draft longer than a cell holds is cut to
    fit and its ``draft_problem`` says so (``cell_draft``); without (a dataset's Parquet
    output, whose text has no such limit) it is kept whole, as its message is.

    With ``links`` the per-row table also holds a ``mailto:`` link to everyone on the row
    (subject, and the body when it fits); without, that column is empty (the workbook does
    not use it, and percent-encoding 100,000 drafts takes about half a second).

    A user template that fails on a row (or renders its subject or message empty) gives it no
    draft and no messages, and a ``draft_problem`` naming the template's file and line.
    Raises ``NotNormalised`` when ``actions`` are not of ``frame``'s rows or a column the
    drafts read is of a kind no reading makes right (``normalise.columns.conformed``), and
    ``WrongArgument`` for an argument of another kind; nothing is returned half-done.
    """
    check_kind(frame, pd.DataFrame, "render_drafts", "frame", "pass normalise_rows's frame")
    check_kind(actions, NextActions, "render_drafts", "actions", "pass schedule.next_actions")
    check_kind(sender, Mapping, "render_drafts", "sender", "pass config.sender (a dict)")
    check_kind(templates, Templates, "render_drafts", "templates", "pass fb.load_templates()")
    if clients is not None:
        check_kind(clients, Mapping, "render_drafts", "clients", "pass config.clients")
    if table is not None:
        check_kind(table, RawTable, "render_drafts", "table", "pass the table read_trackers gave")
        frame, sender = signed_as_a_run_signs(frame, table, sender)
    frame = conformed(frame, (*CONTEXT_COLUMNS, *DATE_COLUMNS), NOT_NORMALISED)
    index = frame.index
    keys = np.asarray(actions.key, dtype=object)
    if len(keys) != len(index):
        raise NotNormalised(
            f"render_drafts takes the next actions of the frame's own rows "
            f"(schedule_rows(frame, ...).next_actions): {len(keys)} actions for "
            f"{len(index)} rows"
        )
    today = None if as_of is None else as_date(as_of)
    active = np.flatnonzero(np.isin(keys, list(TEMPLATE_FILES)))
    subjects = np.full(len(index), "", dtype=object)
    drafts = np.full(len(index), "", dtype=object)
    mailtos = np.full(len(index), "", dtype=object)
    problems = np.full(len(index), "", dtype=object)
    due = day_numbers(actions.due)
    message_columns: dict[str, Any] = {name: [] for name in MESSAGE_COLUMNS}
    if len(active):
        # The few columns the drafts read, at the active rows (a row subset of the whole
        # frame cost more than the rest of the context).
        cells = {
            name: [values[i] for i in active.tolist()]
            for name in CONTEXT_COLUMNS
            if name in frame.columns
            for values in [frame[name].tolist()]
        }
        decision = day_numbers(actions.decision)[active]
        interview = day_numbers(_dates(frame, "interview_date"))[active]
        applied = day_numbers(_dates(frame, "applied_date"))[active]
        send = due[active]
        if today is not None:
            send = np.maximum(send, (today - dt.date(1970, 1, 1)).days)
        on_holiday = actions.decision_on_holiday
        context, people = row_contexts(
            cells,
            keys[active],
            interview,
            decision,
            due[active],
            sender,
            applied,
            clients,
            send,
            None if on_holiday is None else on_holiday[active],
        )
        contexts, row_of, is_note = with_each_recipient(context, people)
        rendered = templates.render_many(contexts)
        # A row's problem: its first message's (the note, then each recipient's); the whole
        # row goes undrafted, as one message of a panel's would be missing.
        failed = np.full(len(active), "", dtype=object)
        for at in np.flatnonzero(rendered[2] != "")[::-1].tolist():
            failed[row_of[at]] = f"row {index[active[row_of[at]]]}: {NO_DRAFT}{rendered[2][at]}"
        ok = failed == ""
        subjects[active] = np.where(ok, rendered[0][is_note], "")
        drafts[active] = np.where(ok, rendered[1][is_note], "")
        for at in np.flatnonzero(ok).tolist():
            if fit_cells and not fits_cell(drafts[active[at]]):  # the messages stay whole
                signature = str(context["signature"][at])
                drafts[active[at]], failed[at] = cell_draft(drafts[active[at]], signature)
                failed[at] = f"row {index[active[at]]}: {failed[at]}"
        problems[active] = failed
        if links:
            mailtos[active] = np.where(ok, _links(people, subjects[active], drafts[active]), "")
        # A row of one recipient sends its group note; a row of several, the addressed ones.
        single = np.array([len(who.each) == 1 for who in people])
        sent = (~is_note | single[row_of]) & ok[row_of]
        at = row_of[sent]
        recipients = [
            (name, email)
            for who, drafted in zip(people, ok.tolist(), strict=True)
            if drafted
            for name, _, _, email in who.each
        ]
        # The step's label, also where the message is worded as another step's.
        labels = objects(ACTION_LABELS[action] for action in keys[active])
        message_columns = {
            "row": objects(index.tolist())[active][at].tolist(),
            "client": context["sender_name"][at],
            "company": context["company"][at],
            "position": context["position"][at],
            "to": [name for name, _ in recipients],
            "email": [email for _, email in recipients],
            "action": labels[at],
            "due": due[active][at],
            "subject": rendered[0][sent],
            "body": rendered[1][sent],
        }
    per_row = pd.DataFrame(
        {"draft_subject": subjects, "draft": drafts, "mailto": mailtos, "draft_problem": problems},
        index=index,
        dtype=object,
    )
    return Drafts(per_row, _message_table(message_columns, index.dtype))


# The line a Draft cell ends its signature with when the signature is cut to fit the cell.
SIGNATURE_CUT = "[… the signature is cut short here: an .eml draft (--eml-dir) holds it whole]"
LONG_LINE = 200  # a signature line this long (a disclaimer's paragraph) is cut at a word


def cell_draft(draft: str, signature: str = "") -> tuple[str, str]:
    """A message longer than a spreadsheet cell holds, as its Draft cell shows it, and the
    Problems line that says so; its .eml keeps it whole. The message's body is what the
    person edits, so it stays whole: its ``signature`` (as the template wrote it) keeps the
    lines that fit the whole cell, from its start, then a line saying it was cut
    (``SIGNATURE_CUT``); a long line of a disclaimer is cut at a word with "…". Only when the
    body alone passes a cell (or the signature is not found in the message as written) is
    every line kept and the longest cut short with "…", as every cell the tool writes (ot67
    F8, ot65 F9: every paragraph was cut to 80 characters, or 10, while the signature that
    made the message long lost 4 characters a line). A signature that makes it so is said
    once for the run (``long_signature_notes``), not on each row."""
    said = (
        f"the draft is {cell_length(draft):,} characters, more than a cell holds "
        f"({MAX_CELL_TEXT:,})"
    )
    at = draft.rfind(signature) if signature.strip() else -1
    if at >= 0:
        head, tail = draft[:at], draft[at + len(signature) :]
        room = MAX_CELL_TEXT - cell_length(head) - cell_length(tail) - len(SIGNATURE_CUT)
        if room >= 0:
            kept = within_cell(_signature_start(signature, room), room)
            return head + kept + SIGNATURE_CUT + tail, (
                f"{said}: the Draft cell shows its signature cut short, an .eml draft "
                f"(--eml-dir) holds it whole"
            )
        draft = head + SIGNATURE_CUT + tail
    return within_cell(draft), (
        f'{said}: the Draft cell shows its longest lines cut short with "…", an .eml draft '
        f"(--eml-dir) holds it whole"
    )


def _signature_start(signature: str, room: int) -> str:
    """The lines of ``signature`` from its start that fit in ``room`` characters, each with
    its line feed; of a long line that does not fit, the words that do, with "…"."""
    kept: list[str] = []
    for line in signature.split("\n"):
        if len(line) + 1 > room:
            if len(line) >= LONG_LINE and room > LONG_LINE // 2:
                kept.append(shortened(line, room - 1) + "\n")
            break
        kept.append(line + "\n")
        room -= len(line) + 1
    return "".join(kept)


def long_signature_notes(
    sender: Mapping[str, str], clients: Mapping[str, Mapping[str, str]] | None = None
) -> list[str]:
    """A note for each signature of the config, ``[sender]``'s and each ``[clients."Name"]``'s,
    longer than half a cell (ot63: one such gave every row the same Problems line): once for
    the run, as the run's other notes of the config."""
    tables = [("[sender]", sender)]
    tables += [(f'[clients."{name}"]', profile) for name, profile in (clients or {}).items()]
    notes = []
    for table, profile in tables:
        # As the drafts sign with it: its lines tidied (``sender_for``).
        signature = sender_for("", {"signature": profile.get("signature", "")})["signature"]
        if len(signature) > MAX_CELL_TEXT // 2:
            notes.append(
                f"{table} signature in the config is {len(signature):,} characters, more than "
                f"half of what a cell holds ({MAX_CELL_TEXT:,}): a draft it signs that passes a "
                "cell shows the signature cut short in its Draft cell (its row's Problems say "
                "so) and is whole in its .eml (--eml-dir); shorten the signature"
            )
    return notes


def _links(people: Sequence[People], subjects: np.ndarray, bodies: np.ndarray) -> np.ndarray:
    """``mailto`` of each row's group note; addresses and subjects repeat, each is encoded
    once."""
    to = each_distinct(quoted_addresses, (who.emails for who in people))
    return objects(map(mailto, to, each_distinct(quote, subjects), bodies))


def _message_table(columns: Mapping[str, Any], row_dtype: Any) -> pd.DataFrame:
    """The messages (MESSAGE_COLUMNS) from their columns: ``row`` the frame's labels (typed as
    pandas infers them, the index's type when there are none), ``due`` day numbers, the rest
    text."""
    # The text columns as one object block (a Series per column costs more than the work on
    # a tracker's few dozen messages), the two typed ones put in their places.
    texts = [name for name in MESSAGE_COLUMNS if name not in ("row", "due")]
    rows = list(columns["row"])
    block = np.empty((len(rows), len(texts)), dtype=object)
    for i, name in enumerate(texts):
        block[:, i] = columns[name]
    table = pd.DataFrame(block, columns=texts, dtype=object)
    table.insert(0, "row", pd.Series(rows) if rows else pd.Series(rows, dtype=row_dtype))
    day = np.asarray(columns["due"], dtype=np.int64)
    due = np.where(day < 0, np.datetime64("NaT"), day.astype("datetime64[D]"))
    table.insert(MESSAGE_COLUMNS.index("due"), "due", due.astype("datetime64[ns]"))
    return table


def _dates(frame: pd.DataFrame, name: str) -> np.ndarray:
    """A date column as datetime64 (all NaT when the frame lacks it)."""
    if name in frame.columns:
        return date_array(frame[name])
    return np.full(len(frame), np.datetime64("NaT", "ns"))


def render_one(
    row: Mapping[str, Any],
    action: str,
    sender: Mapping[str, str],
    templates: Templates | None = None,
    *,
    due: dt.date | None = None,
) -> Drafts:
    """Drafts for a single row given as a mapping of normalised fields (docs, notebooks)."""
    frame = pd.DataFrame(
        {key: [value] for key, value in row.items() if not isinstance(value, list)}
    )
    for name in ("interviewers", "interviewer_emails"):
        if name in row:
            frame[name] = pd.Series([list(row[name])], dtype=object)
    frame.index = pd.Index([2], name="excel_row")
    actions = NextActions(
        key=np.array([action], dtype=object),
        due=np.array([due or "NaT"], dtype="datetime64[D]"),
        decision=_dates(frame, "decision_date"),
    )
    return render_drafts(frame, actions, sender, templates or load_templates())
