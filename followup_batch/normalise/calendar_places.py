"""The places the holiday calendars know, indexed by the names people write for them.

Built once from the ``holidays`` registry and the tables of names (``country_names``: each
country's own name for itself and its abbreviations; ``region_names``: the regions written
alone; ``cities``: the cities and their regions):
a country's name or code to its calendar (``country_index``: 'Deutschland' and 'DEU' -> DE), a
region's name to its subdivision (``region_index``: 'Bavaria' -> DE-BY), a city to its homes
(``city_index``: Perth -> AU-WA, GB-SCT, CA-ON) and to the one its name alone means
(``lone_city_index``), and the names a reason gives a code ('Baden-Württemberg write DE-BW').
How a cell is read with them — a country and its region in either order, a city of several
countries settled by the tracker's other rows — is ``countries``'.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import holidays
from holidays.registry import COUNTRIES as HOLIDAY_COUNTRIES

from followup_batch.normalise.cities import (
    CITIES_BY_COUNTRY,
    CITIES_BY_REGION,
    CITIES_NOT_REGIONS,
    CITY_CALENDARS,
    NOT_READ_ALONE,
    SMALL_HOMES,
    USUAL_HOMES,
)
from followup_batch.normalise.country_names import (
    ABBREVIATIONS,
    AMPERSAND_FORMS,
    ENDONYMS,
    EXONYMS,
    OFFICIAL_NAMES,
    OTHER_EXONYMS,
    SHARED_SHORT_FORMS,
)
from followup_batch.normalise.region_names import REGION_NAMES
from followup_batch.read.header_keys import header_key

# Names people write that the holidays registry does not spell that way.
COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US",
    "us": "US",
    "unitedstatesofamerica": "US",
    "america": "US",
    "uk": "GB",
    "greatbritain": "GB",
    "britain": "GB",
    "england": "GB-ENG",
    "scotland": "GB-SCT",
    "wales": "GB-WLS",
    "northernireland": "GB-NIR",
    "holland": "NL",
    "thenetherlands": "NL",
    "czechrepublic": "CZ",
    "korea": "KR",
    "republicofkorea": "KR",
    "democraticpeoplesrepublicofkorea": "KP",  # ISO's 'Korea, Democratic People's Republic of'
    "turkiye": "TR",
    "uae": "AE",
    "viet nam": "VN",
    # Names in the country's own language (the registry knows English ones only).
    "deutschland": "DE",
    "osterreich": "AT",  # Österreich
    "schweiz": "CH",
    "suisse": "CH",
    "svizzera": "CH",
    "espana": "ES",  # España
    "italia": "IT",
    "nederland": "NL",
    "brasil": "BR",
    "sverige": "SE",
    # ... and in German, as a German tracker names a neighbour.
    "frankreich": "FR",
}
# Region names not read alone, as they name more than one place (see REGION_NAMES).
AMBIGUOUS_PLACES = frozenset({"Freiburg", "Jura", "Basel", "Valencia"})
# Regions' names that name another country's region or town too, with each of their homes
# (the calendar's code, or the country's when its calendar has no such region). Read as a city
# of several countries is, by the tracker's other rows (``countries``' ``_shared_region``), as
# are the names the calendars give regions of several countries ('Santa Cruz') that no table
# here reads otherwise (``shared_region_names``).
SHARED_REGION_NAMES: dict[str, tuple[str, ...]] = {
    "Victoria": ("AU-VIC", "CA-BC", "SC"),  # British Columbia's and the Seychelles' capitals
    "Punjab": ("IN-PB", "PK"),  # Pakistan's calendar has no provinces
}
# A region's code as the calendars write it ('CA', 'BY', 'SCT').
REGION_CODE = re.compile(r"[A-Z]{2,3}")


@lru_cache(maxsize=1)
def calendar_subdivisions() -> dict[str, tuple[str, ...]]:
    """Each country the holiday calendars have, and its subdivisions' codes ('AU': 'ACT', ...,
    'WA')."""
    return {code: tuple(subs) for code, subs in holidays.list_supported_countries().items()}


@lru_cache(maxsize=1)
def country_index() -> dict[str, str]:
    """header_key(any name or code) -> 'US' or 'GB-ENG'."""
    supported = calendar_subdivisions()
    index: dict[str, str] = {}
    for name, code in _registry_names():
        if code in supported:
            index.setdefault(header_key(name), code)
    for alias, code in _written_names().items():
        if code.split("-")[0] in supported:
            index[header_key(alias)] = code
    return index


def _registry_names() -> list[tuple[str, str]]:
    """(name, code) of each country the holidays package lists: its codes, its class's and
    module's names and the others it gives ('TR', 'TUR', 'Turkey', 'turkey')."""
    return [
        (name, alpha2)
        for module, (class_name, alpha2, alpha3, *others) in HOLIDAY_COUNTRIES.items()
        for name in (alpha2, alpha3, class_name, *_spelt_out(module), *others)
    ]


