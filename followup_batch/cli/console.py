"""What a run shows on the terminal and in its log: one summary line per sheet, a progress bar
over many files, a status line for one big file, notes under -v, the JSON summary.

The commands (``cli``) parse the command line and call these; nothing here decides what a run does.
Heavy modules (pandas) are imported inside the functions so the CLI starts fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import shlex
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO, TypeVar, cast

import click

from followup_batch.cli.streams import NeverFailing, as_shown, holds_all_of_unicode
from followup_batch.errors import (
    INTERRUPTED_EXIT,
    Interrupted,
    Terminated,
    UsageError,
    stopped_how,
)
from followup_batch.normalise.controls import one_line, printable
from followup_batch.text import display_width, first_and_more, last_columns, wrapped

if TYPE_CHECKING:
    from followup_batch.batch import RunOptions
    from followup_batch.config import Config
    from followup_batch.datasets.engines import DatasetReport
    from followup_batch.exports.digest import Digest
    from followup_batch.exports.outputs import Exports
    from followup_batch.progress import Step
    from followup_batch.reports import SheetReport

T = TypeVar("T")


def echo(
    text: str,
    *,
    err: bool = False,
    nl: bool = True,
    color: bool | None = None,
    codes: bool = False,
) -> bool:
    """``click.echo`` of ``text`` without its control characters (``printable``: a tracker's
    cell holding ESC]52 or ESC[2K must not reach the terminal), except that a reader who stops
    reading (``run ... | head -1``) does not stop the run: once standard output is closed,
    what would go there is dropped (the --log-file keeps it) and the files are still
    processed. Standard output redirected to a full disk is said once on stderr and dropped
    the same way: False then, ``text`` was lost (to a closed pipe nothing is: its reader
    wanted no more). ``codes``: ``text`` holds the tool's own terminal codes (colours, a
    status line), and its other parts were made printable already.

    The stream is named, not left to Click, which writes UTF-8 to a stream that says it is
    ASCII: a character the stream cannot hold is written as a stand-in (``streams``). No
    failure to print stops a run: a stream that still refuses the text is given it as "?"s,
    one that is closed loses it."""
    stream = sys.stderr if err else sys.stdout
    shown = text if codes else printable(text)
    try:
        try:
            click.echo(shown, file=stream, nl=nl, color=color)
        except UnicodeError:  # a stream the tool did not set up (``streams``)
            encoding = getattr(stream, "encoding", None) or "ascii"
            click.echo(shown.encode(encoding, "replace").decode(encoding), file=stream, nl=nl)
        return True
    except ValueError:  # closed by its owner: nothing can be said anywhere
        return False
    except OSError as exc:
        lost = not isinstance(exc, BrokenPipeError)
        if lost and not err:
            with contextlib.suppress(OSError, ValueError):
                click.echo(
                    f"standard output could not be written ({exc.strerror or exc}); the run "
                    "went on without it",
                    err=True,
                )
        with contextlib.suppress(OSError, ValueError):
            # Point the closed stream at the null device, so that neither later lines nor
            # the interpreter's last flush fail on it.
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, stream.fileno())
            os.close(null)
        return not lost


def say(text: str) -> bool:
    """A note or warning of a command (``note: …``) on stderr: one line, wrapped at words to a
    terminal's width (``fit_to_terminal``)."""
    return echo(fit_to_terminal(printable(one_line(text)), sys.stderr), err=True)


def json_text(data: object) -> str:
    """``data`` as the JSON document printed on standard output: its characters as they are
    on a UTF-8 stream, escaped (``\\u00e9``) on any other, so that a program reading it gets
    every name whole."""
    return json.dumps(data, indent=2, ensure_ascii=not holds_all_of_unicode(sys.stdout))


