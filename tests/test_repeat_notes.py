"""``repeat_notes = false`` (outside testers, fixmisc item 1): a nightly run does not say again
a note the last run in place said word for word (a column the user has chosen to leave
alone), while a new or changed note is still said, and ``-v`` still shows them all."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import invoke

from followup_batch.config import config_from_mapping
from followup_batch.errors import ConfigError

HEADER = "Company,Position,Interview Date,Interviewer,{extra}\n"
ROW = "Acme,Engineer,2026-11-10,Dana Ortiz,2026-11-12\n"


def unread(column: str, header: str) -> str:
    return (
        f'note: t.csv: column {column} "{header}" is not read: no column the tool reads is headed '
        f'so; if it holds the days messages were sent, map it with --map "{header}=FIELD" '
        "(FIELD: thank_you_sent, check_in_1_sent, check_in_2_sent, final_sent, networking_sent "
        "or application_check_in_sent)"
    )


def notes_of(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("note:")]


ALWAYS = [unread("E", "Follow-up 3 sent")]


@pytest.mark.parametrize(
    ("config", "second_header", "second_as_of", "second_notes"),
    [
        # The same note the next night: not said again.
        ("repeat_notes = false\n", "Follow-up 3 sent", "2026-11-21", []),
        # The same night again (the re-run shortcut answers from the last run): not said either.
        ("repeat_notes = false\n", "Follow-up 3 sent", "2026-11-20", []),
        # A changed note is news.
        (
            "repeat_notes = false\n",
            "Follow-up 4 sent",
            "2026-11-21",
            [unread("E", "Follow-up 4 sent")],
        ),
        # A new one beside the old one: only the new one.
        (
            "repeat_notes = false\n",
            "Follow-up 3 sent,Chased",
            "2026-11-21",
            [unread("F", "Chased")],
        ),
        # The default: every run says it.
        ("", "Follow-up 3 sent", "2026-11-21", ALWAYS),
        ("repeat_notes = true\n", "Follow-up 3 sent", "2026-11-21", ALWAYS),
    ],
)
def test_a_note_told_already_is_not_repeated(
    tmp_path: Path, config: str, second_header: str, second_as_of: str, second_notes: list[str]
) -> None:
    toml = tmp_path / "c.toml"
    # A sender signs the drafts: "t.csv" is nobody's name, and unsigned drafts are said too.
    toml.write_text(config + '[sender]\nname = "Maya Chen"\n', encoding="utf-8")
    tracker = tmp_path / "t.csv"
    tracker.write_text(HEADER.format(extra="Follow-up 3 sent") + ROW, encoding="utf-8")
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "--config", str(toml))
    assert (code, notes_of(err)) == (0, [unread("E", "Follow-up 3 sent")])

    extra_cells = ",2026-11-19" if "," in second_header else ""
    tracker.write_text(
        HEADER.format(extra=second_header) + ROW.rstrip("\n") + extra_cells + "\n",
        encoding="utf-8",
    )
    code, _, err = invoke("run", str(tracker), "--as-of", second_as_of, "--config", str(toml))
    assert (code, notes_of(err)) == (0, second_notes)


def test_verbose_and_the_log_still_have_a_note_told_already(tmp_path: Path) -> None:
    toml = tmp_path / "c.toml"
    toml.write_text("repeat_notes = false\n", encoding="utf-8")
    tracker = tmp_path / "t.csv"
    tracker.write_text(HEADER.format(extra="Follow-up 3 sent") + ROW, encoding="utf-8")
    log = tmp_path / "run.log"
    invoke("run", str(tracker), "--as-of", "2026-11-20", "--config", str(toml))
    code, _, err = invoke(
        "run", str(tracker), "--as-of", "2026-11-21", "--config", str(toml), "-v",
        "--log-file", str(log),
    )  # fmt: skip
    told = unread("E", "Follow-up 3 sent").replace("note: t.csv: ", "t.csv: note: ")
    assert code == 0
    assert f"  {told}" in err.splitlines()
    # The log's level word stands for the terminal's "note:" (not both).
    assert f"NOTE t.csv: {told.split('note: ', 1)[1]}" in log.read_text(encoding="utf-8")


@pytest.mark.parametrize("value", ["no", 0, "false"])
def test_repeat_notes_is_true_or_false(value: object) -> None:
    with pytest.raises(ConfigError) as caught:
        config_from_mapping({"repeat_notes": value})
    assert str(caught.value) == f"config: repeat_notes must be true or false, not {value!r}"


# Outside test ot150 F6: "drafts are unsigned" took four lines at 60 columns on every daily
# run. The first run of a file says it; later runs say it again only when its words change,
# and -v shows it always, whatever ``repeat_notes`` says.
UNSIGNED = (
    'the file name "t" is not a person\'s name; name the file after yourself or your client '
    '("Maya Chen.xlsx"), fill in the "Client" column or set [sender] name in the config'
)
ALL_ROWS = f"note: t.csv: drafts are unsigned: {UNSIGNED}"
ROW_3 = f'note: t.csv: drafts of row 3 ("Client" empty) are unsigned: {UNSIGNED}'
CLIENTS = "Company,Position,Interview Date,Interviewer,Client\n"
NOBODY = f"{CLIENTS}Acme,Engineer,2026-11-10,Dana Ortiz,\nGlobex,Analyst,2026-11-12,Lee Wong,\n"
ONE_NAMED = NOBODY.replace("Dana Ortiz,", "Dana Ortiz,Maya Chen")


@pytest.mark.parametrize(
    ("config", "second", "options", "said"),
    [
        # The next day: not said again.
        ("", NOBODY, [], []),
        # The config that repeats the other notes does not repeat this one.
        ("repeat_notes = true\n", NOBODY, [], []),
        ("repeat_notes = false\n", NOBODY, [], []),
        # Its words changed (a Client cell filled): news.
        ("", ONE_NAMED, [], [ROW_3]),
        # -v shows it, under the file's line.
        ("", NOBODY, ["-v"], [ALL_ROWS.replace("note: t.csv: ", "  t.csv: note: ")]),
    ],
    ids=["next day", "repeat_notes = true", "repeat_notes = false", "words changed", "-v"],
)
def test_unsigned_drafts_are_said_on_a_file_s_first_run(
    tmp_path: Path, config: str, second: str, options: list[str], said: list[str]
) -> None:
    toml = tmp_path / "c.toml"
    toml.write_text(config, encoding="utf-8")
    tracker = tmp_path / "t.csv"
    tracker.write_text(NOBODY, encoding="utf-8")
    run = ["run", str(tracker), "--config", str(toml)]
    code, _, err = invoke(*run, "--as-of", "2026-11-20")
    assert (code, [line for line in err.splitlines() if "unsigned" in line]) == (0, [ALL_ROWS])

    tracker.write_text(second, encoding="utf-8")
    code, _, err = invoke(*run, "--as-of", "2026-11-21", *options)
    assert (code, [line for line in err.splitlines() if "unsigned" in line]) == (0, said)
    # The same night again (the re-run shortcut answers from the last run): not said either.
    code, _, err = invoke(*run, "--as-of", "2026-11-21")
    assert (code, [line for line in err.splitlines() if "unsigned" in line]) == (0, [])
