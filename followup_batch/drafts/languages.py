"""How drafts word a day: in the English of the row's country, and, with the ``in_language``
filter, in a template's own language (README, "Your own wording").

The day variables are English as the row's calendar country writes it (``english_words``):
"Thursday, November 19" (", 2025" when not the send year) in the US, Canada and the
Philippines, "Thursday 19 November" (" 2025") everywhere else; and "Thursday".
``{{ interview_day | in_language("de") }}`` writes the same day as German writes it,
"Donnerstag, 19. November", in the six languages whose dates the tracker reader understands
(``normalise.dates.OTHER_LANGUAGE_MONTHS`` and ``OTHER_LANGUAGE_WEEKDAYS``, whose keys these
names are, without their accents), and ``in_language("en-GB")`` or ``("en-US")`` in either
English whatever the row's country. A value that is no day ('' when unknown) is left as it
is. ``{{ names | in_language("de") }}`` joins the names greeted as German does, "Dana und
Sam", "Dana, Sam und Lee"; Spanish's "y" is "e" before the sound i ("Juan e Isabel", "Ana e
Hilda", but "Luis y Hierro"), Italian's "e" is "ed" before an e ("Marco ed Elena").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from followup_batch.normalise.dates import MONTHS, WEEKDAYS


@dataclass(frozen=True)
class LanguageWords:
    """How a language writes a day: its weekday and month names (Monday and January first),
    and the day with its month, with its weekday, and with its year; and its "and"."""

    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    day_month: Callable[[int, str], str]  # (19, "November"): "19. November"
    with_weekday: str  # "{weekday}, {date}"
    with_year: str  # "{date} {year}"
    and_word: str


def _ordinal_first(mark: str) -> Callable[[int, str], str]:
    """French "1er décembre", Italian "1º dicembre": the first of a month as an ordinal."""
    return lambda day, month: f"{day}{mark if day == 1 else ''} {month}"


def _words(names: str) -> tuple[str, ...]:
    return tuple(names.split())


# Weekdays from Monday, months from January; the day with its month, then with its weekday,
# then with its year; and "and".
LANGUAGES: dict[str, LanguageWords] = {
    "de": LanguageWords(
        _words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
        _words(
            "Januar Februar März April Mai Juni "
            "Juli August September Oktober November Dezember"
        ),
        lambda day, month: f"{day}. {month}",
        "{weekday}, {date}",
        "{date} {year}",
        "und",
    ),
    "en": LanguageWords(
        _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
        _words(
            "January February March April May June "
            "July August September October November December"
        ),
        lambda day, month: f"{month} {day}",
        "{weekday}, {date}",
        "{date}, {year}",
        "and",
    ),
    "es": LanguageWords(
        _words("lunes martes miércoles jueves viernes sábado domingo"),
        _words(
            "enero febrero marzo abril mayo junio "
            "julio agosto septiembre octubre noviembre diciembre"
        ),
        lambda day, month: f"{day} de {month}",
        "{weekday}, {date}",
        "{date} de {year}",
        "y",
    ),
    "fr": LanguageWords(
        _words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
        _words(
            "janvier février mars avril mai juin "
            "juillet août septembre octobre novembre décembre"
        ),
        _ordinal_first("er"),
        "{weekday} {date}",
        "{date} {year}",
        "et",
    ),
    "it": LanguageWords(
        _words("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
        _words(
            "gennaio febbraio marzo aprile maggio giugno "
            "luglio agosto settembre ottobre novembre dicembre"
        ),
        _ordinal_first("º"),
        "{weekday} {date}",
        "{date} {year}",
        "e",
    ),
    "nl": LanguageWords(
        _words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
        _words(
            "januari februari maart april mei juni "
            "juli augustus september oktober november december"
        ),
        lambda day, month: f"{day} {month}",
        "{weekday} {date}",
        "{date} {year}",
        "en",
    ),
    "pt": LanguageWords(
        _words("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
        _words(
            "janeiro fevereiro março abril maio junho "
            "julho agosto setembro outubro novembro dezembro"
        ),
        lambda day, month: f"{day} de {month}",
        "{weekday}, {date}",
        "{date} de {year}",
        "e",
    ),
}  # fmt: skip

# English as most of the English-speaking world writes a day: "Monday 15 February", "Monday
# 15 February 2027" (no comma, no ordinal: the style guides of the UK, Ireland, Australia,
# New Zealand, South Africa and India alike). LANGUAGES["en"] is the American "Monday,
# February 15".
DAY_FIRST_ENGLISH = LanguageWords(
    LANGUAGES["en"].weekdays,
    LANGUAGES["en"].months,
    lambda day, month: f"{day} {month}",
    "{weekday} {date}",
    "{date} {year}",
    "and",
)
# The countries whose English puts the month first: the US and its territories (their own
# calendar keys or US-PR, ...), the Philippines, and Canada, whose newspapers (Canadian
# Press), government style guide and everyday letters write "February 15, 2027" (the
# all-numeric 15/02 vs 02/15 split there does not reach a written-out month).
MONTH_FIRST_COUNTRIES = frozenset({"US", "CA", "PH", "PR", "GU", "VI", "AS", "MP", "UM"})


def english_words(country: object) -> LanguageWords:
    """The English a row's calendar country (``'US-CA'``, ``'GB-SCT'``, ``'AU-NSW'``; blank:
    the US) writes a day in."""
    code = str(country or "US").split("-")[0].strip().upper()
    return LANGUAGES["en"] if code in MONTH_FIRST_COUNTRIES else DAY_FIRST_ENGLISH


def worded_day(
    words: LanguageWords, weekday: int, day: int, month: int, year: int | None = None
) -> str:
    """A day with its weekday (Monday 0, January 1), as ``words`` write it: "Monday, February
    15" (English, the US), "Monday 15 February" (English elsewhere), "Montag, 15. Februar";
    with its ``year`` when given."""
    date = words.day_month(day, words.months[month - 1])
    if year is not None:
        date = words.with_year.format(date=date, year=year)
    return words.with_weekday.format(weekday=words.weekdays[weekday], date=date)


# What the day variables hold (``context.day_words``): "Thursday", "Thursday, November 19",
# "... 19, 2025" (month first), "Thursday 19 November", "... November 2025" (day first).
_ENGLISH_DAYS = (
    re.compile(
        r"(?P<weekday>[A-Z][a-z]+day)"
        r"(?:, (?P<month>[A-Z][a-z]+) (?P<day>\d{1,2})(?:, (?P<year>\d{4}))?)?"
    ),
    re.compile(
        r"(?P<weekday>[A-Z][a-z]+day) (?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)(?: (?P<year>\d{4}))?"
    ),
)


# A language whose "and" changes before some sounds, as its spelling rules say: Spanish "y"
# is "e" before the vowel i (written i-, hi-, í-, hí-: "Juan e Isabel", "Ana e Hilda") but not
# where that i leads into another vowel ("Luis y Hierro", "Ana y Iosune"), as the RAE's
# Diccionario panhispánico de dudas ("e", 2) says; Italian "e" takes its euphonic d before the
# same vowel ("Marco ed Elena"), the one use the Accademia della Crusca keeps. Portuguese,
# French, German and Dutch never change theirs.
_AND_BEFORE: dict[str, tuple[re.Pattern[str], str]] = {
    "es": (re.compile(r"h?[ií](?![aeiouáéíóúü])", re.IGNORECASE), "e"),
    "it": (re.compile(r"[eéè]", re.IGNORECASE), "ed"),
}


def _and_word(code: str, words: LanguageWords, name: str) -> str:
    """``words``' "and" before ``name``, the last name joined."""
    changed = _AND_BEFORE.get(code)
    if changed and changed[0].match(name.strip()):
        return changed[1]
    return words.and_word


