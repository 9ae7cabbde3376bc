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
