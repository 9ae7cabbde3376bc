"""A tool column whose header the person retyped, or which they deleted (ot128 F3).

A column whose header still carries the tool's note but no longer its header is the person's
from then on (README, *What you get*): its cells are left as they were and the tool's column
is written again at the end. A run says so once, without ``-v``: the run that finds it takes
the note off, and the next finds the column written again. Its live status formulas would
show "… — run again" for good, advice no run can satisfy: they become the words they showed,
and nothing else in the column changes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from followup_batch.read.xlsx_cells import FORMULA, VALUE, formula_texts_in
from followup_batch.write.columns import OWNED_COLUMNS
from followup_batch.write.live import is_status_formula
from followup_batch.write.xlsx.rowbytes import cell_column, cell_start_pattern
from followup_batch.write.xlsx.xmlbytes import attribute, column_letter, unescape

_KIND = re.compile(rb"""\st\s*=\s*(?:"[^"]*"|'[^']*')""")


def retyped_columns(
    headers: Mapping[int, str | None],
    owned: Mapping[str, int],
    marked: Collection[int],
    status_noted: int | None,
) -> dict[int, str | None]:
    """The columns whose header carries the tool's note but is none of its headers now, each
    with the key of the tool's column it was: the status column by its note's as-of line
    (``status_noted``), the others by their order when as many of the tool's columns are
    missing; None when that does not tell."""
    found = set(owned.values())
    retyped = sorted(c for c in marked if c not in found)
    missing = [key for key in OWNED_COLUMNS if key not in owned]
    keys: dict[int, str | None] = dict.fromkeys(retyped)
    if status_noted in keys and "status" in missing:
        keys[status_noted] = "status"
        missing.remove("status")
    others = [c for c in retyped if keys[c] is None]
    if len(others) == len(missing):
        keys.update(zip(others, missing, strict=True))
    return {c: keys[c] for c in retyped if c in headers or keys[c] is not None}


def frozen_counts(xml: bytes | None, columns: Collection[int], rows: list[int]) -> dict[int, int]:
    """Per column (1 = A), how many of ``rows`` hold the tool's live status formula there."""
    found = formula_texts_in(xml, [c - 1 for c in columns], rows)
    return {c + 1: sum(map(is_status_formula, texts.values())) for c, texts in found.items()}


@dataclass(frozen=True)
class ColumnsAgain:
    """The tool's columns a run found retyped (column -> the key it was, ``retyped_columns``)
    or deleted, and where it writes them again (``placed``); ``frozen``: per retyped column,
    its formulas made values."""

    retyped: Mapping[int, str | None]
    headers: Mapping[int, str | None]
    owned: Mapping[str, int]
    placed: Mapping[str, int]
    frozen: Mapping[int, int]

    def notes(self, *, planned: bool = False) -> list[str]:
        """The lines a run says of them, e.g. 'J "Status (auto)" was the tool's Follow-up
        status: it is yours now, …; Follow-up status written again at V' and 'Why (deleted)
        written again at U'; ``planned``: as a dry run says it."""
        if not self.retyped and len(self.owned) in (0, len(OWNED_COLUMNS)):
            return []  # a first run, or every column where it was
        lines = [self._retyped_line(c, key, planned) for c, key in self.retyped.items()]
        named = set(self.retyped.values())
        if self.owned:
            deleted = "" if None in named else " (deleted)"
            lines += [
                f"{OWNED_COLUMNS[key]}{deleted} {self._again(key, planned)}"
                for key in OWNED_COLUMNS
                if key not in self.owned and key not in named
            ]
        return lines

    def _retyped_line(self, column: int, key: str | None, planned: bool) -> str:
        """One retyped column's line."""
        was = "one of the tool's columns" if key is None else f"the tool's {OWNED_COLUMNS[key]}"
        header = self.headers.get(column)
        shown = f'{column_letter(column)} "{header}"' if header else column_letter(column)
        line = f"{shown} was {was}: " + ("a run makes it yours" if planned else "it is yours now")
        frozen = self.frozen.get(column, 0)
        if frozen:
            line += ", and " + _frozen_words(frozen, planned)
        if key is not None:
            line += f"; {OWNED_COLUMNS[key]} {self._again(key, planned)}"
        return line

    def _again(self, key: str, planned: bool) -> str:
        verb = "would be written again" if planned else "written again"
        return f"{verb} at {column_letter(self.placed[key])}"


def _frozen_words(frozen: int, planned: bool) -> str:
    """What becomes of the tool's formulas in a retyped column, said as done or as to come."""
    if frozen == 1:
        return (
            "its formula the word it shows" if planned else "its formula is now the word it showed"
        )
    if planned:
        return f"its {frozen} formulas the words they show"
    return f"its {frozen} formulas are now the words they showed"


class Freezer:
    """Replaces the tool's live status formulas in the retyped ``columns`` (1 = A) by the
    values they showed, in whole rows of a sheet: a formula filled down from one of them (a
    shared formula) too. Only such cells: a person's formula or word there is kept."""

    def __init__(self, columns: Collection[int], prefix: str) -> None:
        self.columns = frozenset(columns)
        self.start = cell_start_pattern(prefix)
        self.close = f"</{prefix}c>".encode()
        self.prefix = prefix
        self.shared: set[str | None] = set()

    def __call__(self, data: bytes) -> bytes:
        """``data`` with the cells frozen."""
        pieces, position = [], 0
        for start in self.start.finditer(data):
            if start.group(2) or cell_column(start.group(1)) not in self.columns:
                continue
            end = data.find(self.close, start.end())
            if end < 0:
                break
            frozen = self._frozen(start.group(1), data[start.end() : end])
            if frozen is not None:
                pieces += [data[position : start.start()], frozen]
                position = end + len(self.close)
        return b"".join(pieces) + data[position:] if pieces else data

    def _frozen(self, attributes: bytes, content: bytes) -> bytes | None:
        """The cell without its formula, when that is the tool's; else None."""
        formula = FORMULA.search(content)
        if formula is None:
            return None
        shared = attribute(formula.group(1), "si")
        if formula.group(2) and is_status_formula(unescape(formula.group(2))):
            if attribute(formula.group(1), "t") == "shared":
                self.shared.add(shared)
        elif formula.group(2) or shared is None or shared not in self.shared:
            return None
        value = VALUE.search(content)
        p = self.prefix
        kind = attribute(attributes, "t")
        if value is None or value.group(1) is None:
            return f"<{p}c".encode() + _KIND.sub(b"", attributes) + b"/>"
        if kind == "str":
            text = html.escape(unescape(value.group(1)), quote=False)
            start = f"<{p}c".encode() + _KIND.sub(b"", attributes) + b' t="inlineStr">'
            inline = f'<{p}is><{p}t xml:space="preserve">{text}</{p}t></{p}is>'
            return start + inline.encode() + self.close
        return f"<{p}c".encode() + attributes + b">" + value.group(0) + self.close
