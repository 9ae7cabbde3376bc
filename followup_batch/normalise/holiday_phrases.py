"""Stated decisions that name a holiday: "after Easter", "after Eid", "after the bank holiday",
"after Golden Week", "ゴールデンウィーク明け", "설날 이후", "after St Patrick's Day",
"po Wielkanocy", "bayramdan sonra", "μετά το Πάσχα"; and "before Easter", "before Chinese
New Year", "vor Ostern", "avant Noël", "春节前".

"After <holiday>" is read on the row's own calendar: the next time (on or after the interview)
a holiday whose English name says it comes, the decision is the first business day after it,
and after the days off around it (Golden Week, the Spring Festival, Eid: after the last one).
Which day that is needs the row's business days: ``schedule`` rolls the holiday's last day to
it. A holiday the row's calendar does not have ("after Easter" in Saudi Arabia) is a row
problem, never a guess.

"Before <holiday>" promises the decision while the offices are still open: by the last
business day before the holiday's first day off ("before Easter" in England: the Thursday
before Good Friday). ``schedule`` rolls the day before that first day back to it.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import lru_cache
from typing import NamedTuple

import holidays
import numpy as np
from dateutil.easter import easter

from followup_batch.normalise import timeline_words, timelines
from followup_batch.normalise.dates import MONTHS
from followup_batch.normalise.timeline_words import plain
from followup_batch.schedule.business_days import (
    OFFICES_OPEN,
    CountryCalendar,
    build_calendar,
    called,
    holiday_language,
    holiday_parts,
    offices_close,
    split_country,
)

ANY_HOLIDAY = ("",)  # the next holiday, whatever its name
# The next run of at least ``RUN_DAYS`` days off in a row (weekend days and holidays of the
# row's calendar, one holiday at least), on or after the interview: Japan's 連休 ("連休明け":
# after the three-day weekend a Monday holiday makes, Golden Week; Obon, 13-16 August, is on no
# calendar: ``OBON``), Taiwan's 連假, Mexico's, Colombia's and Argentina's "puente", the
# Spanish "fin de semana largo", the English "long weekend" (a lone midweek holiday makes none).
# A weekend's words ("long weekend", "puente") need a weekend day in the run, next to its
# holidays: Thailand's Songkran on Tuesday to Thursday (13-15 April 2027, with no bridge day on
# the ``holidays`` package's calendar) is three days off but no long weekend (ot95 F10), as in
# 2021, when the Monday before it was a bridge holiday, it was one. Japan's 連休 and Taiwan's
# 連假 are days off in a row, a weekend or not (Golden Week's Tuesday to Thursday in 2022 is a
# 3連休): ``DAYS_IN_A_ROW``.
# "The long weekend in May" is the next whose holiday is in May (``_RUN_IN_MONTH``): names
# ``RUN_OF_DAYS_OFF`` and "#05".
RUN_OF_DAYS_OFF = ("#run",)
RUN_DAYS = 3
# The words of a long weekend in Japanese and in Taiwan's Chinese ("連假後", "連假結束後": after
# the long weekend), each read only on its own country's rows (``SAID_IN``): 連休 on a Taiwanese
# row is Japanese, and 連假 no word of Japan's.
JAPANESE_RUN = "連休; 3連休; 三連休; 大型連休"
TAIWANESE_RUN = "連假; 連假結束; 連假過; 連續假期; 连假; 连假结束"
DAYS_IN_A_ROW = f"{JAPANESE_RUN}; {TAIWANESE_RUN}"
# Mainland China's 小长假 ("小长假后", "小长假结束后", "小长假过后": after the short holiday),
# on Chinese rows only: the break of the next of the holidays the State Council makes a
# three-day one (New Year's Day, Qingming, Dragon Boat, Mid-Autumn; May Day's, five days, is
# called so too), after its days off, not the next run of days off as Taiwan's 連假: the
# Spring Festival's and National Day's weeks are 长假, and a year whose make-up working days
# the package does not know yet (2027's) has Dragon Boat and Mid-Autumn on a lone Wednesday.
CHINESE_RUN = "小长假; 小长假结束; 小长假过"
CHINESE_OCTOBER = "十一; 十一节"
SHORT_BREAKS = (
    "new year's day",
    "tomb-sweeping day",
    "labor day",
    "dragon boat festival",
    "mid-autumn festival",
)
# The 长假 (long holidays) a 小长假 is not, by their English names: a short break's day inside
# one is not a 小长假 (Mid-Autumn on Tue 2028-10-03, inside National Day's week). Said where
# the next 小长假 is more than six weeks on (``SEASON_DAYS_AHEAD``: in September after
# Mid-Autumn, New Year's Day; in January, Qingming), the phrase is read literally, as that
# holiday, but the Problems cell says so, and which 长假 comes first (``out_of_reach``): the
# person who wrote it may have meant that week.
LONG_BREAKS = {
    "national day": "National Day's week (国庆)",
    "chinese new year": "the Spring Festival (春节)",
}
# Vietnam's Tết: "Tet" without its letters only on Vietnamese rows (``_holiday_said``): in the
# Philippines Tet is a name (Teresita's), and Tết no holiday of its own.
TET = "tet; tet nguyen dan; tet holiday"
# A country's national day, in the languages decisions are read in: where a country has
# several (Hungary's three), the next one is meant, not the one just passed.
NATIONAL_DAY = (
    "national holiday; national day; nemzeti unnep; a nemzeti unnep; fete nationale;"
    " nationalfeiertag; fiesta nacional; festa nazionale; nationale feestdag;"
    # Polish after "po" ("po święcie narodowym", "po świętach narodowych"), Turkish before
    # "sonra" ("ulusal bayramdan sonra"), Greek after "μετά" ("μετά την εθνική εορτή").
    " swiecie narodowym; narodowym swiecie; swietach narodowych; ulusal bayram;"
    " εθνικη εορτη; εθνικη επετειο; εθνικεσ εορτεσ;"
    # Chinese ("国庆后", "国庆节后", "国庆假期后"): China's National Day week, 1-7 October; on
    # Taiwanese rows Taiwan's 10 October, on Hong Kong's and Macau's their 1 October.
    " 国庆; 国庆节; 国庆日; 國慶; 國慶節; 國慶日"
)
# Eid without saying which: the next one after the interview, even just after the other
# (Eid al-Adha, said a week after Eid al-Fitr), when it is within reach.
NEXT_EID = "eid; eid holidays; bayram; bayrami; bayramlar; bajram; sallah; aid"
# The Lunar New Year's names in the package's calendars.
LUNAR_NEW_YEARS = ("chinese new year", "lunar new year", "korean new year", "spring festival")
_ON_DAY = "@"  # "@05-01": the holiday on 1 May, whatever its name
CHRISTMAS_BREAK = ("@12-24", "@12-25", "@12-26")
# Easter's days off: Maundy Thursday where it is a holiday (Spain), Good Friday, Easter Monday.
EASTER = ("easter", "good friday", "maundy thursday")
# Where Easter is no day off but a weekend everyone knows: the United States (no federal
# holiday; a state's Good Friday, Connecticut's, is on its calendar) and Mexico (Semana
# Santa's Thursday and Friday are no federal holidays). There "after Easter", "after the
# Easter weekend", "después de Semana Santa" are after Easter Sunday (``EASTER_SUNDAY``):
# the decision is the first business day after it, the Monday, and the Why says Easter is
# no holiday there (``unkept_day``). Elsewhere a calendar without Easter ("after Easter"
# in Saudi Arabia, Russia's Orthodox one, a Swiss row without its canton, whose Good Friday
# and Easter Monday differ by canton) is a row problem, as before.
EASTER_SUNDAY_ROWS = ("US", "MX")
EASTER_SUNDAY = "easter sunday"
# Whitsun (Pentecost, Whit Monday: "after Whitsun", "after Whit Monday", "nach Pfingsten",
# "après la Pentecôte", "na Pinksteren"): Whit Monday, a holiday in Germany, France, the
# Netherlands, Belgium, Switzerland, Austria, Denmark, Norway, Hungary, Luxembourg. Britain
# dropped it in 1971 (its late May bank holiday is the last Monday of May, Whit Monday's day
# only some years): there "after Whitsun" is after Whit Monday's date, the Tuesday, and the
# Why says it is no holiday there (``unkept_day``), as "after Easter" in the US is; it is not
# read as the Spring bank holiday, which it may not be. Elsewhere (the US, Ireland) a calendar
# without it is a row problem.
WHITSUN = ("pentecost", "whit monday")  # the Caribbean calendars' "Whit Monday"
WHIT_MONDAY_ROWS = ("GB",)
WHIT_MONDAY = "pentecost monday"  # as the package names it, which ``WHITSUN`` says
WHIT_MONDAY_AFTER_EASTER = dt.timedelta(days=50)


class UnkeptDay(NamedTuple):
    """A day a holiday's names mean where the row's calendar keeps none of its days off: the
    rows that read it (``EASTER_SUNDAY_ROWS``, ``WHIT_MONDAY_ROWS``), its name as the names
    match it and as the Why shows it, what the Why calls the holiday, and its day after
    Easter Sunday."""

    rows: tuple[str, ...]
    name: str
    shown: str
    holiday: str
    offset: dt.timedelta  # after Easter Sunday


UNKEPT_DAYS: dict[tuple[str, ...], UnkeptDay] = {
    EASTER: UnkeptDay(EASTER_SUNDAY_ROWS, EASTER_SUNDAY, "Easter Sunday", "Easter", dt.timedelta()),
    WHITSUN: UnkeptDay(
        WHIT_MONDAY_ROWS, WHIT_MONDAY, "Whit Monday", "Whit Monday", WHIT_MONDAY_AFTER_EASTER
    ),
}


class FixedDay(NamedTuple):
    """A holiday of a fixed day of the year (``FIXED_DAYS``), and how the Why names it."""

    month: int
    day: int
    shown: str


# Holidays of a fixed day of the year by the names the package gives them (as ``names_meant``
# returns them) and trackers write ("NYE"): said where the row's calendar keeps no day of that
# name off ("after Boxing Day" on a row in Canada alone, "before New Year's Eve" on a US row:
# ot134 F2, each was "not a day off on the calendar"), they are that day all the same, a
# working day there, as "after Whitsun" in England is Whit Monday's date: after it is the next
# working day, before it the last one before it. A movable holiday the row's calendar lacks
# ("after Thanksgiving" on an English row: the US's fourth Thursday of November, or Canada's
# second Monday of October?) names no one day, and stays a row problem. Where the calendar
# has the holiday on another day (Christmas on 7 January in Russia), its own day is meant.
FIXED_DAYS: dict[str, FixedDay] = {
    "christmas eve": FixedDay(12, 24, "Christmas Eve"),
    "xmas eve": FixedDay(12, 24, "Christmas Eve"),
    "christmas": FixedDay(12, 25, "Christmas Day"),
    "christmas day": FixedDay(12, 25, "Christmas Day"),
    "boxing day": FixedDay(12, 26, "Boxing Day"),
    "st stephen's day": FixedDay(12, 26, "St Stephen's Day"),
    "new year's eve": FixedDay(12, 31, "New Year's Eve"),
    "new years eve": FixedDay(12, 31, "New Year's Eve"),
    "nye": FixedDay(12, 31, "New Year's Eve"),
    "new year's day": FixedDay(1, 1, "New Year's Day"),
}
# In Britain and Ireland "the Easter holidays" are the schools' (about two weeks around Easter,
# set by each council or school), on no calendar: read as Easter's bank holidays ("after":
# the day after Easter Monday), as a week more would be a guess, and the Why says it is
# approximate (``reading_note``).
SCHOOL_EASTER_ROWS = ("GB", "IE")
SCHOOL_EASTER = "easter holidays; easter hols; easter school holidays"
# "The Fourth" (of July).
THE_FOURTH = "fourth"
# Israel's autumn holidays (חגי תשרי), Rosh Hashanah to Simchat Torah, after which offices
# resume: "אחרי החגים", and in Israeli English "after the chagim" (their Hebrew name), "after
# the High Holidays" (fx244: not read) or "after the holidays" (``AFTER_THE_HOLIDAYS_IN_ISRAEL``).
# Elsewhere the High Holidays are Rosh Hashanah and Yom Kippur alone: the Why says which.
HIGH_HOLIDAYS = "high holidays; high holy days; tishrei holidays"
AUTUMN_HOLIDAYS = f"החגים; חגים; חגי תשרי; chagim; hagim; chaggim; {HIGH_HOLIDAYS}"
# Sukkot is a week, Chol HaMoed between its first day and Simchat Torah (Shemini Atzeret, its
# eighth day in Israel): "after Sukkot" is after that week, on Israel's calendar (fx244: it
# was the day after the first day), and the Why says so (``reading_note``).
SUKKOT = "sukkot; sukkos; sukkoth; succot; succoth; sukot"
SUKKOT_ROWS = ("IL",)
# Scandinavian "jul", "julen" (Christmas) where it is said: Sweden, Norway, Denmark, Finland's
# Swedish speakers, Iceland, the Faroes, Åland, Greenland. Elsewhere "Jul" is July ("before
# Jul", "after Jul 4") and Julen a name (ot107 F5: a US "after Jul" read as Christmas).
NORDIC_ROWS = ("SE", "NO", "DK", "FI", "IS", "FO", "AX", "GL")
# What people write after "after", each the words of the holidays' English names (as the
# ``holidays`` package writes them in US English) it means, on every calendar ("*") or on
# the countries named. Names not listed here are read as written ("after Thanksgiving", "after
# St Patrick's Day") when the row's calendar has a holiday of that name.
NAMED_HOLIDAYS: dict[str, dict[str, tuple[str, ...]]] = {
    # A UK or Irish "bank holiday" is any public holiday: the next one.
    "bank holiday; the bank holiday; public holiday": {"*": ANY_HOLIDAY},
    # A long weekend is a run of days off (``RUN_OF_DAYS_OFF``), not the next holiday: a US
    # 4 July on a Wednesday makes none.
    "long weekend; bank holiday weekend; long bank holiday weekend; 3-day weekend;"
    " three-day weekend; 3 day weekend; three day weekend": {"*": RUN_OF_DAYS_OFF},
    # The UK's and Ireland's bank holidays by their everyday names: the package's May Day,
    # Spring and Late Summer Bank Holiday (Scotland's Summer one, August's first Monday),
    # Ireland's May, June, August and October Bank Holidays.
    "may bank holiday; early may bank holiday; may day bank holiday": {
        "*": ("may day", "may bank holiday")
    },
    "spring bank holiday; late may bank holiday; whitsun bank holiday": {
        "*": ("spring bank holiday",)
    },
    "summer bank holiday; august bank holiday; late summer bank holiday": {
        "*": ("summer bank holiday", "august bank holiday")
    },
    "christmas bank holiday; christmas bank holidays": {
        "*": ("christmas", "boxing day", "st stephen's day")
    },
    # Maundy Thursday where it is a holiday (Spain), Good Friday, then Easter Monday where it
    # is one; in the languages whose deadline words "before" reads ("vor Ostern").
    # Polish, Czech, Slovak, Hungarian, Romanian, Russian, Ukrainian, Greek and Turkish as
    # written after their "after" words, declined ("po Wielkanocy", "po Velikonocích", "după
    # Paști", "после Пасхи", "μετά το Πάσχα", "Paskalya'dan sonra"); Swedish "påsk",
    # Norwegian and Danish "påske", "påsken".
    "easter; easter weekend; easter break; easter holidays; holy week; ostern; paques;"
    " semana santa; pascua; pascoa; pasqua; pasen; pask; orthodox easter; wielkanoc;"
    " wielkanocy; swieta wielkanocne; swietach wielkanocnych; velikonoce; velikonocich;"
    " wielkiejnocy; poniedzialku wielkanocnym; lanym poniedzialku;"
    " velikonocnich svatcich; velka noc; velkej noci; velkonocnych sviatkoch; husvet; paste;"
    " pastele; pasti; pastelui; пасха; пасхи; великдень; великодня; πασχα; paskalya;"
    " easter hols; easter school holidays; paske; pasken": {"*": EASTER},
    # Christmas Day or its observed day; "after Christmas" is read apart, as early January
    # (``timelines``), so these serve "before Christmas".
    # Orthodox Easter where it is the calendar's Easter (and no other).
    "orthodox easter; greek easter; pascha": {
        code: ("easter", "good friday")
        for code in ("GR", "CY", "RO", "BG", "RS", "MK", "ME", "MD", "GE", "UA", "RU", "BY")
    },
    "christmas; xmas; weihnachten; noel; navidad; natal; natale; kerst; kerstmis": {
        "*": ("christmas",)
    },
    # Nordic rows' only (``NORDIC_ROWS``, ``SAID_IN``): elsewhere "Jul" is July.
    "jul; julen": dict.fromkeys(NORDIC_ROWS, ("christmas",)),
    # "The holidays" in December are the Christmas and New Year break: "before the holidays"
    # is before the first of 24-26 December the row's calendar has off (the US's 25th, or the
    # Friday it observes a Saturday's on). In the US, said in November, too: "the holidays"
    # is the same break "after the holidays" names then (early January), not Thanksgiving.
    # "After the holidays" and its kin are early January (``timelines``), before these.
    "holidays; christmas holidays; christmas break; holiday break; feiertagen; fetes; fiestas;"
    " festas; feste; feestdagen": {"*": CHRISTMAS_BREAK},
    # Thanksgiving wherever its name says it ("Thanksgiving Day", the US states' "Day After
    # Thanksgiving"), so "after Thanksgiving break" (or "holiday", "weekend") is after both.
    "thanksgiving": {"*": ("thanksgiving",)},
    # The US's Independence Day by its date ("after the July 4th weekend", "after the Fourth
    # of July": fx198, they were no phrase).
    "july 4; july 4th; 4th of july; fourth of july; 4th july; jul 4; jul 4th; 4th of jul;"
    " 4th jul": {"US": ("@07-04",)},
    # "After the Fourth": on US rows only (``SAID_IN``), and up to six weeks before it
    # (``SEASONAL``): said in January it is more likely the 4th of a month.
    THE_FOURTH: {"US": ("@07-04",)},
    # A country's national day by the package's English name, matched as a name begins
    # (the US's Independence Day, not Juneteenth National Independence Day), the next where
    # it has more than one: Hungary's three (15 March, 20 August, 23 October), Poland's 3 May
    # and 11 November, India's Republic and Independence Days, Kenya's three national days
    # (its constitution's Madaraka, Mashujaa and Jamhuri Days), Morocco's Throne Day, Green
    # March and Independence Day, Tanzania's Union Day and Independence Day. No name is
    # guessed (Brazil's "National Day of Zumbi and Black Awareness" is not its national day, 7
    # September is): a country not listed has one only where its calendar has one holiday
    # named exactly "National Day" or "Independence Day" (``_national_day_named``: Uganda's,
    # Senegal's, Cameroon's), and elsewhere the phrase names no one day (``no_one_day``).
    # Turkey's one "national holiday" (Ulusal Bayram, Law 2429) is Republic Day, 29 October
    # (its 23 April, 19 May and 30 August are general holidays); Greece has two national
    # holidays, 25 March and Ohi Day, 28 October; Scotland's is St Andrew's Day, 30 November
    # (England, Wales and Northern Ireland have none). Denmark's Constitution Day, 5 June, is
    # no public holiday (``uncounted_holiday`` says so). Japan has none: its "national
    # holidays" (国民の祝日) are all its public holidays. Ethiopia's, 28 May, the package
    # does not have.
    NATIONAL_DAY: {
        **dict.fromkeys(
            ("FR", "ES", "BE", "AT", "SE", "IS", "LU", "SG", "AE", "CH", "CN"), ("national day",)
        ),
        **dict.fromkeys(("US", "BR", "FI", "MX", "EE"), ("independence day",)),
        "HU": ("@03-15", "@08-20", "@10-23"),
        "PL": ("national day of the third of may", "national independence day"),
        "DE": ("german unity day",),
        "IT": ("republic day",),
        "AU": ("australia day",),
        "CA": ("canada day",),
        "CA-QC": ("st john the baptist day",),  # Quebec's Fête nationale, 24 June
        "NL": ("king's day",),
        "MO": ("national day of the people's republic of china",),
        "PT": ("day of portugal",),  # "Day of Portugal, Camões, and the Portuguese Communities"
        "NO": ("constitution day",),
        "IE": ("st patrick's day",),
        "IN": ("republic day", "independence day"),
        "KR": ("liberation day", "national foundation day"),
        "KE": ("madaraka day", "mashujaa day", "jamhuri day"),
        "NG": ("national day",),  # 1 October, Independence Day
        "GH": ("independence day",),  # 6 March
        "MA": ("throne day", "green march", "independence day"),  # 30 July, 6 and 18 November
        "ZA": ("freedom day",),  # 27 April
        "EG": ("july 23 revolution day",),
        "TZ": ("union celebrations", "independence and republic day"),  # 26 April, 9 December
        "CZ": ("independent czechoslovak state day",),
        "SK": ("day of the establishment of the slovak republic", "slovak national uprising"),
        "TR": ("republic day",),
        "GR": ("independence day", "ohi day"),
        "DK": ("constitution day",),
        "GB-SCT": ("st andrew's day",),
        "LT": (
            "day of restoration of the state of lithuania",
            "day of restoration of independence of lithuania",
            "statehood day",
        ),
    },
    # Good Friday alone, where it is a day off (Hong Kong, Connecticut): said where it is
    # not, the Problems cell says the calendar does not have it, as for "after Easter".
    "good friday": {"*": ("good friday",)},
    # Whitsun by its names (``WHITSUN``): Pentecost Sunday where it is a holiday, then Whit
    # Monday, one holiday. "Pfingstmontag", "lundi de Pentecôte" are read whole as the
    # calendars' own names.
    "pentecost; pentecost monday; whit monday; whitsun; whitsunday; whit sunday; whitsuntide;"
    " whit weekend; pfingsten; pentecote; pinksteren; pinkster; pentecostes; pentecoste;"
    " punkosd": {"*": WHITSUN},
    # Whitsun's school holidays (Britain's late May half term) are no public holiday: no
    # day named, a row problem, not Whit Monday.
    "whitsun holidays; whitsun holiday; whitsun break; whitsun half term; whitsun half-term;"
    " whit week; whit holidays": {"*": ()},
    # The sovereign's birthday holiday by either name, whichever the calendar has that year:
    # Australia's, New Zealand's "King's Birthday" since 2023, "Queen's Birthday" before.
    "king's birthday; queen's birthday; kings birthday; queens birthday; king's bday;"
    " queen's bday": {"*": ("king's birthday", "queen's birthday")},
    # The names US trackers use for the package's ones.
    "mlk; mlk day; mlk jr day; mlk jr. day; martin luther king day; martin luther king jr day;"
    " martin luther king jr. day": {"US": ("martin luther king",)},
    "presidents day; president's day; presidents' day; presidents’ day; president’s day": {
        "US": ("washington's birthday", "presidents")
    },
    "paddy's day; st paddy's day; st. paddy's day; patrick's day; paddy’s day; st patrick's day": {
        "*": ("st patrick's day",)
    },
    # Epiphany as Spain says it ("después de Reyes") and Poland ("po Trzech Królach"),
    # Portugal's Freedom Day by its date.
    "reyes; los reyes; dia de reyes; reyes magos; epifania; epiphanie; epifania del senor;"
    " trzech krolach; trzech kroli; swiecie trzech kroli": {"*": ("epiphany",)},
    # Poland's holidays as Polish declines them after "po": All Saints' Day ("po Wszystkich
    # Świętych"), Independence Day ("po Święcie Niepodległości", "po 11 listopada"), the
    # Constitution's 3 May ("po Święcie Konstytucji", "po 3 Maja").
    "wszystkich swietych; dniu wszystkich swietych": {"*": ("all saints' day",)},
    "swiecie niepodleglosci; narodowym swiecie niepodleglosci; dniu niepodleglosci; 11 listopada": {
        "PL": ("national independence day",)
    },
    "swiecie konstytucji; swiecie konstytucji 3 maja; swiecie 3 maja; 3 maja; trzecim maja": {
        "PL": ("national day of the third of may",)
    },
    # Quebec's Fête nationale, 24 June, as Quebecers call it ("après la Saint-Jean", "après
    # la Saint-Jean-Baptiste"; "après la Fête nationale" is its national day): the package's
    # Saint John the Baptist Day, and Catalonia's Sant Joan, not Romania's Saint John the
    # Baptist of 7 January.
    "saint-jean; saint-jean-baptiste; fete de la saint-jean; fete de la saint-jean-baptiste;"
    " st-jean; st-jean-baptiste; fete nationale du quebec; st john the baptist day": {
        "*": ("st john the baptist day",),
        "ES-CT": ("st john the baptist",),
    },
    "25 de abril; 25 abril": {"PT": ("freedom day",)},
    # Argentina's "Lunes de Carnaval" and "Martes", Brazil's Carnaval: both days.
    "carnaval; carnevale; karneval": {"*": ("carnival",)},
    # Turkey's bayrams (a dotless "ı" is read as "i"): "after Bayram", "bayramdan sonra" is the
    # next Eid, as "after Eid" is; so is Nigeria's and Ghana's "Sallah", and the French "Aïd"
    # ("après l'Aïd"). Each Eid's other spellings ("Eid-ul-Adha", "Id el Kabir", "Aïd
    # el-Kébir", "Idd-ul-Fitr") are one name (``_EID``), as written and in the packages' names.
    # Said just after one Eid, these name the other, as a national day does (``NEXT_EID``).
    NEXT_EID: {"*": ("eid",)},
    # Ramadan ends with Eid al-Fitr's days off: after those. Its West African names: Korité,
    # the Gambia's Koriteh, Nigeria's "small Sallah".
    "ramadan; ramadhan; eid al-fitr; ramazan; ramazan bayrami; ramazan bayram; seker bayrami;"
    " seker bayram; korite; koriteh; small sallah; karamar sallah": {"*": ("eid al-fitr",)},
    # West Africa's Tabaski, Nigeria's "big Sallah", the Yoruba "Ileya".
    "eid al-adha; bakrid; kurban; kurban bayrami; kurban bayram; kurban bajram; tabaski;"
    " big sallah; babbar sallah; ileya; ileya festival; ileya sallah": {"*": ("eid al-adha",)},
    # 1 May, whatever the row's calendar calls it in English: Poland's "National Day",
    # Turkey's "Labor and Solidarity Day", Lithuania's "International Workers' Day", Russia's
    # "Holiday of Spring and Labor" ("@" marks a day of the year). "Labour Day" is also the
    # holiday of that name (the US's in September, Victoria's in March); "May Day" England's
    # first Monday of May. In Britain and Ireland "Labour Day" and "May Day" are that Monday's
    # bank holiday, the package's "May Day" and Ireland's "May Bank Holiday": in a year whose
    # 1 May is a Saturday (2027) that is Mon 3 May, not Mon 1 May of the next year (the "1
    # May" the phrase read alone), and in other years not a day the calendar lacks.
    "labor day": {
        "*": ("labor day", "@05-01"),
        **dict.fromkeys(("GB", "IE"), ("may day", "may bank holiday")),
    },
    # German "Tag der Arbeit" (Germany's calendar says "Erster Mai"), Brazil's "Dia do
    # Trabalho" (its calendar says "Dia do Trabalhador").
    "may day; 1 may; 1st may; may 1; may 1st; first of may; workers' day; international"
    " workers' day; 1 maja; 1 maj; 1 mai; 1 mayis; 1 мая; 1 травня; πρωτομαγια;"
    " tag der arbeit; dia do trabalho": {
        "*": ("may day", "@05-01"),
        "IE": ("may bank holiday", "@05-01"),
    },
    # Russia's May holidays: 1 May to Victory Day ("после майских").
    "маиских; маиских праздников; маиские праздники": {
        "RU": ("holiday of spring and labor", "victory day")
    },
    # Poland's majówka: 1 May to 3 May, the National Day of the Third of May ("po majówce",
    # "po długim weekendzie majowym").
    "majowka; majowce; majowki; dlugim weekendzie majowym; weekendzie majowym;"
    " majowym weekendzie": {"PL": ("@05-01", "national day of the third of may")},
    # Greece's and Cyprus's Green Monday, as it is also called in English ("Kathara Deftera").
    "clean monday; kathara deftera; καθαρα δευτερα": {"*": ("green monday",)},
    # Midsummer where the package names it otherwise: Lithuania's Joninės.
    "midsummer; midsummer day; jonines; joniniu; joninems": {
        "*": ("midsummer",),
        "LT": ("day of dew and st john",),
    },
    "corpus christi; boze cialo; bozym ciele; bozego ciala": {"*": ("corpus christi",)},
    # Korea's 설 연휴, Taiwan's 過年 ("past the year"), Vietnam's Tết ("after Tet", "sau Tết").
    "chinese new year; cny; lunar new year; spring festival; seollal; 설날; 설; 설 연휴; 설날 연휴;"
    " 春节; 春節; 旧正月; 過年; 过年; imlek; tahun baru imlek": {"*": LUNAR_NEW_YEARS},
    TET: {"*": LUNAR_NEW_YEARS},
    # Qingming, the Tomb-Sweeping Day of China and Taiwan, Hong Kong's Ching Ming Festival.
    "qingming; qingming festival; ching ming; ching ming festival; tomb-sweeping day;"
    " tomb sweeping day; 清明; 清明节; 清明節": {
        "*": ("tomb-sweeping day", "ching ming festival", "qingming festival")
    },
    # China's 五一, 1 May and the days off after it ("五一后"); with the words of a break after
    # it ("五一小长假后", "清明假期后", "国庆长假后": ``_CHINESE_BREAK_WORDS``), the same.
    "五一; 五一假期; 五一长假; 五一節; 劳动节; 勞動節": {"*": ("@05-01",), "CN": ("labor day",)},
    # China's National Day week as "十一" (1 October; "十一后", "十一长假后"), on Chinese rows
    # only (``SAID_IN``): elsewhere it is eleven, and Taiwan's National Day is 双十 (10 October).
    CHINESE_OCTOBER: {"CN": ("national day",)},
    # The rest of China's 小长假 by name ("元旦后", "端午小长假后", "中秋后"): 1 January (Taiwan's
    # Founding Day), the Dragon Boat Festival (Hong Kong's Tuen Ng), Mid-Autumn (the day after
    # it in Hong Kong and Macau).
    "元旦; 元旦节; 元旦節": {"*": ("new year's day", "@01-01")},
    "端午; 端午节; 端午節": {"*": ("dragon boat festival",)},
    "中秋; 中秋节; 中秋節": {"*": ("mid-autumn festival",)},
    # Hari Raya alone is Hari Raya Puasa (Aidilfitri) in Malaysia, Singapore and Brunei, as
    # Lebaran and Idul Fitri are in Indonesia; Hari Raya Haji is always said in full.
    "hari raya; hari raya puasa; hari raya aidilfitri; hari raya idul fitri; aidilfitri;"
    " lebaran; idul fitri; idulfitri; raya; raya puasa": {"*": ("eid al-fitr",)},
    "hari raya haji; hari raya aidiladha; hari raya idul adha; aidiladha; idul adha; iduladha;"
    " idul kurban; idul qurban; lebaran haji; lebaran kurban; hari raya korban;"
    " hari raya qurban; raya haji; raya korban": {"*": ("eid al-adha",)},
    # Thailand's Songkran, in Thai after "หลัง" (after).
    "songkran; สงกรานต์": {"*": ("songkran",)},
    # India's Holi: listed, so that a row whose calendar has no Holi off says so.
    "holi": {"*": ("holi",)},
    # "連休明け": the next run of days off (``RUN_OF_DAYS_OFF``). Mexico's "puente" is a long
    # weekend its Monday holidays make (the Ley Federal del Trabajo's), Colombia's "puente
    # festivo" its Monday holidays (Ley Emiliani): the same run. Spain's "puente" is often a
    # day taken off between a holiday and the weekend, no calendar's: not read there.
    JAPANESE_RUN: {"JP": RUN_OF_DAYS_OFF},
    TAIWANESE_RUN: {"TW": RUN_OF_DAYS_OFF},
    CHINESE_RUN: {"CN": SHORT_BREAKS},
    # Argentina's "puente" is the long weekend its bridge holidays (días no laborables con
    # fines turísticos) make. "Fin de semana largo" is a long weekend wherever Spanish is
    # spoken: the same run, not the next holiday of any kind (a lone Tuesday or Saturday
    # one makes none; ot90 F2).
    "puente; puente festivo": {code: RUN_OF_DAYS_OFF for code in ("MX", "CO", "AR")},
    "fin de semana largo; fin de semana festivo": {"*": RUN_OF_DAYS_OFF},
    # Japan's New Year closure in Japanese: "正月明け", "年末年始明け", "年明け"
    # (``NEW_YEAR_CLOSURE``).
    "正月; お正月; 正月休み; 年末年始; 年末年始休暇; 年始; 年明け": {"JP": ("new year holiday",)},
    # Japan's from Showa Day to Children's Day; China's May and October holiday weeks.
    "golden week; gw; ゴールデンウィーク": {
        "JP": ("showa day", "constitution day", "greenery day", "children's day"),
        "CN": ("labor day", "national day"),
    },
    "diwali; deepavali; deepawali": {"*": ("diwali", "deepavali")},
    "passover; pesach": {"*": ("pesach", "passover")},
    SUKKOT: {"*": ("sukkot",), **dict.fromkeys(SUKKOT_ROWS, ("sukkot", "simchat torah"))},
    # Hebrew "אחרי החגים" (after the holidays): in Israel the autumn ones, Rosh Hashanah to
    # Simchat Torah, after which offices resume; said up to three months before it
    # (``SEASONAL``), from late July, else a row problem (before Pesach it is the spring's).
    AUTUMN_HOLIDAYS: {"IL": ("simchat torah",)},
}
# The spellings of Eid al-Adha ("Eid-ul-Adha", "Eid ul Adha", "Id el Kabir", "Aïd el-Kébir",
# "Eid el-Kebir") and of Eid al-Fitr ("Eid-ul-Fitr", "Idd-ul-Fitr", "Id el Fitr", "Eid
# el-Fitri"), each as one name: the calendars' own (Ghana's "Eid-ul-Adha", Nigeria's "Id el
# Kabir") and what trackers write.
_EID = re.compile(
    r"\b(?:eid|eed|id|idd|aid)(?:[ -](?:al|ul|el|il|e)[ -]?|[ -])(?:(?P<adha>adha|azha|kabir"
    r"|kebir|kabeer)|fitr|fitri|fitar)\b"
)
_NAME_FOLDS = (
    (_EID, lambda m: "eid al-adha" if m["adha"] else "eid al-fitr"),
    (re.compile(r" \((?:estimated|observed)\)"), ""),
    (re.compile(r"\blabour\b"), "labor"),
    (re.compile(r"\bsaint\b"), "st"),
    (re.compile(r"’"), "'"),
    (re.compile(r"\bst\. "), "st "),
    (re.compile("ı"), "i"),  # Turkish "Bayramı", as often written "Bayrami"
    (re.compile("ł"), "l"),  # Polish "Bożego Ciała", "Niepodległości", as often written
)


def _folded(text: str) -> str:
    for pattern, words in _NAME_FOLDS:
        text = pattern.sub(words, text)
    return " ".join(text.split())


_NAMED: dict[str, dict[str, tuple[str, ...]]] = {
    _folded(plain(phrase)): names
    for phrases, names in NAMED_HOLIDAYS.items()
    for phrase in phrases.split(";")
}
_NEXT_ONE_MEANT = frozenset(_folded(plain(phrase)) for phrase in NATIONAL_DAY.split(";"))
_NEXT_EID = frozenset(_folded(plain(phrase)) for phrase in NEXT_EID.split(";"))
_TET = frozenset(_folded(plain(phrase)) for phrase in TET.split(";"))
_SHORT_BREAK = frozenset(_folded(plain(phrase)) for phrase in CHINESE_RUN.split(";"))
_IN_A_ROW = frozenset(_folded(plain(phrase)) for phrase in DAYS_IN_A_ROW.split(";"))
# "The long weekend in May", "the bank holiday weekend in August", "the May long weekend"
# (Canada's Victoria Day's): the next run of days off with a holiday in that month.
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_RUN_IN_MONTH = re.compile(
    rf"(?:long weekend|(?:long )?bank holiday weekend) (?:in|of) (?P<a>{_MONTH})"
    rf"|(?P<b>{_MONTH}) long weekend"
)
# Holidays of one name a few days apart are one holiday: Golden Week's, Pesach's first and
# seventh days.
SAME_HOLIDAY_DAYS = 7
# A holiday is read up to six months on, as a month part's month is ("early January"): next
# year's Veterans Day, said a week after this year's, is no decision day anyone gave.
DAYS_AHEAD = 183
# One of that name that ended this close before the interview is the one they meant (a
# phrase typed before the interview, or a later round's cell): a row problem, not the same
# holiday a year on ("after Easter" said the day after Easter Monday), nor, for "after Eid
# al-Fitr", Eid al-Adha.
PASSED_DAYS = 31
# "Before the holidays" more than six weeks before Christmas (in October, early November) is
# no break anyone meant: a row problem, as a holiday past ``DAYS_AHEAD`` is.
SEASON_DAYS_AHEAD = 42
AUTUMN_HOLIDAYS_DAYS_AHEAD = 92  # from late July; Simchat Torah falls late September to October
# Holidays read only this close ahead, as the Christmas break is (``out_of_reach``): "after
# the Fourth" said in January is likelier the 4th of a month; Israel's "אחרי החגים" said
# before Pesach is the spring's holidays, not the autumn's.
SEASONAL: dict[str, tuple[int, str]] = {
    THE_FOURTH: (SEASON_DAYS_AHEAD, "six weeks"),
    **{
        _folded(plain(w)): (AUTUMN_HOLIDAYS_DAYS_AHEAD, "three months")
        for w in AUTUMN_HOLIDAYS.split(";")
    },
}
# "After Easter", "shortly after the Eid holidays", "post-Diwali"; "ゴールデンウィーク明け",
# "春节后", "설날 이후".
# In the languages decisions are read in: "nach Ostern", "après Pâques", "dopo Pasqua", "na
# Pasen", "después de Semana Santa", "depois do Carnaval".
# And in Polish, Czech, Slovak ("po Wielkanocy", "po Velikonocích"), Romanian ("după Paști"),
# Russian, Ukrainian ("после Пасхи", "після Великодня") and Greek ("μετά το Πάσχα"); in
# Portuguese also "após o Carnaval", "pós-Carnaval"; Indonesian and Malay "setelah Lebaran",
# "selepas Hari Raya"; Vietnamese "sau Tết"; Norwegian, Danish and Swedish "etter påske",
# "efter påsk" (fx244).
_AFTER = re.compile(
    r"(?:(?:by|until|sometime|some time|shortly|just|right|soon|probably|kurz|juste|subito"
    r"|justo|logo|zaraz|hned|imediat|сразу|одразу) )?(?:after|post|nach|apres|dopo|despues de"
    r"|etter|efter"
    r"|despues del|depois de|depois do|depois da|depois dos|depois das|apos o|apos a|apos os"
    r"|apos as|apos|pos(?=-)|na|po|dupa|после|після|μετα|setelah|sesudah|selepas|lepas)[ -]"
    r"(?:the |den |dem |der |la |las |los |el |le |les|l'|il |lo |i |de |το |την |τη"
    r" |τα |τισ |τον |τουσ )?(?P<x>.+)"
)
# Hungarian and Turkish put "after" last: "húsvét után", "bayramdan sonra", "Kurban
# Bayramı'ndan sonra" (the holiday's "from" ending left off), "bayram sonrası".
_AFTER_LAST = re.compile(r"(?P<x>.+?)(?: utan|'?n?(?:dan|den|tan|ten) sonra| sonrası| sonrasi)")
# A holiday named in the row's country's own language ("Carnaval", "San José", "Tiradentes")
# is matched whole: "depois de sexta" is not "Sexta-feira Santa", nor "après lundi" "Lundi de
# Pâques". The mark sets such names apart in ``_holidays``' tables.
_WHOLE = "="
_AFTER_CJK_WORDS = ("明け", "の後", "後", "以降", "之后", "之後", "以后", "以後", "后")
_AFTER_KOREAN_WORDS = ("이후", "후", "지나고", "끝나고")
_AFTER_CJK = re.compile(
    rf"(?P<x>.+?) ?(?:{'|'.join(plain(w) for w in (*_AFTER_CJK_WORDS, *_AFTER_KOREAN_WORDS))})"
)
# Thai puts "after" first, without a space: "หลังสงกรานต์"; "หลังจาก" is "after" too. Only
# before Thai words: "หลัง Songkran" is no sentence anyone writes.
_AFTER_THAI = re.compile(r"(?:หลังจาก|หลัง) ?(?P<x>[\u0e00-\u0e7f].*)")
# Hebrew "אחרי" ("אחרי החגים"; the article is written on: "ה").
_AFTER_HEBREW = re.compile(r"(?:(?:מיד|קצת|רק) )?אחרי (?P<x>[\u0590-\u05ff].*)")
# Vietnamese "sau" ("sau Tết"): in Romanian it is "or" ("vineri sau Paște": Friday or Easter),
# so it is read as "after" only on Vietnamese rows (``VIETNAMESE_ROWS``), or where the cell is
# written in Vietnamese, with its letters ("sau Tết", "sau Quốc khánh"; ot90 F3).
# "Sau Tết nhé": a particle ("nhé", "nha") after it asks nothing more.
_AFTER_VIETNAMESE = re.compile(r"sau (?P<x>.+?)(?: (?:nhe|nha|nhen|a))?")
VIETNAMESE_ROWS = ("VN",)
# Letters only Vietnamese writes among the languages read: đ, ơ, ư and the vowels with a tone
# mark (Unicode's Latin Extended Additional, ạ to ỹ). Romanian's ă, â, î, ș, ț are not.
_VIETNAMESE_LETTERS = re.compile("[đơư\u1ea0-\u1ef9]")
# Where the holiday words are said at all (a row of another country that writes them is not
# read, not told its calendar lacks a holiday): Spanish "puente" (in the US "after Puente" is
# after meeting Ms Puente; ot90 F6).
SPANISH_ROWS = (
    "ES", "MX", "CO", "AR", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV",
    "NI", "CR", "PA", "UY", "PR", "GQ",
)  # fmt: skip
# Malay "raya" alone ("lepas raya") is Hari Raya; elsewhere Raya is a name (ot90 F7).
HARI_RAYA_ROWS = ("MY", "SG", "BN", "ID")
SAID_IN: dict[str, tuple[str, ...]] = {
    THE_FOURTH: ("US",),
    "jul": NORDIC_ROWS,
    "julen": NORDIC_ROWS,
    "puente": SPANISH_ROWS,
    "puente festivo": SPANISH_ROWS,
    "raya": HARI_RAYA_ROWS,
    **{_folded(plain(words)): ("JP",) for words in JAPANESE_RUN.split(";")},
    **{_folded(plain(words)): ("TW",) for words in TAIWANESE_RUN.split(";")},
    **{_folded(plain(words)): ("CN",) for words in CHINESE_RUN.split(";")},
    **{_folded(plain(words)): ("CN",) for words in CHINESE_OCTOBER.split(";")},
}
# "Before Easter", "just before the bank holiday", "ahead of Eid", "pre-Christmas", "vor
# Ostern", "avant Noël", "antes de Navidad", "prima di Natale", "voor de kerst", "före jul",
# "vor den Feiertagen", "antes de las fiestas", "antes das festas", "prima delle feste";
# Norwegian and Danish "før jul", "før påske", and "by" ("innen jul", "inden jul", "innan jul":
# before it too; fx244); "春节前", "ゴールデンウィーク前", "설날 전".
_BEFORE = re.compile(
    r"(?:(?:by|sometime|some time|shortly|just|right|well|probably|decision) )?"
    r"(?:before|ahead of|prior to|pre|vor|avant|antes de|antes do|antes da|antes dos|antes das"
    r"|prima di|prima del|prima della|prima dei|prima delle|voor|fore|før|innen|inden|innan)[ -]"
    r"(?:the |den |dem |la |las |los |le |les |el |o |a |il |de )?"
    r"(?P<x>.+)"
)
_BEFORE_CJK_WORDS = ("之前", "以前", "前", "이전", "전")
_BEFORE_CJK = re.compile(rf"(?P<x>.+?) ?(?:{'|'.join(plain(w) for w in _BEFORE_CJK_WORDS)})")
# "年" (year) alone before "後", "以降", "前" is "N years later/ago" with the number left out
# (report ot86 F6): only "年明け" of it names the New Year, as "正月明け", "年始以降" do.
_YEAR_ALONE = "年"
_AFTER_YEAR = "年明け"
# Portuguese "Natal" is Christmas with its article ("depois do Natal", "após o Natal",
# "antes do Natal") or after "pós-", "pré-" ("pré-Natal", with its capital:
# ``timeline_words.postnatal``). After other words it may be Natal, the city in Brazil's Rio
# Grande do Norte, or South Africa's KwaZulu-Natal ("after Natal", "depois de Natal", "após
# Natal"), and "post-natal" is English: not read.
NATAL = "natal"
_NATAL_BEFORE = re.compile(r"(?:.* )?(?:depois do|antes do|apos o|pos|pre)[ -]")
_HOLIDAY_WORDS = re.compile(r" (?:holidays?|break|period|(?:long )?weekend|celebrations?)$")
# The words of a break after a Chinese holiday's name: "五一小长假", "清明假期", "国庆长假",
# "国庆黄金周", "春节假期结束", "五一过" ("五一过后": once May Day is past); read as the name
# alone where it is one of ``NAMED_HOLIDAYS`` ("五一小长假后" is "五一后").
_CHINESE_BREAK_WORDS = re.compile(
    r"(?<=.)(?:(?:小长假|小長假|长假|長假|假期|黄金周|黃金週)(?:结束|結束|过|過)?|结束|結束|过|過)$"
)


class NamedHoliday(NamedTuple):
    """A holiday a stated decision names, and whether it comes before it ("before Easter")
    rather than after it."""

    words: str  # as ``holiday_day`` takes them
    before: bool = False
    # "After the holidays" and its kin, read as early January (``timelines``), but as the
    # end of the row's New Year closure where its offices close for days (``NEW_YEAR_CLOSURE``).
    new_year: bool = False
    # The countries on whose rows it is read, () for all: Vietnamese "sau" without
    # Vietnamese letters only on Vietnamese rows (``read_on``).
    only_in: tuple[str, ...] = ()


def read_on(holiday: NamedHoliday, country: str) -> bool:
    """Whether ``holiday`` is read on a row of ``country``: "sau Paște" on a Romanian row is
    "or Easter", "after Puente" on a US row a person's name; such a cell is no phrase."""
    code = country.split("-")[0]
    listed = _listed_as(holiday.words) or holiday.words
    said_in = SAID_IN.get(holiday.words, SAID_IN.get(listed, ()))
    return (not holiday.only_in or code in holiday.only_in) and (not said_in or code in said_in)


