"""Days and names in a template's own language: the ``in_language`` filter (README, "Your own
wording").

The day variables are English ("Thursday, November 19", "Thursday, November 19, 2025",
"Thursday"), as ``context.day_words`` writes them. ``{{ interview_day | in_language("de") }}``
writes the same day as German writes it, "Donnerstag, 19. November", in the six languages whose
dates the tracker reader understands (``normalise.dates.OTHER_LANGUAGE_MONTHS`` and
``OTHER_LANGUAGE_WEEKDAYS``, whose keys these names are, without their accents). A value that
is no day ('' when unknown) is left as it is. ``{{ names | in_language("de") }}`` joins the
names greeted as German does, "Dana und Sam", "Dana, Sam und Lee".
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

# What context.day_words writes: "Thursday", "Thursday, November 19", "... 19, 2025".
_ENGLISH_DAY = re.compile(
    r"(?P<weekday>[A-Z][a-z]+day)"
    r"(?:, (?P<month>[A-Z][a-z]+) (?P<day>\d{1,2})(?:, (?P<year>\d{4}))?)?"
)


class UnknownLanguage(ValueError):
    """``in_language`` was given a language it does not write dates in."""


def in_language(text: object, language: str) -> str:
    """``text``, a day as the drafts' day variables word it, in ``language`` (a code of
    ``LANGUAGES``: "de", "fr", ...), or ``names`` joined with its "and"; other text as it
    is."""
    words = LANGUAGES.get(str(language).strip().lower().replace("_", "-").split("-")[0])
    if words is None:
        raise UnknownLanguage(
            f"in_language: no dates in {language!r}; write one of {', '.join(LANGUAGES)}"
        )
    if isinstance(text, tuple):  # names: "Dana", "Dana und Sam", "Dana, Sam und Lee"
        names = [str(name) for name in text]
        return f" {words.and_word} ".join(
            [", ".join(names[:-1]), names[-1]] if names[1:] else names
        )
    text = str(text)
    found = _ENGLISH_DAY.fullmatch(text)
    if found is None or found["weekday"].lower() not in WEEKDAYS:
        return text
    weekday = words.weekdays[WEEKDAYS[found["weekday"].lower()]]
    if found["month"] is None:
        return weekday
    month = MONTHS.get(found["month"].lower())
    if month is None:
        return text
    date = words.day_month(int(found["day"]), words.months[month - 1])
    if found["year"]:
        date = words.with_year.format(date=date, year=found["year"])
    return words.with_weekday.format(weekday=weekday, date=date)
