"""A per-document time limit that the extractor's own ``except Exception`` cannot swallow.

Written by hand because the libraries that do this (resiliparse's ``time_guard``, datatrove's sandbox) are
tied to their own stacks. In the main thread a ``SIGALRM`` interval timer interrupts the call; elsewhere (e.g.
a Ray actor's worker thread) a watchdog thread raises the same exception asynchronously in the working thread.
Both fire between Python bytecodes, so a single long C call (one regex, one parse) finishes before the limit
bites.
"""

from __future__ import annotations

import ctypes
import faulthandler
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: Seconds past the time limit after which :func:`hard_deadline` ends a stuck process. The soft limit fires
#: between bytecodes, so it returns within milliseconds in Python code; 5 s more only passes for a call stuck
#: in C (a backtracking regex, a parser loop) that nothing else can interrupt.
HARD_LIMIT_GRACE = 5.0


class DocumentTimeout(BaseException):
    """Raised inside a document's processing when its time is up.

    Derives from ``BaseException`` so that an extractor's ``except Exception`` cannot catch it.
    """


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the block's code once it runs over ``seconds`` (0: no limit)."""
    if seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


class HardDeadline:
    """Ends the whole process (exit code 1, tracebacks on stderr) when one document of a batch stays stuck.

    For worker processes only: faulthandler's watchdog is a C thread that needs no GIL, so it fires even when
    the code is stuck in C; the engines turn the dead worker into a ``WorkerCrash`` error record. Arming it
    starts a thread and disarming joins one: done per document, that cost a 1-worker run ~5% of its wall time
    on a busy machine (py-spy, 1,000 dev pages). So it is armed for two limits at once and re-armed only when
    less than one limit is left: a stuck document ends its process between one and two limits after it started.
    Use it as a context manager around the batch and call :meth:`document_starts` before each document.
    """

    def __init__(self, seconds: float) -> None:
        self._limit = seconds + HARD_LIMIT_GRACE if seconds > 0 else 0.0
        self._armed_at: float | None = None

    def document_starts(self) -> None:
        if not self._limit:
            return
        now = time.monotonic()
        if self._armed_at is None or now - self._armed_at > self._limit:
            faulthandler.dump_traceback_later(2 * self._limit, exit=True)
            self._armed_at = now

    def __enter__(self) -> HardDeadline:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._armed_at is not None:
            faulthandler.cancel_dump_traceback_later()
            self._armed_at = None


def _raise_timeout(signum: int, frame: FrameType | None) -> None:
    raise DocumentTimeout


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _async_raise(thread_id: int, exception: object) -> None:
    """Make ``exception`` (or nothing, for ``None``) pending in thread ``thread_id``."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), exception)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True}

    def fire() -> None:
        with lock:
            if state["active"]:
                _async_raise(target, ctypes.py_object(DocumentTimeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["active"] = False
            _async_raise(target, None)  # drop a late, still pending one
        timer.cancel()
