"""The progress bar of a run: documents done, docs/s, and an ETA when the number of documents is known."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class _RateColumn(ProgressColumn):
    """Documents per second since the start: steadier than a moving window when batches land in bursts."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:,.1f} docs/s", style="progress.data.speed")


@contextmanager
def progress_bar(enabled: bool, total: int | None) -> Iterator[Callable[[int], None]]:
    """Yield ``advance(n)``; draws on stderr when ``enabled``, does nothing otherwise."""
    if not enabled:
        yield lambda n: None
        return
    columns = [SpinnerColumn(), TextColumn("newsmend run"), BarColumn(), MofNCompleteColumn(), _RateColumn(),
               TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task("run", total=total)
        yield lambda n: progress.advance(task, n)
