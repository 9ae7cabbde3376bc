"""The drafts of the first version that wrote ``.eml`` files (November 2026), told apart.

That version named a draft ``company-action-recipient.eml`` when the tracker had no Client
column (``cyberdyne-thank-you-note-miles-dyson.eml``: no client, no file name) and marked it
``X-Followup-Batch: draft`` alone, with no tracker mark. Its name says nothing of whose it is,
and a coach's shared drafts folder may hold two clients' drafts to one company. So such a
draft is taken for a draft of the trackers a run read only when all of these hold:

- its name is ``company-action[-…].eml`` for a company of a row the run read (whole slugs,
  ``eml.is_draft_of``);
- every address in its ``To`` is an address of that company's rows in those trackers: the
  interviewer's own address, which another client's row at that company does not share
  (two clients interviewed by the same person at one company: then the next rule decides);
- no other tracker of this computer that the folder's index records, and that is still at
  its path, was left out of the run: a run of one client by hand leaves such drafts to the
  run that reads them all;
- its headers are those that version wrote, no others: a draft saved again by a mail program
  carries a ``Date``, a ``Message-ID``, a ``User-Agent``: the person's, kept.

A draft edited in a plain text editor is not told by its headers: that version's text is not
known to this one. It goes like a draft of this version edited in place does.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Mapping
from email.utils import getaddresses
from pathlib import Path

from followup_batch.exports.eml import (
    ACTION_SLUGS,
    INDEX,
    MAX_HEAD,
    is_draft_of,
    slug,
    tracker_tag,
)
from followup_batch.exports.indexes import entries, host, read_index

# What that version wrote (``email.message.EmailMessage`` with the default policy).
WRITTEN_HEADERS = frozenset(
    (
        "to",
        "from",
        "subject",
        "x-unsent",
        "x-followup-batch",
        "content-type",
        "content-transfer-encoding",
        "mime-version",
    )
)
_HEADER = re.compile(r"^([!-9;-~]+):[ \t]*(.*)$")


def first_version_drafts(
    folder: Path,
    held: Mapping[str, str | None],
    trackers: Iterable[tuple[Path | str, str]],
    addressed: Iterable[tuple[object, Collection[str]]],
) -> set[str]:
    """The names of the drafts in ``folder`` (``held``: ``eml.held_drafts``; None: no tracker
    mark) that the first version wrote for a row of ``trackers`` (the (path, sheet) a run
    read), by the rules of the module's docstring. ``addressed``: (company, its addresses) of
    every row of those trackers."""
    unmarked = [name for name, owner in held.items() if owner is None]
    if not unmarked or _others_recorded(folder, trackers):
        return set()
    addresses: dict[str, set[str]] = {}  # company slug -> its rows' addresses
    for company, emails in addressed:
        head = slug(company)
        if head:
            addresses.setdefault(head, set()).update(e.strip().casefold() for e in emails)
    found = set()
    for name in unmarked:
        heads = [head for head in addresses if is_draft_of(name, {head}, ACTION_SLUGS)]
        if not heads:
            continue
        to = _as_written(Path(folder) / name)
        if to and any(addresses[head].issuperset(to) for head in heads):
            found.add(name)
    return found


def _others_recorded(folder: Path, trackers: Iterable[tuple[Path | str, str]]) -> bool:
    """Whether the folder's index records a tracker of this computer, still at its path,
    that is not one of ``trackers``."""
    read = {tracker_tag(str(path), sheet) for path, sheet in trackers}
    recorded = entries(read_index(Path(folder) / INDEX), "trackers", ("path", "host"))
    return any(
        tag not in read and entry["host"] == host() and os.path.lexists(entry["path"])
        for tag, entry in recorded.items()
    )


def _as_written(path: Path) -> list[str]:
    """The addresses of the draft's ``To`` (casefolded), none when it has a header the first
    version did not write, or cannot be read."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_HEAD)
    except OSError:
        return []
    text = data.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("utf-8", "replace")
    fields: dict[str, str] = {}
    last = ""
    for line in text.split("\n"):
        if line[:1] in (" ", "\t") and last:  # a folded line goes on the header before it
            fields[last] += " " + line.strip()
            continue
        found = _HEADER.match(line)
        if found is None or found.group(1).lower() not in WRITTEN_HEADERS:
            return []
        last = found.group(1).lower()
        fields[last] = found.group(2)
    return [address.casefold() for _, address in getaddresses([fields.get("to", "")]) if address]
