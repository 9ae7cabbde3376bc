"""What becomes of a person's texts in the tool's columns once ``hand_edits`` has found them:
each replaced text appended to ``.followup-backups/<tracker>.edited.txt`` before the tracker is
written (``save_replaced``), and taken back out when the write does not land
(``withdraw_saved``); and what the run says of every hand edit, kept or replaced, without -v
and with it (``edit_messages``), and what ``check`` says of a sheet with no record of the
last run (``unrecorded_note``). The only I/O of the hand edits is here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from followup_batch.memory.hand_edits import (
    KEPT_COLUMNS,
    MESSAGE_CELLS,
    NO_RECORD,
    OLDER_COPY,
    Edit,
    in_lines,
)
from followup_batch.normalise.cells import shortened
from followup_batch.write.atomic import (
    BACKUP_DIR,
    NAME_MAX,
    fitting_name,
    keep_extended_attributes,
    keep_owner,
)
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS

EDITED_SUFFIX = ".edited.txt"
QUOTED = 60  # characters of a replaced text quoted in the run's message
DOING = {"replaced": "replacing", "cleared": "clearing"}


def edited_path(tracker: Path) -> Path:
    """Where replaced hand edits of ``tracker`` (its real file) are kept."""
    name = fitting_name(tracker.name, NAME_MAX - len(EDITED_SUFFIX))
    return tracker.parent / BACKUP_DIR / f"{name}{EDITED_SUFFIX}"


@dataclass(frozen=True)
class SavedEdits:
    """Where replaced texts were appended, the file's size before (None: it was made), and
    whether the backup folder was made for it (taken back with it when left empty)."""

    path: Path
    size_before: int | None
    made_folder: bool = False


def save_replaced(tracker: Path, edits: list[Edit], as_of: dt.date) -> SavedEdits:
    """Append ``edits``' texts to the tracker's ``.edited.txt``, flushed to disk, before the
    tracker is written: a run killed between the two leaves the text saved, never lost. Each
    text's line breaks are line feeds, as a kept text's (``in_lines``): a CR LF or a lone
    carriage return typed in the cell showed as one line in an editor, or as "^M". Raises
    ``OSError`` when they cannot be kept (then nothing is written). A write that does not
    land takes them back out (``withdraw_saved``)."""
    path = edited_path(tracker)
    made_folder = not path.parent.exists()
    path.parent.mkdir(exist_ok=True)
    size_before = path.stat().st_size if path.exists() else None
    new = size_before is None
    ran = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    entries = []
    # The person's texts first; after an upgrade the tool's own, as an earlier version
    # worded them, apart under a heading (report ot141, F2).
    earlier = [edit for edit in edits if earlier_wording(edit)]
    ordered: list[Edit | str] = list(edits)
    if earlier:
        unknown = [edit for edit in edits if edit.own_words is None]
        ordered = [edit for edit in edits if edit.own_words]
        ordered += [UNKNOWN_HEADING, *unknown] if unknown else []
        ordered += [EARLIER_HEADING, *earlier]
    for edit in ordered:
        if isinstance(edit, str):
            entries.append(f"{edit}\n\n")
            continue
        done = "cleared" if _emptied(edit) else "replaced"
        entries.append(
            f"=== {edit.where}, {_row_of(edit)}; {done} by the run of {ran} "
            f"(as of {as_of.isoformat()}):\n{in_lines(edit.text)}\n\n"
        )
    with open(path, "a", encoding="utf-8", newline="\n") as out:
        out.write("".join(entries))
        out.flush()
        os.fsync(out.fileno())
    if new:  # it holds the tracker's words: the tracker's owner and mode
        with contextlib.suppress(OSError):
            like = tracker.stat()
            keep_owner(path, like)
            keep_extended_attributes(path, tracker)
            os.chmod(path, stat.S_IMODE(like.st_mode))
    return SavedEdits(path, size_before, made_folder)


# After an upgrade, above the cells whose texts are not told apart (dates), and above the
# tool's own texts as an earlier version worded them, in the file of saved texts; the
# texts with words of the person's come first.
UNKNOWN_HEADING = (
    "--- Below: cells the tool cannot tell whether you typed (dates in its due columns) ---"
)
EARLIER_HEADING = (
    "--- Below: the tool's own texts, as an earlier version of it worded them (no word in "
    "them is one the tool does not write), saved in case ---"
)


def _row_of(edit: Edit) -> str:
    """What a saved text's row is, after its cell: "row of Initech — Product Manager"; of a
    row gone from an export, named by its application already, why it went."""
    if edit.export and edit.alike:
        return f"one of rows alike in {edit.export}"
    if edit.export and edit.contacts:
        return f"its contact ({edit.contacts[0]}) replaced in {edit.export}"
    if edit.export and edit.contact_gone:
        return f"its contact ({edit.contact_gone}) no longer in {edit.export}"
    if edit.export:
        return f"no longer in {edit.export}"
    if edit.message_gone:
        return "no row of the tracker holds it now"
    return f"row of {edit.about or 'no company'}"


def withdraw_saved(saved: SavedEdits | None) -> None:
    """Take the entries ``save_replaced`` appended back out: the write did not land (refused,
    the file saved meanwhile, a full disk), so the text is still in the tracker, where the
    next run finds it again. The run holds the tracker's lock, so no other run appended since.
    When they cannot be taken out they stay: a saved copy of a text still there loses
    nothing. A backup folder made for them goes too when nothing else is in it (ot124 F2: a
    refused first run left an empty ``.followup-backups`` beside the untouched file)."""
    if saved is None:
        return
    with contextlib.suppress(OSError):
        if saved.size_before is None:
            saved.path.unlink()
        else:
            os.truncate(saved.path, saved.size_before)
    if saved.made_folder:
        with contextlib.suppress(OSError):
            saved.path.parent.rmdir()  # only when empty: another run may have put a file there


# A quote of the person's words starts at their line's start when fewer words of it come
# before them ("It was great to hear…", not "…was great to hear…").
LINE_START_WITHIN = 3


def changed_part(text: str, tool_text: str, own: tuple[int, ...] | None = None) -> str:
    """What a note quotes of a person's ``text`` edited from the tool's ``tool_text``: from
    the first line of theirs that is not the tool's, and in a line they changed, from its
    first word that differs ("…" before it). Every draft starts "Hi <name>", so its first
    words would not show which are theirs. The whole text when they only took lines out.
    ``own``: the positions of the words that are theirs (``Edit.own_words``), when found:
    the quote starts at the first, not where an earlier version's wording of the tool's
    text differs from this one's (report ot141, F4: "…Friday. I really enjoyed…" was quoted
    for a P.S. added at the end)."""
    lines = [line.split() for line in text.splitlines() if line.strip()]
    joined = [" ".join(words) for words in lines]
    words = [word for line in lines for word in line]
    if own:
        first = line_start = min(own)
        for line in lines:  # from its line's start when only a word or two of it come before
            if line_start < len(line):
                break
            line_start -= len(line)
        if line_start < LINE_START_WITHIN:
            first -= line_start
        return ("…" if first else "") + " ".join(words[first:])
    tool_lines = [line.split() for line in tool_text.splitlines() if line.strip()]
    matcher = difflib.SequenceMatcher(
        None, [" ".join(words) for words in tool_lines], joined, autojunk=False
    )
    change = next((op for op in matcher.get_opcodes() if op[0] in ("insert", "replace")), None)
    if change is None:
        return " ".join(joined)
    tag, i1, _i2, j1, _j2 = change
    same = 0  # the changed line's first words, still the tool's
    if tag == "replace":
        for ours, theirs in zip(tool_lines[i1], lines[j1], strict=False):
            if ours != theirs:
                break
            same += 1
    changed = [word for line in lines[j1:] for word in line][same:]
    if not changed:  # only the end of a line taken out: nothing new of theirs to start from
        return " ".join(joined)
    return ("…" if j1 or same else "") + " ".join(changed)


def earlier_wording(edit: Edit) -> bool:
    """Whether a text of a run with no record, after an upgrade, is the tool's own as an
    earlier version worded it: no word of it is the person's (``Edit.own_words``, looked
    for only then)."""
    return edit.unrecorded and edit.own_words == ()


def edit_messages(
    edits: list[Edit],
    saved: Path | None,
    dry_run: bool,
    *,
    no_record: str = NO_RECORD,
    recomputed_as_of: dt.date | None = None,
) -> tuple[list[str], list[str]]:
    """What the run says of its hand edits: (notices shown without -v, notes for -v).
    ``no_record``: why there was no record of the last run; ``recomputed_as_of``: the date
    the tool's texts were computed again as of, to tell them without one (``memory_as_of``)."""
    notices: list[str] = []
    notes: list[str] = []
    unrecorded = [edit for edit in edits if edit.unrecorded]
    if unrecorded:
        notices.append(_unrecorded_line(unrecorded, saved, dry_run, no_record, recomputed_as_of))
        notices += _yours_among(unrecorded, saved, dry_run)
    elif recomputed_as_of is not None and edits:  # said with the kept drafts it explains
        notices.append(recomputed_note(no_record, recomputed_as_of))
    elif no_record.startswith(OLDER_COPY):  # said alone: the record is of another file
        notices.append(no_record)
    for edit in edits:
        if edit.unrecorded:
            continue
        quoted = shortened(" ".join(edit.text.split()), QUOTED)
        if edit.kept:
            if edit.key != "draft_subject":  # a subject is quoted whole: its words are few
                quoted = shortened(changed_part(edit.text, edit.new, edit.own_words), QUOTED)
            text = (
                f'{edit.where}: your edited text is kept ("{quoted}"){_in_tracker(edit)}: the '
                "row's next action is the one it was written for; once that moves on, a new "
                f"draft replaces it and your text is saved in {BACKUP_DIR}"
                if recomputed_as_of is None
                else _kept_unrecorded(edit.where, quoted, recomputed_as_of, _in_tracker(edit))
            )
            if edit.new_address is not None:
                text += _new_address(edit)
            (notes if edit.told_before and edit.new_address is None else notices).append(text)
            continue
        why = (
            "the export holds rows alike to its row (the same company, position and applied "
            "day) and no cell tells which is its own, so it goes to none of them"
            if edit.alike
            else f"{edit.export} holds that application with another contact ("
            f"{edit.contacts[1]}) in place of this row's ({edit.contacts[0]}), so it goes to no row"
            if edit.contacts
            else f"{edit.export} holds that application in other rows, none with this row's "
            f"contact ({edit.contact_gone}), so its row is gone from the workbook"
            if edit.contact_gone and edit.export
            else f"{edit.export} no longer holds that application, so its row is gone from the "
            "workbook"
            if edit.gone and edit.export
            else "the row no longer holds an application, so the tool's cells in it are cleared"
            if edit.gone
            else f"the message's {EDITED_TWICE} was edited too and is the one kept"
            if edit.edited_twice
            else f'it quotes your "{edit.private}" column, which drafts never quote (kept '
            f'private; --map "{edit.private}=topic" has it quoted)'
            if edit.private
            else "write_results was given no frame (frame=) to tell which message it was "
            "written for"
            if edit.occasion_unknown
            else MESSAGE_GONE
            if edit.message_gone
            else _copied_why(edit)
            if edit.key in MESSAGE_CELLS
            else f"{WRITTEN_FOR_OTHER_CELLS}, though its next action is the same"
            if edit.written_for_other_cells
            else _other_application_why(edit)
            if edit.written_for_other_application
            else "the row's next action has moved on"
            if edit.key in KEPT_COLUMNS
            else _status_why(edit.action, edit.sent_column)
            if edit.key == "status"
            else _due_why(edit)
            if edit.dated or edit.key in OWNED_DATE_COLUMNS
            else "the tool rewrites this column on every run; keep notes in a column of your own"
        )
        if edit.written_for_other_application and edit.key != "draft_subject":
            quoted = shortened(changed_part(edit.text, edit.new), QUOTED)  # the old names
        what = (
            f"your date ({quoted})"
            if edit.dated
            else f"your formula ({quoted})"
            if is_formula(edit.text)
            # no record says whether the tool or the person wrote it
            else f'its text ("{quoted}")'
            if edit.written_for_other_application
            else f'your text ("{quoted}")'
        )
        done = "cleared" if _emptied(edit) else "replaced"
        if dry_run:
            notices.append(
                f"{edit.where}: {what} would be {done}: {why} (dry run: "
                f"nothing {done}; a run saves it before {DOING[done]} it)"
            )
        else:
            shown = f"{saved.parent.name}/{saved.name}" if saved is not None else BACKUP_DIR
            notices.append(f"{edit.where}: {what} was {done}: {why}. It is saved in {shown}")
    return notices, notes


