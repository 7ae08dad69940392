"""A test tool: the spam-mirror damage mechanism (``docs/damage.md``), reproduced to make test cases.

char-level s2t (OpenCC), GBK, ``bytes.replace`` of every table character by itself plus ``(pinyin)``, full-width
punctuation flattened on the bytes, lenient decode (invalid pair -> ``?``, maybe swallowing the next ASCII byte).
"""

from __future__ import annotations

import random

import opencc
from pypinyin import Style, pinyin

_FULLWIDTH = "，：？（）！；"


def damage(text: str, seed: int = 0, share: float = 0.4, swallow: float = 0.7) -> str:
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
    return _lenient_decode(data, rng, swallow)


def _lenient_decode(data: bytes, rng: random.Random, swallow: float) -> str:
    out: list[str] = []
    i = 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        if i + 1 < len(data):
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