# Where most offices close for days over the new year, the holiday of that closure on the
# row's calendar, as ``holiday_days`` takes its words: Japan's 年末年始, Dec 31 to Jan 3
# (``business_days.OFFICES_CLOSE``, "New Year holiday"). There "after the holidays", "after
# New Year", "after the New Year holidays" and "after the New Year holiday" are one day, the
# first business day after it (Tue 2028-01-04), not early January, the 10th, as elsewhere.
NEW_YEAR_CLOSURE: dict[str, str] = {"JP": "new year holiday"}
AFTER_NEW_YEAR = NamedHoliday("", new_year=True)
# English "after the holidays" said outside November and December (when it is early January,
# ``timelines``): in Israel the autumn holidays, as "אחרי החגים" is read there (up to three
# months before Simchat Torah, else a row problem); elsewhere no holidays the tool knows, a
# row problem as before (``row_dates.AFTER_HOLIDAYS_OUT_OF_SEASON``).
AUTUMN_HOLIDAYS_ROWS = ("IL",)
AFTER_THE_HOLIDAYS_IN_ISRAEL = NamedHoliday(
    _folded(plain(AUTUMN_HOLIDAYS.split(";")[0])), only_in=AUTUMN_HOLIDAYS_ROWS
)
_THE_HOLIDAYS = re.compile(r"after (?:the )?holidays")


