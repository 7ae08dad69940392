"""OpenCC converters, built lazily once per process, and the character-level views the repairs need.

The mirror converted one character at a time (no phrase context), so undoing it needs the *character-level*
mapping and its inverse; whole-text conversions use OpenCC's phrase-aware configs. OpenCC is wrapped, never
re-implemented.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import opencc

from newsmend.repair.lm import default_model


@lru_cache(maxsize=4)
def converter(config: str) -> opencc.OpenCC:
    """An OpenCC converter (``"s2t"``, ``"t2s"``, ...), one per process."""
    return opencc.OpenCC(config)


@lru_cache(maxsize=65536)
def char_s2t(ch: str) -> str:
    """Character-level simplified -> traditional, as the mirror did it."""
    out = converter("s2t").convert(ch)
    return out if len(out) == 1 else ch


@lru_cache(maxsize=65536)
def char_t2s(ch: str) -> str:
    """Character-level traditional -> simplified (OpenCC's first choice for the character)."""
    out = converter("t2s").convert(ch)
    return out if len(out) == 1 else ch


def is_han(ch: str) -> bool:
    """A CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@lru_cache(maxsize=1)
def simplified_sources() -> dict[str, tuple[str, ...]]:
    """For each character ``t``: every inventory character ``c`` with ``char_s2t(c) == t``.

    The inventory is every Han character of jieba's dictionary (the simplified characters real text uses).
    A character missing from the map has only itself as a source.
    """
    inventory = sorted(default_model().characters())
    sources: defaultdict[str, list[str]] = defaultdict(list)
    for ch in inventory:
        sources[char_s2t(ch)].append(ch)
    return {t: tuple(cs) for t, cs in sources.items()}

