"""The files the exports write (``--ics``, ``--html``, ``--markdown``, ``--xlsx``, ``--digest``):
each option's suffix is its kind, an existing file is replaced only when this tool wrote it and
nobody has it open, and every output names a person and an address one way (ot85)."""

from __future__ import annotations

import email
import email.policy
import re
import urllib.parse
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.drafts.mailto import mailto_link
from followup_batch.exports.files import MARK

AS_OF = "2026-11-30"
HEADER = (
    "Client,Company,Position,Interview Date,Interview Type,Interviewer,Interviewer Email,Country\n"
)


def tracker(folder: Path, client: str = "Zoe Angstrom", address: str = "ann@acme.example") -> Path:
    path = folder / "t.csv"
    path.write_text(
        f"{HEADER}{client},Acme,Engineer,2026-11-27,final,Ann Lee,{address},US\n",
        encoding="utf-8",
    )
    return path


def invoke(*args: object) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stderr


def apple_calendar() -> bytes:
    return (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 14.0//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:dentist@apple\r\nSUMMARY:Dentist\r\n"
        b"DESCRIPTION:PRODID:-//followup-batch//Interview follow-ups//EN\r\n"
        b"DTSTART;VALUE=DATE:20261201\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def budget(path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "My budget"  # type: ignore[index]
    book.save(path)


# (command, option, file name, the refusal after "Invalid value for OPTION: ").
WRONG_SUFFIXES = [
    ("run", "--ics", "other-client.xlsx", "other-client.xlsx: a calendar file ends in .ics"),
    ("digest", "--ics", "cal.txt", "cal.txt: a calendar file ends in .ics"),
    ("digest", "--html", "x.xlsx", "x.xlsx: a digest page ends in .html or .htm"),
    ("digest", "--markdown", "y.xlsx", "y.xlsx: a Markdown digest ends in .md or .markdown"),
    ("digest", "--markdown", "y.html", "y.html: a Markdown digest ends in .md or .markdown"),
    ("digest", "--xlsx", "r.txt", "r.txt: a digest workbook ends in .xlsx"),
    ("digest", "--xlsx", "r.xlsm", "r.xlsm: a digest workbook ends in .xlsx"),
    ("run", "--digest", "r.txt", "r.txt: a digest file ends in .xlsx, .html or .md"),
]


@pytest.mark.parametrize(("command", "option", "name", "said"), WRONG_SUFFIXES)
def test_an_export_whose_suffix_is_not_its_kind_is_refused(
    tmp_path: Path, command: str, option: str, name: str, said: str
) -> None:
    """ot85 F1: ``--ics other-client.xlsx`` wrote a calendar over another client's tracker."""
    source = tracker(tmp_path)
    target = tmp_path / name
    budget(target) if name.endswith((".xlsx", ".xlsm")) else target.write_text("mine\n")
    before, tracked = target.read_bytes(), source.read_bytes()
    code, err = invoke(command, source, "--as-of", AS_OF, option, target)
    assert code == 2
    assert f"Invalid value for {option}: {said}" in err
    assert target.read_bytes() == before and source.read_bytes() == tracked


# Suffixes that are each option's, in any case: written.
RIGHT_SUFFIXES = [
    ("--ics", "DUE.ICS"),
    ("--html", "d.HTM"),
    ("--html", "d.html"),
    ("--markdown", "d.markdown"),
    ("--markdown", "d.MD"),
    ("--xlsx", "d.XLSX"),
]


@pytest.mark.parametrize(("option", "name"), RIGHT_SUFFIXES)
def test_an_export_whose_suffix_is_its_kind_is_written(
    tmp_path: Path, option: str, name: str
) -> None:
    code, err = invoke("digest", tracker(tmp_path), "--as-of", AS_OF, option, tmp_path / name, "-q")
    assert code == 0, err
    assert (tmp_path / name).stat().st_size > 0


# (option, file name, what it is called, how the person's own file is made).
FOREIGN = [
    ("--ics", "mine.ics", "a calendar file", lambda p: p.write_bytes(apple_calendar())),
    ("--markdown", "notes.md", "a Markdown digest", lambda p: p.write_text("# My notes\n")),
    # Quoting the digest's first line further down is not being one.
    (
        "--markdown",
        "quote.md",
        "a Markdown digest",
        lambda p: p.write_text("My notes\n# Follow-ups due as of Mon\n"),
    ),
    (
        "--html",
        "page.html",
        "a digest page",
        lambda p: p.write_text("<html><body>I use followup-batch</body></html>\n"),
    ),
    ("--xlsx", "budget.xlsx", "a digest workbook", budget),
]


@pytest.mark.parametrize(("option", "name", "what", "make"), FOREIGN)
def test_an_existing_file_the_tool_did_not_write_is_refused(
    tmp_path: Path, option: str, name: str, what: str, make
) -> None:
    """ot85 F1: the person's own calendar, notes or workbook were replaced without a word."""
    target = tmp_path / name
    make(target)
    before = target.read_bytes()
    for command in ("digest", "run"):
        source = tracker(tmp_path)
        option_of_run = "--digest" if command == "run" and option != "--ics" else option
        code, err = invoke(command, source, "--as-of", AS_OF, option_of_run, target)
        assert code == 2
        said = f"{target} exists and is not {what} followup-batch wrote; replacing it would lose it"
        assert said in " ".join(err.split())
        assert target.read_bytes() == before


# ot96 F6: what a person adds below the mark of a page or Markdown digest the tool wrote makes
# it theirs (its first line or an earlier version's footer no longer claims it); (option, file
# name, what it is called, what is added at the end).
NOTES_BELOW = [
    ("--markdown", "d.md", "a Markdown digest", "\n## My notes\n- Ravi: call Ana on Monday\n"),
    ("--markdown", "d.md", "a Markdown digest", "My notes, no newline"),
    # Notes longer than the end of the file that is read to tell whose it is.
    ("--markdown", "d.md", "a Markdown digest", "\n" + "- a long list of my notes\n" * 500),
    ("--html", "d.html", "a digest page", "<p>My notes</p>\n"),
]


@pytest.mark.parametrize(
    ("option", "name", "what", "notes"),
    NOTES_BELOW,
    ids=["markdown notes", "no newline", "longer than the end read", "page"],
)
def test_notes_added_below_the_tools_last_line_are_refused(
    tmp_path: Path, option: str, name: str, what: str, notes: str
) -> None:
    target, source = tmp_path / name, tracker(tmp_path)
    assert invoke("digest", source, "--as-of", "2026-11-20", option, target, "-q")[0] == 0
    with target.open("a", encoding="utf-8") as handle:
        handle.write(notes)
    before = target.read_bytes()
    for command in ("digest", "run"):
        option_of_run = "--digest" if command == "run" else option
        code, err = invoke(command, source, "--as-of", AS_OF, option_of_run, target)
        assert code == 2
        said = f"{target} exists and is not {what} followup-batch wrote; replacing it would lose it"
        assert said in " ".join(err.split())
        assert target.read_bytes() == before


# How a text editor saves the file the tool wrote, unchanged otherwise: still the tool's.
EDITOR_SAVES = [
    ("CRLF", lambda text: text.replace("\n", "\r\n")),
    ("no final newline", lambda text: text.rstrip("\n")),
    ("blank lines after", lambda text: text + "\n\n"),
    ("spaces after the mark", lambda text: text.rstrip("\n") + "  \r\n"),
]


@pytest.mark.parametrize("option", ["--markdown", "--html"])
@pytest.mark.parametrize(("how", "save"), EDITOR_SAVES, ids=[how for how, _ in EDITOR_SAVES])
def test_a_digest_an_editor_saved_unchanged_is_replaced(
    tmp_path: Path, option: str, how: str, save
) -> None:
    target = tmp_path / ("d.md" if option == "--markdown" else "d.html")
    source = tracker(tmp_path)
    assert invoke("digest", source, "--as-of", "2026-11-20", option, target, "-q")[0] == 0
    target.write_bytes(save(target.read_text(encoding="utf-8")).encode("utf-8"))
    code, err = invoke("digest", source, "--as-of", AS_OF, option, target, "-q")
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert "Mon 2026-11-30" in text
    assert text.endswith(f"\n\n{MARK}\n")


# Files this tool wrote, of this version and of earlier ones (no mark yet): replaced.
EARLIER_PAGE = (
    "<!DOCTYPE html>\n<html><body><p>Generated by followup-batch for Fri 2026-11-20. Nothing "
    "has been sent</p></body></html>\n"
)
OURS = [
    ("--ics", "due.ics", None),
    ("--html", "d.html", None),
    ("--markdown", "d.md", None),
    ("--xlsx", "d.xlsx", None),
    ("--html", "old.html", EARLIER_PAGE),
    ("--markdown", "old.md", "# Follow-ups due as of Fri 2026-11-20\n\nNothing is due.\n"),
    ("--markdown", "empty.md", ""),  # an empty file holds nothing to lose
]


@pytest.mark.parametrize(("option", "name", "earlier"), OURS)
def test_a_file_the_tool_wrote_is_replaced(
    tmp_path: Path, option: str, name: str, earlier: str | None
) -> None:
    target, source = tmp_path / name, tracker(tmp_path)
    if earlier is None:
        assert invoke("digest", source, "--as-of", "2026-11-20", option, target, "-q")[0] == 0
    else:
        target.write_text(earlier, encoding="utf-8")
    before = target.read_bytes()
    code, err = invoke("digest", source, "--as-of", AS_OF, option, target, "-q")
    assert code == 0, err
    assert target.read_bytes() != before
    if option in ("--html", "--markdown"):
        assert target.read_text(encoding="utf-8").endswith(f"\n\n{MARK}\n")


# (the export, the lock file beside it, the program it names).
LOCKED = [
    ("d.xlsx", ".~lock.d.xlsx#", "LibreOffice"),
    ("d.xlsx", "~$d.xlsx", "Excel"),
    ("d.html", ".~lock.d.html#", "LibreOffice"),
    ("d.md", ".~lock.d.md#", "LibreOffice"),
    ("due.ics", ".~lock.due.ics#", "LibreOffice"),
]


@pytest.mark.parametrize(("name", "lock", "program"), LOCKED)
def test_an_export_open_in_another_program_is_not_replaced(
    tmp_path: Path, name: str, lock: str, program: str
) -> None:
    """ot85 F2: a digest open in LibreOffice was replaced under it; the other exports are
    written all the same, and the run says which was not (exit code 1)."""
    option = {".xlsx": "--xlsx", ".html": "--html", ".md": "--markdown", ".ics": "--ics"}
    target, source, suffix = tmp_path / name, tracker(tmp_path), Path(name).suffix
    other_option, other = (
        ("--html", tmp_path / "o.html") if suffix == ".md" else ("--markdown", tmp_path / "o.md")
    )
    assert invoke("digest", source, "--as-of", "2026-11-20", option[suffix], target, "-q")[0] == 0
    before = target.read_bytes()
    (tmp_path / lock).write_text(",me,elsewhere,05.12.2026 11:30,file:///x;", encoding="utf-8")
    code, err = invoke(
        "digest", source, "--as-of", AS_OF, option[suffix], target, other_option, other, "-q"
    )
    assert code == 1
    # The file and its lock with their folder, as a foreign export is said (ot91 F8).
    at = tmp_path / lock
    assert f"{target} is open in {program} ({at} exists); close it and run again" in err
    assert f"delete {at} and run again" in err
    assert target.read_bytes() == before
    assert "Follow-ups due as of Mon 2026-11-30" in other.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "lock", "program"), LOCKED)
