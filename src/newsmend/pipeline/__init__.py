"""The corpus pipeline: folders, WARC, JSONL and Parquet in; sharded articles, errors and a manifest out.

>>> from newsmend.pipeline import PipelineConfig
>>> PipelineConfig(format="parquet", workers=2).engine
'local'

``run(inputs, output, **options)`` is the entry point (``newsmend run`` on the command line);
``docs/scale.md`` shows it locally and on Ray, ``docs/output-schema.md`` describes what it writes.
"""

from newsmend.pipeline.config import PipelineConfig
from newsmend.pipeline.runner import RunSummary, run

__all__ = ["PipelineConfig", "RunSummary", "run"]
