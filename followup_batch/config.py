"""The TOML config file: defaults for reading, the sender profile, and rule overrides.

Example (every key optional)::

    country = "GB"              # holiday calendar for rows without a Country: what the column takes
    date_order = "dayfirst"     # how to read 3/11/2026: "monthfirst", "dayfirst" or "auto"
    days_off = ["2026-12-24 to 2027-01-01"]  # days your office closes: off on every calendar

    [columns]                   # map any header of yours to a field
    "Date of chat" = "interview_at"

    [sender]
    name = "Maya Chen"
    email = "maya@example.com"

    [clients."Jonas Weber"]     # a coach's client: the details that sign their drafts
    email = "jonas@example.com"

    drafts_days = 7             # Drafts sheet: what is overdue, due today or due within 7 days
    repeat_notes = false        # a note the last run said already is shown again only with -v

    [rules.check_in_1]          # any key of `followup-batch rules`
    base_bd = 6
"""

from __future__ import annotations

import ast
import codecs
import datetime as dt
import difflib
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from followup_batch.errors import ConfigError
from followup_batch.normalise.addresses import is_address
from followup_batch.read.fields import FIELDS_BY_NAME
from followup_batch.read.header_keys import header_key
from followup_batch.read.names import given_name_first
from followup_batch.read.options import ReadOptions, holiday_country, one_header_twice
from followup_batch.schedule.ruleset import RuleSet, load_rule_set, rule_key_hint

TOP_LEVEL_KEYS = (
    "country",
    "date_order",
    "encoding",
    "columns",
    "sender",
    "clients",
    "rules",
    "templates",
    "drafts_days",
    "repeat_notes",
    "days_off",
)
DATE_ORDERS = {"monthfirst": False, "dayfirst": True, "auto": None}
DRAFTS_DAYS = 7  # the Drafts sheet's horizon unless a config says (drafts_days)
MAX_DRAFTS_DAYS = 366  # a year ahead: every follow-up the rules can set
SENDER_KEYS = ("name", "email", "phone", "signature")

CLIENT_KEYS = ("email", "phone", "signature")


@dataclass(frozen=True)
class Config:
    rules: RuleSet = field(default_factory=load_rule_set)
    # How to read trackers: country, date_order, encoding and [columns], made once here (the
    # CLI lays --map/--dayfirst/--encoding over them; a run adds only --sheet).
    reading: ReadOptions = field(default_factory=ReadOptions)
    sender: Mapping[str, str] = field(default_factory=dict)
    # client name -> email, phone, signature ([clients."Maya Chen"]): signs that client's drafts
    clients: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    templates: Path | None = None
    path: Path | None = None
    # The Drafts sheet holds the messages overdue, due today and due this many days ahead.
    drafts_days: int = DRAFTS_DAYS
    # False: a note a run shows without -v is shown again only with -v while it stays as the
    # last run in place said it (a column the user has chosen to leave alone, told nightly).
    repeat_notes: bool = True

    def __post_init__(self) -> None:
        # Built in code, each field is checked as the config file's key is, in the file's
        # words: a wrong one is refused here, naming it, not later by a function given it.
        where = "Config"
        _of_kind(self.rules, RuleSet, "rules", "load_config(None).rules")
        _of_kind(self.reading, ReadOptions, "reading", "ReadOptions(default_country='GB')")
        try:
            self.rules.validate()
        except ConfigError as exc:
            raise ConfigError(f"{where}: {exc}") from None
        _of_kind(self.sender, Mapping, "sender", "{'name': 'Maya Chen'}")
        _check_sender(self.sender, where)
        _of_kind(self.clients, Mapping, "clients", "{'Jonas Weber': {'email': '…'}}")
        _check_clients(self.clients, where)
        for name in ("templates", "path"):
            value = getattr(self, name)
            if value is not None:
                _of_kind(value, (str, os.PathLike), name, "'my-wording'")
                object.__setattr__(self, name, Path(value))
        if self.templates is not None:
            from followup_batch.drafts.templating import folder_problem

            if (problem := folder_problem(self.templates)) is not None:
                raise ConfigError(f"{where}: templates: {problem[0]}; {problem[1]}")
        _check_drafts_days(self.drafts_days, where)
        _check_repeat_notes(self.repeat_notes, where)