def test_a_dry_run_says_an_export_open_in_another_program_would_be_refused(
    tmp_path: Path, name: str, lock: str, program: str
) -> None:
    """A dry run said nothing of it, where the run refuses it: its FAILED line, the run's
    words, exit code 1; the other export is said as it would be written."""
    option = {".xlsx": "--digest", ".html": "--digest", ".md": "--digest", ".ics": "--ics"}
    target, source, suffix = tmp_path / name, tracker(tmp_path), Path(name).suffix
    other = tmp_path / ("o.html" if suffix == ".md" else "o.md")
    assert invoke("run", source, "--as-of", "2026-11-20", option[suffix], target, "-q")[0] == 0
    before, tracked = target.read_bytes(), source.read_bytes()
    (tmp_path / lock).write_text(",me,elsewhere,05.12.2026 11:30,file:///x;", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["run", str(source), "--as-of", AS_OF, "--dry-run", option[suffix], str(target)]
        + ["--digest", str(other)],
    )
    assert result.exit_code == 1
    assert (
        f"exports: FAILED — {target} is open in {program} ({tmp_path / lock} exists); close it "
        "and run again"
    ) in result.stderr
    assert f"digest → {other} (dry run, not written)" in result.stdout
    assert f"→ {target}" not in result.stdout
    assert (target.read_bytes(), source.read_bytes()) == (before, tracked)
    assert not other.exists()


