"""The next interview of the same application, found over the whole tracker (``rounds``).

Each case is a small tracker; the expected column gives, row by row, the day of the later
interview that takes over from that row and its row number, or None.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from trackers import raw_table

from followup_batch.normalise.frame import normalise_rows
from followup_batch.normalise.rounds import application_keys, later_interviews, name_key
from followup_batch.read import ReadOptions

OPTIONS = ReadOptions()
D = dt.date


def later_of(rows: list[dict[str, object]], **kwargs: object) -> list[tuple[dt.date, int] | None]:
    frame = normalise_rows(raw_table(rows, **kwargs), OPTIONS, as_of=D(2026, 12, 1))  # type: ignore[arg-type]
    out: list[tuple[dt.date, int] | None] = []
    for day, row in zip(frame["later_interview"], frame["later_interview_row"], strict=True):
        out.append(None if pd.isna(day) else (day.date(), int(row)))
    return out


def interview(company: str, position: str, day: dt.date, **more: object) -> dict[str, object]:
    return {"company": company, "position": position, "interview_at": day, **more}


CASES = {
    "three rounds: each row is taken over by the next one": (
        [
            interview("Acme", "Analyst", D(2026, 11, 2), round=1),
            interview("Acme", "Analyst", D(2026, 11, 12), round=2),
            interview("Acme", "Analyst", D(2026, 12, 8), round=3),
        ],
        [(D(2026, 11, 12), 3), (D(2026, 12, 8), 4), None],
    ),
    "rounds out of order in the sheet: by date, not by row": (
        [
            interview("Acme", "Analyst", D(2026, 12, 8)),
            interview("Acme", "Analyst", D(2026, 11, 2)),
            interview("Acme", "Analyst", D(2026, 11, 12)),
        ],
        [None, (D(2026, 11, 12), 4), (D(2026, 12, 8), 2)],
    ),
    "case and spacing do not count": (
        [
            interview(" ACME  corp", "Data  Analyst", D(2026, 11, 2)),
            interview("Acme Corp", "data analyst ", D(2026, 11, 9)),
        ],
        [(D(2026, 11, 9), 3), None],
    ),
    "another position at the same company is another application": (
        [
            interview("Acme", "Analyst", D(2026, 11, 2)),
            interview("Acme", "Engineer", D(2026, 11, 9)),
        ],
        [None, None],
    ),
    "two interviews on one day (a panel on two rows) take over from neither": (
        [
            interview("Acme", "Analyst", D(2026, 11, 2), interviewer="Ann Lee"),
            interview("Acme", "Analyst", D(2026, 11, 2), interviewer="Bob Ray"),
            interview("Acme", "Analyst", D(2026, 11, 9)),
        ],
        [(D(2026, 11, 9), 4), (D(2026, 11, 9), 4), None],
    ),
    "accents, punctuation, invisible characters and a legal form do not count": (
        [
            interview("Café Nero Inc.", "Sr. Barista", D(2026, 11, 2)),
            interview("cafe\u200b nero", "sr barista", D(2026, 11, 9)),
            interview("CAFE NERO, LLC", "Sr Barista", D(2026, 11, 16)),
        ],
        [(D(2026, 11, 9), 3), (D(2026, 11, 16), 4), None],
    ),
    "initials written with spaces or a slash are one role (an outside test)": (
        [
            interview("Soylent", "P. M.", D(2026, 11, 2), round=1),
            interview("Soylent", "PM", D(2026, 11, 10), round=2),
            interview("Tyrell", "A/B Test Lead", D(2026, 11, 2), round=1),
            interview("Tyrell", "AB Test Lead", D(2026, 11, 10), round=2),
        ],
        [(D(2026, 11, 10), 3), None, (D(2026, 11, 10), 5), None],
    ),
    "a later round 1 is the role applied for again, not the next round": (
        [
            interview("Amazon", "Software Engineer", D(2026, 3, 2), round=2),
            interview("Amazon", "Software Engineer", D(2026, 9, 14), round="Round 1"),
            interview("Amazon", "Software Engineer", D(2026, 9, 28), round=2),
        ],
        [None, (D(2026, 9, 28), 4), None],
    ),
    "a Final round takes over from round 2": (
        [
            interview("Globex", "Engineer", D(2026, 11, 2), round="1st"),
            interview("Globex", "Engineer", D(2026, 11, 9), round="2nd"),
            interview("Globex", "Engineer", D(2026, 11, 16), round="Final"),
        ],
        [(D(2026, 11, 9), 3), (D(2026, 11, 16), 4), None],
    ),
    # An employer may add a round after the one called final (an outside test: a round after
    # "Letzte Runde" was silently another application, and the final round went on asking for
    # its check-ins). Round 2 or higher after it goes on; Round 1 or another Final starts again.
    "a numbered round after a Final round is a later round": (
        [
            interview("Globex", "Engineer", D(2026, 11, 2), round="1st"),
            interview("Globex", "Engineer", D(2026, 11, 9), round="2nd"),
            interview("Globex", "Engineer", D(2026, 11, 16), round="Final"),
            interview("Globex", "Engineer", D(2026, 11, 30), round=3),
        ],
        [(D(2026, 11, 9), 3), (D(2026, 11, 16), 4), (D(2026, 11, 30), 5), None],
    ),
    "a Round 2 after Letzte Runde is a later round": (
        [
            interview("Siemens", "Ingenieur", D(2026, 11, 2), round="Letzte Runde"),
            interview("Siemens", "Ingenieur", D(2026, 11, 16), round="Runde 2"),
        ],
        [(D(2026, 11, 16), 3), None],
    ),
    "a Round 4 after a Final round is a later round": (
        [
            interview("Initech", "PM", D(2026, 11, 2), round="Final round"),
            interview("Initech", "PM", D(2026, 11, 16), round="Round 4"),
        ],
        [(D(2026, 11, 16), 3), None],
    ),
    "a Round 1 after a Final round is the role applied for again": (
        [
            interview("Initech", "PM", D(2026, 3, 2), round="Final"),
            interview("Initech", "PM", D(2026, 9, 14), round=1),
        ],
        [None, None],
    ),
    "a second Final round is the role applied for again, as an equal number is": (
        [
            interview("Initech", "PM", D(2026, 3, 2), round="Final round"),
            interview("Initech", "PM", D(2026, 9, 14), round="Letzte Runde"),
        ],
        [None, None],
    ),
    "an application is taken over by its interview, on the day or after": (
        [
            {"company": "Beta", "position": "Dev", "applied_at": D(2026, 10, 1)},
            {"company": "Beta", "position": "Dev", "applied_at": D(2026, 11, 20)},
            interview("Beta", "Dev", D(2026, 11, 20)),
        ],
        [(D(2026, 11, 20), 4), (D(2026, 11, 20), 4), None],
    ),
    "an interview before the application is not its interview": (
        [
            {"company": "Beta", "position": "Dev", "applied_at": D(2026, 11, 21)},
            interview("Beta", "Dev", D(2026, 11, 20)),
        ],
        [None, None],
    ),
    "a row without its company, or its date, links nothing": (
        [
            interview("Acme", "Analyst", D(2026, 11, 2)),
            interview("", "Analyst", D(2026, 11, 9)),
            interview("Acme", "Analyst", None),  # type: ignore[arg-type]
        ],
        [None, None, None],
    ),
}


@pytest.mark.parametrize("rows, expected", CASES.values(), ids=CASES.keys())
def test_the_next_interview_of_the_same_application(
    rows: list[dict[str, object]], expected: list[tuple[dt.date, int] | None]
) -> None:
    assert later_of(rows) == expected


FINAL_NOTE = (
    "is read as this role applied for again, not as a round after this final one (after a "
    "final round, only Round 2 or higher goes on): if it is the same application, write its "
    "Round as 2 or higher"
)
APPLIED_AGAIN = {
    "Round 1 after Final": (
        [("Final", D(2026, 3, 2)), (1, D(2026, 9, 14))],
        [f'D2: row 3\'s interview (Round "1") {FINAL_NOTE}'],
    ),
    "Letzte Runde after Final round": (
        [("Final round", D(2026, 3, 2)), ("Letzte Runde", D(2026, 9, 14))],
        [f'D2: row 3\'s interview (Round "Letzte Runde") {FINAL_NOTE}'],
    ),
    # A numbered round not higher than the one before it says so plainly: nothing to add.
    "Round 1 after Round 2": ([("Round 2", D(2026, 3, 2)), ("Round 1", D(2026, 9, 14))], []),
    "Round 3 after Final: linked, nothing to say": (
        [("Final", D(2026, 11, 2)), (3, D(2026, 11, 16))],
        [],
    ),
}


@pytest.mark.parametrize(("rounds", "problems"), APPLIED_AGAIN.values(), ids=APPLIED_AGAIN.keys())
def test_a_later_interview_read_as_applied_again_is_said(
    rounds: list[tuple[object, dt.date]], problems: list[str]
) -> None:
    """A final round's Problems say why its next interview does not take over from it (it was
    silent: the final round went on asking for its check-ins)."""
    rows = [
        {"company": "Acme", "position": "Analyst", "interview_at": day, "round": n}
        for n, day in rounds
    ]
    frame = normalise_rows(raw_table(rows), OPTIONS, as_of=D(2026, 12, 1))
    assert list(frame["problems"].iloc[0]) == problems
    assert list(frame["problems"].iloc[1]) == []


def test_each_client_has_their_own_applications() -> None:
    rows = [
        interview("Acme", "Analyst", D(2026, 11, 2), client="Ana"),
        interview("Acme", "Analyst", D(2026, 11, 9), client="Ben"),
        interview("Acme", "Analyst", D(2026, 11, 16), client="ana"),
    ]
    assert later_of(rows) == [(D(2026, 11, 16), 4), None, None]


def test_earlier_rows_carry_the_outcome_of_the_applications_last_row() -> None:
    rows = [
        interview("Acme", "Analyst", D(2026, 11, 2)),
        interview("Acme", "Analyst", D(2026, 11, 16), outcome="Offer"),
        interview("Acme", "Analyst", D(2026, 11, 9)),
        interview("Beta", "Dev", D(2026, 11, 9), outcome="Rejected"),
    ]
    frame = normalise_rows(raw_table(rows), OPTIONS, as_of=D(2026, 12, 1))
    assert frame["application_outcome"].tolist() == ["offer", "", "offer", ""]


def test_a_closing_outcome_anywhere_on_the_last_day_is_the_applications() -> None:
    # A panel split over two rows, the rejection written on the lower one: the earlier
    # round and the panel's upper row are closed with it.
    rows = [
        interview("Acme", "Analyst", D(2026, 11, 2)),
        interview("Acme", "Analyst", D(2026, 11, 16), interviewer="Ann Lee"),
        interview("Acme", "Analyst", D(2026, 11, 16), interviewer="Bob Ray", outcome="Rejected"),
    ]
    frame = normalise_rows(raw_table(rows), OPTIONS, as_of=D(2026, 12, 1))
    assert frame["application_outcome"].tolist() == ["rejected", "rejected", ""]
    assert later_of(rows) == [(D(2026, 11, 16), 3), (D(2026, 11, 16), 4), None]


def test_name_keys() -> None:
    assert name_key(" ACME  Corp. ", company=True) == "acme"
    assert name_key("Inc", company=True) == "inc"  # a name that is only a legal form stays
    assert name_key("Co-op Bank Ltd", company=True) == "co op bank"
    assert name_key("Data Analyst (Remote)") == "data analyst remote"
    assert name_key("Société Générale SA", company=True) == "societe generale"
    assert name_key("C# Developer") != name_key("C++ Developer")  # two roles
    assert name_key("AT&T", company=True) == "at&t"
    # Initials with dots are one word (an outside test: "PM" and "P.M." were two roles).
    assert name_key("P.M.") == name_key("PM") == name_key("P.M") == "pm"
    assert name_key("U.S. Bank", company=True) == "us bank"
    assert name_key("Acme S.A.", company=True) == "acme"
    assert name_key("--") is None
    assert name_key(None) is None


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        # Initials are one word however they are written (an outside test: "P. M." and "PM",
        # "A/B" and "AB" were two roles, and the earlier round asked for its check-ins).
        ("P. M.", "PM", True),
        ("P. M", "P.M.", True),
        ("Q. A. Lead", "QA Lead", True),
        ("A/B Test Lead", "AB Test Lead", True),
        ("A / B Test Lead", "A/B Test Lead", True),
        ("I/O Engineer", "IO Engineer", True),
        # Words are not initials: their slash and their dots still separate.
        ("UI/UX Designer", "UIUX Designer", False),
        ("C/C++ Developer", "CC++ Developer", False),
        ("Level 2. A Team", "Level 2A Team", False),
        ("Sr. Barista", "Sr Barista", True),
    ],
)
def test_initials_in_a_role(one: str, other: str, same: bool) -> None:
    assert (name_key(one) == name_key(other)) is same


def test_a_datasets_rows_stand_alone() -> None:
    # A dataset is scheduled a partition at a time: linking rows inside one would make the
    # answer depend on where the partitions fall.
    rows = [
        interview("Acme", "Analyst", D(2026, 11, 2)),
        interview("Acme", "Analyst", D(2026, 11, 9)),
    ]
    assert later_of(rows) == [(D(2026, 11, 9), 3), None]
    assert later_of(rows, kind="dataset") == [None, None]


def test_large_tracker_matches_a_plain_search() -> None:
    rng = np.random.default_rng(7)
    n = 3000
    keys = rng.integers(-1, 200, size=n)
    base = np.datetime64("2025-01-01", "D")
    interview = base + rng.integers(0, 500, size=n).astype("timedelta64[D]")
    interview[rng.random(n) < 0.3] = np.datetime64("NaT")
    applied = base + rng.integers(0, 500, size=n).astype("timedelta64[D]")
    rows = np.arange(2, n + 2)
    later, later_row, last, _ = later_interviews(keys, interview, applied, rows)
    for i in range(n):
        if keys[i] < 0:
            expected: tuple[object, int] = (None, 0)
            assert last[i] == -1
        else:
            start, strict = (
                (interview[i], True) if not np.isnat(interview[i]) else (applied[i], False)
            )
            found = [
                (interview[j], rows[j])
                for j in range(n)
                if keys[j] == keys[i]
                and not np.isnat(interview[j])
                and (interview[j] > start if strict else interview[j] >= start)
            ]
            expected = min(found) if found else (None, 0)
            # The application's last interview: the latest day, its upper row.
            ends = [
                (-interview[j].astype(np.int64), rows[j])
                for j in range(n)
                if keys[j] == keys[i] and not np.isnat(interview[j])
            ]
            assert last[i] == (min(ends)[1] - 2 if found else -1), i
        got = (None if np.isnat(later[i]) else later[i], int(later_row[i]))
        assert got == expected, i


def test_application_keys() -> None:
    keys = application_keys(
        ["", "", "Ann", ""], ["Acme", "acme", "Acme", None], ["Dev", " DEV", "Dev", "Dev"]
    )
    assert keys[0] == keys[1] != keys[2]
    assert keys[3] == -1
