"""Find the tracker in a file and return its raw cells with their Excel row numbers.

    read_trackers(path, options: ReadOptions) -> list[RawTable]
        One RawTable per sheet that holds a tracker (CSV: one). Raises
        errors.UnsupportedFile / errors.TrackerNotFound with a one-line message.

The file type is told by its bytes (``sniff``); workbook cells come from ``xlsx_cells``
(python-calamine, openpyxl as fallback), CSV records from ``csv_cells``. Both arrive here as
rows numbered as the user sees them, and the same header detection (``headers``) and row
collection (``table``) apply.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from followup_batch.errors import ContactsList, NotATracker, TrackerNotFound, UnsupportedFile
from followup_batch.read import csv_cells, fields, layouts, xlsx_cells
from followup_batch.read.column_letters import column_letter
from followup_batch.read.file_clients import (
    companies_and_positions,
    tracker_client,
)
from followup_batch.read.header_keys import header_key
from followup_batch.read.headers import (
    HEADER_SEARCH_ROWS,
    HeaderMatch,
    contacts_message,
    find_header,
    header_index_with,
    match_header,
    not_found_message,
    not_tracker_message,
    not_tracker_reason,
    without_contact_lists,
)
from followup_batch.read.names import (
    name_key,
    without_company,
)
from followup_batch.read.numbers_copies import numbers_plain, stale_copies_note, stale_tool_copies
from followup_batch.read.options import ReadOptions
from followup_batch.read.round_numbers import MAX_ROUND, applied_again, round_rank
from followup_batch.read.sheet_names import (
    month_alone,
    month_sheets_are_clients,
    one_trackers_sheet,
    one_trackers_sheets,
    sheet_client,
    year_named,
)
from followup_batch.read.sniff import Workbook, sniff
from followup_batch.read.table import (
    LiveRows,
    RawTable,
    add_broken_rows,
    build_table,
    read_errors_as_blank,
    tracker_table_end,
)

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def _tracker_sheets(
    path: Path, package: Workbook, index: Mapping[str, str], explicit: set[str]
) -> list[tuple[str, bool]]:
    """The workbook's sheets that are trackers, as a run of every sheet finds them, and whether
    each holds rows: with ``--sheet``, the sheet read names the client (its drafts signed and
    named by it) exactly when it would without, so the two runs never rename each other's
    drafts."""
    grid = xlsx_cells.read_grids(path, package.workbook_part)
    found = []
    for sheet in grid.sheets:
        head = list(enumerate(sheet.rows[:HEADER_SEARCH_ROWS], start=1))
        match = find_header(head, index, explicit)[0]
        if match is not None:
            found.append((sheet, match))
    kept, _ = without_contact_lists([(sheet.name, match) for sheet, match in found])
    return [(found[i][0].name, _has_rows(*found[i])) for i in kept]


def _refuse_missing(path: Path, grid: xlsx_cells.WorkbookGrid, sheet: str) -> None:
    """Raise ``UnsupportedFile``: the workbook lists ``sheet`` but its part is missing (a
    damaged copy), and no other sheet holds a tracker, so the missing one may be it: the file
    is not judged by what is left of it (a contacts sheet, "nothing is due")."""
    from followup_batch.read.damage import MISSING_TRACKER, part_said

    where = part_said(grid.missing[sheet])
    raise UnsupportedFile(MISSING_TRACKER.format(file=path.name, sheet=sheet, where=where))


# A sheet's name, its first rows (numbered) and the tracker's header found in them, if any.
SheetHead = tuple[str, Sequence[tuple[int, Sequence[object]]], HeaderMatch | None]


def _leave_alone_if_no_tracker(
    name: str,
    heads: Sequence[SheetHead],
    index: Mapping[str, str],
    explicit: set[str],
    hidden: str,
) -> None:
    """Raise ``NotATracker`` when the workbook is plainly no tracker, as a CSV is: each of its
    sheets that holds anything (``heads``: its name, first rows and header found) is
    (``not_tracker_reason``: a budget, LinkedIn's Profile saved as a workbook, a sheet of
    names and phone numbers), so a folder run leaves it alone rather than failing on it
    (fx332). One sheet that may be a tracker keeps the file read, or refused, as before;
    ``hidden``: the hidden sheets, which the note says are not looked at."""
    if any(m is not None and not layouts.other_export(m.headers) for _, _, m in heads):
        return  # a tracker, read (an export's headers aside: LinkedIn's Positions)
    reasons: list[tuple[str, str]] = []
    for sheet, head, _ in heads:
        if not any(value not in (None, "") for _, cells in head for value in cells):
            continue  # an empty sheet ("Sheet2") says nothing of the file
        why = not_tracker_reason(head, index, explicit)
        if why is None:
            return
        reasons.append((sheet, why))
    if not reasons:
        return
    said = [why for _, why in reasons]
    if len(reasons) > 1:
        said = [f'sheet "{sheet}": {why}' for sheet, why in reasons]
    message = not_tracker_message(name, said)
    if hidden:
        message += f" Hidden sheets ({hidden}) are left alone unless named with --sheet."
    raise NotATracker(message)


def _has_rows(sheet: xlsx_cells.SheetGrid, match: HeaderMatch) -> bool:
    """Whether a sheet holds a value below its header: a new sheet or a template holds none."""
    return any(any(value not in (None, "") for value in row) for row in sheet.rows[match.row :])


def _refuse_contacts(
    name: str,
    options: ReadOptions,
    matches: list[HeaderMatch | None],
    rows: Sequence[Sequence[object]],
) -> None:
    """Raise ``ContactsList`` when every header the file has (or, without one, the closest)
    heads a list of people: alone in its workbook or its folder, a contacts sheet is no more a
    tracker than beside one. A sheet named with ``--sheet`` is read as asked. ``rows``: the
    first sheet's, for the column of dates its note may say to map."""
    if options.sheet is None and matches and all(m is not None and m.lists_people for m in matches):
        first = matches[0]
        assert first is not None
        raise ContactsList(contacts_message(name, first, _dates_header(first, rows)))