def after_the_holidays(value: object) -> bool:
    """Whether ``value`` says "after the holidays" (after a label or lead-in words too:
    "HR: after the holidays", "they'll get back after the holidays"), not naming which
    ("after the Christmas holidays", "after New Year" are early January everywhere)."""
    if not isinstance(value, str):
        return False
    text = plain(value).strip(" .,;:!?")
    text = timeline_words.without_label(text) or text
    return any(_THE_HOLIDAYS.fullmatch(said) for said in (text, *timelines.after_lead_words(text)))


# "After the New Year holiday", "after New Year", said in November or December, where the row's
# calendar keeps a Lunar New Year as well as 1 January (Vietnam's Tết, Korea's Seollal,
# China's Spring Festival, Singapore's Chinese New Year): which new year? Not read (report ot86
# F5: it was the 10th of January). "New Year's", "New Year's Day", "New Years" are 1 January's.
_NEW_YEAR_UNNAMED = re.compile(r"(?:.* )?after (?:the )?new year(?: holidays?| break)?")
LUNAR_NEW_YEAR = "lunar new year"


def lunar_new_year_too(country: str, value: object, interview: dt.date) -> dt.date | None:
    """The first day of the Lunar New Year holiday after ``interview`` on the calendar of
    ``country`` when ``value`` says "after the New Year holiday" or "after New Year" without
    naming which (``_NEW_YEAR_UNNAMED``), else None."""
    if not isinstance(value, str):
        return None
    text = plain(value).strip(" .,;:!?")
    if not _NEW_YEAR_UNNAMED.fullmatch(text):
        return None
    span = holiday_days(country, _folded(LUNAR_NEW_YEAR), interview)
    return span[0] if span is not None else None


