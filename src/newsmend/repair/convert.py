"""OpenCC converters, built lazily once per process, and the character-level views the repairs need.

The mirror converted one character at a time (no phrase context), so undoing it needs the *character-level*
mapping and its inverse; whole-text conversions use OpenCC's phrase-aware configs. OpenCC is wrapped, never
re-implemented.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

import opencc

from newsmend.repair.lm import default_model


@lru_cache(maxsize=4)
def converter(config: str) -> opencc.OpenCC:
    """An OpenCC converter (``"s2t"``, ``"t2s"``, ...), one per process."""
    return opencc.OpenCC(config)


#: Characters each character-level conversion keeps the answers for (a memory bound: the memo starts over when full).
CHAR_MEMO = 65536
#: The answers of :func:`char_s2t` and :func:`char_t2s`: plain dictionaries of strings, which the garbage collector
#: does not track, where an ``lru_cache`` holds its entries in links a full collection walks one by one (8 ms of
#: the 46 ms a full collection took after a pass over ``benchmarks/repair_speed.py``'s mirror row, about one a pass).
#: Keyed by string, not by code point as a :class:`CharTable` is: callers ask about ``""`` too (no character before
#: a text's first), which OpenCC leaves as it is.
_S2T: dict[str, str] = {}
_T2S: dict[str, str] = {}


def char_s2t(ch: str) -> str:
    """Character-level simplified -> traditional, as the mirror did it."""
    out = _S2T.get(ch)
    return _char_level(_S2T, "s2t", ch) if out is None else out


def char_t2s(ch: str) -> str:
    """Character-level traditional -> simplified (OpenCC's first choice for the character)."""
    out = _T2S.get(ch)
    return _char_level(_T2S, "t2s", ch) if out is None else out


def _char_level(memo: dict[str, str], config: str, ch: str) -> str:
    """OpenCC's ``config`` conversion of ``ch`` alone (``ch`` when it gives more than one character), memoised."""
    if len(memo) >= CHAR_MEMO:
        memo.clear()
    out = converter(config).convert(ch)
    memo[ch] = out = out if len(out) == 1 else ch
    return out


def is_han(ch: str) -> bool:
    """A CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


#: :func:`is_han` as a regular-expression character class.
HAN_CLASS = "[\u4e00-\u9fff\u3400-\u4dbf]"
#: Characters a :class:`CharTable` holds at most (the repairs ask about a few thousand).
CHAR_TABLE_SIZE = 65536


class CharTable(dict[int, str]):
    """Code point -> what a function of one character gives for it, as a table for ``str.translate``, filled on
    first use: a character seen before costs a lookup in C, not a Python call (the lattice reads every option of
    every group through its lookup characters and the context model's keys; script repair classifies every
    character of a text). Started over when full."""

    def __init__(self, function: Callable[[str], str]) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, code: int) -> str:
        if len(self) >= CHAR_TABLE_SIZE:
            self.clear()
        found = self[code] = self._function(chr(code))
        return found


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

