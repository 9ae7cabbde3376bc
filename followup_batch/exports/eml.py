"""Drafts as ``.eml`` files that open as unsent messages in Outlook, Thunderbird and Apple Mail.

One file per message of ``drafts.Drafts.messages``, made with the encoders of the standard
library's ``email`` package: ``To`` (name and address; none when no address is known),
``From`` when the sender's address is known, ``Subject``, a UTF-8 text/plain body, and
``X-Unsent: 1`` (the header those programs read as "open in the composer"). The tool never
sends anything.

File names are ``client-company-action-recipient.eml`` (the client whose row it is, also when
the draft is unsigned: ``whose`` when the messages carry it), slugified and made unique in
message order, so a re-run with the same tracker writes the same names and overwrites them
(not one the person edited in place: ``edited_drafts``). A
name longer than a file name may be (255 bytes) keeps the start of its stem and ends in "~" and
a hash of the whole (``write.atomic.fitting_name``): the same on every run. Each file is
written to a temporary file in the same folder and moved into place. Every file carries
``X-Followup-Batch: draft`` and, when the message says which tracker it comes from,
``X-Followup-Batch-Tracker``: a short hash of that tracker's full path (not the path itself,
which would travel with a draft sent as it is), and ``X-Followup-Batch-Hash`` (``SEAL``): a
hash of what the tool wrote, by which an edit made in place is told when the folder's index
cannot say (``sealed_text``, ``edited_drafts``). ``prune_drafts`` removes the drafts of the
trackers a run read that the run did not write again (their action was sent since, or is no
longer due); other trackers' drafts and other files are never touched. Earlier versions marked
no tracker: their drafts (``X-Followup-Batch: draft`` alone) are taken for a tracker's when
their names are those of its rows' drafts: its client and a company of that client's rows,
then an action (``draft_heads``, ``is_draft_of``), or they would stay beside the new ones
for good, a thank-you sent since ready to be sent again. Not a name that only begins as its
drafts' do: "ana-lopez-…" is the draft of Ana Lopez, whose tracker the run did not read, not
one of Ana's.

A tracker that is renamed, moved or deleted would leave its drafts behind for good (no run
reads it again), beside the drafts its new name gets. So the folder keeps an index of whose
tags are whose (``INDEX``: tag -> the tracker's full path, sheet, computer and the drafts
folder's full path there), and a draft whose tracker is no longer at its path on this computer
is stale too: removed, and its name free for the draft of the tracker's new place. A drafts
folder synced to two computers holds each one's tag of a tracker synced too, at another path:
the index ties them (``other_computers.tied_drafts``), so neither writes the other's
drafts again, and a run removes the other's drafts of its tracker that are no longer due.
"""

from __future__ import annotations

import binascii
import contextlib
import functools
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from email.charset import Charset
from email.header import Header
from email.utils import formataddr
from pathlib import Path
from typing import Any

import pandas as pd

from followup_batch.drafts import sender_for
from followup_batch.errors import FollowupError, OpenElsewhere
from followup_batch.exports.indexes import entries, host, read_index, write_index
from followup_batch.normalise.addresses import (
    is_address,
    mail_domain,
    names_person,
    without_header_lines,
)
from followup_batch.normalise.people import without_dropped_titles
from followup_batch.normalise.separators import ADDRESS_MARKS
from followup_batch.read.files import real_path
from followup_batch.read.names import LATIN_LETTERS
from followup_batch.schedule.labels import ACTION_LABELS
from followup_batch.write.atomic import NAME_MAX, fitting_name

MARKER = "X-Followup-Batch"
TRACKER = "X-Followup-Batch-Tracker"
# A hash of the draft as the tool wrote it (but for this line and the tracker mark's, which
# two computers sharing the folder write differently): an edit made since tells, also when
# the folder's index, which records the same, is lost (ot96 F2).
SEAL = "X-Followup-Batch-Hash"
_UTF8 = Charset("utf-8")
MAX_LINE = 78  # email.header's MAXLINELEN, the longest header line Header makes
CRLF = "\r\n"  # RFC 5322 line ends: Outlook, which honours X-Unsent, reads .eml files as mail
MAX_SLUG = 40
_LINE_BREAKS = re.compile(r"[\r\n\t\x00-\x1f\x7f]+")


