"""A CSV in Mac Roman (Mac Excel's "CSV (Macintosh)") told from one in Windows-1252 by the
whole file's words (outside test ot13, finding 2): one "€", "…", "Œ" or non-breaking space
made a Mac file Windows-1252 before, its names read "JŸrgen Bšhm", and a run wrote
Windows-1252 bytes into it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

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
