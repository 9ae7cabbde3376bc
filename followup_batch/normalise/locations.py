"""Where a job is, from a Location cell that says it all: 'Austin, TX', 'London, UK',
'Toronto, ON, Canada', 'Remote (US)', 'Hybrid - Berlin', 'NYC'.

    location_place(text) -> 'US'                     # the place, without 'Remote' or 'Hybrid'
    resolve_location(location, city, region, country, default, ...) -> (calendar, reason)
    names_a_location(text) -> True / False / None    # for a column's what-it-holds test

A Location cell is read as a City cell that may also name the region and the country, with the
same tables (``countries.resolve_country``). How the job is worked ('Remote', 'Hybrid',
'On-site') names no place: what is left is read ('Remote (US)' is the US), and a cell that is
nothing else ('Remote') puts the row on the default calendar, which its Why says.
"""

from __future__ import annotations

import re
from functools import lru_cache

from followup_batch.normalise import dates
from followup_batch.normalise.calendar_places import (
    calendar_named,
    city_index,
    country_name,
    country_of,
    regions_named,
)
from followup_batch.normalise.countries import (
    CITY_SHORT_FORM,
    FIRST_OF_SEVERAL,
    HOME_TAKEN,
    NO_PLACE,
    NO_SUBDIVISION,
    PLACE_LONGEST,
    SEVERAL_COUNTRIES,
    UNKNOWN_COUNTRY,
    UNSURE,
    WRITE_THE_COUNTRY,
    looks_like_a_town,
    names_a_place,
    not_a_place,
    resolve_country,
    resolve_place,
    town_of_others,
)
from followup_batch.normalise.vocabularies import VOCABULARIES, match_vocabulary, read_mark
from followup_batch.read.header_keys import header_key

# How a job is worked, where-ever-you-like words and where you sit: none names a town.
WORK_MODES: tuple[str, ...] = (
    "fully remote",
    "remote first",
    "remote-first",
    "remote",
    "hybrid",
    "on-site",
    "onsite",
    "on site",
    "in office",
    "in-office",
    "work from home",
    "wfh",
    "anywhere",
    "worldwide",
    "global",
    "nationwide",
    "multiple locations",
    "various locations",
    "multiple",
    "various",
    # Where you meet or sit, not which town (an outside look: a Location column of "HQ",
    # "Home", "Client site" and "In person" put a Problems line on every row).
    "in person",
    "in-person",
    "face to face",
    "headquarters",
    "hq",
    "head office",
    "main office",
    "home office",
    "office",
    "home",
    "client site",
    "customer site",
    "campus",
    "virtual",
    # A part of town, not which town ('Downtown Seattle' is Seattle).
    "downtown",
    "uptown",
    "midtown",
)
# The word that joins a work mode to its place ('Remote in USA', 'Anywhere in the UK',
# 'Remote within Canada') is part of the mode: 'in' left alone would be read as Indiana.
_JOINS = ("in", "within", "from", "across", "throughout", "based in", "only in")
# ... and so is the word that offers it as a choice beside a place ('NYC or Remote', 'Remote
# or Berlin', 'London OR Remote', 'NYC & Remote'; fx276: 'or' left alone was read as Oregon,
# 'NYC or Remote' on US-OR among rows in the US), and the one after it, a place following or
# none ('Remote or', 'Remote and' left unfinished were Oregon's and Andorra's); 'Remote OR' in
# capitals at the end is Oregon's, as 'Remote, OR' is.
_WORK_MODE = re.compile(
    r"(?:\b(?P<choice>or|and)\s++|&\s*+)?\b(?:"
    + "|".join(re.escape(m) for m in WORK_MODES)
    + r")\b(?:\s+(?:"
    + "|".join(re.escape(j) for j in _JOINS)
    + r")(?:\s+the)?\b)?"
    r"(?:(?:\s++(?P<offered>or|and)\b|\s*+&)(?!\s*+&))?",
    re.IGNORECASE,
)
# The word that offers a choice, left at the cell's end with nothing after it, as in a cell
# cut short ('NYC or', 'NYC and', 'NYC &'; fx292: 'NYC or' was read as Oregon's, and asked
# "Oristano or Oregon" where no other row said); ``_without_choice_left_open``.
_CHOICE_LEFT_OPEN = re.compile(r"(?:(?<!\S)(?P<word>or|and)|&)\s*+$", re.IGNORECASE)
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
# The spaces, dashes and brackets at a place's edges; those at its end tried from a run's first
# only (from each character of a run in turn, 'Berlin' + 20,000 NBSP + '!' took 1.8 s).
_EDGE = r"[\s\-–—/,:;|()\[\]]"
_EDGES = re.compile(rf"^{_EDGE}+|(?<!{_EDGE}){_EDGE}+$")


