"""Header detection: which row of a sheet (or CSV) is the header, and which field each
column holds.

The header row is the first of the first ``HEADER_SEARCH_ROWS`` rows that has the required
fields (Company, Position and a date: the interview's or the application's), so titles and
group headers above it are passed over. Headers are matched against the synonyms of ``fields``
with the user's column map on top; when several columns name one field, a mapped one wins,
then the field's own name (``interview_at``), then the canonical header ("Interview Date" over
"Interview Time"), then an English one over
one in another language ("Role" over "Cargo"), then a specific one over a generic one
("Interview Scheduled" over "Interview"), then the first. The others are kept as the field's
rivals (``HeaderMatch.rivals``) for the normalise stage: a filled one takes over from an empty
choice, and several Outcome columns are weighed again by their values.
A wide tracker's stage-date columns ("Phone", "Onsite", "Final") stand in for the Interview
Date. A column headed only "Date" is the applied date beside a specific interview date (or
stage columns), the interview date beside a specific applied date, and otherwise left for the
normalise stage to decide from the stage column (``HeaderMatch.ambiguous_date``).
A header written over two rows, group headers merged over the headers below them ("Dates" over
"Applied" | "Interview"), is read as one row, each column by its header under its group, when
that reads more columns than either row alone (``_two_row_header``).
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from followup_batch.errors import LEFT_ALONE
from followup_batch.read import fields, header_index, layouts, stage_headers
from followup_batch.read.column_letters import column_letter
from followup_batch.read.header_keys import BEFORE_BRACKETS, BRACKETED_NAME, header_key
from followup_batch.read.lookalike_headers import asks_whether_to_send, no_dates_fix
from followup_batch.read.options import ReadOptions, check_column_map
from followup_batch.read.sent_headers import SENT_NAMES

HEADER_SEARCH_ROWS = 50  # the header row must be within the first 50 rows


def header_index_with(column_map: Mapping[str, str]) -> Mapping[str, str]:
    """HEADER_INDEX with the user's explicit mapping on top (it wins over synonyms): made once
    a process for a map, not copied for every look-up (75,000 keys, 2 ms a copy, four times a
    file of a coach's folder)."""
    check_column_map(column_map)
    if not column_map:
        return header_index.HEADER_INDEX
    return _header_index_mapped(tuple(column_map.items()))


@functools.lru_cache(maxsize=8)
def _header_index_mapped(column_map: tuple[tuple[str, str], ...]) -> Mapping[str, str]:
    return MappingProxyType(
        {**header_index.HEADER_INDEX, **{header_key(header): name for header, name in column_map}}
    )


# A format hint after a header, in brackets: a date format ("Interview Date (MM/DD/YYYY)",
# "Applied [dd.mm.yy]") or a yes/no one ("Interviewed (Y/N)"). Any other words in brackets
# ("Notes (private)", "Name (Hiring Manager)", "Company (Agency)") say what the column is,
# and it is not the field the words before them name. Each run of spaces is taken whole
# (``\s*+``), and the one before the bracket from its first space (the lookbehind), so a long
# run is not scanned again from each of its spaces; between the letters of a date format, a
# dash, slash or dot with any spaces around it, or spaces with a plain space among them.
_DATE_HINT = re.compile(
    r"(?<!\s)\s*+[(\[]\s*+(?:[dmy]{1,4}(?:\s*+[-/.]|[^\S ]*+ )\s*+){1,2}[dmy]{1,4}\s*+[)\]]\s*+$",
    re.IGNORECASE,
)
_MARK_HINT = re.compile(
    r"(?<!\s)\s*+[(\[]\s*+(?:y\s*+/\s*+n|yes\s*+/\s*+no|x)\s*+[)\]]\s*+$", re.IGNORECASE
)
DATE_FIELDS = frozenset(fields.DATE_FIELDS)
MARK_FIELDS = frozenset(
    {"interviewed", "applied", *fields.SENT_FIELDS, "application_check_in_sent"}
)


def header_lookup_key(header: str, index: Mapping[str, str]) -> str:
    """The key a header is looked up by: its own, or when that names no field and it ends in a
    format hint that fits the field the rest names, the key of the rest ("Interview Date
    (MM/DD/YYYY)" is the Interview Date; "Interviewed (Y/N)" is Interviewed)."""
    key = header_key(header)
    if key in index or key in header_index.AMBIGUOUS_DATE_KEYS:
        return key
    for hint, fitting in ((_DATE_HINT, DATE_FIELDS), (_MARK_HINT, MARK_FIELDS)):
        bare = hint.sub("", header)
        if bare and bare != header:
            bare_key = header_key(bare)
            if index.get(bare_key) in fitting or (
                bare_key in header_index.AMBIGUOUS_DATE_KEYS and fitting is DATE_FIELDS
            ):
                return bare_key
    return _bilingual_key(header, index) or key


# A bilingual header, two names of one column with a slash between them ("Firma / Company",
# "Stelle / Role", "Empresa / Company": ot98 F13, "missing: Company"). Not one with brackets,
# whose slashes are a hint's ("Interview Date (MM/DD/YYYY)"). Spaces before it from a run's
# first one only (the lookbehind), so a long run is not scanned again from each space.
_BILINGUAL_SLASH = re.compile(r"(?:(?<!\s)\s++)?/\s*")


def _bilingual_key(header: str, index: Mapping[str, str]) -> str | None:
    """The key ``header`` is read by when it is names of one field with a slash between them
    (``bilingual_reading``), or None."""
    reading = bilingual_reading(header, index)
    return reading[0] if reading is not None else None


# A header and its translation in brackets, as a slash joins them: "Company (Firma)",
# "Position (Stelle)", "Interview Date (Datum)" (ot101 F12: refused, "missing: Company").
# A format hint in brackets is not one ("Interview Date (MM/DD/YYYY)": ``header_lookup_key``).
_BRACKETED = re.compile(rf"\s*{BRACKETED_NAME}\s*[(\[]\s*{BRACKETED_NAME}\s*[)\]]\s*")


def _bilingual_parts(header: str) -> list[str] | None:
    """The names a bilingual header joins: with slashes ("Firma / Company"), or one name and
    one in brackets after it ("Company (Firma)"); None for any other header."""
    if not any(c in header for c in "()[]"):
        return [p.strip() for p in _BILINGUAL_SLASH.split(header)] if "/" in header else None
    bracketed = _BRACKETED.fullmatch(header)
    if bracketed is None or "/" in header:
        return None
    return [bracketed[1], bracketed[2]]


# Words that name a field beside its name in another language, though alone they are read
# as no column ("Stand" also begins "Standort", and a "Stand" alone may be a date as of which):
# "Status / Stand" is the Outcome (ot107 F6: left alone, every row a check-in due, even an
# accepted job's).
PAIR_WORDS: dict[str, str] = {header_key("Stand"): "outcome"}


# Fields a bilingual header's two names may be: a place's ("Ort / Location", "Stadt /
# Location": ot100 F7, the header was left alone and every row on the default calendar) is
# its Location, as a Location cell is read as a City cell is.
_PLACE_PAIR = frozenset({"city", "location"})


def bilingual_reading(header: str, index: Mapping[str, str]) -> tuple[str, str | None] | None:
    """(key, note) for a header that is names of one field with a slash between them, each a
    name the tool knows ("Firma / Company" is Company), a City's and a Location's ("Ort /
    Location" is Location), or one known name and one unknown word that is no other column's
    ("Firmenname / Company" is Company): the note says how it is read in the last two cases.
    None for two fields' names ("Company / Role", "Date / Time": ``two_fields``)."""
    parts = _bilingual_parts(header)
    if parts is None:
        return None
    keys = [header_key(part) for part in parts]
    if len(keys) < 2 or not all(keys):
        return None
    if all(k in header_index.AMBIGUOUS_DATE_KEYS for k in keys):
        return keys[0], None  # "Datum / Date": a date column, placed as "Date" is
    names = {index.get(k) or PAIR_WORDS.get(k) for k in keys}
    if len(names) == 1 and None not in names:
        return next(k for k in keys if k in index), None
    if names == _PLACE_PAIR:
        key = next(k for k in keys if index[k] == "location")
        return key, f'"{header}": read as Location (a city is a place of the Location column)'
    known = [k for k in keys if k in index]
    unknown = [p for p, k in zip(parts, keys, strict=True) if k not in index]
    if len({index[k] for k in known}) != 1 or len(unknown) != 1 or " " in unknown[0]:
        return None
    name = index[known[0]]
    if header_key(unknown[0]) in header_index.AMBIGUOUS_DATE_KEYS:
        # "Interview Date (Datum)", "Date Applied / Datum": a date field's name beside the
        # word for a date is that field (ot101 F12); beside another field's, two columns.
        return (known[0], None) if name in DATE_FIELDS else None
    if "/" not in header and unknown[0] == parts[1]:
        # A known name with a word in brackets after it: the word says which or whose
        # ("Email (personal)", "Notes (private)"), not its name in another language.
        return None
    if _names_another_field(header_key(unknown[0]), name, index):
        return None
    label = fields.FIELDS_BY_NAME[name].header
    return known[0], (
        f'"{header}": read as {label} ("{unknown[0]}" is no column name the tool knows; '
        f'--map "{header}=..." reads it otherwise)'
    )


# A tracker's columns the tool does not read: beside a known name with a slash they are a
# second column's name, not the same column's in another language ("Company / Agency").
OTHER_COLUMN_WORDS = frozenset(
    header_key(w)
    for w in (
        "Time", "Salary", "Pay", "Compensation", "Agency", "Source", "Link", "URL", "Phone",
        "Referral", "Referrer", "Contact", "Team", "Department", "Level", "Rating", "Priority",
        "Uhrzeit", "Zeit", "Gehalt", "Heure", "Salaire", "Hora", "Salario", "Ora", "Tijd",
    )
)  # fmt: skip


def _names_another_field(word: str, name: str, index: Mapping[str, str]) -> bool:
    """Whether ``word`` is a column the tool does not read (``OTHER_COLUMN_WORDS``) or begins
    or ends a header of a field other than ``name`` ("Time" of "Interview Time"): it is
    another column's name."""
    if word in OTHER_COLUMN_WORDS:
        return True
    return any(
        other != name and key != word and (key.startswith(word) or key.endswith(word))
        for key, other in index.items()
    )


def unread_field_of_two(header: str, index: Mapping[str, str], mapping: dict[str, int]) -> str:
    """The field a header naming two fields with a slash names that no other column is read as
    ("outcome" of "Status / Notes" on a tracker with no other Outcome column), else ''."""
    if not two_fields(header, index):
        return ""
    named = [index.get(header_key(part)) for part in _BILINGUAL_SLASH.split(header)]
    return next((name for name in named if name is not None and name not in mapping), "")


def two_fields(header: str, index: Mapping[str, str]) -> list[str]:
    """The fields' labels a header with a slash names when its parts name different ones
    ("Company / Role": Company, Position; "Date / Time": Date, Time), else []."""
    if "/" not in header or any(c in header for c in "()[]") or bilingual_reading(header, index):
        return []
    parts = [p.strip() for p in _BILINGUAL_SLASH.split(header)]
    if len(parts) < 2 or not all(header_key(p) for p in parts):
        return []
    labels = []
    for part in parts:
        name = index.get(header_key(part))
        labels.append(fields.FIELDS_BY_NAME[name].header if name else part)
    named = [p for p in parts if header_key(p) in index]
    dated = [p for p in parts if header_key(p) in header_index.AMBIGUOUS_DATE_KEYS]
    return labels if len(named) + len(dated) >= 1 and len(set(labels)) > 1 else []


def stage_type(header: str) -> str | None:
    """The interview type a wide tracker's stage-date header names ("On-Campus" -> onsite,
    "Phone Screen (MM/DD)" -> phone)."""
    kind = _stage_type(header)
    bare = _DATE_HINT.sub("", header)
    return kind if kind is not None or not bare or bare == header else _stage_type(bare)


def _stage_type(header: str) -> str | None:
    key = header_key(header)
    for prefix in ("", *stage_headers.STAGE_HEADER_PREFIXES):
        if not key.startswith(prefix):
            continue
        bare = key.removeprefix(prefix)
        for stem in (
            bare,
            *(bare.removesuffix(end) for end in stage_headers.STAGE_HEADER_SUFFIXES),
        ):
            if stem in stage_headers.STAGE_HEADERS:
                return stage_headers.STAGE_HEADERS[stem]
    return None


@dataclass
class HeaderMatch:
    """One row read as a header: which field each column holds."""

    row: int
    headers: list[str]
    mapping: dict[str, int]
    ignored: list[str]
    notes: list[str]
    stages: dict[int, str] = field(default_factory=dict)  # wide tracker: column -> type
    # A "Date" column read as the interview date for now: its values decide (normalise).
    ambiguous_date: int | None = None
    # Fields several columns' headers name: field -> the columns not chosen by header, best
    # first, for the normalise stage to weigh (a filled one over an empty choice; the Outcome
    # by its values, ``VALUE_DECIDED``). None where the user's column map names one.
    rivals: dict[str, list[int]] = field(default_factory=dict)
    # Columns headed only "Date" that nothing tells apart: the one read first, then those left
    # alone (``table`` says the rows where both are filled; ot101 F9). Empty when none.
    date_twins: tuple[int, ...] = ()

    @property
    def missing(self) -> list[str]:
        """The required fields no column is read as, but Position on a log of applications
        (``is_application_log``): its rows not interviewed need none (README)."""
        missing = self.missing_all
        if missing == ["position"] and self.is_application_log:
            return []
        return missing

    @property
    def missing_all(self) -> list[str]:
        """The required fields no column is read as."""
        dated = self.is_wide or any(f in self.mapping for f in fields.DATE_SOURCES)
        dated = dated or "saved_at" in self.mapping  # saved postings (``fields.UNDATED_SOURCES``)
        return [
            f
            for f in fields.REQUIRED_FIELDS
            if f not in self.mapping and not (f == "interview_at" and dated)
        ]

    @property
    def is_application_log(self) -> bool:
        """The row heads a log of applications: a Company, the day applied (or a bare "Date")
        and a Status, no interview column (ot145 F6: "Date, Platform, Company, Job Link,
        Status" was refused for want of a Position)."""
        bare_date = self.ambiguous_date is not None
        interviews = self.mapping.get("interview_at", self.ambiguous_date)
        return (
            "company" in self.mapping
            and "outcome" in self.mapping
            and ("applied_at" in self.mapping or bare_date)
            and interviews == self.ambiguous_date
            and not self.stages
        )

    @property
    def lists_people(self) -> bool:
        """Whether this row heads a list of people met rather than a tracker: no column says a
        status, a stage, an application or an interview, a column names or addresses people,
        and its only date is a column headed "Date" (a contacts sheet's "Name, Company, Title,
        Email, Date"), or it has none and columns hold people's names and employers (an
        Airtable "People" table, LinkedIn's Connections.csv, whose "Connected On" is no date a
        follow-up keys on). Not "Company, Role, Date, Status", nor a coach's "Client, Company,
        Role, Date", nor an "Interviewer" beside the "Date", nor a log without names whose
        role column says the job applied for ("Company, Position, Date, Email")."""
        told = any(f in self.mapping for f in TRACKER_EVIDENCE) or bool(self.stages)
        told = told or any(
            word in header_key(h) for h in self.headers if h for word in INTERVIEW_WORDS
        )
        named = any(header_key(h) in PERSON_NAME_KEYS for h in self.headers if h)
        if told:
            return False
        if self.ambiguous_date is not None:
            # An address without a name beside it is a recruiter's on a log of applications
            # when a column says the role applied for ("Company, Job Title, Date, Recruiter
            # Email"); with a person's name, the role is that person's ("Name, Title, ...").
            return named or ("interviewer_email" in self.mapping and "position" not in self.mapping)
        # Without a date, a column of employers too: a lone "Name" column is no list of contacts.
        dated = any(f in self.mapping for f in fields.DATE_SOURCES)
        return named and "company" in self.mapping and not dated

    @property
    def is_wide(self) -> bool:
        return "interview_at" not in self.mapping and len(self.stages) >= (
            stage_headers.MIN_STAGE_COLUMNS
        )


# The fields only a tracker of applications and interviews has: beside a bare "Date", one of
# them says the rows are interviews or applications, not people met (a contacts sheet).
TRACKER_EVIDENCE = frozenset(
    {
        "outcome",
        "applied_at",
        "interview_type",
        "round",
        "interviewed",
        "offered",
        "stated_decision",
        "thank_you_sent",
        "check_in_1_sent",
        "check_in_2_sent",
        "final_sent",
        "application_check_in_sent",
    }
)


# Headers of a column of people's names: beside a bare "Date", or with no date at all, they
# make the sheet a list of people ("Client" is a coach's tracker, so it is not one of them).
PERSON_NAME_KEYS = frozenset(
    header_key(h)
    for h in (
        "Name", "Full Name", "First Name", "Last Name", "Surname", "Contact Name",
        "Vorname", "Nachname", "Nombre", "Apellido", "Apellidos", "Prénom", "Nom",
        "Nome", "Cognome", "Voornaam", "Achternaam",
    )
)  # fmt: skip
# Words of a header that say the rows are interviews ("Interviewer", "Entrevistador").
INTERVIEW_WORDS = ("interview", "entrevist", "entretien", "gesprach", "colloquio", "intervista")


def without_contact_lists(
    found: list[tuple[str, HeaderMatch]],
) -> tuple[list[int], list[str]]:
    """The positions in ``found`` (sheet name, header) to follow up, and a note for each sheet
    left alone: beside another tracker sheet, one that only a column headed "Date" makes one
    and that names people (``HeaderMatch.lists_people``) is a list of contacts: its "Name" is
    no client, its "Date" no interview."""
    bare = [i for i, (_, match) in enumerate(found) if match.lists_people]
    if not bare or len(bare) == len(found):
        return list(range(len(found))), []
    notes = []
    for i in bare:
        name, match = found[i]
        col = match.mapping["interview_at"]
        notes.append(
            f'sheet "{name}": not a tracker (its only date is headed "{match.headers[col]}" '
            "and no column says a status, stage, interview or application: a list of contacts); "
            "left alone; name it with --sheet to follow it up."
        )
    return [i for i in range(len(found)) if i not in bare], notes


def contacts_message(where: str, match: HeaderMatch, dates: str | None) -> str:
    """Why a file whose every sheet ``lists_people`` is left alone, and how to follow it up:
    map its date column (the bare "Date", else ``dates``, the header of a column whose cells
    are dates) when it has a role column too; no advice when it lacks either, as no mapping
    of the headers it has would read it."""
    if match.ambiguous_date is not None:
        dates = match.headers[match.ambiguous_date]
        why = f'its only date is headed "{dates}"'
    elif dates is not None:
        why = f'its only dates are under "{dates}"'
    else:
        why = "it has no date"
    said = (
        f"{where}: {LEFT_ALONE}a list of contacts, not a tracker ({why} and no column says a "
        f"status, stage, interview or application); nothing is written to it."
    )
    if dates is None or "position" not in match.mapping:
        return said
    return f'{said} To follow its people up, run it with --map "{dates}=interview_at"'


def not_tracker_reason(
    rows: Sequence[tuple[int, Sequence[object]]],
    index: Mapping[str, str],
    explicit: set[str],
) -> str | None:
    """Why a CSV or a sheet without a tracker's header row (``rows``: its first, numbered) is
    plainly no tracker, to be left alone and not failed (``not_tracker_message``), or None when
    it may be one missing a column (its refusal says which): one of LinkedIn's exports that
    list no applications (``layouts.other_export``), or one whose first row is two words or
    more (a header, not a tracker's data without one, nor a damaged file's one word) and none
    of whose first rows has a column that names an employer, a role, a stage, an application
    or an interview (``NO_TRACKER_COLUMN``). None when the user's column map names a header of
    it: it is read as asked."""
    texts = [[_header_text(c) for c in cells] for _, cells in rows]
    if any(header_key(h) in explicit for row in texts for h in row if h):
        return None
    for row in texts:
        what = layouts.other_export(row)
        if what is not None:
            return what
    first = next((cells for _, cells in rows if any(_header_text(c) for c in cells)), None)
    if first is None or any(map(_data_like, first)):
        return None
    headers = [h for h in (_header_text(c) for c in first) if h]
    if len(headers) < 2:  # one word ("x", "nothing here") is no header: a damaged file
        return None
    if any(_says_tracker(match_header(n, cells, index, explicit)) for n, cells in rows):
        return None
    shown = ", ".join(f'"{h}"' for h in headers[:_SHOWN_HEADERS])
    more = f" and {len(headers) - _SHOWN_HEADERS} more" if len(headers) > _SHOWN_HEADERS else ""
    return f"{NO_TRACKER_COLUMN} (its headers: {shown}{more})"


# Why a file, or a sheet, is plainly no tracker when no export is told by its headers.
NO_TRACKER_COLUMN = "no column names an employer, a role, a stage, an application or an interview"


def not_tracker_message(where: str, reasons: Sequence[str]) -> str:
    """The note on a file left alone as plainly no tracker, for the ``reasons`` of each of its
    sheets (``not_tracker_reason``; one for a CSV, each after its sheet's name in a workbook of
    several), with how to read it anyway when a column of it might be mapped."""
    said = f"{where}: {LEFT_ALONE}not a tracker: {'; '.join(reasons)}; nothing is written to it."
    if not any(NO_TRACKER_COLUMN in reason for reason in reasons):
        return said
    maps = " ".join(f'--map "Header={f}"' for f in ("company", "position", "applied_at"))
    return (
        f"{said} If it is a tracker, head its columns Company, Position and Date Applied, or "
        f"map them with {maps}."
    )


# How many of a file's headers the note on a file left alone as no tracker lists.
_SHOWN_HEADERS = 6
# The fields a column of a tracker, and of nothing else, is read as: an employer, a role, a
# stage, a day applied or saved, an interview (``TRACKER_EVIDENCE``).
_TRACKER_FIELDS = TRACKER_EVIDENCE | {"company", "position", "saved_at", "applied"}


def _says_tracker(match: HeaderMatch) -> bool:
    """Whether a row read as a header has a column only a tracker has (``_TRACKER_FIELDS``, an
    interview date under its own header, a stage's date, an interview word): a bare "Date"
    beside a message or a name says nothing."""
    interview = match.mapping.get("interview_at")
    return (
        bool(_TRACKER_FIELDS & set(match.mapping))
        or (interview is not None and interview != match.ambiguous_date)
        or bool(match.stages)
        or any(word in header_key(h) for h in match.headers if h for word in INTERVIEW_WORDS)
    )


def match_header(
    row_number: int,
    cells: Sequence[object],
    index: Mapping[str, str],
    explicit: set[str],
    undated: Collection[int] = (),
    groups: Sequence[object] = (),
) -> HeaderMatch:
    """Map a row's cells to fields (see the module docstring for who wins a field).

    ``explicit`` holds the header keys of the user's column map; ``undated``, the columns
    whose "Data" header is no date, as their cells are not (``find_header``); ``groups``, the
    row above it, whose group headers may say which stage a "Date" column is
    (``_grouped_dates``).
    """
    headers = [_header_text(c) for c in cells]
    keys = [header_lookup_key(h, index) for h in headers]
    mapping: dict[str, int] = {}
    claimed: dict[str, list[int]] = {}
    dates: list[int] = []  # columns headed only "Date"
    notes: list[str] = []
    for col, key in enumerate(keys):
        reading = (
            bilingual_reading(headers[col], index) if key != header_key(headers[col]) else None
        )
        if reading is not None and reading[1] is not None and col not in undated:
            notes.append(reading[1])
    for col, key in enumerate(keys):
        if col in undated:
            continue
        if key in header_index.AMBIGUOUS_DATE_KEYS and key not in explicit:
            dates.append(col)
        elif key and key in index and _asked(headers[col], index[key], key, explicit):
            notes.append(_asked_note(headers[col], col, index[key]))
        elif key and key in index:
            claimed.setdefault(index[key], []).append(col)
    # A header read through its format hint yields to one that names the field itself.
    hinted = {c for c, h in enumerate(headers) if keys[c] != header_key(h)}
    for name, cols in claimed.items():
        cols.sort(
            key=lambda c: (_rank(headers[c], keys[c], explicit), c not in hinted, -c),
            reverse=True,
        )
        mapping[name] = cols[0]
    notes += [
        duplicate_note(name, sorted(cols), mapping[name], headers)
        for name, cols in claimed.items()
        if len(cols) > 1
    ]
    rivals = {
        name: cols[1:]  # best first
        for name, cols in claimed.items()
        if len(cols) > 1 and not explicit & {keys[c] for c in cols}
    }
    stages: dict[int, str] = {}
    if "interview_at" not in mapping:
        used = set(mapping.values())
        for col, header in enumerate(headers):
            kind = stage_type(header) if header and col not in used else None
            if kind is not None:
                stages[col] = kind
        if len(stages) == 1 and stage_headers.LONE_STAGE_WORD in header_key(headers[min(stages)]):
            mapping["interview_at"] = min(stages)
        if len(stages) < stage_headers.MIN_STAGE_COLUMNS:
            stages = {}
    ambiguous = None
    twins: tuple[int, ...] = ()
    if dates and groups:
        dates = _grouped_dates(dates, groups, mapping, headers, notes)
    if dates:
        # "Date" before "Datum": an English tracker reads as before other languages were known.
        dates.sort(key=lambda c: keys[c] in header_index.OTHER_LANGUAGE_KEYS)
        ambiguous = _place_date(dates, mapping, stages, headers, notes)
        if len(dates) > 1 and dates[0] in mapping.values():
            twins = tuple(dates)
    layouts.drop_own_address(headers, mapping, explicit, notes)
    mapping = dict(sorted(mapping.items(), key=lambda item: item[1]))
    used = {*mapping.values(), *stages}
    ignored = [h for col, h in enumerate(headers) if h and col not in used]
    return HeaderMatch(
        row_number, headers, mapping, ignored, notes, stages, ambiguous, rivals, twins
    )


# Group headers over a tracker's header row that name a stage ("Bewerbung" merged over the
# application's columns, "Gespräch" over the interview's): a "Date" column under one is that
# stage's date (ot101 F9: the first of two "Datum" columns, the date applied, was read as the
# interview's). In the languages the header tables read; the header key of the whole cell.
GROUP_STAGES: dict[str, str] = {
    header_key(word): name
    for name, words in (
        (
            "applied_at",
            (
                "Application", "Applications", "Applied", "Application Date",
                "Bewerbung", "Bewerbungen", "Beworben",  # German
                "Candidature", "Candidatures", "Candidatura", "Candidaturas",  # fr, it, pt, es
                "Postulación", "Postulaciones", "Solicitud", "Solicitudes",  # Spanish
                "Sollicitatie", "Sollicitaties",  # Dutch
                "Aplikacja", "Aplikacje", "Başvuru", "Lamaran",  # Polish, Turkish, Indonesian
            ),
        ),
        (
            "interview_at",
            (
                "Interview", "Interviews",
                "Gespräch", "Gespräche", "Vorstellungsgespräch", "Vorstellungsgespräche",
                "Entretien", "Entretiens",  # French
                "Entrevista", "Entrevistas",  # Spanish, Portuguese
                "Colloquio", "Colloqui",  # Italian
                "Gesprek", "Gesprekken", "Sollicitatiegesprek",  # Dutch
                "Rozmowa", "Rozmowy", "Mülakat", "Wawancara",  # Polish, Turkish, Indonesian
            ),
        ),
    )
    for word in words
}  # fmt: skip


def _group_labels(groups: Sequence[object], width: int) -> list[str]:
    """Each column's group header in the row above the header row: the nearest filled cell at
    or left of it (a merged cell holds its text in its first column). None of them when that
    row holds fewer than two cells (a title, not group headers)."""
    texts = [_header_text(c) for c in groups[:width]]
    if sum(bool(t) for t in texts) < 2:
        return [""] * width
    labels, label = [], ""
    for col in range(width):
        if col < len(texts) and texts[col]:
            label = texts[col]
        labels.append(label)
    return labels


def _grouped_dates(
    dates: list[int],
    groups: Sequence[object],
    mapping: dict[str, int],
    headers: list[str],
    notes: list[str],
) -> list[int]:
    """The "Date" columns group headers do not place: the first under a group header of a
    stage (``GROUP_STAGES``) is that stage's date when no column names it, another under it is
    left alone (never the other stage's date); those under no stage's are placed beside them as
    before (``_place_date``). A note says how each was read."""
    labels = _group_labels(groups, len(headers))
    left, placed = [], []
    again: dict[str, list[int]] = {}
    for col in dates:
        label = labels[col]
        name = GROUP_STAGES.get(header_key(label))
        where = f'"{headers[col]}" ({column_letter(col + 1)})'
        if name is None:
            left.append(col)
            continue
        field_label = fields.FIELDS_BY_NAME[name].header
        if name not in mapping:
            mapping[name] = col
            placed.append(f'{where} is read as {field_label}: it stands under "{label}"')
        else:  # a second date of that stage: not the other stage's
            again.setdefault(name, [mapping[name]]).append(col)
    if placed:
        notes.append("Group headers: " + "; ".join(placed) + ".")
    notes += [duplicate_note(name, cols, cols[0], headers) for name, cols in again.items()]
    return left


def _asked(header: str, name: str, key: str, explicit: set[str]) -> bool:
    """Whether a check-in's header asks whether to send one ("Follow up?"): it is no record of
    a message sent, unless the user's column map says it is. A "Thank-you?" box is ticked once
    the note is sent, a day after the interview, and is read as before."""
    asked = name in SENT_NAMES and name != "thank_you_sent"
    return asked and key not in explicit and asks_whether_to_send(header)


def _asked_note(header: str, col: int, name: str) -> str:
    label = fields.FIELDS_BY_NAME[name].header
    return (
        f'"{header}" ({column_letter(col + 1)}) asks a question, a plan rather than a '
        f"record of a message sent: it is not read as {label}. If a tick there means sent, "
        f'use --map "{header}={name}".'
    )


# Fields whose headers are shared by columns of other kinds: a Status beside a Stage of
# interview types ("Phone screen", "Video"). When several columns name one, the normalise stage
# chooses by their values (``normalise.roles``), unless the user's column map names one.
VALUE_DECIDED = frozenset({"outcome"})


def _rank(header: str, key: str, explicit: set[str]) -> int:
    """Who wins a field claimed by several columns: mapped, then the field's own name as a
    database writes it (``interview_at``, which the dataset docs tell a platform to use, over
    a legacy "Interview Date" beside it: ot110 F2), then the canonical header, then an English
    synonym over one in another language, and in each a specific synonym over a generic one;
    a header read only by its cells ("Decision" alone) last of all."""
    if key in explicit:
        return 6
    if header.strip() in fields.FIELDS_BY_NAME:
        return 5
    if key in header_index.CANONICAL_KEYS:
        return 4
    if key in header_index.READ_BY_CELLS_KEYS:
        return -1
    english = 0 if key in header_index.OTHER_LANGUAGE_KEYS else 2
    return english + (0 if key in header_index.GENERIC_KEYS else 1)


def _place_date(
    dates: list[int],
    mapping: dict[str, int],
    stages: dict[int, str],
    headers: list[str],
    notes: list[str],
) -> int | None:
    """Give the first "Date" column the date field its neighbours leave free (see the module
    docstring); returns it when only its values can tell (normalise decides), else None.
    Beside an applied column it is the interview's for now: normalise says so once that
    column's cells are dates, not the yes/no marks of a Has Applied flag (ot135 F1)."""
    first = dates[0]
    has_interview = "interview_at" in mapping or bool(stages)
    where = f'"{headers[first]}" ({column_letter(first + 1)})'
    if has_interview and "applied_at" in mapping:
        return None  # both dates have their own columns: left alone
    if has_interview:
        mapping["applied_at"] = first
        holder = "the stage columns"
        if "interview_at" in mapping:
            at = mapping["interview_at"]
            holder = f'"{headers[at]}" ({column_letter(at + 1)})'
        notes.append(f"{where} is read as Date Applied: {holder} holds the interview dates.")
        placed = "applied_at"
    else:
        mapping["interview_at"] = first
        placed = "interview_at"
    if len(dates) > 1:
        notes.append(duplicate_note(placed, dates, first, headers))
    return first if placed == "interview_at" else None


def _header_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))  # calamine reads a header typed as 2026 as 2026.0
    return " ".join(str(cell).split())