def _dates_header(match: HeaderMatch, rows: Sequence[Sequence[object]]) -> str | None:
    """The header of the first column no field reads whose filled cells are all dates
    (LinkedIn's "Connected On"), or None."""
    from followup_batch.normalise.dates import parse_date

    body = rows[match.row : match.row + HEADER_SEARCH_ROWS]
    read = set(match.mapping.values())
    for col, header in enumerate(match.headers):
        cells = [row[col] for row in body if col < len(row) and row[col] not in (None, "")]
        if (
            header
            and col not in read
            and cells
            and all(
                not isinstance(cell, (bool, int, float)) and parse_date(cell).value is not None
                for cell in cells
            )
        ):  # a number is a count, not a date, in a list of people
            return header
    return None


def read_trackers(path: str | os.PathLike[str], options: ReadOptions) -> list[RawTable]:
    """Every tracker in the file at ``path`` (a str or a path; only ``options.sheet`` when
    given). Raises ``WrongArgument`` for a value of another kind (a DataFrame: save it as a
    CSV file and read that; the whole config where its ``reading`` goes)."""
    from followup_batch.arguments import check_kind
    from followup_batch.read.files import path_argument

    path = Path(path_argument(path, "read_trackers"))
    check_kind(options, ReadOptions, "read_trackers", "options")
    header_index = header_index_with(options.column_map)
    _, package = sniff(path)
    if package is not None:
        return _read_workbook(path, package, options, header_index)
    return [_read_csv(path, options, header_index)]


# The fields that put a row in a country, and so on its holidays.
_PLACE_FIELDS = ("country", "location", "city", "region")
_YEAR_FIRST = re.compile(r"\s*\d{4}\s*[-./]")


def default_calendar_note(tables: Sequence[RawTable], options: ReadOptions) -> str | None:
    """What a run says once for the file, in a plain run too, when its rows run on the default
    US calendar though no column gives a place, no country is configured, and the tracker's
    own evidence (its headers' language, its CSV's code page: ``home_country``) points
    elsewhere (ot101 F13: a German tracker of date cells skipped Columbus Day without a word);
    else None. A tracker of day-first text dates is left to the day-first note
    (``normalise.day_first``), which says the same."""
    from followup_batch.normalise.home_country import country_hint, home_country

    if options.country_named or options.default_country != "US" or options.dayfirst:
        return None
    bare = [t for t in tables if not any(f in t.mapping for f in _PLACE_FIELDS)]
    if len(bare) < len(tables) or not bare or not any(len(t.cells) for t in bare):
        return None
    for table in bare:
        for name in ("interview_at", "applied_at"):
            if name in table.cells and any(
                isinstance(v, str) and v.strip()[:1].isdigit() and not _YEAR_FIRST.match(v)
                for v in table.cells[name].tolist()
            ):
                return None  # text dates: the day-first note's to say
    found = home_country(bare[0], [], options.default_country)
    if found is None or found[0] == "US":
        return None
    return (
        "no country given: the holidays used are the United States' (the default); add a "
        "Country column, or " + country_hint(found)
    )


