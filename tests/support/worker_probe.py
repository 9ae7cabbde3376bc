"""What a test asks a Dask worker process about itself (``client.run(calendars_and_templates)``).

Lives in tests/support so that worker processes can import it by name.
"""

from __future__ import annotations


def calendars_and_templates() -> dict[str, int]:
    """How often this process built the run's calendars and loaded the templates (misses),
    and how often it found them already there (hits)."""
    from followup_batch.compute import _cached_templates
    from followup_batch.schedule.business_days import _shared

    calendars, templates = _shared.cache_info(), _cached_templates.cache_info()
    return {
        "calendars_built": calendars.misses,
        "calendars_reused": calendars.hits,
        "templates_loaded": templates.misses,
        "templates_reused": templates.hits,
    }
