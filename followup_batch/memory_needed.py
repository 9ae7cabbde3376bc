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

from followup_batch.errors import FollowupError

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
    if kind in MEMORY_PER_BYTE:
        need = size * MEMORY_PER_BYTE[kind]
    elif kind in MEMORY_PER_ROW and (rows := workbook_rows(tracker)) is not None:
        need = rows * MEMORY_PER_ROW[kind]
    else:
        return None
    available = memory_available()
    if available is None:
        return None
    return MemoryNeed(tracker, size, need, available)


# A workbook smaller than this is not weighed: its rows could not fill the memory of any
# machine it runs on, and counting them costs a read of its sheets.
WEIGHED_FROM = 1_000_000
ROW_TAG = re.compile(rb"<(?:\w+:)?row[ >]")


def workbook_rows(workbook: Path) -> int | None:
    """The rows of the workbook's longest sheet, counted as its XML streams by (the packed
    file is read, not its cells: a second for a million rows); None for a workbook under
    ``WEIGHED_FROM`` bytes or a file that is no workbook (its read says why)."""
    try:
        if workbook.stat().st_size < WEIGHED_FROM:
            return None
        with zipfile.ZipFile(workbook) as package:
            rows = [
                _rows_in(package, name)
                for name in package.namelist()
                if name.startswith("xl/worksheets/") and name.endswith(".xml")
            ]
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError, EOFError):
        return None
    return max(rows) if rows else None


def _rows_in(package: zipfile.ZipFile, name: str) -> int:
    rows, tail = 0, b""
    with package.open(name) as sheet:
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
