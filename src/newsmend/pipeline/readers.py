"""Readers: input paths, folders and globs to a stream of :class:`Document` s, in a stable order.

Kinds, by file name: pages (``.html``, ``.htm``, ``.xhtml``, ``.txt``, each optionally ``.gz``; one document
per file, passed to the extractor as raw bytes), WARC (``.warc``, ``.warc.gz``: HTML response records with
their URL and date, via FastWARC), JSON lines (``.jsonl``, ``.ndjson``, optionally ``.gz``) and Parquet (read
in record batches with pyarrow). Everything streams: one record (or one Parquet batch) in memory per reader.
WARC and uncompressed JSON lines files can also be entered at a record's byte offset (an :class:`Entry`), which
is how a shard starting inside a big file skips the documents before it without reading them.
"""

from __future__ import annotations

import glob
import gzip
import io
import itertools
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

import pyarrow.parquet as pq

from newsmend.errors import PipelineError
from newsmend.pipeline.config import PipelineConfig
from newsmend.pipeline.documents import Document

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt")
WARC_SUFFIXES = (".warc",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)

#: Rows per Parquet read: a few MB of HTML at typical page sizes, so memory stays flat on large files.
PARQUET_BATCH_ROWS = 256

#: Fields tried, in order, when neither ``html_field`` nor ``text_field`` is given.
AUTO_FIELDS = ("html", "text")


@dataclass(frozen=True, slots=True)
class Source:
    """One input file and its kind (``page``, ``warc``, ``jsonl`` or ``parquet``)."""

    path: str
    kind: str
    size: int


@dataclass(frozen=True, slots=True)
class Entry:
    """Where a file can be entered mid-way: a record's byte offset and, for JSON lines, its line number (ids of
    records without one are numbered by line over the whole file, so a reader entering there must know it)."""

    offset: int
    line: int = 0


