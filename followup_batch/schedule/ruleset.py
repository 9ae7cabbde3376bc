"""The rule table: the shipped ``rules.toml`` merged with a user's overrides, validated.

The shipped file is also the schema: an override may only use keys it has, with values of the
same kind, so a typo is an error that names the key instead of a silently ignored setting.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from followup_batch.errors import ConfigError
from followup_batch.normalise.interview_types import INTERVIEW_TYPE_VALUES
from followup_batch.normalise.seniority import SENIORITY_VALUES
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
# The gaps between a step and what it follows: at least this much whatever a config says, so
# the steps keep their order (DESIGN section 8: "a check-in is never before the interview + 1
# bd"). Every other count may be 0 (a 0-week final follow-up still waits for the 2nd check-in).
AT_LEAST = {
    "rules.application_check_in.min_bd": 1,  # a business day after applying
    # After the thank-you note, sent on the interview day or the next calendar day: 1 bd
    # after a Monday interview is the Tuesday of its thank-you, which it would skip.
    "rules.check_in_1.min_bd": 2,
    "rules.check_in_1.after_stated_decision_bd": 1,  # after the decision day, not on it
    "rules.check_in_2.min_bd": 1,  # after the 1st check-in, never the same day
    "rules.final_follow_up.after_check_in_2_bd": 1,  # after the 2nd check-in
    "rules.networking.after_close_weeks": 1,  # a touch after the close, not on its day
    # Silence is counted in whole days or weeks without a reply: none is no silence.
    "rules.moved_on.after_final_bd": 1,
    "rules.moved_on.after_application_check_in_bd": 1,
    "rules.moved_on.stale_after_weeks": 1,
    "rules.thank_you.skip_after_days": 1,  # a thank-you late a day is still one to send
}


def merge_overrides(base: Mapping[str, Any], overrides: Mapping[str, Any], where: str) -> dict:
    """``base`` with ``overrides`` laid over it; keys and value kinds must exist in ``base``."""
    merged = copy.deepcopy(dict(base))
    for key, value in overrides.items():
        path = f"{where}.{key}"
        if key not in base:
            valid = ", ".join(sorted(base))
            close = difflib.get_close_matches(key, list(base), n=1, cutoff=0.8)
            hint = f"did you mean {close[0]}?" if close else None
            if where == "rules":
                hint = rule_key_hint(key, value)
            raise ConfigError(f"unknown rule key {path}; " + (hint or f"valid keys here: {valid}"))
        current = base[key]
        if isinstance(current, Mapping):
            if not isinstance(value, Mapping):
                raise ConfigError(f"{path} must be a table like {_show(current)}")
            merged[key] = merge_overrides(current, value, path)
        else:
            merged[key] = _checked_value(current, value, path)
    return merged


def rule_key_hint(key: str, value: Any) -> str | None:
    """Where a rule key written outside its table goes ("write it as [rules.status]
    due_soon_bd = 3"), for a key of the rule table or one a letter or two off; else None."""
    table = default_table()
    keys = {name: [s for s in table if name in table[s]] for s in table for name in table[s]}
    found = key if key in keys or key in table else None
    if found is None:
        close = difflib.get_close_matches(key, [*keys, *table], n=1, cutoff=0.8)
        found = close[0] if close else None
    if found is None:
        return None
    mean = "it is" if found == key else f"did you mean {found}? That is"
    if found in table:  # a whole table: [check_in_1] for [rules.check_in_1]
        return f"{mean} a rule table: write it as [rules.{found}]"
    setting = f"{found} = {_toml_value(value)}" if not isinstance(value, Mapping) else found
    places = " or ".join(f"[rules.{section}]" for section in keys[found])
    return f"{mean} a rule: write it as {places} {setting}"


def _checked_value(current: Any, value: Any, path: str) -> Any:
    if isinstance(current, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{path} must be true or false, not {value!r}")
    elif isinstance(current, int):
        # Adjustments (industry, seniority, stage) may be negative; counts may not. Days and
        # weeks beyond a few years are typos, and past the calendar's range they overflow.
        low = -MAX_RULE_NUMBER if path.split(".")[-2] in ADJUSTMENTS else AT_LEAST.get(path, 0)
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


# English abbreviations beyond the first three letters ("Tue", "Thu"), as people write them.
_MORE_ABBREVIATIONS = {"tues": 1, "weds": 2, "thur": 3, "thurs": 3} | {
    name[:2].lower(): i for i, name in enumerate(WEEKDAY_NAMES)
}


def _weekday_numbers(names: list[str], path: str) -> frozenset[int]:
    """The days (0 = Monday) of a list of English day names: "Tuesday", "tue", "Tues", "Tu"."""
    lookup = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
    lookup.update({name[:3].lower(): i for i, name in enumerate(WEEKDAY_NAMES)})
    lookup.update(_MORE_ABBREVIATIONS)
    days = set()
    for name in names:
        if name.strip().lower() not in lookup:
            raise ConfigError(f"{path}: {name!r} is not a weekday; {_day_meant(name, lookup)}")
        days.add(lookup[name.strip().lower()])
    return frozenset(days)


def _day_meant(name: str, lookup: Mapping[str, int]) -> str:
    """'did you mean Tuesday?' for a day in another language the dates reader knows
    ("Dienstag", "mardi") or a close misspelling ("Saturdy"); else the seven names."""
    # Here, not at the top: the dates reader needs pandas, which loading a config does not.
    from followup_batch.normalise.dates import OTHER_LANGUAGE_WEEKDAYS, without_accents

    word = without_accents(name.strip().lower())
    number = OTHER_LANGUAGE_WEEKDAYS.get(word) if len(word) > 3 else None
    if number is None:
        close = difflib.get_close_matches(word, lookup, n=1, cutoff=0.75)
        number = lookup[close[0]] if close else None
    if number is not None:
        return f"did you mean {WEEKDAY_NAMES[number]}?"
    return "use " + ", ".join(WEEKDAY_NAMES[:-1]) + f" or {WEEKDAY_NAMES[-1]}"


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
    # Days your office closes (the config's ``days_off``): days off on every row's calendar.
    days_off: frozenset[dt.date] = frozenset()

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
        return _check_types(
            self.table["thank_you"]["same_day_types"], "rules.thank_you.same_day_types"
        )

    @property
    def thank_you_skip_after_days(self) -> int:
        return int(self.table["thank_you"]["skip_after_days"])

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
            self.table["send_window"]["preferred_weekdays"], "rules.send_window.preferred_weekdays"
        )

    @property
    def max_shift_days(self) -> int:
        return int(self.table["send_window"]["max_shift_days"])

    @property
    def due_soon_bd(self) -> int:
        return int(self.table["status"]["due_soon_bd"])

    @property
    def industries(self) -> dict[str, tuple[str, ...]]:
        """Keyword lists by class, in match-precedence order (standard only when a config
        lists words under it)."""
        return {name: tuple(words) for name, words in self.table["industries"].items()}

    def validate(self) -> RuleSet:
        """Check the values the properties interpret, so errors surface at load time; a table
        built in code (``RuleSet({...})``) is checked as a config's ``[rules]`` is: each key
        the shipped table has, and of its kind."""
        shipped = {k: v for k, v in default_table().items() if k != "industries"}
        table = {k: v for k, v in self.table.items() if k != "industries"}
        merge_overrides(shipped, table, "rules")
        _lacking(shipped, table, "rules")
        if not isinstance(self.days_off, frozenset) or not all(
            isinstance(day, dt.date) and not isinstance(day, dt.datetime) for day in self.days_off
        ):
            raise ConfigError(
                "days_off must be a frozenset of dates, like "
                "frozenset({datetime.date(2026, 12, 24)})"
            )
        self.thank_you_same_day_types  # noqa: B018 - property raises on bad values
        self.preferred_weekdays  # noqa: B018
        for section in ("check_in_1", "check_in_2", "application_check_in"):
            offsets = self.table[section]
            for name, expected in (("industry", INDUSTRY_CLASSES), ("seniority", SENIORITY_VALUES)):
                missing = set(expected) - set(offsets.get(name, dict.fromkeys(expected)))
                if missing:
                    raise ConfigError(f"rules.{section}.{name} lacks {', '.join(sorted(missing))}")
            if offsets["min_bd"] > offsets["max_bd"]:
                where = f"rules.{section}"
                raise ConfigError(
                    f"{where}.min_bd = {offsets['min_bd']} is larger than {where}.max_bd = "
                    f"{offsets['max_bd']}; min_bd must be at most max_bd"
                )
        return self


def _lacking(shipped: Mapping[str, Any], table: Mapping[str, Any], where: str) -> None:
    """``ConfigError`` naming the first key of ``shipped`` that ``table`` lacks."""
    for key, value in shipped.items():
        if key not in table:
            raise ConfigError(f"{where} lacks {key}: a full rule table has every key it ships with")
        if isinstance(value, Mapping):
            _lacking(value, table[key], f"{where}.{key}")


def load_rule_set(overrides: Mapping[str, Any] | None = None) -> RuleSet:
    overrides = dict(overrides or {})
    words = overrides.pop("industries", {})
    table = merge_overrides(default_table(), overrides, "rules")
    table["industries"] = with_industry_words(table["industries"], words, "rules.industries")
    return RuleSet(table).validate()


def with_industry_words(
    shipped: Mapping[str, list[str]], added: Any, where: str
) -> dict[str, list[str]]:
    """The shipped keyword lists with a config's words added (DESIGN: "config-extendable"):
    ``fast = ["biotech"]`` adds biotech to the fast words. A word listed under a class is that
    class's alone, taken out of the others' lists (fast, listed first, would win otherwise);
    ``standard`` lists words that no class is to match."""
    classes = (*shipped, "standard")
    if not isinstance(added, Mapping):
        raise ConfigError(f'{where} must be a table like {{ fast = ["biotech"] }}')
    for name, words in added.items():
        if name not in classes:
            raise ConfigError(
                f"unknown rule key {where}.{name}; valid keys here: {', '.join(classes)}"
            )
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ConfigError(f'{where}.{name} must be a list of words, like ["biotech"]')
        if any(not industry_keyword(w) for w in words):  # "" would match every industry
            raise ConfigError(f"{where}.{name} lists an empty word; take it out")
    listed: dict[str, str] = {}
    for name, words in added.items():
        for word in words:
            other = listed.setdefault(industry_keyword(word), name)
            if other != name:
                raise ConfigError(
                    f"{where}: {word!r} is listed under both {other} and {name}; keep one"
                )
    moved = set(listed)
    merged: dict[str, list[str]] = {}
    for name, words in shipped.items():
        kept = [word for word in words if industry_keyword(word) not in moved]
        # Each word once (the keyword form, as rows are matched).
        mine = {
            industry_keyword(word): " ".join(word.split())  # as written, stray spaces aside
            for word in reversed(added.get(name, []))
        }
        merged[name] = kept + list(reversed(mine.values()))
    # Kept, last, so that `rules` shows them and a phrase listed here wins over a class's
    # word inside it, as between the classes; a match of it is standard, as no match is.
    standard = {
        industry_keyword(w): " ".join(w.split()) for w in reversed(added.get("standard", []))
    }
    if standard:
        merged["standard"] = list(reversed(standard.values()))
    return merged


_JOINERS = re.compile(r"[-‐‑–—_/]")


def industry_keyword(text: str) -> str:
    """An Industry cell or keyword as they are matched: case-folded; runs of white space,
    hyphens and slashes as one space ("Public  Sector" and "public-sector" are "public
    sector", "E-commerce" is "e commerce"); accents optional ("Santé" and "sante" alike)."""
    return " ".join(_JOINERS.sub(" ", _without_accents(text.casefold())).split())


def _without_accents(text: str) -> str:
    """'santé' -> 'sante' (the rules import no other stage, so not the reader's helper)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


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
