"""Titles and surname particles of Arabic, African, Dutch and Slavic names, which a greeting
keeps.

    is_arabic_particle("El") -> True   # "Mr. Amr El Sayed": "Hi Mr. El Sayed,"

Arabic family names often start with a particle written apart: the article ("El Sayed", "Al
Mansouri"), "father of" ("Abu Zeid"), "servant of" ("Abdel Aziz", "Abd El Rahman"), "son of"
("Ben Jelloun", "bin Laden", "Ibn Khaldun", Mauritania's "Ould Ahmed") and Morocco's Berber
"Ait" ("Ait Taleb"). A title greets with the whole family name, as it does "van der Berg" (report
ot75 F4: "M. Youssef El Amrani" was greeted "Hi M. Amrani,"). "Ben" and "Al" are English first
names too ("Mr. Ben Smith", "Mr. Al Pacino"), and "Bin" a Chinese one ("Dr. Bin Yu": "Hi Dr.
Yu,", report ot80 F6): a particle only after a first name ("Mohammed bin Rashid").

West and East African trackers write titles an English greeting keeps with the surname, as
it does "Dr." (report ot75 F5: "Engr. Babatunde Fashola" was greeted "Hi Engr.,"): Nigeria's
professional ones (Engr., Barr., Arc., Pharm.), which an academic title's place takes
("Mrs. Engr. Ngozi Okafor": "Hi Engr. Okafor,"), and the courtesy ones of office, pilgrimage,
chieftaincy and faith (Hon., Alhaji, Alhaja, Hajia, Chief, Pastor), which give way to it, but
for "Chief", which goes first of them, as Nigeria addresses a chief, and is no name: a title
before a surname alone too (left open at stop 44: "Chief Anyaoku" and "Chief (Mrs.) Adeyemi"
were greeted "Hello,"; "Chief (Dr.) Adeyemi" is "Hi Chief Adeyemi,"; "Chief Nurse" is a job
title). "Sheikh" and "Sheikha", like "Sir", go with the first name ("Sheikh Mohamed
Abdalla": "Hi Sheikh Mohamed,"), as a name's first word only ("Mr. Sheikh Ahmed Khan" is
Mr. Khan, "Ahmed Sheikh" Ahmed).

Dutch and Flemish titles (report ot74 F2: "dhr. Bram de Jong" was greeted "Hi Dhr.,", "de heer
Jansen" "Hi De,"): the courtesy ones in English, as the German ones are ("dhr.", "de heer",
"meneer": "Mr."; "mevr.", "mw.", "mevrouw": "Ms."), and the degrees written before a name
left out, as an English greeting has none of them (ir., drs.; and ing. and the lawyer's
"mr." on a row in the Netherlands, Belgium or Suriname, or beside another Dutch title, "mr."
in lower case only, as Dutch writes it: "Mr. John Smith" is Mr. Smith): "ir. Lotte Vos" is
"Hi Lotte,", "dhr. ir. Bram de Jong" "Hi Mr. de Jong,".

Polish, Czech and Slovak courtesy titles (report ot81 F2: "Pan Jan Kowalski" was greeted "Hi
Pan,"), in English too: "Pan", "pan" and "pán" are "Mr.", "Pani", "paní" and "pani" "Ms."
("Pani Anna Nowak": "Hi Ms. Nowak,"). "Pani" is a name in India and Polynesia ("Pani Puri"):
a title on a row there, or anywhere before a name of theirs (left open at stop 44: "Pani
Nowak" in the UK was "Hi Pani,"). Either before a first name alone is the polite form with it
("Pan Tadeusz": "Hi Tadeusz,"). "Pan" is a Chinese surname ("Pan Wei", "Dr. Pan"): a title
anywhere before a Polish, Czech or Slovak first name, one of their common surnames or a name
written in their letters or ending as their surnames do ("Pan Jan Kowalski", "Pan Nowak",
"pan Novák"), and
on a row in Poland, Czechia or Slovakia before a first name and a surname that are no
Chinese given name in pinyin ("Pan Adam Smith"; "Pan Wei Ming" there was "Hi Mr. Ming,": it
is Pan). Their "P." before a name is an initial, as before: "P. Jan Kowalski" is "Hi Jan,".
Slovenian, Croatian, Serbian and Bosnian ones likewise (left open at stop 44: "ga. Novak"
was "Hi Ga.,"): "ga.", "gdč.", "gđa", "gđica", "gospa", "gospođa" are "Ms.", "g.", "gospod",
"gospodin" "Mr."; "g.", an initial too, only in lower case before a capitalised name on a row
there or before a name in their letters ("g. Janez Novak" in Ljubljana; "G. Novak" is an
initial). Hungarian writes its "úr" (Mr.) and "asszony" (Ms.) after the name, family name
first: "Nagy Péter úr" and "Kovács úr" are "Hi Mr. Nagy,", "Hi Mr. Kovács,"; its married
names are ``name_order``'s.

Standard library only, as ``people``, which reads these tables.
"""

