"""One tracker file through the whole flow: read → normalise → schedule → explain → write.

The CLI calls these functions and only formats what they return; scripts can call them too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import glob
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from followup_batch.config import Config
from followup_batch.errors import FollowupError
from followup_batch.normalise.frame import normalise_rows
from followup_batch.read.tracker import RawTable, ReadOptions, read_trackers
from followup_batch.schedule.business_days import Calendars
from followup_batch.schedule.labels import STATUSES
from followup_batch.schedule.rules import RESULT_COLUMNS, calendars_for, schedule_rows
from followup_batch.schedule.why import explain
from followup_batch.write.columns import OWNED_COLUMNS as OWNED_COLUMNS

if TYPE_CHECKING:
    from followup_batch.drafts.templating import Templates

TRACKER_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt")


@dataclass
class SheetReport:
    """What happened to one tracker (one sheet of a workbook, or one CSV file)."""

    path: Path
    sheet: str | None
    rows: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    problem_rows: int = 0
    written: Path | None = None
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # every row problem, naming the cell
    items: pd.DataFrame | None = None  # due items, when asked for (digest, calendar)
    messages: pd.DataFrame | None = None  # the drafts, one per recipient (.eml export)

    @property
    def name(self) -> str:
        return f"{self.path.name} [{self.sheet}]" if self.sheet else self.path.name

    def summary(self) -> str:
        counts = ", ".join(f"{self.counts[s]:,} {s}" for s in STATUSES if self.counts[s])
        text = f"{self.name}: {self.rows:,} rows" + (f" — {counts}" if counts else "")
        if self.problem_rows:
            text += f"; {self.problem_rows:,} with problems"
        return text

    def to_dict(self) -> dict[str, object]:
        """The machine-readable form (``run --json``)."""
        return {
            "sheet": self.sheet,
            "rows": self.rows,
            "counts": {status: self.counts[status] for status in STATUSES if self.counts[status]},
            "problem_rows": self.problem_rows,
            "written": str(self.written) if self.written else None,
            "notes": list(self.notes),
        }


@dataclass
class FileFailure:
    path: Path
    message: str

    def summary(self) -> str:
        return f"{self.path.name}: FAILED — {self.message}"


def totals_line(reports: list[SheetReport], failures: int, files: int) -> str:
    """'3 files, 114 rows — 5 Overdue, ...; 1 failed'"""
    counts: Counter[str] = Counter()
    for report in reports:
        counts.update(report.counts)
    rows = sum(report.rows for report in reports)
    text = f"{files} file{'s' if files != 1 else ''}, {rows:,} rows"
    parts = ", ".join(f"{counts[s]:,} {s}" for s in STATUSES if counts[s])
    if parts:
        text += f" — {parts}"
    if failures:
        text += f"; {failures} failed"
    return text


def read_options(config: Config, sheet: str | None = None) -> ReadOptions:
    """The reading options a config implies (default country, date order, column map)."""
    return ReadOptions(
        sheet=sheet,
        dayfirst=config.dayfirst,
        default_country=config.default_country,
        column_map=dict(config.column_map),
        encoding=config.encoding,
    )


@dataclass
class Computed:
    """Everything computed for one tracker sheet."""

    frame: pd.DataFrame  # the normalised frame (normalise.columns.NORMALISED_COLUMNS)
    result: pd.DataFrame  # rules.schedule's answer
    output: pd.DataFrame  # the owned output columns (OWNED_COLUMNS keys)
    messages: pd.DataFrame  # one draft per recipient (drafts.MESSAGE_COLUMNS)


def compute_all(
    table: RawTable, config: Config, as_of: dt.date, calendars: Calendars | None = None
) -> Computed:
    """Normalise, schedule, explain and draft one tracker sheet."""
    from followup_batch.drafts.render import render_drafts

    frame = normalise_rows(table, read_options(config))
    if calendars is None:
        calendars = calendars_for(frame, as_of)
    result = schedule_rows(frame, config.rules, as_of, calendars)
    # A client name taken from a sheet or file name (no Client column) groups the digest but
    # never signs a message: "Best regards, tracker" helps nobody. The config's sender does.
    signed = frame if "client" in table.mapping else frame.assign(client="")
    drafts = render_drafts(signed, result, config.sender, templates_for(config), links=False)
    why = explain(frame, result, config.rules, calendars)
    output = output_columns(frame, result, why, drafts.per_row)
    return Computed(frame, result, output, drafts.messages)


def compute(
    table: RawTable, config: Config, as_of: dt.date, calendars: Calendars | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The normalised frame and the owned output columns (``OWNED_COLUMNS`` keys)."""
    computed = compute_all(table, config, as_of, calendars)
    return computed.frame, computed.output


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
    out = pd.DataFrame(index=frame.index)
    for key in OWNED_COLUMNS:
        if key == "why":
            out[key] = why
        elif key == "problems":
            out[key] = frame["problems"].map(lambda items: "\n".join(items) if items else "")
        elif key in RESULT_COLUMNS:
            out[key] = result[key]
        elif key in drafts:
            out[key] = drafts[key].reindex(frame.index).fillna("")
    return out