def _read_workbook(
    path: Path, package: Workbook, options: ReadOptions, index: Mapping[str, str]
) -> list[RawTable]:
    from followup_batch.drafts.signer import looks_like_a_name

    explicit = {header_key(h) for h in options.column_map}
    grid = xlsx_cells.read_grids(path, package.workbook_part, only=options.sheet)
    if options.sheet is not None and options.sheet not in grid.names:
        # --sheet interviews for "Interviews": one sheet of that name but for case is meant.
        same = [n for n in grid.names if n.casefold() == options.sheet.casefold()]
        if len(same) == 1:
            options = dataclasses.replace(options, sheet=same[0])
            grid = xlsx_cells.read_grids(path, package.workbook_part, only=options.sheet)
    if options.sheet in grid.missing:
        _refuse_missing(path, grid, options.sheet)
    if options.sheet is not None and options.sheet not in grid.names:
        listed = ", ".join(f'"{n}"' for n in grid.names)
        raise TrackerNotFound(
            f'{path.name} has no sheet "{options.sheet}"; its sheets are: {listed}.'
        )
    if options.sheet in grid.generated:
        yours = ", ".join(f'"{n}"' for n in grid.names if n not in grid.generated)
        raise TrackerNotFound(
            f'{path.name}, sheet "{options.sheet}" is followup-batch\'s own sheet, written on '
            f"every run, not a tracker; name one of your sheets with --sheet ({yours}) or leave "
            "--sheet out to read them all."
        )
    if not grid.names:
        raise TrackerNotFound(f"{path.name} has no worksheets (only charts or macros).")
    found: list[tuple[xlsx_cells.SheetGrid, HeaderMatch]] = []
    # Named when no sheet comes close: the sheet asked for, else the first one read.
    first = options.sheet or (grid.sheets[0].name if grid.sheets else grid.names[0])
    closest: tuple[str, HeaderMatch | None] = (first, None)
    heads: list[SheetHead] = []
    for sheet in grid.sheets:
        head = list(enumerate(sheet.rows[:HEADER_SEARCH_ROWS], start=1))
        match, best = find_header(head, index, explicit)
        heads.append((sheet.name, head, match))
        if match is not None:
            found.append((sheet, match))
        elif best is not None and (
            closest[1] is None or len(best.mapping) > len(closest[1].mapping)
        ):
            closest = (sheet.name, best)
    stale = stale_tool_copies([(sheet.name, sheet.rows[:3]) for sheet in grid.sheets])
    if stale and any(sheet.name not in stale for sheet, _ in found):
        found = [(sheet, match) for sheet, match in found if sheet.name not in stale]
    hidden = ", ".join(f'"{name}"' for name in grid.hidden)
    first_rows = (
        found[0][0].rows
        if found
        else next((sheet.rows for sheet in grid.sheets if sheet.name == closest[0]), [])
    )
    if grid.missing and all(m.lists_people for _, m in found):
        _refuse_missing(path, grid, next(iter(grid.missing)))  # it may be the tracker (ot84 F2)
    if grid.damaged and all(m.lists_people for _, m in found):
        # No other sheet holds a tracker: the damaged one may be it, and is refused.
        from followup_batch.read.damage import damaged_message

        raise UnsupportedFile(damaged_message(path, next(iter(grid.damaged.values()))))
    _refuse_contacts(path.name, options, [m for _, m in found] or [closest[1]], first_rows)
    if options.sheet is None:
        _leave_alone_if_no_tracker(path.name, heads, index, explicit, hidden)
    if not found:
        where = f'{path.name}, sheet "{closest[0]}"'
        message = not_found_message(where, closest[1], options, first_rows)
        if hidden:
            message += f" Hidden sheets ({hidden}) are left alone unless named with --sheet."
        raise TrackerNotFound(message)
    contact_notes: list[str] = []
    if options.sheet is None and len(found) > 1:
        kept, contact_notes = without_contact_lists([(s.name, m) for s, m in found])
        found = [found[i] for i in kept]
    names = [sheet.name for sheet, _ in found]
    with_rows = [_has_rows(sheet, match) for sheet, match in found]
    if options.sheet is not None and len(grid.names) > 1:
        for name, held in _tracker_sheets(path, package, index, explicit):
            if name not in names:
                names.append(name)
                with_rows.append(held)
    several = len(names) > 1
    plain = [numbers_plain(name) for name in names]  # "Sheet 1 - Table 1": "Sheet 1"
    parts = dict(zip(names, one_trackers_sheets(plain, with_rows), strict=True))
    months_apart = _months_as_clients(names, with_rows, found)
    file_client, client_folder, doubt, person = tracker_client(
        path, options.client_folder, companies_and_positions((s.rows, m) for s, m in found)
    )
    # A sheet named for nobody ("Sheet1", "Offers", "求职") is the file's person's, as one
    # sheet is. In a coach's workbook (a sheet beside it named for a person), a file named
    # for nobody either leaves it its own name (another client), unsigned; in anyone
    # else's its name is nobody's, never a client's ("Sheet 1 - Table 1", "Referrals":
    # ot83 F6).
    file_signs = bool(client_folder) or (looks_like_a_name(file_client) and not doubt)
    coach = several and any(
        held and not parts[name] and (looks_like_a_name(shown) or _names_a_client(shown))
        for name, shown, held in zip(names, map(sheet_client, plain), with_rows, strict=True)
    )
    tables = []
    for (sheet, match), held in zip(found, with_rows[: len(found)], strict=True):
        match = _without_other_tables(sheet, match, index, explicit)
        end = tracker_table_end(sheet.tables.values(), sheet.rows, match)
        identity = [match.mapping[f] for f in MERGED_FIELDS if f in match.mapping]
        # A sheet per client names its client; a sheet of one person's tracker split by time
        # or stage ("Jan", "Archive") is the file's, as one sheet is, and so is a sheet without
        # rows (an empty "Sheet1", a "Notes" or "Template" with the headers): no client yet.
        split_part = several and parts[sheet.name]
        own = several and not split_part and held
        # A sheet's name says its client as a file's does ("Maya_Chen" is Maya Chen).
        shown = sheet_client(numbers_plain(sheet.name))
        own = own and (looks_like_a_name(shown) or (coach and not file_signs))
        default_client = shown if own else file_client
        merged = xlsx_cells.fill_merges(
            sheet,
            match.row,
            [*identity, *match.stages],
            decided=_decided_columns(match),
            apart=_not_one_application(match, default_client),
        )
        table = build_table(
            path,
            merged.rows,
            match,
            options,
            sheet=sheet.name,
            kind="xlsx",
            epoch_1904=package.epoch_1904,
            default_client=default_client,
            owned_at=_owned_text_columns(match.headers),
            last_row=None if end is None else end.row,
            live=_live_status_rows(sheet, match),
        )
        if end is not None:
            table.notes.extend(end.notes)
            table.notices.extend(end.notices)
            table.rows_taken_note = end.rows_taken_note
        table.sheet_rels = sheet.rels
        markers = xlsx_cells.formula_markers(sheet.xml)  # the sheet searched once for both
        _formulas_in_due_columns(table, sheet, markers)
        _add_formula_problems(
            table,
            sheet,
            [*match.mapping.values(), *table.stages],
            None if end is None else end.row,
            markers,
        )
        table.email_links = _email_links(sheet, table)
        _typed_cells(table, sheet, markers)
        rows = set(table.cells.index)
        for key, why in merged.problems.items():
            if key[0] in rows:
                table.cell_problems.setdefault(key, why)
        table.notes.extend(merged.notes)
        table.merged_cells = merged.cells
        table.split_part = split_part
        table.client_folder = "" if own else client_folder
        table.client_doubt = "" if own else doubt
        table.client_person = "" if own else person
        tables.append(table)
    if several and options.sheet is None:
        tables = _without_views(tables, found)
    _note_one_tracker(tables, file_client, client_folder)
    if months_apart is not None:
        tables[0].notes.append(months_apart)
    tables[0].notes.extend(contact_notes)
    if stale:
        tables[0].notes.append(stale_copies_note(stale))
        tables[0].notices.append(tables[0].notes[-1])
    if hidden:
        tables[0].notes.append(
            f"Hidden sheets are left alone: {hidden}; name one with --sheet to follow it up."
        )
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        # Shown by a plain run too, once for the file: why no program opens it (ot84 F7).
        misnamed = (
            "it is an Excel workbook under another name: it is read and written as "
            f"one (so is an --output file); rename it {path.stem}.xlsx so that programs open "
            "it as one."
        )
        tables[0].notes.append(misnamed)
        tables[0].notices.append(misnamed)
    for sheet in grid.sheets:
        sheet.xml = None  # large; not needed any more
    return tables


