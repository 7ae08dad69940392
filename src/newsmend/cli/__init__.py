"""The ``newsmend`` command: one console script, one subcommand per job.

    newsmend repair FILE        restore damaged Chinese text
    newsmend extract FILE       a page (HTML or text) to a structured Article
    newsmend run INPUTS -o DIR  the corpus pipeline over folders, WARC, JSONL and Parquet
"""

from __future__ import annotations

import typer

from newsmend.cli.commands import extract_command, repair_command
from newsmend.cli.run_command import run_command

app = typer.Typer(
    name="newsmend",
    help="Clean, structured, trustworthy articles from raw and damaged news pages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("repair")(repair_command)
app.command("extract")(extract_command)
app.command("run")(run_command)


def main() -> None:
    """Entry point of the console script."""
    app()
