#!/usr/bin/env python3
"""How many mirror-damaged documents any repair could restore exactly, and why the others cannot be.

The spam mirror's damage (``../shared/docs/damage.md``) destroys some information outright. For each clean text of
the shared repair benchmark, this builds a *twin*: the text with every destroyed distinction resolved the other
way, and damages both with the benchmark's own simulator and seed. When the twin differs from the text but the two
damaged strings are identical, no repair can return both texts: restoring that document exactly takes a guess.
A width guess can be right (a good prior gets most right); the other two kinds cannot be guessed (which of all
non-GBK characters was there; which of a simplified text's characters were traditional), so the documents holding
them bound what any repair restores exactly:

- ``non-gbk``: a character GBK cannot encode (emoji, ``\\xa0``, ``¥``, zero-width space) is written as ``?`` by the
  encoder; any other such character would give the same ``?``.
- ``traditional``: a traditional character inside the simplified text is identical to the one the mirror's
  conversion makes from its simplified form.
- ``width``: an ASCII mark among ``,:?()!;`` is identical to the full-width mark the mirror flattens to it.

    python benchmarks/mirror_ceiling.py --bench ../shared/bench [--seed 0] [--show 5]
    python benchmarks/mirror_ceiling.py --bench ../shared/bench --restored out.json   # a repair_bench --json run

With ``--restored`` it also counts, from a ``repair_bench.py --json`` record of the same seed, how many documents
newsmend restored among those that can be restored at all.
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections import Counter
from pathlib import Path

from shared_bench import simplified_texts

#: The marks the mirror flattens, as full-width and ASCII (damage.md step 4).
FULLWIDTH = "，：？（）！；"
ASCII = ",:?()!;"
#: Two characters GBK cannot encode: each stands in for any other, as the encoder writes both as ``?``.
NON_GBK = ("\ufffd", "\U0001f600")


def _encodes(ch: str) -> bool:
    try:
        ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


def twins(text: str, to_simplified) -> dict[str, str]:
    """For each kind of destroyed distinction ``text`` holds, ``text`` with those characters resolved the other
    way (only the kinds it holds)."""
    found: dict[str, str] = {}
    non_gbk = "".join(ch if _encodes(ch) else NON_GBK[ch == NON_GBK[0]] for ch in text)
    if non_gbk != text:
        found["non-gbk"] = non_gbk
    simplified = "".join(to_simplified(ch) if "\u4e00" <= ch <= "\u9fff" else ch for ch in text)
    if simplified != text:
        found["traditional"] = simplified
    widened = text.translate(str.maketrans(ASCII, FULLWIDTH))
    if widened != text:
        found["width"] = widened
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", required=True, help="the shared bench folder (damage.py, repair_bench.py, data/)")
    ap.add_argument("--seed", type=int, default=0, help="repair_bench.py's --seed")
    ap.add_argument("--restored", help="a repair_bench.py --json record of the same seed (damage kind)")
    ap.add_argument("--show", type=int, default=0, help="print this many documents per kind")
    args = ap.parse_args()
    texts = simplified_texts(Path(args.bench).resolve())
    import damage
    import opencc

    t2s = opencc.OpenCC("t2s")

    def to_simplified(ch: str) -> str:
        out = t2s.convert(ch)
        return out if len(out) == 1 else ch

    causes: dict[tuple[str, str], set[str]] = {}
    for ds, pid, text in texts:
        seed = zlib.crc32(f"{args.seed}:{ds}/{pid}".encode())
        damaged = damage.damage(text, seed=seed)
        causes[ds, pid] = {kind for kind, twin in twins(text, to_simplified).items()
                           if damage.damage(twin, seed=seed) == damaged}
    n = len(texts)
    lost = {key for key, found in causes.items() if found - {"width"}}
    guessed = {key for key, found in causes.items() if found == {"width"}}
    print(f"documents: {n} (seed {args.seed})")
    print(f"  a character lost beyond guessing (non-gbk or traditional): {len(lost)}, so any repair restores at "
          f"most {n - len(lost)} ({(n - len(lost)) / n:.0%}) exactly")
    print(f"  of those {n - len(lost)}: {len(guessed)} need the author's punctuation width guessed, "
          f"{n - len(lost) - len(guessed)} need no guess")
    by_kind = Counter(kind for found in causes.values() for kind in found)
    for kind, count in by_kind.most_common():
        print(f"  {kind}: {count} documents")
        for ds, pid in [key for key, found in causes.items() if kind in found][:args.show]:
            print(f"      {ds}/{pid}")
    if args.restored:
        records = json.loads(Path(args.restored).read_text(encoding="utf-8"))["cases"]
        done = {(r["dataset"], r["id"]): r for r in records if r["kind"] == "damage" and r["tool"] == "newsmend"}
        for name, keys in (("need no guess", set(causes) - lost - guessed), ("need a width guess", guessed),
                           ("lost a character", lost)):
            exact = sum(done[key]["cer_out"] == 0 for key in keys if key in done)
            folded = sum(done[key]["cer_out_fold"] == 0 for key in keys if key in done)
            print(f"newsmend, documents that {name}: {exact} of {len(keys)} restored exactly, {folded} with "
                  f"punctuation width forgiven")


if __name__ == "__main__":
    main()
