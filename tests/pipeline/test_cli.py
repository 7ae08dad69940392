"""``newsmend run`` as a user runs it: a subprocess, its summary, its errors, and a SIGKILL followed by --resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline_helpers import html_corpus, output_rows, write_jsonl_gz

CLI = [sys.executable, "-c", "from newsmend.cli import main; main()", "run"]
#: Pages that extract fast, so the kill test has many shards in a few seconds.
FAST_PAGES = ("en-cp1252-t0395", "en-daringfireball-1", "zh-chinese_article_002", "zh-zsnews-1")


def newsmend_run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300,
                          env={**os.environ, "COLUMNS": "200"})


def test_the_readme_command_prints_a_summary(tmp_path: Path, examples: Path) -> None:
    done = newsmend_run(examples, "-o", tmp_path / "out", "--workers", "2")
    assert done.returncode == 0, done.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    documents = manifest["counts"]["documents"]
    assert documents == 16
    assert f"documents        │ {documents}" in done.stdout and "manifest.json" in done.stdout


def test_usage_errors_exit_2_naming_the_path(tmp_path: Path, examples: Path) -> None:
    missing = newsmend_run(tmp_path / "nowhere", "-o", tmp_path / "out")
    assert missing.returncode == 2 and missing.stderr.startswith("newsmend: error:")
    assert str(tmp_path / "nowhere") in missing.stderr
    pages = examples / "pages" / "en-*.html"
    assert newsmend_run(pages, "-o", tmp_path / "out").returncode == 0
    again = newsmend_run(pages, "-o", tmp_path / "out")
    assert again.returncode == 2 and "not empty" in again.stderr and "--resume" in again.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    unwritable = newsmend_run(pages, "-o", blocker / "out")
    assert unwritable.returncode == 2 and str(blocker) in unwritable.stderr


def test_a_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path, pages: list[Path]) -> None:
    rows = html_corpus([p for p in pages if p.stem in FAST_PAGES], copies=50)
    corpus = write_jsonl_gz(tmp_path / "corpus.jsonl.gz", rows)
    out = tmp_path / "out"
    args = [corpus, "-o", out, "--workers", "2", "--shard-size", "10", "--no-progress"]
    proc = subprocess.Popen([*CLI, *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while len(list(out.glob("_done/*.json"))) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "manifest.json").exists(), "the run finished before it could be killed"
    marked = len(list(out.glob("_done/*.json")))
    assert 3 <= marked < 20

    resumed = newsmend_run(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["shards_resumed"] == marked
    assert manifest["accounting"] == {"documents_read": 200, "written_plus_errors": 200, "balanced": True}
    ids = [r["id"] for r in output_rows(out)] + [e["id"] for e in output_rows(out, "errors")]
    assert sorted(ids) == sorted(r["id"] for r in rows)
    assert not list(out.glob(".*.tmp"))