def wants_colour(stream: Any) -> bool:
    """ANSI colours on a terminal, unless NO_COLOR is set (no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


# Fewer columns than this is no terminal's real width but one that does not say: a pseudo-terminal
# whose size was never set (``script``, ``docker run -t``, some CI runners: ``stty size`` says
# ``0 0``) or COLUMNS=0. Taken as unknown (80), not as a column of words 20 wide (ot123 F1).
NARROWEST_TERMINAL = 20


def terminal_width(stream: IO[str] | None = None) -> int:
    """The width of the terminal of ``stream`` (by default standard output's; COLUMNS when it
    is set); 80 when the output goes to a pipe or a file, or when the terminal says a width
    under ``NARROWEST_TERMINAL`` (0: unknown). The progress bar on stderr asks for stderr's:
    standard output may be a file (``run ... > log``) on a terminal of 60 columns."""
    columns = 0
    if stream is not None and not os.environ.get("COLUMNS"):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            columns = os.get_terminal_size(stream.fileno()).columns
    if not columns:
        columns = shutil.get_terminal_size((80, 24)).columns
    return columns if columns >= NARROWEST_TERMINAL else 80


def fit_to_terminal(text: str, stream: IO[str]) -> str:
    """``text`` wrapped at word boundaries (``wrapped``) to the width of the terminal of
    ``stream``, a column short of its edge (a line that fills it wraps on some terminals);
    as it is when ``stream`` is not a terminal: a pipe and a log file keep one line per note,
    to grep and to read in a wider window."""
    try:
        on_terminal = stream.isatty()
    except (AttributeError, ValueError):
        on_terminal = False
    if not on_terminal:
        return text
    width = max(terminal_width(stream) - 1, NARROWEST_TERMINAL)
    return "\n".join(
        "\n".join(wrapped(line, width)) if display_width(line) > width else line
        for line in text.split("\n")
    )


# A log that cannot be written for the state of its disk (not for a mistake in the command)
# is given up with one line on stderr: the run's work and its --json summary do not depend on it.
_LOG_LOST = "the log file {path} could not be written ({why}); the run went on without it"
_DISK_STATE = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG}


def _open_log(path: Path) -> IO[str] | OSError:
    """The --log-file, opened to append, or the disk's error (full, quota) to report;
    ``UsageError`` when the command names a log that cannot be (a folder, no permission)."""
    from followup_batch.pipes import NobodyAtTheOtherEnd, open_file

    try:
        return open_file(path, "a", encoding="utf-8")
    except NobodyAtTheOtherEnd as exc:
        raise UsageError(
            f"{exc}; start the program that reads the log from it first, or give a file",
            "--log-file",
        ) from None
    except OSError as exc:  # a folder, a file of /proc, no permission
        if exc.errno in _DISK_STATE:
            return exc
        raise UsageError(f"cannot write the log to {path}: {exc.strerror}", "--log-file") from None


# Said once by a dry run given --log-file, before the log's lines on stderr.
DRY_RUN_LOG = (
    "note: a dry run writes no file, so {path} is not written: the lines it would get follow "
    "on stderr"
)


def log_stamp(at: dt.datetime | None = None) -> str:
    """Now (or ``at``), as a log line's stamp: local time with its UTC offset, so that the
    hour a clock change repeats, or a server in another zone, leaves no doubt
    ("2026-11-01T01:30:00-04:00", then "…-05:00")."""
    return (at or dt.datetime.now(dt.UTC)).astimezone().isoformat(timespec="seconds")


class Reporter:
    """Where a run's messages go: summaries to stdout (stderr under --json), notes only with
    -v, errors always to stderr; everything also to --log-file with a timestamp. A log that
    cannot be written (a full disk) is given up, said once on stderr (``log_error``).

    The log's timestamps are the computer's local time with its UTC offset
    ("2027-01-01T00:00:05+13:00"), and a run's first line names the day it counts from
    ("run as of Thu 2026-12-31"): a run begun before midnight logs its "Due today" after it
    (ot92 F5)."""

    def __init__(
        self,
        *,
        as_json: bool,
        verbose: int,
        quiet: bool,
        log_file: Path | None,
        log_to_stderr: Path | None = None,
        as_of: dt.date | None = None,
        status: StatusLine | None = None,
        check_with: Sequence[str] = (),
    ):
        """``log_to_stderr``: the --log-file of a dry run, which writes no file: its lines go
        to stderr instead, as the log would have them, said once (also under -q, as the
        lines are). ``as_of``: the run's day, the log's first line. ``status``: a dataset
        run's status line, which each line said is written above (``StatusLine.above``).
        ``check_with``: the options of ``check`` that read a file as this run does, for the
        command the log names to list its row problems (``logged_problems``)."""
        self.as_json, self.verbose, self.quiet = as_json, verbose, quiet
        self.check_with = tuple(check_with)
        self.status = status
        self.log_on_stderr = log_to_stderr is not None
        self.deferred: list[tuple[str, bool]] = []
        self.defer = False
        self.dry_run_note = True  # say "nothing written" on dry runs (not in a digest)
        self.log_file = log_file
        self.log: IO[str] | None = None
        self.log_error: str | None = None
        self.notes: list[str] = []  # the notices of no one file (a link skipped), for --json
        if log_to_stderr is not None:
            self._emit(DRY_RUN_LOG.format(path=log_to_stderr), err=True)
        if log_file is not None:
            opened = _open_log(log_file)
            if isinstance(opened, OSError):
                self._lose_log(opened)
            else:
                self.log = opened
        if as_of is not None:
            self._record("INFO", f"run as of {as_of:%a %Y-%m-%d}")

    def _emit(self, text: str, err: bool, *, fitted: bool = True) -> None:
        """``text`` on stderr (``err``) or stdout, wrapped to a terminal's width (``fitted``,
        not a traceback), or held back while a progress bar owns the terminal line."""
        if fitted:
            text = fit_to_terminal(printable(text), sys.stderr if err else sys.stdout)
        if self.defer:  # a progress bar owns the terminal line; print after it
            self.deferred.append((text, err))
        elif self.status is not None:  # its line erased first, then drawn again below
            self.status.above(lambda line: echo(line, err=err))(text)
        else:
            echo(text, err=err)

    def _record(self, level: str, text: str) -> None:
        if self.log_on_stderr:
            self._emit(f"{log_stamp()} {level} {printable(text)}", err=True)
        if self.log:
            stamp = log_stamp()
            try:  # a log is read on a terminal too (``tail -f``): no control characters
                self.log.write(f"{stamp} {level} {printable(text)}\n")
            except OSError as exc:
                self._lose_log(exc)

    def _lose_log(self, exc: OSError) -> None:
        """Give up the log: say so on stderr (also under --quiet: a nightly job's record is
        missing), once; write no more to it."""
        if self.log is not None:
            with contextlib.suppress(OSError):  # its buffer cannot be written either
                self.log.close()
            self.log = None
        if self.log_error is None:
            self.log_error = _LOG_LOST.format(path=self.log_file, why=exc.strerror or exc)
            self._emit(self.log_error, err=True)

    def summary(self, text: str) -> None:
        text = one_line(text)  # one line a record, whatever a file's name holds
        self._record("INFO", text)
        if not self.quiet:
            self._emit(text, err=self.as_json)

    def guide(self, text: str) -> None:
        """A line for the person who ran one file, under its summary (where to look today):
        stdout, unless --quiet, and not the log, whose notes list each row problem."""
        if not self.quiet:
            self._emit(one_line(text), err=self.as_json)

    def note(self, text: str, where: str | None = None) -> None:
        """A note for -v, of a file (``where``: "note:" after it on stderr) or not; its log
        line says "NOTE" once, not "NOTE …: note:" (ot91 F5). A dry run's log lines on stderr
        stand for the notes: each is said once."""
        text = one_line(text)
        said = text.removeprefix("note: ") if where is None else f"{one_line(where)}: {text}"
        self._record("NOTE", said)
        if self.log_on_stderr:
            return
        if self.verbose and not self.quiet:
            self._emit(
                f"  {text}" if where is None else f"  {one_line(where)}: note: {text}", err=True
            )

    def notice(self, text: str, where: str | None = None) -> None:
        """A note the user needs without -v (a file skipped): stderr, unless --quiet. Of a
        file (``where``) and under -v, it stands indented among that file's notes."""
        text, where = one_line(text), None if where is None else one_line(where)
        said = text if where is None else f"{where}: {text}"
        self._record("NOTE", said)
        if where is None:
            self.notes.append(said)
        if self.quiet or self.log_on_stderr:  # a dry run's log line on stderr said it
            return
        if where is not None and self.verbose:
            self._emit(f"  {where}: note: {text}", err=True)
        else:
            self._emit(f"note: {said}", err=True)

    def log_line(self, text: str) -> None:
        """A line of how a long run goes, for the log alone, written at once (a nightly job's
        log is read with ``tail -f`` while it runs)."""
        self._record("INFO", text)
        self._flush_log()

    def notice_now(self, text: str) -> None:
        """A ``notice`` in the middle of a long run (a Dask worker lost), in the log at once."""
        self.notice(text)
        self._flush_log()

    def last_error(self, text: str) -> None:
        """The error a run ends with, which Click prints: to the log too, then closed."""
        self._record("ERROR", text)
        self.flush()

    def _flush_log(self) -> None:
        if self.log:
            try:
                self.log.flush()
            except OSError as exc:
                self._lose_log(exc)

    def details(self, text: str, details: str) -> None:
        """A traceback for the log, and for stderr under -v, of an error ``text`` that is
        reported by other means (Click's "Error:" line)."""
        self._record("ERROR", text)
        self._record("DETAIL", details.rstrip("\n"))
        if self.verbose:
            self._emit(details.rstrip("\n"), err=True, fitted=False)

    def error(self, text: str, details: str | None = None) -> None:
        """An error line; ``details`` (a traceback) goes to the log, and to stderr under -v."""
        text = one_line(text)
        self._record("ERROR", text)
        self._emit(text, err=True)
        if details:
            self._record("DETAIL", details.rstrip("\n"))
            if self.verbose:
                self._emit(details.rstrip("\n"), err=True, fitted=False)

    def interrupted(
        self,
        *,
        done: int,
        total: int,
        how: str = "Interrupted",
        parallel: bool = False,
        writes: bool = True,
    ) -> None:
        """Ctrl-C or SIGTERM (``how`` says which) in a run over trackers: the lines of the files
        already done (held back while the progress bar showed), then what the interruption
        left, also to the log. ``parallel``: worker processes finish files out of order, and a
        file's line waits for those before it, so files past the ones reported may be done.
        ``writes``: False for a run that writes no tracker (``digest``, ``--dry-run``)."""
        self.flush_lines()
        shown = "" if self.quiet else " (their lines are above)"
        if parallel and done < total and writes:
            what = (
                f"after {done} of {total} files were reported{shown}; files after them may "
                "have been written meanwhile"
            )
        elif done == 0:
            what = "before any file was done" if total > 1 else "before the tracker was done"
        elif done < total:
            what = f"after {done} of {total} files{shown}"
        else:
            what = "after every file was done"
        if not writes:
            self.error(f"{how} {what}. No tracker was written. Run the same command again.")
            return
        self.error(
            f"{how} {what}. No tracker is left half-written: each one is either "
            "completely written or as it was. Run the same command again to finish."
        )

    def flush_lines(self) -> None:
        """Print the lines held back while a progress bar owned the terminal line."""
        self.defer = False
        for text, err in self.deferred:
            echo(text, err=err)
        self.deferred.clear()

    def flush(self) -> None:
        if self.log:
            try:
                self.log.close()  # what is still buffered is written now: a full disk fails here
            except OSError as exc:
                self._lose_log(exc)
            self.log = None
        self.flush_lines()