from __future__ import annotations

import unicodedata

from followup_batch.normalise.east_asian_names import written_in_pinyin

# Particles an Arabic family name starts with, by their keys (lower case, no dot): the article,
# "father of", "servant of", "son of" and "daughter of", and Morocco's Berber "Ait".
ARABIC_PARTICLES = frozenset(
    {
        *("el", "al", "abu", "abou", "abd", "abdel", "abdal"),
        *("ben", "bin", "ibn", "bint", "ould", "ait", "aït"),
    }
)
# ... of which these are first names too, English and Chinese ("Bin Yu", Bin Liu): a particle
# only after a first name.
FIRST_NAMES_TOO = frozenset({"ben", "al", "bin"})
# The Maghreb, by ISO code, whose family names start with "Ben" ("Ben Ali", "Ben Salah") more
# often than a given name is "Ben": a row there greets "Dr. Ben Ali" as written.
BEN_FAMILY_COUNTRIES = frozenset({"TN", "DZ", "MA", "LY", "MR"})


def is_arabic_particle(word: str, *, first: bool = False, country: object = "") -> bool:
    """A particle an Arabic family name starts with ("El", "abu", "Ben"); not "Ben", "Al" or
    "Bin" as a name's ``first`` word ("Mr. Ben Smith", "Dr. Bin Yu"), but "Ben" on a row of
    the Maghreb ``country`` ("Dr. Ben Ali" in Tunisia)."""
    key = word.casefold()
    if key == "ben" and str(country or "").split("-")[0].strip().upper() in BEN_FAMILY_COUNTRIES:
        return True
    return key in ARABIC_PARTICLES and not (first and key in FIRST_NAMES_TOO)


