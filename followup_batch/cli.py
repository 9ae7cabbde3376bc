"""The command line: parse options, call the library, turn its errors into exit codes.

Exit codes: 0 all good; 1 some file could not be processed (the others still were);
2 usage or config error. Heavy modules (pandas, openpyxl) are imported inside the commands so
``--help`` stays fast.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from followup_batch import __version__
from followup_batch.datasets import DEFAULT_PARTITION_ROWS, DIGEST_EXTRAS, ENGINES

if TYPE_CHECKING:
    from followup_batch.batch import SheetReport
    from followup_batch.config import Config
    from followup_batch.exports.digest import Digest
    from followup_batch.exports.outputs import Exports


class IsoDate(click.ParamType):
    """A calendar date written as YYYY-MM-DD."""

    name = "YYYY-MM-DD"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(
                f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20", param, ctx
            )


class AlarmTime(click.ParamType):
    """A time of day written as HH:MM, or 'none'."""

    name = "HH:MM"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.time | None:
        if value is None or isinstance(value, dt.time):
            return value
        text = str(value).strip().lower()
        if text in ("none", "off", "no"):
            return None
        try:
            return dt.time.fromisoformat(text)
        except ValueError:
            self.fail(
                f"{value!r} is not a time; write it as HH:MM, e.g. 08:30, or none", param, ctx
            )


def wants_colour(stream: Any) -> bool:
    """ANSI colours on a terminal, unless NO_COLOR is set (no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def terminal_width() -> int:
    """The terminal's width; 80 when the output goes to a pipe or a file."""
    return shutil.get_terminal_size((80, 24)).columns


config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TOML config: default country, date order, column mapping, sender, rule overrides.",
)
sheet_option = click.option("--sheet", help="Only this sheet of each workbook.")
alarm_option = click.option(
    "--alarm",
    type=AlarmTime(),
    default="09:00",
    show_default=True,
    help="With --ics: each event reminds you at this time of its day (none: no reminder).",
)
with_drafts_option = click.option(
    "--with-drafts",
    is_flag=True,
    help="Put each draft's text into the HTML digest and its Compose link (a bigger page).",
)
jobs_option = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Work on this many files at once in separate processes (default: one per CPU when "
    "there are four or more files).",
)


def reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--map, --dayfirst/--monthfirst and --encoding: how to read the trackers."""
    for option in reversed(
        [
            click.option(
                "--map",
                "mappings",
                multiple=True,
                metavar='"HEADER=field"',
                help='Read your column HEADER as a field, e.g. --map "Date of chat=interview_at"'
                " (repeatable).",
            ),
            click.option(
                "--dayfirst/--monthfirst",
                default=None,
                help="Read 3/11/2026 as 3 November / March 11 (default: detect per column, "
                "else month first).",
            ),
            click.option("--encoding", help="Read CSV files in this encoding (default: detect)."),
        ]
    ):
        command = option(command)
    return command


def with_reading(
    config: Config, mappings: tuple[str, ...], dayfirst: bool | None, encoding: str | None
) -> Config:
    """The config with the command line's reading options laid over it."""
    from followup_batch.errors import ConfigError
    from followup_batch.read import parse_column_maps

    reading = config.reading
    try:
        column_map = {**reading.column_map, **parse_column_maps(mappings)}
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="--map") from None
    reading = dataclasses.replace(
        reading,
        column_map=column_map,
        dayfirst=reading.dayfirst if dayfirst is None else dayfirst,
        encoding=encoding or reading.encoding,
    )
    return dataclasses.replace(config, reading=reading)


def load_config_or_exit(path: Path | None) -> Config:
    from followup_batch.batch import templates_for
    from followup_batch.config import load_config
    from followup_batch.errors import ConfigError

    try:
        config = load_config(path)
        templates_for(config)  # a broken template is a config error, before any file
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="--config") from None
    return config


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="followup-batch")
def main() -> None:
    """Work out which interview follow-up is due when, and write it into your tracker.

    Reads a tracker of job interviews (xlsx or CSV), computes for every row the thank-you
    note, check-ins, final follow-up and networking touch with their due dates, and writes
    the status, next action, dates and an explanation back into the same file. It never
    sends email.

    Example: followup-batch run tracker.xlsx --as-of 2026-11-20
    """