DRAFTS_SHEET = "Drafts"
DRAFTS_SHEET_HEADERS = {
    "client": "Client",
    "company": "Company",
    "position": "Position",
    "to": "To",
    "email": "Email",
    "action": "Action",
    "due": "Due",
    "subject": "Subject",
    "body": "Draft",
    "row": "Tracker row",
}


def drafts_sheet(messages: list[pd.DataFrame]) -> pd.DataFrame:
    """The Drafts sheet: one message per recipient, across the workbook's tracker sheets."""
    frames = [m for m in messages if len(m)]
    if not frames:
        return pd.DataFrame(columns=list(DRAFTS_SHEET_HEADERS.values()))
    combined = pd.concat(frames, ignore_index=True)
    return combined[list(DRAFTS_SHEET_HEADERS)].rename(columns=DRAFTS_SHEET_HEADERS)


def process_file(
    path: Path,
    config: Config,
    as_of: dt.date,
    *,
    output: Path | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
    collect: bool = False,
    progress: Callable[[str], None] | None = None,
) -> list[SheetReport]:
    """Read, compute and (unless ``dry_run``) write every tracker sheet of one file.

    While it runs, the file is locked against other followup-batch runs. With ``collect``,
    each report carries its due items (``digest.DUE_ITEM_COLUMNS``) for a digest or calendar.
    ``progress`` is told what is being done ("tracker.xlsx: 100,000 rows, computing").
    Raises ``FollowupError`` when the file cannot be read or written; nothing is written then.
    """
    from followup_batch.write.locks import file_lock

    say = progress or _quiet
    if dry_run:
        return _process(path, config, as_of, None, sheet, dry_run=True, collect=collect, say=say)
    with file_lock(output or path):  # guard what gets replaced
        return _process(path, config, as_of, output, sheet, dry_run=False, collect=collect, say=say)


def _quiet(_: str) -> None:
    pass


def _process(
    path: Path,
    config: Config,
    as_of: dt.date,
    output: Path | None,
    sheet: str | None,
    *,
    dry_run: bool,
    collect: bool,
    say: Callable[[str], None],
) -> list[SheetReport]:
    if not dry_run:  # a file that cannot be replaced is refused before the work, not after
        from followup_batch.write.atomic import resolve_target

        resolve_target(output or path)
    say(f"{path.name}: reading")
    tables = read_trackers(path, dataclasses.replace(read_options(config), sheet=sheet))
    reports = []
    target = output or path
    rows = sum(len(table.cells) for table in tables)
    say(f"{path.name}: {rows:,} row{'s' if rows != 1 else ''}, computing")
    computed = [compute_all(table, config, as_of) for table in tables]
    for table, done in zip(tables, computed, strict=True):
        out = done.output
        report = SheetReport(
            path,
            table.sheet,
            rows=len(done.frame),
            counts=Counter(out["status"].tolist()),
            problem_rows=int((out["problems"] != "").sum()),
            notes=list(table.notes),
            problems=[line for text in out["problems"] if text for line in text.split("\n")],
            messages=done.messages,
        )
        if collect:
            from followup_batch.exports.digest import collect_due

            report.items = collect_due(done.frame, out, path=path, sheet=table.sheet)
        reports.append(report)
    if dry_run:
        return reports
    from followup_batch.write import WriteOptions, write_results

    say(f"{path.name}: {rows:,} row{'s' if rows != 1 else ''}, writing")
    last = len(tables) - 1
    for i, (table, done, report) in enumerate(zip(tables, computed, reports, strict=True)):
        # Later sheets of a workbook written to --output build on the first one's result.
        source = table if i == 0 or output is None else dataclasses.replace(table, path=target)
        # The Drafts sheet holds every tracker sheet's messages: written with the last one.
        extra = {DRAFTS_SHEET: drafts_sheet([c.messages for c in computed])}
        report.written = write_results(
            source,
            done.output,
            target,
            as_of,
            options=WriteOptions(due_soon_bd=config.rules.due_soon_bd),
            extra_sheets=extra if i == last and table.kind == "xlsx" else None,
        )
    return reports