# LinkedIn's metro areas are their city's: 'San Francisco Bay Area', 'Greater Seattle Area',
# 'New York City Metropolitan Area', 'Berlin Metropolitan Area', 'Greater London'; and the
# region it writes for Paris alone. The area's words are looked for after a run of spaces'
# first only, and the spaces after "greater" taken whole (tried from each space, a run of
# 20,000 took 7 s).
_METRO_AREA = re.compile(
    r"^(?:greater\s++)?(?P<city>.+?)(?<!\s)"
    r"(?:\s+(?:metropolitan|metro)(?:\s+(?:area|region))?|\s+bay\s+area|\s+area|\s+region)$"
    r"|^greater\s++(?P<alone>.+)$",
    re.IGNORECASE,
)
# ... and the names people write for a metro area or a city's part that hold no city's name
# (ot117 F4: each was the default's calendar, 'Bay Area' the US's without California's Day
# after Thanksgiving): the San Francisco Bay Area and Silicon Valley, in it (the US Census
# Bureau's San Jose-San Francisco-Oakland combined area), New York City's Manhattan, and Tel
# Aviv by its airport's IATA code.
METRO_REGIONS: dict[str, str] = {
    "île-de-france": "Paris, France",
    "ile-de-france": "Paris, France",
    "bay area": "San Francisco",
    "sf": "San Francisco",
    "silicon valley": "San Francisco",
    "manhattan": "New York City",
    "tlv": "Tel Aviv",
}
# A city's short form that is a country's code too, read as the city in a Location cell
# unless the tracker's other rows are all in that country: job seekers' 'LA' is Los Angeles,
# not Laos (ot117 F5). Its Why names the other readings.
CITY_CODES: dict[str, str] = {"LA": "Los Angeles"}
# Regions of several countries that job ads name: no one country to read (ot117 F6: each was
# "a town" of the other rows' country, and no problem).
SEVERAL_COUNTRY_REGIONS = frozenset(
    header_key(name)
    for name in (
        "EMEA",
        "APAC",
        "APJ",
        "LATAM",
        "Latin America",
        "North America",
        "Americas",
        "DACH",
        "EU",
        "Europe",
        "Benelux",
        "Nordics",
        "Scandinavia",
        "MENA",
        "Middle East",
        "CEE",
    )
)


# A city's centre or business district after its name, as people write it in Africa, Asia
# and Australia: 'Cape Town CBD', 'Delhi NCR', 'Accra Central', 'Manchester City Centre'
# (outside test ot80 F4: each was the default's calendar, or the other rows'). Read past only
# after a city the tables list: 'Central' is part of many a region's name. (Here and below the
# district is looked for after a run of spaces' first only: tried from each, 7 s on 20,000.)
_DISTRICTS = r"(?:CBD|NCR|Central|City\s+Cent(?:re|er))"
_DISTRICT = re.compile(rf"^(?P<city>.+?)(?<!\s)\s+{_DISTRICTS}$", re.IGNORECASE)
# ... also set apart, as Indian job ads write the capital region: 'Gurugram (NCR)', 'Noida,
# NCR', 'Faridabad - NCR' (outside test ot82 F1: each was the default's calendar).
_DISTRICT_APART = re.compile(
    rf"^(?P<city>[^,()]+?)(?<!\s)\s*(?:\(\s*{_DISTRICTS}\s*+\)?|(?:,|\s[-–—])\s*{_DISTRICTS})"
    r"\s*(?P<rest>,.*)?$",
    re.IGNORECASE,
)


# ... and as Brazil's LinkedIn writes them: 'Grande São Paulo', 'São Paulo e Região', 'Região
# Metropolitana de São Paulo' (read past only before or after a city the tables list:
# 'Grande Prairie' is Alberta's town). Linear as the metro areas above.
_METRO_PT = re.compile(
    r"^(?:grande|regi[aã]o\s+metropolitana\s+d[eao])\s++(?P<before>.+)$"
    r"|^(?P<after>.+?)(?<!\s)\s+e\s+regi[aã]o$",
    re.IGNORECASE,
)


