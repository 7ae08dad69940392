"""The output folder: checked before any work, claimed with a run plan, resumed only by the same run.

``_newsmend_run.json`` records the inputs (path, kind, size) and the options that decide the output. A resumed
run must match it: otherwise shard numbers would point at other documents and the result would lose or repeat
some.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from newsmend.errors import PipelineError
from newsmend.pipeline.config import PipelineConfig
from newsmend.pipeline.readers import Source
from newsmend.pipeline.writers import FRAGMENT_DIR, MARKER_DIR, ShardReport, read_marker, write_json

PLAN_FILE = "_newsmend_run.json"
MANIFEST_FILE = "manifest.json"
#: Names newsmend writes into an output folder (``--overwrite`` removes these and nothing else).
OWN_PATTERNS = ("part-*", "errors-*", ".*.tmp", PLAN_FILE, MANIFEST_FILE)


def plan_of(sources: Sequence[Source], config: PipelineConfig) -> dict[str, Any]:
    return {"inputs": [asdict(s) for s in sources], "options": config.output_options()}


def prepare_output(output: Path, plan: dict[str, Any], config: PipelineConfig) -> dict[int, ShardReport]:
    """Make ``output`` ready for this run and return the shards already completed (resume only).

    Raises :class:`PipelineError` naming the folder when it is a file, cannot be written, holds files without
    ``resume``/``overwrite``, or holds a different run.
    """
    if output.exists() and not output.is_dir():
        raise PipelineError(f"{output}: the output exists and is not a folder")
    existing = output.is_dir() and any(output.iterdir())
    if existing and config.overwrite:
        _remove_own_files(output)
    elif existing and config.resume:
        _check_same_run(output, plan)
    elif existing:
        raise PipelineError(f"{output}: the output folder is not empty; pass --resume to continue the run "
                            "there or --overwrite to replace it")
    try:
        output.mkdir(parents=True, exist_ok=True)
        for stale in output.glob(".*.tmp"):
            stale.unlink()
        write_json(output / PLAN_FILE, plan)
    except OSError as e:
        raise PipelineError(f"{output}: cannot write the output folder: {e.strerror or e}") from e
    return completed_shards(output) if config.resume else {}


def completed_shards(output: Path) -> dict[int, ShardReport]:
    """The reports of every shard with a completion marker."""
    reports = (read_marker(p) for p in sorted((output / MARKER_DIR).glob("part-*.json")))
    return {r.shard: r for r in reports}


def _check_same_run(output: Path, plan: dict[str, Any]) -> None:
    try:
        previous = json.loads((output / PLAN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise PipelineError(f"{output}: nothing to resume here (no readable {PLAN_FILE}); "
                            "use --overwrite to start afresh") from e
    for key, what in (("inputs", "input files"), ("options", "output options")):
        if previous.get(key) != plan[key]:
            raise PipelineError(f"{output}: cannot resume: the {what} differ from the run that wrote this "
                                "folder; use --overwrite to start afresh")


def _remove_own_files(output: Path) -> None:
    for folder in (MARKER_DIR, FRAGMENT_DIR):
        shutil.rmtree(output / folder, ignore_errors=True)
    for pattern in OWN_PATTERNS:
        for path in output.glob(pattern):
            path.unlink()
