"""How each date column's numeric text (3/11/2026) is read: day-first or US month/day, forced
by the user, detected from the column's values, or taken from where the file was written (a CSV
separated by semicolons, the rows' countries, the config's country), and the notes that say
which were guessed (``date_notes``, ``assumed_date_notes``).

The detection over one column's values is ``date_columns.date_orders``; this module gathers a
tracker's date columns and the evidence of its locale for it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

import numpy as np
import pandas as pd

from followup_batch.normalise import date_columns, dates, row_dates, timeline_words
from followup_batch.normalise.cell_readers import place_voters
from followup_batch.normalise.cells import cell_text, each_distinct, header_of
from followup_batch.normalise.countries import resolve_country, settle_places
from followup_batch.normalise.home_country import country_hint, home_country
from followup_batch.normalise.locations import resolve_location
from followup_batch.normalise.place_columns import country_of_region, regions_country
from followup_batch.read import RawTable, ReadOptions, fields
from followup_batch.text import first_and_more

DATE_FIELDS = fields.DATE_FIELDS
STAGES = "stages"  # date_orders key for a wide tracker's stage-date columns
STAGES_HEADER = "the stage columns"  # and what they are called, read as one column


def date_orders(raw: RawTable, options: ReadOptions) -> dict[str, date_columns.DateOrder]:
    """How each date column's numeric text (3/11/2026) is read: forced, detected, or US.

    Keys: the mapped date fields, and ``STAGES`` for a wide tracker's stage columns together.
    """
    return date_orders_given(raw, options, {f: raw.cells[f] for f in DATE_FIELDS if f in raw.cells})


def date_orders_given(
    raw: RawTable, options: ReadOptions, columns: dict[str, pd.Series]
) -> dict[str, date_columns.DateOrder]:
    """``date_orders`` given the mapped date fields' cells (``normalise_rows`` has them out)."""
    headers = {
        f: header_of(raw, f) if f in raw.mapping else fields.FIELDS_BY_NAME[f].header
        for f in columns
    }
    columns = {f: as_read(f, values) for f, values in columns.items()}
    if raw.stages and raw.stage_cells is not None and len(raw.stage_cells.columns):
        stacked = pd.concat([raw.stage_cells[c] for c in raw.stage_cells.columns])
        columns[STAGES] = stacked
        headers[STAGES] = STAGES_HEADER
    if options.dayfirst is None and options.date_orders:
        # A dataset's piece: its columns' orders, settled over every piece
        settled = {n: options.date_orders.get(h) for n, h in headers.items()}
        if all(settled.values()):
            return {n: o for n, o in settled.items() if o is not None}
    locale = None if options.dayfirst is not None else _locale_order(raw, options)
    orders = date_columns.date_orders(columns, headers, options.dayfirst, locale)
    undecided = [n for n, o in orders.items() if o.source == "undecided"]
    if undecided and (disagree := _disagreement(raw)):  # read US, but not as nothing says
        orders.update({n: replace(orders[n], evidence=disagree) for n in undecided})
    return orders


def stage_date_order(
    raw: RawTable, options: ReadOptions, columns: dict[str, pd.Series], texts: pd.Series
) -> date_columns.DateOrder | None:
    """The order of the dates written in stage cells ("Phone screen 05/01/2027") on rows whose
    Interview Date is empty (``texts``: each such row's date, None elsewhere): the Interview
    Date column's own decision (``date_orders_given``) taken with these dates in it, so that a
    dotted one is day-first, one over 12 settles the others, and else the column's other
    dates, another column's, every row's Country or the config's decide, as for a date typed
    in that column (ot97 F1: "Interview: 05.01.2027" on a German row was 1 May). A dataset's
    piece takes the order its dataset settled when that decides, else its own rows'.

    A row's own Interview Date is read first, the Status's date beside it only when the rest
    leaves the order open ("Onsite 12/2" beside "13/11/2026": day-first, which the Status's
    date in the cell's place would hide)."""
    own = columns.get("interview_at")
    if own is None:
        return order_with_texts(raw, options, columns, "interview_at", texts, elsewhere=True)
    written = each_distinct(_written, own.tolist())  # a few hundred dates, row after row
    beside = texts.notna() & pd.Series(written, index=own.index, dtype=bool)
    order = order_with_texts(
        raw, options, columns, "interview_at", texts.where(~beside), elsewhere=True
    )
    if beside.any() and (order is None or order.source in ("none", "undecided")):
        return order_with_texts(raw, options, columns, "interview_at", texts, elsewhere=True)
    return order


