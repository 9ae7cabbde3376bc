"""A person's own text in the tool's text columns: found, kept where it can be, never lost.

The tracker's ``Draft`` is a ready-to-edit message, and editing it where it stands is the
natural thing to do; a note typed into ``Why`` or ``Next action`` is just as much the person's.
After an in-place run the state file (``rerun``) keeps, for each sheet and each of those
columns (``OWNED_TEXT_COLUMNS``), a short hash of every distinct text the run wrote there —
by column, not by row, so sorting or inserting rows changes nothing — and a hash of each
drafted row's *occasion*: who the draft is from and to, for which application and interview,
which message (the step it is worded as: a 2nd check-in with no check-in sent is still the
first), and what has been sent so far. On the next run a cell whose text is neither empty
nor one the tool wrote is a hand edit:

- in ``Draft`` and ``Draft subject``, while the row's occasion is one the last run drafted for
  (the same message to the same people, nothing sent since), the person's text is kept in the
  tracker and is the message of the Drafts sheet and the exports;
- anywhere else, or once the step has moved on, the tool's text replaces it, and the replaced
  text is appended to ``.followup-backups/<tracker>.edited.txt`` first (with the date, cell and
  row), and the run says so without -v.

Without a usable state file (a file moved or renamed, saved under another name, its state
lost, or one an earlier version wrote without these hashes), a workbook still says the as-of
date of the run that last wrote it (its status header's note): the sheet's texts computed
again as of that date (``memory_as_of``) are the tool's, and only the cells that differ from
them are the person's (report ot27, F2: an upgrade filed 278 lines of the tool's own texts as
"your text"); a draft among them is kept as above when it is an edit of the row's draft then
(``_edited_from``) and few drafts differ (``_unless_drafts_differ_widely``). With no such date
(a CSV, a note gone) nothing can be told apart: every text of those columns that differs from
this run's may be the person's. Either way what is not kept is replaced, saved first as above,
and said in one line (report ot23, F1: a "Save As" copy lost its edited drafts without a word).
With no date, no draft is kept: with no record of the occasion a draft was edited for, a
thank-you note could go out as the check-in. A file an earlier version wrote before these
hashes, saved by no one since its run kept its record (``rerun.untouched_since_earlier_record``),
holds that version's texts alone, worded as it did: each is the tool's (``memory_as_read``;
report ot141, F3: an untouched CSV had 135 of them saved as the person's).
A backup put back over the tracker (or an older copy) holds the tool's texts of its own day,
not those of the record: when a cell differs from the record, the texts computed again as of
the header note's date and the record's (``Memory.as_of``) are the tool's too (``settle``'s
``texts_then``), and only the others are the person's.
A run to ``--output`` leaves the tracker as it is and finds nothing. Rules only, no I/O: the
replaced texts saved, and what the run says of the edits, are ``saved_edits``'s.
"""

from __future__ import annotations

import binascii
import dataclasses
import datetime as dt
import difflib
import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import pandas as pd

from followup_batch.read.column_letters import column_letter
from followup_batch.schedule.labels import ACTION_LABELS
from followup_batch.write import as_written
from followup_batch.write.columns import (
    OWNED_COLUMNS,
    OWNED_DATE_COLUMNS,
    OWNED_TEXT_COLUMNS,
    looks_written_by_the_tool,
)

if TYPE_CHECKING:
    from followup_batch.compute import Computed
    from followup_batch.read import RawTable

# The columns whose edit is kept while the row's occasion stays the same: the message.
KEPT_COLUMNS = ("draft_subject", "draft")
# The Drafts sheet's cells of whom and when a message goes (``read.outbox_cells.ROW_KEYS``),
# by key: the tool's copies of its tracker row's contact and Next due, written again on every
# run and never read there, so a person's value typed there is saved and said, never kept
# (``_message_cell_edits``).
MESSAGE_CELLS = {"to": "To", "email": "Email", "due": "Due"}
# The tracker's columns each is copied from: the contact's (an address may be in the name's
# cell, "Tom Baker <tom@acme.com>"), the tool's own Next due.
_COPIED_FROM = {"to": ("interviewer",), "email": ("interviewer_email", "interviewer")}
# A hash is 6 bytes (8 base64 characters): a state file of a 100,000-row tracker stays a
# few megabytes, and a person's edit taken for the tool's text is a chance in 10^9 per cell.
HASH_BYTES = 6
HASH_CHARS = 8
# What a drafted row is about: a change in any of these is a new occasion (the step moved on).
OCCASION_FIELDS = (
    "client",
    "company",
    "position",
    "interview_date",
    "interviewers",
    "interviewer_emails",
    "thank_you_done",
    "check_in_1_done",
    "check_in_2_done",
    "final_done",
    "application_check_in_done",
    "networking_sent",
)
# The occasion by the contacts' names (``Memory.occasions_by_name``): their addresses left out
# where the row names them. The same message to the same person at a new address (corrected
# in the app or in the Contact cell) is the same occasion: the edited draft stays (ot121 F4).
BY_NAME_LEFT_OUT = "interviewer_emails"
# Why a run has no record of what the tool wrote last (``rerun``), as the run says it.
NO_RECORD = "no record of the tool's last run here (renamed or moved?)"
EARLIER_RECORD = "the last-run record was written by an earlier version of the tool"
EARLIER_UNRECORDED = (
    "an earlier version of the tool last wrote this sheet and kept no last-run record"
)
EARLIER = (EARLIER_RECORD, EARLIER_UNRECORDED)  # an earlier version last wrote the sheet


OLDER_COPY = "this file was written by the run of "


def older_copy(stamped: dt.date, last: dt.date) -> str:
    """Why a run does not tell its texts by the record: the file says an earlier run wrote it
    (``stamped``) than the last run here (``last``), so the record describes another file: a
    copy put back over the tracker, whose texts are the tool's of that day, not the person's."""
    shown = f"{last:%a %m-%d}" if last.year == stamped.year else f"{last:%a %Y-%m-%d}"
    return f"{OLDER_COPY}{stamped:%a %Y-%m-%d}, not the last run ({shown}): an older copy?"


def text_hash(text: str) -> str:
    """The hash of a cell's text as the tool compares it: without white space around it, line
    breaks as line feeds and a spreadsheet's leading apostrophe dropped, so a file re-saved by
    a spreadsheet program (line endings, a CSV's "'=" guard) still reads as the tool's."""
    return _hash(_compared(text))


def text_hashes(texts: Iterable[str]) -> list[str]:
    """``text_hash`` of each of ``texts``, in order (``_hashes``)."""
    return _hashes([_compared(text) for text in texts])


def _compared(text: str) -> str:
    """A cell's text as ``text_hash`` compares it."""
    plain = (text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text).strip()
    if plain[:2] in ("'=", "'+", "'-", "'@"):
        plain = plain[1:]
    return plain


def _hash(text: str) -> str:
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=HASH_BYTES)
    # base64.b64encode's bytes, without its Python wrapper: half a million due dates are
    # hashed per run of a 100,000-row tracker
    return binascii.b2a_base64(digest.digest(), newline=False).decode("ascii")


def _hashes(texts: list[str]) -> list[str]:
    """``_hash`` of each of ``texts``, in order: the digests encoded at once (a hash is whole
    base64 characters, ``HASH_BYTES`` a multiple of 3), the 140,000 texts and drafted rows of
    a 100,000-row tracker hashed on every run (issue 15)."""
    blake2b, size = hashlib.blake2b, HASH_BYTES
    digests = b"".join(
        [blake2b(t.encode("utf-8", "surrogatepass"), digest_size=size).digest() for t in texts]
    )
    encoded = binascii.b2a_base64(digests, newline=False)
    return np.frombuffer(encoded, dtype=f"S{HASH_CHARS}").astype(str).tolist()  # type: ignore[no-any-return]


def _joined(hashes: Iterable[str]) -> str:
    """``hashes`` as a record keeps them: each once, in order, one after the other. Sorted as
    bytes by numpy (a record of a 100,000-row tracker holds about a million): each is
    ``HASH_CHARS`` base64 characters, so the bytes' order is the texts'; anything else (no
    hash of the tool's) is sorted as text."""
    distinct = hashes if isinstance(hashes, (set, frozenset)) else set(hashes)
    if not distinct:
        return ""
    try:
        each = np.array(list(distinct), dtype="S")
    except UnicodeEncodeError:  # not ASCII: not a hash of the tool's
        return "".join(sorted(distinct))
    each.sort()
    raw = each.tobytes()
    if each.dtype.itemsize != HASH_CHARS or b"\0" in raw:  # a shorter one, padded
        return "".join(sorted(distinct))
    return raw.decode("ascii")


def _split(text: object) -> frozenset[str]:
    if not isinstance(text, str) or len(text) % HASH_CHARS:
        raise ValueError("not a list of hashes")
    return frozenset(_EACH_HASH.findall(text))


_EACH_HASH = re.compile("." * HASH_CHARS, re.DOTALL)  # a record's hashes, one after the other


