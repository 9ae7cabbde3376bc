"""One tracker file through the whole flow: read → normalise → schedule → explain → write.

The CLI calls these functions and only formats what they return; scripts can call them too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from followup_batch.config import Config
from followup_batch.errors import FollowupError
from followup_batch.normalise import normalise_rows, resolve_roles
from followup_batch.read import RawTable, read_trackers
from followup_batch.schedule import (
    RESULT_COLUMNS,
    STATUSES,
    Calendars,
    ScheduleDetails,
    calendars_for,
    schedule_rows,
)
from followup_batch.write.columns import OWNED_COLUMNS

if TYPE_CHECKING:
    from followup_batch.drafts.templating import Templates
    from followup_batch.write.live import LiveStatus
    from followup_batch.write.outbox import Outbox


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
        text = f"{self.name}: {counted(self.rows, 'row')}" + (f" — {counts}" if counts else "")
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


def counted(number: int, noun: str) -> str:
    """'1 row', '2 rows', '100,000 rows'."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def totals_line(reports: list[SheetReport], failures: int, files: int) -> str:
    """'3 files, 114 rows — 5 Overdue, ...; 1 failed'"""
    counts: Counter[str] = Counter()
    for report in reports:
        counts.update(report.counts)
    rows = sum(report.rows for report in reports)
    text = f"{counted(files, 'file')}, {counted(rows, 'row')}"
    parts = ", ".join(f"{counts[s]:,} {s}" for s in STATUSES if counts[s])
    if parts:
        text += f" — {parts}"
    if failures:
        text += f"; {failures} failed"
    return text


@dataclass
class Computed:
    """Everything computed for one tracker sheet."""

    frame: pd.DataFrame  # the normalised frame (normalise.columns.NORMALISED_COLUMNS)
    result: pd.DataFrame  # the schedule's result (schedule.RESULT_COLUMNS)
    output: pd.DataFrame  # the owned output columns (OWNED_COLUMNS keys)
    messages: pd.DataFrame  # one draft per recipient (drafts.MESSAGE_COLUMNS)
    details: ScheduleDetails | None = None  # how the schedule came about (live statuses)
    calendars: Calendars | None = None


def compute_all(
    table: RawTable, config: Config, as_of: dt.date, calendars: Calendars | None = None
) -> Computed:
    """Normalise, schedule, explain and draft one tracker sheet."""
    from followup_batch.drafts import render_drafts
    from followup_batch.drafts.signer import signers

    frame = normalise_rows(table, config.reading, as_of=as_of)
    if calendars is None:
        calendars = calendars_for(frame, as_of)
    schedule = schedule_rows(frame, config.rules, as_of, calendars)
    signed = frame.assign(client=signers(frame["client"], table.default_client))
    drafts = render_drafts(
        signed,
        schedule.next_actions,
        config.sender,
        templates_for(config),
        links=False,
        clients=config.clients,
    )
    output = output_columns(frame, schedule.result, schedule.explain(), drafts.per_row)
    # One story per row: a row that needs fixing gets no message (.eml, Drafts sheet); and
    # each message says whose it is even when unsigned (.eml names).
    messages = drafts.messages
    rows = messages["row"]
    messages = messages[~rows.isin(frame.index[frame["needs_info"].to_numpy(dtype=bool)])]
    messages = messages.assign(whose=frame["client"].reindex(messages["row"]).to_numpy())
    return Computed(
        frame,
        schedule.result,
        output,
        messages.reset_index(drop=True),
        schedule.details,
        schedule.calendars,
    )


