"""Readers: discovery of inputs, and documents from pages, WARC, JSONL and Parquet with stable ids."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pipeline_helpers import write_jsonl_gz

from newsmend.errors import PipelineError
from newsmend.pipeline import PipelineConfig
from newsmend.pipeline.readers import check_sources, count_documents, discover, read_documents


def test_a_folder_is_walked_sorted_and_only_input_kinds_are_kept(examples: Path) -> None:
    sources = discover([str(examples)])
    paths = [s.path for s in sources]
    assert paths == sorted(paths)
    assert {s.kind for s in sources} == {"page", "warc", "jsonl"}
    assert not any(p.endswith(".py") for p in paths)  # make_warc.py is not input


def test_the_output_folder_and_duplicates_are_not_inputs(tmp_path: Path, pages: list[Path]) -> None:
    for page in pages[:2]:
        shutil.copy(page, tmp_path / page.name)
    (tmp_path / "out").mkdir()
    shutil.copy(pages[2], tmp_path / "out" / "part.html")
    sources = discover([str(tmp_path), str(tmp_path / pages[0].name)], exclude=tmp_path / "out")
    assert [Path(s.path).name for s in sources] == sorted(p.name for p in pages[:2])


def test_globs_expand_and_bad_paths_name_themselves(tmp_path: Path, examples: Path) -> None:
    assert len(discover([f"{examples}/pages/zh-*.html"])) == 3
    with pytest.raises(PipelineError, match="no-such-folder"):
        discover([str(tmp_path / "no-such-folder")])
    with pytest.raises(PipelineError, match=r"\*\.nothing"):
        discover([f"{tmp_path}/*.nothing"])
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"x")
    with pytest.raises(PipelineError, match=r"notes\.docx"):
        discover([str(odd)])


def test_pages_are_read_as_raw_bytes_also_gzipped(tmp_path: Path, pages: list[Path]) -> None:
    gbk = next(p for p in pages if "gb2312" in p.name)
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(gbk.read_bytes()))
    docs = list(read_documents(discover([str(gbk), str(packed)]), PipelineConfig()))
    assert [d.data for d in docs] == [gbk.read_bytes(), gbk.read_bytes()]
    assert [d.id for d in docs] == [str(gbk), str(packed)]
    assert [d.seq for d in docs] == [0, 1]


def test_warc_yields_html_responses_with_url_date_and_offset_ids(examples: Path) -> None:
    warc = examples / "crawl.warc.gz"
    docs = list(read_documents(discover([str(warc)]), PipelineConfig()))
    assert len(docs) == 4  # the warcinfo, requests and the text/plain response are skipped
    assert all(d.url and d.url.startswith("http") for d in docs)
    assert all(d.date == "2024-05-01T00:00:00Z" for d in docs)
    assert len({d.id for d in docs}) == 4 and all(d.id.startswith(f"{warc}#") for d in docs)
    originals = {p.read_bytes() for p in (examples / "pages").glob("*.html")}
    assert all(d.data in originals for d in docs)
    # The HTTP Content-Type's charset travels with the document (make_warc.py declares two of them).
    assert sorted(d.charset or "" for d in docs) == ["", "", "gb2312", "utf-8"]


def test_jsonl_fields_ids_and_broken_lines(tmp_path: Path) -> None:
    path = write_jsonl_gz(tmp_path / "docs.jsonl.gz", [
        {"id": "a", "url": "https://example.org/a", "text": "据悉,该计划已得到确认。"},
        {"text": "no id here"},
        {"id": "c", "body": "the field is missing"},
    ])
    with gzip.open(path, "at", encoding="utf-8") as f:
        f.write("{not json\n")
    docs = list(read_documents(discover([str(path)]), PipelineConfig(text_field="text")))
    assert [d.id for d in docs] == ["a", f"{path}#1", "c", f"{path}#3"]
    assert docs[0].data == "据悉,该计划已得到确认。" and docs[0].url == "https://example.org/a"
    assert docs[2].problem is not None and "'text'" in docs[2].problem[1]
    assert docs[3].problem is not None and "line 4" in docs[3].problem[1]


def test_parquet_is_read_in_batches_with_its_count_known(tmp_path: Path) -> None:
    rows = [{"doc": f"d{i}", "html": f"<p>第{i}段</p>".encode(), "link": None} for i in range(600)]
    path = tmp_path / "pages.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=100)
    config = PipelineConfig(id_field="doc", url_field="link")
    sources = discover([str(path)])
    check_sources(sources, config)
    assert count_documents(sources) == 600
    docs = list(read_documents(sources, config))
    assert [d.id for d in docs] == [r["doc"] for r in rows]
    assert docs[599].data == rows[599]["html"]


def test_parquet_without_the_document_column_fails_before_work(tmp_path: Path) -> None:
    path = tmp_path / "pages.parquet"
    pq.write_table(pa.table({"id": ["x"], "content": ["<p>x</p>"]}), path)
    with pytest.raises(PipelineError, match=r"pages\.parquet.*'html' or 'text'"):
        check_sources(discover([str(path)]), PipelineConfig())
    with pytest.raises(PipelineError, match="'body'"):
        check_sources(discover([str(path)]), PipelineConfig(html_field="body"))


def test_reading_is_lazy(tmp_path: Path) -> None:
    path = write_jsonl_gz(tmp_path / "many.jsonl.gz", [{"text": f"文{i}"} for i in range(50_000)])
    docs = read_documents(discover([str(path)]), PipelineConfig())
    first = next(docs)
    assert first.seq == 0 and first.data == "文0"
    assert count_documents(discover([str(path)])) is None  # unknown without reading it all