def slug(text: object) -> str:
    """Lower-case words joined by hyphens, Latin letters as ASCII writes them: 'Dr. Eva Huber'
    -> 'dr-eva-huber', 'Ørsted' -> 'orsted'; letters of other scripts as they are, with their
    vowel signs and other combining marks (``_is_mark``): 'Ольга Иванова' -> 'ольга-иванова',
    'अमित कुमार' -> 'अमित-कुमार', '三菱UFJ銀行' -> '三菱ufj銀行'. Whatever is no letter or digit
    (/ \\ : * ? " < > |, control characters, emoji) separates words, and invisible ones (bidi
    marks, joiners) are left out, so the name is safe on every system; at most ``MAX_SLUG``
    characters, a letter's marks kept with it."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):  # type: ignore[arg-type]
        return ""
    return _slug(str(text))


@functools.lru_cache(maxsize=4096)  # clients, companies, actions and names come again and again
def _slug(text: str) -> str:
    written: list[str] = []
    in_ascii = False  # the letter before was written in ASCII: its accents went with it
    # lower(), not casefold(), for the whole: casefold writes Greek's final ς as σ.
    for char in unicodedata.normalize("NFC", text.lower()):
        if unicodedata.category(char) == "Cf":
            continue  # invisible inside a word: a joiner ("ශ්‍රී"), a bidi mark, a soft hyphen
        if _is_mark(char):  # a vowel sign, a virama: part of the letter before it
            if written and written[-1] != "-" and not in_ascii:
                written.append(char)
            continue
        ascii_letters = _as_ascii(char) if char.isalnum() else ""
        in_ascii = bool(ascii_letters)
        written.append(ascii_letters or (char if char.isalnum() else "-"))
    words = re.sub("-{2,}", "-", "".join(written)).strip("-")
    end = MAX_SLUG
    while 0 < end < len(words) and _is_mark(words[end]):  # not a letter without its marks
        end -= 1
    return words[:end].strip("-")


def _is_mark(char: str) -> bool:
    """A combining mark written with the letter before it (Unicode's Mn and Mc: the Devanagari
    vowel sign ि, the virama ्, an accent NFC does not join to its letter)."""
    return unicodedata.category(char) in ("Mn", "Mc")


@functools.lru_cache(maxsize=4096)
def _as_ascii(char: str) -> str:
    """A Latin letter or digit as ASCII writes it ("é": "e", "ß": "ss", "ł": "l", the full-width
    "Ｕ": "u"), '' for one of another script."""
    folded = unicodedata.normalize("NFKD", char.casefold().translate(LATIN_LETTERS))
    plain = "".join(c for c in folded if not _is_mark(c))
    return plain if plain.isascii() and plain.isalnum() else ""


# A stem leaves room in a file name (NAME_MAX bytes) for "-N.eml": N up to 999,999 messages of
# one client, company, action and recipient. Four slugs of 40 CJK letters or emoji are 480+ bytes.
STEM_ROOM = NAME_MAX - len("-999999.eml")


def file_stem(message: Mapping[str, object]) -> str:
    """``client-company-action-recipient``, the recipient without the titles the draft's
    greeting leaves out ("ד״ר שרה לוי": "שרה-לוי", not "ד-ר-שרה-לוי"); a recipient known by
    an address alone by its local part ("tom.becker@": "tom-becker"), so a panel written as
    addresses gets a file per person, named for them."""
    client = message.get("whose") or message.get("client")
    to = message.get("to")
    if isinstance(to, str):
        to = without_dropped_titles(to)
    email = message.get("email")
    if not to and isinstance(email, str) and email.count("@") == 1:
        to = email.partition("@")[0]
    parts = [slug(client), *(slug(message.get(key)) for key in ("company", "action")), slug(to)]
    return fitting_name("-".join(part for part in parts if part) or "draft", STEM_ROOM)


def header_text(value: object) -> str:
    """Header-safe text: one line, no control characters (no header injection)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return ""
    return " ".join(_LINE_BREAKS.sub(" ", str(value)).split())


# One address, whole: no display name, no spaces, no header text around it.
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def mail_address(text: str) -> str | None:
    """``text`` as an address a header carries: itself when ASCII; its domain in IDNA's ASCII
    form when that is in another script (``ana@exämple.com`` -> ``ana@xn--exmple-cua.com``,
    which every mail program takes); letters of any script before the @ as they are, in UTF-8
    (``jürgen@müller.example`` -> ``jürgen@xn--mller-kva.example``: RFC 6531/6532, which has
    no ASCII form for that part); None when it is no address (``is_address``: the rule every
    output reads the tracker's addresses by, so none of them is left out here alone)."""
    if _ADDRESS.fullmatch(text):
        return text
    local, _, domain = text.rpartition("@")
    written = mail_domain(domain) if is_address(text) else None
    return None if written is None else f"{unicodedata.normalize('NFC', local)}@{written}"


def mailbox(name: str, address: str) -> str:
    """``Name <address>`` as ``formataddr`` writes it (the name quoted, or as UTF-8 encoded
    words), also for an address with UTF-8 before the @, which ``formataddr`` refuses."""
    if address.isascii():
        return formataddr((name, address), "utf-8")
    if not name:
        return address
    return formataddr((name, "x"), "utf-8").removesuffix("<x>") + f"<{address}>"


def names_on(name: str, addresses: Sequence[str]) -> list[str]:
    """The name to write before each of one person's ``addresses`` ('' for none): theirs on
    their one address (the row pairs them), and of several on each that names them
    (``normalise.addresses.names_person``), so on none when none does: a shared inbox is not
    "Chris Hale <jobs@…>" (ot96 F5). The drafts' To and the digest's To both write it so."""
    return [name if len(addresses) == 1 or names_person(name, a) else "" for a in addresses]


