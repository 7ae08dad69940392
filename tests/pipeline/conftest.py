"""Fixtures of the pipeline tests: the bundled examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from pipeline_helpers import EXAMPLES


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def pages() -> list[Path]:
    return sorted((EXAMPLES / "pages").glob("*.html"))
