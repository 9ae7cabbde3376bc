"""CSV trackers read as text, each field kept as written so it can go back byte for byte.

The ``csv`` module parses values but forgets how they were written (quotes, spacing), so
re-serialising would reformat the user's cells. Instead the tokenizer here keeps each field's
raw text beside its value; writing (``write.csv_out``) joins the user's raw fields unchanged
and appends ours.
"""

from __future__ import annotations

import codecs
import collections
import csv
import dataclasses
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from followup_batch.errors import UnsupportedFile
from followup_batch.read.sniff import mebibytes, size_over

DELIMITERS = ",;\t|"
MAX_CSV_BYTES = 200 * 1024 * 1024
SNIFF_CHARACTERS = 1 << 20  # the delimiter is told from the first 50 lines within these


@dataclass(frozen=True)
class CsvFormat:
    encoding: str = "utf-8"
    bom: bool = False
    delimiter: str = ","
    newline: str = "\n"
    final_newline: bool = True
    # A file in a legacy encoding that holds text pasted in as UTF-8 too ("📞" beside "Müller"
    # in Windows-1252): the encoding its other bytes are read in (``mixed_values``); None when
    # the file is in one encoding.
    mixed: str | None = None
    # A UTF-8 file holding bytes that are not UTF-8 (a name typed in another program,
    # ``utf8_but_for_strays``): the legacy encoding those bytes are read in (``read_strays``).
    # The raw fields hold them as surrogates (``surrogateescape``), so they go back as they were.
    strays: str | None = None


@dataclass
class CsvTable:
    fmt: CsvFormat
    values: list[list[str]] = field(default_factory=list)  # one list of values per record
    raw: list[list[str]] = field(default_factory=list)  # the same fields as written in the file
    line_numbers: list[int] = field(default_factory=list)  # 1-based record number per record
    ends: list[str] = field(default_factory=list)  # each record's own line break ('' for none)
    notes: list[str] = field(default_factory=list)  # what a run says of it without -v (strays)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str, bool]:
    """Text, encoding and whether a UTF-8 byte-order mark was present. A file that is UTF-8 but
    for some stray bytes (after a byte-order mark, or ``utf8_but_for_strays``) is UTF-8, those
    bytes held in the text as surrogates (``surrogateescape``: ``read_strays`` reads them)."""
    if encoding:
        try:
            return data.decode(encoding), encoding, False
        except (UnicodeDecodeError, LookupError) as exc:
            raise UnsupportedFile(
                f"cannot decode it as {encoding} ({exc}); check the --encoding name, or try "
                "cp1252 or utf-8"
            ) from None
    # The bytes after a byte-order mark are decoded through a view, not a copy of the file.
    if data.startswith(codecs.BOM_UTF8):
        return str(memoryview(data)[len(codecs.BOM_UTF8) :], "utf-8", STRAYS_KEPT), "utf-8", True
    for bom, utf16 in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):  # named by its byte order, so it goes back the same way
            return str(memoryview(data)[len(bom) :], utf16), utf16, True
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        if utf8_but_for_strays(data):
            return data.decode("utf-8", STRAYS_KEPT), "utf-8", False
        legacy = legacy_encoding(data)
        try:
            return data.decode(legacy), legacy, False
        except UnicodeDecodeError:  # a byte Windows-1252 lacks inside a UTF-8 character
            return data.decode("latin-1"), "latin-1", False


def western_encoding(data: bytes) -> str:
    """The Western encoding of bytes that are not UTF-8. Windows-1252 is what Excel writes on
    most Western machines; Mac Excel's "CSV (Macintosh)" is Mac Roman; latin-1 never fails. The
    one whose reading of the file's words is the more plausible wins, Windows-1252 on a tie.
    Text pasted in as UTF-8 (``UTF8_CHARACTER``: "📞" is four bytes that Windows-1252 reads
    as "ðŸ“ž") is no part of either reading, and weighs nothing: three emoji made a Windows-1252
    file Mac Roman, its "Müller" "M¸ller"."""
    return _western_of(_distinct_high_words(UTF8_CHARACTER.sub(b" ", data)))


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


