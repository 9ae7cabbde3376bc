"""What a run cannot write beside its trackers — the log, standard output, a digest, the
calendar — is said in one line and costs nothing else: the trackers, the other outputs and the
--json summary are still written, and there is no traceback (ot12 F3). And the reason that
matters most comes first: a file that can never be read says so before "make it writable",
and a full disk is named by a folder, never "." (ot12 F5).
"""

from __future__ import annotations

import errno
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Collection
from html import escape
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_cli import make_tracker, read_back

from followup_batch.cli import main
from followup_batch.errors import FollowupError, describe_failure
from followup_batch.exports import eml

AS_OF = "2026-11-20"
FULL = "No space left on device"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def log_lost(path: object) -> str:
    return f"the log file {path} could not be written ({FULL}); the run went on without it"


class FullDiskLog(io.StringIO):
    """A log file on a disk that fills up: its first write fails."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, FULL)


def full_at_open(*args: object, **kwargs: object) -> object:
    raise OSError(errno.ENOSPC, FULL, str(args[0]))


@pytest.mark.parametrize(
    ("fails_at", "damaged", "code"),
    [
        ("open", False, 0),
        ("write", False, 0),
        ("close", False, 0),  # /dev/full: the buffered lines fail when the log is closed
        ("close", True, 1),  # a file that failed keeps its exit code
    ],
)
def test_a_log_on_a_full_disk_is_one_line_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fails_at: str, damaged: bool, code: int
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    if damaged:
        (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04" + bytes(40))
    log = Path("/dev/full") if fails_at == "close" else tmp_path / "run.log"
    if fails_at == "open":
        monkeypatch.setattr("followup_batch.pipes.open_file", full_at_open)
    elif fails_at == "write":
        monkeypatch.setattr("followup_batch.pipes.open_file", lambda *a, **k: FullDiskLog())
    got, out, err = invoke(
        "run", str(tmp_path), "--as-of", AS_OF, "--json", "--jobs", "1", "--log-file", str(log)
    )
    assert got == code, err
    assert err.count(log_lost(log)) == 1
    assert "Traceback" not in err and "Error" not in err
    summary = json.loads(out)
    assert summary["log_error"] == log_lost(log)
    assert summary["failed_count"] == int(damaged)
    assert "Follow-up status" in read_back(tracker)


def test_a_written_log_is_no_error_in_the_summary(tmp_path: Path) -> None:
    make_tracker(tmp_path / "t.xlsx")
    log = tmp_path / "run.log"
    got, out, err = invoke("run", str(tmp_path / "t.xlsx"), "--as-of", AS_OF, "--json")
    assert got == 0, err
    assert json.loads(out)["log_error"] is None
    got, out, _ = invoke(
        "run", str(tmp_path / "t.xlsx"), "--as-of", AS_OF, "--json", "--log-file", str(log)
    )
    assert json.loads(out)["log_error"] is None
    assert "t.xlsx [Jobs]: 4 rows" in log.read_text(encoding="utf-8")


STDOUT_LOST = f"standard output could not be written ({FULL}); the run went on without it"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["run", "--json"], 1),  # the summary automation reads is lost: not all went well
        (["run"], 0),  # only the lines are lost, the trackers are written (the log keeps them)
        (["digest", "--json"], 1),  # the digest is what was asked for
        (["digest"], 1),
    ],
)
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
def test_standard_output_on_a_full_disk_is_one_line(
    tmp_path: Path, args: list[str], code: int
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "followup_batch", *args, str(tracker), "--as-of", AS_OF],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=300,
            check=False,
        )
    err = done.stderr.decode()
    assert done.returncode == code, err
    assert err.count(STDOUT_LOST) == 1
    assert "Traceback" not in err
    assert ("Follow-up status" in read_back(tracker)) == (args[0] == "run")


@pytest.mark.parametrize(
    ("option", "writer", "name"),
    [
        ("--html", "write_digest_html", "digest.html"),
        ("--ics", "write_ics", "due.ics"),
        ("--eml-dir", "eml._write_atomically", "drafts"),  # says its own draft's name
    ],
)
def test_a_digest_output_on_a_full_disk_is_one_line_and_the_digest_is_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str, writer: str, name: str
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    lost = tmp_path / name

    def full(*args: object, **kwargs: object) -> None:
        if writer.startswith("eml."):  # each draft's write turns the disk's error into words
            raise FollowupError(f"cannot write {args[0]}: {FULL}")
        raise OSError(errno.ENOSPC, FULL, str(lost))

    monkeypatch.setattr(
        f"followup_batch.exports.{'' if '.' in writer else 'outputs.'}{writer}", full
    )
    markdown = tmp_path / "digest.md"
    got, out, err = invoke(
        "digest", str(tracker), "--as-of", AS_OF, option, str(lost), "--markdown", str(markdown)
    )
    assert got == 1, err
    what = "the calendar " if option == "--ics" else ""
    draft = r"/t-acme-thank-you-note[^ ]*\.eml" if option == "--eml-dir" else ""  # the first
    # The drafts say how many are in their folder: none (ot45 F4).
    kept = f"0 of 2 drafts written to {lost}; " if option == "--eml-dir" else ""
    first, failed = err.splitlines()
    assert first == f"digest → {markdown}"
    assert re.fullmatch(
        f"exports: FAILED — {re.escape(kept)}cannot write {what}{re.escape(str(lost))}{draft}: "
        f"{FULL}",
        failed,
    )
    assert out.startswith("Follow-ups due as of Fri 2026-11-20\n")
    assert markdown.read_text(encoding="utf-8").startswith("# Follow-ups due")


NO_DRAFT = "No draft could be written (cannot write {draft}: {full}), so no item has a Draft link."
SOME_DRAFTS = (
    "1 of 2 drafts could not be written (cannot write {draft}: {full}); their items have no "
    "Draft link."
)


@pytest.mark.parametrize("command", ["run", "digest"])
@pytest.mark.parametrize(
    ("written", "said"),
    [
        (0, NO_DRAFT),
        (1, SOME_DRAFTS),  # the disk fills up after the first
        (2, None),  # all written: each item to send today links its draft
    ],
    ids=["none written", "one of two written", "all written"],
)
def test_the_page_links_only_the_drafts_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, written: int, said: str | None
) -> None:
    """The disk fills up while the drafts are written: the page links the drafts that are
    in the folder, and says once how many could not be written and why (ot34 F3). It linked
    every draft's file before: dead links on the coach's page."""
    tracker = make_tracker(tmp_path / "t.xlsx")
    drafts, page = tmp_path / "drafts", tmp_path / "digest.html"
    lost: list[Path] = []
    write = eml._write_atomically

    def fills_up(path: Path, data: bytes, locked: Collection[str] = ()) -> bool:
        if len(list(drafts.glob("*.eml"))) >= written:
            lost.append(path)
            raise FollowupError(f"cannot write {path}: {FULL}")
        return write(path, data, locked)

    monkeypatch.setattr(eml, "_write_atomically", fills_up)
    as_of = "2026-12-01"  # both drafts due today: the page's today list links them
    page_option = "--digest" if command == "run" else "--html"
    got, _, err = invoke(
        command, str(tracker), "--as-of", as_of, "--eml-dir", str(drafts), page_option, str(page)
    )
    assert got == (0 if said is None else 1), err
    html = page.read_text(encoding="utf-8")
    links = re.findall(r'<a href="(drafts/[^"]*\.eml)"', html)
    assert sorted(links) == sorted(f"drafts/{p.name}" for p in drafts.glob("*.eml"))
    assert len(links) == written
    assert html.count("could be written") + html.count("could not be written") == bool(said)
    if said is not None:
        assert escape(said.format(draft=lost[0], full=FULL)) in html
        assert (
            f"exports: FAILED — {written} of 2 drafts written to {drafts}; cannot write "
            f"{lost[0]}: {FULL}"
        ) in err.splitlines()


@pytest.mark.parametrize(
    ("given", "folder"),
    [
        ("t.xlsx", "{cwd}"),  # run in the tracker's folder: was "the disk holding ."
        ("../t.xlsx", "{parent}"),
        ("sub/t.xlsx", "{cwd}/sub"),  # was "the disk holding sub" (ot45 F5)
        ("sub/../t.xlsx", "{cwd}"),
        ("/srv/trackers/t.xlsx", "/srv/trackers"),
    ],
)
def test_a_full_disk_is_named_by_a_real_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, folder: str
) -> None:
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    expected = folder.format(cwd=tmp_path / "here", parent=tmp_path)
    reason = describe_failure(OSError(errno.ENOSPC, FULL), given)
    assert reason is not None
    assert reason.startswith(f"t.xlsx: the disk holding {expected} is full")


def xlsb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.bin", b"\x83\x01")
    return path


@pytest.mark.parametrize(
    ("name", "make", "said"),
    [
        (
            "b.xlsb",
            xlsb,
            "it is an Excel binary workbook (.xlsb), which is not supported.",
        ),
        (
            "z.xlsx",
            lambda p: p.write_bytes(b"PK\x03\x04" + bytes(40)),
            "it looks like a workbook but is damaged: it is cut short, its end missing",
        ),
        (
            "e.xlsx",
            lambda p: p.write_bytes(b""),
            "it is empty (0 bytes): there is nothing to read.",
        ),
        ("ok.xlsx", make_tracker, "it is read-only; nothing was written."),
    ],
)
@pytest.mark.parametrize("with_exports", [False, True])
def test_a_read_only_file_that_cannot_be_read_says_why_it_cannot_be_read(
    tmp_path: Path, name: str, make: object, said: str, with_exports: bool
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    path.chmod(0o444)
    ics = ["--ics", str(tmp_path / "due.ics")] if with_exports else []
    got, _, err = invoke("run", str(path), "--as-of", AS_OF, *ics)
    assert got == 1
    assert err.startswith(f"{name}: FAILED — {said}")
