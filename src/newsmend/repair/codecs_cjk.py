"""Byte-level facts about the codecs that CJK mojibake is made of, derived from Python's codecs (never hand-listed).

Mojibake is text decoded with the wrong codec (the *wrong* side) from bytes written in another (the *true* side).
To undo it we re-encode the damaged text with the wrong codec, which gives back the original bytes -- exactly for
Latin-1 / Windows-1252, and with one unknown byte (a *hole*) for every U+FFFD a lenient GBK / GB18030 decoder
wrote -- and decode those bytes with the true codec. This module holds the tables that need: the browser's
Windows-1252 mapping, the length of a character from its lead byte, the test telling whether a byte could have
made the wrong decoder give up (the constraint on a hole), and the characters typical of each kind of mojibake.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache, partial

from newsmend.repair.convert import ArgsMemo, CharTable
from newsmend.repair.gbk import decode_pair, decode_pairs

#: Windows-1252 as browsers decode it (WHATWG): bytes 0x80-0x9F are typographic characters, except the five
#: unassigned ones, which stay C1 controls. Latin-1 decoding keeps all of 0x80-0x9F as C1 controls.
_CP1252_UNASSIGNED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)

REPLACEMENT = "\ufffd"


@lru_cache(maxsize=1)
def single_byte_map() -> dict[str, int]:
    """Character -> byte for text decoded as Latin-1 or as browser Windows-1252 (both, merged: lossless)."""
    table = {chr(b): b for b in range(256)}
    for b in range(0x80, 0xA0):
        if b not in _CP1252_UNASSIGNED:
            table[bytes([b]).decode("cp1252")] = b
    return table


@lru_cache(maxsize=1)
def cp1252_specials() -> frozenset[str]:
    """The characters only Windows-1252 (not Latin-1) produces for bytes 0x80-0x9F: € ‚ ƒ „ … † ‡ and so on."""
    return frozenset(ch for ch, b in single_byte_map().items() if ord(ch) > 0xFF)


def char_length(target: str, data: bytes | bytearray, pos: int) -> int:
    """Bytes in the ``target``-encoded character whose lead byte is ``data[pos]``; 0 if it cannot lead one."""
    lead = data[pos]
    if lead < 0x80:
        return 1
    if target == "utf-8":
        return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
    if lead in (0x80, 0xFF):
        return 0
    if target == "gb18030" and pos + 1 < len(data) and 0x30 <= data[pos + 1] <= 0x39:
        return 4
    return 2


def lead_values(target: str, length: int) -> range:
    """The byte values that lead a ``length``-byte character of ``target``."""
    if target == "utf-8":
        return {2: range(0xC2, 0xE0), 3: range(0xE0, 0xF0), 4: range(0xF0, 0xF5)}.get(length, range(0))
    return range(0x81, 0xFF) if length == 2 else range(0)


def follow_values(target: str) -> range:
    """The byte values that may follow the lead of a multi-byte ``target`` character (a superset for GBK/Big5)."""
    return range(0x80, 0xC0) if target == "utf-8" else range(0x40, 0xFF)


def gives_up(wrong: str, byte: int, following: int | None) -> bool:
    """Would the lenient ``wrong`` decoder emit U+FFFD for ``byte`` alone, ``following`` (None: end or unknown)
    next? ``wrong`` is ``"gbk"`` (GB18030 gives up on a subset of GBK's bytes, so its holes pass GBK's test too) or
    ``"gb2312"``, Python's codec for pages declaring ``charset=gb2312``, which gives up on every GBK-only
    character of the GBK text such pages usually hold.

    This is the whole constraint on a hole: CPython's CJK decoders replace one byte at a time, so a hole is a
    byte that cannot lead a character, or whose pair with the next byte is not a character of the codec.
    """
    if byte < 0x80:
        return False
    if following is None or byte in (0x80, 0xFF):
        return True
    if wrong == "gb2312":
        return (byte << 8 | following) not in _gb2312_pairs()
    return decode_pair(byte, following) is None


@lru_cache(maxsize=1)
def _gb2312_pairs() -> dict[int, str]:
    """``lead << 8 | trail`` of every pair Python's ``gb2312`` codec decodes (7,445 of GBK's 21,886), with what it
    decodes it to."""
    return decode_pairs("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))


#: GB2312's first row of hanzi (lead byte B0): the rows before it hold its symbols, kana, letters and box marks.
GB2312_HANZI_LEAD = 0xB0


@lru_cache(maxsize=1)
def gb2312_hanzi() -> tuple[str, ...]:
    """GB2312's 6,763 hanzi (every pair of :func:`_gb2312_pairs` from :data:`GB2312_HANZI_LEAD` on), in code order:
    the simplified characters a converter is asked about one at a time."""
    return tuple(ch for pair, ch in sorted(_gb2312_pairs().items()) if pair >> 8 >= GB2312_HANZI_LEAD)


@lru_cache(maxsize=1)
def gb2312_differences() -> dict[str, str]:
    """The characters Python's ``gb2312`` codec makes of a pair that GBK reads as another: ``{"・": "·", "―": "—"}``
    (A1A4, A1AA; GBK follows the newer mapping), derived from the codecs."""
    pairs = ((read, decode_pair(pair >> 8, pair & 0xFF)) for pair, read in _gb2312_pairs().items())
    return {read: meant for read, meant in pairs if meant is not None and read != meant}


@lru_cache(maxsize=512)
def gives_up_before(wrong: str, byte: int) -> frozenset[int]:
    """The bytes ``f`` for which ``wrong`` gives up on ``byte`` when ``f`` follows it (see :func:`gives_up`)."""
    return frozenset(f for f in range(256) if gives_up(wrong, byte, f))


def decode_strict(target: str, data: bytes) -> str | None:
    """``data`` decoded strictly as ``target``, or None."""
    try:
        return data.decode(target)
    except UnicodeDecodeError:
        return None


def byte_lengths(codec: str, text: str) -> bytes:
    """The length in ``codec`` of each character of ``text`` (bytes), read through a table filled on first sight of
    a character (:class:`~newsmend.repair.convert.CharTable`): two C calls for a run of characters, where a step per
    character was most of what re-encoding a span and walking its stretches cost."""
    return text.translate(_length_table(codec)).encode("latin-1")


@lru_cache(maxsize=8)
def _length_table(codec: str) -> CharTable:
    """:func:`byte_lengths`' table for ``codec``: each character's length, as the character of that code point."""
    return CharTable(partial(_length_char, codec))


def _length_char(codec: str, ch: str) -> str:
    """:func:`_length_table`'s entry for ``ch``."""
    return chr(len(ch.encode(codec)))


