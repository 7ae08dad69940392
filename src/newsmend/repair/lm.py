"""A small Chinese language model built only from dictionaries that ship in PyPI packages.

Repairs often end with a handful of candidate readings for one spot (a lost GBK byte, 著 → 着 or 著). The model
scores each candidate by the log-probability of its best word segmentation under jieba's dictionary
(349k words with frequencies) -- the same unigram model jieba segments with. Strings the dictionary does not know
fall back to per-character probabilities, so every string gets a finite score.

Built once per process (:func:`default_model`), read-only afterwards, safe to share between threads.
"""

from __future__ import annotations

import logging
import math
from functools import lru_cache

import jieba

#: Log-probability given to a character the dictionary has never seen (about 1 in 10^9 per character).
UNSEEN_CHAR_LOGP = -21.0


class LanguageModel:
    """Scores strings; higher is more plausible. Not normalised for length: compare equal-length candidates."""

    def __init__(self, tokenizer: jieba.Tokenizer) -> None:
        self._tk = tokenizer
        self._log_total = math.log(tokenizer.total)

    def word_logp(self, word: str) -> float:
        """Log-probability of one dictionary word, or of its characters one by one when unknown."""
        freq = self._tk.FREQ.get(word)
        if freq:
            return math.log(freq) - self._log_total
        if len(word) > 1:
            return sum(self.word_logp(ch) for ch in word)
        return UNSEEN_CHAR_LOGP

    def score(self, text: str) -> float:
        """Log-probability of the best segmentation of ``text`` (jieba's DAG + dynamic programming)."""
        if not text:
            return 0.0
        freq, n = self._tk.FREQ, len(text)
        best = [0.0] * (n + 1)
        for i in range(n - 1, -1, -1):
            top = self.word_logp(text[i]) + best[i + 1]
            j = i + 2
            while j <= n:
                piece = text[i:j]
                if piece not in freq:  # jieba stores every prefix of every word, so no longer word exists
                    break
                if freq[piece]:
                    top = max(top, math.log(freq[piece]) - self._log_total + best[j])
                j += 1
            best[i] = top
        return best[0]


@lru_cache(maxsize=1)
def default_model() -> LanguageModel:
    """The process-wide model (jieba's bundled dictionary); about a second to build the first time."""
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return LanguageModel(tokenizer)
