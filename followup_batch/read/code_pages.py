"""Which code page a CSV that is not UTF-8 is in, told from its words: the Western one Excel
writes on most machines (Windows-1252, Mac Roman as Mac Excel's "CSV (Macintosh)" writes it),
or the one Excel on another system writes in (Windows-1250, GBK, Shift-JIS, …), whose reading
of the words is the one script and spells words a language writes. ``csv_cells.decode`` asks.
"""

from __future__ import annotations

import collections
import functools
import re
import unicodedata

from followup_batch.errors import UnsupportedFile
from followup_batch.read.code_page_clues import clue_code_page


def western_encoding(data: bytes) -> str:
    """The Western encoding of bytes that are not UTF-8. Windows-1252 is what Excel writes on
    most Western machines; Mac Excel's "CSV (Macintosh)" is Mac Roman; latin-1 never fails. The
    one whose reading of the file's words is the more plausible wins, Windows-1252 on a tie.
    Text pasted in as UTF-8 (``UTF8_CHARACTER``: "📞" is four bytes that Windows-1252 reads
    as "ðŸ“ž") is no part of either reading, and weighs nothing: three emoji made a Windows-1252
    file Mac Roman, its "Müller" "M¸ller"."""
    return _western_of(distinct_high_words(UTF8_CHARACTER.sub(b" ", data)))


def _western_of(words: set[bytes]) -> str:
    joined = b"\n".join(words)
    try:
        joined.decode("cp1252")
        windows = "cp1252"
    except UnicodeDecodeError:
        windows = "latin-1"
    mac = _implausible(joined, "mac_roman") < _implausible(joined, windows)
    return "mac_roman" if mac else windows


class AmbiguousEncoding(UnsupportedFile):
    """A file that is not UTF-8 and reads as well in two code pages of different scripts."""


class UnknownEncoding(UnsupportedFile):
    """A file that is not UTF-8 and reads as text in no code page Excel writes a CSV in."""

    def __init__(self) -> None:
        super().__init__(
            "reads as text in no code page Excel writes a CSV in (Windows-1252, Windows-1250, "
            "Windows-1251, GBK, …): pass --encoding with the one it was saved in (koi8-r, "
            "iso-8859-5, …), or save the file as CSV UTF-8"
        )


