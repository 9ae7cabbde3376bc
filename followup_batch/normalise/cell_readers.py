"""The readers of one cell: a value as the user wrote it -> (the value the rules take, the
problem to say or None), for the fields read one cell at a time (the Interviewer and Interviewer
Email cells are ``interviewers``'; dates are ``date_columns``' and ``row_dates``').

Each runs once per distinct value of its column (``cells.distinct``), so a reader may take its
time over one cell; the frame (``frame.normalise_rows``) spreads the results back to the rows.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
from collections.abc import Iterable
from functools import partial

import numpy as np
import pandas as pd

from followup_batch.normalise import dates
from followup_batch.normalise.calendar_places import city_index, country_index, region_index
from followup_batch.normalise.cells import (
    Cells,
    Distinct,
    cell_text,
    distinct_rows,
    filled_cells,
    header_of,
    quoted,
    shown,
)
from followup_batch.normalise.countries import (
    ADD_A_COUNTRY_COLUMN,
    CITY_SHORT_FORM,
    CODE_OF_OTHERS,
    FIRST_OF_SEVERAL,
    HOME_TAKEN,
    NO_PLACE,
    REGION_UNSURE,
    TOWN_DAYS,
    TOWN_OF_OTHERS,
    UNSURE,
    WRITE_THE_COUNTRY,
    assumption_town,
    calendar_note,
    resolve_place,
    settle_places,
    town_days_unlisted,
)
from followup_batch.normalise.interviewers import without_links
from followup_batch.normalise.locations import location_place, resolve_location
from followup_batch.normalise.place_columns import (
    country_column,
    country_column_note,
    country_of_region,
    regions_country,
)
from followup_batch.normalise.titles import company_left_out, position_left_out
from followup_batch.normalise.vocabularies import (
    VOCABULARIES,
    Vocabulary,
    asked_values,
    match_vocabulary,
    read_mark,
    stage_type,
    suggested_value,
    unread_beside_stage,
)
from followup_batch.read import RawTable, ReadOptions
from followup_batch.read.header_keys import header_key
from followup_batch.read.round_numbers import round_number, says_final_round

INTERVIEWING = "interviewing"
# The outcomes of a row still in process: read beside words that name nothing, they are no
# reading of the cell (``unread_beside_stage``).
STAGES = frozenset({"applied", INTERVIEWING})


def read_vocabulary(value: object, vocabulary: Vocabulary) -> tuple[str, str | None, bool]:
    """(canonical value, problem reason or None, whether the row needs info)."""
    text = cell_text(value)
    if not text:
        return vocabulary.default, None, False
    matched = match_vocabulary(text, vocabulary)
    if matched in vocabulary.not_when_asked:
        asked, rest = asked_values(text, vocabulary)
        # What the rest of the cell says surely stands ("Interviewing, rejected?").
        said = match_vocabulary(rest, vocabulary) if matched in asked and rest else None
        if matched in asked and said != matched:
            stage = f" ({said})" if said is not None else ""
            return (
                vocabulary.default if said is None else said,
                f"{shown(value)} asks rather than says: not read as {matched}, the row stays "
                f"open{stage} and its follow-ups go on; write {matched} once it is so",
                False,
            )
    choices = ", ".join(vocabulary.values[:-1]) + f" or {vocabulary.values[-1]}"
    if matched in STAGES and vocabulary.unknown_needs_info:
        unread = unread_beside_stage(text, vocabulary)
        if unread is not None and not dates.is_placeholder(unread):
            return (
                vocabulary.default,
                f"{shown(value)}: {shown(unread)} is not a known {vocabulary.label} "
                f"({choices}): it may say how the stage ended, so the stage alone is not "
                f"taken; write one of them (blank is {vocabulary.default})",
                True,
            )
    if matched is not None:
        return matched, None, False
    if dates.is_placeholder(text):
        return vocabulary.default, None, False
    which = (vocabulary.ambiguous or {}).get(header_key(text))
    if which is not None:
        return vocabulary.default, f"{shown(value)} {which}", True
    unknown = f"{shown(value)} is not a known {vocabulary.label} ({choices})"
    if vocabulary.unknown_needs_info:
        fix = f"write one of them (blank is {vocabulary.default})"
        guess = suggested_value(text, vocabulary)
        hint = f"; did you mean {guess}?" if guess is not None else ""
        return vocabulary.default, f"{unknown}; {fix}{hint}", True
    return vocabulary.default, f"{unknown}; read as {vocabulary.default}", False


def read_stage(value: object, vocabulary: Vocabulary) -> tuple[str, str | None, bool]:
    """``read_vocabulary`` for a Stage cell that may name an interview type instead
    (``RawTable.types_in_stage``): a stage or an outcome is read as such, and an interview
    type alone ("Video", "Panel") says the row got to the interviewing stage."""
    read = read_vocabulary(value, vocabulary)
    if read[1] is not None and stage_type(value) is not None:
        return INTERVIEWING, None, False
    return read


# The headers of a board's labels (Trello's "Labels", a Notion or Airtable "Tags"): several
# labels a cell, comma-separated, each with its colour in brackets on Trello ("Phone Screen
# (green), Referral (purple)"), only some of them interview types.
LABEL_HEADER_KEYS = frozenset(header_key(h) for h in ("Labels", "Label", "Tags", "Tag"))


def labels_of(value: object) -> list[str]:
    """A labels cell's labels, without their colours: "Onsite (red), Referral (purple)" is
    ["Onsite", "Referral"]."""
    text = cell_text(value)
    labels = (_without_colour(part.strip()) for part in text.split(","))
    return [label for label in labels if label]


def _without_colour(label: str) -> str:
    """A label without the colour in brackets at its end ("Referral (purple)": "Referral").
    Found from the end, not by a pattern searched from every space of the cell (a cell of
    20,000 spaces took 0.3 s)."""
    if label.endswith(")"):
        head, opened, colour = label[:-1].rpartition("(")
        if opened and ")" not in colour:
            return head.rstrip()
    return label


def _phrases(*phrases: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(map(header_key, phrase.split())) for phrase in phrases)


# Labels that say where the job is done, not how its interview is held: a card labelled
# "Remote (green)" is a remote job, not a video interview (fx332). Each phrase starts a label
# ("Remote", "Remote - US", "Hybrid (yellow)"); a label that names the interview after it
# ("Remote interview", "Remote call") is read as before.
WORKPLACE_LABELS = _phrases(
    "Remote",
    "Fully remote",
    "Hybrid",
    "WFH",
    "Work from home",
    "Homeoffice",  # German: working from home
    "Home office",
    "Remoto",  # Spanish, Portuguese, Italian
    "Remota",
    "Híbrido",
    "Hybride",  # French, Dutch
    "Télétravail",
    "Teletrabajo",
)
# The office among them: on a board whose labels say where jobs are done (a card labelled
# with a phrase of ``WORKPLACE_LABELS``), "On-site" beside "Remote" and "Hybrid" is the
# job's office too; on a board of rounds ("Phone Screen", "Onsite", "Final") it is the onsite
# interview, as before.
OFFICE_LABELS = _phrases("On-site", "On site", "In office", "Office", "In person", "Presencial")
# A word after a workplace phrase that makes the label the interview's ("Remote interview").
_INTERVIEW_NOUNS = frozenset(
    header_key(w) for w in ("interview", "interviews", "entrevista", "entretien", "gesprach")
)
_WORDS = re.compile(r"\w+")


def _after_workplace(label: str, workplace: frozenset[tuple[str, ...]]) -> list[str] | None:
    """The words of ``label`` after the phrase of ``workplace`` it starts with ("Remote -
    US": ["us"]), or None when it starts with none."""
    words = [header_key(w) for w in _WORDS.findall(label)]
    taken = max((len(p) for p in workplace if tuple(words[: len(p)]) == p), default=0)
    return words[taken:] if taken else None


def _says_workplace(
    label: str, vocabulary: Vocabulary, workplace: frozenset[tuple[str, ...]]
) -> bool:
    """Whether ``label`` says where the job is done and nothing of its interview: it starts
    with a phrase of ``workplace`` and no interview is named after it ("Remote", "Hybrid -
    NYC"; not "Remote interview", "Remote phone screen")."""
    rest = _after_workplace(label, workplace)
    return rest is not None and not (
        _INTERVIEW_NOUNS.intersection(rest) or match_vocabulary(" ".join(rest), vocabulary)
    )


def board_labels(cells: Iterable[object]) -> list[str]:
    """Each label of a labels column's ``cells`` once, in the order first met."""
    return list(
        dict.fromkeys(
            label
            for cell in pd.unique(np.asarray(cells, dtype=object))
            for label in labels_of(cell)
        )
    )


def workplace_of_board(labels: Iterable[str], vocabulary: Vocabulary) -> frozenset[tuple[str, ...]]:
    """The phrases that say where a job is done on a board of these ``labels``
    (``board_labels``): ``WORKPLACE_LABELS``, and ``OFFICE_LABELS`` too when a label of the
    board is one of the former ("Remote" beside "On-site")."""
    if any(_says_workplace(label, vocabulary, WORKPLACE_LABELS) for label in labels):
        return WORKPLACE_LABELS | OFFICE_LABELS
    return WORKPLACE_LABELS


def label_type(
    label: str, vocabulary: Vocabulary, workplace: frozenset[tuple[str, ...]]
) -> str | None:
    """The interview type one label names, or None: a label of another kind ("Referral"), or
    one that says where the job is done (``workplace``: ``workplace_of_board``)."""
    rest = _after_workplace(label, workplace)
    if rest is not None and match_vocabulary(" ".join(rest), vocabulary) is not None:
        label = " ".join(rest)  # "Remote phone screen": a phone screen of a remote job
    elif rest is not None and not _INTERVIEW_NOUNS.intersection(rest):
        return None  # "Remote", "Hybrid - NYC": where the job is done
    kind, problem, _ = read_vocabulary(label, vocabulary)
    return kind if problem is None else None


def read_labels(
    value: object, vocabulary: Vocabulary, workplace: frozenset[tuple[str, ...]]
) -> tuple[str, None, bool]:
    """The interview type a labels cell names (``LABEL_HEADER_KEYS``): of its labels, those
    that read as a type (``label_type``), the first by the vocabulary's precedence; the others
    ("Referral", a remote job's "Remote") are no problem of the row, only labels of another
    kind (ot136 F10: a "not a known interview type" problem on a third of a Trello board's
    rows). ``workplace``: the phrases that say where a job is done on its board
    (``workplace_of_board``)."""
    named = {label_type(label, vocabulary, workplace) for label in labels_of(value)}
    kind = next((k for k in vocabulary.precedence if k in named), vocabulary.default)
    return kind, None, False


# A Status cell that is an interview type's word and still no type: "Final" may be the final
# stage of anything (a decision, a review), where "Final Round" is the interview.
_VAGUE_TYPES_IN_STATUS = frozenset({header_key("Final")})


def read_type_in_status(value: object, vocabulary: Vocabulary) -> tuple[str, None, bool]:
    """The interview type of a row from its Status cell (``RawTable.types_in_status``): only
    a whole cell that is an interview type's name and reads as the interviewing stage ("Phone
    Screen", "Final Round", "Onsite") gives it. Any other is no problem, the type is the
    default: "Offer", "Progressed to final round" (the next interview's, not this one's),
    "Video" (no stage), "Final" (``_VAGUE_TYPES_IN_STATUS``)."""
    key = header_key(value) if isinstance(value, str) else ""
    kind = vocabulary.words.get(key)
    stage, problem, _ = read_vocabulary(value, VOCABULARIES["outcome"])
    if kind is None or key in _VAGUE_TYPES_IN_STATUS or stage != INTERVIEWING or problem:
        return vocabulary.default, None, False
    return kind, None, False


def read_type_in_stage(value: object, vocabulary: Vocabulary) -> tuple[str, None, bool]:
    """The interview type of a row from its Stage cell (``stage_type``): a cell that names
    none ("Offer") is no problem, the type is the default."""
    return stage_type(value) or vocabulary.default, None, False


def read_round(value: object) -> tuple[int | None, str | None]:
    """A round number >= 1 from 2, 2.0, 'Round 2', '2nd', 'second'; (None, reason) otherwise.
    The last round's words ('Final', ``says_final_round``) are no number and no problem."""
    if says_final_round(value):
        return None, None
    reason = f"{shown(value)} is not a round number (1, 2, 3, ..., or Final)"
    if isinstance(value, (bool, np.bool_)):
        return None, reason
    if isinstance(value, numbers.Real) and math.isnan(float(value)):
        return None, None
    if not isinstance(value, numbers.Real) and dates.is_placeholder(cell_text(value).casefold()):
        return None, None
    number = round_number(value if isinstance(value, numbers.Real) else cell_text(value))
    if number is None:
        return None, reason
    return number, None


# A Company or Position cell's line that goes on with the name above it, typed on two lines or
# wrapped with Alt+Enter ('Acme' over 'GmbH', 'Product' over 'Manager', 'Bank' over 'of
# America'): a few words, each capitalised or a joining word, without a digit, a bracket, a
# colon, a comma or other signs of a note (a date, '(remote)', 'recruiter: Jo', a URL, an
# address or an e-mail), that names no place ('Acme' over 'Berlin' or 'Germany': where the job
# is) and does not begin with a note's word ('Follow up', 'Offer', 'Via LinkedIn').
NAME_LINE_WORDS = 4
_NOT_NAME_LINE = re.compile(r"[\d()\[\]{}:;,@/\\<>#=+*?!\"|]|\bwww\.")
NAME_JOINERS = frozenset(
    {"&", "and", "of", "for", "the", "und", "für", "der", "die", "das", "de", "du", "des", "la"}
    | {"le", "y", "e", "di", "da", "do", "dos", "van", "von", "zu", "am", "an", "im", "in"}
)
NOTE_WORDS = frozenset(
    {"via", "see", "ask", "call", "called", "email", "e-mail", "emailed", "mail", "applied"}
    | {"apply", "referral", "referred", "contact", "follow", "followed", "note", "notes"}
    | {"todo", "to-do", "met", "sent", "waiting", "ghosted", "rejected", "rejection", "offer"}
    | {"interview", "interviewed", "remote", "hybrid", "onsite", "on-site", "hq", "tbd", "tbc"}
    | {"urgent", "maybe", "dream", "priority", "ref", "linkedin", "indeed", "glassdoor", "xing"}
)
# Company forms, whose codes are places' too ('AG' Antigua, 'SE' Sweden, 'Co.' Colombia):
# a line of them alone ('AG', 'GmbH & Co. KG', 'A/S', 'S.p.A.') is the name's, dots aside.
LEGAL_FORMS = frozenset(
    {"ag", "se", "sa", "ab", "nv", "bv", "as", "a/s", "asa", "aps", "oy", "oyj", "spa", "srl"}
    | {"sas", "sarl", "sl", "kg", "kgaa", "gmbh", "ug", "ohg", "gbr", "ev", "inc", "ltd", "llc"}
    | {"plc", "corp", "co", "lp", "llp", "pty", "pte", "kk", "bhd", "sdn", "sro", "kft", "doo"}
    | {"limited", "corporation", "company", "&"}
)
STREET_WORDS = frozenset(
    {"street", "st.", "str.", "strasse", "straße", "road", "rd.", "avenue", "ave.", "platz"}
)


def continues_name(line: str) -> bool:
    """Whether ``line``, under a Company or Position cell's first line, is more of the name
    (``NOTE_WORDS``, ``NAME_JOINERS``, ``LEGAL_FORMS``): 'GmbH', 'AG', 'Manager', 'of America',
    '& Co. KG' are;
    'follow up in Jan', '(remote)', 'Berlin', 'Via LinkedIn', 'Hauptstraße 5' are not."""
    words = line.split()
    if any(word != "&" for word in words) and all(
        word.casefold().replace(".", "") in LEGAL_FORMS for word in words
    ):
        return len(words) <= NAME_LINE_WORDS
    if not words or len(words) > NAME_LINE_WORDS or _NOT_NAME_LINE.search(line):
        return False
    if words[0].casefold().rstrip(".") in NOTE_WORDS or words[-1].casefold() in STREET_WORDS:
        return False
    if not all(word[0].isupper() or word.casefold() in NAME_JOINERS for word in words):
        return False
    if not any(word[0].isupper() for word in words) or location_place(line) != line:
        return False  # 'Remote', 'Hybrid': a way to work
    place = header_key(line)
    return not (place in city_index() or place in country_index() or place in region_index())


def cell_name(text: str) -> str:
    """A Company or Position cell's name: its first line with words, tabs and runs of spaces
    one space, and the lines right under it that go on with the name (``continues_name``:
    'Acme' over 'GmbH' is 'Acme GmbH'; a line ending in a hyphen is joined without a space,
    'Müller-' over 'Lüdenscheidt'); a blank line, or a line that does not, ends it: the rest is
    a note ('Acme' over 'follow up in Jan' is 'Acme')."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        return ""
    name = lines[0]
    for line in lines[1:]:
        if not continues_name(line):
            break
        name = f"{name}{line}" if name.endswith("-") else f"{name} {line}"
    return name


def read_required_text(value: object, header: str) -> tuple[str | None, str | None]:
    """A Company or Position cell as every output names it (the drafts, the calendar, the .eml
    files, the digest): its first line with words and the lines that go on with the name
    (``cell_name``: "Acme" over "GmbH" is "Acme GmbH", "Acme" over "follow up in Jan" is
    "Acme"). The cell itself is the user's and stays as written."""
    text = cell_name(without_links(cell_text(value)))
    if not text:
        return None, f"{header} is empty"
    if dates.is_placeholder(text):
        return None, f"{header} is empty ({shown(value)})"
    return text, None


def read_company(value: object, header: str) -> tuple[str | None, str | None]:
    """``read_required_text``, and the problem of a cell too long for the drafts to name
    (``titles.company_left_out``): it is no reason to stop the row."""
    text, problem = read_required_text(value, header)
    return text, problem or (company_left_out(text) if text else None)


def read_position(value: object, header: str) -> tuple[str | None, str | None]:
    """``read_company`` for a Position cell (``titles.position_left_out``)."""
    text, problem = read_required_text(value, header)
    return text, problem or (position_left_out(text) if text else None)


# The cells that say where a row is, most precise first: the Country cell's reading is made
# more precise by the row's State and City cells (``countries.resolve_place``), and a Location
# cell stands for the City cell, or says it all (``locations.resolve_location``).
PLACE_FIELDS = ("location", "city", "region", "country")


# The cells that make a row an application or an interview: a row without any of them (a
# note, a placeholder, a section heading) is Needs info, and its place says nothing of the
# other rows' (outside test ot87 F2).
APPLICATION_FIELDS = ("company", "interview_at", "applied_at")


def place_voters(frame: pd.DataFrame) -> np.ndarray:
    """Which rows' places settle the other rows' (``countries.settle_places``): those with a
    Company, Interview Date or Date Applied cell filled. A row of "Athens, Greece" and a note
    alone does not put the tracker's towns no table lists ('Team A') on Greece's calendar. A
    tracker with none of those columns: every row."""
    columns = [frame[f] for f in APPLICATION_FIELDS if f in frame.columns]
    if not columns:
        return np.ones(len(frame), dtype=bool)
    return np.logical_or.reduce([filled_cells(c.tolist()) for c in columns])


def read_places(
    cells: Cells, options: ReadOptions
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """Each row's calendar, what its Why says of it (``countries.calendar_note``) and its
    problem or None by the field of the cell it is said at, from its City, State and Country
    cells. A code that is a region of
    several countries ('NS': Canada's and Nicaragua's) is the one of the countries the
    tracker's other rows are in, and so is a city of several countries ('Cambridge' beside
    'Boston': ``countries.settle_places``). A State column of stages
    ('Applied', 'Rejected') is no place: it is the Outcome or left alone before
    (``roles.resolve_roles``)."""
    default = options.default_country
    column = options.country_reading or country_column(reading_texts(cells)[1], default)
    fields = [f for f in PLACE_FIELDS if f in cells] or ["country"]
    regions_of = regions_country(city_regions(cells), default) if "region" in cells else ""

    def read(others: frozenset[str]) -> tuple[Distinct, list[Distinct]]:
        def one(*values: object) -> tuple[str, str | None]:
            place = dict(zip(fields, values, strict=True))
            return read_place(
                *(place.get(f) for f in PLACE_FIELDS[1:]),
                default=default,
                column=column,
                others=others,
                location=place.get("location"),
                named=options.named_country,
                regions_of=regions_of,
                settling=True,
            )

        return distinct_rows([cells[f] for f in fields], one, [cells.groups(f) for f in fields])

    readings, values = read(frozenset())
    # Each row's cells that hold a place, by field.
    filled = [np.array([bool(cell_text(v)) for v in d.results])[d.codes] for d in values]
    # The places that settle others' are those of applications, not of a note or heading,
    # and named: a 'TBD' is the default's calendar, not a row in its country (ot117 F6: beside
    # it, 'DACH' was "a town" of the US as "the tracker's other rows are in US").
    named = [np.array([names_something(v) for v in d.results])[d.codes] for d in values]
    written = np.zeros(len(readings.results), dtype=bool)
    voting = readings.codes[np.logical_or.reduce(named) & place_voters(cells.raw.cells)]
    written[voting] = True
    settled = settle_places(
        readings.results,
        lambda others: read(others)[0].results,
        written.tolist(),
        default,
        np.bincount(voting, minlength=len(readings.results)).tolist(),
    )
    readings = Distinct(readings.codes, settled)
    # A problem is said at the row's last filled place cell: the Country cell, else State.
    # Remote work ('Remote') is no problem: the row's Why says its calendar is the default.
    said_in_why = (
        NO_PLACE,
        TOWN_OF_OTHERS,
        HOME_TAKEN,
        CODE_OF_OTHERS,
        TOWN_DAYS,
        FIRST_OF_SEVERAL,
        CITY_SHORT_FORM,
    )
    no_column = "country" not in cells

    def said_in_problems(reason: str | None) -> str | None:
        if reason is None or any(w in reason for w in said_in_why):
            return None
        return reason.replace(WRITE_THE_COUNTRY, ADD_A_COUNTRY_COLUMN) if no_column else reason

    reasons = readings.reasons(lambda r: said_in_problems(r[1]))
    said = {f: np.full(len(readings.codes), None, dtype=object) for f in fields}
    if reasons is not None:
        at = np.full(len(readings.codes), len(fields) - 1)
        for i, cells_filled in enumerate(filled):
            at = np.where(cells_filled, i, at)
        for i, field in enumerate(fields):
            said[field][at == i] = reasons[at == i]
    return (
        readings.column(lambda r: r[0]),
        readings.column(partial(calendar_note, default=default)),
        said,
    )


def names_something(value: object) -> bool:
    """Whether a place cell says something: not blank, nor a placeholder ('TBD', 'N/A')."""
    text = cell_text(value)
    return bool(text) and not dates.is_placeholder(text)


def read_place(
    city: object,
    region: object,
    country: object,
    *,
    default: str,
    column: str = UNSURE,
    others: frozenset[str] = frozenset(),
    location: object = None,
    named: str = "",
    regions_of: str = "",
    settling: bool = False,
) -> tuple[str, str | None]:
    """('US' / 'US-CA', problem reason or None) for a row's City, State and Country cells
    (``countries.resolve_place``) and its Location cell (``locations.resolve_location``);
    all blank -> the default country. ``column``: how the Country column reads 'CA'
    (``place_columns.country_column``). ``regions_of``: the country the State column's cells are
    the regions of (``place_columns.regions_country``), which a blank Country cell beside one of
    them stands for: a Brazilian 'PE' is Pernambuco, not Peru, but 'Pittsburgh' and 'PA' are
    Pennsylvania (``place_columns.country_of_region``). ``settling``: the reading as
    ``countries.settle_places`` takes it, a code read as the default's region for want of
    other rows saying so (``REGION_UNSURE``: 'Irvine, CA' on a US tracker), which is no
    problem and not said otherwise."""
    texts = [cell_text(v) for v in (city, region, country)]
    where = cell_text(location)
    beside = texts[2] or country_of_region(texts[1], regions_of, default, texts[0] or where)
    read = [*texts[:2], beside]
    if where:
        reading, reason = resolve_location(where, *read, default, column, others, named)
        texts = [where, *texts[1:]] if not texts[0] else texts
    elif texts[0] and not location_place(texts[0]):
        # A City cell of 'Hybrid' or 'Downtown' names no town: read as such a Location cell.
        reading, reason = resolve_location(texts[0], "", *read[1:], default, column, others, named)
    else:
        reading, reason = resolve_place(*read, default, column, others, named)
    # A State or Country cell's reading is said of those cells as written ('"Espagne" is not
    # a country', not '"Madrid, Espagne"'): the town is read only with them.
    written = ", ".join(t for t in texts[1:] if t) or texts[0]
    # 'Munich': Bavaria's calendar with Assumption Day, which its Catholic towns keep.
    reading = assumption_town([location_place(texts[0]), *texts[1:]], reading)
    if reason is not None and REGION_UNSURE in reason and not settling:
        reason = None
    if reason is None:  # 'Campinas': the state's calendar, and its Why says the town's are not
        return reading, town_days_unlisted(location_place(texts[0]), reading)
    return reading, f'"{quoted(written)}"{reason}'


def country_texts(values: pd.Series) -> set[str]:
    """A Country column's distinct texts, for ``country_column``."""
    return {cell_text(v) for v in pd.unique(values.to_numpy(dtype=object)).tolist()}


def city_regions(cells: Cells) -> set[tuple[str, str]]:
    """A tracker's distinct (City, State) cells, for ``regions_country``."""
    pairs = zip(cells["city"].tolist(), cells["region"].tolist(), strict=True)
    return {(cell_text(city), cell_text(region)) for city, region in set(pairs)}


def reading_texts(columns: Cells | pd.DataFrame) -> tuple[str, set[str]]:
    """The field whose cells say how a bare 'CA' or 'Georgia' is read
    (``place_columns.country_column``), and their distinct texts: the Country column's, else a
    Location column's places ('Texas', 'NY' and 'TX' beside 'Georgia' make it the US state;
    'Remote (US)' is 'US')."""
    texts = country_texts(columns["country"]) if "country" in columns else set()
    if any(texts) or "location" not in columns:
        return "country", texts
    return "location", {location_place(t) for t in country_texts(columns["location"])}


def country_notes(table: RawTable, options: ReadOptions) -> list[str]:
    """The note that a Country (or Location) column's 'CA' and 'IL' were read as the default
    country's regions, as its other cells are ('TX', 'NY'): once a column, as a date column's
    order."""
    field, texts = reading_texts(table.cells)
    if field not in table.cells:
        return []
    header = header_of(table, field)
    return country_column_note(texts, options.default_country, header, field == "location")


def read_interviewed(value: object) -> tuple[bool | None, str | None]:
    """An Interviewed cell: (True for yes, False for no, None when blank; problem or None)."""
    mark = read_mark(value)
    if mark is not None or dates.is_placeholder(value) or not cell_text(value):
        return mark, None
    return None, f"{shown(value)} is not yes or no"


def read_offered(
    value: object,
    as_of: dt.date | None,
    country: str | None = None,
    placed: bool = False,
    dayfirst: bool | None = None,
) -> tuple[bool | None, str | None, dt.date | None]:
    """An Offer Date cell: (True for a date or a yes, False for a no, None when blank; problem
    or None; the offer's date when it is one). A date after ``as_of`` is an offer still to
    come. Read in the local calendar of the row's ``country`` (a code), as the other date
    columns are ("15/01/2570" on a Thai row, "116/01/15" on a Taiwanese one), and such a date
    elsewhere is said in words (``dates.era_hint``; ``placed``: the row's place was written).
    ``dayfirst``: the column's order for this cell (``DateOrder.dayfirst_for``), as the other
    date columns read theirs (fx198: "5/1/2027" on a British tracker was 1 May)."""
    mark = read_mark(value)
    if mark is not None or dates.is_placeholder(value) or not cell_text(value):
        return mark, None, None
    parsed = dates.local_era_date(value, country, dayfirst) or dates.parse_date(
        value, dayfirst=dayfirst
    )
    if parsed.value is None and parsed.month_day is None:
        said = dates.era_hint(value, parsed.problem, placed, country)
        if said is None:
            era = (parsed.problem or "").startswith("has the year ")
            said = parsed.problem if era else "is not a date or yes/no"
        return None, f"{shown(value)} {said}; not read as an offer", None
    if as_of is not None and parsed.value is not None and parsed.value > as_of:
        return (
            False,
            f"{shown(value)} is after {as_of:%a %Y-%m-%d}; not read as an offer yet",
            None,
        )
    return True, None, parsed.value
