"""How plausible a string is as real text, character by character: the judge between a span and its re-decoding.

A re-decoding replaces a span by a string of a different length made of different characters, so the word-level
language model (:mod:`newsmend.repair.lm`) cannot compare them; a sum of per-character log-frequencies can. Han,
kana and Hangul characters score their wordfreq Chinese frequency (wordfreq maps traditional characters onto
simplified counts, so genuine traditional text is not penalised; jieba's dictionary is not used here because it
holds mojibake characters such as 涓 with high counts). Other characters score by Unicode category. Scores are
log10 units (Zipf - 9): 的 -1.2, 参 -4.4, 涓 -6, an unknown character -9, junk (controls, U+FFFD, private use) -12.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import cache, lru_cache

#: Zipf frequency -> log10 probability per character (wordfreq's Zipf scale is log10 per billion words).
_ZIPF_OFFSET = 9.0
#: Score of a Han/kana/Hangul character wordfreq has never seen.
UNSEEN = -9.0
#: Controls, U+FFFD, private-use and unassigned characters: never wanted in repaired text (format characters
#: such as the soft hyphen are real text: they score as symbols).
JUNK = -12.0
#: Latin-1 letters and signs: legitimate in European names, but the stuff of Latin-1/cp1252 mojibake.
LATIN1 = -6.0
#: Other letters (Greek, Cyrillic, Latin Extended): plausible in their own texts, rare in Chinese news.
OTHER_LETTER = -7.0
#: The punctuation of Chinese prose (full-width marks, quotes, ellipsis, dash, middle dot): as plausible as a
#: common character. Needed to tell 。 from the other characters of U+3000-U+303F when a hole hides its bytes.
#: Most frequent first: each later mark scores a hair lower, so an undecidable hole prefers 。 to 、.
COMMON_PUNCTUATION = "，。、“”：；？！（）《》…—·‘’「」『』【】〈〉"
CJK_PUNCTUATION = -2.0
_PUNCTUATION_STEP = 0.01
#: Other punctuation and symbols of the blocks Chinese text uses (general punctuation, CJK symbols, full-width
#: forms: ※, 〃, ＠ ...).
OTHER_SYMBOL = -5.0
#: Symbols from anywhere else (braille, box drawing, dingbats, math): what a wrong decoding often produces.
RARE_SYMBOL = -8.0
#: ASCII letters and digits: free when they stay, but a re-decoding that turns a Han character into one must
#: pay for it (GBK trail bytes 0x40-0x7E are ASCII).
ASCII_ALNUM = -3.0
_TEXT_SYMBOL_BLOCKS = ((" ", "⁯"), ("　", "〿"), ("＀", "￯"))

_JUNK_CATEGORIES = frozenset({"Cc", "Co", "Cs", "Cn"})
_WIDE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


@lru_cache(maxsize=1)
def _zipf():  # type: ignore[no-untyped-def]
    """wordfreq's lookup, imported on first use (it loads jieba; silence its start-up chatter)."""
    import jieba
    import wordfreq

    jieba.setLogLevel(logging.WARNING)
    return wordfreq.zipf_frequency


@cache
def char_score(ch: str) -> float:
    """log10-like plausibility of one character in (mostly Chinese) text; cached per character."""
    if ch < "\x80":
        return ASCII_ALNUM if ch.isalnum() else 0.0 if ch.isprintable() or ch in "\t\n\r" else JUNK
    category = unicodedata.category(ch)
    if ch == "\ufffd" or category in _JUNK_CATEGORIES:
        return JUNK
    if ch in COMMON_PUNCTUATION:
        return CJK_PUNCTUATION - _PUNCTUATION_STEP * COMMON_PUNCTUATION.index(ch)
    if category.startswith("Z"):
        return LATIN1 if ch == "\xa0" else OTHER_SYMBOL
    if ch <= "\xff":
        return LATIN1
    if category.startswith("L") and unicodedata.name(ch, "").startswith(_WIDE_SCRIPTS):
        zipf = _zipf()(ch, "zh")
        return max(zipf - _ZIPF_OFFSET, UNSEEN) if zipf else UNSEEN
    if category.startswith("L"):
        return OTHER_LETTER
    return OTHER_SYMBOL if any(lo <= ch <= hi for lo, hi in _TEXT_SYMBOL_BLOCKS) else RARE_SYMBOL


def text_score(text: str) -> float:
    """Sum of :func:`char_score` over ``text`` (higher is more plausible)."""
    return sum(map(char_score, text))