def legacy_encoding(data: bytes, country: str | None = None) -> str:
    """The encoding of a file that is not UTF-8: the Western one (``western_encoding``) unless
    its words read as garble in that one and as one script in another code page Excel writes
    a "CSV" in (``CODE_PAGES``): "°¢Àï°Í°Í" is GBK's "阿里巴巴", "éùøàì" Windows-1255's
    "ישראל". ``AmbiguousEncoding`` when two code pages of different scripts read it as well
    (a few Hangul syllables are as many common Chinese characters in GBK), naming them.
    The code page the file's Country cells and headers, or the config's ``country``, point
    to (``clue_code_page``) wins when it reads the words otherwise and as well: a short
    file's few words may read as well in two ("Żabka" is Mac Roman's "Øabka")."""
    western = western_encoding(data)
    words = _first_high_words(data, WEIGHED_WORDS)
    # Text pasted in as UTF-8 ("📞") weighs nothing in a Western reading (``western_encoding``).
    latin = {
        piece
        for word in words
        for piece in UTF8_CHARACTER.sub(b" ", word).replace(b"|", b" ").split()
        if not piece.isascii()
    }
    garble = {western: _garble(latin, western)}
    clue = clue_code_page(data, country)
    if clue is not None and clue != western and _decodes(data, clue):
        weighed = latin if clue in LATIN else words
        reading = b"\n".join(weighed)
        if (
            _garble(weighed, clue) <= garble[western]
            and _plausible(weighed, clue)  # not KOI8-R read in the wrong case ("рЕФТПЧ")
            and reading.decode(clue) != reading.decode(western)
        ):
            return clue
    if not garble[western] or _nordic(latin, western):  # most files: no reading is better
        return western
    for encoding in CODE_PAGES:
        try:
            garble[encoding] = _garble(latin if encoding in LATIN else words, encoding)
        except UnicodeDecodeError:
            continue
    best = min(garble.values())
    if garble[western] == best:  # most files: nothing reads better than the Western reading
        return western
    # The words weighed are the file's first: each reading that wins must hold all its bytes.
    tied = [e for e, count in garble.items() if count == best and _decodes(data, e)]
    if not tied:
        return western
    if not _plausible(latin if tied[0] in LATIN else words, tied[0]):
        raise UnknownEncoding  # KOI8-R: Windows-1251 reads it in the wrong case ("рЕФТПЧ")
    if clue in tied:  # the file's countries or headers pick among the code pages
        return clue
    chosen = tied[0]
    if len(tied) > 1 and set(tied) <= LATIN:
        tied = _best_spelt(latin, tied)
        hint = _latin_hint(latin, western)
        chosen = hint if hint in tied else tied[0]
    others = [e for e in tied if e != chosen and not {e, chosen} <= LATIN]
    if "cp949" in tied and all(CODE_PAGES[e] in ("Han", "Hangul") for e in tied):
        # Korean read as GBK or Big5 is common Chinese characters; Chinese read as Korean
        # is Hangul beside Hanja as soon as a character lies past the Hangul rows.
        if _hangul(words) >= KOREAN_EVIDENCE:
            return "cp949"
        chosen, others = "cp949", [e for e in tied if e != "cp949"]
    if others:
        raise AmbiguousEncoding(
            f"looks like {_named(chosen)} or {_named(others[0])}: pass --encoding {chosen}"
            f" or --encoding {others[0]} (or save the file as CSV UTF-8)"
        )
    return chosen


# The distinct words weighed for a file's code page (``legacy_encoding``), its first: a
# script shows in a few hundred, and weighing each costs a Python loop over its characters.
WEIGHED_WORDS = 500


def _first_high_words(data: bytes, most: int) -> set[bytes]:
    """The first ``most`` distinct words of ``data`` that hold a byte above 0x7F, cut at white
    space, commas and semicolons only: a "|" (0x7C) may be the second byte of a Shift-JIS,
    GBK or Big5 character."""
    words: dict[bytes, None] = {}
    start = 0
    while start < len(data) and len(words) < most:
        found = _SPACE.search(data, start + _SAMPLE)  # cut between words
        end = found.end() if found else len(data)
        chunk = data[start:end].replace(b",", b" ").replace(b";", b" ")
        words.update(dict.fromkeys(word for word in chunk.split() if not word.isascii()))
        start = end
    return set(list(words)[:most])


_SAMPLE = 1 << 16


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


# The code pages Excel on Windows writes a "CSV" in, by the system's language (its ANSI code
# page), beside the Western one, with the letters each reading should give; on a tie the
# earlier wins. GBK is cp936, what Chinese Windows writes (gb18030 would also read bytes
# Excel never writes, and write characters Excel then cannot read).
CODE_PAGES = {
    "cp1250": "Latin",  # Central European: Polish, Czech, Hungarian, …
    "cp1254": "Latin",  # Turkish
    "cp1257": "Latin",  # Baltic
    "cp1251": "Cyrillic",
    "cp1253": "Greek",
    "cp1255": "Hebrew",
    "cp1256": "Arabic",
    "cp932": "Japanese",  # Shift-JIS as Windows has it
    "gbk": "Han",
    "big5": "Han",
    "cp949": "Hangul",  # EUC-KR with Windows' extra syllables
}
LATIN = frozenset({"cp1252", "mac_roman", "latin-1", "cp1250", "cp1254", "cp1257"})
_SCRIPT_LETTERS = {
    "Latin": ("LATIN",),
    "Cyrillic": ("CYRILLIC",),
    "Greek": ("GREEK",),
    "Hebrew": ("HEBREW",),
    "Arabic": ("ARABIC",),
    "Japanese": ("CJK", "HIRAGANA", "KATAKANA"),
    "Han": ("CJK",),
    "Hangul": ("HANGUL",),
}
_CJK_SCRIPTS = frozenset({"Japanese", "Han", "Hangul"})
_CASED = frozenset({"Cyrillic", "Greek"})
# The characters each CJK code page holds that its language writes every day: GB 2312's
# in GBK, JIS X 0208's in Shift-JIS, KS X 1001's in Windows' Korean, Big5's first level.
# The others are rare in a tracker, and the usual reading of another encoding's bytes.
_CJK_COMMON = {"gbk": "gb2312", "cp932": "shift_jis", "cp949": "euc_kr", "big5": "big5"}
KOREAN_EVIDENCE = 8  # Hangul syllables that make a file Korean rather than GBK


