"""Stage 4 of the mojibake repair: the runs of re-encoded bytes that decode in the true codec, with each hole's options.

A run is aligned with the damaged text's character boundaries; a hole offers every byte value that decodes and
that would have made the wrong decoder give up there, most frequent characters first.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from newsmend.repair import codecs_cjk as cc
from newsmend.repair.bigram import ZERO_SPELLINGS
from newsmend.repair.convert import ArgsMemo, memoised
from newsmend.repair.mojibake.reencode import Bytes, Hypothesis
from newsmend.repair.plausibility import (
    char_score,
)

#: At most this many byte combinations are tried for one character with several holes: every combination of
#: two unknown bytes (a Big5 or GBK character lost whole), not all of three.
MAX_COMBOS = 256 * 256
#: A two-byte character with both bytes unknown is guessed only inside a run of at most this many unknown bytes
#: (Big5 长, 的 read as GBK: the lead and the trail both give up, often before a punctuation mark that gives
#: up too); longer runs were unreadable before the wrong decoding, and nothing around them constrains a guess.
MAX_GUESSED_RUN = 4
#: Candidates per hole given to the lattice (:mod:`newsmend.repair.lattice`), the most frequent characters first
#: (the lattice keeps fewer in groups of several holes: ``lattice.MAX_JOINT_OPTIONS``). Calibrated on the bench's
#: big5-as-gbk: 32 -> 64 took CER 5.3% -> 4.9% (a Big5 character lost whole has a hundred or so readings, and the
#: truth is often not among the 32 most frequent); 64 -> 256 3.153% -> 3.101%.
MAX_CHOICES = 256


#: The characters one target character may be, as a tuple where :func:`find_stretches` and the passes of
#: :mod:`.choice` make it: tuples of strings leave the garbage collector's care at its first look, lists stay (a
#: span's hundred thousand slots outlive several young collections, and each full collection walks the caches of
#: the lattice).
Slot = Sequence[str]
#: A run of a span that decodes in the target codec: (first character, end character, slots, links); see
#: :func:`find_stretches`.
Stretch = tuple[int, int, list[Slot], frozenset[int]]


def find_stretches(enc: Bytes, hyp: Hypothesis, ranges: Iterable[tuple[int, int]] | None = None
                   ) -> Iterator[Stretch]:
    """Runs ``(first char, end char, slots, links)`` whose bytes decode in the target codec; a slot lists the
    characters one target character may be (one, unless it holds a hole); ``links`` are the slots whose first
    byte is a hole right after a hole that ends the slot before (the wrong decoder gave up on that byte with
    this one next: :func:`bytes_join`). ``ranges``: the runs of characters walked, each from its first (all of the
    span when None): runs that no stretch crosses (:func:`.verdict.stretch_ranges`)."""
    bounds = enc.bounds
    at_char = {b: i for i, b in enumerate(bounds)}
    for first, stop in [(0, len(bounds) - 1)] if ranges is None else ranges:
        yield from _walk(enc, hyp, at_char, first, stop)


def _walk(enc: Bytes, hyp: Hypothesis, at_char: dict[int, int], i: int, stop: int) -> Iterator[Stretch]:
    """:func:`find_stretches` from character ``i`` on, each stretch starting before character ``stop``."""
    data, bounds = enc.data, enc.bounds
    while i < stop:
        if _dead_start(enc, bounds[i], hyp.target):  # where most walks of another family's mojibake end at once
            i += 1
            continue
        pos, slots, ends, links = bounds[i], list[Slot](), list[int](), set()
        while pos < len(data):
            if pos not in enc.holes:  # the characters up to the next hole decode in one call
                decoded = _decode_known(enc, pos, hyp.target)
                if decoded:  # a slot of one option and the byte where it ends for each character, in C
                    slots += zip(decoded)
                    ends += itertools.islice(itertools.accumulate(cc.byte_lengths(hyp.target, decoded), initial=pos),
                                             1, None)
                    pos = ends[-1]
                    continue
            step = _step(enc, pos, hyp)
            if step is None:
                break
            if slots and pos in enc.holes and pos - 1 in enc.holes and pos - 1 not in enc.loose:
                links.add(len(slots))
            pos += step[0]
            slots.append(step[1])
            ends.append(pos)
        k = len(ends) - 1
        while k >= 0 and ends[k] not in at_char:
            k -= 1
        j = at_char[ends[k]] if k >= 0 else i
        if j > i and any(len(s) > 1 or s[0] >= "\x80" for s in slots[:k + 1]):
            yield i, j, slots[:k + 1], frozenset(n for n in links if n <= k)
        i = max(j, i + 1)


def _dead_start(enc: Bytes, pos: int, target: str) -> bool:
    """Does a walk from byte ``pos`` find no character at all? So when the byte is known and the character it
    leads, with no hole in it, does not decode (or cannot be): the test :func:`_decode_known` and :func:`_step`
    would each make, made once, before the walk's lists are built."""
    if pos in enc.holes:
        return False
    length = cc.char_length(target, enc.data, pos)
    if not length or pos + length > len(enc.data):
        return True
    return enc.holes.isdisjoint(range(pos, pos + length)) and cc.DECODED_CHARS[
        target, bytes(enc.data[pos:pos + length])] is None