# Why a draft of the row's same next action is not kept (``Edit.written_for_other_cells``).
WRITTEN_FOR_OTHER_CELLS = (
    "the row's cells it was written from (its client, company, position, interview date, "
    "contact or sent dates) changed since"
)


def _other_application_why(edit: Edit) -> str:
    """Why a draft of a run without a record is not kept: it is written for another
    application than the row holds now (``Edit.written_for_other_application``)."""
    return (
        f"it was written for another application than the row's ({edit.about}): its company "
        "or position was retyped since, and no record says who wrote the text"
    )


# What else of a message edited in the Drafts sheet was edited (``Edit.edited_twice``).
EDITED_TWICE = "row in the tracker (or another recipient's copy)"


# Why a value in a deleted row's message of the Drafts sheet goes (``Edit.message_gone``).
MESSAGE_GONE = (
    "no row of the tracker holds that application now (deleted, or its company or position "
    "retyped), so its message leaves the Drafts sheet"
)


def _in_tracker(edit: Edit) -> str:
    """Where a text typed in the Drafts sheet is kept: the row's own cell in the tracker."""
    return ", in the tracker's cell too" if edit.outbox_cell else ""


def _new_address(edit: Edit) -> str:
    """What a kept draft's line adds on the run its contact's address is new (the same
    person at a new address, or one added or gone: ``Edit.new_address``), said once: where
    the message goes now, by its Compose link in a workbook (ot121 F4: the edit was thrown
    out as "the row's next action has moved on")."""
    to = edit.new_address
    if edit.sheet:
        now = f"its Compose link now mails {to}" if to else "its Compose link mails no one"
    else:  # a CSV: no Compose link in it
        now = f"the message now goes to {to}" if to else "the message has no address"
    return f"; the contact's address is {'new' if to else 'gone'} since the last run: {now}"


