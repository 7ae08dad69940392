"""Pick one character per slot of a re-decoded run by dynamic programming over a character bigram model.

A lossy wrong decoding leaves *holes*: bytes the wrong decoder dropped, each of which may be one of a few dozen
characters. Neighbouring holes depend on each other (记者 and 誰說 are both readings of two damaged characters:
only the pair decides), so each run of adjacent open slots is decided jointly between its two known neighbours:
Viterbi over the character bigram model (:mod:`newsmend.repair.bigram`: one dictionary lookup per pair of
characters, plus the pairs the same document shows intact) picks the best path, forward-backward gives each
option its posterior, and the word models (jieba's dictionary and wordfreq's Chinese list), with a character
trigram counted on running news text for the context across word boundaries
(:mod:`newsmend.repair.context_model`), re-rank the few options that stay likely. Punctuation, which the
dictionaries never saw, scores its share of Chinese prose, corrected by the marks the document shows after the
same character and by each mark's rate of ending a line.
Written by hand: no library decodes over an arbitrary per-slot candidate set with these models (scoring every
combination with the word model, as before, was the cost of lossy repair).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from operator import add, itemgetter, sub
from typing import TYPE_CHECKING

from newsmend.repair import lm
from newsmend.repair.context_model import group_scores
from newsmend.repair.convert import HAN_CLASS, ArgsMemo, Memo, is_han

if TYPE_CHECKING:
    import numpy as np
from newsmend.repair.bigram import (
    BIGRAM_KEYS,
    CLAUSE_ENDS,
    DIGIT_NUMERALS,
    DOUBLED,
    LINE_END_ANY_LOG10,
    LINE_END_LOG10,
    LN10,
    MARK_AFTER_SEPARATOR,
    MARK_SHARE_LOG10,
    NO_CLAUSE_END_AFTER,
    NUMBER,
    ROW_CACHE,
    TRADITIONAL_LOOKUP,
    ZERO_SPELLINGS,
    bigram_model,
    emission,
)

#: The unary terms of a slot: extra score (nats) of putting each of ``options`` into slot ``n``, given the choices
#: so far (asked for a whole row: most terms depend on the character alone and can be looked up once per row).
Unary = Callable[[Sequence[str], int, tuple[str, ...]], list[float]]
#: A pairwise constraint: may ``after`` in slot ``n`` follow ``before`` in slot ``n - 1``?
Joins = Callable[[int, str, str], bool]
#: The same constraint for a whole row: the positions of ``options`` that may not follow ``before`` (at any slot
#: where the constraint applies).
JoinsRow = Callable[[str, tuple[str, ...]], Iterable[int]]
#: Score (nats) of a pair of neighbours the bytes rule out: far below any real pair, finite so that a group
#: whose every path breaks a constraint still decodes.
RULED_OUT = -100.0


#: Weight of the document's own pairs against the dictionary's (interpolated probabilities): a word the text
#: shows intact elsewhere is the likeliest reading of its damaged copies (0.5 and 0.8 gave the same CER on the
#: bench's lossy kinds).
EVIDENCE_WEIGHT = 0.5


#: Pseudo-count of the prior share of each mark (:data:`MARK_SHARE_LOG10`) in the document's estimate of which
#: mark follows a character: one mark seen after 吗 moves the choice a little, three decide it (1, 2 and 4 tried
#: on the repair bench's lossy kinds; see :func:`evidence`).
MARK_PRIOR_COUNT = 2.0


@lru_cache(maxsize=1)
def _mark_prior() -> dict[str, float]:
    """The share of each mark among the marks of prose (:data:`MARK_SHARE_LOG10`, normalised)."""
    shares = {mark: 10 ** share for mark, share in MARK_SHARE_LOG10.items()}
    total = sum(shares.values())
    return {mark: share / total for mark, share in shares.items()}


#: The document's pair probabilities (:func:`evidence`), by first character and then second.
Evidence = Mapping[str, Mapping[str, float]]


def evidence(slots: Iterable[Sequence[Sequence[str]]]) -> dict[str, dict[str, float]]:
    """What the parts of a document the bytes decide (runs of slots) say about its damaged parts, counted once
    per span: a cache model of the document.

    For two Han characters, P(b | a) among the pairs of known neighbours. For a Han character followed by a mark
    of prose, the share of each mark among the marks the document shows after it (吗？, 指控：), smoothed with the
    prior shares (:data:`MARK_PRIOR_COUNT`): which mark follows a word is the document's habit, while the
    dictionary knows no punctuation at all. Every mark gets an entry once one mark is seen after ``a``. Filed by
    first character: a row of the lattice looks up only what follows its character.
    """
    # The runs' known characters as one string, the runs apart (a pair across two runs is no pair): each pattern
    # is run once per span, not once per run.
    known = OPEN_SLOT.join("".join([s[0] if len(s) == 1 else OPEN_SLOT for s in run]) for run in slots)
    seen: dict[str, dict[str, float]] = {}
    for a, after in _by_first(_HAN_PAIR.findall(known)).items():
        total = sum(after.values())
        seen[a] = {b: n / total for b, n in after.items()}
    prior = _mark_prior()
    for a, after in _by_first(_HAN_MARK.findall(known)).items():
        total = sum(after.values())
        shares = seen.setdefault(a, {})
        shares.update(_unseen_mark_shares(total))
        for mark, n in after.items():
            shares[mark] = (n + MARK_PRIOR_COUNT * prior[mark]) / (total + MARK_PRIOR_COUNT)
    return seen


def _by_first(pairs: list[str]) -> dict[str, dict[str, int]]:
    """How often each of ``pairs`` (two characters each) occurs, filed by first character, in order of first
    occurrence."""
    counts: dict[str, dict[str, int]] = {}
    for ab, n in Counter(pairs).items():  # counted in C, then filed once per distinct pair (2 in 3)
        counts.setdefault(ab[0], {})[ab[1]] = n
    return counts


@lru_cache(maxsize=256)
def _unseen_mark_shares(total: int) -> dict[str, float]:
    """:func:`evidence`'s share of each mark after a character the document shows ``total`` marks after, for the
    marks it never shows there: the prior share alone (a character has marks after it a few times in a document:
    the same few totals recur, and a span has hundreds of such characters, each asking for every mark). Callers
    copy it."""
    return {mark: MARK_PRIOR_COUNT * share / (total + MARK_PRIOR_COUNT) for mark, share in _mark_prior().items()}


#: What :func:`evidence` reads in place of a slot the bytes leave open: neither Han nor a mark, so that no pair
#: with it counts.
OPEN_SLOT = "\0"
#: Two known Han characters in a row, and a Han character before a mark of prose (overlapping: a lookahead).
_HAN_PAIR = re.compile(f"(?=({HAN_CLASS}{HAN_CLASS}))")
_HAN_MARK = re.compile(f"(?=({HAN_CLASS}[{''.join(re.escape(mark) for mark in MARK_SHARE_LOG10)}]))")


def _mix(logp: float, seen: float) -> float:
    """The model's log-probability interpolated with the document's own pair probability."""
    return math.log((1.0 - EVIDENCE_WEIGHT) * math.exp(logp) + EVIDENCE_WEIGHT * seen)


def _context(a: str, b: str, evidence: Evidence) -> float:
    """What the dictionary cannot say about a mark, as a log-factor on the pair ``a b`` (nats): the document's
    share of the mark ``b`` after ``a`` against the prior share (:func:`evidence`), and the mark ``a`` before a
    line break at its rate of ending a line (:data:`LINE_END_LOG10`). Both the bigram and the word model's
    re-ranking add it."""
    if b == "\n":
        return LN10 * (LINE_END_LOG10[a] - LINE_END_ANY_LOG10) if a in LINE_END_LOG10 else 0.0
    seen = evidence.get(a, {}).get(b)
    return math.log(seen / _mark_prior()[b]) if seen and b in MARK_SHARE_LOG10 else 0.0


def _exps(values: Iterable[float], shift: float) -> Iterator[float]:
    """``exp(value - shift)`` of each of ``values``, in C (``map`` over ``operator.sub`` and ``math.exp``: the same
    operations as a comprehension, without a Python step per option; a hole has 27-64)."""
    return map(math.exp, map(sub, values, itertools.repeat(shift)))


def decide(slots: Sequence[Sequence[str]], traditional: bool, unary: Unary, joins: Joins,
           evidence: Evidence | None = None, checked: Container[int] | None = None,
           joins_row: JoinsRow | None = None) -> tuple[list[str], list[float]]:
    """One character per slot, and the confidence of each group of open slots (in slot order).

    Options are listed most plausible first (groups of several slots keep :data:`MAX_JOINT_OPTIONS` of each).
    Open slots (more than one option) that touch form a group; a group is decoded between the known characters
    on its two sides, which make the groups independent of each other: Viterbi over the bigram model first, then
    the word model (:func:`word_score`) re-ranks the options the bigram left likely, jointly, in a window of
    :data:`WORD_CONTEXT` characters (it sees 一探究竟 where the bigram sees 一探 and 探究). Groups are decided
    left to right, so ``unary`` sees the choices already made before a slot. Neighbours ``joins`` rules out
    score :data:`RULED_OUT`; ``checked``, when given, lists the only slots where ``joins`` may say no (the others
    are not asked), and ``joins_row``, when given, answers for a whole row there (one call instead of one per
    pair). ``evidence`` (:func:`evidence`) raises the pairs the same document shows intact.
    """
    chosen = [s[0] for s in slots]
    confidences: list[float] = []
    for n, end in groups(slots):
        left = chosen[n - 1] if n else None
        right = chosen[end] if end < len(slots) else None
        picks, options, posteriors = _decode_group(slots, n, end, left, right, traditional,
                                                   lambda k, opts: unary(chosen, k, opts), joins, evidence or {},
                                                   checked, joins_row)
        chosen[n:end] = picks
        confidences.append(_rescore(chosen, n, options, posteriors, traditional, unary, joins, evidence or {}))
    return chosen, confidences


def groups(slots: Sequence[Sequence[str]]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of slots with more than one option, left to right: the groups that
    :func:`decide` decides together (one posterior each) and that callers settle or report by."""
    n = 0
    while n < len(slots):
        if len(slots[n]) == 1:
            n += 1
            continue
        end = n
        while end < len(slots) and len(slots[end]) > 1:
            end += 1
        yield n, end
        n = end