def test_a_dry_run_with_no_export_open_elsewhere_passes(tmp_path: Path) -> None:
    target, source = tmp_path / "d.xlsx", tracker(tmp_path)
    (tmp_path / ".~lock.d2.xlsx#").write_text("x", encoding="utf-8")  # another file's lock
    result = CliRunner().invoke(
        main, ["run", str(source), "--as-of", AS_OF, "--dry-run", "--digest", str(target)]
    )
    assert result.exit_code == 0
    assert f"digest → {target} (dry run, not written)" in result.stdout
    assert "FAILED" not in result.stderr


def test_another_files_lock_does_not_stop_an_export(tmp_path: Path) -> None:
    target, source = tmp_path / "d.xlsx", tracker(tmp_path)
    (tmp_path / ".~lock.d2.xlsx#").write_text("x", encoding="utf-8")
    (tmp_path / "~$other.xlsx").write_text("x", encoding="utf-8")
    assert invoke("digest", source, "--as-of", AS_OF, "--xlsx", target, "-q") == (0, "")
    assert openpyxl.load_workbook(target).sheetnames[0] == "Today"


# (the address typed, as the .eml's To carries it). ot85 F3: the draft a mail program opens
# carries a domain in another script in its ASCII form; the page, the Markdown and the links
# show the address as typed; the two are one address.
ADDRESSES = [
    ("jürgen@müller.example", "jürgen@xn--mller-kva.example"),
    ("ana@bücher.de", "ana@xn--bcher-kva.de"),
    ("li.na@例子.中国", "li.na@xn--fsqu00a.xn--fiqs8s"),
    ("dana@acme.example", "dana@acme.example"),  # ASCII: one form
    ("josé@ejemplo.es", "josé@ejemplo.es"),  # only before the @: no ASCII form
]


