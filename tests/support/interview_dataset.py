"""A platform's interview export, as raw columns: what `run DATA --output OUT` reads.

``interview_table(n, seed)`` gives ``n`` rows as a pyarrow Table with database-style column
names (the schema's field names, plus ``id`` and ``coach``): typed timestamps for some dates,
text for others (yes-marks, phrases, ISO text), synonyms and odd spellings in the vocabulary
columns, and a few bad rows (no company, a 31 February, an unknown level, a made-up country).
Built from pools with numpy, so ten million rows take seconds. ``write_dataset`` writes it as
a folder of Parquet files; ``write_csv_files`` as CSV files with a header.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from synthetic import POSITIONS

COMPANIES = tuple(f"Company {k}" for k in range(5_000))
INTERVIEWERS = (
    "",
    "Alex Kim",
    "Sam Patel; Jordan Lee",
    "Dr. Ruth Meyer",
    "Chris Ng, Dana Cole & Eli Stone",
)
EMAILS = (
    "",
    "alex.kim@example.com",
    "sam@example.org; jordan@example.org",
    "",
    "chris@example.net, dana@example.net, eli@example.net",
)
TYPES = ("phone", "Zoom", "video", "onsite", "In-person", "panel", "final round", "", "other")
LEVELS = ("junior", "mid", "Senior", "staff", "Director", "VP", "", "intern")
INDUSTRIES = (
    "Tech",
    "Software",
    "Banking",
    "Insurance",
    "Law",
    "Government",
    "Academia",
    "Healthcare",
    "Retail",
    "Fintech",
    "Tech consulting",
    "",
    "Non-profit",
)
OUTCOMES = (
    "",
    "",
    "",
    "pending",
    "in review",
    "rejected",
    "Declined by employer",
    "offer",
    "hired",
    "withdrawn",
    "ghosted",
    "on hold",
)
COUNTRIES = (
    "US",
    "US",
    "US-CA",
    "GB",
    "GB-SCT",
    "Germany",
    "DE-BY",
    "FR",
    "CA",
    "AU",
    "IN",
    "AE",
    "IL",
    "",
)
TOPICS = ("", "roadmap for Q3", "migrating the data warehouse", "team structure")
VALUE_ADDS = ("", "article on churn models", "sample dashboard")
# The stated decision is text: phrases, ISO dates and a date that does not exist.
DECISIONS = (
    "",
    "",
    "",
    "",
    "next week",
    "Friday",
    "in 2 weeks",
    "within 5 business days",
    "end of the month",
    "2026-12-04",
    "tbd",
)
# Values the tool cannot read, each in about one row in 200: row problems, never a stop.
ODD_VALUES = {"seniority": "wizard", "country": "Narnia", "stated_decision": "31/02/2026"}
ODD_RATE = 0.005
THANK_YOU_MARKS = ("", "", "yes", "x", "2026-11-21", "sent")

COACHES = 7  # each client has one coach
FIRST_DAY = np.datetime64("2025-06-01", "D")
SPAN_DAYS = 600  # interviews from June 2025 to early 2027
NAT = np.datetime64("NaT", "D")


def interview_table(n: int, seed: int = 0, *, clients: int | None = None) -> pa.Table:
    """``n`` interview rows (see the module docstring); about 2% need info."""
    rng = np.random.default_rng(seed)
    clients = clients or max(1, n // 40)
    client_ids = rng.integers(0, clients, size=n)
    interview = FIRST_DAY + rng.integers(0, SPAN_DAYS, size=n).astype("timedelta64[D]")
    minutes = rng.integers(8 * 60, 18 * 60, size=n).astype("timedelta64[m]")
    at = interview.astype("datetime64[m]") + minutes
    at[rng.random(n) < 0.01] = np.datetime64("NaT")

    def after(start: np.ndarray, chance: float, low: int, high: int) -> np.ndarray:
        days = start + rng.integers(low, high + 1, size=n).astype("timedelta64[D]")
        return np.where(rng.random(n) < chance, days, NAT)

    check_in_1 = after(interview, 0.4, 4, 12)
    check_in_2 = np.where(np.isnat(check_in_1), NAT, after(check_in_1, 0.5, 5, 14))
    final = np.where(np.isnat(check_in_2), NAT, after(check_in_2, 0.5, 5, 20))
    company = rng.integers(1, len(COMPANIES) + 1, size=n)
    company[rng.random(n) < 0.01] = 0  # no company: the row needs info
    columns = {
        "id": pa.array(np.arange(1, n + 1, dtype="int64") + seed * 10**9),
        "coach": strings([f"Coach {k}" for k in range(COACHES)], client_ids % COACHES),
        "client": strings([f"Client {k}" for k in range(clients)], client_ids),
        "company": strings(["", *COMPANIES], company),
        "position": pick(rng, POSITIONS, n),
        "interview_at": pa.array(at.astype("datetime64[ms]")),
        "interviewer": pick(rng, INTERVIEWERS, n),
        "interviewer_email": pick(rng, EMAILS, n),
        "interview_type": pick(rng, TYPES, n),
        "round": pa.array(rng.integers(1, 5, size=n), mask=rng.random(n) < 0.3),
        "seniority": pick(rng, LEVELS, n, odd=ODD_VALUES["seniority"]),
        "industry": pick(rng, INDUSTRIES, n),
        "stated_decision": pick(rng, DECISIONS, n, odd=ODD_VALUES["stated_decision"]),
        "thank_you_sent": pick(rng, THANK_YOU_MARKS, n),
        "check_in_1_sent": pa.array(check_in_1.astype("datetime64[ms]")),
        "check_in_2_sent": pa.array(check_in_2.astype("datetime64[ms]")),
        "final_sent": pa.array(final.astype("datetime64[ms]")),
        "last_reply": pa.array(after(interview, 0.2, -2, 60).astype("datetime64[ms]")),
        "outcome": pick(rng, OUTCOMES, n),
        "country": pick(rng, COUNTRIES, n, odd=ODD_VALUES["country"]),
        "topic": pick(rng, TOPICS, n),
        "value_add": pick(rng, VALUE_ADDS, n),
    }
    return pa.table(columns)


def strings(values: Sequence[str], positions: np.ndarray) -> pa.Array:
    """``values[positions]`` as an Arrow string array (built in Arrow: fast for millions)."""
    indices = pa.array(positions.astype("int32"))
    return pa.DictionaryArray.from_arrays(indices, pa.array(values)).dictionary_decode()


def pick(rng: np.random.Generator, values: Sequence[str], n: int, odd: str = "") -> pa.Array:
    """Values drawn evenly; with ``odd``, that value in about ``ODD_RATE`` of the rows."""
    positions = rng.integers(0, len(values), size=n)
    if odd:
        positions[rng.random(n) < ODD_RATE] = len(values)
        values = [*values, odd]
    return strings(values, positions)


def write_dataset(
    folder: Path, rows: int, files: int, *, seed: int = 0, row_group_rows: int = 100_000
) -> Path:
    """``rows`` rows as ``files`` Parquet files ``part-0000.parquet``, ... in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    edges = np.linspace(0, rows, files + 1).astype(int)
    for k, (start, stop) in enumerate(zip(edges[:-1], edges[1:], strict=True)):
        table = interview_table(int(stop - start), seed=seed + k, clients=max(1, rows // 40))
        pq.write_table(table, folder / f"part-{k:04d}.parquet", row_group_size=row_group_rows)
    return folder


def write_csv_files(folder: Path, rows: int, files: int, *, seed: int = 0) -> Path:
    """The same rows as CSV files ``part-0000.csv``, ... with a header (dates as ISO text)."""
    import pyarrow.csv as pacsv

    folder.mkdir(parents=True, exist_ok=True)
    edges = np.linspace(0, rows, files + 1).astype(int)
    for k, (start, stop) in enumerate(zip(edges[:-1], edges[1:], strict=True)):
        table = interview_table(int(stop - start), seed=seed + k, clients=max(1, rows // 40))
        pacsv.write_csv(table, folder / f"part-{k:04d}.csv")
    return folder
