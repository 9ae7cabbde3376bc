"""Names written family name first in Latin letters: Hungarian ones ("Nagy Péter", "Kő Ottó").

Hungarian writes the family name first, so "Nagy Péter" is Péter Nagy and greets "Hi Péter,"
(it was "Hi Nagy,"). A name is read so when its words after the first are Hungarian given
names (``HUNGARIAN_GIVEN_NAMES``: "Nagy Péter", "Nagy Péter Pál", "Kovácsné Nagy Anna") and

- the row is in Hungary (its Country, City or the configured country): compared without
  accents, as a name typed without them is written ("Nagy Peter"); a name written Western
  order stays so ("Péter Nagy": Nagy is no given name), and so does a foreign one ("John
  Smith"); where both words are given names ("Balázs Péter") Hungary's own order wins;
- or, anywhere else, the name is written in Hungarian: a given name spelt with its Hungarian
  accents ("Péter", "Ottó", "Zoltán"), a word with ő or ű, letters only Hungarian writes
  ("Szőke Anna"), or a common Hungarian family name first (``HUNGARIAN_FAMILY_NAMES``:
  "Kovács Anna", "Nagy Peter", "Kovacsne Toth Eva"; a Hungarian in Vienna or London, left open
  at stop 43: "Nagy Péter és Kovács Anna" greeted "Hi Péter and Kovács,"), and its first word
  is no given name. "Peter Nagy", "Péter Nagy", "Anna Kovács" and "Chris Martin" outside
  Hungary greet their first word, as before; so does "Balázs Péter", which may be written
  either way there.

A married woman's Hungarian name is made of her husband's with "-né" (Mrs.): "Kovács
Jánosné" is Mrs. János Kovács, "Kovácsné" Mrs. Kovács, and "Kovácsné Nagy Éva" Éva Nagy,
Mrs. Kovács. A greeting names her as "asszony" does, by her husband's family name after her
title or "Ms." (left open at stop 44: "Kovács Jánosné" was "Hi Kovács,"): "Hi Ms. Kovács,",
"Hi Dr. Kovács," for "Dr. Kovácsné Nagy Éva"; with a given name of her own and no title by
that name, "Hi Éva," (``with_married_name``). "-né" is read after a husband's given name
("Jánosné"), or a family name of Hungary's ("Kovácsné", typed "Kovacsne" too) or, on a row in
Hungary, of three letters or more; never "René", "Marianne" after "Smith", nor Lithuanian
"-ienė".

Russian, Ukrainian and Belarusian names are written family name first in forms and HR
exports, with the patronymic last ("ИВАНОВ Иван Иванович", "Петренко Олена Іванівна"): three
words of which the last is a patronymic (``PATRONYMIC_ENDINGS``) and the second is not are
read so, anywhere, and greet the given name, "Hi Иван," (report ot71 F7: "Hi Иванов,"). Not
the name and patronymic "Иван Иванович", as Russian addresses someone formally: the drafts
are English, whose "Hi" goes with the first name alone, as they greet other languages' names.
A name written given name first ("Иван Иванович Иванов", "Роман Аркадьевич Абрамович": a
surname may end as a patronymic does) keeps its first word.

Names in Han, Kana or Hangul are family name first too, and greeted whole as typed
(``east_asian_names.family_name_first_form``). The same names in Latin letters are written
either way in an English tracker, and are read family name first (report ot82 F6: "Tan Wei
Ming" was "Hi Tan,") when

- the family name is typed in capitals before a given name that is not, on any row, as HR in
  Hong Kong, Singapore, Japan and Korea (and France) writes it: "YAMADA Taro": "Hi Taro,",
  "CHAN Tai Man": "Hi Tai Man,"; not two letters that are initials ("TJ Miller"), unless a
  listed family name ("NG Wei Ming");
- or, on a row of Singapore, Malaysia, Hong Kong, Macau, Taiwan or China, the first word is a
  common Chinese family name (``CHINESE_FAMILY_NAMES``), or on a row of Korea a Korean one
  (``KOREAN_FAMILY_NAMES``), before a given name of two one-syllable words or joined by a
  hyphen ("Tan Wei Ming": "Hi Wei Ming,", "Kim Min-jun": "Hi Min-jun,");
- or, on a row of Vietnam, the first word is a Vietnamese family name
  (``VIETNAMESE_FAMILY_NAMES``, with its accents or without) before two or three words: the
  last is the name a person goes by ("Nguyễn Văn An": "Hi An,").

Names written given name first stay so ("Jason Tan", "Kevin Lim", "Michelle Lee" on the same
rows), as do a family name before one word ("Wang Wei", "Lee Child") or before Western names
("Lee Ann Smith"), and all of them on a row of another country ("Tan Wei Ming" in the US).
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from followup_batch.normalise.people import Person, person_key, titles_before

# The given names of Hungary, as Hungarian spells them, with the short forms people go by.
# Among them the Ministry of the Interior's (Belügyminisztérium) lists of the 100 most common
# given names: of all Hungarians (2016) and of the children born in 2022 and 2023 (Zoé,
# Léna, Emma, Noel, Nolen), and names of its official list of given names that trackers
# hold (Csenge, Panna, Dorka, Előd, Örs). Left out: those lists' given names that are
# common family names too, here or in the West ("Rózsa", "Arnold", Spanish "Adrián"), which
# would turn "Anna Rózsa" or "John Arnold" in Hungary and "Sofía Adrián" anywhere.
HUNGARIAN_GIVEN_NAMES = frozenset(
    {
        # Men
        *("Ábel", "Ábrahám", "Ádám", "Ákos", "Aladár", "Alajos", "Albert", "Álmos", "András"),
        *("Antal", "Áron", "Árpád", "Attila", "Balázs", "Bálint", "Barna", "Barnabás", "Béla"),
        *("Bence", "Benedek", "Benjámin", "Bertalan", "Botond", "Bulcsú", "Csaba", "Dániel"),
        *("Dávid", "Dénes", "Dezső", "Domonkos", "Dominik", "Ede", "Elek", "Elemér", "Emil"),
        *("Endre", "Ernő", "Ervin", "Ferenc", "Flórián", "Frigyes", "Fülöp", "Gábor", "Gáspár"),
        *("Gellért", "Gergely", "Gergő", "Géza", "György", "Győző", "Gyula", "Henrik", "Huba"),
        *("Hunor", "Illés", "Imre", "István", "Iván", "Jakab", "János", "Jenő", "Jónás"),
        *("József", "Kálmán", "Károly", "Kende", "Kornél", "Koppány", "Kristóf", "Krisztián"),
        *("Lajos", "László", "Lehel", "Lénárd", "Levente", "Lóránd", "Lóránt", "Lőrinc"),
        *("Lukács", "Marcell", "Márk", "Márió", "Martin", "Márton", "Máté", "Mátyás"),
        *("Mihály", "Miklós", "Milán", "Nándor", "Norbert", "Ödön", "Olivér", "Oszkár", "Ottó"),
        *("Pál", "Patrik", "Péter", "Rezső", "Richárd", "Róbert", "Roland", "Rudolf"),
        *("Sándor", "Sebestyén", "Simon", "Szabolcs", "Szilárd", "Tamás", "Tibor", "Tivadar"),
        *("Tódor", "Vilmos", "Viktor", "Vince", "Zalán", "Zoltán", "Zsigmond", "Zsolt"),
        *("Zsombor", "Dani", "Feri", "Gyuri", "Laci", "Pisti", "Józsi", "Tomi", "Zoli"),
        *("Alex", "Andor", "Bendegúz", "Benett", "Csongor", "Előd", "Erik"),
        *("Gusztáv", "Kevin", "Krisztofer", "Noel", "Nolen", "Örs", "Szilveszter"),
        # Women
        *("Ágnes", "Ágota", "Adrienn", "Alexandra", "Alíz", "Amália", "Andrea", "Anett"),
        *("Anikó", "Anita", "Anna", "Annamária", "Barbara", "Beáta", "Bernadett", "Bettina"),
        *("Bianka", "Boglárka", "Borbála", "Brigitta", "Csilla", "Dalma", "Diána", "Dóra"),
        *("Dorina", "Dorottya", "Edina", "Edit", "Emese", "Emőke", "Enikő", "Erika"),
        *("Erzsébet", "Eszter", "Éva", "Evelin", "Fanni", "Flóra", "Gabriella", "Gizella"),
        *("Gréta", "Hajnalka", "Hanna", "Ibolya", "Ildikó", "Ilona", "Irén", "Írisz"),
        *("Izabella", "Jolán", "Judit", "Júlia", "Kamilla", "Katalin", "Kinga", "Kitti"),
        *("Klára", "Klaudia", "Krisztina", "Laura", "Lili", "Lilla", "Linda", "Lívia", "Luca"),
        *("Magdolna", "Margit", "Mária", "Márta", "Melinda", "Mónika", "Nikolett", "Nikoletta"),
        *("Noémi", "Nóra", "Orsolya", "Petra", "Piroska", "Rebeka", "Regina", "Réka"),
        *("Renáta", "Rita", "Rozália", "Sára", "Sarolta", "Szabina", "Szilvia", "Szonja"),
        *("Tekla", "Terézia", "Tímea", "Tünde", "Valéria", "Vanda", "Veronika", "Viktória"),
        *("Virág", "Vivien", "Zita", "Zsanett", "Zsófia", "Zsuzsanna", "Zsuzsa", "Zsuzsi"),
        *("Gabi", "Kati", "Andi", "Eszti", "Zsófi"),
        *("Adél", "Aranka", "Beatrix", "Bella", "Csenge", "Dorka", "Emma", "Etelka"),
        *("Gyöngyi", "Györgyi", "Henrietta", "Irma", "Janka", "Jázmin", "Julianna", "Kamilla"),
        *("Lara", "Léna", "Lilien", "Linett", "Liza", "Maja", "Mariann", "Marianna", "Mira"),
        *("Olívia", "Panna", "Róza", "Szofia", "Teréz", "Zoé"),
    }
)
# Common family names of Hungary (the first hundred or so of its register, by how many bear
# them), which a name written given name first does not start with: "Kovács Anna" in
# London is Anna Kovács. Left out: those that are given names too ("Simon", "Balázs",
# "László", "Antal": ``HUNGARIAN_GIVEN_NAMES`` decide), and "Major" and "Gál", given names
# elsewhere ("Gal Cohen").
HUNGARIAN_FAMILY_NAMES = frozenset(
    {
        *("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh"),
        *("Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh"),
        *("Rácz", "Fekete", "Szilágyi", "Török", "Fehér", "Kis", "Szűcs", "Kocsis", "Orsós"),
        *("Pintér", "Fodor", "Szalai", "Sipos", "Magyar", "Gulyás", "Biró", "Bíró", "Király"),
        *("Balog", "Katona", "Bogdán", "Boros", "Fazekas", "Kelemen", "Somogyi", "Orosz"),
        *("Veres", "Budai", "Vincze", "Hegedűs", "Deák", "Pap", "Vörös", "Vass", "Bodnár"),
        *("Lengyel", "Hajdu", "Nemes", "Szőke", "Bakos", "Erdélyi", "Dobos", "Bognár"),
        *("Kozma", "Székely", "Kun", "Barta", "Szekeres", "Halász", "Csonka"),
    }
)
# How Russian, Ukrainian and Belarusian patronymics end, in Cyrillic and in Latin letters:
# Иванович, Сергеевич, Ивановна, Сергеевна, Ильинична; Іванович, Іванівна, Андріївна.
PATRONYMIC_ENDINGS = (
    *("ович", "евич", "овна", "евна", "ична", "івна", "ївна"),
    *("ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "yivna"),
)
_SPELT = frozenset(name.casefold() for name in HUNGARIAN_GIVEN_NAMES)
# The letters of a Hungarian name's accents, and those only Hungarian writes.
_ACCENTED = frozenset("áéíóöőúüű")
_HUNGARIAN_ONLY = frozenset("őű")


def _folded(word: str) -> str:
    """A word without its accents, case folded: "Péter" and "PETER" are "peter"."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FOLDED = frozenset(map(_folded, HUNGARIAN_GIVEN_NAMES))