@pytest.mark.parametrize(("typed", "in_eml"), ADDRESSES)
def test_the_eml_carries_the_ascii_domain_and_the_rest_show_it_as_typed(
    tmp_path: Path, typed: str, in_eml: str
) -> None:
    source = tracker(tmp_path, address=typed)
    page, notes, drafts = tmp_path / "d.html", tmp_path / "d.md", tmp_path / "eml"
    code, err = invoke(
        "digest", source, "--as-of", AS_OF, "--html", page, "--markdown", notes,
        "--eml-dir", drafts, "-q",
    )  # fmt: skip
    assert code == 0, err
    (draft,) = drafts.glob("*.eml")
    message = email.message_from_string(draft.read_text("utf-8"), policy=email.policy.default)
    (to,) = message["To"].addresses
    assert to.addr_spec == in_eml
    local, _, domain = in_eml.rpartition("@")
    assert f"{local}@{domain.encode().decode('idna')}" == typed  # one address
    text = page.read_text(encoding="utf-8")
    assert typed in text and typed in notes.read_text(encoding="utf-8")
    links = re.findall(r'href="mailto:([^"?]*)', text)
    assert links and {urllib.parse.unquote(link) for link in links} == {typed}


# (the Client cell, the name every output gives). ot85 F7: one spelling in the calendar's
# titles, the page and the draft's signature.
CLIENTS = [
    ("zoe angstrom", "Zoe Angstrom"),
    ("ZOE ANGSTROM", "Zoe Angstrom"),
    ("jan van der berg", "Jan van der Berg"),
    ("Zoe angstrom", "Zoe angstrom"),  # capitals where a person writes them: as typed
    ("Zoë de Vries", "Zoë de Vries"),
    ("渡辺 さくら", "渡辺 さくら"),  # no case
]


