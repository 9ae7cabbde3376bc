"""Exports: the coach's digest, the calendar and .eml drafts.

``collect_due`` turns one tracker sheet's results into due items and ``concat_items`` joins
the files' items; ``build_digest`` picks and orders what is due, ``to_terminal`` shows it,
``to_json`` gives it as data and ``write_digest_xlsx``, ``write_digest_html`` and
``write_digest_markdown`` write it; ``write_ics`` writes the due items as calendar events and
``write_eml`` the drafts as unsent messages. ``write_exports`` writes what a command asked for
(``Exports``), in order.
"""

from typing import TYPE_CHECKING

from followup_batch.exports.digest import Digest, build_digest
from followup_batch.exports.digest_html import write_digest_html
from followup_batch.exports.digest_json import to_json
from followup_batch.exports.digest_text import to_terminal, write_digest_markdown
from followup_batch.exports.due import DUE_ITEM_COLUMNS, collect_due, concat_items, empty_items
from followup_batch.exports.eml import write_eml
from followup_batch.exports.ics import write_ics
from followup_batch.exports.outputs import Exports, write_exports
from followup_batch.lazy import lazy_exports

if TYPE_CHECKING:
    from followup_batch.exports.digest_xlsx import write_digest_xlsx

__all__ = [
    "DUE_ITEM_COLUMNS",
    "Digest",
    "Exports",
    "build_digest",
    "collect_due",
    "concat_items",
    "empty_items",
    "to_json",
    "to_terminal",
    "write_digest_html",
    "write_digest_markdown",
    "write_digest_xlsx",
    "write_eml",
    "write_exports",
    "write_ics",
]

# The workbook writer imports the package writer's cell helpers (0.14 s, openpyxl with them):
# loaded when a workbook is written, not by a command that only shows the digest.
__getattr__ = lazy_exports(__name__, {"write_digest_xlsx": "digest_xlsx"})
