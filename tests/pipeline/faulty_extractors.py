"""Extractors that misbehave on purpose, for the isolation tests (``extractor="faulty_extractors:crashing"``).

Each delegates to the real :func:`newsmend.extract` except on documents carrying its trigger word, so the
tests see real output for every other document.
"""

from __future__ import annotations

import contextlib
import os
import time
from typing import Any

import newsmend


def _text(data: bytes | str) -> str:
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else data


def failing(data: bytes | str, url: str | None = None, **options: Any) -> newsmend.Article:
    """Raise a ValueError on documents containing FAIL-ME."""
    if "FAIL-ME" in _text(data):
        raise ValueError("this page is broken on purpose")
    return newsmend.extract(data, url=url, **options)


def crashing(data: bytes | str, url: str | None = None, **options: Any) -> newsmend.Article:
    """Kill the whole process (as a segfault in C code would) on documents containing CRASH-ME."""
    if "CRASH-ME" in _text(data):
        os._exit(3)
    return newsmend.extract(data, url=url, **options)


def stubborn(data: bytes | str, url: str | None = None, **options: Any) -> newsmend.Article:
    """Never finish on documents containing HANG-ME, swallowing every Exception like careless code does."""
    while "HANG-ME" in _text(data):
        with contextlib.suppress(Exception):  # the point: this must not defeat the pipeline's time limit
            time.sleep(0.01)
    return newsmend.extract(data, url=url, **options)


def misbehaving(data: bytes | str, url: str | None = None, **options: Any) -> newsmend.Article:
    """FAIL-ME raises, HANG-ME never finishes, anything else is extracted."""
    if "FAIL-ME" in _text(data):
        return failing(data, url=url, **options)
    return stubborn(data, url=url, **options)


def stuck_in_c(data: bytes | str, url: str | None = None, **options: Any) -> newsmend.Article:
    """On STUCK-ME, a C loop that runs for hours and never returns to the interpreter, so no signal handler runs."""
    if "STUCK-ME" in _text(data):
        sum(range(10**15))
    return newsmend.extract(data, url=url, **options)