def recipient_addresses(value: object) -> list[str]:
    """The addresses of the cell ``value`` to put in ``To``: only whole addresses (never text
    after a label that reads as a mail header, such as a smuggled "Bcc:": the rule the
    tracker's cells are read with, ``normalise.addresses.without_header_lines``). Which of a
    row's addresses are a person's is decided once, for every output, by
    ``normalise.addresses.pair_recipients``."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return []
    text, _ = without_header_lines(str(value))
    found = [
        address
        for token in re.split(rf"[{ADDRESS_MARKS}\s]+", text)
        if (address := mail_address(token)) is not None
    ]
    return list(dict.fromkeys(found))


def message_bytes(
    message: Mapping[str, object],
    sender: Mapping[str, str],
    clients: Mapping[str, Mapping[str, str]] | None = None,
) -> bytes:
    """The ``.eml`` of one row of ``Drafts.messages``; ``From`` is the signer's address (the
    configured sender's, or a client's own from ``clients``) when known.

    Made with the ``email`` package's encoders (``formataddr``, ``Header``, quoted-printable)
    rather than its ``EmailMessage`` object model, which parses every header it is given and
    refolds it on output: 0.30 ms a draft against 0.99 ms (a coach's 8,602 drafts: 14 -> 6.4 CPU
    s written). What a mail program reads back is the same, and the subject exactly the
    tracker's (tests/exports/test_eml.py parses the files back).
    """
    name = header_text(message.get("to"))
    to = recipient_addresses(message.get("email"))
    lines = []
    # No address, no To: a name alone ("To: Chris Hale") is no valid To (RFC 5322; the email
    # package reads it as an address "Chris Hale" with three defects), and an empty group
    # ("To: Chris Hale: ;") is a recipient the person must delete all the same. The greeting
    # and the file name say whom the draft is for.
    if to:
        addresses = [mailbox(n, a) for n, a in zip(names_on(name, to), to, strict=True)]
        lines.append(_folded("To", addresses))
    # Unsigned by the run (``signer.withheld_from_sender``): not from the configured sender.
    signing = {} if message.get("unsigned") is True else sender
    who = sender_for(message.get("client"), signing, clients)
    own = mail_address(who["sender_email"]) if who["sender_email"] else None
    if own is not None:
        signer = mailbox(header_text(who["sender_name"]), own)
        lines.append(f"From: {signer}")
    lines.append(f"Subject: {_header_words(header_text(message.get('subject')), 'Subject')}")
    lines += ["X-Unsent: 1", f"{MARKER}: draft"]
    marks = len(lines)  # the tracker mark and the seal go here, once the rest is made
    tag = _tag_of(message)
    body = str(message.get("body") or "").replace("\r\n", "\n").replace("\r", "\n")
    body = body if body.endswith("\n") else body + "\n"
    data = body.replace("\n", CRLF).encode("utf-8")
    if data.isascii() and all(len(line) <= 78 for line in data.split(b"\r\n")):
        encoding = "7bit"
    else:  # the lines end in CRLF, so its soft line breaks do too
        encoding, data = "quoted-printable", binascii.b2a_qp(data, istext=True)
    lines += [
        'Content-Type: text/plain; charset="utf-8"',
        f"Content-Transfer-Encoding: {encoding}",
        "MIME-Version: 1.0",
    ]
    # UTF-8 only in an address that has no ASCII form (RFC 6532); the rest is ASCII.
    unsealed = (CRLF.join(lines) + CRLF + CRLF).encode("utf-8") + data
    lines[marks:marks] = [
        *([f"{TRACKER}: {tag}"] if tag is not None else []),
        f"{SEAL}: {seal_of(unsealed)}",
    ]
    return (CRLF.join(lines) + CRLF + CRLF).encode("utf-8") + data


def seal_of(unsealed: bytes) -> str:
    """The ``SEAL`` of a draft whose bytes, without its tracker mark and seal lines, are
    ``unsealed``: 32 hex digits of their SHA-256."""
    return hashlib.sha256(unsealed).hexdigest()[:32]


_SEAL_LINE = re.compile(rb"^X-Followup-Batch-Hash: ([0-9a-f]{32})(\r?\n)", re.M)
_TRACKER_LINE = re.compile(rb"^X-Followup-Batch-Tracker: [^\r\n]*\r\n", re.M)


def sealed_text(data: bytes) -> bool | None:
    """Whether the draft ``data`` holds the text the tool wrote in it, by its own ``SEAL``:
    True, False when a byte changed since (an edit in a text editor or a mail program, a
    file cut short, its line ends changed), None when it carries no seal (written by a
    version before the seal, or the seal's line itself edited away). What a run trusts when
    the folder's index does not say what the tool wrote there (``edited_drafts``)."""
    end = data.find(b"\r\n\r\n")
    head = data if end < 0 else data[: end + 2]
    found = _SEAL_LINE.search(head)
    if found is None:
        return None
    if found.group(2) != b"\r\n":  # its lines saved with other ends: changed
        return False
    head = head[: found.start()] + head[found.end() :]
    head = _TRACKER_LINE.sub(b"", head, count=1)
    unsealed = head + (b"" if end < 0 else data[end + 2 :])
    return seal_of(unsealed) == found.group(1).decode("ascii")


def without_seal(data: bytes) -> bytes:
    """A draft's bytes without its ``SEAL`` line (what a version before the seal wrote)."""
    end = data.find(b"\r\n\r\n")
    head = data if end < 0 else data[: end + 2]
    return _SEAL_LINE.sub(b"", head, count=1) + (b"" if end < 0 else data[end + 2 :])


@functools.lru_cache(maxsize=4096)  # a panel's drafts, a row's check-ins: the same subject
def _header_words(text: str, field: str) -> str:
    """Header text as it travels: plain ASCII folded at spaces, anything else (or text that
    would read as an encoded word) as UTF-8 encoded words."""
    if text.isascii() and "=?" not in text:
        return Header(text, "us-ascii", header_name=field).encode(linesep=CRLF)
    # ``Header`` re-encodes the line each time it adds a character, to find where to fold:
    # 0.17 ms for a 50-character subject, most of a draft's cost. When the whole text fits one
    # encoded word on the header's first line, that word is what it would give, made at once.
    word = _UTF8.header_encode(text)
    if len(word) <= MAX_LINE - len(field) - 2:
        return word
    return Header(text, _UTF8, header_name=field).encode(linesep=CRLF)


def _folded(field: str, addresses: list[str]) -> str:
    """An address header, a line per address once the whole passes 78 characters, and a
    mailbox whose line still passes them folded before its address (RFC 5322 2.1.1: a long
    encoded name and its address ran to 156 characters a line, ot143 F8). An address longer
    than a line stays whole: it has no place to fold."""
    line = f"{field}: {', '.join(addresses)}"
    if len(line) <= 78:
        return line
    lines = []
    for at, address in enumerate(addresses):
        shown = f"{field}: {address}" if at == 0 else f" {address}"
        name, angle, rest = address.rpartition(" <")
        if len(shown) + 1 > 78 and angle and name:
            shown = f"{field}: {name}" if at == 0 else f" {name}"
            shown += f"{CRLF} <{rest}"
        lines.append(shown)
    return f",{CRLF}".join(lines)


def eml_paths(
    messages: pd.DataFrame,
    folder: Path,
    held: dict[str, str | None] | None = None,
    gone: Collection[str] = (),
    tied: Mapping[str, str] | None = None,
) -> list[Path]:
    """The file of each row of ``messages`` in ``folder``: its ``file_stem``, made unique
    (``-2``, ``-3``) in the order of what tells the messages of one stem apart (the position,
    the due date, the subject and the text), not the rows': the same messages always get the
    same names, also after the rows were sorted (ot34 F5). A name
    whose file in ``folder`` is another tracker's draft, or not the tool's at all, is passed
    over: a run of one tracker never writes over another's draft (or a person's own file).
    ``held``: ``held_drafts(folder)``, when the caller read it already; a draft of a tracker
    in ``gone`` (``gone_trackers``) is not kept from anyone; one of a tracker of another
    computer ``tied`` to a message's (``tied_drafts``) is that message's, not written twice."""
    used: set[str] = set()
    named_by = [
        key for key in ("whose", "client", "company", "action", "to", "email") if key in messages
    ]
    tags = message_tags(messages)
    held = held_drafts(Path(folder)) if held is None else held
    highest: dict[str, int] = {}  # stem -> the highest n of a name held or used: stem-n.eml
    for name in held:
        base, n = numbered_name(name)
        highest[base] = max(highest.get(base, 1), n)
    stems = [file_stem(record) for record in messages[named_by].to_dict("records")]
    apart = [key for key in ("position", "due", "subject", "body") if key in messages]
    told = [tuple(map(str, values)) for values in messages[apart].itertuples(index=False)]
    order = sorted(range(len(stems)), key=lambda at: (stems[at], told[at]))
    paths: list[Path] = [Path()] * len(stems)
    for at in order:
        stem, tag = stems[at], tags[at]
        name, n = _name_for(stem, tag, used, held, highest.get(stem, 1) + 1, gone, tied or {})
        highest[stem] = max(highest.get(stem, 1), n)
        used.add(name)
        paths[at] = Path(folder) / name
    return paths


_NUMBERED = re.compile(r"(.*)-(\d+)\.eml")


def numbered_name(name: str) -> tuple[str, int]:
    """('stem', n) of ``stem-n.eml``, ('stem', 1) of ``stem.eml``."""
    found = _NUMBERED.fullmatch(name)
    return (found.group(1), int(found.group(2))) if found else (name.removesuffix(".eml"), 1)


def _name_for(
    stem: str,
    tag: str | None,
    used: set[str],
    held: dict[str, str | None],
    last: int,
    gone: Collection[str] = (),
    tied: Mapping[str, str] = {},  # noqa: B006 (read only)
) -> tuple[str, int]:
    """(name, n) of ``stem.eml``, ``stem-2.eml``, ... up to ``stem-last.eml`` (past every one
    held or used): the first this tracker's draft already has (a name kept is a file not
    written again; also its draft another computer wrote, ``tied``), else the first free one
    (no file, or a draft without a tracker mark)."""
    free = None
    for n in range(1, last + 1):
        name = f"{stem}.eml" if n == 1 else f"{stem}-{n}.eml"
        if name in used:
            continue
        owner = held.get(name, _ABSENT)
        if tag is not None and (
            owner == tag or (isinstance(owner, str) and tied.get(owner) == tag)
        ):
            return name, n
        if free is None and (owner in (_ABSENT, None, tag) or owner in gone):
            free = (name, n)
    assert free is not None  # stem-last.eml is neither held nor used
    return free


_ABSENT = "(no file)"


def message_tags(messages: pd.DataFrame) -> list[str | None]:
    """Each message's tracker tag (``tracker_tag`` of its ``path`` and ``sheet``, or the
    ``file_tag`` its file keeps: ``tied_drafts``), or None."""
    if "path" not in messages:
        return [None] * len(messages)
    columns = [key for key in ("path", "sheet", FILE_TAG) if key in messages]
    return [_tag_of(record) for record in messages[columns].to_dict("records")]


FILE_TAG = "file_tag"  # a message's column: the tracker mark its file keeps (another computer's)


def _tag_of(message: Mapping[str, object]) -> str | None:
    """The tracker mark of a message's file: the ``FILE_TAG`` it keeps, else its tracker's."""
    kept = message.get(FILE_TAG)
    if isinstance(kept, str) and kept:
        return kept
    if not message.get("path"):
        return None
    return tracker_tag(str(message["path"]), str(message.get("sheet") or ""))


NOT_OURS = "not the tool's"


def held_drafts(folder: Path) -> dict[str, str | None]:
    """The .eml files already in ``folder``: name -> the tracker tag of the tool's draft, None
    for a draft without one (an earlier version's), ``NOT_OURS`` for anyone else's file."""
    held: dict[str, str | None] = {}
    if not folder.is_dir():
        return held
    for path in folder.glob("*.eml"):
        if not _is_tool_name(path.name):
            # A copy the person saved beside a draft ("… (edited).eml", "Copy of ….eml",
            # "… copy.eml") carries the draft's headers, but the tool never writes its name.
            held[path.name] = NOT_OURS
            continue
        marks = _marks(path)
        held[path.name] = marks.get(TRACKER) if marks.get(MARKER) == "draft" else NOT_OURS
    return held


def _is_tool_name(name: str) -> bool:
    """Whether ``name`` is one the tool writes: slugs of lower-case letters (of any script, with
    their marks) and digits joined by hyphens, a "~" and a hash when cut to fit, then
    ".eml"."""
    stem = name.removesuffix(".eml")
    return (
        stem != name
        and stem[:1].isalnum()
        and all(c.isalnum() or c in "-~" or _is_mark(c) for c in stem)
        and name == name.lower()
    )


def write_eml(
    messages: pd.DataFrame,
    folder: Path,
    sender: Mapping[str, str],
    *,
    clients: Mapping[str, Mapping[str, str]] | None = None,
    paths: list[Path] | None = None,
) -> list[Path]:
    """Write one ``.eml`` per row of ``messages`` into ``folder`` (named by ``eml_paths``, or
    ``paths`` when the caller has them already); returns the paths in order.

    Raises ``FollowupError`` when the folder cannot be created or a file cannot be written.
    """
    written = eml_paths(messages, folder) if paths is None else paths
    write_drafts(folder, written, draft_bytes(messages, sender, clients))
    return written


@functools.lru_cache(maxsize=1024)
def tracker_tag(path: str, sheet: str = "") -> str:
    """A tracker's mark in its drafts: 16 hex digits of the SHA-256 of its full path and its
    sheet ('' for a CSV): a run with --sheet reads one sheet of a workbook, and removes only
    that sheet's drafts."""
    key = f"{real_path(path)}\0{sheet}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def prune_drafts(
    folder: Path,
    kept: Collection[Path],
    trackers: Iterable[tuple[Path | str, str]],
    held: dict[str, str | None] | None = None,
    gone: Collection[str] = (),
    rows: Iterable[tuple[object, object, object, object]] = (),
) -> int:
    """Remove the ``stale_drafts``, earlier versions' among them (named by ``draft_heads`` of
    the ``rows`` of ``trackers``); returns how many were removed."""
    recorded = recorded_drafts(Path(folder))
    heads = draft_heads(rows)
    stale = stale_drafts(folder, kept, trackers, held, gone, recorded, heads)
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def stale_drafts(
    folder: Path,
    kept: Collection[Path],
    trackers: Iterable[tuple[Path | str, str]],
    held: dict[str, str | None] | None = None,
    gone: Collection[str] = (),
    recorded: Collection[str] | None = None,
    heads: Collection[str] = (),
    theirs: Mapping[str, Collection[str]] | None = None,
    first: Collection[str] = (),
) -> list[Path]:
    """The drafts in ``folder`` this tool wrote (``recorded``: the names its index says it
    wrote, when it says) for one of ``trackers`` ((path, sheet) pairs:
    a run read them all, and wrote ``kept``) or for a tracker ``gone`` from its path
    (``gone_trackers``) that are not in ``kept``: a coach double-clicking yesterday's
    check-in, sent since, would send it twice. A draft of a version before the tracker mark
    is one of them when its name is one of a row of the trackers read (``is_draft_of`` of
    ``heads``: ``draft_heads`` of their rows). Files without the tool's marks (a person's own)
    and links are not among them. ``held``: ``held_drafts(folder)`` as it was before the
    drafts were written (every file written since is in ``kept``). ``theirs``: the tags of
    another computer's trackers that are one of ``trackers`` (``tied_drafts``) -> the
    ``draft_heads`` of that tracker's rows: their drafts named for one of these rows go too.
    ``first``: the names of the first version's drafts of these trackers' rows, which name no
    client (``first_drafts.first_version_drafts``)."""
    tags = {tracker_tag(str(tracker), sheet) for tracker, sheet in trackers} | set(gone)
    names = {path.name for path in kept}
    theirs = theirs or {}
    held = held_drafts(Path(folder)) if held is None else held
    return [
        Path(folder) / name
        for name, owner in sorted(held.items())
        if name not in names
        and (
            owner in tags
            or (owner is None and (is_draft_of(name, heads) or name in first))
            or (isinstance(owner, str) and owner in theirs and is_draft_of(name, theirs[owner]))
        )
        and (recorded is None or name in recorded)
        and not (Path(folder) / name).is_symlink()
    ]