class StatusLine:
    """What a long single-file run is doing, on one line of a terminal's stderr that is
    rewritten in place and erased once the file is done: "tracker.xlsx: reading …",
    "tracker.xlsx: 100,000 rows, writing the tracker sheet 41%": a big tracker takes seconds,
    and silence looks like a hang. The line stops a column short of a terminal ``columns``
    wide (``bar_width``'s rule), its start cut when it is longer. A step's percentage is
    redrawn at most every ``REDRAW_SECONDS`` (by ``clock``), and always when it reaches 100%
    or a new step begins. A Dask dataset run draws it from Dask's callback thread while its
    watch says a lost worker from another (``above``): each draw is whole."""

    # Smaller trackers take about a second: nothing to show. In ``progress.file_work``'s
    # units, a CSV's bytes, which a workbook's weigh 3 times: 8,000 rows of a CSV, 5,000 of
    # an openpyxl-written workbook (ot133 F4: one of 10,000 rows in 777 kB took 6 s, 20 s
    # on a loaded machine, with nothing shown under a limit of 1 MB of its bytes).
    BIG_FILE_WORK = 1 << 20
    REDRAW_SECONDS = 0.1

    def __init__(self, columns: int = 80, clock: Callable[[], float] = time.monotonic) -> None:
        self.shown = False
        self.columns = columns if columns > 0 else 80  # 0: a terminal that does not say
        self.clock = clock
        self.last: Step | None = None  # the step drawn last
        self.drawn_at = 0.0
        self.lock = threading.RLock()

    def __call__(self, step: Step) -> None:
        with self.lock:
            last, now = self.last, self.clock()
            if last is not None and step.what == last.what:
                if step.percent == last.percent:
                    return
                if step.percent != 100 and now - self.drawn_at < self.REDRAW_SECONDS:
                    return
            self.last, self.drawn_at = step, now
            percent = step.percent
            text = one_line(step.what) + (" …" if percent is None else f" {percent}%")
            line = last_columns(text, self.columns - 1)
            echo(f"\r\x1b[K{line}", err=True, nl=False, color=True, codes=True)
            self.shown = True

    def clear(self) -> None:
        with self.lock:
            if self.shown:
                echo("\r\x1b[K", err=True, nl=False, color=True, codes=True)
                self.shown = False
                self.last = None

    def above(self, say: Callable[[str], object]) -> Callable[[str], None]:
        """``say``, its line written above the status line: the status line erased first
        and drawn again under it (a note said while it is drawn landed after its text)."""

        def said(text: str) -> None:
            with self.lock:
                last = self.last
                self.clear()
                say(text)
                if last is not None:
                    self(last)

        return said


