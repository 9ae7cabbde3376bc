"""The command line: parse options, call the library, turn its errors into exit codes.

Exit codes: 0 all good; 1 some file could not be processed (the others still were);
2 usage or config error. Heavy modules (pandas, openpyxl) are imported inside the commands so
``--help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shlex
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from followup_batch import __version__
from followup_batch.cli.options import (
    VERBOSE_AND_QUIET,
    IsoDate,
    Seconds,
    alarm_option,
    config_option,
    jobs_option,
    reading_options,
    sheet_option,
    with_drafts_option,
)
from followup_batch.cli.streams import as_shown, degrade_gracefully
from followup_batch.datasets import DEFAULT_PARTITION_ROWS, DIGEST_EXTRAS, ENGINES
from followup_batch.errors import (
    INTERRUPTED_EXIT,
    ConfigError,
    FollowupError,
    Interrupted,
    Terminated,
    UsageError,
    stopped_how,
)
from followup_batch.normalise.controls import one_line, printable

if TYPE_CHECKING:
    from followup_batch.cli.console import StatusLine
    from followup_batch.config import Config


def run_config(
    config_path: Path | None,
    mappings: tuple[str, ...] = (),
    dayfirst: bool | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
    *,
    as_of: dt.date | None = None,
    quiet: bool = False,
    status: StatusLine | None = None,
) -> Config:
    """The config file (or the defaults) with the command line's reading options laid over;
    what is odd in it said first, as a warning (unless ``quiet``), above the ``status`` line
    when one is drawn (``dataset_started``)."""
    from followup_batch import invocation
    from followup_batch.cli.console import say

    config = invocation.with_reading(
        invocation.load_run_config(config_path), mappings, dayfirst, encoding, sheet
    )
    warn = say if status is None else status.above(say)
    for warning in [] if quiet else invocation.config_warnings(config, as_of or dt.date.today()):
        warn(f"warning: {warning}")
    return config


def check_options(
    config_path: Path | None,
    mappings: tuple[str, ...],
    dayfirst: bool | None,
    encoding: str | None,
    sheet: str | None,
    as_of: dt.date,
) -> list[str]:
    """The options of ``check`` that read a tracker as a run given these reads it, and judge
    its dates as of the run's day: the command a run's log names to list a file's row
    problems reads the same ones."""
    options = [] if config_path is None else ["--config", str(config_path.absolute())]
    for mapping in mappings:
        options += ["--map", mapping]
    if dayfirst is not None:
        options.append("--dayfirst" if dayfirst else "--monthfirst")
    options += [] if encoding is None else ["--encoding", encoding]
    options += [] if sheet is None else ["--sheet", sheet]
    return [*options, "--as-of", as_of.isoformat()]


# Stands for "-" while Click wraps an option's help, which breaks lines after hyphens: "all-"
# at one line's end, "day" at the next's (ot92 F8). Put back before anything is printed.
_KEPT_HYPHEN = "\u2011"


class HelpFormatter(click.HelpFormatter):
    """Click's help, with the option column narrowed on a narrow terminal so that the
    options' text keeps at least 40 characters: at 60 columns Click's 30-character column
    left 26, and a help of 140 lines with a word on some. A hyphenated word ("all-day",
    "follow-up") is never split across two lines."""

    def write_dl(
        self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        narrowed = max(12, min(col_max, self.width - self.current_indent - col_spacing - 40))
        start = len(self.buffer)
        kept = [(term, text.replace("-", _KEPT_HYPHEN)) for term, text in rows]
        super().write_dl(kept, narrowed, col_spacing)
        self._put_back_hyphens(start)

    def write_text(self, text: str) -> None:
        start = len(self.buffer)
        super().write_text(text.replace("-", _KEPT_HYPHEN))
        self._put_back_hyphens(start)

    def _put_back_hyphens(self, start: int) -> None:
        self.buffer[start:] = [part.replace(_KEPT_HYPHEN, "-") for part in self.buffer[start:]]


class Context(click.Context):
    formatter_class = HelpFormatter


class ConfigMistake(click.ClickException):
    """A mistake in the config file or its templates: exit code 2 as a usage error, on one
    line, without the usage and --help lines (the command was typed right)."""

    exit_code = 2


class Command(click.Command):
    """A command whose usage errors all show its usage and the ``--help`` hint, as Click's
    own do: the library's ``UsageError`` (a path that does not exist) and Click's "Option
    '--output' requires an argument" came without them."""

    context_class = Context

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            if exc.ctx is None:  # Click's parser leaves it out of "requires an argument"
                exc.ctx = ctx  # the usage and the --help hint are the context's
            raise

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            raise ConfigMistake(printable(str(exc))) from None
        except UsageError as exc:
            if exc.option is None:
                raise click.UsageError(printable(str(exc)), ctx=ctx) from None
            raise click.BadParameter(printable(str(exc)), ctx, param_hint=exc.option) from None


