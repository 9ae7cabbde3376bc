"""Countries and subdivisions as the holiday calendars know them: 'US', 'US-CA', 'GB-SCT'.

People write "USA", "Scotland", "United States - CA" or "DE/BY"; ``resolve_country`` turns any
of those into the ``holidays`` package's code, or says why it cannot (naming the valid choices).
The names it reads by — the calendars' countries and regions, the tables' cities — are indexed
in ``calendar_places``; this module decides what a cell, a row and a column mean with them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from followup_batch.normalise import dates
from followup_batch.normalise.calendar_places import (
    ALIAS_KEYS,
    REGION_CODE,
    calendar_named,
    calendar_subdivisions,
    cities_not_regions,
    city_index,
    country_index,
    country_name,
    country_of,
    country_spellings,
    has_regions_of_their_own,
    is_region_code,
    lone_city_index,
    region_index,
    region_name,
    region_of_a_city,
    region_owners,
    regions_named,
    shared_region_names,
    short_form_places,
    small_homes,
    subdivision,
    subdivision_names,
)
from followup_batch.normalise.cities import (
    CATHOLIC_TOWNS,
    CITY_CALENDARS,
    COUNTRY_REGION_SPELLINGS,
    READ_ALONE_WITH_ACCENT,
    REGION_SPELLINGS,
    REGIONS_AFTER_ANY_TOWN,
    TOWN_DAYS_UNLISTED,
)
from followup_batch.normalise.region_names import REGION_NAMES
from followup_batch.read.header_keys import header_key

UNITED_KINGDOM = "GB-ENG"  # what "UK" or "GB" alone means (see calendar_places.country_index)
# A country's code that the people of another country write alone for one of its regions, a
# code its calendar does not take: a UK tracker's 'NI' is Northern Ireland, not Nicaragua.
REGION_CODES: dict[str, str] = {"NI": "GB-NIR"}

# How a Country column's cells that are a country and a region of the default country alike
# ('CA': Canada or California on a US tracker; 'Georgia') are read (``country_column``):
REGIONS = "regions"  # other cells are the default country's regions: the region
COUNTRIES = "countries"  # other cells are countries' codes, and no region: the country
UNSURE = "unsure"  # nothing says: the country, and Problems names the region
# A postcode before or after a place ('10115 Berlin', 'Paris 75008', 'Perth WA 6000', 'Austin,
# TX 78701-1234', 'SW1A 1AA London', 'Toronto, ON M5V 3L9', 'Mumbai 400001'): four or five
# digits (a US ZIP+4, Brazil's 01310-100), six (India's PIN, China's, Singapore's, Vietnam's:
# outside test ot82 F1), Japan's 100-0001, the United Kingdom's and Canada's letters and digits.
_POSTCODE = (
    r"(?:\d{4,6}(?:-\d{3,4})?|\d{3}-\d{4}"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)"
)
_POSTCODE_BEFORE = re.compile(rf"^\s*{_POSTCODE}\s+(?=\S)", re.IGNORECASE)
_POSTCODE_AFTER = re.compile(rf"(?<=\S)\s+{_POSTCODE}\s*$", re.IGNORECASE)
_POSTCODE_ALONE = re.compile(rf"^\s*{_POSTCODE}\s*$", re.IGNORECASE)
_DANGLING_DASH = re.compile(r"^\s*[-–—]\s+(?=\S)|(?<=\S)\s+[-–—]\s*$")
# The spaces around the separator and after the right part are tried from a run's first only
# (from each space of a run in turn, 2 s on 20,000): the parts of a stripped text as before.
SUBDIVISION_SPLIT = re.compile(
    r"^(?P<left>.+?)(?<!\s)\s*[-/,(:]\s*+(?P<right>[^-/,(:]+?)(?<!\s)\s*\)?$"
)
# The parts are stripped: no "\s*" before a separator, tried from each space of a run in turn.
_PLACE_SEPARATOR = re.compile(r"[/,():]\s*|(?<!\s)\s+-\s+")


def _nation(country: str) -> str:
    """The package's "GB" holds only the holidays all four nations share: no Easter Monday, no
    August bank holiday. Someone who writes UK or GB almost always lives by England's (84% of
    the people), so that is what they get; GB-SCT, GB-WLS or GB-NIR say otherwise."""
    return UNITED_KINGDOM if country == "GB" else country


@lru_cache(maxsize=4096)  # a coach's trackers name the same few countries again and again
def resolve_country(
    text: str,
    default: str,
    column: str = UNSURE,
    others: frozenset[str] = frozenset(),
    named: str = "",
) -> tuple[str, str | None]:
    """('US' / 'US-CA', problem reason or None) for a cell's text; blank -> ``default``.

    ``column`` says how its column reads a cell that is a country and a region of the default
    country alike ('CA', 'Georgia'): ``REGIONS``, ``COUNTRIES`` or ``UNSURE`` (see
    ``country_column``). ``others``: the countries the tracker's other rows are in
    (``settled_countries``), which settle a code that is a region of several ('Smalltown, NS':
    Nova Scotia on a tracker of Canadian rows) and a city of several countries ('Valencia'
    beside 'Madrid' is Spain's); else ``named``, the country the user named as the default
    (``ReadOptions.named_country``), settles the city (``_home_of_several``).

    Readings, first that fits: a country; a region alone; a country and its region in either
    order ('Deutschland - Bayern', 'Bayern, Deutschland', 'Munich, Bavaria, Germany'); a
    country with a place it has no calendar for (with a reason); a place and a region
    ('Munich, Bavaria'). A reason follows the quoted cell: ' is not a country ...' or
    ': US has no ...'; a code read as the default's region for want of other rows to say
    otherwise ('Irvine, CA') says ``REGION_UNSURE``, no problem, for ``settle_places``.
    """
    text = text.strip()
    if not text or dates.is_placeholder(text):
        return default, None
    if len(text) > PLACE_LONGEST:  # a pasted message, no place (read as one, a minute)
        return default, _unknown_country(default)
    if not place_parts(text):  # '(', ',' or ':' alone: separators, no place (ot105 F2)
        return default, _unknown_country(default)
    place = _without_postcodes(text)
    if place != text:  # an address: '10115 Berlin', 'Perth WA 6000', 'London SW1A 1AA'
        return resolve_country(place, default, column, others, named)
    index = country_index()
    whole = country_of(text) or country_of(_iso_order(text))  # 'B&H': not Bahrain's BH
    if whole is not None:
        return _country_or_region(text, whole, default, column, others)
    region = region_index().get(header_key(text))
    if region is not None:
        return region, None
    # A well-known city and its own region: 'Perth, WA' is Western Australia, 'Chennai, TN'
    # Tamil Nadu, whatever the default country ('Vancouver, WA' is no city of the table).
    city = _city_region(text)
    if city is not None:
        return city, None
    town = _us_town_named_after_a_country(text)
    if town is not None:
        return town, None
    # A city of the tables whose name holds a country's: 'Fort-de-France' is Martinique's.
    if len(city_index().get(header_key(text), ())) == 1:
        city_alone = lone_city_index().get(header_key(text))
        if city_alone is not None:
            return city_alone, None
    fallback: tuple[str, str] | None = None
    for left, right, separated in _country_splits(text):
        readings = ((left, right, False), (right, left, True))
        for written, place, country_last in readings:
            country = country_of(written)
            if country is None or "-" in country:
                continue
            joined = _name_with(written, place, country)
            if joined is not None:  # 'Guinea, Equatorial', 'Sudan, South': one name
                return _nation(joined), None
            city_country = _country_of_its_city(written, country, place)
            if city_country is not None:  # 'Kinshasa, Congo': DR Congo, not the Republic's
                sub = _place_subdivision(city_country, place)
                return (_nation(city_country) if sub is None else f"{city_country}-{sub}"), None
            if set(_words(place)) - _LINKS and set(_words(place)) <= _FORM_WORDS | _LINKS:
                continue  # 'Congo, Democratic Republic': a longer name, no place in Congo
            sub = _place_subdivision(country, place)
            if sub is not None:
                return f"{country}-{sub}", None
            if not (separated or country_last or written.isupper()) and len(written) <= 3:
                continue  # 'La Paz', 'Al Ain', 'St Albans': an article, not Laos or Albania
            # The country first is the country ('Germany - Wien'); the country last only when
            # a separator sets it apart and its name is no region's: 'New Mexico' is not
            # Mexico, 'Denver, CO' not Colombia, 'Atlanta, Georgia' not the country Georgia.
            if fallback is None and (
                not country_last
                or header_key(written) in ALIAS_KEYS  # 'London, UK', 'Austin, USA'
                or (separated and not subdivision(default.split("-")[0], written))
            ):
                fallback = (country, place)
                if country_last and written.strip().upper() in REGION_CODES:  # 'Belfast, NI'
                    code, reason = _country_or_region(
                        written.strip(), country, default, column, others
                    )
                    return code, None if reason is None else f': "{written.strip()}"{reason}'
                if country_last and is_region_code(written):  # 'Stuttgart, BW'
                    near = _short_form_near(written, default, others)
                    if near is not None:  # 'Soweto, SA' among rows in South Africa
                        return near, None
                    settled = _code_of_others(written, _nation(country), others)
                    if settled is not None:  # 'Reutlingen, BW' among rows in Germany
                        return settled
                    return _nation(country), (
                        f': "{written.strip()}" read as {country_name(country)}; for '
                        f"{_other_readings(written, country)}"
                    )
    if fallback is not None:
        country, place = fallback
        if country == "GB":  # 'Smalltown, UK': England's by the UK's rule, and said
            return UNITED_KINGDOM, uk_town(place)
        if not calendar_subdivisions().get(country) or (
            not has_regions_of_their_own(country) and not REGION_CODE.fullmatch(place.strip())
        ):  # 'Dubai, UAE', 'Namur, Belgique': no region whose days off differ, nothing to fix
            return _nation(country), None
        listed = ", ".join(calendar_subdivisions().get(country, ())[:12])
        choices = (
            f" (e.g. {listed}{', ...' if len(calendar_subdivisions()[country]) > 12 else ''})"
            if listed
            else " (it has none)"
        )
        return _nation(country), (
            f': {country}{NO_SUBDIVISION}"{place}"{choices}; using the'
            f" {calendar_named(_nation(country))} calendar"
        )
    # A region's name of several countries: 'Punjab', 'Lahore, Punjab', 'Victoria'.
    several = _region_of_several(text, default, others, named)
    if several is not None:
        return several
    # A city and its region: 'Munich, Bavaria', 'Edinburgh, Scotland'.
    last = header_key(place_parts(text)[-1])
    region = region_index().get(last) or (index[last] if "-" in index.get(last, "") else None)
    if region is None and len(place_parts(text)) > 1:
        region = region_of_a_city(last)  # 'La Plata, Buenos Aires': the province
    if region is not None:
        return region, None
    apart = _town_in_a_region_apart(text)
    if apart is not None:  # 'Bergamo, Lombardia': its province's calendar, as 'Milano' is
        return apart, None
    capital = _capital_of_its_country(text)
    if capital is not None:
        return capital, None
    # A region of the default country, alone or after a city: 'New Mexico', 'Austin, TX',
    # 'San Jose, CA' (California, not Canada, when the default is US).
    home = default.split("-")[0]
    sub = subdivision(home, place_parts(text)[-1]) if home else None
    if sub is not None:
        return _region_of_the_default(place_parts(text)[-1], home, sub, others)
    # A code after a city that is one country's region only, not the default's: 'Kingston,
    # ON', 'Smalltown, QC' (a region's name is read above, as 'Bavaria' is).
    parts = place_parts(text)
    last = parts[-1] if len(parts) > 1 else text.split()[-1] if " " in text else ""
    shared = _shared_region(last, default, others)
    if shared is not None:
        return shared
    alone = region_code_alone(text)
    if alone is not None:  # 'NSW', 'QC' (ot117 F3: each was "not a country", on the default)
        return alone, None
    # A district before its city: 'Lekki, Lagos', 'Westlands, Nairobi' and 'Smart Village,
    # Giza' are their city's calendar (outside test ot75 F6: they were the default's).
    # So is one before its city and that city's capital district ('Georgetown, Washington
    # DC', 'Chapinero, Bogotá D.C.': ot100 F8, it was the default's, flagged).
    district_of = None
    if len(parts) > 1:
        district_of = lone_city_index().get(header_key(parts[-1])) or _capital_of_its_country(
            parts[-1]
        )
    if district_of is not None:
        return district_of, None
    # A well-known city alone: 'Dubai', 'Tokyo'; one of several countries ('London') as the
    # tracker and the config say; one of several places in one country ('Portland') is not
    # read, and said.
    homes = city_index().get(header_key(text), ())
    if len({home.split("-")[0] for home in homes}) > 1:  # 'Cambridge': England, Massachusetts
        return _home_of_several(text, homes, default, others, named)
    city_alone = lone_city_index().get(header_key(text)) or accented_city_alone(text)
    if city_alone is not None:
        return city_alone, None
    if len(homes) > 1:
        return default, _several_places(homes, default)
    east_asian = east_asian_city(text)
    if east_asian is not None:
        return east_asian, None
    return default, _unknown_country(default)


def _name_with(written: str, place: str, country: str) -> str | None:
    """The country a cell's two parts name together, when it is not ``written``'s
    (``country``): 'Guinea, Equatorial' is Equatorial Guinea, 'Sudan, South' South Sudan, not
    Guinea and Sudan and a place in them. None for any other cell."""
    for joined in (f"{place} {written}", f"{written} {place}"):
        longer = country_of(joined)
        if longer is not None and longer.split("-")[0] != country:
            return longer
    return None


def _country_of_its_city(written: str, country: str, place: str) -> str | None:
    """The country of a city of the tables (``place``) written beside a shorter name of it
    (``written``, read as ``country``): 'Kinshasa, Congo' is DR Congo's, 'Pyongyang, Korea'
    North Korea's, 'Juba, Sudan' South Sudan's, as a longer name holding the shorter one is
    never read as the shorter (outside test ot139 F1: 'Congo, Democratic Republic of the'
    was the Republic of the Congo's calendar, with no word). None for any other cell:
    'Brazzaville, Congo', 'Seoul, Korea'."""
    cities = (place, place_parts(place)[0]) if place_parts(place) else (place,)
    homes = {h.split("-")[0] for city in cities for h in city_index().get(header_key(city), ())}
    if len(homes) != 1 or country in homes:  # 'Lubumbashi, Katanga, Congo' too
        return None
    (home,) = homes
    words = _words(written)
    for name in country_spellings(home):
        held = _words(name)
        if len(held) > len(words) and any(
            held[i : i + len(words)] == words for i in range(len(held) - len(words) + 1)
        ):
            return home
    return None


# The words of a state's form in its official name ('Democratic Republic of the', 'Rep.'):
# written beside a country's name they make a longer name, never a place in that country.
_FORM_WORDS = frozenset(
    {"republic", "rep", "democratic", "dem", "peoples", "people", "federal", "federated"}
    | {"islamic", "plurinational", "bolivarian", "socialist", "popular"}
)
_LINKS = frozenset({"of", "the"})  # alone no form: 'Sudan, the' is Sudan


def _words(name: str) -> list[str]:
    """A name's words as compared: folded, without accents or punctuation ('Guinea-Bissau':
    guinea, bissau)."""
    return [header_key(word) for word in re.split(r"[\s\-,.()]+", name) if header_key(word)]


def _unknown_country(default: str) -> str:
    """What Problems says of a Country cell no calendar knows: the one used, and how to write
    another."""
    return (
        f"{UNKNOWN_COUNTRY}; using the {calendar_named(default)} calendar (write an ISO code such"
        " as US, GB-SCT or DE-BY)"
    )


# Chinese, Japanese and Korean script (and spaces), which writes a place as one word: the city
# or province first, then its ward's or district's name and suffix ('東京都渋谷区' Tokyo's Shibuya,
# '北京市海淀区', '台北市信義區', '서울 강남구' Seoul's Gangnam, '경기도 성남시').
_EAST_ASIAN_SCRIPT = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\s]+"
)


def east_asian_city(text: str) -> str | None:
    """The calendar of the longest city or country of the lists, of two characters at least,
    that a word of a text in Chinese, Japanese or Korean script is or begins with (ot82 F4:
    each such place was the default's calendar); of two, the longer, else a city before a
    country, else the first ('中国 広島市' is Hiroshima's). Not read (outside test ot86 F3: each
    was China's or Taiwan's): a city before a ward's or district's suffix, which names a
    district of its own ('新北区' is Changzhou's, not New Taipei's), and 中国 before 地方 or 四国,
    Japan's Chūgoku region ('中国地方 広島市' is Hiroshima's, '中国・四国' none). None for other
    texts."""
    if not _EAST_ASIAN_SCRIPT.fullmatch(text.strip()):
        return None
    words = _EAST_ASIAN_WORDS.split(_CHUGOKU.sub("", text))
    found = [_east_asian_start(word) for word in words if word]
    longest = max(found, key=lambda start: start[:2], default=(0, False, None))
    return longest[2]


# A cell's words: its spaces and the middle dot that lists places ('中国・四国').
_EAST_ASIAN_WORDS = re.compile(r"[\s\u30fb]+")
# A ward's or district's suffix: after a city's name, a district named after it ('新北区').
_WARD_SUFFIX = ("区", "區", "구")
# China's name as Japan's Chūgoku region begins: '中国地方', '中国・四国', '中国四国'.
_CHUGOKU = re.compile(r"中国(?=[\s\u30fb]*(?:地方|四国))")


def _east_asian_start(word: str) -> tuple[int, bool, str | None]:
    """(its length, whether a city, its calendar) of the longest city or country of the
    lists ``word`` is or begins with (``east_asian_city``); (0, False, None) for none."""
    cities, countries = lone_city_index(), country_index()
    for cut in range(len(word), 1, -1):
        head, rest = word[:cut], word[cut:]
        key = header_key(head)
        if rest.startswith(_WARD_SUFFIX):
            continue
        found = cities.get(key) or countries.get(key)
        if found is not None:
            return cut, key in cities, _nation(found)
    return 0, False, None


# A capital's district, as Latin America's capitals are written: 'Bogotá, D.C.' (Distrito
# Capital), 'Caracas, DC', 'México, D.F.' (Distrito Federal), 'Brasília DF'.
_CAPITAL_DISTRICTS = frozenset(
    header_key(w) for w in ("DC", "D.C.", "DF", "D.F.", "Distrito Capital", "Distrito Federal")
)


def accented_city_alone(text: str) -> str | None:
    """The calendar of a city that is read alone only with its accent ('Malé': MV), else None
    ('Male', decomposed accents are composed first)."""
    return READ_ALONE_WITH_ACCENT.get(unicodedata.normalize("NFC", text.strip()).casefold())


def _capital_of_its_country(text: str) -> str | None:
    """The calendar of a city of the lists before a capital district's code, whatever the
    default country: 'Bogotá, D.C.' is Colombia, not Washington, DC (outside test ot82 F3: it
    was US-DC); 'Washington, DC' is US-DC. None for other texts, and for a town the lists lack
    or do not read alone ('Arlington, DC', 'Portland, DC': the code is read as before)."""
    parts = place_parts(text)
    words = text.split()
    if len(parts) >= 2:
        city, written = " ".join(parts[:-1]), parts[-1]
    elif len(words) >= 2:
        city, written = " ".join(words[:-1]), words[-1]
    else:
        return None
    if header_key(written) not in _CAPITAL_DISTRICTS:
        return None
    return lone_city_index().get(header_key(city))


# The word "city" after a town's name ('Panama City'), looked for after a run of spaces' first
# only (from each space in turn, 2 s on 20,000).
_CITY_AT_END = re.compile(r"(?<!\s)\s+city$", re.IGNORECASE)


def _us_town_named_after_a_country(text: str) -> str | None:
    """'US-NH' for 'Lebanon, NH': a country's name (or its capital's, 'Panama City') before a
    US state's code or name is a US town ('Jordan, Utah', 'Peru, IN', 'Mexico, MO'), not the
    country (outside test ot80 F2). None when the state is that country's own code or region
    ('Panama, PA', 'Brazil, PA': Pará) or the text is no such pair."""
    parts = place_parts(text)
    if len(parts) != 2:
        return None
    town, state = parts
    country = country_index().get(header_key(_CITY_AT_END.sub("", town)), "")
    sub = subdivision("US", state)
    if not country or "-" in country or len(town.strip()) <= 3 or sub is None:
        return None
    if country_index().get(header_key(state)) == country or subdivision(country, state):
        return None
    return f"US-{sub}"


def _short_form_near(written: str, default: str, others: frozenset[str]) -> str | None:
    """The one place of a short form of several ('SA') in the country the tracker's other rows
    are in, else in the default's: 'Soweto, SA' among rows in South Africa is South Africa.
    None when none or several are."""
    countries = others or frozenset({default.split("-")[0]})
    near = [place for place in short_form_places(written) if place.split("-")[0] in countries]
    return near[0] if len(near) == 1 else None


def _other_readings(written: str, country: str) -> str:
    """'South Africa write ZA, for South Australia write AU-SA, ...': how to write each other
    place a code after a town may be, the countries a short form names first."""
    countries = [
        f"{country_name(p)} write {p}"
        for p in short_form_places(written)
        if "-" not in p and p != country
    ]
    regions = regions_named(written)
    return ", for ".join([*countries, regions] if regions else countries)


UNKNOWN_COUNTRY = " is not a country the holiday calendars know"
# No place's name, with its town, region and postcode, is longer: a cell that is (a pasted
# message in a Country or Status cell) names none, and is not read word by word, which took
# a minute for 20 cells of 30,000 characters (outside test ot105 F1).
PLACE_LONGEST = 200
# A code after a town no table lists that is the default country's region and another country
# ('Nagpur, IN' on a US tracker: Indiana, or India?); read as the region, and said, unless the
# tracker's other rows settle it (``_home_region_settled``).
REGION_OR_COUNTRY = "); for "
# ... and read as the place the other rows are in ('Kelowna, CA' beside 'Toronto, ON' is
# Canada), said in the Why (``_code_of_others``).
CODE_OF_OTHERS = ", as the tracker's other rows are in "
# ... and read as the default's region for want of other rows to settle it ('Irvine, CA' on a
# US tracker): no word of it is shown (``settle_places`` drops it), but such a reading settles
# no other row's code.
REGION_UNSURE = " read as the default country's region, no other row said otherwise"
NO_SUBDIVISION = " has no holiday subdivision "  # 'Germany - Bavria': its country
SEVERAL_PLACES = " names a place in "  # 'Smalltown, NS', 'Portland': read as neither
UNKNOWN_TOWN = " is not a town the tool knows"  # a City cell's 'Xyzzyville': its default


def unknown_town(default: str) -> str:
    """What Problems says of a City cell no table knows, alone in its row: the calendar used,
    and how to name the town's country."""
    return (
        f"{UNKNOWN_TOWN}; the row uses the {calendar_named(default)} calendar (a Country column"
        " names its country)"
    )