# Professional titles of Nigeria and Ghana, greeted with the surname instead of a courtesy
# title, as "Dr." is: engineer, barrister, architect, pharmacist.
AFRICAN_PROFESSIONAL_TITLES = frozenset({"engr", "barr", "arc", "pharm"})
# Courtesy titles of West and East Africa: Honourable (a member of parliament), a man's and a
# woman's title after the Hajj (Alhaji, Alh.; Alhaja, Hajia, Hajiya), a chieftaincy title, a
# pastor, a sheikh and a sheikha; and "Revd", Reverend as also written.
AFRICAN_COURTESY_TITLES = frozenset(
    {"hon", "alhaji", "alh", "alhaja", "hajia", "hajiya", "chief", "pastor", "pst"}
    | {"sheikh", "shaikh", "sheikha", "shaikha", "revd"}
)
# ... of which these are names too, a title only written with its dot ("Hon Lam", "Roseanne
# Barr"), and these only before a name of two more words ("Pastor Gómez", "Sheikh Ahmed").
AFRICAN_TITLES_WITH_A_DOT = frozenset({"hon", "barr", "arc", "pharm", "pst"})
AFRICAN_TITLES_BEFORE_TWO_WORDS = frozenset({"pastor", "sheikh", "shaikh", "sheikha", "shaikha"})
# ... and these greet with the first name, as "Sir" does, and are titles only as a name's
# first word: after another title they are a name's ("Mr. Sheikh Ahmed Khan": "Hi Mr. Khan,"),
# as after a first name ("Ahmed Sheikh": a surname).
AFRICAN_TITLES_WITH_FIRST_NAME = frozenset({"sheikh", "shaikh", "sheikha", "shaikha"})
# Courtesy titles of South-East Asia, before the name a person goes by, and greeted with it as
# "Sir" is (report ot82 F7: "Hi Bapak,"), as the region writes English: Indonesian Bapak, Pak
# (Mr.), Ibu, Bu (Ms.): "Hi Pak Budi,", "Hi Ibu Sri,"; Malay Encik, Cik (Mr., Ms.) and Puan
# (Mrs.): "Hi Encik Ahmad,", "Hi Puan Siti,"; Thai Khun, before the given name: "Hi Khun
# Somchai,". Not Malay "Tuan", Vietnamese "Tuấn" typed "Tuan" too ("Tuan Nguyen").
SOUTH_EAST_ASIAN_TITLES = frozenset({"bapak", "pak", "ibu", "bu", "encik", "cik", "puan", "khun"})
# The Philippines' attorney, greeted with the surname as "Dr." is ("Atty. Jose Rizal Mercado":
# "Hi Atty. Mercado,").
PHILIPPINE_PROFESSIONAL_TITLES = frozenset({"atty"})
# "Ma.", the Philippines' short form of María before a second given name, which the person goes
# by ("Ma. Cristina Reyes": "Hi Cristina,"): left out as a dropped title is, only with its dot
# and before two more words ("Ma Long", "Ma. Reyes": as written).
PHILIPPINE_MARIA = "ma"
# Countries whose names may start with initials before the given name, Tamil Nadu's and Sri
# Lanka's father's initial ("R. Karthik": "Hi Karthik,"; "J. Smith" elsewhere greets nobody).
INITIAL_FIRST_COUNTRIES = frozenset({"IN", "LK"})


# The chieftaincy title, which is no name: a title before a surname alone too ("Chief
# Anyaoku"), unless a word of a job title follows it ("Chief Nurse", "Chief of Staff"). It
# keeps its place before any other title written with it, in brackets or not, as Nigeria
# addresses a chief ("Chief (Mrs.) Adeyemi", "Chief (Dr.) Adeyemi": "Hi Chief Adeyemi,").
CHIEF = "chief"
# Words after "Chief" that make it a job title, not a chieftaincy title before a name ("Chief
# Medical Editor", "Chief of Staff", "Chief Nurse"), beside those ``people`` knows from job
# titles.
CHIEF_TITLE_WORDS = frozenset(
    {
        *("of", "editor", "economist", "counsel", "strategist", "nurse", "nursing", "pilot"),
        *("justice", "judge", "inspector", "superintendent", "constable", "minister"),
        *("secretary", "whip", "clerk", "steward", "mate", "warrant", "petty", "master"),
        *("medical", "clinical", "physician", "surgeon", "resident", "scientific", "academic"),
        *("operating", "financial", "technology", "information", "revenue", "risk", "audit"),
        *("compliance", "investment", "digital", "innovation", "creative", "diversity"),
        *("commercial", "customer", "experience", "learning", "analytics", "privacy"),
        *("procurement", "sustainability", "communications", "communication", "strategy"),
        *("transformation", "administrative", "quality", "safety", "supply", "trust"),
        *("ethics", "culture", "client", "credit", "tax", "treasury", "actuary", "auditor"),
        *("investigator", "negotiator", "technologist", "evangelist", "rabbi", "fire"),
        *("police", "partnerships", "chef", "cook", "operator", "instructor", "surveyor"),
    }
)
# ... of which these are ranks a person is addressed by, with "Chief", before a surname
# ("Chief Justice Roberts", "Chief Inspector Morse": "Hi Chief Inspector Morse,"; report ot86
# F7: "Hello,"); alone, or before "of" or a job's word, a job title ("Chief Inspector of
# Schools").
CHIEF_RANKS = frozenset({"justice", "inspector", "superintendent", "constable"})
# ... and the endings of a job's name in English, of the one word after it ("Chief Sommelier",
# "Chief Correspondent", "Chief Librarian"); not "-or", as Igbo surnames end ("Chief Okafor").
CHIEF_JOB_ENDINGS = ("er", "ist", "ian", "ant", "ent", "ess")

