"""The Ray engine: a Ray Data pipeline read -> ``map_batches(Extract)`` -> write, the driver holding no documents.

1. Plan: every input file's document count (pages and Parquet from metadata; JSON lines and WARC counted by Ray
   tasks reading them, WARC with each record's offset) places every shard in its files
   (:mod:`newsmend.pipeline.shards`) before any reading.
2. Run one dataset over the shards still to do: ``map_batches(read_batches)`` tasks read their shard's files
   and emit Arrow batches of documents; :class:`newsmend.ray.Extract` (the step the local engine runs) maps them
   on an actor pool; ``map_batches(write_fragments)`` tasks write each batch's rows under
   ``_fragments/part-NNNNN/`` and pass on only counts.
3. The driver streams those counts; once a shard's fragments hold all its documents, a Ray task merges them into
   the shard's files and marker with the local engine's writer, so both engines write the same bytes and
   ``--resume`` works shard by shard as it does locally.

A document that kills its actor (a crash in C code, or stuck there past the hard limit) loses its batch: Ray
Data skips the failed block (``max_errored_blocks``) and restarts the actor. The shard's merge task finds the
missing documents, rereads them and extracts them one at a time in a child process, so only the culprit becomes
a ``WorkerCrash`` error.
"""

from __future__ import annotations

import math
import pickle
import shutil
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.feather as feather

from newsmend.errors import MissingDependencyError, PipelineError
from newsmend.pipeline.config import PipelineConfig
from newsmend.pipeline.documents import Document, Outcome
from newsmend.pipeline.engines import LocalEngine
from newsmend.pipeline.readers import Source
from newsmend.pipeline.shards import ShardPlan, SourceIndex, index_source, known_count, plan_shards, read_shard
from newsmend.pipeline.steps import StepOptions
from newsmend.pipeline.writers import FRAGMENT_DIR, ShardReport, shard_stem, write_atomically, write_shard

#: Extraction actors per reading task. Reading a page and packing it into Arrow costs well under 1 ms against
#: ~15 ms to extract it (dev pages, ``BENCHMARKS.md``); 8 leaves a wide margin for slow storage and WARC parsing.
ACTORS_PER_READER = 8

#: Extraction actors per fragment-writing task: an Arrow IPC write of a batch's ~10 KB rows costs far less
#: than the batch's extraction (the same margin as for reading).
ACTORS_PER_WRITER = 8

#: Ray Data settings of a run, restored afterwards: no progress bars (newsmend draws its own), and a failed
#: block (an actor killed by its document) is skipped, not fatal: its shard's merge recovers the documents.
DATA_CONTEXT = {"enable_progress_bars": False, "print_on_execution_start": False, "max_errored_blocks": -1}


def require_ray() -> Any:
    """The ``ray`` module, or :class:`MissingDependencyError` with the install hint."""
    try:
        import ray
        import ray.data
    except ImportError as e:
        raise MissingDependencyError("the ray engine needs Ray Data: pip install 'newsmend[ray]'") from e
    return ray


def run_on_ray(sources: Sequence[Source], config: PipelineConfig, output: Path, done: dict[int, ShardReport],
               advance: Callable[[int], None]) -> int:
    """Extract every shard not in ``done`` on Ray, adding their reports to ``done``; return the documents read.

    Joins a running Ray (``ray.is_initialized()``, e.g. started by the caller) or starts one: local with
    ``config.workers`` CPUs, or the cluster at ``config.address``. Workers read the inputs and write the output
    folder, so on a cluster both must be on storage every node sees.
    """
    ray = require_ray()
    documents = 0
    with _session(ray, config) as workers:
        todo: list[ShardPlan] = []
        for plan in plan_shards(sources, _indexes(ray, sources, config), config.shard_size):
            documents += plan.documents
            if plan.shard in done:
                advance(plan.documents)
            else:
                todo.append(plan)
        shutil.rmtree(output / FRAGMENT_DIR, ignore_errors=True)  # a killed run's fragments: redone whole
        if todo:
            done.update(_extract(ray, todo, config, output, workers, advance))
        shutil.rmtree(output / FRAGMENT_DIR, ignore_errors=True)
    return documents


