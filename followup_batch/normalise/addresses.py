"""Email addresses: what counts as one, what an Interviewer Email cell holds, and whose each is.

One address, as a mail program takes it in To or From: a part before the @ of RFC 5322's
"atext" in dot-separated runs (no "..", no dot at either end), and a domain of two labels at
least, each letters and digits with inner hyphens (letters of any script, or punycode), the
last one (the top-level domain) of two characters at least with a letter among them, as every
top-level domain is: ``dana@acme.c`` is a typo, ``dana@localhost`` and ``dana@acme`` reach no
one from a mail program, and ``dana@10.0.0.1`` is an IP address. It is a plain check of the
form, not of whether the mailbox exists; quoted local parts and IP literals (``"a b"@x.com``,
``a@[10.0.0.1]``), which no tracker holds, are not addresses.

Imports only the standard library: the config checks the sender's address with it before
pandas loads.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import unquote

from followup_batch.normalise.separators import ADDRESS_MARKS, AS_ASCII
from followup_batch.read.header_keys import header_key
from followup_batch.read.names import LATIN_LETTERS

_ATEXT = r"[\w!#$%&'*+/=?^`{|}~-]+"
_LOCAL = rf"{_ATEXT}(?:\.{_ATEXT})*"
_LABEL = r"[^\W_](?:[\w-]*[^\W_])?"
# The top-level domain: a label of two characters at least, one a letter ("com", "de", "xn--p1ai").
_TOP_LEVEL = r"(?=[\w-]*[^\W\d_])[^\W_][\w-]*[^\W_]"
_ADDRESS = re.compile(rf"{_LOCAL}@(?:{_LABEL}\.)+{_TOP_LEVEL}")


def is_address(text: str) -> bool:
    """``dana@acme.com``, ``dana.ortiz+jobs@mail.acme.co.uk``, ``ana@bücher.de``,
    ``jürgen@müller.example``: yes; ``ann@acme`` (no dot after the @), ``dana@acme.c`` (a
    one-letter ending), ``dana@acme..com``, ``.dana@acme.com``, ``@dana``, ``dana@acme_hr.com``
    (a domain mail cannot carry, ``mail_domain``): no."""
    return _ADDRESS.fullmatch(text) is not None and mail_domain(text.rpartition("@")[2]) is not None


_MAIL_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


@functools.lru_cache(maxsize=4096)  # a company's domain, row after row
def mail_domain(domain: str) -> str | None:
    """``domain`` as a mail header carries it: itself when ASCII, its ASCII (IDNA) form when it
    is in another script (``bücher.de``: ``xn--bcher-kva.de``, which every mail program
    takes); None when it has none, letters, digits and hyphens only (an underscore, a label
    over 63 characters): no mail reaches it, so no output uses it."""
    try:
        written = domain if domain.isascii() else domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    fits = len(written) <= 253 and all(len(label) <= 63 for label in written.split("."))
    return written if fits and _MAIL_DOMAIN.fullmatch(written) else None


def why_not_address(text: str) -> str:
    """What is wrong with ``text`` (which has an @) as an address, in a few words."""
    local, _, domain = text.rpartition("@")
    if any(c.isspace() for c in text.strip()):
        return "a space inside it"
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
    if domain.endswith("."):
        return "a dot out of place"
    ending = domain.rpartition(".")[2]
    if len(ending) < 2 or not any(c.isalpha() for c in ending):
        return f'no domain ends in ".{ending}"'
    if _ADDRESS.fullmatch(text) and "_" not in domain:
        return "a domain name too long for mail"
    return "characters an address cannot have"


# Brackets and quotes around an address: "<dana@acme.com>", "(dana@acme.com)".
_AROUND = "<>()[]\"'"
# A mailto: link pasted as text, "mailto:dana%40acme.com?subject=Thank%20you": its addresses,
# percent-decoded as a mail program decodes them (RFC 6068), without the ?subject=... after.
# Its address part may hold several, "mailto:ana@acme.com,bob@acme.com" (or with ";"), all of
# them recipients: the ?subject=... comes after the last. The query runs to a space or a
# bracket: its values may hold "," and ";" (RFC 6068's "some-delims"), and its cc= addresses
# ("?cc=b@acme.com,c@acme.com") were copies of the message the link started, no interviewer's.
_MAILTO_LINK = re.compile(r"mailto:([^\s?<>()\[\]\"']*)(?:\?[^\s<>()\[\]\"']*)?", re.IGNORECASE)


# A line of a cell, or its part after a comma or semicolon (of any script), that starts as a
# mail header naming recipients (or the subject) does: "Bob⏎Bcc: eve@evil.example", where a
# spreadsheet shows only "Bob". What follows such a label, to the end of its line, is header
# text smuggled into the cell, never a recipient. A label with no @ after it ("To: Dana")
# makes no address, and a label of the person's own ("Work: dana@acme.com") is none of these.
_HEADER_LINE = re.compile(
    rf"(?:^|(?<=[{ADDRESS_MARKS}\r\n]))[ \t]*(?:to|cc|bcc|from|sender|reply-to|subject)[ \t]*:"
    r"[^\r\n@]*@[^\r\n]*",
    re.IGNORECASE,
)


def without_header_lines(text: str) -> tuple[str, list[str]]:
    """(``text`` without what reads as a mail header in it, those header texts): its
    addresses are no one's to write to. ("Dana, Bcc: eve@evil.example": "Dana,", and
    ["Bcc: eve@evil.example"].)"""
    if ":" not in text or "@" not in text:  # the usual cell
        return text, []
    found = [match.strip() for match in _HEADER_LINE.findall(text)]
    return (_HEADER_LINE.sub("", text), found) if found else (text, [])


def _link_decoded(match: re.Match[str]) -> str:
    return unquote(match[1])


def without_link_queries(text: str) -> str:
    """``text`` with each ``mailto:`` link in it as the addresses it is to, percent-decoded,
    its query left out (``_MAILTO_LINK``): "Maya Chen <maya@delta.com>" for "Maya Chen
    <mailto:maya%40delta.com?subject=Hello%20there>"; any other text as it is."""
    return _MAILTO_LINK.sub(_link_decoded, text) if "mailto:" in text.casefold() else text


