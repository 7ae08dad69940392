"""Executors: move batches of documents to :func:`~newsmend.pipeline.steps.process_batch` and outcomes back.

An engine knows nothing of readers, shards or writers; the runner feeds it batches (pulled lazily, so the
input is never read further ahead than the engine's window) and writes what comes back. ``local`` is a process
pool on this machine; ``ray`` runs the same step as the Ray Data building block :class:`newsmend.ray.Extract`.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Any, Protocol

import pyarrow as pa

from newsmend.errors import MissingDependencyError
from newsmend.pipeline.config import PipelineConfig
from newsmend.pipeline.documents import Document, Outcome
from newsmend.pipeline.steps import StepOptions, error_record, load_extractor, process_batch

Batch = Sequence[Document]

#: Batches queued per worker in the local pool: 2 keeps every worker busy while the runner collects a result,
#: and bounds what is read ahead to 2 x workers x batch_size documents.
INFLIGHT_PER_WORKER = 2

#: Batches per worker in one Ray Data window. Each window is one dataset (read -> map_batches -> collect)
#: whose actors start afresh (~2 s); 64 batches of 32 pages (~40 s of work per worker) keep that start-up near
#: 5%.
RAY_WINDOW_BATCHES_PER_WORKER = 64

#: Cap on the documents of one window, whatever the cluster size. This process holds a window twice (the
#: documents, kept to rerun them if a worker dies, and their copy in the object store): with the dev pages
#: (~200 KB on average) a 4,096-page window peaked at 3.3 GB RSS in the benchmark; 2,048 halves that.
RAY_WINDOW_MAX_DOCS = 2048


class Engine(Protocol):
    """What the runner needs from an executor."""

    def map(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        """Process every batch; yield their outcomes as they finish, in any order."""
        ...

    def close(self) -> None: ...


def make_engine(config: PipelineConfig) -> Engine:
    """The executor ``config.engine`` names, checked and ready (Ray started or joined)."""
    options = StepOptions(config.timeout, config.extractor, dict(config.extract_options))
    load_extractor(config.extractor)  # a wrong "module:function" fails here, not in every worker
    if config.engine == "ray":
        return RayEngine(config, options)
    return LocalEngine(config.worker_count, replace(options, hard_limit=True))


class LocalEngine:
    """A pool of worker processes with a bounded queue of batches.

    A document that kills its worker (a crash in C code, ``os._exit``, the OOM killer, or the hard deadline of
    a document stuck in C code) breaks the pool; the batches then in flight are rerun one document at a time in
    a fresh pool, so the culprit alone becomes an error record and no other document is lost.
    """

    def __init__(self, workers: int, options: StepOptions) -> None:
        self._workers = workers
        self._options = options
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: the runner may live in a process with threads (Ray, a progress bar)
        return ProcessPoolExecutor(self._workers, mp_context=multiprocessing.get_context("spawn"))

    def map(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        source = iter(batches)
        pending: dict[Future[list[Outcome]], Batch] = {}
        while True:
            room = INFLIGHT_PER_WORKER * self._workers
            while len(pending) < room and (batch := next(source, None)) is not None:
                pending[self._pool.submit(process_batch, batch, self._options)] = batch
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken: list[Batch] = []
            for future in done:
                batch = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken.append(batch)
            if broken:
                broken += list(pending.values())
                pending.clear()
                yield from self._isolate(broken)

    def _isolate(self, batches: list[Batch]) -> Iterator[list[Outcome]]:
        """Rerun a broken pool's batches one document at a time; a document that breaks it again fails."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()
        for batch in batches:
            for doc in batch:
                try:
                    yield self._pool.submit(process_batch, [doc], self._options).result()
                except BrokenProcessPool:
                    self._pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = self._new_pool()
                    message = "the worker process died on this document (a crash, or stuck past the time limit)"
                    yield [Outcome(doc.seq, error=error_record(doc, "WorkerCrash", message))]

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def require_ray() -> Any:
    """The ``ray`` module, or :class:`MissingDependencyError` with the install hint."""
    try:
        import ray
        import ray.data
    except ImportError as e:
        raise MissingDependencyError("the ray engine needs Ray Data: pip install 'newsmend[ray]'") from e
    return ray