def _named(encoding: str) -> str:
    return ENCODING_NAMES.get(encoding, encoding)


def _hangul(words: set[bytes]) -> int:
    text = b"\n".join(words).decode("cp949", "replace")
    return sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3")


def _garble(words: set[bytes], encoding: str) -> int:
    """How many characters of the file's words read in ``encoding`` no text of its script
    holds; ``UnicodeDecodeError`` when one holds a byte the encoding lacks."""
    text = b"\n".join(words).decode(encoding)
    script = CODE_PAGES.get(encoding, "Latin")
    letters = _SCRIPT_LETTERS[script]
    count = sum(_garbled_characters(word, encoding, script, letters) for word in text.split())
    if encoding in LEGACY:  # what Western text does not hold ("In¿ynier", "Wiœniewski")
        count += _implausible(text.encode(encoding), encoding)
    if script in _CASED and not any(ch.isupper() for ch in text if not ch.isascii()):
        # Names and places start with a capital: Hebrew and Arabic letters, which have none,
        # read as a script that has them only as small letters.
        count += len(words)
    return count


def _plausible(words: set[bytes], encoding: str) -> bool:
    """Whether most of the words read in ``encoding`` have no character ``_garble`` counts."""
    script = CODE_PAGES.get(encoding, "Latin")
    letters = _SCRIPT_LETTERS[script]
    text = b"\n".join(words).decode(encoding).split()
    garbled = sum(1 for word in text if _garbled_characters(word, encoding, script, letters))
    return 2 * garbled <= len(text)


def _garbled_characters(word: str, encoding: str, script: str, letters: tuple[str, ...]) -> int:
    """A word's characters that its reading in ``encoding`` (of ``script``, whose letters'
    Unicode names start with ``letters``) makes implausible: a control or unassigned code, a
    letter of another script or beside ASCII ones in a script that never is, a capital after
    a small letter, a lone CJK character between ASCII letters or one the language rarely
    writes, and in a Latin reading a run of accented letters and symbols ("°¢Àï", "ÖÐ¹ú")."""
    count = 0
    scripts = []
    for at, ch in enumerate(word):
        if ch.isascii():
            scripts.append("ascii" if ch.isalpha() else "")
            continue
        category = unicodedata.category(ch)
        if category[0] == "C":  # a C1 control, private use, a code the encoding leaves empty
            count += 1
            scripts.append("")
            continue
        if category[0] not in "LM":
            scripts.append("")
            continue
        name = unicodedata.name(ch, "")
        if not name.startswith(letters) or "HALFWIDTH" in name:
            count += 1
        if at and ch.isupper() and word[at - 1].islower():
            count += 1
        if category[0] == "M" and not (at and scripts[-1] == script):
            count += 1  # a vowel point or accent on no letter of its script
        if encoding in _CJK_COMMON and not _common(ch, encoding):
            count += 1
        scripts.append(script)
    if script in _CJK_SCRIPTS:
        for at, kind in enumerate(scripts):
            before = scripts[at - 1] if at else ""
            after = scripts[at + 1] if at < len(word) - 1 else ""
            # One character among ASCII letters: "泱efan" is Big5's reading of "Ştefan".
            count += kind == script and script not in (before, after) and "ascii" in (before, after)
    elif script != "Latin":
        count += scripts.count(script) if "ascii" in scripts else 0
        # ASCII letters and no letter of the script: "×tefan" is Windows-1255's "Ştefan".
        count += "ascii" in scripts and script not in scripts
        count += len(_SYMBOL_IN_WORD.findall(word))  # "°ΆΐΟ°Ν" is GBK's "阿里"
        count += sum(len(pattern.findall(word)) for pattern in _MISSPELT.get(script, ()))
    else:
        for found in _NON_ASCII_RUN.finditer(word):
            run = found.group()
            # A capital starting the word is a name's ("Łódź", "Ølstykke"), not a mixed case.
            cased = run[1:] if found.start() == 0 and run[0].isupper() else run
            mixed = any(not ch.isalpha() for ch in run) or (
                any(ch.isupper() for ch in cased) and any(ch.islower() for ch in cased)
            )
            count += len(run) if mixed or (len(run) > 2 and not _spelt(run, encoding)) else 0
        count += sum(1 for pattern in _MISSPELT_LATIN if pattern.search(word))
    return count