#: :func:`decode_strict` of one character's bytes, by ``(target, data)``: few distinct ones recur (looked up
#: directly, ``DECODED_CHARS[target, data]``).
DECODED_CHARS: ArgsMemo[str | None] = ArgsMemo(decode_strict, 65536)


def _decodings(codec: str, leads: Sequence[int], trails: range) -> set[str]:
    """Every character ``codec`` decodes from a (lead, trail) byte pair in the given ranges."""
    return set(decode_pairs(codec, leads, trails).values())


#: UTF-8 leads of the characters Chinese text is written in: punctuation (E2), CJK symbols and kana (E3), hanzi
#: (E4-E9) and full-width forms (EF). EA-EE lead Hangul syllables and private use.
CHINESE_UTF8_LEADS = (*range(0xE2, 0xEA), 0xEF)
OTHER_UTF8_LEADS = tuple(range(0xEA, 0xEF))


@lru_cache(maxsize=3)
def utf8_as_gbk_marks(leads: tuple[int, ...] = (*CHINESE_UTF8_LEADS, *OTHER_UTF8_LEADS)) -> frozenset[str]:
    """Characters a GBK/GB18030 decoder makes of a UTF-8 lead byte of CJK text (E2-EF, or ``leads``) and a
    continuation byte.

    Every UTF-8 Chinese character starts with such a lead, so these rare characters (鍙, 浣, 鐨, 锛 ...) are dense
    in UTF-8-read-as-GBK text and sparse in real text.
    """
    marks = _decodings("gbk", leads, range(0x80, 0xC0))
    return frozenset(marks | _decodings("gb18030", leads, range(0x80, 0xC0)))


