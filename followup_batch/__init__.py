"""followup-batch: which interview follow-up is due when, written back into your tracker.

The library behind the ``followup-batch`` command, one function per stage of its flow
(``docs/architecture.md``): find and read the trackers, normalise their rows, schedule them,
draft the messages, write the results back. A notebook's session, on the bundled sample
(run from a checkout of the project):

>>> import datetime as dt
>>> from pathlib import Path
>>> import followup_batch as fb
>>> as_of = dt.date(2026, 11, 20)
>>> config = fb.load_config(None)                      # or a TOML file's path
>>> [path] = fb.find_trackers(["sample_data/tracker.csv"])
>>> [table] = fb.read_trackers(path, config.reading)
>>> frame = fb.normalise_rows(table, config.reading, as_of=as_of, rules=config.rules)
>>> schedule = fb.schedule_rows(frame, config.rules, as_of)
>>> frame.loc[2, ["company", "position"]].tolist()
['Brightwave', 'Senior Product Manager']
>>> schedule.result.loc[2, ["next_action", "next_due", "status"]].tolist()
['Thank-you note', Timestamp('2026-11-21 00:00:00'), 'Due soon']
>>> print(schedule.explain()[2].splitlines()[0])
Thank-you note: the day after the video interview on Fri 2026-11-20 → Sat 2026-11-21
>>> templates = fb.load_templates(config.templates)
>>> drafts = fb.render_drafts(
...     frame, schedule.next_actions, config.sender, templates,
...     clients=config.clients, table=table, as_of=as_of,  # signed as the run signs
... )
>>> drafts.per_row.loc[2, "draft_subject"]
'Thank you for the Senior Product Manager interview at Brightwave'

``process_file(path, config, RunOptions(as_of=as_of))`` does all of it for one file and writes
the result atomically, as ``followup-batch run`` does: the live statuses and the Drafts,
Summary and Calendars sheets too. ``write_results(table, owned, path, as_of, frame=frame,
config=config)``
writes a frame of the ``OWNED_COLUMNS`` into the tracker sheet alone, keeping or saving what
a person typed in those columns as a run does. Every function that
takes ``as_of`` takes a date, a datetime or pandas Timestamp (its date; a timezone-aware one's
date on its own clock, not in UTC) or a ``"YYYY-MM-DD"`` string. The results are a
``RawTable`` per tracker sheet, a ``Schedule``, ``Drafts`` and a ``SheetReport`` per sheet.
Every error meant for a person is a ``FollowupError``: ``WrongArgument`` (also a TypeError)
for a kind of value a function does not take (or owned columns ``write_results`` is given
for rows the table does not have), ``BadDate`` (also a ValueError) for an as-of
that is no date, ``NotNormalised`` for a frame ``normalise_rows`` did not make. A path is a
str or a ``pathlib.Path`` wherever one goes (``RunOptions(output="checked.xlsx")`` too).
Names are loaded on first use, so importing the package (and starting the CLI) stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup_batch.lazy import lazy_exports

__version__ = "0.1.0"

# public name -> module that defines it, in the order of the flow
_EXPORTS = {
    "Config": "config",
    "load_config": "config",
    "find_trackers": "read",
    "read_trackers": "read",
    "RawTable": "read",
    "normalise_rows": "normalise",
    "schedule_rows": "schedule",
    "Schedule": "schedule",
    "load_templates": "drafts",
    "render_drafts": "drafts",
    "Drafts": "drafts",
    "write_results": "write_back",
    "OWNED_COLUMNS": "write.columns",
    "RunOptions": "batch",
    "process_file": "batch",
    "SheetReport": "reports",
    "FollowupError": "errors",
    "WrongArgument": "errors",
    "BadDate": "errors",
    "NotNormalised": "errors",
}

__all__ = [
    "BadDate",
    "Config",
    "Drafts",
    "FollowupError",
    "NotNormalised",
    "OWNED_COLUMNS",
    "RawTable",
    "RunOptions",
    "Schedule",
    "SheetReport",
    "WrongArgument",
    "__version__",
    "find_trackers",
    "load_config",
    "load_templates",
    "normalise_rows",
    "process_file",
    "read_trackers",
    "render_drafts",
    "schedule_rows",
    "write_results",
]

if TYPE_CHECKING:
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config, load_config
    from followup_batch.drafts import Drafts, load_templates, render_drafts
    from followup_batch.errors import BadDate, FollowupError, NotNormalised, WrongArgument
    from followup_batch.normalise import normalise_rows
    from followup_batch.read import RawTable, find_trackers, read_trackers
    from followup_batch.reports import SheetReport
    from followup_batch.schedule import Schedule, schedule_rows
    from followup_batch.write.columns import OWNED_COLUMNS
    from followup_batch.write_back import write_results


__getattr__ = lazy_exports(__name__, _EXPORTS)


def __dir__() -> list[str]:
    return sorted(__all__)
