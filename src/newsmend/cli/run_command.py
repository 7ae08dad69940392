"""``newsmend run``: the corpus pipeline (being written)."""

from __future__ import annotations

import typer


def run_command(inputs: list[str] = typer.Argument(..., help="Input files, folders or globs.")) -> None:
    """Run the corpus pipeline (not yet available)."""
    raise typer.Exit(2)