def _written(cell: object) -> bool:
    """Whether a cell holds something: not blank, not only spaces."""
    return not (pd.api.types.is_scalar(cell) and pd.isna(cell)) and bool(str(cell).strip())


def order_with_texts(
    raw: RawTable,
    options: ReadOptions,
    columns: dict[str, pd.Series],
    field: str,
    texts: pd.Series,
    *,
    elsewhere: bool = False,
) -> date_columns.DateOrder | None:
    """The order of date column ``field`` with ``texts`` (a date taken out of a cell, None
    elsewhere) in place of its cells: the dates of stage cells ("Phone screen 05/01/2027") for
    the Interview Date (``stage_date_order``), those after a sent column's yes-marks ("x 13/1",
    fx198) for that column. ``elsewhere``: the texts come from another column, so a date of
    ``field``'s own that settles the order is named as the other column's."""
    own = columns.get(field)
    written = texts.notna().to_numpy()
    merged = texts if own is None else own.where(~written, texts)
    orders = date_orders_given(raw, options, {**columns, field: merged})
    order = orders.get(field)
    if options.date_orders and (order is None or order.source in ("none", "undecided")):
        own_rows = replace(options, date_orders={})
        order = date_orders_given(raw, own_rows, {**columns, field: merged}).get(field)
    if elsewhere and order is not None and order.source == "detected" and own is not None:
        # Settled by a date in the column itself, not in the texts: say where.
        at = texts.get(order.row) if order.row is not None else None
        if not isinstance(at, str) or at.strip() != order.evidence:
            header = header_of(raw, field)
            order = replace(order, source="other column", column=f'"{header}"')
    return order


# A Date Applied cell that repeats its column's name before the date, as LinkedIn's job page
# shows one: "Applied on 11/04/2026", "Applied: 11/04/2026", "Applied Nov 4, 2026" (ot113 F3:
# "not a date"); also with where it was sent, up to four words ("Applied via LinkedIn 11/2",
# "Applied thru Indeed 11/2", "Applied (LinkedIn) 2 Nov": fx278, a Status's was not read as
# "Applied on 11/2" is), none of them a month's or a weekday's name, which start the date.
# Matched on the text with its spaces folded to one.
_DAY_NAMES = "|".join(sorted([*dates.MONTHS, *dates.WEEKDAYS], key=len, reverse=True))
_CHANNEL_WORD = rf" (?!(?:{_DAY_NAMES})\.?(?: |$))[^\s\d(),;:]+"
_APPLIED_WORD = re.compile(
    rf"applied(?: (?:via|through|thru|on|at|from|with){_CHANNEL_WORD}(?:{_CHANNEL_WORD}){{0,3}}"
    r"| \([^()\d]{1,40}\))?(?: on)?:? ",
    re.IGNORECASE,
)


def without_applied_word(value: object) -> object:
    """A Date Applied cell without the word "Applied" before its date ("Applied on 11/04/2026"
    -> "11/04/2026"); other cells as they are."""
    if not isinstance(value, str):
        return value
    text = " ".join(value.split())
    found = _APPLIED_WORD.match(text)
    if found is None or found.end() == len(text):
        return value
    return text[found.end() :]


# The date columns whose reader takes words off a date: a label and a deadline word ("Antwort:
# 4.5.2027", "by 13/01/2027": ``row_dates.after_deadline_words``), the column's own name
# ("Applied on 11/04/2026"). Their order is read from the same text, so a labelled date
# settles it as the date alone does (ot95 F1).
TEXT_READERS: dict[str, Callable[[object], object]] = {
    "stated_decision": timeline_words.deadline_date_text,
    "applied_at": without_applied_word,
}


