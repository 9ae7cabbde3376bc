"""Email addresses: what counts as one, what an Interviewer Email cell holds, and whose each is.

One address, as a mail program takes it in To or From: a part before the @ of RFC 5322's
"atext" in dot-separated runs (no "..", no dot at either end), and a domain of two labels at
least, each letters and digits with inner hyphens (letters of any script, or punycode). It is
a plain check of the form, not of whether the mailbox exists; quoted local parts and IP
literals (``"a b"@x.com``, ``a@[10.0.0.1]``), which no tracker holds, are not addresses.

Imports nothing but ``re``: the config checks the sender's address with it before pandas loads.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

_ATEXT = r"[\w!#$%&'*+/=?^`{|}~-]+"
_LOCAL = rf"{_ATEXT}(?:\.{_ATEXT})*"
_LABEL = r"[^\W_](?:[\w-]*[^\W_])?"
_ADDRESS = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")


def is_address(text: str) -> bool:
    """``dana@acme.com``, ``dana.ortiz+jobs@mail.acme.co.uk``, ``ana@bücher.de``: yes;
    ``ann@acme`` (no dot after the @), ``dana@acme..com``, ``.dana@acme.com``, ``@dana``: no."""
    return _ADDRESS.fullmatch(text) is not None


def why_not_address(text: str) -> str:
    """What is wrong with ``text`` (which has an @) as an address, in a few words."""
    local, _, domain = text.rpartition("@")
    if not local:
        return "nothing before the @"
    if not domain:
        return "nothing after the @"
    if "@" in local:
        return "more than one @"
    if "." not in domain:
        return "no dot after the @"
    if ".." in text or local.startswith(".") or local.endswith(".") or domain.startswith("."):
        return "a dot out of place"
    return "characters an address cannot have"


# A cell's addresses are separated by ; , spaces or line breaks.
_SEPARATORS = re.compile(r"[;,\s]+")
# Brackets and quotes around an address: "<dana@acme.com>", "(dana@acme.com)".
_AROUND = "<>()[]\"'"
_MAILTO = re.compile(r"mailto:", re.IGNORECASE)
# "dana @ acme.com": spaces around the @, joined when that makes an address.
_SPACED_AT = re.compile(r"([^\s;,@<>()\[\]]+)(?:\s+@\s*|\s*@\s+)([^\s;,@<>()\[\]]+)")


def _joined_at(match: re.Match[str]) -> str:
    joined = f"{match[1]}@{match[2]}"
    return joined if is_address(joined) else match[0]


def written_addresses(text: str) -> tuple[list[str], list[str]]:
    """(addresses, the pieces with an @ that are no address) of an Interviewer Email cell, each
    once, in order. Words without an @ beside an address ("Dana Ortiz <dana@acme.com>",
    "dana@acme.com (work)") say nothing. A ``mailto:`` link's prefix (any case) and its
    ``?subject=...`` are not part of the address, and spaces around the @ are a slip of the
    keyboard (``dana @ acme.com`` is ``dana@acme.com``)."""
    if is_address(text):  # the usual cell: one address, nothing around it
        return [text], []
    text = _SPACED_AT.sub(_joined_at, text)
    found: dict[str, str] = {}
    wrong: dict[str, str] = {}
    for piece in _SEPARATORS.split(text):
        if "@" not in piece:
            continue
        address = piece.strip(_AROUND)
        if _MAILTO.match(address):
            address = address[len("mailto:") :].partition("?")[0].strip(_AROUND)
        if is_address(address):
            found.setdefault(address.casefold(), address)
        else:
            wrong.setdefault(address.casefold(), address)
    return list(found.values()), list(wrong.values())


_LETTERS = re.compile(r"[^a-z]+")


@functools.lru_cache(maxsize=16_384)  # the same names and local parts, row after row
def _fold(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _LETTERS.sub("", ascii_text.casefold())


def pair_recipients(names: Sequence[str], emails: Sequence[str]) -> list[tuple[str, list[str]]]:
    """(name, emails) per message. Emails are paired with names by position when the counts
    match (the tracker keeps them in the same order); otherwise an email goes to the
    interviewer whose first or last name appears in its local part, and the rest are left off
    rather than risk the wrong person. One name with several emails gets them all; no names
    gets one message to every address given."""
    if not names:
        return [("", list(emails))]
    if len(names) == len(emails):
        return [(name, [email]) for name, email in zip(names, emails, strict=True)]
    if len(names) == 1:
        return [(names[0], list(emails))]
    paired: list[tuple[str, list[str]]] = [(name, []) for name in names]
    parts = [[p for p in map(_fold, name.split()) if len(p) > 1] for name in names]
    for email in emails:
        local = email.rpartition("@")[0].casefold()
        words = {_fold(w) for w in re.split(r"[^\w]+|_", local)}
        folded = _fold(local)
        # A whole word of the address first ("ana.diaz@"), else a name inside it ("mblake@");
        # "dana@" is Dana's, not Ana's.
        owners = [i for i, own in enumerate(parts) if words.intersection(own)]
        if not owners:
            owners = [i for i, own in enumerate(parts) if any(p in folded for p in own)]
        if len(owners) == 1:
            paired[owners[0]][1].append(email)
    return paired


def unpaired(names: Sequence[str], emails: Sequence[str]) -> str | None:
    """What ``pair_recipients`` leaves without a match, said for the row's Problems: the
    interviewers whose drafts go without a To address, and the addresses left off every
    interviewer's own draft;
    None when every name has an address and every address a name (or there are no
    addresses, or one name or none to pair them with)."""
    if len(names) < 2 or not emails or len(names) == len(emails):
        return None
    pairs = pair_recipients(names, emails)
    used = {e for _, paired in pairs for e in paired}
    nobody = [name for name, paired in pairs if not paired]
    left = [e for e in emails if e not in used]
    said = []
    if nobody:
        drafts = "their draft goes" if len(nobody) == 1 else "their drafts go"
        said.append(f"no address for {_listed(nobody)} ({drafts} without a To address)")
    if left:
        quoted = _listed([f'"{e}"' for e in left])
        said.append(
            f"{quoted} {'names' if len(left) == 1 else 'name'} none of them, so "
            f"{'it is' if len(left) == 1 else 'they are'} left off their own drafts"
        )
    if not said:
        return None
    count = f"{len(emails)} address" + ("es" if len(emails) > 1 else "")
    return f"{count} for {len(names)} interviewers: " + "; ".join(said)


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
