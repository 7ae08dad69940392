"""Typed errors. Every message names the document (when known) and the reason.

All errors derive from :class:`NewsmendError`, so ``except newsmend.NewsmendError`` catches
everything the library raises on purpose; anything else escaping is a bug.
"""

from __future__ import annotations


class NewsmendError(Exception):
    """Base class of every error newsmend raises on purpose."""

    def __init__(self, message: str, *, doc_id: str | None = None) -> None:
        self.doc_id = doc_id
        self.reason = message
        super().__init__(f"{doc_id}: {message}" if doc_id else message)


class InputTypeError(NewsmendError, TypeError):
    """The wrong kind of object was passed (bytes where text is expected, or the reverse)."""


class ConfigError(NewsmendError, ValueError):
    """An option has a value outside the documented choices."""


class DecodeError(NewsmendError):
    """Bytes could not be turned into text at all (never raised for merely dubious bytes)."""


class ExtractionError(NewsmendError):
    """A page could not be processed: empty, not a document, or beyond the size limit."""


class InputTooLargeError(ExtractionError):
    """The input exceeds the configured size limit."""


class EmptyInputError(ExtractionError):
    """The input holds no text at all."""


class PipelineError(NewsmendError):
    """A corpus run cannot start or continue (bad input path, unwritable output, ...)."""


class MissingDependencyError(NewsmendError, ImportError):
    """An optional dependency is needed for the feature asked for; the message says how to install it."""