def as_read(name: str, values: pd.Series) -> pd.Series:
    """The cells of date column ``name`` as its reader reads their dates (``TEXT_READERS``):
    "Antwort: 4.5.2027" -> "4.5.2027", "Applied on 11/04/2026" -> "11/04/2026"; ``values``
    when nothing changes."""
    reader = TEXT_READERS.get(name)
    if reader is None:
        return values
    cells = values.to_numpy(dtype=object)
    read = {
        text: rest
        for text in {c for c in cells if isinstance(c, str)}
        if (rest := reader(text)) is not text
    }
    if not read:
        return values
    return pd.Series(
        [read.get(c, c) if isinstance(c, str) else c for c in cells],
        index=values.index,
        dtype=object,
    )


# Where 3/11/2026 is March 11 (or either, or the year comes first): the United States, its
# territories and the countries that write as it does, Canada (both orders are common, so as
# the US), and the year-first East Asian and Central European ones (whose short 3/11 is March
# 11 too). Everywhere else it is 3 November.
MONTH_FIRST = frozenset(
    ("US", "PR", "GU", "VI", "AS", "MP", "UM", "PH", "FM", "MH", "PW", "CA", "BZ")
)
# Of those, where both orders are common: a row there says neither.
BOTH_ORDERS = frozenset(("CA",))
# A year-first country's rows say nothing of a slash date's order among others' (a Hungarian
# row in a Polish tracker): alone they are read month-first.
YEAR_FIRST = frozenset(("CN", "JP", "KR", "KP", "TW", "MN", "HU", "LT", "IR"))
NOT_DAY_FIRST = MONTH_FIRST | YEAR_FIRST


def locale_order(raw: RawTable, options: ReadOptions) -> date_columns.DateOrder | None:
    """``_locale_order``: how the file's ambiguous dates are read when where it was written
    says it, for the dates of the columns the tool does not read (``rounds.repeated_within``)."""
    return _locale_order(raw, options)


def _locale_order(raw: RawTable, options: ReadOptions) -> date_columns.DateOrder | None:
    """The order of a file's ambiguous dates when where it was written says it: a CSV
    separated by semicolons (Excel writes them where the decimal mark is a comma: Europe,
    Latin America); else the rows' countries when they agree (every row in France: 3/11/2026
    is 3 November; every row in the US: March 11); else a day-first country in the config
    (the user's own calendar). None when nothing says, or the rows' countries disagree and
    the config's country is not day-first: US month/day, and the run says it assumed so."""
    if raw.csv is not None and raw.csv.fmt.delimiter == ";":
        return SEMICOLONS
    return rows_locale(raw, options) or config_locale(options)


# Excel writes CSV with semicolons where the decimal mark is a comma: 3/11/2026 is 3 November.
SEMICOLONS = date_columns.DateOrder(
    True,
    "locale",
    "the file is separated by semicolons, as Excel writes CSV where 3/11/2026 is 3 November",
)


# The place columns a row's date order is read from when it has no Country column, and what
# the note calls each.
PLACE_FIELDS: dict[str, str] = {"location": "Location", "city": "City", "region": "State"}


def rows_locale(raw: RawTable, options: ReadOptions) -> date_columns.DateOrder | None:
    """The order the rows' countries write dates in, when they all write it one way: the
    Country column's values, or with no Country column each row's Location, City and State
    cells read as its calendar is ('London, UK', 'Madrid'; 'München' in a City column; 'ON' in
    a State column); blank and unknown ones, and remote work alone, say nothing. None when the
    rows are in countries of both kinds, none is named, or none of those columns is there.
    A dataset asks the same of all its pieces' places at once (``datasets.date_orders``)."""
    if "country" in raw.cells:
        texts = map(cell_text, pd.unique(raw.cells["country"].to_numpy(dtype=object)))
        return countries_locale(texts)
    fields = place_fields(raw)
    return places_locale(fields, place_rows(raw, fields)) if fields else None


def place_fields(raw: RawTable) -> list[str]:
    """The place columns (``PLACE_FIELDS``) a table has, in their order there."""
    return [f for f in PLACE_FIELDS if f in raw.cells]


def place_rows(raw: RawTable, fields: list[str]) -> set[tuple[str, ...]]:
    """The distinct texts of the rows' ``fields`` cells, each row's as one tuple."""
    return set(zip(*(map(cell_text, raw.cells[f].tolist()) for f in fields), strict=True))


def countries_locale(texts: Iterable[str]) -> date_columns.DateOrder | None:
    """``rows_locale`` of a Country column's distinct texts."""
    written = [text for text in texts if text]
    return _locale([resolve_country(text, "") for text in written], "Country", written)