def duplicate_note(name: str, cols: list[int], chosen: int, headers: list[str]) -> str:
    listed = ", ".join(f'"{headers[c]}" (column {column_letter(c + 1)})' for c in cols)
    label = fields.FIELDS_BY_NAME[name].header
    return (
        f'Several columns read as {label}: {listed}; using "{headers[chosen]}" '
        f"(column {column_letter(chosen + 1)}), the others are left alone."
    )


def find_header(
    rows: Iterable[tuple[int, Sequence[object]]], index: Mapping[str, str], explicit: set[str]
) -> tuple[HeaderMatch | None, HeaderMatch | None]:
    """(the header row, or None; the most header-like row seen, for the error message).

    The most header-like row is one of words only (no date, number, address or link: a data
    row whose List Name is "Applied" names a header too) with the most known headers, else the
    row with the most known headers."""
    best: HeaderMatch | None = None
    best_score = (False, 0)
    rows = list(rows)
    above: Sequence[object] = ()
    # A row heading a log of applications without a Position is the header only when no row
    # has every required field: a title row "Company | Date | Status" above it is none.
    log: tuple[int, HeaderMatch, Sequence[object]] | None = None
    for at, (number, cells) in enumerate(rows):
        match = _read_row(number, cells, above, rows, index, explicit)
        if not match.missing_all:
            below = rows[at + 1][1] if at + 1 < len(rows) else ()
            match = _two_row_header(match, above, cells, below, rows, index, explicit)
            return match, match
        if log is None and not match.missing:
            log = at, match, above
        above = cells
        score = (bool(match.mapping) and not any(map(_data_like, cells)), len(match.mapping))
        if best is None or score > best_score:
            best, best_score = match, score
    if log is not None:
        at, match, above = log
        below = rows[at + 1][1] if at + 1 < len(rows) else ()
        match = _two_row_header(match, above, rows[at][1], below, rows, index, explicit)
        return match, match
    return None, best


