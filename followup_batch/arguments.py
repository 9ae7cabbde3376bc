"""The library's arguments checked when a function is called: a value of the wrong kind is a
``WrongArgument`` naming the function, what it takes and what it was given, in one line.

Free of pandas: a message names a frame by its kind, never by its repr (a DataFrame's repr is
its rows, thousands of characters).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, overload

from followup_batch.errors import WrongArgument

SHORT = 200  # a value whose repr is longer is named by its kind alone


def shown(value: object) -> str:
    """A value given, for a message: ``str '2026-11-20'``, ``int 3``, ``NoneType None``; a
    frame, a series, an array or an object of the library's by its kind alone
    (``DataFrame``), as is a value whose repr is long."""
    kind = type(value).__name__
    if hasattr(value, "shape") or type(value).__module__.startswith("followup_batch"):
        return kind
    text = repr(value)
    return f"{kind} {text}" if len(text) <= SHORT else kind


# What a ``Config`` holds that a function takes: its attribute, by the kind's name.
CONFIG_PARTS = {"ReadOptions": "config.reading", "RuleSet": "config.rules"}


def check_kind(
    value: object,
    kind: type | tuple[type, ...],
    function: str,
    what: str,
    hint: str = "",
) -> None:
    """Raise ``WrongArgument`` unless ``value`` is a ``kind``: "schedule_rows takes config.rules
    (a RuleSet) as rules, not a Config; pass config.rules". ``what``: the argument's name;
    ``hint``: what to pass, after a semicolon."""
    if isinstance(value, kind):
        return
    kinds = kind if isinstance(kind, tuple) else (kind,)
    name = kinds[0].__name__
    part = CONFIG_PARTS.get(name)
    takes = f"{part} (a {name})" if part else f"a {name}"
    if part and type(value).__name__ == "Config":
        hint = f"pass {part}"
    said = f"; {hint}" if hint else ""
    raise WrongArgument(f"{function} takes {takes} as {what}, not {shown(value)}{said}")


class PathField:
    """A dataclass field that takes a path as a ``str`` or any ``os.PathLike`` (or None, its
    default) and holds a ``pathlib.Path``, so that ``RunOptions(output="checked.xlsx")`` works
    and a type checker accepts it: its ``__init__`` parameter is typed by ``__set__``, the
    attribute by ``__get__``. Another kind of value is a ``WrongArgument`` at once."""

    def __init__(self, function: str) -> None:
        self.function = function

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> None: ...
    @overload
    def __get__(self, instance: object, owner: type) -> Path | None: ...
    def __get__(self, instance: object | None, owner: type) -> Any:
        if instance is None:
            return None  # the field's default, as dataclasses asks for it
        return instance.__dict__.get(self.name)

    def __set__(self, instance: object, value: str | os.PathLike[str] | None) -> None:
        if value is not None:
            from followup_batch.read.files import path_argument

            value = Path(path_argument(value, f"{self.function}({self.name}=...)"))
        # Kept in the instance's own dict under the field's name: it pickles (worker
        # processes) and reads as a plain attribute would.
        instance.__dict__[self.name] = value