@lru_cache(maxsize=1)
def big5_as_gbk_marks() -> frozenset[str]:
    """Characters GBK makes of the Big5 leads of the commonest hanzi (A4-A7) with a high trail byte.

    Those pairs fall in GB2312 rows 4-7 (kana, Greek, Cyrillic), so Chinese Big5 text read as GBK is full of kana.
    """
    return frozenset(_decodings("gbk", range(0xA4, 0xA8), range(0xA1, 0xFF)))


def _single_byte_pair_pattern() -> str:
    """Two adjacent characters of the single-byte alphabet that both stand for bytes 0x80-0xFF, the first a
    Latin-1 character (U+0080-U+00FF): every UTF-8 character beyond ASCII (a lead 0xC2-0xF4, then continuation
    bytes 0x80-0xBF) and every GB2312 character (both bytes 0xA1-0xFE) read as Latin-1/cp1252 makes one.
    European text almost never does (é, ü, ß stand between ASCII letters), so its accented words open no
    window, and neither do the typographic marks of Chinese prose (—— and …… are cp1252's 0x97 and 0x85
    twice). Only a GBK/3-4 character with an ASCII trail byte or a lead 0x81-0x9F makes none alone; in Chinese
    text it sits among GB2312 characters, within :data:`mojibake.CONTEXT` of a mark."""
    high = "".join(sorted(ch for ch, b in single_byte_map().items() if b >= 0x80))
    return f"[\u0080-\u00ff][{re.escape(high)}]"


def _klass(chars: frozenset[str]) -> str:
    return "".join(re.escape(ch) for ch in sorted(chars))


#: Private-use characters: GB18030 maps the GBK user-defined areas there, so mojibake read as GB18030 has them.
_PRIVATE_USE = "\ue000-\uf8ff"


@lru_cache(maxsize=1)
def family_patterns() -> dict[str, re.Pattern[str]]:
    """One regex per family of mojibake, matching its typical characters (its *marks*)."""
    return {
        "single-byte": re.compile(_single_byte_pair_pattern()),
        "utf-8": re.compile(f"[{_klass(utf8_as_gbk_marks(CHINESE_UTF8_LEADS))}{REPLACEMENT}{_PRIVATE_USE}]"),
        "utf-8-other": re.compile(f"[{_klass(utf8_as_gbk_marks(OTHER_UTF8_LEADS))}]"),
        "big5": re.compile(f"[{_klass(big5_as_gbk_marks())}{REPLACEMENT}]"),
        # GBK read as GB2312 leaves only U+FFFD: the rest is GB2312 text, in phase or one byte out of it.
        "gb2312": re.compile(REPLACEMENT),
    }


_HANZI = re.compile("[\u4e00-\u9fff]")
_ASCII_WORD = re.compile("[A-Za-z]+")


def misread_as_gb2312(text: str) -> bool:
    """Could ``text`` be Chinese that Python's ``gb2312`` codec decoded leniently, losing bytes? It holds U+FFFD,
    nothing but ASCII and GB2312's characters besides (a single character GBK added means another decoder wrote
    it), and more hanzi than ASCII words (an English or French text with a stray U+FFFD is no such text; a Chinese
    forum post quoting code may hold more ASCII letters than hanzi)."""
    if REPLACEMENT not in text:
        return False
    try:
        text.replace(REPLACEMENT, "").encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(_HANZI.findall(text)) > len(_ASCII_WORD.findall(text))


def has_marks(text: str) -> bool:
    """Does ``text`` hold a mark of any family? The cheap pre-check clean text stops at: one search per family,
    since a pattern that opens with a character class is scanned by the regex engine's fast loop and one
    alternation of the three is not (a third slower on the bench's English bodies)."""
    return any(pattern.search(text) for pattern in family_patterns().values())
