"""Stage 3 of the mojibake repair: a span back to the bytes the wrong codec read, with a hole per lost byte.

A lenient GBK/GB18030 decoder wrote U+FFFD for each byte it gave up on: that byte is unknown (a hole), and the
stretches (:mod:`.stretches`) fill it with every value the wrong decoder would have given up on.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from newsmend.repair import codecs_cjk as cc
from newsmend.repair.plausibility import (
    COMMON_PUNCTUATION,
)

#: Rounds of repair (mojibake of mojibake needs two; a third never helped on the bench).
MAX_ROUNDS = 3


class Hypothesis(NamedTuple):
    """Text of ``target`` bytes was decoded as ``wrong`` ("single-byte": Latin-1/cp1252, or a lenient decoder of
    :func:`codecs_cjk.gives_up`). A tuple of strings, so that the caches it keys leave the garbage
    collector's care."""

    wrong: str
    target: str


@lru_cache(maxsize=65536)
def _read_bytes(wrong: str, ch: str) -> bytes | None:
    """The bytes the lenient ``wrong`` decoder read to produce ``ch``: GB18030 covers GBK and its private-use
    mappings; GB2312 first, since it maps two pairs otherwise (A1A4 ・ and A1AA ―, GBK's · and —)."""
    for codec in ("gb2312", "gb18030") if wrong == "gb2312" else ("gb18030",):
        try:
            return ch.encode(codec)
        except UnicodeEncodeError:
            continue
    return None


@lru_cache(maxsize=4)
def span_pattern(wrong: str) -> re.Pattern[str]:
    """Maximal runs of characters the wrong codec can encode (GB18030 encodes all but lone surrogates)."""
    if wrong == "single-byte":
        return re.compile(f"[{''.join(re.escape(ch) for ch in sorted(cc.single_byte_map()))}]+")
    return re.compile("[^\ud800-\udfff]+")


@lru_cache(maxsize=1)
def _to_latin1() -> dict[int, str]:
    """Windows-1252 characters back to the Latin-1 character of their byte (then ``encode("latin-1")``)."""
    return {ord(ch): chr(b) for ch, b in cc.single_byte_map().items() if ord(ch) > 0xFF}


@dataclass(slots=True)
class Bytes:
    """A span re-encoded with the wrong codec: bytes (0 at a hole), hole positions, and the byte offset of each
    character."""

    data: bytearray
    holes: frozenset[int]
    bounds: list[int]
    #: Holes right before Chinese punctuation: where a mojibake run often ends, so the byte after the hole may
    #: belong to clean text the wrong decoder never saw (it saw the end of its input instead).
    loose: frozenset[int] = frozenset()
    #: The holes in order.
    hole_list: tuple[int, ...] = ()


def reencode(chars: str, hyp: Hypothesis) -> Bytes:
    if hyp.wrong == "single-byte":
        return Bytes(bytearray(chars.translate(_to_latin1()).encode("latin-1")), frozenset(),
                      list(range(len(chars) + 1)))
    if hyp.wrong == "gbk":
        try:
            return _reencode_gb18030(chars)
        except UnicodeEncodeError:  # a character GB18030 does not encode: read one by one, as GB2312's are
            pass
    data, holes, loose, bounds = bytearray(), set(), set(), [0]
    for n, ch in enumerate(chars):
        if ch == cc.REPLACEMENT:
            holes.add(len(data))
            if chars[n + 1:n + 2] and chars[n + 1] in COMMON_PUNCTUATION:
                loose.add(len(data))
            data.append(0)
        else:
            data += _read_bytes(hyp.wrong, ch) or b""
        bounds.append(len(data))
    return Bytes(data, frozenset(holes), bounds, frozenset(loose), tuple(sorted(holes)))


def _reencode_gb18030(chars: str) -> Bytes:
    """:func:`reencode` of what a lenient GBK decoder read, whose characters are GB18030's: the span encoded in one
    call (GB18030 is stateless: the bytes are its characters', one after another) and the characters' byte lengths
    read through a table (:func:`~newsmend.repair.codecs_cjk.byte_lengths`), where a step per character had cost
    4-5% of the UTF-8 read as GBK row. Raises :class:`UnicodeEncodeError` where GB18030 does not encode a
    character."""
    read = chars.replace(cc.REPLACEMENT, "\0")  # a hole's byte is 0
    data = bytearray(read.encode("gb18030"))
    bounds = [0, *itertools.accumulate(cc.byte_lengths("gb18030", read))]
    holes, loose = [], []
    n = chars.find(cc.REPLACEMENT)
    while n >= 0:
        holes.append(bounds[n])
        if chars[n + 1:n + 2] and chars[n + 1] in COMMON_PUNCTUATION:
            loose.append(bounds[n])
        n = chars.find(cc.REPLACEMENT, n + 1)
    return Bytes(data, frozenset(holes), bounds, frozenset(loose), tuple(holes))


def peel(decoded: str | None, hyp: Hypothesis) -> str | None:
    """Undo the same lossless mojibake again while the result is still mojibake (a double round trip): judged
    on the final text, since the half-way text (C1 controls and Latin-1 signs) is no better than the input."""
    single = cc.single_byte_map()
    for _ in range(MAX_ROUNDS - 1):
        if decoded is None or not cc.family_patterns()["single-byte"].search(decoded):
            break
        if not all(ch in single for ch in decoded):
            break
        again = cc.decode_strict(hyp.target, bytes(single[ch] for ch in decoded))
        if again is None:
            break
        decoded = again
    return decoded
