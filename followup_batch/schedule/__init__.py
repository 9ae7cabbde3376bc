"""Schedule: the follow-up rules of DESIGN section 3 over a normalised frame.

``schedule_rows(frame, rules, as_of)`` gives a ``Schedule``: the due dates, next action and
status of every row (``.result``), the details behind them, and the Why text
(``.explain()``). ``rules.toml`` holds every number of the rules; ``load_rules`` reads it (a
config's overrides laid over it are ``config.load_config(path).rules``).

Names are loaded on first use: the config imports the rule table from here, and a command
that only prints the rules need not load pandas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup_batch.lazy import lazy_exports

# public name -> module of this package that defines it
_EXPORTS = {
    "schedule_rows": "rules",
    "load_rules": "rules",
    "Schedule": "result",
    "ScheduleDetails": "result",
    "NextActions": "result",
    "RESULT_COLUMNS": "result",
    "DUE_COLUMNS": "result",
    "calendars_for": "rows",
    "Calendars": "business_days",
    "RuleSet": "ruleset",
    "ACTION_LABELS": "labels",
    "STATUSES": "labels",
}

__all__ = [
    "ACTION_LABELS",
    "Calendars",
    "DUE_COLUMNS",
    "NextActions",
    "RESULT_COLUMNS",
    "RuleSet",
    "STATUSES",
    "Schedule",
    "ScheduleDetails",
    "calendars_for",
    "load_rules",
    "schedule_rows",
]

if TYPE_CHECKING:
    from followup_batch.schedule.business_days import Calendars
    from followup_batch.schedule.labels import ACTION_LABELS, STATUSES
    from followup_batch.schedule.result import (
        DUE_COLUMNS,
        RESULT_COLUMNS,
        NextActions,
        Schedule,
        ScheduleDetails,
    )
    from followup_batch.schedule.rows import calendars_for
    from followup_batch.schedule.rules import load_rules, schedule_rows
    from followup_batch.schedule.ruleset import RuleSet


__getattr__ = lazy_exports(__name__, _EXPORTS)


def __dir__() -> list[str]:
    return sorted(__all__)