_FAMILY = frozenset(map(_folded, HUNGARIAN_FAMILY_NAMES))


def _given(word: str, *, accents: bool) -> bool:
    """A Hungarian given name: spelt as Hungarian spells it (``accents``), else also without
    its accents ("Peter")."""
    return word.casefold() in _SPELT or (not accents and _folded(word) in _FOLDED)


def _family_name(word: str) -> bool:
    """A common Hungarian family name, accents typed or not, or a married woman's name made of
    one ("Kovács", "Kovacs", "Kovácsné")."""
    folded = _folded(word)
    return folded in _FAMILY or (folded.endswith("ne") and folded[:-2] in _FAMILY)


def family_name_first(name: str, in_hungary: bool, country: object = "") -> str:
    """``name`` as a ``Person`` with the given names it greets when it is written family name
    first (see the module docstring: "Nagy Péter": "Péter"); any other name as it is.
    ``in_hungary``: the row is in Hungary; ``country``: the row's country code."""
    if isinstance(name, Person) and name.given:
        return name  # written surname first with a comma: its first names are known
    words = person_key(name).split()  # a remark in brackets left out
    shown = name.split()[: len(words)]
    at = titles_before(shown)
    words, shown = words[at:], shown[at:]
    if not 2 <= len(words) <= 4:
        return name
    if len(words) == 3 and not _patronymic(words[1]) and _patronymic(words[2]):
        return Person(name, shown[1])  # "ИВАНОВ Иван Иванович": Иван
    east_asian = _east_asian_given(shown, country)
    if east_asian is not None:  # "Tan Wei Ming": Wei Ming; "Nguyễn Văn An": An
        return Person(name, " ".join(shown[east_asian:]))
    # The given names: the words after the family name (or names: "Kovácsné Nagy Anna").
    start = next(
        (i for i in range(1, len(words)) if all(_given(w, accents=False) for w in words[i:])),
        None,
    )
    if start is None:
        return name
    if not in_hungary:
        written = any(_given(w, accents=True) and _ACCENTED & set(w) for w in words[start:])
        hungarian = (
            written or _family_name(words[0]) or any(_HUNGARIAN_ONLY & set(w) for w in words)
        )
        if not hungarian or _given(words[0], accents=False):
            return name
    return Person(name, shown[start])