@contextlib.contextmanager
def cleared(status: StatusLine) -> Iterator[None]:
    try:
        yield
    finally:
        status.clear()  # also when interrupted: "Aborted!" gets a line of its own


# The line of the progress bar over many files, besides the bar: "Trackers  [", then
# "]  100%  " and an estimate of the time left of up to "9d 23:59:59".
BAR_LABEL = "Trackers"
_BAR_CLUTTER = len(f"{BAR_LABEL}  []  100%  9d 23:59:59")
_BAR_WIDEST, _BAR_NARROWEST = 36, 8


def bar_width(columns: int) -> int | None:
    """How wide the progress bar is drawn on a terminal ``columns`` wide: its line stops a
    column short of the edge (a line that fills it wraps on some terminals, and each redraw
    then leaves a line behind). None: too narrow for a bar worth showing."""
    width = min(_BAR_WIDEST, columns - 1 - _BAR_CLUTTER)
    return width if width >= _BAR_NARROWEST else None


def files_bar(
    work: Sequence[int], *, shown: bool, columns: int, file: IO[str]
) -> click._termui_impl.ProgressBar[Any]:
    """The progress bar over files that weigh ``work`` (``progress.file_work``: a 50,000-row
    tracker among 30 small ones is most of the bar, not 3% of it), drawn on ``file`` when
    ``shown`` (``bar_width`` of ``columns``); ``advancing`` moves it on. Its writes never
    fail: a terminal gone under the run must not stop it."""
    width = bar_width(columns)
    return click.progressbar(
        length=max(1, sum(work)),
        label=BAR_LABEL,
        file=cast(TextIO, NeverFailing(file)),
        hidden=not shown or width is None,
        width=width or 1,  # 0 would be Click's "as wide as the terminal"
    )


def advancing(
    bar: click._termui_impl.ProgressBar[Any], results: Iterator[T], work: Sequence[int]
) -> Iterator[T]:
    """``results``, one a file, moving ``bar`` on by each file's ``work`` once the caller is
    done with its result (its lines printed)."""
    for result, share in zip(results, work, strict=False):
        yield result
        bar.update(share)


def _big_file(path: Path) -> bool:
    """A tracker that takes seconds, by its work (``StatusLine.BIG_FILE_WORK``); one gone
    already weighs little: its failure is reported when it is processed."""
    from followup_batch.progress import file_work

    return file_work(path) >= StatusLine.BIG_FILE_WORK


