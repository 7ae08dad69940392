"""The pipeline step both engines run: documents in, outcomes out, one failure never stopping the rest.

Each document is extracted under a time limit; any exception, and the timeout, becomes an error record with
the document's id, input file and the reason. The executors (``engines``) only move batches to this function.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsmend.errors import ConfigError
from newsmend.pipeline.documents import Document, Outcome
from newsmend.pipeline.guard import DocumentTimeout, HardDeadline, time_limit

Extractor = Callable[..., Any]


@dataclass(frozen=True, slots=True)
class StepOptions:
    """What a worker needs to process documents; small and picklable, sent once per worker."""

    timeout: float
    extractor: str | None = None
    extract_options: dict[str, Any] = field(default_factory=dict)
    hard_limit: bool = False  # end the process when a document is stuck in C code (isolated workers only)


@lru_cache(maxsize=8)
def load_extractor(spec: str | None) -> Extractor:
    """The extraction function: :func:`newsmend.extract` or the ``module:function`` named by ``spec``."""
    if spec is None:
        from newsmend.extract import extract

        return extract
    module_name, _, name = spec.partition(":")
    try:
        return getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError) as e:
        raise ConfigError(f"extractor {spec!r} cannot be loaded: {e}") from e


def process_batch(docs: Sequence[Document], options: StepOptions) -> list[Outcome]:
    """Extract every document of ``docs``; the outcomes come back in the same order."""
    extract = load_extractor(options.extractor)
    outcomes = []
    with HardDeadline(options.timeout if options.hard_limit else 0) as deadline:
        for doc in docs:
            deadline.document_starts()
            outcomes.append(process_document(doc, extract, options))
    return outcomes


def process_document(doc: Document, extract: Extractor, options: StepOptions) -> Outcome:
    """One document to an output record, or to an error record saying why not."""
    if doc.problem is not None:
        return Outcome(doc.seq, error=error_record(doc, *doc.problem))
    start = time.perf_counter()
    try:
        with time_limit(options.timeout):
            article = extract(doc.data, url=doc.url, **_options_for(doc, options.extract_options))
            record = {**input_fields(doc), **article.to_dict()}
    except DocumentTimeout:
        message = f"extraction took over {options.timeout:g} s"
        outcome = Outcome(doc.seq, error=error_record(doc, "Timeout", message))
    except Exception as e:  # noqa: BLE001 -- a corpus run counts a failing document instead of dying on it
        outcome = Outcome(doc.seq, error=error_record(doc, type(e).__name__, str(e) or repr(e)))
    else:
        outcome = Outcome(doc.seq, record=record)
    outcome.seconds = time.perf_counter() - start
    return outcome


def _options_for(doc: Document, options: dict[str, Any]) -> dict[str, Any]:
    """The extraction options for ``doc``: its HTTP charset unless the run names one for every document."""
    if doc.charset and "charset" not in options:
        return {**options, "charset": doc.charset}
    return options


def input_fields(doc: Document) -> dict[str, Any]:
    """The columns saying where a document came from."""
    return {"id": doc.id, "source_file": doc.source, "input_url": doc.url, "input_date": doc.date}


def error_record(doc: Document, error_type: str, message: str) -> dict[str, Any]:
    """The row of the errors output for ``doc``."""
    return {"id": doc.id, "source_file": doc.source, "input_url": doc.url, "error_type": error_type,
            "message": message}