# What a married woman's Hungarian name adds to her husband's: "Kovácsné" (Mrs. Kovács),
# "Kovács Jánosné" (Mrs. János Kovács); a stem ending in a or e lengthens before it
# ("Vargáné", "Feketéné").
MARRIED_SUFFIX = "né"


def _married_stem(word: str) -> str:
    """The name a married woman's name is made of, as written ("Kovács" of "Kovácsné",
    "János" of "JÁNOSNÉ"); '' for a word that ends otherwise. Typed without its accent
    ("Kovacsne") it is '' too: ``with_married_name`` reads that beside a family name only."""
    folded = _folded(word)
    return word[:-2] if folded.endswith("ne") and len(word) > 2 else ""


def _married_family(word: str, here: bool) -> str:
    """The husband's family name of a married woman's ``word`` ("Kovács" of "Kovácsné",
    "Varga" of "Vargáné"): one of Hungary's common ones, its accent typed or not, or, on a row
    in Hungary (``here``), any of three letters or more written with "né"; '' for "René"."""
    stem = _married_stem(word)
    if not stem:
        return ""
    accented = word.casefold().endswith(MARRIED_SUFFIX)
    if _folded(stem) in _FAMILY or (here and accented and len(stem) >= 3):
        return _unlengthened(stem)
    return ""


