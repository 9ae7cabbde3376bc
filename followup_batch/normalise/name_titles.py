"""Titles and surname particles of Arabic, African and Dutch names, which a greeting keeps.

    is_arabic_particle("El") -> True   # "Mr. Amr El Sayed": "Hi Mr. El Sayed,"

Arabic family names often start with a particle written apart: the article ("El Sayed", "Al
Mansouri"), "father of" ("Abu Zeid"), "servant of" ("Abdel Aziz", "Abd El Rahman"), "son of"
("Ben Jelloun", "bin Laden", "Ibn Khaldun", Mauritania's "Ould Ahmed") and Morocco's Berber
"Ait" ("Ait Taleb"). A title greets with the whole family name, as it does "van der Berg" (report
ot75 F4: "M. Youssef El Amrani" was greeted "Hi M. Amrani,"). "Ben" and "Al" are English first
names too ("Mr. Ben Smith", "Mr. Al Pacino"): a particle only after a first name.

West and East African trackers write titles an English greeting keeps with the surname, as
it does "Dr." (report ot75 F5: "Engr. Babatunde Fashola" was greeted "Hi Engr.,"): Nigeria's
professional ones (Engr., Barr., Arc., Pharm.), which an academic title's place takes
("Mrs. Engr. Ngozi Okafor": "Hi Engr. Okafor,"), and the courtesy ones of office, pilgrimage,
chieftaincy and faith (Hon., Alhaji, Alhaja, Hajia, Chief, Pastor), which give way to it.
"Sheikh", like "Sir", goes with the first name ("Sheikh Mohamed Abdalla": "Hi Sheikh
Mohamed,").

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


# Professional titles of Nigeria and Ghana, greeted with the surname instead of a courtesy
# title, as "Dr." is: engineer, barrister, architect, pharmacist.
AFRICAN_PROFESSIONAL_TITLES = frozenset({"engr", "barr", "arc", "pharm"})
# Courtesy titles of West and East Africa: Honourable (a member of parliament), a man's and a
# woman's title after the Hajj (Alhaji, Alh.; Alhaja, Hajia, Hajiya), a chieftaincy title, a
# pastor, a sheikh; and "Revd", Reverend as also written.
AFRICAN_COURTESY_TITLES = frozenset(
    {"hon", "alhaji", "alh", "alhaja", "hajia", "hajiya", "chief", "pastor", "pst"}
    | {"sheikh", "shaikh", "revd"}
)
# ... of which these are names too, a title only written with its dot ("Hon Lam", "Roseanne
# Barr"), and these only before a name of two more words ("Pastor Gómez", "Ahmed Sheikh",
# "Chief Anyaoku" may be a name or a title: "Chief Emeka Anyaoku" is the title).
AFRICAN_TITLES_WITH_A_DOT = frozenset({"hon", "barr", "arc", "pharm", "pst"})
AFRICAN_TITLES_BEFORE_TWO_WORDS = frozenset({"chief", "pastor", "sheikh", "shaikh"})
# ... and these greet with the first name, as "Sir" does.
AFRICAN_TITLES_WITH_FIRST_NAME = frozenset({"sheikh", "shaikh"})
# Words after "Chief" that make it a job title, not a chieftaincy title before a name ("Chief
# Medical Editor", "Chief of Staff"), beside those ``people`` knows from job titles.
CHIEF_TITLE_WORDS = frozenset({"of", "editor", "economist", "counsel", "strategist"})
