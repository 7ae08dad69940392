#!/usr/bin/env python3
"""GBK text read as GB2312: a mojibake the shared repair benchmark has no kind for, measured on its texts.

Pages that declare ``charset=gb2312`` are written in GBK far more often than not, and a crawler that believes the
header (Python's ``gb2312`` codec, which is what ``requests`` picks for it) loses every GBK-only character: the
codec gives up on its lead byte (U+FFFD) and, when the trail byte can lead a GB2312 pair, reads on one byte out of
phase until a pair fails again (``胡喆、侯文坤）`` -> ``胡�础⒑钗睦ぃ�``). Rows: the shared benchmark's Chinese
bodies (simplified: names, 〇, ―, traditional quotations are GBK-only) and the same bodies in traditional script
(OpenCC s2twp: most characters are GBK-only), each GBK-encoded and decoded as GB2312 with replacement characters.
Reported per row: documents the damage touches, mean CER of the damaged input and of ``newsmend.repair``'s output
against the GBK reading (whitespace ignored, as the shared benchmark scores), share restored exactly, and MB/s
of damaged input (CPU time of this process, word models loaded before).

With ``--guards``, the U+FFFD that GB2312 did not write, in the shared benchmark's Chinese bodies (simplified and
traditional): each with three stray U+FFFD (three characters replaced, or three inserted), counting the texts the
repair changes; and each holding U+FFFD (one run of 1-4, or 1-4 scattered) written as UTF-8 and read as GBK or
GB18030, counting the texts whose repair a second call changes. Positions drawn per text from a fixed seed.

    python benchmarks/gbk_as_gb2312.py --bench ../shared/bench [--limit N] [--show 3] [--guards]
"""

from __future__ import annotations

import argparse
import random
import time
import zlib
from pathlib import Path

from shared_bench import chinese_texts, simplified_texts

REPLACEMENT = "\ufffd"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", required=True, help="the shared bench folder (repair_bench.py, score.py, data/)")
    ap.add_argument("--limit", type=int, help="first N texts of each dataset")
    ap.add_argument("--show", type=int, default=0, help="print this many unrestored documents per row")
    ap.add_argument("--guards", action="store_true", help="also count changes to U+FFFD GB2312 did not write")
    args = ap.parse_args()
    texts = [(f"{ds}/{pid}", text) for ds, pid, text in simplified_texts(Path(args.bench).resolve(), args.limit)]
    from score import cer

    import newsmend
    from newsmend.repair.convert import converter

    traditional = converter("s2twp")
    rows = {"simplified": texts, "traditional (s2twp)": [(key, traditional.convert(t)) for key, t in texts]}
    newsmend.repair(_misread("会议由朱镕基主持。")[0])  # load the word models before the clock runs
    print("| row | docs | damaged | CER in | CER out | restored | MB/s |")
    print("|---|---|---|---|---|---|---|")
    for name, row in rows.items():
        cases = [(key, *_misread(text)) for key, text in row]
        cases = [(key, damaged, truth) for key, damaged, truth in cases if damaged != truth]
        cer_in = cer_out = secs = 0.0
        size, restored, bad = 0, 0, []
        for key, damaged, truth in cases:
            t0 = time.process_time()
            out = newsmend.repair(damaged).text
            secs += time.process_time() - t0
            size += len(damaged.encode("utf-8"))
            cer_in += cer(damaged, truth, ignore_whitespace=True)
            score = cer(out, truth, ignore_whitespace=True)
            cer_out += score
            restored += score == 0
            if score:
                bad.append((score, key))
        n = max(len(cases), 1)
        print(f"| {name} | {len(row)} | {len(cases)} | {cer_in / n:.4%} | {cer_out / n:.4%} | {restored / n:.0%} | "
              f"{size / 1e6 / max(secs, 1e-9):.2f} |", flush=True)
        for score, key in sorted(bad, reverse=True)[:args.show]:
            print(f"    {score:.4f} {key}")
    if args.guards:
        _guards(Path(args.bench).resolve(), args.limit, args.show)


def _guards(bench: Path, limit: int | None, show: int) -> None:
    """Print the two guard counts (module docstring), with up to ``show`` changed texts of each."""
    import newsmend

    texts = [(f"{ds}/{pid}", text) for ds, pid, text in chinese_texts(bench, limit)]
    stray = [(f"{key} {how}", _stray(key, text, how)) for key, text in texts for how in ("replaced", "inserted")]
    changed = [(key, fix.before, fix.after) for key, text in stray for fix in newsmend.repair(text).fixes]
    _report(f"stray U+FFFD: {len({key for key, *_ in changed})} of {len(stray)} texts changed", changed, show)
    lost = [(f"{key} {how} {codec}", _holding(key, text, how).encode("utf-8").decode(codec, "replace"))
            for key, text in texts for how in ("run", "scattered") for codec in ("gbk", "gb18030")]
    again = [(key, fix.before, fix.after)
             for key, text in lost for fix in newsmend.repair(newsmend.repair(text).text).fixes]
    _report(f"lost text read as GBK/GB18030: {len({key for key, *_ in again})} of {len(lost)} second calls change",
            again, show)


def _report(line: str, changes: list[tuple[str, str, str]], show: int) -> None:
    print(line)
    for key, before, after in changes[:show]:
        print(f"    {key}: {before!r} -> {after!r}")


def _stray(key: str, text: str, how: str) -> str:
    """``text`` with three of its characters ``"replaced"`` by U+FFFD, or three U+FFFD ``"inserted"``."""
    rng, chars = random.Random(zlib.crc32(f"guard:{how}:{key}".encode())), list(text)
    for _ in range(3):
        at = rng.randrange(len(chars))
        if how == "replaced":
            chars[at] = REPLACEMENT
        else:
            chars.insert(at, REPLACEMENT)
    return "".join(chars)


def _holding(key: str, text: str, how: str) -> str:
    """``text`` holding 1-4 U+FFFD, in one ``"run"`` or ``"scattered"``."""
    rng, chars = random.Random(zlib.crc32(f"idem:{how}:{key}".encode())), list(text)
    lost = rng.randint(1, 4)
    if how == "run":
        at = rng.randrange(len(chars))
        chars[at:at] = REPLACEMENT * lost
    else:
        for _ in range(lost):
            chars.insert(rng.randrange(len(chars)), REPLACEMENT)
    return "".join(chars)


def _misread(text: str) -> tuple[str, str]:
    """(GBK bytes of ``text`` decoded as GB2312 with replacement characters, the same bytes decoded as GBK)."""
    data = text.encode("gbk", "replace")
    return data.decode("gb2312", "replace"), data.decode("gbk")


if __name__ == "__main__":
    main()