# Dutch courtesy titles, by their keys, and the English ones the drafts greet with.
DUTCH_IN_ENGLISH = {
    **{"dhr": "Mr.", "heer": "Mr.", "meneer": "Mr."},
    **{"mevr": "Ms.", "mw": "Ms.", "mevrouw": "Ms.", "mej": "Ms."},
}
# Dutch degrees written before a name, left out of a greeting: engineer (university),
# doctorandus (a master's), and where Dutch is written engineer (college) and the lawyer's
# "meester".
DUTCH_DEGREES = frozenset({"ir", "drs", "ing", "mr"})
# ... of which these are titles only written with their dot (Lithuanian "ir" is "and").
DUTCH_DEGREES_WITH_A_DOT = frozenset({"ir", "drs"})
# ... and these degrees where Dutch is written only (Spanish "Ing.", English "Mr.").
DUTCH_ONLY_THERE = frozenset({"ing", "mr"})
# Dutch particles beside those of ``read.names.SURNAME_PARTICLES``: "van 't Hek", "te Velde".
DUTCH_PARTICLES = frozenset({"'t", "’t", "te"})
# The countries that write Dutch, by ISO code.
DUTCH_COUNTRIES = frozenset({"NL", "BE", "SR"})


def without_de_heer(words: list[str]) -> list[str]:
    """A name's words with "de heer" ("the gentleman") before a name as the one title "heer":
    "heer Jansen" of "de heer Jansen"; any other as they are ("Jan de Heer")."""
    if len(words) > 2 and [w.casefold() for w in words[:2]] == ["de", "heer"]:
        return words[1:]
    return words


def is_dutch_degree(title: str, titles: list[str], country: object = "") -> bool:
    """Whether ``title``, of a name's ``titles``, is a Dutch degree a greeting leaves out:
    "ir.", "drs."; "ing." and "mr." (in lower case) on the row ``country`` of a country that
    writes Dutch, or beside another Dutch title ("mevr. mr. Anna de Vries")."""
    key = title.rstrip(".").casefold()
    if key not in DUTCH_DEGREES:
        return False
    if key not in DUTCH_ONLY_THERE:
        return True
    keys = {t.rstrip(".").casefold() for t in titles if t is not title}
    code = str(country or "").split("-")[0].strip().upper()
    dutch = code in DUTCH_COUNTRIES or not keys.isdisjoint(DUTCH_IN_ENGLISH.keys() | {"ir", "drs"})
    return dutch and (key != "mr" or title.islower())


