"""Mutation fuzzing (issue 13): damaged copies of the sample tracker and of real workbooks from
the shared corpus — truncated, bit-flipped, members dropped or emptied, odd dimensions and
date serials — each run in place. Every case ends in exit 0 or a one-line refusal (exit 1);
never a traceback; and a file that failed is exactly the file it was.

The cases are drawn from a fixed seed, so a failure names a case that can be run again alone.
"""

from __future__ import annotations

import random
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus import CORPUS, require

from followup_batch.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data"
AS_OF = "2026-11-20"
SEED = 13
CASES_PER_SEED = 40
CORPUS_SLICE = 10  # corpus workbooks, every n-th of each folder's sorted list
CORPUS_CASES = 8

Mutation = Callable[[bytes, random.Random], bytes]


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 2, 8, 64))):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def _members(data: bytes) -> dict[str, bytes] | None:
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {i.filename: archive.read(i) for i in archive.infolist()}
    except (zipfile.BadZipFile, ValueError):
        return None


def _zip(members: dict[str, bytes]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _change_member(
    data: bytes, rng: random.Random, change: Callable[[str, bytes, random.Random], bytes | None]
) -> bytes:
    members = _members(data)
    if members is None:
        return flip_bits(data, rng)
    name = rng.choice(sorted(members))
    changed = change(name, members[name], rng)
    if changed is None:
        del members[name]
    else:
        members[name] = changed
    return _zip(members)


def drop_member(data: bytes, rng: random.Random) -> bytes:
    return _change_member(data, rng, lambda name, part, r: None)


def empty_member(data: bytes, rng: random.Random) -> bytes:
    return _change_member(data, rng, lambda name, part, r: b"")


def truncate_member(data: bytes, rng: random.Random) -> bytes:
    return _change_member(data, rng, lambda name, part, r: part[: r.randrange(len(part) + 1)])


def _sheets(data: bytes, rng: random.Random, change: Callable[[bytes], bytes]) -> bytes:
    members = _members(data)
    if members is None:
        return flip_bits(data, rng)
    for name in members:
        if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
            members[name] = change(members[name])
    return _zip(members)


DIMENSIONS = [b"A1:XFD1048576", b"A1:A1048576", b"A1", b"", b"ZZZZ9:A0", b"A1:B2", b"XFD1"]


def odd_dimension(data: bytes, rng: random.Random) -> bytes:
    ref = rng.choice(DIMENSIONS)
    dimension = re.compile(rb"<dimension ref=\"[^\"]*\"\s*/>")
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'

    def change(xml: bytes) -> bytes:
        xml = dimension.sub(b'<dimension ref="' + ref + b'"/>', xml)
        if rng.random() < 0.5:
            xml = xml.replace(b"</sheetData>", far + b"</sheetData>")
        return xml

    return _sheets(data, rng, change)


SERIALS = [b"0", b"-1", b"1", b"59", b"60", b"61", b"25568", b"2958465", b"2958466", b"1e308"]
SERIALS += [b"-1e308", b"NaN", b"inf", b"0.5", b"99999999", b"", b"46345.999999999"]
DATE_TEXT = [b"1926-11-10", b"11/10/69", b"1900-01-01", b"0000-00-00", b"31/02/2026", b"9999"]


def odd_serials(data: bytes, rng: random.Random) -> bytes:
    if data[:2] != b"PK":  # a CSV: odd date texts in place of its dates
        return re.sub(rb"2026-\d\d-\d\d", lambda m: rng.choice(DATE_TEXT + [m[0]]), data)
    value = re.compile(rb"<v>(4[5-7]\d{3}(?:\.\d+)?)</v>")
    return _sheets(
        data, rng, lambda xml: value.sub(lambda m: b"<v>" + rng.choice(SERIALS) + b"</v>", xml)
    )


MUTATIONS: list[Mutation] = [
    truncate,
    flip_bits,
    drop_member,
    empty_member,
    truncate_member,
    odd_dimension,
    odd_serials,
]


def _seeds(tmp: Path) -> list[Path]:
    """The sample tracker as shipped and after a first run (the tool's own parts to damage)."""
    seeds = [SAMPLE / "tracker.xlsx", SAMPLE / "tracker.csv"]
    for original in list(seeds):
        processed = tmp / f"processed-{original.name}"
        shutil.copy(original, processed)
        result = CliRunner().invoke(main, ["run", "-q", "--as-of", AS_OF, str(processed)])
        assert result.exit_code == 0, result.output
        seeds.append(processed)
    return seeds


def _corpus_slice() -> list[Path]:
    picked = []
    for folder in ("excel-made", "hazards"):
        files = sorted(
            p for p in require(CORPUS / folder).iterdir() if p.suffix in (".xlsx", ".xlsm")
        )
        picked += files[::CORPUS_SLICE][:8]
    return picked


def _check(case: str, path: Path, mutated: bytes) -> str | None:
    """What went wrong with one case, or None."""
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", AS_OF, str(path)])
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return f"{case}: {type(result.exception).__name__}: {result.exception}"
    if "Traceback" in output:
        return f"{case}: a traceback in the output"
    if result.exit_code not in (0, 1):
        return f"{case}: exit {result.exit_code}: {output[-300:]}"
    if result.exit_code == 1 and path.read_bytes() != mutated:
        return f"{case}: failed, and the file changed"
    left = sorted(p.name for p in path.parent.iterdir() if p != path and p.is_file())
    if left:
        return f"{case}: left behind {left}"
    return None


@pytest.mark.slow
def test_damaged_trackers_never_crash_and_failures_change_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    seeds = _seeds(tmp_path)
    cases: list[tuple[str, Path, Mutation]] = []
    for seed in seeds:
        for n in range(CASES_PER_SEED):
            cases.append((f"{seed.name}#{n}", seed, MUTATIONS[n % len(MUTATIONS)]))
    for seed in _corpus_slice():
        for n in range(CORPUS_CASES):
            cases.append((f"{seed.name}#{n}", seed, MUTATIONS[n % len(MUTATIONS)]))
    assert len(cases) >= 200
    problems = []
    for number, (case, seed, mutate) in enumerate(cases):
        mutated = mutate(seed.read_bytes(), rng)
        folder = tmp_path / f"case{number}"
        folder.mkdir()
        path = folder / seed.name.removeprefix("processed-")
        path.write_bytes(mutated)
        problem = _check(f"{case} {mutate.__name__}", path, mutated)
        if problem:
            problems.append(problem)
        shutil.rmtree(folder / ".followup-backups", ignore_errors=True)
    assert problems == [], "\n".join(problems)