# "dana @ acme.com": spaces around the @, joined when that makes an address.
# From a word's first character only: tried from each in turn, each scanned the rest.
_SPACED_AT = re.compile(
    r"(?<![^\s;,@<>()\[\]])([^\s;,@<>()\[\]]+)(?:\s+@\s*|\s*@\s+)([^\s;,@<>()\[\]]+)"
)


def _joined_at(match: re.Match[str]) -> str:
    joined = f"{match[1]}@{match[2]}"
    return joined if is_address(joined) else match[0]


def closed_at(text: str) -> str:
    """``text`` with the spaces around an @ closed where that makes an address: "Dana Ortiz
    <dana @ acme.com>" is "Dana Ortiz <dana@acme.com>"."""
    return _SPACED_AT.sub(_joined_at, text) if "@" in text else text


# A cell's addresses are separated by ; , spaces or line breaks (and the marks of other scripts,
# read as those: ``written_addresses``).
_TOKENS = re.compile(r"[^;,\s]+")
# A slash between two addresses, as between the people they are for ("Dana Ortiz / Sam Lee"
# beside "dana@x.com / sam@x.com"; full-width "／" too): a separator.
_SLASH_BEFORE_ADDRESS = re.compile(r"(?<=[\w.>])\s*[/／]\s*(?=<?[\w.'+-]+@)")
# A word that may be the start of an address typed with a space in it ("dana ortiz@acme.com").
# (A letter looked for ahead: "[\w.'+-]*" either side of it split the word each way in turn.)
_LOCAL_START = re.compile(r"(?=[\w.'+-]*[^\W\d_])[\w.'+-]*")
# Words written before an address that say what it is, not part of it.
_LABELS = frozenset({"email", "e-mail", "mail", "work", "personal", "private", "home", "or", "and"})


