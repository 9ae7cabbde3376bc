"""What a command was asked to do, checked before any tracker is read: the tracker files, the
--output, the exports and their templates, a dataset's options; and the exports written once
the trackers are done.

Raises ``UsageError`` (naming the option at fault: exit code 2), ``ConfigError`` (a mistake
in the config file or its templates: exit code 2) and ``FollowupError`` (exit code 1); the
commands (``cli``) turn them into Click's errors.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import shlex
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from followup_batch.errors import ConfigError, FollowupError, UsageError
from followup_batch.normalise.calendar_places import calendar_named
from followup_batch.read.files import real_path
from followup_batch.read.package import MACRO_KINDS, macro_suffix

if TYPE_CHECKING:
    from followup_batch.config import Config
    from followup_batch.exports.digest import Digest
    from followup_batch.exports.outputs import Exports
    from followup_batch.reports import SheetReport


def load_run_config(path: Path | None) -> Config:
    """The config file (or the defaults), its draft templates checked before any file.
    Raises ``ConfigError`` (exit code 2, one line: the mistake is in the file, not in how the
    command was typed)."""
    from followup_batch.compute import templates_for
    from followup_batch.config import load_config

    config = load_config(path)
    templates_for(config)  # a broken template is a config error, before any file
    if config.templates is not None and (config.templates / "digest.html.j2").is_file():
        from followup_batch.exports.digest_html import check_digest_template

        check_digest_template(config.templates)  # the page's too, whether or not asked for
    return config


def config_warnings(config: Config, as_of: dt.date) -> list[str]:
    """What a command says of its config before any file: a preferred weekday
    (``[rules.send_window]``) that is never a business day in the calendar of rows without a
    Country (``country``), which no due date there moves to ("Saturday" in a Mon–Fri week)."""
    from followup_batch.schedule.business_days import (
        WEEKDAY_NAMES,
        build_calendar,
        never_working,
        week_words,
    )

    preferred = config.rules.preferred_weekdays
    country = config.reading.default_country
    if (
        country == "US" and max(preferred, default=0) <= 4
    ):  # the defaults: Mon–Fri in a Mon–Fri week
        return []
    calendar = build_calendar(country, [as_of.year])
    idle = never_working(preferred, calendar)
    if not idle:
        return []
    where = f"{config.path}: " if config.path is not None else ""
    days = " and ".join(WEEKDAY_NAMES[day] for day in idle)
    never = "is never a business day" if len(idle) == 1 else "are never business days"
    others = [WEEKDAY_NAMES[day] for day in sorted(preferred) if day not in idle]
    rest = (
        f"due dates move to {' and '.join(others)} alone" if others else "no due date moves to it"
    )
    return [
        f"{where}rules.send_window.preferred_weekdays: {days} {never} in the"
        f" {calendar_named(country)} "
        f"calendar of rows without a Country ({week_words(calendar.weekend)}), so {rest}; "
        "name a working day"
    ]


def with_reading(
    config: Config,
    mappings: tuple[str, ...],
    dayfirst: bool | None,
    encoding: str | None,
    sheet: str | None = None,
) -> Config:
    """The config with the command line's reading options (and --sheet) laid over it."""
    from followup_batch.config import known_encoding, unmappable_header
    from followup_batch.read import parse_column_maps

    reading = config.reading
    try:
        mapped = parse_column_maps(mappings)
    except ConfigError as exc:
        raise UsageError(str(exc), "--map") from None
    for header, name in mapped.items():
        if (problem := unmappable_header(header)) is not None:
            raise UsageError(f'"{header}={name}": {problem}', "--map")
    column_map = {**reading.column_map, **mapped}
    if encoding:
        try:
            known_encoding(encoding, "")
        except ConfigError as exc:
            raise UsageError(str(exc), "--encoding") from None
    reading = dataclasses.replace(
        reading,
        column_map=column_map,
        mapped_on_command_line=reading.mapped_on_command_line | frozenset(mapped),
        dayfirst=reading.dayfirst if dayfirst is None else dayfirst,
        encoding=encoding or reading.encoding,
        sheet=sheet or reading.sheet,
    )
    return dataclasses.replace(config, reading=reading)


