"""The config's reading options: made once from the file, with the command line laid over them."""

from __future__ import annotations

import copy
import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.config import Config, config_from_mapping, load_config
from followup_batch.errors import ConfigError, UsageError, WrongArgument
from followup_batch.invocation import with_reading
from followup_batch.read import ReadOptions
from followup_batch.schedule.ruleset import RuleSet, load_rule_set


def test_defaults_read_as_the_reader_does() -> None:
    assert load_config(None).reading == ReadOptions()
    assert Config().reading == ReadOptions()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"country": "gb"}, ReadOptions(default_country="GB-ENG", country_named=True)),
        # A config that names the US names it (it settles a 'Cambridge' alone); none does not.
        ({"country": "US"}, ReadOptions(country_named=True)),
        ({}, ReadOptions()),
        ({"date_order": "dayfirst"}, ReadOptions(dayfirst=True)),
        ({"date_order": "monthfirst"}, ReadOptions(dayfirst=False)),
        ({"date_order": "auto"}, ReadOptions(dayfirst=None)),
        ({"encoding": "cp1252"}, ReadOptions(encoding="cp1252")),
        (
            {"columns": {"Date of chat": "interview_at"}},
            ReadOptions(column_map={"Date of chat": "interview_at"}),
        ),
    ],
)
def test_config_keys_become_reading_options(data: dict[str, object], expected: ReadOptions) -> None:
    assert config_from_mapping(data).reading == expected


def test_config_file_reading_options(tmp_path: Path) -> None:
    path = tmp_path / "coach.toml"
    path.write_text(
        'country = "DE-BY"\ndate_order = "dayfirst"\n[columns]\n"Firm" = "company"\n',
        encoding="utf-8",
    )
    assert load_config(path).reading == ReadOptions(
        dayfirst=True, default_country="DE-BY", column_map={"Firm": "company"}, country_named=True
    )


def test_unknown_column_field_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown field 'interview_on'"):
        config_from_mapping({"columns": {"When": "interview_on"}})


CONFIGURED = {"Firm": "company"}


@pytest.mark.parametrize(
    ("mappings", "dayfirst", "encoding", "expected"),
    [
        # nothing on the command line: the config's options as they were
        (
            (),
            None,
            None,
            ReadOptions(
                dayfirst=False, default_country="GB-ENG", column_map=CONFIGURED, encoding="cp1252"
            ),
        ),
        (
            ("When=interview_at",),
            True,
            "latin-1",
            ReadOptions(
                dayfirst=True,
                default_country="GB-ENG",
                column_map={**CONFIGURED, "When": "interview_at"},
                encoding="latin-1",
            ),
        ),
        # a --map of a header the config maps too wins
        (
            ("Firm=client",),
            None,
            None,
            ReadOptions(
                dayfirst=False,
                default_country="GB-ENG",
                column_map={"Firm": "client"},
                encoding="cp1252",
            ),
        ),
    ],
    ids=["config only", "options laid over", "map wins"],
)
def test_command_line_is_laid_over_the_config(
    mappings: tuple[str, ...], dayfirst: bool | None, encoding: str | None, expected: ReadOptions
) -> None:
    config = config_from_mapping(
        {"country": "GB", "date_order": "monthfirst", "encoding": "cp1252", "columns": CONFIGURED}
    )
    laid = with_reading(config, mappings, dayfirst, encoding)
    # the headers mapped on the command line are told from the config's (a dataset refuses a
    # --map no file has, naming the option)
    on_command_line = frozenset(mapping.split("=")[0] for mapping in mappings)
    assert laid.reading == dataclasses.replace(
        expected, country_named=True, mapped_on_command_line=on_command_line
    )
    assert laid.rules is config.rules


def test_a_bad_map_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown field 'nope'"):
        with_reading(Config(), ("Firm=nope",), None, None)


def test_the_config_loads_without_pandas() -> None:
    """The CLI loads the config for every command; reading options must not cost pandas."""
    code = (
        "import sys; from followup_batch.config import load_config; load_config(None); "
        "print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Germany", "DE"),
        ("United Kingdom", "GB-ENG"),
        ("gb", "GB-ENG"),
        ("DE-BY", "DE-BY"),
        ("Scotland", "GB-SCT"),
        ("United States / California", "US-CA"),
        (" us ", "US"),
    ],
)
def test_config_country_accepts_what_the_country_column_accepts(written: str, country: str) -> None:
    from followup_batch.normalise.countries import resolve_country

    assert config_from_mapping({"country": written}).reading.default_country == country
    assert resolve_country(written, "XX") == (country, None)
    # Built in code, as a notebook builds it: the same (report ot40, F4: "gb" and "United
    # Kingdom" were kept as written and scheduled without any holidays).
    assert ReadOptions(default_country=written).default_country == country
    replaced = dataclasses.replace(load_config(None).reading, default_country=written)
    assert replaced.default_country == country


