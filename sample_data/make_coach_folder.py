"""Write a career coach's folder of client trackers: the 30 clients of the README's digest.

    python sample_data/make_coach_folder.py clients/              # 30 clients, 10 rows each
    python sample_data/make_coach_folder.py clients/ --clients 200 --rows 50

One workbook per client, named after the client (``clients/Maya Chen.xlsx``), each holding rows
of the sample tracker (``make_sample.py``) shifted a few days and renamed per client, none of
them twice (a row twice on a sheet is a row pasted twice, a ``Duplicate``); the same rows on
every run. Built for ``--as-of 2026-11-20``: ``followup-batch digest clients/ --as-of
2026-11-20`` gives the README's digest example and pictures. The folder's trackers are written
over; nothing else in it is touched. The tests and benchmarks build theirs with the same code
(``tests/support/coach_folder.py``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests" / "support")]

from coach_folder import build_coach_folder  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the folder to write the trackers into")
    parser.add_argument("--clients", type=int, default=30, help="how many clients (30)")
    parser.add_argument("--rows", type=int, default=10, help="rows per tracker (10)")
    args = parser.parse_args(argv)
    folder = build_coach_folder(args.folder, clients=args.clients, rows=args.rows)
    print(f"{args.clients} trackers of {args.rows} rows in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