def _metro_city(part: str) -> str:
    """'San Francisco' for 'San Francisco Bay Area', 'London' for 'Greater London', 'Nairobi'
    for 'Nairobi CBD', 'São Paulo' for 'Grande São Paulo'."""
    named = METRO_REGIONS.get(part.strip().casefold())
    if named is not None:
        return named
    metro = _METRO_PT.match(part.strip())
    if metro is not None and header_key(metro["before"] or metro["after"]) in city_index():
        return (metro["before"] or metro["after"]).strip()
    district = _DISTRICT.match(part.strip())
    if district is not None and header_key(district["city"]) in city_index():
        return district["city"].strip()
    match = _METRO_AREA.match(part.strip())
    if match is None:
        return part
    city = (match["city"] or match["alone"]).strip()
    return METRO_REGIONS.get(city.casefold(), city)  # 'SF Bay Area'


def location_place(text: str) -> str:
    """'US' for 'Remote (US)', 'Berlin' for 'Hybrid - Berlin', '' for 'Remote', 'Seattle' for
    'Greater Seattle Area': the text without its work-mode words and the brackets and dashes
    they leave, a metro area as its city."""
    place = _without_choice_left_open(_without_work_modes(text))
    place = _EDGES.sub("", _EMPTY_BRACKETS.sub("", place)).strip()
    if not place:
        return place
    apart = _DISTRICT_APART.match(place)
    if apart is not None and header_key(apart["city"]) in city_index():
        place = apart["city"].strip() + (apart["rest"] or "")
    first, comma, rest = place.partition(",")
    city = _metro_city(first)
    return city + comma + ",".join(_region_after(part, city) for part in rest.split(","))


def _without_work_modes(text: str) -> str:
    """The text without its work-mode words and the 'or' that offers one beside a place
    ('NYC' of 'NYC or Remote'); an 'OR' in capitals after a town of Oregon, or one no table
    lists, is the state, kept ('Portland OR' of 'Portland OR Remote', 'Bend OR' of 'Bend OR
    Remote'), as people write a US town's state without a comma, and so is one in capitals
    that ends the cell ('Remote OR'; not 'Remote or', a choice left unfinished). Only the
    place's longest length before each 'OR' is looked at: a long cell of them is read in
    linear time."""
    end = len(text.rstrip())

    def dropped(mode: re.Match[str]) -> str:
        before = text[max(0, mode.start() - PLACE_LONGEST) : mode.start()]
        if mode["choice"] == "OR" and not _read_outside_oregon(before):
            return "OR"
        return "OR" if mode["offered"] == "OR" and mode.end() == end else ""

    return _WORK_MODE.sub(dropped, text)


def _without_choice_left_open(text: str) -> str:
    """The text without an 'or', 'and' or '&' that ends it after a place ('NYC' of 'NYC or',
    ``_CHOICE_LEFT_OPEN``); an 'or' after a town that may be in Oregon is the state, kept as
    after a work mode ('Portland or', 'Bend OR'), and so is one alone ('OR')."""
    left = _CHOICE_LEFT_OPEN.search(text)
    if left is None or not text[: left.start()].strip():
        return text
    before = text[: left.start()]
    if left["word"] and left["word"].casefold() == "or" and not _read_outside_oregon(before):
        return text
    return before


def _read_outside_oregon(before: str) -> bool:
    """Whether the place right before an 'OR' ('Remote - NYC ') is one the tables read, and
    not in Oregon: 'NYC', 'SF', 'London'; not 'Salem' (Oregon's capital too) nor 'Bend'."""
    town = re.split(r"[,/|()\-–—]", before)[-1].strip()
    homes = city_index().get(header_key(town))
    if homes is not None:
        return "US-OR" not in homes
    return bool(town) and resolve_country(_metro_city(town), "")[1] is None


def _region_after(part: str, city: str) -> str:
    """' France' for ' Île-de-France' after 'Paris': the metro region after its own city says
    the city's country (ot117 F7: 'Paris, Île-de-France' was read as "Paris, Île-de" and
    "France", a subdivision France's calendar lacks); any other part as it is."""
    town, comma, country = METRO_REGIONS.get(part.strip().casefold(), "").partition(",")
    return country if comma and town == city else part


