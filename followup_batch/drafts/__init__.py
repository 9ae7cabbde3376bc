"""Drafts: a ready-to-edit message for every row's next action, from Jinja2 templates.

``render_drafts(frame, schedule.next_actions, sender, load_templates(folder))`` gives each
row's note and one message per recipient; ``render_one`` drafts a single row (docs,
notebooks).
"""

from followup_batch.drafts.context import sender_for
from followup_batch.drafts.render import Drafts, render_drafts, render_one
from followup_batch.drafts.templating import Templates, load_templates

__all__ = ["Drafts", "Templates", "load_templates", "render_drafts", "render_one", "sender_for"]
