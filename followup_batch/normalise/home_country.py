"""The country a tracker's own evidence points to, for the hint of a day-first tracker run on
the default US holidays (``day_first.US_HOLIDAYS_FOR_DAY_FIRST``): the country some of its
rows' places are in, the one whose Windows writes its CSV's code page, or the usual home of its
headers' language; else none, and the hint names no country for it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from followup_batch.normalise.calendar_places import country_name
from followup_batch.read import RawTable
from followup_batch.read.code_page_clues import code_page_country
from followup_batch.read.code_pages import ENCODING_NAMES
from followup_batch.read.header_keys import header_key


@dataclass(frozen=True)
class Language:
    """A language a tracker's headers are written in, and the country whose trackers in it
    are likeliest (where it is several countries', the one named: a hint, not a reading)."""

    name: str
    country: str
    headers: tuple[str, ...]  # the Company, Position and Interview Date headers only it uses


# Headers shared by two languages ('Empresa', 'Cargo', 'Entrevista': Spanish and Portuguese;
# 'Firma') are in neither's list: they say no language.
LANGUAGES = (
    Language(
        "German",
        "DE",
        (
            *("Unternehmen", "Arbeitgeber", "Stelle", "Stellenbezeichnung", "Jobtitel"),
            *("Vorstellungsgespräch", "Datum des Vorstellungsgesprächs", "Gesprächstermin"),
            *("Vorstellungsgespräch am", "Datum Vorstellungsgespräch", "Interviewdatum"),
            *("Gesprächsdatum", "Datum Gespräch", "Datum des Gesprächs", "Gespräch am"),
        ),
    ),
    Language(
        "French",
        "FR",
        (
            *("Entreprise", "Société", "Employeur", "Poste", "Intitulé du poste"),
            *("Titre du poste", "Entretien", "Date d'entretien", "Date entretien"),
            "Date de l'entretien",
        ),
    ),
    Language(
        "Spanish",
        "ES",
        ("Compañía", "Puesto", "Fecha de entrevista", "Fecha entrevista", "Fecha de la entrevista"),
    ),
    Language(
        "Portuguese",
        "BR",
        ("Vaga", "Data da entrevista", "Data de entrevista", "Data entrevista"),
    ),
    Language(
        "Dutch",
        "NL",
        (
            *("Bedrijf", "Werkgever", "Functie", "Functietitel", "Vacature"),
            *("Sollicitatiegesprek", "Datum sollicitatiegesprek", "Datum gesprek"),
        ),
    ),
    Language(
        "Italian",
        "IT",
        ("Azienda", "Posizione", "Ruolo", "Colloquio", "Data colloquio", "Data del colloquio"),
    ),
    Language(
        "Polish",
        "PL",
        (
            *("Pracodawca", "Nazwa firmy", "Przedsiębiorstwo", "Stanowisko", "Nazwa stanowiska"),
            *("Data rozmowy", "Data rozmowy kwalifikacyjnej", "Termin rozmowy"),
        ),
    ),
    Language(
        "Swedish",
        "SE",
        (
            *("Företag", "Företagsnamn", "Arbetsgivare", "Tjänst", "Befattning", "Jobbtitel"),
            *("Intervjudatum", "Datum för intervju", "Intervjudag", "Intervju"),
        ),
    ),
    Language("Turkish", "TR", ("Şirket", "Pozisyon", "Mülakat Tarihi", "Görüşme Tarihi")),
)
_LANGUAGE_OF: dict[str, Language] = {
    header_key(header): language for language in LANGUAGES for header in language.headers
}


def home_country(table: RawTable, places: list[str], default: str) -> tuple[str, str] | None:
    """(country code, why) that the tracker's evidence points to: the country most of its
    rows' ``places`` (their calendars) that are not the ``default``'s are in ('GB', 'where 1
    of its 4 rows is'); the one country whose Windows writes its CSV's code page ('TR',
    'whose Windows saves a CSV in the file's Windows-1254'); the home of its headers' language
    ('FR', 'as the headers are French'). None when nothing points to one country."""
    home = default.split("-")[0]
    abroad = Counter(p.split("-")[0] for p in places if p.split("-")[0] != home)
    ranked = abroad.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        country, count = ranked[0]
        verb = "is" if count == 1 else "are"
        return country, f"where {count} of its {len(places)} rows {verb}"
    encoding = table.csv.fmt.encoding if table.csv is not None else ""
    windows = code_page_country(encoding)  # Windows-1250 is seven countries': none
    if windows is not None:
        return windows, f"whose Windows saves a CSV in the file's {ENCODING_NAMES[encoding]}"
    spoken = Counter(
        found
        for header in table.headers
        if (found := _LANGUAGE_OF.get(header_key(header or ""))) is not None
    ).most_common(2)
    if spoken and (len(spoken) == 1 or spoken[0][1] > spoken[1][1]):
        language = spoken[0][0]
        return language.country, f"as the headers are {language.name}"
    return None


def country_hint(found: tuple[str, str] | None) -> str:
    """How the day-first note says which country to set: the one found, or none."""
    if found is None:
        return 'set country = "XX" in the config, XX your country\'s two-letter code (GB, FR, IN)'
    country, why = found
    return (
        f'set country = "{country}" in the config ({country_name(country)}, {why}; for another '
        "country its two-letter code)"
    )
