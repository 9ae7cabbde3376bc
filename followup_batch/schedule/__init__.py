"""Schedule: the follow-up rules of DESIGN section 3, business-day calendars and the Why text."""