#: Characters of context on each side of a group when the word model re-ranks its options.
WORD_CONTEXT = 4
#: Joint combinations of a group's options the word model scores (at most): 27 options of one slot, 5 of each
#: of two, 3 of each of three, 2 of each of four or five; longer groups keep the bigram's choice (Big5 read as
#: GBK loses a character and the marks around it together). Repair bench: groups up to 3 -> 5 took big5-as-gbk
#: CER 3.188% -> 3.153%, utf8-as-gbk and utf8-as-gb18030 unchanged; 6 gained nothing more.
MAX_JOINT = 27
MAX_GROUP = 5
#: Options whose posterior is below this share of the best one's are not worth a word-model look (the word model
#: rarely overturns odds of 30 to 1; the floor keeps re-ranking to a few options per hole). Calibrated on the repair
#: bench's lossy kinds, where re-ranking is most of the lossy repair's time: 0.01 / 0.03 / 0.05 gave big5-as-gbk CER
#: 2.512 / 2.503 / 2.534%, utf8-as-gbk 0.813 / 0.813 / 0.812%, utf8-as-gb18030 0.585 / 0.583 / 0.582%; 0.03 scores
#: 29% fewer combinations than 0.01 (of the groups re-ranked in 25 Big5 documents, 51 of 14,475 had chosen an
#: option below it).
RESCORE_FLOOR = 0.03
#: Weight of the bigram's log-posterior beside the word model's score when re-ranking (a product of the two
#: models; 0.5 and 1.0 tried on the repair bench's lossy kinds: 1.0 is a little better on both).
BIGRAM_WEIGHT = 1.0
#: Weight of the character trigram counted on running news text (:mod:`newsmend.repair.context_model`) in the
#: re-ranking: the context across word boundaries that the word models lack. Calibrated on the repair bench's
#: big5-as-gbk, each half of its documents apart (split by the CRC32 of the id): 0 / 0.5 / 0.75 / 1 / 1.5 gave
#: CER 3.03 / 2.85 / 2.87 / 2.87 / 2.97% on one half, 3.18 / 3.03 / 2.93 / 2.95 / 2.97% on the other; 0.75 / 1
#: gave utf8-as-gbk 0.861% / 0.851%.
CONTEXT_WEIGHT = 1.0