def _read_row(
    number: int,
    cells: Sequence[object],
    above: Sequence[object],
    rows: list[tuple[int, Sequence[object]]],
    index: Mapping[str, str],
    explicit: set[str],
) -> HeaderMatch:
    """Row ``number`` read as a header, ``above`` its group headers, its columns checked
    against the cells below them (``_undated``, ``_dated_flag``)."""
    match = match_header(number, cells, index, explicit, groups=above)
    undated = _undated(match, rows, explicit)
    if undated:
        match = match_header(number, cells, index, explicit, undated, above)
    return _dated_flag(match, rows, explicit)


def _two_row_header(
    match: HeaderMatch,
    above: Sequence[object],
    cells: Sequence[object],
    below: Sequence[object],
    rows: list[tuple[int, Sequence[object]]],
    index: Mapping[str, str],
    explicit: set[str],
) -> HeaderMatch:
    """``match``, or its row read with the row above or below it as one header written over
    two rows, when that gives more columns a field: group headers ("Dates" merged over C:D)
    over the headers under them ("Applied" | "Interview"), each column read by both
    (``_two_row_cells``). Read alone, the group row's "Dates" took the applied dates for the
    interview's and the "Interview" column under it was left unread (ot119 F12); the header
    row is then the lower of the two, so the row of sub-headers is no data row."""
    best, count = match, _columns_read(match)
    for top, bottom, number in ((above, cells, match.row), (cells, below, match.row + 1)):
        joined = _two_row_cells(top, bottom, index)
        if joined is None:
            continue
        read = _read_row(number, joined, top, rows, index, explicit)
        if not read.missing and _columns_read(read) > count:
            best, count = read, _columns_read(read)
            groups = ", ".join(f'"{g}" over {span}' for g, span in _group_spans(top, bottom))
            best.notes.insert(
                0,
                f"Rows {number - 1} and {number} are read as one header: the headers of row "
                f"{number} under the group headers of row {number - 1} ({groups}).",
            )
    return best