# A config file named where a tracker goes, refused before anything is read or written.
CONFIG_SUFFIXES = (".toml",)
CONFIG_AS_PATH = (
    "{path} is a config file, not a tracker; nothing was read or written. "
    "Did you mean --config {quoted}?"
)


def tracker_files(
    paths: tuple[str, ...],
    notes: list[str] | None = None,
    names: dict[Path, str] | None = None,
    folders: dict[Path, tuple[str, ...]] | None = None,
) -> list[Path]:
    """The tracker files named, found in folders and matched by globs; what a folder scan
    skipped (a link out of the folder) is added to ``notes``, the name the run calls each
    file by to ``names`` (``read.files.shown_name``), and the subfolders of the folder given
    each file was found in to ``folders`` (``read.files.subfolders``)."""
    from followup_batch.read import find_trackers

    for path in paths:
        if Path(path).suffix.lower() in CONFIG_SUFFIXES:
            # "run tracker.xlsx alex.toml": --config forgotten; read as a tracker, the config
            # fails as "no header row", after the tracker was written without it (ot44 F4).
            raise UsageError(CONFIG_AS_PATH.format(path=path, quoted=shlex.quote(path)), "PATH")
    try:
        return list(find_trackers(paths, notes, names, folders))
    except FollowupError as exc:
        raise UsageError(with_what_was_meant(str(exc), paths), "PATH") from None


def names_one_file(paths: Sequence[str], files: Sequence[Path]) -> bool:
    """Whether the command named one file and nothing else (``run Answers.csv``), not a
    folder or a glob: the person asked for that file to be followed up."""
    return len(paths) == len(files) == 1 and os.path.isfile(paths[0])


# What a path that names nothing may have meant (ot119 F8): a name with spaces typed without
# quotes ("run Job Hunt 2026.xlsx": Job, Hunt, 2026.xlsx), or a name a letter or space away
# from a file beside it; the name shell-quoted, to be copied as it is.
SPACED_NAME = "did you mean {quoted}? put quotes around a name with spaces"
NEAR_NAME = "did you mean {quoted}?"
NEAR_ENOUGH = 0.85  # difflib's ratio: "Job Hunt2026.xlsx" is 0.97 of "Job Hunt 2026.xlsx"


def with_what_was_meant(message: str, paths: Sequence[str]) -> str:
    """``message``, a path of ``paths`` refused as naming nothing, with what it may have
    meant: the file the path and the words after it name joined by spaces, else a file
    whose name is near its name in its folder; ``message`` itself when it is no such
    refusal or nothing comes near."""
    from followup_batch.read.files import NOTHING_THERE

    for at, path in enumerate(paths):
        if message != f"{path}: {NOTHING_THERE}":
            continue
        if (joined := spaced_name(paths[at:])) is not None:
            return f"{message}; {SPACED_NAME.format(quoted=shlex.quote(joined))}"
        if added := with_a_tracker_suffix(path):
            quoted = " or ".join(shlex.quote(name) for name in added)
            return f"{message}; {NEAR_NAME.format(quoted=quoted)}"
        if (near := near_name(path)) is not None:
            return f"{message}; {NEAR_NAME.format(quoted=shlex.quote(near))}"
    return message


def with_a_tracker_suffix(path: str) -> list[str]:
    """The trackers in ``path``'s folder named ``path`` with a tracker's suffix added, capitals
    aside ("jobs" for jobs.xlsx or jobs.csv, as a file manager that hides suffixes shows
    them), named as ``path`` names its folder: difflib finds "jobs" too far from "jobs.xlsx"
    to be its typo (ot150)."""
    from followup_batch.read.files import FOLDER_SUFFIXES

    given = Path(path)
    if not given.name or given.suffix.lower() in FOLDER_SUFFIXES:
        return []
    try:
        listed = sorted(os.listdir(given.parent))
    except OSError:  # no such folder either, or one that cannot be listed
        return []
    wanted = {given.name.casefold() + suffix for suffix in FOLDER_SUFFIXES}
    return [
        str(given.parent / name)
        for name in listed
        if name.casefold() in wanted and (given.parent / name).is_file()
    ]


