#!/usr/bin/env python3
"""Where the mirror-damage CER goes: punctuation widths, characters no repair can know, and the rest.

For the shared repair benchmark's damage kind (same texts, simulator, seeds and CER as ``repair_bench.py``), each
document's errors (whitespace ignored) are split three ways:

- *width*: errors that folding punctuation width forgives (CER minus folded CER): the mirror flattens ``，：？（）！；``
  on the bytes, so an ASCII mark and a flattened full-width one are the same input;
- *unknowable*: the truth's characters GBK cannot encode (the encoder wrote ``?`` for any of them) and its
  traditional characters inside simplified text (the mirror's conversion makes the same ones), at most the folded
  errors (``mirror_ceiling.py`` proves these cannot be restored);
- *rest*: the other folded errors, the search's and its stages' wrong readings.

With ``--classes`` it also counts, on every clean Chinese body with its marks width-folded as flattening leaves them,
how the punctuation stage's rule (as for a flattened document) decides each mark against the truth's width, per
context class (the mark, the character class before and after it): the classes where the rule errs, with how many
documents write each width.

    python benchmarks/mirror_errors.py --bench ../shared/bench [--seeds 0,7,3,11] [--show 12] [--classes]
"""

from __future__ import annotations

import argparse
import re
import zlib
from collections import Counter, defaultdict
from pathlib import Path

from shared_bench import chinese_texts, simplified_texts

#: The marks the mirror flattens, full-width and ASCII (damage.md step 4).
FULLWIDTH = "，：？（）！；"
ASCII = ",:?()!;"
_HAN = re.compile("[\u3400-\u9fff]")


def _unknowable(truth: str, to_simplified) -> int:
    """How many characters of ``truth`` the damage makes unknowable: not in GBK, or traditional in simplified text."""
    count = 0
    for ch in truth:
        try:
            ch.encode("gbk")
        except UnicodeEncodeError:
            count += 1
            continue
        count += bool(_HAN.match(ch)) and to_simplified(ch) != ch
    return count


def split_errors(bench: Path, seed: int, show: int) -> None:
    """Print the CER of the damage kind at ``seed`` split into width, unknowable and rest (means over documents)."""
    texts = simplified_texts(bench)  # puts the shared bench on the path
    import damage
    import opencc
    from score import _squash, edit_distance, fold_width

    import newsmend

    t2s = opencc.OpenCC("t2s")
    parts: Counter[str] = Counter()
    width_only, rest_docs = 0, []
    for ds, pid, text in texts:
        damaged = damage.damage(text, seed=zlib.crc32(f"{seed}:{ds}/{pid}".encode()))
        out, truth = _squash(newsmend.repair(damaged).text), _squash(text)
        errors = edit_distance(out, truth)
        folded = edit_distance(fold_width(out), fold_width(truth))
        unknowable = min(_unknowable(truth, t2s.convert), folded)
        n = len(truth)
        parts.update({"all": errors / n, "width": (errors - folded) / n, "unknowable": unknowable / n,
                      "rest": (folded - unknowable) / n})
        width_only += errors > 0 and folded == 0
        if folded > unknowable:
            rest_docs.append(((folded - unknowable) / n, folded - unknowable, f"{ds}/{pid}"))
    mean = {k: f"{100 * v / len(texts):.4f}%" for k, v in parts.items()}
    print(f"seed {seed}: CER {mean['all']} = width {mean['width']} + unknowable {mean['unknowable']} + rest "
          f"{mean['rest']}; {width_only} documents fail on widths alone")
    for share, count, name in sorted(rest_docs, reverse=True)[:show]:
        print(f"    rest {100 * share / len(texts):.4f}% ({count} errors) {name}")


def _cls(ch: str) -> str:
    """The class of a mark's neighbour: Han, digit, Latin, line break, start/end, space, or the character itself."""
    if not ch:
        return "^$"
    if ch in "\r\n":
        return "nl"
    if _HAN.match(ch):
        return "Han"
    if ch.isdigit():
        return "digit"
    if ch.isascii() and ch.isalpha():
        return "Latin"
    return "space" if ch.isspace() else ch


def width_classes(bench: Path, show: int) -> None:
    """Print the context classes where the punctuation stage's rule and the clean bodies' widths disagree (the
    ``show`` with the most disagreements, all when 0)."""
    from newsmend.repair import punctuation
    from newsmend.repair.config import RepairConfig

    fold = str.maketrans(FULLWIDTH, ASCII)
    votes: Counter[tuple[tuple[str, str, str], bool, bool]] = Counter()
    docs: defaultdict[tuple[tuple[str, str, str], bool, bool], set[str]] = defaultdict(set)
    for ds, pid, text in chinese_texts(bench):
        flat = text.translate(fold)
        ruled = list(flat)
        for edit in punctuation.fix(flat, RepairConfig(), frozenset({punctuation.MIRROR_FLAG})).edits:
            ruled[edit.start] = edit.after
        for i, ch in enumerate(flat):
            if ch in ASCII:
                key = ((ch, _cls(flat[i - 1] if i else ""), _cls(flat[i + 1:i + 2])), text[i] in FULLWIDTH,
                       ruled[i] in FULLWIDTH)
                votes[key] += 1
                docs[key].add(f"{ds}/{pid}")
    classes = {cls for cls, _, _ in votes}
    wrong = sorted(((votes[c, True, False] + votes[c, False, True], c) for c in classes), reverse=True)
    print("| mark, before, after | truth full, rule full | truth full, rule ASCII | truth ASCII, rule full | "
          "truth ASCII, rule ASCII |")
    print("|---|---|---|---|---|")
    for errs, cls in wrong[:show or len(wrong)]:
        if errs:
            cells = [f"{votes[cls, t, r]} ({len(docs[cls, t, r])} docs)" for t, r in
                     ((True, True), (True, False), (False, True), (False, False))]
            print(f"| {' '.join(cls)} | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", required=True, help="the shared bench folder (damage.py, score.py, data/)")
    ap.add_argument("--seeds", default="0,7,3,11")
    ap.add_argument("--show", type=int, default=0, help="print this many documents with the most 'rest' errors "
                    "and this many width classes (0: no documents, every class)")
    ap.add_argument("--classes", action="store_true", help="also the width rule per context class")
    args = ap.parse_args()
    bench = Path(args.bench).resolve()
    for seed in map(int, args.seeds.split(",")):
        split_errors(bench, seed, args.show)
    if args.classes:
        width_classes(bench, args.show)


if __name__ == "__main__":
    main()
