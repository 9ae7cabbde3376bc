"""What the tool remembers of a tracker from one run to the next.

After an in-place run the tool keeps a record beside the tracker's backups (``rerun``): the
run's stamp, what it wrote into the tool's text columns and what it saw of sent marks
(``marks_seen``), so that a run that would change nothing is known before the tracker is read,
and a person's own text in the tool's columns is told from the tool's (``hand_edits``) and
never lost (``saved_edits``). ``since_last_run`` is what a run takes from that record;
``same_night`` the per-user note of the nights that wrote nothing.
"""