class Reporter:
    """Where a run's messages go: summaries to stdout (stderr under --json), notes only with
    -v, errors always to stderr; everything also to --log-file with a timestamp."""

    def __init__(self, *, as_json: bool, verbose: int, quiet: bool, log_file: Path | None):
        self.as_json, self.verbose, self.quiet = as_json, verbose, quiet
        self.log = log_file.open("a", encoding="utf-8") if log_file else None
        self.deferred: list[tuple[str, bool]] = []
        self.defer = False
        self.dry_run_note = True  # say "nothing written" on dry runs (not in a digest)

    def _emit(self, text: str, err: bool) -> None:
        if self.defer:  # a progress bar owns the terminal line; print after it
            self.deferred.append((text, err))
        else:
            click.echo(text, err=err)

    def _record(self, level: str, text: str) -> None:
        if self.log:
            stamp = dt.datetime.now().isoformat(timespec="seconds")
            self.log.write(f"{stamp} {level} {text}\n")

    def summary(self, text: str) -> None:
        self._record("INFO", text)
        if not self.quiet:
            self._emit(text, err=self.as_json)

    def note(self, text: str) -> None:
        self._record("NOTE", text)
        if self.verbose and not self.quiet:
            self._emit(f"  {text}", err=True)

    def error(self, text: str) -> None:
        self._record("ERROR", text)
        self._emit(text, err=True)

    def flush(self) -> None:
        self.defer = False
        for text, err in self.deferred:
            click.echo(text, err=err)
        self.deferred.clear()
        if self.log:
            self.log.close()


class StatusLine:
    """What a long single-file run is doing, on one line of a terminal's stderr that is
    rewritten in place and erased once the file is done ("tracker.xlsx: 100,000 rows,
    writing …"): a big tracker takes seconds, and silence looks like a hang."""

    BIG_FILE_BYTES = 1 << 20  # smaller trackers take about a second: nothing to show

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, text: str) -> None:
        click.echo(f"\r\x1b[K{text} …", err=True, nl=False, color=True)
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            click.echo("\r\x1b[K", err=True, nl=False, color=True)
            self.shown = False


@contextlib.contextmanager
def _cleared(status: StatusLine) -> Iterator[None]:
    try:
        yield
    finally:
        status.clear()  # also when interrupted: "Aborted!" gets a line of its own


@main.command(short_help="Compute follow-ups and write them into each tracker.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--as-of", type=IsoDate(), help="Compute as of this date (default: today).")
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    help="Write the result here instead of into the tracker (one input only); for a dataset, "
    "the Parquet folder to write.",
)
@config_option
@sheet_option
@reading_options
@click.option(
    "--dry-run",
    is_flag=True,
    help="Compute and report, write no file at all (no tracker, digest, calendar, .eml or log).",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print a JSON summary on stdout; messages go to stderr."
)
@click.option("-v", "--verbose", count=True, help="Also print notes and every row problem.")
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
    partition_rows: int,
    digest_dir: Path | None,
    digest_extras: tuple[str, ...],
) -> None:
    """Compute follow-ups and write them back into each tracker.

    PATH may be a tracker file (.xlsx, .xlsm, .csv, .tsv, .txt), a folder of trackers (searched
    recursively for .xlsx, .xlsm, .csv and .tsv; lock files, backups and hidden files are
    skipped), or a glob. The tool's
    columns (Follow-up status, Next action, Next due, ...) are added right of yours the first
    time and overwritten on later runs; your cells are left as they were. Each file is written
    atomically and its previous version kept in .followup-backups/. A file that cannot be
    processed is reported and the others still run (exit code 1).

    A dataset (a .parquet file, a folder of them, or with --engine CSV files) is written to
    a new Parquet folder --output: your columns plus the tool's (followup_status, ...).

    Example: followup-batch run tracker.xlsx --as-of 2026-11-20 --output checked.xlsx

    Example: followup-batch run interviews/ --output scheduled/ --engine dask
    --digest-dir digests/
    """
    from followup_batch.batch import counted, totals_line
    from followup_batch.datasets import is_dataset

    config = with_reading(load_config_or_exit(config_path), mappings, dayfirst, encoding)
    as_of = as_of or dt.date.today()
    dataset_options: dict[str, object] = {
        "--scheduler": scheduler,
        "--digest-dir": digest_dir,
        "--digest-extra": digest_extras,
        "--partition-rows": partition_rows != DEFAULT_PARTITION_ROWS,
    }
    if engine is not None or (len(paths) == 1 and is_dataset(paths[0])):
        tracker_only: dict[str, object] = {"--sheet": sheet, "--ics": ics, "--jobs": jobs}
        tracker_only |= {"--digest": digest_paths, "--eml-dir": eml_dir}
        refuse_options(tracker_only, "for a tracker, not a dataset (see --digest-dir)")
        run_dataset_command(
            paths,
            output,
            config,
            as_of,
            engine=engine or "pandas",
            scheduler=scheduler,
            partition_rows=partition_rows,
            digest_dir=digest_dir,
            digest_days=digest_days,
            digest_extras=digest_extras,
            dry_run=dry_run,
            reporter=Reporter(as_json=as_json, verbose=verbose, quiet=quiet, log_file=log_file),
        )
        return
    refuse_options(dataset_options, "for a dataset (a .parquet file or folder, or --engine)")
    files = tracker_files(paths)
    if output is not None:
        check_output(files, output)
    exports = requested_exports(
        config,
        ics=ics,
        alarm=alarm,
        eml_dir=eml_dir,
        digests=[(path, None) for path in digest_paths],
        horizon_days=digest_days,
        with_drafts=with_drafts,
    )
    # A dry run writes no file of any kind, the log included.
    reporter = Reporter(
        as_json=as_json, verbose=verbose, quiet=quiet, log_file=None if dry_run else log_file
    )
    all_reports, summary, failed = process_all(
        files,
        config,
        as_of,
        reporter,
        output=output,
        sheet=sheet,
        jobs=jobs,
        dry_run=dry_run,
        collect=exports.needs_items,
    )
    for line in export_files(all_reports, exports, as_of, dry_run=dry_run)[0]:
        reporter.summary(line)
    if len(files) > 1:
        reporter.summary(totals_line(all_reports, failed, len(files)))
    if failed:
        others = "; the others were processed" if failed < len(files) else ""
        reporter.error(f"{failed} of {counted(len(files), 'file')} failed{others}.")
    reporter.flush()
    if as_json:
        click.echo(
            json.dumps(
                {"as_of": as_of.isoformat(), "files": summary, "failed": failed},
                indent=2,
                ensure_ascii=False,
            )
        )
    if failed:
        sys.exit(1)


