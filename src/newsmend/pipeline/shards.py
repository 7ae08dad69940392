"""Shards planned before reading: which documents of which files make shard ``k``.

The local runner numbers documents as it reads them; the Ray engine reads inside its workers, so its driver
must know beforehand where each shard starts and ends (``seq // shard_size`` over documents numbered across all
inputs in order). That needs each file's document count: a page is one document, a Parquet file states its rows
in its footer, JSON lines and WARC files are counted by reading them (on the cluster, not in the driver).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyarrow.parquet as pq

from newsmend.pipeline.config import PipelineConfig
from newsmend.pipeline.documents import Document
from newsmend.pipeline.readers import Source, read_slice, read_source


@dataclass(frozen=True, slots=True)
class Slice:
    """``take`` documents of ``source`` after its first ``skip``; the first of them is run position ``seq``."""

    source: Source
    skip: int
    take: int
    seq: int


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


def known_count(source: Source) -> int | None:
    """The documents of ``source`` when known without reading it: pages and Parquet files."""
    if source.kind == "page":
        return 1
    if source.kind == "parquet":
        return int(pq.ParquetFile(source.path).metadata.num_rows)
    return None


def count_source(source: Source, config: PipelineConfig) -> int:
    """The documents the reader yields for ``source`` (read through when the kind does not say)."""
    known = known_count(source)
    return known if known is not None else sum(1 for _ in read_source(source, config))


def plan_shards(sources: Iterable[Source], counts: Iterable[int], shard_size: int) -> Iterator[ShardPlan]:
    """The shards of inputs holding ``counts`` documents each, in run order; empty files give no slice."""
    seq = 0
    slices: list[Slice] = []
    for source, count in zip(sources, counts, strict=True):
        skip = 0
        while skip < count:
            take = min(count - skip, shard_size - seq % shard_size)
            slices.append(Slice(source, skip, take, seq))
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
        yield from read_slice(part.source, part.skip, part.take, part.seq, config)
