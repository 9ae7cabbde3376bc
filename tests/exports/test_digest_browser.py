"""The HTML digest of a coach's 30 clients, as a reader gets it: small enough to mail (the
README's figures and terminal sample of it are held here too), and in headless Chromium at a
phone's 360 px and a desktop's 1280 px with nothing wider than the window (no sideways
scrolling). Skipped where Chromium is not installed (``.ci/run`` installs it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from chromium import find_chromium, page_metrics
from coach_folder import AS_OF, build_coach_folder
from test_cli import invoke

MAIL_LIMIT = 100_000  # bytes: Gmail clips a message at about 102 KB
GMAIL_CLIP = 102_000  # bytes: where the clip falls


@pytest.fixture(scope="module")
def coach_digest(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_coach_folder(tmp_path_factory.mktemp("coach") / "clients", clients=30)
    page = folder.parent / "digest.html"
    code, _, err = invoke(
        "digest", str(folder), "--as-of", AS_OF.isoformat(), "-q", "--html", str(page)
    )
    assert code == 0, err
    return page


def test_mailed_digest_of_30_clients_stays_under_100_kb(coach_digest: Path) -> None:
    page = coach_digest.read_text(encoding="utf-8")
    assert len(page.encode()) < MAIL_LIMIT
    clients = re.search(r"Clients \((\d+)\)", page)
    # Every client with a follow-up due: 29, as nothing of Felix Schmidt's is overdue or due soon.
    assert clients is not None and clients.group(1) == "29"
    # What is due today first, then the overdue backlog, each under its own heading (fx331).
    assert page.index("Due today, across all clients (21)") < page.index(
        "Overdue, across all clients (65)"
    )


def test_a_week_of_30_clients_stays_under_100_kb_with_its_landmarks_and_labels(
    coach_digest: Path,
) -> None:
    """The README's folder with a week's horizon (``--days 7``): within Gmail's clip, every
    part still a landmark under its heading, every Compose link still saying what it is for."""
    week = coach_digest.parent / "week-under-clip.html"
    code, _, err = invoke(
        "digest", str(coach_digest.parent / "clients"), "--as-of", AS_OF.isoformat(), "-q",
        "--days", "7", "--html", str(week),
    )  # fmt: skip
    assert code == 0, err
    page = week.read_text(encoding="utf-8")
    assert len(page.encode()) < MAIL_LIMIT
    assert re.findall(r'<section aria-labelledby="(\w+)">\n<h2 id="\1"', page) == [
        "today",
        "overdue",
        "coming",
        "clients",
        "fixes",
    ]
    composes = re.findall(r'<a href="mailto:[^"]*" aria-label="([^"]*)"', page)
    lists = re.findall(r"(?:Due today|Overdue), across all clients \((\d+)\)", page)
    assert [int(n) for n in lists] == [21, 65] and len(composes) == 86
    # What is due today first (fx331), then the most late.
    assert composes[0] == "Compose: 1st check-in at Lumen Logistics (for Diego Costa)"
    assert composes[21] == "Compose: 2nd check-in at Open Books Nonprofit (for Maya Moreau)"


README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
PAGE_SIZES = re.compile(
    r"pictured below it is (\d+) KB with today's follow-ups alone, (\d+) KB with `--days 7`,"
    r"\s+and (\d+) KB\s+from the nightly command"
)


def nightly_page(folder: Path, page: Path) -> str:
    """The nightly command's page of ``folder``: a week's horizon and a Draft link per draft."""
    code, _, err = invoke(
        "digest", str(folder), "--as-of", AS_OF.isoformat(), "-q", "--days", "7",
        "--eml-dir", str(page.parent / "drafts"), "--html", str(page),
    )  # fmt: skip
    assert code == 0, err
    return page.read_text(encoding="utf-8")


def sections(page: str) -> dict[str, int]:
    """Where each part of the page starts, in bytes."""
    found = re.finditer(rb'<section aria-labelledby="(\w+)">', page.encode())
    return {m.group(1).decode(): m.start() for m in found}


def test_the_nightly_page_of_30_clients_is_mailed_whole_with_its_draft_links(
    coach_digest: Path,
) -> None:
    """The nightly command's page (a week's horizon and a Draft link per item to its .eml) was
    103 KB, just over Gmail's clip: its lines' styles were inline, 24 KB of it. They are
    classes of one <style> in its head now (fx195), and it is mailed whole, every item, link
    and label kept: each Compose and each Draft link still says what it is for."""
    page = nightly_page(coach_digest.parent / "clients", coach_digest.parent / "nightly-whole.html")
    assert len(page.encode()) < MAIL_LIMIT
    assert list(sections(page)) == ["today", "overdue", "coming", "clients", "fixes"]
    composes = re.findall(r'<a href="mailto:[^"]*" aria-label="([^"]*)"', page)
    drafts = re.findall(r'<a href="drafts/[^"]*\.eml" aria-label="([^"]*)"', page)
    # A link for each of today's 86 items, and one for each of their drafts (a panel's
    # named by the person: "Draft to Lee Wong: …"), each naming its item.
    assert (len(composes), len(drafts)) == (86, 101)
    assert {d.split(": ", 1)[1] for d in drafts} == {c.split(": ", 1)[1] for c in composes}
    assert page.count("<h3 ") == 30  # every client still a heading
    # Today's 86, the week's 72 (44 due soon, 28 upcoming) and the 12 rows to fix.
    assert page.count("<li ") == 86 + 72 + 12


def test_a_bigger_folder_is_clipped_after_its_send_lists(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """40 such clients' nightly page is over Gmail's clip: it falls in the Clients list, after
    today's list and the week's, which the page puts first (the README says so)."""
    here = tmp_path_factory.mktemp("coach40")
    folder = build_coach_folder(here / "clients", clients=40)
    page = nightly_page(folder, here / "nightly-clipped.html")
    parts = sections(page)
    assert parts["clients"] < GMAIL_CLIP < parts["fixes"] < len(page.encode())
    assert round(len(page.encode()) / 1000) == 114  # the README says so


def test_the_readme_states_the_page_sizes_of_its_30_clients(coach_digest: Path) -> None:
    """The README's three figures, measured: the page alone, with a week's horizon, and as the
    nightly command writes it (a week's horizon and a Draft link per item to drafts/)."""
    stated = PAGE_SIZES.search(README)
    assert stated is not None, "the README no longer states the page sizes this test holds"
    here = coach_digest.parent
    week, nightly = here / "week.html", here / "nightly.html"
    common = ("digest", str(here / "clients"), "--as-of", AS_OF.isoformat(), "-q", "--days", "7")
    assert invoke(*common, "--html", str(week))[0] == 0
    assert invoke(*common, "--eml-dir", str(here / "drafts"), "--html", str(nightly))[0] == 0
    measured = [round(page.stat().st_size / 1000) for page in (coach_digest, week, nightly)]
    assert measured == [int(figure) for figure in stated.groups()]


def test_the_readme_digest_command_prints_its_sample(
    coach_digest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's digest command, run as printed on the folder its pictures show, prints the
    sample below it: the same lines up to its "...", and the same last line of today's list."""
    shown = re.search(
        r"### What is due: the digest\n\n```\n(followup-batch digest .*?)\n```"
        r".*?80 columns wide.*?```\n(.*?)```",
        README,
        re.S,
    )
    assert shown is not None, "the README no longer shows the digest command and its sample"
    command, sample = shown.groups()
    head, last = sample.split("  ...\n")
    monkeypatch.chdir(coach_digest.parent)  # where clients/ is; the files go beside it
    monkeypatch.delenv("COLUMNS", raising=False)  # a pipe: 80 columns, as the sample
    code, out, err = invoke(*command.split()[1:])
    assert code == 0, err
    today = out.split("\n\n")[1] + "\n"
    assert out.startswith(head)
    assert today.endswith(last)


@pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed")
@pytest.mark.parametrize("width", [360, 1280])
def test_no_sideways_scrolling(coach_digest: Path, width: int) -> None:
    scroll_width, viewport, height = page_metrics(coach_digest, width)
    assert viewport == width
    assert scroll_width == viewport
    assert height > 1000  # it did lay out the page


@pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed")
def test_long_words_wrap_on_a_phone(tmp_path: Path) -> None:
    from test_digest import item, items

    from followup_batch.exports.digest import build_digest
    from followup_batch.exports.digest_html import write_digest_html

    word = "Überlangerfirmennamegesellschaftmitbeschränkterhaftung" * 2
    rows = items(
        item(word, word, "2026-11-17", "Overdue", email=f"{word}@example.com", to=word),
        item("Bo", word, "2026-11-23", "Due soon", position=word),
    )
    page = write_digest_html(build_digest(rows, AS_OF), tmp_path / "digest.html")
    scroll_width, viewport, _ = page_metrics(page, 360)
    assert scroll_width == viewport == 360