@dataclass(frozen=True)
class Memory:
    """What one sheet's last run wrote: per text column, the hashes of the tool's texts
    (``written``) and of the person's texts it kept (``kept``); the drafted occasions."""

    written: Mapping[str, frozenset[str]]
    kept: Mapping[str, frozenset[str]]
    occasions: frozenset[str]
    # Not a record but the tool's texts computed again as of the date the workbook says it
    # was last written (``memory_as_of``): a text of the tool's vocabulary is the tool's.
    recomputed_as_of: dt.date | None = None
    # Then, each row's message (``KEPT_COLUMNS``): a draft is kept only as an edit of it.
    recomputed_drafts: pd.DataFrame | None = field(default=None, compare=False)
    # The as-of date of the run that left the record (None in a record of an earlier version).
    as_of: dt.date | None = None
    # A record's due dates hashed as before issue 15's stop 49 (``_earlier_day_hash``): no
    # "day_hashes" in it. Its dates are looked up both ways (those of the tool's texts
    # computed again, ``with_texts_of``, are hashed the new way).
    earlier_day_hashes: bool = False
    # The hashes of the messages' subjects and texts the run wrote into the Drafts sheet
    # (``outbox_edits``); None in a record written before the sheet's edits were looked for.
    outbox: frozenset[str] | None = None
    # The hashes of the messages' To and Email cells the run wrote there, each with its row's
    # application (``_recipient_hashes``); None in a record written before they were looked
    # for (``_message_cell_edits``).
    recipients: frozenset[str] | None = None
    # The drafted occasions by the contacts' names (``occasion_hashes``): a draft of one of
    # these and not of ``occasions`` goes to a new address. None in a record written before.
    occasions_by_name: frozenset[str] | None = None
    # Of the tool's texts computed again (``memory_as_of``), the hashes of its Problems texts
    # with the rows they name left out (``_rows_left_out``): kept in no record.
    problems_anywhere: frozenset[str] = field(default=frozenset(), compare=False)
    # The as-of date the workbook's stamps said once that run was done (its header note,
    # ``write.written_as_of``; an earlier day when it kept them): a file stamped earlier was
    # written by an earlier run, an older copy put back (ot150 F1). None in a record without.
    stamped: dt.date | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "written": {
                key: _joined(self.written.get(key, ()))
                for key in (*OWNED_TEXT_COLUMNS, *OWNED_DATE_COLUMNS)
                if key in OWNED_TEXT_COLUMNS or key in self.written
            },
            "kept": {key: _joined(v) for key, v in self.kept.items() if v},
            "occasions": _joined(self.occasions),
        }
        if self.as_of is not None:
            data["as_of"] = self.as_of.isoformat()
        if not self.earlier_day_hashes:
            data["day_hashes"] = DAY_HASHES
        if self.outbox is not None:
            data["outbox"] = _joined(self.outbox)
        if self.recipients is not None:
            data["recipients"] = _joined(self.recipients)
        if self.occasions_by_name is not None:
            data["occasions_by_name"] = _joined(self.occasions_by_name)
        if self.stamped is not None:
            data["stamped"] = self.stamped.isoformat()
        return data

    def with_texts_of(self, others: Iterable[Memory]) -> Memory:
        """This record with the texts of ``others`` (the tool's texts computed again as of
        other dates, ``memory_as_of``) as the tool's own too."""
        written = {key: set(self.written.get(key, ())) for key in OWNED_TEXT_COLUMNS}
        written.update({key: set(self.written[key]) for key in self.written})
        outbox, recipients = self.outbox, self.recipients
        anywhere = set(self.problems_anywhere)
        for other in others:
            for key, hashes in other.written.items():
                if key in written:  # a record of an earlier version keeps no dates
                    written[key] |= hashes
            anywhere |= other.problems_anywhere
            if outbox is not None and other.outbox is not None:
                outbox |= other.outbox
            if recipients is not None and other.recipients is not None:
                recipients |= other.recipients
        return dataclasses.replace(
            self,
            written={k: frozenset(v) for k, v in written.items()},
            outbox=outbox,
            recipients=recipients,
            problems_anywhere=frozenset(anywhere),
        )

    @classmethod
    def from_json(cls, data: object) -> Memory:
        if not isinstance(data, dict):
            raise ValueError("not a memory")
        written, kept = data["written"], data.get("kept", {})
        if not isinstance(written, dict) or not isinstance(kept, dict):
            raise ValueError("not a memory")
        as_of = data.get("as_of")  # not in a record of an earlier version
        return cls(
            {
                key: _split(written[key])
                for key in (*OWNED_TEXT_COLUMNS, *OWNED_DATE_COLUMNS)
                if key in written
            },
            {key: _split(kept[key]) for key in KEPT_COLUMNS if key in kept},
            _split(data["occasions"]),
            as_of=None if as_of is None else dt.date.fromisoformat(as_of),
            earlier_day_hashes=data.get("day_hashes") != DAY_HASHES,
            outbox=_split(data["outbox"]) if "outbox" in data else None,
            recipients=_split(data["recipients"]) if "recipients" in data else None,
            occasions_by_name=_split(data["occasions_by_name"])
            if "occasions_by_name" in data
            else None,
            stamped=dt.date.fromisoformat(data["stamped"]) if "stamped" in data else None,
        )


def memory_for(memories: Mapping[str | None, Memory], sheet: str | None) -> Memory | None:
    """The sheet's memory; a renamed sheet of a one-sheet tracker is still that sheet."""
    if sheet in memories:
        return memories[sheet]
    return next(iter(memories.values())) if len(memories) == 1 else None


@dataclass(frozen=True)
class Edit:
    """A person's text in a tool cell: kept, or replaced by the tool's ``new`` text."""

    sheet: str | None
    row: int  # Excel row
    key: str  # the owned column's key
    column: int  # 0-based
    text: str
    new: str
    kept: bool
    told_before: bool = False  # kept by an earlier run too
    company: str = ""
    position: str = ""
    gone: bool = False  # in a row no longer the tracker's, whose tool cells the run clears
    # ... of an export that holds rows alike to it, no cell telling which (``matched_rows``)
    alike: bool = False
    unrecorded: bool = False  # no record of the last run: the person's text, or the tool's
    # A library write given no normalised frame cannot tell the draft's occasion (``settle``).
    occasion_unknown: bool = False
    action: str = ""  # the row's next action, for a status typed over: how to mark it sent
    sent_column: str = ""  # ... its sent column's header as written; '' when the sheet has none
    private: str = ""  # the header of the private column the text quotes: never kept
    dated: bool = False  # a date typed over a due date (not words): ``_dates_in``
    # Typed in the Drafts sheet, not in the tracker: that cell ("Drafts!J2", ``_outbox_edits``)
    outbox_cell: str = ""
    # ... over a message whose other copy (its tracker cell, another recipient's) was edited
    # too: that one is kept, this one saved and replaced.
    edited_twice: bool = False
    # A message's To, Email or Due (``MESSAGE_CELLS``): the tracker cell the tool copies it
    # from, as Excel names it ('export!G4 ("Contact Email")'; '' when the row has none), and
    # whether the tracker is made from an app's export, where that cell is changed in the app.
    copied_from: str = ""
    from_export: bool = False
    # The export a row gone from a workbook made from one no longer holds (or holds rows alike
    # to): the text is named by its application, not by its cell below the rows (ot118 F4).
    export: str = ""
    # ... a text of the person's own column there (``csv_workbook.own_columns``): its header.
    own: str = ""
    # ... of a row whose application the export holds with another contact in its place: the
    # row's contact and the export's (ot121 F1: Alice's note went to Carla's row).
    contacts: tuple[str, str] | None = None
    # ... of a row whose application the export still holds in other rows, not with this
    # row's contact (``csv_workbook.Update.contact_gone``): that contact.
    contact_gone: str = ""
    # A draft kept whose contact's address is new since the last run (its occasion by name
    # the same, ``Memory.occasions_by_name``): the addresses its messages go to now, ', '-
    # joined ('' none); None when not new. Said on that run only (ot121 F4).
    new_address: str | None = None
    # A draft not kept whose row's Next action cell still names the message it is: the row's
    # cells it was written from changed (its company's spelling, its interview date).
    written_for_other_cells: bool = False
    # A draft of a run without a record, an edit of the row's draft then but for another
    # application: it does not name the row's company or position as the tool's draft does
    # (``_names_application``; the row retyped for a new application since).
    written_for_other_application: bool = False
    # The positions in ``text.split()`` of the words no text of the tool's has there
    # (``own_words``): the person's; None where not looked for (a date, a row gone).
    own_words: tuple[int, ...] | None = None
    # A message of the Drafts sheet whose application no row of the tracker holds now (its
    # row deleted), its link naming a row that holds another: named by its application,
    # never by that row's cells (``at_rows_named``).
    message_gone: bool = False

    @property
    def cell(self) -> str:
        return f"{column_letter(self.column + 1)}{self.row}"

    @property
    def tracker_cell(self) -> str:
        """'Interviews!AE7 ("Draft")', "'Job Hunt'!AE7 (\"Draft\")" as Excel names a cell."""
        # A message's To, Email or Due is named by the row's Draft: the message it is of.
        title = OWNED_COLUMNS["draft" if self.key in MESSAGE_CELLS else self.key]
        return f'{sheet_prefix(self.sheet)}{self.cell} ("{title}")'

    @property
    def about(self) -> str:
        """The row's application, as a saved text is named: "Umbrella — Staff Engineer"."""
        return " — ".join(part for part in (self.company, self.position) if part)

    @property
    def where(self) -> str:
        """The cell typed in: the tracker's (``tracker_cell``), or the Drafts sheet's with the
        tracker cell whose message it is ('Drafts!J2, the message of Interviews!R2 ("Draft")');
        of a row gone from an export, its application ('the "Draft" of Umbrella — Staff
        Engineer, typed in the Drafts sheet'): its cell below the rows is no row to look at."""
        if self.export:
            title = self.own or MESSAGE_CELLS.get(self.key) or OWNED_COLUMNS[self.key]
            typed = ", typed in the Drafts sheet" if self.outbox_cell else ""
            return f'the "{title}" of {self.about or "a row of no company"}{typed}'
        if self.message_gone:
            title = f' ("{MESSAGE_CELLS[self.key]}")' if self.key in MESSAGE_CELLS else ""
            return f"{self.outbox_cell}{title}, the message of {self.about or 'no company'}"
        if self.key in MESSAGE_CELLS:
            title = MESSAGE_CELLS[self.key]
            return f'{self.outbox_cell} ("{title}"), the message of {self.tracker_cell}'
        if self.outbox_cell:
            return f"{self.outbox_cell}, the message of {self.tracker_cell}"
        return self.tracker_cell


@dataclass
class Settled:
    """One sheet's hand edits: those kept and those replaced, and its memory for next time."""

    edits: list[Edit] = field(default_factory=list)
    memory: Memory | None = None
    no_record: str = NO_RECORD  # why there was no record, when there was none
    recomputed_as_of: dt.date | None = None  # ``Memory.recomputed_as_of`` of the one used

    @property
    def replaced(self) -> list[Edit]:
        return [edit for edit in self.edits if not edit.kept]


