"""followup-batch: which interview follow-up is due when, written back into your tracker.

The library behind the ``followup-batch`` command; the CLI calls exactly these functions.

>>> import datetime as dt
>>> import followup_batch as fb
>>> config = fb.load_config(None)                      # or a TOML file's path
>>> table, = fb.read_trackers(Path("tracker.xlsx"), config.reading)
>>> frame = fb.normalise_rows(table, config.reading)
>>> schedule = fb.schedule_rows(frame, config.rules, dt.date(2026, 11, 20))
>>> schedule.result[["next_action", "next_due", "status"]]
>>> why = schedule.explain()
>>> run = fb.RunOptions(as_of=dt.date(2026, 11, 20))   # output=, dry_run=, ...
>>> fb.process_file(Path("tracker.xlsx"), config, run)  # all of it, written

Names are loaded on first use, so importing the package (and starting the CLI) stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "Config": "config",
    "load_config": "config",
    "ReadOptions": "read",
    "RawTable": "read",
    "read_trackers": "read",
    "normalise_rows": "normalise",
    "RuleSet": "schedule.ruleset",
    "load_rules": "schedule",
    "schedule_rows": "schedule",
    "write_results": "write",
    "compute_sheet": "batch",
    "RunOptions": "batch",
    "process_file": "batch",
    "SheetReport": "batch",
    "FollowupError": "errors",
}

__all__ = [
    "Config",
    "FollowupError",
    "RawTable",
    "ReadOptions",
    "RuleSet",
    "RunOptions",
    "SheetReport",
    "__version__",
    "compute_sheet",
    "load_config",
    "load_rules",
    "normalise_rows",
    "process_file",
    "read_trackers",
    "schedule_rows",
    "write_results",
]

if TYPE_CHECKING:
    from followup_batch.batch import RunOptions, SheetReport, compute_sheet, process_file
    from followup_batch.config import Config, load_config
    from followup_batch.errors import FollowupError
    from followup_batch.normalise import normalise_rows
    from followup_batch.read import RawTable, ReadOptions, read_trackers
    from followup_batch.schedule import load_rules, schedule_rows
    from followup_batch.schedule.ruleset import RuleSet
    from followup_batch.write import write_results


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'followup_batch' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
