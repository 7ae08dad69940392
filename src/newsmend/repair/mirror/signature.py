"""Stages 1-2 of the mirror repair: find annotation-shaped spans and decide whether they are the mirror's.

The signature is what separates the spam mirror from real pinyin: aligned ``C(reading(C))`` annotations of
characters whose simplified form differs, every occurrence annotated. Its annotated characters' GBK bytes are
the table the search (:mod:`.search`) holds every reading to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from typing import NamedTuple

from newsmend.repair.convert import char_t2s
from newsmend.repair.gbk import (
    encode_char,
)
from newsmend.repair.readings import annotation_pattern, keys_by_reading, reading

#: Lowest GBK trail byte: an annotation follows the trail of its character, which may be an ASCII letter.
MIN_TRAIL = 0x40
#: ASCII below 0x40 except the marks flattening produces (``,:?()!;``): never a trail byte, always a boundary.
_SYNC = re.compile(r"[\x00-\x20\x22-\x27\x2a\x2b\x2d-\x39\x3c-\x3e]+")
_TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňḿ"
#: Stage 1: an annotation-shaped ``(pinyin)`` right after a non-ASCII character or a ``?``; two patterns, each
#: opening with what the regex engine scans for in its fast loop (one alternation of both is twice as slow).
_QUICK_CHECKS = tuple(re.compile(rf"{before}\(?[a-z{_TONE_LETTERS}]{{1,7}}\)") for before in (r"[^\x00-\x7f]", r"\?"))

#: Signature: at least this many annotation occurrences of traditional-only characters (or annotations after a
#: ``?``, which normal text never has). Calibrated on the repair bench: short damaged bodies at share 0.2 have 2+.
MIN_SIGNATURE = 2
#: Signature: share of aligned annotations on characters whose simplified form differs. Teaching texts annotate
#: simplified characters (``对(duì)``): near 0; the mirror annotates converted characters only: near 1.
MIN_TRADITIONAL_SHARE = 0.8
#: Signature: share of the occurrences of annotated characters left without annotation. The mirror annotates every
#: occurrence (only rare splits escape it); a teaching text annotates the first few.
MAX_UNANNOTATED_SHARE = 0.25


class Annotation(NamedTuple):
    """An injected ``(reading)`` (``paren``) or a bare reading after a ``?``, at ``[start, end)``. A named tuple: a
    spam page holds ~10^3 and a frozen dataclass builds ~3x slower."""

    start: int
    end: int
    reading: str
    paren: bool


#: ``Annotation(start, end, reading, paren)`` from the tuple of its fields, built in C as
#: :data:`newsmend.repair.trail.new_edit` builds edits (10k a half of the repair_speed mirror row).
new_annotation: Callable[[tuple[int, int, str, bool]], Annotation] = partial(tuple.__new__, Annotation)


def may_hold_annotations(text: str) -> bool:
    """Stage 1: could ``text`` hold mirror annotations at all? (Clean text stops here.)"""
    return any(check.search(text) for check in _QUICK_CHECKS)


def find_annotations(text: str) -> Iterator[Annotation]:
    """Annotation-shaped spans whose reading is a real reading, after a non-ASCII character or ``?``."""
    index = keys_by_reading()
    for m in annotation_pattern().finditer(text):
        start = m.start()
        before = text[start - 1] if start else ""
        paren, named = m.group(1, 2)
        real = named in index and before and (before == "?" or ord(before) >= MIN_TRAIL)
        if real and (paren or before == "?"):
            yield new_annotation((start, m.end(), named, bool(paren)))


def annotation_table(text: str, anns: list[Annotation]) -> frozenset[int] | None:
    """Stage 2: the annotation table (GBK pairs) when ``text`` carries the mirror signature, else None."""
    table: set[str] = set()
    traditional = aligned = annotated = 0
    after = Counter((text[ann.start - 1], ann.reading) for ann in anns if ann.paren or text[ann.start - 1] == "?")
    after_lost = sum(n for (before, _), n in after.items() if before == "?")
    for (before, named), n in after.items():  # each character and reading once: readings are looked up
        if before != "?" and reading(before) == named:
            aligned += n
            annotated += n
            table.add(before)
            traditional += n * (char_t2s(before) != before)
    if traditional + after_lost < MIN_SIGNATURE or traditional < MIN_TRADITIONAL_SHARE * aligned:
        return None
    occurrences = sum(text.count(ch) for ch in table)
    if occurrences and (occurrences - annotated) > MAX_UNANNOTATED_SHARE * occurrences:
        return None
    keys = {encode_char(ch) for ch in table}
    return frozenset(k[0] << 8 | k[1] for k in keys if k is not None and len(k) == 2)


def segments(text: str) -> Iterator[tuple[int, int]]:
    """Stretches between sync characters: an ASCII byte below 0x40 that flattening cannot make (digits, spaces,
    newlines, ``-``...) is never a trail byte, so the original stream is between characters there and the
    stretches can be searched one by one."""
    start = 0
    for m in _SYNC.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def explains(text: str, start: int, ann: Annotation, table: frozenset[int]) -> bool:
    """The character before ``ann`` in ``text`` (none when ``ann`` opens the stretch read from ``start``), read in
    phase, is a table character whose reading ``ann`` gives (see :func:`annotates`)."""
    raw = encode_char(text[ann.start - 1]) if ann.start > start else None
    return raw is not None and len(raw) == 2 and annotates(raw[0] << 8 | raw[1], ann, table)


def annotates(key: int, ann: Annotation, table: frozenset[int]) -> bool:
    """``ann`` is the aligned annotation of the table character of GBK bytes ``key``: a ``(reading)`` it has."""
    return ann.paren and key in table and key in keys_by_reading()[ann.reading]