def _rescore(chosen: list[str], start: int, options: list[tuple[str, ...]], posteriors: list[list[float]],
             traditional: bool, unary: Unary, joins: Joins, evidence: Evidence) -> float:
    """Re-rank a group's likely options (``options`` of each slot, with their ``posteriors``) with the word models
    and the context model over the same window (:data:`CONTEXT_WEIGHT`), plus the unary terms and :func:`_context`
    on each pair of the group and its neighbours (both charged per word model: :data:`WORD_MODELS`); writes the
    winner into ``chosen`` and returns its posterior among the combinations scored (the bigram's posterior when
    nothing is re-ranked).

    The options are sorted by posterior only when some slot has a second one above :data:`RESCORE_FLOOR` of its
    best (those above it are the head of the sorted list): in 7 groups of 10 of UTF-8 read as GBK none has, and
    sorting every slot's options (27-64 in a hole of it) was 2% of that row."""
    tops = [max(probs) for probs in posteriors]
    if len(posteriors) > MAX_GROUP:
        return min(tops)
    if all(_count_at_least(RESCORE_FLOOR * top, probs) == 1 for top, probs in zip(tops, posteriors, strict=True)):
        return tops[0]  # nothing to re-rank
    end = start + len(options)
    marginals = [sorted(zip(opts, probs, strict=True), key=itemgetter(1), reverse=True)  # stable: ties keep order
                 for opts, probs in zip(options, posteriors, strict=True)]
    keep = max(2, int(MAX_JOINT ** (1 / len(marginals))))
    shortlists = [[(ch, p) for ch, p in m[:keep] if p >= RESCORE_FLOOR * m[0][1]] for m in marginals]
    combos, priors, contexts = [], [], []
    for combo in itertools.product(*shortlists):
        picks = tuple(ch for ch, _ in combo)
        row = [*chosen[start - 1:start], *picks, *chosen[end:end + 1]]
        first = start - 1 if start else start
        if all(joins(first + k, a, b) for k, (a, b) in enumerate(itertools.pairwise(row), start=1)):
            combos.append(picks)
            priors.append(sum(math.log(p) for _, p in combo))
            contexts.append(WORD_MODELS * sum(_context(a, b, evidence) for a, b in itertools.pairwise(row)))
    if len(combos) <= 1:
        return tops[0]
    left = "".join(chosen[max(0, start - WORD_CONTEXT):start])
    right = "".join(chosen[end:end + WORD_CONTEXT])
    readings = ["".join(combo) for combo in combos]
    local = [dict(zip(opts, unary(chosen, start + k, opts), strict=True))
             for k, opts in enumerate(tuple(ch for ch, _ in shortlist) for shortlist in shortlists)]
    scores = [words + CONTEXT_WEIGHT * running
              + WORD_MODELS * sum(local[k][ch] for k, ch in enumerate(combo)) + BIGRAM_WEIGHT * prior
              + context
              for words, running, combo, prior, context in zip(
                  window_scores(left, readings, right, traditional),
                  _context_scores(left, readings, right, traditional),
                  combos, priors, contexts, strict=True)]
    best = max(range(len(scores)), key=scores.__getitem__)
    chosen[start:end] = combos[best]
    return 1.0 / sum(math.exp(s - scores[best]) for s in scores)


def _count_at_least(floor: float, values: list[float]) -> int:
    """How many of ``values`` are ``floor`` or more (counted in C: ``floor <= value`` for each)."""
    return len(list(filter(floor.__le__, values)))


#: The numerals that write a number digit by digit (二〇二〇年, 一〇八, informally 二零二零年), with their digits.
NUMERAL_DIGITS = {numeral: digit for digit, numeral in DIGIT_NUMERALS.items()} | dict.fromkeys(
    ZERO_SPELLINGS.values(), "0")
#: A number written numeral by numeral with a zero (二〇〇八, 一〇八): three numerals or more in a row, read in
#: digits by :func:`_in_digits` when they hold 〇. Runs without 〇 (一一, 三五, 七八) are as often words or rough
#: counts as numbers; two with 〇 (五〇, 二〇) are where a lost 個 or 級 after a count offers 〇, and in digits
#: (50, 20) a common count: read so, gbk_as_gb2312.py's traditional row chose 五〇 for 五個 (上海“五〇中心”,
#: 四〇年輕人) 10 times, 8.9165% -> 8.9171%.
_NUMERAL_RUN = re.compile(f"[{''.join(DIGIT_NUMERALS.values())}]{{3,}}")
#: :data:`NUMERAL_DIGITS` as a table for ``str.translate``.
_DIGIT_TABLE = str.maketrans(NUMERAL_DIGITS)