def uk_town(town: str) -> str:
    """What Problems says of a town no table lists before UK or GB: 'UK' alone is England's
    bank holidays, but the town may be in another nation, whose holidays differ (St Andrew's
    Day, Easter Monday, 12 July), so the row names the one used and how to write another."""
    return (
        f': the tool does not know which nation "{town}" is in; using England\'s bank holidays '
        f'(GB-ENG); for another nation\'s write "{town}, Scotland", "{town}, Wales" or '
        f'"{town}, Northern Ireland"'
    )


HOME_TAKEN = " read as the one in "  # 'Cambridge' alone: which home, and why (in the Why)


def _home_of_several(
    city: str, homes: tuple[str, ...], default: str, others: frozenset[str], named: str
) -> tuple[str, str | None]:
    """A city of several countries written alone ('Cambridge': England's and Massachusetts',
    'Valencia': Spain's and Venezuela's): its home in the one country the tracker's other
    rows are all in; else in the country the user named as the default; else its one home
    among the other rows' countries (rows in Canada and the US make 'London' Ontario's, but
    not with a config naming GB); else its usual home
    (``USUAL_HOMES``, several times the others' size). A home too small to be meant by the
    name alone (``SMALL_HOMES``: Paris, Texas) is taken by neither rows nor config. The
    reason, for the row's Why, says which was taken, why, and how to write another. None of
    them: the country the other rows are all in, else the default, and Problems names each
    home."""
    usual = lone_city_index().get(header_key(city), "")
    largest = next((h for h in homes if usual and h.startswith(usual)), None)
    meant = [h for h in homes if h not in small_homes().get(header_key(city), ())]
    at_home = [h for h in meant if h.split("-")[0] in others]
    mine = [h for h in meant if named and h.split("-")[0] == named.split("-")[0]]
    if len(at_home) == 1 and (len(others) == 1 or len(mine) != 1):
        # The largest, beside rows in its country, says so as it does alone: a dataset's
        # piece of rows reads it alike.
        taken, country = at_home[0], at_home[0].split("-")[0]
        why = ", the largest" if taken == largest else f", as other rows are in {country}"
    elif len(mine) == 1:
        taken, why = mine[0], f", as the configured country is {named}"
    elif largest is not None:
        taken, why = largest, ", the largest"
    elif len(others) == 1 and others != {default.split("-")[0]}:
        # 'Granada' among rows all in Mexico, none of its homes there: their country is
        # likelier than the default's (outside test ot73 F3: US holidays for a Mexican job).
        (country,) = others
        return country, _several_places(homes, country, others=country)
    else:
        return default, _several_places(homes, default)
    country, _, sub = taken.partition("-")

    def name(home: str) -> str:
        region = region_name(*home.split("-", 1)) if "-" in home else ""
        # 'Punjab': the one in India, not in Punjab.
        same = header_key(region) == header_key(place_parts(city)[-1])
        return country_name(home.split("-")[0]) if not region or same else region

    ways = [f'{name(h)} "{city.strip()}, {name(h)}"' for h in homes if h != taken]
    ways[0] = ways[0].replace(' "', ' write "', 1)  # 'for the one in Ontario write "..."'
    return (taken if sub in calendar_subdivisions().get(country, ()) else country), (
        f"{HOME_TAKEN}{name(taken)} ({taken}){why}; for the one in {', in '.join(ways)}"
    )


