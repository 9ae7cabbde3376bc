"""Drafts: the message templates and their rendering."""