def _unlengthened(stem: str) -> str:
    """A family name as written before "né" lengthened its last vowel, as Hungarian always
    does: "Varga" of "Vargá", "Fekete" of "Feketé"; "Kovács" as it is."""
    short = {"á": "a", "é": "e", "Á": "A", "É": "E"}
    return stem[:-1] + short[stem[-1]] if stem[-1:] in short else stem


def _married_given(word: str, family_first: bool) -> bool:
    """Whether ``word`` is a husband's given name made a married woman's ("Jánosné",
    "Istvánné", "Gézáné"): with its accent, or without it (``family_first``: after a Hungarian
    family name, "Kovacs Janosne"); not "Marianne" after "Smith"."""
    stem = _married_stem(word)
    accented = word.casefold().endswith(MARRIED_SUFFIX)
    return bool(stem) and (accented or family_first) and _given(stem, accents=False)


def with_married_name(words: list[str], titles: int, country: object = "") -> list[str]:
    """A name's ``words`` (its first ``titles`` titles before it) as a greeting names a married
    woman by a Hungarian name: her husband's family name after her titles, or "Ms." ("Kovács
    Jánosné", Mrs. János Kovács: ["Ms.", "Kovács"]; "Kovácsné": ["Ms.", "Kovács"]; "Dr.
    Kovácsné Nagy Éva": ["Dr.", "Kovács"]); "Kovácsné Nagy Éva" without a title as it is, as
    it greets her given name (``family_name_first``). ``country``: the row's."""
    named, title = words[titles:], words[:titles] or ["Ms."]
    here = in_hungary(str(country or "").upper())
    if len(named) >= 2 and (titles or len(named) == 2):
        family_first = _family_name(named[0])
        if _married_given(named[1], family_first) and not _married_stem(named[0]):
            return [*title, named[0]]  # "Kovács Jánosné"
    family = _married_family(named[0], here) if named else ""
    if family and len(named) == 1:
        return [*title, family]  # "Kovácsné"
    if family and titles and 2 <= len(named) <= 4 and _given(named[-1], accents=False):
        return [*title, family]  # "Dr. Kovácsné Nagy Éva"
    return words