def _space_inside(text: str, before: re.Match[str], at: re.Match[str], address: str) -> str | None:
    """ "dana ortiz@acme.com" when ``at`` (the token "ortiz@acme.com", whose address is
    ``address``) follows the word ``before`` ("dana") after spaces only, and that word reads
    as the start of the address rather than a name beside it: written as the address is (both
    in lower case, or both not), no label ("work"), and no word before the address in its
    part of the cell is in it ("Dana Ortiz dana@acme.com" is a name and an address)."""
    word, local = before[0], address.rpartition("@")[0]
    gap = text[before.end() : at.start()]
    if not at[0].startswith(address) or gap.strip(" \t") or not _LOCAL_START.fullmatch(word):
        return None
    if word.casefold() in _LABELS or word.islower() != local.islower():
        return None
    start = max(text.rfind(";", 0, at.start()), text.rfind(",", 0, at.start())) + 1
    folded = _fold(local)
    if any(_named_inside(w, folded) for w in text[start : at.start()].split()):
        return None
    return f"{word} {address}"


def written_addresses(text: str) -> tuple[list[str], list[str]]:
    """(addresses, the pieces with an @ that are no address) of an Interviewer Email cell, each
    once, in order. Words without an @ beside an address ("Dana Ortiz <dana@acme.com>",
    "dana@acme.com (work)") say nothing. A ``mailto:`` link's prefix (any case) and its
    ``?subject=...`` are not part of the address, which is percent-decoded as in the link
    (``mailto:dana%40acme.com`` is ``dana@acme.com``), and spaces around the @ are a slip of the
    keyboard (``dana @ acme.com`` is ``dana@acme.com``). A space inside the part before the @
    ("dana ortiz@acme.com") makes no address: not "ortiz@acme.com", someone else's maybe."""
    if is_address(text):  # the usual cell: one address, nothing around it
        return [text], []
    text = closed_at(
        without_link_queries(text).translate(AS_ASCII)
    )  # "ann@x.com；bob@x.com": as ";" (separators)
    text = _SLASH_BEFORE_ADDRESS.sub(" ", text)  # "dana@x.com / sam@x.com", "…／sun@x.com"
    found: dict[str, str] = {}
    wrong: dict[str, str] = {}
    tokens = list(_TOKENS.finditer(text))
    for k, token in enumerate(tokens):
        if "@" not in token[0]:
            continue
        address = token[0].strip(_AROUND)
        if not is_address(address):
            wrong.setdefault(address.casefold(), address)
        elif k and (spaced := _space_inside(text, tokens[k - 1], token, address)):
            wrong.setdefault(spaced.casefold(), spaced)
        else:
            found.setdefault(address.casefold(), address)
    return list(found.values()), list(wrong.values())


_LETTERS = re.compile(r"[^a-z]+")
# Letters an address writes out in ASCII ("Müller": mueller@), or, as NFKD takes them apart,
# without their accent (muller@): the two spellings of a name.
_SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa"})


@functools.lru_cache(maxsize=16_384)  # the same names and local parts, row after row
def _fold(text: str) -> str:
    """``text`` in lower-case ASCII letters, each letter without its accent: "Müller" is
    "muller", "Straße" "strasse", "Søren" "soren", "François" "francois"."""
    plain = unicodedata.normalize("NFKD", text.casefold().translate(LATIN_LETTERS))
    return _LETTERS.sub("", plain.encode("ascii", "ignore").decode())


@functools.lru_cache(maxsize=16_384)
def spellings(word: str) -> frozenset[str]:
    """The ways an address writes a word of a name (``_fold``): "Müller" as "muller" or
    "mueller", "Søren" as "soren" or "soeren", "Åsa" as "asa" or "aasa", "Jörg" as "jorg"
    or "joerg"; a word without such letters one way ("Dana": "dana")."""
    composed = unicodedata.normalize("NFC", word.casefold())
    return frozenset({_fold(composed), _fold(composed.translate(_SPELT_OUT))})


def _named(word: str, local_words: set[str]) -> bool:
    return not spellings(word).isdisjoint(local_words)


def _named_inside(word: str, folded_local: str) -> bool:
    return any(len(s) > 1 and s in folded_local for s in spellings(word))


def _local_words(email: str) -> set[str]:
    """The words of an address's part before the @: {"ana", "diaz"} for "ana.diaz@x.com"."""
    return {_fold(w) for w in re.split(r"[^\w]+|_", email.rpartition("@")[0])}


