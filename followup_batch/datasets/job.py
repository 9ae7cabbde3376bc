"""What every partition of one dataset run is told: the config, the as-of date, where its
output goes, and what the digest asks of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from followup_batch.config import Config
from followup_batch.exports.ics import DEFAULT_ALARM


@dataclass(frozen=True)
class DigestRequest:
    """One digest folder per coach, written into ``folder``."""

    folder: Path
    horizon_days: int = 0
    extras: tuple[str, ...] = ()  # datasets.DIGEST_EXTRAS
    alarm: dt.time | None = DEFAULT_ALARM  # the calendar's reminder (--alarm)
    with_drafts: bool = False  # the drafts' text in the page (--with-drafts)
    # Where ``folder`` is published (--digest-dir): each coach's calendar of the last run is
    # read there, so its events are moved, re-sequenced and cancelled as a tracker's are.
    published: Path | None = None
    # The dataset's files skipped as unreadable: their events in a calendar are kept.
    unread: tuple[Path, ...] = ()

    @property
    def messages(self) -> bool:
        """Carry each due row's drafts, one per recipient, for the .eml files."""
        return "eml" in self.extras


@dataclass(frozen=True)
class Job:
    config: Config  # its reading options read dates the plan's way
    as_of: dt.date
    staging: Path  # where the output files go (published as OUT at the end)
    digest: DigestRequest | None = None
