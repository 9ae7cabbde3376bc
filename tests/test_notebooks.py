"""The notebooks run end to end, draw their figures, and are committed without outputs.

Each notebook is executed once in a real kernel (nbclient + ipykernel's ``python3``) from the
``notebooks/`` folder, as a reader would run it. Skipped when the notebook tooling is not
installed (``pip install ".[test]"`` brings it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
CELL_TIMEOUT = 120  # seconds; each notebook takes a few seconds in all

# notebook -> figures it draws (image/png outputs)
FIGURES = {
    "tour.ipynb": 3,  # follow-up timeline, 1st check-in heat map, 14-day workload
    "tuning.ipynb": 1,  # due-date weekdays and statuses, before and after the config file
}


def code_cells(notebook: dict[str, Any]) -> list[dict[str, Any]]:
    return [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]


def cell_source(cell: dict[str, Any]) -> str:
    source = cell["source"]
    return source if isinstance(source, str) else "".join(source)


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_committed_with_outputs_cleared(name: str) -> None:
    notebook = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    with_outputs = [
        cell_source(cell).splitlines()[0]
        for cell in code_cells(notebook)
        if cell["outputs"] or cell["execution_count"] is not None
    ]
    assert not with_outputs, (
        f"{name} was saved with outputs; clear them before committing "
        f"(Jupyter: Edit > Clear All Outputs). Cells: {with_outputs}"
    )


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_no_machine_specific_paths(name: str) -> None:
    text = (NOTEBOOKS / name).read_text(encoding="utf-8")
    for folder in (ROOT, Path.home()):
        if len(folder.parts) > 1:  # a home of "/" would match every path
            assert str(folder) not in text


@pytest.fixture(scope="module", params=sorted(FIGURES))
def executed(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    """A notebook's name and its executed copy (run once in a fresh kernel, not saved)."""
    for module in ("nbclient", "nbformat", "ipykernel", "matplotlib"):
        pytest.importorskip(module, reason=f"{module} not installed (pip install '.[test]')")
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    name = request.param
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=CELL_TIMEOUT,
        resources={"metadata": {"path": str(NOTEBOOKS)}},  # the kernel's working dir
    )
    with pytest.MonkeyPatch.context() as env:
        # matplotlib's inline backend: renders headless with Agg and sends each figure to the
        # notebook as a PNG, so no window opens and the figures can be counted. (Plain "Agg"
        # would draw nothing into the notebook.)
        env.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        try:
            client.execute()
        except CellExecutionError as error:
            pytest.fail(f"{name} failed:\n{error}", pytrace=False)
    return name, notebook


def test_runs_without_errors_or_warnings(executed: tuple[str, dict[str, Any]]) -> None:
    name, notebook = executed
    outputs = [output for cell in code_cells(notebook) for output in cell["outputs"]]
    assert not [output for output in outputs if output["output_type"] == "error"]
    # A warning in the kernel (a deprecated pandas or matplotlib call) shows up on stderr.
    stderr = [o["text"] for o in outputs if o["output_type"] == "stream" and o["name"] == "stderr"]
    assert not stderr, f"{name} printed to stderr: {stderr}"


def test_draws_its_figures(executed: tuple[str, dict[str, Any]]) -> None:
    name, notebook = executed
    images = [
        output
        for cell in code_cells(notebook)
        for output in cell["outputs"]
        if "image/png" in output.get("data", {})
    ]
    assert len(images) == FIGURES[name]