def _in_digits(text: str) -> str:
    """``text`` with its numbers written numeral by numeral with a zero (:data:`_NUMERAL_RUN`) in digits."""
    return _NUMERAL_RUN.sub(lambda run: run[0].translate(_DIGIT_TABLE) if "〇" in run[0] else run[0], text)


def _context_scores(left: str, readings: Sequence[str], right: str, traditional: bool) -> list[float]:
    """:func:`~newsmend.repair.context_model.group_scores` of ``readings`` (all of one length) between ``left`` and
    ``right``, numbers written numeral by numeral with a zero read in digits (:func:`_in_digits`): news text
    writes them in digits (2008年, 108个人), so the trigram knows 〇 after a numeral from 22 circles ○ and the digit
    from thousands of numbers; 一〇八 read as 一〇八 lost to 一個八 (一个, 0.14 after 一; 〇 1e-7). Where the reading
    changes the neighbours (the 一 and 八 of 一〇八), the changed part is scored with the options, so that every
    option is charged for the same positions."""
    texts = [left + reading + right for reading in readings]
    reads = [_in_digits(text) for text in texts]
    changed = [n for text, read in zip(texts, reads, strict=True) if text != read
               for n, (a, b) in enumerate(zip(text, read, strict=True)) if a != b]
    if not changed:
        return group_scores(left, readings, right, traditional)
    cut = min(len(left), *changed)
    stop = max(len(left) + len(readings[0]), max(changed) + 1)
    return group_scores(left[:cut], [read[cut:stop] for read in reads], texts[0][stop:], traditional)


#: Weight of wordfreq's Chinese word list beside jieba's dictionary in the word model's re-ranking (a product of
#: the two models). wordfreq counts tokens of recent, varied text (subtitles, news, the web), so it knows words
#: jieba's dictionary lacks (雄安, 只想) and better unigram counts. Calibrated on the repair bench's lossy kinds:
#: 0 / 0.5 / 1 / 2 gave utf8-as-gbk CER 1.022% / 1.006% / 0.983% / 1.026%, big5-as-gbk 4.638% / 4.688% / 4.498% /
#: 4.465% (1, with the context factors charged per model as now: 0.985% and 4.468%).
WORDFREQ_WEIGHT = 1.0
#: The two word models together: what the marks, symbols and the document's context factors weigh in the
#: re-ranking, so that each model charges them as it charges a character.
WORD_MODELS = 1.0 + WORDFREQ_WEIGHT


@lru_cache(maxsize=65536)
def word_score(text: str, traditional: bool) -> float:
    """The word models over the runs of Han characters of ``text`` (digits read as numerals, traditional text
    through t2s): jieba's (:mod:`newsmend.repair.lm`) plus :data:`WORDFREQ_WEIGHT` times wordfreq's
    (:func:`_run_score`); punctuation by its share of prose, anything else by :func:`emission`, each
    :data:`WORD_MODELS` times."""
    return _segments_score(text, _read_text(text, traditional), 0.0, "", len(text))


def _read_text(text: str, traditional: bool) -> str:
    """What the word models read for ``text``, one character for each (:func:`lookup_char`)."""
    return text.translate(TRADITIONAL_LOOKUP if traditional else _NUMERAL_TABLE)


def _segments_score(text: str, read: str, total: float, prev: str, shared: int) -> float:
    """:func:`word_score`'s sum over the Han runs and the other characters of ``text`` (read as ``read``), added
    to ``total`` in text order, ``prev`` the character read before ``text``. A run that reaches past ``shared``
    (where the part every option of a group shares begins) is scored with that part's table cached
    (:func:`_split_run_score`); a number written numeral by numeral is cut out of its run and scored as one token
    (:func:`_number_score`)."""
    done = 0
    spans = [piece for run in _HAN_RUN.finditer(read) for piece in _pieces(text, *run.span())]
    for start, end in [*spans, (len(read), len(read))]:  # an empty last run: the characters after the last one
        for n in range(done, start):
            total += _mark_term(prev, read[n], text[n])
            prev = read[n]
        if start < end:
            if _NUMBER_RUN.fullmatch(text, start, end):
                total += _NUMBER_SCORES[text[start:end]]
            elif start < shared < end:
                total += _split_run_score(read[start:shared], read[shared:end])
            else:
                total += _RUN_SCORES[read[start:end]]
            prev, done = read[end - 1], end
    return total