# What names a draft's action in its file name, in every version: "thank-you-note", "1st-check-in".
ACTION_SLUGS = tuple(slug(label) for key, label in ACTION_LABELS.items() if key != "none")


def draft_heads(rows: Iterable[tuple[object, object, object, object]]) -> set[str]:
    """What the names of the drafts of ``rows`` ((tracker path, sheet, client, company) of each
    row a run read) begin with before their action, in this version and the earlier ones that
    marked no tracker in them: ``client-company``. The client as this run names the row's
    ("sofia-reyes"), as the file's name says ("sofia-reyes" for "Sofia Reyes jobs.csv"), or
    by the file's stem or the sheet's name, which those versions named a client without a
    Client column by ("sofia-reyes-jobs"); the company as written and as a draft names it
    (``drafts.context.company_named``: "giz" for a long name that gives "(GIZ)"), nothing
    when it is empty ("sofia-reyes" alone)."""
    from followup_batch.drafts.context import company_named
    from followup_batch.read.file_clients import client_of

    heads: set[str] = set()
    trackers: dict[tuple[str, str], set[str]] = {}  # the names of a tracker's clients it says
    for path, sheet, client, company in {tuple(map(_text, row)) for row in rows}:
        said = trackers.get((path, sheet))
        if said is None:
            said = {slug(Path(path).stem), slug(client_of(Path(path))), slug(sheet)}
            trackers[(path, sheet)] = said
        companies = {slug(company), slug(company_named(company))}
        heads |= {
            f"{who}-{what}" if what else who
            for who in said | {slug(client)}
            if who
            for what in companies
        }
    return heads