def memory_as_of(table: RawTable, then: Computed, as_of: dt.date) -> Memory:
    """The memory a run as of an earlier date would have left: ``then`` is this sheet computed
    as of ``as_of``, the date the workbook says the tool last wrote it
    (``write.written_as_of``), from the same rows, config and calendars. Without a record of
    the last run (a tracker renamed, copied, or last run by an earlier version), the texts the
    tool wrote are told from the person's by it: the schedule is a pure function of the rows
    and the as-of date."""
    occasions = occasion_hashes(then.frame, then.output)
    return Memory(
        _written(then.output, as_written(table)) | _day_hashes(then.frame, then.output),
        {},
        frozenset(occasions["occasion"].dropna()),
        recomputed_as_of=as_of,
        recomputed_drafts=then.output[list(KEPT_COLUMNS)],
        outbox=_outbox_hashes(then.messages),
        recipients=_recipient_hashes(then.frame, then.messages),
        occasions_by_name=frozenset(occasions["by_name"].dropna()),
        problems_anywhere=_problems_anywhere(then.output, as_written(table)),
    )


# The rows a Problems text of the tool's names: its cells ("E35: Interview Date is empty")
# and other rows ("row 6", "rows 3-4, 6"). A sort moves the text with its row, so a copy with
# no record, computed again, has "E11: …" where the cell says "E35: …": the tool's all the
# same, whichever rows it names (fx356).
_ROWS_NAMED = re.compile(
    r"\b([A-Z]{1,3})[1-9][0-9]*\b|\b(rows?) [1-9][0-9]*(?:(?:, |-| and )[1-9][0-9]*)*\b"
)


def _rows_left_out(text: str) -> str:
    """A Problems text with the row numbers it names left out ("E#: Company is empty")."""
    return _ROWS_NAMED.sub(
        lambda m: f"{m.group(1)}#" if m.group(1) else f"{m.group(2)} #", _compared(text)
    )


def _problems_anywhere(output: pd.DataFrame, held: Callable[[str], str]) -> frozenset[str]:
    """The hashes of ``output``'s Problems texts with their rows left out (``_rows_left_out``)."""
    texts = {t for t in output["problems"].tolist() if isinstance(t, str) and t}
    return frozenset(_hash(_rows_left_out(held(t))) for t in texts)


def as_in_an_older_copy(edits: list[Edit], record: Memory) -> list[Edit]:
    """The ``edits`` found in a copy put back over the tracker (``older_copy``), told against
    the ``record`` of a later run and the tool's texts of the copy's own day: a text that is
    neither may be the tool's of an occasion since changed (a row's Outcome edited after the
    copy was made), so it is counted in the one line of a run without a record, not called
    the person's; a draft the record kept as the person's edit stays theirs (ot116 F1)."""
    return [
        edit
        if edit.kept or text_hash(edit.text) in record.kept.get(edit.key, frozenset())
        else dataclasses.replace(edit, unrecorded=True)
        for edit in edits
    ]


def memory_as_read(table: RawTable) -> Memory:
    """The memory of the run that wrote ``table``'s tool columns as they are read, in the
    tracker's rows and in those no longer its own: each text there is the tool's
    (``rerun.untouched_since_earlier_record``: an earlier version's run, saved by no one
    since). Its dates, occasions and messages are not known, as in that version's record:
    none is looked at."""
    parts = [cells for cells in (table.owned_cells, table.gone_cells) if cells is not None]
    written = {
        key: frozenset(
            text_hashes(
                value if isinstance(value, str) else str(value)
                for cells in parts
                if key in cells
                for value in cells[key].tolist()
                if not pd.isna(value) and value != ""
            )
        )
        for key in OWNED_TEXT_COLUMNS
    }
    return Memory(written, {}, frozenset())


def memory_written(table: RawTable, done: Computed, as_of: dt.date) -> Memory:
    """The memory of a run as of ``as_of`` that writes ``done`` whole, keeping no text of the
    person's: a run to --output, whose file then holds the tool's texts only. Kept in the
    file's record, so the run on it next tells them from what the person types there."""
    return dataclasses.replace(
        memory_as_of(table, done, as_of), recomputed_as_of=None, recomputed_drafts=None, as_of=as_of
    )


