"""Which files are trackers: the paths, folders and globs a command was given, expanded."""

from __future__ import annotations

import errno
import glob
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from followup_batch.errors import FollowupError, WrongArgument
from followup_batch.read.copy_names import notion_twin
from followup_batch.text import first_and_more

TRACKER_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt")
# What a folder scan or a glob picks up: a .txt is read only when named (or globbed as *.txt),
# so the notes.txt a coach keeps beside the trackers does not fail every nightly run.
FOLDER_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv")
# Spreadsheets the tool cannot read. Beside trackers in a folder each gets its own FAILED
# line saying how to save it (a client's old .xls must not go unfollowed in silence, nor a
# flat-XML .fods: fx347); a folder of nothing else is a usage error naming them.
UNREADABLE_SUFFIXES = (".xls", ".xlsb", ".ods", ".fods", ".numbers")

# What a sync client leaves in a folder in place of a client's tracker (ot58 F4): Google
# Drive's link to a sheet that lives online (``Ben Ode.gsheet``, a few bytes of JSON) and
# iCloud's stand-in for a file not downloaded yet (``.Carla Diaz.xlsx.icloud``). A folder scan
# runs them, to fail in a line saying what to do, as an old .xls does; once the tracker itself
# is beside it (downloaded), it is left alone. A Google Docs link (``.gdoc``) is a document,
# as a cover letter is: left alone in a folder, refused in a line when named.
GOOGLE_LINKS = {
    ".gsheet": (
        "{name} is a Google Sheets link, not the sheet: the sheet is in Google Drive online. "
        "Open it, then File > Download > Microsoft Excel (.xlsx) into this folder, and run again"
    ),
    ".gdoc": "{name} is a Google Docs link, a document in Google Drive online, not a tracker",
}
# Every name a folder scan runs, a gone link by one of these fails in its own line as the file
# would (fx79): an old.xls or a Ben Ode.gsheet whose link leads nowhere was passed over in
# silence, and that client with it.
SCANNED_SUFFIXES = FOLDER_SUFFIXES + UNREADABLE_SUFFIXES + (".gsheet",)
ICLOUD_SUFFIX = ".icloud"
NOT_DOWNLOADED = (
    "{name} is iCloud's stand-in for {tracker}, which iCloud has not downloaded yet: open the "
    'folder in Finder (or run brctl download "{tracker}" in it), then run again'
)


LINK_TO_SCANNED_FOLDER = "{path}: not followed, a link to {target}, a folder this scan enters"
LINK_UP = "{path}: not followed, a link to {target}, which holds {folder} (a loop)"
LINK_TO_FOUND_FILE = "{path}: skipped, a link to {target}, which is processed under its own name"
# Two clients' names for one file (``Ann Lee.csv`` and ``Dan Fox.csv`` linked to one tracker):
# it runs once, its drafts signed by the first name; the second client has no tracker run.
SECOND_NAME = "{path}: skipped, it leads to {target}, which runs once, as {first}"
NOT_A_PATH = "{function} takes {what}, not {given}"
A_PATH = "a str or pathlib.Path"


def real_path(path: str | os.PathLike[str]) -> Path:
    """``path`` absolute, its links followed as far as they lead: ``Path.resolve()`` raises
    RuntimeError on a loop of links (``self -> self`` in a synced folder), which a scanned
    file may be; it fails on its own as FAILED (``read.sniff.LINK_LOOP``), and every other
    step that names a file by its real path must not stop the batch over it (ot58 F1)."""
    return Path(os.path.realpath(path))


def path_argument(value: object, function: str, what: str = f"a file's path ({A_PATH})") -> str:
    """A path a library caller passed to ``function``, as written: a str or an os.PathLike, as
    ``open`` takes them. Raises ``WrongArgument`` (a TypeError) naming ``function`` for any
    other kind of value (None, a number, bytes), before anything is read."""
    if isinstance(value, (str, os.PathLike)):
        text = os.fspath(value)
        if isinstance(text, str):
            return text
    from followup_batch.arguments import shown

    raise WrongArgument(NOT_A_PATH.format(function=function, what=what, given=shown(value)))


