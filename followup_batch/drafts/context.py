"""What each draft is made of: the row's values as template variables, who it goes to and
who it is from (DESIGN section 4).

Every optional piece degrades gracefully: a value is '' when the cell is blank, None/NaN/NaT or
a placeholder word (N/A, TBD, none, -), and the templates test for ''. A Topic cell holding a
page of notes contributes its first line, and nothing when that is longer than a phrase.

Recipients
----------
A panel or several interviewers get one message each, addressed to that person (DESIGN: "one
message per recipient"), for every action. Emails are paired with names by position when the
counts match (the tracker keeps them in the same order); otherwise an email goes to the
interviewer whose first or last name appears in its local part, and the rest are left off
rather than risk the wrong person (``normalise.addresses.pair_recipients``; the row's Problems
say who is left without an address). Addresses that name another interviewer than the one in
their place are paired by name. One name with several emails gets those that name them (all,
when none does); no names gets one message per address given, greeting the first name its local
part clearly spells ("jane.doe@": "Hi Jane,"; ``first_name_of_address``), else "Hello,". The
group note greets the people by name, not a team's mailbox among them ("hr@", "jobs@").

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
import difflib
import functools
import math
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from followup_batch.drafts.articles import in_a_sentence
from followup_batch.drafts.languages import english_words, worded_day
from followup_batch.drafts.templating import CONTROL_CHARACTERS, Names, join_names
from followup_batch.normalise.addresses import first_name_spelt, is_mailbox, pair_recipients
from followup_batch.normalise.cells import each_distinct, longer_than
from followup_batch.normalise.clients import in_mixed_case
from followup_batch.normalise.controls import printable
from followup_batch.normalise.east_asian_names import (
    family_name_first_form,
    one_pinyin_syllable,
    without_department,
    written_family_name_first,
)
from followup_batch.normalise.name_order import with_married_name
from followup_batch.normalise.name_titles import (
    CHIEF,
    INITIAL_FIRST_COUNTRIES,
    is_arabic_particle,
    is_dutch_degree,
    with_hungarian_title,
    with_south_slavic_title,
    with_west_slavic_title,
    without_de_heer,
)
from followup_batch.normalise.people import (
    ACADEMIC_TITLES,
    COUPLE_GREETING,
    GIVEN_NAME_PARTICLES,
    IN_ENGLISH,
    IRISH_PARTICLES,
    MONSIEUR,
    SURNAME_PREFIXES,
    WITH_FIRST_NAME,
    WITHOUT_ACADEMIC,
    WITHOUT_TITLE,
    Person,
    chief_rank_before_name,
    couple_surname,
    double_given_name,
    first_names_of,
    is_initial,
    is_particle,
    is_role,
    surname_of,
    title_key,
    titles_before,
)
from followup_batch.normalise.timelines import DECISION_WEEK, WEEK_END
from followup_batch.normalise.titles import (
    COMPANY_MAX_WORDS,
    POSITION_MAX_WORDS,
    short_form,
    without_legal_form,
    without_note,
)
from followup_batch.normalise.topics import TOPIC_MAX_WORDS
from followup_batch.normalise.two_surnames import greets_first_surname, without_second_surname
from followup_batch.normalise.vocabularies import PLACEHOLDERS
from followup_batch.read.header_keys import header_key
from followup_batch.read.name_case import (
    cases_as_dutch,
    cases_as_turkish,
    in_dutch_case,
    in_turkish_case,
)
from followup_batch.read.names import SURNAME_PARTICLES, capitalised_name, given_name_first
from followup_batch.schedule.labels import ACTION_LABELS
from followup_batch.text import first_and_more

# What the interview was, as the drafts say it ("I really enjoyed meeting the team").
OCCASIONS: dict[str, str] = {
    "phone": "our call",
    "video": "our video call",
    "onsite": "meeting the team",
    "panel": "meeting the panel",
    "final": "our final conversation",
    "chat": "our chat",
    "other": "our conversation",
}

# A quoted topic is a phrase, not a page of notes; longer text is left out of the draft (a
# company's name, said in the row's Problems: ``normalise.titles.company_left_out``).
MAX_PHRASE_WORDS = {
    "topic": TOPIC_MAX_WORDS,
    "value_add": 20,
    "company": COMPANY_MAX_WORDS,
    "position": POSITION_MAX_WORDS,
}


# --- text helpers ---------------------------------------------------------------------------


def clean_value(value: object, max_words: int | None = None, *, phrase: bool = False) -> str:
    """A cell value as draft text: '' for blanks, None/NaN/NaT and placeholder words.

    One line, single spaces, no control characters, no stray separator (, ; :) at either
    end; a ``phrase`` (topic, value-add: quoted mid-sentence) loses its other punctuation at
    the start and at the end too, names keep theirs as typed (".NET Foundation", "Acme
    Inc.", "../x"). Longer than ``max_words``: ''.
    """
    if type(value) is str:  # (a str subclass goes through str())
        return _clean_text(value, max_words, phrase)
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return _clean_text(str(value), max_words, phrase)


@functools.lru_cache(maxsize=65_536)
def _clean_text(value: str, max_words: int | None, phrase: bool) -> str:
    """``clean_value`` of a text (cached: a coach's trackers repeat their companies, names
    and placeholders across files)."""
    # As every output shows a person's text (``printable``): "Acme<U+202E>gnp.exe" is
    # "Acmegnp.exe" in the subject too, not "Acme gnp.exe" beside the digest's spelling.
    text = CONTROL_CHARACTERS.sub("", printable(value)).strip()
    # The first line only: a Topic cell may hold a page of notes.
    ends = ",;: " + (".!?" if phrase else "")
    text = " ".join(text.split("\n", 1)[0].split()).strip(ends)
    if not text or text.casefold() in PLACEHOLDERS:
        return ""
    # A placeholder of punctuation ("-", "?") has no key; a name in another script
    # (王伟, Ольга) has none either, and is a name.
    key = header_key(text)
    if key in PLACEHOLDERS and (key or not any(c.isalnum() for c in text)):
        return ""
    if max_words is not None and longer_than(text, max_words):
        return ""
    return text


# The quotation marks a whole cell may be wrapped in, as an export from email writes a
# sender's name ('"Coding Ninjas"'), each opening mark with its closing ones.
_QUOTE_PAIRS = {
    '"': '"',
    "'": "'",
    "\u201c": "\u201d\u201c",
    "\u201e": "\u201c\u201d",
    "\u00ab": "\u00bb",
    "\u2018": "\u2019",
}


def without_wrapping_quotes(text: str) -> str:
    """``text`` without the quotation marks around the whole of it ('"Coding Ninjas"':
    "Coding Ninjas"); one quoted inside it ('The "Best" Co') keeps them."""
    stripped = text.strip()
    while (
        len(stripped) > 2
        and stripped[-1] in _QUOTE_PAIRS.get(stripped[0], "")
        and stripped[0] not in stripped[1:-1]
    ):
        stripped = stripped[1:-1].strip()
    return stripped


def company_named(value: object) -> str:
    """How a draft names a company: as written up to ``COMPANY_MAX_WORDS`` words
    (``clean_value``), a longer name by the short form it gives in brackets ("... (GIZ) ...":
    "GIZ"), '' when it gives none (the row's Problems say so); without the applicant's note
    in brackets after it ("Google (Winter)": "Google"; ``titles.without_note``), nor the
    quotation marks around it ('"Coding Ninjas"': ot145 F8, the draft kept them)."""
    if isinstance(value, str):
        value = without_note(without_wrapping_quotes(value))
    named = clean_value(value, MAX_PHRASE_WORDS["company"])
    if named or not isinstance(value, str):
        return named
    return clean_value(short_form(value), MAX_PHRASE_WORDS["company"])


def day_words(day: object, send_year: int | None = None, country: object = "US") -> tuple[str, str]:
    """("Friday, November 20", "Friday"), as the English of the row's calendar ``country``
    writes the day (``languages.english_words``: "Friday 20 November" in GB); the year is
    added when it is not the send year."""
    if day is None or day is pd.NaT or pd.isna(day):  # type: ignore[call-overload]
        return "", ""
    stamp = pd.Timestamp(day)  # type: ignore[arg-type]
    words = english_words(country)
    year = stamp.year if send_year is not None and send_year != stamp.year else None
    text = worded_day(words, stamp.weekday(), stamp.day, stamp.month, year)
    return text, words.weekdays[stamp.weekday()]


def _name_words(name: str) -> list[str]:
    """The words of a name, a remark in brackets left out ("Dana (HR)": ["Dana"])."""
    return re.sub(r"(?<!\()\([^)]*\)", " ", name).split()  # from a run's first "("


def form_of_address(name: str, country: object = "") -> str:
    """How a greeting names someone: the first name, or title and surname ("Dr. Huber");
    nobody for a role ("Hiring Manager", "HR team") or a word before a colon, which is a label
    ("Acme: Dana"). A name typed in capitals or in lower case is greeted as a name is written
    ("DANA ORTIZ", "dana ortiz": "Dana"). The first name is the first word, but for a name
    that was written surname first: all its first names ("García López, María José": "María
    José"; ``people.Person``), and for two given names a person goes by together ("Mary Ann
    Lopez": "Mary Ann"; ``people.DOUBLE_GIVEN_NAMES``). Initials greet nobody, however the name
    is written ("Smith, John A.", "J. Robert Smith": "John", "Robert"; "Nguyen, T.", "J.
    Smith": nobody). A title greets with the surname, its particles kept and its suffix left
    out ("Mr. John Smith Sr.": "Mr. Smith"; "Dr. Ann St. John": "Dr. St. John"; "Mr. Mac
    Smith": "Mr. Smith"; "M. Dupont", Monsieur Dupont, as written), but for Sir and Dame,
    which greet with the first name ("Sir Ian McKellen": "Sir Ian"), or the name as written
    when it has only an initial ("Sir J. Smith", never "Sir Smith"). Hebrew and Arabic titles
    are left out, greeting the first name ("ד״ר שרה לוי": "שרה"; ``people.WITHOUT_TITLE``), as
    is the Philippines' "Ma." ("Ma. Cristina Reyes": "Cristina"); South-East Asia's courtesy
    titles greet as "Sir" ("Bapak Budi Santoso": "Bapak Budi"; ``name_titles``), and on a row
    of India or Sri Lanka initials before a given name are the father's ("R. Karthik":
    "Karthik"). A
    name written in Han, Kana or Hangul is greeted whole, its family and given names typed
    apart joined, with the title or honorific typed after it as typed and without a department
    before it ("王 伟": "王伟"; "인사팀 김민준 님": "김민준 님"; "Dr. 王 伟": "Dr. 王伟";
    ``east_asian_names.family_name_first_form``). A Hungarian name read family name first greets its
    given name, and its family name after a title ("Nagy Péter": "Péter"; "Dr. Nagy Péter":
    "Dr. Nagy"; ``normalise.name_order``), a Hungarian married woman's name her husband's
    family name after her title or "Ms." ("Kovács Jánosné": "Ms. Kovács";
    ``name_order.with_married_name``). Courtesy titles of other languages are greeted in
    English ("Pani Nowak", "ga. Novak": "Ms. Nowak"; ``name_titles``). A Spanish name of two
    surnames after a title greets the first, on the row calendar ``country`` of a Spanish
    speaking country or after a Spanish title ("Sra. Ana García López": "Sra. García";
    ``two_surnames.greets_first_surname``), a
    Portuguese one the last ("Sra. Ana Paula Souza Lima" in Brazil: "Sra. Lima"); elsewhere
    as the name is written ("Sr. João Pedro Silva Santos": "Sr. Santos"). A Turkish
    name typed in capitals is cased by Turkish rules ("IŞIL ÖZTÜRK": "Işıl";
    ``read.name_case``)."""
    name = _in_its_case(name, country)
    words = with_west_slavic_title(without_de_heer(_name_words(name)), country)
    words = with_south_slavic_title(words, country)  # "ga. Novak": Ms. Novak
    words = with_hungarian_title(words, titles_before(words))  # "Nagy Péter úr": Mr. Nagy
    words = with_married_name(words, titles_before(words), country)  # "Kovács Jánosné"
    if without_department(words) != words:  # "HR 김민준": a person of HR, not a role
        return family_name_first_form(words)
    if chief_rank_before_name(words):  # "Chief Inspector Morse", as addressed
        rank = [_title_as_written(w) if w.isupper() or w.islower() else w for w in words[:2]]
        return _with_surname(rank, words[2:], country)
    if not words or "@" in name or is_role(name) or any(w.endswith(":") for w in words):
        return ""
    if couple := couple_surname(words):  # "M. et Mme Martin": "Mr. and Mrs. Martin"
        return _with_surname(COUPLE_GREETING.split(), couple, country)
    count = titles_before(words)
    if count == len(words):
        return ""
    titles, named = _titles(words, country), words[count:]
    if written_family_name_first(named):
        return " ".join([*titles, family_name_first_form(named)])
    last = words[count - 1] if count else ""
    if not titles and len(named) == 1 and is_dutch_degree(last, words[:count], country):
        return ""  # "ir. Vos": a surname, and no title to greet it with
    if not titles:
        if words[0] == MONSIEUR and len(words) > 1 and not isinstance(name, Person):
            return _with_surname([MONSIEUR], words[1:], country)
        if len(words) == 2 and title_key(words[0]) in SHEIKH:
            # "Sheikh Ahmed": the title or a name's first part, greeted whole (report ot86
            # F9: "Hi Sheikh,"); "Sheikha", a woman's given name too, greets as a first name.
            return " ".join(map(_as_written, words))
        if _surname_alone(name, named):
            return ""  # "O'Brien": "Hi O'Brien," is curt; "Hello," as for a role
        return _first_name(name, named) or _after_initials(named, country)
    if {title_key(t) for t in titles} <= WITH_FIRST_NAME:
        # Never "Sir Smith": with only an initial, the name as written ("Sir J. Smith").
        first = _first_name(name, named) or " ".join(map(_as_written, named))
        return " ".join([*titles, first])
    named = _before_given_names(name, named)
    if greets_first_surname(words[:count], named, country):
        named = without_second_surname(named)
    return _with_surname(titles, named, country)


# "Sheikh" before one word: greeted with it ("Sheikh Ahmed").
SHEIKH = frozenset({"sheikh", "shaikh"})


def _in_its_case(name: str, country: object) -> str:
    """``name`` with its words typed in one case cased by Turkish or Dutch rules when it is
    Turkish or Dutch (``name_case.cases_as_turkish``, ``cases_as_dutch``: "IJSBRAND":
    "IJsbrand"), its first names kept (``Person.given``)."""
    if cases_as_turkish(name, country):
        cased = in_turkish_case
    elif cases_as_dutch(name, country):
        cased = in_dutch_case
    else:
        return name
    if isinstance(name, Person):
        return Person(cased(name), cased(name.given))
    return cased(name)


def _before_given_names(name: str, words: list[str]) -> list[str]:
    """A name's ``words`` (after its titles) without the given names written after its family
    name (``Person.given`` of a Hungarian name: "Nagy" of "Nagy Péter",
    ``normalise.name_order``), nor the middle name between them: the family name is the first
    word ("Nguyễn" of "Nguyễn Văn An", not "Văn": report ot143 F3); all of them when its
    given names come first."""
    given = name.given.split()[:1] if isinstance(name, Person) else []
    at = next((i for i, w in enumerate(words) if given and w == given[0]), 0)
    return words[:1] if at else words


def _with_surname(titles: list[str], words: list[str], country: object = "") -> str:
    """``titles`` and the surname of a name's ``words`` on the row ``country``, its particles
    kept as written and its suffix left out: "Dr. St. John" of "Dr." and "Ann St. John Jr."."""
    surname = surname_of(words, country)
    # A particle in lower case as written: "van der Berg", "bin Laden" ("Bin" a first name too).
    written = (
        w if w.islower() and (is_particle(w) or is_arabic_particle(w)) else _as_written(w)
        for w in surname
    )
    return " ".join([*titles, *written])


def _first_name(name: str, words: list[str]) -> str:
    """The first names a greeting uses, of a name's ``words`` (after its titles): those a name
    written surname first set apart (``Person.given``), else the first word; no initials
    ("Smith, John A." and "J. Robert Smith": "John", "Robert"; "Nguyen, T." and "J. Smith":
    '')."""
    if isinstance(name, Person) and name.given:
        return " ".join(_as_written(w) for w in name.given.split() if not is_initial(w))
    if len(words) > 2 and double_given_name(words):  # "Mary Ann Lopez": "Mary Ann"
        return " ".join(map(_as_written, words[:2]))
    if not is_initial(words[0]):
        return _as_written(words[0])
    named = [w for w in first_names_of(words) if not is_initial(w)]
    return _as_written(named[0]) if named else ""


# An Irish surname's "O'" (typed with any apostrophe): no given name starts so ("O'Brien").
_IRISH_O = re.compile(r"[Oo]['’´][^\W\d_]")


def _surname_alone(name: str, words: list[str]) -> bool:
    """Whether a name's ``words`` (without a title) are a surname and no first name, which a
    greeting cannot name a person by without a title (ot127 F4): an Irish "O'" name ("O'Brien",
    "O’NEIL"), or particles and a surname that no given name starts ("van der Berg", "De La
    Cruz", "van Dijk" with its particle in lower case, "St. John"). A single word is a first
    name otherwise ("Sarah", "Nakamura": nothing tells), and so is a particle that is a given
    name too, capitalised alone before a surname ("Van Morrison", "Von Miller", "Mac
    Donald"); "De Niro", "Le Blanc", "Da Silva" are surnames (``_particle_no_given_name``)."""
    if isinstance(name, Person) and name.given:
        return False
    if len(words) == 1:
        return _IRISH_O.match(words[0]) is not None
    if first_names_of(words):
        return False
    first, second = words[0], words[1]
    typed_lower = first.islower() and not all(w.islower() for w in words)
    return (
        typed_lower
        or is_particle(second)
        or title_key(first) in SURNAME_PREFIXES
        or first.casefold() in IRISH_PARTICLES  # "Ó Briain"
        or _particle_no_given_name(words)
    )


def _particle_no_given_name(words: list[str]) -> bool:
    """Whether a name's first word is a particle no given name is ("De Niro", "Le Blanc", "Da
    Silva", "Du Pont"; not "Van", "Von": ``GIVEN_NAME_PARTICLES``), and not a Chinese given
    name before a family name of one syllable ("Di Wang", "Da Wei", "Le Zhang" greet by it)."""
    first = words[0].casefold()
    if first not in SURNAME_PARTICLES or first in GIVEN_NAME_PARTICLES:
        return False
    return not (len(words) == 2 and one_pinyin_syllable(words[1]))


def _after_initials(words: list[str], country: object) -> str:
    """The given name after the initials of a name on a row of India or Sri Lanka, where the
    father's initial comes first ("R. Karthik": "Karthik"; ``name_titles``); else ''."""
    code = country.split("-")[0] if isinstance(country, str) else ""
    if code not in INITIAL_FIRST_COUNTRIES or len(words) < 2 or is_initial(words[-1]):
        return ""
    return _as_written(words[-1]) if all(map(is_initial, words[:-1])) else ""


def _titles(words: list[str], country: object = "") -> list[str]:
    """The titles a greeting keeps of those before a name, German and Dutch ones in English
    ("Hr. Vogel", "dhr. de Jong": ["Mr."]; "Ms. Dr. Lee" and "Frau Dr. Eva Huber": ["Dr."];
    "Mme Dr Durand": ["Mme"]; "Chief Dr. Emeka Anyaoku": ["Chief"], first of any), in a name's
    case ("DR.": "Dr."); none of ``WITHOUT_TITLE`` nor a Dutch degree on the row ``country``
    ("ir.": ``name_titles.is_dutch_degree``)."""
    before = words[: titles_before(words)]
    written = [
        IN_ENGLISH.get(title_key(w), w)
        for w in before
        if title_key(w) not in WITHOUT_TITLE and not is_dutch_degree(w, before, country)
    ]
    keys = {title_key(w) for w in written}
    if CHIEF in keys:  # "Chief (Dr.) Adeyemi": Chief Adeyemi
        kept = [w for w in written if title_key(w) == CHIEF][:1]
    elif not keys & ACADEMIC_TITLES:
        kept = written
    elif keys & WITHOUT_ACADEMIC:
        kept = [w for w in written if title_key(w) not in ACADEMIC_TITLES]
    else:
        kept = [w for w in written if title_key(w) in ACADEMIC_TITLES]
    return [_title_as_written(w) if w.isupper() or w.islower() else w for w in kept]


def _title_as_written(title: str) -> str:
    """A title in capitals or lower case as titles are written: "Dr.", and in capitals when
    it is made of initials ("c.p.": "C.P.", contador público)."""
    return title.upper() if is_initial(title) else title.capitalize()


def _as_written(word: str) -> str:
    """A name in capitals or lower case as names are written ("DANA", "dana": "Dana";
    "MARY-ANN": "Mary-Ann"); a name with capitals of its own ("McKay", "JP") as it is."""
    if (word.isupper() and len(word) > 2) or word.islower():
        return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    return word


def greeting(names: Sequence[str]) -> str:
    """ "Hi Dana," / "Hi Dana and Sam," / "Hi Dana, Sam and Lee," / "Hi everyone," (four or
    more, in a group note) / "Hello," (no name known)."""
    if not names:
        return "Hello,"
    if len(names) > 3:
        return "Hi everyone,"
    return f"Hi {join_names(names)},"


# --- sender and recipients ------------------------------------------------------------------


def _indentation(line: str) -> str:
    """The spaces a line of text starts with ('' for a line of spaces only)."""
    return line[: len(line) - len(line.lstrip(" "))] if line.strip() else ""


def sender_for(
    client: object,
    sender: Mapping[str, str],
    clients: Mapping[str, Mapping[str, str]] | None = None,
) -> dict[str, str]:
    """The sender of a row's messages: the row's Client wins for the name.

    The configured email, phone and signature belong to the configured name: they are used
    when the row has no client, or its client is that name (or no name is configured). A
    coach's tracker of several clients gets the client's name and no one else's details, or
    the client's own from ``clients`` (the config's ``[clients."Maya Chen"]``).
    """
    configured = clean_value(sender.get("name", ""))
    written = clean_value(client)
    # A coach's tag on the client ("José Núñez 🎯") is not part of the name they sign with.
    name = signed_name(written) or configured
    if not in_mixed_case(name):  # "maya chen", "MAYA CHEN": signed as a person writes it
        name = capitalised_name(name)
    profiles: dict[str, Mapping[str, str]] = {}
    for table, profile in (clients or {}).items():  # as written first: "Chen, Maya" too
        profiles.setdefault(table.casefold(), profile)
    for table, profile in (clients or {}).items():
        profiles.setdefault(table_client(table), profile)
    own = not configured or name.casefold() == signed_name(configured).casefold()
    for key in (written.casefold(), name.casefold()):  # [clients."José Núñez 🎯"] too
        if key in profiles:
            sender, own = profiles[key], True
            break
    email = clean_value(sender.get("email", "")) if own else ""
    phone = clean_value(sender.get("phone", "")) if own else ""
    signature = str(sender.get("signature", "") or "") if own else ""
    signature = CONTROL_CHARACTERS.sub("", signature.expandtabs(4).replace("\r\n", "\n"))
    # Each line's spacing tidied, its indentation kept (an address block, a list) but for
    # what every line shares (a TOML string indented as a whole).
    lines = (_indentation(line) + " ".join(line.split()) for line in signature.split("\n"))
    signature = textwrap.dedent(re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n"))
    signature = signature.strip("\n").rstrip()
    contact = " or ".join(part for part in (email, phone) if part)
    return {
        "sender_name": name,
        "sender_email": email,
        "sender_phone": phone,
        "contact": contact,
        "signature": signature or name,
    }


def unmatched_client_notes(
    names: Iterable[str], clients: Mapping[str, Mapping[str, str]] | None
) -> list[str]:
    """A note for each ``[clients."Name"]`` of the config that signs none of ``names`` (the
    clients of a file's rows) but is spelt like one of them: a misspelt name leaves that
    client's email, phone and signature out of their drafts without a word. A table near
    none of them is for another file's client (a coach's config lists all of hers)."""
    if not clients:
        return []
    signers = _signers(names)
    notes = []
    for table in clients:
        if not signers or _names_one(table, signers):
            continue
        close = _near(table, signers)
        if close:
            client = signers[close[0]]
            notes.append(
                f'[clients."{table}"] in the config names no client of this file; did you mean '
                f'"{client}"? Its email, phone and signature are left out of {client}\'s drafts'
            )
    return notes


def unnamed_client_notes(
    names: Iterable[str], clients: Mapping[str, Mapping[str, str]] | None
) -> list[tuple[str, bool]]:
    """A note for each ``[clients."Name"]`` of the config that names none of ``names`` (the
    clients of every file of a run) and is not a letter or two off one of them either (those
    are said of their file, ``unmatched_client_notes``), and whether it is news: a name
    mistyped further ("Chen Maya", "Maya") gives that client the defaults without a word, so
    one alike a client of the run asks whether that one was meant; one alike none is taken
    for the client of another run (a coach's config lists every client), and names the
    run's clients, for -v."""
    signers = _signers(names)
    if not clients or not signers:
        return []
    notes = []
    for table in clients:
        if _names_one(table, signers) or _near(table, signers):
            continue
        wanted = table_client(table)
        alike = sorted(signers, key=lambda key: -_likeness(wanted, key))
        close = [key for key in alike if _likeness(wanted, key) >= ALIKE]
        if close:
            meant = list(dict.fromkeys(signers[key] for key in close))  # each client once
            hint = f"did you mean {' or '.join(_quoted(meant[:3]))}?"
        else:  # in one order on every line (ot65 F11)
            every = sorted(set(signers.values()), key=lambda name: (name.casefold(), name))
            hint = f"the run's clients are {first_and_more(_quoted(every), 3)}."
        note = (
            f'[clients."{table}"] in the config names no client of this run; {hint} Its '
            "email, phone and signature are in no draft"
        )
        notes.append((note, bool(close)))
    return notes


# How alike a [clients] table's name and a client's must be for "did you mean" (a name in
# the other order, or one of its words, is; another person's name is not).
ALIKE = 0.6


def _quoted(names: Iterable[str]) -> list[str]:
    return [f'"{name}"' for name in names]


def _signers(names: Iterable[str]) -> dict[str, str]:
    """Casefolded name (as written, and as it signs) -> the name as it signs."""
    signers: dict[str, str] = {}
    for name in names:
        written = clean_value(name)
        for key in (written, signed_name(written)):
            if key:
                signers.setdefault(key.casefold(), signed_name(written) or written)
    return signers


def table_client(table: str) -> str:
    """The client a ``[clients."Name"]`` table names, as rows and file names name clients
    (casefolded): without a tag, given name first, as a Client cell or a file "Chen, Maya" is
    read ("Chen, Maya" is Maya Chen's table, "Chen Maya" without the comma is not)."""
    return given_name_first(signed_name(table)).casefold()


def _names_one(table: str, signers: Mapping[str, str]) -> bool:
    return bool(
        {table.casefold(), signed_name(table).casefold(), table_client(table)} & set(signers)
    )


def _near(table: str, signers: Mapping[str, str]) -> list[str]:
    """The client ``table`` is a letter or two off from, if any."""
    return difflib.get_close_matches(table_client(table), signers, n=1, cutoff=0.8)


def _likeness(one: str, other: str) -> float:
    """How alike two names are, in either order of their words ("Chen Maya", "Maya Chen")."""
    return max(
        difflib.SequenceMatcher(None, one, other).ratio(),
        difflib.SequenceMatcher(None, sorted(one.split()), sorted(other.split())).ratio(),
    )


# Emoji and other pictographs: symbols (So), and the parts of an emoji sequence — variation
# selectors, tag characters, skin-tone modifiers, the keycap mark and the joiner between them.
_EMOJI_PARTS = re.compile(
    "[\ufe00-\ufe0f\U000e0020-\U000e007f\U000e0100-\U000e01ef\U0001f3fb-\U0001f3ff\u20e3]"
)
# What a tag leaves beside a name: empty brackets, a separator at either end ("Maya Chen – ").
# Each begins where a run of its characters begins: tried from each of a run's characters in
# turn, each scanned the rest of the run (seconds on a name of 20,000 "(").
_LEFT_BY_A_TAG = re.compile(
    r"(?<![(\[{])[(\[{]\W*[)\]}]|^[\s\-‐–—|/·•,:;]+|(?<![\s\-‐–—|/·•,:;])[\s\-‐–—|/·•,:;]+$"
)


def signed_name(text: str) -> str:
    """``text`` as a person signs with it: without the emoji and pictographs a tracker tags
    its clients with ("José Núñez 🎯", "🚀 田中 美咲", "Ann Lee ⭐️ (VIP)"), the letters of every
    script kept, and a joiner inside a name ("\u200c" in a Persian name) kept."""
    if text.isascii():
        return text
    kept: list[str] = []
    dropped = False
    for at, char in enumerate(text):
        # A space in its place: "Ann🎯Lee" signs "Ann Lee", not "AnnLee".
        if unicodedata.category(char) == "So" or _EMOJI_PARTS.match(char):
            dropped = True
            kept.append(" ")
        elif char == "\u200d" and _pictograph_beside(text, at):
            kept.append(" ")
        else:
            kept.append(char)
    if not dropped:
        return text
    name = " ".join("".join(kept).split())
    while (shorter := _LEFT_BY_A_TAG.sub("", name).strip()) != name:
        name = " ".join(shorter.split())
    return name


def _pictograph_beside(text: str, at: int) -> bool:
    """Whether the joiner at ``at`` joins an emoji sequence (not two letters of a script)."""
    return any(
        unicodedata.category(char) == "So" or bool(_EMOJI_PARTS.match(char))
        for char in text[max(at - 1, 0) : at] + text[at + 1 : at + 2]
    )


def _as_list(value: object) -> tuple[str, ...]:
    """A list cell (names, emails) as clean texts; tolerates a bare string or a blank."""
    if isinstance(value, (list, tuple, np.ndarray)):
        items: Iterable[object] = value
    elif value is None or (isinstance(value, float) and math.isnan(value)):
        items = ()
    else:
        items = (value,)
    return tuple(text for text in map(_clean_item, items) if text)


def _clean_item(item: object) -> str:
    """``clean_value`` of a list cell's item; a ``Person`` keeps their first names."""
    text = clean_value(item)
    return Person(text, item.given) if isinstance(item, Person) and text else text


# --- row contexts ---------------------------------------------------------------------------


# A company named with its article ("The New York Times", "the Guardian") gives the team
# phrase its own "the": "the New York Times team", never "the The New York Times team".
LEADING_ARTICLE = re.compile(r"\Athe\s+(?=\S)", re.IGNORECASE)


def role_phrases(position: str, company: str) -> tuple[str, str]:
    role = f"the {position} role" if position else "the role"
    if company:
        named = LEADING_ARTICLE.sub("", without_legal_form(company), count=1)
        return f"{role} at {in_a_sentence(company)}", f"the {named} team"
    # Not "the team": after "meeting the team" (an onsite interview) it reads twice.
    return role, "your team"


# The marks that count a check-in as sent.
CHECK_IN_DONE = ("check_in_1_done", "check_in_2_done")
# The normalised frame's columns a row's context is made from.
CONTEXT_COLUMNS = (
    "company",
    "position",
    "interview_type",
    "interviewers",
    "interviewer_emails",
    "interviewer_email_owners",
    "client",
    "topic",
    "value_add",
    "thank_you_done",
    *CHECK_IN_DONE,
    "decision_phrase",
    "decision_week",  # a week's end ("EOW") names its last working day: quoted as a date is
    "country",  # the English its days are worded in
    "outcome",  # on hold: a check-in asks no "next steps" of a paused role
)

# A message is worded by what was sent, not by its step's number: a step taken here for
# another when no check-in of the interview was marked sent before it. A 2nd check-in whose
# 1st was skipped unsent (the 2nd already due) is the person's first check-in, and says
# nothing of an earlier one ("I am checking in again" about a check-in that never happened).
WORDED_AS_WHEN_NO_CHECK_IN_SENT = {"check_in_2": "check_in_1"}


def worded_as(steps: np.ndarray, check_in_sent: np.ndarray, *, labels: bool = False) -> np.ndarray:
    """The step each message is worded as: its own (``steps``: the next actions' keys, or
    with ``labels`` their labels), or ``WORDED_AS_WHEN_NO_CHECK_IN_SENT``'s where
    ``check_in_sent`` (per row: a check-in was marked sent) is False."""
    worded = np.asarray(steps, dtype=object).copy()
    unsent = ~np.asarray(check_in_sent, dtype=bool)
    for step, wording in WORDED_AS_WHEN_NO_CHECK_IN_SENT.items():
        if labels:
            step, wording = ACTION_LABELS[step], ACTION_LABELS[wording]
        worded[unsent & (worded == step)] = wording
    return worded


def _marks(cells: Mapping[str, list[Any]], name: str, size: int) -> np.ndarray:
    """A true-or-false column (``*_done``: marked sent) as booleans; a blank or missing cell
    is false."""
    return np.asarray(_column(cells, name, size, False), dtype=object) == True  # noqa: E712


def week_end(week: object) -> bool:
    """Whether a stated decision's week (``decision_week``) is that of "end of week" ("EOW",
    "this week"): its phrase names a day, the week's last working day, as "Friday" does."""
    return week is not None and not pd.isna(week) and week == DECISION_WEEK[WEEK_END]


def _column(
    cells: Mapping[str, list[Any]], name: str, size: int, default: object = ""
) -> list[Any]:
    if name in cells:
        return cells[name]
    return [default] * size


def day_numbers(dates: np.ndarray) -> np.ndarray:
    """Dates (datetime64, any unit) as day numbers since 1970 (NaT: -1), cheap to hash and
    compare."""
    day = np.asarray(dates).astype("datetime64[D]")
    return np.where(np.isnat(day), -1, day.astype(np.int64))


def objects(values: Iterable[Any]) -> np.ndarray:
    """An object array of ``values`` as they are (a tuple stays one element)."""
    return np.fromiter(values, dtype=object)


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, (list, np.ndarray)) else value


def _first_names(names: object) -> tuple[str, ...]:
    """The first names a row's people were read with (``Person.given``), which their names do
    not show: "María José García López" read from "García López, María José" is greeted
    otherwise than the same name written first name first."""
    if not isinstance(names, tuple):
        return ()
    return tuple(name.given if isinstance(name, Person) else "" for name in names)


@dataclass(frozen=True)
class People:
    """Who a row's messages go to: the group note and one message per person."""

    greeting: str
    names: tuple[str, ...]  # forms of address greeted in the group note
    recipient: str
    emails: tuple[str, ...]
    each: tuple[tuple[str, str, tuple[str, ...], str], ...]  # name, greeting, names, email


def first_name_of_address(email: str = "") -> str:
    """The first name an address clearly spells, as written ("jane.doe@acme.com": "Jane"); ''
    for an address that names no one for sure ("jdoe@", "jane@", "hr.team@", "j.doe@")."""
    return _as_written(first_name_spelt(email))


def people_of(
    names_cell: object, emails_cell: object, owners: object = None, country: object = ""
) -> People:
    """Who a row's messages go to. ``owners``: for addresses written among the names in the
    Interviewer cell, the name each is written with (``pair_recipients``' ``written``);
    ``country``: the row's calendar, whose language greets by one surname or another."""
    names = tuple(map(_without_pictographs, _as_list(names_cell)))
    emails = tuple(e for e in _as_list(emails_cell) if "@" in e)
    written = owners if isinstance(owners, tuple) and len(owners) == len(emails) else None
    pairs = pair_recipients(names, emails, written)
    greeted = Names(f for f in (_form_of(name, pairs, country) for name in names) if f)
    # A panel written as its addresses, or an address of no one named beside the names: each
    # greeted as its address spells them, or everyone "Hello," when one may be a person's
    # that spells no name ("jdoe@": greeting the others by name would pass them over). A
    # team's mailbox on the note ("hr@", "jobs@") is no one to greet: the people are.
    alone = [paired[0] for name, paired in pairs if not name and paired]
    alone = [email for email in alone if not is_mailbox(email)]
    if alone:
        spelt = [f for f in map(first_name_of_address, alone) if f]
        greeted = Names([*greeted, *spelt]) if len(spelt) == len(alone) else Names(())
    each = []
    for name, paired in pairs:
        form = _form_of(name, pairs, country) if name else first_name_of_address(*paired[:1])
        own = Names((form,) if form else ())
        each.append((name, greeting(own), own, ", ".join(paired)))
    recipient = names[0] if len(names) == 1 else ""
    # The group note goes to the addresses the people's own notes go to, and no other.
    used = {e for _, paired in pairs for e in paired}
    emails = tuple(e for e in emails if e in used)
    group = greeting(greeted)
    if greeted and any(map(_by_surname_alone, names)):
        group = "Hi everyone,"  # "Hi Sarah," to Sarah and O'Brien would pass him over
    return People(group, greeted, recipient, emails, tuple(each))


def _form_of(name: str, pairs: Sequence[tuple[str, Sequence[str]]], country: object) -> str:
    """``form_of_address`` of ``name``, read in the order its address writes it
    (``_in_address_order``); the name itself stays as typed (the To, the Drafts sheet)."""
    return form_of_address(_in_address_order(name, pairs), country)


def _in_address_order(name: str, pairs: Sequence[tuple[str, Sequence[str]]]) -> str:
    """A name of two words typed family name first, as its own address writes it given name
    first, in that order ("Tanaka Yuki" beside yuki.tanaka@: "Yuki Tanaka", greeted "Hi
    Yuki," not "Hi Tanaka,": report ot146 F6); any other name as it is. The address is the
    only evidence: a name with a title, or an address that spells no two words of it, stays."""
    if type(name) is not str:  # a Person knows their given names
        return name
    words = name.split()
    if len(words) != 2:
        return name
    local = next((paired[0] for named, paired in pairs if named == name and paired), "")
    parts = re.split(r"[._-]", local.rpartition("@")[0].split("+")[0].casefold())
    if parts != [_unaccented(words[1]), _unaccented(words[0])] or titles_before(words):
        return name
    return f"{words[1]} {words[0]}"


def _unaccented(word: str) -> str:
    """``word`` as an address spells it: in lower case, without accents ("Péter": "peter")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _without_pictographs(name: str) -> str:
    """A name as a greeting and a mail's To write it: without the emoji a tracker tags people
    with (report ot143 F5: "🚀 Sam Lee" was greeted "Hi 🚀,", "Priya Nair 🌱" kept hers in
    the To; ``signed_name``). A ``Person`` keeps their first names."""
    bare = signed_name(name)
    if bare == name or not bare:
        return name
    return Person(bare, name.given) if isinstance(name, Person) else bare


def _by_surname_alone(name: str) -> bool:
    """Whether ``name`` is a person written by their surname alone, without a title, whom a
    greeting names by no name (``_surname_alone``: "O'Brien")."""
    words = _name_words(name)
    return bool(words) and not titles_before(words) and _surname_alone(name, words)


def team_mailboxes_only(names_cell: object, emails_cell: object, owners: object = None) -> str:
    """The addresses of a row whose messages go to team mailboxes only ("recruiting@",
    "careers@": ``is_mailbox``), greeting no one by name ("Hiring team", or no Interviewer),
    ', '-joined; '' when a person is greeted or written to. A networking check-in is a
    personal note: sent to such an inbox, it reads as odd and unanswerable (ot127 F6)."""
    # The messages go to some of the row's addresses: with no mailbox among them, none is
    # written to mailboxes only, and who is greeted need not be worked out (it is the
    # costly part: a 100,000-row run spent seconds greeting people here to send nothing).
    if not any(is_mailbox(e) for e in _as_list(emails_cell) if "@" in e):
        return ""
    people = people_of(names_cell, emails_cell, owners)
    if people.names or not people.emails or not all(map(is_mailbox, people.emails)):
        return ""
    return ", ".join(people.emails)


def networking_to_mailboxes(frame: pd.DataFrame, actions: np.ndarray) -> dict[object, str]:
    """The Why line of each row of ``frame`` whose next action (``actions``: keys, one a row)
    is a networking check-in to team mailboxes only (``team_mailboxes_only``), by row: find a
    person there to send it to."""
    lines = {}
    names = frame["interviewers"].to_numpy(dtype=object)
    emails = frame["interviewer_emails"].to_numpy(dtype=object)
    owners = frame.get("interviewer_email_owners", pd.Series(None, index=frame.index))
    owner_cells = owners.to_numpy(dtype=object)
    said: dict[tuple[object, object, object], str] = {}  # a coach's rows share their people
    for at in np.flatnonzero(np.asarray(actions, dtype=object) == "networking").tolist():
        cells = _hashable(names[at]), _hashable(emails[at]), _hashable(owner_cells[at])
        try:
            mailboxes = said[cells]
        except KeyError:
            mailboxes = said[cells] = team_mailboxes_only(*cells)
        except TypeError:  # a cell that holds no hashable value
            mailboxes = team_mailboxes_only(*cells)
        if mailboxes:
            are = "are team mailboxes" if ", " in mailboxes else "is a team's mailbox"
            lines[frame.index[at]] = (
                f"Draft: {mailboxes} {are}, not a person, and a networking check-in is a "
                "personal note: find someone there to send it to (their name in the "
                "Interviewer cell greets them)"
            )
    return lines


def recipients_of(
    names_cell: object, emails_cell: object, owners: object = None
) -> tuple[tuple[str, str], ...]:
    """(name, addresses) of each of a row's drafts, in the order of its messages
    (``people_of``), as the Drafts sheet's To and Email cells hold them: the name ('' for an
    address written under no name) and its addresses ', '-joined ('' for a person without
    one). What the digests show and link to, each person beside the addresses their own
    draft goes to ("Tom Becker <jobs@…>" as the Interviewer cell wrote it, which the names
    and addresses in two lists cannot say), so that an address the run leaves off the drafts
    ("bob@" beside "Dana Ortiz") is left off there too."""
    each = people_of(names_cell, emails_cell, owners).each
    return tuple((str(name), email) for name, _, _, email in each if name or email)


@functools.lru_cache(maxsize=16_384)
def _day_words_of_number(day_number: int, send_year: int | None, country: str) -> tuple[str, str]:
    """``day_words`` of a day number (cached: a coach's trackers share their days)."""
    return day_words(_date(day_number) if day_number >= 0 else None, send_year, country)


# An interview this many days or fewer before a message is named by its weekday ("on Monday").
RECENT_DAYS = 6
# The interview named from the day the message goes out, by how many days before it was.
INTERVIEW_WHEN = {0: "today", 1: "yesterday"}


def interview_when(day: str, days_before: int) -> str:
    """How a message names the interview from the day it goes out (ot127 F1): "today" (a
    thank-you sent the same day: "on Tuesday", on that Tuesday, reads as a stock template),
    "yesterday", else "on" and its date ("on Wednesday, December 2": "on Wednesday" alone, 6
    days back, reads as tomorrow). '' when the interview's day is unknown."""
    if not day:
        return ""
    return INTERVIEW_WHEN.get(days_before, f"on {day}")


def _date(day_number: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=day_number)


def row_contexts(
    cells: Mapping[str, list[Any]],
    actions: np.ndarray,
    interview: np.ndarray,
    decision: np.ndarray,
    due: np.ndarray,
    sender: Mapping[str, str],
    applied: np.ndarray | None = None,
    clients: Mapping[str, Mapping[str, str]] | None = None,
    send: np.ndarray | None = None,
    decision_on_holiday: np.ndarray | None = None,
) -> tuple[dict[str, np.ndarray], list[People]]:
    """The template variables of some rows (their group notes), one column each, and who each
    row's messages go to. ``cells``: those rows' values of the frame's ``CONTEXT_COLUMNS`` (by
    name, a list each; a missing column is blank). Dates are day numbers (``day_numbers``).

    ``send``: the day each message goes out (its due date, or the run's date when that is
    later): an interview more than ``RECENT_DAYS`` before it is named by its date, not its
    weekday ("on Monday, November 9": "on Monday" would read as the last one).
    ``decision_on_holiday``: whether each decision date is a holiday of the row's calendar
    (not quoted)."""
    size = len(actions)
    company = each_distinct(company_named, _column(cells, "company", size, None))
    position = each_distinct(
        lambda cell: clean_value(cell, MAX_PHRASE_WORDS["position"]),
        _column(cells, "position", size, None),
    )
    kind = each_distinct(
        lambda cell: clean_value(cell) or "other", _column(cells, "interview_type", size, "other")
    )
    roles = each_distinct(role_phrases, position, company)
    sent_on = send if send is not None else due  # the year a message names its days from
    years = each_distinct(lambda day: None if day < 0 else _date(day).year, sent_on.tolist())
    # Each row's days in the English of its calendar country ("Monday 15 February" in GB).
    english = [c if isinstance(c, str) and c else "US" for c in _column(cells, "country", size)]
    interview_days = each_distinct(_day_words_of_number, interview.tolist(), years, english)
    far = (
        (interview >= 0) & (send - interview > RECENT_DAYS)
        if send is not None
        else np.zeros(size, dtype=bool)
    )
    decision_days = each_distinct(_day_words_of_number, decision.tolist(), years, english)
    applied_numbers = applied.tolist() if applied is not None else [-1] * size
    applied_days = each_distinct(_day_words_of_number, applied_numbers, years, english)
    names = [_hashable(cell) for cell in _column(cells, "interviewers", size, None)]
    people = each_distinct(
        lambda names_cell, emails_cell, owners, _first, country: people_of(
            names_cell, emails_cell, owners, country
        ),
        names,
        map(_hashable, _column(cells, "interviewer_emails", size, None)),
        map(_hashable, _column(cells, "interviewer_email_owners", size, None)),
        map(_first_names, names),  # a key only
        english,  # the row's calendar: which surname of two a title greets with
    )
    senders = each_distinct(
        lambda client: sender_for(client, sender, clients), _column(cells, "client", size)
    )
    thanked = _marks(cells, "thank_you_done", size)
    check_ins = np.zeros(size, dtype=np.int64)  # how many check-ins were marked sent
    for name in CHECK_IN_DONE:
        check_ins += _marks(cells, name, size)
    columns: dict[str, Iterable[Any]] = {
        "action": worded_as(actions, check_ins > 0),
        "greeting": [who.greeting for who in people],
        "names": [who.names for who in people],
        "recipient": [who.recipient for who in people],
        "company": company,
        "the_company": each_distinct(in_a_sentence, company),
        "position": position,
        "the_role": [the_role for the_role, _ in roles],
        "team": [team for _, team in roles],
        "interview_type": kind,
        "occasion": [OCCASIONS.get(k, OCCASIONS["other"]) for k in kind],
        "interview_day": [day for day, _ in interview_days],
        "interview_weekday": [
            day if long_ago else weekday
            for (day, weekday), long_ago in zip(interview_days, far.tolist(), strict=True)
        ],
        "interview_when": [
            interview_when(day, before)
            for (day, _), before in zip(interview_days, (sent_on - interview).tolist(), strict=True)
        ],
        "topic": each_distinct(
            lambda cell: clean_value(cell, MAX_PHRASE_WORDS["topic"], phrase=True),
            _column(cells, "topic", size),
        ),
        "value_add": each_distinct(
            lambda cell: clean_value(cell, MAX_PHRASE_WORDS["value_add"], phrase=True),
            _column(cells, "value_add", size),
        ),
        "decision_day": [day for day, _ in decision_days],
        # A date worked out from "next week" is not one they said: a draft quotes only a
        # written date (or the day "end of week" names) back to the interviewer, and not one
        # that is a holiday there ("end of week" after a Thursday 12-24 interview is read as
        # Christmas Day: no one decides then).
        "written_decision_day": [
            "" if (phrase and not week_end(week)) or holiday else day
            for (day, _), phrase, week, holiday in zip(
                decision_days,
                _column(cells, "decision_phrase", size),
                _column(cells, "decision_week", size, None),
                np.zeros(size, dtype=bool) if decision_on_holiday is None else decision_on_holiday,
                strict=True,
            )
        ],
        # A thank-you sent late, after the day they hoped to decide by, cannot say they "hope
        # to decide by" it: the day each message goes out is past it.
        "decision_day_passed": np.array(["", "yes"], dtype=object)[
            ((decision >= 0) & (sent_on > decision)).astype(np.int64)
        ],
        "applied_day": [day for day, _ in applied_days],
        "check_ins_sent": np.array(["", "1", "2"], dtype=object)[check_ins],
        "thank_you_note_sent": np.array(["", "yes"], dtype=object)[thanked.astype(np.int64)],
        # A role on hold (a hiring freeze) has no next steps to ask about: the check-ins say
        # the person understands and stays interested (ot108 F8).
        "on_hold": [
            "yes" if outcome == "on hold" else "" for outcome in _column(cells, "outcome", size)
        ],
        **{name: [sent_by[name] for sent_by in senders] for name in senders[0]},
    }
    return {name: objects(values) for name, values in columns.items()}, people


def with_each_recipient(
    context: Mapping[str, np.ndarray], people: Sequence[People]
) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    """Every message to render, in row order: each row's group note, then (a row of several
    recipients) one message addressed to each of them.

    Returns their contexts (columns, as ``context``), the row of each and which are group notes.
    """
    extra = np.array([len(who.each) if len(who.each) > 1 else 0 for who in people])
    row_of = np.repeat(np.arange(len(people)), 1 + extra)
    is_note = np.ones(len(row_of), dtype=bool)
    is_note[1:] = row_of[1:] != row_of[:-1]
    columns = {name: column[row_of] for name, column in context.items()}
    each = [one for who in people if len(who.each) > 1 for one in who.each]
    addressed = ~is_note
    columns["recipient"][addressed] = objects(name for name, _, _, _ in each)
    columns["greeting"][addressed] = objects(hello for _, hello, _, _ in each)
    columns["names"][addressed] = objects(greeted for _, _, greeted, _ in each)
    return columns, row_of, is_note
