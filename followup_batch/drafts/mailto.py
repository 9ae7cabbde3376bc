"""``mailto:`` links to a row's recipients, with the draft's subject and body."""

from __future__ import annotations

import re
import string
import urllib.parse
from collections.abc import Sequence

MAILTO_LIMIT = 2_000  # longer links are cut by browsers and mail clients; drop the body then

# Percent-encoded in a mailto: header value (RFC 6068 keeps unreserved characters and
# !$'()*,;:@ as they are): ``urllib.parse.quote(text, safe=MAILTO_SAFE)``, which loops over
# every character in Python. Draft text holds no control characters but the line break.
MAILTO_SAFE = "!$'()*,;:@"
_MAILTO_KEPT = (string.ascii_letters + string.digits + "-._~" + MAILTO_SAFE).encode()
_MAILTO_RARE = re.compile(r'[\x00-\x09\x0b-\x1f"#&+/<=>?\[\\\]^`{|}\x7f-\U0010ffff]')
_ESCAPED: dict[str, str] = {}


def _escaped(character: str) -> str:
    try:
        return _ESCAPED[character]
    except KeyError:
        _ESCAPED[character] = escaped = urllib.parse.quote(character, safe="")
        return escaped


def _escape(match: re.Match[str]) -> str:
    return _escaped(match.group())


def quote(text: str) -> str:
    """Percent-encoding for a mailto: value. ASCII text (most drafts): one ``str.replace``
    per character to escape that it holds, found by deleting the kept ones from its bytes;
    other text: the common characters by ``str.replace``, the rare ones by a regex pass."""
    if text.isascii():
        to_escape = set(text.encode().translate(None, delete=_MAILTO_KEPT).decode())
        if "%" in to_escape:  # first: the other escapes add percent signs
            text = text.replace("%", "%25")
        for character in to_escape - {"%"}:
            text = text.replace(character, _escaped(character))
        return text
    text = text.replace("%", "%25").replace(" ", "%20").replace("\n", "%0A")
    return _MAILTO_RARE.sub(_escape, text)


def quoted_addresses(emails: Sequence[str]) -> str:
    """The addresses of a link's To, ","-separated without a space, as RFC 6068 writes them
    (section 2: ``to = addr-spec *("," addr-spec)``; its example
    ``mailto:addr1@an.example,addr2@an.example``)."""
    return ",".join(quote(e) for e in emails)


def addresses_in(cell: str) -> list[str]:
    """The addresses of an Email cell of the run's (a message's, or a due item's: ', '-joined)
    for ``mailto_link``: each its own, so that a person's two addresses are
    ``mailto:a@x,b@y``, not ``a@x,%20b@y`` (one address with an encoded space in it)."""
    return [e.strip() for e in cell.split(",") if "@" in e]


def mailto(to: str, subject: str, body: str) -> str:
    """``mailto`` with the addresses and the subject already percent-encoded. The body's line
    breaks are CRLF, ``%0D%0A``, as RFC 6068 (section 5) requires: some mail programs joined
    the lines of a body broken by ``%0A`` alone (ot85 F8)."""
    short = f"mailto:{to}?subject={subject}"
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    if len(short) + len(body) + 6 > MAILTO_LIMIT:  # escaping only lengthens the body
        return short
    link = f"{short}&body={quote(body)}"
    return link if len(link) <= MAILTO_LIMIT else short


def mailto_link(emails: Sequence[str], subject: str, body: str) -> str:
    """A ``mailto`` link to everyone in ``emails``, with the subject and (when it fits) the
    body; nothing encoded yet. The link never passes ``MAILTO_LIMIT`` (Excel refuses a
    hyperlink of over 2,079 characters): a subject too long for it is cut short with "…",
    and addresses past it are left to the message's Email cell."""
    to = quoted_addresses(emails)
    while len(to) + 20 > MAILTO_LIMIT and "," in to:
        to = to.rsplit(",", 1)[0]
    room = MAILTO_LIMIT - len(f"mailto:{to}?subject=")
    encoded = quote(subject)
    while len(encoded) > room and subject:
        subject = subject[: -max(1, (len(encoded) - room) // 12)].rstrip()
        encoded = quote(subject + "…") if subject else ""
    return mailto(to, encoded, body)