def _region_of_several(
    text: str, default: str, others: frozenset[str], named: str
) -> tuple[str, str | None] | None:
    """A region's name that names places of several countries (``shared_region_names``:
    'Punjab', India's state and Pakistan's province; 'Victoria', Australia's state and British
    Columbia's capital), alone or after a town: its home in the country of the town before it
    ('Lahore, Punjab' is Pakistan's), else read as a city of several countries is, by the
    tracker's other rows and the config (``_home_of_several``: 'Victoria' beside 'Sydney' and
    'Auckland' is Australia's). None for any other text."""
    parts = place_parts(text)
    homes = shared_region_names().get(header_key(parts[-1]), ())
    if not homes:
        return None
    town = header_key(", ".join(parts[:-1])) if len(parts) > 1 else ""
    towns = {home.split("-")[0] for home in city_index().get(town, ())} if town else set()
    near = [home for home in homes if home.split("-")[0] in towns]
    if len(near) == 1:
        country, _, sub = near[0].partition("-")
        return (near[0] if sub in calendar_subdivisions().get(country, ()) else country), None
    return _home_of_several(text, homes, default, others, named)


# A Location cell of remote work alone ('Remote'): the default, said in the Why, no problem.
NO_PLACE = " says how or where you work, not in which town"
# A Location cell of a meeting room or a way to meet ('Room 4B', 'Zoom', 'Teams link'): no place,
# so the row is on the default calendar, and its Problems cell says so (outside test ot87 F5:
# 'Room 4B' was "not a country", and 'Zoom' a town of the other rows' country).
NOT_A_PLACE = ", not a place; using "