def report_files(
    files: list[Path], config: Config, options: RunOptions, reporter: Reporter
) -> tuple[list[SheetReport], list[dict[str, object]], int, list[SheetReport], list[Path]]:
    """Every file through the pipeline (over ``options.jobs`` processes), one summary line
    per sheet in the files' order; a failing file is reported and the others go on. Returns
    the reports, the JSON summary, the failure count, the reports of files read but not
    written (open elsewhere, read-only: for the exports), and the files skipped as open in
    Excel or LibreOffice (not counted as failed)."""
    from followup_batch.batch import process_files, workers_used
    from followup_batch.drafts.render import long_signature_notes
    from followup_batch.progress import file_work
    from followup_batch.read.headers import unused_mapping
    from followup_batch.reports import FileFailure
    from followup_batch.workers import stop_on_sigterm

    stop_on_sigterm()
    all_reports: list[SheetReport] = []
    # A config mapping -> (tracker, note) of each tracker that does not use it.
    unused_maps: dict[str, list[tuple[str, str]]] = {}
    read_only: list[SheetReport] = []
    summary: list[dict[str, object]] = []
    failed = 0
    skipped: list[Path] = []
    on_terminal = not reporter.quiet and sys.stderr.isatty()
    columns = terminal_width(sys.stderr)
    show_bar = len(files) > 1 and on_terminal and bar_width(columns) is not None
    reporter.defer = show_bar
    status = StatusLine(columns)
    show_status = on_terminal and len(files) == 1 and _big_file(files[0])
    results = process_files(files, config, options, progress=status if show_status else None)
    # Without a bar to draw, no file is looked at for it.
    work = [file_work(p, dry_run=options.dry_run) for p in files] if show_bar else [1] * len(files)
    try:
        with (
            files_bar(work, shown=show_bar, columns=columns, file=sys.stderr) as bar,
            cleared(status),
        ):
            for path, reports in advancing(bar, results, work):
                status.clear()
                if isinstance(reports, FileFailure) and reports.left_alone:
                    reporter.notice(reports.summary())  # no failure: a nightly run goes on
                    summary.append(
                        {
                            "path": str(path),
                            "ok": True,
                            "error": None,
                            "left_alone": reports.message,
                            "conflict_copy": reports.conflict_copy,
                            "same_rows_copy": reports.same_rows_copy,
                            "not_tracker": reports.not_tracker,
                            "sheets": [],
                        }
                    )
                    continue
                if isinstance(reports, FileFailure):
                    if reports.skipped is None:
                        failed += 1
                    else:
                        skipped.append(path)
                    reporter.error(reports.summary(), reports.details)
                    for note in reports.notes:  # done beside it first (a killed run's files)
                        reporter.notice(note, where=reports.name)
                    if reports.reports:  # read, not written (open elsewhere, read-only, ...)
                        read_only += reports.reports
                    if reports.reports and reports.skipped is None:  # the skip's line says it
                        reporter.error(
                            f"{reports.name}: its follow-ups are in this run's exports all the "
                            "same, from its last save"
                        )
                    failure: dict[str, object] = {"path": str(path), "ok": False}
                    failure |= {"error": reports.message, "sheets": []}
                    if reports.not_tracker:  # named alone (``RunOptions.named_alone``)
                        failure["not_tracker"] = True
                    summary.append(failure)
                    continue
                for report in reports:
                    line = report.summary()
                    if report.written is not None and report.written != path:
                        line += f" → {report.written}"
                    elif options.dry_run and reporter.dry_run_note:
                        line += " (dry run, nothing written)"
                    if report.unchanged:  # a cron log tells a write from a no-op
                        line += " (unchanged, nothing written)"
                    reporter.summary(line)
                    # Where to look today, for a file run alone: a folder's run, a nightly
                    # batch's, stays one line a file.
                    look = report.where_to_look()
                    if look and options.named_alone and not options.dry_run:
                        reporter.guide(f"  {look}")
                    for note in report.notes:
                        mapping = unused_mapping(note)
                        if mapping is not None:
                            unused_maps.setdefault(mapping, []).append((report.name, note))
                        elif note in report.notices and note not in report.told:
                            reporter.notice(note, where=report.name)
                        else:
                            reporter.note(note, where=report.name)
                    logged_problems(reporter, report)
                all_reports += reports
                summary.append(
                    {
                        "path": str(path),
                        "ok": True,
                        "error": None,
                        "sheets": [report.to_dict() for report in reports],
                    }
                )
    except BaseException as stop:
        # Ctrl-C or SIGTERM while a line was being printed: the workers stop now, not at exit.
        with contextlib.suppress(BaseException):
            results.throw(stop)
        stopped = stopped_how(stop)
        if stopped is not None:
            reporter.interrupted(
                done=len(summary),
                total=len(files),
                how=stopped[0],
                parallel=workers_used(options.jobs, len(files)) > 1,
                writes=not options.dry_run,
            )
            raise Interrupted(stopped[1]) from None
        raise
    _say_unused_maps(unused_maps, len(all_reports), reporter)
    if not failed:  # a file not read may be the one whose client a table names
        _say_unnamed_clients([*all_reports, *read_only], config, reporter)
    for note in long_signature_notes(config.sender, config.clients):  # not on every row
        reporter.notice(note)
    return all_reports, summary, failed, read_only, skipped


def _say_unnamed_clients(reports: list[SheetReport], config: Config, reporter: Reporter) -> None:
    """Once for the run, each [clients] table of the config that names no client of its files
    (``unnamed_client_notes``): without -v when it is spelt like one of them (a typo), else
    under -v (a coach's config lists the clients of other runs too)."""
    from followup_batch.drafts.context import unnamed_client_notes

    names = [name for report in reports for name in report.clients]
    # Rows without a client are signed by [sender] name, and take its [clients] table.
    names += [config.sender.get("name", "")]
    for note, news in unnamed_client_notes(names, config.clients):
        if news:
            reporter.notice(note)
        else:
            reporter.note(f"note: {note}")