def legacy_encoding(data: bytes) -> str:
    """The encoding of a file that is not UTF-8: the Western one (``western_encoding``) unless
    its words read as garble in that one and as one script in another code page Excel writes
    a "CSV" in (``CODE_PAGES``): "°¢Àï°Í°Í" is GBK's "阿里巴巴", "éùøàì" Windows-1255's
    "ישראל". ``AmbiguousEncoding`` when two code pages of different scripts read it as well
    (a few Hangul syllables are as many common Chinese characters in GBK), naming them."""
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
    if not garble[western]:  # most files: no reading is better, and a tie keeps it
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
    chosen = tied[0]
    if len(tied) > 1 and set(tied) <= LATIN:
        hint = _latin_hint(latin, western)
        chosen = hint if hint in tied else chosen
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
        for run in _NON_ASCII_RUN.findall(word):
            mixed = any(not ch.isalpha() for ch in run) or (
                any(ch.isupper() for ch in run) and any(ch.islower() for ch in run)
            )
            count += len(run) if mixed or len(run) > 2 else 0
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
# Croatian đ, beside ü or ç.
# Hungarian's ő and ű read as Windows-1252 are õ and û, which Estonian writes beside ä, ö and
# ü ("Mõisaküla"), but not ending a word ("fejlesztõ", "Kõ", "Erdõs") nor beside Hungarian's
# sz, gy, cs, zs, ny, ty or ly ("Kõszeg", "Gyõr", "Szûcs"). Croatian, Slovene and Slovak č, ć
# and đ read as è, æ and ð, which French, Danish and Icelandic write, but not è before a
# vowel ("Konèar", "Trenèín"), ending a word after a, i, á or í ("Kovaè", "Zupanèiè"; not
# Italian's "Giosuè", "Noè"), or beside an acute accent, š or ž ("Kováè"); nor "iæ" ending
# a word or æ before a vowel ("Šimiæ", "kuæa"); nor ð starting a word ("Ðurða").
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
        ("õs?(?!\\w)", "cp1250"),
        ("^(?=.*[õû]).*(?:sz|gy|cs|zs|ny|ty|ly)", "cp1250"),
        ("è(?=[aeiouyáéíóúý])|[aiáí]è(?!\\w)|^(?=.*è).*[áíóúýšž]", "cp1250"),
        ("iæ(?!\\w)|æ(?=[aeiou])|(?<!\\w)ð", "cp1250"),
    )
}


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


def mixed_values(values: list[str], fmt: CsvFormat) -> list[str]:
    """A mixed file's values (``CsvFormat.mixed``) as their writers meant them: each UTF-8
    character read as one ("📞", not "ðŸ“ž"), the other bytes in the file's own encoding.
    The raw fields stay as they were read, so the file goes back byte for byte."""
    assert fmt.mixed is not None
    return [
        value if value.isascii() else mixed_text(value.encode(fmt.encoding), fmt.mixed)
        for value in values
    ]


def mixed_text(data: bytes, encoding: str) -> str:
    """``data`` with each UTF-8 character read as one, the other bytes in ``encoding``."""
    return "".join(
        piece.decode("utf-8") if UTF8_CHARACTER.fullmatch(piece) else piece.decode(encoding)
        for piece in _UTF8_PIECES.split(data)
        if piece
    )


_UTF8_PIECES = re.compile(b"(" + UTF8_CHARACTER.pattern + b")")


# A UTF-8 decoder keeps each byte that is not UTF-8 as a surrogate of its own: the stray bytes
# of a UTF-8 file (a name typed or pasted in from a Windows-1252 or Mac Roman program), and the
# words holding them (between spaces, line breaks and delimiters).
STRAYS_KEPT = "surrogateescape"
STRAY_BYTES = re.compile(r"[\udc80-\udcff]+")
STRAY_WORD = re.compile(r"[^\s,;|]*[\udc80-\udcff][^\s,;|]*")