# The fields a merged cell gives each row it covers: what the row is (a company over its
# rounds, a date over two interviews on one day), not what was said or decided about it.
MERGED_FIELDS = (
    "company",
    "position",
    "client",
    "location",
    "city",
    "region",
    "country",
    "industry",
    "seniority",
    "interview_at",
    "applied_at",
    "interview_type",
)
# The fields a merged cell gives each row it covers only when those rows are one application:
# what happened to it ("Rejected" merged over its rounds), which is not what happened to another
# company's row.
DECIDED_FIELDS = ("outcome",)


def _decided_columns(match: HeaderMatch) -> dict[int, str]:
    """The columns of ``DECIDED_FIELDS`` (a rival read by its values too), with the header."""
    columns = [
        column
        for name in DECIDED_FIELDS
        for column in [match.mapping.get(name), *match.rivals.get(name, [])]
        if column is not None
    ]
    return {column: match.headers[column] or column_letter(column + 1) for column in columns}


def _not_one_application(
    match: HeaderMatch, default_client: str
) -> Callable[[list[xlsx_cells.Row], list[int]], str | None]:
    """Why rows (0-based numbers, the merge's top row first) are not one application as
    ``normalise.rounds`` tells one, naming the field that differs; None when they are one.
    One application: the same client (an empty one is ``default_client``), company and
    position by their ``name_key``, and no later interview whose Round is not higher than an
    earlier one's (the role applied for again). Interviews are ordered by their date when
    every row has a date cell, else as the sheet lists them; rows of one day are one."""

    at = {f: match.mapping.get(f) for f in ("client", "company", "position", "round")}
    at["interview"] = match.mapping.get("interview_at")

    def value(row: xlsx_cells.Row, name: str) -> object:
        column = at[name]
        return row[column] if column is not None and column < len(row) else None

    def header(name: str) -> str:
        column = at[name]
        assert column is not None
        return match.headers[column] or fields.FIELDS_BY_NAME[name].header

    def keys(row: xlsx_cells.Row) -> tuple[str | None, str | None, str | None]:
        firm, role = value(row, "company"), value(row, "position")
        if isinstance(firm, str) and isinstance(role, str):
            role = without_company(role, firm)  # as normalise reads the position
        client = name_key(value(row, "client")) or name_key(default_client)
        return client, name_key(firm, company=True), name_key(role)

    def shown(row: xlsx_cells.Row, name: str, number: int) -> str:
        cell = value(row, name)
        if name_key(cell) is None and name == "client":
            return f'empty on row {number}, which reads as "{default_client}"'
        text = f'"{" ".join(str(cell).split())}"' if name_key(cell) else "empty"
        return f"{text} on row {number}"

    def apart(rows: list[xlsx_cells.Row], numbers: list[int]) -> str | None:
        top = rows[numbers[0]]
        found = [keys(rows[n]) for n in numbers]
        for n, (_, company, position) in zip(numbers, found, strict=True):
            if company is None or position is None:
                return f"row {n + 1} has no {header('company' if company is None else 'position')}"
        for place, name in enumerate(("client", "company", "position")):
            for n, key in zip(numbers, found, strict=True):
                if key[place] != found[0][place]:
                    return (
                        f"the {header(name)} is {shown(top, name, numbers[0] + 1)} and "
                        f"{shown(rows[n], name, n + 1)}"
                    )
        return _round_again(rows, numbers, value) if at["round"] is not None else None

    return apart