# A Location cell naming several places as choices ('Munich / Berlin', 'US or Canada'): the
# first one's calendar, and the Why says so and how to choose another (ot117 F1, F2, F7: the
# last was taken, or the other rows' country, without a word).
FIRST_OF_SEVERAL = " names more than one place: the first one's calendar is used"
# A city's short form that is a country's code too ('LA': Laos): the city, said in the Why.
CITY_SHORT_FORM = " read as the city "
# A region of several countries ('EMEA', 'DACH', 'EU'): no country, said in Problems.
SEVERAL_COUNTRIES = " names a region of several countries, not one country"


def not_a_place(kind: str, default: str) -> str:
    """What Problems says of a Location cell of a meeting room or a way to meet (``kind``:
    'a meeting room', 'an online meeting', 'a phone call'): the calendar used instead."""
    named = calendar_named(default)
    return f" is {kind}{NOT_A_PLACE}the {named} calendar, the default {WRITE_THE_COUNTRY}"


# What the meeting-room line advises (ot91 F4: "(a Country column names the job's country)"
# read as a fact about a column the sheet did not have): in the row's empty Country cell, or,
# without a Country column (``cell_readers.read_places``), in one to add.
WRITE_THE_COUNTRY = "(write the job's country in the row's Country cell)"
ADD_A_COUNTRY_COLUMN = "(add a Country column to name the job's country)"


# A town of ``cities.TOWN_DAYS_UNLISTED`` ('Campinas'): on its region's calendar, and its Why
# says the town's own holidays are not counted (not a problem: nothing to write differently).
TOWN_DAYS = " keeps town holidays of its own that the calendars do not list"


def town_days_unlisted(text: str, reading: str) -> str | None:
    """What the Why says of a City or Location cell's town whose own holidays the calendars
    lack, read as its region (``reading``): 'Campinas keeps town holidays of its own ...;
    using BR-SP'. None for any other town or reading ('Campinas, Rio' is not read so)."""
    parts = place_parts(text)
    first = parts[0] if parts else ""
    coded = _CODE_AFTER_HYPHEN.match(first)
    town = _unlisted_towns().get(header_key(coded["city"] if coded else first))
    if town is None or TOWN_DAYS_UNLISTED[town] != reading:
        return None
    return f"{town}{TOWN_DAYS}; using the {calendar_named(reading)} calendar"


@lru_cache(maxsize=1)
def _unlisted_towns() -> dict[str, str]:
    return {header_key(town): town for town in TOWN_DAYS_UNLISTED}


def assumption_town(texts: Iterable[str], reading: str) -> str:
    """A Bavarian, Saxon or Thuringian row's calendar by the town its first place cell begins
    with (the City or Location cell, else State, else Country): that region's Catholic towns'
    calendar (``cities.CATHOLIC_TOWNS``) for one of its towns, which keep Assumption Day in
    Bavaria and Corpus Christi in Saxony and Thuringia ('Munich', 'München, Bayern',
    'Regensburg, Germany', 'Munich Bavaria', 'Crostwitz', 'Heilbad Heiligenstadt'); ``reading``
    for any other town or reading ('Nuremberg', 'Bavaria', 'Munich, ND', 'Bautzen')."""
    calendar, _ = CATHOLIC_TOWNS.get(reading, (reading, frozenset()))
    if calendar == reading:
        return reading
    first = next((text for text in texts if text), "")
    parts = place_parts(first)
    town = header_key(parts[0]) if parts else ""
    if town not in _catholic_towns(reading) and len(parts) == 1:
        town = _town_before_its_region(parts[0], reading)
    return calendar if town in _catholic_towns(reading) else reading


@lru_cache(maxsize=8)
def _catholic_towns(reading: str) -> frozenset[str]:
    return frozenset(header_key(town) for town in CATHOLIC_TOWNS[reading][1])


def _town_before_its_region(text: str, reading: str) -> str:
    """The key of a Catholic town of the region ``reading`` written before its region or
    country with no separator, as that region's calendar reads the words after it: 'munich'
    of 'Munich Bavaria' and 'Munich Germany'; '' when the words after it are no such place
    ('Munich Airport', 'Munich Re', 'Munich Ohio') or the text begins with no such town."""
    words = text.split()
    for cut in range(1, len(words)):
        town = header_key(" ".join(words[:cut]))
        rest = resolve_country(" ".join(words[cut:]), "")
        if town in _catholic_towns(reading) and rest in ((reading, None), (reading[:2], None)):
            return town
    return ""