def spaced_name(words: Sequence[str]) -> str | None:
    """The file or folder the first of ``words`` and those right after it name, joined by
    spaces as the shell split them, the longest such (two words at least); None when no
    such join names one."""
    for end in range(len(words), 1, -1):
        joined = " ".join(words[:end])
        if os.path.lexists(joined):
            return joined
    return None


def near_name(path: str) -> str | None:
    """The file or folder in ``path``'s folder whose name is nearest ``path``'s, if near
    enough to be a typo of it (``NEAR_ENOUGH``, capitals aside), named as ``path`` names its
    folder; None when there is none, or ``path`` is a glob. Hidden and lock files are not
    offered."""
    import difflib
    import glob

    given = Path(path)
    if glob.has_magic(path) or not given.name:
        return None
    try:
        listed = [name for name in os.listdir(given.parent) if not name.startswith((".", "~$"))]
    except OSError:  # no such folder either, or one that cannot be listed
        return None
    names = {name.casefold(): name for name in sorted(listed, reverse=True)}  # the first kept
    near = difflib.get_close_matches(given.name.casefold(), names, n=1, cutoff=NEAR_ENOUGH)
    return str(given.parent / names[near[0]]) if near else None


OUTPUT_KINDS = {".xlsx": "xlsx", ".xlsm": "xlsx", ".csv": "csv", ".tsv": "csv", ".txt": "csv"}
ACCEPTED = "--output writes .xlsx or .xlsm for a workbook, .csv, .tsv or .txt for a CSV"
# Excel's template names: a template opens as a new, unsaved workbook, not the tracker.
TEMPLATES = (".xltx", ".xltm", ".xlt")
# The text kinds programs split by their suffix (a .txt opens in an import dialog), and the
# separators a CSV is read with, as a refusal names them.
TEXT_KINDS = {".csv": "comma-separated", ".tsv": "tab-separated"}
SEPARATORS = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "vertical bars"}


