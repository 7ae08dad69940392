"""``newsmend repair`` as users run it: a subprocess, files and standard input, text, report and JSON output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

NEWSMEND = Path(sys.executable).with_name("newsmend")
DAMAGED = "据悉,会议研究部署了进一步促进消费的政策措施".encode().decode("latin-1")
REPAIRED = "据悉，会议研究部署了进一步促进消费的政策措施"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(NEWSMEND), "repair", *args], input=stdin, capture_output=True, timeout=120,
                          check=False)


@pytest.fixture
def damaged_file(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, "utf-8")
    return path


def test_repairs_a_file(damaged_file: Path) -> None:
    done = run(str(damaged_file))
    assert done.returncode == 0
    assert done.stdout.decode("utf-8") == REPAIRED


def test_reads_standard_input() -> None:
    done = run("-", stdin=DAMAGED.encode("utf-8"))
    assert done.returncode == 0
    assert done.stdout.decode("utf-8") == REPAIRED


def test_report_lists_the_fixes_on_stderr(damaged_file: Path) -> None:
    done = run(str(damaged_file), "--report")
    assert done.returncode == 0
    assert done.stdout.decode("utf-8") == REPAIRED
    report = done.stderr.decode("utf-8")
    assert "mojibake" in report and "utf8-as-latin1" in report


def test_json_carries_text_fixes_and_flags(damaged_file: Path) -> None:
    done = run(str(damaged_file), "--json")
    assert done.returncode == 0
    result = json.loads(done.stdout)
    assert result["text"] == REPAIRED
    assert {"mojibake", "mojibake:utf8-as-latin1"} <= set(result["flags"])
    assert [f["kind"] for f in result["fixes"]] == ["mojibake"]


def test_punctuation_keep(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("据悉,该计划已得到确认。", "utf-8")
    assert run(str(path), "--punctuation", "keep").stdout.decode("utf-8") == "据悉,该计划已得到确认。"
    assert run(str(path)).stdout.decode("utf-8") == "据悉，该计划已得到确认。"


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    done = run(str(tmp_path / "nope.txt"))
    assert done.returncode == 2
    assert "newsmend: error" in done.stderr.decode("utf-8") and "nope.txt" in done.stderr.decode("utf-8")


def test_non_utf8_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("中文内容".encode("gbk"))
    done = run(str(path))
    assert done.returncode == 2
    message = done.stderr.decode("utf-8")
    assert "not UTF-8" in message and "gbk.txt" in message