#: Two :data:`NUMERAL_DIGITS` or more in a row: a number, which the word models score as one token
#: (:func:`_number_score`). Only numerals: digits, which the word models read as numerals too, do not run on into
#: numerals (``200[元]`` is no year ``200八``).
_NUMBER_RUN = re.compile(f"[{''.join(NUMERAL_DIGITS)}]{{2,}}")


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A run ``text[start:end]`` that the word models read as Han, cut around its numbers (:data:`_NUMBER_RUN`),
    each a piece of its own."""
    for number in _NUMBER_RUN.finditer(text, start, end):
        if start < number.start():
            yield start, number.start()
        yield number.span()
        start = number.end()
    if start < end:
        yield start, end


def _number_score(number: str) -> float:
    """A number written numeral by numeral, as one token of both word models: wordfreq's estimate for the number
    its digits spell (the frequency of numbers of that length times its share of them, years peaking at the
    present: ``wordfreq.numbers``). jieba's dictionary holds a few hundred such numbers as words (一九九八年), and
    wordfreq's tokenizer cuts them into single numerals, so the segmentation scores each numeral as a word of its
    own: 二〇二〇 four words, against 二級 one (二级, Zipf 4.3). wordfreq's number module is imported on the first
    number (0.1 s), by documents whose lossy repair meets one."""
    from wordfreq.numbers import digit_freq

    digits = "".join(NUMERAL_DIGITS[ch] for ch in number)
    length_share = lm.wordfreq_zh()["0"].get("0" * len(digits))
    if not length_share:
        return WORD_MODELS * lm.UNSEEN_CHAR_LOGP
    return WORD_MODELS * math.log(length_share * digit_freq(digits))


#: :func:`_number_score` of the numbers seen.
_NUMBER_SCORES = Memo(_number_score, 1 << 12)


def window_scores(left: str, readings: Sequence[str], right: str, traditional: bool) -> list[float]:
    """:func:`word_score` of ``left + reading + right`` for each of ``readings`` (the options of one group of the
    lattice), the same sums in the same order; cached per window (a document's later passes and re-decisions ask
    for the same windows again), and a window not seen yet reads what it shares with its group's other windows
    once (:func:`_window_context`)."""
    return [_WINDOW_SCORES[left, reading, right, traditional] for reading in readings]


def _window_score(left: str, reading: str, right: str, traditional: bool) -> float:
    """One window of :func:`window_scores`: the part ``left`` and ``right`` decide alone taken from
    :func:`_window_context`, then the rest summed on in text order, as :func:`word_score` sums it."""
    cut, total, prev, read_right = _WINDOW_CONTEXTS[left, right, traditional]
    read = _read_text(left[cut:], traditional) + _read_text(reading, traditional) + read_right
    return _segments_score(left[cut:] + reading + right, read, total, prev, len(read) - len(read_right))


#: Windows whose scores are kept (:func:`_window_score`; a group's options are scored again when a later pass or a
#: re-decision asks).
_WINDOW_SCORES = ArgsMemo(_window_score, 65536)


def _window_context(left: str, right: str, traditional: bool) -> tuple[int, float, str, str]:
    """What the windows of one group share: where the last run of Han of ``left`` starts (``cut``: a reading may
    join it), the sum of the characters before it (nothing after them changes their terms) and the last of them
    as read, and ``right`` as read. The segmentation tables of the Han run that opens ``right`` are shared too,
    through :func:`_split_run_score` (a run's best segmentations from a position on depend only on the text from
    there on)."""
    read_left = _read_text(left, traditional)
    tail = _HAN_TAIL.search(read_left)
    cut = tail.start() if tail else len(read_left)
    total = _segments_score(left[:cut], read_left[:cut], 0.0, "", cut)
    return cut, total, read_left[cut - 1] if cut else "", _read_text(right, traditional)


#: What the windows of a group share (:func:`_window_context`), kept for the groups nearby.
_WINDOW_CONTEXTS = ArgsMemo(_window_context, 4096)


#: :func:`lookup_char` of simplified text, as a table for ``str.translate``.
_NUMERAL_TABLE = str.maketrans(DIGIT_NUMERALS | ZERO_SPELLINGS)
#: A run of the characters :func:`~newsmend.repair.convert.is_han` accepts; the one that ends a string.
_HAN_RUN = re.compile(f"{HAN_CLASS}+")
_HAN_TAIL = re.compile(f"{HAN_CLASS}+\\Z")


def _mark_term(prev: str, cur: str, ch: str) -> float:
    """What :func:`word_score` adds for a character outside the Han runs: ``ch``, read as ``cur``, after ``prev``
    (read): a mark its share of prose (a clause mark after another or after an opening one far less; the second
    of a doubled mark nothing), anything else its :func:`emission`."""
    share = MARK_SHARE_LOG10.get(cur)
    if share is None:
        return WORD_MODELS * emission(ch)
    if prev in NO_CLAUSE_END_AFTER and cur in CLAUSE_ENDS:
        return WORD_MODELS * math.log(MARK_AFTER_SEPARATOR)
    return 0.0 if prev == cur and cur in DOUBLED else WORD_MODELS * LN10 * share


def _run_score(run: str) -> float:
    """A run of Han characters under both word models (:meth:`lm.LanguageModel.segmentations`), jieba's plus
    :data:`WORDFREQ_WEIGHT` times wordfreq's; kept (:data:`_RUN_SCORES`), because the options of a group that are
    marks split the window into runs that every such option shares."""
    jieba, wordfreq = [0.0] * (len(run) + 1), [0.0] * (len(run) + 1)
    lm.default_model().segmentations(run, len(run), jieba, wordfreq)
    return jieba[0] + WORDFREQ_WEIGHT * wordfreq[0]


#: :func:`_run_score` of the runs seen (:class:`~newsmend.repair.convert.Memo`).
_RUN_SCORES = Memo(_run_score, 1 << 15)


def _split_run_score(head: str, tail: str) -> float:
    """:func:`_run_score` of ``head + tail``, with the tables of ``tail`` (the context every option of a group
    shares) taken from :func:`_tail_tables`: only the positions of ``head`` are computed."""
    tail_jieba, tail_wordfreq = _TAIL_TABLES[tail]
    jieba, wordfreq = [0.0] * len(head) + list(tail_jieba), [0.0] * len(head) + list(tail_wordfreq)
    lm.default_model().segmentations(head + tail, len(head), jieba, wordfreq)
    return jieba[0] + WORDFREQ_WEIGHT * wordfreq[0]


#: Right contexts whose tables are kept (a document's groups share their neighbours only nearby).
TAIL_TABLES = 1 << 12


def _tail_tables(tail: str) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The segmentation tables (:meth:`lm.LanguageModel.segmentations`) of a run of Han characters, for every
    position of it."""
    jieba, wordfreq = [0.0] * (len(tail) + 1), [0.0] * (len(tail) + 1)
    lm.default_model().segmentations(tail, len(tail), jieba, wordfreq)
    return tuple(jieba), tuple(wordfreq)


