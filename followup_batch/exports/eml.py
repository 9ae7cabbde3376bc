"""Drafts as ``.eml`` files that open as unsent messages in Outlook, Thunderbird and Apple Mail.

One file per message of ``drafts.Drafts.messages``, built with the standard library's ``email``
package: ``To`` (name and address, or the name alone when no address is known), ``From`` when
the sender's address is known, ``Subject``, a UTF-8 text/plain body, and ``X-Unsent: 1`` (the
header those programs read as "open in the composer"). The tool never sends anything.

File names are ``client-company-action-recipient.eml`` (the client whose row it is, also when
the draft is unsigned: ``whose`` when the messages carry it), slugified and made unique in
message order, so a re-run with the same tracker writes the same names and overwrites them. Each
file is written to a temporary file in the same folder and moved into place. Every file carries
``X-Followup-Batch: draft``; with ``prune=True`` the files carrying it that this call did not
write (drafts for actions since sent) are removed. Pruning is off by default because a run may
write several trackers' drafts into one folder in several calls; never touches other files.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from email import message_from_binary_file, policy
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from pathlib import Path

import pandas as pd

from followup_batch.drafts import sender_for
from followup_batch.errors import FollowupError

MARKER = "X-Followup-Batch"
MAX_SLUG = 40
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Letters NFKD does not take apart into ASCII.
_LATIN = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "œ": "oe", "đ": "d", "ł": "l", "þ": "th"})
_LINE_BREAKS = re.compile(r"[\r\n\t\x00-\x1f\x7f]+")


def slug(text: object) -> str:
    """Lower-case ASCII words joined by hyphens: 'Dr. Eva Huber' -> 'dr-eva-huber'."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):  # type: ignore[arg-type]
        return ""
    folded = str(text).casefold().translate(_LATIN)
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text).strip("-")[:MAX_SLUG].strip("-")


def file_stem(message: Mapping[str, object]) -> str:
    client = message.get("whose") or message.get("client")
    parts = [slug(client), *(slug(message.get(key)) for key in ("company", "action", "to"))]
    return "-".join(part for part in parts if part) or "draft"


def header_text(value: object) -> str:
    """Header-safe text: one line, no control characters (no header injection)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return ""
    return " ".join(_LINE_BREAKS.sub(" ", str(value)).split())


# One address, whole: no display name, no spaces, no header text around it.
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_HEADER_NAME = re.compile(r"^\s*[A-Za-z][\w-]*\s*:")  # "Bcc:", "Cc:", "To:", ...


def recipient_addresses(name: str, value: object) -> list[str]:
    """The addresses of the cell ``value`` to put in ``To`` for ``name``: only whole addresses
    (never text after a line break that reads as a header, such as a smuggled "Bcc:"); of
    several for one named person, those whose local part matches the name (else the first).
    A message to no one by name goes to every address."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return []
    pieces = re.split(r"[,;\r\n]+", str(value))
    found = [
        token
        for piece in pieces
        if not _HEADER_NAME.match(piece)
        for token in piece.split()
        if _ADDRESS.fullmatch(token)
    ]
    found = list(dict.fromkeys(found))
    if len(found) <= 1 or not name:
        return found
    words = {w for w in re.split(r"[^\w]+", name.casefold()) if len(w) > 1}
    matching = [
        address
        for address in found
        if words & set(re.split(r"[^\w]+|_", address.rpartition("@")[0].casefold()))
    ]
    return matching or found[:1]


def _addresses(name: str, value: object) -> list[Address]:
    out = []
    for i, email in enumerate(recipient_addresses(name, value)):
        username, _, domain = email.rpartition("@")
        out.append(Address(display_name=name if i == 0 else "", username=username, domain=domain))
    return out


class _HeaderClasses(HeaderRegistry):
    """The standard header classes, each made once: ``HeaderRegistry`` makes a new class for
    every header of every message (a third of the time of 9,000 drafts)."""

    @functools.cache  # noqa: B019 - one registry for the process
    def __getitem__(self, name: str) -> type[BaseHeader]:
        return super().__getitem__(name)


# policy.default with the cached header classes: the same headers, parsed and folded alike.
POLICY = policy.default.clone(header_factory=_HeaderClasses())


def build_message(
    message: Mapping[str, object],
    sender: Mapping[str, str],
    clients: Mapping[str, Mapping[str, str]] | None = None,
) -> EmailMessage:
    """The email of one row of ``Drafts.messages``; ``From`` is the signer's address (the
    configured sender's, or a client's own from ``clients``) when known."""
    mail = EmailMessage(policy=POLICY)
    name = header_text(message.get("to"))
    try:
        to = _addresses(name, message.get("email"))
    except (ValueError, IndexError):  # an address the email package rejects: keep the name
        to = []
    if to:
        mail["To"] = tuple(to)
    elif name:
        mail["To"] = name  # no address known: the name alone, for the user to complete
    who = sender_for(message.get("client"), sender, clients)
    if who["sender_email"]:
        username, _, domain = who["sender_email"].rpartition("@")
        with contextlib.suppress(ValueError, IndexError):
            mail["From"] = Address(
                display_name=header_text(who["sender_name"]), username=username, domain=domain
            )
    mail["Subject"] = header_text(message.get("subject"))
    mail["X-Unsent"] = "1"
    mail[MARKER] = "draft"
    body = str(message.get("body") or "")
    mail.set_content(body if body.endswith("\n") else body + "\n", charset="utf-8")
    return mail


def write_eml(
    messages: pd.DataFrame,
    folder: Path,
    sender: Mapping[str, str],
    *,
    clients: Mapping[str, Mapping[str, str]] | None = None,
    prune: bool = False,
) -> list[Path]:
    """Write one ``.eml`` per row of ``messages`` into ``folder``; returns the paths in order.

    Raises ``FollowupError`` when the folder cannot be created or a file cannot be written.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FollowupError(f"cannot create the .eml folder {folder}: {exc.strerror}") from None
    written: list[Path] = []
    used: set[str] = set()
    for record in messages.to_dict("records"):
        stem = file_stem(record)
        name, n = f"{stem}.eml", 1
        while name in used:
            n += 1
            name = f"{stem}-{n}.eml"
        used.add(name)
        path = folder / name
        _write_atomically(path, bytes(build_message(record, sender, clients)))
        written.append(path)
    if prune:
        for path in folder.glob("*.eml"):
            if path.name not in used and _is_ours(path):
                path.unlink(missing_ok=True)
    return written


def _is_ours(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return message_from_binary_file(handle, policy=policy.default)[MARKER] == "draft"
    except OSError:
        return False


def _write_atomically(path: Path, data: bytes) -> None:
    """Swap ``data`` in whole (a reader never sees half a draft), unless the file holds it
    already (a nightly run rewrites few drafts). Not forced to disk one by one: every run
    makes the drafts again, and fsync took 3 ms a file here (28 s for a coach's 9,000)."""
    with contextlib.suppress(OSError), path.open("rb") as existing:
        if existing.read(len(data) + 1) == data:
            return
    handle, temp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(temp, 0o644)  # mkstemp's 0600 would hide the draft from the user's mail app
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise FollowupError(f"cannot write {path}: {exc.strerror}") from None
