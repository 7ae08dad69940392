"""The local executor: moves batches of documents to :func:`~newsmend.pipeline.steps.process_batch` in worker
processes and outcomes back.

It knows nothing of readers, shards or writers; the runner feeds it batches (pulled lazily, so the input is
never read further ahead than its window) and writes what comes back. The Ray engine
(:mod:`newsmend.pipeline.ray_engine`) reads and writes in its workers instead, and runs the same step as the Ray
Data building block :class:`newsmend.ray.Extract`.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Protocol

from newsmend.pipeline.config import PipelineConfig
from newsmend.pipeline.documents import Document, Outcome
from newsmend.pipeline.steps import StepOptions, error_record, load_extractor, process_batch

Batch = Sequence[Document]

#: Batches queued per worker in the local pool: 2 keeps every worker busy while the runner collects a result,
#: and bounds what is read ahead to 2 x workers x batch_size documents.
INFLIGHT_PER_WORKER = 2


class Engine(Protocol):
    """What the runner needs from an executor."""

    def map(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        """Process every batch; yield their outcomes as they finish, in any order."""
        ...

    def close(self) -> None: ...


def make_engine(config: PipelineConfig) -> Engine:
    """The local executor for ``config``, its extractor checked first."""
    options = StepOptions(config.timeout, config.extractor, dict(config.extract_options))
    load_extractor(config.extractor)  # a wrong "module:function" fails here, not in every worker
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
                yield from self.isolate(broken)

    def isolate(self, batches: Sequence[Batch]) -> Iterator[list[Outcome]]:
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
