"""The shared benchmark's clean simplified Chinese texts, for the repair benchmarks of this folder.

The shared folder (``../shared/bench``) is not part of the project: its modules (``repair_bench``, ``damage``,
``score``) are imported from the path given on the command line, after :func:`simplified_texts` puts it on
``sys.path``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def simplified_texts(bench: Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    """``(dataset, id, text)`` of every clean simplified Chinese body the shared repair benchmark damages (its own
    ``load_texts``), the first ``limit`` of each dataset."""
    return [(ds, pid, text) for ds, pid, text, hant in _load_texts(bench, limit) if not hant]


def chinese_texts(bench: Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    """:func:`simplified_texts` and the traditional ones: every clean Chinese body."""
    return [(ds, pid, text) for ds, pid, text, _ in _load_texts(bench, limit)]


def _load_texts(bench: Path, limit: int | None) -> list[tuple[str, str, str, bool]]:
    """The shared repair benchmark's ``load_texts`` over all its datasets: ``(dataset, id, text, traditional)``."""
    if str(bench) not in sys.path:
        sys.path.insert(0, str(bench))
    from repair_bench import load_texts

    data = bench / "data"
    datasets = sorted(p.name for p in data.iterdir() if (p / "index.jsonl").is_file())
    return list(load_texts(data, datasets, limit))