def named_by(emails: Sequence[str], word: str) -> bool:
    """Whether an address of ``emails`` has ``word`` as a whole word before its @ ("Paul"
    beside "paul@zed.com" or "paul.smith@zed.com"; not beside "paulina@zed.com")."""
    return any(_named(word, _local_words(email)) for email in emails)


def _owners(parts: Sequence[list[str]], email: str) -> list[int]:
    """The interviewers (positions in ``parts``, each one's first and last names) an address
    names (in either spelling, ``spellings``): those with the most whole words of its local
    part ("ana.diaz@", "thomas.mueller@" for Thomas Müller), else with the most names inside
    it ("mblake@"). "dana@" is Dana's, not Ana's; "lee.wong@" is Lee Wong's, not Sam Lee's."""
    words = _local_words(email)
    scores = [sum(_named(p, words) for p in own) for own in parts]
    if not any(scores):
        folded = _fold(email.rpartition("@")[0])
        scores = [sum(_named_inside(p, folded) for p in own) for own in parts]
    best = max(scores, default=0)
    return [i for i, score in enumerate(scores) if score == best] if best else []


def names_person(name: str, email: str) -> bool:
    """Whether ``email`` names the person ``name`` (a word of the name, in either spelling,
    before its @, as ``pair_recipients`` pairs them): "dana@", "d.ortiz@" and "mueller@" name
    Dana Ortiz, D. Ortiz and Jörg Müller; "jobs@" and "recruiting@" name no one."""
    return bool(_owners(_name_parts([name]), email))


def _name_parts(names: Sequence[str]) -> list[list[str]]:
    """Each name's words that may name it in an address: not an initial ("J. Ortiz")."""
    return [[p for p in dict.fromkeys(name.split()) if len(_fold(p)) > 1] for name in names]


def named_apart(emails: Sequence[str], first: str, second: str) -> bool:
    """Whether ``emails`` name ``first`` and ``second`` as two people: one address names one
    of them and not the other, another address the other, and none names both ("Dana, Sam"
    beside "sam@x.com; dana@x.com" or "sam.lee@...; dana.ortiz@..."; not beside
    "sam.dana@...", nor beside "sam@x.com" alone)."""
    parts = _name_parts([first, second])
    owners = [_owners(parts, email) for email in emails]
    return [0] in owners and [1] in owners and [0, 1] not in owners


def named_together(emails: Sequence[str], first: str, second: str) -> bool:
    """Whether an address of ``emails`` names both ``first`` and ``second`` (a word of each
    inside its part before the @), as one person's: "García López" and "María José" beside
    "mariajose.garcia@kin.es"; not "Dana Ortiz" and "Sam Lee" beside "dana.ortiz@acme.com"."""
    parts = _name_parts([first, second])
    for email in emails:
        folded = _fold(email.rpartition("@")[0])
        if all(any(_named_inside(p, folded) for p in own) for own in parts):
            return True
    return False


def _team_inbox(names: Sequence[str], emails: Sequence[str], owners: Sequence[list[int]]) -> bool:
    """Whether a team's inbox ("jobs@", "careers@") that names none of several interviewers
    stands among their addresses: paired by its place, one of them would get a note greeting
    them by name in the team's inbox ("Dana Ortiz; Sam Lee" beside "dana.ortiz@...;
    jobs@..."), so the addresses are paired by name and it is left off, as a third would be. A
    team written among them with its own mailbox ("Sam Lee, Human Resources" beside hr@) is one
    of them, and its mailbox its own."""
    teams = [name for name in names if own_mailbox(name, emails)]  # "HR" beside hr@
    return len(names) > 1 and any(
        not own and is_mailbox(email) and not any(own_mailbox(team, [email]) for team in teams)
        for email, own in zip(emails, owners, strict=True)
    )


def _out_of_order(owners: Sequence[list[int]]) -> int | None:
    """The first address (its position) that names an interviewer other than the one written
    in its place, when there are as many addresses as interviewers."""
    return next((i for i, own in enumerate(owners) if own and i not in own), None)