def places_locale(
    fields: list[str], rows: Iterable[tuple[str, ...]]
) -> date_columns.DateOrder | None:
    """``rows_locale`` of the rows' distinct Location, City and State texts (``place_rows``)."""
    return _locale(_places(fields, rows), " and ".join(PLACE_FIELDS[f] for f in fields))


def _places(fields: list[str], rows: Iterable[tuple[str, ...]]) -> list[tuple[str, str | None]]:
    """Each row's Location, City and State texts read as its calendar is (blank rows aside)."""
    return [
        resolve_location(
            cells.get("location", ""), cells.get("city", ""), cells.get("region", ""), "", ""
        )
        for cells in (dict(zip(fields, row, strict=True)) for row in rows if any(row))
    ]


def _locale(
    places: list[tuple[str, str | None]], header: str, texts: list[str] | None = None
) -> date_columns.DateOrder | None:
    """Month-first when every place read is a ``NOT_DAY_FIRST`` country, day-first when the
    others are day-first ones (a ``YEAR_FIRST`` country's rows aside: a Hungarian row among
    Polish ones), else None; the evidence names the columns (``header``) and the countries,
    and of a Country column's ``texts`` (each place's, as written) those not read as a
    country: "every row's Country" was said of rows one of which was "Germnay" (ot110 F8).
    (A Location's "Remote" is no typo: not said.)"""
    read = [country and reason is None for country, reason in places]
    nations = {country.split("-")[0] for (country, _), ok in zip(places, read, strict=True) if ok}
    if not nations:
        return None
    unread = [] if texts is None else [t for t, ok in zip(texts, read, strict=True) if not ok]
    unread = list(dict.fromkeys(unread))
    rows, but = f"every row's {header}", ""
    if unread:
        rows, but = f"every {header} read", f"; not {first_and_more([repr(t) for t in unread], 3)}"
    listed = _named(nations)
    if nations <= NOT_DAY_FIRST:
        why = f"{rows} ({listed}{but}) writes dates month-first"
        return date_columns.DateOrder(False, "locale", why)
    if not nations & MONTH_FIRST:
        day, year = (_named(n) for n in (nations - YEAR_FIRST, nations & YEAR_FIRST))
        why = f"{rows} ({listed}{but}) writes dates day-first"
        if year:
            why = f"{rows} writes dates day-first ({day}{but}) or year-first ({year})"
        return date_columns.DateOrder(True, "locale", why)
    return None


def _named(nations: Iterable[str]) -> str:
    """'France, the United Kingdom': countries by name, not code (fx226: 'every row's Country
    (GB)'), in the order of their codes."""
    return ", ".join(row_dates.country_named(code) for code in sorted(nations))


def _disagreement(table: RawTable) -> str | None:
    """What the rows' Country (or Location, City and State) cells say when they are in both
    day-first and month-first countries (PL and US), for the notes and Problems of a column
    read US month/day: not "nothing in the file says"."""
    if "country" in table.cells:
        texts = map(cell_text, pd.unique(table.cells["country"].to_numpy(dtype=object)))
        return countries_disagreement(texts)
    fields = place_fields(table)
    return places_disagreement(fields, place_rows(table, fields)) if fields else None


def countries_disagreement(texts: Iterable[str]) -> str | None:
    """``_disagreement`` of a Country column's distinct texts (a dataset's, over its pieces)."""
    return _disagree([resolve_country(text, "") for text in texts if text], "Country")


def places_disagreement(fields: list[str], rows: Iterable[tuple[str, ...]]) -> str | None:
    """``_disagreement`` of the rows' distinct Location, City and State texts (``place_rows``)."""
    return _disagree(_places(fields, rows), " and ".join(PLACE_FIELDS[f] for f in fields))


def _disagree(places: list[tuple[str, str | None]], header: str) -> str | None:
    """Why a column is read US month/day when the rows' ``places`` (each a calendar code and
    why it is not one) are of countries that write dates day-first and of others that write
    them month-first, or both ways (Canada, said as such: fx292, it was called month-first)."""
    nations = {country.split("-")[0] for country, reason in places if country and reason is None}
    day, month = nations - NOT_DAY_FIRST, nations & MONTH_FIRST
    if not day or not month:
        return None
    kinds = [f"day-first ({_named(day)})"]
    if month - BOTH_ORDERS:
        kinds.append(f"month-first ({_named(month - BOTH_ORDERS)})")
    if month & BOTH_ORDERS:
        kinds.append(f"both orders ({_named(month & BOTH_ORDERS)})")
    return f"the rows' {header} disagree: {', '.join(kinds)}"