def _written(output: pd.DataFrame, held: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """The hashes of each text column's distinct texts in ``output``, as the file holds them."""
    return {
        key: frozenset(text_hashes(held(t) for t in set(output[key].tolist()) if t))
        for key in OWNED_TEXT_COLUMNS
    }


def settle(
    table: RawTable,
    done: Computed,
    last: Memory | None,
    no_record: str = NO_RECORD,
    *,
    occasions_known: bool = True,
    as_of: dt.date | None = None,
    texts_then: Callable[[], Iterable[Memory]] | None = None,
    outbox: pd.DataFrame | None = None,
) -> Settled:
    """Find the hand edits of ``table`` against ``last`` (the sheet's last run, or the tool's
    texts computed again, ``memory_as_of``; None: neither, and every text that differs from
    this run's is taken for one), keep the drafts that may be kept — in ``done.output`` and
    in ``done.messages`` — and give this run's memory. ``no_record``: why there is no record
    of the last run, as the run says it (``NO_RECORD``, ``EARLIER_RECORD``). Without
    ``occasions_known`` (a library write given no normalised frame) no row's occasion is
    known: no draft is kept, every one edited is saved and replaced. ``as_of``: this run's,
    kept in its memory. ``texts_then``: the tool's texts computed again as of the dates the
    workbook's header note and the record say (``memory_as_of``), asked for only when some
    text differs from the record: a backup put back holds the tool's texts of an earlier day,
    which are its own, not the person's. ``outbox``: the texts of the workbook's Drafts
    sheet (``read.outbox_cells``), when read: a person's text there is an edit of its row's
    message (``_outbox_edits``)."""
    output = done.output
    if occasions_known:
        occasions = occasion_hashes(done.frame, output)
    else:
        occasions = pd.DataFrame(None, index=output.index, columns=OCCASION_KINDS, dtype=object)
    # The file holds the tool's text as its format spells it ("->" for "→" in a cp1252 CSV):
    # that is what the next run reads back, so that is what is hashed and compared.
    held = as_written(table)
    edits: list[Edit] = []
    cells = table.owned_cells
    if outbox is not None and len(outbox):
        outbox = at_rows_named(table, done, outbox)
    if cells is not None:
        edits = _found(table, done, last, occasions, held, outbox)
        recorded = last is not None and last.recomputed_as_of is None
        if recorded and texts_then is not None and any(_may_be_earlier(e) for e in edits):
            assert last is not None
            last = last.with_texts_of(texts_then())
            edits = _found(table, done, last, occasions, held, outbox)
        if last is not None and last.recomputed_as_of is not None:
            edits = (
                _none_kept(edits)
                # an earlier version's wording: not theirs to keep
                if no_record in EARLIER
                else _unless_drafts_differ_widely(edits, cells)
            )
        if no_record not in EARLIER:
            edits = _words_in_next_action_said(edits)
        if not occasions_known:
            edits = [
                dataclasses.replace(e, occasion_unknown=True)
                if e.key in KEPT_COLUMNS and not e.gone
                else e
                for e in edits
            ]
        if edits:  # before the kept texts are put in the output: this run's texts only
            from followup_batch.memory.own_words import with_own_words

            edits = with_own_words(
                edits,
                cells,
                output,
                done.frame,
                upgraded=no_record in EARLIER,
                then=None if last is None else last.recomputed_drafts,
            )
        kept = [_in_lines(edit) for edit in edits if edit.kept]
        for edit in kept:
            output.loc[edit.row, edit.key] = edit.text
        if kept:
            done.messages, left_out = _with_kept(done.messages, kept)
            for row, line in left_out.items():
                why = output.loc[row, "why"]
                output.loc[row, "why"] = f"{why}\n{line}" if why else line
    kept_texts = {(edit.row, edit.key) for edit in edits if edit.kept}
    ours = output
    if kept_texts:  # the person's texts kept are not the tool's
        ours = output.copy()
        for row, key in kept_texts:
            ours.loc[row, key] = ""
    kept_memory = {
        key: frozenset(text_hash(e.text) for e in edits if e.kept and e.key == key)
        for key in KEPT_COLUMNS
    }
    return Settled(
        edits,
        Memory(
            _written(ours, held) | _day_hashes(done.frame, output),
            kept_memory,
            frozenset(occasions["occasion"].dropna()),
            as_of=as_of,
            outbox=_outbox_hashes(done.messages),
            recipients=_recipient_hashes(done.frame, done.messages),
            occasions_by_name=frozenset(occasions["by_name"].dropna()),
        ),
        no_record,
        None if last is None else last.recomputed_as_of,
    )


def at_rows_named(table: RawTable, done: Computed, outbox: pd.DataFrame) -> pd.DataFrame:
    """``outbox`` (the Drafts sheet's cells, ``read.outbox_cells``) with each message of
    ``table``'s sheet at the tracker row that holds the application it names (its Company and
    Position, ``about``). A sort of the tracker (Excel's and LibreOffice's, as they do it by
    default) moves no link to its rows: a message's link then names the row it was at, which
    holds another application now, and the tool's own To, Email and Due there read as typed
    over, its edited Draft as one of a row moved on (report ot128, F1: nine notes of text
    "replaced" on a five-row tracker nobody typed in; F2: the edit thrown out). Of rows alike,
    the one this run sends that message to (its To and Email, ``_rows_sent_to``). A message
    whose link's row holds its application, or that no one row does, stays at its link's; one
    that no row holds (its row deleted) is marked ``gone``: its cells are no edit of the
    application its link's row holds now (ot147 F2: the deleted row's Due was "your date"
    on another company's message)."""
    frame = done.frame
    who_at = {
        row: _who(_plain(company), _plain(position))
        for row, company, position in zip(
            frame.index.tolist(), frame["company"].tolist(), frame["position"].tolist(), strict=True
        )
    }
    rows = outbox["row"].to_numpy(dtype=np.int64)
    abouts, cells = outbox["about"].tolist(), outbox["cell"].tolist()
    named = {about: _who(*about) for about in set(abouts)}  # a message's cells name it alike
    moved = [
        i
        for i in np.flatnonzero(outbox["sheet"].to_numpy(dtype=object) == table.sheet).tolist()
        if named[abouts[i]] not in (_NO_ONE, who_at.get(int(rows[i])))
    ]
    gone = np.zeros(len(outbox), dtype=bool)
    if not moved:
        return outbox.assign(gone=gone)
    holding: dict[str, list[int]] = {}
    for row, who in who_at.items():
        holding.setdefault(who, []).append(int(row))
    sent = _message_values(done.messages)
    whom = _drafts_rows_whom(outbox.iloc[moved])
    placed = rows.copy()
    for i in moved:
        found = holding.get(named[abouts[i]], [])
        if len(found) > 1:
            found = _rows_sent_to(found, whom[_drafts_row(cells[i])], sent)
        if len(found) == 1:
            placed[i] = found[0]
        gone[i] = not found  # its row deleted: the row its link names holds another
    return outbox.assign(row=placed, gone=gone)


def _drafts_row(cell: str) -> str:
    """A Drafts-sheet cell's sheet and row ("Drafts!J4" -> "Drafts!4"): its message."""
    letters = cell.rstrip("0123456789")
    return letters.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + cell[len(letters) :]


def _drafts_rows_whom(outbox: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Each Drafts-sheet message (``_drafts_row``) -> its To and Email, as compared."""
    whom: dict[str, dict[str, str]] = {}
    for key, text, cell in zip(outbox["key"], outbox["text"], outbox["cell"], strict=True):
        found = whom.setdefault(_drafts_row(cell), {})
        if key in _COPIED_FROM:
            found[key] = _compared(str(text))
    return whom


def _rows_sent_to(
    found: list[int], whom: Mapping[str, str], sent: Mapping[tuple[int, str], list[str]]
) -> list[int]:
    """Of the rows alike ``found``, those whose messages this run sends to the To and Email a
    Drafts-sheet message names (``whom``): the tool's copies of the row's contact there. None
    when it names no one."""
    if not whom:
        return []
    return [
        row for row in found if all(text in sent.get((row, key), ()) for key, text in whom.items())
    ]


def _outbox_hashes(messages: pd.DataFrame) -> frozenset[str]:
    """The hashes of the messages' subjects and texts, as the Drafts sheet shows them: a text
    found there next time that is none of them is the person's (``_outbox_edits``)."""
    texts = {t for key in ("subject", "body") if key in messages for t in messages[key].tolist()}
    return frozenset(text_hashes(str(t) for t in texts if isinstance(t, str) and t))


def _found(
    table: RawTable,
    done: Computed,
    last: Memory | None,
    occasions: pd.DataFrame,
    held: Callable[[str], str],
    outbox: pd.DataFrame | None = None,
) -> list[Edit]:
    """The cells of ``table``'s tool columns that hold a text neither ``done`` writes nor
    ``last`` says the tool wrote, in the tracker's rows and in rows no longer its own, and
    the person's texts in the Drafts sheet's copies of its messages (``outbox``)."""
    cells = table.owned_cells
    assert cells is not None
    edits: list[Edit] = []
    for key in cells.columns:
        if key == "status":
            edits += _words_in_status(table, done, cells[key])
        elif key in OWNED_DATE_COLUMNS:
            edits += _dates_in(table, done, str(key), cells[key], last)
        else:
            edits += _edits_in(table, done, str(key), cells[key], last, occasions, held)
    edits = _but_dates_copied(cells, edits)
    if table.gone_cells is not None:
        edits += edits_in_rows_gone(table, table.gone_cells, last)
    if outbox is not None and len(outbox):
        edits += _outbox_edits(table, done, last, occasions, held, outbox, edits)
        edits += _message_cell_edits(table, done, last, outbox)
    return edits


def _outbox_edits(
    table: RawTable,
    done: Computed,
    last: Memory | None,
    occasions: pd.DataFrame,
    held: Callable[[str], str],
    outbox: pd.DataFrame,
    found: list[Edit],
) -> list[Edit]:
    """The person's texts typed over a message in the Drafts sheet (``outbox``:
    ``read.outbox_cells``), each taken as an edit of its tracker row's ``Draft`` (or ``Draft
    subject``): kept as an edit typed there is, or saved and replaced, and said naming the
    Drafts cell (report ot112, F4: they were replaced without a word). A text there is the
    tool's when the last run wrote it into the sheet (``Memory.outbox``) or the row's tracker
    cell holds it; with an earlier version's record none is looked for: a message to one of a
    row's several recipients differs from the row's Draft by itself. With no record and no
    date to compute the tool's texts as of (``last`` None: a copy whose header note is gone),
    a text that is none of this run's messages is the person's, saved and said as the
    tracker's cells are then (fx294: it was rebuilt without a word). Of two edits of one
    message (its tracker cell and its Drafts copy, or two recipients' copies) the first found
    is kept: the other is saved and replaced. A copy whose every line is in the text its row's
    tracker cell saves (``_said_within``) is not saved again: a row retyped for a new
    application, its old draft edited in the tracker, had the old draft saved twice, its
    Drafts copy as a deleted row's message (fx358)."""
    cells = table.owned_cells
    known = _outbox_hashes(done.messages) if last is None else last.outbox
    if cells is None or known is None:
        return []
    mine = outbox[(outbox["sheet"] == table.sheet) & outbox["row"].isin(cells.index)]
    taken = {(edit.row, edit.key) for edit in found}
    saving = {(edit.row, edit.key): edit.text for edit in found if not edit.kept}
    edits = []
    for row, key, text, cell, about, gone in _drafts_cells(mine):
        if key not in cells or not isinstance(text, str):  # a Subject or Draft is a text
            continue
        now = cells.at[row, key]
        digest = text_hash(text)
        if digest in known or (isinstance(now, str) and digest == text_hash(now)):
            continue
        said_within = _said_within(text, saving.get((row, key)))
        if gone and said_within:
            continue
        if gone:  # a deleted row's message: no edit of the message of the row its link names
            edits.append(
                Edit(
                    table.sheet,
                    int(row),
                    key,
                    table.owned_at[key],
                    text,
                    "",
                    kept=False,
                    company=about[0],
                    position=about[1],
                    outbox_cell=cell,
                    message_gone=True,
                    unrecorded=_no_record(last),
                )
            )
            continue
        typed = cells[key].copy()
        typed.loc[row] = text
        for edit in _edits_in(table, done, key, typed, last, occasions, held):
            if edit.row == row:
                if said_within and not edit.kept:
                    continue
                twice = (row, key) in taken
                edits.append(
                    dataclasses.replace(
                        edit,
                        kept=edit.kept and not twice,
                        told_before=False,
                        outbox_cell=cell,
                        edited_twice=twice,
                    )
                )
                taken.add((row, key))
    return edits


def _said_within(copy: str, saved: str | None) -> bool:
    """Whether every line of a Drafts-sheet ``copy`` is a line of the tracker cell's text
    ``saved`` this run (white space aside): saving the copy too would keep nothing more."""
    if saved is None:
        return False
    lines = {" ".join(line.split()) for line in _compared(saved).split("\n")}
    return all(" ".join(line.split()) in lines for line in _compared(copy).split("\n"))


def _message_cell_edits(
    table: RawTable, done: Computed, last: Memory | None, outbox: pd.DataFrame
) -> list[Edit]:
    """The person's values typed over a message's To, Email or Due in the Drafts sheet
    (``outbox``: ``read.outbox_cells``). They are the tool's copies of the tracker row's
    contact and Next due, which the Compose link, the .eml files and the digests take from
    the row: never kept there, each is saved and said with the cell it is copied from (report
    ot118, F2: they were put back without a word, while the sheet's Subject and Draft edits
    were said). A value is the tool's when this run writes it for the row, or the last run
    did (``Memory.recipients``; a due date among the row's ``Memory.written``); with a record
    that keeps none (an earlier version's) none is looked for. With no record and no date to
    compute the tool's values as of (``last`` None: a copy whose header note is gone), a
    value that is none of this run's is the person's, as its Draft texts are then
    (``_outbox_edits``; fx303: they were replaced without a word). A message no one row holds
    the application of (``at_rows_named``) is told by the application its Drafts row names:
    the tool wrote its To, Email and Due for that one, not for the row its link names."""
    cells = table.owned_cells
    earlier = last is not None and last.recipients is None
    if earlier or cells is None or "draft" not in table.owned_at:
        return []
    mine = outbox[
        (outbox["sheet"] == table.sheet)
        & outbox["key"].isin(list(MESSAGE_CELLS))
        & outbox["row"].isin(cells.index)
    ]
    if mine.empty:
        return []
    now = _message_values(done.messages)
    edits = []
    for row, key, value, cell, about, gone in _drafts_cells(mine):
        company = _plain(done.frame.at[row, "company"])
        position = _plain(done.frame.at[row, "position"])
        if _who(*about) not in (_NO_ONE, _who(company, position)):
            company, position = about
        values = now.get((row, key), [])
        typed = _typed_message_cell(key, value, values, last, (company, position), table.epoch_1904)
        if typed is None:
            continue
        text, dated = typed
        edits.append(
            Edit(
                table.sheet,
                int(row),
                key,
                table.owned_at["draft"],
                text,
                "" if gone else ", ".join(dict.fromkeys(values)),
                kept=False,
                company=company,
                position=position,
                dated=dated,
                outbox_cell=cell,
                copied_from="" if gone else _copied_from(table, key, int(row)),
                # No run to tell it by: the person's, or the tool's of another day, counted
                # in the one line of a run without a record, as the tracker's due dates are
                # (ot147 F2: the tool's own dates there were "your date" one by one).
                unrecorded=_no_record(last),
                message_gone=bool(gone),
            )
        )
    return edits


def _drafts_cells(
    outbox: pd.DataFrame,
) -> Iterator[tuple[int, str, object, str, tuple[str, str], bool]]:
    """Each Drafts sheet cell of ``outbox`` (``read.outbox_cells``): its tracker row, the key
    it is a copy of, what it holds, where it is (``Drafts!J2``), the company and position its
    row shows, and whether the tracker row is deleted (``at_rows_named``; none when not
    looked for)."""
    gone = outbox["gone"].tolist() if "gone" in outbox else [False] * len(outbox)
    return zip(
        outbox["row"],
        outbox["key"],
        outbox["text"],
        outbox["cell"],
        outbox["about"],
        map(bool, gone),
        strict=True,
    )


def _no_record(last: Memory | None) -> bool:
    """No record of the last run: none at all, or the tool's texts computed again as of the
    day the workbook says (``memory_as_of``), which cannot tell whose a differing value is."""
    return last is None or last.recomputed_as_of is not None


def _typed_message_cell(
    key: str,
    value: object,
    values: list[str],
    last: Memory | None,
    about: tuple[str, str],
    epoch_1904: bool = False,
) -> tuple[str, bool] | None:
    """A message's To, Email or Due cell (``key``) holding ``value`` as the person's: its
    text and whether it is a date typed over the Due; None when it is the tool's, written by
    this run (``values``) or the last (``last``, None for none) for the application ``about``
    (company, position)."""
    company, position = about
    if key == "due":
        days = _cell_days(value, None, epoch_1904)
        if _due_written(days, values, last, company, position):
            return None
        return typed_text(value), days not in (None, _PLACEHOLDER)
    text = str(value)
    recipients = frozenset() if last is None else last.recipients or frozenset()
    if _compared(text) in values or _recipient_hash(company, position, key, text) in recipients:
        return None
    return text, False


def message_cells_of_gone(
    sheet: str | None,
    row: int,
    column: int,
    typed: Iterable[tuple[str, object, str]],
    last: Memory,
    about: tuple[str, str],
) -> list[Edit]:
    """The person's values typed over the To, Email or Due of a message in the Drafts sheet
    (``typed``: key, value, Drafts cell) whose row is gone (a row an export no longer holds,
    its tool cells at ``row`` below the rows, its Draft in ``column``): saved and said as the
    message's Draft is, not dropped without a word (fx275). None without a record of what
    the tool wrote there (``Memory.recipients``)."""
    if last.recipients is None:
        return []
    edits = []
    for key, value, cell in typed:
        found = _typed_message_cell(key, value, [], last, about)
        if found is not None:
            text, dated = found
            company, position = about
            edits.append(
                Edit(
                    sheet,
                    row,
                    key,
                    column,
                    text,
                    "",
                    kept=False,
                    company=company,
                    position=position,
                    gone=True,
                    dated=dated,
                    outbox_cell=cell,
                )
            )
    return edits


def _message_values(messages: pd.DataFrame) -> dict[tuple[int, str], list[str]]:
    """(tracker row, ``MESSAGE_CELLS`` key) -> what this run writes in the Drafts sheet's
    cells of the row's messages, one a recipient, as compared (``_compared``); due dates as
    ISO days."""
    found: dict[tuple[int, str], list[str]] = {}
    if not len(messages):
        return found
    rows = messages["row"].tolist()
    columns = {key: _sheet_texts(messages[key]) for key in _COPIED_FROM}
    columns["due"] = _iso_days(messages["due"])
    for key, texts in columns.items():
        for row, text in zip(rows, texts, strict=True):
            found.setdefault((int(row), key), []).append(text)
    return found


def _sheet_texts(column: pd.Series) -> list[str]:
    """A messages' column as its Drafts sheet cells hold it (``safe_text``), as compared."""
    from followup_batch.write.xlsx.design import safe_text

    return [_compared(safe_text(value)) for value in column.tolist()]


def _due_written(
    days: frozenset[str] | None,
    now: list[str],
    last: Memory | None,
    company: str,
    position: str,
) -> bool:
    """Whether a Due cell's ``days`` (``_cell_days``) hold the message's due date of this run
    (``now``) or the row's Next due the last run wrote (``Memory.written``; None: no run)."""
    if days is None or days == _PLACEHOLDER:
        return False
    if days & set(now):
        return True
    if last is None:
        return False
    recorded = last.written.get("next_due", frozenset())
    return any(
        _day_hash(company, position, day) in recorded
        or (last.earlier_day_hashes and _earlier_day_hash(company, position, day) in recorded)
        for day in days
    )


def _recipient_hash(company: str, position: str, key: str, text: str) -> str:
    """A message's To or Email (``key``) as the Drafts sheet shows it, with its row's
    application (``_who``): a name or address the tool wrote on another row is still the
    person's on this one."""
    return _hash(_recipient_text(_who(company, position), key, _compared(text)))


def _recipient_text(who: str, key: str, compared: str) -> str:
    return f"{who}\x1f{key}\x1f{compared}"


def _recipient_hashes(frame: pd.DataFrame, messages: pd.DataFrame) -> frozenset[str]:
    """``_recipient_hash`` of each message's To and Email this run writes, at once
    (``_hashes``): by application, not by row, so sorting the rows changes nothing."""
    if not len(messages):
        return frozenset()
    rows = messages["row"].tolist()
    companies = frame["company"].reindex(rows).tolist()
    positions = frame["position"].reindex(rows).tolist()
    whos = [_who(_plain(c), _plain(p)) for c, p in zip(companies, positions, strict=True)]
    texts = [
        _recipient_text(who, key, text)
        for key in _COPIED_FROM
        for who, text in zip(whos, _sheet_texts(messages[key]), strict=True)
        if text
    ]
    return frozenset(_hashes(texts))


def _copied_from(table: RawTable, key: str, row: int) -> str:
    """The tracker cell a message's To, Email or Due is copied from, as Excel names it with
    its header ('export!G4 ("Contact Email")'); '' when the sheet has none (no contact
    column)."""
    if key == "due":
        column = table.owned_at.get("next_due")
        title = OWNED_COLUMNS["next_due"]
    else:
        column = next((table.mapping[f] for f in _COPIED_FROM[key] if f in table.mapping), None)
        title = "" if column is None else table.headers[column]
    if column is None:
        return ""
    return f'{sheet_prefix(table.sheet)}{column_letter(column + 1)}{row} ("{title}")'


def sheet_prefix(sheet: str | None) -> str:
    """A cell's sheet as Excel names it before the cell ("Interviews!", "'Job Hunt'!"); ''
    for a CSV's."""
    if not sheet:
        return ""
    plain = sheet.replace("_", "").isalnum() and not sheet[0].isdigit()
    return (sheet if plain else "'" + sheet.replace("'", "''") + "'") + "!"


def _in_lines(edit: Edit) -> Edit:
    """A kept text with its line breaks as a cell holds them (``in_lines``). The writer leaves
    no carriage return in a cell, and deleting it joined the lines' words (ot99 F2)."""
    if "\r" not in edit.text:
        return edit
    return dataclasses.replace(edit, text=in_lines(edit.text))


def in_lines(text: str) -> str:
    """A person's ``text`` with its line breaks as line feeds: a CR LF (Windows) or a lone
    carriage return (old Mac text, some paste sources) is one. What a kept text is written
    with (``_in_lines``), and a replaced one saved with (``saved_edits.save_replaced``)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _may_be_earlier(edit: Edit) -> bool:
    """Whether ``edit``'s text may be one the tool wrote on an earlier day (a text, or a date
    in a due column; not words there or in the status, which the tool never writes)."""
    if edit.key in OWNED_DATE_COLUMNS or edit.key == "due":
        return edit.dated
    return edit.key != "status"


def _unless_drafts_differ_widely(edits: list[Edit], cells: pd.DataFrame) -> list[Edit]:
    """``edits`` told against the tool's texts computed again (``memory_as_of``), with no
    draft kept when the drafts that differ from those are more than a person edits by hand
    (``DIFFERING_DRAFTS_AT_MOST``): the recomputation does not reproduce the tool's drafts
    then — signed with another name (a tracker renamed from "Maya Chen.xlsx" is signed by
    its new name), or worded by an earlier version of the tool — so which are the person's
    cannot be told: each is saved and replaced, as with no date to compute them as of."""
    filled = int(cells["draft"].map(lambda v: isinstance(v, str) and bool(v.strip())).sum())
    differ = sum(edit.key == "draft" and not edit.gone for edit in edits)
    if differ <= max(DIFFERING_DRAFTS_AT_MOST, filled * DIFFERING_DRAFTS_SHARE):
        return edits
    return _none_kept(edits)


def _words_in_next_action_said(edits: list[Edit]) -> list[Edit]:
    """``edits`` with the words typed over a ``Next action`` said one by one, quoted, with a
    record of the last run or without: the tool writes only its labels there (a label found
    there is no edit, ``_edits_in``), so words there are the person's for certain, as words
    over a due date are (ot147 F4: "Wait for Dana's call" was only counted in the one line of
    a run without a record). Not after an upgrade: an earlier version's labels may read
    otherwise, and are counted in that line."""
    return [
        dataclasses.replace(edit, unrecorded=False)
        if edit.key == "next_action" and edit.unrecorded
        else edit
        for edit in edits
    ]


def _none_kept(edits: list[Edit]) -> list[Edit]:
    """``edits`` with no draft kept: each saved and replaced, said in the one line of a run
    without a record. So after an upgrade (a record an earlier version wrote, or its backups
    and none: ``rerun.no_record_reason``): the drafts computed again are worded as this
    version words them, and a draft of the earlier version's that differs (another sentence,
    a note of a private column quoted, no signature) cannot be told from a person's edit of
    it (report ot64, F3: the old drafts were kept as "your edited text" and sent)."""
    return [
        dataclasses.replace(edit, kept=False, told_before=False, unrecorded=True)
        if edit.key in KEPT_COLUMNS
        else edit
        for edit in edits
    ]


def _edits_in(
    table: RawTable,
    done: Computed,
    key: str,
    cells: pd.Series,
    last: Memory | None,
    occasions: pd.DataFrame,
    held: Callable[[str], str],
) -> list[Edit]:
    new = done.output[key]
    values = cells.to_numpy(dtype=object)
    filled = ~pd.isna(values)
    # A cell that holds the text this run writes loses nothing: only the others are looked at.
    differ = np.flatnonzero(filled & (values != new.to_numpy(dtype=object)))
    written = frozenset() if last is None else last.written.get(key, frozenset())
    edits = []
    rows = cells.index
    hashes: dict[str, str] = {}  # a text repeated down the column is hashed once
    from followup_batch.normalise.topics import private_notes, quoted_note

    private = private_notes(table) if key in KEPT_COLUMNS else None
    in_ascii = _as_written_in_ascii(table) if differ.size else None
    written_for = _written_for_action(table, done) if key in KEPT_COLUMNS else None
    moved_on, same_action = (None, None) if written_for is None else written_for
    for i in differ.tolist():
        text = values[i] if isinstance(values[i], str) else str(values[i])
        if not text.strip():
            continue
        digest = hashes.get(text)
        if digest is None:
            digest = hashes[text] = text_hash(text)
        now = str(new.iat[i])
        if digest in written or digest == text_hash(held(now)):
            continue
        if in_ascii is not None and digest == text_hash(in_ascii(now)):
            continue  # the tool's text as it wrote it while the file was ASCII (ot98 F10)
        unsure = last is None or last.recomputed_as_of is not None
        if unsure and key == "problems" and _moved_problem(text, held(now), last):
            continue  # the tool's problem, its row moved by a sort: "E35: …" on row 11
        if unsure and key == "next_action" and looks_written_by_the_tool(key, [text]):
            continue  # one of the tool's labels ("Thank-you note"): nothing of the person's
        row = int(rows[i])
        same, by_name = _same_occasion(occasions, i, last)
        if key in KEPT_COLUMNS and not (same or by_name):
            same = _same_but_the_clients_case(done, i, last)
        company = _plain(done.frame["company"].iat[i])
        position = _plain(done.frame["position"].iat[i])
        kept = (
            last is not None
            and key in KEPT_COLUMNS
            and (same or by_name)
            and (
                last.recomputed_drafts is None
                or _edited_from(text, last.recomputed_drafts[key].get(row, ""))
            )
            and not (moved_on is not None and moved_on[i])
        )
        other_application = (
            kept
            and last is not None
            and last.recomputed_drafts is not None
            and not _names_application(
                text, last.recomputed_drafts[key].get(row, ""), company, position
            )
        )
        kept = kept and not other_application
        quotes = "" if private is None else quoted_note(text, now, private[1].get(row))
        kept = kept and not quotes
        recorded = last is not None and last.recomputed_as_of is None
        rewritten = not (kept or quotes or same or by_name) and recorded
        rewritten = rewritten and isinstance(occasions["occasion"].iat[i], str)
        edits.append(
            Edit(
                table.sheet,
                row,
                key,
                table.owned_at[key],
                text,
                now,
                kept=kept,
                told_before=kept and last is not None and digest in last.kept.get(key, frozenset()),
                company=company,
                position=position,
                # Without a record, what is not kept is said in one line (``saved_edits``).
                unrecorded=not kept
                and not quotes
                and not other_application
                and (last is None or last.recomputed_as_of is not None),
                written_for_other_application=other_application,
                private=private[0] if quotes and private is not None else "",
                written_for_other_cells=rewritten and same_action is not None and same_action[i],
                # said with the draft, not its subject too: once
                new_address=_addresses(done.frame, i)
                if kept and key == "draft" and not same
                else None,
            )
        )
    return edits


def _moved_problem(text: str, now: str, last: Memory | None) -> bool:
    """Whether a Problems cell's ``text`` is the tool's but for the rows it names: this run's
    text of its row (``now``) or one of the texts computed again (``last``), rows left out."""
    apart = _rows_left_out(text)
    if apart == _rows_left_out(now):
        return True
    return last is not None and _hash(apart) in last.problems_anywhere


def _same_occasion(occasions: pd.DataFrame, at: int, last: Memory | None) -> tuple[bool, bool]:
    """Whether the row at ``at`` drafts for an occasion ``last`` drafted for: the same, and
    the same by the contacts' names (``occasion_hashes``), its address new; neither for a row
    without a draft, or without a record."""
    occasion, by_name = occasions["occasion"].iat[at], occasions["by_name"].iat[at]
    if last is None or not isinstance(occasion, str):
        return False, False
    if occasion in last.occasions:
        return True, True
    named = last.occasions_by_name
    return False, named is not None and isinstance(by_name, str) and by_name in named


def _same_but_the_clients_case(done: Computed, at: int, last: Memory | None) -> bool:
    """Whether the row at ``at`` drafts for an occasion the record ``last`` drafted for with
    its client's name in another case: one person, one message. An earlier version named the
    client of a file without a Client column as a person's name ("Mine" of mine.csv, which
    signed its drafts), this one as the file names it ("mine", which signs none): the person's
    edit of that draft stays theirs (report ot141, F1: it was replaced, said to be written
    from other cells of the row). Asked of an edited draft only, never of a recomputation."""
    from followup_batch.read.names import capitalised_name

    if last is None or last.recomputed_as_of is not None or "client" not in done.frame:
        return False
    client = done.frame["client"].iat[at]
    if not isinstance(client, str) or not client.strip():
        return False
    row, output = done.frame.iloc[[at]], done.output.iloc[[at]]
    spelt = {client.casefold(), client.upper(), capitalised_name(client)} - {client}
    return any(
        occasion_hashes(row.assign(client=other), output)["occasion"].iat[0] in last.occasions
        for other in sorted(spelt)
    )


def _addresses(frame: pd.DataFrame, at: int) -> str:
    """The contacts' addresses of the row at ``at``, as its messages go to them."""
    emails = frame[BY_NAME_LEFT_OUT].iat[at] if BY_NAME_LEFT_OUT in frame else None
    return ", ".join(emails) if isinstance(emails, (list, tuple)) else ""