def check_output(files: list[Path], output: Path, paths: Sequence[str] = ()) -> None:
    """--output: one input, the same kind of file, in a folder that can be written (made when
    missing, as the exports' folders are). ``paths``: the PATHs as typed, for the command a
    folder or glob of CSV exports is run as a dataset with (``_csv_dataset_hint``)."""
    dataset = _csv_dataset_hint(files, output, paths)
    if len(files) != 1:
        raise UsageError(f"--output needs exactly one input file{dataset}", "--output")
    if output.exists():  # a device or pipe is said as such, not as a name without a suffix
        check_output_file(output, "--output")
    source = files[0].suffix.lower()
    target = output.suffix.lower()
    if target not in OUTPUT_KINDS:
        # The name a copy takes: a workbook's as its package asks (see below), a CSV's own.
        kind = (macro_suffix(files[0]) if source in MACRO_KINDS else None) or files[0].suffix
        raise UsageError(
            f"{output.name} {_not_written(target)}: nothing was written. Name the output "
            f"{output.with_suffix(kind).name} ({ACCEPTED}){'' if target else dataset}",
            "--output",
        )
    if source not in OUTPUT_KINDS:
        raise UsageError(
            f"{output.name} must have the same kind of suffix as {files[0].name}, which has "
            "none a workbook or a CSV has",
            "--output",
        )
    if OUTPUT_KINDS[source] == "xlsx" and OUTPUT_KINDS[target] == "csv":
        raise UsageError(
            f"{output.name}: a workbook's run writes a workbook, with its sheets, colours and "
            f"drafts, which a CSV cannot hold; nothing was written. Name the output "
            f"{output.with_suffix(source).name}, or save the "
            "sheet as CSV in your spreadsheet program and run on that",
            "--output",
        )
    if OUTPUT_KINDS[source] == "csv" and target == ".xlsm":
        # A CSV made a workbook holds no macros, and Excel opens such a workbook only as .xlsx.
        raise UsageError(
            f"{output.name}: the workbook made from {files[0].name} holds no macros, and Excel "
            f"opens it only under a .xlsx name; nothing was written. Name the output "
            f"{output.with_suffix('.xlsx').name}",
            "--output",
        )
    if source in MACRO_KINDS and target in MACRO_KINDS:
        # The copy is the same package: Excel refuses to open a macro workbook named .xlsx
        # (or a plain one named .xlsm), and a .xlsx could not hold the macros anyway. The
        # package says which it is, whatever the input's own name says.
        kind = macro_suffix(files[0]) or source
        if target != kind:
            named = "" if kind == source else f" (its {source} name is wrong)"
            raise UsageError(
                f"{output.name}: {files[0].name} is {MACRO_KINDS[kind]}{named}, which Excel "
                f"opens only under a {kind} name; nothing was written. Name the output "
                f"{output.with_suffix(kind).name}",
                "--output",
            )
    if target in TEXT_KINDS and source != target:
        # A CSV goes out with the separator it is read with, its cells as written (never split
        # anew), and Excel and LibreOffice split a .tsv on tabs, a .csv on commas (or on the
        # semicolons of a European Excel's).
        from followup_batch.read.csv_cells import file_delimiter

        separator = file_delimiter(files[0])
        if (separator == "\t") != (target == ".tsv"):
            raise UsageError(
                f"{output.name} is a name programs read as {TEXT_KINDS[target]}, but the run "
                f"writes {files[0].name}'s cells as they are, with its "
                f"{SEPARATORS.get(separator, repr(separator))}; nothing was written. Name the "
                f"output {output.with_suffix(source).name}",
                "--output",
            )
    check_output_file(output, "--output")


def names_a_folder(output: Path | None) -> bool:
    """An --output that only a dataset run writes: a folder, or a name without a tracker's
    suffix (``out/scheduled``), which a tracker run refuses."""
    if output is None:
        return False
    return output.is_dir() or output.suffix.lower() not in OUTPUT_KINDS


def _csv_dataset_hint(files: list[Path], output: Path, paths: Sequence[str]) -> str:
    """What --output with a folder or glob of CSV files (one PATH, not a file) adds to its
    refusal: such a folder is a dataset when --engine says so, written to the folder --output,
    and the command that runs it (ot106 F4: the first command of docs/scale.md, run on CSV
    exports, said only "--output needs exactly one input file"); "" for anything else."""
    from followup_batch.datasets.plan import CSV_SUFFIXES

    if len(paths) != 1 or Path(paths[0]).is_file() or not files:
        return ""
    if any(file.suffix.lower() not in CSV_SUFFIXES for file in files):
        return ""  # a coach's folder of workbooks: trackers, not a dataset
    data, out = shlex.quote(paths[0]), shlex.quote(f"{output}{os.sep}")
    holds = "holds" if Path(paths[0]).is_dir() else "matches"
    return (
        f"; {data} {holds} CSV files: to run them as a dataset into the folder {out}, add "
        f"--engine pandas (or --engine dask): followup-batch run {data} --output {out} "
        "--engine pandas"
    )


def _not_written(suffix: str) -> str:
    """Why an --output of ``suffix`` (one ``OUTPUT_KINDS`` does not know) is not written."""
    if suffix in TEMPLATES:
        return "is the name of an Excel template, which the run does not write"
    if not suffix:
        return "has no suffix, which programs need to know what the file is"
    return f"is the name of a {suffix} file, which the run does not write"