def new_year_closure(country: str) -> str | None:
    """The words of ``country``'s New Year closure (``NEW_YEAR_CLOSURE``), else None."""
    return NEW_YEAR_CLOSURE.get(_package_key(country)[0])


def named_holiday(value: object) -> NamedHoliday | None:
    """The holiday a stated decision says it comes after ("after Easter" -> "easter",
    "ゴールデンウィーク明け" -> its ``plain`` form) or before ("before Easter", "vor Ostern"),
    else None."""
    if not isinstance(value, str) or timeline_words.postnatal(value):  # "pré-natal": prenatal
        return None
    text = plain(value).strip(" .,;:!?").replace("’", "'")
    # After a label ("Recruiter: sau Tết", "人事：連休明け"), what follows it.
    text = timeline_words.without_label(text) or text
    vietnamese = _VIETNAMESE_LETTERS.search(value.casefold()) is not None
    # After the lead-ins other phrases are read after: "feedback after Easter", "they'll get
    # back after Eid", "we will hear after the Eid break".
    for said in (text, *timelines.after_lead_words(text)):
        found = _holiday_said(said, vietnamese=vietnamese)
        if found is not None:
            return found
    return None


def _holiday_said(text: str, *, vietnamese: bool = False) -> NamedHoliday | None:
    """``named_holiday`` of ``text`` (``plain``) as a whole: no lead-in. ``vietnamese``: the
    cell has Vietnamese letters, so its "sau" is read on every row."""
    after = (_AFTER, _AFTER_LAST, _AFTER_CJK, _AFTER_THAI, _AFTER_HEBREW, _AFTER_VIETNAMESE)
    for patterns, before in ((after, False), ((_BEFORE, _BEFORE_CJK), True)):
        for pattern in patterns:
            m = pattern.fullmatch(text)
            words = _folded(m["x"]) if m is not None else ""
            if words == _YEAR_ALONE:  # "年明け" is the New Year; "年後", "年前" a number's years
                words = _folded(_AFTER_YEAR) if text == plain(_AFTER_YEAR) else ""
            if words and _listed_as(words) == NATAL and m is not None:
                words = words if _NATAL_BEFORE.fullmatch(text[: m.start("x")]) else ""
            if words:
                # "Sau" and "Tet" without Vietnamese letters only on Vietnamese rows.
                local = pattern is _AFTER_VIETNAMESE or _listed_as(words) in _TET
                only_in = VIETNAMESE_ROWS if local and not vietnamese else ()
                return NamedHoliday(words, before, only_in=only_in)
    return None