# What one code page's letters read as in another are letters too, but words no language
# of the script spells; each such spelling counts.
# ъ is a vowel in Bulgarian ("България"); the rest, Serbian and Macedonian letters among them.
_CYRILLIC_CONSONANTS = "бвгджзйклмнпрстфхцчшщьґўђјљњћџѓќѕ"
_GREEK_ACCENTED = "άέήίόύώΐΰΆΈΉΊΌΎΏ"
_MISSPELT = {
    # Four Cyrillic letters and no vowel: Greek's vowels are Windows-1251's consonants
    # ("Μηχανικός" reads "Мзчбнйкьт"). Abbreviations ("ВТБ", "МТС") are shorter.
    "Cyrillic": (re.compile(f"(?i)(?<!\\w)[{_CYRILLIC_CONSONANTS}]{{4,}}(?!\\w)"),),
    # Russian read as Windows-1253 ("Разработчик" as "Πΰηπΰαξςχθκ", "Олена" as "Ξλενΰ"): a
    # final sigma inside a word, two accents in one, and "ΰ" (Russian "а"), which Greek words
    # all but never hold.
    "Greek": (
        re.compile("ς(?=\\w)"),
        re.compile(f"[{_GREEK_ACCENTED}]\\w*[{_GREEK_ACCENTED}]"),
        re.compile("ΰ"),
    ),
}
# Czech, Turkish and Hungarian read as Windows-1252 ("Jiří" as "Jiøí", "Şükrü" as "Þükrü",
# "értékesítő" as "értékesítõ"): a letter Western languages write (ø, þ, ð, ý, õ, û) in a word
# beside letters those languages do not write beside it. Danish and Norwegian write ø with å,
# æ and é; Icelandic þ, ð and ý with ö but not ü or ç, and þ inside a word only after its
# first part, beside an acute accent ("Hafþór"); Portuguese õ before e ("ações"); French û
# with é ("brûlé"). Turkish read as Windows-1250 is "Ţükrü", "güvenliđi": Romanian ţ and
# Croatian đ, beside ü or ç; Turkish surnames end in -oğlu ("Ağaoğlu" as "Aðaoðlu").
# Hungarian's ő and ű read as Windows-1252 are õ and û, which Estonian writes beside ä, ö and
# ü ("Mõisaküla"), but not ending a word ("fejlesztõ", "Kõ", "Erdõs") nor beside Hungarian's
# sz, gy, cs, zs, ny, ty or ly ("Kõszeg", "Gyõr", "Szûcs") nor beside c, q, w, x or y, which
# Estonian words do not hold ("Lõrinc", "Dõry"; Portuguese writes õ before e: "Leões").
# Croatian, Slovene and Slovak č, ć and đ read as è, æ and ð, which French, Danish and
# Icelandic write, but not è before a vowel ("Konèar", "Trenèín"), ending a word after a, i,
# á or í ("Kovaè", "Zupanèiè"; not Italian's "Giosuè", "Noè", "piè"), or beside an acute
# accent, š or ž ("Kováè"); nor "iæ" ending a word or æ before a or o ("Šimiæ", "kuæa";
# Danish "træer", Icelandic "bæir" have æ before e and i); nor ð starting a word before a
# vowel ("Ðurða", "Ðakoviæ").
# Lithuanian and Latvian read as Windows-1252 are "Jankauskienë", "Ðiauliø", "Ozoliòa",
# "Bçrziòð": a woman's surname ending -ienė, -aitė, -kytė or -iūtė, a genitive plural ending
# -ių, a name ending -iņa or -iņš, and ē before a consonant beside another Latvian letter
# (ç comes before a, o and u in French, Portuguese and Catalan); Estonian, Lithuanian and
# Latvian š after a consonant ("Tðernõðov"), where Icelandic ð never stands, or starting a
# word before i or a consonant ("Ðimkus", Estonian "Ðmidt"), where Croatian đ all but never
# does: Croatian "Đuro", "Đakovo" read as Windows-1257 are Estonian "Šuro", "Šakovo".
# Polish ń reads as Windows-1252's ñ, which Spanish and Portuguese write only before a vowel
# ("España", "Peña"): before a consonant or ending a word it is Polish ("Gdañsk", "Poznañ").
# Each names the code page whose text it is: that one wins a tie of Latin code pages ("Ayşe"
# reads as well in Windows-1250, "Ayţe").
_MISSPELT_LATIN = {
    re.compile(pattern, re.IGNORECASE): code_page
    for pattern, code_page in (
        ("^(?=.*ø).*[íáéýùì]", "cp1250"),
        ("^(?=.*[þðýţđ]).*[üç]", "cp1254"),
        ("^(?=.*õ(?!e)).*[áéíóú]", "cp1250"),
        ("^(?=.*û).*[áíóöüú]", "cp1250"),
        ("^(?!.*[áéíóúæ]).*(?<=\\w)þ", "cp1254"),
        ("ðlu(?!\\w)", "cp1254"),  # Turkish surnames' -oğlu, "Aðaoðlu"; no Icelandic word
        # Turkish ı beside ı, ş or ğ, or ending "-ın", in a word with no Icelandic letter:
        # "Yazýlým", "Barýþ", "Daðýstan", "Aydýn" (not "Sýn": three letters before it at least).
        ("^(?!.*[áéíóúæ]).*(?:ý\\w*ý|ýþ|ðý|(?<=\\w\\w\\w)ýn(?!\\w))", "cp1254"),
        # İ starts a Turkish word ("Ýstanbul", "Ýzmir", "Ýnsan"); Icelandic starts few with Ý,
        # Ýmir's and Ýr's m and r aside.
        ("^(?!.*[áéíóúæð])(?-i:Ý)(?![mr])(?=[a-zçöüþý]{2})", "cp1254"),
        ("õs?(?!\\w)", "cp1250"),
        ("^(?=.*[õû]).*(?:sz|gy|cs|zs|ny|ty|ly)", "cp1250"),
        ("^(?=.*õ(?!e)).*[cqwxy]", "cp1250"),
        ("è(?=[aeiouyáéíóúý])|(?<=\\w\\w)[aiáí]è(?!\\w)|^(?=.*è).*[áíóúýšž]", "cp1250"),
        ("iæ(?!\\w)|æ(?=[ao])|(?<!\\w)ð(?=[aeou])", "cp1250"),
        ("(?:ien|ait|kyt|iût)ë(?!\\w)|iø(?!\\w)", "cp1257"),
        ("iò[að]?(?!\\w)|^(?=.*ç[b-df-hj-np-tv-xz]).*[âîûòðþï]", "cp1257"),
        ("(?<=[bcdfghjklmpstvz])ð|(?<!\\w)ð(?![aeou])", "cp1257"),
        ("ñ(?![aeiouyáéíóú])", "cp1250"),
    )
}