def check_output_file(path: Path, option: str) -> None:
    """A file the run would write (``--output``, ``--ics``, a ``--digest``) but would refuse
    to replace, refused before any tracker is written: found only then, the trackers were
    already rewritten and the run said "nothing was written" of a run that wrote them. A
    named pipe or a device (writing one waits for ever or goes nowhere), a file with other
    hard links, a read-only file, a folder to make where a file is, a folder (or disk) that
    cannot be written (the new version is written beside the file, then renamed), a link to a
    file in a folder that is not there."""
    from followup_batch.read.sniff import special_file

    target = real_path(path) if path.is_symlink() else path
    try:
        info = target.stat()
    except (FileNotFoundError, NotADirectoryError):  # a new file, or a file on its way
        if target is not path and not target.parent.is_dir():
            raise UsageError(
                f"{path} is a link to {target}, whose folder {target.parent} does not exist; "
                "nothing was written. Make the folder, or remove the link",
                option,
            ) from None
        _check_makeable(target.parent, option)
        return
    except OSError as exc:  # a loop of links, a folder it may not look into
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}", option) from None
    if (kind := special_file(info.st_mode)) is not None:
        raise UsageError(
            f"{path} is {kind}; nothing was written. Write to a file (a new name, or an "
            "existing file to replace)",
            option,
        )
    if stat.S_ISREG(info.st_mode) and info.st_nlink > 1:
        raise UsageError(
            f"{path} has {info.st_nlink} hard links (other names for the same file); "
            "replacing it would leave the other names with the old version, so nothing was "
            "written. Remove the extra links or choose another name",
            option,
        )
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
        target, os.W_OK
    ):
        raise UsageError(
            f"{path} is read-only; nothing was written. Make it writable or choose another name",
            option,
        )
    _check_makeable(target.parent, option)