_TAIL_TABLES = Memo(_tail_tables, TAIL_TABLES)


#: Options per slot kept in a group of several slots, where every pair of neighbouring options is scored; a slot
#: alone keeps all of its options. Calibrated on the repair bench's big5-as-gbk with 256 options per slot (a Big5
#: character lost whole): 64 per slot in groups gave CER 3.101% at +9% time, 128 2.942% at +50%, 64 everywhere
#: 3.153%. Kept by :func:`_shortlists` since the ninth session (the most plausible 64 before): CER 2.64% -> 2.49%
#: at +10% time (48 / 96 / 128: 2.50 / 2.44 / 2.43%; all 256 options 2.43%).
MAX_JOINT_OPTIONS = 64


def _decode_group(slots: Sequence[Sequence[str]], start: int, end: int, left: str | None, right: str | None,
                  traditional: bool, unary: Callable[[int, tuple[str, ...]], list[float]], joins: Joins,
                  evidence: Evidence, checked: Container[int] | None, joins_row: JoinsRow | None = None
                  ) -> tuple[list[str], list[tuple[str, ...]], list[list[float]]]:
    """Viterbi and forward-backward over ``slots[start:end]`` between fixed neighbours ``left`` and ``right``:
    the best path, each slot's options (those of a long slot :func:`_scored` kept) and their posteriors."""
    pairs = _PairScorer(traditional, joins, evidence, checked, joins_row)
    options, first, trans, last = _scored([tuple(slots[k]) for k in range(start, end)], start, left, right, pairs)
    local = [unary(start + k, opts) for k, opts in enumerate(options)]
    first = [t + u for t, u in zip(first, local[0], strict=True)]
    path, posteriors = _chain(first, trans, local, last) if trans else _alone(first, last)
    return [options[k][i] for k, i in enumerate(path)], options, posteriors


#: A group's options and pair scores (:func:`_scored`): each slot's options, the first slot's scores after the left
#: neighbour, the pair matrix of each slot with the one before, the last slot's scores before the right neighbour.
Scored = tuple[list[tuple[str, ...]], list[float], list["np.ndarray"], list[float]]


def _scored(options: list[tuple[str, ...]], start: int, left: str | None, right: str | None,
            pairs: _PairScorer) -> Scored:
    """The options of a group's slots, :data:`MAX_JOINT_OPTIONS` at most in a group of several (:func:`_shortlists`),
    with the scores of their pairs: the row after ``left``, a matrix for each pair of neighbouring slots, the
    column before ``right`` (zeros when nothing follows)."""
    end = start + len(options)
    if len(options) > 1 and any(len(opts) > MAX_JOINT_OPTIONS for opts in options):
        return _shortlists(options, start, left, right, pairs)
    trans = [pairs.matrix(start + k, options[k - 1], options[k]) for k in range(1, len(options))]
    last = [0.0] * len(options[-1]) if right is None else pairs.column(end, options[-1], right)
    return options, pairs.row(start, left, options[0]), trans, last


def _shortlists(options: list[tuple[str, ...]], start: int, left: str | None, right: str | None,
                pairs: _PairScorer) -> Scored:
    """The :data:`MAX_JOINT_OPTIONS` options of each slot of a group worth a place in its matrices, in their
    order, with their scores (:func:`_scored`): a beam, left to right, of the options with the best path from
    ``left`` (Viterbi's forward scores over the options kept before), the last slot's with its pair before
    ``right`` added. The beam's row, matrices and column are those of the options kept, cut to them (a pair's score
    does not depend on the other options of its slots). 持 is not among the 64 most frequent characters a Big5
    character lost whole may be, but it is the likeliest after 主."""
    import numpy as np

    kept: list[tuple[str, ...]] = []
    trans: list[np.ndarray] = []
    row = np.array(pairs.row(start, left, options[0]))
    best, column = row, None
    for k, opts in enumerate(options):
        if k:
            trans.append(pairs.matrix(start + k, kept[-1], opts))
            best = (best[:, None] + trans[-1]).max(axis=0)
        if k == len(options) - 1 and right is not None:
            column = np.array(pairs.column(start + k + 1, opts, right))
            best = best + column
        if len(opts) > MAX_JOINT_OPTIONS:
            top = np.sort(np.argsort(-best, kind="stable")[:MAX_JOINT_OPTIONS])
            opts, best = tuple(opts[at] for at in top), best[top]
            if k:
                trans[-1] = trans[-1][:, top]
            else:
                row = row[top]
            if column is not None:
                column = column[top]
        kept.append(opts)
    last = [0.0] * len(kept[-1]) if column is None else column.tolist()
    return kept, row.tolist(), trans, last


def _alone(first: list[float], last: list[float]) -> tuple[list[int], list[list[float]]]:
    """:func:`_chain` for a group of one slot: its best option, and the posteriors of its options (their scores
    with both neighbours, normalised)."""
    finals = list(map(add, first, last))  # a row and a column over the same options: of one length
    top = max(finals)
    total = top + math.log(sum(_exps(finals, top)))
    return [finals.index(top)], [list(_exps(finals, total))]


