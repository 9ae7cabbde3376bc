"""Reading the tool's ``.eml`` drafts back as a mail program does."""

from __future__ import annotations

import email
import email.message
from email import policy
from pathlib import Path


def parse(path: Path) -> email.message.EmailMessage:
    """The draft at ``path``, after checking that every line of it ends in CRLF (RFC 5322)."""
    data = path.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") > 0
    # Headers in UTF-8 (an address with no ASCII form, RFC 6532) read as mail programs read
    # them; the body is ASCII (7bit or quoted-printable).
    message = email.message_from_string(data.decode("utf-8"), policy=policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def body_text(mail: email.message.EmailMessage) -> str:
    """The body's text, its CRLF line ends read as newlines."""
    content = mail.get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")
