"""Drafts: a ready-to-edit message for every row's next action (DESIGN section 4).

``render_drafts(frame, result, sender, templates)`` builds each row's context (below) from the
normalised frame, the schedule and the sender profile, and renders the action's template
(``draft_templates``: shipped files, overridable from a templates folder).

Every optional piece degrades gracefully: a value is '' when the cell is blank, None/NaN/NaT or
a placeholder word (N/A, TBD, none, -), and the templates test for ''. A Topic cell holding a
page of notes contributes its first line, and nothing when that is longer than a phrase.

Recipients
----------
A panel or several interviewers get one message each, addressed to that person (DESIGN: "one
message per recipient"), for every action. Emails are paired with names by position when the
counts match (the tracker keeps them in the same order); otherwise an email goes to the
interviewer whose first or last name appears in its local part, and the rest are left off
rather than risk the wrong person. One name with several emails gets them all; no names gets
one "Hello," message to every address given.

The per-row ``Draft`` cell holds one note addressed to everyone on the row ("Hi Dana and Sam,";
four or more: "Hi everyone,"), with a ``mailto:`` link to all their addresses; the ``Drafts``
sheet and the ``.eml`` files hold the individual notes.

Sender
------
The row's Client wins for the name. The configured email, phone and signature belong to the
configured name: they are used when the row has no client or its client is that name (or no
name is configured), so a coach's tracker never signs a client's note with someone else's
details.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .draft_templates import (
    CONTEXT_VARIABLES,
    CONTROL_CHARACTERS,
    FORMULA_STARTS,
    MAX_CELL_TEXT,
    SHIPPED,
    TEMPLATE_FILES,
    Templates,
    cell_text,
    load_templates,
    tidy,
)
from .schema import ACTION_LABELS, PLACEHOLDERS, header_key

__all__ = [
    "CONTEXT_VARIABLES",
    "FORMULA_STARTS",
    "MAX_CELL_TEXT",
    "SHIPPED",
    "TEMPLATE_FILES",
    "Drafts",
    "Templates",
    "cell_text",
    "load_templates",
    "render_drafts",
    "render_one",
    "sender_for",
    "tidy",
]

# What the interview was, as the drafts say it ("I really enjoyed meeting the team").
OCCASIONS: dict[str, str] = {
    "phone": "our call",
    "video": "our video call",
    "onsite": "meeting the team",
    "panel": "meeting the panel",
    "final": "our final conversation",
    "other": "our conversation",
}

# A quoted topic is a phrase, not a page of notes; longer text is left out of the draft.
MAX_PHRASE_WORDS = {"topic": 10, "value_add": 20, "company": 6, "position": 8}
HONORIFICS = frozenset(
    {"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev"}
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MAILTO_LIMIT = 2_000  # longer links are cut by browsers and mail clients; drop the body then

PER_ROW_COLUMNS = ("draft_subject", "draft", "mailto")
MESSAGE_COLUMNS = (
    "row",
    "client",
    "company",
    "position",
    "to",
    "email",
    "action",
    "due",
    "subject",
    "body",
)


@dataclass(frozen=True)
class Drafts:
    per_row: pd.DataFrame  # indexed like the frame: PER_ROW_COLUMNS
    messages: pd.DataFrame  # one row per message: MESSAGE_COLUMNS


# --- text helpers ---------------------------------------------------------------------------


def clean_value(value: object, max_words: int | None = None, *, phrase: bool = False) -> str:
    """A cell value as draft text: '' for blanks, None/NaN/NaT and placeholder words.

    One line, single spaces, no control characters, no punctuation at the start; a
    ``phrase`` (topic, value-add: quoted mid-sentence) loses its closing punctuation too,
    names keep theirs ("Acme Inc."). Longer than ``max_words``: ''.
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    text = CONTROL_CHARACTERS.sub(" ", str(value)).strip()
    # The first line only: a Topic cell may hold a page of notes.
    text = " ".join(text.split("\n", 1)[0].split()).lstrip(",.;:!? ")
    text = text.rstrip(",;: " + (".!?" if phrase else ""))
    if not text or text.casefold() in PLACEHOLDERS or header_key(text) in PLACEHOLDERS:
        return ""
    if max_words is not None and len(text.split()) > max_words:
        return ""
    return text


