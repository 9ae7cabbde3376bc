"""Who an Interviewer cell names and the addresses to write to, from the Interviewer and
Interviewer Email cells (and their mailto: links): "Dana Ortiz, Recruiter; Sam Lee" is two
people, "Dana Ortiz <dana@acme.com>" a name and an address, "n/a" or "yes" nobody.

Each cell is read once per distinct value, again with its row's company only where the cell
may hold that company's words (``per_company``); the names are split by ``people``, the
addresses checked by ``addresses``. What cannot be used is a row problem, never a crash.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from followup_batch.normalise import dates
from followup_batch.normalise.addresses import (
    closed_at,
    why_not_address,
    without_header_lines,
    without_link_queries,
    written_addresses,
)
from followup_batch.normalise.cells import Distinct, cell_text, each_distinct, shown
from followup_batch.normalise.people import (
    is_placeholder_name,
    is_role,
    person_key,
    split_people,
)
from followup_batch.normalise.separators import ADDRESS_MARKS, ENDS_IN_SEPARATOR
from followup_batch.normalise.vocabularies import read_sent_mark
from followup_batch.read import RawTable
from followup_batch.read.header_keys import header_key
from followup_batch.read.names import POST_NOMINAL, name_key

# A link in an Interviewer cell: with its scheme or "www.", or a domain and a path as a
# profile's link is pasted ("linkedin.com/in/dana-ortiz"), beside a name or alone. A link is
# nobody to greet (report ot143 F2: "Hi Linkedin.com/in/marie-Claire-Dubois,"), nor part of
# the name the drafts, the digest and the .eml files give. Not a word after an "@" or a dot.
_LINK = re.compile(
    r"(?:(?i:https?://|www\.)|(?<![\w@.-])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/)[^\s()\[\]<>]*"
)
# A labelled phone number beside a name: "Phone: 555 0100", "tel:+1 555", "Ext. 204", "Mobil 0171".
_PHONE = re.compile(
    r"(?:phone|tel|telephone|mobile|mobil|cell|fax|ext|extension|durchwahl|handy|portable)"
    r"\.?\s*:?\s*[+\d(][\d\s()./+-]*",
    re.IGNORECASE,
)
# A phone number alone: "+49 7132 94", "0171 2345678", "(555) 010-0199"; six digits or more,
# so a count ("3") is no phone. A Kontakt column keeps them beside names and addresses.
_BARE_PHONE = re.compile(r"\+?[\d\s()./-]+")
_PHONE_DIGITS = 6


def _is_phone(text: str) -> bool:
    text = text.strip()
    if _PHONE.fullmatch(text):
        return True
    return (
        bool(_BARE_PHONE.fullmatch(text))
        and sum(c.isdigit() for c in text) >= _PHONE_DIGITS
        and dates.parse_date(text).value is None
    )


# Yes-words that are given names too, as a name is written ("Vero", not "VERO" as a ticked
# checkbox exports it, nor "vero"): Italian "vero" (TRUE) and Vero, Verónica's short form;
# Portuguese "sim" and Sim; Polish "tak" and Tak (a Cantonese given name, Takashi's short
# form). Alone in a people column they are a person, unless the column holds marks
# (``marks_column``). Not "Ja", "Si", "Oui": a yes far more often than anyone's name.
NAMES_TOO = frozenset({"Vero", "Sim", "Tak"})


def names_a_person(value: object) -> bool:
    """A yes-word that is a given name written as one (``NAMES_TOO``): "Vero", " Sim "."""
    return isinstance(value, str) and value.strip() in NAMES_TOO


def marks_column(values: Sequence[object]) -> object | None:
    """The mark that makes a people column's (distinct) ``values`` yes/no marks, its first
    that no one is named ("yes", "Não", "FALSO", ✓, "vero"), so a "Sim" beside it is a yes
    too; None when none is."""
    return next(
        (v for v in values if read_sent_mark(v) is not None and not names_a_person(v)), None
    )


def names_beside_marks(values: Sequence[object]) -> bool:
    """Whether a column of marks (``marks_column``) names people too ("Marco Rossi" beside
    "vero"): a people column with a mark in it, whose "Vero" may be someone."""
    return any(split_names(v, marks=True) for v in values if not names_a_person(v))


def read_as_a_yes(value: object, mark: object, header: str | None) -> str | None:
    """The problem of a cell of a people column with a mark in it (``marks_column``: its
    ``mark``; ``names_beside_marks``) that names a person elsewhere ("Vero"): it greets nobody,
    and the user is told why. ``header``: the column's, where the cell's reference does not
    name it already (a workbook's "D2")."""
    if not names_a_person(value):
        return None
    column = f'column "{header}"' if header else "the column"
    return (
        f"{shown(value)} is read as a yes, not a name, as {column} also holds the mark "
        f'{shown(mark)}; the draft says "Hello,": write the person\'s full name to greet them'
    )


def split_names(
    value: object,
    company: str | None = None,
    addresses: Sequence[str] = (),
    *,
    marks: bool = False,
) -> list[str]:
    """The names in an Interviewer cell, each with the job title written beside it
    (``people.split_people``: "Dana Ortiz, Recruiter" is "Dana Ortiz (Recruiter)"; the row's
    ``company``, keyed as ``name_key(..., company=True)``, is nobody; the row's ``addresses``
    tell "Dana, Sam" as two people); a yes/no mark or a
    placeholder (a Recruiter column of "yes", "emailed", "n/a") names nobody, so no draft
    greets "Hi yes,"; nor does a template's placeholder ("Lastname, Firstname"). A yes-word
    that is a given name ("Vero", "Sim", "Tak") is that person, but in a column of ``marks``
    (``marks_column``)."""
    mark = read_sent_mark(value) is not None and (marks or not names_a_person(value))
    if mark or is_placeholder_name(cell_text(value)):
        return []
    # "Dana Ortiz <dana@acme.com>", "Ana Diaz (ana@acme.com)", "mailto:ana@acme.com": the
    # names without the addresses (an address alone names nobody: "Hello,"), nor a link's
    # "?subject=Hello%20there" (``_link_text``).
    text = without_links(_link_text(value))
    text = _LINK.sub(" ", _BARE_ADDRESS.sub(" ", _ADDRESS.sub(" ", text)))
    text = _EMPTY_BRACKETS.sub(" ", text)
    return _once(split_people(text, _names_someone, company, addresses))


# What a Status writes before the people of its round: "Onsite 11/24 with Carla", "w/ Carla".
_WITH = re.compile(r"\b(?:with\s|w/\s?)", re.IGNORECASE)
# Where the people it names end: a bracket ("with Carla (virtual)").
_BRACKET = re.compile(r"[(\[]")


def people_in_status(value: object, company: object = None) -> list[str]:
    """The people a Status cell names for its round, after "with" ("Onsite 11/24 with Carla",
    "Final round Nov 24 w/ Carla Diaz and Sam Lee") up to a bracket, read as an Interviewer
    cell is (``split_names``); none when it names a role or a group only ("with the team",
    "with HR"), a count ("with 3 engineers") or the row's ``company`` (as written)."""
    text = cell_text(value)
    found = _WITH.search(text)
    if found is None:
        return []
    written = _BRACKET.split(text[found.end() :], maxsplit=1)[0]
    return [
        name
        for name in split_names(written, name_key(cell_text(company), company=True) or None)
        if not is_role(name) and not any(c.isdigit() for c in name)
    ]


def _names_someone(part: str) -> bool:
    """ "Sam Lee, PhD": a degree or a suffix after a comma is part of the name before it, not
    a second person ("Hi Sam and PhD,"); the name is written without it. A phone number or a
    link beside a name ("Dana Ortiz, +1 555 010 0199") is nobody to greet or write to."""
    return (
        not dates.is_placeholder(part)
        and not POST_NOMINAL.fullmatch(part)
        and any(c.isalpha() for c in part)
        and not _LINK.match(part)
        and not _PHONE.fullmatch(part)
    )


def read_names(
    value: object, company: str | None = None, *, marks: bool = False
) -> tuple[list[str], str | None]:
    """``split_names``, and a problem when the cell holds something but no name and no
    address: a count ("3") is nobody to greet, nor is a template's placeholder left in the cell
    ("Lastname, Firstname"). The row's company alone ("Acme") greets nobody as a role does,
    and a phone number ("+49 7132 94") or an address is a way to reach someone, not a name
    written wrong: both without a problem."""
    names = split_names(value, company, marks=marks)
    if names or read_sent_mark(value) is not None:
        return names, None
    text = cell_text(value)
    if is_placeholder_name(text):
        return (
            [],
            f'{shown(value)} is a template\'s placeholder, not a name; the draft says "Hello,"',
        )
    own = company is not None and name_key(text, company=True) == company
    if not text or own or dates.is_placeholder(text) or "@" in text or _is_phone(text):
        return names, None
    return [], f'{shown(value)} is not a name; the draft says "Hello,"'


def per_company(
    cells: Distinct, companies: object, read: Callable[[object, str | None], Any]
) -> Distinct:
    """``read`` once per distinct cell (``cells`` holding the raw values) without a company,
    and again with its row's company, keyed as ``name_key(..., company=True)``, for the rows
    whose cell may hold that company's words (few: reading every pair took 4 times as long)."""
    results = [read(value, None) for value in cells.results]
    codes = cells.codes.copy()
    company_codes, uniques = pd.factorize(pd.Series(companies, dtype=object))  # none: -1
    keys = [name_key(c, company=True) for c in uniques.tolist()]
    # A cheap first look (letters and digits only, as header keys): a cell that may hold it.
    letters = [header_key(k) if k else chr(0) for k in keys]
    texts = [header_key(cell_text(value)) for value in cells.results]
    pairs: dict[tuple[int, int], int] = {}
    for row in np.flatnonzero(company_codes >= 0).tolist():
        cell, company = int(cells.codes[row]), int(company_codes[row])
        if letters[company] not in texts[cell]:
            continue
        if (cell, company) not in pairs:
            pairs[cell, company] = len(results)
            results.append(read(cells.results[cell], keys[company]))
        codes[row] = pairs[cell, company]
    return Distinct(codes, results)


# A comma, a colon or a slash (full-width too), and a one-letter "and" between words, which
# joins two surnames where an address names both ("… Fernández-Villaverde y Rodríguez …").
_APART_MARKS = re.compile(r"[,:/／]|\s(?:y|e|i)\s")


def named_apart(
    cells: pd.Series, companies: object, names: np.ndarray, emails: np.ndarray, marks: bool
) -> None:
    """``names`` read again, in place, where the row's addresses may tell who a cell names:
    a name that seems written surname first as two people ("Dana, Sam" beside "sam@x.com;
    dana@x.com") or two surnames and first names as one ("García López, María José" beside
    "mariajose.garcia@"), a first name alone before a note ("Paul: great chat" beside
    "paul@"), people between slashes ("Dana / Sam" beside two addresses), two surnames
    joined by "y" ("Ortega y Gasset Martín" beside "…ortegaygasset@"): rows with an address
    and a comma, a colon, a slash or a one-letter "and" in the Interviewer cell."""
    values = cells.to_numpy(dtype=object)
    keys = np.asarray(companies, dtype=object)
    texts = each_distinct(cell_text, values.tolist())
    read: dict[tuple[str, str | None, tuple[str, ...]], list[str]] = {}
    # Looked for once a distinct text: a generator a row cost 100,000 rows 0.3 s (fx95).
    marked = {t: _APART_MARKS.search(t) is not None for t in set(texts)}
    apart = [marked[t] and len(e) > 0 for t, e in zip(texts, emails, strict=True)]
    for i in np.flatnonzero(apart):
        text = texts[i]
        key = (text, name_key(keys[i], company=True), tuple(emails[i]))
        if key not in read:
            read[key] = split_names(values[i], key[1], emails[i], marks=marks)
        names[i] = read[key]


def _once(items: list[str]) -> list[str]:
    """Each item once, in order (a name pasted twice is one person, one message, also when
    one of them has a job title: "Dana Ortiz; Dana Ortiz, Recruiter"; or typed in another
    case: "DANA ORTIZ; Dana Ortiz"). Of a name typed with a word in capitals beside words that
    are not and again without ("MA Chen, Ma Chen": the Shift key held a letter too long, as no
    panel holds two people of the same letters), the other spelling is kept, which greets as
    a name ("Hi Ma,", not "Hi MA,"); capitals without a vowel are initials a person goes by
    ("TJ Miller; Tj Miller": "Hi TJ,", ``_typed_in_capitals``)."""
    first: dict[str, str] = {}
    for item in items:
        key = person_key(item)
        if key not in first or _typed_in_capitals(first[key]) > _typed_in_capitals(item):
            first[key] = item
    return list(first.values())


_VOWELS = frozenset("AEIOU")


def _typed_in_capitals(name: str) -> int:
    """How many words of ``name`` that read as a name (with a vowel: "MA", not "TJ", initials)
    are in capitals beside words that are not ("MA Chen": 1; "TJ Miller", "Ma Chen" and "DANA
    ORTIZ", typed in capitals throughout: 0)."""
    words = [w for w in name.split() if w.lower() != w.upper()]
    capitals = sum(len(w) > 1 and w.isupper() and not _VOWELS.isdisjoint(w) for w in words)
    return capitals if capitals < len(words) else 0


_ADDRESS = re.compile(r"<\s*([^<>\s@]+@[^<>\s]+)\s*>")
# Notion exports a linked page as "Acme Corp (https://www.notion.so/Acme-Corp-1a2b…)", and in
# its older Markdown & CSV export as a path to the page's file beside the CSV, spaces written
# %20: "Stripe (Companies%202c1f/Stripe%208a7c….md)" (ot136 F3). Tried from a run of spaces'
# first only (from each space in turn, 0.9 s on 20,000); the path's %20 is looked for ahead,
# so a long run without one is read once, not once per "%".
_LINK_IN_BRACKETS = re.compile(
    r"(?<!\s)\s*\((?:(?:https?://|www\.)[^\s()]*|(?=[^\s()]*%20)[^\s()]*\.(?:md|csv))\)"
)


def without_links(text: str) -> str:
    """A name without the links written after it in brackets: "Acme Corp (https://…)" and
    "Acme Corp (Companies%202c1f/Acme%20Corp%208a7c….md)", as Notion exports a relation, are
    "Acme Corp" in a draft's subject, body and file name."""
    return _LINK_IN_BRACKETS.sub("", text).strip() if "(" in text else text


_EMPTY_BRACKETS = re.compile(r"[(\[]\s*[)\]]")
# The domain ends at a "?": a mailto: link's ?subject=... is no part of its last address; and
# an address at a separator (``separators.ADDRESS_MARKS``: "wang@t.example；li@t.example").
# The part before the @ is 64 characters at most (RFC 5321): unbounded, it was tried from every
# character of a long run without spaces, 14 s for a cell of 30,000 (outside test ot105 F1).
_NOT_IN = rf"\s<>@(){re.escape(ADDRESS_MARKS)}\"'\[\]"
_BARE_ADDRESS = re.compile(
    rf"(?:mailto:)?([^{_NOT_IN}]{{1,64}}@[^{_NOT_IN}?]+\.[^{_NOT_IN}?]+)", re.IGNORECASE
)


def _link_text(value: object) -> str:
    """An Interviewer cell's text with its ``mailto:`` links as their addresses, percent-decoded
    and without their query ("mailto:maya@delta.com?subject=Hello%20there" is maya@delta.com;
    ``addresses.without_link_queries``), and the spaces around an @ closed (``closed_at``)."""
    return closed_at(without_link_queries(cell_text(value)))


def _written(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each address written in an Interviewer cell's ``text``, in order:
    as an address book writes them ("Dana Ortiz <dana@acme.com>"), and bare ("ana@acme.com",
    "(ana@acme.com)", "mailto:ana@acme.com"), both in one cell too."""
    spans = [(m.start(), m.end(), m[1]) for m in _ADDRESS.finditer(text)]
    within = [(start, end) for start, end, _ in spans]
    for m in _BARE_ADDRESS.finditer(text):
        if not any(start <= m.start() < end for start, end in within):
            spans.append((m.start(), m.end(), m[1]))
    return sorted(spans)


def addresses_in_names(value: object) -> tuple[list[str], str | None]:
    """The addresses written in an Interviewer cell: as an address book writes them ("Dana
    Ortiz <dana@acme.com>", also "<dana @ acme.com>"), and bare ("recruiting@acme.com",
    "(ana@acme.com)", "mailto:ana@acme.com"); and a problem naming those that are malformed
    ("<dana@acme..com>") or follow a mail header's label ("Bob⏎Bcc: eve@evil.example"), which
    are not used."""
    text, smuggled = without_header_lines(_link_text(value))
    written = [address for _, _, address in _written(text)]
    if not written:
        return [], _not_used([], smuggled)
    found, wrong = written_addresses(" ".join(written))
    return found, _not_used(wrong, smuggled)


def written_with(value: object, names: Sequence[str], emails: Sequence[str]) -> tuple[int, ...]:
    """For each of ``emails`` (``addresses_in_names`` of the Interviewer cell ``value``), the
    position in ``names`` (the cell's) of the name written with it, right before it in its
    part of the cell ("Tom Becker <tom@acme.com>", "Dana Ortiz - dana@acme.com"), -1 when none
    is ("tom@initech.com and Ana Lima", "Tom Becker <tom@acme.com>, ana@acme.com": ana@):
    ``addresses.pair_recipients`` pairs those by their local part, never by position."""
    text, _ = without_header_lines(_link_text(value))
    keys = [person_key(name) for name in names]
    owner: dict[str, int] = {}
    start = 0
    for begin, end, address in _written(text):
        before, start = text[start:begin], end
        found, _ = written_addresses(address)
        if not found:
            continue
        said = [] if ENDS_IN_SEPARATOR.search(before) else split_names(before)
        owner.setdefault(found[0].casefold(), _position(keys, said[-1]) if said else -1)
    return tuple(owner.get(email.casefold(), -1) for email in emails)


def _position(keys: Sequence[str], name: str) -> int:
    """Where ``name`` is among the cell's names (``keys``: their ``person_key``): the one it is,
    else the only one with all its words ("Dana" of "Ortiz, Dana"); -1 when none is."""
    key = person_key(name)
    if key in keys:
        return keys.index(key)
    words = set(key.split())
    within = [i for i, other in enumerate(keys) if words <= set(other.split())]
    return within[0] if len(within) == 1 else -1


def _not_used(wrong: list[str], smuggled: list[str]) -> str | None:
    """The problem naming a cell's malformed addresses (``wrong``) and its text that reads as
    a mail header (``smuggled``: ``without_header_lines``), none of which is used."""
    said = [f"{shown(w)} is not an email address ({why_not_address(w)})" for w in wrong]
    said += [f"{shown(h)} reads as a mail header, not an address" for h in smuggled]
    return "; ".join(said) + "; it is not used" if said else None


def read_emails(value: object) -> tuple[list[str], str | None]:
    """The addresses in an Interviewer Email cell, and a problem when it holds text that is
    not one: no address at all ("not-an-email", a name) or a malformed one ("ann@acme",
    "dana@acme..com"), which is not used. A draft left without any address goes without a To
    address. Words beside an address ("Dana Ortiz <dana@acme.com>") and placeholders (n/a, -)
    say nothing; a line that reads as a mail header ("Bcc: eve@evil.example") gives no address
    and is a problem (``without_header_lines``)."""
    if dates.is_placeholder(value):
        return [], None
    text, smuggled = without_header_lines(cell_text(value).strip())
    text = text.strip()
    found, wrong = written_addresses(text)
    if found or not text:
        said = _not_used(wrong, smuggled)
        return found, f"{said}; {NO_TO_ADDRESS}" if said and not found else said
    why = f" ({why_not_address(wrong[0])})" if len(wrong) == 1 and wrong[0] != "@" else ""
    return [], f"{shown(value)} is not an email address{why}; {NO_TO_ADDRESS}"


NO_TO_ADDRESS = "the draft has no To address"


def linked_addresses(
    raw: RawTable, texts: pd.Series, emails: np.ndarray, reasons: np.ndarray | None
) -> np.ndarray | None:
    """The addresses of the mailto: links on Interviewer Email cells (``texts``), and the
    cells' problems (``reasons``) as the links change them. A cell whose text has no address
    ("Email Dana") gives its link's (``mailto:dana@acme.com``, read as ``written_addresses``
    reads a link: its query, "?subject=Hello%20there&cc=...", gives none), and the cell's
    problem goes;
    a malformed one ("dana@acme.c") too, and the problem says the link's address is used. A
    cell whose text is an address keeps it, as the person sees it, and a link to another
    address is a problem naming both. A link that is no address leaves the cell as its text
    says."""
    positions = raw.cells.index.get_indexer(list(raw.email_links))
    for i, target in zip(positions, raw.email_links.values(), strict=True):
        linked, _ = written_addresses(target) if i >= 0 else ([], [])
        if not linked:
            continue
        if reasons is None:
            reasons = np.full(len(emails), None, dtype=object)
        said = reasons[i]
        if not emails[i]:
            emails[i] = linked
            malformed = "@" in cell_text(texts.iloc[i]) and isinstance(said, str)
            reasons[i] = (
                said.removesuffix(NO_TO_ADDRESS) + f"its link's {_quoted(linked)} is used instead"
                if malformed and said.endswith(NO_TO_ADDRESS)
                else None
            )
            continue
        written = {e.casefold() for e in emails[i]}
        if other := [a for a in linked if a.casefold() not in written]:
            link = (
                f"{shown(texts.iloc[i])} links to another address, {_quoted(other)}; the "
                "address written is used"
            )
            reasons[i] = f"{said}; {link}" if isinstance(said, str) else link
    return reasons


def _quoted(addresses: list[str]) -> str:
    return ", ".join(f'"{a}"' for a in addresses)
