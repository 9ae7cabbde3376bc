"""A night with nothing new: a workbook whose result differs only in the run's date stamps.

A write dates the tool's result twice: the status header's note ("as of 2026-11-23",
``design.header_note``) and the Summary's first line ("Computed on Mon 2026-11-23",
``formulas.computed_on``). With live ``TODAY()`` statuses, the next night's result is often
the same workbook but for those two dates, and writing it would re-upload a synced tracker
(Dropbox, OneDrive, Google Drive) and tell its client it changed, every night (ot109 F1).

So the write keeps the stamp date of the file it would replace (the tracker, or an --output
written before) when the result dated that day is that file (``write.xlsx.write_workbook``):
its values were computed then, and still are what this run computes; the statuses follow
today's date. Once a run writes one sheet of a workbook, its other sheets are dated anew
(``WriteOptions.keep_stamps``). The decision is exact: the result dated with the file's
stamp date is compared with the file part for part (``zipcontainer.same_parts``), cached values
included. Only the parts that hold the date are made again for it (``plan.Dated``: the header
notes, the Drafts and Summary sheets), the others taken from the write's output, which they are
whatever the date: a 100,000-row night made the whole package twice, at 1.6 times the CPU of a
first run (issue 15). ``worth_restamping`` spares even that when the output already differs
from the file elsewhere than in its dates.

The Drafts sheet's Urgency is a live formula too, and the countdown it saves ("In 3 days",
"Tomorrow") moved on every night: a tracker with a message due within the horizon was written
nightly all the same (fx253). The result dated with the file's stamp counts down from that
date (``own_sheets.drafts_sheet``), as the file does; Excel and LibreOffice count again from
today as they open it (the workbook asks for a full calculation on load). A message falling
due (Due today, Overdue) is a change, as a status moving on is: written, dated that night.
"""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

from followup_batch.write.xlsx.zipcontainer import Archive


def worth_restamping(new: Path, old: Path, as_of: datetime.date, sheet_part: str) -> bool:
    """Whether the write's output ``new`` (dated ``as_of``) may differ from the file ``old``
    only in its date stamps: the same parts, and each part that differs (by CRC-32 and size)
    is not the tracker's worksheet ``sheet_part`` (its cells hold no stamp, and it is the big
    one) and holds the date ``as_of`` or a live formula's countdown (``TODAY()``: the Drafts
    sheet). A cheap filter before the exact comparison: False means the result differs from
    the file in more than its dates."""
    stamp = as_of.isoformat().encode()
    try:
        with Archive(new) as mine, Archive(old) as theirs:
            if set(mine.names) != set(theirs.names):
                return False
            differing = [
                name
                for name in mine.names
                if _crc_and_size(mine.getinfo(name)) != _crc_and_size(theirs.getinfo(name))
            ]
            return sheet_part not in differing and all(
                _dated(mine.read(name), stamp) for name in differing
            )
    except (OSError, KeyError, zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError):
        return False  # any doubt: the result is written as it is dated


def _dated(part: bytes, stamp: bytes) -> bool:
    """Whether ``part`` may change with the date alone: it holds the ``stamp`` or ``TODAY()``."""
    return stamp in part or b"TODAY()" in part


def _crc_and_size(info: zipfile.ZipInfo) -> tuple[int, int]:
    return info.CRC, info.file_size
