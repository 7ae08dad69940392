"""Pinyin readings as the mirror wrote them, and the index from a reading back to GBK byte pairs.

The mirror annotated a character ``C`` with ``pypinyin.pinyin(C, style=Style.TONE)[0][0]`` (its first reading,
tone marks on the vowel). An annotation therefore names the two bytes before it: any GBK pair whose character
has that reading. The index covers every Han character GBK encodes, built once per process from a table
of their readings that the model cache keeps.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from newsmend.errors import MissingDependencyError
from newsmend.repair.convert import is_han
from newsmend.repair.gbk import pair_table
from newsmend.repair.model_cache import cached

#: Longest reading pypinyin produces ("zhuàng", "chuāng" are 6 letters).
MAX_READING_LETTERS = 7


def reading(ch: str) -> str:
    """The first pypinyin reading of one character, with tone marks (what the mirror annotated).

    Every character of ASCII and GBK (all that text decoded as GBK holds) is looked up in a table built once from
    pypinyin and kept in the model cache; pypinyin itself is imported only to build it, or for another character.
    """
    return _gbk_readings().get(ch) or _pypinyin_reading(ch)


@lru_cache(maxsize=1)
def _gbk_readings() -> dict[str, str]:
    """Character -> reading for ASCII and GBK, from the model cache (pypinyin returns other characters as they
    are: ``reading("。") == "。"``).

    Why a cache and not pypinyin in the process: importing it costs ~0.5 s, and its phrase dictionary is ~200,000
    small lists that stay in memory and that every full garbage collection then walks -- 12% of extraction time
    over the dev pages once one page had needed a reading.
    """
    return cached("gbk-readings", _build_gbk_readings, [Path(__file__), _pypinyin_data()])


def _build_gbk_readings() -> dict[str, str]:
    chars = [chr(b) for b in range(0x80)] + [ch for ch in pair_table() if ch is not None]
    return {ch: _pypinyin_reading(ch) for ch in chars}


def _pypinyin_data() -> Path:
    """pypinyin's single-character dictionary (the readings' source), found without importing the package."""
    spec = find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependencyError("repairing pinyin annotations needs pypinyin: pip install pypinyin")
    return Path(next(iter(spec.submodule_search_locations))) / "pinyin_dict.json"


@lru_cache(maxsize=65536)
def _pypinyin_reading(ch: str) -> str:
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