def refuse_options(options: dict[str, object], what: str) -> None:
    for name, value in options.items():
        if value:
            raise click.BadParameter(f"{name} is {what}", param_hint=name)


def run_dataset_command(
    paths: tuple[str, ...],
    output: Path | None,
    config: Config,
    as_of: dt.date,
    *,
    reporter: Reporter,
    **options: Any,
) -> None:
    """``run`` over a dataset: one summary line (and the digest's), notes with -v, --json."""
    from followup_batch.batch import stop_on_sigterm
    from followup_batch.datasets import DatasetError, missing_dependency

    if len(paths) != 1:
        raise click.BadParameter(
            'a dataset is one file, folder or glob; quote a glob, "exports/*.csv", so that the '
            "shell passes it as it is",
            param_hint="PATH",
        )
    if output is None:
        raise click.BadParameter("a dataset needs --output OUT (a folder)", param_hint="--output")
    missing = missing_dependency(options["engine"])
    if missing:
        raise click.ClickException(missing)
    from followup_batch.datasets import run_dataset  # pyarrow: installed, as just checked

    stop_on_sigterm()  # a stopped run removes its staging folder, as on Ctrl-C
    on_terminal = not reporter.quiet and sys.stderr.isatty()
    status = StatusLine()

    def progress(done: int, total: int) -> None:
        status(f"{paths[0]}: {done:,} of {total:,} partitions")

    with _cleared(status):
        try:
            report = run_dataset(
                paths[0],
                output,
                config,
                as_of,
                progress=progress if on_terminal else None,
                progress_bar=on_terminal,
                **options,
            )
        except DatasetError as exc:
            raise click.ClickException(str(exc)) from None
    reporter.summary(report.summary())
    if report.digest_line():
        reporter.summary(str(report.digest_line()))
    for note in report.notes:
        reporter.note(f"note: {note}")
    reporter.flush()
    if reporter.as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))


def tracker_files(paths: tuple[str, ...]) -> list[Path]:
    from followup_batch.errors import FollowupError
    from followup_batch.read import find_trackers

    try:
        return list(find_trackers(paths))
    except FollowupError as exc:
        raise click.BadParameter(str(exc), param_hint="PATH") from None