def _kept_unrecorded(where: str, quoted: str, then: dt.date, also: str = "") -> str:
    """What a run with no record of the last one says of a draft it keeps (an edit of the
    tool's draft as of ``then``, ``hand_edits._edited_from``): that it differs, not whose it
    is (outside test ot87 F6: the tool's own old draft, on a renamed tracker whose calendar
    had changed, was "your edited text"); ``also``: where else it is kept (``_in_tracker``)."""
    return (
        f'{where}: kept ("{quoted}"){also}: it differs from the tool\'s draft as of '
        f"{then:%a %Y-%m-%d} "
        "and no record says who wrote it; once the row's next action moves on, a new draft "
        f"replaces it and the text is saved in {BACKUP_DIR}"
    )


def _emptied(edit: Edit) -> bool:
    """Whether the run leaves ``edit``'s cell empty, not given the tool's date: a due cell of
    a row with no step due there (ot89-F3). A row no longer an application says so itself."""
    return edit.key in OWNED_DATE_COLUMNS and not edit.new and not edit.gone


def is_formula(text: str) -> bool:
    """Whether a cell's text, as the person typed it, is a formula (``=P7+14``), not words
    ("==> call Tom" is words)."""
    return len(text) > 1 and text[0] == "=" and text[1] not in "=<>"


