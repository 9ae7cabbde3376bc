"""The index every stage keys a tracker's rows by: its row numbers as the user sees them (the
Excel row, a CSV's record), whole numbers, each once. The rules join a row to another by it
(a later round's row) and the writers find the row to write by it, so a frame indexed
otherwise is refused by name, not computed or written into the wrong rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def row_index_fault(index: pd.Index, name: str, *, when_repeated: str = "") -> str | None:
    """What is wrong with ``index`` as a tracker's row numbers, or None when nothing is;
    ``name`` is the frame as the caller holds it, for the fix a float index needs, and
    ``when_repeated`` what to do about repeated rows, said after them."""
    import numpy as np
    import pandas as pd

    if len(index) and not pd.api.types.is_integer_dtype(index.dtype):
        if pd.api.types.is_float_dtype(index.dtype):
            values = np.asarray(index, dtype=float)
            if np.isnan(values).any():
                return (
                    "its index is the tracker's row numbers, and this one has rows without "
                    "one (NaN); keep the index read_trackers and normalise_rows give"
                )
            if (values == np.floor(values)).all():
                return (
                    "its index is the tracker's row numbers as integers, not floats such as "
                    f"{float(values[0])!r} ({name}.index = {name}.index.astype(int) turns "
                    "them back)"
                )
        return (
            "its index is the tracker's row numbers (whole numbers), not labels such as "
            f"{index[0]!r}"
        )
    if not index.is_unique:
        repeated = index[index.duplicated()].unique()[:3].tolist()
        return (
            "its index is the tracker's row numbers, each once; this one repeats "
            f"{', '.join(map(str, repeated))}{when_repeated}"
        )
    return None