# Polish, Czech and Slovak courtesy titles, by their keys, and the English ones the drafts
# greet with.
WEST_SLAVIC_IN_ENGLISH = {"pan": "Mr.", "pán": "Mr.", "pani": "Ms.", "paní": "Ms."}
# ... of which this is a Chinese surname too ("Pan Wei", "Pan Wei Ming"), read as a title
# only before a name that is theirs, or on a row there before one that is not Chinese.
CHINESE_SURNAME_TOO = "pan"
# ... and this a name in India and Polynesia ("Pani Puri"), unaccented: a title only before a
# name of theirs or on a row there.
PANI_NAME_TOO = "pani"
# The countries that write them, by ISO code.
WEST_SLAVIC_COUNTRIES = frozenset({"PL", "CZ", "SK"})
# Common Polish, Czech and Slovak first names a title before them marks as one of theirs.
WEST_SLAVIC_FIRST_NAMES = frozenset(
    {
        *("jan", "piotr", "krzysztof", "andrzej", "tomasz", "pawel", "michal", "marcin"),
        *("marek", "grzegorz", "lukasz", "jakub", "mateusz", "wojciech", "maciej", "rafal"),
        *("jiri", "petr", "pavel", "jaroslav", "tomas", "miroslav", "zdenek", "vaclav"),
        *("jozef", "juraj", "milan", "peter", "stanislaw", "zbigniew", "jerzy", "tadeusz"),
        *("anna", "maria", "katarzyna", "malgorzata", "agnieszka", "barbara", "ewa", "joanna"),
        *("magdalena", "krystyna", "monika", "aleksandra", "zofia", "marta", "dorota"),
        *("jana", "marie", "hana", "lenka", "katerina", "lucie", "vera", "petra", "zuzana"),
    }
)
# Common Polish and Czech surnames written in no letter or ending of theirs alone ("Pan
# Nowak", "Pan Novák" in London), keyed without accents; the commonest of their registers.
WEST_SLAVIC_SURNAMES = frozenset(
    {
        *("nowak", "mazur", "kaczmarek", "wieczorek", "wozniak", "dudek", "adamczyk", "zajac"),
        *("krol", "pawlak", "michalak", "sikora", "baran", "duda", "szewczyk", "tomaszewski"),
        *("novak", "svoboda", "novotny", "dvorak", "cerny", "prochazka", "kucera", "vesely"),
        *("horak", "pokorny", "pospisil", "hajek", "jelinek", "kral", "ruzicka", "benes"),
        *("fiala", "sedlacek", "dolezal", "zeman", "kolar", "navratil", "cermak", "urban"),
    }
)
# Letters only these languages write among those of Latin names, and their surnames' endings.
WEST_SLAVIC_LETTERS = frozenset("łśżźńąęćřěůďťňľĺŕ")
WEST_SLAVIC_ENDINGS = ("ski", "ska", "cki", "cka", "wicz", "ová", "czyk", "czak")


def _ascii_key(word: str) -> str:
    """A word without its accents, in lower case: "Paweł" is "pawel"."""
    key = unicodedata.normalize("NFKD", word.casefold().replace("ł", "l"))
    return "".join(c for c in key if not unicodedata.combining(c))


def _written_west_slavic(word: str) -> bool:
    """A word written in Polish, Czech or Slovak letters, or ending as their surnames do."""
    key = word.casefold()
    return not WEST_SLAVIC_LETTERS.isdisjoint(key) or key.endswith(WEST_SLAVIC_ENDINGS)


def _west_slavic_name(words: list[str]) -> bool:
    """A name that is Polish, Czech or Slovak by its words: a first name of theirs before a
    surname ("Jan Kowalski"), a word in their letters or ending as their surnames do
    ("Nováková", "Lis" after "Małgorzata"), or one of their common surnames ("Nowak")."""
    first = len(words) > 1 and _ascii_key(words[0]) in WEST_SLAVIC_FIRST_NAMES
    surname = _ascii_key(words[-1]) in WEST_SLAVIC_SURNAMES
    return first or surname or any(map(_written_west_slavic, words))


def with_west_slavic_title(words: list[str], country: object = "") -> list[str]:
    """A name's words with a Polish, Czech or Slovak courtesy title before it in English:
    ["Mr.", "Jan", "Kowalski"] of "Pan Jan Kowalski", ["Ms.", "Nowak"] of "Pani Nowak" on
    any row (a name is in its own language); any other as they are: "Pan" is a Chinese
    surname too, a title only before a name of theirs ("Pan Nowak", "Pan Jan Kowalski"), or
    on a row in Poland, Czechia or Slovakia before a first name and a surname that are no
    Chinese name in pinyin ("Pan Adam Smith"; not "Pan Wei Ming":
    ``east_asian_names.written_in_pinyin``)."""
    key = words[0].casefold() if len(words) > 1 else ""
    english = WEST_SLAVIC_IN_ENGLISH.get(key)
    if english is None:
        return words
    named = words[1:]
    if len(named) == 1 and _ascii_key(named[0]) in WEST_SLAVIC_FIRST_NAMES:
        return named  # "Pan Tadeusz", "Pani Anna": the polite form with a first name
    code = str(country or "").split("-")[0].strip().upper()
    if key == PANI_NAME_TOO:
        # "Pani" is a name in India and Polynesia ("Pani Puri"): the title before a name of
        # theirs, or on a row there (report ot86 F8).
        ours = code in WEST_SLAVIC_COUNTRIES or _west_slavic_name(named)
        return [english, *named] if ours else words
    there = code in WEST_SLAVIC_COUNTRIES and len(named) > 1  # not "Pan Am" in Warsaw
    ours = (
        key != CHINESE_SURNAME_TOO
        or _west_slavic_name(named)
        or (there and not written_in_pinyin(named))
    )
    return [english, *named] if ours else words


