"""What a coach's folder builds once a process, not again for each of its trackers: the header
index with the user's column map on top, the industry keywords' pattern, the calendars sheet
every workbook with the same countries shares; and the modules processing a file imports,
imported before the workers are forked, not again in each of them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from coach_folder import build_coach_folder

from followup_batch.read.header_keys import header_key
from followup_batch.read.headers import header_index_with
from followup_batch.schedule import rows
from followup_batch.schedule.rules import load_rules
from followup_batch.write.xlsx import own_parts
from followup_batch.write.xlsx.extra_sheet import OwnSheet
from followup_batch.write.xlsx.styles import OwnStyles

COLUMN_MAPS = [
    {},
    {"Firm": "company"},
    {"gig": "position", "When We Met!": "interview_at", "Date": "last_reply"},
]


@pytest.mark.parametrize("column_map", COLUMN_MAPS)
def test_the_header_index_is_made_once_for_a_column_map(column_map: dict[str, str]) -> None:
    index = header_index_with(column_map)
    for _ in range(4):  # four look-ups a tracker: the same index each time, not a copy
        assert header_index_with(dict(column_map)) is index
    for header, name in column_map.items():
        assert index[header_key(header)] == name
    assert index[header_key("Interview Date")] == column_map.get("Interview Date", "interview_at")


# Three trackers of a coach's folder: industry cells -> the speed class each row gets.
TRACKERS = [
    (["Software", "Investment Banking", "Public Sector"], ["fast", "traditional", "institutional"]),
    (["E-commerce", "Bakery", None], ["fast", "standard", "standard"]),
    (["Santé publique", "tech / banking"], ["institutional", "fast"]),
]


def test_the_industry_keywords_are_worked_out_once_for_a_folder() -> None:
    industries = load_rules().industries
    rows._industry_keywords.cache_clear()
    classes = [
        rows.classify_industries(pd.Series(cells, dtype=object), industries).labels().tolist()
        for cells, _ in TRACKERS
    ]
    assert classes == [expected for _, expected in TRACKERS]
    assert rows._industry_keywords.cache_info().misses == 1


def test_a_class_table_with_lists_of_words_classifies_as_with_tuples() -> None:
    as_tuples = load_rules().industries
    as_lists = {name: list(words) for name, words in as_tuples.items()}
    for cells, expected in TRACKERS:
        cells_series = pd.Series(cells, dtype=object)
        assert rows.classify_industries(cells_series, as_lists).labels().tolist() == expected
        assert rows.classify_industries(cells_series, as_tuples).labels().tolist() == expected


STYLES = OwnStyles(header_xf=4, header_wrapped_xf=10, date_xf=5, wrapped_xf=6, top_xf=7, dxfs=())


@pytest.mark.parametrize("calendar_sets", [1, 8, 12, 30])
def test_the_calendars_sheet_is_made_once_for_each_set_of_countries(
    calendar_sets: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[object] = []
    chunks = own_parts.extra_sheet_chunks

    def counted(own: OwnSheet, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        made.append(own.cache_key)
        return chunks(own, *args, **kwargs)

    monkeypatch.setattr(own_parts, "extra_sheet_chunks", counted)
    monkeypatch.setattr(own_parts, "_MADE", {})
    sheets = [
        OwnSheet.from_frame(pd.DataFrame({f"C{i}": [f"day {i}"]}), hidden=True, cache_key=i)
        for i in range(calendar_sets)
    ]
    for _ in range(3):  # a folder of 3 x calendar_sets trackers, the sets in turn
        for sheet in sheets:
            own_parts.own_sheet_part(sheet, STYLES, False, "calendars")
    assert made == list(range(calendar_sets))


ROOT = Path(__file__).resolve().parents[1]
# A child process: the stages imported as before forking workers, then files processed twice
# (a first run and a run again) as a worker does; prints the package's modules imported since.
IMPORTED_AFTER = """
import datetime, json, sys
from pathlib import Path
from followup_batch import batch, workers
from followup_batch.config import Config
batch._import_file_stages()
before = set(sys.modules)
options = batch.RunOptions(as_of=datetime.date(2026, 11, 20), collect=True, jobs=1)
for _ in range(2):
    for path, result in batch.process_files([Path(p) for p in sys.argv[1:]], Config(), options):
        assert not isinstance(result, batch.FileFailure), result.message
print(json.dumps(sorted(m for m in set(sys.modules) - before if m.startswith("followup_batch"))))
"""


@pytest.mark.parametrize("trackers", ["tracker.xlsx", "tracker.csv", "a coach's folder"])
def test_a_worker_imports_nothing_its_parent_had_not(trackers: str, tmp_path: Path) -> None:
    if trackers == "a coach's folder":
        files = sorted(build_coach_folder(tmp_path / "clients", clients=3, rows=10).iterdir())
    else:
        files = [Path(shutil.copy(ROOT / "sample_data" / trackers, tmp_path / trackers))]
    child = subprocess.run(
        [sys.executable, "-c", IMPORTED_AFTER, *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout) == []
