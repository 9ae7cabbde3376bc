"""The note that a day-first tracker runs on the default United States calendar shows only
where most rows are on that default: rows a Location places in a US state are on that state's
calendar, which their place chose (ot104 F10: "Denver, CO" rows got "the holidays used are the
United States' (the default)"). Through ``run`` on a CSV, the output a person reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

NOTE = (
    "dates here are day-first, but the holidays used are the United States' (the default): "
    "add a Country column"
)


@pytest.mark.parametrize(
    ("dates", "places", "noted"),
    [
        # Placed in Colorado: no default calendar, no note (ot104 F10).
        (("2026-03-15", "03.04.2026"), ("Denver, CO", "Denver, CO"), False),
        (("15/03/2026", "03.04.2026"), ("Denver, CO", "Denver, CO"), False),
        (("15/03/2026", "03.04.2026"), ("Austin, TX", "Chicago, IL"), False),
        # Placed elsewhere, as before: no note.
        (("15/03/2026", "03.04.2026"), ("München", "Berlin"), False),
        # No place: the default calendar, and the note, as before.
        (("15/03/2026", "03.04.2026"), ("", ""), True),
        (("2026-03-15", "03.04.2026"), ("", ""), True),
        # Most rows with no place: the note.
        (("15/03/2026", "03.04.2026", "03.04.2026"), ("Denver, CO", "", ""), True),
        # Towns no table lists beside rows in Germany and England are Germany's, where most of
        # the others are, as the run reads them: no note (fx362).
        (
            ("15/03/2026", "16/03/2026", "17/03/2026", "18/03/2026", "19/03/2026", "20/03/2026"),
            ("Berlin", "Berlin", "London, UK", "Kleinmachnow", "Teltow-Ost", "Stahnsdorf-Süd"),
            False,
        ),
        # ... as many rows in each: those towns on the default, and the note.
        (
            ("15/03/2026", "16/03/2026", "17/03/2026", "18/03/2026", "19/03/2026", "20/03/2026"),
            ("Berlin", "London, UK", "Kleinmachnow", "Teltow-Ost", "Stahnsdorf-Süd", ""),
            True,
        ),
    ],
)
def test_the_us_holidays_note_only_where_rows_are_on_the_default(
    tmp_path: Path, dates: tuple[str, ...], places: tuple[str, ...], noted: bool
) -> None:
    path = tmp_path / "tracker.csv"
    lines = ["Company,Position,Interview Date,Interviewer,Location"]
    lines += [f'Co{i},PM,{d},Jo,"{p}"' for i, (d, p) in enumerate(zip(dates, places, strict=True))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-04-06", "--dry-run", str(path)])
    assert result.exit_code == 0, result.output
    assert (NOTE in " ".join(result.output.split())) is noted
