"""Test-wide settings.

Derived model tables are cached in a folder of this run, never in the user's home. Under CI (the ``CI``
variable, set by ``.ci/run`` and by hosted CI services) hypothesis draws the same examples on every run, so a
red build always reproduces; locally it draws new ones each run, to keep finding inputs nobody thought of.
"""

from __future__ import annotations

import os
import tempfile

from hypothesis import settings

from newsmend.repair.model_cache import CACHE_ENV

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_configure() -> None:
    os.environ[CACHE_ENV] = tempfile.mkdtemp(prefix="newsmend-cache-")