def _of_kind(value: object, kind: type | tuple[type, ...], name: str, like: str) -> None:
    """``WrongArgument`` naming the ``Config`` field ``name`` unless ``value`` is a ``kind``."""
    if not isinstance(value, kind):
        from followup_batch.arguments import shown
        from followup_batch.errors import WrongArgument

        raise WrongArgument(f"Config: {name} takes a value like {like}, not {shown(value)}")


def known_encoding(name: str, where: str) -> str:
    """``name`` when Python knows the encoding; else a ConfigError naming ``where``."""
    try:
        codecs.lookup(name)
    except LookupError:
        raise ConfigError(
            f'{where + ": " if where else ""}"{name}" is not an encoding Python knows; try '
            "utf-8, cp1252, latin-1 or utf-16"
        ) from None
    return name


def load_config(path: str | os.PathLike[str] | None) -> Config:
    """Read and validate a config file (a path, or its name as a str); ``None`` gives the
    defaults."""
    if path is None:
        return Config()
    path = Path(path)
    try:
        text = _config_text(path)
        # With its last line ended, as most editors save a file: tomllib places a duplicate
        # key on an unended last line "at end of document", with no line number.
        data = tomllib.loads(text if text.endswith("\n") else text + "\n")
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(
            f"{path} is not UTF-8 text (a config is a TOML text file); save it as UTF-8 "
            '(in Notepad: Save As, Encoding "UTF-8")'
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            written_twice(exc, text, path) or f"{path} is not valid TOML: {exc}"
        ) from None
    return config_from_mapping(data, path)


_TWICE = re.compile(r"Cannot (?:overwrite a value|declare (\(.*\)) twice) \(at line (\d+),")
_TABLE_LINE = re.compile(r"\s*\[\[?\s*(.+?)\s*\]\]?\s*(?:#.*)?$")


def written_twice(error: tomllib.TOMLDecodeError, text: str, path: Path) -> str | None:
    """tomllib's "Cannot overwrite a value (at line 3, column 11)" and "Cannot declare
    ('sender',) twice" in our words, naming the key or table and its line; None for other
    errors."""
    found = _TWICE.match(str(error))
    if found is None:
        return None
    number = int(found.group(2))
    lines = text.splitlines()
    if found.group(1):  # a table: ('clients', 'Jo Park') is [clients."Jo Park"]
        parts = ast.literal_eval(found.group(1))
        name = ".".join(p if re.fullmatch(r"[\w-]+", p) else f'"{p}"' for p in parts)
        return f"{path}, line {number}: the table [{name}] is written twice; keep one"
    line = lines[number - 1] if number <= len(lines) else ""
    key = line.split("=", 1)[0].strip()
    table = next(
        (m.group(1) for above in reversed(lines[: number - 1]) if (m := _TABLE_LINE.match(above))),
        None,
    )
    if header := _TABLE_LINE.match(line):  # [sender.name] where sender.name is a value
        return (
            f"{path}, line {number}: {key} is a table, but {header.group(1)} is set above "
            "as a value; keep one"
        )
    where = f"[{table}] " if table else ""
    return f"{path}, line {number}: {where}{key} is written twice; keep one"


MAX_CONFIG_BYTES = 1 << 20  # a config is a page of TOML; --config /dev/zero never ends