# Common family names in Latin letters, as Singapore, Malaysia, Hong Kong, Taiwan and
# mainland China spell them (Hokkien, Teochew, Cantonese, Wade-Giles and pinyin).
CHINESE_FAMILY_NAMES = frozenset(
    [
        "tan",
        "lim",
        "lee",
        "ng",
        "wong",
        "chan",
        "goh",
        "ong",
        "teo",
        "koh",
        "chua",
        "chen",
        "wang",
        "li",
        "zhang",
        "liu",
        "yang",
        "huang",
        "zhao",
        "wu",
        "zhou",
        "xu",
        "sun",
        "zhu",
        "hu",
        "guo",
        "lin",
        "luo",
        "gao",
        "cheng",
        "tay",
        "toh",
        "yeo",
        "chong",
        "leong",
        "lau",
        "cheung",
        "leung",
        "yip",
        "tsang",
        "chow",
        "kwok",
        "fong",
        "foo",
        "loh",
        "seah",
        "chia",
        "heng",
        "quek",
        "soh",
        "yap",
        "yong",
        "choo",
        "khoo",
        "neo",
        "phua",
        "poh",
        "tang",
        "tham",
        "wee",
        "ang",
        "kwan",
        "mak",
        "lam",
        "tse",
        "siu",
        "chu",
        "lai",
        "pang",
        "cheong",
        "hui",
        "tsui",
        "chang",
        "hsu",
        "tseng",
    ]
)
KOREAN_FAMILY_NAMES = frozenset(
    [
        "kim",
        "lee",
        "park",
        "choi",
        "jung",
        "kang",
        "cho",
        "yoon",
        "jang",
        "lim",
        "han",
        "oh",
        "seo",
        "shin",
        "kwon",
        "hwang",
        "ahn",
        "song",
        "yoo",
        "hong",
        "jeon",
        "ko",
        "moon",
        "yang",
        "son",
        "bae",
        "baek",
        "heo",
        "nam",
        "noh",
        "kwak",
        "cha",
        "joo",
        "woo",
        "ryu",
        "chung",
        "yi",
        "rhee",
        "choe",
        "pak",
    ]
)
VIETNAMESE_FAMILY_NAMES = frozenset(
    [
        "nguyễn",
        "trần",
        "lê",
        "phạm",
        "hoàng",
        "huỳnh",
        "phan",
        "vũ",
        "võ",
        "đặng",
        "bùi",
        "đỗ",
        "hồ",
        "ngô",
        "dương",
        "lý",
    ]
)
_VIETNAMESE_FOLDED = frozenset(_folded(n).replace("đ", "d") for n in VIETNAMESE_FAMILY_NAMES)
CHINESE_NAME_COUNTRIES = frozenset({"SG", "MY", "HK", "MO", "TW", "CN"})
KOREAN_NAME_COUNTRIES = frozenset({"KR", "KP"})
VIETNAMESE_NAME_COUNTRIES = frozenset({"VN"})
# One syllable of a Chinese or Korean given name in Latin letters: "Wei", "Ming", "Keong",
# "Hsien", "Min", "jun"; not "Ann", "Smith", "Kevin".
_SYLLABLE = re.compile(
    r"(?:ch|sh|zh|ts|hs|ng|[bcdfghjklmnpqrstwxyz])?h?[aeiouy]{1,3}(?:ng|[nmhkptr])?"
)