# A Location's or City's town no table lists, on a tracker whose other rows are all in one
# country not the default's: that country, said in the Why and not a problem (Görlitz on a
# German tracker).
TOWN_OF_OTHERS = " is a town the calendars do not list"


def _region_of_the_default(
    written: str, home: str, sub: str, others: frozenset[str]
) -> tuple[str, str | None]:
    """The reading of a region of the default country ``home`` after a town, or alone: 'Austin,
    TX', 'San Jose, CA' (California, not Canada, on a US tracker). A two-letter code that names
    places abroad too (``_code_places``) is the one the tracker's other rows are in
    (``_code_of_others``: 'Kelowna, CA' beside 'Toronto, ON' is Canada, its Why says so); else
    the region, and Problems names the country when that is as likely ('Nagpur, IN': Indiana or
    India?) and the other rows do not settle it (``_home_region_settled``). The region read
    without a word, for want of other rows to say otherwise, says ``REGION_UNSURE``: its own
    reading settles no other code (``settle_places``)."""
    region = f"{home}-{sub}"
    settled = _code_of_others(written, region, others)
    if settled is not None:
        return settled
    other = country_index().get(header_key(written), "")
    if (
        len(header_key(written)) == 2
        and other
        and "-" not in other
        and country_name(other) != region_name(home, sub)  # AS: American Samoa both
        and not _home_region_settled(home, other, others)
    ):
        # 'Mumbai, IN' on a US tracker: Indiana, said so, as India is as likely.
        return region, (
            f': "{written}" read as {region_name(home, sub)} ({region}{REGION_OR_COUNTRY}'
            f"{country_name(other)} write {country_name(other)}"
        )
    return region, REGION_UNSURE if len(_code_places(written)) > 1 else None


def _code_places(written: str) -> dict[str, str]:
    """The places a two-letter code after a town may be, by their country: the country of that
    code and each calendar's region of it ('CA': Canada, California US-CA, Cagliari IT-CA, ...;
    'WA': Washington US-WA, Western Australia AU-WA); {} for a longer text."""
    code = header_key(written).upper()
    if len(code) != 2:
        return {}
    places = {
        country: f"{country}-{code}"
        for country, subdivisions in calendar_subdivisions().items()
        if len(country) == 2 and country != "UK" and code in subdivisions
    }
    country = country_of(code) or ""
    if country and "-" not in country:
        places[country] = _nation(country)
    return places


def _code_of_others(
    written: str, alone: str, others: frozenset[str]
) -> tuple[str, str | None] | None:
    """A two-letter code after a town no table lists, of places in several countries
    (``_code_places``), on a tracker whose other rows are all in one of them (``others``): the
    place in that one. ``alone``, the code's reading without them, is read without a word;
    another is said in the Why with how to write ``alone`` ('Kelowna, CA' beside 'Toronto, ON'
    is Canada, 'Bunbury, WA' among rows in Australia Western Australia). None when the other
    rows are in several countries or another (rows in Italy and the US are no reason to read
    'St. Helena, CA' as Cagliari)."""
    place = _code_places(written).get(next(iter(others)), "") if len(others) == 1 else ""
    if not place:
        return None
    if place == alone:
        return alone, None
    country, _, sub = place.partition("-")
    named = f"{region_name(country, sub)} ({place})" if sub else country_name(country)
    other, _, other_sub = alone.partition("-")
    alone_named = region_name(other, other_sub) if other_sub else country_name(other)
    return place, (
        f': "{written.strip()}" read as {named}{CODE_OF_OTHERS}{country_name(country)}; for'
        f" {alone_named} write {alone if other_sub else alone_named}"
    )


def _home_region_settled(home: str, other: str, others: frozenset[str]) -> bool:
    """Whether a town's code that is a region of ``home`` (the default country) and the
    country ``other`` is that region without a word: when the tracker's other rows are all
    in ``home`` ('Los Gatos, CA' beside 'Austin, TX'), and for a US tracker's 'CA' unless its
    other rows are in Canada (Canadians write the province after a town, 'Kelowna, BC', not
    'CA', so 'Irvine, CA' is California)."""
    if others == {home}:
        return True
    return home == "US" and other == "CA" and "CA" not in others


def _shared_region(
    written: str, default: str, others: frozenset[str]
) -> tuple[str, str | None] | None:
    """The reading of a region code after a city ('Smalltown, QC') that is no country's code
    and not the default country's region (those are read before): the region of the one
    country whose calendar has it, or of the one of its countries the tracker's other rows are
    in (``others``); else the default, and a reason naming each region it may be
    ('NS': Nova Scotia, Canada's, and Nueva Segovia, Nicaragua's). None for no such code."""
    code = written.strip().upper()
    owners = region_owners(code)
    settled = [c for c in owners if c in others] if len(owners) > 1 else owners
    if len(settled) == 1:
        return f"{settled[0]}-{code}", None
    if not owners:
        return None
    return default, _several_places(tuple(f"{c}-{code}" for c in owners), default)


# The countries whose people write a state's or province's code alone for it ('NSW', 'QC',
# 'ZH', 'HH'); other calendars' codes are as often something else ('STL' is Southland's and
# St. Louis', 'SF' São Filipe's and San Francisco's).
CODES_WRITTEN_ALONE = frozenset({"AU", "CA", "CH", "DE", "US"})


def region_code_alone(text: str) -> str | None:
    """'AU-NSW' for 'NSW', 'CA-QC' for 'QC': a region's code written alone, in capitals, that
    is no country's code and the region of one country only, one of ``CODES_WRITTEN_ALONE``;
    None for any other text ('CA' is Canada, 'NS' Nova Scotia's and Nueva Segovia's)."""
    code = text.strip()
    owners = region_owners(code)
    if len(owners) == 1 and owners[0] in CODES_WRITTEN_ALONE:
        return f"{owners[0]}-{code}"
    return None


def _several_places(homes: tuple[str, ...], default: str, others: str = "") -> str:
    """' names a place in Oregon, United States (US-OR) or Maine, United States (US-ME); using
    US (write the one meant: US-OR or US-ME)': a cell read as none of its places; on the
    calendar of the country the ``others`` rows are all in when none of them is there."""
    named = " or ".join(
        f"{region_name(*home.split('-', 1))}, {country_name(home.split('-')[0])} ({home})"
        if "-" in home
        else f"{country_name(home)} ({home})"
        for home in homes
    )
    if others:
        named += f", none in {country_name(others)} ({others}), where the other rows are"
    return (
        f"{SEVERAL_PLACES}{named}; using the {calendar_named(default)} calendar (write the one"
        f" meant: {' or '.join(homes)})"
    )


@lru_cache(maxsize=4096)
def resolve_place(
    city: str,
    region: str,
    country: str,
    default: str,
    column: str = UNSURE,
    others: frozenset[str] = frozenset(),
    named: str = "",
) -> tuple[str, str | None]:
    """``resolve_country`` for a row whose place is written in up to three cells: City, State
    (or Province, Region, Bundesland) and Country. The State cell is a region of the Country
    cell's country, or else of the default's when it is one of them ('CA' is California on a
    US tracker, with no word of Canada), or read as a region written alone ('ON', 'Bavaria').
    The city makes the reading more precise when it reads with them ('Perth' and 'WA' are
    Western Australia, 'Munich' and 'Germany' Bavaria); a town the tables do not know says
    nothing, as towns are countless ('Smalltown' and 'CA' are California). Alone, it is the
    country of the tracker's other rows (``town_of_others``), else said as a Country cell is."""
    city, region, country = (
        "" if dates.is_placeholder(t) else t.strip() for t in (city, region, country)
    )
    # A State cell of a city's name that is its region's too is the region: 'São Paulo' the
    # state (BR-SP), 'Buenos Aires' the province (AR-B), by a name that says so.
    around = region_of_a_city(header_key(region)) if region else None
    region = next(iter(REGION_NAMES.get(around, ())), region) if around else region
    rest = ", ".join(t for t in (region, country) if t)
    if region and not country:
        home = default.split("-")[0]
        sub = subdivision(home, region) if home else None
        near = None if sub is not None else _region_near(region, city, others)
        if near is not None:  # 'Berlin' and 'BE' (not Belgium), 'Waldenburg' and 'BW'
            return near, None
        spelt = f"{home}-{sub}" if sub is not None else _spelt_region(region)  # 'Jalisco'
        without_city = (
            (spelt, None)
            if spelt is not None
            else _shared_region(region, default, others)
            or resolve_country(region, default, REGIONS, others, named)
        )
    else:
        without_city = resolve_country(rest, default, column, others, named)
    if not city:
        return without_city
    written = f"{city}, {rest}" if rest else city
    with_city = resolve_country(written, default, column, others, named)
    refined = _town_refines(city, without_city, with_city, default, column, others, named)
    if refined is not None:
        return refined
    alone = (SEVERAL_PLACES, HOME_TAKEN)  # 'Portland' alone is said, 'Cambridge' its Why says
    if with_city[1] is None or (not rest and any(a in with_city[1] for a in alone)):
        return with_city  # 'Perth' and 'WA'; 'Portland' alone is said
    if not rest and UNKNOWN_COUNTRY in with_city[1]:  # said as a town, as a City cell holds
        return town_of_others(city, default, others) or (default, unknown_town(default))
    return without_city


