"""The corpus pipeline: folders, WARC, JSONL and Parquet in; sharded articles, errors and a manifest out.

>>> from newsmend.pipeline import PipelineConfig
>>> PipelineConfig(format="parquet", workers=2).engine
'local'

``run(inputs, output, **options)`` is the entry point (``newsmend run`` on the command line);
``docs/scale.md`` shows it locally and on Ray, ``docs/output-schema.md`` describes what it writes.

The names are imported on first use: a worker process unpickling its step (``newsmend.pipeline.steps``) then
skips the runner's imports (rich, Parquet, the Ray engine), ~0.2 s of CPU per worker start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsmend.pipeline.config import PipelineConfig
    from newsmend.pipeline.runner import RunSummary, run

__all__ = ["PipelineConfig", "RunSummary", "run"]

_HOMES = {"PipelineConfig": "newsmend.pipeline.config", "RunSummary": "newsmend.pipeline.runner",
          "run": "newsmend.pipeline.runner"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'newsmend.pipeline' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
