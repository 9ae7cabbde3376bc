"""What a dataset run did: the summary line, the ``--json`` counts and the marker file."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from followup_batch import __version__
from followup_batch.datasets.plan import SkippedFile
from followup_batch.reports import counted
from followup_batch.schedule.labels import STATUSES
from followup_batch.text import first_and_more


@dataclass
class DatasetReport:
    data: str
    kind: str  # "parquet" or "csv"
    engine: str
    as_of: dt.date
    files: int
    partitions: int
    rows: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    problem_rows: int = 0
    written: Path | None = None  # OUT; None on a dry run
    digest_folder: Path | None = None
    coaches: list[dict[str, object]] = field(default_factory=list)  # one per digest folder
    notes: list[str] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)  # files not run, with why
    file_notes: list[str] = field(default_factory=list)  # of files run, shown without -v
    seconds: float = 0.0
    workers_lost: int = 0  # Dask workers the cluster lost during the run

    def summary(self) -> str:
        """'interviews/ (2 Parquet files, 4 partitions): 200,000 rows — ...; 9 with problems'"""
        kind = "Parquet" if self.kind == "parquet" else "CSV"
        text = (
            f"{self.data} ({counted(self.files, kind + ' file')}, "
            f"{counted(self.partitions, 'partition')}): {counted(self.rows, 'row')}"
        )
        statuses = ", ".join(f"{self.counts[s]:,} {s}" for s in STATUSES if self.counts[s])
        if statuses:
            text += f" — {statuses}"
        if self.problem_rows:
            text += f"; {self.problem_rows:,} with problems"
        return text + (f" → {self.written}" if self.written else " (dry run, nothing written)")

    def skipped_lines(self) -> list[str]:
        """One line per file that was not run, saying why, then one naming them all (they
        stand among many lines on a terminal): the run's exit code is then 1."""
        if not self.skipped:
            return []
        lines = [f"{skipped.path}: SKIPPED — {skipped.reason}" for skipped in self.skipped]
        files = len(self.skipped) + self.files
        names = first_and_more([skipped.file for skipped in self.skipped])
        skipped_ones = "the skipped file" if len(self.skipped) == 1 else "the skipped files"
        output = f", and {self.written} holds no output for {skipped_ones}" if self.written else ""
        others = {0: "no other was", 1: "the other one was"}.get(
            self.files, f"the other {self.files:,} were"
        )
        return [
            *lines,
            f"{len(self.skipped)} of {counted(files, 'file')} skipped ({names}); "
            f"{others} run{output}.",
        ]

    def digest_line(self) -> str | None:
        if self.digest_folder is None:
            return None
        due = sum(int(c["items"]) for c in self.coaches)  # type: ignore[call-overload]
        return (
            f"digest: {len(self.coaches):,} coach{'' if len(self.coaches) == 1 else 'es'}, "
            f"{counted(due, 'follow-up')} due "
            f"→ {self.digest_folder}"
        )

    def to_dict(self) -> dict[str, object]:
        """The machine-readable form (``run --json``, and OUT's marker file)."""
        return {
            "data": self.data,
            "kind": self.kind,
            "engine": self.engine,
            "as_of": self.as_of.isoformat(),
            "version": __version__,
            "files": self.files,
            "partitions": self.partitions,
            "rows": self.rows,
            "counts": {status: self.counts[status] for status in STATUSES if self.counts[status]},
            "problem_rows": self.problem_rows,
            "written": str(self.written) if self.written else None,
            "digest": str(self.digest_folder) if self.digest_folder else None,
            "coaches": self.coaches,
            "notes": [*self.file_notes, *self.notes],
            "skipped": [{"file": s.file, "reason": s.reason} for s in self.skipped],
            "seconds": round(self.seconds, 1),
        } | ({"workers_lost": self.workers_lost} if self.engine == "dask" else {})