def process_files(
    files: list[Path],
    config: Config,
    as_of: dt.date,
    *,
    jobs: int = 1,
    progress: Callable[[str], None] | None = None,
    **options: object,
) -> Iterator[tuple[Path, list[SheetReport] | FileFailure]]:
    """``process_file`` over many files, yielding each file's reports (or its failure) in the
    order given. With ``jobs`` > 1 the files are spread over that many worker processes; each
    file's lock keeps it safe, and a file that cannot be read or written is a ``FileFailure``
    either way (a bug still raises). ``progress`` hears from files processed in this process
    (see ``process_file``), not from workers."""
    jobs = max(1, min(jobs, len(files)))
    if jobs == 1:
        for path in files:
            yield path, _reports_or_failure(path, config, as_of, {**options, "progress": progress})
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # On Linux, fork shares the imported modules with the workers (no second start-up per
    # worker). Elsewhere the platform's default (spawn): macOS's system libraries are not safe
    # to use in a forked child, which is why Python stopped forking there by default.
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    work = functools.partial(_reports_or_failure, config=config, as_of=as_of, options=options)
    pool = ProcessPoolExecutor(jobs, mp_context=context)
    try:
        futures = [pool.submit(work, path) for path in files]
        for path, future in zip(files, futures, strict=True):
            yield path, future.result()
    except BaseException:
        # Ctrl-C, a bug, or the caller stopping early: the files not started are dropped,
        # the ones being written finish (each write is atomic either way), then it stops.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _reports_or_failure(
    path: Path, config: Config, as_of: dt.date, options: dict[str, object]
) -> list[SheetReport] | FileFailure:
    try:
        return process_file(path, config, as_of, **options)  # type: ignore[arg-type]
    except FollowupError as exc:
        return FileFailure(path, str(exc))


def default_jobs(files: int) -> int:
    """Worker processes for ``files`` files: one per available CPU, none for a few files
    (starting workers costs more than it saves below about four files)."""
    import os

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 1 if files < 4 else max(1, min(cpus or 1, files))


def expand_paths(patterns: Iterable[str]) -> Iterator[Path]:
    """Files named directly, tracker files inside folders, and glob matches, in order."""
    seen: set[Path] = set()
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if is_tracker_file(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])
            )
        elif path.exists():
            found = [path]
        else:
            found = sorted(
                Path(p) for p in glob.glob(pattern, recursive=True) if is_tracker_file(Path(p))
            )
            if not found:
                raise FollowupError(f"{pattern}: no such file, folder or matching files")
        for item in found:
            key = item.resolve()
            if key not in seen:
                seen.add(key)
                yield item


def is_tracker_file(path: Path) -> bool:
    """A tracker candidate in a folder: skips lock files, backups, hidden and temp files."""
    name = path.name
    return (
        path.is_file()
        and path.suffix.lower() in TRACKER_SUFFIXES
        and not name.startswith(("~$", ".", "~"))
        and ".bak" not in name
        and not name.endswith(".tmp")
    )
