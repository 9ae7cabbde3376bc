"""The hand-edit record's hashes made at once and read once (issue 15, stop 50): the same
hashes as one at a time, the due cells looked at the same, a record read anew when it changed."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from followup_batch.memory import hand_edits, rerun
from followup_batch.memory.hand_edits import Memory

# Texts as the tool's columns hold them, and as a person or a spreadsheet program leaves them.
TEXTS = [
    "Thank-you note",
    "Send the 2nd check-in",
    "  Hi Dana,\r\n\r\nThanks for the interview.\r\nMaya  ",
    "Hi Dana,\rThanks.",
    "'=SUM(A1:A3)",
    "'+44 20 7946 0000",
    "'-",
    "'@Dana",
    "Zoë Müller — “Senior” ✓ 面接",
    "lone \ud800 surrogate",
    "x" * 5000,
    "Thank-you note",  # repeated: hashed again, in its place
]


def hash_then(text: str) -> str:
    """``text_hash`` as main's code made it, one at a time: the oracle."""
    plain = (text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text).strip()
    if plain[:2] in ("'=", "'+", "'-", "'@"):
        plain = plain[1:]
    digest = hashlib.blake2b(plain.encode("utf-8", "surrogatepass"), digest_size=6).digest()
    return base64.b64encode(digest).decode("ascii")


def test_texts_hashed_at_once_are_each_hashed_as_before() -> None:
    assert hand_edits.text_hashes(TEXTS) == [hash_then(text) for text in TEXTS]
    assert [hand_edits.text_hash(text) for text in TEXTS] == [hash_then(text) for text in TEXTS]
    assert hand_edits.text_hashes([]) == []


def test_a_record_is_read_as_its_hashes() -> None:
    hashes = [hash_then(text) for text in TEXTS]
    assert hand_edits._split("".join(hashes)) == frozenset(hashes)
    assert hand_edits._split("") == frozenset()
    for damaged in ("abc", "".join(hashes) + "x", None, 12345678):
        with pytest.raises(ValueError):
            hand_edits._split(damaged)


D = dt.date(2026, 3, 2)
MIDNIGHT = dt.datetime(2026, 3, 2)
# (cell, the tool's date there now ("" none), looked at by ``_dates_in``)
DUE_CELLS = [
    (None, "2026-03-02", False),  # empty
    (MIDNIGHT, "2026-03-02", False),  # the tool's date read back
    (D, "2026-03-02", False),
    (pd.Timestamp("2026-03-02"), "2026-03-02", False),
    (dt.datetime(2026, 3, 3), "2026-03-02", True),  # another day typed
    (dt.datetime(2026, 3, 2, 9, 30), "2026-03-02", True),  # a date with its time
    (dt.datetime(2026, 3, 2, tzinfo=dt.UTC), "2026-03-02", True),
    (dt.date(2026, 3, 3), "2026-03-02", True),
    ("2026-03-02", "2026-03-02", True),  # a date text: parsed there
    ("sent 11/21 - Dana replied", "2026-03-02", True),
    (46083.0, "2026-03-02", True),  # a date serial
    (True, "2026-03-02", True),
    (float("nan"), "2026-03-02", True),
    ("", "2026-03-02", True),  # blank text: ``_dates_in`` skips it
    (MIDNIGHT, "", True),  # no date of the tool's now
    (None, "", False),
]


def test_the_due_cells_looked_at_are_all_but_the_tools_dates() -> None:
    values = np.empty(len(DUE_CELLS), dtype=object)
    values[:] = [cell for cell, _, _ in DUE_CELLS]
    nows = [now for _, now, _ in DUE_CELLS]
    looked_at = hand_edits._not_the_days(values, nows).tolist()
    assert looked_at == [i for i, (_, _, looked) in enumerate(DUE_CELLS) if looked]


def _record(tracker: Path, draft_hashes: list[str]) -> None:
    memory = Memory({"draft": frozenset(draft_hashes)}, {}, frozenset())
    data = {
        "format": rerun.FORMAT,
        "tracker": tracker.name,
        "stamp": "",
        "sheets": [{"sheet": "Interviews", "hand": memory.to_json()}],
    }
    state = rerun.state_path(tracker)
    state.parent.mkdir(exist_ok=True)
    state.write_text(json.dumps(data), encoding="utf-8")


def test_a_record_read_twice_is_read_anew_once_it_changed(tmp_path: Path) -> None:
    tracker = tmp_path / "Job hunt.xlsx"
    tracker.write_bytes(b"")
    first, second = hash_then("Hi Dana,"), hash_then("Hi Tom,")
    _record(tracker, [first])
    read = rerun.memories(tracker)
    assert read["Interviews"].written["draft"] == frozenset({first})
    read.clear()  # the caller's own dict
    assert rerun.memories(tracker)["Interviews"].written["draft"] == frozenset({first})
    _record(tracker, [second])
    assert rerun.memories(tracker)["Interviews"].written["draft"] == frozenset({second})
    other = tmp_path / "Other.xlsx"  # the same record's text, another tracker's name: not its
    other.write_bytes(b"")
    rerun.state_path(other).write_text(
        rerun.state_path(tracker).read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert rerun.memories(other) == {}
    rerun.state_path(tracker).unlink()
    assert rerun.memories(tracker) == {}


@pytest.mark.parametrize(
    "hashes",
    [
        pytest.param([], id="none"),
        pytest.param(hand_edits.text_hashes(TEXTS), id="the tool's hashes, one repeated"),
        pytest.param(hand_edits.text_hashes(str(n) for n in range(3000)), id="3,000 hashes"),
        pytest.param(["abc", "abd", "ab"], id="shorter than a hash"),
        pytest.param([*hand_edits.text_hashes(TEXTS[:3]), "Zoë+Müll"], id="not ASCII"),
        pytest.param([*hand_edits.text_hashes(TEXTS[:3]), "abc"], id="one shorter among them"),
        pytest.param([*hand_edits.text_hashes(TEXTS[:3]), "abcdefghi"], id="one longer"),
    ],
)
def test_a_records_hashes_are_kept_each_once_in_text_order(hashes: list[str]) -> None:
    """``_joined`` sorts a record's hashes as bytes (numpy): the same text as sorting them as
    text, for hashes of the tool's and for anything else a set may hold."""
    expected = "".join(sorted(set(hashes)))
    assert hand_edits._joined(hashes) == expected
    assert hand_edits._joined(frozenset(hashes)) == expected