def pair_recipients(
    names: Sequence[str], emails: Sequence[str], written: Sequence[int] | None = None
) -> list[tuple[str, list[str]]]:
    """(name, emails) per message. Emails are paired with names by position when the counts
    match (the tracker keeps them in the same order), unless an address names another of the
    interviewers than the one in its place ("Dana Ortiz; Bob Li" beside "bob.li@...;
    dana.ortiz@..."). Otherwise an email goes to the interviewer whose first or last name
    appears in its local part, and the rest are left off rather than risk the wrong person.
    One name with several emails gets those that name them, or all when none does; no names
    gets one message per address given (a panel written as its addresses: one note each).

    ``written``: for addresses written in the Interviewer cell among the names, the position
    of the name each is written with ("Tom Becker <tom@acme.com>"), -1 for none: there an
    address goes to that name, else to the one its local part names, never by position, and
    an address that is no one's gets a message of its own ("tom@initech.com and Ana Lima":
    Ana's draft, and one to tom@), after the names' (``paired_as_written``)."""
    if not names:
        return [("", [email]) for email in emails] or [("", [])]
    if written is not None and len(written) == len(emails):
        as_written, alone = paired_as_written(names, emails, written)
        return as_written + [("", [email]) for email in alone]
    parts = _name_parts(names)
    owners = [_owners(parts, email) for email in emails]
    if (
        len(names) == len(emails)
        and _out_of_order(owners) is None
        and not _team_inbox(names, emails, owners)
    ):
        return [(name, [email]) for name, email in zip(names, emails, strict=True)]
    paired: list[tuple[str, list[str]]] = [(name, []) for name in names]
    for email, own in zip(emails, owners, strict=True):
        if len(own) == 1:
            paired[own[0]][1].append(email)
    if len(names) == 1 and not paired[0][1]:
        return [(names[0], list(emails))]
    return paired


def paired_as_written(
    names: Sequence[str], emails: Sequence[str], written: Sequence[int]
) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """(each name with its addresses, the addresses that are no one's) of an Interviewer cell
    holding both (``pair_recipients``' ``written``): an address goes to the name written with
    it, else to the one interviewer its local part names ("ana.lima@", "alima@"); one that
    names none of them, or more than one, is no one's."""
    parts = _name_parts(names)
    paired: list[tuple[str, list[str]]] = [(name, []) for name in names]
    alone: list[str] = []
    for email, at in zip(emails, written, strict=True):
        own = [at] if 0 <= at < len(names) else _owners(parts, email)
        if len(own) == 1:
            paired[own[0]][1].append(email)
        else:
            alone.append(email)
    return paired, alone


# A local part that spells a name: a first name and a surname, maybe a middle one, joined by a
# dot, a dash or an underscore ("jane.doe", "mary-ann_lee" is no such one, "jane" alone is not).
_NAME_LOCAL_PART = re.compile(r"(?P<first>[^\W\d_]{2,})(?:[._-][^\W\d_]{2,}){1,2}")
# Mailboxes of a team, not a person: "talent.team@", "hiring.manager@", "no.reply@".
_MAILBOX_WORDS = frozenset(
    {"team", "jobs", "job", "careers", "career", "info", "contact", "hello", "office", "admin"}
    | {"no", "noreply", "reply", "apply", "mail", "notifications", "bewerbung", "rh", "rrhh"}
)


def is_mailbox(email: str) -> bool:
    """An address of a team or a function, not of a person ("hr@", "jobs@", "talent.team@",
    "no-reply@", "hiring.manager@"): a note to it greets no one by name."""
    from followup_batch.normalise.people import is_role  # people reads addresses: not above

    local = email.rpartition("@")[0].split("+")[0].casefold()
    words = [word for word in re.split(r"[._-]", local) if word]
    return bool(words) and bool(_MAILBOX_WORDS.intersection(words) or is_role(" ".join(words)))


# The first words of a team that may have a mailbox of its own ("HR", "Recruiting", "Talent
# team", "People team", "Human Resources"), by their keys: not a person's rank ("Head of
# Talent" is Dana's title).
TEAM_WORDS = frozenset(
    {"hr", "recruiting", "recruitment", "talent", "people", "human", "hiring", "rh", "rrhh"}
    | {"personal", "personnel", "recruiters"}
)


