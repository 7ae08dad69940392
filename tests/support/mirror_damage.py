"""A test tool: the spam-mirror damage mechanism (``docs/damage.md``), reproduced to make test cases.

char-level s2t (OpenCC), GBK, ``bytes.replace`` of every table character by itself plus ``(pinyin)``, full-width
punctuation flattened on the bytes, lenient decode (invalid pair -> ``?``, maybe swallowing the next ASCII byte;
with ``drop_private``, a pair in GBK's user-defined ranges vanishes, as in a decoder that maps them to private use).
"""

from __future__ import annotations

import random

import opencc
from pypinyin import Style, pinyin

_FULLWIDTH = "，：？（）！；"


def damage(text: str, seed: int = 0, share: float = 0.4, swallow: float = 0.7, drop_private: bool = False) -> str:
    """``text`` (simplified) as a spam mirror would serve it."""
    rng = random.Random(seed)
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    trad = "".join(c2 if len(c2 := s2t.convert(c)) == 1 else c for c in text)
    data = trad.encode("gbk", errors="replace")
    pool = sorted({c for c in trad if "\u4e00" <= c <= "\u9fff" and t2s.convert(c) != c})
    rng.shuffle(pool)
    for ch in pool[: round(len(pool) * share)]:
        key = ch.encode("gbk")
        data = data.replace(key, key + ("(" + pinyin(ch, style=Style.TONE)[0][0] + ")").encode("gbk"))
    for fw in _FULLWIDTH:
        data = data.replace(fw.encode("gbk"), chr(ord(fw) - 0xFEE0).encode())
    return _lenient_decode(data, rng, swallow, drop_private)


def _private(lead: int, trail: int) -> bool:
    """GBK's user-defined ranges AAA1-AFFE, F8A1-FEFE and A140-A7A0."""
    wide = (0xAA <= lead <= 0xAF or 0xF8 <= lead <= 0xFE) and 0xA1 <= trail <= 0xFE
    return wide or (0xA1 <= lead <= 0xA7 and 0x40 <= trail <= 0xA0 and trail != 0x7F)


def _lenient_decode(data: bytes, rng: random.Random, swallow: float, drop_private: bool) -> str:
    out: list[str] = []
    i = 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        if i + 1 < len(data):
            if drop_private and _private(b, data[i + 1]):
                i += 2
                continue
            try:
                out.append(data[i:i + 2].decode("gbk"))
                i += 2
                continue
            except UnicodeDecodeError:
                if data[i + 1] < 0x80 and rng.random() < swallow:
                    out.append("?")
                    i += 2
                    continue
        out.append("?")
        i += 1
    return "".join(out)