def path_arguments(values: object, function: str, what: str) -> list[str]:
    """The paths a library caller passed to ``function`` as written (``path_argument``), one
    path alone or any iterable of them (a list, a tuple, a generator); a str is one path, not
    the iterable of its letters, and bytes are no path."""
    if (
        isinstance(values, (str, bytes, os.PathLike, Mapping))
        or not isinstance(values, Iterable)
        or hasattr(values, "columns")  # a DataFrame iterates its column names
    ):
        return [path_argument(values, function, what)]
    return [path_argument(v, function, what) for v in values]


def find_trackers(
    patterns: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    notes: list[str] | None = None,
    names: dict[Path, str] | None = None,
    folders: dict[Path, tuple[str, ...]] | None = None,
) -> Iterator[Path]:
    """Files named directly, tracker files inside folders, and glob matches, in order.

    A folder scan follows links, to files and to folders, wherever they lead (a coach links
    each client's synced folder into one folder to run them all); it runs a file reached twice
    once, under its own name when it has one in the folder, and enters a folder once (a link
    back up to a folder it is scanning is no loop); each link not taken is added to ``notes``.
    ``names`` gets the name a run calls each file by (``shown_name``), complete once every file
    is found; ``folders`` the subfolders each file found in a folder (or by a glob) is in, below
    the one given (``subfolders``). One path or pattern may be given alone, not in a list.
    Raises ``WrongArgument`` at once for a value of another kind (``path_arguments``)."""
    what = f"a path, folder or glob ({A_PATH}), or a list of them"
    given = path_arguments(patterns, "find_trackers", what)
    return _found_trackers(given, notes, names, folders)


def _found_trackers(
    given: list[str],
    notes: list[str] | None,
    names: dict[Path, str] | None,
    folders: dict[Path, tuple[str, ...]] | None,
) -> Iterator[Path]:
    """``find_trackers`` of the paths ``given``, found one after the other."""
    seen: dict[Path, Path] = {}  # each file found, by its real path: the name it runs under
    shown: dict[Path, str] = {}
    for pattern in given:
        path = Path(pattern)
        base = path if path.is_dir() else _glob_base(pattern)
        if path.is_dir():
            said = notes if notes is not None else []
            entries = _walk(path, said)
            candidates = [p for p in entries if _run_by_a_scan(p)]
            if not any(map(_a_tracker_or_its_folder, candidates)):
                raise FollowupError(_no_trackers_in(pattern, path))
            said.extend(_datasets_passed_over(pattern, path, entries))
            inside = sorted(candidates)
            found = _not_digests(inside, said)
            if inside and not any(map(_a_tracker_or_its_folder, found)):
                digests = ", ".join(p.name for p in inside if p not in found)
                raise FollowupError(
                    f"{_no_trackers_in(pattern, path)}; {digests}: this tool's digest, not read"
                )
        elif path.exists() and (owner := lock_file_note(path)):
            found = []  # `run *.xlsx` in a shell passes Excel's ~$ file of an open tracker
            if notes is not None:
                notes.append(owner)
        elif path.exists() or path.is_symlink():
            found = [path]  # a link that leads nowhere fails in its line, saying where it led
        else:
            found = _glob_matches(pattern, notes if notes is not None else [])
        found = _files_before_their_links(found, notes if notes is not None else [], base)
        found = _without_notion_twins(found, given, notes if notes is not None else [])
        for item in found:
            key = real_path(item)  # a loop of links too: it fails on its own
            first = seen.get(key)
            if first is not None and os.path.abspath(first) != os.path.abspath(item):
                said = notes if notes is not None else []
                said.append(SECOND_NAME.format(path=item, target=key, first=first))
            if first is None:
                seen[key] = item
                shown[item] = shown_name(item, base)
                below = subfolders(item, base)
                if folders is not None and below:
                    folders[item] = below
                yield item
    if names is not None:
        names.update(_told_apart(shown))


def shown_name(path: Path, folder: Path | None) -> str:
    """The name a run calls a file by: its path inside the folder (or a glob's folder) it was
    found in, so ``broken/Notes.xlsx`` is not taken for the ``Notes.xlsx`` beside it; a file
    named directly, by its name."""
    if folder is not None and path.is_relative_to(folder):
        return path.relative_to(folder).as_posix()
    return path.name


def subfolders(path: Path, folder: Path | None) -> tuple[str, ...]:
    """The folders between ``folder``, given to the command, and the file ``path`` found in
    it: ``("Ann Lee",)`` for ``clients/Ann Lee/Job Tracker.xlsx`` in ``clients``; none for a
    file named directly (``folder`` None), so the folders above what the user gave
    (``/home/ubuntu``) never say anything about the file."""
    if folder is None or not path.is_relative_to(folder):
        return ()
    return path.relative_to(folder).parts[:-1]