def _one_syllable(word: str) -> bool:
    return _SYLLABLE.fullmatch(word.casefold()) is not None


def _chinese_or_korean_given(words: list[str]) -> bool:
    """A given name of two one-syllable words ("Wei Ming") or one joined by a hyphen
    ("Min-jun")."""
    if len(words) == 1:
        parts = words[0].split("-")
        return len(parts) == 2 and all(map(_one_syllable, parts))
    return len(words) == 2 and all(map(_one_syllable, words))


def _capitals_first(words: list[str]) -> bool:
    """A family name typed in capitals before given names that are not: "YAMADA Taro"."""
    first = words[0]
    if not (first.isalpha() and first.isupper()) or any(w.isupper() for w in words[1:]):
        return False
    if not any(w[:1].isupper() and w[1:].islower() for w in words[1:]):
        return False
    key = first.casefold()
    return len(first) > 2 or key in CHINESE_FAMILY_NAMES or key in KOREAN_FAMILY_NAMES


def _east_asian_given(words: list[str], country: object) -> int | None:
    """Where the given name of a romanised East Asian name written family name first starts
    (see the module docstring), else None."""
    if not 2 <= len(words) <= 4:
        return None
    if _capitals_first(words):
        return 1
    code = country.split("-")[0] if isinstance(country, str) else ""
    key = words[0].casefold()
    if code in VIETNAMESE_NAME_COUNTRIES and 3 <= len(words) <= 4:
        folded = _folded(key).replace("đ", "d")
        return len(words) - 1 if folded in _VIETNAMESE_FOLDED else None
    listed = (code in CHINESE_NAME_COUNTRIES and key in CHINESE_FAMILY_NAMES) or (
        code in KOREAN_NAME_COUNTRIES and key in KOREAN_FAMILY_NAMES
    )
    return 1 if listed and _chinese_or_korean_given(words[1:]) else None


def _patronymic(word: str) -> bool:
    """A Russian, Ukrainian or Belarusian patronymic: "Иванович", "IVANOVNA"."""
    return word.casefold().endswith(PATRONYMIC_ENDINGS)


def in_hungary(country: object) -> bool:
    """A row's country code ("HU", "HU-BU") is Hungary's."""
    return isinstance(country, str) and country.split("-")[0] == "HU"


def family_names_first(names: np.ndarray, countries: np.ndarray) -> np.ndarray:
    """Each row's people (a list of names each) with those written family name first read so
    (``family_name_first``), by the row's country (``countries``: "HU" is Hungary); read once
    per distinct list and country."""
    hungary = [in_hungary(c) for c in countries.tolist()]
    # Keyed with the first names a name was read with: "Dana Lee Ortiz" read from "Ortiz, Dana
    # Lee" is another reading than the same name written so (``people.Person``).
    read: dict[tuple[object, ...], list[str] | None] = {}
    out = np.empty(len(names), dtype=object)
    rows = zip(names.tolist(), hungary, countries.tolist(), strict=True)
    for i, (people, here, country) in enumerate(rows):
        out[i] = people
        if not people:
            continue
        key = (here, country, *((name, getattr(name, "given", "")) for name in people))
        if key not in read:
            turned = [family_name_first(name, here, country) for name in people]
            changed = any(a is not b for a, b in zip(turned, people, strict=True))
            read[key] = turned if changed else None
        out[i] = read[key] or people
    return out
