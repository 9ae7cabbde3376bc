"""Replace a file atomically, with a backup: the worst failure is losing user data.

``replace_atomically`` writes beside the target, verifies, keeps a backup and swaps the new
file in with one ``os.replace``, so a crash leaves either the old file or the new one.
``resolve_target`` says which file that is (a symlink's real file) and refuses hard-linked and
read-only ones; ``fingerprint`` tells whether someone saved the file since it was read.
``checkpoint`` names the stages of a write for the test that kills a write at each of them.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import filecmp
import hashlib
import os
import re
import secrets
import shutil
import signal
import stat
import time
import xml.parsers.expat
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from followup_batch.errors import ChangedMeanwhile, NotReplaceable, ReadOnlyFile, UnsafeWrite
from followup_batch.read.package import xml_parser
from followup_batch.read.sniff import special_file

# ---------------------------------------------------------------------------------------------
# Test hook: named stages of a write

KILL_AT_ENV = "FOLLOWUP_BATCH_KILL_AT"


def checkpoint(stage: str) -> None:
    """A named stage of a write. The kill test sets ``FOLLOWUP_BATCH_KILL_AT`` to a stage
    name so the process dies there (SIGKILL: no clean-up runs) and checks the original file."""
    wanted = os.environ.get(KILL_AT_ENV)
    if wanted and stage in wanted.split(","):
        os.kill(os.getpid(), signal.SIGKILL)


# ---------------------------------------------------------------------------------------------
# Atomic replace with backup

BACKUP_DIR = ".followup-backups"
BACKUPS_KEPT = 5
TEMP_PREFIX = ".followup-tmp-"
# The longest file name: 255 bytes on ext4 and APFS, 255 UTF-16 units on NTFS (never more
# than the UTF-8 bytes). A tracker's own name may be that long; the names the tool makes from
# it (temporary, lock, backup and last-run files) add to it, so they are shortened to fit.
NAME_MAX = 255
# What a temporary name adds: the prefix, a process id (up to 10 digits), a token, ".tmp".
TEMP_ROOM = NAME_MAX - len(f"{TEMP_PREFIX}{'9' * 10}-01234567-.tmp")


def fitting_name(name: str, room: int) -> str:
    """``name`` when it takes at most ``room`` bytes (UTF-8), else as much of its start as fits
    with "~" and 8 hex digits of its hash ("Maya Chen xxx…x~1a2b3c4d"): still recognisable,
    the same on every run, and different for two long names that begin alike."""
    encoded = name.encode("utf-8", "surrogateescape")
    if len(encoded) <= room:
        return name
    tag = "~" + hashlib.sha256(encoded).hexdigest()[:8]
    head = name[: room - len(tag)]  # a character takes at least a byte
    while len(head.encode("utf-8", "surrogateescape")) > room - len(tag):
        head = head[:-1]
    return head + tag


def temp_name(name: str) -> str:
    """The name of a new temporary file for ``name``: this process's id (a later run tells a
    killed run's leftovers by it), a random token, and ``name`` shortened to fit."""
    token = f"{os.getpid()}-{secrets.token_hex(4)}"
    return f"{TEMP_PREFIX}{token}-{fitting_name(name, TEMP_ROOM)}.tmp"


HARD_LINKED = (
    "{name} has {links} hard links (other names for the same file); replacing it would split "
    "them, leaving the other names with the old version. Write to a copy with --output, or "
    "remove the extra links, then run again"
)


@dataclass(frozen=True)
class Fingerprint:
    """What says a file is still the version that was read: identity, size, time, content."""

    inode: int
    size: int
    mtime_ns: int
    sha256: str


def fingerprint(path: Path) -> Fingerprint | None:
    try:
        info = path.stat()
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except FileNotFoundError:
        return None
    return Fingerprint(info.st_ino, info.st_size, info.st_mtime_ns, digest.hexdigest())