def _check_makeable(folder: Path, option: str) -> None:
    """A folder an output goes into, or makes for itself (``--ics out/due.ics``): refused when
    a file stands where one of them would go, or when the nearest one there is cannot be
    written (a read-only disk, no permission), found otherwise only once the trackers were
    rewritten."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder; nothing was written", option)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(
            f"cannot write into {folder} (a read-only disk, or no permission to write there); "
            "nothing was written. Choose another folder",
            option,
        )
    why = _takes_no_file(folder)
    if why:
        raise UsageError(
            f"cannot write into {folder}: a file cannot be made there ({why}; a system "
            "folder such as /proc or /sys takes none); nothing was written. Choose another "
            "folder",
            option,
        )


def _takes_no_file(folder: Path) -> str:
    """Why a new file cannot be made in ``folder``, a folder of a disk without blocks (the
    system's /proc and /sys, which ``os.access`` calls writable for root and where a calendar
    failed only once the trackers were written: ot89 F2), found by making one there and
    removing it; '' when it can be, and for a folder of a disk with blocks (every real one,
    where nothing is made to find out)."""
    try:
        if os.statvfs(folder).f_blocks:
            return ""
    except (AttributeError, OSError):  # Windows has no statvfs; the write says what fails
        return ""
    import tempfile

    try:
        handle, name = tempfile.mkstemp(prefix=".~followup-probe-", dir=folder)
    except OSError as exc:
        return exc.strerror or str(exc)
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return ""


def check_folder(path: Path, option: str) -> None:
    """A file to be written into a folder that is not there is a usage error, said plainly
    (not a traceback, nor a permission problem)."""
    folder = path.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise UsageError(f"{folder} {what}; create it first or choose another path", option)


# What a --log-file must not be: a spreadsheet or another file a line of text would damage
# (``--log-file other-client.xlsx`` appended the log to that tracker's zip; ot85).
NOT_A_LOG = frozenset(
    {".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods", ".fods", ".numbers"}
    | {".csv", ".tsv"}
    | {".ics", ".html", ".htm", ".eml", ".pdf", ".docx", ".zip"}
)
_BINARY_STARTS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF")  # zip (xlsx…), OLE (xls), PDF


def check_log_file(path: Path) -> None:
    """A --log-file is text appended to: one named like a spreadsheet, a calendar or a page, or
    an existing file that is not text (a workbook under another name), is refused before
    anything is read or written, as a usage error."""
    if path.suffix.lower() in NOT_A_LOG:
        raise UsageError(
            f"{path.name} is not a log: the log is text appended to, name it .log or .txt",
            "--log-file",
        )
    try:  # a pipe is never read here (it would wait for a writer)
        if not path.is_file():
            return
        with open(path, "rb") as file:
            start = file.read(8192)
    except OSError:  # opening it for the log says what is wrong
        return
    if start.startswith(_BINARY_STARTS) or b"\x00" in start:
        raise UsageError(
            f"{path.name} holds something other than text (a workbook or another file's bytes): "
            "the log would be appended to it; give a new file or an earlier log",
            "--log-file",
        )


def refuse_overwrites(trackers: Sequence[Path], outputs: Sequence[tuple[str, Path]]) -> None:
    """An output (option, path) that is a tracker the command reads, or the file of another
    output, refused before anything is read or written: ``digest t.xlsx --xlsx t.xlsx``
    replaced the tracker with the digest and kept no backup, ``run t.xlsx --ics t.xlsx`` lost
    the run's result, and ``--digest x.md --digest ./x.md`` kept only whichever came last. A
    folder of trackers counts each tracker found in it; a digest the tool wrote there is no
    tracker.
    Then an export over a file this tool did not write (``refuse_foreign_exports``)."""
    for at, (option, path) in enumerate(outputs):
        for tracker in trackers:
            if same_file(path, tracker):
                if option == "--output":
                    raise UsageError(OUTPUT_IS_THE_TRACKER.format(path=path), option)
                named = "" if str(tracker) == str(path) else f" ({tracker})"
                raise UsageError(OUTPUT_IS_A_TRACKER.format(path=path, tracker=named), option)
        for other_option, other in outputs[:at]:
            if same_file(path, other):
                named = "" if str(other) == str(path) else f" ({other})"
                raise UsageError(
                    f"{path} is also the {other_option} file{named}; one would overwrite the "
                    "other, so nothing was written. Give each its own file",
                    option,
                )
    refuse_foreign_exports(outputs)


OUTPUT_IS_THE_TRACKER = (
    "{path} is the tracker itself; nothing was written. To update the tracker in place (with "
    "a backup in .followup-backups), leave --output out; else choose another name"
)
OUTPUT_IS_A_TRACKER = (
    "{path} is a tracker this command reads{tracker}; writing there would destroy it, so "
    "nothing was written. Choose another name"
)


def same_file(path: Path, other: Path) -> bool:
    """Two names of one file: the same path once links and ``..`` are resolved, or (for files
    that exist) the same file on disk (a hard link, a name that differs only in case on a
    disk that ignores case)."""
    try:
        if os.path.samefile(path, other):
            return True
    except OSError:  # one of them does not exist (yet)
        pass
    try:
        return path.resolve() == other.resolve()
    except (OSError, RuntimeError):  # a loop of links: no file to be the same as
        return False


NOT_FOR_DATASETS = "for a tracker, not a dataset (see --digest-dir)"
NOT_FOR_TRACKERS = "for a dataset (a .parquet file or folder, or --engine)"


def refuse_options(options: dict[str, object], what: str) -> None:
    """Options given that the run's kind (tracker or dataset) has no use for."""
    for name, value in options.items():
        if value:
            raise UsageError(f"{name} is {what}", name)


LONE_OPTIONS = {
    "--alarm": "sets when the calendar's events remind you: add --ics FILE",
    "--digest-days": "lists what falls due later in the digest: add --digest FILE",
    "--with-drafts": "puts the drafts into the HTML digest: add --digest FILE.html",
}


def refuse_lone_options(options: dict[str, bool]) -> None:
    """Options given without the output they shape (``LONE_OPTIONS``): a run that would
    ignore them is refused, as a nightly job missing its --ics must not pass in silence."""
    for name, lone in options.items():
        if lone:
            raise UsageError(f"{name} {LONE_OPTIONS[name]}", name)


