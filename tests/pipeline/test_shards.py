"""Shards planned before reading (the Ray engine's driver reads nothing): the plan and the documents it reads
back must be exactly those of one whole-run read."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pipeline_helpers import write_jsonl_gz

from newsmend.pipeline import PipelineConfig
from newsmend.pipeline.readers import Source, discover, read_documents
from newsmend.pipeline.shards import SourceIndex, index_source, plan_shards, read_shard


def _sources(names: list[str]) -> list[Source]:
    return [Source(name, "jsonl", 0) for name in names]


def test_shards_cut_across_files_and_skip_empty_ones() -> None:
    plans = list(plan_shards(_sources(["a", "b", "c", "d"]), map(SourceIndex, [3, 0, 7, 2]), shard_size=4))
    cut = [[(s.source.path, s.skip, s.take, s.seq) for s in p.slices] for p in plans]
    assert cut == [[("a", 0, 3, 0), ("c", 0, 1, 3)], [("c", 1, 4, 4)], [("c", 5, 2, 8), ("d", 0, 2, 10)]]
    assert [p.shard for p in plans] == [0, 1, 2] and [p.documents for p in plans] == [4, 4, 4]
    assert list(plan_shards(_sources(["a"]), [SourceIndex(5)], shard_size=4))[-1].documents == 1


def test_planned_shards_read_what_one_whole_read_gives(tmp_path: Path, examples: Path) -> None:
    lines = [{"id": f"j{i}", "html": f"<p>第{i}段</p>"} for i in range(5)]
    jsonl = write_jsonl_gz(tmp_path / "a.jsonl.gz", lines)
    with gzip.open(jsonl, "at", encoding="utf-8") as f:
        f.write("\n{broken\n")  # a blank line (skipped) and a broken one (a ReadError document)
    plain = tmp_path / "e.jsonl"  # uncompressed, so it can be entered: a BOM, CRLF, a blank and a broken line
    plain.write_bytes(b"\xef\xbb\xbf" + "\r\n\n".join(f'{{"html": "<p>{i}段</p>"}}' for i in range(4)).encode()
                      + b"\n[1]\n{\"text\": \"\xe6\x96\x87\"}")
    pq.write_table(pa.Table.from_pylist([{"html": f"<p>{i}</p>"} for i in range(7)]), tmp_path / "b.parquet",
                   row_group_size=3)
    warc = (examples / "crawl.warc.gz").read_bytes()
    (tmp_path / "c.warc").write_bytes(gzip.decompress(warc))
    (tmp_path / "d.warc.gz").write_bytes(warc[:len(warc) * 3 // 4])  # cut short inside a record
    config = PipelineConfig()
    sources = discover([str(jsonl), str(examples / "crawl.warc.gz"), str(examples / "pages"),
                        str(tmp_path / "b.parquet"), str(tmp_path / "c.warc"), str(tmp_path / "d.warc.gz"), str(plain)])
    indexes = [index_source(s, config) for s in sources]
    whole = list(read_documents(sources, config))
    assert sum(i.count for i in indexes) == len(whole)
    for size in (1, 2, 4, 7, len(whole)):
        plans = list(plan_shards(sources, indexes, size))
        assert [doc for plan in plans for doc in read_shard(plan, config)] == whole
    entered = [s for plan in plan_shards(sources, indexes, 1) for s in plan.slices if s.start is not None]
    assert {s.source.kind for s in entered} == {"warc", "jsonl"} and len(entered) >= 11  # they seek, never rescan
    assert not any(s.source.path.endswith(".gz") for s in entered if s.source.kind == "jsonl")
    plain_docs = [d for d in whole if d.source == str(plain)]
    assert [d.data for d in plain_docs] == [f"<p>{i}段</p>" for i in range(4)] + [None, "文"]
    assert plain_docs[4].id == f"{plain}#7" and "line 8 is not a JSON object" in plain_docs[4].problem[1]
