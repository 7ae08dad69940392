"""A corpus run: read -> batch -> engine -> assemble shards -> write -> manifest.

1. Discover the inputs and check the output folder (errors name the path before any work).
2. Read documents in a stable order; document ``seq`` goes to shard ``seq // shard_size``. Shards done by an
   earlier run (resume) are read past, not processed; documents the reader could not get become error records
   here, without extraction.
3. The engine extracts batches (never crossing a shard) and returns outcomes in any order.
4. A shard is written, then marked done, once its input is closed and all its outcomes are in.
5. The manifest sums the markers and checks that documents read = records written + errors.

Steps 2-4 are the local engine's; the Ray engine does them on the cluster (:mod:`newsmend.pipeline.ray_engine`)
with the same reader, step and writer, and this process only plans shards and collects their markers.
"""

from __future__ import annotations

import platform
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from newsmend.errors import PipelineError
from newsmend.options import make_config
from newsmend.pipeline.config import PipelineConfig
from newsmend.pipeline.documents import Document, Outcome
from newsmend.pipeline.engines import make_engine
from newsmend.pipeline.output import MANIFEST_FILE, plan_of, prepare_output
from newsmend.pipeline.progress import progress_bar
from newsmend.pipeline.ray_engine import require_ray, run_on_ray
from newsmend.pipeline.readers import Source, check_sources, count_documents, discover, read_documents
from newsmend.pipeline.steps import error_record, load_extractor
from newsmend.pipeline.writers import ShardReport, write_json, write_shard


@dataclass(slots=True)
class RunSummary:
    """What a run did; the same numbers are in ``manifest.json``."""

    output: Path
    documents: int
    written: int
    errors: int
    shards: int
    shards_resumed: int
    processed: int
    wall_seconds: float
    error_types: dict[str, int] = field(default_factory=dict)

    @property
    def balanced(self) -> bool:
        """Every document read is either a written record or an error record."""
        return self.documents == self.written + self.errors

    @property
    def docs_per_second(self) -> float:
        """Documents extracted by this invocation (not those of resumed shards) per wall-clock second."""
        return self.processed / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def manifest(self) -> Path:
        return self.output / MANIFEST_FILE


def run(inputs: str | Path | Sequence[str | Path], output: str | Path, config: PipelineConfig | None = None,
        **options: Any) -> RunSummary:
    """Extract every document of ``inputs`` (files, folders, globs) into sharded files in ``output``.

    Options are those of :class:`PipelineConfig`, as a config object or keywords (``workers=2``). Raises
    :class:`PipelineError` for a missing input, an unusable output folder, or a run that does not balance.
    """
    if config is None:
        config = make_config(PipelineConfig, options)
    elif options:
        config = replace(config, **options)
    paths = [str(inputs)] if isinstance(inputs, (str, Path)) else [str(p) for p in inputs]
    out = Path(output)
    started, clock = datetime.now(timezone.utc), time.perf_counter()
    sources = discover(paths, exclude=out)
    check_sources(sources, config)
    load_extractor(config.extractor)  # a wrong "module:function" fails here, not in every worker
    if config.engine == "ray":
        require_ray()  # before the output folder is touched
    done = prepare_output(out, plan_of(sources, config), config)
    resumed = dict(done)
    with progress_bar(config.progress, count_documents(sources)) as advance:
        if config.engine == "ray":
            documents = run_on_ray(sources, config, out, done, advance)
        else:
            documents = _run_locally(sources, config, out, done, advance)
    processed = sum(r.documents for k, r in done.items() if k not in resumed)
    summary = _summary(out, documents, done, len(resumed), processed, time.perf_counter() - clock)
    _write_manifest(out, summary, sources, config, done, started)
    if not summary.balanced:
        raise PipelineError(f"{out}: {summary.documents} documents read but {summary.written} written and "
                            f"{summary.errors} errors; the run is incomplete, rerun with --resume")
    return summary


def _run_locally(sources: Sequence[Source], config: PipelineConfig, out: Path, done: dict[int, ShardReport],
                 advance: Callable[[int], None]) -> int:
    """Read here, extract in the local pool, write here; adds the shards to ``done``, returns documents read."""
    engine = make_engine(config)
    reader = _Counting(read_documents(sources, config))
    try:
        assembler = _ShardAssembler(out, config, done, advance)
        for outcomes in engine.map(_batches(reader, config, assembler)):
            assembler.receive(outcomes)
        assembler.finish()
    finally:
        engine.close()
    return reader.count


class _Counting:
    """An iterator of documents that counts what it hands out."""

    def __init__(self, docs: Iterator[Document]) -> None:
        self._docs = docs
        self.count = 0

    def __iter__(self) -> Iterator[Document]:
        for doc in self._docs:
            self.count += 1
            yield doc


