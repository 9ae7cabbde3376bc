"""How to read a tracker: which sheet, the date order, the default country, the user's column
map, the CSV encoding and the folder named for the file's client.

Free of pandas: the config carries these options, and the CLI loads the config before it knows
whether a command reads anything at all.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from followup_batch.errors import ConfigError
from followup_batch.read import fields
from followup_batch.read.header_keys import header_key

if TYPE_CHECKING:
    from followup_batch.normalise.date_columns import DateOrder


@dataclass(frozen=True)
class ReadOptions:
    sheet: str | None = None  # only this sheet (xlsx)
    dayfirst: bool | None = None  # None: detect per column, else force
    default_country: str = "US"
    # Whether the user named the default country (a config's ``country``), not the built-in
    # US: a named one settles a city of several countries (``named_country``).
    country_named: bool = False
    column_map: dict[str, str] = field(default_factory=dict)  # user header -> field name
    # The headers of ``column_map`` given on the command line (--map), not in the config's
    # [columns]: a message names a mapping as the user wrote it.
    mapped_on_command_line: frozenset[str] = frozenset()
    encoding: str | None = None  # force a CSV encoding
    # A dataset's date orders, settled over all its pieces before any is read (a piece sees
    # only its rows): header as written -> order. Empty: each column's own, detected.
    date_orders: Mapping[str, DateOrder] = field(default_factory=dict)
    # How a dataset's Country column reads a bare 'CA' (Canada or California), settled over all
    # its pieces as its date orders are (``normalise.place_columns.country_column``). Empty: each
    # column's own, from its cells.
    country_reading: str = ""
    # The folder whose name names the client of a file named for nobody: "Ann Lee" for
    # "Ann Lee/Job Tracker.xlsx" (``read.file_clients.tracker_client``), found in the subfolders
    # below the folder a command was given or kept from the file's last run
    # (``read.file_clients.client_folder_of``).
    client_folder: str = ""

    def __post_init__(self) -> None:
        # Built in code as the config file builds it: "gb" and "United Kingdom" are GB-ENG,
        # a country the holiday calendars do not know is refused, not scheduled without holidays.
        if self.default_country != "US":  # the default: no need to load the calendars
            country = holiday_country(self.default_country, "ReadOptions: default_country")
            object.__setattr__(self, "default_country", country)

    @property
    def named_country(self) -> str:
        """The default country when the user named it, else '': with a config's ``country =
        "US"`` a 'Cambridge' alone is Massachusetts', with none England's, the larger
        (``countries.resolve_country``'s ``named``). A default given in code is named unless
        it is the built-in US."""
        named = self.country_named or self.default_country != "US"
        return self.default_country if named else ""

    @property
    def mapped_keys(self) -> frozenset[str]:
        """The headers the user's column map names, as compared (``header_key``)."""
        return frozenset(header_key(h) for h in self.column_map)

    def mapping_as_written(self, header: str) -> str:
        """The mapping of ``header`` as the user wrote it: ``--map "Met=interview_at"``, or
        ``the config's [columns] "Met" = "interview_at"``."""
        name = self.column_map[header]
        if header in self.mapped_on_command_line:
            return f'--map "{header}={name}"'
        return f'the config\'s [columns] "{header}" = "{name}"'


def holiday_country(written: str, where: str) -> str:
    """The holiday calendar of a country as written in a config (``country``) or in code
    (``ReadOptions(default_country=...)``), read exactly as a Country cell is ('Germany' ->
    'DE', 'gb' -> 'GB-ENG'). Raises ``ConfigError`` for one the calendars do not know, naming
    ``where`` ("config.toml: country"), and ``WrongArgument`` for a value that is not text."""
    if not isinstance(written, str):
        from followup_batch.arguments import shown
        from followup_batch.errors import WrongArgument

        raise WrongArgument(f"{where} takes a country as text, like 'GB', not {shown(written)}")
    return _holiday_country(written, where)


@functools.lru_cache(maxsize=64)  # a run replaces its options per file, each resolved again
def _holiday_country(written: str, where: str) -> str:
    # Only a config that names a country pays for the holiday calendars.
    from followup_batch.normalise.cities import CATHOLIC_TOWNS
    from followup_batch.normalise.countries import (
        UNKNOWN_COUNTRY,
        assumption_town,
        resolve_country,
    )

    # Read already: options are resolved again when replaced ('DE-BY-Catholic').
    if any(written == calendar for calendar, _ in CATHOLIC_TOWNS.values()):
        return written
    country, reason = resolve_country(written, "")
    if not country or reason is not None:
        why = (reason or UNKNOWN_COUNTRY).split("; using ")[0]
        raise ConfigError(
            f"{where} = {written!r}{why}; write what a Country cell takes: an ISO code "
            "such as US, GB-SCT or DE-BY, or an English name such as Germany"
        )
    return assumption_town([written], country)  # 'Munich': Bavaria's with Assumption Day


def one_header_twice(first: str, second: str, first_field: str, second_field: str) -> str:
    """The refusal of one header mapped to two fields, on the command line and in the config:
    '"Level" is given twice, to seniority and to industry: keep one', and where the two are
    spelt apart, why they are one header."""
    fields_said = f"to {first_field} and to {second_field}: keep one"
    if first == second:
        return f'"{first}" is given twice, {fields_said}'
    return (
        f'"{first}" and "{second}" are one header (headers match ignoring case, spaces, '
        f"punctuation and accents), given {fields_said}"
    )


def parse_column_maps(values: Iterable[str]) -> dict[str, str]:
    """``["Date of chat=interview_at", ...]`` -> ``{"Date of chat": "interview_at"}``.

    The field is checked against the schema; the header is checked when a file is read (a
    header missing from a file is a note there, not an error).
    """
    column_map: dict[str, str] = {}
    written: dict[str, str] = {}  # header_key -> the --map that named it first
    for value in values:
        header, sep, name = value.rpartition("=")
        if not sep or not header.strip() or not name.strip():
            raise ConfigError(
                f'--map {value!r}: write it as "Their Header=field", e.g. '
                '--map "Date of chat=interview_at"'
            )
        header, name = header.strip(), name.strip()
        first = written.setdefault(header_key(header), f"{header}={name}")
        first_header, _, first_name = first.rpartition("=")
        if first_name != name:  # as a config's [columns] refuses it
            raise ConfigError(one_header_twice(first_header, header, first_name, name))
        column_map[header] = name
    check_column_map(column_map)
    return column_map


def check_column_map(column_map: Mapping[str, str]) -> None:
    """Raise ``ConfigError`` naming any field of the map the schema does not have."""
    unknown = sorted({f for f in column_map.values() if f not in fields.FIELDS_BY_NAME})
    if unknown:
        valid = ", ".join(fields.FIELDS_BY_NAME)
        raise ConfigError(
            f"column map: unknown field {', '.join(repr(f) for f in unknown)}; "
            f"the fields are: {valid}."
        )