def _columns_read(match: HeaderMatch) -> int:
    """How many columns ``match``'s headers name a field of, those a chosen one outranks
    (``HeaderMatch.rivals``, said in a note) among them."""
    rivals = {c for cols in match.rivals.values() for c in cols}
    return len({*match.mapping.values(), *match.stages, *rivals})


def _group_spans(top: Sequence[object], bottom: Sequence[object]) -> list[tuple[str, str]]:
    """The group headers of ``top`` over two headers or more of ``bottom``, with the columns
    each spans ("C:D"); a merged cell holds its text in its first column, so a group spans
    the empty cells right of it up to the next filled one (the last, up to the last filled
    header under it)."""
    tops = [_header_text(c) for c in top]
    subs = [_header_text(c) for c in bottom]
    starts = [c for c, text in enumerate(tops) if text]
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else max(len(tops), len(subs))
        under = [c for c in range(start, min(end, len(subs))) if subs[c]]
        if len(under) >= 2:
            first, last = column_letter(start + 1), column_letter(under[-1] + 1)
            spans.append((tops[start], f"{first}:{last}"))
    return spans


def _two_row_cells(
    top: Sequence[object], bottom: Sequence[object], index: Mapping[str, str]
) -> list[str] | None:
    """The header texts of ``top`` and ``bottom`` read as one header row, or None when they
    are not one: both of words only (no date, number, address or link), ``top`` with a group
    header over two headers or more of ``bottom`` (``_group_spans``), and every header of
    ``bottom`` under a group (or its own text again). A column takes its header in
    ``bottom`` read under its group (``_under_group``), else the cell of ``top`` (a header
    merged down over both rows, "Company" in A2:A3)."""
    if any(map(_data_like, top)) or any(map(_data_like, bottom)):
        return None
    if not _group_spans(top, bottom):
        return None
    tops = [_header_text(c) for c in top]
    subs = [_header_text(c) for c in bottom]
    width = max(len(tops), len(subs))
    tops += [""] * (width - len(tops))
    subs += [""] * (width - len(subs))
    group, spanning, joined = "", False, []
    for col in range(width):
        if tops[col]:
            group = tops[col]
            spanning = col + 1 < width and not tops[col + 1]
        if subs[col] and not spanning and subs[col] != tops[col]:
            return None  # a header under a one-column header: a data row, not sub-headers
        joined.append(_under_group(group, subs[col], index) if subs[col] else tops[col])
    return joined