def read_against_own_country(
    values: pd.Series,
    read: np.ndarray,
    order: date_columns.DateOrder | None,
    countries: np.ndarray,
    anchors: np.ndarray | None = None,
    where: str = "",
) -> np.ndarray | None:
    """Per row, what to say of a date in figures that either order reads (05/01/2027) on a row
    whose own country writes it the other way than it was read, when the rows' countries
    disagree: read US month/day only because they do (``_disagreement``), '05/01/2027' on a
    French row among US ones is 1 May as read, 5 January as France writes it, and nothing
    settles which (fx189); or read in the order a value of this column settled,
    when no row of this row's kind holds such a value: '12/5' on a US row is 12 May after
    '31/12' on a British one, 5 December as the US writes it (ot98 F8). None when no row has
    one. ``values``: the cells as the column's reader reads them (a label left off,
    ``as_read``); ``read``: their dates (datetime64); ``countries``: each row's calendar code
    ('FR', 'DE-BY'); ``anchors``: each row's interview date, which places a date without a
    year as the column's reader did (``year_less_near``); ``where``: where to write the date
    (' in "Interview Date"' for a date read from a Status cell)."""
    if order is None or order.source == "forced":
        return None
    undecided = order.source == "undecided" and bool(order.evidence)
    settled = order.source == "detected" and order.dayfirst is not None
    if not undecided and not settled:
        return None
    kinds = np.array([writes_dayfirst(c) for c in countries], dtype=object)
    if settled:
        own = not order.dayfirst  # the rows that write the other way
        # Only when the values that settle it are all on rows of the other kind, here (not in
        # another part of a dataset): a row of this kind, or of no country, may write so too.
        settling = set(kinds[_settling_rows(values, order)].tolist())
        if not settling or own in settling or None in settling:
            return None
    else:
        own = True
    reasons = np.full(len(read), None, dtype=object)
    cells = values.to_numpy(dtype=object)
    for i in np.flatnonzero(~np.isnat(read) & (kinds == own)):  # noqa: E712 (elementwise)
        if not isinstance(cells[i], str):
            continue
        said = order.reading(cells[i], pd.Timestamp(read[i]).date())
        meant = _other_reading(cells[i], own, anchors[i] if anchors is not None else None)
        if said is None or meant is None or np.datetime64(meant, "ns") == read[i]:
            continue
        country = row_dates.country_named(countries[i])
        rerun = ", or run with --dayfirst if every date here is day-first" if undecided else ""
        reasons[i] = (
            f", {said}; in {country}, where this row is, it is {meant.day} {meant:%B %Y}: "
            f"write {meant:%Y-%m-%d}{where} if that is meant{rerun}"
        )
    return reasons if pd.notna(reasons).any() else None


def writes_dayfirst(country: object) -> bool | None:
    """Whether a row's calendar code writes 3/11/2026 day-first (True), month-first (False), or
    either (None: no country, a year-first one, Canada, where both are common)."""
    if not isinstance(country, str) or not country:
        return None
    nation = country.split("-")[0]
    if nation not in NOT_DAY_FIRST:
        return True
    return False if nation in MONTH_FIRST - BOTH_ORDERS else None


def order_unsaid(country: str) -> str:
    """Why a row's own country does not say how "12/2" is meant, for a country that
    ``writes_dayfirst`` leaves open: Canada writes both orders, the year-first countries
    their year first (a short date among other countries' rows says nothing)."""
    named = row_dates.country_named(country)
    if country.split("-")[0] in MONTH_FIRST:
        return f"both orders are written in {named}, where this row is"
    return f"dates are written year first in {named}, where this row is"


def _settling_rows(values: pd.Series, order: date_columns.DateOrder) -> np.ndarray:
    """The positions of the rows whose date in this column settles ``order`` (31/12 for
    day-first)."""
    settles = np.zeros(len(values), dtype=bool)
    for i, cell in enumerate(values.to_numpy(dtype=object)):
        if isinstance(cell, str):
            settles[i] = date_columns.detect_dayfirst([cell]) is order.dayfirst
    return settles


