"""Exports: the coach's digest, the calendar and .eml drafts."""