def source_kind(path: str) -> str | None:
    """The kind of input ``path`` holds, from its name; ``None`` for files that are not input."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for kind, suffixes in (("page", PAGE_SUFFIXES), ("warc", WARC_SUFFIXES), ("jsonl", JSONL_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return "parquet" if path.lower().endswith(PARQUET_SUFFIXES) else None


def discover(inputs: Sequence[str], exclude: Path | None = None) -> list[Source]:
    """Expand ``inputs`` (files, folders, globs) to input files; folders and globs sorted, duplicates dropped.

    Files inside ``exclude`` (the output folder) are never inputs. Raises :class:`PipelineError` naming the
    path when an input does not exist, a glob matches nothing, or a file given by name is of no known kind.
    """
    seen: set[Path] = set()
    sources: list[Source] = []
    excluded = exclude.resolve() if exclude else None
    for given in inputs:
        for path in _expand(given):
            resolved = Path(path).resolve()
            if resolved in seen or (excluded and resolved.is_relative_to(excluded)):
                continue
            seen.add(resolved)
            kind = source_kind(path)
            if kind is None:
                raise PipelineError(f"{path}: not an input kind newsmend reads (pages, WARC, JSONL, Parquet)")
            sources.append(Source(path, kind, os.path.getsize(path)))
    if not sources:
        raise PipelineError(f"no input files found in {', '.join(inputs)}")
    return sources


def _expand(given: str) -> list[str]:
    if glob.has_magic(given):
        matches = sorted(m for m in glob.glob(given, recursive=True) if os.path.isfile(m) and source_kind(m))
        if not matches:
            raise PipelineError(f"{given}: no input files match this pattern")
        return matches
    if os.path.isdir(given):
        return sorted(p.as_posix() for p in Path(given).rglob("*")
                      if p.is_file() and source_kind(p.name) and not _hidden(p.relative_to(given)))
    if os.path.isfile(given):
        return [given]
    raise PipelineError(f"{given}: no such file or folder")


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def check_sources(sources: Sequence[Source], config: PipelineConfig) -> None:
    """Fail before any work when a Parquet input lacks the document column (JSONL is checked per record)."""
    for source in sources:
        if source.kind != "parquet":
            continue
        names = set(pq.read_schema(source.path).names)
        wanted = [config.html_field or config.text_field] if (config.html_field or config.text_field) else []
        missing = [f for f in wanted if f not in names]
        if missing or not (wanted or names & set(AUTO_FIELDS)):
            need = repr(missing[0]) if missing else " or ".join(map(repr, AUTO_FIELDS))
            raise PipelineError(f"{source.path}: no column {need}; columns: {', '.join(sorted(names))}")


def count_documents(sources: Sequence[Source]) -> int | None:
    """The number of documents when known without reading everything (pages, Parquet), else ``None``."""
    total = 0
    for source in sources:
        if source.kind == "page":
            total += 1
        elif source.kind == "parquet":
            total += pq.ParquetFile(source.path).metadata.num_rows
        else:
            return None
    return total


def read_documents(sources: Sequence[Source], config: PipelineConfig) -> Iterator[Document]:
    """Every document of ``sources`` in order, numbered from 0 (the ``seq`` that decides shards)."""
    seq = 0
    for source in sources:
        for doc in read_source(source, config):
            yield _renumber(doc, seq)
            seq += 1


def read_source(source: Source, config: PipelineConfig) -> Iterator[Document]:
    """Every document of one input file in file order (``seq`` 0): what :func:`read_documents` numbers."""
    return _READERS[source.kind](source, config)


def read_slice(source: Source, skip: int, take: int, seq: int, config: PipelineConfig,
               start: Entry | None = None) -> Iterator[Document]:
    """Documents ``skip`` .. ``skip + take`` of one file, numbered from ``seq``: a shard's part of that file.

    A WARC or JSON lines slice with the ``start`` of its first record is entered there, a Parquet slice at the row
    group holding its first row; other slices are read from the file's start. Either way the documents and their
    ids are exactly those :func:`read_documents` gives.
    """
    if start is not None:
        docs: Iterator[Document] = (doc for _, doc in entered_documents(source, config, start))
        skip = 0
    elif source.kind == "parquet":
        docs, skip = _read_parquet(source, config, skip), 0
    else:
        docs = read_source(source, config)
    for offset, doc in enumerate(itertools.islice(docs, skip, skip + take)):
        yield _renumber(doc, seq + offset)


def entered_documents(source: Source, config: PipelineConfig,
                      start: Entry | None = None) -> Iterator[tuple[Entry | None, Document]]:
    """The documents of a WARC or JSON lines file with the entry of each (``None``: a record that cannot be
    entered, the error record of a corrupt archive), from the record at ``start`` on."""
    if source.kind == "warc":
        return warc_documents(source, start or Entry(0))
    return jsonl_documents(source, config, start or Entry(0))


def enterable(source: Source) -> bool:
    """Can ``source`` be entered at a record's offset? WARC records are gzipped one by one, so even a
    ``.warc.gz`` can; a gzipped JSON lines file is one stream, which has no offsets to seek to."""
    return source.kind == "warc" or (source.kind == "jsonl" and not source.path.lower().endswith(".gz"))


def _renumber(doc: Document, seq: int) -> Document:
    return replace(doc, seq=seq)


def _read_page(source: Source, config: PipelineConfig) -> Iterator[Document]:
    try:
        with _open_binary(source.path) as f:
            data = f.read()
    except (OSError, EOFError) as e:
        yield Document(0, source.path, source.path, None, problem=("ReadError", f"cannot read the file: {e}"))
        return
    yield Document(0, source.path, source.path, data)


def _read_warc(source: Source, config: PipelineConfig) -> Iterator[Document]:
    return (doc for _, doc in warc_documents(source, Entry(0)))


def warc_documents(source: Source, start: Entry) -> Iterator[tuple[Entry | None, Document]]:
    """The HTML responses of a WARC file with the byte offset of each record (``None`` for the error record of a
    corrupt archive), from the record at ``start`` on: WARC records, gzipped one by one, can be entered at any
    record's offset, and their offsets (the ids) stay those of the whole file."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    with open(source.path, "rb") as stream:
        stream.seek(start.offset)
        records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True,
                                  auto_decode="all")
        position = start.offset
        try:
            for record in records:
                position = record.stream_pos
                if "html" not in (record.http_content_type or "").lower():
                    continue
                yield Entry(position), Document(0, f"{source.path}#{position}", source.path, record.reader.read(),
                                         url=record.headers.get("WARC-Target-URI"),
                                         date=record.headers.get("WARC-Date"), charset=record.http_charset)
        except OSError as e:  # a truncated or corrupt archive: the rest of the file becomes one error record
            yield None, Document(0, f"{source.path}#{position}+", source.path, None,
                                 problem=("ReadError", f"the archive is unreadable after byte {position}: {e}"))