class RayEngine:
    """Ray Data: each window of batches becomes a dataset, mapped by :class:`newsmend.ray.Extract`, collected.

    Joins a running Ray (``ray.is_initialized()``, e.g. started by the caller) or starts one: local with
    ``config.workers`` CPUs, or the cluster at ``config.address``. Outcomes return to this process, which
    writes them: the output folder only needs to be reachable from here.
    """

    def __init__(self, config: PipelineConfig, options: StepOptions) -> None:
        self._ray = require_ray()
        self._owns_ray = not self._ray.is_initialized()
        if self._owns_ray:
            cpus = config.workers if config.address is None else None
            self._ray.init(address=config.address, num_cpus=cpus, log_to_driver=False,
                           include_dashboard=False, configure_logging=False)
        context = self._ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        self._workers = config.workers or max(1, int(self._ray.available_resources().get("CPU", 1)))
        self._batch_size = config.batch_size
        self._options = options

    def map(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        window: list[Document] = []
        for batch in batches:
            window.extend(batch)
            if len(window) >= min(RAY_WINDOW_BATCHES_PER_WORKER * self._workers * self._batch_size,
                                  RAY_WINDOW_MAX_DOCS):
                yield from self._isolating(window)
                window = []
        if window:
            yield from self._isolating(window)

    def _isolating(self, docs: list[Document]) -> Iterator[list[Outcome]]:
        """Run ``docs``; when a worker dies, rerun the unfinished ones in halves until the culprit stands alone."""
        finished: set[int] = set()
        try:
            for outcomes in self._run_dataset(docs):
                finished.update(o.seq for o in outcomes)
                yield outcomes
        except self._ray.exceptions.RayError:
            rest = [d for d in docs if d.seq not in finished]
            if len(rest) == 1:
                message = "the Ray worker died on this document (a crash, or stuck past the time limit)"
                yield [Outcome(rest[0].seq, error=error_record(rest[0], "WorkerCrash", message))]
                return
            half = len(rest) // 2
            yield from self._isolating(rest[:half])
            yield from self._isolating(rest[half:])

    def _run_dataset(self, docs: list[Document]) -> Iterator[list[Outcome]]:
        """One Ray Data run: documents -> ``map_batches(Extract)`` -> outcomes, streamed back."""
        from newsmend.ray import Extract, outcome_from_row

        options = self._options
        blocks = (documents_table(docs[i:i + self._batch_size]) for i in range(0, len(docs), self._batch_size))
        dataset = self._ray.data.from_arrow(list(blocks)).map_batches(  # the list is dropped once in the store
            Extract, batch_format="pyarrow", batch_size=self._batch_size, num_cpus=1,
            compute=self._ray.data.ActorPoolStrategy(size=self._workers),
            max_restarts=0, max_task_retries=0,  # a dead worker fails the run, which _isolating narrows down
            fn_constructor_kwargs={"keep": ("seq",), "timeout": options.timeout, "extractor": options.extractor,
                                   "hard_limit": True, **options.extract_options})
        for out in dataset.iter_batches(batch_format="pyarrow", batch_size=None):
            yield [outcome_from_row(row["seq"], row) for row in out.to_pylist()]

    def close(self) -> None:
        if self._owns_ray:
            self._ray.shutdown()


def documents_table(docs: Sequence[Document]) -> pa.Table:
    """Documents as the table :class:`newsmend.ray.Extract` reads: bytes in ``html``, str in ``text``."""
    return pa.table({
        "seq": pa.array([d.seq for d in docs], pa.int64()),
        "id": pa.array([d.id for d in docs], pa.string()),
        "source_file": pa.array([d.source for d in docs], pa.string()),
        "url": pa.array([d.url for d in docs], pa.string()),
        "input_date": pa.array([d.date for d in docs], pa.string()),
        "html": pa.array([d.data if isinstance(d.data, bytes) else None for d in docs], pa.binary()),
        "text": pa.array([d.data if isinstance(d.data, str) else None for d in docs], pa.string()),
    })
