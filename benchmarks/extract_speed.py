"""Time extraction stage by stage over a folder of pages: decode, HTML → blocks, content selection, the whole of
``newsmend.extract`` without repair (adds fields) and with it (the default).

    python benchmarks/extract_speed.py --data ../shared/bench/data [--glob '*/pages/*.html'] [--limit N]

Prints pages, mean and median milliseconds per page for each stage, and pages/s for the whole call.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import newsmend
from newsmend.content import select_main
from newsmend.decode import decode
from newsmend.html import parse_html


def _timed(fn: Callable[[], object]) -> tuple[object, float]:
    start = time.perf_counter()
    out = fn()
    return out, (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding the pages")
    parser.add_argument("--glob", default="*/pages/*.html", help="pattern of page files under --data")
    parser.add_argument("--limit", type=int, default=0, help="at most this many pages (0: all)")
    args = parser.parse_args()
    files = sorted(args.data.glob(args.glob))
    if args.limit:
        files = files[: args.limit]
    newsmend.extract(b"<html><body><p>warm up: load dictionaries and models once.</p></body></html>")
    stages: dict[str, list[float]] = {"decode": [], "parse": [], "select": [], "norepair": [], "extract": []}
    for path in files:
        raw = path.read_bytes()
        decoded, ms = _timed(lambda raw=raw: decode(raw))
        stages["decode"].append(ms)
        page, ms = _timed(lambda decoded=decoded: parse_html(decoded.text))  # type: ignore[attr-defined]
        stages["parse"].append(ms)
        _, ms = _timed(lambda page=page: select_main(page))  # type: ignore[arg-type]
        stages["select"].append(ms)
        _, ms = _timed(lambda raw=raw: newsmend.extract(raw, repair=False))
        stages["norepair"].append(ms)
        _, ms = _timed(lambda raw=raw: newsmend.extract(raw))
        stages["extract"].append(ms)
    print(f"{len(files)} pages")
    for name, times in stages.items():
        print(f"{name:8s} mean {statistics.mean(times):7.2f} ms  median {statistics.median(times):7.2f} ms")
    print(f"extract  {len(files) / (sum(stages['extract']) / 1000):.1f} pages/s")


if __name__ == "__main__":
    main()
