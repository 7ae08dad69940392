"""Ray Data building block: newsmend extraction as a ``map_batches`` step of your own Ray pipeline.

    import ray, newsmend.ray
    ds = ray.data.read_parquet("s3://bucket/pages/")      # columns "html" (bytes or str), "url", "id"
    out = ds.map_batches(newsmend.ray.Extract, batch_format="pyarrow",
                         compute=ray.data.ActorPoolStrategy(size=8),
                         fn_constructor_kwargs={"html_field": "html"})
    out.write_parquet("s3://bucket/articles/")

Each output row has the columns of ``docs/output-schema.md`` plus ``error_type`` / ``error_message`` (``None``
when the page was extracted) and ``extract_seconds``; a failing page becomes a row with an error, never a
failed task. ``newsmend run --engine ray`` uses this same class. Ray itself is optional (``pip install
newsmend[ray]``): this module imports without it, since the class only needs pyarrow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import pyarrow as pa

from newsmend.pipeline.config import DEFAULT_TIMEOUT
from newsmend.pipeline.documents import Document, Outcome
from newsmend.pipeline.readers import document_from_row
from newsmend.pipeline.schema import RECORD_SCHEMA, conform
from newsmend.pipeline.steps import StepOptions, process_batch

#: Extra output columns: why a row failed, and how long its extraction took.
STATUS_FIELDS = [pa.field("error_type", pa.string()), pa.field("error_message", pa.string()),
                 pa.field("extract_seconds", pa.float64())]
OUTPUT_SCHEMA = pa.schema(list(RECORD_SCHEMA) + STATUS_FIELDS)


@dataclass(frozen=True, slots=True)
class _Fields:
    html_field: str | None
    text_field: str | None
    url_field: str
    id_field: str


class Extract:
    """A callable class for ``Dataset.map_batches``: one Arrow batch of pages in, one of articles out.

    ``html_field`` / ``text_field`` name the column with the page (neither: ``html`` when present, else
    ``text``), ``url_field`` / ``id_field`` its URL and id; ``source_field`` / ``date_field`` optional columns
    copied to ``source_file`` / ``input_date``; ``charset_field`` an optional column with the charset of the
    HTTP ``Content-Type`` header (it outranks the page's own declaration). ``keep`` lists input columns to carry
    over unchanged. A row that arrives with an ``error_type`` (and ``error_message``), e.g. one an upstream
    reader could not decode, is passed on as that error without extraction.
    ``timeout`` is the per-page limit in seconds; ``hard_limit`` ends the worker process when a
    page is stuck in C code past it (only where dead workers are not retried, as in ``newsmend run``); other
    keyword options go to :func:`newsmend.extract`.
    """

    def __init__(self, *, html_field: str | None = None, text_field: str | None = None,
                 url_field: str = "url", id_field: str = "id", source_field: str = "source_file",
                 date_field: str = "input_date", charset_field: str = "charset", keep: Sequence[str] = (),
                 timeout: float = DEFAULT_TIMEOUT,
                 extractor: str | None = None, hard_limit: bool = False, **extract_options: Any) -> None:
        self._fields = _Fields(html_field, text_field, url_field, id_field)
        self._source_field = source_field
        self._date_field = date_field
        self._charset_field = charset_field
        self._keep = tuple(keep)
        self._options = StepOptions(timeout=timeout, extractor=extractor, extract_options=extract_options,
                                    hard_limit=hard_limit)

    def __call__(self, batch: pa.Table | dict[str, Any]) -> pa.Table:
        table = batch if isinstance(batch, pa.Table) else pa.table(batch)
        rows = table.to_pylist()
        docs = [self._document(i, row) for i, row in enumerate(rows)]
        outcomes = process_batch(docs, self._options)
        out = pa.Table.from_pylist([outcome_row(o) for o in outcomes], schema=OUTPUT_SCHEMA)
        for name in self._keep:
            out = out.append_column(table.schema.field(name), table.column(name))
        return out

    def _document(self, index: int, row: dict[str, Any]) -> Document:
        source = row.get(self._source_field)
        doc = document_from_row(row, f"row-{index}", source if isinstance(source, str) else "", self._fields)
        date, charset = row.get(self._date_field), row.get(self._charset_field)
        failed = row.get("error_type")
        problem = (failed, str(row.get("error_message") or "")) if isinstance(failed, str) else doc.problem
        return replace(doc, seq=index, date=date if isinstance(date, str) else None, problem=problem,
                       charset=charset if isinstance(charset, str) and charset else None)


def outcome_row(outcome: Outcome) -> dict[str, Any]:
    """One output row: the record, or the input fields with the error."""
    if outcome.record is not None:
        return {**outcome.record, "extract_seconds": outcome.seconds}
    error = outcome.error or {}
    return {**error, "error_message": error.get("message"), "extract_seconds": outcome.seconds}


def outcome_from_row(seq: int, row: dict[str, Any]) -> Outcome:
    """The :class:`Outcome` an output row stands for (the inverse of :func:`outcome_row`)."""
    seconds = row.get("extract_seconds") or 0.0
    if row.get("error_type") is None:
        return Outcome(seq, record=conform(row, RECORD_SCHEMA), seconds=seconds)
    error = {"id": row["id"], "source_file": row["source_file"], "input_url": row["input_url"],
             "error_type": row["error_type"], "message": row["error_message"]}
    return Outcome(seq, error=error, seconds=seconds)