def _under_group(group: str, header: str, index: Mapping[str, str]) -> str:
    """The text a header under a group header is read by: the two together when they name
    another field than the header alone ("Name" under "Contact" is the Contact Name),
    "Interviewed" under a date group the Interview Date (a date, not whether one took place),
    else the header itself ("Interview" under "Dates" is the Interview Date, "Applied" the
    Date Applied), as the cell says it. A "Date" under a stage's group is left to
    ``_grouped_dates``."""
    alone = index.get(header_lookup_key(header, index))
    if group == header or header_key(header) in header_index.AMBIGUOUS_DATE_KEYS:
        return header
    for text in (f"{group} {header}", f"{header} {group}"):
        name = index.get(header_lookup_key(text, index))
        if name is not None:
            return header if name == alone else text
    if alone == "interviewed" and header_key(group) in header_index.AMBIGUOUS_DATE_KEYS:
        return f"Date {header}"
    return header


def _undated(
    match: HeaderMatch, rows: list[tuple[int, Sequence[object]]], explicit: set[str]
) -> list[int]:
    """The columns read as dates under a header that is also an English word of another
    meaning ("Data") whose filled cells below are not mostly dates: a Polish "Data" of
    2026-11-27 is the date, an English "Data" of figures or notes is not."""
    undated = []
    for col in match.mapping.values():
        key = header_key(match.headers[col])
        if key not in header_index.DATE_KEYS_BY_CELLS or key in explicit:
            continue
        cells = [c[col] for n, c in rows if n > match.row and col < len(c)]
        filled = [c for c in cells if c is not None and str(c).strip()]
        if not filled or sum(map(_is_date, filled)) * 2 < len(filled):
            undated.append(col)
    return undated