def _config_text(path: Path) -> str:
    """The config file's text, read up to ``MAX_CONFIG_BYTES`` (a longer one is refused)."""
    from followup_batch.pipes import NobodyAtTheOtherEnd, open_file

    try:
        handle = open_file(path, "rb")
    except NobodyAtTheOtherEnd as exc:
        raise ConfigError(
            f"{exc}; start the program that writes the config into it first, or give the "
            "config file itself"
        ) from None
    with handle:
        data = handle.read(MAX_CONFIG_BYTES + 1)
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(
            f"{path} is longer than 1 MiB, far more than a config holds (a page of TOML text); "
            "check that --config names your config file"
        )
    # utf-8-sig: Notepad's "UTF-8" (before Windows 10 1903) starts with a byte-order mark.
    return data.decode("utf-8-sig")


def _unknown_key(key: str, valid: tuple[str, ...], table: str) -> str:
    """What a key a table does not have is called, as the config's other keys are ("unknown
    key 'emial' in [sender]; did you mean email?"): a key a letter or two off, or in other
    capitals ("Name"), is named; else the table's keys."""
    close = [name for name in valid if name == key.strip().lower()] or difflib.get_close_matches(
        key.lower(), valid, n=1, cutoff=0.8
    )
    hint = f"did you mean {close[0]}?" if close else f"valid keys: {', '.join(valid)}"
    return f"unknown key {key!r} in {table}; {hint}"


def config_from_mapping(data: Mapping[str, Any], path: Path | None = None) -> Config:
    where = str(path) if path else "config"
    unknown = sorted(set(data) - set(TOP_LEVEL_KEYS))
    if unknown:
        key = unknown[0]
        close = difflib.get_close_matches(key, TOP_LEVEL_KEYS, n=1, cutoff=0.8)
        hint = (
            f"did you mean {close[0]}?" if close else rule_key_hint(key, data[key])
        ) or f"valid keys: {', '.join(TOP_LEVEL_KEYS)}"
        raise ConfigError(f"{where}: unknown key {key!r}; {hint}")
    overrides = _table(data, "rules", where)
    try:
        rules = load_rule_set(overrides)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    if "days_off" in data:
        rules = replace(rules, days_off=days_off_of(data["days_off"], where))
    country = _country(data, where)
    order = _text(data, "date_order", where, "auto").strip().lower()
    if order not in DATE_ORDERS:
        raise ConfigError(
            f"{where}: date_order must be one of {', '.join(DATE_ORDERS)}, not {order!r}"
        )
    columns = _table(data, "columns", where)
    seen: dict[str, str] = {}
    for header, name in columns.items():
        if (problem := unmappable_header(header)) is not None:
            raise ConfigError(f"{where}: [columns] cannot map {header!r} to {name!r}: {problem}")
        first = seen.get(header_key(header))
        if first is not None and columns[first] != name:
            said = one_header_twice(first, header, str(columns[first]), str(name))
            raise ConfigError(f"{where}: [columns] {said}")
        seen.setdefault(header_key(header), header)
        if not isinstance(name, str):
            raise ConfigError(
                f"{where}: [columns] maps {header!r} to {name!r}; write the field as text, like "
                f'"{header}" = "company"'
            )
        if name not in FIELDS_BY_NAME:
            raise ConfigError(
                f"{where}: [columns] maps {header!r} to unknown field {name!r}; fields: "
                f"{', '.join(FIELDS_BY_NAME)}"
            )
    sender = _table(data, "sender", where)
    _check_sender(sender, where)
    clients = _table(data, "clients", where)
    _check_clients(clients, where)
    encoding = data.get("encoding")
    if encoding is not None and not isinstance(encoding, str):
        raise ConfigError(f'{where}: encoding must be text, like "cp1252"')
    if encoding is not None:
        encoding = known_encoding(encoding, f"{where}: encoding")
    templates = data.get("templates")
    if templates is not None and not isinstance(templates, str):
        raise ConfigError(f"{where}: templates must be a folder path (text)")
    drafts_days = _check_drafts_days(data.get("drafts_days", DRAFTS_DAYS), where)
    repeat_notes = _check_repeat_notes(data.get("repeat_notes", True), where)
    reading = ReadOptions(
        dayfirst=DATE_ORDERS[order],
        default_country=country,
        country_named="country" in data,
        column_map=dict(columns),
        encoding=encoding,
    )
    return Config(
        rules=rules,
        reading=reading,
        sender=dict(sender),
        clients={name: dict(profile) for name, profile in clients.items()},
        templates=_templates_folder(templates, path, where),
        path=path,
        drafts_days=drafts_days,
        repeat_notes=repeat_notes,
    )