def _round_again(
    rows: list[xlsx_cells.Row],
    numbers: list[int],
    value: Callable[[xlsx_cells.Row, str], object],
) -> str | None:
    """Why rows of one client, company and position are two applications: a later interview
    whose Round is not higher than the one before it, or Round 1 or another Final after a
    Final (``round_numbers.applied_again``; ``normalise.rounds.later_interviews``
    compares each interview with the application's next one the same way, over the whole
    sheet); None if none is."""
    days = [_day(value(rows[n], "interview")) for n in numbers]
    groups: list[list[int]] = []  # the rows' interviews, one day's together, earliest first
    if all(day is not None for day in days):
        for one_day in sorted({d for d in days if d is not None}):
            groups.append([n for d, n in zip(days, numbers, strict=True) if d == one_day])
    else:
        groups = [[n] for n in numbers]  # a day unknown here: as the sheet lists them
    rounds = {n: round_rank(value(rows[n], "round")) for n in numbers}
    for day, next_day in itertools.pairwise(groups):
        later = next_day[0]  # one day's interviews: the upper row first
        for earlier in day:
            was, now = rounds[earlier], rounds[later]
            if was is None or now is None or not applied_again(was, now):
                continue
            if was > MAX_ROUND:
                return (
                    f"row {later + 1}'s Round {_shown_round(now)} comes after row "
                    f"{earlier + 1}'s Round Final, and after a final round only Round 2 or "
                    "higher goes on: the role applied for again"
                )
            return (
                f"row {later + 1}'s Round {_shown_round(now)} is not higher than row "
                f"{earlier + 1}'s Round {_shown_round(was)}: the role applied for again"
            )
    return None


def _shown_round(rank: int) -> str:
    return "Final" if rank > MAX_ROUND else str(rank)


def _day(cell: object) -> dt.date | None:
    """An interview cell's day when it is a real date (or ISO text); None otherwise."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, str):
        try:
            return dt.date.fromisoformat(cell.strip()[:10])
        except ValueError:
            return None
    return None


def _quoted_list(names: list[str]) -> str:
    """Sheet names quoted and listed: '"Jan", "Feb" and "Mar"'."""
    return " and ".join(", ".join(f'"{name}"' for name in names).rsplit(", ", 1))


def _months_as_clients(
    names: list[str],
    with_rows: list[bool],
    found: list[tuple[xlsx_cells.SheetGrid, HeaderMatch]],
) -> str | None:
    """The note for sheets named by a month alone ("Jan") read as clients, because a sheet
    named for a person holds rows beside them (``sheet_names.one_trackers_sheets``); None when
    there are none. Its example name takes the workbook's year (``_example_year``)."""
    parts = [one_trackers_sheet(name) for name in names]
    people = month_sheets_are_clients(names, parts, with_rows)
    months = [n for n, p in zip(names, parts, strict=True) if p and month_alone(n)]
    if not people or not months:
        return None
    listed = _quoted_list
    several = len(months) > 1
    year = _example_year(months[0], names, found)
    if year:
        add = f'add the year ("{months[0]} {year}").'
    else:
        add = f"add the year to {'their names' if several else 'its name'}."
    return (
        f"Sheet{'s' if several else ''} {listed(months)} "
        f"{'are' if several else 'is'} read as a client's, as "
        f"{listed(people)} beside {'them' if several else 'it'} "
        f"{'are' if len(people) > 1 else 'is'} named for a person; if "
        f"{'they are months' if several else 'it is a month'} of one tracker, {add}"
    )


