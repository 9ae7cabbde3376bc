"""CSV write-back: the user's fields byte for byte as they were written, the owned columns
replaced or appended, and the tool's text guarded against spreadsheet formula injection.

The reader (``read.csv_cells``) keeps each field's raw text beside its value; here the user's
raw fields are joined unchanged and ours are appended with minimal quoting, in the file's own
delimiter, line ending, encoding and byte-order mark.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from followup_batch.errors import UnsafeWrite
from followup_batch.read import fields
from followup_batch.read.csv_cells import CsvTable
from followup_batch.read.table import RawTable
from followup_batch.write import atomic
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS

CSV_DATE_FORMAT = "%Y-%m-%d"
# Text starting with these is read as a formula by spreadsheet programs opening a CSV.
FORMULA_STARTS = ("=", "+", "-", "@")
# Control characters become spaces; only the line feed stays (a quoted field may hold it).
# Tab and carriage return go too: a leading one is another way to sneak in a formula.
CSV_CONTROL_CHARACTERS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def write_csv(
    table: RawTable,
    owned: pd.DataFrame,
    target: Path,
    *,
    backup: bool,
    backups_kept: int,
    expected: atomic.Fingerprint | None = None,
) -> None:
    """Write the CSV with the owned columns to ``target``, atomically; ``expected`` as for
    ``write.write_results`` (the version read, for an update in place)."""
    if table.csv is None:
        raise UnsafeWrite(
            f"{Path(table.path).name}: the CSV was read without its raw text; "
            "read it again with reader.read_trackers before writing"
        )
    data = render_csv(table, owned)
    if _holds(target, data):
        return  # the file already says this: no write, no backup

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    in_place = Path(table.path).resolve() == atomic.resolve_target(target)
    atomic.replace_atomically(
        target,
        write,
        backup=backup,
        backups_kept=backups_kept,
        expected=expected if in_place else None,
    )


def _holds(target: Path, data: bytes) -> bool:
    try:
        return target.stat().st_size == len(data) and target.read_bytes() == data
    except OSError:
        return False


def render_csv(table: RawTable, owned: pd.DataFrame) -> bytes:
    """The CSV's bytes with the owned columns replaced or appended; user fields unchanged."""
    assert table.csv is not None
    header_index = table.header_row - 1
    header = table.csv.values[header_index] if header_index < len(table.csv.values) else []
    user_width = _user_width(header)
    ours: list[list[str]] = []
    for number in table.csv.line_numbers:
        if number == table.header_row:
            ours.append(list(OWNED_COLUMNS.values()))
        elif number in owned.index:
            ours.append(_csv_record(owned.loc[number]))
        else:
            ours.append([])
    return render(table.csv, user_width, ours)


def _user_width(header: list[str]) -> int:
    """Columns that belong to the user: all of them, or those before the first owned header.

    Owned columns, once written, are the last ones, so a re-run replaces them in place.
    """
    owned = {fields.header_key(text) for text in OWNED_COLUMNS.values()}
    for index, text in enumerate(header):
        if fields.header_key(text) in owned:
            return index
    return len(header)


def _csv_record(row: pd.Series) -> list[str]:
    record = []
    for key in OWNED_COLUMNS:
        value = row[key]
        if key in OWNED_DATE_COLUMNS:
            record.append("" if pd.isna(value) else pd.Timestamp(value).strftime(CSV_DATE_FORMAT))
        else:
            record.append(guard_csv_text(value))
    return record


def guard_csv_text(value: object) -> str:
    """Tool text made safe for a CSV opened in a spreadsheet: no formulas, no control codes.

    A leading apostrophe is how spreadsheet users themselves mark "this is text".
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = CSV_CONTROL_CHARACTERS.sub(" ", str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def quote(value: str, delimiter: str) -> str:
    """A field as csv would write it with minimal quoting."""
    if any(ch in value for ch in (delimiter, '"', "\n", "\r")) or value != value.strip(" "):
        return '"' + value.replace('"', '""') + '"'
    return value


def render(table: CsvTable, user_width: int, ours: Sequence[Sequence[str]]) -> bytes:
    """The file's bytes: each record's first ``user_width`` raw fields, then our values.

    ``ours`` has one list of values per record (the header record included). Records shorter
    than ``user_width`` are padded with empty fields so our columns line up.
    """
    fmt = table.fmt
    lines = []
    for raws, extra, end in zip(table.raw, ours, table.ends, strict=True):
        user = list(raws[:user_width])
        if extra:
            user += [""] * (user_width - len(user))
        lines.append(fmt.delimiter.join(user + [quote(v, fmt.delimiter) for v in extra]) + end)
    # The user's fields came from this encoding and go back exactly; the tool's text may hold
    # a character it lacks ("→" in cp1252), spelt then in characters it has ("->").
    data = "".join(lines).encode(fmt.encoding, errors=SUBSTITUTE)
    return (BOMS[fmt.encoding] + data) if fmt.bom else data


BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
}
# The tool's characters that legacy encodings (cp1252, latin-1) may lack, in ones they have.
SUBSTITUTES = {
    "→": "->",
    "←": "<-",
    "≤": "<=",
    "≥": ">=",
    "−": "-",
    "–": "-",
    "—": "-",
    "…": "...",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "•": "*",
    "✓": "yes",
    "\u00a0": " ",
}
SUBSTITUTE = "followup-batch-substitute"


def _substitute(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: each character the encoding lacks, spelt in ones it has
    (a table, else its accents dropped, else its code point) — never a silent "?"."""
    assert isinstance(error, UnicodeEncodeError)
    spelt = []
    for ch in error.object[error.start : error.end]:
        plain = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
        spelt.append(SUBSTITUTES.get(ch) or plain or f"U+{ord(ch):04X}")
    return "".join(spelt), error.end


codecs.register_error(SUBSTITUTE, _substitute)
