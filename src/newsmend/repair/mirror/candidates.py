"""What a lost GBK byte may have been: the candidate tables of the mirror search, built once per process.

A lost trail byte leaves its lead; the characters that lead starts, ranked by frequency and indexed by the
bytes their neighbours need, are the search's options. Private-use pairs a lenient decoder drops are offered
only as attested neighbours or as the character an annotation names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache

from newsmend.repair.convert import CHAR_MEMO, ArgsMemo, char_s2t
from newsmend.repair.gbk import (
    FULLWIDTH_LEAD,
    FULLWIDTH_OF,
    HIGH_BYTE,
    LEAD_BYTES,
    decode_pair,
    encode_char,
    trails_of,
)
from newsmend.repair.lm import char_model
from newsmend.repair.mirror.scorer import PUNCT_LOGP, lm_char
from newsmend.repair.readings import annotation_pattern, keys_by_reading, reading


@lru_cache(maxsize=1)
def pinned_lost() -> re.Pattern[str]:
    """A ``?`` followed by an annotation (``?(reading)``, ``?reading)``)."""
    return re.compile(rf"\?(?={annotation_pattern().pattern})")


@lru_cache(maxsize=4096)
def named_trails(pinned: str, lead: int) -> tuple[int, ...]:
    """The second bytes of the characters read ``pinned`` whose first byte is ``lead`` (in the index's order)."""
    return tuple(key & 0xFF for key in keys_by_reading()[pinned] if key >> 8 == lead)


@lru_cache(maxsize=256)
def lost_candidates(lead: int) -> tuple[tuple[int, str], ...]:
    """(lost byte, character) pairs: trails completing ``lead``, or (lead = -1) leads completed by ``A3``; only
    characters the mirror's conversion writes (it converted every character: 開 stands in its text, never 开)."""
    if lead >= 0:
        pairs = [(x, decode_pair(lead, x)) for x in trails_of().get(lead, ()) if x >= HIGH_BYTE]
    else:
        pairs = [(x, decode_pair(x, FULLWIDTH_LEAD)) for x in LEAD_BYTES]
    return tuple((x, ch) for x, ch in pairs if ch is not None and char_s2t(ch) == ch)


#: First bytes of GBK's user-defined (private-use) pairs: AAA1-AFFE and F8A1-FEFE ("wide": any trail A1-FE), and
#: A140-A7A0 (trails 40-A0).
_PRIVATE_FIRST = (*range(0xA1, 0xA8), *range(0xAA, 0xB0), *range(0xF8, 0xFF))
PRIVATE_WIDE = 0xAA


@lru_cache(maxsize=1024)
def private_first(lead: int) -> tuple[tuple[int, str], ...]:
    """(a, character): bytes ``a`` that complete ``lead`` and can open a private-use pair."""
    pairs = ((a, decode_pair(lead, a)) for a in _PRIVATE_FIRST)
    return tuple((a, ch) for a, ch in pairs if ch is not None)


class _Seconds:
    """The second bytes ``b`` of a private-use pair that are also a lead completed by a given next byte, indexed by
    the character ``b`` forms with it (as it is, in simplified form, and by reading)."""

    def __init__(self, pairs: list[tuple[int, str]]) -> None:
        self.char_of = dict(pairs)
        self.by_char = {ch: b for b, ch in pairs}
        by_plain: defaultdict[str, list[int]] = defaultdict(list)
        for b, ch in pairs:
            by_plain[lm_char(ch)].append(b)
        self.by_plain = dict(by_plain)
        self.chars, self.plain = frozenset(self.by_char), frozenset(self.by_plain)

    @cached_property
    def _by_reading(self) -> dict[str, tuple[int, ...]]:
        index: defaultdict[str, list[int]] = defaultdict(list)
        for ch, b in self.by_char.items():
            index[reading(ch)].append(b)
        return {r: tuple(bs) for r, bs in index.items()}

    def named(self, pinned: str) -> tuple[int, ...]:
        """The bytes whose character reads ``pinned``."""
        return self._by_reading.get(pinned, ())


@lru_cache(maxsize=1024)
def private_second(wide: bool, nxt: int) -> _Seconds:
    """:class:`_Seconds` for the wide (second byte A1-FE) or narrow (81-A0 as a lead) private-use ranges."""
    seconds = range(0xA1, 0xFF) if wide else range(0x81, 0xA1)
    return _Seconds([(b, ch) for b in seconds if (ch := decode_pair(b, nxt)) is not None])


@lru_cache(maxsize=1 << 14)
def words_after(left: str, wide: bool, nxt: int) -> tuple[int, ...]:
    """The second bytes of :func:`private_second` whose character follows ``left`` inside a dictionary word (the
    same for every document: looked up once per process)."""
    seconds = private_second(wide, nxt)
    found = char_model().neighbours_among(lm_char(left), "", seconds.plain)
    return tuple(b for ch in found for b in seconds.by_plain[ch])


@lru_cache(maxsize=256)
def candidate_chars(lead: int) -> tuple[frozenset[str], frozenset[str]]:
    """The characters of :func:`lost_candidates`, as they are and in simplified form (for the shortlist)."""
    chars = [ch for _, ch in lost_candidates(lead)]
    return frozenset(chars), frozenset(map(lm_char, chars))


@dataclass(frozen=True, slots=True)
class _CandidateIndex:
    """The lost-byte candidates of one lead, indexed for the shortlist of :meth:`Search._rank_lost`."""

    chars: dict[int, str]  # byte -> the character it makes
    by_char: dict[str, tuple[int, ...]]  # a character, as it is or simplified -> the bytes that make it
    marks: tuple[int, ...]  # the bytes that make punctuation


@lru_cache(maxsize=256)
def candidate_index(lead: int) -> _CandidateIndex:
    """:class:`_CandidateIndex` of :func:`lost_candidates`."""
    pairs = lost_candidates(lead)
    by_char: defaultdict[str, list[int]] = defaultdict(list)
    for x, ch in pairs:
        by_char[ch].append(x)
        if lm_char(ch) != ch:
            by_char[lm_char(ch)].append(x)
    return _CandidateIndex(dict(pairs), {ch: tuple(xs) for ch, xs in by_char.items()},
                           tuple(x for x, ch in pairs if ch in PUNCT_LOGP))


def _dictionary_near(lead: int, ch: str, side: int) -> tuple[int, ...]:
    """The lost-byte candidates of ``lead`` whose character (simplified) follows the simplified ``ch`` inside a
    dictionary word (``side`` 1) or precedes it (``side`` -1): the dictionary's part of :meth:`Search._rank_lost`'s
    shortlist."""
    model, plain = char_model(), candidate_chars(lead)[1]
    found = model.neighbours_among(ch, "", plain) if side > 0 else model.neighbours_among("", ch, plain)
    by_char = candidate_index(lead).by_char
    return tuple(x for near in found for x in by_char[near])


#: :func:`_dictionary_near` kept for every document: it does not depend on the document, and unseen documents ask
#: mostly what others asked (over the second half of ``benchmarks/repair_speed.py``'s mirror row, after the first:
#: 1,683 questions, 565 distinct, 1,275 asked before), where each answer intersects up to 190 candidates with a
#: character's neighbours (the shortlists' neighbours took 8.6% of that half's time, 62 us a ranking).
dictionary_near: ArgsMemo[tuple[int, ...]] = ArgsMemo(_dictionary_near, CHAR_MEMO)


@lru_cache(maxsize=256)
def by_frequency(lead: int) -> tuple[int, ...]:
    """The lost-byte candidates of :func:`lost_candidates`, commonest character first."""
    model = char_model()
    ranked = sorted(lost_candidates(lead), key=lambda pair: model.unigram_logp(lm_char(pair[1])), reverse=True)
    return tuple(x for x, _ in ranked)


FULLWIDTH_TRAIL = {mark: fw.encode("gbk")[1] for mark, fw in FULLWIDTH_OF.items()}


_FULLWIDTH_BYTES = {mark: fw.encode("gbk") for mark, fw in FULLWIDTH_OF.items()}


def flattened_bytes(mark: str, i: int) -> tuple[tuple[int, int], ...]:
    raw = _FULLWIDTH_BYTES[mark]
    return (raw[0], i), (raw[1], i)


def last_byte(ch: str) -> int:
    """The last GBK byte of ``ch`` (-1 when GBK cannot encode it)."""
    raw = encode_char(ch)
    return raw[-1] if raw else -1


def first_byte(ch: str) -> int:
    """The first GBK byte of ``ch`` (-1 for none or unencodable)."""
    if not ch:
        return -1
    raw = encode_char(ch)
    return raw[0] if raw else -1
