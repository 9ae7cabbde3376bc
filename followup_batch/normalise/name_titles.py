"""Titles and surname particles of Arabic, African and Dutch names, which a greeting keeps.

    is_arabic_particle("El") -> True   # "Mr. Amr El Sayed": "Hi Mr. El Sayed,"

Arabic family names often start with a particle written apart: the article ("El Sayed", "Al
Mansouri"), "father of" ("Abu Zeid"), "servant of" ("Abdel Aziz", "Abd El Rahman"), "son of"
("Ben Jelloun", "bin Laden", "Ibn Khaldun", Mauritania's "Ould Ahmed") and Morocco's Berber
"Ait" ("Ait Taleb"). A title greets with the whole family name, as it does "van der Berg" (report
ot75 F4: "M. Youssef El Amrani" was greeted "Hi M. Amrani,"). "Ben" and "Al" are English first
names too ("Mr. Ben Smith", "Mr. Al Pacino"): a particle only after a first name.

Standard library only, as ``people``, which reads these tables.
"""

from __future__ import annotations

# Particles an Arabic family name starts with, by their keys (lower case, no dot): the article,
# "father of", "servant of", "son of" and "daughter of", and Morocco's Berber "Ait".
ARABIC_PARTICLES = frozenset(
    {
        *("el", "al", "abu", "abou", "abd", "abdel", "abdal"),
        *("ben", "bin", "ibn", "bint", "ould", "ait", "aït"),
    }
)
# ... of which these are English first names too: a particle only after a first name.
FIRST_NAMES_TOO = frozenset({"ben", "al"})


def is_arabic_particle(word: str, *, first: bool = False) -> bool:
    """A particle an Arabic family name starts with ("El", "abu", "Ben"); not "Ben" or "Al" as
    a name's ``first`` word ("Mr. Ben Smith")."""
    key = word.casefold()
    return key in ARABIC_PARTICLES and not (first and key in FIRST_NAMES_TOO)