def _say_unused_maps(
    unused: dict[str, list[tuple[str, str]]], trackers: int, reporter: Reporter
) -> None:
    """Under -v, each config mapping some trackers do not use, once for the run: a coach's
    mapping made for one client's export is not news in every other client's file."""
    for mapping, notes in unused.items():
        if trackers == 1:
            name, note = notes[0]
            reporter.note(note, where=name)
            continue
        header = mapping.rsplit("=", 1)[0]
        where = "any" if len(notes) == trackers else str(len(notes))
        reporter.note(
            f'note: Column map "{mapping}": no column is headed "{header}" in {where} of the '
            f"{trackers} trackers read; that mapping is not used there."
        )


def stopped_at_exports(how: str, exports: Exports) -> str:
    """What a stop after the trackers were processed left undone: the exports asked for, or
    nothing but the totals when none was (ot45 F2: it named all three, "run again to write
    them", on a run that asked for none)."""
    if not exports.wanted:
        return (
            f"{how} after the trackers were all processed (their lines are above): no digest, "
            "calendar or drafts were asked for, so nothing was left to write."
        )
    return (
        f"{how} while writing the {exports.listed_in()}: the trackers were all processed "
        "(their lines are above), and each export file is either complete or as it was. Run "
        "the same command again to write them."
    )


def run_trackers(
    files: list[Path], config: Config, options: RunOptions, exports: Exports, reporter: Reporter
) -> int:
    """``run`` over tracker files: their lines, the exports, the totals and the JSON summary.
    Returns the number of files that failed or were skipped as open elsewhere (and 1 more for
    the exports, or the JSON, not written)."""
    from followup_batch.exports.outputs import ExportsFailed
    from followup_batch.invocation import export_files

    reports, summary, failed, read_only, skipped = report_files(files, config, options, reporter)
    exported = {report.path for report in read_only}
    unread = [f for f in summary if Path(str(f["path"])) not in exported]
    kept = [f for f in summary if Path(str(f["path"])) in exported]
    # An export that cannot be written is reported with the rest, after the trackers' lines:
    # it does not take the run's report, its totals or its JSON summary with it.
    export_error = None
    lost: list[Path] = []
    try:
        lines = export_files(
            reports + read_only,
            exports,
            options.as_of,
            dry_run=options.dry_run,
            jobs=options.jobs,
            unread=unread_files(unread, options.names),
            unread_paths=unread_paths(unread),
            not_updated=unread_files(kept, options.names),
        )[0]
    except ExportsFailed as exc:
        lines, export_error, lost = exc.lines, str(exc), exc.lost
        if exc.traces:  # a bug in a writer: that file's line, its traceback under -v
            export_error += f". {SEE_DETAILS}"
            for trace in exc.traces:
                reporter.details(f"exports: FAILED — {export_error}", trace)
    except (KeyboardInterrupt, Terminated) as stop:
        how, code = stopped_how(stop) or ("Interrupted", INTERRUPTED_EXIT)
        reporter.flush_lines()
        reporter.error(stopped_at_exports(how, exports))
        raise Interrupted(code) from None
    except Exception as exc:  # a bug: the trackers' lines, totals and JSON are still said
        lines, export_error, lost = [], _exports_bug(exc, reporter), [p for _, p in exports.files()]
    summarised = finish_run(
        reporter,
        reports,
        summary,
        failed,
        files=len(files),
        as_of=options.as_of,
        export_lines=lines,
        export_error=export_error,
        file_names=options.names,
        skipped=skipped,
        exported=[
            {"kind": kind, "path": str(path), "written": not options.dry_run and path not in lost}
            for kind, path in exports.files()
        ],
    )
    # A lost log leaves the exit code to the files (its line is on stderr and in the JSON); a
    # lost JSON summary does not: automation reading it has nothing else to go by. A file
    # skipped as open elsewhere was not updated: exit code 1 all the same, so that a script
    # or a timer learns it, while the lines say "skipped", not "failed".
    return failed + len(skipped) + (export_error is not None) + (not summarised)


def _exports_bug(exc: Exception, reporter: Reporter) -> str:
    """What a run says of an export that failed by a bug (ot58 F1: a traceback, after the
    trackers were written, took the closing count and the JSON summary with it): one line,
    its traceback under -v and in the log."""
    import traceback

    from followup_batch.errors import internal_error

    message = f"{internal_error(exc)}. {SEE_DETAILS}"
    reporter.details(message, traceback.format_exc())
    return message


SEE_DETAILS = "Run with -v or --log-file to see the details"


def unread_files(
    summary: list[dict[str, object]], names: Mapping[Path, str]
) -> list[tuple[str, str]]:
    """(file name as the run calls it, why) of each file of the JSON summary that could not
    be read."""
    unread = [(Path(str(f["path"])), str(f["error"])) for f in summary if not f["ok"]]
    return [(names.get(path) or path.name, why) for path, why in unread]


def unread_paths(summary: list[dict[str, object]]) -> list[Path]:
    """The path of each file of the JSON summary that could not be read."""
    return [Path(str(f["path"])) for f in summary if not f["ok"]]


