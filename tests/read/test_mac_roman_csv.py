"""A CSV in Mac Roman (Mac Excel's "CSV (Macintosh)") told from one in Windows-1252 by the
whole file's words (outside test ot13, finding 2): one "€", "…", "Œ" or non-breaking space
made a Mac file Windows-1252 before, its names read "JŸrgen Bšhm", and a run wrote
Windows-1252 bytes into it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from mail import body_text, parse

from followup_batch.cli import main
from followup_batch.read import ReadOptions, read_trackers

# Real names and cells, German, French, Spanish, Portuguese, Nordic; each written in both
# encodings. The first rows hold the characters that vetoed Mac Roman before.
CELLS = [
    ("Müller & Söhne", "Jürgen Böhm", "€ 60.000"),
    ("Café Zoë", "Zoë Brûlé", "60\u00a0000 €"),
    ("Œuvre SA", "Élodie Lefèvre", "Château Léoville…"),
    ("Øresund ApS", "Åsa Öberg", "« Senior »"),
    ("Peña y Núñez", "José Muñoz", "Sevilla"),
    ("Ibáñez Ingeniería", "Joaquín García", "Raúl Martínez"),
    ("Crème Brûlée Ltd", "François Côté", "Saint-Étienne"),
    ("São Paulo Lda", "Inês Gonçalves", "Niccolò Rossi"),
    ("L’Oréal", "Günther Weiß", "Ça va"),
    ("Schröder GmbH", "Jörg Köhler", "Straße 5"),
]


@pytest.mark.parametrize("encoding", ["mac_roman", "cp1252"])
@pytest.mark.parametrize("cells", CELLS, ids=[c[0] for c in CELLS])
def test_a_csv_is_read_in_the_encoding_it_was_written_in(
    tmp_path: Path, cells: tuple[str, str, str], encoding: str
) -> None:
    company, interviewer, notes = cells
    path = tmp_path / "t.csv"
    path.write_bytes(
        "Company,Position,Interview Date,Interviewer,Notes\r"
        f"{company},Dev,2026-02-25,{interviewer},{notes}\r".encode(encoding)
    )
    (table,) = read_trackers(path, ReadOptions())
    assert table.csv is not None and table.csv.fmt.encoding == encoding
    assert table.cells.loc[2, ["company", "interviewer"]].tolist() == [company, interviewer]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # One word cannot tell: the Windows-1252 reading stands (the Mac one would be "äkoda",
        # "OíBrien ìConsultingî").
        ("Škoda", "cp1252"),
        ("O’Brien “Consulting” – Ltd", "cp1252"),
        ("Œuvre SA", "cp1252"),
        # A byte Windows-1252 lacks (Mac Roman's "ç", "è", "Å") is Mac Roman.
        ("Façade", "mac_roman"),
        ("Crème", "mac_roman"),
    ],
)
def test_one_word_decides_only_when_it_can(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(f"Company,Position,Interview Date\n{text},Dev,2026-02-25\n".encode(encoding))
    (table,) = read_trackers(path, ReadOptions())
    assert table.csv is not None and table.csv.fmt.encoding == encoding
    assert table.cells.loc[2, "company"] == text


def test_a_run_writes_a_mac_file_in_mac_roman_only(tmp_path: Path) -> None:
    """The tester's "Ana Cruz.csv": the tool's en dash is Mac Roman's 0xD0, not Windows-1252's
    0x96 (Mac Roman's "ñ"), and every name reads as written."""
    path = tmp_path / "Ana Cruz.csv"
    rows = [
        "Company,Position,Interview Date,Interviewer,Interviewer Email,Country,Salary",
        "Müller & Söhne,Entwickler,02/25/2026,Jürgen Böhm,jb@mueller.de,DE,€ 60.000",
        "Café Zoë,Barista,02/26/2026,Zoë Brûlé,zoe@cafe.fr,FR,",
    ]
    original = "".join(f"{row}\r" for row in rows).encode("mac_roman")
    path.write_bytes(original)
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-03-04"])
    assert result.exit_code == 0, result.output
    data = path.read_bytes()
    assert data.startswith(original[: original.index(b"\r")])
    text = data.decode("mac_roman")
    assert "Following up on the Entwickler interview – Ana Cruz" in text
    assert "Hi Jürgen," in text and "Hi Zoë," in text
    assert b"\x96" not in data  # Windows-1252's en dash
    (table,) = read_trackers(path, ReadOptions())
    assert table.csv is not None and table.csv.fmt.encoding == "mac_roman"


# Outside testers (fixmisc item 4): a Windows-1252 (or Mac Roman) file with text pasted in as
# UTF-8. Its emoji read as "ðŸ“ž" (so quoted in drafts), and a few of them made a Windows-1252
# file Mac Roman ("J¸rgen M¸ller"): their bytes were weighed as the file's own.
@pytest.mark.parametrize("encoding", ["cp1252", "mac_roman"])
@pytest.mark.parametrize(
    "pasted",
    [
        "📞 call",
        "📞 call 🚀 launch ✅ done",
        "🎉 offer 👍",  # 0x8D, 0x8F: bytes Windows-1252 lacks, inside the UTF-8 ones
        "Q3 – roadmap",
        "Zoë’s café",  # Latin-1's letters written in UTF-8
    ],
)
def test_text_pasted_as_utf8_is_read_as_written(tmp_path: Path, encoding: str, pasted: str) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(
        "Company,Position,Interview Date,Interviewer,Topic\n".encode(encoding)
        + "Müller & Söhne,Dev,2026-02-25,Jürgen Böhm,".encode(encoding)
        + pasted.encode("utf-8")
        + " €\n".encode(encoding)
    )
    (table,) = read_trackers(path, ReadOptions())
    assert table.cells.loc[2].tolist() == [
        "Müller & Söhne",
        "Dev",
        "2026-02-25",
        "Jürgen Böhm",
        f"{pasted} €",
    ]
    assert table.csv is not None and table.csv.fmt.mixed == encoding


def test_a_run_quotes_pasted_utf8_text_as_the_cell_holds_it(tmp_path: Path) -> None:
    """The .eml draft quotes the Topic's "📞", not "ðŸ“ž"; the tracker's Draft cell holds it in
    UTF-8, as the person's cell does, not "U+1F4DE"; the person's bytes stay as they were, and
    a re-run finds nothing to do."""
    path = tmp_path / "Ana Cruz.csv"
    original = (
        "Company,Position,Interview Date,Interviewer,Topic\n".encode("cp1252")
        + "Café Nord,Dev,2026-02-25,Jürgen Böhm,".encode("cp1252")
        + "📞 the roadmap\n".encode()
    )
    path.write_bytes(original)
    eml = tmp_path / "eml"
    first = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-02-26", "--eml-dir", str(eml)]
    )
    assert first.exit_code == 0, first.output
    (message,) = eml.glob("*.eml")
    assert "stayed with me afterwards: 📞 the roadmap." in body_text(parse(message))
    written = path.read_bytes()
    header, row = original.splitlines()
    lines = written.split(b"\n")
    assert lines[0].startswith(header + b",") and lines[1].startswith(row + b",")
    assert b"stayed with me afterwards: \xf0\x9f\x93\x9e the roadmap." in written
    assert b"U+1F4DE" not in written
    again = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-02-26"])
    assert again.output == (
        "Ana Cruz.csv: 1 row — 1 Due today (unchanged, nothing written)\n"
        "  1 message to send today or overdue: see the Draft column\n"
    )