def _read_jsonl(source: Source, config: PipelineConfig) -> Iterator[Document]:
    return (doc for _, doc in jsonl_documents(source, config, Entry(0)))


def jsonl_documents(source: Source, config: PipelineConfig, start: Entry) -> Iterator[tuple[Entry, Document]]:
    """The documents of a JSON lines file with where each one's line starts, from the line at ``start`` on.

    Lines are split on ``\\n`` only (JSON lines' separator) and decoded one by one, so byte offsets stay exact; a
    UTF-8 byte order mark on the first line is dropped; blank lines are skipped but counted.
    """
    with _open_binary(source.path) as raw:
        if start.offset:
            raw.seek(start.offset)
        offset = start.offset
        for index, line in enumerate(raw, start.line):
            entry, offset = Entry(offset, index), offset + len(line)
            if line.strip():
                yield entry, _jsonl_document(line.decode("utf-8-sig" if entry.offset == 0 else "utf-8", "replace"),
                                             f"{source.path}#{index}", source.path, index, config)


def _jsonl_document(line: str, fallback_id: str, path: str, index: int, config: PipelineConfig) -> Document:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as e:
        return Document(0, fallback_id, path, None, problem=("ReadError", f"line {index + 1} is not JSON: {e.msg}"))
    if not isinstance(row, dict):
        return Document(0, fallback_id, path, None, problem=("ReadError", f"line {index + 1} is not a JSON object"))
    return document_from_row(row, fallback_id, path, config)


def _read_parquet(source: Source, config: PipelineConfig, skip: int = 0) -> Iterator[Document]:
    """The rows of a Parquet file from row ``skip`` on; row groups wholly before it are not read."""
    file = pq.ParquetFile(source.path)
    present = set(file.schema_arrow.names)
    wanted = {config.html_field, config.text_field, config.url_field, config.id_field, *AUTO_FIELDS}
    columns = [c for c in file.schema_arrow.names if c in wanted and c in present]
    first, index = 0, 0
    while first < file.num_row_groups and index + file.metadata.row_group(first).num_rows <= skip:
        index += file.metadata.row_group(first).num_rows
        first += 1
    groups = list(range(first, file.num_row_groups))
    for batch in file.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns, row_groups=groups):
        for row in batch.to_pylist():
            if index >= skip:
                yield document_from_row(row, f"{source.path}#{index}", source.path, config)
            index += 1


class RowFields(Protocol):
    """Where a record keeps its document, URL and id (:class:`PipelineConfig` is one); read-only, so that frozen
    dataclasses qualify."""

    @property
    def html_field(self) -> str | None: ...
    @property
    def text_field(self) -> str | None: ...
    @property
    def url_field(self) -> str: ...
    @property
    def id_field(self) -> str: ...


def document_from_row(row: dict[str, Any], fallback_id: str, path: str, config: RowFields) -> Document:
    """A document from a JSONL, Parquet or Ray Data record: its data field, URL and id (or fallback id)."""
    ident = row.get(config.id_field)
    doc_id = str(ident) if ident not in (None, "") else fallback_id
    url = row.get(config.url_field)
    url = url if isinstance(url, str) and url else None
    name = config.html_field or config.text_field or next((f for f in AUTO_FIELDS if row.get(f) is not None),
                                                                AUTO_FIELDS[0])
    data = row.get(name)
    if not isinstance(data, (str, bytes)):
        found = "missing" if data is None else f"a {type(data).__name__}"
        problem = ("ReadError", f"field {name!r} is {found}, not text")
        return Document(0, doc_id, path, None, url, problem=problem)
    return Document(0, doc_id, path, data, url)


def _open_binary(path: str) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


_READERS = {"page": _read_page, "warc": _read_warc, "jsonl": _read_jsonl, "parquet": _read_parquet}
