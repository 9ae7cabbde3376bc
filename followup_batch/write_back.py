"""A script's own answers written back into its tracker (``write_results``), keeping what a
person typed in the tool's columns as a run keeps it; and the step a run shares with it:
saving the replaced hand edits before the tracker is written (``save_replaced_edits``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from followup_batch.compute import Computed
from followup_batch.errors import UnsafeWrite
from followup_batch.read import RawTable
from followup_batch.read.files import path_argument

if TYPE_CHECKING:
    from followup_batch.as_of import AsOf
    from followup_batch.config import Config
    from followup_batch.memory.hand_edits import Edit, Memory
    from followup_batch.memory.saved_edits import SavedEdits
    from followup_batch.write import WriteOptions
    from followup_batch.write.atomic import Fingerprint


def save_replaced_edits(
    name: str, target: Path, real: Path | None, replaced: list[Edit], as_of: dt.date
) -> SavedEdits | None:
    """Keep the replaced hand edits before the tracker is written (None: there are none);
    refuse the write when they cannot be kept, or when it would not happen: not into a file
    open in Excel."""
    from followup_batch.memory.saved_edits import edited_path, save_replaced
    from followup_batch.write.atomic import read_only_error
    from followup_batch.write.locks import open_error

    if not replaced:
        return None
    if (locked := open_error(target) or read_only_error(target)) is not None:
        raise locked
    assert real is not None  # a run that would replace text writes in place, to its file
    try:
        return save_replaced(real, replaced, as_of)
    except OSError as exc:
        raise UnsafeWrite(
            f"{name}: the text you typed in the tool's columns could not be saved to "
            f"{edited_path(real)} ({exc.strerror or exc}), so nothing was written (it would "
            "have replaced that text). Free some space or fix the folder's permissions, and "
            "run again"
        ) from None


def write_results(
    table: RawTable,
    owned: pd.DataFrame,
    target: str | os.PathLike[str],
    as_of: AsOf,
    *,
    frame: pd.DataFrame | None = None,
    config: Config | None = None,
    options: WriteOptions | None = None,
    extra_sheets: Mapping[str, pd.DataFrame] | None = None,
    expected: Fingerprint | None = None,
    notes: list[str] | None = None,
    news: list[str] | None = None,
    notices: list[str] | None = None,
    cut_links: list[int] | None = None,
) -> bool:
    """Write the owned columns ``owned`` of ``table``'s rows to ``target``, as a run writes
    them, keeping what a person typed in the tool's columns as a run keeps it (``hand_edits``):
    an edited Draft or Draft subject whose row still has the next action it was written for
    stays in the tracker (with ``frame``, the normalised frame ``owned`` was computed from:
    without it no draft's occasion is known, so none is kept); any other text of theirs
    (a note in Why, an edited draft once the step moved on) is appended to
    ``.followup-backups/<tracker>.edited.txt`` before it is replaced, and taken back out when
    the write does not land. Without a record of the last write (``.last-run.json``: a
    tracker copied, renamed, or its backups folder lost), the tool's texts are told from the
    person's as a run tells them: computed again, with ``config`` (the one ``owned`` was
    computed with; None: the defaults), as of the date the workbook's header note says it was
    last written; a CSV, which says no date, has every text that differs saved, in one line.
    What was kept and saved is said in the run's words: added to ``notices`` (and ``notes``,
    ``news``) when given, else issued as a ``UserWarning`` each.
    The texts written are remembered (``.last-run.json``) so that the next run, library or
    command, tells them from the person's. Written to another file than the tracker, the
    tracker is left as it is and nothing is looked for, as ``run --output`` does.

    The rest is the write stage's (``write.write_results``): the rows ``owned`` leaves out
    keep their answers; returns whether ``target`` was replaced; raises ``WrongArgument``,
    ``FileLocked`` or ``UnsafeWrite``, the files then untouched. It writes the tracker sheet's
    columns with fixed statuses: the Drafts, Summary and Calendars sheets and the live status
    formulas of ``followup-batch run`` come with ``process_file``."""
    from followup_batch.as_of import as_date
    from followup_batch.memory import hand_edits, rerun, saved_edits
    from followup_batch.memory.since_last_run import as_left_by_earlier_version
    from followup_batch.write import check_owned
    from followup_batch.write import write_results as write_sheet
    from followup_batch.write.atomic import resolve_target

    check_owned(table, owned)
    _check_config(config)
    target = Path(path_argument(target, "write_results"))
    as_of = as_date(as_of)
    written_with = functools.partial(
        write_sheet,
        table,
        target=target,
        as_of=as_of,
        options=options,
        extra_sheets=extra_sheets,
        expected=expected,
        notes=notes,
        news=news,
        notices=notices,
        cut_links=cut_links,
    )
    real = resolve_target(target)
    if real != resolve_target(Path(table.path)):  # to another file: the tracker is left alone
        return written_with(owned)
    last = hand_edits.memory_for(rerun.memories(real), table.sheet)
    if last is None:
        last = as_left_by_earlier_version(real, table) or _texts_then(table, config)
    done = _as_computed(table, owned, frame)
    rows = owned.index
    mine = dataclasses.replace(
        table, owned_cells=None if table.owned_cells is None else table.owned_cells.reindex(rows)
    )
    settled = hand_edits.settle(
        mine,
        done,
        last,
        rerun.no_record_reason(real, table),
        occasions_known=frame is not None,
        as_of=as_of,
    )
    saved = save_replaced_edits(table.path.name, target, real, settled.replaced, as_of)
    try:
        written = written_with(done.output)
    except BaseException:
        saved_edits.withdraw_saved(saved)
        raise
    edits = settled.edits
    if not written:  # the file held this result already: nothing was replaced (a table
        saved_edits.withdraw_saved(saved)  # read before the last write holds its old texts)
        edits, saved = [edit for edit in edits if edit.kept], None
    said, said_v = saved_edits.edit_messages(
        edits,
        saved.path if saved else None,
        dry_run=False,
        no_record=settled.no_record,
        recomputed_as_of=settled.recomputed_as_of,
    )
    if settled.memory is not None:
        every = rows.size == len(table.cells) and rows.isin(table.cells.index).all()
        memory = settled.memory if every or last is None else _joined_memory(last, settled.memory)
        # A record that cannot be saved is said as the run says it: the next write or run
        # cannot tell typed dates from the tool's (ot89 F6; it was silent here).
        lost = rerun.remember_texts(real, table.sheet, memory)
        if lost is not None:
            said = [*said, lost]
    if notices is None:
        import warnings

        for line in said:
            warnings.warn(line, UserWarning, stacklevel=2)
    else:
        notices += said
    for kept in (notes, news):
        if kept is not None:
            kept += said + said_v
    return written


def _check_config(config: object) -> None:
    from followup_batch.arguments import shown
    from followup_batch.config import Config
    from followup_batch.errors import WrongArgument

    if config is not None and not isinstance(config, Config):
        raise WrongArgument(
            "write_results's config is the Config owned was computed with (load_config(…)), "
            f"not {shown(config)}"
        )


def _texts_then(table: RawTable, config: Config | None) -> Memory | None:
    """Without a record of the last write: the tool's texts computed again as of the date the
    workbook says it last wrote them (``hand_edits.memory_as_of``), as a run does; None when
    it says no date (a CSV)."""
    from followup_batch.compute import compute_sheets
    from followup_batch.config import Config
    from followup_batch.memory.hand_edits import memory_as_of
    from followup_batch.write import written_as_of

    then = written_as_of(table)
    if then is None:
        return None
    [again] = compute_sheets([table], config if config is not None else Config(), then)
    return memory_as_of(table, again, then)


def _as_computed(table: RawTable, owned: pd.DataFrame, frame: pd.DataFrame | None) -> Computed:
    """``owned`` as a sheet's computed output for ``hand_edits.settle``: with the normalised
    ``frame``'s rows it was computed from (a row's company and position, and its occasion),
    else the company and position the table's cells hold. A library write has no outbox."""
    from followup_batch.errors import WrongArgument

    rows = owned.index
    if frame is None:
        cells = table.cells.reindex(rows)
        frame = pd.DataFrame(
            {key: cells.get(key, "") for key in ("company", "position")},
            index=rows,
        )
    elif not isinstance(frame, pd.DataFrame) or not rows.isin(frame.index).all():
        raise WrongArgument(
            "write_results's frame is the normalised frame owned was computed from "
            "(normalise_rows(table, …)), holding every row owned has"
        )
    else:
        frame = frame.loc[rows]
    messages = pd.DataFrame(columns=["row", "to", "company", "subject", "body"])
    return Computed(frame, owned, owned.copy(), messages)


def _joined_memory(last: Memory, new: Memory) -> Memory:
    """The memory of a write of some of a sheet's rows: what the last run wrote into the rows
    left out is still there, so its texts stay the tool's."""
    from followup_batch.memory.hand_edits import Memory

    def joined(
        a: Mapping[str, frozenset[str]], b: Mapping[str, frozenset[str]]
    ) -> dict[str, frozenset[str]]:
        return {key: a.get(key, frozenset()) | b.get(key, frozenset()) for key in {*a, *b}}

    return Memory(
        joined(last.written, new.written),
        joined(last.kept, new.kept),
        last.occasions | new.occasions,
        # the last run's dates hashed as an earlier version did: looked up both ways still
        earlier_day_hashes=last.earlier_day_hashes or new.earlier_day_hashes,
        occasions_by_name=None
        if last.occasions_by_name is None or new.occasions_by_name is None
        else last.occasions_by_name | new.occasions_by_name,
    )
