"""Test-wide settings: derived model tables are cached in a folder of this run, never in the user's home."""

from __future__ import annotations

import os
import tempfile

from newsmend.repair.model_cache import CACHE_ENV


def pytest_configure() -> None:
    os.environ[CACHE_ENV] = tempfile.mkdtemp(prefix="newsmend-cache-")