def _text(value: object) -> str:
    """A cell as text ('' when empty)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return ""
    return str(value)


def is_draft_of(name: str, heads: Collection[str], actions: Iterable[str] = ACTION_SLUGS) -> bool:
    """Whether the draft's name ``name`` is ``head-action.eml`` or ``head-action-….eml`` for
    one of ``heads`` (``draft_heads``) and one of ``actions`` (slugs): whole slugs, so
    "ana-lopez-globex-thank-you-note.eml" is Ana Lopez's draft, not one of Ana's (heads
    "ana-acme"), and "ana-acme-labs-…" not one of Ana's Acme."""
    stem = name.removesuffix(".eml")
    for action in actions:
        at = stem.find(f"-{action}")
        while at > 0:
            end = at + 1 + len(action)
            if stem[end : end + 1] in ("", "-") and stem[:at] in heads:
                return True
            at = stem.find(f"-{action}", at + 1)
    return False


INDEX = ".followup-batch-trackers.json"  # in the drafts' folder: whose tag is whose


def recorded_drafts(folder: Path) -> set[str] | None:
    """The names of the drafts the tool wrote in ``folder``, as its index records them; None
    when the index does not say (none yet, or one of a version before the list)."""
    return _recorded(read_index(Path(folder) / INDEX))