# A room where you meet, with its number or letter ('Room 4B', 'Conference room 2', 'Meeting
# Room A', 'Boardroom', 'Raum 3.12'): no town. 'Room' or 'Sala' alone may be a town's name.
_ROOM = re.compile(
    r"^(?:(?:conference|meeting|board|interview|training)[\s-]*room"
    r"(?:\s*(?:no\.?|#|:)?\s*[\w.-]+)?"
    r"|(?:room|rm\.?|raum|salle|sala)(?:\s*(?:no\.?\s*|[#:]\s*)?[\w.-]*\d[\w.-]*|\s+[a-z]))$",
    re.IGNORECASE,
)
# What a Location cell of a way to meet is, by its interview type ('Zoom', 'Teams link').
_MEETINGS = {"video": "an online meeting", "phone": "a phone call"}


def meeting_kind(place: str, *, whole: bool = False) -> str | None:
    """'a meeting room' for 'Room 4B', 'an online meeting' for 'Zoom', 'Teams link' or 'Google
    Meet', 'a phone call' for 'Phone': a Location cell of where or how you meet, which names
    no town; None for any other text ('Zug', 'Temse', 'Room'). ``whole``: only a cell that is
    nothing but a way to meet ('MS Teams', read before as a place: not Mississippi's), for a
    text some table reads as a place ('Zoom (Berlin)' is Berlin)."""
    text = place.strip()
    if _ROOM.fullmatch(text):
        return "a meeting room"
    types = VOCABULARIES["interview_type"]
    kind = types.words.get(header_key(text)) if whole else match_vocabulary(text, types)
    return _MEETINGS.get(kind or "")


def _city_before_country(
    place: str, default: str, column: str, others: frozenset[str], named: str
) -> tuple[str, str | None] | None:
    """LinkedIn's 'City, Region, Country' and 'City, Country' read as City, State and Country
    cells are, when the whole text names no region of its country: 'Amsterdam, North Holland,
    Netherlands' is NL and 'Smalltown, Germany' DE, with no Problems line (a town not listed is
    no problem). None when that reading has a problem too."""
    parts = [p.strip() for p in place.split(",")]
    if len(parts) < 2:
        return None
    tries = [(parts[0], "", parts[-1])]
    if len(parts) >= 3:
        tries.insert(0, (parts[0], ", ".join(parts[1:-1]), parts[-1]))
    for city, region, country in tries:
        reading = resolve_place(city, region, country, default, column, others, named)
        if reading[1] is None:
            return reading
    return None


@lru_cache(maxsize=4096)
def resolve_location(
    location: str,
    city: str,
    region: str,
    country: str,
    default: str,
    column: str = UNSURE,
    others: frozenset[str] = frozenset(),
    named: str = "",
) -> tuple[str, str | None]:
    """``countries.resolve_place`` for a row with a Location cell: it stands for the City
    cell when that is blank, and alone, with no State or Country cell, says the whole place
    ('Munich, Germany'); a place no calendar knows is said as a Country cell's is. A cell of
    remote work only ('Remote') is the State and Country cells' place, or else the default,
    with a reason (``NO_PLACE``) for the row's Why."""
    given = [
        "" if dates.is_placeholder(t) else t.strip() for t in (location, city, region, country)
    ]
    place = location_place(given[0])
    if given[1] or not given[0]:
        return resolve_place(city, region, country, default, column, others, named)
    if not place:
        if given[2] or given[3]:
            return resolve_place("", region, country, default, column, others, named)
        return default, f"{NO_PLACE}; using the {calendar_named(default)} calendar"
    if not (given[2] or given[3]):
        kind = meeting_kind(place, whole=True)
        if kind is not None:
            return default, not_a_place(kind, default)
        told = _named_apart(place, default, column, others, named)
        if told is not None:
            return told
        reading = resolve_country(place, default, column, others, named)
        if reading[1] is not None and NO_SUBDIVISION in reading[1]:
            return _city_before_country(place, default, column, others, named) or reading
        if reading[1] is not None and UNKNOWN_COUNTRY in reading[1]:
            kind = meeting_kind(place)
            if kind is not None:
                return default, not_a_place(kind, default)
            return town_of_others(place, default, others) or reading
        return reading
    if meeting_kind(place, whole=True) is not None:
        return resolve_place("", region, country, default, column, others, named)
    return resolve_place(place, region, country, default, column, others, named)


def _named_apart(
    place: str, default: str, column: str, others: frozenset[str], named: str
) -> tuple[str, str | None] | None:
    """A Location cell's place that the tables read otherwise than a country or a town: a
    region of several countries ('EMEA', ``SEVERAL_COUNTRY_REGIONS``), a city's short form
    that is a country's code too ('LA', ``CITY_CODES``), or several places as choices
    (``first_of_several``). None for any other place."""
    if header_key(place) in SEVERAL_COUNTRY_REGIONS:
        return several_countries(default, others)
    city = city_of_short_form(place, others)
    if city is not None:
        return city_code(place.strip().upper(), city, default)
    return first_of_several(place, default, column, others, named)


