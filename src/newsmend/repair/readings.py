"""Pinyin readings as the mirror wrote them, and the index from a reading back to GBK byte pairs.

The mirror annotated a character ``C`` with ``pypinyin.pinyin(C, style=Style.TONE)[0][0]`` (its first reading,
tone marks on the vowel). An annotation therefore names the two bytes before it: any GBK pair whose character
has that reading. The index covers every Han character GBK encodes, built once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmend.repair.convert import is_han
from newsmend.repair.gbk import pair_table

#: Longest reading pypinyin produces ("zhuàng", "chuāng" are 6 letters).
MAX_READING_LETTERS = 7


@lru_cache(maxsize=65536)
def reading(ch: str) -> str:
    """The first pypinyin reading of one character, with tone marks (what the mirror annotated).

    pypinyin is imported here, not at module level: loading its dictionaries costs ~0.5 s, which every
    ``import newsmend`` (and ``newsmend --help``) would pay although only text with annotations needs them.
    """
    from pypinyin import Style, pinyin

    return pinyin(ch, style=Style.TONE, heteronym=False)[0][0]


@lru_cache(maxsize=1)
def keys_by_reading() -> dict[str, frozenset[int]]:
    """reading -> the GBK pairs (``lead << 8 | trail``) of every Han character with that reading."""
    index: dict[str, set[int]] = {}
    for key, ch in enumerate(pair_table()):
        if ch is not None and is_han(ch):
            index.setdefault(reading(ch), set()).add(key)
    return {r: frozenset(keys) for r, keys in index.items() if r.isalpha() and not any(is_han(c) for c in r)}


@lru_cache(maxsize=1)
def annotation_pattern() -> re.Pattern[str]:
    """``(reading)`` with the opening parenthesis optional (a lenient decoder may have swallowed it).

    Group 1 is the ``(`` when present, group 2 the reading; only letters that occur in readings are allowed.
    """
    letters = sorted({ch for r in keys_by_reading() for ch in r})
    cls = re.escape("".join(letters))
    return re.compile(rf"(\(?)([{cls}]{{1,{MAX_READING_LETTERS}}})\)")