def _spelt_out(module: str) -> tuple[str, ...]:
    """A module's name ('saint_kitts_and_nevis') as people write it too: with '&' for 'and'
    (names are compared without it: 'Trinidad & Tobago', 'Antigua & Barbuda') and 'St' for
    'Saint' ('St Kitts & Nevis', 'St. Vincent and the Grenadines')."""
    names = {module, module.replace("_and_", "_")}
    names |= {re.sub(r"^saint_", "st_", name) for name in names}
    return tuple(sorted(names))


def _written_names() -> dict[str, str]:
    """name -> code of the tables' spellings: official names ('Russian Federation'),
    abbreviations, names in other languages and the countries' own ('Türkiye', 'Polska'), and
    the aliases ('UK' -> 'GB-ENG')."""
    return {
        **{n: c for c, names in OFFICIAL_NAMES.items() for n in names},
        **ABBREVIATIONS,
        **{
            n: c
            for table in (EXONYMS, OTHER_EXONYMS, ENDONYMS)
            for c, names in table.items()
            for n in names
        },
        **COUNTRY_ALIASES,
    }


def country_of(written: str) -> str | None:
    """``country_index``'s code for a name as written; a short form with an ampersand only as
    ``AMPERSAND_FORMS`` lists it ('B&H' is BA, not Bahrain's 'BH'; 'H&M' none)."""
    compact = re.sub(r"\s+", "", written).upper()
    if "&" in compact and len(compact) <= 5:
        return _AMPERSAND.get(compact)
    return country_index().get(header_key(written))


_AMPERSAND = {re.sub(r"\s+", "", form).upper(): code for form, code in AMPERSAND_FORMS.items()}


def country_spellings(code: str) -> tuple[str, ...]:
    """The names and codes ``country_index`` reads as the country ``code``, as written ('TR':
    'TUR', 'Turkey', 'Türkiye', 'Turquie', ...): for matching a cell's bytes, not its key."""
    names = [n for n, c in _registry_names() if c == code]
    names.extend(n for n, c in _written_names().items() if c == code)
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=1)
def region_index() -> dict[str, str]:
    """header_key(a region's name) -> 'DE-BY', for the subdivisions the calendars have: the
    names of REGION_NAMES, and any region's name (as its calendar spells it) that is one
    country's region only and no country's name ('Maharashtra' IN-MH, 'Karnataka' IN-KA;
    not 'Punjab', India's and Pakistan's, nor 'Georgia')."""
    supported = calendar_subdivisions()
    unread = {
        *country_index(),
        *(header_key(p) for p in (*AMBIGUOUS_PLACES, *SHARED_REGION_NAMES)),
        *_towns_elsewhere(),
        *cities_not_regions(),
    }
    index = {
        key: next(iter(codes))
        for key, codes in _region_owners().items()
        if len(codes) == 1 and key not in unread
    }
    index.update(
        (header_key(name), code)
        for code, names in REGION_NAMES.items()
        if code.split("-", 1)[1] in supported.get(code.split("-", 1)[0], ())
        for name in names
    )
    return index


def cities_not_regions() -> frozenset[str]:
    """header_key of ``CITIES_NOT_REGIONS``: a city whose name is its country's region around
    it too ('Buenos Aires'), read as the city alone or before its country."""
    return frozenset(header_key(city) for city in CITIES_NOT_REGIONS)


def region_of_a_city(key: str) -> str | None:
    """The region a city of ``CITIES_NOT_REGIONS`` names after a town ('AR-B' for 'buenosaires':
    'La Plata, Buenos Aires' is the province's)."""
    owners = _region_owners().get(key, frozenset()) if key in cities_not_regions() else ()
    return next(iter(owners)) if len(owners) == 1 else None


def _calendar_of(home: str) -> str:
    """A city's home as a calendar: its region's code, or its country's when the country's
    calendar has no such region (Mexico's has none: 'MX-GUA' is 'MX')."""
    country, _, sub = home.partition("-")
    return home if sub in calendar_subdivisions().get(country, ()) else country


@lru_cache(maxsize=1)
def _towns_elsewhere() -> dict[str, str]:
    """header_key(a region's name as its calendar spells it, one country's region only) ->
    that region, for the names that are also a city of another country in the city tables:
    'León' Nicaragua's department and the city of Guanajuato, 'Granada' Nicaragua's and
    Andalucía's, 'San Juan' and 'Santa Fe' Argentina's provinces and Puerto Rico's and New
    Mexico's capitals (ot69 F2: León beside Mexican cities was read as Nicaragua's)."""
    countries: dict[str, set[str]] = {}
    for listed, cities in [*CITIES_BY_REGION.items(), *CITIES_BY_COUNTRY.items()]:
        for city in cities:
            countries.setdefault(header_key(city), set()).add(listed.split("-")[0])
    return {
        key: region
        for key, codes in _region_owners().items()
        if len(codes) == 1
        for region in codes
        if countries.get(key, set()) - {region.split("-")[0]}
    }