# Faroese and Icelandic words Windows-1252 reads, which no Central European or Baltic word
# read in it is (report ot80 F5: "Rúni Ðáson", "Leiðari" and "Ingeniørur" were read as
# Windows-1250's "Đáson", "Leiđari", "Ingeniřrur"): ð beside á, í, ó, ú or å (Croatian đ
# stands beside no acute accent: "Ðurðeviæ"), and ø before ð ("Fuglafjørður"; Lithuanian's
# š before ų, "Ðiauliø", the other way round). One such word makes the file Windows-1252, as
# it does Danish ø beside å or æ ("Kjærgård" is none: it reads so in Windows-1250 as well).
# A word of these languages' letters only, a capital first at most: "ÖÐ¹ú", GBK's "中国"
# read in Windows-1252, is none.
_NORDIC_LETTERS = "a-záéíóúýðþæøåö"
_NORDIC_SPELT = re.compile(f"[{_NORDIC_LETTERS.upper()}{_NORDIC_LETTERS}][{_NORDIC_LETTERS}]+")
_NORDIC_WORD = re.compile("ð\\w*[áíóúå]|[áíóúå]\\w*ð|ø\\w*ð|ø\\w*[æå]|[æå]\\w*ø")


def _nordic(words: set[bytes], western: str) -> bool:
    """Whether one of ``words`` read in the Western code page is Faroese, Icelandic, Danish or
    Norwegian and of no language of another (``_NORDIC_WORD``)."""
    if western == "mac_roman":
        return False
    return any(
        _NORDIC_SPELT.fullmatch(word) and _NORDIC_WORD.search(word.lower())
        for word in b" ".join(words).decode(western).split()
    )