@lru_cache(maxsize=4096)  # a tracker's rows share a few countries, holidays and days
def holiday_days(
    country: str, words: str, interview: dt.date, *, unkept: bool = True
) -> tuple[dt.date, dt.date] | None:
    """The first and the last day of the next holiday on or after ``interview`` that ``words``
    name on the calendar of ``country`` ('GB-ENG'), else None. ``words``: ``named_holiday``'s.
    Without ``unkept``, not a day its calendar keeps no day off for (``_unkept_days``: Whit
    Monday in Britain)."""
    names = names_meant(country, words)
    month = _run_month(names)
    if month is not None:
        run = _next_run(country, interview, month=month, weekend=_weekend_needed(words))
        if run is not None and country in RUN_BY_REGION and _works_last_day(country, run):
            # The row's calendar works its regions' last day off (Canada's lacks Thanksgiving
            # Day, which most provinces keep): the day after the run stands for it, so that
            # the decision is the first business day after the run. Australia's has the days
            # every state keeps (``business_days.EVERY_REGION``): its run ends as the states'.
            return run[0], run[1] + dt.timedelta(days=1)
        return run
    unkept_days = _unkept_days(country, names, interview) if unkept else {}
    table = {**_holidays(country, interview.year), **unkept_days}
    days = _days_named(table, words, names, interview)
    if names == SHORT_BREAKS:  # not Mid-Autumn inside National Day's week
        days = [day for day in days if not _long_break(table[day])]
    if not days:
        return None
    last = days[0]
    if names != ANY_HOLIDAY:  # Golden Week's, Pesach's days a few days apart are one holiday
        for day in days[1:]:
            if (day - last).days > SAME_HOLIDAY_DAYS:
                break
            last = day
    if _WEEKEND_SAID.search(words) and last.weekday() in _BEFORE_SUNDAY:
        # A holiday's weekend ends on the Sunday after it: "after the Thanksgiving weekend"
        # (Thursday) is after Sunday, as "after the long weekend" is (ot97 F8: it was read as
        # the Friday); one ending on a Monday (Easter's, Labor Day's) is that Monday.
        last += dt.timedelta(days=SUNDAY - last.weekday())
    if (
        last in unkept_days
        and last not in _holidays(country, interview.year)
        and last.weekday() < SATURDAY
    ):
        # Britain's Whit Monday, a working day: after it is the Tuesday, as after a day off.
        last += dt.timedelta(days=1)
    return days[0], last


def _unkept_days(
    country: str, names: tuple[str, ...], interview: dt.date
) -> dict[dt.date, tuple[str, ...]]:
    """Easter Sunday (or Whit Monday) of ``interview``'s year and the next, by its name, where
    ``names`` are Easter's (Whitsun's: ``UNKEPT_DAYS``) and ``country`` is one of its rows
    whose calendar keeps none of its days off that year, and the days of a fixed-date holiday
    the calendar keeps no day of (``_fixed_days``); else nothing. A day that is a holiday
    by another name (Britain's Spring bank holiday on Whit Monday 2026) keeps it too."""
    fixed = _fixed_days(country, names, interview)
    unkept = UNKEPT_DAYS.get(names)
    if unkept is None or _package_key(country)[0] not in unkept.rows:
        return fixed
    table = _holidays(country, interview.year)
    kept = {day.year for day in _days_named(table, names[0], names, dt.date(interview.year, 1, 1))}
    days = (easter(year) + unkept.offset for year in (interview.year, interview.year + 1))
    return {day: (*table.get(day, ()), unkept.name) for day in days if day.year not in kept}


def _fixed_days(
    country: str, names: tuple[str, ...], interview: dt.date
) -> dict[dt.date, tuple[str, ...]]:
    """The day of ``interview``'s year and of the next of each holiday of ``names`` with a
    fixed day (``FIXED_DAYS``: Boxing Day, 26 December) in a year ``country``'s calendar keeps
    no day of that name off, by its name; else nothing."""
    table = _holidays(country, interview.year)
    days: dict[dt.date, tuple[str, ...]] = {}
    for name in names:
        fixed = FIXED_DAYS.get(name)
        if fixed is None:
            continue
        named = _days_named(table, name, (name,), dt.date(interview.year, 1, 1))
        kept = {day.year for day in named}
        for year in (interview.year, interview.year + 1):
            day = dt.date(year, fixed.month, fixed.day)
            if year not in kept:
                days[day] = (*table.get(day, ()), name)
    return days


def _fixed_day(names: tuple[str, ...]) -> FixedDay | None:
    """The first holiday of ``names`` with a fixed day (``FIXED_DAYS``), else None."""
    return next((FIXED_DAYS[name] for name in names if name in FIXED_DAYS), None)


def _with_unkept(
    country: str, names: tuple[str, ...], year_of: dt.date
) -> dict[dt.date, tuple[str, ...]]:
    """``_holidays`` of ``country`` from ``year_of``'s year, with ``_unkept_days``."""
    return {**_holidays(country, year_of.year), **_unkept_days(country, names, year_of)}


