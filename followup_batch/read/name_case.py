"""Names typed in capitals or in lower case, cased as their language cases them: Turkish, Dutch.

Turkish has two letters i, each with its own capital: dotted "i"/"İ" and dotless "ı"/"I". Cased
by other languages' rules, "IŞIL ÖZTÜRK" became "Işil" (report ot71 F7: "Hi Işil,"; the name is
Işıl) and "ilker" "Ilker" (İlker). A name is cased the Turkish way when it holds a letter only
Turkish (and Azerbaijani) writes ("ş", "ğ", "ı", "İ") or its row is in Turkey or Azerbaijan
(``TURKISH_CASE_COUNTRIES``); "AYDIN" is "Aydın" there, "Aydin" elsewhere, as typed without
those letters nothing tells.

Dutch writes "ij" as one letter, and capitalises both its halves: "IJsbrand", "IJzerman"
(report ot74 F7: "ijsbrand de wit" and "IJSBRAND DE WIT" were greeted "Hi Ijsbrand,"). A
word starting with "ij" before a consonant is cased so on a row in the Netherlands, Belgium or
Suriname (``DUTCH_CASE_COUNTRIES``) or beside a Dutch particle ("van", "de", "ter", "'t":
``DUTCH_PARTICLES``); elsewhere "ij" may be two letters ("Ijeoma", "Ijlal").

Standard library only: ``names.capitalised_name`` cases the names signed so, and
``drafts.context`` the names greeted.
"""

from __future__ import annotations

import re

# Letters only Turkish and Azerbaijani write (their "ş" and "ğ", dotless "ı" and dotted "İ").
TURKISH_LETTERS = frozenset("şŞğĞıİ")
# The countries whose names are cased so, by ISO code.
TURKISH_CASE_COUNTRIES = frozenset({"TR", "AZ"})
_TO_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_TO_UPPER = str.maketrans({"i": "İ", "ı": "I"})
# A word of a name and the marks inside it ("Işıklı-Öztürk", "O'Neil").
_WORD = re.compile(r"[^\W\d_]+")


def cases_as_turkish(name: str, country: object = "") -> bool:
    """Whether ``name`` is cased by Turkish rules: it holds a letter only Turkish writes, or
    ``country`` (a row's country code, "TR", "TR-34") is Turkey's or Azerbaijan's."""
    code = str(country or "").split("-")[0].strip().upper()
    return code in TURKISH_CASE_COUNTRIES or not TURKISH_LETTERS.isdisjoint(name)


def turkish_lower(text: str) -> str:
    """``text`` in lower case by Turkish rules: "IŞIL" -> "ışıl", "İLKER" -> "ilker"."""
    return text.translate(_TO_LOWER).lower()


def turkish_capitalised(word: str) -> str:
    """A word capitalised by Turkish rules: "IŞIL" and "ışıl" -> "Işıl", "ilker" -> "İlker"."""
    lower = turkish_lower(word)
    return lower[:1].translate(_TO_UPPER).upper() + lower[1:]


def in_turkish_case(name: str) -> str:
    """``name`` with each word typed in capitals (of three letters or more: "JP" is initials)
    or in lower case capitalised by Turkish rules ("IŞIL ÖZTÜRK" -> "Işıl Öztürk"); a word
    with capitals of its own as it is. The parts of a word joined by a hyphen or an apostrophe
    each ("AYŞE-NUR" -> "Ayşe-Nur")."""

    def cased(found: re.Match[str]) -> str:
        word = found[0]
        if (word.isupper() and len(word) > 2) or word.islower():
            return turkish_capitalised(word)
        return word

    return re.sub(r"\S+", lambda m: _WORD.sub(cased, m[0]) if _whole(m[0]) else m[0], name)


def _whole(word: str) -> bool:
    """Whether a word typed with spaces around it is in one case (all its letters capitals,
    or all lower case): "IŞIL", "ışıl", "AYŞE-NUR"; not "McKAY"."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and (
        all(c.isupper() for c in letters) or all(c.islower() for c in letters)
    )


# The countries that write Dutch, by ISO code, and the particles of Dutch surnames that tell a
# name is Dutch elsewhere ("ijsbrand de wit").
DUTCH_CASE_COUNTRIES = frozenset({"NL", "BE", "SR"})
DUTCH_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "'t", "’t", "het"})
# "ij" before a consonant at the start of a word or of a part after a hyphen: "IJsbrand".
_IJ = re.compile(r"(?<![^\W\d_])ij(?=[^\W\d_aeiouyáéíóú])", re.IGNORECASE)


def cases_as_dutch(name: str, country: object = "") -> bool:
    """Whether ``name`` is cased by Dutch rules: a word of it starts with "ij" before a
    consonant, and ``country`` writes Dutch or a word of it is a Dutch particle."""
    if _IJ.search(name) is None:
        return False
    code = str(country or "").split("-")[0].strip().upper()
    words = {w.casefold() for w in name.split()}
    return code in DUTCH_CASE_COUNTRIES or not words.isdisjoint(DUTCH_PARTICLES)


def in_dutch_case(name: str) -> str:
    """``name`` with each word typed in capitals or in lower case that starts with "ij" before
    a consonant written as Dutch writes it ("ijsbrand de wit" -> "IJsbrand de wit", "IJSBRAND"
    -> "IJsbrand"); its other words as they are."""

    def cased(found: re.Match[str]) -> str:
        word = found[0]
        if not _whole(word) or _IJ.search(word) is None:
            return word
        parts = (part[:1].upper() + part[1:].lower() for part in word.split("-"))
        return _IJ.sub("IJ", "-".join(parts))

    return re.sub(r"\S+", cased, name)


def with_dutch_ij(name: str) -> str:
    """A name cased word by word ("Ijsbrand de Wit") with its Dutch "IJ" ("IJsbrand de Wit")
    when it is Dutch (``cases_as_dutch``)."""
    return _IJ.sub("IJ", name) if cases_as_dutch(name) else name
