"""OpenCC converters, built lazily once per process, and the character-level views the repairs need.

The mirror converted one character at a time (no phrase context), so undoing it needs the *character-level*
mapping and its inverse; whole-text conversions use OpenCC's phrase-aware configs. OpenCC is wrapped, never
re-implemented.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from functools import lru_cache, partial
from typing import Any, TypeVar

import opencc

from newsmend.repair.lm import default_model

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@lru_cache(maxsize=4)
def converter(config: str) -> opencc.OpenCC:
    """An OpenCC converter (``"s2t"``, ``"t2s"``, ...), one per process."""
    return opencc.OpenCC(config)


def is_han(ch: str) -> bool:
    """A CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


#: :func:`is_han` as a regular-expression character class.
HAN_CLASS = "[\u4e00-\u9fff\u3400-\u4dbf]"


class Memo(dict[K, V]):
    """``key -> function(key)``, filled on first use and started over when it holds ``size`` entries: the memo of a
    function that the hot paths look up directly (``memo[key]``, or ``memo.__getitem__`` in place of the function).

    Why not :func:`functools.lru_cache`: a hit here is a dict lookup in C, with no call of the cache (40 ns where
    an ``lru_cache`` hit took 60-70); and a full garbage collection walks every entry of an ``lru_cache`` (its link,
    key and result, scattered in memory), while it reads this dict's entries in one array, and strings, numbers
    and tuples of them are no containers it looks into (a tuple of such leaves its care at its first young
    collection; a named tuple never does, so keys hold plain strings). After the speed benchmark's UTF-8 read as
    GBK row a full collection took 117 ms with the repair's ~300k entries in ``lru_cache``, 54 ms with them here.
    Bounded as those caches were: memory stays flat over any number of documents, and a cleared memo costs only
    recomputation (the answers never change)."""

    __slots__ = ("_function", "_size")

    def __init__(self, function: Callable[[K], V], size: int) -> None:
        super().__init__()
        self._function = function
        self._size = size

    def __missing__(self, key: K) -> V:
        if len(self) >= self._size:
            self.clear()
        found = self[key] = self._function(key)
        return found


def memoised(size: int) -> Callable[[Callable[[K], V]], Callable[[K], V]]:
    """Decorator: a function of one argument replaced by the lookup of a :class:`Memo` of it (``size`` entries),
    for callers that take a function (``map``, ``sorted(key=...)``, ``itertools.groupby``) or call it: the bound
    ``__getitem__`` is called in C, and a hit runs no Python code."""
    return lambda function: Memo(function, size).__getitem__


class ArgsMemo(Memo[tuple[Any, ...], V]):
    """A :class:`Memo` of a function of several arguments, keyed by the tuple of them (``memo[a, b]`` is
    ``function(a, b)``)."""

    __slots__ = ()

    def __init__(self, function: Callable[..., V], size: int) -> None:
        super().__init__(lambda key: function(*key), size)


#: Characters each character-level conversion keeps the answers for (a memory bound: the memo starts over when full).
CHAR_MEMO = 65536


def _char_level(config: str, ch: str) -> str:
    """OpenCC's ``config`` conversion of ``ch`` alone (``ch`` when it gives more than one character)."""
    out = converter(config).convert(ch)
    return out if len(out) == 1 else ch


#: Character-level simplified -> traditional, as the mirror did it; and traditional -> simplified (OpenCC's first
#: choice for the character). :class:`Memo` lookups keyed by the string, not by code point as a :class:`CharTable`
#: is: callers ask about ``""`` too (no character before a text's first), which OpenCC leaves as it is.
char_s2t: Callable[[str], str] = memoised(CHAR_MEMO)(partial(_char_level, "s2t"))
char_t2s: Callable[[str], str] = memoised(CHAR_MEMO)(partial(_char_level, "t2s"))


#: Characters a :class:`CharTable` holds at most (the repairs ask about a few thousand).
CHAR_TABLE_SIZE = 65536


class CharTable(Memo[int, str]):
    """Code point -> what a function of one character gives for it, as a table for ``str.translate``, filled on
    first use: a character seen before costs a lookup in C, not a Python call (the lattice reads every option of
    every group through its lookup characters and the context model's keys; script repair classifies every
    character of a text). Started over when full."""

    __slots__ = ()

    def __init__(self, function: Callable[[str], str]) -> None:
        super().__init__(lambda code: function(chr(code)), CHAR_TABLE_SIZE)


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