@pytest.mark.parametrize(("typed", "shown"), CLIENTS)
def test_a_client_is_named_one_way_in_every_output(tmp_path: Path, typed: str, shown: str) -> None:
    source = tracker(tmp_path, client=typed)
    calendar, page, drafts = tmp_path / "c.ics", tmp_path / "d.html", tmp_path / "eml"
    code, err = invoke(
        "digest", source, "--as-of", AS_OF, "--ics", calendar, "--html", page,
        "--eml-dir", drafts, "-q",
    )  # fmt: skip
    assert code == 0, err
    unfolded = calendar.read_bytes().decode("utf-8").replace("\r\n ", "").replace("\\,", ",")
    (summary,) = re.findall(r"^SUMMARY:(.*)\r$", unfolded, flags=re.MULTILINE)
    assert summary.startswith(f"Late: {shown} · ")
    assert f"Client: {shown}\\n" in unfolded
    assert f"Best regards,\\n{shown}" in unfolded
    # The page isolates right-to-left text alone (<bdi>): these names stand as they are.
    html = page.read_text(encoding="utf-8")
    assert f">{shown}<" in html and "<bdi>" not in html
    if typed != shown:
        assert typed not in unfolded and f">{typed}<" not in html
    (draft,) = drafts.glob("*.eml")
    body = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert body.get_body().get_content().rstrip().endswith(f"\n{shown}")  # type: ignore[union-attr]


# (a draft's body, its lines as a mail program reads the link back). ot85 F8: RFC 6068
# section 5 wants line breaks as %0D%0A.
BODIES = [
    ("Hello,\n\nThanks\nBest", ["Hello,", "", "Thanks", "Best"]),
    ("Hello,\r\n\r\nThanks", ["Hello,", "", "Thanks"]),  # CRLF already: not doubled
    ("Hallo Jürgen,\n\nDanke — Zoë", ["Hallo Jürgen,", "", "Danke — Zoë"]),
    ("one line, 100% sure", ["one line, 100% sure"]),
]


@pytest.mark.parametrize(("body", "lines"), BODIES)
def test_a_mailto_body_breaks_lines_with_crlf(body: str, lines: list[str]) -> None:
    link = mailto_link(["zoé@société.example"], "Thanks", body)
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)
    assert query["body"] == ["\r\n".join(lines)]
    assert query["subject"] == ["Thanks"]
    assert re.search("(?<!%0D)%0A", link) is None
    assert link.count("%0D%0A") == len(lines) - 1


def test_the_pages_compose_links_break_lines_with_crlf(tmp_path: Path) -> None:
    source, page = tracker(tmp_path), tmp_path / "d.html"
    code, err = invoke("digest", source, "--as-of", AS_OF, "--html", page, "--with-drafts", "-q")
    assert code == 0, err
    bodies = re.findall(r"body=([^\"&]*)", page.read_text(encoding="utf-8"))
    assert bodies and all("%0D%0A" in b and re.search("(?<!%0D)%0A", b) is None for b in bodies)
