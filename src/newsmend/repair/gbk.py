"""GBK byte-pair facts the mirror repair searches over.

Python's ``gbk`` codec is the reference (it is what the damaged pages were encoded and leniently decoded with);
its decoder never yields private-use characters, so a pair is either a real character or invalid. The full
pair table (126 x 191 entries) is built once per process and shared read-only.
"""

from __future__ import annotations

from functools import lru_cache

#: Bytes that can start a two-byte GBK character.
LEAD_BYTES = range(0x81, 0xFF)
#: The byte a lenient decoder turns into ``?`` is always >= this (lower bytes are ASCII and decode alone).
HIGH_BYTE = 0x80

#: ASCII punctuation that stands for a full-width form after the mirror flattened ``A3xx`` byte pairs.
FULLWIDTH_OF = {",": "，", ":": "：", "?": "？", "(": "（", ")": "）", "!": "！", ";": "；"}
#: The lead byte shared by every full-width form above.
FULLWIDTH_LEAD = 0xA3


@lru_cache(maxsize=1)
def pair_table() -> tuple[str | None, ...]:
    """``table[lead << 8 | trail]`` is the character the pair decodes to, or None when invalid."""
    table: list[str | None] = [None] * 0x10000
    for lead in LEAD_BYTES:
        for trail in range(0x40, 0xFF):
            try:
                table[lead << 8 | trail] = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
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