def _due_why(edit: Edit) -> str:
    """Why a person's date (or words, or formula) typed over a due date is replaced (report
    ot83, F5: typed to postpone the follow-up): the tool writes the row's due date there on
    every run, named, and reads nothing from it; a row with no step due in that column gets
    none, and the cell is left empty (ot89-F3: it said "writes its due date" and wrote none)."""
    if not edit.new:
        return (
            "the row has no step due in this column, so the tool leaves it empty; it writes "
            "its due dates here on every run and does not read them; keep your own dates and "
            "notes in a column of your own"
        )
    return (
        f"the tool writes its due date ({edit.new}) in this column on every run and does not "
        "read it; keep your own dates and notes in a column of your own"
    )


def _copied_why(edit: Edit) -> str:
    """Why a value typed over a message's To, Email or Due in the Drafts sheet is replaced:
    the tool copies it there from the tracker row on every run (``Edit.copied_from``) and
    reads nothing there; whom the message goes to, the address the Compose link mails, or the
    date its Urgency counts from, are the row's; and where to change them (report ot118,
    F2)."""
    source = edit.copied_from or "the row"
    copied = f"the tool copies here from {source} on every run (it reads nothing typed here)"
    if edit.key == "due" and not edit.new:
        return f"the row has no message to send now, so it leaves the Drafts sheet; {copied}"
    if edit.key == "due":
        return f"the message is due on {edit.new}, the date {copied}"
    if edit.key == "email":
        said = (
            f"the Compose link mails {edit.new}, the address {copied}"
            if edit.new
            else f"the Compose link mails no one: the row has no address, which {copied}"
        )
        wanted = "to mail another address" if edit.new else "to mail one"
    else:
        said = (
            f"the message goes to {edit.new}, the name {copied}"
            if edit.new
            else f"the message names no one: the row has no contact, which {copied}"
        )
        wanted = "to write to someone else" if edit.new else "to name one"
    if edit.from_export:
        where = "in the app the export comes from, and export again"
    elif edit.copied_from:
        where = "there"
    else:
        header = "Interviewer Email" if edit.key == "email" else "Interviewer"
        where = f'in a column "{header}" of the tracker'
    return f"{said}; {wanted}, {'change' if edit.new else 'type'} it {where}"


