"""After an upgrade, which words of a text in the tool's columns are the person's (report
ot141): the earlier version worded its drafts otherwise ("Our discussion of pricing
experiments stayed with me afterwards" where this one writes "One topic from our
conversation stayed with me afterwards: pricing experiments"), so a draft differing from this
run's is no sign of the person. F2: one edited draft was one of 61 saved texts, nothing
pointing to it; F4: the kept draft was quoted where the two wordings differ ("…Friday. I
really enjoyed…"), not at the P.S. the person added. The texts are the sample tracker's
Brightwave and Loopline rows as the version of 2026-12-02 wrote them as of 2026-11-20, and as
this one writes them."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.memory import hand_edits, rerun, saved_edits
from followup_batch.memory.own_words import with_own_words

COMMON = (
    "From what you described, your team needs someone who can turn open questions into clear "
    "priorities and see them through with others. That is the work I have enjoyed most in my "
    "career so far, and I would bring the same care and energy to this role.\n\n"
    "I am very interested in this opportunity, and I look forward to hearing about the next "
    "steps whenever you are ready. If any further information would help, please reply to "
    "this email at any time.\n\n"
    "Thank you again for your time and consideration.\n\nBest regards,\nMaya Chen"
)


def earlier(name: str, day: str, call: str, role: str, company: str, topic: str) -> str:
    """A thank-you note as the version of 2026-12-02 worded it."""
    return (
        f"Hi {name},\n\nThank you for taking the time to speak with me on {day}. I really "
        f"enjoyed our {call} and learning more about the {role} role at {company}.\n\n"
        f"Our discussion of {topic} stayed with me afterwards. It is exactly the kind of "
        "problem I enjoy, and it gave me a clearer picture of what success would look like in "
        f"the first few months.\n\n{COMMON}"
    )


def this_version(name: str, day: str, call: str, role: str, company: str, topic: str) -> str:
    """The same note as this version words it."""
    return (
        f"Hi {name},\n\nThank you for taking the time to speak with me {day}. I really enjoyed "
        f"our {call} and learning more about the {role} role at {company}.\n\n"
        f"One topic we discussed stayed with me afterwards: {topic}. Talking it "
        "through gave me a clearer picture of the work ahead, and of what success would look "
        f"like in the first few months.\n\n{COMMON}"
    )


BRIGHTWAVE = ("Dana", "video call", "Senior Product Manager", "Brightwave", "pricing experiments")
LOOPLINE = ("Sam", "call", "Product Manager", "Loopline", "team structure")
NIMBUS = ("Chris", "video call", "Growth PM", "Nimbus Ads", "the growth model")
THEN = earlier(BRIGHTWAVE[0], "Friday", *BRIGHTWAVE[1:])
NOW = this_version(BRIGHTWAVE[0], "yesterday", *BRIGHTWAVE[1:])
# The other rows of the sheet: as the earlier version wrote them, and as this run writes them.
OTHERS = [
    (
        earlier(LOOPLINE[0], "Friday", *LOOPLINE[1:]),
        this_version(LOOPLINE[0], "today", *LOOPLINE[1:]),
    ),
    (earlier(NIMBUS[0], "Monday", *NIMBUS[1:]), this_version(NIMBUS[0], "on Monday", *NIMBUS[1:])),
]
FRAME = pd.DataFrame(
    {
        "company": ["Brightwave", "Loopline", "Nimbus Ads"],
        "position": ["Senior Product Manager", "Product Manager", "Growth PM"],
        "interviewers": [["Dana Whitfield"], ["Sam Park"], ["Chris Ortiz"]],
        "topic": ["pricing experiments", "team structure", "the growth model"],
    },
    index=[2, 3, 4],
)
PS = "P.S. I attach the pricing teardown we discussed."

# What the person did to the earlier version's draft -> what a note quotes of it ('' none:
# the text is the tool's own, as the earlier version worded it).
CHANGES = {
    "a P.S. added at the end": (
        THEN.replace("Thank you again", f"{PS}\n\nThank you again"),
        "…P.S. I attach the pricing teardown we discussed. Thank you…",
    ),
    "a sentence changed in the middle": (
        THEN.replace(
            "It is exactly the kind of problem I enjoy",
            "Your churn dashboard showed me how much is at stake",
        ),
        "…Your churn dashboard showed me how much is at stake, and…",
    ),
    "a greeting name fixed": (
        THEN.replace("Hi Dana,", "Hi Danielle,"),
        "Hi Danielle, Thank you for taking the time to speak with me…",
    ),
    "a whole draft rewritten": (
        "Dana, thanks so much for Friday!\n\nI've attached the pricing teardown. Talk soon,\nMaya",
        "Dana, thanks so much for Friday! I've attached the pricing…",
    ),
    "nothing changed": (THEN, ""),
}


def edits_of(text: str, *, kept: bool) -> list[hand_edits.Edit]:
    """The person's ``text`` in the Brightwave row's Draft, told against the sheet: kept (a
    record told it theirs), or without a record, after an upgrade."""
    cells = pd.DataFrame({"draft": [text, *(then for then, _ in OTHERS)]}, index=FRAME.index)
    output = pd.DataFrame({"draft": [NOW, *(now for _, now in OTHERS)]}, index=FRAME.index)
    edit = hand_edits.Edit(
        "Jobs", 2, "draft", 34, text, NOW, kept=kept, company="Brightwave",
        position="Senior Product Manager", unrecorded=not kept,
    )  # fmt: skip
    return with_own_words([edit], cells, output, FRAME, upgraded=not kept)


@pytest.mark.parametrize(("text", "quoted"), CHANGES.values(), ids=CHANGES.keys())
def test_a_kept_draft_is_quoted_at_the_persons_words(text: str, quoted: str) -> None:
    notices, _ = saved_edits.edit_messages(edits_of(text, kept=True), None, dry_run=False)
    if not quoted:  # no words of theirs: quoted where it differs from this run's draft
        quoted = "…on Friday. I really enjoyed our video call and learning…"
    assert notices == [
        f'Jobs!AI2 ("Draft"): your edited text is kept ("{quoted}"): the row\'s next action '
        "is the one it was written for; once that moves on, a new draft replaces it and your "
        "text is saved in .followup-backups"
    ]


UPGRADED = hand_edits.EARLIER_RECORD
SAVED = Path("/home/maya/.followup-backups/Jobs.xlsx.edited.txt")


@pytest.mark.parametrize(("text", "quoted"), CHANGES.values(), ids=CHANGES.keys())
def test_after_an_upgrade_the_persons_texts_are_named_and_first(
    tmp_path: Path, text: str, quoted: str
) -> None:
    # The person's draft among the tool's own, as the earlier version wrote them.
    theirs = edits_of(text, kept=False)
    tools = [
        hand_edits.Edit(
            "Jobs", row, "draft", 34, then, now, kept=False, unrecorded=True, own_words=()
        )
        for row, (then, now) in zip((3, 4), OTHERS, strict=True)
    ]
    edits = [tools[0], *theirs, tools[1]]
    dry, _ = saved_edits.edit_messages(edits, None, dry_run=True, no_record=UPGRADED)
    if quoted:  # a dry run says the same, as what a run would do
        assert dry[0].endswith(
            "a run saves first 1 text with words of yours (named below), then the other 2: "
            "the tool's own, as an earlier version worded them"
        )
        assert dry[1].endswith(
            "would be replaced (dry run: nothing replaced; a run saves it first in "
            ".followup-backups)"
        )
    else:
        assert dry[0].endswith("; each is the tool's own, as an earlier version worded it")
    notices, _ = saved_edits.edit_messages(edits, SAVED, dry_run=False, no_record=UPGRADED)
    line = (
        f"{UPGRADED}: 3 Draft cells differ from what this run writes (edited by hand, or written "
        "by another run) and were rewritten; the texts replaced are in "
        ".followup-backups/Jobs.xlsx.edited.txt"
    )
    if quoted:
        assert notices == [
            f"{line}; in that file first 1 text with words of yours (named below), then the "
            "other 2: the tool's own, as an earlier version worded them",
            f'Jobs!AI2 ("Draft"), row of Brightwave — Senior Product Manager: your text '
            f'("{quoted}") was replaced; it is first in .followup-backups/Jobs.xlsx.edited.txt, '
            "to copy your words back from",
        ]
    else:
        assert notices == [f"{line}; each is the tool's own, as an earlier version worded it"]

    tracker = tmp_path / "Jobs.xlsx"
    tracker.write_bytes(b"")
    saved = saved_edits.save_replaced(tracker, edits, dt.date(2026, 11, 23))
    entries = saved.path.read_text(encoding="utf-8").split("\n\n=== ")
    heading = saved_edits.EARLIER_HEADING
    if quoted:  # theirs first; the tool's own under a heading of their own
        assert entries[0].startswith('=== Jobs!AI2 ("Draft"), row of Brightwave')
        assert entries[0].endswith(f"\n\n{heading}")
        assert [entry.split(",")[0] for entry in entries[1:]] == [
            'Jobs!AI3 ("Draft")',
            'Jobs!AI4 ("Draft")',
        ]
    else:
        assert entries[0].startswith(heading)


SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


def in_earlier_wording(path: Path, row: int, added: str) -> None:
    """The workbook as the version of 2026-12-02 left it, its drafts worded as it worded them
    (and its record without the texts' hashes), with ``added`` typed at the end of the Draft
    of ``row`` by the person, and saved a minute after that run."""
    book = openpyxl.load_workbook(path)
    sheet = book["Interviews"]
    column = [cell.value for cell in sheet[1]].index("Draft") + 1
    for at in range(2, sheet.max_row + 1):
        cell = sheet.cell(at, column)
        if cell.value:
            cell.value = re.sub(
                r"One topic we discussed stayed with me afterwards: ([^.]+)\. Talking "
                r"it through gave me a clearer picture of the work ahead, and of",
                r"Our discussion of \1 stayed with me afterwards. It is exactly the kind of "
                r"problem I enjoy, and it gave me a clearer picture of",
                cell.value,
            ).replace("I hope your week is going well. I wanted", "I wanted")
    sheet.cell(row, column).value += added
    book.save(path)
    state = rerun.state_path(path)
    data = json.loads(state.read_text(encoding="utf-8"))
    for kept in data["sheets"]:
        del kept["hand"]
    state.write_text(json.dumps(data), encoding="utf-8")
    # The person's save comes after that run kept its record (a file as the earlier version
    # left it, saved by no one since, is all the tool's: ``rerun.untouched_since_earlier_record``).
    later = state.stat().st_mtime + 60
    os.utime(path, (later, later))


# (what the person added to the Nimbus Ads draft, row 5) -> the lines the run says of it.
UPGRADES = {
    "a P.S. added": (
        "\n\nP.S. I have attached the growth model we discussed.",
        "in that file first 1 text with words of yours (named below), then the other 16: the "
        "tool's own, as an earlier version worded them",
        'Interviews!AI5 ("Draft"), row of Nimbus Ads — Growth PM: your text ("…P.S. I have '
        'attached the growth model we discussed.") was replaced; it is first in '
        ".followup-backups/tracker.xlsx.edited.txt, to copy your words back from",
    ),
    "nothing added": ("", "each is the tool's own, as an earlier version worded it", None),
}


@pytest.mark.parametrize(("added", "apart", "named"), UPGRADES.values(), ids=UPGRADES.keys())
def test_an_upgraded_tracker_names_the_persons_draft_among_the_tools_own(
    tmp_path: Path, added: str, apart: str, named: str | None
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    first = CliRunner().invoke(main, ["run", "--as-of", "2026-11-20", str(path)])
    assert first.exit_code == 0, first.output
    in_earlier_wording(path, 5, added)

    said = CliRunner().invoke(main, ["run", "--as-of", "2026-11-25", str(path)])
    assert said.exit_code == 0, said.output
    notes = [line for line in said.stderr.splitlines() if line.startswith("note:")]
    assert notes == [
        f"note: tracker.xlsx [Interviews]: {hand_edits.EARLIER_RECORD}: 17 Draft cells differ from "
        "the tool's texts as of Fri 2026-11-20 (when, its header note says, it last ran), edited "
        "by hand or written by another run, and were rewritten; the texts replaced are in "
        ".followup-backups/tracker.xlsx.edited.txt; "
        f"{apart}",
        *([f"note: tracker.xlsx [Interviews]: {named}"] if named else []),
    ]
    saved = saved_edits.edited_path(path).read_text(encoding="utf-8")
    assert saved.startswith('=== Interviews!AI5 ("Draft")' if added else "--- Below: ")