def _other_reading(cell: str, dayfirst: bool, anchor: object) -> dt.date | None:
    """``cell`` read day-first (or month-first); one without a year placed near ``anchor``
    (the row's interview date) as a year-less decision is (``year_less_near``)."""
    parsed = dates.parse_date_text(cell, dayfirst=dayfirst)
    if parsed.value is not None or parsed.month_day is None or anchor is None:
        return parsed.value
    if np.isnat(anchor):  # type: ignore[call-overload]
        return None
    return year_less_near(parsed.month_day, pd.Timestamp(anchor).date())


def year_less_near(month_day: tuple[int, int], anchor: dt.date) -> dt.date | None:
    """A decision's date without a year, said at the interview on ``anchor``: the first such
    day on or after it, or one at most ``row_dates.TYPO_BEFORE`` before it, as
    ``row_dates.decision_years`` places it."""
    nearest = dates.infer_year(month_day, anchor)
    if nearest is not None and anchor - row_dates.TYPO_BEFORE <= nearest < anchor:
        return nearest
    return dates.earliest_on_or_after(month_day, anchor)


def config_locale(options: ReadOptions) -> date_columns.DateOrder | None:
    """Day-first when the config's country writes dates day-first (see ``NOT_DAY_FIRST``)."""
    if options.default_country.split("-")[0] in NOT_DAY_FIRST:
        return None
    return date_columns.DateOrder(
        True,
        "locale",
        f"the config's country, {options.default_country}, writes dates day-first",
    )


# A date as Excel shows it by default and saves it in a CSV, without its year: "3-Nov".
_EXCEL_SHOWN = re.compile(r"\d{1,2}-[A-Za-z]{3}")


def _year_less_notes(table: RawTable) -> list[str]:
    """A date column where no date has a year ("11/2", "Nov 9"; "3-Nov" where Excel saved a CSV
    with the dates as they are displayed): each is placed nearest the row's other dates, else
    the run's date, as a date in the Status is (ot119 F13: every row needed info, and nothing
    said how to fix it); said once, with how to settle it, not only on every row."""
    columns, example, shown_by_excel = [], "", False
    for name in ("interview_at", "applied_at"):
        if name not in table.cells:
            continue
        texts = date_columns.distinct_texts(table.cells[name])
        if not texts or any(not isinstance(v, str) for v in table.cells[name].dropna().tolist()):
            continue
        parsed = [dates.parse_date_text(text) for text in texts]
        if all(p.problem == dates.NO_YEAR or p.value is None and p.month_day for p in parsed):
            columns.append(f'"{header_of(table, name)}"')
            example = example or next(iter(texts))
            shown_by_excel = shown_by_excel or any(map(_EXCEL_SHOWN.fullmatch, texts))
    if not columns:
        return []
    note = (
        f'{", ".join(columns)}: no date has a year ("{example}"): each is read in the year '
        "nearest the row's other dates, else nearest the date of this run; write the year "
        "with a date where that is wrong"
    )
    if table.kind == "csv" and shown_by_excel:
        note += (
            ". Excel saves a CSV with dates as they are shown: format the column as "
            "yyyy-mm-dd and save it again, or run the .xlsx itself"
        )
    return [note]


def date_notes(table: RawTable, reading: ReadOptions) -> list[str]:
    """Notes on how a tracker's dates were read that a run shows under -v (``check`` shows the
    orders themselves): each column whose 3/11/2026-style dates nothing in the file settled
    (read as US month/day) or only where the file was written settled; and a tracker written
    day-first with no Country column, run on the default United States calendar, whose
    holidays are probably not the user's."""
    orders = {} if reading.dayfirst is not None else date_orders(table, reading)
    guessed = ("undecided", "locale")
    notes = [_order_note(table, n, o) for n, o in orders.items() if o.source in guessed]
    notes.extend(_year_less_notes(table))
    notes.extend(_us_holidays_notes(table, reading, orders))
    return notes


US_HOLIDAYS_FOR_DAY_FIRST = (
    "dates here are day-first, but the holidays used are the United States' (the default): "
    "add a Country column, or "
)


