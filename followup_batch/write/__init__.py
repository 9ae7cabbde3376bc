"""Write: results back into the tracker, atomically, with backups and locks."""