def _town_refines(
    city: str,
    without_city: tuple[str, str | None],
    with_city: tuple[str, str | None],
    default: str,
    column: str,
    others: frozenset[str],
    named: str,
) -> tuple[str, str | None] | None:
    """The City or Location cell's own reading when it is a region of the country its State
    and Country cells name, they name no region and the cells read together name none of that
    country's: 'Munich Bavaria' (no comma) beside 'DE' is Bavaria's, as 'Munich, Bavaria' is
    (ot107 F3: it was the national DE calendar), 'Paris Texas' beside 'US' Texas's and
    'Toronto Ontario' beside 'CA' Ontario's (not California's). None when the cell alone is a
    problem ('Munich Airport', 'Portland'), names no region or another country's ('Munich
    Bavaria' beside 'US')."""
    country = without_city[0]
    if "-" in country or ("-" in with_city[0] and with_city[0].split("-")[0] == country):
        return None
    alone = resolve_country(city, default, column, others, named)
    if alone[1] is None and "-" in alone[0] and alone[0].split("-")[0] == country:
        return alone
    return None


def _region_near(region: str, city: str, others: frozenset[str]) -> str | None:
    """The region a State cell's code names in the country its row's city is in ('BE' beside
    'Berlin' is Berlin, not Belgium; 'BW' beside 'Stuttgart' Baden-Württemberg, not Botswana),
    or, beside a town the tables do not know, in the one of the tracker's other rows' countries
    that has such a region ('Waldenburg' and 'BW' among German rows): a State column holds
    regions, and a country of the same code is read only when no such region is near. None when
    the city's countries have no region of that code ('Brussels' and 'BE')."""
    key = header_key(city) if city else ""
    homes = [*city_index().get(key, ()), *filter(None, [region_index().get(key)])] if key else []
    near = {home.split("-")[0] for home in homes} if homes else set(others)
    found = {c: sub for c in near if (sub := subdivision(c, region)) is not None}
    if len(found) != 1:
        return None
    ((country, sub),) = found.items()
    # 'São Paulo' and 'SP': the city's own calendar in that state (CITY_CALENDARS)
    own = [h for h in homes if CITY_CALENDARS.get(h, ("",))[0] == f"{country}-{sub}"]
    return own[0] if own else f"{country}-{sub}"


_TOWN = re.compile(r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+)*\.?")


def looks_like_a_town(text: str) -> bool:
    """Whether a cell could be the name of a town no table lists ('Kaunas', 'Győr', 'Port
    Harcourt'): words of letters only. 'Room 4B' and 'Building 2' are not."""
    return _TOWN.fullmatch(text.strip()) is not None


def town_of_others(
    place: str, default: str, others: frozenset[str]
) -> tuple[str, str | None] | None:
    """A town no table lists ('Görlitz', 'Kaunas', 'Bentonville') in a Location or City cell,
    on a tracker whose other rows are all in one country: that country (the default itself,
    region and all, when it is the default's), with a reason its Why says (not a problem): a
    US tracker's small towns are no problems. A region's code written alone, as its people
    write it (upper case: 'RJ', 'SP', 'QC', 'NSW'), that is a region of that country is that
    region, without a word: Brazilians write the state alone. None for anything else:
    'Atlantis' beside rows of two countries (but for ``town_of_most``), or alone, is still
    said; 'Room 4B' is no town."""
    if len(others) != 1:
        # Rows in several regions of one country ('Oakville, Halton' beside rows in Ontario,
        # Quebec and Alberta): that country, as for rows in one (ot145 F5: the default's).
        countries = {other.split("-")[0] for other in others}
        if len(countries) != 1 or not looks_like_a_town(place.replace(",", " ")):
            return None
        others = frozenset(countries)
    (country,) = others
    code = place.strip()
    sub = subdivision(country, code) if REGION_CODE.fullmatch(code) else None
    if sub is not None:  # a Brazilian 'RJ' alone among rows in Brazil: the state (ot69 F3)
        return f"{country}-{sub}", None
    if not looks_like_a_town(place.replace(",", " ")):  # 'Kanata, Ottawa region' too
        return None
    # The UK's own holidays are each nation's: a town among UK rows is England's, as 'UK' is
    # (``_nation``: the package's "GB" lacks Easter Monday), said with how to name another.
    using = default if country == default.split("-")[0] else _nation(country)
    town = place.strip()
    nation = (
        f", England's bank holidays used (for a town in another nation write \"{town}, "
        f'Scotland", "{town}, Wales" or "{town}, Northern Ireland")'
        if using == UNITED_KINGDOM
        else ""
    )
    return (
        using,
        f"{TOWN_OF_OTHERS}: {OTHER_ROWS_IN} {country}{nation}; using the"
        f" {calendar_named(using)} calendar",
    )


# How the Why says where a town no table lists was put: beside rows of one country, that one;
# beside rows of several, the one most of them are in (``town_of_most``).
OTHER_ROWS_IN = "the tracker's other rows are in"


# The regions' usual names that their calendars do not take ('Nuevo León', 'Jalisco': Mexico's
# calendar has no regions), by header_key: a State cell of one alone is that region (outside
# test ot73 F1: a Mexican "Estado" of them ran on US holidays). Names only, not the short
# codes ('NL' is also the Netherlands, 'BC' British Columbia), which read with a city.
_SPELT_REGIONS: dict[str, str] = {
    header_key(spelling): code
    for code, spellings in REGION_SPELLINGS.items()
    for spelling in spellings
    if len(header_key(spelling)) > 4
}


def _spelt_region(region: str) -> str | None:
    """The region a State cell names by its usual name ('Jalisco' -> MX-JAL), as its calendar
    takes it: the country alone when the calendar has no regions ('MX'). None for no such name."""
    code = _SPELT_REGIONS.get(header_key(region))
    if code is None:
        return None
    country, sub = code.split("-")
    return code if sub in calendar_subdivisions().get(country, ()) else country


def names_a_place(text: str) -> bool:
    """Whether a State cell names a region or country some calendar knows ('OR', 'Ontario',
    'Bayern', 'NS' of two countries, 'Jalisco'), whatever the tracker's default country: the
    default only chooses between the places a code may be. 'Applied' or 'Offer' is no place,
    nor a text longer than ``PLACE_LONGEST``."""
    if len(text.strip()) > PLACE_LONGEST:
        return False
    if header_key(text) in subdivision_names() or _spelt_region(text) is not None:
        return True
    reason = resolve_place("", text, "", "")[1]
    return reason is None or UNKNOWN_COUNTRY not in reason


# Readings that the tracker's other rows may settle (``settle_places``).
UNSETTLED = (SEVERAL_PLACES, UNKNOWN_COUNTRY, UNKNOWN_TOWN)


def _says(reading: tuple[str, str | None], words: tuple[str, ...]) -> bool:
    return reading[1] is not None and any(word in reading[1] for word in words)


