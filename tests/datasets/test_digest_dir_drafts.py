"""A coach's drafts in a dataset run's --digest-dir (``drafts/*.eml``): the folder is replaced
as a whole, so a draft edited there since the run wrote it refuses the run, as an edited
digest.md does; it was replaced without a word (ot96 F2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")  # the [dask] extra, which CI installs

from followup_batch.config import Config
from followup_batch.datasets import DatasetError, run_dataset

AS_OF = dt.date(2026, 12, 4)
DRAFT = "Sarah Kim/drafts/zoe-adams-acme-thank-you-note-ana-diaz.eml"
ROWS = (
    "Client,Coach,Company,Position,Interview Date,Interviewer,Interviewer Email,Country\n"
    "Zoe Adams,Sarah Kim,Acme,Analyst,2026-12-01,Ana Diaz,ana@acme.example,US\n"
)


def run(data: Path, out: Path, digests: Path, as_of: dt.date = AS_OF) -> object:
    return run_dataset(str(data), out, Config(), as_of, digest_dir=digests, digest_extras=("eml",))


def first_run(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "part-1.csv").write_text(ROWS, encoding="utf-8")
    run(tmp_path / "in", tmp_path / "out", tmp_path / "dig")
    assert (tmp_path / "dig" / DRAFT).is_file()
    return tmp_path / "in", tmp_path / "dig"


EDITS: dict[str, Callable[[bytes], bytes]] = {
    "a P.S., CRLF kept": lambda data: data + b"P.S. coach edit\r\n",
    "a P.S., LF": lambda data: data + b"P.S. coach edit\n",
    "a word changed, saved with LF": lambda data: data.replace(b"\r\n", b"\n").replace(
        b"Thank you", b"Many thanks"
    ),
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS)
def test_an_edited_draft_refuses_the_run(tmp_path, edit) -> None:
    data, digests = first_run(tmp_path)
    draft = digests / DRAFT
    draft.write_bytes(edit(draft.read_bytes()))
    edited = draft.read_bytes()
    with pytest.raises(DatasetError) as error:
        run(data, tmp_path / "out", digests, AS_OF + dt.timedelta(days=1))
    assert str(error.value) == (
        f"{digests.resolve()} holds {DRAFT}, a draft edited since followup-batch wrote it, and "
        "the folder is replaced as a whole, so nothing was written. Move it out first (it "
        "holds your text), or choose another folder"
    )
    assert draft.read_bytes() == edited
    moved = tmp_path / "mine.eml"
    draft.rename(moved)  # moved out, as the refusal says: the run goes on
    run(data, tmp_path / "out", digests, AS_OF + dt.timedelta(days=1))
    assert moved.read_bytes() == edited
    assert (digests / DRAFT).read_bytes() != edited


def test_an_untouched_draft_is_replaced_without_a_word(tmp_path) -> None:
    data, digests = first_run(tmp_path)
    before = (digests / DRAFT).stat().st_ino
    run(data, tmp_path / "out", digests, AS_OF + dt.timedelta(days=1))
    assert (digests / DRAFT).stat().st_ino != before  # the next day's folder, its draft anew
    assert b"Thank you for the Analyst interview" in (digests / DRAFT).read_bytes()


# fx204: a coach's digest (the dataset path builds its due items too) shows each person beside
# the addresses their own draft goes to, as the coach's .eml drafts do: (Interviewer cell,
# Interviewer Email cell, the digest's To).
PANELS = [
    (
        "Vandelay",
        '"Tom Becker <jobs@vandelay.example>, Ana Lima <ana@vandelay.example>"',
        "",
        "Tom Becker <jobs@vandelay.example>, Ana Lima <ana@vandelay.example>",
    ),
    ("Initrode", "tom@initrode.com and Ana Lima", "", "Ana Lima · tom@initrode.com"),
    (
        "Kramerica",
        "Lee Wong",
        "lee.wong@kramerica.example; lwong@kramerica.example",
        "Lee Wong <lee.wong@kramerica.example>, Lee Wong <lwong@kramerica.example>",
    ),
]


def test_a_coachs_digest_pairs_each_person_with_their_draft_addresses(tmp_path: Path) -> None:
    import html
    from email.utils import getaddresses

    from mail import parse

    rows = "".join(
        f"Zoe Adams,Sarah Kim,{company},Analyst,2026-12-03,{names},{emails},US\n"
        for company, names, emails, _ in PANELS
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "part-1.csv").write_text(ROWS.splitlines()[0] + "\n" + rows, "utf-8")
    run(tmp_path / "in", tmp_path / "out", tmp_path / "dig")
    markdown = (tmp_path / "dig" / "Sarah Kim" / "digest.md").read_text(encoding="utf-8")
    mails = [parse(p) for p in (tmp_path / "dig" / "Sarah Kim" / "drafts").glob("*.eml")]
    for company, _, _, to in PANELS:
        (line,) = [ln for ln in markdown.splitlines() if f"| {company} – Analyst |" in ln]
        assert html.unescape(line.split(" | ")[4]) == to
        sent = sorted(
            (a.display_name, a.addr_spec)
            for m in mails
            if m["Subject"].endswith(f" at {company}") and m["To"]
            for a in m["To"].addresses
        )
        assert sent == sorted(
            (n, a) for n, a in getaddresses([to.replace(" · ", ", ")]) if "@" in a
        )