def check_dataset_request(
    paths: tuple[str, ...],
    output: Path | None,
    engine: str,
    *,
    scheduler: str | None = None,
    workers_wait: int | None = None,
    digest_dir: Path | None = None,
    digest_extras: tuple[str, ...] = (),
) -> Path:
    """A dataset run's PATH and --output, options that need others, and its engine's
    packages; returns the output."""
    from followup_batch.datasets import missing_dependency

    if scheduler is not None and engine != "dask":
        raise UsageError(
            "--scheduler names a Dask cluster: add --engine dask (the pandas engine runs here)",
            "--scheduler",
        )
    if workers_wait is not None and engine != "dask":
        raise UsageError(
            "--workers-wait is how long a Dask cluster's workers are waited for: add --engine "
            "dask (the pandas engine runs here)",
            "--workers-wait",
        )
    if digest_extras and digest_dir is None:
        raise UsageError(
            "--digest-extra adds files to each coach's digest: add --digest-dir FOLDER",
            "--digest-extra",
        )

    if len(paths) != 1:
        raise UsageError(
            f"one dataset per run, and {len(paths)} were given ({', '.join(paths)}): a dataset "
            'is one file, folder or glob; run each on its own, or quote a glob, "exports/*.csv", '
            "so that the shell passes it as it is",
            "PATH",
        )
    if output is None:
        raise UsageError("a dataset needs --output OUT (a folder)", "--output")
    if output.suffix.lower() in OUTPUT_KINDS and not output.is_dir():
        # It made a folder of Parquet files named like a workbook, without a word.
        raise UsageError(
            f"{output} names a {output.suffix.lower()} file, but a dataset is written as a "
            f"folder of Parquet files; name the folder without the suffix ({output.stem}/)",
            "--output",
        )
    missing = missing_dependency(engine)
    if missing:
        raise FollowupError(missing)
    return output


# The digest command's option for each digest file it is given, by kind (run's: --digest).
DIGEST_OPTIONS = {".xlsx": "--xlsx", ".html": "--html", ".md": "--markdown"}


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
    """The exports asked for, checked before any tracker is read: each file one the run can
    write (``check_output_file``), a digest file's kind (by its suffix unless given) and the
    digest page's template."""
    from followup_batch.exports.outputs import Exports

    # What the file is before what it is called: /dev/null is a device, not a name without
    # a suffix (ot37 F2).
    if ics is not None:
        check_output_file(ics, "--ics")
        _export_kind(ics, "--ics")
    if eml_dir is not None:
        _check_makeable(eml_dir, "--eml-dir")
    kinds = []
    for path, kind in digests:
        option = DIGEST_OPTIONS.get(kind or "", "--digest")
        check_output_file(path, option)
        kinds.append((path, _export_kind(path, option)))
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
        whole_files=config.reading.sheet is None,
    )
    exports.check_template()  # a ConfigError, as a draft template's
    return exports


def _export_kind(path: Path, option: str) -> str:
    """The kind of the file ``option`` writes, by its suffix (``files.export_kind``): one
    that is not that option's (``--ics other-client.xlsx``) is a usage error."""
    from followup_batch.exports.files import export_kind

    try:
        return export_kind(path, option)
    except ValueError as exc:
        raise UsageError(str(exc), option) from None


def refuse_foreign_exports(outputs: Sequence[tuple[str, Path]]) -> None:
    """An export (option, path) over a file this tool did not write, refused before anything
    is read or written (``files.foreign_export``): ``--ics mine.ics`` replaced someone's own
    calendar export, ``--markdown notes.md`` their notes (ot85 F1)."""
    from followup_batch.exports.files import OPTION_KINDS, foreign_export

    for option, path in outputs:
        if option in OPTION_KINDS:
            refusal = foreign_export(path, _export_kind(path, option))
            if refusal is not None:
                raise UsageError(refusal, option)


