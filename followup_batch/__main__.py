"""``python -m followup_batch`` runs the command line."""

from followup_batch.cli import entry

entry()
