"""Names typed in capitals or in lower case, cased as their language cases them: Turkish.

Turkish has two letters i, each with its own capital: dotted "i"/"İ" and dotless "ı"/"I". Cased
by other languages' rules, "IŞIL ÖZTÜRK" became "Işil" (report ot71 F7: "Hi Işil,"; the name is
Işıl) and "ilker" "Ilker" (İlker). A name is cased the Turkish way when it holds a letter only
Turkish (and Azerbaijani) writes ("ş", "ğ", "ı", "İ") or its row is in Turkey or Azerbaijan
(``TURKISH_CASE_COUNTRIES``); "AYDIN" is "Aydın" there, "Aydin" elsewhere, as typed without
those letters nothing tells.

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
