"""``newsmend.pipeline.run`` with the local engine: output equals extract() in a loop, accounting, formats,
isolation of failing, hanging and crashing documents, resume, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from pipeline_helpers import html_corpus, output_rows, write_jsonl_gz

import newsmend
from newsmend.errors import ConfigError, PipelineError
from newsmend.pipeline import run
from newsmend.pipeline.schema import ERROR_SCHEMA, RECORD_SCHEMA


def _roundtrip(value: object) -> object:
    return json.loads(json.dumps(value, ensure_ascii=False))


def test_examples_give_what_extract_gives_page_by_page(tmp_path: Path, examples: Path, pages: list[Path]) -> None:
    summary = run(examples, tmp_path / "out", workers=2)
    rows = {row["id"]: row for row in output_rows(tmp_path / "out")}
    assert summary.balanced and summary.errors == 0 and summary.written == len(rows) == summary.documents
    for page in pages:
        expected = _roundtrip(newsmend.extract(page.read_bytes()).to_dict())
        row = rows[str(page)]
        assert {k: row[k] for k in expected} == expected
        assert (row["id"], row["source_file"], row["input_url"]) == (str(page), str(page), None)
    assert list(next(iter(rows.values()))) == RECORD_SCHEMA.names


def test_the_manifest_accounts_for_every_document(tmp_path: Path, examples: Path) -> None:
    summary = run(examples, tmp_path / "out", workers=1, shard_size=4)
    manifest = json.loads(summary.manifest.read_text(encoding="utf-8"))
    counts = manifest["counts"]
    assert counts["documents"] == counts["written"] + counts["errors"] == summary.documents
    assert counts["shards"] == -(-summary.documents // 4) == len(list((tmp_path / "out").glob("part-*")))
    assert manifest["accounting"]["balanced"] is True
    assert {i["path"] for i in manifest["inputs"]} >= {str(examples / "crawl.warc.gz")}
    assert manifest["versions"]["newsmend"] == newsmend.__version__
    assert manifest["options"]["shard_size"] == 4
    assert manifest["timings"]["wall_seconds"] > 0
    repairs = sum(len(row["repairs"]) for row in output_rows(tmp_path / "out"))
    assert sum(manifest["repairs"].values()) == repairs


def test_parquet_holds_the_same_records_as_jsonl(tmp_path: Path, examples: Path) -> None:
    run(examples / "pages", tmp_path / "jsonl", workers=1)
    run(examples / "pages", tmp_path / "parquet", workers=1, format="parquet")
    table = pq.read_table(tmp_path / "parquet" / "part-00000.parquet")
    assert table.schema.equals(RECORD_SCHEMA)
    assert _roundtrip(table.to_pylist()) == output_rows(tmp_path / "jsonl")


def test_one_worker_or_two_write_the_same_bytes(tmp_path: Path, pages: list[Path]) -> None:
    corpus = write_jsonl_gz(tmp_path / "corpus.jsonl.gz", html_corpus(pages, copies=3))
    for workers in (1, 2):
        run(corpus, tmp_path / f"w{workers}", workers=workers, shard_size=5, batch_size=2)
    parts = sorted(p.name for p in (tmp_path / "w1").glob("part-*"))
    assert len(parts) == 4
    for name in parts:
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes()


def test_failing_documents_become_error_records_and_nothing_is_lost(tmp_path: Path, pages: list[Path]) -> None:
    rows = html_corpus(pages, copies=2)
    rows[3]["html"] = "<p>FAIL-ME</p>"
    rows[7]["html"] = "<p>FAIL-ME too</p>"
    rows.append({"id": "no-html", "url": None, "body": "wrong field"})
    corpus = write_jsonl_gz(tmp_path / "corpus.jsonl.gz", rows)
    summary = run(corpus, tmp_path / "out", workers=2, extractor="faulty_extractors:failing", html_field="html")
    errors = output_rows(tmp_path / "out", "errors")
    assert summary.balanced and summary.documents == len(rows)
    assert summary.error_types == {"ReadError": 1, "ValueError": 2}
    assert {e["id"] for e in errors} == {rows[3]["id"], rows[7]["id"], "no-html"}
    assert all(list(e) == ERROR_SCHEMA.names and e["source_file"] == str(corpus) for e in errors)
    assert "broken on purpose" in next(e["message"] for e in errors if e["error_type"] == "ValueError")
    written = {r["id"] for r in output_rows(tmp_path / "out")}
    assert written | {e["id"] for e in errors} == {r["id"] for r in rows} and not written & {e["id"] for e in errors}


def test_a_document_that_swallows_exceptions_still_times_out(tmp_path: Path, pages: list[Path]) -> None:
    rows = [*html_corpus(pages[:2], copies=1), {"id": "hang", "html": "<p>HANG-ME</p>"}]
    corpus = write_jsonl_gz(tmp_path / "corpus.jsonl.gz", rows)
    summary = run(corpus, tmp_path / "out", workers=1, timeout=3, extractor="faulty_extractors:stubborn")
    assert summary.balanced and summary.written == 2
    [error] = output_rows(tmp_path / "out", "errors")
    assert (error["id"], error["error_type"]) == ("hang", "Timeout")


def test_a_document_that_kills_its_worker_is_isolated(tmp_path: Path, pages: list[Path]) -> None:
    rows = html_corpus(pages, copies=2)
    rows[5]["html"] = "<p>CRASH-ME</p>"
    corpus = write_jsonl_gz(tmp_path / "corpus.jsonl.gz", rows)
    summary = run(corpus, tmp_path / "out", workers=2, batch_size=2, extractor="faulty_extractors:crashing")
    assert summary.balanced and summary.documents == len(rows) and summary.written == len(rows) - 1
    [error] = output_rows(tmp_path / "out", "errors")
    assert (error["id"], error["error_type"]) == (rows[5]["id"], "WorkerCrash")
    assert len({r["id"] for r in output_rows(tmp_path / "out")}) == len(rows) - 1


def test_resume_skips_finished_shards_and_redoes_unmarked_ones(tmp_path: Path, pages: list[Path]) -> None:
    corpus = write_jsonl_gz(tmp_path / "corpus.jsonl.gz", html_corpus(pages, copies=2))
    out = tmp_path / "out"
    first = run(corpus, out, workers=1, shard_size=4)
    reference = {p.name: p.read_bytes() for p in out.glob("part-*")}
    (out / "_done" / "part-00001.json").unlink()  # as if killed before shard 1 was marked
    (out / "part-00001.jsonl.gz").write_bytes(b"half a file")
    again = run(corpus, out, workers=1, shard_size=4, resume=True)
    assert again.shards_resumed == first.shards - 1 and again.processed == 4
    assert {p.name: p.read_bytes() for p in out.glob("part-*")} == reference
    assert again.balanced and again.documents == first.documents


def test_resume_refuses_a_folder_of_another_run(tmp_path: Path, examples: Path) -> None:
    run(examples / "pages", tmp_path / "out", workers=1)
    with pytest.raises(PipelineError, match="output options differ"):
        run(examples / "pages", tmp_path / "out", workers=1, resume=True, shard_size=7)
    with pytest.raises(PipelineError, match="input files differ"):
        run(examples / "pages" / "zh-*.html", tmp_path / "out", workers=1, resume=True)


def test_a_non_empty_output_needs_resume_or_overwrite(tmp_path: Path, examples: Path) -> None:
    out = tmp_path / "out"
    run(examples / "pages", out, workers=1, shard_size=3)
    with pytest.raises(PipelineError, match=f"{out}: the output folder is not empty"):
        run(examples / "pages", out, workers=1)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    summary = run(examples / "pages" / "zh-*.html", out, workers=1, overwrite=True)
    assert summary.shards == 1 and sorted(p.name for p in out.glob("part-*")) == ["part-00000.jsonl.gz"]
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_bad_paths_and_options_are_named(tmp_path: Path, examples: Path) -> None:
    with pytest.raises(PipelineError, match="missing-folder"):
        run(tmp_path / "missing-folder", tmp_path / "out")
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(PipelineError, match="a-file"):
        run(examples / "pages", blocker)
    with pytest.raises(PipelineError, match="cannot write"):
        run(examples / "pages", blocker / "below")
    with pytest.raises(ConfigError, match="format"):
        run(examples, tmp_path / "out", format="csv")
    with pytest.raises(ConfigError, match="unknown option"):
        run(examples, tmp_path / "out", shards=3)


def test_parquet_input_with_a_text_field(tmp_path: Path, examples: Path) -> None:
    import pyarrow as pa

    seed = next(examples.glob("seed-*.txt")).read_text(encoding="utf-8")
    rows = [{"doc_id": "seed", "link": "https://example.org/seed", "content": seed},
            {"doc_id": "short", "link": None, "content": "据悉,该计划已得到确认。"},
            {"doc_id": "null", "link": None, "content": None}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "docs.parquet")
    summary = run(tmp_path / "docs.parquet", tmp_path / "out", workers=1, text_field="content", id_field="doc_id",
                  url_field="link")
    assert summary.balanced and (summary.written, summary.errors) == (2, 1)
    written = {r["id"]: r for r in output_rows(tmp_path / "out")}
    expected = _roundtrip(newsmend.extract(seed, url="https://example.org/seed").to_dict())
    assert {k: written["seed"][k] for k in expected} == expected
    assert written["seed"]["input_url"] == "https://example.org/seed"
    [error] = output_rows(tmp_path / "out", "errors")
    assert (error["id"], error["error_type"]) == ("null", "ReadError")


def test_a_document_stuck_in_c_code_ends_its_worker_and_fails_alone(tmp_path: Path, pages: list[Path]) -> None:
    rows = [*html_corpus(pages[:2], copies=2), {"id": "stuck", "html": "<p>STUCK-ME</p>"}]
    corpus = write_jsonl_gz(tmp_path / "corpus.jsonl.gz", rows)
    summary = run(corpus, tmp_path / "out", workers=2, timeout=0.5, extractor="faulty_extractors:stuck_in_c")
    assert summary.balanced and summary.written == 4
    [error] = output_rows(tmp_path / "out", "errors")
    assert (error["id"], error["error_type"]) == ("stuck", "WorkerCrash")