def wrapped_when_shown(exc: click.ClickException) -> click.ClickException:
    """``exc`` shown as Click shows it (its usage, the ``--help`` hint, "Error: …"), but with
    a line wider than the terminal wrapped at spaces as the tool's own notes are
    (``fit_to_terminal``): Click printed "Did you mean followup-ba" over "tch run jobs.xlsx?"
    at 60 columns (ot150). To a pipe or a file each line stays whole."""
    shown_by_click = exc.show

    def show(file: Any = None) -> None:
        from followup_batch.cli.console import echo, fit_to_terminal

        text = io.StringIO()
        shown_by_click(text)
        if file is None:  # standard error, which never fails (``echo``)
            echo(fit_to_terminal(text.getvalue().rstrip("\n"), sys.stderr), err=True)
        else:
            file.write(text.getvalue())

    exc.show = show  # type: ignore[method-assign]
    return exc


# A file or folder given where the command goes: the run that reads it.
NOT_A_COMMAND = "No such command {name!r}. Did you mean {run}?{spaced}"


class Commands(click.Group):
    """The library's errors as Click's: a ``UsageError`` exits 2 naming the option at fault
    (``Command``), any other ``FollowupError`` exits 1 with its message; Ctrl-C says that
    nothing was left half-written and exits 130. Standard output and error never fail for a
    character their encoding lacks (``streams``)."""

    context_class = Context
    command_class = Command

    def main(self, *args: Any, **kwargs: Any) -> Any:
        from followup_batch.workers import stop_on_sigterm

        degrade_gracefully()
        # From the first moment: a cron or systemd timeout that lands while the command is
        # still starting (loading pandas takes a second or two) is said, not silent (ot34 F4).
        stop_on_sigterm()
        return super().main(*args, **kwargs)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.ClickException as exc:  # an option of no command ("--verison")
            wrapped_when_shown(exc)
            raise

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """No command at all: the help on stdout (``followup-batch | less`` shows it), and exit
        code 2, a usage error, as git does with 1 (Click put the help on stderr)."""
        if not args and not ctx.resilient_parsing:
            from followup_batch.cli.console import echo

            echo(ctx.get_help(), color=ctx.color)
            ctx.exit(2)
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """A tracker named without a command ("followup-batch tracker.xlsx") is told the run
        that reads it, as the shell should be given it (ot119 F8: "No such command")."""
        try:
            return super().resolve_command(ctx, args)
        except click.NoSuchCommand as exc:
            from followup_batch.invocation import spaced_name

            named = args[0] if os.path.lexists(args[0]) else spaced_name(args)
            if named is None:
                raise
            spaced = "" if named == args[0] else " (put quotes around a name with spaces)"
            said = NOT_A_COMMAND.format(
                name=args[0], run=f"{ctx.command_path} run {shlex.quote(named)}", spaced=spaced
            )
            raise click.NoSuchCommand(exc.command_name, said, ctx=ctx) from None

    def invoke(self, ctx: click.Context) -> Any:
        from followup_batch.cli.console import echo
        from followup_batch.workers import stop_after_the_work

        try:
            done = super().invoke(ctx)
        except (KeyboardInterrupt, Terminated) as stop:
            how, code = stopped_how(stop) or ("Interrupted", INTERRUPTED_EXIT)
            if not isinstance(stop, Interrupted):  # a run over trackers said more already
                # Said by ``echo``, which never fails: the Ctrl-C stops the pipe's reader too
                # (``run ... 2>&1 | tee log``), and the broken pipe is part of the interrupt,
                # not Click's "exit 1" for a failed write (ot129 F2).
                echo(f"\n{how}. No file is left half-written.", err=True)
            sys.exit(code)
        except (SystemExit, click.exceptions.Exit):  # finished, with its exit code
            stop_after_the_work()
            raise
        except FollowupError as exc:  # it may quote a tracker's cell or sheet name
            raise wrapped_when_shown(click.ClickException(printable(str(exc)))) from None
        except click.ClickException as exc:  # a usage error, or a data error of a command
            wrapped_when_shown(exc)
            raise
        stop_after_the_work()
        return done


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="followup-batch")
def main() -> None:
    """Work out which interview follow-up is due when, and write it into your tracker.

    Reads a tracker of job interviews (xlsx or CSV), computes for every row the thank-you
    note, check-ins, final follow-up and networking touch with their due dates, and writes
    the status, next action, dates and an explanation back into the same file. It never
    sends email.

    \b
    Example:
      followup-batch run tracker.xlsx --as-of 2026-11-20
    """