def _as_written_in_ascii(table: RawTable) -> Callable[[str], str] | None:
    """The tool's text as it writes it into a CSV of ASCII alone (``csv_out.text_encoding``:
    "→" as "->", "—" as "-", "…" as "...", "é" of a name as "e"), for a CSV it writes
    otherwise now: a cell holding that is the tool's own text of the runs before the file
    became UTF-8 or a code page (a letter typed, a byte-order mark), not a person's edit,
    record or none (ot98 F10: a renamed copy's "->" Why cells were saved as edits). None for
    a workbook, and for a CSV the tool writes in ASCII already (``as_written`` is that)."""
    if table.kind != "csv" or table.csv is None:
        return None
    from followup_batch.write.csv_out import csv_text_as_written, text_encoding

    if text_encoding(table.csv.fmt) == "ascii":
        return None
    return functools.partial(csv_text_as_written, encoding="ascii")


# Of a text and the tool's draft it was edited from, the share of their words in common (in
# order) above which it is an edit of that draft: a person's added or reworded sentence keeps
# most of the draft (0.8 and more); another message to the same person (the thank-you note a
# row held before its sent date was typed, where the check-in is due now) shares its greeting,
# names and sign-off only (0.3 to 0.45).
EDITED_FROM_AT_LEAST = 0.6
# How many of a sheet's drafts a person edits by hand between two runs, at most: more drafts
# than this differing from the tool's, computed again, say the recomputation is not the
# tool's wording then (``_unless_drafts_differ_widely``).
DIFFERING_DRAFTS_AT_MOST = 3
DIFFERING_DRAFTS_SHARE = 0.1