def _whose_empty(report: SheetReport, reports: list[SheetReport]) -> str:
    """Whose a tracker (or sheet) with no rows is, as its rows would say: the file's name's
    client or its folder's (``file_clients.tracker_client``), or the sheet's name in a
    workbook of several sheets read (a sheet per client)."""
    from followup_batch.read.file_clients import client_folder_of, tracker_client

    sheets = {other.sheet for other in reports if other.path == report.path}
    if report.sheet and len(sheets) > 1:
        return report.sheet
    # The folders below the one given, as the file is named in the run ("bob/tracker.csv"):
    # a file named for nobody is the client's its folder is named for.
    below = Path(report.file).parent.parts if report.file else ()
    return tracker_client(report.path, client_folder_of(report.path, below)).client


def export_files(
    reports: list[SheetReport],
    exports: Exports,
    as_of: dt.date,
    *,
    dry_run: bool = False,
    digest: bool = False,
    jobs: int | None = 1,
    unread: Sequence[tuple[str, str]] = (),
    unread_paths: Sequence[Path] = (),
    not_updated: Sequence[tuple[str, str]] = (),
) -> tuple[list[str], Digest | None]:
    """Write the exports of a run's reports; their report lines, and the digest when one was
    written or ``digest`` asks for it. Raises ``FollowupError`` when one cannot be written.
    ``jobs``: worker processes for the files (``outputs.write_exports``); ``unread``: (file
    name, why) of the trackers that could not be read, for the digest, and ``unread_paths``
    their paths, whose calendar events are kept as they were; ``not_updated``: (file name,
    why) of those read from their last save but not written, for the digest."""
    from followup_batch.exports import concat_items
    from followup_batch.exports.copies import (
        Tracker,
        repeated_statuses,
        shared_follow_ups,
        without_repeats,
    )
    from followup_batch.exports.outputs import (
        combined_messages,
        messages_told_apart,
        write_exports,
    )

    # Two files of one client that repeat its interviews (a re-download): each follow-up once.
    shared = shared_follow_ups(
        [
            Tracker(str(r.path), r.sheet or "", r.file or r.path.name, r.links)
            for r in reports
            if r.links is not None
        ],
        exports.listed_in(digest=digest),
    )
    for report in reports:  # the run's closing count counts each interview once, too
        if report.links is not None:
            report.repeated = repeated_statuses(
                report.links, str(report.path), report.sheet or "", shared.repeated
            )
    items = concat_items(r.items for r in reports if r.items is not None)
    items = without_repeats(items, shared.repeated)
    messages = combined_messages((r.path, r.sheet, r.messages) for r in reports)
    messages = without_repeats(messages, shared.repeated)
    files = {str(r.path): r.file or r.path.name for r in reports}
    messages, signed = messages_told_apart(messages, files, exports.sender)
    lines, built = write_exports(
        exports,
        items,
        messages,
        as_of,
        dry_run=dry_run,
        digest=digest,
        jobs=jobs,
        unread=unread,
        unread_paths=unread_paths,
        not_updated=not_updated,
        trackers=list(dict.fromkeys((report.path, report.sheet or "") for report in reports)),
        rows=[
            (report.path, report.sheet or "", client, company)
            for report in reports
            if report.links is not None
            for client, company in zip(report.links["client"], report.links["company"], strict=True)
        ],
        addressed=[
            (company, emails if isinstance(emails, list) else [])
            for report in reports
            if report.links is not None
            for company, emails in zip(
                report.links["company"], report.links["addresses"], strict=True
            )
        ],
        # Whose rows each tracker holds: the digest names those with nothing due (ot88 F3),
        # and a tracker with no rows (a header alone, every row blank) as "(no rows)".
        read=[
            *(
                (str(client), str(report.path), report.file or report.path.name)
                for report in reports
                if report.links is not None
                for client in dict.fromkeys(report.links["client"].tolist())
            ),
            *(
                (
                    f"{_whose_empty(report, reports)} (no rows)",
                    str(report.path),
                    report.file or report.path.name,
                )
                for report in reports
                if report.links is not None and not len(report.links)
            ),
        ],
    )
    return [*shared.lines, *signed, *lines], built