@main.command(short_help="Compute follow-ups and write them into each tracker.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--as-of", type=IsoDate(), help="Compute as of this date, or today (the default).")
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    help="Write the result here instead of into the tracker (one input only; a CSV's to a "
    ".xlsx makes it a workbook); for a dataset, the Parquet folder to write.",
)
@config_option
@sheet_option
@reading_options
@click.option(
    "--dry-run",
    is_flag=True,
    help="Compute and report, write no file at all (no tracker, digest, calendar, .eml or log: "
    "the lines --log-file would get go to stderr).",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print a JSON summary on stdout; messages go to stderr."
)
@click.option(
    "-v",
    "--verbose",
    count=True,
    help="Also print notes and every row problem (a dataset's row problems are not printed: "
    "they are in each row's followup_problems column, and -v says how many rows have them).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print errors only: nothing when all went well.")
@click.option(
    "--log-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Append a timestamped log of the run to this file.",
)
@click.option(
    "--ics",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write an iCalendar file with one all-day event per due follow-up.",
)
@click.option(
    "--digest",
    "digest_paths",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the coach's digest of what is due (.xlsx, .html or .md; repeatable).",
)
@click.option(
    "--digest-days",
    type=click.IntRange(min=0),
    default=0,
    help="With --digest or --digest-dir: also list what falls due in the next N days.",
)
@with_drafts_option
@click.option(
    "--eml-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write each draft as an unsent .eml message into this folder.",
)
@alarm_option
@jobs_option
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    help="Read PATH as a dataset (Parquet, or CSV files with a header) and run it on one "
    "process, a partition at a time (pandas), or on a Dask cluster (dask). Default for "
    "Parquet: pandas.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: the cluster's scheduler, e.g. tcp://10.0.0.5:8786 (default: "
    "DASK_SCHEDULER_ADDRESS, else a local cluster of one worker per CPU).",
)
@click.option(
    "--workers-wait",
    type=Seconds(),
    help="With --engine dask: how long to wait for a first worker to join the cluster, and "
    "for one to join a cluster left with none, before the run stops (e.g. 300, 10m; "
    "0: not at all). Default: 120 s.",
)
@click.option(
    "--partition-rows",
    type=click.IntRange(min=1),
    default=DEFAULT_PARTITION_ROWS,
    show_default=True,
    help="For a dataset: at most this many rows per partition.",
)
@click.option(
    "--digest-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="For a dataset: one folder per coach (a Coach column; else one) with the digest as "
    "digest.html and digest.md.",
)
@click.option(
    "--digest-extra",
    "digest_extras",
    multiple=True,
    type=click.Choice(DIGEST_EXTRAS),
    help="With --digest-dir: also digest.xlsx, followups.ics or drafts/*.eml per coach "
    "(repeatable).",
)
def run(
    paths: tuple[str, ...],
    as_of: dt.date | None,
    output: Path | None,
    config_path: Path | None,
    sheet: str | None,
    dry_run: bool,
    as_json: bool,
    verbose: int,
    quiet: bool,
    log_file: Path | None,
    ics: Path | None,
    digest_paths: tuple[Path, ...],
    digest_days: int,
    with_drafts: bool,
    eml_dir: Path | None,
    alarm: dt.time | None,
    jobs: int | None,
    mappings: tuple[str, ...],
    dayfirst: bool | None,
    encoding: str | None,
    engine: str | None,
    scheduler: str | None,
    workers_wait: int | None,
    partition_rows: int,
    digest_dir: Path | None,
    digest_extras: tuple[str, ...],
) -> None:
    """Compute follow-ups and write them back into each tracker.

    PATH may be a tracker file (.xlsx, .xlsm, .csv, .tsv, .txt), a folder of trackers (searched
    recursively for .xlsx, .xlsm, .csv and .tsv, links to folders too; lock files, backups,
    hidden files and the tool's digests are skipped), or a glob. The tool's
    columns (Follow-up status, Next action, Next due, ...) are added right of yours the first
    time and overwritten on later runs; your cells are left as they were. Each file is written
    atomically and its previous version kept in .followup-backups/ (not one the tool wrote
    itself and nobody saved since). A file that cannot be
    processed is reported and the others still run (exit code 1).

    A dataset (a .parquet file, a folder of them, or with --engine CSV files) is written to
    a new Parquet folder --output: your columns plus the tool's (followup_status, ...).

    \b
    Examples:
      followup-batch run tracker.xlsx --as-of 2026-11-20
      followup-batch run tracker.xlsx -o checked.xlsx
      followup-batch run data/ -o out/ --engine dask
      followup-batch run data/ -o out/ --digest-dir digests/
    """
    from followup_batch.cli.console import dataset_started

    if verbose and quiet:  # refused, not "-q wins", as --dayfirst --monthfirst are
        raise click.UsageError(VERBOSE_AND_QUIET)
    # A dataset run's status line at once, before the rules are imported and the config read:
    # they take seconds (ot106 F6).
    started = dataset_started(paths[0], engine, quiet=quiet) if engine and paths else None
    from followup_batch import invocation as asked
    from followup_batch.batch import RunOptions
    from followup_batch.cli.console import Reporter, run_dataset_shown, run_trackers
    from followup_batch.datasets import is_dataset

    config = run_config(
        config_path, mappings, dayfirst, encoding, sheet, as_of=as_of, quiet=quiet, status=started
    )
    as_of = as_of or dt.date.today()
    if log_file is not None:  # a dry run foresees the run's refusal of it
        asked.check_folder(log_file, "--log-file")
        asked.check_log_file(log_file)
    # A dry run writes no file of any kind, the log included: what the log would get goes to
    # stderr, said once (it created no log and said nothing of it, ot84/ot85 leftover).
    log_asked, log_file = log_file, None if dry_run else log_file
    log_to_stderr = log_asked if dry_run else None

    def reporter_of_run() -> Reporter:
        """The run's reporter, for a dataset as for trackers: it opens the log (to append),
        so it is made once the outputs are known not to be a tracker or each other."""
        return Reporter(
            as_json=as_json,
            verbose=verbose,
            quiet=quiet,
            log_file=log_file,
            log_to_stderr=log_to_stderr,
            as_of=as_of,
            status=started,
            check_with=check_options(config_path, mappings, dayfirst, encoding, sheet, as_of),
        )

    # Two dataset folders were read as tracker folders: "a folder without trackers".
    into_folder = asked.names_a_folder(output)
    if engine is not None or any(is_dataset(path, into_folder) for path in paths):
        reporter = reporter_of_run()
        tracker_only: dict[str, object] = {"--sheet": sheet, "--ics": ics, "--jobs": jobs}
        tracker_only |= {"--digest": digest_paths, "--eml-dir": eml_dir}
        asked.refuse_options(tracker_only, asked.NOT_FOR_DATASETS)
        out = asked.check_dataset_request(
            paths,
            output,
            engine or "pandas",
            scheduler=scheduler,
            workers_wait=workers_wait,
            digest_dir=digest_dir,
            digest_extras=digest_extras,
        )
        summarised = run_dataset_shown(
            paths[0],
            out,
            config,
            as_of,
            reporter,
            status=started,
            engine=engine or "pandas",
            scheduler=scheduler,
            workers_wait=workers_wait,
            partition_rows=partition_rows,
            digest_dir=digest_dir,
            digest_days=digest_days,
            digest_extras=digest_extras,
            alarm=alarm,
            with_drafts=with_drafts,
            dry_run=dry_run,
        )
        if not summarised:  # files skipped, or its --json lost (stdout on a full disk)
            sys.exit(1)
        return
    dataset_only: dict[str, object] = {
        "--scheduler": scheduler,
        "--workers-wait": workers_wait is not None,
        "--digest-dir": digest_dir,
        "--digest-extra": digest_extras,
        "--partition-rows": partition_rows != DEFAULT_PARTITION_ROWS,
    }
    asked.refuse_options(dataset_only, asked.NOT_FOR_TRACKERS)
    # An option that only shapes another output is refused without it, not ignored (ot37 F7).
    typed = click.get_current_context().get_parameter_source("alarm")
    asked.refuse_lone_options(
        {
            "--alarm": typed == click.core.ParameterSource.COMMANDLINE and ics is None,
            "--digest-days": bool(digest_days) and not digest_paths,
            "--with-drafts": with_drafts and not digest_paths,
        }
    )
    skipped: list[str] = []
    names: dict[Path, str] = {}
    folders: dict[Path, tuple[str, ...]] = {}
    files = asked.tracker_files(paths, skipped, names, folders)
    if output is not None:
        asked.check_output(files, output, paths)
    digests: list[tuple[Path, str | None]] = [(path, None) for path in digest_paths]
    exports = asked.requested_exports(
        config,
        ics=ics,
        alarm=alarm,
        eml_dir=eml_dir,
        digests=digests,
        horizon_days=digest_days,
        with_drafts=with_drafts,
    )
    named = [("--output", output), ("--log-file", log_asked), ("--ics", ics)]
    named += [("--eml-dir", eml_dir), *(("--digest", path) for path in digest_paths)]
    asked.refuse_overwrites(files, [(option, path) for option, path in named if path])
    # Opened (to append) once it is known not to be a tracker or another output.
    reporter = reporter_of_run()
    for note in skipped:
        reporter.notice(note)
    options = RunOptions(
        as_of,
        output,
        dry_run,
        collect=exports.wanted,
        jobs=jobs,
        reuse=not exports.wanted,
        names=names,
        folders=folders,
        named_alone=asked.names_one_file(paths, files),
    )
    if run_trackers(files, config, options, exports, reporter):
        sys.exit(1)