def reason_named(message: str, path: Path) -> str:
    """A file's failure ``message`` for a line that opens with the file's name (the run's
    FAILED line, ``check``'s NOT READ line, the digest's "Trackers not read"), which so names
    it once: the file's bare name heading the message, or a clause of it, is dropped with its
    colon or comma ("Notes.xlsx: no header row ...", 'Notes.xlsx, sheet "Jan": ...', "...;
    read as a CSV: Notes.xlsx: no header row"); as a sentence's subject it becomes "it"
    ("Notes.xlsx is password-protected ..."). So "broken/Notes.xlsx: FAILED — it is
    password-protected ...", "broken/old.xls: FAILED — no header row ..."."""
    own = re.escape(path.name)
    message = re.sub(f"(^|: ){own}[:,] ", r"\1", message)
    return re.sub(f"(^|: ){own} ", r"\1it ", message)


def _run_by_a_scan(path: Path, suffixes: tuple[str, ...] = FOLDER_SUFFIXES) -> bool:
    """What a folder scan, or a glob, runs of what it finds: a file named as a tracker
    (``suffixes``: a glob of ``*.txt`` names a .txt) or as a spreadsheet the tool cannot read,
    a sync client's stand-in for a tracker, a link whose file is gone by any of those names,
    or a link to a client's folder that is gone. The ones that are no tracker each fail in
    their own line, so no client goes unfollowed in silence; lock files, backups, hidden and
    temp files are left alone (``is_tracker_file``)."""
    return (
        is_tracker_file(path, suffixes + UNREADABLE_SUFFIXES)
        or _a_stand_in(path)
        or no_file_named(path, suffixes + SCANNED_SUFFIXES)
        or no_folder_left(path)
    )


def _glob_matches(pattern: str, notes: list[str]) -> list[Path]:
    """What a glob runs (``_run_by_a_scan``), as a folder scan would of the same files (fx91:
    an old .xls, an .ods, a gone link to one, and a gone client's folder the wildcard passes
    were passed over in silence): the files it matches and the gone folders on its way,
    less the tool's digests (noted). A glob that matches nothing, or nothing but spreadsheets
    the tool cannot read or its digests, is an error, as such a folder is."""
    named = TRACKER_SUFFIXES if pattern.lower().endswith(".txt") else FOLDER_SUFFIXES
    matches = {Path(p) for p in glob.glob(pattern, recursive=True)}
    candidates = sorted(
        p for p in matches | _gone_folders_passed(pattern) if _run_by_a_scan(p, named)
    )
    if not candidates:
        raise FollowupError(f"{pattern}: {_nothing_at(pattern)}")
    found = _not_digests(candidates, notes)
    if not any(_a_tracker_or_its_folder(p, named) for p in found):
        message = f"{pattern}: matches no trackers (.xlsx, .xlsm, .csv or .tsv files)"
        digests = ", ".join(p.name for p in candidates if p not in found)
        unread = sorted({p.suffix.lower() for p in found})
        if digests:
            message += f"; {digests}: this tool's digest, not read"
        if unread:
            kinds = ", ".join(unread)
            message += f"; the {kinds} files it matches are not read: save them as .xlsx"
        raise FollowupError(message)
    return found


def _gone_folders_passed(pattern: str) -> set[Path]:
    """The links to a client's folder that is gone (``no_folder_left``) which a glob's
    wildcard passes on its way: ``clients/*/tracker.xlsx`` over ``clients/Bob ->
    /Dropbox/Bob``, no longer shared, found nothing in Bob without a word. Each is run, to
    fail in its own line, as a folder scan's is."""
    parts = Path(pattern).parts
    first = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))
    return {
        Path(p)
        for end in range(first + 1, len(parts))
        for p in glob.glob(str(Path(*parts[:end])), recursive=True)
        # Past the glob's fixed folders: a gone one of those is an error (``_nothing_at``),
        # and ``clients/gone/**`` also matches ``clients/gone`` itself.
        if len(Path(p).parts) > first and no_folder_left(Path(p))
    }


