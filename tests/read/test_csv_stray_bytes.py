"""A UTF-8 CSV tracker with a few bytes that are not UTF-8 (a name typed in another program)
told from a Windows-1252 or Mac Roman one, as a dataset's CSV files are (``decode``).

A UTF-8 tracker whose only other non-ASCII text was Cyrillic or Greek ("Москва", two-byte
characters) and one stray 0xE9 was read whole as Mac Roman: "–ú–æ—Å–∫–≤–∞" in every draft
and in the digest, silently. It is read as UTF-8, the stray byte as Windows-1252 and named in a
note; a run writes the tool's text in UTF-8 and leaves the stray byte as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.read import ReadOptions, read_trackers
from followup_batch.read.csv_cells import STRAY_BYTES, STRAYS_KEPT

HEADER = "Company,Position,Interview Date,Interviewer\n"
CAFE = b"Caf\xe9 Nord,Dev,2026-02-25,Ana Roy\n"  # its 0xE9 typed in a Windows-1252 program
CAFE_NOTE = (
    "UTF-8 but for 1 byte that is not, read as Windows-1252 — the first, byte 0xe9 on line 3, "
    "in 'Café', as 'é'; check that row, or save the file as UTF-8"
)
MUELLER = "Müller & Söhne,Entwickler,2026-02-25,Jürgen Böhm\n"


def utf8(*rows: str) -> bytes:
    return (HEADER + "".join(rows)).encode()


@pytest.mark.parametrize(
    ("content", "names", "read_as", "note"),
    [
        (
            utf8("Яндекс,Разработчик,2026-02-25,Иван Петров\n") + CAFE,
            [("Яндекс", "Иван Петров"), ("Café Nord", "Ana Roy")],
            ("utf-8", "cp1252", None),
            CAFE_NOTE,
        ),
        (
            utf8("Όμιλος Αθήνα,Μηχανικός,2026-02-25,Νίκος Παπαδόπουλος\n") + CAFE,
            [("Όμιλος Αθήνα", "Νίκος Παπαδόπουλος"), ("Café Nord", "Ana Roy")],
            ("utf-8", "cp1252", None),
            CAFE_NOTE,
        ),
        # After a byte-order mark the file was refused ("not valid UTF-8 text").
        (
            b"\xef\xbb\xbf" + utf8("Яндекс,Разработчик,2026-02-25,Иван Петров\n") + CAFE,
            [("Яндекс", "Иван Петров"), ("Café Nord", "Ana Roy")],
            ("utf-8", "cp1252", None),
            CAFE_NOTE,
        ),
        # Mac Roman's "’é" and "“É" are UTF-8 characters by chance ("Վ", "҃"): still Mac Roman.
        (
            (
                HEADER + "L’équipe Crème,Développeur,2026-02-25,Zoë Brûlé\n"
                "“Élan” Société,Chef,2026-02-25,Jérôme Lefèvre\n"
            ).encode("mac_roman"),
            [("L’équipe Crème", "Zoë Brûlé"), ("“Élan” Société", "Jérôme Lefèvre")],
            ("mac_roman", None, None),
            None,
        ),
        # Windows-1252's "É’" is one by chance ("ɒ"): still Windows-1252.
        (
            (HEADER + MUELLER + "CAFÉ’S,Barista,2026-02-25,René Roy\n").encode("cp1252"),
            [("Müller & Söhne", "Jürgen Böhm"), ("CAFÉ’S", "René Roy")],
            ("cp1252", None, None),
            None,
        ),
        # Windows-1252 for its first 64 KiB and more, UTF-8 pasted in below them: the whole
        # file is weighed, so it stays Windows-1252, the pasted text read as written.
        (
            (HEADER + MUELLER * 1_500).encode("cp1252")
            + "Zoë’s Café 📞,Dev,2026-02-25,Ana Roy\n".encode(),
            [("Müller & Söhne", "Jürgen Böhm"), ("Zoë’s Café 📞", "Ana Roy")],
            ("cp1252", None, "cp1252"),
            None,
        ),
    ],
    ids=["Cyrillic", "Greek", "BOM", "Mac Roman", "Windows-1252", "UTF-8 past 64 KiB"],
)
def test_a_utf8_csv_with_a_stray_byte_is_read_and_written_as_utf8(
    tmp_path: Path,
    content: bytes,
    names: list[tuple[str, str]],
    read_as: tuple[str, str | None, str | None],
    note: str | None,
) -> None:
    path = tmp_path / "Maya Chen.csv"
    path.write_bytes(content)
    (table,) = read_trackers(path, ReadOptions())
    assert table.csv is not None
    fmt = table.csv.fmt
    assert (fmt.encoding, fmt.strays, fmt.mixed) == read_as
    rows = table.cells[["company", "interviewer"]]
    assert [tuple(rows.iloc[0]), tuple(rows.iloc[-1])] == names

    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-02-26"])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if "UTF-8 but for" in line]
    assert notes == ([f"note: {path.name}: {note}"] if note else [])

    # The person's bytes are as they were, each record followed by the tool's columns.
    written = path.read_bytes()
    header, *records = content.splitlines(keepends=True)
    assert written.startswith(header.rstrip(b"\n") + b",Follow-up status,")
    for record in (records[0], records[-1]):
        assert b"\n" + record.rstrip(b"\n") + b"," in written
    # The tool's text is in the file's encoding: a UTF-8 file holds no byte that is not UTF-8
    # but the person's own; its drafts greet the interviewer by name.
    encoding, strays, _ = read_as
    if strays:
        text = written.decode("utf-8", STRAYS_KEPT)
        assert len(STRAY_BYTES.findall(text)) == 1
    else:
        text = written.decode(encoding)
    for _company, interviewer in names:
        assert f"Hi {interviewer.split()[0]}," in text