def _example_year(
    month: str, names: list[str], found: list[tuple[xlsx_cells.SheetGrid, HeaderMatch]]
) -> str | None:
    """The year to add to the month sheet ``month`` ("Jan 2025"): the one most of its dates are
    in (the later of equals: December's application of a January interview), else one another
    sheet's name says ("Archive 2025"); None when neither says one."""
    for sheet, match in found:
        if sheet.name == month:
            years = Counter(
                value.year
                for row in sheet.rows[match.row :]
                for value in row
                if isinstance(value, dt.date)
            )
            if years:
                return str(max(years, key=lambda year: (years[year], year)))
    return next((year for name in names if (year := year_named(name))), None)


def _note_one_tracker(tables: list[RawTable], client: str, folder: str = "") -> None:
    """Say which of a workbook's tracker sheets are read as one person's tracker split by time
    or stage, not as clients (``sheet_names``): a coach's client named "Jan" would be one."""
    parts = [t.sheet for t in tables if t.sheet and t.split_part]
    if len(tables) < 2 or not parts:
        return
    named = _quoted_list(parts)
    if len(parts) > 1:
        said = f"Sheets {named} are one tracker split by month, year or stage: their rows are "
        said += "followed up together, and an empty Client there is"
    else:
        said = f"Sheet {named} is named for a month, year or stage: an empty Client there is"
    whose = f'the folder "{folder}"' if folder else "the file name"
    tables[0].notes.append(
        f'{said} "{client}" ({whose}). Name a client\'s sheet after the client ("Jan '
        'Novak", not "Jan").'
    )


# Names of a sheet kept as a blank to copy, not a client's (a client's new sheet is empty too).
TEMPLATE_WORDS = frozenset({"template", "blank", "example", "sample", "vorlage", "modele"})


def _without_views(
    tables: list[RawTable], found: list[tuple[xlsx_cells.SheetGrid, HeaderMatch]]
) -> list[RawTable]:
    """The tracker sheets of a workbook that has several, less those that would only repeat
    follow-ups: a sheet that shows another one's rows through formulas and has no data of its
    own (an "Upcoming" view of the tracker), and a sheet named as a template with the headers
    and no rows, beside sheets with rows. Each one left alone is a note."""
    notes = []
    kept = []
    names = {table.sheet for table in tables if len(table.cells)}
    for table, (sheet, match) in zip(tables, found, strict=True):
        source = _view_of(sheet, match)
        words = set(re.findall(r"[^\W\d_]+", (table.sheet or "").casefold()))
        if source is not None and source != table.sheet and source in names:
            notes.append(
                f'Sheet "{table.sheet}" shows the rows of sheet "{source}" through formulas; it '
                "is left alone, so each follow-up is counted once."
            )
        elif not len(table.cells) and names and words & TEMPLATE_WORDS:
            notes.append(
                f'Sheet "{table.sheet}" is a template (the tracker\'s headers, no rows); it is '
                "left alone."
            )
        else:
            kept.append(table)
    kept[0].notes.extend(notes)
    return kept


def _view_of(sheet: xlsx_cells.SheetGrid, match: HeaderMatch) -> str | None:
    """The one sheet every value of this sheet's tracker columns comes from by formula; None
    when a column holds anything of its own (a sent date typed in, an outcome)."""
    if not sheet.xml or b"!" not in sheet.xml:  # no formula refers to another sheet
        return None
    filled = {
        column: [
            number
            for number, row in enumerate(sheet.rows, start=1)
            if number > match.row and column < len(row) and row[column] not in (None, "")
        ]
        for column in [*match.mapping.values(), *match.stages]
    }
    return xlsx_cells.mirrored_sheet(sheet.xml, filled)


def _without_other_tables(
    sheet: xlsx_cells.SheetGrid, match: HeaderMatch, index: Mapping[str, str], explicit: set[str]
) -> HeaderMatch:
    """The header row read without the columns of another Excel Table on it (a table of
    the person's beside the tracker: "Contacts" in F:G), which are left alone with a note.
    Another table is one whose range holds the header row but not the Company column; when
    reading without its columns leaves a required field missing, the match stays as it was."""
    company = match.mapping.get("company")
    if company is None:
        return match
    others = {
        name: (low_col, high_col)
        for name, table in sheet.tables.items()
        for low_col, low_row, high_col, high_row in [table.bounds]
        if low_row <= match.row <= high_row and not low_col <= company + 1 <= high_col
    }
    blocked = {c - 1 for low, high in others.values() for c in range(low, high + 1)}
    # Also a column read as a field's rival ("Contact" beside the tracker's "Interviewer"):
    # its header is not the tracker's, and the note of two columns read as one field is wrong.
    rivals = {c for columns in match.rivals.values() for c in columns}
    read = {*match.mapping.values(), *match.stages, *rivals, *match.date_twins}
    if not blocked & read:
        return match
    # The headers as read, a header over two rows with its groups (``headers.find_header``).
    cells = [None if c in blocked else v for c, v in enumerate(match.headers)]
    above = sheet.rows[match.row - 2] if match.row > 1 else ()
    narrowed = match_header(match.row, cells, index, explicit, groups=above)
    if narrowed.missing:
        return match
    narrowed.headers = match.headers
    used = {*narrowed.mapping.values(), *narrowed.stages}
    narrowed.ignored = [h for c, h in enumerate(match.headers) if h and c not in used]
    for name, (low, high) in others.items():
        if blocked & set(range(low - 1, high)) & read:
            span = f"{column_letter(low)}:{column_letter(high)}"
            narrowed.notes.append(
                f'Columns {span} are the Excel Table "{name}", not the tracker: they are '
                "left alone."
            )
    return narrowed