def _dated_flag(
    match: HeaderMatch, rows: list[tuple[int, Sequence[object]]], explicit: set[str]
) -> HeaderMatch:
    """``match`` with its Interviewed column read as the Interview Date when no other column
    gives a date and a cell below it holds one: a client who renames "Interview Date" to
    "Interviewed" keeps a column of dates (ot76 F1). One of yes/no marks stays the flag."""
    column = match.mapping.get("interviewed")
    dated = match.is_wide or match.ambiguous_date is not None
    if column is None or dated or any(f in match.mapping for f in fields.DATE_SOURCES):
        return match
    if header_key(match.headers[column]) in explicit:
        return match  # the user's column map says it is the flag
    below = (cells[column] for n, cells in rows if n > match.row and column < len(cells))
    if not any(map(_is_date, below)):
        return match
    mapping = {**match.mapping, "interview_at": match.mapping["interviewed"]}
    del mapping["interviewed"]
    where = f'"{match.headers[column]}" ({column_letter(column + 1)})'
    note = f"{where} holds dates: it is read as Interview Date."
    return replace(match, mapping=mapping, notes=[*match.notes, note])


def _is_date(value: object) -> bool:
    """A cell that is a date: not a count (a serial date is above 10000), not a yes/no."""
    from followup_batch.normalise.dates import parse_date

    if value is None or isinstance(value, bool):
        return False
    if isinstance(value, (int, float)) and value < 10_000:
        return False
    return parse_date(value).value is not None