def _a_tracker_or_its_folder(path: Path, suffixes: tuple[str, ...] = FOLDER_SUFFIXES) -> bool:
    """A folder's file that makes it a folder of trackers: one named as a tracker, or a link
    to a client's folder that is gone, or a sync client's stand-in for a tracker (each fails
    in its own line, not as "no trackers")."""
    return (
        path.suffix.lower() in suffixes
        or no_file_named(path, SCANNED_SUFFIXES)
        or no_folder_left(path)
        or _a_stand_in(path)
    )


# What a path or glob that names nothing is refused with, after its name.
NOTHING_THERE = "no such file, folder or matching files"


def _nothing_at(pattern: str) -> str:
    """Why a path or glob that is no file or folder gives nothing: a folder on its way that is
    a link leading nowhere (``gone/*.xlsx``, ``gone -> /Dropbox/Ann``, a client's synced folder
    no longer shared) said as a folder scan says that link (``sniff.BROKEN_LINK``), or a loop
    of links; else that nothing is there."""
    from followup_batch.read.sniff import BROKEN_LINK, LINK_LOOP

    parts = Path(pattern).parts
    for end in range(1, len(parts)):
        if glob.has_magic(parts[end - 1]):
            break
        folder = Path(*parts[:end])
        if folder.is_symlink() and not folder.exists():
            target = os.readlink(folder)
            try:
                folder.stat()
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    return LINK_LOOP.format(name=folder, target=target)
            return BROKEN_LINK.format(name=folder, target=target, what="client's folder")
    return NOTHING_THERE


