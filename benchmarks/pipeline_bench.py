"""Benchmark of the corpus pipeline: throughput, scaling, overhead and memory of ``newsmend run``.

    python benchmarks/pipeline_bench.py --pages ../shared/bench/data --docs 10000 --md pipeline.md

1. Build a corpus in a temporary folder: the dev pages (``<pages>/*/pages/*.html``) repeated until ``--docs``
   files, each copy varied by a trailing comment (so no two files are equal) -- a site dump with a known size.
2. ``loop``: one process calling ``newsmend.extract`` on every file in turn (the baseline without a pipeline).
3. ``local`` with 1 and 2 workers, and ``ray`` with 2 CPUs, each in a fresh subprocess.
   ``--repeat N`` runs ``loop`` and 1 worker N times, alternating, and reports every pair's overhead: on a
   shared machine one pair's wall-time ratio is mostly noise.
4. Memory: the 2-worker run on the first tenth of the corpus and on all of it; peak RSS of the runner process
   and of the largest worker (``getrusage``), which should not grow with the corpus; the same for the Ray
   driver (``raymemory`` against ``ray``).

Every run is a separate process, so one run's caches and memory do not carry into the next.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

#: Python run in each subprocess: time the job, print the result and peak RSS (KiB) as JSON on stdout.
_LOOP = """
import json, resource, sys, time
from pathlib import Path
import newsmend
files = sorted(Path(sys.argv[1]).glob("*.html"))
start = time.perf_counter()
for f in files:
    newsmend.extract(f.read_bytes())
seconds = time.perf_counter() - start
me = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"docs": len(files), "seconds": seconds, "cpu": me.ru_utime + me.ru_stime,
                  "rss_main": me.ru_maxrss, "rss_worker": 0}))
"""

_RUN = """
import json, resource, sys, time
from newsmend.pipeline import run
engine, workers, folder, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
if engine == "ray":
    import ray
    ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
start = time.perf_counter()
summary = run(folder, out, engine=engine, workers=workers, overwrite=True)
seconds = time.perf_counter() - start
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"docs": summary.documents, "errors": summary.errors, "seconds": seconds,
                  "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                  "rss_main": me.ru_maxrss, "rss_worker": kids.ru_maxrss}))
