"""The command line's value types and the options its commands share (Click), for the commands.

Shared options are plain decorators, so each command lists what it accepts in one place.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from followup_batch.as_of import as_date
from followup_batch.errors import BadDate


class IsoDate(click.ParamType):
    """A calendar date written as YYYY-MM-DD (or YYYYMMDD), or ``today``: None, the default's
    value, as if the option were left out (ot119 F9: "--as-of today" was refused)."""

    name = "YYYY-MM-DD"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date | None:
        if isinstance(value, str) and value.strip().lower() == "today":
            return None
        try:  # the option names itself
            return as_date(value, name="", otherwise=f"or leave {_named(param)} out for today")
        except BadDate as exc:
            self.fail(str(exc), param, ctx)


def _named(param: click.Parameter | None) -> str:
    """How the command line names ``param`` ("--as-of"); "the option" when called without one."""
    return max(param.opts, key=len) if isinstance(param, click.Option) else "the option"


class AlarmTime(click.ParamType):
    """A time of day written as HH:MM, or 'none'."""

    name = "HH:MM"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.time | None:
        if value is None or isinstance(value, dt.time):
            return value
        text = str(value).strip().lower()
        if text in ("none", "off", "no"):
            return None
        try:
            return dt.time.fromisoformat(text)
        except ValueError:
            self.fail(
                f"{value!r} is not a time; write it as HH:MM, e.g. 08:30, or none", param, ctx
            )


class Seconds(click.ParamType):
    """A number of whole seconds, 0 or more: 120, or with its unit, 120s, 10m, 1h."""

    name = "SECONDS"
    UNITS = {"s": 1, "m": 60, "h": 3600}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().lower()
        unit = self.UNITS.get(text[-1:], 0) if text else 0
        number = text[:-1] if unit else text
        if not number.isdigit() or not number.isascii():  # "-5", "1.5", "2 min", "soon"
            self.fail(
                f"{value!r} is not a number of seconds; write whole seconds, e.g. 300, or "
                "with a unit, 5m or 1h (0: do not wait)",
                param,
                ctx,
            )
        return int(number) * (unit or 1)


config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TOML config: default country, date order, column mapping, sender, rule overrides.",
)
sheet_option = click.option("--sheet", help="Only this sheet of each workbook.")
alarm_option = click.option(
    "--alarm",
    type=AlarmTime(),
    default="09:00",
    show_default=True,
    help="With --ics: each event reminds you at this time of its day (none: no reminder).",
)
with_drafts_option = click.option(
    "--with-drafts",
    is_flag=True,
    help="Put each draft's text into the HTML digest and its Compose link (a bigger page).",
)
jobs_option = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Work on this many files at once in separate processes (default: one per CPU when "
    "there are four or more files); big exports are written side by side the same way.",
)


BOTH_DATE_ORDERS = (
    "--dayfirst and --monthfirst contradict each other: give one (3/11/2026 is 3 November "
    "with --dayfirst, March 11 with --monthfirst)"
)

VERBOSE_AND_QUIET = (
    "-v/--verbose and -q/--quiet contradict each other: give one (-v prints notes and every "
    "row problem, -q only errors)"
)


def reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--map, --dayfirst, --monthfirst and --encoding: how to read the trackers. The command
    gets ``dayfirst``: True, False, or None (neither given: detect per column)."""

    @functools.wraps(command)
    def with_date_order(*args: Any, dayfirst: bool, monthfirst: bool, **kwargs: Any) -> Any:
        # Two flags, not one on/off pair, so that giving both is refused, not "the last wins".
        if dayfirst and monthfirst:
            raise click.UsageError(BOTH_DATE_ORDERS)
        order = True if dayfirst else False if monthfirst else None
        return command(*args, dayfirst=order, **kwargs)

    for option in reversed(
        [
            click.option(
                "--map",
                "mappings",
                multiple=True,
                metavar='"HEADER=field"',
                help='Read your column HEADER as a field, e.g. --map "Date of chat=interview_at"'
                " (repeatable).",
            ),
            click.option(
                "--dayfirst",
                is_flag=True,
                help="Read 3/11/2026 as 3 November (default: detect per column, else month first).",
            ),
            click.option(
                "--monthfirst",
                is_flag=True,
                help="Read 3/11/2026 as March 11 (not with --dayfirst).",
            ),
            click.option("--encoding", help="Read CSV files in this encoding (default: detect)."),
        ]
    ):
        with_date_order = option(with_date_order)
    return with_date_order