def replaces(target: Path, source: Path) -> bool:
    """Whether writing ``target`` replaces the file ``source`` was read from: a write in place,
    whose ``expected`` fingerprint guards a save made meanwhile. Both are compared by their
    real paths, however each is spelled (relative to the current folder, with ``..``, through
    a linked folder or a link to the file): the real path compared with the name as typed took
    ``run Dee.csv`` for a write elsewhere, whose check began only at the write, and a save
    made during the run was overwritten (ot84 F1). By name, not by inode: a save by rename
    gives the file a new inode, and it is still the file that was read."""
    return os.path.realpath(source) == os.path.realpath(target)


READ_ONLY = (
    "{name} is read-only; nothing was written. Make it writable to let followup-batch update "
    "it, or write the result elsewhere with --output"
)


def resolve_target(path: Path, *, read_only: bool = False) -> Path:
    """The file to replace for ``path``: a symlink's real file (the link itself stays a link,
    pointing at the updated file). Refuses (UnsafeWrite) a file with other hard links, and a
    read-only file (``read_only_error``), unless ``read_only``: a write that would change
    nothing is no write, so a file marked read-only that holds the result already passes."""
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # a loop of links: not RuntimeError
    try:
        info = path.stat()
    except FileNotFoundError:
        return path
    if (kind := special_file(info.st_mode)) is not None:  # reading it would never end
        raise UnsafeWrite(
            f"{path.name} is {kind}; nothing was written. Write to a file (a new name, or an "
            "existing file to replace)"
        )
    if info.st_nlink > 1:
        raise NotReplaceable(HARD_LINKED.format(name=path.name, links=info.st_nlink))
    if not read_only and (refused := read_only_error(path)) is not None:
        raise refused
    return path


def read_only_error(path: Path) -> ReadOnlyFile | None:
    """The refusal of a read-only ``path`` (a link's real file): one this user may not write,
    or with no write permission for anyone (so root, who may write anything, still leaves a
    file marked read-only alone). None when it may be written, or does not exist."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError:
        return None
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
        path, os.W_OK
    ):
        return ReadOnlyFile(READ_ONLY.format(name=Path(os.path.realpath(path)).name))
    return None


def backup_refusal(path: Path) -> NotReplaceable | None:
    """The refusal a write in place meets keeping ``path``'s backup in a backup folder that
    takes no new file (no permission, a read-only disk) or cannot be made (a file or a broken
    link holds its name), foreseen without writing there, for a dry run and ``check`` to say
    it in the run's words; None when it may be written."""
    folder = Path(path).parent / BACKUP_DIR
    if _not_a_folder(folder) is not None:  # the dry run said it kept a backup there (fx303)
        exists = OSError(errno.EEXIST, os.strerror(errno.EEXIST), str(folder))
        return NotReplaceable(_backup_failed(Path(path), folder, exists))
    try:
        if not folder.is_dir() or os.access(folder, os.W_OK | os.X_OK):
            return None
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return None
    code = errno.EROFS if read_only else errno.EACCES
    error = OSError(code, os.strerror(code), str(folder))
    return NotReplaceable(_backup_failed(Path(path), folder, error))


class Replaced(NamedTuple):
    """What ``replace_atomically`` did: whether the target was replaced (False: the output
    was the same as the file, discarded), and the backup kept of the version before, if any."""

    written: bool
    backup: Path | None


