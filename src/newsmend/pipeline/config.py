"""Options of a corpus run: one immutable object, every default documented."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from typing import Any

from newsmend.errors import ConfigError

#: Documents per output shard. A shard is the unit of resume: a killed run redoes at most the shards that were
#: open. The examples give ~7 KB of JSON a page, so a shard's records (held until it is written) are ~7 MB.
DEFAULT_SHARD_SIZE = 1000

#: Documents per task sent to a worker. Calibrated on the dev pages: at ~20 ms a page, 32 pages make a ~0.6 s
#: task, so the per-task cost (pickling, queueing: ~1 ms) stays well under 1% and progress updates often.
DEFAULT_BATCH_SIZE = 32

#: Per-document time limit in seconds. The slowest dev page extracts in well under 5 s; 60 s matches the
#: benchmark's own limit, so a page counted as a timeout here would also score 0 there.
DEFAULT_TIMEOUT = 60.0

FORMATS = ("jsonl", "parquet")
ENGINES = ("local", "ray")


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """Options of :func:`newsmend.pipeline.run`.

    ``format``: ``"jsonl"`` (gzip-compressed JSON lines) or ``"parquet"`` (zstd). ``engine``: ``"local"`` (a
    process pool on this machine) or ``"ray"`` (Ray Data; ``address`` as for ``ray.init``: ``None`` starts a
    local Ray, ``"auto"`` joins the running cluster, ``"ray://host:10001"`` a remote one). ``workers``:
    parallel extractors (default: all cores). ``resume`` continues a killed run in the same output folder;
    ``overwrite`` removes newsmend's files from it first. ``html_field`` / ``text_field``: the field holding
    the document in JSONL and Parquet inputs (neither: ``"html"`` when a record has it, else ``"text"``).
    ``url_field`` / ``id_field``: where the page's URL and a stable id are (the id falls back to
    ``source-file#record-index``). ``timeout``: seconds per document (``0`` disables the limit).
    ``extractor``: ``"module:function"`` called as ``f(data, url=...)`` instead of :func:`newsmend.extract`.
    ``extract_options``: keyword options passed to the extractor.
    """

    format: str = "jsonl"
    engine: str = "local"
    address: str | None = None
    workers: int | None = None
    resume: bool = False
    overwrite: bool = False
    html_field: str | None = None
    text_field: str | None = None
    url_field: str = "url"
    id_field: str = "id"
    shard_size: int = DEFAULT_SHARD_SIZE
    batch_size: int = DEFAULT_BATCH_SIZE
    timeout: float = DEFAULT_TIMEOUT
    progress: bool = False
    extractor: str | None = None
    extract_options: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _choice("format", self.format, FORMATS)
        _choice("engine", self.engine, ENGINES)
        for name in ("shard_size", "batch_size"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.workers is not None and self.workers < 1:
            raise ConfigError(f"workers must be at least 1, got {self.workers}")
        if self.timeout < 0:
            raise ConfigError(f"timeout must be >= 0 seconds (0 disables it), got {self.timeout}")
        if self.html_field and self.text_field:
            raise ConfigError("give html_field or text_field, not both")
        if self.resume and self.overwrite:
            raise ConfigError("resume and overwrite exclude each other")
        if self.extractor is not None and ":" not in self.extractor:
            raise ConfigError(f"extractor must look like 'module:function', got {self.extractor!r}")

    @property
    def worker_count(self) -> int:
        """The number of parallel extractors: ``workers`` or every core this process may use."""
        return self.workers or len(os.sched_getaffinity(0))

    def output_options(self) -> dict[str, Any]:
        """The options that decide the output's content; a resumed run must use the same ones."""
        keep = ("format", "html_field", "text_field", "url_field", "id_field", "shard_size", "timeout",
                "extractor", "extract_options")
        return {k: v for k, v in asdict(self).items() if k in keep}


def _choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}; got {value!r}")
