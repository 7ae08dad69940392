"""The two small records that travel through a run: a document in, an outcome out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Document:
    """One input document.

    ``seq`` is its position in the run (sources sorted, records in file order): it decides the shard and the
    order inside it, so reruns and both engines write identical files. ``problem`` is set when the reader
    could not even get the document (a bad JSON line, a missing field): it then becomes an error record
    unprocessed. ``charset`` is what the HTTP response's ``Content-Type`` said (WARC), passed to the decoder.
    """

    seq: int
    id: str
    source: str
    data: bytes | str | None
    url: str | None = None
    date: str | None = None
    problem: tuple[str, str] | None = None
    charset: str | None = None


@dataclass(slots=True)
class Outcome:
    """What became of one document: an output ``record`` or an ``error`` record (exactly one is set)."""

    seq: int
    record: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    seconds: float = 0.0