def _edited_from(text: str, drafted: object) -> bool:
    """Whether ``text`` is an edit of the tool's ``drafted`` message: without a record of the
    occasion it was written for, the text itself tells which message it is."""
    if not isinstance(drafted, str) or not drafted:
        return False
    matcher = difflib.SequenceMatcher(None, drafted.split(), text.split(), autojunk=False)
    return matcher.ratio() >= EDITED_FROM_AT_LEAST


def _spelt(text: str) -> str:
    return " ".join(text.split()).casefold()


def _names_application(text: str, drafted: object, company: str, position: str) -> bool:
    """Whether ``text`` names the row's application where the tool's ``drafted`` message
    does: its company and its position, each that the draft quotes. Without a record, the
    recomputed draft is worded from the row as it is now, so a row whose Company or Position
    was retyped (reused for a new application) holds the old application's draft, most of
    whose words are the new one's too (report fx356: a draft thanking the wrong company was
    kept as if it were the person's edit)."""
    if not isinstance(drafted, str):
        return True
    theirs, ours = _spelt(text), _spelt(drafted)
    return all(
        _spelt(part) in theirs
        for part in (company, position)
        if part.strip() and _spelt(part) in ours
    )


def edits_in_rows_gone(table: RawTable, cells: pd.DataFrame, last: Memory | None) -> list[Edit]:
    """A person's text in the tool's cells of rows that are no longer the tracker's (the run
    clears them): anything but the tool's own texts (any text, with no record) and dates."""
    edits = []
    for key in cells.columns:
        if key == "status":  # a row is gone by its status word (or formula): the tool's
            continue
        ours: frozenset[str] = frozenset()
        if last is not None:
            ours = last.written.get(str(key), frozenset()) | last.kept.get(str(key), frozenset())
        dates = key in OWNED_DATE_COLUMNS
        for row, value in cells[key].items():
            if not isinstance(value, str) or not value.strip():
                continue
            if dates and _is_date_text(value):
                continue
            if not dates and text_hash(value) in ours:
                continue
            edits.append(
                Edit(
                    table.sheet,
                    int(row),
                    str(key),
                    table.owned_at[str(key)],
                    value,
                    "",
                    False,
                    gone=True,
                    unrecorded=(last is None or last.recomputed_as_of is not None) and not dates,
                )
            )
    return edits


def _dates_in(
    table: RawTable, done: Computed, key: str, cells: pd.Series, last: Memory | None
) -> list[Edit]:
    """A due column's cells that hold anything but the date the tool writes there now or
    wrote there last for the row's application (``_day_hashes``): words ("sent 11/21 - Dana
    replied"), a formula, a number, or a date typed over the tool's to postpone it (report
    ot83, F5: a typed date was overwritten without a word and not saved). Each is a person's,
    replaced and saved like any other text; words always said one by one, a date so when
    a record of the last run says the tool's dates. Without one, a date that differs from
    this run's (or from the tool's computed again as of the date the workbook says:
    ``memory_as_of``) is saved and said in the one line of a run without a record; with a
    record an earlier version kept (no dates in it), a date is not looked at."""
    values = cells.to_numpy(dtype=object)
    dayfirst = _csv_dayfirst(table)
    recorded = None if last is None else last.written.get(key)
    earlier = last is not None and last.earlier_day_hashes
    # The columns as lists once: a frame's cell looked up row by row costs a Series each
    # (a 100,000-row re-run spent 40 s here).
    nows = _iso_days(done.output[key])
    companies = done.frame["company"].tolist()
    positions = done.frame["position"].tolist()
    edits = []
    listed = values.tolist()
    for i in _not_the_days(values, nows).tolist():
        value = listed[i]
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        # The tool's own date read back, as most cells are (a date cell: the reader's date,
        # or a date at midnight): said without parsing (``_cell_days`` would give that day
        # alone). A 100,000-row re-run parsed its 500,000 date cells here, 1.5 s.
        if isinstance(value, dt.datetime):
            if nows[i] and value.isoformat() == f"{nows[i]}T00:00:00":
                continue
        elif isinstance(value, dt.date) and value.isoformat() == nows[i]:
            continue
        days = _cell_days(value, dayfirst, table.epoch_1904)
        if days == _PLACEHOLDER:
            continue
        now = nows[i]
        company = _plain(companies[i])
        position = _plain(positions[i])
        unrecorded = False
        if days is not None:  # a date: the tool's when it is this run's or the last run's
            if now in days:
                continue
            if last is not None and recorded is None:
                continue  # a record of an earlier version: the tool's dates then unknown
            if recorded is not None and any(
                _day_hash(company, position, day) in recorded
                or (earlier and _earlier_day_hash(company, position, day) in recorded)
                for day in days
            ):
                continue
            # Without a record, a date told from the tool's computed again is said in the
            # one line of such a run: a sent mark typed since moves the date computed again.
            unrecorded = last is None or last.recomputed_as_of is not None
        edits.append(
            Edit(
                table.sheet,
                int(cells.index[i]),
                key,
                table.owned_at[key],
                typed_text(value),
                now,
                kept=False,
                company=company,
                position=position,
                unrecorded=unrecorded,
                # a date, said as one; not a number (a date serial only if it is the tool's)
                dated=days is not None and not isinstance(value, (int, float, np.number)),
            )
        )
    return edits