#: Bytes decoded per call by :func:`_decode_known`: a stretch that fails at once is tried again from every
#: character, so one call must not copy and decode all the bytes up to a distant hole (any size above the
#: longest character, 4 bytes, gives the same characters).
DECODE_WINDOW = 64


def _decode_known(enc: Bytes, pos: int, target: str) -> str:
    """The characters that decode from byte ``pos`` on before the next hole (at most :data:`DECODE_WINDOW`
    bytes), as one strict decoding: where it stops (a hole inside a character, bytes that do not decode, the end
    of the window), the caller goes on (:func:`_step`, or another call). Bytes whose first character does not
    decode (where most stretches of another family's mojibake start) give nothing: the codecs' characters are
    a prefix code, so the strict decoding fails there too, and the cached test spares it the exception."""
    nxt = bisect.bisect_left(enc.hole_list, pos)
    end = min(enc.hole_list[nxt] if nxt < len(enc.hole_list) else len(enc.data), pos + DECODE_WINDOW)
    length = cc.char_length(target, enc.data, pos)
    if not length or pos + length > end or cc.DECODED_CHARS[target, bytes(enc.data[pos:pos + length])] is None:
        return ""
    chunk = bytes(enc.data[pos:end])
    try:
        return chunk.decode(target)
    except UnicodeDecodeError as error:
        return chunk[:error.start].decode(target)


def bytes_join(wrong: str, target: str, before: str, after: str) -> bool:
    """Could the ``wrong`` decoder have given up on the last byte of ``before`` with the first byte of ``after``
    next, both lost (``target`` bytes)? Two holes in a row constrain each other across a character boundary too.
    Asked through :data:`BYTES_JOINS`."""
    try:
        tail, head = before.encode(target)[-1], after.encode(target)[0]
    except UnicodeEncodeError:
        return True
    return cc.gives_up(wrong, tail, head)


#: :func:`bytes_join`, kept. The memos of this module are keyed on a hypothesis' two strings, not on the
#: :class:`~.reencode.Hypothesis` (a named tuple, which the garbage collector never stops tracking, nor a key
#: holding one: 12k such keys stayed in its care after the speed benchmark's Big5 read as GBK row).
BYTES_JOINS = ArgsMemo(bytes_join, 65536)


def ruled_out(hyp: Hypothesis, before: str, options: tuple[str, ...]) -> tuple[int, ...]:
    """:func:`bytes_join` for a row: the positions of ``options`` whose first byte the wrong decoder would not
    have given up on after the last byte of ``before``."""
    tail = _last_byte(hyp.target, before)
    return () if tail is None else _RULED_OUT_AFTER[hyp.wrong, hyp.target, tail, options]


@lru_cache(maxsize=65536)
def _last_byte(target: str, ch: str) -> int | None:
    """The last byte of ``ch`` in ``target`` (None where it cannot be encoded)."""
    try:
        return ch.encode(target)[-1]
    except UnicodeEncodeError:
        return None


def _ruled_out_after(wrong: str, target: str, tail: int, options: tuple[str, ...]) -> tuple[int, ...]:
    """:func:`ruled_out` after a character whose last byte is ``tail``, cached on that byte: the characters before a
    row are many, their last bytes a few dozen (a tuple, not a set: a cached set stays in the garbage collector's
    care)."""
    allowed = cc.gives_up_before(wrong, tail)
    return tuple(at for at, head in enumerate(_heads(target, options)) if head is not None and head not in allowed)


_RULED_OUT_AFTER = ArgsMemo(_ruled_out_after, 8192)


@lru_cache(maxsize=8192)
def _heads(target: str, options: tuple[str, ...]) -> tuple[int | None, ...]:
    """The first byte of each option in ``target`` (None where it cannot be encoded)."""
    heads: list[int | None] = []
    for ch in options:
        try:
            heads.append(ch.encode(target)[0])
        except UnicodeEncodeError:
            heads.append(None)
    return tuple(heads)


def _step(enc: Bytes, pos: int, hyp: Hypothesis) -> tuple[int, Slot] | None:
    """The target character starting at byte ``pos``: its length and what it may be; None if none can."""
    data, holes = enc.data, enc.holes
    length = _hole_lead_length(enc, pos, hyp.target) if pos in holes else cc.char_length(hyp.target, data, pos)
    if length == 0 or pos + length > len(data):
        return None
    if length == 1:
        return 1, (chr(data[pos]),)
    if holes.isdisjoint(range(pos, pos + length)):
        ch = cc.DECODED_CHARS[hyp.target, bytes(data[pos:pos + length])]
        return (length, (ch,)) if ch else None
    inside = [h for h in range(pos, pos + length) if h in holes]
    if len(inside) >= length and (length > 2 or _hole_run(holes, pos) > MAX_GUESSED_RUN):
        return length, (cc.REPLACEMENT,)  # too little is known around it: lost, not guessed
    options = _fill(enc, pos, length, inside, hyp)
    return (length, options) if options else None