def finish_run(
    reporter: Reporter,
    reports: list[SheetReport],
    summary: list[dict[str, object]],
    failed: int,
    *,
    files: int,
    as_of: dt.date,
    export_lines: list[str],
    export_error: str | None = None,
    file_names: Mapping[Path, str] | None = None,
    skipped: list[Path] | None = None,
    exported: list[dict[str, object]] | None = None,
) -> bool:
    """The end of ``run``: the exports' lines, the totals, the count of files that failed and
    of those ``skipped`` as open in Excel or LibreOffice, the JSON. ``file_names``: what the
    run calls its files (``batch.RunOptions.names``); ``exported``: the JSON's ``exports``
    (kind, path, written). False when the JSON summary could not be written (standard output
    on a full disk)."""
    from followup_batch.reports import SKIPPED_OPEN, counted, totals_line

    skipped = skipped or []
    for line in export_lines:
        reporter.summary(line)
    if export_error:
        reporter.error(f"exports: FAILED — {export_error}")
    failures = [f for f in summary if not f["ok"] and Path(str(f["path"])) not in skipped]
    if files > 1:
        reasons = [str(f["error"]) for f in failures]
        conflicts = sum(1 for f in summary if f.get("conflict_copy"))
        copies = sum(1 for f in summary if f.get("same_rows_copy"))
        not_trackers = sum(1 for f in summary if f.get("not_tracker"))
        left_alone = sum(1 for f in summary if f.get("left_alone")) - conflicts - copies
        left_alone -= not_trackers
        reporter.summary(
            totals_line(
                reports,
                reasons,
                files,
                skipped=len(skipped),
                left_alone=left_alone,
                conflicts=conflicts,
                copies=copies,
                not_trackers=not_trackers,
            )
        )
    if failed or skipped:
        # Named again at the end: on a terminal the FAILED lines sit among many others.
        names = file_names or {}
        said = []
        if failed:
            which = _listed(unread_paths(failures), names, files)
            said.append(f"{failed} of {counted(files, 'file')} failed{which}")
        if skipped:
            of = "" if failed else f" of {counted(files, 'file')}"
            which = _listed(skipped, names, files)
            said.append(f"{len(skipped)}{of} skipped as {SKIPPED_OPEN}{which}")
        others = "; the others were processed" if failed + len(skipped) < files else ""
        reporter.error(f"{' and '.join(said)}{others}.")
    reporter.flush()
    if reporter.as_json:
        result = {
            "as_of": as_of.isoformat(),
            "files": summary,
            # As ``digest --json`` gives them; the count was "failed" before it was the list.
            "failed": [{"path": f["path"], "error": f["error"]} for f in failures],
            "failed_count": failed,
            "skipped": len(skipped),  # open in Excel or LibreOffice: not in "failed"
            "exports": exported or [],
            "notes": reporter.notes,  # what the scan of the folders did not run, and why
            "export_error": export_error,
            "log_error": reporter.log_error,
        }
        return echo(json_text(result))
    return True


def _listed(paths: list[Path], names: Mapping[Path, str], files: int) -> str:
    """' (b.xlsx, c.xlsx)': the files as the run calls them, the first five and how many
    more; nothing for a run of one file, whose own line is just above."""
    if files < 2 or not paths:
        return ""
    return f" ({first_and_more([names.get(path) or path.name for path in paths])})"


def report_dataset(reporter: Reporter, report: DatasetReport) -> bool:
    """A dataset run's summary line (and its digest's), the files it skipped, notes with -v,
    --json. False when the run's exit code is 1: files were skipped, or the JSON could not be
    written (standard output on a full disk)."""
    reporter.summary(report.summary())
    if report.digest_line():
        reporter.summary(str(report.digest_line()))
    for note in report.file_notes:
        reporter.notice(note)
    for note in report.notes:
        reporter.note(f"note: {note}")
    if report.problem_rows:
        reporter.note(
            f"note: {report.problem_rows:,} rows have problems: each row's are in its "
            "followup_problems column (a dataset's are not printed)"
        )
    for line in report.skipped_lines():
        reporter.error(line)
    reporter.flush()
    shown = True
    if reporter.as_json:
        data = report.to_dict() | {"log_error": reporter.log_error}
        shown = echo(json_text(data))
    return shown and not report.skipped


def dataset_started(data: str, engine: str, *, quiet: bool) -> StatusLine | None:
    """The status line of a dataset run, drawn on a terminal as the command starts, before
    the config is read and the rules imported (seconds): ``DATA: starting Dask …`` (pandas:
    ``DATA: reading …``), as a big tracker's line says ``reading …`` (ot106 F6: nothing for
    3–5 s). Erased when the command ends, however it ends (a usage error's line is printed
    after that); None off a terminal or with -q."""
    if quiet or not sys.stderr.isatty():
        return None
    from followup_batch.progress import Step

    status = StatusLine(terminal_width(sys.stderr))
    status(Step(f"{data}: {'starting Dask' if engine == 'dask' else 'reading'}"))
    command = click.get_current_context(silent=True)
    if command is not None:
        command.call_on_close(status.clear)
    return status