def own_mailbox(part: str, addresses: Sequence[str]) -> bool:
    """Whether ``part`` is a team with its own address among ``addresses``: a team's mailbox
    (``is_mailbox``) whose part before the @ holds the team's first word or its
    initials ("HR" and "Human Resources" beside hr@, "Recruiting" beside recruiting@, "People
    team" beside people@). Written after a person, it is a recipient of its own, as it is
    after a ";" ("Dana Ortiz, Sam Lee, HR"), not the person's title."""
    from followup_batch.normalise.people import GROUP_WORDS, is_role  # people reads addresses

    keys = [key for key in map(header_key, part.split()) if key and key not in GROUP_WORDS]
    if not keys or keys[0] not in TEAM_WORDS or not is_role(part):
        return False
    said = {keys[0], "".join(key[0] for key in keys)}
    for address in addresses:
        words = re.split(r"[._+-]", address.rpartition("@")[0].casefold())
        if not said.isdisjoint(words) and is_mailbox(address):
            return True
    return False


def first_name_spelt(email: str) -> str:
    """The first name an address clearly spells, in lower case ("jane.doe@acme.com": "jane");
    '' for an address that names no one for sure ("jdoe@", "jane@", "hr.team@", "j.doe@")."""
    m = _NAME_LOCAL_PART.fullmatch(email.rpartition("@")[0].split("+")[0])
    return "" if m is None or is_mailbox(email) else m["first"].lower()


def unpaired(
    names: Sequence[str], emails: Sequence[str], written: Sequence[int] | None = None
) -> str | None:
    """What ``pair_recipients`` leaves without a match, said for the row's Problems: the
    interviewers whose drafts go without a To address, and the addresses left off every
    interviewer's own draft (with why, when there are as many addresses as interviewers);
    None when every name has an address and every address a name (or there are no
    addresses, or no name to pair them with). ``written``: as ``pair_recipients`` takes it."""
    if not names or not emails:
        return None
    if written is not None and len(written) == len(emails):
        return _unpaired_as_written(names, emails, written)
    if len(names) == 1 and len(emails) > 1:
        unnamed = _none_names_them(names[0], emails)
        if unnamed is not None:
            return f"{_counted(names, emails)}: {unnamed}"
    pairs = pair_recipients(names, emails)
    used = {e for _, paired in pairs for e in paired}
    nobody = [name for name, paired in pairs if not paired]
    left = [e for e in emails if e not in used]
    if not nobody and not left:
        return None
    said = []
    if nobody:
        drafts = "their draft goes" if len(nobody) == 1 else "their drafts go"
        said.append(f"no address for {_listed(nobody)} ({drafts} without a To address)")
    owners = [_owners(_name_parts(names), email) for email in emails]
    several = [e for e, own in zip(emails, owners, strict=True) if e in left and len(own) > 1]
    none = [e for e in left if e not in several]
    if several:
        quoted = _listed([f'"{e}"' for e in several])
        one = len(several) == 1
        said.append(
            f"{quoted} {'names' if one else 'name'} more than one of them, so "
            f"{'it is' if one else 'they are'} left off their own drafts"
        )
    if none:
        quoted = _listed([f'"{e}"' for e in none])
        one = len(none) == 1
        if len(names) == 1:
            says, own = f"{'does' if one else 'do'} not name {names[0]}", "their draft"
        else:
            says, own = f"{'names' if one else 'name'} none of them", "their own drafts"
        said.append(f"{quoted} {says}, so {'it is' if one else 'they are'} left off {own}")
    people = _counted(names, emails)
    if len(names) == len(emails):
        i = _out_of_order(owners)
        if i is not None:
            named = _listed([names[n] for n in owners[i]])
            people += (
                f', but "{emails[i]}" (address {i + 1}) names {named}, not {names[i]}, '
                "so they are paired by name"
            )
    return f"{people}: " + "; ".join(said)