def day_words(day: object, send_year: int | None = None) -> tuple[str, str]:
    """("Friday, November 20", "Friday"); the year is added when it is not the send year."""
    if day is None or day is pd.NaT or pd.isna(day):  # type: ignore[call-overload]
        return "", ""
    stamp = pd.Timestamp(day)  # type: ignore[arg-type]
    weekday = WEEKDAYS[stamp.weekday()]
    text = f"{weekday}, {MONTHS[stamp.month - 1]} {stamp.day}"
    if send_year is not None and send_year != stamp.year:
        text += f", {stamp.year}"
    return text, weekday


def form_of_address(name: str) -> str:
    """How a greeting names someone: the first name, or title and surname ("Dr. Huber")."""
    words = re.sub(r"\([^)]*\)", " ", name).split()
    if not words or "@" in name:
        return ""
    title = words[0].rstrip(".").casefold()
    if title in HONORIFICS:
        if len(words) == 1:
            return ""
        return f"{words[0]} {words[-1]}"
    if re.fullmatch(r"\w\.?", words[0]):  # "J. Smith": an initial is not a name to greet
        return " ".join(words) if len(words) > 1 else ""
    return words[0]


def join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def greeting(names: Sequence[str]) -> str:
    """ "Hi Dana," / "Hi Dana and Sam," / "Hi Dana, Sam and Lee," / "Hi everyone," (four or
    more, in a group note) / "Hello," (no name known)."""
    if not names:
        return "Hello,"
    if len(names) > 3:
        return "Hi everyone,"
    return f"Hi {join_names(names)},"


# Percent-encoded in a mailto: header value (RFC 6068 keeps unreserved characters and
# !$'()*,;:@ as they are). Draft text holds no control characters but the line feed.
_MAILTO_RARE = re.compile(r'[\x00-\x09\x0b-\x1f"#&+/<=>?\[\\\]^`{|}\x7f-\U0010ffff]')
_ESCAPED: dict[str, str] = {}


def _escape(match: re.Match[str]) -> str:
    found = match.group()
    try:
        return _ESCAPED[found]
    except KeyError:
        _ESCAPED[found] = escaped = urllib.parse.quote(found, safe="")
        return escaped


def _quote(text: str) -> str:
    """Percent-encoding for a mailto: value: the common characters by ``str.replace``, the
    rare ones by one regex pass (urllib's quote loops over every character in Python)."""
    text = text.replace("%", "%25").replace(" ", "%20").replace("\n", "%0A")
    return _MAILTO_RARE.sub(_escape, text)


def mailto(emails: Sequence[str], subject: str, body: str) -> str:
    """A mailto: link to everyone, with the subject and (when it fits) the body."""
    to = ",".join(_quote(e) for e in emails)
    short = f"mailto:{to}?subject={_quote(subject)}"
    if len(short) + len(body) + 6 > MAILTO_LIMIT:  # escaping only lengthens the body
        return short
    link = f"{short}&body={_quote(body)}"
    return link if len(link) <= MAILTO_LIMIT else short


# --- sender and recipients ------------------------------------------------------------------


def sender_for(client: object, sender: Mapping[str, str]) -> dict[str, str]:
    """The sender of a row's messages: the row's Client wins for the name.

    The configured email, phone and signature belong to the configured name: they are used
    when the row has no client, or its client is that name (or no name is configured). A
    coach's tracker of several clients gets the client's name and no one else's details.
    """
    configured = clean_value(sender.get("name", ""))
    name = clean_value(client) or configured
    own = not configured or name.casefold() == configured.casefold()
    email = clean_value(sender.get("email", "")) if own else ""
    phone = clean_value(sender.get("phone", "")) if own else ""
    signature = str(sender.get("signature", "") or "").strip() if own else ""
    lines = (" ".join(line.split()) for line in CONTROL_CHARACTERS.sub("", signature).split("\n"))
    signature = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    contact = " or ".join(part for part in (email, phone) if part)
    return {
        "sender_name": name,
        "sender_email": email,
        "sender_phone": phone,
        "contact": contact,
        "signature": signature or name,
    }


def _as_list(value: object) -> tuple[str, ...]:
    """A list cell (names, emails) as clean texts; tolerates a bare string or a blank."""
    if isinstance(value, (list, tuple, np.ndarray)):
        items: Iterable[object] = value
    elif value is None or (isinstance(value, float) and math.isnan(value)):
        items = ()
    else:
        items = (value,)
    return tuple(text for text in (clean_value(item) for item in items) if text)


_LETTERS = re.compile(r"[^a-z]+")


