"""Reading inputs and reporting errors the same way in every subcommand."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from newsmend.errors import NewsmendError

err_console = Console(stderr=True)


def read_input(path: str) -> bytes:
    """The bytes of ``path`` (``-`` for standard input); a clear message and exit code 2 when unreadable."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror or e}")
        raise  # unreachable: fail() exits


def fail(message: str, code: int = 2) -> None:
    """Print ``newsmend: error: ...`` on stderr and exit. One line however long (no wrapping at the terminal's
    width), so a path in the message stays whole for grep and for logs."""
    err_console.print(f"[bold red]newsmend: error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def report_error(path: str, error: NewsmendError) -> None:
    fail(f"{path}: {error.reason}", code=1)
