"""Names as the rows of one application share them: "Acme Inc.", "ACME" and "acme, inc"
are one employer (the reader's merged cells and the rounds rule compare names this way)."""

from __future__ import annotations

import functools
import re
import unicodedata

from followup_batch.read.name_case import cases_as_turkish, in_turkish_case, with_dutch_ij

# Legal forms after a company's name: "Acme", "Acme Inc." and "ACME, Inc" are one employer.
_FORMS = "inc incorporated corp corporation co company llc llp lp ltd limited plc gmbh ag kg se"
LEGAL_FORMS = frozenset(f"{_FORMS} sa sas sarl srl spa bv nv pty oy ab as".split())
# Particles of a surname, written in lower case inside a name: "Jan van der Berg".
SURNAME_PARTICLES = frozenset({"van", "der", "den", "de", "von", "da", "di", "du", "del", "della"})
SURNAME_PARTICLES |= {"dos", "das", "le", "la", "ter", "ten", "zu"}
_NAME_PART = re.compile(r"[^\W\d_]+")


def capitalised_name(name: str) -> str:
    """A name typed all in one case as a person writes it: "jean-luc o'neil" and "JEAN-LUC
    O'NEIL" -> "Jean-Luc O'Neil", "jan van der berg" -> "Jan van der Berg"; initials, a short
    word without a vowel, in capitals: "JD", "tj lee" -> "TJ Lee"; "mcdonald" -> "McDonald".
    A name with letters only Turkish writes by Turkish rules: "IŞIL ÖZTÜRK" -> "Işıl Öztürk"
    (``name_case``)."""
    if cases_as_turkish(name):
        return in_turkish_case(name)
    return with_dutch_ij(_NAME_PART.sub(_capitalised, name.lower()))


def _capitalised(word: re.Match[str]) -> str:
    text = word.group(0)
    if word.start() and text in SURNAME_PARTICLES:
        return text
    if (
        len(text) <= 3
        and text not in _NAMES_WITHOUT_VOWELS
        and not _VOWELS.intersection(unicodedata.normalize("NFD", text))
    ):
        return text.upper()  # "JD", "TJ": initials
    if text.startswith("mc") and len(text) > 4:
        return "Mc" + text[2:].capitalize()  # "McDonald", "McKay"
    return text.capitalize()


_VOWELS = frozenset("aeiouy")
_NAMES_WITHOUT_VOWELS = frozenset({"ng"})  # the Cantonese surname "Ng"


# One word of a name, its parts joined by an apostrophe or a hyphen as keyboards and word
# processors write them: "O'Neil", "O’Neil", "O‘Neil", "O`Neil" and "O´Neil" (a dead key),
# "Smith-Jones" and "Smith‑Jones" (a non-breaking hyphen).
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’‘`´‐‑-][^\W\d_]+)*")


def given_name_first(name: str) -> str:
    """A person's name written surname first, as a list of people sorts them, written first
    name first: "Lee, Ann" -> "Ann Lee", "van der Berg, Jan" -> "Jan van der Berg", "Baker,
    Tom J." -> "Tom J. Baker". Anything else is returned as it is: no comma, more than one,
    two surnames before one word ("Maya Chen, PhD": a degree, not a first name), a legal
    form after it ("Acme, Inc"), or words that are no name's ("Lee, Sam - Job Search"); "García
    López, María José" is María José García López."""
    surname, comma, given = name.partition(", ")
    if not comma or "," in given:
        return name
    family, first = surname.split(), given.split()
    surnames = [word for word in family if word not in SURNAME_PARTICLES]
    if (
        not 0 < len(surnames) <= min(2, len(first))
        or len(first) > 3
        or not all(_NAME_OR_INITIAL.fullmatch(word) for word in [*surnames, *first])
        or name_key(given, company=True) in LEGAL_FORMS
    ):
        return name
    return f"{' '.join(first)} {' '.join(family)}"


# A word of a name, or an initial with its dot ("J.").
_NAME_OR_INITIAL = re.compile(rf"{NAME_WORD.pattern}|[^\W\d_]\.")


# What separates words without saying anything: "Sr. Barista" is "Sr Barista", and "Data
# Analyst (Remote)" is "Data Analyst Remote". Symbols that tell names apart stay: "C#" and
# "C++" are two roles, "AT&T" is not "AT T".
_SEPARATORS = re.compile(r"[\s.,;:!?¡¿'\"`´‘’“”«»()\[\]{}<>/\\|_·…‐‑‒–—-]+")
# Initials with dots are one word: "P.M." and "P. M." are "PM", "U.S. Bank" is "US Bank";
# so are single letters joined by a slash: "A/B Test Lead" is "AB Test Lead" ("C/C++" is not
# single letters). Digits only without spaces: "Level 2. A" is no initialism.
_INITIALISM = re.compile(
    r"\b\w(?:\.\w)+\b\.?"
    r"|\b[^\W\d_](?:\.\s+[^\W\d_])+\b\.?"
    r"|\b[^\W\d_](?:\s*/\s*[^\W\d_])+\b(?![+#])"
)
# " @ Initech", "@Initech", " at Initech", " – Initech", " - Initech", " | Initech". The spaces
# before one are taken from a run's first space only (the lookbehind), so a long run of them is
# not scanned again from each.
_COMPANY_AFTER = re.compile(r"(?:(?<!\s)\s++)?@\s*|(?<!\s)\s++(?:at|[-–—|])\s+", re.IGNORECASE)
# Of those, the ones that say an employer follows: after them a shortened company is the
# row's too ("Marketing Analyst @ Vandelay" at Vandelay Industries); after a dash it may be a
# region or a team ("Analyst - New York" at the New York Times keeps its city).
_EMPLOYER_AFTER = frozenset({"@", "at"})
# Words of a company's name shortened other than to their first letters (those, like "Univ"
# for University, are read without a table).
WORD_ABBREVIATIONS: dict[str, str] = {
    "intl": "international",
    "natl": "national",
    "mgmt": "management",
    "govt": "government",
    "dept": "department",
    "assn": "association",
    "svcs": "services",
    "grp": "group",
    "mfg": "manufacturing",
    "bros": "brothers",
    "corp": "corporation",
    "inc": "incorporated",
    "co": "company",
}