@main.command(short_help="Show what is due across trackers, today's first.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--as-of", type=IsoDate(), help="Compute as of this date, or today (the default).")
@config_option
@sheet_option
@reading_options
@click.option(
    "--days",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Also list what falls due in the next N days.",
)
@click.option(
    "--xlsx",
    "xlsx_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the digest as a workbook.",
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the digest as a page to open on a phone or send as a mail.",
)
@click.option(
    "--markdown",
    "markdown_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the digest as Markdown.",
)
@click.option(
    "--ics",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write an iCalendar file of every due follow-up.",
)
@alarm_option
@click.option(
    "--eml-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write each draft as an unsent .eml message into this folder (the page links them).",
)
@with_drafts_option
@click.option(
    "--json", "as_json", is_flag=True, help="Print the digest as JSON instead of the table."
)
@click.option("-q", "--quiet", is_flag=True, help="Print errors only: nothing when all went well.")
@jobs_option
def digest(
    paths: tuple[str, ...],
    as_of: dt.date | None,
    config_path: Path | None,
    sheet: str | None,
    days: int,
    xlsx_path: Path | None,
    html_path: Path | None,
    markdown_path: Path | None,
    ics: Path | None,
    alarm: dt.time | None,
    eml_dir: Path | None,
    with_drafts: bool,
    as_json: bool,
    quiet: bool,
    jobs: int | None,
    mappings: tuple[str, ...],
    dayfirst: bool | None,
    encoding: str | None,
) -> None:
    """Show what is due across many trackers: today's follow-ups of all clients first.

    Reads every tracker (files, folders, globs; a workbook's sheets; a Client column) without
    writing to them. Lists what is due today across all clients, then what is overdue, the
    latest first, each with whom to write to; then what is due soon (with --days N, everything
    due in the next N days); then each client's counts and items; then the rows to fix.

    \b
    Examples:
      followup-batch digest clients/ --days 7
      followup-batch digest clients/ --html digest.html
    """
    from followup_batch import invocation as asked
    from followup_batch.batch import RunOptions
    from followup_batch.cli.console import (
        Reporter,
        echo,
        report_files,
        say,
        show_digest,
        unread_files,
        unread_paths,
    )
    from followup_batch.errors import internal_error
    from followup_batch.exports.digest import Digest
    from followup_batch.exports.outputs import ExportsFailed
    from followup_batch.reports import counted

    config = run_config(config_path, mappings, dayfirst, encoding, sheet, as_of=as_of, quiet=quiet)
    as_of = as_of or dt.date.today()
    skipped: list[str] = []
    names: dict[Path, str] = {}
    folders: dict[Path, tuple[str, ...]] = {}
    files = asked.tracker_files(paths, skipped, names, folders)
    for note in [] if quiet else skipped:
        say(f"note: {note}")
    kinds = ((xlsx_path, ".xlsx"), (html_path, ".html"), (markdown_path, ".md"))
    digests: list[tuple[Path, str | None]] = [(path, k) for path, k in kinds if path is not None]
    exports = asked.requested_exports(
        config,
        ics=ics,
        alarm=alarm,
        eml_dir=eml_dir,
        digests=digests,
        horizon_days=days,
        with_drafts=with_drafts,
    )
    named = [("--xlsx", xlsx_path), ("--html", html_path), ("--markdown", markdown_path)]
    named += [("--ics", ics), ("--eml-dir", eml_dir)]
    asked.refuse_overwrites(files, [(option, path) for option, path in named if path])
    reporter = Reporter(as_json=True, verbose=0, quiet=True, log_file=None)
    reporter.dry_run_note = False
    options = RunOptions(
        as_of,
        dry_run=True,
        collect=True,
        jobs=jobs,
        foresee=False,
        names=names,
        folders=folders,
        named_alone=asked.names_one_file(paths, files),
    )
    reports, summary, failed, _, _ = report_files(files, config, options, reporter)
    for note in [] if quiet else reporter.notes:  # a list of contacts left alone, as run says
        say(f"note: {note}")
    export_error = None
    result: Digest | None = None
    lines: list[str] = []
    shown = True
    try:
        lines, result = asked.export_files(
            reports,
            exports,
            as_of,
            digest=True,
            jobs=jobs,
            unread=unread_files(summary, names),
            unread_paths=unread_paths(summary),
        )
    except ExportsFailed as exc:  # the digest is shown and the other files written all the same
        lines, result, export_error = exc.lines, exc.digest, str(exc)
    except Exception as exc:  # a bug: one line, exit code 1, as run says it
        export_error = internal_error(exc)
    failures = [{"path": f["path"], "error": f["error"]} for f in summary if not f["ok"]]
    try:
        if result is not None:
            shown = show_digest(
                result,
                failures,
                lines,
                as_json=as_json,
                quiet=quiet,
                with_drafts=with_drafts,
                notes=[*skipped, *reporter.notes],
            )
    except Exception as exc:  # a bug in showing it: the files written are said all the same
        for line in [] if quiet else lines:
            echo(line, err=True)
        export_error = "; ".join(filter(None, [export_error, internal_error(exc)]))
    if export_error:
        echo(f"exports: FAILED — {export_error}", err=True)
    if failed:
        echo(f"{failed} of {counted(len(files), 'file')} could not be read; see above.", err=True)
    if failed or export_error or not shown:
        sys.exit(1)


