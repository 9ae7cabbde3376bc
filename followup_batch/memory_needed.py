"""Whether the machine has the memory a tracker's run needs, told before the work starts: a
tracker is read, computed and written whole in memory, so a 1,000,000-row CSV run to a workbook
grew past 8 GB with no word (ot138 F1), where a dataset engine reads it a part at a time in
about 1 GB. The need is foreseen from the file's size (its rows are not known before it is
read) and the figures measured below; ``refusal_or_warning`` says what to do about it."""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from followup_batch.errors import FollowupError, UnsupportedFile
from followup_batch.read.package import BoundedPart
from followup_batch.read.sniff import refuse_zip_bombs
from followup_batch.read.xlsx_cells import DIMENSION

# Memory a run takes beyond the running program's, per byte of a CSV (a CSV's bytes are its
# text) and per row of a workbook (whose bytes are packed: a workbook this tool wrote holds
# four times the bytes a row of another's does, in about the same memory). Measured as the
# peak RSS at 100,000 rows less that at 20,000 rows of one export, over the bytes or rows
# between them (the commit that added this says how).
MEMORY_PER_BYTE = {
    "csv": 53,  # a CSV run in place
    "csv-to-xlsx": 68,  # a CSV run to a workbook --output: the workbook made of it too
}
MEMORY_PER_ROW = {"xlsx": 12_000}  # a workbook, in place or to an --output
WEIGHED_BY_ROWS = frozenset({".xlsx", ".xlsm"})  # the suffixes of the files weighed by rows
WARN_SHARE = 0.5  # over half the memory available: said, and the run goes on

NOT_ENOUGH_MEMORY = (
    "{name}: {size} would need about {need} of memory to run as a tracker, and {available} is "
    "available; it was not run. {instead}"
)
NEAR_THE_LIMIT = (
    "{size} needs about {need} of memory to run as a tracker, over half the {available} "
    "available; should it run out, {instead}"
)
AS_A_DATASET = (
    "run it as a dataset, read a part at a time in about 1 GB (each row stands alone): "
    "followup-batch run {path} --engine pandas --output {folder}"
)
SAVE_AS_CSV = (
    "save its sheet as CSV and run that as a dataset, read a part at a time in about 1 GB "
    "(each row stands alone): followup-batch run {csv} --engine pandas --output {folder}"
)


class NotEnoughMemory(FollowupError):
    """A tracker whose run would need more memory than the machine has available."""


@dataclass(frozen=True)
class MemoryNeed:
    """What running ``path`` would take (``need``) and the machine has (``available``),
    in bytes."""

    path: Path
    size: int
    need: int
    available: int