def _chain(first: list[float], trans: list[np.ndarray], local: list[list[float]], last: list[float]
           ) -> tuple[list[int], list[list[float]]]:
    """Viterbi and forward-backward over two slots or more: the best path (option indices, the first of equal
    bests) and each slot's posteriors in option order. ``first``: the first slot's scores with its left neighbour
    and unary terms; ``trans[k - 1]``: the pair scores of slot ``k - 1``'s options (rows) and slot ``k``'s
    (columns); ``local``: the unary terms; ``last``: the last slot's scores with its right neighbour. As matrix
    operations (numpy, imported only by documents with such groups): two slots of 64 options are 4,096 pairs,
    each a Python loop step before."""
    import numpy as np

    matrices = trans
    units = [np.array(u) for u in local[1:]]
    best = alpha = np.array(first)
    backs, alphas = [], [alpha]
    for matrix, u in zip(matrices, units, strict=True):
        via = best[:, None] + matrix
        back = via.argmax(axis=0)  # the first of equal bests
        best = via[back, np.arange(len(u))] + u
        backs.append(back)
        alphas.append(_logsumexp_axis(alphas[-1][:, None] + matrix, 0) + u)
    ends = np.array(last)
    path = [int((best + ends).argmax())]
    for back in reversed(backs):
        path.append(int(back[path[-1]]))
    path.reverse()
    betas = [ends]
    for matrix, u in zip(reversed(matrices), reversed(units), strict=True):
        betas.insert(0, _logsumexp_axis(matrix + u + betas[0], 1))
    total = _logsumexp_axis(alphas[-1] + ends, 0)
    return path, [np.exp(a + b - total).tolist() for a, b in zip(alphas, betas, strict=True)]


def _logsumexp_axis(values: np.ndarray, axis: int) -> np.ndarray:
    """log(sum(exp)) of a numpy array along ``axis``, shifted by its maximum as :func:`_alone` sums."""
    import numpy as np

    top = values.max(axis=axis, keepdims=True)  # kept as an axis of one: no call to put it back
    return top.squeeze(axis) + np.log(np.exp(values - top).sum(axis=axis))


class _PairScorer:
    """Scores of neighbouring characters in one group: the bigram (:func:`_base_row`, shared by every document)
    corrected where this document says more -- its own pairs (:data:`EVIDENCE_WEIGHT`) and marks
    (:func:`_context`) -- and where the bytes rule a pair out (:data:`RULED_OUT`, asked only at ``checked``
    slots). Rows are built whole so that the per-pair work is a list copy, not a function call."""

    def __init__(self, traditional: bool, joins: Joins, evidence: Evidence, checked: Container[int] | None,
                 joins_row: JoinsRow | None) -> None:
        self._traditional, self._joins, self._evidence, self._checked = traditional, joins, evidence, checked
        self._joins_row = joins_row

    def row(self, n: int, prev: str | None, options: tuple[str, ...]) -> list[float]:
        """The score of each option of slot ``n`` after ``prev`` (None: a word starts)."""
        base = _BASE_ROWS[prev, options, self._traditional]
        if prev is None:
            return list(base)
        scores = list(base)
        seen = self._evidence.get(prev)
        if seen:
            index = _INDEXES[options]
            for ch in seen.keys() & index.keys():  # the smaller walked, in C: a frequent character has dozens
                at = index[ch]
                scores[at] = _with_evidence(base[at], prev, ch, seen[ch])
        if self._checked is None or n in self._checked:
            if self._joins_row is not None:
                for at in self._joins_row(prev, options):
                    scores[at] = RULED_OUT
                return scores
            for at, ch in enumerate(options):
                if not self._joins(n, prev, ch):
                    scores[at] = RULED_OUT
        return scores

    def matrix(self, n: int, prevs: tuple[str, ...], options: tuple[str, ...]) -> np.ndarray:
        """:meth:`row` for each of ``prevs`` in slot ``n - 1``, as one matrix (rows: ``prevs``): the dictionary's
        part copied from a cached matrix (:func:`_base_matrix`), then this document's corrections."""
        scores = _base_matrix(prevs, options, self._traditional).copy()
        index = _INDEXES[options]
        evidence = self._evidence
        found = [(r, index[ch], prev, ch, seen[ch]) for r, prev in enumerate(prevs) if (seen := evidence.get(prev))
                 for ch in seen.keys() & index.keys()]
        if found:  # read and written in one numpy call each: a call per pair costs a microsecond
            rows, columns = [f[0] for f in found], [f[1] for f in found]
            scores[rows, columns] = [_with_evidence(logp, prev, ch, p)
                                     for logp, (_, _, prev, ch, p) in zip(scores[rows, columns].tolist(), found,
                                                                           strict=True)]
        if self._checked is None or n in self._checked:
            rows, columns = [], []
            for r, prev in enumerate(prevs):
                if self._joins_row is not None:
                    ruled_out = list(self._joins_row(prev, options))
                else:
                    ruled_out = [at for at, ch in enumerate(options) if not self._joins(n, prev, ch)]
                rows += [r] * len(ruled_out)
                columns += ruled_out
            scores[rows, columns] = RULED_OUT  # one write: a numpy write per row costs a microsecond
        return scores

    def column(self, n: int, options: tuple[str, ...], following: str) -> list[float]:
        """The score of ``following`` in slot ``n`` after each option of slot ``n - 1``."""
        scores = list(_BASE_COLUMNS[options, following, self._traditional])
        if following in MARK_SHARE_LOG10 or is_han(following):
            index = _INDEXES[options]
            for ch in self._evidence.keys() & index.keys():  # the few options the document shows before a pair
                p = self._evidence[ch].get(following)
                if p:
                    scores[index[ch]] = _with_evidence(scores[index[ch]], ch, following, p)
        if self._checked is None or n in self._checked:
            for at, ch in enumerate(options):
                if not self._joins(n, ch, following):
                    scores[at] = RULED_OUT
        return scores