def _hole_run(holes: frozenset[int], pos: int) -> int:
    """Length of the run of consecutive holes through byte ``pos``, counted up to :data:`MAX_GUESSED_RUN` + 1
    (longer runs need not be measured)."""
    run = 1
    for step in (-1, 1):
        at = pos + step
        while at in holes and run <= MAX_GUESSED_RUN:
            run, at = run + 1, at + step
    return run


def _hole_lead_length(enc: Bytes, pos: int, target: str) -> int:
    """Length of a character whose lead byte is a hole: Big5 is always 2; UTF-8 follows the continuation bytes."""
    if target != "utf-8":
        return 2
    follow = 0
    while follow < 3 and pos + 1 + follow < len(enc.data) and (
            pos + 1 + follow in enc.holes or 0x80 <= enc.data[pos + 1 + follow] < 0xC0):
        follow += 1
    return min(follow, 2) + 1 if follow else 0


def _fill(enc: Bytes, pos: int, length: int, inside: list[int], hyp: Hypothesis) -> tuple[str, ...]:
    """The characters the holes of ``data[pos:pos+length]`` can make, most plausible first (at most
    :data:`MAX_CHOICES`). Each hole takes the values its role allows (lead or trail byte) that would have made
    the wrong decoder give up there, given the byte after it; adjacent holes are checked as a pair."""
    data, holes = enc.data, enc.holes
    known = bytes(data[pos:pos + length])  # a hole's byte is 0 already
    after = [data[h + 1] if h + 1 < len(data) and h + 1 not in holes and h not in enc.loose else None
             for h in inside]
    wrong, target = hyp
    allowed = tuple(_ALLOWED[wrong, target, h == pos, length, nxt] for h, nxt in zip(inside, after, strict=True))
    return _FILL_PATTERNS[wrong, target, known, tuple(h - pos for h in inside), allowed]


def _allowed(wrong: str, target: str, lead: bool, length: int, following: int | None) -> tuple[int, ...]:
    """The values a hole may hold, in order: those its role allows (the ``lead`` byte of a ``length``-byte
    character, or a later one) that would have made the wrong decoder give up there with ``following`` next.
    Few sets for many bytes (80 on the speed benchmark's UTF-8 read as GBK row): what :func:`_fill_pattern` is
    cached on in place of the byte after each hole."""
    values = cc.lead_values(target, length) if lead else cc.follow_values(target)
    return tuple(v for v in values if cc.gives_up(wrong, v, following))


_ALLOWED = ArgsMemo(_allowed, 1024)


def _fill_pattern(wrong: str, target: str, known: bytes, inside: tuple[int, ...],
                  allowed: tuple[tuple[int, ...], ...]) -> tuple[str, ...]:
    """:func:`_fill` for one pattern of known bytes and holes, given the values each hole may hold
    (:func:`_allowed`), cached: the leads and first continuation bytes of common characters recur, so most holes
    of a document repeat a pattern already solved. Keyed on those values rather than on the bytes after the holes
    that decide them: of the 374 patterns new to a process that had repaired the other half of the speed
    benchmark's UTF-8 read as GBK row, 270 are then solved already."""
    combos: list[tuple[int, ...]] = [()]
    for n, (h, values) in enumerate(zip(inside, allowed, strict=True)):
        if n > 0 and inside[n - 1] == h - 1:  # two holes in a row: the decoder gave up on the first one too
            combos = [(*c, v) for c in combos
                      for v in sorted(cc.gives_up_before(wrong, c[-1]).intersection(values))]
        else:
            combos = [(*c, v) for c in combos for v in values]
        del combos[MAX_COMBOS:]
    found = set()
    buf = bytearray(known)
    for combo in combos:
        for h, v in zip(inside, combo, strict=True):
            buf[h] = v
        ch = cc.DECODED_CHARS[target, bytes(buf)]
        if ch:
            found.add(ch)
    return tuple(sorted(found, key=_choice_rank)[:MAX_CHOICES])


_FILL_PATTERNS = ArgsMemo(_fill_pattern, 65536)


@memoised(65536)
def _choice_rank(ch: str) -> tuple[float, str]:
    """Where a hole's candidate goes in its list: most plausible first (:func:`char_score`), ties by code point.
    One memo lookup per candidate: sorting a hole's few hundred candidates is the cost of a new byte pattern.
    The numeral 〇 ranks as the 零 the word models read it as (:data:`~newsmend.repair.bigram.ZERO_SPELLINGS`):
    scored as a symbol (-5.0) it ranked 216th to 220th among the 256 kept for a GBK character lost whole by GB2312,
    and was cut from the hole before another hole (127 trail bytes, not 47: -4.74 the 256th), so GBK read as
    GB2312 never gave 二〇〇八年 back (零, -4.36, ranks inside both)."""
    return -char_score(ZERO_SPELLINGS.get(ch, ch)), ch