# Lower-case letters NFKD does not take apart into an ASCII letter and an accent, as ASCII
# writes them ("ß" is "ss" once casefolded): "Søren" is "soren", "Łukasz" "lukasz", "Yılmaz"
# "yilmaz". One table for every key and name the tool folds (``name_key``, the names an
# address spells, the .eml file names).
LATIN_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i"}
    | {"ħ": "h", "ŧ": "t", "ŋ": "ng"}
)


def name_key(text: object, *, company: bool = False) -> str | None:
    """A name as the rows of one application share it: accents (and ``LATIN_LETTERS``), case,
    punctuation, invisible characters and spacing do not count, nor (``company``) a legal form
    at its end. None when there is nothing left."""
    if not isinstance(text, str):
        return None
    plain = "".join(
        c
        for c in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    plain = joined_initials(plain)
    words = _SEPARATORS.sub(" ", plain.casefold().translate(LATIN_LETTERS)).split()
    while company and len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words) or None


# Degrees, credentials and generational suffixes written after a name ("Sam Lee, PhD"). The
# short ones count only in capitals or with dots: Ma, Do and Pe are surnames too ("Ma, Li").
POST_NOMINAL = re.compile(
    r"(?i:ph\.?\s?d|mba|m\.d|cpa|cfa|pmp|esq|jr|sr|dds|ll\.?m|s?phr|shrm-s?cp)\.?"
    r"|(?:MD|MA|M\.A|BA|B\.A|DO|D\.O|PE|MS|M\.S|MSc|BSc|JD|J\.D|RN|II|III|IV)\.?"
)


def client_key(name: str) -> str:
    """A client's name as one person, as the Summary, the digest and the rows of one
    application (``normalise.rounds.application_keys``) compare it (``name_key``): case,
    accents, punctuation and spacing do not count ("Maya Chen", "maya chen ", "MAYA
    CHEN"; "Bob O'Neil" and "Bob O’Neil"; "Carla Díaz" and "Carla Diaz" are one client), nor
    a degree or suffix after a comma (``POST_NOMINAL``: "Maya Chen, PhD", "Maya Chen, MBA,
    CPA" and "Chen, Maya, Jr." are Maya Chen); the letters and digits in their order do; a
    name of punctuation alone ("<>") is as typed, case and the spaces around it aside."""
    person, comma, after = name.rpartition(",")
    if comma and person.strip() and POST_NOMINAL.fullmatch(after.strip()):
        return client_key(given_name_first(person.strip()))
    return name_key(name) or name.strip().lower()


def joined_initials(text: str) -> str:
    """``text`` with its initials written as one word: "P. M." as "PM", "A/B" as "AB"."""
    return _INITIALISM.sub(lambda m: re.sub(r"[./\s]", "", m[0]), text)


@functools.lru_cache(maxsize=16_384)
def without_company(position: str, company: str) -> str:
    """The position without a trailing separator and the row's own company ("Data Analyst @
    Initech" at Initech is "Data Analyst"), or after "@" or "at" the company shortened
    (``_shortens``: "@ State Univ" at State University); another company or a region stays."""
    separators = list(_COMPANY_AFTER.finditer(position))
    if not separators:  # most titles: the company is not keyed at all
        return position
    own = name_key(company, company=True)
    if own is None:
        return position
    for separator in separators:
        head = position[: separator.start()].strip()
        after = name_key(position[separator.end() :], company=True)
        if not head or after is None:
            continue
        if after == own or (
            separator[0].strip().casefold() in _EMPLOYER_AFTER
            and _shortens(after.split(), own.split())
        ):
            return head
    return position


def _shortens(short: list[str], full: list[str]) -> bool:
    """Whether the words ``short`` are the first words of the name ``full``, shortened: each
    the word itself, its abbreviation ("intl") or its first three letters or more ("univ"),
    with at least one of them whole or abbreviated (not "Meta" for Metabase). "Vandelay" and
    "State Univ" shorten "vandelay industries" and "state university"."""
    if not short or len(short) > len(full):
        return False
    named = False
    for word, whole in zip(short, full, strict=False):
        if word == whole or WORD_ABBREVIATIONS.get(word) == whole:
            named = True
        elif not (len(word) >= 3 and whole.startswith(word)):
            return False
    return named