def _recorded(data: dict[str, Any]) -> set[str] | None:
    names = data.get("drafts")
    if not isinstance(names, list):
        return None
    return {name for name in names if isinstance(name, str)}


def _trackers(data: dict[str, Any]) -> dict[str, dict[str, str]]:
    """The index's trackers: tag -> {"path", "sheet", "host"} (none when it cannot be read:
    then no draft is taken for gone)."""
    return entries(data, "trackers", ("path", "sheet", "host"))


def gone_trackers(
    folder: Path,
    trackers: Iterable[tuple[Path | str, str]] = (),
    *,
    whole: bool = True,
) -> set[str]:
    """The tags of the index's trackers that were on this computer and are no longer there:
    the file is not at its path (renamed, moved, deleted), or this run read the file
    ``whole`` (every sheet; not ``--sheet``) and ``trackers`` ((path, sheet) read) do not
    hold that sheet (renamed, deleted, no longer a tracker). A tracker of another computer
    sharing the folder is never taken for gone."""
    read = {tracker_tag(str(path), sheet) for path, sheet in trackers}
    files = {str(real_path(path)) for path, _ in trackers} if whole else set()
    return {
        tag
        for tag, entry in _trackers(read_index(Path(folder) / INDEX)).items()
        if entry["host"] == host()
        and (not os.path.lexists(entry["path"]) or (entry["path"] in files and tag not in read))
    }