def process_all(
    files: list[Path],
    config: Config,
    as_of: dt.date,
    reporter: Reporter,
    jobs: int | None = None,
    **options: Any,
) -> tuple[list[SheetReport], list[dict[str, object]], int]:
    """Every file through the pipeline (over ``jobs`` processes), one summary line per sheet
    in the files' order; a failing file is reported and the others go on. Returns the
    reports, the JSON summary and the failure count."""
    from followup_batch.batch import FileFailure, default_jobs, process_files, stop_on_sigterm

    stop_on_sigterm()
    all_reports: list[SheetReport] = []
    summary: list[dict[str, object]] = []
    failed = 0
    show_bar = len(files) > 1 and not reporter.quiet and sys.stderr.isatty()
    reporter.defer = show_bar
    status = StatusLine()
    big = len(files) == 1 and files[0].stat().st_size >= StatusLine.BIG_FILE_BYTES
    show_status = big and not reporter.quiet and sys.stderr.isatty()
    results = process_files(
        files,
        config,
        as_of,
        jobs=jobs or default_jobs(len(files)),
        progress=status if show_status else None,
        **options,
    )
    try:
        with (
            click.progressbar(
                results, length=len(files), label="Trackers", file=sys.stderr, hidden=not show_bar
            ) as bar,
            _cleared(status),
        ):
            for path, reports in bar:
                status.clear()
                if isinstance(reports, FileFailure):
                    failed += 1
                    reporter.error(reports.summary())
                    summary.append(
                        {"path": str(path), "ok": False, "error": reports.message, "sheets": []}
                    )
                    continue
                for report in reports:
                    line = report.summary()
                    if report.written is not None and report.written != path:
                        line += f" → {report.written}"
                    elif options.get("dry_run") and reporter.dry_run_note:
                        line += " (dry run, nothing written)"
                    reporter.summary(line)
                    for note in report.notes:
                        reporter.note(f"{report.name}: note: {note}")
                    for problem in report.problems:
                        reporter.note(f"{report.name}: {problem}")
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
        raise
    return all_reports, summary, failed


def requested_exports(
    config: Config,
    *,
    ics: Path | None,
    alarm: dt.time | None,
    eml_dir: Path | None,
    digests: list[tuple[Path, str | None]],
    horizon_days: int,
    with_drafts: bool,
) -> Exports:
    """The exports asked for, checked before any tracker is read: a digest file's kind (by
    its suffix unless given) and the digest page's template."""
    from followup_batch.errors import ConfigError
    from followup_batch.exports.outputs import Exports, digest_kind

    kinds = []
    for path, kind in digests:
        try:
            kinds.append((path, kind or digest_kind(path)))
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--digest") from None
    exports = Exports(
        ics=ics,
        alarm=alarm,
        eml_dir=eml_dir,
        digests=tuple(kinds),
        horizon_days=horizon_days,
        with_drafts=with_drafts,
        templates=config.templates,
        sender=config.sender,
        clients=config.clients,
    )
    try:
        exports.check_template()
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="--config") from None
    return exports


def export_files(
    reports: list[SheetReport],
    exports: Exports,
    as_of: dt.date,
    *,
    dry_run: bool = False,
    digest: bool = False,
) -> tuple[list[str], Digest | None]:
    """Write the exports of a run's reports; their report lines, and the digest when one was
    written or ``digest`` asks for it."""
    from followup_batch.errors import FollowupError
    from followup_batch.exports import concat_items
    from followup_batch.exports.outputs import combined_messages, write_exports

    items = concat_items(r.items for r in reports if r.items is not None)
    messages = combined_messages((r.path, r.messages) for r in reports)
    try:
        return write_exports(exports, items, messages, as_of, dry_run=dry_run, digest=digest)
    except FollowupError as exc:
        raise click.ClickException(str(exc)) from None


def check_output(files: list[Path], output: Path) -> None:
    if len(files) != 1:
        raise click.BadParameter("--output needs exactly one input file", param_hint="--output")
    source = files[0].suffix.lower()
    kinds = {".xlsx": "xlsx", ".xlsm": "xlsx", ".csv": "csv", ".tsv": "csv", ".txt": "csv"}
    if kinds.get(output.suffix.lower()) != kinds.get(source):
        raise click.BadParameter(
            f"{output.name} must have the same kind of suffix as {files[0].name} "
            f"({source}); converting between CSV and xlsx is not supported",
            param_hint="--output",
        )