DAYS_OFF_EXAMPLE = 'days_off = ["2026-12-24", "2026-12-28 to 2027-01-01"]'
MAX_DAYS_OFF_SPAN = 366  # a span is a closure, not a year written the wrong way round
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPAN = re.compile(r"(?P<first>\S+)\s+to\s+(?P<last>\S+)", re.IGNORECASE)


def days_off_of(value: object, where: str) -> frozenset[dt.date]:
    """The config's ``days_off``: days (TOML dates or "2026-12-24") and spans ("2026-12-24 to
    2027-01-01", both days off) your office closes. Each wrong one is refused, as written."""
    if not isinstance(value, list):
        raise ConfigError(f"{where}: days_off must be a list of days, like {DAYS_OFF_EXAMPLE}")
    days: set[dt.date] = set()
    for item in value:
        if isinstance(item, dt.date) and not isinstance(item, dt.datetime):
            days.add(item)
            continue
        text = item.strip() if isinstance(item, str) else ""
        span = _SPAN.fullmatch(text)
        first, last = (_day(span["first"]), _day(span["last"])) if span else (_day(text),) * 2
        if first is None or last is None:
            raise ConfigError(
                f'{where}: days_off: {_shown(item)} is not a day; write it as "2026-12-24", '
                'or a span as "2026-12-24 to 2027-01-01"'
            )
        if last < first:
            raise ConfigError(f"{where}: days_off: {_shown(item)} ends before it starts")
        if (last - first).days >= MAX_DAYS_OFF_SPAN:
            raise ConfigError(
                f"{where}: days_off: {_shown(item)} is longer than a year; list each closure"
            )
        days.update(first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return frozenset(days)


def _day(text: str) -> dt.date | None:
    if not _DAY.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # 2026-02-30
        return None


def _shown(item: object) -> str:
    """A days_off item as the config wrote it: text quoted, a TOML date or number bare."""
    return f'"{item}"' if isinstance(item, str) else str(item)


def _check_sender(sender: Mapping[str, Any], where: str) -> None:
    for key, value in sender.items():
        if key not in SENDER_KEYS:
            raise ConfigError(f"{where}: {_unknown_key(key, SENDER_KEYS, '[sender]')}")
        if not isinstance(value, str):
            raise ConfigError(f"{where}: [sender] {key} must be text, not {value!r}")
    _check_address(sender.get("email"), f"{where}: [sender] email")


def _check_clients(clients: Mapping[str, Any], where: str) -> None:
    # Drafts find a client's table ignoring case, and "Chen, Maya" as Maya Chen's: of two
    # that differ only so, one would be left out without a word (ot65 F8).
    seen: dict[str, str] = {}
    for name in clients:
        other = seen.setdefault(given_name_first(name).casefold(), name)
        if other != name:
            raise ConfigError(
                f'{where}: [clients."{other}"] and [clients."{name}"] are one client (client '
                'names match ignoring case, and "Chen, Maya" is Maya Chen): keep one'
            )
    for name, profile in clients.items():
        valid = ", ".join(CLIENT_KEYS)
        if not isinstance(profile, Mapping):
            raise ConfigError(
                f'{where}: clients."{name}" must be a table ([clients."{name}"]) with {valid}'
            )
        for key, value in profile.items():
            if key not in CLIENT_KEYS:
                mistake = _unknown_key(key, CLIENT_KEYS, f'[clients."{name}"]')
                raise ConfigError(f"{where}: {mistake}")
            if not isinstance(value, str):
                raise ConfigError(f'{where}: [clients."{name}"] {key} must be text, not {value!r}')
        _check_address(profile.get("email"), f'{where}: [clients."{name}"] email')


def _check_drafts_days(drafts_days: object, where: str) -> int:
    """The Drafts sheet's horizon in days: a whole number from 0 to ``MAX_DRAFTS_DAYS``,
    7.0 taken as 7 (a whole number written with a decimal point)."""
    if isinstance(drafts_days, bool):
        raise ConfigError(
            f"{where}: drafts_days is a number of days from 0 to {MAX_DRAFTS_DAYS}, not "
            f"{str(drafts_days).lower()} (a yes/no value)"
        )
    if isinstance(drafts_days, float) and drafts_days.is_integer():
        drafts_days = int(drafts_days)
    if not isinstance(drafts_days, int) or not 0 <= drafts_days <= MAX_DRAFTS_DAYS:
        raise ConfigError(
            f"{where}: drafts_days must be a whole number of days from 0 to {MAX_DRAFTS_DAYS}, "
            f"not {drafts_days!r}"
        )
    return drafts_days


def _check_repeat_notes(repeat_notes: object, where: str) -> bool:
    if not isinstance(repeat_notes, bool):
        raise ConfigError(f"{where}: repeat_notes must be true or false, not {repeat_notes!r}")
    return repeat_notes


def _templates_folder(written: str | None, path: Path | None, where: str) -> Path | None:
    """The ``templates`` folder: a relative path is read from the config's folder, or from the
    working folder for a config that has none (read from a pipe: ``<(...)`` is /dev/fd/63)."""
    from followup_batch.drafts.templating import folder_problem

    if not written:
        return None
    piped = path is not None and path.parent.resolve().parts[1:2] in (("dev",), ("proc",))
    base = path.parent if path is not None and not piped else Path.cwd()
    folder = base / written
    if (problem := folder_problem(folder)) is not None:
        if Path(written).is_absolute():
            relative = ""
        elif piped:
            relative = (
                " (a relative path is read from the working folder: the config came in a pipe)"
            )
        else:
            relative = " (a relative path is read from the config's folder)"
        raise ConfigError(f'{where}: templates = "{written}": {problem[0]}{relative}; {problem[1]}')
    return folder


def unmappable_header(header: str) -> str | None:
    """Why a ``[columns]`` or ``--map`` header can never name a column the tool reads, or None.

    Headers are compared by ``header_key`` (letters and digits), so one without any ("✓", "-")
    would stand for every blank header; and a column the tool writes would be read back as an
    input, changing on every run.
    """
    from followup_batch.write.columns import OWNED_COLUMNS

    key = header_key(header)
    if not key:
        return (
            "a header is known by its letters and digits alone (case, spaces, accents and "
            "marks do not count), and this one has none; give the column a header that "
            'has some, like "Date of chat", and map that'
        )
    owned = next((text for text in OWNED_COLUMNS.values() if header_key(text) == key), None)
    if owned is not None:
        return (
            f'"{owned}" is a column the tool writes, and overwrites on every run, not one it '
            f'reads; if the column is yours, rename it (say, "My {owned.lower()}") and map that'
        )
    return None


def _check_address(value: object, what: str) -> None:
    """``ConfigError`` unless ``value`` (text, checked before) is empty or one address: it
    signs every draft and is the digest's sender."""
    if isinstance(value, str) and value.strip() and not is_address(value.strip()):
        raise ConfigError(
            f"{what} {value!r} is not an email address; write one address, like "
            '"maya@example.com" (or leave it out)'
        )


def _table(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: {key} must be a table ([{key}])")
    return value


def _country(data: Mapping[str, Any], where: str) -> str:
    """The default holiday calendar, read exactly as a Country cell is ('Germany' -> 'DE')."""
    if "country" not in data:
        return "US"
    return holiday_country(_text(data, "country", where, "US"), f"{where}: country")


def _text(data: Mapping[str, Any], key: str, where: str, default: str) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {key} must be text, not {value!r}")
    return value
