"""A result that is the file's content is no write, also when only the zip container around the
same parts differs (another order, compression level or method, times, modes, comment: what
another zlib or a zip tool changes when it writes the same parts again). Nothing is written,
no backup kept, the file's time stays; with the file open in Excel or LibreOffice the run is
the open-file note, exit 0, not a failure. A save in LibreOffice is a change, not a re-zip."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from libreoffice import fingerprint, needs_soffice, recalculated

from followup_batch.cli import main
from followup_batch.write.xlsx.zipcontainer import same_parts

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "tracker.xlsx"
AS_OF = "2026-11-20"
LOCKS = {"Excel": "~${name}", "LibreOffice": ".~lock.{name}#"}
TIME = (2030, 5, 6, 7, 8, 10)


def rezip(
    path: Path,
    *,
    reverse: bool = False,
    level: int | None = None,
    method: int = zipfile.ZIP_DEFLATED,
    comment: bytes = b"",
    change: str | None = None,
    extra: bool = False,
) -> None:
    """``path`` written again by zipfile: the same parts unless ``change`` names one to alter
    or ``extra`` adds one; new times and modes on every member."""
    with zipfile.ZipFile(path) as package:
        parts = [(info.filename, package.read(info)) for info in package.infolist()]
    if reverse:
        parts.reverse()
    if extra:
        parts.append(("customXml/item1.xml", b"<a/>"))
    with zipfile.ZipFile(path, "w") as out:
        out.comment = comment
        for name, data in parts:
            info = zipfile.ZipInfo(name, TIME)
            info.external_attr = 0o600 << 16
            changed = data.replace(b"<", b"<\n", 1) if name == change else data
            out.writestr(info, changed, compress_type=method, compresslevel=level)


# How the parts are zipped again -> the same parts?
REZIPS = [
    ("reversed order", {"reverse": True}, True),
    ("level 9", {"level": 9}, True),
    ("level 1, reversed, a comment", {"level": 1, "reverse": True, "comment": b"x"}, True),
    ("stored, not compressed", {"method": zipfile.ZIP_STORED}, True),
    ("one part's content differs", {"change": "docProps/app.xml"}, False),
    ("a part more", {"extra": True}, False),
]


def written_by_a_run(folder: Path) -> Path:
    path = folder / "tracker.xlsx"
    shutil.copyfile(SAMPLE, path)
    code, err = invoke(path)
    assert code == 0, err
    return path


def invoke(path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["run", "-v", "--as-of", AS_OF, str(path)])
    assert "Traceback" not in result.output
    return result.exit_code, result.output  # stdout and stderr, as a terminal shows them


@pytest.mark.parametrize(("how", "kwargs", "same"), REZIPS, ids=[r[0] for r in REZIPS])
def test_same_parts_whatever_the_container(
    tmp_path: Path, how: str, kwargs: dict[str, object], same: bool
) -> None:
    old = written_by_a_run(tmp_path)
    new = tmp_path / "new.xlsx"
    shutil.copyfile(old, new)
    rezip(new, **kwargs)  # type: ignore[arg-type]
    assert new.read_bytes() != old.read_bytes()
    assert same_parts(new, old) is same
    assert same_parts(old, new) is same


def test_a_part_whose_bytes_do_not_match_its_crc_is_no_match(tmp_path: Path) -> None:
    """The directory (names, CRC-32s, sizes) agrees, the data does not: confirmed, not
    trusted."""
    old = written_by_a_run(tmp_path)
    new = tmp_path / "new.xlsx"
    shutil.copyfile(old, new)
    rezip(new, method=zipfile.ZIP_STORED)
    damaged = tmp_path / "damaged.xlsx"
    shutil.copyfile(new, damaged)
    data = bytearray(damaged.read_bytes())
    at = data.index(b"<Application>") + 1
    data[at] = ord("a")  # "<application>": same size, CRC as before in both headers
    damaged.write_bytes(bytes(data))
    assert same_parts(new, damaged) is False


@pytest.mark.parametrize("program", [None, "Excel", "LibreOffice"])
def test_a_rezipped_result_is_not_written_again(tmp_path: Path, program: str | None) -> None:
    path = written_by_a_run(tmp_path)
    backups = tmp_path / ".followup-backups"
    kept = sorted(p.name for p in backups.iterdir() if "last-run" not in p.name)
    rezip(path, reverse=True, level=9, comment=b"zipped again")
    rezipped = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    if program is not None:
        lock = tmp_path / LOCKS[program].format(name=path.name)
        lock.write_bytes(b"owner")

    code, err = invoke(path)  # a full run: the file's bytes are not the last run's
    assert code == 0, err
    assert "unchanged since the run of" not in err
    assert "(unchanged, nothing written)" in err
    if program is not None:
        assert (
            # Under -v, indented among the file's notes.
            f"  tracker.xlsx [Interviews]: note: tracker.xlsx is open in {program} "
            f"({lock.name} exists): read from its last save, which already holds this run's "
            "results, so nothing needed writing\n"
        ) in err
        assert "FAILED" not in err
        lock.unlink()
    assert path.read_bytes() == rezipped
    assert path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in backups.iterdir() if "last-run" not in p.name) == kept

    # The last run's stamp is of the file as it is: the next run is the shortcut.
    code, err = invoke(path)
    assert code == 0, err
    assert "unchanged since the run of" in err
    assert path.read_bytes() == rezipped


@needs_soffice
def test_a_libreoffice_resave_holds_the_result_whatever_day_it_was_made(tmp_path: Path) -> None:
    """A save in LibreOffice with no edits writes every part its own way (cell styles, shared
    strings, formula spelling), not the container alone, and saves the live statuses as it
    computes them on the day it runs, not the run's as-of date: the run after it finds its
    result there all the same, and writes nothing, also while the file is open (ot32 F10: on
    any day but the as-of date the file was written again, and refused while open)."""
    path = written_by_a_run(tmp_path)
    resaved = recalculated([path], tmp_path / "lo")[path]
    assert same_parts(resaved, path) is False
    shutil.copyfile(resaved, path)
    backups = tmp_path / ".followup-backups"
    before = sorted(backups.iterdir())
    lock = tmp_path / LOCKS["LibreOffice"].format(name=path.name)
    lock.write_bytes(b"owner")
    code, err = invoke(path)
    assert code == 0, err
    assert "read from its last save, which already holds this run's results" in err
    lock.unlink()
    (backups / f"{path.name}.last-run.json").unlink()  # a full run, not the shortcut
    code, err = invoke(path)
    assert code == 0, err
    assert "(unchanged, nothing written)" in err
    assert fingerprint(path) == fingerprint(resaved)
    assert sorted(backups.iterdir()) == before