class Unkept(NamedTuple):
    """The day a phrase was read by on a calendar that keeps none of its holiday's days off,
    and what the Why says of it."""

    day: dt.date
    shown: str  # "Easter Sunday"
    holiday: str  # "Easter"


def unkept_day(country: str, phrase: str, decision: dt.date) -> Unkept | None:
    """The Easter Sunday (Whit Monday, Boxing Day) a stated decision's ``phrase`` ("after the
    Easter weekend", "before Easter", "after Whitsun", "before New Year's Eve") was read by on
    a row of ``country`` whose calendar keeps no day of it off (the US's Easter and New Year's
    Eve, Britain's Whit Monday), for its Why; else None. ``decision``: the decision day it was
    read as, the day after it or before."""
    found = named_holiday(phrase)
    if found is None:
        return None
    names = names_meant(country, found.words)
    unkept = UNKEPT_DAYS.get(names)
    fixed = _fixed_day(names)
    if unkept is None and fixed is None:
        return None
    since = decision - dt.timedelta(days=SAME_HOLIDAY_DAYS)
    off = _holidays(country, since.year)
    near = (
        d
        for d in _unkept_days(country, names, since)
        if abs((d - decision).days) <= SAME_HOLIDAY_DAYS and d not in off
    )
    day = next(near, None)
    if day is None:
        return None
    if unkept is not None:
        return Unkept(day, unkept.shown, unkept.holiday)
    assert fixed is not None  # one of them, as checked above
    return Unkept(day, fixed.shown, fixed.shown)


_SCHOOL_EASTER = frozenset(_folded(plain(words)) for words in SCHOOL_EASTER.split(";"))
_SUKKOT = frozenset(_folded(plain(words)) for words in SUKKOT.split(";"))
_HIGH_HOLIDAYS = frozenset(_folded(plain(words)) for words in HIGH_HOLIDAYS.split(";"))
AUTUMN_HOLIDAYS_MONTHS = (9, 10)  # the day after Simchat Torah: late September to late October


def reading_note(country: str, phrase: str, decision: dt.date) -> str:
    """The aside the Why gives a stated decision's ``phrase`` read as ``decision`` on a row of
    ``country`` (' (Easter Sunday 03-28: Easter is no holiday on the US calendar)'), where the
    reading is not what the words say elsewhere; else ''."""
    unkept = unkept_day(country, phrase, decision)
    if unkept is not None:
        return (
            f" ({unkept.shown} {unkept.day:%m-%d}: {unkept.holiday} is no holiday on the"
            f" {country} calendar)"
        )
    code = country.split("-")[0]
    found = named_holiday(phrase)
    kept = _easter_kept_by_state(country, found, decision)
    if kept:
        return f" ({kept} is the only Easter holiday on the {country} calendar)"
    if code in SCHOOL_EASTER_ROWS and found is not None and found.words in _SCHOOL_EASTER:
        return (
            " (Easter's bank holidays: the school Easter holidays, about two weeks, are on no"
            " calendar, so this is approximate)"
        )
    if (
        code in AUTUMN_HOLIDAYS_ROWS
        and decision.month in AUTUMN_HOLIDAYS_MONTHS
        and (
            after_the_holidays(phrase)
            or (found is not None and _listed_as(found.words) in _HIGH_HOLIDAYS)
        )
    ):
        return " (the autumn holidays, Rosh Hashanah to Simchat Torah, as said in Israel)"
    if (
        code in SUKKOT_ROWS
        and found is not None
        and not found.before
        and _listed_as(found.words) in _SUKKOT
    ):
        return " (the end of Sukkot's week, Simchat Torah, as kept in Israel)"
    return ""


def _easter_kept_by_state(country: str, found: NamedHoliday | None, decision: dt.date) -> str:
    """'Good Friday 03-26': the Easter days a state whose country keeps no Easter has off
    (Texas's and Connecticut's Good Friday), near ``decision``, where ``found`` names Easter:
    the reading is by them, not by Easter Sunday as elsewhere in the country, and the Why
    says so (ot104 F12: a Texas row's said nothing, a Colorado row's "Easter is no holiday");
    else ''."""
    if found is None or _package_key(country)[0] not in UNKEPT_DAYS[EASTER].rows:
        return ""
    names = names_meant(country, found.words)
    if names != EASTER:
        return ""
    since = decision - dt.timedelta(days=SAME_HOLIDAY_DAYS)
    table = _holidays(country, since.year)
    days = [
        d
        for d in _days_named(table, names[0], names, since)
        if abs((d - decision).days) <= SAME_HOLIDAY_DAYS
    ]
    named = (next(n for n in table[d] if n in EASTER).title() for d in days)
    return ", ".join(f"{name} {d:%m-%d}" for name, d in zip(named, days, strict=True))


# A holiday's weekend ("Thanksgiving weekend", "the Canada Day long weekend"), and the days
# whose weekend is the Sunday after them (Thursday to Saturday).
_WEEKEND_SAID = re.compile(r"(?:^| )weekend$")
SATURDAY, SUNDAY = 5, 6
_BEFORE_SUNDAY = frozenset({3, 4, 5})


class Regions(NamedTuple):
    """A country's regions (``RUN_BY_REGION``), what its people call one, and a place with
    its region as the Problems line's example."""

    codes: tuple[str, ...]
    called: str
    example: str


# Countries whose calendar without a region has the national holidays only, while each region
# adds long weekends of its own (Australia's Labour Days, King's Birthdays, Canberra Day,
# Melbourne Cup Day; Canada's Family Day, Victoria Day, Civic Holiday and Thanksgiving, which
# nine provinces and territories of thirteen keep, not the national calendar) and keeps the
# observed days of a weekend Christmas or New Year's Day the national calendar lacks: on a row
# with the country alone ("Australia", "Canada"), a long weekend is the one every region has
# (Easter, Christmas; Canada's Labour Day), read on its regions' calendars; where they
# differ, which is meant is the row's state's or province's (``runs_by_region``), never a
# guess (ot95 F2). Measured with the ``holidays`` package over 2026-2028, an interview a week:
# a CA row alone read, silently, a long weekend later than most provinces' in 58 weeks of 130
# (Family Day, Victoria Day, the Civic Holiday, Thanksgiving skipped). The United States',
# New Zealand's and Switzerland's national calendars never do (a Swiss one without Easter
# has no long weekend to read: a row problem already). Malaysia's does in 40 weeks, but its
# states never agree (four keep a Friday-Saturday weekend): every long weekend on an MY row
# would be a row problem, its Hari Raya Haji too, so it is read on the national calendar.
# The small countries whose regions keep holidays of their own fall behind them too (the same
# measure, every ``holidays`` country with regions, fx191): Bosnia and Herzegovina in 37 weeks
# (each entity's Independence, Statehood or Dayton Agreement Day, Brčko District's own day, the
# Orthodox Easter only some keep; its calendar alone has the days every entity keeps,
# ``business_days.EVERY_REGION``: Mon 2027-05-03) and Micronesia in 59 (Yap Day, Pohnpei's
# Women's Day, Kosrae's and Pohnpei's Good Friday, Chuuk's State Charter Day). Andorra (10
# weeks: its parishes' feast days) and Spain (8: its regions' own days) fall behind a few
# weeks a year, each time a different region's day: not asked. Switzerland's calendar alone,
# and the Caribbean Netherlands' from Easter to October, have no long weekend at all (a row
# problem already); Britain's alone is on no row ("UK" is read as England).
RUN_BY_REGION: dict[str, Regions] = {
    "AU": Regions(("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"), "state", "Sydney, NSW"),
    "CA": Regions(
        ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"),
        "province",
        "Toronto, ON",
    ),
    "BA": Regions(("BIH", "BRC", "SRP"), "entity", "Republika Srpska"),
    "FM": Regions(("KSA", "PNI", "TRK", "YAP"), "state", "Kolonia, Pohnpei"),
}


def _weekend_needed(words: str) -> bool:
    """Whether the run of days off ``words`` name needs a weekend day in it: a long weekend
    does, Japan's 連休 and Taiwan's 連假 (``DAYS_IN_A_ROW``) do not."""
    return _listed_as(words) not in _IN_A_ROW


def _works_last_day(country: str, run: tuple[dt.date, dt.date]) -> bool:
    """Whether the last day of a run of ``country``'s regions is a business day on the
    calendar of the country alone."""
    return _calendar(country, run[1].year, run[1].year).is_business_day(run[1])


def _next_run(
    country: str,
    interview: dt.date,
    days_ahead: int = DAYS_AHEAD,
    month: int = 0,
    *,
    weekend: bool = True,
) -> tuple[dt.date, dt.date] | None:
    """The first and the last day of the next run of ``RUN_DAYS`` or more days off in a row
    on ``country``'s calendar (the days its business days skip: weekend days, but not a
    make-up working Saturday, and holidays; one holiday at least, in ``month`` when not 0;
    with ``weekend``, one weekend day at least) that ends on or after ``interview``, within
    ``days_ahead`` days; for a country alone of ``RUN_BY_REGION`` the one all its regions
    have, else None."""
    if country in RUN_BY_REGION:
        runs = set(_region_runs(country, interview, days_ahead, month, weekend=weekend).values())
        return runs.pop() if len(runs) == 1 else None
    first = interview - dt.timedelta(days=RUN_DAYS)
    last = interview + dt.timedelta(days=days_ahead)
    calendar = _calendar(country, first.year, last.year)
    if not calendar.known:
        return None
    day = first
    run: list[dt.date] = []
    thanksgiving = _package_key(country)[0] in THANKSGIVING_WEEKEND
    while day <= last:
        if not calendar.is_business_day(day) or (
            thanksgiving and _thanksgiving_friday(day, calendar)
        ):
            run.append(day)
        else:
            if (
                len(run) >= RUN_DAYS
                and run[-1] >= interview
                and _has_holiday(run, calendar, month)
                and (not weekend or _has_weekend_day(run, calendar))
            ):
                return run[0], run[-1]
            run = []
        day += dt.timedelta(days=1)
    return None


def _region_runs(
    country: str, interview: dt.date, days_ahead: int, month: int, *, weekend: bool = True
) -> dict[str, tuple[dt.date, dt.date] | None]:
    """``_next_run`` on the calendar of each of ``country``'s regions (``RUN_BY_REGION``), by
    the region's code ('AU-WA')."""
    return {
        f"{country}-{region}": _next_run(
            f"{country}-{region}", interview, days_ahead, month, weekend=weekend
        )
        for region in RUN_BY_REGION[country].codes
    }


@lru_cache(maxsize=256)
def runs_by_region(
    country: str, words: str, interview: dt.date
) -> tuple[tuple[tuple[dt.date, dt.date], tuple[str, ...]], ...]:
    """For a long weekend (``RUN_OF_DAYS_OFF``) said on a row of a country of ``RUN_BY_REGION``
    alone, whose regions' next ones differ: each run within six months with the regions
    ('AU-WA') whose it is, the earliest first; else nothing."""
    month = _run_month(names_meant(country, words))
    if month is None or country not in RUN_BY_REGION:
        return ()
    by_run: dict[tuple[dt.date, dt.date] | None, tuple[str, ...]] = {}
    weekend = _weekend_needed(words)
    for region, run in _region_runs(country, interview, DAYS_AHEAD, month, weekend=weekend).items():
        by_run[run] = (*by_run.get(run, ()), region)
    if len(by_run) == 1:
        return ()
    return tuple(sorted((run, regions) for run, regions in by_run.items() if run is not None))


# The US's Thanksgiving weekend: Thanksgiving Day, the fourth Thursday of November, and the
# Friday after it, which most offices close though few calendars have it (California's does,
# New York's and the federal one do not), make THE November long weekend, Thursday to Sunday,
# on every US row. Only for a long weekend: on those calendars the Friday stays a business day.
THANKSGIVING_WEEKEND = ("US",)
FRIDAY, NOVEMBER = 4, 11