def settle_places(
    first: list[tuple[str, str | None]],
    read: Callable[[frozenset[str]], list[tuple[str, str | None]]],
    written: list[bool],
    default: str = "",
    rows: Sequence[int] | None = None,
) -> list[tuple[str, str | None]]:
    """A tracker's distinct places' readings settled by each other: ``first``, as
    ``read(frozenset())`` gives them, read again with the countries of the places read
    without a problem (``written``: those some cell writes) when one is a city of several
    countries or of none the tables know ('Cambridge' beside 'Boston' is Massachusetts',
    'Görlitz' beside 'Leipzig' Germany's); the places still unsure once more with the
    countries those cities were read in ('Birmingham' beside 'London' and 'Manchester' is
    England's). A city's own reading never settles itself ('London' alone is England's, the
    largest, not settled by its own rows). With the tracker's ``default`` country, rows in
    another country unsettle a code read as the default's region without a word ('Kelowna,
    CA' beside 'Toronto, ON' is not California), and a code said to be a region or a country
    ('Nagpur, IN') is settled by the other rows. A code read as the default's region for want
    of other rows (``REGION_UNSURE``) is read again with the countries of the rows read
    without a doubt only, as its own reading and its like do not say where the tracker is
    ('Kelowna, CA' and 'Red Deer, CA' beside 'Toronto, ON' are Canada's), and shown without
    a word. A town no table lists beside rows of several countries is in the one most of
    them are in (``town_of_most``; ``rows``: how many rows each place is written in)."""
    settled = settled_countries(r for r, w in zip(first, written, strict=True) if w)
    abroad = bool(default) and bool(settled - {default.split("-")[0]})
    if not abroad and not any(_says(r, (*UNSETTLED, HOME_TAKEN, REGION_OR_COUNTRY)) for r in first):
        return _shown(first)
    readings = read(settled)
    sure = settled_countries(
        r for r, w in zip(first, written, strict=True) if w and not _says(r, (REGION_UNSURE,))
    )
    if sure != settled:
        again = read(sure)
        readings = [
            a if _says(f, (REGION_UNSURE,)) else r
            for f, r, a in zip(first, readings, again, strict=True)
        ]
    taken = frozenset(
        r[0].split("-")[0]
        for r, w in zip(readings, written, strict=True)
        if w and _says(r, (HOME_TAKEN,))
    )
    if taken - settled and any(_says(r, UNSETTLED) for r in readings):
        more = read(settled | taken)
        readings = [m if _says(r, UNSETTLED) else r for r, m in zip(readings, more, strict=True)]
    return _shown(town_of_most(readings, read, written, rows))


# Readings whose country says where a row is, for ``town_of_most``'s count: read as written,
# or as the largest of a city's homes ('London'), or settled by a code ('Kelowna, CA').
_PLACED = (TOWN_DAYS, REGION_UNSURE, HOME_TAKEN, CODE_OF_OTHERS)


def town_of_most(
    readings: list[tuple[str, str | None]],
    read: Callable[[frozenset[str]], list[tuple[str, str | None]]],
    written: list[bool],
    rows: Sequence[int] | None = None,
) -> list[tuple[str, str | None]]:
    """``readings`` (a tracker's distinct places', ``rows`` rows each: one when not given)
    with each town no table lists put in the country most of the tracker's other rows are in,
    when they are in several ('Kleinmachnow' beside three rows in Berlin and two in London is
    Germany's; ot145: it was the default's, a Problem), and its Why saying so, with the count.
    A tie leaves the towns as they were read: no country is most."""
    counts: Counter[str] = Counter()
    for reading, placed, n in zip(readings, written, rows or [1] * len(readings), strict=True):
        if placed and (reading[1] is None or _says(reading, _PLACED)):
            counts[reading[0].split("-")[0]] += n
    towns = [i for i, r in enumerate(readings) if _says(r, (*UNSETTLED, TOWN_OF_OTHERS))]
    if len(counts) < 2 or not towns:
        return readings
    (most, top), (_, second) = counts.most_common(2)
    if top == second:
        return readings
    again = read(frozenset({most}))
    said = f"most of the tracker's other rows ({top} of {counts.total()}) are in"
    readings = list(readings)
    for i in towns:
        country, reason = again[i]
        if reason is not None and TOWN_OF_OTHERS in reason:
            readings[i] = (country, reason.replace(OTHER_ROWS_IN, said, 1))
    return readings


