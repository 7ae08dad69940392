"""Helpers of the pipeline tests: reading run folders and building small corpora from the bundled examples."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import charset_normalizer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def read_jsonl_gz(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def write_jsonl_gz(path: Path, rows: list[dict[str, Any]]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def output_rows(out: Path, kind: str = "part") -> list[dict[str, Any]]:
    """Every row of the ``part`` (JSONL) or ``errors`` files of a run folder, in file order."""
    rows: list[dict[str, Any]] = []
    for path in sorted(out.glob(f"{kind}-*.jsonl.gz")):
        rows += read_jsonl_gz(path)
    return rows


def html_corpus(pages: list[Path], copies: int) -> list[dict[str, Any]]:
    """``copies`` variants of every example page as JSONL rows (``id``, ``url``, ``html``)."""
    rows = []
    for i in range(copies):
        for page in pages:
            html = str(charset_normalizer.from_bytes(page.read_bytes()).best())
            rows.append({"id": f"{page.stem}-{i}", "url": f"https://example.org/{i}/{page.stem}",
                         "html": html.replace("</body>", f"<p>copy {i}</p></body>")})
    return rows