@lru_cache(maxsize=1)
def _region_owners() -> dict[str, frozenset[str]]:
    """header_key(a region's name, as its calendar spells it) -> its regions ('larioja':
    AR-F, ES-RI); the United Kingdom's calendar under its 'UK' code is the 'GB' one."""
    supported = calendar_subdivisions()
    owners: dict[str, set[str]] = {}
    for country, subdivisions in supported.items():
        if len(country) != 2 or country == "UK":
            continue
        aliases = getattr(getattr(holidays, country, None), "subdivisions_aliases", {}) or {}
        for name, sub in aliases.items():
            key = header_key(name)
            if len(key) > 3 and sub in subdivisions:  # a code ('TG') is no name to read alone
                owners.setdefault(key, set()).add(f"{country}-{sub}")
    return {key: frozenset(codes) for key, codes in owners.items()}


@lru_cache(maxsize=1)
def shared_region_names() -> dict[str, tuple[str, ...]]:
    """header_key(a region's name that names places of several countries) -> their homes:
    ``SHARED_REGION_NAMES``, and the names the calendars give regions of several countries
    ('Santa Cruz': Argentina's, Bolivia's, Cabo Verde's) that neither the region nor the city
    tables read ('La Rioja' is Spain's, as REGION_NAMES says)."""
    shared = {header_key(name): homes for name, homes in SHARED_REGION_NAMES.items()}
    for key, region in _towns_elsewhere().items():
        towns = (_calendar_of(home) for home in city_index()[key])
        shared.setdefault(key, (region, *dict.fromkeys(towns)))
    read = {*region_index(), *city_index(), *country_index()}
    for key, codes in _region_owners().items():
        if len(codes) > 1 and key not in read:
            shared.setdefault(key, tuple(sorted(codes)))
    return shared


# The years a region's days off are compared with its country's in (``has_regions_of_their_own``).
_COMPARED_YEARS = range(2025, 2029)


@lru_cache(maxsize=64)
def has_regions_of_their_own(country: str) -> bool:
    """Whether some subdivision of ``country`` has public holidays that are not the country's:
    Germany's states and Finland's Åland do; Belgium's communities and the Netherlands',
    Norway's and Austria's provinces keep the national days off, so naming one changes no date."""
    national = set(holidays.country_holidays(country, years=_COMPARED_YEARS))
    return any(
        set(holidays.country_holidays(country, subdiv=sub, years=_COMPARED_YEARS)) != national
        for sub in calendar_subdivisions().get(country, ())
    )


def subdivision(country: str, text: str) -> str | None:
    """The package's code for a subdivision written as a code or a name."""
    subdivisions = calendar_subdivisions().get(country, ())
    by_key = {header_key(s): s for s in subdivisions}
    key = header_key(text)
    if key in by_key:
        return by_key[key]
    region = region_index().get(key, "")
    if region.startswith(f"{country}-"):
        return region.split("-", 1)[1]
    aliases = getattr(getattr(holidays, country, None), "subdivisions_aliases", {}) or {}
    for name, code in aliases.items():
        if header_key(name) == key and code in subdivisions:
            return str(code)
    return None


ALIAS_KEYS = frozenset(
    header_key(alias) for alias, code in COUNTRY_ALIASES.items() if "-" not in code
)


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """header_key of every subdivision code and name any calendar has ('ca', 'georgia'): a
    country written with one of them ('Denver, CO', 'Atlanta, Georgia') may mean the region."""
    names: set[str] = set()
    for country, subdivisions in calendar_subdivisions().items():
        aliases = getattr(getattr(holidays, country, None), "subdivisions_aliases", {}) or {}
        names.update(header_key(name) for name in (*subdivisions, *aliases))
    return frozenset(names)


def is_region_code(written: str) -> bool:
    """A two-letter code that is some calendar's region as well as a country's ('BW' is
    Botswana and Baden-Württemberg, 'SN' Senegal and Sachsen)."""
    key = header_key(written)
    return len(key) == 2 and key not in ALIAS_KEYS and key in subdivision_names()


# Whose regions to name first when a code is several countries' region.
_REGION_PREFERENCE = ("US", "GB", "DE", "CA", "AU", "AT", "CH", "ES", "IN", "FR", "IT")


def regions_named(written: str) -> str:
    """'Baden-Württemberg write DE-BW': the regions (at most two) a code names, and how to
    write each ('S.A.' as 'SA')."""
    code = header_key(written).upper()
    owners = [c for c, subs in calendar_subdivisions().items() if len(c) == 2 and code in subs]
    owners.sort(key=lambda c: (_REGION_PREFERENCE + (c,)).index(c))
    return ", for ".join(f"{region_name(c, code)} write {c}-{code}" for c in owners[:2])


