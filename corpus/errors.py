"""Errors the corpus stage raises; each message names the problem and the next step."""


class PlanAssistantError(Exception):
    """Base of every error the product reports to users as one clean line."""


class PlanLoadError(PlanAssistantError):
    """The plan file is missing, empty, not text, or in an unknown encoding."""


class PlanFormatError(PlanAssistantError):
    """The text decodes but is not laid out like a plan (no table of contents, no body)."""


class SectionNotFoundError(PlanAssistantError, LookupError):
    """A chapter or section number that is not in the plan's table of contents."""