def replace_atomically(
    target: Path,
    data_writer: Callable[[Path], object],
    *,
    backup: bool,
    verify: Callable[[Path], None] | None = None,
    backups_kept: int = BACKUPS_KEPT,
    expected: Fingerprint | None = None,
    watch: Mapping[Path, Fingerprint | None] | None = None,
    skip_unchanged: bool = False,
    same: Callable[[Path, Path], bool] | None = None,
    refuse_change: Exception | None = None,
) -> Replaced:
    """Write ``target`` through a temporary file so the original is never half-written.

    ``data_writer`` writes the complete new file at the path it is given: a temporary file in
    the target's folder (same file system, so the final ``os.replace`` is atomic). The temporary
    file is flushed to disk, checked (``verify``, by default ``verify_written``: an xlsx must
    open as a zip whose workbook and sheets parse), given the original's permission bits, and
    only then swapped in; the folder is fsynced so the rename survives a power cut. On any
    failure the temporary file is removed and the original is untouched. A symlinked target is
    followed (the real file is replaced, the link kept); a hard-linked one is refused.

    Backups: with ``backup`` and an existing target, the previous version is copied to
    ``<folder>/.followup-backups/<stem>.<YYYYmmdd-HHMMSS-ffffff><suffix>`` first; the newest
    ``backups_kept`` per file are kept. A hidden folder (not ``x.bak.xlsx`` beside it) so a run
    over the folder never mistakes a backup for a tracker. Returns whether the target was
    replaced and the backup path, if any (``Replaced``).

    Raises UnsafeWrite when the target changed on disk — size, time or content — since
    ``expected`` (the caller's fingerprint from when it read the file) or since this call
    began: someone saved it meanwhile, their save wins. ``watch``: the files the output is
    made from, each with its version as read (None: as it is when this call begins), when the
    target is another file (``--output``): one saved since is refused too
    (``CHANGED_SOURCE``), as the output would be made from the version before that save.
    With ``skip_unchanged`` an output identical to the target is discarded (no backup), before
    ``verify``: it replaces nothing, so there is nothing to guard;
    ``same(new, old)`` says what identical means when not the same bytes. ``refuse_change``
    (the target is open in Excel, say) is raised instead of replacing the target with an output
    that differs from it: only an identical output, discarded, passes.
    """
    target = resolve_target(Path(target), read_only=refuse_change is not None)
    before = expected if expected is not None else fingerprint(target)
    watched = {
        Path(p): version if version is not None else fingerprint(Path(p))
        for p, version in (watch or {}).items()
    }
    remove_stale_temps(target)
    temp = _new_temp_path(target)
    unchanged = same or (lambda new, old: filecmp.cmp(new, old, shallow=False))
    try:
        checkpoint("temp-created")
        try:
            data_writer(temp)
            checkpoint("temp-written")
            _fsync_file(temp)
            checkpoint("temp-synced")
            # An output identical to the target is discarded, never swapped in: checking that
            # it reads back would guard a replacement that does not happen (a re-run of a
            # 100,000-row tracker: 1.6 CPU s parsing its 238 MB sheet again, for nothing).
            identical = (
                (skip_unchanged or refuse_change is not None)
                and _stat(target) is not None
                and unchanged(temp, target)
            )
            if not identical:
                (verify or verify_written)(temp)
        except Exception:
            # Made from, or checked against, a tracker someone saved meanwhile (cut short, or
            # no zip any more while it was read): say what happened, not what broke.
            if fingerprint(target) != before:
                raise ChangedMeanwhile(CHANGED_MEANWHILE.format(name=target.name)) from None
            try:
                source_changed(watched, target)
            except ChangedMeanwhile as exc:
                raise exc from None
            raise
        current = _stat(target)
        if current is not None:
            keep_owner(temp, current)
            keep_extended_attributes(temp, target)
            os.chmod(temp, stat.S_IMODE(current.st_mode))
        checkpoint("verified")
        if fingerprint(target) != before:
            raise ChangedMeanwhile(CHANGED_MEANWHILE.format(name=target.name))
        source_changed(watched, target)
        if identical:
            temp.unlink()
            return Replaced(written=False, backup=None)
        if refuse_change is not None:
            raise refuse_change
        saved = _keep_backup(target, backups_kept) if backup and current is not None else None
        checkpoint("backup-kept")
        if saved is not None and before is not None and _stat_changed(target, before):
            # Saved while the backup was copied (and synced: seconds on a slow disk): the
            # check above came too early for it. Its backup goes too: nothing was written.
            _withdraw_backup(saved)
            raise ChangedMeanwhile(CHANGED_MEANWHILE.format(name=target.name))
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    checkpoint("replaced")
    _fsync_dir(target.parent)
    return Replaced(written=True, backup=saved)