# Outside test ot16 (F9): an emoji whose UTF-8 bytes Windows-1252 lacks (👍's 0x8D) makes the
# file Latin-1 for its bytes; the tool's text was then written in Latin-1, which has no "–",
# "’" or "…": the Draft quoted "pipeline – dbt" as "pipeline - dbt". It is written in the
# file's text encoding, Windows-1252, and reads back as the cell holds it.
@pytest.mark.parametrize(
    "pasted",
    [
        "pipeline – dbt 🚀 👍",
        "Zoë’s café 👍",
        "“Q3” roadmap… 👍",
        "naïve résumé 😀👍🏽",
    ],
)
def test_a_draft_quotes_pasted_utf8_text_as_the_cell_holds_it(tmp_path: Path, pasted: str) -> None:
    path = tmp_path / "Ana Cruz.csv"
    original = (
        "Company,Position,Interview Date,Interviewer,Topic\n".encode("cp1252")
        + "Café Nord,Dev,2026-02-25,Jürgen Böhm,".encode("cp1252")
        + pasted.encode()
        + "\n".encode("cp1252")
    )
    path.write_bytes(original)
    first = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-02-26"])
    assert first.exit_code == 0, first.output
    (table,) = read_trackers(path, ReadOptions())
    assert table.csv is not None and table.csv.fmt.mixed == "cp1252"
    header, row = table.csv.values
    draft = row[header.index("Draft")]
    assert f"stayed with me afterwards: {pasted}." in draft
    header_bytes, row_bytes = original.splitlines()
    lines = path.read_bytes().split(b"\n")
    assert lines[0].startswith(header_bytes + b",") and lines[1].startswith(row_bytes + b",")
    again = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-02-26"])
    assert again.output == (
        "Ana Cruz.csv: 1 row — 1 Due today (unchanged, nothing written)\n"
        "  1 message to send today or overdue: see the Draft column\n"
    )
