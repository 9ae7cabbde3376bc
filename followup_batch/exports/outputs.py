"""The exports one command asks for, written in order: the .eml drafts first (so the digest
page can link them), the calendar, then the digest files.

``Exports`` says what to write; ``write_exports`` writes it and returns one line per file for
the command's report. With ``dry_run`` nothing is written and the lines say what would have
been. Errors are ``FollowupError`` naming the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from followup_batch.errors import FollowupError
from followup_batch.exports.digest import Digest, build_digest
from followup_batch.exports.digest_html import load_digest_template, write_digest_html
from followup_batch.exports.digest_text import write_digest_markdown
from followup_batch.exports.digest_xlsx import write_digest_xlsx
from followup_batch.exports.eml import write_eml
from followup_batch.exports.ics import DEFAULT_ALARM, build_calendar, write_ics

DIGEST_KINDS = {
    ".xlsx": ".xlsx",
    ".html": ".html",
    ".htm": ".html",
    ".md": ".md",
    ".markdown": ".md",
}
DIGEST_KIND_ERROR = "{name}: a digest file ends in .xlsx, .html or .md"


def digest_kind(path: Path) -> str:
    """``.html``, ``.xlsx`` or ``.md`` by the file's suffix; ``ValueError`` for another."""
    kind = DIGEST_KINDS.get(Path(path).suffix.lower())
    if kind is None:
        raise ValueError(DIGEST_KIND_ERROR.format(name=Path(path).name))
    return kind


@dataclass(frozen=True)
class Exports:
    """What to write besides the trackers."""

    ics: Path | None = None
    alarm: dt.time | None = DEFAULT_ALARM
    eml_dir: Path | None = None
    digests: tuple[tuple[Path, str], ...] = ()  # (path, kind: .html, .xlsx or .md)
    horizon_days: int = 0
    with_drafts: bool = False
    templates: Path | None = None  # the config's templates folder (digest.html.j2)
    sender: Mapping[str, str] = field(default_factory=dict)
    clients: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @property
    def wanted(self) -> bool:
        return self.ics is not None or self.eml_dir is not None or bool(self.digests)

    @property
    def needs_items(self) -> bool:
        return self.ics is not None or bool(self.digests)

    def check_template(self) -> None:
        """Load the digest page's template now: a broken one is a ``ConfigError`` before any
        tracker is read."""
        if any(kind == ".html" for _, kind in self.digests):
            load_digest_template(self.templates)


def write_exports(
    exports: Exports,
    items: pd.DataFrame,
    messages: pd.DataFrame,
    as_of: dt.date,
    *,
    dry_run: bool = False,
    digest: bool = False,
) -> tuple[list[str], Digest | None]:
    """Write ``exports`` of the due ``items`` (``exports.due``) and the drafts' ``messages``
    (with ``path``: the tracker each comes from). Returns the report lines and the digest
    (built when a digest file or ``digest`` asks for it)."""
    lines: list[str] = []
    not_written = " (dry run, not written)" if dry_run else ""
    if exports.eml_dir is not None:
        if dry_run or not len(messages):
            written: list[Path] = []
        else:
            written = write_eml(messages, exports.eml_dir, exports.sender, clients=exports.clients)
            items = with_draft_files(items, messages, written)
        count = len(messages)
        lines.append(f"drafts: {_counted(count, '.eml message')} → {exports.eml_dir}{not_written}")
    if exports.ics is not None:
        if dry_run:
            events = len(build_calendar(items, as_of=as_of, alarm=exports.alarm).subcomponents)
            lines.append(f"calendar: {_counted(events, 'event')} → {exports.ics}{not_written}")
        else:
            try:
                done = write_ics(items, exports.ics, as_of=as_of, alarm=exports.alarm)
            except (FollowupError, OSError) as exc:
                raise FollowupError(f"cannot write the calendar {exports.ics}: {exc}") from None
            cancelled = f", {done.cancelled} cancelled" if done.cancelled else ""
            lines.append(f"calendar: {_counted(done.events, 'event')}{cancelled} → {exports.ics}")
    built = None
    if exports.digests or digest:
        built = build_digest(items, as_of, horizon_days=exports.horizon_days)
        for path, kind in exports.digests:
            if not dry_run:
                write_digest(built, path, kind, exports)
            lines.append(f"digest → {path}{not_written}")
    return lines, built


def write_digest(digest: Digest, path: Path, kind: str, exports: Exports) -> None:
    try:
        if kind == ".html":
            template = load_digest_template(exports.templates)
            write_digest_html(digest, path, with_drafts=exports.with_drafts, template=template)
        elif kind == ".xlsx":
            write_digest_xlsx(digest, path)
        else:
            write_digest_markdown(digest, path)
    except OSError as exc:
        raise FollowupError(f"cannot write {path}: {exc}") from None


def with_draft_files(
    items: pd.DataFrame, messages: pd.DataFrame, files: list[Path]
) -> pd.DataFrame:
    """``items`` with ``draft_file``: the .eml file of each item's draft (a panel's first)."""
    if not len(items) or "path" not in messages.columns:
        return items
    first: dict[tuple[str, int], str] = {}
    for source, row, file in zip(messages["path"], messages["row"], files, strict=True):
        first.setdefault((str(source), int(row)), str(file))
    keys = zip(items["path"].astype(str), items["row"].astype(int), strict=True)
    return items.assign(draft_file=[first.get(key, "") for key in keys])


def combined_messages(parts: Iterable[tuple[Path, pd.DataFrame | None]]) -> pd.DataFrame:
    """Every tracker's messages in one frame, each with the ``path`` of its tracker."""
    frames = [m.assign(path=str(path)) for path, m in parts if m is not None and len(m)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _counted(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