CHANGED_MEANWHILE = (
    "{name} changed while being processed (saved by someone or something else); that version "
    "was kept and nothing was written. Run again"
)
# The tracker read for an output written elsewhere (``--output``), saved since it was read:
# the output would be made from the version before that save (ot84/ot85).
CHANGED_SOURCE = (
    "{name} changed while being processed (saved by someone or something else): it was saved "
    "after the run read it, so {output} was not written, as it would have been made from the "
    "version before that save. Run again"
)


def source_changed(watched: Mapping[Path, Fingerprint | None], output: Path) -> None:
    """Raise ``ChangedMeanwhile`` (``CHANGED_SOURCE``) when a file ``output`` is made from is
    no longer the version read (``watched``: each file and its version as read)."""
    for path, version in watched.items():
        if fingerprint(Path(path)) != version:
            raise ChangedMeanwhile(CHANGED_SOURCE.format(name=Path(path).name, output=output))


def keep_owner(path: Path, like: os.stat_result) -> None:
    """Give ``path`` the owner and group of ``like`` (the file it replaces or backs up): a
    nightly job running as root must not leave a user's tracker owned by root, unreadable to
    them. A user who is not root cannot give a file away; the group is kept when they may."""
    now = path.stat()
    if (now.st_uid, now.st_gid) == (like.st_uid, like.st_gid) or not hasattr(os, "chown"):
        return
    try:
        os.chown(path, like.st_uid, like.st_gid)
    except PermissionError:
        if os.geteuid() == 0:
            raise
        with contextlib.suppress(PermissionError):
            os.chown(path, -1, like.st_gid)


# What cannot be copied is left, as ``cp --preserve=all`` leaves it: an attribute of the
# kernel's (security.*, trusted.*) a user may not set, or a file system without them.
_XATTR_NOT_COPIED = (errno.EPERM, errno.EACCES, errno.ENOTSUP, errno.ENODATA, errno.EINVAL)


def keep_extended_attributes(path: Path, like: Path) -> None:
    """Give ``path`` the extended attributes of ``like``, the file it replaces, and none it
    has not (a folder's default ACL the new file inherited): its POSIX ACL
    (``system.posix_acl_access``: the assistant or Samba user who may also save the tracker)
    and ``user.*`` tags. A rename swaps in a new file, which has none of them. Linux only
    (Python reads extended attributes nowhere else)."""
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(like)
        inherited = os.listxattr(path)
    except OSError as error:
        if error.errno in _XATTR_NOT_COPIED:
            return
        raise
    # What the new file got and the old one had not: the folder's default ACL, which would
    # open a tracker of mode 600 to the people the folder lets in.
    for name in set(inherited) - set(names):
        try:
            os.removexattr(path, name)
        except OSError as error:
            if error.errno not in _XATTR_NOT_COPIED:
                raise
    for name in names:
        try:
            os.setxattr(path, name, os.getxattr(like, name))
        except OSError as error:
            if error.errno not in _XATTR_NOT_COPIED:
                raise


def _stat_changed(path: Path, before: Fingerprint) -> bool:
    """Whether ``path`` is no longer the file ``before`` describes, told by its identity, size
    and time alone (no second read of its content): renamed over, written or gone."""
    now = _stat(path)
    return now is None or (now.st_ino, now.st_size, now.st_mtime_ns) != (
        before.inode,
        before.size,
        before.mtime_ns,
    )


def _withdraw_backup(saved: Path) -> None:
    """Remove the backup ``saved`` of a write that did not happen, and its folder when that
    is left empty (a first run's)."""
    with contextlib.suppress(OSError):
        saved.unlink()
    with contextlib.suppress(OSError):
        saved.parent.rmdir()  # only when empty


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None