def _thanksgiving_friday(day: dt.date, calendar: CountryCalendar) -> bool:
    """Whether ``day`` is the Friday after Thanksgiving Day on ``calendar``."""
    thursday = day - dt.timedelta(days=1)
    name = calendar.holiday_names.get(thursday, "")
    return day.weekday() == FRIDAY and day.month == NOVEMBER and "thanksgiving" in name.casefold()


def _has_holiday(run: list[dt.date], calendar: CountryCalendar, month: int) -> bool:
    return any(d in calendar.holiday_names and (not month or d.month == month) for d in run)


def _has_weekend_day(run: list[dt.date], calendar: CountryCalendar) -> bool:
    """Whether a run of days off has a day of ``calendar``'s weekend in it (a holiday on one
    counts: Thailand's Songkran on a Saturday is still a weekend's day off)."""
    return any(d.weekday() in calendar.weekend_on(d) for d in run)


@lru_cache(maxsize=64)
def _calendar(country: str, first_year: int, last_year: int) -> CountryCalendar:
    """``country``'s business days from ``first_year`` to ``last_year``, as the row's are
    counted (``business_days.build_calendar``)."""
    return build_calendar(country, range(first_year, last_year + 1))


def _month_name(month: int) -> str:
    """The English name of ``month`` (5: "May")."""
    return max((name for name, n in MONTHS.items() if n == month), key=len).title()


def _run_month(names: tuple[str, ...]) -> int | None:
    """For names that mean a run of days off (``RUN_OF_DAYS_OFF``), the month its holiday is
    in (0: any), else None."""
    if names[:1] != RUN_OF_DAYS_OFF:
        return None
    return int(names[1][1:]) if len(names) > 1 else 0


# Japan's お盆, 13-16 August: most offices close, but it is on no calendar (no public
# holiday). Said from July to mid-August, "連休明け" likely means after it, not after the next
# run of days off the calendar has (September's), nor a run of Mountain Day's that ends in it:
# which is meant is the Problems cell's to settle (ot90 F5).
OBON = ((8, 13), (8, 16))
OBON_COUNTRIES = ("JP",)
# A run that ends this many days or more before Obon (July's Marine Day) is the one meant.
OBON_NEAR_DAYS = 3


