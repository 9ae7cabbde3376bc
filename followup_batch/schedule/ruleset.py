"""The rule table: the shipped ``rules.toml`` merged with a user's overrides, validated.

The shipped file is also the schema: an override may only use keys it has, with values of the
same kind, so a typo is an error that names the key instead of a silently ignored setting.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from followup_batch.errors import ConfigError
from followup_batch.normalise.vocabularies import INTERVIEW_TYPE_VALUES, SENIORITY_VALUES
from followup_batch.schedule.business_days import WEEKDAY_NAMES

INDUSTRY_CLASSES = ("fast", "standard", "traditional", "institutional")
STAGES = ("final", "other")


@cache
def default_table() -> dict[str, Any]:
    text = (
        resources.files("followup_batch.schedule")
        .joinpath("rules.toml")
        .read_text(encoding="utf-8")
    )
    return tomllib.loads(text)


# The rule tables whose numbers adjust a base and may be negative ("fast industries -2 bd").
ADJUSTMENTS = frozenset({"industry", "seniority", "stage", "industry_weeks", "seniority_weeks"})
MAX_RULE_NUMBER = 520  # business days or weeks: two years of business days, ten of weeks


def merge_overrides(base: Mapping[str, Any], overrides: Mapping[str, Any], where: str) -> dict:
    """``base`` with ``overrides`` laid over it; keys and value kinds must exist in ``base``."""
    merged = copy.deepcopy(dict(base))
    for key, value in overrides.items():
        path = f"{where}.{key}"
        if key not in base:
            valid = ", ".join(sorted(base))
            raise ConfigError(f"unknown rule key {path}; valid keys here: {valid}")
        current = base[key]
        if isinstance(current, Mapping):
            if not isinstance(value, Mapping):
                raise ConfigError(f"{path} must be a table like {_show(current)}")
            merged[key] = merge_overrides(current, value, path)
        else:
            merged[key] = _checked_value(current, value, path)
    return merged


def _checked_value(current: Any, value: Any, path: str) -> Any:
    if isinstance(current, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{path} must be true or false, not {value!r}")
    elif isinstance(current, int):
        # Adjustments (industry, seniority, stage) may be negative; counts may not. Days and
        # weeks beyond a few years are typos, and past the calendar's range they overflow.
        low = -MAX_RULE_NUMBER if path.split(".")[-2] in ADJUSTMENTS else 0
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{path} must be a whole number, not {value!r}")
        if not low <= value <= MAX_RULE_NUMBER:
            raise ConfigError(
                f"{path} must be a whole number from {low} to {MAX_RULE_NUMBER}, not {value!r}"
            )
    elif isinstance(current, list) and (
        not isinstance(value, list) or not all(isinstance(v, str) for v in value)
    ):
        raise ConfigError(f"{path} must be a list of words, like {_show(current)}")
    return value


def _show(value: Any) -> str:
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{k} = {_show(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return repr(value)


def _weekday_numbers(names: list[str], path: str) -> frozenset[int]:
    lookup = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
    lookup.update({name[:3].lower(): i for i, name in enumerate(WEEKDAY_NAMES)})
    days = set()
    for name in names:
        if name.strip().lower() not in lookup:
            raise ConfigError(f'{path}: {name!r} is not a weekday; use names like "Tuesday"')
        days.add(lookup[name.strip().lower()])
    return frozenset(days)


def _check_types(names: list[str], path: str) -> frozenset[str]:
    unknown = [n for n in names if n not in INTERVIEW_TYPE_VALUES]
    if unknown:
        raise ConfigError(
            f"{path}: unknown interview type {unknown[0]!r}; choose from "
            f"{', '.join(INTERVIEW_TYPE_VALUES)}"
        )
    return frozenset(names)


@dataclass(frozen=True)
class Offsets:
    """A base number of days plus offsets by row attribute, clamped to [low, high]."""

    base: int
    low: int
    high: int
    industry: Mapping[str, int]
    seniority: Mapping[str, int]
    stage: Mapping[str, int]


@dataclass(frozen=True)
class RuleSet:
    table: Mapping[str, Any]  # the merged table, as `followup-batch rules` prints it

    @property
    def application_check_in(self) -> Offsets:
        t = self.table["application_check_in"]
        return Offsets(
            t["base_bd"],
            t["min_bd"],
            t["max_bd"],
            t["industry"],
            {level: 0 for level in SENIORITY_VALUES},
            {stage: 0 for stage in STAGES},
        )

    @property
    def thank_you_same_day_types(self) -> frozenset[str]:
        return _check_types(self.table["thank_you"]["same_day_types"], "thank_you.same_day_types")

    @property
    def check_in_1(self) -> Offsets:
        t = self.table["check_in_1"]
        return Offsets(
            t["base_bd"], t["min_bd"], t["max_bd"], t["industry"], t["seniority"], t["stage"]
        )

    @property
    def after_stated_decision_bd(self) -> int:
        return int(self.table["check_in_1"]["after_stated_decision_bd"])

    @property
    def check_in_2(self) -> Offsets:
        t = self.table["check_in_2"]
        return Offsets(
            t["base_bd"],
            t["min_bd"],
            t["max_bd"],
            t["industry"],
            t["seniority"],
            {stage: 0 for stage in STAGES},
        )

    @property
    def final_weeks(self) -> Offsets:
        t = self.table["final_follow_up"]
        return Offsets(
            t["base_weeks"],
            0,
            10_000,
            t["industry_weeks"],
            t["seniority_weeks"],
            {stage: 0 for stage in STAGES},
        )

    @property
    def final_after_check_in_2_bd(self) -> int:
        return int(self.table["final_follow_up"]["after_check_in_2_bd"])

    @property
    def networking_enabled(self) -> bool:
        return bool(self.table["networking"]["enabled"])

    @property
    def networking_weeks(self) -> int:
        return int(self.table["networking"]["after_close_weeks"])

    @property
    def moved_on_bd(self) -> int:
        return int(self.table["moved_on"]["after_final_bd"])

    @property
    def moved_on_after_application_bd(self) -> int:
        return int(self.table["moved_on"]["after_application_check_in_bd"])

    @property
    def stale_after_weeks(self) -> int:
        return int(self.table["moved_on"]["stale_after_weeks"])

    @property
    def preferred_weekdays(self) -> frozenset[int]:
        return _weekday_numbers(
            self.table["send_window"]["preferred_weekdays"], "send_window.preferred_weekdays"
        )

    @property
    def max_shift_days(self) -> int:
        return int(self.table["send_window"]["max_shift_days"])

    @property
    def due_soon_bd(self) -> int:
        return int(self.table["status"]["due_soon_bd"])

    @property
    def industries(self) -> dict[str, tuple[str, ...]]:
        """Keyword lists by class, in match-precedence order (standard has none)."""
        return {name: tuple(words) for name, words in self.table["industries"].items()}

    def validate(self) -> RuleSet:
        """Check the values the properties interpret, so errors surface at load time."""
        self.thank_you_same_day_types  # noqa: B018 - property raises on bad values
        self.preferred_weekdays  # noqa: B018
        for section in ("check_in_1", "check_in_2", "application_check_in"):
            offsets = self.table[section]
            for name, expected in (("industry", INDUSTRY_CLASSES), ("seniority", SENIORITY_VALUES)):
                missing = set(expected) - set(offsets.get(name, dict.fromkeys(expected)))
                if missing:
                    raise ConfigError(f"{section}.{name} lacks {', '.join(sorted(missing))}")
            if offsets["min_bd"] > offsets["max_bd"]:
                raise ConfigError(f"{section}.min_bd is larger than {section}.max_bd")
        if self.stale_after_weeks < 1:
            raise ConfigError("moved_on.stale_after_weeks must be 1 or more")
        for key in ("max_shift_days",):
            if self.table["send_window"][key] < 0:
                raise ConfigError(f"send_window.{key} must be 0 or more")
        return self


def load_rule_set(overrides: Mapping[str, Any] | None = None) -> RuleSet:
    table = merge_overrides(default_table(), overrides or {}, "rules")
    return RuleSet(table).validate()


def format_table(table: Mapping[str, Any]) -> str:
    """The rule table as TOML, in the shipped file's order (what `followup-batch rules` shows)."""
    lines: list[str] = []
    for section, values in table.items():
        lines.append(f"[{section}]")
        for key, value in values.items():
            lines.append(f"{key} = {_toml_value(value)}")
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)