def _none_names_them(name: str, emails: Sequence[str]) -> str | None:
    """Said when none of one interviewer's several addresses names them ("Chris Hale" beside
    "jobs@globex.example; recruiting@globex.example"): their draft goes to all of them, none
    under their name (a shared inbox labelled "Chris Hale", ot96 F5), and which is theirs is
    the tracker's to say. None when one names them (``unpaired`` says the others are left off),
    for a team ("HR", "Recruiting team": the mailboxes are its own) and for a name without
    Latin letters, which no address spells for sure ("张伟", ``one_name_for_several``)."""
    from followup_batch.normalise.people import is_role  # people reads addresses: not above

    if not _latin(name) or is_role(name) or any(names_person(name, e) for e in emails):
        return None
    quoted = [f'"{e}"' for e in emails]
    if len(emails) == 2:
        said, goes = f"neither {quoted[0]} nor {quoted[1]} names {name}", "both"
    else:
        said, goes = f"none of {_listed(quoted)} names {name}", f"all {len(emails)}"
    return (
        f"{said}, so their draft goes to {goes}, without their name: which address is "
        f"{name}'s? Keep only theirs in the cell"
    )


def _latin(name: str) -> bool:
    """Whether ``name`` has a letter of the Latin script ("Dana", "Łukasz", "Zoë")."""
    return any(ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def one_name_for_several(names: Sequence[str], emails: Sequence[str]) -> str | None:
    """Said for the row's Problems (at its Interviewer cell) when one name is read beside
    addresses of several people, none of which names it: "דנה כהן ויוסי לוי" beside dana@
    and yossi@, "张伟和李娜" beside zhang@ and li@ (ot67 F5: an "and" glued to the second name
    is not read, as many names begin with that letter, so one draft to both greeted one).
    The addresses of a team ("hr@") are no person's, and two of one person ("dana@",
    "dana.cohen@") one person's; None when the addresses are one person's or name the
    interviewer, where ``unpaired`` says what is left off, and for a name in Latin letters
    (the scripts whose "and" may be glued to a name are others; "Dana Ortiz" beside ann@ and
    bob@ is one person with the addresses written for her row)."""
    if len(names) != 1 or len(emails) < 2 or _latin(names[0]):
        return None
    parts = _name_parts(names)
    if any(_owners(parts, email) for email in emails):
        return None
    people = {
        re.split(r"[._+-]", email.rpartition("@")[0].casefold())[0]
        for email in emails
        if not is_mailbox(email)
    }
    if len(people) < 2:
        return None
    return (
        f'1 name read for {len(emails)} addresses: "{names[0]}" gets one draft, to '
        f"{_listed(emails)}, greeting one person; if the cell names {len(people)} people, put "
        'a comma between their names ("Dana Cohen, Yossi Levi") so each gets their own draft'
    )


def _unpaired_as_written(
    names: Sequence[str], emails: Sequence[str], written: Sequence[int]
) -> str | None:
    """``unpaired`` of an Interviewer cell holding names and addresses (``paired_as_written``):
    the interviewers left without an address. An address that is no one's gets a draft of its
    own, as a panel written as its addresses does: nothing is left off. One that may be a
    person's but spells no name ("ana@", not "hr@") makes every draft to it say "Hello,", and
    the note to all: said, with how to greet them."""
    paired, alone = paired_as_written(names, emails, written)
    nobody = [name for name, own in paired if not own]
    unnamed = [email for email in alone if not first_name_spelt(email) and not is_mailbox(email)]
    said = []
    if nobody:
        drafts = "their draft goes" if len(nobody) == 1 else "their drafts go"
        said.append(f"no address for {_listed(nobody)} ({drafts} without a To address)")
    if unnamed:
        quoted = _listed([f'"{e}"' for e in unnamed])
        one = len(unnamed) == 1
        said.append(
            f"{quoted} {'names' if one else 'name'} no one to greet, so "
            f'{"its draft" if one else "their drafts"} and the note to all say "Hello,": '
            f"write the person's name before {'it' if one else 'each'} "
            f'("Name <{unnamed[0]}>") to greet them'
        )
    if not said:
        return None
    return f"{_counted(names, emails)}: " + "; ".join(said)


def _counted(names: Sequence[str], emails: Sequence[str]) -> str:
    """ "2 addresses for 3 interviewers", as a Problems line about them starts."""
    count = f"{len(emails)} address" + ("es" if len(emails) > 1 else "")
    return f"{count} for {len(names)} interviewer" + ("s" if len(names) > 1 else "")


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