def _new_temp_path(target: Path) -> Path:
    # Created empty with O_EXCL so two runs never share it; mode 0o666 lets the umask apply,
    # as for any new file the user creates. The process id in the name lets a later run tell
    # a temporary file left by a killed run from one being written right now.
    while True:
        temp = target.with_name(temp_name(target.name))
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return temp


def remove_stale_temps(target: Path, pattern: str | None = None) -> list[Path]:
    """Remove the temporary files of this target (or matching ``pattern``, in its folder) left
    by a run that was killed (its process is gone). Returns those removed, for the run to say
    so: sync clients and Windows Explorer show them (ot129 F1)."""
    found_by = re.compile(
        pattern
        or re.escape(TEMP_PREFIX)
        + r"(\d+)-[0-9a-f]{8}-"
        + re.escape(fitting_name(target.name, TEMP_ROOM))
        + r"\.tmp$"
    )
    removed = []
    with contextlib.suppress(OSError):
        for path in target.parent.iterdir():
            found = found_by.match(path.name)
            if found and not process_alive(int(found.group(1))):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (this one does; another user's is taken to)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _keep_backup(target: Path, kept: int = BACKUPS_KEPT) -> Path:
    """Copy ``target`` into the backup folder: to a temporary name first, renamed when whole,
    so a full disk never leaves a truncated backup counted among the kept ones."""
    folder = target.parent / BACKUP_DIR
    # UTC: names in local time sorted a nightly UTC cron job's backups after a person's
    # local-time run, or an hour back after a daylight-saving change, and the pruning by name
    # then removed the backup just made.
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S-%f")
    saved = folder / f"{_backup_stem(target)}.{stamp}{target.suffix}"
    partial = folder / temp_name(saved.name)
    made_folder = not folder.exists()
    try:
        folder.mkdir(exist_ok=True)
        remove_stale_temps(saved, pattern=re.escape(TEMP_PREFIX) + r"(\d+)-[0-9a-f]{8}-.*\.tmp$")
        shutil.copy2(target, partial)
        keep_owner(partial, target.stat())
        keep_extended_attributes(partial, target)  # the tracker's ACL, not the folder's
        os.chmod(partial, stat.S_IMODE(target.stat().st_mode))
        _fsync_file(partial)
        os.replace(partial, saved)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        if made_folder:  # a failed first run leaves no empty backup folder behind
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty: another run may have put a backup there
        raise UnsafeWrite(_backup_failed(target, folder, error)) from error
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    _prune_backups(folder, target, kept, made=saved)
    return saved


def _backup_stem(target: Path) -> str:
    """The start of the names of ``target``'s backups: its stem, shortened so that the stamp
    (".YYYYmmdd-HHMMSS-ffffff") and its suffix fit."""
    room = NAME_MAX - len(".20261116-000000-000000") - len(target.suffix.encode("utf-8"))
    return fitting_name(target.stem, room)


def _backup_failed(target: Path, folder: Path, error: OSError) -> str:
    from followup_batch.errors import DISK_ERRORS, DISK_FULL, mount_point

    if (what := _not_a_folder(folder)) is not None:
        return (
            f"{target.name}: its backup could not be written: {folder} is {what}. Nothing was "
            f"written and the file is as it was; remove {folder.name} (or make it a folder, or "
            "a link to one), then run again"
        )
    code = errno.errorcode.get(error.errno or 0, "")
    fix = "free some space (or fix the folder)"
    if code in DISK_FULL:  # full, or the quota used up
        reason = DISK_ERRORS[code].format(folder=folder) + mount_point(target.parent)
    elif code in ("EACCES", "EPERM"):  # not "free some space": no space is missing (fx79)
        reason, fix = f"no permission to write in {folder}", "check that folder's permissions"
    elif code == "EROFS":
        reason, fix = f"{folder} is on a read-only disk", "write the result elsewhere (--output)"
    else:
        reason = f"{error.strerror} ({folder})"
    return (
        f"{target.name}: its backup could not be written: {reason}. Nothing was written and "
        f"the file is as it was; {fix}, then run again"
    )


def _not_a_folder(folder: Path) -> str | None:
    """What the backup folder's name holds when that is no folder: a link to something
    missing, a link to a file or a device, a file. A broken link said "File exists ...; free
    some space" (ot43 F8). None when it is a folder (or a link to one), or cannot be told."""
    try:
        if folder.is_symlink():
            to = os.readlink(folder)
            if not folder.exists():
                return f"a link to {to}, which does not exist"
            if not folder.is_dir():
                return f"a link to {to}, which is not a folder"
            return None
        if folder.exists() and not folder.is_dir():
            return "a file, not a folder"
    except OSError:
        pass
    return None


def _backup_name(target: Path) -> Callable[[str], re.Match[str] | None]:
    """What tells the names of ``target``'s backups (group 1: the stamp): those of its
    extension in another case too ("Zoe Park.XLSX" renamed from "Zoe Park.xlsx", as Windows, a
    sync client or Save As do) while no other file of that spelling is beside it, as its
    record is carried over (``rerun.carry_over_record``): one tracker's backups, pruned as
    one (report ot116, F2: five of each spelling were kept, and a newer one pruned first)."""
    pattern = re.compile(
        re.escape(_backup_stem(target))
        + r"\.(\d{8}-\d{6}-\d{6})((?i:"
        + re.escape(target.suffix)
        + "))$"
    )
    others: dict[str, bool] = {}  # spelling -> another file of that name is beside it

    def match(name: str) -> re.Match[str] | None:
        found = pattern.match(name)
        if found is None or found[2] == target.suffix:
            return found
        if found[2] not in others:
            others[found[2]] = _another_file(target.with_suffix(found[2]), target)
        return None if others[found[2]] else found

    return match


def _another_file(other: Path, target: Path) -> bool:
    """Whether ``other`` is a file beside ``target`` and not ``target`` itself (on a disk that
    does not tell case apart, "t.XLSX" is "t.xlsx")."""
    try:
        return other.exists() and not other.samefile(target)
    except OSError:
        return other.exists()


def has_backups(target: Path) -> bool:
    """Whether the backup folder beside ``target`` holds a backup of it: the tool ran on it."""
    match = _backup_name(target)
    with contextlib.suppress(OSError):
        return any(match(p.name) for p in (target.parent / BACKUP_DIR).iterdir())
    return False


def backups_of(target: Path) -> list[Path]:
    """``target``'s backups in the backup folder beside it, oldest first (none when the
    folder cannot be read)."""
    with contextlib.suppress(OSError):
        return _backups_oldest_first(target.parent / BACKUP_DIR, target)
    return []


def rename_backups(was: Path, target: Path) -> int:
    """Give the backups of ``was`` (a tracker renamed ``target``, ``rerun.carry_over_record``)
    ``target``'s name, each keeping its stamp: they are its own, pruned as its five and named
    when it fails. Returns how many were renamed; one that cannot be is left as it was."""
    moved = 0
    for backup in backups_of(was):
        stamp = backup.name[len(_backup_stem(was)) :]  # ".20261120-063000-123456.xlsx"
        with contextlib.suppress(OSError):
            backup.rename(backup.with_name(_backup_stem(target) + stamp))
            moved += 1
    return moved


def _prune_backups(
    folder: Path, target: Path, kept: int = BACKUPS_KEPT, made: Path | None = None
) -> None:
    """Keep the ``kept`` newest backups of ``target``, and always the one just ``made``. Newest
    by the time each version was saved (a backup keeps its file's modification time), then by
    name: names in local time (earlier versions) or from a clock set wrong once sort wrongly.
    A version cannot have been saved after its backup was made: a save by a computer whose
    clock was ahead (its time in 2027) counts as made when its backup was, else it would
    outrank every later save and never be pruned (ot58 F11). A backup made by such a computer
    (its name in the future too) says nothing true of when it was saved: it is pruned first."""
    mine = _backups_oldest_first(folder, target, made)
    for old in mine[: max(len(mine) - max(kept, 1) + (made is not None), 0)]:
        old.unlink()


def newest_backup(target: Path) -> Path | None:
    """The newest backup of ``target`` in the backup folder beside it (the version of the
    file a run last backed up), by the order the pruning keeps; None when it has none."""
    with contextlib.suppress(OSError):
        mine = _backups_oldest_first(target.parent / BACKUP_DIR, target)
        return mine[-1] if mine else None
    return None


RESTORE_ADVICE = "from a backup"  # the words of a reason that says to restore the file


def with_newest_backup(reason: str, target: Path) -> str:
    """``reason`` (why ``target`` cannot be read), which says to restore it from a backup,
    naming the newest backup the tool kept of it, when there is one: the person reading the
    FAILED line of a nightly run needs that file's name, not a search (ot109 F3). So is an
    empty file's (``read.sniff.EMPTY_FILE``), which says to restore none: it may still be
    downloading, and a file never run has no backup (ot112 F6)."""
    from followup_batch.read.sniff import EMPTY_FILE

    if RESTORE_ADVICE not in reason.lower() and EMPTY_FILE not in reason:
        return reason
    saved = newest_backup(target)
    if saved is None:
        return reason
    try:
        when = datetime.datetime.fromtimestamp(saved.stat().st_mtime)
    except (OSError, OverflowError, ValueError):
        return reason
    return (
        f"{reason.rstrip('. ')}. Its newest backup is {BACKUP_DIR}/{saved.name} beside it (the "
        f"file as saved {when:%a %Y-%m-%d %H:%M}, before a run wrote it): copy it over the "
        "file to restore it; the next run fills in the tool's columns again."
    )


def _backups_oldest_first(folder: Path, target: Path, made: Path | None = None) -> list[Path]:
    """``target``'s backups in ``folder`` but ``made``, oldest first (``_prune_backups``)."""
    match_name = _backup_name(target)
    now = time.time_ns()

    def backed_up(stamp: str) -> int:
        try:
            made_at = datetime.datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
        except ValueError:  # no such time (a 13th month): the name says nothing
            return now
        return round(made_at.replace(tzinfo=datetime.UTC).timestamp() * 1_000_000) * 1000

    found = ((p, match_name(p.name)) for p in folder.iterdir() if p != made)
    return [
        p
        for _, _, p in sorted(
            (_known(min(p.stat().st_mtime_ns, backed_up(match[1])), now), p.name, p)
            for p, match in found
            if match is not None
        )
    ]


def _known(saved_at: int, now: int) -> int:
    """``saved_at``, or 0 (before any other) when it is still to come."""
    return 0 if saved_at > now else saved_at


def verify_written(path: Path) -> None:
    """A cheap check that the new file is whole: for xlsx, the zip and its XML parts parse.
    Parsed with expat and no tree, as ``write.xlsx.verify`` does: building the tree of a
    digest's sheets took 0.5 to 1 CPU s for nothing."""
    if path.stat().st_size == 0:
        raise UnsafeWrite(f"writing {path.name} produced an empty file; the original is kept")
    if _is_workbook(path):
        try:
            with zipfile.ZipFile(path) as package:
                names = set(package.namelist())
                for required in ("[Content_Types].xml", "xl/workbook.xml"):
                    if required not in names:
                        raise UnsafeWrite(f"the new workbook lacks {required}; original kept")
                for name in names:
                    if name.endswith((".xml", ".rels")):
                        xml_parser().Parse(package.read(name), True)
        except (zipfile.BadZipFile, xml.parsers.expat.ExpatError) as exc:
            raise UnsafeWrite(
                f"the new workbook does not read back ({exc}); original kept"
            ) from None


def _is_workbook(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(4) == b"PK\x03\x04"