@contextmanager
def _session(ray: Any, config: PipelineConfig) -> Iterator[int]:
    """Ray started (or joined) with this run's Ray Data settings; yields the number of extraction actors."""
    owns = not ray.is_initialized()
    if owns:
        cpus = config.workers if config.address is None else None
        ray.init(address=config.address, num_cpus=cpus, log_to_driver=False, include_dashboard=False,
                 configure_logging=False)
    context = ray.data.DataContext.get_current()
    saved = {name: getattr(context, name) for name in DATA_CONTEXT}
    for name, value in DATA_CONTEXT.items():
        setattr(context, name, value)
    try:
        yield config.workers or max(1, int(ray.available_resources().get("CPU", 1)))
    finally:
        for name, value in saved.items():
            setattr(context, name, value)
        if owns:
            ray.shutdown()


def _indexes(ray: Any, sources: Sequence[Source], config: PipelineConfig) -> Iterator[SourceIndex]:
    """Each input's index, in input order; files whose kind does not say their count are indexed by Ray tasks
    (all started at once, collected one at a time so that this process holds one file's offsets at a time)."""
    index = ray.remote(index_source).options(num_cpus=1)
    known = [known_count(s) for s in sources]
    pending = {i: index.remote(s, config) for i, (s, n) in enumerate(zip(sources, known, strict=True)) if n is None}
    for i, n in enumerate(known):
        yield SourceIndex(n) if n is not None else ray.get(pending.pop(i))


def _extract(ray: Any, todo: list[ShardPlan], config: PipelineConfig, output: Path, workers: int,
             advance: Callable[[int], None]) -> dict[int, ShardReport]:
    """One dataset over the shards of ``todo``; each shard is merged as soon as all its rows are written."""
    from newsmend.ray import Extract

    options = StepOptions(config.timeout, config.extractor, dict(config.extract_options), hard_limit=True)
    tasks = ray.data.TaskPoolStrategy
    read = ray.data.from_items([{"plan": pickle.dumps(p)} for p in todo], override_num_blocks=len(todo)).map_batches(
        read_batches, batch_size=1, batch_format="pyarrow", fn_kwargs={"config": config},
        compute=tasks(size=math.ceil(workers / ACTORS_PER_READER)), num_cpus=0)
    with warnings.catch_warnings():
        # Ray Data retries an actor's task forever by default, which would rerun a document that kills its actor
        # forever; max_task_retries has no named parameter yet, and passing it as a remote arg warns.
        warnings.simplefilter("ignore", DeprecationWarning)
        extracted = read.map_batches(
            Extract, batch_size=config.batch_size, batch_format="pyarrow", num_cpus=1,
            compute=ray.data.ActorPoolStrategy(size=workers), max_task_retries=0,
            fn_constructor_kwargs={"keep": ("seq",), "timeout": options.timeout, "extractor": options.extractor,
                                   "hard_limit": True, **options.extract_options})
    dataset = extracted.map_batches(
        write_fragments, batch_size=None, batch_format="pyarrow",
        fn_kwargs={"output": str(output), "shard_size": config.shard_size},
        compute=tasks(size=math.ceil(workers / ACTORS_PER_WRITER)), num_cpus=0)
    merge = ray.remote(merge_shard).options(num_cpus=0)
    waiting = {p.shard: p for p in todo}
    arrived: Counter[int] = Counter()
    merges = []
    try:
        for counts in dataset.iter_batches(batch_format="pyarrow", batch_size=None):
            for shard, rows in zip(counts["shard"].to_pylist(), counts["documents"].to_pylist(), strict=True):
                arrived[shard] += rows
                advance(rows)
                if shard in waiting and arrived[shard] >= waiting[shard].documents:
                    merges.append(merge.remote(str(output), waiting.pop(shard), config, options))
        for plan in waiting.values():  # batches lost with a killed actor: the merge extracts their documents alone
            advance(plan.documents - arrived[plan.shard])
            merges.append(merge.remote(str(output), plan, config, options))
        reports = [ShardReport(**r) for r in ray.get(merges)]
    except ray.exceptions.RayError as e:  # also Ray Data's UserCodeException
        raise PipelineError(f"{output}: the Ray run failed; finished shards are kept, rerun with --resume: {e}") from e
    return {r.shard: r for r in reports}


