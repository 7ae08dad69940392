"""The Ray engine and the Ray Data building block, on one local Ray (2 CPUs) shared by the module."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pipeline_helpers import html_corpus, write_jsonl_gz

import newsmend
from newsmend.errors import MissingDependencyError
from newsmend.pipeline import run

ray = pytest.importorskip("ray", reason="the dev extra installs ray[data]")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    here = str(Path(__file__).parent)  # Ray workers import the faulty extractors from here, as users ship code
    path = os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, runtime_env={"env_vars": {"PYTHONPATH": path}})
    yield
    ray.shutdown()


def test_ray_and_local_write_the_same_bytes(tmp_path: Path, pages: list[Path], local_ray: None) -> None:
    rows = html_corpus(pages, copies=2)
    rows[4]["html"] = "<p>FAIL-ME</p>"
    rows[9]["html"] = "<p>HANG-ME</p>"
    corpus = write_jsonl_gz(tmp_path / "corpus.jsonl.gz", rows)
    options = {"shard_size": 5, "batch_size": 2, "workers": 2, "timeout": 10,  # cold workers load models first
               "extractor": "faulty_extractors:misbehaving"}
    by_ray = run(corpus, tmp_path / "ray", engine="ray", **options)
    by_pool = run(corpus, tmp_path / "local", engine="local", **options)
    assert by_ray.balanced and (by_ray.written, by_ray.errors) == (by_pool.written, by_pool.errors) == (10, 2)
    assert by_ray.error_types == {"Timeout": 1, "ValueError": 1}
    names = sorted(p.name for p in (tmp_path / "local").glob("*.jsonl.gz"))
    assert names == sorted(p.name for p in (tmp_path / "ray").glob("*.jsonl.gz"))
    for name in names:
        assert (tmp_path / "ray" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_extract_is_a_map_batches_step(pages: list[Path], local_ray: None) -> None:
    from newsmend.ray import OUTPUT_SCHEMA, Extract

    items = [{"page": p.read_bytes(), "link": f"https://example.org/{p.stem}", "key": p.stem} for p in pages]
    items.append({"page": None, "link": None, "key": "empty"})
    dataset = ray.data.from_items(items).map_batches(
        Extract, batch_format="pyarrow", batch_size=3, compute=ray.data.ActorPoolStrategy(size=1),
        fn_constructor_kwargs={"html_field": "page", "url_field": "link", "id_field": "key", "keep": ("key",)})
    rows = {row["id"]: row for row in dataset.take_all()}
    assert set(rows) == {*(p.stem for p in pages), "empty"}
    for page in pages:
        expected = newsmend.extract(page.read_bytes(), url=f"https://example.org/{page.stem}").to_dict()
        assert rows[page.stem]["body"] == expected["body"] and rows[page.stem]["error_type"] is None
        assert rows[page.stem]["key"] == page.stem
    assert rows["empty"]["error_type"] == "ReadError" and rows["empty"]["body"] is None
    assert set(OUTPUT_SCHEMA.names) <= set(rows["empty"])


def test_without_ray_the_engine_says_how_to_install_it(tmp_path: Path, examples: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'newsmend\[ray\]'"):
        run(examples / "pages", tmp_path / "out", engine="ray")
    assert not (tmp_path / "out").exists()


def test_a_document_that_kills_its_ray_worker_is_isolated(tmp_path: Path, local_ray: None) -> None:
    rows = [{"id": "a", "html": "<p>第一段。</p>"}, {"id": "crash", "html": "<p>CRASH-ME</p>"},
            {"id": "b", "html": "<p>第二段。</p>"}]
    corpus = write_jsonl_gz(tmp_path / "corpus.jsonl.gz", rows)
    summary = run(corpus, tmp_path / "out", engine="ray", workers=1, extractor="faulty_extractors:crashing")
    assert summary.balanced and (summary.written, summary.errors) == (2, 1)
    assert summary.error_types == {"WorkerCrash": 1}


def test_a_ray_run_resumes_the_shards_it_did_not_finish(tmp_path: Path, examples: Path, pages: list[Path],
                                                        local_ray: None) -> None:
    corpus = write_jsonl_gz(tmp_path / "corpus.jsonl.gz", html_corpus(pages[:3], copies=3))
    inputs = [corpus, examples / "crawl.warc.gz"]  # 9 + 4 documents: shards 4-6 enter the WARC at an offset
    out = tmp_path / "out"
    first = run(inputs, out, engine="ray", workers=2, shard_size=2)
    assert first.balanced and first.shards == 7
    written = {p.name: p.read_bytes() for p in out.glob("part-*")}
    run(inputs, tmp_path / "local", engine="local", workers=2, shard_size=2)
    assert {p.name: p.read_bytes() for p in (tmp_path / "local").glob("part-*")} == written
    (out / "_done" / "part-00005.json").unlink()  # as a killed run leaves it: shard 5 unfinished, half merged
    (out / "part-00005.jsonl.gz").unlink()
    (out / "_fragments" / "part-00005").mkdir(parents=True)
    (out / "_fragments" / "part-00005" / "000000000010.arrow").write_bytes(b"cut short")
    resumed = run(inputs, out, engine="ray", workers=2, shard_size=2, resume=True)
    assert resumed.balanced and (resumed.shards_resumed, resumed.processed) == (6, 2)
    assert {p.name: p.read_bytes() for p in out.glob("part-*")} == written
    assert not (out / "_fragments").exists()