def _shown(readings: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The readings as the row shows them: a code read as the default's region for want of
    other rows (``REGION_UNSURE``) without a word, as any region read so."""
    return [(c, None) if _says((c, r), (REGION_UNSURE,)) else (c, r) for c, r in readings]


def settled_countries(readings: Iterable[tuple[str, str | None]]) -> frozenset[str]:
    """The countries that rows read without a problem are in, which settle another row's
    region code of several countries (``resolve_country``'s ``others``)."""
    return frozenset(
        country.split("-")[0]
        for country, reason in readings
        # 'Campinas' is Brazil's all the same, and 'Irvine, CA' on a US tracker California
        if reason is None or TOWN_DAYS in reason or REGION_UNSURE in reason
    )


def _country_or_region(
    text: str, country: str, default: str, column: str, others: frozenset[str] = frozenset()
) -> tuple[str, str | None]:
    """A cell that is a country's name or code (``country``): that country, but the default
    country's region of the same code or name when its column names such regions ('CA' among
    'TX' and 'NY' is California); in an ``UNSURE`` column the country, and Problems says how
    to write the region, unless the tracker's other rows (``others``) are all in that country
    ('IL' among rows in Israel). 'NI' is Northern Ireland on a UK tracker: one whose default
    is the UK, or whose other rows are in the UK and none in Nicaragua."""
    home = default.split("-")[0]
    region = default_region(text, default)
    if region is not None and column == REGIONS:
        return region, None
    written = REGION_CODES.get(text.upper())
    if written is not None and (
        written.split("-")[0] == home or (written.split("-")[0] in others and country not in others)
    ):
        return written, None
    region = region if region is not None and column == UNSURE else written
    if region is None or others == {country}:
        return _nation(country), None
    named = region_name(*region.split("-", 1))
    if header_key(named) == header_key(country_name(country)):  # 'Georgia'
        read, other = "the country", f"the {region.split('-')[0]} state"
    else:
        read, other = country_name(country), named
    return _nation(country), f" read as {read}; for {other} write {region}"


def default_region(text: str, default: str) -> str | None:
    """'US-CA' for 'CA' on a US tracker, 'US-GA' for 'Georgia': the default country's region
    that a cell reading as another country also names (not American Samoa's 'AS', a US
    region of the same name)."""
    home = default.split("-")[0]
    sub = subdivision(home, text) if home else None
    if sub is None:
        return None
    country = country_index().get(header_key(text)) or ""
    if not country or country.split("-")[0] == home or "-" in country:
        return None
    if len(header_key(text)) == 2 and country_name(country) == region_name(home, sub):
        return None
    return f"{home}-{sub}"


def calendar_note(reading: tuple[str, str | None], default: str) -> str | None:
    """What a row's Why says of its calendar, given its Country cell's reading (``(country,
    reason)``, as ``cell_readers.read_place`` gives it): None for the
    default country's calendar or one of its regions', read as written (nothing: a tracker
    in one country reads as before); '' for another country's (the Why names it, and its week
    when it is not Monday–Friday); for a
    cell no calendar fits, why the default is used, from ``reason`` ('"Atlantis" is not a
    country the holiday calendars know'). Such a row is still scheduled, on the default: one
    mistyped cell should not cost a row its dates, and the Why and Problems both say it."""
    country, reason = reading
    fallbacks = (
        TOWN_DAYS,
        UNKNOWN_COUNTRY,
        UNKNOWN_TOWN,
        SEVERAL_PLACES,
        NO_PLACE,
        TOWN_OF_OTHERS,
        NOT_A_PLACE,
        SEVERAL_COUNTRIES,
    )
    # On the default calendar: nothing to say ('Cambridge' alone among rows in the US).
    if reason is not None and (HOME_TAKEN in reason or CODE_OF_OTHERS in reason):
        return None if country == default else reason
    if reason is not None and (FIRST_OF_SEVERAL in reason or CITY_SHORT_FORM in reason):
        return reason  # the places not taken, on the default calendar too
    if reason is not None and any(fallback in reason for fallback in fallbacks):
        return re.split("; using |; the row uses ", reason)[0]
    return None if country == default else ""


def _place_subdivision(country: str, place: str) -> str | None:
    """The subdivision a place names in ``country``: the whole text ('Bayern') or, from the
    right, one of its parts ('Munich, Bavaria' -> BY), or the region of a city of the
    table ('London' -> ENG, 'Chennai' -> TN) when the country has one city of that name, or
    a code its people write for one of its regions ('NI, UK' -> NIR: ``REGION_CODES``); a
    city named as its region is ('Buenos Aires, Argentina' -> C: ``CITIES_NOT_REGIONS``), and
    so is a city of its own calendar before its region ('São Paulo, SP, Brazil':
    ``CITY_CALENDARS``)."""
    city_first = header_key(place) in cities_not_regions()
    in_region = _city_region(place) or ""  # 'São Paulo, SP, Brazil': the city's own calendar
    if in_region.startswith(f"{country}-") and (
        in_region in CITY_CALENDARS  # 'Buenos Aires, Buenos Aires, Argentina': the city
        or header_key(place_parts(place)[0]) in cities_not_regions()
    ):
        return in_region.split("-", 1)[1]
    for part in () if city_first else (place, *reversed(place_parts(place))):
        sub = subdivision(country, part)
        if sub is not None:
            return sub
        written = REGION_CODES.get(part.strip().upper(), "")
        if written.startswith(f"{country}-"):
            return written.split("-", 1)[1]
    subs = [
        code.split("-", 1)[1]
        for code in city_index().get(header_key(place), ())
        if code.startswith(f"{country}-")
    ]
    return (
        subs[0] if len(subs) == 1 and subs[0] in calendar_subdivisions().get(country, ()) else None
    )


def _city_region(text: str) -> str | None:
    """'AU-WA' for 'Perth, WA', 'Perth WA' or 'Perth, Western Australia': the region of the
    table's city of that name that the text's last part names (its code, its name, or a
    spelling of REGION_SPELLINGS); the country alone when its calendars have no regions
    ('Monterrey, NL' -> MX). A city the table lists by its country, before that country's
    name or code, is that country, though the code names a region too ('Tbilisi,
    Georgia', 'Tel Aviv, IL': Israel, not Illinois; 'Jakarta, ID' Indonesia, not Idaho) when
    none of the city's regions has that code. None when the text is no city of the table and
    its region."""
    parts = place_parts(text)
    words = text.split()
    coded = _CODE_AFTER_HYPHEN.match(text.strip())
    if len(parts) >= 2:
        city, written = parts[-2], parts[-1]
    elif coded is not None:  # 'São Paulo-SP', 'Campinas-SP', as Brazilians write a town
        city, written = coded["city"], coded["code"]
    elif len(words) >= 2:
        city, written = " ".join(words[:-1]), words[-1]
    else:
        return None
    # A city whose name is its region's too, before that region: 'Buenos Aires, Buenos Aires'
    # is the city (AR-C), as 'São Paulo, São Paulo' is (``CITIES_NOT_REGIONS``).
    named = region_of_a_city(header_key(city)) or ""
    # A region's homes first: 'Victoria, BC' is British Columbia's whatever other home it has.
    for code in sorted(city_index().get(header_key(city), ()), key=lambda c: "-" not in c):
        if "-" not in code:  # 'Tbilisi, Georgia', 'Tel Aviv, IL': its country's name or code
            # ... or a short form of several places that is its country's too: 'Johannesburg,
            # SA' is South Africa, not Saudi Arabia (outside test ot75 F1).
            if (
                country_of(written) == code
                or code in short_form_places(written)
                # ... or a state or province its calendar lacks: 'Abuja, FCT', 'Hyderabad, Sindh'
                or header_key(written) in _country_region_spellings().get(code, ())
            ):
                return code
            continue
        country, sub = code.split("-", 1)
        spellings = (sub, *REGION_SPELLINGS.get(code, ()))
        around = CITY_CALENDARS.get(code, (code,))[0].partition("-")[2]  # 'São Paulo, SP'
        own = named.partition("-")[2] if named.startswith(f"{country}-") else around
        if (
            subdivision(country, written) in {sub, around, own}
            or header_key(written) in {header_key(s) for s in spellings}
            or REGION_CODES.get(written.strip().upper()) == code  # 'Belfast, NI'
            # ... or a larger region of its country that its calendar lacks: 'Strasbourg,
            # Grand Est' is Alsace's, 'Metz, Grand Est' Moselle's.
            or header_key(written) in _country_region_spellings().get(country, ())
        ):
            return code if sub in calendar_subdivisions().get(country, ()) else country
    return None


# A town and its region's code joined by a hyphen, as Brazilians write it: 'São Paulo-SP' (the
# hyphen looked for after a run of spaces' first only: from each, 0.8 s on 20,000).
_CODE_AFTER_HYPHEN = re.compile(r"^(?P<city>[^,/()-][^,/()]*?)(?<!\s)\s*-\s*(?P<code>[A-Z]{2,3})$")


def _town_in_a_region_apart(text: str) -> str | None:
    """A town before a region its country's calendar lacks, of a country of
    ``REGIONS_AFTER_ANY_TOWN``: the town's subdivision of that calendar ('Bergamo, Lombardia'
    IT-BG, its patron saint's day kept), else the country ('Monza, Lombardia' IT). None for any
    other text (a town of the tables before its region is read by ``_city_region``)."""
    parts = place_parts(text)
    if len(parts) < 2:
        return None
    last = header_key(parts[-1])
    for country in REGIONS_AFTER_ANY_TOWN:
        if last in _country_region_spellings().get(country, ()):
            sub = _place_subdivision(country, ", ".join(parts[:-1]))
            return country if sub is None else f"{country}-{sub}"
    return None


@lru_cache(maxsize=1)
def _country_region_spellings() -> dict[str, frozenset[str]]:
    """COUNTRY_REGION_SPELLINGS by header_key: 'NG' -> {'fct', 'rivers', ...}."""
    return {
        country: frozenset(header_key(s) for s in spellings)
        for country, spellings in COUNTRY_REGION_SPELLINGS.items()
    }


_ISO_ORDER = re.compile(r"^(?P<name>[^,]+),\s*(?P<form>[^,]*\b(?:of|the))\s*$", re.IGNORECASE)


def _iso_order(text: str) -> str:
    """'Republic of Korea' for ISO's 'Korea, Republic of' ('Iran, Islamic Republic of',
    'Bahamas, The'); the text itself when it is in no such order."""
    m = _ISO_ORDER.match(text)
    return f"{m['form']} {m['name']}" if m else text


def _without_postcodes(text: str) -> str:
    """'Toronto, ON' for 'Toronto, ON M5V 3L9', 'Berlin' for '10115 Berlin': the text without
    a postcode at either end of its comma-separated parts (a part that is one is dropped);
    the text itself when it is nothing but a postcode."""
    parts = [_POSTCODE_AFTER.sub("", _POSTCODE_BEFORE.sub("", part)) for part in text.split(",")]
    # The dash that set a postcode apart goes with it: 'Bengaluru - 560001' is 'Bengaluru'.
    parts = [_DANGLING_DASH.sub("", part) for part in parts]
    kept = [part for part in parts if not _POSTCODE_ALONE.match(part)]
    return ",".join(kept).strip() if any(p.strip() for p in kept) else text


def place_parts(text: str) -> list[str]:
    """'Munich, Bavaria' -> ['Munich', 'Bavaria']; hyphens stay ('Baden-Württemberg')."""
    return [part.strip() for part in _PLACE_SEPARATOR.split(text) if part.strip()]


def _country_splits(text: str) -> Iterable[tuple[str, str, bool]]:
    """(left, right, set apart by a separator) readings: 'US-CA', 'US/CA', 'US (CA)',
    'Bayern, Deutschland', 'United States CA', 'Bayern DE'."""
    m = SUBDIVISION_SPLIT.match(text)
    if m:
        yield m["left"], m["right"], True
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        yield " ".join(words[:cut]), " ".join(words[cut:]), False