class UnknownLanguage(ValueError):
    """``in_language`` was given a language it does not write dates in."""


def in_language(text: object, language: str) -> str:
    """``text``, a day as the drafts' day variables word it, in ``language`` (a code of
    ``LANGUAGES``: "de", "fr", ...; "en-GB", "en-US", ... for an English; "en" leaves the
    row's English), or ``names`` joined with its "and"; other text as it is."""
    code, _, region = str(language).strip().lower().replace("_", "-").partition("-")
    words = LANGUAGES.get(code)
    if words is None:
        raise UnknownLanguage(
            f"in_language: no dates in {language!r}; write one of {', '.join(LANGUAGES)}"
        )
    if code == "en" and region:
        words = english_words(region)
    if isinstance(text, tuple):  # names: "Dana", "Dana und Sam", "Dana, Sam und Lee"
        names = [str(name) for name in text]
        return f" {_and_word(code, words, names[-1] if names else '')} ".join(
            [", ".join(names[:-1]), names[-1]] if names[1:] else names
        )
    text = str(text)
    found = next(filter(None, (form.fullmatch(text) for form in _ENGLISH_DAYS)), None)
    if found is None or found["weekday"].lower() not in WEEKDAYS or (code == "en" and not region):
        return text
    weekday = WEEKDAYS[found["weekday"].lower()]
    if found["month"] is None:
        return words.weekdays[weekday]
    month = MONTHS.get(found["month"].lower())
    if month is None:
        return text
    year = int(found["year"]) if found["year"] else None
    return worded_day(words, weekday, int(found["day"]), month, year)