# The letters above ASCII that each language of a Latin code page writes, the languages
# whose Windows writes a "CSV" in it. Windows-1250, -1254 and -1257 read each other's bytes
# as letters too, but as words no one of their languages spells: Lithuanian "Šiaulių" is
# Windows-1250's "Điauliř" (Croatian đ beside Czech ř) and Windows-1254's "Ğiauliø", Latvian
# "Bērziņš" Windows-1254's "Bçrziòğ" (no Turkish ò).
_ALPHABETS = {
    "cp1250": (
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Croatian, Bosnian, Serbian, Slovene
        "ăâîşţ",  # Romanian
        "çë",  # Albanian
        "äöüß",  # German
    ),
    "cp1254": ("âçğıîöşûü",),  # Turkish
    "cp1257": (
        "ąčęėįšųūž",  # Lithuanian
        "āčēģīķļņšūž",  # Latvian
        "äõöüšž",  # Estonian
    ),
}


def _spelt(run: str, code_page: str) -> bool:
    """Whether a run of letters beyond ASCII is one a language of ``code_page`` writes: four
    at most, each of its alphabet (Polish "Żółć", "źdźbło"'s "źdź" is none: "d" is ASCII)."""
    letters = set(run.lower())
    return len(run) <= 4 and any(letters <= set(abc) for abc in _ALPHABETS.get(code_page, ()))


def _best_spelt(words: set[bytes], code_pages: list[str]) -> list[str]:
    """Those of ``code_pages`` (Latin ones that ``_garble`` finds as good) whose reading of
    ``words`` holds the fewest words no one language of the code page spells
    (``_ALPHABETS``), in their order."""
    unspelt = {code_page: _unspelt(words, code_page) for code_page in code_pages}
    fewest = min(unspelt.values())
    return [code_page for code_page in code_pages if unspelt[code_page] == fewest]