def _fold(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _LETTERS.sub("", ascii_text.casefold())


def pair_recipients(names: Sequence[str], emails: Sequence[str]) -> list[tuple[str, list[str]]]:
    """(name, emails) per message; see the module docstring for the rule."""
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


# --- rendering ------------------------------------------------------------------------------


def _role_phrases(position: str, company: str) -> tuple[str, str]:
    role = f"the {position} role" if position else "the role"
    if company:
        return f"{role} at {company}", f"the {company} team"
    return role, "the team"


def _column(frame: pd.DataFrame, name: str, default: object = "") -> list[Any]:
    if name in frame.columns:
        return frame[name].tolist()
    return [default] * len(frame)


def _day_numbers(values: pd.Series) -> np.ndarray:
    """Dates as day numbers since 1970 (NaT: -1), cheap to hash and compare."""
    day = values.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    return np.where(np.isnat(day), -1, day.astype(np.int64))


def _memo(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` computed once per distinct arguments (trackers repeat their values)."""
    memo: dict[Any, Any] = {}

    def call(*args: Any) -> Any:
        try:
            return memo[args]
        except KeyError:
            memo[args] = result = function(*args)
            return result
        except TypeError:  # an unhashable cell: no memo
            return function(*args)

    return call


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, (list, np.ndarray)) else value


@dataclass(frozen=True)
class _People:
    """Who a row's messages go to: the group note and one message per person."""

    greeting: str
    names: tuple[str, ...]  # forms of address greeted in the group note
    recipient: str
    emails: tuple[str, ...]
    each: tuple[tuple[str, str, tuple[str, ...], str], ...]  # name, greeting, names, email


def _people(names_cell: object, emails_cell: object) -> _People:
    names = _as_list(names_cell)
    emails = tuple(e for e in _as_list(emails_cell) if "@" in e)
    greeted = tuple(f for f in map(form_of_address, names) if f)
    each = []
    for name, paired in pair_recipients(names, emails):
        own = (form_of_address(name),) if form_of_address(name) else ()
        each.append((name, greeting(own), own, ", ".join(paired)))
    recipient = names[0] if len(names) == 1 else ""
    return _People(greeting(greeted), greeted, recipient, emails, tuple(each))


def _day_words_of_number(day_number: int, send_year: int | None) -> tuple[str, str]:
    return day_words(_date(day_number) if day_number >= 0 else None, send_year)


def _date(day_number: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=day_number)


def render_drafts(
    frame: pd.DataFrame,
    result: pd.DataFrame,
    sender: Mapping[str, str],
    templates: Templates,
    *,
    links: bool = True,
) -> Drafts:
    """The draft of every row's next action, and one message per recipient.

    With ``links`` the per-row table also holds a ``mailto:`` link to everyone on the row
    (subject, and the body when it fits); without, that column is empty (the workbook does
    not use it, and percent-encoding 100,000 drafts takes about half a second).

    ``frame`` is the normalised frame (schema.NORMALISED_COLUMNS), ``result`` what
    ``rules.schedule`` returned for it (``action_key``, ``next_due``, and ``decision`` when
    present: the stated decision with "within N business days" resolved). Rows whose next
    action is ``—`` get empty drafts and no messages. Raises ``ConfigError`` when a user
    template fails on a row; nothing is returned half-done.
    """
    index = frame.index
    keys = result["action_key"].reindex(index).fillna("none").astype(object).to_numpy()
    active = np.flatnonzero(np.isin(keys, list(TEMPLATE_FILES)))
    subjects = np.full(len(index), "", dtype=object)
    drafts = np.full(len(index), "", dtype=object)
    mailtos = np.full(len(index), "", dtype=object)
    records: list[tuple[object, ...]] = []
    positions: list[int] = []  # the frame position of each message, for its due date
    due = _day_numbers(result["next_due"].reindex(index))
    if len(active):
        sub = frame.iloc[active]
        stated = result["decision"] if "decision" in result else _series(frame, "decision_date")
        decision = _day_numbers(stated.reindex(index))[active]
        interview = _day_numbers(_series(sub, "interview_date"))

        senders = _memo(lambda client: sender_for(client, sender))
        company_of = _memo(lambda cell: clean_value(cell, MAX_PHRASE_WORDS["company"]))
        position_of = _memo(lambda cell: clean_value(cell, MAX_PHRASE_WORDS["position"]))
        kind_of = _memo(lambda cell: clean_value(cell) or "other")
        topic_of = _memo(lambda cell: clean_value(cell, MAX_PHRASE_WORDS["topic"], phrase=True))
        value_of = _memo(lambda cell: clean_value(cell, MAX_PHRASE_WORDS["value_add"], phrase=True))
        roles = _memo(_role_phrases)
        people = _memo(_people)
        days = _memo(_day_words_of_number)
        years = _memo(lambda day: None if day < 0 else _date(day).year)
        render = {action: templates.by_action[action].render for action in TEMPLATE_FILES}

        rows = zip(
            active.tolist(),
            keys[active].tolist(),
            sub.index.tolist(),
            _column(sub, "client"),
            _column(sub, "company", None),
            _column(sub, "position", None),
            _column(sub, "interview_type", "other"),
            _column(sub, "topic"),
            _column(sub, "value_add"),
            _column(sub, "interviewers", None),
            _column(sub, "interviewer_emails", None),
            interview.tolist(),
            decision.tolist(),
            due[active].tolist(),
            strict=True,
        )
        for (
            at,
            action,
            row,
            client,
            company,
            position,
            kind,
            topic,
            value_add,
            names,
            emails,
            interview_at,
            decision_at,
            due_at,
        ) in rows:
            company, position, kind = company_of(company), position_of(position), kind_of(kind)
            the_role, team = roles(position, company)
            who = people(_hashable(names), _hashable(emails))
            year = years(due_at)
            interview_day, weekday = days(interview_at, year)
            sent_by = senders(client)
            context: dict[str, Any] = {
                "action": action,
                "greeting": who.greeting,
                "names": who.names,
                "recipient": who.recipient,
                "company": company,
                "position": position,
                "the_role": the_role,
                "team": team,
                "interview_type": kind,
                "occasion": OCCASIONS.get(kind, OCCASIONS["other"]),
                "interview_day": interview_day,
                "interview_weekday": weekday,
                "topic": topic_of(topic),
                "value_add": value_of(value_add),
                "decision_day": days(decision_at, year)[0],
                **sent_by,
            }
            # The row's own cell: one note to everyone on the row.
            subject, body = render[action](context)
            subjects[at], drafts[at] = subject, body
            if links:
                mailtos[at] = mailto(who.emails, subject, body)
            # One message per recipient.
            label = ACTION_LABELS[action]
            base = (row, sent_by["sender_name"], company, position)
            if len(who.each) == 1:
                name, _, _, email = who.each[0]
                records.append((*base, name, email, label, subject, body))
                positions.append(at)
                continue
            for name, hello, greeted, email in who.each:
                context["greeting"], context["names"], context["recipient"] = hello, greeted, name
                subject, body = render[action](context)
                records.append((*base, name, email, label, subject, body))
                positions.append(at)
    per_row = pd.DataFrame(
        {"draft_subject": subjects, "draft": drafts, "mailto": mailtos}, index=index, dtype=object
    )
    columns = [c for c in MESSAGE_COLUMNS if c != "due"]
    messages = pd.DataFrame.from_records(records, columns=columns)
    for name in columns[1:]:
        messages[name] = messages[name].astype(object)
    message_due = due[np.asarray(positions, dtype=np.int64)]
    messages.insert(
        MESSAGE_COLUMNS.index("due"),
        "due",
        np.where(message_due < 0, np.datetime64("NaT"), message_due.astype("datetime64[D]")).astype(
            "datetime64[ns]"
        ),
    )
    if not records:
        messages["row"] = messages["row"].astype(index.dtype)
    return Drafts(per_row, messages)


def _series(frame: pd.DataFrame, name: str) -> pd.Series:
    if name in frame.columns:
        return frame[name]
    return pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")


def render_one(
    row: Mapping[str, Any],
    action: str,
    sender: Mapping[str, str],
    templates: Templates | None = None,
    *,
    due: dt.date | None = None,
) -> Drafts:
    """Drafts for a single row given as a mapping of normalised fields (docs, notebooks)."""
    frame = pd.DataFrame(
        {key: [value] for key, value in row.items() if not isinstance(value, list)}
    )
    for name in ("interviewers", "interviewer_emails"):
        if name in row:
            frame[name] = pd.Series([list(row[name])], dtype=object)
    frame.index = pd.Index([2], name="excel_row")
    result = pd.DataFrame(
        {"action_key": [action], "next_due": [pd.Timestamp(due) if due else pd.NaT]},
        index=frame.index,
    )
    return render_drafts(frame, result, sender, templates or load_templates())