_DATE_OR_NUMBER = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}.*|[-+$€£]?[\d.,\s]+%?", re.S)


def _data_like(cell: object) -> bool:
    """A cell only a data row holds: a date, a number, a yes/no, an address or a link."""
    if cell is None:
        return False
    if not isinstance(cell, str):
        return True
    text = cell.strip()
    return bool(
        text
        and (_DATE_OR_NUMBER.fullmatch(text) or "://" in text or "@" in text)
        or text.casefold() in {"true", "false"}
    )


def not_found_message(
    where: str,
    closest: HeaderMatch | None,
    options: ReadOptions | None = None,
    rows: Sequence[Sequence[object]] = (),
) -> str:
    """One refusal for a sheet without a tracker: what it looks like, and what would make it
    one (an application log without dates, a stage tally without companies, a column missing);
    then each mapping of ``options`` whose header the closest row lacks, which may be why (ot106
    F2: "--map Mett=interview_at" beside a "Met" was not said, only "map your date column"): a
    --map always, a config's [columns] mapping when a header is that close to it (a coach's
    mapping made for another client's export is no news in every refusal). ``rows``: the
    sheet's rows (``rows[i]`` is row i + 1), whose columns of dates a log without a date column
    read is told to map (``unread_dates.date_columns_below``)."""
    said = []
    if closest is not None and options is not None:  # a row of words to compare with
        for header, _, meant in _unused(options.column_map, closest.headers):
            if meant or header in options.mapped_on_command_line:
                mapping = options.mapping_as_written(header)
                said.append(
                    f" {mapping[:1].upper()}{mapping[1:]} is not used: no column is headed "
                    f'"{header}"{meant}.'
                )
    return _refusal(where, closest, rows) + "".join(said)


# The rows below the header a refusal looks at for columns of dates: enough to tell, cheap on
# a sheet of thousands.
_DATE_SAMPLE_ROWS = 200


def _refusal(where: str, closest: HeaderMatch | None, rows: Sequence[Sequence[object]]) -> str:
    """``not_found_message`` before the mappings not used."""
    required = [fields.FIELDS_BY_NAME[f].header for f in fields.REQUIRED_FIELDS]
    wanted = f"{', '.join(required[:-1])} and {required[-1]} (or Date Applied)"
    message = f"{where}: no header row with {wanted}"
    if closest is None or not closest.mapping:
        maps = " ".join(f'--map "Header={f}"' for f in fields.REQUIRED_FIELDS)
        return (
            f"{message}; none of the first {HEADER_SEARCH_ROWS} rows has a recognised "
            f"header. Add a header row (see `followup-batch init`) or map your headers with "
            f"{maps}."
        )
    found = ", ".join(closest.headers[col] for col in closest.mapping.values())
    below = rows[closest.row : closest.row + _DATE_SAMPLE_ROWS]
    # Imported here: it loads pandas, which a CLI start and a dataset test never need.
    from followup_batch.read.unread_dates import date_columns_below

    dated = date_columns_below(closest.headers, below) if below else []
    named = _missing_fix(closest, ("company", "position"))
    kind = layouts.refusal(where, closest.mapping, closest.headers, dated, named)
    if kind is not None:
        return kind
    missing = ", ".join(fields.FIELDS_BY_NAME[f].header for f in closest.missing)
    fixes = [_missing_fix(closest, [f for f in closest.missing if f not in fields.DATE_SOURCES])]
    if any(f in fields.DATE_SOURCES for f in closest.missing):
        unread = [h for col, h in enumerate(closest.headers) if col not in closest.mapping.values()]
        fixes.append(no_dates_fix(unread, [h for h in dated if h in unread]))
    return (
        f"{message}; the closest (row {closest.row}) has {found}; missing: {missing}. "
        f"{' '.join(f for f in fixes if f)}{_two_fields_said(closest)}"
    )


