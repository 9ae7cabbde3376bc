"""Normalise: raw cells into the typed frame (fields, vocabularies, dates, timelines, countries)."""