"""


def build_corpus(pages_root: Path, docs: int, folder: Path) -> list[Path]:
    """``docs`` HTML files in ``folder``: the dev pages in a fixed order, copy ``i`` ending in ``<!-- i -->``."""
    pages = sorted(pages_root.glob("*/pages/*.html"))
    if not pages:
        raise SystemExit(f"no pages under {pages_root}/*/pages/")
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(docs):
        path = folder / f"{i:06d}.html"
        path.write_bytes(pages[i % len(pages)].read_bytes() + f"\n<!-- copy {i} -->\n".encode())
        files.append(path)
    return files


def measure(script: str, *args: str | Path) -> dict[str, Any]:
    """Run ``script`` in a fresh interpreter and return the JSON it prints last."""
    env = {**os.environ, "RAY_DEDUP_LOGS": "0"}
    done = subprocess.run([sys.executable, "-c", script, *map(str, args)], capture_output=True, text=True,
                          check=True, env=env)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["docs_per_s"] = result["docs"] / result["seconds"]
    result["load"] = os.getloadavg()[1]  # 5-minute load average at the end: other work on the machine skews wall time
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=Path("../shared/bench/data"), help="dev data root")
    parser.add_argument("--docs", type=int, default=10_000, help="corpus size (at least 10,000 for the report)")
    parser.add_argument("--skip", default="",
                        help="comma-separated runs to skip: loop,local1,local2,ray,memory,raymemory")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run loop and local1 this many times, alternating, to show the overhead's noise")
    parser.add_argument("--md", type=Path, help="also write the results as a Markdown table here")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    with tempfile.TemporaryDirectory(prefix="newsmend-bench-") as tmp:
        root = Path(tmp)
        build_corpus(args.pages, args.docs, root / "all")
        build_corpus(args.pages, args.docs // 10, root / "tenth")
        results: dict[str, dict[str, Any]] = {}
        plan = [("loop", _LOOP, (root / "all",)),
                ("local1", _RUN, ("local", 1, root / "all", root / "out")),
                ("local2", _RUN, ("local", 2, root / "all", root / "out")),
                ("ray", _RUN, ("ray", 2, root / "all", root / "out")),
                ("memory", _RUN, ("local", 2, root / "tenth", root / "out")),
                ("raymemory", _RUN, ("ray", 2, root / "tenth", root / "out"))]
        pairs: list[tuple[float, float]] = []
        for _ in range(args.repeat - 1 if not {"loop", "local1"} & skip else 0):
            loop, local1 = measure(plan[0][1], *plan[0][2]), measure(plan[1][1], *plan[1][2])
            pairs.append((local1["seconds"] / loop["seconds"] - 1, local1["cpu"] / loop["cpu"] - 1))
            print("pair", json.dumps({"loop": loop, "local1": local1}), flush=True)
        for name, script, run_args in plan:
            if name not in skip:
                results[name] = measure(script, *run_args)
                print(name, json.dumps(results[name]), flush=True)
    report = render(results, args.docs, pairs)
    print(report)
    if args.md:
        args.md.write_text(report, encoding="utf-8")


def render(results: dict[str, dict[str, Any]], docs: int, pairs: list[tuple[float, float]]) -> str:
    """The results as a Markdown table and the four checks of issue #4."""
    labels = {"loop": "extract() in a loop, 1 process", "local1": "newsmend run, local, 1 worker",
              "local2": "newsmend run, local, 2 workers", "ray": "newsmend run, ray, 2 CPUs",
              "memory": f"newsmend run, local, 2 workers, {docs // 10:,} docs",
              "raymemory": f"newsmend run, ray, 2 CPUs, {docs // 10:,} docs"}
    lines = ["| run | docs | wall s | docs/s | CPU s | peak RSS runner (MiB) | peak RSS worker (MiB) | load (5 min) |",
             "|---|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        lines.append(f"| {labels[name]} | {r['docs']:,} | {r['seconds']:.1f} | {r['docs_per_s']:.1f} | "
                     f"{r['cpu']:.0f} | {r['rss_main'] / 1024:.0f} | {r['rss_worker'] / 1024:.0f} | {r['load']:.1f} |")
    lines.append("")
    if {"local1", "local2"} <= set(results):
        speedup = results["local2"]["docs_per_s"] / results["local1"]["docs_per_s"]
        lines.append(f"- 2 workers / 1 worker: **{speedup:.2f}x** (target >= 1.8x)")
    if {"loop", "local1"} <= set(results):
        overhead = results["local1"]["seconds"] / results["loop"]["seconds"] - 1
        cpu = results["local1"]["cpu"] / results["loop"]["cpu"] - 1
        lines.append(f"- pipeline overhead, 1 worker vs the loop: **{overhead:+.1%}** wall time, {cpu:+.1%} CPU time "
                     "(runner and worker together; target <= 10%)")
        pairs = [*pairs, (overhead, cpu)]
    if len(pairs) > 1:
        walls, cpus = sorted(w for w, _ in pairs), sorted(c for _, c in pairs)
        lines.append(f"- overhead over {len(pairs)} alternating loop/1-worker pairs: wall "
                     f"{', '.join(f'{w:+.1%}' for w, _ in pairs)} (median {walls[len(walls) // 2]:+.1%}); CPU "
                     f"{', '.join(f'{c:+.1%}' for _, c in pairs)} (median {cpus[len(cpus) // 2]:+.1%})")
    if {"memory", "local2"} <= set(results):
        small, large = results["memory"], results["local2"]
        lines.append(f"- peak RSS at {small['docs']:,} -> {large['docs']:,} docs: runner "
                     f"{small['rss_main'] / 1024:.0f} -> {large['rss_main'] / 1024:.0f} MiB, worker "
                     f"{small['rss_worker'] / 1024:.0f} -> {large['rss_worker'] / 1024:.0f} MiB")
    if {"raymemory", "ray"} <= set(results):
        small, large = results["raymemory"], results["ray"]
        lines.append(f"- ray driver peak RSS at {small['docs']:,} -> {large['docs']:,} docs: "
                     f"{small['rss_main'] / 1024:.0f} -> {large['rss_main'] / 1024:.0f} MiB")
    if {"ray", "local2"} <= set(results):
        ratio = results["ray"]["docs_per_s"] / results["local2"]["docs_per_s"]
        lines.append(f"- ray / local at 2 CPUs: **{ratio:.2f}x** (ray workers are not children: no worker RSS)")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