def _unspelt(words: set[bytes], code_page: str) -> int:
    alphabets = [frozenset(letters) for letters in _ALPHABETS[code_page]]
    count = 0
    for word in b"\n".join(words).decode(code_page).lower().split():
        letters = {ch for ch in word if ch.isalpha() and not ch.isascii()}
        count += not any(letters <= alphabet for alphabet in alphabets)
    return count


def _latin_hint(words: set[bytes], western: str) -> str | None:
    """The code page the Western reading's misspelt words (``_MISSPELT_LATIN``) are most
    often of; None when none is."""
    text = b"\n".join(words).decode(western).split()
    hints = collections.Counter(
        code_page
        for word in text
        for pattern, code_page in _MISSPELT_LATIN.items()
        if pattern.search(word)
    )
    return hints.most_common(1)[0][0] if hints else None


_SYMBOL_IN_WORD = re.compile(r"(?<=\w)[^\w\s\x00-\x7f’‘“”„«»–—…״׳](?=\w)")
# Quotes, apostrophes and dashes stand beside accented letters in Western text ("l’été").
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f’‘“”„«»–—…]{2,}")


@functools.lru_cache(maxsize=8192)
def _common(ch: str, encoding: str) -> bool:
    try:
        encoded = ch.encode(_CJK_COMMON[encoding])
    except UnicodeEncodeError:
        return False
    return encoding != "big5" or encoded[0] < 0xC9  # Big5's second level starts at 0xC940


