"""GBK byte-pair facts the mirror repair searches over.

Python's ``gbk`` codec is the reference (it is what the damaged pages were encoded and leniently decoded with);
its decoder never yields private-use characters, so a pair is either a real character or invalid. The full
pair table (126 x 191 entries) is built once per process and shared read-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import chain

#: Bytes that can start a two-byte GBK character.
LEAD_BYTES = range(0x81, 0xFF)
#: The byte a lenient decoder turns into ``?`` is always >= this (lower bytes are ASCII and decode alone).
HIGH_BYTE = 0x80

#: ASCII punctuation that stands for a full-width form after the mirror flattened ``A3xx`` byte pairs.
FULLWIDTH_OF = {",": "，", ":": "：", "?": "？", "(": "（", ")": "）", "!": "！", ";": "；"}
#: The lead byte shared by every full-width form above.
FULLWIDTH_LEAD = 0xA3


#: The byte :func:`decode_pairs` puts after each pair: ASCII, which no multi-byte sequence of a CJK codec holds, so
#: that each pair is read on its own.
PAIR_SEPARATOR = 0


def decode_pairs(codec: str, leads: Sequence[int], trails: range) -> dict[int, str]:
    """``lead << 8 | trail`` -> what ``codec`` decodes the two bytes to, for every pair of ``leads`` and ``trails``
    (consecutive bytes, not :data:`PAIR_SEPARATOR`) that it decodes strictly. Read in one lenient decoding of all
    the pairs, each followed by the separator: a pair decodes strictly to its reading when that holds no U+FFFD
    (the only thing the decoder writes for bytes it cannot read, and the character of no pair); a decoder that read
    a separator into a pair would leave fewer readings than pairs (a ValueError). A strict decoding per pair, with
    an exception for each invalid one, took GBK's 24k pairs 14 ms, paid by the first damaged document of a
    process."""
    width = len(trails)
    data = bytearray((PAIR_SEPARATOR,)) * (3 * width * len(leads))  # lead, trail, separator
    data[0::3] = b"".join(bytes((lead,)) * width for lead in leads)
    data[1::3] = bytes(trails) * len(leads)
    readings = data.decode(codec, "replace").split(chr(PAIR_SEPARATOR))[:-1]  # the last separator ends the last
    keys = chain.from_iterable(range(lead << 8 | trails.start, lead << 8 | trails.stop) for lead in leads)
    return {key: text for key, text in zip(keys, readings, strict=True) if "\ufffd" not in text}


@lru_cache(maxsize=1)
def pair_table() -> tuple[str | None, ...]:
    """``table[lead << 8 | trail]`` is the character the pair decodes to, or None when invalid."""
    table: list[str | None] = [None] * 0x10000
    for key, ch in decode_pairs("gbk", LEAD_BYTES, range(0x40, 0xFF)).items():
        table[key] = ch
    return tuple(table)


@lru_cache(maxsize=1)
def trails_of() -> dict[int, tuple[int, ...]]:
    """For every lead byte, the trail bytes that complete a valid character."""
    table = pair_table()
    return {lead: tuple(t for t in range(0x40, 0xFF) if table[lead << 8 | t] is not None) for lead in LEAD_BYTES}


def decode_pair(lead: int, trail: int) -> str | None:
    """The character ``bytes((lead, trail))`` decodes to in GBK, or None."""
    if lead < 0 or trail < 0:
        return None
    return pair_table()[lead << 8 | trail]


@lru_cache(maxsize=65536)
def encode_char(ch: str) -> bytes | None:
    """The GBK bytes of one character, or None when GBK cannot encode it."""
    try:
        return ch.encode("gbk")
    except UnicodeEncodeError:
        return None