def memory_available() -> int | None:
    """Bytes of memory the machine can give without swapping: MemAvailable on Linux, the free
    pages elsewhere; None when the system says neither (no check then)."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


def memory_need(tracker: Path, output: Path | None) -> MemoryNeed | None:
    """What running ``tracker`` (to ``output``, a workbook or None) would take beyond what
    the program holds already; None when the machine does not say what it has, or the file
    is of no kind measured (a pipe, .xls)."""
    kind = tracker.suffix.lower().lstrip(".")
    if kind == "xlsm":
        kind = "xlsx"
    if kind == "csv" and output is not None and output.suffix.lower() in (".xlsx", ".xlsm"):
        kind = "csv-to-xlsx"
    try:
        size = tracker.stat().st_size
    except OSError:
        return None
    available = memory_available()
    if available is None:
        return None
    if kind in MEMORY_PER_BYTE:
        need = size * MEMORY_PER_BYTE[kind]
    elif kind in MEMORY_PER_ROW:
        unsaid = int(available * WARN_SHARE) // MEMORY_PER_ROW[kind]  # rows too few to say
        rows = workbook_rows(tracker, unsaid)
        if rows is None:
            return None
        need = rows * MEMORY_PER_ROW[kind]
    else:
        return None
    return MemoryNeed(tracker, size, need, available)


# A workbook smaller than this is not weighed: its rows could not fill the memory of any
# machine it runs on, and counting them costs a read of its sheets.
WEIGHED_FROM = 1_000_000
ROW_TAG = re.compile(rb"<(?:\w+:)?row[ >]")


def workbook_rows(workbook: Path, unsaid: int | None = None) -> int | None:
    """The rows of the workbook's longest sheet, as its stated dimension says them where that
    is to be believed, else counted as its XML streams by (the packed file is read, not its
    cells: a second for a million rows); None for a workbook under ``WEIGHED_FROM`` bytes, a
    file that is no workbook (its read says why), or one whose sheets are too small to hold
    ``unsaid`` rows (``LEAST_TRACKER_ROW_BYTES`` each: nothing to say, nothing counted)."""
    try:
        if workbook.stat().st_size < WEIGHED_FROM:
            return None
        with zipfile.ZipFile(workbook) as package:
            # A zip bomb is refused by its read, from its directory's sizes, before any of it
            # is unpacked; counting its rows first took 15 s of a 3 GiB sheet (ot148 F4).
            refuse_zip_bombs(workbook, package.infolist())
            sheets = [
                info
                for info in package.infolist()
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
            ]
            most = max((info.file_size for info in sheets), default=0)
            if unsaid is not None and most // LEAST_TRACKER_ROW_BYTES <= unsaid:
                return None
            rows = [_rows_in(package, info) for info in sheets]
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError, EOFError, UnsupportedFile):
        return None
    return max(rows) if rows else None


# A sheet's stated dimension (``<dimension ref="A1:AF100001"/>``, near its start): the rows a
# run would read, taken as said when the sheet's XML holds at least this many bytes a row
# (``<row r="5"><c r="A5"><v>1</v></c></row>``, a row of one number, is 38), and at most
# ``MOST_ROW_BYTES``, and it does not
# run to the sheet's last row (LibreOffice states ``A1:Z1048576`` when an empty row is kept
# there, ot133). Reading it costs a few kilobytes of the sheet; counting the rows of a
# 100,000-row tracker the tool has written, 1.2 CPU s of every nightly run.
LEAST_ROW_BYTES = 32
MOST_ROW_BYTES = 100_000  # a row of long notes; a sheet of more a row states too few ("A1")
# The least XML a tracker's row takes: a Company, a Position and a date, each one cell
# (``<c r="A5" t="s"><v>7</v></c>``, 28 bytes), in its row's tag: a sheet of fewer bytes than
# this a row, times the rows a warning is said from, holds too few rows to weigh (the
# 100,000-row benchmark tracker, 73 MB of sheet, on a machine with 20 GB available).
LEAST_TRACKER_ROW_BYTES = 100
SHEET_ROWS = 1_048_576
HEAD_BYTES = 4096


def _rows_in(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    with package.open(info) as sheet:
        head = sheet.read(HEAD_BYTES)
    stated = DIMENSION.search(head)
    if stated is not None:
        first, last = int(stated[1] or stated[3]), int(stated[3])
        rows = last - first + 1
        believable = rows * LEAST_ROW_BYTES <= info.file_size <= rows * MOST_ROW_BYTES
        if rows > 0 and last < SHEET_ROWS and believable:
            return rows
    return _counted_rows(package, info)


def _counted_rows(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    rows, tail = 0, b""
    # A member that lies about its size is stopped a chunk past what it declares.
    with BoundedPart(package, info) as sheet:
        while chunk := sheet.read(1 << 20):
            text = tail + chunk
            rows += len(ROW_TAG.findall(text))
            tail = text[-8:]
            rows -= len(ROW_TAG.findall(tail))  # counted again with the next chunk
    return rows + len(ROW_TAG.findall(tail))


def refusal_or_warning(tracker: Path, output: Path | None, name: str) -> str | None:
    """The warning to say when running ``tracker`` (``name`` as the run calls it) would take
    over half the memory available, None when it takes less; raises ``NotEnoughMemory``,
    saying what to run instead, when it would take more than there is."""
    need = memory_need(tracker, output)
    if need is None or need.need <= need.available * WARN_SHARE:
        return None
    words = {
        "name": name,
        "size": gigabytes(need.size),
        "need": gigabytes(need.need),
        "available": gigabytes(need.available),
    }
    folder = tracker.with_name(tracker.stem + "-followups")
    if tracker.suffix.lower() == ".csv":
        instead = AS_A_DATASET.format(path=tracker, folder=folder)
    else:
        instead = SAVE_AS_CSV.format(csv=tracker.with_suffix(".csv"), folder=folder)
    if need.need <= need.available:
        return NEAR_THE_LIMIT.format(**words, instead=instead)
    raise NotEnoughMemory(
        NOT_ENOUGH_MEMORY.format(**words, instead=instead[0].upper() + instead[1:])
    )


def gigabytes(size: int) -> str:
    """'174 MB', '8.3 GB': a size as a person reads it."""
    if size < 1000**3:
        return f"{max(1, round(size / 1000**2)):,} MB"
    return f"{size / 1000**3:.1f} GB"
