"""Shards planned before reading: which documents of which files make shard ``k``.

The local runner numbers documents as it reads them; the Ray engine reads inside its workers, so its driver
must know beforehand where each shard starts and ends (``seq // shard_size`` over documents numbered across all
inputs in order). That needs each file's document count: a page is one document, a Parquet file states its rows
in its footer, JSON lines and WARC files are counted by reading them (on the cluster, not in the driver). Counting
a WARC or an uncompressed JSON lines file also records each document's byte offset, so a shard beginning inside
it seeks there instead of reading the file from its start.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyarrow.parquet as pq

from newsmend.pipeline.config import PipelineConfig
from newsmend.pipeline.documents import Document
from newsmend.pipeline.readers import Entry, Source, enterable, entered_documents, read_slice, read_source


@dataclass(frozen=True, slots=True)
class Slice:
    """``take`` documents of ``source`` after its first ``skip``; the first of them is run position ``seq``.

    ``start``: where the first one's record begins when the file can be entered there (WARC, uncompressed JSON
    lines), else ``None`` (the slice is read from the file's start).
    """

    source: Source
    skip: int
    take: int
    seq: int
    start: Entry | None = None


@dataclass(frozen=True, slots=True)
class ShardPlan:
    """One shard as the parts of files it is read from."""

    shard: int
    slices: tuple[Slice, ...]

    @property
    def first_seq(self) -> int:
        return self.slices[0].seq

    @property
    def documents(self) -> int:
        return sum(s.take for s in self.slices)


@dataclass(frozen=True, slots=True)
class SourceIndex:
    """What planning needs of one file: its documents and, for files that can be entered, each one's record
    offset (-1: the error record of a corrupt archive, which cannot be entered) and, for JSON lines, its line.
    ``array`` s hold a 40,000-record WARC's offsets in 320 KB."""

    count: int
    offsets: array[int] | None = None
    lines: array[int] | None = None

    def start(self, skip: int) -> Entry | None:
        """Where to enter the file to read from its document ``skip`` on (``None``: from the file's start)."""
        if not skip or self.offsets is None or self.offsets[skip] < 0:
            return None
        return Entry(self.offsets[skip], self.lines[skip] if self.lines is not None else 0)


def known_count(source: Source) -> int | None:
    """The documents of ``source`` when known without reading it: pages and Parquet files."""
    if source.kind == "page":
        return 1
    if source.kind == "parquet":
        return int(pq.ParquetFile(source.path).metadata.num_rows)
    return None


def index_source(source: Source, config: PipelineConfig) -> SourceIndex:
    """The documents the reader yields for ``source`` (read through when the kind does not say)."""
    known = known_count(source)
    if known is not None:
        return SourceIndex(known)
    if not enterable(source):
        return SourceIndex(sum(1 for _ in read_source(source, config)))
    offsets, lines = array("q"), array("q")
    for entry, _ in entered_documents(source, config):
        offsets.append(-1 if entry is None else entry.offset)
        lines.append(0 if entry is None else entry.line)
    return SourceIndex(len(offsets), offsets, lines if source.kind == "jsonl" else None)


def plan_shards(sources: Iterable[Source], indexes: Iterable[SourceIndex], shard_size: int) -> Iterator[ShardPlan]:
    """The shards of inputs indexed by ``indexes``, in run order; empty files give no slice.

    Both are consumed lazily, so a caller streaming the indexes holds one file's offsets at a time.
    """
    seq = 0
    slices: list[Slice] = []
    for source, index in zip(sources, indexes, strict=True):
        skip = 0
        while skip < index.count:
            take = min(index.count - skip, shard_size - seq % shard_size)
            slices.append(Slice(source, skip, take, seq, index.start(skip)))
            skip += take
            seq += take
            if seq % shard_size == 0:
                yield ShardPlan(seq // shard_size - 1, tuple(slices))
                slices = []
    if slices:
        yield ShardPlan(seq // shard_size, tuple(slices))


def read_shard(plan: ShardPlan, config: PipelineConfig) -> Iterator[Document]:
    """The documents of one shard, numbered as a whole-run read numbers them."""
    for part in plan.slices:
        yield from read_slice(part.source, part.skip, part.take, part.seq, config, part.start)