def _status_why(action: str, sent_column: str) -> str:
    """Why a person's word over the status is replaced, and where a sent mark is read from:
    the status is the tool's answer, not a place it reads (it could not keep the mark there).
    That is the step's sent column, ``sent_column``, named; a sheet without one is told the
    header to add (ot119 F10: "your sent column" sent a newcomer looking for one)."""
    from followup_batch.read.fields import FIELDS_BY_NAME
    from followup_batch.schedule.labels import ACTION_STEPS

    step = ACTION_STEPS.get(action, "none")
    if step == "none":
        return "the tool rewrites this column on every run; keep notes in a column of your own"
    replaced = (
        f'the tool writes its status on every run and does not read it; to mark the "{action}" sent'
    )
    if sent_column:
        return f'{replaced}, type its date (or "yes") into your "{sent_column}" column'
    header = FIELDS_BY_NAME[f"{step}_sent"].header
    return f'{replaced}, add a column headed "{header}" and type its date (or "yes") in it'


# Who may have written a text of the tool's columns that no record names.
EITHER = "edited by hand, or written by another run"


def recomputed_note(no_record: str, as_of: dt.date) -> str:
    """What a run without a record of the last one says when it told the tool's texts from
    the person's by computing them again as of the date the workbook was last written."""
    return f"{no_record}: your texts in the tool's columns were told apart from {texts_then(as_of)}"


def unrecorded_note(no_record: str, then: dt.date | None, tracker: Path) -> str:
    """What ``check`` says of a sheet holding the tool's columns with no record of the last
    run: what the next run will do about it, in the run's words (``edit_messages``).
    ``then``: the date the workbook says the tool last wrote it; None: it does not say."""
    if then is not None:
        return (
            f"{no_record}: a run tells your texts in the tool's columns from "
            f"{texts_then(then)} by computing those again"
        )
    return (
        f"{no_record}: a run takes every text in the tool's columns that differs from its own "
        f"for yours: it saves it to {BACKUP_DIR}/{edited_path(tracker).name} and rewrites it "
        "(an edited Draft is not kept)"
    )


def texts_then(as_of: dt.date) -> str:
    """The tool's texts of a run with no record, computed again (``memory_as_of``), named."""
    return f"the tool's texts as of {as_of:%a %Y-%m-%d} (when, its header note says, it last ran)"


def _unrecorded_line(
    edits: list[Edit],
    saved: Path | None,
    dry_run: bool,
    no_record: str = NO_RECORD,
    recomputed_as_of: dt.date | None = None,
) -> str:
    """The one line of a run with no record of the last one: how many of the tool's text
    cells held something else than this run writes (or than the tool's texts computed again
    as of ``recomputed_as_of``), and where their texts are."""
    from followup_batch.drafts.context import join_names

    counted = []
    # In the order of the columns, the Drafts sheet's after each; then its To, Email and Due.
    for key in [*OWNED_COLUMNS, *MESSAGE_CELLS]:
        for typed_there in (False, True):
            n = sum(edit.key == key and bool(edit.outbox_cell) is typed_there for edit in edits)
            if n:
                counted.append(_cells_of(key, typed_there, n))
    cells = join_names(counted)
    one = len(edits) == 1
    differ = "differs from" if one else "differ from"
    # Without a record nothing says who wrote a text: a hand, or a run on another copy or
    # day (ot150 F1: the tool's own texts of a copy were called the person's).
    if recomputed_as_of is None:
        differ += f" what this run writes ({EITHER})"
    else:
        differ += f" {texts_then(recomputed_as_of)}, {EITHER.replace(', ', ' ')},"
    said = no_record
    if dry_run:
        would = "would be rewritten"
        return (
            f"{said}: {cells} {differ} and {would} (dry run: nothing rewritten; a run saves "
            f"{'it' if one else 'them'} in {BACKUP_DIR} first){_apart(edits, dry_run)}"
        )
    shown = f"{saved.parent.name}/{saved.name}" if saved is not None else BACKUP_DIR
    were = "was rewritten" if one else "were rewritten"
    texts = "the text replaced is" if one else "the texts replaced are"
    return f"{said}: {cells} {differ} and {were}; {texts} in {shown}{_apart(edits, dry_run)}"