# A config's Bavarian Catholic town is Bavaria's calendar with Assumption Day, as a Country cell
# beginning with it is; Bavaria, a Protestant town and the code are Bavaria's (fx222).
@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Munich", "DE-BY-Catholic"),
        ("München, Bayern", "DE-BY-Catholic"),
        ("Regensburg, Germany", "DE-BY-Catholic"),
        ("Nuremberg", "DE-BY"),
        ("Bavaria", "DE-BY"),
        ("DE-BY", "DE-BY"),
    ],
)
def test_config_country_of_a_catholic_town_keeps_assumption_day(written: str, country: str) -> None:
    assert config_from_mapping({"country": written}).reading.default_country == country
    assert ReadOptions(default_country=written).default_country == country


@pytest.mark.parametrize("written", ["GB", "gb", "United Kingdom", "GB-ENG"])
@pytest.mark.parametrize("built", ["toml", "code"])
def test_a_uk_config_skips_christmas_however_it_is_built(tmp_path, written, built) -> None:
    """A check-in three business days after Tue 2026-12-22 skips Christmas Day (Fri) and
    Boxing Day observed (Mon): due Tue 2026-12-29, not on Christmas Day."""
    import followup_batch as fb

    if built == "toml":
        (tmp_path / "c.toml").write_text(f'country = "{written}"\n', encoding="utf-8")
        config = load_config(tmp_path / "c.toml")
    else:
        config = Config(reading=ReadOptions(default_country=written))
    tracker = tmp_path / "t.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Industry,Thank-you Sent\n"
        "Bolt plc,Data Scientist,2026-12-22,Tech,2026-12-22\n",
        encoding="utf-8",
    )
    (table,) = fb.read_trackers(tracker, config.reading)
    frame = fb.normalise_rows(table, config.reading, as_of="2026-12-22")
    schedule = fb.schedule_rows(frame, config.rules, "2026-12-22")
    assert schedule.explain()[2].splitlines()[0] == (
        "1st check-in: 5 bd −2 fast industry (Tech) = 3 bd after Tue 2026-12-22 → Tue 2026-12-29 "
        "(skipped Christmas Day Fri 12-25, Boxing Day (observed) Mon 12-28)"
    )


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("Germny", "country = 'Germny' is not a country the holiday calendars know"),
        ("XX", "country = 'XX' is not a country the holiday calendars know"),
        ("", "country = '' is not a country the holiday calendars know"),
        ("US-XX", "country = 'US-XX': US has no holiday subdivision \"XX\""),
    ],
)
def test_config_country_typo_is_a_config_error(tmp_path: Path, written: str, problem: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(problem)):
        config_from_mapping({"country": written})
    with pytest.raises(ConfigError) as refused:  # built in code: refused alike (ot40, F4)
        ReadOptions(default_country=written)
    assert str(refused.value).startswith(f"ReadOptions: default_{problem}")
    path = tmp_path / "c.toml"
    path.write_text(f'country = "{written}"\n', encoding="utf-8")
    tracker = tmp_path / "t.csv"
    tracker.write_text("Company,Position,Interview Date\nA,PM,2026-11-10\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "--config", str(path), str(tracker)])
    assert result.exit_code == 2
    assert "country" in result.output and "ISO code such as US, GB-SCT or DE-BY" in result.output
    assert tracker.read_text(encoding="utf-8").count("\n") == 2  # nothing written


def rules_with(section: str, key: str, value: object) -> RuleSet:
    """The shipped rule table with one value changed, built in code (no check on the way)."""
    table = copy.deepcopy(dict(load_rule_set().table))
    table[section][key] = value
    return RuleSet(table)


def rules_without(section: str) -> RuleSet:
    table = copy.deepcopy(dict(load_rule_set().table))
    del table[section]
    return RuleSet(table)


SHOULD_BE_ONE_ADDRESS = 'write one address, like "maya@example.com" (or leave it out)'


# A Config built in code checks its fields as load_config checks the file's keys, in the same
# words, when it is made: not later, with a less clear error, in the function given it.
@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        (
            {"drafts_days": -1},
            ConfigError,
            "Config: drafts_days must be a whole number of days from 0 to 366, not -1",
        ),
        (
            {"drafts_days": "7"},
            ConfigError,
            "Config: drafts_days must be a whole number of days from 0 to 366, not '7'",
        ),
        (
            {"drafts_days": True},
            ConfigError,
            "Config: drafts_days is a number of days from 0 to 366, not true (a yes/no value)",
        ),
        (
            {"repeat_notes": "no"},
            ConfigError,
            "Config: repeat_notes must be true or false, not 'no'",
        ),
        (
            {"sender": {"emial": "maya@example.com"}},
            ConfigError,
            "Config: unknown key 'emial' in [sender]; did you mean email?",
        ),
        (
            {"sender": {"email": "maya at example dot com"}},
            ConfigError,
            f"Config: [sender] email 'maya at example dot com' is not an email address; "
            f"{SHOULD_BE_ONE_ADDRESS}",
        ),
        (
            {"sender": {"name": 5}},
            ConfigError,
            "Config: [sender] name must be text, not 5",
        ),
        (
            {"sender": "Maya Chen"},
            WrongArgument,
            "Config: sender takes a value like {'name': 'Maya Chen'}, not str 'Maya Chen'",
        ),
        (
            {"clients": {"Jo Park": "jo@example.com"}},
            ConfigError,
            'Config: clients."Jo Park" must be a table ([clients."Jo Park"]) with email, '
            "phone, signature",
        ),
        (
            {"clients": {"Jo Park": {"email": "jo@"}}},
            ConfigError,
            f"Config: [clients.\"Jo Park\"] email 'jo@' is not an email address; "
            f"{SHOULD_BE_ONE_ADDRESS}",
        ),
        (
            {"rules": {"check_in_1": {"base_bd": 6}}},
            WrongArgument,
            "Config: rules takes a value like load_config(None).rules, not dict {'check_in_1': "
            "{'base_bd': 6}}",
        ),
        (
            {"rules": rules_with("send_window", "preferred_weekdays", ["Tuesday", "Saturdy"])},
            ConfigError,
            "Config: rules.send_window.preferred_weekdays: 'Saturdy' is not a weekday; did you "
            "mean Saturday?",
        ),
        (
            {"rules": rules_with("check_in_1", "base_bd", -3)},
            ConfigError,
            "Config: rules.check_in_1.base_bd must be a whole number from 0 to 520, not -3",
        ),
        (
            {"rules": rules_with("networking", "enabled", "yes")},
            ConfigError,
            "Config: rules.networking.enabled must be true or false, not 'yes'",
        ),
        (
            {"rules": rules_without("status")},
            ConfigError,
            "Config: rules lacks status: a full rule table has every key it ships with",
        ),
        (
            {"reading": {"default_country": "GB"}},
            WrongArgument,
            "Config: reading takes a value like ReadOptions(default_country='GB'), not dict "
            "{'default_country': 'GB'}",
        ),
        (
            {"reading": lambda: ReadOptions(default_country="Narnia")},
            ConfigError,
            "ReadOptions: default_country = 'Narnia' is not a country the holiday calendars "
            "know; write what a Country cell takes: an ISO code such as US, GB-SCT or DE-BY, "
            "or an English name such as Germany",
        ),
        (
            {"templates": "no-such-folder"},
            ConfigError,
            "Config: templates: there is no folder no-such-folder; make it, or fix the path",
        ),
        (
            {"templates": 5},
            WrongArgument,
            "Config: templates takes a value like 'my-wording', not int 5",
        ),
    ],
)
def test_a_config_built_in_code_refuses_a_wrong_field_by_name(
    tmp_path, monkeypatch, fields, error, message
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(error) as refused:
        Config(**{key: v() if callable(v) else v for key, v in fields.items()})
    assert str(refused.value) == message


def test_a_config_built_in_code_takes_what_the_file_takes(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my-wording").mkdir()
    config = Config(templates="my-wording", path="coach.toml", drafts_days=0)
    assert (config.templates, config.path) == (Path("my-wording"), Path("coach.toml"))
    assert dataclasses.replace(config, drafts_days=366).drafts_days == 366
    with pytest.raises(ConfigError, match="^Config: drafts_days must be"):
        dataclasses.replace(config, drafts_days=367)


IDLE = "rules.send_window.preferred_weekdays: {days} in the {country} calendar of rows "
IDLE += "without a Country ({week}), so {rest}; name a working day"


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ('[rules.send_window]\npreferred_weekdays = ["Tuesday", "Wednesday"]\n', None),
        (
            '[rules.send_window]\npreferred_weekdays = ["Saturday"]\n',
            IDLE.format(
                days="Saturday is never a business day",
                country="United States (US)",
                week="Mon–Fri week",
                rest="no due date moves to it",
            ),
        ),
        (
            'country = "GB"\n[rules.send_window]\npreferred_weekdays = ["Sat", "Sun", "Tue"]\n',
            IDLE.format(
                days="Saturday and Sunday are never business days",
                country="England (GB-ENG)",  # written "GB": England's, by its name (fx244)
                week="Mon–Fri week",
                rest="due dates move to Tuesday alone",
            ),
        ),
        # "Tues", "Thurs", "Weds", "Su" are days as "Tue" is (ot130 F3: refused)
        (
            '[rules.send_window]\npreferred_weekdays = ["Tues", "Su"]\n',
            IDLE.format(
                days="Sunday is never a business day",
                country="United States (US)",
                week="Mon–Fri week",
                rest="due dates move to Tuesday alone",
            ),
        ),
        (
            '[rules.send_window]\npreferred_weekdays = ["Thurs", "Weds", "Sa"]\n',
            IDLE.format(
                days="Saturday is never a business day",
                country="United States (US)",
                week="Mon–Fri week",
                rest="due dates move to Wednesday and Thursday alone",
            ),
        ),
        # a Sat–Thu week (Iran) works on Saturday: it is a preferred day there
        ('country = "IR"\n[rules.send_window]\npreferred_weekdays = ["Saturday"]\n', None),
        (
            'country = "Israel"\n[rules.send_window]\npreferred_weekdays = ["Friday"]\n',
            IDLE.format(
                days="Friday is never a business day",
                country="Israel (IL)",
                week="Sun–Thu week",
                rest="no due date moves to it",
            ),
        ),
    ],
)
@pytest.mark.parametrize("command", ["rules", "run", "check"])
def test_a_preferred_weekday_never_worked_is_a_warning_at_start(
    tmp_path: Path, text: str, warned: str | None, command: str
) -> None:
    """A preferred day that is never a business day in the calendar of rows without a
    Country moves nothing: said once, before any file, in one line; -q says nothing."""
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    tracker = tmp_path / "t.csv"
    tracker.write_text("Company,Position,Interview Date\nA,PM,2026-11-05\n", encoding="utf-8")
    files = [] if command == "rules" else [str(tracker), "--as-of", "2026-11-20"]
    extra = ["--dry-run"] if command == "run" else []
    result = CliRunner().invoke(main, [command, "--config", str(path), *files, *extra])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert lines == ([] if warned is None else [f"warning: {path}: {warned}"])
    if command != "rules":
        quiet = CliRunner().invoke(main, [command, "-q", "--config", str(path), *files, *extra])
        assert "warning" not in quiet.stderr