def _email_links(sheet: xlsx_cells.SheetGrid, table: RawTable) -> dict[int, str]:
    """Excel row -> the mailto: link on the row's Interviewer Email cell, for the rows read."""
    column = table.mapping.get("interviewer_email")
    if column is None or not sheet.mail_links:
        return {}
    rows = table.cells.index
    read = set(rows)
    found: dict[int, str] = {}
    for (low_row, low_col, high_row, high_col), target in sheet.mail_links:
        if not low_col <= column <= high_col:
            continue
        if low_row == high_row:  # a link on one cell, as Excel makes them
            if low_row in read:
                found.setdefault(low_row, target)
            continue
        for row in rows[(rows >= low_row) & (rows <= high_row)]:
            found.setdefault(int(row), target)
    return found


def _typed_cells(
    table: RawTable, sheet: xlsx_cells.SheetGrid, markers: list[int] | None = None
) -> None:
    """The formulas and hyperlinks in the cells a row pasted twice is compared by (the mapped
    columns' and the unread ones', at the rows read: ``RawTable.formulas``, ``links``).
    ``markers``: the sheet's ``xlsx_cells.formula_markers``."""
    columns = {*table.mapping.values()}
    if table.unread_cells is not None:
        columns.update(int(c) for c in table.unread_cells.columns)
    rows = table.cells.index
    if not columns or not len(rows):
        return
    table.formulas = xlsx_cells.typed_formulas(sheet.xml, columns, rows.tolist(), markers)
    links: dict[tuple[int, int], str] = {}
    for (low_row, low_col, high_row, high_col), target in sheet.links:
        linked = [c for c in columns if low_col <= c <= high_col]
        if not linked:
            continue
        for row in rows[(rows >= low_row) & (rows <= high_row)].tolist():
            for column in linked:
                links.setdefault((int(row), column), target)
    table.links = links


def _add_formula_problems(
    table: RawTable,
    sheet: xlsx_cells.SheetGrid,
    columns: list[int],
    last_row: int | None,
    markers: list[int] | None = None,
) -> None:
    """The tracker's cells whose formula has no saved value or holds an error, down to
    ``last_row`` when an Excel Table says where the tracker ends (a sum under the Table is
    the person's, not a tracker cell read empty): an error read as blank whichever reader
    read the sheet (calamine reads none, openpyxl its text), in ``columns`` and in the rival
    columns a field may be taken from (``RawTable.rivals``). ``markers``: the sheet's
    ``xlsx_cells.formula_markers``."""
    rivals = {col for frame in table.rivals.values() for col in frame.columns} - set(columns)
    problems = xlsx_cells.formula_problems(
        sheet.xml, [*columns, *rivals], table.header_row, markers
    )
    if last_row is not None:
        problems = {key: why for key, why in problems.items() if key[0] <= last_row}
    errors = {k: why for k, why in problems.items() if isinstance(why, xlsx_cells.ErrorValue)}
    read_errors_as_blank(table, errors)
    problems = {key: why for key, why in problems.items() if key[1] not in rivals}
    if not problems:
        return
    rows = set(table.cells.index)
    table.cell_problems.update(
        {key: why for key, why in problems.items() if key[0] in rows and isinstance(why, str)}
    )
    add_broken_rows(table, xlsx_cells.broken_rows(problems, columns, rows))
    unsaved = sorted(k for k, why in problems.items() if why == xlsx_cells.NO_SAVED_VALUE)
    if unsaved:
        row, col = unsaved[0]
        cells = (
            "1 cell holds a formula" if len(unsaved) == 1 else f"{len(unsaved)} cells hold formulas"
        )
        table.notes.append(
            f"{cells} without a saved value (first: {column_letter(col + 1)}{row}); open "
            "the file in Excel and save it once so the values are stored."
        )


def _formulas_in_due_columns(
    table: RawTable, sheet: xlsx_cells.SheetGrid, markers: list[int] | None = None
) -> None:
    """A formula in one of the tool's due columns is read as its text ("=H5+14"), not its
    value: the person's, saved as they wrote it before the tool's date replaces it
    (``hand_edits``; report ot83, F5). ``markers``: the sheet's
    ``xlsx_cells.formula_markers``."""
    from followup_batch.write.columns import OWNED_DATE_COLUMNS

    cells = table.owned_cells
    if cells is None or not xlsx_cells.may_hold_formulas(sheet.xml, markers):
        return
    rows = cells.index.tolist()
    keys = {table.owned_at[key]: key for key in OWNED_DATE_COLUMNS if key in table.owned_at}
    found_in = xlsx_cells.formula_texts_in(sheet.xml, list(keys), rows, markers)
    for column, found in found_in.items():
        for row, text in found.items():
            cells.loc[row, keys[column]] = "=" + text


