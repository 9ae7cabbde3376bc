"""How a tracker's Country and State columns read their cells together, as a date column's
other dates say its order: whether a Country column's bare 'CA' is Canada or California
(``country_column``), and which country a State column's bare codes are the regions of
(``regions_country``: a Brazilian UF's 'PE' is Pernambuco, not Peru). Each cell is then read
alone by ``countries.resolve_country``, told what its column says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import holidays

from followup_batch.normalise import dates
from followup_batch.normalise.calendar_places import (
    REGION_CODE,
    calendar_subdivisions,
    city_index,
    country_index,
    country_name,
    region_index,
    region_name,
    subdivision,
)
from followup_batch.normalise.countries import (
    COUNTRIES,
    REGIONS,
    SUBDIVISION_SPLIT,
    UNKNOWN_COUNTRY,
    UNSURE,
    default_region,
    place_parts,
    region_code_alone,
    resolve_country,
)
from followup_batch.normalise.locations import city_code, city_of_short_form
from followup_batch.read.header_keys import header_key


def country_column(texts: Iterable[str], default: str) -> str:
    """How a Country column reads its cells that are a country and a default country's region
    alike, as its other cells say (as a date column's other dates say its order):
    ``REGIONS`` when some write the default country's regions alone ('TX', 'NY', 'Texas'),
    whatever other countries it names written out; ``COUNTRIES`` when it writes countries by
    their codes ('FR', 'DE-BY', or the default's own 'US'), as its bare 'CA' is then Canada's
    code too, or when every cell is such a code ('IN' on every row of a tracker in India);
    ``UNSURE`` when it writes both ('TX' and 'FR': a bare 'CA' is the country, and its row's
    Problems names the region), or neither.
    A country written out ('Germany') says where its own row is, not what a bare code means.
    A dataset decides it once from all its pieces' cells (``datasets.date_orders``)."""
    texts = list(texts)
    home = default.split("-")[0]
    regions = coded = home_coded = 0
    for text in texts:
        if default_region(text.strip(), default) is not None:
            continue
        country, reason = resolve_country(text, default)
        if not text.strip() or reason is not None and UNKNOWN_COUNTRY in reason:
            continue
        if country.split("-")[0] != home:  # 'ON' alone is Ontario's code, no country's
            coded += bool(_COUNTRY_CODE_WRITTEN.fullmatch(text.strip())) and not (
                region_code_alone(text)
            )
        elif "-" in country:
            regions += _region_written_bare(text, home)
        else:  # 'US' itself: the column writes countries by their codes, as 'GB' would say
            home_coded += bool(_COUNTRY_CODE_WRITTEN.fullmatch(text.strip()))
    if regions and coded:  # 'TX' beside 'FR': its 'CA' may be either, and Problems says so
        return UNSURE
    if regions:
        return REGIONS
    if coded or home_coded or _only_shared_codes(texts, default):
        return COUNTRIES
    return UNSURE


def _only_shared_codes(texts: Iterable[str], default: str) -> bool:
    """Whether every filled cell is a bare code of a country and of a default country's region
    alike ('IN', 'CA' on a US tracker): no cell names the default country or its regions, so
    the column is of countries, as a tracker of Indian or Canadian rows writes them."""
    filled = [t.strip() for t in texts if t.strip() and not dates.is_placeholder(t)]
    return bool(filled) and all(
        REGION_CODE.fullmatch(t) is not None and default_region(t, default) is not None
        for t in filled
    )


# A place written as a country's code, alone or with its region's: 'FR', 'DE-BY', 'GB/SCT'.
_COUNTRY_CODE_WRITTEN = re.compile(r"[A-Z]{2,3}(?:\s*[-/ ]\s*[A-Z0-9]{1,3})?")


def _region_written_bare(text: str, home: str) -> bool:
    """Whether a cell names a region of ``home`` without naming ``home`` ('TX', 'Texas',
    'Austin, TX'), as a column whose bare 'CA' means California writes its regions; 'US-CA' or
    'California, USA' names the country, and says nothing of how a bare code is meant."""
    parts = place_parts(text.strip()) or [text.strip()]
    if any(country_index().get(header_key(part), "").split("-")[0] == home for part in parts):
        return False
    if SUBDIVISION_SPLIT.match(text.strip()) and header_key(text.strip()[:2]) == header_key(home):
        return False
    return subdivision(home, parts[-1]) is not None


def regions_country(places: Iterable[tuple[str, str]], default: str) -> str:
    """The country a State column's cells are the regions of, as they say together: the one
    whose calendar has the most of them, more than half and more than any other has (a
    Brazilian 'UF' of 'SP', 'PE', 'PA', 'MA' is Brazil's, though 'PE' is Peru's code and 'PA'
    Pennsylvania's); the default's own when it has as many. ``places``: each row's (City,
    State) cells. A State cell beside a city the tables know counts its city's country only
    ('PA' beside 'Pittsburgh' is Pennsylvania's, 'ES' beside 'Madrid' Spain's): such rows are
    not what makes a US tracker's 'PA' and 'MA' Brazil's. Its rows read as if their Country
    cell named it. '' when no one country stands out ('TX' beside 'ON'), or one region says it
    ('NI' alone: Niedersachsen, or Northern Ireland as a UK tracker writes it): each cell is
    then read alone."""
    filled = {
        (city.strip(), region.strip())
        for city, region in places
        if region.strip() and not dates.is_placeholder(region)
    }
    counts: dict[str, int] = {}
    for city, region in filled:
        countries = _regions_of(region)
        homes = city_countries(city)
        for country in (countries & homes or homes) if homes else countries:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return ""
    home = default.split("-")[0]
    ranked = sorted(counts.items(), key=lambda c: (-c[1], c[0] != home))
    (best, most), *rest = ranked
    if most < 2 or 2 * most <= len(filled) or (rest and rest[0][1] == most and best != home):
        return ""
    return best


def country_of_region(region: str, regions_of: str, default: str, city: str = "") -> str:
    """The country a blank Country cell beside a State cell stands for: ``regions_of`` (the
    State column's country, ``regions_country``) when the cell is one of its regions and it is
    not the default's; else '' (the cell is read alone). A City cell the tables know in other
    countries only decides its row itself: 'Pittsburgh' and 'PA' are Pennsylvania, 'Madrid'
    and 'ES' Spain, in a column of Brazil's states."""
    if not regions_of or regions_of == default.split("-")[0] or not region.strip():
        return ""
    homes = city_countries(city)
    if homes and regions_of not in homes:
        return ""
    return regions_of if subdivision(regions_of, region) is not None else ""


def city_countries(city: str) -> frozenset[str]:
    """The countries a City cell's town is in as the tables list it ('Pittsburgh': US;
    'Cambridge': GB and US), or a region's name is ('Madrid': Spain), by its whole text or its
    first part ('Pittsburgh, PA'); empty for a blank cell or a town they lack."""
    text = "" if dates.is_placeholder(city) else city.strip()
    if not text:
        return frozenset()
    for key in dict.fromkeys((header_key(text), header_key((place_parts(text) or [text])[0]))):
        homes = city_index().get(key, ()) or tuple(filter(None, [region_index().get(key)]))
        if homes:
            return frozenset(home.split("-")[0] for home in homes)
    return frozenset()


def _regions_of(text: str) -> frozenset[str]:
    """The countries whose calendars have a region written ``text`` ('PE': Brazil's Pernambuco,
    Canada's Prince Edward Island; 'Bahia': Brazil's), as ``subdivision`` reads it."""
    return _region_countries().get(header_key(text), frozenset())


@lru_cache(maxsize=1)
def _region_countries() -> dict[str, frozenset[str]]:
    """header_key(a region's code or name) -> the countries whose calendars have it."""
    index: dict[str, set[str]] = {}
    for country, subdivisions in calendar_subdivisions().items():
        if len(country) != 2 or country == "UK":
            continue
        aliases = getattr(getattr(holidays, country, None), "subdivisions_aliases", {}) or {}
        names = (*subdivisions, *(n for n, code in aliases.items() if code in subdivisions))
        for name in names:
            index.setdefault(header_key(name), set()).add(country)
    for key, region in region_index().items():
        index.setdefault(key, set()).add(region.split("-")[0])
    return {key: frozenset(countries) for key, countries in index.items()}


def country_column_note(
    texts: Iterable[str], default: str, header: str, location: bool = False
) -> list[str]:
    """The notes that say a Country column's 'CA' and 'IL' were read as the default country's
    regions (``REGIONS``), or that a column of such codes only was read as countries ('IN'
    India, not Indiana), once for the column; none when neither was. A Location column's
    (``location``) city short form among them is said as the city its rows are read as ('LA':
    Los Angeles, ``locations.city_of_short_form``; a column of the default's regions has rows
    outside that code's country), not as the region of that code (ot119 F2: the note said
    Louisiana while the rows were on California's calendar)."""
    texts = sorted({t.strip() for t in texts if t.strip()})
    if _only_shared_codes(texts, default):
        return [_shared_codes_note(texts, default, header)]
    if country_column(texts, default) != REGIONS:
        return []
    cities = [t for t in texts if location and city_of_short_form(t) is not None]
    notes = [f'"{header}": {code}{_city_read(code, default)}' for code in cities]
    read = {
        t: region
        for t in texts
        if (region := default_region(t, default)) is not None and t not in cities
    }
    if not read:
        return notes
    home = default.split("-")[0]
    cells = ", ".join(read)
    codes = ", ".join(read.values())
    names = ", ".join(country_name(country_index()[header_key(t)]) for t in read)
    regions, countries = (
        (f"a {home} region", "the country")
        if len(read) == 1
        else (f"{home} regions", "the countries")
    )
    return [
        f'"{header}": {cells} read as {regions} ({codes}), as the column\'s other cells name '
        f"{home} regions; for {countries} write {names}",
        *notes,
    ]


def _city_read(code: str, default: str) -> str:
    """What a Location cell's city short form is read as, as its row's Why says it ('LA':
    ' read as the city Los Angeles; for Laos write "Laos", ...')."""
    return city_code(code, city_of_short_form(code) or "", default)[1]


def _shared_codes_note(texts: list[str], default: str, header: str) -> str:
    """The note of ``country_column_note`` for a column of codes that are countries' and the
    default country's regions alike, read as the countries."""
    codes = [t for t in texts if not dates.is_placeholder(t)]
    regions = [default_region(t, default) or "" for t in codes]
    countries = ", ".join(country_name(country_index()[header_key(t)]) for t in codes)
    named = ", ".join(region_name(*region.split("-", 1)) for region in regions)
    read = "the country" if len(codes) == 1 else "the countries"
    return (
        f'"{header}": {", ".join(codes)} read as {read} ({countries}), as every cell of the '
        f"column is a country's code; for {named} write {', '.join(regions)}"
    )
