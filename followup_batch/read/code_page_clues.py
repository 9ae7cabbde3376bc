"""The code page a CSV's other clues point to, beside its words: its Country cells ("PL",
"Polska", "Türkiye"), its headers in a language whose Windows writes a "CSV" in a code page of
its own ("Stanowisko", "Şirket"), and the config's ``country``. A short file's words may read
as well in two code pages (Polish "Żabka" is Mac Roman's "Øabka", Turkish "Şule Ağaoğlu"
Windows-1252's "Þule Aðaoðlu"); ``code_pages.legacy_encoding`` then takes the one these
point to, when its reading is as good.
"""

from __future__ import annotations

import collections
import functools
import re

# The code page Excel writes a "CSV" in on each country's Windows (its ANSI code page), by
# ISO code. Windows-1252 countries are none of these: a clue for them changes nothing. A Country
# cell is read by the names the place reader knows (``normalise.calendar_places``): "PL",
# "Poland", "Polska", "Türkiye", "Россия".
_COUNTRIES: dict[str, frozenset[str]] = {
    "cp1250": frozenset({"PL", "CZ", "SK", "HU", "HR", "SI", "RO"}),
    "cp1254": frozenset({"TR"}),
    "cp1257": frozenset({"LT", "LV", "EE"}),
    "cp1251": frozenset({"RU", "UA", "BG", "BY"}),
    "cp1253": frozenset({"GR"}),
}
# Header words of a tracker kept in a language of these code pages, and in no Western one.
_HEADERS: dict[str, tuple[str, ...]] = {
    "cp1250": (
        *("Stanowisko", "Nazwa stanowiska", "Data rozmowy", "Rekruter", "Kraj", "Etap"),
        *("Pozice", "Datum pohovoru", "Pozícia", "Cég", "Pozíció", "Interjú dátuma"),
    ),
    "cp1254": ("Şirket", "Pozisyon", "Mülakat Tarihi", "Görüşme Tarihi", "Ülke", "Görüşmeci"),
    "cp1257": ("Įmonė", "Pareigos", "Uzņēmums", "Amats", "Ettevõte", "Ametikoht"),
}


@functools.cache
def _clue_cells() -> dict[bytes, str]:
    """Each clue's bytes in its code page (``_key``): the names of its countries (not their
    three-letter codes: 'EST' may be a time zone) and its headers."""
    # The place reader's names, read after this one: imported when a file is not UTF-8.
    from followup_batch.normalise.calendar_places import country_spellings

    cells: dict[bytes, str] = {}
    for code_page, countries in _COUNTRIES.items():
        for code in sorted(countries):
            for name in country_spellings(code):
                if len(name) == 3 and name.isupper():
                    continue
                try:
                    cells.setdefault(_key(name.encode(code_page)), code_page)
                except UnicodeEncodeError:  # 'Ελλάδα' in Windows-1250: no cell of its files
                    continue
    for code_page, headers in _HEADERS.items():
        for header in headers:
            cells[_key(header.encode(code_page))] = code_page
    return cells


_NOT_ASCII_ALNUM = re.compile(rb"[^0-9a-z]+")


def _key(cell: bytes) -> bytes:
    """A cell's bytes as clues are compared: lower-cased (ASCII letters only, as bytes are),
    and an ASCII one without spaces and punctuation, as the place reader keys names ('Czech
    Republic' is its 'czechrepublic')."""
    lower = cell.lower()
    return _NOT_ASCII_ALNUM.sub(b"", lower) if lower.isascii() else lower


_CELL = re.compile(rb"[^,;\t|\r\n]+")
_CLUE_BYTES = 1 << 16  # a file's first 64 KiB: its header and first rows say it
_LONGEST_CLUE = 40  # bytes: a longer cell is none ("Česká republika", quotes and spaces about it)


def clue_code_page(data: bytes, country: str | None = None) -> str | None:
    """The code page most of the file's clue cells point to (``_COUNTRIES``, ``_HEADERS``);
    else the config's ``country``'s; None when nothing points to one."""
    cells = _clue_cells()
    votes = collections.Counter(
        cells[cell]
        for found in _CELL.finditer(data[:_CLUE_BYTES])
        if len(found.group()) <= _LONGEST_CLUE
        and (cell := _key(found.group().strip(b' "'))) in cells
    )
    if votes:
        return votes.most_common(1)[0][0]
    return country_code_page(country)


def code_page_country(encoding: str) -> str | None:
    """The one country whose Windows writes a CSV in ``encoding`` ('TR' for Windows-1254);
    None for a code page of several countries or of none."""
    countries = _COUNTRIES.get(encoding, frozenset())
    return next(iter(countries)) if len(countries) == 1 else None


def country_code_page(country: str | None) -> str | None:
    """The code page Excel writes a CSV in on ``country``'s Windows, if not Windows-1252."""
    if not country:
        return None
    code = country.strip().upper().split("-")[0]
    for code_page, countries in _COUNTRIES.items():
        if code in countries:
            return code_page
    return None