def _but_dates_copied(cells: pd.DataFrame, edits: list[Edit]) -> list[Edit]:
    """``edits`` but the dates of rows copied whole from another row (the usual way to add a
    later interview: copy the row, retype its company, contact and date): each of such a
    row's due cells holds what the other row's hold, which are the tool's dates (none of them
    an edit). They are the tool's own, as the copied Next action, Draft and Why are, and are
    replaced without a word (report ot128, F5: five "your date was replaced" notes a copied
    row, its source row's due dates saved as the person's)."""
    dates = [key for key in OWNED_DATE_COLUMNS if key in cells]
    in_dates = [edit for edit in edits if edit.key in OWNED_DATE_COLUMNS]
    if not any(edit.dated for edit in in_dates):
        return edits
    edited = {edit.row for edit in in_dates}
    shown = [[_shown_day(value) for value in cells[key].tolist()] for key in dates]
    rows = dict(zip(cells.index.tolist(), zip(*shown, strict=True), strict=True))
    tools = {days for row, days in rows.items() if row not in edited and any(days)}
    copied = {row for row in edited if rows[row] in tools}
    return [edit for edit in edits if not (edit.dated and edit.row in copied)]


def _shown_day(value: object) -> str:
    """A due cell's value as compared with another row's (``_but_dates_copied``)."""
    if not isinstance(value, str) and pd.isna(value):  # None, NaN, NaT
        return ""
    return typed_text(value).strip()


def _not_the_days(values: np.ndarray, nows: list[str]) -> np.ndarray:
    """The places in ``values`` (a due column's cells) of anything but an empty cell or the
    date the tool writes there now (``nows``, ISO days; "" none) read back as most are: a
    date cell (the reader's date, or a date at midnight). ``_dates_in`` looks at those only:
    compared at once, not cell by cell (a 100,000-row re-run's due columns are 600,000 cells,
    nearly all the tool's dates: 1 s)."""
    days = np.array(nows, dtype="datetime64[D]")  # "" is NaT, None once an object
    try:
        same = (
            (values == days.astype("datetime64[us]").astype(object))
            | (values == days.astype(object))
            | (values == None)  # noqa: E711 - each cell, not the array, compared with None
        )
    except (TypeError, ValueError):  # a cell that cannot be compared: each one looked at
        return np.arange(len(values))
    return np.flatnonzero(~same)


# What ``_cell_days`` gives for a placeholder ("n/a", "-"): nothing typed over the tool's date.
_PLACEHOLDER: frozenset[str] = frozenset({"placeholder"})


def _cell_days(value: object, dayfirst: bool | None, epoch_1904: bool) -> frozenset[str] | None:
    """The days (ISO) a due cell's value may be the tool's date of: a date cell's day (a
    date at midnight: a spreadsheet program's date), a date serial's (a cell whose date
    format is lost), a date text's in the file's order or, not knowing it, in either; none
    for a date with its time. None: not a date (words, a formula, a date without its year)."""
    from followup_batch.normalise.dates import (
        from_excel_serial,
        is_placeholder,
        parse_date_text,
    )

    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            return frozenset()  # a date with its time: a date, and never the tool's
        return frozenset({value.date().isoformat()})
    if isinstance(value, dt.date):
        return frozenset({value.isoformat()})
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, np.integer, np.floating)):
        parsed = from_excel_serial(float(value), epoch_1904=epoch_1904)
        day = parsed.value
        return None if day is None else frozenset({pd.Timestamp(day).date().isoformat()})
    if not isinstance(value, str):
        return None
    text = value.strip().lstrip("'")
    if text.startswith("="):
        return None
    if is_placeholder(" ".join(text.casefold().split())):
        return _PLACEHOLDER
    orders = (dayfirst,) if dayfirst is not None else (True, False)
    days = set()
    for order in orders:
        day = parse_date_text(text, dayfirst=order).value
        if day is not None:
            days.add(pd.Timestamp(day).date().isoformat())
    return frozenset(days) or None


def typed_text(value: object) -> str:
    """A due cell's value as the person sees it, saved and quoted: a date as 2027-05-03, a
    date with its time as 2027-05-03 09:30, a number as typed, a formula as written."""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _csv_dayfirst(table: RawTable) -> bool | None:
    """The order of the day and month in the dates a CSV's tool columns hold (its user's
    style, ``csv_out.user_date_style``); None for a workbook or ISO dates."""
    if table.kind != "csv":
        return None
    from followup_batch.write.csv_out import user_date_style

    style = user_date_style(table)
    return None if style is None else style.dayfirst


def _day_hash(company: str, position: str, day: str) -> str:
    """A due date the tool wrote (an ISO day), with the application it is for: a date the
    person types is theirs even when the tool wrote that day on another row. The names as
    compared, not as spelt ("Acme " and "acme" are one: a library write hashes the table's
    cells). The hash ``_day_hashes`` gives a whole column, one cell at a time: the
    application's number (``_who_number``) plus the day's times an odd constant, mixed
    (``_mixed``), its first ``HASH_BYTES`` in base64."""
    days = (dt.date.fromisoformat(day) - _EPOCH).days
    mixed = _mixed((_who_number(_who(company, position)) + days * _DAY_STEP) & _BITS)
    return binascii.b2a_base64(mixed.to_bytes(8, "little")[:HASH_BYTES], newline=False).decode(
        "ascii"
    )


def _earlier_day_hash(company: str, position: str, day: str) -> str:
    """``_day_hash`` as a record written before issue 15's stop 49 holds it (one blake2b per
    date, 0.8 s a run of a 100,000-row tracker; no ``DAY_HASHES`` in the record)."""
    return _hash(f"{_who(company, position)}\x1f{day}")


@functools.lru_cache(maxsize=65536)  # an application's rows share it
def _who_number(who: str) -> int:
    """An application (``_who``) as 64 bits of its blake2b hash."""
    digest = hashlib.blake2b(who.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def _mixed(value: int) -> int:
    """SplitMix64's finaliser (Steele, Lea and Flood 2014): each of 64 bits moves every bit."""
    value ^= value >> 30
    value = (value * 0xBF58476D1CE4E5B9) & _BITS
    value ^= value >> 27
    value = (value * 0x94D049BB133111EB) & _BITS
    return value ^ (value >> 31)


def _mixed_array(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """``_mixed`` of each of ``values`` (numpy's uint64 arithmetic wraps as ``& _BITS`` does)."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values ^= values >> np.uint64(27)
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))  # type: ignore[no-any-return]


_BITS = 2**64 - 1
_EPOCH = dt.date(1970, 1, 1)
_DAY_STEP = 0x9E3779B97F4A7C15  # odd: two days of one application never meet
# What a record's "day_hashes" says its due dates were hashed with: ``_day_hash``; a record
# without it holds ``_earlier_day_hash``'s.
DAY_HASHES = 2


def _application_numbers(frame: pd.DataFrame) -> tuple[npt.NDArray[np.intp], list[int]]:
    """Each row's application (``_who``) of ``frame`` as a code, and the numbers the codes stand
    for (``_who_number``). Each application's names as compared, once (a tracker's rows share
    few of them): the cells' texts trimmed (``_who`` drops the space around them anyway), a
    blank ''."""
    from followup_batch.normalise.rounds import written_codes

    companies, company_texts = written_codes(frame["company"])
    positions, position_texts = written_codes(frame["position"])
    apart = len(position_texts)
    at, pairs = pd.factorize(companies * apart + positions)
    numbers = [
        _who_number(_who(company_texts[pair // apart], position_texts[pair % apart]))
        for pair in pairs.tolist()
    ]
    return at, numbers


def applications(frame: pd.DataFrame) -> set[int]:
    """The applications ``frame``'s rows hold (company and position as compared, as numbers:
    ``_who_number``), a row of neither aside: what tells one tracker's rows from another's
    (``rerun.other_tracker``)."""
    if not len(frame) or not {"company", "position"} <= set(frame.columns):
        return set()
    blank = _who_number(_who("", ""))
    return set(_application_numbers(frame)[1]) - {blank}


def _who(company: str, position: str) -> str:
    """The application of ``_day_hash``: its company and position as compared."""
    return " ".join(f"{company}\x1f{position}".split()).casefold()


_NO_ONE = _who("", "")  # a row of neither company nor position


def _iso_days(values: pd.Series) -> list[str]:
    """``values`` as ISO days, "" where there is none (what ``.dt.strftime("%Y-%m-%d")``
    gives, in a tenth of its time: the due columns of a 100,000-row tracker are 600,000
    cells)."""
    days = pd.to_datetime(values, errors="coerce").to_numpy().astype("datetime64[D]")
    texts = np.datetime_as_string(days, unit="D").astype(object)
    texts[np.isnat(days)] = ""
    return texts.tolist()  # type: ignore[no-any-return]


def _day_hashes(frame: pd.DataFrame, output: pd.DataFrame) -> dict[str, frozenset[str]]:
    """Per due column, the hashes of the dates ``output`` holds, each with its row's company
    and position (``_day_hash``): by application, not by row, so sorting changes nothing.
    A whole column is hashed at once, each application's names once: a 100,000-row
    tracker's due columns are 500,000 dates, on every run (issue 15)."""
    found: dict[str, frozenset[str]] = {}
    at, numbers = _application_numbers(frame)
    whos = np.array(numbers, dtype=np.uint64)[at]
    for key in OWNED_DATE_COLUMNS:
        if key not in output:
            continue
        days = pd.to_datetime(output[key], errors="coerce").to_numpy().astype("datetime64[D]")
        dated = ~np.isnat(days)
        # A day before 1970 wraps round as it does in ``_day_hash`` (& _BITS).
        steps = days[dated].view(np.int64).astype(np.uint64) * np.uint64(_DAY_STEP)
        mixed = _mixed_array(whos[dated] + steps).astype("<u8")
        first = mixed.view(np.uint8).reshape(-1, 8)[:, :HASH_BYTES]
        # A hash is whole base64 characters (HASH_BYTES a multiple of 3): the hashes encoded
        # at once are each hash encoded alone, one after the other.
        encoded = binascii.b2a_base64(first.tobytes(), newline=False)
        found[key] = frozenset(np.frombuffer(encoded, dtype=f"S{HASH_CHARS}").astype(str).tolist())
    return found