# A character written in UTF-8 (RFC 3629) in a file that is not UTF-8 as a whole: three or four
# bytes (symbols, emoji, "–" as "â€“"), or two for Latin-1's ("é" as "Ã©"); not the other two-byte
# ones, which Western text writes by itself ("É’", "ß«" in Windows-1252).
UTF8_CHARACTER = re.compile(
    rb"[\xc2\xc3][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)

ENCODING_NAMES = {
    "cp1252": "Windows-1252",
    "mac_roman": "Mac Roman",
    "latin-1": "Latin-1",
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "cp1253": "Windows-1253",
    "cp1254": "Windows-1254",
    "cp1255": "Windows-1255",
    "cp1256": "Windows-1256",
    "cp1257": "Windows-1257",
    "cp932": "Shift-JIS (cp932)",
    "gbk": "GBK",
    "big5": "Big5",
    "cp949": "EUC-KR (cp949)",
}


# Mac Roman and Windows-1252 give the bytes above 0x7F to different characters: Mac Roman's
# "ü" (0x9F) is Windows-1252's "Ÿ", its "ö" (0x9A) is "š", its "€" (0xDB) is "Û"; Windows-1252's
# "é" (0xE9) is Mac Roman's "È", its "ü" (0xFC) is "¸". Read the wrong way, a file's words hold
# characters Western text does not ("JŸrgen", "M¸ller") or not there ("CafŽ", "Bšhm", "Zo‘").
_LOWER = "a-zß-öø-ÿšžœ"
_UPPER_ACCENTED = "À-ÖØ-ÞŠŽŒŸ"
_LETTER = f"A-Z{_UPPER_ACCENTED}{_LOWER}"
_CONSONANT = "bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ"
_PUNCTUATION = "\u00a0–—‘’“”„…€•·«»°§£¥©®™¢¿¡ªº"
_IMPLAUSIBLE = tuple(
    re.compile(pattern)
    for pattern in (
        # A character other than the Latin letters and the punctuation of Western text.
        f"[^\\x00-\\x7f{_UPPER_ACCENTED}ß-öø-ÿšžœ{_PUNCTUATION}]",
        # A capital inside a word ("MŸller", "CafŽ", "JŸrgen"), or one standing alone, as a
        # misread "€" or "…" does ("Û 60.000"); "À" alone is French ("À Paris").
        f"(?<=[{_LOWER}])[{_UPPER_ACCENTED}]",
        f"(?<=[{_LETTER}])[{_UPPER_ACCENTED}](?=[{_LOWER}])",
        f"(?<![{_LETTER}])[Á-ÖØ-ÞŠŽŒŸ](?![{_LETTER}])",
        # Punctuation inside a word ("Espa–a"; not the apostrophe of "l’entretien"), or an
        # opening quote right after a letter ("Zo‘").
        f"(?<=[{_LETTER}])[{_PUNCTUATION.replace('’', '')}](?=[{_LETTER}])",
        f"(?<=[{_LETTER}])[‘“„]",
        # š and ž are consonants, so not between two others ("Bšhm", "Bržlé"; "Škoda" is
        # fine); œ comes before a vowel ("cœur", "œil"; not "Raœl").
        f"(?<=[{_CONSONANT}])[šž](?=[{_CONSONANT}])",
        "œ(?![aeiouy])",
        # Danish and Norwegian ø is a vowel, not before a, o or u: Polish "Ż" and "ż" (0xAF,
        # 0xBF in Windows-1250) read as Mac Roman are "Øabka", "Øak", "Øółć" as "ØÛ≥Ê".
        "[Øø](?=[aouÛ])",
        # A currency sign before a letter: prices are written in figures ("£50k"); Polish
        # "Łukasz" read as Windows-1252 or Mac Roman is "£ukasz".
        f"[£¥¢](?=[{_LETTER}])",
    )
)
# The file is weighed by its distinct words (runs between spaces, line breaks and delimiters)
# that hold a byte above 0x7F, read a megabyte at a time: a name repeated on every row counts
# once, and a large file costs little more than a small one.
_CHUNK = 1 << 20
_SPACE = re.compile(rb"\s")
_DELIMITERS_TO_SPACES = bytes.maketrans(b",;|", b"   ")


def distinct_high_words(data: bytes) -> set[bytes]:
    """The distinct words of ``data`` that hold a byte above 0x7F."""
    words: set[bytes] = set()
    start = 0
    while start < len(data):
        found = _SPACE.search(data, start + _CHUNK)  # cut between words
        end = found.end() if found else len(data)
        chunk = data[start:end].translate(_DELIMITERS_TO_SPACES)
        words.update(word for word in set(chunk.split()) if not word.isascii())
        start = end
    return words


# An apostrophe inside a word elides ("l’entretien", "O’Brien", "jusqu’à", "dell’anno") or
# contracts ("don’t", "we’ll"); Mac Roman's "í" read as Windows-1252 is one in neither place
# ("Mart’nez", "Joaqu’n", "Garc’a").
# From a word's first letter only: tried from each letter in turn, each scanned the rest.
_IN_WORD_APOSTROPHE = re.compile(f"(?<![{_LETTER}])([{_LETTER}]+)’([{_LETTER}]+)")
_ELIDED = frozenset(
    {"qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "aujourd", "quelqu"}
    | {"dell", "all", "dall", "nell", "sull", "coll", "quell", "quest", "un", "po"}
)
_CONTRACTED = frozenset({"t", "s", "d", "m", "ll", "re", "ve"})


def _implausible(high_words: bytes, encoding: str) -> int:
    """How many characters of the file's words (``distinct_high_words``, one a line) are
    implausible read as ``encoding``."""
    words = high_words.decode(encoding)
    odd_apostrophes = sum(
        1
        for before, after in _IN_WORD_APOSTROPHE.findall(words)
        if len(before) > 1 and before.lower() not in _ELIDED and after.lower() not in _CONTRACTED
    )
    return odd_apostrophes + sum(len(pattern.findall(words)) for pattern in _IMPLAUSIBLE)


LEGACY = ("cp1252", "mac_roman", "latin-1")  # the encodings ``western_encoding`` gives