@main.command(short_help="Show what is due across trackers, today's first.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--as-of", type=IsoDate(), help="Compute as of this date (default: today).")
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
    writing to them. Lists what is overdue or due today across all clients, the latest first,
    with whom to write to; then what is due soon (with --days N, everything due in the next N
    days); then each client's counts and items; then the rows to fix.

    Example: followup-batch digest clients/ --as-of 2026-11-20 --days 7 --html digest.html
    """
    from followup_batch import exports as library
    from followup_batch.batch import counted
    from followup_batch.exports.digest_json import to_json

    config = with_reading(load_config_or_exit(config_path), mappings, dayfirst, encoding)
    as_of = as_of or dt.date.today()
    files = tracker_files(paths)
    exports = requested_exports(
        config,
        ics=ics,
        alarm=alarm,
        eml_dir=eml_dir,
        digests=[
            (path, kind)
            for path, kind in ((xlsx_path, ".xlsx"), (html_path, ".html"), (markdown_path, ".md"))
            if path is not None
        ],
        horizon_days=days,
        with_drafts=with_drafts,
    )
    reporter = Reporter(as_json=True, verbose=0, quiet=True, log_file=None)
    reporter.dry_run_note = False
    reports, summary, failed = process_all(
        files, config, as_of, reporter, jobs=jobs, sheet=sheet, dry_run=True, collect=True
    )
    lines, result = export_files(reports, exports, as_of, digest=True)
    assert result is not None  # asked for
    if as_json:
        data = to_json(result, with_drafts=with_drafts)
        data["failed"] = [{"path": f["path"], "error": f["error"]} for f in summary if not f["ok"]]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif not quiet:
        text = library.to_terminal(result, terminal_width(), color=wants_colour(sys.stdout))
        click.echo(text, nl=False)
    if not quiet:
        for line in lines:
            click.echo(line, err=True)
    if failed:
        click.echo(
            f"{failed} of {counted(len(files), 'file')} could not be read; see above.", err=True
        )
        sys.exit(1)


@main.command(short_help="Report how trackers are read; write nothing.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@config_option
@sheet_option
@reading_options
@click.option(
    "--as-of",
    type=IsoDate(),
    help="Judge dates as a run on this date would (default: today).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="Print only the files that cannot be read: nothing when all can.",
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
    left alone, how dates were read (month or day first), file-level notes, and every row
    problem with its Excel row. The command to run when the output looks wrong.

    Example: followup-batch check tracker.xlsx --map "Date of chat=interview_at"
    """
    from followup_batch.check import check_paths, to_json, to_text

    config = with_reading(load_config_or_exit(config_path), mappings, dayfirst, encoding)
    options = dataclasses.replace(config.reading, sheet=sheet)
    checks = check_paths(tracker_files(paths), options, as_of=as_of or dt.date.today())
    if as_json:
        click.echo(json.dumps(to_json(checks), indent=2, ensure_ascii=False))
    elif quiet:
        for unread in (c for c in checks if c.error):
            click.echo(f"{unread.name}: NOT READ — {unread.error}", err=True)
    else:
        click.echo(to_text(checks), nl=False)
    if any(c.error for c in checks):
        sys.exit(1)


@main.command(short_help="Create a new tracker with the right columns.")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--no-examples", is_flag=True, help="Leave out the two example rows.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
def init(path: Path, no_examples: bool, quiet: bool) -> None:
    """Create a new tracker with the right columns, drop-downs and date formats.

    PATH ends in .xlsx (a formatted workbook with drop-down lists and a frozen header) or .csv
    (the header row). Two example rows show how to fill it in. An existing file is never
    overwritten.

    Example: followup-batch init ~/jobs/tracker.xlsx
    """
    from followup_batch.errors import FollowupError
    from followup_batch.init import create_tracker

    try:
        created = create_tracker(path, example_rows=not no_examples)
    except FollowupError as exc:
        raise click.ClickException(str(exc)) from None
    if not quiet:
        click.echo(f"created {created}; fill in a row per interview, then run:")
        click.echo(f"  followup-batch run {created}")


@main.command(short_help="Print the effective rule table.")
@config_option
@click.option(
    "-q", "--quiet", is_flag=True, help="Only check the config: print nothing when it is valid."
)
def rules(config_path: Path | None, quiet: bool) -> None:
    """Print the effective rule table (the shipped rules with your config's overrides).

    Change any value in a config file's [rules] table, e.g. [rules.check_in_1] base_bd = 6.

    Example: followup-batch rules --config coach.toml
    """
    from followup_batch.schedule.ruleset import format_table

    config = load_config_or_exit(config_path)
    if not quiet:
        click.echo(format_table(config.rules.table), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
