"""Edit a workbook the way a person does in LibreOffice Calc between runs (sort the tracker,
insert or delete a row) and save it as xlsx, through LibreOffice's own API (UNO): what the
edit does to the tool's formulas and links is LibreOffice's doing, not a guess at it.

UNO is driven from the system's Python (``python3-uno`` binds to it, not to the test's
interpreter), in a child process that starts a headless ``soffice`` with a private profile
and stops it when done.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

SYSTEM_PYTHONS = ("/usr/bin/python3", "/usr/local/bin/python3")

SCRIPT = r"""
import json, subprocess, sys, time, uuid
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

path, ops, profile = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
pipe = "calcedits" + uuid.uuid4().hex
office = subprocess.Popen(["soffice", "-env:UserInstallation=" + profile, "--headless",
                           "--invisible", "--norestore", "--accept=pipe,name=%s;urp;" % pipe])
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.25)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    url = uno.systemPathToFileUrl(path)
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    for op in ops:
        sheet = doc.Sheets.getByName(op["sheet"])
        if op["op"] == "sort":
            cursor = sheet.createCursor(); cursor.gotoEndOfUsedArea(False)
            end = cursor.RangeAddress
            cells = sheet.getCellRangeByPosition(0, 1, end.EndColumn, end.EndRow)
            field = uno.createUnoStruct("com.sun.star.table.TableSortField")
            field.Field = op["column"]; field.IsAscending = op["ascending"]
            how = cells.createSortDescriptor()
            for item in how:
                if item.Name == "SortFields":
                    item.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
                if item.Name == "ContainsHeader":
                    item.Value = False
            cells.sort(how)
        elif op["op"] == "insert_row":
            sheet.Rows.insertByIndex(op["row"] - 1, 1)
        elif op["op"] == "delete_row":
            sheet.Rows.removeByIndex(op["row"] - 1, 1)
    doc.calculateAll()
    doc.storeToURL(url, (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
    office.wait(timeout=60)
finally:
    if office.poll() is None:
        office.kill()
        office.wait()
"""


def uno_python() -> str | None:
    """A Python that can import LibreOffice's ``uno``, None when there is none (or no
    ``soffice``)."""
    if shutil.which("soffice") is None:
        return None
    for python in (*SYSTEM_PYTHONS, sys.executable):
        if Path(python).exists():
            found = subprocess.run(
                [python, "-c", "import uno"], capture_output=True, timeout=60
            ).returncode
            if found == 0:
                return python
    return None


def edit_in_calc(path: Path, ops: list[dict[str, object]], profile: Path) -> None:
    """Apply ``ops`` to the workbook at ``path`` in LibreOffice and save it there as xlsx.
    Each op: ``{"op": "sort", "sheet", "column" (0-based), "ascending"}`` (the rows below
    the header, every used column, as Data > Sort does), ``{"op": "insert_row", "sheet",
    "row"}`` (a new row at that Excel row, as Insert Rows Above) or ``{"op": "delete_row",
    "sheet", "row"}``."""
    python = uno_python()
    assert python is not None, "LibreOffice's Python bridge is not installed"
    subprocess.run(
        [python, "-c", SCRIPT, str(path), json.dumps(ops), profile.as_uri()],
        check=True,
        capture_output=True,
        timeout=300,
    )