def test_drafts_days_sets_the_outbox_horizon():
    assert config_from_mapping({}).drafts_days == 7
    assert config_from_mapping({"drafts_days": 14}).drafts_days == 14
    # a whole number written with a point (ot130 F5: "must be a whole number, not 7.0")
    assert config_from_mapping({"drafts_days": 7.0}).drafts_days == 7
    for bad in (-1, "7", 1.5, 367.0):
        with pytest.raises(ConfigError, match="drafts_days must be a whole number of days"):
            config_from_mapping({"drafts_days": bad})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[columns]\n"Firm" = ["company"]\n',
            "c.toml: [columns] maps 'Firm' to ['company']; write the field as text, like "
            '"Firm" = "company"',
        ),
        (
            "[rules.check_in_1]\nbase_bd = 100000000000000000000\n",
            "c.toml: rules.check_in_1.base_bd must be a whole number from 0 to 520, not "
            "100000000000000000000",
        ),
        (
            "[rules.networking]\nafter_close_weeks = 100000\n",
            "c.toml: rules.networking.after_close_weeks must be a whole number from 1 to 520, "
            "not 100000",
        ),
        (
            "[rules.final_follow_up]\nbase_weeks = -10\n",
            "c.toml: rules.final_follow_up.base_weeks must be a whole number from 0 to 520, "
            "not -10",
        ),
        (
            "[rules.check_in_1.industry]\nfast = -600\n",
            "c.toml: rules.check_in_1.industry.fast must be a whole number from -520 to 520, "
            "not -600",
        ),
        (
            "drafts_days = true\n",
            "c.toml: drafts_days is a number of days from 0 to 366, not true (a yes/no value)",
        ),
        (
            "drafts_days = 7.5\n",
            "c.toml: drafts_days must be a whole number of days from 0 to 366, not 7.5",
        ),
        (
            "drafts_days = 1000000000\n",
            "c.toml: drafts_days must be a whole number of days from 0 to 366, not 1000000000",
        ),
        ("rules = 5\n", "c.toml: rules must be a table ([rules])"),
        (
            '[sender]\nemail = "maya at example dot com"\n',
            "c.toml: [sender] email 'maya at example dot com' is not an email address; write "
            'one address, like "maya@example.com" (or leave it out)',
        ),
        (
            '[sender]\nemail = "maya@example.com, jo@example.com"\n',
            "c.toml: [sender] email 'maya@example.com, jo@example.com' is not an email "
            'address; write one address, like "maya@example.com" (or leave it out)',
        ),
        (
            '[clients."Jo Park"]\nemail = "jo@"\n',
            "c.toml: [clients.\"Jo Park\"] email 'jo@' is not an email address; write one "
            'address, like "maya@example.com" (or leave it out)',
        ),
        (
            '[sender]\nemail = "mailto:maya@example.com"\n',
            "c.toml: [sender] email 'mailto:maya@example.com' is not an email address; write "
            'one address, like "maya@example.com" (or leave it out)',
        ),
        (
            '[sender]\nemail = "maya@example.c"\n',
            "c.toml: [sender] email 'maya@example.c' is not an email address; write one "
            'address, like "maya@example.com" (or leave it out)',
        ),
        (
            '[sender]\nemail = "maya@example..com"\n',
            "c.toml: [sender] email 'maya@example..com' is not an email address; write one "
            'address, like "maya@example.com" (or leave it out)',
        ),
        (
            '[sender]\nemail = "maya@example_hr.com"\n',
            "c.toml: [sender] email 'maya@example_hr.com' is not an email address; write one "
            'address, like "maya@example.com" (or leave it out)',
        ),
        (
            '[columns]\n"Firm" = "company"\n"firm " = "position"\n',
            'c.toml: [columns] "Firm" and "firm " are one header (headers match ignoring case, '
            "spaces, punctuation and accents), given to company and to position: keep one",
        ),
        (
            '[sender]\nname = "A"\nname = "B"\n',
            "c.toml, line 3: [sender] name is written twice; keep one",
        ),
        # on a last line without its line end: "at end of document" before, no line named
        (
            '[sender]\nname = "A"\nname = "B"',
            "c.toml, line 3: [sender] name is written twice; keep one",
        ),
        (
            'country = "US"\r\ncountry = "GB"',
            "c.toml, line 2: country is written twice; keep one",
        ),
    ],
)
def test_a_value_of_the_wrong_kind_or_size_names_its_key(
    tmp_path: Path, text: str, message: str
) -> None:
    """Each was a traceback, an 'internal error' in every file of the run, a doubled file
    name, or accepted silently (networking check-ins in the year 2189)."""
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).replace(str(tmp_path) + "/", "") == message
    result = CliRunner().invoke(main, ["rules", "--config", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


NO_LETTERS = (
    "a header is known by its letters and digits alone (case, spaces, accents and marks do "
    'not count), and this one has none; give the column a header that has some, like "Date '
    'of chat", and map that'
)


def written_by_the_tool(header: str) -> str:
    return (
        f'"{header}" is a column the tool writes, and overwrites on every run, not one it '
        f'reads; if the column is yours, rename it (say, "My {header.lower()}") and map that'
    )


@pytest.mark.parametrize(
    ("header", "field", "problem"),
    [
        (" ", "company", NO_LETTERS),
        ("-", "company", NO_LETTERS),
        # was "maps an empty header": a tick is a header, but one no column can be told by
        ("✓", "thank_you_sent", NO_LETTERS),
        ("📅", "interview_at", NO_LETTERS),
        # A header in another script is told apart by its own letters (it had none before).
        ("面试日期", "interview_at", None),
        ("Датум", "interview_at", None),
        # the tool's own columns: "Next due" was read back as the interview date
        ("Next due", "interview_at", written_by_the_tool("Next due")),
        ("next-action", "outcome", written_by_the_tool("Next action")),
        ("Follow-up Status", "outcome", written_by_the_tool("Follow-up status")),
        ("Why", "topic", written_by_the_tool("Why")),
        ("Status", "outcome", None),  # the user's own: a synonym of Outcome
        ("Next step", "topic", None),
    ],
)
def test_a_header_no_column_can_be_read_by_is_refused(
    tmp_path: Path, header: str, field: str, problem: str | None
) -> None:
    path = tmp_path / "c.toml"
    path.write_text(f'[columns]\n"{header}" = "{field}"\n', encoding="utf-8")
    cli_map = ["check", str(tmp_path / "none.csv"), "--map", f"{header}={field}"]
    if problem is None:
        assert load_config(path).reading.column_map == {header: field}
        assert with_reading(Config(), (f"{header}={field}",), None, None).reading.column_map == {
            header: field
        }
        return
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == f"{path}: [columns] cannot map {header!r} to {field!r}: {problem}"
    if not header.strip():  # a blank --map header is a malformed --map, said as such
        return
    result = CliRunner().invoke(main, cli_map)
    assert result.exit_code == 2
    assert result.stderr == (
        "Usage: main check [OPTIONS] PATH...\nTry 'main check --help' for help.\n\n"
        f'Error: Invalid value for --map: "{header}={field}": {problem}\n'
    )


@pytest.mark.parametrize(
    ("maps", "refused"),
    [
        # Accepted before, the last one winning without a word: the row's seniority was lost
        # and its 1st check-in came 4 business days early (ot55 F2).
        # Said as English (ot59 F7: "map one header to the tool (...) to different fields").
        (
            ["Level=seniority", "Level=industry"],
            '"Level" is given twice, to seniority and to industry: keep one',
        ),
        (
            ["Level=seniority", " level =industry"],
            '"Level" and "level" are one header (headers match ignoring case, spaces, '
            "punctuation and accents), given to seniority and to industry: keep one",
        ),
        (
            ["Stufe=seniority", "Level=seniority", "LEVEL=industry"],
            '"Level" and "LEVEL" are one header (headers match ignoring case, spaces, '
            "punctuation and accents), given to seniority and to industry: keep one",
        ),
        (["Level=seniority", "Level=seniority"], None),  # said twice, meant once
        (["Level=seniority", "Branche=industry"], None),
    ],
)
def test_one_header_mapped_to_two_fields_is_refused_on_the_command_line_as_in_the_config(
    tmp_path: Path, maps: list[str], refused: str | None
) -> None:
    tracker = tmp_path / "Maya Chen.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Level,Branche\nA,PM,2026-11-10,Senior,Banking\n",
        encoding="utf-8",
    )
    before = tracker.read_bytes()
    args = ["run", str(tracker), "--as-of", "2026-11-12", "--dry-run"]
    result = CliRunner().invoke(main, [*args, *[f"--map={m}" for m in maps]])
    if refused is None:
        assert (result.exit_code, result.stderr) == (0, "")
        return
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: Invalid value for --map: {refused}"
    assert tracker.read_bytes() == before


@pytest.mark.parametrize(
    "address",
    [
        "maya@example.com",
        " maya.chen+jobs@mail.example.co.uk ",
        "",
        "ana@xn--bcher-kva.de",
        "ana@bücher.de",
        "o'brien@example.ie",
    ],
)
def test_a_sender_address_is_one_address_or_none(address: str) -> None:
    config = config_from_mapping(
        {"sender": {"email": address}, "clients": {"A": {"email": address}}}
    )
    assert config.sender["email"] == address


def test_negative_adjustments_are_rules_too(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[rules.check_in_1.industry]\nfast = -3\n", encoding="utf-8")
    assert load_config(path).rules.check_in_1.industry["fast"] == -3


def test_a_config_saved_as_utf8_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Notepad's "UTF-8" before Windows 10 1903, which the non-UTF-8 hint tells people to use."""
    path = tmp_path / "c.toml"
    path.write_bytes('\ufeffcountry = "GB"\n'.encode())
    assert load_config(path).reading.default_country == "GB-ENG"


TOO_LONG = (
    "{path} is longer than 1 MiB, far more than a config holds (a page of TOML text); check "
    "that --config names your config file"
)


@pytest.mark.parametrize(
    ("size", "refused"),
    [(1 << 20, False), ((1 << 20) + 1, True), (50 << 20, True)],
    ids=["1 MiB", "1 MiB and a byte", "50 MiB"],
)
def test_a_config_longer_than_a_mebibyte_is_refused(tmp_path: Path, size: int, refused: bool):
    path = tmp_path / "c.toml"
    line = b'country = "GB"\n'
    path.write_bytes(line + b"#" * (size - len(line) - 1) + b"\n")
    if not refused:
        assert load_config(path).reading.default_country == "GB-ENG"
        return
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == TOO_LONG.format(path=path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_endless_config_is_refused_not_read_for_ever() -> None:
    """--config /dev/zero made the memory grow until the system stopped the process."""
    result = CliRunner().invoke(main, ["rules", "-q", "--config", "/dev/zero"])
    assert result.exit_code == 2
    assert result.stderr == "Error: " + TOO_LONG.format(path="/dev/zero") + "\n"


# ot30: each was accepted (F2: a check-in before the interview, a 2nd check-in with no 1st),
# said without the key's value or the rules. prefix (F10), with the valid top-level keys
# only (F8), in tomllib's words (F9), or "does not exist" of a file (F7).
REFUSED = [
    (
        "[rules.check_in_1]\nbase_bd = 0\nmin_bd = 0\n",
        "c.toml: rules.check_in_1.min_bd must be a whole number from 2 to 520, not 0",
    ),
    (
        "[rules.check_in_1]\nmin_bd = 1\n",
        "c.toml: rules.check_in_1.min_bd must be a whole number from 2 to 520, not 1",
    ),
    (
        "[rules.check_in_2]\nbase_bd = 0\nmin_bd = 0\n",
        "c.toml: rules.check_in_2.min_bd must be a whole number from 1 to 520, not 0",
    ),
    (
        "[rules.application_check_in]\nmin_bd = 0\n",
        "c.toml: rules.application_check_in.min_bd must be a whole number from 1 to 520, not 0",
    ),
    (
        "[rules.check_in_1]\nafter_stated_decision_bd = 0\n",
        "c.toml: rules.check_in_1.after_stated_decision_bd must be a whole number from 1 to "
        "520, not 0",
    ),
    (
        "[rules.final_follow_up]\nafter_check_in_2_bd = 0\n",
        "c.toml: rules.final_follow_up.after_check_in_2_bd must be a whole number from 1 to "
        "520, not 0",
    ),
    (
        "[rules.networking]\nafter_close_weeks = 0\n",
        "c.toml: rules.networking.after_close_weeks must be a whole number from 1 to 520, not 0",
    ),
    (
        "[rules.moved_on]\nafter_final_bd = 0\n",
        "c.toml: rules.moved_on.after_final_bd must be a whole number from 1 to 520, not 0",
    ),
    (
        "[rules.moved_on]\nstale_after_weeks = 0\n",
        "c.toml: rules.moved_on.stale_after_weeks must be a whole number from 1 to 520, not 0",
    ),
    (
        "[rules.check_in_1]\nmin_bd = 20\n",
        "c.toml: rules.check_in_1.min_bd = 20 is larger than rules.check_in_1.max_bd = 15; "
        "min_bd must be at most max_bd",
    ),
    (
        "due_soon_bd = 3\n",
        "c.toml: unknown key 'due_soon_bd'; it is a rule: write it as [rules.status] "
        "due_soon_bd = 3",
    ),
    (
        "due_son_bd = 3\n",
        "c.toml: unknown key 'due_son_bd'; did you mean due_soon_bd? That is a rule: write it "
        "as [rules.status] due_soon_bd = 3",
    ),
    (
        "[check_in_2]\nbase_bd = 6\n",
        "c.toml: unknown key 'check_in_2'; it is a rule table: write it as [rules.check_in_2]",
    ),
    (
        "[rules]\nstale_after_weeks = 6\n",
        "c.toml: unknown rule key rules.stale_after_weeks; it is a rule: write it as "
        "[rules.moved_on] stale_after_weeks = 6",
    ),
    (
        "[rules.status]\ndue_son_bd = 3\n",
        "c.toml: unknown rule key rules.status.due_son_bd; did you mean due_soon_bd?",
    ),
    ('tempaltes = "t"\n', "c.toml: unknown key 'tempaltes'; did you mean templates?"),
    # [sender] keys as the other tables' (outside test ot44 F5: "takes text values ... got emial")
    (
        '[sender]\nname = "Alex Morgan"\nemial = "a@b.com"\n',
        "c.toml: unknown key 'emial' in [sender]; did you mean email?",
    ),
    (
        '[sender]\nName = "Alex Morgan"\n',
        "c.toml: unknown key 'Name' in [sender]; did you mean name?",
    ),
    (
        '[sender]\nfax = "555-0100"\n',
        "c.toml: unknown key 'fax' in [sender]; valid keys: name, email, phone, signature",
    ),
    ("[sender]\nphone = 5550100\n", "c.toml: [sender] phone must be text, not 5550100"),
    # a setting named as the config file spells it (ot44 F5: "send_window.preferred_weekdays")
    (
        '[rules.send_window]\npreferred_weekdays = ["Tuesday", "Dienstag"]\n',
        "c.toml: rules.send_window.preferred_weekdays: 'Dienstag' is not a weekday; did you "
        "mean Tuesday?",
    ),
    # ot130 F3: a name the tool cannot place lists the seven it takes
    (
        '[rules.send_window]\npreferred_weekdays = ["Payday"]\n',
        "c.toml: rules.send_window.preferred_weekdays: 'Payday' is not a weekday; use Monday, "
        "Tuesday, Wednesday, Thursday, Friday, Saturday or Sunday",
    ),
    (
        '[rules.thank_you]\nsame_day_types = ["zoom"]\n',
        "c.toml: rules.thank_you.same_day_types: unknown interview type 'zoom'; choose from "
        "phone, video, onsite, panel, final, chat, other",
    ),
    (
        "drafts_days = 3\ndrafts_days = 4",
        "c.toml, line 2: drafts_days is written twice; keep one",
    ),
    (
        '[sender]\nname = "Maya"\n[sender]\nemail = "a@b.com"\n',
        "c.toml, line 3: the table [sender] is written twice; keep one",
    ),
    (
        '[clients."Jo Park"]\nemail = "a@b.com"\n[clients."Jo Park"]\n',
        'c.toml, line 3: the table [clients."Jo Park"] is written twice; keep one',
    ),
    (  # drafts find a client's table ignoring case: one would be lost (ot65 F8)
        '[clients."maya chen"]\nemail = "a@b.com"\n[clients."MAYA CHEN"]\nsignature = "M"\n',
        'c.toml: [clients."maya chen"] and [clients."MAYA CHEN"] are one client (client names '
        'match ignoring case, and "Chen, Maya" is Maya Chen): keep one',
    ),
    (
        '[rules.industries]\nfast = ["biotech"]\ntraditional = ["Biotech"]\n',
        "c.toml: rules.industries: 'Biotech' is listed under both fast and traditional; keep one",
    ),
    (
        '[rules.industries]\nslow = ["biotech"]\n',
        "c.toml: unknown rule key rules.industries.slow; valid keys here: fast, traditional, "
        "institutional, standard",
    ),
    (
        '[rules.industries]\nfast = "biotech"\n',
        'c.toml: rules.industries.fast must be a list of words, like ["biotech"]',
    ),
    (  # "" would match every industry: every row fast
        '[rules.industries]\nfast = ["biotech", " "]\n',
        "c.toml: rules.industries.fast lists an empty word; take it out",
    ),
    # days_off: days your office closes (ot54-F3), each wrong one named as written
    (
        'holidays = ["2026-12-24"]\n',
        "c.toml: unknown key 'holidays'; valid keys: country, date_order, encoding, columns, "
        "sender, clients, rules, templates, drafts_days, repeat_notes, days_off",
    ),
    (
        'days_of = ["2026-12-24"]\n',
        "c.toml: unknown key 'days_of'; did you mean days_off?",
    ),
    (
        'days_off = "2026-12-24"\n',
        'c.toml: days_off must be a list of days, like days_off = ["2026-12-24", "2026-12-28 '
        'to 2027-01-01"]',
    ),
    (
        'days_off = ["24/12/2026"]\n',
        'c.toml: days_off: "24/12/2026" is not a day; write it as "2026-12-24", or a span as '
        '"2026-12-24 to 2027-01-01"',
    ),
    (
        'days_off = ["2026-02-30"]\n',
        'c.toml: days_off: "2026-02-30" is not a day; write it as "2026-12-24", or a span as '
        '"2026-12-24 to 2027-01-01"',
    ),
    (
        'days_off = ["2026-12-24 - 2027-01-01"]\n',
        'c.toml: days_off: "2026-12-24 - 2027-01-01" is not a day; write it as "2026-12-24", '
        'or a span as "2026-12-24 to 2027-01-01"',
    ),
    (
        "days_off = [20261224]\n",
        'c.toml: days_off: 20261224 is not a day; write it as "2026-12-24", or a span as '
        '"2026-12-24 to 2027-01-01"',
    ),
    (
        "days_off = [2026-12-24T09:00:00]\n",
        'c.toml: days_off: 2026-12-24 09:00:00 is not a day; write it as "2026-12-24", or a '
        'span as "2026-12-24 to 2027-01-01"',
    ),
    (
        'days_off = ["2027-01-01 to 2026-12-24"]\n',
        'c.toml: days_off: "2027-01-01 to 2026-12-24" ends before it starts',
    ),
    (
        'days_off = ["2026-01-01 to 2027-01-02"]\n',
        'c.toml: days_off: "2026-01-01 to 2027-01-02" is longer than a year; list each closure',
    ),
    (
        'templates = "c.toml"\n',
        'c.toml: templates = "c.toml": {folder}/c.toml is a file, not a folder (a relative path '
        "is read from the config's folder); name the folder that holds your templates",
    ),
    (
        'templates = "mine"\n',
        'c.toml: templates = "mine": there is no folder {folder}/mine (a relative path is read '
        "from the config's folder); make it, or fix the path",
    ),
]


@pytest.mark.parametrize(("text", "message"), REFUSED)
def test_a_config_mistake_is_one_line_and_touches_no_tracker(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    expected = message.replace("c.toml", str(path), 1).format(folder=tmp_path)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == expected
    tracker = tmp_path / "t.csv"
    tracker.write_text("Company,Position,Interview Date\nA,PM,2026-11-10\n", encoding="utf-8")
    before = tracker.read_bytes()
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-12", "--config", str(path), str(tracker)]
    )
    assert (result.exit_code, result.stderr) == (2, f"Error: {expected}\n")
    assert tracker.read_bytes() == before


def test_a_relative_templates_folder_of_a_piped_config_is_the_working_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--config <(cat coach.toml)`` looked for the templates in /dev/fd (ot30 F6)."""
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "final.txt.j2").write_text("Subject: Mine\n{{ greeting }}\n")
    monkeypatch.chdir(tmp_path)
    read, write = os.pipe()
    os.write(write, b'templates = "tpl"\n')
    os.close(write)
    try:
        config = load_config(Path(f"/dev/fd/{read}"))
    finally:
        os.close(read)
    assert config.templates == tmp_path / "tpl"