assert HASH_BYTES % 3 == 0 and HASH_BYTES * 4 // 3 == HASH_CHARS


def _words_in_status(table: RawTable, done: Computed, cells: pd.Series) -> list[Edit]:
    """Status cells that hold words of the person's ("Sent", "done - call Fri"), not one of the
    tool's status words: the tool writes its status on every run, so they are replaced and
    saved like any other, and the row is the tool's as before (report ot64, F4: a typed "Sent"
    refused the whole workbook on every later run)."""
    from followup_batch.write.columns import STATUS_WORDS
    from followup_batch.write.live import is_run_again

    edits = []
    for i, value in enumerate(cells.tolist()):
        if not isinstance(value, str) or not value.strip():
            continue
        if value.strip() in STATUS_WORDS or is_run_again(value.strip()):
            continue
        edits.append(
            Edit(
                table.sheet,
                int(cells.index[i]),
                "status",
                table.owned_at["status"],
                value,
                _plain(done.output["status"].iat[i]),
                kept=False,
                company=_plain(done.frame["company"].iat[i]),
                position=_plain(done.frame["position"].iat[i]),
                action=(action := _plain(done.output["next_action"].iat[i])),
                sent_column=_sent_column(table, action),
            )
        )
    return edits


def _sent_column(table: RawTable, action: str) -> str:
    """The header, as written, of ``table``'s column where the step named ``action`` ("1st
    check-in") is marked sent; '' when the sheet has no such column (or it is no step)."""
    from followup_batch.schedule.labels import ACTION_STEPS

    step = ACTION_STEPS.get(action)
    at = None if step is None else table.mapping.get(f"{step}_sent")
    return "" if at is None else table.headers[at]


@functools.lru_cache(maxsize=4096)  # a date repeated down a due column is read once
def _is_date_text(value: str) -> bool:
    """A due cell's text as a date reader takes it (a date, a date without its year, or a
    placeholder such as "n/a"): what the tool may have written there, not a person's words."""
    from followup_batch.normalise.dates import is_placeholder, parse_date_text

    text = value.strip().lstrip("'")
    parsed = parse_date_text(text)
    return (
        is_placeholder(text.casefold()) or parsed.value is not None or parsed.month_day is not None
    )


def _plain(value: object) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


OCCASION_KINDS = ("occasion", "by_name")  # the columns of ``occasion_hashes``


def occasion_hashes(frame: pd.DataFrame, output: pd.DataFrame) -> pd.DataFrame:
    """For each row with a draft, the hash of what the draft is about (``OCCASION_FIELDS`` and
    the message the next action is: ``_message_labels``), and of the same by the contacts'
    names (``BY_NAME_LEFT_OUT``: their addresses only where the row names no one, whom they
    are then); None for the others. Columns ``OCCASION_KINDS``."""
    drafted = np.flatnonzero(output["draft"].to_numpy(dtype=object) != "")
    found = {kind: np.full(len(frame), None, dtype=object) for kind in OCCASION_KINDS}
    if len(drafted):
        parts = {name: _texts(frame[name], drafted) for name in OCCASION_FIELDS if name in frame}
        labels = _message_labels(frame, output, drafted)
        found["occasion"][drafted] = _joined_hashes([labels, *parts.values()])
        if BY_NAME_LEFT_OUT in parts and "interviewers" in parts:
            named = frame["interviewers"].to_numpy(dtype=object)[drafted]
            parts[BY_NAME_LEFT_OUT] = [
                "" if isinstance(names, (list, tuple)) and names else emails
                for names, emails in zip(named, parts[BY_NAME_LEFT_OUT], strict=True)
            ]
        found["by_name"][drafted] = _joined_hashes([labels, *parts.values()])
    return pd.DataFrame(found, index=frame.index, dtype=object)


def _joined_hashes(parts: list[list[str]]) -> list[str]:
    """The hash of each row's ``parts`` (a list of texts per field), joined."""
    return _hashes(["\x1f".join(values) for values in zip(*parts, strict=True)])


def _message_labels(frame: pd.DataFrame, output: pd.DataFrame, at: np.ndarray) -> list[str]:
    """What the messages at ``at`` are: the label of the step each is worded as, so that a
    step relabelled with nothing sent (a 1st check-in left unsent becomes the 2nd once that is
    due, and is still the person's first check-in) is the same occasion and keeps their text."""
    labels = output["next_action"].to_numpy(dtype=object)[at]
    return _worded_as(frame, labels, at).tolist()


def _worded_as(frame: pd.DataFrame, labels: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The labels of the steps the next actions ``labels`` (of the rows at ``at``) are worded
    as (``drafts.context.worded_as``), given the check-ins the rows mark sent."""
    from followup_batch.drafts.context import CHECK_IN_DONE, worded_as

    sent = np.zeros(len(at), dtype=bool)
    for name in CHECK_IN_DONE:
        if name in frame:
            sent |= frame[name].to_numpy(dtype=bool)[at]
    return worded_as(labels, sent, labels=True)


# The next actions the tool drafts a message for, as the Next action column says them.
_DRAFTED_ACTIONS = frozenset(label for key, label in ACTION_LABELS.items() if key != "none")


def _written_for_action(table: RawTable, done: Computed) -> tuple[np.ndarray, np.ndarray] | None:
    """Per row, whether the file's own Next action cell names a message other than the one
    this run drafts, and whether it names that one. The draft beside it was written for the
    message it names, whatever the last-run record says. An older copy of the tracker put
    back (from email, a backup) holds the thank-you note its client edited under "Thank-you
    note", while the record is of a later run that drafted the check-in: that text is not the
    check-in's (report ot116, F1: it was kept as the check-in). A draft of the same message
    not kept was written for other cells of the row (ot121 F7: it was said to have "moved
    on"). None when the sheet has no Next action column."""
    cells = table.owned_cells
    if cells is None or "next_action" not in cells:
        return None
    said = np.array(
        [v.strip() if isinstance(v, str) else "" for v in cells["next_action"].tolist()],
        dtype=object,
    )
    at = np.arange(len(said))
    named = np.isin(said, list(_DRAFTED_ACTIONS))
    now = done.output["next_action"].to_numpy(dtype=object)
    other = _worded_as(done.frame, said, at) != _worded_as(done.frame, now, at)
    return named & other, named & ~other


def _texts(column: pd.Series, at: np.ndarray) -> list[str]:
    """``column``'s values at ``at`` as text; dates as days (a Timestamp each costs more)."""
    values = column.to_numpy()[at]
    if values.dtype.kind == "M":
        return np.datetime_as_string(values, unit="D").tolist()  # type: ignore[no-any-return]
    return [str(value) for value in values.tolist()]


def _with_kept(messages: pd.DataFrame, kept: list[Edit]) -> tuple[pd.DataFrame, dict[int, str]]:
    """The messages with the person's kept subject and text in place of the drafted ones, and
    for the rows where some recipients keep the drafted message, the line that says so in Why.

    A row of several recipients sends the person's text to those its greeting names ("Hi
    Priya," goes to Priya, not to Tom, who gets his drafted message); a text that greets all
    of them or none by name ("Hi Priya and Tom,", "Hello,", "Hi all,") goes to each. An edited
    subject goes where the row's edited text goes. A text that greets by a name no one on
    the row has ("Hi Rob," to Bob Lee and Robert Chan) goes to each, and Why says to check it
    (report ot23, F6)."""
    from followup_batch.drafts.context import join_names
    from followup_batch.drafts.greeted import greeted, greeted_name

    column = {"draft_subject": "subject", "draft": "body"}
    messages = messages.copy()
    rows = messages["row"].to_numpy()
    left_out: dict[int, str] = {}
    for row in dict.fromkeys(edit.row for edit in kept):
        at = rows == row
        edits = {edit.key: edit.text for edit in kept if edit.row == row}
        if "draft" in edits and at.any():
            names = messages["to"].to_numpy(dtype=object)[at].tolist()
            greets = np.asarray(greeted(edits["draft"], names), dtype=bool)
            company = str(messages["company"].to_numpy(dtype=object)[at][0])
            if greets.any() and not greets.all():
                left_out[row] = _goes_to(names, greets)
                at[at] = greets
            elif not greets.any() and (name := greeted_name(edits["draft"], company)):
                left_out[row] = (
                    f'Draft: your text greets "{name}", whom the row does not name: it goes '
                    f"to {join_names(names)} — check it"
                )
        for key, text in edits.items():
            messages.loc[at, column[key]] = text
    return messages, left_out


def _goes_to(names: list[str], greets: np.ndarray) -> str:
    """The Why line of a row whose edited draft goes to some of its recipients only."""
    from followup_batch.drafts.context import join_names

    to = join_names([name for name, yes in zip(names, greets, strict=True) if yes])
    others = [name for name, yes in zip(names, greets, strict=True) if not yes]
    gets = "gets the drafted message" if len(others) == 1 else "get their drafted messages"
    return (
        f"Draft: your edited text goes to {to}, whom it greets; {join_names(others)}, "
        f"not greeted in it, {gets}"
    )