def utf8_but_for_strays(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 as a whole are UTF-8 but for some stray bytes: more of
    their distinct words (``_high_words``) are UTF-8 than not ("Иван", "Петров", "Москва"
    beside one "Café" typed in another program). A Windows-1252 or Mac Roman file has more
    words of its own ("Müller", "Jürgen"), beside a few UTF-8 characters by chance ("CAFÉ’S")
    or pasted in ("📞"), and stays in its encoding (``western_encoding``, ``CsvFormat.mixed``).
    Words, not characters: a name of six Cyrillic letters is one piece of text, as a pasted
    "naïve résumé" is two."""
    words = _distinct_high_words(data)
    utf8 = sum(1 for word in words if _is_utf8(word))
    return utf8 > len(words) - utf8


def _is_utf8(word: bytes) -> bool:
    try:
        word.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def strays_read_in(encoding: str) -> str:
    """The codec error handler that reads the bytes UTF-8 lacks in the legacy ``encoding``
    (``CsvFormat.strays``; latin-1 for a byte Windows-1252 lacks, as ``decode`` does)."""
    return f"followup-batch-{encoding}"


def _read_in(encoding: str) -> Callable[[UnicodeError], tuple[str, int]]:
    """``strays_read_in``'s handler, registered on import so that a worker process has it."""

    def handler(exc: UnicodeError) -> tuple[str, int]:
        assert isinstance(exc, UnicodeDecodeError)
        stray = bytes(exc.object[exc.start : exc.end])
        try:
            return stray.decode(encoding), exc.end
        except UnicodeDecodeError:
            return stray.decode("latin-1"), exc.end

    return handler


def read_strays(text: str, encoding: str) -> str:
    """``text`` whose stray bytes (``STRAYS_KEPT``) are read as characters of ``encoding``."""
    if text.isascii() or not STRAY_BYTES.search(text):
        return text
    return text.encode("utf-8", STRAYS_KEPT).decode("utf-8", strays_read_in(encoding))


def strays_note(count: int, raw: bytes, where: str, encoding: str) -> str:
    """What is said of a UTF-8 file's ``count`` stray bytes, the first ``raw`` (``where``
    says where it is), read as characters of ``encoding``: they are text, maybe garbled."""
    shown = raw.decode("utf-8", strays_read_in(encoding))
    return (
        f"UTF-8 but for {count:,} byte{'' if count == 1 else 's'} that "
        f"{'is' if count == 1 else 'are'} not, read as {ENCODING_NAMES.get(encoding, encoding)}"
        f" — the first, byte 0x{raw[0]:02x} {where}, as {shown!r}; check "
        f"{'that row' if count == 1 else 'those rows'}, or save the file as UTF-8"
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


def _high_words(data: bytes) -> bytes:
    return b"\n".join(_distinct_high_words(data))


def _distinct_high_words(data: bytes) -> set[bytes]:
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
_IN_WORD_APOSTROPHE = re.compile(f"([{_LETTER}]+)’([{_LETTER}]+)")
_ELIDED = frozenset(
    {"qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "aujourd", "quelqu"}
    | {"dell", "all", "dall", "nell", "sull", "coll", "quell", "quest", "un", "po"}
)
_CONTRACTED = frozenset({"t", "s", "d", "m", "ll", "re", "ve"})


def _implausible(high_words: bytes, encoding: str) -> int:
    """How many characters of the file's words (``_high_words``) are implausible read as
    ``encoding``."""
    words = high_words.decode(encoding)
    odd_apostrophes = sum(
        1
        for before, after in _IN_WORD_APOSTROPHE.findall(words)
        if len(before) > 1 and before.lower() not in _ELIDED and after.lower() not in _CONTRACTED
    )
    return odd_apostrophes + sum(len(pattern.findall(words)) for pattern in _IMPLAUSIBLE)


def sniff_delimiter(text: str, path: Path) -> str:
    # The first 50 lines within the first MiB: not a copy of every line of the file, nor a
    # sample as large as a long cell (the sniffer counts each character in each line: a cell
    # of 40 MiB took 15 s).
    sample = "\n".join(text[:SNIFF_CHARACTERS].splitlines()[:50])
    if path.suffix.lower() == ".tsv" and "\t" in sample.partition("\n")[0]:
        return "\t"  # else a .tsv holding commas (saved as CSV, renamed) is sniffed as any file
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def file_delimiter(path: Path) -> str:
    """The separator ``read_table`` reads ``path`` with, told from its first MiB alone (a file
    that cannot be read says nothing against its name: a comma, a tab for a .tsv)."""
    with path.open("rb") as file:
        head = file.read(SNIFF_CHARACTERS)
    try:
        text = decode(head)[0]
    except (UnicodeDecodeError, UnsupportedFile):  # UTF-16 cut inside a character
        return "\t" if path.suffix.lower() == ".tsv" else ","
    return sniff_delimiter(text, path)


def sniff_newline(ends: list[str]) -> str:
    """The line break most records end with: counted at record ends, so the line breaks
    inside quoted multi-line cells (the tool's own drafts among them) do not count."""
    counts = {end: ends.count(end) for end in ("\r\n", "\n", "\r")}
    best = max(counts, key=lambda end: counts[end])
    return best if counts[best] else "\n"


class UnclosedQuote(ValueError):
    """A quoted field never closed: the rest of the file would be one cell."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


@dataclass(frozen=True)
class MultiLineCell:
    """A quoted field over line breaks, as a tokenized record holds it: a Notes cell of
    several lines, or a quote left open that ran on into the rows below (``_runaway_quote``)."""

    field: int  # its index in the record
    first_line: int  # the line its quote opens on
    last_line: int  # the line its quote closes on
    text_after_quote: bool  # text between its closing quote and the next delimiter


def _line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def tokenize(
    text: str, delimiter: str
) -> Iterable[tuple[list[str], list[str], int, str, list[MultiLineCell]]]:
    """Yield (values, raw fields, 1-based first line, the record's line break, its quoted
    fields over line breaks) per record, RFC 4180 style.

    A quoted field may contain delimiters, doubled quotes and line breaks; a quote inside an
    unquoted field is taken literally (as Excel does). A quoted field never closed raises
    ``UnclosedQuote``: read on, the rest of the file would be one cell, and a write would put
    the tool's columns inside it.
    """
    i, n, line = 0, len(text), 1
    stop = re.compile(f"[{re.escape(delimiter)}\r\n]")

    def field_end(at: int) -> int:
        """Where the unquoted text from ``at`` ends: a delimiter, a line break or the end (a
        search, not a loop over characters: a cell of 40 MiB took 20 s, now 1 s)."""
        found = stop.search(text, at)
        return found.start() if found else n

    while i < n:
        values: list[str] = []
        raws: list[str] = []
        multi_line: list[MultiLineCell] = []
        start_line = line
        while True:
            start = i
            if i < n and text[i] == '"':
                i += 1
                parts: list[str] = []
                while i < n:
                    j = text.find('"', i)
                    if j < 0:
                        raise UnclosedQuote(line)
                    parts.append(text[i:j])
                    if j + 1 < n and text[j + 1] == '"':
                        parts.append('"')
                        i = j + 2
                        continue
                    i = j + 1
                    break
                value = "".join(parts)
                # Text after the closing quote up to the delimiter is kept, as csv does.
                k = field_end(i)
                breaks = _line_breaks(value)
                if breaks:
                    multi_line.append(MultiLineCell(len(values), line, line + breaks, k > i))
                    line += breaks
                value += text[i:k]
                i = k
                raw = text[start:i]
            else:
                k = field_end(i)
                value = raw = text[i:k]  # one string, not two copies of a large cell
                i = k
            values.append(value)
            raws.append(raw)
            if i < n and text[i] == delimiter:
                i += 1
                continue
            break
        # End of record: consume one line break.
        end = ""
        if text.startswith("\r\n", i):
            end = "\r\n"
        elif i < n and text[i] in "\r\n":
            end = text[i]
        i += len(end)
        line += 1
        yield values, raws, start_line, end, multi_line


def _runaway_quote(table: CsvTable, cells: list[tuple[int, MultiLineCell]]) -> str | None:
    """Why the first of ``cells`` (record index, cell) is a quote left open rather than a
    cell of several lines, or None when each reads as one: a quote typed into a cell and
    never closed (`Acme,"Loopline,PM`) runs on until a quote of a row below closes it, and
    the rows between are read as that one cell.

    A row left short or long by it, or with text after its closing quote (as a quote that
    opened a cell of a later row leaves), is a quote left open when a line the cell takes in
    reads as a whole row of the file (its number of fields, a date in a date column). A row
    left well formed (the header's number of cells, nothing after the closing quote) is one
    only when every line the cell spans reads as a row: the line its quote opens on with the
    cells before it, the line it closes on with the cells after it (`monitor 27"` closing a
    quote opened in the same column above), and the lines between with a row's number of
    fields. A note whose lines read as rows itself (a call log of "who, how, when") rarely
    starts on one, and a cell of several lines at the front of its row leaves the rest of
    its row on its last line, but never on its first.

    A file whose records all end in CRLF (or CR) and whose cell breaks its lines with LF
    alone is read as written: that is how Excel, Google Sheets and Python's csv write a
    cell of several lines, and a quote left open would take in the records' own CRLFs."""
    if not cells:
        return None
    delimiter = table.fmt.delimiter
    width = collections.Counter(map(len, table.raw)).most_common(1)[0][0]  # a row's cells
    header = len(table.raw[0])
    exported = _exported_line_breaks(table.ends)
    # In a file of one or two columns any line of a note reads as a row: no line is weighed.
    dates = _date_columns(table, width, {n for n, _cell in cells}) if width >= 3 else frozenset()
    for record, cell in cells:
        raws = table.raw[record]
        where = (
            f'a quote (") starting a cell on line {cell.first_line} that is not closed on that line'
        )
        well_formed = len(raws) == header and not cell.text_after_quote
        if well_formed and exported and "\r" not in raws[cell.field]:
            continue
        lines = _lines_spanned(raws, cell.field, delimiter) if dates else []
        if well_formed:
            if not lines:
                continue
            first, *between, last = lines
            if (
                _reads_as_row(first, delimiter, width, dates)
                and _reads_as_row(last, delimiter, width, dates)
                and all(len(_fields(line, delimiter)) == width for line in between if line)
            ):
                return (
                    f"{where}: the cell runs on over line {cell.last_line}, which reads as a "
                    "row of its own"
                )
            continue
        for number, line in enumerate(lines[1:], start=cell.first_line + 1):
            if _reads_as_row(line, delimiter, width, dates):
                return (
                    f"{where}: the cell runs on over line {number}, which reads as a row of its own"
                )
        if cell.text_after_quote:
            return (
                f"{where}: the cell runs on to line {cell.last_line}, where its closing quote "
                "is followed by more text (as a quote opening a cell of a later row is)"
            )
    return None


def _exported_line_breaks(ends: list[str]) -> bool:
    """Whether every record of the file ends in CRLF, or every one in CR (Mac Excel): then a
    cell's LF is the cell's own line break, as the exporters write it."""
    breaks = set(ends) - {""}
    return breaks == {"\r\n"} or breaks == {"\r"}


# The records weighed for where a file's dates stand (``_date_columns``).
DATE_SAMPLE_RECORDS = 200


def _date_columns(table: CsvTable, width: int, skipped: set[int]) -> frozenset[int]:
    """The fields of a row that hold dates: those at least half of whose filled cells read as a
    date, in the first records of a row's number of fields (not ``skipped``); every field
    when none does (a file of a few rows, its dates blank)."""
    # Loaded here, where a cell of several lines is weighed: the dates module needs pandas,
    # which reading a CSV's cells does not.
    from followup_batch.normalise.dates import parse_date_text

    filled = [0] * width
    dated = [0] * width
    rows = (
        values
        for record, values in enumerate(table.values[:DATE_SAMPLE_RECORDS])
        if len(values) == width and record not in skipped
    )
    for values in rows:
        for column, value in enumerate(values):
            if value.strip():
                filled[column] += 1
                parsed = parse_date_text(value)
                dated[column] += parsed.value is not None or parsed.month_day is not None
    columns = frozenset(c for c in range(width) if dated[c] and 2 * dated[c] >= filled[c])
    return columns or frozenset(range(width))


def _lines_spanned(raws: list[str], field: int, delimiter: str) -> list[str]:
    """The lines a quoted cell over line breaks (``raws[field]``) spans, as they would read
    were its quote a typo: the first with the record's cells before it (the opening quote left
    out), the last with the record's cells after it on that line."""
    lines = _split_lines(raws[field][1:])
    lines[0] = delimiter.join([*raws[:field], lines[0]])
    for raw in raws[field + 1 :]:
        rest = _split_lines(raw, 1)
        lines[-1] += delimiter + rest[0]
        if len(rest) > 1:
            break
    return lines


def _split_lines(text: str, most: int = -1) -> list[str]:
    """``text`` cut at its line breaks (CRLF, LF or CR; three times as fast as a regex)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n", most)


def _fields(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter))


def _reads_as_row(line: str, delimiter: str, width: int, dates: frozenset[int]) -> bool:
    """Whether a line read alone has a row's number of fields, one of those in ``dates`` a
    date as the tracker's date columns read one ("2026-11-20", "20.11.26", "Nov 19 2026")."""
    from followup_batch.normalise.dates import parse_date_text

    row = _fields(line, delimiter)
    if len(row) != width:
        return False
    read = (parse_date_text(row[column]) for column in dates)
    return any(date.value is not None or date.month_day is not None for date in read)


LEGACY = ("cp1252", "mac_roman", "latin-1")  # the encodings ``western_encoding`` gives
for _legacy in LEGACY:
    codecs.register_error(strays_read_in(_legacy), _read_in(_legacy))


def _stray_bytes(data: bytes, text: str) -> tuple[str | None, str | None]:
    """The legacy encoding a UTF-8 file's stray bytes (``decode``) are read in, told from the
    words holding them alone (a Cyrillic file's other words would make them Mac Roman), and
    the note naming the first; (None, None) when every byte is UTF-8."""
    first = STRAY_BYTES.search(text)
    if first is None:
        return None, None
    words = b"\n".join(w for w in _distinct_high_words(data) if not _is_utf8(w))
    encoding = western_encoding(words)
    count = sum(run.end() - run.start() for run in STRAY_BYTES.finditer(text))
    at = first.start()
    line = 1 + text.count("\n", 0, at) + text.count("\r", 0, at) - text.count("\r\n", 0, at)
    word = STRAY_WORD.search(text, max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1)
    assert word is not None  # the one holding ``first``
    within = read_strays(word[0], encoding)
    raw = first[0].encode("utf-8", STRAYS_KEPT)
    return encoding, strays_note(count, raw, f"on line {line:,}, in {within!r}", encoding)


def read_table(path: Path, encoding: str | None = None) -> CsvTable:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise UnsupportedFile(
            f"{path.name} is {size_over(size, MAX_CSV_BYTES)}; CSV trackers over "
            f"{mebibytes(MAX_CSV_BYTES)} are refused. Split it into smaller files."
        )
    data = path.read_bytes()
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        encoding is not None and codecs.lookup(encoding).name.startswith("utf-16")
    )
    if b"\x00" in data[:4096] and not utf16:
        head = data[:4096]
        if not head.strip(b"\x00"):
            raise UnsupportedFile(
                f"{path.name} holds nothing but zero bytes, as a crash or a full disk leaves a "
                "file: it is damaged. Restore it from a backup (.followup-backups/ beside it, "
                "or your sync service's version history)"
            )
        for order, zeros in (("le", head[1::2]), ("be", head[0::2])):
            if zeros.count(0) > 0.9 * len(zeros):  # ASCII text, each character two bytes
                raise UnsupportedFile(
                    f"{path.name} looks like UTF-16 text without a byte-order mark; name its "
                    f"encoding with --encoding utf-16-{order}."
                )
        raise UnsupportedFile(
            f"{path.name} is neither a workbook nor a text file (it holds binary data): it may "
            "be damaged, or another program's file. Restore it from a backup "
            "(.followup-backups/ beside it), or save it from your spreadsheet program as "
            ".xlsx or .csv"
        )
    try:
        text, enc, bom = decode(data, encoding)
    except UnicodeDecodeError as exc:
        raise UnsupportedFile(
            f"{path.name} is not valid {exc.encoding.upper()} text although it starts as such "
            f"({exc.reason} at byte {exc.start}); re-save it as CSV UTF-8, or name its "
            "encoding with --encoding (e.g. --encoding cp1252)."
        ) from None
    except UnsupportedFile as exc:
        raise UnsupportedFile(f"{path.name}: {exc}") from None
    delimiter = sniff_delimiter(text, path)
    mixed = None
    if encoding is None and enc in LEGACY and UTF8_CHARACTER.search(data):
        # latin-1: maybe only for a byte Windows-1252 lacks inside a UTF-8 character
        mixed = western_encoding(data) if enc == "latin-1" else enc
    strays, note = (None, None)
    if encoding is None and enc == "utf-8" and not text.isascii():
        strays, note = _stray_bytes(data, text)
    del data  # the text is the file from here: not its bytes too while its cells are cut out
    table = CsvTable(
        fmt=CsvFormat(encoding=enc, bom=bom, delimiter=delimiter, mixed=mixed, strays=strays),
        notes=[note] if note else [],
    )
    multi_line: list[tuple[int, MultiLineCell]] = []
    try:
        for number, (values, raws, _line, end, cells) in enumerate(tokenize(text, delimiter)):
            if mixed:
                values = mixed_values(values, table.fmt)
            elif strays:
                values = [read_strays(value, strays) for value in values]
            table.values.append(values)
            table.raw.append(raws)
            table.line_numbers.append(number + 1)
            table.ends.append(end)
            multi_line.extend((number, cell) for cell in cells)
    except UnclosedQuote as exc:
        raise UnsupportedFile(
            f'{path.name} has a quote (") starting a cell on line {exc.line} that is never '
            "closed, so the rest of the file would be read as that one cell; nothing was read "
            "or written. Close or remove the quote and run again."
        ) from None
    runaway = _runaway_quote(table, multi_line)
    if runaway:
        raise UnsupportedFile(
            f"{path.name} has {runaway}, so rows would be read as one cell; nothing was read "
            "or written. Close or remove the quote and run again."
        )
    table.fmt = dataclasses.replace(
        table.fmt,
        newline=sniff_newline(table.ends),
        final_newline=text.endswith(("\n", "\r")),
    )
    return table
