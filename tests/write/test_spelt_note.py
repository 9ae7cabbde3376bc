"""A CSV saved in a legacy encoding cannot hold every character the tool writes (report ot30,
finding F1). The tool's own punctuation ("—", "→") is spelt silently in characters the file
has; the person's own words (the sender's name from the config, a template's text) are spelt
too, and a note says which, how they are written, and how to keep them: once for the file,
without -v, by ``run --dry-run`` too. A re-run that finds the file unchanged writes nothing
and says the note as every note of the file is said (``repeat_notes``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import invoke

AS_OF = "2026-11-17"
HEADER = "Company,Position,Interview Date,Interview Type,Interviewer\n"


def note(encoding: str, characters: str, written: str) -> str:
    return (
        f"note: t.csv: the file is saved in {encoding}, which cannot hold {characters} of the "
        f"drafts; they are written as {written}; save the file as CSV UTF-8 to keep them"
    )


def setup(
    tmp_path: Path, encoding: str, row: str, sender: str, words: str, extra: str = ""
) -> Path:
    """A tracker in ``encoding`` whose one row is due a thank-you note on ``AS_OF``, and a
    config signing its drafts ``sender`` with a template that writes ``words``."""
    (tmp_path / "t.csv").write_bytes((HEADER + row).encode(encoding))
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "thank_you.txt.j2").write_text(
        f"Subject: Thank you\n{{{{ greeting }}}}\n\n{words}\n\n{{{{ signature }}}}\n",
        encoding="utf-8",
    )
    config = tmp_path / "c.toml"
    config.write_text(f'templates = "tpl"\n{extra}[sender]\nname = "{sender}"\n', encoding="utf-8")
    return config


def ascii_note(characters: str, written: str) -> str:
    return (
        "note: t.csv: the file is saved in ASCII alone (as Excel saves a CSV in the Windows code "
        f"page), which cannot hold {characters} of the drafts; they are written as {written}; "
        "save the file as CSV UTF-8, or run it with --encoding utf-8, to keep them"
    )


ASCII_ROW = "Cafe Nord,Engineer,2026-11-16,Video,Dana Ortiz\n"
WESTERN = "Café Nord,Engineer,2026-11-16,Video,Dana Ortiz\n"
POLISH = "Żabka Łódź,Inżynier,2026-11-16,Video,Paweł Kowalczyk\n"
CHINESE = "阿里巴巴,工程师,2026-11-16,Video,王伟\n"
NAME = "Zoë Łukasik-Müller"


@pytest.mark.parametrize(
    ("encoding", "row", "sender", "words", "said"),
    [
        # The sender's "Ł" and a template's Japanese and emoji in Windows-1252.
        (
            "cp1252",
            WESTERN,
            NAME,
            "日本語 ✓ 🎉",
            note(
                "Windows-1252",
                '"日", "本", "語", "✓", "🎉" and 1 more character',
                '"U+65E5", "U+672C", "U+8A9E", "yes", "U+1F389" …',
            ),
        ),
        ("cp1252", WESTERN, NAME, "Looking forward.", note("Windows-1252", '"Ł"', '"L"')),
        # Windows-1250 holds the whole name; the emoji it lacks.
        ("cp1250", POLISH, NAME, "Do zobaczenia.", None),
        ("cp1250", POLISH, NAME, "Do zobaczenia 🎉", note("Windows-1250", '"🎉"', '"U+1F389"')),
        # GBK holds 日本語, "—" and "ü" (of pinyin), but neither "Ł" nor "ë".
        (
            "gbk",
            CHINESE,
            NAME,
            "日本語 — 谢谢",
            note("GBK", '"ë", "Ł"', '"e", "L"'),
        ),
        ("gbk", CHINESE, "王伟", "日本語 — 谢谢", None),
        # The tool's own punctuation alone is spelt without a word ("→" as "->").
        ("cp1252", WESTERN, "Dana Smith", "Next steps → soon — thanks…", None),
        # ot96 F4: a file of ASCII alone (as Excel's "CSV (Comma delimited)" saves one) gets
        # the tool's text in ASCII; the person's own letters are spelt and said.
        ("ascii", ASCII_ROW, "Dana Smith", "Next steps → soon — thanks…", None),
        (
            "ascii",
            ASCII_ROW,
            NAME,
            "Looking forward.",
            ascii_note('"ë", "Ł", "ü"', '"e", "L", "u"'),
        ),
    ],
)
def test_what_the_file_cannot_hold_is_said(
    tmp_path: Path, encoding: str, row: str, sender: str, words: str, said: str | None
) -> None:
    config = setup(tmp_path, encoding, row, sender, words)
    tracker = tmp_path / "t.csv"
    before = tracker.read_bytes()
    args = ("run", str(tracker), "--as-of", AS_OF, "--config", str(config))
    # The dry run says it as the run does, and writes nothing.
    code, out, err = invoke(*args, "--dry-run")
    assert code == 0, err
    assert out == "t.csv: 1 row — 1 Due today (dry run, nothing written)\n"
    assert [line for line in err.splitlines() if "cannot hold" in line] == ([said] if said else [])
    assert tracker.read_bytes() == before
    code, _, err = invoke(*args)
    assert code == 0, err
    notes = [line for line in err.splitlines() if "cannot hold" in line]
    assert notes == ([said] if said else [])
    assert tracker.read_bytes().decode(encoding)  # still the file's own encoding


def test_a_rerun_says_it_as_the_file_notes_are_said(tmp_path: Path) -> None:
    said = note("Windows-1252", '"Ł"', '"L"')
    tracker = tmp_path / "t.csv"
    args = ("run", str(tracker), "--as-of", AS_OF, "--config")
    # The default: every run says the file's notes, the re-run that writes nothing too.
    config = setup(tmp_path, "cp1252", WESTERN, NAME, "Looking forward.")
    assert said in invoke(*args, str(config))[2]
    written = tracker.read_bytes()
    code, out, err = invoke(*args, str(config))
    assert (code, out) == (
        0,
        "t.csv: 1 row — 1 Due today (unchanged, nothing written)\n"
        "  1 message to send today or overdue: see the Draft column\n",
    )
    assert err.splitlines().count(said) == 1
    assert tracker.read_bytes() == written
    assert "Zoe Lukasik-Muller" not in written.decode("cp1252")
    assert "Zoë Lukasik-Müller" in written.decode("cp1252")


def test_repeat_notes_false_says_it_once(tmp_path: Path) -> None:
    said = note("Windows-1252", '"Ł"', '"L"')
    tracker = tmp_path / "t.csv"
    config = setup(
        tmp_path, "cp1252", WESTERN, NAME, "Looking forward.", extra="repeat_notes = false\n"
    )
    args = ("run", str(tracker), "--as-of", AS_OF, "--config", str(config))
    assert said in invoke(*args)[2].splitlines()
    written = tracker.read_bytes()
    code, _, err = invoke(*args)
    assert code == 0
    assert said not in err.splitlines()
    assert tracker.read_bytes() == written
    verbose = "  t.csv: note: " + said.removeprefix("note: t.csv: ")
    assert verbose in invoke(*args, "-v")[2].splitlines()  # -v still has it