def short_form_places(written: str) -> tuple[str, ...]:
    """The places a short form of several names ('SA': Saudi Arabia, South Africa, South
    Australia; ``SHARED_SHORT_FORMS``), its country's code first; () for any other text."""
    return _short_forms().get(header_key(written), ())


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, tuple[str, ...]]:
    return {header_key(form): places for form, places in SHARED_SHORT_FORMS.items()}


def region_name(country: str, sub: str) -> str:
    """A region's name as its calendar spells it ('Indiana'); its code when it has none."""
    aliases = getattr(getattr(holidays, country, None), "subdivisions_aliases", {}) or {}
    return next((name for name, code in aliases.items() if code == sub and len(name) > 3), sub)


def country_name(code: str) -> str:
    """'Botswana', 'United States', 'DR Congo': the registry's class name, spaced (its
    'DRCongo' too: the Why said 'On the DRCongo (CD) calendar')."""
    for class_name, alpha2, *_ in HOLIDAY_COUNTRIES.values():
        if alpha2 == code:
            return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", class_name)
    return code


@cache
def calendar_named(key: str) -> str:
    """'England (GB-ENG)', 'Israel (IL)', 'São Paulo (city)': a calendar as the Why, Problems
    and notes name it, by its region's or country's name with the code a Country cell may
    be written as after it (fx244: 'using GB-ENG' where the person wrote England or UK), as
    Problems names the places a cell may mean (``countries._several_places``); a city's own
    calendar by its city (``CITY_CALENDARS``), and a key with no name as it is. Kept per key:
    the Why names a row's calendar on every row, and a country's name is a scan of the
    registry (20 µs for 'IL')."""
    if key in CITY_CALENDARS:
        return CITY_CALENDARS[key][1]
    country, _, sub = key.partition("-")
    name = region_name(country, sub) if sub else country_name(country)
    return key if name in (key, sub) else f"{name} ({key})"


def region_owners(code: str) -> list[str]:
    """['CA', 'NI'] for 'NS': the countries whose calendars have a region of that code, for a
    code that is no country's ('SA' is Saudi Arabia)."""
    if not REGION_CODE.fullmatch(code) or header_key(code) in country_index():
        return []
    return [c for c, subs in calendar_subdivisions().items() if len(c) == 2 and code in subs]


@lru_cache(maxsize=1)
def city_index() -> dict[str, tuple[str, ...]]:
    """header_key(a city of the tables) -> its homes: regions and countries ('AU-WA',
    'GB-SCT', 'CA-ON' for Perth; 'FR', 'US-TX', 'CA-ON' for Paris). A city listed with its
    country whose name is also a region of that country's calendar is that region, as its
    name alone is ('Auckland' NZ-AUK, 'Wellington' NZ-WGN, 'Oslo' NO-03): 'Auckland, NZ'
    keeps Auckland's Anniversary Day."""
    index: dict[str, tuple[str, ...]] = {}
    for listed, cities in [*CITIES_BY_REGION.items(), *CITIES_BY_COUNTRY.items()]:
        for city in cities:
            key = header_key(city)
            sub = None if "-" in listed else subdivision(listed, city)
            code = listed if sub is None else f"{listed}-{sub}"
            if code not in index.get(key, ()):  # 'Montreal' and 'Montréal'
                index[key] = (*index.get(key, ()), code)
    return index


@lru_cache(maxsize=1)
def small_homes() -> dict[str, tuple[str, ...]]:
    """``SMALL_HOMES`` by the city's key: the homes its name alone never means."""
    small: dict[str, tuple[str, ...]] = {}
    for city, home in SMALL_HOMES:
        small[header_key(city)] = (*small.get(header_key(city), ()), home)
    return small


@lru_cache(maxsize=1)
def lone_city_index() -> dict[str, str]:
    """header_key(a city) -> its calendar, for a city written alone: its home when it has one,
    its usual one (USUAL_HOMES) when it has several ('London' is England's, not Ontario's);
    none for a name that is a word too (NOT_READ_ALONE: 'Split')."""
    usual = {header_key(city): code for city, code in USUAL_HOMES.items()}
    ambiguous = {header_key(p) for p in (*AMBIGUOUS_PLACES, *SHARED_REGION_NAMES, *NOT_READ_ALONE)}
    ambiguous |= set(_towns_elsewhere())
    index = {}
    for key, homes in city_index().items():
        code = homes[0] if len(homes) == 1 else usual.get(key)
        if code is None or key in ambiguous:
            continue
        country, _, sub = code.partition("-")
        index[key] = code if sub in calendar_subdivisions().get(country, ()) else country
    return index