def _glob_base(pattern: str) -> Path | None:
    """The folder a glob searches from (``clients/**/*.xlsx``: ``clients``); None for a path."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if glob.has_magic(part)), None)
    if fixed is None:
        return None
    return Path(*parts[:fixed]) if fixed else Path()


def _told_apart(shown: dict[Path, str]) -> dict[Path, str]:
    """``shown`` with the files that would share a name (``a/Notes.xlsx`` and ``b/Notes.xlsx``
    named directly, or found in two folders) called by their paths as given instead."""
    count = Counter(shown.values())
    return {path: name if count[name] == 1 else str(path) for path, name in shown.items()}


def _not_digests(found: list[Path], notes: list[str]) -> list[Path]:
    """A folder's files less the digest workbooks this tool wrote there (``run FOLDER
    --digest FOLDER/digest.xlsx`` read it back as a tracker on the next night, and every
    follow-up was counted twice, then three times)."""
    from followup_batch.read.sniff import tool_digest

    kept = []
    for path in found:
        if path.suffix.lower() in (".xlsx", ".xlsm") and path.is_file() and tool_digest(path):
            notes.append(f"{path}: a digest this tool wrote, not a tracker: skipped")
        else:
            kept.append(path)
    return kept


def _without_notion_twins(found: list[Path], given: list[str], notes: list[str]) -> list[Path]:
    """``found`` less each Notion export whose "…_all" twin (the same rows, with every
    property) is read too, in ``found`` or named in ``given``: each follow-up was listed
    twice, once per file."""
    read = {Path(os.path.abspath(p)) for p in [*map(str, found), *given]}
    kept = []
    for path in found:
        twin = notion_twin(path)
        if twin != path and Path(os.path.abspath(twin)) in read and twin.is_file():
            header = _header(path)
            same = header is not None and header == _header(twin)
            what = "the same rows and columns" if same else "the same rows, fewer columns"
            notes.append(
                f"{path}: skipped, Notion's duplicate of {twin.name} ({what}): that one is read"
            )
        else:
            kept.append(path)
    return kept


def _header(path: Path) -> list[str] | None:
    """The first line of a CSV file, its cells (a Notion export's header row); None when it
    cannot be read."""
    import csv

    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as file:
            return next(csv.reader(file), [])
    except (OSError, csv.Error):
        return None


def _datasets_passed_over(pattern: str, folder: Path, entries: list[Path]) -> list[str]:
    """The note of a folder of trackers that holds Parquet files too, which a tracker run
    does not read: named, with the command that reads them (ot110 F3: an export folder with
    a stray workbook ran the workbook alone, its Parquet rows left out unsaid, exit 0)."""
    from followup_batch.read.sniff import RUN_AS_DATASET

    parquet = [p for p in entries if p.suffix.lower() == ".parquet" and p.is_file()]
    if not parquet:
        return []
    names = first_and_more([p.relative_to(folder).as_posix() for p in parquet])
    return [
        f"{pattern}: passed over {names}: Parquet files, a dataset, not trackers. {RUN_AS_DATASET}"
    ]


def _no_trackers_in(pattern: str, folder: Path) -> str:
    """Why a folder gives nothing to do (a nightly job pointed at the wrong folder must not
    succeed in silence), naming the spreadsheets it has that are not read; of a folder of
    Parquet files, that it is a dataset and how to run it, as of one such file."""
    from followup_batch.read.sniff import RUN_AS_DATASET, numbers_refused

    # A Numbers document saved as a package is a folder ("Jobs.numbers/Index/*.iwa").
    if folder.suffix.lower() == ".numbers" or any((folder / "Index").glob("*.iwa")):
        return numbers_refused(folder)
    if any(p.suffix.lower() == ".parquet" and p.is_file() for p in folder.rglob("*")):
        return f"{pattern}: a folder of Parquet files, a dataset, not trackers. {RUN_AS_DATASET}"
    message = f"{pattern}: a folder without trackers (.xlsx, .xlsm, .csv or .tsv files)"
    others = sorted(
        {
            p.suffix.lower()
            for p in folder.rglob("*")
            if p.suffix.lower() in UNREADABLE_SUFFIXES and p.is_file()
        }
    )
    if others:
        message += f"; its {', '.join(others)} files are not read: save them as .xlsx"
    return message


def _files_before_their_links(
    found: list[Path], notes: list[str], base: Path | None = None
) -> list[Path]:
    """``found`` less each link to a file found as well (a folder holding ``Ann.xlsx`` and
    ``link.xlsx -> Ann.xlsx``, or ``Ann/t.xlsx`` and ``link -> Ann``): the file is processed
    once, under its own name, not under whichever name sorts first; each skip is added to
    ``notes``. ``base``: the folder they were found in, whose links below it count."""
    linked = {path: _via_link(path, base) for path in found}
    files = {real_path(path): path for path in found if not linked[path]}
    kept = []
    for path in found:
        target = files.get(real_path(path)) if linked[path] else None
        if target is None:
            kept.append(path)
        else:
            notes.append(LINK_TO_FOUND_FILE.format(path=path, target=target))
    return kept


def _via_link(path: Path, base: Path | None) -> bool:
    """``path`` is reached through a link: it is one, or a folder it is in below ``base`` is."""
    if not path.is_symlink() and base is not None and path.is_relative_to(base):
        return any(
            (base / Path(*path.relative_to(base).parts[:i])).is_symlink()
            for i in range(1, len(path.relative_to(base).parts))
        )
    return path.is_symlink()


def _walk(folder: Path, notes: list[str]) -> list[Path]:
    """Everything in ``folder`` and the folders below it, links to folders followed (a
    client's synced folder linked into the coach's), hidden folders not entered. Each folder is
    entered once, its own path before a link's: a link to a folder the scan has entered or
    will enter, or to one holding ``folder`` (``loop -> ..``), is not followed, with a note."""
    root = real_path(folder)
    entered: set[Path] = set()
    links: list[Path] = []
    found: list[Path] = []

    def enter(here: Path) -> None:
        entered.add(real_path(here))
        try:
            inside = sorted(here.iterdir())
        except OSError:  # unreadable: its trackers are not found, as a glob finds none
            return
        for entry in inside:
            found.append(entry)
            if entry.name.startswith(".") or not entry.is_dir():
                continue
            if entry.is_symlink():
                links.append(entry)
            elif real_path(entry) not in entered:
                enter(entry)

    enter(folder)
    while links:  # after the folder's own: a link to a subfolder leaves it its own names
        link = links.pop(0)
        target = real_path(link)
        if root.is_relative_to(target):
            notes.append(LINK_UP.format(path=link, target=target, folder=folder))
        elif target in entered:
            notes.append(LINK_TO_SCANNED_FOLDER.format(path=link, target=target))
        else:
            enter(link)
    return found


LOCK_FILE = "{path}: skipped, {program}'s lock file{of}, not a tracker"


def lock_file_note(path: Path) -> str:
    """What to say of ``path`` named directly when it is Excel's owner file (``~$t.xlsx``) or
    LibreOffice's lock file (``.~lock.t.xlsx#``) of a tracker that is open, as ``run *.xlsx``
    in a shell names it; '' for any other file. A folder scan passes them over in silence
    (``is_tracker_file``); the tracker itself is skipped as open (``write.locks``)."""
    name = path.name
    if name.startswith("~$"):
        program, workbook = "Excel", name[2:]
    elif name.startswith(".~lock.") and name.endswith("#"):
        program, workbook = "LibreOffice", name[len(".~lock.") : -1]
    else:
        return ""
    of = f" for {workbook}" if (path.parent / workbook).is_file() else ""
    return LOCK_FILE.format(path=path, program=program, of=of)


def placeholder_reason(path: Path) -> str:
    """Why ``path`` is no tracker but a sync client's stand-in for one (``GOOGLE_LINKS``, an
    iCloud file not downloaded); '' for any other file."""
    link = GOOGLE_LINKS.get(path.suffix.lower())
    if link is not None:
        return link.format(name=path.name)
    tracker = _icloud_tracker(path.name)
    if tracker:
        return NOT_DOWNLOADED.format(name=path.name, tracker=tracker)
    return ""


def _icloud_tracker(name: str) -> str:
    """The tracker's name an iCloud stand-in is named for (``.Ann.xlsx.icloud``: ``Ann.xlsx``);
    '' for another name, or a stand-in for a file of another kind (``.photo.jpg.icloud``)."""
    if not (name.startswith(".") and name.lower().endswith(ICLOUD_SUFFIX)):
        return ""
    tracker = name[1 : -len(ICLOUD_SUFFIX)]
    return tracker if _named_like_a_tracker(Path(tracker), FOLDER_SUFFIXES) else ""


def _a_stand_in(path: Path) -> bool:
    """A sync client's stand-in for a tracker in a scanned folder whose tracker is not beside
    it: a Google Sheets link (not one to a document) or an iCloud file not downloaded."""
    if not path.is_file() or path.name.startswith(("~$", "._")):
        return False
    if path.suffix.lower() == ".gsheet" and not path.name.startswith("."):
        return not any(path.with_suffix(s).is_file() for s in FOLDER_SUFFIXES)
    tracker = _icloud_tracker(path.name)
    return bool(tracker) and not (path.parent / tracker).exists()


def is_tracker_file(path: Path, suffixes: tuple[str, ...] = FOLDER_SUFFIXES) -> bool:
    """A tracker candidate in a folder: skips lock files, backups, hidden and temp files."""
    return path.is_file() and _named_like_a_tracker(path, suffixes)


def no_file_named(path: Path, suffixes: tuple[str, ...] = FOLDER_SUFFIXES) -> bool:
    """A name a folder scan or a glob finds as a tracker's (``is_tracker_file``) on no file
    to read: a link whose file is gone (a client's tracker moved, renamed or no longer
    shared), a named pipe, a device. It is run as a tracker, to fail in its own line
    (``sniff.require_tracker_file``, which opens nothing: a pipe would wait for ever), so a
    client is not lost in silence, as none is when the file is named."""
    if not _named_like_a_tracker(path, suffixes):
        return False
    if path.is_symlink() and not path.exists():
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def no_folder_left(path: Path) -> bool:
    """A link in a scanned folder whose target is gone and whose name is a folder's, not a
    file's: no suffix (``Tom -> /gone/Tom``, a client's synced folder no longer shared) or one
    no file type has (``Ann B. Lee``, ``Tom.Baker``). Its trackers cannot be found, so it is run
    as a tracker, to fail in its own line, as a gone link named like a tracker does
    (``no_file_named``); a link named as another kind of file (``notes.txt``) is no tracker,
    gone or not. Hidden names, lock files and backups are left alone."""
    return (
        path.is_symlink()
        and not path.exists()
        and _named_like_a_folder(path.name)
        and not path.name.startswith(("~$", ".", "~"))
    )


def _named_like_a_folder(name: str) -> bool:
    """No suffix, or a "suffix" that is part of a person's name: with a space (``Ann B. Lee``)
    or a capitalised word (``Tom.Baker``); ``.txt``, ``.TXT`` and ``.jpeg`` are file types."""
    suffix = Path(name).suffix[1:]
    return not suffix or " " in suffix or (suffix.istitle() and not suffix.isupper())


def _named_like_a_tracker(path: Path, suffixes: tuple[str, ...]) -> bool:
    """Lock files, backups, hidden and temp files are no trackers, whatever their suffix."""
    name = path.name
    return (
        path.suffix.lower() in suffixes
        and not name.startswith(("~$", ".", "~"))
        and ".bak" not in name
        and not name.endswith(".tmp")
    )