class _ShardAssembler:
    """Collects outcomes per shard; writes a shard once its input is closed and every outcome is in."""

    def __init__(self, output: Path, config: PipelineConfig, done: dict[int, ShardReport],
                 advance: Callable[[int], None]) -> None:
        self._output = output
        self._format = config.format
        self.shard_size = config.shard_size
        self.done = done
        self._advance = advance
        self._expected: Counter[int] = Counter()
        self._outcomes: dict[int, list[Outcome]] = {}
        self._closed: set[int] = set()

    def expect(self, shard: int) -> None:
        self._expected[shard] += 1
        self._outcomes.setdefault(shard, [])

    def skip(self) -> None:
        self._advance(1)

    def close(self, shard: int) -> None:
        self._closed.add(shard)
        self._write_if_complete(shard)

    def receive(self, outcomes: Sequence[Outcome]) -> None:
        for outcome in outcomes:
            shard = outcome.seq // self.shard_size
            self._outcomes[shard].append(outcome)
            self._write_if_complete(shard)
        self._advance(len(outcomes))

    def finish(self) -> None:
        if self._outcomes:
            missing = sorted(self._outcomes)
            raise PipelineError(f"{self._output}: shards {missing} did not receive all their documents")

    def _write_if_complete(self, shard: int) -> None:
        if shard in self._closed and len(self._outcomes.get(shard, ())) == self._expected[shard]:
            self.done[shard] = write_shard(self._output, shard, self._outcomes.pop(shard), self._format)


def _batches(docs: _Counting, config: PipelineConfig, assembler: _ShardAssembler) -> Iterator[list[Document]]:
    """Documents of unfinished shards in batches within one shard; tells the assembler what to expect."""
    batch: list[Document] = []
    current = -1
    for doc in docs:
        shard = doc.seq // config.shard_size
        if shard != current:
            if batch:
                yield batch
                batch = []
            if current >= 0 and current not in assembler.done:
                assembler.close(current)
            current = shard
        if shard in assembler.done:
            assembler.skip()
            continue
        assembler.expect(shard)
        if doc.problem is not None:
            assembler.receive([Outcome(doc.seq, error=error_record(doc, *doc.problem))])
            continue
        batch.append(doc)
        if len(batch) >= config.batch_size:
            yield batch
            batch = []
    if batch:
        yield batch
    if current >= 0 and current not in assembler.done:
        assembler.close(current)


def _summary(out: Path, documents: int, reports: dict[int, ShardReport], resumed: int, processed: int,
             seconds: float) -> RunSummary:
    error_types: Counter[str] = Counter()
    for report in reports.values():
        error_types.update(report.error_types)
    return RunSummary(output=out, documents=documents, written=sum(r.written for r in reports.values()),
                      errors=sum(r.errors for r in reports.values()), shards=len(reports),
                      shards_resumed=resumed, processed=processed,
                      wall_seconds=seconds, error_types=dict(sorted(error_types.items())))


def _write_manifest(out: Path, summary: RunSummary, sources: Sequence[Any], config: PipelineConfig,
                    reports: dict[int, ShardReport], started: datetime) -> None:
    totals: dict[str, Counter[str]] = {"repairs": Counter(), "flags": Counter()}
    for report in reports.values():
        totals["repairs"].update(report.repairs)
        totals["flags"].update(report.flags)
    manifest = {
        "versions": _versions(config.engine),
        "inputs": [asdict(s) for s in sources],
        "options": {k: v for k, v in asdict(config).items() if k not in ("resume", "overwrite", "progress")},
        "workers": config.worker_count if config.engine == "local" else config.workers,
        "resumed": config.resume,
        "counts": {"documents": summary.documents, "written": summary.written, "errors": summary.errors,
                   "shards": summary.shards, "shards_resumed": summary.shards_resumed,
                   "processed_now": summary.processed},
        "accounting": {"documents_read": summary.documents,
                       "written_plus_errors": summary.written + summary.errors, "balanced": summary.balanced},
        "error_types": summary.error_types,
        "repairs": dict(sorted(totals["repairs"].items())),
        "flags": dict(sorted(totals["flags"].items())),
        "timings": {"started": started.isoformat(timespec="seconds"),
                    "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "wall_seconds": round(summary.wall_seconds, 3),
                    "documents_per_second": round(summary.docs_per_second, 2),
                    "extract_seconds": round(sum(r.extract_seconds for r in reports.values()), 3)},
    }
    write_json(out / MANIFEST_FILE, manifest)


def _versions(engine: str) -> dict[str, str]:
    names = ["newsmend", "pyarrow", "fastwarc", *(["ray"] if engine == "ray" else [])]
    found = {"python": platform.python_version()}
    for name in names:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found