def _live_status_rows(sheet: xlsx_cells.SheetGrid, match: HeaderMatch) -> LiveRows | None:
    """Which rows' status cell holds the tool's live formula, with or without a saved value
    (``xlsx_cells.status_formula_rows``); None without the tool's status column."""
    from followup_batch.write.columns import owned_status_column

    status = owned_status_column(match.headers)
    if status is None:
        return None
    return functools.partial(xlsx_cells.status_formula_rows, sheet.xml, status)


def _owned_text_columns(headers: list[str]) -> dict[str, int]:
    """The tool's text columns in the header (``write.columns.owned_text_columns``)."""
    from followup_batch.write.columns import owned_text_columns

    return owned_text_columns(headers)


def _read_csv(path: Path, options: ReadOptions, index: Mapping[str, str]) -> RawTable:
    # The config's country is a clue to a code page, as a Country column is.
    country = options.default_country if options.country_named else None
    table = csv_cells.read_table(path, options.encoding, country)
    explicit = {header_key(h) for h in options.column_map}
    head = list(enumerate(table.values[:HEADER_SEARCH_ROWS], start=1))
    match, best = find_header(head, index, explicit)
    # A quote left open is weighed against the header row, not a title row above it, and
    # the person's columns before the tool's; without a header, against the first row (a
    # quote left open may have taken the header in).
    from followup_batch.write.columns import first_owned_column

    csv_cells.refuse_runaway_quote(
        table,
        path.name,
        match.row - 1 if match else 0,
        first_owned_column(match.headers) if match else None,
    )
    _refuse_contacts(path.name, options, [match or best], table.values)
    misnamed = path.suffix.lower() in WORKBOOK_SUFFIXES  # a text file under a workbook's name
    why = None if misnamed else not_tracker_reason(head, index, explicit)
    if why is not None and (match is None or layouts.other_export(match.headers)):
        raise NotATracker(not_tracker_message(path.name, [why]))
    if match is None and misnamed:
        raise TrackerNotFound(_text_not_workbook(path, best, options, table.values))
    if match is None:
        raise TrackerNotFound(not_found_message(path.name, best, options, table.values))
    from followup_batch.write.csv_out import too_wide_for_the_tool

    if wide := too_wide_for_the_tool(table.values[match.row - 1], table.raw[match.row - 1 :]):
        raise UnsupportedFile(f"{path.name}: {wide}")
    client, client_folder, doubt, person = tracker_client(
        path, options.client_folder, companies_and_positions([(table.values, match)])
    )
    read = build_table(
        path,
        table.values,
        match,
        options,
        sheet=None,
        kind="csv",
        csv=table,
        default_client=client,
        owned_at=_owned_text_columns(match.headers),
    )
    read.client_folder = client_folder
    read.client_doubt = doubt
    read.client_person = person
    read.notes += table.notes
    read.notices += table.notes
    if options.sheet is not None:  # said, not ignored silently
        read.notes.append(f'--sheet "{options.sheet}" is for workbooks: {path.name} is read whole')
    if misnamed:  # shown by a plain run too: why Excel refuses to open it (ot84 F7)
        text = (
            "it is a text (CSV) file under a workbook's name: it is read and written "
            f"as text; rename it {path.stem}.csv so that programs open it as one."
        )
        read.notes.append(text)
        read.notices.append(text)
    return read


def _text_not_workbook(
    path: Path, closest: HeaderMatch | None, options: ReadOptions, rows: list[list[str]]
) -> str:
    """Why a text file named .xlsx is no tracker: first that it is no workbook at all (its
    bytes say so), then, when it looks like a CSV tracker, what its header lacks (``rows``:
    its records, whose columns of dates are named)."""
    message = f"{path.name} is a text file, not an Excel workbook (its name ends in {path.suffix})"
    if closest is None or not closest.mapping:
        return (
            f"{message}, and it holds no tracker table. If it was your tracker, restore it "
            "from a backup (.followup-backups/ beside it) or open the original in Excel and "
            "save it as Excel Workbook (.xlsx)."
        )
    return f"{message}; read as a CSV: " + not_found_message(path.name, closest, options, rows)


# Words a coach names a client's sheet with ("Client 1", "Candidate B").
_CLIENT_WORDS = re.compile(r"\b(?:client|candidate|mentee|coachee|customer)s?\b", re.IGNORECASE)


def _names_a_client(sheet: str) -> bool:
    """Whether a sheet's name says it is a client's, as a coach numbers them ("Client 1")."""
    return _CLIENT_WORDS.search(sheet) is not None