def read_batches(plans: pa.Table, config: PipelineConfig) -> Iterator[pa.Table]:
    """Ray Data step: the documents of each planned shard, in tables of ``config.batch_size`` documents."""
    for blob in plans.column("plan").to_pylist():
        batch: list[Document] = []
        for doc in read_shard(pickle.loads(blob), config):  # plans come from this run's own driver
            batch.append(doc)
            if len(batch) == config.batch_size:
                yield documents_table(batch)
                batch = []
        if batch:
            yield documents_table(batch)


def documents_table(docs: Sequence[Document]) -> pa.Table:
    """Documents as the table :class:`newsmend.ray.Extract` reads: bytes in ``html``, str in ``text``; a
    document the reader could not get carries its ``error_type`` and ``error_message``."""
    return pa.table({
        "seq": pa.array([d.seq for d in docs], pa.int64()),
        "id": pa.array([d.id for d in docs], pa.string()),
        "source_file": pa.array([d.source for d in docs], pa.string()),
        "url": pa.array([d.url for d in docs], pa.string()),
        "input_date": pa.array([d.date for d in docs], pa.string()),
        "charset": pa.array([d.charset for d in docs], pa.string()),
        "html": pa.array([d.data if isinstance(d.data, bytes) else None for d in docs], pa.binary()),
        "text": pa.array([d.data if isinstance(d.data, str) else None for d in docs], pa.string()),
        "error_type": pa.array([d.problem[0] if d.problem else None for d in docs], pa.string()),
        "error_message": pa.array([d.problem[1] if d.problem else None for d in docs], pa.string()),
    })


def write_fragments(rows: pa.Table, output: str, shard_size: int) -> pa.Table:
    """Ray Data step: ``rows`` (Extract's output) as one Arrow file per shard they belong to; returns the counts.

    A fragment is named by its first document, so a retried task rewrites the same file instead of adding one.
    """
    seqs = rows.column("seq").to_pylist()
    by_shard: dict[int, list[int]] = {}
    for index, seq in enumerate(seqs):
        by_shard.setdefault(seq // shard_size, []).append(index)
    for shard, indices in by_shard.items():
        folder = Path(output) / FRAGMENT_DIR / shard_stem(shard)
        folder.mkdir(parents=True, exist_ok=True)
        part = rows.take(indices)
        write_atomically(folder / f"{seqs[indices[0]]:012d}.arrow", lambda tmp, t=part: feather.write_feather(t, tmp))
    return pa.table({"shard": list(by_shard), "documents": [len(i) for i in by_shard.values()]})


def merge_shard(output: str, plan: ShardPlan, config: PipelineConfig, options: StepOptions) -> dict[str, Any]:
    """Ray task: a shard's fragments as its output files and marker; documents lost with a killed actor are
    reread and extracted one at a time in a child process (a document that kills it again is the culprit)."""
    from newsmend.ray import outcome_from_row

    folder = Path(output) / FRAGMENT_DIR / shard_stem(plan.shard)
    outcomes: dict[int, Outcome] = {}
    for path in sorted(folder.glob("*.arrow")):
        for row in feather.read_table(path).to_pylist():
            outcomes[row["seq"]] = outcome_from_row(row["seq"], row)
    if len(outcomes) < plan.documents:
        lost = [doc for doc in read_shard(plan, config) if doc.seq not in outcomes]
        engine = LocalEngine(1, replace(options, hard_limit=True))
        try:
            for batch in engine.isolate([lost]):
                outcomes.update((o.seq, o) for o in batch)
        finally:
            engine.close()
    report = write_shard(Path(output), plan.shard, list(outcomes.values()), config.format)
    shutil.rmtree(folder, ignore_errors=True)
    return asdict(report)
