"""The character bigram model of the lattice: pairs inside jieba's words, and punctuation by its share of prose.

A pair's probability is how often the dictionary's words hold it, or a word's end followed by a word's start;
punctuation, which the dictionary never saw, scores its share of Chinese prose and its rate of ending a line;
digits are filed under one key, traditional characters under their simplified form. Built once per machine from
jieba's dictionary (:mod:`newsmend.repair.model_cache`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from newsmend.repair import lm
from newsmend.repair.convert import ArgsMemo, CharTable, char_t2s, is_han, memoised
from newsmend.repair.model_cache import (
    PACKING_SOURCE,
    PackedShards,
    Shards,
    cached,
    jieba_dictionary,
    pack_shards,
)
from newsmend.repair.plausibility import char_score

if TYPE_CHECKING:
    import numpy as np

#: log10 share per character of the punctuation of Chinese prose, measured on the extracted bodies of the 62
#: unlabelled Chinese news pages of the development set (110k characters; rounded to 0.1). Corner brackets,
#: which those simplified pages never use, get the share of “ ”: traditional prose quotes with them; 〈 〉 are
#: rare everywhere.
MARK_SHARE_LOG10 = {
    "，": -1.4, "。": -1.7, "、": -2.0, "“": -2.3, "”": -2.3, "「": -2.3, "」": -2.3, "：": -2.8, "（": -2.8,
    "）": -2.8, "？": -2.9, "《": -3.0, "》": -3.0, "！": -3.0, "；": -3.0, "—": -3.2, "…": -3.4, "【": -3.5,
    "】": -3.5, "『": -3.5, "』": -3.5, "·": -3.9, "‘": -4.0, "’": -4.0, "〈": -4.5, "〉": -4.5,
}
LN10 = math.log(10)
#: log10 P(a line break follows | the mark), measured on the same 62 pages (10,376 marks, 1,414 of them ending a
#: line; add-one smoothed, rounded to 0.1): a sentence ends a paragraph, a list or a clause does not, so a hole
#: before a line break is 。？！ rather than ，、. Marks those pages hardly use take their partner's value.
LINE_END_LOG10 = {
    "，": -2.5, "。": -0.3, "、": -2.7, "“": -2.8, "”": -0.9, "「": -2.8, "」": -0.9, "：": -0.7, "（": -2.2,
    "）": -0.8, "？": -0.2, "《": -2.1, "》": -1.3, "！": -0.4, "；": -0.4, "—": -1.5, "…": -0.6, "【": -1.6,
    "】": -1.3, "『": -2.8, "』": -0.9, "·": -1.3, "‘": -2.8, "’": -0.9, "〈": -2.1, "〉": -1.3,
}
#: ... and over all marks (1,414 of 10,376): the factor a mark pays before a line break is its own rate over this.
LINE_END_ANY_LOG10 = -0.87
#: Marks that end a clause: prose never writes two in a row (，，or 。、), except ？！ and ！？, nor one right
#: after an opening quote or bracket (“，).
SEPARATORS = frozenset("，。、：；")
OPENERS = frozenset("“‘（《【「『〈")
#: The marks that end a clause or a sentence (:data:`SEPARATORS`, ？ and ！), none of which follows a clause mark
#: or an opening one (:data:`NO_CLAUSE_END_AFTER`): on the extracted bodies of the 62 unlabelled Chinese news pages
#: of the development set, none of 112 ？ and 46 ！ does. (None of their 1,598 lines starts with one either, but
#: text cut from a page's inline links does: the repair bench's ``⏎，⏎``.)
CLAUSE_ENDS = SEPARATORS | frozenset("？！")
NO_CLAUSE_END_AFTER = SEPARATORS | OPENERS
#: Probability of such a pair: 1 in 10^4, below any pair the dictionary counts (not calibrated: any small value
#: decides the same).
MARK_AFTER_SEPARATOR = 1e-4
#: Marks written twice as one (—— and ……): the second follows the first.
DOUBLED = frozenset("—…")
#: log P of a character the dictionary has never seen (about 1 in 10^9, as in :mod:`newsmend.repair.lm`).
UNSEEN_LOGP = -21.0


#: The numerals of Chinese words, and the key the bigram model files a number written in digits under.
NUMERALS = "〇一二三四五六七八九十百千万亿两"
NUMBER = "#"
#: Digits read as Chinese numerals by the word model: jieba knows 五月 and 第十, not 5月 or 第14.
DIGIT_NUMERALS = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
#: The numeral zero as the dictionaries write it: jieba's dictionary never writes 〇 (U+3007), the zero of numbers
#: written numeral by numeral (二〇二〇年, 一〇八), but 零 (in 361 words), so the models read 〇 as 零.
ZERO_SPELLINGS = {"〇": "零"}


def lookup_char(ch: str, traditional: bool) -> str:
    """The character the model looks up: digits as numerals, and traditional text through OpenCC t2s (the
    dictionary is simplified). Asked through tables (:data:`TRADITIONAL_LOOKUP`, :data:`BIGRAM_KEYS`)."""
    if ch in DIGIT_NUMERALS:
        return DIGIT_NUMERALS[ch]
    if ch in ZERO_SPELLINGS:
        return ZERO_SPELLINGS[ch]
    return char_t2s(ch) if traditional else ch


#: :func:`lookup_char` of traditional text, as a table for ``str.translate``.
TRADITIONAL_LOOKUP = CharTable(partial(lookup_char, traditional=True))


@lru_cache(maxsize=65536)
def emission(ch: str) -> float:
    """Score (nats) of a character that is neither Han nor punctuation of prose: its plausibility
    (:func:`~newsmend.repair.plausibility.char_score`)."""
    return LN10 * char_score(ch)


#: P(pair inside a word | its first character), P(a character ends a word), P(a character starts a word).
BigramTables = tuple[dict[str, float], dict[str, float], dict[str, float], dict[str, str]]


#: Rows of a bigram matrix whose pairs inside words a model keeps (:meth:`BigramModel._find_inside_pairs`): the matrices
#: of neighbouring holes are built of the same rows again and again (on the bodies of the speed benchmark's
#: big5-as-gbk row, 204k rows of 46k distinct ones; an entry holds a few positions, about 200 bytes).
INSIDE_PAIRS_CACHE = 1 << 15


class BigramModel:
    """The character bigram that jieba's word unigram model implies (word frequencies as counts).

    P(b | a) = P(a b inside a word | a) + P(a ends a word | a) * P(b starts a word): a character that is a
    frequent word on its own (的, 了) is likely after any other, a character that only occurs inside words is
    likely only after its partners. :class:`newsmend.repair.lm.CharModel` counts pairs inside words alone, so
    every word boundary costs it a constant, which favours rare characters that happen to form a word with a
    neighbour over common one-character words. Punctuation starts a "word" with its share of prose.
    """

    def __init__(
        self, inside: Shards, end: dict[str, float], start: dict[str, float], followers: dict[str, str]
    ) -> None:
        self._inside, self._end, self._start, self._followers = inside, end, start, followers
        # Keyed on strings alone (a key holding the model would stay in the garbage collector's care for good).
        self._inside_pairs = ArgsMemo(self._find_inside_pairs, INSIDE_PAIRS_CACHE)

    def logp(self, prev: str | None, ch: str) -> float:
        """log P(``ch`` | ``prev``); ``prev`` None or not in the dictionary: a word starts."""
        if prev in NO_CLAUSE_END_AFTER and ch in CLAUSE_ENDS:
            return math.log(MARK_AFTER_SEPARATOR)
        if prev == ch and ch in DOUBLED:
            return 0.0
        start = self._start.get(ch, 0.0)
        if prev is None or prev not in self._end:
            p = start
        else:
            p = self._inside[prev].get(prev + ch, 0.0) + self._end[prev] * start
        return math.log(p) if p > 0.0 else UNSEEN_LOGP

    def logp_row(self, prev: str | None, chs: tuple[str, ...]) -> list[float]:
        """:meth:`logp` of each of ``chs`` after one ``prev``: a pair inside no word scores P(``prev`` ends a word)
        times P(the character starts one), so the row is that product for every character, corrected only at the
        few characters seen after ``prev`` inside a word (:meth:`followers`), found by one set intersection
        instead of a lookup per character (the rows of the lattice are where the model spends its time)."""
        starts = self.starts(chs)
        ending = None if prev is None else self._end.get(prev)
        if prev is None or ending is None:
            return self._marks_after(prev, chs, [math.log(p) if p > 0.0 else UNSEEN_LOGP for p in starts])
        row = [math.log(p) if p > 0.0 else UNSEEN_LOGP for p in [ending * s for s in starts]]
        columns, values = self._inside_pairs[prev, chs]
        for at, logp in zip(columns, values, strict=True):
            row[at] = logp
        return self._marks_after(prev, chs, row)

    def logp_matrix(self, prevs: Sequence[str], chs: tuple[str, ...]) -> np.ndarray:
        """:meth:`logp_row` for each of ``prevs``, as one matrix (rows: ``prevs``): the products P(end) x P(start)
        and their logarithms for all pairs at once (numpy), then the few followers of each row and the rules for
        marks, as :meth:`logp_row` corrects them (a row of 256 options had cost 256 calls of ``math.log``)."""
        import numpy as np

        starts = _row_starts_array(self, chs)
        endings = [self._end.get(prev) for prev in prevs]
        products = np.array([1.0 if e is None else e for e in endings])[:, None] * starts
        matrix = np.log(products, out=np.full(products.shape, UNSEEN_LOGP), where=products > 0.0)
        positions = _positions(chs)
        rows: list[int] = []
        columns: list[int] = []
        values: list[float] = []
        inside_pairs = self._inside_pairs
        for r, prev in enumerate(prevs):
            at, logp = inside_pairs[prev, chs]
            rows += [r] * len(at)
            columns += at
            values += logp
        matrix[rows, columns] = values  # one write for the whole matrix: a numpy write per pair costs a microsecond
        clause_ends = [at for mark in CLAUSE_ENDS.intersection(positions) for at in positions[mark]]
        after_separator = [r for r, prev in enumerate(prevs) if prev in NO_CLAUSE_END_AFTER]
        if clause_ends and after_separator:
            matrix[np.ix_(after_separator, clause_ends)] = math.log(MARK_AFTER_SEPARATOR)
        for r, prev in enumerate(prevs):
            if prev in DOUBLED and prev in positions:
                matrix[r, positions[prev]] = 0.0
        return matrix

    def _find_inside_pairs(self, prev: str, chs: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[float, ...]]:
        """Where :meth:`logp_row` of ``chs`` after ``prev`` differs from P(``prev`` ends a word) x P(the character
        starts one): the positions of the characters seen after ``prev`` inside a word, and their log P; kept per
        model (:data:`INSIDE_PAIRS_CACHE`)."""
        ending = self._end.get(prev)
        if ending is None:
            return (), ()
        positions, inside = _positions(chs), self._inside[prev]
        found = [(at, math.log(inside[prev + ch] + ending * self._start.get(ch, 0.0)))
                 for ch in self.followers(prev).keys() & _char_set(chs).keys() for at in positions[ch]]
        return tuple(at for at, _ in found), tuple(logp for _, logp in found)

    @staticmethod
    def _marks_after(prev: str | None, chs: tuple[str, ...], row: list[float]) -> list[float]:
        """``row`` with :meth:`logp`'s rules for marks applied: a clause mark after another or after an opening
        one, and the second of a doubled mark."""
        if prev is None:
            return row
        positions = _positions(chs)
        if prev in NO_CLAUSE_END_AFTER:
            for mark in CLAUSE_ENDS.intersection(positions):
                for at in positions[mark]:
                    row[at] = math.log(MARK_AFTER_SEPARATOR)
        if prev in DOUBLED:
            for at in positions.get(prev, ()):
                row[at] = 0.0
        return row

    def starts(self, chs: tuple[str, ...]) -> tuple[float, ...]:
        """P(each of ``chs`` starts a word): the factor every row over the same characters shares (the rows of one
        slot's options after each option of the slot before share it 64 times), cached per row of characters."""
        return _row_starts(self, chs)

    def followers(self, prev: str) -> dict[str, None]:
        """The characters seen right after ``prev`` inside a dictionary word (those whose pair with it is more than
        the product of a word's end and a word's start), as the keys of a dict (:func:`lm.char_set`)."""
        return lm.char_set(self._followers.get(prev, ""))

    def logp_column(self, prevs: Sequence[str], ch: str) -> list[float]:
        """:meth:`logp` of ``ch`` after each of ``prevs``, with what depends on ``ch`` looked up once."""
        start = self._start.get(ch, 0.0)
        separator, doubled = ch in CLAUSE_ENDS, ch in DOUBLED
        column = []
        for prev in prevs:
            if separator and prev in NO_CLAUSE_END_AFTER:
                column.append(math.log(MARK_AFTER_SEPARATOR))
                continue
            if doubled and prev == ch:
                column.append(0.0)
                continue
            ending = self._end.get(prev)
            p = start if ending is None else self._inside[prev].get(prev + ch, 0.0) + ending * start
            column.append(math.log(p) if p > 0.0 else UNSEEN_LOGP)
        return column


def bigram_tables(words: Mapping[str, int]) -> BigramTables:
    """:class:`BigramModel`'s tables from word frequencies: P(pair inside a word | first), P(ends a word), P(starts
    a word), with digits pooled under :data:`NUMBER`."""
    uni, pairs, starts, ends = lm.character_counts(words)
    tokens = sum(starts.values())
    # Words per character of prose: a mark's share per character becomes its share per word.
    per_word = sum(uni.values()) / tokens
    marks = {ch: 10 ** share * per_word for ch, share in MARK_SHARE_LOG10.items()}
    han = 1.0 - sum(marks.values())
    inside = {pair: n / uni[pair[0]] for pair, n in pairs.items()}
    end = {ch: ends[ch] / n for ch, n in uni.items()}
    start = {ch: han * n / tokens for ch, n in starts.items()} | marks
    # A number written in digits behaves like the numerals in words (三月, 五元, 十个), pooled.
    numerals = sum(uni[ch] for ch in NUMERALS)
    after: Counter[str] = Counter()
    for pair, n in pairs.items():
        if pair[0] in NUMERALS:
            after[pair[1]] += n
    inside |= {NUMBER + ch: n / numerals for ch, n in after.items()}
    end[NUMBER] = sum(ends[ch] for ch in NUMERALS) / numerals
    start[NUMBER] = han * sum(starts[ch] for ch in NUMERALS) / tokens
    return inside, end, start, _followers(inside)


def _followers(inside: Mapping[str, float]) -> dict[str, str]:
    """The pairs inside words filed by first character, the followers of each as one string (strings, not sets,
    keep the 300k pairs out of the garbage collector's walks; :func:`lm.char_set` makes the few sets a document
    asks for). Part of the cached tables: built on first use, it cost the first damaged page 0.13 s."""
    after: dict[str, list[str]] = {}
    for pair in inside:
        after.setdefault(pair[0], []).append(pair[1])
    return {ch: "".join(found) for ch, found in after.items()}


@lru_cache(maxsize=1)
def bigram_model() -> BigramModel:
    """The process-wide model: its tables derived from jieba's dictionary once per machine (about a second) and
    loaded from the cache afterwards (:mod:`newsmend.repair.model_cache`), the 300k pairs inside words unpacked a
    first character at a time (:class:`~newsmend.repair.model_cache.Shards`: 0.25 s to load as a marshalled dict).
    """
    packed = cached("lattice-bigram", lambda: _packed(bigram_tables(lm.jieba_frequencies()[0])),
                    (Path(__file__), Path(lm.__file__), PACKING_SOURCE, jieba_dictionary()))
    inside, end, start, followers = packed
    return BigramModel(Shards(inside, "d"), end, start, followers)


def _packed(tables: BigramTables) -> tuple[PackedShards, dict[str, float], dict[str, float], dict[str, str]]:
    """:func:`bigram_model`'s cache entry: the pairs inside words packed (:func:`pack_shards`), the other tables as
    they are."""
    inside, end, start, followers = tables
    return pack_shards(inside, "d"), end, start, followers


@lru_cache(maxsize=1 << 18)
def transition(prev: str | None, ch: str, traditional: bool) -> float:
    """log P(``ch`` | ``prev``) under :class:`BigramModel` (read through t2s in traditional text); characters
    that are neither Han nor punctuation of prose score their plausibility (they never join a word)."""
    cur = BIGRAM_KEYS[ch, traditional]
    if cur != NUMBER and not is_han(cur) and cur not in MARK_SHARE_LOG10:
        return emission(ch)
    return bigram_model().logp(None if prev is None else BIGRAM_KEYS[prev, traditional], cur)


def bigram_key(ch: str, traditional: bool) -> str:
    """What the bigram model looks up for ``ch``: :data:`NUMBER` for a digit, else :func:`lookup_char`."""
    return NUMBER if ch in DIGIT_NUMERALS else lookup_char(ch, traditional)


#: :func:`bigram_key` of the characters seen, by ``(ch, traditional)``.
BIGRAM_KEYS = ArgsMemo(bigram_key, 65536)


#: Rows of bigram scores kept per process: the options of a hole come from a few hundred byte patterns, and the
#: characters before them repeat (about 2 KB per row of 64 options).
ROW_CACHE = 1 << 13


@lru_cache(maxsize=ROW_CACHE)
def _positions(chs: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Positions of each character in a row of the bigram's keys (traditional options may share a key: 乾 幹 干)."""
    found: dict[str, list[int]] = {}
    for at, ch in enumerate(chs):
        found.setdefault(ch, []).append(at)
    return {ch: tuple(ats) for ch, ats in found.items()}


@memoised(ROW_CACHE)
def _char_set(chs: tuple[str, ...]) -> dict[str, None]:
    """The characters of a row as the keys of a dict: intersected with a character's followers (:func:`lm.char_set`,
    the keys of a dict too, which the garbage collector leaves alone), the smaller of the two is walked."""
    return dict.fromkeys(chs)


@lru_cache(maxsize=ROW_CACHE)
def _row_starts_array(model: BigramModel, chs: tuple[str, ...]) -> np.ndarray:
    """:meth:`BigramModel.starts` as a numpy array (:meth:`BigramModel.logp_matrix`)."""
    import numpy as np

    return np.array(model.starts(chs))


@lru_cache(maxsize=ROW_CACHE)
def _row_starts(model: BigramModel, chs: tuple[str, ...]) -> tuple[float, ...]:
    """:meth:`BigramModel.starts`, cached on the model (one per process) and the characters."""
    start = model._start
    return tuple([start.get(ch, 0.0) for ch in chs])