@main.command(short_help="Report how trackers are read; write nothing.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@config_option
@sheet_option
@reading_options
@click.option(
    "--as-of",
    type=IsoDate(),
    help="Judge dates as a run on this date would, or today (the default).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="Print only the files that cannot be read or that a run would refuse to write: "
    "nothing when all is well.",
)
def check(
    paths: tuple[str, ...],
    config_path: Path | None,
    sheet: str | None,
    mappings: tuple[str, ...],
    dayfirst: bool | None,
    encoding: str | None,
    as_of: dt.date | None,
    as_json: bool,
    quiet: bool,
) -> None:
    """Read trackers and report what was understood, writing nothing.

    For each file and sheet: which of your headers was read as which field, which headers were
    left alone, how dates were read (month or day first), file-level notes, every row
    problem with its Excel row, and why a run would write nothing to the file (rows added
    under the tracker that reach into a table or cells of yours, the file open in Excel or
    read-only; exit code 1, as for a file that cannot be read). The command to run when the
    output looks wrong.

    \b
    Examples:
      followup-batch check tracker.xlsx
      followup-batch check jobs.csv --map "Met=interview_at"
    """
    from followup_batch.batch import RunOptions, foreseen_refusal
    from followup_batch.check import REFUSED, check_paths, refusals, to_json, to_text, with_foreseen
    from followup_batch.cli.console import echo, json_text, say
    from followup_batch.drafts.render import long_signature_notes
    from followup_batch.invocation import names_one_file, tracker_files
    from followup_batch.workers import stop_on_sigterm

    stop_on_sigterm()  # "Stopped by SIGTERM", exit 143, as run and digest say it
    config = run_config(config_path, mappings, dayfirst, encoding, sheet, as_of=as_of, quiet=quiet)
    names: dict[Path, str] = {}
    folders: dict[Path, tuple[str, ...]] = {}
    skipped: list[str] = []  # what the scan of the folders passed over, said as a run says it
    files = tracker_files(paths, skipped, names=names, folders=folders)
    checks = check_paths(
        files,
        config.reading,
        as_of=as_of or dt.date.today(),
        names=names,
        folders=folders,
        sender=config.sender,
        days_off=config.rules.days_off,
        clients=config.clients,
        rules=config.rules,
        named_alone=names_one_file(paths, files),
    )
    # What a run would meet writing each file in place (open elsewhere, read-only), said now.
    day = as_of or dt.date.today()
    reads = RunOptions(as_of=day, folders=folders)
    checks = with_foreseen(
        checks, lambda path: foreseen_refusal(path, None, reads.file_config(path, config), day)
    )
    # The config's signatures past half a cell, once, as run and digest say them (ot67 F8).
    notes = [*skipped, *long_signature_notes(config.sender, config.clients)]
    for note in [] if quiet else notes:  # on stderr, as run and digest say them
        say(f"note: {note}")
    if as_json:
        echo(json_text(to_json(checks, notes)))
    elif quiet:
        for unread in (c for c in checks if c.error):
            echo(one_line(f"{unread.name}: NOT READ — {unread.error}"), err=True)
        for name, refusal in refusals(checks):
            echo(one_line(f"{name}: {REFUSED} — {refusal}"), err=True)
    else:
        echo(to_text(checks, lambda text: as_shown(text, sys.stdout)), nl=False)
    if any(c.error or c.refusal for c in checks):
        sys.exit(1)


@main.command(short_help="Create a new tracker with the right columns.")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--no-examples", is_flag=True, help="Leave out the two example rows.")
@click.option(
    "--as-of",
    type=IsoDate(),
    help="Date the example rows around this day, as a run with this --as-of sees them, or "
    "today (the default).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
def init(path: Path, no_examples: bool, as_of: dt.date | None, quiet: bool) -> None:
    """Create a new tracker with the right columns, drop-downs and date formats.

    PATH ends in .xlsx (a formatted workbook with drop-down lists and a frozen header), .csv
    or .tsv (the header row, separated by commas or tabs). Two example rows show how to fill
    it in. An existing file is never overwritten.

    \b
    Example:
      followup-batch init ~/jobs/tracker.xlsx
    """
    from followup_batch.cli.console import echo
    from followup_batch.init import create_tracker

    created = create_tracker(path, example_rows=not no_examples, today=as_of)
    if not quiet:
        echo(f"created {created}; fill in a row per interview, then run:")
        dated = "" if as_of is None else f" --as-of {as_of.isoformat()}"
        echo(f"  followup-batch run {shlex.quote(str(created))}{dated}")  # pasted as it is


@main.command(short_help="Print the effective rule table.")
@config_option
@click.option(
    "-q", "--quiet", is_flag=True, help="Only check the config: print nothing when it is valid."
)
def rules(config_path: Path | None, quiet: bool) -> None:
    """Print the effective rule table (the shipped rules with your config's overrides).

    Change any value in a config file's [rules] table, e.g. [rules.check_in_1] base_bd = 6.

    \b
    Example:
      followup-batch rules --config coach.toml
    """
    from followup_batch.cli.console import echo
    from followup_batch.schedule.ruleset import format_table

    config = run_config(config_path)
    if not quiet:
        echo(format_table(config.rules.table), nl=False)


def entry() -> None:
    """The ``followup-batch`` command (and ``python -m followup_batch``): ``main``, then an
    exit that skips the interpreter's teardown.

    Once a command has finished, its files are written and closed; what is left of the process
    is ~1,400 modules (pandas, numpy, holidays) to take apart object by object, a quarter of a
    second of CPU (a fifth of a small tracker's run) that changes nothing. So the at-exit
    handlers run (the log's last lines, temporary folders, coverage) and the streams are
    flushed, as at any exit, and the process ends there with the command's exit code. While
    other threads still run (a Dask client's), or an exit code is a message, the usual exit
    takes over.
    """
    try:
        main()  # click's standalone mode: always ends in SystemExit
    except SystemExit as done:
        code = done.code
        if code is not None and not isinstance(code, int):
            raise
        _exit_now(code or 0)


def _exit_now(code: int) -> None:
    """End the process with ``code`` after what a normal exit does first (threads joined, at-exit
    handlers, the streams' flush) but before its teardown; the usual exit where that cannot be
    done (other threads, or no at-exit runner in this Python)."""
    import atexit
    import os
    import threading

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if threading.active_count() > 1 or run_exit_handlers is None:
        sys.exit(code)
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            sys.exit(code)  # as the interpreter's own last flush would report it
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    entry()