def run_dataset_shown(
    data: str,
    output: Path,
    config: Config,
    as_of: dt.date,
    reporter: Reporter,
    *,
    status: StatusLine | None = None,
    **options: Any,
) -> bool:
    """``datasets.run_dataset`` with its progress on a terminal's status line and in the log,
    then its report; False when the exit code is 1 (``report_dataset``). ``status``: the line
    ``dataset_started`` drew, else one is drawn now. Raises ``DatasetError`` as
    ``run_dataset`` does."""
    from followup_batch.progress import Step
    from followup_batch.reports import counted
    from followup_batch.workers import stop_on_sigterm

    stop_on_sigterm()  # a stopped run removes its staging folder, as on Ctrl-C
    on_terminal = not reporter.quiet and sys.stderr.isatty()
    if status is None:
        status = dataset_started(data, options.get("engine", "pandas"), quiet=not on_terminal)
    line = status or StatusLine(terminal_width(sys.stderr))
    reporter.status = line  # what it says meanwhile goes above the line

    def progress(done: int, total: int) -> None:
        line(Step(f"{data}: {done:,} of {total:,} partitions"))

    def digesting(done: int, total: int) -> None:
        folders = counted(total, "coach folder")
        said = f"{done:,} of {folders} written" if done else f"writing {folders}"
        line(Step(f"{data}: digest: {said}"))

    try:
        with cleared(line):
            from followup_batch.datasets import run_dataset  # pyarrow: installed, as checked

            report = run_dataset(
                data,
                output,
                config,
                as_of,
                progress=progress if on_terminal else None,
                digesting=digesting if on_terminal else None,
                log=reporter.log_line,
                warn=line.above(reporter.notice_now),
                **options,
            )
    except Exception as exc:
        error = _dataset_error(exc, data, output, reporter)
        reporter.last_error(str(error))  # a nightly job's log ends as its stderr does
        if reporter.as_json:  # automation reads stdout: a document, also when it failed
            echo(json_text({"data": data, "output": str(output), "error": str(error)}))
        raise error from None
    return report_dataset(reporter, report)


# A file's row problems said in the log without -v: the first of them, then how many more
# (ot138 F3: a 300,000-row export logged 374,386 lines, 64 MB, each night).
PROBLEMS_LOGGED = 20
MORE_PROBLEMS = "… and {more:,} more row problems: its Problems column lists them all"
# ... and those the last run in place found already, in one line (ot137 F3: a nightly log
# repeated every unchanged problem every night, and the one a client typed today drowned).
KNOWN_PROBLEMS = "{problems} unchanged since the run of {since} ({check} lists them)"


def logged_problems(reporter: Reporter, report: SheetReport) -> None:
    """A sheet's row problems as notes (-v and the log): under -v every one; else those the
    last run in place did not find (``SheetReport.problems_known``; all of them without its
    record), the first ``PROBLEMS_LOGGED`` of them and a line saying how many more its
    Problems column holds, then one line counting the others, with the ``check`` command
    that lists them."""
    name, problems = report.name, report.problems
    known = set() if reporter.verbose else set(report.problems_known)
    new = [problem for problem in problems if problem not in known]
    shown = new if reporter.verbose else new[:PROBLEMS_LOGGED]
    for problem in shown:
        reporter.note(f"{name}: {problem}")
    if len(shown) < len(new):
        reporter.note(f"{name}: {MORE_PROBLEMS.format(more=len(new) - len(shown))}")
    if len(new) < len(problems):
        from followup_batch.reports import counted

        command = ["followup-batch", "check", str(report.path.absolute()), *reporter.check_with]
        said = KNOWN_PROBLEMS.format(
            problems=counted(len(problems) - len(new), "row problem"),
            since=report.problems_since,
            check=shlex.join(command),
        )
        reporter.note(f"{name}: {said}")


def _dataset_error(exc: Exception, data: str, output: Path, reporter: Reporter) -> Exception:
    """What a failed dataset run says: the tool's own error as it is; a full disk (the
    output's: a dataset's input is only read), a refused permission or an input file gone
    mid-run as one line saying what to do (nothing was published: OUT is as it was);
    anything else is a bug, its traceback under -v and in the log."""
    from followup_batch.errors import FollowupError, describe_failure

    if isinstance(exc, FollowupError):
        return exc
    where = getattr(exc, "filename", None) or data
    kept = f"the output {output} is as it was"
    reason = describe_failure(exc, where, written_in=Path(output).absolute().parent, kept=kept)
    if reason is not None:
        return FollowupError(reason if kept in reason else f"{reason}; the output is as it was")
    import traceback

    message = (
        f"{data}: internal error — please report it ({type(exc).__name__}: {exc}); nothing was "
        "published. Run with -v or --log-file to see the details"
    )
    reporter.details(message, traceback.format_exc())
    reporter.flush()
    return FollowupError(message)


def show_digest(
    digest: Digest,
    failures: list[dict[str, object]],
    lines: list[str],
    *,
    as_json: bool,
    quiet: bool,
    with_drafts: bool,
    notes: list[str] | None = None,
) -> bool:
    """The ``digest`` command's output: the terminal table (or the JSON, with the files that
    could not be read and the ``notes`` of what the scan of the folders passed over), then the
    lines of the files it wrote. False when the table or the JSON could not be written
    (standard output on a full disk)."""
    from followup_batch import exports
    from followup_batch.exports.digest_json import to_json

    shown = True
    if as_json:
        data = to_json(digest, with_drafts=with_drafts)
        data["failed"] = failures
        data["failed_count"] = len(failures)  # as ``run --json`` gives it
        data["notes"] = list(notes or [])  # as ``run --json`` gives them
        shown = echo(json_text(data))
    elif not quiet:
        # Lined up as the console shows it: on an ASCII one an emoji is one "?", not two columns.
        printed = str if holds_all_of_unicode(sys.stdout) else partial(as_shown, stream=sys.stdout)
        text = exports.to_terminal(
            digest, terminal_width(), color=wants_colour(sys.stdout), shown=printed
        )
        shown = echo(text, nl=False, codes=True)  # its colours; the rest made printable
    if not quiet:
        for line in lines:
            say(line)
    return shown