# What a Company or Position column holds, for the refusal that asks to add one.
_HOLDS = {"company": "the employer", "position": "the role applied for"}


def _missing_fix(match: HeaderMatch, missing: Sequence[str]) -> str:
    """How to give a sheet the Company and Position columns it lacks (``missing``, of those):
    map the left-over header that most likely holds each, one header for one field, else add
    the column. Never a header the sheet does not have (ot132 F5: "--map Role=position" on a
    sheet without a Role, "--map Header=position" on one whose headers hold no role)."""
    maps: list[str] = []
    adds: list[str] = []
    taken: set[str] = set()
    for name in (f for f in missing if f in _HOLDS):
        header = _likely_header(match, name, taken)
        if header is None:
            adds.append(name)
        else:
            taken.add(header)
            maps.append(f'--map "{header}={name}"')
    said = [f"Rename the header or map it with {' '.join(maps)}."] if maps else []
    labels = " and ".join(fields.FIELDS_BY_NAME[name].header for name in adds)
    holds = " and ".join(_HOLDS[name] for name in adds)
    if len(adds) == 1:
        said.append(
            f"Add a {labels} column ({holds} on each row), or rename the column that holds it "
            f"to {labels}."
        )
    elif adds:
        said.append(
            f"Add {labels} columns ({holds} on each row), or rename the columns that hold them."
        )
    return " ".join(said)


def _two_fields_said(closest: HeaderMatch) -> str:
    """What the refusal adds for the closest row's headers that name two fields with a slash
    (ot100 F12: "Company / Role" and "Date / Time" were refused without saying why)."""
    used = set(closest.mapping.values())
    said = []
    for col, header in enumerate(closest.headers):
        labels = two_fields(header, header_index.HEADER_INDEX) if col not in used else []
        if labels:
            said.append(
                f' "{header}" names two columns ({" and ".join(labels)}): split it into two, '
                f'or map it with --map "{header}=<field>".'
            )
    return "".join(said)


# Headers that, left over, most likely hold a missing field: Notion's and Airtable's exports
# title each row "Name" (the job: "Data Analyst @ Acme").
_LIKELY_HEADERS = {
    "position": ("name", "title", "job", "opportunity", "posting"),
    # A job-hunt log's "Name" is the employer when no column is ("Amazon", "Meta SDE 1").
    "company": ("name", "org", "organisation", "organization", "firm"),
}


def _likely_header(match: HeaderMatch, field_name: str, taken: set[str]) -> str | None:
    """The header to put in a --map hint for ``field_name``: one of the row's unmapped headers
    that usually holds it and no other hint has ``taken``, else None."""
    # A "Name" read as the Client is still the likeliest title of a row (an Airtable export).
    mapped = {col for f, col in match.mapping.items() if f != "client"}
    left = [(c, h.replace('"', "")) for c, h in enumerate(match.headers) if c not in mapped]
    left = [(col, header) for col, header in left if header not in taken]
    for _, header in left:
        if header_key(header) in _LIKELY_HEADERS.get(field_name, ()):
            return header
    for col, header in left:
        # "Company (Agency)", "Interview Date (geplant am)": the field's name before words in
        # brackets that made it another column (ot101 F12).
        before = BEFORE_BRACKETS.fullmatch(match.headers[col])
        names = before is not None and header_index.HEADER_INDEX.get(header_key(before[1]))
        if names == field_name:
            return header
    return None


_UNUSED_MAP = (
    'Column map "{header}={name}": no column is headed "{header}" in the header row (row {row})'
    "{meant}; that mapping is not used here."
)
_UNUSED_MAP_SAID = re.compile(
    re.escape(_UNUSED_MAP)
    .replace(re.escape("{header}={name}"), "(?P<mapping>.+?)")
    .replace(re.escape("{header}"), ".+?")
    .replace(re.escape("{row}"), r"\d+")
    .replace(re.escape("{meant}"), r'(?: \(did you mean ".+?"\?\))?')
)


def did_you_mean(header: str, headers: Iterable[str]) -> str:
    """`` (did you mean "Met"?)``: the header of ``headers`` a mapped ``header`` that none of
    them is named by is a letter or two from ("Mett"), compared as ``header_key`` reads them and
    written as the file has it; "" when none is that close. The one source of that hint, for a
    tracker's note, its refusal and a dataset's (ot106 F2)."""
    written = {header_key(h): h for h in headers if h}
    close = difflib.get_close_matches(header_key(header), list(written), n=1, cutoff=0.75)
    return f' (did you mean "{written[close[0]]}"?)' if close else ""


def _unused(column_map: dict[str, str], headers: Sequence[str]) -> list[tuple[str, str, str]]:
    """(header, field, did-you-mean hint) of each mapping whose header ``headers`` lack."""
    present = {header_key(h) for h in headers if h}
    return [
        (header, name, did_you_mean(header, headers))
        for header, name in column_map.items()
        if header_key(header) not in present
    ]


def map_notes(match: HeaderMatch, column_map: dict[str, str]) -> list[str]:
    """A note for each mapped header this header row does not have (the mapping is unused)."""
    return [
        _UNUSED_MAP.format(header=header, name=name, row=match.row, meant=meant)
        for header, name, meant in _unused(column_map, match.headers)
    ]


def unused_mapping(note: str) -> str | None:
    """The mapping ("Name=position") a ``map_notes`` note says is unused, else None: a run
    over a coach's folder says a config-wide mapping once, not once per file."""
    said = _UNUSED_MAP_SAID.fullmatch(note)
    return said["mapping"] if said else None


def wide_note(match: HeaderMatch) -> str:
    listed = ", ".join(
        f'"{match.headers[col]}" ({column_letter(col + 1)})' for col in sorted(match.stages)
    )
    return (
        f"Wide tracker: no Interview Date column, so the latest date filled in the stage "
        f"columns {listed} is each row's interview, and that column's header gives the "
        "interview type."
    )