def _us_holidays_notes(
    table: RawTable, reading: ReadOptions, orders: dict[str, date_columns.DateOrder]
) -> list[str]:
    """``US_HOLIDAYS_FOR_DAY_FIRST`` when the tracker writes dates day-first, so is plainly
    kept outside the United States, and yet its rows run on the default US calendar: no
    Country column, no country in the config, and no place cells that put most rows elsewhere
    (a row on it among rows in Mexico has its own Problems line: ot73 F3) or on a calendar of
    their own (ot104 F10: rows in "Denver, CO" are on US-CO's, which their Location chose, not
    the default). Its hint names the country the tracker's places, code page or headers point
    to (``home_country``)."""
    dayfirst = reading.dayfirst or any(o.dayfirst for o in orders.values())
    if "country" in table.mapping or reading.default_country != "US" or not dayfirst:
        return []
    calendars = _row_calendars(table, reading)
    if 2 * sum(c == reading.default_country for c in calendars) < len(calendars):
        return []
    found = home_country(table, calendars, reading.default_country)
    return [US_HOLIDAYS_FOR_DAY_FIRST + country_hint(found)]


def _row_calendars(table: RawTable, reading: ReadOptions) -> list[str]:
    """Each row's calendar as its Location, City and State cells put it (the default's for a
    row without one; a Spanish tracker's Madrid and Barcelona are Spain's)."""
    fields = [f for f in ("location", "city", "region") if f in table.cells]
    if not fields:
        return [reading.default_country] * len(table.cells)
    # Each row's place cells, and whether its place settles the others' (an application's).
    counts = Counter(
        (tuple(cell_text(v) for v in values), bool(voter))
        for values, voter in zip(
            zip(*(table.cells[f].tolist() for f in fields), strict=True),
            place_voters(table.cells).tolist(),
            strict=True,
        )
    )
    rows = list(counts)

    places = [dict(zip(fields, row, strict=True)) for row, _ in rows]
    regions_of = regions_country(
        ((p.get("city", ""), p.get("region", "")) for p in places), reading.default_country
    )

    def read(others: frozenset[str]) -> list[tuple[str, str | None]]:
        return [
            resolve_location(
                cells.get("location", ""),
                cells.get("city", ""),
                cells.get("region", ""),
                country_of_region(
                    cells.get("region", ""),
                    regions_of,
                    reading.default_country,
                    cells.get("city", "") or cells.get("location", ""),
                ),
                reading.default_country,
                others=others,
                named=reading.named_country,
            )
            for cells in places
        ]

    # As the run reads them (``cell_readers.read_places``): 'Valencia' beside 'Madrid' is
    # Spain's, a town no table lists among rows in Latvia is Latvia's.
    written = [voter and any(row) for row, voter in rows]
    voters = [counts[key] if key[1] else 0 for key in rows]
    settled = settle_places(read(frozenset()), read, written, reading.default_country, voters)
    return [
        country for row, (country, _) in zip(rows, settled, strict=True) for _ in range(counts[row])
    ]


def assumed_date_notes(table: RawTable, reading: ReadOptions) -> list[str]:
    """The ``date_notes`` a run shows without -v: each column read US month/day only because
    nothing (no value, header, Country or config) says otherwise. A wrong guess there moves
    every date by months and turns due messages into "nothing to send" without a sign; so
    does a year-less one placed by the run's date (``_year_less_notes``). And a day-first
    tracker run on US holidays: every due date may be a day off, unseen (ot69 F1)."""
    orders = {} if reading.dayfirst is not None else date_orders(table, reading)
    return [
        *(_order_note(table, n, o) for n, o in orders.items() if o.source == "undecided"),
        *_year_less_notes(table),
        *_us_holidays_notes(table, reading, orders),
    ]


def _order_note(table: RawTable, name: str, order: date_columns.DateOrder) -> str:
    header = STAGES_HEADER if name == STAGES else f'"{header_of(table, name)}"'
    how = "day-first" if order.dayfirst else "US month/day"
    why = order.evidence or "nothing in the file says"  # a locale's; rows that disagree
    flag = "--monthfirst" if order.dayfirst else "--dayfirst"
    return f"{header}: dates such as 3/11/2026 are read {how} ({why}); use {flag} if that is wrong"