def remember_trackers(
    folder: Path,
    trackers: Iterable[tuple[Path | str, str]],
    owners: Collection[str | None],
    drafts: Collection[str] = (),
    tied: Mapping[str, str] | None = None,
    written: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """Record in the folder's index the trackers a run read (``trackers``: (path, sheet)),
    keeping only the tags in ``owners`` (those that own a draft in ``folder`` now) and those
    tied to one of them (``tied``, another computer's tag -> this run's, and the ties the index
    remembers: ``other_computers.ties_kept``), and the names of the ``drafts`` the tool's are
    (only those are ever removed as stale: a person's copy of a draft, "…-edited.eml",
    carries its headers too). Written only when it changes, atomically. Returns why it could
    not be written ('' when it was, or needed no writing): the drafts are written all the
    same; only a renamed tracker's drafts would then stay. ``written``: what the tool wrote
    in each draft (``edited_drafts.records_now``; None: the index's records as they are)."""
    from followup_batch.exports.edited_drafts import WRITTEN, written_records
    from followup_batch.exports.other_computers import TIES, remembered_ties, ties_kept

    folder = Path(folder)
    if not folder.is_dir():
        return ""
    index = read_index(folder / INDEX)
    before = _trackers(index)
    here = str(real_path(folder))
    tracked = dict(before)
    read = set()
    for tracker, sheet in trackers:
        where = str(real_path(tracker))
        tag = tracker_tag(str(tracker), sheet)
        read.add(tag)
        tracked[tag] = {"path": where, "sheet": sheet, "host": host(), "folder": here}
    ties = ties_kept(index, read, tied or {})
    kept = set(owners)
    kept |= {b for a, b in ties.items() if a in kept} | {a for a, b in ties.items() if b in kept}
    tracked = {tag: tracked[tag] for tag in sorted(tracked) if tag in kept}
    ties = {a: b for a, b in sorted(ties.items()) if a in tracked and b in tracked}
    names = sorted(drafts)
    records = written_records(index) if written is None else dict(written)
    if (tracked, names, ties, records) == (
        before,
        sorted(_recorded(index) or ()),
        remembered_ties(index),
        written_records(index),
    ) and ((folder / INDEX).exists() or not (tracked or names)):
        return ""
    data: dict[str, Any] = {"version": 1, "trackers": tracked, "drafts": names}
    data |= {TIES: ties} if ties else {}
    return write_index(folder / INDEX, data | ({WRITTEN: records} if records else {}))


_MARK = re.compile(rb"^(X-Followup-Batch(?:-Tracker)?):[ \t]*(\S+)[ \t]*\r?$", re.M | re.I)


def is_tool_draft(path: Path) -> bool:
    """Whether the file at ``path`` is a draft this tool wrote: a name it writes and its
    ``X-Followup-Batch: draft`` header (``held_drafts``' test); True when it cannot be read
    (its write says why)."""
    try:
        with Path(path).open("rb") as handle:
            start = handle.read(MAX_HEAD)
    except OSError:
        return True
    return _drafts_own(Path(path).name, start)


def _drafts_own(name: str, start: bytes) -> bool:
    """Whether a file named ``name`` that begins with ``start`` is one of the tool's drafts."""
    return _is_tool_name(name) and _marks_in(start).get(MARKER) == "draft"


def _marks(path: Path) -> dict[str, str]:
    """The tool's headers of an .eml file (nothing when it cannot be read)."""
    try:
        with path.open("rb") as handle:
            start = handle.read(MAX_HEAD)
    except OSError:
        return {}
    return _marks_in(start)


def _marks_in(start: bytes) -> dict[str, str]:
    """The tool's headers in the start of an .eml file."""
    head = start.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    found: dict[str, str] = {}
    for name, value in _MARK.findall(head):
        key = TRACKER if name.lower() == TRACKER.lower().encode() else MARKER
        found.setdefault(key, value.decode("ascii", "replace"))
    return found


MAX_HEAD = 64 * 1024  # a draft's headers, a panel's To included, are far shorter


def _remove_abandoned_temporaries(folder: Path) -> None:
    """Temporary drafts (``.name.PID.tmp``) of runs that were killed outright."""
    from followup_batch.write.atomic import process_alive

    for path in folder.glob(".*.tmp"):
        pid = path.name.removesuffix(".tmp").rpartition(".")[2]
        if pid.isdigit() and not process_alive(int(pid)):
            path.unlink(missing_ok=True)


def draft_bytes(
    messages: pd.DataFrame,
    sender: Mapping[str, str],
    clients: Mapping[str, Mapping[str, str]] | None = None,
) -> list[bytes]:
    """The ``.eml`` of each row of ``messages``, in order (``message_bytes``)."""
    return [message_bytes(record, sender, clients) for record in messages.to_dict("records")]


class DraftsSkipped(OpenElsewhere):
    """Drafts left as they were because they are open elsewhere, read-only or locked
    (``names``), every other draft written (``written`` of them rewritten): one line names
    each, in the words a file open elsewhere is refused in (an ``OpenElsewhere``, as the
    library's writers raise for one)."""

    def __init__(self, message: str, names: list[str], written: int) -> None:
        super().__init__(message)
        self.names = names
        self.written = written


class _DraftOpen(FollowupError):
    """One draft that cannot be replaced now (open elsewhere, read-only): skipped."""


def write_drafts(folder: Path, paths: list[Path], contents: list[bytes]) -> int:
    """Write each of ``contents`` to its path in ``paths`` (files of ``folder``, made when
    missing), skipping a file that holds it already: how many were written. ``FollowupError``
    names what failed. A file there that is not one of the tool's drafts is refused as every
    export's is (``files.refuse_replacing``): ``eml_paths`` passes over such names, a caller's
    own ``paths`` may not. A draft open in Excel or LibreOffice (their lock file beside it),
    read-only, or that the system will not let be replaced (locked by the program that has
    it open) is left as it is and the others are written: ``DraftsSkipped`` then names each
    (one draft open in a mail program stopped every draft after it, fx166)."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file, a pipe: anything but a folder
        raise FollowupError(f"cannot write the drafts into {folder}: it is not a folder") from None
    except OSError as exc:
        raise FollowupError(f"cannot create the .eml folder {folder}: {exc.strerror}") from None
    _remove_abandoned_temporaries(Path(folder))
    locked = _locked_names(Path(folder))
    written = 0
    skipped: list[tuple[Path, str]] = []
    for path, data in zip(paths, contents, strict=True):
        try:
            written += _write_atomically(path, data, locked)
        except _DraftOpen as exc:
            skipped.append((path, str(exc)))
    if skipped:
        said = "; ".join(f"{path} is {why}" for path, why in skipped)
        raise DraftsSkipped(said, [path.name for path, _ in skipped], written)
    return written


def skipped_drafts(
    folder: Path, paths: Sequence[Path], make: Callable[[list[int]], list[bytes]]
) -> dict[Path, str]:
    """The drafts of ``paths`` that ``write_drafts`` would leave as they are, each with why,
    in its words: open in Excel or LibreOffice (their lock file beside it) or read-only, and
    not holding their new text already (``make``: the new texts of the drafts at the given
    places, made for those few only). What a dry run foresees; a draft the system refuses to
    replace (held open by a mail program, on Windows) is known only when a run tries."""
    from followup_batch.write.atomic import read_only_error

    locked = _locked_names(Path(folder))
    doubtful = [
        at
        for at, path in enumerate(paths)
        if (locked and unicodedata.normalize("NFC", path.name) in locked)
        or (path.exists() and read_only_error(path) is not None)
    ]
    if not doubtful:
        return {}
    found = {}
    for at, data in zip(doubtful, make(doubtful), strict=True):
        path = paths[at]
        start = _head(path, data)
        if start is not None and start[: len(data) + 1] == data:
            continue
        try:
            why = _left_alone(path, start, locked)
        except FollowupError as exc:  # not the tool's draft: the run refuses the drafts
            found[path] = str(exc)
            continue
        if why is not None:
            found[path] = why
    return found


def _head(path: Path, data: bytes) -> bytes | None:
    """The start of the file at ``path``, enough to tell whether it holds ``data`` and whose
    draft it is; None when there is none (or it cannot be read)."""
    with contextlib.suppress(OSError), path.open("rb") as existing:
        return existing.read(max(len(data) + 1, MAX_HEAD))
    return None


def _left_alone(path: Path, start: bytes | None, locked: Collection[str]) -> str | None:
    """Why the draft at ``path`` (beginning ``start``) is left as it is: open in Excel or
    LibreOffice (its name in ``locked``), or read-only; None when it may be replaced.
    ``ForeignExport`` for a file there that is not one of the tool's drafts."""
    if locked and unicodedata.normalize("NFC", path.name) in locked:
        from followup_batch.write.locks import open_error

        refused = open_error(path, with_folder=True)
        if refused is not None:
            return " ".join(filter(None, [f"{refused.why}.", refused.hint]))
    if start and not _drafts_own(path.name, start):
        from followup_batch.exports.files import FOREIGN_ERROR, KIND_NAMES, ForeignExport

        raise ForeignExport(FOREIGN_ERROR.format(path=path, what=KIND_NAMES[".eml"]))
    if start is not None:
        from followup_batch.write.atomic import read_only_error

        if read_only_error(path) is not None:  # marked so by the person: left alone
            return "read-only; make it writable and run again"
    return None


def _locked_names(folder: Path) -> set[str]:
    """The names (NFC) of the files in ``folder`` that Excel's or LibreOffice's lock file
    says are open: the folder is listed once, not looked up twice a draft."""
    try:
        entries = os.listdir(folder)
    except OSError:
        return set()
    names = set()
    for entry in entries:
        if entry.startswith("~$"):
            names.add(unicodedata.normalize("NFC", entry[2:]))
        elif entry.startswith(".~lock.") and entry.endswith("#"):
            names.add(unicodedata.normalize("NFC", entry[len(".~lock.") : -1]))
    return names


# A temporary draft's name adds ".", "." and a process id (up to 10 digits) to the stem.
TEMP_STEM_ROOM = NAME_MAX - len(f"..{'9' * 10}.tmp")


def _write_atomically(path: Path, data: bytes, locked: Collection[str] = ()) -> bool:
    """Swap ``data`` in whole (a reader never sees half a draft), unless the file holds it
    already (a nightly run rewrites few drafts): whether it was written. Not forced to disk
    one by one: every run makes the drafts again, and fsync took 3 ms a file here (28 s for a
    coach's 9,000). A file that is not the tool's draft, or open (its name in ``locked``), is
    refused (``write_drafts``)."""
    start = _head(path, data)
    if start is not None and start[: len(data) + 1] == data:
        return False
    why = _left_alone(path, start, locked)
    if why is not None:
        raise _DraftOpen(why)
    # A name of this process's own, created exclusively, readable like any file the user
    # makes (mkstemp's random name and chmod were 40% of writing a coach's 8,600 drafts).
    stem = fitting_name(path.stem, TEMP_STEM_ROOM)
    temp = str(path.parent / f".{stem}.{os.getpid()}.tmp")
    try:
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:  # left by a killed run of this pid: make a fresh one
        handle, temp = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=path.parent)
        os.chmod(temp, 0o644)
    except OSError as exc:
        raise FollowupError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except PermissionError as exc:  # the folder took the temporary file: the draft is locked
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise _DraftOpen(
            f"locked ({exc.strerror}): another program may have it open; close it and run again"
        ) from None
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise FollowupError(f"cannot write {path}: {exc.strerror}") from None
    except BaseException:  # Ctrl-C, SIGTERM: no half-written draft beside the others
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return True
