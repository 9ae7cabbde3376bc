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
# ISO code, with the names a tracker gives the country in English and in its own language.
# Windows-1252 countries are none of these: a clue for them changes nothing.
_COUNTRIES: dict[str, dict[str, tuple[str, ...]]] = {
    "cp1250": {
        "PL": ("Poland", "Polska"),
        "CZ": ("Czechia", "Czech Republic", "Česko", "Česká republika"),
        "SK": ("Slovakia", "Slovensko"),
        "HU": ("Hungary", "Magyarország"),
        "HR": ("Croatia", "Hrvatska"),
        "SI": ("Slovenia", "Slovenija"),
        "RO": ("Romania", "România"),
    },
    "cp1254": {"TR": ("Turkey", "Türkiye", "Turkiye")},
    "cp1257": {
        "LT": ("Lithuania", "Lietuva"),
        "LV": ("Latvia", "Latvija"),
        "EE": ("Estonia", "Eesti"),
    },
    "cp1251": {
        "RU": ("Russia", "Россия"),
        "UA": ("Ukraine", "Україна"),
        "BG": ("Bulgaria", "България"),
        "BY": ("Belarus", "Беларусь"),
    },
    "cp1253": {"GR": ("Greece", "Ελλάδα")},
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
    """Each clue's bytes in its code page, lower-cased (ASCII letters only, as bytes are)."""
    cells: dict[bytes, str] = {}
    for code_page, countries in _COUNTRIES.items():
        for code, names in countries.items():
            for name in (code, *names):
                cells[name.encode(code_page).lower()] = code_page
    for code_page, headers in _HEADERS.items():
        for header in headers:
            cells[header.encode(code_page).lower()] = code_page
    return cells


_CELL = re.compile(rb"[^,;\t|\r\n]+")
_CLUE_BYTES = 1 << 16  # a file's first 64 KiB: its header and first rows say it


def clue_code_page(data: bytes, country: str | None = None) -> str | None:
    """The code page most of the file's clue cells point to (``_COUNTRIES``, ``_HEADERS``);
    else the config's ``country``'s; None when nothing points to one."""
    cells = _clue_cells()
    votes = collections.Counter(
        cells[cell]
        for found in _CELL.finditer(data[:_CLUE_BYTES])
        if (cell := found.group().strip(b' "').lower()) in cells
    )
    if votes:
        return votes.most_common(1)[0][0]
    return country_code_page(country)


def country_code_page(country: str | None) -> str | None:
    """The code page Excel writes a CSV in on ``country``'s Windows, if not Windows-1252."""
    if not country:
        return None
    code = country.strip().upper().split("-")[0]
    for code_page, countries in _COUNTRIES.items():
        if code in countries:
            return code_page
    return None
