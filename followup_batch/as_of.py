"""The as-of date every stage computes against, from what a caller passes: a date, a
datetime or pandas Timestamp, a numpy datetime64, or a ``YYYY-MM-DD`` string (as the command
line's ``--as-of`` takes it). Imports neither pandas nor numpy: the CLI starts without them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
from typing import TYPE_CHECKING, Any, TypeVar, dataclass_transform, overload

from followup_batch.errors import BadDate, WrongArgument

if TYPE_CHECKING:
    from typing import TypeAlias

    import numpy as np

    AsOf: TypeAlias = dt.date | str | np.datetime64

# The dates an as-of date may be: the schedules and calendars run years past it, and the
# dates read from trackers stay within pandas' nanosecond range (1678-2261).
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)

# YYYY-MM-DD, or YYYYMMDD as a tracker's cell may hold it; not the ISO week dates
# ("2026-W47-5") that Python's ``date.fromisoformat`` also takes, and the help does not name.
_AS_OF = re.compile(r"\d{4}-\d{2}-\d{2}|\d{8}")


def as_date(value: AsOf, name: str = "as_of", otherwise: str = "") -> dt.date:
    """``value`` as the calendar date it names. A datetime or Timestamp gives its date: a
    timezone-aware one the date on its own clock where it was made (23:30 in Los Angeles on
    Nov 20 is Nov 20, not its UTC date), as a tracker's aware interview times are read.

    Raises ``WrongArgument`` (a TypeError) for a value of another kind and ``BadDate`` (a
    ValueError) for a string that is no date, NaT, or a date outside 1900-2199; the message
    begins with ``name`` unless it is empty (the command line's option names itself), and a
    string's ends with ``otherwise``, the other way to name the day ("or leave --as-of out for
    today") when it is not empty."""
    said = f"{name} " if name else ""
    day = _day(value)
    if day is None:
        if isinstance(value, str):
            also = f", {otherwise}" if otherwise else ""
            raise BadDate(
                f"{said}{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20{also}"
            )
        raise WrongArgument(
            f"{said}must be a date (datetime.date, datetime, pandas Timestamp or a "
            f"'YYYY-MM-DD' string), not {type(value).__name__} {value!r}"
        )
    if not EARLIEST <= day <= LATEST:
        shown = value if isinstance(value, str) else day.isoformat()
        raise BadDate(
            f"{said}{shown!r} is outside the dates the tool computes with "
            f"({EARLIEST:%Y-%m-%d} to {LATEST:%Y-%m-%d})"
        )
    return day


def _day(value: object) -> dt.date | None:
    """The date ``value`` names, or None when it names none (NaT, another kind of value)."""
    numpy = sys.modules.get("numpy")  # a datetime64 exists only once numpy is loaded
    if numpy is not None and isinstance(value, numpy.datetime64):
        value = value.astype("datetime64[D]").item()  # a date, or None for NaT
    if isinstance(value, dt.datetime):  # a pandas Timestamp too; NaT equals nothing
        # Aware or not: the date on its own clock, not converted to UTC first.
        return value.date() if value == value else None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _AS_OF.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:  # 2026-13-01
            return None
    return None


class AsOfField:
    """A dataclass field that takes any ``AsOf`` and holds its date (``as_date``), so that a
    type checker accepts ``RunOptions(as_of="2026-11-20")`` and reads ``options.as_of`` back
    as a ``datetime.date``: its ``__init__`` parameter is typed by ``__set__``, the attribute
    by ``__get__``. The field has no default: ``__get__`` on the class says so to dataclasses,
    and being a field specifier of ``frozen_with_as_of`` says so to a type checker.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> AsOfField: ...
    @overload
    def __get__(self, instance: object, owner: type) -> dt.date: ...
    def __get__(self, instance: object | None, owner: type) -> Any:
        if instance is None:
            raise AttributeError(f"{owner.__name__}.{self.name} has no default")
        return instance.__dict__[self.name]

    def __set__(self, instance: object, value: AsOf) -> None:
        # Kept in the instance's own dict under the field's name: it pickles (worker
        # processes) and reads as a plain attribute would.
        instance.__dict__[self.name] = as_date(value)


_Options = TypeVar("_Options")


# A plain dataclass cannot have a required descriptor field as far as a type checker sees:
# the ``AsOfField()`` in the class body reads as a default (``RunOptions()`` would pass mypy
# and fail when run), and a field written without it is no descriptor. Declared a field
# specifier (PEP 681), ``AsOfField()`` is a field without a default, typed by its descriptor.
@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, AsOfField))
def frozen_with_as_of(cls: type[_Options]) -> type[_Options]:
    """``@dataclass(frozen=True)`` for a class whose ``as_of`` is an ``AsOfField``."""
    return dataclasses.dataclass(frozen=True)(cls)