# Slovenian, Croatian, Serbian and Bosnian courtesy titles, by their keys, and the English ones
# the drafts greet with: "g." (gospod, gospodin), "ga." (gospa), "gdč." (gospodična), "gđa"
# and "gđica" (gospođa, gospođica), and the words written out.
SOUTH_SLAVIC_IN_ENGLISH = {
    **{"g.": "Mr.", "gospod": "Mr.", "gospodin": "Mr."},
    **{"ga.": "Ms.", "gdč.": "Ms.", "gđa": "Ms.", "gđa.": "Ms.", "gđica": "Ms.", "gđica.": "Ms."},
    **{"gospa": "Ms.", "gospodična": "Ms.", "gospođa": "Ms.", "gospođica": "Ms."},
}
# ... of which this is an initial too ("G. Novak", "g. novak"): a title only in lower case
# before a capitalised name, on a row where they are written or before a name in their
# letters ("g. Janez Novak" in Ljubljana, "g. Ivan Horvat" in Zagreb, "g. Čeh" anywhere).
SOUTH_SLAVIC_INITIAL = "g."
# ... and the degrees written after it, in lower case, before the name (report ot86 F9: "g.
# dr. Janez Novak" was "Hi Dr.,"): doctor, master, professor.
SOUTH_SLAVIC_DEGREES = frozenset({"dr.", "dr", "mag.", "prof.", "doc."})
# The countries that write them, by ISO code.
SOUTH_SLAVIC_COUNTRIES = frozenset({"SI", "HR", "BA", "RS", "ME"})
# Letters of these languages' Latin alphabets that Polish, Czech and Slovak do not share.
SOUTH_SLAVIC_LETTERS = frozenset("čšžćđ")


def with_south_slavic_title(words: list[str], country: object = "") -> list[str]:
    """A name's words with a Slovenian, Croatian, Serbian or Bosnian courtesy title before it in
    English: ["Ms.", "Novak"] of "ga. Novak", ["Mr.", "Janez", "Novak"] of "g. Janez Novak" on a
    row in Slovenia; any other as they are ("G. Novak", "g. novak": an initial)."""
    key = words[0].casefold() if len(words) > 1 else ""
    english = SOUTH_SLAVIC_IN_ENGLISH.get(key)
    if english is None:
        return words
    named = words[1:]
    if key == SOUTH_SLAVIC_INITIAL:
        code = str(country or "").split("-")[0].strip().upper()
        theirs = code in SOUTH_SLAVIC_COUNTRIES or any(
            not SOUTH_SLAVIC_LETTERS.isdisjoint(w.casefold()) for w in named
        )
        # A degree may come between, in lower case as they write it ("g. dr. Janez Novak").
        name = [w for w in named if w.casefold() not in SOUTH_SLAVIC_DEGREES]
        if not (words[0].islower() and name and name[0][:1].isupper() and theirs):
            return words
    return [english, *named]


# Hungarian courtesy titles, written after a name, and the English ones the drafts greet with.
HUNGARIAN_AFTER_IN_ENGLISH = {"úr": "Mr.", "asszony": "Ms."}


def with_hungarian_title(words: list[str], titles: int = 0) -> list[str]:
    """A name's words (its first ``titles`` titles before it) with a Hungarian courtesy title
    after it, family name first, as the English title before its family name, or the titles
    before it when it has some: ["Mr.", "Nagy"] of "Nagy Péter úr", ["Dr.", "Nagy"] of "Dr.
    Nagy Péter úr"; any other as they are."""
    english = HUNGARIAN_AFTER_IN_ENGLISH.get(words[-1].casefold()) if words else None
    named = words[titles:]
    if english is None or not 2 <= len(named) <= 4:
        return words
    return [*words[:titles], *([] if titles else [english]), named[0]]
