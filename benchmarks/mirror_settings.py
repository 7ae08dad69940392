#!/usr/bin/env python3
"""Mirror-damage repair under other damage settings than the shared benchmark's defaults.

Same clean texts, same damage simulator and same CER as ``repair_bench.py`` (imported from ``--bench``), but the
simulator's ``share`` (annotated share of converted characters) and ``swallow`` (chance a ``?`` eats the next
ASCII byte) vary, so a repair tuned to one setting shows. Reports, per setting: mean CER, CER with punctuation width
folded, share of documents restored exactly (plain and folded), and MB/s of damaged input through
``newsmend.repair`` (all fixers) and through the mirror fixer alone (CPU time of this process).

    python benchmarks/mirror_settings.py --bench ../shared/bench [--shares 0.2,0.6,1.0] [--swallows 0,0.5,1.0]
                                         [--seed 0] [--limit N] [--show 3]
"""

from __future__ import annotations

import argparse
import time
import zlib
from pathlib import Path

from shared_bench import simplified_texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", required=True, help="the shared bench folder (damage.py, score.py, data/)")
    ap.add_argument("--shares", default="0.2,0.4,0.6,1.0")
    ap.add_argument("--swallows", default="0,0.5,0.7,1.0")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, help="first N texts of each dataset")
    ap.add_argument("--show", type=int, default=0, help="print this many unrestored documents per setting")
    args = ap.parse_args()
    texts = simplified_texts(Path(args.bench).resolve(), args.limit)
    import damage
    from score import cer

    import newsmend
    from newsmend.repair import mirror
    from newsmend.repair.config import RepairConfig

    newsmend.repair("預熱(yù)文本，當(dāng)地時間")
    print("| share | swallow | docs | CER | CER (fold) | restored | restored (fold) | MB/s | mirror MB/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    config = RepairConfig()
    for share in map(float, args.shares.split(",")):
        for swallow in map(float, args.swallows.split(",")):
            cers, folds, size, secs, mirror_secs, bad = [], [], 0, 0.0, 0.0, []
            for ds, pid, text in texts:
                seed = zlib.crc32(f"{args.seed}:{ds}/{pid}".encode())
                damaged = damage.damage(text, seed=seed, share=share, swallow=swallow)
                t0 = time.process_time()
                out = newsmend.repair(damaged).text
                t1 = time.process_time()
                mirror.fix(damaged, config, frozenset())
                secs += t1 - t0
                mirror_secs += time.process_time() - t1
                size += len(damaged.encode("utf-8"))
                cers.append(cer(out, text, ignore_whitespace=True))
                folds.append(cer(out, text, ignore_whitespace=True, fold_punct_width=True))
                if folds[-1] > 0:
                    bad.append((folds[-1], ds, pid))
            n = len(texts)
            print(f"| {share} | {swallow} | {n} | {sum(cers) / n:.4f} | {sum(folds) / n:.4f} | "
                  f"{sum(c == 0 for c in cers) / n:.0%} | {sum(c == 0 for c in folds) / n:.0%} | "
                  f"{size / 1e6 / secs:.2f} | {size / 1e6 / mirror_secs:.2f} |", flush=True)
            for fold, ds, pid in sorted(bad, reverse=True)[:args.show]:
                print(f"    {fold:.4f} {ds}/{pid}")


if __name__ == "__main__":
    main()
