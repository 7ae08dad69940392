"""``newsmend run``: the corpus pipeline over folders, globs, WARC, JSONL and Parquet."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsmend.cli.io import fail
from newsmend.errors import ConfigError, MissingDependencyError, PipelineError
from newsmend.pipeline.config import DEFAULT_SHARD_SIZE, DEFAULT_TIMEOUT


class FormatChoice(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"


class EngineChoice(str, Enum):
    local = "local"
    ray = "ray"


_INPUT = "Input fields (JSONL / Parquet)"
_RUN = "Running"


def run_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs: pages, WARC, JSONL, Parquet.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Output folder (created if needed).")],
    output_format: Annotated[FormatChoice, typer.Option("--format", "-f", help="jsonl (gzipped) or parquet.")
                             ] = FormatChoice.jsonl,
    html_field: Annotated[str | None, typer.Option(help="Field with HTML.", rich_help_panel=_INPUT)] = None,
    text_field: Annotated[str | None, typer.Option(help="Field holding plain text (WET/FineWeb style).",
                                                   rich_help_panel=_INPUT)] = None,
    url_field: Annotated[str, typer.Option(help="Field holding the URL.", rich_help_panel=_INPUT)] = "url",
    id_field: Annotated[str, typer.Option(help="Field holding a stable id.", rich_help_panel=_INPUT)] = "id",
    engine: Annotated[EngineChoice, typer.Option(help="local process pool, or Ray.", rich_help_panel=_RUN)
                      ] = EngineChoice.local,
    address: Annotated[str | None, typer.Option(help="Ray address: auto, or ray://host:10001.",
                                                rich_help_panel=_RUN)] = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", rich_help_panel=_RUN,
                                                help="Parallel extractors (default: all cores).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue a killed run in the same output folder.",
                                         rich_help_panel=_RUN)] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an earlier run's output.",
                                            rich_help_panel=_RUN)] = False,
    timeout: Annotated[float, typer.Option(help="Seconds per document before it fails (0: no limit).",
                                           rich_help_panel=_RUN)] = DEFAULT_TIMEOUT,
    shard_size: Annotated[int, typer.Option(help="Documents per output shard (the unit of resume).",
                                            rich_help_panel=_RUN)] = DEFAULT_SHARD_SIZE,
    no_repair: Annotated[bool, typer.Option("--no-repair", help="Do not repair the extracted text.")] = False,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress",
                                                  help="Progress bar (default: on a terminal).")] = None,
) -> None:
    """Extract a corpus into sharded articles, an errors file and a manifest.

    Examples:

        newsmend run examples/ -o out/

        newsmend run crawl/*.warc.gz -o out/ --format parquet

        newsmend run pages.jsonl.gz --text-field text -o out/

        newsmend run site-dump/ -o out/ --engine ray --address auto

        newsmend run crawl/ -o out/ --resume        # after a crash or kill
    """
    from newsmend.pipeline import run

    try:
        summary = run(inputs, output, format=output_format.value, engine=engine.value, address=address,
                      workers=workers, resume=resume, overwrite=overwrite, html_field=html_field,
                      text_field=text_field, url_field=url_field, id_field=id_field, timeout=timeout,
                      shard_size=shard_size,
                      progress=sys.stderr.isatty() if progress is None else progress,
                      extract_options={"repair": False} if no_repair else {})
    except (PipelineError, ConfigError, MissingDependencyError) as e:
        fail(escape(str(e)))  # paths and globs may hold [brackets] that rich would read as markup
        return
    table = Table(title=f"newsmend run → {summary.output}", show_header=False)
    rows = [("documents", f"{summary.documents:,}"), ("articles written", f"{summary.written:,}"),
            ("errors", f"{summary.errors:,}" + _types(summary.error_types)),
            ("shards", f"{summary.shards} ({summary.shards_resumed} from an earlier run)"),
            ("time", f"{summary.wall_seconds:.1f} s, {summary.docs_per_second:,.1f} docs/s"),
            *_findings(summary.manifest),
            ("manifest", str(summary.manifest))]
    for name, value in rows:
        table.add_row(name, value)
    Console().print(table)


def _findings(manifest: Path) -> list[tuple[str, str]]:
    """What the run found, from the manifest: repairs by kind and document flags (mirror-spam, no-article ...)."""
    data = json.loads(manifest.read_text(encoding="utf-8"))
    return [(label, ", ".join(f"{k}: {v:,}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])) or "none")
            for label, counts in (("repairs", data.get("repairs", {})), ("flags", data.get("flags", {})))]


def _types(counts: dict[str, int]) -> str:
    return f" ({', '.join(f'{k}: {v}' for k, v in counts.items())})" if counts else ""
