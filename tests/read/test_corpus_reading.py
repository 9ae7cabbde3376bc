"""Every workbook of the shared corpus is read or refused with a one-line reason — nothing else.

Most corpus files are not trackers (TrackerNotFound is a fine answer); what must never happen is
any other exception, a multi-line message, or a read that holds or streams a million rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import CORPUS, require
from rows_read import RowsRead, watch_rows_read

from followup_batch.errors import TrackerNotFound, UnsupportedFile
from followup_batch.read import ReadOptions, read_trackers
from followup_batch.read.xlsx_cells import EMPTY_RUN_LIMIT

SKIPPED_NAMES = {"LICENSE.txt", "NOTICE.txt", "README.md"}
MAX_SHEET_ROWS = 10_000

# Refused by their bytes, whatever their names say (and why, in a word).
EXPECTED_REFUSALS = {
    "1904DateWindowing.xls": "legacy Excel 97-2003",
    "51519.xlsb": "binary workbook",
    "54764-2.xlsx": "declares a document type (<!DOCTYPE>)",  # an XML entity bomb
    "54764.xlsx": "declares a document type (<!DOCTYPE>)",
    "SampleSS.ods": "OpenDocument",
    "SampleSS.strict.xlsx": "Strict Open XML",
    "sample.strict.xlsx": "Strict Open XML",
    "SimpleStrict.xlsx": "Strict Open XML",
    "password.xls": "password-protected",
    "protected_passtika.xlsx": "password-protected",
    "protected_passtika.xlsb": "password-protected",
}


def corpus_files(folder: str) -> list[Path]:
    root = require(CORPUS / folder)
    return sorted(p for p in root.iterdir() if p.is_file() and p.name not in SKIPPED_NAMES)


def read_or_refuse(path: Path) -> str:
    """'read', 'no tracker' or the refusal message; anything else fails the test."""
    try:
        tables = read_trackers(path, ReadOptions())
    except TrackerNotFound as exc:
        assert "\n" not in str(exc)
        return "no tracker"
    except UnsupportedFile as exc:
        message = str(exc)
        assert "\n" not in message and message.startswith(path.name), message
        return message
    assert tables and all(t.cells.index.is_monotonic_increasing for t in tables)
    return "read"


@pytest.mark.parametrize("folder", ["excel-made", "hazards"])
def test_every_corpus_workbook_is_read_or_refused(
    folder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file read or refused in a line, and none read slowly, which is counted, not timed
    (STYLE: no timing assertions): no sheet's grid holds more than MAX_SHEET_ROWS rows (the
    corpus's largest holds 2,001, image21.xlsx; a used range to row 1,048,576 held densely
    holds them all) and no stream of a sheet runs on more than EMPTY_RUN_LIMIT rows past its
    last value (comment03.xlsx's used range runs to row 1,048,576)."""
    files = corpus_files(folder)
    outcomes: dict[str, str] = {}
    rows: dict[str, RowsRead] = {}
    for path in files:
        with monkeypatch.context() as patch:
            rows[path.name] = watch_rows_read(patch)
            outcomes[path.name] = read_or_refuse(path)
    held = {name: seen.kept for name, seen in rows.items()}
    assert {n: k for n, k in held.items() if max(k.values(), default=0) > MAX_SHEET_ROWS} == {}
    streamed_on = {
        name: (seen.streamed, seen.kept)
        for name, seen in rows.items()
        if seen.streamed > sum(seen.kept.values()) + EMPTY_RUN_LIMIT * len(seen.kept)
    }
    assert streamed_on == {}
    if folder == "excel-made":
        assert len(files) > 900
        refused = {n: o for n, o in outcomes.items() if o not in ("read", "no tracker")}
        assert refused == {}
    else:
        for name, reason in EXPECTED_REFUSALS.items():
            assert reason in outcomes[name], (name, outcomes[name])
        fuzzed = [n for n in outcomes if n.startswith("clusterfuzz")]
        assert len(fuzzed) == 14 and all(outcomes[n] != "read" for n in fuzzed)