def _apart(edits: list[Edit], dry_run: bool) -> str:
    """What the one line of a run after an upgrade adds: which of the texts hold words of
    the person's (named on lines of their own, ``_yours_among``), first in the file, and
    which are the tool's own as an earlier version worded them (report ot141, F2: one
    edited draft among 61 texts, and nothing to tell it by)."""
    earlier = sum(earlier_wording(edit) for edit in edits)
    if not earlier:
        return ""
    yours = sum(bool(edit.own_words) for edit in edits)
    others = [edit for edit in edits if edit.own_words is None]
    first = []
    if yours:
        first.append(
            f"{yours} {'text' if yours == 1 else 'texts'} with words of yours (named below)"
        )
    if others:
        n = len(others)
        dates = all(edit.key in OWNED_DATE_COLUMNS for edit in others)
        kind = ("date" if n == 1 else "dates") if dates else ("cell" if n == 1 else "cells")
        first.append(f"{n} {kind} (whose, the tool cannot tell)")
    them = "it" if earlier == 1 else "them"
    if not first:
        each = "it is" if earlier == 1 else "each is"
        return f"; {each} the tool's own, as an earlier version worded it"
    where = "a run saves" if dry_run else "in that file"
    return (
        f"; {where} first {', then '.join(first)}, then the other {earlier}: the "
        f"tool's own, as an earlier version worded {them}"
    )


# The texts with words of the person's named one a line after an upgrade, at most; the
# others are counted (``_yours_among``).
YOURS_NAMED = 5


def _yours_among(edits: list[Edit], saved: Path | None, dry_run: bool) -> list[str]:
    """A line for each text of a run without a record, after an upgrade, that holds words of
    the person's (``Edit.own_words``): its cell and row, and their words quoted from where
    they start. None when no text was told apart (``earlier_wording``)."""
    if not any(earlier_wording(edit) for edit in edits):
        return []
    yours = [edit for edit in edits if edit.own_words]
    shown = f"{saved.parent.name}/{saved.name}" if saved is not None else BACKUP_DIR
    if dry_run:
        done = f"would be replaced (dry run: nothing replaced; a run saves it first in {shown})"
    else:
        done = f"was replaced; it is first in {shown}, to copy your words back from"
    lines = []
    for edit in yours[:YOURS_NAMED]:
        quoted = shortened(changed_part(edit.text, edit.new, edit.own_words), QUOTED)
        lines.append(f'{edit.where}, {_row_of(edit)}: your text ("{quoted}") {done}')
    if len(yours) > YOURS_NAMED:
        more = len(yours) - YOURS_NAMED
        lines.append(
            f"{more} more {'text' if more == 1 else 'texts'} with words of yours "
            f"{'is' if more == 1 else 'are'} next in {shown}"
        )
    return lines


def _cells_of(key: str, in_drafts_sheet: bool, n: int) -> str:
    """'2 Draft cells' of the tracker's column ``key``; of its message in the Drafts sheet
    ('1 Draft cell of the Drafts sheet', '2 Subject cells of …', '1 To cell of …'), where a
    copy's message polished there is told apart as the tracker's own cell is
    (``settle_hand_edits``)."""
    cells = f"cell{'s' if n > 1 else ''}"
    if not in_drafts_sheet:
        return f"{n} {OWNED_COLUMNS[key]} {cells}"
    from followup_batch.read.outbox_cells import KEYS

    titles = {**{owned: header for header, owned in KEYS.items()}, **MESSAGE_CELLS}
    title = titles.get(key) or OWNED_COLUMNS[key]
    return f"{n} {title} {cells} of the Drafts sheet"