def compute(
    table: RawTable, config: Config, as_of: dt.date, calendars: Calendars | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The normalised frame and the owned output columns (``OWNED_COLUMNS`` keys)."""
    computed = compute_all(table, config, as_of, calendars)
    return computed.frame, computed.output


def unsigned_note(table: RawTable, config: Config) -> list[str]:
    from followup_batch.drafts.signer import unsigned_note as note

    return note(table.default_client, table.sheet, "client" in table.mapping, config.sender)


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


def workbook_additions(
    tables: list[RawTable], computed: list[Computed], config: Config, as_of: dt.date
) -> tuple[list[LiveStatus | None], Outbox]:
    """What a workbook gets besides the owned columns: each tracker sheet's live statuses
    (over the calendars of every sheet, so their formulas share one calendars sheet) and the
    outbox that the Drafts and Summary sheets are made of."""
    from followup_batch.drafts.outbox import outbox_messages
    from followup_batch.write.live import business_days_for, live_status
    from followup_batch.write.outbox import ClientRows, Outbox
    from followup_batch.write.xlsx.design import LIVE_YEARS

    keys = sorted({key for done in computed for key in done.frame["country"].astype(str)})
    calendars = next((c.calendars for c in computed if c.calendars is not None), None)
    days = business_days_for(calendars, keys, as_of, LIVE_YEARS) if calendars else {}
    lives: list[LiveStatus | None] = []
    clients: list[ClientRows] = []
    counts: Counter[str] = Counter()
    messages = []
    for table, done in zip(tables, computed, strict=True):
        sheet = table.sheet or ""
        counts.update(done.output["status"].tolist())
        messages.append(done.messages.assign(sheet=sheet))
        if done.details is None:
            lives.append(None)
        else:
            lives.append(
                live_status(
                    table,
                    done.frame["country"],
                    done.details.next_action_key,
                    done.details.later_status,
                    days,
                )
            )
        status = done.output["status"]
        if "client" in table.mapping:
            column = table.mapping["client"] + 1
            for name, rows in done.frame.groupby("client", sort=True).groups.items():
                if str(name).strip():
                    tally = dict(Counter(status.reindex(rows).tolist()))
                    clients.append(ClientRows(str(name), sheet, column, tally))
        else:
            tally = dict(Counter(status.tolist()))
            clients.append(ClientRows(table.default_client, sheet, 0, tally))
    combined = pd.concat(messages, ignore_index=True) if messages else pd.DataFrame()
    outbox = Outbox(
        outbox_messages(combined, as_of, config.drafts_days),
        sheets=len(tables),
        as_of=as_of,
        counts=dict(counts),
        clients=clients,
    )
    return lives, outbox


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
    each report carries its due items (``exports.DUE_ITEM_COLUMNS``) for a digest or calendar.
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
    # The Date and yes/no columns decided by their values, so the notes say what was taken.
    tables = [
        resolve_roles(table)
        for table in read_trackers(path, dataclasses.replace(config.reading, sheet=sheet))
    ]
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
            notes=[*table.notes, *unsigned_note(table, config)],
            problems=[line for text in out["problems"] if text for line in text.split("\n")],
            messages=done.messages,
        )
        if collect:
            from followup_batch.exports import collect_due

            report.items = collect_due(done.frame, out, path=path, sheet=table.sheet)
        reports.append(report)
    if dry_run:
        return reports
    from followup_batch.write import WriteOptions, write_results

    say(f"{path.name}: {rows:,} row{'s' if rows != 1 else ''}, writing")
    lives, outbox = workbook_additions(tables, computed, config, as_of)
    for i, (table, done, report) in enumerate(zip(tables, computed, reports, strict=True)):
        # Later sheets of a workbook written to --output build on the first one's result.
        source = table if i == 0 or output is None else dataclasses.replace(table, path=target)
        # The Drafts and Summary sheets come with the last tracker sheet (the outbox knows).
        report.written = write_results(
            source,
            done.output,
            target,
            as_of,
            options=WriteOptions(due_soon_bd=config.rules.due_soon_bd),
            live=lives[i] if table.kind == "xlsx" else None,
            outbox=outbox if table.kind == "xlsx" else None,
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
) -> Generator[tuple[Path, list[SheetReport] | FileFailure], None, None]:
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
    work = functools.partial(_in_worker, config=config, as_of=as_of, options=options)
    pool = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)
    )
    try:
        futures = [pool.submit(work, path) for path in files]
        for path, future in zip(files, futures, strict=True):
            yield path, future.result()
    except GeneratorExit:
        # The caller stopped reading: the files not started are dropped, the ones being
        # written finish.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except BaseException:
        # Ctrl-C, SIGTERM or a bug: the files not started are dropped and the workers stopped
        # now, mid-file if need be (each write is atomic: a stopped one leaves the original,
        # and its temporary file is removed).
        pool.shutdown(wait=False, cancel_futures=True)
        _stop_workers()
        raise
    pool.shutdown(wait=True)


def _stop_workers(grace: float = 1.5) -> None:
    """SIGTERM to this process's worker processes (they clean up and exit), SIGKILL to any
    still there after ``grace`` seconds."""
    import multiprocessing

    workers = multiprocessing.active_children()
    for worker in workers:
        worker.terminate()
    deadline = time.monotonic() + grace
    for worker in workers:
        worker.join(max(0.0, deadline - time.monotonic()))
        if worker.is_alive():
            worker.kill()
            worker.join()


def _worker_start(parent: int) -> None:
    """A worker stops like the main process on SIGTERM, and stops when the main process is
    gone (killed with SIGKILL, say) instead of waiting forever for work that never comes."""
    stop_on_sigterm()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCH_PARENT_SECONDS)
        os.kill(os.getpid(), signal.SIGTERM)
        # The SIGTERM's clean-up (a temporary file removed, a lock released) takes a moment;
        # a worker still here after that is stuck somewhere no signal reaches.
        time.sleep(WORKER_GRACE_SECONDS)
        os._exit(128 + signal.SIGTERM)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


WATCH_PARENT_SECONDS = 0.2
WORKER_GRACE_SECONDS = 1.0


def _in_worker(
    path: Path, config: Config, as_of: dt.date, options: dict[str, object]
) -> list[SheetReport] | FileFailure:
    """``_reports_or_failure`` in a worker process. A SIGTERM mid-file ends the worker once
    the file's clean-up has run: the pool would catch the ``SystemExit`` as the file's result
    and wait for more work, from a main process that may be gone."""
    try:
        return _reports_or_failure(path, config, as_of, options)
    except SystemExit as stop:
        os._exit(stop.code if isinstance(stop.code, int) else 1)


def stop_on_sigterm() -> None:
    """Make SIGTERM (cron's timeout, ``systemctl stop``, ``kill``) end the process the way
    Ctrl-C does: clean-up runs (temporary files removed, locks released) and the exit code is
    143, the shell's code for "terminated"."""

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)


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