def obon_or_run(country: str, words: str, interview: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and the last day of the run of days off "連休明け" (``RUN_OF_DAYS_OFF``) would
    be read after when Obon (``OBON``) could be meant instead (``country`` Japan, the interview
    before Obon ends, that run ending near or after its start), else None."""
    if _package_key(country)[0] not in OBON_COUNTRIES or names_meant(country, words) != (
        RUN_OF_DAYS_OFF
    ):
        return None
    start, end = (dt.date(interview.year, m, d) for m, d in OBON)
    run = holiday_days(country, words, interview)
    if interview > end or run is None:
        return None
    return run if (start - run[1]).days < OBON_NEAR_DAYS else None


# How the Problems line names a run of days off (``RUN_OF_DAYS_OFF``).
LONG_WEEKEND = "the next long weekend"


class OutOfReach(NamedTuple):
    """A holiday a stated decision names that gives no decision day: the one that passed just
    before the interview, or the next one, more than six months after it."""

    day: dt.date
    name: str
    passed: bool
    reach: str = "six months"  # how far ahead a holiday of its name is read
    note: str = ""  # said after "the interview": what comes before it


def _long_break(names: tuple[str, ...]) -> str:
    """The 长假 (``LONG_BREAKS``) a day of ``names`` (``_holidays``' folded names) is one of,
    as the Problems cell names it, else ''."""
    return next(
        (
            called
            for words, called in LONG_BREAKS.items()
            for name in names
            if _says(name, words, begins=False)
        ),
        "",
    )


def _long_break_between(country: str, interview: dt.date, day: dt.date) -> str:
    """The first 长假 (``LONG_BREAKS``) of ``country``'s calendar from ``interview`` to before
    ``day``, as the Problems cell names it, else ''."""
    table = _holidays(country, interview.year)
    return next(
        (
            _long_break(table[d])
            for d in sorted(table)
            if interview <= d < day and _long_break(table[d])
        ),
        "",
    )


@lru_cache(maxsize=1024)
def out_of_reach(country: str, words: str, interview: dt.date) -> OutOfReach | None:
    """The holiday ``words`` name on ``country``'s calendar that ended within ``PASSED_DAYS``
    before ``interview`` (its last day), else the next one when it starts more than
    ``DAYS_AHEAD`` days after it (``SEASON_DAYS_AHEAD`` for the Christmas break), else None."""
    names = names_meant(country, words)
    coming = holiday_days(country, words, interview)
    # Any holiday, or the next of a country's national days or Eids within reach: the next
    # one is meant ("after the national holiday" in Hungary on 1 September: 23 October's;
    # "after Sallah" a month after Eid al-Fitr: Eid al-Adha).
    month = _run_month(names)
    next_meant = (
        names == ANY_HOLIDAY
        or month is not None
        or (
            _listed_as(words) in _NEXT_ONE_MEANT | _NEXT_EID | _SHORT_BREAK
            and coming is not None
            and (coming[0] - interview).days <= DAYS_AHEAD
        )
    )
    if not next_meant:
        since = interview - dt.timedelta(days=PASSED_DAYS)
        table = _with_unkept(country, names, since)
        gone = [d for d in _days_named(table, words, names, since) if d < interview]
        # Pesach's seventh day, Golden Week's last days still to come: the same holiday.
        if gone and (coming is None or (coming[0] - gone[-1]).days > SAME_HOLIDAY_DAYS):
            return OutOfReach(gone[-1], _shown_name(country, gone[-1], words), passed=True)
    if month is not None and coming is None:
        # No long weekend within six months (Mexico's next after Easter is in November): say
        # when it is, not that the calendar has none (ot90 F6).
        later = _next_run(country, interview, 2 * DAYS_AHEAD, month, weekend=_weekend_needed(words))
        if later is not None:
            name = f"{LONG_WEEKEND} in {_month_name(month)}" if month else LONG_WEEKEND
            return OutOfReach(later[0], name, passed=False)
    if (
        _listed_as(words) in _SHORT_BREAK
        and coming is not None
        and (coming[0] - interview).days > SEASON_DAYS_AHEAD
    ):
        # The next 小长假, more than six weeks on: the literal reading, said so.
        long_break = _long_break_between(country, interview, coming[0])
        note = f", and {long_break}, a 长假, comes before it" if long_break else ""
        name = f"the next 小长假, {_shown_name(country, coming[0], words)}"
        return OutOfReach(coming[0], name, passed=False, reach="six weeks", note=note)
    days, reach = (
        (SEASON_DAYS_AHEAD, "six weeks")
        if names == CHRISTMAS_BREAK
        else SEASONAL.get(_listed_as(words) or "", (DAYS_AHEAD, "six months"))
    )
    if coming is not None and (coming[0] - interview).days > days:
        return OutOfReach(
            coming[0], _shown_name(country, coming[0], words), passed=False, reach=reach
        )
    return None


@lru_cache(maxsize=1024)
def no_day_before(country: str, words: str, interview: dt.date) -> tuple[dt.date, str] | None:
    """The first day of the next holiday ``words`` name when no working day of ``country``'s
    calendar is left after ``interview`` and before it ("before the bank holiday" said on the
    Saturday before a Monday one, "before Christmas" on Christmas Eve), with its name, else
    None: the decision "before" it was due by the interview, not on it, which is the Problems
    cell's to settle."""
    found = holiday_days(country, words, interview)
    if found is None:
        return None
    # The row's own business days: its offices' week (Hong Kong's Monday to Friday, not the
    # package's Monday to Saturday), its make-up working days and its days off.
    calendar = _calendar(country, interview.year, found[0].year)
    days = np.arange(
        np.datetime64(interview + dt.timedelta(days=1), "D"), np.datetime64(found[0], "D")
    )
    if calendar.working_mask(days).any():  # a decision the day it was promised is no decision day
        return None
    return found[0], _shown_name(country, found[0], words)


@lru_cache(maxsize=1024)
def uncounted_holiday(country: str, words: str, interview: dt.date) -> tuple[dt.date, str] | None:
    """The next day on or after ``interview`` that ``words`` name among the holidays the
    package lists for ``country`` but its business days do not count as days off (Brazil's
    Ash Wednesday, a morning off; the US's Christmas Eve), with its name, else None: a
    decision "after" one is the Problems cell's to settle, not read as a day off."""
    names = names_meant(country, words)
    if names == ANY_HOLIDAY or _run_month(names) is not None:
        return None
    counted = _holidays(country, interview.year)
    code, subdiv = _package_key(country)
    calendar = getattr(holidays, code, None)
    categories = getattr(calendar, "supported_categories", ()) or ()
    others: dict[dt.date, tuple[str, ...]] = {}
    shown: dict[dt.date, str] = {}
    try:
        for category in categories:
            if category == holidays.PUBLIC:
                continue
            for language in dict.fromkeys((holiday_language(code), "en_US")):
                for day, name in _table(code, subdiv, interview.year, language, category).items():
                    shown.setdefault(day, name)
                    others[day] = tuple(dict.fromkeys((*others.get(day, ()), *_each_name(name))))
    except NotImplementedError:
        return None
    days = _days_named(others, words, names, interview)
    # One that is a day off by another name (the US's Christmas Eve 2027, Christmas observed)
    # is not said to be a working day.
    return (days[0], shown[days[0]]) if days and days[0] not in counted else None


# The calendars a phrase said on a row may be from besides its country's other regions: a
# London row's "after St Patrick's Day" is Northern Ireland's and Ireland's holiday.
NEIGHBOURS: dict[str, tuple[str, ...]] = {"GB": ("IE",), "IE": ("GB-NIR",)}


@lru_cache(maxsize=256)
def kept_elsewhere(country: str, words: str, interview: dt.date) -> tuple[str, ...]:
    """The calendars near ``country``'s (its country's other regions, then ``NEIGHBOURS``:
    'GB-NIR', 'IE') that have a holiday ``words`` name on or after ``interview``, for the
    Problems line of a row whose own calendar never has it."""
    code, _, subdiv = country.partition("-")
    regions = getattr(getattr(holidays, code, None), "subdivisions", ()) or ()
    near = (*(f"{code}-{r}" for r in regions if r != subdiv), *NEIGHBOURS.get(code, ()))
    # Not a day a calendar keeps no day off for: Britain's Whit Monday is no holiday of
    # Northern Ireland's, said of a Dublin row.
    kept = (c for c in near if holiday_days(c, words, interview, unkept=False) is not None)
    return tuple(kept)


def _days_named(
    table: dict[dt.date, tuple[str, ...]],
    words: str,
    names: tuple[str, ...],
    interview: dt.date,
) -> list[dt.date]:
    """The days of ``table`` on or after ``interview`` that ``names`` (``words``') name."""
    # A listed holiday's words anywhere in a name ("the third day of Chinese New Year");
    # other words only as a name begins ("after Thanksgiving": Thanksgiving Day; "after
    # Friday" is not after Good Friday, nor "after the summer" the Late Summer Bank Holiday).
    begins = _begins(words)
    return sorted(
        day
        for day, called in table.items()
        if day >= interview
        and (
            any(_says(name, n, begins=begins) for name in called for n in names)
            or f"{_ON_DAY}{day:%m-%d}" in names
        )
    )


def names_meant(country: str, words: str) -> tuple[str, ...]:
    """The holiday names ``words`` mean on ``country``'s calendar (the words themselves for
    one not in ``NAMED_HOLIDAYS``; none for one that names only other countries' holidays):
    a region's own ('CA-QC') before its country's."""
    month = _RUN_IN_MONTH.fullmatch(words)
    if month is not None:
        return (*RUN_OF_DAYS_OFF, f"#{MONTHS[month['a'] or month['b']]:02}")
    for candidate in _candidates(words):
        if candidate in _NAMED:
            by_country = _NAMED[candidate]
            code = country.split("-")[0]
            found = by_country.get(country, by_country.get(code, by_country.get("*", ())))
            if not found and candidate in _NEXT_ONE_MEANT:
                return _national_day_named(_package_key(country)[0])
            return found
    # A name not listed, with a break's words after it: the name ("after Memorial Day
    # weekend", "after the Canada Day long weekend" are Memorial Day's, Canada Day's; fx198:
    # they were no phrase, while "after Memorial Day" was read).
    return (_HOLIDAY_WORDS.sub("", words) or words,)


# The two years whose holiday names say a calendar's national day (``_national_day_named``).
NAMES_YEAR = 2026
_NATIONAL_NAMES = ("national day", "independence day")


@lru_cache(maxsize=256)
def _national_day_named(code: str) -> tuple[str, ...]:
    """The national day of a country ``NAMED_HOLIDAYS`` does not list, by its calendar's US
    English names: the one holiday named exactly "National Day" or "Independence Day"
    (Uganda's, Senegal's, Cameroon's), else the one whose name begins "Independence Day"
    (Belarus's); none where it has both or none (Japan, Britain), nor by a name that only
    has the words in it ("National Day of Zumbi and Black Awareness", "National Day of
    Prayer")."""
    names = _calendar_names(code)
    exact = [name for name in _NATIONAL_NAMES if name in names]
    if len(exact) == 1:
        return tuple(exact)
    begun = [name for name in names if re.match(r"independence day(?![a-z])", name)]
    return tuple(begun) if not exact and len(begun) == 1 else ()


# Why a calendar whose national day the tool does not know has none, for the Problems line of
# "after the national holiday" (``no_one_day``): a region's own before its country's.
NO_NATIONAL_DAY: dict[str, str] = {
    "GB": "which has no national holiday",
    "JP": "whose public holidays are all national holidays (国民の祝日)",
    "ET": "whose national day, 28 May, the holidays package does not have",
}


def why_no_national_day(country: str) -> str:
    """What the Problems line says of ``country``'s calendar when "the national holiday"
    names no one day on it: the rival days where it has two (``rival_national_days``), else
    ``NO_NATIONAL_DAY``'s words, else nothing."""
    both = " and ".join(rival_national_days(country))
    if both:
        return f"which has {both}"
    code = _package_key(country)[0]
    return NO_NATIONAL_DAY.get(country, NO_NATIONAL_DAY.get(code, ""))


def rival_national_days(country: str) -> tuple[str, ...]:
    """The holidays named "Independence Day" and "National Day" where ``country``'s calendar,
    not in ``NAMED_HOLIDAYS``' table, has both (Myanmar's 4 January and its National Day in
    November), else none: the Problems line names them rather than say there is none."""
    names = _calendar_names(_package_key(country)[0])
    both = tuple(name.title() for name in _NATIONAL_NAMES[::-1] if name in names)
    return both if len(both) > 1 else ()


@lru_cache(maxsize=256)
def _calendar_names(code: str) -> frozenset[str]:
    """The US English names of ``code``'s public holidays over ``NAMES_YEAR`` and the next,
    folded as ``named_holiday`` folds the words."""
    if getattr(holidays, code, None) is None:
        return frozenset()
    try:
        table = _table(code, "", NAMES_YEAR, "en_US")
    except NotImplementedError:
        return frozenset()
    return frozenset(folded for name in table.values() for folded in _each_name(name))


def is_listed(words: str) -> bool:
    """Whether ``words`` are a holiday of ``NAMED_HOLIDAYS``: when a row's calendar has none,
    its Problems line says so, rather than that the cell is no phrase."""
    return _listed_as(words) is not None


def _listed_as(words: str) -> str | None:
    """The words of ``NAMED_HOLIDAYS`` ``words`` are ("easter" for "easter holidays"), or
    ``words`` when they name a month's long weekend (``_RUN_IN_MONTH``)."""
    if _RUN_IN_MONTH.fullmatch(words):
        return words
    return next((c for c in _candidates(words) if c in _NAMED), None)


def _candidates(words: str) -> tuple[str, str, str]:
    """``words`` as written, without English holiday words ("easter holidays": "easter"), and
    without a Chinese break's (``_CHINESE_BREAK_WORDS``), in that order."""
    return words, _HOLIDAY_WORDS.sub("", words), _CHINESE_BREAK_WORDS.sub("", words)


def no_one_day(country: str, words: str) -> bool:
    """Whether ``words`` are "the national holiday" on a calendar whose national day the tool
    does not know (Britain has none, Japan several): no day is read for it, none guessed."""
    return _listed_as(words) in _NEXT_ONE_MEANT and not names_meant(country, words)


def _begins(words: str) -> bool:
    """Whether the holiday names ``words`` mean are matched only as a name begins: words
    not listed, and a country's national day (whose table names each in full)."""
    return not is_listed(words) or _listed_as(words) in _NEXT_ONE_MEANT


def _says(name: str, words: str, *, begins: bool) -> bool:
    if not words:  # ANY_HOLIDAY
        return True
    if name.startswith(_WHOLE):  # the country's own language: the whole name only
        return begins and name[len(_WHOLE) :] == words
    if begins:
        return re.match(rf"{re.escape(words)}(?![a-z])", name) is not None
    return re.search(rf"(?<![a-z]){re.escape(words)}(?![a-z])", name) is not None


def _shown_name(country: str, day: dt.date, words: str = "") -> str:
    """The name ``day``'s holiday has in the Why (``business_days.holiday_language``); of a
    day two holidays share, the one ``words`` name ("Pentecost Monday", not "Constitution
    Day"), else the first."""
    code, subdiv = _package_key(country)
    names = names_meant(country, words) if words else ()
    unkept = _unkept_days(country, names, day)
    if day in unkept and day not in _holidays(country, day.year):
        fixed = _fixed_day(names)
        return UNKEPT_DAYS[names].shown if names in UNKEPT_DAYS or fixed is None else fixed.shown
    begins = _begins(words)
    closed = offices_close(country)
    for category in (None, getattr(closed, "category", None)):
        try:
            name = _table(code, subdiv, day.year, holiday_language(code), category).get(day)
        except NotImplementedError:
            name = None
        if name and category is not None and closed is not None and closed.called:
            # As the Why names it: Japan's 31 December is its "New Year holiday", not the
            # package's "Bank Holiday" (report ot86 F11).
            return closed.called
        if name:
            parts = holiday_parts(name)
            meant = (
                p
                for p in parts
                if any(_says(folded, n, begins=begins) for folded in _each_name(p) for n in names)
            )
            return called(code, next(meant, parts[0]))
    return "the holiday"


@lru_cache(maxsize=256)
def _holidays(country: str, year: int) -> dict[dt.date, tuple[str, ...]]:
    """The holidays ``country`` ('GB-ENG') counts as days off over ``year`` and the next, as
    its business days count them (``business_days.build_calendar``): its public holidays and
    the days its offices close (``OFFICES_CLOSE``: Brazil's Carnival, Sweden's Midsummer Eve,
    Hong Kong's Good Friday), each by its names in US English and in the country's own English,
    the one its Why shows (``business_days.holiday_language``: Hong Kong's "Ching Ming
    Festival", the US's "Tomb-Sweeping Day"), and as the Why calls it ("New Year holiday"),
    folded as ``named_holiday`` folds the words; none for a calendar the package does not
    have. The public holidays its offices work (``OFFICES_OPEN``: the Netherlands' Good
    Friday) are not among them."""
    code, subdiv = _package_key(country)
    if getattr(holidays, code, None) is None:
        return {}
    own = holiday_language(code)
    closed = offices_close(country)
    names: dict[dt.date, tuple[str, ...]] = {}

    def add(day: dt.date, name: str, mark: str = "") -> None:
        names[day] = tuple(dict.fromkeys((*names.get(day, ()), *_each_name(name, mark))))

    local = _local_languages(code)
    try:
        for language in dict.fromkeys((own, "en_US")):  # the Why's names first
            for day, name in _table(code, subdiv, year, language).items():
                add(day, called(code, name))
        for language in local:
            for day, name in _table(code, subdiv, year, language).items():
                add(day, name, _WHOLE)
        if closed is not None:
            taken = {
                day: name
                for day, name in _table(code, subdiv, year, own, closed.category).items()
                if closed.takes(name) and day not in names  # a public one keeps its name
            }
            for day, name in _table(code, subdiv, year, "en_US", closed.category).items():
                if day in taken:
                    add(day, taken[day])
                    add(day, closed.called or name)
            for language in local:
                for day, name in _table(code, subdiv, year, language, closed.category).items():
                    if day in taken:
                        add(day, name, _WHOLE)
        opened = OFFICES_OPEN.get(code, ())
        for day, name in _table(code, subdiv, year, "en_US").items() if opened else ():
            if name in opened:
                names.pop(day, None)
    except NotImplementedError:  # a subdivision the package has no calendar for
        return {}
    return names


# The languages besides English whose "after" words are read ("après", "nach", "dopo", "na",
# "después de", "depois de"): where a country's calendar is also written in one, its names
# there are read whole as its own language's are ("après la Fête du Trône" in Morocco, whose
# calendar is in Arabic first).
READ_LANGUAGES = ("fr", "de", "it", "nl", "es", "pt")


def _local_languages(code: str) -> tuple[str, ...]:
    """The languages other than English ``code``'s holidays are read in by their whole names:
    its own, then those of ``READ_LANGUAGES`` the package writes them in."""
    calendar = getattr(holidays, code)
    default = getattr(calendar, "default_language", None) or ""
    supported = getattr(calendar, "supported_languages", ()) or ()
    read = (str(lang) for lang in supported if str(lang).split("_")[0] in READ_LANGUAGES)
    return tuple(lang for lang in dict.fromkeys((default, *read)) if lang and lang[:2] != "en")


# A name's note in its own language, left off when it is read whole: "(estimé)", "(makisio)".
_NOTE = re.compile(r" \([^)]*\)$")


def _each_name(name: str, mark: str = "") -> tuple[str, ...]:
    """The names a day's holiday goes by, folded as ``named_holiday`` folds the words: the
    package joins two holidays of one day with "; " (Norway's 17 May 2027, "Constitution Day;
    Pentecost Monday"), and each is that day's, as a name begins; one read whole (``mark``)
    without its note ("Fête du sacrifice (estimé)")."""
    parts = (_folded(plain(part)) for part in holiday_parts(name))
    return tuple(mark + (_NOTE.sub("", part) if mark else part) for part in parts)


def _package_key(country: str) -> tuple[str, str]:
    """The package's country and subdivision ('' for none) whose holidays ``country``'s are
    (``business_days.split_country``: Waikato's are Auckland's)."""
    code, subdiv = split_country(country)
    return code, subdiv or ""


def _table(
    code: str, subdiv: str, year: int, language: str, category: str | None = None
) -> dict[dt.date, str]:
    """One of the package's tables of ``code`` over ``year`` and the next, named in
    ``language`` where it has it."""
    languages = getattr(getattr(holidays, code), "supported_languages", ()) or ()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Requested Holidays are available only")
        table = holidays.country_holidays(
            code,
            subdiv=subdiv or None,
            years=[year, year + 1],
            language=language if language in languages else None,
            categories=(category,) if category else None,
        )
    return dict(table.items())