def city_of_short_form(place: str, others: frozenset[str] = frozenset()) -> str | None:
    """The city a Location cell's place stands for when it is a city's short form that is a
    country's code too ('LA': Los Angeles, ``CITY_CODES``), unless the tracker's other rows are
    all in that country ('LA' beside 'Vientiane' is Laos); None for any other place. The row's
    calendar and the note on its column (``place_columns.country_column_note``) both ask it."""
    city = CITY_CODES.get(place.strip().upper())
    return city if city is not None and others != {country_of(place)} else None


def several_countries(default: str, others: frozenset[str]) -> tuple[str, str]:
    """A Location cell of a region of several countries ('DACH'): the one country the
    tracker's other rows are in, else the default, and Problems says which and why."""
    (using,) = others if len(others) == 1 else (default,)
    why = "where the tracker's other rows are" if len(others) == 1 else "the default"
    return using, (
        f"{SEVERAL_COUNTRIES}; using the {calendar_named(using)} calendar, {why}"
        f" {WRITE_THE_COUNTRY}"
    )


def city_code(code: str, city: str, default: str) -> tuple[str, str]:
    """'LA': Los Angeles's calendar, and the Why names the country and the region of that
    code and how to write each ('for Laos write "Laos", for Louisiana write US-LA')."""
    using, _ = resolve_country(city, default)
    country = country_name(country_of(code) or "")
    return using, f'{CITY_SHORT_FORM}{city}; for {country} write "{country}", for ' + (
        regions_named(code)
    )


# What sets apart places written as choices: 'Munich / Berlin', 'London or Edinburgh',
# 'US/Canada', 'Austin | Dallas'; the word in lower case only, as 'Salem OR' is Oregon's
# (the spaces before a separator tried from a run's first only, so a long run is read once).
_CHOICES = re.compile(r"(?<!\s)\s*+[/|]\s*+|(?<!\s)\s++or\s++")


def first_of_several(
    place: str, default: str, column: str, others: frozenset[str], named: str
) -> tuple[str, str | None] | None:
    """A cell of several places as choices, each of which a table reads alone: the first
    one's calendar, as people write first the place they mean most, and the Why names the
    others and how to choose one ('Munich / Berlin' is Munich's: Epiphany, not Berlin's
    Women's Day). None when the cell is one place ('Berlin'), one a part does not read
    alone ('Brooklyn / Queens'), or a country and its region read together ('US/CA',
    'DE/BY', 'Berlin / DE')."""
    parts = [part.strip() for part in _CHOICES.split(place)]
    if len(parts) < 2 or not all(parts):
        return None
    readings = [resolve_country(part, default, column, others, named) for part in parts]
    if any(reason is not None and HOME_TAKEN not in reason for _, reason in readings):
        return None
    together = resolve_country(place, default, column, others, named)
    if together[1] is None and any(country_of(part) for part in parts):
        return None
    first = readings[0][0]
    left = [part for part, (calendar, _) in zip(parts, readings, strict=True) if calendar != first]
    if not left:
        return first, None
    ways = ", for ".join(f'{part}\'s write "{part}"' for part in left)
    return first, f"{FIRST_OF_SEVERAL} (for {ways})"


def names_a_location(text: str) -> bool | None:
    """Whether a Location cell names a place: one some calendar knows, or a town no table
    lists ('Arequipa', 'Kaunas': towns are countless); None for one that says nothing of it
    (blank, 'n/a', 'Remote'). 'Room 4B' and a meeting ('Zoom', 'Google Meet', 'Phone') are no
    place, nor is a stage ('Offer') or a yes/no mark ('No' is not Norway, 'Y' no region): a
    'Local' column of Yes/No is no Location."""
    if dates.is_placeholder(text):
        return None
    if read_mark(text) is not None:
        return False
    place = location_place(text)
    if not place:
        return None
    if meeting_kind(place, whole=True) is not None:
        return False
    if names_a_place(place) or resolve_country(place, "")[1] is None:
        return True
    if meeting_kind(place) is not None:
        return False
    return looks_like_a_town(place) and not any(
        match_vocabulary(place, VOCABULARIES[words]) for words in ("interview_type", "outcome")
    )