def _with_evidence(logp: float, a: str, b: str, seen: float) -> float:
    """The bigram's ``logp`` of ``a b`` given that the document shows the pair at rate ``seen``: the document's
    share of a mark after ``a`` against its prior share, or a Han pair's probability interpolated (:func:`_mix`)."""
    if b in MARK_SHARE_LOG10:
        return logp + math.log(seen / _mark_prior()[b])
    return _mix(logp, seen)


def _base_row(prev: str | None, options: tuple[str, ...], traditional: bool) -> tuple[float, ...]:
    """What each option scores after ``prev`` in any document: :func:`transition`, and a mark before a line break
    its rate of ending a line (:data:`LINE_END_LOG10`); the bigram asked once for the whole row (a cache per pair
    would fill with pairs that rarely recur)."""
    keys, emissions = _OPTION_KEYS[options, traditional]
    row = bigram_model().logp_row(None if prev is None else BIGRAM_KEYS[prev, traditional], keys)
    if emissions:
        row = [e if e is not None else t for t, e in zip(row, emissions, strict=True)]
    if prev is not None and "\n" in options:
        row[options.index("\n")] += _context(prev, "\n", {})
    if prev in NUMERAL_DIGITS:
        for at in _zeros(options):
            row[at] = _zero_after(prev, traditional)
    return tuple(row)


def _zeros(options: tuple[str, ...]) -> list[int]:
    """Where ``options`` hold the numeral 〇 (:data:`~newsmend.repair.bigram.ZERO_SPELLINGS`)."""
    return [at for at, ch in enumerate(options) if ch in ZERO_SPELLINGS]


def _zero_after(prev: str, traditional: bool) -> float:
    """The bigram's score of 〇 after the numeral ``prev``: as a digit's (:data:`~newsmend.repair.bigram.NUMBER`).
    〇 writes the zero of a number written numeral by numeral (二〇二〇年), where a digit writes it in digits; read as
    jieba's 零 it would pay for a word that starts after a numeral (二 零: e^-7.6, against 二级 e^-4.0, the digit
    e^-4.7). Elsewhere 〇 starts no number, and stays 零 (a digit's score let it win over 。 in UTF-8 read as GBK,
    whose bytes it shares but for the last)."""
    return bigram_model().logp(BIGRAM_KEYS[prev, traditional], NUMBER)


#: :func:`_base_row` of the rows seen.
_BASE_ROWS = ArgsMemo(_base_row, ROW_CACHE)


#: Matrices of bigram scores kept per process (:func:`_base_matrix`): neighbouring holes come from a few dozen
#: pairs of byte patterns (at most 32 KB a matrix of 64 by 64 options, 128 KB one of 64 by the 256 options
#: :func:`_shortlists` narrows: 8 MB).
MATRIX_CACHE = 64


@lru_cache(maxsize=MATRIX_CACHE)
def _base_matrix(prevs: tuple[str, ...], options: tuple[str, ...], traditional: bool) -> np.ndarray:
    """:func:`_base_row` of ``options`` after each of ``prevs``, as one matrix (rows: ``prevs``; the bigram asked
    once for the whole matrix, :meth:`~newsmend.repair.bigram.BigramModel.logp_matrix`); callers copy it before they
    correct it."""
    keys, emissions = _OPTION_KEYS[options, traditional]
    matrix = bigram_model().logp_matrix([BIGRAM_KEYS[prev, traditional] for prev in prevs], keys)
    if emissions:
        columns = [at for at, e in enumerate(emissions) if e is not None]
        matrix[:, columns] = [emissions[at] for at in columns]
    if "\n" in options:
        matrix[:, options.index("\n")] += [_context(prev, "\n", {}) for prev in prevs]
    for r, prev in enumerate(prevs):
        if prev in NUMERAL_DIGITS:
            matrix[r, _zeros(options)] = _zero_after(prev, traditional)
    return matrix


def _option_keys(options: tuple[str, ...], traditional: bool) -> tuple[tuple[str, ...], tuple[float | None, ...]]:
    """What the bigram looks up for each option (:func:`bigram_key`), and the :func:`emission` of those it does not
    model (empty when it models them all), as :func:`~newsmend.repair.bigram.transition` scores them."""
    keys = tuple(BIGRAM_KEYS[ch, traditional] for ch in options)
    emissions = tuple(None if key == NUMBER or is_han(key) or key in MARK_SHARE_LOG10 else emission(ch)
                      for ch, key in zip(options, keys, strict=True))
    return keys, emissions if any(e is not None for e in emissions) else ()


_OPTION_KEYS = ArgsMemo(_option_keys, ROW_CACHE)


def _base_column(options: tuple[str, ...], following: str, traditional: bool) -> tuple[float, ...]:
    """What ``following`` scores after each option in any document (as :func:`_base_row`), the bigram asked once
    for the whole column."""
    key = BIGRAM_KEYS[following, traditional]
    if key == NUMBER or is_han(key) or key in MARK_SHARE_LOG10:
        column = bigram_model().logp_column(_OPTION_KEYS[options, traditional][0], key)
    else:  # never part of a word: its plausibility, whatever comes before
        column = [emission(following)] * len(options)
    if following == "\n":
        column = [logp + _context(ch, following, {}) for ch, logp in zip(options, column, strict=True)]
    if following in ZERO_SPELLINGS:
        column = [_zero_after(ch, traditional) if ch in NUMERAL_DIGITS else logp
                  for ch, logp in zip(options, column, strict=True)]
    return tuple(column)


_BASE_COLUMNS = ArgsMemo(_base_column, ROW_CACHE)


def _index(options: tuple[str, ...]) -> dict[str, int]:
    """Position of each option of a slot (options are distinct)."""
    return {ch: at for at, ch in enumerate(options)}


_INDEXES = Memo(_index, ROW_CACHE)
